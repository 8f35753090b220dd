"""Set Z, chunk C: AWS maintenance, billing, informational (English) and AWS Japan (Japanese)."""
from common import hl, AWS_FOOTER, AWS_HEALTH_FOOTER, AWS_SIG

NOTICES = []
add = NOTICES.append

AWS_JA_FOOTER = """本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできませんのでご了承ください。

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc."""

# ---------------------------------------------------------------- maintenance (EN)
add(dict(
    key="aws-rds-maint", provider="AWS", lang="en", fmt="plain",
    label="maintenance", deadline="2026-09-15", bland=False,
    frm="Amazon RDS <no-reply-aws@amazon.com>", to=hl("aws-brightwater"),
    date="2026-09-08 10:00:31 +0000",
    subject="Amazon RDS planned maintenance for DB instance bw-policy-admin",
    body="""Hello,

We are contacting you because an Amazon RDS DB instance in your AWS account 880217364402 has required maintenance that is scheduled to be applied during its next maintenance window.

DB instance: bw-policy-admin
Engine: PostgreSQL 14.12
Region: ap-southeast-1
Maintenance type: Operating system update (required)
Scheduled window: 2026-09-15 18:00 - 18:30 UTC (Wed 02:00 - 02:30 SGT)

The update contains security patches and stability fixes for the underlying operating system. Because this DB instance is a Single-AZ deployment, it will be unavailable for a short period, typically a few minutes, while the update is applied and the instance restarts. Multi-AZ deployments apply the update to the standby first and then fail over, which reduces downtime to the time taken for failover.

If you would like to apply the update at a different time, you can:
- apply it immediately from the Amazon RDS console (choose the DB instance, then Actions, then Upgrade now), or
- change the preferred maintenance window for the DB instance before the scheduled time.

You can check the status of pending maintenance at any time in the Amazon RDS console, in the Maintenance and backups tab of the DB instance, or with the describe-pending-maintenance-actions command.

For more information, see "Maintaining a DB instance" in the Amazon RDS User Guide.

""" + AWS_SIG + "\n\n" + AWS_FOOTER))

add(dict(
    key="aws-ec2-sysreboot", provider="AWS", lang="en", fmt="alt",
    label="maintenance", deadline="2026-09-24", bland=False,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("aws-pacificgrain"),
    date="2026-09-14 13:46:09 +0000",
    subject="[Scheduled Maintenance] Amazon EC2 system-reboot for instances in ap-southeast-2",
    body="""Event type: AWS_EC2_SYSTEM_REBOOT_MAINTENANCE_SCHEDULED
Account: 218840637159
Region: ap-southeast-2
Start time: Thu, 24 Sep 2026 02:00:00 GMT
End time: Thu, 24 Sep 2026 04:00:00 GMT

Hello,

One or more of your Amazon EC2 instances in the ap-southeast-2 region has been scheduled for system-reboot maintenance. Maintenance of the underlying host is required to apply updates, and your instances will be rebooted during the scheduled window.

Affected instances:
  i-0a77c3e9b1d2f4056  (pg-grain-web-01)
  i-0b88d4f0c2e3a5167  (pg-grain-web-02)
  i-0c99e5a1d3f4b6278  (pg-grain-queue-01)

During the reboot, which normally completes within a few minutes, your instances will be unavailable. Your instance configuration, IP addresses and data on EBS volumes and instance store volumes are retained.

If you prefer to reboot at a time of your choosing before the window, you can reschedule the event to an earlier date and time in the EC2 console, under Events. A system-reboot event can also be completed by stopping and starting the instance, which moves it to a different host; note that stopping an instance erases any data on instance store volumes.

If these instances are behind a load balancer, we recommend draining them one at a time so that your application remains available.

For more information, see "Scheduled events for your instances" in the Amazon EC2 User Guide.

""" + AWS_HEALTH_FOOTER))

add(dict(
    key="aws-elasticache-update", provider="AWS", lang="en", fmt="plain",
    label="maintenance", deadline="2026-10-06", bland=True,
    frm="Amazon ElastiCache <no-reply-aws@amazon.com>", to=hl("aws-lumen"),
    date="2026-09-16 08:27:14 +0000",
    subject="Amazon ElastiCache Service Update",
    body="""Hello,

A new service update, elasticache-20260915-002, is available for Amazon ElastiCache clusters in your account 731552094816. The update includes security patches for the underlying operating system and improvements to node replacement.

Severity: Important
Recommended apply by date: October 6, 2026

Affected clusters (ap-southeast-1):
  lumen-session-cache    (Valkey 8.0, 3 shards, cluster mode enabled)
  lumen-lms-queue        (Redis OSS 7.1, 1 shard)

You can apply the update at any time before the recommended apply by date from the Service Updates page of the ElastiCache console. Updates are applied one node at a time. For clusters with replicas, ElastiCache updates the replicas first and then fails over, so the impact on availability is usually limited to a brief failover. Clusters without replicas will be unavailable for several minutes while the node is updated.

If the update has not been applied by October 6, 2026, ElastiCache will apply it automatically during each cluster's next scheduled maintenance window after that date.

We recommend that you apply the update during a period of low traffic, and that you make sure your clients are configured to reconnect automatically.

For more information, see "Self-service updates in Amazon ElastiCache" in the ElastiCache User Guide.

Thank you,
The Amazon ElastiCache Team

""" + AWS_FOOTER))

add(dict(
    key="aws-redshift-maint", provider="AWS", lang="en", fmt="plain",
    label="maintenance", deadline="2026-09-26", bland=False,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("aws-pacificgrain"),
    date="2026-09-19 03:00:52 +0000",
    subject="Amazon Redshift maintenance scheduled for cluster pg-grain-dw on September 26",
    body="""Event type: AWS_REDSHIFT_MAINTENANCE_SCHEDULED
Account: 218840637159
Region: ap-southeast-2

Hello,

We are writing to let you know that maintenance has been scheduled for your Amazon Redshift provisioned cluster.

Cluster: pg-grain-dw
Node type: ra3.4xlarge (4 nodes)
Current cluster version: 1.0.94118
Target cluster version: 1.0.96305
Maintenance window: Saturday, September 26, 2026, 14:00 - 14:30 UTC

During the maintenance window, Amazon Redshift will apply the latest cluster version. The cluster will be unavailable for approximately 10 to 20 minutes while the update is applied and the cluster restarts. Queries that are running at the start of the maintenance will be cancelled, and connections will need to be re-established afterwards.

The new cluster version includes performance improvements for queries that use materialized views, fixes for several issues with data sharing, and security updates.

If this time is not convenient for you, you can:
- defer the maintenance for up to 45 days from the Amazon Redshift console (Maintenance tab, Defer maintenance), or
- change the cluster's maintenance window.

If your cluster uses the "Trailing" maintenance track, the update will be applied only after it has been available on the "Current" track for some time.

For more information, see "Amazon Redshift maintenance windows" in the Amazon Redshift Management Guide.

""" + AWS_HEALTH_FOOTER))

add(dict(
    key="aws-ebs-emergency-maint", provider="AWS", lang="en", fmt="plain",
    label="maintenance", deadline="2026-09-11", bland=True,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("aws-brightwater"), cc=hl("noc"),
    date="2026-09-10 09:30:18 +0000",
    subject="AWS Notification - Scheduled Change",
    body="""Event type: AWS_EBS_EMERGENCY_MAINTENANCE_SCHEDULED
Account: 880217364402
Region: ap-southeast-1
Availability Zone: apse1-az2
Start time: Fri, 11 Sep 2026 14:00:00 GMT
End time: Fri, 11 Sep 2026 18:00:00 GMT

Hello,

We need to perform emergency maintenance on a storage subsystem that hosts some of your Amazon EBS volumes in the ap-southeast-1 region. We identified a hardware issue that, if left unaddressed, could lead to degraded performance for the volumes on this subsystem.

During the window, the affected volumes may experience elevated I/O latency and, for short periods of a few seconds, I/O may pause completely. The volumes will remain attached, and no data will be lost. No reboot is required.

Affected volumes:
  vol-0f1e2d3c4b5a69788  (attached to i-0bb1aa2cc3dd4ee55, bw-claims-app-01)
  vol-0a9b8c7d6e5f43210  (attached to i-0bb1aa2cc3dd4ee55, bw-claims-app-01)
  vol-01234abcd5678ef90  (attached to i-0cc2bb3dd4ee5ff66, bw-batch-01)

We apologise for the short notice. We recommend that you avoid running latency-sensitive batch jobs on the affected instances during the window. If you prefer, you can move data off the affected volumes before the maintenance begins by creating a snapshot and creating a new volume from it, which will be placed on different hardware.

If you have questions, please contact AWS Support and reference this event.

""" + AWS_HEALTH_FOOTER))

# ---------------------------------------------------------------- billing (EN)
add(dict(
    key="aws-budget-alert", provider="AWS", lang="en", fmt="plain",
    label="billing", deadline=None, bland=False,
    frm="AWS Budgets <no-reply@budgets.amazonaws.com>", to=hl("billing"), cc=hl("cloud-ops"),
    date="2026-09-19 07:14:00 +0000",
    subject="AWS Budgets: BW-Prod-Monthly has exceeded your alert threshold",
    body="""AWS Budget Notification September 19, 2026
AWS Account 880217364402

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your BW-Prod-Monthly budget is greater than 80.00% for the current month. The ACTUAL Cost associated with this budget is USD 14,966.42. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: BW-Prod-Monthly
Budget Type: Cost
Budgeted Amount: USD 18,000.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: USD 14,966.42
Forecasted Amount: USD 23,110.90

Top services by cost month-to-date:
  Amazon Elastic Compute Cloud - Compute   USD 6,204.11
  Amazon Relational Database Service       USD 3,882.57
  EC2 - Other                              USD 2,101.30
  Amazon OpenSearch Service                USD 1,148.76
  Amazon Simple Storage Service            USD   509.40
  Other services                           USD 1,120.28

Note: Cost and usage data is updated up to three times a day and may be delayed by up to 24 hours. The amounts above do not include taxes, credits or refunds that will be applied to your invoice.

To review the sources of your costs, open AWS Cost Explorer and filter by linked account 880217364402. To change or delete this alert, go to the Budgets page of the AWS Billing and Cost Management console.

This is an automated message. Please do not reply to this email.

""" + AWS_FOOTER))

add(dict(
    key="aws-payment-failed", provider="AWS", lang="en", fmt="plain",
    label="billing", deadline="2026-09-16", explicit=True, bland=False,
    frm="Amazon Web Services Billing <aws-receivables-support@email.amazon.com>", to=hl("billing"),
    date="2026-09-06 02:50:33 +0000",
    subject="AWS Payment Failure Notification: Invoice 2381790045 (Account 947103385260)",
    body="""Hello,

We were unable to charge your payment method for the following invoice:

Account ID: 947103385260
Account name: Pacific Grain - Analytics
Invoice number: 2381790045
Invoice date: September 2, 2026
Amount due: USD 3,418.06
Payment method: Visa ending in 4417
Reason: The card issuer declined the transaction.

Please make a payment of the full amount by September 16, 2026. You can do either of the following:
- Sign in to the Billing and Cost Management console, open Payments, and choose Complete payment. You can use the same card after contacting your bank, or add a different payment method.
- Pay by bank transfer using the remittance details shown on the invoice. Please include the invoice number as the payment reference.

If we do not receive payment by the due date, we may suspend your account. While an account is suspended you cannot access the AWS Management Console or use AWS services, and resources in the account may eventually be terminated.

If you have already made this payment, please disregard this message. Payments can take up to five business days to appear in your account.

If you have questions about this invoice or need to arrange an alternative way to pay, please contact AWS Billing support through the AWS Support Center. Billing support is available to all customers at no additional charge.

Sincerely,
Amazon Web Services

""" + AWS_FOOTER))

add(dict(
    key="aws-billing-case-reply", provider="AWS", lang="en", fmt="plain", reply=True,
    label="billing", deadline=None, bland=True,
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to=hl("billing"),
    date="2026-09-24 06:09:47 +0000",
    headers={"In-Reply-To": "<case-17750012846-2@support.amazon.com>",
             "References": "<case-17750012846-1@support.amazon.com> <case-17750012846-2@support.amazon.com>"},
    subject="Re: [Case 17750012846] Invoice correction request",
    body="""Hello,

Thank you for contacting AWS Billing and Accounts support, and for your patience while we reviewed your request.

As requested, I have corrected the tax registration details for linked account 604417285391 (Koyo Machinery). The Japanese consumption tax registration number (T4012345678901) and the billing address in Osaka have been added to the account's tax settings.

Because invoices that have already been issued cannot be edited, I have issued the following documents for the August 2026 billing period:

- Credit memo 5209917734 for JPY 842,110 (cancels invoice 2374406615)
- Replacement invoice 2381998201 for JPY 842,110, showing the corrected tax registration number and address

The total amount due for August is unchanged. The original invoice was paid in full on September 3, 2026, and the payment has been applied to the replacement invoice, so there is nothing further to pay. You can download both documents from the Bills page of the Billing and Cost Management console.

Future invoices for this account will show the updated details automatically.

I will set this case to resolved. If you have any other questions, please reply to this case within the next 14 days and it will reopen automatically.

We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center.

Best regards,

Mei L.
Amazon Web Services

> From: Harbourline Billing <billing@harbourline-ops.example>
> Subject: Invoice correction request
> Please add the consumption tax registration number for Koyo Machinery
> (account 604417285391) and reissue the August invoice.
"""))

# ---------------------------------------------------------------- informational (EN)
add(dict(
    key="aws-reinvent-invite", provider="AWS", lang="en", fmt="html",
    label="informational", deadline=None, bland=False,
    frm="AWS Events <aws-events@email.awsevents.com>", to=hl("priya.raman"),
    date="2026-09-09 15:00:00 +0000", accent="#7d2ae8",
    headers={"List-Unsubscribe": "<https://pages.awscloud.com/unsubscribe.html?id=hl-882741>"},
    subject="Registration is open: AWS re:Invent 2026, November 30 - December 4, Las Vegas",
    body="""Hi Priya,

Registration is now open for AWS re:Invent 2026, taking place November 30 to December 4 in Las Vegas.

re:Invent is our largest learning event of the year, with keynotes from AWS leaders, more than 2,000 technical sessions, hands-on workshops and builder labs, and the Expo, where you can meet AWS teams and partners.

This year's highlights include:
- Keynotes on generative AI, infrastructure and developer productivity
- New session tracks for AWS Partners and managed service providers, covering operations at scale, FinOps and multi-account governance
- Certification lounges and on-site exam appointments
- Peer Talks and community meetups, including an Asia Pacific partner reception

As an AWS Partner, you can register with the partner discount code sent to your organization's alliance lead. Early registration pricing is available until October 9.

Session catalog and reserved seating
The full session catalog will be published in October. Reserved seating opens on October 20 and seats in popular sessions are limited, so we recommend that you register early and build your agenda.

Can't travel to Las Vegas?
All keynotes and leadership sessions will be live-streamed free of charge. Register for the virtual pass to watch live and on demand.

Register now: https://reinvent.awsevents.com/register/

We look forward to seeing you there.

The AWS Events Team

You are receiving this email because you opted in to AWS event communications. To stop receiving event emails, unsubscribe here: https://pages.awscloud.com/unsubscribe.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109. AWS re:Invent and AWS are trademarks of Amazon.com, Inc. or its affiliates. Privacy: https://aws.amazon.com/privacy/"""))

add(dict(
    key="aws-partner-newsletter", provider="AWS", lang="en", fmt="html",
    label="informational", deadline=None, bland=True,
    frm="AWS Partner Network <apn-news@email.partners.amazonaws.com>", to=hl("partners"),
    date="2026-09-17 13:30:00 +0000", accent="#232f3e",
    headers={"List-Unsubscribe": "<https://pages.awscloud.com/apn-unsubscribe.html?id=hl-1130>"},
    subject="AWS Partner Network - September 2026",
    body="""AWS Partner Network | Monthly update | September 2026

Hello Harbourline Cloud Operations,

Here is a summary of news, programs and resources for AWS Partners this month.

Program news
- The AWS Managed Services Provider (MSP) Program has published version 6.0 of its validation checklist. Partners due for renewal after January 2027 will be audited against the new checklist. A recorded walkthrough is available in AWS Partner Central.
- Funding templates for migration assessments have been simplified, with fewer fields and faster approval for opportunities under USD 50,000.
- The Partner Solutions Finder now shows customer reviews for validated offerings.

Product highlights
- AWS Organizations: new reports for tracking policy changes across member accounts.
- Amazon Bedrock: additional foundation models in the Asia Pacific (Tokyo) and Asia Pacific (Singapore) Regions.
- AWS Billing Conductor: custom line items can now be scheduled to repeat monthly.

Training and certification
- New learning plan: "Operating AWS at scale for MSPs" (12 hours, free in AWS Skill Builder).
- Exam voucher campaign for partner employees runs until November 30.

Events in Asia Pacific
- AWS Partner Summit Singapore, October 14
- AWS Partner Day Osaka, October 22
- Webinar: Preparing for your MSP program audit, October 6

Visit AWS Partner Central for full details: https://partnercentral.awspartner.com/

Best regards,
The AWS Partner Network Team

You are receiving this email because your organization is registered in the AWS Partner Network. Manage your email preferences or unsubscribe at https://pages.awscloud.com/apn-unsubscribe.html
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109."""))

add(dict(
    key="aws-support-update", provider="AWS", lang="en", fmt="plain",
    label="informational", deadline=None, bland=True,
    frm="AWS Support <no-reply-aws@amazon.com>", to=hl("aws-root"),
    date="2026-09-26 00:15:39 +0000",
    subject="Update to your AWS Support experience",
    body="""Hello,

We are writing to let you know about improvements to the AWS Support Center that are rolling out to all accounts, including your organization's management account 430118275546, over the coming weeks.

What's new
- Case history across accounts: if you use AWS Organizations, users in the management account with the right permissions can now view support cases from all member accounts in one list.
- Suggested answers: when you start to create a case, the Support Center will show relevant AWS re:Post articles and knowledge center content based on your description.
- Chat transcripts: transcripts of chat contacts are now attached to the case automatically, so everyone working on the case can read them.
- Time zone preference: you can now choose the time zone used to display dates and times in case correspondence.

What's not changing
Your support plan, its pricing and response times are not changing. Existing cases and their correspondence are not affected, and you can continue to open cases through the console, the AWS Support API and the AWS CLI as before.

There is nothing you need to do. If your IAM policies restrict access to the Support Center, the new cross-account case list respects those permissions; users will only see cases they are allowed to see.

To learn more, visit the AWS Support User Guide or the Support Center.

Thank you for choosing AWS.

The AWS Support Team

""" + AWS_FOOTER))

# ---------------------------------------------------------------- AWS Japan (JA)
add(dict(
    key="aws-ja-abuse", provider="AWS", lang="ja", fmt="plain", cte="base64",
    label="abuse", deadline="2026-09-11", rel=("hours", 24), bland=False,
    frm="Amazon EC2 Abuse <ec2-abuse@amazon.com>", to=hl("aws-koyo"), cc=hl("ops-osaka"),
    date="2026-09-10 14:20:05 +0900",
    subject="Amazon EC2 不正使用レポート [40217-55903] [AWS ID 604417285391]",
    body="""お客様各位

平素より Amazon Web Services をご利用いただき、誠にありがとうございます。

お客様の以下の AWS リソースから、第三者のサーバーに対してサービス妨害 (DoS) 攻撃とみられる大量の通信が行われているとの報告を受けました。

AWS ID: 604417285391
リージョン: ap-northeast-1
EC2 インスタンス ID: i-0d3c2b1a09f8e7d65
パブリック IP: 203.0.113.92

このような行為は AWS 利用規約 (Acceptable Use Policy) で禁止されています。報告の抜粋を本メール末尾に記載していますのでご確認ください。

該当する通信を停止し、実施した対応内容を本メールに直接ご返信ください。お客様が意図した正当な通信である場合は、その用途の詳細をご返信ください。

お客様が心当たりのない通信である場合、インスタンスが第三者に不正に利用されている可能性があります。OS やミドルウェアの脆弱性、推測されやすいパスワード、公開された認証情報などをご確認ください。

本通知から 24 時間以内にご返信をお願いいたします。ご返信がない場合、通信を遮断する、またはリソースを停止するなどの措置を取る場合があります。

ご返信の際は件名のケース番号 40217-55903 を変更しないでください。

よろしくお願いいたします。
AWS Trust & Safety

--- 報告内容の抜粋 ---
送信元: 203.0.113.92
宛先: 198.51.100.25 (UDP/53, UDP/123)
期間: 2026-09-10 03:05 - 04:40 UTC
ピーク: 約 1.2 Gbps
---

""" + AWS_JA_FOOTER))

add(dict(
    key="aws-ja-exposed-key", provider="AWS", lang="ja", fmt="plain",
    label="security-incident", deadline=None, bland=False,
    frm="Amazon Web Services <aws-security-notifications@amazon.com>", to=hl("aws-koyo"),
    date="2026-09-19 11:45:21 +0900",
    subject="【要対応】AWS アカウント 604417285391 のアクセスキーが公開されています",
    body="""AWS をご利用のお客様

AWS アカウント 604417285391 の IAM ユーザー「koyo-backup-sync」に属するアクセスキー AKIAZ3EXAMPLEQ7N2MXP と、対応するシークレットキーが、以下のインターネット上の場所で公開されていることを確認しました。

https://gist.github.com/k-tanabe-dev/3f9a0e7c1b2d4a68

IAM 認証情報の公開はアカウントのセキュリティ上のリスクとなり、不正な利用による多額の請求につながるおそれがあります。また、AWS カスタマーアグリーメントへの違反にも該当します。

お客様のアカウントを保護するため、上記 IAM ユーザーに AWS 管理ポリシー「AWSCompromisedKeyQuarantineV3」をアタッチしました。このポリシーは一部の高リスクな操作を拒否しますが、キーのすべての利用を止めるものではありません。

直ちに以下の対応を行ってください。

1. IAM コンソールで公開されたアクセスキーを削除してください。必要なアプリケーションには新しいキーを発行してから削除してください。
2. AWS CloudTrail のログを確認し、身に覚えのない IAM ユーザー、ロール、アクセスキー、ポリシーの作成や、EC2 インスタンスなどのリソースの作成がないか確認してください。
3. すべてのリージョンについて、請求情報とコスト管理コンソールで想定外の利用がないか確認してください。
4. 上記の対応が完了したら、本件について作成されたサポートケース (ケース ID: 17744208315) にご返信ください。

公開されたファイルを削除しても、アクセスキー自体は無効になりません。必ずキーを削除してください。

詳細は IAM ユーザーガイドの「アクセスキーの管理」をご参照ください。

よろしくお願いいたします。
アマゾン ウェブ サービス

""" + AWS_JA_FOOTER))

add(dict(
    key="aws-ja-ec2-retire", provider="AWS", lang="ja", fmt="plain", cte="base64",
    label="action-required", deadline="2026-10-08", bland=False,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("aws-koyo"), cc=hl("ops-osaka"),
    date="2026-09-24 10:02:40 +0900",
    subject="【リタイア通知】Amazon EC2 インスタンスのリタイアが予定されています",
    body="""イベントタイプ: AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED
アカウント: 604417285391
リージョン: ap-northeast-3

お客様

ap-northeast-3 リージョンでお客様の Amazon EC2 インスタンスをホストしている基盤ハードウェアの性能低下を検出しました。このため、インスタンスがすでに到達不能になっている可能性があります。2026 年 10 月 8 日 00:00 UTC 以降、EBS ボリュームをルートデバイスとする以下のインスタンスは停止されます。

対象インスタンス:
i-0f6e5d4c3b2a19080 (koyo-dr-fileserver, r5.xlarge)

お客様に必要な対応
インスタンスを停止してから起動し直すことで、新しいハードウェアに移行することを推奨します。停止時にはインスタンスストアボリューム上のデータは保持されませんのでご注意ください。インスタンスが Auto Scaling グループに属している場合は、インスタンスを終了して置き換えることもできます。

対応しなかった場合
リタイア予定日を過ぎると、インスタンスは停止されます。停止後はいつでも手動で起動できますが、自動では起動されません。

リタイアの対象となっているインスタンスの詳細は、AWS マネジメントコンソールの EC2 の「イベント」ページでご確認いただけます。

詳細については、Amazon EC2 ユーザーガイドの「インスタンスのリタイア」をご参照ください。ご不明な点がございましたら、AWS サポートまでお問い合わせください。

この通知は、お客様の AWS アカウントが AWS Health イベントの通知を受け取るよう設定されているためお送りしています。

""" + AWS_JA_FOOTER))

add(dict(
    key="aws-ja-dx-maint", provider="AWS", lang="ja", fmt="plain",
    label="maintenance", deadline="2026-09-29", bland=False,
    frm="AWS Health <no-reply@health.aws.amazon.com>", to=hl("noc"), cc=hl("ops-osaka"),
    date="2026-09-15 16:30:12 +0900",
    subject="[AWS Health] AWS Direct Connect 計画メンテナンスのお知らせ (ap-northeast-3)",
    body="""イベントタイプ: AWS_DIRECTCONNECT_MAINTENANCE_SCHEDULED
アカウント: 604417285391
リージョン: ap-northeast-3
開始時刻: 2026 年 9 月 29 日 01:00 JST (2026-09-28 16:00 UTC)
終了時刻: 2026 年 9 月 29 日 05:00 JST (2026-09-28 20:00 UTC)

お客様

AWS Direct Connect では、ネットワークの信頼性向上のため、以下の日時に計画メンテナンスを実施します。

対象接続:
dxcon-fh2k7q9m (Osaka ロケーション, 1Gbps, koyo-osaka-hq-primary)

メンテナンス中、上記の接続は最大 60 分程度切断される場合があります。冗長化された接続(別のデバイスまたはロケーションの接続や Site-to-Site VPN のバックアップ)をお持ちの場合、トラフィックは自動的にそちらに切り替わります。

本メンテナンスの対象は dxcon-fh2k7q9m のみです。同じロケーションにある冗長接続 dxcon-ab3c8r1n は、本メンテナンスの影響を受けません。

推奨事項
・冗長接続の BGP セッションが確立していることを事前にご確認ください。
・冗長構成をお持ちでない場合は、メンテナンス時間帯に重要な通信を行わないようご検討ください。
・メンテナンスの日時は変更できません。

メンテナンス終了後、BGP セッションは自動的に再確立されます。終了後も接続が回復しない場合は、AWS サポートにお問い合わせください。

この通知は、お客様の AWS アカウントが AWS Health イベントの通知を受け取るよう設定されているためお送りしています。

""" + AWS_JA_FOOTER))

add(dict(
    key="aws-ja-invoice", provider="AWS", lang="ja", fmt="plain", cte="base64",
    label="billing", deadline=None, bland=True,
    frm="アマゾン ウェブ サービス ジャパン <aws-billing-jp@amazon.co.jp>", to=hl("billing"),
    date="2026-09-03 09:05:00 +0900",
    subject="ご請求に関するお知らせ",
    body="""AWS をご利用のお客様

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。

2026 年 8 月分のご利用料金の請求書を発行いたしましたのでお知らせいたします。

AWS アカウント ID: 604417285391
アカウント名: Koyo Machinery - Production
請求書番号: JPIN26-0917734
請求期間: 2026 年 8 月 1 日 ～ 2026 年 8 月 31 日
ご請求金額: 842,110 円 (うち消費税 76,555 円)
お支払方法: クレジットカード (末尾 2208)

本請求書は、アマゾン ウェブ サービス ジャパン合同会社 (登録番号 T5010401101982) が発行する適格請求書です。

ご請求金額は、ご登録のクレジットカードに自動的に請求されます。お客様による追加のお手続きは必要ありません。

請求書の PDF は、AWS マネジメントコンソールの「請求とコスト管理」→「請求書」ページからダウンロードいただけます。サービスごとの内訳や、使用量の詳細もこちらでご確認いただけます。

請求書の宛名や住所の変更をご希望の場合は、「税金設定」ページで変更するか、AWS サポートセンターから請求に関するお問い合わせをお送りください。請求に関するお問い合わせは、サポートプランに関わらず無料でご利用いただけます。

今後とも AWS をよろしくお願いいたします。

""" + AWS_JA_FOOTER))

add(dict(
    key="aws-ja-event", provider="AWS", lang="ja", fmt="alt",
    label="informational", deadline=None, bland=False,
    frm="AWS イベント事務局 <aws-jp-events@email.awsevents.com>", to=hl("kenji.morimoto"),
    date="2026-09-11 12:00:00 +0900", accent="#ff9900",
    headers={"List-Unsubscribe": "<https://pages.awscloud.com/jp-unsubscribe.html?id=hl-5521>"},
    subject="【ご招待】AWS Cloud Day Osaka 2026 参加登録受付中",
    body="""森本 様

いつも AWS をご利用いただきありがとうございます。

2026 年 10 月 22 日 (木) に、グランフロント大阪にて「AWS Cloud Day Osaka 2026」を開催いたします。関西のお客様とパートナー様を対象に、クラウドの最新情報と導入事例をご紹介する無料のイベントです。ぜひご参加ください。

開催概要
・日時: 2026 年 10 月 22 日 (木) 10:00 ～ 18:00 (受付開始 9:30)
・会場: グランフロント大阪 ナレッジキャピタル コングレコンベンションセンター
・参加費: 無料 (事前登録制)
・対象: 経営者、IT 部門の方、開発者、パートナー企業の皆様

主なプログラム
・基調講演: 生成 AI 時代のクラウド活用
・製造業のデータ活用とスマートファクトリー事例
・大規模マイグレーションとモダナイゼーションの進め方
・セキュリティとガバナンス: マルチアカウント運用のベストプラクティス
・ハンズオンセッション (定員制)
・パートナー展示ブース

セッションの一覧と参加登録は、以下のページからご覧いただけます。会場の定員に達し次第、受付を締め切らせていただきますので、お早めにお申し込みください。

https://aws.amazon.com/jp/events/cloudday-osaka/

皆様のご来場を心よりお待ちしております。

AWS Cloud Day Osaka 事務局

本メールは、AWS からのイベント情報の受け取りを希望された方にお送りしています。配信停止をご希望の方は、こちらから手続きをお願いします: https://pages.awscloud.com/jp-unsubscribe.html
アマゾン ウェブ サービス ジャパン合同会社"""))
