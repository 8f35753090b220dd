from .common import N, AWS_FOOT, AWS_HEALTH_FOOT, AWS_FOOT_JP, OPS, SEC, ABUSE, AWS_ISH, AWS_MIZ, AWS_HBV, AWS_KISO, AWS_PAYER, ACCT

ABUSE_FOOT = """
Regards,
AWS Trust & Safety

Please note that AWS does not disclose the identity of the reporting party. Replies to this message are routed to the AWS abuse team; please keep the case ID in the subject line.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
"""

NOTICES = [
N(15, "abuse", "2027-02-04", "en", "2027-02-03 14:22 +0000", "aws_abuse", AWS_MIZ,
  "Your Amazon EC2 Abuse Report [AWSI-4471903286]",
  f"""
Hello,

We've received a report that your AWS resource(s)

AWS ID: {ACCT['miz']}   Region: ap-northeast-1   EC2 Instance Id: i-07f3a1c9e25d84b60
Public IP: 198.51.100.47

has been implicated in activity that resembles scanning remote hosts on the internet for security vulnerabilities. Activity of this nature is forbidden in the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). We've included the original report below for your review.

Please take action to stop the reported activity and reply directly to this email with details of the corrective actions you have taken. If you do not consider the activity described in these reports to be abusive, please reply to this email detailing your reasons why.

If you're unaware of this activity, it's possible that your environment has been compromised by an external attacker, or a vulnerability is allowing your machine to be used in a way that it was not intended.

Please remember that you must respond to this report within 24 hours. If you do not respond, we may take action against your resources, including blocking network traffic to and from the instance or suspending it.

* Log Extract:
<<<
2027-02-03T09:58:14Z 198.51.100.47:51344 -> 192.0.2.0/24:22 TCP SYN (2,416 destination hosts)
2027-02-03T10:04:52Z 198.51.100.47:51348 -> 203.0.113.0/24:3389 TCP SYN (1,987 destination hosts)
2027-02-03T10:11:07Z 198.51.100.47:51355 -> 192.0.2.0/24:5432 TCP SYN (2,104 destination hosts)
>>>

Case ID: AWSI-4471903286
""" + ABUSE_FOOT, rel=("d", 1)),

N(16, "abuse", "2027-02-22", "en", "2027-02-08 11:37 +0000", "aws_ses", AWS_KISO,
  "Amazon SES Sending Review Period Notification for AWS Account 290847316523 in region AP-NORTHEAST-1",
  f"""
Hello,

Thank you for using Amazon Simple Email Service (Amazon SES). We are sending this notification to inform you that your Amazon SES account in region AP-NORTHEAST-1 (AWS account ID {ACCT['kiso']}) has been placed under review.

The bounce rate for your account is 11.2%, which exceeds the maximum bounce rate that we allow. We calculate this rate based on messages sent over a representative period of time for your account, not over a fixed window. High bounce rates usually mean that you are sending to addresses that are no longer valid or that were not collected with the consent of the recipients.

While your account is under review, you can continue to send email. The review period ends on February 22, 2027. If the bounce rate is still too high at the end of the review period, or if we observe more problems before then, we may pause your ability to send email.

To resolve this issue, you must:
- Remove invalid, bounced and unengaged addresses from the lists you send to;
- Confirm that every address on your lists was obtained through an opt-in process;
- Configure bounce and complaint notifications (SNS topics or event destinations) and act on them automatically;
- Reply to this message, or open a case in the AWS Support Center, describing the changes you have made.

You can monitor your bounce and complaint rates on the Reputation metrics page of the Amazon SES console.

For more information, see the Amazon SES FAQ on sending review processes:
https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html

Sincerely,
The Amazon SES Team
""" + AWS_FOOT.split("Amazon Web Services\n", 1)[1]),

N(17, "abuse", None, "en", "2027-02-12 15:50 +0000", "aws_abuse", AWS_HBV,
  "Notice of Policy Violation",
  f"""
Hello,

AWS has determined that content hosted on resources in your account violates the AWS Acceptable Use Policy. The content is being used to collect credentials from internet users (phishing) by imitating the sign-in page of a third-party bank.

AWS Account: {ACCT['hbv']}
Resource: s3://hbv-campaign-assets-2024/promo/login/index.html
Served through: https://d3k7fq2v9x1abc.cloudfront.net/promo/login/index.html
Case ID: AWSI-4488120573

To protect internet users, we have blocked public access to the object listed above and invalidated it from the CloudFront distribution. No other resources in your account have been changed.

We recommend that you:
- Review how this object was uploaded. The bucket policy currently allows s3:PutObject for an IAM user named campaign-uploader, whose access key was last used from an IP address that has not been seen before in your account;
- Rotate or delete the access keys for that user and review CloudTrail logs for other activity;
- Delete the remaining files under the promo/login/ prefix.

If you believe this action was taken in error, please reply to this message with the case ID above and an explanation. Repeated violations of the AWS Acceptable Use Policy may result in the suspension or termination of your AWS account.

More information about the AWS Acceptable Use Policy is available at https://aws.amazon.com/aup/.
""" + ABUSE_FOOT, bland=True),

N(18, "abuse", "2027-02-19", "en", "2027-02-17 04:26 +0000", "aws_abuse", ABUSE,
  "Re: case 173059284610",
  f"""
Hello,

Thank you for your reply regarding case 173059284610 and for the information about the changes you made to instance i-0b92d7e4c16a3f508 in account {ACCT['ish']}.

Unfortunately, we continue to receive reports of outbound traffic from this resource. The most recent report, received on February 16, 2027, shows UDP flood traffic of approximately 1.8 Gbps from 203.0.113.88 to a single destination between 22:40 and 23:05 UTC. This is consistent with the instance still being controlled by a third party, even after the security group changes you described.

We therefore ask you to:
1. Stop or isolate the instance, and create an image or snapshot if you need to keep its data for investigation.
2. Do not restart the instance from the same image. Launch a replacement from a known-good AMI and redeploy your application.
3. Rotate any credentials that were present on the instance, including the IAM role session credentials and database passwords.
4. Reply to this message to confirm that these steps are complete.

If we do not receive your confirmation by February 19, 2027, or if we receive further reports about this resource, we may block network traffic to and from the instance or suspend it without further notice.

Regards,
Ilse Varga
AWS Trust & Safety

> On Sat, Feb 13, 2027 at 02:14 UTC, abuse-contact@tamagawa-cp.example wrote:
> Hello AWS team,
> The instance belongs to our customer Ishikari Dairy. We closed UDP ports
> 123 and 11211 in the security group and disabled the ntpd service.
> We believe the problem is resolved. Please let us know if you see anything else.
> Regards, Kaori Uchida, Tamagawa Cloud Partners
""", in_reply_to="<173059284610.reply.2@tamagawa-cp.example>", bland=True),

N(19, "abuse", None, "en", "2027-02-24 09:14 +0000", "aws", AWS_KISO,
  f"[ACTION REQUIRED] Your AWS account {ACCT['kiso']}",
  f"""
Hello,

We have restricted outbound traffic on TCP port 25 for the Amazon Lightsail instance listed below because we received repeated complaints that it was sending unsolicited commercial email (spam).

AWS account: {ACCT['kiso']}
Region: ap-northeast-1
Lightsail instance: kiso-newsletter-1 (static IP 198.51.100.203)
Complaints received: 37 between February 20 and February 23, 2027

Sending unsolicited bulk email is prohibited by the AWS Acceptable Use Policy. The restriction applies only to outbound SMTP traffic on port 25. Your instance is still running, and its website and other services are not affected.

We see that the instance runs a self-managed mail transfer agent that accepts unauthenticated relay from the internet. Open relays are frequently abused to deliver spam, so the complaints may have been caused by a third party using your server.

If you want us to remove the restriction, please:
- Close the open relay and require authentication for all mail submission;
- Review the mail queue and remove messages that you did not send;
- Confirm that you only send email to recipients who have asked to receive it;
- Reply to this message describing the steps you have taken and your intended use of port 25.

We recommend using Amazon Simple Email Service for sending newsletters and transactional email from Lightsail instances.

We will review your reply and let you know whether the restriction can be lifted. If we continue to receive complaints, we may take further action on your account.

Thank you for your attention to this matter.
""" + AWS_FOOT, bland=True),

N(20, "security-incident", "2027-02-10", "en", "2027-02-05 03:41 +0000", "aws", AWS_MIZ,
  f"Action Required: Your AWS Access Key is Exposed for AWS Account {ACCT['miz']}",
  f"""
Hello,

We have become aware that the AWS Access Key AKIA4M7QZC2XEXAMPLE3, along with the corresponding Secret Key, belonging to the IAM user ci-deployer in your AWS account {ACCT['miz']}, is publicly available online at https://github.com/mzc-webteam/shop-theme/blob/3f9a0c1/deploy/.env.

Your security is important to us, and this exposure of your account's IAM credentials poses a security risk to your account, could lead to excessive charges from unauthorized activity, and violates the AWS Customer Agreement or other agreement with us governing your use of AWS services.

To protect your account from excessive charges, we may limit your ability to use some AWS services. We have already applied the AWSCompromisedKeyQuarantineV3 managed policy to the IAM user ci-deployer. This policy denies access to certain actions that are commonly used by unauthorized parties. Please do not remove the policy until you have completed the steps below.

Please complete the following steps by February 10, 2027:
Step 1: Rotate and delete the exposed AWS Access Key AKIA4M7QZC2XEXAMPLE3. Make sure that your applications use the new key before you delete the old one.
Step 2: Check your AWS CloudTrail log for unsanctioned activity, such as the creation of unauthorized IAM users, policies, roles, access keys, or login profiles. Look especially at the period since January 28, 2027.
Step 3: Review your AWS account for any unauthorized AWS usage, such as unauthorized Amazon EC2 instances, AWS Lambda functions, or EC2 Spot bids, in all Regions.
Step 4: Respond to the support case 172984451630 in the Support Center to confirm that you have completed the steps above.

If you do not complete these steps, your account may be further restricted.

Please note that deleting the exposed key from GitHub, or making the repository private, does not remove the key from forks or search engine caches. The key must be rotated.
""" + AWS_FOOT,
  fwd={"from": ("Kaori Uchida", "k.uchida@tamagawa-cp.example"), "to": SEC,
       "date": "2027-02-05 09:02 +0900", "prefix": "Fwd: ",
       "note": """Security team,

Forwarding the attached AWS notice for Mizunami. Looks like their web agency committed the ci-deployer key to a public repo. I have already asked the agency to take the repo private, but AWS is clear that the key itself has to be rotated, and CloudTrail needs checking.

Can someone own this today? The deadline in the mail is the 10th.

Kaori"""}),

N(21, "security-incident", "2027-02-17", "en", "2027-02-10 13:03 +0000", "aws_support", AWS_HBV,
  "Important information about your AWS account",
  f"""
Hello,

We have detected irregular activity on your AWS account {ACCT['hbv']} and believe that a third party may have obtained unauthorized access to it.

Over the past 12 hours, 46 Amazon EC2 instances of type g5.12xlarge were launched in the sa-east-1, eu-north-1 and ap-south-1 Regions, none of which your account has used before. The instances were launched by the IAM user svc-reporting using an access key that was created on February 9, 2027 from an IP address outside the ranges normally used by your account. We have opened support case 173118204467 to track this matter.

To secure your account, please complete the following steps:
1. Change the password of the root user and of all IAM users.
2. Delete or rotate all access keys. Review the IAM users, roles and policies in your account and delete any you do not recognize.
3. Terminate the unrecognized EC2 instances and delete any unauthorized resources, including key pairs, AMIs, Lambda functions and Spot requests, in all Regions.
4. Enable MFA for the root user and for all IAM users with console access.
5. Reply to case 173118204467 in the Support Center to let us know that you have completed these steps.

Please complete these steps and respond to the case within 5 business days. If we do not hear from you, we may suspend the account to prevent further unauthorized charges.

If you are eligible, we may be able to apply a billing adjustment for charges that resulted from the unauthorized use once your account is secured. Adjustments are reviewed case by case.

For more information, see "What do I do if I notice unauthorized activity in my AWS account?":
https://repost.aws/knowledge-center/potential-account-compromise
""" + AWS_FOOT, bland=True, rel=("bd", 5)),

N(22, "security-incident", None, "en", "2027-02-13 06:58 +0000", "aws_support", SEC,
  "Re: case 173118204467",
  f"""
Hello Kaori,

Thank you for the update on the unauthorized activity in account {ACCT['hbv']} and for the CloudTrail export you attached.

I have reviewed the events. I can confirm that the unauthorized party first used the access key of IAM user svc-reporting on February 9, 2027 at 18:22 UTC, created a second access key for the same user, and then created a new IAM user named aws-backup-ops with the AdministratorAccess policy attached. That user still exists in the account and I can see that it has an active access key. Please delete it, together with its access key.

I also found two resources that are still running and were not included in your list:
- EC2 Spot fleet request sfr-6d1c9e02-4b7a-48f3-a0c5-91e2b3d47a6f in eu-north-1 (it relaunches instances when you terminate them; cancel the request first);
- Lambda function sys-update-handler in ap-south-1.

Please also be aware that the attacker listed the objects in the S3 bucket hbv-customs-docs and downloaded 212 objects. Since these may contain personal data of your customer's consignees, you may need to evaluate your notification obligations.

Once the remaining resources are removed, reply to this case and I will submit a request to our billing team to review the unauthorized charges for a possible adjustment.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Tomasz R.
Amazon Web Services

> On 2027-02-12 22:41 UTC, k.uchida@tamagawa-cp.example wrote:
> We terminated all 46 instances, deleted the second access key and changed passwords.
> MFA is now enabled for root and all IAM users. CloudTrail export attached.
""", in_reply_to="<173118204467.cust.3@tamagawa-cp.example>", bland=True),

N(23, "security-incident", None, "en", "2027-02-15 07:20 +0000", "aws", AWS_ISH,
  "AWS Security notification: EC2 instance credentials used outside AWS",
  f"""
Hello,

AWS detected that temporary security credentials issued to an Amazon EC2 instance in your account were used from an IP address outside of AWS. Instance credentials can normally only be used from the instance they were issued to, so this usually means that the instance or an application running on it has been compromised and the credentials were stolen.

Account: {ACCT['ish']}
Region: ap-northeast-1
Instance: i-0e58b2d19fa7c4301 (ish-grafana-01)
IAM role: ish-monitoring-role
Credentials used from: 192.0.2.214 (not an AWS address)
First seen: 2027-02-14 21:47 UTC
API calls made: sts:GetCallerIdentity, s3:ListBuckets, s3:GetObject (431 calls), iam:ListRoles

The calls to s3:GetObject succeeded against the bucket ish-herd-records, which means that data in that bucket was read by the third party.

We recommend that you take the following actions immediately:
- Revoke the active sessions for the role by adding an AWSRevokeOlderSessions policy from the IAM console;
- Isolate the instance and take an EBS snapshot for forensic analysis;
- Check how the instance was accessed. Instances with IMDSv1 enabled and a web application vulnerable to server-side request forgery are a common cause;
- Require IMDSv2 on all instances and reduce the permissions attached to ish-monitoring-role;
- Review the objects that were read and assess the impact on your business.

You can see the related findings in Amazon GuardDuty if it is enabled in your account. For guidance on responding to compromised EC2 credentials, see:
https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-iam.html
""" + AWS_FOOT),

N(24, "security-incident", None, "en", "2027-02-18 10:12 +0000", "aws", AWS_HBV,
  "Your Amazon S3 bucket is publicly accessible and has been accessed",
  f"""
Dear AWS Customer,

We are writing to inform you that the Amazon S3 bucket listed below, owned by your AWS account {ACCT['hbv']}, allows public read and list access, and that objects in the bucket were downloaded by parties outside your account.

Bucket: hbv-manifests-prod (ap-northeast-1)
Public access granted by: bucket policy statement "AllowAll" (Principal: "*", Action: s3:GetObject, s3:ListBucket)
Block Public Access: disabled at bucket and account level
Anonymous requests observed: 18,304 between February 11 and February 17, 2027, from 63 distinct IP addresses

The bucket contains objects with names that suggest shipping manifests and customer addresses (for example, manifests/2027/02/HBV-NRT-0211.csv). Because the bucket was publicly listable, it is likely that automated tools found it and downloaded its contents.

We have not changed the configuration of your bucket. We recommend that you act now to:
1. Turn on S3 Block Public Access for the bucket, or for the whole account if no bucket needs to be public;
2. Remove the "AllowAll" statement from the bucket policy;
3. Review the S3 server access logs or CloudTrail data events to identify what was downloaded;
4. Determine whether the exposed data includes personal information and whether you need to notify affected individuals or authorities.

Amazon S3 buckets are private by default. For more information about protecting your data, see "Blocking public access to your Amazon S3 storage" in the Amazon S3 User Guide.

If you have questions, please contact AWS Support.
""" + AWS_FOOT),

N(25, "security-incident", "2027-03-01", "ja", "2027-02-22 14:35 +0900", "aws_jp", AWS_KISO,
  "【重要】AWS アカウントにおける不正なアクティビティについて",
  f"""
AWS をご利用のお客様

お客様の AWS アカウント（アカウント ID：{ACCT['kiso']}）において、第三者による不正なアクセスの形跡を確認いたしましたので、ご連絡いたします。

2027年2月21日 23:10（日本時間）以降、普段ご利用のないリージョン（us-east-2、eu-west-3）において、IAM ユーザー「kiso-backup」のアクセスキーを使用した EC2 インスタンスの起動および新しい IAM ユーザーの作成が行われています。当該アクセスキーは、お客様の通常の接続元とは異なる IP アドレスから使用されています。

お客様のアカウントを保護するため、以下の対応を実施してください。

1. ルートユーザーおよびすべての IAM ユーザーのパスワードを変更する
2. すべてのアクセスキーをローテーションし、不要なキーを削除する
3. 見覚えのない IAM ユーザー、ロール、ポリシーを削除する
4. すべてのリージョンで、身に覚えのない EC2 インスタンス、Lambda 関数、スポットリクエスト等を削除する
5. ルートユーザーおよびコンソールを利用するすべての IAM ユーザーで MFA を有効化する

上記の対応を完了後、7日以内にサポートケース（ケース ID：173290517784）へご返信ください。期限までにご返信が確認できない場合、不正な利用による料金の発生を防ぐため、アカウントの一部機能を制限させていただく場合がございます。

なお、不正な利用によって発生した料金については、対応完了後に請求調整の対象となるかを個別に確認いたします。詳細は以下をご参照ください。
https://repost.aws/ja/knowledge-center/potential-account-compromise
""" + AWS_FOOT_JP, rel=("d", 7)),

N(26, "security-advisory", None, "en", "2027-02-04 23:30 +0000", "aws", OPS,
  "AWS Security Bulletin AWS-2027-004: CVE-2027-10482 in container runtime",
  f"""
AWS Security Bulletin AWS-2027-004
Publication date: 2027/02/04 15:00 PST
Content type: Important (requires attention)

Description:

We are aware of CVE-2027-10482, an issue in an open source container runtime that could allow a process running inside a container with specific mount configurations to write to files on the host file system. The issue was disclosed by the upstream maintainers on February 4, 2027, together with patched releases.

AWS-managed services:

Amazon ECS on AWS Fargate, AWS Lambda and Amazon EKS on Fargate are not affected, because their isolation boundary does not rely on the container runtime. No customer action is required for these services.

Customer-managed components:

Amazon Linux 2023 and Amazon Linux 2 have released updated container runtime packages. The Amazon ECS-optimized AMIs and Amazon EKS-optimized AMIs dated 2027-02-04 or later include the fix. Customers who run containers on their own EC2 instances, including ECS and EKS worker nodes using the EC2 launch type, should update to the latest AMI or update the container runtime package and restart the container daemon.

Bottlerocket version 1.41.2 includes the fix and is rolling out through automatic updates.

We recommend that customers who build their own container images or manage their own container hosts review the upstream advisory and apply the updates as part of their normal patch cycle.

Please email aws-security@amazon.com with any security questions or concerns.

AWS Security Bulletins: https://aws.amazon.com/security/security-bulletins/

You received this message because you subscribed to AWS Security Bulletins. To unsubscribe, update your communication preferences at https://pages.awscloud.com/communication-preferences.
""", kind="alt"),

N(27, "security-advisory", None, "en", "2027-02-21 15:00 +0000", "aws", AWS_PAYER,
  "AWS Trusted Advisor: security recommendations for your account",
  f"""
Hello,

This is your weekly AWS Trusted Advisor summary for the account {ACCT['payer']} (Tamagawa Cloud Partners - payer) and the linked accounts in your organization. Trusted Advisor found security checks that need your attention.

Security check summary (week of February 15, 2027):
- Red: IAM access key rotation - 9 access keys have not been rotated in more than 365 days (accounts {ACCT['ish']}, {ACCT['hbv']})
- Red: Security groups - specific ports unrestricted - 4 security groups allow 0.0.0.0/0 on port 22 or 3389
- Yellow: Amazon S3 bucket logging - 17 buckets do not have server access logging enabled
- Yellow: MFA on root account - 1 account does not have MFA enabled for the root user
- Green: AWS CloudTrail logging - enabled in all Regions

These findings do not indicate that your accounts have been compromised. They are configuration recommendations based on AWS security best practices. Long-lived access keys and unrestricted administrative ports are frequent causes of security incidents, so we recommend that you review them.

Recommended actions:
- Replace long-lived IAM user access keys with IAM roles or IAM Identity Center, and rotate the keys that remain;
- Restrict SSH and RDP access to known address ranges, or use AWS Systems Manager Session Manager instead;
- Enable MFA for every root user.

To view the details and exclude resources you have reviewed, open the Trusted Advisor console:
https://console.aws.amazon.com/trustedadvisor/home#/category/security

You can change the frequency of this email, or stop receiving it, in the Trusted Advisor preferences.
""" + AWS_FOOT),
]
