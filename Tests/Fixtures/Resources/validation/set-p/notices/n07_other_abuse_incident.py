from .common import N, OPS, NOC, SEC, ABUSE

NOTICES = [
N(61, "abuse", "2027-02-10", "en", "2027-02-09 10:12 +0100", "hetzner", "abuse@tamagawa-cp.example",
  "Abuse Message [AbuseID:8A3F21:1C]: NetscanOutLevel: Netscan detected from host 203.0.113.61",
  """
Dear Sir or Madam,

We have received an abuse report concerning your server with the IP address 203.0.113.61. Please find the report attached below.

Customer number: K0948217503
Server: EX44 #2381734 (hbv-relay-fsn1)
Data center: FSN1-DC14

We ask you to take all necessary actions to resolve the issue and to prevent a repeat occurrence. Please send us your statement within 24 hours via the following link:

https://abuse.hetzner.com/statements/?token=4c8e1a7f2b93d065e1a7c4b9

If you do not respond in time, we may block the IP address of your server, in accordance with our General Terms and Conditions. A block may also be applied without further notice if the activity continues at high intensity.

Please note that we have forwarded this report to you without checking its accuracy. If you are unsure whether the report is justified, please check your server for unwanted processes. If the activity was not carried out by you, your server may have been compromised; in that case we recommend a complete reinstallation.

----- Original report -----

Netscan detected from host 203.0.113.61

time                protocol src_ip       src_port dest_ip          dest_port
2027-02-09 08:41:02 TCP      203.0.113.61 41022 -> 198.51.100.10    22
2027-02-09 08:41:02 TCP      203.0.113.61 41022 -> 198.51.100.11    22
2027-02-09 08:41:03 TCP      203.0.113.61 41022 -> 198.51.100.12    22
2027-02-09 08:41:03 TCP      203.0.113.61 41022 -> 198.51.100.13    22
(3,912 further connection attempts omitted)

----- End of report -----

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
www.hetzner.com
""", rel=("d", 1),
  fwd={"from": ("Ryo Saitama", "r.saitama@tamagawa-cp.example"), "to": OPS,
       "date": "2027-02-09 18:40 +0900", "prefix": "Fwd: ",
       "note": """FYI - this is the Harborview relay box at Hetzner. Netscan on port 22 from our IP, so probably someone got in through the old password login we were supposed to turn off.

I've stopped sshd except from the office VPN for now. We still need to send the statement through their link within 24 hours of their mail or they will block the IP, and that kills Harborview's EDI relay. Who can look at the box tonight?

Ryo"""}),

N(62, "abuse", None, "en", "2027-02-14 03:22 +0000", "digitalocean", ABUSE,
  "Important information regarding your Droplet",
  """
Hello,

We're reaching out to let you know that we have disabled public networking on one of your Droplets after detecting that it was sending a large volume of unsolicited email.

Team: Tamagawa Cloud Partners
Droplet: kiso-wp-legacy (ID 398215604)
Region: SGP1
Public IPv4: 198.51.100.66

Our systems recorded more than 40,000 outbound SMTP connections from this Droplet in the last six hours, and we received complaints from several large mailbox providers. Sending spam is a violation of our Acceptable Use Policy.

What this means for you

Your Droplet is still powered on and its data has not been changed. Public inbound and outbound traffic is blocked, but you can still reach the Droplet through the Recovery Console in the control panel. Private networking within your VPC is not affected.

Next steps

Based on the software we see on the Droplet, we believe it is running an outdated WordPress installation and plugin that may have been exploited. We suggest you:

- Take a snapshot of the Droplet for your records;
- Identify and remove the malicious scripts and the mail queue;
- Update WordPress, themes and plugins, and change all passwords;
- Or, preferably, rebuild the Droplet from a clean image and restore only your content.

When you have resolved the issue, reply to this ticket and let us know what you found and what you changed. Our Trust & Safety team will review your reply and restore networking if everything looks good.

Thanks,
DigitalOcean Trust & Safety

DigitalOcean, LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
""", bland=True),

N(63, "abuse", "2027-02-20", "en", "2027-02-18 16:05 +0000", "sendgrid", ABUSE,
  "Your SendGrid account is under review",
  """
Hi there,

We're writing to let you know that your Twilio SendGrid account has been placed under compliance review because of a sudden increase in spam reports and bounces.

Account username: hbv-notify
Account ID: 27049118
Spam report rate (last 7 days): 0.41%
Bounce rate (last 7 days): 14.8%

Industry best practice is to keep spam reports below 0.08% and bounces below 5%. Rates like these usually point to sending to a purchased or outdated list, or to mail that recipients did not expect to receive.

During the review your account can continue to send, but your hourly sending limit has been lowered to 500 messages. To complete the review, we need you to answer a few questions within 48 hours:

1. How were the recipients of your recent campaigns collected, and did they explicitly opt in to receive email from you?
2. When did you last send to this list, and what kind of content did you send?
3. What steps are you taking to remove invalid and unengaged addresses?
4. Please provide a link to your sign-up form and your privacy policy.

You can answer by replying to this email. If we don't hear from you within 48 hours, we may suspend your account's ability to send email until the review is complete.

We take sender reputation seriously because it affects deliverability for all of our customers. Thanks for your help in keeping email safe.

The Twilio SendGrid Compliance Team

Twilio SendGrid, 1 Tehama St, San Francisco, CA 94105
This is a service message related to your Twilio SendGrid account.
""", bland=True, rel=("d", 2)),

N(64, "abuse", None, "en", "2027-02-21 12:40 +0000", "cloudflare", ABUSE,
  "Cloudflare Abuse Report: Phishing [Report ID 7a2e4b91c8d3f056]",
  """
Cloudflare received an abuse report regarding:

outlet.kiso-outdoor.example

Cloudflare is a network provider offering a reverse proxy, pass-through security service, and content delivery network. We are not a hosting provider, and we do not have the ability to remove content from a website. However, because this report concerns phishing, Cloudflare has taken the following action:

- A phishing warning interstitial page has been placed in front of the URLs listed below. Visitors will see a warning and can choose to continue.

Reported URLs:
https://outlet.kiso-outdoor.example/wp-content/uploads/2027/02/verify/index.php
https://outlet.kiso-outdoor.example/wp-content/uploads/2027/02/verify/login.php

Reporter's comments:
"These pages imitate the login page of a Japanese courier company and ask for card details. Links were sent by SMS to customers on 2027-02-20."

The hosting provider of the website has also been notified of this report.

What you can do

If you are the owner of this website, the content may have been placed there by an attacker who compromised your site. We recommend that you remove the content, update your content management system and plugins, and change your administrator passwords.

Once the content has been removed, you can request a review of the interstitial from the Trust & Safety section of the Cloudflare dashboard. If you believe this report is mistaken, you can also respond through the same page.

Regards,
Cloudflare Trust & Safety

Please do not reply to this email. This mailbox is not monitored.
Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
"""),

N(65, "security-incident", None, "en", "2027-02-02 05:18 +0000", "github", SEC,
  "[GitHub] A personal access token was found in a public repository and has been revoked",
  """
Hi @tcp-kuchida,

We noticed that a valid GitHub personal access token (classic) belonging to your account was committed to a public repository, and we have revoked it to protect your account.

Token name: deploy-ishikari
Token scopes: repo, workflow, read:org
Last used: February 1, 2027 from 192.0.2.131
Found in: https://github.com/ishikari-dairy-dev/milk-route-app/blob/a9c41e7/scripts/release.sh
Commit date: February 2, 2027

Because the token was publicly visible, you should assume that it may have been used by someone else. Between the time it was published and the time it was revoked, the token was used to clone 3 private repositories in the tamagawa-cp organization and to read organization membership. You can review these events in your organization's audit log.

What you should do:

- Create a new token with the smallest scope that your automation needs, preferably a fine-grained personal access token with an expiration date, or use a GitHub App instead;
- Remove the old token from the repository history, not only from the latest commit;
- Review the audit log for the tamagawa-cp organization and the security log for your account for activity you do not recognize;
- Rotate any other secrets that were present in the cloned repositories.

To help prevent this in the future, you can enable push protection for secret scanning on your repositories and organization.

If you have questions, visit https://support.github.com.

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
You are receiving this email because of a security event on your GitHub account.
"""),

N(66, "security-incident", "2027-02-10", "en", "2027-02-07 08:55 +0000", "gcp", SEC,
  "[Action Required] Compromised service account key detected in project hbv-tms-prod-2207",
  """
Dear Google Cloud customer,

We have detected that a credential for a service account in your Google Cloud project hbv-tms-prod-2207 (project number 714402391657) has been exposed on the public internet.

Service account: tms-exporter@hbv-tms-prod-2207.iam.gserviceaccount.com
Key ID: 9d2b71c05e4f8a3316c2e90b7ad41f58e2c0b6a4
Location: https://gitlab.com/harborview-it/tms-tools/-/blob/main/config/gcp-key.json

Exposed credentials can be used by anyone to access your resources and to incur charges on your billing account. We have detected API calls using this key from IP addresses that have not been used by your project before, including calls to compute.instances.insert in regions your project does not normally use.

To protect your project, we have disabled the key. Additional restrictions may apply to your project if we continue to detect suspicious activity.

What you need to do

Within 72 hours of this notification, please:
1. Delete the exposed key and create a new key only if you cannot use workload identity federation instead.
2. Review the Cloud Audit Logs for activity performed by this service account and delete any resources you did not create.
3. Reduce the roles granted to the service account to the minimum required.
4. Appeal or confirm remediation through the link in the Google Cloud console notification for the project.

If these steps are not completed within that time, your project may be suspended to prevent further abuse.

For more information, see "Best practices for managing service account keys":
https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys

Sincerely,
The Google Cloud Trust & Safety Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud account.
""", rel=("d", 3)),

N(67, "security-incident", None, "en", "2027-02-11 22:30 +0000", "heroku", SEC,
  "Security notice: unauthorized access to your Heroku account",
  """
Hi,

We are writing to let you know that an unauthorized party accessed your Heroku account (ops-heroku@tamagawa-cp.example) using a valid API key.

What happened

On February 10, 2027, between 21:04 and 23:40 UTC, the API key associated with your account was used from IP addresses that we associate with malicious activity. During this time, the following actions were performed:

- Listed all apps in the team tamagawa-cp;
- Read the config vars of the apps kiso-booking-api and kiso-booking-worker;
- Added an SSH key named "deploy-tmp" to your account.

We did not see any deployments, app deletions or changes to add-ons.

What we've done

We have revoked the API key, removed the SSH key that was added, and signed out all sessions for your account. You will need to sign in again and generate a new API key.

What you should do

The config vars of the apps listed above may include credentials for databases, third-party APIs and other services, such as the DATABASE_URL and the STRIPE_SECRET_KEY. You should treat these values as compromised:

- Rotate the credentials of the Heroku Postgres database (heroku pg:credentials:rotate);
- Rotate all third-party secrets stored in the config vars of these apps;
- Review where your API key was stored. CI systems and local configuration files are common sources of leaks;
- Review the audit trail for the team in the Heroku Dashboard.

If you need help, open a ticket at https://help.heroku.com and reference incident SEC-2027-00318.

The Heroku Security Team

Heroku, a Salesforce company | 415 Mission Street, Suite 300, San Francisco, CA 94105
""", kind="html"),

N(68, "security-incident", "2027-02-17", "en", "2027-02-15 14:08 +0000", "datadog", SEC,
  "Datadog API key exposed publicly - key will be revoked on February 17, 2027",
  """
Hello,

Datadog has detected that an API key belonging to your organization was published in a public location. Anyone who has this key can send data to your Datadog organization, which can lead to unexpected usage, billing charges and misleading data in your dashboards and monitors.

Organization: Tamagawa Cloud Partners (AP1)
API key name: mizunami-agent-prod
Key ID: 6c1f0a2e-93b4-4d7a-b8e5-21f07c9d3a64
Last four characters: ...e8d1
Found at: https://hub.docker.example/r/mzc-web/agent-config (public container image layer)
Detected: February 15, 2027, 11:52 UTC

We have observed data submitted with this key from 14 hosts that do not belong to your existing infrastructure, starting on February 14, 2027.

What we will do

To protect your organization, this key will be automatically revoked on February 17, 2027 at 12:00 UTC. After revocation, any Agent, integration or application still using it will stop sending data to Datadog.

What you need to do

- Create a new API key in Organization Settings > API Keys;
- Replace the exposed key in your Agents and applications. We recommend storing it in a secrets manager instead of a configuration file or image layer;
- Revoke the exposed key yourself once the new key is in place, ideally before the automatic revocation, so that you control the timing;
- Review the hosts and custom metrics submitted from unknown sources and delete them.

If you have questions, contact Datadog Support at https://help.datadoghq.com.

Thank you,
The Datadog Security Team

Datadog, Inc. | 620 8th Avenue, 45th Floor, New York, NY 10018
""", kind="alt"),

N(69, "security-incident", "2027-03-02", "en", "2027-02-26 17:45 +0000", "twilio", SEC,
  "Important: Your Twilio account",
  """
Hello,

We have detected activity on your Twilio account that suggests your account credentials have been compromised.

Account SID: AC3f9e1b7d2c48a56e0f1b9d3c7a2e4f68
Friendly name: Harborview Logistics - Notifications
Owner: Tamagawa Cloud Partners

Between February 25 and February 26, 2027, more than 18,000 SMS messages were sent from your account to phone numbers in ranges associated with SMS pumping (artificially inflated traffic). The requests were authenticated with your primary Auth Token and came from IP addresses that your account has never used before. Your normal traffic consists of delivery notifications to numbers in Japan.

To limit further charges, we have suspended outbound messaging to the affected destination countries and lowered your account's spending limit. Your other services continue to work.

Please take these steps now:

1. Rotate your Auth Token in the Console (Account > API keys & tokens) and update it in your applications. Promote the secondary token only after the old one is no longer used anywhere.
2. Replace Auth Token usage in your code with API keys that you can revoke individually.
3. Enable Verify Fraud Guard and configure SMS Geo Permissions to allow only the countries you send to.
4. Review your Messaging logs and the list of users with access to the account.

Reply to this message within 2 business days to confirm that the Auth Token has been rotated. After we receive your confirmation, we will restore messaging and review the charges from the fraudulent traffic with you.

Thank you,
Twilio Fraud Operations

Twilio Inc., 101 Spear Street, 5th Floor, San Francisco, CA 94105
""", bland=True, rel=("bd", 2)),
]
