# AWS, English: action required (r016-r031)

AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
R53 = ("Amazon Route 53", "noreply@registrar.amazon.com")

FOOTER = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

SUPPORT = """If you have any questions or concerns, the AWS Support Team is available on AWS re:Post [1] and via Premium Support [2].

[1] https://repost.aws/
[2] https://aws.amazon.com/support"""

NOTICES = [
dict(
    id="r016", provider="AWS", label="action-required", deadline="2027-02-28",
    date="2026-08-03 16:22:08 +0000", sender=AWS, to="aws+westmark@northgate-mc.example",
    subject="[Action Required] Amazon RDS for PostgreSQL 14 end of standard support is February 28, 2027",
    lang="en", fmt="plain",
    body="""Hello,

You are receiving this message because you have one or more Amazon RDS for PostgreSQL 14 database instances in your account. Amazon RDS for PostgreSQL 14 will reach end of standard support on February 28, 2027, in line with the PostgreSQL community's end-of-life schedule.

We recommend that you upgrade your Amazon RDS for PostgreSQL 14 instances to PostgreSQL 16 or higher before February 28, 2027. Upgrading lets you benefit from improved performance, new features and the latest security fixes.

Starting March 1, 2027, any Amazon RDS for PostgreSQL 14 instances that are still running will be automatically enrolled in Amazon RDS Extended Support and you will be charged for it. RDS Extended Support charges are in addition to your existing instance charges and are billed per vCPU-hour. Pricing for Year 1 and Year 2 is listed on the Amazon RDS pricing page.

If you do not want to run on RDS Extended Support, upgrade your instances before that date. You can use Amazon RDS Blue/Green Deployments to perform the major version upgrade with minimal downtime.

A list of your affected resources can be found in the 'Affected resources' tab of the 'Other notifications' section of the AWS Health Dashboard. The affected resources in account 591306624870 at the time of this notice are:

ap-southeast-2: wml-docmgmt-pg (PostgreSQL 14.12)
ap-southeast-2: wml-portal-pg-replica (PostgreSQL 14.12)

For more information, see:
- Upgrading the PostgreSQL DB engine for Amazon RDS: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html
- Using Amazon RDS Extended Support: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html

""" + SUPPORT + """

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r017", provider="AWS", label="action-required", deadline="2026-10-31",
    date="2026-08-04 18:45:30 +0000", sender=AWS, to="aws+sakae@northgate-mc.example",
    subject="[Action Required] AWS Lambda end of support for Python 3.10",
    lang="en", fmt="plain",
    body="""Hello,

We are contacting you as we have identified that your AWS Account currently has one or more AWS Lambda functions using the Python 3.10 runtime.

We are ending support for Python 3.10 in Lambda on October 31, 2026. This follows Python 3.10 End-Of-Life (EOL), which is scheduled for October 2026 [1].

As described in the Lambda runtime support policy [2], end of support for language runtimes in Lambda happens in several stages. Starting on October 31, 2026, Lambda will no longer apply security patches and other updates to the Python 3.10 runtime used by Lambda functions, and functions using Python 3.10 will no longer be eligible for technical support. Also, Python 3.10 will no longer be available in the AWS Console, although you can still create and update functions that use Python 3.10 via AWS CloudFormation, the AWS CLI, AWS SAM, or other tools. Starting December 1, 2026, you will no longer be able to create new Lambda functions using the Python 3.10 runtime. Starting January 5, 2027, you will no longer be able to update existing functions using the Python 3.10 runtime.

We recommend that you upgrade your existing Python 3.10 functions to Python 3.13 before October 31, 2026.

End of support does not impact function execution. Your functions will continue to run. However, they will be running on an unsupported runtime which is no longer maintained or patched by the AWS Lambda team.

The following command shows how to use the AWS CLI [3] to list all functions in a specific region using Python 3.10, along with the function version.

aws lambda list-functions --function-version ALL --region ap-northeast-1 --output text --query "Functions[?Runtime=='python3.10'].FunctionArn"

A list of your affected functions can be found in the 'Affected resources' tab of the AWS Health Dashboard.

[1] https://devguide.python.org/versions/
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
[3] https://aws.amazon.com/cli/

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r018", provider="AWS", label="action-required", deadline="2026-08-21",
    date="2026-08-07 12:18:44 +0000", sender=AWS, to="aws+coralcoast@northgate-mc.example",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
    lang="en", fmt="alt", brand="Amazon Web Services", accent="#232f3e",
    preheader="One or more of your Amazon EC2 instances is scheduled for retirement.",
    body="""Hello,

EC2 has detected degradation of the underlying hardware hosting your Amazon EC2 instance (instance-ID: i-0e6b3d1f48a92c57d) associated with your AWS account (AWS Account ID: 730519846213) in the ap-southeast-2 region. Due to this degradation your instance could already be unreachable. We will stop your instance after 2026-08-21 03:00:00 UTC.

Instance details:
Name: coral-bookings-worker-02
Instance type: t3.large
Root device type: EBS

Due to this degradation, your instance could already be unreachable. After 2026-08-21 03:00:00 UTC your instance, which has an EBS volume as the root device, will be stopped.

You can see more information on your instances that are scheduled for retirement in the AWS Management Console (https://console.aws.amazon.com/ec2/v2/home?region=ap-southeast-2#Events)

* How does this affect you?
Your instance's root device is an EBS volume and the instance will be stopped after the specified retirement date. You can start it again at any time. Note that if you have EC2 instance store volumes attached to the instance, any data on these volumes will be lost when the instance is stopped or terminated as these volumes are physically attached to the host computer.

* What do you need to do?
You may still be able to access the instance. We recommend that you replace the instance by creating an AMI of your instance and launching a new instance from the AMI, or that you stop and start the instance yourself before the retirement date, which moves it to healthy hardware.

* Why retirement?
AWS may schedule instances for retirement in cases where there is an unrecoverable issue with the underlying hardware.

If you have any questions or concerns, you can contact the AWS Support Team on the community forums and via AWS Premium Support at: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210

Reference: https://aws.amazon.com/terms/
""",
),
dict(
    id="r019", provider="AWS", label="action-required", deadline="2026-09-17",
    date="2026-08-03 07:31:19 +0000",
    sender=("Amazon Certificate Manager", "no-reply@certificates.amazon.com"),
    to="aws+sakae@northgate-mc.example",
    subject="Certificate renewal for *.sakae-print.example requires action",
    lang="en", fmt="plain",
    body="""Greetings from Amazon Web Services,

This is a notification that AWS Certificate Manager (ACM) was unable to automatically renew the certificate below. The certificate expires on September 17, 2026. To renew the certificate, you must take action before it expires. If the certificate expires, the resources that use it, such as load balancers and CloudFront distributions, will present an expired certificate to your users.

AWS account ID: 412733580962
AWS Region name: ap-northeast-1
Certificate identifier: arn:aws:acm:ap-northeast-1:412733580962:certificate/6c1f2a9e-83d0-4b7e-a5c2-91f0d4e7b318
Domain names: *.sakae-print.example, sakae-print.example
In use by: arn:aws:elasticloadbalancing:ap-northeast-1:412733580962:loadbalancer/app/sakae-proof-portal/4e9a2b71c03d58f6

ACM could not validate the following domain names because the CNAME records used for DNS validation were not found:

_3f8e21a4c9d07b56e1.sakae-print.example
_a90c5e7d214f86b3c2.www.sakae-print.example

These records may have been removed during a recent change to the DNS zone for sakae-print.example, which is not hosted in Amazon Route 53.

To renew this certificate, add the CNAME records shown in the ACM console back to your DNS configuration. ACM will retry validation automatically within a few hours after the records are found. You do not need to request a new certificate.

For more information, see "Managed renewal for ACM certificates": https://docs.aws.amazon.com/acm/latest/userguide/managed-renewal.html

If you have questions about this process, please use the Support Center at https://console.aws.amazon.com/support to contact AWS Support.

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r020", provider="AWS", label="action-required", deadline="2026-11-14",
    date="2026-08-04 21:09:02 +0000", sender=AWS, to="aws+westmark@northgate-mc.example",
    subject="[Action Required] Update your Amazon RDS SSL/TLS certificates by November 14, 2026",
    lang="en", fmt="plain",
    fwd=dict(
        sender=("Priya Raman", "priya.raman@northgate-mc.example"),
        to="melbourne-ops@northgate-mc.example",
        date="2026-08-05 09:02:51 +1000",
        note="""Morning all,

Another CA rotation. This affects the two Westmark databases that the document management app talks to with verify-full. The app bundles its own CA file, so it will break if we rotate the server cert without updating the bundle first. I've raised CHG-4471 to do the client side first, then rotate the instances during Westmark's Sunday window.

Priya""",
    ),
    body="""Hello,

You are receiving this message because you have one or more Amazon RDS DB instances in the ap-southeast-2 region that use the rds-ca-rsa2048-g1-legacy certificate authority (CA). This CA expires on November 14, 2026. To avoid interruption of your connections, you must update your DB instances to a newer CA before that date.

Affected DB instances in account 591306624870:
wml-docmgmt-pg
wml-portal-pg-replica

What you need to do:

1. Download the updated certificate bundle from https://truststore.pki.rds.amazonaws.com/ and update the trust store of every application that connects to these instances with certificate verification enabled (for example, sslmode=verify-ca or verify-full).
2. Modify each DB instance to use rds-ca-rsa2048-g1 (or rds-ca-ecc384-g1 / rds-ca-rsa4096-g1). Changing the CA requires a restart of the DB instance; you can apply the change immediately or during the next maintenance window.

If you do not complete these steps before November 14, 2026, applications that validate the server certificate will fail to connect to your DB instances after the CA expires. Applications that do not validate the certificate will not be affected but remain exposed to certain man-in-the-middle risks.

You can see the affected resources in the AWS Health Dashboard. For step-by-step guidance, see "Rotating your SSL/TLS certificate" in the Amazon RDS User Guide: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

""" + SUPPORT + """

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r021", provider="AWS", label="action-required", deadline="2026-11-26",
    date="2026-08-17 15:40:26 +0000", sender=AWS, to="aws+hida@northgate-mc.example",
    subject="Amazon EKS Kubernetes version 1.31 end of standard support",
    lang="en", fmt="plain",
    body="""Hello,

You are receiving this message because you currently have one or more Amazon EKS clusters running Kubernetes version 1.31. Standard support for Kubernetes version 1.31 in Amazon EKS will end on November 26, 2026.

Affected clusters in account 268840157392:
ap-northeast-1: hida-prod-eks (1.31)
ap-northeast-3: hida-dr-eks (1.31)

We recommend that you upgrade your clusters to version 1.33 or later before November 26, 2026. Upgrading your cluster to a version in standard support gives you access to the latest features and security patches at the standard price.

What happens if you do not upgrade?

On November 27, 2026, clusters still running version 1.31 will automatically enter extended support. Clusters in extended support are charged at $0.60 per cluster per hour, instead of $0.10 per cluster per hour for standard support. Extended support for version 1.31 ends on November 26, 2027, after which Amazon EKS will automatically upgrade the control plane to the oldest version in extended support. Managed node groups and self-managed nodes are not upgraded automatically.

If you do not want a cluster to enter extended support, you can set its upgrade policy to STANDARD. The cluster will then be automatically upgraded to the next version at the end of standard support instead, which may affect workloads that depend on removed APIs.

Before upgrading, review the Kubernetes 1.32 and 1.33 release notes for removed APIs, and use EKS upgrade insights in the console to identify workloads that use deprecated APIs.

For more information, see: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html

""" + SUPPORT + """

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r022", provider="AWS", label="action-required", deadline="2026-09-15",
    date="2026-08-10 13:15:57 +0000", sender=AWS, to="aws+coralcoast@northgate-mc.example",
    subject="Action needed: register an MFA device for your root user",
    lang="en", fmt="plain",
    body="""Hello,

At AWS, security is our top priority. We are writing to let you know that beginning September 15, 2026, the root user of your AWS account 730519846213 will be required to use multi-factor authentication (MFA) when signing in to the AWS Management Console.

Our records show that the root user of this account does not have an MFA device registered. To continue to sign in as the root user after September 15, 2026, register an MFA device before that date.

Starting on that date, if the root user signs in without MFA registered, we will ask you to register a device during sign-in before you can continue. If the person signing in does not have access to a supported MFA device at that moment, they will not be able to complete the sign-in. Sign-in for IAM users and IAM Identity Center users is not affected by this change.

To register an MFA device:

1. Sign in to the AWS Management Console as the root user.
2. Open the account menu and choose Security credentials.
3. Under Multi-factor authentication (MFA), choose Assign MFA device.
4. Choose a passkey, security key, authenticator app or hardware TOTP token, and follow the instructions.

You can register up to eight MFA devices of any combination for the root user. We recommend registering at least two, stored separately, so that you can recover access if a device is lost.

If your organization manages this account through AWS Organizations, you may instead choose to centrally manage root access for member accounts and remove the root user credentials.

To learn more, visit: https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r023", provider="AWS", label="action-required", deadline=None, no_date_ok=True,
    date="2026-08-28 06:52:13 +0000", sender=AWS_HEALTH, to="aws+hida@northgate-mc.example",
    subject="AWS Health Event: Amazon EBS volume lost redundancy",
    lang="en", fmt="plain",
    body="""Hello,

One or more of your Amazon Elastic Block Store (EBS) volumes in the ap-northeast-1 region is running on degraded hardware and has lost redundancy. Due to a failure of the underlying storage servers, we were unable to restore redundancy automatically, and the volume may fail in the near future.

AWS account: 268840157392
Volume ID: vol-0d3e7a51b92c84f06
Size: 500 GiB (gp3)
Availability Zone: ap-northeast-1c
Attached to: i-0a4f61c8d3e29b75e (hida-fileshare-01), /dev/sdf
Status: impaired (I/O enabled)

What you need to do:

We recommend that you take the following steps as soon as possible:

1. Create a snapshot of the volume if you do not already have a recent one. If the snapshot does not complete, use the most recent available snapshot or restore data from your own backups.
2. Create a new volume from the snapshot in the same Availability Zone.
3. Stop the application, detach the impaired volume and attach the new volume in its place.
4. After you have verified your data, delete the impaired volume to stop incurring charges for it.

Until you replace the volume, there is an increased risk of data loss. Reads and writes may also be slower than usual.

You can view the status of this event and the affected resource in the AWS Health Dashboard at https://health.aws.amazon.com/health/home#/account/dashboard/open-issues

If you need assistance, please contact AWS Support and reference the event ARN below.

Event ARN: arn:aws:health:ap-northeast-1::event/EBS/AWS_EBS_VOLUME_LOST/AWS_EBS_VOLUME_LOST_5e2c7d18-6f0a-49b3-8c21-a47d9e03b6f2

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r024", provider="AWS", label="action-required", deadline="2026-10-01",
    date="2026-08-05 10:58:40 +0000", sender=AWS, to="aws+sakae@northgate-mc.example",
    subject="Action needed: TLS 1.0 and 1.1 connections detected on your AWS account",
    lang="en", fmt="plain",
    body="""Hello,

We are contacting you because our records show that clients in your AWS account 412733580962 are still connecting to AWS service API endpoints using TLS version 1.0 or 1.1. As previously announced, AWS will require TLS 1.2 or later for all connections to the API endpoints of the services listed below in all AWS Regions starting October 1, 2026.

After that date, clients that do not support TLS 1.2 will be unable to connect to these endpoints, and their requests will fail.

Connections using TLS 1.0/1.1 observed in the last 30 days:

Service: Amazon SQS    Region: ap-northeast-1    Requests: 118,402
   User agent: aws-sdk-java/1.11.163 Linux/3.10.0 Java_HotSpot(TM)_64-Bit_Server_VM/25.51-b03
Service: Amazon S3     Region: ap-northeast-1    Requests: 9,877
   User agent: aws-cli/1.10.56 Python/2.7.5 Linux/3.10.0
Principal: arn:aws:iam::412733580962:user/sakae-rip-server

To avoid disruption, please update or configure the affected clients to use TLS 1.2 or later before October 1, 2026. In most cases this means upgrading the AWS SDK or AWS CLI and the underlying runtime (for example, Java 8u161 or later, or a supported Python version) or updating the operating system's TLS libraries.

You can identify the clients that use older TLS versions with AWS CloudTrail: the tlsDetails field of each event records the TLS version used. A CloudTrail Lake query example is available in the blog post linked below.

For more information, see the AWS Security Blog: https://aws.amazon.com/blogs/security/tls-1-2-required-for-aws-endpoints/

""" + SUPPORT + """

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r025", provider="AWS", label="action-required", deadline="2026-10-20", bland=True,
    date="2026-08-24 19:27:45 +0000", sender=AWS, to="aws+westmark@northgate-mc.example",
    subject="Notice about your AWS Systems Manager managed nodes",
    lang="en", fmt="plain",
    body="""Hello,

We are reaching out because you have one or more Amazon EC2 instances or hybrid managed nodes in your account running a version of the AWS Systems Manager Agent (SSM Agent) earlier than 3.2.582.0.

On October 20, 2026, Systems Manager will stop supporting SSM Agent versions earlier than 3.2.582.0. After this date, nodes running these versions will lose the ability to use Session Manager, Run Command and Patch Manager, and will show as "Connection lost" in Fleet Manager. Your instances will continue to run, but you will no longer be able to manage or patch them through Systems Manager until the agent is updated.

To avoid disruption, update SSM Agent on the affected nodes before October 20, 2026. The simplest way to do this is to run the AWS-UpdateSSMAgent document using Run Command, or to create a State Manager association that keeps the agent updated automatically.

Affected nodes in account 591306624870 (ap-southeast-2):

i-03f7c2a9d81e65b40   wml-fileserver-01     SSM Agent 3.1.1732.0   Windows Server 2016
i-0b91e4d57a2c836f1   wml-scan-gw           SSM Agent 3.0.1390.0   Amazon Linux 2
mi-0e7a52c19f4d3b806  wml-office-nas        SSM Agent 3.1.1080.0   Ubuntu 18.04 (hybrid)

Note that hybrid nodes running on operating systems that are no longer supported by SSM Agent, such as Ubuntu 18.04, may need an operating system upgrade before the latest agent can be installed.

For more information, see "Working with SSM Agent": https://docs.aws.amazon.com/systems-manager/latest/userguide/ssm-agent.html

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r026", provider="AWS", label="action-required", deadline="2026-09-09", bland=True,
    date="2026-08-10 00:04:11 +0000", sender=R53, to="aws+hida@northgate-mc.example",
    subject="Notice regarding your domain registration",
    lang="en", fmt="plain",
    body="""Dear Amazon Route 53 customer,

This is a reminder that the following domain registered with Amazon Route 53 in AWS account 268840157392 is scheduled to expire. Automatic renewal is currently disabled for this domain, so it will not be renewed unless you take action.

Domain name: hidatimber.example
Expiration date: September 9, 2026 (UTC)
Auto renew: Disabled
Registrant contact: Hida Timber Co., Ltd. (IT Department)

If you want to keep this domain, please renew it before the expiration date. You can do one of the following:

- Enable automatic renewal in the Route 53 console (Registered domains > hidatimber.example > Actions > Turn on auto-renew). The domain will then be renewed automatically before it expires, and the renewal fee will be charged to your AWS account.
- Renew the domain manually now by choosing Actions > Renew domain.

If the domain expires, your website, email and any other services that depend on it will stop working. Depending on the top-level domain, you may be able to restore an expired domain during a grace period, but a restoration fee may apply and restoration is not guaranteed. After the grace period, the domain may become available for registration by others.

The current renewal price for this domain is listed on the Amazon Route 53 pricing page for domain registration.

To manage your domains, sign in to the console: https://console.aws.amazon.com/route53/domains/home

Regards,
Amazon Route 53

""" + FOOTER,
),
dict(
    id="r027", provider="AWS", label="action-required", deadline="2026-08-29", rel=("days", 15),
    date="2026-08-14 03:36:48 +0000", sender=R53, to="aws+coralcoast@northgate-mc.example",
    subject="Verify your email address for coralcoast-tourism.example",
    lang="en", fmt="plain",
    body="""Dear Amazon Route 53 customer,

You recently registered, transferred or changed the registrant contact for the following domain in AWS account 730519846213:

Domain name: coralcoast-tourism.example
Registrant contact email: hostmaster@coralcoast-tourism.example

The Internet Corporation for Assigned Names and Numbers (ICANN) requires that we verify that the registrant email address is valid. To verify the address, click the link below:

https://registrar.amazon.com/verify?token=8c3f1e0a7b29d46e5f81a3c2b07d9e64

Please complete the verification within 15 days of this email. If you do not verify your email address within 15 days, ICANN rules require us to suspend the domain. When a domain is suspended, it is removed from the internet and your website and email stop working until the email address is verified.

If you did not request this change, or you believe you received this email in error, please contact AWS Support.

If the link does not work, you can resend the verification email from the Route 53 console: choose Registered domains, choose the domain name, and then choose "Send email again" in the domain details.

Note that the verification link is valid only for this request. If you change the registrant contact email again, we will send a new verification email to the new address.

For more information about this requirement, see "Verifying the registrant email address" in the Amazon Route 53 Developer Guide: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-contact-verification.html

Regards,
Amazon Route 53

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Amazon Route 53 is a registered domain name registrar. Please do not reply to this message.
""",
),
dict(
    id="r028", provider="AWS", label="action-required", deadline="2026-10-30",
    date="2026-08-27 17:11:06 +0000", sender=AWS, to="aws+coralcoast@northgate-mc.example",
    subject="Reminder: AWS Elastic Beanstalk platform branches retiring on October 30, 2026",
    lang="en", fmt="plain",
    body="""Hello,

This is a reminder that AWS Elastic Beanstalk will retire the following platform branches on October 30, 2026. You are receiving this message because one or more of your Elastic Beanstalk environments use a platform version from these branches.

Retiring platform branches:
- PHP 8.1 running on 64bit Amazon Linux 2023
- Node.js 18 running on 64bit Amazon Linux 2023

Affected environments in account 730519846213:
ap-southeast-2  coral-specials-prod    PHP 8.1 running on 64bit Amazon Linux 2023/4.3.2
ap-southeast-2  coral-specials-staging PHP 8.1 running on 64bit Amazon Linux 2023/4.3.2
ap-southeast-4  coral-partner-api      Node.js 18 running on 64bit Amazon Linux 2023/6.2.1

After the retirement date, Elastic Beanstalk will no longer provide security updates, technical support or hotfixes for these branches, and you will not be able to create new environments based on them. Existing environments will continue to run, but managed platform updates will stop.

We recommend that you migrate your environments to a supported platform branch, such as PHP 8.3 or Node.js 22 running on 64bit Amazon Linux 2023, before October 30, 2026. You can migrate by performing a blue/green deployment: clone the environment to the new platform branch, test your application, and then swap the environment URLs.

For the full platform retirement schedule, see: https://docs.aws.amazon.com/elasticbeanstalk/latest/platforms/platforms-schedule.html

""" + SUPPORT + """

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r029", provider="AWS", label="action-required", deadline="2026-08-16", bland=True,
    date="2026-08-09 08:49:37 +0000", sender=AWS_HEALTH, to="aws+coralcoast@northgate-mc.example",
    subject="AWS Health Event",
    lang="en", fmt="plain",
    body="""Hello,

We have important news about your account (AWS Account ID: 730519846213). EC2 has detected degradation of the underlying hardware hosting your Amazon EC2 instance in the ap-southeast-4 region. Due to this degradation, your instance could already be unreachable. After 2026-08-16 00:00 UTC your instance will be stopped.

Event type: AWS_EC2_INSTANCE_STOP_SCHEDULED
Region: ap-southeast-4
Affected instance: i-05c9e2d7a4f13b68e (coral-vpn-gw-mel)
Scheduled stop: 2026-08-16 00:00 UTC

The instance has an EBS root volume, so your data will be preserved when the instance is stopped. However, the instance will remain stopped until you start it again, and any applications running on it will be unavailable in the meantime.

What do you need to do?

We recommend that you stop and start the instance yourself before the scheduled time, during a period that suits you. When you stop and start the instance, it is moved to new, healthy hardware and the scheduled event is cancelled. Note that rebooting the instance does not move it to new hardware.

Please also note:
- The public IPv4 address of the instance will change unless it uses an Elastic IP address. This instance does not have an Elastic IP address associated.
- Data on instance store volumes, if any, will be lost.

You can view this event in the AWS Health Dashboard: https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r030", provider="AWS", label="action-required", deadline="2026-09-30",
    date="2026-08-31 02:26:51 +0000", sender=AWS, to="aws+westmark@northgate-mc.example",
    subject="[Action Required] IAM Identity Center SAML certificate expiring for application 'Westmark Intranet'",
    lang="en", fmt="plain",
    body="""Hello,

You are receiving this message because a SAML 2.0 signing certificate used by AWS IAM Identity Center for one of your customer managed applications is approaching its expiration date.

Account: 591306624870 (organization management account)
Identity Center instance: ssoins-8259f03c1a7e4d62
Region: ap-southeast-2
Application: Westmark Intranet (apl-4c7b19e02f85a3d6)
Certificate expiration: September 30, 2026 00:00 UTC

When the certificate expires, users will no longer be able to sign in to this application through the AWS access portal, because the application will reject SAML assertions signed with the expired certificate.

To avoid disruption, complete the following steps before September 30, 2026:

1. In the IAM Identity Center console, go to Applications, choose Westmark Intranet, and open the IAM Identity Center metadata section.
2. Choose Manage certificate, then Rotate certificate. This creates a new certificate while keeping the current one active.
3. Download the new metadata file or certificate and upload it to the service provider configuration of the application (your intranet's SAML settings).
4. After confirming that sign-in works with the new certificate, set the new certificate as active and delete the old one.

Applications that were set up from the IAM Identity Center application catalog may have additional steps, described in the documentation for each application.

For more information, see "Manage IAM Identity Center certificates": https://docs.aws.amazon.com/singlesignon/latest/userguide/managecerts.html

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r031", provider="AWS", label="action-required", deadline="2026-10-14", bland=True,
    date="2026-08-18 23:41:29 +0000", sender=AWS, to="aws+westmark@northgate-mc.example",
    subject="Notice regarding your Amazon WorkSpaces",
    lang="en", fmt="plain",
    body="""Hello,

You are receiving this message because you have one or more Amazon WorkSpaces in your account that run on a Windows 10 based bundle.

Microsoft ended support for Windows 10 in October 2025, and Extended Security Updates for Windows 10 bundles provided through Amazon WorkSpaces will end on October 14, 2026. After that date, WorkSpaces running Windows 10 bundles will no longer receive security updates from AWS, and we will no longer be able to help you troubleshoot issues that relate to the operating system.

Affected resources in account 591306624870 (ap-southeast-2):

Directory d-97671b3c2e (westmarklegal.example)
  18 WorkSpaces using bundle wsb-9f2c1d7k4 (Standard with Windows 10 and Office 2016)
  3 WorkSpaces using custom bundle wsb-b83m0q5rx (WML-Win10-LegalApps)

Please migrate these WorkSpaces to a Windows 11 or Windows Server 2022 based bundle before October 14, 2026. We recommend that you:

1. Create a custom image based on a Windows 11 bundle and install your applications.
2. Test the new image with a small group of users.
3. Migrate WorkSpaces using the Migrate WorkSpace feature, which keeps the user volume (D: drive) and creates a new root volume from the target bundle.

If you bring your own Windows licenses (BYOL), make sure your image meets the requirements for Windows 11 BYOL, including TPM and Secure Boot support.

For more information, see "Migrate a WorkSpace" in the Amazon WorkSpaces Administration Guide: https://docs.aws.amazon.com/workspaces/latest/adminguide/migrate-workspaces.html

""" + SUPPORT + """

Sincerely,
Amazon Web Services

""" + FOOTER,
),
]
