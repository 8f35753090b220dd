from .common import N, OPS, NOC, SEC, BILL

NOTICES = [
N(81, "security-advisory", None, "en", "2027-02-04 20:00 +0000", "gcp", SEC,
  "Google Cloud Security Bulletin GCP-2027-011: Linux kernel vulnerability affecting GKE nodes",
  """
Google Cloud Security Bulletin

Bulletin ID: GCP-2027-011
Published: 2027-02-04
Severity: High
CVE: CVE-2027-30418

Description

A vulnerability, CVE-2027-30418, was discovered in the Linux kernel network scheduler subsystem that can lead to a local privilege escalation. An attacker who can run code in a container with the CAP_NET_ADMIN capability could use this vulnerability to escape the container and gain root privileges on the node.

GKE Autopilot clusters are not affected, because Autopilot does not allow workloads to use CAP_NET_ADMIN. GKE Standard clusters running Container-Optimized OS and Ubuntu node images are affected. GKE Sandbox (gVisor) pods are not affected.

What should I do?

The following GKE versions have been updated with patched node images:
- 1.33.6-gke.1204000 and later
- 1.34.3-gke.1088000 and later
- 1.35.1-gke.1021000 and later

For clusters enrolled in a release channel, nodes will be upgraded automatically according to your maintenance windows. We recommend that you manually upgrade your node pools to one of the patched versions at your earliest convenience if your workloads run untrusted code.

Until you upgrade, you can mitigate the vulnerability by making sure that no workloads are granted CAP_NET_ADMIN, for example by using Policy Controller constraints or the Pod Security Standards "baseline" or "restricted" profiles.

What vulnerability is addressed by this patch?

The patch removes a use-after-free condition that could be triggered when a traffic control qdisc is replaced while packets are being processed.

For the full list of security bulletins, see https://cloud.google.com/support/bulletins

You're receiving this email because you subscribed to Google Cloud security bulletins. To unsubscribe, update your notification settings in the Google Cloud console.
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", provider="gcp"),

N(82, "security-advisory", None, "en", "2027-02-11 23:00 +0000", "oracle", SEC,
  "Oracle Security Alert Advisory - CVE-2027-21877",
  """
Oracle Security Alert Advisory - CVE-2027-21877

Description

This Security Alert addresses vulnerability CVE-2027-21877 in Oracle WebLogic Server. This vulnerability is remotely exploitable without authentication, meaning it may be exploited over a network without the need for a username and password. If successfully exploited, this vulnerability may result in remote code execution.

Due to the severity of this vulnerability and the publication of technical details, Oracle strongly recommends that customers apply the updates provided by this Security Alert as soon as possible.

Affected Products and Versions
- Oracle WebLogic Server, versions 14.1.2.0.0 and 15.1.1.0.0

CVSS v3.1 Base Score: 9.8

Oracle Cloud Infrastructure

Oracle has applied the fix to OCI services that use WebLogic Server, including WebLogic Server for OCI Kubernetes Engine marketplace images published after February 11, 2027. Customers who run WebLogic Server on their own compute instances, or who created WebLogic Server for OCI stacks from earlier images, are responsible for patching them.

Recommendations
- Apply the patches listed in the Patch Availability Document for this Security Alert;
- Until the patches are applied, restrict network access to the WebLogic Server administration and T3/IIOP ports to trusted hosts;
- Review access logs for unexpected requests to the affected endpoints.

Supported Products and Components

Security vulnerabilities are addressed only for product versions that are under Premier Support or Extended Support. Oracle recommends that customers upgrade to supported versions.

For the full advisory and Patch Availability Document, see:
https://www.oracle.com/security-alerts/

You are receiving this message because you subscribed to Oracle Security Alerts for your Oracle Cloud account. To modify your subscriptions, visit your Oracle account profile.

Copyright © 2027, Oracle and/or its affiliates. All rights reserved.
"""),

N(83, "security-advisory", None, "en", "2027-02-16 21:10 +0000", "atlassian", SEC,
  "Critical security advisory: Confluence Data Center and Server (CVE-2027-22650)",
  """
Hi there,

We're writing to let you know about a critical security vulnerability affecting Confluence Data Center and Confluence Server. You are receiving this email because your organization, Tamagawa Cloud Partners, holds a Data Center license for Confluence (SEN-L7749021).

Summary

CVE-2027-22650 is a template injection vulnerability in Confluence Data Center and Server that allows an unauthenticated attacker to execute arbitrary code on an affected instance. Atlassian rates the severity of this vulnerability as critical (CVSS 9.8).

Atlassian Cloud sites are not affected. If your Confluence site is accessed via an atlassian.net domain, it is hosted by Atlassian and you do not need to take any action.

Affected versions
- 8.5.0 to 8.5.21 (LTS)
- 9.2.0 to 9.2.9 (LTS)
- 9.5.0 to 9.5.3

Fixed versions
- 8.5.22 (LTS) and later
- 9.2.10 (LTS) and later
- 9.5.4 and later

What you need to do

We recommend that you upgrade each affected installation to the latest version in your release line. If you are unable to upgrade immediately, apply the temporary mitigation described in the advisory, which blocks requests to the affected endpoint at the reverse proxy, and restrict access to your instance from the public internet.

We have no evidence that this vulnerability is being exploited at the time of publication. Nevertheless, given its severity, we advise you to act quickly.

Full details, including the mitigation steps, are available in the security advisory:
https://confluence.atlassian.com/security/

Thanks,
Atlassian Security

Atlassian Pty Ltd, c/o Atlassian, Inc., 350 Bush Street, Floor 13, San Francisco, CA 94104
You are receiving this email because you are a technical contact for an Atlassian Data Center license.
"""),

N(84, "security-advisory", None, "en", "2027-02-10 23:45 +0000", "gitlab", SEC,
  "GitLab Patch Release: 19.8.2, 19.7.4, 19.6.6",
  """
GitLab Security Release

Today we are releasing versions 19.8.2, 19.7.4 and 19.6.6 for GitLab Community Edition (CE) and Enterprise Edition (EE).

These versions contain important bug and security fixes, and we strongly recommend that all self-managed GitLab installations be upgraded to one of these versions immediately. GitLab.com is already running the patched version. GitLab Dedicated customers do not need to take action.

Security fixes in this release

- High: Account takeover via SAML response manipulation (CVE-2027-11872). Affects all versions from 17.9 before 19.6.6, 19.7 before 19.7.4, and 19.8 before 19.8.2.
- High: Cross-site scripting in the merge request diff viewer (CVE-2027-11903).
- Medium: Denial of service via crafted Markdown in issue descriptions (CVE-2027-11915).
- Medium: Project access tokens could read pipeline variables of a parent group (CVE-2027-11940).
- Low: Information disclosure of private project names in the activity feed (CVE-2027-11966).

Details of the vulnerabilities will be made public on our issue tracker 30 days after the release.

Bug fixes

This release also includes fixes for a regression in the container registry cleanup policy and for a performance issue with large repositories in the repository browser.

Updating

To update GitLab, see the Update page: https://about.gitlab.com/update/
To update GitLab Runner, see the Updating the Runner page.

Receive security release notifications

To receive security release blog notifications delivered to your inbox, visit our contact us page. You are receiving this email because you subscribed to GitLab security notices. To unsubscribe, use the preferences link in this email.

GitLab Inc., 268 Bush Street #350, San Francisco, CA 94104
"""),

N(85, "security-advisory", None, "en", "2027-02-19 15:30 +0000", "linode", SEC,
  "Important information about your account",
  """
Hello,

We're reaching out to all Akamai Cloud Computing (Linode) customers with recommendations for keeping your accounts secure. We have seen an increase in credential-stuffing attempts against cloud provider accounts across the industry, in which attackers use passwords leaked from other websites.

This message does not mean that your account has been compromised. We have not detected any unauthorized access to the account "tamagawa-cp".

Our review of your account found the following:

- 3 of 7 users on the account do not have two-factor authentication (2FA) enabled;
- 2 personal access tokens have full read/write access to all resources and no expiry date;
- 1 user has not signed in for more than 12 months.

Our recommendations:

- Enable 2FA for every user. Account owners can require 2FA for all users from the Login & Authentication settings;
- Replace tokens with broad permissions with tokens that are limited to the resources and permissions they need, and set an expiry;
- Remove users who no longer need access;
- Enable login notifications so you're informed of new sign-ins;
- Consider using single sign-on through a third-party identity provider.

You can review users and tokens in Cloud Manager at https://cloud.linode.com/profile/tokens.

If you notice any activity you don't recognize, please open a support ticket right away.

Thank you for helping us keep your account safe.

Akamai Cloud Computing Support
Akamai Technologies, Inc., 145 Broadway, Cambridge, MA 02142
""", bland=True),

N(86, "maintenance", "2027-03-09", "en", "2027-02-22 10:00 +0100", "ovh", NOC,
  "Planned intervention on your dedicated server ns3187452",
  """
Hello,

As part of our efforts to continuously improve our infrastructure, we will be carrying out a planned intervention on the rack hosting your dedicated server.

Server: ns3187452 (198.51.100.94)
Service: Advance-2 (reference 27ADV02)
Datacentre: RBX8, Roubaix (France)
Customer ID: tc48211-ovh
Date: Tuesday 9 March 2027
Time: 06:00 to 08:00 (Paris time, CET)

What is planned?
Our technicians will replace the power distribution units in the rack. Your server will be shut down cleanly at the start of the window and restarted once the work is complete.

What is the expected impact?
Your server will be unavailable for approximately 45 minutes during the intervention window. The IP addresses, configuration and data of your server will not be changed.

What do we recommend?
- Make sure your services start automatically when the server is restarted;
- Save your data before the intervention;
- If your server hosts services that cannot be interrupted, plan a failover to another server in advance.

If the intervention needs to be rescheduled, we will inform you by email. You can follow the status of this work on our status page under task reference 17734:
https://status.ovhcloud.com/

We apologise for any inconvenience this intervention may cause.

Kind regards,
The OVHcloud Team

OVH SAS, 2 rue Kellermann, 59100 Roubaix, France
This email was sent automatically. Please do not reply. To contact us, open a ticket from your Control Panel.
"""),

N(87, "maintenance", "2027-02-27", "en", "2027-02-19 10:00 +0800", "alibaba", NOC,
  "[Alibaba Cloud] System Event Notification",
  """
Dear Alibaba Cloud user,

A system maintenance event has been scheduled for one of your Elastic Compute Service (ECS) instances because the underlying host requires maintenance.

Account: tamagawa-cp (UID 5819023477415530)
Region: China (Hong Kong)
Instance ID: i-j6c8w2k4e1r7t9y3u5o0
Instance name: hbv-hk-gateway
Event type: SystemMaintenance.Reboot
Scheduled time: 2027-02-27 02:00:00 (UTC+8)

Impact

The instance will be restarted during the scheduled time. The restart typically takes a few minutes. Data on cloud disks is not affected, and the private and public IP addresses of the instance will not change. Data on local disks, if any, may be lost.

Recommended actions

- You can restart the instance yourself at any time before the scheduled time to complete the event in advance. Use the "Restart" operation in the ECS console or call the RebootInstance API; a restart from within the operating system does not complete the event.
- Alternatively, you can change the scheduled time of the event in the ECS console (Events > Scheduled Events), up to 48 hours before the original time.
- If your applications are deployed across multiple instances, make sure that the load balancer removes this instance from service before the restart.

You can view details of this event in the ECS console:
https://ecs.console.aliyun.com/

If you have any questions, please submit a ticket.

Thank you for using Alibaba Cloud.

Alibaba Cloud
This is a system email. Please do not reply.
""", bland=True),

N(88, "pricing", "2027-03-15", "en", "2027-02-09 17:00 +0000", "vercel", BILL,
  "Updates to Vercel Pro pricing",
  """
Hi Tamagawa Cloud Partners team,

We're writing to let you know about changes to Vercel Pro pricing that take effect on March 15, 2027, starting with your first billing cycle on or after that date.

What's changing

- Pro seats will be USD 24 per member per month (previously USD 20). Viewer seats remain free.
- Included Fast Data Transfer will increase from 1 TB to 1.5 TB per month.
- Image Optimization will be billed per transformation at USD 0.05 per 1,000 transformations, replacing the previous per-source-image pricing.
- Function duration pricing and Edge Requests pricing are unchanged.

What this means for your team

Your team "tamagawa-cp" has 9 Pro members. Based on your usage over the last 30 days, we estimate your monthly bill will change from approximately USD 412 to USD 438. Your actual bill will depend on your usage.

You can view your current usage and set spend management limits in the Usage tab of your team dashboard:
https://vercel.com/dashboard

If you'd like to review your plan or you have questions about your invoice, reply to this email or contact our sales team.

Thanks for building with Vercel,
The Vercel Team

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
You're receiving this email because you're an owner or billing contact of a Vercel Pro team.
"""),

N(89, "pricing", "2027-04-15", "en", "2027-02-12 00:30 +0000", "atlassian", "atlassian-billing@tamagawa-cp.example",
  "Changes to your Atlassian subscription",
  """
Hi Tamagawa Cloud Partners,

We're writing to let you know about upcoming changes to the prices of Atlassian Cloud products. These changes take effect on April 15, 2027, and apply to your next renewal or billing cycle that starts on or after that date.

Your affected products (site: Tamagawa Cloud Partners, cloud ID 4e91c2a7-58d0-4b3f-9e16-a2c07b84d5f3)
- Jira, Standard, 45 users, monthly: +6%
- Confluence, Standard, 45 users, monthly: +5%
- Jira Service Management, Premium, 12 agents, monthly: +9%

Your estimated new monthly price is USD 1,617.40 (currently USD 1,498.05), before taxes. The actual amount depends on the number of users at the time of billing.

Why are prices changing?

Over the past year we have added new features to our cloud products, including expanded automation limits, Rovo AI features in the Standard and Premium plans, and additional data residency locations. These price changes reflect that added value.

Do I need to do anything?

No action is needed. Your subscription will continue at the new price from your first billing date on or after April 15, 2027. If you would like to lock in current prices for longer, you can switch to annual billing before that date.

Learn more about the changes on our pricing page: https://www.atlassian.com/licensing/future-pricing

Thanks,
The Atlassian team

Atlassian Pty Ltd, 341 George Street, Sydney NSW 2000, Australia
This message was sent to you because you are the billing contact for an Atlassian Cloud site.
""", bland=True,
  fwd={"from": ("Haruto Ishizaka", "h.ishizaka@tamagawa-cp.example"), "to": BILL,
       "date": "2027-02-15 11:00 +0900", "prefix": "Fwd: ",
       "note": """Hi billing,

Heads-up on Atlassian. JSM Premium goes up 9% from mid-April. Can we check whether switching to annual billing before then makes sense, and update the internal tooling budget for FY2027? No rush beyond that.

Haruto"""}),

N(90, "billing", None, "en", "2027-02-06 04:10 +0000", "azure", BILL,
  "Your Microsoft Azure invoice for January 2027 is ready",
  """
Your invoice is ready

Billing account: Tamagawa Cloud Partners (MCA)
Billing profile: TCP - Customer workloads
Invoice ID: G048817732
Invoice date: 5 February 2027
Billing period: 1 January 2027 - 31 January 2027

Amount: JPY 1,284,906 (including tax of JPY 116,809)

Payment method: Credit card ending in 7702
Your card will be charged automatically. You don't need to do anything.

Summary by invoice section:
- Ishikari Dairy - Production: JPY 538,117
- Harborview Logistics - Production: JPY 611,450
- Mizunami Ceramics - Legacy: JPY 135,339

To view and download your invoice, sign in to the Azure portal and go to Cost Management + Billing > Invoices. You can also download the usage details file for this billing period to see charges by resource.

Want to receive your invoice as a PDF attachment? You can opt in to receive invoices by email from the billing profile properties in the Azure portal.

Have questions about your bill? Learn how to understand your invoice at https://learn.microsoft.com/azure/cost-management-billing/understand/review-customer-agreement-bill, or create a billing support request in the Azure portal. Billing support is free.

Microsoft respects your privacy. Review our online Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

This is a mandatory service communication. Please don't reply to this email; this mailbox is not monitored.
"""),

N(91, "billing", "2027-02-24", "en", "2027-02-17 13:20 +0000", "digitalocean", BILL,
  "Action needed on your account",
  """
Hi there,

We weren't able to process the payment for your DigitalOcean team's most recent invoice.

Team: Tamagawa Cloud Partners
Invoice: #4719283-0127
Invoice date: February 1, 2027
Amount due: USD 684.12
Payment method: Mastercard ending in 0311
Reason: The card issuer declined the transaction (insufficient funds or card limit reached).

Please update your payment method or pay the outstanding balance by February 24, 2027. You can do this from the Billing page of the control panel:
https://cloud.digitalocean.com/account/billing

We will try to charge your payment method again on February 20. If the payment is still unsuccessful after the due date, your team may be suspended: Droplets will be powered off, and you will not be able to create new resources until the balance is paid. Resources of suspended teams may be destroyed after 30 days.

If you've already made a payment, thank you! It may take a few hours to be reflected on your account, and you can ignore this message.

If you believe this is a mistake or need help, please reach out to our billing team by opening a support ticket.

Thanks,
The DigitalOcean Team

DigitalOcean, LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
You're receiving this email because you are the owner or billing contact of a DigitalOcean team.
""", bland=True, explicit=True),

N(92, "billing", None, "en", "2027-02-01 09:05 +0000", "netlify", BILL,
  "Your receipt from Netlify [#2027-0201-58836]",
  """
Netlify

Receipt #2027-0201-58836

Amount paid: USD 193.00
Date paid: February 1, 2027
Payment method: Visa ending in 5512

Team: Tamagawa Cloud Partners (tamagawa-cp)
Billing period: February 1, 2027 - February 28, 2027

Description                                   Qty    Unit price    Amount
Pro plan - team members                         5     USD 19.00    USD 95.00
Bandwidth add-on (100 GB)                       2     USD 20.00    USD 40.00
Build minutes add-on (500 min)                  1     USD  7.00    USD  7.00
Forms add-on (Level 1)                          1     USD 19.00    USD 19.00
Functions add-on (Level 1)                      1     USD 25.00    USD 25.00
Analytics (site: kiso-outdoor-outlet)           1     USD  9.00    USD  9.00
Tax                                                                USD  0.00
Subtotal                                                           USD 195.00
Credit applied                                                     USD -2.00
Total                                                              USD 193.00

This charge will appear on your statement as NETLIFY INC.

You can view and download all your invoices and receipts from the Billing section of your team settings:
https://app.netlify.com/teams/tamagawa-cp/billing/general

If you have any questions, contact us at https://www.netlify.com/support/. We're here to help.

Netlify, Inc.
101 2nd Street, Suite 700
San Francisco, CA 94105
""", kind="html", bland=True),
]
