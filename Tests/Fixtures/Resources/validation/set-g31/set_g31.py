#!/usr/bin/env python3
"""Batch g31: labelled provider notices (non-AWS/Google/Microsoft hosts and SaaS,
Japanese hosts), written after public originals. Standard library only, deterministic.

Dates inside subjects/bodies are written as placeholders holding the ORIGINAL date
([[YYYY-MM-DD|format]]); each notice is shifted by (target - orig) days so that its
send date falls in July 2028. The deadline argument is also given in original terms
and shifted the same way ('none' stays 'none').
"""
import datetime as dt
import email.utils
import ipaddress
import mailbox
import os
import quopri
import re
import sys
from email.header import Header
from email.message import Message

NAME = "g31"
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
BATCH_YEAR, BATCH_MONTH = 2028, 7
LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]

NOTICES = []


def add(src, provider, label, orig, target, time, tz, deadline, frm, to, subject,
        body, phishing=False, ja=False, lang=None):
    NOTICES.append(dict(src=src, provider=provider, label=label, orig=orig,
                        target=target, time=time, tz=tz, deadline=deadline,
                        frm=frm, to=to, subject=subject, body=body,
                        phishing=phishing, ja=ja,
                        lang=lang or ("ja" if ja else "en")))


EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JA_WD = "月火水木金土日"
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def fmt_date(d, spec):
    """Mini strftime: %Y %m %d %e(day, no pad) %n(month, no pad) %B %b %A %a
    %J(ja weekday) %K(de month) %k(de weekday) %L(fr month) %l(fr weekday) %%."""
    out, i = [], 0
    while i < len(spec):
        c = spec[i]
        if c != "%" or i + 1 >= len(spec):
            out.append(c)
            i += 1
            continue
        k = spec[i + 1]
        i += 2
        wd = d.weekday()
        out.append({
            "Y": "%04d" % d.year, "m": "%02d" % d.month, "d": "%02d" % d.day,
            "e": str(d.day), "n": str(d.month), "B": EN_MON[d.month - 1],
            "b": EN_MON[d.month - 1][:3], "A": EN_WD[wd], "a": EN_WD[wd][:3],
            "J": JA_WD[wd], "K": DE_MON[d.month - 1], "k": DE_WD[wd],
            "L": FR_MON[d.month - 1], "l": FR_WD[wd], "%": "%",
        }.get(k, "%" + k))
    return "".join(out)


PH = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})(?:\|([^\]]*))?\]\]")


def render(text, offset):
    def rep(m):
        d = dt.date.fromisoformat(m.group(1)) + offset
        return fmt_date(d, m.group(2) or "%Y-%m-%d")
    return PH.sub(rep, text)


def parse_tz(tz):
    sign = 1 if tz[0] == "+" else -1
    hh, mm = int(tz[1:3]), int(tz[4:6])
    return dt.timezone(sign * dt.timedelta(hours=hh, minutes=mm))


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(pair):
    name, address = pair
    return email.utils.formataddr((name, address), charset="utf-8")

# ---------------------------------------------------------------------------
# Notices 01-12: abuse reports, compromised credentials, provider breaches
# ---------------------------------------------------------------------------

add(src="http://delight-net.org/archives/553", provider="ロリポップ! (GMO Pepabo)",
    label="abuse", orig="2028-07-03", target="2028-07-03", time="10:41", tz="+09:00",
    deadline="none", ja=True,
    frm=("ロリポップ!", "support@lolipop.jp"),
    to=("春風商店 ご担当者様", "webmaster@harukaze-shoten.example"),
    subject="【ロリポップ!】メールの大量送信を検知しました",
    body="""\
春風商店 ご担当者様

いつもロリポップ!をご利用いただき、ありがとうございます。

ご契約中のサーバースペース【harukaze-shoten】に置かれている下記ファイルから、
本日だけで【 3,053 】通ものメールが送り出されていることを検知しました。

■ 送信元となっているファイル
  /home/users/1/harukaze-shoten/web/index.php

禁止事項で定めている1日あたりの送信件数を大幅に超えているため、
上記ファイルのパーミッションを「000」に変更し、実行できない状態にしています。
なお、本日 09:58 に1時間あたりの上限超過（【 454 】通）を確認した段階で、
サーバースペースからのメール送信そのものも止めております。

■ 送信にお心当たりがない場合
第三者が設置したプログラムや、脆弱性のあるプラグインが悪用されている
おそれがあります。お手数ですが、次の順にご対応ください。
  1. FTP・WebDAV・CMS管理画面のパスワードを変更する
  2. WordPress本体、テーマ、プラグインを最新にし、使っていないものを削除する
  3. 設置した覚えのないファイルを削除する
  4. サーバーに接続しているパソコンのウイルスチェックを行う

上記が済みましたら、ファイルのパーミッションを元の値に戻してご利用ください。
同様の大量送信が続く場合は、サーバースペースの停止を含めた措置を
講じることがありますので、あらかじめご了承ください。

▽禁止事項
https://lolipop.jp/order/kinshi/

──────────────────────────────
ロリポップ!レンタルサーバー
https://lolipop.jp/
──────────────────────────────
""")

add(src="https://github.com/pypi/warehouse/pull/7124", provider="PyPI",
    label="security-incident", orig="2020-11-16", target="2028-07-05", time="03:17",
    tz="+00:00", deadline="none",
    frm=("PyPI", "noreply@pypi.org"),
    to=("mkowalczyk", "m.kowalczyk@kestrel-data.example"),
    subject="[PyPI] One of your API tokens turned up on a public web page",
    body="""\
What happened?

A third party (GitHub) told us that a PyPI API token tied to your account
"mkowalczyk" could be read by anyone at the public address below. We have
already revoked that token automatically.

https://github.com/kestrel-data-example/etl-tools/blob/4e1f9a2/.pypirc

What should I do?

Start by looking at the page where the token showed up. Work out whether it
was published by mistake on your side, or whether somebody else got hold of
the token and posted it.

If you did not publish it, assume it was stolen, either from you or from
someone who has access to your PyPI account, and take whatever steps are
needed to protect all of your credentials.

When you are confident the token will not leak again, you can create a
replacement: sign in, open your account settings and add a new API token.
Every integration that used the old token has to be switched to the new one.

Finally, go through the recent releases of each of your projects and make
sure nobody used the exposed token to upload a release in your name.

How do you know this?

This message is sent automatically. GitHub scans content it receives for
PyPI tokens that were published by accident and reports each match to us.
We check every report and act when the token is still valid.

More information: https://pypi.org/help/#compromised-token

If you need help, write to admin@pypi.org to reach the PyPI administrators.
""")

add(src="https://ascii.jp/elem/000/004/263/4263285", provider="IIJ",
    label="security-incident", orig="2025-04-15", target="2028-07-11", time="17:30",
    tz="+09:00", deadline="none", ja=True,
    frm=("IIJ セキュアMXサービス サポートセンター", "secure-mx-support@iij.ad.jp"),
    to=("株式会社みなと精機 情報システム部 ご担当者様", "it-admin@minato-seiki.example"),
    subject="【重要】IIJセキュアMXサービスにおけるお客様情報漏えいの可能性について（お詫び）",
    body="""\
株式会社みなと精機
情報システム部 ご担当者様

平素はIIJセキュアMXサービスをご利用いただき、誠にありがとうございます。

このたび、当社が提供する「IIJセキュアMXサービス」の設備が外部から
不正なアクセスを受け、お客様情報の一部が外部に漏えいした可能性があることを
[[2025-04-10|%Y年%n月%e日]]に確認いたしました。多大なるご心配とご迷惑をおかけしますことを
深くお詫び申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 事象の概要
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
[[2024-08-03|%Y年%n月%e日]]以降、本サービスの設備上で不正なプログラムが実行されていた
ことが判明しました。これにより、本サービスで送受信された電子メールの情報
および本サービスに関わる認証情報が外部に送られた可能性があります。

■ 影響の範囲（最大）
  契約数      ： 6,493 契約
  メールアカウント数： 4,072,650 件（本サービスをご利用のすべてのお客様）

■ 漏えいの可能性がある情報（ご契約内容・ご利用機能により異なります）
  (1) 本サービスで作成したメールアカウントとそのパスワード
  (2) 本サービスで送受信したメールの本文およびヘッダ情報
  (3) 本サービスと連携させていた他社クラウドサービスの認証情報
  ※[[2024-08-03|%Y年%n月%e日]]時点でご利用を終了されていたご契約は、(1)のうちメール
   アカウントと、(3)が対象となります。

■ 当社の対応
  ・不正なアクセスの経路を特定し、設備から切り離しました。
   現在は本サービスを安全にご利用いただける状態です。
  ・原因と影響範囲については引き続き調査を進めております。
  ・関係機関と連携しており、新たな事実が判明しだい速やかにお知らせします。

■ お客様へのお願い
  念のため、メールアカウントのパスワード変更、ならびに本サービスと連携して
  いる他社クラウドサービスの認証情報（クライアントシークレット等）の再発行を
  ご検討ください。貴社に関する個別の状況は、担当営業よりあらためてご連絡します。

■ お問い合わせ
  過去にご契約いただいていたお客様を含め、下記の相談フォームで承ります。
  https://www.iij.ad.jp/support/securemx-inquiry/

[[2025-04-15|%Y年%n月%e日]]
株式会社インターネットイニシアティブ
""")

add(src="https://github.com/cazala/coin-hive-stratum/issues/180", provider="Netlify",
    label="abuse", orig="2019-11-18", target="2028-07-14", time="22:05", tz="-07:00",
    deadline="none",
    frm=("Netlify Support", "support@netlify.com"),
    to=("Dara Whelan", "dara@quillfeather.example"),
    subject="Your Netlify account has been suspended",
    body="""\
Hi Dara,

We have suspended your Netlify account, effective immediately.

During a routine review we found that files deployed to your sites match the
fingerprints of Bitcoin mining software. Running or distributing cryptocurrency
miners is not permitted under our Acceptable Use Policy, so the account and
all of its sites are now offline:

  - stratum-proxy-demo.netlify.app
  - quillfeather-playground.netlify.app

Your data has not been deleted. If you think we got this wrong, or you have
other questions, reply to this message and someone from our Trust & Safety
team will look at it.

Thanks,
Netlify Support
""")

add(src="https://github.com/DevsExpo/FridayUserbot/issues/295", provider="Heroku",
    label="abuse", orig="2021-02-19", target="2028-07-19", time="06:48", tz="+00:00",
    deadline="none",
    frm=("Heroku", "noreply@heroku.com"),
    to=("Ishaan Mehra", "ishaan@pinecrest-labs.example"),
    subject="Heroku app suspended: friday-relay-bot",
    body="""\
Hi,

Your app friday-relay-bot has been suspended and is no longer serving traffic.

Reason for suspension: web scraping code was found in your app, which is
a violation of the Heroku Acceptable Use Policy
(https://www.heroku.com/policy/aup).

While an app is suspended its dynos are scaled to zero and it cannot be
restarted, scaled or redeployed. Other apps on your account are not affected
at this time, but repeated violations can lead to the whole account being
suspended.

If you believe this decision was made in error, open a ticket at
https://help.heroku.com and include the app name, what the app does, and
which parts of the code you think were flagged. Our abuse team reviews
appeals in the order they arrive.

- The Heroku Team
""")

add(src="https://github.com/ovh/docs/pull/4737", provider="OVHcloud",
    label="abuse", orig="2023-06-06", target="2028-07-08", time="04:12", tz="+02:00",
    deadline="none", lang="fr",
    frm=("OVHcloud", "noreply@ovh.net"),
    to=("Atelier Brisson", "gestion@atelier-brisson.example"),
    subject="[OVHcloud] Adresse e-mail bloquée pour SPAM : contact@atelier-brisson.example",
    body="""\
Bonjour,

Notre système anti-spam a relevé une activité anormale dans les envois de
l'adresse e-mail contact@atelier-brisson.example (offre MX Plan,
service atelier-brisson.example). Par précaution, cette adresse a été
bloquée automatiquement : elle peut toujours recevoir des messages, mais
aucun e-mail ne peut plus être envoyé depuis celle-ci.

Exemple d'envoi signalé :
  Date        : [[2023-06-06|%d/%m/%Y]] 03:47
  Destinataires : 1 842 adresses externes en moins d'une heure
  Objet        : "Facture impayée - action requise"

Que faire ?

1. Vérifiez auprès des utilisateurs de l'adresse qu'ils ne sont pas à
   l'origine de ces envois (campagne d'envoi massif, par exemple). Si c'est
   le cas, corrigez cet usage avant de demander le déblocage.
2. Si ces envois ne sont pas légitimes :
   - lancez une analyse antivirus sur chaque poste utilisant l'adresse ;
   - contrôlez les logiciels qui s'y connectent (photocopieur, logiciel
     métier, client de messagerie) ;
   - une fois les postes assainis, choisissez un nouveau mot de passe robuste.
3. Demandez ensuite le déblocage depuis l'espace client OVHcloud, rubrique
   Web Cloud > E-mails > onglet « Comptes e-mail ».

Tant que ces étapes ne sont pas réalisées, l'adresse reste bloquée en envoi.

Guide : https://help.ovhcloud.com/csm/fr-web-emails-locked-for-spam

Cordialement,
Le Support OVHcloud
""")

add(src="https://blog.koddos.net/hostinger-is-forced-to-reset-14-million-passwords-from-users-after-huge-data-breach",
    provider="Hostinger", label="security-incident", orig="2019-08-25",
    target="2028-07-24", time="08:30", tz="+03:00", deadline="none",
    frm=("Hostinger", "noreply@hostinger.com"),
    to=("Renata Alves", "renata@alvesfotografia.example"),
    subject="Important: your Hostinger password has been reset",
    body="""\
Hello Renata,

As a precaution, we have reset the password for your Hostinger account after
a security incident. Here is what happened and what you need to do next.

What happened
On [[2019-08-23|%B %e, %Y]] our monitoring raised an alert: someone without permission
had got into one of our servers. That server stored an authorisation token,
and the intruder used it to move further and obtain elevated rights on our
internal RESTful API - the system we use to look up client and account
details.

Which data was involved
The API database contains client usernames, e-mail addresses, hashed
passwords, first names and IP addresses. The table concerned holds records
for about 14 million Hostinger users. Passwords were stored as SHA-1 hashes;
we have since moved to a stronger algorithm. Payment card data is never
stored on this system, and your websites, domains and hosted mailboxes were
not touched.

What we have done
- Closed the access path and secured the affected systems
- Rotated credentials across our infrastructure
- Reported the incident to the relevant authorities
- Brought in internal and external forensic experts

What you need to do
Your old password no longer works. Set a new one here:
https://auth.hostinger.com/reset-password

Please pick a strong password that you do not use on any other site, and be
wary of unexpected messages asking for your login details.

We are sorry for the trouble this causes.

The Hostinger Team
""")

add(src="https://github.com/testssl/testssl.sh/issues/1250", provider="Docker Hub",
    label="security-incident", orig="2019-04-27", target="2028-07-28", time="01:10",
    tz="+00:00", deadline="none",
    frm=("Docker", "info@docker.com"),
    to=("halvard", "halvard@nordlys-ci.example"),
    subject="Docker Hub security notice: unauthorized access to a Hub database",
    body="""\
Hello,

On [[2019-04-25|%A, %B %e, %Y]], we detected that an outside party had reached one
Docker Hub database containing part of our users' non-financial data. We
stepped in right away and locked the site down.

About 190,000 accounts may have been exposed, which is under 5% of Hub users.
The data included usernames and hashed passwords, and, for users who set up
autobuilds, the GitHub and Bitbucket tokens used to link their repositories.
Your account is among those affected.

What we have already done:
- Revoked the GitHub tokens and access keys linked to affected accounts,
  which means autobuilds for your repositories are now disconnected
- Reset the passwords of affected accounts

What you should do:
- Choose a new Docker Hub password at https://hub.docker.com/reset-password
- Relink your GitHub or Bitbucket account under Account Settings >
  Linked Accounts so that autobuilds run again
- Review the security logs of your GitHub or Bitbucket account for
  unexpected actions such as unknown clones or pushes

We are improving our security processes and reviewing our policies, and
we will share more as our investigation continues.

We apologize for the inconvenience.

The Docker Team
""")

add(src="https://github.com/siderolabs/talos/issues/9837", provider="Hetzner",
    label="abuse", orig="2024-11-25", target="2028-07-17", time="02:05", tz="+02:00",
    deadline="2024-11-26",
    frm=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    to=("Lindqvist Analytics AB", "infra@lindqvist-analytics.example"),
    subject="Abuse Message [AbuseID:4B91E2:2A]: MAC-Errors: Unallowed MACs detected on 203.0.113.74",
    body="""\
Dear Mr Jonas Lindqvist,

Our systems have found that your server 203.0.113.74 (server number
#2345178) is sending traffic with MAC addresses that are not the ones
assigned to it in your Robot account. Only the allowed MAC address may be
used on the uplink; foreign MAC addresses disturb the switch fabric and can
affect other customers.

   Allowed MACs:
       a8:a1:59:3c:0d:42
   Unallowed MACs:
       00:12:40:11:63:e1
       20:00:40:11:43:db
       20:06:40:11:43:d5
       20:0c:40:11:43:cf

This frequently happens when virtual machines, containers or bridges are
attached to the main interface without a separate MAC address or routed
setup. Please correct the network configuration of the server.

How to proceed:
- Solve the issue
- Check whether the issue is gone by using this link:
  https://abuse.hetzner.com/retries/?token=8d2c7fb04a1e6635e0f1a9c7be5d4410
- Afterwards, send us a short statement describing the cause and what you
  changed: https://abuse.hetzner.com/statements/?token=8d2c7fb04a1e6635e0f1a9c7be5d4410

If these steps have not been completed, the server may be blocked at any
time after [[2024-11-26]] 02:05:00 +0100.

Important note:
Please keep the abuse ID [AbuseID:4B91E2:2A] unchanged in the subject line
of any reply. Manual replies are only handled once a server has been locked.
For other questions, please contact support@hetzner.com.

Kind regards

Abuse department

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
abuse@hetzner.com
www.hetzner.com
""")

add(src="https://helpcenter.netcup.com/de/wiki/general/abuse-hinweise", provider="netcup",
    label="abuse", orig="2028-07-20", target="2028-07-20", time="10:37", tz="+02:00",
    deadline="2028-07-22", lang="de",
    frm=("netcup Abuse-Team", "abuse@netcup.de"),
    to=("Florian Brandt", "f.brandt@brandt-medien.example"),
    subject="Neuer Abuse-Hinweis zu Ihrem Produkt RS 2000 G11 (Abuse-ID NC-2028-071904)",
    body="""\
Guten Tag Herr Brandt,

zu Ihrem Root-Server "RS 2000 G11" (v2202807119876, IP 198.51.100.142)
liegt uns eine Beschwerde vor. Der Hinweisgeber meldet, dass über die
Adresse https://dl.brandt-medien.example/archiv/ urheberrechtlich
geschützte Videodateien ohne Erlaubnis des Rechteinhabers zum Download
angeboten werden.

Die vollständige Meldung finden Sie im Customer Control Panel (CCP) unter
"Abuse-Hinweise". Über das Lupen-Symbol neben dem Eintrag
NC-2028-071904 sehen Sie alle Details.

Was wir von Ihnen benötigen:
Bitte entfernen Sie die beanstandeten Inhalte und antworten Sie über das
Feld "Stellungnahme" im CCP bis spätestens [[2028-07-22|%d.%m.%Y]], 18:00 Uhr.
Ihre Stellungnahme sollte enthalten:
  - welche Maßnahmen Sie bereits ergriffen haben (oder bis wann Sie diese
    umsetzen werden),
  - die verbindliche Zusicherung, künftig nicht gegen unsere AGB zu verstoßen,
  - die Bestätigung, dass alle betroffenen Dateien vollständig entfernt sind.

Eine kurze Nachricht wie "Problem gelöst, bitte freischalten" reicht leider
nicht aus. Bei akuter Gefahr oder ausbleibender Antwort können wir das
Produkt vorübergehend sperren.

Die Abuse-Abteilung arbeitet montags bis freitags von 10 bis 18 Uhr und
antwortet in der Regel innerhalb von zwei Stunden.

Mit freundlichen Grüßen
Ihr netcup Abuse-Team

netcup GmbH
Daimlerstraße 25
76185 Karlsruhe
""")

add(src="https://toddeldredge.net/article/october-customer-support-security-incident-update-and-recommended-actions",
    provider="Okta", label="security-incident", orig="2023-11-29", target="2028-07-12",
    time="23:04", tz="+00:00", deadline="none",
    frm=("Okta Security", "security-notifications@okta.com"),
    to=("Priya Raman (Super Admin)", "priya.raman@westbrook-health.example"),
    subject="Update on the customer support system security incident - recommended actions",
    body="""\
Dear Okta customer,

Following the security incident we disclosed on [[2023-10-20|%B %e, %Y]], which affected our
customer support case management system (the Okta Help Center), our security
team has kept reviewing the first analysis we published on [[2023-11-03|%B %e, %Y]].
This included recreating the reports the threat actor ran in that system and
the files the threat actor downloaded.

We are writing because this review found something that may affect the
security of your organization.

What we found
On [[2023-09-28|%B %e, %Y]] at 15:06 UTC, the threat actor ran and downloaded a report
listing every user of Okta's customer support system. Your organization
(westbrook-health) has users in that system. The report contained these
fields for each user:

  Created Date, Last Login, Full Name, Username, Email, Company Name,
  User Type, Address, Date of Last Password Change or Reset,
  Role Name and Description, Phone, Mobile, Time Zone, SAML Federation ID

Most fields are blank, and no passwords, other credentials or sensitive
personal data were part of the report. For 99.6% of the people listed, the
only details on record are a full name and an email address.

Why it matters
We have no direct evidence that this information is being exploited, but it
could be used to target your administrators with phishing or social
engineering.

What we recommend
1. Require multi-factor authentication for all administrators, ideally with
   phishing-resistant factors such as Okta FastPass or FIDO2 keys.
2. Turn on admin session binding, so admin sessions are re-checked when
   the network location changes.
3. Set admin session timeouts to no more than 12 hours and idle time to no
   more than 15 minutes.
4. Remind your administrators that Okta will never ask for passwords or MFA
   codes by phone, email or chat.

Full details and our ongoing updates are at https://trust.okta.com/security-advisories/

Okta Security
""")

add(src="https://help.contabo.com/en/support/solutions/articles/103000271238-are-there-any-restrictions-on-the-content-allowed-on-my-server-",
    provider="Contabo", label="abuse", orig="2028-07-25", target="2028-07-25",
    time="13:22", tz="+02:00", deadline="2028-07-26",
    frm=("Contabo Customer Support", "abuse@contabo.com"),
    to=("Tomasz Wierzbicki", "tomasz@wierzbicki-dev.example"),
    subject="[Ticket#2028072514003217] Abuse complaint regarding your server vmi1847263 (203.0.113.211)",
    body="""\
Dear Tomasz Wierzbicki,

We have received a complaint about your Cloud VPS 20 (vmi1847263),
IP address 203.0.113.211. According to the reporting party, this server is
running automated SSH login attempts against their network.

Excerpt from the attached report (times in UTC):

  [[2028-07-25|%Y-%m-%d]] 09:14:02  203.0.113.211:51822 -> 192.0.2.17:22  sshd: Failed password for root
  [[2028-07-25|%Y-%m-%d]] 09:14:03  203.0.113.211:51840 -> 192.0.2.17:22  sshd: Failed password for admin
  [[2028-07-25|%Y-%m-%d]] 09:14:05  203.0.113.211:51866 -> 192.0.2.18:22  sshd: Failed password for ubuntu
  ... 4,381 further attempts within 70 minutes

Activity like this breaches our Terms of Service. Please stop the misuse
immediately. Very often the server itself has been compromised, for
example through a weak password or an outdated application.

You have to resolve the issue and reply to this ticket within 24 hours,
that is by [[2028-07-26|%Y-%m-%d]] 13:22 (CEST). Your reply must explain exactly
what you did to stop the abuse and to prevent it from happening again.

If we do not receive a satisfactory reply within this period, access to
your server will be suspended. Reactivating a suspended server is
possible, but a fee applies.

Best regards,

Your Contabo Team

Contabo GmbH
Aschauer Straße 32a
81549 München
""")

# ---------------------------------------------------------------------------
# Notices 13-15: phishing imitating providers
# ---------------------------------------------------------------------------

add(src="https://meiwaku-zukan.jp/?p=4808", provider="ロリポップ! (imitated)",
    label="billing", orig="2025-12-26", target="2028-07-07", time="17:12", tz="+09:00",
    deadline="none", phishing=True, ja=True,
    frm=("LOLIPOP! レンタルサーバー", "support@avvv-mail.example"),
    to=("", "info@yamabuki-cafe.example"),
    subject="👉 重要】お支払い情報更新のお願い",
    body="""\
LOLIPOP! レンタルサーバー byGMOペパボ
お客様各位

直近のご利用料金につきまして、お支払いの処理を完了することができませんでした。
サービスが中断されることのないよう、お早めにお支払い情報を更新してください。

　　▶ お支払い情報を更新する
　　https://lolipop-billing-renew.example/user/payment

セキュリティ保護のため、クレジットカード情報をメールで返信することは
お控えください。更新は必ず上記の安全なページから行ってください。

すでにお支払い情報を変更済みの場合は、本メールは破棄していただいて構いません。

今後ともよろしくお願いいたします。

サポートチーム
LOLIPOP! レンタルサーバー
© 2003-2025 GMOペパボ株式会社 All Rights Reserved.
""")

add(src="https://github.com/tina1998612/Awesome-Security-Tool-List/issues/16",
    provider="GitHub (imitated)", label="security-incident", orig="2025-01-23",
    target="2028-07-16", time="11:52", tz="+00:00", deadline="none", phishing=True,
    frm=("QVRM417", "notifications@github.com"),
    to=("kaito-s/secops-toolbox", "secops-toolbox@noreply.github.com"),
    subject="[kaito-s/secops-toolbox] GitHub Notification (Issue #23)",
    body="""\
Unusual Sign-in Activity

An unrecognized device has **just signed in** to your GitHub account.

### **Was this you?**
[**Revoke this session now**](https://github-session-revoke.example/)

If you don't recognize it, this device was granted access to your account moments ago.

Thanks,
The GitHub Team

--
Reply to this email directly, view it on GitHub:
https://github.com/kaito-s/secops-toolbox/issues/23
You are receiving this because you are subscribed to this thread.
""")

add(src="https://ymg.nagoya/spam-mail-3447/amp", provider="KAGOYA (imitated)",
    label="security-incident", orig="2026-02-16", target="2028-07-21", time="15:27",
    tz="+09:00", deadline="2026-02-17", phishing=True, ja=True,
    frm=("KAGOYA アクセス監視担当", "riko.kimura882642@kagoya-net.example"),
    to=("", "soumu@tsubame-kogyo.example"),
    subject="【重要なお知らせ】 soumu 認証トークンの有効期限に関するお知らせ",
    body="""\
soumu tsubame-kogyo 様

soumu のアクセス監視システムより自動でお知らせしています。

お客様のアカウントにおいて、登録されていない端末からの接続を検知しました。
不正ログインを防ぐため、パスワードの変更と認証トークンの更新をお願いいたします。

────────────────────────────
■ 未承認デバイスからの接続
  検知日時　：[[2026-02-16|%Y/%m/%d]] 14:51
  接続元　　：大阪府（推定）
  端末　　　：Windows / 不明なブラウザ
  判定　　　：ゼロトラスト認証ポリシー違反

■ 認証トークン
  状態　　　：まもなく失効
  有効期限　：[[2026-02-17|%Y年%n月%e日]] 23:59
────────────────────────────

有効期限までに更新手続きが完了しない場合、メールの送受信および
コントロールパネルへのログインが制限されます。

▼ パスワード変更・トークン更新はこちら
https://kagoya-auth-renew.example/login?ref=ml8zyd6s

※本メールは送信専用アドレスから配信しています。
※お心当たりのない場合も、安全のため上記の手続きをお願いいたします。

カゴヤ・ジャパン株式会社
アクセス監視センター
""")

# ---------------------------------------------------------------------------
# Notices 16-20: required actions with dates
# ---------------------------------------------------------------------------

add(src="https://blog.halpas.com/archives/12913", provider="XFREE (Xserver)",
    label="action-required", orig="2019-03-01", target="2028-07-04", time="09:00",
    tz="+09:00", deadline="2019-03-31", ja=True,
    frm=("XFREE", "support@xfree.ne.jp"),
    to=("kobato", "kobato.design@kobato-design.example"),
    subject="【XFREE】■重要■ 無料レンタルサーバーの契約更新手続きのお願い",
    body="""\
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【XFREE】■重要■ 無料レンタルサーバーの契約更新手続きのお願い
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

会員ID：kobato

いつもXFREEをご利用いただき、ありがとうございます。

ご契約中の無料レンタルサーバーアカウントは、
「[[2019-03-31|%Y年%n月%e日]]」をもってご利用期限を迎えます。

────────────────────
■ 対象のサーバーアカウント

【サーバーID】　：kobato
【利用期限日】　：[[2019-03-31|%Y年%n月%e日]]
【サーバータイプ】：wp

────────────────────

引き続きご利用になる場合は、管理パネルにログインし、
対象アカウントの「更新」ボタンから契約更新を行ってください。
契約更新は、利用期限日の2か月前から受け付けております。

※利用期限日までに更新が確認できないアカウントは、順次凍結いたします。
　凍結後はウェブサイトの表示やファイルの操作ができなくなりますので、
　お早めにお手続きください。

▼ XFREE 管理パネル
https://www.xfree.ne.jp/login/

─────────────────────────────
XFREE（エックスフリー）
エックスサーバー株式会社
─────────────────────────────
""")

add(src="https://github.com/mattermost/mattermost-plugin-zoom/issues/283", provider="Zoom",
    label="action-required", orig="2022-10-31", target="2028-07-06", time="15:03",
    tz="-07:00", deadline="2023-06-01",
    frm=("Zoom App Marketplace", "marketplace-noreply@zoom.us"),
    to=("Chen Wei", "chen.wei@larkspur-edu.example"),
    subject="Marketplace reminder: JWT apps are going away - move to Server-to-Server OAuth",
    body="""\
Zoom Developer Platform update

Marketplace reminder: Server-to-Server OAuth and the end of JWT apps

Zoom now offers a Server-to-Server OAuth app type. Instead of one broad
credential, it grants access through scopes, and the access tokens it issues
expire after one hour. An account can create several Server-to-Server OAuth
apps, for example one per integration, and each of them can be deactivated
or deleted on its own. See "Create a Server-to-Server OAuth App" and the
changelog entry for the details.

One more reminder: support for the JWT app type ends entirely on
[[2023-06-01|%B %e, %Y]]. Until then you can keep using your JWT-based integrations,
but they must be moved to either a Server-to-Server OAuth app or an OAuth
app before that date. The JWT App Type Deprecation FAQ answers the most
common questions.

Apps in your account that still use JWT:
  - larkspur-lms-sync (created 2020)
  - recording-archiver (created 2021)

Action required: create Server-to-Server OAuth apps to replace these JWT
apps and update your integrations to request tokens from the new app.

Note: an admin must enable the Server-to-Server OAuth permission for the
developer's role under Role Management before the app type can be created.

Zoom Video Communications, Inc.
55 Almaden Blvd, San Jose, CA 95113
""")

add(src="https://github.com/openseedbox/openseedbox/issues/115", provider="Docker Hub",
    label="action-required", orig="2023-03-14", target="2028-07-10", time="16:20",
    tz="+00:00", deadline="2023-04-14",
    frm=("Docker", "noreply@notify.docker.com"),
    to=("fjordworks", "admin@fjordworks.example"),
    subject="Docker is sunsetting Free Team organizations",
    body="""\
Docker is retiring the Free Team organization tier

Free Team organizations are a legacy subscription tier that we no longer
offer. It included many of the features, rates and functions of a paid
Docker Team subscription.

We reviewed which accounts belong to legacy Free Team organizations, and
yours appears to be one of them (organization: fjordworks).

If you own a legacy Free Team organization, access to paid features,
including private repositories, will be suspended on [[2023-04-14|%B %e, %Y]]
(11:59 pm UTC). To keep using your organization as it is today, upgrade to
a paid subscription before that date.

Organizations that stay on the legacy tier keep their data for 30 days;
after that window it can be deleted. During those 30 days, the images in your
public repositories stay available, subject to rate limits, and you can
restore full access at any point by upgrading.

Open source projects may qualify for the Docker-Sponsored Open Source
program instead. See the FAQ: https://www.docker.com/developers/free-team-faq/

(c) Docker Inc.
3790 El Camino Real #1052, Palo Alto, CA 94306
""")

add(src="https://github.com/ripienaar/free-for-dev/pull/3289", provider="PlanetScale",
    label="action-required", orig="2024-03-06", target="2028-07-13", time="18:00",
    tz="+00:00", deadline="2024-04-08",
    frm=("PlanetScale", "notifications@planetscale.com"),
    to=("Amara Okafor", "amara@tallgrass-apps.example"),
    subject="Action required: the Hobby plan is being retired on [[2024-04-08|%B %e]]",
    body="""\
Hi Amara,

We are retiring the Hobby plan on PlanetScale.

From today, [[2024-03-06|%B %e, %Y]], new Hobby databases can no longer be created.
Existing Hobby databases keep running until [[2024-04-08|%B %e, %Y]].

Your Hobby databases:
  - tallgrass-prod (us-east)
  - tallgrass-staging (us-east)

What you need to do
Upgrade each database to a paid plan (Scaler Pro) before [[2024-04-08|%B %e, %Y]].
Any Hobby database that has not been upgraded by then will be put to sleep
and can no longer be reached. Your data will not be deleted, but you will
need a paid plan to access it again.

If you plan to move elsewhere, you can export your data with pscale
database dump at any time before the cutoff.

Details and next steps: https://planetscale.com/docs/concepts/hobby-plan-deprecation-faq

- The PlanetScale team
""")

add(src="https://github.com/googleapis/signet/issues/222", provider="RubyGems.org",
    label="action-required", orig="2022-08-16", target="2028-07-18", time="19:44",
    tz="+00:00", deadline="none",
    frm=("RubyGems.org", "no-reply@mailer.rubygems.org"),
    to=("ferrous-tools", "gems@ferrous-tools.example"),
    subject="MFA is now required on your rubygems.org account",
    body="""\
Hi ferrous-tools,

We are contacting you on behalf of the rubygems.org team.

Two of the gems you own have passed 180 million downloads:

  - ferrous-http
  - ferrous-json

Since [[2022-08-15|%B %e, %Y]], owners of gems above that threshold must have
multi-factor authentication enabled. Your account does not have MFA turned
on yet, so you will not be able to publish new versions, yank versions or
change ownership of these gems until it is enabled.

Please enable at least the "UI and gem signin" authentication level as soon
as possible to avoid any interruption to your releases:
https://guides.rubygems.org/setting-up-multifactor-authentication/#authentication-levels

The background is explained in our announcement:
https://blog.rubygems.org/2022/08/15/requiring-mfa-on-popular-gems.html

If you have questions or need help, reply to this message.

The RubyGems.org team
""")

# ---------------------------------------------------------------------------
# Notices 21-23: maintenance
# ---------------------------------------------------------------------------

add(src="https://help.sakura.ad.jp/notification/n-454", provider="さくらインターネット",
    label="maintenance", orig="2023-05-01", target="2028-07-05", time="14:00",
    tz="+09:00", deadline="2023-05-16", ja=True,
    frm=("さくらインターネット", "info@sakura.ad.jp"),
    to=("有限会社あおば工房 ご担当者様", "web@aoba-koubou.example"),
    subject="[さくらのレンタルサーバ] TLS 1.0/1.1 無効化メンテナンスのお知らせ",
    body="""\
会員ID：abc12345
有限会社あおば工房 ご担当者様

平素より「さくらのレンタルサーバ」をご利用いただき、誠にありがとうございます。

通信の安全性を高めるため、当社レンタルサーバー上でお客様が公開している
ウェブページについて、TLS 1.0/1.1 による暗号化通信を無効にいたします。

■ 実施期間
  [[2023-05-16|%Y年%n月%e日（%J）]]〜 [[2023-05-30|%Y年%n月%e日（%J）]]
  ※対象サーバーごとに順次実施します。

■ 対象
  さくらのレンタルサーバ（全プラン）、さくらのマネージドサーバ

■ 影響
  ・無効化の後は、TLS 1.2 に対応していない古いOSやブラウザから、
   SSLで暗号化されたお客様のウェブページ（https:// で始まるアドレス）を
   閲覧できなくなります。
  ・暗号化していないページ（http:// で始まるアドレス）への影響はありません。
  ・最新のブラウザをお使いの閲覧者には影響ありません。

■ 影響を受ける主な環境
  Android 5.0 未満の標準ブラウザ、Internet Explorer 10 以前 など

■ お客様へのお願い
  本メンテナンスに伴うお客様側の作業はございません。
  閲覧者から「ページが表示されない」との連絡があった場合は、
  閲覧者の端末が TLS 1.2 に対応しているかご確認ください。

詳細は下記ページをご覧ください。
https://help.sakura.ad.jp/notification/tls-disable/

今後とも、さくらインターネットをよろしくお願いいたします。

さくらインターネット株式会社
""")

add(src="https://df.eu/de/support/df-faq/aktuelles/managed-hosting-migration/allgemeine-informationen",
    provider="domainFACTORY", label="maintenance", orig="2028-07-09", target="2028-07-09",
    time="11:15", tz="+02:00", deadline="2028-07-23", lang="de",
    frm=("domainFACTORY Kundenservice", "service@df.eu"),
    to=("Sabine Kortmann", "s.kortmann@kortmann-steuer.example"),
    subject="Ihr ManagedHosting-Tarif zieht um: Migrationstermin [[2028-07-23|%d.%m.%Y]]",
    body="""\
Guten Tag Frau Kortmann,

um Ihnen weiterhin leistungsfähiges Hosting zu fairen Preisen anbieten zu
können, führen wir unsere über die Jahre gewachsenen technischen Plattformen
zusammen. Alle ManagedHosting-Tarife werden dabei auf unsere aktuelle
cPanel-Plattform (Webhosting bzw. Webhosting Plus) umgezogen.

Ihr Vertrag:        ManagedHosting 64 (Kundennummer 4471029)
Zieltarif:          Webhosting Plus
Migrationstermin:   [[2028-07-23|%k, %d.%m.%Y]], 22:00 Uhr bis [[2028-07-24|%d.%m.%Y]], 06:00 Uhr

Den Zieltarif haben wir anhand der Ressourcen ausgewählt, die Sie derzeit
tatsächlich nutzen; die bisherigen Kosten Ihrer gebuchten Leistungen sind
dabei berücksichtigt. Da sich die Nutzung kurzfristig ändern kann, zeigt
Ihnen ein Werkzeug im Kundenmenü unter "Accountinformationen" jede Woche
den voraussichtlichen Zieltarif an.

Was passiert am Migrationstermin?
Wir kopieren Websites, Datenbanken, E-Mail-Postfächer und Einstellungen auf
die neue Plattform. Während des Umzugs kann es zu kurzen Unterbrechungen
kommen. Ihre Domains, Zugangsdaten und Postfächer bleiben erhalten, und die
DNS-Einträge Ihrer bei uns verwalteten Domains passen wir selbst an.

Zusätzlich verfügt die neue Plattform über Schutzmechanismen, die bestimmte
Arten von Schadsoftware automatisch erkennen und entfernen.

Weitere Fragen und Antworten finden Sie hier:
https://df.eu/de/support/df-faq/aktuelles/managed-hosting-migration/

Mit freundlichen Grüßen
Ihr domainFACTORY Team
""")

add(src="https://github.com/approach0/search-engine/issues/24", provider="Linode",
    label="maintenance", orig="2018-04-27", target="2028-07-02", time="21:30",
    tz="+00:00", deadline="2018-05-11",
    frm=("Linode Support", "support@linode.com"),
    to=("Yuki Tanabe", "yuki@tanabe-math.example"),
    subject="Linode Support Ticket 10486212 - Scheduled reboots for Spectre mitigation",
    body="""\
Hello,

The Linode(s) on your account have been given maintenance windows during
which they will be rebooted. This work is needed to patch the host machines
against variants 1 and 2 of the Spectre vulnerability [1].

The scheduled times are also shown in the Linode Manager [2], in the time
zone set in your user profile [3].

Your reboot schedule in UTC:

  * [[2018-05-11]] 6:00:00 AM UTC - linode2369245 (search-engine-01)

A few things to keep in mind:

- The window cannot be moved, and rebooting ahead of time will not remove
  the need for this maintenance.
- Your Linode will be shut down cleanly and booted again afterwards. Expect
  it to be unreachable for part of the window.
- After the host is patched, your Linode returns to the state it was in
  before (running or powered off). Services not configured to start at boot
  will need to be started by hand.

[1] https://www.linode.com/blog/security/cpu-vulnerabilities-meltdown-spectre/
[2] https://manager.linode.com
[3] https://manager.linode.com/profile/display

Regards,
Linode Support Team
""")

# ---------------------------------------------------------------------------
# Notices 24-26: pricing
# ---------------------------------------------------------------------------

add(src="https://sitemove.surv.co.jp/4143", provider="お名前.com (GMO Internet)",
    label="pricing", orig="2022-12-26", target="2028-07-27", time="12:00", tz="+09:00",
    deadline="2023-02-01", ja=True,
    frm=("お名前.com", "info@onamae.com"),
    to=("山吹 恵 様", "megumi@yamabuki-studio.example"),
    subject="【重要】[お名前.com]「サービス維持調整費」導入についてのご案内",
    body="""\
お名前ID(会員ID)：31458827
山吹 恵 様

平素より「お名前.com」をご利用いただき、誠にありがとうございます。

お名前.comでは、多くのお客様にご利用いただけるよう国内最安値水準での
サービス提供を続けてまいりました。しかしながら、国内の電気料金の急激な
上昇、為替の円安進行、世界的な半導体不足などの影響が続いており、
当社の自助努力だけでは費用の増加を吸収しきれない状況となっております。

誠に不本意ではございますが、サービス品質を保ち、さらに高めていくため、
下記のとおり「サービス維持調整費」をご請求させていただくことといたしました。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 適用開始
  [[2023-02-01|%Y年%n月%e日（%J）]]以降の新規ご契約・契約更新に伴うご請求分から

■ 対象サービスと調整費の目安
  ・ドメイン（新規登録・更新・移管）  ：ご請求額の10〜20%程度
  ・レンタルサーバー                  ：ご請求額の10%

■ 見直しについて
  市場動向を踏まえ、1〜3ヶ月ごとを目安に料率を見直します。
  電気料金や為替が昨年並みの水準に戻った場合は、撤廃も含めて
  柔軟に対応いたします。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

ドメインごとの料率は、下記ページでご確認いただけます。
https://www.onamae.com/campaign/surcharge/

お客様には多大なご負担をおかけいたしますが、何卒ご理解賜りますよう
お願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
お名前.com
GMOインターネットグループ株式会社
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""")

add(src="https://cloud.sakura.ad.jp/news/?p=19667", provider="さくらインターネット (さくらのクラウド)",
    label="pricing", orig="2024-09-26", target="2028-07-26", time="15:00", tz="+09:00",
    deadline="2024-09-26", ja=True,
    frm=("さくらのクラウド", "cloud-info@sakura.ad.jp"),
    to=("北斗データ株式会社 ご担当者様", "infra@hokuto-data.example"),
    subject="[さくらのクラウド] データベースアプライアンス「停止時非課金制度」導入のお知らせ",
    body="""\
北斗データ株式会社 ご担当者様

いつも「さくらのクラウド」をご利用いただき、ありがとうございます。

本日より、データベースアプライアンスを停止している期間の利用料金を
無償とする「停止時非課金制度」を導入いたしました。
日中だけ起動する検証・開発環境や、一定時間だけ動かすデータベースを、
これまで以上に柔軟にお使いいただけます。

■ 適用開始日
  [[2024-09-26|%Y年%n月%e日]]

■ 対象となる契約
  ・冗長化オプションを利用していないデータベースアプライアンス
  ・リードレプリカ機能で作成したリードレプリカ部分
  （いずれも [[2024-09-26|%Y年%n月%e日]] 以降にお申し込みのもの）

■ 対象外の契約（従来どおりの料金計算）
  ・冗長化オプションのデータベースアプライアンス
  ・[[2024-09-25|%Y年%n月%e日]] 以前にお申し込みの、冗長化なしのデータベースアプライアンス
  ・[[2024-09-25|%Y年%n月%e日]] 以前にお申し込みのリードレプリカ部分
  ※既存の契約を対象にしたい場合は、クローンまたはプラン変更で新しい契約に
   切り替えてください。

■ ご注意
  データベース起動中の料金は従来と変わりません。本制度の導入によって
  お客様のご請求額が増えることはありません。
  料金計算の詳細は「ご利用料金の計算方法」のページをご確認ください。

今後もお客様のご要望をもとに、機能の改善を進めてまいります。
ご意見は「さくらのユーザーフィードバック」からお寄せください。

さくらインターネット株式会社
""")

add(src="https://blog.variomedia.de/category/vertrage/", provider="variomedia",
    label="pricing", orig="2021-07-26", target="2028-07-15", time="09:30", tz="+02:00",
    deadline="2021-09-01", lang="de",
    frm=("variomedia AG", "support@variomedia.de"),
    to=("Jörg Wendland", "jw@wendland-antik.example"),
    subject="Preisänderung für Ihren Legacy-Server-Account ab [[2021-09-01|%d.%m.%Y]]",
    body="""\
Sehr geehrter Herr Wendland,

seit nunmehr zwei Jahren laufen die alten PHP-Versionen 5.2, 5.3 und 5.5
nicht mehr auf unseren regulären Webservern, sondern nur noch auf eigens
dafür betriebenen Legacy-Servern, die wir manuell mit Sicherheitsupdates
versorgen. Ihr Benutzeraccount "wendland01" liegt auf
einem dieser Server.

Bisher haben wir dafür 20,- Euro pro Monat und Benutzeraccount berechnet.
Inzwischen nutzen nur noch sehr wenige Kunden den Legacy-Server, sodass sich
die Kosten auf wenige Accounts verteilen. Zum [[2021-09-01|%d.%m.%Y]] steigt der Preis
daher auf 40,- Euro monatlich (inkl. MwSt.). Zum [[2022-08-31|%d.%m.%Y]] werden wir den
Legacy-Server vollständig abschalten.

Wenn Sie den Legacy-Server bis dahin weiter nutzen möchten, müssen Sie nichts
unternehmen; wir berechnen die Nutzung ab dem [[2021-09-01|%d.%m.%Y]] zum neuen Preis.

Möchten Sie wechseln, gehen Sie bitte so vor:
  1. Stellen Sie für den Benutzeraccount oder die betreffende Domain eine
     neuere PHP-Version ein, mindestens PHP 5.6 (siehe FAQ-Artikel "Wie kann
     ich eine bestimmte PHP-Version auswählen?").
  2. Läuft Ihre Webseite damit fehlerfrei, schreiben Sie uns eine kurze
     E-Mail, und wir verschieben den Account auf einen regulären Webserver.

Kündigen können Sie den Legacy-Server jederzeit, fristlos zum jeweiligen
Monatsende. Wenn Sie bei der Umstellung Hilfe brauchen,
melden Sie sich gern.

Mit freundlichen Grüßen
Ihr variomedia-Team

variomedia AG
Sternstr. 18, 39104 Magdeburg
""")

# ---------------------------------------------------------------------------
# Notices 27-29: announcements and provider incidents
# ---------------------------------------------------------------------------

add(src="https://github.com/imap-fi/status/issues/7", provider="Contabo",
    label="informational", orig="2022-03-11", target="2028-07-22", time="09:04",
    tz="+02:00", deadline="none",
    frm=("Contabo Status", "status@contabo-status.com"),
    to=("Rasmus Takala", "rasmus@imap-takala.example"),
    subject="[Contabo Status] UPDATE: Network interruption in our data center Duesseldorf (DE)",
    body="""\
Network interruption in our data center Duesseldorf (DE)

[UPDATE [[2022-03-11|%d.%m.%Y]] 09:04 am (UTC+2)]
The network interruption in our Duesseldorf data center has not been
resolved yet. Some network segments are still unreachable. Our engineers
and our hardware partner are on site and working to restore the remaining
segments. We will post the next update as soon as we have new information.

[[[2022-03-10|%d.%m.%Y]] 11:05 pm (UTC+2)]
We are currently seeing a network interruption in our Duesseldorf data
center. Several network segments are offline, and your server may not be
reachable. Estimated duration: 540 minutes.

All available staff are working on the problem. To solve it as quickly as
possible, we are giving this incident top priority, so please understand
that we cannot answer messages as quickly as usual. We are reviewing every
affected service ourselves, so you don't need to write to us if your server
is down.

Affected services on your account:
  - VPS M SSD  vmi512874  (Duesseldorf)

You are receiving this e-mail because you subscribed to status updates at
https://contabo-status.com. Unsubscribe: https://contabo-status.com/unsubscribe
""")

add(src="https://web.arena.ne.jp/news/2018/0223.html", provider="WebARENA (NTTPC)",
    label="informational", orig="2018-02-23", target="2028-07-31", time="10:00",
    tz="+09:00", deadline="2018-03-26", ja=True,
    frm=("WebARENA サポートセンター", "info@web.arena.ne.jp"),
    to=("合同会社うみねこ企画 ご担当者様", "sys@umineko-kikaku.example"),
    subject="【WebARENA】VPSクラウドの仕様変更および利用規約改定のお知らせ",
    body="""\
合同会社うみねこ企画 ご担当者様

平素より「WebARENA」をご利用いただき、誠にありがとうございます。

今後も安定したサービスをより多くのお客様にお届けするため、
VPSクラウドのサービス仕様を一部見直します。あわせて、この変更に伴い
「WebARENA VPSクラウド利用規約」を改定いたしますので、お知らせします。

■ サービス仕様の変更
  【変更前】
   ・1つの契約者IDで作成できるサービスIDの数：上限なし
   ・1つのサービスIDで作成できるインスタンス数：50台まで
  【変更後】
   ・1つの契約者IDで作成できるサービスIDの数：1個まで
   ・1つのサービスIDで作成できるインスタンス数：20台まで

■ 規約改定日
  [[2018-03-26|%Y年%n月%e日]]

■ 上限を超えているお客様について
  規約改定の時点でサービスID数またはインスタンス数が上限を超えている
  お客様には、[[2018-06-01|%Y年%n月]]より制限を適用する予定です。適用方法の詳細は、
  後日サービスサイトでご案内します。
  上限を超える数をご希望の場合は、所定の手続きのうえ当社が承認した
  場合に限りご利用いただけます。申請は規約改定日以降に受け付けます。

■ 利用規約の主な改定箇所
  第3条（契約の単位）、第5条（サービスの提供範囲）ほか
  新旧対照表：https://web.arena.ne.jp/news/2018/0223.html

ご不便をおかけしますが、ご理解のほどよろしくお願い申し上げます。

株式会社NTTPCコミュニケーションズ
WebARENA サポートセンター
""")

add(src="https://blog.cloudflare.com/partial-cloudflare-outage-on-october-25-2022/",
    provider="Cloudflare", label="informational", orig="2022-10-26", target="2028-07-29",
    time="03:02", tz="+00:00", deadline="none",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to=("Ines Duarte", "ines@lumen-atelier.example"),
    subject="Incident report: partial Cloudflare outage on [[2022-10-25|%B %e, %Y]]",
    body="""\
Hello Ines,

We are writing because one or more zones on your account (lumen-atelier.example)
use Tiered Cache and may have been affected by yesterday's incident. The
incident is resolved and no action is required on your part.

What happened
On [[2022-10-25|%B %e, %Y]], an update to our Tiered Cache system made a share of
requests fail with HTTP 530 errors. Counting all phases, the disruption ran
for close to six hours; at its worst, roughly one request in twenty failed.
A gap in our test coverage, combined with how complex this system is, let
the problem slip through our test environment unnoticed.

Who was affected
Customers using Tiered Cache, Cloudflare Images or the Bandwidth Alliance,
for requests that had to fetch content from the origin through the tiered
cache hierarchy.

Timeline (UTC)
  08:40  Release of a CDN component begins rolling out
  17:03  Root cause confirmed; rollback started
  17:28  Peak impact, roughly 5% of requests returning 530
  18:04  Rollback complete in all upper-tier data centers; impact ends

Cause
New distributed tracing code in the Tiered Cache logic cleared internal
control headers. Those headers carry the hostname information used to route
requests and to look up origin addresses, so lookups failed and clients
received 530 errors.

What we are changing
- Including large upper-tier data centers earlier in our release stages
- Broadening acceptance tests to cover more Tiered Cache topologies
- Alerting more aggressively on requests that arrive without full context
- Making these systems fail fast during development and testing

We are sorry for the disruption. The full write-up is on our blog.

The Cloudflare Team
""")

# ---------------------------------------------------------------------------
# Notices 30-31: security advisories (no compromise of the customer)
# ---------------------------------------------------------------------------

add(src="https://github.com/gratipay/gratipay.com/issues/3269", provider="Mandrill (Mailchimp)",
    label="security-advisory", orig="2015-03-18", target="2028-07-23", time="20:15",
    tz="-04:00", deadline="none",
    frm=("Mandrill", "security@mandrill.com"),
    to=("Gratia Ops", "ops@gratia-fund.example"),
    subject="Important security notice about Mandrill's infrastructure",
    body="""\
Hi there,

We recently found a security weakness in Mandrill's infrastructure and want
you to hear about it from us. At this point we are confident that no
customer data was compromised because of it, but we think you should know
exactly what happened and what we are doing about it.

What happened
On [[2015-03-10|%B %e]] we found evidence of automated attempts against some of
Mandrill's internal logging servers, aimed at recruiting them into a botnet.
We examined the affected machines - their network traffic logs and the files
on disk - and the attempts failed. We see no sign that anyone was after the
data held on those servers.

How it happened
The opening came from a firewall change we made on [[2015-02-20|%B %e]] to control
access to some servers more precisely. One rule was applied to a firewall
group that covered more servers than we meant it to, which left a cluster of
logging servers reachable from the Internet.

What we have done
- Restored the correct firewall rules on [[2015-03-10|%B %e]], the day we found the issue
- Rebuilt the affected logging servers from clean images
- Added automated checks that flag firewall changes exposing internal hosts

What you should do
No action is required. If you would like extra peace of mind, you can
rotate your Mandrill API keys from the Settings page at any time.

We are sorry for the worry this may cause. If you have questions, reply to
this email and our team will get back to you.

The Mandrill Team
""")

add(src="https://github.com/haxqer/confluence/issues/36", provider="Atlassian",
    label="security-advisory", orig="2023-10-31", target="2028-07-30", time="23:40",
    tz="+00:00", deadline="none",
    frm=("Atlassian Security", "security-advisories@atlassian.com"),
    to=("Marta Nowicka", "marta.nowicka@brightfield-eng.example"),
    subject="Critical security advisory: CVE-2023-22518 in Confluence Data Center and Server",
    body="""\
Hello Marta,

You are receiving this because your organization (Brightfield Engineering,
SEN-11849302) holds a Confluence Data Center or Server license.

Summary
Atlassian has published a critical security advisory for CVE-2023-22518, an
improper authorization vulnerability in Confluence Data Center and
Confluence Server. An unauthenticated attacker could exploit it to cause
significant data loss. The vulnerability has a CVSS score of 9.1 (critical).

Affected versions
All versions of Confluence Data Center and Confluence Server.

Not affected
Confluence Cloud sites accessed through an atlassian.net domain.

Fixed versions
  7.19.16, 8.3.4, 8.4.4, 8.5.3, 8.6.1 (and later)

What we recommend
- Upgrade each affected instance to one of the fixed versions, or to the
  latest release, as soon as possible.
- If you cannot upgrade right away, back up your instance and remove it
  from the public Internet until it can be patched.
- Review the advisory for further mitigation guidance.

At the time of publishing we were not aware of active exploitation, but
customers should act promptly to protect their instances.

Advisory: https://confluence.atlassian.com/security/cve-2023-22518-improper-authorization-vulnerability-in-confluence-data-center-and-confluence-server-1311473907.html

Atlassian Security Team
""")

# ---------------------------------------------------------------------------
# Notices 32-34: billing
# ---------------------------------------------------------------------------

add(src="https://github.com/gratipay/inside.gratipay.com/issues/162", provider="Travis CI",
    label="billing", orig="2015-03-30", target="2028-07-19", time="14:02", tz="+02:00",
    deadline="none",
    frm=("Travis CI", "billing@travis-ci.com"),
    to=("Gratia Fund LLC", "finance@gratia-fund.example"),
    subject="Travis CI: there was a problem charging your credit card",
    body="""\
Hello,

We were unable to charge the credit card on file for the account gratia-fund.

This is what our payment provider told us: Your card was declined.

If this was only a temporary failure, you don't need to do anything: we
will try to charge your card again in 3 days.

If your card details have changed, you can update them at any time here:
https://billing.travis-ci.com/accounts/gratia-fund/subscription

Regards,
The Travis CI Team
""")

add(src="https://support.conoha.jp/c/charge/", provider="ConoHa (GMO Internet)",
    label="billing", orig="2028-07-24", target="2028-07-24", time="18:00", tz="+09:00",
    deadline="2028-07-25", ja=True,
    frm=("ConoHa", "noreply@conoha.jp"),
    to=("鳴海 拓也 様", "takuya@narumi-games.example"),
    subject="[ConoHa] チャージ残高不足のお知らせ",
    body="""\
鳴海 拓也 様

いつもConoHaをご利用いただき、ありがとうございます。

お客様のConoHaチャージ残高が、翌日の引き落とし予定額を下回っています。

────────────────────────────
  現在のチャージ残高　　　　：1,284円
  [[2028-07-25|%n月%e日]]の引き落とし予定額：2,970円
  （ConoHa VPS 4GBプラン ほか 前日ご利用分）
────────────────────────────

サービスのご利用料金は、翌日にチャージ残高から引き落とされます。
残高が不足したままになると、サービスのご利用が一時的に停止される
場合がございます。

[[2028-07-25|%n月%e日（%J）]]の引き落としまでに、コントロールパネル右上の
「+チャージ」から入金をお願いいたします。
クレジットカードによる自動支払いへの切り替えも、「支払設定」から行えます。

▼ コントロールパネル
https://manage.conoha.jp/

※本メールは送信専用アドレスからお送りしています。

━━━━━━━━━━━━━━━━━━━━━━━━━
ConoHa by GMOインターネットグループ株式会社
━━━━━━━━━━━━━━━━━━━━━━━━━
""")

add(src="https://github.com/TASEmulators/BizHawk/issues/3426", provider="GitLab",
    label="billing", orig="2022-10-22", target="2028-07-21", time="12:00", tz="+00:00",
    deadline="none",
    frm=("GitLab", "gitlab@mg.gitlab.com"),
    to=("Yoshi Rulz", "yoshi@tasvideos-mirror.example"),
    subject="tasemu-mirror has used 75% of its CI/CD minutes",
    body="""\
Hello Yoshi,

The namespace tasemu-mirror has used 75% of its monthly quota of CI/CD
minutes on GitLab.com shared runners.

  Plan:            Free
  Minutes used:    301 of 400
  Quota resets:    [[2022-11-01|%B %e, %Y]]

When all minutes are used, pipelines in this namespace will no longer run on
shared runners until the quota resets. Jobs running on your own project or
group runners are not counted and will keep working.

To avoid interruptions you can:
  - buy additional CI/CD minutes for the namespace,
  - register your own runners, or
  - if the project qualifies, apply to the GitLab for Open Source Program,
    which raises the monthly quota to 50,000 minutes.

Usage details: https://gitlab.com/groups/tasemu-mirror/-/usage_quotas

You are receiving this because you are an owner of tasemu-mirror.
Manage notification settings: https://gitlab.com/-/profile/notifications
""")

# ---------------------------------------------------------------------------
# Notices 35-36: more announcements
# ---------------------------------------------------------------------------

add(src="https://github.com/spatie/mailcoach-support/issues/188", provider="Postmark",
    label="informational", orig="2020-05-18", target="2028-07-27", time="16:45",
    tz="-04:00", deadline="none",
    frm=("Postmark", "hello@postmarkapp.com"),
    to=("Benedikt", "benedikt@tidewater-apps.example"),
    subject="Broadcast message streams are coming to every Postmark account",
    body="""\
Hi Benedikt,

For the past few months a group of customers has been trying out message
streams, and we are ready to open them to everyone. In early
[[2020-06-02|%B]], broadcast streams become generally available on every account.

What are message streams?
Each server can now hold separate streams for transactional email (password
resets, receipts) and broadcast email (newsletters, announcements). Keeping
them apart protects the deliverability of your transactional mail.

What changes for you
Nothing, unless you want to send broadcasts. Your existing servers keep
sending through their default transactional stream exactly as they do today.

If you plan to send broadcasts:
  - API: set the MessageStream field to the ID of your broadcast stream.
  - SMTP: connect to smtp-broadcasts.postmarkapp.com and add the header
    X-PM-Message-Stream: broadcast (or the ID of your broadcast stream).

Our guide walks through creating a stream and sending through it:
https://postmarkapp.com/support/article/1207-how-to-create-and-send-through-message-streams

Happy sending,
The Postmark team
""")

add(src="https://help.sakura.ad.jp/hc/ja/articles/360000175261", provider="さくらインターネット",
    label="informational", orig="2018-10-26", target="2028-07-10", time="11:00",
    tz="+09:00", deadline="none", ja=True,
    frm=("さくらインターネット サポートセンター", "support@sakura.ad.jp"),
    to=("会員各位", "contact@hinoki-kenchiku.example"),
    subject="【さくらインターネット】不審な脅迫メールにご注意ください",
    body="""\
会員各位

いつもさくらインターネットをご利用いただき、ありがとうございます。

このところ、差出人が受信者と同じメールアドレス、あるいは無作為な
メールアドレスになっており、本文に「Your account was hacked」
「パスワードを乗っ取った」などと書かれた脅迫メールが広く出回っています。

■ 不審なメールの特徴
  ・差出人：送信先と同じアドレス、または意味のない文字列のアドレス
  ・件名の例：「あなたのパスワードが侵害されました」
  ・本文：不自然な日本語が目立ちます。英文の場合もあります。
   （例）「支払いのために2日間（48時間）を与える」といった金銭の要求

差出人がご自身のアドレスになっていても、多くは差出人を偽装して
送られた「なりすましメール」です。内容を鵜呑みにせず、送金などの
要求には決して応じないでください。

■ さくらのレンタルサーバ・さくらのメールボックスをご利用の場合
  サーバコントロールパネルの「メール送信数グラフ」で、お客様の
  アドレスから実際に送信が行われたかどうかを確認できます。
  メールの宛先と送信日時を照らし合わせてご確認ください。
  また、無作為なアドレスから届く迷惑メールには「迷惑メールフィルタ」を
  ご活用ください。

本件に関するご対応は不要です。参考情報としてご案内いたします。

さくらインターネット株式会社
https://help.sakura.ad.jp/
""")

# ---------------------------------------------------------------------------
# Build and validate
# ---------------------------------------------------------------------------

MIN_TOTAL, MIN_CRITICAL, MIN_PHISHING, MIN_JA = 36, 10, 3, 8
ALLOWED_NETS = [ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]*\d)")


def build():
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    rows = []
    try:
        for i, n in enumerate(NOTICES, 1):
            orig = dt.date.fromisoformat(n["orig"])
            target = dt.date.fromisoformat(n["target"])
            offset = target - orig
            hh, mm = (int(x) for x in n["time"].split(":"))
            when = dt.datetime(target.year, target.month, target.day, hh, mm,
                               tzinfo=parse_tz(n["tz"]))
            subject = render(n["subject"], offset)
            body = render(n["body"], offset)
            if not body.endswith("\n"):
                body += "\n"
            deadline = n["deadline"]
            if deadline != "none":
                deadline = (dt.date.fromisoformat(deadline) + offset).isoformat()
            msgid = "<%s.%02d.%s@training.set-%s.example>" % (
                NAME, i, target.strftime("%Y%m%d"), NAME)
            m = Message()
            m["From"] = addr(n["frm"])
            m["To"] = addr(n["to"])
            m["Subject"] = hdr(subject)
            m["Date"] = email.utils.format_datetime(when)
            m["Message-ID"] = msgid
            m["MIME-Version"] = "1.0"
            m["Content-Type"] = 'text/plain; charset="utf-8"'
            try:
                body.encode("ascii")
                m["Content-Transfer-Encoding"] = "7bit"
                m.set_payload(body)
            except UnicodeEncodeError:
                m["Content-Transfer-Encoding"] = "quoted-printable"
                m.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
            m["X-Training-Label"] = n["label"]
            m["X-Training-Deadline"] = deadline
            if n["phishing"]:
                m["X-Training-Phishing"] = "yes"
            m.set_unixfrom("From %s %s" % (n["frm"][1], when.astimezone(
                dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")))
            box.add(m)
            rows.append(dict(n, num=i, deadline_out=deadline, date=when,
                             subject_out=subject, msgid=msgid))
        box.flush()
    finally:
        box.unlock()
        box.close()
    return rows


def validate(rows):
    problems = []
    box = mailbox.mbox(MBOX, create=False)
    msgs = list(box)
    box.close()
    raw = open(MBOX, "rb").read()
    if b"\r\n" in raw:
        problems.append("mbox contains CRLF line endings")
    if len(msgs) != len(rows):
        problems.append("message count mismatch: %d vs %d" % (len(msgs), len(rows)))
    seen = set()
    crit = phish = ja = 0
    required = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                "Content-Type", "Content-Transfer-Encoding", "X-Training-Label",
                "X-Training-Deadline"]
    for m, r in zip(msgs, rows):
        tag = "#%02d" % r["num"]
        for h in required:
            if m[h] is None:
                problems.append("%s missing header %s" % (tag, h))
        for k, v in m.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                problems.append("%s non-ASCII header %s" % (tag, k))
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (BATCH_YEAR, BATCH_MONTH):
            problems.append("%s Date outside batch month: %s" % (tag, m["Date"]))
        mid = m["Message-ID"]
        want = "<%s.%02d.%s@training.set-%s.example>" % (NAME, r["num"], d.strftime("%Y%m%d"), NAME)
        if mid != want:
            problems.append("%s bad Message-ID %s" % (tag, mid))
        if mid in seen:
            problems.append("%s duplicate Message-ID" % tag)
        seen.add(mid)
        label = m["X-Training-Label"]
        if label not in LABELS:
            problems.append("%s unknown label %s" % (tag, label))
        dl = m["X-Training-Deadline"]
        if dl != "none":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
                problems.append("%s bad deadline format %s" % (tag, dl))
            else:
                try:
                    dt.date.fromisoformat(dl)
                except ValueError:
                    problems.append("%s invalid deadline %s" % (tag, dl))
        ph = m["X-Training-Phishing"]
        if r["phishing"] and ph != "yes":
            problems.append("%s phishing header missing" % tag)
        if not r["phishing"] and ph is not None:
            problems.append("%s unexpected phishing header" % tag)
        if m.get_content_type() != "text/plain" or m.get_content_charset() != "utf-8":
            problems.append("%s wrong content type" % tag)
        payload = m.get_payload(decode=True)
        try:
            text = payload.decode("utf-8")
        except UnicodeDecodeError:
            problems.append("%s body not UTF-8" % tag)
            text = ""
        cte = m["Content-Transfer-Encoding"]
        is_ascii = all(ord(c) < 128 for c in text)
        if not is_ascii and cte != "quoted-printable":
            problems.append("%s non-ASCII body without quoted-printable" % tag)
        if is_ascii and cte not in ("7bit", "quoted-printable"):
            problems.append("%s unexpected CTE %s" % (tag, cte))
        subj = str(email.header.make_header(email.header.decode_header(m["Subject"])))
        for part in (text, subj):
            if "[[" in part and PH.search(part):
                problems.append("%s unrendered date placeholder" % tag)
            for ip in IPV4.findall(part):
                try:
                    a = ipaddress.ip_address(ip)
                except ValueError:
                    continue
                if not any(a in net for net in ALLOWED_NETS):
                    problems.append("%s non-documentation IP %s" % (tag, ip))
        if r["ja"] and not any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in text):
            problems.append("%s marked Japanese but has no Japanese text" % tag)
        if label in ("abuse", "security-incident") and not r["phishing"]:
            crit += 1
        phish += 1 if r["phishing"] else 0
        ja += 1 if r["ja"] else 0
    if len(rows) < MIN_TOTAL:
        problems.append("only %d notices (< %d)" % (len(rows), MIN_TOTAL))
    if crit < MIN_CRITICAL:
        problems.append("only %d critical non-phishing notices" % crit)
    if phish < MIN_PHISHING:
        problems.append("only %d phishing notices" % phish)
    if ja < MIN_JA:
        problems.append("only %d Japanese notices" % ja)
    srcs = [r["src"] for r in rows]
    if len(set(srcs)) != len(srcs):
        problems.append("an original is used twice")
    return problems, crit, phish, ja


def write_sources(rows):
    with open(os.path.join(HERE, "used-sources.txt"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(r["src"] + "\n")


def main():
    rows = build()
    write_sources(rows)
    problems, crit, phish, ja = validate(rows)
    counts = {}
    for r in rows:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    print("notices: %d  critical(non-phishing): %d  phishing: %d  japanese: %d"
          % (len(rows), crit, phish, ja))
    print("labels: " + ", ".join("%s=%d" % (k, counts.get(k, 0)) for k in LABELS))
    if "--table" in sys.argv:
        for r in rows:
            print("| %d | %s | %s | %s | %s | %s | %s |" % (
                r["num"], r["label"], r["deadline_out"], r["provider"],
                "yes" if r["phishing"] else "no", r["lang"], r["src"]))
    if problems:
        for p in problems:
            print("PROBLEM: " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
