#!/usr/bin/env python3
"""Generate validation batch g59: 36 labelled cloud-provider notices (April 2029).

Theme: notices whose subject does not tell the category, or tells it loosely
("Notification", "Important Notice", "Security Notification", "update", "お知らせ"),
from AWS, Google Cloud, Microsoft Azure/Entra, Heroku, Vercel (ZEIT), Netlify, HostRocket,
Atlassian, Twilio, GitHub, Hetzner, Japanese providers and a few others.
Standard library only, deterministic.  Writes set-g59.mbox, README.md and
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

NAME = "g59"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 4)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
CEST = dt.timezone(dt.timedelta(hours=2))
CET = dt.timezone(dt.timedelta(hours=1))
PDT = dt.timezone(dt.timedelta(hours=-7))
PST = dt.timezone(dt.timedelta(hours=-8))
EDT = dt.timezone(dt.timedelta(hours=-4))
ICT = dt.timezone(dt.timedelta(hours=7))

MC_COMMIT = "50eb30b07630acb70d3b0e19cd00f9a6dce3e22d"


def mc(post):
    """URL of a Microsoft 365 Message Center post archived in cengizyilmaz1/MS365MessageCenter."""
    return ("https://github.com/cengizyilmaz1/MS365MessageCenter/blob/%s/%%40data/archive/%s.json"
            % (MC_COMMIT, post))


# --------------------------------------------------------------------------
# date formatting
JA_WD = "月火水木金土日"
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]


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
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_us": "%d/%d/%d" % (d.month, d.day, d.year),
        key + "_hm": d.strftime("%H:%M"),
        key + "_my": "%s %d" % (EN_MON[d.month - 1], d.year),
        key + "_ts": d.strftime("%Y-%m-%d %H:%M"),
        key + "_ical": d.strftime("%Y%m%dT%H%M%SZ"),
        key + "_ctime": d.strftime("%a %b %d %H:%M:%S %Y"),
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


def add_business_days(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# --------------------------------------------------------------------------
# the notices
N = []


def notice(**kw):
    kw.setdefault("html", False)
    kw.setdefault("rel", None)
    kw.setdefault("generic", False)
    N.append(kw)


# ======================= phishing (3) =======================
notice(
    lang="en", label="security-incident", phishing=True, provider="GitHub (impersonated)",
    url="https://github.com/hsbt/agig/issues/15", generic=True, html=True,
    frm=("halvardmoe31", "notifications@github.com"),
    to="tidewater/beacon <beacon@noreply.github.com>",
    subject="[tidewater/beacon] Notification (Issue #15)",
    dates={"sd": dt.datetime(2025, 3, 16, 9, 12, tzinfo=UTC)},
    deadline=None,
    body="""Security Alert: Sign-in Attempt From an Unknown Device

Someone tried to sign in to your GitHub account from a place or
device we have not seen before.

Sign-in details
- Location: Tromsø, Norway
- IP address: 203.0.113.58
- Device: not recognised

If this was you, there is nothing more to do. If it was not, please
protect your account straight away:

1. Change your password:
   https://github-session-guard.example/reset
2. Look through the sessions that are still active:
   https://github-session-guard.example/sessions
3. Switch on two-factor authentication:
   https://github-session-guard.example/2fa

Need help or think your account was breached? Contact
GitHub Security Support: https://github-session-guard.example/help

Thank you for helping us keep your account safe.
GitHub Security Team

--
Reply to this email directly or view it on GitHub:
https://github.com/tidewater/beacon/issues/15
You are receiving this because you are subscribed to this thread.""")

notice(
    lang="en", label="action-required", phishing=True, provider="Proton Mail (impersonated)",
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-1186.eml", generic=True,
    frm=("proton.me support", "kq551m207@halvar-demo.example"),
    to="office@lindqvist-bygg.example",
    subject="Important Notice",
    dates={"sd": dt.datetime(2023, 7, 17, 9, 14, 58, tzinfo=CEST),
           "ret": dt.date(2023, 7, 17)},
    deadline="ret",
    body="""Dear office,

Following the latest update of our mail policy, every earlier
version of our email accounts is being retired on {ret_us}, as
part of our fight against phishing messages.

Our records show that your mailbox still runs on the old version.

To keep your messages and avoid any break in your mail service,
move your account to the newest version using the link below:

    www.proton.me/mail/version/update
    (https://proton-version-update.example/mail?u=office)

IMPORTANT - this step is mandatory. Accounts that are not updated
will be deactivated. If you have already upgraded, use the
unsubscribe button below.

Unsubscribe

proton.me (R)""")

notice(
    lang="de", label="action-required", phishing=True, provider="Google Cloud (impersonated)",
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-7403.eml", html=True,
    frm=("Google Cloud", "no-reply@wolke7-c41a9.firebaseapp.example"),
    to="familie.brandt@posteo-mail.example",
    subject="Ihre Dateien werden bald gelöscht – bitte jetzt handeln",
    dates={"sd": dt.datetime(2026, 3, 19, 4, 37, 40, tzinfo=UTC)},
    deadline=None,
    body="""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Google-Speicherplatz ist vollständig belegt.

Als Dankeschön für Ihre Treue bieten wir Ihnen jetzt 50 GB
zusätzlichen Speicher für nur 2,00 Euro im Jahr an.

Bitte führen Sie das Upgrade durch, bevor Fotos, Videos und andere
Dateien aus Ihrem Google Drive entfernt werden. Ohne mehr
Speicherplatz können Sie die Google-Dienste nicht weiter nutzen.

    [ Upgrade jetzt durchführen ]
    https://speicher-upgrade-google.example/angebot

Mit freundlichen Grüßen
Ihr Google-Team

ABMELDEN""")

# ======================= critical: security-incident (4) =======================
notice(
    lang="en", label="security-incident", phishing=False, provider="HostRocket (HR Web Services)",
    url="http://m.livejournal.com/read/user/mortorio/17458",
    frm=("HostRocket Customer Care", "billing@hostrocket.com"),
    to="Customer <owner@tallgrass-pottery.example>",
    subject="Security notice about our billing system",
    dates={"sd": dt.datetime(2005, 6, 14, 18, 45, tzinfo=EDT)},
    deadline=None,
    body="""Dear Customer,

You are receiving this letter because you are a current or former
customer of HR Web Services (HostRocket.com). It explains what has
happened, what we have done about it, and what you should do now.

What happened
A security hole was found in a third-party billing package that we
use to manage customer accounts. The package had no known security
problems before this. Because of the flaw, billing information,
including card details, may have reached people who should not have
it, even though we use SSL and strong encryption. We have no proof
that anyone intends to misuse the data, but we cannot rule it out.
We cannot yet name the package, because many other hosts use it and
their customers need protecting as well.

What we did
As soon as we found the intrusion we shut down the affected systems
so that no further access was possible. We then told the card
processing companies that card data may have been exposed. They
will inform the issuing banks, which will decide whether to cancel
and reissue cards.

What you should do
- Check your card statements closely for charges you do not
  recognise and report them to your bank at once.
- Remember that under Visa and MasterCard policies you are not held
  responsible for fraudulent transactions on your card.
- Contact your card issuer if you would like a replacement card.

We are very sorry for the worry this causes. Please reply to this
message if you have any questions.

HostRocket Customer Care""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="Japanese hosting provider (template)",
    url="http://it-bunrei.blogspot.com/2020/11/",
    frm=("あおばホスティング株式会社", "support@aoba-hosting.example"),
    to="web@kotori-kobo.example",
    subject="不正アクセスに関するお詫びとお知らせ",
    dates={"sd": dt.datetime(2020, 11, 18, 16, 30, tzinfo=JST),
           "found": dt.date(2020, 11, 9), "from": dt.date(2020, 10, 27),
           "to": dt.date(2020, 11, 6), "reset": dt.date(2020, 11, 17)},
    deadline=None,
    body="""本メールは重要なお知らせのため、メールマガジンの配信を
停止されているお客様にもお送りしております。

━━━━━━━━━━━━━━━━━━━━━━━
[重要] 当社サービスへの不正アクセスについてのご報告
━━━━━━━━━━━━━━━━━━━━━━━

お客様各位

あおばホスティング株式会社

当社が運営する「あおばホスティング」会員サイトに対して第三者による
不正アクセスがあり、お客様の情報が外部に持ち出されたことが
判明いたしました。多大なるご迷惑をおかけし、深くお詫び申し上げます。

当社は{found_md}に情報流出の可能性を把握し、外部の専門機関に
調査を依頼しました。その結果、{from_md}から{to_md}にかけて
不正アクセスが行われ、メールアドレスおよび暗号化済みパスワードを
含む情報が最大約4万件引き出されたことを確認しております。

クレジットカード情報、銀行口座情報、住所、電話番号が持ち出された
事実は、現時点で確認されておりません。二次被害の報告もございません。

当社は侵入経路を遮断して対策を強化したうえで、{reset_md}に
すべての会員パスワードを無効化いたしました。次回ログイン時に
パスワードの再設定が必要となります。また、同じパスワードを他の
サービスでもお使いの場合は、そちらも変更をお願いいたします。

調査で新たな事実が判明した場合は、速やかにお知らせいたします。

――――――――――――――――――――――――
あおばホスティング株式会社 お客様相談窓口
support@aoba-hosting.example
――――――――――――――――――――――――""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="KAGOYA JAPAN",
    url="https://cocol.co.jp/server/news0009/",
    frm=("カゴヤ・ジャパン株式会社", "info@kagoya.jp"),
    to="keiri@yamanami-koumuten.example",
    subject="【重要】当社システムへの不正アクセスに関する調査結果のご報告とお詫び",
    dates={"sd": dt.datetime(2016, 11, 9, 15, 0, tzinfo=JST),
           "first": dt.date(2016, 9, 16), "p1": dt.date(2015, 4, 1),
           "p2": dt.date(2016, 9, 21)},
    deadline=None,
    body="""お客様各位

平素よりKAGOYAのサービスをご利用いただき、誠にありがとうございます。

{first_jp}にお知らせいたしました当社システムへの不正アクセスについて、
外部調査機関による調査が完了しましたので、結果をご報告いたします。

■ 調査結果の概要
・第三者が複数のお客様のディスク領域に不正なプログラムを設置し、
  そのプログラムから契約情報を保管するデータベースへ接続していた
  ことを確認しました。
・{p1_jp}から{p2_jp}までの期間にご契約いただいていた、
  ほぼすべてのお客様の登録情報（氏名、住所、電話番号、
  メールアドレス等）が流出した可能性がございます。
・原因となったOSの脆弱性が存在していたのは上記の期間です。

■ 当社の対応
・不正プログラムの削除と脆弱性の修正を完了しております。
・コントロールパネルのパスワードを強制的に変更いたしました。
・クレジットカード決済の新規受付を一時停止しております。

■ お客様へのお願い
・身に覚えのない請求や不審なメール・電話にご注意ください。
・当社と同じパスワードを他のサービスで使われている場合は、
  変更をお願いいたします。

このたびは多大なるご迷惑とご心配をおかけしましたことを、
重ねて深くお詫び申し上げます。

カゴヤ・ジャパン株式会社""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="NTTPC Communications",
    url=("https://secboss-help.nttpc.co.jp/hc/ja/articles/10587061838743-"
         "%E5%87%BA%E5%8F%A3%E5%AF%BE%E7%AD%96%E3%81%A8%E3%81%AF"),
    frm=("NTTPC セキュリティ運用監視センター", "secboss-soc@nttpc.co.jp"),
    to="jousys@hokuto-seimitsu.example",
    subject="【ゲートウェイ・セキュリティ運用監視サービス】特定機器アラート検知のご連絡 SB-0147-2291",
    dates={"sd": dt.datetime(2023, 2, 14, 10, 26, tzinfo=JST),
           "ev": dt.datetime(2023, 2, 14, 9, 58, tzinfo=JST)},
    deadline=None,
    body="""北斗精密株式会社
情報システムご担当者様

ゲートウェイ・セキュリティ運用監視サービスをご利用いただき、
ありがとうございます。

お客様のゲートウェイ装置の出口対策機能により、社内の端末から
外部の不審なサーバーへの通信を検知し、遮断いたしました。
マルウェアに感染している可能性がありますので、ご確認ください。

「事象発生日時」
  {ev_jp} {ev_hm}

「感染被疑IPアドレス」
  192.0.2.45

「通信先」
  198.51.100.212:443（既知の不正サーバー）

＜対処例＞
 1. 上記IPアドレスの端末をネットワークから切り離してください。
 2. 切り離した端末でウイルススキャンを実行してください。

※IPアドレスから機器を特定する作業、およびウイルススキャンの
  提供は本サービスの範囲外となります。あらかじめご了承ください。

――――――――――――――――――――――
NTTPCコミュニケーションズ株式会社
セキュリティ運用監視センター
――――――――――――――――――――――""")

# ======================= critical: abuse (7) =======================
notice(
    lang="en", label="abuse", phishing=False, provider="Hetzner",
    url="https://github.com/vpnhood/VpnHood/issues/342",
    frm=("Hetzner Abuse Team", "abuse@hetzner.com"),
    to="Dariush Karimi <dariush.k@tarnet-mail.example>",
    subject="Abuse Message [AbuseID:9A21C4:1F]: NetscanOutLevel: Netscan detected from 203.0.113.87",
    dates={"sd": dt.datetime(2023, 6, 15, 15, 52, tzinfo=CEST),
           "scan": dt.datetime(2023, 6, 15, 15, 41, tzinfo=CEST),
           "block": dt.datetime(2023, 6, 16, 15, 52, tzinfo=CEST)},
    deadline="block",
    body="""Dear Mr Dariush Karimi,

Our systems show that a network scan was started from your server.
Please find out how this happened, stop it, and make sure it does
not occur again.

We also ask you to send us a short statement explaining the cause
and what you have done about it. If the steps below are not
completed, your server may be blocked at any time after
{block_ts} (CEST).

How to proceed:
- Solve the issue
- Check that it is gone: https://abuse.hetzner.example/retries/?token=5c0e91d2
- Send your statement: https://abuse.hetzner.example/statements/?token=5c0e91d2

##########################################################################
#              Netscan detected from host 203.0.113.87                   #
##########################################################################

time                      protocol src_ip       src_port    dest_ip      dest_port
-----------------------------------------------------------------------------------
{scan_ctime}  TCP  203.0.113.87  41871  =>  198.51.100.13   443
{scan_ctime}  TCP  203.0.113.87  44091  =>  198.51.100.23   443
{scan_ctime}  TCP  203.0.113.87  43685  =>  198.51.100.24   443
{scan_ctime}  TCP  203.0.113.87  38515  =>  198.51.100.47   443
{scan_ctime}  TCP  203.0.113.87  39001  =>  198.51.100.114  443

Important: keep the abuse ID [AbuseID:9A21C4:1F] unchanged in the
subject line when you reply. Manual replies are only handled if the
server has been locked.

Kind regards
Hetzner Abuse Team""")

notice(
    lang="en", label="abuse", phishing=False, provider="AWS",
    url="https://github.com/aws/aws-health-tools/blob/master/dos-report-notifier/README.md",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="cloud-admin@brightwater-games.example",
    subject="AWS Health Event: ABUSE - Issue reported for resources in account 482915503761",
    dates={"sd": dt.datetime(2018, 11, 27, 1, 30, tzinfo=UTC),
           "st": dt.datetime(2018, 11, 27, 1, 30, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

AWS Health has recorded an abuse event for your AWS account
482915503761.

Event type:      AWS_ABUSE_DOS_REPORT
Service:         ABUSE
Category:        Issue
Region:          Global
Start time:      {st_ts} UTC

Description
A denial of service (DoS) attack has been reported as coming from
AWS resources in your account. The reported activity is not allowed
under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/).

Affected resources
  arn:aws:ec2:us-east-1:482915503761:instance/i-0b7c41e92d5aa3f10
  arn:aws:ec2:us-east-1:482915503761:instance/i-05e2f8c6a19d7b42e

Please investigate these instances, stop the activity, and reply
to the abuse report with details of the corrective action you took.
If you believe the activity is legitimate, reply with a description
of your use case.

You can see this event and any updates in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home

Amazon Web Services""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url="https://github.com/github/dmca/blob/master/2025/05/2025-05-05-manning-publications.md",
    rel=("bdays", 1),
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="Roan Ekwueme <roan.ekwueme@mailbox-north.example>",
    subject="[GitHub] DMCA takedown notice: roanek/shelf",
    dates={"sd": dt.datetime(2025, 5, 5, 11, 20, tzinfo=PDT),
           "fix": dt.date(2025, 5, 6)},
    deadline="fix",
    body="""Hi @roanek,

We are contacting you because GitHub received a takedown notice under
the Digital Millennium Copyright Act (DMCA) that concerns content in
your repository roanek/shelf.

The notice was sent by a publisher that says it owns the copyright in
a book that is stored in your repository as a PDF:

https://github.com/roanek/shelf/blob/master/Grokking-Algorithms.pdf

The full notice will be published in our public DMCA repository,
with personal information removed.

Because the notice names only specific files, we are giving you
1 business day to make changes before we disable anything. Please
remove the infringing file, including from the branch history, and
reply to this email once you have done so. If you do not make
changes within 1 business day, we will have to disable the
repository.

If you believe the notice was sent in error or that your use of the
material is allowed, you may send us a DMCA counter notice:
https://docs.github.com/articles/guide-to-submitting-a-dmca-counter-notice

Thanks,
GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url="https://github.com/github/dmca/blob/master/2025/04/2025-04-09-waspthemes.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="Selin Arkan <selin.arkan@quillmail.example>",
    subject="[GitHub] Repository disabled: selinark/css-style-inspector",
    dates={"sd": dt.datetime(2025, 4, 9, 13, 2, tzinfo=PDT)},
    deadline=None,
    body="""Hi @selinark,

GitHub received a notice under the Digital Millennium Copyright Act
(DMCA) from the developer of a commercial visual CSS editor. The
sender states that your repository is an unauthorised copy of their
product's code, features and branding, and that they do not publish
that code anywhere.

The repository named in the notice is:

https://github.com/selinark/css-style-inspector

Because the notice covers the entire repository, we have disabled
access to it. The notice, with personal details removed, will be
posted in our public DMCA repository.

If you believe the repository was disabled by mistake or
misidentification, you can file a counter notice:
https://docs.github.com/articles/guide-to-submitting-a-dmca-counter-notice

Please be aware that re-publishing the same content may lead to
further action on your account under our DMCA policy.

Thanks,
GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url="https://github.com/github/dmca/blob/master/2025/04/2025-04-28-tailwind-labs.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="Ilya Voronov <ilya@voronov-dev.example>",
    subject="[GitHub] Notice regarding ivoronov/ui-blocks-pro",
    dates={"sd": dt.datetime(2025, 4, 28, 16, 40, tzinfo=PDT)},
    deadline=None,
    body="""Hi @ivoronov,

We're writing to let you know that we received a copyright takedown
notice under the DMCA concerning your repository:

https://github.com/ivoronov/ui-blocks-pro

The sender, a company that sells paid access to a library of UI
components, reports that the repository reproduces those components
without permission.

After reviewing the notice, we have disabled the repository. It is
no longer visible to the public or to collaborators. A copy of the
notice, with personal information redacted, will be added to
github.com/github/dmca.

What you can do
- If you think the content was removed by mistake, you may submit
  a counter notice. We will forward it to the sender, and the
  repository may be restored after the legal waiting period.
- Please do not push the same content to another repository.

Repeated infringement can lead to suspension of your account.

GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url="https://github.com/github/dmca/blob/master/2025/05/2025-05-05-xgs.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="Tomasz Wilk <tomasz.wilk@postbox-east.example>",
    subject="[GitHub] Update on tomwilk-dev/fieldsport",
    dates={"sd": dt.datetime(2025, 5, 5, 15, 5, tzinfo=PDT)},
    deadline=None,
    body="""Hi @tomwilk-dev,

GitHub has received a DMCA takedown notice about your repository
tomwilk-dev/fieldsport.

According to the notice, a Swiss software company owns the source
code published in the repository, never licensed it for public
release, and the code was written under a non-disclosure agreement.
The company asked us to remove the repository.

We have disabled public access to the repository in response. The
notice will be published, without personal details, in our DMCA
repository.

If you believe you have the right to publish this code, you may
send us a counter notice following the guide below. Please read it
carefully, as a counter notice is a legal document:
https://docs.github.com/articles/guide-to-submitting-a-dmca-counter-notice

If you have questions about this message, reply to this email.

Regards,
GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="VPS host (not named in the original)",
    url="https://github.com/VZiChoushaDui/Libertea/issues/80",
    frm=("Nordvale Hosting Abuse Desk", "abuse@nordvale-hosting.example"),
    to="client-20871@inboxpost.example",
    subject="Service suspended - ticket #558214",
    dates={"sd": dt.datetime(2024, 2, 14, 7, 48, tzinfo=UTC)},
    deadline=None,
    body="""Dear client,

Your virtual server VPS-20871 (203.0.113.164) has been disabled.

Reason: server abused for phishing

We received external reports that a page on this server imitated a
login form in order to collect passwords, and browsers now flag the
address as a dangerous site. Hosting phishing content is forbidden
by our acceptable use policy, so the server was taken offline to
protect other users.

The virtual machine and its data have been kept. Its network access
remains blocked until the issue has been reviewed.

If you believe the server was compromised or the report is wrong,
reply to this ticket with an explanation and the steps you have
taken to remove the content and secure the machine.

Regards,
Abuse Desk
Nordvale Hosting""")

# ======================= action-required (7) =======================
notice(
    lang="en", label="action-required", phishing=False, provider="Google Cloud",
    url="https://github.com/XX-net/XX-Net/issues/10505", rel=("days", 7),
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="lin.haoran@mailbox-west.example",
    subject="Deletion notice for your Google Cloud Shell home directory",
    dates={"sd": dt.datetime(2018, 4, 18, 9, 25, tzinfo=PDT),
           "del": dt.date(2018, 4, 25)},
    deadline="del",
    body="""Hello Cloud Shell user,

More than 120 days have passed since you last opened Cloud Shell
from the Google Cloud Platform console.

In 7 days, on {del_en}, your Cloud Shell home directory will be
scheduled for automatic deletion.

To keep the home directory and the files in it, simply sign in and
open Cloud Shell before that date.

    OPEN CLOUD SHELL TO KEEP OR BACK UP YOUR DATA
    https://console.cloud.google.com/cloudshell

If you take no action, you can still use Cloud Shell afterwards:
start a new session and you will get a fresh, empty home directory.
Your Cloud Platform projects are not deleted, and services such as
App Engine or Compute Engine are not affected.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this mandatory service announcement to update you
about important changes to your Google Cloud Platform account.""")

notice(
    lang="ja", label="action-required", phishing=False, provider="AWS (Japan)",
    url="https://github.com/GoogleCloudPlatform/deploymentmanager-samples/issues/608",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="infra@sakuragi-logistics.example",
    subject="【要対応】{act_jp}までに Amazon RDS の SSL/TLS 証明書を更新してください",
    dates={"sd": dt.datetime(2019, 10, 3, 10, 0, tzinfo=JST),
           "act": dt.date(2019, 10, 31), "exp": dt.date(2020, 3, 5)},
    deadline="act",
    body="""お客様各位

RDS および Aurora のデータベースインスタンスをご利用のアプリケーションで、
今後接続が中断されるのを避けるため、{act_jp}までに対応をお願いします。

RDS データベースインスタンスとの通信を保護するため、認証局（CA）が
有効期限付きの証明書を発行しており、クライアントソフトウェアは
この証明書によって接続先のインスタンスを確認しています。
AWS は業界のベストプラクティスに従い、CA を定期的に更新しています。
現在の CA は {exp_jp} に有効期限が切れるため、既存のインスタンスの
証明書を新しい CA のものに切り替える必要があります。

このメールは、お客様のアカウントの ap-northeast-1 リージョンに
Amazon RDS データベースインスタンスが存在するためにお送りしています。
アプリケーションが SSL/TLS で接続し、サーバー証明書を検証している
場合は、以下の手順を実施してください。

1. 新しい CA 証明書をアプリケーションの信頼ストアに追加する
2. 各データベースインスタンスの証明書を rds-ca-2019 に変更する
   （変更時にインスタンスの再起動が発生します）

{exp_jp}までに更新されなかったインスタンスでは、
証明書を検証する接続が失敗するようになります。

詳しい手順は Amazon RDS ユーザーガイドの
「SSL/TLS 証明書のローテーション」をご参照ください。

アマゾン ウェブ サービス""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Azure / Entra",
    url=mc("MC862873"), html=True,
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="it-admins@osterberg-kliniken.example",
    subject="Action needed: set up multifactor authentication before {dl_en}",
    dates={"sd": dt.datetime(2024, 8, 15, 16, 27, tzinfo=UTC),
           "dl": dt.date(2024, 10, 15)},
    deadline="dl",
    body="""Message ID: MC862873

Starting {dl_en}, Microsoft will require administrators to complete
multifactor authentication (MFA) when they sign in to the Microsoft
Azure portal, the Microsoft Entra admin center and the Microsoft
Intune admin center. The requirement also covers services opened
through the Intune admin center, such as Windows 365 Cloud PC.

How this affects your organization
Your tenant needs MFA in place so that admins can keep signing in to
these portals after the change.

What you need to do
- If MFA is not yet set up for your admins, enable it before
  {dl_en}.
- If you cannot meet that date, you can ask to postpone enforcement
  for your tenant.
- Admins who still have no MFA method when enforcement begins will
  be asked to register one at their next sign-in before they can
  reach the portals.

Learn more: Planning for mandatory multifactor authentication for
Azure and admin portals.

You are receiving this message because you are an administrator of
this Microsoft 365 tenant.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Azure / Entra",
    url=mc("MC678069"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="identity@harbourline-freight.example",
    subject="Plan for change: move to the Authentication methods policy by {ret_en}",
    dates={"sd": dt.datetime(2023, 9, 28, 22, 23, tzinfo=UTC),
           "ret": dt.date(2025, 9, 30), "old": dt.date(2024, 9, 30)},
    deadline="ret",
    body="""Message ID: MC678069

On {ret_en}, Microsoft will retire the option to manage
authentication methods in the legacy multifactor authentication
(MFA) and self-service password reset (SSPR) policies in Microsoft
Entra ID (formerly Azure Active Directory).

After that date, methods can only be managed in the converged
Authentication methods policy, which controls them in one place for
passwordless sign-in, MFA and SSPR.

Note: {ret_en} replaces the retirement date of {old_en}
that we announced earlier.

What you need to do to prepare
Migrate the methods configured in your legacy MFA and SSPR policies
to the Authentication methods policy before {ret_en}. The
migration can be done by hand by following "How to migrate MFA and
SSPR policy settings to the Authentication methods policy".

You are receiving this message because your tenant uses Microsoft
Entra ID.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Azure Information Protection",
    url=mc("MC713037"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="compliance@ardmore-legal.example",
    subject="The Azure Information Protection add-in for Office retires on {ret_en}",
    dates={"sd": dt.datetime(2024, 2, 6, 0, 4, tzinfo=UTC),
           "ret": dt.date(2024, 4, 11), "dis": dt.date(2024, 5, 1),
           "v3": dt.date(2024, 4, 3)},
    deadline="ret",
    body="""Message ID: MC713037

On {ret_en}, we are retiring the Azure Information Protection
(AIP) Unified Labeling add-in for Office.

Why you are receiving this
Your organization holds one or more Azure Information Protection
licenses.

How this affects your organization
To keep applying sensitivity labels from Microsoft Purview
Information Protection in Office apps, your users must move to the
labeling experience built into Microsoft 365 Apps.

Key dates
- {v3_my}: version 3.0 of the Microsoft Purview Information
  Protection client is released without the AIP add-in. Upgrade to
  it if you use the scanner, viewer or file labeler.
- {ret_en}: the AIP add-in is retired and no longer supported.
  Extensions are granted case by case through Microsoft Support or
  your account team.
- From {dis_en}: the add-in is disabled in Office in stages, a
  process that completes later in the year.

What you need to do
Plan the move to built-in labeling before {ret_en}, and update
your user guidance and help desk material.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Azure (ACS)",
    url=mc("MC693863"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="sp-admins@veldt-energy.example",
    subject="(Updated) Retirement of Azure ACS for SharePoint Online",
    dates={"sd": dt.datetime(2024, 4, 12, 19, 3, tzinfo=UTC),
           "ret": dt.date(2026, 4, 2), "new": dt.date(2024, 11, 1)},
    deadline="ret",
    body="""Message ID: MC693863

Updated {sd_en}: a reminder that the retirement is scheduled for
{ret_en}.

SharePoint Online has accepted Azure Access Control Services (ACS)
for app authorization since 2013. Microsoft now recommends Microsoft
Entra ID for all SharePoint Online customizations and is retiring
Azure ACS as an authorization platform for SharePoint Online.

Timeline
- From {new_en}, newly created tenants cannot use Azure ACS.
- On {ret_en}, Azure ACS stops working for existing tenants.

How this affects your organization
Custom or third-party apps that still use Azure ACS to reach
SharePoint Online will lose access on {ret_en}. There will be
no option to extend ACS use beyond that date.

What you need to do
- Scan your tenant for ACS usage with the Microsoft 365 Assessment
  tool.
- Move your customizations to Microsoft Entra ID and ask your
  solution vendors to do the same.
- Inform developers and your help desk about the change.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Intune",
    url=mc("MCMC902778"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="endpoint@grovecity-schools.example",
    subject="(Updated) Android device administrator support ends for GMS devices in Intune",
    dates={"sd": dt.datetime(2024, 10, 22, 20, 49, tzinfo=UTC),
           "end": dt.date(2024, 12, 31)},
    deadline="end",
    body="""Message ID: MC902778

Updated {sd_en}: we have revised the content of this post.

Google has deprecated Android device administrator management and
keeps removing management features from it. Intune will therefore
end support for device administrator management on devices that
have access to Google Mobile Services (GMS) on {end_en}.
Until then, devices running Android 14 and earlier remain supported.

How this affects your organization
After {end_en}, for GMS devices managed with device
administrator:
- Intune will ship no bug fixes, security fixes or fixes for new
  Android versions;
- Intune technical support will no longer help with these devices.

What you need to do
- Stop enrolling devices with Android device administrator.
- Move the affected devices to another management method.
- To find them, open Devices > All devices and filter the OS column
  on "Android (device administrator)".""")

# ======================= maintenance (4) =======================
notice(
    lang="ja", label="maintenance", phishing=False, provider="NTT Communications (AS2914)",
    url="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/ntt/ntt1",
    frm=("NTT Communications グローバルIPネットワーク NOC", "noc@gin.ntt.net"),
    to="netops@minato-datalink.example",
    subject="NTT Communications (AS2914) 緊急メンテナンスのお知らせ：完了 [VNOC-1-20473918]",
    dates={"sd": dt.datetime(2018, 8, 8, 7, 40, tzinfo=UTC),
           "st": dt.datetime(2018, 8, 8, 5, 0, tzinfo=UTC),
           "en": dt.datetime(2018, 8, 8, 7, 13, tzinfo=UTC)},
    deadline=None,
    body="""お客様各位

NTT Communications（AS2914）をご利用いただき、ありがとうございます。

下記の緊急メンテナンスが完了しましたので、お知らせいたします。
作業の理由および影響の詳細は、事前にお送りした通知メールを
ご参照ください。

■ メンテナンス番号：VNOC-1-20473918
■ ステータス　　　：完了（COMPLETED）
■ 作業時間（UTC）　：{st_jp} {st_hm} ～ {en_hm}
■ お客様アカウント：12345000

■ 影響のあった回線
　・000001（通信断）
　・098776（通信断）
　・112131（通信断）
　・999999（影響なし）

現在、上記の回線はすべて通常どおりご利用いただける状態です。
問題が続いている場合は、メンテナンス番号を添えてNOCまで
ご連絡ください。

BEGIN:VEVENT
UID:VNOC-1-20473918
DTSTART:{st_ical}
DTEND:{en_ical}
X-MAINTNOTE-STATUS:COMPLETED
END:VEVENT

NTT Communications Global IP Network NOC""")

notice(
    lang="en", label="maintenance", phishing=False, provider="NTT (AS2914)",
    url="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/ntt/ntt2",
    frm=("NTT Global IP Network NOC", "noc@gin.ntt.net"),
    to="noc@kestrelnet-transit.example",
    subject="NTT (AS2914) Regular Maintenance Notification: update [091377]",
    dates={"sd": dt.datetime(2020, 10, 6, 20, 44, tzinfo=UTC),
           "st": dt.date(2020, 10, 13), "en": dt.date(2020, 10, 15)},
    deadline="st",
    body="""Dear customer,

This is an update to regular maintenance 091377. The reason for the
work and its impact are described in the original notification; the
details below reflect the current state of the ticket.

Maintenance ID:   091377
Status:           CONFIRMED
Account:          KN-448120
Window start:     {st_enw} (UTC)
Window end:       {en_enw} (UTC)
Expected impact:  OUTAGE

Affected services
  Circuit ID     Impact
  IPT-5521907    OUTAGE

An iCalendar entry (BCOP format) is attached to this message so the
window can be imported into your maintenance tools.

If you need more information, reply to this message and keep the
maintenance ID in the subject line.

Regards,
NTT Global IP Network NOC""")

notice(
    lang="ja", label="maintenance", phishing=False, provider="KAGOYA JAPAN",
    url="https://kagoya.jp/news/201609237478.html",
    frm=("カゴヤ・ジャパン株式会社", "info@kagoya.jp"),
    to="soumu@hidaka-shouten.example",
    subject="クレジットカード決済システムのメンテナンスについて",
    dates={"sd": dt.datetime(2016, 9, 23, 11, 0, tzinfo=JST),
           "st": dt.date(2016, 9, 23), "ann": dt.date(2016, 9, 16)},
    deadline="st",
    body="""お客様各位

{ann_md}にお知らせした「当社システムへの不正アクセス」について、
現在、影響範囲の調査と緊急対応を進めております。
この調査に伴い、本日よりクレジットカード決済システムの
メンテナンスを実施いたします。

1. メンテナンス期間
   {st_jpw} ～（再開時期は別途お知らせいたします）

2. 期間中にご利用いただけない手続き
   ① クレジットカードの新規登録
   ② 口座振替などからクレジットカード払いへの変更
   ③ 登録済みクレジットカードの変更

3. 期間中の代替のお支払い方法
   新規にお申し込みのお客様は「コンビニ請求書払い」をご選択ください。
   支払手数料は、メンテナンス終了後2か月まで当社が負担いたします。

4. その他
   すでにクレジットカード決済をご利用のお客様、口座振替をご利用の
   お客様は、これまでどおりご利用いただけます。

ご迷惑をおかけいたしますが、ご理解とご協力をお願い申し上げます。

カゴヤ・ジャパン株式会社""")

notice(
    lang="en", label="maintenance", phishing=False, provider="Microsoft (Teams devices / Intune)",
    url=mc("MCMC898390"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="av-team@larchmont-consulting.example",
    subject="Planned maintenance: Company Portal update for Teams Android devices",
    dates={"sd": dt.datetime(2024, 9, 26, 0, 40, tzinfo=UTC),
           "risk": dt.date(2025, 7, 1), "r1": dt.date(2024, 10, 15),
           "r2": dt.date(2024, 12, 28)},
    deadline=None,
    body="""Message ID: MC898390

If your organization has no Teams Android devices, you can ignore
this message.

Planned maintenance
Microsoft will automatically update all certified and supported
Teams Android devices (Teams Rooms on Android, Teams phones, Teams
displays and Teams panels) to Company Portal version 5.0.6152.0.

Why
Upcoming changes to Microsoft infrastructure affect devices running
old, unsupported firmware and apps. Devices with a Company Portal
older than 5.0.6061.0 may sign out or become unstable from
{risk_en}.

When
The accelerated updates of firmware and the Company Portal app will
roll out from mid-{r1_my} until late {r2_my}.

What you can do
- In Teams admin center > Teams devices, export your inventory; the
  export lists the Company Portal version of each device.
- Devices not yet on 5.0.6152.0 can be updated manually or through
  automatic updates before the rollout reaches them.""")

# ======================= pricing (2) =======================
notice(
    lang="en", label="pricing", phishing=False, provider="Ubicloud",
    url="https://github.com/ubicloud/ubicloud/pull/5324",
    frm=("Ubicloud", "billing@ubicloud.com"),
    to="finance@marlowe-analytics.example",
    subject="An update to Ubicloud pricing",
    dates={"sd": dt.datetime(2026, 4, 30, 15, 10, tzinfo=UTC),
           "new": dt.date(2026, 5, 1), "old": dt.date(2026, 6, 1)},
    deadline="old",
    body="""Hi,

We are raising the prices of several Ubicloud services by 26%, and
we want to give you clear notice of what changes and when.

Affected services
- Virtual machines
- Managed PostgreSQL databases
- Kubernetes clusters
- GitHub Actions standard runners

Premium runner prices stay the same.

Affected regions
Germany, Finland and Virginia. Our AWS-powered regions are not
affected. As part of this change, Finland prices are aligned with
Germany.

Timeline
- {new_en}: resources you create from this date are billed at
  the new rates.
- {old_en}: resources that already exist move to the new
  rates. Until then they keep their current prices, including
  runner minutes of existing GitHub installations.

Our blog post explains why we are making this change:
https://www.ubicloud.com/blog/price-adjustment

Thank you for building on Ubicloud.
The Ubicloud team""")

notice(
    lang="en", label="pricing", phishing=False, provider="Storj",
    url="https://github.com/storj/docs/pull/665",
    frm=("Storj", "support@storj.io"),
    to="it@pellworm-media.example",
    subject="Changes to Storj Object Storage and Object Mount pricing",
    dates={"sd": dt.datetime(2026, 5, 29, 16, 0, tzinfo=UTC),
           "eff": dt.date(2026, 7, 1)},
    deadline="eff",
    body="""Hello,

We are introducing new pricing for Storj Object Storage and Object
Mount. The new prices take effect on {eff_en} for new
projects and for your existing projects.

Object Mount
- Every Storj Object Storage account keeps 2 free Object Mount
  licenses (Storj storage only).
- Pro: $29 per license per month. Each paid license includes
  500 GB of Storj Object Storage as a billing credit; egress is
  still charged at $7/TB.
- Any S3: $39 per license per month, for use with any
  S3-compatible storage provider, after a 30-day trial.
- A $50 minimum monthly storage fee applies to accounts that use
  the included storage credit.

Object Storage
Your per-TB storage and egress rates for existing projects will move
to the new price list on {eff_en}. Where a choice is offered,
you can opt in or out of the new tiers in the console before that
date.

Full details: https://storj.dev/dcs/pricing

Questions? Reply to this email or contact support.

The Storj team""")

# ======================= billing (2) =======================
notice(
    lang="en", label="billing", phishing=False, provider="Netlify",
    url="https://github.com/pcl-labs/hotel-website-vkirirom.com/issues/203",
    rel=("days", 20),
    frm=("Netlify", "billing@netlify.com"),
    to="admin@kirirom-lodge.example",
    subject="Action needed: update your payment details",
    dates={"sd": dt.datetime(2019, 11, 13, 8, 15, tzinfo=UTC),
           "off": dt.date(2019, 12, 3)},
    deadline="off",
    body="""Hi there,

We tried to charge the credit card saved on your Netlify team
"Kirirom Lodge", but the card was declined. It appears to be
invalid or expired.

Amount due:   $45.00
Invoice:      NL-7714-0391
Team:         Kirirom Lodge

If we cannot collect payment, the sites owned by this team will be
shut down in 20 days, on {off_en}.

To keep your sites online, log in to netlify.com and update the
billing information under Team settings > Billing. We will retry the
charge as soon as a valid card is on file.

If you have already updated your card, you can ignore this message.

Thanks,
The Netlify team""")

notice(
    lang="en", label="billing", phishing=False, provider="ZEIT (now Vercel)",
    url="https://github.com/vercel/docs/pull/166",
    frm=("ZEIT", "team@zeit.co"),
    to="lena.hofmann@kiosk-digital.example",
    subject="We could not process your payment",
    dates={"sd": dt.datetime(2018, 3, 21, 10, 30, tzinfo=UTC)},
    deadline=None,
    body="""Hi lenahofmann,

We were not able to charge the payment method on file for your
ZEIT subscription (Premium plan) in the current billing cycle.

What happens next
- We will send you a few more emails explaining why the charge
  failed and how to fix it.
- If the payment is still outstanding after those reminders, your
  subscription and the deployments that depend on it will be
  suspended. API requests will then fail with the error code
  "payment_required".
- Suspended deployments are kept safely. If no action is taken for
  3 months, the deployments and their metadata will be removed from
  our platform.

How to fix it
Update your card in Account > Billing and retry the payment. To make
sure you see our reminders, please check that mail from
team@zeit.co and support@zeit.co does not land in your spam folder.

Thanks,
The ZEIT team""")

# ======================= security-advisory (2) =======================
notice(
    lang="en", label="security-advisory", phishing=False, provider="Heroku",
    url="https://github.com/Betarena/scores/issues/849", generic=True, html=True,
    frm=("Heroku", "noreply@salesforce.com"),
    to="devops@ridgeway-sports.example",
    subject="Security Notification",
    dates={"sd": dt.datetime(2022, 11, 10, 18, 2, tzinfo=UTC),
           "pub": dt.date(2022, 11, 1)},
    deadline=None,
    body="""Security Notification

At Heroku we know that the confidentiality, integrity and
availability of your data matter to your business. In the spirit of
transparency, we are letting you know that you may be affected by
CVE-2022-3786 and CVE-2022-3602, two vulnerabilities in OpenSSL
versions 3.0.0 to 3.0.6. Below you will find how to check whether
you are affected and how to protect your data.

What happened?
On {pub_en}, the OpenSSL project, which maintains a widely used
library for securing network communication, disclosed
CVE-2022-3786 and CVE-2022-3602 and released a patch. Versions of
OpenSSL older than 3.0.0 are not affected.

What was the potential impact?
A specially crafted TLS certificate could trigger a buffer overflow
during certificate verification, which may crash the process.

How can you check?
- Find out whether any of your apps bundle or compile their own
  copy of OpenSSL 3.0.x, for example through a custom buildpack.
- Apps that rely on an affected OpenSSL 3.0.x version should be
  upgraded to OpenSSL 3.0.7, which fixes both issues, and redeployed.
- Older OpenSSL versions, such as 1.1.1, are not affected.

If you have questions, open a ticket with Heroku Support.

Heroku Security""")

notice(
    lang="en", label="security-advisory", phishing=False, provider="Atlassian",
    url="https://github.com/atlassian/github-for-jira/issues/1397",
    frm=("Atlassian", "noreply@atlassian.com"),
    to="jira-admins@polder-works.example",
    subject="About this week's Atlassian security advisories",
    dates={"sd": dt.datetime(2022, 7, 21, 23, 40, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

You may have seen this week's critical security advisories for
Atlassian products, covering CVE-2022-26136, CVE-2022-26137 and
CVE-2022-26138.

We are writing to confirm how they relate to the GitHub for Jira
app installed on your site polder-works.atlassian.net.

- The vulnerabilities affect only our self-managed Server and Data
  Center products.
- The GitHub for Jira app runs as part of Jira Software Cloud and is
  not affected.
- No action is needed for this app or for your Jira Cloud site.

If your organization also runs Jira or Confluence Server or Data
Center, please follow the steps in the published advisories for
those products.

Details of each advisory:
https://www.cve.org/CVERecord?id=CVE-2022-26136
https://www.cve.org/CVERecord?id=CVE-2022-26137
https://www.cve.org/CVERecord?id=CVE-2022-26138

Atlassian Security""")

# ======================= informational (5) =======================
notice(
    lang="ja", label="informational", phishing=False, provider="Sinfonia (Japanese ISP)",
    url=("https://www.sinfonia.or.jp/whatsnew/%e3%83%a1%e3%83%bc%e3%83%ab%e3%81%ae%e9%81%85%e5%bb%b6"
         "%e3%80%82%e5%8e%9f%e5%9b%a0%e7%89%b9%e5%ae%9a%e3%81%a8%e5%be%a9%e6%97%a7%e3%81%ae%e3%81%8a"
         "%e7%9f%a5%e3%82%89%e3%81%9b"),
    frm=("シンフォニア サポート", "support@sinfonia.or.jp"),
    to="users@sinfonia-members.example",
    subject="メール遅延の原因と復旧についてのお知らせ",
    dates={"sd": dt.datetime(2021, 6, 15, 13, 20, tzinfo=JST)},
    deadline=None,
    body="""ユーザー各位

いつもお世話になっております。

本日午前0時過ぎから午前11時15分ごろまで、@sinfonia.or.jp の
メールシステム（プライマリーサーバー）で配送の遅延が発生して
おりました。この間、メールの送受信が滞ったユーザー様には
大変ご迷惑をおかけし、申し訳ございませんでした。

■ 原因
あるユーザー様のパスワードが第三者に知られ（盗用またはフィッシング
によるものと思われます）、そのアカウントから大量のメールが送信
されたことが原因でした。送信待ちのメールが約26万通たまり、
ほかのメールの配送が後回しになっておりました。

■ 対応
・該当アカウントのパスワードを緊急で強制変更しました。
・送信待ちのメールのうち、該当アカウントからのものを削除しました。
・現在、メールの配送は通常どおりに戻っております。

■ 今後の影響について
迷惑メールを受け取った側のサーバーが、当社サーバーを一時的に
受信拒否の対象とする可能性がございます。送信先から受信を拒否
された場合は、先方にこの事情をお伝えいただくか、当社サポートまで
ご連絡ください。できる限りの手配をいたします。

シンフォニア サポート""")

notice(
    lang="ja", label="informational", phishing=False, provider="RisuPu (RSP Network)",
    url="https://support.rspnet.jp/all-service/imp_risupus-ddos-response20220419",
    frm=("RisuPu サポート", "support@rspnet.jp"),
    to="owner@mimoza-games.example",
    subject="【お知らせ】DDoS攻撃発生時の対応強化について",
    dates={"sd": dt.datetime(2022, 4, 19, 18, 0, tzinfo=JST)},
    deadline=None,
    body="""お客様各位

平素はRisuPuをご利用いただき、誠にありがとうございます。

当組織ではこれまで、外部から不正なトラフィックを受けた場合でも、
IPアドレス単位の通信遮断は原則として行わず、ソフトウェア側での
アクセス制御を中心に対応してまいりました。
（レンタルサーバーなど、当組織が設備を管理していないサービスを除きます）

しかし、DDoS攻撃は年々複雑になっており、従来の方法だけでは
十分に対応できないと判断し、対応方針を以下のとおり強化いたします。

・他のお客様の通信に影響が出るおそれがある場合、当組織の判断で
  通信を遮断することがあります。
・VPNなど通常のトラフィックであっても、他のお客様への影響が
  懸念される場合は帯域を制限することがあります。
・当組織で対処しきれない規模の攻撃では、上位事業者に遮断を依頼し、
  その際に通信元IPアドレスや関連ログを提供する場合があります。

本件に関して、お客様に実施いただく作業はございません。
今後ともRisuPuをよろしくお願いいたします。

RisuPu サポート""")

notice(
    lang="en", label="informational", phishing=False, provider="Twilio",
    url="https://github.com/CodeWithAsheville/court-notifications/issues/143",
    frm=("Twilio", "no-reply@twilio.com"),
    to="alerts@countycourt-reminders.example",
    subject="Building trusted business messaging together",
    dates={"sd": dt.datetime(2022, 3, 14, 17, 5, tzinfo=UTC)},
    deadline=None,
    body="""Ahoy!

Keeping consumers' trust is both the biggest challenge and the
biggest opportunity in business messaging today. People expect
timely, personal messages when and where they want them, and they
expect to be protected from spam and unwanted texts.

Together with you and the wider ecosystem, Twilio wants SMS to stay
a channel with high engagement. Sending through a trusted platform
means you can count on:

1. High deliverability - your messages reach handsets when your
   customers expect them.
2. Lasting engagement - SMS and MMS keep response rates higher than
   almost any other channel.
3. A strong reputation with carriers - compliant traffic is less
   likely to be filtered.

Good practices that help:
- Collect clear consent before you send the first message.
- Tell recipients who you are and how to opt out, and honour STOP
  replies promptly.
- Send only the kind of messages people signed up for.

Our Acceptable Use Policy and Messaging Policy describe these
expectations in full. Thank you for helping keep messaging safe and
trusted.

Team Twilio""")

notice(
    lang="en", label="informational", phishing=False, provider="Atlassian (Bitbucket Cloud)",
    url="https://github.com/MistyKuu/bitbucket-for-visual-studio/issues/156",
    frm=("Bitbucket Cloud team", "noreply@bitbucket.org"),
    to="dev-tools@linnaea-software.example",
    subject="FYI: account passwords no longer work for Git over HTTPS and the API",
    dates={"sd": dt.datetime(2022, 3, 3, 0, 30, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

We work on the Bitbucket Cloud team and want to let you know about a
change that may affect how your tool connects to Bitbucket.

We have recently stopped accepting Atlassian account passwords for
Basic authentication with Git over HTTPS and with the Bitbucket
Cloud REST API. Basic authentication now works only with app
passwords.

What this means for your users
- Users who still enter their account password in your extension may
  see sign-in failures when connecting to Bitbucket Cloud.
- We have already had at least one report of this in our community.
- Creating an app password in Personal settings and using it in
  place of the account password resolves the failure.

More details are in our community announcement:
https://community.atlassian.com/t5/Bitbucket-articles/Announcement-Bitbucket-Cloud-account-password-usage-for-Git-over/ba-p/1948231

Thanks for building on Bitbucket,
The Bitbucket Cloud team""")

notice(
    lang="en", label="informational", phishing=False, provider="Microsoft Entra",
    url=mc("MCMC1011149"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="m365-admins@tallis-retail.example",
    subject="Microsoft Entra: a new built-in role for Viva Glint tenant administration",
    dates={"sd": dt.datetime(2025, 2, 20, 1, 13, tzinfo=UTC),
           "g1": dt.date(2025, 3, 25), "g2": dt.date(2025, 4, 5)},
    deadline=None,
    body="""Message ID: MC1011149

A new built-in role, Viva Glint Tenant Administrator, is coming to
Microsoft Entra. It gives admins the permissions they need to manage
Viva Glint settings in the Microsoft 365 admin center without the
broader rights of the Global Administrator or User Administrator
roles.

With this role, a user can read and configure Viva Glint settings,
assign Viva Glint service admins, and create and manage Microsoft
Azure support tickets.

When this will happen
General availability (worldwide): rollout starts in late {g1_my}
and should finish by early {g2_my}.

How this affects your organization
Once rolled out, the role can be assigned in the Microsoft Entra
portal and in the Microsoft 365 admin center. It is available by
default, and no admin action is required before the rollout.

What you can do to prepare
Read the role documentation, decide where it fits in your current
role assignments, and let staff know if needed.""")


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
    if n["deadline"]:
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
    if n["html"]:
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">\n%s\n</div>"
               "</body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


LANG_NAME = {"ja": "Japanese", "en": "English", "de": "German"}


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
            if dld and dld < date.date():
                problems.append("#%d deadline %s before date %s" % (i, dl, date))
            if dld and n["rel"]:
                kind, num = n["rel"]
                want = (date.date() + dt.timedelta(days=num) if kind == "days"
                        else add_business_days(date.date(), num))
                if want != dld:
                    problems.append("#%d relative deadline %s != %s" % (i, dl, want))
        elif n["rel"]:
            problems.append("#%d relative deadline given but deadline none" % i)
        if n["label"] in ("informational", "security-advisory") and dl != "none":
            problems.append("#%d %s with a deadline" % (i, n["label"]))
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        if any(line.startswith("From ") for line in body.split("\n")):
            problems.append("#%d body line starts with 'From '" % i)
        if "{" in body or "}" in body or "{" in subject:
            problems.append("#%d unformatted placeholder" % i)
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URLs")
    used_path = os.path.join(os.path.dirname(OUT), "used-sources.txt")
    if os.path.exists(used_path):
        with open(used_path, encoding="utf-8") as fh:
            already = {line.strip() for line in fh if line.strip()}
        mine = set(urls)
        own_file = os.path.join(OUT, "used-sources.txt")
        if os.path.exists(own_file):
            with open(own_file, encoding="utf-8") as fh:
                own = {line.strip() for line in fh if line.strip()}
        else:
            own = set()
        clash = (mine & already) - own
        for u in sorted(clash):
            problems.append("source already used elsewhere: %s" % u)

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
    phish_labels = {}
    langs = {}
    multipart = 0
    generic = 0
    for idx, (m, (n, _, date, subject, body, dl)) in enumerate(zip(msgs, built), 1):
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[hname] is None:
                problems.append("#%d missing header %s" % (idx, hname))
        raw_headers = m.as_bytes().split(b"\n\n", 1)[0]
        try:
            raw_headers.decode("ascii")
        except UnicodeDecodeError:
            problems.append("#%d non-ASCII bytes in headers" % idx)
        if str(m["Subject"]) != subject:
            problems.append("#%d subject mismatch" % idx)
        if email.utils.parsedate_to_datetime(str(m["Date"])) != date:
            problems.append("#%d date mismatch" % idx)
        if str(m["X-Training-Label"]) != n["label"] or str(m["X-Training-Label"]) not in LABELS:
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
        if n["lang"] in ("ja", "zh") and cte != "base64":
            problems.append("#%d CJK body not base64" % idx)
        if n["lang"] not in ("ja", "zh") and cte != "quoted-printable":
            problems.append("#%d body not quoted-printable" % idx)
        if m.is_multipart():
            multipart += 1
            if m.get_content_type() != "multipart/alternative" or m.get_body(preferencelist=("html",)) is None:
                problems.append("#%d bad multipart structure" % idx)
        if n["phishing"]:
            phish_labels[n["label"]] = phish_labels.get(n["label"], 0) + 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1
        generic += 1 if n["generic"] else 0

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    phishing = sum(phish_labels.values())
    if crit < 10:
        problems.append("critical %d < 10" % crit)
    if phishing != 3:
        problems.append("phishing %d != 3" % phishing)
    if langs.get("ja", 0) != 8:
        problems.append("Japanese notices %d != 8" % langs.get("ja", 0))
    for lab in LABELS:
        if counts.get(lab, 0) == 0:
            problems.append("label %s not represented" % lab)
    ar = counts.get("action-required", 0) + phish_labels.get("action-required", 0)
    for lab in LABELS - {"action-required"}:
        if counts.get(lab, 0) + phish_labels.get(lab, 0) > ar:
            problems.append("action-required is not the largest group (%s)" % lab)

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            LANG_NAME[n["lang"]], subject.replace("|", "/"), n["url"]))
    all_labels = {}
    for n in N:
        all_labels[n["label"]] = all_labels.get(n["label"], 0) + 1
    with KeptSections(os.path.join(OUT, "README.md")) as fh:
        fh.write(README.format(
            name=NAME,
            counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
            all_counts=", ".join("%s %d" % (k, all_labels[k]) for k in sorted(all_labels)),
            phish=", ".join("%s %d" % (k, phish_labels[k]) for k in sorted(phish_labels)),
            crit=crit, phishing=phishing, multipart=multipart, generic=generic,
            langs=", ".join("%s %d" % (LANG_NAME[k], langs[k]) for k in sorted(langs)),
            providers=", ".join(providers),
            rows="\n".join(rows)))

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


README = """# Batch {name}: April 2029, notices whose subject does not tell the category

36 labelled e-mail notices in `set-{name}.mbox` (mboxo, `>From ` escaping), written by
`set_{name}.py` (Python 3, standard library only, deterministic: fixed Message-IDs and
MIME boundaries). Each notice follows one public original (see the table), moved into
April 2029 by a weekday-preserving day offset applied to all of its dates, with names,
ids, hosts, customer domains and IP addresses replaced (documentation ranges,
`.example` domains) and every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).
Japanese bodies are base64, all other bodies quoted-printable; non-ASCII headers are
RFC 2047 encoded. {multipart} notices are multipart/alternative with an HTML part.

## Counts

- by label, all 36: {all_counts}
- by label (phishing counted apart): {counts}
- phishing: {phishing} ({phish})
- critical (abuse + security-incident, without phishing): {crit}
- languages: {langs}
- subjects that are generic or only loosely descriptive in the original too: {generic}

## Providers

{providers}

## Notes on the originals

- The search budget of this session was shared and most obvious originals (pasted AWS,
  Google Cloud, DigitalOcean, Heroku and Japanese-host notices) were already listed in
  `used-sources.txt`, so originals were taken from: GitHub issues where users pasted or
  quoted the mail they received (#1, #8, #14, #15, #16, #28, #30, #31, #34, #35), public
  phishing samples (rf-peixoto/phishing_pot #2, #3), the Microsoft 365 Message Center
  archive in cengizyilmaz1/MS365MessageCenter (#17-#21, #25, #36; Azure/Entra/Intune posts), github/dmca (#10-#13),
  aws/aws-health-tools (#9), circuit-maintenance-parser test data (#22, #23), provider
  pull requests announcing price changes (#26, #27, #29) and Japanese provider/ISP pages
  and blogs quoting notices (#5, #6, #7, #24, #32, #33) and a blog post quoting
  HostRocket's breach letter to its hosting customers (#4).
- Only a few originals really had a generic subject ("Notification" on the GitHub issue
  mail #1, "Important Notice" #2, "Security Notification" #30); where the original's
  subject was not shown (#4, #9, #26-#29, #34), a neutral subject in the provider's style
  was written rather than an invented generic one; #4's letter had no
  visible subject or date (a date in mid-2005 was assumed before shifting). Send dates
  were also assumed, close to the events the originals describe, for #7, #9, #16, #23
  and #32, whose originals show no sending date. Several other subjects are vague about
  the category ("Update on ...", "Notice regarding ...", "お知らせ", "Action needed" on a
  billing mail #28, "Planned maintenance" on a forced app update #25).
- Some notices were rendered in the customers' language rather than the original's:
  #16 (AWS RDS certificate notice, English original quoted in a GitHub issue, rendered as
  the Japanese mail AWS Japan customers receive) and #22 (NTT iCalendar test data,
  rendered as a Japanese completion notice). #5 follows a public Japanese template whose
  company is anonymised; it is given a fictional provider name.
- #9 is based on the AWS Health DoS-report notifier (event type AWS_ABUSE_DOS_REPORT);
  #14's original does not name the VPS host, so a fictional host name is used.
- Month-only dates in the originals ("mid-October", "late March") were moved with the
  same offset as the rest of the notice. Identifiers that contain a year (CVE ids, the
  RDS certificate name rds-ca-2019) were kept.
- Labels a careful reader could dispute: #3 (phishing upsell for storage, labelled
  action-required rather than billing), #25 (forced firmware/app updates announced as
  planned maintenance, no exact start date, so deadline none) and #35 (Bitbucket change
  already in effect, users must switch to app passwords but no date is given; labelled
  informational).
- #10-#13 are GitHub's messages to repository owners built from published DMCA notices:
  #10's notice was processed with a 1-business-day window to make changes, the others
  led to the repository being disabled (enforcement applied, deadline none).

## Table

| # | label | deadline | provider | phishing | language | subject | original URL |
|---|-------|----------|----------|----------|----------|---------|--------------|
{rows}
"""


if __name__ == "__main__":
    main()
