#!/usr/bin/env python3
"""Validation batch g40: 36 labelled cloud/hosting provider notices for October 2028.

Standard library only, deterministic.  Writes set-g40.mbox, README.md and
used-sources.txt next to this file, re-reads the mbox and checks it.
Exit status 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import io
import mailbox
import os
import re
import sys
from email.generator import BytesGenerator
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "g40"
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
README = os.path.join(HERE, "README.md")
USED = os.path.join(HERE, "used-sources.txt")
MONTH = (2028, 10)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

JA_WD = "月火水木金土日"
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "year":
        return str(d.year)
    if style == "en":
        return "%s %d, %d" % (EN_MONTHS[d.month - 1], d.day, d.year)
    if style == "enw":
        return "%s, %s %d, %d" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year)
    if style == "enmd":
        return "%s %d" % (EN_MONTHS[d.month - 1], d.day)
    if style == "ordy":
        return "%s %s, %d" % (EN_MONTHS[d.month - 1], ordinal(d.day), d.year)
    if style == "ord":
        return "%s %s" % (EN_MONTHS[d.month - 1], ordinal(d.day))
    if style == "my":
        return "%s %d" % (EN_MONTHS[d.month - 1], d.year)
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return "%s %s %d" % (day, FR_MONTHS[d.month - 1], d.year)
    if style == "ja":
        return "%d年%d月%d日(%s)" % (d.year, d.month, d.day, JA_WD[d.weekday()])
    if style == "jan":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "jdot":
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    if style == "jym":
        return "%d年%d月" % (d.year, d.month)
    raise ValueError(style)


# ---------------------------------------------------------------------------
# The 36 notices.  "send" is the original send time (with its UTC offset),
# "target" the October 2028 date with the same weekday; every date in
# "dates" is moved by the same number of days.  Bodies use {key|style}.
# ---------------------------------------------------------------------------
N = []

N.append(dict(
    provider="ロリポップ! (impersonated)", lang="ja", label="action-required", deadline=None, phishing=True,
    url="https://meiwaku-zukan.jp/?p=5421",
    send="2025-06-30T07:49:26+09:00", target="2028-10-02",
    frm="ロリポップ! <support@lolipop.jp>", to="info@kanda-kobo.example",
    subject="件名: あなたのメールボックスの容量がほぼいっぱいです。空き容量を確保してメールを受け取り続けてください。",
    html=True,
    body="""\
メールボックスの残り容量がわずかになっています。

  ご利用中の容量: 47.99 GB / 上限 50 GB

受信が止まらないよう、今すぐ保存領域を整理して空きを作ってください。
上限に達すると、新しいメッセージはお手元に届かなくなります。

▼ 空き容量を確保する
https://lolipop-mailbox-care.example/storage/release?u=info%40kanda-kobo.example

このままの状態が続くと、メールの遅延や送受信の停止が発生することがあります。

対象メールアドレス: info@kanda-kobo.example

ロリポップ! メールサポート
"""))

N.append(dict(
    provider="OVH (impersonated)", lang="fr", label="action-required", deadline=None, phishing=True,
    url="https://www.alpclic.fr/comment-detecter-un-e-mail-spam.html",
    send="2017-03-14T10:22:05+01:00", target="2028-10-10",
    frm="Service Client <info@izzidiscount.example>", to="contact@atelier-vernier.example",
    subject="Votre service OVH arrive à échéance",
    body="""\
Bonjour,

L'un de vos services OVH arrive prochainement à son terme et son
renouvellement n'a pas encore été effectué.

Pour éviter toute coupure de votre site, de votre messagerie ou de votre
nom de domaine, nous vous invitons à régulariser la situation dès
aujourd'hui.

Procéder au renouvellement :
http://re3.kostenn-immo.example/?cmd=qT7LW2bRx8

Faute de règlement, le service sera suspendu puis supprimé, de même que
l'ensemble des données qui y sont rattachées.

Merci pour votre confiance.

Le Service Client OVH
"""))

N.append(dict(
    provider="GitHub (impersonated via issue notification)", lang="en", label="security-incident", deadline=None,
    phishing=True,
    url="https://github.com/ethereum-optimism/.github/issues/39",
    send="2025-04-08T14:12:40-07:00", target="2028-10-17",
    frm="marcosvlc92 <notifications@github.com>",
    to="northwind-labs/.github <.github@noreply.github.com>",
    subject="[northwind-labs/.github] Notification Github Security (Issue #39)",
    html=True,
    body="""\
Security alert: Unauthorized login attempt detected!

We have spotted an unusual sign-in attempt on your account!
- IP Address: 203.0.113.58
- Location: New York, USA

Immediate action is required to protect your account!

1. Reset your password right now so nobody else can get in. Do not delay!
Use the link below to change your password:
Change Password Now:
https://github.com/login/oauth/authorize?client_id=Ov23liK7qZr2Xv9Tb4Wd&redirect_uri=https://github-com-settings-applications.example/auth/callback&scope=repo%20user%20delete_repo%20workflow

If this sign-in attempt was not you, lock your account down immediately:
Secure Your Account:
https://github.com/login/oauth/authorize?client_id=Ov23liK7qZr2Xv9Tb4Wd&redirect_uri=https://github-com-settings-applications.example/auth/callback&scope=repo%20user%20delete_repo%20workflow

Be warned: any unauthorized action may put your account at risk. Do not ignore this alert!

--
Reply to this email directly or view it on GitHub:
https://github.com/northwind-labs/.github/issues/39
You are receiving this because you are subscribed to this thread.
"""))

N.append(dict(
    provider="serverprofis", lang="de", label="pricing", deadline="d2", phishing=False,
    url="https://www.serverprofis.de/preisanpassung-webhostingtarife-2023/",
    send="2022-11-03T09:40:00+01:00", target="2028-10-05",
    dates={"d1": "2022-12-01", "d2": "2023-02-01", "d3": "2023-01-01"},
    frm="serverprofis Kundenservice <info@serverprofis.de>", to="buchhaltung@tischlerei-kramm.example",
    subject="Preisanpassung Webhostingtarife {d2|year}",
    body="""\
Sehr geehrte Kundin, sehr geehrter Kunde,

wie viele andere Hoster müssen auch wir wegen der angespannten weltweiten
Lage unsere Preise anpassen. Wir haben uns diesen Schritt nach vielen
internen Abstimmungen nicht leicht gemacht. Er ist jedoch nötig, damit
Technik und Service auf dem gewohnten Niveau bleiben.

Was ändert sich?
- Alle Webhostingtarife, der Elastic SiteServer, der Homepagebaukasten sowie
  die Nextcloud- und Owncloud-Tarife kosten künftig 0,50 € mehr pro Monat
  (6,00 € im Jahr, jeweils inkl. MwSt.).
- Die Webhosting-Reseller-Tarife steigen um 10 % des Tarifpreises.
- Rootserver, Zimbra-Mailserver und weitere Leistungen bleiben vorerst
  unverändert.

Ab wann gelten die neuen Preise?
- Neukunden: ab {d1|de}
- Bestandskunden: ab {d2|de} (nicht wie zunächst genannt ab {d3|de})

Ihre aktuell bezahlte Laufzeit bleibt unberührt. Der neue Preis wird erst
bei der nächsten Verlängerung nach dem Stichtag berechnet; bei monatlicher
Laufzeit also im Folgemonat.

Betroffener Vertrag: Webhosting M, Kundennummer 740318256094

Bei Fragen erreichen Sie uns wie gewohnt über das Kundencenter.

Mit freundlichen Grüßen
Ihr serverprofis-Team
"""))

N.append(dict(
    provider="Hetzner", lang="de", label="billing", deadline=None, phishing=False,
    url="https://docs.hetzner.com/de/general/others/new-billing-model",
    send="2024-02-29T11:05:00+01:00", target="2028-10-19",
    dates={"m1": "2024-03-01", "m2": "2024-04-01"},
    frm="Hetzner Online GmbH <info@hetzner.com>", to="admin@kellerwerk.example",
    subject="Umstellung der Abrechnung: Ihre nächsten Rechnungen",
    body="""\
Sehr geehrter Herr Kellermann,

wir vereinheitlichen die Abrechnung unserer Produkte. Monatlich berechnete
Produkte werden künftig wie unsere Cloud nachträglich und stundengenau
abgerechnet. Nutzen Sie ein Produkt den ganzen Monat, zahlen Sie weiterhin
genau den bekannten Monatspreis.

Was bedeutet das für Ihre Rechnungen?

- Rechnung ab {m1|de}: Sie enthält keine Produkte, die bereits im Voraus
  für diesen Monat berechnet wurden. Der Betrag kann daher niedriger
  ausfallen als gewohnt.
- Rechnung ab {m2|de}: Sie ist die erste Rechnung mit stundengenauer
  Abrechnung der Leistungen des Vormonats. Der niedrigere Betrag der
  vorherigen Rechnung wird damit ausgeglichen.
- Einmalige oder jährlich berechnete Leistungen wie Domains oder
  SSL-Zertifikate sind von der Umstellung ausgenommen.

Auch wenn die Beträge in der Übergangszeit schwanken: Ihr monatlicher
Preis ändert sich nicht. Sie müssen nichts unternehmen.

Kundennummer: 502817364190

Mit freundlichen Grüßen
Ihr Hetzner Online Team
"""))

N.append(dict(
    provider="Scaleway", lang="fr", label="pricing", deadline="d1", phishing=False,
    url="https://blog.scaleway.com/pricing-model-update/",
    send="2020-10-26T15:30:00+01:00", target="2028-10-09",
    dates={"d1": "2020-11-01"},
    frm="Scaleway <noreply@scaleway.com>", to="infra@brasserie-lemarin.example",
    subject="Évolution de notre modèle tarifaire au {d1|fr}",
    body="""\
Bonjour,

Comme annoncé il y a un mois, nous alignons la facturation de nos ressources
Cloud sur les pratiques du marché : à l'heure (à la demande), tarif
dynamique (SPOT), court terme et long terme (réservé).

Voici ce qui change à partir du {d1|fr} :

- le plafonnement mensuel ne s'appliquera plus ;
- les prix horaires baissent de 33 % pour Bare Metal, Load Balancer,
  Block Storage (AMS), Object Storage et Cold Storage ;
- les prix horaires des bases de données managées baissent de 13 % ;
- si votre facture du mois en cours n'est pas nulle, vous bénéficiez d'une
  remise non cumulable de 25 % sur les produits Elements pendant 12 mois,
  à compter de cette même date.

Pourquoi ce changement ? Le plafond calculé sur un nombre d'heures par mois
a été conçu pour un usage de type VPS ; il freine aujourd'hui les usages
dynamiques et multi-cloud.

Organisation : brasserie-lemarin (ID 617204958331)

Pour estimer l'effet sur vos ressources, consultez la page Tarifs de la
console.

L'équipe Scaleway
"""))

N.append(dict(
    provider="DigitalOcean", lang="en", label="security-incident", deadline=None, phishing=False,
    url="https://tech.co/news/digitalocean-mailchimp-email-security",
    send="2022-08-15T17:02:00-04:00", target="2028-10-16",
    dates={"i1": "2022-08-08", "i2": "2022-08-09"},
    frm="DigitalOcean <support@digitalocean.com>", to="dana@orchard-lane.example",
    subject="Important information about your DigitalOcean account",
    body="""\
Hi Dana,

On {i1|en} we found that the account we used with our email delivery
vendor, Mailchimp, had been accessed by an unauthorized party as part of a
wider incident at that vendor. The attacker appears to have been targeting
crypto and blockchain companies.

We have reason to believe that the email address on your DigitalOcean
account (dana@orchard-lane.example) may have been exposed. We have found no
evidence that any other information about your account was accessed.

What we have done
- Since {i2|en}, our transactional email no longer goes through Mailchimp.
- A few accounts saw password reset attempts; those accounts have been
  secured and their owners contacted directly.

What we recommend
- Be extra careful with emails that claim to come from DigitalOcean over
  the coming weeks. We never send links asking you to confirm a password.
- Turn on two-factor authentication for your account if it is not on yet.

Account: 840215736692

We are sorry for the concern this may cause.

DigitalOcean Security
"""))

N.append(dict(
    provider="MongoDB Atlas", lang="en", label="informational", deadline=None, phishing=False,
    url="https://status.mongodb.com/incidents/ds8dq4vkp6f9",
    send="2024-06-06T20:15:00+00:00", target="2028-10-26",
    dates={"a": "2024-06-03", "b": "2024-06-04", "c": "2024-06-06", "e": "2024-06-07"},
    frm="MongoDB Cloud Status <noreply@status.mongodb.com>", to="platform@ferrow-labs.example",
    subject="[MongoDB Cloud] Incident report: delayed Atlas control plane operations",
    body="""\
Incident report

Between {a|enmd}, 18:24 UTC and {b|enmd}, 01:21 UTC, MongoDB Atlas customers
in all commercial regions saw the following functions degraded:

- Cluster configuration changes (API calls, auto-scaling, node
  replacement) ran with delays of a few minutes up to several hours.
- Alert processing, including the Datadog and PagerDuty integrations,
  was delayed in the same way.
- Part of the daily cost tabulation for {a|enmd} moves to {c|enmd} or {e|enmd}.
- Finer-grained cluster metrics were missing until 01:56 UTC, and the Data
  Explorer and Real-Time Performance Panel were impaired for some hours.

Root cause: a planned migration of metadata for an internal workflow
system behind the Atlas control plane congested the target database
cluster once traffic moved over. Rolling back required reconciling data
between source and target, which slowed recovery.

Next steps: we are designing a migration approach that can be rolled back
within 15 minutes and will not run similar maintenance until it is tested.

The issue is fully resolved. No action is needed on your side.
"""))

N.append(dict(
    provider="ZMXサーバー", lang="ja", label="informational", deadline=None, phishing=False,
    url="https://aki-t.net/65",
    send="2016-05-23T14:30:00+09:00", target="2028-10-23",
    frm="ZMXサーバー <zmx@rentracks.co.jp>", to="webmaster@aoba-kenkyu.example",
    subject="【重要】ZMXサーバーご利用のお客様へ",
    body="""\
ZMXサーバーをご利用のお客様

いつもZMXサーバーをお使いいただき、ありがとうございます。
重要なお知らせがございます。

本日13時頃、当サービスが利用しているインターネットプロバイダにより、
回線接続サービスが停止されました。

プロバイダからの連絡によりますと、当サービスの一部会員による
不特定多数の宛先へのメール配信について第三者から通報があり、
その結果として接続の停止が実施されたとのことです。

この停止により、現在ZMXサーバーのすべてのサービスをご提供できない
状態となっております。

今後の見通しにつきましては、判明し次第あらためてご連絡いたします。
ご不便をおかけし大変申し訳ございませんが、何卒ご理解のほど
お願い申し上げます。

本件のお問い合わせは、下記アドレスまでお寄せください。
zmx@rentracks.co.jp

ZMXサーバー
"""))

N.append(dict(
    provider="WADAX", lang="ja", label="informational", deadline=None, phishing=False,
    url="http://www.wadax.ne.jp/news/detail.php?idyea=2014&no=1414053030",
    send="2014-10-23T16:10:00+09:00", target="2028-10-12",
    dates={"d1": "2014-11-30"},
    frm="WADAX サポートセンター <support@wadax.ne.jp>", to="soumu@hinata-shoji.example",
    subject="【重要】JPドメインの一部サービス改訂に関するご案内",
    body="""\
お客様各位

平素よりWADAXをご利用いただき、誠にありがとうございます。

JPドメインの上位レジストリである日本レジストリサービスがサービス内容を
改訂するため、「.co.jp」などの属性型JPドメインの取り扱いが一部変わります。
変更点は、有効期限を過ぎたドメインを復活できる期間です。

■ {d1|jan}以降に有効期限を迎える属性型JPドメイン
・更新されずに有効期限を過ぎた場合、期限の翌月1日にDNS情報が自動的に
  削除され、ホームページやメールがご利用いただけなくなります。
・期限の翌月1日から20日までは「復活可能期間」となり、更新料と手数料を
  含む復活費用7,560円で復活できます。
・期限の翌月21日以降は、復活できなくなります。

※汎用JPドメイン(.jp)や.comなどのgTLDには変更はございません。

対象ドメイン: hinata-shoji.example(属性型)

通常どおりご利用いただく分には影響はなく、特別なご対応は不要です。
有効期限切れにならないよう、引き続きご留意ください。

株式会社WADAX サポートセンター
"""))

N.append(dict(
    provider="Render", lang="en", label="abuse", deadline=None, phishing=False,
    url="https://github.com/weaigc/bingo/issues/131",
    send="2024-01-09T03:51:00+00:00", target="2028-10-03",
    frm="Render <no-reply@render.com>", to="wei.lan@kestrel-apps.example",
    subject="Your Render account has been suspended",
    body="""\
Hi there,

Your Render account (wei.lan@kestrel-apps.example) has been suspended
because our systems detected suspicious activity on it.

While the suspension is in place:
- all web services, background workers and cron jobs on the account are
  stopped,
- you cannot sign in to the dashboard or create new services.

If you believe this was a mistake, contact support@render.com from the
email address on the account and tell us what you were running, so the
team can review the decision.

Workspace: kestrel-apps (owner ID usr-6a2f91c04be7)

The Render Team
"""))

N.append(dict(
    provider="DigitalOcean", lang="en", label="abuse", deadline=None, phishing=False,
    url="https://www.malcare.com/blog/digitalocean-web-host-suspended-site/",
    send="2018-09-05T13:27:00-04:00", target="2028-10-04",
    frm="DigitalOcean Support <support@support.digitalocean.com>", to="kim@larchwood-press.example",
    subject="Droplet quarantined - Ticket #4829176",
    body="""\
Hello,

Our Trust & Safety team has confirmed a report of malicious content served
from one of your Droplets:

  Droplet: wp-larchwood-01 (ID 316709254)
  IP address: 198.51.100.44
  Reported URL: http://larchwood-press.example/wp-content/uploads/doc/verify.php
  Type: phishing page / malware

To protect visitors and the rest of our network, the Droplet has been
quarantined: its public networking is disabled. You can still reach it
through the Recovery Console in the control panel.

This kind of content usually means the site has been compromised. Please
remove the malicious files, update the CMS and its plugins, and change the
passwords used on the server.

When you have cleaned up, reply to this ticket with the steps you took and
we will review the Droplet for reinstatement.

Thanks,
DigitalOcean Trust & Safety
"""))

N.append(dict(
    provider="Vercel", lang="en", label="action-required", deadline="d1", phishing=False,
    url="https://github.com/deepset-ai/haystack-home/issues/405",
    send="2025-01-23T19:02:00+00:00", target="2028-10-19",
    dates={"d1": "2025-01-31"},
    frm="Vercel <notifications@vercel.com>", to="web@lindgren-studio.example",
    subject="[Action Required] Node.js 16 is being discontinued {d1|enw}",
    html=True,
    body="""\
Starting {d1|enw}, Vercel will stop supporting Node.js 16.
Please upgrade soon so you keep getting security updates and avoid build
errors.

Projects on your account that still use Node.js 16 or older:

  lindgren-portfolio

To list the affected projects for a team, run:

  $ npm i -g vercel@latest
  $ vercel project ls --update-required --scope lindgren-studio

How to upgrade:
1. Set "engines" in package.json to "22.x", or change the Node.js version
   on the General page of your Project Settings.
2. Create a new deployment so the change takes effect.
3. You may also need to update dependencies in package.json.

More details are in the Node.js versions documentation.

Vercel
"""))

N.append(dict(
    provider="RubyGems.org", lang="en", label="security-incident", deadline=None, phishing=False,
    url="https://github.com/rubygems/rubygems.org/pull/2687",
    send="2021-04-01T08:44:00+00:00", target="2028-10-26",
    frm="RubyGems.org <no-reply@mailer.rubygems.org>", to="hollis@ledgerline.example",
    subject="API key revoked on rubygems.org",
    body="""\
Hi hollis-tate,

One of your API keys on rubygems.org has been revoked.

  Name: ci-release
  Scope: push_rubygem, yank_rubygem

GitHub Secret Scanning found this key in a public repository:
https://github.com/hollis-tate/ledgerline/blob/4e1b9c2/config/release.env

Because anyone can read a public repository, we treat the key as
compromised and revoked it automatically to stop unauthorized pushes or
yanks of your gems.

What to do next:
- Create a new API key and store it as a secret in your CI system instead
  of committing it.
- Check the recent versions of your gems for releases you did not make.
- If anything looks wrong, change your password and turn on MFA.

Thanks,
The RubyGems.org team
"""))

N.append(dict(
    provider="Codecov", lang="en", label="security-incident", deadline=None, phishing=False,
    url="https://github.com/codecov/codecov-node/issues/300",
    send="2021-04-15T16:00:00-04:00", target="2028-10-12",
    dates={"found": "2021-04-01", "start": "2021-01-31"},
    frm="Codecov <security@codecov.io>", to="dev@quarry-labs.example",
    subject="Bash Uploader Security Notice",
    body="""\
Hello,

On {found|en} we learned that someone had obtained unauthorized access to
our Bash Uploader script and changed it without our permission. The
change, first made on {start|en}, could send environment variables from
the CI environments that ran the script to a server outside our control.

We have completed our check of affected customers. Unfortunately, we can
confirm that you were impacted by this security event.

Repositories on your account that ran a Bash Uploader during that period:
- quarry-labs/tiler
- quarry-labs/tiler-docs

What we strongly recommend:
- Re-roll, right away, every credential, token and key that was present
  in the environment variables of those CI processes.
- Review your systems for use of those credentials since {start|en}.
- If you use a local copy of the uploader, compare it with the current
  version.

Further details and updates are on our security update page.

The Codecov Team
"""))

N.append(dict(
    provider="Hetzner", lang="en", label="abuse", deadline="next", phishing=False,
    url="https://github.com/cunnie/docs/blob/master/hetzner-freebsd.md",
    send="2014-02-20T15:36:00+01:00", target="2028-10-05",
    dates={"next": "2014-02-21"},
    frm="Hetzner Abuse Team <abuse@hetzner.de>", to="marcus@ravensworth.example",
    subject="Abuse Message [AbuseID:3C71A2:1B]: AbuseNormal: Exploitable NTP server used for an attack: 198.51.100.19",
    body="""\
Dear Mr Ravensworth,

A public NTP server on your network, at IP address 198.51.100.19 and UDP
port 123, took part today in a very large-scale attack against one of our
customers. It answered spoofed "monlist" requests that claimed to come
from the target and so amplified the traffic sent towards it.

Please restrict the NTP service on this host (for example with "restrict
default noquery" or by closing the port to the public) so that it can no
longer be abused.

We also request a short statement from you within 24 hours, explaining
how this could happen and what you have done about it.

How to proceed:
- Solve the issue
- Send us your statement by replying to this message

Important note: when replying, leave the abuse ID [AbuseID:3C71A2:1B]
unchanged in the subject line.

Kind regards

Abuse Team
Hetzner Online AG
Industriestr. 25, 91710 Gunzenhausen, Germany
"""))

N.append(dict(
    provider="CircleCI", lang="en", label="security-incident", deadline=None, phishing=False,
    url="https://github.com/NeuroVault/NeuroVault/issues/769",
    send="2023-01-04T23:40:00+00:00", target="2028-10-11",
    dates={"from": "2022-12-21"},
    frm="CircleCI <security@circleci.com>", to="ci-admin@bramble-bio.example",
    subject="CircleCI security alert: Rotate any secrets stored in CircleCI",
    body="""\
Hello,

We are writing to let you know that we are investigating a security
incident. Our investigation is still going on, and we will share more as
soon as we can.

Until then, we recommend that you act right away:

- Rotate any and all secrets stored in CircleCI, including project
  environment variables and secrets held in contexts.
- Revoke and reissue project API tokens and personal API tokens.
- Review your internal logs for any unauthorized access to your systems
  between {from|en} and {d0|en}.

Organization: bramble-bio (ID 2f6c0d41-7e3a-4b9d-b1c8-0a57e92d3f16)

We will post updates on our blog and status page as the investigation
progresses. We apologize for the disruption this causes.

CircleCI Security
"""))

N.append(dict(
    provider="Linode", lang="en", label="maintenance", deadline="win", phishing=False,
    url="http://linode.statuspage.io/incidents/nlfbqncbsz4c",
    send="2017-08-09T18:20:00-04:00", target="2028-10-18",
    dates={"win": "2017-08-13", "xsa": "2017-08-15"},
    frm="Linode <support@linode.com>", to="ops@tallgrass-data.example",
    subject="Linode Critical Xen Maintenance - linode4118270",
    body="""\
Hello,

Several Xen Security Advisories (XSAs) require us to update our legacy
Xen host servers. To apply the updates, the hosts and the Linodes on them
must be rebooted. The Xen project will publish the XSAs on {xsa|enmd}, so
the work has to be finished before then.

Your Linode linode4118270 (Xen, Newark) has been given this window:

  {win|enw}, 01:00 to 03:00 UTC

During the window the Linode will be shut down cleanly, the host will be
updated, and the Linode will be booted again afterwards. Two hours are
set aside; the actual downtime is usually much shorter.

Because of the scale of this work the window cannot be changed and the
reboot is mandatory. KVM Linodes are not affected: if you upgrade this
Linode to KVM from its dashboard before the window, it will be skipped.

Please read our Reboot Survival Guide to make sure your services start
again on their own.

Linode Support
"""))

N.append(dict(
    provider="Linode", lang="en", label="billing", deadline=None, phishing=False,
    url="https://www.linode.com/community/questions/24010",
    send="2023-05-22T06:12:00-04:00", target="2028-10-30",
    frm="Linode Alerts <alerts@linode.com>", to="pmarlowe@seastack-audio.example",
    subject="Linode Alert - Outbound Transfer Quota",
    body="""\
Linode Alert - Outbound Transfer Quota

Your account, with the username pmarlowe, has passed the transfer quota
notification threshold.

  Used this month: 4620 GB of 4368 GB (105.77%)

Network transfer beyond the pooled quota of your account is charged as
overage on your next invoice.

This is an automated message; please do not reply to it. If you have
questions, open a support ticket.

This is not a warning or a statement that you are misusing your
resources. You can change the alert thresholds to suit your needs.

You can review your transfer usage in the Linode Manager:
https://cloud.linode.com/account/billing
"""))

N.append(dict(
    provider="Netlify", lang="en", label="action-required", deadline="eos", phishing=False,
    url="https://github.com/containernetworking/cni.dev/issues/151",
    send="2025-11-26T17:05:00+00:00", target="2028-10-04",
    dates={"eos": "2026-01-01"},
    frm="Netlify <team@netlify.com>", to="docs@harborlight.example",
    subject="Action needed: update the build image for harborlight-docs",
    html=True,
    body="""\
Hi,

Your project harborlight-docs still builds on an older image that will
reach end of support in {eos|my}.

  Support for the Focal build image ends on {eos|en}.

We recommend moving to the Ubuntu Noble 24.04 build image as soon as you
can. You can change it in:

  Project configuration > Build & deploy > Build image selection
  https://app.netlify.com/projects/harborlight-docs/configuration/deploys#build-image-selection

After switching, trigger a new deploy and check the build log, since newer
images ship different default versions of languages and tools.

Team: Harborlight (slug harborlight)

The Netlify team
"""))

N.append(dict(
    provider="GitHub", lang="en", label="action-required", deadline="due", phishing=False,
    url="https://github.com/gogomalibu/test_freeboard/issues/4",
    send="2024-01-08T21:18:00+00:00", target="2028-10-09",
    dates={"due": "2024-02-22"},
    frm="GitHub <noreply@github.com>", to="ines.ferraz@mossgate.example",
    subject="[GitHub] Two-factor authentication is now required for your account",
    body="""\
Hey ines-ferraz!

GitHub users are now required to turn on two-factor authentication (2FA)
as an extra security measure. Your contributions on GitHub put your
account in this requirement.

This email starts your 45-day enrollment period. Please enable 2FA by
{due|en}. We will keep reminding you by email and on GitHub.com until
then. After that date, your access to GitHub.com will be limited until
you enroll.

Set up 2FA here:
https://github.com/settings/security

We recommend an authenticator (TOTP) app or a security key, and keeping
your recovery codes somewhere safe.

Thanks for helping keep GitHub secure,
The GitHub Team
"""))

N.append(dict(
    provider="ESN", lang="ja", label="security-incident", deadline=None, phishing=False,
    url="https://esn.jp/support/email-hijacking/",
    send="2023-06-13T10:45:00+09:00", target="2028-10-24",
    frm="ESN サポート <support@esn.jp>", to="kanri@midori-dental.example",
    subject="【重要】メールアドレス停止のお知らせ",
    body="""\
ご担当者様

いつも弊社サービスをご利用いただき、ありがとうございます。

下記メールアドレスにつきまして、第三者による乗っ取り(不正ログイン)と
みられる送信を検知いたしました。被害拡大を防ぐため、サーバー側で
このアドレスを停止しております。

  対象アドレス: uketsuke@midori-dental.example

停止中は、このアドレスでのメールの送受信ができません。
停止中に届いたメールは送信元のサーバーで一時保管され、保管期間内に
アドレスが再開されれば配信されます。期間を過ぎると送信元へ
エラーとして返されます。

再開の手順
1. 管理画面の【管理】>【システム】>【メール設定】からメール管理へ進み、
   対象アドレスの【編集】で新しいパスワードを設定してください。
2. お使いのメールソフトに新しいパスワードを設定し直してください。

推測されにくいパスワード(ランダム生成など)のご利用と、
ご利用端末のウイルスチェックをお勧めいたします。

ESN サポートセンター
"""))

N.append(dict(
    provider="OVHcloud", lang="en", label="abuse", deadline=None, phishing=False,
    url="https://help.ovhcloud.com/csm/en-sg-email-blocked-for-spam?id=kb_article_view&sysparm_article=KB0057916",
    send="2025-03-18T09:12:00+08:00", target="2028-10-31",
    frm="OVHcloud <noreply@ovh.com>", to="admin@ridgeway-dental.example",
    subject="[CS4471209] Account locked for spam",
    body="""\
Dear Customer,

Our anti-spam system has detected suspicious activity on emails sent from
the following address, which has therefore been blocked:

  Email address: contact@ridgeway-dental.example
  Service: MX Plan ridgeway-dental.example
  Status: Locked for spam

While the block is active, this address can no longer send messages.
Receiving mail is not affected.

To protect our detection system, we cannot disclose the exact reasons for
the block. Common causes are messages judged suspicious by the filter, or
a sending rate and number of recipients typical of mass mailing.

Before asking us to unblock the address:
- check with its users that they did not cause the sending themselves;
- run an antivirus scan on every device that uses the address;
- change the password of the email account.

Then reply to this ticket from the Control Panel (My support tickets) to
request the unblock.

Kind regards,
OVHcloud Customer Support
"""))

N.append(dict(
    provider="GitHub", lang="en", label="abuse", deadline=None, phishing=False,
    url="https://github.com/be5invis/Iosevka/issues/2361",
    send="2024-05-31T16:48:00+00:00", target="2028-10-06",
    frm="GitHub Support <support@github.com>", to="logo.form@fontsmith.example",
    subject="[GitHub Support] Your account has been restricted",
    body="""\
Hi logoform,

Our systems flagged your account, and a member of our team has reviewed
it. As a result, your profile, repositories and contributions are hidden
from the public for now.

The review found that your fork logoform/typeface-builds stores and
serves a very large volume of generated font binaries, and is in effect
being used as a content delivery network. Using repositories as a CDN
or bulk file host is not permitted under our Acceptable Use Policies.

To have the restriction lifted, please delete that repository (you can
publish build outputs as release assets or on a storage service instead)
and reply to this ticket once it is gone. We will then review your
account again.

Thanks for your understanding,
GitHub Support
"""))

N.append(dict(
    provider="Netlify", lang="en", label="abuse", deadline=None, phishing=False,
    url="https://github.com/mozilla/fx-private-relay/issues/4457",
    send="2024-03-01T12:03:00+00:00", target="2028-10-13",
    frm="Netlify <team@netlify.com>", to="relay-7x2k9@mozmail.example",
    subject="Account update",
    body="""\
Hello,

Your Netlify account (relay-7x2k9@mozmail.example) has been suspended
due to suspicious activity.

While the account is suspended:
- sites and deploys on the account are offline,
- you cannot create new sites or connect repositories.

Our trust and safety checks look at sign-up and usage signals. If you
think this is a mistake, reply to this email with a short description of
what you plan to host, and our team will take another look.

Account ID: 918406225713

The Netlify team
"""))

N.append(dict(
    provider="NLRS", lang="ja", label="security-advisory", deadline=None, phishing=False,
    url="https://srv.nlrs.jp/6841",
    send="2014-10-17T18:00:00+09:00", target="2028-10-20",
    frm="NLRS サポート <support@nlrs.jp>", to="info@kamome-ya.example",
    subject="SSL3.0の脆弱性(POODLE)への対応について",
    body="""\
お客様各位

インターネット通信の暗号化に使われるSSL 3.0に脆弱性があることが、
米Google社から発表されました。
「POODLE」と呼ばれるもので、通信中の暗号化データが漏えいする
おそれがあります。詳しくはIPA(情報処理推進機構)の解説をご覧ください。

この発表を受け、弊社サーバーでもSSL 3.0およびSSL 2.0による通信の
受け付けを終了いたします。

■ 終了による影響(ブラウザでTLSが無効になっている場合)
・管理パネル(cPanel)およびWebメールにアクセスできなくなります
・弊社サーバー上のSSLホームページ(https://~)が閲覧できなくなります

■ お客様へのお願い
ホームページが表示されない場合は、ブラウザの設定でSSL 3.0/2.0を
使用しないようにし、TLSを有効にしてください。
設定方法はマニュアルをご参照ください。
https://srv.nlrs.jp/manual/browser-tls

今後ともよろしくお願い申し上げます。
NLRS サポート
"""))

N.append(dict(
    provider="山梨インターネット RSシリーズ", lang="ja", label="maintenance", deadline="d1", phishing=False,
    url="https://yamanashi-i.jp/rs/news171120/",
    send="2017-11-20T15:00:00+09:00", target="2028-10-02",
    dates={"d1": "2017-12-19"},
    frm="山梨インターネット RSサポート <rs-support@yamanashi-i.jp>", to="jimu@fujimi-kai.example",
    subject="【メンテナンス】RSシリーズ 受信メールサーバー改善作業のお知らせ",
    body="""\
お客さま各位

RSシリーズのサーバーにおいて、下記の日程でメンテナンスを実施いたします。

[作業日時]
{d1|ja} 02:00~03:00
※作業後、同日12:00まで経過観察を行います。

[対象]
RSシリーズでメールをご利用のお客さま

[作業内容]
受信メールサーバーの改善メンテナンス

[影響範囲]
作業中は、POP方式で受信されている場合にメールサーバーへ接続できません。
また作業後、次の影響がございます。

1. 初回受信の遅延
サーバーに受信済みのメールが多く残っていると、作業後の最初の受信時に
情報を作り直すため時間がかかります。

2. 重複受信の可能性
同じ理由により、一度受信したメールをもう一度受信する場合があります。

いずれも、作業前にメールソフトの「サーバーにメッセージを残す」設定を
「残さない」にするか、一定期間後に削除する設定に見直していただくことで
軽減できます。IMAP方式の場合は影響ございません。

山梨インターネット RSサポート
"""))

N.append(dict(
    provider="ムームードメイン", lang="ja", label="action-required", deadline="exp", phishing=False,
    url="https://lala-clip.com/domain-server-koushin",
    send="2021-06-16T09:00:00+09:00", target="2028-10-25",
    dates={"exp": "2021-06-30"},
    frm="ムームードメイン <info@muumuu-domain.com>", to="hello@sakuragi-seitai.example",
    subject="【ムームードメイン】契約期間終了のお知らせ(sakuragi-seitai.example)",
    body="""\
ムームードメインをご利用いただき、ありがとうございます。

ご契約中の下記ドメインは、まもなく契約期間が終了いたします。

  ドメイン名: sakuragi-seitai.example
  契約期間終了日: {exp|jan}
  ムームーID: sakuragi-seitai

引き続きご利用になる場合は、契約期間終了日までに更新手続きを
お願いいたします。

■ 更新手続きの方法
コントロールパネルにログイン後、「ドメイン操作」>「更新手続き」から
対象ドメインを選び、お支払いを完了してください。

期間内にお手続きがない場合、ドメインが停止し、ホームページや
メールがご利用いただけなくなります。

次回から更新忘れを防ぐには、「自動更新設定」のご利用が便利です。

※本メールは契約期間終了のおよそ2週間前にお送りしています。
 すでにお手続き済みの場合は、行き違いをご容赦ください。

ムームードメイン
"""))

N.append(dict(
    provider="DigitalOcean", lang="en", label="action-required", deadline="off", phishing=False,
    url="https://github.com/StreisandEffect/streisand/issues/156",
    send="2015-04-30T14:00:00-04:00", target="2028-10-12",
    dates={"off": "2015-11-01"},
    frm="DigitalOcean <support@digitalocean.com>", to="sysops@lanternfield.example",
    subject="Sunsetting DigitalOcean's API v1",
    body="""\
Hi,

Version 2 of our API came out nearly a year ago and left beta last month.
Since then the community has moved to it quickly, and the ecosystem of
tools and libraries keeps growing. It is time to retire version 1.

We are not pulling the rug out from under anyone: API v1 will keep working
until {off|ordy}, when it will be turned off. Any scripts, tools or
integrations that still call v1 endpoints need to be ported to v2 before
that date.

Our records show that your account made v1 API requests in the last 30
days (account 305816942271).

API v2 is more RESTful and supports OAuth. The developer documentation
covers everything you need to switch, and you can ask questions on our
Community site.

Thanks,
The DigitalOcean Team
"""))

N.append(dict(
    provider="Mailchimp / Mandrill", lang="en", label="action-required", deadline="d1", phishing=False,
    url="https://github.com/rschreijer/lutung/issues/86",
    send="2018-02-14T12:30:00-05:00", target="2028-10-11",
    dates={"d1": "2018-05-31"},
    frm="Mailchimp <api-news@mailchimp.com>", to="devteam@copperbeech-shop.example",
    subject="TLS 1.0 and 1.1 deprecation on {d1|en}",
    body="""\
Hello,

On {d1|en} we will stop supporting TLS versions 1.0 and 1.1 on every
Mailchimp site, including the Mailchimp API and Mandrill. This improves
the security of data exchanged between you and us, whether you use a
browser, call the API directly or rely on an integration.

Security researchers keep testing the technologies that protect data in
transit, and older ones fall below an acceptable level over time. Attacks
such as POODLE and LOGJAM showed how quickly this changes, and we already
dropped SSL 3.0 and weak ciphers earlier. The PCI Security Standards
Council now also requires early TLS versions to be retired.

What you need to do:
- Make sure every application, library and server that talks to our API
  uses TLS 1.2.
- Test your connection against our TLS test endpoint before the date.
- After {d1|en}, connections that use TLS 1.0 or 1.1 will fail.

API key owner: copperbeech-shop (account 772014395826)

The Mailchimp Developer team
"""))

N.append(dict(
    provider="XREA", lang="ja", label="maintenance", deadline="d1", phishing=False,
    url="https://hasegawahiroshi.jp/2561",
    send="2012-01-27T17:30:00+09:00", target="2028-10-27",
    dates={"d1": "2012-03-06"},
    frm="XREA サポート <support@xrea.com>", to="hiroshi@hasekura-design.example",
    subject="【XREA】サーバー増強メンテナンス実施のお知らせ(s512.xrea.com)",
    body="""\
XREAをご利用のお客様へ

いつもXREAをご利用いただき、ありがとうございます。
ご利用中のサーバーで、回線速度およびメモリなどを大幅に増強する
メンテナンスを下記のとおり実施いたします。

■ 対象サーバー
s512.xrea.com

■ 実施日時
{d1|ja} 13:00~19:00
(新旧サーバーの移行は数時間から最大6時間程度を予定しております)

■ 影響
・サーバーの移行に伴い、IPアドレスが変更になります。
・作業中はホームページの閲覧およびメールの送受信が停止します。
・DNSの切り替えを並行して行うため、最長24時間程度、メールの
 送受信ができない状態が発生する場合がございます。

■ お願い
・重要なデータは事前にバックアップを取得してください。
・弊社以外のネームサーバーをご利用の場合は、作業後に新しい
 IPアドレスへの設定変更が必要です。

ご不便をおかけいたしますが、何卒よろしくお願い申し上げます。
XREA サポート
"""))

N.append(dict(
    provider="Railway", lang="en", label="abuse", deadline=None, phishing=False,
    url="https://github.com/railwayapp/templates/issues/161",
    send="2021-07-29T05:14:00+00:00", target="2028-10-19",
    frm="Railway <team@railway.app>", to="isuru.w@pinecrest-dev.example",
    subject="End of The Line",
    body="""\
End of The Line

Your account has been flagged for violations of the Railway Terms of
Service. The reason specified is "Crypto miner".

As a result your account has been banned: running deployments have been
stopped and you can no longer create projects or deploy.

If you believe this is an error, please reach out to us on our Discord
server with your account email and we will get you sorted.

Account: isuru.w@pinecrest-dev.example (project ID 7c1e4a90-52d8)

This process is automated, new and still evolving. Apologies for any
inconvenience.

Your friends at Railway
"""))

N.append(dict(
    provider="Heroku", lang="en", label="action-required", deadline="d1", phishing=False,
    url="https://github.com/dobromir-hristov/vuecommunity/pull/214",
    send="2022-11-20T16:45:00+00:00", target="2028-10-08",
    dates={"d1": "2022-11-28"},
    frm="Heroku <noreply@heroku.com>", to="maintainers@quilltracker.example",
    subject="[Action required] Upgrade your dynos before {d1|ordy}",
    html=True,
    body="""\
Hello,

Please move your dynos to a paid plan as soon as you can.

Starting {d1|ordy}, free dynos will no longer be available. Free
Heroku Postgres and free Heroku Data for Redis plans end on the same date.

Apps on your account that still use free resources:
- quill-tracker (web dyno, Heroku Postgres hobby-dev)
- quill-tracker-staging (web dyno)

To keep these apps running and keep your data, subscribe to Eco dynos or
upgrade to another paid plan before that date. Apps left on free plans
will be shut down, and free databases will be deleted.

Manage your plans: https://dashboard.heroku.com/account/billing
Questions: see the FAQ on the removal of Heroku free product plans.

Thank you,
The Heroku Team
"""))

N.append(dict(
    provider="Appwrite", lang="en", label="pricing", deadline="d0", phishing=False,
    url="https://github.com/appwrite/website/pull/1536",
    send="2024-12-01T09:00:00+00:00", target="2028-10-29",
    frm="Appwrite <team@appwrite.io>", to="owner@tidewater-games.example",
    subject="Changes to Free plan bandwidth limits",
    html=True,
    body="""\
Hi,

As of today, {d0|en}, the bandwidth included in the Appwrite Free plan
goes down from 10GB to 5GB per month.

We are making this change to keep the platform sustainable and fast for
everyone. The Free plan remains meant for projects in development and for
hobby projects, which usually use well under 5GB of bandwidth.

Your organization Tidewater Games used 3.2GB last month, so it is within
the new limit.

If you expect more traffic, the Pro plan includes more bandwidth. Our blog
post on optimizing Appwrite projects for cost and performance has tips for
reducing usage.

Questions? Write to pricing@appwrite.io.

The Appwrite team
"""))

N.append(dict(
    provider="GitHub", lang="en", label="informational", deadline=None, phishing=False,
    url="https://github.com/github/site-policy/pull/198",
    send="2019-11-13T22:30:00+00:00", target="2028-10-25",
    dates={"eff": "2019-12-20"},
    frm="GitHub <noreply@github.com>", to="amara.okafor@beaconhill.example",
    subject="Updates to GitHub's Privacy Statement",
    body="""\
Hi amara-okafor,

We regularly update our policies as our products change, as laws change,
and in response to your feedback. We have proposed updates to the GitHub
Privacy Statement and want to let you know about them.

What is changing:
- New language to prepare for the California Consumer Privacy Act (CCPA),
  which comes into force in January.
- Some sections have been reorganized so the statement reads more easily.
- Other edits reflect our growing focus on the security of the platform.

The proposed text is open in our site-policy repository for a 30-day
notice and comment period. The updates take effect on {eff|en} at 5 pm PT.

You do not need to do anything. If you keep using GitHub after that date,
the updated Privacy Statement will apply.

Thanks,
The GitHub Team
"""))

N.append(dict(
    provider="ロリポップ!", lang="ja", label="billing", deadline="d1", phishing=False,
    url="https://support.server.lolipop.jp/hc/ja/articles/30759873549203",
    send="2025-09-10T08:05:00+09:00", target="2028-10-18",
    dates={"d1": "2025-09-20"},
    frm="ロリポップ! <info@lolipop.jp>", to="shop@umineko-zakka.example",
    subject="【重要】定期決済の失敗に関するお知らせ",
    body="""\
ロリポップ!をご利用いただき、ありがとうございます。

本日{d0|ja}に実行した定期決済が、ご登録の決済手段では
完了いたしませんでした。

  対象サーバー: umineko-zakka.example(ハイスピードプラン)
  ご請求額: 6,600円(税込)

■ 継続してご利用になる場合
定期決済日から10日間({d1|ja}まで)は、コントロールパネルの対象サーバー
「お支払い」から再決済が可能です。
1. 決済手段を登録または変更する
2. 「最近の決済」欄の[再決済]をクリックする
3. 表示された画面で[決済]をクリックする
4. 「再決済が完了しました」と表示されれば完了です

■ ご注意
・再決済可能な期間を過ぎると強制的に解約となり、サーバー上のデータは
 すべて削除されます。
・定期決済日より後に再決済されても、利用期間は延長されません。

ロリポップ! カスタマーサービス
"""))


# ---------------------------------------------------------------------------

def shifted(n):
    send = dt.datetime.fromisoformat(n["send"])
    target = dt.date.fromisoformat(n["target"])
    delta = target - send.date()
    if delta.days % 7:
        raise SystemExit("weekday not kept for %s" % n["url"])
    dates = {"d0": target}
    for k, v in n.get("dates", {}).items():
        dates[k] = dt.date.fromisoformat(v) + delta
    return send + delta, dates


def render(text, dates):
    def repl(m):
        return fmt(dates[m.group(1)], m.group(2))
    return re.sub(r"\{(\w+)\|(\w+)\}", repl, text)


def to_html(text, lang):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = []
        for line in para.split("\n"):
            esc = html.escape(line)
            esc = re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', esc)
            lines.append(esc)
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"></head>\n'
            '<body style="font-family:sans-serif">\n%s\n</body></html>\n') % (lang, "\n".join(out))


def msgid(i, n):
    h = hashlib.sha1(("%s-%d-%s" % (NAME, i, n["url"])).encode()).hexdigest()
    dom = n["frm"].rsplit("@", 1)[1].rstrip(">")
    return "<%s.%s@%s>" % (h[:16], h[16:28], dom)


def build():
    built = []
    for i, n in enumerate(N, 1):
        send, dates = shifted(n)
        subject = render(n["subject"], dates)
        body = render(n["body"], dates)
        if not body.endswith("\n"):
            body += "\n"
        if n["deadline"] is None:
            deadline = "none"
        else:
            deadline = dates[n["deadline"]].isoformat()
        m = EmailMessage(policy=email.policy.default)
        m["From"] = n["frm"]
        m["To"] = n["to"]
        m["Subject"] = subject
        m["Date"] = email.utils.format_datetime(send)
        m["Message-ID"] = msgid(i, n)
        m["X-Training-Label"] = n["label"]
        m["X-Training-Deadline"] = deadline
        if n["phishing"]:
            m["X-Training-Phishing"] = "yes"
        if n["lang"] in ("ja",):
            cte = "base64"
        elif all(ord(c) < 128 for c in body):
            cte = "7bit"
        else:
            cte = "quoted-printable"
        m.set_content(body, subtype="plain", charset="utf-8", cte=cte)
        if n.get("html"):
            m.add_alternative(to_html(body, n["lang"]), subtype="html", charset="utf-8",
                              cte="base64" if n["lang"] == "ja" else "quoted-printable")
            h = hashlib.sha1(("boundary-%s-%d" % (NAME, i)).encode()).hexdigest()
            m.set_boundary("=_%s_%s" % (NAME, h[:24]))
        built.append(dict(n=n, i=i, msg=m, send=send, subject=subject, body=body,
                          deadline=deadline))
    return built


def write_mbox(built):
    with open(MBOX, "wb") as fp:
        for b in built:
            addr = email.utils.parseaddr(b["n"]["frm"])[1]
            fp.write(("From %s %s\n" % (addr, b["send"].strftime("%a %b %d %H:%M:%S %Y"))).encode())
            buf = io.BytesIO()
            BytesGenerator(buf, mangle_from_=True, policy=email.policy.default).flatten(b["msg"])
            data = buf.getvalue()
            head, sep, rest = data.partition(b"\n\n")
            # CPython folds some long ASCII headers as "Name:\n value", which reads
            # back with a leading space; join such a first fold (line stays < 998).
            head = re.sub(rb"(?m)^([A-Za-z-]+):\n ", rb"\1: ", head)
            data = head + sep + rest
            if not data.endswith(b"\n"):
                data += b"\n"
            fp.write(data)
            fp.write(b"\n")


def plain_part(msg):
    part = msg.get_body(preferencelist=("plain",))
    return part


def check(built):
    problems = []
    box = mailbox.mbox(MBOX, factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default),
                       create=False)
    msgs = list(box)
    if len(msgs) != len(built) or len(built) != 36:
        problems.append("expected 36 messages, read %d (built %d)" % (len(msgs), len(built)))
    for b, m in zip(built, msgs):
        tag = "#%d" % b["i"]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append("%s missing header %s" % (tag, h))
        if str(m["Subject"]) != b["subject"]:
            problems.append("%s subject differs" % tag)
        label = str(m["X-Training-Label"])
        if label not in LABELS or label != b["n"]["label"]:
            problems.append("%s bad label %r" % (tag, label))
        dl = str(m["X-Training-Deadline"])
        if dl != b["deadline"]:
            problems.append("%s deadline differs" % tag)
        hdate = email.utils.parsedate_to_datetime(str(m["Date"]))
        if hdate != b["send"]:
            problems.append("%s date differs" % tag)
        if (hdate.year, hdate.month) != MONTH:
            problems.append("%s not in target month" % tag)
        if dl != "none":
            try:
                d = dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("%s deadline not a date" % tag)
            else:
                if d < hdate.date():
                    problems.append("%s deadline before Date" % tag)
        ph = m["X-Training-Phishing"]
        if b["n"]["phishing"] != (ph is not None and str(ph) == "yes"):
            problems.append("%s phishing header wrong" % tag)
        part = plain_part(m)
        if part is None:
            problems.append("%s no text/plain part" % tag)
            continue
        got = part.get_content()
        exp = b["body"]
        if part["Content-Transfer-Encoding"] and str(part["Content-Transfer-Encoding"]).lower() != "base64":
            exp = re.sub(r"(?m)^From ", ">From ", exp)
        if got.rstrip("\n") != exp.rstrip("\n"):
            problems.append("%s body differs" % tag)
        nlines = len(b["body"].rstrip("\n").split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("%s body has %d lines" % (tag, nlines))
        raw = m.as_bytes(policy=email.policy.default.clone(utf8=False))
        head = raw.split(b"\n\n", 1)[0]
        if any(c > 127 for c in head):
            problems.append("%s non-ASCII bytes in headers" % tag)
        if b["n"]["lang"] == "ja" and str(part["Content-Transfer-Encoding"]).lower() != "base64":
            problems.append("%s Japanese body not base64" % tag)
    # mix
    counts = {}
    for b in built:
        key = "phishing" if b["n"]["phishing"] else b["n"]["label"]
        counts[key] = counts.get(key, 0) + 1
    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    need = [("critical", crit, 11), ("action-required", counts.get("action-required", 0), 6),
            ("maintenance", counts.get("maintenance", 0), 3), ("pricing", counts.get("pricing", 0), 2),
            ("billing", counts.get("billing", 0), 2), ("informational", counts.get("informational", 0), 3),
            ("security-advisory", counts.get("security-advisory", 0), 1)]
    for name, have, want in need:
        if have < want:
            problems.append("mix: %s %d < %d" % (name, have, want))
    if counts.get("phishing", 0) != 3:
        problems.append("mix: phishing must be exactly 3")
    ja = sum(1 for b in built if b["n"]["lang"] == "ja")
    defr = sum(1 for b in built if b["n"]["lang"] in ("de", "fr"))
    if ja < 6:
        problems.append("mix: only %d Japanese notices" % ja)
    if defr < 3:
        problems.append("mix: only %d German/French notices" % defr)
    urls = [b["n"]["url"] for b in built]
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URL")
    return problems, counts


def write_readme(built, counts):
    lines = []
    lines.append("# Batch %s: labelled cloud / hosting provider notices (October 2028)\n" % NAME)
    lines.append("`set-%s.mbox` holds 36 e-mail notices (mboxo) written by `set_%s.py` for a blind "
                 "validation of a notice classifier. Each notice follows one public original (URL below), "
                 "rewritten in new words, with invented names, ids, `.example` customer domains and "
                 "documentation IP ranges, and moved into October 2028 by a whole-week offset that keeps "
                 "weekdays and the intervals between dates. Labels are in `X-Training-Label`, "
                 "`X-Training-Deadline` and `X-Training-Phishing` (phishing only).\n" % (NAME, NAME))
    lines.append("Mix: smaller hosts, SaaS and developer platforms, Japanese shared hosts, "
                 "with German and French notices and three phishing mails.\n")
    lines.append("## Counts\n")
    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    for k in ["abuse", "security-incident", "action-required", "maintenance", "pricing", "billing",
              "informational", "security-advisory", "phishing"]:
        lines.append("- %s: %d" % (k, counts.get(k, 0)))
    lines.append("- critical (abuse + security-incident, without phishing): %d" % crit)
    langs = {}
    for b in built:
        langs[b["n"]["lang"]] = langs.get(b["n"]["lang"], 0) + 1
    lines.append("- languages: " + ", ".join("%s %d" % (k, langs[k]) for k in sorted(langs)))
    lines.append("")
    provs = sorted(set(b["n"]["provider"] for b in built))
    lines.append("## Providers\n")
    lines.append(", ".join(provs) + "\n")
    lines.append("## Notices\n")
    lines.append("| # | label | deadline | provider | phishing | language | original URL |")
    lines.append("|---|---|---|---|---|---|---|")
    for b in built:
        n = b["n"]
        lines.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            b["i"], n["label"], b["deadline"], n["provider"], "yes" if n["phishing"] else "no",
            n["lang"], n["url"]))
    lines.append("")
    with open(README, "w", encoding="utf-8") as fp:
        fp.write("\n".join(lines))
    with open(USED, "w", encoding="utf-8") as fp:
        for b in built:
            fp.write(b["n"]["url"] + "\n")


def main():
    built = build()
    write_mbox(built)
    problems, counts = check(built)
    write_readme(built, counts)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
