from q_common import *

AZURE = "Microsoft Azure <azure-noreply@microsoft.example.com>"

NOTICES = [
# ---------------------------------------------------------- security-advisory
N(id="q078", provider="Azure", label="security-advisory", deadline="none",
  frm=AZURE, to="azure-admin@shirakaba-si.example",
  date="2027-03-03 22:10:00 +0000", bland=True,
  subject="Microsoft Azure notification",
  body="""Security advisory

You're receiving this notice because you have Linux virtual machines in Azure that run a version of the Azure Linux VM Agent (WALinuxAgent) earlier than 2.15.0.1.

Microsoft has released a security update to address a vulnerability (CVE-2027-21733) in the Azure Linux VM Agent. Under certain conditions, a local user without administrative privileges could use the extension handling feature of the agent to escalate privileges on the virtual machine. The vulnerability has a CVSS score of 7.0 (Important). Microsoft is not aware of this vulnerability being exploited.

Most virtual machines update the agent automatically when auto-update is enabled (the default). Our records show that the following virtual machines in subscription Ridgeway Health Clinical (9f2c14e8-3a7b-4c61-b0d5-6e81a29f7c03) are running an affected version and have auto-update disabled:

- vm-rh-hl7-gw01 (West US 2) - agent 2.9.1.1
- vm-rh-hl7-gw02 (West US 2) - agent 2.9.1.1

Recommended action
We recommend that you enable auto-update for the agent or update the agent manually to version 2.15.0.1 or later. Instructions are available in the documentation linked below. No other action is needed.

There is no indication that your virtual machines have been compromised. This notice is provided for your awareness so that you can keep your environment up to date.

More information:
https://msrc.microsoft.com/update-guide/vulnerability/CVE-2027-21733
https://learn.microsoft.com/azure/virtual-machines/extensions/update-linux-agent
""" + MS_FOOTER),

N(id="q079", provider="Google Cloud", label="security-advisory", deadline="none",
  frm="Google Cloud Security Bulletins <gcp-security-bulletins-noreply@google.example.com>", to="gcp-admin@shirakaba-si.example",
  date="2027-03-11 18:00:00 +0000",
  subject="Google Cloud security bulletin GCP-2027-011: GKE container escape vulnerability",
  body="""GCP-2027-011

Published: 2027-03-11
Category: GKE, Google Distributed Cloud
Severity: High

Description
A vulnerability (CVE-2027-26651) was discovered in the Linux kernel's overlay filesystem that could allow a container running with CAP_SYS_ADMIN inside a user namespace to escape to the node. GKE Autopilot clusters are not affected because they do not permit the required capability.

GKE Standard clusters with Container-Optimized OS and Ubuntu nodes are affected. Clusters that run GKE Sandbox (gVisor) are not affected.

What should I do?
The following GKE versions have been updated with patches. We recommend that you upgrade your node pools to one of these versions or later:

1.32.9-gke.1410000
1.33.6-gke.1187000
1.34.3-gke.1052000

Clusters enrolled in release channels will be upgraded automatically as the patched versions become the default for their channel over the coming weeks. You can upgrade manually earlier.

To limit exposure before upgrading, avoid running untrusted workloads with elevated privileges, and apply the Baseline or Restricted Pod Security Standards to namespaces where they are not already in use.

What vulnerability is addressed by this patch?
The patch corrects a permission check in overlayfs copy-up operations.

Your projects with GKE Standard clusters on affected versions: ridgeway-analytics-prod.

For the latest information, see https://cloud.google.com/support/bulletins

You are receiving this email because you are subscribed to Google Cloud security bulletins. To unsubscribe, update your notification preferences in the Google Cloud console.

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""),

N(id="q080", provider="GitHub", label="security-advisory", deadline="none",
  frm="GitHub <noreply@github.example.com>", to="github-admin@shirakaba-si.example",
  date="2027-03-20 07:33:12 +0000",
  subject="[omi-rail/ticketing-web] Critical and high severity Dependabot alerts",
  body="""Dependabot alerts

Your repository omi-rail/ticketing-web has 3 new Dependabot alerts.

Critical: Prototype pollution leading to remote code execution in form-serializer-kit
Package: form-serializer-kit (npm)
Affected versions: < 4.2.7
Patched version: 4.2.7
Manifest: package-lock.json
Advisory: GHSA-7qmf-2xp4-hc9w (CVE-2027-29104)

High: Regular expression denial of service in url-template-lite
Package: url-template-lite (npm)
Affected versions: >= 2.0.0, < 2.3.1
Patched version: 2.3.1
Manifest: package-lock.json
Advisory: GHSA-m4c8-9vjr-p52x (CVE-2027-28876)

High: Path traversal in static-serve-plus
Package: static-serve-plus (npm)
Affected versions: < 1.19.4
Patched version: 1.19.4
Manifest: apps/kiosk/package-lock.json
Advisory: GHSA-3wcx-h8f7-q6rt (CVE-2027-30019)

Dependabot can open pull requests to update these dependencies to the patched versions. Review the alerts to decide whether your code uses the vulnerable functions and how urgently to upgrade.

View all alerts: https://github.com/omi-rail/ticketing-web/security/dependabot

You are receiving this because you are subscribed to security alerts for repositories in the omi-rail organization.

Manage your GitHub security alert notification settings: https://github.com/settings/notifications
Unsubscribe from Dependabot alert emails for this repository in the repository's watch settings.

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
"""),

N(id="q081", provider="Fastly", label="security-advisory", deadline="none",
  frm="Fastly Security <security-notices@fastly.example.com>", to=OPS,
  date="2027-03-26 19:20:05 +0000", bland=True,
  subject="Fastly customer notice",
  body="""Dear Fastly customer,

We are writing to inform you about a newly disclosed vulnerability affecting HTTP/2 implementations across the industry, tracked as CVE-2027-27302. The issue allows a client to cause excessive resource consumption on a server by sending a sequence of CONTINUATION frames with specific header compression patterns.

Impact on Fastly
Fastly's edge network has been patched, and mitigations were in place before the public disclosure. We have not observed exploitation of this vulnerability against the Fastly platform. Your services on Fastly do not require any configuration change.

Impact on your origin servers
If your origin servers accept HTTP/2 connections directly from the internet, rather than only from Fastly, they may be affected depending on the web server or proxy you use. We recommend that you:

- Review vendor advisories for your web server, load balancer and application frameworks, and apply updates when available.
- Restrict direct access to your origins so that only Fastly's IP ranges can connect.
- Consider enabling rate limiting and the Next-Gen WAF rules that detect abnormal HTTP/2 behavior.

Your account: Blue Fern Studios (customer ID 4Hq9xT2mWv8LpR3cE1)
Services: bluefern-www, bluefern-media

This notice is provided for informational purposes, and no compromise of your account or services has been identified.

If you have any questions, please contact support@fastly.example.com.

Fastly Security Team

Fastly, Inc., 475 Brannan Street, Suite 300, San Francisco, CA 94107
You are receiving this mandatory security notice as an account owner or technical contact.
"""),

# --------------------------------------------------------------- maintenance
N(id="q082", provider="Hetzner", label="maintenance", deadline="2027-03-17",
  frm="Hetzner Online GmbH <info@hetzner.example.com>", to=NOC,
  date="2027-03-03 11:30:00 +0100",
  subject="Maintenance work in data center FSN1-DC14 on 2027-03-17",
  body="""Dear Client,

We will be carrying out maintenance work in our data center park Falkenstein, data center FSN1-DC14, in order to maintain and improve the performance of our network.

Start: 2027-03-17 04:00 CET
End: 2027-03-17 06:00 CET
Expected duration: 30 minutes within the window

Affected servers:
#2381104 (EX44) - 198.51.100.114
#2381105 (EX44) - 198.51.100.115
#1940377 (AX52) - 198.51.100.140

Work to be done:
Replacement of a top-of-rack switch and firmware update of the aggregation routers in the affected rows.

Effects:
The servers listed above will not be reachable over the network for up to 30 minutes during the maintenance window. The servers themselves will not be restarted, and no data will be lost.

We apologize for any inconvenience this may cause. Current information about the maintenance can be found on our status page:
https://status.hetzner.example.com

Please note that you do not need to do anything. Should you have any questions, please contact our support team via the Hetzner Robot interface, quoting customer number K0428873610.

Kind regards

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
www.hetzner.example.com

Register Court: Registergericht Ansbach, HRB 6089
CEO: Martin Hetzner, Stephan Konvickova, Günther Müller
"""),

N(id="q083", provider="OVHcloud", label="maintenance", deadline="2027-03-30",
  frm="OVHcloud <noreply@ovh.example.net>", to=NOC,
  date="2027-03-16 10:00:00 +0100", bland=True,
  subject="Information about your service",
  body="""Hello,

As part of our continuous effort to improve the reliability of our infrastructure, OVHcloud will carry out scheduled maintenance on the Public Cloud hosts in the GRA11 region.

Customer ID: sh81023-ovh
Project: nanao-eu-shop (4b8c21d7e0f94a6e)
Instances concerned:
- b2-15-eu-web-01 (GRA11)
- b2-15-eu-web-02 (GRA11)

Date and time:
The maintenance will take place on 2027-03-30 between 22:00 and 02:00 (UTC+2, Paris time).

What will happen:
Each instance will be live-migrated to another host. A live migration is usually transparent, but you may notice a short freeze of a few seconds and a brief increase in latency. If live migration fails for an instance, it will be cold-migrated, which involves a restart of up to 10 minutes. Data on the local disks and attached volumes is kept.

What you can do:
No action is required. If you prefer to control the timing, you can perform a manual "hard reboot" of your instance from the Control Panel before the maintenance date; the instance will then be started on an updated host and excluded from the operation.

You can follow the progress of this operation on our Travaux page: https://bare-metal-servers.status-ovhcloud.example.com/

We apologize for any inconvenience and thank you for your trust.

The OVHcloud team

OVH SAS, 2 rue Kellermann, 59100 Roubaix, France.
This email was sent automatically. Please do not reply.
"""),

N(id="q084", provider="Oracle Cloud", label="maintenance", deadline="2027-04-03",
  frm="Oracle Cloud Infrastructure <oci-notifications@oracle.example.com>", to="oci-admin@shirakaba-si.example",
  date="2027-03-20 08:00:00 +0000",
  subject="OCI Notification: Exadata Cloud Infrastructure quarterly maintenance scheduled to begin 2027-04-03",
  body="""Oracle Cloud Infrastructure Customer,

Quarterly infrastructure maintenance has been scheduled for your Exadata Cloud Infrastructure resource.

Tenancy: omirail-tenancy
Region: ap-tokyo-1
Resource: exa-omi-core (ocid1.cloudexadatainfrastructure.oc1.ap-tokyo-1.anxhiljr8m2q...)
Maintenance run: ocid1.maintenancerun.oc1.ap-tokyo-1.anxhiljrt5vn...
Scheduled start: 2027-04-03 17:00 UTC
Estimated duration: 6 hours (rolling)
Maintenance method: rolling

What to expect
Database servers and storage servers will be updated one at a time. In rolling mode, database service remains available through the remaining nodes, provided that your applications use Oracle RAC services with client failover configured (Application Continuity or Transparent Application Continuity). Connections on the node being updated will be relocated.

Optional actions
- You can reschedule the maintenance run from the OCI Console to any date within the current quarter.
- You can configure custom actions (pre- and post-maintenance scripts) for database servers.
- You can change the maintenance method to non-rolling if you prefer a single shorter outage.

You will receive notifications when maintenance begins and ends. For details, see "Oracle Managed Infrastructure Maintenance Updates" in the documentation:
https://docs.oracle.com/en-us/iaas/exadatacloud/

Thank you,
Oracle Cloud Infrastructure

Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
You received this email because you are subscribed to maintenance notifications for this tenancy.
"""),

N(id="q085", provider="Linode", label="maintenance", deadline="2027-03-26",
  frm="Akamai Cloud Computing (Linode) <support@linode.example.com>", to=NOC,
  date="2027-03-12 13:27:50 +0000", bland=True,
  subject="Linode Support Ticket 19284713",
  body="""Hello,

This is an automated notification from the Akamai Cloud Computing support team regarding support ticket 19284713.

We need to perform critical maintenance on the physical host where the following Linode resides:

Linode: bluefern-render-queue (ID 58219046)
Data center: Osaka, JP (jp-osa)
Scheduled: 2027-03-26 06:00 UTC
Type: Scheduled migration

During the maintenance window, your Linode will be shut down, migrated to a new host in the same data center, and booted back into its last known state. The expected downtime is between 15 and 60 minutes, depending on the size of your disks. Your IP addresses, disks and configuration profiles will not change.

If you would like to complete the migration at a time that is more convenient for you, you can initiate it yourself from the Cloud Manager before the scheduled time by clicking the "Migrate" banner on your Linode's detail page. If you don't take any action, the migration will begin automatically at the scheduled time.

We recommend that you make sure your services are configured to start automatically on boot, and that you have a recent backup.

We apologize for any inconvenience this may cause. If you have questions, please respond to this ticket.

Regards,
The Akamai Cloud Computing Support Team

You can view this ticket in the Cloud Manager: https://cloud.linode.example.com/support/tickets/19284713

Akamai Technologies, Inc., 145 Broadway, Cambridge, MA 02142
"""),

# ------------------------------------------------------------------- pricing
N(id="q086", provider="Google Workspace", lang="ja", label="pricing", deadline="2027-05-01",
  frm="Google Workspace <workspace-noreply@google.example.com>", to="gws-admin@shirakaba-si.example",
  date="2027-03-08 10:00:00 +0900", bland=True,
  subject="Google Workspace のご契約に関する重要なお知らせ",
  body="""Google Workspace 管理者様

Google Workspace の料金改定についてお知らせいたします。

対象となる組織: nanao-textiles.example
お客様 ID: C03k8vq2m

Google では、Gemini をはじめとする AI 機能の追加や、セキュリティ機能の拡充など、Google Workspace の価値を高める取り組みを続けてまいりました。これに伴い、日本におけるフレキシブル プランおよび年間プランの料金を改定いたします。

■ 新料金 (1 ユーザーあたり月額、税抜)
・Business Starter: 800 円 → 950 円
・Business Standard: 1,600 円 → 1,800 円
・Business Plus: 2,500 円 → 2,800 円

■ 適用開始日
フレキシブル プラン: 2027年5月1日以降のご利用分から新料金が適用されます。
年間プラン: 2027年5月1日以降に開始される契約期間 (更新を含む) から新料金が適用されます。現在の契約期間中は、現行料金のままご利用いただけます。

お客様の組織は Business Standard (フレキシブル プラン、42 ユーザー) をご利用中のため、2027年5月1日以降のご利用分から月額 75,600 円 (税抜) となる見込みです。

■ お客様へのお願い
本改定に伴って必要なお手続きはございません。ご契約内容の確認やプランの変更は、管理コンソールの「お支払い」から行えます。

詳しくはヘルプセンターをご覧ください。
https://support.google.com/a/

Google Workspace チーム

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
このメールは、Google Workspace のサービスやアカウントに関する重要な変更をお知らせするためにお送りしています。
"""),

N(id="q087", provider="Microsoft 365", fmt="alt", label="pricing", deadline="2027-04-01",
  frm="Microsoft 365 <microsoft365-noreply@microsoft.example.com>", to="m365-admin@shirakaba-si.example",
  date="2027-03-01 19:45:00 +0000",
  subject="Upcoming changes to Microsoft 365 pricing for monthly billing plans",
  html_title="Microsoft 365 pricing update",
  body="""Dear Microsoft 365 administrator,

We're writing to let you know about upcoming changes to the price of Microsoft 365 subscriptions purchased with monthly billing.

Tenant: Blue Fern Studios (bluefernstudios.onmicrosoft.example)

What's changing
Starting April 1, 2027, the price of annual-term subscriptions with monthly billing will be 5% higher than the price of the same subscriptions with annual billing (upfront payment). Monthly-term subscriptions will be priced 20% higher than annual-term subscriptions. Prices for subscriptions paid annually are not changing.

How this affects you
Your organization has the following subscriptions with monthly billing:
- Microsoft 365 Business Standard, annual term, monthly billing (28 licenses)
- Microsoft 365 E3, monthly term, monthly billing (6 licenses)

The new prices will apply from your first billing date on or after April 1, 2027, for the remainder of your term or at renewal, depending on your agreement. Subscriptions purchased through a partner may be affected differently; contact your partner for details.

What you can do
No action is required to keep your subscriptions. If you prefer, you can switch to annual billing in the Microsoft 365 admin center under Billing > Your products at any time to keep your current price.

Learn more: https://learn.microsoft.com/microsoft-365/commerce/billing-and-payments/change-payment-frequency
""" + MS_FOOTER),

N(id="q088", provider="Vercel", fmt="html", label="pricing", deadline="2027-04-14",
  frm="Vercel <notifications@vercel.example.com>", to=OPS,
  date="2027-03-15 17:00:00 +0000", bland=True,
  subject="An update on your Pro plan",
  html_title="Changes to Vercel Pro pricing",
  body="""Hi Shirakaba team,

We're updating Pro plan pricing to better reflect how teams use Vercel today. These changes apply to your team "shirakaba-clients" starting with your first billing cycle that begins on or after April 14, 2027.

What's changing
- Included usage: the Pro plan now includes a $20 monthly credit that applies across all metered resources, replacing the separate allowances for Edge Requests, Fast Data Transfer and Function Duration.
- Fast Data Transfer: the on-demand price decreases from $0.15 to $0.12 per GB in most regions. Tokyo and Osaka remain at $0.18 per GB.
- Fluid compute: Active CPU is billed at $0.128 per hour, and Provisioned Memory at $0.0106 per GB-hour.
- Additional seats: the price per additional developer seat remains $20 per month.

What this means for your team
Based on your usage over the last 30 days, we estimate your monthly bill would change from $186.40 to $171.10. Your actual bill will depend on your usage.

There is nothing you need to do. The new pricing will apply automatically. You can review your usage at any time on the Usage tab of your team dashboard, and set spend management limits to avoid surprises.

Read the full details on our blog: https://vercel.com/blog

Thanks for building with Vercel.

The Vercel Team

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
You're receiving this email because you're an owner of a Vercel Pro team. Manage notification preferences: https://vercel.com/account/notifications
"""),

N(id="q089", provider="Heroku", label="pricing", deadline="2027-05-01",
  frm="Heroku <noreply@heroku.example.com>", to=BILL,
  date="2027-03-25 16:30:00 +0000",
  subject="Heroku Postgres Essential plan price changes effective May 1, 2027",
  body="""Hello,

We're writing to let you know about price changes to Heroku Postgres Essential plans, effective May 1, 2027. You're receiving this email because your team "shirakaba-clients" has one or more Essential databases.

New prices (per month, prorated to the second):
- Essential-0: $5 to $6
- Essential-1: $9 to $11
- Essential-2: $20 to $24

Standard, Premium, Private and Shield plans are not affected by this change. Heroku Key-Value Store pricing is also unchanged.

Why are prices changing?
Since we introduced Essential plans, we've added pgvector support, increased the row limit on Essential-0, and moved the plans to newer infrastructure with improved performance. The new prices reflect these improvements and the increased cost of running the underlying infrastructure.

Databases on your team:
- bluefern-booking-api: Essential-1 (postgresql-curved-18374)
- nanao-edi-bridge: Essential-0 (postgresql-silent-50271)
- nanao-edi-bridge: Essential-0 (postgresql-opaque-22916)

Estimated change to your monthly bill: +$4.00.

No action is required. The new prices will apply automatically to usage from May 1, 2027, and will appear on your June invoice. If you'd like to change plans, you can do so at any time from the Resources tab of your app.

For more details, see https://devcenter.heroku.com/articles/heroku-postgres-plans

Thanks,
The Heroku Team

Heroku, a Salesforce company. Salesforce, Inc., Salesforce Tower, 415 Mission Street, San Francisco, CA 94105
"""),

# ------------------------------------------------------------------- billing
N(id="q090", provider="DigitalOcean", label="billing", deadline="none",
  frm="DigitalOcean <billing@digitalocean.example.com>", to=BILL,
  date="2027-03-01 09:04:12 +0000",
  subject="Your DigitalOcean invoice for February 2027",
  body="""Hi there,

Thank you for using DigitalOcean. This is a receipt for your payment for February 2027.

Team: Shirakaba Hosting
Invoice number: 518842731
Billing period: February 1, 2027 - February 28, 2027
Invoice date: March 1, 2027

Summary
Droplets ........................................ $412.00
Managed Databases ............................... $240.00
Spaces Object Storage ........................... $35.00
Load Balancers .................................. $24.00
Bandwidth ....................................... $3.71
Backups ......................................... $57.60
Subtotal ........................................ $772.31
Credits applied ................................. -$0.00
Tax ............................................. $0.00
Total ........................................... $772.31

Payment
This amount has been charged to your Visa ending in 2290 on March 1, 2027. You don't need to do anything.

View or download your invoice as PDF or CSV from the Billing page:
https://cloud.digitalocean.com/account/billing

Questions about your invoice? Open a ticket with our billing team from the Help section of the Control Panel, and we'll be happy to help.

Thanks,
The DigitalOcean Team

DigitalOcean, LLC 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
This email was sent to billing@shirakaba-si.example because you are the billing contact for this team.
"""),

N(id="q091", provider="Azure", fmt="alt", label="billing", deadline="2027-04-04",
  frm="Microsoft Azure <azure-noreply@microsoft.example.com>", to=BILL,
  date="2027-03-05 12:30:00 +0000", bland=True,
  subject="Your invoice",
  html_title="Your Azure invoice is ready",
  body="""Your Azure invoice is ready

Billing account: Shirakaba Systems Integration (billing account ID 7d3e91a0-5c24-4b8f-9e17-02a6f4c81d59)
Billing profile: SSI - Managed Customers
Invoice ID: G041882137
Billing period: February 1, 2027 - February 28, 2027
Amount due: USD 9,604.18
Due date: April 4, 2027
Payment method: Wire transfer

Please pay the amount due by April 4, 2027. Include the invoice ID G041882137 in the payment reference so that we can match your payment. The wire transfer instructions are printed on the invoice.

Charges by subscription:
- Omi Rail Production .................. USD 5,122.40
- Nanao Textiles Prod .................. USD 2,387.05
- Ridgeway Health Clinical ............. USD 1,842.91
- SSI Shared Services .................. USD 251.82

View and download your invoice in the Azure portal under Cost Management + Billing > Invoices:
https://portal.azure.com/#blade/Microsoft_Azure_GTM/ModernBillingMenuBlade/Invoices

If you have already paid, please disregard this message. Payments may take up to 5 business days to be reflected in the Azure portal.

Have a question about your bill? Create a billing support request in the Azure portal at no charge.
""" + MS_FOOTER),

N(id="q092", provider="Atlassian", fmt="html", label="billing", deadline="2027-03-18",
  frm="Atlassian <noreply@am.atlassian.example.com>", to=BILL,
  date="2027-03-11 04:15:33 +0000", bland=True,
  subject="Your Atlassian subscription",
  html_title="We couldn't process your payment",
  body="""Hi Shirakaba Billing,

We couldn't process the payment for your Atlassian Cloud subscription.

Site: ridgeway-health.atlassian.net
Products: Jira Standard (85 users), Confluence Standard (85 users)
Invoice: AT-274418306
Amount: USD 1,617.70
Payment method: Mastercard ending in 8815
Reason: Card expired

We'll try to charge your card again in 3 days. To avoid losing access to your products, please update your payment details by 18 March 2027. If we can't collect payment by then, your subscription will be deactivated, and your users will no longer be able to access Jira and Confluence. Your data will be retained for a limited period after deactivation.

Update payment details:
https://admin.atlassian.com/billing/payment-details

If you pay by quote or invoice instead, you can pay the invoice above by bank transfer using the details on the invoice.

Need help? Contact our billing team at https://support.atlassian.com/contact/ and quote your invoice number.

Cheers,
The Atlassian Team

Atlassian Pty Ltd, 341 George Street, Sydney NSW 2000, Australia
You're receiving this email because you're a billing contact for ridgeway-health.atlassian.net.
"""),

N(id="q093", provider="Alibaba Cloud", label="billing", deadline="none",
  frm="Alibaba Cloud <no-reply@alibabacloud.example.com>", to=BILL,
  date="2027-03-28 01:00:21 +0000",
  subject="[Alibaba Cloud] Monthly expense alert for account 5618********4402",
  body="""Dear Alibaba Cloud user,

Your account has reached the monthly expense threshold you configured in Expenses and Costs.

Account ID: 5618********4402
Account name: nanao-cn-commerce
Threshold: USD 1,500.00
Accumulated pay-as-you-go expenses for March 2027 (as of 2027-03-28 00:00 UTC+8): USD 1,512.36

Top services by cost this month:
- Elastic Compute Service (ECS): USD 774.20
- Object Storage Service (OSS): USD 301.88
- Alibaba Cloud CDN: USD 266.47
- ApsaraDB RDS: USD 169.81

This alert is for your information only. Your resources will continue to run normally, and pay-as-you-go charges will be deducted from your payment method at the end of the billing cycle.

Suggestions:
- Review your bills in the Expenses and Costs console to check for unexpected usage.
- Consider subscription (prepaid) instances or savings plans for long-running workloads.
- Adjust the alert threshold if it no longer reflects your expected spend.

Expenses and Costs console: https://usercenter2-intl.console.alibabacloud.example.com/

To change or disable expense alerts, go to Expenses and Costs > Expense Alerts. To manage the contacts who receive these notifications, go to Message Center > Message Settings.

Thank you for choosing Alibaba Cloud.

Alibaba Cloud (Singapore) Private Limited, 8 Shenton Way, #45-01 AXA Tower, Singapore 068811
This is a system-generated email. Please do not reply.
"""),

# ------------------------------------------------------------- informational
N(id="q094", provider="Google Cloud", fmt="html", label="informational", deadline="none",
  frm="Google Cloud <googlecloud-events@google.example.com>", to=OPS,
  date="2027-03-04 16:00:00 +0000",
  subject="You're invited: Google Cloud Next '27, Las Vegas",
  html_title="Google Cloud Next '27",
  body="""Hi Shirakaba team,

Registration is now open for Google Cloud Next '27, taking place April 20-22, 2027, at Mandalay Bay in Las Vegas.

Join thousands of developers, IT leaders and partners for three days of keynotes, hands-on labs, and more than 700 sessions on AI agents, data analytics, security, infrastructure and application modernization.

What to expect
- Opening keynote with the latest announcements from Google Cloud leadership
- Hands-on labs and certification lounges, with on-site exam vouchers for attendees
- Customer sessions from retail, healthcare, media and transportation companies
- The Expo, featuring demos from Google Cloud teams and hundreds of partners

Early-bird pricing
Register by March 31 to save $700 on your full-access pass. Group discounts are available for teams of five or more.

Can't make it to Las Vegas? Keynotes and selected sessions will be streamed live and available on demand after the event.

Register now: https://cloud.withgoogle.com/next

See you in Las Vegas,
The Google Cloud Events Team

You received this message because you opted in to receive Google Cloud event updates. Unsubscribe: https://cloud.google.com/communications/unsubscribe

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""),

N(id="q095", provider="Azure", label="informational", deadline="none",
  frm="Microsoft Azure <azure-noreply@microsoft.example.com>", to="azure-admin@shirakaba-si.example",
  date="2027-03-10 15:45:00 +0000", bland=True,
  subject="Microsoft Azure",
  body="""Azure monthly update - March 2027

Here are the latest Azure updates that may be relevant to your subscriptions.

Generally available
- Azure Database for PostgreSQL flexible server now supports PostgreSQL 18 in all public regions, including Japan East and Japan West.
- Azure Container Apps adds serverless GPU workload profiles in Japan East.
- Azure Backup now supports immutable vaults for Azure Files in all regions.

In preview
- Azure Monitor introduces a simplified pricing tier for Basic Logs with 30-day interactive retention.
- Azure Virtual Network Manager adds network verifier for connectivity troubleshooting.

Learning and events
- Microsoft Build takes place in May. Registration for in-person and online attendance opens soon.
- New Microsoft Learn module: "Design a disaster recovery strategy across Japan East and Japan West".

Reminders
Customers who use Azure in Japan can now view invoices in Japanese yen for new billing accounts created in the Azure portal.

Stay up to date with all Azure announcements at https://azure.microsoft.com/updates/

You're receiving this email because you subscribed to Azure updates for your subscriptions. To unsubscribe or change your preferences, visit the Azure portal communication settings.
""" + MS_FOOTER),

N(id="q096", provider="Cloudflare", label="informational", deadline="none",
  frm="Cloudflare <newsletter@cloudflare.example.com>", to=OPS,
  date="2027-03-18 16:00:00 +0000",
  subject="Cloudflare Product Digest: March 2027",
  body="""Hello,

Welcome to the March edition of the Cloudflare Product Digest, a roundup of what we shipped in the last month.

Application security
- WAF attack score now covers GraphQL payloads, with new managed rules for query depth abuse.
- Bot Management adds per-path detection thresholds for login and checkout pages.

Developer platform
- Workers now supports Python packages from the standard library and popular scientific libraries in all regions.
- D1 databases can now be read-replicated to Asia Pacific, reducing read latency for users in Japan.
- R2 introduces event notifications for object lifecycle transitions.

Network and performance
- Cloudflare added new data center locations in Sendai and Kumamoto, Japan.
- Argo Smart Routing now includes post-quantum encryption to origins by default.

Zero Trust
- Access policies can now require device posture checks from third-party EDR providers at every request.

From the blog
- "How we reduced cold starts for Python Workers by 80%"
- "A look at DDoS trends in the fourth quarter of 2026"

See everything we've launched: https://blog.cloudflare.com

You're receiving this email because you signed up for product updates from Cloudflare. Update your email preferences or unsubscribe at https://dash.cloudflare.com/profile/notifications

Cloudflare, Inc. | 101 Townsend Street, San Francisco, CA 94107
"""),

N(id="q097", provider="Datadog", fmt="html", label="informational", deadline="none",
  frm="Datadog <events@datadoghq.example.com>", to=OPS,
  date="2027-03-22 14:00:00 +0000", bland=True,
  subject="You're invited",
  html_title="Datadog webinar: Observability for multi-tenant platforms",
  body="""Hi there,

Managing monitoring for many customers from one platform comes with its own challenges: tenant separation, cost attribution and alert noise. Join our live webinar to see how managed service providers use Datadog to deliver observability at scale.

Observability for multi-tenant platforms
Date: Thursday, April 8, 2027
Time: 10:00 AM JST / 9:00 PM EDT (Wednesday)
Duration: 45 minutes, including live Q&A

What you'll learn
- How to structure child organizations and teams for each customer
- Using tags and usage attribution to allocate costs accurately
- Building reusable dashboards and monitors with Terraform
- Reducing alert fatigue with correlation and incident management

Speakers
- Naomi Ferreira, Senior Solutions Engineer, Datadog
- Kaito Yamashiro, Partner Solutions Architect, Datadog Japan

Can't attend live? Register anyway, and we'll send you the recording after the event.

Save your seat: https://www.datadoghq.com/webinars/

See you there,
The Datadog Events Team

Datadog, Inc., 620 8th Avenue, 45th Floor, New York, NY 10018
You're receiving this email because you're a Datadog user. To stop receiving marketing emails from Datadog, unsubscribe here: https://www.datadoghq.com/unsubscribe
"""),

N(id="q098", provider="Netlify", fmt="html", label="informational", deadline="none",
  frm="Netlify <team@netlify.example.com>", to=OPS,
  date="2027-03-24 17:30:00 +0000", bland=True,
  subject="What's new",
  html_title="New at Netlify this month",
  body="""Hey there,

Here's what's new at Netlify this month.

Faster builds for large monorepos
Builds now cache dependencies per package in monorepos, and only rebuild the sites whose files actually changed. Teams with more than 20 sites in a single repository have seen build times drop by up to 60%.

Image CDN improvements
The Netlify Image CDN now supports AVIF output automatically when the browser supports it, with no configuration changes.

Deploy previews with comments
Reviewers can now leave comments pinned to specific elements in a deploy preview, and resolve them directly from your Git provider's pull request.

Observability
Function logs can now be streamed to Datadog, New Relic and any HTTP endpoint on Pro plans, in addition to Enterprise.

Community spotlight
This month we're featuring a Japanese design studio that moved 40 client sites to Netlify in a weekend. Read their story on our blog.

As always, you can find the full list of changes in our changelog: https://www.netlify.com/changelog/

Happy building,
The Netlify Team

Netlify, Inc., 101 2nd Street, San Francisco, CA 94105
You're receiving this email because you have a Netlify account. Unsubscribe or manage preferences: https://app.netlify.com/user/settings#email
"""),

N(id="q099", provider="MongoDB Atlas", fmt="alt", label="informational", deadline="none",
  frm="MongoDB <events@mongodb.example.com>", to=OPS,
  date="2027-03-26 03:00:00 +0000",
  subject="Join us at MongoDB.local Tokyo on May 20",
  html_title="MongoDB.local Tokyo",
  body="""Hi,

MongoDB.local is coming back to Tokyo on Thursday, May 20, 2027, and we'd love to see you there.

Spend a day with developers, architects and MongoDB engineers to learn what's new in MongoDB 9.0 and MongoDB Atlas, and how teams in Japan are building modern applications with them.

Highlights
- Keynote with product announcements, including vector search and stream processing updates
- Technical sessions in Japanese and English on schema design, performance tuning, and migrating from relational databases
- "Ask the Experts" booths, where you can book a 20-minute session with a MongoDB engineer to review your own data model
- Hands-on workshops for Atlas Search and Atlas Vector Search

Venue: Toranomon Hills Forum, Tokyo
Time: 9:30 AM - 6:00 PM JST
Admission: Free (registration required)

Register now: https://www.mongodb.com/events/mongodb-local/tokyo

Seats for workshops are limited and allocated on a first-come, first-served basis after registration.

We look forward to seeing you,
The MongoDB Events Team

MongoDB, Inc. 1633 Broadway, 38th Floor, New York, NY 10019
You are receiving this email because you have an account with MongoDB. Unsubscribe: https://www.mongodb.com/email-preferences
"""),

N(id="q100", provider="GitLab", label="informational", deadline="none",
  frm="GitLab <news@gitlab.example.com>", to="gitlab-admin@shirakaba-si.example",
  date="2027-03-18 18:00:00 +0000",
  subject="GitLab 19.10 released with improved merge train visibility",
  body="""Hi Takumi,

GitLab 19.10 is now available on GitLab.com and for self-managed instances. Here are some of the highlights of this release.

Merge train visibility
You can now see the position of each merge request in the merge train directly from the merge request page, along with the estimated time until it merges.

Security dashboard improvements
The group-level vulnerability report now supports filtering by reachability, so you can focus on vulnerabilities in code paths your application actually uses.

CI/CD
- Pipeline inputs now support default values from CI/CD variables.
- Runners can report energy usage per job on supported hardware.

Duo
GitLab Duo can now summarize long issue discussions and propose next steps in Japanese, French and German.

Deprecations
We've published the list of features planned for removal in GitLab 20.0. Review the list to see whether any changes affect you: https://docs.gitlab.com/update/deprecations/

Read the full release post: https://about.gitlab.com/releases/

Thanks for using GitLab!
The GitLab Team

GitLab Inc., 268 Bush Street #350, San Francisco, CA 94104
You're receiving this email because you subscribed to GitLab release updates. Unsubscribe: https://about.gitlab.com/company/preference-center/
"""),
]
