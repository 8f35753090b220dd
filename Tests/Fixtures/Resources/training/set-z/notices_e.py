"""Set Z, chunk E: other providers (English) - advisories, maintenance, pricing, billing, informational."""
from common import hl

NOTICES = []
add = NOTICES.append

# ---------------------------------------------------------------- security advisories
add(dict(
    key="gke-bulletin", provider="Google Cloud", lang="en", fmt="plain",
    label="security-advisory", deadline=None, bland=False,
    frm="Google Cloud <CloudPlatform-noreply@google.com>", to=hl("gcp-admin"),
    date="2026-09-06 09:12:40 -0700",
    subject="GKE security bulletin GCP-2026-047: Linux kernel vulnerability CVE-2026-39115",
    body="""Hello Google Cloud customer,

We're writing to let you know about a security bulletin affecting Google Kubernetes Engine (GKE) nodes.

Bulletin: GCP-2026-047
Published: 2026-09-06
Severity: High
CVE: CVE-2026-39115

Description
A vulnerability was discovered in the Linux kernel's netfilter subsystem that could allow a local attacker to escalate privileges to root on the node. An attacker would first need to be able to run code in a container on the node, for example through a compromised workload.

GKE Autopilot clusters
Autopilot clusters will be upgraded automatically to a patched version. No action is required.

GKE Standard clusters
Container-Optimized OS and Ubuntu node images are affected. Patched node versions are available in all release channels:
- 1.33.5-gke.1204000 and later
- 1.34.2-gke.1087000 and later
- 1.35.0-gke.1322000 and later

Clusters that are enrolled in a release channel and have node auto-upgrade enabled will be upgraded in the coming weeks, in line with their maintenance windows and exclusions. We recommend that you manually upgrade your node pools to a patched version if you want to apply the fix sooner.

Your projects with GKE Standard clusters on affected versions:
  lumen-lms-prod (2 clusters)
  pacific-grain-data-prod (1 cluster)

We are not aware of any exploitation of this vulnerability in GKE.

For full details, see the GKE security bulletins page: https://cloud.google.com/kubernetes-engine/security-bulletins

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google Cloud Platform or your account."""))

add(dict(
    key="gitlab-patch-release", provider="GitLab", lang="en", fmt="alt",
    label="security-advisory", deadline=None, bland=False,
    frm="GitLab <security-noreply@gitlab.com>", to=hl("gitlab-admin"), accent="#fc6d26",
    date="2026-09-17 01:05:19 +0000",
    headers={"List-Unsubscribe": "<https://about.gitlab.com/company/preference-center/>"},
    subject="GitLab Patch Release: 19.3.2, 19.2.5, 19.1.7",
    body="""GitLab Security Notice

Today we are releasing versions 19.3.2, 19.2.5 and 19.1.7 for GitLab Community Edition (CE) and Enterprise Edition (EE).

These versions contain important bug and security fixes, and we strongly recommend that all self-managed GitLab installations be upgraded to one of these versions immediately. GitLab.com is already running the patched version. GitLab Dedicated customers do not need to take action.

Summary of fixes in this release:

- CVE-2026-51204 (High): Authorization bypass allowed a project Guest to read confidential issues through the GraphQL API.
- CVE-2026-51219 (High): Stored cross-site scripting in Markdown rendering of merge request descriptions.
- CVE-2026-51233 (Medium): Denial of service through crafted Helm chart uploads to the package registry.
- CVE-2026-51240 (Medium): Personal access token names were disclosed in the audit events export.
- CVE-2026-51252 (Low): Group owners could bypass the IP allowlist for certain API endpoints.

In line with our disclosure policy, details of the vulnerabilities will be made public on our issue tracker 30 days after the release.

Updating
To update GitLab, see the Update page in the documentation. To update Runner, see the Updating the Runner page.

Receive security release notifications
To receive security release blog notifications delivered to your inbox, visit the contact us page. To receive release notifications via RSS, subscribe to the security release RSS feed.

Read the full release post: https://about.gitlab.com/releases/categories/releases/

GitLab Inc., 268 Bush Street #350, San Francisco, CA 94104
You are receiving this email because you subscribed to GitLab security notices. Manage your preferences or unsubscribe: https://about.gitlab.com/company/preference-center/"""))

add(dict(
    key="datadog-agent-advisory", provider="Datadog", lang="en", fmt="plain",
    label="security-advisory", deadline=None, bland=True,
    frm="Datadog Security <security-notices@datadoghq.com>", to=hl("datadog-admin"),
    date="2026-09-21 14:48:33 +0000",
    subject="Datadog Security Notice",
    body="""Hello,

We are contacting you because your Datadog organization (Harbourline Cloud Operations, US5) has hosts running versions of the Datadog Agent that include a vulnerable version of a third-party compression library.

Summary
A vulnerability, CVE-2026-44087, was disclosed in an open source compression library that is bundled with Datadog Agent versions 7.64.0 through 7.70.1. Under certain conditions, a specially crafted compressed payload could cause excessive memory use in the process that decompresses it. In the Agent, this library is only used to decompress responses from Datadog's own intake endpoints and configuration files that are stored locally on the host. We have not found a way to exploit this issue through the Agent in a default configuration, and we have no evidence of exploitation.

Affected hosts
Your organization currently reports 214 hosts running affected Agent versions. You can list them in the Fleet Automation page by filtering on agent_version:7.6* OR agent_version:7.70.*.

Recommendation
As a precaution, we recommend that you upgrade to Datadog Agent 7.70.2 or later, which includes the patched library. You can upgrade Agents remotely with Fleet Automation or through your usual configuration management tooling. The Datadog Cluster Agent and serverless extensions are not affected.

No other action is needed. Datadog services and your data were not affected.

If you have questions, please contact Datadog Support or your Customer Success Manager and reference advisory DD-SA-2026-011.

Thanks,
The Datadog Security Team

Datadog, Inc. | 620 8th Avenue, 45th Floor, New York, NY 10018
You are receiving this email because you are an administrator of a Datadog organization."""))

add(dict(
    key="azure-security-advisory", provider="Azure", lang="en", fmt="plain",
    label="security-advisory", deadline=None, bland=False,
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to=hl("azure-admin"),
    date="2026-09-25 19:30:58 +0000",
    subject="Azure Service Health: Security advisory - Recommendation to rotate storage account access keys",
    body="""Azure Service Health

Security advisory
Tracking ID: 4MQK-9T8
Impacted service: Azure Storage
Impacted regions: Global
Impacted subscriptions: Brightwater-Prod (8d2f41c7-0b6e-4a93-b1f5-3e9c72d0a846), Lumen-Schools (1c77e0a2-9f13-4b8d-a6c5-5e20d91f3b47)

Summary
Microsoft is aware of an increase in attacks in which storage account access keys and long-lived shared access signature (SAS) tokens are taken from source code repositories, build logs and developer workstations, and later used to read or delete data. This advisory is not related to a vulnerability in Azure Storage, and we have no indication that the storage accounts in your subscriptions have been accessed without authorization.

We are sending this advisory because the subscriptions listed above contain storage accounts that:
- allow Shared Key authorization, and
- have access keys that have not been rotated in more than 365 days.

Recommended actions
- Use Microsoft Entra ID authorization and managed identities for applications instead of account keys where possible.
- If you need to keep Shared Key authorization, rotate the access keys regularly, and store them in Azure Key Vault.
- Use user delegation SAS tokens with short expiry times instead of account SAS tokens.
- Consider disallowing Shared Key authorization on storage accounts that do not need it.
- Enable Microsoft Defender for Storage to detect unusual access patterns.

For more information, see "Prevent Shared Key authorization for an Azure Storage account" on Microsoft Learn.

To view this advisory in the Azure portal, go to Service Health, Security advisories.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
You're receiving this email because you're an owner of one of the subscriptions listed above. Privacy Statement."""))

# ---------------------------------------------------------------- maintenance
add(dict(
    key="azure-sql-maint", provider="Azure", lang="en", fmt="alt",
    label="maintenance", deadline="2026-09-19", bland=False,
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to=hl("azure-admin"), accent="#0078d4",
    date="2026-09-12 04:02:11 +0000",
    subject="Planned maintenance notification for Azure SQL Database - Southeast Asia",
    body="""Azure Service Health

Planned maintenance
Tracking ID: 7ZLP-HD0
Service: SQL Database
Region: Southeast Asia
Subscription: Brightwater-Prod (8d2f41c7-0b6e-4a93-b1f5-3e9c72d0a846)

Maintenance window:
Start: 19 September 2026, 14:00 UTC (22:00 SGT)
End: 19 September 2026, 22:00 UTC (20 September, 06:00 SGT)

Description
As part of our regular maintenance, we will apply updates to the infrastructure that hosts your Azure SQL databases in Southeast Asia. The updates improve reliability and apply security fixes.

Expected impact
Each database will experience a brief reconfiguration during the window, typically lasting less than 30 seconds. During a reconfiguration, open connections are dropped and in-flight transactions are rolled back. Applications that use retry logic for transient errors should reconnect without issue.

Affected resources:
  sqldb-bw-claims (server sql-bw-prod-sea)
  sqldb-bw-policy (server sql-bw-prod-sea)
  sqldb-bw-reporting (server sql-bw-prod-sea)

Recommended actions
- Make sure your applications implement retry logic for transient connection errors.
- If you need more control over when maintenance happens, configure a maintenance window for your databases. Databases that already have a maintenance window configured are not part of this event.
- You can configure advance notifications for planned maintenance events in Azure Service Health.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
You're receiving this email because you're an owner of the subscription listed above. To change your alert settings, go to Service Health in the Azure portal. Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839"""))

add(dict(
    key="linode-migration", provider="Akamai (Linode)", lang="en", fmt="plain",
    label="maintenance", deadline="2026-09-10", bland=False,
    frm="Akamai Cloud Computing Support <support@linode.com>", to=hl("hosting-eu"),
    date="2026-09-03 18:44:07 +0000",
    subject="Linode Scheduled Maintenance",
    body="""Hello,

As part of our ongoing work to upgrade the hardware that hosts our Compute Instances, we need to migrate one or more of your Linodes to a new physical host. These migrations are required and are scheduled automatically.

Ticket: 22948173
Account: harbourline-ops

Affected Linodes:
  pg-etl-02 (ID 58124907, Dedicated 16 GB, Sydney, AU)
  pg-etl-03 (ID 58124933, Dedicated 16 GB, Sydney, AU)

Scheduled start: 2026-09-10 02:00 UTC
Maintenance window: 2026-09-10 02:00 to 06:00 UTC

What to expect
Each Linode will be shut down, migrated to the new host, and booted again. The migration time depends on the size of the disks and is usually under 60 minutes. Your IP addresses, disks and configuration will stay the same. Linodes that were powered off before the maintenance will remain powered off after it.

Want to choose your own time?
You can start the migration yourself at any time before the scheduled start by clicking "Migrate Now" on the Linode's page in Cloud Manager. If you do, the scheduled migration will be cancelled.

We recommend that you make sure your services are configured to start automatically on boot, and that you have a recent backup.

If you have questions, please reply to this ticket and a member of our Support team will assist.

Thank you,
Akamai Cloud Computing Support

Akamai Technologies, Inc., 145 Broadway, Cambridge, MA 02142
This is a required service notice for your Linode account."""))

add(dict(
    key="oci-infra-maint", provider="Oracle Cloud", lang="en", fmt="plain",
    label="maintenance", deadline="2026-10-03", bland=False,
    frm="Oracle Cloud Infrastructure <no-reply@notification.ap-singapore-1.oci.oraclecloud.com>",
    to=hl("oci-admin"),
    date="2026-09-21 08:15:44 +0000",
    subject="Scheduled Maintenance for Exadata Database Service infrastructure in ap-singapore-1",
    body="""Oracle Cloud Infrastructure - Scheduled Maintenance

Tenancy: hlbrightwater
Region: ap-singapore-1
Compartment: bw-prod

Oracle has scheduled quarterly infrastructure maintenance for the following Exadata Database Service on Dedicated Infrastructure resource:

Resource: exacs-bw-prod-01
Resource OCID: ocid1.cloudexadatainfrastructure.oc1.ap-singapore-1.anzwsljr7example4qk
Maintenance type: Quarterly infrastructure maintenance (database servers and storage servers)
Scheduled start: Saturday, October 3, 2026 18:00 UTC
Estimated duration: 6 hours
Patching mode: Rolling

What to expect
Maintenance is performed in rolling mode, one server at a time. Database servers are restarted one by one, so Oracle RAC databases remain available, but each instance will be unavailable while its server is updated. Applications connected to an instance that is being restarted will need to reconnect to a surviving instance. Single-instance databases on a server will be unavailable while that server is updated.

Options
You can reschedule the maintenance to a different date within the current quarter, or change the patching mode, from the Exadata Infrastructure details page in the Console. Changes must be made at least 2 hours before the scheduled start.

For information about the updates included in this maintenance, see the release notes for the Exadata System Software version.

Please do not reply to this message. For help, open a service request in My Oracle Support.

Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
You are receiving this notification because you are subscribed to maintenance announcements for this tenancy."""))

add(dict(
    key="atlas-maint", provider="MongoDB Atlas", lang="en", fmt="plain",
    label="maintenance", deadline="2026-09-30", bland=True,
    frm="MongoDB Atlas <mongodb-atlas-alerts@mongodb.com>", to=hl("atlas-admin"),
    date="2026-09-25 12:00:05 +0000",
    subject="Atlas Project Notification",
    body="""MongoDB Atlas

Organization: Harbourline Cloud Operations
Project: Koyo-Prod

Maintenance has been scheduled for your project.

Your project's maintenance window is set to Wednesdays at 03:00 (Asia/Tokyo). Atlas will begin maintenance on clusters in this project during the next window, on Wednesday, September 30, 2026, starting at 03:00 JST.

Clusters in this project:
  koyo-orders (M40, replica set, AWS ap-northeast-1)
  koyo-telemetry (M30, sharded, 2 shards, AWS ap-northeast-1)

What is included
This maintenance applies a MongoDB patch release (8.0.12 to 8.0.14) and operating system security updates.

What to expect
Atlas performs maintenance in a rolling manner, one node at a time, beginning with secondary members. Each replica set will hold one election when the primary is restarted. Applications that use a current driver with retryable writes enabled should not see errors, although there may be a brief increase in latency.

If this time is not convenient, you can defer the maintenance by one week, up to two times, from the Project Settings page. You can also start the maintenance immediately.

Manage your maintenance window: https://cloud.mongodb.com/v2/5f8a91c2e4b0example7d3#settings/maintenance

You are receiving this email because you are a Project Owner for the project above. To change which notifications you receive, visit your Atlas alert settings.

MongoDB, Inc., 1633 Broadway, 38th Floor, New York, NY 10019"""))

# ---------------------------------------------------------------- pricing
add(dict(
    key="hetzner-price-adjust", provider="Hetzner", lang="en", fmt="plain",
    label="pricing", deadline="2026-10-01", bland=False,
    frm="Hetzner Online <info@hetzner.com>", to=hl("hosting-eu"),
    date="2026-09-01 14:00:00 +0200",
    subject="Price adjustment for Hetzner Cloud products as of 1 October 2026",
    body="""Dear Customer,

We are writing to inform you about a price adjustment for some of our cloud products.

In recent months, our costs for electricity, hardware components and data centre operation have risen considerably. We have absorbed these increases for as long as possible, but we now have to adjust our prices for certain products.

As of 1 October 2026, the following changes apply to existing and new products:

- Cloud Servers (shared vCPU, CX and CPX lines): prices increase by between EUR 0.30 and EUR 3.00 per month, depending on the plan.
- Primary IPv4 addresses: EUR 0.60 per month (previously EUR 0.50).
- Snapshots: EUR 0.0130 per GB per month (previously EUR 0.0119).
- Load Balancers LB11: EUR 5.99 per month (previously EUR 5.39).

Prices for dedicated vCPU servers (CCX line), Volumes, Object Storage and traffic remain unchanged. Included traffic volumes also remain unchanged.

For your account (customer number K0918273645), we estimate that your monthly costs for Hetzner Cloud will increase by approximately EUR 14.20 (net) based on your current usage.

The new prices will be shown in the Hetzner Cloud Console from 1 October 2026. Hourly billing continues to apply, and the monthly price cap for each product remains in place.

You do not need to do anything. If you do not wish to continue using the products at the new prices, you may delete them at any time.

Thank you for your understanding and your trust.

Kind regards

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
www.hetzner.com

Register Court: Registergericht Ansbach, HRB 6089"""))

add(dict(
    key="twilio-sms-pricing", provider="Twilio", lang="en", fmt="html",
    label="pricing", deadline="2026-10-15", bland=True,
    frm="Twilio <no-reply@twilio.com>", to=hl("saas-admin"), accent="#f22f46",
    date="2026-09-08 16:00:00 +0000",
    subject="An update about your account",
    body="""Hello,

We're writing to let you know about changes to SMS pricing that affect your Twilio account (Brightwater Claims Notifications, AC8e41b0c2d7f95a36e1b4c09d2f7a8e15).

Effective October 15, 2026, the following prices will change:

- Outbound SMS to Singapore: USD 0.0485 per message segment (currently USD 0.0452)
- Outbound SMS to Japan: USD 0.0798 per message segment (currently USD 0.0758)
- Outbound SMS to Australia: USD 0.0551 per message segment (currently USD 0.0515)

Why are prices changing?
Mobile carriers in these countries have increased the fees they charge for delivering application-to-person (A2P) messages, and have introduced new registration requirements for sender IDs. These price changes reflect the higher costs charged to us by carriers.

What does this mean for you?
Based on your message volume over the last three months, we estimate your SMS costs will increase by about 6%. Inbound message prices and voice prices are not changing.

You don't need to do anything. The new prices will be applied automatically from October 15, 2026. You can review current pricing for each country on our pricing page, and see your usage in the Console under Monitor, Usage.

If you have questions, please contact your account executive or our Support team.

Thank you for building with Twilio.

The Twilio Team

Twilio Inc., 101 Spear Street, Suite 500, San Francisco, CA 94105
You are receiving this email because you have a Twilio account. This is a service announcement about your account and pricing. Privacy Policy: https://www.twilio.com/legal/privacy"""))

# ---------------------------------------------------------------- billing
add(dict(
    key="m365-invoice", provider="Microsoft 365", lang="en", fmt="html",
    label="billing", deadline=None, bland=True,
    frm="Microsoft <microsoft-noreply@microsoft.com>", to=hl("billing"), accent="#0078d4",
    date="2026-09-05 10:21:16 +0000",
    subject="Your invoice is ready",
    body="""Microsoft

Your Microsoft invoice is ready

Billing account: Harbourline Cloud Operations Pte. Ltd.
Billing profile: HL Singapore
Invoice number: G108472295
Invoice date: September 5, 2026
Billing period: August 5, 2026 - September 4, 2026

Amount due: SGD 12,604.87
Payment method: Visa ending in 0931
Payment status: Will be charged automatically on September 8, 2026

Summary
- Microsoft 365 E3 (145 licenses): SGD 8,932.00
- Microsoft 365 Business Premium (64 licenses): SGD 2,316.80
- Exchange Online Plan 1 (12 licenses): SGD 79.20
- Power BI Pro (20 licenses): SGD 264.00
- GST (9%): SGD 1,012.87

There's nothing you need to do. The amount due will be charged to your payment method on file. If the payment method changes, update it in the Microsoft 365 admin center before the charge date.

View and download your invoice in the Microsoft 365 admin center, under Billing, Bills and payments: https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/invoices

Questions about your bill? Visit the billing help page or contact support from the admin center.

This is a mandatory service communication. To set your contact preferences for other communications, visit the Promotional Communications Manager.

Microsoft Regional Sales Pte. Ltd., 438B Alexandra Road, #04-09/12, Alexandra Technopark, Singapore 119968
Microsoft respects your privacy. Review our online Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839"""))

add(dict(
    key="do-payment-failed", provider="DigitalOcean", lang="en", fmt="plain",
    label="billing", deadline="2026-09-12", explicit=True, bland=False,
    frm="DigitalOcean Billing <billing-noreply@digitalocean.com>", to=hl("billing"),
    date="2026-09-02 07:35:50 +0000",
    subject="Payment failed for your DigitalOcean team Harbourline - Lumen Schools",
    body="""Hi there,

We tried to charge your payment method for the invoice below, but the charge was declined.

Team: Harbourline - Lumen Schools
Invoice: #7730184-2026-08
Billing period: August 1 - 31, 2026
Amount due: USD 1,287.55
Payment method: Mastercard ending in 6652 (expired 08/2026)

To avoid any interruption to your services, please pay the outstanding balance by September 12, 2026. You can:
- update your card details, or add a new payment method, in the control panel under Billing; we will retry the charge automatically within 24 hours; or
- make a one-time payment with a different card or PayPal from the Billing page.

What happens if the balance isn't paid?
If your balance is still unpaid after September 12, 2026, your team will be locked. While a team is locked, you won't be able to create new resources, and Droplets and other resources may be powered off. Resources in locked teams may be destroyed after an extended period of non-payment.

If you've already paid, thank you, and please ignore this email. It can take a few minutes for payments to be reflected in your account.

If you have any questions about your bill, our billing team is happy to help. Just open a billing ticket from the control panel.

Thanks,
The DigitalOcean Billing Team

DigitalOcean, LLC. 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
You're receiving this mandatory billing email because you are an owner or billing member of the team above."""))

add(dict(
    key="alibaba-overdue", provider="Alibaba Cloud", lang="en", fmt="plain",
    label="billing", deadline="2026-09-19", explicit=True, bland=False,
    frm="Alibaba Cloud <noreply@notice.alibabacloud.com>", to=hl("billing"),
    date="2026-09-13 10:00:12 +0800",
    subject="[Alibaba Cloud] Overdue payment reminder for account 5120448891736602",
    body="""Dear Alibaba Cloud customer,

Your Alibaba Cloud account has an overdue payment.

Account ID: 5120448891736602
Account name: harbourline-pacificgrain
Overdue amount: USD 842.17
Bill period: August 2026 (pay-as-you-go)
Available credit: USD 0.00

Please settle the overdue amount by 23:59 on September 19, 2026 (UTC+8).

If payment is not received by this time, your pay-as-you-go resources will be stopped, including:
- ECS instances (4) in China (Hong Kong) and Singapore
- ApsaraDB RDS instances (1) in Singapore
- Server Load Balancer instances (2) in Singapore

Stopped resources will be retained for 15 days. If the overdue amount remains unpaid after the retention period, the resources will be released, and their data, including disks and snapshots, will be permanently deleted and cannot be recovered.

Subscription (prepaid) resources are not affected until their subscription period ends.

How to pay
1. Log on to the Alibaba Cloud Management Console.
2. Go to Expenses and Costs, then Billing Overview.
3. Click Pay Now and choose a payment method. You can also top up your account balance by bank transfer.

If you have already made the payment, please ignore this message. Payments may take up to 30 minutes to be processed.

To avoid overdue payments in future, we recommend setting an available credit alert in the Billing Management console.

Best regards,
Alibaba Cloud

This email was sent by Alibaba Cloud (Singapore) Private Limited. Please do not reply to this email."""))

# ---------------------------------------------------------------- informational
add(dict(
    key="datadog-newsletter", provider="Datadog", lang="en", fmt="html",
    label="informational", deadline=None, bland=False,
    frm="Datadog <news@datadoghq.com>", to=hl("datadog-admin"), accent="#632ca6",
    date="2026-09-10 15:30:00 +0000",
    headers={"List-Unsubscribe": "<https://www.datadoghq.com/email-preferences/?id=hl-55210>"},
    subject="The Monitor: what's new at Datadog this month",
    body="""The Monitor | September 2026

Hi there,

Here's a roundup of the latest features, guides and events from Datadog.

New features
- Cloud Cost Management now supports Oracle Cloud Infrastructure. Combine OCI, AWS, Azure and Google Cloud costs in a single view and allocate them by team or customer.
- Log Workspaces: query, join and visualize logs alongside data from other sources, then share the analysis as a notebook.
- Database Monitoring adds explain plan comparisons for PostgreSQL and MySQL, so you can see how a query plan changed after a deployment.
- Synthetic Monitoring: mobile app tests can now run on real devices in the Asia Pacific region.

From the blog
- How managed service providers use multi-organization accounts to monitor customer environments
- Best practices for tagging Kubernetes workloads for cost allocation
- Reducing alert fatigue with composite monitors

Upcoming events
- Datadog Summit Singapore, October 20, 2026
- Webinar: Getting started with Cloud SIEM, October 8, 2026 (APAC time zone session available)

Learning Center
Two new free courses are available: "Introduction to Observability Pipelines" and "Monitoring LLM applications".

Explore all updates: https://www.datadoghq.com/blog/

Happy monitoring,
The Datadog Team

You're receiving this email because you signed up for Datadog product updates. Update your email preferences or unsubscribe: https://www.datadoghq.com/email-preferences/
Datadog, Inc. | 620 8th Avenue, 45th Floor, New York, NY 10018"""))

add(dict(
    key="fastly-product-update", provider="Fastly", lang="en", fmt="alt",
    label="informational", deadline=None, bland=False,
    frm="Fastly <product-updates@fastly.com>", to=hl("cdn-admin"), accent="#ff282d",
    date="2026-09-14 17:05:27 +0000",
    headers={"List-Unsubscribe": "<https://www.fastly.com/email-preferences?u=hl-771>"},
    subject="New in Fastly: Tokyo and Osaka POP expansion, and image optimization presets",
    body="""Hi Harbourline team,

Here's what's new on the Fastly platform this month.

Network expansion in Japan
We've added capacity in Tokyo and opened a second point of presence in Osaka. Customers serving users in western Japan should see lower latency and higher cache hit ratios, with no configuration changes required.

Image Optimizer presets
You can now save common image transformation settings as named presets and apply them across services. Presets make it easier to keep image quality and format settings consistent, and they can be managed through the API and Terraform provider.

Compute: larger package sizes
The maximum package size for Fastly Compute has increased to 150 MB, giving you room for larger dependencies and language runtimes.

Observability
Real-time log streaming now supports Datadog, Google Cloud Logging and Amazon S3 with batched delivery, reducing the number of requests to your log endpoints.

Next-Gen WAF
New virtual patching rules were released for recently disclosed vulnerabilities in popular content management systems. Rules are enabled automatically for customers using recommended templates.

For details about each update, see our changelog: https://www.fastly.com/documentation/reference/changes/

As always, if you have questions, reach out to your account team or support@fastly.com.

The Fastly Team

You're receiving this email because you are a Fastly customer. Manage your email preferences: https://www.fastly.com/email-preferences
Fastly, Inc., 475 Brannan Street, Suite 300, San Francisco, CA 94107"""))

add(dict(
    key="vercel-changelog", provider="Vercel", lang="en", fmt="html",
    label="informational", deadline=None, bland=True,
    frm="Vercel <notifications@vercel.com>", to=hl("web-admin"), accent="#000000",
    date="2026-09-18 18:40:00 +0000",
    headers={"List-Unsubscribe": "<https://vercel.com/account/notifications>"},
    subject="What's new at Vercel",
    body="""Vercel Changelog - September 2026

Hi Harbourline,

Here are the latest updates to the Vercel platform.

Faster builds with persistent caching
Build caches are now shared across branches within a project, so preview deployments for new branches start with a warm cache. Teams on the Pro plan should see shorter build times with no configuration changes.

Rolling releases generally available
Rolling releases let you shift production traffic to a new deployment gradually, from 1% to 100%, and roll back with one click if error rates increase. Rolling releases are now available on all Pro and Enterprise plans.

New region: Osaka (kix1)
Vercel Functions can now run in Osaka, Japan. Select the region in your project settings under Functions.

Observability improvements
The Observability tab now shows cold start times and memory usage for each function, and you can set alerts on error rate thresholds.

Firewall
Custom rules can now match on JA4 fingerprints and request header patterns, and you can test rules in log-only mode before enforcing them.

Read the full changelog: https://vercel.com/changelog

- The Vercel Team

You're receiving this email because you're a member of the Harbourline team on Vercel. Manage notification preferences: https://vercel.com/account/notifications
Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723"""))

add(dict(
    key="netlify-news", provider="Netlify", lang="en", fmt="plain",
    label="informational", deadline=None, bland=True,
    frm="Netlify <team@netlify.com>", to=hl("web-admin"),
    date="2026-09-22 16:12:09 +0000",
    headers={"List-Unsubscribe": "<https://app.netlify.com/user/settings#email-notifications>"},
    subject="News from Netlify",
    body="""Hi there,

Here's a quick look at what shipped at Netlify over the last few weeks.

Deploy previews for every pull request, now faster
We rebuilt the infrastructure that runs deploy previews. Median time from push to live preview is down by about 30% for most frameworks.

Netlify DB beta expands
Netlify DB, our built-in Postgres database, is now available in beta to all teams. You can create a database from the CLI with one command and use it from functions and edge functions.

Edge Functions in more regions
Edge Functions now run in Singapore, Tokyo and Sydney for all plans, reducing latency for visitors in Asia Pacific.

Improved team audit log
The team audit log now records changes to environment variables, build settings and member roles, and can be exported as CSV.

Framework updates
We've added support for the latest releases of Astro, Next.js and SvelteKit, including adapters for new rendering modes.

Community
Join us for a live session on September 30, where our engineers will walk through migrating large sites to Netlify's new build system. Recordings of past sessions are on our YouTube channel.

Thanks for building on Netlify.

- The Netlify team

Netlify, Inc., 101 2nd Street, Suite 300, San Francisco, CA 94105
You're receiving this email because you have a Netlify account and opted in to product news. Unsubscribe or manage your email settings: https://app.netlify.com/user/settings#email-notifications"""))

add(dict(
    key="snowflake-world-tour", provider="Snowflake", lang="en", fmt="html",
    label="informational", deadline=None, bland=False,
    frm="Snowflake Events <events@snowflake.com>", to=hl("snowflake-admin"), accent="#29b5e8",
    date="2026-09-04 02:00:00 +0000",
    headers={"List-Unsubscribe": "<https://www.snowflake.com/email-preferences/?id=hl-3390>"},
    subject="You're invited: Snowflake World Tour Singapore, October 13",
    body="""Snowflake World Tour | Singapore

Hello,

Join us at Snowflake World Tour Singapore on Tuesday, October 13, 2026, at Marina Bay Sands Expo and Convention Centre.

World Tour brings the latest from our annual Summit to cities around the world. Spend a day with data and AI practitioners from across the region and learn how leading organizations are building with Snowflake.

What to expect
- Keynote: the latest innovations in the AI Data Cloud, including announcements from Snowflake Summit
- Customer stories from financial services, education and agriculture
- Hands-on labs on data engineering, Snowflake Cortex and Snowpark
- Partner showcase and networking reception

Who should attend
Data engineers, analysts, architects, data leaders and anyone interested in building data and AI applications.

Event details
Date: Tuesday, October 13, 2026
Time: 8:30 AM - 6:00 PM SGT
Location: Marina Bay Sands Expo and Convention Centre, Singapore
Cost: Free

Register now: https://www.snowflake.com/world-tour/singapore/

Can't make it in person? Sessions will be available on demand after the event.

We hope to see you there.

The Snowflake Events Team

Snowflake Inc., 106 East Babcock Street, Suite 3A, Bozeman, MT 59715
You are receiving this email because you have registered for Snowflake communications. Update your preferences or unsubscribe: https://www.snowflake.com/email-preferences/"""))

add(dict(
    key="cloudflare-monthly", provider="Cloudflare", lang="en", fmt="plain",
    label="informational", deadline=None, bland=True,
    frm="Cloudflare <noreply@notify.cloudflare.com>", to=hl("cloudflare-admin"), accent="#f38020",
    date="2026-09-01 02:00:33 +0000",
    subject="Your monthly report",
    body="""Cloudflare monthly summary for lumen-schools.example
August 1 - August 31, 2026

Hi,

Here's a summary of how Cloudflare protected and accelerated lumen-schools.example last month.

Traffic
- Total requests: 48.2 million (up 61% from July, reflecting the start of the school term)
- Unique visitors: 391,000
- Bandwidth served: 2.14 TB
- Percentage of requests served from cache: 78.4%

Security
- Threats mitigated: 1.9 million requests
- Top threat countries: United States, Netherlands, Singapore
- Top WAF rules triggered: SQL injection (managed rules), bot score below 10, rate limit on /login
- DDoS attacks mitigated: 2 (largest: 412,000 requests per second on August 22)

Performance
- Median time to first byte: 96 ms
- Top content types: HTML, JavaScript, images

Certificates
All edge certificates for this zone are active. No action is needed.

You can view more detail, including traffic by country and status code, in the Analytics and Security sections of your dashboard: https://dash.cloudflare.com/

Thanks for using Cloudflare.

The Cloudflare Team

You're receiving this monthly report because you are a member of the account for this zone. To stop receiving these reports, update your notification settings in the dashboard.
Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107 | Privacy Policy"""))

add(dict(
    key="github-privacy-update", provider="GitHub", lang="en", fmt="plain",
    label="informational", deadline=None, bland=False,
    frm="GitHub <noreply@github.com>", to=hl("github-admin"),
    date="2026-09-24 21:00:17 +0000",
    subject="Updates to our Privacy Statement and Terms of Service",
    body="""Hi there,

We're writing to let you know that we're updating the GitHub Privacy Statement and the GitHub Terms of Service. The updated documents will take effect on October 24, 2026.

What's changing?
- We've reorganized the Privacy Statement so it's easier to find information about the data we collect for each product, including GitHub Copilot and GitHub Codespaces.
- We've added more detail on how long we keep different types of data, and on how you can export or delete your data.
- We've updated the list of subprocessors and clarified international data transfer mechanisms.
- In the Terms of Service, we've clarified the rules for automated access to public content and updated the section on beta and preview features.

What do I need to do?
You don't need to take any action. By continuing to use GitHub after October 24, 2026, you agree to the updated terms. If your organization has a negotiated agreement with GitHub, such as an Enterprise Agreement, those terms continue to apply.

You can review the changes, including a side-by-side comparison with the current versions, in our site-policy repository: https://github.com/github/site-policy

If you have questions, please contact us through the GitHub Support portal.

Thanks,
The GitHub Team

You're receiving this email because you have a GitHub account. This is a required service announcement, so you can't unsubscribe from it.
GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107"""))

add(dict(
    key="azure-updates-digest", provider="Azure", lang="en", fmt="alt",
    label="informational", deadline=None, bland=False,
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to=hl("azure-admin"), accent="#0078d4",
    date="2026-09-30 16:00:00 +0000",
    headers={"List-Unsubscribe": "<https://aka.ms/azureupdates-unsubscribe>"},
    subject="Azure updates: your monthly summary",
    body="""Azure updates | September 2026

Here's a summary of Azure announcements from the past month that are relevant to the services you use.

Generally available
- Azure Kubernetes Service: node auto-provisioning is now generally available in all public regions.
- Azure SQL Database: the free offer now includes up to 10 serverless databases per subscription.
- Azure Monitor: new cost-optimized log tier for long-term retention of verbose logs.
- Azure Virtual Desktop: support for Windows 11 multi-session images with the latest feature update.

Public preview
- Azure Functions: Flex Consumption plan now available in Southeast Asia and Japan West.
- Microsoft Defender for Cloud: agentless vulnerability scanning for container images in Azure Container Registry.

Regions
- New availability zone support in Japan West.
- Additional capacity for GPU virtual machines in Southeast Asia.

Retirements you may want to know about
Retirement announcements are sent separately to subscription owners of affected resources. You can see all announced retirements in the Azure updates page and in Azure Advisor.

Read all updates: https://azure.microsoft.com/updates/

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
You're receiving this email because you subscribed to Azure update summaries. Unsubscribe: https://aka.ms/azureupdates-unsubscribe | Privacy Statement"""))
