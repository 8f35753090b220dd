#!/usr/bin/env python3
"""Generate validation batch g53: 36 labelled cloud-provider notices (February 2029).

Smaller hosts and SaaS (DigitalOcean, Hetzner, OVHcloud, Scaleway, IONOS, Linode,
Heroku, Render, Cloudflare, GitHub, Atlassian, Slack, SendGrid ...): abuse reports,
leaked tokens and compromised accounts, ends of life, required migrations,
maintenance, price changes and invoices.  4 German, 4 French, 2 Spanish notices,
3 of all notices phishing.
Standard library only, deterministic.  Writes set-g53.mbox, README.md and
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
NAME = "g53"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 2)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

UTC = dt.timezone.utc
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))
EST = dt.timezone(dt.timedelta(hours=-5))
EDT = dt.timezone(dt.timedelta(hours=-4))
CDT_MX = dt.timezone(dt.timedelta(hours=-6))


def gh(repo, ref, path):
    return "https://github.com/%s/blob/%s/%s" % (repo, ref, path)


# --------------------------------------------------------------------------
# date formatting
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def fmts(key, d):
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    w = d.weekday()
    m = d.month - 1
    return {
        key + "_en": "%s %d, %d" % (EN_MON[m], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[m], d.day, d.year),
        key + "_enth": "%s %s, %d" % (EN_MON[m], ordinal(d.day), d.year),
        key + "_enmd": "%s %d" % (EN_MON[m], d.day),
        key + "_gb": "%d %s %d" % (d.day, EN_MON[m], d.year),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_time": d.strftime("%H:%M"),
        key + "_secs": d.strftime("%H:%M:%S"),
        key + "_ymd": d.strftime("%Y-%b-%d"),
        key + "_de": d.strftime("%d.%m.%Y"),
        key + "_dew": "%s, %d. %s %d" % (DE_WD[w], d.day, DE_MON[m], d.year),
        key + "_delong": "%d. %s %d" % (d.day, DE_MON[m], d.year),
        key + "_fr": "%d %s %d" % (d.day, FR_MON[m], d.year),
        key + "_frw": "%s %d %s %d" % (FR_WD[w], d.day, FR_MON[m], d.year),
        key + "_frmy": "%s %d" % (FR_MON[m], d.year),
        key + "_frnum": d.strftime("%d/%m/%Y"),
        key + "_es": "%d de %s de %d" % (d.day, ES_MON[m], d.year),
        key + "_esw": "%s %d de %s de %d" % (ES_WD[w], d.day, ES_MON[m], d.year),
        key + "_esnum": d.strftime("%d/%m/%Y"),
        key + "_my": "%s %d" % (EN_MON[m], d.year),
        key + "_y": "%d" % d.year,
        key + "_demy": "%s %d" % (DE_MON[m], d.year),
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
    N.append(kw)


# ====================== critical: security-incident (6) ======================
notice(
    lang="en", label="security-incident", phishing=False, provider="Slack",
    url="https://github.com/Talent-Catalog/talentcatalog/issues/903",
    frm=("Slack", "feedback@slack.com"),
    to="owner@harbourline-jobs.example",
    subject="Important information about your Slack account",
    dates={"sd": dt.datetime(2024, 4, 19, 16, 42, tzinfo=PDT)},
    deadline=None,
    body="""Hi there,

We have learned that one or more authentication tokens tied to your
account (mhalvorsen) on harbourline-jobs.slack.com could be read on a
publicly reachable web page. A token works like a password: it lets a
program act on Slack on your behalf.

The tokens turned up in a public code repository on GitHub, next to the
source of a custom integration that posts new job listings into your
workspace. Anyone who found that repository could have used them.

To keep your workspace safe, we have permanently revoked the affected
tokens for you:

  App: Job Board Poster (A01HX7Q2LKM)
  Token type: bot token (xoxb-...-7Qe2)

Because of this, the app has been removed and any bot or script that
relied on these tokens has stopped working.

What we recommend:
  1. Review the access logs for your workspace for anything unexpected.
  2. Create the app again and issue new tokens.
  3. Keep the new tokens out of code you publish; store them as secrets.

If you have questions, just reply to this email.

Thanks,
The team at Slack""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Slack",
    url="https://onlinepitstop.com/2022/08/09/slack-admits-to-leaking-hashed-passwords-for-five-years/",
    frm=("Slack", "feedback@slack.com"),
    to="lena.fischer@bluewren-studio.example",
    subject="Notice about your Slack account",
    dates={"sd": dt.datetime(2022, 8, 4, 9, 15, tzinfo=PDT),
           "b1": dt.date(2017, 4, 17), "b2": dt.date(2022, 7, 17)},
    deadline=None,
    body="""Hello,

We are writing to tell you about a bug we recently fixed, and about a
step we have taken on your account (lena.fischer@bluewren-studio.example).

Between {b1_en} and {b2_en}, whenever a member of a workspace
created or revoked a shared invitation link, Slack's servers also sent
that person's hashed password to other members of the workspace. The
hash never appeared in any Slack app; seeing it required watching the
encrypted network traffic coming from our servers.

An independent security researcher reported the problem to us on
{b2_en}, and it was fixed the same day. Your account was one of
those that created or revoked such a link in that period.

Passwords are salted before they are hashed, so recovering a password
from the hash is very hard in practice. Out of caution, we have reset
your Slack password. The next time you sign in you will be asked to
choose a new one.

We also suggest that you:
  - turn on two-factor authentication for your Slack account;
  - use a unique password for Slack, ideally from a password manager;
  - review your recent sign-ins at https://my.slack.com/account/logs.

We are sorry for the trouble this causes.

The team at Slack""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Slack",
    url="https://www.androidpolice.com/2021/02/05/that-slack-email-you-just-got-asking-to-reset-your-password-is-legit-not-a-scam/",
    frm=("Slack", "feedback@slack.com"),
    to="r.okafor@tidemark-logistics.example",
    subject="Please reset your Slack password",
    dates={"sd": dt.datetime(2021, 2, 5, 14, 30, tzinfo=PST),
           "intro": dt.date(2020, 12, 21), "found": dt.date(2021, 1, 20),
           "fixed": dt.date(2021, 1, 21)},
    deadline=None,
    html=True,
    body="""Hi Rasheed,

A bug in one version of the Slack app for Android caused it to write
the sign-in details of some people, including their passwords, in plain
text to log files kept in the app's data on the phone. Your account was
signed in on a device that ran this version.

The bug was introduced on {intro_en}. We found it on
{found_en} and shipped a fix on {fixed_en}. We have no sign
that anyone else gained access to your account, but the password may
still sit in the app data on your phone.

Please do the following:

  1. Reset your Slack password here:
     https://slack.com/reset-password?src=android-log
  2. Clear the Slack app's data on your Android device
     (Settings > Apps > Slack > Storage > Clear data), then sign in again.
  3. If you used the same password on other sites, change it there too.

The affected app version can no longer be used.

We are sorry for this mistake.

The team at Slack""")

notice(
    lang="en", label="security-incident", phishing=False, provider="DigitalOcean",
    url="https://cybersrcc.com/2020/05/13/digitalocean-accidently-leaks-customer-data/",
    frm=("DigitalOcean", "support@digitalocean.com"),
    to="billing@quietpine-apps.example",
    subject="Important information about your DigitalOcean account",
    dates={"sd": dt.datetime(2020, 5, 13, 18, 5, tzinfo=UTC), "doc": dt.date(2018, 6, 15)},
    deadline=None,
    body="""Hello,

We are writing to let you know about a data exposure that involved
information about your DigitalOcean account.

An internal DigitalOcean document from {doc_y} was unintentionally left
reachable through a public link, without a password. The document held
your email address and/or account name (the name you chose at sign-up)
together with some data about your account, which may have included:

  - your Droplet count and bandwidth usage
  - notes from your conversations with our sales or support teams
  - the amount you paid to DigitalOcean during {doc_y}

Once we learned of the link we took the document offline. Our review of
the access logs shows that it was opened at least 15 times before that.

We have found no unauthorized access to your Droplets or other
resources as a result of this incident. Passwords and API tokens were
not part of the document.

Our community is built on trust. We are training our staff on handling
customer data, adding procedures that warn us sooner about possible
exposures, and changing configurations to prevent a repeat.

If you have questions, please contact our support team.

Thank you,
Team DigitalOcean""")

notice(
    lang="en", label="security-incident", phishing=False, provider="DigitalOcean",
    url="https://status.digitalocean.com/incidents/x562h28zlwv7",
    frm=("DigitalOcean Security", "security@digitalocean.com"),
    to="admin@larkspur-analytics.example",
    subject="Security notification regarding your account records",
    dates={"sd": dt.datetime(2017, 8, 1, 17, 40, tzinfo=UTC),
           "inc": dt.datetime(2017, 7, 31, 10, 29)},
    deadline=None,
    body="""Hello,

We are contacting you personally because information from your account
was shown to another DigitalOcean user.

On {inc_en} at 10:29 UTC a user told us that our newly launched
support portal let them see data belonging to another customer. Our
security team disabled the affected part of the portal at 12:50 UTC,
took the portal offline at 13:35 UTC and restored it once the fix was
in place at 16:28 UTC.

Our log review shows that two customer records were exposed, to a
single user, who reported the problem to us right away. Yours was one
of them. The record contained the contact details and ticket summary
stored for your account (larkspur-analytics, account ID 3081-5526).
No billing data, passwords or API tokens were included.

We have fixed the bug and updated our internal change management
policies for third-party systems such as the support portal.

We take your privacy very seriously and apologize for this error. If
you have any questions, reply to this email and our security team will
respond.

DigitalOcean Security""")

notice(
    lang="en", label="security-incident", phishing=False, provider="SendGrid (Twilio)",
    url="https://github.com/themarshallproject/klaxon/issues/340",
    frm=("SendGrid", "no-reply@sendgrid.com"),
    to="alerts@riverbend-watch.example",
    subject="Your SendGrid password has been reset",
    dates={"sd": dt.datetime(2020, 5, 15, 11, 20, tzinfo=PDT)},
    deadline=None,
    body="""Hello,

As part of our ongoing security monitoring, we found that the login
credentials for your SendGrid account (username: riverbend_watch) may
have been exposed outside of SendGrid.

To protect your account and your sending reputation, we have reset the
account password. You will not be able to sign in with the old
password, and any application that still sends mail with the old
username and password over SMTP or the Web API will fail to
authenticate until you change it.

Next steps:
  1. Choose a new password with the "Forgot password" link on the
     SendGrid sign-in page.
  2. Create an API key with only the permissions your application
     needs and use it instead of your username and password.
  3. Turn on two-factor authentication.
  4. Review your recent activity and sender settings for anything you
     do not recognize.

If you have questions, please contact our support team.

Thank you,
The SendGrid Team""")

# ====================== critical: abuse (6) ======================
notice(
    lang="fr", label="abuse", phishing=False, provider="OVHcloud",
    url="https://github.com/ovh/docs/pull/6350",
    frm=("OVHcloud", "support@ovh.com"),
    to="gerance@atelier-sorel.example",
    subject="[OVHcloud] Votre adresse contact@atelier-sorel.example est bloquée pour SPAM",
    dates={"sd": dt.datetime(2024, 5, 22, 10, 48, tzinfo=CEST)},
    deadline=None,
    body="""Bonjour,

Notre serveur antispam, qui analyse les e-mails au moment de leur envoi,
a relevé une activité suspecte sur l'adresse suivante de votre offre
MX Plan (référence de service : mxplan-ab4371.mail.ovh.net) :

  contact@atelier-sorel.example

Plusieurs messages envoyés depuis cette adresse présentaient des
éléments caractéristiques de courriers indésirables. L'adresse a donc
été bloquée automatiquement : elle peut toujours recevoir des messages,
mais il n'est plus possible d'en envoyer.

Avant de demander le déblocage, nous vous conseillons de :
  - vérifier auprès des utilisateurs de l'adresse qu'ils ne sont pas à
    l'origine d'envois massifs ;
  - changer le mot de passe de l'adresse ;
  - analyser les postes et téléphones qui l'utilisent avec un antivirus
    à jour.

Une fois ces vérifications faites, vous pourrez débloquer l'adresse
depuis votre espace client, rubrique Web Cloud > E-mails > Comptes
e-mail, en indiquant les mesures prises.

Cordialement,
Le support OVHcloud""")

notice(
    lang="en", label="abuse", phishing=False, provider="OVHcloud",
    url="https://github.com/ovh/cerberus-core/blob/master/abuse/tests/samples/sample4",
    frm=("OVH Abuse", "abuse@ovh.net"),
    to="noc@streamvault-media.example",
    subject="Notification [Ticket #CERB-5F82D1]",
    dates={"sd": dt.datetime(2015, 6, 3, 17, 12, tzinfo=CEST),
           "rcv": dt.date(2015, 5, 30)},
    deadline=None,
    body="""Hello,

Our abuse team has received a complaint concerning a service in your
account (customer ID sm48812-ovh).

  Service: ns3071442.ip-198-51-100.example (198.51.100.77)
  Category: Copyright
  Reported URL: http://live.streamvault-media.example/
  Complaint received: {rcv_en}

The complainant, acting for a sports television broadcaster that holds
the exclusive worldwide rights to its channels, states that the page
above shows and makes available to the public images from those
broadcasts without permission. They add that the site operator has
already been warned directly and has continued.

Under our terms of service you are responsible for the content hosted
on your services. Please review the reported content and remove it if
it infringes the rights described, then reply to this message with the
actions you have taken, keeping the ticket number in the subject.

The full complaint is attached to this ticket and can be viewed in
your control panel under Support > Abuse.

Regards,
OVH Abuse Team""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=gh("github/dmca", "master", "2026/01/2026-01-06-openlogreplicator.md"),
    frm=("GitHub Trust & Safety", "copyright@github.com"),
    to="kwan.liu@graniteflow.example",
    subject="[GitHub] DMCA Takedown Notice - graniteflow-dev/LogReplica",
    dates={"sd": dt.datetime(2026, 1, 6, 11, 5, tzinfo=PST)},
    deadline="rel",
    rel=("bdays", 1),
    body="""Hi @graniteflow-dev,

GitHub has received a DMCA takedown notice about content in your
repository graniteflow-dev/LogReplica. The complaint, with personal
details removed, will be published in our public DMCA repository.

The copyright holder of the original project says that several files
in your repository were copied from it under the GNU GPL v3 and that
the copyright headers, author information and references to the
original project were taken out. The files named include:

  src/transaction/TransactionBuffer.h
  src/transaction/TransactionChunk.h
  src/transaction/Transaction.h
  src/parser/RedoLogRecord.h

According to the complainant, you can bring the repository into
compliance by restoring the original copyright headers, adding the
full GPL v3 text in a LICENSE file, keeping the warranty disclaimers
and marking the changes you made.

Because the notice identifies specific files, we are giving you 1
business day to make these changes. Please reply to this email once
you have done so. If the content is still there after that, we will
have to disable the repository.

If you believe the notice is mistaken, you can file a counter notice:
https://docs.github.com/articles/guide-to-submitting-a-dmca-counter-notice

GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=gh("github/dmca", "master", "2026/01/2026-01-06-flussonic.md"),
    frm=("GitHub Trust & Safety", "copyright@github.com"),
    to="dev.sohel@mailbox-rapid.example",
    subject="[GitHub] Repository disabled: sohel-tools/StreamServer-Unlocked",
    dates={"sd": dt.datetime(2026, 1, 6, 15, 38, tzinfo=PST)},
    deadline=None,
    body="""Hi @sohel-tools,

We are writing to let you know that we have disabled access to your
repository sohel-tools/StreamServer-Unlocked.

We received a notice from an association that represents the company
owning a commercial video streaming server. The notice states that the
whole repository is infringing: it distributes a copy of the server
that has been modified to run without a valid licence.

GitHub's Acceptable Use Policies do not allow sharing unauthorized
product licensing keys, software that generates them, or software that
bypasses licence checks. We have processed the notice under that
policy, so the repository was disabled without the usual period for
making changes.

The notice, with personal information removed, will be published in
our public DMCA repository.

If you believe that the repository was disabled in error, you may
submit a counter notice:
https://docs.github.com/articles/guide-to-submitting-a-dmca-counter-notice

Please note that repeated violations can lead to the suspension of
your account.

GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub (npm)",
    url=gh("github/dmca", "master", "2026/03/2026-03-23-floatist-npm.md"),
    frm=("npm Support", "support@npmjs.com"),
    to="contractor.dev@juniper-loop.example",
    subject="DMCA Takedown Notice for npm package harborpoint-ui-kit",
    dates={"sd": dt.datetime(2026, 3, 23, 9, 50, tzinfo=PDT)},
    deadline="rel",
    rel=("bdays", 1),
    body="""Hi ~jloop-dev,

npm, Inc. (a GitHub company) has received a DMCA takedown notice
concerning your package:

  https://www.npmjs.com/package/harborpoint-ui-kit

The complainant, a software company, states that the package contains
proprietary source code from its internal platform. According to the
notice, the code was written by contractors under a work-for-hire
agreement, so the rights belong to the company, and the package was
published without its knowledge or permission. The complainant asks
for the package to be removed.

Before we disable the package, we want to give you the chance to act.
You have 1 business day to unpublish the package or remove the
material named in the notice. Please reply to this email to tell us
what you have done.

If nothing changes within that time, we will remove the package from
the registry. If you think the notice is wrong, you can send us a
counter notice; details are in our DMCA policy.

A copy of the notice, with personal information removed, will be
published in GitHub's public DMCA repository.

Thank you,
npm Support""")

notice(
    lang="en", label="abuse", phishing=False, provider="Heroku",
    url="https://github.com/shakilofficial0/UEHToR/issues/10",
    frm=("Heroku", "bot@heroku.com"),
    to="nadim.h@quickmail-box.example",
    subject="Your Heroku account has been suspended",
    dates={"sd": dt.datetime(2020, 11, 8, 13, 27, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Your Heroku account nadim.h@quickmail-box.example has been suspended,
effective immediately.

Reason for suspension: violation of the Heroku Acceptable Use Policy
(https://www.heroku.com/policy/aup).

Our systems flagged the app tor-web-relay-4821, deployed from a
public repository a few minutes before this message, as running an
anonymizing proxy that forwards third-party traffic through the Heroku
platform. This use is not permitted.

As a result of the suspension:
  - all apps owned by this account have been stopped;
  - you can no longer sign in to the Dashboard or use the Heroku CLI;
  - add-ons attached to these apps will be removed.

If you believe this suspension was made in error, contact
suspended-account@heroku.com from the email address on the account
and explain how the app was being used.

Regards,
Heroku Trust & Safety""")

# ====================== phishing (3) ======================
notice(
    lang="de", label="billing", phishing=True, provider="IONOS (impersonated)",
    url="https://www.telespiegel.de/news/25/gefaelschte-ionos-mails",
    frm=("IONOS Kundenservice", "c.schmider@ionos-erstattung-service.example"),
    to="info@baeckerei-lindner.example",
    subject="Wichtige Information zu Ihrem Kundenkonto",
    dates={"sd": dt.datetime(2025, 12, 8, 9, 14, tzinfo=CET),
           "paid": dt.date(2025, 9, 10), "due": dt.date(2025, 12, 20)},
    deadline="due",
    html=True,
    body="""Guten Tag,

mein Name ist Caroline Schmider, und ich bin ab sofort Ihre persönliche
Ansprechpartnerin bei IONOS.

Bei einer erneuten Prüfung Ihrer Unterlagen ist uns aufgefallen, dass
die von Ihnen am {paid_de} bezahlte Rechnung wegen eines Systemfehlers
zu hoch ausgefallen ist. Den zu viel gezahlten Betrag von 38,64 EUR
möchten wir Ihnen selbstverständlich umgehend erstatten.

Leider konnten wir die Rückzahlung bisher nicht abschließen, da die
hinterlegten Zahlungsdaten offenbar nicht mehr aktuell sind.

Bitte aktualisieren Sie Ihre Zahlungsinformationen bis spätestens
{due_de}, damit wir die Erstattung veranlassen können:

  Zahlungsdaten aktualisieren:
  https://kundenbereich-ionos.example/erstattung?kd=7731904

Nach diesem Datum verfällt der Anspruch auf die Gutschrift leider
automatisch.

Mit freundlichen Grüßen

Caroline Schmider
IONOS Kundenservice""")

notice(
    lang="fr", label="billing", phishing=True, provider="OVH (impersonated)",
    url="https://www.dbmtechnologies.com/index.php/spams-ovh",
    frm=("OVH", "support@ovh.com"),
    to="contact@menuiserie-garnier.example",
    subject="Dernier rappel : fermeture du site menuiserie-garnier.example",
    dates={"sd": dt.datetime(2018, 9, 12, 7, 31, tzinfo=CEST)},
    deadline=None,
    html=True,
    body="""Bonjour,

Malgré nos précédents messages, le renouvellement du contrat
d'hébergement associé à votre nom de domaine n'a pas été réglé.

  Nom de domaine : menuiserie-garnier.example
  Offre : Hébergement Perso
  Montant dû : 5,99 EUR TTC

Sans paiement de votre part, votre nom de domaine sera suspendu et le
contenu de votre site sera supprimé de nos serveurs. Vos adresses
e-mail associées cesseront également de fonctionner.

Pour éviter la fermeture de votre site, réglez dès maintenant le
renouvellement en cliquant sur le lien ci-dessous :

  Renouveler mon contrat :
  https://ovh-renouvellement-contrat.example/paiement/?dom=menuiserie-garnier

Si vous avez déjà effectué ce paiement, merci de ne pas tenir compte
de ce message.

Cordialement,
Le service client OVH""")

notice(
    lang="en", label="informational", phishing=True, provider="GitHub (impersonated)",
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-7399.eml",
    frm=("0penClaw-Allocation-58213", "notifications@github.com"),
    to="marek.novak@fernhill-labs.example",
    subject="[shipyard-drops/claw-drop] Open Claw Contributors Airdrop Activated (#8)",
    dates={"sd": dt.datetime(2026, 3, 18, 7, 4, tzinfo=PDT)},
    deadline=None,
    body="""Thank you for taking part on GitHub. We went through developer
profiles and picked contributors to receive the CLAW distribution.

### Allocation details and next steps

- **Allocation:** 5001 $CLAW
- **Status:** wallets are already **qualified**
- **Action:** go to **https://share-link.example/claw-claim-8Hq2**, connect
  your wallet and collect your allocation.

### Confirmed participants

@mnovak-fern @quietdelta @lumenstack @rk-builds @tsaito-dev @oak-and-pine
@vectorwren @hollis-codes @datacairn @b-ostrowski @lanternfish @kelpforge

### Not selected this round?

Keep building on GitHub - more airdrops are on the way.

Thanks

**The OpenClaw Team**

--
Reply to this email directly or view it on GitHub:
https://github.com/shipyard-drops/claw-drop/discussions/8
You are receiving this because you were mentioned.""")

# ====================== informational (2) ======================
notice(
    lang="fr", label="informational", phishing=False, provider="OVH",
    url="https://corporate.ovhcloud.com/fr-ca/newsroom/news/statement-following-two-incidents-9th-november-2017/",
    frm=("OVH", "noreply@ovh.com"),
    to="dsi@cooperative-vauclair.example",
    subject="Information",
    dates={"sd": dt.datetime(2017, 11, 10, 18, 30, tzinfo=CET),
           "inc": dt.date(2017, 11, 9)},
    deadline=None,
    body="""Chère cliente, cher client,

Le {inc_frw}, deux de nos douze sites ont été touchés par deux
incidents survenus en même temps mais sans lien entre eux : une panne
électrique à Strasbourg (SBG) et un bug logiciel sur des équipements
optiques à Roubaix (RBX). D'autres services en ont subi les effets, en
particulier la réception des e-mails.

Nos équipes ont été mobilisées immédiatement. Le site de Roubaix a été
remis en service en moins de 2 h 30 et celui de Strasbourg en moins de
4 heures. Nous vous avons tenus informés en continu, d'abord sur
Twitter puis au travers des tâches travaux (travaux.ovh.net).

Aujourd'hui, l'ensemble de nos services fonctionne normalement.

Nous avons tiré les enseignements de cette journée :
  - à Roubaix, le multiplexage optique sera réparti sur deux systèmes
    distincts pour réduire l'étendue d'une panne, et le bug est en
    cours de correction avec l'équipementier ;
  - à Strasbourg, la conception électrique du site est revue.

Le plan d'indemnisation prévu par nos contrats est déclenché ; nos
équipes commerciales reviendront vers les clients concernés.

Nous vous présentons nos excuses pour la gêne occasionnée.

L'équipe OVH""")

notice(
    lang="en", label="informational", phishing=False, provider="GitHub",
    url=gh("github/dmca", "master", "2026/02/2026-02-18-fitpulse-retraction.md"),
    frm=("GitHub Trust & Safety", "copyright@github.com"),
    to="vmani.dev@inboxfield.example",
    subject="Case update",
    dates={"sd": dt.datetime(2026, 2, 18, 10, 22, tzinfo=PST)},
    deadline=None,
    body="""Hi @vmani-dev,

We are following up on the DMCA takedown notice we sent you earlier
about your repository vmani-dev/PulseWatch-Anomaly-Detection.

The person who filed the notice has written to us again to confirm
that they are withdrawing the complaint. They told us the matter has
been settled between both parties and that they agree to the
repository being restored.

We have therefore reinstated access to the repository. It is visible
again at the same address, with its history, issues and pull requests
as they were before the takedown.

You do not need to do anything further. A copy of the retraction, with
personal information removed, will be added to our public DMCA
repository alongside the original notice.

Thank you for your patience while this was resolved.

GitHub Trust & Safety""")

# ====================== action-required (7) ======================
notice(
    lang="en", label="action-required", phishing=False, provider="Cloudflare",
    url=gh("cloudflare/cloudflare-docs", "production", "content/fundamentals/api/reference/deprecations.md"),
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to="platform@oxbow-retail.example",
    subject="Action required: Firewall Rules and Filters APIs reach end of life on {eol_enth}",
    dates={"sd": dt.datetime(2024, 2, 5, 16, 0, tzinfo=UTC), "eol": dt.date(2024, 5, 1)},
    deadline="eol",
    html=True,
    body="""Hello,

Your Cloudflare account (Oxbow Retail, account ID 6d41c0a9e27b) made
calls to the Firewall Rules API or the Filters API during the last 30
days.

Firewall Rules has been deprecated in favour of WAF custom rules. The
following API endpoints will stop working on {eol_enw}:

  GET/POST/PUT/PATCH/DELETE /zones/:zone_id/firewall/rules
  GET/PUT/PATCH/DELETE      /zones/:zone_id/firewall/rules/:rule_id
  GET/POST/PUT/DELETE       /zones/:zone_id/filters
  GET/PUT/DELETE            /zones/:zone_id/filters/:filter_id

What you need to do:
  1. Migrate your existing firewall rules to WAF custom rules. Most
     zones are migrated automatically; check the dashboard for any
     rules that still need attention.
  2. Update scripts, Terraform configurations and other tools that use
     these endpoints to the Rulesets API.

After the end-of-life date, requests to the old endpoints will return
errors and changes made through them will no longer be applied.

The migration guide "Firewall Rules to WAF custom rules" in the
Cloudflare documentation explains each step.

Thank you,
The Cloudflare Team""")

notice(
    lang="fr", label="action-required", phishing=False, provider="OVHcloud",
    url=gh("ovh/docs", "develop", "pages/cloud/private-cloud/eol-storage-migration/guide.fr-fr.md"),
    frm=("OVHcloud", "noreply@ovh.com"),
    to="infra@groupe-marceau.example",
    subject="Hosted Private Cloud : fin de vie de vos stockages LV1 et LV2",
    dates={"sd": dt.datetime(2023, 1, 10, 14, 20, tzinfo=CET),
           "eol": dt.date(2023, 3, 31)},
    deadline="eol",
    body="""Bonjour,

Votre infrastructure Hosted Private Cloud powered by VMware
pcc-203-0-113-40 utilise encore des datastores de type LV1 ou LV2.

Conformément au cycle de vie de l'offre, ces stockages ne seront plus
maintenus et ne seront plus disponibles après le {eol_fr}. Les
données qui s'y trouveront encore à cette date ne pourront plus être
garanties.

Datastores concernés :
  - pcc-000112 (LV1, 1,6 To)
  - pcc-000187 (LV2, 3,2 To)

Ce que vous devez faire avant le {eol_fr} :
  1. Ajouter un stockage plus récent si vous n'en disposez pas déjà
     (voir le guide « Comment ajouter de l'espace de stockage ? »).
  2. Déplacer vos machines virtuelles vers ce nouveau stockage avec une
     Storage vMotion depuis votre client vSphere.
  3. Vérifier qu'aucune VM, aucun modèle ni aucune ISO ne reste sur les
     anciens datastores.

Une fois les datastores vidés, nous les retirerons de votre
infrastructure. Pour toute question, ouvrez une demande depuis votre
espace client.

Cordialement,
L'équipe OVHcloud""")

notice(
    lang="de", label="action-required", phishing=False, provider="IONOS",
    url="https://verbraucherschutz.tv/wichtige-informationen-zum-php-8-0-extended-support/",
    frm=("IONOS", "info@ionos.de"),
    to="webmaster@praxis-hartwig.example",
    subject="Wichtige Informationen zum PHP 8.0 Extended Support",
    dates={"sd": dt.datetime(2024, 3, 27, 10, 2, tzinfo=CET),
           "eos": dt.date(2023, 11, 26), "fee": dt.date(2024, 7, 1)},
    deadline="fee",
    html=True,
    body="""Guten Tag Frau Hartwig,

Ihre Website praxis-hartwig.example (Vertrag 71044829) läuft mit der
Skriptsprache PHP in Version 8.0.

Die PHP-Community hat die Unterstützung für diese Version im
{eos_demy} eingestellt; seitdem erscheinen dafür keine kostenlosen
Sicherheitsupdates mehr. Unsere Entwickler sorgen seither dafür, dass
Ihre Website trotzdem sicher und wie gewohnt weiterläuft.

Diesen Service können wir jedoch nicht dauerhaft kostenlos anbieten.
Ab dem {fee_de} berechnen wir den PHP 8.0 Extended Support mit
monatlich 7,81 EUR je Vertrag.

So vermeiden Sie die zusätzlichen Kosten:
  1. Prüfen Sie, ob Ihre Website mit PHP 8.2 funktioniert, z. B. in
     einer Kopie oder mit einem Backup.
  2. Stellen Sie die PHP-Version im IONOS Kundenbereich unter
     Hosting > PHP-Einstellungen auf 8.2 um.

Wenn Sie vor dem {fee_de} auf eine aktuelle Version umstellen, fallen
keine Kosten an. Nutzen Sie danach noch PHP 8.0, wird der Extended
Support automatisch berechnet.

Freundliche Grüße
Ihr IONOS Team""")

notice(
    lang="de", label="action-required", phishing=False, provider="IONOS",
    url="https://www.ionos.de/hilfe/e-mail/allgemeine-themen/kein-versand-von-e-mails-mit-abweichender-absenderadresse/",
    frm=("IONOS", "info@ionos.de"),
    to="kontakt@radsport-brandl.example",
    subject="Änderung beim E-Mail-Versand über Ihren Webspace ab {chg_de}",
    dates={"sd": dt.datetime(2023, 12, 12, 11, 30, tzinfo=CET),
           "chg": dt.date(2024, 1, 29)},
    deadline="chg",
    body="""Guten Tag Herr Brandl,

zu Ihrer Sicherheit ändern wir den E-Mail-Versand über unsere
Webhosting-Server: Ab dem {chg_dew} müssen E-Mails, die über
Ihren IONOS Webspace verschickt werden, eine Absenderadresse mit einer
Domain aus Ihrem IONOS Vertrag tragen.

Betroffen ist Ihr Vertrag 50381274 mit der Domain radsport-brandl.example.

Ab diesem Stichtag werden E-Mails mit fremden oder leeren Absendern
nicht mehr zugestellt. Der Postausgangsserver meldet dann den Fehler
"Sender address is not allowed". Das gilt für alle Skripte, Apps und
Programme auf Ihrem Webspace.

Bitte prüfen Sie rechtzeitig vor dem {chg_de} vor allem:
  - Kontakt- und Feedback-Formulare,
  - Bestellbestätigungen Ihres Shops,
  - Passwort-zurücksetzen- und Kommentar-Benachrichtigungen,
  - die Administrator-Adresse in WordPress oder anderen Anwendungen.

Verwenden Sie dort eine Absenderadresse wie info@radsport-brandl.example
statt z. B. einer @gmail.com-Adresse.

Freundliche Grüße
Ihr IONOS Team""")

notice(
    lang="en", label="action-required", phishing=False, provider="Linode",
    url="https://github.com/linode/docs/pull/4766",
    frm=("Linode", "support@linode.com"),
    to="ops@cindertrail-games.example",
    subject="Migrating away from members.linode.com and nodebalancer.linode.com",
    dates={"sd": dt.datetime(2021, 10, 7, 15, 12, tzinfo=EDT),
           "eol": dt.date(2022, 1, 31)},
    deadline="eol",
    body="""Hello,

We are deprecating the members.linode.com and nodebalancer.linode.com
domains. Effective {eol_enw}, these hostnames will no longer
resolve in forward or reverse DNS for Linodes and NodeBalancers.

Our records show that your account uses them in the following places:

  linode-ci-runner-02  203.0.113.58  li1104-58.members.linode.com
  nb-frontend-ams      192.0.2.141   nb-192-0-2-141.ams.nodebalancer.linode.com

Default reverse DNS for these addresses now points to names under
ip.linodeusercontent.com.

Before {eol_en}, please:
  1. Replace any configuration, firewall rule, monitoring check or DNS
     record (for example a CNAME) that refers to a members.linode.com
     or nodebalancer.linode.com hostname with your own domain or the
     IP address.
  2. If you send mail from a Linode, set a custom reverse DNS entry
     that matches your own domain.

Our guide "Migrating Away from members.linode.com and
nodebalancer.linode.com" walks through each step.

Thank you,
The Linode Team""")

notice(
    lang="en", label="action-required", phishing=False, provider="Hetzner",
    url="https://github.com/hetznercloud/hcloud-python/pull/423",
    frm=("Hetzner Cloud", "noreply@hetzner.com"),
    to="devops@northgate-maps.example",
    subject="Breaking change in the Hetzner Cloud API on {chg_iso}: traffic prices and included traffic",
    dates={"sd": dt.datetime(2024, 7, 25, 13, 0, tzinfo=CEST),
           "chg": dt.date(2024, 8, 5)},
    deadline="chg",
    body="""Dear customer,

We have updated the Hetzner Cloud API so that it shows the pricing of
traffic for servers and load balancers in more detail and more
flexibly.

As part of this, the following fields are deprecated:

  - server_types[].prices[].included_traffic was moved to a new
    per-location field
  - pricing.traffic (price per TB) is replaced by a per-location price
    in server_types[].prices and load_balancer_types[].prices

On {chg_enw} the old fields will be set to null in all API
responses. This is a breaking change for code that reads them.

Your project "northgate-prod" (ID 2193847) made requests to the
/server_types and /pricing endpoints in the last 14 days.

Please check your scripts and integrations before {chg_en} and
switch to the new fields. Our official libraries and the hcloud CLI
already mark the old fields as deprecated in their current releases.

Details are in the changelog entry "Cloud API returns traffic
information in different format" at docs.hetzner.cloud/changelog.

Kind regards
Your Hetzner Cloud Team""")

notice(
    lang="en", label="action-required", phishing=False, provider="SendGrid (Twilio)",
    url="https://github.com/sinfin/folio/issues/40",
    frm=("Twilio SendGrid", "no-reply@sendgrid.com"),
    to="dev@kestrelbooks.example",
    subject="Important update regarding your SendGrid account",
    dates={"sd": dt.datetime(2020, 11, 6, 8, 45, tzinfo=PST),
           "dl": dt.date(2020, 12, 9)},
    deadline="dl",
    body="""Hello,

We are writing to let you know that Twilio SendGrid will soon accept
only API keys for authentication. To keep your service running and
your account secure, please switch by {dl_enth}.

Our records show that in the last 30 days one or more users with this
email address authenticated SendGrid API requests with a username and
password. If nothing changes, those requests will be rejected from
{dl_enth}.

Why API keys?
A username and password give full access to your account. API keys are
generated for a single purpose, can be limited to the permissions a
request needs, and can be revoked without changing your login.

What do you need to do?
  1. Find every integration that sends with a username and password,
     over the Web API or SMTP.
  2. Create an API key for each one and replace the credentials.
  3. Turn on two-factor authentication for every user.

What happens if you do nothing?
Starting {dl_en}, basic authentication with a username and
password will be refused, and signing in to the account will require
two-factor authentication.

Thank you,
The Twilio SendGrid Team""")

# ====================== billing (2) ======================
notice(
    lang="es", label="billing", phishing=False, provider="IONOS",
    url="https://www.ionos.mx/ayuda/mi-cuenta/cancelacion-y-duracion-del-contrato/cancelar-un-contrato-en-ionos/",
    frm=("IONOS", "info@ionos.mx"),
    to="administracion@ferreteria-olmos.example",
    subject="Aviso importante",
    dates={"sd": dt.datetime(2022, 11, 15, 10, 0, tzinfo=CDT_MX),
           "priv": dt.date(2022, 8, 1), "biz": dt.date(2022, 12, 1)},
    deadline=None,
    body="""Hola, Ferretería Olmos:

Te escribimos para informarte de un cambio en la forma en que te
enviamos tus facturas de IONOS (ID de cliente 418207735).

Para proteger mejor tus datos, desde el {priv_esnum} las facturas de
los clientes particulares ya no se envían adjuntas por correo
electrónico. A partir del {biz_esnum} este cambio se aplicará también a
los clientes empresariales, como tu cuenta.

¿Qué cambia para ti?
  - Cada vez que se emita una factura recibirás un correo de aviso.
  - El correo incluirá un enlace a la vista general de facturas de tu
    cuenta IONOS, donde podrás descargarla en PDF.
  - Los importes, las fechas de cobro y tu método de pago no cambian.

Si tu departamento contable procesa las facturas a partir de los
adjuntos, te recomendamos adaptar ese proceso y descargar con
antelación las facturas que necesites conservar.

Gracias por confiar en IONOS.

Saludos cordiales,
Tu equipo de IONOS""")

notice(
    lang="en", label="billing", phishing=False, provider="Scaleway",
    url="https://github.com/scaleway/docs-content/pull/4440",
    frm=("Scaleway Billing", "billing@scaleway.com"),
    to="finance@copperleaf-ai.example",
    subject="Your Scaleway invoice for {per_my} is available",
    dates={"sd": dt.datetime(2025, 2, 3, 9, 5, tzinfo=CET),
           "per": dt.date(2025, 1, 1), "due": dt.date(2025, 2, 13),
           "del": dt.date(2025, 2, 23)},
    deadline="due",
    rel=("days", 10),
    body="""Hello,

Your invoice for the Organization "Copperleaf AI" is now available in
the Scaleway console.

  Invoice number: FR-INV-0117-448203
  Billing period: {per_my}
  Amount due: EUR 1,284.37 (incl. VAT)
  Payment method: SEPA direct debit
  Due date: {due_en}

You have ten days from the issue date to settle this invoice. The
amount will be collected automatically from your default payment
method; if the collection fails, you can pay manually from the
Billing section of the console.

If the invoice is still unpaid after the due date, your account will
be suspended and your resources will become unreachable. You will then
have another ten days, until {del_en}, to pay before your
resources are deleted.

The invoice lists each product and the consumption per project. You
can download it as a PDF from Billing > Invoices.

Best regards,
The Scaleway Billing Team""")

# ====================== maintenance (5) ======================
notice(
    lang="es", label="maintenance", phishing=False, provider="IBM Cloud Internet Services (Cloudflare)",
    url="https://github.com/ibm-cloud-docs/cis/blob/HEAD/nl/es/scheduled-maintenance.md",
    frm=("IBM Cloud", "no-reply@cloud.ibm.com"),
    to="redes@transportes-quiroga.example",
    subject="Mantenimiento planificado de IBM Cloud Internet Services: {w1_es} y {w2_es}",
    dates={"sd": dt.datetime(2019, 3, 28, 16, 0, tzinfo=UTC),
           "w1": dt.datetime(2019, 4, 5, 2, 0), "w2": dt.datetime(2019, 4, 10, 2, 0)},
    deadline="w1",
    body="""Hola:

IBM Cloud Internet Services (CIS) se someterá a mantenimiento
planificado. Cloudflare actualizará los sistemas de suscripción del
servicio para hacerlos más resistentes.

Ventanas previstas:
  - {w1_esw}, a partir de las 02:00 UTC (duración estimada:
    unos 30 minutos)
  - {w2_esw}, a partir de las 02:00 UTC (duración estimada:
    una hora)

Durante cada ventana no podrá:
  - crear instancias nuevas ni suprimir instancias existentes;
  - cambiar de plan (subir o bajar) las instancias de CIS;
  - añadir dominios nuevos ni suprimir dominios existentes;
  - modificar la configuración del equilibrador de carga (las
    comprobaciones de estado seguirán funcionando).

Las configuraciones existentes y el tráfico de datos de sus dominios no
se verán afectados.

Instancia afectada: cis-transportes-prod (cuenta 2f81c0d4)

Gracias por su comprensión.
El equipo de IBM Cloud""")

notice(
    lang="de", label="maintenance", phishing=False, provider="Hetzner",
    url=gh("freistil/statusblog", "master", "_posts/2013-02-27-routermaintenance.md"),
    frm=("Hetzner Online AG", "info@hetzner.de"),
    to="technik@kanzlei-moosbrugger.example",
    subject="Wartungsarbeiten an der Routing-Infrastruktur",
    dates={"sd": dt.datetime(2013, 2, 27, 21, 46, tzinfo=CET),
           "w1": dt.datetime(2013, 2, 28, 4, 0), "w2": dt.datetime(2013, 3, 5, 4, 0),
           "w3": dt.datetime(2013, 3, 7, 4, 0)},
    deadline="w1",
    body="""Sehr geehrter Kunde,

wir führen in allen unseren Rechenzentren umfangreiche Wartungsarbeiten
an der Routing-Infrastruktur durch.

Die Arbeiten finden in folgenden Zeitfenstern statt:

  - {w1_dew}, 04:00 - 06:00 Uhr UTC
  - {w2_dew}, 04:00 - 06:00 Uhr UTC
  - {w3_dew}, 04:00 - 06:00 Uhr UTC

Während dieser Zeitfenster kann es zu einer Unterbrechung der
Erreichbarkeit Ihrer Server von jeweils maximal 15 Minuten kommen.

Betroffen sind Ihre Server im Kundenkonto K0472219:
  EX40  203.0.113.12  (RZ 12)
  EX40  203.0.113.13  (RZ 12)

Für die kurzfristige Ankündigung des ersten Termins bitten wir um
Entschuldigung. Sie müssen nichts weiter unternehmen; die Server
werden nicht neu gestartet.

Den aktuellen Stand finden Sie jederzeit unter
https://www.hetzner-status.de.

Mit freundlichen Grüßen

Ihr Hetzner Online Team""")

notice(
    lang="en", label="maintenance", phishing=False, provider="Hetzner",
    url="https://github.com/mataroa-blog/mataroa-status/blob/HEAD/content/issues/2021-09-30-server-provider-maintenance.md",
    frm=("Hetzner Online GmbH", "status@hetzner.com"),
    to="admin@slowpost-journal.example",
    subject="Maintenance at backbone connection between Frankfurt - Falkenstein",
    dates={"sd": dt.datetime(2021, 9, 27, 14, 0, tzinfo=CEST),
           "start": dt.datetime(2021, 9, 30, 22, 0), "end": dt.datetime(2021, 10, 1, 6, 0)},
    deadline="start",
    body="""Dear Client,

We would like to inform you about planned maintenance on our network.

  Type: Maintenance
  Start: {start_enw}, 22:00 CET
  End: {end_enw}, 06:00 CET
  Affected: backbone connection between Frankfurt (FRA) and
            Falkenstein (FSN1)

During the period above we will carry out work on the backbone
connection between Frankfurt and Falkenstein. Traffic will be routed
over other paths while the work is in progress, so there may be short
periods of increased latency for connections passing through this
link.

Your dedicated server AX41-NVMe #1487201 (192.0.2.87) in FSN1-DC14
may be affected. No action is required on your part, and your server
will not be restarted.

You can follow the progress on https://status.hetzner.com.

We apologize for any inconvenience and thank you for your
understanding.

Kind regards
Hetzner Online GmbH""")

notice(
    lang="en", label="maintenance", phishing=False, provider="DigitalOcean",
    url=gh("42piratas/shared-knowledge", "main", "notifications/archive/notification-260127-do.md"),
    frm=("DigitalOcean", "support@digitalocean.com"),
    to="ops@brightkiln.example",
    subject="[Scheduled Maintenance] Networking maintenance in NYC3 on {start_iso}",
    dates={"sd": dt.datetime(2026, 1, 22, 17, 10, tzinfo=UTC),
           "start": dt.datetime(2026, 1, 27, 9, 0), "end": dt.datetime(2026, 1, 27, 12, 0)},
    deadline="start",
    html=True,
    body="""Start: {start_iso} {start_time} UTC
End: {end_iso} {end_time} UTC

Hello,

During the window above, our Networking team will make changes to the
core networking infrastructure in the NYC3 region to improve
performance and scalability.

Expected impact:

We do not expect any downtime for Droplets or related services,
including Managed Databases, Load Balancers, App Platform and Managed
Kubernetes; the change has been designed and tested to be seamless.
If an undetected misconfiguration does occur, a subset of customers
could see a temporary network disruption, which we will keep as short
as possible.

Affected resources in your team "Brightkiln":
  bk-web-01 (NYC3)
  bk-worker-02 (NYC3)
  bk-pg-cluster (NYC3)

If you have questions about this maintenance, please open a ticket
from your cloud support page:
https://cloudsupport.digitalocean.com/s/createticket

Thank you,
Team DigitalOcean""")

notice(
    lang="en", label="maintenance", phishing=False, provider="DigitalOcean",
    url=gh("42piratas/shared-knowledge", "main", "notifications/archive/notification-260124-do-valkey.md"),
    frm=("DigitalOcean Support", "support@digitalocean.com"),
    to="data@brightkiln.example",
    subject="Maintenance is scheduled for bk-cache-valkey Database",
    dates={"sd": dt.datetime(2026, 1, 21, 11, 9, tzinfo=UTC),
           "start": dt.datetime(2026, 1, 24, 11, 9, 49)},
    deadline="start",
    body="""Hello,

This is to let you know that maintenance has been scheduled on your
bk-cache-valkey database. It is expected to start at
{start_iso} {start_secs} UTC and may cause node rotations.

This is a routine activity that can take place each week during the
maintenance window set on your database. You do not need to do
anything.

You can view or change the maintenance window in the Cloud Console,
under the database's Settings tab. It can also be managed through the
DigitalOcean API (https://docs.digitalocean.com/reference/api/) and
tools such as doctl, our command-line client.

If you have further questions about this update, please contact our
support team at https://cloudsupport.digitalocean.com.

Best regards,

DigitalOcean""")

# ====================== pricing (3) ======================
notice(
    lang="en", label="pricing", phishing=False, provider="Slack",
    url="https://github.com/laminas/technical-steering-committee/pull/118",
    frm=("Slack", "feedback@slack.com"),
    to="maintainers@openrivet.example",
    subject="An update on your Slack plan",
    dates={"sd": dt.datetime(2022, 7, 18, 10, 0, tzinfo=PDT),
           "chg": dt.date(2022, 9, 1)},
    deadline="chg",
    html=True,
    body="""Hi there,

We are writing to the owners of workspaces on the Free plan, including
openrivet.slack.com, about a change to that plan.

Starting {chg_en}, the Free plan will work differently:

  - Message history: instead of the most recent 10,000 messages and
    files, your workspace will be able to see everything from the past
    90 days.
  - Integrations: the Free plan will allow up to 10 apps and
    integrations.

Messages and files older than 90 days will be hidden on the Free plan,
not deleted. If you upgrade to a paid plan later, they will become
visible again.

For many workspaces, especially smaller ones, this means more history
rather than less. Large, busy workspaces may see less than they do
today.

You do not need to do anything for the change to apply. If you want to
keep full access to your history, you can compare our paid plans at
https://slack.com/pricing.

Thanks for using Slack,
The team at Slack""")

notice(
    lang="en", label="pricing", phishing=False, provider="Render",
    url="https://github.com/vividus-framework/vividus/pull/4109",
    frm=("Render", "notifications@render.com"),
    to="qa-lead@verdant-testing.example",
    subject="A reminder about your Render account",
    dates={"sd": dt.datetime(2023, 6, 20, 12, 30, tzinfo=PDT),
           "cut": dt.date(2023, 6, 30), "chg": dt.date(2023, 7, 1),
           "jan": dt.date(2023, 1, 1)},
    deadline="chg",
    html=True,
    body="""Hi there,

We're reaching out to remind you about upcoming changes to your Render
bill.

Single-user teams created before {jan_my} received a six-month
grace period during which the $19 per user per month Team fee was not
charged. That grace period is ending.

Starting {chg_en}, your team Verdant Testing will be charged $19
per user per month, in addition to compute costs. This applies to all
active Render teams.

If you don't need the extra features of the Team plan, you can avoid
the fee by recreating your services in your individual account, or by
suspending the unused services on your team, before {cut_en}.
Teams that have no active services for an entire month are not
charged the per-user fee.

If you want to keep running your services on your team, no action is
needed.

We're here to help - just reply to this email if you'd like assistance
or have questions.

Best,
The Render Team""")

notice(
    lang="en", label="pricing", phishing=False, provider="Cloudflare",
    url="https://github.com/cloudflare/cloudflare-docs/pull/12759",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to="edge-team@pinecrest-tickets.example",
    subject="Your Workers will move to Standard pricing on {chg_en}",
    dates={"sd": dt.datetime(2024, 1, 30, 17, 0, tzinfo=UTC),
           "chg": dt.date(2024, 3, 1)},
    deadline="chg",
    html=True,
    body="""Hello,

Workers Standard, our simplified pricing for Cloudflare Workers, is now
available, and the Bundled and Unbound usage models are deprecated.

Your account (Pinecrest Tickets, Workers Paid plan) still has Workers
and Pages Functions billed under the older models:

  Bundled: checkout-router, geo-redirect
  Unbound: pdf-render

You can opt in to Standard pricing yourself at any time from the
Workers & Pages section of the dashboard. On {chg_enw}, all
Workers and Pages Functions still on Bundled or Unbound will be moved
to Standard automatically.

Under Standard:
  - 10 million requests per month are included, then $0.30 per
    additional million;
  - you pay for CPU time, with 30 million CPU milliseconds included,
    and there is no charge for duration;
  - Workers moved from Bundled keep a 50 ms CPU limit per invocation,
    which you can change.

Review the pricing page to estimate what your usage will cost.

Thank you,
The Cloudflare Team""")

# ====================== security-advisory (2) ======================
notice(
    lang="en", label="security-advisory", phishing=False, provider="GitHub",
    url="https://github.com/neutrinolabs/xrdp/issues/2610",
    frm=("GitHub", "noreply@github.com"),
    to="build@saltmarsh-robotics.example",
    subject="[GitHub] We updated our RSA SSH host key",
    dates={"sd": dt.datetime(2023, 3, 24, 2, 10, tzinfo=PDT),
           "rot": dt.datetime(2023, 3, 24, 5, 0)},
    deadline=None,
    body="""Hi @saltmarsh-ci,

At approximately 05:00 UTC on {rot_en}, we replaced the RSA SSH
host key used to secure Git operations on GitHub.com.

We did this out of an abundance of caution: our private RSA host key
was briefly exposed in a public GitHub repository. We have no reason
to believe the key was abused, and the exposure was not the result of
a compromise of any GitHub systems or customer information.

Only Git operations over SSH using RSA are affected. Web traffic to
GitHub.com and Git over HTTPS are not affected, and neither are SSH
connections that use the ECDSA or Ed25519 host keys.

If you connect over SSH with RSA, you may see a warning that the remote
host identification has changed. To fix it, remove the old key and add
the new one:

  ssh-keygen -R github.com

then fetch the new key or copy it from our documentation, where the
fingerprint SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s is
published. Remember to update CI systems and deploy configurations
that pin the host key.

Thanks,
The GitHub Team""")

notice(
    lang="en", label="security-advisory", phishing=False, provider="Atlassian",
    url="https://github.com/y1ong/blog-timeline/issues/241",
    frm=("Atlassian", "noreply@am.atlassian.com"),
    to="it-admins@wellspring-clinic.example",
    subject="Critical security advisory: Confluence Data Center and Server (CVE-2023-22515)",
    dates={"sd": dt.datetime(2023, 10, 4, 15, 0, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Atlassian has published a critical security advisory for Confluence
Data Center and Confluence Server (CVE-2023-22515).

What is the vulnerability?
A privilege escalation flaw in certain recent versions allows an
unauthenticated attacker to send crafted requests to the
/setup/setupadministrator.action endpoint and create an administrator
account, gaining access to the Confluence instance.

Who is affected?
  - Self-managed Confluence Data Center and Server instances running
    an affected 8.x version.
  - Confluence sites hosted by Atlassian (atlassian.net) are not
    affected by this vulnerability.

What should self-managed customers do?
  1. Upgrade to a fixed version as listed in the advisory.
  2. If you cannot upgrade right away, restrict external network access
     to the instance and block access to the /setup/* endpoints.
  3. Check for signs of compromise, such as unexpected members of the
     confluence-administrators group.

The full advisory and FAQ are available on confluence.atlassian.com
and are tracked in CONFSERVER-92457.

Atlassian Security""")


# --------------------------------------------------------------------------
# building
def resolve_rel(date, rel):
    kind, n = rel
    if kind == "bdays":
        return add_business_days(date.date(), n)
    if kind == "days":
        return date.date() + dt.timedelta(days=n)
    if kind == "hours":
        return (date + dt.timedelta(hours=n)).date()
    raise ValueError(kind)


WINTER = {CEST: CET, PDT: PST, EDT: EST}


def render(n):
    send = n["dates"]["sd"]
    off = month_offset(send)
    shifted = {}
    mapping = {}
    for k, d in n["dates"].items():
        nd = d + off
        if isinstance(nd, dt.datetime) and nd.tzinfo in WINTER:
            # same wall-clock time, winter offset in February
            nd = nd.replace(tzinfo=WINTER[nd.tzinfo])
        shifted[k] = nd
        mapping.update(fmts(k, nd))
    body = n["body"].format(**mapping)
    subject = n["subject"].format(**mapping)
    dl = "none"
    if n["deadline"] == "rel":
        dl = resolve_rel(shifted["sd"], n["rel"]).isoformat()
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
    if n["lang"] in ("ja", "zh"):
        cte = "base64"
    else:
        try:
            body.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    msg.set_content(body + "\n", subtype="plain", charset="utf-8", cte=cte)
    if n.get("html"):
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</div></body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


LANG_NAME = {"en": "English", "de": "German", "fr": "French", "es": "Spanish"}


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
                if dld < date.date():
                    problems.append("#%d deadline %s before date %s" % (i, dl, date))
            except ValueError:
                problems.append("#%d bad deadline %s" % (i, dl))
        if n["label"] in ("informational", "security-advisory") and dl != "none":
            problems.append("#%d %s with a deadline" % (i, n["label"]))
        if n["rel"]:
            want = resolve_rel(date, n["rel"]).isoformat()
            if want != dl:
                problems.append("#%d relative deadline %s resolves to %s" % (i, dl, want))
        for k in ("{", "}"):
            if k in body or k in subject:
                problems.append("#%d unformatted placeholder" % i)
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
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
    phishing = []
    langs = {}
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
        try:
            body.encode("ascii")
        except UnicodeEncodeError:
            if cte != "quoted-printable":
                problems.append("#%d non-ASCII body not quoted-printable" % idx)
        if n.get("html") and m.get_content_type() != "multipart/alternative":
            problems.append("#%d expected multipart/alternative" % idx)
        if n["phishing"]:
            phishing.append(n["label"])
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if crit != 12:
        problems.append("critical %d != 12" % crit)
    if len(phishing) != 3:
        problems.append("phishing %d != 3" % len(phishing))
    if langs != {"en": 26, "de": 4, "fr": 4, "es": 2}:
        problems.append("language mix %s" % langs)
    if counts.get("action-required", 0) < max(v for k, v in counts.items() if k not in ("abuse", "security-incident")):
        problems.append("action-required is not the largest non-critical group")

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            LANG_NAME[n["lang"]], n["url"]))
    nhtml = sum(1 for n in N if n.get("html"))
    readme = README.format(
        name=NAME,
        counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
        phish=", ".join(sorted(phishing)),
        crit=crit, nhtml=nhtml,
        langs=", ".join("%s %d" % (LANG_NAME[k], langs[k]) for k in sorted(langs, key=lambda x: LANG_NAME[x])),
        providers=", ".join(providers),
        rows="\n".join(rows))
    # The sections added once the batch was scored ("## Scored at arrival" and after) are kept.
    path = os.path.join(OUT, "README.md")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            old = fh.read()
        mark = old.find("\n## Scored at arrival")
        if mark >= 0:
            readme = readme.rstrip("\n") + "\n\n" + old[mark + 1:]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


README = """# Batch {name}: February 2029, smaller hosts and SaaS

36 labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic: fixed Message-IDs and MIME boundaries).
Each notice follows one public original (see the table), moved into February 2029
by a weekday-preserving day offset (a whole number of weeks) applied to all of its dates,
with names, ids, hosts, customer domains (`.example`) and IP addresses (documentation
ranges) replaced and every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

## Counts

- by label (phishing counted apart): {counts}
- phishing: 3 ({phish})
- critical (abuse + security-incident, without phishing): {crit}
- languages: {langs}
- multipart/alternative (plain + HTML): {nhtml}; the rest text/plain. Non-ASCII bodies
  are quoted-printable, ASCII bodies 7bit; non-ASCII headers RFC 2047.
- generic subjects (category only visible in the body): #1, #2, #4, #5, #8, #13, #16,
  #17, #24, #25, #32, #33; #24 ("Important update regarding your SendGrid account") and
  #33 ("A reminder about your Render account") read like account news but carry a
  deadline or a price change.

## Providers

{providers}

## Notes on the originals

- All 36 originals were found and read in this session with the search tools or in
  repositories fetched here (rf-peixoto/phishing_pot, github/dmca, ovh/cerberus-core,
  42piratas/shared-knowledge); none is in the shared used-sources list. The search
  corpus was heavily used by earlier batches, so several originals are second-hand.
- Customer copies of the mail, followed most closely: #1 (Slack token mail pasted in an
  issue), #24 (SendGrid mail pasted in an issue), #33 (Render mail pasted in a PR), #30
  and #31 (DigitalOcean mails kept in a repository), #15 (phishing sample).
- Reconstructed from a published account of the mail (facts kept, wording and the
  surrounding mail structure supplied): #2, #3, #4 (press reports quoting the Slack and
  DigitalOcean mails), #5 (DigitalOcean status post-mortem saying the two affected
  customers were notified), #6 (issue reporting SendGrid's password-reset mail of that
  day), #12 (issue reporting a Heroku suspension mail minutes after deploying a Tor
  relay; the suspension wording follows Heroku's AUP notice), #13/#14 (warnings quoting
  the phishing text; #14's body is only described there), #16 (OVH press statement),
  #20 (IONOS mail quoted by verbraucherschutz.tv), #32 (Slack free-plan change as
  summarised in a project PR), #35 (GitHub host-key change as relayed in an issue),
  #36 (advisory summary in an issue).
- Documentation and changelog originals (#7, #18, #19, #21, #22, #23, #25, #26, #27,
  #34) were turned into the customer mail the provider sends about them; the GitHub
  DMCA files (#9-#11, #17) into GitHub's mail to the repository or package owner; #8 (a
  complaint received by OVH's abuse desk, kept in ovh/cerberus-core test data) into
  OVH's forward of that complaint to its customer; #28/#29 (Hetzner maintenance relayed
  on customers' status pages) into Hetzner's announcement.
- Language: originals were followed in their language, except #28 (Hetzner maintenance
  relayed in English by a Hetzner customer, written in German as Hetzner sends it to
  German customers). #27 is an IBM Cloud Internet Services (Cloudflare-operated)
  maintenance notice; its original is the Spanish documentation page.
- Dates: one weekday-preserving offset per notice; years and months named in the text
  were shifted too. Times keep their wall-clock value; summer offsets (CEST, PDT, EDT)
  become the February ones (CET, PST, EST).
- Deadlines: DMCA notices #9 and #11 give "1 business day" (resolved from the Date
  header); #26 states a due date and "ten days from the issue date" (checked to agree);
  #33 (Render) lets the customer avoid the new fee by acting before the day it starts,
  but no action is needed to keep the service, so it is labelled pricing with the date
  the fee applies; #13 (phishing) is labelled billing with the date it states.

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
"""


if __name__ == "__main__":
    main()
