from .common import N, OPS, NOC, SEC

MS_FOOT = """
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

You're receiving this email because you have an Azure subscription. This is a mandatory service communication.
"""

NOTICES = [
N(70, "action-required", "2027-04-28", "en", "2027-02-03 18:00 +0000", "azure", OPS,
  "Action required: Migrate your Application Gateway V1 resources to V2 by 28 April 2027",
  """
You're receiving this email because you use Azure Application Gateway V1.

On 28 April 2027, we'll retire Application Gateway V1 (Standard and WAF SKUs). After that date, V1 gateways will no longer be supported, and any V1 gateways that are still running will be stopped and will stop serving traffic.

Since 1 July 2024, it has not been possible to create new V1 gateways in new subscriptions. Existing V1 gateways have continued to operate until now.

Subscription: Harborview Logistics - Production (2f7b9c41-6e0d-4a58-b3c2-8d1e5f9a0b73)
Affected resources:
- hbv-portal-agw (Japan East, Standard_Medium, 2 instances)
- hbv-edi-agw (Japan East, WAF_Medium, 2 instances)

Required action

To avoid service disruption, migrate your V1 gateways to Application Gateway Standard_v2 or WAF_v2 before 28 April 2027. V2 offers autoscaling, zone redundancy, improved performance and support for new features such as mutual TLS and private link.

You can use the migration script provided in the documentation to copy the configuration of a V1 gateway to a new V2 gateway. After you verify the new gateway, update your DNS records or public IP configuration to point to it, and then delete the V1 gateway. Plan for the change of the public IP address if your clients or partners allow-list it.

Help and support

Learn more about the migration: https://learn.microsoft.com/azure/application-gateway/migrate-v1-v2

If you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and you need technical help, create a support request in the Azure portal.
""" + MS_FOOT, kind="alt"),

N(71, "action-required", "2027-03-31", "en", "2027-02-12 19:20 +0000", "azure", OPS,
  "Important information about your Azure subscription",
  """
Azure SQL Database will require TLS 1.2 or later starting 31 March 2027

You're receiving this email because one or more of your Azure SQL Database logical servers allow client connections that use TLS 1.0 or TLS 1.1.

Starting 31 March 2027, Azure SQL Database and Azure SQL Managed Instance will enforce a minimum TLS version of 1.2 for all connections. The "Minimal TLS Version" setting of every server will be set to 1.2, and connections that use TLS 1.0 or 1.1 will fail.

Subscription: Ishikari Dairy - Production (9a3c5e71-0b2d-4f86-a1e4-7c9d0f2b8e35)
Servers with connections using TLS 1.0 or 1.1 in the last 30 days:
- ish-erp-sql01.database.windows.net (Japan East) - 1,284 connections
- ish-report-sql.database.windows.net (Japan West) - 77 connections

Required action

Before 31 March 2027, identify the clients that connect with TLS 1.0 or 1.1 and update them to support TLS 1.2. Common causes are older versions of the .NET Framework, older ODBC and JDBC drivers, and applications running on Windows Server 2012 or earlier. You can find the client IP addresses and TLS versions in the SQL Security Audit logs or by querying the connectivity logs in Log Analytics.

After you update your clients, set the Minimal TLS Version of each server to 1.2 to confirm that everything still works before the enforcement date.

Learn more: https://learn.microsoft.com/azure/azure-sql/database/connectivity-settings#minimal-tls-version

If you have a support plan and need technical help, create a support request in the Azure portal.
""" + MS_FOOT, bland=True),

N(72, "action-required", "2027-04-30", "en", "2027-02-08 17:40 +0000", "gcp", OPS,
  "[Action Required] Python 3.9 runtime for Cloud Run functions will be decommissioned on April 30, 2027",
  """
Dear Google Cloud customer,

We're writing to remind you that the Python 3.9 runtime for Cloud Run functions (formerly Cloud Functions) will be decommissioned on April 30, 2027. You are receiving this message because you have functions using this runtime in the projects listed below.

What you need to know

- Deprecation date: the Python 3.9 runtime reached deprecation on October 5, 2026. Since then, it no longer receives security updates.
- Decommission date: April 30, 2027. After this date, you will not be able to deploy or update functions that use Python 3.9. Existing functions will continue to serve traffic, but they will not be maintained and may become unsafe.

Affected functions:
- ishikari-dairy-iot-7731 / asia-northeast1 / ingest-sensor-readings
- ishikari-dairy-iot-7731 / asia-northeast1 / daily-yield-report
- mizunami-shop-2219 / asia-northeast1 / resize-product-images

What you need to do

Upgrade these functions to a supported runtime, such as Python 3.12 or 3.13, before April 30, 2027. To upgrade, redeploy each function with the new runtime:

gcloud functions deploy FUNCTION_NAME --runtime=python313 --region=asia-northeast1

Test your code and dependencies with the new runtime before you upgrade production functions. You can find the runtime support schedule in the Cloud Run functions documentation:
https://cloud.google.com/functions/docs/runtime-support

If you have questions, contact Google Cloud Support.

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google Cloud Platform or your account.
"""),

N(73, "action-required", "2027-03-14", "en", "2027-02-09 22:15 +0000", "workspace", "workspace-admin@tamagawa-cp.example",
  "Important update about your Google Workspace account",
  """
Hello Administrator,

We're writing to let you know that, starting March 14, 2027, Google Workspace will no longer support password-based access for third-party apps and devices that connect with SMTP, IMAP or POP, for the domain harborview-logistics.example. Users and devices will need to sign in with OAuth instead.

Google Workspace customer ID: C03k7x9pq
Domain: harborview-logistics.example

Why this matters to you

Our records show that in the last 30 days, 11 users in your domain signed in to Gmail using only a password, mostly through the SMTP service. For example, multifunction printers that send scanned documents by email and a warehouse application that sends delivery notices use this method. Starting March 14, 2027, these sign-ins will fail and the devices will stop sending email.

What you need to do

Before March 14, 2027:
- Update the apps that users sign in with to apps that support "Sign in with Google" (OAuth);
- For printers, scanners and applications that cannot use OAuth, configure them to use the SMTP relay service in the Admin console instead of signing in with a user password;
- Review the list of affected users in the Admin console under Reporting > Audit and investigation > OAuth log events.

After March 14, 2027, there is no option to extend password-based access for your domain.

For detailed steps, see https://support.google.com/a/answer/14114704.

Thanks for choosing Google Workspace.

- The Google Workspace Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Workspace account.
""", bland=True),

N(74, "action-required", "2027-04-30", "en", "2027-02-10 21:00 +0000", "m365", "m365-admin@tamagawa-cp.example",
  "(Updated) Retirement of Basic authentication for SMTP AUTH client submission [MC1047218]",
  """
Microsoft 365 Message center

Organization: Kiso Outdoor (kiso-outdoor.example)
Message ID: MC1047218
Service: Exchange Online
Tag: Admin impact, Retirement, Updated message
Act by: April 30, 2027

Updated February 10, 2027: We have updated the rollout timeline below. Thank you for your patience.

Summary

Exchange Online will permanently remove support for Basic authentication with the Client Submission (SMTP AUTH) endpoint on April 30, 2027. After this date, clients and devices that send email through smtp.office365.com using a user name and password will be rejected with the error "550 5.7.30 Basic authentication is not supported for Client Submission".

How this will affect your organization

Our telemetry shows that in the last 30 days your tenant had 2,318 SMTP AUTH submissions using Basic authentication, from 4 accounts:
- scanner-ho@kiso-outdoor.example
- scanner-store1@kiso-outdoor.example
- pos-alerts@kiso-outdoor.example
- wms-notify@kiso-outdoor.example

What you need to do to prepare

Before April 30, 2027, move these clients to OAuth for SMTP AUTH, or switch them to another supported method such as High Volume Email, an SMTP relay connector, or Azure Communication Services. Devices and applications that do not support OAuth will need to be updated or replaced. You can identify clients using Basic authentication with the SMTP AUTH Clients report in the Exchange admin center.

Learn more: https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission

To view this message in the Microsoft 365 admin center, go to Health > Message center and search for MC1047218.

You're subscribed to this email using m365-admin@tamagawa-cp.example. To change your email preferences, go to Message center preferences in the Microsoft 365 admin center.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""),

N(75, "action-required", "2027-04-30", "en", "2027-02-16 15:30 +0000", "heroku", OPS,
  "Heroku-22 stack end-of-life on April 30, 2027: upgrade your apps",
  """
Hi there,

You're receiving this email because you own or collaborate on apps that use the Heroku-22 stack.

Heroku-22 is based on Ubuntu 22.04, which reaches the end of standard support from Canonical in April 2027. As a result, the Heroku-22 stack reaches end-of-life on April 30, 2027.

Apps in the tamagawa-cp team using Heroku-22:
- kiso-booking-api
- kiso-booking-worker
- kiso-admin-dashboard

What happens after April 30, 2027?

Apps that are still on Heroku-22 will continue to run, but the stack will no longer receive security updates, and it will not be covered by our support policy. Builds on Heroku-22 will be disabled one month later, on June 1, 2027, which means you won't be able to deploy new code to these apps until they are upgraded.

What should you do?

Upgrade your apps to Heroku-24 before April 30, 2027. We recommend testing the upgrade on a staging app or a review app first:

heroku stack:set heroku-24 -a your-app-name
git commit --allow-empty -m "Upgrade to heroku-24"
git push heroku main

Heroku-24 supports both amd64 and arm64 builds and includes newer versions of system libraries. Some buildpacks may require updated versions of your language runtime; check the Heroku-24 stack documentation for details:
https://devcenter.heroku.com/articles/heroku-24-stack

If you have any questions, please open a ticket with Heroku Support.

Thanks,
The Heroku Team

Heroku, a Salesforce company | 415 Mission Street, Suite 300, San Francisco, CA 94105
Manage your email notification preferences at https://dashboard.heroku.com/account
""", kind="alt"),

N(76, "action-required", "2027-03-18", "en", "2027-02-01 16:30 +0000", "github", "github-admin@tamagawa-cp.example",
  "[GitHub] Please enable two-factor authentication",
  """
Hey @tcp-ops-bot!

You're receiving this email because your account contributes code on GitHub and has been selected to enable two-factor authentication (2FA).

As part of our effort to make the software supply chain more secure, we are requiring all users who contribute code on GitHub.com to enable one or more forms of two-factor authentication.

Enable 2FA by March 18, 2027

You have 45 days from the date of this email to enable 2FA. After March 18, 2027, you will be required to enable 2FA the next time you sign in, and you won't be able to access GitHub.com until it is enabled. You will continue to receive reminders until you enable it.

You can enable 2FA in your account settings:
https://github.com/settings/security

Options include:
- Passkeys and security keys, which are the most secure and easiest to use;
- An authenticator app (TOTP), such as the one on your phone;
- GitHub Mobile;
- SMS, where available, as a fallback.

Please also download and safely store your recovery codes when you set up 2FA. If you lose access to your second factor and your recovery codes, GitHub Support may not be able to restore access to your account.

Note: this account is a member of the tamagawa-cp organization. If this account is used only by automation, consider replacing it with a GitHub App or a fine-grained token owned by a person, so that the organization doesn't depend on a shared password.

Learn more about the 2FA requirement:
https://docs.github.com/authentication/securing-your-account-with-two-factor-authentication-2fa/about-mandatory-two-factor-authentication

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
"""),

N(77, "action-required", "2027-08-31", "en", "2027-02-17 14:00 +0000", "mongodb", OPS,
  "Action Required: Upgrade your Atlas clusters from MongoDB 7.0",
  """
Hi Tamagawa Cloud Partners,

MongoDB 7.0 will reach end of life in August 2027. You are receiving this email because the following clusters in your Atlas organization are running MongoDB 7.0:

Project: Mizunami Ceramics - Production
- mzc-catalog (M30, AWS Tokyo ap-northeast-1, 7.0.21)

Project: Kiso Outdoor - Shop
- kiso-orders (M20, AWS Tokyo ap-northeast-1, 7.0.21)
- kiso-analytics (M10, AWS Tokyo ap-northeast-1, 7.0.21)

Please upgrade these clusters to MongoDB 8.0 before August 31, 2027.

After that date, MongoDB 7.0 will no longer receive bug fixes or security patches, and Atlas will automatically upgrade clusters still running 7.0 to 8.0 during their maintenance windows, starting in September 2027. Automatic upgrades happen in a rolling fashion, but they may still affect applications that depend on behavior that changed between versions.

How to upgrade

1. Review the MongoDB 8.0 release notes and compatibility changes, and update your drivers to a version that supports MongoDB 8.0.
2. Test your application against a clone of your cluster running 8.0. You can restore a backup snapshot to a new cluster for this purpose.
3. In the Atlas UI, open each cluster's configuration, select MongoDB 8.0 under Additional Settings, and apply the change. Atlas performs a rolling upgrade with no downtime for replica sets that use retryable writes.

You can also choose the "Latest release" version policy so that your clusters receive new major versions automatically in the future.

Learn more: https://www.mongodb.com/docs/atlas/reference/mongodb-version-upgrade/

If you have questions, reach out to MongoDB Support from the Atlas UI.

The MongoDB Atlas Team

MongoDB, Inc. | 1633 Broadway, 38th Floor, New York, NY 10019
""", kind="html"),

N(78, "action-required", "2027-04-22", "en", "2027-02-19 18:10 +0000", "snowflake", "snowflake-admin@tamagawa-cp.example",
  "Snowflake: Update your client drivers before April 22, 2027",
  """
Dear Snowflake Customer,

We are contacting you because accounts in your organization are used by clients running Snowflake drivers and connectors that will stop being able to connect to Snowflake on April 22, 2027.

Starting April 22, 2027, Snowflake will complete the rotation of the certificates that secure connections to Snowflake accounts hosted on AWS and Azure. The new certificates chain to a root certificate authority that older driver versions do not recognize, because these versions validate certificates using a bundled list of trusted roots.

Organization: TAMAGAWACP
Accounts: TAMAGAWACP.HBV_ANALYTICS (AWS ap-northeast-1), TAMAGAWACP.ISH_DWH (AWS ap-northeast-1)

Clients observed in the last 14 days below the minimum versions:
- JDBC Driver 3.13.x (minimum: 3.19.0) - 6 distinct users, including the service user ETL_LOADER
- Python Connector 2.8.x (minimum: 3.6.0) - 2 distinct users
- ODBC Driver 2.24.x (minimum: 3.1.0) - 1 distinct user (Tableau Server)

What you need to do

Upgrade these clients to the minimum versions or later before April 22, 2027. You can identify the clients and users in your account with the following query:

SELECT client_application_id, user_name, COUNT(*) FROM snowflake.account_usage.login_history WHERE event_timestamp > DATEADD(day, -14, CURRENT_TIMESTAMP()) GROUP BY 1, 2 ORDER BY 3 DESC;

Clients that rely on the operating system's trust store, such as Snowsight and SnowSQL 1.3 or later, are not affected.

For more details, see the Snowflake documentation: https://docs.snowflake.com/en/release-notes/requirements

If you have any questions, please contact Snowflake Support.

Sincerely,
Snowflake

Snowflake Inc., 106 East Babcock Street, Suite 3A, Bozeman, MT 59715
"""),

N(79, "action-required", "2027-03-25", "en", "2027-02-22 16:00 +0000", "cloudflare", OPS,
  "Action needed: Update CAA records for your zones before March 25, 2027",
  """
Hello,

You're receiving this email because you have zones on Cloudflare that use Advanced Certificate Manager or Universal SSL certificates and have CAA (Certification Authority Authorization) DNS records that may block certificate issuance after an upcoming change.

What's changing

Starting March 25, 2027, Cloudflare will add a new certificate authority to the list of CAs that we use to issue and renew edge certificates, and will stop using one of the CAs we use today for new issuance. When a certificate comes up for renewal, we will choose from the CAs that are permitted by your CAA records.

Why this affects you

The following zones have CAA records that only permit the CA that we are retiring:
- kiso-outdoor.example (CAA 0 issue "retired-ca.example")
- harborview-logistics.example (CAA 0 issue "retired-ca.example")

If these records are not updated before March 25, 2027, Cloudflare will not be able to renew the edge certificates for these zones, and visitors will see certificate errors once the current certificates expire.

What you need to do

- Remove the CAA records if you don't need them; or
- Add CAA records for the CAs listed in our documentation. Cloudflare adds the required records automatically for zones that use Cloudflare DNS and have no CAA records, but it does not change records you have created.

For the list of certificate authorities and the required CAA values, see:
https://developers.cloudflare.com/ssl/reference/certificate-authorities/

If you have questions, please contact Cloudflare Support through the dashboard.

Thanks,
The Cloudflare Team

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
You are receiving this email because you are an administrator of a Cloudflare account. Manage notification preferences at https://dash.cloudflare.com/profile/notifications
""", kind="alt"),

N(80, "action-required", "2027-04-30", "en", "2027-02-24 05:30 +0000", "oracle", OPS,
  "OCI Notification",
  """
Oracle Cloud Infrastructure

Tenancy: tamagawacp
Region: Japan East (Tokyo)
Service: MySQL HeatWave
Notification type: Action Required

Dear Customer,

You are receiving this email because your tenancy has MySQL HeatWave DB systems running MySQL 8.0. Upstream community support for MySQL 8.0 has ended, and Oracle will end support for MySQL 8.0 in MySQL HeatWave on April 30, 2027.

Affected DB systems:
- ish-mes-mysql (ocid1.mysqldbsystem.oc1.ap-tokyo-1.aaaaaaaa7zq2kfw4pnm5x3j6b8c1dn0e9r4t) - 8.0.41, MySQL.4
- ish-mes-mysql-dr (ocid1.mysqldbsystem.oc1.ap-osaka-1.aaaaaaaab3k8vq1x5m7n2p9w4c6e0r1y) - 8.0.41, MySQL.4

Required action

Upgrade your DB systems to MySQL 8.4 LTS before April 30, 2027. After that date, DB systems that are still running 8.0 will be upgraded to 8.4 automatically during their maintenance windows, and you will not be able to choose the time of the upgrade.

Before you upgrade:
- Run the MySQL Shell upgrade checker utility against your DB system to find incompatibilities, such as removed system variables and deprecated authentication plugins (mysql_native_password is disabled by default in 8.4);
- Test the upgrade on a DB system restored from a backup;
- Schedule the upgrade during a period of low activity. High availability DB systems are upgraded with a brief failover.

To upgrade, open the DB system details page in the OCI Console, click Edit, and select the new MySQL version.

For more information, see the MySQL HeatWave documentation: https://docs.oracle.com/en-us/iaas/mysql-database/

Copyright © 2027, Oracle and/or its affiliates. All rights reserved. Oracle Corporation, 2300 Oracle Way, Austin, TX 78741.
You are receiving this mandatory service notification because you are an administrator of this tenancy.
""", bland=True),
]
