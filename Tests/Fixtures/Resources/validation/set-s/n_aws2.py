from common import N

AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")
HEALTH = ("AWS Health", "no-reply-aws@amazon.com")
MKT = ("Amazon Web Services", "aws-marketing-email-replies@amazon.com")
BILL = ("AWS Billing", "aws-receivables-support@email.amazonaws.com")

NOTICES = [
N("r11", AWS, "aws-tide", "Amazon SNS: update message signature verification by June 8, 2027",
  "2027-04-05 18:20:00 +0000", "action-required", "2027-06-08", ref="SNS-SIGV-2027", foot="aws",
  body="""
Hello,

We are reaching out because you have Amazon SNS topics in account 3187-4402-9916 with HTTP/S subscriptions that receive messages signed with SignatureVersion 1 (SHA1).

On June 8, 2027, Amazon SNS will stop signing messages with SignatureVersion 1 and will sign all messages delivered to HTTP/S endpoints using SignatureVersion 2 (SHA256). At the same time, SNS will rotate the certificate used for signing to a new certificate issued under a different intermediate CA.

What you need to do:
By June 8, 2027, confirm that every application that receives SNS messages over HTTP/S can verify SignatureVersion 2 signatures, and that it downloads the signing certificate from the SigningCertURL in each message rather than using a pinned or locally cached certificate. If your endpoint verifies signatures with an official AWS SDK released in the last three years, no code change is usually needed. You can opt in early by setting the SignatureVersion topic attribute to 2 and testing your endpoint.

Topics with HTTP/S subscriptions:
- arn:aws:sns:ap-northeast-1:318744029916:tidewater-shipment-events
- arn:aws:sns:ap-northeast-1:318744029916:tidewater-partner-webhooks

If an endpoint cannot verify the new signatures, it may reject messages after the change, and deliveries will be retried and then discarded according to the delivery policy of the subscription.

Verifying the signatures of Amazon SNS messages: https://docs.aws.amazon.com/sns/latest/dg/sns-verify-signature-of-message.html

Sincerely,
Amazon Web Services
"""),

N("r13", ("Amazon Web Services", "aws-verification@verify.signin.aws"), "aws-hak", "Your AWS account",
  "2027-04-09 23:58:12 +0000", "action-required", ("days", 14), ref="ACCT-CONTACT-8821", foot="aws",
  bland=True, body="""
Hello,

We are writing to ask you to confirm the contact information on your AWS account 4021-6638-1157 (hakone-ryokan-prod).

During a routine review, we were unable to verify the phone number listed in the primary contact information for this account. Messages sent to the number were returned as undeliverable. Accurate contact details help us reach you quickly about security issues, billing matters and service events affecting your resources.

Please sign in to the AWS Management Console within 14 days of the date of this email, open the Account page, and update or confirm:
- Full name and company name
- Phone number (including country code)
- Mailing address
- Alternate contacts for billing, operations and security

If we are unable to confirm your contact information within 14 days, we may limit access to some features of your account until the information is verified. Your running resources will not be affected while you complete this request.

To update your account information, go to: https://console.aws.amazon.com/billing/home#/account

This message was sent to the email address associated with the root user of the account. If you did not expect this message, or if you believe it was sent in error, contact AWS Support through the console. AWS will never ask you to provide your password or credit card number by email.

Thank you,
AWS Customer Service
"""),

N("r14", AWS, "aws-suz", "Amazon MQ for ActiveMQ 5.17 end of support on June 16, 2027",
  "2027-04-22 16:35:00 +0000", "action-required", "2027-06-16", ref="MQ-AMQ517", foot="aws",
  kind="alt", body="""
Hello,

Amazon MQ will end support for ActiveMQ version 5.17 on June 16, 2027. You are receiving this message because the following brokers in your account use this version:

Account: 5520-1873-0043
Region: ap-northeast-1
- suzuran-rx-orders (mq.m5.large, active/standby)
- suzuran-notify-dev (mq.t3.micro, single-instance)

After June 16, 2027, Amazon MQ will automatically upgrade brokers running ActiveMQ 5.17 to version 5.18 during their scheduled maintenance windows. An automatic upgrade causes a short interruption while the broker restarts. We recommend that you upgrade your brokers yourself before June 16, 2027, so that you can test your applications with the new version and choose the timing of the restart.

You can upgrade a broker in the Amazon MQ console by editing the broker and selecting a new engine version, or by calling the UpdateBroker API with the EngineVersion parameter. If you turn on automatic minor version upgrades, your brokers will stay on the latest supported patch version of 5.18.

Before upgrading, review the ActiveMQ 5.18 release notes. Version 5.18 requires clients using the OpenWire protocol to be compatible with Java 11 or later, and some deprecated configuration elements are no longer accepted.

Amazon MQ version management: https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/activemq-version-management.html

If you have questions or concerns, please contact AWS Support.

Sincerely,
Amazon Web Services
"""),

N("r15", ("Amazon Route 53", "no-reply-aws@amazon.com"), "aws-tide", "Reminder: hakone-tidewater-logistics.example expires on May 3, 2027",
  "2027-04-03 06:00:00 +0000", "action-required", "2027-05-03", ref="R53D-EXP-2027", foot="aws",
  body="""
Dear AWS customer,

The registration for the following domain will expire soon, and automatic renewal is turned off:

Domain name: hakone-tidewater-logistics.example
AWS account: 3187-4402-9916
Expiration date: May 3, 2027
Auto-renew: Disabled

If you want to keep this domain, you must renew it or turn on automatic renewal before the expiration date. To turn on automatic renewal, open the Amazon Route 53 console, choose Registered domains, choose the domain, and then choose Enable in the Auto-renew section. To renew immediately, choose "Renew domain".

If you don't renew the domain, it will expire on May 3, 2027. After expiration, websites and email that use the domain will stop working. For most top-level domains there is a grace period after expiration during which you can still renew the domain for the standard price, and then a redemption period during which restoration carries an additional fee. After the redemption period the domain is released and may be registered by someone else.

If you no longer need this domain, you don't need to do anything.

Route 53 console: https://console.aws.amazon.com/route53/domains/home
Renewing registration for a domain: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-renew.html

Regards,
Amazon Route 53
"""),

N("v01", AWS, "sec", "AWS Security Bulletin AWS-2027-011: CVE-2027-31842 in OpenSSH",
  "2027-04-08 21:00:00 +0000", "security-advisory", "none", ref="AWS-2027-011", foot="aws-mkt",
  kind="alt", body="""
AWS Security Bulletin
Bulletin ID: AWS-2027-011
Scope: AWS
Content Type: Important (requires attention)
Publication Date: 2027/04/08 13:00 PDT

Description:
AWS is aware of CVE-2027-31842, a vulnerability disclosed in the OpenSSH server (sshd) affecting versions 9.6 through 10.1. Under certain non-default configurations that use GSSAPI key exchange, a remote unauthenticated attacker could cause a use-after-free in the pre-authentication process, which may lead to denial of service and, in limited circumstances, code execution.

AWS services:
AWS has analyzed our managed services and has found no impact to services that are managed by AWS. No customer action is required for these services.

Amazon Linux:
Updated openssh packages are available for Amazon Linux 2023 (ALAS2023-2027-1187). Amazon Linux 2 is not affected because it ships a version of OpenSSH outside the affected range.

Customer action:
Customers running their own operating systems on Amazon EC2, or who have built container images that include an affected OpenSSH server, should apply the updates made available by their operating system vendor. As a defense-in-depth measure, we recommend restricting SSH access to trusted address ranges in your security groups, or using AWS Systems Manager Session Manager instead of exposing port 22.

References:
CVE-2027-31842
Amazon Linux Security Center: https://alas.aws.amazon.com/

Please contact AWS Security at aws-security@amazon.com with any questions or concerns.
"""),

N("v02", ("AWS Trusted Advisor", "no-reply-aws@amazon.com"), "aws-elm", "Security recommendations for your AWS account",
  "2027-04-19 10:00:00 +0000", "security-advisory", "none", ref="TA-SEC-WEEKLY", foot="aws",
  kind="html", body="""
Hello,

AWS Trusted Advisor has identified security recommendations for account 6694-0152-7730 (elmstone-prod). These checks look for common configuration issues. They do not indicate that your account has been accessed without authorization.

Action recommended (red):
- IAM access key rotation: 3 access keys have not been rotated in more than 365 days (users: render-sync, backup-agent, legacy-ftp).
- Security groups - specific ports unrestricted: 2 security groups allow inbound access to port 3389 from 0.0.0.0/0 (sg-0a14c7e2d9f3b6a01, sg-07fd2e66c1a8b4e53).

Investigation recommended (yellow):
- Amazon S3 bucket permissions: 1 bucket (elmstone-public-assets) allows list access to everyone.
- MFA on IAM users with console access: 4 users do not have MFA enabled.
- CloudTrail logging: trail is not configured for all regions.

We recommend that you review these items and address those that are not intentional. For example, you can restrict RDP access to your office address ranges or to a VPN, remove the public list permission from the bucket while keeping object read access if required, and replace long-term access keys with IAM roles.

You can view the full results, exclude resources that you have reviewed, and change how often you receive this summary on the Trusted Advisor dashboard: https://console.aws.amazon.com/trustedadvisor/home

To stop receiving weekly Trusted Advisor notifications, update your preferences in the Trusted Advisor console.

Thank you,
AWS Trusted Advisor
"""),

N("m01", HEALTH, "aws-tide", "AWS Health Event - EC2 scheduled reboot",
  "2027-04-12 02:00:00 +0000", "maintenance", "2027-04-21", ref="AWS_EC2_SYSTEM_REBOOT_MAINTENANCE_SCHEDULED", foot="aws",
  body="""
Hello,

One or more of your Amazon EC2 instances in the ap-northeast-1 region are scheduled for a system reboot as part of maintenance on the underlying host.

Scheduled window (UTC): April 21, 2027 02:00 - April 21, 2027 04:00
Event type: system-reboot

Affected instances (account 3187-4402-9916):
- i-04e5b2c3a9f8d1067 (tidewater-tms-app-1)
- i-0b9a2f61c4e7d3520 (tidewater-tms-app-2)

During the window, each instance will be rebooted once. The reboot normally completes within a few minutes. Your instance configuration, IP addresses and instance store data remain unchanged, and no action is required on your part.

If you prefer to control the timing, you can reschedule the event to a different time up to the latest permitted date shown in the EC2 console, under Events. Because these instances are in the same Auto Scaling group, you may wish to reschedule one of them so that both are not rebooted in the same window.

You can view the full list of scheduled events for your account in the EC2 console or by using the describe-instance-status command. Details are also available in the AWS Health Dashboard.

Scheduled events for your instances: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html
AWS Health Dashboard: https://health.aws.amazon.com/health/home

Sincerely,
Amazon Web Services
"""),

N("m02", AWS, "aws-suz", "Notice", "2027-04-14 12:30:00 +0000", "maintenance", "2027-04-28",
  ref="RDS-MAINT-MINOR", foot="aws", bland=True, body="""
Hello,

We are writing to inform you that a minor version upgrade has been scheduled for Amazon RDS for MySQL DB instances in your account 5520-1873-0043 in the Asia Pacific (Tokyo) Region.

The upgrade from MySQL 8.0.41 to MySQL 8.0.44 will be applied during the maintenance window of each DB instance beginning April 28, 2027. This minor version contains fixes for bugs and security issues reported by the MySQL community.

Affected DB instances and maintenance windows (UTC):
- suzuran-inventory-mysql: Wed 17:00-17:30
- suzuran-reporting-mysql: Wed 18:00-18:30

During the upgrade, the DB instance will restart, which typically results in a few minutes of downtime for Single-AZ deployments and a failover for Multi-AZ deployments.

No action is required if the scheduled maintenance window is suitable. If you would like to apply the upgrade at a different time, you can change the maintenance window, or apply the upgrade immediately from the RDS console. Automatic minor version upgrade is enabled for these instances; you can change this setting by modifying the DB instance.

For more information, see: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html

Sincerely,
Amazon Web Services
"""),

N("m03", HEALTH, "noc", "[AWS Direct Connect] Planned maintenance at Equinix TY2",
  "2027-04-06 08:15:00 +0000", "maintenance", "2027-05-06", ref="AWS_DIRECTCONNECT_MAINTENANCE_SCHEDULED", foot="aws",
  kind="alt", body="""
Hello,

We will be performing planned maintenance on the AWS Direct Connect router at the Equinix TY2 location in Tokyo. During this maintenance, the following connections will be unavailable for up to 2 hours within the window below.

Start time: Thu, 6 May 2027 15:00:00 GMT
End time:   Thu, 6 May 2027 19:00:00 GMT

Affected connections (account 7718-2290-4450):
- dxcon-fg4k2m1p (1Gbps, Kamome-TY2-primary)
- dxlag-ffr9x0c3 member dxcon-fh2s8n7q (10Gbps)

Please note that the maintenance will cause a disruption to any traffic flowing over the connections listed above. We recommend that you shift traffic to a redundant connection, such as your connection at a different Direct Connect location or a Site-to-Site VPN backup, before the start of the maintenance window. For BGP sessions, you can use AS_PATH prepending or remove the advertised routes from the affected virtual interfaces to steer traffic gracefully.

This maintenance is required to upgrade the operating software of the device. We apologize for any inconvenience.

You can review the status of this event in the AWS Health Dashboard: https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes

Sincerely,
Amazon Web Services
"""),

N("m04", AWS, "aws-hak", "Amazon ElastiCache service update scheduled",
  "2027-04-26 05:00:00 +0000", "maintenance", "2027-05-12", ref="elasticache-20270426-001", foot="aws",
  body="""
Hello,

A new service update, elasticache-20270426-001, has been released for Amazon ElastiCache. This update contains security and stability improvements to the engine and host software.

Your clusters in account 4021-6638-1157 (ap-northeast-1) are eligible for this update:
- hakone-session-cache
- hakone-booking-queue
- hakone-search-cache

Severity: Important
Recommended apply by date: May 12, 2027
Auto-update after due date: Yes

If you take no action, the update will be applied automatically starting May 12, 2027 during the maintenance window of each cluster. Nodes are updated one at a time, and for clusters with replicas a failover will take place so that the primary remains available. Clusters without replicas will experience a brief interruption.

You can apply the update earlier from the Service Updates page of the ElastiCache console, or by using the batch-apply-update-action command, and you can check the status of each cluster on the same page.

Self-service updates in Amazon ElastiCache: https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Self-Service-Updates.html

Sincerely,
Amazon Web Services
"""),

N("m05", AWS, "aws-elm", "Scheduled maintenance for your Amazon Redshift cluster",
  "2027-04-20 14:00:00 +0000", "maintenance", "2027-04-25", ref="RS-MAINT-2027-04", foot="aws",
  kind="html", body="""
Hello,

This is a notification that Amazon Redshift will upgrade the following cluster to the latest cluster version during its next maintenance window.

Cluster: elmstone-projects-dw
Account: 6694-0152-7730
Region: ap-northeast-1
Maintenance window: Sun, April 25, 2027, 16:00 - 16:30 UTC
Target version: 1.0.92418

During the upgrade, the cluster will restart and will be unavailable for queries for a short period, typically less than ten minutes. Queries that are running when the restart begins will be cancelled and must be resubmitted. Scheduled queries and data loads will resume after the cluster becomes available.

If this time is not convenient, you can defer the maintenance for up to 45 days, or change the maintenance window, from the Maintenance tab of the cluster in the Amazon Redshift console. Deferring maintenance does not change the cluster version you are running until the maintenance is applied.

This cluster is on the "current" maintenance track. If you would rather receive new versions after they have been in use for longer, you can switch the cluster to the "trailing" track.

Amazon Redshift cluster versions: https://docs.aws.amazon.com/redshift/latest/mgmt/cluster-versions.html

Sincerely,
Amazon Web Services
"""),

N("p01", AWS, "aws", "Upcoming price change for Amazon CloudWatch Logs",
  "2027-04-01 17:00:00 +0000", "pricing", "2027-06-01", ref="CWL-PRICE-2027", foot="aws",
  body="""
Hello,

We are writing to let you know about changes to pricing for Amazon CloudWatch Logs that will take effect on June 1, 2027.

Beginning June 1, 2027, data ingested into log groups in the Standard log class will be billed using the following tiers in all commercial regions:

- First 10 TB per month: $0.50 per GB (unchanged)
- Next 20 TB per month: $0.30 per GB (previously $0.25)
- Next 20 TB per month: $0.15 per GB (previously $0.10)
- Over 50 TB per month: $0.08 per GB (new tier)

At the same time, storage for archived log data will be reduced from $0.03 to $0.025 per GB-month, and the price of Logs Insights queries will not change.

Based on your usage during March 2027, we estimate that these changes would increase your monthly CloudWatch Logs charges for account 7718-2290-4450 and its linked accounts by approximately 6%. The actual impact depends on your usage.

You do not need to take any action. If you would like to reduce costs, consider using the Infrequent Access log class for logs you rarely query, setting retention periods on log groups that currently never expire, and filtering verbose application logs before ingestion.

For details, see the Amazon CloudWatch pricing page: https://aws.amazon.com/cloudwatch/pricing/

Sincerely,
Amazon Web Services
"""),

N("p02", AWS, "aws-elm", "Important information about your account",
  "2027-04-13 19:00:00 +0000", "pricing", "2027-08-01", ref="RDS-ES-PRICE", foot="aws",
  bland=True, body="""
Hello,

We are writing to inform you about a change to Amazon RDS Extended Support pricing that affects DB instances in your account 6694-0152-7730.

Your account has one or more DB instances running Amazon RDS for MySQL 8.0, which are currently in Year 1 of RDS Extended Support. Starting August 1, 2027, these DB instances will move to Year 3 pricing, which is double the rate charged during Years 1 and 2.

Current rate (Years 1-2, Asia Pacific (Tokyo)): $0.112 per vCPU-hour
New rate from August 1, 2027 (Year 3): $0.224 per vCPU-hour

Affected DB instances:
- elmstone-bim-db (db.r6g.xlarge, 4 vCPU)
- elmstone-wiki-db (db.t4g.medium, 2 vCPU)

For these instances, the change would increase your monthly Extended Support charges from about $490 to about $980.

The Year 3 rate is part of our published Extended Support pricing and applies to all customers. You can avoid Extended Support charges by upgrading to a major version that is in standard support, such as MySQL 8.4.

Amazon RDS Extended Support pricing: https://aws.amazon.com/rds/mysql/pricing/

If you have questions, please contact your account team or AWS Support.

Sincerely,
Amazon Web Services
"""),

N("p03", ("AWS Free Tier", "no-reply-aws@amazon.com"), "aws-suz", "Your AWS Free Tier period is ending",
  "2027-04-16 03:00:00 +0000", "pricing", "2027-05-01", ref="FT-END-0430", foot="aws",
  kind="alt", body="""
Hello,

Your AWS account 2290-8811-6047 (suzuran-sandbox) was created on April 30, 2026. The 12-month AWS Free Tier offers for this account end on April 30, 2027.

Beginning May 1, 2027, any usage of services that were previously covered by 12-month Free Tier offers will be charged at standard pay-as-you-go rates. Always-free offers, such as the monthly free allowances for AWS Lambda requests and Amazon DynamoDB storage, will continue to apply.

Based on your current usage, the following resources would begin to incur charges:
- 1 t3.micro instance running 24 hours a day in ap-northeast-1 (about $9.90 per month)
- 30 GB of Amazon EBS gp3 storage (about $2.88 per month)
- 1 db.t4g.micro Amazon RDS instance with 20 GB storage (about $18.50 per month)

Estimated monthly charges from May 2027: $31.28, before taxes.

If you do not want to be charged, stop or delete resources you no longer need before May 1, 2027. You can also create a budget in AWS Budgets to receive an alert when charges exceed an amount you choose.

Track your Free Tier usage: https://console.aws.amazon.com/billing/home#/freetier
AWS Free Tier FAQs: https://aws.amazon.com/free/free-tier-faqs/

Sincerely,
AWS Customer Service
"""),

N("p04", MKT, "aws", "Changes to AWS Support plan pricing",
  "2027-04-27 16:00:00 +0000", "pricing", "2027-07-01", ref="SUPPORT-PRICE-2027", foot="aws-mkt",
  kind="html", body="""
Hello,

We are writing to inform you of changes to the pricing of AWS Business Support+ that take effect on July 1, 2027.

What is changing:
- The minimum monthly fee for Business Support+ will increase from $100 to $150 per account.
- The tiered percentage of monthly AWS usage will change as follows:
  - 10% of monthly AWS charges for the first $0-$10K (unchanged)
  - 7% of monthly AWS charges from $10K-$80K (unchanged)
  - 5% of monthly AWS charges from $80K-$250K (unchanged)
  - 4% of monthly AWS charges over $250K (previously 3%)
- Accounts that enrolled in the annual commitment option before July 1, 2027 keep their current pricing until the end of their commitment term.

Your account 7718-2290-4450 and its 11 linked accounts are enrolled in Business Support+. Based on your charges for the past three months, we estimate that your monthly support charges will increase by about $85 per month.

You do not need to do anything to continue your support plan. If you would like to change your support plan, you can do so at any time on the Support plans page in the console.

Compare AWS Support plans: https://aws.amazon.com/premiumsupport/plans/

Thank you for being an AWS customer.

Sincerely,
The AWS Support Team
"""),

N("b01", BILL, "bill", "Amazon Web Services Invoice Available [Account: 771822904450] [Invoice ID: 2291887406]",
  "2027-04-02 10:14:00 +0000", "billing", "none", ref="INV-2291887406", foot="aws",
  kind="alt", body="""
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Account number: 7718-2290-4450
Invoice number: 2291887406
Billing period: March 1 - March 31, 2027
Total: USD 18,406.23

Breakdown by linked account:
- 552018730043 suzuran-prod: USD 6,112.47
- 318744029916 tidewater-prod: USD 7,840.02
- 402166381157 hakone-ryokan-prod: USD 2,511.90
- 669401527730 elmstone-prod: USD 1,635.36
- 771822904450 kamome-management: USD 306.48

Your invoice is payable by the payment method on file, which will be charged automatically. You can see a complete breakdown of all charges on the Bills page in the Billing and Cost Management console:

https://console.aws.amazon.com/billing/home#/bills

For tax-related questions, including tax registration numbers shown on your invoice, visit the Tax Settings page. Your invoice is also available as a PDF from the Bills page.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. Please do not reply to this email; this mailbox is not monitored.
"""),

N("b02", BILL, "bill", "Your AWS payment was declined - Account 402166381157",
  "2027-04-07 09:30:00 +0000", "billing", "2027-04-23", ref="PAY-FAIL-0407", foot="aws",
  body="""
Hello,

We were unable to charge your payment method for the following invoice:

Account ID: 4021-6638-1157
Invoice ID: 2291887533
Invoice date: April 2, 2027
Amount due: USD 2,511.90
Payment method: Visa ending in 4417

Your card issuer declined the transaction. This can happen if the card has expired, if the billing address does not match, or if the card has reached its limit.

Please update your payment information or make a payment by April 23, 2027. To do this, sign in to the Billing and Cost Management console, choose Payments, and then choose "Complete payment", or add a new payment method under Payment preferences.

If we do not receive payment by April 23, 2027, your account may be suspended, and you might lose access to the AWS services and resources in it. Suspended accounts that remain unpaid may be closed, and content in a closed account may be deleted.

If you have already made this payment, please disregard this message. Payments can take up to 48 hours to be reflected.

Payments page: https://console.aws.amazon.com/billing/home#/paymentsoverview

If you have questions about your bill, contact AWS Support and choose "Account and billing".

Sincerely,
AWS Accounts Receivable
"""),

N("b03", ("AWS Budgets", "no-reply-aws@amazon.com"), "bill", "AWS Budgets: Tidewater-Monthly has exceeded your alert threshold",
  "2027-04-18 06:02:33 +0000", "billing", "none", ref="BUDGET-TIDE-01", foot="none",
  body="""
AWS Budget Notification April 18, 2027
AWS Account 318744029916

Dear AWS Customer,

You requested that we alert you when the Actual Cost associated with your Tidewater-Monthly budget is greater than 80% of your budgeted amount for the current budget period. The Actual Cost associated with this budget is $6,734.18. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: Tidewater-Monthly
Budget Type: Cost
Budgeted Amount: $8,000.00
Alert Type: Actual
Alert Threshold: > $6,400.00 (80.00%)
ACTUAL Amount: $6,734.18

Top services by cost this period:
- Amazon EC2: $3,102.55
- Amazon RDS: $1,488.10
- Amazon EKS: $640.00
- Data transfer: $611.72
- Other: $891.81

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets

This budget alert was configured by a user of account 318744029916. To change the alert threshold or the list of subscribers, edit the budget in the AWS Budgets console. You cannot reply to this email.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N("b04", BILL, "bill", "Reminder: the credit card on your AWS account expires this month",
  "2027-04-11 14:00:00 +0000", "billing", "2027-04-30", ref="CC-EXP-0427", foot="aws",
  body="""
Hello,

The credit card that is the default payment method for AWS account 6694-0152-7730 (elmstone-prod) is due to expire at the end of this month.

Card: Mastercard ending in 0952
Expiration: 04/2027

To avoid any interruption to your AWS services, please update the expiration date or add a new payment method by April 30, 2027. Your charges for April will be billed to the default payment method at the beginning of May.

To update your payment method:
1. Sign in to the AWS Management Console.
2. Open the Billing and Cost Management console and choose Payment preferences.
3. Edit the existing card, or add a new payment method and set it as the default.

If your organization pays by invoice or bank transfer, you can also request a change of payment method by contacting AWS Support.

If you have already updated your payment information, no further action is needed.

Payment preferences: https://console.aws.amazon.com/billing/home#/paymentpreferences/paymentmethods

Thank you for using Amazon Web Services.

Sincerely,
AWS Customer Service
"""),

N("i01", MKT, "cloud", "AWS Newsletter - April 2027",
  "2027-04-06 15:00:00 +0000", "informational", "none", ref="NEWS-2027-04", foot="aws-mkt",
  kind="html", bland=True, body="""
AWS Monthly Newsletter | April 2027

Hello,

Here is a roundup of the launches, events and learning resources from the past month.

Launches
- Amazon Bedrock adds model evaluation jobs that compare up to five models side by side on your own prompts.
- Amazon S3 Tables now support automatic compaction for tables larger than 10 TB.
- AWS Lambda SnapStart is now available for Node.js functions in all commercial regions.
- Amazon EC2 M8i and C8i instances are generally available in the Asia Pacific (Tokyo) and (Osaka) regions.
- AWS Cost Explorer adds daily cost forecasts for up to 18 months.

Events
- AWS Summit Tokyo, June 24-25, 2027. Registration is open.
- AWS Builders Online Series, a free virtual event for those new to the cloud, on May 19.

Learning
- New course on AWS Skill Builder: "Designing multi-account environments with AWS Control Tower".
- Well-Architected Framework: updated Sustainability Pillar whitepaper.

From the blog
- How a regional logistics company cut cold-start latency by 70% with Lambda SnapStart.
- Building a cost allocation strategy with tags and AWS Organizations.

Read more on What's New with AWS: https://aws.amazon.com/new/

Thank you for reading. If you would like to receive fewer emails from us, you can update your communication preferences at any time.
"""),

N("i03", MKT, "cloud", "AWS Announcements",
  "2027-04-22 13:00:00 +0000", "informational", "none", ref="ANN-2027-0422", foot="aws-mkt",
  bland=True, kind="alt", body="""
Hello,

We are excited to announce that the AWS Asia Pacific (Taipei) Region now offers a second Availability Zone group for Local Zones and that Amazon EC2 capacity reservations can now be shared across organizations in the Asia Pacific (Tokyo) and (Osaka) regions.

What's new
- Capacity reservation sharing: you can share On-Demand Capacity Reservations with accounts in a different AWS Organization using AWS Resource Access Manager. This makes it easier for managed service providers and their customers to plan capacity together.
- Reservation insights: a new view in the EC2 console shows the utilization of each reservation over the last 30 days and recommends reservations you can release.
- Console updates: the EC2 console now shows scheduled events and instance health on a single page.

There is no additional charge for these features. You continue to pay only for the Capacity Reservations you create.

Getting started
To learn more, read the launch blog post and the updated documentation for On-Demand Capacity Reservations. You can also join our live session on May 6, 2027 at 10:00 JST, where solutions architects will walk through common planning scenarios.

Documentation: https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-capacity-reservations.html

We look forward to your feedback.

The Amazon EC2 Team
"""),

N("i04", AWS, "aws", "Your AWS Support plan has been changed",
  "2027-04-15 07:12:00 +0000", "informational", "none", ref="SUP-PLAN-CHG-0415", foot="aws",
  body="""
Hello,

This email confirms that the AWS Support plan for account 2290-8811-6047 (suzuran-sandbox) has been changed.

Previous plan: Developer
New plan: Basic
Effective: April 15, 2027
Changed by: IAM user "mika.sato" in account 7718-2290-4450

With AWS Basic Support, you can continue to:
- Access customer service for account and billing questions
- Use AWS re:Post, the documentation, whitepapers and the AWS Health Dashboard
- Use the core checks in AWS Trusted Advisor

You will no longer be able to open technical support cases from this account. Cases that were open at the time of the change will remain available to view, but no new correspondence can be added to technical cases.

Charges for the Developer plan are prorated for the current month and will appear on your next invoice. No further Developer plan charges will apply after April 15, 2027.

If you did not request this change, or if you would like to choose a different plan, visit the Support plans page in the console: https://console.aws.amazon.com/support/plans/home

Thank you for using Amazon Web Services.

Sincerely,
AWS Customer Service
"""),

N("i05", HEALTH, "noc", "[RESOLVED] Increased error rates for Amazon S3 in AP-NORTHEAST-1",
  "2027-04-24 04:40:00 +0000", "informational", "none", ref="AWS_S3_OPERATIONAL_ISSUE", foot="aws",
  body="""
Hello,

This message is a follow-up to the operational issue reported earlier today for Amazon S3 in the Asia Pacific (Tokyo) Region. The issue has been resolved and the service is operating normally.

Between 01:12 and 03:58 UTC on April 24, 2027, some customers experienced elevated error rates (HTTP 503 Slow Down) and increased latencies for PUT and LIST requests to Amazon S3 in the AP-NORTHEAST-1 Region. GET requests for existing objects were largely unaffected. Other AWS services that use S3, including AWS Lambda deployments, Amazon CloudWatch Logs export and AWS CodePipeline, also saw elevated errors during this time.

The issue was caused by a configuration change to a subsystem that manages request routing within one Availability Zone. Engineers rolled back the change, and error rates returned to normal levels by 03:58 UTC. We have paused further deployments of this change while we investigate.

Your account had 2 S3 buckets and 5 Lambda functions in the affected region that may have seen errors during this period. Requests that failed were not retried by S3; applications using the AWS SDK with default retry settings should have recovered automatically.

No action is required. You can find details of this event in the AWS Health Dashboard: https://health.aws.amazon.com/health/home#/account/event-log

Sincerely,
Amazon Web Services
"""),
]
