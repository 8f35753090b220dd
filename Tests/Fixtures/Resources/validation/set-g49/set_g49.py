#!/usr/bin/env python3
"""Generator for validation batch g49: 36 labelled Microsoft / Google notices, January 2029."""
# Shared machinery for set_g49.py: date shifting, placeholder expansion, MIME building,
# mboxo writing and read-back checks. Standard library only.
import datetime as dt
import hashlib
import re
import email.utils
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

MEN = ["", "January", "February", "March", "April", "May", "June", "July",
       "August", "September", "October", "November", "December"]
MDE = ["", "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
       "August", "September", "Oktober", "November", "Dezember"]
WEN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MSH = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

TARGET_YEAR, TARGET_MONTH = 2029, 1

PH = re.compile(r"\{\{(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?\|(\w+)\}\}")


def shift_days(orig_date, hint_day):
    """Days to add so that orig_date lands in January 2029 on the same weekday,
    on the day of that weekday nearest to hint_day."""
    best = None
    for day in range(1, 32):
        cand = dt.date(TARGET_YEAR, TARGET_MONTH, day)
        if cand.weekday() != orig_date.weekday():
            continue
        if best is None or abs(day - hint_day) < abs(best.day - hint_day):
            best = cand
    delta = (best - orig_date).days
    assert delta % 7 == 0
    return delta


def fmt(d, t, kind):
    y, m, dd = d.year, d.month, d.day
    if kind == "en":
        return f"{dd} {MEN[m]} {y}"
    if kind == "us":
        return f"{MEN[m]} {dd}, {y}"
    if kind == "de":
        return f"{dd}. {MDE[m]} {y}"
    if kind == "ja":
        return f"{y} 年 {m} 月 {dd} 日"
    if kind == "jan":
        return f"{y}年{m}月{dd}日"
    if kind == "iso":
        return d.isoformat()
    if kind == "ym_en":
        return f"{MEN[m]} {y}"
    if kind == "ym_ja":
        return f"{y} 年 {m} 月"
    if kind == "half_ja":
        return f"{y} 年{'前半' if m <= 6 else '後半'}"
    if kind == "slash":
        return f"{y}/{m}/{dd}"
    h, mi, s = t if t else (0, 0, 0)
    if kind == "rfc":
        return f"{WEN[d.weekday()]}, {dd:02d} {MSH[m]} {y} {h:02d}:{mi:02d}:{s:02d} +0000"
    if kind == "utc":
        return f"{y}-{m:02d}-{dd:02d} {h:02d}:{mi:02d}:{s:02d} +0000 UTC"
    if kind == "isot":
        return f"{y}-{m:02d}-{dd:02d} {h:02d}:{mi:02d} UTC"
    if kind == "en_t":
        return f"{dd} {MEN[m]} {y} {h:02d}:{mi:02d} UTC"
    if kind == "us_t":
        return f"{MEN[m]} {dd}, {y} {h:02d}:{mi:02d} UTC"
    if kind == "ja_t":
        return f"{y}/{m:02d}/{dd:02d} {h:02d}:{mi:02d}"
    if kind == "de_t":
        return f"{dd:02d}.{m:02d}.{y} {h:02d}:{mi:02d}"
    if kind == "hdr":
        return f"{WEN[d.weekday()]}, {dd} {MSH[m]} {y} {h:02d}:{mi:02d}:{s:02d} +0000"
    raise ValueError(kind)


def expand(text, delta):
    def rep(mo):
        d = dt.date.fromisoformat(mo.group(1)) + dt.timedelta(days=delta)
        t = None
        if mo.group(2):
            t = (int(mo.group(2)), int(mo.group(3)), int(mo.group(4) or 0))
        return fmt(d, t, mo.group(5))
    out = PH.sub(rep, text)
    assert "{{" not in out and "}}" not in out, out[:200]
    return out


def _charset_for(lang, text):
    if lang == "ja":
        cs = Charset("utf-8")
        cs.body_encoding = BASE64
        return cs
    if all(ord(c) < 128 for c in text):
        return "us-ascii"
    cs = Charset("utf-8")
    cs.body_encoding = QP
    return cs


def _part(text, subtype, lang):
    return MIMEText(text, subtype, _charset_for(lang, text))


def _hdr(value, name):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, "utf-8", header_name=name).encode()


def _to(value):
    name, addr = email.utils.parseaddr(value)
    if all(ord(c) < 128 for c in value):
        return value
    return formataddr((name, addr), charset="utf-8")


def build(n, index, name):
    """Build one message from a notice dict; returns (msg, expected) for the check."""
    delta = shift_days(dt.date.fromisoformat(n["sent"][:10]), n["hint"])
    sent = dt.datetime.fromisoformat(n["sent"]) + dt.timedelta(days=delta)
    subject = expand(n["subject"], delta)
    text = expand(n["text"], delta).strip("\n") + "\n" if n.get("text") else None
    html = expand(n["html"], delta).strip("\n") + "\n" if n.get("html") else None
    lang = n["lang"]
    if text and html:
        msg = MIMEMultipart("alternative")
        msg.set_boundary("=_" + hashlib.sha1(f"{name}-{index}".encode()).hexdigest()[:28])
        msg.attach(_part(text, "plain", lang))
        msg.attach(_part(html, "html", lang))
        bodies = [text, html]
    elif html:
        msg = _part(html, "html", lang)
        bodies = [html]
    else:
        msg = _part(text, "plain", lang)
        bodies = [text]
    fname, faddr = n["from"]
    msg["From"] = formataddr((fname, faddr), charset="utf-8") if fname else faddr
    msg["To"] = _to(n["to"])
    msg["Subject"] = _hdr(subject, "Subject")
    msg["Date"] = format_datetime(sent)
    dom = faddr.split("@", 1)[1]
    mid = hashlib.sha1(f"{name}-{index}-{n['url']}".encode()).hexdigest()[:24]
    msg["Message-ID"] = f"<{mid}.{index:02d}@{dom}>"
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    deadline = "none"
    if n["deadline"]:
        deadline = (dt.date.fromisoformat(n["deadline"]) + dt.timedelta(days=delta)).isoformat()
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = deadline
    if n.get("phishing"):
        msg["X-Training-Phishing"] = "yes"
    for b in bodies:
        for line in b.split("\n"):
            assert not line.startswith(">From "), line
    nlines = len([l for l in (text or html).split("\n")])
    expected = dict(subject=subject, label=n["label"], deadline=deadline,
                    phishing=bool(n.get("phishing")), date=msg["Date"], bodies=bodies,
                    sent=sent, nlines=nlines)
    return msg, expected

# ---------------------------------------------------------------------------
# The 36 notices. Dates are written in the originals' own dates inside {{...|fmt}}
# placeholders; build() moves each notice by one weekday-keeping offset into
# January 2029. "hint" is the January 2029 day the notice is steered towards.
# ---------------------------------------------------------------------------
MSX = "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e"
OD = "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/blob/public/Exchange/ExchangeOnline/"
PP = "https://github.com/rf-peixoto/phishing_pot/blob/main/email/"

NOTICES = []


def add(**kw):
    NOTICES.append(kw)


# 1 -- phishing: fake Microsoft account "unusual sign-in" (HTML only)
add(label="security-incident", deadline=None, phishing=True, provider="Microsoft (impersonated)",
    lang="en", url=PP + "sample-101.eml", sent="2022-11-03T02:44:27+00:00", hint=4,
    **{"from": ("Microsoft account team", "no-reply@microsoft.com")},
    to="k.brandt@lindenhof-gmbh.example",
    subject="Microsoft account unusual sign-in activity",
    html="""<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p style="font-size:17px;color:#2672ec">Microsoft account</p>
<p style="font-size:38px;color:#2672ec">Unusual sign-in activity</p>
<p>We noticed an unusual sign-in to the Microsoft account <a href="mailto:k.brandt@lindenhof-gmbh.example">k.brandt@lindenhof-gmbh.example</a>.</p>
<p><b>Sign-in details</b></p>
<p>Country/region: Russia/Moscow<br>
IP address: 203.0.113.77<br>
Date: {{2022-11-03T02:40:58|rfc}}<br>
Platform: Windows 10<br>
Browser: Firefox</p>
<p>Someone in Russia/Moscow has just signed in to your account from a device we have not seen before. If this was not you, report the user now. If it was you, we will trust similar sign-ins from now on.</p>
<p><a href="http://account-live-report.example/signin/report?u=k.brandt" style="background:#2672ec;color:#fff;padding:6px 18px">Report The User</a></p>
<p>To stop these security notifications or send them somewhere else, <a href="http://account-live-report.example/optout">click here</a>.</p>
<p>Thanks,<br>The Microsoft account team</p>
</body></html>""")

# 2 -- phishing: fake Microsoft "mail de-activation request"
add(label="action-required", deadline=None, phishing=True, provider="Microsoft (impersonated)",
    lang="en", url=PP + "sample-7156.eml", sent="2026-02-27T00:25:27+00:00", hint=26,
    **{"from": ("Microsoft Account Team", "noreply@creativelives.example")},
    to="m.ortega@brightpath-labs.example",
    subject="Mail De-activation Request - for m.ortega@brightpath-labs.example.",
    text="""Microsoft-Account

Request to close your account

A request to close the account m.ortega@brightpath-labs.example has reached us.
If you did not send this request,
use the secure link below to keep the account open and to prevent it
from being suspended or removed for good.

Cancel Request Here
https://outlook-keepactive.example/cancel?req=7734120&u=m.ortega

To opt out or change where security notifications are delivered, click here.

Thanks,
The Microsoft account team

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# 3 -- phishing: fake "Google Cloud" storage-full mail, German
add(label="action-required", deadline=None, phishing=True, provider="Google (impersonated)",
    lang="de", url=PP + "sample-7334.eml", sent="2026-03-11T22:17:50+00:00", hint=17,
    **{"from": ("\u2601\ufe0f GOOGLE  CLOUD \u2601\ufe0f", "no-reply@drop5-c81e4.firebaseapp.example")},
    to="j.hoffmann@fernwald-consulting.example",
    subject="Ihre Fotos und Videos werden bald gelöscht – handeln Sie jetzt",
    text="""Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Google-Speicherplatz ist vollständig belegt. Als Dank für Ihre Treue
bekommen Sie jetzt zusätzliche 50 GB für nur 2,00 Euro im Jahr.
Bitte schließen Sie das Upgrade ab, bevor Dateien aus Ihrem Google Drive
entfernt werden.

Ohne mehr Speicherplatz können Sie die Google-Dienste nicht weiter nutzen.

Upgrade jetzt durchführen:
https://speicher-erweitern.example/g/?ref=50gb&kd=jhoffmann

Mit freundlichen Grüßen
Ihr Google-Team

ABMELDEN""")

# 4 -- Exchange Online NDR 5.1.8: account blocked for sending spam
add(label="abuse", deadline=None, provider="Microsoft 365 / Exchange Online", lang="en",
    url=OD + "mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-1-8-in-exchange-online.md",
    sent="2021-07-14T09:12:33+00:00", hint=3,
    **{"from": ("Microsoft Outlook", MSX + "@northwind-trading.example")},
    to="Daniel Keller <d.keller@northwind-trading.example>",
    subject="Undeliverable: Updated price list for Q3",
    text="""Delivery has failed to these recipients or groups:

orders@harbourline.example
Your message couldn't be delivered because you weren't recognized as a valid
sender. The most likely reason is that your email address is suspected of
sending spam, so it can no longer send messages outside your organization.
Contact your email admin for help.

How to Fix It
Your email admin has to lift the block on your account before you can send
again. Change your password and scan your devices for malware first, because
someone else may have been using your account.

Diagnostic information for administrators:

Generating server: AM9PR04MB8211.eurprd04.prod.outlook.com

orders@harbourline.example
Remote Server returned '550 5.1.8 Access denied, bad outbound sender AS(42004)'

Original message headers:

Received: from AM9PR04MB8211.eurprd04.prod.outlook.com ([2001:db8:4c1::27])
 by AM9PR04MB8211.eurprd04.prod.outlook.com with mapi id 15.20.4331.024;
 {{2021-07-14T09:12:31|hdr}}
From: Daniel Keller <d.keller@northwind-trading.example>
To: "orders@harbourline.example" <orders@harbourline.example>
Subject: Updated price list for Q3
Date: {{2021-07-14T09:12:29|hdr}}
Message-ID: <AM9PR04MB82117C2D5E0A@AM9PR04MB8211.eurprd04.prod.outlook.com>
MIME-Version: 1.0""")

# 5 -- Exchange Online NDR 5.7.705: tenant blocked for spam (German)
add(label="abuse", deadline=None, provider="Microsoft 365 / Exchange Online", lang="de",
    url=OD + "mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750.md",
    sent="2021-07-20T14:05:10+02:00", hint=9,
    **{"from": ("Microsoft Outlook", MSX + "@lindenhof-gmbh.example")},
    to="Sabine Wagner <s.wagner@lindenhof-gmbh.example>",
    subject="Unzustellbar: Angebot Wartungsvertrag",
    text="""Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

einkauf@mosel-technik.example
Ihre Nachricht wurde nicht zugestellt. Aus Ihrer Organisation wurde zuletzt
so viel Spam oder Massen-E-Mail verschickt, dass der ausgehende Versand für
die gesamte Organisation gesperrt wurde.

So beheben Sie das Problem
Nur Ihr E-Mail-Administrator kann die Sperre aufheben lassen. Bitte leiten
Sie ihm diese Meldung weiter. Er muss die Ursache finden und beseitigen
(häufig ein kompromittierter lokaler Server oder ein missbrauchtes
Administratorkonto, über das Connectors angelegt wurden) und sich danach
mit einer Erklärung an den Microsoft-Support wenden.

Diagnoseinformationen für Administratoren:

Generierender Server: FR2P281MB0937.DEUP281.PROD.OUTLOOK.COM

einkauf@mosel-technik.example
Remoteserver hat '550 5.7.705 Access denied, tenant has exceeded threshold' zurückgegeben

Ursprüngliche Nachrichtenkopfzeilen:

Received: from FR2P281MB0937.DEUP281.PROD.OUTLOOK.COM ([2001:db8:7f0::15])
 by FR2P281MB0937.DEUP281.PROD.OUTLOOK.COM with mapi id 15.20.4331.034;
 {{2021-07-20T12:05:06|hdr}}
From: Sabine Wagner <s.wagner@lindenhof-gmbh.example>
To: "einkauf@mosel-technik.example" <einkauf@mosel-technik.example>
Subject: Angebot Wartungsvertrag
Date: {{2021-07-20T12:05:04|hdr}}""")

# 6 -- Exchange Online NDR 5.1.8 in Japanese (compromised sender blocked)
add(label="abuse", deadline=None, provider="Microsoft 365 / Exchange Online", lang="ja",
    url="https://jpmessaging.github.io/blog/About-Actions-to-Take-When-Your-Account-is-Compromised/",
    sent="2018-07-19T10:31:44+09:00", hint=11,
    **{"from": ("Microsoft Outlook", MSX + "@kawasemi-sangyo.example")},
    to="森 達也 <t.mori@kawasemi-sangyo.example>",
    subject="配信不能: 7 月分ご請求書送付の件",
    text="""次の受信者またはグループへの配信に失敗しました:

keiri@minato-shoji.example
有効な送信者として認識されなかったため、メッセージを配信できませんでした。
お使いのアドレスから迷惑メールが送信されている疑いがあり、組織外へのメール送信が
停止されている可能性があります。メール管理者にお問い合わせください。

[対処方法]
送信の制限は管理者でなければ解除できません。解除を依頼する前に、パスワードを
変更し、お使いの端末でマルウェア スキャンを実行してください。見覚えのない
受信トレイ ルールや外部への転送設定が追加されていないかも確認してください。

管理者向けの診断情報:

生成元サーバー: TY2PR01MB3021.jpnprd01.prod.outlook.com

keiri@minato-shoji.example
リモート サーバーから '550 5.1.8 Access denied, bad outbound sender AS(42004)' が返されました

元のメッセージ ヘッダー:

Received: from TY2PR01MB3021.jpnprd01.prod.outlook.com ([2001:db8:2a3::9])
 by TY2PR01MB3021.jpnprd01.prod.outlook.com with mapi id 15.20.0973.012;
 {{2018-07-19T01:31:40|hdr}}
From: 森 達也 <t.mori@kawasemi-sangyo.example>
To: "keiri@minato-shoji.example" <keiri@minato-shoji.example>
Subject: 7 月分ご請求書送付の件""")

# 7 -- Microsoft 365 Defender alert: user restricted from sending email
add(label="abuse", deadline=None, provider="Microsoft 365 / Defender for Office 365", lang="en",
    url="https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-restore-restricted-users",
    sent="2024-03-05T07:14:02+00:00", hint=16,
    **{"from": ("Microsoft 365", "Office365Alerts@microsoft.com")},
    to="it-admins@brightpath-labs.example",
    subject="High-severity alert: User restricted from sending email",
    text="""A high-severity alert has been triggered

User restricted from sending email

Severity: High
Time of occurrence: {{2024-03-05T07:09|en_t}}
Activity: User restricted from sending email
User: r.nakamura@brightpath-labs.example
Details: The user sent outbound mail that went over the limits of your
outbound spam policy. The account can no longer send email until an admin
removes it from the Restricted entities list.
Alert policy: User restricted from sending email (default policy)
Tenant: brightpath-labs.example

What to do next
1. Treat the account as possibly compromised: reset the password, revoke
   active sessions, and check inbox rules, forwarding and recent sign-ins.
2. When the account is clean, release it on the Restricted entities page.
   Sending normally resumes within a few hours.

View alert details:
https://security.microsoft.com/alerts?tid=3e5b9c71-0d42-4f8e-a6b3-5c91d7e20a48

Restricted entities:
https://security.microsoft.com/restrictedentities

You're receiving this message because you are a recipient of this alert
policy. Manage notification settings in the Microsoft Defender portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# 8 -- Exchange Online NDR 5.7.750: unregistered domains
add(label="abuse", deadline=None, provider="Microsoft 365 / Exchange Online", lang="en",
    url=OD + "mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
    sent="2021-06-08T16:40:52+00:00", hint=23,
    **{"from": ("Microsoft Outlook", MSX + "@clearwater-freight.example")},
    to="notify@clearwater-freight.example",
    subject="Undeliverable: Shipment status 55-10472",
    text="""Delivery has failed to these recipients or groups:

tracking@baymont-retail.example
Your message wasn't delivered. Your organization is sending a suspicious
amount of mail from domains that haven't been added to Microsoft 365, so
sending from unregistered domains has been blocked for the organization.
Please forward this message to your email admin.

How to Fix It
An admin must add and verify every domain the organization sends from as an
accepted domain. Also look for connectors nobody remembers creating and for
compromised accounts: attackers often add inbound connectors to relay spam.

Diagnostic information for administrators:

Generating server: BN8PR12MB3409.namprd12.prod.outlook.com

tracking@baymont-retail.example
Remote Server returned '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains'

Original message headers:

Received: from relay01.clearwater-freight.example (198.51.100.24) by
 BN8PR12MB3409.namprd12.prod.outlook.com (2001:db8:9c::3) with Microsoft SMTP
 Server; {{2021-06-08T16:40:49|hdr}}
From: Clearwater Shipments <notify@cw-shipments.example>
To: tracking@baymont-retail.example
Subject: Shipment status 55-10472""")

# 9 -- Exchange Online NDR: submission quota exceeded (account likely compromised)
add(label="security-incident", deadline=None, provider="Microsoft 365 / Exchange Online", lang="en",
    url=OD + "mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-for-submission-quota-exceeded-in-exchange-online.md",
    sent="2021-07-15T18:22:07+00:00", hint=25,
    **{"from": ("Microsoft Outlook", MSX + "@ridgeway-dental.example")},
    to="Front Desk <frontdesk@ridgeway-dental.example>",
    subject="Undeliverable: Appointment reminder",
    text="""Your message to patient.care@lakeside-mail.example couldn't be delivered.

The message can't be submitted because the sender's submission quota was
exceeded. Your mailbox has sent to more than 10,000 recipients in the last
24 hours, which is the daily limit.

How to Fix It
If you really sent that much mail, wait a day before sending again.
If you didn't, your account has probably been taken over. Change your
password, scan your devices for malware, and look for inbox rules,
forwarding or mailbox delegates that you didn't set up. Then tell your
email admin so they can check the account.

Diagnostic information for administrators:

Generating server: CH2PR19MB3894.namprd19.prod.outlook.com

patient.care@lakeside-mail.example
Remote Server returned '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.'

Original message headers:

Received: from CH2PR19MB3894.namprd19.prod.outlook.com ([2001:db8:3e::12])
 by CH2PR19MB3894.namprd19.prod.outlook.com with mapi id 15.20.4331.021;
 {{2021-07-15T18:22:05|hdr}}
From: Front Desk <frontdesk@ridgeway-dental.example>
Subject: Appointment reminder""")

# 10 -- Microsoft Entra ID Protection: users at risk detected (Japanese)
add(label="security-incident", deadline=None, provider="Microsoft Entra ID", lang="ja",
    url="https://learn.microsoft.com/ja-jp/entra/id-protection/howto-identity-protection-configure-notifications",
    sent="2024-09-12T02:18:40+00:00", hint=18,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="sec-team@aozora-systems.example",
    subject="リスクのあるユーザーが検出されました",
    text="""Microsoft Entra ID Protection

組織 (aozora-systems.example) で、リスク レベルが「高」のユーザーが 2 名検出されました。
サインインの傾向や、漏えいした資格情報の情報などの検出結果をもとに判定しています。

検出されたユーザー:
  s.fujita@aozora-systems.example   リスク レベル: 高   最終更新: {{2024-09-12T02:03|ja_t}} (UTC)
  y.kimura@aozora-systems.example   リスク レベル: 高   最終更新: {{2024-09-12T01:47|ja_t}} (UTC)

推奨される対応:
  - Microsoft Entra 管理センターの [リスクのあるユーザー] でリスク検出の内容を確認してください。
  - 侵害が確認できた場合は、パスワードをリセットし、すべてのセッションを取り消してください。
  - 本人によるサインインであることが確認できた場合は、[ユーザーの侵害なしを確認] を選択してください。

リスクのあるユーザーを表示:
https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers

このメールは、ID Protection の通知先として登録されている管理者に送信されています。
通知の設定は [ユーザーがリスクにさらされた場合に検出される警告] で変更できます。

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# 11 -- Microsoft Defender for Cloud: high severity alert (multipart)
_dfc = """Microsoft Defender for Cloud

Defender for Cloud detected suspicious activity on a resource in your subscription.

Alert: Suspicious PowerShell Activity Detected
Severity: High
Subscription: Production-Web (8c3e1f52-6a4d-4b1e-9f07-2d5c8a91e4b3)
Resource: vm-web-02 (Virtual machine, West Europe)
Detected: {{2024-05-21T13:41|en_t}}
MITRE ATT&CK tactic: Execution

Description: Host data from the machine shows a PowerShell script that is
similar to scripts known to be used by attackers. An intruder may be using
it to run malicious code on the machine.

Next steps:
1. Open the alert to see the full process details and related entities.
2. If the activity is not legitimate, isolate the machine, rotate any
   credentials stored on it, and follow the remediation steps in the alert.

View the full alert:
https://portal.azure.com/#blade/Microsoft_Azure_Security/AlertBlade/alertId/2517630442191758834_5b1d7c9e

You're receiving this email because the Defender for Cloud email
notification settings of this subscription send High severity alerts to
you. To change who gets these emails, open Environment settings > Email
notifications."""
add(label="security-incident", deadline=None, provider="Microsoft Azure (Defender for Cloud)", lang="en",
    url="https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications",
    sent="2024-05-21T13:47:19+00:00", hint=22,
    **{"from": ("Microsoft Defender for Cloud", "azure-noreply@microsoft.com")},
    to="cloudsec@saltmarsh-analytics.example",
    subject="Microsoft Defender for Cloud: High severity alert on 1 resource in subscription Production-Web",
    text=_dfc,
    html="<html><body style=\"font-family:Segoe UI,Arial,sans-serif\"><pre style=\"font-family:inherit\">"
         + _dfc.replace("&", "&amp;") + "</pre></body></html>")

# 12 -- Azure DevOps: leaked personal access token revoked
add(label="security-incident", deadline=None, provider="Microsoft Azure DevOps", lang="en",
    url="https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
    sent="2023-10-10T16:05:33+00:00", hint=30,
    **{"from": ("Azure DevOps", "azuredevops@microsoft.com")},
    to="Petra Lindqvist <p.lindqvist@saltmarsh-analytics.example>",
    subject="Your personal access token has been revoked",
    text="""Azure DevOps

We found one of your personal access tokens in a public GitHub repository
and revoked it to protect your organization.

Token name: build-agent-sync
Organization: saltmarsh-analytics
Scopes: Code (read and write), Packaging (read)
Found in: public repository, commit of {{2023-10-10T15:52|en_t}}
Revoked: {{2023-10-10T16:04|en_t}}

Anyone who copied the token before we revoked it could have used it with the
scopes listed above.

What we recommend
- Review the organization's audit log for activity by this token since it
  was pushed.
- Create a replacement token with the fewest scopes and shortest lifetime
  your pipeline needs, and keep it in a secret store, not in source code.
- Remove the token value from the repository and its history.

Manage your personal access tokens:
https://dev.azure.com/saltmarsh-analytics/_usersSettings/tokens

Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way,
Redmond, WA 98052""")

# 13 -- Exchange admin center insight: new users forwarding email
add(label="security-incident", deadline=None, provider="Microsoft 365 / Exchange Online", lang="en",
    url=OD + "monitoring/mail-flow-insights/mfi-new-users-forwarding-email-insight.md",
    sent="2021-05-18T06:02:11+00:00", hint=29,
    **{"from": ("Microsoft Exchange Online", "no-reply@microsoft.com")},
    to="postmaster@ridgeway-dental.example",
    subject="Insight: new user accounts are forwarding email to external domains",
    text="""Exchange admin center - Insights

New users forwarding email

In the last 7 days, user accounts in your organization that had never
forwarded mail before started forwarding messages to external domains.
New accounts that suddenly forward mail outside the company are often
accounts that someone else has taken over.

  Account                                  Forwarded to            Messages
  hygiene.team@ridgeway-dental.example     inbox-relay.example          96
  temp.reception@ridgeway-dental.example   inbox-relay.example          71
  billing2@ridgeway-dental.example         fastmailbox.example          47

View details:
https://admin.exchange.microsoft.com/#/insights

The details page links to the Auto forwarded messages report. If you think
these accounts are compromised, follow the guidance for responding to a
compromised email account in Microsoft 365.""")

# 14 -- Exchange admin center insight: new domains being forwarded email
add(label="security-incident", deadline=None, provider="Microsoft 365 / Exchange Online", lang="en",
    url=OD + "monitoring/mail-flow-insights/mfi-new-domains-being-forwarded-email-insight.md",
    sent="2021-06-22T06:01:45+00:00", hint=2,
    **{"from": ("Microsoft Exchange Online", "no-reply@microsoft.com")},
    to="mail-admins@kestrel-marine.example",
    subject="Insight: email is being forwarded to new external domains",
    text="""Exchange admin center - Insights

New domains being forwarded email

Users in your organization started forwarding messages to external domains
that nobody in the organization has forwarded mail to before. There may be a
business reason, but a sudden new forwarding destination is also a typical
sign of a hijacked mailbox.

  New domain               Users forwarding   Messages (last 7 days)
  quickdrop-mail.example   2                  133
  parcel-notes.example     1                   18

View details:
https://admin.exchange.microsoft.com/#/insights

To stop automatic forwarding to some or all external domains, configure a
remote domain. If you suspect that the accounts are compromised, follow the
guidance for responding to a compromised email account.""")

AZF = "このメールは Microsoft Azure の必須のサービス通知です。\nプライバシーに関する声明 | Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"
AZE = "This is a mandatory service announcement from Microsoft Azure.\nPrivacy Statement | Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"

# 15 -- Azure Functions runtime 2.x/3.x retirement (Japanese)
add(label="action-required", deadline="2022-12-03", provider="Microsoft Azure", lang="ja",
    url="https://azure.github.io/jpazpaas/2022/06/24/retire-functionsv2v3-MT12-HD0-faq.html",
    sent="2022-06-13T19:25:05+00:00", hint=8,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="azure-ops@hokuto-logistics.example",
    subject="{{2022-12-03|ja}}までに Azure Functions アプリをランタイム バージョン 4.x に更新してください",
    text="""Azure Functions
追跡 ID: 7RQK-P3D

ランタイム バージョン 2.x または 3.x で動作する Azure Functions アプリをご利用のため、このお知らせをお送りしています。

.NET Core 3.1 は {{2022-12-03|ja}} にサポートが終了します。これに伴い、.NET Core 3.1 を基盤とする
Azure Functions ランタイム バージョン 2.x および 3.x も同じ日に廃止されます。

廃止後も 2.x / 3.x のアプリは動作を続け、既存のワークロードがすぐに止まることはありません。
ただし、これらのバージョンには今後、更新プログラムもカスタマー サポートも提供されません。

ランタイム バージョン 4.x では、次のものが利用できます。
  ・最新のセキュリティ更新プログラム
  ・.NET 6 や Node 16 など、新しい言語バージョンのサポート

推奨される対応
サービスの中断やセキュリティ上の問題を避けるため、{{2022-12-03|ja}} より前に
Functions アプリをランタイム バージョン 4.x に更新してください。
https://aka.ms/functions-view-and-update-runtime-version

""" + AZF)

# 16 -- Azure Functions in-process model end of support (German)
add(label="action-required", deadline="2026-11-10", provider="Microsoft Azure", lang="de",
    url="https://azure.github.io/jpazpaas/2024/04/01/azure-functions-inprocess-end-of-support-FVN7-7PZ.html",
    sent="2024-03-12T17:10:48+00:00", hint=16,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="cloud-team@lindenhof-gmbh.example",
    subject="Stellen Sie Ihre .NET-Apps in Azure Functions bis zum {{2026-11-10|de}} auf das isolierte Workermodell um",
    text="""Azure Functions
Tracking-ID: 3HXN-WQ2

Sie erhalten diese Benachrichtigung, weil Sie .NET-Apps in Azure Functions
mit dem In-Process-Modell betreiben.

Ab dem {{2026-11-10|de}} wird das In-Process-Modell für .NET-Apps in Azure
Functions nicht mehr unterstützt. Damit Apps, die dieses Modell nutzen,
weiterhin Support erhalten, müssen Sie sie bis zu diesem Datum auf das
isolierte Workermodell umstellen.

Sie können Ihre .NET-Apps auch nach dem {{2026-11-10|de}} im In-Process-Modell
betreiben, sie bekommen dann aber keine Sicherheits- und Funktionsupdates
von Microsoft mehr.

Erforderliche Maßnahme
1. Ermitteln Sie die betroffenen Funktions-Apps: In den App-Einstellungen
   hat FUNCTIONS_WORKER_RUNTIME den Wert „dotnet“.
2. Migrieren Sie den Code dieser Apps auf das isolierte Workermodell und
   heben Sie dabei die .NET-Version auf .NET 8 an.

Weitere Informationen: https://aka.ms/azure-functions-retirements/in-process-model

Dies ist eine obligatorische Dienstankündigung von Microsoft Azure.
Datenschutzerklärung | Microsoft Corporation, One Microsoft Way, Redmond, WA 98052, USA""")

# 17 -- Azure Monitor diagnostic settings storage retention retirement
add(label="action-required", deadline="2025-09-30", provider="Microsoft Azure", lang="en",
    url="https://jpazmon-integ.github.io/blog/AzureMonitorEssential/diagSettings_storageRetention_willBeRetired/",
    sent="2022-10-24T20:10:14+00:00", hint=15,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="platform@clearwater-freight.example",
    subject="Action required: Move to Azure Storage lifecycle management from diagnostic settings storage retention",
    text="""Azure Monitor | Health advisory
Tracking ID: 8MLQ-T27
Impacted region: Global

You're getting this notice because you use the storage retention feature of
Azure Monitor diagnostic settings.

On {{2025-09-30|en}}, the diagnostic settings storage retention feature will be
retired. From then on, no retention will be applied to logs that diagnostic
settings send to storage account destinations. Please move to Azure Storage
lifecycle management before that date.

Lifecycle management covers everything the retention setting does and also
lets you:
- move blobs to a cooler storage tier to balance performance and cost;
- define up to 100 separate rules;
- apply rules to whole containers or to chosen subsets of blobs.

Required action
Create lifecycle management policies on the storage accounts that receive
diagnostic logs before {{2025-09-30|en}}, then set retention in your diagnostic
settings to 0 days.
https://aka.ms/diagnostic-settings-retention-migration

""" + AZE)

# 18 -- Azure Service Health: RBAC for security advisories
add(label="action-required", deadline="2025-10-22", provider="Microsoft Azure", lang="en",
    url="https://jpazmon-integ.github.io/blog/AzureMonitorEssential/SecurityAdvisoriesElevatedAccess/",
    sent="2025-06-26T18:30:22+00:00", hint=25,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="azure-admins@kestrel-marine.example",
    subject="Action required: Make sure the right people can access security advisories in Azure Service Health",
    text="""Azure Service Health | Health advisory
Tracking ID: R_4K-QV9

You're getting this notice because you use Azure Service Health.

So that sensitive security advisories reach only people with elevated
permissions, we're changing role-based access control (RBAC) in Azure
Service Health, starting {{2025-04-22|en}}:
- A new version of the Resource Health API, released {{2025-04-22|en}}, shows
  security advisory details only to privileged users.
- RBAC for security advisory events goes live in the Azure portal on
  {{2025-10-22|en}}.
- RBAC for security advisory events goes live in Azure Resource Graph on
  {{2025-10-22|en}}.

To avoid disruption, make sure the right users keep access:
- Azure portal: review your security RBAC assignments before
  {{2025-10-22|en}} and add or change them as needed.
- Resource Health API: move to the new API version before older versions
  are deprecated from {{2025-10-22|en}}, and use FetchEventDetails to read
  sensitive security information.
- Azure Resource Graph: review the ServiceHealthResources properties that
  will need elevated access and adjust before {{2025-10-22|en}}.

Read more: https://learn.microsoft.com/azure/service-health/security-advisories-elevated-access

""" + AZE)

# 19 -- Exchange Online SMTP AUTH Basic auth: updated timeline (Japanese, Message center)
add(label="action-required", deadline="2026-12-31", provider="Microsoft 365 / Exchange Online", lang="ja",
    url="https://jpmessaging.github.io/blog/Updated-Exchange-Online-SMTP-AUTH-Basic-Authentication-Deprecation-Timeline/",
    sent="2026-01-28T21:04:37+00:00", hint=31,
    **{"from": ("Microsoft 365 Message center", "o365mc@microsoft.com")},
    to="m365-admin@kawasemi-sangyo.example",
    subject="メッセージ センターからの主要な更新",
    text="""Microsoft 365 メッセージ センター
主要な更新のお知らせ (kawasemi-sangyo.example)

MC1213057: Exchange Online の SMTP AUTH 基本認証の廃止スケジュールを更新しました
サービス: Exchange Online
対応期限: {{2026-12-31|ja}}
カテゴリ: 変更に備えた計画

既存のメール ワークフローの移行に時間がかかっているというフィードバックと実際の利用状況を踏まえ、
SMTP AUTH 基本認証の廃止スケジュールを次のように見直しました。

  ・{{2026-12-31|ja}}まで: SMTP AUTH 基本認証の動作は変わりません。
  ・{{2026-12-31|ja}}: 既存のテナントでは SMTP AUTH 基本認証が既定で無効になります。
    必要な場合は管理者が再度有効にできます。
  ・これ以降に作成されるテナント: SMTP AUTH 基本認証は既定で使用できず、OAuth のみがサポートされます。
  ・{{2027-10-01|half_ja}}: 最終的な削除日をお知らせします。

必要な対応
SMTP AUTH で基本認証を使っているアプリケーション、複合機、スクリプトを洗い出し、
{{2026-12-31|ja}}までに OAuth もしくはその他の代替手段へ移行してください。

Microsoft 365 管理センターでメッセージを表示:
https://admin.microsoft.com/Adminportal/Home#/MessageCenter

このメールは、メッセージ センターの主要な更新を受け取るように設定された管理者に送信されています。
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# 20 -- Exchange Online: trust DigiCert Global Root G2 (updated deadline)
add(label="action-required", deadline="2026-03-22", provider="Microsoft 365 / Exchange Online", lang="en",
    url="https://jpmessaging.github.io/blog/trust-digicert-global-root-g2-certificate-authority-to-avoid-exchange-online-ema/",
    sent="2026-03-16T22:00:41+00:00", hint=15,
    **{"from": ("Microsoft 365 Message center", "o365mc@microsoft.com")},
    to="exo-admins@clearwater-freight.example",
    subject="(Updated) Trust DigiCert Global Root G2 by {{2026-03-22|us}} to avoid Exchange Online mail flow disruption",
    text="""Message center | MC1229840 (Updated)
Service: Exchange Online    Act by: {{2026-03-22|us}}

Updated {{2026-03-16|us}}: the date has moved to {{2026-03-22|us}} and the
certificate bundle has been published again.

If your organization sends or receives mail with Exchange Online over SMTP,
your servers and clients must trust the DigiCert Global Root G2 certificate
authority and the subordinate CAs issued under it.

DigiCert Global Root G2
  SHA1 thumbprint: DF3C24F9BFD666761B268073FE06D1CC8D4F82A4
  Serial number: 03:3A:F1:E6:A7:11:A9:A0:BB:28:64:B1:1D:09:FA:E5

Who needs to act
Windows keeps root certificates up to date by itself, so most customers need
to do nothing. You may need to act if:
1. the Windows CTL Updater is turned off in your organization, or
2. you connect with older runtimes or devices: legacy Java, appliances,
   custom or old Linux images, air-gapped systems, third-party gateways.

What to do
Check whether the root is trusted on each system that does full chain
validation against Exchange Online, and install it where it is missing.
Without it, from {{2026-03-22|us}} TLS handshakes can fail: mail may be refused,
fall back to unencrypted SMTP, or be delayed.

View this message in the Microsoft 365 admin center:
https://admin.microsoft.com/Adminportal/Home#/MessageCenter""")

# 21 -- Exchange Online: onmicrosoft.com (MOERA) sending throttling
add(label="action-required", deadline="2025-12-01", provider="Microsoft 365 / Exchange Online", lang="en",
    url="https://jpmessaging.github.io/blog/limiting-onmicrosoft-domain-usage-for-sending-emails/",
    sent="2025-08-21T17:12:05+00:00", hint=11,
    **{"from": ("Microsoft 365 Message center", "o365mc@microsoft.com")},
    to="owner@tidewater-outfitters.example",
    subject="Major update from Message center",
    text="""Message center | Major update
MC1137245: Limits on sending external email from onmicrosoft.com domains
Service: Exchange Online
Act by: {{2025-12-01|us}}

The default onmicrosoft.com domain of a tenant (its MOERA domain) is meant for
testing, not for everyday mail. All tenants share its reputation, and it is
abused by spammers.

To curb that abuse we are adding throttling: an organization will be able to
send to at most 100 external recipients per rolling 24 hours from its
onmicrosoft.com domains. Inbound mail is not affected. Messages over the limit
are rejected with:
  550 5.7.236 Your message can't be sent because your tenant has exceeded its
  daily limit for sending email to external recipients from your tenant's
  onmicrosoft.com domains

Your tenant has fewer than 3 Exchange seats, so enforcement starts on
{{2025-12-01|us}}. Larger tenants follow in stages up to {{2026-06-01|us}}.

What you need to do
- Buy a custom domain if you don't have one, and add it to Microsoft 365.
- Make the custom domain the tenant's default domain.
- Change the primary SMTP address of every mailbox to the custom domain.
- Check the external postmaster address, Bookings and notification senders.

View this message in the Microsoft 365 admin center:
https://admin.microsoft.com/Adminportal/Home#/MessageCenter""")

# 22 -- Exchange Online insight: domain expiring soon
add(label="action-required", deadline="2021-09-02", provider="Microsoft 365 / Exchange Online", lang="en",
    url=OD + "monitoring/mail-flow-insights/domain-expiry-notification-feature.md",
    sent="2021-08-03T04:15:26+00:00", hint=5,
    **{"from": ("Microsoft Exchange Online", "no-reply@microsoft.com")},
    to="admin@marlow-estates.example",
    subject="Alert: an accepted domain in your organization expires in 30 days",
    text="""Exchange admin center - Mail flow alert

Domain expiring soon

The registration of the following accepted domain in your organization is
about to run out:

  Domain                 Expires on
  marlow-estates.example {{2021-09-02|us}}  (30 days)

When a domain expires, users whose addresses are in that domain stop
receiving email. Renew the domain with your registrar before the date above
to avoid a break in mail flow.

If you have already renewed or removed the domain, you can ignore this
message. We send these alerts when a domain is 90, 60 and 30 days or less
from expiry.

You can also see this alert in the new Exchange admin center under
Mail flow > View alerts:
https://admin.exchange.microsoft.com/#/alertsview""")

# 23 -- Azure App Service certificate: domain verification required (multipart)
_asc_t = """Microsoft Azure

Domain verification required for your App Service certificate renewal

You're receiving this notification because you use Microsoft Azure App
Service certificates.

You may have an App Service certificate that is in Pending issuance status
and needs domain verification:
  Certificate: shop-wildcard-cert
  Domain: *.tidewater-outfitters.example
  Subscription: 4f7d2a90-1c3e-4b58-8e06-9a2d5b7c13f4

If domain ownership isn't verified, the certificate can't be renewed.
Domain verification isn't automated for App Service certificates, so you
need to do it yourself.

If you've recently verified domain ownership and received a renewed
certificate, you can ignore this message.

Required action
To renew your App Service certificate, verify your domain ownership.

Verify domain ownership >
https://portal.azure.com/#view/Microsoft_Azure_CertificateManagement/CertificateOrdersBlade"""
add(label="action-required", deadline=None, provider="Microsoft Azure", lang="en",
    url="https://azure.github.io/jpazpaas/2022/08/26/2022-08-25-App-Service-Certificate-Renewal.html",
    sent="2022-08-25T11:20:09+00:00", hint=18,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="webops@tidewater-outfitters.example",
    subject="Domain verification required for your App Service certificate renewal",
    text=_asc_t + "\n\n" + AZE,
    html="""<html><body style="font-family:Segoe UI,Arial,sans-serif;max-width:640px">
<p style="color:#505050">Microsoft Azure</p>
<h1>Domain verification required for your App Service certificate renewal</h1>
<p><i>You're receiving this notification because you use Microsoft Azure App Service certificates.</i></p>
<p>You may have an App Service certificate that is in <b>Pending issuance</b> status and needs domain verification:<br>
Certificate: shop-wildcard-cert<br>Domain: *.tidewater-outfitters.example<br>
Subscription: 4f7d2a90-1c3e-4b58-8e06-9a2d5b7c13f4</p>
<p>If domain ownership isn't verified, the certificate can't be renewed. <b>Domain verification isn't automated for App Service certificates, so you need to do it yourself.</b></p>
<p>If you've recently verified domain ownership and received a renewed certificate, you can ignore this message.</p>
<h2>Required action</h2>
<p>To renew your App Service certificate, <b>verify your domain ownership</b>.</p>
<p><a href="https://portal.azure.com/#view/Microsoft_Azure_CertificateManagement/CertificateOrdersBlade" style="background:#0078d4;color:#fff;padding:8px 16px">Verify domain ownership &gt;</a></p>
<p style="font-size:11px;color:#707070">This is a mandatory service announcement from Microsoft Azure. Privacy Statement | Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>""")

# 24 -- Application Insights: TLS 1.2 required (Japanese)
add(label="action-required", deadline="2025-05-01", provider="Microsoft Azure", lang="ja",
    url="https://jpazmon-integ.github.io/blog/applicationInsights/upcomingTlsChangesForAppInsights/",
    sent="2025-03-26T16:02:51+00:00", hint=24,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="dev-leads@aozora-systems.example",
    subject="{{2025-05-01|ja}}までに Application Insights への接続を TLS 1.2 以降に切り替えてください",
    text="""Azure Monitor Application Insights
追跡 ID: L2VX-8NB

Azure Monitor Application Insights を利用している Azure サブスクリプションに関連付けられているため、
このお知らせをお送りしています。

データの保護と暗号化を強化するため、{{2025-05-01|ja}}以降、Application Insights へのすべての接続で
トランスポート層セキュリティ (TLS) 1.2 以降が必要になります。同日をもって TLS 1.0 と 1.1 の
サポートは終了します。

すでに TLS 1.2 以降をお使いの場合、対応は不要です。

必要な対応
TLS 1.0 または 1.1 で Application Insights に接続している場合は、{{2025-05-01|ja}}までに
TLS 1.2 以降へ切り替えてください。どのバージョンを使っているかは、ログ記録を有効にすると
確認できます。SDK やエージェント、実行環境 (OS、.NET Framework など) の設定も併せて
ご確認ください。

詳細: https://learn.microsoft.com/azure/azure-monitor/best-practices-security

""" + AZF)

# 25 -- Azure Monitor: Data Collector API retirement
add(label="action-required", deadline="2026-09-14", provider="Microsoft Azure", lang="en",
    url="https://jpazmon-integ.github.io/blog/LogAnalytics/HowToMigrateToLogIngestionAPI/",
    sent="2023-11-27T19:03:30+00:00", hint=22,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="observability@harbourline.example",
    subject="Retirement notice: Transition to DCR-based custom log ingestion by {{2026-09-14|en}}",
    text="""Azure Monitor | Retirement notice
Tracking ID: 6DPF-XK1

You're getting this notice because you send custom logs to Azure Monitor Logs
with the Data Collector API.

On {{2026-09-14|en}} we'll retire the Data Collector API for ingesting custom
logs into Azure Monitor Logs. Before then, move to the Logs Ingestion API,
which is based on data collection rules (DCRs). It does everything the Data
Collector API does and adds:
- secure, token-based authentication;
- full control over the schema of the destination table;
- filtering and transformation of data while it is ingested.

Required action
To avoid ingestion errors and lost data, move your senders to the DCR-based
Logs Ingestion API before {{2026-09-14|en}}. After that date the Data
Collector API endpoints will no longer be available.
https://learn.microsoft.com/azure/azure-monitor/logs/logs-ingestion-api-overview

""" + AZE)

# 26 -- Google network (peering) maintenance, multipart
_gnoc = """Google Network Maintenance Notification - Reference PCR/481207

This message was sent to: [noc@tidewater-outfitters.example]
This address was taken from the Google ISP Portal. To change what you receive,
go to "Configuration > Contacts" and adjust the Email Subscriptions of each
user. More about Contacts is in the Google Interconnect help.

Details:
Start Time: {{2023-12-05T20:55:00|utc}}
End Time: {{2023-12-06T05:05:00|utc}}
Duration: 8h10m0s

Google ASN: 15169    Peer ASN: 64500

Google Neighbor Address(es): 192.0.2.33    Peer Neighbor Address(es): 192.0.2.32
Google Neighbor Address(es): 2001:db8:15::1    Peer Neighbor Address(es): 2001:db8:15::

During the work Google will move traffic off the peering link(s) automatically.
Depending on the work, your BGP session with Google may stay up for the whole
window. Traffic may move to your other sessions with Google and/or to your
upstream provider(s).

Please send questions about this event to noc@google.com.

Thank you for peering with Google!

PRIVILEGE AND CONFIDENTIALITY NOTICE: This e-mail and any attachments may be
privileged or confidential and are meant only for the named recipient(s). If
you received it by mistake, please tell the sender by return e-mail and delete
it; do not copy, forward or use it."""
add(label="maintenance", deadline="2023-12-05", provider="Google Cloud (network peering)", lang="en",
    url="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/google/google2.eml",
    sent="2023-12-05T00:40:05+00:00", hint=9,
    **{"from": ("Google NOC", "noc-noreply@google.com")},
    to="noc@tidewater-outfitters.example",
    subject="[Scheduled] Google Planned Network Maintenance Notification - Reference PCR/481207",
    text=_gnoc,
    html="<html><body style=\"font-family:'Open Sans',sans-serif\"><div style=\"font-weight:bold\">"
         "Google Network Maintenance Notification - Reference PCR/481207</div><hr>"
         "<pre style=\"font-family:inherit\">" + _gnoc.split("\n", 2)[2] + "</pre></body></html>")

# 27 -- Azure App Service planned maintenance (Japanese)
add(label="maintenance", deadline="2025-05-13", provider="Microsoft Azure", lang="ja",
    url="https://azure.github.io/jpazpaas/2025/05/07/Azure-App-Service-Notifications-Improvements.html",
    sent="2025-05-06T09:00:12+00:00", hint=2,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="azure-ops@hokuto-logistics.example",
    subject="計画メンテナンス: App Service - 東日本 (追跡 ID: 5TLC-J9G)",
    text="""Azure サービス正常性 | 計画メンテナンス
追跡 ID: 5TLC-J9G
サービス: App Service
リージョン: 東日本
メンテナンス期間: {{2025-05-13T13:00|ja_t}} UTC ～ {{2025-05-15T13:00|ja_t}} UTC

上記の期間に、App Service プランを対象とした定期的なプラットフォーム アップグレードを実施します。
アップグレード中、アプリケーションが再起動されることがあります。

今回から、メンテナンス通知が次のように改善されています。
  ・[影響を受けたリソース] ブレードで、App Service プランごとの進行状況 (保留中、開始済み、完了済み) を
    開始・終了のタイムスタンプ付きで確認できます。
    (ホーム > モニター > サービス正常性 > 計画メンテナンス > 問題名 > 影響を受けたリソース)
  ・この通知から、今回の更新内容をまとめた App Service リリース ノートを参照できます。
  ・アップグレードは現地時間の 9 時から 17 時を避けて開始します。9 時の時点でリソースの
    アップグレードが終わっていない場合は、安全に停止できる地点まで進めたうえで一時停止し、
    営業時間が終わってから再開します。

推奨事項
  ・プランのインスタンスを 2 つ以上にしておくと、再起動の影響を抑えられます。
  ・正常性チェックを構成しておくと、応答しないインスタンスが自動的に切り離されます。

Azure portal で詳細を表示:
https://portal.azure.com/#view/Microsoft_Azure_Health/AzureHealthBrowseBlade/~/plannedMaintenance

""" + AZF)

# 28 -- Azure Cache for Redis TLS server certificate rotation
add(label="maintenance", deadline="2022-04-26", provider="Microsoft Azure", lang="en",
    url="https://azure.github.io/jpazpaas/2022/04/20/tls-certificate-changes.html",
    sent="2022-03-29T18:06:55+00:00", hint=23,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="platform@saltmarsh-analytics.example",
    subject="Azure Cache for Redis: TLS server certificates will be updated starting {{2022-04-26|en}}",
    text="""Azure Cache for Redis | Planned maintenance
Tracking ID: 0YHC-RB5

Starting {{2022-04-26|en}}, we'll replace the TLS server certificates that your
Azure Cache for Redis instances present to clients. Certificates expire and
are renewed on a regular schedule; some of the new ones are issued by a
different intermediate certificate authority.

Most customers won't notice anything. Clients that trust the certificate
authorities in the standard operating system or browser trust stores keep
working, even when the issuing CA changes.

You may be affected only if an application pins certificates, that is, if it
explicitly lists which server or CA certificates it accepts. Such an
application will reject the new certificates and fail to connect.

If you pin certificates, add the new certificate chain to your allowed list
before the rotation reaches your caches. Thumbprints and chains:
https://learn.microsoft.com/azure/security/fundamentals/tls-certificate-changes

""" + AZE)

# 29 -- Exchange Online High Volume Email: billing starts (Japanese)
add(label="pricing", deadline="2026-06-01", provider="Microsoft 365 / Exchange Online", lang="ja",
    url="https://jpmessaging.github.io/blog/high-volume-email-is-now-available-in-exchange-online/",
    sent="2026-04-01T17:20:46+00:00", hint=17,
    **{"from": ("Microsoft 365 Message center", "o365mc@microsoft.com")},
    to="m365-admin@minami-design.example",
    subject="【価格】High Volume Email の従量課金を {{2026-06-01|ja}}から開始します (MC1241188)",
    text="""Microsoft 365 メッセージ センター
MC1241188: High Volume Email (HVE) の一般提供と課金の開始
サービス: Exchange Online
開始日: {{2026-06-01|ja}}

アプリケーションやデバイスから組織内の受信者へ大量のメールを送るための High Volume Email が、
Exchange Online で一般提供 (GA) になりました。

課金について
{{2026-06-01|ja}} から、配信されたメールの受信者数に応じた従量課金を開始します。
  ・価格: 受信者 100 万件あたり 42 ドル (受信者 1 件あたり 0.000042 ドル)
  ・請求: Microsoft commerce を通じて請求されます
これまでの無償での利用は、課金の開始とともに終了します。

主な用途
  ・給与・人事システムからの通知
  ・IT 監視やサービスのアラート
  ・業務アプリケーションや複合機・スキャナーなど機器からの送信

HVE はマーケティング メール向けではありません。テンプレートや開封追跡の機能はありません。

設定は Exchange 管理センターの [メール フロー] から行えます。
https://learn.microsoft.com/exchange/mail-flow-best-practices/high-volume-mails-m365

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# 30 -- Azure Automation pricing change
add(label="pricing", deadline="2018-03-01", provider="Microsoft Azure", lang="en",
    url="https://jpazmon-integ.github.io/blog/automation/gettingExeTimeOfJobForSpecificPeriodAutomation/",
    sent="2018-01-16T20:30:17+00:00", hint=30,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="finance-it@marlow-estates.example",
    subject="Azure Automation pricing is changing on {{2018-03-01|us}}",
    text="""Azure Automation

We're simplifying how process automation is billed. Starting {{2018-03-01|us}},
the separate Free and Basic tiers go away and every Automation account is
billed the same way.

Today
- Free: 500 job run minutes a month. When they're used up, jobs stop running.
- Basic: every job run minute is billed at $0.002, from the first minute.

From {{2018-03-01|us}}
- Every account gets 500 job run minutes a month at no charge.
- Minutes beyond that are billed at $0.002 per minute. Jobs no longer stop
  when the free minutes run out.
- Actual prices may vary with your purchase date and agreement.

You don't need to change anything in your accounts. If you use the Free tier
and don't want to pay for minutes over 500, keep an eye on your monthly job
run time.

Automation pricing: https://azure.microsoft.com/pricing/details/automation/

""" + AZE)

# 31 -- Azure invoice ready (Japanese, HTML only)
add(label="billing", deadline=None, provider="Microsoft Azure", lang="ja",
    url="https://jpazasms.github.io/blog/AzureSubscriptionManagement/20171012a/",
    sent="2017-10-05T07:31:12+00:00", hint=4,
    **{"from": ("Microsoft Azure", "microsoft-noreply@microsoft.com")},
    to="billing@minami-design.example",
    subject="請求明細書をご利用いただけるようになりました",
    html="""<html><body style="font-family:'Segoe UI',Meiryo,sans-serif;max-width:600px">
<p style="font-size:20px">Microsoft</p>
<p style="font-size:26px;color:#505050">Azure</p>
<hr>
<h2 style="font-weight:normal">請求明細書をご利用いただけるようになりました</h2>
<p>サブスクリプション名: 従量課金<br>
サブスクリプション ID: 2b9e4c17-85d0-4a3f-b6e2-7c10f94d5a86<br>
プラン名: 従量課金<br>
請求期間: {{2017-08-31|us}}-{{2017-09-30|us}}</p>
<p style="text-align:center"><a href="https://portal.azure.com/#blade/Microsoft_Azure_Billing/SubscriptionsBlade" style="background:#5cb800;color:#fff;padding:12px 120px;text-decoration:none">明細書を表示する</a></p>
<hr>
<ul>
<li>ご希望の場合は、このメールに請求明細書を添付してお送りできます。また、送付先を追加することもできます。設定は<a href="https://portal.azure.com/#blade/Microsoft_Azure_Billing/SubscriptionsBlade">こちら</a>から行えます。</li>
<li>画面を使わない方法でのサポートが必要な場合は、NonVisual デスクトップ アクセスの <a href="https://go.microsoft.com/fwlink/?LinkId=825306">PDF 手順</a>をご覧ください。</li>
</ul>
<p style="font-size:11px;color:#606060;background:#e6e6e6;padding:12px">このメッセージは、お客様またはお客様の会社がご購入・ご参加いただいたプログラム、サービス、製品に関する重要なお知らせとして Microsoft からお送りしています。Microsoft はお客様のプライバシーの保護に努めています。<a href="https://go.microsoft.com/fwlink/?LinkId=521839">プライバシーに関する声明</a>をご確認ください。<br><br>One Microsoft Way Redmond WA, 98052 USA</p>
</body></html>""")

# 32 -- Azure support plan: first invoice (Japanese)
add(label="billing", deadline=None, provider="Microsoft Azure", lang="ja",
    url="https://jpazasms.github.io/blog/AzureSubscriptionManagement/20180605a/",
    sent="2018-06-05T02:43:30+00:00", hint=9,
    **{"from": ("Microsoft Azure", "microsoft-noreply@microsoft.com")},
    to="keiri@aozora-systems.example",
    subject="サポート プランの請求書が発行されました",
    text="""Microsoft Azure

サポート プランの請求書が発行されました

サポート プラン: Standard
請求書番号: E0300HKQ72
請求日: {{2018-06-05|ja}}
ご契約日: {{2018-06-04|ja}}
お支払い方法: クレジット カード (末尾 4417)
ご請求金額: 0 円

サポート プランの初回請求書は、ご契約日の翌日に発行されます。クレジット カードでお支払いの場合、
初回分はサポート プランのご購入時にカード会社へ請求済みのため、この請求書のご請求金額は
0 円と表示されます。

請求書 2 ページ目の [お支払いについて] にはお支払いが必要である旨が記載されていますが、
ご購入日にお支払いは完了しています。あらためてお支払いいただく必要はありません。

請求書を表示:
https://portal.azure.com/#blade/Microsoft_Azure_Billing/SubscriptionsBlade

このメッセージは、お客様がご購入いただいたサービスに関する重要なお知らせです。
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# 33 -- Azure Storage: new default security settings (informational)
add(label="informational", deadline=None, provider="Microsoft Azure", lang="en",
    url="https://azure.github.io/jpazpaas/2023/05/19/About-update-for-default-security-settings-for-new-Azure-Storage-accounts-LVK-RT8.html",
    sent="2023-05-16T21:00:40+00:00", hint=16,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="azure-admins@kestrel-marine.example",
    subject="Important notice: Default security settings for new Azure Storage accounts will be updated",
    text="""Azure Storage | Health advisory
Tracking ID: _QW3-M8D

You're receiving this notice because you use Azure Storage.

To make new storage accounts more secure by default, two settings will
change for storage accounts created from {{2023-08-01|ym_en}} onward:
- Allow Blob anonymous access will be disabled by default.
- Allow cross-tenant replication will be disabled by default.

Existing storage accounts keep their current settings, and you can still
turn either setting on for a new account when you need it.

Most customers don't need to do anything. If your deployment templates or
scripts create storage accounts that depend on anonymous blob access or on
object replication with another Microsoft Entra tenant, set these options
explicitly when you create the accounts.

Learn more: https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure

""" + AZE)

# 34 -- Azure Monitor: post incident review of an ingestion outage (Japanese)
add(label="informational", deadline=None, provider="Microsoft Azure", lang="ja",
    url="https://jpazmon-integ.github.io/blog/general/mdsFalseAlerts/",
    sent="2023-07-11T06:45:18+00:00", hint=23,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="azure-ops@hokuto-logistics.example",
    subject="Post Incident Review (PIR) - Azure Monitor - データの取り込みの遅延と欠損 (追跡 ID: 9WDP-4J0)",
    text="""Azure サービス正常性 | Post Incident Review (PIR)
追跡 ID: 9WDP-4J0

発生した事象
{{2023-07-06T23:15|ja_t}} UTC から {{2023-07-07T09:00|ja_t}} UTC までの間、Azure Monitor の
複数のサービスで、データの取り込みに遅延と欠損が発生しました。

直接影響を受けた機能
  ・Log Analytics エージェント、Azure Monitor エージェント、Container Insights、
    データ コレクター API、ログ インジェスト API による Log Analytics ワークスペースへの取り込み
  ・Microsoft Sentinel コネクタによる取り込み、ワークスペース ベースの Application Insights
  ・診断設定によるストレージ アカウント、イベント ハブへの送信

二次的な影響
  ・ワークスペースを対象とするログ アラート ルールおよびメトリック アラート ルール
  ・ワークスペースからのデータ エクスポート

原因
構成の不備により想定を大きく超える数の処理が発生し、取り込みを担う基盤サービスが高負荷に
陥りました。その結果、内部で使用する認証情報の取得に失敗しました。

対処
基盤側のサーバーを増強し、滞留していた処理と新しい処理を順次処理しました。

今後の取り組み
構成変更の検証手順と、高負荷時の自動保護の強化を進めています。

お客様による対応は不要です。

""" + AZF)

# 35 -- Message center: optional policy to move users to the new Outlook (Japanese)
add(label="informational", deadline=None, provider="Microsoft 365", lang="ja",
    url="https://jpmessaging.github.io/blog/MC854648/",
    sent="2024-08-13T20:11:09+00:00", hint=2,
    **{"from": ("Microsoft 365 Message center", "o365mc@microsoft.com")},
    to="m365-admin@minami-design.example",
    subject="メッセージ センター: 従来の Outlook から新しい Outlook for Windows へ移行させる管理者ポリシー",
    text="""Microsoft 365 メッセージ センター
MC862451: 従来の Outlook から新しい Outlook for Windows へユーザーを移行させる管理者ポリシー
サービス: Microsoft 365 Apps, Outlook
カテゴリ: 新機能

新しい Outlook for Windows を早めに使ってもらいたい組織向けに、従来の Outlook から
新しい Outlook への切り替えを管理者が促せるポリシーを提供します。

このポリシーは任意です。管理者が明示的に構成しない限り、ユーザーへの影響はありません。
不要な場合は対応の必要はありません。

ポリシーの動作
  ・有効にすると、従来の Outlook を起動するたびに切り替えを促すプロンプトが表示され、
    3 回表示された後の起動時に一度、新しい Outlook に自動で切り替わります。
  ・ユーザーは右上のトグルでいつでも従来の Outlook に戻せます。
  ・再試行の間隔を設定するポリシーを併用すると、戻した後に再び切り替えを促せます。

構成場所
  ・グループ ポリシー: ユーザーの構成 > 管理用テンプレート > Microsoft Outlook 2016 >
    Outlook のオプション > その他 > 管理者が制御する新しい Outlook への移行
  ・Microsoft 365 Apps 管理センターのクラウド ポリシー
  ・レジストリ値 DoNewOutlookAutoMigration (REG_DWORD) = 1

前提条件: 従来の Outlook がバージョン 2407 (ビルド 17830.20138) 以降であること。
オンプレミス環境とソブリン クラウドでは新しい Outlook はサポートされていません。

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

# 36 -- Security advisory: Log4j 2 and Azure App Service
add(label="security-advisory", deadline=None, provider="Microsoft Azure", lang="en",
    url="https://azure.github.io/jpazpaas/2021/12/13/log4shell-on-appservice.html",
    sent="2021-12-13T05:12:44+00:00", hint=8,
    **{"from": ("Microsoft Azure", "azure-noreply@microsoft.com")},
    to="security@marlow-estates.example",
    subject="Security advisory: Apache Log4j 2 vulnerability (CVE-2021-44228) and Azure App Service",
    text="""Azure Service Health | Security advisory
Tracking ID: 2MJS-C4H
Service: App Service

Microsoft is aware of the remote code execution vulnerability in Apache
Log4j 2 (CVE-2021-44228, also called Log4Shell). It affects Log4j 2 versions
2.0-beta9 through 2.14.1.

Is the App Service platform affected?
No. The Java runtimes that App Service provides (JDK, JRE and Tomcat) don't
use or ship Log4j, so the platform itself is not affected.

What about my applications?
If your own application, or a library or module it depends on, includes an
affected version of Log4j 2, an attacker may be able to run code of their
choosing. Check your application's dependencies and update Log4j to a fixed
version as described by the Apache Software Foundation.

Guidance from the Microsoft Security Response Center:
https://msrc.microsoft.com/blog/2021/12/microsofts-response-to-cve-2021-44228-apache-log4j2/

""" + AZE)

# ---------------------------------------------------------------------------
# Writing, re-reading and checking
# ---------------------------------------------------------------------------
import email
import email.policy
import email.utils
import os
import sys
from email.generator import BytesGenerator
from io import BytesIO

NAME = "g49"
OUTDIR = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(OUTDIR, f"set-{NAME}.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
LANGNAME = {"en": "English", "ja": "Japanese", "de": "German"}


def to_bytes(msg):
    buf = BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg)
    data = buf.getvalue().replace(b"\r\n", b"\n")
    lines = data.split(b"\n")
    out = [b">" + l if l.startswith(b"From ") else l for l in lines]
    return b"\n".join(out).rstrip(b"\n") + b"\n"


def write_mbox(built):
    with open(MBOX, "wb") as f:
        for msg, exp in built:
            sender = email.utils.parseaddr(msg["From"])[1]
            stamp = exp["sent"].astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
            f.write(f"From {sender} {stamp}\n".encode())
            f.write(to_bytes(msg))
            f.write(b"\n")


def read_mbox():
    raw = open(MBOX, "rb").read()
    chunks, cur = [], None
    for line in raw.split(b"\n"):
        if line.startswith(b"From ") and (cur is None or (cur and cur[-1] == b"")):
            if cur is not None:
                chunks.append(cur)
            cur = []
            continue
        cur.append(line)
    if cur is not None:
        chunks.append(cur)
    msgs = []
    for ch in chunks:
        while ch and ch[-1] == b"":
            ch.pop()
        ch = [l[1:] if l.startswith(b">From ") else l for l in ch]
        msgs.append(email.message_from_bytes(b"\n".join(ch) + b"\n", policy=email.policy.default))
    return msgs


def text_parts(m):
    out = []
    for p in m.walk():
        if p.get_content_maintype() == "text":
            out.append(p.get_content())
    return out


def check(built, msgs):
    problems = []
    if len(msgs) != len(built):
        problems.append(f"read {len(msgs)} messages, wrote {len(built)}")
    for i, ((_, exp), m) in enumerate(zip(built, msgs), 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append(f"#{i}: missing {h}")
        if str(m["Subject"]) != exp["subject"]:
            problems.append(f"#{i}: subject differs: {m['Subject']!r}")
        lab = str(m["X-Training-Label"])
        if lab not in LABELS or lab != exp["label"]:
            problems.append(f"#{i}: bad label {lab}")
        dl = str(m["X-Training-Deadline"])
        if dl != exp["deadline"]:
            problems.append(f"#{i}: deadline differs {dl}")
        sent = email.utils.parsedate_to_datetime(str(m["Date"]))
        if (sent.year, sent.month) != (TARGET_YEAR, TARGET_MONTH):
            problems.append(f"#{i}: Date not in January 2029: {m['Date']}")
        if str(m["Date"]) != exp["date"]:
            problems.append(f"#{i}: Date differs")
        if dl != "none":
            try:
                d = dt.date.fromisoformat(dl)
            except ValueError:
                problems.append(f"#{i}: invalid deadline {dl}")
            else:
                if d < sent.date():
                    problems.append(f"#{i}: deadline {dl} before Date {sent.date()}")
        ph = m["X-Training-Phishing"]
        if exp["phishing"] != (ph is not None and str(ph) == "yes"):
            problems.append(f"#{i}: phishing header wrong")
        got = [t.replace("\r\n", "\n") for t in text_parts(m)]
        if got != exp["bodies"]:
            problems.append(f"#{i}: body differs after read-back")
        if not 8 <= exp["nlines"] <= 40:
            problems.append(f"#{i}: body has {exp['nlines']} lines")
    # raw header check: no 8-bit bytes anywhere in the file outside encoded words
    raw = open(MBOX, "rb").read()
    if any(b > 127 for b in raw):
        problems.append("mbox contains raw 8-bit bytes (headers or bodies not encoded)")
    # mix
    nonph = [e for _, e in built if not e["phishing"]]
    cnt = {}
    for e in nonph:
        cnt[e["label"]] = cnt.get(e["label"], 0) + 1
    nph = sum(1 for _, e in built if e["phishing"])
    want = dict(maintenance=3, pricing=2, billing=2, informational=3)
    if len(built) != 36:
        problems.append(f"{len(built)} notices, want 36")
    if nph != 3:
        problems.append(f"{nph} phishing, want 3")
    if cnt.get("abuse", 0) + cnt.get("security-incident", 0) < 11:
        problems.append("fewer than 11 critical")
    if cnt.get("action-required", 0) < 6:
        problems.append("fewer than 6 action-required")
    if cnt.get("security-advisory", 0) < 1:
        problems.append("no security-advisory")
    for k, v in want.items():
        if cnt.get(k, 0) != v:
            problems.append(f"{k}: {cnt.get(k, 0)}, want {v}")
    langs = [n["lang"] for n in NOTICES]
    if langs.count("ja") < 6 or langs.count("de") < 2:
        problems.append("language minimums not met")
    urls = [n["url"] for n in NOTICES]
    if len(set(urls)) != len(urls):
        problems.append("a source URL is used twice")
    return problems, cnt, nph


def write_readme(built, cnt, nph):
    langs = [n["lang"] for n in NOTICES]
    rows = []
    for i, (n, (_, e)) in enumerate(zip(NOTICES, built), 1):
        rows.append(f"| {i} | {e['label']} | {e['deadline']} | {n['provider']} | "
                    f"{'yes' if e['phishing'] else 'no'} | {LANGNAME[n['lang']]} | {n['url']} |")
    provs = sorted({n["provider"] for n in NOTICES})
    text = f"""# Validation batch {NAME}

36 labelled cloud-provider e-mail notices in `set-{NAME}.mbox` (mboxo), written by
`set_{NAME}.py` (Python 3, standard library only, deterministic). Every notice follows one
public original (URL in the table and in `used-sources.txt`), rewritten in new words with
invented names, ids, hosts (`.example`) and documentation IP ranges, and moved into
January 2029 by one weekday-keeping offset per notice. Labels are in `X-Training-Label`,
`X-Training-Deadline` and (phishing only) `X-Training-Phishing: yes`.

MIX of this batch: Microsoft Azure, Microsoft 365 / Entra, Google Cloud and Google Workspace.

## Counts

- Non-phishing by label: """ + ", ".join(f"{k} {v}" for k, v in sorted(cnt.items())) + f"""
- Critical (abuse + security-incident, without phishing): {cnt.get('abuse', 0) + cnt.get('security-incident', 0)}
- Phishing: {nph} (labelled by what they pretend to be)
- Languages: English {langs.count('en')}, Japanese {langs.count('ja')}, German {langs.count('de')}
- Multipart/alternative: {sum(1 for n in NOTICES if n.get('text') and n.get('html'))}, HTML only: {sum(1 for n in NOTICES if n.get('html') and not n.get('text'))}

## Providers

""" + "\n".join(f"- {p}" for p in provs) + """

## Notes on sources

- The search index was out of budget for this batch; sources are GitHub snapshots read with
  `fetch` (Japanese Microsoft support blogs, MicrosoftDocs/OfficeDocs-Exchange, the
  phishing_pot sample collection, networktocode's Google maintenance fixture).
- Notices 7, 10, 11 and 12 follow Microsoft Learn pages that describe the notification
  (restricted-user alert, ID Protection risky-user mail, Defender for Cloud alert mail,
  leaked-PAT revocation); those pages could not be re-read in this session.
- Notice 26: the fixture's Date header lies after its window start (an artefact of the
  fixture); the send time was put one day earlier so the window lies after the Date.
- Notice 30: the original blog gives no dates for the Automation price change; the send
  and effective dates are set by this batch.

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
    with open(os.path.join(OUTDIR, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(OUTDIR, "used-sources.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(n["url"] for n in NOTICES) + "\n")


def main():
    built = [build(n, i, NAME) for i, n in enumerate(NOTICES, 1)]
    write_mbox(built)
    msgs = read_mbox()
    problems, cnt, nph = check(built, msgs)
    write_readme(built, cnt, nph)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
