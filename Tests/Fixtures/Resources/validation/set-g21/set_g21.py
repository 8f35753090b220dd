#!/usr/bin/env python3
"""Build set-g21.mbox: 36 labelled non-AWS provider notices (validation batch g21).
Standard library only, deterministic. Re-reads the mbox and exits 1 on any problem."""
import datetime as dt, email.charset, email.utils, ipaddress, mailbox, os, re, sys
from email.header import Header
from email.mime.text import MIMEText

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set-g21.mbox")
D = dt.date
def sh(orig, new, other):
    """shift `other` by the offset that moves `orig` to `new`"""
    return other + (new - orig)
def jd(d):  # Japanese date
    return f"{d.year}年{d.month}月{d.day}日"
def ed(d):  # English long date
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")

M = []
def add(label, deadline, frm, to, subject, date, hour, body, url, provider, phishing=False, lang="en"):
    M.append(dict(label=label, deadline=deadline, frm=frm, to=to, subject=subject, date=date,
                  hour=hour, body=body.strip("\n") + "\n", url=url, provider=provider,
                  phishing=phishing, lang=lang))

# ---------------------------------------------------------------- 1 DigitalOcean outbound DoS
add("abuse", None, "DigitalOcean <support@digitalocean.com>", "ops@lanternfield.example",
    "Droplet taken offline: outgoing denial of service traffic detected", D(2028,3,2), "09:14",
"""Hello,

Our network monitoring flagged an outbound denial of service attack
(http://do.co/21Y1Gc1) that originates from your Droplet xray-scan-01
(203.0.113.47). Traffic leaving the Droplet exceeded 812.06 Mb/s while
inbound traffic stayed near 0.02 Mb/s.

Because this traffic harms other networks, the Droplet has been removed
from the network. It is still powered on, but it has no internet access
and every site or service it hosts is unreachable for now.

We realise this interrupts your work. The step was needed to protect you,
our platform and the party being targeted.

To restore connectivity, reply to this ticket and tell us what caused the
traffic and what you have changed so that it will not happen again. You
can still reach the Droplet through the Recovery Console in the control
panel while it is disconnected.

Thanks,
DigitalOcean Trust & Safety
""", "https://github.com/evilsocket/xray/issues/11", "DigitalOcean")

# ---------------------------------------------------------------- 2 OVHcloud web hosting blocked
add("abuse", None, "OVHcloud <noreply@ovh.com>", "admin@verdant-atelier.example",
    "[OVHcloud] Your web hosting verdant-atelier.example has been blocked", D(2028,3,3), "14:02",
"""Hello,

Your web hosting plan verdant-atelier.example (cluster 028) has been put
in a blocked state by our security systems. Visitors now receive an
HTTP 403 Forbidden error and the site's scripts can no longer run.

Why we took this step
Our monitoring found that the hosting was sending malicious requests to
other websites from 198.51.100.214. This usually means the site has
been hacked, for example through an outdated CMS, plugin or theme, or a
stolen FTP password. Blocking the hosting:
  - stops a possible intrusion from spreading further in your data,
  - stops malicious code being sent to other people's sites,
  - stops the hosting being used for illegal operations,
and also protects you from legal action over attacks made from your
service.

What you need to do
  1. Download a backup of your files and databases and check them for
     files you did not add.
  2. Remove the malicious code, update your CMS and every extension, or
     restore a clean backup taken before the intrusion.
  3. Change the passwords for FTP, databases and the CMS admin accounts.
  4. Once the site is clean, reply to this email or open a ticket from
     the Control Panel to ask us to lift the block.

The block stays in place until you have told us that the hosting has
been cleaned.

Kind regards,
OVHcloud Security Team
""", "https://github.com/ovh/docs/pull/4714", "OVHcloud")

# ---------------------------------------------------------------- 3 SendGrid suspended
add("abuse", None, "Twilio SendGrid Compliance <compliance@sendgrid.com>", "admin@riverpath-learning.example",
    "Your SendGrid account has been suspended", D(2028,3,5), "17:36",
"""Hello,

Your Twilio SendGrid account "riverpath-learning" has been suspended.
Messages sent from the account recently drew spam complaints and
bounce rates well above what our Email Policy allows, so our compliance
team stopped all sending while the account is reviewed.

While the suspension lasts:
  * API and SMTP requests will be rejected
  * scheduled campaigns will not go out
  * you can still sign in to view statistics and settings

To ask for a review, reply to this message with:
  1. how you collect the addresses you send to
  2. what you send and how often
  3. whether anyone else has access to your API keys or credentials

Please contact Support to regain access. We normally answer review
requests within two business days.

Twilio SendGrid Compliance Team
""", "https://github.com/sendgrid/docs/issues/4352", "SendGrid")

# ---------------------------------------------------------------- 4 Vercel blocked
add("abuse", None, "Vercel <notifications@vercel.com>", "kasper.lund@ironbell.example",
    "Your Vercel account has been blocked", D(2028,3,6), "03:48",
"""Hi kasper-lund,

We have blocked your Vercel account after our Trust & Safety team found
a deployment that breaks our Fair Use and Acceptable Use policies.

Deployment:  image-preview-7f3k.vercel.app
Project:     image-preview
Reason:      content that collects visitors' IP addresses and device data
             without their knowledge and sends it to a third-party webhook

Every deployment in the account now returns "This user account is
blocked" and new deployments are refused. Your data has not been
deleted.

If you believe we got this wrong, you can appeal by replying to this
email within 14 days. Tell us what the project is for and how it
handles visitor data.

The Vercel Trust & Safety Team
""", "https://github.com/dekrypted/discord-image-logger/issues/70", "Vercel")

# ---------------------------------------------------------------- 5 phishing: registrar domain suspended
add("abuse", None, "Spam and Abuse Department <abuse-desk@webfusion-registrar-notice.example>",
    "office@alder-joinery.example",
    "Domain ALDER-JOINERY.EXAMPLE suspended for abuse policy violation", D(2028,3,7), "06:21",
"""Dear Sir/Madam,

The domain name listed below has been suspended because it breaks the
WEBFUSION LIMITED Abuse Policy:

  Domain Name:     ALDER-JOINERY.EXAMPLE
  Registrant Name: Martin Aldous

Our Spam and Abuse Department sent you several warnings so that you
could deal with the complaints we received. No reply arrived, and our
attempts to reach you by telephone were also unsuccessful.

Since you did not respond, we had to suspend the domain.

You can download a copy of the complaints here:
http://alder-report.download-center.example/complaints.php?id=7714

Contact us if you need more information about this notice.

Spam and Abuse Department
Abuse Department Hotline: 480-555-0147
""", "https://www.bwdgroup.co.uk/articles/domain-suspension-scams/", "Webfusion (imitated)", phishing=True)

# ---------------------------------------------------------------- 6 SendGrid: credentials exposed
add("security-incident", None, "SendGrid Support <support@sendgrid.com>", "dev@tallyroute.example",
    "[Action Taken] SendGrid account suspended - credentials exposed publicly", D(2028,3,8), "11:05",
"""Hello,

We found your SendGrid username and password in a public GitHub
repository:

  Repository: tallyroute/tallyroute-web
  File:       config/settings.js

Anyone who copies these credentials can send mail as you, so we have
suspended the account "tallyroute" to stop misuse. No mail can be sent
until the account is reactivated.

Please do the following:
  1. Remove the credentials from the repository and from its history.
  2. Change your account password and enable two-factor authentication.
  3. Replace any stored credentials with a restricted API key kept in
     environment variables or a secrets manager.
  4. Reply to this ticket to confirm these steps so we can lift the
     suspension.

Thank you,
SendGrid Support
""", "https://github.com/Blockrazor/blockrazor/issues/1967", "SendGrid")

# ---------------------------------------------------------------- 7 SendGrid: password reset after leak
add("security-incident", None, "Twilio SendGrid <noreply@sendgrid.com>", "newsapps@harbourgazette.example",
    "Your SendGrid password has been reset", D(2028,3,9), "22:40",
"""Hello,

Our security team found that sign-in details for some SendGrid accounts
were posted online. Your account "harbourgazette-alerts" is one of them,
so we have reset its password to protect it.

What this means for you:
  * The old password no longer works, for the web app or for SMTP and
    API calls that use username and password.
  * Integrations that still use those details, such as add-ons installed
    through a hosting marketplace, will fail to send until you update
    them.

What to do:
  1. Set a new password using the reset link on the login page.
  2. Create an API key and use it instead of a username and password in
     every integration.
  3. Turn on two-factor authentication.

We have seen no sign that the account itself was used to send mail.

Twilio SendGrid Security
""", "https://github.com/themarshallproject/klaxon/pull/410", "SendGrid")

# ---------------------------------------------------------------- 8 PyPI token leak
add("security-incident", None, "PyPI <noreply@pypi.org>", "maintainer@quillfeather.example",
    "[PyPI] Token exposed publicly", D(2028,3,10), "08:19",
"""What happened?

PyPI has received notice that an API token belonging to your account
(quillfeather) was made public at
https://github.com/quillfeather/gridmerge/blob/3b91c0e/.github/workflows/release.yml

Because the token is now public, PyPI has revoked it. It can no longer
be used to upload files.

What should I do?

Remove the token from the place where it was published, then create a
new token with only the scope you need and store it as a secret in your
CI system. Review your projects' security history to confirm that no
unexpected releases were uploaded.

How do you know this?

This is an automated message. A partner (GitHub) scans published
content for strings that look like PyPI tokens and reports each one to
us. We check every report and act when the token is valid.

For help, email admin@pypi.org to reach the PyPI administrators.
""", "https://github.com/pypi/warehouse/pull/8563", "PyPI")

# ---------------------------------------------------------------- 9 Codecov security update
o = D(2021,4,15); n = D(2028,3,11)
add("security-incident", None, "Codecov Security <security@codecov.io>", "infra@brightmeadow-lab.example",
    "Important security update: Bash Uploader", n, "16:30",
f"""Hello,

You are receiving this message because one or more of your repositories
uploaded coverage with the Codecov Bash Uploader (or a GitHub Action,
CircleCI orb or Bitrise step that calls it) during the affected period.

What happened
Beginning {ed(sh(o,n,D(2021,1,31)))}, an attacker made repeated unauthorised
changes to the Bash Uploader script. The altered script could copy
environment variables from your CI runs, including tokens, keys and
credentials, and send them to a server outside Codecov. We found the
change on {ed(sh(o,n,D(2021,4,1)))} and removed it.

Repositories in your organization that used the uploader in this period:
  brightmeadow-lab/spectra
  brightmeadow-lab/pipeline-tools

What you should do
  * Rotate every credential, token and key that was available as an
    environment variable in CI jobs that ran the uploader, for example
    package registry tokens and cloud keys.
  * Check your systems for use of those credentials since
    {ed(sh(o,n,D(2021,1,31)))}.
  * Compare the uploader you run against the published checksum.

We are sorry for this incident and will keep you informed.

The Codecov Team
""", "https://github.com/bids-standard/pybv/issues/73", "Codecov")

# ---------------------------------------------------------------- 10 Microsoft account blocked
add("security-incident", None, "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
    "j.richter@quarrylane.example", "Your Microsoft account has been locked", D(2028,3,12), "05:57",
"""Microsoft account

Your account has been locked

We noticed activity on the Microsoft account j.r*****@quarrylane.example
that looks like someone other than you may be using it, so we have
locked it. This also blocks sign-in to the Azure portal and to
subscriptions owned by this account.

Details of the activity:
  Time:      sign-in attempts between 02:10 and 02:55 UTC
  Country:   several countries within one hour
  IP:        192.0.2.211, 198.51.100.19
  Result:    password entered correctly, followed by a change of the
             recovery email

To unlock the account, go to https://account.live.com and verify your
identity with a security code sent to your phone. You will then be
asked to choose a new password. Review the recent activity page and the
users and role assignments in your Azure subscriptions afterwards.

Thanks,
The Microsoft account team
""", "https://github.com/Azure/azure-powershell/issues/20872", "Microsoft Azure")

# ---------------------------------------------------------------- 11 SendGrid API keys deadline
o = D(2020,12,4); n = D(2028,3,13); dl = sh(o, n, D(2021,1,20))
add("action-required", dl, "Twilio SendGrid <noreply@sendgrid.com>", "tech@commonsweave.example",
    f"Action required: switch to API keys by {ed(dl)}", n, "18:12",
f"""Hello,

The new deadline for moving your Twilio SendGrid authentication to API
keys only is {ed(dl)}. The change keeps your mail flowing and makes your
account more secure.

Our logs show that in the past 30 days at least one user on this email
address authenticated API requests or SMTP connections with a username
and password. Those requests will be rejected from {ed(dl)} unless you
change them.

What to do:
  1. Create an API key with the permissions your application needs.
  2. Replace the username and password in your code, SMTP relay or
     third-party service with the API key (for SMTP, the user name is
     the literal string "apikey").
  3. Send a test message to confirm delivery.

Guide: https://sendgrid.com/docs/for-developers/sending-email/upgrade-your-authentication-method-to-api-keys/

Twilio SendGrid
""", "https://github.com/Hylozoic/hylo-node/issues/567", "SendGrid")

# ---------------------------------------------------------------- 12 GitHub actions/cache
o = D(2024,12,5); n = D(2028,3,14); dl = sh(o, n, D(2025,2,1))
add("action-required", dl, "GitHub <noreply@github.com>", "platform-team@northquay.example",
    f"[GitHub] Upcoming breaking change: actions/cache v1-v2 closing down on {ed(dl)}", n, "15:00",
f"""Hi @northquay-ops,

We are writing to tell you about a breaking change for GitHub Actions
that affects workflows in the northquay organization.

What is changing
Starting {ed(dl)}, versions v1 and v2 of actions/cache, and all older
releases of the @actions/cache package in actions/toolkit, will stop
working. The cache service behind them is being replaced.

What happens if you do nothing
Workflows that call a retired version after {ed(dl)} will fail. This
includes workflows pinned to a specific tag or commit SHA of the old
action.

What you need to do
Update to actions/cache@v4 (or v3.4.0 or later), or update
@actions/cache to version 4.0.0 or later if you use the package
directly. Repositories where we saw a retired version in the last
30 days:

  northquay/billing-service
  northquay/web-frontend

Read more in the changelog post "Notice of upcoming releases and
breaking changes for GitHub Actions".

Thanks,
The GitHub Team
""", "https://github.com/Netflix/metacat/pull/626", "GitHub")

# ---------------------------------------------------------------- 13 Cloudflare custom cert expiry
o = D(2020,11,19); n = D(2028,3,15); exp = sh(o, n, D(2020,12,19))
add("action-required", exp, "Cloudflare <noreply@notify.cloudflare.com>", "web@orchardvale.example",
    "Your custom certificate for shop.orchardvale.example expires in 30 days", n, "10:26",
f"""Hello,

A custom SSL certificate that you uploaded to Cloudflare will expire
soon. Cloudflare cannot renew certificates that you upload yourself.

Zone:            orchardvale.example
Hosts:           shop.orchardvale.example, www.orchardvale.example
Certificate ID:  7a4c91e2-3d0b-4b6f-9e52-0c81a6f4d2b7
Expires on:      {exp.isoformat()} 23:59:59 UTC

What to do
Upload a renewed certificate in the dashboard under SSL/TLS > Edge
Certificates before the expiry date. You may reuse a certificate
signing request that Cloudflare generated earlier.

If the certificate expires, visitors to these hosts may not be able to
connect.

We will remind you again 14 days before the expiry date.

You receive this notice because you have the SSL/TLS, Administrator or
Super Administrator role on this account.

Cloudflare
""", "https://github.com/cloudflare/cloudflare-docs/pull/321", "Cloudflare")

# ---------------------------------------------------------------- 14 Let's Encrypt expiry
n = D(2028,3,16); exp = n + dt.timedelta(days=20)
add("action-required", exp, "Let's Encrypt Expiry Bot <expiry@letsencrypt.org>", "hostmaster@fernhollow.example",
    f"Let's Encrypt certificate expiration notice for domain \"fernhollow.example\" (and 2 more)", n, "01:07",
f"""Hello,

Your certificate (or certificates) for the names listed below will
expire in 20 days (on {exp.isoformat()} 03:12:40 +0000 UTC). Please make
sure to renew your certificate before then, or visitors to your web
site will encounter errors.

We recommend renewing certificates automatically when they have a third
of their total lifetime left. For Let's Encrypt's current 90-day
certificates, that means renewing 30 days before expiration.

fernhollow.example
mail.fernhollow.example
www.fernhollow.example

If you have already renewed with exactly the same set of names, we
will not send further notices for this certificate. If the new
certificate adds or drops a name, you will still get notices for the
old one; you can ignore them once the new certificate is in place.

Regards,
The Let's Encrypt Team
""", "https://github.com/letsencrypt/website/pull/41", "Let's Encrypt")

# ---------------------------------------------------------------- 15 phishing GoDaddy directories
add("action-required", None, "GoDaddy Hosting <alerts@godaddy-account-review.example>", "dana@kestrelprint.example",
    "Action Required: directory limit exceeded on your hosting account", D(2028,3,17), "13:44",
"""Dear Customer,

Your hosting account now holds more than 3,259 directories. Accounts of
this size can degrade performance for everyone on the server.

Please lower the number of directories in your account to avoid
possible deactivation. Sign in below to review the affected folders:

  https://sso.godaddy.com.account-verify.example/login

If no action is taken, the account may be deactivated without further
notice.

Thank you for choosing GoDaddy.

GoDaddy Hosting Support
""", "http://kaijuhost.com/2014/08/10/how-i-detected-a-godaddy-phishing-bait/", "GoDaddy (imitated)", phishing=True)

# ---------------------------------------------------------------- 16 PyPI basic auth
add("security-advisory", None, "PyPI <noreply@pypi.org>", "release-bot@lumenframe.example",
    "[PyPI] Migrate to API tokens for uploading to PyPI", D(2028,3,18), "19:23",
"""What?

During a recent upload, or attempted upload, to PyPI we saw that you
signed in with basic authentication (username and password). Your
account, lumenframe, has two-factor authentication (2FA) turned on.

In the near future PyPI will stop accepting uploads that use basic
authentication from accounts with 2FA enabled. Uploads from such
accounts will have to use an API token instead.

What should I do?

Create an API token for your account or for the project, then update
your upload tool (for example twine, or your CI configuration) to use
it. Set the username to __token__ and the password to the token value,
including the pypi- prefix.

If you did not try to upload anything recently, someone may know your
password. Change it and review your account's security history.

Questions? Email admin@pypi.org.
""", "https://github.com/pypi/warehouse/issues/11859", "PyPI")

# ---------------------------------------------------------------- 17 Firebase insecure rules
add("security-advisory", None, "Firebase <firebase-noreply@google.com>", "team@aqualoop-nu.example",
    "[Firebase] Your Realtime Database 'aqualoop-42d1c' has insecure rules", D(2028,3,19), "12:00",
"""Your Realtime Database has insecure rules

We've detected the following issue(s) with your security rules:
  * any user can read your entire database
  * any user can write to your entire database

Project: aqualoop-42d1c
Database: aqualoop-42d1c-default-rtdb

Without strong security rules, anyone who has your database URL can
read, change or delete the data stored there, and could run up charges
on your project.

What to do:
Open the Rules tab of Realtime Database in the Firebase console and
limit access, for example to signed-in users and to the paths each user
owns. Use the Rules Playground to test requests before publishing.

You can stop these alerts for this project in the notification
settings of the Firebase console.

The Firebase Team
""", "https://github.com/ESW-NU/autoaquaponics-web-app/issues/67", "Firebase (Google)")

# ---------------------------------------------------------------- 18 SoftLayer maintenance
o = D(2016,6,22); n = D(2028,3,20); ev = sh(o, n, D(2016,6,29))
add("maintenance", ev, "SoftLayer <no-reply@softlayer.com>", "build-infra@openrail.example",
    f"Event 41823907 - PROVISIONING SYSTEM SCHEDULED MAINTENANCE - {ev.day:02d} {ev:%b %Y}".upper().replace("EVENT", "Event", 1),
    n, "07:30",
f"""Dear Customer,

This notice concerns a planned event that will affect your account.

Event ID:    41823907
Event Type:  Planned Event
Start Date:  {ev:%A} {ev.day:02d}-{ev:%b-%Y} 21:00 UTC
End Date:    {ev:%A} {ev.day:02d}-{ev:%b-%Y} 23:00 UTC
Duration:    2 hours

During this window our engineers will update the provisioning system
and the hosts that run your virtual servers. Affected virtual servers
will be restarted once during the window. Provisioning, reloads and
portal power actions will be unavailable for the whole period.

Affected devices:
  test-centos7-x64-1.openrail.example
  test-ubuntu1604-x64-2.openrail.example
  release-ubuntu1604-x64-1.openrail.example

No action is needed from you. Please make sure that services on these
devices start automatically after a reboot.

You can follow this event under Support > Event Log in the customer
portal.

SoftLayer, an IBM Company
""", "https://github.com/nodejs/build/issues/441", "SoftLayer (IBM Cloud)")

# ---------------------------------------------------------------- 19 Umbraco Cloud bandwidth
add("billing", None, "Umbraco Cloud <noreply@umbraco.io>", "projects@saltmarsh-digital.example",
    "Your project 'harbour-festival' has used 90% of its monthly bandwidth", D(2028,3,21), "08:53",
"""Hi,

Your Umbraco Cloud project harbour-festival has now used 90% of the
bandwidth included in its plan for this month.

  Used:      271 GB
  Included:  300 GB
  Plan:      Standard

If usage goes beyond the included amount, the extra bandwidth will be
charged on your next invoice at the rate for your plan. You can check
usage for each environment on the project's Usage page.

Ways to lower usage include serving large media files from a CDN or
external storage, and checking for unexpected traffic.

Best regards,
The Umbraco Cloud team
""", "https://github.com/umbraco/Umbraco.Cloud.Issues/issues/758", "Umbraco Cloud")

# ---------------------------------------------------------------- 20 AnonAddy bandwidth
add("billing", None, "AnonAddy <no-reply@anonaddy.com>", "mira.solberg@fjordmail.example",
    "You're close to your monthly bandwidth limit", D(2028,3,22), "20:05",
"""Hi mirasolberg,

You have used more than 90% of the monthly bandwidth on your AnonAddy
account.

  Used this month:  9.2 MB of 10 MB (Free plan)

When the limit is reached, messages sent to your aliases will be
dropped until the start of next month. Your aliases will not be
deleted.

To keep receiving mail, you can upgrade to a paid plan, which has a
higher limit, or deactivate aliases that receive a lot of unwanted
mail.

You will get this notice at most once a day while you are above 90%.

Thanks,
Will
AnonAddy
""", "https://github.com/anonaddy/anonaddy/issues/116", "AnonAddy")

# ---------------------------------------------------------------- 21 bunny.net low balance
add("billing", None, "bunny.net <billing@bunny.net>", "owen@quietlantern.example",
    "Low account balance warning", D(2028,3,23), "04:18",
"""Hi Owen,

Your bunny.net account balance has dropped below the warning level.

  Current balance:   $1.84
  Average use:       about $0.31 per day
  Estimated runway:  about 6 days

bunny.net works on prepaid credit. If the balance reaches zero, your
account and all pull zones and storage zones will be suspended until
credit is added.

To avoid an interruption, add funds in the dashboard under Billing, or
turn on automatic recharge.

Kind regards,
The bunny.net team
""", "https://github.com/alexwlchan/alexwlchan.net/issues/729", "bunny.net")

# ---------------------------------------------------------------- 22 Hex.pm price increase
o = D(2026,7,17); n = D(2028,3,24); eff = n + dt.timedelta(days=60)
add("pricing", eff, "Hex <support@hex.pm>", "billing@tidewell.example",
    "Upcoming change to Hex organization pricing", n, "14:10",
f"""Hello,

We are raising the price of Hex organizations for the first time since
they launched.

  Current price:  $7 per user per month, $70 per user per year
  New price:      $9 per user per month, $90 per user per year

Your organization, tidewell, keeps its current price for a 60-day grace
period. The new price applies to renewals from {ed(eff)}. Your dashboard
shows the amount and date of your next renewal.

Why we are doing this
The extra revenue pays for ongoing security work on the registry and
for running the private package service.

You do not need to do anything. If you want to change plans or cancel,
you can do so from the organization's billing page at any time before
your renewal.

Thank you for supporting Hex,
The Hex team
""", "https://github.com/hexpm/hexpm/pull/1722", "Hex.pm")

# ---------------------------------------------------------------- 23 GOV.UK Notify postage
o = D(2020,12,22); n = D(2028,3,25); eff = sh(o, n, D(2021,2,1))
add("pricing", eff, "GOV.UK Notify <notify-support@notifications.service.gov.uk>", "digital@westmere-council.example",
    f"Letter prices will increase from {eff.day} {eff:%B %Y}", n, "10:00",
f"""Hello,

Royal Mail and the DVLA are raising their rates, so the cost of sending
letters through GOV.UK Notify will go up from {eff.day} {eff:%B %Y}.

New prices per letter (excluding VAT):

  Sheets   Second class   First class
  1        35p            58p
  2        40p            63p
  3        45p            68p
  4        50p            73p
  5        55p            78p

Text messages and emails are not affected.

The pricing page will show the new prices from {eff.day} {eff:%B %Y}.
Letters sent before that date are charged at the current rates.

If you have questions, contact us through the support page.

GOV.UK Notify team
""", "https://github.com/alphagov/notifications-admin/pull/3746", "GOV.UK Notify")

# ---------------------------------------------------------------- 24 Vultr port 25
add("informational", None, "Vultr <support@vultr.com>", "ivo@plumcrest.example",
    "Update to SMTP port 25 policy", D(2028,3,26), "16:45",
"""Hello,

We are updating how we handle outbound SMTP on port 25.

Starting today, outbound traffic on port 25 is blocked by default on all
new instances, and we no longer accept requests to open it. This helps
us keep our IP ranges off public blocklists and reduces abuse on the
platform.

Instances where port 25 was opened earlier are not affected by this
change.

If you need to send email from an application, we recommend a
dedicated email delivery service that accepts mail on ports 587 or 465.

Thank you for choosing Vultr.

Vultr Support
""", "https://github.com/forwardemail/awesome-mail-server-providers/issues/2", "Vultr")

# ================================================================ Japanese
# ---------------------------------------------------------------- 25 kurojica pricing
o = D(2016,12,14); n = D(2028,3,27); eff = sh(o, n, D(2016,12,20))
add("pricing", eff, "クロジカスケジュール管理 <info@kurojica.com>", "soumu@hanamizuki.example",
    "料金プラン改定のお知らせ", n, "10:30",
f"""花水木商事株式会社
ご担当者様

いつもクロジカスケジュール管理をお使いいただき、ありがとうございます。

{jd(eff)}より、クロジカスケジュール管理の料金プランを改定いたします
ので、ご案内申し上げます。

■改定の内容
・新料金プランでは、これまで提供してきた無料プランを廃止いたします。
・有料プランをご契約中のお客様は、改定後も現在の料金プランのまま
  ご利用いただけます。

■改定の背景
無料プランを通じて多くのご意見をいただき、サービスの改善に役立てて
まいりました。今後も長く安定してサービスを提供するために、収益の
基盤を整え、開発への投資を続けることが必要と判断いたしました。

無料プランをお使いのお客様にはご不便をおかけいたしますが、
何卒ご理解を賜りますようお願い申し上げます。
無料プランのお客様は、{jd(eff)}までに有料プランへのお申し込みを
ご検討ください。

クロジカスケジュール管理 サポートチーム
""", "https://kurojica.com/schedule/2016/12_14_102412", "クロジカ", lang="ja")

# ---------------------------------------------------------------- 26 phishing CPI mailbox storage
add("billing", None, "CPIサポート <support@cpi-mailbox-info.example>", "info@yamabuki-kogei.example",
    "メールボックスのストレージ容量が少ない info@yamabuki-kogei.example", D(2028,3,28), "09:02",
"""メールボックスのストレージ容量が少ない

ユーザーの皆様

現在、メールボックスの残り容量が5%を下回っています。
このままでは通常のメール送受信に支障が出るおそれがあります。

容量を追加するには、下記のボタンからログインし、
メールボックスのアップグレードを行ってください。

  [ 容量をアップグレードする ]
  https://cpi-webmail-upgrade.example/login?u=info@yamabuki-kogei.example

24時間以内に手続きが確認できない場合、新しいメールの受信が
停止されることがあります。

CPI レンタルサーバー
""", "https://support.cpi.ad.jp/news/966", "CPI (imitated)", phishing=True, lang="ja")

# ---------------------------------------------------------------- 27 phishing KAGOYA maintenance
n = D(2028,3,29); claimed = D(2028,3,31)
add("maintenance", claimed, "KAGOYA <noreply@kagoya-mailserver.example>", "eigyo@kinoshita-seika.example",
    "メールサーバーメンテナンスのお知らせ KAGOYA", n, "15:37",
f"""お客様各位

平素はKAGOYAのサービスをご利用いただき、誠にありがとうございます。

{jd(claimed)}にメールサーバーのメンテナンスを実施いたします。
メンテナンス後も引き続きメールをご利用いただくため、
事前にアカウント情報の確認が必要です。

下記のリンクからメールアドレスとパスワードを入力し、
確認を完了してください。

  https://kagoya-mail-verify.example/account/check

確認が完了していないアカウントは、メンテナンス後に
送受信ができなくなります。

KAGOYA サポートセンター
""", "https://iec.ne.jp/info/fakemail/index.html", "KAGOYA (imitated)", phishing=True, lang="ja")

# ---------------------------------------------------------------- 28 Triton SSL domain validation reuse
o = D(2021,6,24); n = D(2028,3,1); eff = sh(o, n, D(2021,9,27)); moz = sh(o, n, D(2021,10,1))
add("informational", eff, "トリトンSSL <info@toritonssl.com>", "web-admin@kumano-kensetsu.example",
    "アルファSSL ドメイン認証情報の再利用可能期間短縮のお知らせ", n, "11:00",
f"""お客様各位

いつも弊社のサービスをご利用いただき、ありがとうございます。

アルファSSLサーバ証明書について、ドメイン認証情報を再利用できる
期間を短くすることになりましたので、お知らせいたします。

ブラウザベンダーであるMozillaのRoot Store Policyにより、
{jd(moz)}以降、ドメイン認証情報の再利用は398日以内とすることが
定められました。弊社もこれに合わせ、再利用可能期間を現在の825日から
397日に変更いたします。

■ドメイン認証情報の再利用可能期間とは
一度審査したドメイン認証情報を弊社システムに保持し、再び利用できる
期間です。証明書の再発行をすぐに行えるのは、この情報を再利用して
いるためです。

■実施日
{jd(eff)}

■影響
実施日以降、ドメイン審査から397日を超えたSSLサーバ証明書を再発行する
場合は、お客様にあらためて承認していただく必要があり、通常の再発行は
行えません。その際は弊社までご連絡ください。
※有効期間1年の証明書には影響ありません。

ご不明な点は、お問い合わせフォームよりご連絡ください。

トリトンSSL サポート窓口
""", "http://www.toritonssl.com/info/2021/2021_6_24.html", "トリトンSSL", lang="ja")

# ---------------------------------------------------------------- 29 RapidSSL.jp cross root
o = D(2025,6,2); n = D(2028,3,30); chg = sh(o, n, D(2023,3,9)); rm = sh(o, n, D(2026,4,15))
add("informational", rm, "ラピッドSSL サポートセンター <support@rapid-ssl.jp>", "system@minato-logi.example",
    "クロスルート証明書の適用について(重要な更新)", n, "13:20",
f"""お客様各位

{jd(chg)}発行分より、ルート証明書と中間証明書が変更され、
「DigiCert Global Root G2」をルートとする証明書を発行しております。

お客様のシステムの事情により、旧ルート証明書「DigiCert Global Root CA」
による発行が必要な場合でも、クロスルート証明書を使うことで対応できる
ようになりました。

【重要な更新】
DigiCert Global Root CAは、{jd(rm)}をもってMozilla社およびGoogle社が
信頼するルート認証局から外されることが発表されました。
中間証明書「RapidSSL G5 TLS RSA4096 SHA384 2022 CA1」による発行は
引き続き可能ですが、「DigiCert TLS RSA4096 Root G5」から
「DigiCert Global Root CA」へのクロスルートは、お客様の責任のもとで
ご利用ください。

■クロスルート利用時の証明書チェーン
 1. お客様サーバー証明書
 2. RapidSSL G5 TLS RSA4096 SHA384 2022 CA1(中間証明書)
 3. DigiCert TLS RSA4096 Root G5(クロスルート証明書)
 4. DigiCert Global Root CA

■お申し込み方法
通常どおりお申し込みのうえ、支払方法は「銀行振込前払い」を選び、
発行されたお申込番号とあわせて中間証明書の変更をサポートセンターへ
ご依頼ください。

ラピッドSSL サポートセンター
""", "https://www.rapid-ssl.jp/news-archives/379", "ラピッドSSL", lang="ja")

# ---------------------------------------------------------------- 30 IIJ ID suspicious login
n = D(2028,3,10)
add("security-incident", None, "IIJ IDサービス <noreply@auth.iij.jp>", "sec-admin@tsubame-denki.example",
    "【IIJ IDサービス】不審なログインが報告されました", n, "02:47",
f"""※本メールはシステムから自動送信されています。

sec-admin@tsubame-denki.example 様

IIJ IDサービスをご利用いただきありがとうございます。

下記のユーザから、身に覚えのないログインがあったとの報告を
受け付けました。ログインの内容を確認し、不正なアクセスかどうかを
判断してください。
対応方法については、こちらをご覧ください。
https://manual.auth.iij.jp/faq/address_suspicious_login

--------------------------------
[ID]
k.hoshino@tsubame-denki.example
[前回のログイン成功]
日時: {n:%Y/%m/%d} 01:58 (JST)
IP: 203.0.113.162
デバイス: Chrome 122.0.6261.95 (Windows 10 64-bit)
[前回のログイン失敗]
日時: {n:%Y/%m/%d} 01:55 (JST)
IP: 203.0.113.162
デバイス: Chrome 122.0.6261.95 (Windows 10 64-bit)
失敗した認証要素: パスワード
[現在のログイン情報]
IP: 192.0.2.77
デバイス: Safari 17.2 (iOS 17.2)
[ユーザの詳細ページ]
https://www.auth.iij.jp/console/#/users/view/8f31c2a09d
--------------------------------

※このメールは送信専用のため、返信はできません。
※心当たりがない場合は、本サービスの運用担当管理者へお問い合わせください。

====================================
株式会社インターネットイニシアティブ
====================================
""", "https://manual.iij.jp/iid/admin-help/45177506.html", "IIJ", lang="ja")

# ---------------------------------------------------------------- 31 WebARENA support end
o = D(2016,10,31); n = D(2028,3,6); end = sh(o, n, D(2016,12,31))
add("informational", end, "WebARENA サポートセンター <support@web.arena.ne.jp>", "infra@shirakaba-soft.example",
    "【WebARENA VPSクラウド】テクニカルサポート終了のお知らせ", n, "14:00",
f"""WebARENA VPSクラウドをご利用のお客さまへ

平素よりWebARENAをご利用いただき、誠にありがとうございます。

WebARENA VPSクラウドの当社によるテクニカルサポートは、
{jd(end)}をもって終了いたします。

■対象
{jd(end)}より後に利用を開始されたご契約

■{jd(end)}以前に利用を開始されたご契約
当社が別途定める日まで、これまでどおりテクニカルサポートを
ご提供いたします。

■サポート終了後も変わらない点
・サービスの仕様やコントロールパネルの操作方法に関するお問い合わせ窓口
・故障や障害発生時の当社による対応
・RPMパッケージの自動アップデート機能

ご不明な点は、サポート窓口までお問い合わせください。

WebARENA サポートセンター
""", "https://web.arena.ne.jp/support/vps-cloud/policy/", "WebARENA (NTTPC)", lang="ja")

# ---------------------------------------------------------------- 32 CPI 障害通知
n = D(2028,3,14)
add("informational", None, "CPI サポートセンター <support@cpi.ad.jp>", "webmaster@asagiri-ryokan.example",
    "【重要】障害通知 共用サーバー sv2718 におけるWebサービス停止", n, "21:19",
f"""お客様各位

平素はCPIをご利用いただき、誠にありがとうございます。

お客様がご契約のサーバーにおいて障害が発生しております。
現在、復旧に向けて対応を進めております。

■発生日時
{n:%Y年%m月%d日} 20:41 頃から

■対象サーバー
sv2718.secure.ne.jp(203.0.113.88)

■事象
Webサイトの表示およびFTP接続ができない状態となっております。
メールの送受信には影響はございません。

■復旧見込み
調査中です。

障害情報は下記ページにも掲載しております。
http://information.secure.ne.jp/

復旧した際は、【重要】障害復旧通知にてあらためてご連絡いたします。
障害が長引く場合は、進捗状況をメールでお知らせいたします。

ご迷惑をおかけし申し訳ございません。

KDDIウェブコミュニケーションズ CPI サポートセンター
""".replace(f"{n:%Y年%m月%d日}", jd(n)), "https://www.cpi.ad.jp/support/faq/faq_account/faq_account_contract/support-531.html", "CPI", lang="ja")

# ---------------------------------------------------------------- 33 phishing domain renewal payment
add("billing", None, "ドメイン管理センター <billing@domain-renewal-center.example>", "keiri@nagisa-shokai.example",
    "【重要】ドメイン更新のお支払いが確認できません nagisa-shokai.example", D(2028,3,18), "07:55",
"""お客様

ご契約中のドメイン nagisa-shokai.example の更新料金のお支払いが
確認できませんでした。

このままでは本日中にドメインの利用が停止され、ホームページと
メールがご利用いただけなくなります。

下記のリンクから、お支払い情報を更新してください。

  https://renewal-pay.domain-renewal-center.example/nagisa-shokai

※すでにお手続き済みの場合は、本メールと行き違いとなっております。

ドメイン管理センター
""", "https://attlabo.com/blog/efficiency/recent_spam_emails_and_how_to_deal_with_them_2025sep", "レンタルサーバー会社 (imitated)", phishing=True, lang="ja")

# ---------------------------------------------------------------- 34 phishing pending messages
add("action-required", None, "mail-admin <postmaster@mailbox-recovery.example>", "jimukyoku@kirishima-kyokai.example",
    "保留中のメッセージを回復するための通知", D(2028,3,20), "18:31",
"""データベースのシステムが更新されたため、メールボックスの
ストレージ容量の更新と確認が必要になりました。

現在、容量が不足しているため、一部のメールが保留されています。
保留中のメッセージを回復するには、下記のリンクから手続きを
行ってください。

  https://mailbox-recovery.example/restore?id=kirishima-kyokai

メールボックスのサービスが中断したことをお詫び申し上げます。
今後も皆様のご期待に応えられるよう、サービスの充実に努めて
まいります。
""", "https://cone.jp/2022/10/13/19079/", "メールサービス (imitated)", phishing=True, lang="ja")

# ---------------------------------------------------------------- 35 NIFCLOUD mail gateway maintenance cancelled
o = D(2016,10,21); n = D(2028,3,22); planned = sh(o, n, D(2016,11,9))
add("informational", None, "ニフクラ メールゲートウェイ <mailgateway-info@nifcloud.com>", "it@hoshizora-unyu.example",
    f"【メンテナンス中止】{planned:%Y/%m/%d} キュー滞留時間縮小作業", n, "14:28",
f"""お客様各位

平素は弊社サービスをご利用いただき、誠にありがとうございます。
下記の日時に予定しておりましたメンテナンスは、中止となりました。

予定日時   : {planned:%Y/%m/%d}(水)13:30 - 15:00
作業内容   : キュー滞留時間縮小作業
影響対象   : 全サービス
サービス影響: なし(活性メンテナンス)

■予定していた変更の内容
一時的なエラー(受信箱の容量超過など)で配送できないメールは、
現在最大24時間サーバーに滞留した後、エラーメールとして送信元に
返送されます。本作業では、この滞留時間を最大3時間に短縮する
予定でした。

今回の中止により、滞留時間は引き続き最大24時間のままとなります。
作業を再度計画する際は、あらためてご案内いたします。

ニフクラ メールゲートウェイ 運用担当
""".replace(f"{planned:%Y/%m/%d}(水)", f"{planned:%Y/%m/%d}({'月火水木金土日'[planned.weekday()]})"),
    "https://mailgateway.nifcloud.com/info/2016/09/", "ニフクラ (NIFCLOUD)", lang="ja")

# ---------------------------------------------------------------- 36 infotop emergency maintenance
o = D(2012,3,22); n = D(2028,3,24); prev = sh(o, n, D(2012,3,21))
add("maintenance", n, "インフォトップ <info@infotop.jp>", "shop@komorebi-juku.example",
    "【重要】臨時メンテナンスに関するお詫び", n, "20:10",
f"""インフォトップをご利用のお客様へ

平素はインフォトップをご利用いただき、誠にありがとうございます。

{prev.month}月{prev.day}日より断続的に発生していたシステム負荷を解消するため、
本日{n.month}月{n.day}日の正午から午後7時にかけて臨時メンテナンスを実施
いたしました。連日にわたりご迷惑をおかけしましたことを、深くお詫び
申し上げます。

■作業内容
滞留していたウェブメールの退避と、ウェブメールの新しい保管ルールの適用

■影響
メンテナンス中はウェブメールとメッセージの画面がご利用いただけません
でした。また、管理画面や注文画面にもつながりにくい時間帯がございました。

■新しい保管ルール
・ゴミ箱に移したメールは、移した日から7日後に削除されます。
・受信メールは、受信から90日を過ぎたものから順に削除されます。
・「メール保護」を設定したメールは、90日を過ぎても削除されません。

※現在、{n.month}月{n.day}日午後7時より前に受信したメールは一時的に退避
しているため、受信トレイが空になっております。順次戻してまいります。

株式会社インフォトップ
""", "http://news.infotop.jp/20120322/841", "インフォトップ", lang="ja")

# =============================================================================
LABELS = {"abuse","security-incident","action-required","security-advisory","maintenance","pricing","billing","informational"}
ALLOWED_NETS = [ipaddress.ip_network(x) for x in ("192.0.2.0/24","198.51.100.0/24","203.0.113.0/24")]

def build():
    if os.path.exists(OUT):
        os.remove(OUT)
    mb = mailbox.mbox(OUT, create=True)
    mb.lock()
    qp = email.charset.Charset("utf-8"); qp.body_encoding = email.charset.QP; qp.header_encoding = email.charset.QP
    for i, m in enumerate(M, 1):
        body = m["body"]
        if body.isascii():
            msg = MIMEText(body, "plain", "us-ascii")
            msg.set_param("charset", "utf-8")
        else:
            msg = MIMEText(body, "plain", qp)
        name, addr = email.utils.parseaddr(m["frm"])
        msg["From"] = email.utils.formataddr((name, addr), charset="utf-8") if not name.isascii() else m["frm"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"] if m["subject"].isascii() else Header(m["subject"], "utf-8").encode()
        hh, mm = map(int, m["hour"].split(":"))
        d = dt.datetime(m["date"].year, m["date"].month, m["date"].day, hh, mm, 0,
                        tzinfo=dt.timezone(dt.timedelta(hours=9 if m["lang"] == "ja" else 0)))
        msg["Date"] = email.utils.format_datetime(d)
        msg["Message-ID"] = f"<g21.{i:02d}.{m['date']:%Y%m%d}.{hh:02d}{mm:02d}@{addr.split('@')[1]}>"
        msg["X-Training-Label"] = m["label"]
        msg["X-Training-Deadline"] = m["deadline"].isoformat() if m["deadline"] else "none"
        if m["phishing"]:
            msg["X-Training-Phishing"] = "yes"
        mm_ = mailbox.mboxMessage(msg)
        mm_.set_from(addr, d.astimezone(dt.timezone.utc).timetuple())
        mb.add(mm_)
    mb.flush(); mb.unlock(); mb.close()

def check():
    errs = []
    raw = open(OUT, "rb").read()
    if b"\r" in raw: errs.append("CR found")
    if not raw.isascii(): errs.append("non-ASCII bytes in mbox")
    mb = mailbox.mbox(OUT)
    msgs = list(mb)
    if len(msgs) != len(M) or len(msgs) < 30: errs.append(f"count {len(msgs)}")
    ids = set()
    for i, msg in enumerate(msgs, 1):
        for h in ("From","To","Subject","Date","Message-ID","MIME-Version","Content-Type","X-Training-Label","X-Training-Deadline"):
            if not msg[h]: errs.append(f"{i}: missing {h}")
        for h, v in msg.items():
            if not str(v).isascii(): errs.append(f"{i}: non-ASCII header {h}")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != (2028, 3): errs.append(f"{i}: Date {msg['Date']}")
        if msg["X-Training-Label"] not in LABELS: errs.append(f"{i}: label")
        dl = msg["X-Training-Deadline"]
        if dl != "none" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl): errs.append(f"{i}: deadline {dl}")
        if msg["Message-ID"] in ids: errs.append(f"{i}: dup id")
        ids.add(msg["Message-ID"])
        if msg.get_content_type() != "text/plain" or msg.get_content_charset() != "utf-8": errs.append(f"{i}: ctype")
        body = msg.get_payload(decode=True).decode("utf-8")
        if not body.isascii() and msg["Content-Transfer-Encoding"].lower() != "quoted-printable": errs.append(f"{i}: not QP")
        if body != M[i-1]["body"]: errs.append(f"{i}: body roundtrip")
        ph = msg["X-Training-Phishing"]
        if ph not in (None, "yes") or (ph == "yes") != M[i-1]["phishing"]: errs.append(f"{i}: phishing hdr")
        for ip in re.findall(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])", body + " " + msg["Subject"]):
            try: a = ipaddress.ip_address(ip)
            except ValueError: continue
            if not any(a in n for n in ALLOWED_NETS): errs.append(f"{i}: IP {ip}")
        for dom in re.findall(r"@([A-Za-z0-9.-]+)", msg["To"]):
            if not dom.endswith(".example"): errs.append(f"{i}: To domain {dom}")
    return errs

if __name__ == "__main__":
    build()
    errs = check()
    from collections import Counter
    c = Counter(m["label"] for m in M)
    print(len(M), "messages;", dict(sorted(c.items())), "phishing:", sum(m["phishing"] for m in M),
          "ja:", sum(m["lang"] == "ja" for m in M))
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")
