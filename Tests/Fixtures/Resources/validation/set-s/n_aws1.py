from common import N

AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")
ABUSE = ("AWS Trust & Safety", "ec2-abuse@amazon.com")
SUPPORT = ("Amazon Web Services", "no-reply-aws@amazon.com")

NOTICES = [
N("a01", ABUSE, "aws-tide", "Your Amazon EC2 Abuse Report [14829365721]",
  "2027-04-05 03:12:44 +0000", "abuse", ("days", 1), ref="14829365721", foot="aws",
  body="""
Hello,

We have received a report that your AWS resources have been involved in activity that resembles scanning remote hosts on the internet for security vulnerabilities. Activity of this nature is forbidden under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/).

Account ID: 3187-4402-9916
Region: ap-northeast-1
Instance ID: i-0c7f2e91b44a83d10
Public IP: 203.0.113.77
Reported activity: TCP SYN scanning of ports 22, 3389 and 5900 against address ranges in 198.51.100.0/24

Abuse report excerpt:
-----
Our intrusion detection system logged 41,208 connection attempts from 203.0.113.77 between 2027-04-04 18:02 UTC and 2027-04-04 21:47 UTC. Please stop this activity.
-----

We ask that you stop this activity immediately and reply to this email within 24 hours with the following information:
* A description of the actions you have taken to stop the reported activity
* The steps you have taken to prevent it from happening again

If you do not consider this activity abusive, please explain the legitimate purpose of the traffic and, if applicable, the authorization you hold from the owners of the scanned hosts.

If the activity continues or we do not receive a response, we may take action to mitigate the abuse, which can include blocking traffic to or from the instance, or suspending your account.

If you believe your instance has been compromised, the following resource may help: https://repost.aws/knowledge-center/potential-account-compromise

Regards,
AWS Trust & Safety
"""),

N("a02", ("Amazon Web Services", "no-reply-aws@amazon.com"), "aws-suz",
  "Amazon SES sending paused for your account in the Asia Pacific (Tokyo) region",
  "2027-04-08 11:40:02 +0000", "abuse", "none", ref="SES-ENF-0407-6611", foot="aws",
  kind="alt", body="""
Hello,

We are writing to let you know that we have paused the ability of your AWS account 5520-1873-0043 to send email using Amazon SES in the Asia Pacific (Tokyo) region.

We took this action because the complaint rate for your account was 0.62%, which is above the maximum rate we allow. In our experience, a complaint rate this high indicates that recipients are receiving email they did not request. Your account was previously placed under review on March 24, 2027, and the problem was not corrected during the review period.

Sending identities affected:
- notify.suzuran-pharmacy.example
- campaigns@suzuran-pharmacy.example

While sending is paused, you cannot send email from this region using the SES API, the SMTP interface or the console. Receiving email and other AWS services are not affected.

If you would like us to reconsider this decision, open a case in the Support Center and tell us:
1. The cause of the problem.
2. The changes you have made to fix it, such as removing recipients who did not opt in, adding a visible unsubscribe link, and honoring unsubscribe requests promptly.
3. How you will prevent it from happening again.

We review each request individually. Requests that do not include this information will not be reviewed.

Amazon SES sending review process: https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html
Support Center: https://support.console.aws.amazon.com/support/home

Sincerely,
The Amazon SES Team
"""),

N("a03", ABUSE, "aws-elm", "[Action Required] AWS Abuse Report - Phishing content hosted on your resources",
  "2027-04-13 22:05:19 +0000", "abuse", ("days", 1), ref="31170298845", foot="aws",
  body="""
Hello,

AWS has received a report that content hosted on your resources is being used for phishing. Hosting phishing material is a violation of the AWS Acceptable Use Policy.

Account: 6694-0152-7730
Resource: Amazon S3 bucket "elmstone-client-preview"
URL: https://elmstone-client-preview.s3.ap-northeast-1.amazonaws.com/share/login/index.html
CloudFront distribution: E2KQ8V0LM4TRXA

The reported page imitates the sign-in page of a well-known online storage service and submits entered credentials to a third-party form handler. The reporter supplied the following excerpt:

  "Received link via e-mail purporting to be a shared drawing set. The page asks for email and password and posts to an external PHP script."

Please remove the content or take other appropriate action within 24 hours of receiving this notice, and reply to let us know what you have done. If the content was placed on your resources without your knowledge, this may indicate that your credentials or your website have been compromised, and we recommend that you rotate your access keys and review recent write activity to the bucket in AWS CloudTrail.

If we do not receive a response, or if the content remains available, we may disable access to the affected resource or take further action on the account.

To reply, respond to this email and keep the case number in the subject line.

Case number: 31170298845

Thank you,
AWS Trust & Safety Team
"""),

N("a04", ABUSE, "sec", "AWS Abuse Report: Cryptocurrency mining activity detected [27740185530]",
  "2027-04-09 05:31:00 +0000", "abuse", "2027-04-14", ref="27740185530", foot="aws",
  wrap="fwd", fwd=dict(frm=("Daisuke Morimoto", "d.morimoto@kamome-cw.example"),
                       date="2027-04-09 15:02:11 +0900",
                       note="""Team,

Forwarding this one from the Hakone Ryokan account. The instance is the old reservation test box that nobody claimed last month. I have stopped it and taken a snapshot for investigation, but we still need to send AWS a proper answer before their date. Can security pick this up today?

Daisuke"""),
  body="""
Hello,

We have detected activity from your AWS account that is consistent with cryptocurrency mining. The AWS Customer Agreement and Acceptable Use Policy do not permit the use of resources that you did not authorize or that were obtained through compromise of your account, and unexpected mining is frequently a sign of unauthorized access.

Account ID: 4021-6638-1157
Region: us-east-1
Instance: i-09d13aa7e5f2c0b64 (c6i.4xlarge)
Observed destination: mining pool endpoints on TCP 3333 and 14444
First observed: 2027-04-08 20:14 UTC

Please take the following steps:
1. Confirm whether this activity is authorized.
2. If it is not, stop or terminate the instance and any other resources you do not recognize, in every region.
3. Rotate all access keys and passwords and review IAM users and roles for changes you did not make.
4. Reply to this email describing what you found and what you have done.

If we do not receive a response by April 14, 2027, we may restrict network access for the instance or take further action on your account in order to protect the AWS network and other customers.

Additional guidance: https://repost.aws/knowledge-center/potential-account-compromise

Regards,
AWS Trust & Safety
"""),

N("s01", AWS, "aws-tide", "Your AWS Access Key is Exposed for AWS account 318744029916",
  "2027-04-02 07:48:26 +0000", "security-incident", ("days", 5), ref="CASE 17594022811", foot="aws",
  body="""
Hello,

We have become aware that the AWS Access Key AKIAZB7Q3EXAMPLE4NLT, belonging to IAM user "ci-deployer", along with the corresponding Secret Key, is publicly available online at the following location:

https://github.com/tidewater-ops-sandbox/dispatch-sync/blob/6e1f0ab/config/settings.yml

Your security is important to us, and this exposure of your account's IAM credentials poses a security risk to your account, could lead to excessive charges from unauthorized activity, and violates the AWS Customer Agreement.

To protect your account from excessive charges, we may restrict your ability to use some AWS services. As a precaution, we have attached the AWS managed policy "AWSCompromisedKeyQuarantineV3" to the IAM user. Do not remove this policy until you have completed the steps below.

Please follow these instructions to secure your account:

Step 1: Rotate and delete the exposed access key. Check your applications for the key before deleting it.
Step 2: Check your AWS CloudTrail logs for unsanctioned activity, such as the creation of IAM users, access keys, login profiles, roles or policies, and launches of resources you do not recognize.
Step 3: Review your AWS account for unwanted usage in all regions, using the Billing console and the EC2 console.
Step 4: Respond to the support case in the Support Center to confirm you have completed the steps above.

If you do not complete these steps within 5 days, your account may be further restricted.

Support Center: https://support.console.aws.amazon.com/support/home#/case/?displayId=17594022811

Sincerely,
Amazon Web Services
"""),

N("s02", ("Amazon Web Services", "no-reply-aws@amazon.com"), "aws-hak",
  "Re: [Case 17620813394] Unauthorized activity on account 402166381157",
  "2027-04-10 02:19:51 +0000", "security-incident", "none", ref="CASE 17620813394", foot="aws",
  wrap="reply", bland=True, body="""
Hello Ayumi,

Thank you for your reply and for the steps you have taken so far. I have reviewed the account again this morning and want to confirm where things stand.

Our review confirms that a set of IAM credentials on this account was used by an unauthorized party between April 7 and April 9, 2027. During that period the following resources were created, and they are not associated with any of your normal deployments:

- 14 EC2 instances (g5.2xlarge) in us-west-2, sa-east-1 and eu-north-1
- IAM user "sys-backup-02" with AdministratorAccess attached
- A login profile for IAM user "ops-readonly"

I can see that the instances in us-west-2 and eu-north-1 have been terminated. However, four instances are still running in sa-east-1, and the IAM user "sys-backup-02" and its two access keys still exist. Please terminate those instances, delete the user and its keys, and remove the login profile that was added to "ops-readonly".

Once this is done, please reply on this case. When the account is secure, I can pass your request for a review of the unauthorized charges to our billing team. We cannot begin that review while unauthorized resources remain active.

Best regards,
Kenji T.
Amazon Web Services

Check out the AWS Support Knowledge Center: https://repost.aws/knowledge-center

To contact us again about this case, please return to the AWS Support Center using the following URL: https://support.console.aws.amazon.com/support/home#/case/?displayId=17620813394

---- Original message ----
From: ayumi.kawai@kamome-cw.example
Subject: [Case 17620813394] Unauthorized activity on account 402166381157

Hi, we have terminated the instances we could find and rotated the access key for "ci-build". Please let us know what else is needed. Our customer (Hakone Ryokan Group) is concerned about the charges.

Ayumi Kawai
Kamome Cloud Works
"""),

N("s04", AWS, "aws", "Your AWS account",
  "2027-04-16 18:03:40 +0000", "security-incident", "none", ref="ACC-SEC-77120", foot="aws",
  bland=True, kind="html", body="""
Hello,

We are contacting you because we have determined that the root user of your AWS account 7718-2290-4450 was accessed by someone other than you.

On April 16, 2027, at 14:52 UTC, the root user signed in from an IP address in a location not previously associated with your account. Within the same session, the multi-factor authentication (MFA) device registered to the root user was removed, and a new access key was created for the root user. These changes were not made from any location or device that you have used before.

To protect you, we have taken the following actions:
- Deactivated the new root access key
- Reset the root user password
- Temporarily restricted the launch of new resources in your account

To regain full access, sign in using the password recovery process, and then:
1. Register a new MFA device for the root user.
2. Review IAM users, roles and policies for changes you did not make.
3. Check AWS CloudTrail in every region for activity since April 16, 2027.
4. Update the email address and phone number on the account if they may also be known to an unauthorized party.

After completing these steps, reply to the support case that we opened on your behalf (Case 17771940025) so that we can lift the restriction.

Sign in: https://signin.aws.amazon.com/
Best practices for the root user: https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html

Sincerely,
Amazon Web Services Security
"""),

N("s05", ABUSE, "aws-suz", "Notice of publicly accessible data in Amazon S3 - account 552018730043",
  "2027-04-20 09:27:15 +0000", "security-incident", ("days", 2), ref="39021566074", foot="aws",
  body="""
Hello,

A security researcher has notified AWS that an Amazon S3 bucket in your account is publicly readable and contains files that appear to include personal information. We have not made any change to the bucket. We are informing you so that you can review and secure the data.

Account ID: 5520-1873-0043
Bucket: suzuran-rx-export-prod
Region: ap-northeast-1
Example object reported: exports/2027-03/prescriptions_batch_0318.csv

According to the report, a listing of the bucket was retrieved anonymously on April 19, 2027, and the files contain names, dates of birth and medication details. Server access logs, if enabled, will show which other parties retrieved objects.

We strongly recommend that you:
1. Turn on S3 Block Public Access for the bucket and for the account.
2. Remove any bucket policy statements or ACL grants that allow access to "*" or to AllUsers.
3. Review server access logs and CloudTrail data events to determine what was accessed, and by whom.
4. Consider your notification obligations under applicable privacy law.

Please confirm within 48 hours that the bucket has been secured by replying to this email. If the data remains public, we may take steps to restrict access to the bucket in order to protect the individuals concerned.

Blocking public access to your S3 storage: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html

Regards,
AWS Trust & Safety
"""),

N("r01", AWS, "aws-suz", "[Action Required] Amazon RDS for PostgreSQL 15 end of standard support on November 30, 2027",
  "2027-04-06 16:00:00 +0000", "action-required", "2027-11-30", ref="RDS-PG15-EOS-2027", foot="aws",
  kind="alt", body="""
Hello,

You are receiving this message because you have one or more Amazon RDS for PostgreSQL major version 15 DB instances in your account. The PostgreSQL community plans to end support for version 15 in November 2027, and Amazon RDS will end standard support for PostgreSQL 15 on November 30, 2027.

We recommend that you upgrade your DB instances to PostgreSQL 17 or later before November 30, 2027. Upgrading gives you access to the latest features, performance improvements and security fixes from the community.

If you do not upgrade by that date, your DB instances will be automatically enrolled in Amazon RDS Extended Support beginning December 1, 2027, and Extended Support charges will apply. RDS Extended Support is a paid offering that provides critical security and bug fixes for up to three years after the end of standard support.

Timeline:
- Now through November 30, 2027: upgrade at a time of your choosing.
- December 1, 2027: instances still on version 15 are enrolled in RDS Extended Support and charges begin.

A list of your affected resources is available in the "Affected resources" tab of the AWS Health Dashboard.

Affected DB instances (account 5520-1873-0043, ap-northeast-1):
- suzuran-pos-db-01 (15.10)
- suzuran-pos-db-02 (15.10)
- suzuran-loyalty-replica (15.8)

To learn more about upgrading, see the Amazon RDS User Guide: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html

If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services
"""),

N("r02", AWS, "aws-elm", "AWS Lambda end of support for Python 3.10",
  "2027-04-07 20:30:00 +0000", "action-required", "2027-06-30", ref="LAMBDA-PY310", foot="aws",
  body="""
Hello,

We are contacting you as we have identified that your AWS account currently has one or more AWS Lambda functions using the Python 3.10 runtime.

We are ending support for Python 3.10 in Lambda on June 30, 2027. This follows the Python 3.10 End-Of-Life (EOL) reached in October 2026 [1].

As described in the Lambda runtime support policy [2], end of support for language runtimes in Lambda happens in several stages. Starting June 30, 2027, Lambda will no longer apply security patches and other updates to the Python 3.10 runtime used by Lambda functions, and functions using Python 3.10 will no longer be eligible for technical support. In addition, you will no longer be able to create new Lambda functions using the Python 3.10 runtime starting August 31, 2027. Starting September 30, 2027, you will no longer be able to update existing functions using the Python 3.10 runtime.

We recommend that you upgrade your existing Python 3.10 functions to Python 3.13 before June 30, 2027.

End of support does not impact function execution. Your functions will continue to run. However, they will be running on an unsupported runtime which is no longer maintained or patched by the AWS Lambda team.

The following command shows all functions in a region using Python 3.10:

  aws lambda list-functions --region ap-northeast-1 --output text --query "Functions[?Runtime=='python3.10'].FunctionArn"

Your affected functions are also listed in the 'Affected resources' tab of the AWS Health Dashboard.

[1] https://devguide.python.org/versions/
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html

Sincerely,
Amazon Web Services
"""),

N("r03", ("Amazon Web Services", "no-reply-aws@amazon.com"), "aws-tide",
  "Re: [Case 17688204519] Question about scheduled instance retirement",
  "2027-04-12 08:44:10 +0000", "action-required", "2027-04-26", ref="CASE 17688204519", foot="aws",
  wrap="reply", bland=True, body="""
Hello Hiroshi,

Thank you for contacting AWS Support about the retirement notice for your instance.

I have checked the instance and can confirm the details of the scheduled event:

Instance ID: i-0f4a6b21c93d7e580 (tidewater-edi-gw-1)
Instance type: m5.large
Region / AZ: ap-northeast-1c
Event type: instance-retirement
Scheduled for: April 26, 2027, 00:00 UTC

The event was created because we detected irreparable degradation of the underlying hardware hosting your instance. I am sorry, but we are not able to postpone the retirement date for hardware-related events.

Because this instance is EBS-backed, you can avoid the retirement by stopping and starting the instance yourself at any time before April 26, 2027. When you stop and start it, the instance moves to new, healthy hardware and the scheduled event is cleared. Please note that a reboot is not sufficient; it must be a stop followed by a start. The private IP address will stay the same, but the public IPv4 address will change unless an Elastic IP address is associated. I noticed that this instance has no Elastic IP, so please check whether any partner firewalls allow-list its current public address (54.250.x.x) before you proceed.

If no action is taken, the instance will be stopped on the scheduled date and you will need to start it again manually.

Best regards,
Priya R.
Amazon Web Services

To contact us again about this case, please return to the AWS Support Center using the following URL: https://support.console.aws.amazon.com/support/home#/case/?displayId=17688204519

---- Original message ----
From: hiroshi.tanabe@kamome-cw.example
Subject: Question about scheduled instance retirement

We received a retirement notice for i-0f4a6b21c93d7e580. This is an EDI gateway for our customer Tidewater Freight and the partner allow-lists its IP. Can the date be moved to May? What is the least disruptive option?
"""),

N("r04", ("Amazon Web Services", "no-reply-aws@amazon.com"), "aws-elm",
  "Certificate renewal for elmstone-arch.example requires action",
  "2027-04-14 01:10:33 +0000", "action-required", "2027-05-15", ref="ACM-RENEW-5512", foot="aws",
  body="""
Greetings from Amazon Web Services,

This is a notification that AWS Certificate Manager (ACM) was unable to automatically renew the following certificate. The certificate will expire on May 15, 2027. To keep your websites and applications working, you must take action before the certificate expires.

AWS account ID: 6694-0152-7730
AWS Region name: us-east-1
Certificate identifier: arn:aws:acm:us-east-1:669401527730:certificate/8d3a61c2-40fe-4b7e-9c5a-2e17d9a0c4b1
Domain names:
  elmstone-arch.example
  www.elmstone-arch.example
  portal.elmstone-arch.example

ACM could not validate control of the domain "portal.elmstone-arch.example" because the CNAME record that ACM created for DNS validation is no longer present in the DNS configuration for the domain. It appears that the record was removed when the hosted zone was migrated to a different DNS provider.

To renew the certificate, add the following CNAME record back to the DNS configuration for the domain:

  Name:  _4f1c9e0a7b2d3e5f6a8b9c0d1e2f3a4b.portal.elmstone-arch.example.
  Value: _9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d.mhbtsbpdnt.acm-validations.aws.

After the record is in place, ACM will retry validation automatically. No further action is needed once renewal succeeds. If the certificate is no longer in use, you can delete it to stop receiving these notifications.

For more information, see Troubleshooting managed certificate renewal in the ACM User Guide: https://docs.aws.amazon.com/acm/latest/userguide/troubleshooting-renewal.html

Sincerely,
Amazon Web Services
"""),

N("r05", AWS, "aws-tide", "[Action Required] Amazon EKS version 1.33 end of standard support",
  "2027-04-19 17:00:00 +0000", "action-required", "2027-07-29", ref="EKS-133-EOS", foot="aws",
  kind="alt", body="""
Hello,

We are reaching out because you have one or more Amazon EKS clusters running Kubernetes version 1.33. Standard support for Kubernetes 1.33 in Amazon EKS will end on July 29, 2027.

Amazon EKS clusters running on Kubernetes 1.33 at the end of standard support will automatically enter extended support, and you will be charged at the extended support rate for each cluster. We recommend that you upgrade your clusters to Kubernetes 1.35 or later before July 29, 2027 to avoid extended support charges and to keep receiving the latest features and security updates.

Affected clusters in account 3187-4402-9916:
| Cluster              | Region          | Version |
| tidewater-dispatch   | ap-northeast-1  | 1.33    |
| tidewater-tracking   | ap-northeast-1  | 1.33    |
| tidewater-analytics  | us-west-2       | 1.33    |

Before upgrading, review the Kubernetes release notes for APIs that have been removed or deprecated, and use EKS upgrade insights in the console to check your cluster for issues that could block the upgrade. Remember to upgrade managed node groups, self-managed nodes and add-ons such as the VPC CNI, CoreDNS and kube-proxy after the control plane upgrade.

If you do not wish to use extended support, you can change the cluster's upgrade policy to STANDARD. Clusters with this policy are automatically upgraded to the next version at the end of standard support.

Amazon EKS version lifecycle: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
Upgrade guide: https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html

Sincerely,
Amazon Web Services
"""),

N("r06", AWS, "aws-hak", "Important information about your Amazon ElastiCache clusters",
  "2027-04-21 15:22:00 +0000", "action-required", "2027-05-31", ref="EC-REDIS6-EOS", foot="aws",
  bland=True, body="""
Hello,

You are receiving this message because your AWS account 4021-6638-1157 has one or more Amazon ElastiCache clusters running Redis OSS engine version 6.x in the Asia Pacific (Tokyo) region.

Standard support for ElastiCache for Redis OSS version 6 ends on May 31, 2027. Please upgrade these clusters to Valkey 8 or Redis OSS 7.1 by that date. Upgrading is an online operation for cluster-mode enabled clusters; for cluster-mode disabled clusters with replicas, a failover will occur.

After May 31, 2027, clusters that remain on version 6 will no longer receive security fixes as part of standard support. Starting June 1, 2027, these clusters will be automatically enrolled in ElastiCache extended support, which is billed per node-hour in addition to your normal charges.

Affected clusters:
- hakone-session-cache (6.2.6, 3 nodes, cache.r6g.large)
- hakone-booking-queue (6.2.6, 2 nodes, cache.m6g.large)

To upgrade, use the ModifyReplicationGroup API, the AWS CLI or the ElastiCache console, and select the target engine version. Test the upgrade with a snapshot restored to a new cluster first if your application uses commands whose behavior changed in newer versions.

More information: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html

If you have any questions, please contact AWS Support.

Sincerely,
Amazon Web Services
"""),

N("r07", AWS, "aws-elm", "Elastic Beanstalk platform branch retirement - Node.js 18 on 64bit Amazon Linux 2",
  "2027-04-23 19:45:00 +0000", "action-required", "2027-06-15", ref="EB-RET-NODE18", foot="aws",
  body="""
Hello,

This is a reminder that AWS Elastic Beanstalk will retire the platform branch "Node.js 18 running on 64bit Amazon Linux 2" on June 15, 2027. You have environments in account 6694-0152-7730 that use this platform branch.

Environments:
- elmstone-portal-prod (ap-northeast-1)
- elmstone-portal-staging (ap-northeast-1)

What does retirement mean for you?
After the retirement date, the platform branch will no longer receive platform updates, including security updates, and you will not be able to create new environments based on it. Existing environments will continue to run, but managed platform updates will stop and AWS Support will not be able to help with issues specific to the retired branch.

What do you need to do?
Migrate your environments to a supported platform branch, such as "Node.js 22 running on 64bit Amazon Linux 2023", by June 15, 2027. We recommend that you first clone your environment onto the new platform branch, test your application, and then swap environment URLs (blue/green deployment) to minimize downtime.

Amazon Linux 2023 differs from Amazon Linux 2 in several ways, including the package manager and some configuration file locations, so review the migration guide before you begin:
https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.migration-al.html

Retired platform branches schedule:
https://docs.aws.amazon.com/elasticbeanstalk/latest/platforms/platforms-retiring.html

Thank you for using AWS Elastic Beanstalk.

Sincerely,
Amazon Web Services
"""),

N("r08", ("Amazon Web Services", "no-reply-aws@amazon.com"), "aws", "Action needed: register an MFA device for your root user by May 10, 2027",
  "2027-04-03 13:00:00 +0000", "action-required", "2027-05-10", ref="ROOT-MFA-2027", foot="aws",
  kind="html", body="""
Hello,

At AWS, security is our top priority. As part of our ongoing work to protect customer accounts, we are requiring multi-factor authentication (MFA) for the root user of all AWS accounts.

Our records show that the root user of the following account does not have MFA enabled:

Account ID: 7718-2290-4450
Account name: kamome-management

Please register at least one MFA device for the root user by May 10, 2027. After that date, when the root user signs in to the AWS Management Console without MFA, you will be required to register an MFA device before you can continue. If the person who signs in does not have access to a suitable device, the sign-in cannot be completed, which could delay urgent tasks such as billing changes or account recovery.

We recommend passkeys or FIDO2 security keys, which are phishing-resistant. You can register up to eight MFA devices for the root user, and we recommend registering more than one so that you keep access if a device is lost.

How to register MFA for the root user:
1. Sign in to the console as the root user.
2. Choose your account name and then "Security credentials".
3. In the Multi-factor authentication section, choose "Assign MFA device" and follow the steps.

If you use AWS Organizations, you may also centrally manage root access for member accounts and remove their root credentials altogether.

Learn more: https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html

Thank you for helping us keep your account secure.

Sincerely,
Amazon Web Services
"""),

N("r09", AWS, "aws-suz", "Amazon RDS operating system update required",
  "2027-04-15 04:18:00 +0000", "action-required", "2027-05-17", ref="RDS-OS-REQ-0415", foot="aws",
  body="""
Hello,

A required operating system update is available for your Amazon RDS DB instances. This update contains security fixes and improvements to the underlying operating system, and it must be applied to all listed instances.

Please apply the update at a time that suits you by May 17, 2027. Any DB instance that has not been updated by then will have the update applied automatically during its next scheduled maintenance window on or after May 18, 2027.

Affected DB instances (account 5520-1873-0043, ap-northeast-1):
- suzuran-pos-db-01, Multi-AZ
- suzuran-pos-db-02, Multi-AZ
- suzuran-inventory-mysql, Single-AZ

For Multi-AZ DB instances, the update is applied to the standby first, a failover is performed, and then the former primary is updated, so downtime is usually limited to the failover time. Single-AZ DB instances are unavailable for several minutes while the update is applied.

To apply the update now, choose the DB instance in the RDS console and choose Actions > Upgrade now, or run:

  aws rds apply-pending-maintenance-action --resource-identifier <db-instance-arn> --apply-action system-update --opt-in-type immediate

You can view pending maintenance with the describe-pending-maintenance-actions command or in the "Maintenance & backups" tab of each DB instance.

Maintaining a DB instance: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html

Sincerely,
Amazon Web Services
"""),
]
