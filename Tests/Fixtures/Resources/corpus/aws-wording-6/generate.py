#!/usr/bin/env python3
"""Generate the `aws-wording-6` batch of the labelled notice corpus.

Standard library only, deterministic. Run from anywhere:

    python3 Tests/Fixtures/Resources/corpus/aws-wording-6/generate.py

40 cloud-provider notices in wording the earlier batches do not use: fourteen
critical notices (abuse and security incidents), eleven of them under a bland
subject ('Important information about your ... project', 'Linode Support
Ticket 21874305', 'RE: Case ...', 'FW: AWS Notification Message', a Japanese
'ご契約サービスに関するご連絡') with the critical fact said only in the body
and in roundabout words; ten action-required notices (two with an [Action
Required]-style marker, one a final reminder, one forwarded inline), four
maintenance, three pricing, three billing, four informational notices (an
incident review, a warning about phishing mails in the provider's name, an
outage summary, a tooling change with a date in it) and two security
advisories; AWS, Google Cloud, Azure, DigitalOcean, Hetzner, Heroku,
Cloudflare, Linode, Vercel, Fastly, IBM, OVHcloud, Scaleway and the Japanese
providers IIJ, SAKURA internet, Xserver, Fujitsu, ConoHa and Clara Online; ten
Japanese notices, two forwards, two HTML-only mails and two phishing mails.

Every message is written in our own words after the shape of a real, public
notice (the `source` of each label).  Each label was decided by reading the
message; the project's classifier was neither run nor read.

Writing the files, labels.json and README.md, the per-message checks and the
source bookkeeping are shared with the other batches (corpus_common.py, with
the options aws-wording-4 and -5 use: sender domains, catalogue services,
sources used by no earlier batch, generate.py files included); so are the
message fields these checks read, the counting of the promised mix and main()
(corpus_common.WordingBatch) and the loading of the sibling batches'
generate.py (corpus_common.load_sibling).  The label
constructor and the Health/SNS helpers come from ../aws-wording-4/generate.py,
the per-message checks of aws-wording-5 (deadline and timeline dates written in
the text and after the Date, 'body only' subjects, failing authentication of
phish, forwards) from ../aws-wording-5/generate.py; importing either builds its
messages in memory and writes nothing.  MIME building and Authentication-Results
come from the parent folder's generate.py.  On top of those this script checks
that a 'body only' critical notice keeps the stock words ('compromised', 'abuse
report', 'exposed') out of its text and a wider list of critical words out of
its subject, that relative deadlines match the Date header, and that the mix
the batch promises holds.  It exits 1 on any mismatch.
"""
import datetime as _dt
import email.utils
import functools
import json
import os
import re
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ in the corpus or sibling folders
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_common as common        # noqa: E402  (labels, writing and checking)
import generate as base               # noqa: E402  (MIME helpers)
from generate import TO_BILL, TO_JA, TO_OPS, TO_ROOT, TO_SEC  # noqa: E402
from corpus_common import fwd_block, health_arn  # noqa: E402

w4 = common.load_sibling("aws-wording-4")
w5 = common.load_sibling("aws-wording-5")

# Providers of this batch; w4.L() checks a label's provider against this dictionary and
# the sender check reads the sending domains from it.
PROVIDER_DOMAINS = w4.PROVIDER_DOMAINS
for _p, _d in [("sakura-internet", ("sakura.ad.jp",)), ("vercel", ("vercel.com",)),
               ("iij", ("iij.ad.jp",)), ("scaleway", ("scaleway.com",)),
               ("xserver", ("xserver.ne.jp",)), ("fujitsu", ("fujitsu.com",)),
               ("fastly", ("fastly.com",)), ("conoha", ("conoha.jp",)),
               ("ibm-cloud", ("ibm.com",)), ("clara-online", ("clara.jp",))]:
    PROVIDER_DOMAINS.setdefault(_p, _d)

L = w4.L                       # label constructor (category, services, accounts, regions, ...)
_esc = common.esc
AWS_FOOTER = w4.AWS_FOOTER
SUPPORT_FOOTER = w4.SUPPORT_FOOTER

PREFIX = "0100019f"            # SES message-id prefix of this batch
# add(name, timeline=, relative=, body_only=, forwarded=, **fields): see common.WordingBatch.add
BATCH = common.WordingBatch(__file__, PREFIX)
MSGS, SRC = BATCH.msgs, BATCH.sources
add, inner, src = BATCH.add, BATCH.inner, BATCH.src


def awstrack(host, target, seed, n=712):
    """A link wrapped by the SES click tracker (awstrack.me), this batch's prefix."""
    return common.tracked_link(host, target, seed, n, PREFIX)


UN_FOOT_TEXT = """\
--
This message was created by AWS Health and sent by AWS User Notifications to
the contacts registered for this AWS account. You can change which managed
notifications you receive in the Console Notifications Center:
https://console.aws.amazon.com/notifications/home#/managed-notifications
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""

UN_FOOT_TEXT_JA = """\
--
この通知は AWS Health によって作成され、AWS User Notifications から
AWS アカウントの連絡先に送信されています。受信するマネージド通知は
コンソール通知センターで変更できます。
https://console.aws.amazon.com/notifications/home#/managed-notifications
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""

un_text = functools.partial(common.un_text, details="Event details",
                            dashboard="Open the event in the AWS Health Dashboard:",
                            footer=UN_FOOT_TEXT)
un_text_ja = functools.partial(common.un_text, details="イベントの詳細",
                               dashboard="AWS Health ダッシュボードでイベントを開く:",
                               footer=UN_FOOT_TEXT_JA)
un_html = functools.partial(
    common.un_html, link=awstrack,
    foot="This message was created by AWS Health and sent by AWS User Notifications.")
un_html_ja = functools.partial(
    common.un_html, link=awstrack, lang="ja",
    foot="この通知は AWS Health によって作成され、AWS User Notifications から送信されています。")

# --------------------------------------------------------------------------
# senders and authentication results
# --------------------------------------------------------------------------

AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_NOREPLY_JA = ("アマゾン ウェブ サービス", "no-reply-aws@amazon.com")
AWS_SUPPORT = ("Amazon Web Services Support", "no-reply-aws@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
AWS_SNS = ("AWS Notifications", "no-reply@sns.amazonaws.com")

A_AMAZON = base.auth(domain="amazon.com", mailfrom="amazonses.com")
A_AMAZON_JA = base.auth(domain="amazon.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_HEALTH = base.auth(domain="aws.com", mailfrom="amazonses.com")
A_HEALTH_JA = base.auth(domain="aws.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_SNS = base.auth(domain="sns.amazonaws.com", mailfrom="amazonses.com", mx="mx.example.de")
A_GOOGLE = base.auth(domain="google.com", mailfrom="scoutcamp.bounces.google.com")
A_MSFT = base.auth(domain="microsoft.com", mailfrom="microsoft.com")
A_MSFT_SUPPORT = base.auth(domain="mail.support.microsoft.com",
                           mailfrom="mail.support.microsoft.com")
A_DO = base.auth(domain="digitalocean.com", mailfrom="mail.digitalocean.com")
A_LINODE = base.auth(domain="linode.com", mailfrom="linode.com")
A_HETZNER = base.auth(domain="hetzner.com", mailfrom="hetzner.com", mx="mx.example.de")
A_HEROKU = base.auth(domain="heroku.com", mailfrom="bounces.heroku.com")
A_CF_NOTIFY = base.auth(domain="notify.cloudflare.com", mailfrom="notify.cloudflare.com")
A_CLOUDFLARE = base.auth(domain="cloudflare.com", mailfrom="cloudflare.com")
A_OVH = base.auth(domain="ovhcloud.com", mailfrom="mail.ovhcloud.com", mx="mx.example.fr")
A_VERCEL = base.auth(domain="vercel.com", mailfrom="mail.vercel.com")
A_SCALEWAY = base.auth(domain="scaleway.com", mailfrom="scaleway.com", mx="mx.example.fr")
A_FASTLY = base.auth(domain="fastly.com", mailfrom="fastly.com")
A_IBM = base.auth(domain="ibm.com", mailfrom="ibm.com")
A_IIJ = base.auth(domain="iij.ad.jp", mailfrom="iij.ad.jp", mx="mx.example.co.jp")
A_SAKURA = base.auth(domain="sakura.ad.jp", mailfrom="sakura.ad.jp", mx="mx.example.co.jp")
A_XSERVER = base.auth(domain="xserver.ne.jp", mailfrom="xserver.ne.jp", mx="mx.example.co.jp")
A_FUJITSU = base.auth(domain="fujitsu.com", mailfrom="fujitsu.com", mx="mx.example.co.jp")
A_CONOHA = base.auth(domain="conoha.jp", mailfrom="conoha.jp", mx="mx.example.co.jp")
A_CLARA = base.auth(domain="clara.jp", mailfrom="clara.jp", mx="mx.example.co.jp")

TO_DEV = ("Platform Engineering", "platform@example.com")
TO_WEB = ("Web Team", "web@example.net")
TO_JA3 = "sysadmin@example.ne.jp"


# ==========================================================================
# CRITICAL: ABUSE AND SECURITY INCIDENTS (001-014)
# ==========================================================================

S = src("gcp-mining-suspension-omr", "Issue by a user whose Google Cloud VM was suspended twice "
        "after Google's e-mail said it had been used for cryptocurrency mining against the Terms "
        "of Service, and whose appeal for evidence was refused",
        "https://github.com/Ysurac/openmptcprouter/issues/2344")
add("001-gcp-project-mining-bland-subject.eml",
    frm=("Google Cloud", "google-cloud-compliance@google.com"),
    to=("Research Computing", "rc-admins@example.edu"),
    subject="Important information about your Google Cloud project harbor-analytics "
            "(id: harbor-analytics-31877)",
    date="2026-09-03 19:22:48 +0000", auth_results=A_GOOGLE,
    body="""\
Dear Developer,

Our systems found that a virtual machine in your Google Cloud project
harbor-analytics (id: harbor-analytics-31877) was used to mine
cryptocurrency. Mining without our prior approval is not allowed by the
Google Cloud Platform Terms of Service, and we have therefore suspended the
project resources that showed this behaviour.

  Source IP:        34.71.208.19
  VM ID and zone:   7301925584461937105 (us-central1-b)
  Contacted:        146.59.212.88, port 3333 (a public mining pool)
  Time window:      2026-09-03 07:49 to 08:32 (Pacific Time)

Other resources in the project are not affected.

If nobody in your organisation started this, someone else has probably
been running the VM, for example through a weak SSH password or a key that
was shared too widely. Before you ask us to lift the suspension, remove
the VM or rebuild it from a trusted image, check the project's IAM members
and service account keys for entries you do not recognise, and rotate the
credentials that were stored on the machine.

You can then submit an appeal from the Google Cloud console (IAM & Admin >
Settings). Tell us what you found and what you changed. Projects that are
suspended for this reason again may not be reinstated.

Sincerely,
The Google Cloud Platform Trust & Safety Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes or actions concerning your Google Cloud account.
""",
    body_only=True,
    label=L("abuse", ["google-cloud:Compute Engine"], [], ["us-central1-b"], "2026-09-03",
            "verified", False, S,
            "Bland subject ('Important information about your Google Cloud project'); the body "
            "says a VM mined cryptocurrency against the Terms of Service and the resources were "
            "suspended, probably run by someone else -> abuse (enforcement). No act-by date and "
            "no subject date -> the date the suspension took effect (the Date). Zone "
            "us-central1-b of the VM. The 19-digit VM ID holds no 12-digit run.",
            provider="google-cloud"))

S = src("vercel-project-paused-phishing-similarity", "Issue by a developer whose Vercel project "
        "was suspended for similarities to phishing websites and unauthorised use of "
        "intellectual property, with the Safety Team's reply (no details, advice on brand names, "
        "credential forms, privacy policy and terms)",
        "https://github.com/qoomon/smart-life-webapp/issues/289")
add("002-vercel-project-paused-bland-subject.eml",
    frm=("Vercel", "notifications@vercel.com"), to=("Tomas Berg", "tomas@example.dev"),
    subject="An update about your project tidepool-panel",
    date="2026-09-09 22:14:05 +0000", auth_results=A_VERCEL,
    body="""\
Hi Tomas,

We are writing about the project tidepool-panel in your Hobby team
tomas-projects.

During a review, our Safety team found that the production deployment at
tidepool-panel.vercel.app closely resembles sites that trick visitors into
typing the password of a well-known smart-home brand, and that it uses that
brand's name and logo without any sign that you are allowed to. We have
therefore paused the project. Its deployments now return an error page and
new deployments are blocked. The rest of your team is not affected.

For safety reasons we cannot tell you which signals led to this decision.
If the project is your own legitimate product, it helps to:

  - use third-party brand names and logos only where you have the right to,
  - avoid sign-in forms that ask for the credentials of another service,
  - state clearly on the site what it is for and who runs it, with a
    privacy policy, terms of service and a way to contact you.

Once you have made such changes you can ask for the project to be reviewed
again by replying to this e-mail.

Vercel Safety Team
Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
""",
    body_only=True,
    label=L("abuse", ["vercel:Deployments"], [], [], "2026-09-09", "verified", False, S,
            "Bland subject ('An update about your project ...'); the body says the project was "
            "paused because it looks like a credential-stealing copy of a brand's site -> abuse "
            "(enforcement). No act-by date and no date in the subject -> the date the pause "
            "took effect, 2026-09-09 (the Date).", provider="vercel"))

S = src("linode-phishing-site-24h", "Linode community answer on why a Linode hosting a "
        "phishing website is fully restricted when a verified complaint is not resolved within "
        "24 hours (rescue mode, recovering from an intrusion)",
        "https://www.linode.com/community/questions/17866/my-linode-was-hosting-a-phishing-site-"
        "why-was-it-shut-off-after-only-4-hours")
add("003-linode-ticket-number-only.eml",
    frm=("Linode Support", "support@linode.com"), to=("Amir Haddad", "amir@example.org"),
    subject="Linode Support Ticket 21874305",
    date="2026-09-16 14:05:31 +0000", auth_results=A_LINODE,
    body="""\
Hello,

We have received, and confirmed, a complaint about a website served by
your Linode web-legacy-01 (IP 172.104.29.118, Newark, region us-east).
The pages below copy the online-banking sign-in of a US credit union and
send the account number, password and one-time passcode that visitors
type in to an address outside the bank.

  Linode:        web-legacy-01 (ID 48213907)
  Region:        us-east (Newark, NJ)
  Reported URLs: http://172.104.29.118/.well-known/cu-secure/login.php
                 http://172.104.29.118/.well-known/cu-secure/verify.php
  First report:  2026-09-16 09:12 UTC

Pages like these put everyone who visits them at immediate risk, so we
act on them quickly. Please remove the content within 24 hours of this
message, then reply to this ticket and tell us what you found and what you
changed. If the issue is not resolved within that time, we will restrict
all network traffic to and from the Linode.

Content of this kind usually gets onto a server through an outdated web
application or a weak password, without the owner knowing. While the
Linode is restricted you can still reach it through the Lish console or
boot it into Rescue Mode to clean it up.

Regards,
Linode Support
Akamai Technologies, Inc.
""",
    relative="24h", body_only=True,
    label=L("abuse", ["linode:Compute Instances"], [], ["us-east"], "2026-09-17", "verified",
            False, S,
            "Ticket number only as subject; the body reports a verified complaint about pages "
            "that copy a bank's sign-in on the Linode -> abuse. 'within 24 hours' of 2026-09-16 "
            "14:05 UTC -> 2026-09-17; the network restriction is the consequence. Linode region "
            "id us-east (no AWS code).", provider="linode"))

S = src("azure-csp-deactivation-spam", "IT provider's notice relaying Microsoft's warning "
        "that Azure subscriptions seen spamming, hacking, running DDoS attacks, mining or "
        "spreading malware may be deactivated without prior notice",
        "https://www.intelitechs.com/deactivation-of-some-customer-csp-subscriptions/")
add("004-azure-case-reply-subscription-unavailable.eml",
    frm=("Microsoft Support", "support@mail.support.microsoft.com"),
    to=("Karin Vogel", "karin.vogel@example.at"),
    subject="RE: Case 2609220040011873 - Production subscription unavailable",
    date="2026-09-22 17:40:12 +0000", auth_results=A_MSFT_SUPPORT,
    body="""\
Hello Karin,

Thank you for your patience while we looked into why the subscription
Contoso-Prod (3f7a2c19-8e4d-4b61-a0d5-9c2e71f4b803) cannot be used.

Our security team has now given us the background. Over the weekend two
virtual machines in the subscription, vm-mailer-01 and vm-mailer-02 (West
Europe, westeurope), delivered more than 1.8 million messages directly to
outside mail servers on port 25. Most of them advertised counterfeit
medicines and went to recipients who had never asked for them, and several
mail providers reported the addresses of the two machines. Sending of this
kind is not allowed by the Acceptable Use Policy, and the subscription was
deactivated automatically when the finding was confirmed. Your resources
and data have not been deleted.

To have the subscription reactivated, please reply to this case within 3
business days and confirm that:
  1. the mail software on both machines has been stopped or removed, and
     the machines have been checked for accounts or programs you did not
     install;
  2. the credentials used to sign in to the machines have been renewed; and
  3. outgoing mail from the subscription, if you need it, goes through an
     authenticated relay service.

We understand that this has affected your production service and will pass
your answer to the security team as soon as we receive it.

Best regards,
Azure Subscription Management Support
Microsoft Corporation
""",
    relative="3bd", body_only=True,
    label=L("abuse", ["azure:Virtual Machines"], [], ["westeurope"], "2026-09-25", "verified",
            False, S,
            "Bland support-case subject; the body says the subscription was deactivated because "
            "two VMs sent unsolicited bulk mail (Acceptable Use Policy) -> abuse. 'within 3 "
            "business days' of Tuesday 2026-09-22 -> Friday 2026-09-25. Region of the VMs; the "
            "16-digit case number holds no 12-digit run.", provider="azure"))

S = src("do-customer-shutdown-incident", "DigitalOcean blog post on an account locked and powered "
        "down by the anti-fraud automation for suspected cryptocurrency mining (CPU load and "
        "Droplet creation signals, ticket opened automatically, appeal by reply)",
        "https://www.digitalocean.com/blog/an-update-on-last-weeks-customer-shutdown-incident")
add("005-do-account-review-bland-subject.eml",
    frm=("DigitalOcean Support", "support@support.digitalocean.com"),
    to=("Raj Patel", "raj@example.io"),
    subject="[DigitalOcean] Ticket #9482217 - Account review",
    date="2026-09-29 06:12:44 +0000", auth_results=A_DO,
    body="""\
Hello,

This ticket was opened automatically by our platform integrity systems.

Over the past few hours several Droplets on your account ran at full CPU
load without pause, and a batch of new CPU-Optimized Droplets was created
in FRA1 shortly after midnight UTC. Together with signals about the
account itself, this matches the pattern we see when resources are used to
mine cryptocurrency, which our Terms of Service do not allow. As a
precaution we have:

  - powered off the Droplets worker-01 to worker-12 in FRA1, and
  - locked the account, so new resources cannot be created and the API
    tokens of the account do not work for now.

Your data has not been deleted.

If this workload is legitimate, please reply to this ticket within 7 days
and describe what the Droplets run and why they need sustained CPU. A
member of the team will review the account again. If we do not hear from
you within that time, the powered-off Droplets will be destroyed and the
account will stay closed.

Thank you,
DigitalOcean Platform Integrity
""",
    relative="7d", body_only=True,
    label=L("abuse", ["digitalocean:Droplets"], [], ["fra1"], "2026-10-06", "verified", False,
            S,
            "Bland ticket subject ('Account review'); the body says Droplets were powered off and "
            "the account locked for suspected cryptocurrency mining -> abuse (enforcement). "
            "'within 7 days' of 2026-09-29 -> 2026-10-06; destruction of the Droplets is the "
            "consequence. Region FRA1.", provider="digitalocean"))

S = src("hetzner-netscan-hiddify", "Issue quoting Hetzner's NetScan abuse message for a cloud "
        "server (netscan log table, statement requested, server may be blocked after a given "
        "time, abuse ID to keep in the subject)",
        "https://github.com/hiddify/Hiddify-Manager/issues/4485")
add("006-hetzner-abuse-netscan-out.eml",
    frm=("Hetzner Abuse Team", "abuse@hetzner.com"), to=("Nils Andersson", "nils@example.se"),
    subject="Abuse Message [AbuseID:9F31C2:27]: NetscanOutLevel: Netscan detected from "
            "65.108.141.77",
    date="2026-10-07 14:10:06 +0200", auth_results=A_HETZNER,
    body="""\
Dear Mr Nils Andersson,

Our network monitoring indicates that your server has scanned other hosts.
Please find the cause, stop it and take steps so that it does not happen
again.

We also ask you for a short statement: how this could happen and what you
have done about it. If the steps below are not completed, your server can
be blocked at any time after 2026-10-08 16:10:00 +0200.

How to proceed:
  - Solve the issue.
  - Check that the issue is solved with the test link:
    https://abuse.hetzner.com/retries/?token=5b1e0c9a7d3f44e2a86b19cf0d2e7a31
  - Send us your statement with the statement link:
    https://abuse.hetzner.com/statements/?token=5b1e0c9a7d3f44e2a86b19cf0d2e7a31

Server:   CX33 #61708345 "edge-proxy-hel" (Helsinki, hel1)
IP:       65.108.141.77

##################################################################
#          Netscan detected from host  65.108.141.77            #
##################################################################

time                       src_ip          dest_ip:dest_port
------------------------------------------------------------------
Wed Oct  7 12:31:14 2026   65.108.141.77 => 10.44.0.1:22
Wed Oct  7 12:31:14 2026   65.108.141.77 => 10.44.0.2:22
Wed Oct  7 12:31:15 2026   65.108.141.77 => 10.44.0.3:22
Wed Oct  7 12:31:15 2026   65.108.141.77 => 10.44.0.4:22
Wed Oct  7 12:31:16 2026   65.108.141.77 => 10.44.0.5:22
(... 2,371 further lines, all destination port 22 ...)

Please keep the abuse ID [AbuseID:9F31C2:27] unchanged in the subject when
you reply. Manual replies are only read if the server has been blocked.

Kind regards

Abuse Team
Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen, Germany
""",
    label=L("abuse", ["hetzner:Cloud"], [], ["hel1"], "2026-10-08", "verified", False, S,
            "Hetzner NetScan abuse message for a cloud server -> abuse. The statement must be in "
            "before the server can be blocked 'at any time after 2026-10-08 16:10 +0200' -> "
            "2026-10-08. Location hel1. The 8-digit server number and the private destination "
            "addresses are no account IDs.", provider="hetzner"))

S = src("iij-gio-server-taken-over", "IIJ GIO manual FAQ on what to do when a virtual server has "
        "been taken over (attacks or unexplained connections from the server, reinstall the OS, "
        "SSH public-key authentication, stronger passwords)",
        "https://manual.iij.jp/gp/gpcp/f-2-11.html")
add("007-iij-gio-contract-notice-bland-ja.eml",
    frm=("IIJ GIO サポートセンター", "gio-support@iij.ad.jp"), to=TO_JA3,
    subject="【IIJ GIO】ご契約サービスに関するご連絡（サービスコード: gis00482113）",
    date="2026-10-13 01:30:00 +0000", auth_results=A_IIJ,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
ご担当者様

いつも IIJ GIO をご利用いただき、ありがとうございます。
IIJ GIO サポートセンターです。

ご契約中の仮想サーバ（サービスコード gis00482113、品目 V40、
グローバル IP アドレス 203.180.42.117）から、外部の多数のホストに対して
SSH によるログインの試行が繰り返し行われていることを、当社のネットワーク
監視にて確認いたしました。

  確認日時    2026年10月13日 08時40分〜09時55分（日本時間）
  宛先        約 1,900 ホスト（TCP 22 番ポート）
  通信量      毎秒 約 600 接続

お客様が意図して行っている通信でない場合、第三者が仮想サーバに
ログインし、お客様の知らないうちに操作している可能性がございます。
お手数ですが、次の点をご確認ください。

  1. 心当たりのないユーザー、プロセス、cron の登録がないか
  2. OS やミドルウェアのパッケージが最新の状態か
  3. パスワード認証を無効にし、SSH 公開鍵認証に切り替えているか

原因が特定できない場合は、OS を再インストールしたうえで、必要な
データのみを戻していただくことをお勧めいたします。

調査結果と実施された対策を、2026年10月20日までにサポートセンターへ
ご回答ください。期日までにご回答がなく、同様の通信が続いている場合、
当社にて当該仮想サーバの外部向け通信を制限させていただく場合がございます。

株式会社インターネットイニシアティブ
IIJ GIO サポートセンター
""",
    body_only=True,
    label=L("abuse", ["iij:IIJ GIOインフラストラクチャーP2"], [], [], "2026-10-20", "verified",
            False, S,
            "Bland Japanese subject ('ご契約サービスに関するご連絡'); the body reports repeated "
            "outgoing SSH login attempts from the server and suggests a third party may be "
            "operating it -> abuse (outgoing attack, provider may restrict traffic). Reply-by "
            "2026年10月20日 -> deadline. The 8-digit service code is no account ID.",
            provider="iij"))

S = src("qiita-ses-paused-key-leak", "Japanese article on an Amazon SES sending pause after the "
        "bounce rate passed 10 %, caused by a leaked SES key; the warning mail had reached only "
        "the root address and was missed",
        "https://qiita.com/anhle/items/ab030f441a0a0a56ebf2")
add("008-aws-ses-account-notice-bland-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA,
    subject="AWS アカウント 284617390552 の Amazon SES に関するお知らせ",
    date="2026-10-15 03:12:27 +0000", auth_results=A_AMAZON_JA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
お客様

AWS アカウント 284617390552 のアジアパシフィック (東京) リージョン
（ap-northeast-1）における Amazon SES の送信状況についてご連絡いたします。

2026年10月2日に、バウンス率が高いことをお知らせし、アカウントを
レビュー中の状態といたしました。その後も状況が改善せず、直近の
送信におけるバウンス率は 12.4% に達しています。このため本日、
このリージョンでのお客様の Amazon SES によるメール送信を一時停止いたしました。

調査したところ、停止までの 5 日間に送信された約 21 万通の大半は、
お客様のアプリケーションがふだん送信しない宛先（ランダムに生成された
と見られるアドレス）に向けたもので、送信元 IP アドレスもお客様の
これまでの利用とは異なっていました。SMTP 認証情報または SES の送信権限を
持つアクセスキーが、お客様以外の者によって使われている可能性があります。

送信の再開をご希望の場合は、次の対応を行ってください。
  1. SES の SMTP 認証情報と、送信に使われたアクセスキーを無効にし、
     新しいものに置き換える
  2. CloudTrail で、心当たりのない IAM ユーザーやアクセスキーの作成が
     ないか確認する
  3. 宛先リストの管理方法とバウンスの処理方法を見直す
  4. サポートセンターでケースを作成し、実施した内容をお知らせいただく

なお、Amazon SES の通知はアカウントのルートユーザーのメールアドレスに
送信されます。運用担当者にも届くよう、代替連絡先の設定をご検討ください。

今後ともアマゾン ウェブ サービスをよろしくお願いいたします。
アマゾン ウェブ サービス ジャパン合同会社
""",
    body_only=True,
    label=L("abuse", ["SES"], ["284617390552"], ["ap-northeast-1"], "2026-10-15", "verified",
            False, S,
            "Bland Japanese subject ('Amazon SES に関するお知らせ'); the body says SES sending was "
            "paused after a 12.4 % bounce rate and that someone else may be using the SMTP "
            "credentials -> abuse (sending enforcement). No act-by date and no subject date -> "
            "the day the pause took effect, 2026-10-15; the earlier warning of 2026年10月2日 is "
            "past. Region from code and Japanese name."))

S = src("majona-mining-instances-key", "Blog post by a developer whose public GitHub repository "
        "held an administrator access key; someone launched large instances in an unused Region "
        "to mine cryptocurrency, found through a billing alert",
        "https://majona.online/the-security-mistake-i-made-on-my-aws-account-that-cost-me-200-"
        "and-how-i-fixed-it/")
add("009-aws-case-reply-charges-bland-subject.eml",
    frm=AWS_SUPPORT, to=("Dana Whitfield", "dana@example.com"),
    subject="RE: [CASE 17862239401] Unexpected increase in EC2 charges this month",
    date="2026-10-19 21:48:03 +0000", auth_results=A_AMAZON,
    body="""\
Hello Dana,

Thank you for contacting AWS Support about the increase in the estimated
charges of account 719305826413.

While reviewing the usage behind the increase, we found that it does not
come from the instance you normally run in us-east-1. Since 2026-10-17
23:10 UTC, eight g4dn.12xlarge instances have been running in South
America (Sao Paulo), sa-east-1, and four more in Asia Pacific (Mumbai),
ap-south-1, Regions the account had not used before. They were launched
with the access key AKIA2KZQ7WBNVXE4HT6P of the IAM user deploy-script,
from IP addresses that have never signed in to this account, and the
instances keep their GPUs fully loaded while connecting to a well-known
cryptocurrency mining pool.

We also found that the same access key, together with its secret key, is
readable in a public GitHub repository that was updated on 2026-10-17.
This strongly suggests that the key is in the hands of someone outside
your organisation.

Please do the following now:
  1. Deactivate the access key of deploy-script, then delete it once your
     own scripts use a new key or, better, an IAM role.
  2. Terminate the instances in sa-east-1 and ap-south-1 and check every
     other Region for resources you did not create.
  3. Review CloudTrail for IAM users, roles, policies and keys created by
     that key, and remove them.
  4. Reply to this case to confirm the steps above.

If we do not hear from you within 5 days, we may suspend the account to
stop further charges. Once the account is secured we can review the
unexpected charges with you; we cannot promise a billing adjustment before
that.

%s
""" % SUPPORT_FOOTER,
    relative="5d", body_only=True,
    label=L("security-incident", ["EC2", "IAM"], ["719305826413"], ["ap-south-1", "sa-east-1"],
            "2026-10-24", "verified", False, S,
            "Bland billing-case subject; the body says an access key published on GitHub is "
            "used by someone outside the organisation to run mining instances -> "
            "security-incident. 'within 5 days' of 2026-10-19 -> 2026-10-24. Regions of the "
            "rogue instances; us-east-1 is the customer's own instance, not affected."))

_gd10 = {
    "version": "0",
    "id": "b41e7c20-9d3a-4f86-a1c5-2e8f0b6d94a7",
    "detail-type": "GuardDuty Finding",
    "source": "aws.guardduty",
    "account": "640218377951",
    "time": "2026-10-22T03:58:41Z",
    "region": "eu-central-1",
    "resources": [],
    "detail": {
        "schemaVersion": "2.0",
        "accountId": "640218377951",
        "region": "eu-central-1",
        "partition": "aws",
        "id": "9ac4e1b7d2f05c38e6a9b1d4f7c20e5a",
        "arn": "arn:aws:guardduty:eu-central-1:640218377951:detector/3cb6e0a9d41f7e2b85c0a6d9e1f4b7c2"
               "/finding/9ac4e1b7d2f05c38e6a9b1d4f7c20e5a",
        "type": "CryptoCurrency:EC2/BitcoinTool.B!DNS",
        "resource": {
            "resourceType": "Instance",
            "instanceDetails": {
                "instanceId": "i-0b7e4c9a2d5f1e8c3",
                "instanceType": "c6i.4xlarge",
                "launchTime": "2026-10-21T22:14:09Z",
                "imageId": "ami-0f3c8a1e9b7d2c4a6",
                "tags": [{"key": "Name", "value": "batch-render-7"}],
            },
        },
        "service": {
            "serviceName": "guardduty",
            "action": {
                "actionType": "DNS_REQUEST",
                "dnsRequestAction": {"domain": "pool.minexmr-relay.example", "protocol": "UDP",
                                     "blocked": False},
            },
            "eventFirstSeen": "2026-10-21T22:31:50Z",
            "eventLastSeen": "2026-10-22T03:52:17Z",
            "count": 214,
        },
        "severity": 8,
        "title": "EC2 instance is querying a domain name associated with cryptocurrency "
                 "activity.",
        "description": "EC2 instance i-0b7e4c9a2d5f1e8c3 is querying a domain name that is "
                       "associated with cryptocurrency-related activity.",
        "createdAt": "2026-10-21T22:41:03.512Z",
        "updatedAt": "2026-10-22T03:58:41.207Z",
    },
}
_inner10 = inner(
    "010-inner", frm=AWS_SNS, to="security-alerts@example.de",
    subject="AWS Notification Message", date="2026-10-22 03:58:49 +0000", auth_results=A_SNS,
    attach_name="AWS Notification Message.eml",
    body=common.sns_body(json.dumps(_gd10, indent=2),
                         "arn:aws:sns:eu-central-1:640218377951:guardduty-findings", "aw6-010",
                         "security-alerts@example.de"))
S = src("guardduty-ec2-finding-types", "Amazon GuardDuty guide: EC2 finding types, among them "
        "CryptoCurrency:EC2/BitcoinTool.B!DNS for an instance querying domains linked to "
        "cryptocurrency activity, with remediation advice",
        "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-ec2.html")
add("010-fw-sns-guardduty-ec2-attached.eml",
    frm=("Jonas Weber", "j.weber@example.de"), to=TO_DEV,
    subject="FW: AWS Notification Message",
    date="2026-10-22 08:05:00 +0200",
    auth_results=base.auth(domain="example.de", mailfrom="example.de", mx="mx.example.de"),
    body="""\
Hi,

Forwarding the original from the alerts list, it came in at six this
morning. The instance is one of the render boxes from last night's batch,
but those jobs should have finished hours before. Can someone from the
render team check what is still running on it before we stop it?

Jonas
""",
    attach=[_inner10], forwarded="rfc822", body_only=True,
    label=L("security-incident", ["EC2"], ["640218377951"], ["eu-central-1"], None,
            "unverified", False, S,
            "Colleague forwards, as an attached message/rfc822, an SNS 'AWS Notification "
            "Message' whose only content is EventBridge JSON: a GuardDuty "
            "CryptoCurrency:EC2/BitcoinTool.B!DNS finding (severity 8) for a render instance "
            "-> security-incident; company sender -> unverified. No act-by date -> null. The "
            "affected service is EC2 (GuardDuty only reports). Account and region from the "
            "JSON and ARNs."))

S = src("scaleway-dedibox-resolve-abuse", "Scaleway documentation on resolving abuse tickets in "
        "the Dedibox console (details of the complaint, outgoing DDoS guidance, describe the "
        "measures taken, mark the ticket resolved)",
        "https://www.scaleway.com/en/docs/dedibox-console/account/how-to/resolve-abuse/")
add("011-scaleway-dedibox-ticket-bland-subject.eml",
    frm=("Scaleway", "noreply@scaleway.com"), to=("Claire Martin", "claire@example.fr"),
    subject="[Scaleway] New message on ticket #SCW-4482910",
    date="2026-10-27 09:31:20 +0000", auth_results=A_SCALEWAY,
    body="""\
Hello,

A new message has been added to ticket #SCW-4482910 for your Dedibox
server sd-148213 (51.159.22.84).

--------------------------------------------------------------------
Our network team and an external network operator have both recorded
large volumes of UDP traffic leaving sd-148213 on 2026-10-27 between
07:02 and 07:19 UTC, aimed at a single address on port 27015 at about
2.1 Gbit/s. The pattern matches a denial-of-service attack. To protect
the network we have temporarily null-routed the server's IP address, so
it cannot send or receive traffic from the Internet.

The operator's complaint and a traffic extract are available in the
Dedibox console under Abuses > #SCW-4482910 > Details.

What we need from you:
  - find and stop the process that generated the traffic (servers that
    run game or DNS software are often misused for this), or reinstall
    the server;
  - in the console, describe the measures you took and click Resolve.

Please do this within 48 hours. After that the server may be suspended
and the complaint forwarded to our legal team. Once the ticket is
resolved we will lift the null-route.
--------------------------------------------------------------------

You can answer in the Dedibox console. Replies to this e-mail are not read.

Scaleway - Abuse handling
Scaleway SAS, 8 rue de la Ville l'Eveque, 75008 Paris, France
""",
    relative="48h", body_only=True,
    label=L("abuse", ["scaleway:Dedibox"], [], [], "2026-10-29", "verified", False, S,
            "Generic ticket-update subject; the body says the Dedibox sent a UDP "
            "denial-of-service flood and was null-routed -> abuse. 'within 48 hours' of "
            "2026-10-27 09:31 UTC -> 2026-10-29. No region code given.", provider="scaleway"))

S = src("cloudflare-phishing-report-copilot", "Issue quoting (in Chinese) Cloudflare's e-mail "
        "about a phishing report for a zone: anonymous reporter, reported URL, Netcraft "
        "evidence, complaint forwarded to the hosting provider",
        "https://github.com/jianjianai/ms-copilot-play/issues/26")
add("012-cloudflare-phishing-report-zone.eml",
    frm=("Cloudflare Trust & Safety", "abuse@cloudflare.com"), to=TO_WEB,
    subject="[Cloudflare] Phishing report for chatbridge-demo.example.dev",
    date="2026-11-03 11:02:37 +0000", auth_results=A_CLOUDFLARE,
    body="""\
Hello,

Cloudflare has received a phishing report about the following zone, which
is on your account: chatbridge-demo.example.dev

Reporter:      anonymous
Reported URL:  https://chatbridge-demo.example.dev/auth/login?next=%2Fchat
Logs or evidence supplied by the reporter:

  "We have found a phishing attack hosted on your network. The page
  imitates the sign-in of a large software vendor and sends the
  credentials it collects to a third-party endpoint. Please take the
  fraudulent content down and keep a copy for the investigation.
  Netcraft incident reference: 71203958"

What we have done:
  - The report has been forwarded to the hosting provider of the site.
  - Visitors to the reported URL now see a warning page from Cloudflare
    before they can continue.

If the page is part of a legitimate service, remove the sign-in form that
imitates the vendor, then request a review of the warning from the
Trust & Safety section of your dashboard.

Thank you,
The Cloudflare Team
""",
    label=L("abuse", ["cloudflare:CDN"], [], [], "2026-11-03", "verified", False, S,
            "Cloudflare forwards a phishing report for the customer's zone and puts a warning "
            "page in front of the URL -> abuse. No act-by date and no subject date -> the date "
            "the warning took effect (the Date). The 8-digit Netcraft reference is no account "
            "ID.", provider="cloudflare"))

S = src("classmethod-key-leak-timeline", "Article on a real case of an AWS access key pushed to a "
        "public GitHub repository: used for mining within minutes, AWS notified within half an "
        "hour, resources deleted and keys rotated",
        "https://dev.classmethod.jp/articles/risk-management-aws-access-key-accidentally-"
        "exposed/")
add("013-aws-account-notification-bland-subject.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Notification regarding your AWS account 5039-1827-4465",
    date="2026-11-10 04:44:19 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We found the secret access key that belongs to access key ID
AKIAXW3NRQ7LM5TBZ2CK (IAM user ci-runner) of your AWS account
503918274465 on a public web page:

  https://github.com/example-org/build-tools/blob/4e1c9a7/ci/env.sample

Soon after it appeared there, the key was used from an IP address that is
new to your account to call RunInstances in US East (N. Virginia),
us-east-1, US West (Oregon), us-west-2, and Europe (Stockholm), eu-north-1.
Twenty-four instances were started in these Regions within ten minutes.

To limit the damage we have attached a quarantine policy to the IAM user
ci-runner, which blocks some actions, such as launching more instances or
creating new users. We have also limited some services for the account.

To restore access, you must contact AWS by 2026-11-14 and follow the steps
below. If you do not contact us by 2026-11-14, we may suspend your account.
Resources that we believe were not created by you may be terminated, and
some of them may not be recoverable.

Step 1: Rotate and delete the key. Create a new key or move the workload
to an IAM role, then deactivate and delete AKIAXW3NRQ7LM5TBZ2CK.
Step 2: Check CloudTrail in every Region for users, roles, policies, keys
and resources that you did not create, and delete them.
Step 3: Remove the key from the repository and from its history.
Step 4: Reply in the Support Center case that we opened for you, "Security
notification for your account", and confirm the steps you took.

We also recommend that you turn on multi-factor authentication for the
root user and for all IAM users who sign in to the console.

%s
""" % AWS_FOOTER,
    body_only=True,
    label=L("security-incident", ["EC2", "IAM"], ["503918274465"],
            ["eu-north-1", "us-east-1", "us-west-2"], "2026-11-14", "verified", False, S,
            "Bland subject ('Notification regarding your AWS account', account only in dashed "
            "form there); the body says a secret key was found on a public page and already "
            "used to start instances -> security-incident. Contact-by 2026-11-14 -> deadline. "
            "Regions of the rogue launches."))

S = src("xserver-unauthorized-process", "Japanese blog post about a rental server frozen by "
        "Xserver after an unauthorised process was found (web access restricted, notice mail "
        "titled about detecting unauthorised access and applying a restriction)",
        "http://affiliate-wp.xyz/toketsu/")
add("014-xserver-unauthorized-access-restriction-ja.eml",
    frm=("エックスサーバー", "support@xserver.ne.jp"), to=("ウェブ担当", "web@example.jp"),
    subject="【重要】Xserver お客様のサーバーアカウントにおける不正なアクセスの検知および"
            "制限の実施について（xs481207）",
    date="2026-11-17 05:26:40 +0000", auth_results=A_XSERVER,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
エックスサーバーをご利用いただき、誠にありがとうございます。
エックスサーバー サポートセンターです。

お客様のサーバーアカウント（サーバー ID: xs481207）において、第三者による
不正なアクセスの痕跡と、お客様が設置されたものではないと見られるプログラムの
稼働を確認いたしました。

  検知日時        2026年11月17日 13時52分（日本時間）
  稼働していたプロセス
                  /home/xs481207/example.jp/public_html/wp-includes/css/.cache/kworkerd
  確認された動作  外部サーバーへの大量の接続、CPU 使用率の継続的な上昇

同じサーバーをご利用の他のお客様への影響を防ぐため、上記プロセスを停止し、
お客様のサーバーアカウントの Web アクセスを制限いたしました。現在、
ホームページは表示されない状態です。メールの送受信は引き続きご利用いただけます。

お手数ですが、以下の対応をお願いいたします。
  1. サーバーパネル、FTP、WordPress 管理画面のパスワードを変更する
  2. WordPress 本体、テーマ、プラグインを最新版に更新し、不要なものを削除する
  3. 見覚えのないファイルを削除する（必要に応じてバックアップから復元する）

対応が完了しましたら、サーバーパネルの「制限解除申請」から、実施内容を
添えてお申し込みください。2026年12月1日までにご対応状況をご連絡いただけない
場合、サーバーアカウントのご利用を停止させていただくことがございます。

エックスサーバー株式会社
""",
    label=L("security-incident", ["xserver:Xserverレンタルサーバー"], [], [], "2026-12-01",
            "verified", False, S,
            "Subject names the detection of unauthorised access and a restriction; the body "
            "describes an intruder's process on the shared account, Web access restricted -> "
            "security-incident (the customer's account was broken into). Report-by "
            "2026年12月1日 -> deadline.", provider="xserver"))


# ==========================================================================
# ACTION REQUIRED (015-024); markers only on 016 (【要対応】) and 019 ([Action required])
# ==========================================================================

S = src("heroku22-eol-codebar", "Issue quoting Heroku's e-mail that a recently built app uses "
        "the deprecated Heroku-22 stack, with the dates of periodic build failures, end of life "
        "and the end of builds",
        "https://github.com/codebar/planner/issues/2640")
_heroku15 = """\
Your recently built app lunchbox-api is using the Heroku-22 stack, which is
deprecated.

Timeline:
  - From November 1, 2026, the first build of each Heroku-22 app in a
    30-day period fails with a deprecation notice. Building again works.
  - From February 1, 2027, this happens to the first build in each 7-day
    period.
  - From April 1, 2027, it happens to the first build of every day.
  - On April 30, 2027, Heroku-22 reaches end of life. Apps on it no longer
    receive security updates and run at your own risk.
  - From May 1, 2027, Heroku-22 apps can no longer be built.

Please move your apps to a newer stack as soon as you can, using the guide
"Upgrading to the latest stack" in the Dev Center. The Heroku-22
End-of-Life FAQ answers the common questions.

Apps on Heroku-22 in your account: lunchbox-api, lunchbox-worker

Heroku
Salesforce, Inc., 415 Mission Street, Suite 300, San Francisco, CA 94105
"""
add("015-fwd-heroku22-stack-end-of-life-inline.eml",
    frm=("Priya Raman", "priya.raman@example.co.uk"), to=TO_DEV,
    subject="Fwd: Your app's stack is approaching end-of-life",
    date="2026-09-08 10:20:00 +0100",
    auth_results=base.auth(domain="example.co.uk", mailfrom="example.co.uk"),
    body="""\
Morning all,

Heroku again - both lunchbox apps are still on Heroku-22. The failing
builds only start in November, but I'd rather not find out during a
hotfix. Can we put the stack upgrade into the next sprint and try it on
staging first?

Priya

%s""" % fwd_block("Heroku <noreply@heroku.com>", "Mon, Sep 7, 2026 at 6:02 PM",
                  "Your app's stack is approaching end-of-life", "platform@example.com",
                  _heroku15),
    forwarded="inline",
    timeline=["2026-11-01", "2027-02-01", "2027-04-01", "2027-04-30", "2027-05-01"],
    label=L("action-required", ["heroku:Stacks"], [], [], "2027-04-30", "unverified", False, S,
            "Colleague forwards inline Heroku's stack deprecation notice; apps must be moved to "
            "a newer stack -> action-required; company sender -> unverified. No act-by date "
            "('as soon as you can'); the subject names the end of life -> April 30, 2027. The "
            "periodic build failures from November 1, 2026 are earlier restrictions, the end of "
            "builds on May 1, 2027 a later consequence.", provider="heroku"))

_p16 = ["お客様",
        "お客様の AWS アカウントで、Python 3.10 マネージドランタイムを使用している AWS Lambda "
        "関数が 1 つ以上見つかりました。Python 3.10 は 2026年10月31日に非推奨となる予定です。"
        "この日までに、対象の関数を利用可能な最新の Python ランタイムへ更新することをお勧めします。",
        "Python 3.10 のコミュニティによるサポートは 2026年10月31日に終了します。Lambda の"
        "ランタイムサポートポリシーに従い、Lambda における Python 3.10 のサポートは次の段階で"
        "終了します。",
        "・2026年10月31日以降、Python 3.10 ランタイムにはセキュリティパッチなどの更新が"
        "適用されず、Python 3.10 を使用する関数は技術サポートの対象外となります。コンソールでも Python 3.10 を"
        "選べなくなりますが、CloudFormation、AWS CLI、AWS SAM などからは引き続き作成と更新が"
        "できます。",
        "・2027年2月1日以降、Python 3.10 を使用する新しい関数は作成できなくなります。",
        "・2027年3月3日以降、Python 3.10 を使用する既存の関数は更新できなくなります。",
        "サポート終了後も関数の呼び出しは続きますが、パッチの適用されないランタイムで"
        "実行されることになります。対象の関数は、AWS Health ダッシュボードの「影響を受ける"
        "リソース」タブに表示されています。"]
_arn16 = health_arn("ap-northeast-1", "LAMBDA", "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT", "3d81c5e0")
_res16 = ["arn:aws:lambda:ap-northeast-1:208331947560:function:order-export",
          "arn:aws:lambda:ap-northeast-1:208331947560:function:invoice-pdf"]
_rows16 = [("影響を受けるアカウント", "208331947560"), ("サービス", "LAMBDA"),
           ("イベントタイプコード", "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT"),
           ("イベントのカテゴリ", "計画済みライフサイクルイベント"),
           ("リージョン", "ap-northeast-1"), ("開始時刻", "2026年10月31日 00:00 UTC"),
           ("ステータス", "予定")]
S = src("lambda-python310-deprecation-credentialengine", "Issue quoting the AWS Health notice "
        "that Lambda ends support for Python 3.10 on October 31, 2026 (no new functions from "
        "February 1, 2027, no updates from March 3, 2027)",
        "https://github.com/CredentialEngine/CredentialRegistry/issues/1030")
add("016-health-lambda-python310-ja.eml",
    frm=AWS_HEALTH, to=TO_JA,
    subject="【要対応】AWS Lambda における Python 3.10 のサポート終了 [AWS アカウント: "
            "208331947560] [AP-NORTHEAST-1]",
    date="2026-09-10 07:00:00 +0000", auth_results=A_HEALTH_JA, lang="ja",
    charset="utf-8", cte="qp",
    body=un_text_ja(_p16, _arn16, _rows16, _res16, res_label="影響を受けるリソース"),
    html=un_html_ja("AWS Lambda における Python 3.10 のサポート終了", _p16, _arn16, _rows16,
                    host="k2vq8mzd", seed="016", resources=_res16),
    timeline=["2026-10-31", "2027-02-01", "2027-03-03"],
    label=L("action-required", ["LAMBDA"], ["208331947560"], ["ap-northeast-1"], "2026-10-31",
            "verified", False, S,
            "Japanese AWS Health lifecycle notice with the 【要対応】 marker: functions on "
            "Python 3.10 must be moved to a newer runtime, recommended 'この日までに' -> "
            "2026-10-31. The create and update blocks (2027-02-01, 2027-03-03) are later "
            "consequences. Account in subject, ARNs and table; region ap-northeast-1."))

S = src("azure-data-collector-retirement-guardrails", "Issue quoting Azure's retirement notice "
        "for the HTTP Data Collector API: move to the DCR-based Logs Ingestion API before 14 "
        "September 2026 to avoid ingestion errors and data loss",
        "https://github.com/ssc-spc-ccoe-cei/azure-guardrails-solution-accelerator/issues/407")
add("017-azure-data-collector-api-html-only.eml",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to=TO_OPS,
    subject="Transition to the Logs Ingestion API before 14 September 2026",
    date="2026-09-02 16:00:00 +0000", auth_results=A_MSFT,
    html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Microsoft Azure</title></head>
<body style="margin:0;padding:0;background:#f3f2f1;font-family:'Segoe UI',Arial,sans-serif">
<table role="presentation" width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px 32px;background:#0078d4;color:#ffffff;font-size:18px">Microsoft Azure</td></tr>
<tr><td style="padding:24px 32px 8px 32px;font-size:22px;color:#323130">Transition to the Logs Ingestion API before 14 September 2026</td></tr>
<tr><td style="padding:8px 32px 24px 32px;font-size:14px;line-height:22px;color:#323130">
<p>You're receiving this e-mail because you use the HTTP Data Collector API to send custom logs to Azure Monitor.</p>
<p>On <b>14 September 2026</b> the HTTP Data Collector API will be retired, and its endpoints will stop accepting data. To avoid ingestion errors and the loss of log data, move your senders to the Logs Ingestion API, which uses data collection rules (DCRs), before that date.</p>
<p><b>Workspaces that received data through the HTTP Data Collector API in the last 30 days:</b></p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f3f2f1"><th align="left">Log Analytics workspace</th><th align="left">Resource group</th><th align="left">Custom tables (classic)</th></tr>
<tr><td>law-platform-prod</td><td>rg-observability</td><td>AppAudit_CL, EdgeProxy_CL</td></tr>
<tr><td>law-platform-test</td><td>rg-observability-test</td><td>AppAudit_CL</td></tr>
</table>
<p><b>Required action</b></p>
<ol>
<li>Create a data collection endpoint and a data collection rule for each custom table.</li>
<li>Convert the classic custom tables to DCR-based tables (existing data is kept).</li>
<li>Change your applications, scripts or agents to send data with the Logs Ingestion API and Microsoft Entra authentication instead of the workspace key.</li>
</ol>
<p>Data sent to the retired endpoints after 14 September 2026 will be rejected and cannot be recovered.</p>
<p style="margin:24px 0"><a href="https://learn.microsoft.com/azure/azure-monitor/logs/custom-logs-migrate" style="background:#0078d4;color:#ffffff;padding:10px 22px;text-decoration:none">View the migration guide</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#605e5c;border-top:1px solid #edebe9">
This is a mandatory service announcement. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>
<a href="https://go.microsoft.com/fwlink/?LinkId=521839" style="color:#605e5c">Privacy Statement</a></td></tr>
</table>
</body></html>
""",
    label=L("action-required", ["azure:Azure Monitor"], [], [], "2026-09-14", "verified", False,
            S,
            "HTML-only Azure retirement notice: senders must move to the Logs Ingestion API "
            "'before that date' -> action-required, deadline 14 September 2026 (also in the "
            "subject). No region given for the workspaces.", provider="azure"))

S = src("do-mysql80-forced-upgrades-cnspec", "Pull request quoting DigitalOcean's release note "
        "'MySQL 8.0 End of Life and Forced Upgrades Beginning 30 October 2026' (only MySQL 8.4 "
        "supported, remaining 8.0 clusters upgraded)",
        "https://github.com/mondoohq/cnspec/pull/3908")
add("018-do-mysql80-upgrade-before-forced.eml",
    frm=("DigitalOcean", "no-reply@digitalocean.com"), to=("Database Team", "dba@example.com"),
    subject="Upgrade your MySQL 8.0 clusters before forced upgrades begin on October 30, 2026",
    date="2026-09-22 18:30:00 +0000", auth_results=A_DO,
    body="""\
Hi there,

Upstream support for MySQL 8.0 ended in April, and DigitalOcean Managed
Databases for MySQL now supports MySQL 8.4 only. Your team still has
clusters on MySQL 8.0:

  Cluster            Region   Nodes   Version
  orders-mysql       NYC1     3       8.0.40
  reporting-mysql    LON1     1       8.0.40

Please upgrade them to MySQL 8.4 before October 30, 2026. You choose the
moment: open the cluster's Settings page and start the major-version
upgrade, or call the API, and the cluster is upgraded in place. Test your
application against 8.4 first, for example on a fork of the cluster -
some authentication plugins and deprecated syntax were removed in 8.4.

Starting on October 30, 2026, we will upgrade the remaining 8.0 clusters
ourselves, one by one, during their maintenance windows. A forced upgrade
restarts the cluster, and you will not be able to pick the time beyond the
window you have set.

Thanks,
The DigitalOcean Team
DigitalOcean, LLC, 101 Avenue of the Americas, New York, NY 10013
""",
    label=L("action-required", ["digitalocean:Managed Databases"], [], ["lon1", "nyc1"],
            "2026-10-30", "verified", False, S,
            "Customers must upgrade their MySQL 8.0 clusters themselves 'before October 30, "
            "2026'; the subject names the same date for the start of forced upgrades -> "
            "action-required, 2026-10-30. Regions NYC1 and LON1.", provider="digitalocean"))

S = src("ovh-kafka40-eol", "OVHcloud public-cloud roadmap issue announcing the end of life of "
        "Apache Kafka 4.0 on Managed Databases on 2026-10-15, after which remaining services are "
        "upgraded automatically",
        "https://github.com/ovh/public-cloud-roadmap/issues/1253")
add("019-ovh-kafka40-end-of-life-action-required.eml",
    frm=("OVHcloud", "noreply@ovhcloud.com"), to=("Streaming Team", "streaming@example.fr"),
    subject="[Action required] End of life of Apache Kafka 4.0 on your Public Cloud Databases "
            "service",
    date="2026-09-24 08:00:00 +0000", auth_results=A_OVH,
    body="""\
Hello,

You run at least one Public Cloud Databases for Apache Kafka service on
version 4.0. Under our lifecycle policy for managed databases, this
version reaches end of life on October 15, 2026.

Service concerned:
  Project:   pc-analytics (project ID 5e1f0c7b92d84a63b8c1a4f2e9d07c35)
  Service:   kafka-events-prod, plan Business, region GRA
  Version:   Apache Kafka 4.0

What you need to do:
Upgrade the service to a supported version (4.1 is recommended) before
October 15, 2026. You can start the upgrade from the OVHcloud Control
Panel (Public Cloud > Databases > your service > General information >
Upgrade), through the API or with Terraform. Check that your producers,
consumers and connectors support the target version first.

What happens otherwise:
From October 15, 2026, services still on 4.0 will be upgraded
automatically to a supported version during their maintenance window.
Version 4.0 will no longer receive fixes after that date.

The OVHcloud Team
OVH SAS, 2 rue Kellermann, 59100 Roubaix, France
""",
    label=L("action-required", ["ovhcloud:Public Cloud Databases"], [], ["gra"], "2026-10-15",
            "verified", False, S,
            "'[Action required]' end-of-life notice: upgrade the Kafka service 'before October "
            "15, 2026' -> action-required, deadline 2026-10-15; the automatic upgrade from that "
            "date is the consequence. OVHcloud region GRA.", provider="ovhcloud"))

S = src("cloudflare-service-key-removal", "Cloudflare documentation pull request adding the "
        "deprecation of Service Key authentication, removed on September 30, 2026, to the API "
        "deprecations page and changelog",
        "https://github.com/cloudflare/cloudflare-docs/pull/29126")
add("020-cloudflare-service-key-stops-working.eml",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"), to=TO_DEV,
    subject="Service Key authentication stops working on September 30, 2026",
    date="2026-09-15 20:00:00 +0000", auth_results=A_CF_NOTIFY,
    body="""\
Hello,

You are receiving this message because requests authenticated with a
Service Key (the X-Auth-User-Service-Key header) were made on behalf of
your account in the last 30 days.

  Account:          Example Media (a41c7e09d2b85f63c0e1d4a7b92f6e18)
  Last request:     2026-09-14 22:47 UTC, POST /certificates
  Client:           origin-ca-issuer/0.9.2

Service Key authentication will be removed on September 30, 2026. From
that date, every API request that uses a Service Key will be rejected with
an authentication error. Tools that still rely on it - most often older
versions of Origin CA certificate issuers - will no longer be able to
create or renew Origin CA certificates.

Before September 30, 2026:
  1. Create an API token with the permissions the tool needs (for Origin
     CA certificates: Zone > SSL and Certificates > Edit).
  2. Configure the tool to use the API token, or upgrade it to a version
     that supports API tokens.
  3. Delete the Service Key from your profile once nothing uses it.

See the API deprecations page in the Cloudflare docs for details.

The Cloudflare Team
""",
    label=L("action-required", ["cloudflare:API"], [], [], "2026-09-30", "verified", False, S,
            "Subject says the authentication method stops working on September 30, 2026; tools "
            "must move to API tokens 'Before September 30, 2026' -> action-required, "
            "2026-09-30. The account tag is hexadecimal.", provider="cloudflare"))

S = src("azure-servicebus-sdk-retirement-dnceng", "Issue quoting Azure's notice to move to the "
        "latest Service Bus and Event Hubs SDK libraries (WindowsAzure.ServiceBus, "
        "Microsoft.Azure.ServiceBus, com.microsoft.azure.servicebus) by 30 September 2026",
        "https://github.com/dotnet/dnceng/issues/922")
add("021-azure-servicebus-sdk-final-reminder.eml",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to=TO_DEV,
    subject="Final reminder: move to the current Service Bus and Event Hubs SDKs by 30 "
            "September 2026",
    date="2026-09-04 15:00:00 +0000", auth_results=A_MSFT,
    body="""\
Microsoft Azure

Final reminder: the legacy Azure Service Bus and Event Hubs SDKs are retired
on 30 September 2026

We're writing again because applications in your subscriptions still
connect to Service Bus or Event Hubs with one of the legacy client
libraries we announced the retirement of in 2023:

  Retiring library                   Replacement                  Language
  WindowsAzure.ServiceBus            Azure.Messaging.ServiceBus   .NET
  Microsoft.Azure.ServiceBus         Azure.Messaging.ServiceBus   .NET
  com.microsoft.azure.servicebus     azure-messaging-servicebus   Java
  WindowsAzure.ServiceBus            Azure.Messaging.EventHubs    .NET
  (Event Hubs)

Namespaces with traffic from a legacy library in the last 30 days:
  sb-orders-prod (Service Bus), evh-telemetry-prod (Event Hubs)

After 30 September 2026 the legacy libraries receive no further security
or bug fixes and are no longer supported, and the older SBMP protocol
they can use will be switched off. Applications that still use them may
stop connecting.

Required action: update your applications to the current libraries by 30
September 2026. Migration guides for each library are linked from the Azure
Service Bus documentation.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
    label=L("action-required", ["azure:Event Hubs", "azure:Service Bus"], [], [], "2026-09-30",
            "verified", True, S,
            "'Final reminder' ('We're writing again') of a library retirement; applications "
            "must be updated 'by 30 September 2026' -> action-required, deadline 2026-09-30, "
            "reminder. The 2023 announcement is past.", provider="azure"))

S = src("sakura-is1a-oldplan-closure", "SAKURA internet manual page on closing the old-plan "
        "environment of Ishikari zone 1 (resources concerned, schedule, migration steps to the "
        "new plan, appliances judged by creation date)",
        "https://manual.sakura.ad.jp/cloud/support/is1a-oldplan-closed.html")
add("022-sakura-cloud-is1a-oldplan-migration-ja.eml",
    frm=("さくらのクラウド", "cloud-info@sakura.ad.jp"), to=TO_JA3,
    subject="【さくらのクラウド】石狩第1ゾーン 旧プラン環境の閉鎖と移行のお願い",
    date="2026-10-05 05:00:00 +0000", auth_results=A_SAKURA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
さくらのクラウドをご利用いただき、ありがとうございます。

石狩第1ゾーン（is1a）で機能を限定して提供を続けてまいりました旧プラン環境に
ついて、設備の老朽化に伴い、提供品質を保つことが難しくなる見込みとなりました。
誠に勝手ながら、旧プラン環境は 2027年3月31日をもって閉鎖いたします。

お客様のプロジェクトには、旧プラン環境で動作する次のリソースがございます。

  プロジェクト     prj-ecsite（会員ID: abc48215）
  旧プランのサーバ  web01, web02, batch01
  旧プランのディスク 5 台
  アプライアンス   2018年9月27日以前に作成された VPC ルータ 1 台

■ スケジュール
  2026年12月1日   旧プラン環境でのサーバおよびディスクの新規作成を終了
  2027年3月31日   旧プラン環境を閉鎖（稼働中のリソースも停止します）
  2027年4月30日   閉鎖後も残っていたディスクのデータを削除

■ お客様にお願いしたいこと
2027年3月31日の閉鎖までに、上記リソースを新プラン環境へ移行してください。
コントロールパネルからサーバを停止し、プラン変更を行うことで、IP アドレスを
変えずに移行することもできます。手順はマニュアルサイトの「石狩第1ゾーン
旧プラン環境閉鎖」のページをご覧ください。

さくらインターネット株式会社
""",
    timeline=["2026-12-01", "2027-03-31", "2027-04-30"],
    label=L("action-required", ["sakura-internet:さくらのクラウド"], [], ["is1a"], "2027-03-31",
            "verified", False, S,
            "Japanese closure notice: resources must be migrated '2027年3月31日の閉鎖までに' -> "
            "action-required, 2027-03-31. The stop of new creation on 2026年12月1日 is an "
            "earlier restriction, the data deletion on 2027年4月30日 a later consequence. Zone "
            "is1a.", provider="sakura-internet"))

S = src("scaleway-elastic-metal-legacy-os", "Scaleway changelog pull request: support for "
        "several operating systems on Elastic Metal is deprecated from October 1, 2026 because "
        "they reached end of life",
        "https://github.com/scaleway/docs-content/pull/6739")
add("023-scaleway-elastic-metal-legacy-os.eml",
    frm=("Scaleway", "noreply@scaleway.com"), to=("Claire Martin", "claire@example.fr"),
    subject="Your Elastic Metal servers run operating systems that lose support on October 1, "
            "2026",
    date="2026-09-03 12:00:00 +0000", auth_results=A_SCALEWAY,
    body="""\
Hello,

Several operating systems offered on Elastic Metal have reached their end
of life upstream. From October 1, 2026 we will stop supporting them on
Elastic Metal: they will be removed from the installation catalogue, and
servers still running them will no longer be covered by support for
OS-related issues or receive our OS images and fixes.

The following servers in your Organization run one of these systems:

  Server          Offer          Zone       Operating system
  em-db-01        EM-A610R-NVME  fr-par-2   Ubuntu 20.04 LTS
  em-db-02        EM-A610R-NVME  fr-par-2   Ubuntu 20.04 LTS
  em-build-01     EM-B112X-SSD   nl-ams-1   CentOS Stream 8

Please reinstall these servers with a supported system (for example Ubuntu
24.04 LTS, Debian 12 or Rocky Linux 9) before October 1, 2026, or move
their workloads to new servers. Reinstalling erases the disks, so back up
your data first.

The Scaleway Team
Scaleway SAS, 8 rue de la Ville l'Eveque, 75008 Paris, France
""",
    label=L("action-required", ["scaleway:Elastic Metal"], [], ["fr-par-2", "nl-ams-1"],
            "2026-10-01", "verified", False, S,
            "Servers must be reinstalled with a supported OS 'before October 1, 2026'; the "
            "subject names that date -> action-required, 2026-10-01. Zones of the servers.",
            provider="scaleway"))

S = src("cloudflare-account-update-scam", "Article on the 'Cloudflare - Important Account "
        "Update' phishing mail: account about to be suspended for incomplete information, "
        "'Update Your Account' button to a fake sign-in page",
        "https://www.cyclonis.com/remove-cloudflare-important-account-update-email-scam/")
add("024-phish-cloudflare-account-update.eml",
    frm=("Cloudflare Support Team", "support@cloudflare-accountcenter.net"), to=TO_WEB,
    subject="Urgent: Your Account Needs an Update..",
    date="2026-11-12 02:17:09 +0000",
    auth_results=base.auth(domain="cloudflare-accountcenter.net",
                           mailfrom="bounce.mass-sender.example", dkim="none", spf="softfail",
                           dmarc="none"),
    headers=[("Reply-To", "cf-support-desk@mailbox.example")],
    body="""\
Important Account Update

Dear User,

We want to inform you that your Cloudflare account is about to be
suspended because some of your account information is incomplete.

To avoid any interruption of your DNS, CDN and SSL services, please update
your account details within 48 hours. After that time, all zones on the
account will be paused.

Update Your Account:
https://dash-cloudflare.account-verify-center.com/login?zone=update

If you have any questions, do not hesitate to contact our support team.

Thank you for your prompt attention to this matter.

Best Regards,
Cloudflare Support Team
""",
    relative="48h",
    label=L("action-required", ["cloudflare:Account"], [], [], "2026-11-14", "suspicious",
            False, S,
            "Look-alike sender (cloudflare-accountcenter.net, SPF softfail, no DKIM, DMARC "
            "none), Reply-To elsewhere, generic greeting, link to a foreign domain -> phishing. "
            "Claimed content: update account details or be suspended -> action-required, "
            "suspicious; lure deadline 'within 48 hours' of 2026-11-12 02:17 UTC -> "
            "2026-11-14.", provider="cloudflare"))


# ==========================================================================
# MAINTENANCE (025-028)
# ==========================================================================

S = src("sakura-vps-venom-maintenance", "SAKURA internet news item announcing host maintenance "
        "for the Sakura VPS to patch a KVM virtualisation vulnerability (VENOM), with the "
        "schedule and the restart of customers' VPS",
        "http://sakura.ad.jp/news/sakurainfo/newsentry.php?id=1054")
add("025-sakura-vps-host-patch-maintenance-ja.eml",
    frm=("さくらインターネット", "vps-info@sakura.ad.jp"), to=TO_JA3,
    subject="【重要】【さくらのVPS】仮想化基盤の脆弱性対応に伴うメンテナンス実施のお知らせ",
    date="2026-10-06 06:00:00 +0000", auth_results=A_SAKURA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
お客様各位

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

さくらのVPS で採用している仮想化基盤（KVM/QEMU）について、仮想サーバの
内部から特定の操作を行うことで、ホストサーバや同じホスト上の別の仮想サーバに
影響を与えられる可能性のある脆弱性が公表されました。これを受け、弊社にて
すべてのホストサーバに修正版のパッケージを適用するメンテナンスを実施いたします。

■ 実施日時
  2026年10月20日（火）02:00〜06:00

■ 対象
  東京第2ゾーンで稼働する、下記のお客様の VPS
    IP アドレス 153.127.40.18（sv-app01）
    IP アドレス 153.127.40.26（sv-app02）

■ 影響
  作業時間中、対象の VPS は一度シャットダウンされ、ホストサーバの更新後に
  起動いたします。停止時間は 1 台あたり 15 分程度を見込んでおります。
  メンテナンス前に停止していた VPS は、停止したままとなります。

■ お客様へのお願い
  OS の起動時にサービスが自動で立ち上がるよう、事前にご確認ください。
  メンテナンスの日時を個別に変更することはできかねます。

本件は弊社の基盤側の対応であり、VPS 内の OS やソフトウェアに対する
作業は必要ございません。

さくらインターネット株式会社
""",
    label=L("maintenance", ["sakura-internet:さくらのVPS"], [], [], "2026-10-20", "verified",
            False, S,
            "Provider patches its KVM hosts and restarts the VPS -> maintenance, although the "
            "reason is a vulnerability. Window 2026年10月20日 -> deadline. '東京第2ゾーン' is "
            "Sakura's zone, not the AWS Tokyo Region -> regions [].",
            provider="sakura-internet"))

S = src("fujitsu-dedicated-server-maintenance", "Fujitsu FJcloud-O manual on maintenance of "
        "dedicated physical servers (firmware and management-tool updates, one month's notice, "
        "weekdays 9:00-17:00, server restart required, OS is the customer's)",
        "https://doc.cloud.global.fujitsu.com/lib/iaas/jp/function-manual/appendix/"
        "appendix_privatehosted_maintenance.html")
add("026-fujitsu-dedicated-server-firmware-ja.eml",
    frm=("富士通 クラウドサービス", "fjcloud-info@fujitsu.com"), to=TO_JA,
    subject="【FJcloud-O】専有物理サーバのファームウェア更新に関するメンテナンスのご案内",
    date="2026-10-23 01:00:00 +0000", auth_results=A_FUJITSU,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
お客様各位

平素より富士通のクラウドサービスをご利用いただき、ありがとうございます。

東日本第3リージョン（jp-east-3）の専有物理サーバにおいて、ハードウェアの
安定稼働を目的としたファームウェアの更新を実施いたします。お客様の専有物理
サーバが対象となっておりますので、ご案内いたします。

  実施日        2026年11月25日（水）
  実施時間      9:00〜17:00 のうち 1 台あたり約 40 分
  対象サーバ    phs-tky-0142, phs-tky-0143
  サービス影響  作業中にサーバの再起動が発生します

作業は 1 台ずつ順に行います。各サーバの正確な開始時刻は、当日の作業開始前に
メールでお知らせいたします。

専有物理サーバ上の OS はお客様の管理範囲です。再起動後にアプリケーションが
正しく起動するか、あらかじめご確認ください。OS のパッチ適用や設定変更は
本メンテナンスには含まれません。

本メンテナンスの日程は変更できません。ご理解とご協力をお願いいたします。

富士通株式会社 クラウドサービス運用センター
""",
    label=L("maintenance", ["fujitsu:FJcloud-O 専有物理サーバ"], [], ["jp-east-3"],
            "2026-11-25", "verified", False, S,
            "Provider-run firmware update with a server restart -> maintenance. Date "
            "2026年11月25日 -> deadline. FJcloud-O region jp-east-3.", provider="fujitsu"))

S = src("linode-critical-host-maintenance", "Linode status page entry on critical maintenance: "
        "embargoed hypervisor security advisories require host reboots before the public "
        "disclosure, windows sent by e-mail, not changeable",
        "http://linode.statuspage.io/incidents/ngql6k6dm420")
add("027-linode-critical-host-reboot.eml",
    frm=("Linode Support", "support@linode.com"), to=("Amir Haddad", "amir@example.org"),
    subject="Linode Critical Maintenance - host reboot for linode api-gw-lon",
    date="2026-11-02 15:00:00 +0000", auth_results=A_LINODE,
    body="""\
Hello,

We have received security advisories for the virtualization software that
runs on our host servers. The advisories become public on November 17,
2026, and we must update and reboot the affected hosts before then.

The host of the following Linode has been given a maintenance window:

  Linode:      api-gw-lon (ID 51730284)
  Region:      eu-west (London, UK)
  Window:      2026-11-12 02:00 - 04:00 UTC

During the window the Linode will be shut down cleanly, the host will be
updated and rebooted, and the Linode will then be returned to its last
state (running or powered off). We have reserved two hours; the actual
downtime is usually much shorter. Data on the Linode is not affected.

Because of the disclosure date, these windows cannot be moved and the
reboots are mandatory. Please make sure that your services start on boot;
our Reboot Survival Guide explains how to test this.

Regards,
Linode Support
Akamai Technologies, Inc.
""",
    timeline=["2026-11-17"],
    label=L("maintenance", ["linode:Compute Instances"], [], ["eu-west"], "2026-11-12",
            "verified", False, S,
            "Mandatory provider host reboot -> maintenance, although triggered by security "
            "advisories. Window on 2026-11-12 -> deadline; the public disclosure on November "
            "17, 2026 is news, not the reader's date. Linode region eu-west (no AWS code).",
            provider="linode"))

S = src("cloudsql-maintenance-timing-tf", "Terraform provider issue describing Cloud SQL "
        "maintenance timing (week 1 or week 2 of a rollout, 7 to 14 days after the notification, "
        "e-mail notification to the account)",
        "https://github.com/hashicorp/terraform-provider-google/issues/23990")
add("028-gcp-cloudsql-upcoming-maintenance-html-only.eml",
    frm=("Google Cloud", "noreply-maintenance@google.com"), to=TO_DEV,
    subject="Upcoming maintenance for your Cloud SQL instance orders-pg-prod",
    date="2026-11-06 09:00:00 +0000", auth_results=A_GOOGLE,
    html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cloud SQL maintenance</title></head>
<body style="margin:0;padding:0;background:#f1f3f4;font-family:Roboto,Arial,sans-serif">
<table role="presentation" width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 32px 8px 32px;font-size:13px;color:#5f6368">Google Cloud</td></tr>
<tr><td style="padding:0 32px;font-size:22px;color:#202124">Upcoming maintenance for your Cloud SQL instance</td></tr>
<tr><td style="padding:16px 32px;font-size:14px;line-height:22px;color:#3c4043">
<p>Hello,</p>
<p>Maintenance has been scheduled for the following Cloud SQL instance:</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f8f9fa"><th align="left">Instance</th><td>orders-pg-prod (PostgreSQL 16, Enterprise Plus)</td></tr>
<tr><th align="left">Project</th><td>shop-platform-prod</td></tr>
<tr style="background:#f8f9fa"><th align="left">Location</th><td>europe-west1</td></tr>
<tr><th align="left">Maintenance window</th><td>Wednesday, 01:00 - 02:00 UTC</td></tr>
<tr style="background:#f8f9fa"><th align="left">Scheduled for</th><td>November 18, 2026, 01:00 UTC</td></tr>
<tr><th align="left">Maintenance timing</th><td>Week 2</td></tr>
</table>
<p>This maintenance updates the database minor version and the operating system of the instance. The instance will restart; for Enterprise Plus instances the downtime is usually under one second.</p>
<p>You don't need to do anything. If the date does not suit you, you can reschedule the maintenance to a later time within the rollout, start it now, or set a deny maintenance period, from the instance's <b>Overview</b> page in the Google Cloud console.</p>
<p style="margin:24px 0"><a href="https://console.cloud.google.com/sql/instances/orders-pg-prod/overview?project=shop-platform-prod" style="background:#1a73e8;color:#ffffff;padding:10px 24px;border-radius:4px;text-decoration:none">View instance</a></p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#5f6368;border-top:1px solid #dadce0">
You received this mandatory service announcement because you have a Cloud SQL instance in this project.<br>
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043</td></tr>
</table>
</body></html>
""",
    label=L("maintenance", ["google-cloud:Cloud SQL"], [], ["europe-west1"], "2026-11-18",
            "verified", False, S,
            "HTML-only Cloud SQL notice: Google updates and restarts the instance itself, "
            "nothing to do -> maintenance. Scheduled for November 18, 2026 -> deadline. "
            "Location europe-west1.", provider="google-cloud"))


# ==========================================================================
# PRICING (029-031)
# ==========================================================================

S = src("hetzner-june-2026-adjustment-table", "Pull request recording Hetzner's June 15, 2026 "
        "price adjustment from its table of old and new cloud prices (shared vCPU plans about "
        "30-38 % up, dedicated vCPU plans about 113-175 % up)",
        "https://github.com/robhunter/agentdeals/pull/1324")
add("029-hetzner-price-adjustment-existing-products.eml",
    frm=("Hetzner Online GmbH", "info@hetzner.com"), to=("Nils Andersson", "nils@example.se"),
    subject="Price adjustment for your existing products from 1 December 2026",
    date="2026-10-14 09:00:00 +0200", auth_results=A_HETZNER,
    charset="utf-8", cte="qp",
    body="""\
Dear Mr Nils Andersson,

In June we told you that the prices of our cloud servers had to rise. The
costs of memory and storage hardware have gone up steeply since the end of
last year, and we can no longer absorb them. The new prices have applied to
new orders since 15 June 2026. For products that you ordered before that
date, they apply from 1 December 2026.

Your products affected (monthly price, excluding VAT):

  Server               Plan     Location   Until 30 Nov 2026   From 1 Dec 2026
  edge-proxy-hel       CX33     hel1       € 6.49              € 8.49
  build-runner-01      CPX32    fsn1       € 13.99             € 33.49
  db-primary           CCX23    nbg1       € 29.99             € 78.99

The prices of traffic, primary IPs and Storage Boxes do not change.

You do not need to do anything if you want to keep your servers. If you
would rather change plans or cancel, you can do so in the Cloud Console at
any time; servers are billed by the hour, up to the monthly price.

Thank you for your understanding and your trust.

Kind regards

Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
""",
    label=L("pricing", ["hetzner:Cloud"], [], ["fsn1", "hel1", "nbg1"], "2026-12-01",
            "verified", False, S,
            "Price increase for existing products -> pricing. Subject names the date it takes "
            "effect -> 2026-12-01; the June date for new orders is past. Regions: the Hetzner "
            "locations of the customer's own servers whose price changes.",
            provider="hetzner"))

S = src("vercel-improved-infrastructure-pricing", "Vercel blog post on its infrastructure pricing "
        "change: bandwidth and functions split into granular metrics (Fast Data Transfer, "
        "Function Invocations, Function Duration, Edge Requests, Data Cache), Hobby stays free, "
        "change visible on the first bill in a given window",
        "https://zeit.co/blog/improved-infrastructure-pricing")
add("030-vercel-infrastructure-pricing-change.eml",
    frm=("Vercel", "notifications@vercel.com"), to=("Finance", "finance@example.dev"),
    subject="Changes to how Vercel measures and bills infrastructure usage",
    date="2026-10-01 17:00:00 +0000", auth_results=A_VERCEL,
    body="""\
Hi,

You are receiving this because you own the Pro team acme-web on Vercel.

We are changing how we measure and charge for infrastructure. Instead of
two large bundles, bandwidth and functions, usage is split into smaller
metrics that you can see and optimise one by one:

  Before                         From your new billing cycle
  Bandwidth      $0.40 / GB      Fast Data Transfer     $0.15 / GB
                                 Fast Origin Transfer   $0.06 / GB
                                 Edge Requests          $2.00 / million
  Functions      $0.40 / GB-hr   Function Invocations   $0.60 / million
                                 Function Duration      $0.18 / GB-hr
  ISR            included        Data Cache reads       $0.40 / million
                                 Data Cache writes      $4.00 / million

Prices vary by region for traffic-based metrics. Based on your usage over
the last three months, we expect your monthly bill to stay about the same
(estimated change: -4 %).

The new pricing applies to your team from your first billing cycle that
starts on or after November 25, 2026. You will see it on the invoice for
that cycle. The Hobby plan remains free, and Enterprise contracts keep
their terms until renewal.

Your Usage page already shows the new metrics, so you can check which
parts of your projects cost the most before the change.

The Vercel Team
""",
    label=L("pricing", ["vercel:Edge Network", "vercel:Vercel Functions"], [], [],
            "2026-11-25", "verified", False, S,
            "New metrics and prices for infrastructure usage -> pricing. No act-by date; the "
            "change takes effect from the first billing cycle starting on or after November "
            "25, 2026 -> deadline.", provider="vercel"))

S = src("conoha-service-surcharge", "ConoHa page announcing a 10 % 'service maintenance "
        "adjustment fee' on new contracts and renewals from a given date, because of electricity "
        "prices, exchange rates and semiconductor shortages, to be reviewed as costs change",
        "https://conoha.jp/surcharge/?btn_id=game-rust--priceMonthly_surcharge")
add("031-conoha-service-surcharge-ja.eml",
    frm=("ConoHa by GMO", "info@conoha.jp"), to=("サイト管理者", "admin@example.jp"),
    subject="【ConoHa】「サービス維持調整費」導入のお知らせ（2027年1月1日から）",
    date="2026-11-10 01:00:00 +0000", auth_results=A_CONOHA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
平素より ConoHa をご利用いただき、誠にありがとうございます。

ConoHa では、国内最安値水準での提供を続けるため、これまで費用の削減に
努めてまいりました。しかしながら、電気料金の上昇、為替の変動、サーバー部材の
価格高騰が続き、当社の努力だけではコストの増加を吸収できない状況となりました。

つきましては、2027年1月1日 0:00 以降のお申し込み・ご契約の更新で発生する
ご請求に対し、ご利用料金（税抜）の 10% を「サービス維持調整費」として
ご請求させていただきます。

■ 対象サービス
  ConoHa VPS、ConoHa WING（WINGパックを含む）
  ※ ドメイン、SSL 証明書など記載のないサービスは対象外です。

■ 計算方法
  税抜ご請求額 × 10%

■ 具体例
  ConoHa VPS 2GB プラン（月額 1,064円・税抜）を 2027年1月に更新した場合
    1,064円 + サービス維持調整費 106円 = 1,170円（税抜）

2026年12月31日までにお申し込み・更新されたご契約期間分には発生いたしません。

本調整費は、電気料金や為替の状況に応じて見直し、状況が改善した場合には
撤廃も含めて柔軟に対応する予定です。

GMOインターネットグループ株式会社 ConoHa 事務局
""",
    label=L("pricing", ["conoha:ConoHa VPS", "conoha:ConoHa WING"], [], [], "2027-01-01",
            "verified", False, S,
            "A 10 % surcharge on new contracts and renewals -> pricing. The subject names the "
            "date it starts -> 2027-01-01; 2026年12月31日 is the last day without it, no act-by "
            "date.", provider="conoha"))


# ==========================================================================
# BILLING (032-034)
# ==========================================================================

S = src("fujitsu-cloud-direct-payment-reregistration", "Fujitsu Cloud Direct notice: the "
        "service platform is being renewed and the payment agent changes, so customers must "
        "register their payment method again by a deadline, otherwise they are invoiced for "
        "bank transfer",
        "https://clouddirect.jp.fujitsu.com/news/detail/f6aa494e-2b3c-414b-bf56-602cd7838c5f")
add("032-fujitsu-cloud-direct-payment-reregistration-ja.eml",
    frm=("Fujitsu Cloud Direct", "clouddirect-info@fujitsu.com"), to=TO_BILL,
    subject="【重要】お支払い方法の再登録のお願い（Fujitsu Cloud Direct）",
    date="2026-09-14 00:30:00 +0000", auth_results=A_FUJITSU,
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
Fujitsu Cloud Direct をご利用のお客様

平素より Fujitsu Cloud Direct をご利用いただき、誠にありがとうございます。

より安定したサービスの提供と機能の拡充のため、Fujitsu Cloud Direct では
サービス基盤の刷新を進めております。これに伴い決済代行会社が変わるため、
現在ご登録のお支払い情報を新しい基盤へ引き継ぐことができません。

お手数ですが、下記の期限までにお支払い方法の再登録をお願いいたします。

  再登録の期限    2026年10月30日（金）
  お支払い方法    クレジットカード、銀行振込、口座振替
  手続き          マイページ ＞ ご契約情報 ＞ お支払い方法の再登録

  ・再登録に必要なお客様番号と手順は、マイページのお知らせ欄をご覧ください。
  ・期限までに再登録がない場合、新基盤でのご請求は「銀行振込」となります。
  ・新基盤での初回のご請求は、2026年11月ご利用分（2026年12月ご請求）です。

ご不便をおかけいたしますが、ご理解とご協力をお願いいたします。

富士通株式会社 Fujitsu Cloud Direct 事務局
""",
    label=L("billing", ["fujitsu:Fujitsu Cloud Direct"], [], [], "2026-10-30", "verified", False,
            S,
            "Payment method must be registered again because the payment agent changes -> "
            "billing, with an explicit action date 2026年10月30日 -> deadline; falling back to "
            "bank transfer is the consequence. ISO-2022-JP.", provider="fujitsu"))

S = src("ibm-saas-suspension-nonpayment", "IBM support article on accounts suspended for unpaid "
        "invoices: the 'SaaS Suspension for Non Payment Notification - IBM Invoice' e-mail, "
        "writing to the accounts receivable contact, paying open invoices",
        "https://support.video.ibm.com/hc/en-us/articles/11609106708380-My-account-is-suspended")
add("033-ibm-saas-suspension-nonpayment-notice.eml",
    frm=("IBM Accounts Receivable", "ar-notify@ibm.com"), to=TO_BILL,
    subject="SaaS Suspension for Non Payment Notification - IBM Invoice 4837261950",
    date="2026-11-16 13:00:00 +0000", auth_results=A_IBM,
    body="""\
Dear IBM Customer,

Our records show that the following invoices for your IBM Cloud account
Example Analytics Ltd (account ID 8f3c2e71a90b4d6c) are past due:

  Invoice       Invoice date    Due date       Amount
  4837261950    2026-08-31      2026-09-30     USD 6,412.18
  4851903377    2026-09-30      2026-10-30     USD 6,297.40

  Total past due:                              USD 12,709.58

If we do not receive payment, or a reply from you, by 2026-11-30, the SaaS
subscriptions billed to this account will be suspended for non-payment.
A suspension can only be lifted after the open balance has been paid and
the payment has been applied.

What to do:
  1. Check the open invoices on Invoices@IBM with your IBMid.
  2. Pay the outstanding amount using the payment instructions on the
     invoice.
  3. If you have already paid, or you dispute an invoice, reply to this
     e-mail and copy your accounts receivable representative, with the
     remittance details.

Kind regards,
IBM Accounts Receivable
International Business Machines Corporation, 1 New Orchard Road, Armonk, NY 10504
""",
    label=L("billing", ["ibm-cloud:Billing"], [], [], "2026-11-30", "verified", False, S,
            "Past-due invoices with a pay-by date before suspension -> billing (although the "
            "subject says 'Suspension', this is non-payment, not abuse). Deadline 2026-11-30. "
            "10-digit invoice numbers are no account IDs.", provider="ibm-cloud"))

S = src("fake-cloudflare-fastly-billing-phish", "Threat-pattern page on phishing mails in the "
        "name of Cloudflare or Fastly claiming a failed subscription payment and CDN, TLS or DDoS "
        "protection about to be switched off, with a link to a fake billing portal",
        "https://gorganizer.net/explain/fake-cloudflare-fastly-cdn-network-billing-phish")
add("034-phish-fastly-payment-failed.eml",
    frm=("Fastly Billing", "billing@fastly-payments-portal.com"), to=TO_BILL,
    subject="Fastly: payment failed - your CDN services will be disabled",
    date="2026-11-24 07:41:55 +0000",
    auth_results=base.auth(domain="fastly-payments-portal.com", mailfrom="fastly-payments-portal.com",
                           dkim="none", spf="fail", dmarc="fail"),
    body="""\
Fastly

Hello,

We were unable to process the payment for your Fastly subscription
(Invoice FST-2026-118203, USD 1,940.00). Your bank declined the charge.

If your billing details are not updated by November 27, 2026, we will
disable the CDN services, TLS certificates and DDoS protection for all of
your domains. Visitors to your sites will see certificate errors until the
services are restored.

Update your billing information now:
https://manage-fastly.billing-account-restore.com/signin?inv=FST-2026-118203

Thank you for choosing Fastly.

Fastly Billing Department
""",
    label=L("billing", ["fastly:CDN"], [], [], "2026-11-27", "suspicious", False, S,
            "Look-alike sender fastly-payments-portal.com (SPF and DMARC fail), link to a "
            "foreign domain, threat to switch off TLS for every domain -> phishing. Claimed "
            "content: a failed payment -> billing, suspicious; lure date November 27, 2026 -> "
            "deadline.", provider="fastly"))


# ==========================================================================
# INFORMATIONAL (035-038) AND SECURITY ADVISORIES (039-040)
# ==========================================================================

S = src("heroku-incident-review-blog", "Heroku's incident review after its investigation into "
        "a supply-chain attack concluded (GitHub's notification, containment within hours, "
        "OAuth tokens and credentials rotated, GitHub integration cut off, further changes "
        "planned)", "https://blog.heroku.com:443/april-2022-incident-review")
add("035-heroku-security-incident-review.eml",
    frm=("Heroku", "noreply@heroku.com"), to=("Feed Team", "feeds@example.com"),
    subject="Heroku incident review: what happened and what we have changed",
    date="2026-10-09 17:00:00 +0000", auth_results=A_HEROKU,
    body="""\
Hi,

Our investigation into the security incident that we told you about on
September 3, 2026 is now complete. We want to give you a summary of what
the attacker did, what we did about it, and what we are changing.

What happened
On August 28, 2026, GitHub told us about suspicious use of OAuth tokens
that belong to the Heroku GitHub integration. Within three hours we had
disabled the internal machine account the attacker had used. The
investigation then showed that the attacker had read a database holding
the OAuth tokens of the GitHub integration and the hashed and salted
passwords of Heroku accounts, and had used some of the tokens to download
private repositories of a small number of customers. We have written to
every customer whose repositories were downloaded.

What we did
  - revoked all GitHub integration tokens and disconnected the
    integration, which is available again since September 21, 2026;
  - reset the passwords of all Heroku accounts;
  - rotated internal credentials and the keys used to encrypt config
    vars;
  - reviewed the access of every machine account to customer data.

What is changing
We are adding mutual TLS and key protection to the way we store OAuth
tokens, shortening the lifetime of internal credentials and extending our
monitoring of access to customer data.

You do not need to do anything because of this message. If you have not
reconnected the GitHub integration yet, you can do so in the Deploy tab of
each app at any time.

We are sorry for the disruption this incident caused you.

The Heroku Team
Salesforce, Inc., 415 Mission Street, Suite 300, San Francisco, CA 94105
""",
    label=L("informational", ["heroku:GitHub Integration"], [], [], None, "verified", False, S,
            "Closing review of an incident at the provider, all remedial steps done, 'You do "
            "not need to do anything' -> informational despite the security wording. All dates "
            "are past -> null.", provider="heroku"))

S = src("hetzner-phishing-status-warning", "Article expanding Hetzner's status-page warning about "
        "phishing mails in its name (artificial urgency such as 'last reminder' or 'your "
        "contract will end soon', fake sender names, fake login pages; real mail comes from "
        "@hetzner.com; change the password and enable 2FA if data was entered)",
        "https://dorland.org/?p=997")
add("036-hetzner-phishing-warning-notice.eml",
    frm=("Hetzner Online GmbH", "info@hetzner.com"), to=("Nils Andersson", "nils@example.se"),
    subject="Beware of phishing e-mails in the name of Hetzner",
    date="2026-10-20 10:00:00 +0200", auth_results=A_HETZNER,
    body="""\
Dear Mr Nils Andersson,

Fraudulent e-mails that pretend to come from Hetzner are currently being
sent to many of our customers. They try to get you to enter your login
details and, in some cases, your credit card data on a fake website.

How to recognise them:
  - They create pressure, with subjects such as "Last reminder", "Urgent:
    renew now" or "Your contract will end soon".
  - The sender name looks familiar ("HETZNER", "HetznerSupportTeam"), but
    the address behind it does not end in @hetzner.com.
  - The link looks like ours but leads to a different domain.

What to do:
  - Do not click links in such e-mails and do not open attachments;
    delete the message.
  - Sign in only by typing accounts.hetzner.com into your browser.
  - If you have entered your password on such a page, change it at once
    and turn on two-factor authentication.

Your account and your servers are not affected by this campaign, and you
do not need to do anything else. Our systems were not breached.

Kind regards

Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
""",
    label=L("informational", [], [], [], None, "verified", False, S,
            "Genuine Hetzner warning about phishing in its name; quotes lure subjects ('Last "
            "reminder', 'Your contract will end soon') and says the account is not affected "
            "-> informational, null, although it is full of security and urgency words.",
            provider="hetzner"))

S = src("fastly-june-8-outage-summary", "Fastly's summary of a global outage caused by an "
        "undiscovered software bug triggered by a valid customer configuration change "
        "(timeline in UTC, 95 % of the network normal within 49 minutes, fix deployment, "
        "follow-up steps)", "https://www.fastly.com/blog/summary-of-june-8-outage")
add("037-fastly-outage-summary.eml",
    frm=("Fastly", "noreply@fastly.com"), to=TO_OPS,
    subject="Summary of the November 18 service disruption",
    date="2026-11-19 22:00:00 +0000", auth_results=A_FASTLY,
    body="""\
Dear Fastly customer,

On November 18, 2026 a large part of our network returned errors for
about an hour. We want to explain what happened and what we are doing
about it.

What happened
On October 27, 2026 we deployed software that contained a bug which only
shows under one rare combination of service settings. Early on November
18, a customer pushed a perfectly valid configuration change with that
combination, and 85 % of our network started to return errors.

Timeline (UTC, November 18, 2026)
  09:41  Errors begin across the network
  09:42  Our monitoring detects the disruption
  09:51  First post on status.fastly.com
  10:19  The configuration that triggers the bug is identified
  10:30  Services begin to recover after the configuration is disabled
  10:53  95 % of the network is operating normally
  12:28  Incident mitigated; status post resolved
  16:05  Deployment of the permanent fix begins

What we are doing
  - The fix is being rolled out to every POP; until it is complete, the
    triggering configuration is blocked.
  - We are reviewing why our testing did not catch the bug and how we can
    shorten the time to recover.

No customer data was lost and no action is needed on your part. We are
sorry for the impact on you and on everyone who relies on your services.

Fastly, Inc., 475 Brannan Street, Suite 300, San Francisco, CA 94107
""",
    label=L("informational", ["fastly:CDN"], [], [], None, "verified", False, S,
            "Post-incident summary of a provider outage, 'no action is needed' -> "
            "informational. All dates are past -> null.", provider="fastly"))

S = src("gsutil-default-removal-bcgov", "Issue quoting Google Cloud's e-mail that, starting "
        "March 2027, the Google Cloud CLI installation no longer includes gsutil by default and "
        "users are encouraged to move to gcloud storage",
        "https://github.com/bcgov/entity/issues/34311")
add("038-gcp-gsutil-default-removal-news.eml",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"), to=TO_DEV,
    subject="gsutil will no longer be part of the default Google Cloud CLI installation",
    date="2026-10-28 16:00:00 +0000", auth_results=A_GOOGLE,
    body="""\
Hello Google Cloud Storage customer,

We're letting you know about a packaging change to the Google Cloud CLI.
Starting in March 2027, new installations and updates of the Google Cloud
CLI will no longer include the gsutil command-line tool by default.

What you need to know
  - gcloud storage is the supported command-line tool for Cloud Storage.
    It covers the common gsutil commands and is usually faster.
  - gsutil itself is not being switched off. After the change you can
    still install it on its own from PyPI if you need it.
  - Existing installations keep their copy of gsutil until they are
    updated. Whether an update removes it depends on how the CLI was
    installed (package manager, archive or Docker image); the release notes
    list each case.

Our recommendation
We encourage you to use gcloud storage in new scripts and, over time, in
existing ones. No change is needed for scripts that already use gcloud
storage.

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this announcement to update you about changes to a
Google Cloud product you use.
""",
    label=L("informational", ["google-cloud:Cloud Storage"], [], [], None, "verified", False, S,
            "Packaging change announced months ahead; gsutil keeps working and can be installed "
            "separately; migration only 'encouraged' -> informational, null. 'March 2027' has "
            "no day and sets no act-by date.", provider="google-cloud"))

_p39 = ["Hello,",
        "Two vulnerabilities in the Linux kernel, CVE-2026-43284 and CVE-2026-43500 (known as "
        "\"Dirty Frag\"), let a local user without privileges gain root access. The flaws are in "
        "how the kernel handles shared page fragments in the IPsec (esp4, esp6, ipcomp) and "
        "RxRPC code. A public proof of concept exists.",
        "You are receiving this message because the EC2 instances listed below were last "
        "launched from Amazon Linux 2023 AMIs whose kernel does not include the fix. AWS has "
        "not seen any sign that these instances were attacked; this message is about the risk "
        "only.",
        "We recommend that you update the kernel of these instances with 'dnf upgrade "
        "--releasever=latest kernel' and reboot them, or replace them with instances launched "
        "from the latest Amazon Linux 2023 AMI. Until you can do so, you can reduce the risk by "
        "blocking the kernel modules esp4, esp6, ipcomp4, ipcomp6 and rxrpc and by turning off "
        "unprivileged user namespaces; note that blocking these modules stops IPsec and kAFS "
        "from working.",
        "For details, see the AWS security bulletin 2026-027-AWS. If you have already updated "
        "or terminated these instances, you can disregard this message."]
_arn39 = health_arn("us-east-1", "EC2", "AWS_EC2_SECURITY_NOTIFICATION", "7b3e9d21")
_res39 = ["i-0a7c3e91f52b84d6e", "i-04d9b2e7c1a6f03b8", "i-0e5f1a8c3b9d27e46"]
_rows39 = [("Affected account", "837462019385"), ("Service", "EC2"),
           ("Event type code", "AWS_EC2_SECURITY_NOTIFICATION"),
           ("Event type category", "Account notification"), ("Region", "us-east-1"),
           ("Start time", "Thu, 17 Sep 2026 22:40:00 GMT"), ("Status", "Open")]
S = src("dirty-frag-mitigation-moselwal", "Blog post on the Dirty Frag Linux kernel local "
        "privilege escalation (CVE-2026-43284): affected kernels, module blacklist for esp4, "
        "esp6 and rxrpc, AWS's additional advice on ipcomp4, ipcomp6 and user namespaces",
        "https://moselwal.com/blog/linux-kernel-dirty-frag-lpe-mitigation")
add("039-health-ec2-kernel-security-notification.eml",
    frm=AWS_HEALTH, to=TO_SEC,
    subject="Security notification for Linux kernel issues CVE-2026-43284 and CVE-2026-43500 "
            "[AWS Account: 837462019385] [US-EAST-1]",
    date="2026-09-17 23:00:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p39, _arn39, _rows39, _res39),
    html=un_html("Security notification for Linux kernel issues CVE-2026-43284 and "
                 "CVE-2026-43500", _p39, _arn39, _rows39, host="m4tq9wzd", seed="039",
                 resources=_res39),
    label=L("security-advisory", ["EC2"], ["837462019385"], ["us-east-1"], None, "verified",
            False, S,
            "AWS Health security notification: instances run kernels vulnerable to a local "
            "privilege escalation, no sign of attack, update recommended with no date -> "
            "security-advisory, null. Account in subject and table, region us-east-1."))

S = src("clara-openssl-dos-advisory", "Clara Online support notice about an OpenSSL "
        "vulnerability that allows remote denial of service (affected packages per OS, the "
        "company's response, customers asked to update their own servers)",
        "https://spt.clara.jp/2020/12/9721/?include_category=plesk-onyx")
add("040-clara-openssl-vulnerability-advisory-ja.eml",
    frm=("クララオンライン サポートセンター", "support@clara.jp"), to=TO_JA3,
    subject="OpenSSL の脆弱性（CVE-2026-61207）に関する注意喚起",
    date="2026-11-26 02:00:00 +0000", auth_results=A_CLARA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
お客様各位

平素は弊社サービスをご利用いただき、誠にありがとうございます。

暗号通信に使われる「OpenSSL」に、遠隔の第三者が細工したデータを送ることで
サービス運用妨害（DoS）を引き起こせる脆弱性が公表されました。問題の概要と
弊社の対応を下記のとおりご案内いたします。

■ 問題の概要
  CVE-2026-61207
  証明書の検証処理に不備があり、細工された証明書を処理すると
  プロセスが異常終了するおそれがあります。

■ 影響を受けるパッケージ
  RHEL 8 / AlmaLinux 8 / Rocky Linux 8   openssl 1.1.1 系
  RHEL 9 / AlmaLinux 9 / Rocky Linux 9   openssl 3.0 系
  ※ 2026年11月26日時点の情報です。修正版パッケージは各ディストリビューションから
    順次提供されています。

■ 弊社の対応
  マネージドプランのサーバにつきましては、弊社にて修正版パッケージを
  適用いたします。適用日時は別途ご案内いたします。

■ お客様へのお願い
  専用サーバ（アンマネージド）をご利用のお客様は、お客様ご自身で
  修正版パッケージへの更新と、OpenSSL を利用するサービスの再起動を
  ご検討ください。手順は弊社サポートサイトに掲載しております。

今後ともクララオンラインをよろしくお願い申し上げます。

株式会社クララオンライン サポートセンター
""",
    label=L("security-advisory", ["clara-online:専用サーバ"], [], [], None, "verified", False,
            S,
            "Vulnerability notice with an update recommended to unmanaged customers and no date "
            "-> security-advisory, null. 2026年11月26日 is the date of the information, not a "
            "deadline.", provider="clara-online"))


# ==========================================================================
# writing and checking
# ==========================================================================

MARKER_RE = w5.MARKER_RE
# critical words a 'body only' subject must not hold, beyond aws-wording-5's list
MORE_CRITICAL_RE = re.compile(r"mining|hack|breach|intru|restrict|locked|block|attack|fraud|"
                              r"takeover|taken over|乗っ取|制限|攻撃|侵入", re.I)
# the stock words a 'body only' notice keeps out of its whole text
STOCK_WORDS_RE = re.compile(r"compromis|abuse report|expos", re.I)
RELATIVE_RE = re.compile(r"(\d+)(h|d|bd)$")


def _relative_deadline(sent, rel):
    """The date a relative deadline ('24h', '7d', '3bd') of a message sent at `sent` ends."""
    n, unit = RELATIVE_RE.match(rel).groups()
    n = int(n)
    if unit == "h":
        return (sent + _dt.timedelta(hours=n)).date()
    if unit == "d":
        return sent.date() + _dt.timedelta(days=n)
    day = sent.date()
    while n:
        day += _dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _more_checks(spec, msg, text):
    """The checks this batch adds to aws-wording-5's (see the module docstring)."""
    errors = []
    lab = spec["label"]
    if spec["body_only"]:
        if MORE_CRITICAL_RE.search(str(msg["Subject"])):
            errors.append("body_only notice names the critical fact in its subject")
        if STOCK_WORDS_RE.search(text):
            errors.append("body_only notice uses a stock word (%s)" %
                          STOCK_WORDS_RE.search(text).group(0))
    if spec["relative"]:
        if not (isinstance(spec["relative"], str) and RELATIVE_RE.match(spec["relative"])):
            errors.append("relative must look like '24h', '7d' or '3bd'")
        else:
            sent = email.utils.parsedate_to_datetime(msg["Date"])
            want = _relative_deadline(sent, spec["relative"]).isoformat()
            if lab["deadline"] != want:
                errors.append("relative deadline %s of %s is %s, labelled %s" % (
                    spec["relative"], sent.isoformat(), want, lab["deadline"]))
    if spec["lang"] == "en" and common.JAPANESE_RE.search(str(msg["Subject"])):
        errors.append("English notice with a Japanese subject")
    return errors


def _batch_errors(labels):
    """The mix this batch promises."""
    return BATCH.mix_errors(
        labels, marker_re=MARKER_RE,
        exact={"notices": 40, "action-required": 10, "maintenance": 4, "pricing": 3,
               "billing": 3, "informational": 4, "security-advisory": 2, "phishing": 2},
        at_least={"critical": 14, "body-only": 8, "japanese": 6, "other-provider": 10,
                  "inline-forward": 1, "rfc822-forward": 1, "html-only": 2},
        at_most={"marked": 3})


def main():
    BATCH.write_checked(build=base.build, readme=README, senders=PROVIDER_DOMAINS,
                        extra=[w5._own_checks, _more_checks], batch_errors=_batch_errors)


README = """\
# aws-wording-6: notices in new wording (AWS and eighteen other providers)

%(n)d notices (`NNN-short-name.eml`) with labels in `labels.json` (paths relative to the
parent `corpus/` folder). Everything here is written by `generate.py` (standard library only,
deterministic):

    python3 Tests/Fixtures/Resources/corpus/aws-wording-6/generate.py

The script imports the MIME helpers and `auth()` from the parent `generate.py`, the label
constructor and sender table from `../aws-wording-4/generate.py` and the per-message checks
of `../aws-wording-5/generate.py` (importing either builds that batch's messages in memory and
writes nothing). It rewrites the `.eml` files, `labels.json` and this README, parses every file
back and checks the labels against the decoded text: the shared checks (account IDs present,
other 12-digit runs declared as traps, regions present as code or name, Date within
2026-09-01..2026-11-30, no deadline before the Date, no 12-digit run in a Message-ID, verified
mail from the provider's own domain with passing authentication, AWS services are `id`s of
`Sources/DigestClassify/Resources/services.json`, other providers' services carry the
`<provider>:` prefix), aws-wording-5's (every deadline that is not relative and every timeline
date is written in the text and lies after the Date, 'body only' critical notices have no
critical word in the subject, phish fail or lack authentication, forwards are what they
claim), and its own: a 'body only' notice keeps a wider list of critical words out of its
subject and the stock words 'compromised', 'abuse report' and 'exposed' out of its whole text,
every relative deadline ('24h', '7d', '3bd') equals the date computed from the Date header,
at most three action-required subjects (phish included) carry an [Action Required]-style
marker, the batch mix below holds, and no source is used twice or by an earlier batch (labels,
notes, READMEs and generate.py files of the other folders). It exits 1 on a mismatch. Edit the
script, not the files.

All labels were decided by reading the messages; the classifier was neither run nor read.
Wording is our own; shapes (subjects, senders, structure, date kinds, account and region
notation) follow the public pages listed under Sources. Account IDs, case, ticket, invoice and
resource IDs, names, IP addresses, prices and many 2026-2027 details are invented for the
autumn-2026 setting (for example the dates of the Vercel and ConoHa pricing changes, the
Hetzner date for existing products, the Sakura is1a closure, the Heroku and Fastly incidents,
the Clara Online CVE, the IBM invoices). Real dates kept where public: Heroku-22 reaches end of
life on April 30, 2027 (build failures from November 1, 2026, builds stop May 1, 2027); Lambda
python3.10 is deprecated on October 31, 2026 (create blocked February 1, update blocked March
3, 2027); the Azure HTTP Data Collector API retires on 14 September 2026; the legacy Service Bus
and Event Hubs SDKs retire on 30 September 2026; DigitalOcean starts forced MySQL 8.0 upgrades
on 30 October 2026; OVHcloud ends Kafka 4.0 on 2026-10-15; Cloudflare removes Service Key
authentication on September 30, 2026; Scaleway drops legacy Elastic Metal OSes on October 1,
2026; gsutil leaves the default Cloud CLI in March 2027; Dirty Frag is CVE-2026-43284 and
CVE-2026-43500.

## Deadline rule used

The product owner's rule governs: the deadline is the date the reader must act by; when the
subject names the date of an event (end of support, retirement, a change taking effect), that
date; an earlier restriction (no new creation, failing builds from a date) is not the deadline
unless the reader's action is tied to it; a later consequence (forced upgrade, blocked updates,
deletion, destruction of resources, suspension) is not the deadline; with no act-by date and no
subject date, the date the change takes effect (for enforcement already applied, the Date);
relative deadlines ('within 24 hours', '7 days', '3 business days') are resolved from the Date
header; null for informational, billing and security-advisory notices unless they set an
explicit action date, and for incidents that name no date; for phishing, the date the lure
claims.

## What is in the batch

- Critical (%(crit)d; %(body_only)d of them with the critical fact only in the body, said in
  roundabout words). Bland subjects: 'Important information about your Google Cloud project
  ...' over a VM suspended for mining cryptocurrency, probably run by someone else (001); 'An
  update about your project ...' over a Vercel project paused as a look-alike of a brand's
  sign-in (002); a bare 'Linode Support Ticket 21874305' over pages copying a bank's sign-in
  on a Linode (003); 'RE: Case ... - Production subscription unavailable' over an Azure
  subscription deactivated because two VMs sent unsolicited bulk mail (004); '[DigitalOcean]
  Ticket #... - Account review' over Droplets powered off and an account locked for suspected
  mining (005); a Japanese IIJ GIO '【IIJ GIO】ご契約サービスに関するご連絡' over outgoing SSH
  login attempts (007); 'AWS アカウント ... の Amazon SES に関するお知らせ' over an SES sending
  pause after a 12.4 %% bounce rate (008); 'RE: [CASE ...] Unexpected increase in EC2 charges
  this month' over mining instances launched with a key published on GitHub (009); 'FW: AWS
  Notification Message' with an attached SNS mail whose only content is a GuardDuty
  CryptoCurrency finding (010); '[Scaleway] New message on ticket #...' over a UDP flood from a
  Dedibox and a null-route (011); 'Notification regarding your AWS account 5039-1827-4465'
  over a secret key found on a public page and already used (013). Plain subjects: a Hetzner
  NetScan abuse message (006), a Cloudflare phishing report for a zone (012), a Japanese
  Xserver notice about an intruder's process and a Web restriction (014).
- Action required: Heroku-22 end of life forwarded inline (015); '【要対応】' Lambda python3.10
  as a Japanese AWS Health notice (016); HTML-only Azure Data Collector API retirement (017);
  DigitalOcean MySQL 8.0 upgrade before forced upgrades (018); '[Action required]' OVHcloud
  Kafka 4.0 end of life (019); Cloudflare Service Key authentication (020); a final reminder for
  the legacy Azure Service Bus and Event Hubs SDKs (021); a Japanese SAKURA internet closure of
  the is1a old-plan environment (022); Scaleway Elastic Metal legacy operating systems (023);
  a Cloudflare 'account update' phish (024).
- Maintenance: a Japanese Sakura VPS host patch for a virtualisation vulnerability (025), a
  Japanese Fujitsu FJcloud-O dedicated-server firmware update (026), a Linode critical host
  reboot for embargoed advisories (027), an HTML-only Cloud SQL upcoming maintenance (028).
- Pricing: Hetzner prices for existing products (029), Vercel infrastructure metrics (030), a
  Japanese ConoHa 10 %% surcharge (031). Billing: a Japanese Fujitsu Cloud Direct payment
  re-registration in ISO-2022-JP (032), an IBM 'SaaS Suspension for Non Payment' notice (033),
  a Fastly payment phish (034).
- Informational: a Heroku incident review (035), a Hetzner warning about phishing in its name
  (036), a Fastly outage summary (037), the gsutil packaging change for March 2027 (038).
  Security advisories: an AWS Health notification about the Dirty Frag kernel flaws (039,
  multipart), a Japanese Clara Online OpenSSL notice (040).
- Providers: %(prov)s.
- Senders: no-reply-aws@amazon.com (Support case reply, plain and Japanese notices),
  health@aws.com (managed notifications, multipart with awstrack.me links, one in Japanese),
  SNS (inside a forward); google-cloud-compliance@, CloudPlatform-noreply@ and
  noreply-maintenance@google.com; notifications@vercel.com; support@linode.com;
  support@mail.support.microsoft.com and azure-noreply@microsoft.com;
  support@support.digitalocean.com and no-reply@digitalocean.com; abuse@ and info@hetzner.com;
  gio-support@iij.ad.jp; noreply@scaleway.com; abuse@cloudflare.com and
  noreply@notify.cloudflare.com; support@xserver.ne.jp; noreply@heroku.com;
  noreply@ovhcloud.com; cloud-info@ and vps-info@sakura.ad.jp; fjcloud-info@ and
  clouddirect-info@fujitsu.com; info@conoha.jp; ar-notify@ibm.com; noreply@fastly.com;
  support@clara.jp; two colleagues; two look-alike domains for the phish.
- Encodings: us-ascii 7bit, UTF-8 quoted-printable and base64, ISO-2022-JP (032), HTML only
  (017, 028), multipart/alternative (016, 039), multipart/mixed with message/rfc822 (010).
  Languages: %(en)d English, %(ja)d Japanese.
- Traps: an account only in dashed form in a subject (013); a 19-digit GCP VM ID (001), a
  16-digit Azure case number (004), 10- and 11-digit case, invoice and Netcraft numbers, 8-digit
  Linode, Hetzner and IIJ IDs, hexadecimal account tags (020, 033); provider region ids that
  are no AWS code (us-east, eu-west, fra1, hel1, gra, is1a, fr-par-2, jp-east-3); Sakura's
  '東京第2ゾーン' that is not the AWS Tokyo Region (025); the customer's own us-east-1 instance
  next to the rogue Regions (009); a past SES warning date (008); earlier restrictions (015,
  022), later consequences (005, 013, 016, 018, 019, 022, 032, 033); a disclosure date after the
  maintenance window (027); a last-day-before-the-surcharge date (031); security words in
  informational mail (035, 036) and in maintenance (025, 027); 'Suspension' in a billing
  subject (033); a date of information in an advisory (040).

## Counts

| category | all | verified | unverified | suspicious |
|---|---|---|---|---|
%(rows)s

Trust: %(ver)d verified, %(unv)d unverified, %(sus)d suspicious.
Reminders: %(rem)d. Messages with a deadline: %(dl)d.

## Labels we were unsure of

- `001` (GCP suspension), `002` (Vercel), `008` (SES pause), `012` (Cloudflare warning
  page): enforcement already in
  effect with no act-by date -> the Date by the rule's fallback (as aws-wording-5's `007`);
  null would also be defensible, and earlier batches labelled some such notices null.
- `001` (GCP mining): abuse (Terms of Service suspension), although the notice suspects that
  someone else ran the VM, which would make it a security incident.
- `010` (GuardDuty): an incident without any date -> null, as earlier batches do, although
  the fallback could point at the detection day.
- `004` (Azure case reply): abuse rather than security-incident; the mail software may have
  been installed by someone else, but the notice treats the sending as an Acceptable Use Policy
  violation of the customer. '3 business days' counted Wednesday to Friday (no holidays).
- `008` (SES pause): abuse (sending enforcement) although the body suspects stolen SMTP
  credentials, which would make it a security incident too.
- `009` (case reply): security-incident with the 5-day reply deadline; suspension is the
  consequence. Services `EC2` and `IAM`.
- `014` (Xserver): security-incident (an intruder's process on the customer's account) rather
  than abuse, although the provider restricted the account to protect others.
- `015` (Heroku-22): deadline April 30, 2027 (end of life, named by the subject), not May 1,
  2027 when builds stop for good, nor November 1, 2026 when the first builds start failing.
- `018` (DigitalOcean MySQL): the subject names the start of forced upgrades, which is also
  the act-by date; the forced upgrade itself is maintenance-like.
- `023` (Scaleway): action-required although the notice only withdraws support and the
  catalogue images; servers keep running.
- `025` and `027`: maintenance although both are triggered by security vulnerabilities.
- `030` (Vercel): the effective date is tied to each team's billing cycle; we took the first
  possible date, November 25, 2026.
- `031` (ConoHa): 2027-01-01, the first day of the surcharge; 2026年12月31日 is written too.
- `033` (IBM): billing, although the subject has 'Suspension'.
- `035` (Heroku review) and `036` (Hetzner phishing warning): informational although the
  first describes a security incident at the provider and the second is about phishing.
- `038` (gsutil): informational with null; a reader whose scripts call gsutil might treat
  March 2027 as an action date, but the notice has no day and only encourages the move.
- Service names chosen by us for other providers: `vercel:Deployments`, `vercel:Edge Network`,
  `vercel:Vercel Functions`, `linode:Compute Instances`, `azure:Virtual Machines`,
  `azure:Azure Monitor`, `azure:Service Bus`, `azure:Event Hubs`, `digitalocean:Droplets`,
  `digitalocean:Managed Databases`, `hetzner:Cloud`, `iij:IIJ GIOインフラストラクチャーP2`,
  `scaleway:Dedibox`, `scaleway:Elastic Metal`, `cloudflare:CDN`, `cloudflare:API`,
  `cloudflare:Account`, `xserver:Xserverレンタルサーバー`, `heroku:Stacks`,
  `heroku:GitHub Integration`, `ovhcloud:Public Cloud Databases`,
  `sakura-internet:さくらのクラウド`, `sakura-internet:さくらのVPS`,
  `fujitsu:FJcloud-O 専有物理サーバ`, `fujitsu:Fujitsu Cloud Direct`, `google-cloud:Compute
  Engine`, `google-cloud:Cloud SQL`, `google-cloud:Cloud Storage`, `conoha:ConoHa VPS`,
  `conoha:ConoHa WING`, `ibm-cloud:Billing`, `fastly:CDN`, `clara-online:専用サーバ`.

## Sources read (shapes and facts, never copied)

%(sources)s
"""


if __name__ == "__main__":
    main()
