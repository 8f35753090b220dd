"""Set Z, chunk A: AWS (English) abuse, security incidents, advisories, pricing."""
from common import hl, AWS_FOOTER, AWS_HEALTH_FOOTER, AWS_SIG

NOTICES = []
add = NOTICES.append

# ---------------------------------------------------------------- abuse
add(dict(
    key="aws-abuse-scan", provider="AWS", lang="en", fmt="plain",
    label="abuse", deadline="2026-09-03", rel=("hours", 24), bland=False,
    frm="Amazon EC2 Abuse <ec2-abuse@amazon.com>", to=hl("aws-koyo"),
    date="2026-09-02 03:14:22 +0000",
    subject="Your Amazon EC2 Abuse Report [19384-27715] [AWS ID 604417285391]",
    body="""Hello,

We have received a report that the following AWS resource has been involved in activity that resembles scanning remote hosts on the internet for open ports and vulnerable services:

AWS ID: 604417285391
Region: ap-northeast-1
EC2 Instance Id: i-0c4e7a91d25f3b6e8
Public IP: 203.0.113.14

Activity of this nature is not permitted under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). The original report is included at the end of this message for your review.

Please stop the reported activity and reply directly to this email with a description of the steps you have taken. If you believe the activity is legitimate (for example, an authorised penetration test against hosts you own), reply with details of your use case so that we can review it.

If you are not aware of this activity, it is possible that the instance has been accessed by an unauthorised party or that an application on it is being misused. Guidance on securing your instances is available at https://aws.amazon.com/security/ and in the Amazon EC2 User Guide.

We need to hear from you within 24 hours of this notice. If we do not receive a response, we may take steps to mitigate the activity, which can include blocking traffic to the instance or suspending the resource.

Please keep the case number 19384-27715 in the subject line of any reply.

Regards,
AWS Trust & Safety

--- Beginning of report ---
Reporter: soc@netwatch-research.example
Source: 203.0.113.14
Destinations: 198.51.100.0/24 (254 hosts)
Ports: 22, 23, 2375, 6379, 9200
First seen: 2026-09-01T21:47:03Z
Last seen: 2026-09-02T01:12:40Z
Packets: 48,211 TCP SYN
--- End of report ---

""" + AWS_FOOTER))

add(dict(
    key="aws-ses-pause", provider="AWS", lang="en", fmt="alt",
    label="abuse", deadline=None, bland=False,
    frm="Amazon Simple Email Service <no-reply-aws@amazon.com>", to=hl("aws-lumen"),
    date="2026-09-04 11:02:51 +0000",
    subject="Amazon SES Sending Pause for AWS Account 731552094816 in region AP-SOUTHEAST-1",
    body="""Hello,

Your Amazon SES account in the Asia Pacific (Singapore) region (AWS account ID 731552094816) has had its ability to send email paused.

Why did this happen?
Over the past several days we have been monitoring the bounce rate for your account. Your bounce rate is currently 14.2%, which is well above the level at which we place accounts under review (5%). We sent a review notice on August 28, 2026 and the rate has continued to rise. A high bounce rate usually means that mail is being sent to addresses that were not collected with the recipients' permission, or that the list has not been maintained.

Sending from the following identities is affected:
- mail.lumen-schools.example
- notices@lumen-schools.example

What happens now?
While the pause is in effect you cannot send email with Amazon SES in this region. Receiving mail is not affected. Other AWS regions are not affected.

How can I get the pause lifted?
Open the Amazon SES console, go to the Reputation metrics page, and follow the link to request a review. In your request, please tell us:
- how you collect the addresses you send to
- how you handle bounces and complaints (for example, through Amazon SNS notifications)
- what you have changed to prevent this from happening again

We review requests in the order we receive them. Sending the same request more than once does not make the review faster.

For more information, see the Amazon SES Developer Guide: https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html

Thank you for using Amazon Simple Email Service.

The Amazon SES Team

""" + AWS_FOOTER))

add(dict(
    key="aws-abuse-phish-reply", provider="AWS", lang="en", fmt="plain", reply=True,
    label="abuse", deadline="2026-09-10", bland=True,
    frm="AWS Trust & Safety <abuse-reply@amazon.com>", to=hl("aws-lumen"),
    cc=hl("security"),
    date="2026-09-07 16:40:09 +0000",
    headers={"In-Reply-To": "<hl-20260905-0912.lumen@harbourline-ops.example>",
             "References": "<abuse-28817734@amazon.com> <hl-20260905-0912.lumen@harbourline-ops.example>"},
    subject="Re: [Case 28817734-1] AWS Abuse Report",
    body="""Hello,

Thank you for your reply of September 5 regarding the phishing report for the following resources:

AWS ID: 731552094816
Region: ap-southeast-1
S3 Bucket: lumen-parent-portal-assets
CloudFront distribution: E2XK7Q4PLM91ZA

We have reviewed the resources again today. The object you mentioned (/login/index.html) has been removed. However, the reporter has provided a second URL in the same bucket that still returns a page imitating a webmail sign-in form:

hxxps://d3f8kq1ws0example.cloudfront[.]net/assets/old/verify-account.html

Because the content is still reachable, this case remains open. Please remove or disable access to the remaining content and reply to this message to confirm. You may also want to review how the content was uploaded; if an access key with write access to the bucket was used without your knowledge, rotate it and check AWS CloudTrail for other activity.

If the content is not removed by September 10, 2026, we may restrict public access to the bucket or disable the distribution to protect the people who are being targeted.

Kind regards,

Rhea M.
AWS Trust & Safety

> On Sat, Sep 5, 2026 at 09:12 +0800, Harbourline Security wrote:
> Hello, thank you for the report. The bucket belongs to our customer Lumen Schools.
> We have deleted /login/index.html and rotated the IAM user that had
> write access. Please let us know if anything else is outstanding.
> Regards, Harbourline Cloud Operations, Security Desk
>
> On Fri, Sep 4, 2026 at 02:30 +0000, AWS Trust & Safety wrote:
> We have received a report that content hosted on your resources is being
> used for phishing. Please review the report below and take action.
""" + "\n" + AWS_FOOTER))

# ---------------------------------------------------------------- security incidents
add(dict(
    key="aws-exposed-key", provider="AWS", lang="en", fmt="plain",
    label="security-incident", deadline=None, bland=False,
    frm="Amazon Web Services <aws-security-notifications@amazon.com>", to=hl("aws-pacificgrain"),
    date="2026-09-03 07:26:48 +0000",
    subject="Action Required: Your AWS Access Key is Exposed for AWS Account 218840637159",
    body="""Hello,

We have become aware that the AWS Access Key AKIAQX7EXAMPLE4Z2KWD, belonging to IAM user "ci-deploy" in AWS account 218840637159, along with the corresponding Secret Key, is publicly available online at the following location:

https://github.com/pg-analytics-dev/etl-scripts/blob/5e1a0c9/config/settings.py

Your security is important to us, and this exposure of your account's IAM credentials poses a security risk to your account, could lead to excessive charges from unauthorized activity, and violates the AWS Customer Agreement.

To protect your account from excessive charges, we may limit your ability to use some AWS services. To further protect your account, we have applied the AWS managed policy "AWSCompromisedKeyQuarantineV3" to the IAM user listed above. This policy denies a small set of high-risk actions. It does not stop all use of the key.

Please take the following steps immediately:

Step 1: Delete the exposed access key in the IAM console. Before deleting it, create a new key for any application that still needs one.

Step 2: Review your AWS CloudTrail logs for activity since the key was exposed, including any new IAM users, roles, access keys or policies, and any EC2 instances, Lambda functions or other resources that you did not create.

Step 3: Review your account for unexpected usage in the AWS Billing and Cost Management console, in all regions.

Step 4: Reply to the support case that has been opened for this notice (case 17729466821) once you have completed the steps above.

Please note that exposed credentials can be used very quickly after they are published. Removing the file from the repository does not revoke the key.

For more information, see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html

""" + AWS_SIG + "\n\n" + AWS_FOOTER))

add(dict(
    key="aws-compromise-fwd", provider="AWS", lang="en", fmt="plain",
    label="security-incident", deadline=None, bland=True,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to=hl("aws-brightwater"),
    date="2026-09-08 22:05:31 +0000",
    fwd=dict(by=hl("daniel.tan", "Daniel Tan"), to=hl("security", "Harbourline Security"),
             date="2026-09-09 08:47:12 +0800",
             note="""Security team,

This came in overnight on the Brightwater sandbox account. I've disabled both IAM users and I'm pulling CloudTrail for the last 72 hours now. The 48 c5.4xlarge instances in us-east-2 and eu-north-1 are not ours - please can someone call Brightwater's IT lead before 10am.

Daniel"""),
    subject="Your AWS Account 880217364402",
    body="""Dear AWS Customer,

Your AWS account 880217364402 may be compromised. We have detected activity in your account that suggests an unauthorized party has obtained access to it.

Specifically, between 2026-09-08 14:10 UTC and 2026-09-08 20:55 UTC, the IAM users "sandbox-admin" and "jenkins-build" were used from IP addresses that have not previously accessed your account to:

- create 2 new IAM users (svc-backup01, svc-backup02) with AdministratorAccess
- launch 48 EC2 instances in us-east-2 and eu-north-1
- request service quota increases for EC2 On-Demand instances

To protect your account, we have temporarily limited the ability to launch new EC2 instances in all regions.

Please take the following actions as soon as possible:

1. Change your AWS account root user password and make sure MFA is enabled on the root user.
2. Delete or rotate all access keys for the IAM users listed above, and delete any IAM users, roles or policies that you did not create.
3. Terminate any unrecognized EC2 instances, Lambda functions, spot requests or other resources in every region.
4. Review AWS CloudTrail for further changes made during this period.
5. Reply to support case 17731002957 in the AWS Support Center to let us know the steps you have taken.

If charges have been incurred as a result of this activity, you can request a review of them in the support case after your account has been secured.

For guidance, see "What do I do if I notice unauthorized activity in my AWS account?" in the AWS Knowledge Center.

Sincerely,
Amazon Web Services

""" + AWS_FOOTER))

add(dict(
    key="aws-compromised-instance", provider="AWS", lang="en", fmt="alt",
    label="security-incident", deadline="2026-09-16", rel=("bdays", 5), bland=False,
    frm="AWS Security <aws-security@amazon.com>", to=hl("aws-koyo"), cc=hl("security"),
    date="2026-09-09 05:58:17 +0000",
    subject="[AWS Security] EC2 instance i-07be2d941fa3c6d05 appears to be compromised",
    body="""Hello,

AWS has detected that the following Amazon EC2 instance in your account is communicating with infrastructure that is known to be used to control malware:

Account: 604417285391
Region: ap-northeast-1
Instance ID: i-07be2d941fa3c6d05
Name tag: koyo-plm-web-02
Public IP: 203.0.113.61

Between 2026-09-08 17:00 UTC and 2026-09-09 04:30 UTC, the instance made repeated outbound HTTPS connections to a command-and-control server associated with a known botnet family. This pattern indicates that the instance is very likely compromised and that an unauthorized party may be able to run commands on it.

What we recommend:
- Isolate the instance by moving it to a security group with no outbound rules. Do not terminate it yet if you need to preserve evidence.
- Take EBS snapshots of the attached volumes for forensic analysis.
- Rotate any credentials that were stored on, or accessible from, the instance, including the IAM role credentials provided through instance metadata.
- Rebuild the workload from a known good AMI and apply the latest patches before returning it to service.

Please reply to this message within 5 business days to confirm that the instance has been isolated or rebuilt. If we do not hear from you, and the activity continues, we may block network traffic to and from the instance.

Amazon GuardDuty can help you detect similar activity in future. If GuardDuty is already enabled in this region, you may find related findings of type Backdoor:EC2/C&CActivity.

Thank you,
AWS Security

""" + AWS_FOOTER))

add(dict(
    key="aws-iam-unauth", provider="AWS", lang="en", fmt="plain",
    label="security-incident", deadline=None, bland=True,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to=hl("aws-pacificgrain"),
    date="2026-09-14 02:33:40 +0000",
    subject="Important information about your AWS account",
    body="""Hello,

We are contacting you about AWS account 947103385260.

We have learned that the email address and password for the root user of this account appear in a collection of credentials that was recently published on a third-party website. Our records show that the root user signed in successfully from an unfamiliar IP address (192.0.2.188, located outside your usual regions) on 2026-09-13 at 19:02 UTC, and that during that session:

- the account's alternate billing contact was changed
- a new access key was created for the root user
- Amazon Lightsail instances were created in three regions

Because the root user has full access to your account and its billing information, we have reset the root user password and deactivated the root access key that was created during that session. The Lightsail instances have been stopped but not deleted.

Please do the following:

1. Use the "Forgot password" link on the AWS sign-in page to set a new, unique password for the root user.
2. Turn on multi-factor authentication (MFA) for the root user.
3. Check the account's contact information, alternate contacts and payment methods, and correct anything that was changed.
4. Review AWS CloudTrail event history in all regions for other changes.
5. Delete any resources you did not create.

We also recommend that you change the password of any other service where the same password was used.

If you have questions, please open a case in the AWS Support Center and quote reference 17738150043.

Best regards,
Amazon Web Services

""" + AWS_FOOTER))

add(dict(
    key="aws-incident-reply", provider="AWS", lang="en", fmt="plain", reply=True,
    label="security-incident", deadline="2026-09-23", rel=("days", 5), bland=True,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to=hl("aws-brightwater"),
    cc=hl("daniel.tan"),
    date="2026-09-18 03:11:25 +0000",
    headers={"In-Reply-To": "<case-17731002957-3@support.amazon.com>",
             "References": "<case-17731002957-1@support.amazon.com> <case-17731002957-3@support.amazon.com>"},
    subject="Re: Case 17731002957: Your AWS Account 880217364402",
    body="""Hello Daniel,

Thank you for the update on this case and for the list of actions your team has completed. I have reviewed the account again this morning and I can confirm the following:

- The IAM users svc-backup01 and svc-backup02 have been deleted.
- All 48 unauthorized EC2 instances have been terminated.
- MFA is now enabled on the root user.

From our review of the account, however, there are still two items outstanding:

1. The access key AKIA4W2EXAMPLEJ8B7RT for the IAM user "jenkins-build" is still active and was used as recently as 2026-09-17 22:41 UTC from an IP address that does not belong to your network. Please delete this key and issue a new one to your build system.
2. There is an IAM role named "OrganizationAccountAccessRole-2" that was created on 2026-09-08 and trusts an external AWS account (553210987654). Please confirm whether you created this role; if not, delete it.

Once both items are resolved, reply to this case and we will lift the EC2 launch restriction and start the review of the unauthorized charges (currently USD 6,412.88).

Please complete these steps and reply within 5 days. If the account remains in an insecure state after that time, we may need to suspend it to prevent further unauthorized usage.

We value your feedback. Please share your experience by rating this correspondence using the links below.

Best regards,

Sandeep K.
Amazon Web Services

> ---- Original message ----
> From: Daniel Tan <daniel.tan@harbourline-ops.example>
> Sent: 2026-09-16 10:02 +0800
> We have removed the IAM users, terminated the instances and enabled root MFA.
> Please advise if anything else is needed before the restriction is lifted.

Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center
""" + "\n" + AWS_FOOTER))

# ---------------------------------------------------------------- advisories
add(dict(
    key="aws-bulletin-openssh", provider="AWS", lang="en", fmt="plain",
    label="security-advisory", deadline=None, bland=False,
    frm="AWS Security Bulletins <aws-security-bulletins@amazon.com>", to=hl("security"),
    date="2026-09-10 18:20:05 +0000",
    subject="AWS Security Bulletin AWS-2026-019: CVE-2026-40317 in OpenSSH server",
    body="""AWS Security Bulletin AWS-2026-019
Publication date: 2026/09/10 11:00 AM PDT

Description:
AWS is aware of CVE-2026-40317, a vulnerability in the OpenSSH server (sshd) that was disclosed on September 9, 2026. Under certain conditions, a remote unauthenticated attacker could cause a denial of service, and on some 32-bit builds may be able to execute code. 64-bit builds have not been shown to be exploitable for code execution at this time.

AWS managed services:
AWS infrastructure and managed services, including AWS Fargate, AWS Lambda, Amazon RDS and AWS Elastic Beanstalk managed platforms, have been updated or are not affected. No customer action is required for these services.

Amazon Linux:
Updated openssh packages are available for Amazon Linux 2023 (ALAS2023-2026-1184). Customers running Amazon Linux 2023 instances can apply the update with "sudo dnf upgrade --releasever=latest openssh". New Amazon Linux 2023 AMIs that include the fix will be published by September 12, 2026.

Customer managed instances:
Customers who run other operating systems on Amazon EC2 should contact their operating system vendor for updated packages. As a general precaution, we recommend that customers restrict inbound SSH (TCP port 22) in security groups to known address ranges, or use AWS Systems Manager Session Manager instead of opening SSH to the internet.

We will update this bulletin as more information becomes available.

Please contact AWS Security at aws-security@amazon.com with any questions or concerns.

You are receiving this email because you are subscribed to the AWS Security Bulletins mailing list. To unsubscribe, visit https://aws.amazon.com/security/security-bulletins/ and manage your subscription preferences.

""" + AWS_FOOTER))

add(dict(
    key="aws-imdsv1-recommend", provider="AWS", lang="en", fmt="plain",
    label="security-advisory", deadline=None, bland=True,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("aws-koyo"),
    date="2026-09-15 09:00:44 +0000",
    subject="AWS Notification - Account 604417285391",
    body="""Hello,

We are reaching out because EC2 instances in your AWS account still accept requests to the Instance Metadata Service using IMDSv1. IMDSv2 adds protection against some classes of vulnerability, such as server-side request forgery (SSRF) and misconfigured proxies, that could otherwise be used to retrieve credentials from the metadata service.

This notice is a recommendation. There is no change to your instances and IMDSv1 will continue to work.

The following instances made IMDSv1 calls during the last 14 days:

Region: ap-northeast-1
i-0a1b9c8d7e6f50412 (koyo-erp-app-01)
i-0f3e2d1c0b9a87654 (koyo-erp-app-02)
i-02468ace13579bdf0 (koyo-batch-legacy)

Region: ap-southeast-1
i-0c0ffee1234abcd56 (koyo-sg-bastion)

We recommend that you:
- use the CloudWatch metric MetadataNoToken to confirm which instances still make IMDSv1 calls;
- update older SDKs and agents, which may fall back to IMDSv1;
- set HttpTokens to "required" on each instance once you have confirmed that no software depends on IMDSv1;
- set the account-level default for new instances so that IMDSv2 is required at launch.

For step-by-step guidance, see "Transition to using Instance Metadata Service Version 2" in the Amazon EC2 User Guide.

If you have questions or concerns, please contact AWS Support.

""" + AWS_HEALTH_FOOTER))

add(dict(
    key="aws-bulletin-container", provider="AWS", lang="en", fmt="plain",
    label="security-advisory", deadline=None, bland=False,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("aws-lumen"),
    date="2026-09-23 20:14:09 +0000",
    subject="[AWS Health Event] Security notification: container runtime issue CVE-2026-43302 affecting Amazon EKS and Amazon ECS",
    body="""Event: AWS_SECURITY_NOTIFICATION
Service: Security
Region: Global
Start time: Wed, 23 Sep 2026 18:00:00 GMT
Affected account: 731552094816

Hello,

AWS is aware of a recently disclosed issue in a widely used open source container runtime (CVE-2026-43302). In specific configurations, a container that runs a crafted image could gain write access to a limited set of files on the host. Exploitation requires the ability to run an untrusted image in your cluster.

AWS has updated the runtime on AWS Fargate, and new Fargate tasks and pods automatically use the patched version. Amazon EKS-optimized AMIs and Amazon ECS-optimized AMIs containing the fix (runtime version 1.3.4) were published on September 23, 2026. Bottlerocket 1.41.2 also includes the fix.

We are notifying you because your account has Amazon EKS managed node groups or Amazon ECS container instances that were launched from AMIs released before this date.

We recommend that you update your worker nodes to the latest AMI at your next opportunity, and that you only run container images from trusted registries. For EKS managed node groups you can start an update from the Amazon EKS console. For self-managed nodes, replace the instances with ones launched from the new AMI.

We are not aware of any exploitation of this issue on AWS.

For more details, see the AWS Security Bulletin at https://aws.amazon.com/security/security-bulletins/

""" + AWS_HEALTH_FOOTER))

# ---------------------------------------------------------------- pricing
add(dict(
    key="aws-cwlogs-pricing", provider="AWS", lang="en", fmt="plain",
    label="pricing", deadline="2026-11-01", bland=False,
    frm="Amazon Web Services <aws-marketing-email-replies@amazon.com>", to=hl("cloud-ops"),
    date="2026-09-01 16:05:00 +0000",
    subject="Changes to Amazon CloudWatch Logs pricing effective November 1, 2026",
    body="""Hello,

We are writing to let you know about upcoming changes to Amazon CloudWatch Logs pricing. You are receiving this message because one or more of your accounts ingested more than 50 GB of logs into CloudWatch Logs in the last three months.

Beginning November 1, 2026, the following changes will apply in all commercial AWS Regions:

- Standard log class ingestion will move from a single rate to tiered pricing. The first 10 TB per month remains at the current rate. Volumes above 10 TB per month will be charged at a reduced rate.
- Vended logs delivered to CloudWatch Logs from Amazon VPC Flow Logs, Route 53 Resolver query logs and AWS WAF will be charged at the same tiered rates as other vended logs.
- Log data archived for longer than 10 years will be billed at the Infrequent Access storage rate.
- Logs Insights queries will be billed per GB of data scanned, with a minimum of 1 MB per query (currently 10 MB).

Based on your usage in August 2026, we estimate that these changes will reduce your monthly CloudWatch Logs charges across your linked accounts by approximately 4%. Your actual charges will depend on your usage.

No action is required. If you would like to review your log usage, you can use the Usage by log group report in the CloudWatch console, or AWS Cost Explorer filtered to the CloudWatch service.

For full details, see the Amazon CloudWatch pricing page at https://aws.amazon.com/cloudwatch/pricing/

Thank you for using Amazon CloudWatch.

The Amazon CloudWatch Team

""" + AWS_FOOTER + """

To unsubscribe from AWS pricing and product update emails, visit the AWS Email Preference Center."""))

add(dict(
    key="aws-freetier-change", provider="AWS", lang="en", fmt="alt",
    label="pricing", deadline="2026-10-01", bland=True,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to=hl("aws-lumen"),
    date="2026-09-02 19:30:12 +0000", accent="#ff9900",
    subject="Update to your AWS account",
    body="""Hello,

We're writing to let you know about a change to the AWS Free Tier that affects AWS account 731552094816.

When your account was created, it qualified for 12 months of free usage of certain services. Starting October 1, 2026, the following Free Tier allowances will no longer apply to accounts that are members of an AWS Organization with a paying management account, and usage will be billed at standard On-Demand rates:

- Amazon RDS: 750 hours per month of db.t3.micro or db.t4g.micro Single-AZ instances and 20 GB of General Purpose (SSD) storage
- Amazon ElastiCache: 750 hours per month of cache.t3.micro nodes
- Amazon OpenSearch Service: 750 hours per month of t3.small.search instances

Based on your usage in August, we estimate that this change would have added approximately USD 41.30 to your monthly bill. Your estimate may differ depending on your usage and Region.

The "Always Free" offers, such as 1 million AWS Lambda requests per month and 25 GB of Amazon DynamoDB storage, are not affected.

You can track Free Tier usage and forecast charges in the Billing and Cost Management console under Free Tier. To be notified before charges exceed an amount you choose, you can create a budget in AWS Budgets.

For more information, visit https://aws.amazon.com/free/ or contact AWS Support.

Thank you for using Amazon Web Services.

Sincerely,
The AWS Free Tier Team

""" + AWS_FOOTER))

add(dict(
    key="aws-glacier-price-cut", provider="AWS", lang="en", fmt="plain",
    label="pricing", deadline="2026-10-01", bland=False,
    frm="Amazon S3 <no-reply-aws@amazon.com>", to=hl("cloud-ops"),
    date="2026-09-16 17:00:00 +0000",
    subject="Amazon S3 price reduction for S3 Glacier Instant Retrieval in Asia Pacific Regions",
    body="""Hello,

We are pleased to let you know that, effective October 1, 2026, we are lowering storage prices for the Amazon S3 Glacier Instant Retrieval storage class in the Asia Pacific (Tokyo), Asia Pacific (Osaka), Asia Pacific (Singapore) and Asia Pacific (Sydney) Regions.

New storage prices (per GB-month):
- Asia Pacific (Tokyo): from USD 0.0050 to USD 0.0045
- Asia Pacific (Osaka): from USD 0.0050 to USD 0.0045
- Asia Pacific (Singapore): from USD 0.0050 to USD 0.0044
- Asia Pacific (Sydney): from USD 0.0050 to USD 0.0046

Retrieval, request and data transfer prices for S3 Glacier Instant Retrieval are unchanged. Prices for other storage classes are unchanged.

The new prices will be applied automatically to your bill from October 1, 2026. You do not need to take any action. If you use S3 Lifecycle rules to transition data to S3 Glacier Instant Retrieval, those rules will continue to work as before.

Based on your storage in these Regions during August 2026, your accounts would have saved approximately USD 212 per month at the new prices.

To learn more, visit the Amazon S3 pricing page at https://aws.amazon.com/s3/pricing/

Sincerely,
The Amazon S3 Team

""" + AWS_FOOTER + """

This message contains information about a change to AWS pricing. If you would prefer not to receive these messages, update your preferences in the AWS Email Preference Center."""))

add(dict(
    key="aws-ri-discount-change", provider="AWS", lang="en", fmt="plain",
    label="pricing", deadline="2026-12-01", bland=True,
    frm="AWS Billing <aws-billing@amazon.com>", to=hl("billing"),
    date="2026-09-24 15:45:27 +0000",
    subject="Important information about your account",
    body="""Dear AWS Partner,

We are writing to inform you of a change to how discounts are shared within AWS Organizations for accounts that resell AWS through the Solution Provider Program. This change affects your management account 430118275546 and its 14 member accounts.

What is changing?
Starting December 1, 2026, Reserved Instance and Savings Plans discounts purchased in one member account will only be shared with other member accounts that have the same end-customer billing group. Today, discount sharing applies across all member accounts in the organization unless you turn it off.

How does this affect me?
If your end customers' workloads currently benefit from commitments purchased in another customer's member account, their effective hourly rate may increase from December 1, 2026. Based on your usage in August 2026, 3 of your billing groups (Brightwater Insurance, Lumen Schools, Pacific Grain) received shared discounts from commitments in another billing group, totalling approximately USD 1,870 for the month.

Commitments that you have already purchased are not cancelled and their terms do not change. Only the way their discounts are applied across billing groups changes.

What can I do?
You can review discount sharing in the AWS Billing Conductor console under Billing groups, and use the Savings Plans and Reserved Instance utilization reports in AWS Cost Explorer to see which accounts currently receive shared benefits. If you need to purchase additional commitments for a billing group, you can do so at any time.

For more information, please refer to the AWS Billing Conductor User Guide or contact your AWS Partner Development Manager.

Thank you for being an AWS Partner.

Sincerely,
AWS Partner Billing Team

""" + AWS_FOOTER))
