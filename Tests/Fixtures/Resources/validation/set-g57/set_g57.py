#!/usr/bin/env python3
"""Generate validation batch g57: 36 labelled cloud-provider notices (April 2029).

Theme: the critical boundary.  16 genuine critical notices (abuse reports and
enforcement, compromised accounts, exposed keys, data exposure), 17 notices that
only talk about security (advisories, CVE bulletins, post-mortems, phishing
warnings, launches, an MFA enforcement), and 3 phishing lures.  6 notices are
in Japanese, one in German, one in French.

Standard library only, deterministic.  Writes set-g57.mbox, README.md and
used-sources.txt next to this script, re-reads the mbox and checks it.
Exit status 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import mailbox
import os
import sys
from email.headerregistry import Address
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))

class KeptSections:
    """Writes a README, keeping the sections added once the batch was scored ("## Scored at arrival" on)."""

    def __init__(self, path):
        self.path, self.parts = path, []

    def __enter__(self):
        return self

    def write(self, text):
        self.parts.append(text)

    def __exit__(self, *exc):
        text = "".join(self.parts)
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as fh:
                old = fh.read()
            mark = old.find("\n## Scored at arrival")
            if mark >= 0:
                text = text.rstrip("\n") + "\n\n" + old[mark + 1:]
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return False

NAME = "g57"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 4)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

JST = dt.timezone(dt.timedelta(hours=9))
CEST = dt.timezone(dt.timedelta(hours=2))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
UTC = dt.timezone.utc

CVDB = "https://github.com/wiz-sec/open-cvdb/blob/0b1bd859f52a3e336cb9ff2e609fea628828f107/vulnerabilities/%s.yaml"
DMCA = "https://github.com/github/dmca/blob/9f92b957c670caebcee96b88e257192e92505fc1/%s"
CSP = ("https://github.com/SummitRoute/csp_security_mistakes/blob/"
       "64604e3a39be0d4780a8eb8883ceea5450bff309/README.md#%s")
POT = "https://github.com/rf-peixoto/phishing_pot/blob/main/email/%s"

# --------------------------------------------------------------------------
# date formatting
JA_WD = "月火水木金土日"
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def fmts(key, d):
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    w = d.weekday()
    return {
        key + "_jp": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_jpw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, JA_WD[w]),
        key + "_md": "%d月%d日" % (d.month, d.day),
        key + "_mdw": "%d月%d日（%s）" % (d.month, d.day, JA_WD[w]),
        key + "_en": "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[d.month - 1], d.day, d.year),
        key + "_de": "%d. %s %d" % (d.day, DE_MON[d.month - 1], d.year),
        key + "_dew": "%s, %d. %s %d" % (DE_WD[w], d.day, DE_MON[d.month - 1], d.year),
        key + "_fr": "%d %s %d" % (d.day, FR_MON[d.month - 1], d.year),
        key + "_frw": "%s %d %s %d" % (FR_WD[w], d.day, FR_MON[d.month - 1], d.year),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_hm": d.strftime("%H:%M"),
        key + "_ts": d.strftime("%Y-%m-%d %H:%M"),
    }


def month_offset(send):
    """Offset (multiple of 7 days) that moves `send` into MONTH keeping the weekday."""
    y, m = MONTH
    best = None
    day = dt.date(y, m, 1)
    while day.month == m:
        if day.weekday() == send.weekday():
            score = abs(day.day - send.day)
            if best is None or score < best[0]:
                best = (score, day)
        day += dt.timedelta(days=1)
    off = best[1] - send.date()
    assert off.days % 7 == 0
    return off


def resolve_relative(start, rel):
    """Resolve a relative deadline from the Date header (labels.md rule 4)."""
    kind, n = rel
    if kind == "days":
        return start + dt.timedelta(days=n)
    if kind == "bdays":
        d = start
        left = n
        while left:
            d += dt.timedelta(days=1)
            if d.weekday() < 5:
                left -= 1
        return d
    raise ValueError(kind)


# --------------------------------------------------------------------------
# the notices
N = []


def notice(**kw):
    N.append(kw)


# ============================ critical (16) ============================

# 1 AWS (Japanese) exposed access key -> security-incident, 5 days
notice(
    lang="ja", label="security-incident", phishing=False, provider="AWS (Japan)",
    url="https://qiita.com/President_Taka/items/12c05e64d1e4b50cd6ef",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="root+aws@hoshikawa-dev.example",
    subject="【重要】お客様の AWS アカウントについて",
    dates={"sd": dt.datetime(2019, 10, 4, 11, 26, tzinfo=JST)},
    deadline="rel", rel=("days", 5),
    body="""AWS をご利用のお客様

お客様の AWS アカウント（ID: 8412-6620-3197）のアクセスキー AKIAEXAMPLE7QH2M4ZT と、
対応するシークレットキーがインターネット上で公開されていることを確認しました。

  公開場所: https://github.com/hoshikawa-dev/portfolio-app/blob/3c0d9e1/config/settings.py

この状態は、不正利用による高額な請求や、他者への攻撃にお客様のアカウントが
使われる危険があり、AWS カスタマーアグリーメントにも反しています。
被害を抑えるため、お客様のアカウントでは一部のリソースを作成する機能を
一時的に制限しました。アカウントが安全になったわけではありません。

次の対応を直ちに行ってください。
  1. 公開されたアクセスキーを削除し、必要であれば新しいキーを作成する
  2. ルートユーザーおよびすべての IAM ユーザーのパスワードを変更する
  3. 作成した覚えのない EC2 インスタンスや IAM ユーザーがないか、
     すべてのリージョンで確認し、あれば削除する
  4. 対応内容を本ケースへの返信でお知らせいただく

本メールの送信から 5 日以内に対応が確認できない場合、アカウントを
停止させていただくことがあります。

AWS サポートケース: 6483920517
Amazon Web Services""")

# 2 AWS exposed access key (velero credentials) -> security-incident
notice(
    lang="en", label="security-incident", phishing=False, provider="AWS",
    url="https://github.com/hcbent/homelab/blob/main/AWS-SECURITY-RESPONSE.md",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="ops@lindenhall-lab.example",
    subject="Case update: AWS Account 5590-1837-4426",
    dates={"sd": dt.datetime(2025, 11, 14, 2, 41, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

We have become aware that the access key AKIAEXAMPLEVELERO42, belonging to the
IAM user "velero-backup" in your account 5590-1837-4426, is publicly visible
together with its secret key at the following location:

  https://github.com/lindenhall/homelab/blob/9e41c07/k8s/velero/credentials-velero

Anyone who finds this key can act in your account with its permissions, which
can lead to data loss, abuse of your resources and unexpected charges.

To limit the risk we have attached the managed policy
AWSCompromisedKeyQuarantineV3 to the user. It blocks a set of high-risk
actions, but it does not make the key safe.

Please do the following now:
  1. Create a new access key for the user and move the backup job to it.
  2. Delete (not just deactivate) the exposed key.
  3. Remove the file from the repository and from its Git history.
  4. Review CloudTrail in every region for activity you do not recognise:
     new instances, Lambda functions, IAM users or S3 access.
  5. Reply to this case once the steps are done.

Detaching the quarantine policy before the key is deleted will leave your
account exposed.

Sincerely,
Amazon Web Services""")

# 3 GitHub DMCA (StigStream) -> abuse, 1 business day
notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA % "2026/06/2026-06-17-stigstream.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="zeus-dev@kodiaddons.example",
    subject="[GitHub] DMCA takedown notice concerning your repository",
    dates={"sd": dt.datetime(2026, 6, 17, 16, 5, tzinfo=UTC)},
    deadline="rel", rel=("bdays", 1),
    body="""Hi @zeus-dev,

We received a DMCA takedown notice from a streaming company that says one
file in your repository reproduces its proprietary material, including
embedded API credentials, key material and the routines that decrypt its
protected API responses.

  Repository: zeus-dev/addons-collection
  File: plugin.video.vidsource/resources/lib/streamprovider.py

Because the notice names specific content, we are giving you the chance to
make changes before we act. Please remove or change the reported file within
one business day of this message and then reply to let us know what you
changed. If we do not hear from you in that time, we will disable the
repository.

Forks are not affected by this notice unless they are named in it.

If you believe the content was removed by mistake or misidentification, you
can submit a counter notice; see our guide to submitting a DMCA counter
notice. The notice itself will be published in the github/dmca repository
with personal information removed.

Thanks,
GitHub Trust & Safety""")

# 4 GitHub DMCA (X Corp) -> abuse, 1 business day (Friday -> Monday)
notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA % "2026/03/2026-03-27-x-corp.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="tiago@emu-tools.example",
    subject="[GitHub] DMCA notice: please make changes to tiago-m/emuscraper",
    dates={"sd": dt.datetime(2026, 3, 27, 18, 32, tzinfo=UTC)},
    deadline="rel", rel=("bdays", 1),
    body="""Hello @tiago-m,

A large social media platform has sent us a DMCA takedown notice about your
repository tiago-m/emuscraper. The complainant states that the whole
repository is infringing, because it copies its private GraphQL schemas and
query structures and works around its technical protection measures
(API key checks, rate limits and request signing headers).

Before disabling anything we would like to give you an opportunity to
address the notice. You have one business day from this message to make
changes and tell us what you did by replying here.

If no changes are made in that period, the repository will be disabled.

If you think the notice is wrong, for example because the code is your own
work, you may file a counter notice instead. We will publish a redacted copy
of the takedown notice in our public DMCA repository.

Regards,
GitHub Trust & Safety""")

# 5 GitHub DMCA (China Telecom Foshan) -> abuse, repositories disabled
notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA % "2026/08/2026-08-18-china-telecom-foshan.md",
    frm=("GitHub", "support@github.com"),
    to="haoxu@netopt-mail.example",
    subject="[GitHub] Your repository has been disabled",
    dates={"sd": dt.datetime(2026, 8, 18, 9, 14, tzinfo=UTC)},
    deadline=None,
    body="""Hi @haoxu-dev,

We are writing to let you know that your repository haoxu-dev/LteNetPlatform
has been disabled in response to a revised DMCA takedown notice from a
telecommunications operator.

The company states that the LTE network optimisation platform in the
repository was written by its employees as work for hire, was never
published under an open-source license, and that every file in the
repository is a copy of its proprietary code. The notice also points out
that the Web.config file contains plaintext database connection strings
with usernames and passwords for internal SQL Server and MySQL databases.

The notice covered the entire repository and five forks, so the
repositories were disabled without a period for changes. Visitors now see a
notice that the content is unavailable.

If you believe this content was disabled in error, you can send us a
counter notice. Please note that we cannot restore the repository while the
claim is pending.

Thanks,
GitHub""")

# 6 Cloudflare: phishing warning placed on a customer domain -> abuse
notice(
    lang="en", label="abuse", phishing=False, provider="Cloudflare",
    url="https://github.com/wealthfolio/wealthfolio/issues/1325",
    frm=("Cloudflare Trust & Safety", "abusereply@cloudflare.com"),
    to="admin@ledgerly-app.example",
    subject="Notification",
    dates={"sd": dt.datetime(2026, 7, 16, 7, 48, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Cloudflare has received a phishing report about a site on a zone in your
account:

  Zone: ledgerly-app.example
  Reported URL: https://ledgerly-app.example/
  Reporter: anonymous
  Evidence: page reported as collecting financial account credentials

After review, access to the reported URL has been restricted. Visitors to
the home page now see an interstitial warning that the site is suspected
of phishing. Other paths on the zone are not affected.

If the report is wrong, or if you have removed the content, you can
request a review from the Trust & Safety section of your dashboard. Please
describe what the page is used for and any changes you made.

You can reply to abusereply@cloudflare.com with questions about this case.

Thanks,
The Cloudflare Team""")

# 7 Cloudflare: Pages project blocked -> abuse
notice(
    lang="en", label="abuse", phishing=False, provider="Cloudflare",
    url="https://github.com/cloudflare/workers-sdk/issues/12370",
    frm=("Cloudflare", "abusereply@cloudflare.com"),
    to="web@aurora-estates.example",
    subject="Cloudflare Pages project blocked: aurora-website",
    dates={"sd": dt.datetime(2026, 2, 2, 17, 20, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Your Cloudflare Pages project "aurora-website" (account 7c2e41d90b8a46f3) has
been blocked because its content was found to violate our terms of service.

While the block is in place:
  - new deployments through Git, Wrangler or deploy hooks are rejected with
    error 8000119 ("Your Pages project has been blocked");
  - the existing pages.dev address and custom domains no longer serve the
    site.

The rest of your account is not affected.

If you believe the block was applied in error, reply to
abusereply@cloudflare.com from the account owner's address, quoting the
project name and account ID above, and explain what the project hosts.

Regards,
Cloudflare Trust & Safety""")

# 8 Cloudflare: user access blocked for suspected malicious use -> abuse
notice(
    lang="en", label="abuse", phishing=False, provider="Cloudflare",
    url="https://github.com/cmliu/edgetunnel/issues/1271",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to="jun.yang@tideway-net.example",
    subject="Cloudflare account notice",
    dates={"sd": dt.datetime(2026, 6, 11, 3, 10, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Access for your user to the Cloudflare account "tideway-net" has been
blocked because we detected suspected malicious use of Cloudflare services
from the account.

Our review found a Cloudflare Pages project deploying a proxy tunnel that
is used to route third-party traffic through our network. This is not
permitted under our terms of service.

What this means:
  - You can no longer sign in to the dashboard or change settings.
  - Pages projects in the account have been blocked.
  - Workers in the account keep running for now.

To ask for access to be restored, contact abusereply@cloudflare.com from
the e-mail address on the account and include the account ID
3f8a0c21e97d4b55.

The Cloudflare Team""")

# 9 OVH: copyright complaint forwarded -> abuse
notice(
    lang="en", label="abuse", phishing=False, provider="OVHcloud",
    url="https://github.com/ovh/cerberus-core/blob/master/abuse/tests/samples/sample5",
    frm=("OVH Abuse", "abuse@ovh.net"),
    to="contact@fileshare-hub.example",
    subject="Notification of abuse - ticket ABU-4418207",
    dates={"sd": dt.datetime(2015, 6, 8, 11, 58, tzinfo=CEST)},
    deadline=None,
    body="""Dear Customer,

We have received a complaint about content hosted on one of your services:

  Service: ns3012877.ip-198-51-100.example (dedicated server)
  IP address: 198.51.100.87
  Category: copyright infringement
  Complainant: a content protection company acting for a video producer

The complainant says that 121 links on your server point to copyrighted
video files that are being shared without permission, and asks that the
material be investigated and removed. The full list of links is attached
to this ticket.

We remind you that the content hosted on your services is your
responsibility under our general terms. Please look into the complaint,
take the measures you consider necessary, and reply to this e-mail with
the action taken, keeping the ticket number in the subject.

Without a reply, we may be required to take further measures on the
service in line with our terms.

Best regards,
OVH Abuse Team""")

# 10 Google Cloud (Japanese): VM suspended for cryptocurrency mining -> abuse
notice(
    lang="ja", label="abuse", phishing=False, provider="Google Cloud (Japan)",
    url="https://github.com/mack-a/v2ray-agent/issues/307",
    frm=("Google Cloud Compliance", "google-cloud-compliance@google.com"),
    to="tanaka.ryo@kumo-lab.example",
    subject="[対応が必要] Google Cloud プロジェクトのリソースが停止されました",
    dates={"sd": dt.datetime(2021, 11, 27, 8, 40, tzinfo=JST),
           "act": dt.date(2021, 11, 26)},
    deadline=None,
    body="""Google Cloud をご利用のお客様

お客様の Google Cloud プロジェクト kumo-proxy-01（ID: kumo-proxy-01-338214）で、
仮想通貨のマイニングと思われるアクティビティを検出しました。
この行為は Google Cloud Platform 利用規約に違反するため、
該当する VM インスタンスを停止しました。

■ 概要
  対象リソース: VM インスタンス vpn-node-1（asia-northeast1-b）
  送信元 IP: 203.0.113.46
  期間: {act_jp} 00:12～00:19（米国太平洋時間）

仮想通貨のマイニングは、不正なアカウントや盗まれた支払い情報と
結び付いていることが多いため、マイニングを行うには事前の確認が必要です。

■ お客様にお願いしたいこと
 ・意図しないアクティビティの場合、プロジェクトが不正利用された可能性が
   あります。インスタンスを保護し、認証情報を変更してください。
 ・停止に心当たりがない場合は、Cloud Console の申し立てページから、
   プロジェクトの用途と実施した対策を記載して申し立てを送信してください。

Google Cloud Platform / API Trust & Safety チーム""")

# 11 Azure ChaosDB: Cosmos DB primary key possibly exposed -> security-incident
notice(
    lang="en", label="security-incident", phishing=False, provider="Microsoft Azure",
    url=CSP % "azure-chaosdb",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="cloudadmin@northpier-logistics.example",
    subject="Action Required: Regenerate your Azure Cosmos DB primary read-write key",
    dates={"sd": dt.datetime(2021, 8, 26, 20, 15, tzinfo=UTC),
           "fix": dt.datetime(2021, 8, 12)},
    deadline=None,
    html=True,
    body="""You're receiving this notification because you have at least one Azure
Cosmos DB account in subscription 9f1c2b7e-44d0-4c61-a3d5-2e8b06f7c912.

On {fix_en}, an external security researcher reported a vulnerability in the
Jupyter Notebook feature of Azure Cosmos DB. The flaw could have let a user
obtain the primary read-write keys of other customers' accounts. Microsoft
fixed the issue immediately after it was reported.

Our investigation shows that the primary key of the following account may
have been accessible:

  Account: npl-orders-prod (West Europe)

We have no indication that the key was used by anyone other than you or
the researcher. Because the key may have been exposed, we ask you to:
  1. Regenerate the primary read-write key of the account in the portal.
  2. Update your applications to use the new key.
  3. Review the account's diagnostic logs for unexpected access.

For more information, see the Microsoft Security Response Center blog.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# 12 Azure (Japanese) CVE-2021-42306 Run As certificates exposed -> security-incident
notice(
    lang="ja", label="security-incident", phishing=False, provider="Microsoft Azure (Japan)",
    url=CSP % "azure-active-directory-information-disclosure-vulnerability-cve-2021-42306",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="infra@shiosai-kikaku.example",
    subject="お知らせ：Azure Automation アカウントの資格情報について",
    dates={"sd": dt.datetime(2021, 11, 18, 10, 0, tzinfo=JST)},
    deadline=None,
    body="""Azure をご利用のお客様へ

Azure Active Directory（Azure AD）のアプリケーション登録情報に関する
脆弱性（CVE-2021-42306）について、お客様のテナントが影響を受けている
ことを確認しましたのでお知らせします。

■ 内容
 Azure Automation の「実行アカウント」を作成した際、認証に使う証明書の
 秘密鍵を含む情報が、アプリケーション登録の keyCredentials プロパティに
 平文で保存されていました。アプリケーションの情報を読み取れる
 テナント内のユーザーであれば、この証明書を取得できた可能性があります。

■ 影響を受けるリソース
 テナント ID：6b0e2f4a-91c3-4d7e-8a25-0c9d3e1f7b64
 Automation アカウント：shiosai-automation（東日本）

Microsoft はすでに平文での保存を停止しています。ただし、既存の証明書は
第三者に取得された可能性があるため、次の対応をお願いします。
 1. 実行アカウントの証明書を更新（再生成）する
 2. 該当アプリケーションのサインインログと監査ログを確認する
 3. 不要になった実行アカウントは削除する

詳しくは MSRC ブログの案内をご確認ください。

Microsoft Corporation""")

# 13 DigitalOcean: internal document exposed customer data -> security-incident
notice(
    lang="en", label="security-incident", phishing=False, provider="DigitalOcean",
    url="https://techworman.pages.dev/posts/digitalocean-admits-of-data-breach-after-leaving-internal-document-online",
    frm=("DigitalOcean", "support@digitalocean.com"),
    to="billing@pinecrest-studio.example",
    subject="Important information about your DigitalOcean account",
    dates={"sd": dt.datetime(2021, 4, 28, 21, 5, tzinfo=UTC),
           "found": dt.date(2021, 4, 22), "a1": dt.date(2021, 4, 9)},
    deadline=None,
    html=True,
    body="""Hello,

We are writing to tell you about a mistake on our side that exposed some of
your account data.

What happened
On {found_en} we discovered that a DigitalOcean-owned document from 2018 had
been shared through a public link without password protection. Our logs
show it was opened 15 times by unknown parties between {a1_en} and the day
we found it, when we took it offline.

What it contained
Your e-mail address and/or account name, and some data about your account
that may include your Droplet count, bandwidth usage, notes from support
or sales conversations, and the amount you paid during 2018.

What it did not contain
Passwords, API tokens, payment card numbers or the contents of your
Droplets. We found no sign of unauthorized access to your servers.

What we are doing
We are training staff on protecting customer data, adding alerts for
documents shared publicly, and changing configuration to prevent this
from happening again. Less than 1% of our customers are affected.

We are sorry. If you have questions, please reply to this message.

The DigitalOcean Security Team""")

# 14 Microsoft BlueBleed: customer business data exposed in storage -> security-incident
notice(
    lang="en", label="security-incident", phishing=False, provider="Microsoft",
    url=CVDB % "bluebleed",
    frm=("Microsoft", "msrc-notifications@microsoft.com"),
    to="procurement@vanterra-systems.example",
    subject="Important information about your organization's data",
    dates={"sd": dt.datetime(2022, 10, 19, 17, 30, tzinfo=UTC),
           "rep": dt.date(2022, 9, 24)},
    deadline=None,
    body="""Dear customer,

We are contacting you because information about your organization was
among the data in a Microsoft storage location that was configured
incorrectly.

On {rep_en} a security researcher told us that an Azure Blob Storage
endpoint used by Microsoft for business interactions with customers could
be reached from the internet without authentication. We secured it within
hours of the report.

The data related to your organization includes names and e-mail
addresses of your contacts, the content of e-mails exchanged with
Microsoft, and documents such as proof-of-concept plans, contracts and
purchase orders from between 2017 and August 2022.

Our investigation found no indication that customer accounts or systems
were compromised. We still recommend that you tell the people named in
these documents, and stay alert for unexpected messages that refer to
your business dealings with Microsoft.

Microsoft Security Response Center""")

# 15 GitHub: personal access token revoked after being pushed -> security-incident
notice(
    lang="en", label="security-incident", phishing=False, provider="GitHub",
    url="https://github.com/rsuite/rsuite/issues/4575",
    frm=("GitHub", "noreply@github.com"),
    to="mira.lund@ui-kit-labs.example",
    subject="[GitHub] Your personal access token was found in a public repository and revoked",
    dates={"sd": dt.datetime(2026, 5, 18, 8, 2, tzinfo=UTC)},
    deadline=None,
    body="""Hi @miralund,

We found one of your personal access tokens in a public repository:

  Token: ghp_Xq4E…  (name: "release-bot", scopes: repo, workflow)
  Location: miralund/ui-kit-docs/.env
  Commit: 4c7d0e9

Because anyone who can see the repository could use this token to act as
you, we have revoked it. Any scripts or services that used it will fail
until you give them a new token.

What you should do:
  - Review your security log for activity you do not recognise.
  - Check the repositories the token could reach for unexpected commits,
    workflow changes or new deploy keys.
  - Remove the .env file from the repository and from its history; deleting
    it in a new commit is not enough.
  - Create a new token with the smallest scopes you need and keep it in a
    secret store rather than in code.

To see this and other security events for your account, visit
https://github.com/settings/security-log.

Thanks,
The GitHub Team""")

# 16 Google Cloud: VM shut down, suspected mining -> abuse
notice(
    lang="en", label="abuse", phishing=False, provider="Google Cloud",
    url="https://github.com/Jrohy/trojan/issues/373",
    frm=("Google Cloud Compliance", "google-cloud-compliance@google.com"),
    to="wren.oduya@brightfold.example",
    subject="Notification",
    dates={"sd": dt.datetime(2021, 2, 2, 12, 35, tzinfo=UTC)},
    deadline=None,
    body="""Dear Developer,

We have detected that your Google Cloud project My First Project
(id: bright-fold-302615) is engaging in cryptocurrency mining, which is not
permitted without our prior approval. As a result, the resources showing
this behaviour have been suspended.

  Affected VM: instance-1 (us-west1-b)
  Source IP: 198.51.100.213
  Activity window: {sd_iso} 02:51 to 03:07 (Pacific Time)

The VM has been shut down and cannot be restarted while the suspension is
in place. Other resources in the project are not affected.

If this activity was not intended, your project may have been compromised;
please review the instance and rotate any credentials on it. If you
believe the detection is wrong, submit an appeal from the Cloud Console
describing how the project is used.

Sincerely,
Google Cloud Platform / API Trust & Safety Team""")

# ====================== security talk, reader not affected (17) ======================

# 17 Clara Online (Japanese) OpenSSL CVE-2014-0224 -> security-advisory
notice(
    lang="ja", label="security-advisory", phishing=False, provider="クララオンライン",
    url="https://www.sthark.com/spt/8073/",
    frm=("クララオンライン サポート", "support@clara.jp"),
    to="server-admin@yamaboshi-trading.example",
    subject="お知らせ",
    dates={"sd": dt.datetime(2014, 6, 6, 15, 30, tzinfo=JST)},
    deadline=None,
    body="""お客様各位

平素は弊社サービスをご利用いただき、誠にありがとうございます。

暗号通信に広く使われている「OpenSSL」に、通信の盗聴や改ざんにつながる
おそれのある脆弱性（CVE-2014-0224）が公表されました。
問題の概要と弊社の対応についてご案内いたします。

■ 問題の概要
  Red Hat Enterprise Linux / CentOS の openssl パッケージを利用している
  サーバーで、通信経路上の第三者により通信内容が盗聴・改ざんされる
  可能性があります。

■ 影響を受ける主なバージョン
  RHEL 4：openssl 0.9.7a
  CentOS/RHEL 5：openssl 0.9.8b / 0.9.8e
  CentOS/RHEL 6.0：openssl 1.0.0 / 1.0.1e
  ※Windows サーバーは、弊社環境では本脆弱性の影響を受けません。

■ 弊社の対応
  弊社管理のサービスについては順次対応を進めております。
  お客様管理のサーバーについては、OS ディストリビューターが提供する
  修正パッケージへの更新をご検討ください。手順はサポートサイトに
  掲載しております。

ご不明な点は、本メールへの返信にてお問い合わせください。

株式会社クララオンライン""")

# 18 Google Cloud (Japanese) MFA enforcement -> action-required
notice(
    lang="ja", label="action-required", phishing=False, provider="Google Cloud (Japan)",
    url="https://dev.classmethod.jp/articles/google-cloud-login-mfa",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="admin@fujinami-soft.example",
    subject="【要対応】Google Cloud へのログインに多要素認証（MFA）が必須になります",
    dates={"sd": dt.datetime(2025, 3, 18, 9, 0, tzinfo=JST),
           "mfa": dt.date(2025, 5, 12)},
    deadline="mfa",
    body="""Google Cloud をご利用のお客様

{mfa_jpw}から、Google Cloud コンソール、Google Cloud CLI（gcloud）、
Firebase コンソールへのアクセスには、多要素認証（MFA、2 段階認証
プロセス）の有効化が必要になります。

■ 対象
  パスワードで Google Cloud にログインしているすべてのユーザー
  ※サービス アカウントは対象外です。
  ※Google Workspace など、Google Cloud 以外のサービスの利用には
    影響しません。

■ お客様にお願いしたいこと
  ・{mfa_md}までに、Google アカウントの［セキュリティ］ページで
    2 段階認証プロセスを有効にしてください。
  ・組織の管理者の方は、管理コンソールで 2 段階認証プロセスの利用が
    許可されているかをご確認ください。
  ・サードパーティの ID プロバイダで SSO を構成しており、その IdP で
    MFA が有効な場合は、追加の設定は不要です。

期日までに MFA が有効になっていないユーザーは、上記のインターフェースを
利用できなくなります。

Google LLC""")

# 19 AWS Client VPN buffer overflow -> security-advisory
notice(
    lang="en", label="security-advisory", phishing=False, provider="AWS",
    url=CVDB % "aws-client-vpn-buffer-overflow",
    frm=("AWS Security Bulletins", "aws-security-bulletins@amazon.com"),
    to="netops@corvid-analytics.example",
    subject="AWS Security Bulletin: AWS Client VPN (CVE-2024-30164, CVE-2024-30165)",
    dates={"sd": dt.datetime(2024, 7, 16, 15, 30, tzinfo=PDT)},
    deadline=None,
    body="""AWS Security Bulletin - {sd_en}

AWS is aware of two issues in the AWS Client VPN desktop application,
CVE-2024-30164 and CVE-2024-30165. Both are buffer overflows in the client
software. A person who already has access to a user's device could use
them to run commands with elevated privileges, up to root.

The AWS Client VPN service endpoints are not affected; the issues are in
the client application installed on end-user devices.

Updated clients are available for all supported platforms:
  - Windows: version 3.11.1 or later
  - macOS: version 3.9.2 or later
  - Linux: version 3.12.1 or later

We recommend that customers upgrade installed clients to these versions.
Clients downloaded from the AWS Client VPN download page today already
include the fix.

Please contact AWS Security at aws-security@amazon.com with any questions.

Amazon Web Services""")

# 20 AWS (Japanese) ECS agent information disclosure -> security-advisory
notice(
    lang="ja", label="security-advisory", phishing=False, provider="AWS (Japan)",
    url=CVDB % "aws-ecs-agent-information-disclosure-vulnerability",
    frm=("Amazon Web Services", "aws-security-bulletins@amazon.com"),
    to="sre@kazaguruma-pay.example",
    subject="AWS セキュリティ速報：Amazon ECS エージェント（CVE-2025-9039）",
    dates={"sd": dt.datetime(2025, 8, 15, 9, 30, tzinfo=JST)},
    deadline=None,
    body="""AWS をご利用のお客様

Amazon ECS エージェントに情報漏えいにつながる問題（CVE-2025-9039）が
見つかりました。概要とお客様向けの推奨事項をお知らせします。

■ 概要
  ECS エージェントのイントロスペクション サーバーが、条件によっては
  ホストの外部からアクセスできる状態になっていました。同じセキュリティ
  グループ内の別のインスタンスから、このサーバーのデータを読み取られる
  おそれがあります。
  オフホストアクセスを false に設定しているインスタンスは影響を受けません。

■ 修正
  ECS エージェント バージョン 1.97.1 で修正されています。

■ 推奨事項
  ・ECS エージェントを 1.97.1 以降に更新してください。
  ・すぐに更新できない場合は、EC2 セキュリティグループで
    イントロスペクション サーバーのポート（51678）への受信を制限して
    ください。
  ・1.97.0 以前を使用しているかどうかは、エージェントのバージョン情報で
    確認できます。

ご質問は aws-security@amazon.com までお寄せください。

Amazon Web Services""")

# 21 Google Cloud SQL privilege escalation (GCP-2023-007) -> security-advisory
notice(
    lang="en", label="security-advisory", phishing=False, provider="Google Cloud",
    url=CVDB % "gcp-2023-007",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="dba@saltmarsh-health.example",
    subject="Google Cloud security bulletin GCP-2023-007: Cloud SQL for SQL Server",
    dates={"sd": dt.datetime(2023, 6, 2, 10, 0, tzinfo=PDT),
           "fix": dt.date(2023, 3, 1)},
    deadline=None,
    html=True,
    body="""Hello Google Cloud SQL customer,

We are sharing a security bulletin for Cloud SQL for SQL Server.

What happened
A researcher found that customer administrator accounts could create
triggers in the tempdb database and use them to gain sysadmin privileges
on the instance. With those privileges an attacker could read system
databases and partly access the machine running the instance.

What we did
Google Cloud fixed the vulnerability on all Cloud SQL for SQL Server
instances by {fix_en}. We did not find any compromised customer instances.

What you need to do
No action is required. The fix has been applied to all instances and
does not need a restart or an upgrade on your side.

You can find this bulletin and earlier ones on the Cloud SQL security
bulletins page.

Thank you,
The Google Cloud Team""")

# 22 Azure API Management developer portal code execution -> security-advisory
notice(
    lang="en", label="security-advisory", phishing=False, provider="Microsoft Azure",
    url=CVDB % "azure-api-management-dev-portal-rce",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="platform@harrowgate-bank.example",
    subject="Security advisory: Azure API Management developer portal repository",
    dates={"sd": dt.datetime(2024, 12, 11, 18, 0, tzinfo=UTC),
           "rep": dt.date(2024, 10, 22), "fix": dt.date(2024, 11, 4)},
    deadline=None,
    body="""Azure API Management customers,

On {rep_en} a researcher reported a weakness in a GitHub Actions workflow of
the open-source repository for the Azure API Management developer portal.
The workflow processed text from newly opened issues without checking it,
which could have let an outside person run commands on the build runner
and reach the tokens and permissions available to it.

Microsoft corrected the workflow on {fix_en}. Our review found no sign that
the weakness was used, and no change was made to the published developer
portal packages.

No action is required from customers. Developer portal instances running
in your API Management services were not affected, and you do not need to
redeploy them.

If you maintain your own fork of the developer portal repository, we
suggest reviewing your workflows for steps that use data from issues or
pull requests in commands.

Microsoft Azure""")

# 23 GitHub Actions runner images supply chain -> security-advisory
notice(
    lang="en", label="security-advisory", phishing=False, provider="GitHub",
    url=CVDB % "github-runner-images-supply-chain",
    frm=("GitHub", "noreply@github.com"),
    to="devops@quillstone-media.example",
    subject="[GitHub] Security update on GitHub Actions runner images",
    dates={"sd": dt.datetime(2023, 12, 20, 16, 0, tzinfo=UTC),
           "a": dt.date(2023, 7, 22), "b": dt.date(2023, 7, 25)},
    deadline=None,
    body="""Hello,

We are sharing the outcome of a report about the actions/runner-images
repository, which builds the images used by GitHub-hosted runners.

Between {a_en} and {b_en}, a misconfigured self-hosted runner attached to
that public repository allowed code from a fork pull request to run on it.
A researcher used this to show that an attacker could have kept access to
the runner, read its secrets, and potentially altered the runner images
that customers use.

We fixed the configuration on {b_en} and rotated the affected secrets.
We reviewed the images built during that window and found no unauthorized
changes. The researcher reported the issue through our bug bounty program.

No action is needed for workflows that use GitHub-hosted runners. If you
use self-hosted runners with public repositories, we recommend setting
fork pull request workflows to require approval for all outside
collaborators.

The GitHub Security Team""")

# 24 Azure OMIGOD -> security-advisory (agent auto-updated)
notice(
    lang="en", label="security-advisory", phishing=False, provider="Microsoft Azure",
    url=CSP % "azure-omigod",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="linux-team@greywharf-retail.example",
    subject="Important information about your Azure virtual machines",
    dates={"sd": dt.datetime(2021, 9, 14, 19, 0, tzinfo=UTC)},
    deadline=None,
    body="""Azure customer,

Microsoft has released security updates for the Open Management
Infrastructure (OMI) agent, which is installed on Linux virtual machines
when certain Azure management services are enabled, such as Log
Analytics, Azure Automation, Update Management and Azure Diagnostics.

The most serious of the issues could let a remote attacker run code as
root if they can send a request to the OMI service on the machine.

Azure is updating the OMI agent on Linux VMs that use these extensions
automatically. The update is being rolled out to all regions; you do not
need to take action for VMs that receive it.

For defence in depth, we recommend that the OMI ports (TCP 5985, 5986 and
1270) are not reachable from the internet on your Linux machines.

Microsoft Azure""")

# 25 GKE security bulletin (Copy.fail) -> security-advisory
notice(
    lang="en", label="security-advisory", phishing=False, provider="Google Cloud",
    url="https://github.com/hiero-ledger/hiero-mirror-node/issues/13522",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="k8s@ferngate-ledger.example",
    subject="GKE security bulletin GCP-2026-026 (CVE-2026-31431)",
    dates={"sd": dt.datetime(2026, 5, 8, 9, 0, tzinfo=PDT)},
    deadline=None,
    body="""Hello Google Kubernetes Engine customer,

A vulnerability in the Linux kernel, known as Copy.fail (CVE-2026-31431),
was recently disclosed. It could allow a process inside a container to
escalate privileges on the node. We have rated it High.

Patched node versions are now available. For the 1.34 minor version, the
recommended target is 1.34.7-gke.1499000 or later. Versions for the other
supported minor versions are listed in the bulletin.

Clusters enrolled in a release channel with node auto-upgrade enabled will
be upgraded to a patched version in the coming weeks. To apply the fix
sooner, upgrade the control plane first and then your node pools.

A separate kernel issue (CVE-2026-43284) is being tracked in another
bulletin; patched versions for it are not yet available.

See https://cloud.google.com/kubernetes-engine/security-bulletins for
updates.

The Google Kubernetes Engine Team""")

# 26 AWS Amplify IAM role trust policy (AWS-2024-003) -> security-advisory
notice(
    lang="en", label="security-advisory", phishing=False, provider="AWS",
    url=CVDB % "aws-amplify-iam-role-publicly-assumable-exposure",
    frm=("AWS Security Bulletins", "aws-security-bulletins@amazon.com"),
    to="mobile@orchardline-apps.example",
    subject="AWS Security Bulletin AWS-2024-003: AWS Amplify CLI (CVE-2024-28056)",
    dates={"sd": dt.datetime(2024, 4, 15, 11, 0, tzinfo=PDT),
           "fixed": dt.date(2024, 1, 9)},
    deadline=None,
    html=True,
    body="""Bulletin ID: AWS-2024-003
Scope: AWS
Content type: Important (requires attention)

AWS is aware of an issue in how the Amplify CLI and Amplify Studio created
IAM roles for projects that use authentication. In some cases the trust
policy of these roles could allow them to be assumed from outside the
owning account. This affected projects built with Amplify CLI versions
from July 2018 to August 2019, and projects whose authentication component
was removed with later versions up to January 2024.

AWS mitigated the issue on {fixed_en} through changes to IAM and STS, so
these roles can no longer be assumed from another account. No customer
action is required for existing roles.

We recommend upgrading the Amplify CLI to version 12.10.1 or later, so
that newly created roles match the backend changes. You can review
CloudTrail for sts:AssumeRoleWithWebIdentity calls that reference an
identity pool outside your account.

Amazon Web Services""")

# 27 Hetzner (German) phishing warning -> informational
notice(
    lang="de", label="informational", phishing=False, provider="Hetzner",
    url="https://dorland.org/?p=1141",
    frm=("Hetzner Online GmbH", "info@hetzner.com"),
    to="kunde@bergquell-it.example",
    subject="Wichtige Information",
    dates={"sd": dt.datetime(2024, 7, 5, 8, 0, tzinfo=CEST)},
    deadline=None,
    body="""Sehr geehrte Kundin, sehr geehrter Kunde,

derzeit sind E-Mails im Umlauf, die im Namen von Hetzner verschickt werden
und Zugangsdaten sowie teilweise Kreditkartendaten abgreifen sollen.
Unsere Systeme sind davon nicht betroffen.

So erkennen Sie die Nachrichten:
  - Sie erzeugen Zeitdruck, etwa mit Betreffzeilen wie „Letzte Erinnerung:
    Datenschutzrichtlinien akzeptieren" oder „Ihr Vertrag endet bald".
  - Als Absender erscheinen Namen wie „HETZNER" oder „HetznerSupportTeam",
    die Adresse endet aber nicht auf @hetzner.com.
  - Die Links sehen echt aus, führen aber zu nachgebauten Login-Seiten.

Bitte öffnen Sie solche Nachrichten nicht, klicken Sie keine Links an und
löschen Sie die E-Mail.

Falls Sie bereits Daten eingegeben haben, ändern Sie Ihr Passwort sofort
über accounts.hetzner.com und aktivieren Sie die
Zwei-Faktor-Authentifizierung. Bei eingegebenen Kartendaten wenden Sie
sich bitte an Ihre Bank.

Mit freundlichen Grüßen
Ihr Hetzner Online Team""")

# 28 GitHub phishing campaign through issues -> informational
notice(
    lang="en", label="informational", phishing=False, provider="GitHub",
    url="https://github.com/boujeepossum/gull/issues/24",
    frm=("GitHub", "noreply@github.com"),
    to="k.ferreira@tidepool-labs.example",
    subject="[GitHub] Beware of fake security alerts in issues and mentions",
    dates={"sd": dt.datetime(2024, 5, 27, 17, 0, tzinfo=UTC),
           "wave": dt.date(2024, 5, 26)},
    deadline=None,
    body="""Hi there,

On {wave_en} a wave of issues titled "Beware: Your Account has Been
Compromised", "Security Breach: Account Compromised" or "GitHub Account
Security Alert" was opened across many repositories. Each issue mentions
dozens of users, so the text arrives in your inbox as a notification from
GitHub.

These issues are not from GitHub. They claim that your account was
accessed by someone else and ask you to reset your password through a
link to a look-alike site. Entering your credentials there hands them to
the attackers.

How to stay safe:
  - GitHub never asks you to reset your password through an issue.
  - Check the address bar: sign-in pages are only on github.com.
  - Use a passkey or two-factor authentication.
  - Report the issue and the account with the "Report content" option.

We are removing the accounts involved. You do not need to do anything if
you did not click the link.

The GitHub Team""")

# 29 DigitalOcean post-mortem of the Mailchimp incident -> informational
notice(
    lang="en", label="informational", phishing=False, provider="DigitalOcean",
    url=("https://vuink.com/post/qvtvgnybprna-d-dpbz/blog/"
         "digitalocean-response-to-mailchimp-security-incident"),
    frm=("DigitalOcean", "news@digitalocean.com"),
    to="team@harbourlight-games.example",
    subject="An update from DigitalOcean",
    dates={"sd": dt.datetime(2022, 8, 15, 19, 0, tzinfo=UTC),
           "inc": dt.date(2022, 8, 8)},
    deadline=None,
    html=True,
    body="""Hello,

We want to share what happened during a recent security incident at one of
our vendors, Mailchimp, and how it affected DigitalOcean.

At 3:30 pm ET on {inc_en}, transactional e-mails from our platform, which
are delivered through Mailchimp, stopped reaching customers. An internal
test of our sign-up flow caught the problem, and we found that our
Mailchimp account had been suspended without notice.

Around the same time, a customer told us their password had been reset
without their request. We opened a security investigation alongside the
work to restore e-mail delivery, and found that an attacker had used
Mailchimp's internal tools to read e-mail addresses from our account.

We moved our transactional e-mail to another provider and are reviewing
how we depend on outside services for security-relevant messages.

If you were one of the small number of customers whose address was
exposed, we have already contacted you directly. Enabling two-factor
authentication remains the best protection for your account.

The DigitalOcean Team""")

# 30 GitHub secret scanning validity checks launch -> informational
notice(
    lang="en", label="informational", phishing=False, provider="GitHub",
    url="https://github.com/github/roadmap/issues/531",
    frm=("GitHub", "noreply@github.com"),
    to="appsec@marlowe-fintech.example",
    subject="[GitHub] New in secret scanning: validity checks for GitHub tokens",
    dates={"sd": dt.datetime(2023, 1, 19, 18, 0, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Secret scanning alerts for GitHub tokens now show whether the detected
token is still valid.

When secret scanning finds a personal access token or an OAuth token in
one of your repositories, the alert view checks the token with GitHub and
labels it as active or inactive. This helps your security team decide
which alerts to handle first, before choosing whether to revoke a
secret.

What is available:
  - Validity status for GitHub personal access tokens and OAuth tokens.
  - The status is shown in the alert view and refreshed when you open it.
  - Available on GitHub.com for organisations using GitHub Advanced
    Security; support for GitHub Enterprise Server will follow in a
    later release.

There is nothing you need to change; the status appears on existing and
new alerts.

The GitHub Team""")

# 31 Cloudflare: how abuse reports are handled (documentation update) -> informational
notice(
    lang="en", label="informational", phishing=False, provider="Cloudflare",
    url="https://github.com/cloudflare/cloudflare-docs/pull/14475",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to="owner@copperleaf-press.example",
    subject="Cloudflare product update: abuse reports",
    dates={"sd": dt.datetime(2024, 5, 8, 16, 0, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

We have published new documentation that explains how abuse reports work
at Cloudflare and what you can expect as a customer.

  - Anyone can submit a report through abuse.cloudflare.com, for example
    about suspected copyright or trademark infringement, harmful content,
    or technical abuse such as phishing or malware.
  - If a report names a URL on a domain in your account, our Trust &
    Safety team sends it to the domain owner or to the abuse contact you
    set on the account.
  - If you do not provide or monitor an abuse contact, reports may be
    forwarded to your hosting provider.

You can set or update the abuse contact for your account on the
Configurations page of the dashboard. Reports sent to it will come from
Cloudflare Trust & Safety.

Nothing has changed in how we handle reports today; this update only
documents the process.

The Cloudflare Team""")

# 32 Entra ID actor token validation (CVE-2025-55241) -> security-advisory
notice(
    lang="en", label="security-advisory", phishing=False, provider="Microsoft Azure (Entra ID)",
    url=CVDB % "global-admin-entra-id-actor-tokens",
    frm=("Microsoft Security", "msrc-notifications@microsoft.com"),
    to="identity@palisade-insure.example",
    subject="Microsoft Entra ID: information about CVE-2025-55241",
    dates={"sd": dt.datetime(2025, 9, 17, 17, 0, tzinfo=UTC),
           "rep": dt.date(2025, 9, 4)},
    deadline=None,
    body="""Dear Microsoft Entra ID administrator,

Microsoft has published CVE-2025-55241 for an issue in Microsoft Entra ID
that has already been fixed in the service.

The legacy Azure AD Graph API did not correctly check the tenant that
issued certain internal "actor" tokens. A token obtained in one tenant
could have been used to act as any user, including a Global
Administrator, in another tenant, without Conditional Access applying.

A researcher reported the issue on {rep_en}. We deployed a fix to all
tenants within days, and our investigation found no evidence of abuse.

No action is required. Administrators who want extra assurance can review
their audit logs for changes made through the Azure AD Graph API that do
not match known activity, as described in the advisory.

We also remind customers that Azure AD Graph is being retired; moving
applications to Microsoft Graph removes the legacy endpoint involved.

Microsoft Security Response Center""")

# 33 OVHcloud (French) phishing awareness -> informational
notice(
    lang="fr", label="informational", phishing=False, provider="OVHcloud",
    url="https://github.com/ovh/docs/pull/637",
    frm=("OVHcloud", "noreply@ovh.net"),
    to="gerant@atelier-roussel.example",
    subject="Protégez votre compte OVHcloud contre l'hameçonnage",
    dates={"sd": dt.datetime(2020, 7, 22, 10, 30, tzinfo=CEST)},
    deadline=None,
    body="""Bonjour,

Des e-mails et des SMS frauduleux utilisant le nom d'OVHcloud circulent
régulièrement. Ils cherchent à obtenir vos identifiants ou vos
coordonnées bancaires. Nous avons mis à jour notre guide sur le phishing
pour vous aider à les reconnaître.

Quelques rappels :
  - OVHcloud ne vous demande jamais votre mot de passe ni vos données de
    carte bancaire par e-mail ou par SMS.
  - Les SMS envoyés par OVHcloud ne contiennent pas de lien vers une page
    de paiement.
  - Vérifiez l'adresse du site avant de vous connecter à l'espace client.
  - En cas de doute, connectez-vous directement à votre espace client
    plutôt que de suivre un lien.

Pour renforcer la sécurité de votre compte, choisissez un mot de passe
robuste et activez la double authentification depuis votre espace
client.

Vous pouvez nous transmettre les messages suspects afin que nous les
fassions bloquer.

L'équipe OVHcloud""")

# ============================ phishing (3) ============================

# 34 fake Google Cloud storage payment failure (original in Dutch) -> billing
notice(
    lang="en", label="billing", phishing=True, provider="Google Cloud (impersonated)",
    url=POT % "sample-7207.eml",
    frm=("Cloud Storage", "cloud-storage_yenmxb3u@zmau42cdk83ifq.example"),
    to="lena.vos@kruidenhof.example",
    subject="Your payment method is no longer valid and your services are suspended ⚠️",
    dates={"sd": dt.datetime(2026, 3, 2, 18, 8, 45, tzinfo=UTC),
           "due": dt.date(2026, 3, 5)},
    deadline="due",
    html=True,
    body="""Google Cloud - Immediate action required

If this message landed in your spam folder, please mark it as "Not spam".

⚠️ Your account has been blocked.
Your payment method is no longer valid and your services have been
suspended.

✖ Your cloud storage has been deactivated
Renewal of your subscription failed. Without an active storage plan your
photos, videos and documents may be permanently deleted.

Subscription details
  Plan: 250 GB
  Service: Cloud Storage
  Deadline: {due_en} ⚠️

⚠️ FINAL WARNING: your files will be deleted for good if the plan is not
reactivated today.

  [ Reactivate storage now ]
  https://cloud-storage-renew.example/reactivate?id=yenmxb3u

Google Cloud Support Team © 2026
Manage e-mail preferences""")

# 35 fake Microsoft unusual 2FA activity (callback scam) -> security-incident
notice(
    lang="en", label="security-incident", phishing=True, provider="Microsoft (impersonated)",
    url=POT % "sample-5477.eml",
    frm=("Microsoft Support", "mail.apps-ag@datamart-mailer.example"),
    to="customer@brookfield-family.example",
    subject="Unusual Two-Factor Authentication (2FA) Activity",
    dates={"sd": dt.datetime(2025, 6, 3, 0, 37, 51, tzinfo=UTC)},
    deadline=None,
    html=True,
    body="""Microsoft

Unusual two-factor authentication (2FA) activity
Important account notification.

We noticed a change to the two-factor authentication on your account from
a device located in the Netherlands.

  - A change to your security settings from a device in the Netherlands
    may mean that someone else has signed in to your account.
  - If so, they may have been able to view or change personal details
    linked to your account.
  - After this change, your account may face further attempts to reach
    related services or information.
  - Acting quickly to review and secure the account helps prevent further
    unwanted changes.

If you did not make this change, call us right away at +1 888 555 0142 to
protect your account.

This is an automated notification from Microsoft. Please do not reply.
Microsoft Corporation - One Microsoft Way - Redmond, WA 98052""")

# 36 fake GitHub "Review Token Activity" issue notification -> security-incident
notice(
    lang="en", label="security-incident", phishing=True, provider="GitHub (impersonated)",
    url="https://github.com/2320sharon/Sniffer/issues/16",
    frm=("LuanaTechVet", "notifications@github.com"),
    to="sniffer@noreply.github.example",
    subject="[sharon-w/Sniffer] Github Security [Review Token Activity (Issue #16)",
    dates={"sd": dt.datetime(2025, 8, 15, 6, 12, tzinfo=UTC),
           "seen": dt.datetime(2025, 8, 14, 9, 42)},
    deadline=None,
    body="""Hello @sharon-w 👋

[Review Token Activity](https://sso.devsummit-login.example)

Your GitHub **Personal Access Token** or **OAuth app token** has been used
in an unusual way.

Details:
- Source IP: 203.0.113.67
- Time: {seen_ts} UTC
- Actions performed: repository cloning, issue creation, PR modifications

Potential risks:
- Unauthorized repository changes
- Malicious code injected into production pipelines
- Exposure of CI/CD secrets and environment variables

We strongly recommend that you:
1. Revoke the compromised token.
2. Audit recent commits and pull requests.
3. Review GitHub Actions workflows for unauthorized changes.

[Review Token Activity](https://sso.devsummit-login.example)

—
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you were mentioned.""")


# --------------------------------------------------------------------------
# building
def render(n):
    send = n["dates"]["sd"]
    off = month_offset(send)
    shifted = {}
    mapping = {}
    for k, d in n["dates"].items():
        nd = d + off
        shifted[k] = nd
        mapping.update(fmts(k, nd))
    body = n["body"].format(**mapping)
    subject = n["subject"].format(**mapping)
    dl = "none"
    if n["deadline"] == "rel":
        dl = resolve_relative(shifted["sd"].date(), n["rel"]).isoformat()
    elif n["deadline"]:
        d = shifted[n["deadline"]]
        dl = (d.date() if isinstance(d, dt.datetime) else d).isoformat()
    return shifted["sd"], subject, body, dl


def build_message(i, n):
    date, subject, body, dl = render(n)
    msg = EmailMessage(policy=email.policy.default)
    name, addr = n["frm"]
    msg["From"] = Address(display_name=name, addr_spec=addr)
    msg["To"] = n["to"]
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date)
    dom = addr.split("@", 1)[1]
    h = hashlib.sha1(("%s-%d-%s" % (NAME, i, subject)).encode("utf-8")).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:16], h[16:28], dom)
    msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = dl
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    cte = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
    msg.set_content(body + "\n", subtype="plain", charset="utf-8", cte=cte)
    if n.get("html"):
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</div></body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


LANG_NAME = {"ja": "Japanese", "en": "English", "de": "German", "fr": "French"}


def main():
    problems = []
    if len(N) != 36:
        problems.append("expected 36 notices, got %d" % len(N))
    built = []
    urls = []
    for i, n in enumerate(N, 1):
        msg, date, subject, body, dl = build_message(i, n)
        built.append((n, msg, date, subject, body, dl))
        urls.append(n["url"])
        if n["label"] not in LABELS:
            problems.append("#%d unknown label %s" % (i, n["label"]))
        if (date.year, date.month) != MONTH:
            problems.append("#%d date %s not in month" % (i, date))
        if date.weekday() != n["dates"]["sd"].weekday():
            problems.append("#%d weekday changed" % i)
        if dl != "none":
            try:
                dld = dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("#%d bad deadline %s" % (i, dl))
                dld = None
            if dld is not None and dld < date.date():
                problems.append("#%d deadline %s before date %s" % (i, dl, date))
        if n["deadline"] == "rel":
            again = resolve_relative(date.date(), n["rel"]).isoformat()
            if again != dl:
                problems.append("#%d relative deadline does not resolve" % i)
            if n["rel"][0] == "bdays" and dt.date.fromisoformat(dl).weekday() > 4:
                problems.append("#%d business-day deadline on a weekend" % i)
        if n["label"] in ("informational", "security-advisory") and dl != "none":
            problems.append("#%d %s with a deadline" % (i, n["label"]))
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        if "{" in body or "}" in body:
            problems.append("#%d unformatted placeholder" % i)
        for line in body.split("\n"):
            if line.startswith("From "):
                problems.append("#%d body line starts with 'From '" % i)
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URLs")

    # write mboxo
    with open(MBOX, "wb") as fh:
        for n, msg, date, subject, body, dl in built:
            raw = msg.as_bytes(policy=email.policy.default.clone(linesep="\n", max_line_length=120))
            out = []
            for line in raw.split(b"\n"):
                if line.startswith(b"From "):
                    line = b">" + line
                out.append(line)
            raw = b"\n".join(out)
            env = "From %s %s\n" % (n["frm"][1], date.astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y"))
            fh.write(env.encode("ascii"))
            fh.write(raw)
            if not raw.endswith(b"\n"):
                fh.write(b"\n")
            fh.write(b"\n")

    # read back and check
    box = mailbox.mbox(MBOX, factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default),
                       create=False)
    msgs = list(box)
    if len(msgs) != len(built):
        problems.append("read back %d messages" % len(msgs))
    counts = {}
    ph_counts = {}
    phishing = 0
    langs = {}
    multipart = 0
    for idx, (m, (n, _, date, subject, body, dl)) in enumerate(zip(msgs, built), 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append("#%d missing header %s" % (idx, h))
        raw_headers = m.as_bytes().split(b"\n\n", 1)[0]
        try:
            raw_headers.decode("ascii")
        except UnicodeDecodeError:
            problems.append("#%d non-ASCII bytes in headers" % idx)
        if str(m["Subject"]) != subject:
            problems.append("#%d subject mismatch" % idx)
        if email.utils.parsedate_to_datetime(str(m["Date"])) != date:
            problems.append("#%d date mismatch" % idx)
        if str(m["X-Training-Label"]) != n["label"]:
            problems.append("#%d label mismatch" % idx)
        if str(m["X-Training-Deadline"]) != dl:
            problems.append("#%d deadline mismatch" % idx)
        ph = m["X-Training-Phishing"]
        if bool(ph) != n["phishing"] or (ph and str(ph) != "yes"):
            problems.append("#%d phishing header mismatch" % idx)
        part = m.get_body(preferencelist=("plain",))
        if part is None or part.get_content().rstrip("\n") != body.rstrip("\n"):
            problems.append("#%d body mismatch" % idx)
        cte = str(part["Content-Transfer-Encoding"]).lower() if part is not None else ""
        want = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
        if cte != want:
            problems.append("#%d body CTE %s, want %s" % (idx, cte, want))
        if m.is_multipart():
            multipart += 1
            if m.get_content_type() != "multipart/alternative":
                problems.append("#%d unexpected multipart type" % idx)
        if n["phishing"]:
            phishing += 1
            ph_counts[n["label"]] = ph_counts.get(n["label"], 0) + 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    talk = (counts.get("security-advisory", 0) + counts.get("informational", 0)
            + counts.get("action-required", 0))
    if crit != 16:
        problems.append("critical %d != 16" % crit)
    if talk != 17:
        problems.append("security-talk notices %d != 17" % talk)
    if phishing != 3:
        problems.append("phishing %d != 3" % phishing)
    if langs.get("ja", 0) != 6:
        problems.append("Japanese notices %d != 6" % langs.get("ja", 0))

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            LANG_NAME[n["lang"]], n["url"]))
    lang_line = ", ".join("%s %d" % (LANG_NAME[k], langs[k]) for k in sorted(langs, key=lambda k: LANG_NAME[k]))
    readme = """# Batch {name}: April 2029, the critical boundary across providers

36 labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic).
Each notice follows one public original (see the table), moved into April 2029
by a weekday-preserving day offset applied to all of its dates, with names, ids,
hosts, customer domains (`.example`) and IP addresses (documentation ranges)
replaced and every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

Theme: the line between notices where the reader's own resources are involved
(abuse reports and enforcement, exposed keys, compromised accounts, exposed data)
and notices that only talk about security (advisories, CVE bulletins, post-mortems,
phishing warnings, launches, an MFA enforcement).

## Counts

- by label (phishing counted apart): {counts}
- phishing: {phishing} ({phcounts})
- critical (abuse + security-incident, without phishing): {crit}
- security talk without the reader being affected: {talk}
  (security-advisory, informational, and one MFA enforcement labelled action-required)
- languages: {langs}
- multipart/alternative with an HTML part: {multipart}; the rest text/plain.
  Japanese bodies are base64, all others quoted-printable.

## Providers

{providers}

## Notes on the originals

- Most issue-tracker and forum originals of the usual abuse mails (Hetzner netscan,
  DigitalOcean disconnections, AWS abuse reports, GCP mining mails) were already listed
  in `/work/blind/used-sources.txt`, so several critical notices follow less direct
  originals: GitHub DMCA notices (#3-#5, written as GitHub's message to the repository
  owner), an OVH abuse-desk test sample of the incoming complaint (#9, written as
  OVH's forward to the customer), issue reports of Cloudflare blocks (#6-#8), and
  vulnerability records from `wiz-sec/open-cvdb` and `SummitRoute/csp_security_mistakes`
  for provider notices to affected customers (#11, #12, #14) and for bulletins.
- Notices rendered in another language than the original: #10 (Chinese issue, written
  as a Japanese Google Cloud notice), #12 and #20 (English records, written as
  Japanese Microsoft/AWS notices), #27 (English article about Hetzner's status post,
  written in German), #33 (OVH guide change, written in French), #34 (Dutch lure,
  written in English).
- #18 is an MFA enforcement announcement; it sets a date after which access stops,
  so it is labelled action-required with that date rather than informational.
- #11 has an "Action Required" subject but is a security-incident (the reader's key may
  have been exposed); #24, #2, #6, #16 and others use generic subjects.
- #28 follows a phishing issue and is written as GitHub's warning about that campaign
  (informational, not phishing); #36 is the lure itself.

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
""".format(name=NAME,
           counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
           phishing=phishing,
           phcounts=", ".join("%s %d" % (k, ph_counts[k]) for k in sorted(ph_counts)),
           crit=crit, talk=talk, langs=lang_line, multipart=multipart,
           providers="\n".join("- " + p for p in providers),
           rows="\n".join(rows))
    with KeptSections(os.path.join(OUT, "README.md")) as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
