#!/usr/bin/env python3
"""Generate the `aws-wording-5` batch of the labelled notice corpus.

Standard library only, deterministic. Run from anywhere:

    python3 Tests/Fixtures/Resources/corpus/aws-wording-5/generate.py

40 cloud-provider notices in wording the earlier batches do not use: abuse and
enforcement (a phishing page on AWS Amplify Hosting, an SES suspension answered
inside a quota case, SMS pumping that sends an account back to the SMS sandbox,
a Cloudflare copyright complaint, a Japanese Sakura Internet notice about a
spam script, a suspended Heroku account, a DigitalOcean ticket that turns out
to be an outgoing SYN flood), security incidents (a leaked Alibaba Cloud
AccessKey in Japanese, a GuardDuty Runtime Monitoring finding forwarded as
EventBridge JSON, an OCI Cloud Guard problem, a Defender for Storage malware
alert, a DigitalOcean look-alike), twelve action-required notices (three with
an [Action Required]-style marker), maintenance, pricing, billing and
informational notices, Japanese notices from AWS, Alibaba Cloud and Sakura
Internet, and three phishing mails.

Every message is written in our own words after the shape of a real, public
notice (the `source` of each label).  Each label was decided by reading the
message; the project's classifier was neither run nor read.

Writing the files, labels.json and README.md, the per-message checks and the
source bookkeeping are shared with the other batches (corpus_common.py, with
the options of aws-wording-4: sender domains, catalogue services, sources used
by no earlier batch, here counting generate.py files too); so are the message
fields these checks read, the counting of the promised mix and main()
(corpus_common.WordingBatch, shared with aws-wording-6 and -7) and the loading
of a sibling batch's generate.py (corpus_common.load_sibling).  The Health/SNS
helpers and footers in aws-wording-4's wording come from
../aws-wording-4/generate.py (importing it builds its messages in memory and
writes nothing); MIME building and Authentication-Results from the parent
folder's generate.py.  On top of the shared checks this script verifies: every
labelled deadline and every declared timeline date occurs in the text (unless
the deadline is relative), timeline dates lie after the Date header, critical
notices flagged as 'body only' carry no critical word in the subject, phish
fail or lack authentication, forwards are what they claim, at most three
action-required subjects (phish included) carry an [Action Required]-style
marker, and the mix the batch promises (counts by category, languages,
providers, phishing, forwards, HTML-only) holds.  It exits 1 on any mismatch.
"""
import datetime as _dt
import email.utils
import json
import os
import re
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ in the corpus or sibling folder
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_common as common        # noqa: E402  (labels, writing and checking)
import generate as base               # noqa: E402  (MIME helpers)
from generate import TO_BILL, TO_JA, TO_OPS, TO_ROOT, TO_SEC  # noqa: E402
from corpus_common import fwd_block, health_arn  # noqa: E402

w4 = common.load_sibling("aws-wording-4")

# Providers new in this batch; w4.L() reads this dictionary.
w4.PROVIDER_DOMAINS.setdefault("sakura-internet", ("sakura.ad.jp",))
w4.PROVIDER_DOMAINS.setdefault("ubicloud", ("ubicloud.com",))
PROVIDER_DOMAINS = w4.PROVIDER_DOMAINS

L = w4.L                       # label constructor (category, services, accounts, regions, ...)
awstrack = w4.awstrack
un_text = w4.un_text
un_html = w4.un_html
sns_body = w4.sns_body
_esc = common.esc
AWS_FOOTER = w4.AWS_FOOTER
JA_FOOTER = w4.JA_FOOTER
SUPPORT_FOOTER = w4.SUPPORT_FOOTER

# Message-IDs seeded by this folder; add(name, timeline=, relative=, body_only=, forwarded=,
# **fields): see common.WordingBatch.add
BATCH = common.WordingBatch(__file__, "0100019e")
MSGS, SRC = BATCH.msgs, BATCH.sources
add, inner, src = BATCH.add, BATCH.inner, BATCH.src

AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_NOREPLY_JA = ("アマゾン ウェブ サービス", "no-reply-aws@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
AWS_TS = ("AWS Trust & Safety", "trustandsafety@support.aws.com")
AWS_SUPPORT = ("Amazon Web Services Support", "no-reply-aws@amazon.com")
AWS_MARKETING = ("Amazon Web Services", "aws-marketing-email-replies@amazon.com")
AWS_MP = ("AWS Marketplace", "no-reply@marketplace.aws")

A_AMAZON = base.auth(domain="amazon.com", mailfrom="amazonses.com")
A_AMAZON_JA = base.auth(domain="amazon.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_HEALTH = base.auth(domain="aws.com", mailfrom="amazonses.com")
A_TS = base.auth(domain="support.aws.com", mailfrom="amazonses.com")
A_MP = base.auth(domain="marketplace.aws", mailfrom="amazonses.com")
A_GOOGLE = base.auth(domain="google.com", mailfrom="scoutcamp.bounces.google.com")
A_MSFT = base.auth(domain="microsoft.com", mailfrom="microsoft.com")
A_MSFT_SG = base.auth(domain="microsoft.com", mailfrom="microsoft.com", mx="mx.example.sg")
A_DO = base.auth(domain="digitalocean.com", mailfrom="mail.digitalocean.com")
A_LINODE = base.auth(domain="linode.com", mailfrom="linode.com")
A_HEROKU = base.auth(domain="heroku.com", mailfrom="bounces.heroku.com")
A_ALIBABA_JA = base.auth(domain="notice.alibabacloud.com", mailfrom="notice.alibabacloud.com",
                         mx="mx.example.co.jp")
A_OCI_FRA = base.auth(domain="notification.eu-frankfurt-1.oci.oraclecloud.com",
                      mailfrom="notification.eu-frankfurt-1.oci.oraclecloud.com")
A_ORACLE = base.auth(domain="oracle.com", mailfrom="oracle.com")
A_CLOUDFLARE = base.auth(domain="cloudflare.com", mailfrom="cloudflare.com")
A_CF_NOTIFY = base.auth(domain="notify.cloudflare.com", mailfrom="notify.cloudflare.com")
A_SAKURA = base.auth(domain="sakura.ad.jp", mailfrom="sakura.ad.jp", mx="mx.example.co.jp")
A_UBICLOUD = base.auth(domain="ubicloud.com", mailfrom="ubicloud.com")

TO_DEV = ("Platform Engineering", "platform@example.com")
TO_JA2 = "infra@example.jp"


# ==========================================================================
# ABUSE AND ENFORCEMENT (001-007)
# ==========================================================================

S = src("phish-takedown-automation", "Article by a Japanese security engineer on automating "
        "phishing-site reports to hosting providers' abuse contacts (screenshots, WHOIS, "
        "evidence, follow-up until takedown)",
        "https://dev.to/aws-builders/automating-phishing-site-reporting-and-takedowns-with-aws-"
        "lambda-bedrock-4ie8")
add("001-abuse-amplify-phishing-page.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="Your AWS Abuse Report [18240576193-1] - Phishing content on AWS Amplify Hosting",
    date="2026-09-08 16:42:10 +0000", auth_results=A_TS,
    body="""\
Hello,

We have received a report that content hosted with AWS resources in your
account impersonates a third party in order to collect personal and payment
information (phishing). The reporter, an anti-phishing service, sent
screenshots and the URL below.

  AWS ID:           339048152276
  Region:           ap-northeast-1
  Service:          AWS Amplify Hosting
  App ID:           d3k7xq2p9vbn4m (branch: main)
  Reported URL:     https://main.d3k7xq2p9vbn4m.amplifyapp.com/jp/login/
  Reported at:      2026-09-08 09:55 UTC
  Reported content: a copy of a Japanese bank's online-banking sign-in page
                    that posts the visitor's credentials and card number to
                    an external form handler

Using AWS services to host or distribute phishing pages is not permitted by
the AWS Acceptable Use Policy.

Please remove the content, or delete the branch or app, and reply to this
message within 24 hours with a short description of what you did and how the
content got there. If the app was built from a repository that someone else
controls, tell us which one.

If we do not hear from you within this time, we may disable the app and take
further action on the account without additional notice.

Regards,
AWS Trust & Safety
Amazon Web Services
""",
    relative=True,
    label=L("abuse", ["AMPLIFY"], ["339048152276"], ["ap-northeast-1"], "2026-09-09", "verified",
            False, S,
            "Trust & Safety abuse report about a phishing page on Amplify Hosting -> abuse. "
            "'within 24 hours' of 2026-09-08 16:42 UTC -> 2026-09-09. The app is in "
            "ap-northeast-1 (the region row). The report number has 11 digits."))

S = src("sendy-ses-suspension", "Forum thread quoting an Amazon SES suspension after a human "
        "investigation of the sending, and the support answer (appeal with details of changes)",
        "https://sendy.co/forum/discussion/1239/amazon-ses-suspension-after-human-investigation")
add("002-case-reply-ses-suspended-in-body.eml",
    frm=AWS_SUPPORT, to=("Growth Marketing", "growth@example.com"),
    subject="RE: [CASE 17953046211] Amazon SES sending quota increase - us-west-2",
    date="2026-09-17 20:03:55 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

Thank you for your patience while we looked into your request to raise the
daily Amazon SES sending quota of account 582077134406 in the US West
(Oregon) Region.

As part of that review our team looked at the mail the account sent during
the last two weeks. It has come to our attention that much of it went to
addresses that did not ask for it: 9.8%% of the messages bounced, recipients
marked 0.61%% as spam, and several of them wrote to us that they had never
heard of your service.

Sending of this kind is not in line with the AWS Acceptable Use Policy.
For this reason we have suspended the ability of this account to send email
through Amazon SES in us-west-2, effective immediately, and closed the quota
request.

If you believe the decision is wrong, or if you have changed how you collect
addresses, you can ask us to review it. Reply to this case by October 1,
2026 and include:
  - how recipients opt in to your mail (a link to the sign-up form helps)
  - how you remove addresses that bounce or complain
  - where the lists you mailed in September came from, and what you did
    with them since
Without a reply by that date the suspension stays in place and the case is
closed.

%s
""" % SUPPORT_FOOTER,
    body_only=True,
    label=L("abuse", ["SES"], ["582077134406"], ["us-west-2"], "2026-10-01", "verified", False, S,
            "Subject is a routine quota case; only the body says SES sending was suspended over "
            "unsolicited mail (AUP enforcement) -> abuse. Reply-by October 1, 2026 -> deadline "
            "(the appeal is the reader's only way to lift the suspension). Region from code and "
            "name."))

S = src("sms-ait-country-rules", "AWS End User Messaging SMS guide on country rule modes "
        "against artificially inflated traffic (SMS pumping): block, allow, monitor, filter",
        "https://docs.aws.amazon.com/sms-voice/latest/userguide/filter-and-monitor-messages.html")
add("003-sms-pumping-sandbox-bland-subject.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Update regarding your AWS account 4471-2093-8856",
    date="2026-09-24 03:17:40 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We observed an unusual pattern of text messages sent from your AWS account
4471-2093-8856 in the Europe (Frankfurt) Region (eu-central-1).

Between 2026-09-22 18:00 UTC and 2026-09-23 06:40 UTC the account sent
48,210 one-time-password messages through Amazon SNS (Publish to phone
numbers). Most of them went to number ranges in 14 countries the account had
never sent to before, several of which carry high termination charges, and
almost none of the codes were used afterwards. This pattern usually means
that bots are submitting your sign-up or login form to generate SMS traffic
that earns someone else revenue (artificially inflated traffic).

To protect you from further charges and to protect the carriers, we have
moved the account back into the SMS sandbox in eu-central-1 and set its
monthly SMS spending limit to USD 1.00. While the account is in the sandbox
it can only send to verified destination numbers.

To get production access back:
  1. Put a protect configuration in place that blocks the countries you do
     not serve, and set the others to filter mode.
  2. Add rate limiting and a bot check to the forms that trigger messages.
  3. Open a case in the Support Center (Service limit increase > AWS End User
     Messaging SMS) and describe what you changed.

Please open that case within 10 days of this message. After that, the
toll-free number +1 888 555 0142 that is registered to the account may be
released.

%s
""" % AWS_FOOTER,
    relative=True, body_only=True,
    label=L("abuse", ["SMS_VOICE", "SNS"], ["447120938856"], ["eu-central-1"], "2026-10-04",
            "verified", False, S,
            "Bland subject; the body reports SMS pumping (artificially inflated traffic) and the "
            "enforcement: back to the SMS sandbox with a USD 1 limit -> abuse (sending "
            "enforcement). 'within 10 days' of 2026-09-24 -> 2026-10-04. Account only in dashed "
            "form. The phone number has 11 digits."))

S = src("cloudflare-abuse-policy", "Cloudflare abuse policy: reports about sites using the "
        "pass-through services are forwarded to the website operator and the hosting provider; "
        "DMCA repeat-infringer rule", "https://www.cloudflare.com/en-in/abuse/")
add("004-cloudflare-copyright-complaint.eml",
    frm=("Cloudflare Trust & Safety", "abuse-notifications@cloudflare.com"),
    to=("Kestrel Media Webmaster", "webmaster@kestrel-media.example"),
    subject="Cloudflare abuse report: copyright infringement complaint for "
            "files.kestrel-media.example [Ref 5F2A9C81]",
    date="2026-10-02 11:20:03 +0000", auth_results=A_CLOUDFLARE,
    body="""\
Hello,

Cloudflare has been made aware of a complaint about content on a website
that uses our pass-through security and CDN services and is registered to
your account. We are forwarding the complaint to you as the website
operator. We have also forwarded it to the hosting provider of the site and
given them the origin IP address.

Cloudflare does not host this content and cannot remove it. Only you or
your hosting provider can.

  Reference:        5F2A9C81
  Report type:      Copyright infringement / DMCA
  Reported URLs:    https://files.kestrel-media.example/dl/season-4-pack.zip
                    https://files.kestrel-media.example/dl/season-4-extras.zip
  Complainant:      Halcyon Pictures LLC, rights@halcyon-pictures.example
  Original work:    "Northern Line", season 4 (television series)

Excerpt of the complaint:
  "The files listed above are complete copies of our episodes. We have not
  authorised their distribution. I state under penalty of perjury that I am
  authorised to act on behalf of the copyright owner."

Please review the complaint and respond to it within 24 hours, either by
removing the material or by telling us why you believe it is not infringing.
If you think the complaint is mistaken, you may send a counter-notice.
Accounts whose sites are repeatedly reported for copyright infringement can
have Cloudflare services disabled under our repeat-infringer policy.

Cloudflare Trust & Safety
""",
    relative=True,
    label=L("abuse", ["cloudflare:CDN"], [], [], "2026-10-03", "verified", False, S,
            "Copyright (DMCA) complaint forwarded by Cloudflare to the site operator, 'we have "
            "been made aware' -> abuse. 'within 24 hours' of 2026-10-02 11:20 UTC -> "
            "2026-10-03. Cloudflare is a pass-through service here; no regions.",
            provider="cloudflare"))

S = src("sakura-rs-malicious-files", "Sakura Internet help page on how it handles malicious "
        "files found on shared rental servers (permissions set to 000, mail stopped, customer "
        "asked to clean up and report)", "https://help.sakura.ad.jp/rs/2237")
add("005-sakura-rental-server-spam-script-ja.eml",
    frm=("さくらインターネット カスタマーセンター", "support@sakura.ad.jp"), to=TO_JA2,
    subject="【さくらのレンタルサーバ】ご契約中のサーバに関するご連絡（会員ID: kxq48120）",
    date="2026-10-06 02:31:00 +0000", auth_results=A_SAKURA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
さくらインターネット株式会社
カスタマーセンターよりご連絡いたします。

ご契約中のさくらのレンタルサーバ（初期ドメイン: kxq48120.sakura.ne.jp）において、
外部に向けて迷惑メールを大量に送信するプログラムが設置されていることを、
弊社の監視システムで確認いたしました。

  確認日時      2026年10月6日 10時05分頃（日本時間）
  対象ファイル  /home/kxq48120/www/wp/wp-content/uploads/2026/09/cache.php
                /home/kxq48120/www/wp/wp-content/uploads/2026/09/db-sync.php
  送信件数      約3万8千通（同日 02時から10時まで）

同じサーバをご利用の他のお客様への影響を防ぐため、弊社にて次の措置を
実施いたしました。
  ・上記ファイルのパーミッションを「000」に変更
  ・ご契約サーバからのメール送信を一時的に停止

WordPress 本体またはプラグインの脆弱性、あるいは FTP や管理画面の
パスワードの漏えいにより、第三者が不正にファイルを設置したものと
考えられます。

お手数ですが、以下の対応をお願いいたします。
  1. WordPress 本体・テーマ・プラグインを最新版に更新する
  2. サーバコントロールパネル、FTP、WordPress 管理画面のパスワードを変更する
  3. 不正なファイルを削除し、必要に応じてコンテンツを一度すべて削除して
     バックアップから再アップロードする

対応が完了しましたら、2026年10月13日までに会員メニューのお問い合わせ
フォームから、実施内容をお知らせください。期日までにご連絡をいただけない
場合、サーバのご利用を停止させていただくことがございます。

さくらインターネット株式会社 カスタマーセンター
""",
    body_only=True,
    label=L("abuse", ["sakura-internet:さくらのレンタルサーバ"], [], [], "2026-10-13", "verified",
            False, S,
            "Bland Japanese subject ('ご契約中のサーバに関するご連絡'); the body reports a spam "
            "script planted on the shared server, permissions set to 000 and mail stopped -> "
            "abuse (enforcement). Report-by 2026年10月13日 -> deadline. Shared hosting, no "
            "region.", provider="sakura-internet"))

S = src("heroku-aup-suspension", "Issue by a developer whose Heroku account was suspended for a "
        "violation of the Acceptable Use Policy, apparently after a rights holder's request",
        "https://github.com/stefansundin/rssbox/issues/53")
add("006-heroku-account-suspended-aup.eml",
    frm=("Heroku Trust & Safety", "noreply@heroku.com"), to=("Feed Team", "feeds@example.com"),
    subject="Your Heroku account has been suspended",
    date="2026-10-10 13:05:44 +0000", auth_results=A_HEROKU,
    body="""\
Hi,

Your Heroku account feeds@example.com has been suspended.

Reason for suspension: violation of the Heroku Acceptable Use Policy.
A rights holder told us that the app feed-bridge-prod republishes the full
text and images of their articles without permission. We reviewed the app
and confirmed that it serves the content in question.

What this means:
  - All apps owned by the account are stopped: feed-bridge-prod,
    feed-bridge-worker and feed-bridge-staging.
  - You cannot sign in to the Dashboard or use the CLI and the API with
    this account.
  - The Heroku Postgres database attached to feed-bridge-prod is kept for
    now but cannot be reached.

If you believe this is a mistake, or if you can show that the content is
licensed, reply to this message by October 24, 2026 and explain. We do not
reinstate accounts without a reply.

Accounts that are still suspended 30 days after this notice are closed, and
their apps and Heroku Postgres databases are deleted on or after November 9,
2026.

Heroku Trust & Safety
Heroku, Inc. - 415 Mission Street, Suite 300, San Francisco, CA 94105
""",
    label=L("abuse", ["heroku:Dynos", "heroku:Heroku Postgres"], [], [], "2026-10-24", "verified",
            False, S,
            "Account suspended for an AUP violation after a rights holder's complaint -> abuse. "
            "Reply-by October 24, 2026 -> deadline; deletion on or after November 9, 2026 is a "
            "later consequence.", provider="heroku"))

S = src("do-syn-flood-networking-disabled", "DigitalOcean community question: a confusing "
        "'thank you for your submission' ticket first, then the explanation that the Droplet sent "
        "a SYN flood and its networking was disabled",
        "https://www.digitalocean.com/community/questions/why-has-my-droplet-networking-been-"
        "disabled")
add("007-do-ticket-reply-syn-flood.eml",
    frm=("DigitalOcean Support", "support@support.digitalocean.com"),
    to=("Lena Fischer", "lena@example.org"),
    subject="Re: [DigitalOcean] Ticket #8731920 - Thank you for your submission",
    date="2026-10-01 03:05:12 +0000", auth_results=A_DO,
    body="""\
Hi Lena,

Following up on ticket #8731920, which our system opened for your account a
little earlier.

Between 02:14 and 02:31 UTC today our network monitoring recorded a SYN
flood leaving your Droplet web-sgp-01 (159.89.201.44, SGP1) towards a single
remote host on port 443, at about 380,000 packets per second. There was no
inbound traffic at the time that could explain it, so the traffic was
generated on the Droplet itself. In most cases this means that the Droplet
has been compromised and is being used in a denial-of-service attack.

To protect other users, we disabled the public networking of web-sgp-01 at
02:31 UTC. The Droplet is still running and you can reach it through the
Recovery Console in the control panel.

What we recommend:
  1. Log in through the Recovery Console and look for processes, users and
     cron entries you do not recognise.
  2. Copy the data you need, then create a new Droplet from a clean image,
     apply updates, use SSH keys only and enable a firewall.
  3. Reply to this ticket when the old Droplet is cleaned or destroyed. We
     will re-enable networking after we have reviewed your reply.

Kind regards,
DigitalOcean Trust & Safety

On Thu, Oct 1, 2026 at 02:33 UTC, DigitalOcean Support wrote:
> We have received your report and will look into it shortly. You can add
> details by replying to this message. DigitalOcean does not manage the
> software on Droplets and cannot see what runs on them.
""",
    body_only=True,
    label=L("abuse", ["digitalocean:Droplets"], [], ["sgp1"], "2026-10-01", "verified", False, S,
            "Subject is the generic ticket acknowledgement; the body says the Droplet sent a SYN "
            "flood and its networking was disabled -> abuse (DoS participation). No act-by date "
            "and no subject date -> the date the block took effect, 2026-10-01 (also the Date).",
            provider="digitalocean"))


# ==========================================================================
# SECURITY INCIDENTS (008-012)
# ==========================================================================

S = src("alibaba-ak-leak-detection", "Alibaba Cloud Security Center guide on AccessKey pair leak "
        "detection (GitHub monitored, e-mail only while the secret is still valid, revoke first)",
        "https://www.alibabacloud.com/help/en/security-center/user-guide/detection-of-accesskey-"
        "pair-leaks")
add("008-alibaba-accesskey-leak-ja.eml",
    frm=("Alibaba Cloud", "no-reply@notice.alibabacloud.com"), to=TO_JA,
    subject="【Alibaba Cloud】【緊急】AccessKey の漏えいを検出しました（Security Center）",
    date="2026-10-14 06:48:12 +0000", auth_results=A_ALIBABA_JA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
Alibaba Cloud をご利用いただきありがとうございます。

Security Center の AccessKey 漏えい検出機能により、お客様のアカウント
（UID: 5231 8840 0917 6625）に属する AccessKey が、GitHub の公開リポジトリに
掲載されていることを検出しました。この AccessKey の Secret は、現時点で
有効です。

  AccessKey ID   LTAI5tQm8vKdXwYp3NrZ7bEe
  所有者         RAM ユーザー deploy-ci
  掲載場所       github.com 上の公開リポジトリ（ファイル config/deploy.yml）
  検出日時       2026年10月14日 14時31分（UTC+8）

AccessKey ID と Secret の両方を入手した第三者は、お客様になりすまして
API を呼び出し、アカウント内のすべてのリソースを操作できます。

被害の拡大を防ぐため、当社はこの AccessKey による Resource Access
Management (RAM) の一部の操作（ユーザー、ロール、AccessKey、権限の作成と
変更）を制限しました。その他の API 呼び出しは制限されていません。

直ちに次の対応を行ってください。
  1. 新しい AccessKey を作成してアプリケーションを切り替え、漏えいした
     AccessKey を無効化したうえで削除する
  2. GitHub のリポジトリと履歴から AccessKey を削除する
  3. ActionTrail で、この AccessKey による不審な API 呼び出しや、心当たりの
     ない ECS インスタンス・RAM ユーザーの作成がないか確認する

対応が完了したら、Security Center の「AccessKey 漏えい」ページでアラートを
「処理済み」にしてください。制限の解除はその後に行います。

Alibaba Cloud
本メールは送信専用アドレスから配信しています。
""",
    label=L("security-incident",
            ["alibaba-cloud:Resource Access Management", "alibaba-cloud:Security Center"], [], [],
            None, "verified", False, S,
            "Security Center found a still-valid AccessKey of a RAM user in a public GitHub "
            "repository; Alibaba restricted RAM operations for the key -> security-incident. "
            "'直ちに' is no date and the subject names none -> null (as for earlier incident "
            "labels). The 16-digit UID is written in groups, no 12-digit run.",
            provider="alibaba-cloud"))

_gd09 = {
    "version": "0",
    "id": "5f2e9a1c-7b3d-4e8a-bc6f-d0a9e7c4b2f1",
    "detail-type": "GuardDuty Finding",
    "source": "aws.guardduty",
    "account": "730184952266",
    "time": "2026-10-19T02:41:07Z",
    "region": "eu-west-1",
    "resources": [],
    "detail": {
        "schemaVersion": "2.0",
        "accountId": "730184952266",
        "region": "eu-west-1",
        "partition": "aws",
        "id": "c4b8e0f2a6d9c1e3b5f7a9c0d2e4f6a8",
        "arn": "arn:aws:guardduty:eu-west-1:730184952266:detector/6ebc4d2af9e1c7b3d5f8a0c2e4b6d8fa"
               "/finding/c4b8e0f2a6d9c1e3b5f7a9c0d2e4f6a8",
        "type": "Execution:Runtime/ReverseShell",
        "severity": 8,
        "title": "A process in a container has created a reverse shell.",
        "description": "A process inside the container checkout-api-7d9f6c-xk2lp in the EKS "
                       "cluster orders-prod has created a reverse shell to the remote host "
                       "203.0.113.58:4444.",
        "resource": {
            "resourceType": "EKSCluster",
            "eksClusterDetails": {
                "name": "orders-prod",
                "arn": "arn:aws:eks:eu-west-1:730184952266:cluster/orders-prod",
            },
            "kubernetesDetails": {
                "kubernetesWorkloadDetails": {
                    "name": "checkout-api", "type": "deployments", "namespace": "shop",
                    "containers": [{"name": "checkout-api",
                                    "image": "ghcr.io/example/checkout-api:2.14.3"}],
                },
            },
        },
        "service": {
            "serviceName": "guardduty",
            "featureName": "RuntimeMonitoring",
            "runtimeDetails": {
                "process": {"name": "bash", "executablePath": "/usr/bin/bash", "pid": 48213,
                            "parent": "node"},
                "context": {"remoteIp": "203.0.113.58", "remotePort": 4444},
            },
            "eventFirstSeen": "2026-10-19T02:38:55Z",
            "eventLastSeen": "2026-10-19T02:40:12Z",
            "count": 3,
        },
        "createdAt": "2026-10-19T02:41:07.118Z",
        "updatedAt": "2026-10-19T02:41:07.118Z",
    },
}
S = src("gd-runtime-finding-types", "Amazon GuardDuty guide: Runtime Monitoring finding types for "
        "EKS, ECS and EC2 workloads (Execution:Runtime/ReverseShell and others)",
        "https://docs.aws.amazon.com/guardduty/latest/ug/findings-eks-runtime-monitoring.html")
add("009-fwd-sns-guardduty-runtime-json.eml",
    frm=("Mateo Ruiz", "m.ruiz@example.com"), to=TO_DEV,
    subject="Fwd: AWS Notification Message",
    date="2026-10-19 07:52:00 +0200",
    auth_results=base.auth(domain="example.com", mailfrom="example.com"),
    body="""\
Morning,

This landed in the alerts list overnight and nobody picked it up. It is the
raw event from the orders account, so I am not sure how bad it is - can
whoever is on call for the cluster have a look first thing?

Mateo

%s
""" % fwd_block("AWS Notifications <no-reply@sns.amazonaws.com>", "Mon, Oct 19, 2026 at 2:41 AM",
                "AWS Notification Message", "security-alerts@example.com",
                sns_body(json.dumps(_gd09, indent=2),
                         "arn:aws:sns:eu-west-1:730184952266:guardduty-findings", "009")),
    body_only=True, forwarded="inline",
    label=L("security-incident", ["EKS"], ["730184952266"], ["eu-west-1"], None, "unverified",
            False, S,
            "Colleague forwards inline an SNS 'AWS Notification Message' whose only content is "
            "EventBridge JSON: a GuardDuty Execution:Runtime/ReverseShell finding (severity 8) "
            "in the EKS cluster orders-prod -> security-incident; company sender -> unverified. "
            "No date to act by -> null. The affected service is EKS (GuardDuty only reports "
            "it). Account and region from the JSON and ARNs."))

_oci10 = {
    "eventType": "com.oraclecloud.cloudguard.problemdetected",
    "cloudEventsVersion": "0.1",
    "eventTypeVersion": "2.0",
    "source": "CloudGuardResponderEngine",
    "eventTime": "2026-10-23T04:10:41Z",
    "contentType": "application/json",
    "data": {
        "compartmentId": "ocid1.compartment.oc1..aaaaaaaaqkxbmw7ezr4sjtuhd3lvpyc2nf6oag5ieb",
        "compartmentName": "prod-data",
        "resourceName": "svc-backup-writer",
        "resourceId": "ocid1.user.oc1..aaaaaaaahz5rqvn2cwkt7yxmdefj4olsbpi3ag6ue",
        "additionalDetails": {
            "tenantId": "ocid1.tenancy.oc1..aaaaaaaamd4kwe7vtrcyzo3nhsbfxg2jqlpu6ai",
            "status": "OPEN",
            "reason": "Activity by a user from an IP address listed in threat intelligence",
            "problemName": "Suspicious IP Activity",
            "riskLevel": "CRITICAL",
            "problemType": "ACTIVITY",
            "resourceType": "User",
            "region": "eu-frankfurt-1",
            "problemDescription": "API keys of the user were used from 185.220.101.47 (Tor exit "
                                  "node). Operations: ListBuckets, GetObject (412 objects from "
                                  "bucket db-exports), CreateApiKey.",
            "firstDetected": "2026-10-23T03:52:18Z",
            "lastDetected": "2026-10-23T04:09:57Z",
            "targetId": "ocid1.cloudguardtarget.oc1.eu-frankfurt-1.amaaaaaawq3xk7bnztre",
        },
    },
}
S = src("oci-cloud-guard-notifications", "OCI Cloud Guard guide on sending problem notifications "
        "through the Events and Notifications services (Cloud Event responder, e-mail topic)",
        "https://docs.public.oneportal.content.oci.oraclecloud.com/en-us/iaas/cloud-guard/using/"
        "export-notifs-config.htm")
add("010-oci-event-notification-cloud-guard.eml",
    frm=("OCI Notifications", "noreply@notification.eu-frankfurt-1.oci.oraclecloud.com"),
    to=TO_SEC,
    subject="OCI Event Notification: com.oraclecloud.cloudguard.problemdetected",
    date="2026-10-23 04:11:19 +0000", auth_results=A_OCI_FRA,
    body="""\
%s

--
You are receiving notifications as a subscriber to the topic:
cloudguard-critical (Topic OCID:
ocid1.onstopic.oc1.eu-frankfurt-1.aaaaaaaaxv7mzq2hkrbtwe5ycndu3lfog4sjai).
To stop receiving notifications from this topic, unsubscribe:
https://cell1.notification.eu-frankfurt-1.oci.oraclecloud.com/unsubscribe?token=Qk7xZ-p2mN_a8Ww
""" % json.dumps(_oci10, indent=2),
    body_only=True,
    label=L("security-incident",
            ["oracle-cloud:Cloud Guard", "oracle-cloud:Identity and Access Management"], [],
            ["eu-frankfurt-1"], None, "verified", False, S,
            "Event-type subject; the JSON body reports a CRITICAL Cloud Guard problem: a user's "
            "API keys used from a Tor exit node to read 412 objects and create a new API key -> "
            "security-incident. No act-by date -> null. OCI region code eu-frankfurt-1 in the "
            "problem details.", provider="oracle-cloud"))

S = src("defender-storage-malware-alert", "Blog post measuring Defender for Storage malware "
        "scanning: blob index tag, Storage.Blob_AM.MalwareFound alert, SOC e-mail routing",
        "https://nineliveszerotrust.com/blog/defender-storage-malware-sentinel/")
add("011-defender-storage-malware-alert.eml",
    frm=("Microsoft Defender for Cloud", "azure-noreply@microsoft.com"), to=TO_SEC,
    subject="Microsoft Defender for Cloud - High severity alert: Malicious blob was uploaded to a "
            "storage account",
    date="2026-10-27 15:40:02 +0000", auth_results=A_MSFT,
    body="""\
Microsoft Defender for Cloud

High severity alert

Malicious blob was uploaded to a storage account

Defender for Storage scanned a blob right after it was uploaded and found
malware in it. The file may be opened by the applications or users that read
from this container.

  Alert type:        Storage.Blob_AM.MalwareFound
  Subscription:      Contoso-Partners (7b1e4d92-3c6a-4f08-a5d1-e8c2f9b04a7d)
  Resource group:    rg-partner-exchange
  Storage account:   stpartnerdrop (West Europe, westeurope)
  Container / blob:  incoming/invoices/INV-2026-10-1187.zip
  Scan result:       Malicious - Trojan:Win32/Qakbot.RPX!MTB
  Uploaded:          2026-10-27 15:36:58 UTC
  Uploaded by:       SAS token (signature ending ...qT9w), from 91.215.85.102
                     (Moldova), first use of this token from that country

What to do now
  - Delete or quarantine the blob, and check whether any downstream job has
    already copied or opened it.
  - The SAS token may have been shared or leaked: revoke it by rotating the
    storage account key it was signed with, and review who else holds it.
  - Review the storage account's logs for other uploads from the same IP.

View the full alert in Microsoft Defender for Cloud:
https://portal.azure.com/#view/Microsoft_Azure_Security/AlertBlade/alertId/2518aef9c3d4b7e0

You receive this e-mail because you are listed as a security contact for the
subscription. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    label=L("security-incident", ["azure:Azure Blob Storage"], [], ["westeurope"], None,
            "verified", False, S,
            "Defender for Storage found malware in a freshly uploaded blob, uploaded with a SAS "
            "token from an unusual country -> security-incident. No act-by date -> null. "
            "Service is the affected Blob Storage, not Defender which reports it.",
            provider="azure"))

S = src("do-phishing-account-ref", "DigitalOcean blog warning about phishing mails with the "
        "subject 'Account Ref: ...' claiming the account was disabled, not sent from "
        "support@support.digitalocean.com", "https://www.digitalocean.com/blog/use-best-practices-"
        "to-avoid-phishing")
add("012-phish-do-account-ref-disabled.eml",
    frm=("DigitalOcean Support", "support@digitalocean-accountcenter.help"),
    to=("Lena Fischer", "lena@example.org"),
    subject="Account Ref: DO-7Q4K2M9X",
    date="2026-11-03 09:14:51 +0000",
    auth_results=base.auth(domain="digitalocean-accountcenter.help",
                           mailfrom="mailer.bulk-relay.example", dkim="none", spf="softfail",
                           dmarc="none"),
    headers=[("Reply-To", "do-recovery-desk@outlook.example")],
    body="""\
DigitalOcean

Dear Customer,

Your account has been temporarily disabled after we detected sign-in
attempts from an unrecognised device and location:

  Location:  Lagos, Nigeria
  Device:    Windows 10 / Chrome
  Time:      03 November 2026 06:52 UTC

To protect your Droplets and data, all resources have been paused. If you do
not confirm your identity within 48 hours, your account and all Droplets will
be permanently removed.

Confirm your identity:
https://cloud-digitalocean.account-restore-center.com/login?ref=DO-7Q4K2M9X

Thanks,
DigitalOcean Customer Support
""",
    relative=True,
    label=L("security-incident", ["digitalocean:Droplets"], [], [], "2026-11-05", "suspicious",
            False, S,
            "Look-alike sender (digitalocean-accountcenter.help, softfail, DMARC none), Reply-To "
            "elsewhere, link to a foreign domain, the 'Account Ref:' subject DigitalOcean warned "
            "about -> phishing. Claimed content: account disabled after suspicious sign-ins -> "
            "security-incident, suspicious. Lure deadline 'within 48 hours' of 2026-11-03 "
            "09:14 UTC -> 2026-11-05.", provider="digitalocean"))


# ==========================================================================
# ACTION REQUIRED (013-024); [Action Required]-style markers only on 015, 018 and 020
# ==========================================================================

_p13 = ["Hello,",
        "You are receiving this message because your AWS account has one or more Amazon WorkMail "
        "organizations in the US West (Oregon) Region.",
        "AWS will end support for Amazon WorkMail on March 31, 2027. After that date you can no "
        "longer open the WorkMail console, mail clients stop connecting to your mailboxes, and "
        "the data in your WorkMail organizations is deleted.",
        "Two dates matter for planning. From January 4, 2027, you can no longer add new "
        "organizations or new mailboxes; existing mailboxes keep working. On March 31, 2027, the "
        "service ends for all organizations.",
        "Before March 31, 2027: export the mailboxes you want to keep (mailbox export jobs write "
        "them to an Amazon S3 bucket you own), move your users to another e-mail provider, and "
        "point the MX and autodiscover records of your domains to the new provider.",
        "If you have already moved away from WorkMail and deleted your organizations, you can "
        "disregard this message."]
_arn13 = health_arn("us-west-2", "WORKMAIL", "AWS_WORKMAIL_PLANNED_LIFECYCLE_EVENT", "9e4b1c7d")
_res13 = ["arn:aws:workmail:us-west-2:615029384417:organization/m-3f9a7c2e5b8d4a1f",
          "arn:aws:workmail:us-west-2:615029384417:organization/m-b7d1e9f4a2c6e8b0"]
_rows13 = [("Affected account", "615029384417"), ("Service", "WORKMAIL"),
           ("Event type code", "AWS_WORKMAIL_PLANNED_LIFECYCLE_EVENT"),
           ("Event type category", "Planned lifecycle event"), ("Region", "us-west-2"),
           ("Start time", "Wed, 31 Mar 2027 00:00:00 GMT"), ("Status", "Upcoming")]
S = src("workmail-eos-issue", "Issue quoting the end-of-support notice for Amazon WorkMail "
        "(support ends March 31, 2027; console and resources unreachable afterwards; migrate to "
        "another provider)", "https://github.com/biothings/biothings.api/issues/443")
add("013-health-workmail-end-of-support.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Amazon WorkMail end of support on March 31, 2027 [AWS Account: 615029384417] "
            "[US-WEST-2]",
    date="2026-09-02 18:00:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p13, _arn13, _rows13, _res13),
    html=un_html("Amazon WorkMail end of support on March 31, 2027", _p13, _arn13, _rows13,
                 host="w7pq3kxa", seed="013", resources=_res13),
    timeline=["2027-01-04", "2027-03-31"],
    label=L("action-required", ["WORKMAIL"], ["615029384417"], ["us-west-2"], "2027-03-31",
            "verified", False, S,
            "AWS Health planned lifecycle event: WorkMail ends; export mailboxes and move MX "
            "records before then -> action-required. The subject names the end of support -> "
            "2027-03-31; the January 4, 2027 stop for new organizations and mailboxes is an "
            "earlier restriction the required action is not tied to."))

S = src("cfn-lint-python311-dates", "cfn-lint issue listing the Lambda python3.11 dates "
        "(deprecation June 30, 2027, block create July 31, block update August 31, 2027)",
        "https://github.com/aws-cloudformation/cfn-lint/issues/4564")
add("014-lambda-python311-end-of-support-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA,
    subject="AWS Lambda における Python 3.11 のサポート終了について（2027年6月30日）"
            "[AWS アカウント: 208846135790]",
    date="2026-09-29 08:00:00 +0000", auth_results=A_AMAZON_JA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
お客様

お客様の AWS アカウント 208846135790 で、Python 3.11 ランタイムを使用している
AWS Lambda 関数が見つかりましたので、ご連絡いたします。

Python 3.11 は、Python コミュニティによるサポートが 2027年10月に終了します。
Lambda のランタイムサポートポリシーに従い、Lambda における Python 3.11 の
サポートは次の段階で終了します。

  2027年6月30日  サポート終了。セキュリティパッチなどの更新を停止し、
                 この日以降は技術サポートの対象外となります。
  2027年7月31日  Python 3.11 を使用する新しい関数を作成できなくなります。
  2027年8月31日  Python 3.11 を使用する既存の関数を更新できなくなります。

サポート終了後も関数の実行は続きますが、パッチが適用されないランタイム上で
動作することになります。2027年6月30日までに、Python 3.13 以降へ移行して
ください。

対象の関数（抜粋）
  arn:aws:lambda:ap-northeast-1:208846135790:function:order-export
  arn:aws:lambda:ap-northeast-1:208846135790:function:invoice-pdf
  arn:aws:lambda:ap-northeast-3:208846135790:function:dr-replicator

すべての対象関数は、AWS Health Dashboard の「影響を受けるリソース」タブで
ご確認いただけます。

%s
""" % JA_FOOTER,
    timeline=["2027-06-30", "2027-07-31", "2027-08-31"],
    label=L("action-required", ["LAMBDA"], ["208846135790"], ["ap-northeast-1", "ap-northeast-3"],
            "2027-06-30", "verified", False, S,
            "Japanese end-of-support notice with three dates: support ends, create blocked, "
            "update blocked -> action-required. Subject names the end of support and the body "
            "asks to migrate by then -> 2027-06-30; the later blocks are consequences. Regions "
            "from the function ARNs (Tokyo and Osaka)."))

S = src("azure-mysql-root-ca-rotation", "Microsoft Learn page on the root certificate rotation "
        "for Azure Database for MySQL flexible server (DigiCert Global Root G2 and Microsoft RSA "
        "Root CA 2017 must be trusted before the rotation)",
        "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-root-certificate-"
        "rotation")
add("015-azure-mysql-root-ca-action-required.eml",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=("Database Team", "dba@example.com"),
    subject="Action required: Add the new root certificates for Azure Database for MySQL - "
            "Flexible Server clients by 1 February 2027",
    date="2026-10-05 21:30:00 +0000", auth_results=A_MSFT,
    body="""\
Microsoft Azure

Add the new root certificates to your MySQL clients by 1 February 2027

You're receiving this e-mail because you use Azure Database for MySQL -
Flexible Server with TLS connections in the subscription Fabrikam-Prod
(2c9e7a41-d5b3-4f86-a0e2-7b4d9c1f3e58).

  mysql-orders-weu      West Europe (westeurope)
  mysql-reporting-neu   North Europe (northeurope)

The server certificates of Azure Database for MySQL - Flexible Server are
currently issued under the DigiCert Global Root CA, which uses SHA-1. We're
moving them to certificates that chain to two newer roots: DigiCert Global
Root G2 and Microsoft RSA Root Certificate Authority 2017.

Timeline
  1 February 2027   We start rotating the server certificates. Clients that
                    verify the server certificate and don't trust the new
                    roots will fail to connect from this date.
  31 March 2027     The rotation is complete on all servers. After this
                    date you can remove DigiCert Global Root CA from your
                    trust stores.

Required action
Add DigiCert Global Root G2 and Microsoft RSA Root Certificate Authority
2017 to the trust store or CA bundle of every client that connects with
ssl-mode VERIFY_CA or VERIFY_IDENTITY, keeping the current root until the
rotation is complete. Clients that don't verify the certificate aren't
affected. No server restart is needed.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    timeline=["2027-02-01", "2027-03-31"],
    label=L("action-required", ["azure:Azure Database for MySQL flexible server"], [],
            ["northeurope", "westeurope"], "2027-02-01", "verified", False, S,
            "'Action required:' certificate rotation; clients must trust the new roots -> "
            "action-required (one of the three marked subjects). Act-by date in the subject and "
            "body, 1 February 2027, when the rotation starts; 31 March 2027 is the completion "
            "(removal of the old root is optional).", provider="azure"))

S = src("google-oauth-verify-project", "Issue quoting Google's e-mail asking a developer to "
        "submit an OAuth app for verification by a date, or users see the unverified-app screen",
        "https://github.com/sirkitree/angular-directive.g-signin/issues/67")
add("016-google-oauth-app-verification.eml",
    frm=("Google Cloud Trust & Safety", "api-oauth-dev-verification-reply@google.com"),
    to=("Acme Dev Team", "devteam@acme-notes.example"),
    subject="Submit your app \"Acme Field Notes\" for OAuth verification",
    date="2026-10-08 17:25:00 +0000", auth_results=A_GOOGLE,
    body="""\
Hello Developer of Acme Field Notes,

You're receiving this e-mail because you're listed as an owner or editor of
the Google Cloud project acme-notes-prod, whose OAuth clients request access
to Google user data for the app "Acme Field Notes".

The app requests the following sensitive scopes:
  https://www.googleapis.com/auth/calendar.events
  https://www.googleapis.com/auth/drive.file

Apps that request sensitive scopes from users outside your organization
must be verified by Google. Your app has not been submitted for
verification yet.

What do you need to do?
Open the Google Auth Platform page of the project in the Google Cloud
console, make sure the app's home page, privacy policy and authorized
domains are correct, and submit the app for verification.

By when?
Before December 7, 2026.

What happens if you don't submit?
After December 7, 2026, users who grant access to the app will see the
"Google hasn't verified this app" screen, and the app will be limited to
100 new users in total until it is verified.

OAuth client that needs verification:
  481726093354-7kq2vd9mtr3bzx5ne0wp4ghyfcs8ju1a.apps.googleusercontent.com

Thank you,
The Google Cloud Trust & Safety Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    label=L("action-required", ["google-cloud:Google Auth Platform"], [], [], "2026-12-07",
            "verified", False, S,
            "Verification request: submit the OAuth app for verification 'Before December 7, "
            "2026' -> action-required with that act-by date. The OAuth client ID starts with the "
            "12-digit project number 481726093354 (declared trap, not an AWS account). No "
            "regions.", traps=["481726093354"], provider="google-cloud"))

S = src("alibaba-renewal-guide-ja", "Alibaba Cloud renewal guide (Japanese): subscription "
        "resources that are not renewed go through a grace period, suspension and release with "
        "deletion of data", "https://www.alibabacloud.com/help/ja/user-center/renewal-guide-1")
add("017-alibaba-subscription-expiring-ja.eml",
    frm=("Alibaba Cloud", "no-reply@notice.alibabacloud.com"), to=TO_JA,
    subject="【Alibaba Cloud】サブスクリプションリソースの有効期限が近づいています"
            "（2026年11月18日）",
    date="2026-11-11 01:00:00 +0000", auth_results=A_ALIBABA_JA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
Alibaba Cloud をご利用いただきありがとうございます。

お客様のアカウントでご利用中の次のサブスクリプションリソースは、
2026年11月18日 00:00（UTC+9）に有効期限を迎えます。自動更新は設定されて
いません。

  プロダクト                 インスタンス ID            リージョン
  Elastic Compute Service    i-6we4k9zq2mtb7xr1lc3d     日本（東京） ap-northeast-1
  ApsaraDB RDS for MySQL     rm-6wex2b7kq9p4dz3hf       日本（東京） ap-northeast-1

期限までに更新されない場合の流れ
  2026年11月18日  有効期限。インスタンスは停止し、サービスを提供しなく
                  なります（データは保持されます）。
  2026年12月3日   停止期間の終了。インスタンスはリリースされ、ディスクと
                  データベースのデータは完全に削除されます。削除後は復元
                  できません。

引き続きご利用になる場合は、有効期限までに「費用とコスト」コンソールの
「更新」ページから手動で更新するか、自動更新を有効にしてください。
ご利用を終了される場合は、必要なデータのバックアップを取得してください。

Alibaba Cloud
本メールは送信専用アドレスから配信しています。
""",
    timeline=["2026-11-18", "2026-12-03"],
    label=L("action-required",
            ["alibaba-cloud:ApsaraDB RDS", "alibaba-cloud:Elastic Compute Service"], [],
            ["ap-northeast-1"], "2026-11-18", "verified", False, S,
            "Japanese renewal notice: renew before the expiry date or the instances stop and "
            "are later released -> action-required. Expiry date (subject, table) -> 2026-11-18; "
            "release on 2026-12-03 is a later consequence. Alibaba's Tokyo region code is the "
            "same as AWS's.", provider="alibaba-cloud"))

S = src("gcp-json-rpc-turndown", "Issue quoting Google's notice that the JSON-RPC and global "
        "HTTP batch endpoints are turned down, with periodic error injection before the date",
        "https://github.com/GoogleCloudPlatform/google-cloud-eclipse/issues/3513")
add("018-gcp-resource-manager-v1beta1-turndown.eml",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"), to=TO_DEV,
    subject="[Action Required] Migrate off the Cloud Resource Manager API v1beta1 before "
            "April 14, 2027",
    date="2026-10-13 16:00:00 +0000", auth_results=A_GOOGLE,
    body="""\
Hello Google Cloud customer,

We're writing to let you know that version v1beta1 of the Cloud Resource
Manager API will be turned down on April 14, 2027. In the last 30 days, one
or more of your projects called this version.

What do I need to know?
v1beta1 has been superseded by versions v1 and v3, which offer the same
project operations and more. After April 14, 2027, calls to v1beta1 return
errors.

To help you find remaining callers before the turndown, we'll make v1beta1
fail on purpose during two short windows:
  - January 12, 2027, 16:00-17:00 UTC: 10% of requests fail
  - February 9, 2027, 16:00-20:00 UTC: 50% of requests fail

What do I need to do?
Update your scripts, Terraform providers and client libraries to call v1 or
v3 before April 14, 2027. Most recent versions of the Google Cloud CLI and
client libraries already do.

Projects that called v1beta1 in the last 30 days:
  acme-terraform-ci (project number 301948576221)
  acme-billing-export (project number 774102385519)

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You've received this mandatory service announcement to update you about
important changes to Google Cloud or your account.
""",
    timeline=["2027-01-12", "2027-02-09", "2027-04-14"],
    label=L("action-required", ["google-cloud:Resource Manager"], [], [], "2027-04-14",
            "verified", False, S,
            "'[Action Required]' API turndown (one of the three marked subjects) -> "
            "action-required. Subject names the turndown -> 2027-04-14; the two error-injection "
            "windows are earlier disruptions meant to surface callers, not the act-by date. Two "
            "12-digit project numbers are declared traps.",
            traps=["301948576221", "774102385519"], provider="google-cloud"))

S = src("s3-legacy-tls-connections", "Issue quoting AWS's e-mail about TLS 1.0/1.1 connections "
        "to S3 objects in the account that must be updated before enforcement",
        "https://github.com/sciencehistory/scihist_digicoll/issues/2275")
add("019-s3-legacy-tls-cipher-suites.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon S3 clients in your account use TLS cipher suites that are being retired",
    date="2026-10-21 19:45:00 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We have identified connections to Amazon S3 buckets in your AWS account
554120987306 that use TLS 1.2 with CBC-mode cipher suites without forward
secrecy (for example AES128-SHA and AES256-SHA). Your resources may be
affected by an upcoming change to the S3 endpoints.

  Bucket                  Region      Connections in the last 30 days
  media-assets-prod       us-east-1   18,402
  logs-archive-euw1       eu-west-1      611

Amazon S3 is removing these cipher suites from all of its endpoints. The
change comes in two steps:

  January 19, 2027   Temporary brownouts begin: for short periods, S3
                     endpoints refuse connections that offer only these
                     cipher suites.
  March 31, 2027     The cipher suites are removed permanently in all AWS
                     Regions.

What we ask you to do
Update the clients that connect with these cipher suites by January 19,
2027, so that the brownouts do not affect you. Current versions of the AWS
SDKs, the AWS CLI and OpenSSL negotiate ECDHE cipher suites by default; the
connections we see usually come from old embedded HTTP libraries and
appliances. The User-Agent and source IP of each connection are recorded in
the S3 server access logs and in CloudTrail data events (tlsDetails).

If some clients cannot be updated, put an Amazon CloudFront distribution in
front of the bucket and choose a security policy that still accepts them.

%s
""" % AWS_FOOTER,
    timeline=["2027-01-19", "2027-03-31"],
    label=L("action-required", ["S3"], ["554120987306"], ["eu-west-1", "us-east-1"], "2027-01-19",
            "verified", False, S,
            "Hedged TLS change ('your resources may be affected'); clients must be updated -> "
            "action-required. The reader's action is tied to the first brownout ('by January "
            "19, 2027') -> deadline 2027-01-19, not the permanent removal on March 31, 2027. "
            "Regions of the two buckets."))

S = src("xray-sdk-daemon-eos", "Issue summarising the AWS X-Ray SDK and daemon end of life in two "
        "stages (maintenance mode February 25, 2026, end of support February 25, 2027)",
        "https://github.com/aws-powertools/powertools-lambda-python/issues/7382")
add("020-xray-sdk-daemon-end-of-support-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA,
    subject="【要対応】AWS X-Ray SDK および X-Ray デーモンのサポート終了（2027年2月25日）",
    date="2026-11-05 03:00:00 +0000", auth_results=A_AMAZON_JA,
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様

AWS アカウント 390125476618 で、AWS X-Ray SDK または X-Ray デーモンから
送信されたトレースを受信しています。

AWS X-Ray SDK と X-Ray デーモンは 2026年2月25日にメンテナンスモードに
移行し、現在は重大なセキュリティ修正のみを提供しています。
2027年2月25日をもってサポートを終了し、以降は更新やリリースを行いません。

お客様にご対応いただきたいこと
  AWS Distro for OpenTelemetry (ADOT) または OpenTelemetry の計装に移行し、
  トレースの送信先を CloudWatch エージェントまたは OpenTelemetry
  Collector に切り替えてください。移行は 2027年2月25日までに完了して
  ください。

トレースの送信元（アジアパシフィック (東京) リージョン）
  Amazon ECS サービス  api-gateway-svc（サイドカー: xray-daemon 3.3.12）
  AWS Lambda 関数      payment-webhook（X-Ray SDK for Node.js 3.10）

サポート終了後も既存の SDK とデーモンは動作しますが、新しい機能や
セキュリティ修正は提供されません。

%s
""" % JA_FOOTER,
    label=L("action-required", ["XRAY"], ["390125476618"], ["ap-northeast-1"], "2027-02-25",
            "verified", False, S,
            "Japanese '【要対応】' end-of-support notice (one of the three marked subjects), "
            "ISO-2022-JP: migrate to OpenTelemetry by the end of support -> action-required, "
            "2027-02-25 (subject and body). The maintenance-mode date 2026-02-25 is past. Region "
            "by Japanese name only (東京)."))

S = src("oci-ocm-end-of-life", "Issue on the end of life of Oracle Content Management (last day "
        "of service, instances force-terminated and data purged afterwards)",
        "https://github.com/oracle/oci-python-sdk/issues/858")
add("021-oci-data-integration-end-of-life.eml",
    frm=("Oracle Cloud Infrastructure", "noreply-announcements@oracle.com"),
    to=("OCI Admins", "oci-admins@example.com"),
    subject="OCI Announcement: End of Life of OCI Data Integration on June 30, 2027",
    date="2026-10-26 14:00:00 +0000", auth_results=A_ORACLE,
    body="""\
Oracle Cloud Infrastructure - Customer Announcement

Service:        OCI Data Integration
Tenancy:        acmeprod
Regions:        us-ashburn-1, uk-london-1
Announcement:   End of Life

Dear Customer,

Oracle is retiring OCI Data Integration. Its workloads can run in OCI Data
Flow and OCI GoldenGate, which cover the pipelines, schedules and data
loaders of Data Integration.

Key dates
  January 15, 2027   You can no longer create new workspaces. Existing
                     workspaces and tasks keep running.
  June 30, 2027      End of Life. Workspaces stop and tasks no longer run.
                     Move your pipelines before this date.
  September 1, 2027  Oracle deletes the remaining workspaces and their
                     metadata across all tenancies.

Your tenancy has 3 workspaces:
  ws-etl-prod       us-ashburn-1
  ws-etl-dr         uk-london-1
  ws-sandbox        us-ashburn-1

Migration guides for Data Flow and GoldenGate are linked from the
Announcements page of the Console.

Oracle Cloud Infrastructure
Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
""",
    timeline=["2027-01-15", "2027-06-30", "2027-09-01"],
    label=L("action-required", ["oracle-cloud:Data Integration"], [],
            ["uk-london-1", "us-ashburn-1"], "2027-06-30", "verified", False, S,
            "OCI end-of-life announcement with three dates -> action-required. Subject names "
            "the end of life and the body says to move before it -> 2027-06-30; the January 15 "
            "stop for new workspaces is an earlier restriction, the September 1 deletion a later "
            "consequence. The service and its dates are fictional; OCI region codes.",
            provider="oracle-cloud"))

S = src("cf-saas-hostname-prevalidation", "Cloudflare for SaaS documentation on pre-validating "
        "custom hostnames with a TXT record (ownership_verification name and value, pending "
        "status)", "https://developers.cloudflare.com/cloudflare-for-platforms/cloudflare-for-"
        "saas/domain-support/hostname-validation/pre-validation")
add("022-cloudflare-custom-hostname-pending.eml",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to=("Platform SRE", "sre@example-platform.com"),
    subject="Custom hostname shop.northwind-retail.example is still pending validation",
    date="2026-11-09 10:02:44 +0000", auth_results=A_CF_NOTIFY,
    body="""\
Cloudflare

Custom hostname still pending

A custom hostname in your Cloudflare for SaaS zone example-platform.com has
not passed ownership validation yet, so Cloudflare does not serve traffic
for it and cannot issue its certificate.

  Custom hostname:  shop.northwind-retail.example
  Created:          2026-11-02 08:14 UTC
  Status:           pending (custom hostname does not CNAME to this zone)

To validate it before the CNAME is moved, your customer can add this TXT
record at their DNS provider:

  Name:   _cf-custom-hostname.shop.northwind-retail.example
  Value:  0e2d5a7f-3b9c-4d16-8e4a-c5f1b7d2a9e6

Custom hostnames that are still pending 7 days after this notice are
removed from the zone and have to be created again, with a new TXT value.

Manage custom hostnames:
https://dash.cloudflare.com/?to=/:account/example-platform.com/ssl-tls/custom-hostnames

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
""",
    relative=True,
    label=L("action-required", ["cloudflare:Cloudflare for SaaS"], [], [], "2026-11-16",
            "verified", False, S,
            "Ownership validation still pending; the TXT record must be added or the hostname "
            "is removed -> action-required (a verification request). '7 days after this notice' "
            "from 2026-11-09 -> 2026-11-16.", provider="cloudflare"))

S = src("marketplace-agreement-end-behavior", "AWS Marketplace Agreement API reference: what "
        "happens at an agreement's end date (RENEW, REPLACE by the public offer, EXPIRE)",
        "https://docs.aws.amazon.com/marketplace/latest/APIReference/API_marketplace-agreements_"
        "EndTimeBehavior.html")
add("023-marketplace-private-offer-agreement-ends.eml",
    frm=AWS_MP, to=("Procurement", "procurement@example.com"),
    subject="Your AWS Marketplace agreement for Sentrix SIEM Cloud ends on December 14, 2026",
    date="2026-11-14 15:20:00 +0000", auth_results=A_MP,
    body="""\
Hello,

Your agreement for the following AWS Marketplace product ends in 30 days.

  Product:        Sentrix SIEM Cloud (SaaS, contract)
  Seller:         Sentrix Security Inc.
  Agreement ID:   agmt-4kq9z2xv7t3mbr8hd5nwe1c
  Offer:          private offer offer-b7m2q9xk4v8tzr (12-month contract)
  AWS account:    778012659341
  Ends:           December 14, 2026, 23:59 UTC
  Auto-renewal:   not available for this offer

At the end date this agreement is replaced by the product's public offer:
from December 15, 2026, your usage is billed at the public list prices,
which are higher than the prices of your private offer.

To keep negotiated pricing, accept a renewal private offer before December
14, 2026. The seller has sent one (offer-r3x8k2m7q9vzd4), which you can
review on the Private offers page of the AWS Marketplace console. If you no
longer need the product, cancel the SaaS subscription on the Manage
subscriptions page before the end date.

AWS Marketplace
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""",
    label=L("action-required", ["MARKETPLACE"], ["778012659341"], [], "2026-12-14", "verified",
            False, S,
            "Renewal: accept the renewal private offer before the agreement ends, otherwise "
            "public pricing applies -> action-required. Act-by and subject date December 14, "
            "2026; the public-offer billing from December 15 is a later consequence. No "
            "regions."))

S = src("expel-aws-themed-phish", "Expel write-up of an AWS-themed credential phishing e-mail "
        "that sends the reader to a fake AWS sign-in page",
        "https://expel.com/blog/attack-trend-alert-aws-themed-credential-phishing-technique")
add("024-phish-root-mfa-reverify.eml",
    frm=("Amazon Web Services", "notifications@aws-accountsecurity.com"), to=TO_ROOT,
    subject="Important: re-verify your AWS root user MFA device by November 21, 2026",
    date="2026-11-17 12:33:09 +0000",
    auth_results=base.auth(domain="aws-accountsecurity.com", mailfrom="aws-accountsecurity.com",
                           dkim="none", spf="pass", dmarc="fail"),
    body="""\
Amazon Web Services

Dear AWS Customer,

As part of the new AWS security requirements for 2027, every root user must
re-verify its multi-factor authentication (MFA) device. Our records show
that the root user of your account has not completed this step.

Please sign in and re-verify your MFA device by November 21, 2026. Accounts
that are not re-verified by this date will be restricted, and running
resources may be stopped until verification is completed.

Re-verify now:
https://signin.aws-console-verification.com/root/mfa?session=HX7Q2LPZ

This is an automated message. Please do not reply.
Amazon Web Services, Inc.
""",
    label=L("action-required", ["IAM"], [], [], "2026-11-21", "suspicious", False, S,
            "Look-alike domain aws-accountsecurity.com (DMARC fail, no DKIM), sign-in link to a "
            "foreign domain, invented requirement -> phishing. Claimed content: an MFA "
            "re-verification by a date -> action-required, suspicious, deadline the lure date "
            "2026-11-21. No marker in its subject; the batch's three marked subjects are genuine."))


# ==========================================================================
# MAINTENANCE (025-029)
# ==========================================================================

S = src("memorystore-maintenance-policy", "Memorystore for Redis maintenance policy "
        "(maintenance windows, notice at least seven days ahead, deferral up to seven days, "
        "Standard Tier failover)",
        "https://cloud.google.com/memorystore/docs/redis/maintenance-policy")
add("025-gcp-memorystore-upcoming-maintenance.eml",
    frm=("Google Cloud", "noreply-maintenance@google.com"), to=TO_OPS,
    subject="Upcoming maintenance for your Cloud Memorystore instance [cache-sessions-prod]",
    date="2026-09-10 14:00:00 +0000", auth_results=A_GOOGLE,
    body="""\
Hello,

Maintenance has been scheduled for the following Memorystore for Redis
instance:

  Instance:   cache-sessions-prod
  Project:    shop-backend-prod
  Region:     asia-northeast1 (Tokyo)
  Tier:       Standard (with replica)
  Scheduled:  Thursday, September 17, 2026, 18:00-19:00 UTC
              (within the instance's maintenance window)

The update applies operating system security patches and a Redis minor
version update. On Standard Tier instances the replica is updated first,
then a failover promotes it; clients see their connections reset once, for
up to about 30 seconds. Make sure your clients reconnect with backoff, and
keep memory usage low during the window.

If the time does not suit you, you can apply the maintenance now or defer it
once, by up to 7 days, from the instance details page or with
gcloud redis instances reschedule-maintenance.

You're receiving this e-mail because maintenance notifications are turned on
for this project.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""",
    label=L("maintenance", ["google-cloud:Memorystore for Redis"], [], ["asia-northeast1"],
            "2026-09-17", "verified", False, S,
            "Real subject form 'Upcoming maintenance for your Cloud Memorystore instance "
            "[name]': Google applies the update itself -> maintenance. Scheduled September 17, "
            "2026 -> deadline (optional deferral of up to 7 days is not an act-by date). Google "
            "region code asia-northeast1.", provider="google-cloud"))

S = src("akamai-host-maintenance-policy", "Akamai (Linode) documentation on host maintenance "
        "events and the per-Linode maintenance policy (migrate or power off/on)",
        "https://techdocs.akamai.com/cloud-computing/docs/host-maintenance-policy")
add("026-linode-scheduled-host-maintenance.eml",
    frm=("Akamai Cloud (Linode)", "support@linode.com"), to=TO_OPS,
    subject="Scheduled maintenance for your Linode web-eu-2 (ID 63718204)",
    date="2026-09-21 09:00:00 +0000", auth_results=A_LINODE,
    body="""\
Hello,

We need to perform planned maintenance on the physical host of one of your
Linodes. Host upgrades like this keep our platform secure and reliable.

  Linode:              web-eu-2 (ID 63718204)
  Data center:         Frankfurt, DE (eu-central)
  Maintenance type:    host upgrade
  Maintenance policy:  Power Off/Power On
  Window:              2026-10-01 02:00 to 04:00 UTC

Because this Linode's maintenance policy is Power Off/Power On, it will be
shut down cleanly during the window, moved to an upgraded host and booted
again. Expect the Linode to be unavailable for part of the window.

If you prefer the Linode to keep running, change its maintenance policy to
Migrate before the window starts. It will then be moved while running, with
a short period of reduced performance. You can also start the move yourself
from the Cloud Manager at any time before the window.

See our reboot survival guide to make sure your services start
automatically after a reboot.

Akamai Cloud Computing Support
""",
    label=L("maintenance", ["linode:Compute Instances"], [], ["eu-central"], "2026-10-01",
            "verified", False, S,
            "Provider-run host upgrade with a reboot window -> maintenance. Window on "
            "2026-10-01 -> deadline; changing the policy or moving earlier is optional. Linode "
            "region id eu-central (not the AWS code eu-central-1).", provider="linode"))

_p27 = ["Hello,",
        "A required system update is available for the Amazon DocumentDB instances listed below "
        "in the Europe (London) Region. The update applies operating system and security "
        "patches.",
        "If you do nothing, the update is applied automatically during the first maintenance "
        "window after October 20, 2026. The instances' maintenance window is Tuesday 03:00-03:30 "
        "UTC. Each instance restarts, which takes a few minutes; in a cluster with replicas the "
        "writer fails over first.",
        "You can apply the update earlier at a time you choose, with the AWS console or "
        "aws docdb apply-pending-maintenance-action --apply-action system-update --opt-in-type "
        "immediate. The update will be applied on November 3, 2026 at the latest, regardless of "
        "the maintenance window."]
_arn27 = health_arn("eu-west-2", "DOCDB", "AWS_DOCDB_SYSTEM_UPDATE_REQUIRED", "4c8e2a6f")
_res27 = ["arn:aws:rds:eu-west-2:931640275813:db:docdb-orders-1",
          "arn:aws:rds:eu-west-2:931640275813:db:docdb-orders-2"]
_rows27 = [("Affected account", "931640275813"), ("Service", "DOCDB"),
           ("Event type code", "AWS_DOCDB_SYSTEM_UPDATE_REQUIRED"),
           ("Event type category", "Scheduled change"), ("Region", "eu-west-2"),
           ("Start time", "Tue, 20 Oct 2026 00:00:00 GMT"),
           ("End time", "Tue, 03 Nov 2026 23:59:59 GMT"), ("Status", "Upcoming")]
_inner27 = inner(
    "027-inner", frm=AWS_HEALTH, to=TO_OPS,
    subject="Amazon DocumentDB required system update [AWS Account: 931640275813] [EU-WEST-2]",
    date="2026-10-09 22:10:00 +0000", auth_results=A_HEALTH,
    attach_name="Amazon DocumentDB required system update.eml",
    body=un_text(_p27, _arn27, _rows27, _res27),
    html=un_html("Amazon DocumentDB required system update", _p27, _arn27, _rows27,
                 host="d2mx8tqa", seed="027", resources=_res27))
S = src("docdb-pending-maintenance-api", "boto3 reference for DocumentDB "
        "apply_pending_maintenance_action (system-update, immediate or next-maintenance opt-in, "
        "AutoAppliedAfterDate and ForcedApplyDate)",
        "https://boto3.amazonaws.com/v1/documentation/api/1.29.1/reference/services/docdb/client/"
        "apply_pending_maintenance_action.html")
add("027-fw-docdb-system-update-attached.eml",
    frm=("Priya Nair", "p.nair@example.co.uk"), to=TO_DEV,
    subject="FW: Amazon DocumentDB required system update [AWS Account: 931640275813] [EU-WEST-2]",
    date="2026-10-12 08:40:00 +0100",
    auth_results=base.auth(domain="example.co.uk", mailfrom="example.co.uk"),
    body="""\
Hi all,

AWS notice attached. The automatic run would land in the Tuesday 03:00
window right after the 20th, which clashes with the month-end export. I'd
rather apply it ourselves on Sunday the 18th around 06:00 - any objections?

Priya
""",
    attach=[_inner27], forwarded="rfc822",
    label=L("maintenance", ["DOCDB"], ["931640275813"], ["eu-west-2"], "2026-10-20",
            "unverified", False, S,
            "Colleague forwards (message/rfc822) an AWS Health notice of a required DocumentDB "
            "system update that AWS applies itself -> maintenance; company sender -> unverified. "
            "Deadline: the auto-apply date October 20, 2026 (the change takes effect in the "
            "first window after it); the forced date November 3 is the latest bound, and the "
            "colleague's Sunday plan is her choice."))

S = src("sakura-cloud-faq-maintenance", "Sakura Cloud support FAQ (how and how far ahead "
        "maintenance is announced, emergency maintenance, host failures)",
        "http://cloud-news.sakura.ad.jp/faq_top/faq_service/")
add("028-sakura-cloud-host-maintenance-ja.eml",
    frm=("さくらのクラウド", "cloud-info@sakura.ad.jp"), to=TO_JA2,
    subject="【さくらのクラウド】ホストサーバメンテナンスのお知らせ（2026年11月12日 石狩第2ゾーン）",
    date="2026-10-29 06:00:00 +0000", auth_results=A_SAKURA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
さくらのクラウドをご利用いただき、誠にありがとうございます。

石狩第2ゾーン（is1b）のホストサーバにおいて、ファームウェアの更新を目的と
したメンテナンスを実施いたします。お客様のサーバが稼働しているホスト
サーバが対象となりますので、ご案内いたします。

  実施日時    2026年11月12日（木）13:00 から 15:00 まで（日本時間）
  対象ゾーン  石狩第2ゾーン（is1b）
  対象サーバ  サーバID 113600284517（ホスト名 app-db-01）
  影響        作業中に一度サーバを停止し、メンテナンス後に起動いたします。
              停止時間は 10 分程度を見込んでおります。

メンテナンス前にお客様ご自身でサーバをシャットダウンし、作業完了後に
起動していただくことも可能です。その場合は、作業開始時刻までに
シャットダウンを完了してください。

作業の進捗や完了は、さくらのクラウド ニュースおよびコントロールパネルの
「お知らせ」でもお知らせいたします。

今後ともさくらのクラウドをよろしくお願いいたします。
さくらインターネット株式会社
""",
    label=L("maintenance", ["sakura-internet:さくらのクラウド"], [], ["is1b"], "2026-11-12",
            "verified", False, S,
            "Japanese host-server maintenance notice: the provider stops and restarts the "
            "server -> maintenance. Work on 2026年11月12日 13:00-15:00 JST (04:00-06:00 UTC, "
            "same day) -> deadline. The 12-digit Sakura server ID 113600284517 is a declared "
            "trap. Zone code is1b.", traps=["113600284517"], provider="sakura-internet"))

S = src("azure-mysql-scheduled-maintenance", "Microsoft Learn page on scheduled maintenance for "
        "Azure Database for MySQL flexible server (custom or system-managed windows, notice "
        "seven days ahead, critical updates with shorter notice)",
        "https://learn.microsoft.com/en-us/azure/mysql/flexible-server/concepts-maintenance")
add("029-azure-mysql-flexible-scheduled-maintenance.eml",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=("SEA Operations", "ops-sea@example.sg"),
    subject="Upcoming scheduled maintenance for your Azure Database for MySQL - Flexible Server "
            "instances (Tracking ID 7K2P-HZ8)",
    date="2026-11-16 23:10:00 +0000", auth_results=A_MSFT_SG,
    body="""\
Microsoft Azure

Upcoming scheduled maintenance

Tracking ID: 7K2P-HZ8

We'll perform routine maintenance on the following Azure Database for
MySQL - Flexible Server instances in your subscription Northwind-SEA
(5d8a2f3e-9c1b-4e7a-b6d0-f4e2a8c3b1d9). The update contains the monthly
security patches and a minor version update of the MySQL engine.

  Server            Region                          Scheduled start
  mysql-pos-sea     Southeast Asia (southeastasia)  24 Nov 2026, 14:00 UTC
  mysql-crm-sea     Southeast Asia (southeastasia)  24 Nov 2026, 14:00 UTC

The maintenance runs in each server's custom maintenance window (Tuesday
22:00-23:00 SGT). Expect one brief interruption of about 60 to 120 seconds
while the server restarts; servers with zone-redundant high availability
fail over instead. Please avoid scaling, configuration changes and restarts
while the maintenance is in progress.

You can see the status of the event, and reschedule it within the allowed
period, on the Maintenance page of each server in the Azure portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    label=L("maintenance", ["azure:Azure Database for MySQL flexible server"], [],
            ["southeastasia"], "2026-11-24", "verified", False, S,
            "Routine Azure-run maintenance with a scheduled start -> maintenance, deadline "
            "24 Nov 2026 (14:00 UTC is 22:00 SGT the same day). Same customer product as 015, "
            "different notice.", provider="azure"))


# ==========================================================================
# PRICING (030-032)
# ==========================================================================

S = src("aws-config-pricing-change", "Pull request adding the historical AWS Config pricing "
        "model change to a list of AWS breaking changes",
        "https://github.com/SummitRoute/aws_breaking_changes/pull/58")
add("030-aws-config-pricing-change.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Upcoming change to AWS Config pricing, effective January 1, 2027",
    date="2026-09-15 17:00:00 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are writing to tell you about a change to how AWS Config is priced. You
are receiving this message because your account recorded configuration
items with AWS Config in the last three months.

What is changing
Starting January 1, 2027, configuration items recorded with continuous
recording are billed in three tiers per account and Region instead of one
flat price, and the price of a rule evaluation no longer depends on the
number of conformance packs. Periodic recording is not affected.

  Configuration items per month   Price per item (example: US East
                                  (N. Virginia))
  First 1,000,000                 USD 0.0030 (unchanged)
  Next 4,000,000                  USD 0.0025
  Over 5,000,000                  USD 0.0018

  Config rule evaluations          USD 0.0008 each (today: USD 0.0010 for
                                  the first 100,000, then tiered)

Prices in other Regions change in the same proportions; see the AWS Config
pricing page.

What you need to do
Nothing. The new prices apply automatically from January 1, 2027. For most
accounts the monthly AWS Config charge stays the same or goes down. You can
estimate your charges with the AWS Pricing Calculator and track them in Cost
Explorer (service: AWS Config).

%s
""" % AWS_FOOTER,
    label=L("pricing", ["CONFIG"], [], [], "2027-01-01", "verified", False, S,
            "Price change of AWS Config -> pricing. No action needed; the change takes effect "
            "January 1, 2027 (subject) -> deadline by the fallback rule. US East (N. Virginia) "
            "is only the price example -> regions []. The tiers are fictional."))

S = src("sakura-rs-price-revision", "Sakura Internet column on the price revision of the Sakura "
        "rental server (first change in twenty years, new and existing contracts, table of old "
        "and new prices)", "https://rs.sakura.ad.jp/column/rs/price-revision")
add("031-sakura-rental-server-price-revision-ja.eml",
    frm=("さくらインターネット", "info@sakura.ad.jp"), to=TO_JA2,
    subject="【重要】さくらのレンタルサーバ 料金改定のお知らせ（2027年2月1日）",
    date="2026-10-16 01:00:00 +0000", auth_results=A_SAKURA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
平素よりさくらのレンタルサーバをご利用いただき、誠にありがとうございます。

電力費や機器調達費の上昇が続いていることから、誠に恐縮ながら、
2027年2月1日（月）より、さくらのレンタルサーバの料金を改定させて
いただくことになりました。

対象サービス
  さくらのレンタルサーバ ライト / スタンダード / プレミアム / ビジネス

新料金（税込、月額換算）
  プラン          現行料金    新料金
  ライト          128円       150円
  スタンダード    524円       600円
  プレミアム      1,571円     1,800円
  ビジネス        2,619円     2,990円

適用時期
  ・2027年2月1日以降に新規にお申し込みいただくご契約: お申し込み時から
    新料金を適用します。
  ・既存のご契約: 2027年2月1日以降に迎える最初の更新日から新料金を適用
    します。それまでは現行料金のままご利用いただけます。

長期契約（12か月・36か月）の割引率は変更ありません。オプションサービスの
料金も据え置きます。

お客様にはご負担をおかけいたしますが、何卒ご理解を賜りますようお願い
申し上げます。

さくらインターネット株式会社
""",
    label=L("pricing", ["sakura-internet:さくらのレンタルサーバ"], [], [], "2027-02-01",
            "verified", False, S,
            "Japanese price revision -> pricing. The change takes effect 2027年2月1日 (subject) "
            "-> deadline; for existing contracts the first renewal after that date is a later, "
            "per-contract consequence. '【重要】' is not an action marker. The prices are "
            "fictional.", provider="sakura-internet"))

S = src("ubicloud-price-increase-pr", "Ubicloud pull request adding the billing rates of its "
        "September 2026 price increase (25% for VMs, PostgreSQL, Kubernetes and runners in "
        "Germany and Finland; new deployments first, existing resources later)",
        "https://github.com/ubicloud/ubicloud/pull/6204")
add("032-ubicloud-price-adjustment.eml",
    frm=("Ubicloud", "support@ubicloud.com"), to=TO_BILL,
    subject="Ubicloud price adjustment in our Germany and Finland locations",
    date="2026-09-04 10:00:00 +0000", auth_results=A_UBICLOUD,
    body="""\
Hi,

We're raising prices in our Germany and Finland locations by 25%. Memory
and NVMe prices have roughly doubled this year, and the hardware we rent in
these locations got more expensive as a result.

Which services
  Virtual machines, managed PostgreSQL, Kubernetes clusters and GitHub
  Actions runners (standard and premium) in eu-central-h1 (Germany) and
  eu-north-h1 (Finland). Our Virginia location and the regions we run on AWS
  and Google Cloud keep their current prices, and IPv4 address pricing does
  not change.

When
  New resources created since September 1, 2026 already use the new rates.
  Existing resources in your projects move to the new rates on December 1,
  2026.

Your projects
  acme-prod        4 virtual machines, 1 PostgreSQL database (eu-central-h1)
  acme-analytics   2 virtual machines (eu-north-h1)

If you would like to move resources to another location before December 1,
reply to this e-mail and we will help.

The Ubicloud team
""",
    label=L("pricing", ["ubicloud:Managed PostgreSQL", "ubicloud:Virtual Machines"], [],
            ["eu-central-h1", "eu-north-h1"], "2026-12-01", "verified", False, S,
            "Price increase -> pricing. For the reader's existing resources the change takes "
            "effect December 1, 2026 -> deadline; September 1 applied to new resources and is "
            "past. Regions: Ubicloud location codes of the customer's resources; Virginia, AWS "
            "and Google Cloud are mentioned as unaffected.", provider="ubicloud"))


# ==========================================================================
# BILLING (033-035)
# ==========================================================================

S = src("azure-spending-limit", "Azure page on the spending limit of free and credit-based "
        "subscriptions (services disabled when the credit is used up, storage read-only, upgrade "
        "to pay-as-you-go to remove the limit)",
        "https://azure.microsoft.com/en-us/pricing/spending-limits/")
add("033-azure-spending-limit-reached.eml",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=("Tomas Lind", "tomas.lind@example.se"),
    subject="Your Azure subscription has been disabled because it reached its spending limit",
    date="2026-09-26 05:22:00 +0000", auth_results=A_MSFT,
    body="""\
Microsoft Azure

Your subscription Azure subscription 1 (Free Trial) has used all of the
USD 200 credit included with your Azure free account, and it has reached its
spending limit. To make sure you aren't charged, we've disabled the
subscription:

  - Your virtual machines have been stopped and deallocated.
  - Data in your storage accounts and databases is kept and can be read,
    but not changed.
  - You can't create new resources in the subscription.

To keep using Azure, upgrade the subscription to pay-as-you-go pricing. The
spending limit is removed, the services you deployed can be started again,
and you pay only for what you use beyond the free services.

If you don't upgrade by 25 December 2026, the subscription is cancelled and
its resources and data are deleted.

Upgrade your subscription:
https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBlade

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    label=L("billing", ["azure:Cost Management + Billing"], [], [], "2026-12-25", "verified",
            False, S,
            "Credit used up, spending limit reached, subscription disabled -> billing. The "
            "notice sets an explicit action date ('If you don't upgrade by 25 December 2026' "
            "data is deleted) -> deadline.", provider="azure"))

S = src("gcp-billing-disabled-30-days", "Issue quoting Google Cloud's e-mail that projects had "
        "been without billing for 30 days and Compute Engine resources would be deleted in 7 "
        "days", "https://github.com/XX-net/XX-Net/issues/2230")
add("034-gcp-billing-disabled-html-only.eml",
    frm=("Google Cloud Billing", "billing-noreply@google.com"), to=TO_BILL,
    subject="Your Google Cloud projects have had billing disabled for 30 days",
    date="2026-10-30 20:05:00 +0000", auth_results=A_GOOGLE,
    html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Google Cloud Billing</title></head>
<body style="margin:0;padding:0;background:#f1f3f4;font-family:Roboto,Arial,sans-serif">
<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 32px 8px 32px"><img src="https://www.gstatic.com/images/branding/product/2x/google_cloud_64dp.png" width="32" height="32" alt="Google Cloud"></td></tr>
<tr><td style="padding:0 32px;font-size:22px;color:#202124">Billing has been disabled on your projects for 30 days</td></tr>
<tr><td style="padding:16px 32px;font-size:14px;line-height:22px;color:#3c4043">
<p>Hello,</p>
<p>The following Google Cloud projects have not been linked to an active Cloud Billing account for more than 30 days:</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f8f9fa"><th align="left">Project name</th><th align="left">Project ID</th><th align="left">Project number</th></tr>
<tr><td>ML Sandbox</td><td>ml-sandbox-7</td><td>582013947761</td></tr>
<tr><td>Demo Store</td><td>demo-store-2025</td><td>610477293058</td></tr>
</table>
<p>Compute Engine resources can only be kept in a project that has an active billing account. The VM instances, persistent disks, snapshots and images in these projects may be deleted from <b>7 days</b> after the date of this message.</p>
<p>Your projects stay in place, and products that don't run on Compute Engine keep working.</p>
<p>To keep the resources, link the projects to an active billing account <b>within 7 days</b>. Deleted resources cannot be restored.</p>
<p style="margin:24px 0"><a href="https://console.cloud.google.com/billing/projects" style="background:#1a73e8;color:#ffffff;padding:10px 24px;border-radius:4px;text-decoration:none">Manage billing for projects</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#5f6368;border-top:1px solid #dadce0">
You received this mandatory service announcement because you are a billing administrator or project owner.<br>
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr>
</table>
</body></html>
""",
    relative=True,
    label=L("billing", ["google-cloud:Cloud Billing", "google-cloud:Compute Engine"], [], [],
            "2026-11-06", "verified", False, S,
            "HTML-only Cloud Billing notice: projects without billing for 30 days, Compute Engine "
            "resources deleted in 7 days unless billing is re-linked -> billing with an explicit "
            "action date. 'within 7 days' of 2026-10-30 -> 2026-11-06. Two 12-digit project "
            "numbers are declared traps.", traps=["582013947761", "610477293058"],
            provider="google-cloud"))

S = src("ms-payment-phish-ja", "Japanese blog post on a fake Microsoft 'Action Required: Update "
        "your payment information now' subscription mail (card number that does not match, no "
        "balance due)", "https://systemkomaco.net/ms/?p=2909")
add("035-phish-azure-payment-update-ja.eml",
    frm=("Microsoft Azure", "billing@azure-jp-payments.com"), to=TO_JA,
    subject="【Microsoft Azure】お支払い情報の更新が必要です - サブスクリプションが停止されます",
    date="2026-11-20 00:42:17 +0000",
    auth_results=base.auth(domain="azure-jp-payments.com", mailfrom="azure-jp-payments.com",
                           dkim="none", spf="softfail", dmarc="fail", mx="mx.example.co.jp"),
    charset="utf-8", cte="base64", lang="ja",
    body="""\
Microsoft Azure

お客様各位

ご登録のクレジットカード（末尾 4417）で、Azure サブスクリプションの
ご利用料金 ¥48,260 のお支払いを処理できませんでした。

2026年11月22日までにお支払い情報を更新いただけない場合、
サブスクリプションは停止され、仮想マシンやデータベースなどすべての
リソースが削除されます。

下記のリンクから、お支払い情報を今すぐ更新してください。
https://azure-billing-update.jp-secure-portal.com/payment?sid=AZ48260

※ このメールは送信専用です。ご返信いただいてもお答えできません。

Microsoft Corporation
""",
    label=L("billing", ["azure:Cost Management + Billing"], [], [], "2026-11-22", "suspicious",
            False, S,
            "Look-alike sender azure-jp-payments.com (DMARC fail), payment link to a foreign "
            "domain, threat to delete everything -> phishing imitating Microsoft Azure in "
            "Japanese. Claimed content: failed payment -> billing, suspicious; lure date "
            "2026年11月22日 -> deadline.", provider="azure"))


# ==========================================================================
# INFORMATIONAL AND ADVISORY (036-040)
# ==========================================================================

S = src("do-sfo3-network-postmortem", "DigitalOcean status page postmortem of a network "
        "connectivity incident caused by scheduled maintenance (summary, details, timeline, "
        "follow-up actions)", "https://status.digitalocean.com/incidents/rj8pskv1j5n8")
add("036-do-incident-postmortem-nyc3.eml",
    frm=("DigitalOcean Status", "status@digitalocean.com"), to=TO_OPS,
    subject="[DigitalOcean] Postmortem: Network Connectivity in NYC3",
    date="2026-10-08 21:30:00 +0000", auth_results=A_DO,
    body="""\
DigitalOcean Status - Incident Report

Network Connectivity in NYC3
Postmortem

Incident summary
On October 6, 2026, from 09:48 to 11:02 UTC, Regional Load Balancers,
DigitalOcean Kubernetes (DOKS) clusters and App Platform apps in the NYC3
region lost part of their network connectivity. Droplets that were not
behind a load balancer were not affected.

What happened
During planned work to replace two aggregation switches, a route filter on
one of the new switches still carried its factory configuration. Traffic for
load balancer addresses that was moved to the new path was dropped instead
of forwarded. Our engineers rolled the traffic back to the old path at 10:41
UTC and corrected the filter; all services were confirmed healthy at 11:02
UTC.

Timeline (UTC, October 6)
  09:30  Planned switch replacement starts
  09:48  Load balancer health checks start failing in NYC3
  10:05  Incident declared
  10:41  Traffic rolled back to the previous path
  11:02  All services operational, incident resolved

What we are changing
  - Configuration of new network devices is now checked against the
    production template before they carry traffic.
  - Maintenance that moves load balancer traffic is done in smaller steps,
    with automatic rollback when health checks fail.

No action is required from you. If you were affected and believe you are
eligible for an SLA credit, open a support ticket within 30 days.

You are receiving this e-mail because you subscribed to updates for this
incident on status.digitalocean.com.
""",
    label=L("informational",
            ["digitalocean:App Platform", "digitalocean:Kubernetes", "digitalocean:Load Balancers"],
            [], ["nyc3"], None, "verified", False, S,
            "Postmortem of a resolved incident, 'No action is required' -> informational, null "
            "(the optional 30-day SLA-credit window is not an action date). The incident and "
            "region are ours, modelled on the public postmortem.", provider="digitalocean"))

S = src("lambda-java-al2023-roadmap", "AWS Lambda roadmap issue on Java 8, 11 and 17 managed "
        "runtimes on Amazon Linux 2023 after the Amazon Linux 2 end of life, closed with the "
        "July 2026 launch", "https://github.com/aws/aws-lambda-roadmap/issues/86")
add("037-lambda-java-al2023-launch.eml",
    frm=AWS_MARKETING, to=TO_DEV,
    subject="Now available: Java 8, 11 and 17 runtimes on Amazon Linux 2023 for AWS Lambda",
    date="2026-09-09 16:00:00 +0000", auth_results=A_AMAZON,
    body="""\
AWS Lambda

Java 8, 11 and 17 now run on Amazon Linux 2023

Amazon Linux 2 reached end of life on June 30, 2026. Since July 2026, AWS
Lambda offers the Java 8, Java 11 and Java 17 runtimes on Amazon Linux 2023
as well, so functions that cannot move to Java 21 or 25 yet can leave
Amazon Linux 2 without changing the Java version.

What you get
  - Current Amazon Linux 2023 packages, including OpenSSL 3 and glibc 2.34.
  - The same Java versions and handler model as before; most functions
    only need a new deployment with the new runtime identifier.
  - Availability in all commercial AWS Regions and in AWS GovCloud (US).

Dates to note
  - October 7, 2026: live webinar "Moving Java functions off Amazon Linux 2"
    (register on the AWS Events page).
  - The Amazon Linux 2 based Java runtimes keep the deprecation dates
    published in the Lambda documentation; this launch does not change them.

Learn more in the AWS Lambda Developer Guide, section "Lambda runtimes".

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
To stop receiving these e-mails, update your communication preferences.
""",
    label=L("informational", ["LAMBDA"], [], [], None, "verified", False, S,
            "Launch announcement with dates (past end of life, July launch, a webinar on "
            "October 7, 2026) -> informational, null; nothing must be done by a date. No "
            "account, no regions (all commercial Regions)."))

S = src("classmethod-support-plan-change", "Japanese blog post on changing the AWS Support plan "
        "of a personal account (Business plan price, confirmation dialog, credits applied)",
        "https://dev.classmethod.jp/articles/change-aws-support-plan/")
add("038-support-plan-change-confirmation-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA,
    subject="AWS サポートプランの変更を承りました",
    date="2026-10-20 04:00:00 +0000", auth_results=A_AMAZON_JA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
お客様

AWS アカウント 602198437150 のサポートプランの変更を承りましたので、
お知らせいたします。

  変更前のプラン   ビジネスサポート
  変更後のプラン   デベロッパーサポート
  受付日時         2026年10月20日 12時58分（日本時間）

変更は受付と同時に反映されています。ビジネスサポートには最低 1 か月の
ご利用期間があるため、2026年10月分は、ビジネスサポートの料金が
日割りではなく月額で請求されます。2026年11月分からは、デベロッパー
サポートの料金が適用されます。

AWS Trusted Advisor のすべてのチェックや、24 時間体制の電話・チャット
サポートなど、ビジネスサポートの機能は本日からご利用いただけなくなり
ました。作成済みのサポートケースは引き続き参照できます。

この変更にお心当たりがない場合は、サポートセンターの「アカウントと
請求」からお問い合わせください。

%s
""" % JA_FOOTER,
    label=L("informational", ["SUPPORT"], ["602198437150"], [], None, "verified", False, S,
            "Japanese confirmation of a support plan downgrade the customer made -> "
            "informational, null. The billing remarks (October charged monthly, new price from "
            "November) set no action date."))

S = src("azure-omi-patch-now", "Blog post urging Azure customers to patch the OMI agent that "
        "Azure extensions install silently on Linux VMs (OMIGOD vulnerabilities)",
        "https://cloudficient.com/blog/azure-virtual-machines-patch-them-now")
_p39 = ["Microsoft is aware of a vulnerability in Open Management Infrastructure (OMI), the "
        "agent that some Azure services install on Linux virtual machines without a separate "
        "step from you (for example Azure Automation Update Management, Azure Automation State "
        "Configuration and the Log Analytics agent).",
        "CVE-2026-30177 lets an attacker who can reach the OMI HTTPS port send unauthenticated "
        "requests and run commands as root. The port is not open to the internet by default, "
        "but it can be reached from other machines in the same virtual network.",
        "OMI version 1.9.4-0 fixes the vulnerability. Extensions that have automatic upgrade "
        "turned on are being updated now. We recommend that you check the OMI version on the "
        "virtual machines listed below, update it where needed, and keep ports 5985, 5986 and "
        "1270 closed in your network security groups.",
        "Virtual machines in your subscription Contoso-Prod that still report an older OMI "
        "version:",
        "vm-batch-01 (East US, eastus) - OMI 1.8.1-0",
        "vm-batch-02 (East US, eastus) - OMI 1.8.1-0",
        "vm-ingest-jpe (Japan East, japaneast) - OMI 1.9.1-0"]
add("039-azure-security-advisory-omi.eml",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to=TO_SEC,
    subject="Azure security advisory: update the OMI agent on your Linux virtual machines",
    date="2026-11-10 18:00:00 +0000", auth_results=A_MSFT,
    body="Microsoft Azure - Security advisory\n\n" + "\n\n".join(_p39) + """

Read the full advisory in Azure Service Health > Security advisories
(Tracking ID: 3TQ8-KZ0).

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Azure security advisory</title></head>
<body style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#201f1e">
<p style="font-size:13px;color:#605e5c">Microsoft Azure - Security advisory</p>
<h2 style="font-weight:normal">Update the OMI agent on your Linux virtual machines</h2>
%s
<p>Read the full advisory in Azure Service Health &gt; Security advisories (Tracking ID: 3TQ8-KZ0).</p>
<p style="font-size:11px;color:#605e5c">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>
""" % "\n".join("<p>%s</p>" % _esc(p) for p in _p39),
    label=L("security-advisory", ["azure:Virtual Machines"], [], ["eastus", "japaneast"], None,
            "verified", False, S,
            "Security advisory: a vulnerability in an agent on the customer's VMs, Microsoft "
            "updates it where it can and recommends checking -> security-advisory, null (no "
            "required date). Regions of the listed VMs. The CVE and versions are fictional.",
            provider="azure"))

S = src("oracle-upgrade-free-promotion", "Oracle Cloud guide on upgrading a free promotion to a "
        "paid account (upgrade within seven days of the promotion's expiry, confirmation mail "
        "with the plan details)",
        "https://docs.oracle.com/en/cloud/get-started/subscriptions-cloud/csgsg/upgrading-your-"
        "free-oracle-cloud-promotion.html")
add("040-oracle-cloud-upgraded-confirmation.eml",
    frm=("Oracle Cloud", "oraclecloudadmin_ww@oracle.com"),
    to=("Field Labs Admin", "admin@fieldlabs.example"),
    subject="Your Oracle Cloud account has been upgraded to Pay As You Go",
    date="2026-11-25 13:30:00 +0000", auth_results=A_ORACLE,
    body="""\
Oracle Cloud

Your account has been upgraded

Thank you for choosing Oracle Cloud. The upgrade of your cloud account is
complete.

  Cloud account:   fieldlabs
  Home region:     Japan East (Tokyo), ap-tokyo-1
  Plan:            Pay As You Go
  Upgraded on:     November 25, 2026
  Payment method:  Visa ending in 3052

What this means for you
  - Your free trial credits ended on November 24, 2026. Resources you
    created during the trial keep running and are now billed at the Pay As
    You Go rates.
  - Always Free resources remain free and are no longer reclaimed for
    inactivity.
  - Usage is billed monthly in arrears. Your first invoice, for usage from
    November 25, 2026, will be issued in early January 2027.

You can review usage and costs at any time under Billing & Cost Management
in the Console.

Oracle Cloud Infrastructure
Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
""",
    label=L("informational", ["oracle-cloud:Billing and Cost Management"], [], [], None,
            "verified", False, S,
            "Confirmation that the customer's own upgrade is complete -> informational, null "
            "(invoice timing is not an action date). The home region identifies the account, "
            "not an affected resource -> regions [].", provider="oracle-cloud"))


# ==========================================================================
# writing and checking
# ==========================================================================

MARKER_RE = re.compile(r"action\s+required|action\s+needed|\[action|要対応|対応が必要|ご対応ください",
                       re.I)
CRITICAL_WORDS_RE = re.compile(
    r"abuse|compromis|suspend|leak|expos|malware|malicious|phish|unauthori|suspicious|"
    r"disabled|attack|flood|spam|infring|copyright|reverse shell|漏えい|漏洩|不正|停止|緊急|迷惑",
    re.I)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def _date_forms(iso):
    """Ways a date is written in these notices."""
    d = _dt.date.fromisoformat(iso)
    m, m3 = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return [iso, "%s %d, %d" % (m, d.day, d.year), "%s %d, %d" % (m3, d.day, d.year),
            "%d %s %d" % (d.day, m, d.year), "%d %s %d" % (d.day, m3, d.year),
            "%d年%d月%d日" % (d.year, d.month, d.day)]


def _own_checks(spec, msg, text):
    """The checks this batch adds to the shared ones (see the module docstring)."""
    errors = []
    lab = spec["label"]
    text = re.sub(r"\s+", " ", text)
    sent = email.utils.parsedate_to_datetime(msg["Date"]).date()
    if lab["deadline"] and not spec["relative"]:
        if not any(f in text for f in _date_forms(lab["deadline"])):
            errors.append("deadline %s is not written in the text" % lab["deadline"])
    for t in spec["timeline"]:
        if not any(f in text for f in _date_forms(t)):
            errors.append("timeline date %s is not written in the text" % t)
        if _dt.date.fromisoformat(t) <= sent:
            errors.append("timeline date %s is not after the Date header" % t)
    if spec["body_only"]:
        if lab["category"] not in common.CRITICAL:
            errors.append("body_only set on a non-critical notice")
        if CRITICAL_WORDS_RE.search(str(msg["Subject"])):
            errors.append("body_only notice names the critical fact in its subject")
    if lab["trust"] == "suspicious" and not (spec["auth_results"] and re.search(
            r"=(fail|softfail|none)\b", spec["auth_results"])):
        errors.append("phish without a failing or missing authentication result")
    if spec["forwarded"] == "rfc822" and not list(common.walk_rfc822(msg)):
        errors.append("forwarded as rfc822 but no message/rfc822 part")
    if spec["forwarded"] == "inline" and "Forwarded message" not in text:
        errors.append("forwarded inline but no forwarded block")
    return errors


def _batch_errors(labels):
    """The mix this batch promises."""
    return BATCH.mix_errors(
        labels, marker_re=MARKER_RE,
        exact={"notices": 40, "critical": 12, "action-required": 12, "maintenance": 5,
               "pricing": 3, "billing": 3, "informational+advisory": 5, "phishing": 3},
        at_least={"body-only": 5, "timeline": 5, "japanese": 6, "other-provider": 10,
                  "inline-forward": 1, "rfc822-forward": 1, "html-only": 1},
        at_most={"marked": 3})


def main():
    BATCH.write_checked(build=base.build, readme=README, senders=PROVIDER_DOMAINS,
                        extra=[_own_checks], batch_errors=_batch_errors)


README = """\
# aws-wording-5: more notices in new wording (AWS and ten other providers)

%(n)d notices (`NNN-short-name.eml`) with labels in `labels.json` (paths relative to the
parent `corpus/` folder). Everything here is written by `generate.py` (standard library only,
deterministic):

    python3 Tests/Fixtures/Resources/corpus/aws-wording-5/generate.py

The script imports the MIME helpers and `auth()` from the parent `generate.py`, and the
per-message checks, label constructor and Health/SNS/forwarding helpers from
`../aws-wording-4/generate.py` (importing it builds that batch's messages in memory and writes
nothing). It rewrites the `.eml` files, `labels.json` and this README, parses every file back
and checks the labels against the decoded text: aws-wording-4's checks (account IDs present,
other 12-digit runs declared as traps, regions present as code or name, Date within
2026-09-01..2026-11-30, no deadline before the Date, no 12-digit run in a Message-ID, verified
mail from the provider's own domain with passing authentication, AWS services are `id`s of
`Sources/DigestClassify/Resources/services.json`, other providers' services carry the
`<provider>:` prefix), and its own: every deadline that is not relative and every timeline date
is written in the text and lies after the Date, 'body only' critical notices have no critical
word in the subject, phish fail or lack authentication, at most three action-required subjects
(phish included) carry an [Action Required]-style marker, the batch mix below holds, and no
source is used twice or by an earlier batch (labels, notes, READMEs and generate.py files of
the other folders). It exits 1 on a mismatch. Edit the script, not the files.

All labels were decided by reading the messages; the classifier was neither run nor read.
Wording is our own; shapes (subjects, senders, structure, date kinds, account and region
notation) follow the public pages listed under Sources. Account IDs, case, ticket and resource
IDs, prices and many 2026-2027 changes are invented for the autumn-2026 setting (for example
the WorkMail stop for new mailboxes, the AWS Config tiers, the S3 cipher-suite removal, the
Cloud Resource Manager v1beta1 turndown, the end of OCI Data Integration, the Azure MySQL
rotation dates, the Sakura prices, the OMI CVE). Real dates kept where public: Amazon WorkMail
support ends March 31, 2027; Lambda python3.11 is deprecated June 30, 2027 (create blocked July
31, update August 31, 2027); the X-Ray SDKs and daemon entered maintenance mode February 25,
2026 and reach end of support February 25, 2027; Ubicloud raised Germany and Finland prices for
new deployments on September 1, 2026.

## Deadline rule used

The product owner's rule governs: the deadline is the date the reader must act by; when the
subject names the date of an event (end of support, retirement, a change taking effect), that
date; an earlier restriction (no new creation/purchases from a date) is not the deadline
unless the reader's action is tied to it; a later consequence (automatic upgrade, extra
charges, deletion after the end) is not the deadline; with no act-by date and no subject date,
the date the change takes effect; relative deadlines ('within 24 hours', '5 business days',
'5日以内') are resolved from the Date header; null for informational, billing and
security-advisory notices unless they set an explicit action date; for phishing, the date the
lure claims.

## What is in the batch

- Critical (%(crit)d; %(body_only)d of them with the critical fact only in the body). Abuse: a
  phishing page on AWS Amplify Hosting reported to Trust & Safety (001); an SES suspension
  announced in the reply to a quota case (002, 'RE: [CASE ...]'); SMS pumping that sends the
  account back to the SMS sandbox, under 'Update regarding your AWS account ...' (003); a
  copyright complaint forwarded by Cloudflare (004); a Japanese Sakura Internet notice about a
  spam script on a shared server, permissions set to 000 (005); a Heroku account suspended for
  an AUP violation (006); a DigitalOcean 'Re: ... Thank you for your submission' ticket that
  turns out to be an outgoing SYN flood with networking disabled (007). Security incidents: a
  leaked Alibaba Cloud AccessKey in Japanese (008); a GuardDuty Runtime Monitoring reverse
  shell as raw EventBridge JSON in an SNS 'AWS Notification Message', forwarded inline (009);
  an OCI Cloud Guard problem as event JSON under an event-type subject (010); a Defender for
  Storage malware alert (011); a DigitalOcean 'Account Ref:' phish (012).
- Action required: WorkMail end of support as an AWS Health event (013); Lambda python3.11 in
  Japanese with three dates (014); 'Action required:' Azure MySQL root certificates (015);
  Google OAuth app verification (016); a Japanese Alibaba Cloud renewal notice (017);
  '[Action Required]' Cloud Resource Manager v1beta1 turndown with error-injection windows
  (018); hedged S3 TLS cipher-suite retirement with brownouts (019); '【要対応】' X-Ray SDK and
  daemon end of support in ISO-2022-JP (020); an OCI end-of-life announcement with three dates
  (021); a Cloudflare for SaaS hostname pending validation (022); an AWS Marketplace private
  offer agreement ending (023); a root-MFA re-verification phish (024).
- Maintenance: Memorystore 'Upcoming maintenance for your Cloud Memorystore instance [...]'
  (025), a Linode host upgrade with a power-off policy (026), a DocumentDB required system
  update forwarded as message/rfc822 (027), a Japanese Sakura Cloud host maintenance (028), an
  Azure MySQL flexible server scheduled maintenance (029).
- Pricing: AWS Config tiers (030), a Japanese Sakura rental server price revision (031), a
  Ubicloud price adjustment (032). Billing: an Azure free account at its spending limit (033),
  an HTML-only Google Cloud notice about projects without billing for 30 days (034), a
  Japanese Azure payment phish (035).
- Informational: a DigitalOcean incident postmortem (036), the Lambda Java runtimes on Amazon
  Linux 2023 launch with dates (037), a Japanese AWS support plan change confirmation (038), an
  Oracle Cloud upgrade confirmation (040); security advisory: the OMI agent on Azure Linux VMs
  (039, multipart).
- Providers: %(prov)s.
- Senders: trustandsafety@support.aws.com, no-reply-aws@amazon.com (plain, Support case and
  Japanese notices), health@aws.com (managed notifications, multipart with awstrack.me links),
  aws-marketing-email-replies@amazon.com, no-reply@marketplace.aws, SNS (inside a forward);
  abuse-notifications@cloudflare.com, noreply@notify.cloudflare.com, support@sakura.ad.jp,
  cloud-info@sakura.ad.jp, info@sakura.ad.jp, noreply@heroku.com,
  support@support.digitalocean.com, status@digitalocean.com,
  no-reply@notice.alibabacloud.com, an OCI Notifications address, noreply-announcements@ and
  oraclecloudadmin_ww@oracle.com, azure-noreply@microsoft.com,
  api-oauth-dev-verification-reply@, CloudPlatform-noreply@, noreply-maintenance@ and
  billing-noreply@google.com, support@linode.com, support@ubicloud.com; two colleagues; three
  look-alike domains for the phish.
- Encodings: us-ascii 7bit, UTF-8 quoted-printable and base64, ISO-2022-JP (020), HTML only
  (034), multipart/alternative (013, 039, the Health notice inside 027), multipart/mixed with
  message/rfc822 (027). Languages: %(en)d English, %(ja)d Japanese.
- Traps: 12-digit Google project numbers (016 inside an OAuth client ID, 018, 034) and a
  12-digit Sakura server ID (028), all declared; an account only in dashed form (003); a
  16-digit Alibaba UID written in groups (008); 11-digit report and case numbers; Linode's
  region id eu-central next to nothing AWS (026); Ubicloud location codes (032); a price-example
  Region (030); earlier restrictions before the deadline (013, 021), error-injection windows
  and brownouts (018, 019), later consequences (006, 014, 017, 021, 023); an SLA-credit window
  in an informational mail (036); a home region that is not an affected resource (040); the
  Alibaba Tokyo region code identical to AWS's (017).

## Counts

| category | all | verified | unverified | suspicious |
|---|---|---|---|---|
%(rows)s

Trust: %(ver)d verified, %(unv)d unverified, %(sus)d suspicious.
Reminders: %(rem)d. Messages with a deadline: %(dl)d.

## Labels we were unsure of

- `002` (SES suspension in a case reply): deadline 2026-10-01, the reply-by date for an
  appeal; a reader who accepts the suspension has nothing to do by then, and the rule's
  fallback (the suspension took effect on the Date) would give 2026-09-17.
- `003` (SMS pumping): abuse as 'sending enforcement', although the account is as much a victim
  of bots as an abuser; services `SMS_VOICE` and `SNS` (sent through SNS, sandbox of AWS End
  User Messaging SMS).
- `005`, `028`, `031` (Sakura Internet): service names in Japanese (`さくらのレンタルサーバ`,
  `さくらのクラウド`), the products' official names; Sakura Cloud's zone code `is1b` used as the
  region.
- `006` (Heroku): deadline the reply-by date for an appeal (October 24); the deletion on
  November 9 is a later consequence.
- `007` (DigitalOcean ticket): no act-by date; deadline 2026-10-01, the day networking was
  disabled (the Date), by the fallback rule; null would also be defensible.
- `008`, `009`, `010`, `011` (incidents without a date): null, as earlier batches label
  incidents with no act-by date, although the rule's fallback could point at the detection
  day.
- `009` (GuardDuty runtime finding): services `EKS` only, not `GUARDDUTY` (the reporter) or
  `EC2` (the node).
- `016` (OAuth verification): google-cloud is the provider although the mail is about Google
  user data; `google-cloud:Google Auth Platform` is the current console name of the OAuth
  consent screen.
- `018` (v1beta1 turndown) and `019` (S3 ciphers): the first is labelled with the turndown,
  the second with the first brownout, because 019 ties the requested update to that date and
  018 does not.
- `022` (Cloudflare for SaaS): action-required, although the action falls to the platform's
  customer who owns the hostname.
- `023` (Marketplace agreement ending): action-required (a renewal); billing would also fit.
- `027` (DocumentDB, forwarded): deadline October 20, 2026, the auto-apply date; the update
  lands in the first window after it (Tuesday 20 October 03:00 UTC) and is forced by November
  3.
- `030` (AWS Config): pricing with the effective date although the notice says nothing needs
  to be done.
- `033` (Azure spending limit): billing with the explicit upgrade-by date (25 December 2026)
  as deadline.
- `036` (postmortem): informational with null although it mentions a 30-day window to ask for
  SLA credits.
- `040` (Oracle upgrade confirmation): informational rather than billing; it confirms the
  customer's own upgrade and names no action date.
- Service names chosen by us for other providers: `cloudflare:CDN`, `cloudflare:Cloudflare for
  SaaS`, `heroku:Dynos`, `digitalocean:Droplets`, `digitalocean:App Platform`,
  `digitalocean:Load Balancers`, `alibaba-cloud:Resource Access Management`,
  `alibaba-cloud:Security Center`, `oracle-cloud:Cloud Guard`, `oracle-cloud:Identity and
  Access Management`, `oracle-cloud:Data Integration`, `oracle-cloud:Billing and Cost
  Management`, `azure:Azure Blob Storage`, `azure:Azure Database for MySQL flexible server`,
  `google-cloud:Google Auth Platform`, `google-cloud:Resource Manager`,
  `google-cloud:Memorystore for Redis`, `linode:Compute Instances`, `ubicloud:Virtual
  Machines`, `ubicloud:Managed PostgreSQL`.

## Sources read (shapes and facts, never copied)

%(sources)s
"""


if __name__ == "__main__":
    main()
