from .common import N, AWS_FOOT, AWS_FOOT_JP, OPS, BILL, AWS_ISH, AWS_MIZ, AWS_HBV, AWS_KISO, AWS_PAYER, ACCT

NOTICES = [
N(38, "billing", None, "en", "2027-02-03 08:02 +0000", "aws_billing", BILL,
  f"Amazon Web Services Invoice Available [Account: {ACCT['payer']}] [Invoice ID: 2071394826]",
  f"""
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: USD 18,942.37

Account number: {ACCT['payer']}
Billing period: January 1 - January 31, 2027
Invoice number: 2071394826
Invoice date: February 2, 2027
Payment method: Invoice (bank transfer), terms as per your agreement

Summary by linked account:
- {ACCT['payer']} Tamagawa Cloud Partners - payer    USD 1,204.55
- {ACCT['ish']} Ishikari Dairy - production         USD 6,318.02
- {ACCT['miz']} Mizunami Ceramics - web             USD 2,087.69
- {ACCT['hbv']} Harborview Logistics - production   USD 7,611.40
- {ACCT['kiso']} Kiso Outdoor - production          USD 1,720.71

Charges include applicable taxes. Japanese Consumption Tax (JCT) has been calculated at 10% for services supplied by Amazon Web Services Japan G.K.

You can see a complete break down of all charges on the Bills page located at:
https://console.aws.amazon.com/billing/home#/bills

You can download a PDF copy of the invoice from the Invoices tab of the same page. Cost and usage data for the period is also available in your AWS Cost and Usage Report.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210. Please do not reply directly to this email. If you have questions about your bill, open a billing case at https://console.aws.amazon.com/support/home.
"""),

N(39, "billing", "2027-02-19", "en", "2027-02-05 19:25 +0000", "aws_billing", AWS_KISO,
  "AWS Notification - Your payment method was declined",
  f"""
Hello,

We were unable to charge your payment method for your Amazon Web Services account {ACCT['kiso']}. The following charge was declined by your card issuer:

Invoice: 2071588340
Billing period: January 1 - January 31, 2027
Amount due: USD 1,720.71
Payment method: Visa ending in 4418 (expired 01/2027)

We will retry the charge automatically over the next few days. To avoid any interruption to your AWS services, please update your payment information or make a payment by February 19, 2027.

To update your payment method:
1. Sign in to the AWS Management Console and open the Billing and Cost Management console.
2. In the navigation pane, choose Payment preferences.
3. Add a new payment method or update the expiration date of the existing card, and set it as the default.
4. On the Payments page, choose Complete payment for the unpaid invoice.

If we do not receive payment by that date, your account may be suspended, and services running in the account may be stopped. If your account remains suspended, resources in the account may be terminated and data may be deleted.

If you have already updated your payment method or made a payment, please disregard this message. If you believe you received this message in error, or if you have questions, please contact AWS Customer Service through the Support Center:
https://console.aws.amazon.com/support/home#/case/create?issueType=customer-service

Sincerely,
Amazon Web Services
""", explicit=True),

N(40, "billing", None, "en", "2027-02-16 06:00 +0000", "aws_billing", BILL,
  "AWS Budgets: Harborview-Monthly-Prod has exceeded your alert threshold",
  f"""
AWS Budget Notification February 16, 2027
AWS Account {ACCT['hbv']}

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your Harborview-Monthly-Prod budget is greater than 80.00% of the budgeted amount. The ACTUAL Cost associated with this budget is 8,231.77 USD, which is 82.32% of the budgeted amount of 10,000.00 USD. Your budget period is monthly and resets on March 1, 2027.

Budget Name: Harborview-Monthly-Prod
Budget Type: Cost
Budgeted Amount: 10,000.00 USD
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: 8,231.77 USD

Top services by cost this period:
- Amazon Elastic Compute Cloud - Compute: 3,902.14 USD
- Amazon Relational Database Service: 1,611.08 USD
- EC2 - Other (EBS, NAT Gateway): 1,204.56 USD
- Amazon OpenSearch Service: 722.49 USD
- Amazon Simple Storage Service: 311.20 USD

A forecasted-cost alert for this budget was not triggered. Please note that the actual cost shown above is updated up to three times a day and may not include all charges incurred in the last 24 hours.

Go to the AWS Budgets dashboard to view more details about this budget, edit its thresholds, or configure actions:
https://console.aws.amazon.com/billing/home#/budgets

You can also use AWS Cost Explorer to analyze the cost increase by service, Region, linked account or tag.

If you no longer wish to receive these alerts, you can update the notification settings of the budget or delete the budget.
"""),

N(41, "billing", None, "en", "2027-02-25 01:47 +0000", "aws_support", BILL,
  "RE: [Case 173502918374] Duplicate charge on January invoice",
  f"""
Hello,

Thank you for your patience while I looked into the duplicate charge you reported for account {ACCT['miz']}.

I have confirmed that the Amazon Route 53 domain renewal for mizunami-ceramics.example was charged twice on January 19, 2027: once on the January invoice (USD 12.00 plus tax) and once as a separate anniversary charge with the same order reference. This was caused by a processing error on our side, and I am sorry for the inconvenience.

I have issued a refund of USD 13.20 (USD 12.00 plus Japanese Consumption Tax of USD 1.20) to the payment method used for the duplicate charge, the Mastercard ending in 9023. Refunds usually appear on the card statement within 5 to 10 business days, depending on the card issuer. You will also find a credit memo (reference 20713-CM-0448) on the Bills page of the Billing and Cost Management console for your records.

No action is needed from you. The domain registration itself is unaffected and is valid until January 20, 2028.

If the refund does not appear on your statement after 10 business days, reply to this case and I will be glad to follow up with our payments team.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.

Best regards,
Akiko N.
Amazon Web Services
Check out the AWS Support Knowledge Center, a knowledge base of articles and videos that answer customer questions about AWS services: https://repost.aws/knowledge-center

To see all the correspondence in this case and to reply, please visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=173502918374
""", in_reply_to="<173502918374.cust.1@tamagawa-cp.example>"),

N(42, "informational", None, "ja", "2027-02-17 12:00 +0900", "aws_events", OPS,
  "AWS Summit Japan 2027 参加登録受付を開始しました",
  """
いつも AWS をご利用いただき、ありがとうございます。

日本最大級の AWS を学ぶイベント「AWS Summit Japan 2027」の参加登録受付を開始いたしました。今年も幕張メッセでの会場開催とオンライン配信のハイブリッド形式で実施いたします。

■ 開催概要
・日程：2027年6月24日（木）・25日（金）
・会場：幕張メッセ（千葉県千葉市）およびオンライン
・参加費：無料（事前登録制）

■ 今年の見どころ
・基調講演：生成 AI の本番運用とクラウドネイティブなアーキテクチャの最新動向
・150 を超えるセッション：移行、モダナイゼーション、データ活用、セキュリティ、コスト最適化など
・お客様事例セッション：製造、物流、小売、食品業界のお客様による導入事例
・AWS Expo：AWS のエキスパートやパートナー企業による展示とデモ
・ハンズオン：AWS のサービスを実際に操作しながら学べるワークショップ（会場限定、定員制）

パートナー企業の皆様向けには、2日目にパートナー専用のセッショントラックと交流会をご用意しております。

■ 参加登録
以下のページからご登録ください。ハンズオンおよび一部のセッションは先着順となりますので、お早めにお申し込みください。
https://aws.amazon.com/jp/summits/japan/

皆様のご参加を心よりお待ちしております。

―――
AWS Summit Japan 事務局
アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎3-1-1 目黒セントラルスクエア

本メールは、AWS からのご案内の配信をご希望いただいた方にお送りしています。今後の配信停止をご希望の場合は、以下より設定を変更してください。
https://pages.awscloud.com/communication-preferences
""", provider="aws"),

N(43, "informational", None, "en", "2027-02-09 15:00 +0000", "aws_events", OPS,
  "Now available: AWS Local Zone in Sapporo",
  """
Hello,

We are excited to announce the general availability of a new AWS Local Zone in Sapporo, Japan (ap-northeast-1-spk-1a). Local Zones place compute, storage, database and other select AWS services close to large population, industry and IT centers, so that you can run applications that require single-digit millisecond latency for end users.

The Sapporo Local Zone is a parent-region extension of the Asia Pacific (Tokyo) Region. It supports the following services at launch:

- Amazon EC2 (C7i, M7i, R7i and G6 instances)
- Amazon EBS (gp3 and io2 volumes)
- Amazon VPC, including NAT gateways
- Application Load Balancer
- Amazon ECS and Amazon EKS worker nodes
- AWS Shield Standard

Customers in Hokkaido can use the Local Zone to run latency-sensitive workloads such as factory control systems, real-time video processing and interactive media, or to meet requirements to keep data processing in the region.

To get started, opt in to the Local Zone group ap-northeast-1-spk-1 from the EC2 console settings page, then create a subnet in the Local Zone in your existing VPC in the Tokyo Region. There is no additional charge to opt in; you pay only for the resources you use, at the prices published for the Local Zone.

To learn more, visit the AWS Local Zones page:
https://aws.amazon.com/about-aws/global-infrastructure/localzones/

Best regards,
The AWS Team

You are receiving this email because you opted in to AWS product announcements. To unsubscribe or change your preferences, visit https://pages.awscloud.com/communication-preferences.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""", kind="html", provider="aws"),

N(44, "informational", None, "en", "2027-02-04 16:00 +0000", "aws_events", OPS,
  "AWS Partner Network news - February 2027",
  """
AWS Partner Network - Partner News
February 2027

Hello Tamagawa Cloud Partners,

Here is your monthly round-up of news, programs and resources for AWS Partners.

What's new for Partners

- AWS Partner Central now lets you share opportunities with AWS in Japanese. Opportunity fields, notifications and the co-sell dashboard are available in Japanese for all partners in Japan.
- The AWS Migration Acceleration Program funding templates have been updated for 2027. Migration assessments submitted after March 1 use the new templates automatically.
- New AWS Specialization: Industrial Data and Operations, for partners that deliver manufacturing and logistics solutions.

Training and certification

- AWS Partner Training Days Tokyo, March 10-11, 2027: two days of instructor-led technical sessions for partner engineers. Seats are limited.
- Free exam vouchers are available for partners who complete the AWS Certified Solutions Architect - Associate readiness course before April 30.

Events

- AWS Summit Japan 2027 will take place on June 24-25 in Chiba. A partner track and networking reception are planned for the second day.

Customer stories

- How a regional logistics provider reduced its month-end batch time by 70% by moving its warehouse management system to Amazon Aurora.

Visit AWS Partner Central for full details: https://partnercentral.awspartner.com

You are receiving this message because you are a registered contact of an AWS Partner. To manage your subscription, visit https://pages.awscloud.com/communication-preferences.
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""", kind="alt", provider="aws"),

N(45, "informational", None, "en", "2027-02-26 20:10 +0000", "aws", AWS_PAYER,
  "Notice",
  f"""
Hello,

We are writing to let you know about improvements to the AWS Support Center console experience that we will roll out to all AWS accounts, including your account {ACCT['payer']}, over the coming weeks.

What is changing?

- Support cases will be displayed in a conversation view, with the full history of the case and attachments in a single page.
- You will be able to add up to 20 additional email addresses to receive notifications for a case, instead of the current limit of 10.
- Case severities will be displayed with their response time targets next to them, based on your Support plan.
- A new "Related AWS Health events" panel will show open Health events that affect the resources mentioned in a case.

What is not changing?

Existing cases, case IDs, IAM permissions for the AWS Support API and the AWS Support App in Slack are not affected. Your Support plan and its pricing do not change. There is nothing you need to do; the new experience is applied automatically, and you can switch back to the previous console layout until the end of June 2027 using the toggle at the top of the page.

We made these changes based on feedback from customers. If you have comments about the new experience, use the Feedback link in the Support Center console.

To learn more, see the AWS Support User Guide:
https://docs.aws.amazon.com/awssupport/latest/user/getting-started.html
""" + AWS_FOOT, bland=True),
]
