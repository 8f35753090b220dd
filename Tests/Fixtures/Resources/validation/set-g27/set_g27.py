#!/usr/bin/env python3
"""Validation batch g27 (May 2028): notices from smaller hosts and SaaS platforms.

Every notice follows one public original (see used-sources.txt, same order).
Dates inside subjects/bodies are written as [[YYYY-MM-DD|fmt]] using the
ORIGINAL's dates; the script shifts each of them by the notice's offset
(target send date - original send date) and renders them with fmt.
The deadline argument is also given in original-date terms (or 'none').
Standard library only, deterministic.
"""
import datetime as _dt
import email.charset
import email.header
import email.message
import email.utils
import mailbox
import os
import quopri
import re
import sys

NAME = "g27"
MONTH = (2028, 5)
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
MIN_TOTAL = 36
MIN_CRITICAL = 10
MIN_PHISHING = 3
MIN_JA = 0

NOTICES = []


def add(src, provider, label, orig, target, time, tz, deadline, frm, to,
        subject, body, phishing=False, ja=False, lang="en"):
    NOTICES.append(dict(src=src, provider=provider, label=label, orig=orig,
                        target=target, time=time, tz=tz, deadline=deadline,
                        frm=frm, to=to, subject=subject, body=body,
                        phishing=phishing, ja=ja, lang=lang))


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
           "Sunday"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
             "August", "September", "Oktober", "November", "Dezember"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
           "Samstag", "Sonntag"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
           "dimanche"]
SHORTCUTS = {
    "iso": "{yyyy}-{mm}-{dd}",
    "us": "{Month} {d}, {yyyy}",
    "uk": "{d} {Month} {yyyy}",
    "de": "{d}. {de_Monat} {yyyy}",
    "de_num": "{dd}.{mm}.{yyyy}",
    "fr": "{d} {fr_mois} {yyyy}",
}


def fmt_date(d, fmt):
    fmt = SHORTCUTS.get(fmt, fmt)
    rep = {
        "{d}": str(d.day), "{dd}": "%02d" % d.day, "{m}": str(d.month),
        "{mm}": "%02d" % d.month, "{yyyy}": "%04d" % d.year,
        "{yy}": "%02d" % (d.year % 100),
        "{Month}": EN_MONTHS[d.month - 1], "{Mon}": EN_MONTHS[d.month - 1][:3],
        "{Weekday}": EN_DAYS[d.weekday()], "{Wkd}": EN_DAYS[d.weekday()][:3],
        "{de_Monat}": DE_MONTHS[d.month - 1],
        "{de_Wochentag}": DE_DAYS[d.weekday()],
        "{fr_mois}": FR_MONTHS[d.month - 1], "{fr_jour}": FR_DAYS[d.weekday()],
    }
    out = fmt
    for k, v in rep.items():
        out = out.replace(k, v)
    return out


PH = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})\|([^\]]*)\]\]")


def render(text, offset):
    def sub(m):
        d = _dt.date.fromisoformat(m.group(1)) + offset
        return fmt_date(d, m.group(2))
    return PH.sub(sub, text)

# ---------------------------------------------------------------- notices
# 01 OVHcloud (FR) -- phishing page hosted on a shared hosting plan
add(src="https://blog.kdj-webdesign.com/erreur-robots-ovh-bloque-tous-mes-sites-une-semaine/",
    provider="OVHcloud", label="abuse", orig="2023-03-14", target="2028-05-02",
    time="06:41:12", tz="+0100", deadline="none", lang="fr",
    frm=("OVHcloud Abuse", "abuse@ovh.net"),
    to=("Atelier Lumen", "webmaster@atelier-lumen.example"),
    subject="[Abuse #FJRQ47N2C] Vous hébergez une page de phishing sur atelier-lumen.example !",
    body="""Bonjour,

Un signalement nous indique qu'une page d'hameçonnage (« phishing ») est
actuellement servie par votre hébergement web atelier-lumen.example.

Dans la plupart des cas, ce contenu n'a pas été mis en ligne par le
titulaire du service : un tiers a profité d'une faille pour s'introduire
dans tout ou partie du site et y déposer cette page sans que vous le
sachiez. La page imite un site de confiance (banque, boutique en ligne,
messagerie...) pour subtiliser les identifiants et les données
personnelles des visiteurs qui s'y laissent prendre.

URL signalée :
  hxxp://atelier-lumen[.]example/wp-content/uploads/[[2023-03-14|{yyyy}/{mm}]]/verif-compte/index.php

Mesure appliquée :
Pour protéger les victimes potentielles, l'accès à votre hébergement
mutualisé a été restreint. Les visiteurs reçoivent désormais une erreur
403 sur l'ensemble des sites de cet hébergement.

Nos recommandations :
- repérez et supprimez la page frauduleuse, ainsi que tout fichier que
  vous n'avez pas déposé vous-même ;
- si le site repose sur un CMS (WordPress, Joomla, Drupal...), mettez-le
  à jour sans attendre, de même que toutes ses extensions ; retirez les
  extensions inutilisées ou d'origine douteuse ;
- changez les mots de passe FTP, base de données et administrateur ;
- faites analyser les ordinateurs qui servent à administrer le site.

Quand le nettoyage est terminé, répondez à ce ticket en détaillant les
actions menées. Nos équipes contrôleront l'URL signalée avant de lever la
restriction.

Pour rappel, le contenu diffusé depuis votre service reste sous votre
responsabilité, conformément à nos conditions générales de service.

Cordialement,

L'équipe Abuse OVHcloud
Identifiant client : la48213-ovh
""")

# 02 Hetzner -- outgoing netscan detected (Robot abuse message)
_scan = [("03:12:39", 55326, "10.32.94.30"), ("03:12:39", 52052, "10.33.124.67"),
         ("03:12:41", 60654, "10.36.218.21"), ("03:12:39", 40338, "172.20.240.24"),
         ("03:12:45", 41904, "10.36.250.27"), ("03:12:39", 55946, "192.168.151.21"),
         ("03:12:44", 43010, "10.36.253.27"), ("03:12:39", 36516, "10.62.76.2"),
         ("03:12:41", 36106, "172.17.76.64"), ("03:12:45", 53548, "192.168.3.9")]
_scan_lines = "\n".join(
    "[[2022-02-18|{Wkd} {Mon} {dd}]] %s [[2022-02-18|{yyyy}]] TCP   203.0.113.47 %5d => %15s 3569"
    % (t, p, ip) for t, p, ip in _scan)
add(src="https://github.com/onflow/flow-go/issues/2036",
    provider="Hetzner", label="abuse", orig="2022-02-18", target="2028-05-05",
    time="09:40:07", tz="+0100", deadline="2022-02-19",
    frm=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    to=("Okonkwo Adebayo", "ops@ledgerline.example"),
    subject="Abuse Message [AbuseID:B81E3A:27]: NetscanOutLevel: Netscan detected from 203.0.113.47",
    body="""Dear Mr Okonkwo Adebayo,

We have received indications that a network scan was carried out from
your server 203.0.113.47.

Please find the cause, remove it, and take the necessary measures so that
this does not happen again.

We also ask you to send us a short statement. It should explain how this
could happen and what you have done about it.
If the steps below are not completed successfully, your server can be
blocked at any time after [[2022-02-19|iso]] 09:40:07 +0100.

How to proceed:
- Solve the issue
- Check whether the issue is still present using the following link:
  https://abuse.hetzner.com/retries/?token=7c02d9e4a1b84f6e9d35c0a8b2e1f437
- Once the check has been successful, send us your statement using this link:
  https://abuse.hetzner.com/statements/?token=7c02d9e4a1b84f6e9d35c0a8b2e1f437

Important note:
If you reply by email, please keep the abuse ID [AbuseID:B81E3A:27]
unchanged in the subject line. Manual replies are only dealt with once a
server has been locked. For any other question, please contact our
support staff at support@hetzner.com.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
www.hetzner.com

##########################################################################
#               Netscan detected from host   203.0.113.47                #
##########################################################################

time                     protocol src_ip     src_port          dest_ip dest_port
--------------------------------------------------------------------------------
""" + _scan_lines + "\n")

# 03 OVHcloud US -- anti-spam block of port 25
add(src="https://support.us.ovhcloud.com/hc/en-us/articles/16100926574995-OVHcloud-AntiSpam-Best-Practices-and-Unblocking-an-IP",
    provider="OVHcloud", label="abuse", orig="2023-06-08", target="2028-05-07",
    time="02:18:55", tz="-0400", deadline="none",
    frm=("OVHcloud US", "noreply@us.ovhcloud.com"),
    to=("Harborview Clinic IT", "it@harborview-clinic.example"),
    subject="[OVHcloud] Anti-spam: outgoing SMTP blocked for IP 198.51.100.84",
    body="""Dear Customer,

Our anti-spam protection layer has found that your IP 198.51.100.84
(server ns5019873) is sending spam. To protect our network, we have
blocked port 25 of this IP at the network level. Other traffic to and
from the server is not affected.

To help you investigate and fix the problem, here is a sample of the
messages that were flagged, with some technical details:

Destination IP: 203.0.113.25 - Message-ID: <a81f2c3e-0b94-4d7e-9c61-5f2e7d0a1b44@mail.harborview-clinic.example> - Spam score: 300
Destination IP: 203.0.113.25 - Message-ID: <5d0e77b2-31aa-4c09-8f0e-c2b6e94a7d18@mail.harborview-clinic.example> - Spam score: 300
Destination IP: 192.0.2.61 - Message-ID: <Q7zKp0vRnLw3TxYb@portal.harborview-clinic.example> - Spam score: 300
Destination IP: 192.0.2.61 - Message-ID: <20230608.0655.73118@portal.harborview-clinic.example> - Spam score: 300
Destination IP: 203.0.113.140 - Message-ID: <e19c0a7d4b@mail.harborview-clinic.example> - Spam score: 300

What to do now:
1. Find where the messages come from. Typical causes are an open mail
   relay, a mailbox whose password has leaked, a web form or CMS plugin
   that can be abused to send mail, or a script placed on the server by
   an attacker.
2. Correct the cause and make sure the server no longer sends spam
   (check the mail queue and the mail logs).
3. Request the unblocking of the IP from the OVHcloud Control Panel:
   Bare Metal Cloud > Network > IP, select 198.51.100.84, then choose
   "Anti-spam" and "Unblock".

Please note: if the same IP is blocked again for spam, the block will
remain in place for a longer period before it can be lifted.

For more details, see our guide "OVHcloud AntiSpam - Best Practices and
Unblocking an IP" in the OVHcloud US help center.

Regards,

OVHcloud US Support
""")

# 04 Backblaze -- DMCA notice, access to B2 files disabled
add(src="https://www.backblaze.com/fr/company/policy/copyright",
    provider="Backblaze", label="abuse", orig="2024-02-06", target="2028-05-09",
    time="17:02:31", tz="-0800", deadline="none",
    frm=("Backblaze Copyright Agent", "copyright@backblaze.com"),
    to=("Nordlicht Studio", "admin@nordlicht-studio.example"),
    subject="Notice of claimed infringement - access disabled to content in B2 bucket \"nls-media-public\"",
    body="""Hello,

Backblaze has received a notice under Section 512 of the Digital
Millennium Copyright Act (DMCA) claiming that content stored in your
Backblaze B2 account infringes a third party's copyright.

Account:            admin@nordlicht-studio.example
Bucket:             nls-media-public
Complaining party:  Halvorsen Rights Management AS, on behalf of its client
Notice received:    [[2024-02-05|us]]
Reported items:
  https://f004.backblazeb2.com/file/nls-media-public/releases/[[2024-02-05|{yyyy}]]/winter-sessions-full.mp4
  https://f004.backblazeb2.com/file/nls-media-public/releases/[[2024-02-05|{yyyy}]]/winter-sessions-cover.jpg

In line with our copyright policy, we have disabled public access to the
items listed above. The files themselves and the rest of your account are
not otherwise affected. A copy of the notice, including the complaining
party's contact details, is attached to this message.

If you think the material was taken down by mistake or because it was
misidentified, you may send us a counter-notification. To be valid, it
must contain:
- your physical or electronic signature;
- a description of the material and the location where it appeared
  before access was disabled;
- a statement, under penalty of perjury, that you believe in good faith
  that the material was disabled as a result of a mistake or
  misidentification;
- your name, address and telephone number, and a statement that you
  consent to the jurisdiction of the federal district court for the
  judicial district of your address (or, if you are outside the United
  States, of any judicial district in which Backblaze may be found), and
  that you will accept service of process from the complaining party.

Please send counter-notifications to copyright@backblaze.com. The DMCA
provides for legal and financial penalties for notices or
counter-notices made in bad faith, so you may wish to consult a lawyer
first. Accounts of repeat infringers may be terminated.

Backblaze Copyright Agent
Backblaze, Inc.
201 Baldwin Ave, San Mateo, CA 94401
""")

# 05 Postmark -- server paused for bounces and spam complaints
add(src="https://emailverifiers.com/blog/postmark-account-deactivated-bounce-rate/",
    provider="Postmark", label="abuse", orig="2025-03-20", target="2028-05-11",
    time="14:26:03", tz="-0400", deadline="none",
    frm=("Postmark Support", "support@postmarkapp.com"),
    to=("ParcelNest Engineering", "dev@parcelnest.example"),
    subject="Sending paused on your Postmark server \"ParcelNest Production\"",
    body="""Hi there,

We've paused outbound sending for the server "ParcelNest Production"
(server ID 4417203) in your Postmark account.

In the past 24 hours this server reached a hard bounce rate of 13.8% and
a spam complaint rate of 0.42%. Both figures are far beyond what we can
accept on shared infrastructure: we expect hard bounces to stay below 10%
and spam complaints below 0.1%. Numbers like these usually mean that mail
is going to addresses pulled from an old database, or to people who
never asked to hear from you - and they hurt delivery for every other
sender on Postmark.

A reminder: Postmark only carries transactional email (receipts,
password resets, account notifications). Newsletters and promotional
campaigns can't be sent through a transactional stream.

To have the server reviewed, just reply to this email and tell us:

  1. How the recipient addresses were collected, and whether the
     recipients confirmed them.
  2. What kind of messages went out in the affected batch (a sample
     helps).
  3. What you've changed so it doesn't happen again - for example
     validating addresses at sign-up or removing stale contacts.

Once we've read your answers, we'll let you know whether sending can be
switched back on. Your other servers, inbound processing and the API
keep working in the meantime.

Thanks,
The Postmark Team
""")

# 06 DigitalOcean -- billing profile data exposed
add(src="https://technoidhost.com/hacking/digitalocean-hacked-customers-billing-data-exposed/5563/",
    provider="DigitalOcean", label="security-incident", orig="2021-04-28", target="2028-05-03",
    time="21:07:44", tz="+0000", deadline="none",
    frm=("DigitalOcean Security", "security-noreply@digitalocean.com"),
    to=("Kestrel Analytics Finance", "finance@kestrel-analytics.example"),
    subject="Notice of unauthorized access to your DigitalOcean billing profile",
    body="""Hello,

We are writing to let you know that details from the billing profile of
your DigitalOcean account were exposed to an unauthorized party.

The problem
Between [[2021-04-09|us]] and [[2021-04-22|us]], a flaw made it possible for an
unauthorized person to view billing information belonging to a small
number of our customers, about 1% of all billing profiles. Your account
is one of them. The information that may have been viewed is:
  - the name and address on your billing profile
  - the last four digits of your payment card, its expiry date, and the
    name of the bank that issued it

What happened
On [[2021-04-22|us]], our security team found that an API used by our billing
system returned profile details for accounts other than the one making
the request. We closed the flaw the same day and confirmed through our
logs which profiles had been viewed.

What we've done
  - fixed the flaw and confirmed it can no longer be used
  - notified the relevant data protection authorities
  - added monitoring that alerts us to unusual access of billing data

Your DigitalOcean account itself was not accessed. Passwords and API
tokens were not part of the exposed data, and full card numbers are
never stored by us.

What you can do
There is nothing you need to change on your Droplets or other resources.
Please be careful with messages that quote your billing address or card
digits to make a request look genuine - we will never ask you to confirm
card details or credentials by email.

We hold ourselves responsible for this and we are sorry. If you have any
questions, reply to this message or open a ticket from the Cloud Control
Panel.

The DigitalOcean Security Team
""")

# 07 Docker Hub -- database breach, autobuild tokens revoked
add(src="https://snyk.io/blog/190000-users-affected-by-docker-hubs-security-breach-now-what/",
    provider="Docker Hub", label="security-incident", orig="2019-04-26", target="2028-05-04",
    time="23:58:16", tz="-0700", deadline="none",
    frm=("Docker", "noreply@docker.com"),
    to=("t.hallberg", "t.hallberg@fjordline-apps.example"),
    subject="Docker Hub security notice: please act on your account",
    body="""Dear Docker Hub user,

On [[2019-04-25|{Weekday}, {Month} {d}, {yyyy}]], we found that an unauthorized party had
briefly accessed a single Docker Hub database that stores a subset of
non-financial user data. As soon as we learned of it, we stepped in to
cut off the access and secure the site.

Why you are receiving this message
Your account is one of roughly 190,000 (fewer than 5% of Hub users) whose
data may have been exposed. The data concerned are usernames and hashed
passwords for a small part of these users, together with the GitHub and
Bitbucket tokens that Docker autobuilds use.

What we have done
  - For affected accounts that use autobuilds, we have revoked the GitHub
    tokens and access keys. Your autobuilds will fail until you link
    your GitHub or Bitbucket account again (Account Settings > Linked
    Accounts).
  - Where a password hash may have been exposed, we have invalidated the
    password; you will be asked to set a new one when you next sign in.
  - We are strengthening our overall security processes and reviewing
    our policies.

What we ask you to do
  - Change your Docker Hub password, and the password of any other
    online account where you used the same one.
  - Look through the security logs of your GitHub and Bitbucket accounts
    for anything you don't recognise, such as unexpected access or new
    public keys.

No official images were affected by this incident. Answers to common
questions are available at https://success.docker.com/article/docker-hub-user-notification

We are very sorry for the trouble.

Renata Vogl
Director of Docker Support
""")

# 08 Hostinger -- API server breach, passwords reset
add(src="https://tehnoblog.org/hostinger-com-api-data-leak-14-million-user-records-stolen",
    provider="Hostinger", label="security-incident", orig="2019-08-25", target="2028-05-06",
    time="04:33:50", tz="+0300", deadline="none",
    frm=("Hostinger", "no-reply@hostinger.com"),
    to=("Mila Nowak", "mila.nowak@sklepik-ceramika.example"),
    subject="Security incident: your Hostinger password has been reset",
    body="""Hello Mila,

As a precaution, we have reset the password of your Hostinger client
account. We want to explain why, and what it means for you.

What happened?
On [[2019-08-23|us]], we received an alert that one of our servers had been
accessed by an unauthorized third party. That server held an
authorization token, which was used to gain further access and raise
privileges on our internal RESTful API server - the system we use to
look up details about clients and their accounts.

Which information was involved?
The API database contains client usernames, email addresses, hashed
passwords, first names and IP addresses. The table in question holds
records for about 14 million Hostinger users, and your record is one of
them.

What was not involved?
Payment card data - it is never stored on that system - as well as your
websites, domains and hosted mailboxes.

What have we done?
  - identified the source of the access and secured the API
  - reset the passwords of all clients and of our internal systems
  - replaced the SHA-1 password hashing with SHA-2
  - brought in internal and external forensic experts, and informed the
    relevant authorities

What do you need to do?
Set a new password here: https://www.hostinger.com/forgot-password
Pick a strong password that you do not use on any other site. Be wary of
unexpected messages asking for your login details or personal
information, and do not open links or attachments from emails you did
not expect.

We sincerely apologise for this incident.

Hostinger Security Team
""")

# 09 Twilio SendGrid -- account possibly compromised via phishing campaign
add(src="https://security.twilio.com/",
    provider="Twilio SendGrid", label="security-incident", orig="2024-03-12", target="2028-05-08",
    time="16:12:09", tz="-0700", deadline="none",
    frm=("Twilio SendGrid Security", "security-alerts@sendgrid.com"),
    to=("Bluefern Hotels IT", "it@bluefern-hotels.example"),
    subject="Security notice: your Twilio SendGrid account may have been compromised",
    body="""Hello,

Twilio SendGrid has found that bad actors have been sending phishing
emails that pretend to come from SendGrid and contain fake SendGrid
login links. Our investigation shows that the credentials of your
account (username: bluefern-mail) were entered on one of these fake
pages, and that your account was then signed in to from an unfamiliar
location on [[2024-03-10|us]] at 22:47 UTC (IP 203.0.113.198).

What we're doing
  - We have broken every link we know of that belongs to this campaign.
    They may still be clickable, but they lead nowhere and may return a
    404 Not Found error.
  - Our teams are running forensics on the attack and the activity
    linked to it.

What you should do now
  - Reset your password and set up two-factor authentication.
  - Cycle your account's API keys and update your integrations.
  - Set up IP Access Management if you send from known addresses.
  - Review, update and verify the teammates on your account.
  - Check the computers used to access SendGrid for malware and run an
    anti-virus scan.

Please stay alert: do not click links in unexpected messages, and check
who really sent a message before you sign in anywhere. SendGrid will
never ask for your password by email.

Twilio SendGrid Security
""")

# 10 Twilio SendGrid -- account takeover, sending suspended by Compliance
add(src="https://support.sendgrid.com/hc/en-us/articles/37988342265243-Proactive-Steps-for-Customers-Experiencing-Account-Takeover-on-SendGrid-Accounts",
    provider="Twilio SendGrid", label="security-incident", orig="2025-06-17", target="2028-05-13",
    time="05:51:40", tz="-0600", deadline="none",
    frm=("Twilio SendGrid Compliance", "compliance@sendgrid.com"),
    to=("Atlas Notify Ops", "ops@atlas-notify.example"),
    subject="[Action Required] Account takeover detected - sending suspended on your SendGrid account",
    body="""Hello,

Our Compliance team has detected that your Twilio SendGrid account
(username: atlas-notify, user ID 28840117) was taken over by a third
party. Between [[2025-06-16|us]] 19:05 UTC and [[2025-06-17|us]] 02:40 UTC, about
184,000 messages impersonating a retail bank and a parcel carrier were
sent through the API key named "prod-mailer-2". This key was not used
from any of the IP addresses your application normally sends from.

To protect the recipients and your sender reputation, we have suspended
sending on the account. Logging in and viewing your data still works.

How accounts usually get compromised
  - API keys exposed in public code repositories or shared files
  - Laravel applications left in debug mode, which reveals credentials
  - credentials passed around inside a team over insecure channels
  - outdated or poorly secured integrations (WordPress plugins, cPanel)

Steps to sanitize your account
  1. Delete ALL API keys (Settings > API Keys), then create new keys with
     only the permissions each integration needs.
  2. Change the password of every user and subuser, and turn on
     two-factor authentication.
  3. Review your teammates and remove anyone you do not recognise.
  4. Enable IP Access Management so only your own addresses can use the
     account.
  5. Use the Email Activity Feed to look for unfamiliar API keys, sender
     addresses, subject lines or domains.

When this is done, reply to this ticket with a short root cause
analysis: how the key was exposed, and what you have changed to prevent
it from happening again. We will review your account for reactivation
once we receive it.

Regards,
Twilio SendGrid Compliance Team
""")

# 11 Twilio -- Aug 2022 social engineering incident, customer notified
add(src="https://www.twilio.com/en-us/blog/august-2022-social-engineering-attack",
    provider="Twilio", label="security-incident", orig="2022-08-10", target="2028-05-10",
    time="18:20:00", tz="-0700", deadline="none",
    frm=("Twilio Security", "security-noreply@twilio.com"),
    to=("Marrow Health Admin", "admin@marrowhealth.example"),
    subject="Important information about a security incident affecting your Twilio account",
    body="""Dear Twilio customer,

We are contacting you about a security incident in which information
related to your Twilio account (Account SID ending in ...7d21) was
accessed by an unauthorized party.

What happened
On [[2022-08-04|us]], Twilio became aware of unauthorized access to information
related to a limited number of customer accounts. The access was the
result of a social-engineering attack aimed at our employees. Current
and former employees received text messages that claimed to come from
our IT department - saying, for example, that a password had expired or
that a work schedule had changed - with links to a sign-in page that
copied ours and was controlled by the attacker. Some employees entered
their credentials there, and the attacker used them to reach some of our
internal systems.

What information was involved
Our investigation shows that the attacker viewed the contact details of
your account: the names, email addresses and phone numbers of its users,
along with account metadata such as the plan and creation date. We have
no indication that your account passwords, API keys or auth tokens were
accessed.

What we are doing
  - We revoked access for the compromised employee accounts as soon as
    the attack was confirmed.
  - We are working with US carriers and hosting providers to shut down
    the messages and the malicious sites.
  - We are adding further safeguards and training for our staff.

What you can do
Please be alert to messages that mention Twilio and ask you to sign in
or share credentials. As a precaution, you may also rotate your auth
token and API keys and review the users on your account.

If you are not contacted by Twilio about this incident, we have no
evidence that your account was affected. We are sorry for this incident
and will keep updating our blog as the investigation continues.

Twilio Security
""")

# 12 MongoDB -- corporate systems breach, post-event summary
add(src="https://www.mongodb.com/blog/post/mongodb-security-incident-post-event-summary-january-23-2023",
    provider="MongoDB Atlas", label="security-incident", orig="2024-01-23", target="2028-05-15",
    time="16:05:28", tz="-0500", deadline="none",
    frm=("MongoDB Security", "security-noreply@mongodb.com"),
    to=("Quillstack Admin", "admin@quillstack.example"),
    subject="MongoDB security incident: post-event summary for your organization",
    body="""Hello,

You are receiving this summary because contact information and account
metadata for your MongoDB organization "Quillstack" were among the data
exposed in the security incident we first reported on [[2023-12-16|us]] at
3:00 pm EST.

Summary
On [[2023-10-06|us]], at about 11:45 UTC, an unauthorized party took advantage
of a previously unknown flaw in a third-party application used by
MongoDB staff. Through an adversary-in-the-middle phishing attack, they
obtained one employee's single sign-on credentials and one-time
password, and used them to read data in some of our corporate
applications. That included customer contact details and account
metadata.

Within 24 hours our session limits cut off that access to the corporate
applications, except for our corporate messaging application. Between
[[2023-12-12|us]] and [[2023-12-14|us]] the attacker used the messaging
application to send further phishing messages to MongoDB employees,
which is when the activity was detected.

What was not affected
The unauthorized party never had access to any MongoDB cluster, whether
in MongoDB Atlas or on premises, and never got past the Atlas cluster
authentication system, which is separate from our corporate systems.

Status
We closed the investigation on [[2024-01-03|us]] at 5:00 pm EST.

What we recommend
  - Watch out for targeted phishing that quotes details of your MongoDB
    account.
  - Turn on phishing-resistant multi-factor authentication for your
    MongoDB Cloud users.
  - Review your organization's access list and activity feed.

We regret this incident and thank you for your patience while we
investigated.

MongoDB Security Team
""")

# 13 IONOS (DE) -- virus scanner found malicious file on webspace
add(src="https://website-bereinigung.de/en/blog/angriff-auf-ihren-ionos-vertrag",
    provider="IONOS", label="security-incident", orig="2025-11-04", target="2028-05-17",
    time="03:42:19", tz="+0100", deadline="none", lang="de",
    frm=("IONOS", "noreply@ionos.de"),
    to=("Bäckerei Lindqvist", "info@baeckerei-lindqvist.example"),
    subject="Angriff auf Ihren IONOS Vertrag 88201947",
    body="""Sehr geehrte Damen und Herren,

unser Virenscanner hat auf Ihrem Webspace eine Datei gefunden, die als
schädlich eingestuft wurde. Die Datei wurde kürzlich neu hochgeladen
oder verändert.

Kundennummer:     61428735
Vertragsnummer:   88201947
Betroffene Datei: /homepages/34/d481736251/htdocs/wp-content/plugins/form-lite/includes/class-cache-x.php
Einstufung:       PHP.Backdoor.WebShell
Erkannt am:       [[2025-11-04|de_num]], 03:17 Uhr

Damit der Code nicht weiter ausgeführt werden kann, haben wir der Datei
die Zugriffsrechte entzogen. Ihre Website ist davon abgesehen weiterhin
erreichbar.

Bitte beachten Sie: Eine Datei dieser Art wird in der Regel erst nach
einem erfolgreichen Einbruch abgelegt. Es ist daher wahrscheinlich, dass
sich weitere manipulierte Dateien auf Ihrem Webspace befinden, die der
Scanner nicht erkannt hat. Wir empfehlen Ihnen dringend:

- den gesamten Webspace auf unbekannte oder veränderte Dateien zu prüfen
  und diese zu entfernen,
- Ihr CMS sowie alle Themes und Plugins auf den aktuellen Stand zu
  bringen und nicht mehr genutzte Erweiterungen zu löschen,
- alle Passwörter zu ändern (SFTP/SSH, Datenbank, CMS-Administrator und
  Ihr IONOS Login),
- die Rechner, mit denen Sie Ihre Website pflegen, mit einem aktuellen
  Virenschutzprogramm zu prüfen.

Hinweis zu Ihrer Sicherheit: Wir fordern Sie in dieser E-Mail nicht auf,
Zugangsdaten oder Zahlungsinformationen einzugeben.

Mit freundlichen Grüßen

Ihr IONOS Team
IONOS SE | Elgendorfer Str. 57 | 56410 Montabaur
""")

# 14 PHISHING imitating OVH (FR) -- "domain closed"
add(src="https://produ-net.com/2018/10/15/attention-aux-arnaques-fermeture-de-votre-domaine-ovh",
    provider="OVHcloud", label="billing", orig="2018-10-15", target="2028-05-12",
    time="11:58:02", tz="+0200", deadline="none", lang="fr", phishing=True,
    frm=("OVH", "support@ovh-service-renouvellement.example"),
    to=("", "contact@boulangerie-marceau.example"),
    subject="Fermeture de votre domaine OVH",
    body="""Bonjour,

Nous n'avons pas pu procéder au renouvellement de votre service : le
prélèvement lié à votre abonnement a été refusé par votre banque.

Votre domaine a donc  été suspendu.

Pour réactiver votre domaine et éviter la suppression de vos données
(site internet, adresses e-mail), merci de mettre à jour votre moyen de
paiement en cliquant sur le lien ci-dessous :

  Réactiver mon domaine :
  http://espace-client.ovh-service-renouvellement.example/reactivation/?ref=FR77318

Sans régularisation de votre part, la fermeture deviendra définitive.

Cordialement,

Le service client OVH
""")

# 15 PHISHING imitating Hetzner (DE) -- "billing problem"
add(src="https://rietsch-design.de/hetzner-e-mail-wegen-abrechnungsproblem-erhalten.html",
    provider="Hetzner", label="billing", orig="2023-05-10", target="2028-05-14",
    time="07:13:45", tz="+0200", deadline="none", lang="de", phishing=True,
    frm=("Hetzner", "noreply@kundenkonto-hetzner-service.example"),
    to=("", "admin@mosaik-verlag.example"),
    subject="Abrechnungsproblem #734218",
    body="""Hetzner

Sehr geehrter Kunde,

Bei Ihrem Konto ist ein Problem mit der Abrechnung aufgetreten.

Ein solcher Fehler bedeutet in der Regel, das Ihre Kreditkarte
abgelaufen ist oder Ihre hinterlegte Rechnungsadresse nicht mehr gultig
ist. Bitte aktualisieren Sie Ihre Angaben uber den folgenden Link:

Kunden-Account
http://accounts-hetzner.kundenkonto-service.example/login?session=734218

Um Betriebsunterbrechungen und zusatzliche Weiderherstellungskosten zu
vermeiden, ist jetzt eine Erneuerung erforderlich.

Vielen Dank fur Ihre Vertrauen
Hetzner Online GmbH Alle Rechte vorbehalten


















SERVICE-VEREINBARUNGEN WEBHOSTING ACCOUNTS

1. Ansprechpartner, Kundensupport
Alle Accounttypen beinhalten kostenlosen schriftlichen Support zu den
angegebenen Supportzeiten. Anfragen werden über das Ticketsystem im
Kundenbereich gestellt.

2. Überwachte Dienste
Webserver (HTTP), Mailsystem (SMTP, POP3, IMAP), Datenbanken (MySQL,
PostgreSQL), Serverlast, Festplatten.

3. Systemausfälle und Wartungsarbeiten
Ausfälle werden auf unserer Statusseite bekannt gegeben, geplante
Wartungsarbeiten werden vorab angekündigt.

Hetzner Online GmbH | Impressum: https://www.hetzner.com/legal/imprint
Datenschutz: https://www.hetzner.com/legal/privacy-policy
""")

# 16 PHISHING imitating IONOS (DE) -- "confirm account activity"
add(src="https://teufelswerk.net/vorsicht-vor-fake-mails-phishing-die-vorgeben-von-ionos-zu-stammen/",
    provider="IONOS", label="action-required", orig="2024-09-18", target="2028-05-16",
    time="20:04:37", tz="+0200", deadline="none", lang="de", phishing=True,
    frm=("lONOS", "lONOS@santiago.codingbear-mailer.example"),
    to=("", "kontakt@praxis-vogelsang.example"),
    subject="Kontoaktivität Bestätigen",
    body="""Kontoaktivität Bestätigen

Sehr geehrte/r Kunde/in,

wir möchten Sie bitten, eine Aktivität in Ihrem Konto zu bestätigen.
Dieser zusätzliche Schritt stellt sicher, dass in Ihrem lONOS-Konto nur
Vorgänge ausgeführt werden, die Sie selbst freigegeben haben.

Bitte klicken Sie auf die Schaltfläche unten, um die Bestätigung
abzuschließen. Damit helfen Sie uns, Ihr Konto sicher und geschützt zu
halten.

  [ Kontoaktivität bestätigen ]
  https://govnadlan-portal.example/privacy-policy

Wird die Aktivität nicht bestätigt, kann der Zugang zu Ihrem Postfach
vorübergehend eingeschränkt werden.

Vielen Dank für Ihr Verständnis.

Ihr lONOS Kundenservice
(c) lONOS SE
""")

# 17 npm -- classic tokens revoked, granular token limits
add(src="https://github.blog/changelog/2025-11-05-npm-security-update-classic-token-creation-disabled-and-granular-token-changes",
    provider="npm", label="action-required", orig="2025-11-05", target="2028-05-01",
    time="19:30:11", tz="+0000", deadline="2025-11-19",
    frm=("npm", "support@npmjs.com"),
    to=("tidewater-ui", "release-bot@tidewater-ui.example"),
    subject="[Action required] Your npm classic tokens stop working on [[2025-11-19|us]]",
    body="""Hi tidewater-ui,

We're writing because your npm account still has 3 active classic
tokens. As part of our work to harden the npm registry, the first set of
changes to npm token management took effect today, [[2025-11-05|us]].

Note: these changes only concern npm tokens for the npm registry. GitHub
personal access tokens and fine-grained GitHub tokens are not affected.

What changed today
  - New classic tokens can no longer be created on npmjs.com, with the
    CLI or through the API. `npm token create` no longer produces them.
  - New granular access tokens with write permissions now enforce 2FA by
    default. A "Bypass 2FA" option (off by default) exists for CI/CD.
  - Granular tokens with write permissions are now limited to a 90-day
    lifetime. Existing ones set to expire after [[2026-02-03|us]] have been
    moved to expire on that date.

What you need to do
Your existing classic tokens keep working until [[2025-11-19|us]]. After that
date, every classic token is revoked permanently and any workflow still
using one will fail with an authentication error.

  1. Go to npmjs.com > Access Tokens.
  2. Choose "Generate New Token" > "Granular Access Token".
  3. Give it only the packages and permissions it needs.
  4. For CI/CD publishing, enable "Bypass 2FA" only where needed, or
     switch to trusted publishing with OIDC.
  5. Replace the classic tokens in your pipelines, .npmrc files and
     secrets stores.

Your classic tokens:
  - npm_...Lq7f  (created [[2023-04-11|us]], last used [[2025-11-04|us]])
  - npm_...0dWx  (created [[2022-09-30|us]], last used [[2025-10-28|us]])
  - npm_...b91K  (created [[2021-06-02|us]], never used)

Thanks for helping keep the ecosystem secure.

The npm team
""")

# 18 Docker -- legacy Free Team organization sunset
add(src="https://www.techtarget.com/searchsoftwarequality/news/365532589/Docker-Free-Team-concerns-linger-after-mea-culpa",
    provider="Docker Hub", label="action-required", orig="2023-03-14", target="2028-05-18",
    time="15:44:09", tz="-0700", deadline="2023-04-14",
    frm=("Docker", "no-reply@docker.com"),
    to=("kelpforge owners", "maintainers@kelpforge.example"),
    subject="Action required: the Docker Free Team subscription of \"kelpforge\" is ending",
    body="""Hello,

You are receiving this message because you own the Docker organization
"kelpforge", which is on the legacy Docker Free Team subscription.

Docker is discontinuing the Free Team subscription. If you own a legacy
Free Team organization, access to paid features - including private
repositories - will be suspended on [[2023-04-14|us]].

What you need to do before [[2023-04-14|us]]
  - Upgrade the organization to a paid Docker Team subscription, or
  - if your organization maintains an open source project, apply to the
    Docker-Sponsored Open Source (DSOS) program, or
  - move the images you want to keep to a Docker Personal or Pro
    account.

What happens if you do nothing
The organization will lose access to paid features on [[2023-04-14|us]].
After a further 30-day grace period, organization data that has not been
moved may be deleted.

Organization:       kelpforge
Members:            7
Private repositories: 3
Public repositories:  19

You can upgrade or start the migration from Docker Hub under
Organizations > kelpforge > Billing.

Thank you for using Docker.
The Docker Team
""")

# 19 Supabase -- free project will be paused for low activity
add(src="https://github.com/supabase/supabase/pull/47279",
    provider="Supabase", label="action-required", orig="2026-06-24", target="2028-05-19",
    time="08:02:55", tz="+0000", deadline="2026-07-01",
    frm=("Supabase", "notify@supabase.io"),
    to=("Ines Barreto", "ines@ledgerloop.example"),
    subject="Your Supabase project \"ledger-dev\" is going to be paused",
    body="""Hi Ines,

To save server resources, we regularly look for Free Plan projects that
have had very little activity. Your project below showed extremely low
activity over the last 7 days:

  Project:       ledger-dev
  Reference ID:  qzwkpmtrsbvyhxljfadc
  Organization:  Ledgerloop (Free Plan)

Unless there is activity on the project, it will be paused on
[[2026-07-01|us]]. You'll get a second email once it has been paused.

How to keep it running
  - Use the project: requests to the database or the Data API count as
    activity.
  - Or upgrade the organization to a paid plan. Projects on paid plans
    are never paused for inactivity.

If it does get paused
No data is lost. You can restore a paused project from the dashboard
for up to 90 days after it was paused. After that, the restore button
is replaced by an option to download a backup of the database.

The Supabase Team
""")

# 20 Render -- free Postgres database expiring
add(src="https://github.com/KamalaEnterprises/clos-trial/issues/145",
    provider="Render", label="action-required", orig="2026-08-27", target="2028-05-20",
    time="17:25:40", tz="+0000", deadline="2026-09-10",
    frm=("Render", "no-reply@render.com"),
    to=("Kamal Workspace", "ops@gascyl-orders.example"),
    subject="Your free database \"inventory-db\" expires on [[2026-09-10|us]]",
    body="""Hi there,

Your free Render Postgres database "inventory-db" (dpg-d1k4s8e3jp1c73f0ab2g)
in the workspace "Gascyl Orders" will expire on [[2026-09-10|us]].

Free Render Postgres databases expire 30 days after they are created.
When a free database expires:
  - it becomes inaccessible to your services,
  - you have a grace period of 14 days (until [[2026-09-24|us]]) to upgrade it
    to a paid instance type,
  - after the grace period, Render deletes the database and all of its
    data. Deleted databases cannot be recovered.

To keep your data, upgrade the database to a paid instance type before
[[2026-09-10|us]]:
https://dashboard.render.com/d/dpg-d1k4s8e3jp1c73f0ab2g/upgrade

If you'd rather move the data elsewhere, take a backup (for example with
pg_dump) before the database expires.

- The Render Team
""")

# 21 Scaleway -- C2 and ARM64 instances end of life
add(src="https://www.pc-kombo.com/blog/94/Postmortem%20of%20a%20Scaleway%20related%20not-too-critical%20downtime",
    provider="Scaleway", label="action-required", orig="2020-04-07", target="2028-05-21",
    time="10:12:33", tz="+0200", deadline="2020-12-01",
    frm=("Scaleway", "noreply@scaleway.com"),
    to=("Jonas Ekberg", "jonas@benchkombi.example"),
    subject="End of life of C2 and ARM64 Instances: migrate to Virtual Instances or Bare Metal",
    body="""Dear customer,

On [[2020-12-01|us]], our C2 and ARM64 Instances will reach their end of life.
The physical servers that host them suffer from recurring, random
stability problems, and we can no longer guarantee the quality of
service you expect. We are committed to helping you move to resources
that offer better stability, performance and reliability.

Timeline
  - From [[2020-04-14|us]]: C2 and ARM64 Instances can no longer be created.
  - From [[2020-07-01|us]]: support for these Instances ends - our technical
    assistance will no longer handle issues related to them - and their
    price will increase.
  - On [[2020-12-01|us]]: all remaining C2 and ARM64 Instances will be
    deprovisioned, together with the data on their volumes.

Your Instances concerned
  - scw-bench-web   (C2S, fr-par-1)
  - scw-bench-db    (C2M, fr-par-1)

What we recommend
Move your workloads to Virtual Instances (DEV1, GP1) or to Bare Metal
cloud servers. Take a snapshot of your volumes, create the new server
from it or copy your data over, and check that everything runs before
deleting the old Instance. Our migration guide and the support team are
available to help.

Thank you for your trust,
The Scaleway Team
""")

# 22 PyPI -- password uploads from 2FA accounts will be refused
add(src="https://cur.at/Tac5c01?m=rss",
    provider="PyPI", label="action-required", orig="2023-07-25", target="2028-05-22",
    time="13:47:02", tz="+0000", deadline="2023-08-08",
    frm=("PyPI", "noreply@pypi.org"),
    to=("hvolkov", "hvolkov@geoflux-lab.example"),
    subject="[PyPI] Migrate to API tokens for uploading to PyPI",
    body="""Hello hvolkov,

During a recent upload (or upload attempt) of the project "geoflux" to
the Python Package Index, you authenticated with your username and
password. Your PyPI account has two-factor authentication (2FA) enabled.

Uploads from accounts with 2FA enabled will soon have to use an API
token or a Trusted Publisher instead of a password. From
[[2023-08-08|us]], uploads that authenticate with a password only will be
rejected for your account.

What to do
  - Create an API token in your account settings (Account settings >
    API tokens). Preferably limit its scope to the project you upload.
    Use __token__ as the username and the token as the password in your
    upload tool (for example twine or your CI configuration).
  - Or configure a Trusted Publisher for "geoflux", so that your CI
    system (such as GitHub Actions) can publish without any long-lived
    token.

More information: https://pypi.org/help/#apitoken and
https://docs.pypi.org/trusted-publishers/

If you did not make this upload, change your password and review your
account's security history right away.

Thanks,
The PyPI Administrators
""")

# 23 OVHcloud -- planned maintenance on Hosted Private Cloud
add(src="https://help.ovhcloud.com/csm/en-in-vmware-maintenance-rescheduling?id=kb_article_view&sysparm_article=KB0068213",
    provider="OVHcloud", label="maintenance", orig="2022-11-30", target="2028-05-23",
    time="09:26:18", tz="+0100", deadline="2022-12-13",
    frm=("OVHcloud", "noreply@ovh.net"),
    to=("Vesta Logistics Infrastructure", "infra@vesta-logistics.example"),
    subject="[pcc-198-51-100-12] Planned maintenance on your Hosted Private Cloud - [[2022-12-13|uk]]",
    body="""Hello,

A maintenance operation has been scheduled on your Hosted Private Cloud
service pcc-198-51-100-12.

  Operation:   update of the ESXi hosts of cluster "Cluster1" (security patch)
  Date:        [[2022-12-13|{Weekday} {d} {Month} {yyyy}]], 22:00 - 02:00 (Europe/Paris)
  Task ID:     118837206

How it works
Hosts are put into maintenance mode one at a time. Running virtual
machines are moved to the other hosts of the cluster with vMotion before
each host is patched and restarted. If your cluster has enough free
resources and DRS is enabled, no interruption of your virtual machines
is expected. No action is required from you.

Is this date inconvenient?
You can postpone this maintenance from the OVHcloud Control Panel:
Hosted Private Cloud > pcc-198-51-100-12 > Operations, filter on
"Available", then click "..." > "Modify the processing date". You can
also do this through the OVHcloud API. The new date must be no later
than [[2022-12-27|uk]]. If the option is greyed out, this operation cannot
be moved.

Some operations, such as urgent security fixes or maintenance affecting
shared infrastructure, cannot be rescheduled.

You can find all the messages we send you in the Control Panel, under
your name > Service emails.

Kind regards,
The OVHcloud Hosted Private Cloud team
""")

# 24 Fly.io -- Machines migrated off a host
add(src="https://flyio-landing.fly.dev/docs/reference/machine-migration",
    provider="Fly.io", label="maintenance", orig="2024-09-03", target="2028-05-24",
    time="22:10:49", tz="+0000", deadline="2024-09-10",
    frm=("Fly.io", "notifications@fly.io"),
    to=("Corvid Weather", "platform@corvid-weather.example"),
    subject="Upcoming Machine migration for app \"corvid-api\" (ams)",
    body="""Hi Corvid Weather,

We need to move some Machines of your app "corvid-api" off the host they
run on in the ams region. The host is being retired as part of our
regular hardware refresh.

  App:        corvid-api
  Machines:   3d8d9e1c4f0d78, 148ed726c52e89
  Volume:     vol_4y5ndq9k3m0r7zjv (pg_data, 10 GB)
  Window:     [[2024-09-10|{Weekday}, {Month} {d}]], 14:00 - 18:00 UTC

You don't need to do anything. During the window, for each Machine we
will:
  1. take an internal lock on your organization's network, so that no
     other Machine of yours is migrated at the same time;
  2. stop the Machine, sending it the kill_signal set in your fly.toml;
  3. fork its volume, with the data, to the destination host;
  4. start a new Machine on the destination host and release the lock.

What to expect
  - Each Machine is stopped while it is moved, so an app running on a
    single Machine will be briefly unavailable. Apps with several
    Machines should see no downtime.
  - The forked volume gets a new volume ID. If your scripts or
    configuration refer to the old ID, update them after the move.

If you'd prefer to move the Machines yourself before the window, you
can clone them to another host with `fly machine clone`.

-- The Fly.io team
""")

# 25 Supabase -- automatic project restart for infrastructure migration
add(src="https://github.com/supabase/supabase/pull/21701",
    provider="Supabase", label="maintenance", orig="2024-03-05", target="2028-05-25",
    time="12:00:04", tz="+0000", deadline="2024-04-04",
    frm=("Supabase", "notify@supabase.io"),
    to=("Okapi Labs", "eng@okapi-labs.example"),
    subject="Upcoming downtime scheduled for project \"okapi-prod\"",
    body="""Hi,

Your project "okapi-prod" (ref ybmrtzqwkdlxcvsnhpef) is scheduled to move
to our new infrastructure.

This project will restart automatically on [[2024-04-04|{Month} {d}, {yyyy}]] between
20:00 and 20:30 UTC. Expect a few minutes of downtime while the database
and its services restart.

Why this time?
We picked a window with low traffic for your project's region,
based on its usage over the past weeks.

Prefer another time?
You can restart the project yourself at any time before then, from
Project Settings > General > Restart project. Once it has been
restarted on the new infrastructure, the scheduled restart is cancelled.

You can read more about the infrastructure migration on our GitHub
Discussions page.

The Supabase Team
""")

# 26 Postmark -- scheduled database maintenance
add(src="https://postmarkapp.com/updates/scheduled-maintenance-on-february-17-2023",
    provider="Postmark", label="maintenance", orig="2023-02-10", target="2028-05-26",
    time="11:30:00", tz="-0500", deadline="2023-02-17",
    frm=("Postmark", "updates@postmarkapp.com"),
    to=("Fieldnote Dev", "dev@fieldnote-app.example"),
    subject="Scheduled maintenance on [[2023-02-17|{Month} {d}, {yyyy}]]",
    body="""Hi there,

On [[2023-02-17|{Weekday}, {Month} {d}, {yyyy}]], starting at 9:00 pm Eastern Time, Postmark
will carry out necessary work on its databases. We expect the work to
take about two hours.

What to expect during the window
  - The Postmark web app and the API endpoints that don't send email may
    be unavailable on and off, for up to 20 minutes in total.
  - We'll keep accepting email through both the API and SMTP while this
    happens.
  - Outbound messages (API and SMTP) and inbound messages may be queued
    for a short time. They'll be processed as soon as our engineers are
    done. We'll let you know when queueing begins and ends.

We'll post progress updates on our status page throughout the window,
including exactly when messages are being queued. There's nothing you
need to change on your side.

If you have any questions or feedback, just reply to this email.

The Postmark Team
""")

# 27 Backblaze -- price change for USB restores
add(src="https://tidbits.com/2024/07/18/backblaze-raises-its-fully-refundable-price-for-restoration-drives/",
    provider="Backblaze", label="pricing", orig="2024-07-16", target="2028-05-27",
    time="16:03:27", tz="-0700", deadline="2024-08-15",
    frm=("Backblaze", "noreply@backblaze.com"),
    to=("Elise Marchetti", "elise.marchetti@studio-vela.example"),
    subject="Pricing update for USB Hard Drive Restores and USB Snapshots",
    body="""Hello,

We're letting you know that as of [[2024-08-15|{Month} {d}, {yyyy}]], the price of our USB
Hard Drive Restores and USB Snapshots will change to $279.

Our Restore Return Refund policy stays the same: if you send the drive
back to us within 30 days of receiving it, we refund the full price of
the restore.

Orders placed before [[2024-08-15|{Month} {d}]] are charged at the current price.

As always, you can also restore your files for free by downloading them
from your account.

Thanks for backing up with Backblaze.

The Backblaze Team
""")

# 28 Hetzner (DE) -- change of billing model
add(src="https://netzunity.com/forum/thread/232-anpassung-der-abrechnung-bei-hetzner/?postID=3446",
    provider="Hetzner", label="pricing", orig="2024-02-13", target="2028-05-15",
    time="10:05:51", tz="+0100", deadline="2024-03-01", lang="de",
    frm=("Hetzner Online GmbH", "info@hetzner.com"),
    to=("Severin Albrecht", "s.albrecht@kaltwasser-it.example"),
    subject="Änderungen im Abrechnungsmodell ab [[2024-03-01|{de_Monat} {yyyy}]]",
    body="""Sehr geehrter Herr Albrecht,

mit dieser E-Mail informieren wir Sie über anstehende Änderungen am
Abrechnungsmodell unserer Produkte.

Ab [[2024-03-01|{de_Monat} {yyyy}]] rechnen wir nahezu alle Produkte so ab, wie Sie es
bereits von unseren Cloud-Produkten kennen: nachträglich.
Nutzen Sie derzeit ausschließlich Cloud-Produkte, betrifft Sie nur der
weiter unten genannte neue Abrechnungstag.

Was ändert sich für Sie?

- Nachträgliche Abrechnung: Berechnet wird die bereits erbrachte
  Leistung. Sie erhalten also stets eine Rechnung über den Vormonat.
- Stundengenaue Abrechnung: Benötigen Sie ein Produkt nur kurze Zeit,
  bezahlen Sie die tatsächliche Nutzungsdauer in Stunden. Bei Nutzung
  über den ganzen Monat zahlen Sie höchstens den Monatspreis.

Ausgenommen sind Produkte mit Jahresgebühr (Domains und
SSL-Zertifikate) sowie Lizenzen. Diese werden weiterhin für den ganzen
Monat berechnet, unabhängig vom Zeitpunkt der Bereitstellung.

Was gilt in der Umstellungsphase im [[2024-03-01|{de_Monat}]] und [[2024-04-01|{de_Monat}]]?

Ihre Produkte werden während der Umstellung anteilig berechnet. Dadurch
können die Rechnungsbeträge für diese beiden Monate von den gewohnten
Beträgen abweichen. Unter Umständen erhalten Sie im [[2024-03-01|{de_Monat}]] keine
Rechnung; diese folgt dann im [[2024-04-01|{de_Monat}]]. Die Umstellung erfolgt
automatisch, Sie müssen nichts weiter tun. Ihr Monatspreis bleibt
unverändert.

Was gilt nach der Umstellung?

Damit wir Fragen zu Ihren Rechnungen künftig schneller beantworten
können, ändern wir auch den Rechnungstag. Ab [[2024-04-01|{de_Monat} {yyyy}]] ist Ihr fester
Abrechnungstag der 16. eines Monats.

Weitere Antworten finden Sie in unseren FAQ unter docs.hetzner.com. Bei
Fragen erreichen Sie unseren Kundenservice über den Menüpunkt "Support"
in Ihrer Kundenoberfläche.

Vielen Dank für Ihr Verständnis und Ihr Vertrauen.

Mit freundlichen Grüßen

Hetzner Online GmbH
""")

# 29 Linode -- prepaid billing retired, accounts moved to hourly billing
add(src="https://www.linode.com/community/questions/17898/were-upgrading-all-accounts-to-hourly-billing",
    provider="Linode", label="pricing", orig="2019-02-20", target="2028-05-22",
    time="14:38:12", tz="-0500", deadline="2019-03-31",
    frm=("Linode", "support@linode.com"),
    to=("Ravi Seshadri", "ravi@dovetail-press.example"),
    subject="We're moving your Linode account to hourly billing",
    body="""Hello,

At the end of [[2019-03-31|{Month} {yyyy}]], Linode is retiring prepaid billing. Every
account still on the legacy prepaid system, including yours
(dovetail-press), will be moved to hourly billing.

Hourly billing makes it easier to add, remove and resize services, and
it gives your account access to the Cloud Manager, the new API, Block
Storage and the Linode Community.

Will my costs change?
For most customers, no: you will pay the same amount as today. The only
time you pay more is when a Linode goes over its network transfer
allowance.

What about my annual discount?
Your account has a legacy annual plan with a 10% discount on
"dp-web-01". To make the switch easy, you keep that discount for three
more months or for the time left on your prepaid term, whichever is
longer. For example, a year prepaid in [[2019-02-01|{Month} {yyyy}]] keeps its discount until
[[2020-02-01|{Month} {yyyy}]].

Please don't switch to hourly billing yourself before the change: doing
it manually may remove the prepaid discount. If you already did, open a
support ticket and let us know.

What happens to the money I already paid?
Any prepaid balance that hasn't been used stays on your account as a
credit and is applied to your future hourly invoices.

If you have questions, reply to this email or open a ticket from the
Linode Manager.

Thanks,
The Linode Team
""")

# 30 Mailgun -- card declined
add(src="https://blog.stunning.co/dunning-emails-in-real-life-mailgun/",
    provider="Mailgun", label="billing", orig="2016-05-03", target="2028-05-30",
    time="03:01:17", tz="+0000", deadline="2016-05-10",
    frm=("Mailgun", "billing@mailgun.net"),
    to=("Theo Lambrecht", "theo@hollowpine-apps.example"),
    subject="Mailgun billing error",
    body="""Hello,

A charge to the credit card on your Mailgun account did not go through.

The card was declined.

Please update your billing information in the Control Panel
(https://app.mailgun.com/app/account/billing) as soon as you can.

If the billing information on your account has not been corrected within
7 days, we reserve the right to cancel your account permanently, and all
of its data will be lost.

Thank you,
Mailgun
""")

# 31 Backblaze B2 -- payment failed, grace period schedule
add(src="https://help.backblaze.com/hc/en-us/articles/219361957-B2-Non-payment-procedures",
    provider="Backblaze", label="billing", orig="2023-09-12", target="2028-05-31",
    time="08:44:36", tz="-0700", deadline="2023-10-07",
    frm=("Backblaze B2", "noreply@backblaze.com"),
    to=("Orchard Archive", "billing@orchard-archive.example"),
    subject="Backblaze B2: payment overdue - service stops on [[2023-10-07|{Month} {d}]]",
    body="""Hello,

We were unable to charge the payment method on your Backblaze B2 account
(billing@orchard-archive.example) on [[2023-09-07|us]]. The amount due is
$148.62. This is our second reminder.

Your account is now in a grace period. Everything keeps working, but
visitors who open links to your buckets will see a notice that the
account needs to be paid.

Here is what happens if the balance is not paid:

  - Until [[2023-10-07|us]]: grace period. The service works normally and
    you'll receive a reminder every 5 days.
  - From [[2023-10-07|us]]: no service. Uploads stop, and API calls return
    403 "account_trouble".
  - From [[2023-10-21|us]]: data in your B2 account may be deleted at any
    time.

To avoid any interruption, sign in to your account and update your card
under Billing > Payment Details. The outstanding balance is charged as
soon as a valid card is on file.

The time periods above are current values and may change.

Thank you,
Backblaze Billing
""")

# 32 Wasabi -- monthly invoice with minimum storage charge
add(src="https://wasabi-support.zendesk.com/hc/en-us/articles/360059412931-How-does-Wasabi-s-monthly-minimum-storage-charge-work-",
    provider="Wasabi", label="billing", orig="2021-05-01", target="2028-05-01",
    time="07:15:09", tz="-0400", deadline="none",
    frm=("Wasabi Billing", "billing@wasabi.com"),
    to=("Kiran Desai", "kiran@meridian-backup.example"),
    subject="Your Wasabi invoice WAS-20394471 for [[2021-04-01|{Month} {yyyy}]]",
    body="""Hello Kiran,

Your Wasabi invoice for the billing period [[2021-04-01|us]] - [[2021-04-30|us]] is
now available in the Wasabi Console (Billing > Invoices).

Account:         meridian-backup (pay-as-you-go, us-east-1)
Invoice number:  WAS-20394471

  Timed Active Storage          750 GB        $4.39
  Minimum Active Storage Charge 274 GB        $1.60
  Timed Deleted Storage           0 GB        $0.00
  --------------------------------------------------
  Total                                       $5.99

The amount will be charged to the card ending in 4417 on [[2021-05-03|us]].

Why is there a minimum charge?
Pay-as-you-go accounts are billed for at least 1 TB of active storage
each month. Because your account stored less than 1 TB during this
period, the difference was billed as a Minimum Active Storage Charge.
The minimum also applies when an account holds no data at all; if you no
longer need the account, you can delete it from the Console.

Thank you for choosing Wasabi.
Wasabi Technologies - Billing
""")

# 33 Fly.io -- host issue notifications announced
add(src="https://community.fly.io/t/host-issue-notifications/19789",
    provider="Fly.io", label="informational", orig="2024-05-29", target="2028-05-20",
    time="19:52:24", tz="+0000", deadline="none",
    frm=("Fly.io", "notifications@fly.io"),
    to=("Corvid Weather", "platform@corvid-weather.example"),
    subject="New: email notifications for Host Issues",
    body="""Hi Corvid Weather,

A few weeks ago some of our hosts suffered unusual hardware failures,
and volumes attached to several of them could not be recovered.

The disks began failing during, or just after, an incident in our NATS
cluster: a newly provisioned server reused the IP address of a
decommissioned one, and the rest of the cluster disagreed about which
region that address belonged to. The resulting storm of errors and
reconnection attempts put the hosts under sustained I/O pressure, which
we believe brought out latent faults - failed NVMe drives, bad memory,
flapping network cards and, on one server, drive bays that had to be
taken apart. Some hosts were repaired; others were decommissioned, with
their disks moved to new machines where possible.

When we need to do maintenance on a host, or a host has a hardware
problem, we declare a "Host Issue". Most are resolved quickly, but a
hardware fault can keep a host in maintenance for several days while
parts are replaced.

What's new
Until now, Host Issues affecting your apps were only shown on the status
page of your dashboard. From now on we will also email the admins of
your organization whenever a Host Issue affects one of your Machines or
volumes, and again when it is resolved.

There is nothing you need to do. As always, we recommend running at
least two Machines per app, and replicating data between volumes for
stateful apps, so that a single host problem doesn't take your app down.

-- The Fly.io team
""")

# 34 PyPI -- 2FA and API tokens generally available (announcement list)
add(src="https://mail.python.org/archives/list/pypi-announce@python.org/2020/1/",
    provider="PyPI", label="informational", orig="2020-01-17", target="2028-05-06",
    time="20:11:38", tz="-0500", deadline="none",
    frm=("PyPI Announcements", "pypi-announce@python.org"),
    to=("pypi-announce list", "pypi-announce@python.org"),
    subject="[PyPI-Announce] Two-factor authentication and API tokens are ready to use",
    body="""Dear PyPI users,

To make downloads from PyPI safer, we have added two-factor
authentication (2FA) as an option for logging in, and API tokens for
uploading packages. Both have now left beta.

If you own or maintain a project on the Python Package Index (pypi.org),
we encourage you to start using them. Instructions are under "help" on
PyPI, and our blog post of today has details and screenshots.

2FA
With 2FA, logging in requires something you know (your username and
password) and something you have: an app that generates a temporary
code, or a security device such as a USB key. Any TOTP app and any
security key that follows the FIDO WebAuthn standard will work.
For now, 2FA only applies to logging in through the web site, not to
package uploads.

API tokens
API tokens let you upload packages without using your username and
password. A token can cover your whole account, or be limited to a
single project - so if it leaks, you only need to revoke and replace
that one token instead of changing your password everywhere.

Both features are also available on Test PyPI.

What comes next
At a later date, PyPI will require users who have 2FA enabled to upload
with API tokens rather than with their password alone. We have not yet
set a date; when we do, we will announce it on this list.

Thanks,
The PyPI team (Python Software Foundation Packaging Working Group)
""")

# 35 Fastly -- security advisory for CVE-2025-29927 (Next.js)
add(src="https://fastly.com/blog/cve-2025-29927-authorization-bypass-in-next-js",
    provider="Fastly", label="security-advisory", orig="2025-03-24", target="2028-05-09",
    time="18:40:02", tz="-0700", deadline="none",
    frm=("Fastly Security Research", "security-research@fastly.com"),
    to=("Tanager Commerce Security", "appsec@tanager-commerce.example"),
    subject="Security advisory: CVE-2025-29927 - authorization bypass in Next.js middleware",
    body="""Hello,

We're contacting Next-Gen WAF customers about a vulnerability that may
affect applications behind your Fastly services.

What you need to know
  - On [[2025-03-21|us]], Vercel published a security advisory for
    CVE-2025-29927, an authorization bypass in Next.js middleware.
  - Affected versions:
      15.x before 15.2.3
      14.x before 14.2.25
      13.x before 13.5.9
      12.x before 12.3.5
      11.x, all versions
  - Next-Gen WAF customers can protect themselves by enabling the
    templated rule for CVE-2025-29927.

Details
Next.js middleware runs code before a request reaches a route, and is
often used for authorization checks and redirects. To decide whether to
run middleware, Next.js reads the x-middleware-subrequest request
header. When that header carries a particular value - which differs
between versions and depends on where the middleware file lives - the
middleware is skipped and the request is passed straight to the route.
An attacker who adds this header can therefore get around access checks
that live only in middleware.

What we recommend
  1. Upgrade Next.js to a fixed release (15.2.3, 14.2.25, 13.5.9 or
     12.3.5 or later).
  2. Until you can upgrade, enable the CVE-2025-29927 templated rule in
     Next-Gen WAF (Rules > Templated Rules), or strip the
     x-middleware-subrequest header from incoming requests at the edge.
  3. Do not rely on middleware as the only authorization layer.

We have not observed anything specific to your services; this message
is a precaution.

Fastly Security Research Team
""")

# 36 Supabase -- weekly Security Advisor email (RLS disabled)
add(src="https://github.com/hunvreus/pagescms/pull/406",
    provider="Supabase", label="security-advisory", orig="2026-06-15", target="2028-05-15",
    time="09:00:41", tz="+0000", deadline="none",
    frm=("Supabase", "notify@supabase.io"),
    to=("Pagewright Team", "team@pagewright-cms.example"),
    subject="Security issues found in your Supabase project \"pagewright\"",
    body="""Hi,

Our weekly Security Advisor check found issues in your project
"pagewright" (ref hvtqmczprwlsgbkxdnae) that need your attention.

ERROR  rls_disabled_in_public  (4 tables)
  Row Level Security (RLS) is not enabled on these tables in the public
  schema, which is exposed through the Data API:
    - public.tags_0
    - public.tags_1
    - public.messages_0
    - public.contacts_2
  Anyone holding your project's anon (publishable) key can read and
  write every row of these tables.

WARN   function_search_path_mutable  (1 function)
    - public.touch_updated_at

How to fix
Enable RLS on each table, for example:
  ALTER TABLE public.tags_0 ENABLE ROW LEVEL SECURITY;
With RLS on and no policies, the Data API can no longer reach the table;
add policies for the access your app actually needs. Connections made
directly as the table owner (for example from your server) are not
affected.

Review all findings in the dashboard: Advisors > Security Advisor.

You can change how often you receive these emails in your account
notification settings.

The Supabase Team
""")

# ---------------------------------------------------------------- build
QP = email.charset.Charset("utf-8")
QP.header_encoding = email.charset.QP
QP.body_encoding = email.charset.QP


def hdr_addr(name, addr):
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8")


def hdr_text(text):
    if text.isascii():
        return text
    return email.header.Header(text, "utf-8").encode()


def prepared():
    out = []
    for i, n in enumerate(NOTICES, 1):
        orig = _dt.date.fromisoformat(n["orig"])
        target = _dt.date.fromisoformat(n["target"])
        off = target - orig
        subject = render(n["subject"], off)
        body = render(n["body"], off)
        if n["deadline"] == "none":
            deadline = "none"
        else:
            deadline = (_dt.date.fromisoformat(n["deadline"]) + off).isoformat()
        hh, mm, ss = (int(x) for x in n["time"].split(":"))
        sign = 1 if n["tz"][0] == "+" else -1
        tzd = _dt.timedelta(hours=int(n["tz"][1:3]), minutes=int(n["tz"][3:5]))
        tz = _dt.timezone(sign * tzd)
        when = _dt.datetime(target.year, target.month, target.day, hh, mm, ss,
                            tzinfo=tz)
        mid = "<%s.%02d.%s@training.set-%s.example>" % (
            NAME, i, target.strftime("%Y%m%d"), NAME)
        out.append(dict(n, idx=i, subject_r=subject, body_r=body,
                        deadline_r=deadline, when=when, mid=mid))
    return out


def build(items):
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    for it in items:
        m = email.message.Message()
        m["From"] = hdr_addr(*it["frm"])
        m["To"] = hdr_addr(*it["to"])
        m["Subject"] = hdr_text(it["subject_r"])
        m["Date"] = email.utils.format_datetime(it["when"])
        m["Message-ID"] = it["mid"]
        m["MIME-Version"] = "1.0"
        m["Content-Type"] = "text/plain; charset=utf-8"
        body = it["body_r"]
        if body.isascii():
            m["Content-Transfer-Encoding"] = "7bit"
            m.set_payload(body)
        else:
            m["Content-Transfer-Encoding"] = "quoted-printable"
            m.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
        m["X-Training-Label"] = it["label"]
        m["X-Training-Deadline"] = it["deadline_r"]
        if it["phishing"]:
            m["X-Training-Phishing"] = "yes"
        mm = mailbox.mboxMessage(m)
        utc = it["when"].astimezone(_dt.timezone.utc)
        mm.set_from(it["frm"][1], utc.timetuple())
        box.add(mm)
    box.flush()
    box.close()


# ---------------------------------------------------------------- checks
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]*\d)")


def ip_ok(a, b, c, d):
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return True
    if a == 10 or (a == 192 and b == 168) or (a == 172 and 16 <= b <= 31):
        return True
    return False


def check(items):
    problems = []
    raw = open(MBOX, "rb").read()
    if b"\r\n" in raw:
        problems.append("CRLF line endings in mbox")
    if raw.count(b"\nFrom ") + (1 if raw.startswith(b"From ") else 0) != len(items):
        problems.append("number of From_ lines differs from number of notices")
    box = mailbox.mbox(MBOX)
    msgs = list(box)
    if len(msgs) != len(items):
        problems.append("mbox holds %d messages, expected %d" % (len(msgs), len(items)))
    mids = set()
    need = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
            "Content-Type", "Content-Transfer-Encoding", "X-Training-Label",
            "X-Training-Deadline"]
    for it, msg in zip(items, msgs):
        tag = "#%02d" % it["idx"]
        for h in need:
            if msg[h] is None:
                problems.append("%s missing header %s" % (tag, h))
        for k, v in msg.items():
            if not (k.isascii() and str(v).isascii()):
                problems.append("%s non-ASCII header %s" % (tag, k))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != MONTH:
            problems.append("%s Date not in batch month: %s" % (tag, msg["Date"]))
        mid = msg["Message-ID"]
        if not re.fullmatch(r"<%s\.\d{2}\.\d{8}@training\.set-%s\.example>"
                            % (NAME, NAME), mid or ""):
            problems.append("%s bad Message-ID %s" % (tag, mid))
        if mid in mids:
            problems.append("%s duplicate Message-ID" % tag)
        mids.add(mid)
        if mid and mid[1:].split("@")[0].split(".")[2] != d.strftime("%Y%m%d"):
            problems.append("%s Message-ID date differs from Date" % tag)
        if msg["X-Training-Label"] not in LABELS:
            problems.append("%s bad label" % tag)
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                _dt.date.fromisoformat(dl)
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
                    raise ValueError
            except ValueError:
                problems.append("%s bad deadline %s" % (tag, dl))
        ph = msg["X-Training-Phishing"]
        if it["phishing"] != (ph == "yes") or (ph is not None and ph != "yes"):
            problems.append("%s phishing header mismatch" % tag)
        if msg.get_content_type() != "text/plain" or \
                (msg.get_content_charset() or "").lower() != "utf-8":
            problems.append("%s bad Content-Type" % tag)
        body = msg.get_payload(decode=True).decode("utf-8")
        cte = msg["Content-Transfer-Encoding"].lower()
        if not body.isascii() and cte != "quoted-printable":
            problems.append("%s non-ASCII body not quoted-printable" % tag)
        if body != it["body_r"].replace("\r\n", "\n"):
            problems.append("%s body does not round-trip" % tag)
        subj = str(email.header.make_header(email.header.decode_header(msg["Subject"])))
        if subj != it["subject_r"]:
            problems.append("%s subject does not round-trip" % tag)
        for text in (body, subj):
            if "[[" in text or "]]" in text:
                problems.append("%s unrendered date placeholder" % tag)
            for mo in IP_RE.finditer(text):
                parts = tuple(int(x) for x in mo.groups())
                if max(parts) <= 255 and not ip_ok(*parts):
                    problems.append("%s non-documentation IP %s" % (tag, mo.group(0)))
    srcs = [l.strip() for l in open(os.path.join(HERE, "used-sources.txt"))
            if l.strip()]
    if srcs != [it["src"] for it in items]:
        problems.append("used-sources.txt does not match notice order")
    if len(set(srcs)) != len(srcs):
        problems.append("duplicate source URL")
    total = len(items)
    critical = sum(1 for it in items if not it["phishing"]
                   and it["label"] in ("abuse", "security-incident"))
    phishing = sum(1 for it in items if it["phishing"])
    ja = sum(1 for it in items if it["ja"])
    if total < MIN_TOTAL:
        problems.append("only %d notices (< %d)" % (total, MIN_TOTAL))
    if critical < MIN_CRITICAL:
        problems.append("only %d critical notices (< %d)" % (critical, MIN_CRITICAL))
    if phishing < MIN_PHISHING:
        problems.append("only %d phishing notices (< %d)" % (phishing, MIN_PHISHING))
    if ja < MIN_JA:
        problems.append("only %d Japanese notices (< %d)" % (ja, MIN_JA))
    return problems, dict(total=total, critical=critical, phishing=phishing, ja=ja)


def table(items):
    rows = ["| # | label | deadline | provider | phishing | lang | original |",
            "|---|---|---|---|---|---|---|"]
    for it in items:
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            it["idx"], it["label"], it["deadline_r"], it["provider"],
            "yes" if it["phishing"] else "no", it["lang"], it["src"]))
    return "\n".join(rows)


def main():
    items = prepared()
    build(items)
    problems, counts = check(items)
    if "--table" in sys.argv:
        print(table(items))
        by = {}
        for it in items:
            by[it["label"]] = by.get(it["label"], 0) + 1
        print(by, counts)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK %d notices, %d critical, %d phishing, %d Japanese -> %s" % (
        counts["total"], counts["critical"], counts["phishing"], counts["ja"],
        os.path.basename(MBOX)))


if __name__ == "__main__":
    main()
