from .common import N, OPS, NOC

NOTICES = [
N(93, "informational", None, "en", "2027-02-03 17:00 +0000", ("Google Cloud Events", "googlecloud-events-noreply@google.com"), OPS,
  "Registration is open: Google Cloud Next '27",
  """
Google Cloud Next '27
April 20-22, 2027 | Mandalay Bay Convention Center, Las Vegas

Registration is now open

Join thousands of developers, IT leaders and partners at Google Cloud Next '27 for three days of keynotes, technical sessions, hands-on labs and conversations with the people who build Google Cloud.

What to expect

- Opening keynote: the latest in AI agents, infrastructure and data, with customer stories from around the world.
- More than 700 breakout sessions across application development, data analytics, security, infrastructure modernization and Google Workspace.
- Hands-on labs and certification lounges: take a Google Cloud certification exam on site at no extra cost.
- Partner Summit: a dedicated program for Google Cloud partners on April 19, the day before Next, with sessions on go-to-market, specializations and incentives.
- The Expo: meet Google engineers and see demos from hundreds of partners.

Early bird pricing

Register by March 15, 2027 to get the early bird price of USD 999 (regular price USD 1,999). Group discounts are available for teams of five or more.

Can't make it to Las Vegas? Key sessions will be livestreamed for free, and recordings of all breakout sessions will be available on demand after the event.

Register now: https://cloud.withgoogle.com/next

We hope to see you there.

The Google Cloud Events Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this email because you signed up to receive Google Cloud event updates. Unsubscribe: https://cloud.google.com/communication-preferences
""", provider="gcp"),

N(94, "informational", None, "en", "2027-02-23 16:00 +0000", ("Microsoft Azure", "azure-noreply@microsoft.com"), OPS,
  "Azure updates: February 2027 highlights",
  """
Azure updates - February 2027

Here's a roundup of recent Azure announcements, selected based on the services you use.

Generally available

- Azure Kubernetes Service: Node auto-provisioning is now generally available in all public regions, including Japan East and Japan West. Node auto-provisioning chooses the best virtual machine size for pending pods and removes nodes when they are no longer needed.
- Azure Database for PostgreSQL flexible server: PostgreSQL 18 is now generally available.
- Azure Monitor: Log Analytics workspace replication across regions is now generally available for improved resilience.

Public preview

- Azure Backup: immutable vaults for Azure Files shares are available in preview.
- Azure Virtual Network: a new flow log analytics experience with built-in traffic maps is available in preview.

New regions and availability zones

- A third availability zone is now available in the Japan West region.

Learning and events

- Azure Infrastructure Day Tokyo, March 24, 2027: sessions on migration, resiliency and cost management for infrastructure teams.
- New Microsoft Learn path: "Design resilient workloads on Azure".

To see all updates, or to filter by product and region, visit Azure updates:
https://azure.microsoft.com/updates/

You're receiving this email because you subscribed to Azure product updates. Unsubscribe: https://go.microsoft.com/fwlink/?linkid=860143

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", kind="alt", provider="azure"),

N(95, "informational", None, "en", "2027-02-08 14:30 +0000", "m365", "m365-admin@tamagawa-cp.example",
  "Weekly digest: Microsoft service updates",
  """
Weekly digest: Microsoft service updates

Organization: Tamagawa Cloud Partners
Week of February 1, 2027

Here are the Message center posts and service changes published for your organization in the last week. None of the items below require action from your organization.

New features

MC1043390 - Microsoft Teams: Live captions in 12 additional languages
Live captions in Teams meetings will support 12 additional spoken languages, including Japanese regional accents. Rollout begins in late February and completes by mid-March. No admin action is needed.

MC1043417 - Outlook for the web: Pin messages in shared mailboxes
Users will be able to pin messages to the top of the message list in shared mailboxes they have access to. This feature is on by default.

MC1043455 - SharePoint: Updated file version history experience
The version history pane in SharePoint and OneDrive will show richer details about changes, including who made them and where.

Stay informed

MC1043472 - Microsoft 365 admin center: New usage reports dashboard
The Reports > Usage page will be updated with a new layout. Existing reports and exported data are not affected.

MC1043501 - Microsoft Purview: Audit log search performance improvements
Audit searches will complete faster for large tenants. No change to retention or licensing.

Service health

No active incidents or advisories affecting your organization at the time this digest was generated.

To see all messages, go to the Message center in the Microsoft 365 admin center:
https://admin.microsoft.com/#/MessageCenter

You're receiving this email because you're subscribed to the weekly digest. To change your preferences, go to Message center preferences.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", bland=True),

N(96, "informational", None, "en", "2027-02-11 18:00 +0000", ("Fastly", "noreply@fastly.com"), OPS,
  "Fastly product update: what's new in February",
  """
Hi Tamagawa Cloud Partners,

Here's what's new at Fastly this month.

Next-Gen WAF: faster rule deployment
Rule changes in the Next-Gen WAF now propagate to all Fastly POPs in under 10 seconds, down from around a minute. The rules editor also gains a test mode that shows which requests would match a rule before you enable it.

Compute: larger memory limits
Compute services can now use up to 256 MB of heap memory per request, and the maximum execution time has been raised for services on the Professional and Enterprise tiers. See the updated limits in the documentation.

Observability: real-time log streaming to more destinations
Real-time log streaming now supports two additional destinations, and existing endpoints can be configured to compress logs before delivery.

Certificates: simpler certificate management
The TLS management page in the web interface has been redesigned. You can now see every certificate, its domains and its renewal status in a single view.

New POP
A new point of presence in Osaka (ITM) is now live, adding capacity for customers serving users in western Japan.

Upcoming webinar
"Protecting APIs at the edge" - March 9, 2027, 10:00 JST. Register from the Fastly events page.

As always, you can find the complete list of changes in our changelog:
https://www.fastly.com/documentation/reference/changes/

Thanks,
The Fastly Team

Fastly, Inc. | 475 Brannan St, Suite 300, San Francisco, CA 94107
You're receiving this email because you have a Fastly account. Unsubscribe from product updates at https://www.fastly.com/subscription-preferences
""", provider="fastly"),

N(97, "informational", None, "en", "2027-02-25 01:00 +0000", ("Datadog Events", "events@datadoghq.com"), OPS,
  "You're invited",
  """
Datadog Summit Tokyo 2027

Thursday, April 15, 2027
Toranomon Hills Forum, Tokyo
In-person | Free to attend

Hello,

We'd like to invite you and your team to Datadog Summit Tokyo, a one-day event for engineers, SREs and security teams who use Datadog to monitor and secure their cloud applications.

Agenda highlights

- Keynote: what's new in Datadog's observability and security platform, including the latest AI-assisted investigation features;
- Customer talks from retail, logistics and manufacturing companies in Japan on reducing alert fatigue and monitoring costs;
- Hands-on workshops: Kubernetes monitoring, log management cost control, and Cloud SIEM basics (seats are limited);
- Partner session: how managed service providers use multi-organization accounts and usage attribution to serve their customers;
- Networking reception after the sessions.

Sessions will be held in Japanese with some talks in English. Simultaneous interpretation will be available for the keynote.

Reserve your seat: https://www.datadoghq.com/summit/tokyo/

Space is limited, so please register early. If you are unable to attend, feel free to forward this invitation to a colleague.

We look forward to seeing you there.

The Datadog Events Team

Datadog, Inc. | 620 8th Avenue, 45th Floor, New York, NY 10018
You are receiving this email because you are a Datadog customer. Unsubscribe or manage email preferences: https://www.datadoghq.com/email-preferences/
""", bland=True, provider="datadog"),

N(98, "informational", None, "en", "2027-02-15 10:00 +0100", "hetzner_news", OPS,
  "Hetzner Newsletter",
  """
Hetzner Newsletter - February 2027

Dear Customer,

Welcome to the first newsletter of 2027. Here is an overview of what's new at Hetzner.

New Arm64 server types in Hetzner Cloud

Our new CAX generation of Arm64 cloud servers is now available in all European locations and in Singapore. The new types offer up to 48 vCPUs and 192 GB of RAM, with the same predictable pricing and included traffic as our existing plans. You can create them in the Cloud Console or through the API and Terraform provider.

Object Storage: new location

Hetzner Object Storage is now available in our Helsinki location, in addition to Falkenstein, Nuremberg and Hillsboro.

Robot: redesigned server ordering

The Server Auction and dedicated server configurator have been redesigned, making it easier to compare configurations and add options such as additional drives and 10G uplinks.

Sustainability

All of our German and Finnish data center parks continue to be powered by renewable energy. Our latest sustainability report is available on our website.

Events

Meet our team at the Cloud Infrastructure Expo in Frankfurt on March 17-18, 2027, stand C12.

As always, you can follow current status information at https://status.hetzner.com.

Kind regards

Your Hetzner Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
www.hetzner.com

You receive this newsletter because you subscribed to it in the Hetzner Robot or Cloud Console. To unsubscribe, please change your newsletter settings in your account.
""", bland=True),

N(99, "informational", None, "en", "2027-02-18 16:30 +0000", ("MongoDB", "mongodb@mongodb.com"), OPS,
  "MongoDB Atlas Newsletter - February 2027",
  """
MongoDB Atlas Newsletter
February 2027

Hi there,

Here's your monthly look at what's new in MongoDB Atlas, along with resources and events from the MongoDB community.

Product updates

- Atlas Vector Search: new quantization options reduce index memory by up to 75% for large embedding collections.
- Atlas Stream Processing: now available on AWS in the Tokyo and Osaka regions.
- Atlas Search: a new visual index editor helps you build and test search indexes without writing JSON.
- Backup: you can now choose a different region for snapshot copies in Flex clusters.

From the blog

- How to model time series data for IoT sensor workloads
- Five ways to reduce costs on dedicated Atlas clusters
- What changed in the MongoDB 8.0 query planner

Learn

- MongoDB University: the new "Atlas for Operations Teams" course covers monitoring, alerts, backups and auto-scaling, and it's free.
- Developer Days are coming to Tokyo and Singapore in March.

Community

- MongoDB.local Tokyo will take place on June 8, 2027. The call for speakers is open.
- Join the MongoDB Community Forums to ask questions and share what you're building.

Explore everything at https://www.mongodb.com/products/platform/atlas

Happy building,
The MongoDB Team

MongoDB, Inc. | 1633 Broadway, 38th Floor, New York, NY 10019
You're receiving this email because you have a MongoDB Atlas account. Unsubscribe: https://www.mongodb.com/email-preferences
""", bland=True, provider="mongodb"),

N(100, "informational", None, "en", "2027-02-26 10:00 +0800", "alibaba", NOC,
  "Notice",
  """
Dear Alibaba Cloud customer,

We are pleased to inform you that a new zone, Japan (Tokyo) Zone C, is now available in the Alibaba Cloud Japan (Tokyo) region.

With the addition of Zone C, the Japan (Tokyo) region now has three zones, which allows you to deploy applications across three zones for higher availability and disaster recovery.

Services available in the new zone at launch:
- Elastic Compute Service (ECS), including the latest general purpose, compute optimized and memory optimized instance families
- Enterprise SSD (ESSD) cloud disks
- Virtual Private Cloud (VPC) and vSwitches
- Server Load Balancer (SLB) and Application Load Balancer (ALB)
- ApsaraDB RDS for MySQL and PostgreSQL
- Container Service for Kubernetes (ACK)

Pricing for resources in Zone C is the same as in the existing zones of the region.

Your existing resources in Zone A and Zone B are not affected, and no action is required. To use the new zone, select "Japan (Tokyo) Zone C" when you create resources in the console, or specify the zone ID ap-northeast-1c in your API calls and templates.

For more information about regions and zones, visit:
https://www.alibabacloud.com/help/en/ecs/product-overview/regions-and-zones

Thank you for choosing Alibaba Cloud.

Alibaba Cloud International
This email was sent by Alibaba Cloud. Please do not reply to this email. To manage your notification subscriptions, go to the Message Center in the Alibaba Cloud console.
""", bland=True),
]
