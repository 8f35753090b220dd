from common import N

NOTICES = [
N("o01", ("Hetzner Abuse Team", "abuse@hetzner.com"), "ops",
  "Abuse Message [AbuseID:8A41C2:27]: NetscanOutLevel: Netscan detected from host 198.51.100.23",
  "2027-04-08 07:10:00 +0200", "abuse", "2027-04-09", foot="hetzner", body="""
Dear Sir or Madam,

We have received an abuse report concerning your server with the IP address 198.51.100.23 (server #2140983, product AX42, Falkenstein FSN1-DC14), which is registered to your account K0771-203.

Please take all necessary measures to stop the reported activity and prevent it from happening again. We also request that you send us a short response by 2027-04-09 07:10 (CEST). The response should contain information about how this could have happened and what you intend to do about it. If we do not receive a statement from you by then, or if the activity continues, we reserve the right to block the IP address or the server.

When replying, please leave the abuse ID [AbuseID:8A41C2:27] unchanged in the subject line.

You can also submit your statement via Hetzner Robot:
https://accounts.hetzner.com/

Please note that we do not accept statements sent to any other address.

---- Original report ----
Netscan detected from host 198.51.100.23

time                     protocol src_ip          src_port  dest_ip           dest_port
Wed Apr  7 22:14:03 2027 TCP      198.51.100.23   51044 =>  192.0.2.14        23
Wed Apr  7 22:14:03 2027 TCP      198.51.100.23   51045 =>  192.0.2.15        23
Wed Apr  7 22:14:04 2027 TCP      198.51.100.23   51046 =>  192.0.2.16        2323
Wed Apr  7 22:14:04 2027 TCP      198.51.100.23   51047 =>  192.0.2.17        23
(2,981 further lines removed)
---- End of report ----
"""),

N("o02", ("DigitalOcean Support", "support@digitalocean.com"), "ops",
  "Re: [DigitalOcean] Ticket #9184467 - Droplet networking disabled", "2027-04-15 19:44:00 +0000",
  "abuse", "none", foot="do", wrap="reply", bland=True, body="""
Hi there,

Thanks for following up and for the cleanup details you provided. I'm Marisol from the Trust & Safety team.

To recap what happened: on April 14 we disabled public networking on the Droplet "elmstone-mail-relay" (ID 401928377, NYC3, 203.0.113.204) after it sent a large volume of unsolicited email, in violation of our Acceptable Use Policy. Our logs showed about 62,000 outbound SMTP connections to external mail servers in under three hours, and we received complaints from two recipient networks.

We have reviewed your response. You told us that the relay had been misconfigured as an open relay after a package upgrade, that you have now restricted relaying to your own address ranges, and that you have rotated the SMTP credentials. Based on this, I have re-enabled networking on the Droplet. You should have full connectivity again within a few minutes.

Please keep in mind:
- SMTP ports 25, 465 and 587 remain blocked for new accounts by default; sending on these ports from this Droplet is allowed again because your account is in good standing, but further incidents may lead to a permanent restriction.
- If you need to send bulk or marketing email, we recommend using a dedicated email delivery service.

If you have any questions, just reply to this ticket.

Best,
Marisol
Trust & Safety, DigitalOcean

---
On Apr 15, 2027, ops@kamome-cw.example wrote:
> Hello, we found the cause (open relay after an upgrade of the MTA package) and fixed the configuration. Can you restore networking on 401928377?
"""),

N("o03", ("Microsoft Azure", "azure-noreply@microsoft.com"), "cloud", "Notice from Microsoft Azure",
  "2027-04-22 11:05:00 +0000", "abuse", ("days", 2), foot="azure", ref="b41c7e09-3d22-4f8a-9a16-70e5c2d8f413",
  bland=True, body="""
Dear Azure customer,

Microsoft has detected outbound network activity from a virtual machine in your subscription that is consistent with participation in a distributed denial-of-service (DDoS) attack. This activity is a violation of the Microsoft Online Services Terms and the Acceptable Use Policy.

Subscription: Kamome-CW-Tidewater-Prod
Resource: /subscriptions/b41c7e09-3d22-4f8a-9a16-70e5c2d8f413/resourceGroups/rg-tidewater-tracking/providers/Microsoft.Compute/virtualMachines/vm-track-ingest-03
Public IP: 198.51.100.61
Detected: 2027-04-22 08:31 UTC to 2027-04-22 09:04 UTC
Traffic type: UDP flood, approximately 1.9 Gbps to a single destination

To protect the Azure network and other customers, we have temporarily blocked outbound UDP traffic from this IP address. Other traffic is not affected at this time.

Required actions:
1. Investigate the virtual machine for malware or unauthorized processes, or consider redeploying it from a known good image.
2. Apply all operating system and application security updates and review network security group rules.
3. Respond within 48 hours using the link below to tell us what you found and the steps you have taken.

If we do not receive a response within 48 hours, or if the activity continues, we may stop the virtual machine or suspend the subscription.

Respond to this notification: https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade

Microsoft Azure Safeguards Team
"""),

N("o04", ("SendGrid", "noreply@sendgrid.com"), "ops", "Your SendGrid account",
  "2027-04-11 01:20:00 +0000", "abuse", "none", foot="sg", bland=True, body="""
Hello,

We're writing to let you know that your SendGrid account "hakone-ryokan-mail" (user ID 41877201) has been suspended, effective immediately.

Why was my account suspended?
Our compliance team identified mail from your account that does not comply with the SendGrid Email Policy. Over the past 72 hours, your account sent messages to a large number of addresses that do not appear to have opted in to receive them. We observed:
- A spam report rate of 0.41% (the industry threshold is 0.08%)
- A bounce rate of 18.6%, with many bounces to addresses that have never existed
- Messages sent to recipients who were acquired from a purchased list, according to a recipient complaint

While your account is suspended, you will not be able to send email through the API or SMTP relay. Emails that were scheduled will not be delivered. Your statistics, templates and account data remain available.

What happens next?
Suspensions for list quality issues are reviewed individually. If you would like us to review the suspension, please contact our Support team from the Help Center and include:
- How the recipient addresses were collected, including the opt-in process
- Steps you have taken to remove recipients who did not opt in
- How you will handle unsubscribes and bounces going forward

Please do not create a new account to resume sending; this is treated as a further violation.

SendGrid Compliance Team
"""),

N("o05", ("Cloudflare Trust & Safety", "abusereply@cloudflare.com"), "ops", "Cloudflare received an abuse report about tidewater-claims.example",
  "2027-04-27 14:12:00 +0000", "abuse", "none", foot="cf", body="""
Hello,

Cloudflare received a phishing report regarding:

  tidewater-claims.example

This domain is using Cloudflare's pass-through security and CDN services. Cloudflare is not the hosting provider for this website. We have forwarded the report to the hosting provider identified by the origin IP address, and to you as the account owner.

Reported URLs:
  https://tidewater-claims.example/secure/update-payment/
  https://tidewater-claims.example/secure/verify.php

Reporter's comments:
  "Page asks customers of a freight company to re-enter card details for an overdue customs payment. Delivered by SMS."

Following a review, we have confirmed that the reported URLs display a phishing page. Cloudflare has placed a warning interstitial in front of the reported URLs. Visitors will see a warning that the page is suspected of phishing and can choose to continue at their own risk.

If you believe the content was placed on your site without your knowledge, please review your web server and content management system for compromise. Once the content has been removed, you can request a review to remove the warning from the Cloudflare dashboard, under Trust & Safety.

Report ID: 4f9a62c1d3b87e05

Please note that Cloudflare cannot remove content from websites that are hosted elsewhere.

Regards,
Cloudflare Trust & Safety
"""),

N("o06", ("GitHub", "noreply@github.com"), "sec", "[GitHub] A personal access token was found in a public repository",
  "2027-04-05 23:58:00 +0000", "security-incident", "none", foot="github",
  wrap="fwd", fwd=dict(frm=("Naoki Ishikawa", "n.ishikawa@kamome-cw.example"),
                       date="2027-04-06 09:12:00 +0900",
                       note="""Security team,

Heads-up: this came in overnight on the kamome-ci bot account. The token had write access to the Suzuran and Elmstone repositories. GitHub has already revoked it, but we need to check what was done with it before revocation and find out who pushed the file. I'll open an incident ticket.

Naoki"""),
  body="""
Hi @kamome-ci-bot,

GitHub found a personal access token (classic) belonging to your account in a public repository and has revoked it to protect your account.

Token name: deploy-sync
Scopes: repo, workflow, read:org
Found in: github.com/elmstone-studio-demo/site-preview/blob/8c2e41f/.github/scripts/sync.sh
Found at: April 5, 2027 23:51 UTC

Public repository contents are scanned continuously, and tokens that are exposed publicly are often used by unauthorized parties within minutes. Our records show that the token was used from an IP address that you have not used before on April 5, 2027 at 23:55 UTC, before it was revoked, to clone 3 private repositories belonging to organizations you are a member of:
- kamome-cw/suzuran-pos-infra
- kamome-cw/elmstone-portal
- kamome-cw/elmstone-render-pipeline

We recommend that you:
- Remove the token from the repository and from its Git history.
- Review your security log and the audit logs of the affected organizations for unexpected activity.
- Check for new deploy keys, webhooks, workflow changes or releases in the affected repositories.
- Rotate any other secrets stored in those repositories.

View your security log: https://github.com/settings/security-log

Thanks,
The GitHub Team
"""),

N("o07", ("Google Cloud", "CloudPlatform-noreply@google.com"), "cloud",
  "[Action Required] Compromised credentials detected for project kamome-tidewater-prod",
  "2027-04-18 03:30:00 +0000", "security-incident", "none", foot="gcp", body="""
Hello Google Cloud Customer,

We have detected that a service account key associated with your Google Cloud project kamome-tidewater-prod (project number 811204958312) has been publicly exposed and used by an unauthorized party.

Service account: tracking-exporter@kamome-tidewater-prod.iam.gserviceaccount.com
Key ID: 6c1f88e09a7b42d3e5f0a1b2c3d4e5f60718293a
Exposed at: a public code repository

Our systems observed the following activity using this key from IP addresses not previously associated with your project:
- Creation of 32 Compute Engine instances (n2-highcpu-32) in us-central1 and europe-west4
- Enabling of the Compute Engine API in two additional projects in your organization

To protect you, we have disabled the exposed key and suspended the newly created instances.

What you need to do
1. Delete the exposed key and create a new one only if it is still required. Consider using Workload Identity Federation instead of long-lived keys.
2. Review Cloud Audit Logs for activity performed with the key, and delete any resources you did not create.
3. Review IAM policies in your organization for unexpected bindings.
4. Enable the organization policy constraint that prevents service account key creation where possible.

If you believe this notice was sent in error, contact Google Cloud Support.

Best practices for managing service account keys: https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys

Sincerely,
The Google Cloud Team
"""),

N("o08", ("Microsoft 365", "o365mc@microsoft.com"), "sec", "Important: a user in your organization was restricted from sending email",
  "2027-04-13 06:48:00 +0000", "security-incident", "none", foot="m365", body="""
Microsoft 365 alert

Severity: High
Alert policy: User restricted from sending email
Organization: Suzuran Pharmacy (suzuranpharmacy.onmicrosoft.com)
User: k.hayashi@suzuran-pharmacy.example
Time: 4/13/2027 6:31:12 AM (UTC)

A user in your organization has been restricted from sending email because the account showed signs of compromise. Microsoft Entra ID Protection confirmed a sign-in to this account from an anonymous IP address at 5:58 AM (UTC), followed by the creation of an inbox rule that moves all new messages to the RSS Feeds folder. Shortly afterwards, the account sent 1,140 messages to external recipients with the subject "Invoice payment - overdue", which exceeded the outbound spam limits.

Recommended actions:
- Reset the user's password and revoke all active sessions.
- Require the user to re-register multi-factor authentication.
- Remove the inbox rule named "." and any forwarding rules that the user did not create.
- Review mailbox audit logs to determine whether other data was accessed.
- After the account is secure, remove the user from the Restricted entities page in the Microsoft Defender portal so that they can send email again.

View alert details: https://security.microsoft.com/alerts

For guidance, see "Respond to a compromised email account" in Microsoft Learn: https://learn.microsoft.com/defender-office-365/responding-to-a-compromised-email-account

Thank you,
The Microsoft 365 team
"""),

N("o09", ("Twilio", "no-reply@twilio.com"), "dev", "Urgent: your Twilio Auth Token was exposed publicly",
  "2027-04-20 17:25:00 +0000", "security-incident", "2027-04-27", foot="twilio", body="""
Hi there,

We're reaching out because we found the primary Auth Token for your Twilio account "Hakone Ryokan - Guest Messaging" (Account SID ending in ...9f3e) in a publicly accessible location on the internet. Anyone with your Account SID and Auth Token can send messages, make calls and read data from your account.

We also detected activity that did not come from your usual IP addresses: between 15:02 and 16:40 UTC today, 2,318 SMS messages were sent from your account to premium-rate numbers in several countries. We have blocked messaging to those destinations on your account, and we have lowered your account's sending rate as a precaution.

Please take these steps now:
1. Rotate your Auth Token in the Twilio Console: create a secondary token, update your applications, then promote it to primary.
2. Move your applications to API keys, which can be revoked individually.
3. Review your Messaging logs and Call logs for activity you do not recognize.
4. Enable Geo Permissions so that you can only send to the countries you need.

If the exposed Auth Token is still active on April 27, 2027, we will rotate it for you, which will break any application still using it.

For questions about charges from this activity, reply to this email or contact Support.

Twilio Console: https://console.twilio.com/
How to secure your account: https://help.twilio.com/articles/account-security

The Twilio Trust & Safety Team
"""),

N("o10", ("Atlassian", "noreply@am.atlassian.com"), "sec", "Atlassian account notice",
  "2027-04-24 02:15:00 +0000", "security-incident", "none", foot="atl", bland=True, body="""
Hi Kamome Cloud Works admin,

We're contacting you because we found evidence that an Atlassian account managed by your organization was accessed without authorization.

Account: y.fujita@kamome-cw.example
Product access: Jira, Confluence (site: kamome-cw.atlassian.net)

What happened
An API token for this account was published in a public code repository on April 23, 2027. Between 21:40 and 23:55 UTC on the same day, the token was used from IP addresses in a hosting network to export 412 Confluence pages from the space "Customer Runbooks" and to list Jira issues in the projects SUZ and TIDE. We have revoked the token and all active sessions for this account.

What we recommend
- Review the exported pages for credentials, IP addresses or other sensitive data and rotate anything that may be affected.
- Check your organization audit log for any other changes made by this account.
- Require two-step verification or single sign-on for all managed accounts.
- Consider limiting API token creation in Atlassian Administration > Security > API token controls.

Your site data has not otherwise been affected, and there is no indication that other accounts in your organization were accessed.

Organization audit log: https://admin.atlassian.com/

If you have questions, contact Atlassian Support and reference incident PSIRT-27-0418.

Thanks,
Atlassian Security Team
"""),

N("o11", ("Datadog", "noreply@datadoghq.com"), "sec", "Your Datadog organization",
  "2027-04-29 08:05:00 +0000", "security-incident", "none", foot="dd", bland=True, body="""
Hello,

We are contacting the administrators of the Datadog organization "Kamome Cloud Works" (US5) about a security issue affecting your organization.

Our monitoring identified that an application key belonging to your organization was used from an IP address that has not previously accessed your account. The key is owned by the service account "terraform-ci".

Observed activity (April 28, 2027, 19:12 - 20:47 UTC):
- 2,140 calls to the Logs Search API, including queries on the indexes "suzuran-pos" and "hakone-booking"
- Export of 37 dashboards
- Creation of a new API key named "sync"

This pattern suggests that the application key was obtained by an unauthorized party. As a precaution, we have revoked the application key and the API key "sync". Your other keys, monitors and integrations continue to work normally.

We recommend that you:
1. Review the Audit Trail for other actions performed by this service account.
2. Check the log data that was queried for sensitive information, and inform affected parties if required.
3. Store keys in a secrets manager and restrict application key scopes to the minimum needed.

Audit Trail: https://app.datadoghq.com/audit-trail

If you have questions, reply to this email or contact Datadog Support.

Datadog Security
"""),

N("o12", ("Google Cloud", "CloudPlatform-noreply@google.com"), "cloud",
  "[Action Required] Update Cloud SQL server CA certificates by June 14, 2027",
  "2027-04-01 16:00:00 +0000", "action-required", "2027-06-14", foot="gcp", body="""
Hello Google Cloud Customer,

We're writing to let you know that the server certificate authority (CA) used by some of your Cloud SQL instances will expire. To avoid connection failures, you must take action by June 14, 2027.

Affected projects and instances:
- kamome-suzuran-prod: pos-replica-tokyo, loyalty-pg
- kamome-elmstone-prod: portal-mysql

What do you need to know?
These instances use the per-instance server CA mode with a CA certificate that expires on June 14, 2027. Clients that connect over SSL/TLS with server certificate verification will fail to connect after that date unless they trust the new CA certificate.

What do you need to do?
By June 14, 2027:
1. Create a new server CA certificate for each instance (gcloud sql ssl server-ca-certs create).
2. Download the new CA certificate and add it to the trust store of every client that verifies the server certificate.
3. Rotate to the new server certificate (gcloud sql ssl server-ca-certs rotate).

Clients that connect through the Cloud SQL Auth Proxy or the Cloud SQL language connectors are not affected and require no action. You can also consider switching the instances to the shared CA mode, which is rotated automatically.

Learn more: https://cloud.google.com/sql/docs/mysql/manage-ssl-instance

Thanks for choosing Google Cloud.

- The Google Cloud Team
"""),

N("o13", ("The Google Workspace Team", "workspace-noreply@google.com"), "cloud",
  "Action needed: 2-Step Verification will be required for your admin accounts",
  "2027-04-04 18:00:00 +0000", "action-required", "2027-05-17", foot="gws", body="""
Hello Administrator,

We're writing to let you know that, starting May 17, 2027, Google will require 2-Step Verification (2SV) for all super administrator and delegated administrator accounts in Google Workspace.

Your domain: hakone-ryokan.example
Customer ID: C03k8w2d1
Administrator accounts without 2SV: 4

What does this mean for your organization?
Beginning May 17, 2027, administrators who have not enrolled in 2SV will be prompted to enroll the next time they sign in to the Admin console. Administrators who do not complete enrollment will not be able to access the Admin console until they do.

What do you need to do?
Make sure every administrator account is enrolled in 2-Step Verification by May 17, 2027. We recommend passkeys or security keys. If your organization uses a third-party identity provider with SAML single sign-on, administrators who sign in through SSO are not affected, but super administrators who sign in directly to Google are.

You can find the list of administrators who have not enrolled in the Admin console under Reporting > User reports > Security.

Admin console: https://admin.google.com/
Learn more about 2-Step Verification for administrators: https://support.google.com/a/answer/175197

Thanks for choosing Google Workspace.

- The Google Workspace Team
"""),

N("o14", ("Microsoft Azure", "azure-noreply@microsoft.com"), "cloud",
  "Action required: Transition Key Vault access policies to Azure RBAC by 31 August 2027",
  "2027-04-02 20:00:00 +0000", "action-required", "2027-08-31", foot="azure", ref="9e07d4a1-52cc-4b3e-8f61-d0a2b7c94e15",
  wrap="fwd", fwd=dict(frm=("Emma Lindqvist", "e.lindqvist@kamome-cw.example"),
                       date="2027-04-05 10:47:00 +0900",
                       note="""Hi all,

FYI, Azure is retiring the access-policy model for Key Vault. This affects the Tidewater and Elmstone subscriptions (six vaults in total). I suggest we plan the RBAC migration for the June change window. Please add it to the tracker.

Thanks,
Emma"""),
  body="""
You're receiving this email because you use Azure Key Vault with the vault access policy permission model.

On 31 August 2027, the vault access policy permission model for Azure Key Vault will be retired. Before that date, transition your key vaults to Azure role-based access control (Azure RBAC).

After 31 August 2027, access policies will no longer be evaluated, and applications and users that rely on them for access to keys, secrets and certificates will receive authorization errors.

Why transition to Azure RBAC?
- A single, unified access control model across Azure resources
- Integration with Privileged Identity Management for just-in-time access
- Permissions that can be scoped to individual keys, secrets or certificates
- Support for deny assignments and Azure Policy

Required action
To avoid disruption, transition your key vaults to Azure RBAC by 31 August 2027:
1. Review the access policies currently defined on each vault.
2. Assign the equivalent built-in Key Vault roles to the same users, groups and managed identities.
3. Switch the permission model of the vault to Azure role-based access control.
4. Test your applications.

Help and support
If you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and you need technical help, create a support request.

Learn more: https://learn.microsoft.com/azure/key-vault/general/rbac-migration
"""),

N("o15", ("Microsoft 365 Message center", "o365mc@microsoft.com"), "cloud",
  "[Action required] Exchange Online to reject SMTP AUTH Basic authentication (MC1042877)",
  "2027-04-10 01:00:00 +0000", "action-required", "2027-06-15", foot="m365", body="""
Message ID: MC1042877
Service: Exchange Online
Tag: Admin impact, Retirement, Action required by June 15, 2027

Organization: Tidewater Freight (tidewaterfreight.onmicrosoft.com)

Exchange Online will permanently remove support for Basic authentication with the Client Submission (SMTP AUTH) protocol. After June 15, 2027, clients and applications that use Basic authentication to send email through smtp.office365.com will be rejected with the error "550 5.7.30 Basic authentication is not supported for Client Submission."

How this will affect your organization:
In the last 30 days, 6 accounts in your organization sent email using SMTP AUTH with Basic authentication, including:
- scanner-dock3@tidewater-freight.example (multifunction printer)
- tms-alerts@tidewater-freight.example (application)
- edi-notify@tidewater-freight.example (application)

What you need to do to prepare:
Before June 15, 2027, update these devices and applications to use OAuth 2.0 for SMTP AUTH, or move them to an alternative such as High Volume Email or Azure Communication Services. For devices that cannot be updated, consider configuring a connector for direct send from a fixed IP address.

You can find the accounts that use Basic authentication in the SMTP AUTH clients report in the Exchange admin center.

Additional information: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission

View this message in the Microsoft 365 admin center: https://admin.microsoft.com/Adminportal/Home#/MessageCenter
"""),

N("o16", ("Oracle Cloud Infrastructure", "noreply@oracle.com"), "cloud", "Notice",
  "2027-04-14 15:00:00 +0000", "action-required", "2027-06-20", foot="oracle", bland=True, body="""
Dear Oracle Cloud Infrastructure Customer,

Oracle is rotating the certificate authority that issues TLS certificates for Autonomous Database. As part of this change, the server certificates for Autonomous Database instances in your tenancy will be replaced on June 20, 2027.

Tenancy: kamomecw
Region: ap-tokyo-1
Affected databases:
- ELMARCHDW (Autonomous Data Warehouse)
- ELMPROJTX (Autonomous Transaction Processing)

Action required:
Clients that connect to these databases using a client wallet downloaded before April 1, 2027 must download a new wallet and deploy it to all applications by June 20, 2027. Wallets downloaded after April 1, 2027 already contain the new root certificate and require no change. Clients that connect with TLS without a wallet and use the operating system trust store require no action if the trust store is up to date.

If you do not update your wallets, connections from affected clients will fail after the server certificates are replaced.

To download a new wallet, open the database details page in the OCI Console and choose Database connection > Download wallet. You can also use the generate-wallet command in the OCI CLI.

For more information, see the Autonomous Database documentation: https://docs.oracle.com/en/cloud/paas/autonomous-database/

If you have questions, open a service request in My Oracle Support.

Thank you,
Oracle Cloud Infrastructure
"""),

N("o17", ("Heroku", "noreply@heroku.com"), "dev", "[Action Required] Heroku-22 stack end-of-life: upgrade your apps by April 30, 2027",
  "2027-04-08 17:30:00 +0000", "action-required", "2027-04-30", foot="heroku", body="""
Hi,

We're contacting you because you are an admin of the Heroku team "kamome-cw", which has apps running on the Heroku-22 stack.

Heroku-22 is based on Ubuntu 22.04, which reaches the end of standard support in April 2027. The Heroku-22 stack will reach end-of-life on April 30, 2027. Please upgrade your apps to Heroku-24 by April 30, 2027.

Affected apps:
- suzuran-loyalty-api
- suzuran-loyalty-worker
- elmstone-contact-forms

What happens after April 30, 2027?
Existing apps on Heroku-22 will continue to run, but they will no longer receive security updates, and builds on Heroku-22 will be disabled. That means you will not be able to deploy changes to these apps until they are upgraded. Apps on an end-of-life stack are also not covered by the Heroku security policy.

How do I upgrade?
Run heroku stack:set heroku-24 -a <app name> and then deploy your app. We recommend testing the upgrade with a review app or a staging pipeline first. Heroku-24 includes updated system libraries and runs the build and run images on ARM64-compatible base images, so check any binary dependencies.

Upgrade guide: https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack
Stack support policy: https://devcenter.heroku.com/articles/stack

If you have questions, please open a ticket at https://help.heroku.com.

The Heroku Team
"""),

N("o18", ("GitHub", "noreply@github.com"), "dev", "[GitHub] Enable two-factor authentication by May 28, 2027",
  "2027-04-28 12:00:00 +0000", "action-required", "2027-05-28", foot="github", body="""
Hey @kcw-deploy-hakone,

You're receiving this email because your account contributes code on GitHub.com and is part of the group of accounts required to enable two-factor authentication (2FA).

You have until May 28, 2027 to enable 2FA.

After May 28, 2027, you'll be prompted to enable 2FA every time you sign in, and you won't be able to access GitHub.com until you complete setup. Access from automation using existing personal access tokens, SSH keys and GitHub Apps will continue to work, but new tokens cannot be created until 2FA is enabled.

Accounts like yours are often used by automation and shared by a team. If this is a machine account, we recommend that you replace it with a GitHub App or a fine-grained token owned by an organization, rather than sharing a password and 2FA codes among people.

How to enable 2FA:
1. Go to Settings > Password and authentication.
2. Choose "Enable two-factor authentication".
3. Set up an authenticator app, a passkey or a security key, and save your recovery codes somewhere safe.

Enable 2FA now: https://github.com/settings/two_factor_authentication/setup/intro

Learn more about the 2FA requirement: https://docs.github.com/authentication/securing-your-account-with-two-factor-authentication-2fa/about-mandatory-two-factor-authentication

Thanks,
The GitHub Team
"""),

N("o19", ("Vercel", "notifications@vercel.com"), "dev", "Node.js 20 reaches end of support on Vercel on June 2, 2027",
  "2027-04-21 16:00:00 +0000", "action-required", "2027-06-02", foot="vercel", body="""
Hi Kamome Cloud Works team,

Node.js 20 reached its end-of-life upstream, and it will no longer be supported on Vercel starting June 2, 2027.

You are receiving this message because the following projects in your team are configured to use Node.js 20.x for builds and Vercel Functions:
- elmstone-marketing-site
- elmstone-client-portal
- hakone-booking-widget

What changes on June 2, 2027?
- New deployments of projects set to Node.js 20.x will fail to build.
- Existing deployments will continue to serve traffic, including Functions, but will not receive runtime security updates.

What should I do?
Update the Node.js version in each project's settings (Settings > Build and Deployment > Node.js Version), or set the "engines" field in package.json to "24.x". Then redeploy and test your application. Most projects upgrade without changes, but native modules and some older build tools may need to be updated.

You can check which version each project uses from the Vercel dashboard or by running vercel project ls --json.

Read the changelog: https://vercel.com/changelog
Supported Node.js versions: https://vercel.com/docs/functions/runtimes/node-js

If you have questions, reach out to us at https://vercel.com/help.

- The Vercel Team
"""),

N("o20", ("Snowflake", "no-reply@snowflake.com"), "cloud", "Important update for your Snowflake account",
  "2027-04-06 14:00:00 +0000", "action-required", "2027-05-31", foot="snow", bland=True, body="""
Dear Snowflake Administrator,

As part of our ongoing commitment to account security, Snowflake is ending support for single-factor password authentication.

Account: KCW-TIDEWATER (AWS ap-northeast-1)
Organization: KAMOMECW

What is changing?
Starting June 1, 2027, Snowflake will block sign-ins from all users who authenticate with a password alone, including service users and legacy service users. Human users must use multi-factor authentication (MFA) or single sign-on. Service users must use key-pair authentication, OAuth or workload identity federation.

What do you need to do?
By May 31, 2027:
- Enroll all human users that sign in with a password in MFA, or configure SSO.
- Change service users that use passwords (for example, BI tools, ETL jobs and dbt) to key-pair authentication or OAuth.
- Set TYPE = SERVICE on accounts used by applications so that they are handled correctly.

Our records show that 9 human users and 4 service users in this account signed in with a password alone during the past 30 days. You can find them by running a query against the LOGIN_HISTORY view, or by opening the Trust Center in Snowsight and reviewing the "Authentication" findings.

If you do not complete these steps by May 31, 2027, affected users and integrations will be unable to connect.

Documentation: https://docs.snowflake.com/en/user-guide/security-mfa

Thank you,
The Snowflake Team
"""),
]
