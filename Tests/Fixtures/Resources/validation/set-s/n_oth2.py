from common import N

NOTICES = [
N("o21", ("MongoDB Atlas", "mongodb-atlas@mongodb.com"), "dev", "Information about your Atlas project",
  "2027-04-12 15:30:00 +0000", "action-required", "2027-05-24", foot="mongo", bland=True, body="""
Hello,

We're writing about clusters in your MongoDB Atlas organization "Kamome Cloud Works", project "hakone-guest-apps".

MongoDB Atlas is retiring the Shared cluster tiers (M2 and M5) and Serverless instances. These will be replaced by Atlas Flex clusters, which offer pay-as-you-go pricing with a monthly cap and the same features as the shared tiers.

Affected clusters:
- hakone-reviews (M5, AWS Tokyo)
- hakone-staff-chat (M2, AWS Tokyo)

You have until May 24, 2027 to migrate these clusters on your own schedule. You can migrate to a Flex cluster or to a dedicated cluster (M10 or larger) from the cluster's "Edit Configuration" page. Migration takes a few minutes and your connection string stays the same when you migrate to Flex.

After May 24, 2027, Atlas will automatically migrate any remaining M2 and M5 clusters to Flex clusters. Automatic migrations include a brief period (usually less than a minute) during which writes are unavailable, and we cannot schedule them around your traffic.

Billing: Flex clusters are billed based on operations per second, starting at $8 per month and capped at $30 per month. Based on current usage, we estimate your clusters will cost about $8 and $14 per month respectively after migration.

Migration guide: https://www.mongodb.com/docs/atlas/flex-migration/

If you have questions, contact MongoDB Support from the Atlas UI.

Sincerely,
The MongoDB Atlas Team
"""),

N("o22", ("Google Cloud", "CloudPlatform-noreply@google.com"), "sec", "GKE security bulletin GCP-2027-018",
  "2027-04-09 22:00:00 +0000", "security-advisory", "none", foot="gcp", body="""
Hello Google Cloud Customer,

You are receiving this security bulletin because you have Google Kubernetes Engine (GKE) clusters in one or more projects in your organization.

Bulletin ID: GCP-2027-018
Published: 2027-04-09
Severity: High
CVE: CVE-2027-22091

Description
A vulnerability was discovered in the Linux kernel's netfilter subsystem that could allow a local attacker with the ability to create user namespaces to escalate privileges to root on the node. In GKE, exploitation requires an attacker to run a workload on the node, and the vulnerability cannot be triggered from outside the cluster.

GKE Autopilot clusters and GKE Standard nodes using Container-Optimized OS with unprivileged user namespaces disabled (the default) are not affected.

Which clusters are affected?
GKE Standard node pools running Ubuntu node images at versions earlier than the patched versions listed in the bulletin, and Standard node pools where you have enabled unprivileged user namespaces.

What should I do?
We recommend that you upgrade affected node pools to a patched GKE version. If your clusters are enrolled in a release channel with auto-upgrade enabled, your nodes will be upgraded automatically during your maintenance window. There is no evidence that your clusters have been exploited.

Patched versions and further details: https://cloud.google.com/kubernetes-engine/security-bulletins

Sincerely,
The Google Kubernetes Engine Team
"""),

N("o23", ("Microsoft Azure", "azure-noreply@microsoft.com"), "sec", "Azure Service Health",
  "2027-04-16 20:30:00 +0000", "security-advisory", "none", foot="azure", ref="b41c7e09-3d22-4f8a-9a16-70e5c2d8f413",
  bland=True, body="""
Security advisory
Tracking ID: 3XK9-7TQ
Impacted services: Virtual Machines, Virtual Machine Scale Sets
Impacted regions: Japan East, Japan West

Summary of impact:
Microsoft is aware of a vulnerability (CVE-2027-24418) in older versions of the Azure Linux VM Agent (WALinuxAgent) that could allow a user with local access to a virtual machine to read the protected settings of VM extensions, which may contain secrets such as storage account keys or scripts passed to the Custom Script Extension.

Microsoft has released version 2.14.0.1 of the agent, which resolves the issue. Most virtual machines update the agent automatically. However, our records indicate that 7 virtual machines in your subscription run an older version because automatic agent updates are disabled (AutoUpdate.Enabled=n in waagent.conf).

There is no indication that this vulnerability has been exploited in your environment.

Recommended actions:
- Enable automatic updates of the Linux VM Agent, or update the agent manually using your distribution's package manager.
- If you pass secrets through extension protected settings, consider moving them to Azure Key Vault and referencing them from the extension.
- Review local user accounts on the affected virtual machines.

Virtual machines running an older agent version:
vm-track-ingest-01, vm-track-ingest-02, vm-track-ingest-03, vm-edi-01, vm-edi-02, vm-jump-01, vm-report-01

Stay informed about Azure service issues by creating custom service health alerts: https://aka.ms/ash-videos
"""),

N("o24", ("GitLab", "noreply@gitlab.com"), "dev", "GitLab Critical Patch Release: 19.10.2, 19.9.4, 19.8.6",
  "2027-04-21 23:30:00 +0000", "security-advisory", "none", foot="gitlab", body="""
Hello,

Today we are releasing versions 19.10.2, 19.9.4 and 19.8.6 for GitLab Community Edition (CE) and Enterprise Edition (EE).

These versions contain important bug and security fixes, and we strongly recommend that all self-managed GitLab installations be upgraded to one of these versions immediately. GitLab.com is already running the patched version. GitLab Dedicated customers do not need to take action.

Security fixes in this release:
- Critical: Account takeover via crafted SAML response in specific configurations (CVE-2027-11873, CVSS 9.1)
- High: Stored XSS in the merge request diff viewer (CVE-2027-11902)
- High: Runner registration token disclosure through the project import API (CVE-2027-12004)
- Medium: Denial of service via large markdown tables in issue descriptions (CVE-2027-12015)
- Medium: Guest users can read confidential issue titles through the GraphQL API (CVE-2027-12033)

Our records show that your subscription (customer ID 2847166, "Kamome Cloud Works") includes a self-managed instance. We have no information that your instance has been affected; we are sending this notice to all self-managed administrators.

Full release notes, including the details of each fix and upgrade instructions: https://about.gitlab.com/releases/categories/releases/

We also recommend subscribing to our security release RSS feed so that you receive these notices as soon as they are published.

Thank you,
The GitLab Security Team
"""),

N("o25", ("Cloudflare", "noreply@notify.cloudflare.com"), "sec", "Cloudflare security advisory: critical vulnerability in a popular web framework",
  "2027-04-26 09:00:00 +0000", "security-advisory", "none", foot="cf", kind="plain", body="""
Hi there,

A critical remote code execution vulnerability (CVE-2027-30117) was disclosed today in a widely used open source server-side rendering framework for JavaScript. An attacker can exploit it by sending a specially crafted request header to an application built with affected versions of the framework.

What Cloudflare has done
We have deployed a new rule to the Cloudflare Managed Ruleset that detects and blocks known exploitation attempts. The rule is enabled by default with the action "Block" for all zones on paid plans that have the Managed Ruleset turned on. A variant of the rule has also been added to the Free Managed Ruleset.

Your account
Your account "Kamome Cloud Works" has 14 zones. 11 of them have the Managed Ruleset enabled and are protected by the new rule. 3 zones do not have the Managed Ruleset enabled:
- elmstone-arch.example
- hakone-ryokan.example
- tidewater-claims.example

What we recommend
A WAF rule is a mitigation, not a fix. We recommend that you update any affected applications to a patched version of the framework as soon as possible, and that you enable the Managed Ruleset on the zones listed above. Traffic that does not pass through Cloudflare, for example requests sent directly to your origin IP address, is not protected by the rule.

We have no indication that your applications have been targeted.

Read more on the Cloudflare blog: https://blog.cloudflare.com/

The Cloudflare Team
"""),

N("o26", ("Hetzner Online", "info@hetzner.com"), "noc", "Maintenance information",
  "2027-04-13 10:00:00 +0200", "maintenance", "2027-05-04", foot="hetzner", bland=True, body="""
Dear Client,

We will be carrying out maintenance work on the network infrastructure in our data center park Helsinki (HEL1) in order to further improve our services.

Start: 4 May 2027, 01:00 AM CEST
End: 4 May 2027, 05:00 AM CEST

Affected: Network uplinks of the following servers
- #2219844 (AX52) 198.51.100.140
- #2219845 (AX52) 198.51.100.141
- Cloud servers in HEL1-DC2 (project "tidewater-eu")

During the maintenance work, we will be replacing aggregation switches. This will result in short interruptions of network connectivity for the affected servers, each lasting up to 15 minutes. Your servers will not be restarted.

We apologize for any inconvenience this may cause. We will do our utmost to keep the interruption as short as possible.

You can find more information about the maintenance work and its current status on our status page:
https://status.hetzner.com/

Thank you for your understanding.
"""),

N("o27", ("Linode", "support@linode.com"), "noc", "Notice", "2027-04-07 21:00:00 +0000",
  "maintenance", "2027-04-17", foot="linode", bland=True, body="""
Hello,

This is a courtesy notification that we will be performing scheduled maintenance on the physical host for the following Linode. This maintenance is required to apply important updates to the host's firmware and hypervisor.

Linode: suzuran-vpn-01 (ID 61128834)
Data center: Tokyo 2, JP (ap-northeast)
Maintenance type: Reboot
Maintenance window: 2027-04-17 16:00 UTC to 2027-04-17 20:00 UTC

During this window, your Linode will be gracefully shut down, the host will be updated, and your Linode will be booted again. We expect the total downtime to be about 30 minutes. Your disks, configuration profiles and IP addresses will not change.

If you prefer, you can reboot your Linode at a time that suits you before the start of the window from the Cloud Manager. Rebooting before the window moves your Linode onto an already updated host, and it will no longer be affected by this maintenance.

To be notified when maintenance begins and ends, make sure event notifications are enabled in your Account Settings. You can also follow updates for this maintenance on our status page at https://status.linode.com/.

We appreciate your patience and understanding. If you have any questions, please open a support ticket from the Cloud Manager.

Regards,
Akamai Cloud Computing Support
"""),

N("o28", ("OVHcloud", "noreply@ovh.com"), "noc", "Planned intervention on your dedicated server ns3194772.ip-203-0-113.example",
  "2027-04-23 08:00:00 +0200", "maintenance", "2027-05-11", foot="ovh", body="""
Hello,

As part of our continuous improvement of our infrastructure, a planned intervention will take place on the infrastructure hosting your dedicated server.

Service: ns3194772.ip-203-0-113.example
Data centre: GRA (Gravelines, France)
Intervention reference: INT-GRA-2027-0511-04
Scheduled date: 11 May 2027, between 06:00 and 09:00 (Paris time)
Expected impact: server unavailable for up to 90 minutes

Details of the intervention:
Our technicians will replace the power distribution units in the rack containing your server. To do this safely, your server will be powered off and then restarted by our teams once the work is complete. No changes will be made to your disks or your operating system.

Recommendations:
- Make sure that your services start automatically when the server boots.
- If your server is part of a cluster, make sure another node can take over during the intervention.
- Back up your data before the intervention, as a precaution.

We will send you a notification when the intervention has been completed. You can follow the progress in the "Travaux" section of our status portal, and you can see all your scheduled interventions in the OVHcloud Control Panel.

Kind regards,
OVHcloud Customer Support
"""),

N("o29", ("The Google Workspace Team", "workspace-noreply@google.com"), "bill",
  "Upcoming changes to your Google Workspace pricing",
  "2027-04-01 19:00:00 +0000", "pricing", "2027-06-01", foot="gws",
  wrap="fwd", fwd=dict(frm=("Yuki Matsuda", "y.matsuda@kamome-cw.example"),
                       date="2027-04-02 11:31:00 +0900",
                       note="""Billing team,

Forwarding the Workspace price notice for Elmstone. Their renewal is in June, so the new price applies from then. Please update the quote we send them next week and let account management know.

Yuki"""),
  body="""
Hello Google Workspace Administrator,

We're writing to let you know about upcoming changes to the price of your Google Workspace subscription.

Organization: elmstone-arch.example
Edition: Business Standard (Annual/Fixed-Term Plan)
Licenses: 48
Current renewal date: June 1, 2027

What's changing
Over the past years we have added many new capabilities to Google Workspace, including AI features across Gmail, Docs, Sheets and Meet, enhanced security controls and improved data protection tools. To reflect this value, we're updating the list price of Business Standard from $14.00 to $15.60 per user per month on the Annual Plan.

When it takes effect
For your organization, the new price applies from your next renewal on June 1, 2027. Until then, you'll continue to pay your current price.

What you need to do
No action is required. Your subscription will renew at the new price. If you would like to review your plan, change the number of licenses, or switch to a different edition, you can do so in the Admin console before your renewal date.

Estimated annual cost after renewal: $8,985.60 (before taxes), compared with $8,064.00 today.

Admin console billing: https://admin.google.com/ac/billing/subscriptions
Pricing information: https://workspace.google.com/pricing

Thank you for choosing Google Workspace.

- The Google Workspace Team
"""),

N("o30", ("DigitalOcean", "noreply@digitalocean.com"), "bill", "Changes to bandwidth pricing for Droplets",
  "2027-04-19 16:00:00 +0000", "pricing", "2027-07-01", foot="do", body="""
Hi there,

We're writing to let you know about a change to how outbound data transfer (bandwidth) is priced for Droplets, effective July 1, 2027.

What's changing
- The included bandwidth allowance for each Droplet stays the same, and allowances continue to be pooled across your account.
- Overage for outbound transfer beyond your pooled allowance will change from $0.01 per GiB to $0.012 per GiB in all regions except SYD1 and BLR1.
- In SYD1 and BLR1, overage will change to $0.02 per GiB, reflecting the higher cost of transit in these regions.
- Inbound data transfer remains free.

Your usage
Over the last three months, your team "Kamome Cloud Works" used an average of 6,420 GiB of overage per month. At the new rates, this would add about $12.84 per month to your bill.

When does this apply?
The new rates apply to usage from July 1, 2027. Your June invoice will be calculated with the current rates.

Do I need to do anything?
No. If you would like to reduce your overage, you can review bandwidth graphs for each Droplet in the control panel, use the Spaces CDN for static files, or resize Droplets to plans with a larger allowance.

Bandwidth billing documentation: https://docs.digitalocean.com/platform/billing/bandwidth/

Thanks for building with DigitalOcean.

The DigitalOcean Team
"""),

N("o31", ("Microsoft Azure", "azure-noreply@microsoft.com"), "bill", "Your invoice",
  "2027-04-09 07:00:00 +0000", "billing", "none", foot="azure", ref="b41c7e09-3d22-4f8a-9a16-70e5c2d8f413",
  bland=True, body="""
Your Azure invoice is ready

Billing account: Kamome Cloud Works K.K.
Billing profile: Kamome-CW-Customers
Invoice ID: G118204731
Invoice date: April 9, 2027
Billing period: March 9, 2027 - April 8, 2027
Amount due: JPY 1,284,660
Due date: Upon receipt (paid automatically)
Payment method: Credit card ending in 7731

Summary by subscription:
- Kamome-CW-Tidewater-Prod: JPY 842,210
- Kamome-CW-Elmstone-Prod: JPY 301,850
- Kamome-CW-Shared-Services: JPY 140,600

Your payment method will be charged automatically. You don't need to do anything.

To view the detailed charges, download the invoice PDF or the usage details file from the Cost Management + Billing page in the Azure portal. Invoices for this billing profile are also sent to the following recipients: billing@kamome-cw.example.

View your invoice: https://portal.azure.com/#view/Microsoft_Azure_CostManagement/Menu/~/invoices

Want to understand your charges? Use Cost analysis to break down your costs by service, resource group or tag, and set budgets to receive alerts before you exceed your plan.

Thank you for using Microsoft Azure.
"""),

N("o32", ("Alibaba Cloud", "no-reply@alibabacloud.com"), "bill", "[Alibaba Cloud] Overdue payment reminder for account 5128****4407",
  "2027-04-25 01:00:00 +0000", "billing", "2027-04-30", foot="ali", body="""
Dear Alibaba Cloud user,

Your Alibaba Cloud account (5128****4407, hakone-ryokan-intl) has an overdue payment.

Account balance: -USD 318.46
Overdue since: April 24, 2027

Your pay-as-you-go resources are still running, but to avoid interruption, please top up your account so that the balance is positive by April 30, 2027.

Resources that will be affected:
- ECS instance i-6we2k8c1y5x0hj3m (Singapore, ap-southeast-1)
- ApsaraDB RDS instance rm-t4n90k3e2l8p6 (Singapore)
- OSS bucket hakone-intl-media (Singapore)
- CDN domain media.hakone-ryokan.example

If the overdue amount has not been paid by April 30, 2027, pay-as-you-go resources will be stopped. If payment is not received within 15 days after resources are stopped, the resources and data will be released and cannot be recovered.

To top up your account, log on to the Alibaba Cloud console and go to Expenses and Costs > Account Overview > Top Up. You can pay by credit card or PayPal. If you have set up a default payment method, you can enable automatic payment for pay-as-you-go bills.

Top up now: https://usercenter2-intl.alibabacloud.com/billing/

If you have already made the payment, please ignore this message.

Alibaba Cloud
"""),

N("o33", ("Google Cloud", "googlecloud-noreply@google.com"), "cloud", "Google Cloud update",
  "2027-04-28 17:00:00 +0000", "informational", "none", foot="gcp", bland=True, body="""
Google Cloud Next '27 highlights

Hi there,

Thank you to everyone who joined us at Google Cloud Next '27 in Las Vegas and online. Here is a quick round-up of what we announced.

Infrastructure
- New C5 and M5 machine series based on the latest processors, with up to 40% better price-performance for general-purpose workloads.
- Cross-Cloud Network adds managed private connectivity to other clouds in Tokyo and Osaka.

Data and AI
- BigQuery now supports continuous queries on streams from Pub/Sub and Kafka without additional services.
- Gemini in Looker can now build explores from natural language questions.
- Vertex AI adds evaluation pipelines for agents, with built-in safety metrics.

Security
- Security Command Center Enterprise adds posture checks for multi-cloud environments.
- Key Access Justifications is now available for Cloud Storage in all regions.

Partners
- A new Managed Service Provider specialization track, with training credits for certified engineers.

Catch up on sessions
All keynotes and breakout sessions are available on demand. Watch them at https://cloud.google.com/next

We hope to see you at a Google Cloud Summit near you later this year.

The Google Cloud Team

You have received this email because you have a Google Cloud account. To stop receiving these marketing emails, unsubscribe at https://cloud.google.com/communications/unsubscribe
"""),

N("o34", ("Microsoft 365 Message center", "o365mc@microsoft.com"), "cloud", "Weekly digest: Microsoft service updates",
  "2027-04-19 04:00:00 +0000", "informational", "none", foot="m365", kind="html", body="""
Weekly digest: Microsoft service updates
Organization: Kamome Cloud Works
Week of April 12 - April 18, 2027

Here are the new and updated messages in your Message center this week.

Plan for change
- MC1044102 Microsoft Teams: New layout for the meeting chat pane (rolling out from late May)
- MC1044317 SharePoint Online: Version history limits on by default for new libraries

Stay informed
- MC1043980 Microsoft Purview: Data Loss Prevention alerts now include file previews
- MC1044055 Outlook for Windows: Improved search filters for shared mailboxes
- MC1044219 Microsoft Entra: Updated sign-in experience for passkeys on Android
- MC1044260 Microsoft 365 admin center: New usage report for Copilot agents

Updated messages
- MC1039918 (Updated) Exchange Online: New rollout timeline for message recall improvements

Major updates this week: 1
Messages requiring admin action: 0

To view all messages and filter them by service, visit the Message center in the Microsoft 365 admin center: https://admin.microsoft.com/Adminportal/Home#/MessageCenter

You can change how often you receive this digest, which services it covers, and who receives it in Message center preferences.

This message was sent from an unmonitored email address. Please do not reply.
"""),

N("o35", ("Fastly", "product-updates@fastly.com"), "cloud", "Fastly update",
  "2027-04-15 16:00:00 +0000", "informational", "none", foot="fastly", bland=True, body="""
Fastly Product Update | April 2027

Hello,

Here's what's new across the Fastly platform this month.

Compute
- Compute services can now use up to 512 MB of memory per request, and the new Fastly CLI 13 includes a local testing server that supports KV Store and Config Store.
- Rust and JavaScript SDKs add support for streaming responses from backend requests with automatic compression.

Delivery
- HTTP/3 is now enabled by default for new services.
- Edge rate limiting adds client reputation signals at no extra cost.

Security
- Next-Gen WAF adds new virtual patches for recently disclosed vulnerabilities in popular frameworks and content management systems.
- Bot Management now classifies AI crawlers separately so you can choose how to handle them.

Observability
- Real-time log streaming adds a native endpoint for OpenTelemetry collectors.
- The Observability dashboard now shows origin latency per backend.

Upcoming webinar
"Moving your VCL to Compute: lessons from the field" - May 13, 2027, 9:00 AM PT. Register from the Fastly website.

Read the full changelog: https://www.fastly.com/documentation/reference/changes/

Thanks for building with Fastly,
The Fastly Team

You're receiving this email because you're a user of a Fastly account. Unsubscribe from product updates in your account's notification settings.
"""),

N("o36", ("Netlify", "team@netlify.com"), "dev", "Netlify Monthly: April 2027",
  "2027-04-08 15:00:00 +0000", "informational", "none", foot="netlify", body="""
Netlify Monthly | April 2027

Hi there,

Welcome to this month's round-up of what's new on Netlify.

New this month
- Deploy previews now support per-branch environment variables, so you can point preview builds at staging APIs without extra configuration.
- Netlify Functions can run up to 30 seconds on all paid plans, and background functions now support scheduled retries.
- Image CDN adds AVIF output and automatic format negotiation.
- The Netlify CLI can now link local projects to a site by reading the Git remote.

Framework support
- Astro 6 and Next.js 16 are fully supported, including server islands and partial prerendering.

From the community
- How an architecture studio publishes 3D project previews to the web with Netlify and WebGL.
- A guide to using content security policy headers with Edge Functions.

Events
Join our live stream "Composable web architecture in practice" on May 5 at 9 AM PT. A recording will be available afterwards.

Read more on the Netlify blog: https://www.netlify.com/blog/
Docs: https://docs.netlify.com/

Happy building,
The Netlify Team
"""),

N("o37", ("Atlassian", "noreply@am.atlassian.com"), "dev", "Your monthly update",
  "2027-04-06 13:00:00 +0000", "informational", "none", foot="atl", bland=True, body="""
What's new in Atlassian Cloud | April 2027

Hi Kamome Cloud Works admin,

Here's a summary of the product updates that rolled out to your sites (kamome-cw.atlassian.net) this month.

Jira
- Timeline view now supports dependencies between issues in different projects.
- Automation adds a new trigger for SLA breaches in service projects.
- Bulk edit now supports up to 10,000 work items at a time.

Confluence
- Whiteboards can be converted into pages with one click.
- Live docs now show who is editing each section in real time.
- Page analytics are available on the Standard plan.

Jira Service Management
- Customer portal pages can be translated automatically into 20 languages.
- Incident timeline now imports alerts from Datadog and Azure Monitor.

Administration
- User access reviews can be scheduled every quarter with automatic reminders.
- Audit log exports now include IP address information for API calls.

No action is needed from you. Most features are already available on your sites, and the rest will roll out over the coming weeks.

See the full list of changes: https://www.atlassian.com/software/jira/whats-new

Thanks,
The Atlassian team

To stop receiving product update summaries, change your email preferences at https://id.atlassian.com/manage-profile/email
"""),

N("o38", ("GitHub", "noreply@github.com"), "dev", "GitHub Changelog: what shipped in April",
  "2027-04-30 18:00:00 +0000", "informational", "none", foot="github", body="""
Hi @kamome-cw,

Here are some of the updates we shipped in April that are relevant to organizations on GitHub Enterprise Cloud.

GitHub Actions
- Larger runners with Arm64 processors are now generally available for Linux.
- Workflow run logs can be streamed to an external storage account in real time.
- Immutable actions: new option to require that third-party actions are pinned to a full commit SHA.

Security
- Secret scanning adds validity checks for 40 additional token types.
- Code scanning autofix now supports Go and Kotlin.
- Security campaigns can be scheduled with due dates and assigned to teams.

Copilot
- Copilot code review can be enabled automatically on all pull requests in selected repositories.
- Organization admins can set custom instructions for Copilot across the organization.

Administration
- Enterprise owners can now export an audit of repository visibility changes.
- New usage reports for Actions and Packages by cost center.

Read more about each update on the GitHub Changelog: https://github.blog/changelog/

Happy shipping,
The GitHub Team

You can unsubscribe from product update emails in your notification settings: https://github.com/settings/notifications
"""),

N("o39", ("Oracle Cloud Infrastructure", "oracle-cloud_ww@oracle.com"), "cloud", "Oracle Cloud Infrastructure Update",
  "2027-04-20 15:00:00 +0000", "informational", "none", foot="oracle", bland=True, body="""
Oracle Cloud Infrastructure Monthly Update
April 2027

Dear Customer,

Welcome to the April edition of the OCI Update, with the latest news about services in your tenancy "kamomecw".

New regions and availability
- OCI Japan West (Osaka) now supports Autonomous Database on dedicated Exadata infrastructure.
- The Ampere A2 shape is now available in Tokyo and Osaka.

Service highlights
- OCI Object Storage adds automatic tiering for buckets with more than 1 million objects.
- OCI Logging Analytics introduces pre-built dashboards for Kubernetes audit logs.
- Database Management adds fleet-wide SQL performance reports for MySQL HeatWave.
- OCI Generative AI adds new models for summarization and embeddings in Japanese.

Learning and events
- Oracle CloudWorld Tour Tokyo will take place on June 9, 2027.
- New free OCI Foundations course and exam in Japanese.

Tips for your tenancy
Use Cloud Advisor to find idle compute instances and unattached block volumes. Recommendations are refreshed daily and can be exported to a CSV file.

For more news, visit the OCI blog: https://blogs.oracle.com/cloud-infrastructure/

Thank you for choosing Oracle Cloud Infrastructure.
"""),

N("o40", ("Vercel", "notifications@vercel.com"), "dev", "What's new at Vercel",
  "2027-04-13 16:00:00 +0000", "informational", "none", foot="vercel", bland=True, body="""
Hi Kamome Cloud Works team,

Here's a look at what we shipped recently.

Fluid compute for everyone
Fluid compute is now the default for all new projects. Functions can handle multiple requests in the same instance, reducing cold starts and cost for I/O-bound workloads such as calls to databases and AI models.

Rolling releases
You can now roll out a new production deployment gradually, starting with a small percentage of traffic and promoting it when your metrics look healthy. Rolling releases are available on Pro and Enterprise plans.

Observability Plus
Query your request logs with filters and group-bys, and save queries as dashboards. Retention for Observability Plus is now 30 days.

Firewall updates
The Vercel Firewall adds managed rulesets for common attack patterns and a new "challenge" action for suspicious bots.

Improved build cache
Builds for monorepos can now reuse the cache across projects that share dependencies, making builds up to 40% faster.

Regional pricing reminder
There are no changes to the pricing of your current plan.

Explore all updates in the changelog: https://vercel.com/changelog

Thanks for building on Vercel.

- The Vercel Team
"""),
]
