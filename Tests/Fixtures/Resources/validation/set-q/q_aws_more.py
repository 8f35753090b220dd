from q_common import *

AWS_HEALTH = "Amazon Web Services <no-reply@notifications.aws.example.com>"
AWS_HEALTH_JP = "アマゾン ウェブ サービス <no-reply-jp@notifications.aws.example.com>"
AWS_BILLING = "Amazon Web Services <aws-billing@amazon.example.com>"

NOTICES = [
# --------------------------------------------------------------- maintenance
N(id="q029", provider="AWS", label="maintenance", deadline="2027-03-16",
  frm=AWS_HEALTH, to=AWS_OMI, date="2027-03-05 10:02:33 +0000",
  subject="[Scheduled Event] Amazon EC2 instance reboot maintenance",
  body="""Dear Amazon EC2 Customer,

One or more of your Amazon EC2 instances in the ap-northeast-1 region are scheduled to be rebooted for required host maintenance. The maintenance will occur during the window shown below. During the maintenance, the instances will be rebooted, which typically completes within minutes.

AWS Account ID: 770412958330

Instance ID           Event       Window start (UTC)     Window end (UTC)
i-0f31c8d2a5b7e6490   system-reboot   2027-03-16 02:00   2027-03-16 04:00
i-08a4e2b69cd1f0375   system-reboot   2027-03-16 02:00   2027-03-16 04:00

Instance tags: omi-signalling-gw-a, omi-signalling-gw-b

Your instances will retain their instance ID, IP addresses and data on EBS volumes. Data on instance store volumes is preserved across a reboot.

If you prefer, you can reschedule the event to a date and time that suits you, up to the event deadline, from the Events page of the Amazon EC2 console. You can also reboot the instance yourself at any time before the scheduled window; if you do, the maintenance is applied at that time and the event is cleared.

For more information, see "Scheduled events for your instances" in the Amazon EC2 User Guide:
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html

To view your scheduled events:
https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events:
""" + AWS_HEALTH_FOOTER),

N(id="q030", provider="AWS", label="maintenance", deadline="2027-03-25",
  frm=AWS_HEALTH, to=AWS_RIDGE, date="2027-03-11 21:15:00 +0000", bland=True,
  subject="Amazon RDS",
  body="""Hello,

We are contacting you about upcoming maintenance for Amazon RDS DB instances in your AWS account 592007318846.

An operating system update is available for the DB instances listed below. This update includes security patches and performance improvements. The update will be applied automatically during your configured maintenance window on or after 2027-03-25. DB instances in a Multi-AZ deployment apply the update to the standby first and then fail over, which typically results in downtime of about 60 seconds. Single-AZ instances will be unavailable for several minutes while the update is applied.

Affected DB instances (us-west-2):
ridgeway-portal-pg (Multi-AZ) - maintenance window Thu 09:00-09:30 UTC
ridgeway-scheduling-mysql (Single-AZ) - maintenance window Thu 10:00-10:30 UTC

You can apply the update earlier at a time of your choosing with the "Apply now" action in the RDS console, or with the following AWS CLI command:

aws rds apply-pending-maintenance-action --resource-identifier <db-instance-arn> --apply-action system-update --opt-in-type immediate

To see all pending maintenance actions for your account, run "aws rds describe-pending-maintenance-actions" or view the Maintenance & backups tab for each DB instance.

More information: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html
""" + AWS_HEALTH_FOOTER),

N(id="q031", provider="AWS", label="maintenance", deadline="2027-03-24",
  frm="AWS Direct Connect <no-reply-dx@notifications.aws.example.com>", to=NOC,
  date="2027-03-10 06:45:18 +0000",
  subject="[AWS Direct Connect] Planned maintenance - dxcon-fg7h2k9q (Equinix TY2, Tokyo)",
  body="""Hello,

We will be performing planned maintenance on the AWS Direct Connect router that terminates one or more of your connections at the location below. During this time, your connection will be unavailable for up to 30 minutes within the window.

Location: Equinix TY2, Tokyo, JPN
Connection ID: dxcon-fg7h2k9q
Connection name: omi-rail-dx-primary
AWS account: 770412958330
Start time: 2027-03-24 15:00 UTC (2027-03-25 00:00 JST)
End time: 2027-03-24 19:00 UTC (2027-03-25 04:00 JST)

Traffic will be interrupted on all virtual interfaces of this connection while the device is being upgraded. If you have configured a redundant connection at a different device or location, BGP will fail over traffic to the redundant path. We recommend that you confirm that your redundant connection (dxcon-ffb1m3zc, "omi-rail-dx-secondary") is healthy and advertising the expected prefixes before the maintenance begins.

You can use the AWS Direct Connect failover testing feature to verify your resiliency ahead of time by bringing down the BGP session on a virtual interface for a period you specify.

We may need to reschedule the maintenance with short notice if required. You will receive a notification if this happens.

For more information, see:
https://docs.aws.amazon.com/directconnect/latest/UserGuide/resiliency_failover.html
""" + AWS_HEALTH_FOOTER),

N(id="q032", provider="AWS", lang="ja", label="maintenance", deadline="2027-03-20",
  frm=AWS_HEALTH_JP, to=AWS_NANAO, date="2027-03-06 15:20:41 +0900",
  subject="【AWS】Amazon EC2 メンテナンスのお知らせ",
  body="""AWS をご利用いただき、ありがとうございます。

お客様の AWS アカウント (318604471259) で実行されている Amazon EC2 インスタンスについて、基盤となるホストのメンテナンスを予定しておりますのでお知らせいたします。

メンテナンス期間中、対象のインスタンスは停止され、その後再起動されます。インスタンス ID、プライベート IP アドレス、EBS ボリューム上のデータは保持されます。ただし、インスタンスストアボリューム上のデータは失われますのでご注意ください。

■ 実施日時
2027年3月20日 (土) 14:00 ～ 16:00 (日本時間)
(2027-03-20 05:00 ～ 07:00 UTC)

■ 対象インスタンス (アジアパシフィック (東京) リージョン)
i-0b5e71c3d92a4f806 (nanao-pos-api-01)
i-0e12f9a84c6d7b351 (nanao-pos-api-02)

■ お客様へのお願い
メンテナンス期間より前に、お客様ご自身でインスタンスを停止・起動していただくことで、新しいホストへ移行し、本イベントを完了させることも可能です。この場合、都合の良い時間帯に作業を実施いただけます。EC2 コンソールの「イベント」ページからイベントの日時を変更することもできます。

詳細は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html
""" + AWS_JP_FOOTER),

N(id="q033", provider="AWS", label="maintenance", deadline="2027-03-09",
  frm=AWS_HEALTH, to=AWS_FERN, date="2027-03-08 17:40:06 +0000",
  subject="Urgent: Amazon ElastiCache emergency maintenance for cluster bluefern-sessions",
  body="""Hello,

We need to perform emergency maintenance on your Amazon ElastiCache for Valkey cluster "bluefern-sessions" in the us-east-1 Region (AWS account 204517763091) to address an issue with the underlying hardware of one of the nodes.

Maintenance details:
Cluster: bluefern-sessions (cluster mode disabled, 1 primary, 1 replica)
Affected node: bluefern-sessions-002
Scheduled start: 2027-03-09 01:00 UTC
Expected duration: up to 60 minutes

During the maintenance, the affected node will be replaced. Because the affected node is currently the primary, ElastiCache will first promote the replica to primary. Applications connected through the primary endpoint will experience a brief interruption, typically under 30 seconds, while the DNS record is updated. Connections to the replaced node will be dropped and must be re-established by your clients.

This maintenance cannot be deferred because of the risk of an unplanned node failure. If you prefer to perform the failover at an earlier time, you can use the "Failover primary" action in the ElastiCache console; the node will then be replaced without further impact.

We recommend that your applications use the primary endpoint rather than node endpoints and implement reconnect logic with backoff.

We apologize for any inconvenience this may cause.
""" + AWS_HEALTH_FOOTER),

# ------------------------------------------------------------------- pricing
N(id="q034", provider="AWS", fmt="html", label="pricing", deadline="2027-05-01",
  frm="Amazon CloudWatch <aws-marketing-email@amazon.example.com>", to=OPS,
  date="2027-03-01 16:00:00 +0000",
  subject="Upcoming pricing changes for Amazon CloudWatch Logs",
  html_title="Amazon CloudWatch Logs pricing update",
  body="""Hello,

We're writing to let you know about changes to Amazon CloudWatch Logs pricing that take effect on May 1, 2027. You're receiving this message because your AWS account 318604471259 ingested more than 100 GB of logs into CloudWatch Logs last month.

What is changing
- Standard log class ingestion: the price per GB for the first 10 TB each month changes from $0.50 to $0.55 in US East (N. Virginia), and from $0.76 to $0.83 in Asia Pacific (Tokyo). Volume tiers above 10 TB are unchanged.
- Logs Insights queries: the first 5 GB of data scanned each month, previously free, will be billed at the standard rate.
- Infrequent Access log class: ingestion prices are reduced by 10% in all Regions.
- Vended logs (for example VPC Flow Logs delivered to CloudWatch Logs) keep their current tiered prices.

What this means for you
Based on your usage in February 2027, we estimate that your monthly CloudWatch Logs charges would change by approximately +$38.70 at the new prices. Your actual charges will depend on your usage.

Ways to optimize
Consider moving log groups that are rarely queried to the Infrequent Access log class, setting retention periods on log groups that currently never expire, and using subscription filters to route high-volume debug logs to Amazon S3.

For full details, visit the Amazon CloudWatch pricing page: https://aws.amazon.com/cloudwatch/pricing/

Thank you for using Amazon CloudWatch.

The Amazon CloudWatch Team

This message was sent to cloud-ops@shirakaba-si.example. Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q035", provider="AWS", label="pricing", deadline="2027-04-01",
  frm="Amazon Web Services <aws-support-updates@amazon.example.com>", to=AWS_RIDGE,
  date="2027-03-04 18:33:12 +0000", bland=True,
  subject="Important information about your account",
  body="""Hello,

We are writing to inform you of changes to the pricing of AWS Business Support+ that will apply to your account 592007318846 beginning April 1, 2027.

Today, the monthly charge for Business Support+ is the greater of $100 or a percentage of your monthly AWS usage charges: 10% of the first $10,000, 7% from $10,000 to $80,000, 5% from $80,000 to $250,000 and 3% above $250,000.

Beginning April 1, 2027, the minimum monthly charge will be $149, and the tier for usage between $10,000 and $80,000 will change from 7% to 8%. The other tiers are unchanged. The new pricing will apply to usage from April 1, 2027, and will first appear on the invoice you receive in early May.

Based on your usage over the last three months, your average monthly Business Support+ charge would have been $1,212.40 under the current pricing and $1,281.90 under the new pricing.

There is no action required to continue your current plan. If you want to change your support plan, you can do so at any time from the Support plans page of the AWS Management Console. Changes to a lower support plan take effect at the beginning of the next calendar month.

For more information, visit https://aws.amazon.com/premiumsupport/pricing/ or contact your account team.

Thank you for being an AWS customer.
""" + AWS_FOOTER),

N(id="q036", provider="AWS", label="pricing", deadline="2027-06-01",
  frm=AWS_HEALTH, to=AWS_NANAO, date="2027-03-18 20:00:45 +0000",
  subject="Amazon S3 Glacier Flexible Retrieval: change to retrieval request charges effective June 1, 2027",
  body="""Hello,

We are contacting you because your AWS account 318604471259 stores data in the Amazon S3 Glacier Flexible Retrieval storage class and has made restore requests in the last 90 days.

Effective June 1, 2027, we are changing the retrieval request charges for S3 Glacier Flexible Retrieval in all AWS Regions:

- Standard retrievals: request charge changes from $0.05 to $0.06 per 1,000 requests. The per-GB retrieval charge is unchanged.
- Expedited retrievals: per-GB retrieval charge changes from $0.03 to $0.035. Provisioned capacity units are unchanged at $100 each per month.
- Bulk retrievals: remain free of charge for both requests and data.

Storage prices for S3 Glacier Flexible Retrieval do not change.

Your restore activity in the last 90 days consisted mainly of Standard retrievals (approximately 41,000 requests per month from the bucket "nanao-design-archive"). At that level, the change would increase your monthly charges by roughly $0.41. If your workloads can tolerate longer retrieval times, Bulk retrievals remain free.

No action is required on your part. The new prices will apply automatically to requests made on or after June 1, 2027.

For details, see the Amazon S3 pricing page: https://aws.amazon.com/s3/pricing/
""" + AWS_FOOTER),

# ------------------------------------------------------------------- billing
N(id="q037", provider="AWS", fmt="alt", label="billing", deadline="none",
  frm=AWS_BILLING, to=BILL, date="2027-03-03 08:12:04 +0000",
  subject="Amazon Web Services Invoice Available [Account: 204517763091] [Invoice ID: 2184736509]",
  html_title="Your AWS invoice is available",
  body="""Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Account number: 204517763091
Account name: bluefern-studios-prod
Invoice number: 2184736509
Invoice date: March 2, 2027
Billing period: February 1 - February 28, 2027

Total: USD 4,318.62

Summary of charges:
Amazon Elastic Compute Cloud     USD 2,604.11
Amazon Simple Storage Service    USD 811.47
Amazon CloudFront                USD 492.30
Amazon Relational Database Service USD 318.06
AWS Key Management Service       USD 22.00
Other services                   USD 70.68
Credits                          USD 0.00
Tax                              USD 0.00

The total will be charged to your Visa card ending in 4417 on file. No further action is needed.

You can see a complete break-down of all charges on the Bills page, located at:
https://console.aws.amazon.com/billing/home#/bills?year=2027&month=2

You can download a PDF copy of your invoice from the Bills page.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. AWS will not be bound by, and specifically objects to, any term, condition or other provision which is different from or in addition to the provisions of the AWS Customer Agreement. Please do not reply to this e-mail. This mailbox is not monitored.
"""),

N(id="q038", provider="AWS", label="billing", deadline="2027-03-15",
  frm=AWS_BILLING, to=BILL, date="2027-03-05 11:48:29 +0000",
  subject="AWS Notification - Payment declined for account 770412958330",
  body="""Greetings from Amazon Web Services,

We were unable to charge your payment method for your AWS invoice.

Account: 770412958330 (omi-rail-shared-services)
Invoice number: 2184402119
Invoice date: March 2, 2027
Amount due: USD 11,842.55
Payment method: Mastercard ending in 0932
Reason: The card issuer declined the transaction.

To avoid an interruption to your AWS services, please update your payment information or make a payment by March 15, 2027. You can do this from the Payment methods page of the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/paymentmethods

After you update your payment method, we will retry the charge automatically within 24 hours. You can also choose "Make payment" on the Payments page to pay the outstanding invoice immediately.

If the balance remains unpaid, your account may be suspended, and you may lose access to your AWS resources. If your account is suspended, resources might be terminated after a further period.

If you believe you have received this message in error, or you have already updated your payment information, you can ignore this message. If you need help, please contact AWS Support through the Support Center and choose "Account and billing".

Sincerely,
Amazon Web Services

Please do not reply to this e-mail. This mailbox is not monitored.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q039", provider="AWS", lang="ja", label="billing", deadline="2027-03-31",
  frm="アマゾン ウェブ サービス ジャパン合同会社 <aws-billing-jp@amazon.example.com>", to=BILL,
  date="2027-03-04 09:30:00 +0900", bland=True,
  subject="ご請求書発行のお知らせ",
  body="""アマゾン ウェブ サービス ジャパン合同会社をご利用いただき、誠にありがとうございます。

2027 年 2 月ご利用分の請求書を発行いたしましたので、お知らせいたします。

アカウント ID: 318604471259
アカウント名: nanao-textiles-prod
請求書番号: JP27-00418835
請求書発行日: 2027 年 3 月 3 日
ご請求金額: 412,860 円 (消費税 37,532 円を含む)
お支払方法: 銀行振込 (請求書払い)
お支払期日: 2027年3月31日

お支払期日までに、請求書に記載の振込先口座へお振込みくださいますようお願いいたします。振込手数料はお客様のご負担となります。お振込みの際は、振込名義の先頭に請求書番号をご記入ください。

請求書 (PDF) は、AWS マネジメントコンソールの「請求とコスト管理」>「請求書」ページからダウンロードいただけます。本請求書は適格請求書等保存方式 (インボイス制度) に対応しています。登録番号: T0000000000000

お支払期日を過ぎてもご入金が確認できない場合、AWS のサービスのご利用が制限される場合がございます。すでにお支払い済みの場合は、本メールと行き違いになりましたことをご容赦ください。

https://console.aws.amazon.com/billing/home#/bills

本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""),

N(id="q040", provider="AWS", kind="reply", label="billing", deadline="none",
  frm="Amazon Web Services <no-reply-aws-support@amazon.example.com>", to=BILL,
  date="2027-03-20 03:55:17 +0000",
  in_reply_to="<case-17512960084.aws-support@amazon.example.com>",
  subject="Re: [Case 17512960084] Question about NAT Gateway charges on February invoice",
  body="""Hello,

Thank you for contacting AWS Billing Support. My name is Sofia, and I'm happy to help with your question about the NAT Gateway charges on the February invoice for account 592007318846.

I reviewed the usage details for the period. The increase you noticed (USD 1,904.22, compared with about USD 310 in January) comes from "NatGateway-Bytes" in US West (Oregon). From February 9 onward, about 41 TB of data was processed by the NAT gateway nat-0e4b19c72f8a35d61. The traffic pattern suggests that a workload in a private subnet began downloading container images and S3 objects through the NAT gateway instead of through VPC endpoints.

As discussed in your previous reply, your team has since added a gateway endpoint for Amazon S3 and interface endpoints for Amazon ECR. I can confirm that NAT data processing dropped back to normal levels from March 2.

As a one-time courtesy, I have applied a promotional credit of USD 1,250.00 to your account. The credit will appear on your March invoice and will be applied automatically to eligible charges. No action is required from you.

To help you spot similar changes earlier, you may want to set up AWS Budgets alerts or Cost Anomaly Detection monitors for your accounts.

I will set this case to resolved. If you have further questions, you can reopen it within 14 days.

Best regards,
Sofia M.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

To contact us again about this case, please return to the AWS Support Center using the following URL:
https://console.aws.amazon.com/support/home#/case/?displayId=17512960084&language=en
"""),

# ------------------------------------------------------------- informational
N(id="q041", provider="AWS", fmt="html", label="informational", deadline="none",
  frm="AWS Newsletter <aws-newsletter@amazon.example.com>", to=OPS,
  date="2027-03-09 14:00:00 +0000",
  subject="AWS Monthly Update - March 2027",
  html_title="AWS Monthly Update: March 2027",
  body="""Hello,

Here's a roundup of what's new across AWS this month.

Top announcements
- Amazon S3 Tables now support automatic compaction across Regions, with no additional configuration.
- Amazon Bedrock adds model evaluation reports you can export directly to Amazon QuickSight.
- AWS Lambda introduces a managed runtime for Node.js 24 in all commercial Regions.
- Amazon EC2 launches new storage-optimized I8ge instances in Asia Pacific (Tokyo) and Europe (Frankfurt).

Learn and build
Join our free online series "Cost optimization in practice" on March 23 and 24. Sessions cover rightsizing, Savings Plans coverage and data transfer patterns, with live Q&A from AWS solutions architects.

Customer story
A European logistics company cut batch processing costs by 40% by moving nightly jobs to AWS Batch on Spot Instances. Read how they approached the migration and what they learned along the way.

From the AWS Blog
- Designing multi-account networks with AWS Cloud WAN
- Five ways to reduce CloudWatch Logs costs
- Getting started with the new IAM policy autopilot

Upcoming events
AWS Summits are coming to Amsterdam, Tokyo, Washington DC and more cities this spring. Find a Summit near you at https://aws.amazon.com/events/summits/

You are receiving this email because you subscribed to the AWS Newsletter. To stop receiving these emails, unsubscribe here: https://pages.awscloud.example/communication-preferences

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q042", provider="AWS", label="informational", deadline="none",
  frm="Amazon Web Services <aws-announcements@amazon.example.com>", to=OPS,
  date="2027-03-17 13:00:00 +0000", bland=True,
  subject="News from AWS",
  body="""Hello,

We're excited to announce the general availability of the AWS Asia Pacific (Osaka-2) Region's third Availability Zone expansion and the launch of new services in Asia Pacific (Osaka). Customers can now run highly available workloads across three Availability Zones in the Osaka Region with a broader set of services.

Newly available in Asia Pacific (Osaka):
- Amazon Bedrock, with a selection of foundation models
- Amazon Aurora Serverless v2 and Amazon Aurora Limitless Database
- AWS Backup cross-Region copy to and from Asia Pacific (Tokyo)
- Amazon Managed Service for Prometheus

For customers in Japan, this expansion makes it easier to build disaster recovery architectures that keep data within the country, using Tokyo and Osaka as a pair of Regions.

There is no action required on your part. Existing resources are not affected, and you can start using the new services in the Osaka Region today from the AWS Management Console, the AWS CLI or the AWS SDKs. Pricing for each service in the Region is available on the respective pricing pages.

To learn more, read the announcement on the AWS News Blog: https://aws.amazon.com/blogs/aws/

You are receiving this message because your account has opted in to receive AWS announcements. To update your communication preferences, visit https://pages.awscloud.example/communication-preferences

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),

N(id="q043", provider="AWS", lang="ja", fmt="html", label="informational", deadline="none",
  frm="AWS Summit Japan 事務局 <aws-summit-japan@amazon.example.com>", to=JP_OPS,
  date="2027-03-12 12:00:00 +0900",
  subject="【ご招待】AWS Summit Japan 2027 登録受付を開始しました",
  html_title="AWS Summit Japan 2027",
  body="""AWS をご利用いただいている皆様

日本最大級の AWS を学ぶイベント「AWS Summit Japan 2027」の登録受付を開始しました。今年も幕張メッセにて 2 日間にわたり開催いたします。

■ 開催概要
日程: 2027 年 6 月 24 日 (木)・25 日 (金)
会場: 幕張メッセ (千葉県千葉市) およびオンライン
参加費: 無料 (事前登録制)

■ 見どころ
・基調講演: 生成 AI とデータ基盤の最新動向
・業種別セッション: 製造、金融、ヘルスケア、運輸、メディアなど 150 以上のセッション
・AWS Expo: AWS のエキスパートに直接相談できるブースやハンズオンコーナー
・AWS 認定資格をお持ちの方向けのラウンジ

■ 事前登録
以下のページからご登録ください。登録いただいた方には、セッション予約のご案内をお送りします。
https://aws.amazon.com/jp/summits/japan/

皆様のご来場を心よりお待ちしております。

本メールは、AWS からのイベント案内の受信に同意いただいた方にお送りしています。今後の配信を希望されない場合は、以下から配信停止の手続きを行ってください。
https://pages.awscloud.example/communication-preferences

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
"""),

N(id="q044", provider="AWS", label="informational", deadline="none",
  frm=AWS_HEALTH, to=AWS_NANAO, date="2027-03-25 07:58:20 +0000",
  subject="[RESOLVED] Increased API error rates - Amazon EC2 (Tokyo)",
  body="""Hello,

This notification is to inform you that the operational issue affecting Amazon EC2 in the Asia Pacific (Tokyo) Region has been resolved.

Event: Increased API Error Rates
Service: Amazon EC2
Region: ap-northeast-1 (Asia Pacific - Tokyo)
Start time: 2027-03-25 05:12 UTC
End time: 2027-03-25 07:31 UTC
AWS Account: 318604471259

Summary:
Between 5:12 AM and 7:31 AM UTC, we experienced increased error rates and latencies for the RunInstances, CreateVolume and DescribeInstances APIs in a single Availability Zone (apne1-az4) in the AP-NORTHEAST-1 Region. Existing instances and volumes were not affected and continued to operate normally. Auto Scaling groups in the affected Availability Zone may have experienced delays in launching new instances during this period.

The issue was caused by a configuration change to an internal subsystem responsible for placement. The change was rolled back, and error rates returned to normal levels at 7:31 AM UTC. The issue has been resolved and the service is operating normally.

No action is required on your part. If your Auto Scaling groups reached their desired capacity after the event, no further steps are needed.

Your account had API calls affected during the event window; these are listed in the "Affected resources" tab of the AWS Health Dashboard for your reference.
""" + AWS_HEALTH_FOOTER),

N(id="q045", provider="AWS", label="informational", deadline="none",
  frm="AWS Organizations <no-reply-organizations@amazon.example.com>", to=AWS_FERN,
  date="2027-03-29 02:10:11 +0000", bland=True,
  subject="Your AWS account",
  body="""Hello,

This email confirms that your AWS account has joined an organization in AWS Organizations.

Account ID: 204517763091
Account name: bluefern-studios-prod
Organization ID: o-7kq2xm4p9d
Management account: 611027384950 (shirakaba-msp-management)
Joined: March 29, 2027 at 02:09 UTC

What this means:
- Your account is now a member account of the organization. The management account can apply service control policies (SCPs) and other policies that may restrict what users and roles in your account can do.
- If consolidated billing is enabled, charges for this account will now appear on the management account's invoice starting from the date your account joined. Charges before that date will be billed to this account as usual.
- Your existing resources, IAM users and roles are not changed by joining the organization.

If you accepted this invitation, no further action is needed.

If you did not expect this change, sign in to your account and review the organization settings under AWS Organizations in the AWS Management Console. A member account can leave an organization if it has the information required to operate as a standalone account.

For more information, see the AWS Organizations User Guide:
https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts.html

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
"""),
]
