# Other providers, English: maintenance, pricing, billing, informational (r064-r084)

AZURE = ("Microsoft Azure", "azure-noreply@microsoft.com")

AZURE_FOOTER = """Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"""

NOTICES = [
dict(
    id="r064", provider="Azure", label="maintenance", deadline="2026-09-08", bland=True,
    date="2026-08-24 10:21:17 +0000", sender=AZURE, to="azure-admin@northgate-mc.example",
    subject="Azure Service Health alert",
    lang="en", fmt="plain",
    body="""Azure Service Health

Planned maintenance

Tracking ID: 7QM3-HT8
Service: Virtual Machines
Region: Australia East
Subscription: Westmark Legal - Production (b2e7f4a1-0c93-4d5e-8a61-3f2d9c7b0e15)

Maintenance window:
Start: 2026-09-08 12:00 UTC (10:00 PM AEST)
End: 2026-09-09 00:00 UTC (10:00 AM AEST)

What is happening

Microsoft will perform planned maintenance on the host infrastructure that runs some of your virtual machines in Australia East. The update improves the reliability and security of the hosts.

Expected impact

Most virtual machines will experience a pause of up to 30 seconds while the host is updated, and memory contents are preserved. A small number of virtual machines that cannot be updated with memory preserved will be rebooted, resulting in several minutes of downtime. Virtual machines in availability sets or availability zones will be updated one update domain or zone at a time.

Impacted resources:
wml-app-vm01, wml-app-vm02 (availability set wml-app-as)
wml-dms-vm01

Recommended action

No action is required. If your workloads are sensitive to a pause, you can use Scheduled Events to be notified inside the VM shortly before maintenance starts, or use maintenance configurations to control when updates are applied to dedicated hosts and isolated VM sizes.

To stay informed, view this event in Azure Service Health: https://app.azure.com/h/7QM3-HT8

You're receiving this email because you set up a Service Health alert for this subscription. To change your alert settings, go to Service Health > Health alerts.

""" + AZURE_FOOTER,
),
dict(
    id="r065", provider="Hetzner", label="maintenance", deadline="2026-08-26",
    date="2026-08-12 14:30:06 +0200", sender=("Hetzner Online GmbH", "info@hetzner.com"),
    to="hosting@northgate-mc.example",
    subject="Maintenance work at FSN1-DC14 (core router)",
    lang="en", fmt="plain",
    body="""Dear Client,

We would like to inform you about planned maintenance work in our data center park Falkenstein, which affects one or more of your servers.

Type: Network maintenance
Location: FSN1-DC14
Start: 2026-08-26 02:00 CEST (2026-08-26 00:00 UTC)
End: 2026-08-26 05:00 CEST (2026-08-26 03:00 UTC)

Affected servers:
#2318840 (EX44, 203.0.113.140, "ngmc-monitor-fsn")
#2319112 (AX52, 203.0.113.152, "ngmc-backup-fsn")

Description:
As part of the ongoing expansion of our network, we will replace a core router in FSN1-DC14 with new hardware. During the maintenance window, we expect several short interruptions of network connectivity, each lasting no longer than 10 minutes. Your servers will not be restarted and will continue to run during the work.

We will carry out the work as quickly as possible and will do our utmost to keep the interruption to a minimum. You do not need to do anything. If you operate services that are sensitive to brief network outages, we recommend that you plan accordingly.

You can see the current status of this maintenance at any time at: https://status.hetzner.com

We apologize for any inconvenience and thank you for your understanding.

Kind regards

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
www.hetzner.com

Register Court: Registergericht Ansbach, HRB 6089
Managing Director: Martin Hetzner, Stephan Konvickova, Gunther Hetzner

To unsubscribe from maintenance notifications for your servers, change your notification settings in Robot. We recommend that you stay subscribed.
""",
),
dict(
    id="r066", provider="OVHcloud", label="maintenance", deadline="2026-08-31", bland=True,
    date="2026-08-17 18:02:44 +0200", sender=("OVHcloud", "noreply@ovh.com"),
    to="hosting@northgate-mc.example",
    subject="Scheduled intervention",
    lang="en", fmt="plain",
    body="""Hello,

As part of the continuous improvement of our infrastructure, our teams will carry out an intervention that affects one or more of your services.

Your customer ID: ng48102-ovh
Service concerned: Public Cloud project "northgate-dr" (Region: SYD1)
Instances concerned:
- westmark-dr-db (b3-16), ID 5e1f7c02-94ad-4b3e-8c60-2d9a17f3e845
- westmark-dr-files (b3-8), ID 09c4a8d1-3e67-4f25-b1d0-7a52e6c93f18

Date and time of the intervention:
From 2026-08-31 22:00 (Paris time, UTC+2) to 2026-09-01 02:00 (Paris time, UTC+2)

Nature of the intervention:
Update of the hypervisors hosting your instances. During the intervention, your instances will be live-migrated to another host. In most cases this has no visible impact. However, a short loss of network connectivity (less than one minute) may occur during the migration. If a live migration is not possible, the instance will be restarted on a new host.

What we recommend:
We recommend that you make sure that your services restart automatically after a reboot and that you have an up-to-date backup of your data. You do not need to take any other action.

You can follow the progress of this intervention on our status page: https://public-cloud.status-ovhcloud.com/

If you have any questions, our support teams are available from your Control Panel.

Kind regards,
The OVHcloud Team

OVH SAS, 2 rue Kellermann, 59100 Roubaix, France. This email has been sent to you automatically; please do not reply.
""",
),
dict(
    id="r067", provider="Akamai (Linode)", label="maintenance", deadline="2026-08-29", bland=True,
    date="2026-08-15 20:48:31 +0000", sender=("Akamai Cloud", "support@linode.com"),
    to="hosting@northgate-mc.example",
    subject="Important notice regarding your Linode",
    lang="en", fmt="plain",
    body="""Hello,

Our team has scheduled a migration of your Linode, coral-ugc-proc (58213390), in our Sydney, AU data center, to a new host as part of an infrastructure upgrade. This maintenance will move your Linode to newer hardware, which should result in improved performance and reliability.

Scheduled maintenance window:
Start: 2026-08-29 03:00 UTC
Estimated duration: up to 2 hours

During the migration your Linode will be shut down, migrated and then booted back up (if it was running when the migration began). The downtime is usually much shorter than the full window and depends on the size of your disks. Your IP addresses, disks and configuration profiles will not change.

If you would prefer to do this migration at a time that is more convenient for you, you can initiate it early from the Cloud Manager. A banner on your Linode's detail page will show the migration option. The migration will take place immediately when you start it.

If you have any questions or concerns, please open a support ticket or reply to this message. You can also check the status of our services at https://status.linode.com.

Thank you,

Akamai Cloud Support
Akamai Technologies, Inc., 145 Broadway, Cambridge, MA 02142

You are receiving this email because it contains important information about your Akamai Cloud account. You cannot unsubscribe from service notifications.
""",
),
dict(
    id="r068", provider="MongoDB Atlas", label="maintenance", deadline="2026-08-19",
    date="2026-08-16 05:04:19 +0000", sender=("MongoDB Atlas", "mongodb-atlas-alerts@mongodb.com"),
    to="cloud-ops@northgate-mc.example",
    subject="Atlas: scheduled maintenance for project Coral-Bookings",
    lang="en", fmt="plain",
    body="""Hello,

Maintenance is scheduled for the clusters in your MongoDB Atlas project Coral-Bookings. Maintenance will begin during your project's preferred maintenance window:

Organization: Northgate Managed Cloud
Project: Coral-Bookings
Clusters: coral-bookings-prod (M30, AWS ap-southeast-2), coral-bookings-stg (M10, AWS ap-southeast-2)

Maintenance start: Wednesday, August 19, 2026, 03:00 AEST (Tuesday, August 18, 2026, 17:00 UTC)

This maintenance applies a MongoDB patch release (8.0.13) and operating system security updates. Atlas performs maintenance in a rolling manner, one node at a time. Each replica set will have at least one election during maintenance, which may cause a few seconds of write unavailability. Applications that use retryable writes and a current driver normally do not see errors.

What you can do:

- Defer maintenance. You can defer this maintenance by one week, up to two times, from the Project Settings page in the Atlas UI.
- Begin maintenance now. You can start maintenance immediately if you prefer.
- Test your application's behaviour during an election ahead of time using the Test Resilience feature.

If you do nothing, maintenance will start automatically at the time shown above.

To view your maintenance window settings, visit: https://cloud.mongodb.com/v2#/org/settings/maintenance

Thank you,
The MongoDB Atlas Team

MongoDB, Inc., 1633 Broadway, 38th Floor, New York, NY 10019
You are receiving this email because you are a Project Owner of Coral-Bookings. Manage alert settings in Atlas.
""",
),
dict(
    id="r069", provider="Google Workspace", label="pricing", deadline="2026-10-17",
    date="2026-08-17 16:00:00 +0000", sender=("Google Workspace", "workspace-noreply@google.com"),
    to="workspace-admin@northgate-mc.example",
    subject="Changes to Google Workspace pricing for your organization",
    lang="en", fmt="html", brand="Google Workspace", accent="#1a73e8",
    preheader="Business Standard and Business Plus prices are changing for Flexible Plan customers.",
    body="""Hello Administrator,

We're writing to let you know about upcoming price changes for your Google Workspace subscription for sakae-print.example (Customer ID: C03k8v2qp).

Over the past year, we've added new capabilities to Google Workspace, including Gemini in Gmail, Docs, Sheets and Meet, improved data protection controls and new meeting features. To reflect the value of these additions, we're updating the prices of some Google Workspace editions.

What's changing

Starting October 17, 2026, the price for Flexible Plan subscriptions will change as follows (prices in JPY, per user per month, excluding tax):

- Business Starter: from JPY 950 to JPY 1,020
- Business Standard: from JPY 1,900 to JPY 2,040
- Business Plus: from JPY 3,000 to JPY 3,220

Your subscription: Business Standard, Flexible Plan, 64 licenses. Your estimated monthly charge will change from JPY 121,600 to JPY 130,560 before tax.

If you're on an Annual/Fixed-Term Plan, your price will not change until your next renewal after October 17, 2026.

What you need to know

No action is required. The new price will be applied automatically to your bill for the period starting October 17, 2026. If you'd like to lock in the current price for a year, you can switch to an Annual/Fixed-Term Plan in the Admin console before that date.

Learn more about the pricing change: https://support.google.com/a/answer/pricing-update-2026

Manage billing in the Admin console: https://admin.google.com/ac/billing

Thank you for choosing Google Workspace.

The Google Workspace Team

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this mandatory service announcement to update you about important changes to your Google Workspace account.
""",
),
dict(
    id="r070", provider="Microsoft 365", label="pricing", deadline="2026-11-01", bland=True,
    date="2026-08-03 22:17:40 +0000", sender=("Microsoft 365", "microsoft365@email.microsoft.com"),
    to="m365-billing@northgate-mc.example",
    subject="Important information about your subscription",
    lang="en", fmt="alt", brand="Microsoft 365", accent="#0f6cbd",
    preheader="Upcoming change to prices for monthly billing plans.",
    body="""Hello,

We're contacting you about an upcoming change to the price of Microsoft 365 subscriptions that are billed monthly.

What's changing

Beginning November 1, 2026, annual-term subscriptions for Microsoft 365, Office 365, Dynamics 365 and Power Platform that are paid monthly will be priced 5% higher than the same subscriptions paid annually upfront. Prices for subscriptions paid annually in advance and for monthly-term subscriptions are not changing.

How this affects you

Your organization, Westmark Legal (westmarklegal.example), has the following subscriptions with an annual term and monthly billing:

- Microsoft 365 Business Premium: 86 licenses, renewal date February 14, 2027
- Microsoft 365 E5 Security: 86 licenses, renewal date February 14, 2027
- Exchange Online (Plan 1): 12 licenses, renewal date May 3, 2027

The new price applies to these subscriptions from the first renewal or new purchase on or after November 1, 2026. Your current charges will not change before your next renewal.

What you can do

If you prefer to keep the current price, you can change the billing frequency of these subscriptions to annual payment at renewal in the Microsoft 365 admin center under Billing > Your products. No other action is needed.

Learn more about this change: https://learn.microsoft.com/partner-center/announcements/

Thank you for choosing Microsoft 365.

This is a mandatory service communication. To set your contact preferences for other communications, visit the Promotional Communications Manager.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""",
),
dict(
    id="r071", provider="Datadog", label="pricing", deadline="2026-10-01",
    date="2026-08-25 13:35:21 +0000", sender=("Datadog", "billing-notifications@datadoghq.com"),
    to="monitoring@northgate-mc.example",
    subject="Upcoming changes to Datadog pricing for custom metrics and Log Management",
    lang="en", fmt="alt", brand="DATADOG", accent="#632ca6",
    preheader="New list prices take effect on October 1, 2026.",
    body="""Hi Northgate Managed Cloud team,

We're writing to let you know about changes to the list prices of some Datadog products. These changes apply to on-demand usage and to new or renewed commitments.

Effective October 1, 2026:

- Custom metrics: on-demand price for metrics above your allotment changes from $5.00 to $5.50 per 100 custom metrics per month.
- Log Management ingestion: changes from $0.10 to $0.12 per ingested GB.
- Log Management indexing (15-day retention): changes from $1.70 to $1.80 per million log events.
- Flex Logs storage and Infrastructure Monitoring prices are not changing.

How this affects your account

Your organization (Org ID 918273, US5 site) has an annual commitment that runs until March 31, 2027. Your committed prices will stay the same until then. The new prices will apply to usage above your commitment from October 1, 2026, and to your commitment when it renews.

Over the last three months, your organization's on-demand usage above commitment averaged 4,200 custom metrics and 310 GB of log ingestion per month, which would add about $31 per month at the new prices.

Ways to manage your costs

- Use Metrics without Limits to control which tag combinations are indexed.
- Set exclusion filters and daily quotas on your log indexes.
- Review the Usage and Cost pages for a breakdown by product.

Read the full announcement: https://www.datadoghq.com/pricing/

If you have questions, please contact your Customer Success Manager or reply to this email.

Thanks,
The Datadog Team

Datadog, Inc. | 620 8th Ave, 45th Floor | New York, NY 10018
""",
),
dict(
    id="r072", provider="Vercel", label="pricing", deadline="2026-09-01",
    date="2026-08-06 17:45:00 +0000", sender=("Vercel", "notifications@vercel.com"),
    to="web-admin@northgate-mc.example",
    subject="Changes to Vercel Pro pricing",
    lang="en", fmt="html", brand="Vercel", accent="#000000",
    preheader="Updated usage pricing for Pro teams from September 1, 2026.",
    body="""Hi northgate-web,

We're updating how usage is priced on the Pro plan. These changes take effect for all Pro teams on September 1, 2026.

What's changing

- Fast Data Transfer: included usage stays at 1 TB per month. Additional usage will be priced by region, from $0.15 per GB in North America and Europe and $0.22 per GB in Asia Pacific, replacing the single rate of $0.15 per GB.
- Function duration: Fluid compute active CPU will be billed at $0.128 per hour, and provisioned memory at $0.0106 per GB-hour, replacing GB-hours of duration.
- Image Optimization: source images will be replaced by transformations, at $0.05 per 1,000 transformations after the included allowance.
- The monthly platform fee of $20 per developer seat is not changing.

What this means for your team

Your team, Northgate Web (team_9XkV2mPq), served most of its traffic for coral-specials and westmark-site from the Sydney and Tokyo regions last month. Based on your July usage, we estimate your monthly bill would change from $246 to $271 under the new pricing.

You don't need to do anything. The new pricing applies to usage from September 1, 2026. You can set spend management limits in your team settings to receive alerts or pause projects when usage reaches a set amount.

See the full pricing details: https://vercel.com/pricing

Questions? Contact us through https://vercel.com/help

- The Vercel Team

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
You are receiving this email because you are an owner of a Pro team on Vercel.
""",
),
dict(
    id="r073", provider="Azure", label="billing", deadline=None,
    date="2026-08-09 07:02:55 +0000", sender=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="azure-billing@northgate-mc.example",
    subject="Your Microsoft Azure invoice is ready",
    lang="en", fmt="html", brand="Microsoft Azure", accent="#0078d4",
    preheader="Your invoice for billing account Northgate Managed Cloud Pty Ltd is ready.",
    body="""Your invoice is ready

Hello,

Your invoice for the billing period July 9, 2026 to August 8, 2026 is now available in the Azure portal.

Billing account: Northgate Managed Cloud Pty Ltd
Billing profile: NGMC - Melbourne
Invoice ID: G087319542
Invoice date: August 9, 2026
Amount: AUD 18,442.17 (including GST AUD 1,676.56)

Payment method: Visa ending in 2290 (automatic payment)

Your payment method will be charged automatically for the amount of this invoice. You don't need to take any action. If the charge fails, we'll let you know by email.

Charges by subscription:
Westmark Legal - Production       AUD 11,208.44
Coral Coast Tourism - Web         AUD 5,061.09
NGMC - Shared Services            AUD 2,172.64

To view and download your invoice, go to Cost Management + Billing in the Azure portal: https://portal.azure.com/#view/Microsoft_Azure_CostManagement/Menu/~/invoices

Tip: you can receive invoices for this billing profile by email as a PDF attachment. To set this up, go to the billing profile's properties and turn on "Get invoices in email".

Need help? If you have questions about your invoice, create a billing support request in the Azure portal. Billing support is free of charge.

Microsoft respects your privacy. Review our online Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

This is a mandatory service communication. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
""",
),
dict(
    id="r074", provider="Twilio", label="billing", deadline=None,
    date="2026-08-13 09:26:48 +0000", sender=("Twilio", "no-reply@twilio.com"),
    to="vendor-notices@northgate-mc.example",
    subject="Twilio auto-recharge failed for your account",
    lang="en", fmt="alt", brand="twilio", accent="#f22f46",
    preheader="We could not recharge your balance. Update your payment method.",
    body="""Hi there,

We tried to automatically recharge your Twilio account, but the payment did not go through.

Account: Sakae Printing - Notifications
Account SID: AC1b7e4d09a2c63f85e0d4b1a97c2e6f30
Recharge amount: USD 100.00
Card: Mastercard ending in 8802
Reason: the card issuer declined the transaction
Current balance: USD 6.42

When your balance reaches zero, your account will be suspended until funds are added. Voice calls, SMS and other services on this account will stop working while the account is suspended. At your current usage, your balance will last approximately 1 day.

To keep your services running:

1. Sign in to the Twilio Console.
2. Go to Admin > Account billing > Payment methods and update your card details or add a new payment method.
3. Add funds manually, or wait for the next auto-recharge attempt.

We will try to charge your card again when your balance falls below your recharge trigger of USD 20.00. If the next attempt fails, we will notify you again.

Update payment method: https://console.twilio.com/us1/billing/manage-billing/billing-overview

If you have already updated your payment details, you can ignore this message.

Thanks,
The Twilio Team

Twilio Inc., 101 Spear Street, Ste 500, San Francisco, CA 94105
You are receiving this email because you are a billing contact for this Twilio account.
""",
),
dict(
    id="r075", provider="DigitalOcean", label="billing", deadline="2026-08-17", explicit_act_by=True,
    date="2026-08-10 04:55:12 +0000", sender=("DigitalOcean", "billing@digitalocean.com"),
    to="hosting@northgate-mc.example",
    subject="Action required: your DigitalOcean payment failed",
    lang="en", fmt="alt", brand="DigitalOcean", accent="#0069ff",
    preheader="We were unable to process your payment of $1,482.60.",
    body="""Hi Northgate Managed Cloud,

We were unable to process the payment for your latest DigitalOcean invoice.

Team: Northgate Hosting
Invoice: #58823071 (July 2026)
Amount due: $1,482.60
Payment method: American Express ending in 1009
Reason: insufficient funds or credit limit reached

Please update your payment method or pay the balance by August 17, 2026. If the balance remains unpaid after that date, your team may be suspended and your Droplets, databases and other resources may become unavailable. Resources in suspended teams may eventually be deleted.

How to fix this:

1. Log in to the DigitalOcean Control Panel.
2. Go to Billing and update or add a payment method.
3. Choose "Pay now" to settle the outstanding balance.

We will also retry the payment automatically in the next few days using your default payment method.

Go to Billing: https://cloud.digitalocean.com/account/billing

If you have already made this payment, please disregard this email. If you have questions, our Billing team is available through a support ticket.

Thanks,
The DigitalOcean Team

DigitalOcean, LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
You are receiving this email because you are an owner or billing member of the Northgate Hosting team.
""",
),
dict(
    id="r076", provider="Google Cloud", label="informational", deadline=None,
    date="2026-08-05 00:00:00 +0000", sender=("Google Cloud", "googlecloud@google.com"),
    to="cloud-ops@northgate-mc.example",
    subject="You're invited: Google Cloud Summit Melbourne",
    lang="en", fmt="html", brand="Google Cloud", accent="#1a73e8",
    preheader="Join us on October 21 for a day of keynotes, demos and hands-on sessions.",
    body="""Hi there,

You're invited to Google Cloud Summit Melbourne, our free one-day event for cloud professionals, developers and IT leaders.

Date: Wednesday, October 21, 2026
Time: 8:30 AM - 5:30 PM AEDT
Location: Melbourne Convention and Exhibition Centre

What to expect:

- An opening keynote on building agents with Gemini and Vertex AI
- Breakout sessions on data analytics, application modernization, security operations and sovereign cloud in Australia
- Hands-on labs with Google engineers, with credits to continue learning after the event
- The Partner Expo, where you can meet Google Cloud partners from across Australia and New Zealand

Sessions for managed service providers

A dedicated track will cover operating multi-customer environments on Google Cloud, FinOps practices and the latest updates to the Google Cloud Partner Advantage program.

Seats are limited and registration is required. Can't attend in person? Keynotes will be streamed live and available on demand after the event.

Register now: https://cloudonair.withgoogle.com/events/summit-melbourne-2026

We look forward to seeing you there.

The Google Cloud Team

(c) 2026 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this email because you signed up to receive updates about Google Cloud events. Unsubscribe: https://cloud.google.com/communication/unsubscribe
""",
),
dict(
    id="r077", provider="GitHub", label="informational", deadline=None,
    date="2026-08-19 16:30:00 +0000", sender=("GitHub", "noreply@github.com"),
    to="github-admin@northgate-mc.example",
    subject="GitHub Universe 2026: what's new and how to join",
    lang="en", fmt="alt", brand="GitHub", accent="#24292f",
    preheader="Universe returns to San Francisco on October 28-29.",
    body="""Hi @ngmc-admin,

GitHub Universe, our global developer event, returns to San Francisco on October 28-29, 2026, and online for everyone.

This year's themes:

- AI-native development: agent workflows in GitHub Copilot, from issue to pull request
- Secure by default: new secret protection and code security capabilities for organizations
- Platform engineering: scaling GitHub Actions runners, rulesets and repository policies across enterprises
- Open source: the maintainers and communities behind the projects you depend on

Also in this issue

- GitHub Actions: larger Arm runners are now generally available for organization plans.
- Copilot code review now supports custom instructions at the organization level.
- The audit log now streams to additional destinations, including Azure Event Hubs and Amazon S3 with new filtering options.

Tickets

In-person passes are available now, with a discount for teams of five or more. The virtual event is free; registration gives you access to live streams and on-demand sessions.

Get your pass: https://githubuniverse.com

Read the full changelog: https://github.blog/changelog/

Happy coding,
The GitHub Team

You're receiving this email because you subscribed to GitHub product updates. Unsubscribe or manage your email preferences: https://github.com/settings/emails

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""",
),
dict(
    id="r078", provider="Cloudflare", label="informational", deadline=None,
    date="2026-08-13 15:00:00 +0000", sender=("Cloudflare", "noreply@notify.cloudflare.com"),
    to="dns-admin@northgate-mc.example",
    subject="What's new at Cloudflare: August 2026",
    lang="en", fmt="html", brand="CLOUDFLARE", accent="#f38020",
    preheader="New features for Workers, Zero Trust and application security.",
    body="""Hi there,

Here's a look at what's new across the Cloudflare network this month.

Application security

- AI Crawl Control is now available on all plans, letting you choose which AI crawlers can access your content and see how often they visit.
- WAF managed rules now include protection for several recently disclosed vulnerabilities in popular content management systems. If you use the managed ruleset, these rules are already active.

Developer platform

- Workers now supports larger bundle sizes on the paid plan, and Durable Objects gained new SQLite storage APIs.
- Containers on Workers are generally available in more regions, including Sydney and Tokyo.

Zero Trust

- Access policies can now use device posture from additional endpoint management tools.
- New digital experience monitoring dashboards help you find slow applications for remote staff.

Network

We added new data centers in three cities this quarter, and increased capacity in Melbourne and Osaka.

Read more on the Cloudflare Blog: https://blog.cloudflare.com/

Upcoming webinar: "Protecting small business websites from credential stuffing" on September 10. Register in the Cloudflare dashboard.

Thanks for being a Cloudflare customer.

The Cloudflare Team

Cloudflare, Inc. | 101 Townsend St | San Francisco, CA 94107
You are receiving this email because you have a Cloudflare account. Update your communication preferences: https://dash.cloudflare.com/profile
""",
),
dict(
    id="r079", provider="Snowflake", label="informational", deadline=None,
    date="2026-08-27 14:10:00 +0000", sender=("Snowflake", "noreply@snowflake.com"),
    to="data-platform@northgate-mc.example",
    subject="Snowflake release highlights for your account",
    lang="en", fmt="html", brand="snowflake", accent="#29b5e8",
    preheader="New features released in your region in August.",
    body="""Hello,

Here are the highlights of features released to your Snowflake account (NGMC_ANALYTICS, AWS Asia Pacific (Sydney)) during August 2026.

Generally available

- Cortex AISQL functions are now available in your region, letting you classify, summarise and extract information from text and images using SQL.
- Dynamic tables now support incremental refresh for more query types, including outer joins with aggregates.
- Budgets can now send notifications to webhooks in addition to email.

Preview

- Snowflake Intelligence, a conversational interface for your governed data, is in public preview.
- Cross-region replication for Iceberg tables managed by Snowflake.

Behaviour changes

The 2026_05 behaviour change bundle is now enabled by default. It contains minor changes to the output of some SHOW commands. Most accounts are not affected. See the release notes for details and for how to test.

Events

Snowflake World Tour comes to Sydney on September 24 and Tokyo on October 8. Join us for customer stories, product deep dives and hands-on labs.

Read the release notes: https://docs.snowflake.com/en/release-notes/new-features

Thank you for being a Snowflake customer.

The Snowflake Team

Snowflake Inc., 106 East Babcock Street, Suite 3A, Bozeman, MT 59715
You are receiving this email as an account administrator. Manage your preferences: https://www.snowflake.com/email-preferences/
""",
),
dict(
    id="r080", provider="Netlify", label="informational", deadline=None,
    date="2026-08-21 18:20:00 +0000", sender=("Netlify", "team@netlify.com"),
    to="web-admin@northgate-mc.example",
    subject="Introducing deploy previews with per-branch environment variables",
    lang="en", fmt="html", brand="netlify", accent="#014847",
    preheader="Plus: faster builds and a new observability dashboard.",
    body="""Hi Northgate Web,

We've shipped a few things this month that we think your team will like.

Per-branch environment variables

You can now set environment variables that apply only to a specific branch or to all deploy previews, directly from the site configuration. No more juggling build scripts to point previews at a staging API. Variables can be marked as secret so that they never appear in build logs.

Faster builds

Build images now cache dependencies for more frameworks by default. Sites using Astro, Next.js and SvelteKit are seeing build times up to 35% shorter on average.

Observability dashboard

A new dashboard shows function invocations, errors, bandwidth and cache hit ratio for each site in one place, with filters by deploy. It is available on all paid plans at no extra cost.

Also new

- Form submissions can be forwarded to a webhook with retries.
- Team audit logs now include changes to environment variables.
- The Netlify CLI supports linking a local folder to an existing site with a single command.

See everything in the changelog: https://www.netlify.com/changelog/

Questions or feedback? Reply to this email or join the conversation in the Netlify Support Forums.

Happy building,
The Netlify Team

Netlify, Inc., 512 2nd Street, Suite 200, San Francisco, CA 94107
You're receiving this because you have a Netlify account. Unsubscribe from product updates: https://app.netlify.com/user/settings#email
""",
),
dict(
    id="r081", provider="Fastly", label="informational", deadline=None,
    date="2026-08-11 21:05:00 +0000", sender=("Fastly", "news@fastly.com"),
    to="cdn-admin@northgate-mc.example",
    subject="Fastly network update: new POPs in Brisbane and Osaka",
    lang="en", fmt="alt", brand="fastly", accent="#ff282d",
    preheader="More capacity closer to your users in Australia and Japan.",
    body="""Hello,

We're continuing to expand our global network, and we're happy to share that two new points of presence (POPs) are now serving traffic: Brisbane, Australia (BNE) and a second site in Osaka, Japan (ITM).

What this means for you

Traffic from end users in Queensland and the Kansai region will now be served from nearby locations, reducing latency and improving cache performance for your services. The new POPs are part of our standard network, so there is nothing you need to change. Your services, configurations and pricing are not affected.

If you restrict origin access to Fastly IP addresses, no change is required either: the new POPs use address ranges that are already published in our public IP list.

Other network news

- Additional capacity in Sydney, Melbourne and Tokyo POPs ahead of the end-of-year traffic peak.
- Shielding locations now include Sydney (SYD) for services with origins in Australia.
- Our status page now shows per-POP health and scheduled maintenance for each location.

Learn more about our network: https://www.fastly.com/network-map

Thanks for building with Fastly.

The Fastly Team

Fastly, Inc., 475 Brannan Street, Suite 300, San Francisco, CA 94107
You are receiving this email because you are a Fastly customer. Manage preferences: https://www.fastly.com/email-preferences
""",
),
dict(
    id="r082", provider="Alibaba Cloud", label="informational", deadline=None, bland=True,
    date="2026-08-25 03:00:00 +0000", sender=("Alibaba Cloud", "notice@service.alibabacloud.com"),
    to="cloud-ops@northgate-mc.example",
    subject="[Alibaba Cloud] Notice",
    lang="en", fmt="plain",
    body="""Dear Alibaba Cloud customer,

Thank you for choosing Alibaba Cloud. We would like to share some recent updates about our services in the Asia Pacific region.

1. New availability zone in Japan (Tokyo)
A third availability zone, Japan (Tokyo) Zone C, is now available. You can create Elastic Compute Service (ECS) instances, ApsaraDB RDS instances and Server Load Balancer instances in the new zone to improve the availability of your applications.

2. Simple Application Server now offers Japanese-language images
Simple Application Server now provides images with Japanese locale and fonts preinstalled for Windows Server and Ubuntu.

3. Updated console experience
The Alibaba Cloud international console has a new navigation bar and a unified resource search. You can switch back to the previous layout from the settings menu until the end of the year.

4. Upcoming events
Alibaba Cloud will host an online technical seminar, "Running e-commerce workloads across Japan and Australia", on September 16, 2026. Registration is free on our events page.

These updates do not require any action from you, and there are no changes to your existing resources or billing.

For more information, visit: https://www.alibabacloud.com/notice

Thank you for your continued support.

Alibaba Cloud

Account: ngmc-intl (UID 5183920476125538)
This email was sent by Alibaba Cloud (Singapore) Private Limited. Please do not reply to this email.
To unsubscribe from product updates, go to Message Center > Notification Settings in the console.
""",
),
dict(
    id="r083", provider="Akamai (Linode)", label="informational", deadline=None, bland=True,
    date="2026-08-31 16:45:00 +0000", sender=("Akamai Cloud", "no-reply@linode.com"),
    to="hosting@northgate-mc.example",
    subject="Updates to our terms",
    lang="en", fmt="plain",
    body="""Hello,

We're writing to let you know that we have updated the Akamai Cloud Computing Services Terms and the Acceptable Use Policy. The updated documents are available on our website.

Summary of the main changes:

- We have combined the separate Linode and Akamai terms into a single set of Cloud Computing Services Terms, so that one agreement applies to all cloud computing products.
- We have clarified how we handle requests from law enforcement and how we notify customers of such requests where permitted.
- The Acceptable Use Policy now explains in more detail how we respond to abuse reports, including the information we may share with reporters.
- We have updated the list of sub-processors and the Data Processing Addendum to reflect new data centers in Asia Pacific.
- Definitions of service credits in the Service Level Agreement have been reworded for clarity. The level of credits is not changing.

These changes do not affect your current services, pricing or invoices. By continuing to use our services after the updated terms come into effect, you agree to them. If you have a separately negotiated agreement with Akamai, that agreement continues to apply.

Read the updated terms: https://www.linode.com/legal/

If you have questions about these updates, please contact our Support team through Cloud Manager.

Thank you for being an Akamai Cloud customer.

The Akamai Cloud Team

Akamai Technologies, Inc., 145 Broadway, Cambridge, MA 02142
This is a service-related email. You are receiving it because you have an active Akamai Cloud account.
""",
),
dict(
    id="r084", provider="Oracle Cloud", label="informational", deadline=None,
    date="2026-08-18 01:30:00 +0000", sender=("Oracle Cloud Infrastructure", "oracle-cloud@oracle-mail.com"),
    to="oci-admin@northgate-mc.example",
    subject="You're invited: OCI for managed service providers - live webinar",
    lang="en", fmt="alt", brand="ORACLE Cloud Infrastructure", accent="#c74634",
    preheader="September 9, 2026, 11:00 AM AEST. Register today.",
    body="""Hello,

Join Oracle Cloud Infrastructure experts for a live webinar designed for managed service providers and partners in Australia and Japan.

OCI for managed service providers: multi-tenant operations at scale
Date: Wednesday, September 9, 2026
Time: 11:00 AM AEST / 10:00 AM JST
Duration: 60 minutes, including live Q&A

In this session you will learn how to:

- Organize customer environments with compartments, tags and quotas
- Use OCI Organization Management to manage child tenancies and consolidate billing
- Automate landing zones for new customers with Terraform and Resource Manager
- Monitor many tenancies from a single place with Logging Analytics and Stack Monitoring

Speakers include OCI solution architects from Melbourne and Tokyo, and a partner who will share how they migrated 40 customer workloads to OCI in one year.

All registrants will receive the recording and slides, even if they cannot attend live.

Register now: https://www.oracle.com/cloud/events/oci-msp-webinar-apac/

We look forward to seeing you online.

Oracle Cloud Infrastructure

Copyright (c) 2026, Oracle and/or its affiliates. All rights reserved. Oracle Corporation, 2300 Oracle Way, Austin, TX 78741.
If you no longer wish to receive these emails, unsubscribe: https://www.oracle.com/subscriptions/
""",
),
]
