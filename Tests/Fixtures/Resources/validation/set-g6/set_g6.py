#!/usr/bin/env python3
"""Build set-g6.mbox: 40 cloud/hosting/SaaS notices modelled on public originals.

Deterministic, standard library only.  Writes set-g6.mbox next to this file,
re-reads it, validates it and prints counts.  Exit status 1 on any problem.
`--table` prints the Markdown table used in README.md.
"""
import datetime as dt
import email
import email.policy
import os
import quopri
import re
import sys
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g6.mbox")
LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
TZ = {"+0000": 0, "+0100": 60, "+0900": 540, "-0800": -480}


def d(s):
    return dt.date.fromisoformat(s)


def fmt_long(day):
    return day.strftime("%B ") + str(day.day) + day.strftime(", %Y")


def fmt_ja(day):
    return "%d年%d月%d日" % (day.year, day.month, day.day)


def plus(day, n):
    return day + dt.timedelta(days=n)


N = []  # notices


def add(label, deadline, provider, url, sender, to, subject, date, tz, body,
        phishing=False, lang="en"):
    N.append(dict(label=label, deadline=deadline, provider=provider, url=url,
                  sender=sender, to=to, subject=subject, date=date, tz=tz,
                  body=body, phishing=phishing, lang=lang))


# ---------------------------------------------------------------- critical
D = dt.datetime(2028, 1, 3, 9, 14)
add("abuse", "2028-01-03", "Hetzner", "https://github.com/ipfs/kubo/issues/10327",
    "Hetzner Abuse <abuse@hetzner.com>", "ops@lattice-node.example",
    "Abuse Message [AbuseID:4E91B2:2A]: NetscanOutLevel: Netscan detected from 203.0.113.58",
    D, "+0100", """Dear Mr Tomas Lindqvist,

Our systems recorded what looks like an attack originating from your server.
Please investigate, stop the activity and make sure it cannot happen again.

We also ask you to send us a short statement explaining how this came about
and which steps you are taking. If the steps below are not completed, the
server may be blocked at any time after 2028-01-03 11:14:00 +0100.

What to do:
- Fix the cause of the traffic
- Re-test using: https://abuse.hetzner.com/retries/?token=7c1e0a94d2b35f18
- Once the re-test passes, submit your statement here:
  https://abuse.hetzner.com/statements/?token=7c1e0a94d2b35f18

Please keep the abuse ID [AbuseID:4E91B2:2A] in the subject of any reply.
Manual replies are only processed once a server has been locked. For other
questions, contact support@hetzner.com.

##########################################################################
#            Netscan detected from host 203.0.113.58                     #
##########################################################################

time                      proto src_ip        src_port   dest_ip        dest_port
----------------------------------------------------------------------------------
Mon Jan  3 07:41:12 2028  TCP   203.0.113.58  4001   =>  10.14.0.6      4001
Mon Jan  3 07:41:13 2028  TCP   203.0.113.58  4001   =>  172.17.0.3     4001
Mon Jan  3 07:42:50 2028  UDP   203.0.113.58  4001   =>  192.168.8.21   4001
Mon Jan  3 07:44:02 2028  TCP   203.0.113.58  4001   =>  100.71.4.9     4001

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
""")

D = dt.datetime(2028, 1, 3, 16, 40)
add("abuse", "none", "Hetzner", "https://github.com/rtenorioh/Press-Ticket/issues/113",
    "Hetzner Abuse <abuse@hetzner.com>", "admin@ticketdesk-br.example",
    "Server locked [AbuseID:0B7F3C:11]: Netscan detected from 198.51.100.141",
    D, "+0100", """Dear Ms Camila Duarte,

Our automated scanner detected repeated network scanning coming from your
server 198.51.100.141 (product CX22, server #4418207). Because the activity
continued, the server's network access has now been locked.

The server itself keeps running, but it cannot reach the internet until the
lock is lifted. To request an unlock, log in to the Hetzner Console, open the
server and follow the instructions shown under "Locked". You will be asked
to describe the cause and the measures you have taken.

Please keep the abuse ID [AbuseID:0B7F3C:11] unchanged in any reply.

Kind regards

Abuse Team
Hetzner Online GmbH
""")

D = dt.datetime(2028, 1, 4, 1, 32)
add("abuse", "none", "DigitalOcean", "https://github.com/digitalmethodsinitiative/dmi-tcat/issues/314",
    "DigitalOcean Support <support@digitalocean.com>", "k.yilmaz@tweetlab.example",
    "Your Droplet has been taken offline: outbound denial of service detected",
    D, "+0000", """Hello,

Our network monitoring detected a denial of service attack originating from
one of your Droplets:

  Droplet:          tcat-capture-01
  Public IP:        192.0.2.77
  Outbound traffic: 1037.29 Mb/s
  Inbound traffic:  0.4 Mb/s
  Detected:         2028-01-04 00:58 UTC

To protect other users and the wider network, we have disabled the public
networking of this Droplet. You can still reach it through the Recovery
Console in the control panel.

This kind of traffic usually means the Droplet has been compromised. We
suggest recovering your data through the console, building a fresh Droplet,
hardening it (SSH keys only, updated software, a strict firewall) and then
moving your content across.

When you are ready, reply to this ticket with what you found and what you
changed, and our team will review the case.

Regards,
DigitalOcean Trust & Safety
""")

D = dt.datetime(2028, 1, 4, 8, 5)
add("abuse", "none", "Google Cloud", "https://github.com/XX-net/XX-Net/issues/12729",
    "Google Cloud Platform <CloudPlatform-noreply@google.com>", "chen.ming@proxyworks.example",
    "[Action Required] Your Google Cloud project relay-app-31 has been suspended",
    D, "-0800", """Dear Developer,

We recently found that your Google Cloud project relay-app-31 (id:
relay-app-31-88412) was being used together with other projects to get
around our quota limits by splitting one workload across many projects.
This breaks the Google Cloud Platform Terms of Service, so the project has
been suspended.

If you think the suspension was applied by mistake, you can file an appeal.
You must be signed in as a project owner to open the appeal page. The
Policy Violations FAQ explains how appeals are reviewed.

You may already have received a warning that the project would be suspended
unless the violation was corrected. If you did not, it is because the
behaviour interfered seriously with the service or with other users and we
had to act immediately.

Please review the Google Cloud Platform Terms of Service, the Acceptable Use
Policy and the terms of any Google API you use so that future projects stay
within them.

The Google Cloud Platform Trust & Safety Team
""")

D = dt.datetime(2028, 1, 5, 10, 20)
add("abuse", "none", "Google Cloud", "https://github.com/XX-net/XX-Net/issues/4829",
    "Google Cloud Platform <CloudPlatform-noreply@google.com>", "liu.wei@gatetest.example",
    "Important notice: several of your projects are operating as one project",
    D, "-0800", """Dear Developer,

We have noticed that several projects linked to your Google Cloud account
appear to be acting as one single project:

  gate-mirror-01, gate-mirror-02, gate-mirror-03, gate-mirror-04,
  gate-mirror-05, gate-mirror-06, gate-mirror-07, gate-mirror-08,
  gate-mirror-09, gate-mirror-10

Running the same application across many free projects may breach the
Google Cloud Terms of Service. Please look at these projects, merge them
into one, and delete any project that could be pushing you over the free
quotas. Also keep an eye on apps and third-party tools that might create
duplicate projects for you without your knowledge.

Projects found to be violating the Terms of Service can be suspended.

Regards,
The Google Cloud Platform Team
""")

D = dt.datetime(2028, 1, 9, 14, 2)
add("abuse", "none", "Cloudflare", "https://github.com/MetaMask/eth-phishing-detect/issues/13448",
    "Cloudflare Trust & Safety <abusereply@cloudflare.com>", "olaf@testbench-lab.example",
    "[Cloudflare] Phishing report for swapdemo.testbench-lab.example",
    D, "+0000", """Hello,

Cloudflare has received a phishing report concerning a hostname in one of
your zones:

  Reported URL: https://swapdemo.testbench-lab.example/
  Reporter:     Brand-protection vendor acting for a decentralised exchange
  Report ID:    CF-PH-5521907

Evidence provided by the reporter:

  The site imitates the exchange's official web interface and its
  branding. It appears designed to trick visitors into connecting a wallet
  and approving transactions or entering sensitive information. We ask
  that the page be removed and that the operator refrain from this
  activity. We confirm, under penalty of perjury, that we are authorised
  to act for the brand owner.

Notes:
Cloudflare does not host content served through a Cloudflare Pages or proxy
setup on your origin; we have passed this complaint to the hosting provider
on record as well. Please review the content and take appropriate action.

Regards,
Cloudflare Trust & Safety
""")

D = dt.datetime(2028, 1, 6, 3, 11)
add("abuse", "none", "Microsoft Azure", "https://github.com/MicrosoftDocs/azure-docs/issues/5608",
    "Microsoft Azure <azure-noreply@microsoft.com>", "zhang.hao@studiocloud.example",
    "Your Azure subscription Pay-As-You-Go has been disabled",
    D, "+0000", """Hello,

We need to let you know about a problem with your account.

Your subscription "Pay-As-You-Go" (ID 6f0c2e71-4b9a-4d6e-9a21-3c55e80d1b47)
and the services running in it were disabled on January 6, 2028, because we
detected activity that violates the Microsoft Azure terms of service.

If you believe this decision is wrong, please contact Azure Support and a
member of the team will look into it with you.

Thank you,
Microsoft Azure
""")

D = dt.datetime(2028, 1, 7, 6, 45)
add("security-incident", "none", "Twilio SendGrid", "https://github.com/HeRAMS-WHO/herams-backlog/issues/153",
    "Twilio SendGrid <support@sendgrid.com>", "platform-ops@healthmap-intl.example",
    "Your SendGrid account has been suspended due to suspicious activity",
    D, "+0000", """Hello,

We have temporarily suspended your Twilio SendGrid account (username
healthmap-mailer) after detecting sending activity that does not match your
normal traffic. Large volumes of spam were sent through API keys belonging
to your account from sources that are not your registered application,
which indicates that one or more API keys have been exposed.

While the account is suspended, no mail can be sent and API requests will
be rejected.

To have the account reviewed for reactivation, please:

  1. Delete or rotate every API key on the account.
  2. Check where the keys were stored (for example public code
     repositories or configuration files) and remove them.
  3. Enable two-factor authentication for all users of the account.
  4. Reply to this ticket (#12094466) with a short root-cause analysis
     and the steps you have taken.

Our Compliance team will review your reply and let you know the outcome.

Regards,
Twilio SendGrid Support
""")

D = dt.datetime(2028, 1, 5, 4, 30)
add("security-incident", "none", "CircleCI", "https://github.com/18F/tock/pull/1511",
    "CircleCI Security <noreply@circleci.com>", "devops@timesheet-gov.example",
    "CircleCI security alert: rotate any secrets stored in CircleCI",
    D, "+0000", """Hello,

We are writing to tell you that we are currently investigating a security
incident. Our investigation is ongoing and we will share updates as we
learn more.

At this point we are confident that there are no unauthorised actors
active in our systems. However, out of an abundance of caution, we strongly
recommend that all customers take the following steps now:

  - Immediately rotate any and all secrets stored in CircleCI, whether they
    live in project environment variables or in contexts.
  - Review internal logs for any unauthorised access starting from
    December 22, 2027 through today.

We have also invalidated all project API tokens, so you will need to
replace them.

Further details and updates will be posted on our blog and status page.
We apologise for the disruption this causes.

The CircleCI Security Team
""")

D = dt.datetime(2028, 1, 12, 2, 17)
add("security-incident", "2028-01-13", "GitHub (impersonated)", "https://github.com/ethereum/go-ethereum/issues/35716",
    "GitHub Security <security-alert@githubnotice.example>", "r.okafor@northwind-dev.example",
    "Security Alert: API Key Exposure Detected",
    D, "+0000", """Security Notification

Our automated security scan detected that a personal access token linked
to your account was published in a public repository.

@rokafor - your token appeared in a recent commit.

Required actions

To restore access and confirm your identity, please open the security
verification page:

  Verify account access: https://rokafor-verify.githubnotice.example/verify

This verification is required by GitHub's automated security system. If
you do not verify within 24 hours, restrictions may be placed on your
account.

This is an automated security notification. Please do not reply.
""", phishing=True)

D = dt.datetime(2028, 1, 11, 18, 0)
add("security-incident", "none", "Travis CI", "https://github.com/ducminh-phan/reformat-gherkin/issues/47",
    "Travis CI <noreply@travis-ci.com>", "maintainers@gherkin-tools.example",
    "Security bulletin: secure environment variables may have been exposed",
    D, "+0000", """Hello,

We are contacting you about a security issue affecting Travis CI.

Between January 1 and January 8, 2028, a defect in our build system could
expose the secure environment variables of a public repository to builds
started from pull requests opened on forks of that repository. Secrets that
should have been withheld from those builds may have been readable in their
logs.

The defect has been fixed. Because we cannot rule out that your secrets
were read during that period, we recommend that you rotate all secrets
configured for your public repositories on travis-ci.com, including API
tokens, deploy keys and signing keys.

We are sorry for this incident.

The Travis CI Team
""")

# ---------------------------------------------------------------- action-required
D = dt.datetime(2028, 1, 10, 17, 3)
e1, e2, e3 = plus(D.date(), 173), plus(D.date(), 310), plus(D.date(), 341)
add("action-required", e1.isoformat(), "AWS", "https://github.com/DataDog/cloudformation-template/issues/99",
    "Amazon Web Services <no-reply-aws@amazon.com>", "aws-root@logstream-co.example",
    "[Action Required] AWS Lambda end of support for Python 3.8 [AWS Account: 402918836615]",
    D, "+0000", f"""Hello,

We have found that your AWS account currently has one or more AWS Lambda
functions that use the Python 3.8 runtime.

Lambda will end support for Python 3.8 on {fmt_long(e1)}, following the
upstream end of life of Python 3.8 [1].

Under the Lambda runtime support policy [2], end of support happens in
stages:
  - From {fmt_long(e1)}, Lambda stops applying security patches and
    other updates to the Python 3.8 runtime, and functions using it are no
    longer eligible for technical support. The runtime also disappears from
    the console, although CloudFormation, the AWS CLI, AWS SAM and other
    tools can still create and update such functions.
  - From {fmt_long(e2)}, you can no longer create functions that use
    Python 3.8.
  - From {fmt_long(e3)}, you can no longer update existing functions
    that use Python 3.8.

We recommend that you move your Python 3.8 functions to the latest Python
runtime available in Lambda before {fmt_long(e1)}.

End of support does not stop your functions from running; they will simply
run on a runtime that the Lambda team no longer maintains or patches.

The affected functions are listed in the 'Affected resources' tab of your
AWS Health Dashboard.

[1] https://devguide.python.org/versions/
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

Sincerely,
Amazon Web Services
""")

D = dt.datetime(2028, 1, 13, 15, 26)
e1, e2 = plus(D.date(), 70), plus(D.date(), 100)
add("action-required", e1.isoformat(), "AWS", "https://github.com/clawfire/covid19-passbook-generator/issues/396",
    "Amazon Web Services <no-reply-aws@amazon.com>", "hello@passcraft.example",
    "[Action Required] AWS Lambda end of support for Node.js 12 [AWS Account: 771302948856]",
    D, "+0000", f"""Hello,

Our records show that your AWS account has one or more Lambda functions
running on the Node.js 12 runtime.

Support for Node.js 12 in AWS Lambda is ending, following the end of life
of Node.js 12 upstream [1].

As the Lambda runtime support policy [2] describes, this happens in two
steps. Starting {fmt_long(e1)}, Lambda will no longer apply security
patches or other updates to the Node.js 12 runtime, functions using it will
no longer be eligible for technical support, and you will no longer be able
to create new functions on Node.js 12. Starting {fmt_long(e2)}, you will
also no longer be able to update existing Node.js 12 functions.

We recommend upgrading your Node.js 12 functions to Node.js 16 before
{fmt_long(e1)}.

Your functions will keep running after end of support, but on a runtime
that is no longer maintained or patched by the Lambda team.

You can list the affected functions in a region with the AWS CLI [3]:
  aws lambda list-functions --region us-east-1 --output text \\
    --query "Functions[?Runtime=='nodejs12.x'].FunctionArn"

[1] https://github.com/nodejs/Release
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
[3] https://aws.amazon.com/cli/

Sincerely,
Amazon Web Services
""")

D = dt.datetime(2028, 1, 14, 9, 50)
e1 = plus(D.date(), 57)
add("action-required", e1.isoformat(), "AWS", "https://github.com/sul-dlss/dlme/issues/315",
    "Amazon Web Services <no-reply-aws@amazon.com>", "web-admin@mideast-library.example",
    "Certificate renewal for spotlight.mideast-library.example requires your attention",
    D, "+0000", f"""Greetings from Amazon Web Services,

A certificate issued by AWS Certificate Manager (ACM) in your AWS account
expires on {e1.strftime('%b %d, %Y')} at 12:00:00 UTC. It covers the following
domains:
  spotlight.mideast-library.example, staging.mideast-library.example

ACM has started renewing this certificate, but it cannot currently issue a
new certificate for these domains:
  staging.mideast-library.example, spotlight.mideast-library.example

The domains carry Certification Authority Authorization (CAA) records that
do not allow the Amazon certificate authority to issue for them. Please read
the CAA troubleshooting guide and update your CAA DNS records accordingly:
http://docs.aws.amazon.com/acm/latest/userguide/troubleshooting-caa.html

ACM will keep retrying the renewal until it succeeds or the certificate
expires. If the current certificate expires without being renewed, your
website may become unreachable.

AWS account ID: 5820-1147-3309
Region: us-west-2

Sincerely,
Amazon Web Services
""")

D = dt.datetime(2028, 1, 17, 20, 12)
e1 = plus(D.date(), 340)
add("action-required", e1.isoformat(), "AWS", "https://github.com/cloud-gov/product/issues/2199",
    "Amazon Web Services <no-reply-aws@amazon.com>", "cloud-ops@fedplatform.example",
    "[Action Required] Amazon ElastiCache for Redis 3 End Of Life (EOL)",
    D, "+0000", f"""Hello,

You are receiving this message because one or more Amazon ElastiCache for
Redis clusters in your account run version 3.x.x in the US-GOV-WEST-1 Region.

ElastiCache for Redis version 3 will reach its End Of Life (EOL) on
{fmt_long(e1)}. We are telling you now so that you have enough time to
upgrade. Please upgrade these clusters to the latest available ElastiCache
for Redis version before {fmt_long(e1)}. The latest version today is 6.2,
which brings JSON support, Redis Streams, Enhanced IO and data tiering, along
with security and reliability improvements.

You can start the upgrade at any time from the console, the CLI or the API.
The upgrade is fully managed and updates every node in the cluster; depending
on the configuration it may briefly interrupt your application. We suggest
taking a snapshot first and running the upgrade during a maintenance window.

Affected clusters: broker-cache-prod-001, broker-cache-stg-001

Sincerely,
Amazon Web Services
""")

D = dt.datetime(2028, 1, 18, 11, 40)
e1 = plus(D.date(), 148)
add("action-required", e1.isoformat(), "AWS", "https://github.com/scimma/hop-client/issues/239",
    "Amazon Web Services <no-reply-aws@amazon.com>", "infra@alertstream-astro.example",
    "[Action Required] Amazon EKS ends support for Amazon Linux 2 optimized AMIs [AWS Account: 118830274561]",
    D, "+0000", f"""Hello,

[AWS Health may periodically send reminders about this communication if
resources remain unresolved.]

You are receiving this message because one or more of your Amazon EKS
clusters run nodes on Amazon Linux 2 (AL2) based AMIs. Amazon EKS will end
support for EKS optimized AL2 AMIs on {fmt_long(e1)}.

After that date, EKS will stop publishing new AL2 optimized AMIs, including
security patches, and AL2 AMIs will not be available for new Kubernetes
versions. Nodes already running will continue to work.

We recommend migrating your node groups to Amazon Linux 2023 or Bottlerocket
before {fmt_long(e1)}. See the EKS AMI deprecation FAQs for guidance.

Affected resources are listed in the 'Affected resources' tab of your AWS
Health Dashboard:
  hop-prod (node group ng-general), hop-devel (node group ng-general)

Sincerely,
Amazon Web Services
""")

D = dt.datetime(2028, 1, 19, 19, 5)
e1 = plus(D.date(), 48)
add("action-required", e1.isoformat(), "AWS", "https://github.com/awslabs/landing-zone-accelerator-on-aws/issues/650",
    "Amazon Web Services <no-reply-aws@amazon.com>", "cloud-platform@stateagency.example",
    "AWS will require MFA for the root user of member accounts starting " + fmt_long(e1),
    D, "+0000", f"""Hello,

Beginning {fmt_long(e1)}, AWS will require multi-factor authentication
(MFA) when the root user of a member account in your AWS organization signs
in to the AWS Management Console. MFA adds another layer of protection and
is available at no extra cost.

We recommend that you centralize the root user credentials of accounts
managed through AWS Organizations [1]. Once root access is centralized, you
can remove the root user credentials from member accounts and perform the
few privileged tasks that need them from the management account. Member
accounts without root credentials are not affected by the MFA requirement.

If you keep root credentials in member accounts, please register an MFA
device for each of those root users before {fmt_long(e1)} so that sign-in
is not interrupted.

Organization ID: o-7hq2kd91xz

[1] https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html

Sincerely,
Amazon Web Services
""")

D = dt.datetime(2028, 1, 20, 16, 22)
f1, f2, e1, f3 = plus(D.date(), 182), plus(D.date(), 241), plus(D.date(), 270), plus(D.date(), 271)
add("action-required", e1.isoformat(), "Heroku", "https://github.com/sfbrigade/bats-server/issues/198",
    "Heroku <noreply@heroku.com>", "dev-team@ambulance-routing.example",
    "Your app's stack is approaching end-of-life (Heroku-18)",
    D, "+0000", f"""Your recently built app bats-dev uses the Heroku-18 stack, which is
deprecated.

  - From {fmt_long(f1)}, the first build of each Heroku-18 app in any
    7-day period will fail with a deprecation notice.
  - From {fmt_long(f2)}, that failure will happen on the first build of
    each app every day.
  - On {fmt_long(e1)}, Heroku-18 reaches end-of-life. Apps on it will no
    longer receive security updates and will run at your own risk.
  - From {fmt_long(f3)}, builds will no longer be allowed for Heroku-18
    apps.

Please upgrade to a newer stack as soon as you can:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

The Heroku-18 End-of-Life FAQ has more details.

- The Heroku Team
""")

D = dt.datetime(2028, 1, 21, 7, 58)
e1 = plus(D.date(), 91)
add("action-required", e1.isoformat(), "Microsoft Azure", "https://github.com/microsoft/azure-container-apps/issues/876",
    "Microsoft Azure <azure-noreply@microsoft.com>", "kogasaka@retail-apps.example",
    "Action required: Retirement of Azure Container Apps versions",
    D, "+0000", f"""You're receiving this email because you use Azure Container Apps.

On {fmt_long(e1)}, the Azure Container Apps control plane API versions
2022-06-01-preview and 2022-11-01-preview will be retired. After that date,
management operations that use these API versions may fail.

Our logs show that subscription "Retail Apps Production" (ID
2b7d4c19-0e6a-4f5b-8c33-91a2e4f70d58) recently made management calls with
one of the retiring versions.

Required action
Before {fmt_long(e1)}, update your tools and templates (Azure CLI, SDKs,
ARM or Bicep templates, Terraform providers) to use API version 2023-05-01
or later.

Help and support
If you have questions, get answers from community experts in Microsoft Q&A,
or open a support request in the Azure portal if you have a support plan.

Microsoft Azure
""")

D = dt.datetime(2028, 1, 24, 13, 30)
e1 = plus(D.date(), -3)
c0 = plus(D.date(), -218)
add("action-required", e1.isoformat(), "Microsoft Azure", "https://github.com/Azure/app-service-announcements/issues/469",
    "Microsoft Azure <azure-noreply@microsoft.com>", "hosting-admins@cityservices.example",
    "App Service Environment version 1 and version 2 were retired on " + fmt_long(e1),
    D, "+0000", f"""You're receiving this email because your subscription still contains App
Service Environment v1 or v2 resources.

App Service Environment v1 and v2 run on Cloud Services (classic), which
was retired on {fmt_long(e1)}; App Service Environment v1 and v2 were
retired on the same date. That date has now passed and we have begun
decommissioning the underlying hardware, which may affect the availability
and performance of your apps and data.

  - Since {fmt_long(c0)}, new App Service Environment v1 and v2 workloads
    can no longer be created by any method.
  - Since {fmt_long(e1)}, the Service Level Agreement and service credits
    no longer apply to v1 and v2 workloads still in production.

Required action: migrate to App Service Environment v3 now. Otherwise your
apps and resources may be deleted. We will try to migrate remaining v1 and
v2 environments automatically on a best-effort basis, but we cannot
guarantee application availability after such a migration.

Affected environments: ase-permits-v2, ase-parking-v1

Microsoft Azure
""")

D = dt.datetime(2028, 1, 25, 18, 44)
e1 = plus(D.date(), 51)
add("action-required", e1.isoformat(), "Cloudflare", "https://github.com/numfocus/infrastructure/issues/34",
    "Cloudflare <noreply@notify.cloudflare.com>", "b.varga@plotlib-project.example",
    "Action Required: Upcoming Let's Encrypt certificate chain change",
    D, "+0000", f"""Hello,

We are contacting you about an upcoming change that affects which devices
can validate Let's Encrypt certificates issued after {fmt_long(e1)}.

You are receiving this message because we found that your account uses
Let's Encrypt certificates through Universal SSL, Advanced Certificate
Manager, Custom Certificates or SSL for SaaS. Let's Encrypt is ending its
cross-signed chain, so certificates issued from that date will chain only to
its own root. Some older devices, mainly Android 7.0 and earlier, will no
longer trust them.

We recommend that you read about the Let's Encrypt change and make any
adjustments before {fmt_long(e1)}, for example by choosing a different
certificate authority for hostnames that must serve legacy clients.

Affected zone: plotlib-project.example

For more information, see our developer documentation and blog post. If you
are an Enterprise customer with further questions, contact your account
team.

The Cloudflare Team
""")

D = dt.datetime(2028, 1, 26, 5, 10)
e1 = plus(D.date(), 31)
add("action-required", e1.isoformat(), "Cloudflare", "https://github.com/AFreeCoder/gpt101/issues/6",
    "Cloudflare <noreply@notify.cloudflare.com>", "owner@chatguide101.example",
    "Action required: validate chatguide101.example to renew its SSL certificate",
    D, "+0000", f"""Hello,

The SSL/TLS certificate that Cloudflare serves for chatguide101.example
expires on {fmt_long(e1)} and is now in its renewal window. Cloudflare
could not complete Domain Control Validation (DCV) for this hostname
automatically.

To allow the certificate authority to issue the renewed certificate, add the
following TXT record at your authoritative DNS provider:

  Name:  _acme-challenge.chatguide101.example
  Type:  TXT
  Value: Qm7vX2kLr9d0TfPz3WcYh8eN1sJbUa6gE4oHq5iKtMw

Once the record is in place, validation usually completes within a few
minutes and the new certificate is deployed automatically. If the
certificate is not renewed before it expires, visitors may see security
warnings or be unable to reach your site.

You can check the status in the dashboard under SSL/TLS > Edge Certificates.

The Cloudflare Team
""")

D = dt.datetime(2028, 1, 27, 10, 0)
e1 = plus(D.date(), 42)
add("action-required", e1.isoformat(), "Google Workspace", "https://tabi-g.blogspot.com/2022/04/g-suite-to-google-workspace.html",
    "Google Workspace <workspace-noreply@google.com>", "admin@tabiya-trading.example",
    "この機会に Google Workspace への切り替えをご検討ください",
    D, "+0900", f"""Google Workspace 管理者様

ご利用中の従来の無償版 G Suite(tabiya-trading.example)は、まもなくご利用いただけなくなります。

現在、新しい Google Workspace の有料サブスクリプションへ切り替えていただいたお客様を対象に、特別割引をご用意しています。また、今後数週間のうちに、料金のかからないオプションの順番待ちリストへのご登録も受け付ける予定です。

{fmt_ja(e1)}までに切り替え方法をお選びいただけなかった場合は、おすすめの Google Workspace サブスクリプションへ自動的に移行されます。その後はお支払い情報のご登録が必要となります。

切り替えは Google 管理コンソールの[お支払い]から行えます。

Google Workspace チーム
""", lang="ja")

D = dt.datetime(2028, 1, 28, 9, 30)
e1 = plus(D.date(), 13)
add("action-required", e1.isoformat(), "Microsoft Outlook.com", "https://chiilabo.com/2024-09/outlook-required-third-party-email-app-oauth-update/",
    "Outlook <outlook@communication.microsoft.com>", "m.sato@chiilabo-family.example",
    "アクションが必要です: 一部のサードパーティ製メール・カレンダーアプリからアクセスできなくなる可能性があります",
    D, "+0900", f"""Microsoft アカウントをご利用のお客様へ

{fmt_ja(e1)}以降、安全性の低いサインイン方式(基本認証)を使うアプリからは、Outlook.com のメールやカレンダーにアクセスできなくなります。

影響を受ける主な例:
 ・基本認証で POP または IMAP 接続するよう設定されたメールアプリ
 ・基本認証を使う古いバージョンの Outlook デスクトップ アプリ

お客様のアカウント(m.sato@chiilabo-family.example)では、最近このような接続が確認されています。

必要な対応:
 ・最新の Outlook アプリ(Windows / Mac / iOS / Android)に切り替える
 ・ほかのメールアプリを使う場合は、OAuth(先進認証)に対応した設定でアカウントを追加し直す

ブラウザーから Outlook.com を使っている場合は、対応は不要です。

Microsoft
""", lang="ja")

# ---------------------------------------------------------------- maintenance
D = dt.datetime(2028, 1, 6, 21, 15)
e1 = plus(D.date(), 10)
add("maintenance", e1.isoformat(), "AWS", "https://github.com/LeastAuthority/leastauthority.com/issues/320",
    "Amazon Web Services <no-reply-aws@amazon.com>", "ops@tahoe-storage.example",
    "[Retirement Notification] Amazon EC2 maintenance: scheduled reboot of your instances",
    D, "+0000", f"""Dear Amazon EC2 Customer,

One or more of your Amazon EC2 instances in the us-east-1 region are
scheduled for a reboot as part of required maintenance on the underlying
hosts. Each instance has a two-hour window on {e1.isoformat()}:

  i-0a31c7e2  {e1.isoformat()} 02:00-04:00 UTC
  i-0b82d519  {e1.isoformat()} 03:00-05:00 UTC
  i-0c4e6f70  {e1.isoformat()} 05:00-07:00 UTC
  i-0d99a143  {e1.isoformat()} 06:00-08:00 UTC
  i-0e27b3d8  {e1.isoformat()} 08:00-10:00 UTC
  i-0f60c5a2  {e1.isoformat()} 08:00-10:00 UTC

Your instances will return to normal operation after the maintenance and
keep all their configuration settings. If you want to avoid the reboot, you
can move the workloads to replacement instances before the window;
replacement instances are not affected by this maintenance. Otherwise no
action is generally needed (some system components may change at reboot,
and your operating system may ask you to install additional drivers).

Details are shown under Events in the EC2 console.

Sincerely,
Amazon Web Services
""")

D = dt.datetime(2028, 1, 11, 10, 14)
e1 = plus(D.date(), 43)
add("maintenance", e1.isoformat(), "AWS", "https://github.com/DataBiosphere/azul/issues/4983",
    "Amazon Web Services <no-reply-aws@amazon.com>", "azul-ops@genomics-portal.example",
    "Amazon OpenSearch Service: service software update R20280110 for your domains",
    D, "+0000", f"""Hello,

A service software update, R20280110, is available for the following Amazon
OpenSearch Service domains in your account (us-east-1):

  index-dev, index-sandbox, index-anvildev, index-anvilbox, index-prod

Severity: High

This update will be installed automatically after
{e1.isoformat()}T10:14:05Z if no action is taken. You can apply it earlier
at a time that suits you from the OpenSearch Service console (Actions >
Update) or with the StartServiceSoftwareUpdate API.

During the update, OpenSearch Service performs a blue/green deployment:
new nodes are created, data is migrated and the old nodes are removed. The
domain stays available, but we recommend avoiding heavy indexing while the
update runs.

Sincerely,
Amazon Web Services
""")

D = dt.datetime(2028, 1, 18, 15, 3)
e1 = plus(D.date(), 2)
add("maintenance", e1.isoformat(), "MongoDB Atlas", "https://github.com/hotosm/openaerialmap/issues/163",
    "MongoDB Atlas <mongodb-atlas@mongodb.com>", "infra@openimagery.example",
    f"Your cluster oam-api-production will be upgraded to MongoDB 4.4 on {fmt_long(e1)}",
    D, "+0000", f"""Hi,

MongoDB 4.2 has reached end of life, and your dedicated Atlas cluster still
runs it:

  Project:  Open Imagery
  Cluster:  oam-api-production (M10, replica set, 3 nodes)
  Region:   AWS / N. Virginia (us-east-1)
  Version:  4.2.24

On {fmt_long(e1)}, Atlas will automatically upgrade this cluster to
MongoDB 4.4 during your project's maintenance window. The upgrade is
performed as a rolling process, one node at a time, so the cluster stays
available apart from brief elections.

To avoid surprises, check that your drivers support MongoDB 4.4 and review
the compatibility changes in the 4.4 release notes. You can also upgrade
the cluster yourself at any time before that date from the cluster's
configuration page.

The MongoDB Atlas Team
""")

D = dt.datetime(2028, 1, 19, 22, 39)
e1 = plus(D.date(), 1)
add("maintenance", e1.isoformat(), "OSU Open Source Lab", "https://github.com/nodejs/build/issues/4475",
    "OSU Open Source Lab <support@osuosl.org>", "build-infra@runtime-project.example",
    f"Scheduled Host Upgrade - {e1.strftime('%a, %B')} {e1.day}, {e1.year} - openpower9.osuosl.bak",
    D, "+0000", f"""Hello,

We are letting you know about scheduled maintenance that will affect your
virtual machines on hypervisor node openpower9.osuosl.bak.

We are upgrading the operating system on this hardware. Before the work
starts, your virtual machines will be moved to another host in the same
cluster: each one will be shut down, relocated and started again.

Scheduled date: {e1.strftime('%a, %B')} {e1.day}, {e1.year}
Maintenance window: 2:45 PM - 5:00 PM PST

Affected virtual machines:
  Runtime Project:
    - release-rhel8-ppc64le-2 (ACTIVE)

Each virtual machine is unavailable only while it is being moved, usually a
few minutes, not for the whole window. Your data sits on shared storage and
is not touched by the move. Nothing is required from you, although we
suggest avoiding scheduled jobs during the window.

If you have questions, reply to this email or write to support@osuosl.org.

We apologise for any inconvenience.
OSU Open Source Lab
""")

D = dt.datetime(2028, 1, 21, 12, 48)
e1 = plus(D.date(), 5)
add("maintenance", e1.isoformat(), "MakeShop (GMO)", "https://makeshop.jp/main/support/maintenance/info_detail.html/20211008124804.html",
    "MakeShop サポート <info@makeshop.jp>", "owner@kimono-select.example",
    f"【メンテナンス告知】{e1.year}/{e1.month}/{e1.day} 深夜 メールサーバーメンテナンス実施のお知らせ",
    D, "+0900", f"""ショップオーナー様

いつも MakeShop をご利用いただき、誠にありがとうございます。

下記の日時に、メールサーバーのメンテナンスを行います。作業中は一時的にサービスが停止する時間帯がございます。ご不便をおかけしますが、ご確認とショップ内でのご周知をお願いいたします。

■対象サーバー
 mail1 / mail2 / mail3 / mail4

■実施日時
 {fmt_ja(e1)} 午前0:00 ～ 午前6:00

■影響
 ・作業中、最大30分ほどメールの送受信ができなくなります。
 ・停止中に外部から送られたメールは、送信元サーバーが再送を行えば、作業終了後に受信されます。

■ご利用中のメールサーバーの確認方法
 管理画面の[メール]>[メール管理]>[メールアカウント発行・設定]にある「利用メールサーバー」をご確認ください。
 メールアカウントを設定していないショップは対象外です。

ご迷惑をおかけいたしますが、何卒よろしくお願い申し上げます。

MakeShop サポートセンター
""", lang="ja")

# ---------------------------------------------------------------- security-advisory
D = dt.datetime(2028, 1, 24, 7, 12)
add("security-advisory", "none", "GitHub", "https://github.com/SwiftPackageIndex/SwiftPackageIndex-Server/issues/1017",
    "GitHub <noreply@github.com>", "ops@pkgindex.example",
    "[GitHub] Please update your API authentication tokens",
    D, "+0000", f"""Hello there!

We noticed that on {fmt_long(plus(D.date(), -1))} at 23:07 (UTC) your application
(pkgindex-ingestor-prod, user-agent pkgindex-server) called the GitHub API
with a token in an outdated format.

To give all our customers extra security benefits, we recently changed the
format of our API authentication tokens. The new formats carry an
identifiable prefix, which makes leaked tokens easier to detect and revoke
through secret scanning. Please update your authentication tokens to take
advantage of this. You can reset a token with this API endpoint:
https://docs.github.com/en/rest/reference/apps#reset-a-token

To read more about the change and why it matters, see our changelog post on
the new authentication token formats.

Thanks,
The GitHub Team
""")

D = dt.datetime(2028, 1, 25, 11, 20)
add("security-advisory", "none", "インターネットMAGMA", "http://magma.jp/information/detail.php?id=201403240457",
    "インターネットMAGMA サポート <support@magma.jp>", "info@hokuto-seimitsu.example",
    "【重要】ホスティングサービス メールパスワード変更のお願い",
    D, "+0900", f"""お客様各位

平素よりインターネットMAGMAをご利用いただき、誠にありがとうございます。

{D.year}年{D.month}月に入り、共用サーバーおよび専用サーバーでお客様がご利用中のメールサーバーが、大規模な攻撃を受けております。

お手数をおかけしますが、不正利用による被害を防ぐための予防策として、以下の内容をご確認のうえ、メールアカウントのパスワード変更をお願いいたします。

■対象プラン
 S-01G、S-05G、S-10G

■お願いしたい対応
 ・メールアカウントのパスワード変更
 ・使っていないメールアカウントの削除
 ・パソコンのウイルスチェック

■パスワードの条件
 ・8文字以上16文字以内
 ・英字または数字を1文字以上含める
 ・アカウント名やドメイン名と同じ文字列は使わない

パスワードはコントロールパネルからお客様ご自身ですぐに変更いただけます。「123456」や「password」のような推測されやすいパスワードは特に狙われやすいため、ご注意ください。

インターネットMAGMA サポートセンター
""", lang="ja")

# ---------------------------------------------------------------- pricing
D = dt.datetime(2028, 1, 26, 17, 0)
e1 = plus(D.date(), 21)
add("pricing", e1.isoformat(), "Heroku", "https://github.com/Growstuff/growstuff/issues/3157",
    "Heroku <noreply@heroku.com>", "maintainers@gardenshare.example",
    f"Free Heroku plans end on {fmt_long(e1)}",
    D, "+0000", f"""Hello,

Starting {fmt_long(e1)}, free Heroku Dynos, free Heroku Postgres and free
Heroku Data for Redis will no longer be available.

Your account has apps that use these free resources:
  gardenshare-staging (free dyno, Heroku Postgres hobby-dev)
  gardenshare-docs    (free dyno)

To keep these apps running and keep their data, upgrade them to paid plans
by {fmt_long(e1)}. Eco dynos start at $5 per month for 1,000 dyno hours
shared across your apps, and Heroku Postgres Mini starts at $5 per month.
Free resources that have not been upgraded by that date will be shut down,
and free databases will be deleted.

Learn more in our blog post and the FAQ on the removal of free product plans.

The Heroku Team
""")

# ---------------------------------------------------------------- billing
D = dt.datetime(2028, 1, 4, 12, 2)
e1 = plus(D.date(), 26)
add("billing", e1.isoformat(), "AWS", "https://blog.oil-seller.work/program/problems_with_your_aws_account/",
    "Amazon Web Services <aws-receivables-support@email.amazon.com>", "taro@oilseller-dev.example",
    "Problems with your AWS Account - Please read urgently",
    D, "+0000", f"""Dear Amazon Web Services Customer,

We could not collect payment for your account 1839-2047-5561. Our attempt to
charge your credit card for $18.42 for AWS services used in December 2027
did not succeed. We will try to collect this amount again. If the balance of
$18.42 has not been paid in full by {e1.strftime('%m/%d/%Y')}, your Amazon Web
Services account may be suspended or terminated.

AWS Account Number: 1839-2047-5561

To change how you pay us, go to:
https://console.aws.amazon.com/billing/home#/paymentmethods

To see the charges on your bill, pick the billing month in the Billing &
Cost Management console:
https://console.aws.amazon.com/billing/home#/bill

If you have questions about your bill, contact us at:
https://aws.amazon.com/contact-us/

Thank you for using AWS.
Sincerely,
Amazon Web Services
""")

D = dt.datetime(2028, 1, 27, 8, 15)
add("billing", "none", "AWS", "https://qiita.com/oka-yuki/items/a9767828d5afd5d60f4a",
    "Amazon Web Services <aws-receivables-support@email.amazon.com>", "it-admin@okayama-works.example",
    "Your AWS Account is about to be suspended",
    D, "+0000", """Dear Amazon Web Services Customer,

Your AWS Account 6620-3918-0475 is about to be suspended. There is still an
unresolved payment problem on your account: our earlier messages did not
lead to payment of your past due AWS charges.

Past due amount: $1,284.06

To avoid suspension, please pay the past due amount now from the Billing &
Cost Management console, or update your payment method so that we can
charge it:
https://console.aws.amazon.com/billing/home#/paymentmethods

If your account is suspended, you will lose access to the AWS Management
Console and your resources may stop running. Suspended accounts that are
not reactivated may later be closed.

If you have already paid, please disregard this message.

Sincerely,
Amazon Web Services
""")

D = dt.datetime(2028, 1, 28, 8, 0)
add("billing", "none", "ConoHa (GMO)", "https://zenn.dev/pix/articles/6e5c1087a35e04",
    "ConoHa <noreply@conoha.jp>", "pix@devnote-lab.example",
    "【重要】[ConoHa] ご利用のサービスを停止しました",
    D, "+0900", """ConoHa をご利用いただき、ありがとうございます。

お客様アカウント(C-17724018)のチャージ残高がなくなり、ご利用料金をお支払いいただけない状態となったため、下記のサービスを停止いたしました。

■停止したサービス
 VPS: vps-2028-app01(IPアドレス 203.0.113.212)
 プラン: メモリ1GB

■ご注意
 ・サーバーを「停止」した状態でも、削除するまでは利用料金が発生します。
 ・VPS割引きっぷの有効期限が切れた後は、通常料金での課金となります。

サービスを再開するには、コントロールパネルからチャージまたはお支払い方法の登録を行ってください。一定期間お支払いが確認できない場合、サーバーおよびデータは削除されます。

今後とも ConoHa をよろしくお願いいたします。

GMOインターネットグループ株式会社 ConoHa
""", lang="ja")

D = dt.datetime(2028, 1, 3, 15, 0)
e1 = plus(D.date(), 25)
add("billing", e1.isoformat(), "さくらインターネット", "https://sakura.ad.jp/corporate/information/announcements/2016/12/02/1478",
    "さくらインターネット <support@sakura.ad.jp>", "keiri@minato-design.example",
    "冬期休業に伴うお支払いと各種手続き期限について",
    D, "+0900", f"""お客様各位

平素よりさくらインターネットをご愛顧いただき、誠にありがとうございます。

年末年始のご利用料金のお支払いについてご案内いたします。弊社は冬期休業をいただく期間があり、休業中はお支払いの確認などができません。ご不便をおかけしますが、あらかじめご了承ください。

休業に伴い、サービスの更新や手続きに次の影響がございます。

【対象】新規お申し込みいただいた「さくらのレンタルサーバ」各プラン・「さくらのメールボックス」のうち、支払い方法に「銀行振込」または「請求書払い」を指定されたお客様

請求書に記載の支払期限内であっても、お支払いの確認が休業明けとなるため、サービスが一時停止となる場合がございます。お試し期間の終了後も継続してご利用になる場合は、【{fmt_ja(e1)}】までにお支払いください。

■お問い合わせ
 メールアドレス: support@sakura.ad.jp

今後ともよりよいサービスを提供できるよう努めてまいります。引き続きよろしくお願い申し上げます。

さくらインターネット株式会社
""", lang="ja")

D = dt.datetime(2028, 1, 29, 17, 49)
add("billing", "none", "ロリポップ! (impersonated)", "https://ymg.nagoya/spam-mail-3461/amp",
    "ロリポップ! <wduqubtiy@lookalike-hikaku.example>", "info@cafe-hinata.example",
    "【ロリポップ!】《再請求》ドメイン更新費用のお知らせ",
    D, "+0900", """このメールは「ロリポップ!レンタルサーバー」から自動送信されています。
※送信専用アドレスのため、ご返信いただいてもお答えできません。

【重要】お支払い情報の更新をお願いします

ご登録のクレジットカードで与信が通らなかったため、ドメイン更新費用のお支払いが完了しておりません。お手数ですが、以下のページからお支払い情報を更新し、あらためてお手続きをお願いいたします。

 対象ドメイン: cafe-hinata.example
 ご請求金額: 1,650円(税込)

 ▼お支払い情報の更新はこちら
 https://lolipop-billing.lookalike-hikaku.example/update

お手続きが確認できない場合、ドメインおよび関連サービスがご利用いただけなくなる可能性があります。

ロリポップ!
""", phishing=True, lang="ja")

D = dt.datetime(2028, 1, 30, 17, 54)
e1 = plus(D.date(), 2)
add("billing", e1.isoformat(), "ロリポップ! (impersonated)", "https://meiwaku-zukan.jp/?p=658",
    "ロリポップ! <lolipop-jp@gmo-notice.example>", "shop@hanamizuki-zakka.example",
    "重要: ドメイン名の有効期限が切れました",
    D, "+0900", f"""今すぐドメインを更新してください。サービスの中断を避けるため、サブスクリプションを今すぐ更新してください。

こんにちは。あなたのドメイン名 hanamizuki-zakka.example は本日期限切れになります。

 期限切れのサービス: ドメイン
 サービス有効期限: {fmt_ja(D.date())}

 [今すぐ更新] https://lolipop-renew.gmo-notice.example/domain

手遅れになる前に行動しましょう。期限切れのサービスには、種類に応じて最大2日間の更新猶予期間があり、この期間中は通常料金で再開できます。猶予期間を過ぎるとサービスは無効になり、復旧にはサポートチームへの連絡が必要です。

会社概要 | 支援 | プライバシーポリシ | 利用規約
© ロリポップ - Lollipop J.P.
""", phishing=True, lang="ja")

# ---------------------------------------------------------------- informational
D = dt.datetime(2028, 1, 22, 17, 44)
add("informational", "none", "GitHub", "https://github.com/OpenPulsar/OpenDataCollector/issues/38",
    "GitHub <noreply@github.com>", "o.valen@datacollector.example",
    "[GitHub] A personal access token has been added to your account",
    D, "+0000", """Hey ovalen!

A personal access token (DataCollector-CI) with public_repo, repo:status,
repo_deployment and write:discussion scopes was recently added to your
account.

To see this and other security events for your account, visit
https://github.com/settings/security-log

If you run into problems, please contact support by visiting
https://github.com/contact

Thanks,
Your friends at GitHub
""")

D = dt.datetime(2028, 1, 31, 10, 30)
e1 = plus(D.date(), 32)
add("informational", "none", "さくらインターネット", "https://ool.design/?p=613",
    "さくらインターネット <support@sakura.ad.jp>", "web@ool-studio.example",
    "【さくらのレンタルサーバ】サービス約款改定のお知らせ",
    D, "+0900", f"""お客様各位

平素より「さくらのレンタルサーバ」をご利用いただき、誠にありがとうございます。

{fmt_ja(e1)}付で、さくらのレンタルサーバサービス約款を改定いたします。主な変更点は以下のとおりです。

1. JPRS ドメイン認証型SSL(自動更新)サービスの新設
   証明書の取得から設定、更新までを自動で行う新サービスに関する条項を追加します。契約は1年単位の自動更新です。
2. 既存のSSL代行サービスに関する用語の整理
   「認証局」などの定義を共通化します。サービス内容に変更はありません。
3. 高精度迷惑メールフィルタ追加ライセンスの提供元の変更
   提供元の変更に伴い、該当する条項を改訂します。
4. 新設サービスに関する免責条項の追加

改定後の約款および新旧対照表は、会員メニューのお知らせからご確認いただけます。本改定に伴い、お客様にお手続きいただく必要はございません。

今後ともさくらインターネットをよろしくお願いいたします。

さくらインターネット株式会社
""", lang="ja")


# ---------------------------------------------------------------- build
def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def enc_addr(value):
    m = re.match(r"^(.*?)\s*<([^>]+)>$", value)
    if not m:
        return value
    name, addr = m.group(1), m.group(2)
    return "%s <%s>" % (enc_header(name), addr)


def date_header(n):
    off = TZ[n["tz"]]
    tz = dt.timezone(dt.timedelta(minutes=off))
    aware = n["date"].replace(tzinfo=tz)
    return aware, aware.strftime("%a, %d %b %Y %H:%M:%S ") + n["tz"]


def build_message(i, n):
    aware, dh = date_header(n)
    body = n["body"]
    if not body.endswith("\n"):
        body += "\n"
    ascii_body = all(ord(c) < 128 for c in body)
    if ascii_body:
        cte = "7bit"
        payload = body
    else:
        cte = "quoted-printable"
        payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
    sender_addr = re.search(r"<([^>]+)>", n["sender"]).group(1)
    domain = sender_addr.split("@")[1]
    hdrs = [
        ("Date", dh),
        ("From", enc_addr(n["sender"])),
        ("To", n["to"]),
        ("Subject", enc_header(n["subject"])),
        ("Message-ID", "<setg6.%02d.%s@%s>" % (i, aware.strftime("%Y%m%d%H%M%S"), domain)),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", cte),
        ("X-Training-Label", n["label"]),
        ("X-Training-Deadline", n["deadline"]),
    ]
    if n["phishing"]:
        hdrs.append(("X-Training-Phishing", "yes"))
    head = "".join("%s: %s\n" % kv for kv in hdrs)
    utc = aware.astimezone(dt.timezone.utc)
    from_line = "From %s %s" % (sender_addr, utc.strftime("%a %b ") + "%2d" % utc.day + utc.strftime(" %H:%M:%S %Y"))
    lines = (head + "\n" + payload).split("\n")
    esc = [(">" + ln) if ln.startswith("From ") else ln for ln in lines]
    return from_line + "\n" + "\n".join(esc)


def write():
    parts = [build_message(i, n) for i, n in enumerate(N)]
    text = ""
    for p in parts:
        if not p.endswith("\n"):
            p += "\n"
        text += p + "\n"
    with open(OUT, "w", encoding="ascii", newline="\n") as fh:
        fh.write(text)


def check():
    problems = []
    raw = open(OUT, "rb").read()
    if b"\r" in raw:
        problems.append("CR characters present")
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        problems.append("mbox is not pure ASCII")
        text = raw.decode("utf-8", "replace")
    lines = text.split("\n")
    starts = [k for k, ln in enumerate(lines) if ln.startswith("From ")
              and (k == 0 or lines[k - 1] == "")]
    if not starts or starts[0] != 0:
        problems.append("file does not start with a From_ line")
    frx = re.compile(r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                     r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d "
                     r"\d\d:\d\d:\d\d \d{4}$")
    msgs = []
    for a, b in zip(starts, starts[1:] + [len(lines)]):
        if not frx.match(lines[a]):
            problems.append("bad From_ line: %r" % lines[a])
        chunk = lines[a + 1:b]
        if b != len(lines) and (not chunk or chunk[-1] != ""):
            problems.append("no blank line before next message at line %d" % (b + 1))
        body_started = False
        for ln in chunk:
            if ln == "":
                body_started = True
            if body_started and ln.startswith("From "):
                problems.append("unescaped From in body near line %d" % a)
        msgs.append("\n".join(chunk))
    if len(msgs) != len(N):
        problems.append("expected %d messages, found %d" % (len(N), len(msgs)))
    counts = {}
    for i, m in enumerate(msgs):
        head = m.split("\n\n", 1)[0]
        for hl in head.split("\n"):
            if any(ord(c) > 127 for c in hl):
                problems.append("msg %d: raw non-ASCII header" % i)
        msg = email.message_from_string(m, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                problems.append("msg %d: missing %s" % (i, h))
        if msg.get_content_charset() != "utf-8":
            problems.append("msg %d: charset not utf-8" % i)
        label = str(msg["X-Training-Label"])
        if label not in LABELS:
            problems.append("msg %d: bad label %s" % (i, label))
        counts[label] = counts.get(label, 0) + 1
        dl = str(msg["X-Training-Deadline"])
        if dl != "none":
            try:
                d(dl)
            except ValueError:
                problems.append("msg %d: bad deadline %s" % (i, dl))
        dd = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if (dd.year, dd.month) != (2028, 1):
            problems.append("msg %d: Date not in January 2028" % i)
        body = msg.get_content()
        cte = str(msg.get("Content-Transfer-Encoding", "7bit")).lower()
        if any(ord(c) > 127 for c in body) and cte not in ("quoted-printable", "base64"):
            problems.append("msg %d: non-ASCII body without QP/base64" % i)
        n = N[i]
        if body.rstrip("\n") != n["body"].rstrip("\n"):
            problems.append("msg %d: body does not round-trip" % i)
        if str(msg["Subject"]) != n["subject"]:
            problems.append("msg %d: subject does not round-trip" % i)
        if label in ("informational", "security-advisory") and dl != "none":
            problems.append("msg %d: %s with a deadline" % (i, label))
        if n["phishing"] != (str(msg.get("X-Training-Phishing", "")) == "yes"):
            problems.append("msg %d: phishing flag mismatch" % i)
    return problems, counts


def table():
    print("| # | label | deadline | provider | original |")
    print("|---|---|---|---|---|")
    for i, n in enumerate(N):
        lab = n["label"] + (" (phishing)" if n["phishing"] else "")
        print("| %d | %s | %s | %s | %s |" % (i, lab, n["deadline"], n["provider"], n["url"]))


def main():
    if "--table" in sys.argv:
        table()
        return 0
    urls = [n["url"] for n in N]
    if len(set(urls)) != len(urls):
        print("duplicate original URL", file=sys.stderr)
        return 1
    write()
    problems, counts = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    print("wrote %s: %d messages" % (OUT, len(N)))
    for lab in LABELS:
        print("  %-18s %d" % (lab, counts.get(lab, 0)))
    print("  japanese           %d" % sum(1 for n in N if n["lang"] == "ja"))
    print("  phishing           %d" % sum(1 for n in N if n["phishing"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
