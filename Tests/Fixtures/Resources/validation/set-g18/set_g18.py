#!/usr/bin/env python3
"""Build set-g18.mbox: labelled cloud-provider notices written after public originals.

Standard library only, deterministic. Writes the mbox, re-reads it with
mailbox.mbox, checks the format rules and exits 1 on any problem.
Dates in bodies are written as {{YYYY-MM-DD|fmt}} in the original's time
frame and shifted by the same offset as the Date header (March 2028).
"""
import datetime as dt
import email.charset
import email.utils
import mailbox
import os
import re
import sys
from email.header import Header, decode_header, make_header
from email.message import Message

HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-g18.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

N = []
# Notice definitions, part A (AWS). Each: dict(id, src, provider, label, orig_date, orig_deadline, from_, to, subject, body, phishing)

N.append(dict(src="https://github.com/kirodotdev/Kiro/issues/6625", provider="AWS (Kiro / AWS Builder ID)",
 label="security-incident", orig_date="2026-03-23", orig_deadline=None,
 from_="AWS Support <no-reply-aws@amazon.com>", to="dev-lead@tidewater-apps.example",
 subject="Your AWS Builder ID has been temporarily suspended",
 body="""Hello,

As a security precaution we have placed a temporary hold on the following
AWS Builder ID:

  User ID: d4a71c02-5e19-70b8-33f0-9c2e6a7b41d5

While the hold is in place you will not be able to sign in to Kiro, view
your usage data, or change your subscription. Any paid plan attached to
this ID stays active during the review.

To have access restored, our support team needs to confirm that you are
the owner of this ID. Open a request through the Kiro contact page and
include the User ID shown above:

  https://support.aws.amazon.com/#/contacts/kiro

Please do not create a new Builder ID while this review is open; doing so
can delay the review of the original one.

Regards,
Amazon Web Services
"""))

N.append(dict(src="https://github.com/kirodotdev/Kiro/issues/6690", provider="AWS (Kiro / AWS Builder ID)",
 label="security-incident", orig_date="2026-03-24", orig_deadline=None,
 from_="AWS Support <no-reply-aws@amazon.com>", to="haruto.sato@lumen-labs.example",
 subject="[Case 17330294851] Account locked as a security precaution - identity verification needed",
 body="""Hello,

This message concerns support case 17330294851.

Our automated protection systems detected activity on your account that
did not match your usual pattern, and the account was locked to protect
it. The lock applies to:

  User ID:        7c19e0b4-2f6a-7013-9d54-a8e3b51c0f72
  Status:         Temporarily suspended
  Locked at:      {{2026-03-24|iso}} 02:41 UTC

Until the lock is lifted, API calls and sign-in attempts made with this
user ID will be refused.

What to do next
  1. Reply to this case from the email address registered on the account.
  2. Tell us which products you use and from which countries or networks
     you normally sign in.
  3. Be ready to complete the identity check that our team will send you.

If you did not start any recent sessions yourself, say so in your reply so
that we can review the activity with you.

Thank you for your patience,
AWS Customer Support
"""))

N.append(dict(src="https://github.com/aws/aws-toolkit-vscode/issues/8492", provider="AWS",
 label="security-incident", orig_date="2026-01-09", orig_deadline=None,
 from_="Amazon Web Services <no-reply-aws@amazon.com>", to="cloud-admin@meridian-grain.example",
 subject="Your AWS account 604218337195 has been temporarily restricted",
 body="""Hello,

We have temporarily restricted AWS account 604218337195 because we
detected signs that the account may be used by someone other than you.

While the restriction is active:
  * new resources cannot be launched in any Region;
  * sign-in through the AWS Toolkit and other IDE integrations is blocked;
  * existing running resources have not been stopped.

To lift the restriction, please:
  1. Change the root user password and turn on MFA for the root user.
  2. Review IAM users, roles and access keys, and remove any you do not
     recognise.
  3. Check all Regions for resources you did not create.
  4. Reply to the support case opened in the Support Center to confirm the
     steps above.

We will review the account once we receive your reply.

Sincerely,
Amazon Web Services
"""))

N.append(dict(src="https://otkken2.hateblo.jp/entry/2020/05/18/145747", provider="AWS",
 label="security-incident", orig_date="2020-05-18", orig_deadline=None,
 from_="Amazon Web Services <no-reply-aws@amazon.com>", to="kenta.oda@shirokane-dev.example",
 subject="ACTION REQUIRED: Your AWS Access Key is Exposed for AWS Account 392784610057",
 body="""Dear AWS Customer,

We found the access key listed below, together with its secret key, in a
public location on the internet. Anyone who copied it can call AWS on
your behalf and run up charges on AWS account 392784610057.

  Access Key ID             Location
  ------------------------  ---------------------------------------------
  AKIA****************ZQ7M  https://github.com/shirokane-dev/portfolio-api/blob/3f9c2a1/config/settings.js

Please treat this as urgent and work through the steps below.

STEP 1 - REPLACE THE KEY
If an application depends on this key, first create a second access key
for the same IAM user and switch the application over to it. Then make the
exposed key inactive. Once you are sure nothing broke, delete the exposed
key. If something does break, you can re-activate the old key briefly
while you fix it.

STEP 2 - LOOK FOR USE YOU DID NOT AUTHORISE
Sign in to the console and go through every Region, looking for EC2
instances, Spot requests, Lambda functions and IAM users that you did not
create. Delete anything that is not yours.

STEP 3 - CHECK THE BILL
Open the Billing console and compare current charges with what you
expect. Contact us through the Support Center if something looks wrong.

Keys that stay exposed can lead to misuse of your account, and may result
in limits being placed on it.

Sincerely,
Amazon Web Services
"""))

N.append(dict(src="https://github.com/18F/site-scanning/issues/691", provider="AWS",
 label="abuse", orig_date="2020-09-03", orig_deadline="2020-09-04",
 from_="AWS Trust & Safety <ec2-abuse@amazon.com>", to="ops-team@civic-scan.example",
 subject="Your AWS Abuse Report [27510948832-1] [AWS ID 781240936615]",
 body="""Hello,

We have received a complaint that the AWS resource below has been used
in a way that is not permitted by the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/).

  AWS ID:   781240936615
  Region:   us-gov-west-1
  Resource: i-0c7e1a95d3b24f680  [198.51.100.41]

The reporting party, the operator of the domain postal-services.example,
states that this address sent repeated automated requests to many paths
on their servers, using the User-Agent "python-requests/2.24.0". They
consider the traffic to be unauthorised scanning. Their log excerpt is
reproduced below.

  --- Begin reporter's log ---
  {{2020-09-02|iso}} 14:02:11 UTC  198.51.100.41 -> 203.0.113.80:443 GET /data.json
  {{2020-09-02|iso}} 14:02:12 UTC  198.51.100.41 -> 203.0.113.80:443 GET /privacy
  {{2020-09-02|iso}} 14:02:12 UTC  198.51.100.41 -> 203.0.113.80:443 GET /sitemap.xml
  {{2020-09-02|iso}} 14:02:13 UTC  198.51.100.41 -> 203.0.113.81:443 GET /code.json
  --- End reporter's log ---

Please reply to this message within 24 hours. In your reply either
describe the steps you have taken to stop the activity, or, if you believe
the traffic is legitimate, explain your use case so that we can pass it on
to the reporter.

If you do not recognise this activity, your instance may have been
compromised; review its security groups and running processes.

Regards,
AWS Trust & Safety
"""))

N.append(dict(src="https://megalodon.jp/ref/2024-0530-1325-46/https://www.k-friendly.com:443/17216", provider="AWS (Japanese)",
 label="action-required", orig_date="2024-05-20", orig_deadline="2024-08-22",
 from_="Amazon Web Services <no-reply-aws@amazon.com>", to="infra@kotobuki-shop.example",
 subject="[要対応] Amazon RDS SSL/TLS 証明書の更新のお願い [AWS Account: 508813462290] [AP-NORTHEAST-1]",
 body="""お客様

平素より Amazon Web Services をご利用いただき、ありがとうございます。

お客様の AWS アカウント 508813462290 において、認証局証明書
rds-ca-2019 を使用している Amazon RDS の DB インスタンスが見つかりました。
この証明書は {{2024-08-22|ja}} に有効期限を迎えます。

有効期限までに、以下の順序で作業を行ってください。

1. アプリケーション側の準備
   SSL/TLS で RDS に接続しているクライアントがある場合は、
   新しい CA（rds-ca-rsa2048-g1 を推奨）を含む証明書バンドルを
   トラストストアに追加してください。

2. DB インスタンス側の証明書の変更
   RDS コンソールまたは modify-db-instance API で、各インスタンスの
   認証局を新しい CA に変更してください。

期限までに変更されなかったインスタンスは、有効期限前のメンテナンス
ウィンドウで自動的に新しい CA に切り替えられます。エンジンとバージョン
によっては、この切り替えの際に DB インスタンスが再起動します。
ご都合のよい時間帯に手動で変更されることをお勧めします。

SSL/TLS 接続を利用していない場合、接続への影響はありません。

対象のインスタンス:
  orders-db-prod      (MySQL 8.0)
  orders-db-replica-1 (MySQL 8.0)
  ledger-pg           (PostgreSQL 15)

よろしくお願いいたします。
アマゾン ウェブ サービス
"""))

N.append(dict(src="https://www.skyarch.net/blog/?p=2735", provider="AWS (Japanese)",
 label="action-required", orig_date="2015-01-20", orig_deadline="2015-03-24",
 from_="Amazon Web Services <no-reply-aws@amazon.com>", to="sysadmin@hanamizuki-net.example",
 subject="[重要] Amazon RDS SSL 証明書の入れ替えについて",
 body="""Amazon RDS をご利用のお客様

現在 RDS の暗号化通信で使用している SSL 証明書（rds-ca-2010）は、
日本時間 {{2015-03-24|ja}} 午前5時に有効期限が切れます。

RDS インスタンスに SSL で接続している場合は、有効期限より前に次の
二つの作業を完了してください。

■ クライアント・アプリケーション側
  新しい公開鍵バンドル（rds-combined-ca-bundle.pem）をダウンロードし、
  接続元のサーバーやアプリケーションに設定してください。

■ RDS 側
  マネジメントコンソールまたは ModifyDBInstance API で、各インスタンスの
  認証局を rds-ca-2015 に変更してください。変更の反映には
  インスタンスの再起動が必要です。「すぐに適用」を選択した場合は、
  変更直後に再起動が行われます。

SSL で接続していないインスタンスは今回の影響を受けませんが、将来 SSL を
使う予定がある場合は、いずれかの時点で同じ作業が必要です。
Oracle エンジンは本件の対象外です。

Amazon Web Services
"""))

N.append(dict(src="https://github.com/CocoaPods/cocoapods.org/issues/491", provider="AWS",
 label="action-required", orig_date="2023-08-20", orig_deadline="2023-12-31",
 from_="Amazon Web Services <no-reply-aws@amazon.com>", to="infra@pod-index.example",
 subject="[Action Required] TLS 1.0/1.1 connections detected to Amazon S3 [AWS Account: 219408736152]",
 body="""Hello,

Since {{2023-06-28|long}} we have been rolling out a change that raises
the minimum TLS version accepted by all AWS API endpoints, in every
Region, to TLS 1.2. This happens even where an endpoint still receives
TLS 1.0 or 1.1 traffic. The rollout will be complete no later than
{{2023-12-31|long}}.

Over the last 30 days we saw requests from your account that used TLS 1.0
or TLS 1.1. After the change reaches the endpoints below, these requests
will fail.

  Endpoint                     Bucket / API          User agent seen
  ---------------------------  --------------------  -------------------------
  s3.us-east-1.amazonaws.com   pod-readme-cache      Ruby/2.3 aws-sdk-s3/1.48
  s3.us-east-1.amazonaws.com   pod-specs-mirror      curl/7.29.0

What you need to do:
  * Update the clients making these calls to a version that negotiates
    TLS 1.2 or later.
  * Use the tlsDetails field in CloudTrail to find any other callers.
  * Optionally add an aws:SecureTransport / s3:TlsVersion condition to your
    bucket policies to test the change before it is enforced.

Sincerely,
Amazon Web Services
"""))

N.append(dict(src="https://github.com/cloud-gov/product/issues/2513", provider="AWS",
 label="action-required", orig_date="2023-05-03", orig_deadline="2023-06-28",
 from_="Amazon Web Services <no-reply-aws@amazon.com>", to="platform@gov-cloudhost.example",
 subject="[Action Required] Update clients to TLS 1.2 before June 28, 2023 [AWS Account: 850376241198]",
 body="""Hello,

AWS will stop accepting TLS 1.0 and TLS 1.1 on its service API endpoints.
From {{2023-06-28|long}} these older protocol versions will be turned off
endpoint by endpoint, and callers that cannot negotiate TLS 1.2 will no
longer be able to connect.

You are receiving this notice because requests using TLS 1.0 or 1.1 were
made to AWS APIs from your account during the last 30 days:

  Service            Region      Calls (30 days)  Last seen
  -----------------  ----------  ---------------  --------------------
  Elastic Load Bal.  us-gov-w-1  112              {{2023-04-29|iso}}
  Amazon S3          us-gov-w-1  38               {{2023-05-01|iso}}
  AWS STS            us-gov-w-1  7                {{2023-04-17|iso}}

Please identify the clients behind these calls and upgrade them so that
they use TLS 1.2 or later before {{2023-06-28|long}}. The tlsDetails field
in CloudTrail records shows the TLS version of each call.

This change does not affect the TLS settings your own load balancers and
CloudFront distributions present to your end users.

Sincerely,
Amazon Web Services
"""))

N.append(dict(src="https://www.agilevision.io/blog/what-is-amazon-rds-extended-support-and-why-you-need-to-be-aware-about-it/", provider="AWS",
 label="pricing", orig_date="2024-01-15", orig_deadline="2024-03-01",
 from_="Amazon Web Services <no-reply-aws@amazon.com>", to="billing-ops@fernhill-media.example",
 subject="Amazon RDS Extended Support charges will apply to your MySQL 5.7 databases [AWS Account: 337029518864]",
 body="""Hello,

Standard support for Amazon RDS for MySQL major version 5.7 ends on
{{2024-02-29|long}}. On that date, DB instances still running 5.7 will be
enrolled automatically in Amazon RDS Extended Support, which is a paid
offering. Your databases keep running on 5.7 and their uptime is not
affected by the enrolment.

Extended Support is billed in addition to normal instance charges,
starting {{2024-03-01|long}}:

  Period                                   Price per vCPU-hour
  ---------------------------------------  -------------------
  Year 1 and 2 after end of standard supp. USD 0.100
  Year 3 after end of standard support     USD 0.200

Affected DB instances in your account:

  Identifier          Class           vCPUs  Region
  ------------------  --------------  -----  -----------
  cms-prod            db.r6g.xlarge   4      eu-west-1
  cms-prod-standby    db.r6g.xlarge   4      eu-west-1
  analytics-staging   db.m5.large     2      eu-west-1

To avoid the charges, upgrade these instances to MySQL 8.0 before
{{2024-03-01|long}}, or delete instances that are no longer needed. The
charge stops as soon as an instance runs a version under standard
support.

Sincerely,
Amazon Web Services
"""))

N.append(dict(src="https://github.com/SummitRoute/aws_breaking_changes/issues/109", provider="AWS",
 label="action-required", orig_date="2024-09-24", orig_deadline="2026-09-30",
 from_="Amazon Web Services <no-reply-aws@amazon.com>", to="mesh-owners@northpier-logistics.example",
 subject="[Action Required] AWS App Mesh end of support on September 30, 2026 [AWS Account: 462910385573]",
 body="""Hello,

After careful review, AWS has decided to end support for AWS App Mesh on
{{2026-09-30|long}}. We are writing because your account has App Mesh
resources.

What changes and when:
  * From {{2024-09-24|long}}, accounts that do not already use App Mesh
    can no longer start using it.
  * Until {{2026-09-30|long}}, existing customers can keep using the
    service as today, including creating resources through the AWS CLI and
    AWS CloudFormation. Critical security and availability fixes will
    continue during this time.
  * After {{2026-09-30|long}}, the App Mesh console and App Mesh resources
    will no longer be available.

What you should do:
Plan a move of your service-to-service traffic to Amazon ECS Service
Connect (for Amazon ECS workloads) or Amazon VPC Lattice (for Amazon EKS
and mixed workloads). Migration guides for both paths are published on
the AWS Containers blog.

Meshes found in your account:
  checkout-mesh     us-east-1
  partner-api-mesh  us-east-1

Sincerely,
Amazon Web Services
"""))

N.append(dict(src="https://github.com/SummitRoute/aws_breaking_changes/issues/87", provider="AWS",
 label="maintenance", orig_date="2023-11-23", orig_deadline="2023-12-15",
 from_="AWS Application Cost Profiler <no-reply-aws@amazon.com>", to="finops@quarry-bay.example",
 subject="AWS Application Cost Profiler will be discontinued on 12/15/2023",
 body="""Hello,

AWS Application Cost Profiler (ACP) will be discontinued on
{{2023-12-15|us}}.

Our records show that your account has an ACP service configuration, even
though the service may never have produced a report for you. When ACP is
discontinued, we will remove that configuration from your account. No
other resources in your account are affected.

You do not need to take any action. If you rely on ACP reports, export
any reports you want to keep before {{2023-12-15|us}}.

If you have questions or concerns about this change, please let us know by
replying to this email.

Sincerely,
AWS Application Cost Profiler Service Team
"""))

N.append(dict(src="https://github.com/SummitRoute/aws_breaking_changes/pull/126", provider="AWS",
 label="action-required", orig_date="2025-03-12", orig_deadline="2025-10-17",
 from_="Amazon Web Services <no-reply-aws@amazon.com>", to="growth-eng@bramble-retail.example",
 subject="[Action Required] Amazon CloudWatch Evidently will be discontinued on 10/17/2025 [AWS Account: 125903847716]",
 body="""Hello,

We have decided to discontinue Amazon CloudWatch Evidently. The service
will be shut down on {{2025-10-17|us}}.

Until that date, active customers can keep using Evidently as they do
now. During this period we will keep shipping critical security patches,
but we will not approve requests to raise service limits.

On {{2025-10-17|us}} access to Evidently will end, together with every
feature, launch and experiment it provides. Feature flags evaluated
through Evidently will stop returning results after that date.

We recommend that you finish your running launches and experiments before
{{2025-10-17|us}} and move feature flag evaluation to AWS AppConfig
feature flags. Projects found in your account:

  web-storefront       us-west-2   3 active launches, 1 experiment
  mobile-onboarding    us-west-2   1 active launch

Sincerely,
Amazon Web Services
"""))
# Notice definitions, part B (other providers and phishing).

N.append(dict(src="https://github.com/CLOSER-Cohorts/archivist/issues/701", provider="Heroku",
 label="action-required", orig_date="2022-08-02", orig_deadline="2023-04-30",
 from_="Heroku <noreply@heroku.com>", to="data-team@cohort-archive.example",
 subject="Action required: The Heroku-18 stack is deprecated",
 body="""Hi there,

You have 6 personal apps running on the Heroku-18 stack, which is now
deprecated.

  Date                    What happens
  ----------------------  ------------------------------------------------
  {{2023-04-30|long}}     Heroku-18 reaches end-of-life; it will no longer
                          receive security updates.
  {{2023-05-01|long}}     Builds for Heroku-18 apps are disabled. Running
                          apps keep running at your own risk.

Apps affected:
  archivist-prod, archivist-staging, archivist-review-14,
  metadata-api, metadata-api-staging, cohort-exporter

Please move these apps to a newer stack (Heroku-22 or Heroku-20) before
{{2023-04-30|long}}. Our Dev Center article "Upgrading to the Latest
Stack" walks through the steps, and the Heroku-18 End-of-Life FAQ answers
common questions.

Thanks,
The Heroku Team
"""))

N.append(dict(src="https://github.com/js-org/js.org/issues/11166", provider="JS.ORG (GitHub Pages subdomains)",
 label="abuse", orig_date="2026-04-23", orig_deadline=None,
 from_="JS.ORG <notifications@github.com>", to="owner@reactbot-tools.example",
 subject="Abuse Report: Phishing Activity - tele-react.js.org Suspended",
 body="""Hello @reactbot-tools,

We received a verified abuse report stating that the subdomain
tele-react.js.org, which was granted to you in request #3127, was used to
serve a phishing page.

The subdomain has therefore been switched off with immediate effect. The
change is recorded in commit 8e41c2d of the js.org repository.

Using a JS.ORG subdomain for phishing, scams, malware or viruses is
forbidden by section 4 ("Rights and Duties of the user") of the JS.ORG
Terms and Conditions. Users are fully responsible for whatever is served
through their GitHub Pages site and their JS.ORG subdomain, and a
violation leads to the immediate removal of the domain.

If you believe this decision is a mistake, reply on this issue with the
relevant details and we will review it.

- JS.ORG
"""))

N.append(dict(src="https://www.onlinethreatalerts.com/article/2017/5/24/alert-your-password-is-set-to-expire-is-a-microsoft-phishing-scam/", provider="Microsoft 365 (phishing)",
 label="action-required", orig_date="2017-05-24", orig_deadline="2017-05-25", phishing=True,
 from_="Microsoft Outlook <info40317@lichtfilm-studio.example>", to="janet.moreau@oakridge-dental.example",
 subject="Your password is set to expire",
 body="""Microsoft account

Dear Janet

This is our final message to you before your mailbox is locked.

You must respond within 24 hours.

Follow the steps below to fix the problem.

      >> FIX PASSWORD EXPIRATION <<
      http://login-office365-verify.example/renew?u=janet.moreau

Regards
Microsoft Office365
"""))

N.append(dict(src="https://d2sy3u3jhkp5ip.cloudfront.net/remove-microsoft-office-365-password-notification-email-scam/", provider="Microsoft 365 (phishing)",
 label="action-required", orig_date="2024-08-10", orig_deadline="2024-08-11", phishing=True,
 from_="Office 365 <no-reply@mailbox-notice365.example>", to="accounts@harbourline-freight.example",
 subject="Password Notification.",
 body="""Microsoft
Office 365 Password Notification

The password of your email account expires Tomorrow.

Follow the instruction below to keep your current password.

      [ Keep Account Password ]
      https://keep-password.o365-portal.example/auth?id=accounts

Note: It may take a short while for this action to take effect {{2024-08-10|mdy}}

Thanks,
The Microsoft account team
"""))

N.append(dict(src="https://taruwo.com/onamae-com-creditcard-expired/", provider="Onamae.com / GMO (Japanese)",
 label="billing", orig_date="2021-06-01", orig_deadline="2021-06-15",
 from_="Onamae.com <info@onamae.com>", to="blog-owner@kumo-notes.example",
 subject="【重要:与信失敗】お支払い情報の更新をお願いします",
 body="""━━ お名前.com by GMO ━━━━━━━━━━━━━━━━━━━━━━━━━━
        ドメイン公式登録サービス
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
※このメールにお心当たりがない場合は、破棄してください。

いつもお名前.comをご利用いただき、誠にありがとうございます。

───────────────────────────────────
【重要】お支払い情報のご確認をお願いします
───────────────────────────────────
ご登録のクレジットカードで与信が通らなかったため、
下記ドメインの自動更新手続きを完了できませんでした。

  対象ドメイン : kumo-notes.example
  登録期限日   : {{2021-06-15|ja}}

ドメインの失効を避けるため、会員メニューにログインのうえ、
現在のお支払い情報をご確認・ご変更いただき、
登録期限日までに更新手続きを行ってください。

▼ お支払い情報の確認・設定
https://www.onamae.com/domain/navi/account_payment/input

▽ お支払い情報の変更方法
https://www.onamae.com/guide/details.php?g=30

登録期限日を過ぎると、ドメインの復旧に別途費用がかかる場合があります。

お名前.com
"""))

N.append(dict(src="https://atoma.jp/blog/?p=2201", provider="Domain registrar (phishing, Japanese)",
 label="billing", orig_date="2025-11-10", orig_deadline="2025-11-10", phishing=True,
 from_="Domain Support Center <billing@domain-renew-center.example>", to="info@kaede-koumuten.example",
 subject="【再請求】ドメイン契約更新料のお支払いについて（本日期限）",
 body="""ご担当者様

平素より当サービスをご利用いただき、誠にありがとうございます。

先日お送りしたご請求について、現時点でお支払いを確認できて
おりませんので、改めてご案内いたします。

  対象ドメイン : kaede-koumuten.example
  お支払い期限 : {{2025-11-10|ja}}（本日）

本日中にお手続きが完了しない場合、ドメインは失効し、
ウェブサイトおよびメールがご利用いただけなくなります。

■ 会員メニュー 請求明細情報
  http://member-menu.domain-renew-center.example/invoice

■ クレジットカードでのお支払いはこちら
  http://pay.renew-domain-card.example/checkout?ref=KK-44817

お早めのお手続きをお願いいたします。

ドメインサポートセンター
"""))

N.append(dict(src="https://www.yuntunpuzi.com/qcloud/135/", provider="Tencent Cloud (Chinese)",
 label="abuse", orig_date="2023-06-12", orig_deadline=None,
 from_="Tencent Cloud <cloud_noreply@tencent.com>", to="ops@lanting-media.example",
 subject="【腾讯云】您的云服务器存在违规信息，访问已被限制",
 body="""尊敬的腾讯云用户，您好！

根据用户举报并经核实，您账号（ID：100021874593）下的以下设备存在
涉嫌违反法律法规及相关政策的信息，我们已暂时限制该设备的访问：

  实例 ID：ins-7k2q9d4m
  公网 IP：203.0.113.57
  涉嫌违规链接：http://www.lanting-media.example/promo/2023/

请您按以下步骤处理：
1. 登录控制台，在站内信中查看被举报的具体链接，并对相关违规内容进行
   清理；
2. 清理完成后，请提交工单联系客服，申请解除访问限制。

违规信息包括但不限于：危害国家安全、散布谣言、淫秽色情、赌博、诈骗、
侵犯他人合法权益以及发送垃圾信息等内容。

如您对本次处理有疑问，可通过工单与我们联系。

腾讯云团队
"""))

N.append(dict(src="https://sendcloud.kf5.com/hc/kb/article/1632616", provider="SendCloud (Chinese)",
 label="abuse", orig_date="2023-11-06", orig_deadline=None,
 from_="SendCloud <service@sendcloud.im>", to="mailer@qingshan-edu.example",
 subject="【SendCloud】账户因垃圾邮件举报过多已被封停",
 body="""您好，

您的 SendCloud 账户（qingshan_edu_api）今日的垃圾邮件举报数量和举报率
（举报数 / 送达数）均已超过平台允许的上限，账户信誉度已被置为负数。

  统计日期     ：{{2023-11-06|zh}}
  送达邮件数   ：18,420
  垃圾邮件举报 ：97（0.53%）

根据平台规则，本次为首次信誉度封停：
  * 账户自即日起封停 7 天（自然日），期间无法发送邮件；
  * 封停期满后，账户将自动恢复；
  * 如再次触发信誉度封停，账户将被永久封停，且不予解封。

请在恢复发送前清理收件人列表，移除未经同意订阅的地址，并检查退订
入口是否正常。

如有疑问，请联系：service@sendcloud.im  电话：4000069990

SendCloud 团队
"""))

N.append(dict(src="https://hn.masterscheme.cn/item?id=36271844", provider="DigitalOcean",
 label="abuse", orig_date="2023-05-09", orig_deadline=None,
 from_="DigitalOcean Support <support@support.digitalocean.com>", to="admin@silverline-games.example",
 subject="Droplet networking suspended: outbound denial of service detected (Ticket #7718203)",
 body="""Hello,

Our systems detected your Droplet taking part in an outbound denial of
service attack. To protect the network and other customers, networking
on the Droplet below has been temporarily suspended.

  Droplet:      game-api-03
  Public IPv4:  192.0.2.144
  Detected:     {{2023-05-09|iso}} 17:10 UTC
  Traffic:      UDP flood toward 198.51.100.23:27015

While networking is suspended, the Droplet keeps running but cannot send
or receive traffic on its public interface. You can still reach it
through the Recovery Console in the control panel.

To restore networking, please:
  1. Log in through the Recovery Console and find the process that
     generated the traffic.
  2. Remove it, or rebuild the Droplet from a known-good snapshot.
  3. Reply to this ticket describing what you found and what you changed.

If you believe this detection is a false positive, reply to this ticket
and our Trust & Safety team will review it.

Regards,
DigitalOcean Trust & Safety
"""))

N.append(dict(src="https://github.com/python/the-knights-who-say-ni/issues/280", provider="GitHub",
 label="informational", orig_date="2021-04-05", orig_deadline=None,
 from_="GitHub <noreply@github.com>", to="cla-bot-admin@pyfoundation-tools.example",
 subject="[GitHub] Changes to the format of GitHub authentication tokens",
 body="""Hi @cla-bot-admin,

We are changing the format of the authentication tokens GitHub issues.
New tokens now start with a prefix that identifies their type, for
example ghp_ for personal access tokens, gho_ for OAuth access tokens and
ghs_ for GitHub App installation tokens.

Tokens you already have keep working. Tokens created from now on use the
new format, and they are longer than before, so check any code that
stores or validates tokens and make sure it does not expect a fixed
length or character set.

The identifiable prefix lets secret scanning find leaked tokens more
reliably and lowers the number of false positives.

You can read more in the post "Behind GitHub's new authentication token
formats" on the GitHub blog.

Thanks,
The GitHub Team
"""))

N.append(dict(src="https://github.com/turlockmike/murl/issues/61", provider="GitHub",
 label="action-required", orig_date="2026-03-23", orig_deadline="2026-03-23",
 from_="GitHub <noreply@github.com>", to="mike.t@curlkit.example",
 subject="[GitHub] Your fine-grained personal access token has expired",
 body="""Hi @mike-t,

Your fine-grained personal access token "release-publisher" expired on
{{2026-03-23|long}}.

  Token:        release-publisher
  Resource owner: curlkit
  Repositories: curlkit/murl
  Expired:      {{2026-03-23|long}}

Requests made with this token will now be refused. If you still need
access, generate a new token and update every place where the old one
was used, such as repository secrets and local credential stores:

  https://github.com/settings/personal-access-tokens/new

To see this and other security events for your account, visit
https://github.com/settings/security-log

Thanks,
The GitHub Team
"""))

N.append(dict(src="https://viptest.9to5google.com/2018/07/18/google-cloud-new-polices-suspensions/", provider="Google Cloud",
 label="abuse", orig_date="2018-06-28", orig_deadline="2018-07-03",
 from_="Google Cloud Platform <google-cloud-compliance@google.com>", to="it-admin@windfield-energy.example",
 subject="Action required: Suspension of your Google Cloud Platform project turbine-monitor (turbine-monitor-301842)",
 body="""Dear Google Cloud Platform customer,

Our systems detected potentially suspicious activity in the project
below, and after review we have suspended it.

  Project name: turbine-monitor
  Project ID:   turbine-monitor-301842
  Billing ID:   01A7F3-9C02E4-55B1D8

While the project is suspended, its App Engine applications, Compute
Engine instances and Cloud SQL databases are stopped and cannot be
reached. Related Firebase projects have been moved to the no-cost plan
and may exceed its limits.

To have the project reinstated, the project owner must submit an appeal
from the Appeals page in the Cloud Console and verify the account's
payment details. If the issue is not resolved within 3 business days, by
{{2018-07-03|long}}, the project and all its data will be deleted and
cannot be recovered.

Please review the Google Cloud Platform Terms of Service and Acceptable
Use Policy.

Sincerely,
Google Cloud Platform Compliance
"""))

N.append(dict(src="https://mattwservices.co.uk/threads/linode-critical-xen-maintenance.2735/latest", provider="Linode",
 label="maintenance", orig_date="2015-10-16", orig_deadline="2015-10-19",
 from_="Linode <support@linode.com>", to="hosting@brightmoor-coop.example",
 subject="Linode Critical Xen Maintenance - scheduled host reboots",
 body="""Hello,

Linode has received several Xen Security Advisories (XSAs) that require
updates to our host servers. To apply them, the hosts and the Linodes
running on them must be rebooted. The advisories become public on
{{2015-10-29|long}}, so the work must be finished before then.

Each host will be given its own maintenance window. Windows will fall
between {{2015-10-19|long}} and {{2015-10-25|long}}, and reboots will run
around the clock during those days. Your Linode's window will be shown in
the Linode Manager and sent to you in a separate email once the schedule
is final. The windows cannot be changed and the reboots are mandatory.

Your Linodes on affected hosts:
  web-frontend-1   (Newark)
  db-primary       (Newark)

During the window, each Linode will be shut down cleanly, the host will
be updated, and the Linode will be booted again. Two hours are set aside
for each window, although the actual downtime is usually much shorter.
Please check that your services start on boot; our Reboot Survival Guide
has tips for this.

We know that such short notice is inconvenient, and we appreciate your
understanding.

The Linode Team
"""))

N.append(dict(src="https://www.linode.com/community/questions/22549/what-does-live-migration-mean", provider="Linode",
 label="maintenance", orig_date="2022-03-08", orig_deadline="2022-03-08",
 from_="Linode <support@linode.com>", to="ops@pinecrest-wiki.example",
 subject="ubuntu-fra-wiki01 - (48213376) Live Migration - Tue, 08 Mar 2022 03:12:55 GMT",
 body="""Hello,

Your Linode ubuntu-fra-wiki01 (48213376) was live migrated to a new host
on {{2022-03-08|long}} at 03:12:55 GMT.

Linode uses live migrations to move Linodes off hosts that need routine
maintenance and to balance load across our fleet. During a live
migration the Linode keeps running and stays reachable; you may notice a
short period of reduced performance while the migration completes.

No action is required from you. Your disks, IP addresses and
configuration are unchanged.

If you notice any problem with this Linode, please open a support ticket
from the Cloud Manager.

Thank you,
The Linode Team
"""))

N.append(dict(src="https://gemini.labaudric.net/proxy/gem.billsmugs.com/gemlog/2023-03-24-re-oracle-cloud-always-free.gmi", provider="Oracle Cloud Infrastructure",
 label="maintenance", orig_date="2023-03-21", orig_deadline="2023-03-28",
 from_="Oracle Cloud Infrastructure <no-reply@oracle.com>", to="hobby-host@quillpoint.example",
 subject="Oracle Cloud Infrastructure: idle Always Free compute instance will be stopped",
 body="""Oracle Cloud Infrastructure Customer,

Oracle Cloud Infrastructure (OCI) reclaims idle Always Free compute
resources so that it can continue to offer the Always Free tier
efficiently. During the last 7 days the compute instance below met our
definition of idle:

  Tenancy:   quillpoint
  Instance:  gemini-capsule-a1  (VM.Standard.A1.Flex)
  Region:    uk-london-1

An Always Free instance is considered idle when, over a 7-day period,
95th-percentile CPU use, network use and (for A1 shapes) memory use are
all below 10%.

If the instance remains idle, it will be stopped on or after
{{2023-03-28|long}}. Its boot and block volumes are not deleted, and you
can start it again as long as capacity for its shape is available in your
region.

To keep idle instances from being stopped, you can convert your account
to Pay As You Go. You are not charged as long as your usage stays within
the Always Free limits.

Oracle Cloud Infrastructure
"""))

N.append(dict(src="https://example-a.com/answer/71215525", provider="Oracle Cloud Infrastructure",
 label="informational", orig_date="2022-02-21", orig_deadline=None,
 from_="Oracle Cloud <no-reply@oracle.com>", to="webmaster@lakeside-chorus.example",
 subject="Your Oracle Cloud Free Trial has ended - Always Free resources remain available",
 body="""Hello,

Your Oracle Cloud Free Trial for tenancy lakesidechorus has ended and your
account is now on the Always Free tier.

  * Resources that are not Always Free eligible have been stopped and will
    be deleted after the 30-day grace period unless you upgrade.
  * Your Always Free resources, such as up to two Autonomous Databases and
    Always Free compute instances, stay available to you as long as you
    actively use your account.

You can upgrade to a paid account at any time from the Cloud Console
without losing your Always Free resources.

Thank you for choosing Oracle Cloud.

Oracle Cloud Infrastructure
"""))

N.append(dict(src="https://github.com/DorielRivalet/wycademy/issues/500", provider="Vercel",
 label="billing", orig_date="2024-08-19", orig_deadline=None,
 from_="Vercel <notifications@vercel.com>", to="doriel@wycademy-site.example",
 subject="Your Hobby team has reached its monthly usage limit",
 body="""Hi Doriel,

Your Hobby team "wycademy" has used all of the included resources for the
current billing cycle:

  Resource                          Used        Included
  --------------------------------  ----------  ----------
  Fast Origin Transfer              10.0 GB     10 GB
  Serverless Function Execution     100.2 GB-h  100 GB-h
  Edge Requests                     612 K       1 M

Because the Hobby plan does not allow usage beyond its limits, new
deployments for projects in this team are paused and some requests may be
answered with an error until the usage cycle resets on
{{2024-09-18|long}}.

To continue without interruption, upgrade the team to the Pro plan from
the Usage page of your dashboard.

- The Vercel Team
"""))

N.append(dict(src="https://github.com/porthole-ascend-cinnamon/mhddos_proxy/issues/162", provider="Hosting provider abuse desk",
 label="abuse", orig_date="2022-06-16", orig_deadline=None,
 from_="Network Abuse Desk <abuse@netops-hosting.example>", to="customer-4471@rowan-vps.example",
 subject="[Abuse #AB-220616-0193] Multiple third-party complaints about 203.0.113.118",
 body="""Dear customer,

Since {{2022-06-01|long}} we have received several complaints from other
networks about traffic coming from an IP address assigned to your
service:

  Service:    VPS-4471 (rowan-vps.example)
  IP address: 203.0.113.118

Summary of the reports we received:

  Reporter                   Complaint
  -------------------------  ----------------------------------------------
  darknet sensor operator    "1 IP address from your network probed our
                             servers for open TCP ports"
  shared hosting provider    "IP filtered after repeated brute-force login
                             attempts during the last days"
  blocklist operator         "Caught scanning for web/mail exploits and
                             compromised hosts - strike 1, 3 day minimum"

Scanning and brute-force activity against third parties is not allowed
under our Acceptable Use Policy. Please investigate your server, stop the
activity, and reply to this message quoting the abuse number in the
subject with a short description of the cause and the steps you took.

If further complaints arrive and we do not hear from you, we may restrict
network access to the service.

Kind regards,
Network Abuse Desk
"""))

N.append(dict(src="https://github.com/Mahmoudz/Porto/issues/49", provider="GitHub (phishing)",
 label="security-incident", orig_date="2025-01-22", orig_deadline=None, phishing=True,
 from_="GitHub Security <security-alert@github-account-notice.example>", to="m.zalt@porto-dev.example",
 subject="GitHub Notification: Suspicious Activity Detected",
 body="""Suspicious Activity Detected!

A new device has just accessed your GitHub account.

Who is trying to get in?
>> Click here to investigate and revoke access:
   https://github-security-review.example/revoke

Hey mzalt!

A third-party GitHub Application (Github) with the following permission:

  - View your email addresses

was recently authorized to access your account.

Visit https://github.com/settings/connections/applications/Iv1.4c8e20b17f93a2d
for more information.

To see this and other security events for your account, visit
https://github.com/settings/security-log

If you run into problems, please contact support by visiting
https://github.com/contact

Thanks,
The GitHub Team
"""))

N.append(dict(src="https://github.com/solana-foundation/mucho/issues/79", provider="GitHub",
 label="informational", orig_date="2025-03-22", orig_deadline=None,
 from_="GitHub <noreply@github.com>", to="t.ima@chainlab-jp.example",
 subject="[GitHub] A third-party OAuth application has been added to your account",
 body="""Hey tima-0109!

A third-party OAuth application (Devnet Faucet) with the read:user and
user:email scopes was recently authorized to access your account.

Visit https://github.com/settings/connections/applications/Ov23li7Qx2mRk0Fd5aT1
for more information.

To see this and other security events for your account, visit
https://github.com/settings/security-log

If you run into problems, please contact support by visiting
https://github.com/contact

Thanks,
The GitHub Team
"""))

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt_date(d, f):
    if f == "iso":
        return d.strftime("%Y-%m-%d")
    if f == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if f == "us":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if f == "mdy":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if f in ("ja", "zh"):
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    raise ValueError(f)


TOKEN = re.compile(r"\{\{(\d{4}-\d{2}-\d{2})\|(\w+)\}\}")


def shift_text(text, delta):
    def rep(m):
        d = dt.date.fromisoformat(m.group(1)) + delta
        return fmt_date(d, m.group(2))
    return TOKEN.sub(rep, text)


def shift_subject(subj, delta):
    # Subjects of Linode live-migration style carry an RFC 2822-like date.
    m = re.search(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (\w{3}) (\d{4})", subj)
    if m:
        d = dt.datetime.strptime("%s %s %s" % (m.group(2), m.group(3), m.group(4)), "%d %b %Y").date() + delta
        subj = subj.replace(m.group(0), d.strftime("%a, %d %b %Y"))
    for y in re.findall(r"(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}", subj):
        d = dt.datetime.strptime(y, "%B %d, %Y").date() + delta
        subj = subj.replace(y, fmt_date(d, "long"))
    for y in re.findall(r"\b\d{1,2}/\d{1,2}/\d{4}\b", subj):
        d = dt.datetime.strptime(y, "%m/%d/%Y").date() + delta
        subj = subj.replace(y, fmt_date(d, "us"))
    return subj


QP = email.charset.Charset("utf-8")
QP.header_encoding = email.charset.QP
QP.body_encoding = email.charset.QP


def build():
    msgs = []
    for i, n in enumerate(N):
        day = (i * 29) % 31 + 1          # spread over March 2028
        hour = 6 + (i * 7) % 13
        minute = (i * 17) % 60
        sent = dt.datetime(2028, 3, day, hour, minute, (i * 23) % 60, tzinfo=dt.timezone.utc)
        orig = dt.date.fromisoformat(n["orig_date"])
        delta = sent.date() - orig
        body = shift_text(n["body"], delta)
        subject = shift_subject(n["subject"], delta)
        deadline = "none"
        if n.get("orig_deadline"):
            deadline = (dt.date.fromisoformat(n["orig_deadline"]) + delta).isoformat()
        m = Message()
        m["From"] = n["from_"]
        m["To"] = n["to"]
        try:
            subject.encode("ascii")
            m["Subject"] = subject
        except UnicodeEncodeError:
            m["Subject"] = Header(subject, "utf-8").encode()
        m["Date"] = email.utils.format_datetime(sent)
        m["Message-ID"] = "<g18.%02d.%s@notices.training.example>" % (i + 1, sent.strftime("%Y%m%d%H%M%S"))
        m["MIME-Version"] = "1.0"
        m["X-Training-Label"] = n["label"]
        m["X-Training-Deadline"] = deadline
        if n.get("phishing"):
            m["X-Training-Phishing"] = "yes"
        try:
            body.encode("ascii")
            m["Content-Type"] = 'text/plain; charset="utf-8"'
            m["Content-Transfer-Encoding"] = "7bit"
            m.set_payload(body)
        except UnicodeEncodeError:
            m.set_payload(body, charset=QP)
        mb = mailbox.mboxMessage(m)
        addr = email.utils.parseaddr(n["from_"])[1] or "MAILER-DAEMON"
        mb.set_from(addr, sent.utctimetuple())
        msgs.append((mb, n, deadline, sent))
    return msgs


def check(path, expected):
    problems = []
    box = mailbox.mbox(path)
    seen = set()
    count = 0
    for i, m in enumerate(box):
        count += 1
        tag = "msg %d" % (i + 1)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                problems.append("%s: missing %s" % (tag, h))
        for h, v in m.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                problems.append("%s: non-ASCII header %s" % (tag, h))
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (2028, 3):
            problems.append("%s: Date not in March 2028" % tag)
        mid = m["Message-ID"]
        if mid in seen:
            problems.append("%s: duplicate Message-ID" % tag)
        seen.add(mid)
        if m["X-Training-Label"] not in LABELS:
            problems.append("%s: bad label" % tag)
        dl = m["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("%s: bad deadline" % tag)
        if m.get_content_type() != "text/plain" or (m.get_content_charset() or "").lower() != "utf-8":
            problems.append("%s: content type/charset" % tag)
        raw = m.get_payload(decode=True)
        text = raw.decode("utf-8")
        if "{{" in text:
            problems.append("%s: unshifted date token" % tag)
        if any(ord(c) > 127 for c in text):
            if (m["Content-Transfer-Encoding"] or "").lower() != "quoted-printable":
                problems.append("%s: non-ASCII body not quoted-printable" % tag)
        ph = m["X-Training-Phishing"]
        if ph not in (None, "yes"):
            problems.append("%s: bad phishing header" % tag)
        str(make_header(decode_header(m["Subject"])))
    if count != expected:
        problems.append("expected %d messages, found %d" % (expected, count))
    with open(path, "rb") as fh:
        data = fh.read()
    if b"\r\n" in data:
        problems.append("CRLF line endings found")
    box.close()
    return problems


def main():
    msgs = build()
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    for mb, _, _, _ in msgs:
        box.add(mb)
    box.flush()
    box.unlock()
    box.close()
    problems = check(MBOX, len(msgs))
    counts = {}
    for _, n, _, _ in msgs:
        counts[n["label"]] = counts.get(n["label"], 0) + 1
    print("messages:", len(msgs))
    for k in sorted(counts):
        print("  %-18s %d" % (k, counts[k]))
    print("phishing:", sum(1 for _, n, _, _ in msgs if n.get("phishing")))
    if "--table" in sys.argv:
        for i, (mb, n, dl, sent) in enumerate(msgs):
            print("| %d | %s | %s | %s | %s |" % (i + 1, n["label"], dl, n["provider"], n["src"]))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
