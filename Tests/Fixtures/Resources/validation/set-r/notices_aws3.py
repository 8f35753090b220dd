# AWS: pricing, billing, informational (English, r032-r040); AWS Japan (r041-r044)

AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_MKT = ("Amazon Web Services", "aws-marketing-email-replies@amazon.com")
AWS_JP = ("アマゾン ウェブ サービス ジャパン", "no-reply-aws@amazon.com")

FOOTER = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

MKT_FOOTER = """You are receiving this email because you are subscribed to AWS marketing communications. To unsubscribe or change your email preferences, visit https://pages.awscloud.com/communication-preferences. Please do not reply to this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Privacy: https://aws.amazon.com/privacy/"""

JP_FOOTER = """本メールは送信専用のアドレスから配信されています。ご返信いただいてもお答えできませんのでご了承ください。

アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""

NOTICES = [
dict(
    id="r032", provider="AWS", label="pricing", deadline="2026-10-01", bland=True,
    date="2026-08-26 16:04:33 +0000", sender=AWS, to="aws-billing@northgate-mc.example",
    subject="Important: upcoming changes to your AWS charges",
    lang="en", fmt="plain",
    body="""Hello,

We are writing to let you know about upcoming changes to the prices of Amazon CloudWatch in the Asia Pacific (Melbourne) Region. You are receiving this message because your AWS account, or an account in your organization, used Amazon CloudWatch in this Region during the last three months.

Effective October 1, 2026, the following prices will apply in the Asia Pacific (Melbourne) Region (ap-southeast-4):

- CloudWatch Logs standard ingestion: from $0.76 per GB to $0.83 per GB
- CloudWatch Logs Infrequent Access ingestion: from $0.38 per GB to $0.42 per GB
- Custom metrics (first 10,000 metrics): from $0.36 to $0.39 per metric per month
- Logs storage (archival): no change

Prices in all other Regions are not changing. The AWS Free Tier allowances for CloudWatch are also not changing.

The new prices will be reflected in your bill from October 1, 2026 onward. Charges for usage before that date will be billed at the current prices. No action is required on your part. If you want to estimate the effect of the change, you can use AWS Cost Explorer to filter CloudWatch usage by Region and usage type, or use the AWS Pricing Calculator.

To reduce CloudWatch Logs costs, consider setting retention policies on your log groups, using the Infrequent Access log class for logs that you query rarely, and reviewing high-volume log groups.

Accounts affected in your organization (payer account 184025937716):
730519846213 (coralcoast-prod)
591306624870 (westmark-legal-prod)

For the current and upcoming prices, see: https://aws.amazon.com/cloudwatch/pricing/

If you have questions about your bill, contact AWS Support through the Support Center.

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r033", provider="AWS", label="pricing", deadline="2026-09-01",
    date="2026-08-05 15:30:00 +0000", sender=AWS, to="aws-billing@northgate-mc.example",
    subject="Lower prices for Amazon S3 Glacier Instant Retrieval starting September 1, 2026",
    lang="en", fmt="plain",
    body="""Hello,

We are pleased to let you know that Amazon S3 is reducing the price of the S3 Glacier Instant Retrieval storage class in several AWS Regions. You are receiving this message because your account stored data in S3 Glacier Instant Retrieval in one or more of these Regions during the past month.

Starting September 1, 2026, the new storage prices will be:

- Asia Pacific (Tokyo): $0.0045 per GB-month, down from $0.005, and data retrieval from $0.03 to $0.025 per GB
- Asia Pacific (Sydney): $0.0045 per GB-month, down from $0.005
- Asia Pacific (Melbourne): $0.0045 per GB-month, down from $0.0055
- Asia Pacific (Osaka): $0.0045 per GB-month, down from $0.005

The price reductions apply automatically to all existing and new data in S3 Glacier Instant Retrieval in these Regions. You do not need to make any changes to your buckets, lifecycle configurations or applications.

Based on your usage in July 2026, accounts in your organization stored an average of 186 TB in S3 Glacier Instant Retrieval across the Regions listed above. Savings will appear on your bill for September 2026, which you will receive at the beginning of October.

Other S3 storage classes and request prices are not changing as part of this update.

For details, see the Amazon S3 pricing page: https://aws.amazon.com/s3/pricing/

Thank you for using Amazon S3.

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r034", provider="AWS", label="pricing", deadline="2026-11-01", bland=True,
    date="2026-08-12 18:47:52 +0000", sender=AWS, to="aws-billing@northgate-mc.example",
    subject="Important information for AWS Partners",
    lang="en", fmt="plain",
    body="""Dear AWS Partner,

We are writing to inform you of a change to how Reserved Instance (RI) and Savings Plans discounts are shared across accounts that are billed through AWS Partner programs, including accounts that you manage on behalf of end customers.

Effective November 1, 2026, RI and Savings Plans discounts purchased in one end customer's accounts will no longer be applied to usage in accounts that belong to a different end customer within the same billing family. Discounts will continue to be shared among the accounts of the same end customer, as identified by the customer billing groups that you have configured in AWS Billing Conductor.

What this means for you:

- Usage in accounts that previously benefited from commitments purchased by another end customer will be billed at On-Demand rates from November 1, 2026, unless those accounts are covered by their own commitments.
- Your overall invoice amount from AWS may change depending on how commitments are distributed across your customers.
- Existing commitments remain valid until their end date. Their discounts will be applied only within the customer billing group that owns them.

Based on your August usage, 7 accounts in your billing family (payer account 184025937716) currently receive shared discounts from commitments owned by a different billing group. The largest effect is on the billing group "hida-timber", which currently receives approximately USD 1,240 per month of shared Savings Plans benefit.

To review which accounts are affected, open the AWS Billing Conductor console and use the new "Discount sharing impact" report. You may also turn off discount sharing earlier in the Billing preferences page if you wish.

For more information, see the AWS Partner Central announcement: https://partnercentral.awspartner.com/

Sincerely,
The AWS Partner Network Team

""" + FOOTER,
),
dict(
    id="r035", provider="AWS", label="billing", deadline=None,
    date="2026-08-03 01:14:26 +0000", sender=AWS, to="aws-billing@northgate-mc.example",
    subject="Amazon Web Services Billing Statement Available [Account: 184025937716]",
    lang="en", fmt="alt", brand="aws", accent="#232f3e",
    preheader="Your AWS invoice for July 2026 is available.",
    body="""Greetings from Amazon Web Services, we're writing to provide you with an electronic invoice for your use of AWS services. Additional information about your bill, individual service charge details, and your account history are available on the Account Activity Page.

Summary

AWS Account Number: 184025937716
Invoice Number: 2384061927
Invoice Date: August 2, 2026
Billing Period: July 1 - July 31, 2026

Total Amount Due: USD 48,211.37
Charges: USD 45,904.18
Estimated GST (Australia): USD 1,127.66
Estimated Consumption Tax (Japan): USD 1,179.53

Payment method: Invoice (bank transfer)
Payment terms: Net 30

Linked accounts with the highest charges:
730519846213 coralcoast-prod       USD 14,876.02
591306624870 westmark-legal-prod   USD 12,433.91
412733580962 sakae-print-prod      USD 9,708.45
268840157392 hida-timber-prod      USD 6,215.30

You can view your invoice and download a PDF copy in the Billing and Cost Management console: https://console.aws.amazon.com/billing/home#/bills

Please do not reply to this email. If you have questions about your bill, you can contact AWS Customer Service through the Support Center: https://console.aws.amazon.com/support/home

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210. Reference: https://aws.amazon.com/agreement/
""",
),
dict(
    id="r036", provider="AWS", label="billing", deadline="2026-08-20", explicit_act_by=True,
    date="2026-08-10 22:05:48 +0000", sender=AWS, to="aws+hida@northgate-mc.example",
    subject="AWS Notification - Your payment method was declined",
    lang="en", fmt="plain",
    body="""Hello,

We were unable to charge your payment method for your AWS invoice. Please update your payment information so that we can process the payment and avoid any interruption to your AWS services.

AWS Account ID: 268840157392
Invoice number: 2384079115
Invoice date: August 2, 2026
Amount due: JPY 412,806
Payment method on file: Visa ending in 4417 (expired 07/2026)
Reason for decline: card expired

Please update your payment method and pay the outstanding balance by August 20, 2026. If we are unable to collect payment by then, your account may be suspended, and you may lose access to AWS services and resources until the balance is paid. Resources in a suspended account may eventually be terminated.

To update your payment information:
1. Sign in to the AWS Management Console.
2. Open the Billing and Cost Management console and choose Payment preferences.
3. Add a new payment method or update the expiration date of your card, and set it as the default.
4. On the Payments page, choose Complete payment for the unpaid invoice.

If you have recently updated your payment information, we will retry the charge automatically and you can ignore this message.

If you think this email was sent in error, or if you have questions about your bill, contact AWS Support through the Support Center: https://console.aws.amazon.com/support/home

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r037", provider="AWS", label="billing", deadline=None,
    date="2026-08-22 04:18:09 +0000", sender=("AWS Budgets", "budgets@costalerts.amazonaws.com"),
    to="aws-billing@northgate-mc.example", cc="melbourne-ops@northgate-mc.example",
    subject="AWS Budgets: coralcoast-monthly has exceeded your alert threshold",
    lang="en", fmt="alt", brand="AWS Budgets", accent="#ff9900",
    preheader="ACTUAL cost is greater than 80% of your budgeted amount.",
    body="""Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your coralcoast-monthly budget is greater than 80.00% for the current month. The ACTUAL Cost associated with this budget is $10,448.72. You can find additional details below and by accessing the AWS Budgets dashboard.

Budget Name: coralcoast-monthly
Budget Type: Cost
Budgeted Amount: $12,500.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: $10,448.72
Forecasted Amount: $15,212.40
Budget period: 2026-08-01 to 2026-08-31
Linked account filter: 730519846213

Top services contributing to this budget this month:
Amazon Elastic Compute Cloud - Compute   $4,812.33
Amazon Relational Database Service       $2,106.90
Amazon CloudFront                        $1,388.15
AWS Data Transfer                        $   944.02
Amazon Simple Email Service              $   102.57

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets

To review your cost drivers, open AWS Cost Explorer and group by Service or Usage Type. To change or stop these alerts, edit the alert settings of the budget in the AWS Budgets console.

This email was sent to the subscribers of the coralcoast-monthly budget. Please do not reply to this message.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""",
),
dict(
    id="r038", provider="AWS", label="informational", deadline=None,
    date="2026-08-06 14:00:00 +0000", sender=("AWS Events", "aws-events@amazon.com"),
    to="cloud-ops@northgate-mc.example",
    subject="Registration is open for AWS re:Invent 2026",
    lang="en", fmt="html", brand="AWS re:Invent 2026", accent="#5a2ca0",
    preheader="Join us in Las Vegas, November 30 - December 4, 2026.",
    body="""Hello,

Registration for AWS re:Invent 2026 is now open. Join us in Las Vegas from November 30 to December 4, 2026, for the cloud computing community's largest learning event of the year, or follow the keynotes and leadership sessions online at no cost.

At re:Invent you can:

- Hear the latest announcements at keynotes from AWS leaders
- Choose from more than 2,000 technical sessions, workshops, chalk talks and builders' sessions
- Get hands-on with new services in the Expo and the AWS Village
- Meet AWS experts and Partners, and connect with peers from around the world
- Earn AWS Certification credentials on site at a discounted exam fee

New this year: the Partner Summit track is back on day one, with sessions for managed service providers on operating at scale, FinOps for multi-customer environments and migrating workloads with AI assistance.

Early pricing: register before September 30, 2026, to receive the early rate of USD 1,799. The full conference pass is USD 2,099 after that date. Groups of five or more from the same company can request a group discount.

Session catalog and reserved seating will open in October. Keep an eye on your inbox for details.

Register now: https://reinvent.awsevents.com/register/

Hotel bookings through the official housing portal are now available at negotiated rates.

We look forward to seeing you in Las Vegas.

The AWS re:Invent Team

""" + MKT_FOOTER,
),
dict(
    id="r039", provider="AWS", label="informational", deadline=None,
    date="2026-08-14 02:30:00 +0000", sender=("AWS Partner Network", "apn-news@amazon.com"),
    to="partners@northgate-mc.example",
    subject="Your AWS Partner update - August 2026",
    lang="en", fmt="alt", brand="AWS Partner Network", accent="#232f3e",
    preheader="Program news, new benefits and upcoming events for AWS Partners in APJ.",
    body="""Hello Northgate Managed Cloud,

Here is your monthly roundup of news for AWS Partners in Asia Pacific and Japan.

Program news

- The AWS Managed Service Provider (MSP) Program validation checklist version 5.2 is now published. Partners renewing in 2027 can review the updated controls in Partner Central. Partners currently validated do not need to do anything until their next renewal.
- Partner Central now shows opportunity and account-mapping data for all linked customer accounts in a single view.
- New AWS Marketplace seller capabilities let consulting partners resell third-party software together with their own services in private offers.

Training and certification

- Partner Bootcamps in Tokyo (September 8-10) and Melbourne (September 15-17) are open for registration at no cost.
- The new "Operating generative AI workloads" digital course is available in English and Japanese in AWS Skill Builder.

Events

- AWS Summit Tokyo recap: session recordings are now available on demand.
- AWS Partner Summit APJ will be held online on October 7, 2026.

Customer success

Read how APJ partners helped tourism and manufacturing customers reduce infrastructure costs with Graviton and Savings Plans in our latest case studies.

Visit AWS Partner Central: https://partnercentral.awspartner.com/

Thank you for being an AWS Partner.

The AWS Partner Network Team

You are receiving this email because your organization is registered in the AWS Partner Network. Manage your email preferences in Partner Central. Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""",
),
dict(
    id="r040", provider="AWS", label="informational", deadline=None, bland=True,
    date="2026-08-20 05:45:10 +0000", sender=AWS, to="cloud-ops@northgate-mc.example",
    subject="AWS Service update",
    lang="en", fmt="plain",
    body="""Hello,

We are excited to let you know that several AWS services and features are now available in the Asia Pacific (Melbourne) Region. You are receiving this message because you have active resources in this Region.

Newly available in ap-southeast-4:

- Amazon Bedrock, with a selection of foundation models available for on-demand inference and cross-region inference profiles within Australia.
- AWS Backup support for Amazon FSx for NetApp ONTAP and Amazon Aurora DSQL.
- Amazon EC2 M8g, C8g and R8g instances, powered by AWS Graviton4 processors.
- Amazon GuardDuty Runtime Monitoring for Amazon EKS and Amazon ECS on AWS Fargate.
- Amazon SES Mail Manager.

With these launches, customers who need to keep data within Victoria or within Australia can build more of their workloads in the Melbourne Region, and can use the Sydney and Melbourne Regions together for resilience.

There is nothing you need to do to use these services; they can be enabled from the AWS Management Console, the AWS CLI or the AWS SDKs. Pricing for each service in the Melbourne Region is available on its pricing page.

To learn more about what is available in each Region, visit the AWS Capabilities by Region page: https://builder.aws.com/capabilities/

For the latest announcements, see What's New with AWS: https://aws.amazon.com/new/

Sincerely,
Amazon Web Services

""" + FOOTER,
),
dict(
    id="r041", provider="AWS Japan", label="security-incident", deadline="2026-08-22",
    rel=("days", 5), bland=True,
    date="2026-08-17 11:02:37 +0900", sender=AWS_JP, to="aws+hida@northgate-mc.example",
    subject="AWS アカウントに関する重要なお知らせ",
    lang="ja", fmt="plain",
    body="""お客様

AWS アカウント 268840157392 の IAM ユーザー「hida-backup-agent」に紐づくアクセスキー AKIAT3EXAMPLEK8W2HQD と、対応するシークレットアクセスキーが、インターネット上で公開されていることを確認いたしました。

公開場所: https://gitlab.com/hida-it-tools/nas-backup/-/blob/main/backup.conf

このキーを使用して、2026年8月16日 21:14 (UTC) 以降、お客様が通常使用されていない IP アドレスから ListBuckets、GetObject、CreateUser などの API が呼び出された記録があります。お客様のアカウントは第三者によって不正に利用された可能性があります。

お客様のアカウントを保護するため、当該 IAM ユーザーに AWS 管理ポリシー「AWSCompromisedKeyQuarantineV3」を適用しました。以下の手順が完了するまで、このポリシーを削除しないでください。

1. 公開されたアクセスキー AKIAT3EXAMPLEK8W2HQD を無効化し、削除してください。
2. AWS CloudTrail を確認し、身に覚えのない IAM ユーザー、ロール、ポリシー、アクセスキーの作成がないかを確認してください。確認された場合は削除してください。
3. すべてのリージョンで、身に覚えのない EC2 インスタンス、Lambda 関数などのリソースがないかを確認してください。
4. S3 バケット「hida-nas-backup」内のオブジェクトへのアクセス状況を確認してください。

上記の手順が完了しましたら、本件について作成したサポートケース (ケース ID: 17712846092) に 5 日以内にご返信ください。期限内にご返信がない場合、追加の不正利用を防ぐため、アカウントへのアクセスを制限させていただく場合があります。

詳しくは、以下のページをご参照ください。
https://repost.aws/ja/knowledge-center/potential-account-compromise

よろしくお願いいたします。

アマゾン ウェブ サービス

""" + JP_FOOTER,
),
dict(
    id="r042", provider="AWS Japan", label="action-required", deadline="2027-01-31",
    date="2026-08-06 17:20:05 +0900", sender=AWS_JP, to="aws+sakae@northgate-mc.example",
    subject="【要対応】Amazon ElastiCache for Redis OSS バージョン 5 の標準サポート終了 (2027 年 1 月 31 日)",
    lang="ja", fmt="plain",
    body="""お客様

平素は Amazon Web Services をご利用いただき、誠にありがとうございます。

お客様の AWS アカウントで、Redis OSS バージョン 5 を使用する Amazon ElastiCache クラスターが稼働していることを確認したため、ご連絡いたします。

Amazon ElastiCache for Redis OSS バージョン 5 の標準サポートは、2027年1月31日に終了します。

2027年2月1日以降も同バージョンで稼働しているクラスターは、自動的に延長サポートに登録され、延長サポート料金が追加で発生します。延長サポートの期間中もセキュリティパッチは提供されますが、新機能の追加は行われません。

対象のリソース (アカウント 412733580962):
・ap-northeast-1: sakae-session-cache (Redis OSS 5.0.6, cache.r6g.large × 2 ノード)
・ap-northeast-1: sakae-queue-cache (Redis OSS 5.0.6, cache.t4g.medium × 1 ノード)

推奨される対応:
2027年1月31日までに、Valkey 8 または Redis OSS 7 へのアップグレードをご検討ください。Valkey へのアップグレードはダウンタイムなしで実施でき、ノード料金も Redis OSS と比較して低く設定されています。アップグレードの前に、アプリケーションのクライアントライブラリが新しいバージョンに対応していることをご確認ください。

対象リソースの一覧は、AWS Health Dashboard の「影響を受けるリソース」タブでもご確認いただけます。

詳細は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/AmazonElastiCache/latest/dg/extended-support.html

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

よろしくお願いいたします。

アマゾン ウェブ サービス

""" + JP_FOOTER,
),
dict(
    id="r043", provider="AWS Japan", label="maintenance", deadline="2026-09-02",
    date="2026-08-19 10:41:52 +0900", sender=AWS_JP, to="tokyo-ops@northgate-mc.example",
    subject="[予定] Amazon EC2 インスタンスのシステムリブートメンテナンスについて",
    lang="ja", fmt="plain",
    body="""お客様

アジアパシフィック (東京) リージョンで稼働しているお客様の Amazon EC2 インスタンスについて、基盤となるホストの定期メンテナンスのため、システムリブートを予定しております。

AWS アカウント: 412733580962

対象インスタンス:
・i-0d82f1a6c3e5b7094 (sakae-rip-server-01)
・i-06b4e9c1d7a2f3850 (sakae-rip-server-02)

メンテナンス予定日時:
開始: 2026年9月2日(水) 01:00 JST (2026年9月1日 16:00 UTC)
終了: 2026年9月2日(水) 03:00 JST (2026年9月1日 18:00 UTC)

メンテナンス期間中、対象インスタンスは再起動され、数分間ご利用いただけなくなります。インスタンスの設定、IP アドレス、EBS ボリュームおよびインスタンスストアのデータは保持されます。

ご都合のよい時間に再起動を行いたい場合は、メンテナンス開始前にお客様ご自身でインスタンスを再起動してください。再起動を行うとメンテナンスが完了し、予定されたイベントは取り消されます。また、EC2 コンソールの「イベント」ページから、許可された範囲内でメンテナンスの日時を変更することもできます。

予定されたイベントは、EC2 コンソール、AWS Health Dashboard、または DescribeInstanceStatus API でご確認いただけます。

詳細は以下のドキュメントをご参照ください。
https://docs.aws.amazon.com/ja_jp/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス

""" + JP_FOOTER,
),
dict(
    id="r044", provider="AWS Japan", label="billing", deadline="2026-09-30", explicit_act_by=True,
    date="2026-08-03 09:12:44 +0900", sender=AWS_JP, to="aws-billing@northgate-mc.example",
    subject="アマゾン ウェブ サービス ジャパン合同会社 請求書発行のお知らせ [アカウント: 268840157392]",
    lang="ja", fmt="alt", brand="aws", accent="#232f3e",
    preheader="2026年7月分の請求書を発行しました。",
    body="""お客様

平素より Amazon Web Services をご利用いただき、誠にありがとうございます。
2026年7月分のご利用料金の請求書を発行いたしましたので、お知らせいたします。

AWS アカウント ID: 268840157392
請求書番号: JP26-4108733
請求書発行日: 2026年8月2日
ご利用期間: 2026年7月1日 - 2026年7月31日
請求元: アマゾン ウェブ サービス ジャパン合同会社
登録番号 (適格請求書発行事業者): T1234567890123

ご請求金額 (税込): 1,284,930 円
　うち消費税 (10%): 116,812 円

お支払方法: 銀行振込 (請求書払い)
お支払期限: 2026年9月30日

お振込先の口座情報は、請求書 PDF に記載されております。お振込の際は、振込依頼人名の前に請求書番号をご入力ください。振込手数料はお客様のご負担となります。

請求書 PDF は、AWS 請求とコスト管理コンソールの「請求書」ページからダウンロードいただけます。
https://console.aws.amazon.com/billing/home#/bills

お支払期限までにご入金が確認できない場合、アカウントのご利用が制限される場合があります。すでにお支払い済みの場合は、本メールと行き違いとなりますことをご容赦ください。

ご請求内容に関するお問い合わせは、AWS サポートセンターからお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社

""" + JP_FOOTER,
),
]
