"""set-y notices, part E: pricing (8) and billing (8)."""
from common import AWS_NOREPLY, AWS_SUPPORT, AWS_JP, GCP, WORKSPACE, M365

NOTICES = [
# ----------------------------------------------------------------- pricing
dict(
    key="P01", provider="AWS", label="pricing", deadline="2027-03-01",
    lang="en", kind="plain", date="2027-01-07 16:00 +0000",
    frm=AWS_NOREPLY, to="aws-nakano@kitahama-ms.example",
    subject="Upcoming pricing change for Amazon CloudWatch Logs",
    footer="aws_en",
    body="""
Hello,

We are writing to let you know about an upcoming change to the pricing of Amazon CloudWatch Logs. You are receiving this message because your AWS account 331902876154 ingested logs into the Standard log class in the last 3 months.

Effective March 1, 2027, the price for data ingested into CloudWatch Logs Standard log class in the Asia Pacific (Tokyo) and Asia Pacific (Osaka) Regions will change as follows:

- First 10 TB per month: $0.76 per GB (currently $0.76 per GB, no change)
- Next 20 TB per month: $0.45 per GB (currently $0.76 per GB)
- Next 20 TB per month: $0.23 per GB (new tier)
- Over 50 TB per month: $0.11 per GB (new tier)

At the same time, the price for logs delivered from AWS services (vended logs, such as VPC Flow Logs and Amazon Route 53 Resolver query logs) to Amazon S3 will increase from $0.25 per GB to $0.30 per GB for the first 10 TB per month.

Storage (archival) prices, Logs Insights query prices, and prices for the Infrequent Access log class are not changing.

Based on your usage in December 2026, we estimate that your monthly CloudWatch Logs charges would change by approximately -4% as a result of these changes. Actual impact depends on your future usage.

You do not need to take any action. The new prices will apply automatically to usage on and after March 1, 2027. You can review your current usage and costs in AWS Cost Explorer by filtering on the CloudWatch service.

For more information, see the Amazon CloudWatch pricing page: https://aws.amazon.com/cloudwatch/pricing/
""",
),
dict(
    key="P02", provider="AWS", label="pricing", deadline="2027-01-31",
    lang="en", kind="html", html_style="aws", date="2027-01-18 09:12 +0000",
    frm=("Amazon Web Services", "aws-billing@amazon.com"), to="aws-sandbox@kitahama-ms.example",
    subject="Your AWS Free Tier period is ending",
    footer="aws_en",
    body="""
Hello,

Thank you for choosing Amazon Web Services. This is a reminder that the 12-month AWS Free Tier period for your account ends on January 31, 2027.

AWS account ID: 775102938416
Account name: kms-sandbox-training

What this means for you
After January 31, 2027, you will be charged standard pay-as-you-go rates for services you use beyond the always-free offers. Services that have been covered by the 12-month Free Tier in your account include:

- Amazon EC2: 750 hours per month of t3.micro instances
- Amazon RDS: 750 hours per month of db.t4g.micro instances and 20 GB of storage
- Amazon S3: 5 GB of Standard storage
- Amazon CloudFront: 1 TB of data transfer out

Based on your usage in the last month, your estimated charges at standard rates would be approximately USD 41.80 per month. Your actual charges will depend on your usage.

What you can do
- Review the resources running in your account in the AWS Billing and Cost Management console.
- Stop or delete resources that you no longer need, such as idle EC2 instances, unattached EBS volumes and old snapshots.
- Create a budget in AWS Budgets to be notified when your costs exceed an amount you choose.

Always-free offers, such as 1 million AWS Lambda requests and 25 GB of Amazon DynamoDB storage per month, will continue to be available.

Review your Free Tier usage: https://console.aws.amazon.com/billing/home#/freetier
AWS Free Tier FAQs: https://aws.amazon.com/free/free-tier-faqs/
""",
),
dict(
    key="P03", provider="AWS", label="pricing", deadline="2027-04-01",
    lang="en", kind="plain", date="2027-01-28 18:20 +0000",
    frm=AWS_NOREPLY, to="aws-oyamada@kitahama-ms.example",
    subject="Your AWS account 519274880316",
    footer="aws_en",
    body="""
Hello,

We are contacting you about a pricing change for Amazon Route 53 Resolver DNS Firewall that will affect your AWS account.

Effective April 1, 2027, we are changing the way DNS Firewall is priced:

- Domain list storage: $0.0006 per domain per month (no change)
- DNS queries processed: $0.60 per million queries for the first 1 billion queries per month (currently $0.60), and $0.40 per million queries thereafter (currently $0.60)
- New: advanced threat protection rules (DNS Firewall Advanced) will be billed at $0.30 per million queries inspected, in addition to the query charge. Until now, these rules were available at no additional charge during the introductory period.

Your account currently has DNS Firewall Advanced rules associated with the following VPCs in ap-northeast-1:
- vpc-0a7c3e92d1f48b065 (oyd-prod)
- vpc-04e8b1d7c6a92f3e0 (oyd-shared-services)

Based on your query volume in December 2026 (approximately 212 million queries inspected by Advanced rules), the new charge for Advanced rules would be approximately $63.60 per month.

If you want to avoid the new charge, you can disassociate DNS Firewall Advanced rules from your rule groups before April 1, 2027. Standard DNS Firewall rules with managed and custom domain lists will continue to work as before.

Pricing details: https://aws.amazon.com/route53/pricing/
DNS Firewall Advanced: https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/firewall-advanced.html

Thank you for using Amazon Web Services.
""",
),
dict(
    key="P04", provider="Google Workspace", label="pricing", deadline="2027-03-17",
    lang="en", kind="alt", html_style="workspace", date="2027-01-11 17:00 +0000",
    frm=WORKSPACE, to="gws-admin@kitahama-ms.example",
    subject="Changes to Google Workspace pricing",
    footer="workspace",
    body="""
Hello Administrator,

We're writing to let you know about upcoming changes to the price of your Google Workspace subscription for oyamada-foods.example.

What's changing
Over the past year, we've added new features to Google Workspace, including AI-powered assistance in Gmail, Docs and Meet, and additional security controls. To reflect this added value, we are updating our list prices.

Starting March 17, 2027, the price of your subscription will change as follows:

- Business Standard (Flexible Plan): from ¥1,600 to ¥1,800 per user per month
- Business Standard (Annual/Fixed-Term Plan): from ¥1,360 to ¥1,530 per user per month

How this affects you
Your organization currently has 142 Business Standard licenses on the Flexible Plan. Based on this, your monthly charges would increase by approximately ¥28,400 before tax.

- If you are on a Flexible Plan, the new price will apply from March 17, 2027.
- If you are on an Annual/Fixed-Term Plan, the new price will apply when your plan renews on or after March 17, 2027.

What you need to do
No action is required. Your subscription will continue with the new prices. If you'd like to review your plan, you can compare editions or change your payment plan in the Admin console under Billing > Subscriptions.

To learn more, visit: https://support.google.com/a/answer/pricing-update-2027

If you purchased Google Workspace through a reseller, your reseller will contact you about pricing.
""",
),
dict(
    key="P05", provider="Microsoft 365", label="pricing", deadline="2027-04-01",
    lang="en", kind="plain", date="2027-01-21 01:30 +0000",
    frm=("Microsoft", "microsoft-noreply@microsoft.com"), to="m365-billing@kitahama-ms.example",
    subject="Important information about your account",
    body="""
Dear Microsoft customer,

We are contacting you about an upcoming change to Microsoft 365 subscription prices for monthly billing.

Beginning April 1, 2027, subscriptions with an annual term commitment that are paid monthly will be priced 5% higher than the same subscriptions paid annually in advance. Subscriptions with an annual commitment paid upfront, and subscriptions with a monthly term commitment, are not affected by this change.

Your organization: Tsubame Travel Co., Ltd.
Billing account: 9c4e1f27-3a58-4bd0-8e62-71f0a5d93c18

Subscriptions that will be affected at their next renewal on or after April 1, 2027:
- Microsoft 365 Business Premium, 85 licenses, annual commitment / monthly billing
- Microsoft 365 E3, 40 licenses, annual commitment / monthly billing
- Exchange Online (Plan 1), 12 licenses, annual commitment / monthly billing

For example, Microsoft 365 Business Premium at a list price of ¥3,298 per user per month will be ¥3,463 per user per month when billed monthly.

What you can do
If you prefer to avoid the higher price, you can change the billing frequency of the affected subscriptions to annual upfront payment in the Microsoft 365 admin center, under Billing > Your products, before the renewal date. No action is required if you are happy to continue with monthly billing at the new price.

If you purchase through a Cloud Solution Provider, please contact your partner about how this change applies to you.

For more information, visit https://learn.microsoft.com/microsoft-365/commerce/billing-and-payments/change-payment-frequency

Sincerely,
Microsoft Corporation

Microsoft respects your privacy. Read our Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
""",
),
dict(
    key="P06", provider="Vercel", label="pricing", deadline="2027-02-15",
    lang="en", kind="fwd", date="2027-01-10 17:00 +0000",
    frm=("Vercel", "notifications@vercel.com"), to="web@tsubame-travel.example",
    subject="Changes to Vercel Pro pricing",
    fwd=dict(
        frm=("Aya Fujimoto", "a.fujimoto@tsubame-travel.example"),
        to="cloud-billing@kitahama-ms.example",
        date="2027-01-11 09:10 +0900",
        subject="Fwd: Changes to Vercel Pro pricing",
        note="""
Hello Kitahama billing team,

Please see below. Our marketing sites are on this Vercel team. Could you estimate what this means for our monthly cost, based on the last three months, and include it in the February cost report? If it is a big jump we may want to talk about moving the image optimization elsewhere.

Thank you,
Aya Fujimoto
Tsubame Travel, Digital Marketing
""",
    ),
    body="""
Hi there,

We're writing to let you know about changes to the Pro plan that take effect on February 15, 2027. These changes apply to your team "tsubame-travel-web".

What's changing

- The Pro plan base price stays at $20 per member per month, and now includes a $20 monthly usage credit per team that can be spent on any usage-based resource.
- Fast Data Transfer: the included amount changes from 1 TB to 500 GB per month. Additional transfer is billed from $0.15 per GB, depending on region.
- Image Optimization: pricing moves from a per-source-image model to per-transformation pricing, starting at $0.05 per 1,000 transformations.
- Function duration: Fluid compute becomes the default for new projects, billed by active CPU time.

How this affects you
Based on your usage over the last 30 days, we estimate that your monthly bill would change from approximately $312 to approximately $356. Most of the increase comes from Image Optimization on the project "tsubame-campaign-2027".

What you can do
No action is required; the new pricing will apply automatically. You can view a detailed estimate on the Usage page of your team dashboard and set spend management limits to receive alerts or pause projects when you reach an amount.

Learn more: https://vercel.com/docs/pricing

The Vercel Team

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
You received this email because you are an owner of a team on the Pro plan.
""",
),
dict(
    key="P07", provider="Sakura Internet", label="pricing", deadline="2027-04-01",
    lang="ja", kind="plain", date="2027-01-25 14:00 +0900",
    frm=("さくらインターネット", "info@sakura.ad.jp"), to="sakura-admin@kitahama-ms.example",
    subject="【さくらのクラウド】価格改定のお知らせ",
    body="""
さくらのクラウドをご利用のお客様

平素は さくらのクラウド をご利用いただき、誠にありがとうございます。

昨今の電力料金の高騰、および為替の変動に伴うサーバー機器・部材の調達費用の上昇を受け、当社ではこれまでコスト削減に努めてまいりましたが、サービス品質を維持するため、さくらのクラウドの一部サービスについて価格を改定させていただくこととなりました。

お客様には大変ご負担をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

■ 改定日
2027年4月1日（木）ご利用分より

■ 主な改定内容（月額、税込）
・サーバー（2仮想コア / メモリ 4GB）: 4,840円 → 5,390円
・サーバー（4仮想コア / メモリ 8GB）: 9,680円 → 10,780円
・SSD プラン ディスク 100GB: 2,420円 → 2,640円
・ロードバランサー（標準プラン）: 2,750円 → 3,080円
※時間単位・日単位の料金も同様の比率で改定いたします。
※データ転送量、アーカイブ、オブジェクトストレージの料金に変更はございません。

■ お客様への影響
会員ID kms40172 の現在のご利用状況に基づく試算では、月額のご請求金額は約 11% 増加する見込みです。実際のご請求額はご利用状況により異なります。

■ お手続きについて
お客様にお手続きいただく必要はございません。改定日以降、新価格にて自動的に課金いたします。

価格改定の詳細、および全プランの新旧価格表は、以下のページをご確認ください。
https://cloud.sakura.ad.jp/news/2027/01/25/price-revision/

今後とも、さくらインターネットをよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━
さくらインターネット株式会社
https://www.sakura.ad.jp/
━━━━━━━━━━━━━━━━━━━━━━
""",
),
dict(
    key="P08", provider="Netlify", label="pricing", deadline="2027-02-01",
    lang="en", kind="plain", date="2027-01-05 20:15 +0000",
    frm=("Netlify", "team@netlify.com"), to="netlify@kitahama-ms.example",
    subject="Updates to your Netlify plan",
    body="""
Hi Kitahama Web Ops,

We're making changes to how bandwidth and build minutes are billed on Netlify Pro, and we wanted to give you plenty of notice.

From February 1, 2027, the following changes will apply to your team "kitahama-ms-sites":

Bandwidth
- Included bandwidth on Pro: 1 TB per month (no change)
- Additional bandwidth: $55 per 100 GB is replaced by automatic add-on packs of $40 per 100 GB, billed in arrears

Build minutes
- Included build minutes: 25,000 per month (no change)
- Additional build minutes: $7 per 500 minutes (previously $7 per 500 minutes, now billed per minute at the same rate)

Legacy discount
Your team has been on a legacy Pro price of $15 per member per month since 2022. This legacy discount will end on February 1, 2027, and your plan will move to the current Pro price of $19 per member per month. Your team has 6 members, so your base plan price will increase from $90 to $114 per month.

Based on your usage for the last three months, we estimate your average monthly bill will go from $143 to $158.

There's nothing you need to do to keep your sites running. If you'd like to review your usage or change your plan, visit Team settings > Billing.

Pricing page: https://www.netlify.com/pricing/
Questions? Reply to this email and our support team will be happy to help.

Cheers,
The Netlify Team

Netlify, Inc., 512 2nd Street, Suite 200, San Francisco, CA 94107
You're receiving this because you're an owner of a Netlify team. This is a service email about your account.
""",
),
# ----------------------------------------------------------------- billing
dict(
    key="B01", provider="AWS", label="billing", deadline="none",
    lang="en", kind="plain", date="2027-01-03 02:11 +0000",
    frm=("Amazon Web Services", "aws-billing@amazon.com"), to="cloud-billing@kitahama-ms.example",
    subject="Amazon Web Services Billing Statement Available [Account: 604418273390]",
    footer="aws_en",
    body="""
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 8,412.67

Please see the Bills section of the Billing and Cost Management console for details:
https://console.aws.amazon.com/billing/home#/bills

Billing period: December 1 - December 31, 2026
Account: 604418273390 (Tsubame Travel - production)
Invoice number: 2094871366
Payment method: Visa ending in 0417

Summary of charges:
- Amazon Elastic Compute Cloud: USD 3,906.12
- Amazon Relational Database Service: USD 2,118.40
- Amazon CloudFront: USD 804.55
- Amazon ElastiCache: USD 512.33
- Amazon Simple Storage Service: USD 288.91
- AWS Data Transfer: USD 241.06
- Other services: USD 541.30
- Taxes: USD 0.00 (Japanese consumption tax is invoiced separately by Amazon Web Services Japan G.K.)

The amount above will be charged to your payment method on file. You do not need to take any action if the payment method is valid.

To view a detailed breakdown by service and region, use AWS Cost Explorer, or download the invoice PDF from the Bills page.

If you have questions about your bill, contact AWS Support from the Support Center and choose "Account and billing".

Thank you for using Amazon Web Services.
""",
),
dict(
    key="B02", provider="AWS", label="billing", deadline="2027-01-20",
    lang="en", kind="plain", date="2027-01-08 06:44 +0000",
    frm=("Amazon Web Services", "aws-receivables-support@email.amazon.com"), to="cloud-billing@kitahama-ms.example",
    subject="Your AWS payment could not be processed",
    footer="aws_en",
    body="""
Hello,

We were unable to process the payment for your AWS account using the payment method on file.

AWS account ID: 331902876154
Invoice number: 2094870912
Amount due: USD 5,236.18
Payment method: Mastercard ending in 7730
Reason: The card issuer declined the transaction.

To avoid any interruption to your AWS services, please update your payment information or make a payment by January 20, 2027.

You can do either of the following:
1. Sign in to the AWS Billing and Cost Management console, open Payment preferences, and add or update a payment method. We will automatically retry the payment.
2. Open the Payments page and make a payment for the unpaid invoice now.

If the balance remains unpaid after January 20, 2027, your account may be suspended, and you may be unable to access your AWS services. If your account remains suspended, your account and its resources may eventually be terminated.

If you recently updated your payment information, you can disregard this message. If you believe this message was sent in error, or if you need help, contact AWS Customer Service from the Support Center and choose "Account and billing".

Payments page: https://console.aws.amazon.com/billing/home#/paymentsoverview
""",
),
dict(
    key="B03", provider="AWS", label="billing", deadline="none",
    lang="en", kind="plain", date="2027-01-16 22:03 +0000",
    frm=("AWS Budgets", "budgets@costalerts.amazonaws.com"), to="cloud-billing@kitahama-ms.example",
    subject="AWS Budgets: nakano-media-monthly has exceeded your alert threshold",
    body="""
Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your nakano-media-monthly budget is greater than 80.00% of $12,000.00 for the current month. The ACTUAL Cost associated with this budget is $9,874.22. You can find additional details below and by accessing the AWS Budgets dashboard [1].

Budget Name: nakano-media-monthly
Budget Type: Cost
Budgeted Amount: $12,000.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: $9,874.22
Linked account: 331902876154

Top services contributing to the budget this month:
- Amazon Elastic Compute Cloud - Compute: $4,620.50
- AWS Elemental MediaConvert: $2,311.08
- Amazon CloudFront: $1,207.93
- Amazon Simple Storage Service: $842.16
- Others: $892.55

Period: January 1, 2027 - January 31, 2027
Days remaining in period: 15

Forecasted month-end cost: $19,102.40 (159% of budget)

To view the cost details, use AWS Cost Explorer [2]. To change the threshold, the budget amount or the recipients of this alert, edit the budget in the AWS Budgets console.

[1] https://console.aws.amazon.com/billing/home#/budgets
[2] https://console.aws.amazon.com/cost-management/home#/cost-explorer

This notification was sent by AWS Budgets. You are receiving this email because you are listed as a subscriber to the budget above. To stop receiving these notifications, remove your email address from the alert in the AWS Budgets console.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""",
),
dict(
    key="B04", provider="AWS", label="billing", deadline="none",
    lang="ja", kind="plain", date="2027-01-04 11:02 +0900",
    frm=("Amazon Web Services Japan", "aws-billing-jp@amazon.co.jp"), to="cloud-billing@kitahama-ms.example",
    subject="アマゾン ウェブ サービス ジャパン合同会社 請求書発行のお知らせ [アカウント: 519274880316]",
    footer="aws_ja",
    body="""
AWS をご利用いただきありがとうございます。

2026年12月ご利用分の請求書を発行いたしました。請求書は AWS 請求とコスト管理コンソールの「請求書」ページからダウンロードいただけます。

AWS アカウント ID: 519274880316（小山田食品 本番環境）
請求書番号: JPIN27-0041928
請求対象期間: 2026年12月1日〜2026年12月31日
発行者: アマゾン ウェブ サービス ジャパン合同会社
適格請求書発行事業者登録番号: T2011001066874

ご請求金額:
・ご利用料金（税抜）: 1,284,610 円
・消費税（10%）: 128,461 円
・合計: 1,413,071 円

お支払い方法: 登録済みのクレジットカード（末尾 2291）
お支払いは、登録済みのお支払い方法から自動的に処理されます。お客様による追加の操作は必要ありません。

本請求書は、消費税法に定める適格請求書の記載事項を満たしております。電子帳簿保存法に基づく保存が必要な場合は、コンソールから PDF をダウンロードして保存してください。

ご利用料金の内訳は、AWS Cost Explorer またはコンソールの「請求書」ページでご確認いただけます。
https://console.aws.amazon.com/billing/home#/bills

請求内容についてご不明な点がございましたら、サポートセンターから「アカウントおよび請求」のケースを作成してください。
""",
),
dict(
    key="B05", provider="AWS", label="billing", deadline="none",
    lang="en", kind="reply", case="172206617429", date="2027-01-13 07:58 +0000",
    frm=AWS_SUPPORT, to="cloud-billing@kitahama-ms.example",
    subject="Re: [Case 172206617429] Question about NAT Gateway charges on December invoice",
    body="""
Hello,

Thank you for contacting AWS Billing and Accounts. My name is Kenta and I'll be assisting you with your question about the December invoice for account 519274880316.

I have reviewed the charges you mentioned. The increase of USD 1,942.37 compared with November comes from NAT Gateway data processing in ap-northeast-1 (usage type APN1-NatGateway-Bytes). Between December 9 and December 23, approximately 43 TB of data was processed through the NAT gateway nat-0b81e2c7d4a9f3065. Based on the VPC Flow Logs summary you shared, this traffic was generated by instances in private subnets downloading objects from Amazon S3 in the same region through the NAT gateway, rather than through a gateway VPC endpoint.

As you mentioned that the S3 gateway endpoint was removed by mistake during a network change on December 9, and you have since restored it, I submitted a request to our billing team for a one-time courtesy review. I'm pleased to let you know that the request was approved, and a credit of USD 1,942.37 has been applied to your account. The credit will appear on your January invoice and will be applied automatically against eligible charges. No further action is needed from your side.

Please note that this is a one-time concession, and future charges of this kind may not be eligible. To help monitor unexpected cost increases, I recommend enabling AWS Cost Anomaly Detection for the account.

If you have any further questions, feel free to reply to this case.

Best regards,
Kenta M.
Amazon Web Services
Billing and Accounts

Case link: https://console.aws.amazon.com/support/home#/case/?displayId=172206617429

> On Mon, Jan 11, 2027, cloud-billing@kitahama-ms.example wrote:
> Our December invoice for account 519274880316 is about USD 1,900 higher
> than usual. Cost Explorer shows NAT Gateway charges. We found that the S3
> gateway endpoint was deleted during a change on December 9 and restored
> it on December 23. Flow log summary attached. Could you review whether
> any adjustment is possible?
""",
),
dict(
    key="B06", provider="Google Cloud", label="billing", deadline="2027-02-15",
    lang="en", kind="alt", html_style="google", date="2027-01-05 10:30 +0000",
    frm=("Google Payments", "payments-noreply@google.com"), to="cloud-billing@kitahama-ms.example",
    subject="Your Google Cloud invoice is available",
    body="""
Google Cloud

Your invoice is available

Hello,

The invoice for your Google Cloud billing account is now available. Please make a payment by the due date.

Billing account name: Kitahama MS - Nakano Media
Billing account ID: 01A4F2-7C93B8-E05D11
Invoice number: 5128830471
Invoice date: January 1, 2027
Billing period: December 1 - December 31, 2026

Amount due: ¥2,486,512
Payment due date: February 15, 2027

Payment method: Bank transfer (invoiced billing)
Please include your billing account ID in the transfer reference so that we can match your payment.

Bank details:
Bank: Example Trust Bank, Tokyo Branch
Account type: Ordinary
Account number: 7781234
Account name: Google Asia Pacific Pte. Ltd.

You can download a PDF of your invoice, along with a detailed cost breakdown, from the Billing section of the Google Cloud console:
https://console.cloud.google.com/billing/01A4F2-7C93B8-E05D11/history

If payment is not received by the due date, your account may be subject to late fees, and services may be suspended in accordance with your agreement.

If you've already paid, please disregard this message. It can take up to 5 business days for bank transfers to be reflected in your account.

Need help? Contact Cloud Billing support: https://cloud.google.com/support/billing

Google Asia Pacific Pte. Ltd., 70 Pasir Panjang Road, #03-71 Mapletree Business City II, Singapore 117371
This email was sent to you because you are a billing administrator for the billing account listed above.
""",
),
dict(
    key="B07", provider="Atlassian", label="billing", deadline="2027-02-04",
    lang="en", kind="plain", date="2027-01-20 05:40 +0000",
    frm=("Atlassian", "noreply@am.atlassian.com"), to="atlassian-admin@kitahama-ms.example",
    subject="About your Atlassian account",
    body="""
Hi Kitahama Managed Systems,

The credit card we have on file for your Atlassian Cloud subscriptions expires at the end of this month.

Billing contact: atlassian-admin@kitahama-ms.example
Card: Visa ending in 5512, expires 01/2027
Cloud site: kitahama-ms.atlassian.net

Products renewing on your next bill:
- Jira (Standard, 75 users): $637.50
- Confluence (Standard, 75 users): $432.25
- Jira Service Management (Standard, 20 agents): $440.00
Estimated total before tax: $1,509.75

Your next bill date is February 4, 2027. Please update your payment details before February 4, 2027, so that we can process your renewal without interruption.

To update your card:
1. Go to admin.atlassian.com and select your organization.
2. Select Billing, then Billing details.
3. Select Edit payment details and enter your new card.

If we're unable to charge your card on the bill date, we'll try again over the following days and email you. If payment is still unsuccessful, your subscriptions may be deactivated, and your team could lose access to Jira and Confluence.

If you'd prefer to pay by invoice or bank transfer, contact our billing team: https://support.atlassian.com/contact/

Thanks,
The Atlassian Billing Team

Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000, Australia
This is a transactional email related to your Atlassian account.
""",
),
dict(
    key="B08", provider="KDDI", label="billing", deadline="2027-01-31",
    lang="ja", kind="plain", date="2027-01-12 10:00 +0900",
    frm=("KDDI 法人ご請求センター", "biz-seikyu@kddi.com"), to="cloud-billing@kitahama-ms.example",
    subject="【KDDI】ご請求金額確定のお知らせ（2026年12月ご利用分）",
    body="""
北浜マネージドシステムズ株式会社
経理ご担当者様

平素は KDDI の法人サービスをご利用いただき、誠にありがとうございます。

2026年12月ご利用分のご請求金額が確定いたしましたので、お知らせいたします。

━━━━━━━━━━━━━━━━━━━━━━
お客様番号: 0712-448-2093
ご請求書番号: KB2701-00318842
ご請求対象期間: 2026年12月1日〜2026年12月31日
ご請求金額: 498,740 円（うち消費税等 45,340 円）
お支払期限: 2027年1月31日
お支払方法: 銀行振込
━━━━━━━━━━━━━━━━━━━━━━

■ ご請求内訳
・KDDI Wide Area Virtual Switch 2（小山田食品 様向け回線 2 回線）: 312,400 円
・KDDI クラウドプラットフォームサービス: 96,000 円
・KDDI IP 電話: 45,000 円
・消費税等: 45,340 円

ご請求書（適格請求書）の PDF は、KDDI ビジネス ID でログインのうえ、「請求書照会」よりダウンロードいただけます。
https://biz.kddi.com/seikyu/

お支払期限までに、ご請求書に記載の振込先口座へお振り込みくださいますようお願いいたします。振込手数料はお客様のご負担となります。なお、お振り込みの際は、振込依頼人名の前にお客様番号をご入力ください。

本メールと行き違いでお支払い済みの場合は、ご容赦ください。

ご請求内容に関するお問い合わせ:
KDDI 法人ご請求センター
受付時間: 9:00〜18:00（土日祝日、年末年始を除く）

KDDI株式会社
※本メールは送信専用アドレスからお送りしています。
""",
),
]
