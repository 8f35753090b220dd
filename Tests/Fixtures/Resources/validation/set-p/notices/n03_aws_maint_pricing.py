from .common import N, AWS_FOOT, AWS_HEALTH_FOOT, AWS_FOOT_JP, OPS, NOC, BILL, AWS_ISH, AWS_MIZ, AWS_HBV, AWS_KISO, AWS_PAYER, ACCT

NOTICES = [
N(28, "maintenance", "2027-03-03", "en", "2027-02-03 12:55 +0000", "aws_health", AWS_ISH,
  "[AWS Health Event] Amazon RDS operating system update scheduled",
  f"""
Hello,

A required operating system update is available for one or more of your Amazon RDS DB instances in AWS account {ACCT['ish']}. This update contains security patches and improvements to the underlying operating system. It does not change the database engine version.

We have scheduled the update to be applied during the maintenance window of each affected instance:

- milkflow-prod-pg (ap-northeast-1, Multi-AZ): maintenance window on March 3, 2027, 17:00-17:30 UTC
- ish-lims-db (ap-northeast-1, Single-AZ): maintenance window on March 4, 2027, 18:00-18:30 UTC

For Multi-AZ instances, the update is applied to the standby first, followed by a failover, and then to the former primary. The expected downtime is the duration of the failover, typically less than 60 seconds. For Single-AZ instances, the instance is unavailable while the update is applied, usually for 5 to 10 minutes.

If you prefer to control the timing, you can apply the update yourself before the scheduled window by choosing "Apply now" under Pending maintenance in the Amazon RDS console, or by using the AWS CLI:

aws rds apply-pending-maintenance-action --resource-identifier <db-arn> --apply-action system-update --opt-in-type immediate

You can also change the maintenance window of an instance; the update is then applied during the new window.

To view pending maintenance for your instances, visit the Pending maintenance page of the Amazon RDS console:
https://console.aws.amazon.com/rds/home?region=ap-northeast-1#pending-maintenance:
""" + AWS_HEALTH_FOOT),

N(29, "maintenance", "2027-02-20", "en", "2027-02-08 09:48 +0000", "aws", AWS_MIZ,
  "Amazon EC2 Maintenance",
  f"""
Dear Amazon EC2 Customer,

One or more of your Amazon EC2 instances in the ap-northeast-1 region is scheduled for a system reboot. The host that your instance is running on requires maintenance, and your instance must be rebooted to complete it.

AWS Account ID: {ACCT['miz']}

Instance ID            Name               Event         Scheduled start (UTC)    Scheduled end (UTC)
i-0a61c8e3f274b9d15    mzc-web-01         system-reboot 2027-02-20 02:00         2027-02-20 04:00
i-05d29f7b4e1a8c360    mzc-web-02         system-reboot 2027-02-20 02:00         2027-02-20 04:00

During the scheduled window your instances will be rebooted by AWS. The reboot typically completes within minutes. Your instances keep their instance IDs, private and public IP addresses, Elastic IP addresses and any data on EBS volumes and instance store volumes.

If you prefer, you can reschedule the event to a date and time that suits you, up to the deadline shown in the console, or reboot the instances yourself before the scheduled start; a user-initiated reboot does not complete the maintenance in this case. Because both instances behind the load balancer mzc-web-alb are scheduled for the same window, we recommend rescheduling one of them to avoid an outage of the site.

For more information about scheduled events, including how to reschedule them, see "Scheduled events for your instances" in the Amazon EC2 User Guide:
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html

You can view scheduled events for your instances in the Events page of the EC2 console:
https://console.aws.amazon.com/ec2/home?region=ap-northeast-1#Events:
""" + AWS_FOOT, bland=True),

N(30, "maintenance", "2027-02-24", "en", "2027-02-10 18:30 +0000", "aws_health", NOC,
  "Planned maintenance for your AWS Direct Connect connection dxcon-fg7k2m9q",
  f"""
Hello,

We will be performing scheduled maintenance on the AWS Direct Connect endpoint that terminates your connection listed below. The maintenance is required to upgrade the software on the AWS device.

Connection: dxcon-fg7k2m9q (tamagawa-tokyo-10g-a)
Location: Equinix TY2, Tokyo (EqTY2)
AWS account: {ACCT['payer']}
Start time: February 24, 2027 15:00 UTC
End time: February 24, 2027 19:00 UTC

During the maintenance window, the connection and all virtual interfaces on it will be unavailable for up to 60 minutes. BGP sessions on the affected virtual interfaces will go down and traffic will fail over to redundant connections if you have them.

Virtual interfaces on this connection:
- dxvif-ffa12b3c (transit, Direct Connect gateway tamagawa-dxgw)
- dxvif-ffd91e0a (private, VPC vpc-0c2d4f6a8b1e3d5f7)

Our records show that your Direct Connect gateway also has a connection at a second location (dxcon-fh2p8x4r, AT Tokyo CC1), which is not affected by this maintenance. To avoid interruption, please make sure that this connection is healthy and that your on-premises routers prefer it during the window. If you rely on a Site-to-Site VPN as backup, confirm that its tunnels are up.

Please note that the maintenance may be completed earlier than the scheduled end time. We cannot postpone or reschedule this maintenance for individual customers.

You can find this event, including any updates, in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes
""" + AWS_HEALTH_FOOT),

N(31, "maintenance", "2027-03-20", "en", "2027-02-14 22:06 +0000", "aws_health", AWS_KISO,
  "Amazon ElastiCache: service update elc-20270214-001 available for your clusters",
  f"""
Hello,

A new service update, elc-20270214-001, is available for Amazon ElastiCache clusters in your AWS account {ACCT['kiso']}. This update includes operating system security patches for the nodes of your clusters. It is classified as a security update with severity "important".

Recommended apply-by date: March 20, 2027

Affected clusters:
- kiso-cart-valkey (ap-northeast-1, 3 shards, 2 replicas each)
- kiso-rate-limit (ap-northeast-1, 1 node)

You can apply the update at a time of your choosing from the Service Updates page of the ElastiCache console before March 20, 2027. For clusters with replicas, the update is applied one node at a time, and ElastiCache promotes a replica when a primary node is updated, so the cluster remains available with a brief failover. Clusters with a single node are unavailable for a few minutes while the node is updated.

If you have not applied the update by the recommended apply-by date, ElastiCache will apply it automatically during a subsequent maintenance window of each cluster.

To check the status of the update for each cluster, run:

aws elasticache describe-update-actions --service-update-name elc-20270214-001 --region ap-northeast-1

For more information, see "Service updates in ElastiCache" in the Amazon ElastiCache User Guide:
https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Self-Service-Updates.html
""" + AWS_HEALTH_FOOT),

N(32, "maintenance", "2027-02-17", "en", "2027-02-16 20:41 +0000", "aws_health", NOC,
  "AWS Notification",
  f"""
Hello,

We will be performing emergency maintenance on one of the tunnel endpoints of your AWS Site-to-Site VPN connection in the ap-northeast-1 Region. The maintenance is required to address an issue on the underlying hardware.

VPN connection: vpn-04e9b7c2d1f5a3086 (ishikari-plant-vpn)
AWS account: {ACCT['ish']}
Tunnel affected: 52.95.118.40 (tunnel 1)
Maintenance window: February 17, 2027, 13:00 to 15:00 UTC

During the maintenance window, tunnel 1 will be unavailable for several minutes. Tunnel 2 (52.95.119.72) is not affected. If your customer gateway device is configured to use both tunnels, traffic will move to tunnel 2 automatically when tunnel 1 goes down, and will return after the maintenance is complete.

Our monitoring shows that only tunnel 1 of this VPN connection is currently UP. Tunnel 2 has been DOWN since February 2, 2027. If tunnel 2 is not restored before the maintenance window, connectivity between your on-premises network and your VPC will be interrupted for the duration of the work.

We recommend that you check the configuration of tunnel 2 on your customer gateway device (198.51.100.19) and bring it up before the window. The device configuration can be downloaded again from the Amazon VPC console.

We apologize for the short notice. Emergency maintenance is performed only when necessary to maintain the health of the service.

For more information on VPN tunnel maintenance and redundancy, see:
https://docs.aws.amazon.com/vpn/latest/s2svpn/monitoring-vpn-health-events.html
""" + AWS_HEALTH_FOOT, bland=True),

N(33, "maintenance", "2027-03-02", "ja", "2027-02-15 16:10 +0900", "aws_jp", NOC,
  "AWS Direct Connect 東京ロケーションにおける計画メンテナンスのお知らせ",
  f"""
AWS Direct Connect をご利用のお客様

平素より AWS をご利用いただき、誠にありがとうございます。

AWS Direct Connect の東京ロケーションにおいて、以下の日程で計画メンテナンスを実施いたします。本メンテナンスは、AWS 側ネットワーク機器のソフトウェア更新を目的としたものです。

■ 対象接続
・接続 ID：dxcon-fh2p8x4r（tamagawa-tokyo-10g-b）
・ロケーション：AT Tokyo Chuo Data Center（CC1）
・AWS アカウント：{ACCT['payer']}

■ 実施日時
2027年3月2日（火）01:00～05:00（日本時間）
（2027年3月1日 16:00～20:00 UTC）

■ 影響
作業時間帯のうち最大 60 分間、対象接続および接続上のすべての仮想インターフェイスがご利用いただけなくなります。BGP セッションは切断され、冗長構成の接続がある場合はそちらへトラフィックが切り替わります。

■ お客様へのお願い
冗長構成の接続（dxcon-fg7k2m9q）が正常に稼働していることを事前にご確認ください。バックアップとして Site-to-Site VPN をご利用の場合は、トンネルの状態もあわせてご確認ください。

なお、本メンテナンスはお客様ごとに日程を変更することはできません。作業は予定より早く完了する場合がございます。

最新の情報は AWS Health Dashboard にてご確認いただけます。
https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes

ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。
""" + AWS_FOOT_JP),

N(34, "pricing", "2027-04-01", "en", "2027-02-02 16:20 +0000", "aws", AWS_PAYER,
  "Upcoming changes to Amazon CloudWatch Logs pricing",
  f"""
Hello,

We are writing to let you know about upcoming changes to Amazon CloudWatch Logs pricing that will take effect on April 1, 2027. You are receiving this message because your AWS account {ACCT['payer']}, or one of the member accounts of your organization, used CloudWatch Logs in the last three months.

What is changing?

- Vended logs (for example, VPC Flow Logs, Route 53 Resolver query logs and AWS WAF logs) delivered to CloudWatch Logs will move to a new tiered ingestion price. The first 10 TB per month will be charged at $0.50 per GB, the next 20 TB at $0.25 per GB, and usage above 30 TB at $0.10 per GB, in all commercial Regions.
- Storage of logs in the Infrequent Access log class will be charged at $0.015 per GB-month, down from $0.03 per GB-month.
- Logs Insights queries on the Infrequent Access log class will be charged at $0.0065 per GB scanned.
- Standard log class ingestion and storage prices are not changing.

What does this mean for you?

Based on your usage in January 2027, we estimate that your monthly CloudWatch Logs charges across your organization will increase by approximately 6% after April 1, 2027, mainly because of VPC Flow Logs ingestion in the ap-northeast-1 Region. Your actual charges will depend on your usage.

You can reduce costs by sending vended logs to Amazon S3 or Amazon Data Firehose, by filtering VPC Flow Logs, or by moving log groups that you rarely query to the Infrequent Access log class.

For full details, visit the Amazon CloudWatch pricing page:
https://aws.amazon.com/cloudwatch/pricing/
""" + AWS_FOOT),

N(35, "pricing", "2027-03-01", "en", "2027-02-11 17:02 +0000", "aws", AWS_KISO,
  "Important information about your account",
  f"""
Hello,

We are writing to inform you about a change to the AWS Free Tier that affects your account {ACCT['kiso']}.

From March 1, 2027, the 12-month free tier offers that were available to AWS accounts created before July 15, 2025 will be replaced by the current AWS Free Tier credit program for accounts that are still within their first 12 months. Our records show that your account was created on April 3, 2026 and currently benefits from the following 12-month offers:

- Amazon EC2: 750 hours per month of t3.micro instances
- Amazon RDS: 750 hours per month of db.t4g.micro Single-AZ instances
- Amazon S3: 5 GB of Standard storage
- Amazon CloudFront: 1 TB of data transfer out per month

Starting March 1, 2027, usage of these services will be charged at the standard on-demand rates, and your account will instead receive a one-time promotional credit of USD 100.00, valid until April 3, 2027, that can be applied to eligible services. Always-free offers, such as the AWS Lambda monthly free requests and Amazon DynamoDB free storage, are not affected.

Based on your usage in January 2027, we estimate that your monthly charges will increase by approximately USD 38 after the credit is used up. You can review your current free tier usage on the Free Tier page of the Billing and Cost Management console and set up an AWS Budgets alert to track your spending.

To learn more, visit https://aws.amazon.com/free/.
""" + AWS_FOOT, bland=True),

N(36, "pricing", "2027-05-01", "en", "2027-02-18 18:45 +0000", "aws", AWS_HBV,
  "Pricing update for Amazon S3 Glacier Flexible Retrieval requests",
  f"""
Hello,

We are writing to let you know that AWS is changing the price of retrieval requests for the Amazon S3 Glacier Flexible Retrieval storage class, effective May 1, 2027.

You are receiving this email because your AWS account {ACCT['hbv']} stored data in S3 Glacier Flexible Retrieval in the past 90 days.

New prices (all commercial AWS Regions):
- Expedited retrieval requests: $12.00 per 1,000 requests (previously $10.00)
- Standard retrieval requests: $0.06 per 1,000 requests (previously $0.05)
- Bulk retrieval requests: remain free
- Data retrieval per GB, storage and PUT/lifecycle transition prices do not change

Retrievals that are initiated before May 1, 2027 are billed at the current prices, even if they complete after that date.

Your estimated impact

In the last three months, your account made an average of 2,400 Standard retrieval requests and 35 Expedited retrieval requests per month. At this level of usage, the change would increase your monthly bill by less than USD 1.00. If you use Expedited retrievals more often, consider using Provisioned Capacity or the S3 Glacier Instant Retrieval storage class for data that you access frequently.

No action is required to continue using S3 Glacier Flexible Retrieval. For more details, see the Amazon S3 pricing page:
https://aws.amazon.com/s3/pricing/

Thank you for using Amazon S3.
""" + AWS_FOOT, kind="html"),

N(37, "pricing", "2027-03-15", "en", "2027-02-23 17:30 +0000", "aws", AWS_PAYER,
  "AWS Support plan pricing changes",
  f"""
Hello,

We are writing to inform you of changes to the pricing of AWS Developer Support and AWS Business Support that will take effect on March 15, 2027.

Your AWS account {ACCT['payer']} is currently enrolled in Business Support. The change applies to all accounts in your organization that are billed for a Support plan.

Business Support
- Minimum monthly fee: USD 150 (previously USD 100)
- 10% of monthly AWS charges for the first USD 0-10K
- 7% of monthly AWS charges from USD 10K-80K
- 5% of monthly AWS charges from USD 80K-250K
- 3% of monthly AWS charges over USD 250K

Developer Support
- Minimum monthly fee: USD 39 (previously USD 29), or 3% of monthly AWS charges, whichever is greater

The tiered percentages for Business Support are unchanged. Enterprise On-Ramp and Enterprise Support pricing does not change.

Charges for March 2027 will be prorated: the current prices apply from March 1 to March 14, and the new prices from March 15 to March 31. If you would like to change your Support plan, you can do so at any time from the Support Center console; plan changes take effect immediately and are prorated.

For more information, visit the AWS Support plans page: https://aws.amazon.com/premiumsupport/plans/

If you have questions about this change, please contact your AWS account team or open a billing case in the Support Center.
""" + AWS_FOOT, kind="alt"),
]
