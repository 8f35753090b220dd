#!/usr/bin/env python3
"""Blind validation batch g50: 36 labelled provider notices, January 2029.

Writes set-g50.mbox, README.md and used-sources.txt next to this script,
re-reads the mbox and checks it. Standard library only, deterministic.
Exit status 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import email
import email.utils
import os
import re
import sys
from email import policy
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

NAME = "g50"
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
README = os.path.join(HERE, "README.md")
USED = os.path.join(HERE, "used-sources.txt")

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

# ---------------------------------------------------------------- notice data
# Notice data for batch g50 (January 2029).
NOTICES = []


def add(**kw):
    kw.setdefault("format", "plain")
    NOTICES.append(kw)


# ---------------------------------------------------------------- 1 abuse
add(n=1, label="abuse", deadline="2029-01-09", provider="GitHub", lang="en",
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-885.eml",

    **{"from": ("GitHub", "support@githubsupport.com"),
       "to": ("Haruto Sasaki", "h.sasaki@tidewater-labs.example"),
       "reply_to": ("GitHub", "support@githubsupport.com")},
    subject="[GitHub Support] - A note from GitHub about private information in your repository",
    date="Thu, 04 Jan 2029 16:49:06 +0000",
    msgid="<7KQ2M4P9XRD.g50-01@githubsupport.com>",
    format="alt",
    body="""## Please do not write below this line ##
----------------------------------------------
GitHub Trust & Safety, Jan 4, 2029, 4:49 PM UTC

Hello,

I'm contacting you for the GitHub Trust & Safety team. We were told that one of
your repositories publishes a person's private information without their consent.
These are the lines named in the report:

> https://github.com/hsasaki-lab/mailtrap-archive/blob/main/samples/msg_0117.eml#L88 (line 88)
https://github.com/hsasaki-lab/mailtrap-archive/blob/main/samples/msg_0342.eml#L151 (line 151)
https://github.com/hsasaki-lab/mailtrap-archive/blob/main/samples/msg_0509.eml#L64 (line 64)

To take the content down for good, please work through this article:
[Removing sensitive data from a repository](https://docs.github.com/articles/remove-sensitive-data)

***Follow those steps with care: deleting the files in a new commit leaves the data in the repository history.***

Another option is to turn the repository private, as described here:
[Setting repository visibility](https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/managing-repository-settings/setting-repository-visibility)

If nothing has changed within 3 business days, we will go on with our review of the report,
and at that point we may have to disable the repository to protect the person whose data
was posted, as our Acceptable Use Policies allow.

If anything about this notice is unclear, or you disagree with it, please tell us as soon as you can.

Regards,
GitHub Trust & Safety
--------------------------------
This email is a service from GitHub Support.
[7KQ2M4-P9XRD]
""",
    html="""<div style="color:#b5b5b5">## Please do not write below this line ##</div>
<p>GitHub Trust &amp; Safety, Jan 4, 2029, 4:49 PM UTC</p>
<p>Hello,</p>
<p>I'm contacting you for the GitHub Trust &amp; Safety team. We were told that one of
your repositories publishes a person's private information without their consent.
These are the lines named in the report:</p>
<blockquote>https://github.com/hsasaki-lab/mailtrap-archive/blob/main/samples/msg_0117.eml#L88 (line 88)<br>
https://github.com/hsasaki-lab/mailtrap-archive/blob/main/samples/msg_0342.eml#L151 (line 151)<br>
https://github.com/hsasaki-lab/mailtrap-archive/blob/main/samples/msg_0509.eml#L64 (line 64)</blockquote>
<p>To take the content down for good, please work through this article:
<a href="https://docs.github.com/articles/remove-sensitive-data">Removing sensitive data from a repository</a></p>
<p><strong><em>Follow those steps with care: deleting the files in a new commit leaves the data in the repository history.</em></strong></p>
<p>Another option is to turn the repository private:
<a href="https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/managing-repository-settings/setting-repository-visibility">Setting repository visibility</a></p>
<p>If nothing has changed within 3 business days, we will go on with our review of the report,
and at that point we may have to disable the repository to protect the person whose data
was posted, as our Acceptable Use Policies allow.</p>
<p>If anything about this notice is unclear, or you disagree with it, please tell us as soon as you can.</p>
<p>Regards,<br>GitHub Trust &amp; Safety</p>
<p style="color:#999">This email is a service from GitHub Support. [7KQ2M4-P9XRD]</p>
""")

# ---------------------------------------------------------------- 2 abuse
add(n=2, label="abuse", deadline="2029-01-17", provider="GitHub", lang="en",
    url="https://github.com/github/dmca/blob/master/2025/01/2025-01-07-emotas-embedded-communication.md",
    **{"from": ("GitHub Trust & Safety", "support@githubsupport.com"),
       "to": ("Kai Vossberg", "kai.vossberg@brightcell-energy.example")},
    subject="[GitHub] DMCA Takedown Notice - kvossberg/bms-mainboard",
    date="Tue, 16 Jan 2029 15:22:41 +0000",
    msgid="<dmca-3318842.g50-02@githubsupport.com>",
    body="""Hi @kvossberg,

We are writing because GitHub received a takedown notice under the Digital
Millennium Copyright Act (DMCA) about content in your repository
kvossberg/bms-mainboard.

The sender says they own and license a commercial CANopen protocol stack and
bootloader. Their licensees get the source code but may not publish it, and the
notice states that these folders contain that licensed code:

  https://github.com/kvossberg/bms-mainboard/tree/master/codrv
  https://github.com/kvossberg/bms-mainboard/tree/master/colib

Asked what would resolve the matter, the sender answered that the repository
could be made private.

You have 1 business day to make the changes, either by removing the two folders
(and their history) or by changing the repository's visibility to private. When
you are done, reply to this message so we can check. If the content is still
public after that time, we will disable the repository. Several forks named in
the notice are being handled separately with their owners.

If you think the notice was sent in error or the material is used lawfully, you
can file a counter notice:
https://docs.github.com/articles/guide-to-submitting-a-dmca-counter-notice

Please seek legal advice if you are unsure about your rights. A redacted copy of
the notice will be published in https://github.com/github/dmca.

Thanks,
GitHub Trust & Safety
""")

# ---------------------------------------------------------------- 3 abuse (npm)
add(n=3, label="abuse", deadline="2029-01-26", provider="GitHub (npm)", lang="en",
    url="https://github.com/github/dmca/blob/master/2024/02/2024-02-22-fonticons-npm.md",
    **{"from": ("npm Support", "support@npmjs.com"),
       "to": ("Amrit Gokhale", "amrit.g@pixelforge-studio.example")},
    subject="DMCA takedown notice for your npm package iconkit-6-premium",
    date="Thu, 25 Jan 2029 19:03:12 +0000",
    msgid="<npm-dmca-2290417.g50-03@npmjs.com>",
    body="""Hello,

GitHub, which runs the npm registry, has received a DMCA takedown notice naming
a package you publish:

  https://www.npmjs.com/package/iconkit-6-premium

The complaint comes from the maker of a commercial icon toolkit. It says the
package ships the paid "premium" edition of that toolkit, which customers can
only download after buying a licence and signing in, and that the license file
was copied over unchanged. The same notice also covers your GitHub repository
agamble-dev/IconKitPremium, which holds the same files.

Before we disable anything, we want to give you the chance to act yourself.
Please unpublish the package within 1 business day:

  npm unpublish iconkit-6-premium --force

Instructions: https://docs.npmjs.com/unpublishing-packages-from-the-registry

If the package is still available after that, we will remove it from the registry
and disable the linked repository.

If you believe the package was reported by mistake, you may send a DMCA counter
notice: https://docs.github.com/en/articles/guide-to-submitting-a-dmca-counter-notice
A counter notice is a legal document, so you may want to consult a lawyer first.

Regards,
npm Support
GitHub, Inc.
""")

# ---------------------------------------------------------------- 4 abuse (disabled)
add(n=4, label="abuse", deadline="none", provider="GitHub", lang="en",
    url="https://github.com/github/dmca/blob/master/2024/09/2024-09-04-dnsresolver.md",
    **{"from": ("GitHub Trust & Safety", "support@githubsupport.com"),
       "to": ("Rohan Khatri", "rohan.khatri@mailbox-north.example")},
    subject="DMCA Takedown Notification",
    date="Wed, 10 Jan 2029 21:47:30 +0000",
    msgid="<dmca-3309175.g50-04@githubsupport.com>",
    body="""Hello,

GitHub has received a DMCA takedown notice concerning your repository:

  https://github.com/rkhatri-dev/resolv-lite

The person who filed the notice says the project is a copy of their own DNS
resolver, and that its commit dates were rewritten so that the work looks older
than theirs. They asked for the entire repository to be taken down.

Because the notice gives no way to fix the problem other than removal, we have
disabled public access to the repository. It is no longer visible to anyone
else, and its forks were not part of the notice.

If you believe the material was taken down by mistake or misidentified, you may
submit a counter notice. Please read our guide first:
https://docs.github.com/articles/guide-to-submitting-a-dmca-counter-notice

Please keep in mind that accounts that repeatedly infringe copyright can be
suspended under our DMCA Takedown Policy. A redacted copy of the notice will
appear in the public github/dmca repository.

Regards,
GitHub Trust & Safety
""")

# ---------------------------------------------------------------- 5 security-incident
add(n=5, label="security-incident", deadline="none", provider="CircleCI", lang="en",
    url="https://circleci.com/blog/jan-4-2023-incident-report/",
    **{"from": ("CircleCI", "security@circleci.com"),
       "to": ("Platform Team", "platform@wavecrest-analytics.example")},
    subject="CircleCI incident report for January 3, 2029 security incident",
    date="Fri, 12 Jan 2029 23:14:02 +0000",
    msgid="<incident-20290112.g50-05@circleci.com>",
    body="""Hello,

On January 3 we asked every customer to rotate the secrets stored in CircleCI.
Our investigation has now established how the intrusion happened and what it
reached, and this report is part of our commitment to share it with you.

What happened
- December 15, 2028: malware on one engineer's laptop stole a valid SSO session
  that had passed two-factor authentication. Our antivirus did not catch it.
- December 18: using that session, the attacker began reconnaissance inside a
  subset of our production systems.
- December 21: data was exfiltrated, including customer environment variables,
  tokens and keys for third-party systems. The data was encrypted at rest, but
  the attacker took the encryption keys from a running process, so the data
  should be treated as readable.
- December 28: a customer told us about suspicious GitHub OAuth activity, which
  started our investigation.

What we did
- Rotated all GitHub OAuth tokens on your behalf and revoked project and
  personal API tokens created before January 3.
- Worked with Atlassian and our other partners to revoke Bitbucket tokens and
  other credentials that may have been exposed.

What you should do
- If you have not done it yet, rotate every secret stored in CircleCI: project
  environment variables, contexts, SSH and deploy keys.
- Review your own logs for unauthorized access between December 20, 2028 and
  January 3, 2029, the window in which stolen data could have been used.

We are sorry for the trouble this causes. Questions: support.circleci.com.

The CircleCI Security Team
""")

# ---------------------------------------------------------------- 6 security-incident
add(n=6, label="security-incident", deadline="none", provider="Linode", lang="en",
    url="http://blog.linode.com/2013/04/16/security-incident-update/",
    **{"from": ("Linode", "support@linode.com"),
       "to": ("Stefan Moreau", "stefan@orchardgate.example")},
    subject="Security incident update",
    date="Tue, 02 Jan 2029 21:05:44 +0000",
    msgid="<secupdate-20290102.g50-06@linode.com>",
    body="""Hello,

We are writing with an update on the suspicious activity we began
investigating on Friday, December 29.

Our investigation found that attackers got into parts of our web
infrastructure through a previously unknown flaw in a third-party web
application framework used by the Linode Manager. We have removed the
affected component and rebuilt the servers involved.

What this means for your account:
- Card numbers in our database are stored encrypted with public-key
  cryptography. The private key is protected by a passphrase that is
  never stored on our systems, and we have no sign that it was obtained.
- Linode Manager passwords are stored only as salted, repeatedly hashed
  values. Even so, as a precaution we have expired all Manager passwords.
  You will be asked to choose a new one the next time you log in.
- We recommend turning on two-factor authentication for your Manager
  login and replacing any API keys you use with new ones.

We apologize for this incident and for the inconvenience of the reset.
Please open a support ticket if you have questions about your account.

The Linode Team
""")

# ---------------------------------------------------------------- 7 security-incident (de)
add(n=7, label="security-incident", deadline="none", provider="Okta", lang="de",
    url="https://www.okta.com/blog/2022/03/oktas-investigation-of-the-january-2022-compromise/",
    **{"from": ("Okta Security", "security-notice@okta.com"),
       "to": ("IT-Sicherheit", "it-sicherheit@rheinmark-logistik.example")},
    subject="Wichtige Sicherheitsinformation zu Ihrem Okta-Tenant",
    date="Tue, 23 Jan 2029 17:30:00 +0000",
    msgid="<sec-notice-20290123.g50-07@okta.com>",
    body="""Sehr geehrte Kundin, sehr geehrter Kunde,

wir haben unsere Untersuchung zum Sicherheitsvorfall bei einem externen
Support-Dienstleister abgeschlossen und möchten Sie direkt informieren.

Was ist passiert?
Zwischen dem 19. und dem 24. November 2028 hatte ein Angreifer Fernzugriff
auf den Arbeitsrechner eines Support-Mitarbeiters dieses Dienstleisters.
Am 23. November bemerkte unser Sicherheitsteam den Versuch, dem Okta-Konto
dieses Mitarbeiters einen neuen MFA-Faktor hinzuzufügen, und sperrte das Konto.

Was bedeutet das für Sie?
Support-Mitarbeiter können Passwörter und MFA-Faktoren zurücksetzen und
Tenant-Daten einsehen. Sie können keine Datenbanken herunterladen und keine
Benutzer anlegen oder löschen. Ihr Tenant (rheinmark.okta.example) gehört zu
den rund 370 Tenants, auf die der Angreifer in diesem Zeitraum über das
Support-Werkzeug hätte zugreifen können.

Was wir unternehmen
Im Anhang finden Sie einen Bericht mit allen Aktionen, die der betroffene
Support-Zugang in Ihrem Tenant in diesem Zeitraum ausgeführt hat.

Was wir Ihnen empfehlen
Bitte gleichen Sie den Bericht mit Ihrem System Log ab und setzen Sie
Passwörter und MFA-Faktoren von Administratoren zurück, falls Sie
Auffälligkeiten feststellen.

Wir bedauern diesen Vorfall sehr. Bei Fragen wenden Sie sich bitte an
Ihren Okta-Ansprechpartner oder an den Okta Support.

Ihr Okta Security Team
""")

# ---------------------------------------------------------------- 8 security-incident (ja)
add(n=8, label="security-incident", deadline="none", provider="Cloudflare", lang="ja",
    url="https://web.archive.org/web/20211029020126/https://blog.cloudflare.com/incident-report-on-memory-leak-caused-by-cloudflare-parser-bug/",
    **{"from": ("Cloudflare", "noreply@notify.cloudflare.com"),
       "to": ("佐藤 美咲", "m.sato@hanamizuki-shop.example")},
    subject="【重要】Cloudflare パーサーの不具合によるメモリ漏えいについて",
    date="Thu, 11 Jan 2029 22:41:09 +0000",
    msgid="<incident-20290111-jp.g50-08@notify.cloudflare.com>",
    body="""Cloudflare をご利用いただいているお客様へ

2029年1月5日（金）、Google Project Zero の研究者から、Cloudflare のエッジ
サーバーが一部の応答に初期化されていないメモリの内容を含めているとの報告が
ありました。調査の結果、HTML パーサーの不具合が原因であることを確認し、
報告から1時間以内に問題の機能を無効化し、その後修正を完了しました。

■ 影響の概要
・影響期間：2028年8月10日～2029年1月6日（最も多く発生したのは1月1日～6日）
・関係した機能：メールアドレスの難読化、Server-side Excludes、
  Automatic HTTPS Rewrites
・漏えいした可能性のある情報：HTTP Cookie、認証トークン、POST リクエストの
  本文など、他のお客様のサイトを経由した通信の一部
・一部のデータは検索エンジンのキャッシュに保存されていました

■ お客様への影響
検索エンジン各社と協力してキャッシュの削除を進める過程で、お客様のドメイン
hanamizuki-shop.example を経由した通信のデータが含まれていることを確認しました。

■ 推奨する対応
・利用者のセッションを無効化し、再ログインを求めてください
・API キーや認証トークンなど、通信に含まれていた可能性のある秘密情報を
  再発行してください

ご迷惑をおかけしたことを深くお詫び申し上げます。
ご不明な点は Cloudflare サポートまでお問い合わせください。

Cloudflare, Inc.
""")

# ---------------------------------------------------------------- 9 security-incident
add(n=9, label="security-incident", deadline="none", provider="GitHub", lang="en",
    url="https://github.blog/2022-04-15-security-alert-stolen-oauth-user-tokens/",
    **{"from": ("GitHub", "noreply@github.com"),
       "to": ("Marta Kowalczyk", "marta.k@lindenbrook-systems.example")},
    subject="[GitHub] Security alert: stolen third-party OAuth token used on your account",
    date="Fri, 19 Jan 2029 20:12:55 +0000",
    msgid="<security-alert-20290119.g50-09@github.com>",
    body="""Hi @mkowalczyk,

On January 16, GitHub Security started investigating unauthorized access to
private repositories on GitHub.com. The attacker used OAuth user tokens that had
been issued to two third-party integrators, Heroku and Travis CI, and stolen from
them. GitHub's own systems were not breached and the tokens were not taken from
GitHub.

Our analysis shows that a token you authorized for one of these integrations was
used against your account:

  - Integration: Heroku Dashboard
  - Activity: listed your organizations and cloned these private repositories:
      lindenbrook/billing-service
      lindenbrook/infra-terraform
  - Last use by the attacker: January 17, 2029 from 203.0.113.47

The integrators have revoked the affected tokens. We recommend that you:

  1. Review the OAuth applications you have authorized and revoke the ones you
     no longer use: https://github.com/settings/applications
  2. Check your security log and your organizations' audit logs for activity
     you do not recognize.
  3. Rotate any credentials or keys that were stored in the cloned repositories.

We will update our blog post as the investigation continues.

Thanks,
The GitHub Security Team
""")

# ---------------------------------------------------------------- 10 security-incident
add(n=10, label="security-incident", deadline="none", provider="LastPass", lang="en",
    url="https://blog.lastpass.com/2022/12/notice-of-recent-security-incident/",
    **{"from": ("LastPass", "no-reply@lastpass.com"),
       "to": ("Nadia Fernandes", "nadia.fernandes@quillstone.example")},
    subject="Notice of Recent Security Incident",
    date="Thu, 18 Jan 2029 21:30:00 +0000",
    msgid="<notice-20290118.g50-10@lastpass.com>",
    body="""Dear LastPass customer,

In September we told you about a security incident in our development
environment. Our investigation has since found that an unauthorized party used
information taken in that incident to target one of our employees and obtain
credentials and keys for a cloud storage service we use for backups.

With that access, the attacker copied:
- basic account information: company names, end-user names, billing addresses,
  email addresses, telephone numbers and the IP addresses used to reach our service;
- a backup of customer vault data. Website URLs in the vault are not encrypted.
  Usernames, passwords, secure notes and form-fill data are encrypted with a key
  derived from your master password, which we never know or store.

Payment card numbers were not in the copied storage.

What you should do:
- If your master password follows our default settings and is not reused
  elsewhere, guessing it would take an enormous effort.
- If your master password is weak or used on other sites, change the passwords
  of the websites stored in your vault, starting with the most important ones.
- Be wary of emails, calls or texts that claim to be from LastPass. We will never
  ask for your master password.

We are sorry for this incident and will keep you informed.

The LastPass Team
""")

# ---------------------------------------------------------------- 11 security-incident
add(n=11, label="security-incident", deadline="none", provider="Travis CI", lang="en",
    url="https://travis-ci.community/t/security-bulletin/12081",
    **{"from": ("Travis CI", "support@travis-ci.com"),
       "to": ("Build Admins", "build-admins@kestrelworks.example")},
    subject="Security Bulletin",
    date="Mon, 08 Jan 2029 18:20:13 +0000",
    msgid="<bulletin-20290108.g50-11@travis-ci.com>",
    body="""Dear Travis CI user,

Between December 29, 2028 and January 5, 2029, a defect in our build system
could expose secret environment variables of public repositories to builds
started from forked pull requests. Builds of forks are never supposed to receive
these values.

The defect has been fixed and fork builds once again run without access to
secrets.

Because we cannot rule out that your secrets were read during that period, we
strongly recommend that you rotate all secrets stored in the settings of your
public repositories on Travis CI, such as API tokens, deployment keys, signing
keys and passwords, and replace them with new values in your repository
settings.

Our documentation describes how to manage encrypted variables:
https://docs.travis-ci.com/user/environment-variables/

We apologize for this issue. If you have questions, please contact
support@travis-ci.com.

The Travis CI Team
""")

# ---------------------------------------------------------------- 12 security-incident (ja)
add(n=12, label="security-incident", deadline="none", provider="GitHub", lang="ja",
    url="https://docs.github.com/ja/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation",
    **{"from": ("GitHub", "noreply@github.com"),
       "to": ("山本 健太", "k.yamamoto@shirakaba-dev.example")},
    subject="[GitHub] 公開リポジトリで見つかった personal access token を取り消しました",
    date="Wed, 17 Jan 2029 02:18:37 +0000",
    msgid="<token-revoked-20290117.g50-12@github.com>",
    body="""@kyamamoto-sk さん

GitHub は、あなたのアカウントで作成された personal access token (classic)
「deploy-bot-2028」が公開リポジトリにコミットされていることを検出しました。

  リポジトリ: kyamamoto-sk/infra-scripts
  コミット:   4e1c9a2
  ファイル:   scripts/.env.production

第三者による悪用を防ぐため、このトークンは自動的に取り消されました。
このトークンを使っているスクリプトや連携サービスは、今後認証に失敗します。

次の対応をお勧めします。
・新しいトークンを作成し、リポジトリには保存せず、シークレットとして管理する
・コミット履歴からトークンを含むファイルを削除する
・セキュリティログを確認し、心当たりのない操作がないか確かめる

トークンが取り消される条件については、次のドキュメントをご覧ください。
https://docs.github.com/ja/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation

GitHub
""")

# ---------------------------------------------------------------- 13 action-required (fr)
add(n=13, label="action-required", deadline="2029-03-02", provider="Clever Cloud", lang="fr",
    url="https://github.com/CleverCloud/documentation/blob/main/content/changelog/2024/06-28-new-ip-list-paris.md",
    **{"from": ("Clever Cloud", "noreply@clever-cloud.com"),
       "to": ("Camille Roussel", "camille.roussel@atelier-vigne.example")},
    subject="Mise à jour de la liste des IP de la zone Paris (PAR)",
    date="Fri, 05 Jan 2029 10:12:00 +0100",
    msgid="<changelog-par-ip-20290105.g50-13@clever-cloud.com>",
    body="""Bonjour,

Notre réseau évolue : la liste des adresses IP de la zone Paris (PAR) a été
mise à jour. Si vos domaines pointent vers nous avec des enregistrements A,
ajoutez les 4 nouvelles adresses 192.0.2.220 à 192.0.2.223.

Nous vous recommandons vivement d'utiliser plutôt un enregistrement CNAME :

  {votre-sous-domaine} 10800 IN CNAME domain.par.clever-cloud.com.

Si un CNAME n'est pas possible, utilisez ces enregistrements A :

  @ 10800 IN A 192.0.2.214    @ 10800 IN A 192.0.2.218
  @ 10800 IN A 192.0.2.215    @ 10800 IN A 192.0.2.220
  @ 10800 IN A 192.0.2.216    @ 10800 IN A 192.0.2.221
  @ 10800 IN A 192.0.2.217    @ 10800 IN A 192.0.2.222
                              @ 10800 IN A 192.0.2.223

Quatre adresses vont être retirées. Vous devez cesser de les utiliser d'ici
le 2 mars 2029 : 198.51.100.103, 198.51.100.104, 203.0.113.108 et 203.0.113.109.
Passé cette date, elles ne répondront plus aux requêtes.

Les valeurs à jour figurent dans la section « Noms de domaine » de votre
application dans la Console. Pour toute question, notre support est à votre
disposition.

L'équipe Clever Cloud
""")

# ---------------------------------------------------------------- 14 action-required (fr)
add(n=14, label="action-required", deadline="2029-02-28", provider="Clever Cloud", lang="fr",
    url="https://github.com/CleverCloud/documentation/blob/main/content/changelog/2025/03-24-postgresql-11-12-eol.md",
    **{"from": ("Clever Cloud", "noreply@clever-cloud.com"),
       "to": ("Julien Marchal", "julien.marchal@cartopole.example")},
    subject="PostgreSQL 11 et 12 sur Clever Cloud : il est temps de migrer",
    date="Mon, 22 Jan 2029 09:45:00 +0100",
    msgid="<changelog-pg-eol-20290122.g50-14@clever-cloud.com>",
    body="""Bonjour,

PostgreSQL 16 et 17 sont disponibles sur Clever Cloud depuis le 16 janvier.
Nous allons donc restreindre l'accès aux versions qui ne sont plus maintenues
par le projet PostgreSQL : les versions 11 et 12.

À partir du 28 février 2029, il ne sera plus possible de créer de nouveaux
add-ons PostgreSQL 11 ou 12. À noter :
- les bases PG11/PG12 créées avant le 28 février resteront disponibles ;
- vous pourrez continuer à les administrer après cette date.

Nous vous recommandons toutefois de passer à une version activement
maintenue. L'outil de migration intégré, accessible depuis les paramètres de
votre add-on, permet de le faire en quelques clics. Dans les semaines qui
viennent, la Console affichera un avertissement pour les add-ons en
PostgreSQL 12 ou antérieur.

Add-on concerné : postgresql_7f3c2a19 (PostgreSQL 12, zone PAR)

- Politique de versions PostgreSQL : https://www.postgresql.org/support/versioning/
- PostgreSQL sur Clever Cloud : https://www.clever.cloud/developers/doc/addons/postgresql/

L'équipe Clever Cloud
""")

# ---------------------------------------------------------------- 15 action-required (de)
add(n=15, label="action-required", deadline="2029-05-10", provider="Hetzner", lang="de",
    url="https://github.com/hetznercloud/hcloud-go/releases/tag/v2.44.0",
    **{"from": ("Hetzner Online GmbH", "info@hetzner.com"),
       "to": ("Lena Hoffmann", "lena.hoffmann@kornblume-it.example")},
    subject="Hetzner Cloud API: Abkündigung der Datacenter-Endpunkte zum 10. Mai 2029",
    date="Tue, 09 Jan 2029 11:00:00 +0100",
    msgid="<cloud-api-20290109.g50-15@hetzner.com>",
    body="""Sehr geehrte Kundin, sehr geehrter Kunde,

Sie nutzen die Hetzner Cloud API in Ihrem Projekt "kornblume-prod"
(Projekt-ID 482913). Wir möchten Sie auf eine Änderung hinweisen.

Die Endpunkte GET /v1/datacenters und GET /v1/datacenters/{id} sind ab sofort
als veraltet markiert und werden nach dem 10. Mai 2029 entfernt. Ab diesem
Zeitpunkt beantworten wir Anfragen an diese Endpunkte mit "HTTP 410 Gone".

Was ist zu tun?
Bitte prüfen Sie Ihre Skripte und Integrationen und stellen Sie sie
rechtzeitig auf die Location-Angaben um, die Server, Primary IPs und
Server-Typen bereits enthalten. Unsere offiziellen Bibliotheken (hcloud-go,
hcloud-python) und die CLI markieren die betroffenen Felder in ihren neuen
Versionen als "deprecated".

Weitere Details finden Sie in unserem Changelog:
https://docs.hetzner.cloud/changelog

Mit freundlichen Grüßen

Ihr Hetzner Cloud Team
Hetzner Online GmbH, Industriestr. 25, 91710 Gunzenhausen
""")

# ---------------------------------------------------------------- 16 action-required (de)
add(n=16, label="action-required", deadline="2029-01-29", provider="Hetzner", lang="de",
    url="https://github.com/hetznercloud/hcloud-go/releases/tag/v2.12.0",
    **{"from": ("Hetzner Online GmbH", "info@hetzner.com"),
       "to": ("Tobias Brandt", "t.brandt@nordlicht-media.example")},
    subject="Hetzner Cloud API: Änderung bei Traffic-Preisen am 29.01.2029",
    date="Thu, 18 Jan 2029 14:30:00 +0100",
    msgid="<cloud-api-20290118.g50-16@hetzner.com>",
    body="""Sehr geehrte Kundin, sehr geehrter Kunde,

am 29.01.2029 ändern wir die Hetzner Cloud API an zwei Stellen auf eine Weise,
die nicht abwärtskompatibel ist:

1. Traffic-Preise
   Das Feld "traffic" in der Antwort von GET /v1/pricing entfällt. Den Preis pro
   TB finden Sie künftig je Standort unter "per_tb_traffic" bei den Preisen der
   Server- und Load-Balancer-Typen.

2. Inklusiv-Traffic der Server-Typen
   Das Feld "included_traffic" auf oberster Ebene eines Server-Typs entfällt.
   Der Wert steht künftig je Standort in "prices[].included_traffic".

Bitte prüfen Sie bis zum 29.01.2029, ob Ihre Anwendungen diese Felder lesen,
und stellen Sie sie auf die neuen Felder um. Die aktuellen Versionen von
hcloud-go und hcloud-python kennzeichnen die alten Felder bereits als
"deprecated".

Weitere Informationen: https://docs.hetzner.cloud/changelog

Mit freundlichen Grüßen

Ihr Hetzner Cloud Team
""")

# ---------------------------------------------------------------- 17 action-required (ja)
add(n=17, label="action-required", deadline="2029-08-09", provider="SAKURA internet", lang="ja",
    url="https://github.com/sacloud/terraform-provider-sakuracloud/commit/33f169bf6d10f2a33c1fc9129a8b5306f4c321a4",
    **{"from": ("さくらのクラウド", "cloud-info@sakura.ad.jp"),
       "to": ("中村 大輔", "d.nakamura@hokuto-systems.example")},
    subject="【さくらのクラウド】Terraform Provider v2 メンテナンス終了のお知らせ",
    date="Tue, 30 Jan 2029 15:00:00 +0900",
    msgid="<news-20290130-tfv2.g50-17@sakura.ad.jp>",
    body="""さくらのクラウドをご利用のお客様へ

平素よりさくらのクラウドをご利用いただき、誠にありがとうございます。

さくらのクラウド向け Terraform プロバイダーは、v3 が最新版となっております。
これに伴い、v2 のメンテナンスを 2029年8月9日をもって終了いたします。

■ 終了後の扱い
2029年8月10日以降、v2 への新機能の追加、不具合の修正、既存リソースの改善は
原則として行いません。

■ 影響
既存の v2 がすぐに使えなくなるわけではありません。ただし、今後のサービス仕様の
変更などにより、正しく動作しなくなる可能性があります。

■ お願い
安定して運用を続けていただくため、v3 への移行をご検討ください。

  v3: https://github.com/sacloud/terraform-provider-sakura
  バージョン情報
    v3: 現行バージョン（新機能の追加・変更はこちらで行います）
    v2: 2029年8月9日 メンテナンス終了予定
    v1: サポート終了

今後ともさくらのクラウドをよろしくお願いいたします。

さくらインターネット株式会社
""")

# ---------------------------------------------------------------- 18 action-required (ja)
add(n=18, label="action-required", deadline="2029-06-25", provider="LINE (LY Corporation)", lang="ja",
    url="https://notify-bot.line.me/closing-announce",
    **{"from": ("LINE Notify", "notify-noreply@line.me"),
       "to": ("高橋 彩", "aya.takahashi@komorebi-cafe.example")},
    subject="【重要】LINE Notify サービス終了のお知らせ",
    date="Tue, 02 Jan 2029 12:00:00 +0900",
    msgid="<closing-20290102.g50-18@notify-bot.line.me>",
    body="""LINE Notify をご利用いただいている皆様へ

いつも LINE Notify をご利用いただき、ありがとうございます。

このたび、LINE Notify は 2029年6月25日をもってサービスの提供を終了することと
なりました。これまでご利用いただいた皆様に心より御礼申し上げます。

■ 終了日
2029年6月25日（月）

■ 終了後について
終了日以降は、LINE Notify の API を利用した通知の送信、アクセストークンの
発行・連携はいずれもご利用いただけなくなります。

■ お客様へのお願い
LINE Notify を使って通知を送っているサービスやスクリプトをお持ちの場合は、
終了日までに Messaging API など代替の手段への切り替えをお願いいたします。
発行済みのアクセストークン: 3 件（最終利用日 2028年12月28日）

■ 代替手段
Messaging API: https://developers.line.biz/ja/services/messaging-api/

ご不便をおかけいたしますが、ご理解のほどよろしくお願いいたします。

LINEヤフー株式会社
""")

# ---------------------------------------------------------------- 19 action-required
add(n=19, label="action-required", deadline="2029-04-03", provider="Fly.io", lang="en",
    url="https://github.com/superfly/docs/pull/1687",
    **{"from": ("Fly.io", "noreply@fly.io"),
       "to": ("Owen Garrick", "owen@tallyhouse.example")},
    subject="LiteFS Cloud will be retired April 3, 2029",
    date="Wed, 03 Jan 2029 16:31:17 +0000",
    msgid="<litefs-cloud-sunset-20290103.g50-19@fly.io>",
    body="""Hi Owen,

You're receiving this because your organization "tallyhouse" has apps
connected to LiteFS Cloud, our service for streaming backups and
point-in-time restores of SQLite databases replicated with LiteFS.

We will retire LiteFS Cloud on April 3, 2029.

LiteFS itself, the open source file system, is not affected by this and
keeps working as it does today. Only the hosted backup service goes away.

What to do before April 3:
- Disconnect your apps from LiteFS Cloud: remove the LITEFS_CLOUD_TOKEN
  secret and the backup settings from your litefs.yml, then redeploy.
- Pick another way to protect your data, for example Litestream to an
  object store you control, or regular volume snapshots.

Apps still connected on April 3 will keep running, but no new backups
will be taken and existing LiteFS Cloud backups will no longer be
available to restore.

Our community post explains the options in more detail:
https://community.fly.io/t/sunsetting-litefs-cloud/20829

Thanks for building with us,
The Fly.io team
""")

# ---------------------------------------------------------------- 20 action-required
add(n=20, label="action-required", deadline="2029-11-21", provider="Heroku", lang="en",
    url="https://github.com/heroku/base-images/pull/313",
    **{"from": ("Heroku", "noreply@heroku.com"),
       "to": ("Priya Raman", "priya.raman@loomline.example")},
    subject="Heroku-20 stack is deprecated and reaches end-of-life on November 21, 2029",
    date="Tue, 16 Jan 2029 13:36:28 +0000",
    msgid="<stack-deprecation-20290116.g50-20@heroku.com>",
    body="""Hello,

The Heroku-20 stack, which is based on Ubuntu 20.04, is now deprecated and
will reach end-of-life on November 21, 2029. You are receiving this email
because the following apps you have access to still run on Heroku-20:

  loomline-api          (team: loomline)
  loomline-worker       (team: loomline)
  loomline-staging      (personal)

After November 21, 2029, Heroku-20 will no longer receive security updates
and will not be supported. Builds on the stack may stop working at any time
after that date.

To keep your apps secure and supported, upgrade them to Heroku-24, our
current recommended stack:

  heroku stack:set heroku-24 -a loomline-api
  git push heroku main

Test each upgrade with a review app or staging app first. The upgrade notes
list the changes between stacks:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

Thank you,
The Heroku Team
""")

# ---------------------------------------------------------------- 21 maintenance (ja, bilingual)
add(n=21, label="maintenance", deadline="2029-01-26", provider="Equinix", lang="ja",
    url="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/equinix/equinix1.eml",
    **{"from": ("Equinix Network Maintenance NO-REPLY", "no-reply@equinix.com"),
       "to": ("", "noc@kumoita-net.example")},
    subject="REMINDER - 3rd Party Equinix Network Device Maintenance-TY Metro Area Network Maintenance -26-JAN-2029 [K-571204839166]",
    date="Thu, 25 Jan 2029 11:05:00 +0900",
    msgid="<K-571204839166-reminder.g50-21@equinix.com>",
    body="""エクイニクスをご利用のお客様へ / Dear Equinix Customer,

下記のメンテナンスは 24 時間後に開始いたします。
The maintenance listed below will start in 24 hours.

日付: 26-JAN-2029 - 27-JAN-2029
ローカル: 金曜日, 26 JAN 19:00 - 土曜日, 27 JAN 00:00
UTC: 金曜日, 26 JAN 10:00 - 金曜日, 26 JAN 15:00
IBX(s): TY4

説明: 当社の機器管理ネットワークのメンテナンスを行います。作業中はトラフィック
監視のポーリングが止まるため、トラフィックグラフに一時的な欠損が生じます。
また、お客様ポートのリンクダウン/フラップの検知およびメール通知も停止いたします。
製品: EQUINIX CONNECT, EQUINIX FABRIC, INTERNET EXCHANGE, METRO CONNECT
影響: お客様のサービスへの影響はございません。

Account #  Product           Service Serial #
731904     Equinix Connect   20417
731904     Internet Exchange 07319040-B
731904     Metro Connect     07319052-B

DESCRIPTION: Equinix will work on its device management platform. Traffic
polling will pause, so the monitoring graphs will show gaps, and no port
down/bounce emails will be sent during the window.
IMPACT: No impact to your service

ご不明な点は、チケット番号 K-571204839166 を添えて Equinix NOC までお問い合わせください。
Sincerely, Equinix NOC
""")

# ---------------------------------------------------------------- 22 maintenance
add(n=22, label="maintenance", deadline="2029-01-31", provider="Equinix", lang="en",
    url="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/equinix/equinix7.eml",
    **{"from": ("Equinix Network Maintenance", "no-reply@equinix.com"),
       "to": ("", "network-ops@vandermeer-hosting.example")},
    subject="Scheduled Software Upgrade - AM6, DB2, HE6, ZW1 Network Maintenance - (SERVICE IMPACTING) - 31-JAN-2029 [CHG0047215]",
    date="Thu, 11 Jan 2029 04:16:05 -0800",
    msgid="<CHG0047215.g50-22@equinix.com>",
    body="""Dear Equinix Customers,

DATE: 31-JAN-2029 - 01-FEB-2029
SPAN: 31-JAN-2029 - 01-FEB-2029
UTC: WEDNESDAY, 31 JAN 22:00 - THURSDAY, 01 FEB 06:00
LOCATION: AM6, DB2, HE6, ZW1

DESCRIPTION: Equinix engineers will carry out a planned software upgrade.
Ports and services without redundancy should expect downtime. Where services
are configured redundantly, you will only lose redundancy for the duration.
The ports and virtual services listed below are affected.

EXPECTED DURATION: between 20 and 120 minutes within the window.
OUTAGE DURATION: 2 Hours
PRODUCTS: Equinix Connect, Equinix Internet Access, Equinix Fabric, Metro Connect
IMPACT: There will be service interruptions

RECOMMENDED ACTION: To limit the effect of maintenance events, set up
redundant connections following our best practices. Customers who already
have redundancy do not need to do anything.

Impacted Assets
Equinix Connect
Account #   Product           IBX   Service Serial #
604218      Equinix Connect   DB2   EC5521.1

We apologize for any inconvenience during this activity.
Please do not reply to this email. For questions, log a network ticket in the
Equinix Customer Portal and quote CHG0047215.
""")

# ---------------------------------------------------------------- 23 maintenance
add(n=23, label="maintenance", deadline="2029-02-02", provider="Railway", lang="en",
    url="https://github.com/railwayapp/docs/blob/main/content/docs/platform/railway-metal.md",
    **{"from": ("Railway", "team@railway.com"),
       "to": ("Dana Whitfield", "dana@copperkettle.example")},
    subject="Your services are moving to Railway Metal",
    date="Fri, 26 Jan 2029 17:00:00 +0000",
    msgid="<metal-migration-20290126.g50-23@railway.com>",
    body="""Hey Dana,

We're moving Railway onto our own hardware, Railway Metal. Starting
February 2, 2029 we will begin migrating services in Pro workspaces,
including your workspace "copperkettle", to Railway Metal regions.

What to expect
- Services are migrated gradually, a few at a time. Each move redeploys
  the service in the matching Metal region, which usually takes a couple
  of minutes. Services with volumes are moved together with their data.
- We aim to finish all migrations by April 6, 2029.
- The upgrade is free.

Want it sooner?
Open your service's Settings -> Scale -> Regions and pick a region with
the "Metal (New)" tag. You'll see the same tag once a service has moved.

Lower prices
Once at least 80 percent of your workloads run on Metal, egress drops from
$0.10/GB to $0.05/GB and disk storage from $0.25/GB to $0.15/GB.

Questions? Reply here or visit https://docs.railway.com/railway-metal

- The Railway team
""")

# ---------------------------------------------------------------- 24 pricing
add(n=24, label="pricing", deadline="2029-03-22", provider="Fly.io", lang="en",
    url="https://github.com/superfly/docs/pull/2259",
    **{"from": ("Fly.io", "billing@fly.io"),
       "to": ("Rafael Ortega", "rafa@ortega-labs.example")},
    subject="Upcoming charges for volume snapshot storage",
    date="Thu, 04 Jan 2029 00:18:30 +0000",
    msgid="<snapshot-pricing-20290104.g50-24@fly.io>",
    body="""Hi Rafael,

Starting March 22, 2029, we will charge for the storage used by volume
snapshots. Until now, snapshots have been free.

New pricing
- $0.08 per GB per month
- The first 10 GB each month stay free
- Billing is pro-rated to the hour, after the free allowance

How usage is measured
Snapshots are incremental, so you pay for the data actually stored, not
for the provisioned size of the volume. For example, a 10 GB volume with
2 GB of data and five daily snapshots with few changes comes to roughly
2.5 GB of snapshot storage, not 50 GB.

What you can do
New volumes get automatic daily snapshots kept for 5 days. You can change
the retention period or turn automatic snapshots off per volume with
flyctl or in the dashboard.

Your current snapshot usage is shown under Billing in the dashboard, on
your upcoming invoice and in Cost Explorer. You'll first see these charges
on the invoice that follows your first billing period after the change.

Details: https://fly.io/docs/about/pricing/#volume-snapshots

The Fly.io team
""")

# ---------------------------------------------------------------- 25 pricing
add(n=25, label="pricing", deadline="2029-03-18", provider="Fly.io", lang="en",
    url="https://github.com/superfly/docs/pull/2306",
    **{"from": ("Fly.io", "billing@fly.io"),
       "to": ("Ines Barros", "ines.barros@marisco-apps.example")},
    subject="Managed Postgres: inter-region private network traffic will be billed",
    date="Thu, 18 Jan 2029 05:35:04 +0000",
    msgid="<mpg-bandwidth-20290118.g50-25@fly.io>",
    body="""Hi Ines,

You have Fly Managed Postgres clusters in your organization
"marisco-apps", so we want to let you know about a pricing change.

Starting March 18, 2029, private network traffic between a Managed
Postgres cluster and Machines in a different region will be charged at
the same rate as data transfer between Machines.

- It counts against the same free quota you already have for private
  network usage.
- Traffic between a cluster and Machines in the same region stays free.
- Plan prices and storage prices ($0.28 per provisioned GB for a 30-day
  month) do not change.

If your apps query a cluster from other regions, you can avoid the new
charge by running them in the cluster's region or by adding a read path
closer to your users.

Current rates: https://fly.io/docs/about/pricing/#data-transfer-pricing

The Fly.io team
""")

# ---------------------------------------------------------------- 26 billing (es)
add(n=26, label="billing", deadline="none", provider="Twilio", lang="es",
    url="https://www.twilio.com/blog/2013/07/billing-incident-post-mortem-breakdown-analysis-and-root-cause.html",
    **{"from": ("Twilio", "help@twilio.com"),
       "to": ("Lucía Fernández", "lucia.fernandez@rutaverde.example")},
    subject="Incidente de facturación del 4 de enero: análisis y reembolsos",
    date="Tue, 09 Jan 2029 19:40:00 +0000",
    msgid="<billing-incident-20290109.g50-26@twilio.com>",
    body="""Hola, Lucía:

Le escribimos para explicarle el incidente de facturación del jueves 4 de
enero, que afectó a su cuenta AC7d41e09b3c2f.

¿Qué pasó?
Un corte de red momentáneo en el clúster Redis que guarda los saldos de las
cuentas obligó a las réplicas a resincronizarse a la vez. El nodo principal
se sobrecargó y, al reiniciarse, quedó en modo de solo lectura. Nuestro
sistema de recarga automática siguió cobrando las tarjetas, pero no pudo
actualizar los saldos, así que volvió a cobrar una y otra vez.

Consecuencias para usted
- Se cargaron en su tarjeta 6 recargas de 20,00 USD en lugar de una.
- Durante unas horas su cuenta mostró un saldo incorrecto y quedó suspendida.

Lo que hemos hecho
- Reembolsamos todos los cargos duplicados (100,00 USD). Verá la devolución
  en su extracto en un plazo de 5 a 7 días hábiles.
- Restablecimos su cuenta y corregimos el saldo.
- Desactivamos las recargas automáticas hasta reforzar las comprobaciones.

No tiene que hacer nada. Sentimos mucho las molestias.

El equipo de Twilio
""")

# ---------------------------------------------------------------- 27 billing
add(n=27, label="billing", deadline="none", provider="Clever Cloud", lang="en",
    url="https://github.com/CleverCloud/documentation/blob/main/content/changelog/2026/03-30-invoice-sub-organisation-summary.md",
    **{"from": ("Clever Cloud Billing", "billing@clever-cloud.com"),
       "to": ("Accounts Payable", "ap@northquay-digital.example")},
    subject="Your invoices now group services by sub-organisation",
    date="Mon, 29 Jan 2029 10:30:00 +0100",
    msgid="<billing-suborg-20290129.g50-27@clever-cloud.com>",
    body="""Hello,

Several of our customers run organisations for third parties, for example
as service providers, and manage sub-organisations on their behalf. Your
organisation "Northquay Digital" (orga_5c91e2d4) has 7 of them.

From your next billing cycle, your invoices will change as follows:
- billed services are grouped by sub-organisation inside the invoice;
- a summary per sub-organisation opens the invoice, so you can see at a
  glance what each one cost.

The detailed line-by-line breakdown stays exactly as it is today, and
amounts, payment terms and payment methods do not change.

This should make it easier to follow and re-invoice costs for each
sub-organisation. You can download past and upcoming invoices from the
Billing section of the Console.

The Clever Cloud team
""")

# ---------------------------------------------------------------- 28 informational (ja)
add(n=28, label="informational", deadline="none", provider="SAKURA internet", lang="ja",
    url="https://github.com/sacloud/libsacloud/pull/883",
    **{"from": ("Kenji Morioka", "notifications@github.com"),
       "to": ("sacloud/libsacloud", "libsacloud@noreply.github.com")},
    subject="[sacloud/libsacloud] README: 次期バージョンについてのお知らせを追加 (PR #883)",
    date="Fri, 05 Jan 2029 09:52:00 +0900",
    msgid="<sacloud/libsacloud/pull/883/merged.g50-28@github.com>",
    body="""@kmorioka merged #883 into main.

README に次期バージョンに関するお知らせを追加しました。

:bulb: 現在、libsacloud の次期バージョンを開発しています。
次期バージョンは、次の 2 つのリポジトリに分かれます。

- sacloud/sacloud-go: 高レベル API（libsacloud の helper パッケージなどに相当）
- sacloud/iaas-api-go: IaaS 関連の API（libsacloud の sacloud パッケージなどに相当）

これらのリリース後も、sacloud 配下の主要なプロダクトが libsacloud からの移行を
終えるまでは、libsacloud の開発を続けます。
現時点で利用者側の対応は必要ありません。

--
Reply to this email directly or view it on GitHub:
https://github.com/sacloud/libsacloud/pull/883
You are receiving this because you are watching this repository.
""")

# ---------------------------------------------------------------- 29 informational
add(n=29, label="informational", deadline="none", provider="GitHub", lang="en",
    url="https://github.com/github/site-policy/commit/7e4eebcc6f403c58301e851856ac2f4d4f1d555d",
    **{"from": ("GitHub", "noreply@github.com"),
       "to": ("Legal & Privacy", "privacy-office@harbourline.example")},
    subject="Update to GitHub's subprocessor list",
    date="Wed, 24 Jan 2029 17:09:31 +0000",
    msgid="<subprocessors-20290124.g50-29@github.com>",
    body="""Hello,

You are subscribed to updates about the subprocessors GitHub uses to process
customer data. We have made the following changes to the list:

Added
- Tines Automation Inc. - security management - processing in the United
  States - corporate location United States

Changed
- Microsoft (Azure), cloud hosted infrastructure, data hosting, AI inference
  and AI services: processing locations now include Canada in addition to the
  United States.

No other entries changed. The full list, including what each subprocessor
does and where it processes data, is available here:
https://docs.github.com/site-policy/privacy-policies/github-subprocessors

If you have questions about this list, write to privacy@github.com.

GitHub, Inc.
""")

# ---------------------------------------------------------------- 30 informational
add(n=30, label="informational", deadline="none", provider="Clever Cloud", lang="en",
    url="https://github.com/CleverCloud/documentation/blob/main/content/changelog/2025/07-01-ionos-london-region.md",
    **{"from": ("Clever Cloud", "noreply@clever-cloud.com"),
       "to": ("Hamish Reid", "hamish@tidemark-software.example")},
    subject="New London region, running on IONOS infrastructure",
    date="Tue, 23 Jan 2029 11:00:00 +0100",
    msgid="<changelog-ldn-20290123.g50-30@clever-cloud.com>",
    body="""Hello,

You can now deploy applications and add-ons in London, England.

The new region uses the code "ldn" in our API, in Clever Tools and in our
integrations. Choose it for new services, or move existing ones to it from
the Console. If you move a service, adapt the DNS configuration of its
domains to the London region.

We built this region with a new European partner, IONOS. Our teams have
installed Clever Cloud inside IONOS infrastructure and operate it there, so
you get the same platform and console as in our other regions.

- Our infrastructure and partners: https://www.clever.cloud/infrastructure/
- Domain configuration by region:
  https://www.clever.cloud/developers/doc/administrate/domain-names/

The Clever Cloud team
""")

# ---------------------------------------------------------------- 31 informational
add(n=31, label="informational", deadline="none", provider="Clever Cloud", lang="en",
    url="https://github.com/CleverCloud/documentation/blob/main/content/postmortem/2024-08-02.md",
    **{"from": ("Clever Cloud", "noreply@clever-cloud.com"),
       "to": ("Sofia Lindqvist", "sofia@brightfjord.example")},
    subject="Post-mortem of the January 5, 2029 platform instability",
    date="Thu, 11 Jan 2029 15:20:00 +0100",
    msgid="<postmortem-20290105.g50-31@clever-cloud.com>",
    body="""Hello,

On Friday, January 5, 2029, our platform became unstable and many customers
saw downtime of varying length and scope, both on our API and on some
add-ons and runtimes. We have published the full post-mortem; here is a
summary.

What happened
- A planned minor maintenance of our messaging component locked the cluster,
  causing an incident between 14:00 and 14:29 CET.
- As an indirect consequence, the infrastructure came under I/O and memory
  pressure between 15:40 and 16:16 CET, and some hypervisors crashed.

Who was affected
Customers in the EU-FR-1 (PAR) region, and remote zones that depend on the
EU-FR-1 control plane. Private and on-premise zones were not affected.

What we are changing
- Maintenance on core components will run with stricter safeguards and a
  rollback plan prepared in advance.
- Hypervisor memory limits are being tuned to absorb load spikes.
- Status page updates will be posted faster during incidents.

Nothing is required from you. We are sorry for the disruption.

Full report: https://www.clever.cloud/developers/postmortem/
The Clever Cloud team
""")

# ---------------------------------------------------------------- 32 security-advisory (fr)
add(n=32, label="security-advisory", deadline="none", provider="Clever Cloud", lang="fr",
    url="https://github.com/CleverCloud/documentation/blob/main/content/changelog/2024/04-04-CVE-2024-3094.md",
    **{"from": ("Clever Cloud", "noreply@clever-cloud.com"),
       "to": ("Mathilde Garnier", "mathilde.garnier@lavandiere.example")},
    subject="Porte dérobée dans xz/liblzma (CVE-2024-3094) : notre réponse",
    date="Wed, 31 Jan 2029 09:30:00 +0100",
    msgid="<changelog-xz-20290131.g50-32@clever-cloud.com>",
    body="""Bonjour,

Le 26 janvier, nous avons appris qu'une porte dérobée avait été introduite
dans le code source de xz à partir de la version 5.6.0 (CVE-2024-3094).
Notre équipe sécurité a immédiatement vérifié nos services : aucun n'est
touché.

Pourquoi nous ne sommes pas concernés :
- la version malveillante n'était pas déployée sur les images utilisées par
  la plupart de nos services ;
- nous n'appliquons pas les correctifs qui font dépendre OpenSSH de
  libsystemd, et donc de la liblzma piégée ;
- les attaquants visaient certaines distributions GNU/Linux, pas Exherbo
  Linux, sur laquelle reposent nos services.

Par précaution, nous avons tout de même ajouté la version piégée à une liste
d'interdiction, et les mainteneurs d'Exherbo ont fait de même. Sur les
quelques services où xz 5.6.x avait été installé, nous sommes revenus à la
version 5.4.6, même si une exploitation n'y était pas possible.

Vous n'avez rien à faire. Pour toute question, contactez notre support.

L'équipe Clever Cloud
""")

# ---------------------------------------------------------------- 33 phishing (GitHub)
add(n=33, label="security-advisory", deadline="none", provider="GitHub (impersonated)", lang="en",
    phishing=True,
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-4060.eml",
    **{"from": ("qelvarin3x8", "notifications@github.com"),
       "to": ("ops-tools/release-kit", "release-kit@noreply.github.com"),
       "reply_to": ("ops-tools/release-kit", "reply+AQX7LM2K9RTB4EZ6HNPW3FSD@reply.github.com")},
    subject="[ops-tools/release-kit] IMPORTANT! Security Vulnerability Detected in your Repository (Issue #4)",
    date="Wed, 17 Jan 2029 13:35:57 -0700",
    msgid="<ops-tools/release-kit/issues/4@github.com>",
    format="alt",
    body="""Hello there!

A security vulnerability has been found in your repository.
To learn how to fix it, please reach out to us at
https://github-repo-scanner.example as soon as possible.

Kind regards,
Github Security Team

--
Reply to this email directly or view it on GitHub:
https://github.com/ops-tools/release-kit/issues/4
You are receiving this because you are subscribed to this thread.
""",
    html="""<p>Hello there!</p>
<p>A security vulnerability has been found in your repository.<br>
To learn how to fix it, please reach out to us at
<a href="https://github-repo-scanner.example">https://github-repo-scanner.example</a> as soon as possible.</p>
<p>Kind regards,<br>
Github Security Team</p>
<p style="font-size:small;color:#666;">&mdash;<br>
Reply to this email directly, <a href="https://github.com/ops-tools/release-kit/issues/4">view it on GitHub</a>.<br>
You are receiving this because you are subscribed to this thread.</p>
""")

# ---------------------------------------------------------------- 34 phishing (HostGator, es)
add(n=34, label="billing", deadline="2029-01-24", provider="HostGator (impersonated)", lang="es",
    phishing=True,
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-3278.eml",
    **{"from": ("HostGator México", "contacto0@motopartes-f2.example"),
       "to": ("", "ventas@ferreteria-sanblas.example")},
    subject="¡Atención! Último día antes de la cancelación de sus servicios",
    date="Wed, 24 Jan 2029 02:04:19 -0300",
    msgid="<20290124050419.8841.g50-34@motopartes-f2.example>",
    format="alt",
    body="""¡Hola, ferreteria-sanblas.example!

Necesitamos su atención: su factura venció el 10/01/2029 y todavía no hemos
recibido la confirmación del pago.

Queremos que siga disfrutando de todos nuestros servicios sin interrupciones.
Para evitar la suspensión, es importante que realice el pago a más tardar
el 24/01/2029.

Resumen de la factura - 582913047
Estado: Vencida
Vencimiento: 10/01/2029
Servicio(s): Plan Turbo de hospedaje web + Paquete Empresa Segura por 3 años
- registro de dominio

Para su comodidad, adjuntamos el documento a este correo. Consulte el
archivo adjunto para ver todos los detalles.

Si tiene dudas o necesita ayuda, visite nuestro centro de ayuda.

Atentamente,
HostGator México
""",
    html="""<div style="font-family:Arial,sans-serif;max-width:600px">
<h2 style="color:#1e4a8c">¡Atención! Último día antes de la cancelación de sus servicios</h2>
<p>¡Hola, ferreteria-sanblas.example!</p>
<p>Necesitamos su atención: su factura venció el <b>10/01/2029</b> y todavía no hemos
recibido la confirmación del pago.</p>
<p>Queremos que siga disfrutando de todos nuestros servicios sin interrupciones.
Para evitar la suspensión, es importante que realice el pago a más tardar
el <b>24/01/2029</b>.</p>
<table style="border:1px solid #ccc;padding:8px">
<tr><td>Resumen de la factura</td><td>582913047</td></tr>
<tr><td>Estado</td><td style="color:#c00">Vencida</td></tr>
<tr><td>Vencimiento</td><td>10/01/2029</td></tr>
<tr><td>Servicio(s)</td><td>Plan Turbo de hospedaje web + Paquete Empresa Segura por 3 años - registro de dominio</td></tr>
</table>
<p>Para su comodidad, adjuntamos el documento a este correo.
Consulte el archivo adjunto para ver todos los detalles.</p>
<p>Si tiene dudas o necesita ayuda, visite nuestro centro de ayuda.</p>
<p>Atentamente,<br>HostGator México</p>
</div>
""")

# ---------------------------------------------------------------- 35 phishing (Proton)
add(n=35, label="action-required", deadline="2029-03-22", provider="Proton Mail (impersonated)", lang="en",
    phishing=True,
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-1265.eml",
    **{"from": ("protonmail.com", "service@kanazawa-pine.example"),
       "to": ("", "dmarchetti@protonmail.example")},
    subject="Final notice: dmarchetti@protonmail.example suspended!",
    date="Mon, 15 Jan 2029 03:51:01 +0000",
    msgid="<a81f03d7c2e94b6f.g50-35@kanazawa-pine.example>",
    format="html",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f8">
<table width="560" align="center" style="background:#ffffff;padding:24px">
<tr><td><img src="https://kanazawa-pine.example/img/proton-logo.png" alt="Proton" width="120"></td></tr>
<tr><td><p>Dear dmarchetti,</p>
<p>There are incoming messages waiting for you that have not been delivered yet.</p>
<p>Until you confirm that you own <b>dmarchetti@protonmail.example</b>,
access to dmarchetti will be restricted.</p>
<p style="text-align:center"><a href="https://kanazawa-pine.example/pm/verify?u=dmarchetti"
 style="background:#6d4aff;color:#fff;padding:12px 28px;text-decoration:none;border-radius:6px">Confirm account now</a></p>
<p style="font-size:12px;color:#777">Note: access to dmarchetti@protonmail.example will be
restricted within 48 working days.</p>
</td></tr></table>
</body></html>
""")

# ---------------------------------------------------------------- 36 maintenance (completed)
add(n=36, label="maintenance", deadline="none", provider="Equinix", lang="en",
    url="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/equinix/equinix3.eml",
    **{"from": ("Equinix Network Maintenance NO-REPLY", "no-reply@equinix.com"),
       "to": ("maintenance-notices", "maintenance-notices@peerwell-networks.example")},
    subject="[maintenance-notices] COMPLETED - Scheduled MLPE Upgrade-SV Metro Area Network Maintenance -02-JAN-2029 [EQ-GL-20281213-00874]",
    date="Wed, 03 Jan 2029 13:10:16 +0000",
    msgid="<EQ-GL-20281213-00874-completed.g50-36@equinix.com>",
    body="""Dear Equinix Customer,

The maintenance listed below has now been completed.

DATE: 02-JAN-2029 - 03-JAN-2029
SPAN: 02-JAN-2029 - 03-JAN-2029
LOCAL: TUESDAY, 02 JAN 23:00 - WEDNESDAY, 03 JAN 05:00
UTC: WEDNESDAY, 03 JAN 07:00 - WEDNESDAY, 03 JAN 13:00
IBX(s): SV1, SV2, SV3, SV5, SV8, SV10, SV11, SV14, SV15, SV16

DESCRIPTION: As part of our continuing work on reliability and security,
Equinix applied software patches to the Internet Exchange (IX) route
servers, one server at a time. BGP sessions to the server being patched
were down for about 60 minutes; the peering port itself stayed up.

BGP sessions to RS1 (AS64511) 192.0.2.3, 2001:db8:5e::1 were impacted.
BGP sessions to RS2 (AS64511) 192.0.2.7, 2001:db8:5e::2 were not impacted.

PRODUCTS: INTERNET EXCHANGE
IMPACT: Loss of redundancy to your service

Internet Exchange  Account # 538207  Service Serial # 53820711-A

We apologize for any inconvenience you may have experienced during this
activity. For questions, quote EQ-GL-20281213-00874 in a ticket via the
Equinix Customer Portal.

Sincerely,
Equinix SMC
""")

# ---------------------------------------------------------------- end of data


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def hdr(s):
    """RFC 2047-encode a header value when it is not ASCII."""
    if is_ascii(s):
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def addr(display, address):
    if not display:
        return address
    if is_ascii(display):
        return email.utils.formataddr((display, address))
    return email.utils.formataddr((display, address), charset="utf-8")


def text_part(text, subtype, lang):
    if is_ascii(text):
        return MIMEText(text, subtype, "us-ascii")
    cs = Charset("utf-8")
    cs.body_encoding = BASE64 if lang in ("ja", "zh") else QP
    return MIMEText(text, subtype, cs)


def build(n):
    kind = n.get("format", "plain")
    if kind == "plain":
        msg = text_part(n["body"], "plain", n["lang"])
    elif kind == "html":
        msg = text_part(n["html"], "html", n["lang"])
    elif kind == "alt":
        msg = MIMEMultipart("alternative")
        msg.set_boundary("==g50-%02d-alt==" % n["n"])
        msg.attach(text_part(n["body"], "plain", n["lang"]))
        msg.attach(text_part(n["html"], "html", n["lang"]))
    else:
        raise ValueError(kind)
    head = [
        ("From", addr(*n["from"])),
        ("To", addr(*n["to"])),
        ("Subject", hdr(n["subject"])),
        ("Date", n["date"]),
        ("Message-ID", n["msgid"]),
    ]
    if n.get("reply_to"):
        head.append(("Reply-To", addr(*n["reply_to"])))
    head.append(("X-Training-Label", n["label"]))
    head.append(("X-Training-Deadline", n["deadline"]))
    if n.get("phishing"):
        head.append(("X-Training-Phishing", "yes"))
    # put our headers in front of the MIME ones
    mime = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in head:
        msg[k] = v
    for k, v in mime:
        if k.lower() == "mime-version":
            continue
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    return msg


def envelope(n):
    d = email.utils.parsedate_to_datetime(n["date"]).astimezone(dt.timezone.utc)
    return "From %s %s" % (n["from"][1], d.strftime("%a %b %e %H:%M:%S %Y"))


def write_mbox():
    out = []
    for n in NOTICES:
        msg = build(n)
        text = msg.as_string(policy=policy.compat32.clone(linesep="\n", max_line_length=78))
        lines = text.split("\n")
        esc = [(">" + ln) if ln.startswith("From ") else ln for ln in lines]
        out.append(envelope(n))
        out.extend(esc)
        if out[-1] != "":
            out.append("")
    with open(MBOX, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def read_mbox():
    with open(MBOX, encoding="ascii") as f:
        lines = f.read().split("\n")
    msgs, cur = [], None
    for i, ln in enumerate(lines):
        if ln.startswith("From ") and (i == 0 or lines[i - 1] == ""):
            if cur is not None:
                msgs.append(cur)
            cur = []
            continue
        if cur is None:
            raise ValueError("mbox does not start with a From line")
        cur.append(ln[1:] if ln.startswith(">From ") else ln)
    if cur is not None:
        msgs.append(cur)
    return [email.message_from_string("\n".join(m), policy=policy.default) for m in msgs]


def body_texts(m):
    out = {}
    for part in m.walk():
        if part.get_content_maintype() == "text":
            out[part.get_content_subtype()] = part.get_content()
    return out


def check():
    problems = []
    msgs = read_mbox()
    if len(msgs) != len(NOTICES):
        problems.append("read %d messages, expected %d" % (len(msgs), len(NOTICES)))
    for n, m in zip(NOTICES, msgs):
        tag = "#%d" % n["n"]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append("%s lacks %s" % (tag, h))
        label = str(m["X-Training-Label"])
        if label not in LABELS:
            problems.append("%s unknown label %s" % (tag, label))
        if label != n["label"]:
            problems.append("%s label changed" % tag)
        dl = str(m["X-Training-Deadline"])
        if dl != n["deadline"]:
            problems.append("%s deadline changed" % tag)
        sent = email.utils.parsedate_to_datetime(str(m["Date"]))
        if str(m["Date"]) != n["date"]:
            problems.append("%s date changed" % tag)
        if sent.year != 2029 or sent.month != 1:
            problems.append("%s not sent in January 2029" % tag)
        if dl != "none":
            try:
                d = dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("%s bad deadline %s" % (tag, dl))
            else:
                if d < sent.date():
                    problems.append("%s deadline before Date" % tag)
        ph = m["X-Training-Phishing"]
        if bool(n.get("phishing")) != (ph is not None and str(ph) == "yes"):
            problems.append("%s phishing flag mismatch" % tag)
        if str(m["Subject"]) != n["subject"]:
            problems.append("%s subject changed: %r" % (tag, str(m["Subject"])))
        texts = body_texts(m)
        want = {}
        if n.get("format", "plain") in ("plain", "alt"):
            want["plain"] = n["body"]
        if n.get("format") in ("html", "alt"):
            want["html"] = n["html"]
        for sub, txt in want.items():
            got = texts.get(sub)
            if got is None or got.rstrip("\n") != txt.rstrip("\n"):
                problems.append("%s %s body differs" % (tag, sub))
            nl = len(txt.rstrip("\n").split("\n"))
            if not 8 <= nl <= 40:
                problems.append("%s %s body has %d lines" % (tag, sub, nl))
        # encodings
        for part in m.walk():
            if part.get_content_maintype() != "text":
                continue
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            raw = part.get_content()
            if n["lang"] == "ja" and not is_ascii(raw) and cte != "base64":
                problems.append("%s Japanese body not base64" % tag)
            if n["lang"] != "ja" and not is_ascii(raw) and cte != "quoted-printable":
                problems.append("%s non-ASCII body not QP" % tag)
    # mix
    cnt = {}
    for n in NOTICES:
        key = "phishing" if n.get("phishing") else n["label"]
        cnt[key] = cnt.get(key, 0) + 1
    langs = {}
    for n in NOTICES:
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1
    need = [("total", len(NOTICES) == 36),
            ("critical>=11", cnt.get("abuse", 0) + cnt.get("security-incident", 0) >= 11),
            ("action-required>=6", cnt.get("action-required", 0) >= 6),
            ("maintenance>=3", cnt.get("maintenance", 0) >= 3),
            ("pricing>=2", cnt.get("pricing", 0) >= 2),
            ("billing>=2", cnt.get("billing", 0) >= 2),
            ("informational>=3", cnt.get("informational", 0) >= 3),
            ("security-advisory>=1", cnt.get("security-advisory", 0) >= 1),
            ("phishing==3", cnt.get("phishing", 0) == 3),
            ("ja==6", langs.get("ja", 0) == 6),
            ("de==3", langs.get("de", 0) == 3),
            ("fr==3", langs.get("fr", 0) == 3),
            ("es/it==2", langs.get("es", 0) + langs.get("it", 0) == 2)]
    for name, ok in need:
        if not ok:
            problems.append("mix: %s fails (%s, %s)" % (name, cnt, langs))
    urls = [n["url"] for n in NOTICES]
    if len(set(urls)) != len(urls):
        problems.append("a source URL is used twice")
    ids = [n["msgid"] for n in NOTICES]
    if len(set(ids)) != len(ids):
        problems.append("duplicate Message-ID")
    return problems, cnt, langs


LANGNAME = {"en": "English", "ja": "Japanese", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}


def write_readme(cnt, langs):
    provs = sorted({n["provider"] for n in NOTICES})
    rows = []
    for n in NOTICES:
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            n["n"], n["label"], n["deadline"], n["provider"],
            "yes" if n.get("phishing") else "no", LANGNAME[n["lang"]], n["url"]))
    nonph = {k: v for k, v in cnt.items() if k != "phishing"}
    txt = """# Batch %s: January 2029, hosts and SaaS outside the big three clouds

36 labelled e-mail notices in `set-%s.mbox` (mboxo), written by `set_%s.py`
(Python 3, standard library only).
Each notice follows one public original (see the table), moved into January 2029
by a weekday-preserving day offset applied to all of its dates, with names, ids,
hosts, customer domains and IP addresses replaced and every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

## Counts

- by label (phishing counted apart): %s
- phishing: %d
- critical (abuse + security-incident, without phishing): %d
- languages: %s

## Providers

%s

## Notes on the originals

- The search service had no budget left in this session, so originals were taken from
  public GitHub repositories read in full here (phishing_pot, github/dmca, CleverCloud/documentation,
  superfly/docs, railwayapp/docs, heroku/base-images, hetznercloud/hcloud-go, sacloud/*,
  github/site-policy, networktocode/circuit-maintenance-parser) and, for #5-#11, #12, #18 and #26,
  from well-known public provider posts whose text was not re-read in this session
  (their wording here follows the published facts as remembered).
- Some notices were rendered in the provider's customer language rather than the original's:
  #7 (Okta, German), #8 (Cloudflare, Japanese), #12 (GitHub docs page in Japanese), #13/#14/#32
  (Clever Cloud, French; originals English), #15/#16 (Hetzner, German; originals English),
  #26 (Twilio, Spanish) and #34 (phishing original in Portuguese, rendered as a HostGator Mexico
  lure in Spanish).

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
%s
""" % (NAME, NAME, NAME,
       ", ".join("%s %d" % (k, nonph[k]) for k in sorted(nonph)),
       cnt.get("phishing", 0),
       cnt.get("abuse", 0) + cnt.get("security-incident", 0),
       ", ".join("%s %d" % (LANGNAME[k], langs[k]) for k in sorted(langs)),
       ", ".join(provs), "\n".join(rows))
    with open(README, "w", encoding="utf-8") as f:
        f.write(txt)
    with open(USED, "w", encoding="utf-8") as f:
        f.write("\n".join(n["url"] for n in NOTICES) + "\n")


def main():
    write_mbox()
    problems, cnt, langs = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    write_readme(cnt, langs)
    print("OK")


if __name__ == "__main__":
    main()
