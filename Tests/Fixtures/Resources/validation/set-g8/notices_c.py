# -*- coding: utf-8 -*-
N = []
HETZNER_ABUSE = "Hetzner Online GmbH - Abuse Team <abuse@hetzner.com>"

N.append(dict(
 url="https://github.com/openethereum/parity-ethereum/issues/2478", provider="Hetzner", label="abuse",
 frm=HETZNER_ABUSE, to="node-ops@blockfjord.example",
 subject="Abuse Message [AbuseID:91B3F2:2A]: NetscanOutLevel: Netscan detected from 203.0.113.161",
 date="2028-03-02 21:47", orig="2016-10-05", deadline="2016-10-06",
 body="""Dear Mr Tobias Lindqvist,

Our systems show that an attack has been carried out from your server.
Please take the measures required to resolve the problem and to prevent it from
happening again.

We also ask you to send us a short statement explaining how this could happen
and what you plan to do about it. If the steps below are not completed, your
server may be blocked at any time after [[2016-10-06 09:30:00|%Y-%m-%d %H:%M:%S]] +0200.

How to proceed:
- Fix the problem.
- Check whether the problem persists with the retry link:
  https://abuse.hetzner.com/retries/?token=3c1e9a07b6d24f58a0e2c9d1f7b4a613
- Once the check succeeds, send us your statement via:
  https://abuse.hetzner.com/statements/?token=3c1e9a07b6d24f58a0e2c9d1f7b4a613

Important: keep the abuse ID [AbuseID:91B3F2:2A] unchanged in the subject line
of any reply. Manual replies are only processed if the server is locked. If you
have questions, please contact our support team at support@hetzner.com.

##########################################################################
#          Netscan detected from host 203.0.113.161                      #
##########################################################################

time                      protocol src_ip        src_port    dest_ip       dest_port
------------------------------------------------------------------------------------
[[2016-10-05 20:16:42|%a %b %d %H:%M:%S %Y]]  UDP   203.0.113.161 50310 =>  10.17.0.32     64730
[[2016-10-05 20:18:53|%a %b %d %H:%M:%S %Y]]  UDP   203.0.113.161 50313 =>  10.0.2.2       54104
[[2016-10-05 20:19:35|%a %b %d %H:%M:%S %Y]]  UDP   203.0.113.161 50313 =>  10.0.2.2       30304
[[2016-10-05 20:21:38|%a %b %d %H:%M:%S %Y]]  UDP   203.0.113.161 50313 =>  10.96.200.61    30302

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
"""))

N.append(dict(
 url="https://blog.jakesaunders.dev/my-server-started-mining-monero-this-morning/", provider="Hetzner", label="abuse",
 frm=HETZNER_ABUSE, to="jake@sidequestlabs.example",
 subject="Abuse Message [AbuseID:E40C17:1F]: NetscanOutLevel: Netscan detected from 198.51.100.93",
 date="2028-03-05 07:25", orig="2025-12-17", deadline="2025-12-17",
 body="""Dear Mr Jacob Sanderson,

We have indications that your server was used to attack other systems.
Please take all necessary steps to end this and to avoid it in future.

In addition, we ask for a brief reply describing how this could have happened
and how you intend to deal with it. If the following steps are not completed
successfully, your server can be blocked at any time after
[[2025-12-17 12:46:15|%Y-%m-%d %H:%M:%S]] +0100.

How to proceed:
- Solve the issue.
- Test whether the issue still exists:
  https://abuse.hetzner.com/retries/?token=b87f02d4c19e4a63a5d0e71c93f4e2a8
- After a successful test, send us a statement:
  https://abuse.hetzner.com/statements/?token=b87f02d4c19e4a63a5d0e71c93f4e2a8

Important note: when replying, leave the abuse ID [AbuseID:E40C17:1F] unchanged
in the subject. Manual replies are only handled if the server has been locked.
For questions, please contact support@hetzner.com.

The report we received shows network scanning from 198.51.100.93 towards an
external address range:

time (UTC)              protocol  src_ip          src_port    dest_ip        dest_port
--------------------------------------------------------------------------------------
[[2025-12-17 05:11:02|%Y-%m-%d %H:%M:%S]]     TCP       198.51.100.93   41522  =>   192.0.2.11     22
[[2025-12-17 05:11:02|%Y-%m-%d %H:%M:%S]]     TCP       198.51.100.93   41530  =>   192.0.2.12     22
[[2025-12-17 05:11:03|%Y-%m-%d %H:%M:%S]]     TCP       198.51.100.93   41538  =>   192.0.2.13     22

Kind regards

Abuse Team
Hetzner Online GmbH
"""))

N.append(dict(
 url="https://github.com/web3-storage/web3.storage/issues/2080", provider="Infoblox (third-party report to host)", label="abuse",
 frm="Infoblox Federal Security Analysis Team <fraud_alert@infoblox.com>", to="abuse@pinnaclegateway.example",
 subject="Live phishing page hosted on your service - request for takedown",
 date="2028-03-06 16:40", orig="2022-10-27", deadline=None,
 body="""Hello,

Infoblox has learned that a site under your control is currently serving a
working phishing page:

  https://bafy-example-7qk2.ipfs.pinnaclegateway.example/onedrive-login.html
  IP: 203.0.113.9

The page imitates a document-sharing sign-in and collects the credentials that
visitors type in.

We ask you to investigate and suspend this content as soon as you can, so that
no more personal information is stolen through it. Because pages like this are
usually planted after a compromise, please also check for the way the attackers
got in and close it, so that they cannot simply return.

Let us know if you need more data, have questions, or want to confirm that the
content has been removed.

Thank you for your time and effort.

Best regards,

Infoblox Federal Security Analysis Team
infoblox.com
"""))

N.append(dict(
 url="https://help.ovhcloud.com/csm/en-au-web-hosting-resolve-anomalous-activity?id=kb_article_view&sysparm_article=KB0072795", provider="OVHcloud", label="security-incident",
 frm="OVHcloud <noreply@ovh.net>", to="contact@boulangerie-aurore.example",
 subject="Abnormal activity detected on your web hosting boulangerie-aurore.example",
 date="2028-03-08 13:58", orig="2025-10-15", deadline=None,
 body="""Dear Customer,

To protect your website and its visitors, we have applied security measures to
your web hosting plan boulangerie-aurore.example (cluster 028) after detecting
unusual activity on it.

What we detected
  Our scans found files that are very likely malicious in your hosting space,
  for example:
    www/wp-content/uploads/2028/02/cache-img.php
    www/wp-includes/js/jquery/ui/core-min.php

Measures currently in place
  - Access to the website has been suspended.
  - Sending email from scripts (the PHP mail() function) is blocked.
  - Outgoing connections from the hosting (TCP OUT) are blocked.

The cause is not always a deliberate attack: an outdated plugin, a vulnerable
theme or a third-party script can also lead to this. In most cases, however,
the files above were placed by someone who gained access to your site.

What to do
  1. Clean up your site: remove the malicious files, update your CMS, themes
     and plugins, and change your FTP, database and CMS passwords.
  2. Once the clean-up is complete, lift the security measures from the
     "General information" tab of your hosting plan in the OVHcloud Control
     Panel.

Our guide explains each step in detail:
https://help.ovhcloud.com/csm/en-au-web-hosting-resolve-anomalous-activity?id=kb_article_view&sysparm_article=KB0072795

Kind regards,
OVHcloud Customer Support
"""))

N.append(dict(
 url="https://github.com/XX-net/XX-Net/issues/13165", provider="Google Cloud", label="action-required",
 frm="Google Cloud Platform <CloudPlatform-noreply@google.com>", to="dev@mossbank.example",
 subject="[Reminder] Migrate your App Engine projects from the legacy SDK (appcfg) by [[2020-08-30|%b %d, %Y]]",
 date="2028-03-09 18:00", orig="2020-05-08", deadline="2020-08-30",
 body="""Dear Developer,

The standalone App Engine SDK and its appcfg tool were deprecated on
[[2019-07-30|%B %d, %Y]] in favour of the generally available Cloud SDK. Projects that still
depend on appcfg must be migrated by [[2020-08-30|%B %d, %Y]]. We moved this deadline
from [[2020-07-30|%B %d, %Y]] to give you more time and avoid disruption to your services.

You are receiving this reminder because project mossbank-tiles (ID:
mossbank-tiles-20931) used the legacy SDK recently.

What do I need to know?
The Cloud SDK is now the only SDK distribution for Google Cloud, and it supports
both the App Engine standard environment runtimes and the flexible environment.
Together with appcfg, the following are going away:
  - the appcfg and dev_appserver.sh commands,
  - the Java App Engine SDK-based plugins for Maven and Gradle (Cloud SDK-based
    versions are available),
  - the cron.xml, datastore-index.xml, dispatch.xml and queue.xml file formats.

What do I need to do?
Follow the migration guide for your language (Python, Java or PHP) and move your
deployments to the Cloud SDK before [[2020-08-30|%B %d, %Y]].

Thanks for choosing Google Cloud Platform.

The Google Cloud Platform Team
"""))

N.append(dict(
 url="https://github.com/the-blue-alliance/the-blue-alliance/issues/862", provider="Google Cloud", label="billing",
 frm="Google Cloud Billing <payments-noreply@google.com>", to="admin@robotleague.example",
 subject="Action Required: Your Google Cloud Billing account has been suspended.",
 date="2028-03-11 23:31", orig="2014-01-05", deadline=None,
 body="""Hello,

We have suspended your Google Cloud Billing account 01A7C3-5E92B0-8D41F6.

This usually happens when the credit card on file has expired or been cancelled
and we have not received valid payment details since. There may also be unpaid
charges for service used in earlier months.

Please add valid payment information to the account here:
https://console.cloud.google.com/billing/01A7C3-5E92B0-8D41F6/payment

If payments remain outstanding, the billing account may be closed. If you have
already updated your payment details, you can ignore this message.

For questions, please contact Cloud Billing support:
https://support.google.com/cloud/contact/cloud_platform_billing

Sincerely,
The Google Cloud Billing Team
"""))

N.append(dict(
 url="https://github.com/cloud-gov/cg-site/pull/2434", provider="cloud.gov", label="action-required",
 frm="cloud.gov support <support@cloud.gov>", to="app-owners@permitportal.example",
 subject="Reminder: AWS ending support for MySQL 5.7 databases - new date [[2024-02-29|%B %d]]",
 date="2028-03-13 15:00", orig="2023-11-14", deadline="2024-02-29",
 body="""Hello,

You are receiving this message because your organization runs one or more
brokered MySQL 5.7 database instances on cloud.gov.

AWS RDS is ending standard support for MySQL 5.7.x. Our earlier notice gave a
date in [[2023-12-01|%B %Y]]; AWS has since pushed the date back, and you now have until
[[2024-02-29|%B %d, %Y]] to upgrade these databases to MySQL 8.0.

Why this matters
After that date, instances still on 5.7 will be enrolled in paid extended
support or upgraded by AWS during a maintenance window, which may happen at a
time that is not convenient for your application.

What to do
  1. Identify your MySQL 5.7 service instances with "cf services" in each space.
  2. Test your application against MySQL 8.0 in a non-production space.
  3. Upgrade the instance, for example:
       cf update-service my-db -c '{"version": "8.0"}'
     or create a new 8.0 instance and migrate your data.

Our documentation has more detail on upgrading database versions:
https://cloud.gov/docs/services/relational-database/

If you need help, reply to this email or write to support@cloud.gov.

Thanks,
The cloud.gov team
"""))

# --- phishing imitations (modelled on public phishing reports) ---
N.append(dict(
 url="https://ironscales.com/threat-intelligence/azure-alert-phishing-microsoft-infrastructure-delivers-the-phish-1", provider="Microsoft Azure (phishing imitation)", label="billing", phishing=True,
 frm="Microsoft Azure <azure-noreply@microsoft.com>", to="finance@brightlinelegal.example",
 subject="Azure: Activated Severity: 2 Your Payment Has Been Received",
 date="2028-03-14 16:02", orig="2026-03-20", deadline=None,
 body="""Azure Monitor alert

Alert rule: billing-confirmation
Severity: Sev2
Fired time: [[2026-03-20 15:58|%A, %B %d, %Y %H:%M]] UTC

Dear Customer,

We confirm that a payment of $459.90 USD has been charged to your account for
"Windows Defender Advanced Protection - Annual Renewal".

Transaction ID:  PP-55K9-0Q3X
Date:            [[2026-03-20|%m/%d/%Y]]
Amount:          $459.90 USD
Merchant:        Windows Defender

If you did not authorise this renewal, call our billing department within 24
hours to cancel it and receive a full refund:

  +1 (844) 555-0147

After 24 hours the charge can no longer be reversed.

Thank you,
Microsoft Azure Billing Support
"""))

N.append(dict(
 url="https://dorland.org/hetzner-reports-active-phishing-using-fake-login-pages-to-steal-credentials-and-card-data-learn-red-flags-response-steps-and-best-practices-for-teams", provider="Hetzner (phishing imitation)", label="action-required", phishing=True,
 frm="HetznerSupportTeam <support@hetzner-accounts-center.example>", to="billing@fjordpixel.example",
 subject="Last reminder: accept the new data protection policies - your contract will end soon",
 date="2028-03-16 05:14", orig="2024-07-05", deadline="2024-07-07",
 body="""Dear Customer,

This is our last reminder. You have not yet accepted the updated data
protection policies for your Hetzner account K0452219.

If you do not confirm the new policies by [[2024-07-07|%d.%m.%Y]], your contract will end
automatically and your servers and data will be deleted.

Please log in and confirm your details now:

  https://accounts.hetzner.com.policy-update.example/login

To complete the confirmation you will also be asked to re-enter the payment
card stored in your account.

Thank you for your cooperation.

Your Hetzner Support Team
Hetzner Online GmbH
"""))

N.append(dict(
 url="https://gorganizer.net/explain/fake-digitalocean-linode-vps-hosting-billing-phish", provider="DigitalOcean (phishing imitation)", label="billing", phishing=True,
 frm="DigitalOcean Billing <billing@digitalocean-support.example>", to="founder@tinyledger.example",
 subject="Your DigitalOcean account has been suspended - droplets offline",
 date="2028-03-18 02:27", orig="2025-06-10", deadline="2025-06-11",
 body="""Hi there,

We were unable to charge your payment method for the latest invoice, so your
DigitalOcean account has been suspended.

  Account:          founder@tinyledger.example
  Amount due:       $96.00
  Droplets offline: 3
  Managed databases at risk: 1

Your Droplets are powered off and your managed database will be permanently
deleted if payment is not received by [[2025-06-11|%B %d, %Y]].

Update your billing information to restore service immediately:

  https://cloud.digitalocean.com.billing-restore.example/account/billing

Thanks,
The DigitalOcean Team
"""))

N.append(dict(
 url="https://hosteurope.de/faq/aktuelle-hinweise/aktuelle-hinweise-allgemeines/phishing-hosteurope", provider="Host Europe (phishing imitation)", label="billing", phishing=True, lang="de",
 frm="Host Europe Buchhaltung <rechnung@hosteurope-kundenservice.example>", to="info@weingut-reblaus.example",
 subject="Dringende Zahlungserinnerung: Ueberfaellige Rechnung Nr. DRP20583317 fuer Ihre Domain",
 date="2028-03-20 08:45", orig="2024-02-12", deadline=None,
 body="""Sehr geehrte Kundin, sehr geehrter Kunde,

für Ihre Domain weingut-reblaus.example ist die Rechnung Nr. DRP20583317 über
24,99 EUR weiterhin unbezahlt.

Wenn der Betrag nicht umgehend beglichen wird, wird Ihre Domain gesperrt und
anschließend zur Neuregistrierung freigegeben.

Bitte bezahlen Sie die offene Rechnung jetzt bequem per Kreditkarte:

  https://kis.hosteurope.de.zahlung-offen.example/rechnung/DRP20583317

Mit freundlichen Grüßen
Ihr Host Europe Team
"""))

N.append(dict(
 url="https://privacysavvy.com/news/cybersecurity/alleged-google-cloud-phishing-scam-phone-emails", provider="Google Cloud (phishing imitation)", label="security-incident", phishing=True,
 frm="Google Cloud Support <cloud-support@google-cloud-casecenter.example>", to="cto@saltmarshdata.example",
 subject="Google Cloud Support case #66512084: suspicious activity on your account",
 date="2028-03-22 17:33", orig="2024-10-10", deadline=None,
 body="""Hello,

Following our phone call today, we are sending you the details of support case
#66512084 about a problem detected on your Google Cloud account.

Our systems observed sign-in attempts from an unrecognised device and a request
to export data from project saltmarsh-prod. As a precaution, some services on
the project may be limited until you verify your identity.

To review the case and confirm that the activity was not yours, sign in to the
support portal:

  https://console.cloud.google.com.case-review.example/support/cases/66512084

Please complete the verification as soon as possible. A support engineer will
contact you again if we need more information.

Best regards,
Google Cloud Support
"""))
