#!/usr/bin/env python3
"""Build set-g7.mbox: cloud-provider notices modelled on publicly quoted originals.

Deterministic, standard library only.  Writes set-g7.mbox next to this file,
re-reads it, checks it (exit 1 on any problem) and prints counts.
Run with --table to print the README table (0-based mbox order).
"""
import hashlib
import mailbox
import os
import quopri
import re
import sys
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from email.header import Header, decode_header, make_header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g7.mbox")

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]

UTC = timezone.utc
CET = timezone(timedelta(hours=1))
PST = timezone(timedelta(hours=-8))
JST = timezone(timedelta(hours=9))

NOTICES = []


def notice(fn):
    NOTICES.append(fn)
    return fn


class Ctx:
    """Shifts dates of the original by the offset between original and new mail dates."""

    def __init__(self, orig, new):
        self.new = new
        self.delta = new.date() - date.fromisoformat(orig)

    def d(self, s, fmt="%Y-%m-%d"):
        x = date.fromisoformat(s) + self.delta
        out = x.strftime(fmt)
        return out.replace(" 0", " ")

    def iso(self, s):
        return (date.fromisoformat(s) + self.delta).isoformat()


# ---------------------------------------------------------------- abuse

@notice
def n_hetzner_netscan():
    c = Ctx("2024-05-01", datetime(2028, 2, 2, 15, 12, 40, tzinfo=CET))
    body = f"""Dear Ms Ilse Brandtner,

Our monitoring indicates that your server has been attacking other systems.
Please remove the cause and make sure it cannot happen again.

We also ask you to send us a short statement explaining how this could have
occurred and which steps you are taking against it. If the steps below are not
completed, your server may be locked at any time after 2028-02-03 13:05:00 +0100.

What to do next:
- Fix the problem on the server
- Re-check whether the problem persists with this link:
  https://abuse.hetzner.com/retries/?token=5c2e91d0a7f34b6e8d11c0f2a9b8e7d4
- Once the re-check succeeds, submit your statement with this link:
  https://abuse.hetzner.com/statements/?token=5c2e91d0a7f34b6e8d11c0f2a9b8e7d4

Please keep the abuse ID [AbuseID:4E19C2:7A] unchanged in the subject of any
reply. Replies written by hand are only processed if the server has already
been locked. For other questions, contact support@hetzner.com.

##########################################################################
#               Netscan detected from host  203.0.113.58                 #
##########################################################################

time                 src_ip        src_port    dest_ip          dest_port  proto
--------------------------------------------------------------------------------
2028-02-02 13:30:22  203.0.113.58  42886   ->  198.51.100.131   16658      UDP
2028-02-02 13:30:22  203.0.113.58  42886   ->  198.51.100.132   16658      UDP
2028-02-02 13:30:22  203.0.113.58  42886   ->  198.51.100.133   16658      UDP
2028-02-02 13:30:23  203.0.113.58  42886   ->  198.51.100.134   16658      UDP
2028-02-02 13:30:23  203.0.113.58  42886   ->  198.51.100.135   16658      UDP
2028-02-02 13:30:23  203.0.113.58  42886   ->  198.51.100.136   16658      UDP

Kind regards

Abuse Team
Hetzner Online GmbH
"""
    return dict(provider="Hetzner", label="abuse", deadline="2028-02-03",
                url="https://github.com/alireza0/x-ui/issues/1219",
                sender=("Hetzner Online GmbH - Abuse", "abuse@hetzner.com"),
                to=("Ilse Brandtner", "ops@brandtner-vpn.example"),
                subject="Abuse Message [AbuseID:4E19C2:7A]: NetscanOutLevel: Netscan detected from 203.0.113.58",
                date=c.new, body=body)


@notice
def n_host_forwarded_autoreport():
    c = Ctx("2023-05-05", datetime(2028, 2, 4, 9, 47, 5, tzinfo=UTC))
    body = """Dear Mr Teodor Ruusk,

An abuse report concerning your IP address 192.0.2.77 has reached us from
autoreporter@cert-national.example.

We pass such reports on automatically so that you are informed. A reply is not
required, but we do expect you to look at the report and to fix any problem it
points to.

Summary of the forwarded report:

-----
The national CERT has received information about addresses in your network
that may have security problems. The details are attached as a CSV file with
one event per line in this form:

asn|ip|source time|domain name|cc|type|uuid|info

"cc" is the country code, "type" names the kind of problem and "uuid" uniquely
identifies the event. The "info" field carries extra details, including an
anonymous tag for the data source. All times are UTC.

The report is signed with the autoreporter PGP key, which is published on the
CERT's website.
-----

Reference: [ABUSE-8832041]

Kind regards,
Abuse Department
"""
    return dict(provider="VPS host (not named in the original)", label="abuse", deadline="none",
                url="https://github.com/vpnhood/VpnHood/issues/322",
                sender=("Abuse Department", "abuse@vps-host.example"),
                to=("Teodor Ruusk", "teodor@ruusk-net.example"),
                subject="Abuse Info: report received for 192.0.2.77 [ABUSE-8832041]",
                date=c.new, body=body)


@notice
def n_cloudflare_phishing():
    c = Ctx("2024-09-06", datetime(2028, 2, 5, 3, 18, 51, tzinfo=UTC))
    body = """Hello,

Cloudflare has been sent a phishing report about the following zone:
tabdeck-start.example

This is what the report contained:

Reporter: Anonymous

Reported URLs:
https://cards.tabdeck-start.example/

Logs or evidence of abuse: Listed in an intelligence data feed

The complaint has also been passed on to your hosting provider.

If you want to respond to this report, please write to
abusereply@cloudflare.com.

Thank you,
The Cloudflare Team
"""
    return dict(provider="Cloudflare", label="abuse", deadline="none",
                url="https://github.com/hmhm2022/Card-Tab/issues/3",
                sender=("Cloudflare", "abusereply@cloudflare.com"),
                to=("Haruto Mizuhara", "haruto@tabdeck-start.example"),
                subject="Cloudflare phishing report for tabdeck-start.example",
                date=c.new, body=body)


@notice
def n_vps_scan_12h():
    c = Ctx("2015-06-01", datetime(2028, 2, 8, 21, 40, 2, tzinfo=UTC))
    body = """Hello,

The complaint below was sent to us about 198.51.100.98, an address assigned to
your service. Please act on the reported abuse and tell us within 12 hours
what you have done to remove the threat.

If the complaint has not been dealt with within those 12 hours, the address
will be null-routed, because the activity breaks our Acceptable Use Policy.
We do this to protect the network and to keep our address space off
blocklists, which would otherwise cause trouble for other customers near your
range. Repeated incidents lead to longer null-route periods for the address.

Ticket: #AB-570193

---------------------------------------------------------------------
Greetings from the IT security team at Westmoor State University.

We have seen network activity that looks suspicious or hostile and appears to
come from your network. The addresses involved, a short description and log
extracts are included below.

Please look at this information or pass it on to the person responsible, and
let us know if we have made a mistake. Scans that we carry out ourselves are
listed on our institutional wiki.

Event: TCP port scan against 203.0.113.0/24, ports 22, 23, 3389
First seen: 2028-02-08 19:02 UTC   Last seen: 2028-02-08 20:55 UTC
Source: 198.51.100.98

Thank you.
WSU Network Security Team
---------------------------------------------------------------------

Abuse Desk
"""
    return dict(provider="VPS host (not named in the original)", label="abuse", deadline="2028-02-09",
                url="https://github.com/robertdavidgraham/masscan/pull/170",
                sender=("Abuse Desk", "abuse@netplex-hosting.example"),
                to=("Bram Oosterveld", "bram@oosterveld-lab.example"),
                subject="Abuse complaint for 198.51.100.98 - response required [#AB-570193]",
                date=c.new, body=body)


@notice
def n_do_malware():
    c = Ctx("2024-11-13", datetime(2028, 2, 10, 17, 5, 33, tzinfo=UTC))
    body = """Hi,

We are contacting you because your Droplet tunnel-relay-01 at 203.0.113.199 is
serving active malware, or is behaving in a way that matches known malware.
For now we have not taken any action against the Droplet.

The complete notification we received is available here:
https://digitalocean.abusehq.net/share/Qm7tVb2LxN0aWcR4pE9sYk1JdF6uHg3ZoT8iKq5Xy

If you can access the Droplet, please investigate and clean it up; if it is run
for a client of yours, forward this information to them. You may share the
link or its contents if that speeds up their investigation.

Many tools can help with such an investigation. In our experience, ClamAV is a
good first step for scanning the system for malicious files.

Once the problem is fixed, reply to this message and tell us what you found
and what you changed.

Regards,
Trust & Safety
DigitalOcean
"""
    return dict(provider="DigitalOcean", label="abuse", deadline="none",
                url="https://github.com/ekzhang/bore/issues/141",
                sender=("DigitalOcean Trust & Safety", "abuse@digitalocean.com"),
                to=("Elias Kronberg", "elias@relaypub.example"),
                subject="Malware reported on Droplet tunnel-relay-01 (203.0.113.199)",
                date=c.new, body=body)


@notice
def n_gcp_mining_suspension():
    c = Ctx("2020-09-21", datetime(2028, 2, 11, 4, 26, 10, tzinfo=PST))
    body = """Summary
Resources in your project CloudBox (id: cloudbox-604187) have been suspended
because cryptocurrency mining was detected, which breaks the Free Trial Terms
of Service.

Details
Affected project / VM: CloudBox (id: cloudbox-604187) / vm-edge-2

Description: A virtual machine in the project was mining cryptocurrency, in
breach of the Free Trial Terms of Service, so the VM instance has been
suspended.

Time window: 2028-02-11 02:53 to 2028-02-11 03:00 (US Pacific Time)

What you can do
If you think this was a mistake, or the activity came from a compromised
instance, you can submit an appeal from the project page in the Cloud Console.

Google Cloud Platform Trust & Safety
"""
    return dict(provider="Google Cloud", label="abuse", deadline="none",
                url="https://github.com/233boy/v2ray/issues/656",
                sender=("Google Cloud Platform", "google-cloud-compliance@google.com"),
                to=("Shen Weiyi", "weiyi.shen@cloudbox-home.example"),
                subject="Google Cloud Platform: resources of project cloudbox-604187 suspended",
                date=c.new, body=body)


# ---------------------------------------------------------------- security-incident

@notice
def n_github_token_revoked():
    c = Ctx("2021-03-05", datetime(2028, 2, 6, 11, 2, 44, tzinfo=UTC))
    body = """Hi selin-arkadas,

A valid OAuth, GitHub App or personal access token that belongs to you was
committed to a GitHub repository. Anyone who finds a working token can act on
GitHub as you, which could change your data, your contact details or your
billing information.

To be safe, we have revoked that token. The application that used it will need
a newly generated token before it can authenticate to GitHub again.

We suggest that you also:
* review the OAuth applications you have authorized and remove any you do not
  recognize
* check your security log for activity you did not perform

The commit in question is in selin-arkadas/portfolio-site.

If you have questions, you can reach us through https://support.github.com.

Thanks,
The GitHub Team
"""
    return dict(provider="GitHub", label="security-incident", deadline="none",
                url="https://github.com/longpdo/neumorphism/issues/20",
                sender=("GitHub", "noreply@github.com"),
                to=("Selin Arkadas", "selin@arkadas-design.example"),
                subject="[GitHub] A token of yours was committed to a repository and has been revoked",
                date=c.new, body=body)


@notice
def n_phish_github_signin():
    c = Ctx("2026-08-18", datetime(2028, 2, 14, 9, 20, 17, tzinfo=UTC))
    body = """-------------------------------------------
Security Alert - Immediate Action Required
-------------------------------------------

Hi @noah-vandermeer,

Our security system BLOCKED a suspicious attempt to sign in to your GitHub
account.

Details:
  Time:        2028-02-14 01:05
  IP address:  192.0.2.147
  Location:    Minsk, Belarus
  Device:      Unknown Linux device

This address is linked to known threat groups.

If this was NOT you, your account may already be compromised. You must confirm
your identity within 24 hours, otherwise your account will be temporarily
suspended for your protection.

  [ Review and secure my account ]
  https://accountsecurity-review.example/github/verify

If it WAS you, you can ignore this message.

- The GitHub Security Team
"""
    return dict(provider="GitHub (impersonated)", label="security-incident", deadline="2028-02-15",
                url="https://github.com/AccountsSecurityInfo/SecurityAlerts/issues/23",
                sender=("GitHub Security", "security-alerts@accountsecurity-review.example"),
                to=("Noah van der Meer", "noah@vdmeer-apps.example"),
                subject="Suspicious activity detected [Alert #GH-2028-02-14]",
                date=c.new, body=body, phishing=True)


@notice
def n_phish_github_token():
    c = Ctx("2026-09-15", datetime(2028, 2, 16, 14, 33, 9, tzinfo=UTC))
    body = """Security Notification

Our automated security scan found a personal access token linked to your
account in a public repository.

@priya-lakshman - the token was exposed in your repository "moth-tracker".

Required actions

To restore access and confirm your identity, open the security verification
page:

  Verify account access: https://key-alert-center.example/priya-lakshman

GitHub's automated security system requires this verification.

---
This is an automated security notification.
"""
    return dict(provider="GitHub (impersonated)", label="security-incident", deadline="none",
                url="https://github.com/ethereum/go-ethereum/issues/35718",
                sender=("GitHub Security", "alert@key-alert-center.example"),
                to=("Priya Lakshman", "priya@lakshman-labs.example"),
                subject="Security Alert: API Key Exposure Detected",
                date=c.new, body=body, phishing=True)


@notice
def n_phish_github_newdevice():
    c = Ctx("2025-03-15", datetime(2028, 2, 20, 7, 41, 55, tzinfo=UTC))
    body = """Unusual sign-in activity detected on your GitHub account

We noticed a sign-in from a device we have not seen before.

Sign-in details:
- Location: Reykjavik, Iceland
- IP address: 198.51.100.8
- Date and time: 2028-02-19 04:39 AM PST
- Device: Unknown device

If this was you, no action is needed. If you did not approve this sign-in,
please do the following:

Secure your account:
1. Change your password right away on the password change page:
   https://gh-account-care.example/password
2. Look through your active sessions and revoke any you do not recognize in
   your security log: https://gh-account-care.example/security-log
3. Turn on or check two-factor authentication:
   https://gh-account-care.example/2fa

Contact support:
If you believe your account security is at risk or you need help, contact
GitHub Support at https://gh-account-care.example/support.

Thank you for your attention.

Best regards,
The GitHub Security Team
"""
    return dict(provider="GitHub (impersonated)", label="security-incident", deadline="none",
                url="https://github.com/awsrun/aws-microservices/issues/3",
                sender=("GitHub", "no-reply@gh-account-care.example"),
                to=("Marta Quintela", "marta@quintela-dev.example"),
                subject="Notification: unusual sign-in on your GitHub account",
                date=c.new, body=body, phishing=True)


# ---------------------------------------------------------------- action-required

@notice
def n_lambda_node16():
    c = Ctx("2024-05-07", datetime(2028, 2, 1, 18, 4, 12, tzinfo=UTC))
    body = f"""Hello,

[AWS Health may send recurring reminders about this communication.]

We have found that your AWS account 734015226981 currently has at least one
AWS Lambda function that uses the Node.js 16 runtime.

Lambda support for Node.js 16 ends on {c.d('2024-06-12', '%B %d, %Y')}. The Node.js project itself
stopped supporting version 16 on {c.d('2023-09-11', '%B %d, %Y')} [1].

Under the Lambda runtime support policy [2], a runtime is retired in several
steps:
- From {c.d('2024-06-12', '%B %d, %Y')}, the Node.js 16 runtime no longer gets security patches
  or other updates, and functions that use it are no longer covered by
  technical support. The runtime is also removed from the AWS Console, although
  CloudFormation, the AWS CLI, AWS SAM and other tools can still create and
  update such functions.
- From {c.d('2025-02-28', '%B %d, %Y')}, new functions that use Node.js 16 can no longer be
  created.
- From {c.d('2025-03-31', '%B %d, %Y')}, existing Node.js 16 functions can no longer be updated.

Please move your Node.js 16 functions to the newest available Node.js runtime
before {c.d('2024-06-12', '%B %d, %Y')}.

Reaching end of support does not stop your functions from running. They will,
however, run on a runtime that the Lambda team no longer maintains or patches.

The affected functions are listed in the 'Affected resources' tab of your AWS
Health Dashboard. This notice covers the $LATEST version of each function.

[1] https://github.com/nodejs/Release
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

Sincerely,
Amazon Web Services
"""
    return dict(provider="AWS", label="action-required", deadline=c.iso("2024-06-12"),
                url="https://github.com/domits1/Domits/issues/697",
                sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
                to=("Cloud team", "aws-root@harbourlets.example"),
                subject="[Action Required] AWS Lambda end of support for Node.js 16 [AWS Account: 734015226981]",
                date=c.new, body=body)


@notice
def n_lambda_node14():
    c = Ctx("2023-08-28", datetime(2028, 2, 4, 20, 31, 47, tzinfo=UTC))
    body = f"""Hello,

We are writing because your AWS account 518227403961 has one or more Lambda
functions that run on the Node.js 14 runtime.

AWS Lambda is ending support for Node.js 14, following the end of life of
Node.js 14 on {c.d('2023-04-30', '%B %d, %Y')} [1].

As explained in the Lambda runtime support policy [2], support ends in two
steps. From {c.d('2023-11-27', '%B %d, %Y')}, Lambda stops applying security patches and other
updates to the Node.js 14 runtime, functions on it lose eligibility for
technical support, and you can no longer create new functions with it. From
{c.d('2024-01-25', '%B %d, %Y')}, you can no longer update existing Node.js 14 functions.

We recommend upgrading your Node.js 14 functions to Node.js 18 before
{c.d('2023-11-27', '%B %d, %Y')}.

Functions keep running after end of support, but on a runtime that the AWS
Lambda team no longer maintains or patches.

This notice is based on the $LATEST version of your functions. The affected
functions are listed in the 'Affected resources' tab of the AWS Health
Dashboard.

[1] https://github.com/nodejs/Release
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html

Sincerely,
Amazon Web Services
"""
    return dict(provider="AWS", label="action-required", deadline=c.iso("2023-11-27"),
                url="https://github.com/data-dot-all/dataall/issues/708",
                sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
                to=("Platform admins", "aws-notices@lakeview-data.example"),
                subject="[Action Required] AWS Lambda end of support for Node.js 14 [AWS Account: 518227403961]",
                date=c.new, body=body)


@notice
def n_lambda_node810():
    c = Ctx("2019-10-21", datetime(2028, 2, 7, 16, 55, 0, tzinfo=UTC))
    eol = c.d('2019-12-31', '%B %d, %Y')
    body = f"""Hello,

Your AWS account 992461037458 has one or more Lambda functions on Node.js 8.10,
a version that reaches end of life on {eol}.

What is happening?
The Node.js community will stop supporting Node.js 8.x on {eol} [1]. After
that date the 8.x line receives no bug fixes, security fixes or performance
improvements. So that new and existing functions run on a supported and secure
runtime, AWS deprecates language runtimes once they reach end of life [2].

The Node.js 8.10 runtime will be deprecated in two steps:
1. Function creation disabled - from {c.d('2020-01-06', '%B %d, %Y')}, you can no longer create
   functions that use Node.js 8.10.
2. Function update disabled - from {c.d('2020-02-03', '%B %d, %Y')}, you can no longer update
   functions that use Node.js 8.10.
Both stay disabled after that. Existing Node.js 8.x functions can still be
invoked and will keep processing events.

What do I need to do?
Please move your Node.js 8.10 functions to the newer runtime, Node.js 10.x [3],
and test them for compatibility with that version before switching.

[1] https://github.com/nodejs/Release
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
[3] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

Sincerely,
Amazon Web Services
"""
    return dict(provider="AWS", label="action-required", deadline=c.iso("2019-12-31"),
                url="https://github.com/awsdocs/aws-lambda-developer-guide/pull/142",
                sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
                to=("DevOps", "devops@fernhill-tickets.example"),
                subject=f"AWS Lambda: Node.js 8.10 reaches end of life on {eol}",
                date=c.new, body=body)


@notice
def n_rds_ca():
    c = Ctx("2024-02-27", datetime(2028, 2, 9, 23, 12, 36, tzinfo=UTC))
    exp = c.d('2024-08-22', '%B %d, %Y')
    body = f"""Hello,

[AWS Health may send recurring reminders about this communication.]

You are receiving this message because your AWS account 260718845392 has one
or more Amazon RDS or Amazon Aurora database instances in the US-EAST-1 Region
that use an SSL/TLS certificate expiring on {exp}.

The affected resources are listed in the 'Affected resources' tab of your AWS
Health Dashboard.

This is a follow-up about the expiry of the SSL/TLS certificate authority. If
you already finished this work and still got this message, you probably
created new instances with the 2019 certificate authority (CA). Since
{c.d('2024-01-25', '%B %d, %Y')}, new instances that do not name a CA explicitly use
'rds-ca-rsa2048-g1'. To set a CA override for the whole account, see the
modify-certificates API documentation [1].

If your applications connect to these instances over SSL/TLS, you must act
before {exp} to avoid connection failures to your existing database
instances. Even if you do not use SSL today, an expired server certificate can
still affect you, so we recommend updating the CA anyway.

[1] https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_ModifyCertificates.html

Sincerely,
Amazon Web Services
"""
    return dict(provider="AWS", label="action-required", deadline=c.iso("2024-08-22"),
                url="https://github.com/Talent-Catalog/talentcatalog/issues/688",
                sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
                to=("Infrastructure", "aws@refugee-talent-hub.example"),
                subject="[Action Required] Update your Amazon RDS SSL/TLS certificates by " + exp,
                date=c.new, body=body)


@notice
def n_heroku22():
    c = Ctx("2026-06-01", datetime(2028, 2, 10, 10, 2, 18, tzinfo=UTC))
    eol = c.d('2027-04-30', '%B %d, %Y')
    body = f"""Hi,

Your app docsbrowse-prod runs on the Heroku-22 stack, which is deprecated and
reaches end-of-life on {eol}.

Please upgrade the app to a newer stack as soon as you can:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

After end-of-life, apps on Heroku-22 no longer get security updates and run at
your own risk. The Heroku-22 End-Of-Life FAQ has more details:
https://help.heroku.com/NQNCQTEJ/heroku-22-end-of-life-faq

- The Heroku Team
"""
    return dict(provider="Heroku", label="action-required", deadline=c.iso("2027-04-30"),
                url="https://github.com/freeCodeCamp/devdocs/issues/2692",
                sender=("Heroku", "noreply@heroku.com"),
                to=("Simon Adebayo", "simon@docsbrowse.example"),
                subject="Your app's stack is approaching end-of-life (Heroku-22)",
                date=c.new, body=body)


@notice
def n_heroku16():
    c = Ctx("2021-03-03", datetime(2028, 2, 11, 15, 40, 3, tzinfo=UTC))
    eol = c.d('2021-05-01', '%B %d, %Y')
    body = f"""Hello,

Three apps in your team gymlane-studio use the Heroku-16 stack, which is
deprecated.

From {eol}, Heroku-16 is end-of-life and stops receiving security updates.
From {c.d('2021-06-01', '%B %d, %Y')}, builds on Heroku-16 are disabled.

Please move these apps to a newer Heroku stack before then:
- gymlane-web
- gymlane-api
- gymlane-worker

The Heroku-16 End-of-Life FAQ explains the steps:
https://help.heroku.com/0S5P41DC/heroku-16-end-of-life-faq

- The Heroku Team
"""
    return dict(provider="Heroku", label="action-required", deadline=c.iso("2021-05-01"),
                url="https://github.com/gymnasium/tracker/issues/147",
                sender=("Heroku", "noreply@heroku.com"),
                to=("Rhea Castellanos", "rhea@gymlane.example"),
                subject="The Heroku-16 stack is deprecated - upgrade your team's apps",
                date=c.new, body=body)


@notice
def n_gh_artifact_v3_dec():
    c = Ctx("2024-11-06", datetime(2028, 2, 15, 17, 22, 41, tzinfo=UTC))
    dl = c.d('2024-12-05', '%B %d, %Y')
    body = f"""GitHub

Version 3 of the artifact actions will be deprecated by {dl}. We are
writing because you have GitHub Actions workflows that use v3 of
actions/upload-artifact or actions/download-artifact. After that date,
workflows using v3 of these actions will fail. Artifacts that are still within
their retention period stay available in the UI and through the REST API,
whichever version uploaded them.

To make people aware of the removal, jobs that use v3 of
actions/upload-artifact or actions/download-artifact will fail on purpose
during short brownout periods. Builds scheduled inside these windows will
fail:

{c.d('2024-11-14', '%B %d')}, 12pm - 1pm EST
{c.d('2024-11-21', '%B %d')}, 9am - 5pm EST

What you need to do
Switch your workflows to v4 of the artifact actions as soon as possible. v4 is
much faster for uploads and downloads and adds new features, but it differs
from earlier versions in ways that may require workflow changes. The
documentation in each action's repository explains how to migrate.

Workflows found in: cartelle-suite/docs-platform
"""
    return dict(provider="GitHub", label="action-required", deadline=c.iso("2024-12-05"),
                url="https://github.com/suitenumerique/docs/issues/418",
                sender=("GitHub", "noreply@github.com"),
                to=("Antoine Lebrun", "antoine@cartelle-suite.example"),
                subject=f"Artifact actions v3 will be deprecated on {dl}",
                date=c.new, body=body)


@notice
def n_gh_artifact_v3_jan():
    c = Ctx("2024-12-11", datetime(2028, 2, 17, 19, 8, 26, tzinfo=UTC))
    dl = c.d('2025-01-30', '%B %d, %Y')
    body = f"""GitHub

Artifact actions v3 close down by {dl}. You are getting this message
because GitHub Actions workflows in your organization still use v3 of
actions/upload-artifact or actions/download-artifact. After that date any use
of v3 of these actions makes the workflow fail. Artifacts inside their
retention period can still be reached from the UI or the REST API, no matter
which version uploaded them.

Before the removal we will make jobs that use v3 fail temporarily. Builds
scheduled during these brownouts will fail:

    {c.d('2025-01-09', '%B %d')}, 12pm - 1pm EST
    {c.d('2025-01-16', '%B %d')}, 10am - 2pm EST
    {c.d('2025-01-23', '%B %d')}, 9am - 5pm EST

What you need to do
Move your workflows to v4 of the artifact actions as soon as you can. v4 is
faster and has new features, but some differences from earlier versions may
need changes in your workflows; see each action's repository for migration
guidance.

Organization: quayside-buildchain
"""
    return dict(provider="GitHub", label="action-required", deadline=c.iso("2025-01-30"),
                url="https://github.com/kiegroup/github-action-build-chain/issues/468",
                sender=("GitHub", "noreply@github.com"),
                to=("Marek Novacek", "marek@quayside-build.example"),
                subject=f"Reminder: artifact actions v3 close down on {dl}",
                date=c.new, body=body)


# ---------------------------------------------------------------- maintenance

@notice
def n_ec2_retirement():
    c = Ctx("2015-07-20", datetime(2028, 2, 3, 6, 14, 52, tzinfo=UTC))
    stop = c.d('2015-08-04')
    body = f"""Dear Amazon EC2 Customer,

One or more Amazon EC2 instances in your account 451203987764 run on hardware
that has developed a fault which cannot be repaired while the instances are
running. Because of this, they are scheduled for retirement in the us-east-1
region.

Running instances will be stopped or terminated after 12:00 AM UTC on {stop}.
The affected instances are:
* i-7d3e19a4 (source-staging-2)

Instances with an EBS root volume are stopped and can be started again
afterwards; instances with an instance-store root volume are terminated and
the data on those volumes is lost.

To avoid an unplanned interruption, you can stop and start an EBS-backed
instance yourself before that time, which moves it to healthy hardware, or
replace an instance-store-backed instance from your latest AMI.

The scheduled events for your instances are shown in the AWS Management
Console under Events:
https://console.aws.amazon.com/ec2/v2/home?region=us-east-1#Events

Sincerely,
Amazon Web Services
"""
    return dict(provider="AWS", label="maintenance", deadline=c.iso("2015-08-04"),
                url="https://github.com/MozillaFoundation/mofo-devops/issues/119",
                sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
                to=("Jonas Buckley", "jonas@ridgeline-foundation.example"),
                subject=f"[Retirement Notification] Amazon EC2 instances scheduled for retirement on {stop}",
                date=c.new, body=body)


@notice
def n_do_ams3_network():
    c = Ctx("2017-03-21", datetime(2028, 2, 8, 14, 3, 11, tzinfo=UTC))
    body = f"""Start: {c.d('2017-03-22')} 20:00 UTC
End: {c.d('2017-03-23')} 04:00 UTC

Hello,

In the window above we will upgrade the networking software across our AMS3
region.

While the work is under way, Droplets in the region can lose network
connectivity for up to 10 minutes, and in some cases longer. We expect most
Droplets to see very little disruption and will watch the region closely for
the whole window.

If you have questions or concerns, open a ticket or reply to this email.

Thank you,
DigitalOcean
"""
    return dict(provider="DigitalOcean", label="maintenance", deadline=c.iso("2017-03-22"),
                url="https://github.com/ipfs/infra/issues/267",
                sender=("DigitalOcean", "support@digitalocean.com"),
                to=("Lena Gierhardt", "lena@meshnode-team.example"),
                subject=f"Scheduled maintenance: AMS3 network upgrade on {c.d('2017-03-22')}",
                date=c.new, body=body)


@notice
def n_do_nyc2():
    c = Ctx("2022-03-07", datetime(2028, 2, 14, 16, 45, 9, tzinfo=UTC))
    body = f"""Start: {c.d('2022-03-11')} 04:00 UTC
End: {c.d('2022-03-11')} 08:00 UTC

Hello,

During the window above we will carry out maintenance on the Droplet service
in our NYC2 region.

Expected impact:
All resource management events in NYC2 are switched off for the duration of
the work. This covers, among others, creating Droplets, snapshots and backups,
resizing Droplets and power actions, as well as services that depend on
Droplets such as Managed Databases and Kubernetes. We will turn events back on
as quickly as we can.

We do not expect customer traffic to be affected, but there is some risk of
higher latency and packet loss while the upgrades run.

If you have questions or concerns, please open a ticket on your account.

Thank you,
DigitalOcean Networking Team

Affected Droplets:
ci-freebsd13-x64-02
release-centos7-x86-01
"""
    return dict(provider="DigitalOcean", label="maintenance", deadline=c.iso("2022-03-11"),
                url="https://github.com/nodejs/build/issues/2887",
                sender=("DigitalOcean", "support@digitalocean.com"),
                to=("Build infrastructure", "build@quillrun-ci.example"),
                subject=f"Upcoming network maintenance in NYC2 - {c.d('2022-03-11')} 04:00 UTC",
                date=c.new, body=body)


@notice
def n_do_live_migration():
    c = Ctx("2020-11-01", datetime(2028, 2, 21, 22, 10, 37, tzinfo=UTC))
    body = f"""Start: {c.d('2020-11-02')} 01:30:00 (UTC)

Hello,

We have found a problem with the physical machine that hosts one or more of
your Droplets, listed below. To keep disruption low, we will move those
Droplets to a healthier machine. While the move is in progress, Control Panel
and API events for the affected Droplets will not succeed, including power
off, resize and destroy.

Wherever possible we will use live migration. A live migration causes no
downtime; you may see slightly slower disk I/O and up to a second of packet
loss while networking switches to the new host.

If a Droplet cannot be live-migrated, we will migrate it offline: it will be
powered off and moved during the window.

Affected DigitalOcean resources:
  * infra-ubuntu2004-x64-07

Thank you,
DigitalOcean
"""
    return dict(provider="DigitalOcean", label="maintenance", deadline=c.iso("2020-11-02"),
                url="https://github.com/nodejs/build/issues/2469",
                sender=("DigitalOcean", "support@digitalocean.com"),
                to=("Infra team", "infra@tallybuild.example"),
                subject="Emergency Droplet migration scheduled for infra-ubuntu2004-x64-07",
                date=c.new, body=body)


@notice
def n_ovh_monitoring_fr():
    c = Ctx("2018-09-24", datetime(2028, 2, 16, 10, 41, 6, tzinfo=timezone(timedelta(hours=1))))
    body = f"""Bonjour,

Notre système de surveillance a relevé une anomalie sur votre serveur
ns3187204.ip-203-0-113.eu. Elle a été constatée le {c.d('2018-09-24')} à 10:34:00.

Nos techniciens présents sur site, disponibles jour et nuit, ont été prévenus
et vont intervenir sur la machine.

D'autres interventions pouvant être en cours, prévoyez en moyenne 30 minutes
par intervention et par machine. Nous ne sommes donc pas en mesure de vous
indiquer une heure précise de prise en charge.

Un nouvel e-mail vous sera envoyé dès qu'un technicien s'occupera de votre
serveur. D'ici là, vous pouvez le redémarrer depuis votre espace client.

Journal :
----------------------
PING ns3187204.ip-203-0-113.eu (203.0.113.92) 56(84) bytes of data.
From 192.0.2.13 icmp_seq=1 Destination Host Unreachable
From 192.0.2.13 icmp_seq=2 Destination Host Unreachable
--- ns3187204.ip-203-0-113.eu ping statistics ---
3 packets transmitted, 0 received, +2 errors, 100% packet loss

Cordialement,
Le support OVHcloud
"""
    return dict(provider="OVHcloud", label="maintenance", deadline=c.iso("2018-09-24"),
                url="https://github.com/mozfr/besogne/issues/197",
                sender=("OVHcloud", "support@ovh.com"),
                to=("Laurent Jaouen", "laurent@mozfr-asso.example"),
                subject="[TICKET#7712094385] Surveillance OVHcloud : anomalie détectée sur ns3187204",
                date=c.new, body=body)


# ---------------------------------------------------------------- pricing (Japanese originals)

@notice
def n_kous_billing_rule_ja():
    c = Ctx("2025-10-15", datetime(2028, 2, 4, 10, 0, 0, tzinfo=JST))
    eff = c.d('2025-11-01', '%Y年%m月%d日')
    body = f"""お客様各位

いつも弊社サービスをご利用いただき、ありがとうございます。

弊社が取得・管理しているサーバーにつきまして、上位事業者のサービス内容および
料金体系の見直しを受け、{eff}より、サーバー利用料の
ご請求を開始する時期の決まりを変更いたします。

■ 変更前
・月の1日〜15日に利用を開始した場合：開始した月からご請求
・月の16日〜末日に利用を開始した場合：翌月からご請求

■ 変更後
・月のいずれの日に利用を開始した場合も：開始した月からご請求

引き続きサービスの改善に取り組んでまいりますので、
ご理解のほどよろしくお願い申し上げます。

KOUS サポート窓口
"""
    return dict(provider="KOUS (Japanese hosting reseller)", label="pricing", deadline=c.iso("2025-11-01"),
                url="https://kous.co.jp/2025/10/1459",
                sender=("KOUS サポート", "noreply@kous.co.jp"),
                to=("高橋 直美", "n.takahashi@minato-shoten.example"),
                subject=f"サーバー利用料のご請求開始時期の変更について（{eff}より）",
                date=c.new, body=body)


@notice
def n_backlog_price_ja():
    c = Ctx("2018-10-01", datetime(2028, 2, 22, 11, 30, 0, tzinfo=JST))
    eff = c.d('2018-12-01', '%Y年%m月%d日')
    body = f"""Backlog をご利用の皆さま

いつも Backlog をご利用いただきありがとうございます。
{c.d('2018-12-01', '%Y年%m月')}分のご利用より、月額利用料金を改定いたします。

■ 対象となるご請求
課金開始日が{eff}以降となるご利用期間が新料金の対象です。
課金開始日が{c.d('2018-11-30', '%Y年%m月%d日')}以前のご請求は旧料金のままとなり、
すでに発行済みの請求書について差額をご請求することはありません。

例）年額プランで {c.d('2018-09-01', '%Y年%m月%d日')}〜{c.d('2019-08-31', '%Y年%m月%d日')} のご請求は旧料金、
　　次回の {c.d('2019-09-01', '%Y年%m月%d日')} 以降のご請求から新料金となります。

■ 対象プラン
クラシックプランや旧プランも新料金の対象です。
特別容量を追加しているプランは対象外ですが、特別容量を解除された場合は
通常のプラン料金に戻り、改定の対象となります。

■ プラン変更について
アップグレードに伴うプラン変更で、課金開始日が{eff}以降のものは
新料金での計算となります。

改定前後の料金表は、お知らせページをご確認ください。

Backlog サポートチーム
"""
    return dict(provider="Backlog (Nulab)", label="pricing", deadline=c.iso("2018-12-01"),
                url="https://support-ja.backlog.com/hc/ja/articles/360035646154",
                sender=("Backlog", "noreply@backlog.com"),
                to=("佐々木 拓也", "t.sasaki@kurumi-works.example"),
                subject=f"【Backlog】利用料金改定のお知らせ（{c.d('2018-12-01', '%Y年%m月')}分より）",
                date=c.new, body=body)


@notice
def n_microcms_transfer_ja():
    c = Ctx("2021-03-25", datetime(2028, 2, 23, 15, 0, 0, tzinfo=JST))
    body = f"""microCMS をご利用の皆さま

本日は料金に関するお知らせです。

■ データ転送量の超過料金の請求単位を変更します
これまでは、各プランに含まれるデータ転送量を超えた場合、100GB ごとに
2,200円（税込）をご請求していました。今後は 1GB ごとに 22円（税込）の
ご請求に変わります（いずれも端数は切り上げ）。

・変更前：100GB あたり 2,200円（税込）
・変更後：1GB あたり 22円（税込）

たとえば 1か月の転送量が 20GB 超過した場合、これまでは 2,200円のご請求でしたが、
変更後は 20GB 分の 440円となります。

■ 適用時期
{c.d('2021-04-01', '%Y年%m月')}の転送量（{c.d('2021-05-01', '%Y年%m月')}のご請求分）から新しい単位で計算します。

■ ご請求のタイミング
超過分は毎月1日〜末日の集計をもとに確定します。
・Hobby プラン：毎月1日に前月分を集計し、超過分をご請求
・Standard／Business プラン：前月分の超過料金を次回の月額料金と合わせてご請求
・Enterprise プラン：ご契約内容によります

月の途中の転送量は、管理画面の「サービス設定 > データ転送量」で確認できます。

microCMS チーム
"""
    return dict(provider="microCMS", label="pricing", deadline=c.iso("2021-04-01"),
                url="https://blog.microcms.io/change-unit-of-data-transfer",
                sender=("microCMS", "noreply@microcms.io"),
                to=("山口 彩", "aya.yamaguchi@hanabi-media.example"),
                subject="【microCMS】データ転送量の超過料金の請求単位変更のお知らせ",
                date=c.new, body=body)


@notice
def n_adam_tax_ja():
    c = Ctx("2014-01-20", datetime(2028, 2, 24, 13, 15, 0, tzinfo=JST))
    eff = c.d('2014-04-01', '%Y年%m月%d日')
    body = f"""ADAM ウェブホスティングをご利用のお客様へ

{eff}に改正消費税法が施行されることに伴い、当サービスの料金（税込）を
改定いたします。

■ 改定後の料金
改定前の料金に増税分の3ポイントを加え、10円未満を切り捨てた額を新料金とします。

　項目                     改定前      改定後
　初期設定料               500円       510円
　ライト 12ヶ月払い       2,400円     2,460円
　スタンダード 12ヶ月払い 6,000円     6,170円
　プレミアム 12ヶ月払い  15,000円    15,420円
　（その他の料金は料金表をご覧ください）

■ 新料金が適用される時期
・初期設定料・ドメイン料金：{c.d('2014-03-31', '%m月%d日')}までのお申し込みは旧料金、
　{c.d('2014-04-01', '%m月%d日')}以降のお申し込みは新料金
・ホスティング利用料（新規）：{c.d('2014-02-20', '%m月%d日')}までのお申し込みは旧料金、
　{c.d('2014-02-21', '%m月%d日')}以降のお申し込みは新料金
・ホスティング利用料（更新）：更新時の利用期限が{c.d('2014-02-28', '%m月%d日')}以前のアカウントは旧料金、
　{c.d('2014-03-31', '%m月%d日')}以降のアカウントは新料金

利用期限はコントロールパネルの「アカウント情報」画面でご確認いただけます。

ADAM サポート
"""
    return dict(provider="ADAM (Japanese web hosting)", label="pricing", deadline=c.iso("2014-04-01"),
                url="https://www.adam.ne.jp/2014/01/%E6%96%99%E9%87%91%E6%94%B9%E5%AE%9A%E3%81%AE%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B/",
                sender=("ADAM サポート", "support@adam.ne.jp"),
                to=("小野 健一", "k.ono@ono-kobo.example"),
                subject=f"【ADAM】消費税率変更に伴う料金改定のお知らせ（{eff}より）",
                date=c.new, body=body)


# ---------------------------------------------------------------- security-advisory

@notice
def n_aws_log4j_bulletin():
    c = Ctx("2021-12-12", datetime(2028, 2, 18, 2, 50, 14, tzinfo=UTC))
    body = f"""AWS Security Bulletin - Apache Log4j2 issue (CVE-2021-44228)

Initial publication date: {c.d('2021-12-10')}

AWS knows about the recently disclosed issue (CVE-2021-44228) in the Apache
Log4j2 library and is reviewing which of its services are affected. This
bulletin will be updated as more information becomes available.

AWS Lambda
Lambda does not include Log4j2 in its managed runtimes or base container
images, so those are not affected. Customers who use the
aws-lambda-java-log4j2 library in their functions need to update it to version
1.3.0 and redeploy their functions.

Customers who run Log4j2 in their own environments should update to the
latest version of the library provided by the Apache project.

Questions about this bulletin can be sent to aws-security@amazon.com.
"""
    return dict(provider="AWS", label="security-advisory", deadline="none",
                url="https://github.com/govuk-one-login/authentication-api/pull/1200",
                sender=("AWS Security Bulletins", "aws-security-bulletins@amazon.com"),
                to=("Security team", "secops@gateway-identity.example"),
                subject="AWS Security Bulletin: Apache Log4j2 issue (CVE-2021-44228)",
                date=c.new, body=body)


@notice
def n_aws_log4j_update():
    c = Ctx("2021-12-13", datetime(2028, 2, 19, 8, 36, 50, tzinfo=UTC))
    body = f"""AWS Security Bulletin - Apache Log4j2 issue (CVE-2021-44228), update

This update adds detail on how individual AWS services are affected.

Amazon API Gateway
We are moving API Gateway to a Log4j2 version that mitigates the issue. Some
APIs may see short increases in latency while these updates roll out.

AWS IoT Greengrass
Updated versions of all Greengrass V2 components that use Log4j2 have been
available for deployment since {c.d('2021-12-10', '%m/%d/%Y')}: Stream Manager (2.0.14) and
Secure Tunneling (1.0.6). We recommend deploying these versions to your
devices.
Updates for Greengrass 1.10 and 1.11 are expected by {c.d('2021-12-17', '%m/%d/%Y')}. If you use
Stream Manager on those versions, update as soon as the binaries are released.
Until then, make sure your Lambda code using Stream Manager does not accept
stream names or S3 exporter file names that you do not control, for example
names containing the text "${{".

Amazon MQ
Two areas are being reviewed: the Amazon MQ service code itself and the open
source brokers it runs (Apache ActiveMQ and RabbitMQ). Further guidance will
follow in this bulletin.
"""
    return dict(provider="AWS", label="security-advisory", deadline="none",
                url="https://github.com/NCSC-NL/log4shell/pull/124",
                sender=("AWS Security Bulletins", "aws-security-bulletins@amazon.com"),
                to=("Security team", "security@northdyke-logistics.example"),
                subject="Update: AWS Security Bulletin on Apache Log4j2 (CVE-2021-44228) - service details",
                date=c.new, body=body)


@notice
def n_gcp_sa_key_policy():
    c = Ctx("2024-03-18", datetime(2028, 2, 25, 17, 3, 29, tzinfo=UTC))
    eff = c.d('2024-06-16', '%B %d, %Y')
    body = f"""Hello Google Cloud customer,

On {eff}, Google Cloud is introducing an organization policy change. It lets
organization administrators decide how Google Cloud responds when we learn
that a private service account key has been exposed publicly. We work with
several programs, including GitHub secret scanning, to find such keys.

What you need to know
Service account keys must stay private; a publicly exposed key can put your
whole Google Cloud environment at risk. Someone holding a leaked key could
read, change or delete your data or run up costly resources. We know this may
disrupt your organization, so we are taking proactive steps to protect it.

What is changing
From {eff}, the new constraint iam.serviceAccountKeyExposureResponse will
by default disable any service account key that we detect has been publicly
exposed.

What you can do
If you prefer to be notified without the key being disabled, an administrator
can set the constraint to WAIT_FOR_ABUSE for your organization. We recommend
reviewing where your service account keys are stored and replacing long-lived
keys with more secure alternatives where possible.

Organization: aurelia-maps.example (ID 804417236650)

Thanks for choosing Google Cloud.
- The Google Cloud Team
"""
    return dict(provider="Google Cloud", label="security-advisory", deadline="none",
                url="https://github.com/i3arnon/YouCast/issues/91",
                sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
                to=("Dirk Schouten", "dirk@aurelia-maps.example"),
                subject="[Action Advised] Change to how exposed service account keys are handled",
                date=c.new, body=body)


# ---------------------------------------------------------------- informational

@notice
def n_linode_axiom():
    c = Ctx("2023-02-14", datetime(2028, 2, 28, 12, 26, 40, tzinfo=UTC))
    body = """Hello,

After careful review, running Axiom is no longer allowed on our platform.

We are making this change to reduce activity that could harm the reputation of
our network or cause problems for other Linode customers and for our
infrastructure. The decision reflects several factors, including how other
customers have used Axiom here; it looks at the overall potential impact and
is not about any one customer's actions. The change applies to all Linode
customers with immediate effect.

Bug bounty hunting and penetration testing remain allowed, as long as the
activity is legal, complies with our Terms of Service and stays within the
target's bounty scope or a prior agreement between you and the target.

If you have any questions, just reply. Otherwise this ticket will close on its
own in 96 hours.

Regards,
Linode Support Team
Ticket #20938471
"""
    return dict(provider="Linode (Akamai)", label="informational", deadline="none",
                url="https://github.com/pry0cc/axiom/issues/682",
                sender=("Linode Support", "support@linode.com"),
                to=("Joao Cravo", "joao@cravo-sec.example"),
                subject="Linode Support Ticket 20938471 - Use of Axiom on our platform",
                date=c.new, body=body)


# ---------------------------------------------------------------- build / check

def enc_addr(pair):
    name, addr = pair
    return formataddr((name, addr), charset="utf-8")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def build_messages():
    msgs = [fn() for fn in NOTICES]
    for m, fn in zip(msgs, NOTICES):
        m["key"] = fn.__name__
        m.setdefault("phishing", False)
    msgs.sort(key=lambda m: m["date"].astimezone(UTC))
    return msgs


def render(m, idx):
    body = m["body"]
    if not body.endswith("\n"):
        body += "\n"
    try:
        body.encode("ascii")
        cte = "7bit"
        payload = body
    except UnicodeEncodeError:
        cte = "quoted-printable"
        payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    payload = payload.replace("\r\n", "\n")
    lines = payload.split("\n")
    lines = [(">" + ln) if ln.startswith("From ") else ln for ln in lines]
    payload = "\n".join(lines)
    sender_addr = m["sender"][1]
    domain = sender_addr.split("@", 1)[1]
    h = hashlib.sha1((m["key"] + m["subject"]).encode("utf-8")).hexdigest()[:16]
    hdrs = [
        "Date: " + format_datetime(m["date"]),
        "From: " + enc_addr(m["sender"]),
        "To: " + enc_addr(m["to"]),
        "Subject: " + enc_subject(m["subject"]),
        "Message-ID: <g7.%02d.%s@%s>" % (idx, h, domain),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: " + cte,
        "X-Training-Label: " + m["label"],
        "X-Training-Deadline: " + m["deadline"],
    ]
    if m["phishing"]:
        hdrs.append("X-Training-Phishing: yes")
    envelope = "From %s %s" % (sender_addr, m["date"].astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y"))
    return envelope + "\n" + "\n".join(hdrs) + "\n\n" + payload.rstrip("\n") + "\n"


def write(msgs):
    parts = [render(m, i) for i, m in enumerate(msgs)]
    data = "\n".join(parts)
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write(data)
    return data


def check(msgs, data):
    errs = []
    if "\r" in data:
        errs.append("CR found in file")
    env_re = re.compile(r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                        r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d \d\d:\d\d:\d\d \d{4}$")
    raw_lines = data.split("\n")
    env_count = 0
    for i, ln in enumerate(raw_lines):
        if ln.startswith("From "):
            env_count += 1
            if not env_re.match(ln):
                errs.append("bad envelope line: %r" % ln)
            if i > 0 and raw_lines[i - 1] != "":
                errs.append("no blank line before envelope at line %d" % (i + 1))
    if env_count != len(msgs):
        errs.append("envelope count %d != %d" % (env_count, len(msgs)))
    mb = mailbox.mbox(OUT, create=False)
    parsed = list(mb)
    if len(parsed) != len(msgs):
        errs.append("mailbox parsed %d messages, expected %d" % (len(parsed), len(msgs)))
    seen_ids = set()
    urls = set()
    for i, (pm, m) in enumerate(zip(parsed, msgs)):
        tag = "msg %d (%s)" % (i, m["key"])
        for h in ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                  "X-Training-Label", "X-Training-Deadline"]:
            if pm[h] is None:
                errs.append("%s: missing %s" % (tag, h))
        for k, v in pm.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                errs.append("%s: non-ASCII header %s" % (tag, k))
        if pm.get_content_charset() != "utf-8":
            errs.append("%s: charset %s" % (tag, pm.get_content_charset()))
        lab = pm["X-Training-Label"]
        if lab not in LABELS:
            errs.append("%s: bad label %s" % (tag, lab))
        dl = pm["X-Training-Deadline"]
        if dl != "none":
            try:
                date.fromisoformat(dl)
            except ValueError:
                errs.append("%s: bad deadline %s" % (tag, dl))
        if lab in ("informational", "billing", "security-advisory") and dl != "none":
            errs.append("%s: %s with a deadline" % (tag, lab))
        dt = parsedate_to_datetime(pm["Date"])
        if (dt.year, dt.month) != (2028, 2):
            errs.append("%s: Date not in February 2028: %s" % (tag, pm["Date"]))
        if (pm["X-Training-Phishing"] == "yes") != m["phishing"]:
            errs.append("%s: phishing header mismatch" % tag)
        mid = pm["Message-ID"]
        if mid in seen_ids:
            errs.append("%s: duplicate Message-ID" % tag)
        seen_ids.add(mid)
        if m["url"] in urls:
            errs.append("%s: original URL used twice" % tag)
        urls.add(m["url"])
        subj = str(make_header(decode_header(pm["Subject"])))
        if subj != m["subject"]:
            errs.append("%s: subject round-trip mismatch" % tag)
        text = pm.get_payload(decode=True).decode("utf-8")
        want = m["body"].rstrip("\n")
        got = "\n".join(ln[1:] if ln.startswith(">From ") else ln for ln in text.rstrip("\n").split("\n"))
        if got != want:
            errs.append("%s: body round-trip mismatch" % tag)
        if re.search(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", text):
            for ip in re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", text):
                if not ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.")):
                    if not re.match(r"^\d+\.\d+\.\d+\.\d+$", ip) or ip.count(".") != 3:
                        continue
                    # version numbers like 1.3.0.x are not IPs; anything else must be documentation range
                    errs.append("%s: non-documentation IP %s" % (tag, ip))
    return errs


def main():
    msgs = build_messages()
    data = write(msgs)
    errs = check(msgs, data)
    if "--table" in sys.argv:
        print("| # | label | deadline | provider | original |")
        print("|---|---|---|---|---|")
        for i, m in enumerate(msgs):
            print("| %d | %s%s | %s | %s | %s |" % (i, m["label"], " (phishing)" if m["phishing"] else "",
                                                 m["deadline"], m["provider"], m["url"]))
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    cnt = Counter(m["label"] for m in msgs)
    print("wrote %s: %d messages" % (OUT, len(msgs)))
    for lab in LABELS:
        print("  %-18s %d" % (lab, cnt.get(lab, 0)))
    print("  phishing           %d" % sum(1 for m in msgs if m["phishing"]))
    print("  with deadline      %d" % sum(1 for m in msgs if m["deadline"] != "none"))


if __name__ == "__main__":
    main()
