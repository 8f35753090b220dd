from q_common import *

TS = "AWS Trust & Safety <ec2-abuse@amazon.example.com>"
AWS_HEALTH = "Amazon Web Services <no-reply@notifications.aws.example.com>"

NOTICES = [
# ------------------------------------------------------------------ abuse
N(id="q015", provider="AWS", label="abuse", deadline="2027-03-04", rel=("cal", 1),
  frm=TS, to=AWS_OMI, date="2027-03-03 14:20:36 +0000",
  subject="Your Amazon EC2 Abuse Report [21845736190]",
  body="""Hello,

We've received a report(s) that your AWS resource(s)

AWS ID: 770412958330   Region: ap-northeast-1   EC2 Instance Id: i-03f9b2c71a8e40d56

has been implicated in activity which resembles scanning remote hosts on the internet for security vulnerabilities. Activity of this nature is forbidden in the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). We've included the original report below for your review.

Please take action to stop the reported activity and reply directly to this email with details of the corrective actions you have taken. If you do not consider the activity described in these reports to be abusive, please reply to this email detailing the reasons why.

If you're unaware of this activity, it's possible that your environment has been accessed by an unauthorized party. Please review your security groups, rotate credentials, and check for unexpected processes on the instance.

Please remember that you are responsible for your use of AWS, and to respond to this notice within 24 hours. If we are unable to confirm that the activity has stopped, we may take mitigating action, including blocking traffic to and from the instance or suspending the instance.

--- Beginning of forwarded report(s) ---

* Log Extract:
<<<
Source IP: 198.51.100.47 (ec2-198-51-100-47.ap-northeast-1.compute.example)
Destination: 203.0.113.0/24, TCP ports 22, 23, 2375, 6379, 9200
Connections: 48,112 between 2027-03-03 03:10 UTC and 2027-03-03 05:52 UTC
Reporter: netwatch-collector, automated
>>>

--- End of forwarded report(s) ---

Regards,
AWS Trust & Safety

Case Number: 21845736190-1
Amazon Web Services, Inc. 410 Terry Ave. North, Seattle, WA 98109-5210
"""),

N(id="q016", provider="AWS", label="abuse", deadline="none",
  frm="Amazon SES <no-reply-ses@amazon.example.com>", to=AWS_FERN,
  date="2027-03-06 08:44:10 +0000",
  subject="Amazon SES - Sending pause for your account in US East (N. Virginia)",
  body="""Hello,

We have paused your ability to send email using Amazon Simple Email Service (SES) in the US East (N. Virginia) region for AWS account 204517763091.

Why did we pause your sending?
The complaint rate for email sent from your account has exceeded 0.5%. Over the last 7 days, your account sent approximately 182,400 messages, and recipients reported 1,163 of them as spam. Most of the complaints related to messages sent from news@mail.bluefern-studios.example with the subject line "Spring collection preview". We also observed a high proportion of messages sent to addresses that do not appear to have opted in to receive them.

We previously placed your account under review on February 18, 2027, but the complaint rate did not decrease during the review period. As a result, the sending pause is now in effect. Emails you attempt to send through SES in this region will be rejected.

What can you do?
If you want us to reconsider this decision, reply to this message through the Amazon SES console case with a detailed explanation of the changes you have made. Describe how you collect recipient addresses, how you handle unsubscribe requests and complaints, and what steps you have taken to remove recipients who did not ask for your email.

More information:
Amazon SES reputation metrics: https://docs.aws.amazon.com/ses/latest/dg/reputationdashboard.html
Amazon SES Service Terms and AWS Acceptable Use Policy: https://aws.amazon.com/aup/

Thank you,
The Amazon SES Team

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q017", provider="AWS", label="abuse", deadline="2027-03-29",
  frm="Amazon SES <no-reply-ses@amazon.example.com>", to=AWS_RIDGE,
  date="2027-03-15 06:30:00 +0000", bland=True,
  subject="Notice",
  body="""Hello,

Your Amazon SES account in the US West (Oregon) region (AWS account 592007318846) is under review because of a high bounce rate.

Current bounce rate: 9.2% (threshold for review: 5%)
Sending period evaluated: last 30 days
Identities involved: appointments@ridgeway-health.example, no-reply@notify.ridgeway-health.example

A high bounce rate often indicates that you are sending to addresses that are out of date, mistyped, or were not collected with the recipients' consent. While your account is under review, you can continue to send email. However, if the bounce rate is not below 5% at the end of the review period on March 29, 2027, we may pause your account's ability to send email.

Please take the following steps before the review period ends:

- Remove addresses that have hard bounced from your lists, and use the account-level suppression list.
- Confirm that recipients have explicitly opted in, and re-confirm lists that have not been mailed in more than 12 months.
- Set up bounce and complaint notifications with Amazon SNS so you can act on them automatically.

When you have made these changes, reply to the case in the Amazon SES console to describe them. We will take your response into account when we reassess your account.

For more information, see "Understanding reputation and the review process" in the Amazon SES Developer Guide:
https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html

Sincerely,
The Amazon SES Team

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q018", provider="AWS", kind="fwd", label="abuse", deadline="2027-03-19",
  frm="Yui Matsunaga <y.matsunaga@shirakaba-si.example>", to=SEC, cc=OPS,
  date="2027-03-18 09:05:44 +0900",
  subject="Fwd: AWS Abuse Report - cryptocurrency mining from your EC2 resources",
  body="""Security team,

This came into the Blue Fern Studios AWS mailbox overnight. The instance is the render node someone spun up last week (g5.2xlarge, ap-northeast-1). I've stopped it and taken an EBS snapshot for forensics, but we still owe AWS a reply by tomorrow. Who can write it up?

Yui

---------- Forwarded message ---------
From: AWS Trust & Safety <ec2-abuse@amazon.example.com>
Date: Wed, 17 Mar 2027 at 19:12
Subject: AWS Abuse Report - cryptocurrency mining from your EC2 resources
To: <aws-bluefern@shirakaba-si.example>

Hello,

We have received reports that resources in your AWS account 204517763091 are being used to mine cryptocurrency:

EC2 Instance Id: i-0a6d13e9f47b28c05
Region: ap-northeast-1
Public IP: 198.51.100.188

Outbound connections from this instance to known mining pool endpoints (stratum+tcp, port 3333 and 14444) were observed continuously since 2027-03-16 22:40 UTC. Mining activity that was not explicitly authorized by the account owner is frequently the result of compromised credentials or an exposed application.

Please investigate and stop the activity. Reply to this email by 2027-03-19 17:00 UTC with a description of the action taken, including whether the activity was authorized. If the activity was not authorized, we recommend that you:

1. Rotate all IAM access keys and the root user password.
2. Review AWS CloudTrail for RunInstances calls you don't recognize in all regions.
3. Terminate any resources that you did not create.

If we do not receive a response, we may restrict network access for the instance or suspend the affected resources to protect the AWS network and other customers.

Regards,
AWS Trust & Safety
Case Number: 21902248871-1
"""),

N(id="q019", provider="AWS", label="abuse", deadline="none",
  frm=TS, to=AWS_NANAO, date="2027-03-24 11:37:09 +0000",
  subject="[AWS] Phishing content hosted on Amazon S3 - access disabled",
  body="""Hello,

We received a report that content hosted in your AWS account 318604471259 is being used for phishing. Phishing is prohibited by the AWS Acceptable Use Policy.

Reported URL:
hxxps://nanao-campaign-2025.s3.ap-northeast-1.amazonaws.example/login/secure/index.html

The page imitates a sign-in page for a well-known webmail provider and submits the entered credentials to a third-party server. The object was uploaded on 2027-03-22 at 23:58 UTC using the access key of IAM user "campaign-uploader".

To protect end users, we have disabled public access to the reported object and blocked public read on the prefix "login/". No other objects in the bucket have been changed. The block will remain in place.

We strongly recommend that you investigate how this content was uploaded. The use of a long-lived access key from an unexpected location suggests that the key may have been exposed. Consider deleting or rotating the key, removing unused buckets that were created for past campaigns, and enabling S3 Block Public Access at the account level.

There is nothing further that you need to send us about this report. If you believe this action was taken in error, you may reply to this email.

Regards,
AWS Trust & Safety

Case Number: 22014590236-1
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

# ---------------------------------------------------------- security-incident
N(id="q020", provider="AWS", label="security-incident", deadline="none",
  frm="Amazon Web Services <aws-security@amazon.example.com>", to=AWS_RIDGE,
  date="2027-03-02 05:51:27 +0000",
  subject="[Action Required] Your AWS Access Key is Exposed for AWS Account 592007318846",
  body="""Hello,

We have become aware that the AWS Access Key AKIAQX7EXAMPLE3RDH2M, along with the corresponding Secret Key, is publicly available online at https://github.com/rw-contractor-dev/intake-scripts/blob/4e2a91c/config/settings.py. This poses a security risk to your account and other users, could lead to excessive charges from unauthorized activity, and violates the AWS Customer Agreement.

To protect your account from excessive charges, we may limit your ability to use some AWS services. We have applied the "AWSCompromisedKeyQuarantineV3" AWS Managed Policy to the IAM User "intake-sync" to mitigate potential abuse. Do not remove this policy. Instead, please follow the instructions below.

Please follow these instructions to secure your account:

Step 1: Rotate and delete the exposed AWS Access Key AKIAQX7EXAMPLE3RDH2M. Do this by creating a new key, updating your applications to use it, and then deleting the exposed key.

Step 2: Check CloudTrail for unauthorized activity, such as creation of unexpected IAM users, policies, roles, or temporary security credentials, in all AWS Regions.

Step 3: Review your AWS account for any unauthorized AWS usage, such as EC2 instances, Lambda functions, or EKS clusters, and delete any resources you did not create.

Step 4: Reply to the Support Case in the AWS Support Center to confirm that you have completed these steps.

Please note that your account may be suspended if unauthorized activity continues.

We appreciate your prompt attention to this important matter.

Sincerely,
AWS Security

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q021", provider="AWS", kind="reply", label="security-incident", deadline="2027-03-14", rel=("cal", 5),
  frm="Amazon Web Services <no-reply-aws-support@amazon.example.com>", to=AWS_NANAO, cc=SEC,
  date="2027-03-09 13:26:41 +0000", bland=True,
  in_reply_to="<case-17394028551.aws-support@amazon.example.com>",
  subject="Re: [Case 17394028551] Your AWS account may be compromised",
  body="""Hello,

Thank you for your reply on this case and for the details about the IAM user "nanao-backup". Unfortunately, we are not yet able to confirm that your account is secure.

Since our last message, we have continued to observe unauthorized activity in account 318604471259:

- 2027-03-08 22:14 UTC: CreateUser "svc-monitor" called from 192.0.2.211 (not previously seen on this account)
- 2027-03-08 22:16 UTC: CreateAccessKey for "svc-monitor"
- 2027-03-08 22:31 UTC: RunInstances, 12 x c7i.16xlarge in sa-east-1 and ap-south-1

These actions were performed with credentials of the IAM user "nanao-backup", whose access key you told us was deleted on 2027-03-07. The new user "svc-monitor" was created before that key was deleted and still holds an active access key.

To secure your account, please complete all of the following:
1. Delete the IAM user "svc-monitor" and any other users, roles or policies you did not create.
2. Terminate the instances launched in sa-east-1 and ap-south-1.
3. Change the root user password and enable MFA on the root user.
4. Review every region, not only the ones you normally use.

Please respond to this case within 5 days. If we do not receive a response confirming these steps, we may suspend the account to prevent further unauthorized usage and charges.

Once the account is secured, we can review the unauthorized charges with you.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Alejandro R.
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=17394028551&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. To respond to this case, use the link above.
"""),

N(id="q022", provider="AWS", label="security-incident", deadline="2027-03-22", rel=("cal", 3),
  frm="Amazon Web Services <aws-security@amazon.example.com>", to=AWS_OMI,
  date="2027-03-19 04:18:55 +0000", bland=True,
  subject="Your AWS account",
  body="""Hello,

We have detected activity in your AWS account 770412958330 that indicates the account has been accessed by an unauthorized party.

Between 2027-03-18 19:02 UTC and 2027-03-19 01:45 UTC, the root user of this account signed in from IP addresses 203.0.113.90 and 203.0.113.91, which are associated with prior account takeovers. During these sessions, the alternate contact for billing was changed, a new IAM user "admin2" with AdministratorAccess was created, and Amazon EC2 service quota increases were requested in three regions. We have declined the quota increase requests.

Because the root user credentials were used, we believe the root password or its MFA recovery was compromised.

To regain control, we ask that you complete the following steps within 3 days:

1. Change the root user password immediately and enable (or re-register) MFA on the root user.
2. Review and restore the account's alternate contacts and contact information.
3. Delete IAM user "admin2" and any access keys, roles, or identity providers you did not create.
4. Check all AWS Regions for resources you did not launch and delete them.
5. Reply to the Support case "Compromised account - action required" opened on your behalf to confirm each step.

If these steps are not completed, we will suspend the account to prevent further misuse. Suspension may interrupt the applications running in this account.

For guidance, see "What do I do if I notice unauthorized activity in my AWS account?":
https://repost.aws/knowledge-center/potential-account-compromise

Sincerely,
AWS Security

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q023", provider="AWS", label="security-incident", deadline="none",
  frm=TS, to=AWS_FERN, date="2027-03-23 09:09:13 +0000",
  subject="Amazon EC2 instance i-07be45d2c91f3a860 appears to be compromised",
  body="""Hello,

We are contacting you about your EC2 instance i-07be45d2c91f3a860 (us-east-1) in AWS account 204517763091.

Our systems have detected that the instance has been compromised. Since 2027-03-22 16:20 UTC, a process on the instance has repeatedly queried the instance metadata service for IAM role credentials and used the temporary credentials of the role "bluefern-render-role" from IP addresses outside AWS to list and download objects from the S3 bucket "bluefern-masters-raw". The instance also runs a listener on TCP port 4444 that matches the behaviour of a known remote access tool.

What this means for you:
The data in "bluefern-masters-raw" that the role can read should be considered exposed to an unauthorized party. Approximately 2.3 TB was transferred out of the bucket during this period.

What we recommend:
- Isolate the instance by attaching a security group that blocks all inbound and outbound traffic, and preserve an EBS snapshot for investigation.
- Revoke active sessions for the role by adding a policy that denies access for tokens issued before the current time.
- Enforce IMDSv2 and review how the instance was accessed (for example, an exposed service or a weak SSH key).
- Review S3 server access logs and CloudTrail data events to determine exactly which objects were accessed.

AWS has not made any changes to your resources. If you would like assistance, you can open a case with AWS Support or engage the AWS Customer Incident Response Team through your account team.

Sincerely,
AWS Trust & Safety

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q024", provider="AWS", kind="fwd", label="security-incident", deadline="2027-03-17",
  frm="Daniel Okafor <d.okafor@shirakaba-si.example>", to=SEC,
  date="2027-03-12 08:30:02 +0000",
  subject="FW: [ACTION REQUIRED] Exposed AWS access key - Ridgeway dev account",
  body="""Hi all,

Ridgeway's IT lead forwarded this to me directly instead of the shared box. Looks like one of their contractors committed a key to a public GitLab project again. Quarantine policy is on, but AWS wants the rotation done by the 17th. Putting it here so it gets a ticket.

Daniel Okafor
Cloud Engineer, Shirakaba Systems Integration

---------- Forwarded message ---------
From: Priya Nandakumar <p.nandakumar@ridgeway-health.example>
Date: Thu, 11 Mar 2027 at 17:48
Subject: FW: [ACTION REQUIRED] Your AWS Access Key is Exposed for AWS Account 483920117564
To: Daniel Okafor <d.okafor@shirakaba-si.example>

Daniel, can your team handle this? Thanks. Priya

---------- Forwarded message ---------
From: Amazon Web Services <aws-security@amazon.example.com>
Date: Thu, 11 Mar 2027 at 06:02
Subject: [ACTION REQUIRED] Your AWS Access Key is Exposed for AWS Account 483920117564
To: <aws-ridgeway-dev@ridgeway-health.example>

Hello,

We have become aware that the AWS Access Key AKIAW2EXAMPLE9KJ4TQB, along with the corresponding Secret Key, is publicly available online at https://gitlab.com/rw-ext-dev/etl-jobs/-/blob/main/.env.

We have applied the "AWSCompromisedKeyQuarantineV3" AWS Managed Policy to the IAM user "etl-runner". Do not remove this policy.

Please rotate and delete the exposed key, review CloudTrail for unauthorized activity in all regions, delete any resources you did not create, and confirm in the Support case that you have done so. If the exposed key is not deleted by March 17, 2027, we may further restrict or suspend your account.

Sincerely,
AWS Security
"""),

N(id="q025", provider="AWS", label="security-incident", deadline="none",
  frm="Amazon Web Services <aws-security@amazon.example.com>", to=AWS_RIDGE,
  date="2027-03-26 22:40:19 +0000", bland=True,
  subject="Notice regarding your AWS account 592007318846",
  body="""Hello,

We are writing to inform you that access keys belonging to the IAM user "ci-deploy" in your AWS account 592007318846 were used by an unauthorized party.

On 2027-03-26 between 14:05 UTC and 14:58 UTC, the access key AKIAQX7EXAMPLEP0Z8LW was used from IP addresses 192.0.2.14 and 192.0.2.77 to call ListBuckets, GetObject and GetSecretValue. These IP addresses are not associated with your CI provider and are associated with known credential abuse. We have confirmed that the following data was read:

- 37 objects from the S3 bucket "ridgeway-ci-artifacts"
- 2 secrets from AWS Secrets Manager in us-west-2: "prod/portal/db-credentials" and "prod/portal/smtp"

We have deactivated the access key to stop further use. Because secrets were retrieved, the database and SMTP credentials they contain should also be treated as compromised.

We recommend that you:
1. Delete the deactivated access key and issue new credentials for your pipeline, preferably using OIDC federation instead of long-term keys.
2. Rotate the secrets listed above and any credentials stored in the artifacts bucket.
3. Review CloudTrail in all regions for further activity from these IP addresses.
4. Assess whether the data read includes personal or health information that requires notification under your regulatory obligations.

If you have questions, please contact AWS Support.

Sincerely,
AWS Security

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

# ---------------------------------------------------------- security-advisory
N(id="q026", provider="AWS", label="security-advisory", deadline="none",
  frm="AWS Security Bulletins <aws-security-bulletins@amazon.example.com>", to=SEC,
  date="2027-03-10 23:00:00 +0000",
  subject="AWS Security Bulletin AWS-2027-006: Linux kernel netfilter vulnerability (CVE-2027-31842)",
  body="""AWS Security Bulletin
Bulletin ID: AWS-2027-006
Scope: AWS
Content Type: Important (requires attention)
Publication Date: 2027/03/10 15:00 PDT

Description:
AWS is aware of CVE-2027-31842, a use-after-free issue in the netfilter subsystem of the Linux kernel. A local user with the ability to create user namespaces could exploit this issue to escalate privileges on an affected host.

AWS infrastructure and managed services are not affected, and no customer action is required for fully managed services such as AWS Lambda, AWS Fargate, and Amazon RDS.

Customers who manage their own operating systems, for example on Amazon EC2 or Amazon EKS managed node groups, should apply the latest kernel updates:

- Amazon Linux 2023: updated kernel packages are available in release 2023.8.20270310. Run "sudo dnf upgrade --releasever=latest" and reboot.
- Amazon Linux 2: kernel 5.10.241-232.934 is available. Run "sudo yum update kernel" and reboot.
- Amazon EKS optimized AMIs: updated AMIs with release version v20270311 will be published.
- Bottlerocket: updates are included in Bottlerocket 1.41.2.

Customers using other operating systems should contact their operating system vendor for updates.

As a defense-in-depth measure, customers can restrict unprivileged user namespaces where they are not required.

Please contact AWS Security via the vulnerability reporting page or at aws-security@amazon.example.com with any questions.

You are receiving this email because you are subscribed to AWS Security Bulletins. To unsubscribe, visit https://aws.amazon.com/security/security-bulletins/ and manage your subscription.
"""),

N(id="q027", provider="AWS", label="security-advisory", deadline="none",
  frm="AWS Security Hub <no-reply@notifications.aws.example.com>", to=AWS_NANAO,
  date="2027-03-17 01:12:44 +0000", bland=True,
  subject="Weekly security summary for account 318604471259",
  body="""Hello,

This is your weekly AWS security summary for account 318604471259 (Nanao Textiles - Production).

We have not detected signs of unauthorized access to your account. However, we identified configuration findings that could increase your exposure if credentials were ever compromised. We recommend reviewing them.

Critical and high findings (new this week):
- [High] S3.8: S3 general purpose buckets should block public access. Bucket "nanao-lookbook-public" allows public read through its bucket policy.
- [High] EC2.19: Security groups should not allow unrestricted access to ports with high risk. sg-0d2f7e41a9b83c115 allows 0.0.0.0/0 on TCP 3389.
- [High] IAM.6: Hardware MFA should be enabled for the root user.

Other findings:
- [Medium] IAM.3: IAM users' access keys should be rotated every 90 days or less (4 keys).
- [Medium] RDS.3: RDS DB instances should have encryption at-rest enabled (1 instance).
- [Low] CloudTrail.7: Ensure S3 bucket access logging is enabled on the CloudTrail S3 bucket.

Security score: 71% (last week: 74%)

These findings are recommendations based on AWS Foundational Security Best Practices. They do not indicate that a security event has occurred. Remediation steps for each control are available in the Security Hub console:
https://console.aws.amazon.com/securityhub/home?region=ap-northeast-1#/controls

To change how often you receive this summary, or to stop receiving it, update your notification settings in AWS User Notifications.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q028", provider="AWS", lang="ja", label="security-advisory", deadline="none",
  frm="AWS セキュリティ速報 <aws-security-bulletins-jp@amazon.example.com>", to=JP_OPS,
  date="2027-03-25 10:30:00 +0900",
  subject="AWS セキュリティ速報: OpenSSH の脆弱性 (CVE-2027-20418) について",
  body="""AWS セキュリティ速報
速報 ID: AWS-2027-008
範囲: AWS
コンテンツタイプ: 重要 (要注意)
公開日: 2027/03/24 17:00 PDT

概要:
AWS は、OpenSSH サーバー (sshd) において、特定の条件下で認証前にリモートからのコード実行につながる可能性がある脆弱性 CVE-2027-20418 について認識しています。本脆弱性は OpenSSH 9.8 から 10.1 までのバージョンに影響します。

AWS のインフラストラクチャおよびマネージドサービスは本件の影響を受けません。AWS Lambda、AWS Fargate、Amazon RDS などのフルマネージドサービスについては、お客様による対応は不要です。

Amazon EC2 などでお客様ご自身がオペレーティングシステムを管理されている場合は、以下の更新の適用を推奨します。

・Amazon Linux 2023: openssh 10.1p1-3.amzn2023 を含むリリース 2023.8.20270324 が公開されています
・Amazon Linux 2: 本脆弱性の影響を受けるバージョンは含まれていません
・その他の OS をご利用の場合は、各ベンダーの情報をご確認ください

また、多層防御の観点から、セキュリティグループで SSH (TCP 22) へのアクセス元を限定すること、AWS Systems Manager Session Manager の利用により SSH ポートの公開自体を不要にすることをご検討ください。

本件に関するご質問は、AWS サポートまたは脆弱性報告ページからお問い合わせください。

本メールは AWS セキュリティ速報の購読者に送信されています。配信を停止するには、https://aws.amazon.com/jp/security/security-bulletins/ から購読設定を変更してください。

アマゾン ウェブ サービス ジャパン合同会社
"""),
]
