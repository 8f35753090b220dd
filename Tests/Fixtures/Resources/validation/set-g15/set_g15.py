#!/usr/bin/env python3
"""Build set-g15.mbox: 32 labelled cloud-provider notices (validation batch g15).

Standard library only, deterministic. Writes the mbox, re-reads it with
mailbox.mbox, checks headers/dates/labels and exits 1 on any problem.
"""
import datetime as dt
import email.charset
import email.header
import email.utils
import mailbox
import os
import re
import sys
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g15.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt(kind, d):
    if kind == "iso":
        return d.isoformat()
    if kind == "long":          # March 5, 2028
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if kind == "dmy":           # 5 March 2028
        return f"{d.day} {MONTHS[d.month-1]} {d.year}"
    if kind == "ord":           # March 5th, 2028
        suf = "th" if 11 <= d.day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"{MONTHS[d.month-1]} {d.day}{suf}, {d.year}"
    if kind == "le":            # 05 Mar 28
        return d.strftime("%d %b %y")
    if kind == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    if kind == "md":            # March 5
        return f"{MONTHS[d.month-1]} {d.day}"
    if kind == "wd":            # Tue, 05 Mar 2028
        return d.strftime("%a, %d %b %Y")
    raise ValueError(kind)


def shifted(body, delta):
    def rep(m):
        d = dt.date.fromisoformat(m.group(2)) + delta
        return fmt(m.group(1), d)
    return re.sub(r"\{(\w+):(\d{4}-\d{2}-\d{2})\}", rep, body)


M = []


def add(**kw):
    M.append(kw)


# ---------------------------------------------------------------- 1 AWS abuse (port scan)
add(src="https://github.com/zammad/zammad-docker-compose/issues/177",
    provider="AWS", label="abuse", orig="2020-10-15", new="2028-03-02 06:41", deadline="2020-10-16",
    frm='"Amazon EC2 Abuse" <ec2-abuse@amazon.com>', to="ops@helpdesk-nordlicht.example",
    subj="Your AWS Abuse Report [9182736455] [AWS ID 493812076655]",
    body="""Hello,

Amazon Web Services has received a complaint about one of your resources:

AWS ID: 493812076655   Region: eu-central-1   EC2 Instance Id: i-0a7c3e19b5d24f680 [203.0.113.58]

The complaint says this instance is sweeping large address ranges and probing
many ports per host, which looks like an unsolicited port scan. Traffic of this
kind is not allowed under the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/). An extract of the complaint is reproduced below.

Please stop the activity and tell us what you changed by replying to this
message within 24 hours, i.e. by {wd:2020-10-16} 06:41 UTC. If the traffic is
legitimate, reply with a description of your use case instead.

If you did not start this traffic yourself, the instance may have been taken
over. A freshly installed container host with an exposed management API is a
frequent cause; several unknown containers running on the host would be a
strong sign of this.

--- Complaint extract ---
Source: 203.0.113.58
Destination ports: 22, 23, 2375, 6379, 8080
Window: {iso:2020-10-15} 00:12 - 05:57 UTC
Count: ~41,000 connection attempts

Regards,
AWS Trust & Safety

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""")

# ---------------------------------------------------------------- 2 Hetzner abuse (UDP attack)
add(src="https://github.com/OutlineFoundation/tunnel-server/pull/103",
    provider="Hetzner", label="abuse", orig="2021-03-08", new="2028-03-03 10:15", deadline="2021-03-09",
    frm='"Hetzner Online GmbH - Abuse Department" <abuse@hetzner.com>', to="vladimir.k@proxylab-devs.example",
    subj="Abuse Message [AbuseID:8D3F21:1B]: UDPFloodOut: malicious UDP traffic from 203.0.113.77",
    body="""Dear Mr Vladimir Kovalenko,

Our monitoring shows that your server 203.0.113.77 has been sending
malicious UDP traffic (flooding) towards another network.

Please stop this traffic and make sure it cannot recur. We also ask you to
send us a brief statement explaining how it happened and what you have done
about it. If the steps below are not completed, the server may be blocked at
any time after {iso:2021-03-09} 10:15:00 +0100.

How to proceed:
- Fix the cause of the traffic
- Check that it has stopped using: https://abuse.hetzner.com/retries/?token=4e1c07d9a2b85f63
- Then submit your statement using: https://abuse.hetzner.com/statements/?token=4e1c07d9a2b85f63

Excerpt of the traffic seen:

time                      proto  src_ip        src_port    dest_ip          dest_port
-----------------------------------------------------------------------------------
{wd:2021-03-07} 21:04:11  UDP    203.0.113.77  41200   =>  100.64.18.203    27015
{wd:2021-03-07} 21:04:12  UDP    203.0.113.77  41200   =>  100.64.18.203    27015
{wd:2021-03-07} 21:04:12  UDP    203.0.113.77  41201   =>  100.64.18.203    27015

Important note:
Keep the abuse ID [AbuseID:8D3F21:1B] unchanged in the subject line of any
reply. Replies by e-mail are only processed once a server has been locked.
For general questions please contact support@hetzner.com.

Kind regards

Abuse department

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
abuse@hetzner.com
www.hetzner.com
""")

# ---------------------------------------------------------------- 3 Hetzner netscan
add(src="https://github.com/holochain/holochain-infra/issues/166",
    provider="Hetzner", label="abuse", orig="2024-02-12", new="2028-03-07 14:32", deadline="2024-02-13",
    frm='"Hetzner Online GmbH - Abuse Department" <abuse@hetzner.com>', to="infra@buildfarm-kestrel.example",
    subj="Abuse Message [AbuseID:2A9E54:33]: NetscanOutLevel: Netscan detected from 198.51.100.140",
    body="""Dear Ms Ilse Brandt,

We have indications that your server 198.51.100.140 (linux-builder-2) has
been scanning other hosts.

Please deal with the cause and send us a short reply stating how this could
happen and what you are doing about it. Unless the steps below are completed,
the server can be blocked at any time after {iso:2024-02-13} 14:32:00 +0100.

How to proceed:
- Resolve the issue
- Re-test using: https://abuse.hetzner.com/retries/?token=a90b3c7e11d45f28
- Send your statement using: https://abuse.hetzner.com/statements/?token=a90b3c7e11d45f28

##########################################################################
#            Netscan detected from host 198.51.100.140                   #
##########################################################################

time                      protocol src_ip          src_port     dest_ip        dest_port
-----------------------------------------------------------------------------------------
{wd:2024-02-12} 03:10:44  TCP      198.51.100.140  50412   =>   10.0.4.17      8080
{wd:2024-02-12} 03:10:44  TCP      198.51.100.140  50418   =>   10.0.4.18      8080
{wd:2024-02-12} 03:10:45  TCP      198.51.100.140  50431   =>   172.16.9.2     8080
{wd:2024-02-12} 03:10:46  TCP      198.51.100.140  50440   =>   192.168.20.5   8080

Important note:
Leave the abuse ID [AbuseID:2A9E54:33] unchanged in the subject of any reply.

Kind regards

Abuse department
Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen / Germany
""")

# ---------------------------------------------------------------- 4 Google / Firebase project suspended for abuse
add(src="https://github.com/SabraTech/Raven-Messenger/issues/7",
    provider="Google Cloud", label="abuse", orig="2018-04-30", new="2028-03-10 17:05", deadline=None,
    frm='"Google Cloud Platform" <cloudplatform-noreply@google.com>', to="sabra.team@ravenchat.example",
    subj="[Action required] Your Google Cloud project raven-msg-5521 has been suspended",
    body="""Dear Developer,

We have suspended your Google Cloud project Raven Messenger
(id: raven-msg-5521) and the Firebase resources it contains.

Summary
Our systems linked the project to abusive use of the free trial, which breaks
the Google Cloud Platform Terms of Service and the Acceptable Use Policy. The
project was suspended on {long:2018-04-30}.

Details
Affected project: Raven Messenger (id: raven-msg-5521)
Reason: free-trial abuse detected at sign-up / billing verification
Affected services: all services in the project, including Firebase
Realtime Database and Cloud Functions

Next steps
If you think the suspension is a mistake, a project owner can file an appeal
from the Cloud Console. Before appealing, check that the project and its
credentials have not been compromised and review the applicable terms so the
problem does not come back. Projects that remain suspended without an appeal
may eventually be deleted.

Sincerely,
The Google Cloud Platform Trust & Safety Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

# ---------------------------------------------------------------- 5 RubyGems API key revoked
add(src="https://github.com/rubygems/rubygems.org/pull/2692",
    provider="RubyGems.org", label="security-incident", orig="2021-04-08", new="2028-03-12 09:27", deadline=None,
    frm='"RubyGems.org" <no-reply@mailer.rubygems.org>', to="mila.ortega@gemworks-lab.example",
    subj="Your RubyGems.org API key \"ci-release\" has been revoked",
    body="""Hi mortega,

GitHub Secret Scanning found one of your RubyGems.org API keys in a public
repository:

  Key name:  ci-release
  Found in:  https://github.com/gemworks-lab/tidy_csv/blob/5c1e0a9d/.github/workflows/release.yml
  Detected:  {iso:2021-04-08} 09:14 UTC

Because anyone could have copied it from there, we treat the key as
compromised and revoked it automatically. It can no longer be used to push or
yank gems for your account.

What to do now:
- Create a new API key with only the scopes you need and store it as a CI
  secret rather than in the repository.
- Look at the recent activity for your gems and check that no version was
  pushed that you do not recognise.
- Turn on multi-factor authentication for your account if you have not done so.

If you have questions, reply to support@rubygems.org.

Thanks,
The RubyGems.org team
""")

# ---------------------------------------------------------------- 6 GitHub OAuth token revoked
add(src="https://github.com/radishconcepts/WordPress-GitHub-Plugin-Updater/issues/72",
    provider="GitHub", label="security-incident", orig="2015-05-05", new="2028-03-14 20:48", deadline=None,
    frm='"GitHub" <noreply@github.com>', to="dev@coderspress-studio.example",
    subj="[GitHub] An OAuth access token of yours was found in a public repository",
    body="""Hi cpress-dev,

A valid OAuth access token belonging to your account was committed to the
public repository cpress-dev/theme-updater. While the token is public, anyone
can act on GitHub as you: change your data, your contact details and your
billing information.

As a precaution we have revoked the token. To keep using OAuth you will need
to generate a new token.

To make sure the account is still safe:
- Review your security log for actions you did not take:
  https://github.com/settings/security-log
- Check the authorised applications and personal access tokens listed in
  your settings and remove any you do not recognise.
- Do not store new tokens in code that is pushed to a public repository.

If you run into problems, contact GitHub Support.

Thanks,
The GitHub Team
""")

# ---------------------------------------------------------------- 7 npm incident, tokens revoked
add(src="https://github.com/danpaz/bodybuilder/issues/189",
    provider="npm", label="security-incident", orig="2018-07-12", new="2028-03-15 23:40", deadline=None,
    frm='"npm, Inc." <support@npmjs.com>', to="daniel.p@querybuild.example",
    subj="npm security incident: all of your access tokens have been invalidated",
    body="""Hello dpaz,

Earlier today a malicious version of a widely used package was published to
the registry. During the roughly two hours it was available, it read the
.npmrc files of the machines that installed it and sent the tokens found there
to a third party.

To contain the incident we have invalidated every npm access token created
before {iso:2018-07-12} 12:30 UTC. This includes all tokens on your account.

What this means for you:
- Your next npm command that needs authentication will fail until you log in
  again with `npm login`.
- Tokens used by CI services (for example to publish on release) no longer
  work. Generate new ones and update your CI secrets.
- Review the packages you maintain for versions you did not publish.

Details and the timeline are on https://status.npmjs.org/.

We are sorry for the disruption.

The npm team
""")

# ---------------------------------------------------------------- 8 npm follow-up for CI tokens
add(src="https://github.com/mozilla/webextension-polyfill/issues/148",
    provider="npm", label="security-incident", orig="2018-07-16", new="2028-03-19 08:02", deadline=None,
    frm='"npm, Inc." <support@npmjs.com>', to="release-bot@webext-tools.example",
    subj="Follow-up: your automation tokens were revoked after the {iso:2018-07-12} incident",
    body="""Hello webext-release,

This is a follow-up to our notice of {long:2018-07-12}. Your account still
has no valid access tokens: the token your CI service used was revoked along
with all others issued before the incident, and no replacement has been
created since.

Why it happened: a compromised release of a linting dependency stole the
contents of ~/.npmrc from machines that installed it between about 10:40 and
12:30 UTC on {long:2018-07-12}. If any of your build machines installed that
release, any other secret kept in ~/.npmrc should be treated as exposed too.

To resume publishing:
1. Run `npm token create` (or use the website) to make a new token.
2. Store it in your CI provider's encrypted settings and update the
   configuration that refers to it.
3. Rotate any other credentials that were stored next to the old token.

The npm team
""")

# ---------------------------------------------------------------- 9 phishing: fake GitHub token compromise
add(src="https://github.com/0xmoei/Drosera-Network/issues/19",
    provider="GitHub (phishing)", label="security-incident", orig="2025-08-15", new="2028-03-20 10:42", deadline=None,
    phishing=True,
    frm='"GitHub Security" <alerts@github-token-review.example>', to="moei@droserabuild.example",
    subj="CRITICAL SECURITY ALERT - GitHub token compromise detected on your account",
    body="""Hello @moei,

Your GitHub personal access token or OAuth app token has been ACTIVELY
EXPLOITED. We have evidence of deliberate malicious activity against your
code and your deployment pipeline.

Incident details
- Source IP: 198.51.100.213 (unrecognised origin)
- Time: {iso:2025-08-15} 10:42 UTC
- Actions observed:
  * repositories cloned without authorisation (possible code theft)
  * issues and pull requests created or edited (possible backdoor)
  * GitHub Actions workflows modified (possible CI/CD hijack)

Impact if you do nothing
- theft of private source code
- malicious code shipped in your next build
- leaked CI/CD secrets and API keys

Required immediately:
Review and mitigate now -> https://github-token-review.example/login/oauth/authorize?client=Ov23review
Any delay may lead to a full supply-chain breach.

GitHub Security Operations
""")

# ---------------------------------------------------------------- 10 phishing: second variant
add(src="https://github.com/0xYYY/foundry-pre-commit/issues/10",
    provider="GitHub (phishing)", label="security-incident", orig="2025-08-15", new="2028-03-21 09:15", deadline=None,
    phishing=True,
    frm='"GitHub" <no-reply@gitaccess-revoke.example>', to="yyy@precommit-tools.example",
    subj="Secure your account now - unusual use of your GitHub token",
    body="""Hello @0xYYY

Secure your account now:
https://gitaccess-revoke.example/auth/callback?scope=repo,workflow,delete_repo

Your GitHub Personal Access Token or OAuth app token was used in an unusual
way.

Details:
- Source IP: 203.0.113.245
- Time: {iso:2025-08-14} 09:42 UTC
- Actions: repository cloning, issue creation, changes to pull requests

Possible risks:
- changes to your repositories you did not make
- malicious code injected into production pipelines
- CI/CD secrets and environment variables exposed

We strongly advise you to:
1. Revoke the compromised token (use the button above).
2. Check recent commits and pull requests.
3. Look for unauthorised changes in your GitHub Actions workflows.

Review token activity:
https://gitaccess-revoke.example/auth/callback?scope=repo,workflow,delete_repo
""")

# ---------------------------------------------------------------- 11 AWS Lambda Python 3.9
add(src="https://github.com/ministryofjustice/modernisation-platform/issues/12139",
    provider="AWS", label="action-required", orig="2025-07-10", new="2028-03-06 16:20", deadline="2025-12-15",
    frm='"Amazon Web Services" <no-reply-aws@amazon.com>', to="platform-alerts@justice-hosting.example",
    subj="[Action Required] AWS Lambda end of support for Python 3.9 [AWS Account: 302918457716] [EU-WEST-2]",
    body="""Hello,

[AWS Health may send periodic reminders about this notice while affected
resources remain.]

Your AWS account has at least one Lambda function that runs on the Python 3.9
runtime. Lambda support for Python 3.9 ends on {long:2025-12-15}, following the
upstream Python 3.9 end of life on {long:2025-10-30}. Ending support does not stop
your functions from being invoked, but they will then run on a runtime that
the Lambda team no longer patches.

Under the Lambda runtime support policy, support ends in stages:

- From {long:2025-12-15}: no more security patches or other updates for the
  Python 3.9 runtime, no technical support for functions that use it, and the
  runtime is removed from the console (CLI, CloudFormation and SAM can still
  use it).
- From {long:2026-01-15}: new functions can no longer be created with Python 3.9.
- From {long:2026-02-15}: existing Python 3.9 functions can no longer be updated.

We recommend moving these functions to a current Python runtime before
{long:2025-12-15}. The functions concerned are listed on the 'Affected
resources' tab of your AWS Health Dashboard, for example:

  arn:aws:lambda:eu-west-2:302918457716:function:OracleDbLTS-UtilityFunction

[1] https://www.python.org/downloads/release/python-3913/
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html

Sincerely,
Amazon Web Services
""")

# ---------------------------------------------------------------- 12 AWS RDS CA rotation
add(src="https://github.com/ministryofjustice/cloud-platform/issues/1301",
    provider="AWS", label="action-required", orig="2019-10-10", new="2028-03-09 11:00", deadline="2019-10-31",
    frm='"Amazon Web Services" <no-reply-aws@amazon.com>', to="cloud-platform@justice-hosting.example",
    subj="Important Reminder: Update your Amazon RDS SSL/TLS certificates by {long:2019-10-31}",
    body="""Hello,

Please act before {long:2019-10-31} to avoid an interruption to applications
that connect to your RDS and Aurora database instances.

RDS uses a Certificate Authority (CA) to issue the certificates your database
clients check before they exchange data with a DB instance. In line with
industry practice the CA is renewed periodically. The CA currently in use
expires on {long:2020-03-05}, so existing DB instances whose certificates chain to
it have to be updated.

You are receiving this message because your account has one or more RDS DB
instances in the EU-WEST-2 Region. If your applications use SSL/TLS to reach
them, follow the step-by-step guide linked below. Instances that are not
updated will refuse SSL/TLS connections from clients after {long:2020-03-05}.

Try the steps in a development or staging environment first. Updating a DB
instance to the new certificate requires a restart, so plan a window for it.

Guide: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services
""")

# ---------------------------------------------------------------- 13 AWS ElastiCache service update
add(src="https://github.com/cds-snc/platform-forms-client/issues/4214",
    provider="AWS", label="maintenance", orig="2024-08-20", new="2028-03-13 18:30", deadline="2024-09-30",
    frm='"Amazon Web Services" <no-reply-aws@amazon.com>', to="forms-sre@gcforms-platform.example",
    subj="A new Amazon ElastiCache service update is available [AWS Account: 687401956322] [CA-CENTRAL-1]",
    body="""Hello,

A new service update, elasticache-20240820-security, can now be applied to
your ElastiCache for Redis clusters. Service updates improve the security,
reliability and operational performance of your nodes. You can apply them from
the ElastiCache console, the API or the AWS CLI.

Clusters this update applies to:

  forms-redis-staging
  forms-redis-production

Service update summary
  Name:                          elasticache-20240820-security
  Severity:                      important
  Update type:                   security-update
  AWS recommended apply-by date: {iso:2024-09-30} 23:59:59 UTC
  Auto-update after due date:    no
  Region:                        ca-central-1

When an update is applied, ElastiCache updates at most one node per shard at
a time. The node being updated is unavailable for a few seconds while the
rest of the cluster keeps serving traffic.

To begin, open the Service Updates page of the ElastiCache console. For risk
assessment and impact analysis, see the ElastiCache Service Updates FAQ:
https://aws.amazon.com/elasticache/elasticache-maintenance/

Sincerely,
Amazon Web Services
""")

# ---------------------------------------------------------------- 14 AWS Fargate task retirement
add(src="https://github.com/GSA/data.gov/issues/4610",
    provider="AWS", label="maintenance", orig="2024-02-07", new="2028-03-16 13:45", deadline="2024-02-14",
    frm='"Amazon Web Services" <no-reply-aws@amazon.com>', to="datagov-ops@open-catalog.example",
    subj="Upcoming routine retirement of your AWS Elastic Container Service tasks running on AWS Fargate [AWS Account: 587213094466]",
    body="""Hello,

AWS Fargate has deployed a new platform version revision. Tasks still running
on an earlier revision will be retired as part of routine task maintenance,
starting at {wd:2024-02-14} 18:00 GMT. The affected tasks are listed on the
'Affected resources' tab of your AWS Health Dashboard:

  ssb-development | solr-dev-service
  ssb-production  | solr-prod-service

You do not have to do anything unless you want to replace these tasks
yourself before the maintenance starts. For services that keep the default
minimum healthy percent of 100%, ECS starts a replacement task on the newest
platform version revision before stopping the old one. Tasks started after
{wd:2024-02-07} 18:00 GMT already use the new revision.

To replace the tasks early, force a new deployment of each service, e.g.:

  aws ecs update-service --cluster <cluster_name> --service <service_name> --force-new-deployment

Sincerely,
Amazon Web Services
""")

# ---------------------------------------------------------------- 15 AWS SES free tier change (Japanese)
add(src="https://github.com/nishinoshake/aws-rough/issues/67",
    provider="AWS", label="pricing", orig="2023-07-11", new="2028-03-08 02:00", deadline="2023-08-01",
    frm='"アマゾン ウェブ サービス" <no-reply-aws@amazon.com>', to="nishino@aws-rough-calc.example",
    subj="【重要】Amazon SES 無料利用枠の改定について（{ja:2023-08-01} より適用）",
    ja=True,
    body="""お客様各位

いつもアマゾン ウェブ サービスをご利用いただき、ありがとうございます。
本メールは、Amazon Simple Email Service（Amazon SES）をご利用中のお客様に
無料利用枠の変更をお知らせするものです。

■ 適用開始日
{ja:2023-08-01}

■ 廃止される無料利用枠
・送信：毎月 62,000 通までの永続的な無料枠（EC2 などからの送信分）
・受信：毎月 1,000 通までの永続的な無料枠

■ 新しい無料利用枠
・SES のご利用開始から 12 か月間、毎月 3,000 通まで無料
・この 3,000 通は送信・受信・Virtual Deliverability Manager（VDM）の
  対象メッセージで共通にカウントされます
・既存のお客様にも、適用開始日から 12 か月間この新しい無料枠が適用されます

適用開始日以降、上記の無料枠を超えたご利用分は通常料金で請求されます。
料金の詳細は Amazon SES 料金ページをご確認ください。
https://aws.amazon.com/jp/ses/pricing/

ご不明な点は AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス ジャパン合同会社
""")

# ---------------------------------------------------------------- 16 DigitalOcean maintenance
add(src="https://status.digitalocean.com/incidents/1jwy0vy3hjfb",
    provider="DigitalOcean", label="maintenance", orig="2024-02-02", new="2028-03-22 20:23", deadline="2024-02-06",
    frm='"DigitalOcean" <noreply@digitalocean.com>', to="admin@pinecrest-apps.example",
    subj="[Scheduled Maintenance] Core Infrastructure Maintenance - {md:2024-02-06}, 17:00 UTC",
    body="""Hello,

We are writing to let you know about scheduled maintenance on DigitalOcean's
core infrastructure.

Start: {wd:2024-02-06} 17:00 UTC
End:   {wd:2024-02-07} 00:00 UTC

During this window our engineers will fail some internal databases over from
one cluster to another. The work has been tested extensively, and the
failover itself should take under three seconds.

What to expect
Droplets and Droplet-based services that are already running should keep
running, and no network interruption is expected for them. Because several
services depend on these databases, the following may briefly see higher
latency or errors during the failover:

- calls to the DigitalOcean public API
- events for Droplets and Droplet-based services (create, delete, power
  on/off, resize and similar)
- actions in the Cloud Control Panel

Several teams will be on hand to keep any impact short. Progress updates and
any change to the schedule will be posted on https://status.digitalocean.com.

If you have questions, open a ticket with Support from your account.

Thank you,
The DigitalOcean Team
""")

# ---------------------------------------------------------------- 17 Azure classic storage retirement
add(src="https://github.com/MicrosoftDocs/azure-docs/issues/90687",
    provider="Azure", label="action-required", orig="2022-03-01", new="2028-03-23 15:10", deadline="2024-08-31",
    frm='"Microsoft Azure" <azure-noreply@microsoft.com>', to="k.dugan@tablestore-analytics.example",
    subj="Migrate your classic storage accounts to Azure Resource Manager by {dmy:2024-08-31}",
    body="""You're receiving this email because you use classic Azure storage accounts.

Storage accounts based on the Azure Service Manager (classic) deployment model
are being retired. On {dmy:2024-08-31} we'll retire classic Azure storage
accounts, and after that date they'll no longer be accessible.

Azure Resource Manager is the current deployment model and offers role-based
access control, resource tags and templates, which classic accounts lack.

Required action
To keep access to your data, migrate your classic storage accounts to Azure
Resource Manager before {dmy:2024-08-31}. Accounts that hold blobs, tables,
queues or files are all affected, whether or not a virtual machine uses them.

Subscription: 5f1c9a2e-7d40-4b8e-a1c3-92e6b0d4f715
Classic storage accounts: kdtablesprod, kdtablesarchive

Help and support
If you have questions, ask community experts in Microsoft Q&A. If you have a
support plan and need technical help, create a support request in the Azure
portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 18 Azure VM series retirement
add(src="https://github.com/orcasound/orcahello/issues/341",
    provider="Azure", label="action-required", orig="2025-10-15", new="2028-03-24 19:55", deadline="2028-11-15",
    frm='"Microsoft Azure" <azure-noreply@microsoft.com>', to="d.thaler@orca-listening.example",
    subj="Migrate retiring Azure Virtual Machines to latest-generation VMs before {dmy:2028-11-15}",
    body="""You're receiving this notification because you're associated with one or
more Azure subscriptions that use, or have used, VM types that are retiring.

On {dmy:2028-11-15} we'll retire the F, Fs, Fsv2, Lsv2, G, Gs, Av2, Amv2 and
B-series Azure virtual machines. After that date you won't be able to use or
buy these VMs, including the constrained-core sizes that belong to these
series.

Required action
So that your applications keep running, move workloads on F, Fs, Fsv2, Lsv2,
G, Gs, Av2, Amv2 and B-series VMs to a newer VM series before
{dmy:2028-11-15}. The migration guide lists the recommended replacement sizes
for each series.

Affected subscription: 0b7e2d14-3c9a-4f61-8e25-d1a6c49f0b83
Example resources: vm-inference-b2ms-01 (B2ms), vm-inference-f4sv2-02 (F4s v2)

Pricing for current sizes is on the virtual machines pricing page and in the
pricing calculator.

Help and support
If you have questions, get answers from community experts in Microsoft Q&A.
With a support plan, you can also open a support request in the Azure portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 19 Azure for Students disabled
add(src="https://github.com/MicrosoftDocs/azure-docs/issues/121825",
    provider="Azure", label="billing", orig="2024-04-20", new="2028-03-27 07:30", deadline=None,
    frm='"Microsoft Azure" <azure-noreply@microsoft.com>', to="k.debbabi@student-misp-lab.example",
    subj="Your Azure for Students subscription has been disabled",
    body="""Hello,

Your Azure for Students subscription (ID 6a3e91c0-52b7-4d18-9f0a-7c24e8b1d605)
has been disabled.

What this means
- Virtual machines and other services in the subscription are stopped, and
  new resources can't be created.
- Your data is kept for a limited period while the subscription is disabled.
- The remaining credit on the subscription ($81.40) can't be used while it
  is disabled.

A subscription is usually disabled when the credit runs out, the 12-month
term ends, or eligibility for the offer can no longer be confirmed. To find
the reason for this subscription and see whether it can be reactivated, open
Cost Management + Billing in the Azure portal. If reactivation isn't offered
there, you can upgrade to a pay-as-you-go subscription to keep your
resources.

For help, visit the Azure for Students support page or create a request in
the Azure portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 20 Heroku-22 deprecation
add(src="https://github.com/sciencehistory/scihist_digicoll/issues/3485",
    provider="Heroku", label="action-required", orig="2026-06-18", new="2028-03-28 12:00", deadline="2027-04-30",
    frm='"Heroku" <noreply@heroku.com>', to="j.rochkind@history-archive.example",
    subj="The Heroku-22 stack is deprecated: 2 apps in your team need upgrading",
    body="""Hi,

You have 2 apps in the team science-archive that use the Heroku-22 stack,
which is now deprecated:

  software-inventory
  export-archivespace-xml

Timeline
- From {ord:2026-11-01}: the first build of each Heroku-22 app in any
  30-day period fails with a deprecation notice.
- From {ord:2027-02-01}: the first build in any 7-day period fails.
- From {ord:2027-04-01}: the first build of each app every day fails.
- On {ord:2027-04-30}: Heroku-22 reaches end of life. Apps still on it get no
  more security updates and run at your own risk.
- From {ord:2027-05-01}: builds are no longer possible for Heroku-22 apps.

Please move these apps to a newer stack as soon as you can. The Dev Center
article "Upgrading to the Latest Stack" explains how, and the Heroku-22
End-of-Life FAQ answers common questions.

Thanks,
The Heroku Team
""")

# ---------------------------------------------------------------- 21 Heroku-20 deprecation
add(src="https://github.com/MozillaFoundation/foundation.mozilla.org/issues/13675",
    provider="Heroku", label="action-required", orig="2025-03-13", new="2028-03-29 17:40", deadline="2025-04-30",
    frm='"Heroku" <noreply@heroku.com>', to="devops@foundation-sites.example",
    subj="Reminder: 7 apps in your team still use the deprecated Heroku-20 stack",
    body="""Hi,

The Heroku-20 stack is deprecated, and 7 apps in the team foundation-web
still use it:

  mofo-redirector
  mofo-cron-dev
  mofo-cron
  pulse-api-staging
  pulse-api-production
  pulse-staging
  pulse-production

From {ord:2025-04-30} Heroku-20 is end-of-life and receives no further
security updates. From {ord:2025-05-01} builds for Heroku-20 apps are
disabled; apps that are already running will keep running.

Upgrade these apps to a newer Heroku stack, or delete the ones you no longer
need. See the Heroku-20 End-of-Life FAQ for details.

Thanks,
The Heroku Team
""")

# ---------------------------------------------------------------- 22 Heroku past due invoice
add(src="https://github.com/FAC-GM/source-code/issues/563",
    provider="Heroku", label="billing", orig="2016-08-10", new="2028-03-05 04:12", deadline=None,
    frm='"Heroku Billing" <billing@heroku.com>', to="adam.f@gm-fellowship.example",
    subj="Your Heroku account has past due invoices",
    body="""Hi,

We were not able to collect payment for the following invoices on the
account adam.f@gm-fellowship.example:

  Invoice        Period                                  Amount
  ------------------------------------------------------------
  #48120377      {iso:2016-06-01} - {iso:2016-06-30}     $14.00
  #48851902      {iso:2016-07-01} - {iso:2016-07-31}     $14.00

Because these invoices are past due, apps owned by this account have been
put into maintenance mode and show a notice to visitors instead of their
content.

To restore service, sign in to the Dashboard, check the payment method under
Account Settings > Billing and pay the outstanding balance. Once the invoices
are paid, your apps will be brought back online.

If you think this is a mistake, reply to this email or open a ticket at
https://help.heroku.com.

Thanks,
Heroku Billing
""")

# ---------------------------------------------------------------- 23 Vercel payment failed
add(src="https://github.com/vercel/docs/pull/70",
    provider="Vercel (ZEIT)", label="billing", orig="2017-11-25", new="2028-03-04 11:11", deadline=None,
    frm='"ZEIT" <support@zeit.co>', to="leo@moonstack-dev.example",
    subj="We could not charge your card for your ZEIT subscription",
    body="""Hi leo,

We tried to charge the card on file for your ZEIT Premium subscription, but
the payment did not go through. This often happens when a card has expired or
the bank has declined the charge.

Amount due: $15.00 (subscription period starting {long:2017-11-25})

We will try again over the next few days and will email you after each
attempt. If every attempt fails, your subscription and the deployments and
aliases that depend on it will be suspended, and API calls will return an
error with the code payment_required.

To avoid that, please update your payment details on the billing page of
your account: https://zeit.co/account/billing

To make sure you see our next messages, check that emails from support@zeit.co
and team@zeit.co are not filtered as spam.

Thanks,
The ZEIT Team
""")

# ---------------------------------------------------------------- 24 GitHub artifact actions v3 deprecation
add(src="https://github.com/opensearch-project/alerting/issues/1726",
    provider="GitHub", label="action-required", orig="2024-11-05", new="2028-03-01 15:00", deadline="2024-12-05",
    frm='"GitHub" <noreply@github.com>', to="peter.n@search-plugins.example",
    subj="[GitHub] Action needed: artifact actions v3 stop working on {long:2024-12-05}",
    body="""Hi pnied,

Version 3 of the artifact actions will be closed down on {long:2024-12-05}.
You are receiving this email because workflows in your organization use v3
of actions/upload-artifact or actions/download-artifact. After that date, a
workflow step that uses v3 of these actions will fail. Artifacts that are
still within their retention period stay available in the UI and through the
REST API whichever version uploaded them.

Brownouts
To make the change visible ahead of time, we will make jobs that use v3 of
these actions fail on purpose during the following periods:

- {long:2024-11-14}, 12pm - 1pm EST
- {long:2024-11-21}, 9am - 5pm EST

Builds scheduled to run during a brownout will fail.

What you need to do
Update your workflows to v4 of the artifact actions as soon as you can. To
keep action versions current automatically, you can enable Dependabot
version updates for the github-actions ecosystem.

Repositories found using v3 include: search-plugins/alerting,
search-plugins/notifications

Thanks,
The GitHub Team
""")

# ---------------------------------------------------------------- 25 Let's Encrypt expiry 17 days
add(src="https://github.com/certbot/certbot/issues/2483",
    provider="Let's Encrypt", label="action-required", orig="2016-02-15", new="2028-03-11 18:43", deadline="2016-03-03",
    frm='"Let\'s Encrypt Expiry Bot" <expiry@letsencrypt.org>', to="crazee@weatherboard-home.example",
    subj="Let's Encrypt certificate expiration notice",
    body="""Hello,

The certificate (or certificates) for the names below will expire in 17 days
(on {le:2016-03-03} 18:43 +0000). Please renew before then, otherwise
visitors to your site will see errors.

weatherboard-home.example
www.weatherboard-home.example

For questions or help, please use https://community.letsencrypt.org/.
We are unable to give support by email.

When we send these emails is explained at
https://letsencrypt.org/docs/expiration-emails/. Note that this reminder is
still sent if you have since obtained a certificate for a slightly different
set of names; if your current certificate covers more or fewer names than the
list above, you may be able to ignore this message.

Regards,
The Let's Encrypt Team
""")

# ---------------------------------------------------------------- 26 Let's Encrypt expiry 9 days
add(src="https://github.com/UniversityOfHelsinkiCS/palaute/issues/506",
    provider="Let's Encrypt", label="action-required", orig="2021-11-15", new="2028-03-17 07:27", deadline="2021-11-24",
    frm='"Let\'s Encrypt Expiry Bot" <expiry@letsencrypt.org>', to="toska-admin@coursefeedback-uni.example",
    subj="Let's Encrypt certificate expiration notice for domain \"coursefeedback-uni.example\"",
    body="""Hello,

Your certificate (or certificates) for the names listed below will expire in
9 days (on {le:2021-11-24} 07:27 +0000). Renew it before then so that
visitors to your web site do not run into errors.

We suggest renewing automatically once a third of a certificate's lifetime
remains. With our current 90-day certificates, that is 30 days before
expiry. See https://letsencrypt.org/docs/integration-guide/ for details.

coursefeedback-uni.example

For questions or support, please visit https://community.letsencrypt.org/.
We can't provide support by email.

Why and when these emails are sent: https://letsencrypt.org/docs/expiration-emails/
If you have replaced this certificate with one covering a different set of
names, you may be able to ignore this message.

To stop receiving these emails, unsubscribe at:
https://delivery.letsencrypt.org/unsubscribe/toska-admin%40coursefeedback-uni.example
(This also stops other Let's Encrypt service notices, including expiry
reminders for your other certificates.)

Regards,
The Let's Encrypt Team
""")

# ---------------------------------------------------------------- 27 Let's Encrypt expiry 6 days + end of emails
add(src="https://github.com/malbeclabs/doublezero/issues/259",
    provider="Let's Encrypt", label="action-required", orig="2025-04-22", new="2028-03-18 22:05", deadline="2025-04-28",
    frm='"Let\'s Encrypt Expiry Bot" <expiry@letsencrypt.org>', to="netops@malbec-edge.example",
    subj="Let's Encrypt certificate expiration notice for domain \"netbox.malbec-edge.example\"",
    body="""Hello,

Your certificate (or certificates) for the names listed below will expire in
6 days (on {iso:2025-04-28}). Please renew before then, or visitors to your
web site will encounter errors.

Please note that we will stop sending expiration notification emails like
this one on {long:2025-06-04}. For details, see
https://letsencrypt.org/2025/01/22/ending-expiration-emails/

We recommend automatic renewal when a third of the certificate's lifetime is
left - 30 days before expiry for our current 90-day certificates.

netbox.malbec-edge.example

For details about when we send these emails, please visit
https://letsencrypt.org/docs/expiration-emails/. This reminder is still sent
if you have since obtained a certificate with more or fewer names; in that
case you may be able to ignore it.

For questions or support, please visit https://community.letsencrypt.org/.
Unfortunately, we can't provide support by email.

Regards,
The Let's Encrypt Team
""")

# ---------------------------------------------------------------- 28 Sakura Cloud maintenance (Japanese)
add(src="https://manual.sakura.ad.jp/cloud/support/notice-policy.html",
    provider="SAKURA internet", label="maintenance", orig="2028-03-14", new="2028-03-14 15:00", deadline="2028-03-28",
    frm='"さくらインターネット" <support@sakura.ad.jp>', to="infra@hokkaido-logistics.example",
    subj="[さくらのクラウド] 石狩第1ゾーン ホストサーバメンテナンスのお知らせ（{ja:2028-03-28}）",
    ja=True,
    body="""さくらのクラウド ご利用者様

平素より弊社サービスをご利用いただき、誠にありがとうございます。
お客様がご利用中のサーバが収容されているホストサーバにつきまして、
下記の日程でメンテナンスを実施いたします。

■ 実施日時
{ja:2028-03-28} 02:00 ～ 06:00

■ 対象
ゾーン：石狩第1ゾーン
収容ホスト：sac-is1a-host-0412
対象リソース：サーバ「web-prod-01」（リソースID: 113600412235）

■ 影響
作業中、対象サーバは一度停止し、別のホストサーバへ移動したうえで起動します。
停止時間は最大で 15 分程度を見込んでおります。
メンテナンス後の稼働状態は、メンテナンス前の状態を引き継ぎます。

■ お客様へのお願い
メンテナンス日時より前にお客様ご自身でサーバをシャットダウン・再起動いただくと、
新しいホストサーバへ移動され、当日の停止を回避できます。
コントロールパネル上で、メンテナンス予定のあるサーバにはアイコンが表示されます。

作業の進捗は「メンテナンス・障害情報」ページにてお知らせいたします。
ご迷惑をおかけいたしますが、何卒ご理解のほどお願い申し上げます。

さくらインターネット株式会社
""")

# ---------------------------------------------------------------- 29 Sakura dedicated server end of service (Japanese)
add(src="https://server.sakura.ad.jp/specification/maintenance",
    provider="SAKURA internet", label="maintenance", orig="2028-03-25", new="2028-03-25 10:00", deadline="2028-09-30",
    frm='"さくらインターネット" <support@sakura.ad.jp>', to="sysadmin@kyoto-textiles.example",
    subj="【重要】さくらの専用サーバ 旧世代機種 提供終了のお知らせ（{ja:2028-09-30}）",
    ja=True,
    body="""さくらの専用サーバ ご契約者様

平素より弊社サービスをご利用いただき、誠にありがとうございます。

お客様がご利用中の旧世代機種につきまして、メーカーによる保守部材の供給終了に伴い、
故障時の部材交換が継続できなくなることから、下記の日程でサービスの提供を終了いたします。

■ 提供終了日
{ja:2028-09-30}

■ 対象サービス
サービスコード：DS-2019-03415
サーバ名：kt-db-01

■ 提供終了後について
提供終了日をもって対象サーバは停止し、ディスク上のデータは消去されます。
データの保証はいたしかねますので、お客様ご自身でバックアップを取得してください。

■ お客様へのお願い
提供終了日までに、現行機種への乗り換えをご検討ください。
乗り換えに伴う OS のインストールやデータ移行はお客様にて実施いただく必要がございます。
一般に、サーバの乗り換えはご利用開始から 5 年程度を目安にご検討いただくことを推奨しております。

ご不明な点は、会員メニューよりサポートへお問い合わせください。

さくらインターネット株式会社
""")

# ---------------------------------------------------------------- 30 Oracle idle instance reclamation
add(src="https://github.com/spiritLHLS/Oracle-server-keep-alive-script/issues/31",
    provider="Oracle Cloud", label="maintenance", orig="2023-03-15", new="2028-03-26 03:18", deadline="2023-03-22",
    frm='"Oracle Cloud Infrastructure" <no-reply@oracle.com>', to="matt.h@homelab-tenancy.example",
    subj="Oracle Cloud Infrastructure: Always Free compute instance identified as idle",
    body="""Hello,

One of the Always Free compute instances in your tenancy homelabtenancy has
been identified as idle:

  Instance: instance-20230104-arm1 (VM.Standard.A1.Flex)
  Region:   ap-tokyo-1
  OCID:     ocid1.instance.oc1.ap-tokyo-1.anxhiljr7xq2example

Oracle may reclaim idle Always Free instances. An instance counts as idle if,
over a 7-day period, the 95th-percentile CPU utilisation stays below 20%,
network utilisation stays below 20%, and, for A1 shapes, memory utilisation
stays below 20%.

If the instance is still idle, it will be stopped on or after
{long:2023-03-22}. A stopped instance can be started again, but its
capacity is not guaranteed.

Idle reclamation does not apply to paid accounts. You can upgrade your
tenancy to Pay As You Go to keep Always Free resources from being reclaimed;
Always Free allowances stay free after upgrading.

For details, see "Always Free Resources" in the OCI documentation.

Oracle Cloud Infrastructure
""")

# ---------------------------------------------------------------- 31 Oracle Always Free allowance change
add(src="https://github.com/nightscout/nocturne/pull/1301",
    provider="Oracle Cloud", label="pricing", orig="2026-06-01", new="2028-03-30 16:00", deadline="2026-06-15",
    frm='"Oracle Cloud Infrastructure" <no-reply@oracle.com>', to="ryce.g@nocturne-hosting.example",
    subj="Changes to your OCI Always Free Ampere A1 allowance effective {long:2026-06-15}",
    body="""Hello,

We are writing to tell you about a change to the Always Free allowance for
OCI Ampere A1 Compute in your tenancy nocturnecloud.

Current allowance: 3,000 OCPU hours and 18,000 GB hours per month
(equal to 4 OCPUs and 24 GB of memory)
New allowance from {long:2026-06-15}: 1,500 OCPU hours and 9,000 GB hours per
month (equal to 2 OCPUs and 12 GB of memory)

What this means for you
- Always Free tenancies: Ampere A1 instances larger than the new allowance
  must be resized. Instances still above the limit may be terminated from
  {long:2026-08-18}.
- Pay As You Go tenancies: usage above the new allowance is billed at the
  standard VM.Standard.A1.Flex rates from {long:2026-06-15}.

Your tenancy currently runs A1 instances totalling 4 OCPUs and 24 GB of
memory (instance nocturne-a1).

To avoid charges or termination, resize the instance to 2 OCPUs / 12 GB or
less before {long:2026-06-15}. You can check usage in the Cost Analysis page
of the Console.

Oracle Cloud Infrastructure
""")

# ---------------------------------------------------------------- 32 Ingenuity Cloud Services maintenance
add(src="https://docs.ingenuitycloudservices.com/intro/maintenance",
    provider="Ingenuity Cloud Services", label="maintenance", orig="2028-03-31", new="2028-03-31 13:00", deadline="2028-04-14",
    frm='"Ingenuity Cloud Services" <support@ingenuitycloudservices.com>', to="it@riverbank-render.example",
    subj="Scheduled Maintenance: Network upgrade in DAL1 on {long:2028-04-14}",
    body="""Hello,

You are receiving this notice because you hold the Support role on an account
with servers in our Dallas (DAL1) location.

We will carry out disruptive maintenance on the DAL1 aggregation network.

Window: {long:2028-04-14}, 04:00 - 08:00 UTC
Expected impact: up to two short interruptions of network connectivity, each
lasting no more than 10 minutes, while traffic is moved to new aggregation
switches.

Servers affected on your account:
  dal1-r14-srv07 (198.51.100.71)
  dal1-r14-srv08 (198.51.100.72)

No action is needed from you, but we recommend scheduling any sensitive work
outside this window. We aim to give at least two weeks' notice for disruptive
maintenance; updates during the work will be posted on our status page.

If you have questions, reply to this email or open a ticket from the portal.

Thank you,
Ingenuity Cloud Services
""")


# ================================================================ build
def build():
    email.charset.add_charset("utf-8", email.charset.QP, email.charset.QP, "utf-8")
    if os.path.exists(OUT):
        os.remove(OUT)
    mb = mailbox.mbox(OUT, create=True)
    mb.lock()
    try:
        for i, m in enumerate(M, 1):
            orig = dt.date.fromisoformat(m["orig"])
            newdt = dt.datetime.strptime(m["new"], "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)
            delta = newdt.date() - orig
            body = shifted(m["body"], delta)
            subj = shifted(m["subj"], delta)
            dl = "none" if m["deadline"] is None else (dt.date.fromisoformat(m["deadline"]) + delta).isoformat()
            m["_deadline"] = dl
            m["_date"] = newdt
            is_ascii = all(ord(c) < 128 for c in body)
            if is_ascii:
                msg = MIMEText(body, "plain", "us-ascii")
                del msg["Content-Type"]
                msg["Content-Type"] = 'text/plain; charset="utf-8"'
                del msg["Content-Transfer-Encoding"]
                msg["Content-Transfer-Encoding"] = "7bit"
            else:
                msg = MIMEText(body, "plain", "utf-8")  # quoted-printable via charset registry
            name, addr = email.utils.parseaddr(m["frm"])
            if any(ord(c) > 127 for c in name):
                frm = email.utils.formataddr((str(email.header.Header(name, "utf-8")), addr))
            else:
                frm = m["frm"]
            msg["From"] = frm
            msg["To"] = m["to"]
            if any(ord(c) > 127 for c in subj):
                msg["Subject"] = email.header.Header(subj, "utf-8").encode()
            else:
                msg["Subject"] = subj
            msg["Date"] = email.utils.format_datetime(newdt)
            msg["Message-ID"] = f"<g15.{i:02d}.{newdt.strftime('%Y%m%d%H%M')}@training.notices.example>"
            msg["X-Training-Label"] = m["label"]
            msg["X-Training-Deadline"] = dl
            if m.get("phishing"):
                msg["X-Training-Phishing"] = "yes"
            mm = mailbox.mboxMessage(msg)
            mm.set_from("MAILER-DAEMON", newdt.replace(tzinfo=None).timetuple())
            mb.add(mm)
        mb.flush()
    finally:
        mb.unlock()
        mb.close()


def check():
    problems = []
    raw = open(OUT, "rb").read()
    if b"\r\n" in raw:
        problems.append("CRLF line endings found")
    box = mailbox.mbox(OUT)
    msgs = list(box)
    if len(msgs) != len(M) or len(msgs) < 30:
        problems.append(f"message count {len(msgs)} (expected {len(M)}, >=30)")
    ids = set()
    for i, msg in enumerate(msgs, 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                problems.append(f"#{i} missing {h}")
        for k, v in msg.items():
            if any(ord(c) > 127 for c in str(v)):
                problems.append(f"#{i} non-ASCII header {k}")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != (2028, 3):
            problems.append(f"#{i} Date not in March 2028: {msg['Date']}")
        if msg["Message-ID"] in ids:
            problems.append(f"#{i} duplicate Message-ID")
        ids.add(msg["Message-ID"])
        if msg["X-Training-Label"] not in LABELS:
            problems.append(f"#{i} bad label {msg['X-Training-Label']}")
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                problems.append(f"#{i} bad deadline {dl}")
        ct = msg.get_content_type()
        if ct != "text/plain" or (msg.get_content_charset() or "").lower() != "utf-8":
            problems.append(f"#{i} bad Content-Type {msg['Content-Type']}")
        payload = msg.get_payload(decode=True).decode("utf-8")
        if not payload.isascii() and msg["Content-Transfer-Encoding"].lower() != "quoted-printable":
            problems.append(f"#{i} non-ASCII body not quoted-printable")
        if "{" in payload and re.search(r"\{\w+:\d{4}-", payload):
            problems.append(f"#{i} unexpanded date placeholder")
        for ip in re.findall(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b", payload):
            ok = (ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "10.", "172.16.", "192.168.", "100.64.")))
            if not ok:
                problems.append(f"#{i} non-documentation IP {ip}")
        exp_dl = M[i - 1]["_deadline"]
        if dl != exp_dl:
            problems.append(f"#{i} deadline mismatch")
    phish = sum(1 for m in msgs if m["X-Training-Phishing"] == "yes")
    crit = sum(1 for m in msgs if m["X-Training-Label"] in ("abuse", "security-incident") and m["X-Training-Phishing"] != "yes")
    if phish < 2:
        problems.append("fewer than 2 phishing")
    if crit < 8:
        problems.append(f"fewer than 8 critical ({crit})")
    return problems, msgs


if __name__ == "__main__":
    build()
    problems, msgs = check()
    counts = {}
    for m in msgs:
        counts[m["X-Training-Label"]] = counts.get(m["X-Training-Label"], 0) + 1
    print("messages:", len(msgs))
    for k in sorted(counts):
        print(f"  {k}: {counts[k]}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("OK")
