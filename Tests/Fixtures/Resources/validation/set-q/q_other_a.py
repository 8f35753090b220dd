from q_common import *

NOTICES = [
# ------------------------------------------------------------------ abuse
N(id="q058", provider="Hetzner", label="abuse", deadline="2027-03-09",
  frm="Hetzner Online GmbH - Abuse Team <abuse@hetzner.example.com>", to=OPS,
  date="2027-03-08 10:14:55 +0100",
  subject="Abuse Message [AbuseID:8C2E41:27]: NetscanOutLevel: Netscan detected from host 198.51.100.114",
  body="""Dear Sir or Madam,

We have received an abuse report concerning your server or one of the IP addresses assigned to it. Please find the report below.

Customer number: K0428873610
Server: #2381104 (EX44, FSN1-DC14)
IP address: 198.51.100.114

Please take all necessary measures to stop the reported activity and prevent it from happening again. Network scanning is prohibited by our System Policies.

Please send us a statement via the link below explaining the cause of the issue and the measures you have taken. The statement must reach us by 2027-03-09 10:14:55 +0100.

https://abuse.hetzner.example.com/statements/?token=7f3a29c1e4b8d6a05c2e91f7

If we do not receive a statement by then, or if the activity continues, we may lock the IP address or the server without further notice. An unlock fee will be charged in this case.

Important note: When replying to us, please leave the abuse ID [AbuseID:8C2E41:27] unchanged in the subject line. Please do not reply directly to this email; use the statement form instead.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
www.hetzner.example.com

Register Court: Registergericht Ansbach, HRB 6089
CEO: Martin Hetzner, Stephan Konvickova, Günther Müller

---- Report ----
Time (UTC): 2027-03-08 07:58:12 to 2027-03-08 08:21:40
Source: 198.51.100.114
Destination: 203.0.113.0/24, 192.0.2.0/24
Ports: TCP 22, 3389, 5900
Packets: 214,660 SYN packets to 3,941 distinct hosts
"""),

N(id="q059", provider="SendGrid", label="abuse", deadline="none",
  frm="Twilio SendGrid Compliance <compliance@sendgrid.example.com>", to=OPS,
  date="2027-03-12 21:30:04 +0000", bland=True,
  subject="Your Twilio SendGrid account",
  body="""Hello,

Twilio SendGrid has suspended the account "ridgeway-notify" (account ID 31884207) effective immediately.

Our compliance team identified sending activity that violates the Twilio SendGrid Email Policy and Acceptable Use Policy. Over the past 48 hours, messages from this account generated a spam report rate of 0.91% and were sent to a large number of addresses on third-party blocklists. Several mailbox providers also flagged messages sent from the domain mail.ridgeway-health.example as unsolicited.

The account has been suspended. All API keys for the account have been disabled, and any scheduled sends have been cancelled. Your account data is retained, and you can still sign in to view your statistics.

If you would like us to review this decision, please open a ticket through the Support Center and provide:

- A description of how the recipients on your lists opted in to receive your email
- Samples of the sign-up forms or processes used to collect addresses
- The steps you have taken to remove unengaged recipients and honor unsubscribe requests

Please note that reinstatement is not guaranteed. Accounts suspended for compliance reasons are reviewed individually, and our decision is final.

Thank you,
Twilio SendGrid Compliance Team

Twilio Inc., 101 Spear Street, Suite 500, San Francisco, CA 94105
This is an account service email. You cannot unsubscribe from account service emails while you have an active or suspended account.
"""),

N(id="q060", provider="DigitalOcean", kind="reply", label="abuse", deadline="2027-03-18", rel=("cal", 2),
  frm="DigitalOcean Trust & Safety <abuse-replies@digitalocean.example.com>", to=OPS,
  date="2027-03-16 15:02:47 +0000",
  in_reply_to="<ticket-8821034@digitalocean.example.com>",
  subject="Re: [DigitalOcean] Ticket #8821034 - Phishing content reported on Droplet 410883215",
  body="""Hello,

Thank you for your response and for removing the WordPress installation from /var/www/html/promo on Droplet 410883215 (blue-fern-staging, 203.0.113.66).

We checked the reported URLs again today. The original phishing page at /promo/verify/ no longer loads, but a copy of the same kit is still being served at the following location:

http://203.0.113.66/wp-content/uploads/2027/03/secure-login/index.php

The file was uploaded through the same vulnerable plugin on 2027-03-15, after your cleanup. This suggests the site is still compromised and the entry point has not been closed.

Please remove all phishing content, update or remove the vulnerable plugin, rotate the WordPress administrator credentials, and reply to this ticket within 48 hours to confirm. If we cannot verify that the content has been removed by then, we will power off and lock the Droplet's networking until the issue is resolved.

Please do not modify the subject of this email when replying.

Regards,
Manuel
Trust & Safety
DigitalOcean

> On Sun, Mar 14, 2027 at 09:11, Shirakaba Cloud Ops wrote:
> Hello, we have removed the directory /promo from the droplet and are
> investigating how it was uploaded. The droplet is a staging site for
> our customer Blue Fern Studios. We will update you with our findings.
>
> On Sat, Mar 13, 2027 at 18:40, DigitalOcean Trust & Safety wrote:
> We have received a report that your Droplet is hosting a phishing page
> impersonating a bank. Please remove the content and reply within 24 hours.

DigitalOcean, LLC 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
"""),

N(id="q061", provider="OVHcloud", label="abuse", deadline="none",
  frm="OVHcloud <noreply@ovh.example.net>", to=OPS,
  date="2027-03-21 04:22:31 +0100",
  subject="[OVHcloud] Anti-hack: your IP 192.0.2.145 has been blocked",
  body="""Hello,

Our monitoring systems have detected abnormal activity originating from your service:

Service: vps-3f81c27a.vps.ovh.example.net
IP address: 192.0.2.145
Customer ID: sh81023-ovh

Detected activity: outgoing attack (UDP flood) towards external targets
Start of the activity: 2027-03-21 03:47 (UTC+1)
Average volume: 812 Mbps

In accordance with our Terms of Service, we have placed the IP address in anti-hack mode. The service has been switched to rescue mode and its network access has been restricted. Only SSH connections from your IP address are allowed while the service is in rescue mode.

This type of activity is generally caused by a compromised server (for example an outdated CMS, a weak password, or a vulnerable service exposed to the Internet). We recommend that you:

1. Back up your data from rescue mode.
2. Identify and remove the cause of the compromise.
3. Reinstall the operating system if you cannot be sure the server is clean.

Once the issue has been fixed, you can unblock the IP address from the Control Panel, in the "Network" > "IP" section. If the activity is detected again after unblocking, the IP will be blocked again, and it may take longer to unblock.

For more information, please see our guide: https://help.ovhcloud.example.com/csm/en-gb-ip-anti-hack

Kind regards,
The OVHcloud Security Team

OVH SAS, 2 rue Kellermann, 59100 Roubaix, France.
This email was sent automatically. Please do not reply.
"""),

# ---------------------------------------------------------- security-incident
N(id="q062", provider="GitHub", fmt="alt", label="security-incident", deadline="none",
  frm="GitHub <noreply@github.example.com>", to="github-admin@shirakaba-si.example",
  date="2027-03-04 02:17:38 +0000",
  subject="[GitHub] Your personal access token was found in a public repository and has been revoked",
  html_title="Personal access token revoked",
  body="""Hi shirakaba-deploy,

We noticed that a valid GitHub personal access token associated with your account was committed to a public repository. To protect your account, we have revoked the token. Anyone who viewed the repository could have used the token while it was public.

Token: "omi-release-automation" (fine-grained personal access token)
Token scopes: Contents read and write, Pull requests read and write, on 14 repositories in the omi-rail organization
Found in: github.com/kt-freelance-dev/timetable-tools, file .github/scripts/release.sh
Committed: March 3, 2027 at 23:52 UTC

Our records also show that the token was used from an IP address we have not seen for your account (192.0.2.201) at March 4, 2027 01:03 UTC to clone three private repositories in the omi-rail organization:

- omi-rail/ticketing-core
- omi-rail/signal-config
- omi-rail/infra-terraform

You should treat the contents of those repositories, including any secrets stored in them, as exposed.

What you should do:
- Review your account's security log and the omi-rail organization audit log for other activity you don't recognize.
- Rotate any credentials that are stored in the repositories listed above.
- Create a new token with the minimum required access, and store it as an encrypted secret rather than in code.

See "Keeping your personal access tokens secure": https://docs.github.com/authentication/keeping-your-account-and-data-secure

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
You're receiving this email because of a security-related event on your account.
"""),

N(id="q063", provider="GitLab", label="security-incident", deadline="none",
  frm="GitLab <gitlab@mg.gitlab.example.com>", to="gitlab-admin@shirakaba-si.example",
  date="2027-03-13 19:45:02 +0000", bland=True,
  subject="Important notice about your GitLab.com account",
  body="""Hello Takumi Endo,

We have locked your GitLab.com account (username: t.endo-shirakaba) because we detected that it was accessed by someone other than you.

On March 13, 2027 at 17:20 UTC, a sign-in to your account succeeded using your password and a one-time code from a recovery code, from an IP address located in a country where you have not signed in before (203.0.113.204). During the session, the following actions were performed:

- A new SSH key named "build" was added to your account.
- A personal access token with the api scope was created.
- The project "bluefern/asset-pipeline" was exported.

We have removed the SSH key, revoked the personal access token, and ended all active sessions. The project export file was downloaded once before we locked the account.

To unlock your account:
1. Reset your password using the link on the sign-in page.
2. Regenerate your two-factor authentication recovery codes and store them securely. The recovery code used in this sign-in should be considered known to the attacker.
3. Review the audit events for groups you belong to.

Because a project export was downloaded, you should also rotate any CI/CD variables, deploy tokens and credentials stored in the project "bluefern/asset-pipeline".

If you need help, contact GitLab Support and mention reference SEC-2027-31146.

Regards,
GitLab Security Operations

GitLab Inc., 268 Bush Street #350, San Francisco, CA 94104
You are receiving this email because of a security event on your GitLab.com account.
"""),

N(id="q064", provider="Google Workspace", fmt="alt", label="security-incident", deadline="none",
  frm="Google Workspace Alerts <workspace-alerts-noreply@google.example.com>", to="gws-admin@shirakaba-si.example",
  date="2027-03-17 06:08:51 +0000",
  subject="Alert: User's account compromised",
  html_title="Google Workspace Alert Center",
  body="""Google Workspace Alert Center

User's account compromised

Google has detected that a user account in your organization has been compromised.

Organization: nanao-textiles.example
User: a.suzuki@nanao-textiles.example
Alert ID: 4f8a21c7-93be-4d02-a6e1-0c57d88b41f9
Detected: March 17, 2027, 05:52 UTC
Severity: High

Activity observed:
- Successful sign-in from an unfamiliar device and location (Lagos, NG) shortly after a sign-in from Kanazawa, JP
- A new mail forwarding rule was created that forwards messages containing "invoice" or "payment" to an external address
- 412 messages were sent to external recipients within 20 minutes, matching a known invoice-fraud campaign

Automatic actions taken:
- The user's active sessions have been revoked
- The user will be required to change their password at next sign-in

Recommended actions:
- Review the user's recent mail forwarding and filter settings and remove any you don't recognize
- Ensure 2-Step Verification is enforced for this user
- Investigate the messages sent from the account and warn affected recipients
- Review OAuth tokens granted by the user and revoke unknown apps

View this alert in the Alert Center:
https://admin.google.com/ac/ac?alertId=4f8a21c7-93be-4d02-a6e1-0c57d88b41f9

You received this email because you are an administrator of nanao-textiles.example and have opted to receive Alert Center notifications. To change your notification settings, visit the Alert Center settings in the Admin console.

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
"""),

N(id="q065", provider="Twilio", kind="fwd", label="security-incident", deadline="2027-03-19",
  frm="Haruto Kimura <h.kimura@shirakaba-si.example>", to=SEC,
  date="2027-03-15 09:48:20 +0900",
  subject="Fwd: [Twilio] Your API key was detected in a public location",
  body="""Hi security team,

Forwarding from the Ridgeway Health Twilio account (used for appointment reminder SMS). The key is in the appointment service's config repo. I can rotate it this afternoon but need someone to check the usage logs for the weekend.

Haruto

---------- Forwarded message ---------
From: Twilio Security <security-noreply@twilio.example.com>
Date: Sun, Mar 14, 2027 at 22:37
Subject: [Twilio] Your API key was detected in a public location
To: <twilio-admin@ridgeway-health.example>

Hello,

As part of our secret scanning program, we found an active Twilio API key and secret belonging to your account in a publicly accessible location:

Account SID: AC6f3e0b27d94a18c5e2b7f19d04a63c88
API key SID: SK9d21e84c07b3f56a12e9c4d80f7b6a31 (friendly name: "reminders-prod")
Location: public repository on github.com, file config/production.yml

Our logs show that this key was used on March 13 and March 14, 2027 from IP addresses outside your usual ranges to send 2,874 SMS messages to premium-rate and international numbers. These messages were not consistent with your account's normal traffic, and we believe the key has been used without your authorization.

Please rotate this credential before March 19, 2027. To do so, create a new API key in the Console, update your application, and delete the exposed key. If the key has not been deleted by then, we will deactivate it automatically, which may interrupt your application.

We also recommend that you enable SMS Pumping Protection, review Geo Permissions to block countries you do not send to, and check your usage logs for further unauthorized activity.

Twilio Security
Twilio Inc., 101 Spear Street, Suite 500, San Francisco, CA 94105
"""),

N(id="q066", provider="MongoDB Atlas", label="security-incident", deadline="none",
  frm="MongoDB Atlas <mongodb-atlas-alerts@mongodb.example.com>", to=OPS,
  date="2027-03-27 11:03:39 +0000", bland=True,
  subject="Important information about your Atlas project",
  body="""Hello,

We are contacting you regarding unauthorized access to a cluster in your MongoDB Atlas project "BlueFern-Prod" (organization "Blue Fern Studios").

Our security team has confirmed that the database user "app_reader" was used to connect to the cluster "bf-catalog" from IP address 192.0.2.58 on March 26, 2027 between 20:14 and 21:02 UTC. This connection was permitted because the project's IP access list contains the entry 0.0.0.0/0. During the session, the following collections were read in full: catalog.customers (about 48,000 documents) and catalog.orders (about 212,000 documents).

The credentials for "app_reader" appear in a publicly accessible container image on a public registry. We believe the credentials were obtained from there.

Actions taken by MongoDB:
- We have not changed your configuration or credentials.

Recommended actions:
1. Change the password for "app_reader", and for any other database user whose credentials might be stored in the same image.
2. Remove 0.0.0.0/0 from the IP access list and allow only the addresses of your application servers, or use private endpoints.
3. Review the database access history and cluster logs for other unauthorized connections.
4. Determine whether the data read includes personal data, and follow your notification obligations.

If you need assistance, open a support case from the Atlas UI and reference incident INC-2027-0448.

MongoDB Security Team

MongoDB, Inc. 1633 Broadway, 38th Floor, New York, NY 10019
"""),

# ---------------------------------------------------------- action-required
N(id="q067", provider="Azure", fmt="alt", label="action-required", deadline="2027-03-31",
  frm="Microsoft Azure <azure-noreply@microsoft.example.com>", to="azure-admin@shirakaba-si.example",
  date="2027-03-02 17:25:10 +0000",
  subject="Action required: Migrate to Azure Front Door Standard or Premium by 31 March 2027",
  html_title="Azure Front Door (classic) retirement",
  body="""You're receiving this email because you use Azure Front Door (classic).

Azure Front Door (classic) will be retired on 31 March 2027. After this date, Azure Front Door (classic) profiles will no longer be supported, and you won't be able to manage them through the Azure portal, APIs, or templates. Traffic served by classic profiles may be disrupted.

Required action
To avoid service disruption, migrate your Azure Front Door (classic) profiles to Azure Front Door Standard or Premium by 31 March 2027.

Subscription: Omi Rail Production (5a7c2e91-4d3b-4f08-9b16-e2c804a71d33)
Affected resources:
- afd-omirail-timetable (classic)
- afd-omirail-booking (classic)

Azure Front Door Standard and Premium offer improved security with integrated web application firewall and bot protection, simpler pricing, and enhanced analytics. You can use the zero-downtime migration tool in the Azure portal to migrate your profiles. The migration tool validates your configuration, prepares a new profile, and switches traffic without changing your endpoint host names.

Help and support
If you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and need technical help, open a support request.

Learn more about the migration: https://learn.microsoft.com/azure/frontdoor/tier-migration
""" + MS_FOOTER),

N(id="q068", provider="Azure", lang="ja", label="action-required", deadline="2027-05-31",
  frm="Microsoft Azure <azure-noreply@microsoft.example.com>", to="azure-admin@shirakaba-si.example",
  date="2027-03-05 09:12:44 +0900",
  subject="2027 年 5 月 31 日までに既定の送信アクセスから明示的な送信接続方法に移行してください",
  body="""お客様は Azure Virtual Machines をご利用のため、このメールを受信されています。

Azure では、新しい仮想ネットワークにおける仮想マシンの既定の送信アクセスを廃止します。2027 年 5 月 31 日以降、既定の送信アクセスに依存している仮想マシンでは、インターネットへの送信接続が利用できなくなる場合があります。

必要な対応
サービスの中断を避けるため、2027 年 5 月 31 日までに、以下のいずれかの明示的な送信接続方法に移行してください。

・Azure NAT Gateway をサブネットに関連付ける
・Standard SKU のパブリック IP アドレスを仮想マシンに割り当てる
・Standard Load Balancer の送信規則を構成する

サブスクリプション: Nanao Textiles Prod (c2e91f04-7b3a-4d6e-8a15-93f0d27b6e48)
対象リソース:
・vm-nanao-batch01 (Japan East)
・vm-nanao-batch02 (Japan East)
・vm-nanao-ftp01 (Japan West)

明示的な送信接続方法を使用すると、送信 IP アドレスを管理でき、セキュリティとスケーラビリティが向上します。

ヘルプとサポート
ご質問がある場合は、Microsoft Q&A でコミュニティの専門家から回答を得ることができます。サポート プランをお持ちで技術的なサポートが必要な場合は、サポート リクエストを作成してください。

詳細: https://learn.microsoft.com/ja-jp/azure/virtual-network/ip-services/default-outbound-access

プライバシーに関する声明: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""),

N(id="q069", provider="Google Cloud", label="action-required", deadline="2027-04-30",
  frm="Google Cloud <CloudPlatform-noreply@google.example.com>", to="gcp-admin@shirakaba-si.example",
  date="2027-03-10 20:41:09 +0000",
  subject="[Action Required] Update Cloud Run functions using Python 3.9 before 30 April 2027",
  body="""Hello Google Cloud customer,

We're writing to let you know that the Python 3.9 runtime for Cloud Run functions (including functions created as Cloud Functions 1st gen) will be deprecated on 30 April 2027, and decommissioned on 31 October 2027.

What you need to know

Key changes:
- After 30 April 2027, functions using Python 3.9 will no longer receive security patches or updates, and you won't be able to deploy new functions using this runtime. Existing functions will continue to run.
- After 31 October 2027, you won't be able to update existing functions that use Python 3.9.

We've identified the following project(s) with functions using this runtime:

ridgeway-analytics-prod (4 functions)
ridgeway-integration-dev (2 functions)

What you need to do

To ensure that your functions continue to receive security updates, update them to a newer runtime, such as Python 3.13, before 30 April 2027. Test your functions on the new runtime before you redeploy to production.

You can find functions using the runtime in the Google Cloud console, or by running:
gcloud functions list --filter="runtime:python39" --project=PROJECT_ID

We're here to help
For more information, see the runtime support schedule: https://cloud.google.com/functions/docs/runtime-support

If you have questions or need assistance, please contact Google Cloud Support.
""" + GOOGLE_FOOTER),

N(id="q070", provider="Microsoft 365", label="action-required", deadline="2027-04-30",
  frm="Microsoft 365 Message center <o365mc@microsoft.example.com>", to="m365-admin@shirakaba-si.example",
  date="2027-03-09 01:30:22 +0000", bland=True,
  subject="Message center major update notification",
  body="""Microsoft 365 Message center

Major update: announcement starts today

(Updated) Exchange Online: retirement of Basic authentication for SMTP AUTH client submission
MC1094826 · Exchange Online · Action required by April 30, 2027

Organization: Ridgeway Health (ridgeway-health.example)

We previously announced that Exchange Online will permanently remove support for Basic authentication with the Client Submission (SMTP AUTH) protocol. We are updating this post with the final date.

When this will happen:
Beginning April 30, 2027, SMTP AUTH submissions that use Basic authentication will be rejected with error "550 5.7.30 Basic authentication is not supported for Client Submission". Rejections will start gradually and reach 100% of tenants within one week.

How this will affect your organization:
Our telemetry shows that your tenant has sent 18,240 messages using SMTP AUTH Basic authentication in the last 28 days, from 3 accounts: scanner@ridgeway-health.example, alerts@ridgeway-health.example, and lab-results@ridgeway-health.example. Applications and devices using these accounts, such as multifunction printers and line-of-business applications, will be unable to send email.

What you need to do to prepare:
Before April 30, 2027, move these applications and devices to OAuth 2.0 for SMTP AUTH, use High Volume Email or Azure Communication Services for application email, or configure a connector for devices that cannot support modern authentication.

Learn more: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission

You're receiving this email because you are a global or Exchange administrator of your organization. To change which Message center posts you receive by email, go to Message center preferences in the Microsoft 365 admin center.
""" + MS_FOOTER),

N(id="q071", provider="Oracle Cloud", label="action-required", deadline="2027-05-15",
  frm="Oracle Cloud Infrastructure <oci-notifications@oracle.example.com>", to="oci-admin@shirakaba-si.example",
  date="2027-03-12 05:00:00 +0000",
  subject="Action Required: Upgrade Autonomous Database instances running Oracle Database 19c",
  body="""Oracle Cloud Infrastructure Customer,

This notice applies to your tenancy "omirail-tenancy" (OCID ocid1.tenancy.oc1..aaaaaaaa7xq3mfp2kz6tyb5nwdlr4c8hj2vgeo1sua9k) in the Japan East (Tokyo) region.

Oracle Autonomous Database Serverless instances running Oracle Database 19c must be upgraded to Oracle AI Database 26ai. You can upgrade your databases at a time of your choosing until 2027-05-15. After that date, Oracle will upgrade any remaining 19c instances automatically during the scheduled maintenance window, starting with the window after 2027-05-31.

Affected resources:
- omi-fares-adb (ocid1.autonomousdatabase.oc1.ap-tokyo-1.anxhiljr4kq7...)
- omi-ops-reporting (ocid1.autonomousdatabase.oc1.ap-tokyo-1.anxhiljrw2cz...)

What you need to do:
1. Test your applications against Oracle AI Database 26ai by cloning an affected database and upgrading the clone.
2. Upgrade the production databases using the "Upgrade" action on the Autonomous Database details page, or schedule the upgrade for a specific date, by 2027-05-15.

The upgrade typically completes in less than 15 minutes, and the database is unavailable for a few minutes during the switchover. The connection strings and wallet do not change.

For more information, see "Upgrade an Autonomous Database instance" in the Oracle Cloud Infrastructure documentation:
https://docs.oracle.com/en/cloud/paas/autonomous-database/serverless/

If you have questions, please log a service request in My Oracle Support.

Thank you,
Oracle Cloud Infrastructure

Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
You received this email because you are listed as a tenancy administrator. This is a mandatory service notification.
"""),

N(id="q072", provider="Heroku", label="action-required", deadline="2027-04-30",
  frm="Heroku <noreply@heroku.example.com>", to=OPS,
  date="2027-03-16 16:00:00 +0000",
  subject="Heroku-22 stack reaches end-of-life on April 30, 2027",
  body="""Hello,

We're writing to remind you that the Heroku-22 stack reaches end-of-life on April 30, 2027, following the end of standard support for Ubuntu 22.04 LTS.

The following apps owned by your team "shirakaba-clients" are still running on Heroku-22:

- bluefern-booking-api
- bluefern-booking-worker
- nanao-edi-bridge

What does end-of-life mean?
After April 30, 2027, Heroku-22 will no longer receive security updates, and apps on Heroku-22 will no longer be covered by Heroku's security guarantees. Starting May 1, 2027, builds on Heroku-22 will be disabled: you will not be able to deploy code changes to apps on this stack. Existing apps will continue to run.

What do I need to do?
Upgrade your apps to the Heroku-24 stack before April 30, 2027. To upgrade an app:

heroku stack:set heroku-24 -a <app-name>
git push heroku main

We recommend testing the upgrade with a review app or a staging app first. The upgrade guide lists common issues, such as changes to system libraries and buildpack versions.

Upgrading guide: https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack
Stack support policy: https://devcenter.heroku.com/articles/stack

If you need help, please open a ticket at https://help.heroku.com.

Thanks,
The Heroku Team

Heroku, a Salesforce company. Salesforce, Inc., Salesforce Tower, 415 Mission Street, San Francisco, CA 94105
You are receiving this email because you are an admin of a Heroku team affected by this change.
"""),

N(id="q073", provider="Cloudflare", label="action-required", deadline="2027-06-15",
  frm="Cloudflare <noreply@notify.cloudflare.example.com>", to=OPS,
  date="2027-03-18 14:20:00 +0000", bland=True,
  subject="Update about your Cloudflare account",
  body="""Hi there,

You're receiving this email because your Cloudflare account "Shirakaba SI - Managed Zones" made API requests authenticated with the Global API Key in the last 30 days.

On June 15, 2027, Cloudflare will stop accepting the Global API Key for API authentication. After that date, requests using the X-Auth-Key and X-Auth-Email headers will fail with a 403 error. API Tokens are not affected.

In the last 30 days, the Global API Key for this account was used:
- 6,912 times from 198.51.100.30 (user agent: terraform-provider-cloudflare/3.35.0)
- 1,204 times from 198.51.100.31 (user agent: python-requests/2.28.1)

What you need to do
Before June 15, 2027, replace the Global API Key in your tools and scripts with scoped API Tokens. API Tokens let you limit access to specific zones and permissions, and can be restricted by IP address and expiry date. Recent versions of the Cloudflare Terraform provider and SDKs support API Tokens.

1. Go to My Profile > API Tokens in the dashboard.
2. Create a token from a template or with custom permissions.
3. Update your tools to use the Authorization: Bearer header.
4. After confirming the new tokens work, roll your Global API Key.

Read more in our developer documentation: https://developers.cloudflare.com/fundamentals/api/get-started/create-token/

Thanks,
The Cloudflare Team

Cloudflare, Inc. | 101 Townsend Street, San Francisco, CA 94107
This is a service notification about your account. You can't unsubscribe from these messages.
"""),

N(id="q074", provider="DigitalOcean", label="action-required", deadline="2027-04-26",
  frm="DigitalOcean <support@digitalocean.example.com>", to=OPS,
  date="2027-03-19 18:05:30 +0000",
  subject="Action required: PostgreSQL 14 end of life for DigitalOcean Managed Databases",
  body="""Hi there,

We're contacting you because your team "Shirakaba Hosting" has one or more Managed PostgreSQL clusters running PostgreSQL 14.

DigitalOcean will end support for PostgreSQL 14 on April 26, 2027. After this date, PostgreSQL 14 clusters will no longer receive updates or be eligible for support, and we will begin upgrading remaining clusters to PostgreSQL 17 automatically during their maintenance windows, starting May 10, 2027.

Affected clusters:
- db-bluefern-cms (FRA1) - PostgreSQL 14.17 - 2 nodes
- db-bluefern-analytics (SGP1) - PostgreSQL 14.17 - 1 node

What you need to do
Please upgrade these clusters to PostgreSQL 16 or 17 before April 26, 2027. You can upgrade in place from the cluster's Settings page in the Control Panel, or through the API. In-place upgrades cause a short period of downtime while the cluster restarts. We strongly recommend that you test the upgrade on a fork of your cluster first, and that you review the PostgreSQL release notes for changes that may affect your application.

Why is this happening?
The PostgreSQL Global Development Group ended community support for PostgreSQL 14. To keep your data secure, we only offer versions that receive upstream security fixes.

Learn more: https://docs.digitalocean.com/products/databases/postgresql/details/supported-versions/

Questions? Reply to this email or open a ticket, and our support team will be happy to help.

Happy coding,
The DigitalOcean Team

DigitalOcean, LLC 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
"""),

N(id="q075", provider="Atlassian", label="action-required", deadline="2027-04-05",
  frm="Atlassian <noreply@am.atlassian.example.com>", to="atlassian-admin@shirakaba-si.example",
  date="2027-03-22 03:40:15 +0000",
  subject="Your Atlassian site omirail-projects.atlassian.net will be deactivated on April 5, 2027",
  body="""Hi Shirakaba Admin,

We noticed that there has been no activity on your Atlassian cloud site omirail-projects.atlassian.net for more than 120 days.

Site: omirail-projects.atlassian.net
Products: Jira (Free), Confluence (Free)
Last activity: November 9, 2026

To make the best use of our resources, we deactivate inactive sites on Free plans. Your site will be deactivated on April 5, 2027 unless someone uses it before then. If a site is deactivated, users can no longer access it, and all data on the site will be permanently deleted 15 days later.

What do I need to do?
To keep your site active, simply log in and use any product on the site (for example, view or create an issue or a page) before April 5, 2027. That's it, no further action is needed.

If you no longer need this site, you don't have to do anything. If you want to keep your data but not the site, export it from the product settings before the deactivation date.

Log in to your site: https://omirail-projects.atlassian.net

Learn more about inactive sites: https://support.atlassian.com/organization-administration/docs/what-happens-to-inactive-sites/

Cheers,
The Atlassian team

This message was sent to atlassian-admin@shirakaba-si.example because you are a site administrator.
Atlassian Pty Ltd, 341 George Street, Sydney NSW 2000, Australia
"""),

N(id="q076", provider="Snowflake", fmt="alt", label="action-required", deadline="2027-04-30",
  frm="Snowflake <no-reply@snowflake.example.com>", to="snowflake-admin@shirakaba-si.example",
  date="2027-03-24 15:11:48 +0000",
  subject="[Action Required] Enroll human users in MFA before April 30, 2027",
  html_title="Snowflake security update",
  body="""Dear Snowflake Customer,

As part of our ongoing commitment to security, Snowflake is completing the deprecation of single-factor password sign-ins. This notice concerns account RIDGEWAY_ANALYTICS (organization RHORG, region AWS US West 2).

Beginning April 30, 2027, all human users (TYPE = PERSON or NULL) who sign in with a password must use multi-factor authentication. Users who have not enrolled in MFA by then will be unable to sign in with a password. Service users (TYPE = SERVICE) cannot use passwords at all and must use key-pair authentication, OAuth, or workload identity federation.

Our records show that your account currently has:
- 23 human users who sign in with a password and have not enrolled in MFA
- 4 users without a TYPE set that sign in with a password from automated clients (for example, the user ETL_LOADER)

What you need to do before April 30, 2027:
1. Ask the 23 human users to enroll in MFA (passkey, authenticator app, or Duo) from Snowsight.
2. Set TYPE = SERVICE on users used by applications and move them to key-pair authentication or OAuth.
3. Consider configuring an authentication policy that enforces MFA for all human users now.

You can find the affected users by querying the SNOWFLAKE.ACCOUNT_USAGE.USERS view for rows where HAS_PASSWORD is TRUE and HAS_MFA is FALSE.

For more information, see https://docs.snowflake.com/en/user-guide/security-mfa-rollout

Thank you,
Snowflake Security

Snowflake Inc., 106 East Babcock Street, Suite 3A, Bozeman, MT 59715
You are receiving this mandatory service email because you are an account administrator.
"""),

N(id="q077", provider="Twilio", label="action-required", deadline="2027-03-24",
  frm="Twilio <no-reply@twilio.example.com>", to=OPS,
  date="2027-03-03 17:22:00 +0000",
  subject="Action needed: Register your US A2P 10DLC messaging campaign",
  body="""Hello,

You are receiving this email because your Twilio account "Ridgeway Health - Patient Messaging" (Account SID AC19e4b7c2a05d83f6e1b29c4a7d30e815) is sending SMS to US recipients from local 10-digit long code numbers that are not associated with a registered A2P 10DLC campaign.

US carriers require all application-to-person (A2P) messages sent over 10DLC numbers to be registered. Starting April 1, 2027, messages sent from unregistered 10DLC numbers to US recipients will be blocked by Twilio.

Numbers affected:
+1 555 010 4471
+1 555 010 4472
+1 555 010 4490

Because campaign vetting by The Campaign Registry and carriers can take up to 7 business days, please submit your brand and campaign registration by March 24, 2027. Registrations submitted after that date may not be approved before blocking begins.

How to register:
1. In the Twilio Console, go to Messaging > Regulatory Compliance > Onboarding.
2. Register your brand (Customer Profile and Brand Registration).
3. Register a campaign describing your use case (for example, appointment reminders) and include sample messages and opt-in details.
4. Add the numbers above to a Messaging Service linked to the campaign.

Registration fees apply per brand and campaign; see https://help.twilio.com/articles/a2p-10dlc-pricing for details.

For more information, visit https://www.twilio.com/docs/messaging/compliance/a2p-10dlc

Thanks,
The Twilio Team

Twilio Inc., 101 Spear Street, Suite 500, San Francisco, CA 94105
"""),
]
