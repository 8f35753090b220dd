"""Set Z, chunk D: other providers (English) - abuse, security incidents, action required."""
from common import hl

NOTICES = []
add = NOTICES.append

# ---------------------------------------------------------------- abuse
add(dict(
    key="hetzner-netscan-fwd", provider="Hetzner", lang="en", fmt="plain",
    label="abuse", deadline="2026-09-08", bland=False,
    frm="Hetzner Abuse Team <abuse@hetzner.com>", to=hl("hosting-eu"),
    date="2026-09-07 10:41:12 +0200",
    fwd=dict(by=hl("marcus.lee", "Marcus Lee"), to=hl("security", "Harbourline Security"),
             date="2026-09-07 17:30:04 +0800",
             note="""Hi all,

Forwarding the Hetzner abuse report below - it's the Pacific Grain test box in Falkenstein (pg-lab-fsn1). Nobody should be running masscan from there. I've shut the server down from Robot but we still need to send Hetzner a statement before their deadline tomorrow morning (their time). Can someone from security write it up?

Thanks,
Marcus"""),
    subject="Abuse Message [AbuseID:8C41F2:1B]: NetscanOutPlain: Netscan detected from host 198.51.100.140",
    body="""Dear Sir or Madam,

We have received an abuse report concerning your server with the IP address 198.51.100.140. Please find the report below.

Customer number: K0918273645
Server: #2451873 (AX42, FSN1-DC14)
Abuse ID: 8C41F2:1B

Please take all necessary measures to prevent further abuse and send us a statement on this matter. Your statement must describe:
- the cause of the incident
- the measures you have taken to stop it
- the measures you have taken to prevent it from happening again

Please submit your statement using the following link:
https://abuse.hetzner.com/statements/?token=5b0e2c7d9a41f3e8

Deadline: 2026-09-08 10:41:12 +0200

If we do not receive a statement by the deadline, we may block the IP address or lock the server. Locking the server will not stop billing.

Please note that we forward abuse reports automatically and are unable to verify every report in detail. If you believe this report is wrong, please explain why in your statement.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
www.hetzner.com

Register Court: Registergericht Ansbach, HRB 6089
Managing Directors: see www.hetzner.com/legal-notice

--- Report ---
Netscan detected from host 198.51.100.140

time                     protocol  src_ip          src_port  dest_ip        dest_port
Mon Sep  7 07:58:01 2026 TCP       198.51.100.140  51000     192.0.2.10     445
Mon Sep  7 07:58:01 2026 TCP       198.51.100.140  51000     192.0.2.11     445
Mon Sep  7 07:58:02 2026 TCP       198.51.100.140  51000     192.0.2.12     445
Mon Sep  7 07:58:02 2026 TCP       198.51.100.140  51000     192.0.2.13     445
(48,204 further lines omitted)"""))

add(dict(
    key="ovh-phishing", provider="OVHcloud", lang="en", fmt="plain",
    label="abuse", deadline="2026-09-14", rel=("hours", 72), bland=False,
    frm="OVHcloud Abuse <noreply@ovh.net>", to=hl("hosting-eu"),
    date="2026-09-11 09:15:27 +0200",
    subject="[OVHcloud] Abuse notification - Phishing - vps-7c2e91ab.vps.ovh.net (ticket #CS10294471)",
    body="""Hello,

Your NIC handle: hc41872-ovh
Service concerned: vps-7c2e91ab.vps.ovh.net
IP address: 203.0.113.201

We have received a report indicating that the service listed above is being used to host a phishing page. Phishing is prohibited under our General Terms and Conditions and the specific conditions of your service.

Reported URL:
hxxp://203.0.113.201/wp-content/uploads/2026/09/secure-brightwater-claims/index.php

The page imitates the customer portal of an insurance company and asks visitors for their credentials and card details.

What should you do?
1. Remove the reported content from your service.
2. Identify how the content was placed on the server. Phishing kits are often uploaded through outdated CMS plugins or stolen FTP/SSH credentials.
3. Correct the vulnerability and change all passwords associated with the service.
4. Reply to this ticket describing the actions taken.

You have 72 hours from the time of this message to resolve the issue and reply. Without a satisfactory response within this period, our teams may suspend the service in order to protect users on the internet. A suspended service remains billed.

You can follow this ticket and reply from your Control Panel, in the Help centre section, under ticket #CS10294471.

Kind regards,

The OVHcloud Abuse Team

Please do not reply directly to this email, as replies are not monitored. Use your Control Panel to respond to the ticket.
OVH SAS, 2 rue Kellermann, 59100 Roubaix, France."""))

add(dict(
    key="sendgrid-suspended", provider="SendGrid", lang="en", fmt="plain",
    label="abuse", deadline=None, bland=True,
    frm="Twilio SendGrid Compliance <compliance@sendgrid.com>", to=hl("saas-admin"),
    date="2026-09-15 21:40:18 -0600",
    subject="Important: Your Twilio SendGrid account",
    body="""Hello,

We are writing to inform you that your Twilio SendGrid account (username: lumen-notify, account ID 28810417) has been suspended, effective immediately.

Why was my account suspended?
Our compliance team reviewed recent sending from your account after an increase in spam reports and blocks. Over the past 48 hours, mail sent from your account produced a spam report rate of 0.71% and a block rate of 9.4% at major mailbox providers. Most of this mail was sent to recipients that appear to have been imported from a purchased or rented list on September 14, 2026. Sending to purchased lists is not permitted under our Email Policy and Acceptable Use Policy.

What does this mean?
While your account is suspended, all API and SMTP requests will be rejected. Your contacts, templates and statistics remain available in the app, and mail that had already been delivered is not affected.

What can I do?
If you would like us to consider reactivating your account, please reply to this message and tell us:
- where and how the recipient addresses were collected, and how consent was obtained;
- what you have done to remove addresses that were not collected with permission;
- how you will prevent this from happening in future.

Please note that reactivation is not guaranteed. Reviews usually take 3 to 5 business days.

Thank you,

Twilio SendGrid Compliance Team

Twilio Inc., 101 Spear Street, Suite 500, San Francisco, CA 94105
This is a service message regarding your Twilio SendGrid account. You cannot unsubscribe from service messages."""))

add(dict(
    key="do-droplet-ddos", provider="DigitalOcean", lang="en", fmt="plain",
    label="abuse", deadline=None, bland=True,
    frm="DigitalOcean Trust & Safety <abuse-noreply@digitalocean.com>", to=hl("saas-admin"),
    date="2026-09-20 03:12:44 +0000",
    subject="[DigitalOcean] Notice",
    body="""Hello,

Our monitoring systems have detected that the following Droplet on your account has been sending a large volume of outbound traffic consistent with a denial-of-service attack:

Team: Harbourline - Lumen Schools
Droplet: lumen-moodle-test-01 (ID 482917736)
Region: SGP1
Public IPv4: 203.0.113.177

Between 01:48 and 02:55 UTC on September 20, 2026, the Droplet sent approximately 2.3 million packets per second of UDP traffic to a single destination. To protect our network and the target of this traffic, we have disabled public networking on the Droplet. The Droplet itself is still running and you can access it through the Recovery Console in the control panel.

This type of traffic usually means that the Droplet has been compromised, often through an outdated application, a weak password or an exposed service. We recommend that you:

- take a snapshot of the Droplet for investigation, if needed;
- rebuild the Droplet from a clean image rather than trying to clean the existing one;
- update all software and use SSH keys instead of passwords;
- restrict access with a Cloud Firewall.

Once you have addressed the issue, reply to this ticket (#9184420) with the steps you have taken and we will review the Droplet and re-enable networking. Please note that repeated incidents may result in further action on your account in line with our Acceptable Use Policy.

Thank you,

DigitalOcean Trust & Safety

DigitalOcean, LLC. 105 Edgeview Drive, Suite 425, Broomfield, CO 80021"""))

add(dict(
    key="gcp-mining", provider="Google Cloud", lang="en", fmt="plain",
    label="abuse", deadline="2026-09-29", rel=("days", 3), bland=False,
    frm="Google Cloud Trust & Safety <cloud-noreply@google.com>", to=hl("gcp-admin"),
    date="2026-09-26 04:55:10 -0700",
    subject="[Action Required] Cryptocurrency mining detected in project lumen-research-sandbox",
    body="""Dear Google Cloud customer,

We have detected activity in your Google Cloud project that appears to be cryptocurrency mining:

Project name: lumen-research-sandbox
Project ID: lumen-research-sandbox-41862
Organization: lumen-schools.example (ID 771302648915)
Resources: 16 Compute Engine instances in asia-southeast1-b (n2-highcpu-32), created between 2026-09-25 18:03 and 18:11 UTC

Cryptocurrency mining on Google Cloud is prohibited without prior written approval, as described in the Google Cloud Platform Terms of Service and Acceptable Use Policy. Unauthorized mining is also a common sign that a project has been compromised, for example through a leaked service account key or a publicly reachable notebook or Kubernetes dashboard.

What you need to do
Please review the activity and take one of the following actions within 3 days:
- If the activity is not authorized, delete the resources, rotate any credentials that could have been used to create them, and review Cloud Audit Logs for other changes.
- If the activity is authorized and you believe this notice is in error, submit an appeal from the Google Cloud console.

If the issue is not resolved within 3 days, your project may be suspended. Suspended projects cannot run workloads, and data in suspended projects may be deleted if the suspension is not resolved.

You can view the status of this notice on the Trust & Safety page of the project in the Google Cloud console.

For more information about how to secure your project, see the Google Cloud security best practices center.

Sincerely,
The Google Cloud Trust & Safety Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google Cloud or your account."""))

# ---------------------------------------------------------------- security incidents
add(dict(
    key="github-pat-leak", provider="GitHub", lang="en", fmt="alt",
    label="security-incident", deadline=None, bland=False,
    frm="GitHub <noreply@github.com>", to=hl("github-admin"), accent="#24292f",
    date="2026-09-02 14:22:08 -0700",
    subject="[GitHub] Your personal access token was found in a public repository and has been revoked",
    body="""Hi hl-deploy-bot,

We noticed that a valid GitHub personal access token (classic) belonging to your account was committed to a public repository. To protect your account, we have revoked the token.

Token name: ci-release-2025
Scopes: repo, workflow, write:packages
Last used: September 2, 2026 at 20:57 UTC
Found in: https://github.com/pg-analytics-dev/etl-scripts/blob/5e1a0c9/.github/scripts/release.sh
Commit: 5e1a0c9e3b0d (pushed September 2, 2026 at 21:04 UTC)

Anyone who viewed the repository before the token was revoked could have used it to access repositories and organizations that your account can access, including harbourline-ops and pacific-grain-data.

What you should do:
- Review your security log (https://github.com/settings/security-log) for activity you don't recognize since the token was last used.
- Review the audit logs of the organizations you belong to for unexpected repository clones, workflow runs or package publications.
- Create a new token with only the scopes you need and an expiration date, and store it as an encrypted secret instead of in source files.
- Consider using fine-grained personal access tokens or GitHub Apps for automation.

Removing the token from the repository history is still recommended, but revoking it was the most important step, and that has already been done.

If you have any questions, please contact GitHub Support.

Thanks,
The GitHub Team

You're receiving this email because of a security event on your GitHub account.
GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107"""))

add(dict(
    key="atlassian-unauth", provider="Atlassian", lang="en", fmt="plain",
    label="security-incident", deadline=None, bland=True,
    frm="Atlassian <noreply@am.atlassian.com>", to=hl("atlassian-admin"),
    date="2026-09-12 08:33:51 +1000",
    subject="Important information about your Atlassian account",
    body="""Hi Aiko,

We're writing because we detected unauthorized access to an Atlassian account managed by your organization.

Account: j.okafor@lumen-schools.example
Site: lumenschools.atlassian.net
Products: Jira, Confluence

On September 11, 2026 at 19:46 UTC, this account was signed in to successfully from an IP address (192.0.2.233) and device that had not been seen before. The sign-in used the correct password. Over the following 40 minutes the session was used to view and export 312 Confluence pages from the "IT Operations" and "Finance" spaces, and to create an API token.

We believe the password was obtained from a breach of another service and reused here, because the same email address and password appear in credentials that have been used in automated sign-in attempts against many Atlassian accounts this week.

What we have done:
- ended all active sessions for the account
- revoked the API token that was created during the session
- required a password reset at the next sign-in

What we recommend you do:
- Review the organization audit log in Atlassian Administration for other activity by this account since September 11.
- Determine whether the exported pages contained sensitive information and follow your own incident procedures.
- Enforce two-step verification or single sign-on for all managed accounts through an authentication policy.

If you have questions, you can contact Atlassian Support and quote reference SEC-88213.

Thanks,
The Atlassian Security team

This message was sent to you as an organization admin of Lumen Schools.
Atlassian. Level 6, 341 George Street, Sydney, NSW 2000, Australia"""))

add(dict(
    key="m365-compromised-user", provider="Microsoft 365", lang="en", fmt="plain",
    label="security-incident", deadline=None, bland=False,
    frm="Microsoft Defender <defender-noreply@microsoft.com>", to=hl("m365-alerts"),
    date="2026-09-16 22:07:35 +0000",
    subject="High severity incident: Compromised user account with suspicious inbox forwarding rule (pacificgrain.example)",
    body="""Microsoft Defender XDR

Incident ID: 4187
Severity: High
Status: Active
Tenant: pacificgrain.example (a3f1c7e2-5b94-4d06-9e1a-72c8b4d0f915)
First activity: 9/16/2026 7:12:44 PM UTC
Last activity: 9/16/2026 9:51:02 PM UTC

Impacted assets:
User: r.whitfield@pacificgrain.example (Accounts Payable Manager)
Mailbox: r.whitfield@pacificgrain.example

Alerts in this incident:
1. Atypical travel - sign-in from two distant locations within 10 minutes (Medium)
2. Successful sign-in with session cookie replay from an anonymous IP address (High)
3. Suspicious inbox manipulation rule: messages containing "invoice", "payment" or "remittance" moved to RSS Subscriptions and forwarded to an external address (High)
4. Suspicious email sending patterns: 146 messages sent to external recipients within 15 minutes (Medium)

Automated actions taken:
- The user's sessions were revoked and the user was marked as compromised in Microsoft Entra ID Protection.
- The user was restricted from sending email.

Microsoft Defender XDR correlated these alerts and determined, with high confidence, that the user account is compromised and is being used for business email compromise.

Recommended actions:
- Reset the user's password and require re-registration of MFA methods.
- Remove the inbox rule "..", and check for other rules, forwarding settings and mailbox delegates.
- Review the sent items and notify any recipients who may have received fraudulent payment instructions.
- Remove the sending restriction from the Restricted entities page once the account is secure.

View incident: https://security.microsoft.com/incidents/4187?tid=a3f1c7e2-5b94-4d06-9e1a-72c8b4d0f915

You are receiving this email because you are listed as a recipient for incident notifications in Microsoft Defender XDR.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839"""))

add(dict(
    key="workspace-leaked-pw", provider="Google Workspace", lang="en", fmt="plain",
    label="security-incident", deadline=None, bland=True,
    frm="Google Workspace Alerts <google-workspace-alerts-noreply@google.com>", to=hl("gws-admin"),
    date="2026-09-22 15:18:02 -0700",
    subject="Alert",
    body="""Google Workspace

Leaked password

Google detected that the password of one of your users was exposed publicly and has been used to sign in to their account.

Domain: brightwater-insurance.example
User: t.nakamura@brightwater-insurance.example
Date detected: September 22, 2026, 21:40 UTC
Severity: High

Details
The combination of this user's email address and password was found in a data set published on the internet. Shortly after the data set appeared, a successful sign-in to the account was made from a device and location not previously associated with the user. The session was used to access Gmail and Google Drive. Because 2-Step Verification was not enrolled for this user, no second factor was requested.

Actions Google has taken
We have signed the user out of all sessions and required them to change their password at next sign-in.

What you should do
- Review the user's recent activity in the Admin console under Reporting, Audit and investigation, including Drive sharing changes, Gmail forwarding settings and OAuth app grants.
- Check whether any files were shared outside your organization during the session.
- Enforce 2-Step Verification for the organizational unit that contains this user.

View alert details in the alert center:
https://admin.google.com/ac/ac?alertId=5f2e8a41-0c77-4b19-a6d3-91e7b2c40d58

You are receiving this email because you are a super administrator for brightwater-insurance.example. To change which alerts you receive by email, go to the alert center settings in the Google Admin console.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA"""))

add(dict(
    key="twilio-token-fraud", provider="Twilio", lang="en", fmt="plain",
    label="security-incident", deadline="2026-09-30", rel=("hours", 48), bland=False,
    frm="Twilio Security <security-noreply@twilio.com>", to=hl("saas-admin"), cc=hl("security"),
    date="2026-09-28 06:30:00 +0000",
    subject="Urgent: Unauthorized use of your Twilio account AC8e41b0c2d7f95a36e1b4c09d2f7a8e15",
    body="""Hello,

We have identified unauthorized activity on your Twilio account:

Account: Brightwater Claims Notifications
Account SID: AC8e41b0c2d7f95a36e1b4c09d2f7a8e15

Between 22:15 UTC on September 27 and 05:40 UTC on September 28, 2026, your account's primary Auth Token was used from IP addresses that have not previously accessed your account to send 18,402 SMS messages and place 611 calls to premium-rate and high-cost destinations. This pattern is typical of toll fraud carried out with stolen credentials. We believe your Auth Token was exposed, most likely through source code or configuration files.

To limit further charges we have:
- temporarily blocked outbound messages and calls to the affected destinations;
- lowered the geographic permissions on the account to your usual countries.

What you need to do
Please rotate your primary Auth Token (or switch to API keys, which can be revoked individually) within 48 hours of this message. Until the token is rotated, the account remains at risk and we may need to suspend it.

We also recommend that you:
- review your Messaging and Voice logs for activity you do not recognize;
- check for new API keys, subaccounts or phone numbers you did not create;
- enable two-factor authentication for all users of the Console.

About the charges
Charges for the fraudulent traffic currently total USD 4,930.18. Once you have secured your account, you can reply to this message to ask our team to review them.

Regards,
Twilio Trust & Security

Twilio Inc., 101 Spear Street, Suite 500, San Francisco, CA 94105"""))

# ---------------------------------------------------------------- action required
add(dict(
    key="azure-functions-inproc-fwd", provider="Azure", lang="en", fmt="plain",
    label="action-required", deadline="2026-11-10", bland=False,
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to=hl("azure-admin"),
    date="2026-09-10 18:00:22 +0000",
    fwd=dict(by=hl("priya.raman", "Priya Raman"), to=hl("cloud-ops", "Cloud Ops"),
             date="2026-09-11 09:10:40 +0800", prefix="FW: ",
             note="""Team,

Forwarding for tracking. We have 7 function apps in the Brightwater subscription on the in-process model (all the claims intake ones). I've raised HL-CHG-2291 to plan the move to the isolated worker model. Target is end of October so we have some buffer before the 10 November date.

Priya"""),
    subject="Action required: Migrate your Azure Functions apps to the isolated worker model by 10 November 2026",
    body="""You're receiving this email because you use Azure Functions.

Support for the in-process model for .NET apps in Azure Functions ends on 10 November 2026. After that date, your function apps that use the in-process model will continue to run, but they'll no longer receive security updates or support from Microsoft.

To avoid any potential service disruptions or security vulnerabilities, migrate your function apps to the isolated worker model before 10 November 2026. The isolated worker model runs your functions in a separate .NET worker process, supports the current .NET versions, and gives you full control over dependencies and middleware.

Affected resources in subscription Brightwater-Prod (8d2f41c7-0b6e-4a93-b1f5-3e9c72d0a846):
- func-bw-claims-intake-sea
- func-bw-claims-ocr-sea
- func-bw-claims-notify-sea
- func-bw-fnol-webhook-sea
- func-bw-policy-sync-sea
- func-bw-docgen-sea
- func-bw-claims-intake-dr-ea

Recommended action
1. Review the migration guide and update each project to the isolated worker model.
2. Test the migrated apps in a staging slot.
3. Deploy the migrated apps and swap slots.

Help and support
If you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and you need technical help, create a support request in the Azure portal.

Learn more about the isolated worker model: https://learn.microsoft.com/azure/azure-functions/migrate-dotnet-to-isolated-model

Account Information
Subscription ID: 8d2f41c7-0b6e-4a93-b1f5-3e9c72d0a846

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

This message was sent from an unmonitored email address. Please do not reply to this message."""))

add(dict(
    key="gcp-functions-py310", provider="Google Cloud", lang="en", fmt="plain",
    label="action-required", deadline="2026-10-14", bland=False,
    frm="Google Cloud <CloudPlatform-noreply@google.com>", to=hl("gcp-admin"),
    date="2026-09-04 10:31:17 -0700",
    subject="[Action Required] Update your Cloud Run functions using the Python 3.10 runtime before October 14, 2026",
    body="""Hello Google Cloud customer,

We're writing to let you know that the Python 3.10 runtime for Cloud Run functions (including functions created with Cloud Functions 1st gen) will be deprecated on October 14, 2026, following the end of upstream support for Python 3.10.

What you need to know
After October 14, 2026:
- You will no longer be able to deploy new functions that use Python 3.10.
- Existing functions will continue to run, but they will no longer receive security patches or language updates.
- From April 14, 2027, you will no longer be able to update existing functions that use Python 3.10.

We've provided information below to guide you through this change.

What you need to do
Migrate your functions to Python 3.13 before October 14, 2026. You can redeploy a function with the new runtime using the Google Cloud console or by running:

  gcloud functions deploy FUNCTION_NAME --runtime=python313

We recommend testing your functions with the new runtime in a non-production project first.

Your affected functions are listed below:

Project pacific-grain-data-prod:
  ingest-silo-readings (asia-southeast1)
  weather-feed-sync (asia-southeast1)
  contract-pdf-parser (australia-southeast1)

Project lumen-lms-prod:
  gradebook-export (asia-southeast1)

We're here to help
For more information, see the runtime support schedule in the Cloud Run functions documentation. If you have questions or need assistance, contact Google Cloud Customer Care.

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google Cloud Platform or your account."""))

add(dict(
    key="m365-smtp-basic-auth", provider="Microsoft 365", lang="en", fmt="plain",
    label="action-required", deadline="2026-12-01", bland=True,
    frm="Microsoft 365 Message center <o365mc@microsoft.com>", to=hl("m365-admin"),
    date="2026-09-09 07:44:03 +0000",
    subject="Major update from Message center",
    body="""Microsoft 365 Message center

Major update: Announcement
Message ID: MC1184403
Service: Exchange Online
Tenant: Koyo Machinery (koyo-machinery.example)
Act by: December 1, 2026

(Updated) Basic authentication for SMTP AUTH client submission will be permanently removed

As previously announced, we are removing support for Basic authentication with the SMTP AUTH client submission protocol in Exchange Online. We are now providing a final date: starting December 1, 2026, Exchange Online will reject SMTP AUTH connections that use Basic authentication, and affected applications and devices will no longer be able to send email.

How this will affect your organization:
Our reports show that your tenant sent 4,816 messages using SMTP AUTH with Basic authentication in the last 30 days. The most active accounts were:
  scanner-osaka@koyo-machinery.example
  erp-notify@koyo-machinery.example
  plm-alerts@koyo-machinery.example

Multifunction printers, line-of-business applications and scripts that send email with a username and password will fail after this change.

What you need to do to prepare:
- Update applications to use OAuth 2.0 for SMTP AUTH, or move them to a supported alternative such as High Volume Email or an Azure Communication Services email relay.
- For devices that cannot be updated, configure a connector and send through direct send or an on-premises relay.
- Use the SMTP AUTH Clients report in the Exchange admin center to identify remaining clients.

Please click Additional Information to learn more.

View this message in the Microsoft 365 admin center: https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC1184403

You're subscribed to this email using admin@koyo-machinery.example. To update your Message center preferences, go to the Microsoft 365 admin center.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA"""))

add(dict(
    key="heroku-22-eol", provider="Heroku", lang="en", fmt="plain",
    label="action-required", deadline="2027-04-30", bland=False,
    frm="Heroku <noreply@heroku.com>", to=hl("saas-admin"),
    date="2026-09-14 16:02:55 +0000",
    subject="Heroku-22 stack end-of-life: action required for 4 apps",
    body="""Hi there,

You're receiving this email because you own or collaborate on apps that use the Heroku-22 stack.

The Heroku-22 stack is based on Ubuntu 22.04, which reaches the end of its standard support in April 2027. As a result, Heroku-22 will reach end-of-life on April 30, 2027. After this date:
- Heroku-22 will no longer receive security updates.
- Builds on Heroku-22 will be disabled starting May 1, 2027. Existing apps will continue to run, but you won't be able to deploy new code to them until you upgrade.

Please upgrade the following apps to the Heroku-24 stack before April 30, 2027:

  lumen-timetable-api      (team: harbourline-lumen)
  lumen-timetable-worker   (team: harbourline-lumen)
  pg-contracts-portal      (team: harbourline-pacificgrain)
  hl-status-page           (team: harbourline)

How to upgrade
1. Set the stack on a staging copy of your app: heroku stack:set heroku-24 -a APP_NAME
2. Deploy your code to trigger a rebuild on the new stack.
3. Run your tests, then repeat the steps for your production app.

Most apps upgrade without code changes, but apps that depend on specific system libraries or older language versions may need updates. See the Heroku-24 stack article in Dev Center for a list of differences.

If you need help, visit our Help Center or open a support ticket.

Thanks,
The Heroku Team

Heroku, a Salesforce company
415 Mission Street, Suite 300, San Francisco, CA 94105
You're receiving this required service notification because you have an active Heroku account."""))

add(dict(
    key="oci-subscription-expiry", provider="Oracle Cloud", lang="en", fmt="plain",
    label="action-required", deadline="2026-10-04", bland=False,
    frm="Oracle Cloud <oraclecloudadmin_ww@oracle.com>", to=hl("oci-admin"),
    date="2026-09-17 03:40:09 +0000",
    subject="Your Oracle Cloud subscription is expiring soon",
    body="""Oracle Cloud Infrastructure

Dear Cloud Account Administrator,

Your Oracle Cloud Infrastructure subscription for the cloud account listed below will expire on October 4, 2026.

Cloud account name: hlbrightwater
Tenancy OCID: ocid1.tenancy.oc1..aaaaaaaa7xk2qexample5hd3n
Subscription ID: 18449302
Subscription type: Universal Credits (Annual Flex)
Home region: ap-singapore-1
Remaining credits: USD 3,118.40

What happens if the subscription expires?
If the subscription is not renewed by October 4, 2026:
- Any unused Universal Credits will expire and cannot be carried over.
- Your account will move to a restricted state, and you will not be able to create new resources.
- After a grace period of 30 days, resources in your tenancy, including compute instances, block volumes and databases, will be terminated and their data deleted. Deleted resources cannot be recovered.

What do I need to do?
To keep your services running, contact your Oracle sales representative or Oracle partner to renew the subscription before October 4, 2026. If you have already placed a renewal order, no further action is needed; the new subscription will be applied to your account when it is provisioned.

If you do not plan to renew, please back up any data you want to keep before the subscription expires.

You can view subscription details in the OCI Console under Billing and Cost Management, Subscriptions.

Sincerely,
Oracle Cloud Infrastructure

Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
This is a service message related to your Oracle Cloud account. Oracle Privacy Policy: https://www.oracle.com/legal/privacy/"""))

add(dict(
    key="do-doks-eol", provider="DigitalOcean", lang="en", fmt="plain",
    label="action-required", deadline="2026-10-21", bland=False,
    frm="DigitalOcean <no-reply@digitalocean.com>", to=hl("saas-admin"),
    date="2026-09-18 15:20:11 +0000",
    subject="Kubernetes 1.32 reaches end of life on DigitalOcean on October 21, 2026",
    body="""Hi there,

We're reaching out because you have DigitalOcean Kubernetes (DOKS) clusters running Kubernetes version 1.32.

In line with our Kubernetes version support policy, DOKS will end support for Kubernetes 1.32 on October 21, 2026. After this date, clusters running 1.32 will no longer receive patch releases, and you will not be able to create new 1.32 clusters.

Affected clusters on team Harbourline - Lumen Schools:
  k8s-lumen-lms-sgp1     (1.32.9-do.2, 6 nodes)
  k8s-lumen-jobs-sgp1    (1.32.9-do.2, 3 nodes)

What you need to do
Please upgrade these clusters to Kubernetes 1.33 or later before October 21, 2026. You can upgrade from the control panel (Kubernetes, select the cluster, Settings, Upgrade) or with doctl:

  doctl kubernetes cluster upgrade k8s-lumen-lms-sgp1 --version latest

Before upgrading, review the Kubernetes 1.33 changelog for removed APIs, and run our cluster linter, which flags issues that could affect the upgrade.

What happens if I don't upgrade?
To keep clusters secure, clusters still running 1.32 after October 21, 2026 will be automatically upgraded to 1.33 during their maintenance window. Automatic upgrades may cause disruption if your workloads depend on removed APIs.

If you have questions, our support team is here to help.

Happy coding,
The DigitalOcean Team

DigitalOcean, LLC. 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
You're receiving this mandatory service email because you have an active DigitalOcean account."""))

add(dict(
    key="cloudflare-cert-renewal", provider="Cloudflare", lang="en", fmt="plain",
    label="action-required", deadline="2026-10-02", bland=False,
    frm="Cloudflare <noreply@notify.cloudflare.com>", to=hl("cloudflare-admin"),
    date="2026-09-19 11:58:30 +0000",
    subject="Action needed: Edge certificate for pacificgrain.example cannot be renewed",
    body="""Hi,

We were unable to renew the Universal SSL certificate for one of your zones. If the certificate is not renewed before it expires, visitors will see certificate errors and HTTPS traffic to your site will fail.

Account: Harbourline - Pacific Grain
Zone: pacificgrain.example
Certificate hostnames: pacificgrain.example, *.pacificgrain.example
Certificate authority: Google Trust Services
Expires: October 2, 2026

Why did renewal fail?
Domain control validation (DCV) failed because a CAA record on the zone does not allow the certificate authority that Cloudflare uses for this certificate. The following CAA record was found:

  pacificgrain.example. CAA 0 issue "letsencrypt.org"

What do you need to do?
Before October 2, 2026, do one of the following:
- Add CAA records that allow the certificate authorities used by Cloudflare, or remove the CAA record if it is no longer needed.
- Change the certificate authority for Universal SSL in the dashboard under SSL/TLS, Edge Certificates.

After you update your DNS records, Cloudflare will retry validation automatically. You can also trigger a retry from the Edge Certificates page.

You can find more information in our developer documentation under "Certificate authority authorization (CAA) records".

Thanks,
The Cloudflare Team

You're receiving this email because you are a member of the account above and have notifications enabled for SSL/TLS.
Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107 | Privacy Policy"""))

add(dict(
    key="github-2fa-required", provider="GitHub", lang="en", fmt="plain",
    label="action-required", deadline="2026-11-11", bland=False,
    frm="GitHub <noreply@github.com>", to=hl("kenji.morimoto"),
    date="2026-09-27 20:10:44 +0000",
    subject="[GitHub] Enable two-factor authentication by November 11, 2026",
    body="""Hey km-harbourline!

As part of our effort to secure the software ecosystem, GitHub is requiring accounts that contribute code to enable two-factor authentication (2FA). Your account has been selected for this requirement because you are a member of organizations that publish packages and run deployment workflows.

You'll need to enable 2FA on your account by November 11, 2026.

What happens next?
- Until November 11, you can keep using GitHub as usual. We'll show a reminder banner and send periodic reminders.
- After November 11, you'll be asked to set up 2FA when you sign in, and you won't be able to use github.com until you've done so. You can snooze the prompt once, for up to one week.
- Your existing SSH keys and personal access tokens will continue to work, so automation won't be affected.

How to enable 2FA
Go to Settings, then Password and authentication, and choose "Enable two-factor authentication". You can use a passkey, a security key, a TOTP app, GitHub Mobile or SMS. We recommend setting up at least two methods and saving your recovery codes in a safe place.

Enable 2FA now: https://github.com/settings/two_factor_authentication/setup/intro

Thanks for helping us keep GitHub secure!

The GitHub Team

You're receiving this email because 2FA is now required for your account.
GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107"""))

add(dict(
    key="snowflake-mfa", provider="Snowflake", lang="en", fmt="plain",
    label="action-required", deadline="2026-11-16", bland=False,
    frm="Snowflake <no-reply@snowflake.com>", to=hl("snowflake-admin"),
    date="2026-09-23 17:25:06 +0000",
    subject="Reminder: single-factor password sign-ins will be blocked for human users starting November 16, 2026",
    body="""Hello,

This is a reminder about upcoming changes to authentication in Snowflake. You are receiving this email because you are an administrator of the following account:

Organization: HARBOURLINE
Account: PG_ANALYTICS (locator PG48211, AWS ap-southeast-2)

Starting November 16, 2026, Snowflake will block sign-in with a password alone for human users (users with TYPE = PERSON or with TYPE unset). These users must use multi-factor authentication, a passkey, or single sign-on through your identity provider.

Service users (TYPE = SERVICE) cannot sign in with a password and must use key-pair authentication, OAuth, or workload identity federation. Users with TYPE = LEGACY_SERVICE will also be blocked from using passwords on this date.

Our records show that in the last 30 days, your account had:
- 14 human users who signed in with a password and without MFA
- 3 users with TYPE = LEGACY_SERVICE that authenticated with a password, including PG_ETL_LOADER and PG_TABLEAU_EXTRACT

What you need to do before November 16, 2026:
1. Ask human users to enroll in MFA, or configure SSO for your account.
2. Change service accounts to TYPE = SERVICE and configure key-pair or OAuth authentication. Update the connection settings in your ETL and BI tools accordingly.
3. Use the Trust Center and the LOGIN_HISTORY view to confirm that no password-only sign-ins remain.

For details and step-by-step guidance, see "Planning for the deprecation of single-factor password sign-ins" in the Snowflake documentation.

Thank you,
Snowflake Security

Snowflake Inc., 106 East Babcock Street, Suite 3A, Bozeman, MT 59715
This is a mandatory service communication."""))

add(dict(
    key="atlassian-api-tokens", provider="Atlassian", lang="en", fmt="plain",
    label="action-required", deadline="2026-10-27", bland=False,
    frm="Atlassian <noreply@am.atlassian.com>", to=hl("atlassian-admin"),
    date="2026-09-29 02:15:48 +0000",
    subject="Your Atlassian API tokens will expire on October 27, 2026",
    body="""Hi Aiko,

Some API tokens used with your Atlassian account will expire soon. API tokens created without an expiry date are being given one so that unused or forgotten tokens don't remain valid indefinitely.

Account: a.fujisawa@harbourline-ops.example
Tokens expiring on October 27, 2026:
  "jira-sync-lumen"         created 2023-02-14, last used 2026-09-28
  "confluence-backup"       created 2023-11-02, last used 2026-09-27
  "statuspage-automation"   created 2024-06-19, last used 2026-08-30

After a token expires, any script, integration or app that uses it will receive authentication errors when it calls Atlassian APIs.

What you need to do
Before October 27, 2026, create new API tokens to replace the ones above and update the integrations that use them. New tokens can be valid for up to one year. When you create a token, you can now also choose scopes to limit what it can access.

Manage your API tokens: https://id.atlassian.com/manage-profile/security/api-tokens

If you no longer use a token, you don't need to do anything. It will stop working on the expiry date.

Admins of your organization can see which tokens are about to expire for managed accounts in Atlassian Administration, under Security, API tokens.

Cheers,
The Atlassian team

This message was sent to a.fujisawa@harbourline-ops.example because you have an Atlassian account.
Atlassian. Level 6, 341 George Street, Sydney, NSW 2000, Australia"""))
