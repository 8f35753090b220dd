"""set-y notices, part F: informational (14)."""
from common import AWS_NOREPLY, AWS_MKT, AWS_JP, GCP

NOTICES = [
dict(
    key="I01", provider="AWS", label="informational", deadline="none",
    lang="en", kind="alt", html_style="aws", date="2027-01-14 15:00 +0000",
    frm=AWS_MKT, to="cloud-news@kitahama-ms.example",
    subject="AWS Monthly Update: January 2027",
    body="""
AWS Monthly Update
January 2027

Hello,

Welcome to the first AWS Monthly Update of 2027. Here is a selection of launches, resources and events from the past month that we think you'll find useful.

Top announcements

- Amazon EC2 M8i and R8i instances are now generally available in Asia Pacific (Tokyo), offering up to 20% better price performance than the previous generation for general-purpose and memory-intensive workloads.
- Amazon S3 now supports conditional deletes with ETag matching, helping you avoid accidental overwrites in concurrent workflows.
- AWS Cost Explorer adds daily granularity forecasts for the next 18 months.
- Amazon Aurora PostgreSQL now supports major version 17 with in-place upgrades from version 15 and 16.

Learn and build

- Blog: Five practical ways to reduce data transfer costs in multi-account environments
- Workshop: Building event-driven applications with Amazon EventBridge Pipes
- Whitepaper: Operational excellence for managed service providers

Upcoming events (Asia Pacific)

- AWS Innovate: Generative AI edition, online, February 24, 2027
- AWS Builders Online Series (Japanese), March 4, 2027
- AWS Summit Japan 2027, Makuhari Messe, June 24-25, 2027

Read all of this month's announcements at https://aws.amazon.com/new/

Follow us on social media for the latest updates.

You are receiving this email because you subscribed to the AWS Monthly Update. To unsubscribe or update your preferences, visit https://pages.awscloud.com/communication-preferences.html

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210. Privacy Notice: https://aws.amazon.com/privacy/
""",
),
dict(
    key="I02", provider="AWS", label="informational", deadline="none",
    lang="ja", kind="plain", date="2027-01-19 12:00 +0900",
    frm=("AWS Japan イベント事務局", "aws-jp-events@amazon.co.jp"), to="cloud-news@kitahama-ms.example",
    subject="AWS Summit Japan 2027 開催のご案内",
    body="""
北浜マネージドシステムズ株式会社
ご担当者様

いつも AWS をご利用いただき、誠にありがとうございます。

日本最大級のクラウドカンファレンス「AWS Summit Japan 2027」を、今年も幕張メッセにて開催いたします。開催概要が決定しましたので、ご案内いたします。

■ 開催概要
日程: 2027年6月24日（木）〜25日（金）
会場: 幕張メッセ（千葉県千葉市）およびオンライン配信
参加費: 無料（事前登録制）

■ 主な内容
・基調講演: AWS のリーダーによる最新の戦略と新サービスのご紹介
・200 以上のセッション: 生成 AI、データ分析、セキュリティ、モダナイゼーション、運用自動化など
・AWS Expo: 国内外のパートナー企業による展示、ハンズオン体験
・AWS パートナー向けトラック: マネージドサービスプロバイダー様向けの事例紹介

■ 事前登録
事前登録の受付は 2027年3月 に開始予定です。受付開始の際には、改めてメールにてお知らせいたします。
最新情報は公式サイトでご確認いただけます。
https://aws.amazon.com/jp/summits/japan/

昨年の AWS Summit Japan では、2 日間で 3 万人以上の方にご参加いただきました。今年も皆様のご来場を心よりお待ちしております。

────────────────────────
AWS Summit Japan 2027 運営事務局
アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア

本メールは、AWS イベントの案内を希望されたお客様にお送りしています。
今後のご案内が不要な場合は、以下より配信停止のお手続きをお願いいたします。
https://pages.awscloud.com/communication-preferences.html
────────────────────────
""",
),
dict(
    key="I03", provider="AWS", label="informational", deadline="none",
    lang="en", kind="alt", html_style="aws", date="2027-01-27 19:00 +0000",
    frm=AWS_MKT, to="cloud-news@kitahama-ms.example",
    subject="Now available: Amazon Bedrock in Asia Pacific (Osaka)",
    body="""
Hello,

We're excited to announce that Amazon Bedrock is now generally available in the Asia Pacific (Osaka) Region.

Amazon Bedrock is a fully managed service that offers a choice of high-performing foundation models from leading AI companies through a single API, along with capabilities to build generative AI applications with security, privacy and responsible AI.

With this launch, customers in Japan can now:

- Run inference with a selection of text, embedding and image models in both Tokyo and Osaka, and keep data processing within Japan.
- Use cross-region inference between Tokyo and Osaka to increase throughput during peak demand.
- Build knowledge bases for retrieval augmented generation with Amazon OpenSearch Serverless or Amazon Aurora PostgreSQL in Osaka.
- Design disaster recovery architectures for generative AI workloads that span both Japanese regions.

Customers such as retailers, broadcasters and pharmaceutical companies in Japan are already using Amazon Bedrock to build customer service assistants, summarize documents and accelerate research workflows.

Getting started
Open the Amazon Bedrock console in the Asia Pacific (Osaka) Region and request access to the models you want to use. Pricing in Osaka is the same as in Tokyo for on-demand inference.

Learn more:
- What's New post: https://aws.amazon.com/about-aws/whats-new/2027/01/amazon-bedrock-osaka/
- Amazon Bedrock pricing: https://aws.amazon.com/bedrock/pricing/
- Model availability by region: https://docs.aws.amazon.com/bedrock/latest/userguide/models-regions.html

Thank you,
The Amazon Bedrock team

You are receiving this email because you opted in to AWS product announcements. To unsubscribe, visit https://pages.awscloud.com/communication-preferences.html

Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""",
),
dict(
    key="I04", provider="AWS", label="informational", deadline="none",
    lang="en", kind="plain", date="2027-01-06 04:22 +0000",
    frm=AWS_NOREPLY, to="aws-seiryu@kitahama-ms.example",
    subject="Your AWS Support plan",
    footer="aws_en",
    body="""
Hello,

Thank you for choosing AWS Support. This email confirms that the support plan for your AWS account has been changed.

AWS account ID: 287710465923
Previous plan: Developer
New plan: Business Support+
Effective: January 6, 2027

With Business Support+, you now have access to:

- 24x7 access to Cloud Support Engineers by phone, chat and email, in English and Japanese
- Response times of less than 1 hour for production system down cases
- Full set of AWS Trusted Advisor checks and recommendations
- AWS Health API access for programmatic monitoring of service events
- Contextual guidance based on your use case, and infrastructure event management for an additional fee
- Support for third-party software commonly used with AWS

Charges for Business Support+ are calculated based on your monthly AWS usage, with a monthly minimum. Charges for the current month will be prorated from the effective date and shown on your next invoice.

To get started, open a case in the AWS Support Center. We recommend adding your operations team as alternate contacts for the account so that the right people receive support-related communications:
https://console.aws.amazon.com/billing/home#/account

To learn more about the features of your plan, visit https://aws.amazon.com/premiumsupport/plans/business/

If you did not request this change, please contact AWS Support.
""",
),
dict(
    key="I05", provider="Akamai (Linode)", label="informational", deadline="none",
    lang="en", kind="plain", date="2027-01-12 14:30 +0000",
    frm=("Akamai Cloud", "no-reply@akamai.com"), to="linode@kitahama-ms.example",
    subject="An update on your Linode account",
    body="""
Hi there,

We wanted to share some updates about your account and what's coming next for Akamai Cloud.

Over the next few months, you'll see the remaining Linode branding replaced with Akamai Cloud across the Cloud Manager, our documentation and our emails. This is a visual and naming change only. There is nothing you need to do:

- Your account, username, Compute Instances, IP addresses and data are not changing.
- The Cloud Manager will remain available at cloud.linode.com, and API endpoints at api.linode.com will continue to work. New aliases under akamai.com will be added in parallel.
- Your billing terms, invoices and payment methods stay the same. Invoices will show Akamai Technologies, Inc. as the issuer, as they already have since 2024.
- Support tickets, phone numbers and the status page are unchanged.

What's new in Akamai Cloud this quarter

- Two new core compute regions in Asia Pacific, including an additional availability zone in Osaka
- Managed Databases for PostgreSQL 17 and MySQL 8.4
- Object Storage with higher request limits and new endpoints in Tokyo
- Accelerated Compute instances with NETINT VPUs for video transcoding

We're grateful that you've built on our platform, and we're committed to keeping it simple, affordable and developer-friendly.

Read more on our blog: https://www.linode.com/blog/

Thanks,
The Akamai Cloud Team

Akamai Technologies, Inc., 145 Broadway, Cambridge, MA 02142
You're receiving this email as an account holder. Manage your email preferences in Cloud Manager under Profile > Settings.
""",
),
dict(
    key="I06", provider="AWS", label="informational", deadline="none",
    lang="en", kind="fwd", date="2027-01-21 02:05 +0000",
    frm=("AWS Organizations", "no-reply-aws@amazon.com"), to="aws-root-kms@kitahama-ms.example",
    subject="AWS Organizations: account 287710465923 has joined your organization",
    footer="aws_en",
    fwd=dict(
        frm=("Mika Tanabe", "m.tanabe@kitahama-ms.example"),
        to="aws-seiryu@kitahama-ms.example",
        date="2027-01-21 11:40 +0900",
        subject="Fwd: AWS Organizations: account 287710465923 has joined your organization",
        note="""
FYI team,

The Seiryu Pharma production account has now joined our organization (see below). Nothing to do right now; the SCP baseline will be attached by the landing zone pipeline tonight, and their consolidated billing moves to us from February. I'll share the updated account list in the runbook.

Mika
""",
    ),
    body="""
Hello,

This email confirms that an AWS account has accepted the invitation to join your organization in AWS Organizations.

Organization ID: o-k7m2x9qa41
Management account: 410287365521 (Kitahama MS - Management)
Joined account: 287710465923 (seiryu-pharma-prod)
Joined account email: aws-root-seiryu@kitahama-ms.example
Date joined: January 21, 2027, 01:58 UTC
Organizational unit: Root

The joined account is now a member of your organization. From now on:

- Charges for the member account will appear on the consolidated bill of the management account, beginning with the current billing period.
- Service control policies (SCPs) and other policies attached to the organizational unit that contains the account will apply to it.
- You can move the account to another organizational unit from the AWS Organizations console.

The member account retains its resources, IAM users and roles. If you need to access the account from the management account, create a role in the member account that trusts the management account, or use AWS IAM Identity Center.

To view the accounts in your organization, visit the AWS Organizations console:
https://console.aws.amazon.com/organizations/v2/home/accounts

To learn more, see the AWS Organizations User Guide: https://docs.aws.amazon.com/organizations/latest/userguide/
""",
),
dict(
    key="I07", provider="Google Cloud", label="informational", deadline="none",
    lang="ja", kind="alt", html_style="google_ja", date="2027-01-22 13:00 +0900",
    frm=("Google Cloud Japan", "googlecloud-jp-noreply@google.com"), to="cloud-news@kitahama-ms.example",
    subject="Google Cloud Next Tokyo '27 のご案内",
    body="""
Google Cloud をご利用のお客様

いつも Google Cloud をご利用いただき、誠にありがとうございます。

Google Cloud の年次イベント「Google Cloud Next Tokyo '27」を、今年も東京ビッグサイトで開催いたします。

■ 開催概要
日程: 2027年8月5日（木）〜6日（金）
会場: 東京ビッグサイト 南展示棟 および オンライン
参加費: 無料（事前登録制）

■ 見どころ
・基調講演: Google Cloud の最新の AI、データ、インフラストラクチャ戦略
・100 以上のブレイクアウト セッション: Gemini を活用した業務改革、BigQuery によるデータ活用、GKE とサーバーレスによるモダナイゼーション、セキュリティ運用など
・国内企業によるユーザー事例セッション
・Expo エリアでのデモ、ハンズオン ラボ、認定資格の受験コーナー

■ 今後のスケジュール
・4月: セッション一覧の公開
・5月: 事前登録の開始

登録開始時には、改めてメールでご案内いたします。最新情報は公式サイトをご覧ください。
https://cloudonair.withgoogle.com/events/next-tokyo-27

皆様のご参加を心よりお待ちしております。

Google Cloud Japan

──────────────
グーグル・クラウド・ジャパン合同会社
〒150-0002 東京都渋谷区渋谷 3-21-3
このメールは、Google Cloud からのお知らせの受信を希望されたお客様にお送りしています。配信停止をご希望の場合は、以下のリンクから設定を変更してください。
https://cloud.google.com/communication-preferences
──────────────
""",
),
dict(
    key="I08", provider="Azure", label="informational", deadline="none",
    lang="ja", kind="plain", date="2027-01-26 09:00 +0900",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to="azure-admin@kitahama-ms.example",
    subject="Azure 最新情報 – 2027年1月号",
    footer="azure_ja",
    body="""
Azure 最新情報 2027年1月号

いつも Microsoft Azure をご利用いただき、ありがとうございます。今月の主な更新情報をお届けします。

■ 一般提供開始
・Azure Container Apps: 東日本リージョンでサーバーレス GPU が利用可能になりました。
・Azure Database for PostgreSQL フレキシブル サーバー: PostgreSQL 17 のインプレース メジャー バージョン アップグレードに対応しました。
・Azure Monitor: ログ検索で自然言語によるクエリ作成が利用可能になりました。

■ プレビュー
・Azure Virtual Network Manager: IP アドレス管理（IPAM）機能の拡張
・Microsoft Defender for Cloud: コンテナー イメージの実行時脆弱性評価

■ 日本のお客様向け情報
・西日本リージョンで可用性ゾーンの追加提供が始まりました。既存のリソースへの影響はありません。
・Azure の請求書 PDF に適格請求書の登録番号が記載されるようになりました。

■ イベント・トレーニング
・Microsoft AI Tour Tokyo（2027年3月）
・Azure 基礎 オンライン トレーニング（毎月開催、日本語）

各更新の詳細は、Azure の更新情報ページをご覧ください。
https://azure.microsoft.com/ja-jp/updates/

このメールは情報提供を目的としたもので、お客様による対応は必要ありません。
""",
),
dict(
    key="I09", provider="Fastly", label="informational", deadline="none",
    lang="en", kind="html", html_style="fastly", date="2027-01-13 16:00 +0000",
    frm=("Fastly", "news@fastly.com"), to="cdn@kitahama-ms.example",
    subject="What's new at Fastly: January product roundup",
    body="""
Fastly Product Roundup | January 2027

Hi there,

Happy new year from everyone at Fastly. Here's a look at what we shipped recently and what's coming up.

New and improved

- Compute: Improved cold start times and support for larger WebAssembly packages, up to 150 MB.
- Next-Gen WAF: New templated rules for credential stuffing protection, and virtual patching for recently disclosed CMS vulnerabilities.
- Observability: Real-time log streaming now supports OpenTelemetry output directly.
- Image Optimizer: AVIF encoding is now on by default for new services, reducing image weight by up to 30% compared with WebP.

From the blog

- How a global broadcaster delivered a live sporting event to 12 million concurrent viewers
- A practical guide to cache keys and surrogate keys for media sites
- The state of bot traffic: what we saw at the edge in 2026

Events

- Fastly Altitude Tokyo, March 9, 2027. Join our engineers and customers for a half-day of talks on edge computing and security. Seats are limited.
- Webinar: Securing APIs at the edge, February 11, 2027

Documentation: https://docs.fastly.com/
Release notes: https://docs.fastly.com/changes/

Thanks for building with us,
The Fastly Team

Fastly, Inc., 475 Brannan Street, Suite 300, San Francisco, CA 94107
You are receiving this email because you are a Fastly customer and opted in to product news. Unsubscribe: https://www.fastly.com/email-preferences
""",
),
dict(
    key="I10", provider="GitHub", label="informational", deadline="none",
    lang="en", kind="plain", date="2027-01-15 19:30 +0000",
    frm=("GitHub", "noreply@github.com"), to="github-admin@kitahama-ms.example",
    subject="[GitHub] An update to our terms",
    body="""
Hi @kms-deploy-bot,

We're writing to let you know that we're updating the GitHub Terms of Service, the GitHub Privacy Statement, and the GitHub Customer Agreement. The updated documents take effect on February 15, 2027.

What's changing

- We're clarifying how we handle data used to provide and improve AI-powered features such as GitHub Copilot, including the controls available to individual users and organization owners.
- We're updating the list of subprocessors and the regions in which GitHub stores data for GitHub Enterprise Cloud with data residency.
- We're simplifying the language around acceptable use of GitHub Actions runners and Codespaces, without changing what is permitted.
- We've made editorial improvements to make the documents easier to read.

You can review the changes and a summary of each update here:
https://github.com/github/site-policy/pull/1294

What you need to do

Nothing. The updated terms will apply automatically from February 15, 2027. If you continue to use GitHub after that date, you agree to the updated terms. If you have questions, you can comment on the site-policy pull request during the 30-day notice period or contact us.

As always, thank you for being part of the GitHub community.

The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
You're receiving this email because we're required to notify you about changes to our terms. This is not a marketing email.
""",
),
dict(
    key="I11", provider="Datadog", label="informational", deadline="none",
    lang="en", kind="plain", date="2027-01-29 16:00 +0000",
    frm=("Datadog", "news@datadoghq.com"), to="monitoring@kitahama-ms.example",
    subject="Datadog product updates for January",
    body="""
Datadog | Monthly Product Updates

Hello,

Here are some of the features we released in January that can help your teams monitor, troubleshoot and secure your applications.

Bits AI SRE agent, now generally available
Investigate alerts automatically. Bits AI gathers related metrics, logs, traces and recent changes, and writes a summary of likely causes directly in the monitor notification.

Cloud Cost Management: support for Oracle Cloud and Alibaba Cloud
Bring costs from more providers into a single view and allocate them to teams and services with tags.

Log Workspaces
Combine logs with other data sources, write SQL or visual transformations, and share analyses with your team.

Synthetic Monitoring: new test locations
New managed test locations in Osaka, Jakarta and Mumbai reduce latency for tests of applications serving users in Asia.

Database Monitoring for MongoDB Atlas
Track slow queries, explain plans and index usage for Atlas clusters with the new integration.

Upcoming events
- Datadog Summit Tokyo, April 2027
- Webinar (Japanese): Getting started with Kubernetes monitoring, February 2027

See the full list of releases at https://www.datadoghq.com/blog/

Happy monitoring,
The Datadog Team

Datadog, Inc. | 620 8th Ave, 45th Floor, New York, NY 10018
You're receiving this because you're a member of a Datadog organization. Unsubscribe from product update emails: https://app.datadoghq.com/account/preferences
""",
),
dict(
    key="I12", provider="Alibaba Cloud", label="informational", deadline="none",
    lang="en", kind="plain", date="2027-01-20 03:00 +0000",
    frm=("Alibaba Cloud", "no-reply@notice.alibabacloud.com"), to="alicloud@kitahama-ms.example",
    subject="[Alibaba Cloud] Product news and regional updates",
    body="""
Dear Alibaba Cloud customer,

Thank you for choosing Alibaba Cloud. Here is a summary of recent updates that may be of interest to you.

Regional updates
- The Japan (Tokyo) region now offers a third zone, allowing you to deploy ECS, ApsaraDB RDS and Server Load Balancer across three zones for higher availability.
- Cloud Enterprise Network (CEN) now supports lower-latency interconnection between Japan (Tokyo) and China (Shanghai) for eligible enterprise customers.

Product updates
- Elastic Compute Service (ECS): New 9th generation general-purpose instances, g9i, are available in Japan (Tokyo) and Singapore.
- ApsaraDB RDS for MySQL: Support for MySQL 8.4 and automatic storage expansion.
- Object Storage Service (OSS): Resource pool QoS now available for bucket-level bandwidth control.
- Model Studio: Qwen models can now be called from the international site with data stored in Singapore.

Security and compliance
- Alibaba Cloud has renewed its ISMAP registration for selected services in the Japan (Tokyo) region.

Your account
Account ID: 5418820077361942
Account name: kitahama-ms-tsubame
No action is required for your account.

For details, visit the Alibaba Cloud What's New page:
https://www.alibabacloud.com/notice

Best regards,
Alibaba Cloud International

Alibaba Cloud (Singapore) Private Limited, 8 Shenton Way, #45-01 AXA Tower, Singapore 068811
To unsubscribe from product news, update your notification settings in the Message Center.
""",
),
dict(
    key="I13", provider="IIJ", label="informational", deadline="none",
    lang="ja", kind="plain", date="2027-01-05 10:00 +0900",
    frm=("IIJ", "iij-news@iij.ad.jp"), to="iij-contract@kitahama-ms.example",
    subject="お知らせ",
    body="""
お客様各位

新年あけましておめでとうございます。
旧年中は格別のご愛顧を賜り、厚く御礼申し上げます。

株式会社インターネットイニシアティブ（IIJ）より、2027年のサービス提供に関するご案内をお送りいたします。

■ 2026年の主な取り組み
・IIJ GIO インフラストラクチャー P2 Gen.2 において、大阪リージョンの提供を開始いたしました。
・IIJ セキュアエンドポイントサービスに、生成 AI を活用した脅威分析レポート機能を追加いたしました。
・白井データセンターキャンパスの第 3 期棟が稼働を開始いたしました。

■ 2027年に予定している主な取り組み
・閉域接続サービスの帯域メニューの拡充（最大 100Gbps）
・IIJ GIO とパブリッククラウド間の運用監視を一元化する新サービスの提供
・ガバメントクラウド対応サービスの拡充

各サービスの詳細や提供時期は、決まり次第、IIJ のウェブサイトおよび本メールにてご案内いたします。

■ 年始のサポート体制について
年末年始期間中の受付体制は、1月4日をもって通常体制に戻っております。障害受付窓口は、引き続き 24 時間 365 日対応いたします。

本年も、お客様のビジネスを支えるサービスの提供に努めてまいります。変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。

本メールは、IIJ サービスをご契約中のお客様へお送りしている情報提供のご案内です。ご対応いただく必要はございません。

──────────────────────────
株式会社インターネットイニシアティブ
https://www.iij.ad.jp/
配信停止をご希望の場合は、IIJ サービスオンラインのメール配信設定よりお手続きください。
──────────────────────────
""",
),
dict(
    key="I14", provider="Oracle Cloud", label="informational", deadline="none",
    lang="en", kind="plain", date="2027-01-27 08:50 +0000",
    frm=("Oracle Cloud", "oraclecloudadmin_ww@oracle.com"), to="oci-admin@kitahama-ms.example",
    subject="Your Oracle Cloud account",
    body="""
Oracle Cloud Infrastructure

Hello,

Your account upgrade is complete. The Oracle Cloud account for the tenancy below has been upgraded from a Free Tier account to a Pay As You Go account.

Cloud account name: kitahamams
Home region: Japan East (Tokyo)
Account type: Pay As You Go
Upgrade date: January 27, 2027

What this means
- You now have access to all Oracle Cloud Infrastructure services and to higher service limits.
- Your Always Free resources, such as up to two Autonomous Databases and Ampere A1 compute capacity, remain free and will continue to run.
- Usage beyond the Always Free resources is billed monthly in arrears at the rates on our price list, to the payment method on your account.
- Any remaining free trial credits have expired at the time of upgrade.

Recommended next steps
- Set up budgets and alerts in the Billing and Cost Management section of the Console.
- Review your service limits and request increases if needed.
- Invite additional administrators and configure IAM policies and compartments for your customers' workloads.

Sign in to the Console: https://cloud.oracle.com/?tenant=kitahamams
Cost management documentation: https://docs.oracle.com/iaas/Content/Billing/home.htm

Thank you for choosing Oracle Cloud Infrastructure.

The Oracle Cloud Team

Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
This email was sent to the administrator of the account listed above. Oracle Privacy Policy: https://www.oracle.com/legal/privacy/
""",
),
]
