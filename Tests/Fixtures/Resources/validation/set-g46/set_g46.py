#!/usr/bin/env python3
"""Generator for validation batch g46 (December 2028): smaller hosts, SaaS and
developer platforms, with German/French notices and three phishing mails.
Standard library only, deterministic. Writes set-g46.mbox, README.md and
used-sources.txt next to this script, re-reads the mbox and checks it."""
import email
import email.policy
import hashlib
import mailbox
import os
import re
import sys
import textwrap
from collections import Counter
from datetime import datetime, timedelta, timezone, date
from email.message import EmailMessage
from email.utils import format_datetime

NAME = "g46"
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)

UTC = timezone.utc
CET = timezone(timedelta(hours=1))
PST = timezone(timedelta(hours=-8))


def d(y, m, day, hh, mm, ss=0, tz=UTC):
    return datetime(y, m, day, hh, mm, ss, tzinfo=tz)


def t(s):
    return textwrap.dedent(s).strip("\n") + "\n"


N = []  # notices


def add(**kw):
    N.append(kw)


# 1 ---------------------------------------------------------------- abuse
add(url="https://github.com/ipfs/kubo/issues/4343", provider="Hetzner", lang="en",
    label="abuse", deadline="2028-12-07", phishing=False,
    frm="abuse@hetzner.com", to="Jonas Halvorsen <j.halvorsen@northwind-labs.example>",
    subject="Abuse Message [AbuseID:7E31B5:1A]: NetscanOutLevel: Netscan detected from 203.0.113.45",
    date=d(2028, 12, 7, 10, 57, 20, CET), body=t("""
    Dear Mr Jonas Halvorsen,

    Our monitoring shows that an attack was carried out from your server.
    Please do whatever is needed to stop it and to keep it from happening again.

    We also ask you to send us a short statement that explains how this came
    about and what you are going to do about it.
    If the steps below are not completed successfully, your server may be
    blocked at any time after 2028-12-07 12:57:20 +0100.

    How to proceed:
    - Resolve the issue
    - Check whether the issue still exists using this link:
      http://abuse.hetzner.de/retries/?token=a4f1c9e07b2d6e38c51d0f7a92b4e6c3
    - Once the check has passed, send us your statement using this link:
      http://abuse.hetzner.de/statements/?token=a4f1c9e07b2d6e38c51d0f7a92b4e6c3

    Important note:
    Please leave the abuse ID [AbuseID:7E31B5:1A] unchanged in the subject line
    when you reply. Replies written by hand are only handled if the server has
    already been locked. For any other question, please contact our support
    team at support@hetzner.com.

    ##########################################################################
    #             Netscan detected from host 203.0.113.45                    #
    ##########################################################################

    time                     protocol src_ip       src_port    dest_ip         dest_port
    Thu Dec  7 10:41:02 2028 TCP      203.0.113.45 4001     => 198.51.100.14   4001
    Thu Dec  7 10:41:02 2028 TCP      203.0.113.45 4001     => 198.51.100.37   4001
    Thu Dec  7 10:41:03 2028 TCP      203.0.113.45 4001     => 198.51.100.52   4001
    Thu Dec  7 10:41:05 2028 TCP      203.0.113.45 4001     => 198.51.100.90   4001

    Kind regards
    Abuse department
    Hetzner Online GmbH
    Industriestr. 25, 91710 Gunzenhausen / Germany
    """))

# 2 ---------------------------------------------------------------- abuse (zh)
add(url="https://github.com/jianjianai/ms-copilot-play/issues/6", provider="Cloudflare", lang="zh",
    label="abuse", deadline="none", phishing=False,
    frm="Cloudflare <abuse@cloudflare.com>", to="zhou.lin@lumen-studio.example",
    subject="Cloudflare 收到关于 lumen-proxy.workers.dev 的 phishing report",
    date=d(2028, 12, 13, 9, 26, 41), body=t("""
    您好，

    Cloudflare 收到了一份涉及以下区域的 phishing report：lumen-proxy.workers.dev

    我们收到的内容如下：

    报告者：匿名

    报告的 URL：
        https://copilot-relay.lumen-proxy.workers.dev/login.srf?wa=wsignin1.0&id=481203

    滥用日志或证据：Hello,

    We found a phishing page hosted on your network:
    https://copilot-relay.lumen-proxy.workers.dev/login.srf?wa=wsignin1.0&id=481203
    The page imitates our client Microsoft (https://www.microsoft.com/).
    Please take this content, and anything related to it, offline as soon as you can,
    and keep a copy so that our client and law enforcement can look into the case later.

    Regards,
    Netcraft
    Netcraft Issue Number: 70412285

    注释：

    我们已将此投诉转发给您的托管服务提供商。

    如需就此问题回复，请发送邮件至 abusereply@cloudflare.com。

    谢谢，
    Cloudflare 团队
    """))

# 3 ---------------------------------------------------------------- abuse
add(url="https://github.com/NethermindEth/nethermind/issues/5583", provider="dedicated server host (unnamed)", lang="en",
    label="abuse", deadline="none", phishing=False,
    frm="Abuse Team <abuse@serverhaus-dc.example>", to="ops@blockwerk-nodes.example",
    subject="Abuse report: netscan detected from 203.0.113.77 [Case A-2812-0419]",
    date=d(2028, 12, 19, 8, 14, 9, CET), body=t("""
    Hello,

    Our network monitoring has recorded a scan of other networks that started
    from your server 203.0.113.77. The connection attempts listed below go to
    addresses that are not routed on the public internet, which usually points
    to a peer-to-peer client that announces or dials local addresses, or to a
    compromised system.

    time                     protocol src_ip       src_port    dest_ip        dest_port
    ---------------------------------------------------------------------------------
    Mon Dec 18 18:41:13 2028 TCP      203.0.113.77 13000    => 198.51.100.23  34500
    Mon Dec 18 18:41:14 2028 TCP      203.0.113.77 13000    => 198.51.100.61  34500
    Mon Dec 18 18:41:14 2028 TCP      203.0.113.77 13000    => 198.51.100.88  30303
    Mon Dec 18 18:41:17 2028 TCP      203.0.113.77 13000    => 198.51.100.140 30303
    Mon Dec 18 18:41:19 2028 TCP      203.0.113.77 13000    => 198.51.100.201 34500

    Please check the server, stop this traffic and reply to this message with
    the cause and the changes you have made. Keep the case number in the
    subject line.

    Repeated reports for the same server can lead to its network access being
    restricted.

    Best regards
    Abuse Team
    """))

# 4 ---------------------------------------------------------------- abuse
add(url="https://github.com/celestiaorg/celestia-node/issues/3542", provider="PowerVPS", lang="en",
    label="abuse", deadline="none", phishing=False,
    frm="PowerVPS Support <support@powervps.net>", to="noc@ridgeline-validators.example",
    subject="Ticket #PV-480213 has been updated",
    date=d(2028, 12, 5, 14, 2, 51), body=t("""
    Hello,

    This message concerns your dedicated server 203.0.113.90.

    Our monitoring has recorded outgoing connection attempts from this server to
    a large number of private and unrouted addresses on TCP port 2121. We treat
    this pattern as a network scan (netscan), which our acceptable use policy
    does not allow.

    To protect the network, we have restricted the server's connectivity. You
    can still reach it through the out-of-band console.

    Sample of the recorded traffic:
      203.0.113.90 -> 198.51.100.4    2121   78 TCP
      203.0.113.90 -> 198.51.100.75   2121   78 TCP
      203.0.113.90 -> 198.51.100.110  2121   78 TCP
      203.0.113.90 -> 198.51.100.152  2121   78 TCP

    To have the restriction lifted, please reply to this ticket with the cause
    of the traffic and what you have changed, for example by filtering private
    address ranges in your node software or in your firewall.

    Kind regards,
    PowerVPS Abuse Department
    """))

# 5 ---------------------------------------------------------------- abuse (zh)
add(url="https://github.com/wulabing/Xray_onekey/issues/460", provider="VPS provider (unnamed)", lang="zh",
    label="abuse", deadline="none", phishing=False,
    frm="Abuse Desk <abuse@vpsnode-cloud.example>", to="liang.feng@qingshan-net.example",
    subject="滥用通知：服务器 198.51.100.23 存在 SSH/FTP 暴力破解行为",
    date=d(2028, 12, 10, 6, 40, 12), body=t("""
    您好，

    我们收到报告：您的域名或您网络中的某台主机正在尝试通过 SSH/FTP
    暴力破解他人账户的密码。

    涉及的主机以及活动的日期和时间如下：

      来源主机：198.51.100.23
      目标主机：203.0.113.18（德国）
      协议：SSH (22/tcp)
      首次记录：2028-12-10 03:12:44 UTC
      最后记录：2028-12-10 04:05:19 UTC
      尝试次数：约 1,870 次

    请立即采取必要措施，停止上述活动。
    此类行为通常意味着服务器已被入侵，建议检查可疑进程、计划任务以及
    authorized_keys 中的 SSH 密钥。

    如有任何疑问，请直接回复本邮件。

    此致
    滥用处理团队
    """))

# 6 ---------------------------------------------------------------- abuse (de)
add(url="https://service.scholl.de/hosting/email/abuse-handling-bei-spam-ueber-smtp-server.php", provider="Scholl Communications", lang="de",
    label="abuse", deadline="none", phishing=False,
    frm="Scholl Hosting Abuse <abuse@scholl.de>", to="info@baeckerei-lindner.example",
    subject="Spam über unsere SMTP Server // info@baeckerei-lindner.example",
    date=d(2028, 12, 4, 8, 34, 10, CET), body=t("""
    Sehr geehrte Kundin, sehr geehrter Kunde,

    über das E-Mail-Konto info@baeckerei-lindner.example wurden in den letzten
    Stunden zahlreiche Spam-Nachrichten über unsere Postausgangsserver versendet.
    Ein solches Muster entsteht fast immer, wenn die Zugangsdaten eines Postfachs
    in fremde Hände geraten sind.

    Damit unsere Server nicht auf Sperrlisten geraten, haben wir den Versand über
    dieses Konto sofort gesperrt. Der Empfang von E-Mails ist davon nicht
    betroffen.

    Was Sie jetzt tun sollten:
    1. Ändern Sie das Passwort des betroffenen Postfachs.
    2. Prüfen Sie alle Rechner, auf denen das Konto eingerichtet ist, mit einem
       aktuellen Virenscanner, zum Beispiel mit den Werkzeugen von botfrei.de.
    3. Wird dabei Schadsoftware gefunden, ändern Sie bitte auch alle anderen
       Zugangsdaten und nicht nur das Passwort des Postfachs.

    Sobald Sie diese Schritte erledigt haben, antworten Sie bitte auf diese
    E-Mail. Wir prüfen den Fall und heben die Sperre danach wieder auf.

    Mit freundlichen Grüßen
    Ihr Abuse-Team
    """))

# 7 ---------------------------------------------------------------- abuse (de)
add(url="https://adeska.de/kundenportal/knowledgebase/107/Was-ist-Abuse-und-wie-geht-adeskaorstarISP-damit-um.html", provider="adeska", lang="de",
    label="abuse", deadline="none", phishing=False,
    frm="adeska//abuse <abuse@adeska.de>", to="Markus Brandt <m.brandt@brandt-immobilien.example>",
    subject="[Ticket#ADK-2812-2014] Ihr Hosting-Paket web-48213",
    date=d(2028, 12, 20, 16, 22, 5, CET), body=t("""
    Sehr geehrter Herr Brandt,

    über Ihr Hosting-Paket web-48213 wurden heute E-Mails in großer Zahl
    verschickt, die mehrere Empfänger als Spam gemeldet haben. Die IP-Adresse
    unseres Mailservers steht dadurch bereits auf einer Blacklist, was auch
    andere Kunden auf demselben Server trifft.

    Gemäß unseren Richtlinien haben wir Ihr Paket deshalb sofort gesperrt. Das
    geschieht unabhängig davon, ob der Versand absichtlich oder über einen
    gehackten Zugang ausgelöst wurde.

    Für Analyse, Sperrung, Passwortänderung und den Antrag auf Entfernung von
    der Blacklist berechnen wir beim ersten Vorfall eine Bearbeitungsgebühr von
    49,00 € inkl. MwSt., bei weiteren Vorfällen 75,00 € bzw. 149,00 €.

    Für die Freischaltung benötigen wir von Ihnen:
    - eine Stellungnahme zur Ursache des Versands,
    - die Bestätigung, dass alle Passwörter des Pakets geändert wurden,
    - die Aktualisierung oder Entfernung der betroffenen Skripte.

    Bitte antworten Sie ausschließlich über das Ticketsystem im Kundenportal.
    Aus Sicherheitsgründen ist eine direkte Kontaktaufnahme mit dem Abuse-Team
    nicht möglich.

    Mit freundlichen Grüßen
    adeska//abuse
    """))

# 8 ---------------------------------------------------------------- security-incident
add(url="https://github.com/Askedio/laravel-soft-cascade/issues/25", provider="GitHub", lang="en",
    label="security-incident", deadline="none", phishing=False,
    frm="GitHub <noreply@github.com>", to="m.kessler@kessler-software.example",
    subject="[GitHub] One of your OAuth tokens was disclosed by a third party",
    date=d(2028, 12, 11, 22, 14, 5), body=t("""
    Hi @mkessler,

    A third party has exposed one of your GitHub.com OAuth tokens. GitHub will
    revoke that token automatically in the near future. Below you will find more
    details and the steps to revoke it yourself right away.

    What happened?

    Travis CI may already have told you about an incident in which GitHub.com
    OAuth tokens were exposed (https://blog.travis-ci.com/security-advisory).
    We want to follow up with more information.

    An outside researcher found that Travis CI, a third-party continuous
    integration provider, had been printing GitHub user OAuth tokens into build
    logs by mistake. Travis CI has fixed the problem and removed the exposed
    tokens from old logs, but we need you to take a few more steps to keep your
    account safe.

    What should I do?

    1. Revoke the affected token now under Settings > Applications:
       https://github.com/settings/applications
       It is listed as "Travis CI (4c9d1e02)".
    2. Look through your security log for activity you do not recognise:
       https://github.com/settings/security
    3. If Travis CI still needs a token, create a new one after revoking the old.

    If you have any questions, contact us at https://github.com/contact.

    Thanks,
    The GitHub Security Team
    """))

# 9 ---------------------------------------------------------------- security-incident
add(url="https://github.com/ikedaosushi/tech-news/issues/13174", provider="Docker Hub", lang="en",
    label="security-incident", deadline="none", phishing=False, html=True,
    frm="Docker <noreply@notify.docker.com>", to="hanna.berg@fjordcode.example",
    subject="Important information about your Docker Hub account",
    date=d(2028, 12, 15, 18, 40, 0, PST), body=t("""
    Dear Docker Hub user,

    On Thursday, December 14th, 2028, we found unauthorized access to a single
    Hub database that holds a subset of non-financial user data. As soon as we
    discovered it, we stepped in and secured the site.

    What we have learned:

    During a short period of unauthorized access, sensitive data from about
    190,000 accounts may have been exposed (fewer than 5% of Hub users). It
    includes usernames and hashed passwords for a small share of these users,
    as well as GitHub and Bitbucket tokens used for Docker autobuilds.

    What we have done:

    - We sent password reset links to the affected users, including you.
    - We revoked the GitHub tokens and access keys stored for autobuilds, so the
      automated builds linked to your repositories have stopped.

    What you need to do:

    - Set a new password with the link in the separate email, and change it on
      any other site where you used the same password.
    - Re-link your GitHub or Bitbucket account in Docker Hub to restart autobuilds.
    - Check the security logs of your GitHub and Bitbucket accounts for
      unexpected activity.

    We are continuing to strengthen our systems and apologise for the trouble.

    The Docker Security Team
    """))

# 10 --------------------------------------------------------------- security-incident
add(url="https://github.com/rubygems/rubygems.org/issues/2462", provider="RubyGems.org", lang="en",
    label="security-incident", deadline="none", phishing=False,
    frm="RubyGems.org <no-reply@mailer.rubygems.org>", to="s.fernandes@lisbon-ruby.example",
    subject="Your RubyGems.org API key has been reset",
    date=d(2028, 12, 16, 9, 12, 33), body=t("""
    Hi sfernandes,

    Your RubyGems.org API key was found inside a gem that has been published
    publicly. Anyone who downloads that gem could use the key to push or yank
    gems in your name.

    To protect your account, we have reset the key. The old key no longer works.

    What you should do:
    - Create a new API key on your profile page:
      https://rubygems.org/profile/edit
    - Update the key in ~/.gem/credentials and in every CI system that pushes gems.
    - Make sure credential files are excluded from the files you package.
    - Check the latest versions of your gems for releases you did not make.

    If you did not expect this message or need help, reply to this email or
    write to support@rubygems.org.

    Thanks,
    The RubyGems.org team
    """))

# 11 --------------------------------------------------------------- security-incident
add(url="https://github.com/npm/npm/issues/21208", provider="npm", lang="en",
    label="security-incident", deadline="none", phishing=False,
    frm="npm <support@npmjs.com>", to="dev@paperkite-apps.example",
    subject="Important security notice about your npm access tokens",
    date=d(2028, 12, 14, 21, 5, 40), body=t("""
    Hello,

    Earlier today a compromised version of the package eslint-scope (3.7.2) was
    published to the registry. Once installed, it tried to read npm credentials
    from the user's .npmrc file and send them to a third party.

    The malicious version was taken down after about two hours. As a precaution,
    we have revoked every npm access token created before 2028-12-14 12:30 UTC,
    including the tokens on your account. We have found no action by an attacker
    against your account.

    What you need to do:
    - Log in again with `npm login` on every machine you publish from.
    - Create new tokens for your CI services and deployment tools and update
      their settings.
    - If eslint-scope@3.7.2 may have been installed on one of your systems, treat
      any other secret stored in .npmrc as exposed and rotate it as well.

    Our incident report has more details:
    https://blog.npmjs.org/post/incident-report-eslint-scope

    Thank you,
    The npm security team
    """))

# 12 --------------------------------------------------------------- security-incident
add(url="https://github.com/pangeo-data/pangeo/issues/830", provider="Codecov", lang="en",
    label="security-incident", deadline="none", phishing=False,
    frm="Codecov <security@codecov.io>", to="k.paulsen@oceanmodel-lab.example",
    subject="Bash Uploader Security Notice",
    date=d(2028, 12, 21, 15, 20, 0), body=t("""
    Hello,

    We are contacting you about a security event involving the Codecov Bash
    Uploader.

    Starting on October 8, 2028, an unauthorized party repeatedly changed our
    Bash Uploader script, using a credential taken from our Docker image build
    process. The altered script could send the environment variables of a CI run
    to a server outside our control. We found the change on December 7, 2028,
    and have since replaced the script and rotated our own credentials.

    Unfortunately, we can confirm that you were affected by this event: at least
    one of your repositories ran the Bash Uploader in CI during that period.

    What we recommend:
    - Immediately re-roll every credential, token or key that was available as
      an environment variable in the CI jobs that used the Bash Uploader.
    - Check your systems and repositories for any use of those secrets.
    - Verify the uploader you download against the published SHA256 checksums.

    Full details: https://about.codecov.io/security-update/

    We are sorry for the impact this has on you.
    The Codecov Team
    """))

# 13 --------------------------------------------------------------- action-required
add(url="https://github.com/dehydrated-io/dehydrated/issues/865", provider="Let's Encrypt", lang="en",
    label="action-required", deadline="2028-12-29", phishing=False,
    frm="noreply@letsencrypt.org", to="hostmaster@saltmarsh-media.example",
    subject="[Urgent] Let's Encrypt revocations affecting your TLS certificates",
    date=d(2028, 12, 27, 6, 49, 8), body=t("""
    Hello,

    Please renew right away any TLS certificate(s) you obtained from Let's
    Encrypt with the TLS-ALPN-01 validation method under the following ACME
    registration (account) ID(s):

     48120937

    We found that a mistake made it possible for TLS-ALPN-01 challenges
    completed before today to fall short of the rules for certificate issuance.
    The mistake has been corrected, and every unexpired certificate validated
    this way will be revoked at 16:00 UTC on 29 December 2028. Please renew your
    certificates now so that visitors to your sites are not interrupted.

    We are sorry for the inconvenience. If you need help renewing, please post in
    our forum thread, where our staff and community members can assist:

    https://community.letsencrypt.org/t/170449

    Thank you,

    The Let's Encrypt Team
    """))

# 14 --------------------------------------------------------------- action-required
add(url="https://github.com/OpenRiskNet/home/issues/42", provider="Let's Encrypt", lang="en",
    label="action-required", deadline="2028-12-20", phishing=False,
    frm="noreply@letsencrypt.org", to="infra@riskmodel-network.example",
    subject="Action required: Let's Encrypt certificate renewals",
    date=d(2028, 12, 5, 2, 57, 0), body=t("""
    Hello,

    Action is required to keep your Let's Encrypt certificate renewals working.

    TLS-SNI-01 validation is reaching end-of-life. It will stop working for a
    while on December 20th, 2028, and for good on January 17th, 2029.
    Certificates issued before then stay valid for 90 days after issuance.

    Before that date, your ACME client has to move to another validation method
    (HTTP-01, DNS-01 or TLS-ALPN-01); otherwise renewals will fail and your
    current certificates will run out.

    TLS-SNI-01 is already switched off in our staging environment, so you can
    test whether your setup will keep working against it:
    https://letsencrypt.org/docs/staging-environment/

    If you use Certbot, you can find instructions here:
    https://community.letsencrypt.org/t/how-to-stop-using-tls-sni-01-with-certbot/83210

    Our forum has many threads on this subject; please search there first, then
    open a new thread if your question is not answered:
    https://community.letsencrypt.org/

    Thank you,
    Let's Encrypt Staff
    """))

# 15 --------------------------------------------------------------- action-required
add(url="https://kunden.aditsystems.de/wiki/liveconfig/sslle/email", provider="Let's Encrypt", lang="en",
    label="action-required", deadline="2028-12-12", phishing=False,
    frm="Let's Encrypt Expiry Bot <expiry@letsencrypt.org>", to="kontakt@kestrel-data.example",
    subject='Let\'s Encrypt certificate expiration notice for domain "portal.kestrel-data.example"',
    date=d(2028, 12, 11, 6, 15, 22), body=t("""
    Hello,

    The certificate (or certificates) covering the names below will expire in
    1 days (on 12 Dec 28 06:15 +0000). Please renew before then, or visitors to
    your website will run into errors.

    portal.kestrel-data.example

    For questions or support, please use https://community.letsencrypt.org/.
    We are unfortunately unable to answer support requests by email.

    You can read when we send these reminders at
    https://letsencrypt.org/docs/expiration-emails/. Note in particular that
    you still get this reminder if you obtained a slightly different certificate
    by adding or removing names. If you have replaced this certificate with a
    newer one that covers more or fewer names than listed above, you may be able
    to ignore this message.

    To stop receiving all email from this address, click
    https://mandrillapp.com/track/unsub.php?u=30850198&id=4d1f0b7c2e9a48f1
    (Warning: this is a one-click action that cannot be undone)
    """))

# 16 --------------------------------------------------------------- action-required
add(url="https://github.com/psf/requests/issues/5615", provider="GitHub", lang="en",
    label="action-required", deadline="none", phishing=False,
    frm="GitHub <noreply@github.com>", to="r.bianchi@torre-analytics.example",
    subject="[GitHub] Deprecation Notice",
    date=d(2028, 12, 12, 11, 19, 44), body=t("""
    Hi @rbianchi,

    On December 12th, 2028 at 11:19 (UTC) you used a password to reach an
    endpoint of the GitHub API with python-requests/2.18.4:

    https://api.github.com/user

    Signing in to the API with a password (basic authentication) is deprecated
    and will stop working soon. Please see
    https://developer.github.com/changes/deprecating-password-auth/
    for the recommended alternatives and the dates on which it will be removed.

    Thanks,
    The GitHub Team
    """))

# 17 --------------------------------------------------------------- action-required
add(url="https://github.com/getgridea/gridea/issues/424", provider="GitHub", lang="en",
    label="action-required", deadline="none", phishing=False,
    frm="GitHub <noreply@github.com>", to="tang.wei@inkpond-blog.example",
    subject="[GitHub API] Deprecation notice for authentication via URL query parameters",
    date=d(2028, 12, 19, 3, 12, 51), body=t("""
    Hi @tangwei,

    On December 19th, 2028 at 03:12 (UTC) your application (Inkpond Comments)
    sent an access token as a query parameter (client_id: 4b7e19d0c2a85f36e1d4)
    to reach an endpoint of the GitHub API:

    https://api.github.com/repos/tangwei/blog-comments/issues?access_token=...

    Passing OAuth credentials in query parameters is deprecated. Please send them
    with Basic Authentication or in the Authorization header instead. Visit
    https://developer.github.com/changes/deprecated-passwords-and-authorizations-api
    for suggested workarounds and removal dates.

    Thanks,
    The GitHub Team
    """))

# 18 --------------------------------------------------------------- action-required
add(url="https://github.com/shiftkey/desktop/issues/448", provider="GitHub", lang="en",
    label="action-required", deadline="none", phishing=False,
    frm="GitHub <noreply@github.com>", to="c.okafor@okafor-dev.example",
    subject="[GitHub] Deprecation Notice",
    date=d(2028, 12, 26, 14, 8, 3), body=t("""
    Hi @okafor-dev,

    You recently used a password to access the repository at
    okafor-dev/field-notes with git using git/2.30.1 (GitHub Desktop 2.6.3).

    Basic authentication with a password is deprecated for Git operations and
    will stop working soon. Visit
    https://github.blog/token-authentication-requirements-for-git-operations/
    for suggested workarounds and removal dates.

    Thanks,
    The GitHub Team
    """))

# 19 --------------------------------------------------------------- action-required (fr)
add(url="https://github.com/mozfr/besogne/issues/164", provider="Gandi", lang="fr",
    label="action-required", deadline="2028-12-29", phishing=False, html=True,
    frm="Gandi <noreply@gandi.net>", to="admin@assoc-lumiere.example",
    subject="[Gandi] Fermeture définitive du centre de données FR-SD2 le 2028-12-29",
    date=d(2028, 12, 8, 10, 30, 0, CET), body=t("""
    Bonjour,

    Notre centre de données de Paris, France (FR-SD2) sera définitivement fermé
    en date du 2028-12-29.

    Le serveur suivant de votre compte y est encore hébergé :
      - « lumiere-web01 » (2 cœurs, 4 Go de RAM)

    Pour qu'il continue de fonctionner, vous devez le migrer vers notre centre de
    données FR-SD3 avant cette date, depuis la rubrique « Serveurs » de votre
    interface d'administration.

    Attention : un serveur qui démarre encore en mode HVM doit d'abord être
    converti vers Xen. La marche à suivre est décrite ici :
    https://wiki.gandi.net/fr/iaas/references/grub

    Une fois la migration terminée, vous recevrez un e-mail de confirmation.

    Cordialement,
    L'équipe Gandi
    """))

# 20 --------------------------------------------------------------- action-required (fr)
add(url="https://docs.gandi.net/fr/noms_domaine/renouvellement/rappels_de_renouvellement.html", provider="Gandi", lang="fr",
    label="action-required", deadline="2028-12-24", phishing=False,
    frm="Gandi <noreply@gandi.net>", to="contact@boulangerie-perret.example",
    subject="[Gandi] Votre nom de domaine boulangerie-perret.example expire le 24/12/2028",
    date=d(2028, 12, 9, 7, 2, 11, CET), body=t("""
    Bonjour,

    Le nom de domaine boulangerie-perret.example, géré sur votre compte Gandi,
    arrive à échéance le 24/12/2028, c'est-à-dire dans 15 jours.

    Le renouvellement automatique n'est pas activé pour ce domaine. S'il n'est
    pas renouvelé avant cette date, il sera suspendu : votre site internet et les
    adresses e-mail qui en dépendent cesseront de fonctionner.

    Pour le renouveler, connectez-vous à votre compte, ouvrez la rubrique
    « Noms de domaine » et choisissez « Renouveler ».

    Renouveler dès maintenant ne vous fait rien perdre : la durée ajoutée part
    toujours de la date d'échéance actuelle. Attendre le dernier moment vous
    expose en revanche à une coupure en cas de problème de paiement ou de
    maintenance du registre.

    Un dernier rappel vous sera envoyé la veille de l'échéance.

    Cordialement,
    L'équipe Gandi
    """))

# 21 --------------------------------------------------------------- action-required
add(url="https://help.lwspanel.com/base/Noms-de-domaine/Renouveler-un-nom-de-domaine/Mail-de-notification-expiration-expirationwarning-net-Solution",
    provider="ICANN-accredited registrar (LWS)", lang="en",
    label="action-required", deadline="none", phishing=False,
    frm="Expiration Warning <noreply@expirationwarning.net>", to="claire.moreau@atelier-moreau.example",
    subject="Expiration notice for atelier-moreau.example",
    date=d(2028, 12, 20, 4, 11, 9), body=t("""
    Dear Claire Moreau,

    This message is a reminder about the registration of your domain name
    atelier-moreau.example, sent under the ICANN Expired Registration Recovery
    Policy.

    Our records show that the registration of this domain passed its expiration
    date on 2028-12-19.

    Depending on the terms of your provider, the domain can still be renewed for
    a limited time. Depending on your agreement, the renewal may happen
    automatically and may not need any action from you.

    If you want to keep the domain, please visit your provider's website for
    more information and make sure the renewal payment is made in time.

    Thank you for your attention.

    Best regards,
    Your ICANN-Accredited Registrar
    """))

# 22 --------------------------------------------------------------- action-required
add(url="https://github.com/heroku/roadmap/issues/177", provider="Heroku", lang="en",
    label="action-required", deadline="none", phishing=False, html=True,
    frm="Heroku <noreply@heroku.com>", to="team@orchard-labs.example",
    subject="Heroku-18 is end-of-life: builds of your apps will now fail",
    date=d(2028, 12, 28, 17, 30, 0), body=t("""
    Hi,

    The Heroku-18 stack reached end-of-life on December 17th, 2028, and we have
    now retired it.

    Apps that are already running on Heroku-18 will keep running. However, any
    build that targets Heroku-18 now fails, so you cannot deploy changes to these
    apps until they are on a supported stack.

    Apps on your account that still use Heroku-18:
      - orchard-api
      - orchard-worker

    Heroku-18 no longer receives security updates, so these apps run at your own
    risk.

    To upgrade, follow the guide at
    https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack
    and see the Heroku-18 End-of-Life FAQ for details:
    https://help.heroku.com/X5OE6BCA/heroku-18-end-of-life-faq

    Thanks,
    The Heroku Team
    """))

# 23 --------------------------------------------------------------- maintenance
add(url="https://github.com/GTNewHorizons/GT-New-Horizons-Modpack/issues/247", provider="dedicated/VPS host (unnamed)", lang="en",
    label="maintenance", deadline="2028-12-18", phishing=False,
    frm="Support <support@rootnet-hosting.example>", to="admin@gtnh-community.example",
    subject="Maintenance notification",
    date=d(2028, 12, 6, 16, 20, 0), body=t("""
    Dear customer,

    With this e-mail we want to let you know about maintenance work that one of
    our carriers will carry out from the 18th of December, 10:00pm, until the
    19th of December, 4:30am GMT. The work will take up to 120 minutes within
    this window.

    While it is in progress, your servers with an IP address from the following
    networks will be unreachable for a while:

    198.51.100.0/26
    198.51.100.64/26
    198.51.100.128/26
    198.51.100.192/26
    203.0.113.0/25
    203.0.113.128/25

    All other IP addresses you use stay reachable. This maintenance will not
    reboot your server or VPS.

    Thank you for your understanding.

    Kind regards
    Your support team
    """))

# 24 --------------------------------------------------------------- maintenance
add(url="https://github.com/UmbHost/Status-Page/issues/9", provider="UmbHost", lang="en",
    label="maintenance", deadline="none", phishing=False,
    frm="UmbHost Support <support@umbhost.net>", to="web@harbourside-dental.example",
    subject="[Scheduled Maintenance] Urgent Server Maintenance",
    date=d(2028, 12, 12, 13, 45, 0), body=t("""
    Hello,

    We need to carry out urgent maintenance on our EU2 hosting server.

    What is happening:
    The server has to be restarted. We have timed the restart for the quietest
    part of the day to keep the impact as small as possible.

    What this means for you:
    Websites and Umbraco back offices hosted on EU2 will be unavailable for a
    short time while the server restarts. You do not need to do anything, and
    none of your data will be changed.

    We will post progress on our status page and confirm there once the work
    has been completed.

    Thank you for your patience,
    The UmbHost Team
    """))

# 25 --------------------------------------------------------------- maintenance (fr)
add(url="https://ailink.fr/maintenance-ovh-sur-les-services-mail-que-se-passe-t-il", provider="Ailink (OVH mail)", lang="fr",
    label="maintenance", deadline="none", phishing=False,
    frm="Ailink <support@ailink.fr>", to="secretariat@cabinet-girard.example",
    subject="Information : maintenance OVH en cours sur les services Mail",
    date=d(2028, 12, 22, 10, 5, 0, CET), body=t("""
    Bonjour,

    Une opération de maintenance est actuellement menée par OVH sur ses services
    de messagerie. Elle touche en particulier les boîtes mail (Mailbox), qui
    peuvent apparaître avec l'état « Maintenance » dans l'espace client OVH.

    Pendant cette intervention, vous pourriez constater :
    - des difficultés pour accéder à votre boîte mail ;
    - des retards dans l'envoi ou la réception des messages ;
    - une indisponibilité passagère du webmail ou des comptes configurés sur
      ordinateur et téléphone.

    Ces perturbations sont dues à l'intervention d'OVH et non à votre
    configuration ou à votre hébergement.

    Tant que le service est en maintenance, aucune correction n'est possible de
    notre côté : les opérations sont entièrement conduites par les équipes
    d'OVH. Il faut donc attendre la fin annoncée de l'intervention.

    Vous pouvez suivre son avancement sur la page d'état d'OVH :
    https://web-cloud.status-ovhcloud.com/

    Nous suivons la situation et vous informerons dès le retour complet du
    service. Aucune action n'est nécessaire de votre part.

    Cordialement,
    L'équipe Ailink
    """))

# 26 --------------------------------------------------------------- pricing (de)
add(url="https://www.meagainsttheweb.de/meinung-webtropia-preiserh%25C3%25B6hung-um-10-prozent-das-ist-zu-viel-oder-doch-nicht",
    provider="webtropia", lang="de",
    label="pricing", deadline="2029-02-10", phishing=False, html=True,
    frm="webtropia.com <info@webtropia.com>", to="Stefan Vogt <s.vogt@vogt-it.example>",
    subject="Wichtige Informationen zu Ihren Verträgen - Preisanpassung zum 10.02.2029",
    date=d(2028, 12, 14, 15, 2, 0, CET), body=t("""
    Sehr geehrter Herr Vogt,

    mit dieser E-Mail informieren wir Sie über eine Änderung der Preise für Ihre
    bestehenden Verträge bei webtropia.com.

    Über lange Zeit haben wir unsere Preise stabil gehalten. In den vergangenen
    Monaten sind die Kosten jedoch in mehreren Bereichen deutlich gestiegen: Der
    Strom für unsere Rechenzentren ist teurer geworden, die Inflation wirkt sich
    auf nahezu alle Ausgaben aus, und auch Wartung und Ersatzteile kosten mehr.

    Wir erhöhen die Preise unserer Dienstleistungen deshalb wirksam zum
    10.02.2029 um 10 %.

    Beispiel aus Ihrem Vertrag:
      Dedicated Server Intel i9 (Vertrag 4418-2093)
      bisher: 99,99 € / Monat    ab 10.02.2029: 109,99 € / Monat

    Rabatte aus Ihrer gewählten Vertragslaufzeit bleiben erhalten und werden auf
    den neuen Preis angerechnet.

    Bei Fragen erreichen Sie unser Support-Team über das Kundenportal.

    Mit freundlichen Grüßen
    Ihr webtropia.com Team
    """))

# 27 --------------------------------------------------------------- pricing (de)
add(url="https://www.danielreiche.de/wordpress_web/achtung-vertragskunden-11-geht-auf-dummfang.html", provider="1&1", lang="de",
    label="pricing", deadline="2029-01-14", phishing=False,
    frm="1&1 Internet <service@1und1.de>", to="Julia Albers <j.albers@albers-fotografie.example>",
    subject="Informationen zu Ihrem 1&1-Vertrag",
    date=d(2028, 12, 4, 11, 20, 0, CET), body=t("""
    Sehr geehrte Frau Albers,

    wir entwickeln unsere Produkte ständig weiter. Deshalb freuen wir uns, Ihnen
    mitzuteilen, dass Ihr Paket 1&1 Dual Unlimited ab dem 14. Januar 2029 über
    zahlreiche Verbesserungen verfügen wird:

    - mehr Speicherplatz für Ihre Website und Ihre Postfächer
    - zusätzliche Datenbanken
    - eine tägliche Datensicherung mit Wiederherstellung per Mausklick
    - erweiterter Schutz vor Schadsoftware

    Neue Preise
    Mit den neuen Leistungen ändert sich ab dem 14. Januar 2029 auch der Preis
    Ihres Pakets: Statt bisher 9,99 € zahlen Sie dann 12,09 € pro Monat
    (inkl. MwSt.).

    Sofern Sie auf die neuen Leistungen verzichten möchten, teilen Sie uns dies
    bitte innerhalb von vier Wochen nach Erhalt dieser E-Mail schriftlich oder
    telefonisch mit.

    Mit freundlichen Grüßen
    Ihr 1&1 Team
    """))

# 28 --------------------------------------------------------------- billing (fr)
add(url="https://spiwee.com/attention-au-renouvellement-automatique-chez-ovh/", provider="OVHcloud", lang="fr",
    label="billing", deadline="none", phishing=False,
    frm="OVHcloud <support@ovh.com>", to="gestion@chalets-mercier.example",
    subject="Echec de prélèvement",
    date=d(2028, 12, 18, 6, 41, 0, CET), body=t("""
    Bonjour,

    Nous n'avons pas pu prélever le montant de votre facture FR41827365
    (21,59 € TTC), émise le 16/12/2028 pour le renouvellement de vos services.

    Depuis l'entrée en vigueur de la nouvelle réglementation européenne sur les
    paiements, la carte bancaire enregistrée sur votre compte ne peut plus être
    utilisée pour les prélèvements automatiques.

    Pour régulariser la situation :
    1. Connectez-vous à votre espace client OVHcloud.
    2. Dans « Moyens de paiement », ajoutez un moyen de paiement valide
       (carte bancaire à enregistrer de nouveau, compte PayPal ou mandat SEPA).
    3. Réglez la facture en attente depuis la rubrique « Mes factures ».

    Tant que cette facture n'est pas réglée, les services concernés en
    renouvellement automatique ne pourront pas être renouvelés.

    Nous vous remercions de votre confiance.
    Le support OVHcloud
    """))

# 29 --------------------------------------------------------------- billing
add(url="https://telq.org/question/65e09ad5657093c853a341f2", provider="Hetzner", lang="en",
    label="billing", deadline="none", phishing=False,
    frm="Hetzner Online GmbH <info@hetzner.com>", to="Tobias Reinholt <t.reinholt@reinholt-gaming.example>",
    subject="Important information about your invoices",
    date=d(2028, 12, 7, 9, 0, 0, CET), body=t("""
    Dear Mr Reinholt,

    we would like to tell you about a change to the billing model for our
    products.

    Starting with the billing period that begins on 8 December 2028, almost all
    of our products will be billed by consumption and by the hour, the same way
    as our Cloud products. If you only use Cloud products, the only change for
    you is the new invoice date described below.

    What this means for you:
    - Consumption-based billing: each invoice covers the service we have
      provided, so you always receive the invoice for the previous month.
    - Hourly billing: charges follow the actual hours of use. Products with a
      yearly fee (domains and SSL certificates) and licences are still charged
      for the whole calendar month, whenever you order them. If you use a
      product for the full month, you pay the usual monthly price.

    During the changeover your products are charged pro rata, so your next two
    invoices may show different amounts. The change happens automatically; you
    do not need to do anything, and your monthly price stays the same.

    After the changeover we would like to answer questions about invoices even
    faster, so from January 2029 your new permanent billing day will be the
    16th of the month.

    If you have questions, please look at our FAQ first:
    https://docs.hetzner.com/general/others/new-billing-model
    You can reach customer service via "Support" in your account.

    Thank you for your understanding and your continued trust.

    Kind regards
    Hetzner Online GmbH
    """))

# 30 --------------------------------------------------------------- informational
add(url="https://community.letsencrypt.org/t/expiration-emails-too-many-unnecessary-etc/9502/3?u=creak", provider="Let's Encrypt", lang="en",
    label="informational", deadline="none", phishing=False,
    frm="Let's Encrypt Community <noreply@community.letsencrypt.org>", to="webops@pinecrest-school.example",
    subject="[Let's Encrypt Community] Expiration Emails (Too Many, Unnecessary, etc.)",
    date=d(2028, 12, 21, 19, 5, 0), body=t("""
    [Update December 21, 2028: the expiration emails are better now. See below.]

    If you gave us an email address when you created your Let's Encrypt account,
    we send you notices when a certificate is due for renewal.

    Our goal is that you will almost never receive one: the notices are timed to
    go out after your automated renewal should already have happened, so an
    email should only arrive in the exceptional case.

    The expiration mailer is still a work in progress, and until recently it sent
    notices even when a certificate had already been renewed. We chose to send a
    few too many rather than risk one of our early subscribers missing an expiry.

    With today's Boulder release we have shipped fixes for every open issue about
    the mailer. If you get a notice you think you should not have, check its
    date. If it was sent after December 21, 2028 6:32 PM UTC, please start a
    thread with the details and we will look into it.

    Each notice contains a link to unsubscribe from future notices. Staging and
    production keep separate unsubscribe lists, so unsubscribing from staging
    does not affect production. We cannot yet re-subscribe an address
    automatically.

    Thanks for bearing with us while we make things smoother!
    """))

# 31 --------------------------------------------------------------- informational
add(url="https://github.com/jwenjian/reading-list/issues/160", provider="GitHub / PyPI", lang="en",
    label="informational", deadline="none", phishing=False,
    frm="GitHub <noreply@github.com>", to="maintainers@quillstack-py.example",
    subject="GitHub Changelog: The Python Package Index is now a GitHub secret scanning integrator",
    date=d(2028, 12, 18, 17, 0, 0), body=t("""
    Hello,

    Here is a new update from the GitHub Changelog.

    The Python Package Index is now a GitHub secret scanning integrator

    From today, GitHub scans every commit pushed to public repositories for
    exposed PyPI API tokens. Any token we find is passed to PyPI, which disables
    it automatically and notifies its owner by email. The whole process usually
    completes within seconds.

    Why this matters:
    A leaked PyPI token can be used to upload new releases of your packages.
    Disabling it as soon as it shows up in public code closes that door before
    anyone can use it.

    There is nothing to set up: the integration is active for all public
    repositories on GitHub.

    Learn more about secret scanning:
    https://docs.github.com/code-security/secret-scanning

    You are receiving this because you subscribed to GitHub Changelog updates.
    """))

# 32 --------------------------------------------------------------- informational
add(url="https://github.com/github/roadmap/issues/556", provider="npm", lang="en",
    label="informational", deadline="none", phishing=False, html=True,
    frm="The npm Team <noreply@npmjs.com>", to="release@brightloom-ui.example",
    subject="Granular access tokens on npm are now generally available",
    date=d(2028, 12, 19, 16, 0, 0), body=t("""
    Hi there,

    Granular access tokens, which until now were only open to beta customers,
    are now available to every npm user.

    What you get:
    - Fine-grained permissions: give a token read or write access only to the
      packages and organizations it needs.
    - Expiration by default: every granular token comes with an expiry date.
    - IP restrictions: limit where a token can be used to one or more CIDR ranges.

    How to start:
    Sign in at npmjs.com, open "Access Tokens" from your profile menu and choose
    "Generate New Token" > "Granular Access Token". Your existing tokens keep
    working as before.

    We recommend granular tokens for automation such as CI/CD, with the smallest
    set of permissions that still gets the job done.

    Happy publishing,
    The npm team
    """))

# 33 --------------------------------------------------------------- security-advisory
add(url="https://github.com/codecov/codecov-node/issues/298", provider="Codecov", lang="en",
    label="security-advisory", deadline="none", phishing=False,
    frm="Codecov <security@codecov.io>", to="ci@lanternjs.example",
    subject="Bash Uploader security update: the Node uploader is not affected",
    date=d(2028, 12, 21, 21, 30, 0), body=t("""
    Hello,

    Earlier today we published a security update about an unauthorized change to
    our Bash Uploader script that was in place between October 8 and
    December 7, 2028.

    Many users of our Node package have asked whether they are affected. We can
    confirm that the codecov package on npm (codecov-node) was not affected by
    this event. It sends coverage reports directly to our API and never downloads
    or runs the Bash Uploader.

    The same applies to the other community-maintained uploaders that do not call
    the Bash Uploader.

    Only pipelines that use the Bash Uploader directly, or an integration that
    wraps it, need to follow the steps in the full security update:
    https://about.codecov.io/security-update/

    For further questions, please contact security@codecov.io.

    The Codecov Team
    """))

# 34 --------------------------------------------------------------- phishing (GitHub)
add(url="https://github.com/2018yuli/trilium-cn/issues/3", provider="GitHub (impersonated)", lang="en",
    label="security-incident", deadline="none", phishing=True, html=True,
    frm="Torvane <notifications@github.com>", to="liwen-dev/notes-cn <notes-cn@noreply.github.com>",
    subject="[liwen-dev/notes-cn] Security your Account Now (Issue #3)",
    date=d(2028, 12, 22, 10, 47, 31), body=t("""
    Hello @liwen-dev

    [Security your Account Now](https://github.com/login/oauth/authorize?client_id=Ov23liX7Rk2QpZ0aBc&redirect_uri=https://git-access-revoke.example/auth/callback&scope=repo%20user%20delete_repo%20workflow)

    Your GitHub **Personal Access Token** or **OAuth app token** was used in an unusual way.

    ## Incident Details
    - **Source IP:** 203.0.113.201 (unknown / suspicious origin)
    - **Timestamp:** 2028-12-21 10:42 UTC
    - **Malicious Actions:**
      - Repositories cloned without authorization (source code may have been copied)
      - Issues and pull requests created and edited (possible backdoor injection)
      - GitHub Actions workflows changed (possible CI/CD takeover)

    Possible risks:
    - Repositories changed without your permission
    - Malicious code slipped into production pipelines
    - CI/CD secrets and environment variables exposed

    We strongly advise you to:
    1. Revoke the compromised token.
    2. Audit recent commits and pull requests.
    3. Check GitHub Actions workflows for unauthorized changes.

    [Review Token Activity](https://github.com/login/oauth/authorize?client_id=Ov23liX7Rk2QpZ0aBc&redirect_uri=https://git-access-revoke.example/auth/callback&scope=repo%20user%20delete_repo%20workflow)

    --
    Reply to this email directly or view it on GitHub:
    https://github.com/liwen-dev/notes-cn/issues/3
    You are receiving this because you were mentioned.
    """))

# 35 --------------------------------------------------------------- phishing (GitHub)
add(url="https://github.com/tkersey/isbn/issues/19", provider="GitHub (impersonated)", lang="en",
    label="security-incident", deadline="none", phishing=True, html=True,
    frm="quillmarsh <notifications@github.com>", to="hkato/isbn-tools <isbn-tools@noreply.github.com>",
    subject="[hkato/isbn-tools] GitHub Account Security Alert (Issue #19)",
    date=d(2028, 12, 3, 7, 16, 40), body=t("""
    # Urgent: GitHub Account Security Alert!

    Hello,

    We have noticed unusual access to your **GitHub account**. To keep your
    account secure, we need you to act right away.

    ## What You Need To Do:

    1. **Reset Your Password**
       - Use this secure link to reset your password now: [Reset Password](https://github.account-recovery-portal.example/)

    2. **Revoke Unauthorized Access**
       - After the reset, review any access you do not recognise and revoke it.

    Thank you for acting quickly to keep your account safe.

    *If you did not start this access, contact us immediately.*

    Best Regards,
    **GitHub Security Team**

    --
    Reply to this email directly or view it on GitHub:
    https://github.com/hkato/isbn-tools/issues/19
    You are receiving this because you are subscribed to this thread.
    """))

# 36 --------------------------------------------------------------- phishing (OVH, fr), HTML only
add(url="https://www.cinov-occitanie.fr/faux-emails-de-relance-ovh-attention-cest-une-arnaque-2018-08-29", provider="OVH (impersonated)", lang="fr",
    label="billing", deadline="none", phishing=True, html_only=True,
    frm="OVH <noreply@ovh-clients-facturation.example>", to="contact@gite-des-pins.example",
    subject="Actualisation de votre moyen de paiement",
    date=d(2028, 12, 13, 3, 27, 55, CET), body=t("""
    <html>
    <body style="font-family: Arial, sans-serif; font-size: 14px;">
    <p><strong>OVH</strong> - Espace client</p>
    <p>Cher(e) client(e),</p>
    <p>Nous n'avons pas pu procéder au renouvellement de vos services :
    le paiement lié à votre compte a été refusé par votre banque.</p>
    <p>Afin d'éviter la suspension de votre hébergement et de votre nom de
    domaine, vous devez actualiser votre moyen de paiement.</p>
    <p style="text-align: center;">
    <a href="http://espace-client.ovh-renouvellement-paiement.example/manager/billing/">Mettre à jour mon moyen de paiement</a>
    </p>
    <p>Sans action de votre part, vos services seront suspendus et les
    données associées pourront être supprimées.</p>
    <p>Nous vous remercions de votre confiance.<br>
    Le Service Client OVH</p>
    </body>
    </html>
    """))


# ---------------------------------------------------------------- helpers
def text_to_html(text):
    import html as h
    paras = text.strip("\n").split("\n\n")
    out = ["<html>", "<body>"]
    for p in paras:
        out.append("<p>" + "<br>\n".join(h.escape(line) for line in p.split("\n")) + "</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def cte_for(n, text):
    if n["lang"] == "zh":
        return "base64"
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "quoted-printable"


def mangle(text):
    return re.sub(r"(?m)^From ", ">From ", text)


def build(i, n):
    m = EmailMessage(policy=POLICY)
    m["From"] = n["frm"]
    m["To"] = n["to"]
    m["Subject"] = n["subject"]
    m["Date"] = format_datetime(n["date"])
    dom = n["frm"].rsplit("@", 1)[1].rstrip(">")
    h = hashlib.sha1(("%s-%d-%s" % (NAME, i, n["url"])).encode()).hexdigest()[:20]
    m["Message-ID"] = "<%s.%s@%s>" % (h, n["date"].strftime("%Y%m%d%H%M%S"), dom)
    m["MIME-Version"] = "1.0"
    m["X-Training-Label"] = n["label"]
    m["X-Training-Deadline"] = n["deadline"]
    if n["phishing"]:
        m["X-Training-Phishing"] = "yes"
    body = n["body"]
    if n.get("html_only"):
        m.set_content(body, subtype="html", charset="utf-8", cte=cte_for(n, body))
    else:
        m.set_content(body, subtype="plain", charset="utf-8", cte=cte_for(n, body))
        if n.get("html"):
            hb = text_to_html(body)
            m.add_alternative(hb, subtype="html", charset="utf-8", cte=cte_for(n, hb))
            m.get_payload()  # make sure it is multipart
            m.set_boundary("=_g46_%02d_%s" % (i, h[:12]))
    return m


def envelope(n):
    addr = n["frm"].rsplit("<", 1)[-1].rstrip(">").strip()
    return "From %s %s" % (addr, n["date"].astimezone(UTC).ctime())


def write_mbox():
    with open(MBOX, "wb") as f:
        for i, n in enumerate(N, 1):
            raw = build(i, n).as_bytes(policy=POLICY).decode("ascii")
            raw = mangle(raw)
            if not raw.endswith("\n"):
                raw += "\n"
            f.write((envelope(n) + "\n" + raw + "\n").encode("ascii"))


# ---------------------------------------------------------------- checks
def check():
    problems = []
    if len(N) != 36:
        problems.append("expected 36 notices, have %d" % len(N))
    urls = [n["url"] for n in N]
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URL")
    box = mailbox.mbox(MBOX, factory=lambda fp: email.message_from_binary_file(fp, policy=email.policy.default),
                       create=False)
    msgs = list(box)
    if len(msgs) != len(N):
        problems.append("mbox holds %d messages, expected %d" % (len(msgs), len(N)))
    for i, (n, m) in enumerate(zip(N, msgs), 1):
        tag = "#%d" % i
        for hdr in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[hdr] is None:
                problems.append("%s missing header %s" % (tag, hdr))
        subj = re.sub(r"\n[ \t]", " ", str(m["Subject"])).strip()
        if subj != n["subject"]:
            problems.append("%s subject differs: %r" % (tag, subj))
        lab = str(m["X-Training-Label"])
        if lab not in LABELS or lab != n["label"]:
            problems.append("%s bad label %r" % (tag, lab))
        dl = str(m["X-Training-Deadline"])
        if dl != n["deadline"]:
            problems.append("%s deadline differs" % tag)
        dt = m["Date"].datetime
        if dt != n["date"]:
            problems.append("%s date differs" % tag)
        if dt.year != 2028 or dt.month != 12:
            problems.append("%s not in December 2028" % tag)
        if dl != "none":
            try:
                dd = date.fromisoformat(dl)
            except ValueError:
                problems.append("%s invalid deadline %r" % (tag, dl))
                dd = None
            if dd and dd < dt.date():
                problems.append("%s deadline before Date header" % tag)
        ph = m["X-Training-Phishing"]
        if n["phishing"] and str(ph) != "yes":
            problems.append("%s phishing header missing" % tag)
        if not n["phishing"] and ph is not None:
            problems.append("%s unexpected phishing header" % tag)
        part = m.get_body(preferencelist=("plain",) if not n.get("html_only") else ("html",))
        got = part.get_content().replace("\r\n", "\n")
        if got.rstrip("\n") != mangle(n["body"]).rstrip("\n"):
            problems.append("%s body differs" % tag)
        lines = n["body"].rstrip("\n").count("\n") + 1
        if not 8 <= lines <= 40:
            problems.append("%s body has %d lines" % (tag, lines))
        cte = str(part["Content-Transfer-Encoding"] or "7bit").lower()
        if n["lang"] == "zh" and cte != "base64":
            problems.append("%s CJK body not base64" % tag)
        if n["lang"] != "zh":
            try:
                n["body"].encode("ascii")
            except UnicodeEncodeError:
                if cte != "quoted-printable":
                    problems.append("%s non-ASCII body not quoted-printable" % tag)
        if n.get("html") and not m.is_multipart():
            problems.append("%s expected multipart/alternative" % tag)
    with open(MBOX, "rb") as f:
        raw = f.read().decode("ascii")
    for line in raw.split("\n"):
        if line.startswith("From ") and not re.match(r"From \S+@\S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$", line):
            problems.append("unescaped From line: %r" % line[:60])
    for hdr_line in re.findall(r"(?m)^(?:Subject|From|To): .*$", raw):
        try:
            hdr_line.encode("ascii")
        except UnicodeEncodeError:
            problems.append("non-ASCII header not encoded")
    # mix
    c = Counter(n["label"] for n in N if not n["phishing"])
    ph = sum(1 for n in N if n["phishing"])
    crit = c["abuse"] + c["security-incident"]
    want = {"maintenance": 3, "pricing": 2, "billing": 2, "informational": 3, "security-advisory": 1}
    if crit < 11:
        problems.append("only %d critical" % crit)
    if c["action-required"] < 6:
        problems.append("only %d action-required" % c["action-required"])
    for k, v in want.items():
        if c[k] != v:
            problems.append("%s count %d != %d" % (k, c[k], v))
    if ph != 3:
        problems.append("phishing count %d != 3" % ph)
    langs = Counter(n["lang"] for n in N if not n["phishing"])
    if langs["de"] + langs["fr"] < 4:
        problems.append("fewer than 4 German/French notices")
    return problems, c, ph


def write_readme(c, ph):
    langs = Counter(n["lang"] for n in N)
    provs = sorted(set(n["provider"] for n in N))
    out = []
    out.append("# Validation batch %s\n" % NAME)
    out.append("36 labelled cloud/hosting/SaaS notices moved into December 2028, written as an mboxo file "
               "(`set-%s.mbox`) by `set_%s.py` (standard library only, deterministic; it re-reads and checks "
               "the mbox and prints OK). Mix: smaller hosts, SaaS and developer platforms, with German and "
               "French notices and three phishing mails impersonating providers. Every notice follows one "
               "public original (listed below and in `used-sources.txt`), rewritten in new words with "
               "invented names, ids, `.example` customer domains and documentation IP ranges; each "
               "original's dates were shifted by one whole-week offset into December 2028.\n" % (NAME, NAME))
    out.append("Labels are in `X-Training-Label`, `X-Training-Deadline` and (phishing only) "
               "`X-Training-Phishing: yes`.\n")
    out.append("## Counts\n")
    out.append("| label | non-phishing | phishing |")
    out.append("|---|---|---|")
    for lab in sorted(LABELS):
        p = sum(1 for n in N if n["phishing"] and n["label"] == lab)
        out.append("| %s | %d | %d |" % (lab, c[lab], p))
    out.append("| **total** | %d | %d |\n" % (sum(c.values()), ph))
    out.append("Critical (abuse + security-incident, non-phishing): %d. Languages: %s.\n"
               % (c["abuse"] + c["security-incident"],
                  ", ".join("%s %d" % (k, v) for k, v in sorted(langs.items()))))
    out.append("## Providers\n")
    out.append(", ".join(provs) + "\n")
    out.append("## Notices\n")
    out.append("| # | label | deadline | provider | phishing | language | original URL |")
    out.append("|---|---|---|---|---|---|---|")
    for i, n in enumerate(N, 1):
        out.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], n["deadline"], n["provider"], "yes" if n["phishing"] else "no",
            n["lang"], n["url"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    with open(os.path.join(HERE, "used-sources.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(n["url"] for n in N) + "\n")


def main():
    write_mbox()
    problems, c, ph = check()
    write_readme(c, ph)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
