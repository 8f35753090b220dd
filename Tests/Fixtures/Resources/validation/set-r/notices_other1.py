# Other providers, English: abuse, security incidents, action required, advisories (r045-r063)

GITHUB = ("GitHub", "noreply@github.com")
GCP = ("Google Cloud", "CloudPlatform-noreply@google.com")
AZURE = ("Microsoft Azure", "azure-noreply@microsoft.com")

GCP_FOOTER = """(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this mandatory service announcement to update you about important changes to Google Cloud Platform or your account."""

AZURE_FOOTER = """Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

You're receiving this email because you have an Azure subscription. This is a mandatory service communication."""

NOTICES = [
dict(
    id="r045", provider="Hetzner", label="abuse", deadline="2026-08-20",
    date="2026-08-19 07:12:40 +0200", sender=("Hetzner Abuse Team", "abuse@hetzner.com"),
    to="hosting@northgate-mc.example",
    subject="Abuse Message [AbuseID:7F3A21:1C]: NetscanOutPlain: Netscan detected from host 203.0.113.140",
    lang="en", fmt="plain",
    body="""Dear Sir or Madam,

We have received an abuse report from a third party about your server with the IP address 203.0.113.140 (server EX44 #2318840, "ngmc-monitor-fsn").

According to the report, a network scan has been carried out from your server. Please take all necessary measures to avoid this in the future and to solve the issue.

We also request that you send a short response to us. This response should contain information about how this could have happened and what you intend to do about it. In the event that the following steps are not completed successfully, your server can be blocked at any time after 2026-08-20 07:12:40 +0200.

How to proceed:
- Solve the issue
- Test whether the issue still exists
- Reply to this email, or submit a statement via the Robot Abuse Portal: https://robot.hetzner.com/abuse/7F3A21

Important note:
When replying to us, please leave the abuse ID [AbuseID:7F3A21:1C] unchanged in the subject line. Manual responses will be processed by our staff and may take some time.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
www.hetzner.com

Register Court: Registergericht Ansbach, HRB 6089
Managing Director: Martin Hetzner, Stephan Konvickova, Gunther Hetzner

##########################################
Original report (abbreviated):

Source IP: 203.0.113.140
Destination: 198.51.100.0/24 (research honeypot network)
Ports: 22/tcp, 80/tcp, 443/tcp, 8080/tcp, 8443/tcp
Time (UTC): 2026-08-19 02:41:07 - 2026-08-19 04:55:31
Packets: 61,212 SYN, no prior connection state
Reporter comment: The host connected to every address in our range in sequence. Please investigate.
""",
),
dict(
    id="r046", provider="DigitalOcean", label="abuse", deadline="2026-08-24", rel=("days", 2), bland=True,
    date="2026-08-22 03:15:22 +0000", sender=("DigitalOcean Trust & Safety", "abuse-replies@digitalocean.com"),
    to="hosting@northgate-mc.example",
    subject="Re: [DigitalOcean] Droplet network disabled - Ticket #7731904",
    in_reply_to="<8e4d2a61c0f97b35.d7e1@northgate-mc.example>",
    lang="en", fmt="plain",
    body="""Hi there,

Thanks for getting back to us and for the details you shared about the cleanup.

As requested, we have temporarily restored public networking on the Droplet below so that your team can finish the investigation and copy off any data you need:

Droplet: coral-mailer-01 (ID 412883019)
Public IPv4: 198.51.100.77
Region: SYD1

Please note that this is a temporary restoration. Within the next 48 hours, please reply to this ticket confirming that:

1. The Droplet has been rebuilt from a clean image, or destroyed and replaced;
2. The outbound spam has stopped and the mailing script found in /var/www/html/wp-content/plugins/cache-tools/ has been removed;
3. SMTP access is restricted so that the server can only send mail through your authenticated relay.

If we don't hear from you within that time, or if our systems detect further outbound spam from this Droplet, we will disable networking again and may need to take further action on the account, which could include suspension.

We understand this was caused by a compromised WordPress plugin rather than intentional activity, and we appreciate how quickly your team responded.

Best,
Marisol
Trust & Safety | DigitalOcean

Ticket #7731904

On Fri, Aug 21, 2026 at 11:48 PM, Northgate Managed Cloud <hosting@northgate-mc.example> wrote:
> Hello,
> We manage this Droplet for our customer Coral Coast Tourism. The spam was
> sent by a malicious plugin installed through an outdated admin account.
> We need network access for a few hours to export the booking database before
> we rebuild the server. Could you please re-enable networking temporarily?
> Regards, Tom Whitlock
""",
),
dict(
    id="r047", provider="SendGrid", label="abuse", deadline=None, bland=True,
    date="2026-08-07 16:58:03 +0000", sender=("Twilio SendGrid", "no-reply@sendgrid.com"),
    to="vendor-notices@northgate-mc.example",
    subject="Important information about your account",
    lang="en", fmt="plain",
    body="""Hello,

We're reaching out about your Twilio SendGrid account sakaeprint-mktg (account ID 20391847).

Our compliance team has reviewed the sending activity on your account and determined that it violates the Twilio SendGrid Email Policy and Acceptable Use Policy. As a result, your account has been suspended and can no longer send email. Scheduled campaigns have been cancelled.

Our review identified the following:

- A spam complaint rate of 0.92% on campaigns sent between July 30 and August 6, 2026, well above the 0.08% industry threshold.
- Messages sent to recipient addresses that appear on several known spam-trap networks, which usually means a list was purchased, rented or scraped.
- A sudden increase in volume, from about 4,000 messages per day to more than 95,000 messages per day, without a gradual warm-up.

Twilio SendGrid requires that all recipients have given explicit consent to receive email from you. We do not allow the use of purchased, rented or third-party lists.

If you believe this decision was made in error, you can submit an appeal by replying to this message. Please include how your contacts were collected (for example, the sign-up form URL), how long ago they opted in, and what you have changed. Appeals are reviewed in the order they are received.

Your account data, including templates and contacts, remains available for export through the API for 30 days.

Thank you,
Twilio SendGrid Compliance Team

Twilio SendGrid, 1801 California Street, Suite 500, Denver, CO 80202, USA
Email Policy: https://www.twilio.com/en-us/legal/email-policy
""",
),
dict(
    id="r048", provider="Cloudflare", label="abuse", deadline=None,
    date="2026-08-28 12:09:47 +0000", sender=("Cloudflare Trust & Safety", "abusereply@cloudflare.com"),
    to="dns-admin@northgate-mc.example",
    subject="[Cloudflare] Phishing report for westmarklegal.example [Ref: 6ad1f9e3c0b82d47]",
    lang="en", fmt="plain",
    body="""Cloudflare received a phishing report regarding:

Reported URLs:
https://portal.westmarklegal.example/docs/share/onedrive-secure/index.html
https://portal.westmarklegal.example/docs/share/onedrive-secure/verify.php

Reported by: anti-phishing research organization
Reporter's comments: Page impersonates a Microsoft OneDrive document share and collects email addresses and passwords. Links to this page were sent in emails that appear to come from a law firm.

Please be aware that Cloudflare is a network provider offering a reverse proxy, pass-through security service. We are not a hosting provider. We have forwarded this report to your hosting provider.

Because this content was confirmed as phishing, Cloudflare has placed an interstitial warning page in front of the reported URLs. Visitors to these URLs now see a warning that the page has been reported as phishing. The rest of your website is not affected.

This action is already in effect. Once you have removed the phishing content and secured your website, you can request a review from the Trust & Safety section of the Cloudflare dashboard for the zone westmarklegal.example. Sites that host phishing content are often compromised; we recommend that you check your server for other unauthorized files and change the credentials of your content management system and hosting account.

Repeated reports of phishing on the same zone may lead to further restrictions on your Cloudflare account.

Regards,
Cloudflare Trust & Safety

Cloudflare, Inc. | 101 Townsend St | San Francisco, CA 94107
https://www.cloudflare.com/trust-hub/abuse-approach/
""",
),
dict(
    id="r049", provider="GitHub", label="security-incident", deadline=None,
    date="2026-08-09 20:33:16 +0000", sender=GITHUB, to="github-admin@northgate-mc.example",
    subject="[GitHub] Your personal access token was found in a public repository and has been revoked",
    lang="en", fmt="plain",
    body="""Hi @ngmc-deploybot,

We noticed that a valid GitHub personal access token (classic) belonging to your account was committed to a public repository. To protect your account, we have revoked the token. It can no longer be used to access GitHub.

Token name: westmark-ci-release
Token scopes: repo, workflow, write:packages
Last used: Aug 9, 2026, 19:58 UTC
Found in: https://github.com/ngmc-sandbox/ci-templates/blob/9d2e4f1/.github/workflows/release.yml
Commit: 9d2e4f1 by @jessmcl-ngmc on Aug 9, 2026, 19:41 UTC

Our logs show that the token was used at 19:58 UTC from an IP address that is not associated with your account (192.0.2.210). During that session the token was used to clone the following private repositories:

- northgate-mc/westmark-matter-sync
- northgate-mc/westmark-infra

Because the token was used by a third party before it was revoked, we recommend that you:

1. Review the security log for your account and the audit log for the northgate-mc organization for any other activity between 19:41 and 20:20 UTC.
2. Rotate any secrets, passwords or keys stored in the repositories that were cloned.
3. Remove the token from the file in ci-templates and from the repository history, and use GitHub Actions secrets or OpenID Connect instead of long-lived tokens.
4. Create a new token with the minimum scopes and an expiration date if one is still required.

To see your tokens, visit https://github.com/settings/tokens

If you have questions, please contact GitHub Support: https://support.github.com

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""",
),
dict(
    id="r050", provider="GitLab", label="security-incident", deadline=None,
    date="2026-08-15 09:51:40 +0000", sender=("GitLab", "gitlab@mg.gitlab.com"),
    to="gitlab-admin@northgate-mc.example",
    subject="Security alert for your GitLab.com account",
    lang="en", fmt="plain",
    body="""Hello Hida Timber IT Admin,

We have detected that your GitLab.com account (@hida-it-admin) was accessed by an unauthorized party, and we have taken steps to secure it.

What happened

On August 14, 2026 between 22:07 and 23:31 UTC, your account was signed in to from IP address 198.51.100.203 (location unknown) using your password. Your account did not have two-factor authentication enabled. During this session:

- A new personal access token named "sync" was created with the api scope
- An SSH key titled "build" was added to your profile
- The project hida-it-tools/nas-backup was changed from private to public visibility
- 3 CI/CD variables in hida-it-tools/erp-deploy were viewed

What we have done

- Reset your password and signed you out of all active sessions
- Revoked the personal access token "sync" and removed the SSH key "build"
- Set the project hida-it-tools/nas-backup back to private

What you should do

1. Reset your password using the link we sent to your primary email address, and choose a password you have not used elsewhere.
2. Enable two-factor authentication.
3. Rotate the CI/CD variables and any credentials stored in hida-it-tools/erp-deploy and hida-it-tools/nas-backup, as they should be considered exposed.
4. Review the audit events for your groups for any other changes.

If you need help, contact GitLab Support at https://support.gitlab.com and reference ticket 583204.

Thanks,
GitLab Security Operations

You're receiving this email because of your account on gitlab.com. GitLab Inc., 268 Bush Street #350, San Francisco, CA 94104.
""",
),
dict(
    id="r051", provider="Microsoft 365", label="security-incident", deadline=None,
    date="2026-08-12 21:44:05 +0000",
    sender=("Microsoft Entra ID Protection", "MSSecurity-noreply@microsoft.com"),
    to="m365-alerts@northgate-mc.example",
    subject="Users at risk detected: confirmed compromised user in Westmark Legal",
    lang="en", fmt="plain",
    body="""Microsoft Entra ID Protection

Users at risk detected

Tenant: Westmark Legal (westmarklegal.example)
Tenant ID: 6f0c2b4e-91a7-4d38-8e52-c17a3f9d0b64

The following user has been marked as high risk. A user with a high risk level is likely to be compromised.

User: Harriet Coombs (h.coombs@westmarklegal.example)
Risk level: High
Risk state: Confirmed compromised
Last updated: 8/12/2026 9:39 PM UTC

Risk detections for this user in the last 24 hours:

- Anomalous token: sign-in from 192.0.2.44 (Lagos, NG) using a token issued to a device in Melbourne, AU
- Unfamiliar sign-in properties: new browser and ASN
- Suspicious inbox manipulation rules: rule named "." created that moves messages containing "invoice" or "trust account" to RSS Subscriptions
- Mass access to sensitive files: 214 files accessed in SharePoint site "Conveyancing - Active Matters"

An administrator (admin-priya@westmarklegal.example) confirmed this user as compromised at 9:39 PM UTC. Confirming a user as compromised sets their risk to high and applies any risk-based Conditional Access policies. Under your current policy "Block high-risk users", this user is now blocked from signing in until their risk is remediated.

Recommended next steps:
- Reset the user's password and revoke all refresh tokens
- Remove the inbox rule and review sent items for fraudulent payment requests
- Review the files accessed in SharePoint and notify affected parties if required

View risky users: https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers

To change which alerts you receive, go to the Identity Protection notification settings.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""",
),
dict(
    id="r052", provider="MongoDB Atlas", label="security-incident", deadline=None, bland=True,
    date="2026-08-24 07:27:58 +0000", sender=("MongoDB Atlas", "mongodb-atlas@mongodb.com"),
    to="cloud-ops@northgate-mc.example",
    subject="Important: Atlas project security",
    lang="en", fmt="plain",
    body="""Hello,

We are contacting you about unauthorized activity in your MongoDB Atlas project Coral-Bookings (organization: Northgate Managed Cloud).

Our security team has determined that the database user "app_ro_legacy" was used to connect to the cluster coral-bookings-prod from IP addresses that you have not used before, after the project's IP access list was changed to allow access from anywhere (0.0.0.0/0) on August 19, 2026. The user's password appears on a list of credentials that were published online following an unrelated breach.

Activity we observed between August 22, 2026 18:10 UTC and August 23, 2026 02:47 UTC:

- 41 connections from IP addresses 198.51.100.12 and 198.51.100.19
- Read operations on the collections bookings, customers and payments_meta in the database coral_prod, totalling approximately 2.3 GB of data returned
- No write or delete operations

What we have done: we have temporarily disabled the database user "app_ro_legacy".

What we recommend you do:

1. Remove the 0.0.0.0/0 entry from the IP access list and allow only the addresses of your applications, or use private endpoints.
2. Rotate the passwords of all database users in the project and remove users that are no longer needed.
3. Review the database access history and the project activity feed for other changes.
4. Assess whether personal information of your customers was affected and whether you have notification obligations.

You can review the activity in the Atlas UI under Project > Security > Database Access History.

If you have questions, please open a support case and reference case number 01782245.

Regards,
MongoDB Security Team

MongoDB, Inc., 1633 Broadway, 38th Floor, New York, NY 10019
""",
),
dict(
    id="r053", provider="Google Cloud", label="security-incident", deadline=None,
    date="2026-08-04 11:19:34 +0000", sender=GCP, to="gcp-admin@northgate-mc.example",
    subject="[Action Required] Publicly exposed service account key for project hida-timber-prod-281",
    lang="en", fmt="plain",
    body="""Dear Google Cloud customer,

We have detected that a key for a service account in your Google Cloud project hida-timber-prod-281 has been publicly exposed on the internet. Exposed credentials can be used by anyone to access your Google Cloud resources, and are a common cause of project compromise and unexpected charges.

Service account: erp-export (unique ID 104958273610495827361)
Key ID: 3c9a71e05b2d48f6a1e0c7d93b582f4e16a0d7c2
Location: https://github.com/hida-it-tools/erp-export/blob/main/keys/sa.json

In accordance with your organization's policy constraint iam.serviceAccountKeyExposureResponse, we have disabled this key. Our logs show that, before the key was disabled, it was used from IP address 203.0.113.201 to list Cloud Storage buckets and to download 212 objects from the bucket hida-erp-exports between 2026-08-04 06:02 and 06:51 UTC.

What you need to do:

- Delete the disabled key and remove it from the repository and its history.
- Review Cloud Audit Logs for other activity by this service account, and check whether the downloaded objects contained personal or confidential data.
- If the service account still needs credentials, use Workload Identity Federation or attached service accounts instead of downloaded keys.
- Review the Security Command Center findings for your project.

For more information about responding to compromised credentials, see: https://cloud.google.com/security/compromised-credentials

Thanks for choosing Google Cloud.

-- The Google Cloud Team

""" + GCP_FOOTER,
),
dict(
    id="r054", provider="Twilio", label="security-incident", deadline="2026-08-30", rel=("days", 3), bland=True,
    date="2026-08-27 02:40:13 +0000", sender=("Twilio Fraud Operations", "fraud@twilio.com"),
    to="vendor-notices@northgate-mc.example",
    subject="Your Twilio account",
    lang="en", fmt="plain",
    body="""Hello,

Twilio's Fraud Operations team has identified unauthorized activity on your Twilio account "Coral Coast Tourism - SMS" (Account SID AC5d2f8e1c40b97a36e2d1f08c4b7a9e3f).

Between 2026-08-26 15:12 UTC and 2026-08-26 19:40 UTC, your primary Auth Token was used from IP addresses outside Australia to send 14,382 SMS messages to premium-rate and high-cost numbers in 11 countries. This pattern is typical of SMS pumping (artificially inflated traffic) using stolen credentials. Your application normally sends fewer than 600 messages per day, all to Australian mobile numbers.

To limit further charges, we have taken the following actions:

- Suspended outbound messaging to all countries except Australia and New Zealand
- Lowered the account's daily messaging limit

What we need from you:

1. Rotate your Auth Token immediately (Console > Account > API keys & tokens) and update your application with the new credential. Consider switching to API keys, which can be revoked individually.
2. Check where the Auth Token was stored. Tokens are often exposed through public code repositories, client-side code or log files.
3. Enable SMS Pumping Protection and Geo Permissions so that only the countries you need are allowed.
4. Reply to this message within 72 hours to confirm the token has been rotated.

If we do not receive confirmation within 72 hours, we will suspend the account to prevent further fraudulent usage.

Charges already incurred for this traffic (approximately USD 3,960) remain on your account. Once the account is secured, you can submit a request for review through Twilio Support, referencing case 14839201.

Thank you,
Twilio Fraud Operations

Twilio Inc., 101 Spear Street, Ste 500, San Francisco, CA 94105
""",
),
dict(
    id="r055", provider="Google Cloud", label="action-required", deadline="2026-10-12",
    date="2026-08-11 17:08:29 +0000", sender=GCP, to="gcp-admin@northgate-mc.example",
    subject="[Action Required] Rotate your Cloud SQL server CA certificates before October 12, 2026",
    lang="en", fmt="plain",
    body="""Hello Google Cloud customer,

We're writing to let you know that the server CA certificates of one or more of your Cloud SQL instances will expire on October 12, 2026. If you don't rotate the server CA certificate before that date, clients that verify the server certificate won't be able to connect to your instances.

What do I need to know?

Each Cloud SQL instance that uses a per-instance CA (the default mode for instances created before 2024) has a server CA certificate that is valid for 10 years. The certificates of the instances listed below expire on October 12, 2026.

Affected instances:
Project hida-timber-prod-281: hida-erp-mysql (MySQL 8.0, asia-northeast1)
Project hida-timber-prod-281: hida-erp-mysql-replica (MySQL 8.0, asia-northeast2)

What do I need to do?

Before October 12, 2026:

1. Create a new server CA certificate for each instance (Connections > Security > Create new CA certificate). The new CA is added alongside the existing one.
2. Download the new server-ca.pem and distribute it to all clients that verify the server certificate.
3. Rotate to the new certificate (Rotate certificate). Existing connections are not interrupted, but new connections will use the new certificate.

Clients that connect using the Cloud SQL Auth Proxy or the Cloud SQL language connectors are updated automatically and don't need any changes. You may also consider switching the instances to the shared CA or customer-managed CA mode, which removes the need for future manual rotations.

We're here to help. For step-by-step instructions, see "Rotate server CA certificates": https://cloud.google.com/sql/docs/mysql/manage-ssl-instance

If you have questions, contact Google Cloud Support.

Thanks for choosing Cloud SQL.

-- The Cloud SQL Team

""" + GCP_FOOTER,
),
dict(
    id="r056", provider="Azure", label="action-required", deadline="2026-10-31",
    date="2026-08-18 01:33:50 +0000", sender=AZURE, to="azure-admin@northgate-mc.example",
    subject="Action required: Use TLS 1.2 or later with Azure SQL Database by 31 October 2026",
    lang="en", fmt="plain",
    body="""You're receiving this email because you use Azure SQL Database.

On 31 October 2026, Azure SQL Database and Azure SQL Managed Instance will stop accepting connections that use TLS 1.0 or 1.1. After that date, the minimal TLS version setting will be enforced at 1.2 for all logical servers, and clients that only support TLS 1.0 or 1.1 will fail to connect.

Our telemetry shows that one or more of your servers accepted connections over TLS 1.0 or 1.1 in the past 30 days.

Subscription: Westmark Legal - Production (b2e7f4a1-0c93-4d5e-8a61-3f2d9c7b0e15)
Servers:
wml-sql-aue-01.database.windows.net (Australia East) - 2,847 TLS 1.0 connections
wml-sql-aue-02.database.windows.net (Australia East) - 112 TLS 1.1 connections

Required action

To avoid connection failures, update your client drivers and applications to support TLS 1.2 or later, and then set the minimal TLS version of each server to 1.2 before 31 October 2026. Older versions of the .NET Framework, JDBC and ODBC drivers may require updates or configuration changes. Setting the minimal TLS version yourself lets you confirm that your applications work before the change is enforced.

You can identify clients that use older TLS versions by enabling auditing on the server and reviewing the client_tls_version_name field in the audit logs.

Help and support

If you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and you need technical help, create a support request.

Learn more about the minimal TLS version: https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings

""" + AZURE_FOOTER,
),
dict(
    id="r057", provider="Heroku", label="action-required", deadline="2027-04-30",
    date="2026-08-25 18:22:11 +0000", sender=("Heroku", "noreply@heroku.com"),
    to="heroku-admin@northgate-mc.example",
    subject="Heroku-22 stack end-of-life: upgrade your apps",
    lang="en", fmt="plain",
    body="""Hi,

You're receiving this email because you own or collaborate on one or more apps that use the Heroku-22 stack, which is based on Ubuntu 22.04.

The Heroku-22 stack will reach end-of-life on April 30, 2027. After this date, the stack will no longer receive security updates, and we will no longer support it. Please upgrade your apps to the Heroku-24 stack before April 30, 2027.

From May 1, 2027, builds on the Heroku-22 stack will be disabled, which means you won't be able to deploy new code to apps that are still on Heroku-22. Existing dynos will continue to run, but they will not receive security updates.

Affected apps in the team "northgate-mc":

- coral-partner-portal (Heroku-22)
- coral-partner-portal-staging (Heroku-22)
- westmark-forms-api (Heroku-22)

How to upgrade:

1. Review the Heroku-24 stack documentation, including the changes to buildpacks and installed packages.
2. Test the upgrade using a review app or a staging app: heroku stack:set heroku-24 -a <app-name>, then deploy.
3. Once testing is complete, upgrade your production app in the same way.

Apps that use a Dockerfile with the container stack are not affected.

For more information, see the Heroku-22 end-of-life announcement in the Heroku Dev Center: https://devcenter.heroku.com/articles/heroku-22-stack

If you have questions, please open a ticket with Heroku Support.

Thanks,
The Heroku Team

Heroku, Inc. | 415 Mission Street, Suite 300 | San Francisco, CA 94105
You're receiving this service announcement because you have an account with Heroku.
""",
),
dict(
    id="r058", provider="Oracle Cloud", label="action-required", deadline="2026-08-27", rel=("days", 7), bland=True,
    date="2026-08-20 06:55:03 +0000", sender=("Oracle Cloud Infrastructure", "no-reply@oracle.com"),
    to="oci-admin@northgate-mc.example",
    subject="Important information about your Oracle Cloud account",
    lang="en", fmt="plain",
    body="""Hello Northgate Managed Cloud,

Oracle Cloud Infrastructure has identified the following Always Free compute instances in your tenancy northgate-lab as idle.

Tenancy: northgate-lab
Home region: ap-melbourne-1

Instance name            Shape                 Compartment
hida-testbed-arm-01      VM.Standard.A1.Flex   hida-poc
hida-testbed-arm-02      VM.Standard.A1.Flex   hida-poc

An Always Free instance is considered idle when, during a 7-day period, CPU utilization at the 95th percentile is less than 20%, network utilization is less than 20%, and memory utilization is less than 20% (A1 shapes only).

If these instances remain idle, they will be stopped in 7 days. Stopped instances can be started again, but the capacity may not be available in your region at that time.

What you can do:

- If you no longer need the instances, you can terminate them, or leave them to be stopped.
- If you still need the instances, make sure they are in use, so that utilization exceeds the thresholds above.
- Upgrade your account to Pay As You Go. Always Free resources in paid accounts are not reclaimed when idle, and you will not be charged as long as your usage stays within the Always Free limits.

For more information, see "Always Free Resources" in the Oracle Cloud Infrastructure documentation: https://docs.oracle.com/iaas/Content/FreeTier/freetier_topic-Always_Free_Resources.htm

Thank you,
Oracle Cloud Infrastructure

Oracle Corporation, 2300 Oracle Way, Austin, TX 78741. Copyright (c) 2026, Oracle and/or its affiliates. All rights reserved.
""",
),
dict(
    id="r059", provider="GitHub", label="action-required", deadline="2026-09-18",
    date="2026-08-04 15:03:27 +0000", sender=GITHUB, to="github-admin@northgate-mc.example",
    subject="[GitHub] Enable two-factor authentication by September 18, 2026",
    lang="en", fmt="plain",
    fwd=dict(
        sender=("Kenji Morimoto", "kenji.morimoto@northgate-mc.example"),
        to="cloud-ops@northgate-mc.example",
        date="2026-08-05 09:47:18 +0900",
        note="""All,

The deploy bot account got the 2FA notice. If we lose access to it after the deadline the release workflows for Sakae and Hida stop. I'll set up a TOTP on the shared vault entry this week, but please don't touch the bot's settings in the meantime. Long term we should move these workflows to a GitHub App.

Kenji""",
    ),
    body="""Hey @ngmc-deploybot!

You're receiving this email because your GitHub account contributes code to repositories, and GitHub is requiring all users who contribute code on GitHub.com to enable one or more forms of two-factor authentication (2FA).

You have until September 18, 2026 to enable 2FA on your account.

Why are we doing this?

Software developers are at the front lines of securing the software supply chain, and the accounts they use are common targets for attackers. Enabling 2FA is one of the most effective ways to protect your account, your code and the projects that depend on it.

What happens if I don't enable 2FA?

After September 18, 2026, you'll be required to enable 2FA before you can continue to use GitHub.com. You will still be able to sign in, but you won't be able to access other features until 2FA is set up. Automation that relies on this account's personal access tokens and SSH keys will continue to work, but we recommend that you complete setup before the deadline to avoid interruption.

How do I enable 2FA?

You can use an authenticator app (TOTP), a passkey, a security key, or GitHub Mobile. We recommend configuring more than one method and downloading your recovery codes.

Enable 2FA now: https://github.com/settings/two_factor_authentication/setup/intro

Learn more: https://docs.github.com/authentication/securing-your-account-with-two-factor-authentication-2fa

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""",
),
dict(
    id="r060", provider="GitLab", label="security-advisory", deadline=None,
    date="2026-08-12 23:55:00 +0000", sender=("GitLab Security", "security-news@gitlab.com"),
    to="security@northgate-mc.example",
    subject="GitLab Critical Security Release: 19.2.2, 19.1.4, 19.0.6",
    lang="en", fmt="plain",
    body="""Today we are releasing versions 19.2.2, 19.1.4 and 19.0.6 for GitLab Community Edition (CE) and Enterprise Edition (EE).

These versions contain important security fixes, and we strongly recommend that all self-managed GitLab installations be upgraded to one of these versions immediately. GitLab.com is already running the patched version. GitLab Dedicated customers do not need to take action.

GitLab releases fixes for vulnerabilities in dedicated patch releases. There are two types of patch releases: scheduled releases, and ad-hoc critical patches for high-severity vulnerabilities. This is a critical patch release.

Table of fixes

- Account takeover via crafted SAML response (CVE-2026-45118), Critical, CVSS 9.6
- Arbitrary file read through project import (CVE-2026-45121), High, CVSS 7.7
- Stored XSS in merge request diff viewer (CVE-2026-45130), High, CVSS 7.3
- Runner registration token disclosure in audit events (CVE-2026-45134), Medium, CVSS 5.4
- Denial of service via crafted Markdown in wiki pages (CVE-2026-45139), Medium, CVSS 4.3

Details of each vulnerability will be made public on our issue tracker 30 days after the release.

Mitigations: if you cannot upgrade immediately, customers who use SAML SSO can reduce exposure to the first issue by requiring two-factor authentication for all users. There is no workaround for the other issues.

Updating: to update GitLab, see the update page: https://about.gitlab.com/update/

Receive security release notifications: visit the contact us page and subscribe to security release notifications. To unsubscribe, use the link in the footer of the notification.

GitLab Inc., 268 Bush Street #350, San Francisco, CA 94104
Unsubscribe: https://about.gitlab.com/company/preference-center/
""",
),
dict(
    id="r061", provider="Atlassian", label="security-advisory", deadline=None,
    date="2026-08-19 00:30:00 +0000", sender=("Atlassian", "noreply@am.atlassian.com"),
    to="security@northgate-mc.example",
    subject="Atlassian Security Advisory: Critical vulnerability in Confluence Data Center and Server",
    lang="en", fmt="plain",
    body="""Atlassian Security Advisory

Summary: CVE-2026-37702 - Template injection leading to remote code execution in Confluence Data Center and Server
Advisory release date: 19 August 2026 10:00 AM PDT
Products: Confluence Data Center, Confluence Server
Severity: Critical (CVSS 9.8)

Summary of vulnerability

A template injection vulnerability in the page export feature of older versions of Confluence Data Center and Server allows an unauthenticated attacker to execute arbitrary code on an affected instance. Atlassian Cloud sites are not affected. If your Confluence site is accessed through an atlassian.net domain, it is hosted by Atlassian and is not vulnerable.

Affected versions

- 8.5.0 to 8.5.22
- 9.2.0 to 9.2.9
- 9.5.0 to 9.5.3

Fixed versions

- 8.5.23 (Long Term Support)
- 9.2.10 (Long Term Support)
- 9.5.4 or later

What you need to do

Atlassian recommends that you upgrade each of your affected installations to one of the fixed versions listed above. If you are unable to upgrade immediately, restrict external network access to your instance, and apply the interim mitigation described in the full advisory. We have not observed exploitation of this vulnerability at the time of publication.

For the full advisory, including detection guidance and FAQs, see: https://confluence.atlassian.com/security/cve-2026-37702

Support

If you have questions or concerns regarding this advisory, please raise a support request at https://support.atlassian.com/.

You are receiving this email because you are the technical contact for an Atlassian Data Center or Server license. To manage your subscription to security advisories, visit https://my.atlassian.com/email.

Atlassian Pty Ltd, 341 George Street, Sydney NSW 2000, Australia
""",
),
dict(
    id="r062", provider="Google Cloud", label="security-advisory", deadline=None,
    date="2026-08-21 19:12:45 +0000", sender=GCP, to="gcp-admin@northgate-mc.example",
    subject="Google Cloud security bulletin GCP-2026-047: container escape in containerd affecting GKE",
    lang="en", fmt="plain",
    body="""Hello Google Cloud customer,

We're writing to let you know about a security bulletin that may affect Google Kubernetes Engine (GKE) clusters in your projects.

Bulletin: GCP-2026-047
Published: 2026-08-21
Severity: High
CVE: CVE-2026-40913

Description

A vulnerability was discovered in containerd that could allow a container with the CAP_SYS_ADMIN capability, or a container running as privileged, to escape to the node under certain conditions. GKE Autopilot clusters are protected by default because they don't allow privileged workloads. GKE Standard clusters are affected only if they run workloads that are privileged or that add the CAP_SYS_ADMIN capability.

Projects with GKE Standard clusters that may be affected:
hida-timber-prod-281: hida-gke-std-01 (asia-northeast1), node version 1.32.6-gke.1120000

What should I do?

We recommend that you upgrade your node pools to one of the following patched versions or later when they become available in your release channel:

- 1.31.11-gke.1310000
- 1.32.7-gke.1085000
- 1.33.3-gke.1201000

Clusters enrolled in a release channel with auto-upgrade enabled will be upgraded automatically according to your maintenance windows. You can also review your workloads and remove CAP_SYS_ADMIN where it is not required, which mitigates this vulnerability.

For full details and the latest list of patched versions, see the security bulletin: https://cloud.google.com/kubernetes-engine/security-bulletins#gcp-2026-047

If you have questions, contact Google Cloud Support.

-- The Google Kubernetes Engine Team

""" + GCP_FOOTER,
),
dict(
    id="r063", provider="Azure", label="security-advisory", deadline=None, bland=True,
    date="2026-08-29 04:10:38 +0000", sender=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="azure-admin@northgate-mc.example",
    subject="Azure service notification",
    lang="en", fmt="plain",
    body="""Azure Service Health

Security advisory

Tracking ID: 2VZ8-KQ0
Status: Active
Services: Virtual Machines
Regions: Australia East, Australia Southeast, Japan East
Impacted subscriptions: Westmark Legal - Production, Coral Coast Tourism - Web

Summary

Microsoft is aware of a vulnerability (CVE-2026-39952) in versions of the Azure Linux VM Agent (WALinuxAgent) earlier than 2.12.0.4. Under certain conditions, a local user on a Linux VM could use the agent's extension handling to gain root privileges on that VM. There is no risk to other customers or to the Azure platform, and Microsoft has no evidence that this vulnerability has been exploited.

Your subscriptions contain Linux virtual machines that report an affected version of the VM Agent.

Recommended action

Most VMs update the guest agent automatically. We recommend that you verify that auto-update is enabled (AutoUpdate.Enabled=y in /etc/waagent.conf) and that the agent reports version 2.12.0.4 or later. VMs that have auto-update disabled, or that run images with a pinned agent package, should be updated manually using the distribution package manager.

You can check the agent version of your VMs in the Azure portal under the VM's Properties blade, or with Azure Resource Graph.

For more information, see the security update guide: https://msrc.microsoft.com/update-guide/vulnerability/CVE-2026-39952

View this event in Azure Service Health: https://app.azure.com/h/2VZ8-KQ0

To configure which Service Health alerts you receive, go to Service Health > Health alerts in the Azure portal.

""" + AZURE_FOOTER,
),
]
