#!/usr/bin/env python3
"""Generator for validation batch g43 (36 labelled cloud-provider notices, November 2028).

Standard library only, deterministic. Writes set-g43.mbox, README.md and
used-sources.txt next to this file, re-reads the mbox and checks it.
Exit status 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import email
import email.utils
import hashlib
import mailbox
import os
import sys
from email.charset import Charset, BASE64, QP
from email.header import Header, decode_header, make_header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

NAME = "g43"
OUTDIR = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(OUTDIR, "set-%s.mbox" % NAME)
MONTH = (2028, 11)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
# counts of non-phishing notices by label group, and phishing total
MIX = {"critical": 6, "action-required": 12, "maintenance": 5, "pricing": 4,
       "billing": 3, "informational": 2, "security-advisory": 1}
PHISHING = 3
MIN_JA = 6

# ---------------------------------------------------------------- date helpers
JA_WD = "月火水木金土日"
EN_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ordsuf(n):
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def us(d):            # December 31, 2023
    return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)


def us_md(d):         # June 4
    return "%s %d" % (d.strftime("%B"), d.day)


def us_ord(d):        # July 1st, 2020
    return "%s %d%s, %d" % (d.strftime("%B"), d.day, ordsuf(d.day), d.year)


def us_md_ord(d):     # September 14th
    return "%s %d%s" % (d.strftime("%B"), d.day, ordsuf(d.day))


def wd_us_md(d):      # Friday, February 23
    return "%s, %s %d" % (d.strftime("%A"), d.strftime("%B"), d.day)


def dmy(d):           # 3 February 2026
    return "%d %s %d" % (d.day, d.strftime("%B"), d.year)


def abbr(d):          # Jan 31, 2024
    return "%s %d, %d" % (EN_MONTH_ABBR[d.month - 1], d.day, d.year)


def abbr_md(d):       # Dec 7
    return "%s %d" % (EN_MONTH_ABBR[d.month - 1], d.day)


def mdy_slash(d):     # 01/24/2024
    return "%02d/%02d/%d" % (d.month, d.day, d.year)


def dmy_slash(d):     # 30/09/2021
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def de(d):            # 18.07.2011
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


def ja(d):            # 2023年12月31日
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def jaw(d):           # 2023年12月31日(日)
    return "%s(%s)" % (ja(d), JA_WD[d.weekday()])


def jamdw(d):         # 12月31日(日)
    return "%d月%d日(%s)" % (d.month, d.day, JA_WD[d.weekday()])


def jamd(d):          # 12月31日
    return "%d月%d日" % (d.month, d.day)


def ja_ym(d):         # 2024年9月
    return "%d年%d月" % (d.year, d.month)


class Shift:
    """Moves every date of one notice by the same number of days (a multiple of 7)."""

    def __init__(self, orig, target):
        self.days = (target - orig).days
        if self.days % 7 != 0:
            raise SystemExit("offset not a whole number of weeks: %s -> %s" % (orig, target))

    def __call__(self, y, m, d):
        return dt.date(y, m, d) + dt.timedelta(days=self.days)


# ---------------------------------------------------------------- notices
NOTICES = []


def notice(**kw):
    NOTICES.append(kw)


def tz(hours, minutes=0):
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


# 1 ------------------------------------------------------------ OVH anti-spam block (abuse)
def n01(S):
    subj = "Anti-spam protection: outgoing port 25 blocked on IP 203.0.113.47"
    body = """Dear Customer,

Our outbound anti-spam layer has identified IP address 203.0.113.47,
attached to your dedicated server ns3141592.ip-203-0-113.example, as a
source of spam.

To protect the reputation of our network, we have blocked port 25 for
this IP at network level. Other traffic is not affected.

These messages triggered the block and can help you trace the sender:

  Destination IP: 198.51.100.23 - Message-ID: 7f3c2a91-0d4e-4b8a-9c11-5e2d0a6f4b10@mail.northwind-labs.example - Spam score: 300
  Destination IP: 198.51.100.23 - Message-ID: k93jd02mfq8zl4wp@mail.northwind-labs.example - Spam score: 300
  Destination IP: 198.51.100.61 - Message-ID: zq.4c1e99b0d7.%(stamp)s@crm.northwind-labs.example - Spam score: 300

Before requesting that the IP be unblocked, please:
 - stop every mail program on the server (Postfix, Exim, qmail, Sendmail...);
 - inspect the mail queue and delete anything you did not intend to send;
 - search your logs for the Message-IDs above to find the account or
   script responsible, and fix it.

When the cause has been removed, you can lift the block yourself in the
Control Panel: Bare Metal Cloud > Network > IP, then "Unblock" next to the
alert shown for this address.

OVHcloud Customer Support
""" % {"stamp": S(2022, 10, 17).strftime("%Y%m%d")}
    return subj, body, None


notice(n=1, label="abuse", deadline=None, phishing=False, lang="en",
       provider="OVHcloud", url="https://docs.ovh.com/au/en/dedicated/antispam-best-practices/",
       sender=("OVHcloud", "noreply@ovh.com"), to="hostmaster@northwind-labs.example",
       orig=dt.datetime(2022, 10, 18, 9, 12, 40, tzinfo=tz(1)), target=dt.date(2028, 11, 7),
       build=n01)


# 2 ------------------------------------------------------------ JS.ORG DMCA suspension (abuse)
def n02(S):
    subj = "pixelcraft.js.org: DMCA copyright infringement complaint"
    body = """Hello @pixel-heron,

A DMCA copyright infringement complaint about the subdomain
pixelcraft.js.org has reached us through Cloudflare.

As an immediate precaution, the subdomain you requested in #8421 has been
suspended and no longer resolves.

This is the second abuse report we have received about this content.
Because the reports keep coming, please stop using JS.ORG subdomains for
this page.

Report details

  Reported URL: hxxps://pixelcraft[.]js[.]org/
  Original work named by the complainant: https://www.blockgame.example/

If you think the complaint is mistaken, reply on this thread with your
explanation and we will look at it again.

JS.ORG maintainers
"""
    return subj, body, None


notice(n=2, label="abuse", deadline=None, phishing=False, lang="en",
       provider="JS.ORG", url="https://github.com/js-org/js.org/issues/12282",
       sender=("JS.ORG", "noreply@js.org"), to="pixel-heron@users.noreply.example",
       orig=dt.datetime(2026, 8, 14, 16, 3, 11, tzinfo=tz(1)), target=dt.date(2028, 11, 17),
       build=n02)


# 3 ------------------------------------------------------------ German hoster DMCA forward (abuse)
def n03(S):
    complaint = S(2021, 9, 30)
    due = S(2021, 10, 22)
    subj = "AbuseNormal: DMCA Copyright Takedown request / Copyright Law, %s" % dmy_slash(complaint)
    body = """Dear customer,

we have received a copyright complaint (DMCA takedown request) concerning
a service that runs on your server 198.51.100.142 (contract K-20731).

According to the complainant, a public Git mirror on your server makes
available a file that they own the rights to. Reported location:

  https://git.kestrel-ops.example/mirror/exploit-archive/commit/1148d69c
  Complaint received: %(complaint)s

Please review the reported content and either remove it or, if you
consider the claim unfounded, send us a short statement explaining why.

Your answer must reach us by %(due)s. If we have not heard from you by
then, we may have to restrict access to the IP address concerned in
accordance with our terms and conditions.

Please keep the reference [Abuse-ID: 4F7A-21093-DMCA] in the subject
line of your reply.

Kind regards

Abuse Department
Serverhaus Rechenzentrum GmbH
""" % {"complaint": dmy_slash(complaint), "due": de(due)}
    return subj, body, None


notice(n=3, label="abuse", deadline=lambda S: S(2021, 10, 22), phishing=False, lang="en",
       provider="Serverhaus (German hoster)", url="https://github.com/offensive-security/exploitdb/issues/208",
       sender=("Serverhaus Abuse", "abuse@serverhaus.example"), to="ops@kestrel-ops.example",
       orig=dt.datetime(2021, 10, 13, 10, 41, 5, tzinfo=tz(1)), target=dt.date(2028, 11, 15),
       build=n03)


# 4 ------------------------------------------------------------ Codecov breach (security-incident)
def n04(S):
    subj = "Important: Codecov Bash Uploader security incident"
    body = """Hello,

Our records show that your organization, harborline-eng, ran one of the
Codecov Bash Uploaders in its CI during the period affected by a recent
security incident. We are contacting you directly because of that.

What happened
Beginning %(start)s, an unauthorized party used a flaw in the way we built
one of our Docker images to obtain a credential and modify our Bash
Uploader script. The altered script could send the environment of the CI
job it ran in to a server outside Codecov. We found and removed the change
on %(found)s.

What may have been exposed
 - credentials, tokens or keys that were available as environment
   variables in CI jobs running the Bash Uploader (this includes the
   GitHub Action, CircleCI Orb and Bitrise step that use it);
 - the services, datastores and code those credentials give access to;
 - the git remote URL of repositories that uploaded coverage.

What we recommend
Re-roll every credential, token and key that was present in the
environment of those CI pipelines immediately, and review the access logs
of the systems they protect. You will also see this notice as a banner
after logging in to Codecov.

Full details and indicators of compromise:
https://about.codecov.io/security-update/

The Codecov Team
""" % {"start": us(S(2021, 1, 31)), "found": us(S(2021, 4, 1))}
    return subj, body, None


notice(n=4, label="security-incident", deadline=None, phishing=False, lang="en",
       provider="Codecov", url="https://github.com/testcontainers/testcontainers-go/issues/312",
       sender=("Codecov", "security@codecov.io"), to="devops@harborline.example",
       orig=dt.datetime(2021, 4, 15, 17, 20, 0, tzinfo=tz(-8)), target=dt.date(2028, 11, 2),
       build=n04)


# 5 ------------------------------------------------------------ GoDaddy Managed WordPress breach (security-incident)
def n05(S):
    subj = "Important security notice about your Managed WordPress account"
    body = """Dear Customer #318552907461,

We recently found that an unauthorized third party used a compromised
password to get into the legacy system we use to provision Managed
WordPress sites. Your account is one of those affected.

For your site bramblewood-bakery.example, the following may have been exposed:
 - the email address and customer number on your account;
 - the WordPress admin password that was set when the site was created;
 - your sFTP and database usernames and passwords.

We have already reset your sFTP and database passwords. Please also:
 1. Change your WordPress admin login: open
    https://bramblewood-bakery.example/wp-login.php, choose "Lost your
    password?" and follow the link we send you.
 2. Create new SSH/sFTP credentials: My Products > Managed WordPress >
    Manage All > Settings > SSH/SFTP login > Create New Login. We no
    longer show these credentials in your dashboard, so store them safely.
 3. Change the WordPress database password on the same Settings page.

Because email addresses were exposed, watch out for messages that ask
you to sign in to GoDaddy or to pay an invoice through a link.

We are sincerely sorry for this incident and for the concern it causes.

GoDaddy Security
"""
    html = "<html><body>" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>\n") for p in body.strip().split("\n\n")) + "</body></html>\n"
    return subj, body, html


notice(n=5, label="security-incident", deadline=None, phishing=False, lang="en",
       provider="GoDaddy", url="https://ae.godaddy.com/help/how-to-change-your-managed-wordpress-passwords-after-a-security-incident-41004",
       sender=("GoDaddy", "noreply@godaddy.com"), to="owner@bramblewood-bakery.example",
       orig=dt.datetime(2021, 11, 22, 11, 45, 0, tzinfo=tz(-7)), target=dt.date(2028, 11, 20),
       build=n05)


# 6 ------------------------------------------------------------ Travis CI secrets exposure (security-incident)
def n06(S):
    subj = "Security Bulletin: exposure of secure environment variables"
    body = """Hello,

We are writing to all Travis CI users about a security issue that
affected builds of public repositories.

Between %(a)s and %(b)s, builds of pull requests opened from a forked
public repository could receive the secure environment variables and
encrypted files of the original repository. Those values could appear in
public build logs or be read by code submitted in the pull request.

The issue was fixed on %(b)s. We cannot rule out that secrets stored for
your public repositories were read during that week, so we strongly
recommend that you:
 - rotate every secure environment variable and encrypted file used by
   your public repositories (API keys, deploy keys, signing keys, tokens);
 - revoke the old values at the services that issued them;
 - check the logs of those services for use you do not recognise.

Your account: github.com/orchid-labs (12 public repositories with
secure variables).

The full bulletin is posted in the Travis CI community forum.

The Travis CI Team
""" % {"a": us_md(S(2021, 9, 3)), "b": us(S(2021, 9, 10))}
    return subj, body, None


notice(n=6, label="security-incident", deadline=None, phishing=False, lang="en",
       provider="Travis CI", url="https://github.com/python-pillow/Pillow/issues/5711",
       sender=("Travis CI", "support@travis-ci.com"), to="maintainers@orchid-labs.example",
       orig=dt.datetime(2021, 9, 13, 14, 2, 0, tzinfo=tz(1)), target=dt.date(2028, 11, 13),
       build=n06)


# 7 ------------------------------------------------------------ AWS Lambda go1.x end of support (action-required)
def n07(S):
    a, b = S(2023, 12, 31), S(2024, 1, 30)
    subj = "[Action Required] AWS Lambda end of support for the Go 1.x runtime [AWS Account: 493027716185]"
    body = """Hello,

We are contacting you because your AWS Account 493027716185 has one or
more AWS Lambda functions that use the Go 1.x (go1.x) runtime.

Lambda is ending support for go1.x in line with the end of maintenance
support for the Amazon Linux AMI on %(a)s. Go stays available on Lambda
through the OS-only runtime provided.al2, which also brings Graviton2
(arm64) support, a smaller deployment package and a faster invoke path.

Under the Lambda runtime support policy, end of support happens in two stages:
 - From %(a)s, Lambda will stop applying security patches and other
   updates to go1.x, functions using it will no longer be eligible for
   technical support, and you will not be able to create new go1.x functions.
 - From %(b)s, you will no longer be able to update existing go1.x functions.

End of support does not stop your functions from running, but they will
run on a runtime that is no longer maintained. We recommend migrating
your go1.x functions to provided.al2 before %(a)s.

To list go1.x functions in one region with the AWS CLI:

  aws lambda list-functions --region us-east-1 --output text \\
    --query "Functions[?Runtime=='go1.x'].FunctionArn"

Your affected functions are also listed in the "Affected resources" tab
of the AWS Health Dashboard.

Sincerely,
Amazon Web Services
""" % {"a": us(a), "b": us(b)}
    return subj, body, None


notice(n=7, label="action-required", deadline=lambda S: S(2023, 12, 31), phishing=False, lang="en",
       provider="AWS", url="https://github.com/buildkite/elastic-ci-stack-for-aws/issues/1203",
       sender=("Amazon Web Services", "no-reply-aws@amazon.com"), to="aws-root@buildyard.example",
       orig=dt.datetime(2023, 8, 24, 18, 5, 27, tzinfo=tz(-8)), target=dt.date(2028, 11, 9),
       build=n07)


# 8 ------------------------------------------------------------ Azure Storage TLS 1.2 minimum (action-required)
def n08(S):
    d = S(2026, 2, 3)
    subj = "Action required: Move your Azure Storage accounts to TLS 1.2 or later by %s" % dmy(d)
    body = """You're receiving this email because you have one or more Azure Storage accounts.

After %(d)s, Azure Storage will no longer support TLS 1.0 and TLS 1.1.
TLS 1.2 becomes the minimum version for every storage account: unlike
the older versions, it supports modern cryptographic algorithms and
cipher suites.

Required action
To avoid disruptions when your applications connect to Azure Storage,
move them to TLS 1.2 or later before %(d)s and remove any dependency on
TLS 1.0 and 1.1. Check both the minimum TLS version configured on each
storage account and the version your clients actually negotiate.

Help and support
If you have questions, get answers from community experts in Microsoft
Q&A. If you have a support plan and need technical help, create a
support request in the Azure portal.

Potentially affected subscriptions:
 - Harborline-Prod-Apps (4c9e1b7a-5d2f-4e86-9a3b-7f0c21d6e845)
 - Harborline-Analytics (b07d3e52-91c4-4f0a-8e6d-2a5f9c13d470)

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % {"d": dmy(d)}
    return subj, body, None


notice(n=8, label="action-required", deadline=lambda S: S(2026, 2, 3), phishing=False, lang="en",
       provider="Microsoft Azure", url="https://github.com/equinor/mad/issues/795",
       sender=("Microsoft Azure", "azure-noreply@microsoft.com"), to="cloud-admins@harborline.example",
       orig=dt.datetime(2026, 1, 12, 7, 31, 2, tzinfo=tz(0)), target=dt.date(2028, 11, 6),
       build=n08)


# 9 ------------------------------------------------------------ Stripe SCA (action-required)
def n09(S):
    d = S(2019, 9, 14)
    subj = "Action needed: update your Stripe integration for Strong Customer Authentication"
    body = """Hi there,

We're writing about changes you need to make to the Stripe integration
of your account Cavallo Moda S.r.l. (acct_1Fq8ZkL2m9XyT3wP) so that it
complies with new European regulation.

Starting %(d)s, Strong Customer Authentication (SCA) under PSD2 will
require two-factor authentication for many online card payments in
Europe. Banks may decline payments that should have gone through SCA and
did not. To avoid a rise in declined charges, please update your
integration by %(d)s.

If you charge customers when they are not actively using your site or
app (for example subscriptions, crowdfunding pledges or a card saved for
a later booking), customers may need to authenticate when their card is
saved. We have added API support for this case with PaymentIntents and
SetupIntents, so every business has what it needs to become SCA-ready.

We suggest starting the update now so you have enough time to test it
before September.

Read our SCA guide: https://stripe.com/docs/strong-customer-authentication

The Stripe team
""" % {"d": us_md_ord(d)}
    return subj, body, None


notice(n=9, label="action-required", deadline=lambda S: S(2019, 9, 14), phishing=False, lang="en",
       provider="Stripe", url="https://github.com/mage2pro/stripe/issues/84",
       sender=("Stripe", "notifications@stripe.com"), to="amministrazione@cavallo-moda.example",
       orig=dt.datetime(2019, 7, 23, 9, 14, 0, tzinfo=tz(-8)), target=dt.date(2028, 11, 14),
       build=n09)


# 10 ----------------------------------------------------------- Cloudflare API TLS (action-required)
def n10(S):
    d = S(2018, 6, 4)
    subj = "Deprecating TLS 1.0 and 1.1 on api.cloudflare.com"
    body = """Hello,

On %(d)s, Cloudflare will stop accepting TLS 1.0 and TLS 1.1 connections
to api.cloudflare.com. On the same day the dashboard moves from
www.cloudflare.com/a to dash.cloudflare.com, which will also require a
browser that supports TLS 1.2 or higher.

Traffic to your own websites that is proxied through Cloudflare is not
changed by this. If you wish, you can enforce a minimum TLS version for
your zones with the Require Modern TLS setting.

Before %(d)s
 - API responses to requests made over TLS 1.0 or 1.1 will carry a
   warning message.
 - Dashboard users on older browsers will see a banner asking them to
   upgrade.

What you should do
Make sure every script, integration and library that calls
api.cloudflare.com for account ben.okafor@lattice-fm.example negotiates
TLS 1.2 or later before %(d)s. Current HTTP clients already do; very old
OpenSSL builds, Java 6/7 and older .NET runtimes may not.

More than 96%% of API traffic already uses TLS 1.2 or above, so most
users will not need to change anything.

The Cloudflare Team
""" % {"d": us_md(d)}
    return subj, body, None


notice(n=10, label="action-required", deadline=lambda S: S(2018, 6, 4), phishing=False, lang="en",
       provider="Cloudflare", url="https://blog.cloudflare.com/deprecating-old-tls-versions-on-cloudflare-dashboard-and-api/",
       sender=("Cloudflare", "noreply@notify.cloudflare.com"), to="ben.okafor@lattice-fm.example",
       orig=dt.datetime(2018, 3, 12, 15, 0, 0, tzinfo=tz(0)), target=dt.date(2028, 11, 27),
       build=n10)


# 11 ----------------------------------------------------------- Datadog key rotation (action-required)
def n11(S):
    rpm, deb = S(2022, 4, 11), S(2022, 5, 2)
    eol = S(2022, 6, 15)
    subj = "[Action required] Datadog Agent Linux package signing keys are being rotated"
    body = """Hello,

As a routine security practice, Datadog periodically rotates the keys
used to sign Datadog Agent packages. The GPG keys currently used for the
RPM and DEB packages reach end of life in %(eolm)s and will be replaced
before then:

 - RPM: the key ending in 5B17C2E4 will be replaced on %(rpm)s at
   12:00 UTC by the key ending in 9C3E21A0. The first RPM releases after
   that date (6.36 and 7.36) can only be installed on hosts that trust
   the new key.
 - DEB: the key ending in 7D04AF19 will be replaced on %(deb)s at
   12:00 UTC by the key ending in 2E86B5D3. APT checks the signature of
   the repository metadata, so hosts without the new key will fail to
   install or upgrade the Agent.

What you need to do
Hosts set up with a recent install script or recent versions of our
Ansible role, Chef cookbook, Puppet module or SaltStack formula may
already trust the new keys. On every other host, import the new keys
before %(rpm)s (RPM) and %(deb)s (DEB). The guide in our documentation
shows how to check whether a host already trusts them.

Organization: Lattice FM (org ID 481203)

Thanks,
The Datadog Team
""" % {"rpm": us(rpm), "deb": us(deb), "eolm": "%s %d" % (eol.strftime("%B"), eol.year)}
    return subj, body, None


notice(n=11, label="action-required", deadline=lambda S: S(2022, 4, 11), phishing=False, lang="en",
       provider="Datadog", url="https://github.com/DataDog/documentation/pull/11803",
       sender=("Datadog", "noreply@datadoghq.com"), to="sre@lattice-fm.example",
       orig=dt.datetime(2022, 1, 18, 16, 40, 0, tzinfo=tz(0)), target=dt.date(2028, 11, 21),
       build=n11)


# 12 ----------------------------------------------------------- AWS Lambda Node.js 20.x (action-required)
def n12(S):
    d = S(2026, 4, 30)
    subj = "[Action Required] AWS Lambda Node.js 20.x end-of-life [AWS Account: 736104295518]"
    body = """Hello,

[AWS Health may periodically trigger reminder notifications about this
communication if resources remain unresolved.]

We are contacting you because your AWS Account 736104295518 currently
has one or more AWS Lambda functions that use the Node.js 20.x runtime.

Lambda support for Node.js 20.x ends on %(d)s, the same day Node.js 20
itself reaches upstream end-of-life. End of support does not affect
function execution: your functions keep running. They will, however,
run on a runtime that the AWS Lambda team no longer maintains or patches.

From %(d)s, Lambda will stop applying security patches and other updates
to Node.js 20.x, functions that use it will no longer be eligible for
technical support, and the runtime will be removed from the console.
Later stages that block creating and then updating such functions are
described in the Lambda runtime support policy.

We recommend that you upgrade your Node.js 20.x functions to a newer
Node.js runtime before %(d)s.

To list affected functions in a region:

  aws lambda list-functions --region eu-west-1 --output text \\
    --query "Functions[?Runtime=='nodejs20.x'].FunctionArn"

You can also see the affected resources in the AWS Health Dashboard.

Sincerely,
Amazon Web Services
""" % {"d": us(d)}
    return subj, body, None


notice(n=12, label="action-required", deadline=lambda S: S(2026, 4, 30), phishing=False, lang="en",
       provider="AWS", url="https://github.com/awslabs/landing-zone-accelerator-on-aws/issues/996",
       sender=("Amazon Web Services", "no-reply-aws@amazon.com"), to="platform-team@meridian-grid.example",
       orig=dt.datetime(2025, 12, 16, 20, 12, 44, tzinfo=tz(-8)), target=dt.date(2028, 11, 28),
       build=n12)


# 13 ----------------------------------------------------------- GitHub basic auth deprecation (action-required)
def n13(S):
    used = S(2020, 2, 11)
    d = S(2020, 7, 1)
    subj = "[GitHub] Deprecation Notice"
    body = """Hi @pixel-heron,

On %(used)s at 21:47 (UTC) you used a password to access an endpoint
through the GitHub API using Apache-HttpClient/4.3.5 (java 1.5):

https://api.github.com/gists/4b7e0c19a2d85f36e1c9a07d3b52e8f1

On %(d)s, basic authentication using a password to this endpoint will
no longer work.

To keep calling this endpoint, switch to a personal access token (PAT)
with the scopes you need. You can create one at
https://github.com/settings/tokens.

Thanks,
The GitHub Team
""" % {"used": us_ord(used), "d": us_ord(d)}
    return subj, body, None


notice(n=13, label="action-required", deadline=lambda S: S(2020, 7, 1), phishing=False, lang="en",
       provider="GitHub", url="https://github.com/rogerallen/tweegeemee/issues/17",
       sender=("GitHub", "noreply@github.com"), to="pixel.heron@mailbox.example",
       orig=dt.datetime(2020, 2, 12, 13, 5, 9, tzinfo=tz(-8)), target=dt.date(2028, 11, 8),
       build=n13)


# 14 ----------------------------------------------------------- Google App Engine gen1 runtimes (action-required)
def n14(S):
    d = S(2026, 1, 31)
    subj = "[Action Required] Move App Engine apps off first-generation runtimes before %s" % us(d)
    body = """Hello Google Cloud customer,

We're writing because one or more of your projects run App Engine
standard environment applications on a first-generation runtime.

What you need to know
After %(d)s, you will not be able to deploy App Engine applications on
the first-generation runtimes Python 2.7, Java 8, PHP 5.5 and Go 1.11.
These runtimes have already reached end of support. Apps that are
deployed keep serving traffic, but you will not be able to redeploy or
patch them on those runtimes after that date.

What you need to do
Migrate the affected apps to a supported second-generation runtime
before %(d)s. If you have already migrated away from these runtimes,
you can ignore this message.

Affected projects:
  crier-bot-prod (crier-bot-prod-381204) - python27

Thanks for choosing Google Cloud.

- The Google Cloud Team
""" % {"d": us(d)}
    return subj, body, None


notice(n=14, label="action-required", deadline=lambda S: S(2026, 1, 31), phishing=False, lang="en",
       provider="Google Cloud", url="https://github.com/hellsman/crierbot/issues/5",
       sender=("Google Cloud", "CloudPlatform-noreply@google.com"), to="crier-ops@quietpine.example",
       orig=dt.datetime(2026, 1, 6, 10, 22, 31, tzinfo=tz(-8)), target=dt.date(2028, 11, 7),
       build=n14)


# 15 ----------------------------------------------------------- OneSignal TLS (action-required)
def n15(S):
    ietf, d = S(2021, 3, 25), S(2021, 9, 30)
    subj = "Action needed: OneSignal is ending support for TLS 1.0 and 1.1"
    body = """Hello,

Transport Layer Security (TLS) protects the web and API connections
between your users' devices, your servers and OneSignal. The early
versions, TLS 1.0 and 1.1, have weaknesses that cannot be fixed without
breaking compatibility, and the IETF formally deprecated them on %(ietf)s.

When we reviewed our traffic, a very small share of calls still arrived
over TLS 1.0 or 1.1, mostly open and read tracking from old, unpatched
phones. We cannot keep these endpoints open without lowering security
for every customer, so we will disable TLS 1.0 and 1.1 on all OneSignal
endpoints no later than %(d)s at 23:59:59 UTC.

What this means for you
 - The affected calls are well under 0.01%% of open events and are spread
   across many apps, so no single app should be heavily affected.
 - If your servers call the OneSignal REST API, make sure they
   negotiate TLS 1.2 or higher before %(d)s.
 - Devices that cannot use TLS 1.2 will stop reporting opens after that date.

App: Brightloop Rewards (app ID 3d9b2f64-7c1e-4a05-b8e2-61f0d4c7a9e3)

Questions? Contact support@onesignal.com.

The OneSignal Team
""" % {"ietf": us(ietf), "d": us(d)}
    return subj, body, None


notice(n=15, label="action-required", deadline=lambda S: S(2021, 9, 30), phishing=False, lang="en",
       provider="OneSignal", url="https://onesignal.com/blog/onesignal-ending-tls-1-0-and-1-1-support/",
       sender=("OneSignal", "no-reply@onesignal.com"), to="mobile@brightloop.example",
       orig=dt.datetime(2021, 8, 17, 18, 0, 0, tzinfo=tz(-8)), target=dt.date(2028, 11, 14),
       build=n15)


# 16 ----------------------------------------------------------- Twilio legacy FCM (action-required)
def n16(S):
    dep, d = S(2023, 6, 30), S(2024, 5, 15)
    subj = "Warning: Twilio ends support for legacy FCM on %s" % us(d)
    body = """Hello,

Google deprecated the legacy Firebase Cloud Messaging (FCM) APIs on
%(dep)s. Twilio will end support for legacy FCM push credentials on
%(d)s.

Your account AC8e41c29f7b0d53a6e2f4c1b9d07a3e56 still has Voice push
credentials of type "FCM (legacy)". After %(d)s, incoming-call
notifications sent with these credentials will no longer be delivered to
Android devices.

What to do
 1. Migrate your Firebase project to the FCM HTTP v1 API.
 2. In the Twilio Console, create a new push credential from your
    Firebase service account JSON.
 3. Point your Voice access tokens at the new credential SID.
No Voice SDK upgrade is needed for this change. We recommend finishing
it as soon as possible, and before %(d)s.

See "Updating Twilio Push for the FCM HTTP v1 API" in the Twilio Help
Center for step-by-step instructions.

Thanks,
The Twilio Team
""" % {"dep": us(dep), "d": us(d)}
    return subj, body, None


notice(n=16, label="action-required", deadline=lambda S: S(2024, 5, 15), phishing=False, lang="en",
       provider="Twilio", url="https://github.com/twilio/voice-quickstart-android/issues/584",
       sender=("Twilio", "no-reply@twilio.com"), to="voice-team@carrowline.example",
       orig=dt.datetime(2024, 2, 13, 9, 30, 0, tzinfo=tz(-8)), target=dt.date(2028, 11, 21),
       build=n16)


# 17 ----------------------------------------------------------- MongoDB Atlas Device Sync (action-required)
def n17(S):
    sent, d = S(2024, 9, 10), S(2025, 9, 30)
    subj = "Deprecation of Atlas Device Sync and the Atlas Device SDKs"
    body = """Hello,

We are writing to let you know that Atlas Device Sync, part of Atlas App
Services, is deprecated as of %(month)s and will be removed on %(d)s.
The Atlas Device SDKs that depend on it follow the same schedule.

Your project Paperlib-Sync (ID 66e1f0c2a9b83d4e57f1c0a8) has an App
Services application with Device Sync enabled.

What this means
 - Until %(d)s, Device Sync keeps working and we will continue to fix
   bugs and security issues.
 - After %(d)s, sync endpoints will stop accepting connections and
   client apps will no longer synchronise data with Atlas.

What you need to do
Plan and complete your migration before %(d)s. Our deprecation page
lists alternative solutions from MongoDB partners and explains how to
move data access to a MongoDB driver. The data stored in your Atlas
clusters is not affected.

If you have questions, contact MongoDB Support from the Atlas UI.

The MongoDB Atlas Team
""" % {"month": "%s %d" % (sent.strftime("%B"), sent.year), "d": us(d)}
    return subj, body, None


notice(n=17, label="action-required", deadline=lambda S: S(2025, 9, 30), phishing=False, lang="en",
       provider="MongoDB Atlas", url="https://github.com/Future-Scholars/paperlib/issues/607",
       sender=("MongoDB Atlas", "mongodb-atlas@mongodb.com"), to="geoffrey@paperlib-team.example",
       orig=dt.datetime(2024, 9, 10, 12, 15, 0, tzinfo=tz(-5)), target=dt.date(2028, 11, 28),
       build=n17)


# 18 ----------------------------------------------------------- CPI domain renewal (JA, action-required)
def n18(S):
    exp, due = S(2024, 1, 31), S(2023, 11, 30)
    subj = "【CPI】ドメイン更新お手続きのお知らせ(northwind-shoten.example)"
    body = """株式会社ノースウィンド商店
ご担当者様

平素よりCPIをご利用いただき、誠にありがとうございます。
ご契約中のドメインの有効期限が近づいてまいりましたので、
更新のお手続きについてご案内いたします。

■ご契約ドメイン
　northwind-shoten.example
■有効期限
　%(exp)s
■更新期間
　1年
■ご請求金額
　3,300円(税込)
■お支払い期限
　%(due)s

ドメインを引き続きご利用になる場合は、上記お支払い期限までに
ご請求金額をお支払いください。
期限までにお支払いが確認できない場合、有効期限をもってドメインは
廃止となり、このドメインを使ったホームページやメールアドレスは
ご利用いただけなくなります。

更新を希望されない場合や、他社へ移管される場合は
サポートセンターまでご連絡ください。

請求書はマイページからダウンロードいただけます。
マイページID:CP3175094268

────────────────────
CPI サポートセンター
────────────────────
""" % {"exp": ja(exp), "due": ja(due)}
    return subj, body, None


notice(n=18, label="action-required", deadline=lambda S: S(2023, 11, 30), phishing=False, lang="ja",
       provider="CPI (KDDI Web Communications)", url="https://support.cpi.ad.jp/domain/update",
       sender=("CPI サポートセンター", "info@cpi.ad.jp"), to="soumu@northwind-shoten.example",
       orig=dt.datetime(2023, 11, 1, 10, 3, 0, tzinfo=tz(9)), target=dt.date(2028, 11, 1),
       build=n18)


# 19 ----------------------------------------------------------- Tiger Technologies maintenance completed (maintenance)
def n19(S):
    a, b = S(2018, 2, 23), S(2018, 2, 24)
    subj = "Scheduled maintenance %s & %d, %d for some servers (completed)" % (us_md(a), b.day, b.year) \
        if a.month == b.month else \
        "Scheduled maintenance %s & %s, %d for some servers (completed)" % (us_md(a), us_md(b), b.year)
    body = """Update, 11:18 PM Pacific time: the maintenance described below has been
completed successfully.

Over the last year we have been moving our servers from Debian Linux 7
("wheezy") to Debian 8 ("jessie"). We are finishing that work over the
next few weeks, with a short maintenance window for each server.

During its window each hosting server is taken offline for a few minutes
and restarted, so websites and email on that server are briefly
unavailable. Downtime for any one server should not exceed ten minutes
within the three-hour window. Mail arriving during a restart is queued
and delivered shortly afterwards; no mail is lost.

This weekend we updated some (not all) web servers:

 - %(wa)s, 9:00-11:59 PM Pacific: servers ending in "0" and "9" (completed)
 - %(wb)s, 9:00-11:59 PM Pacific: servers ending in "8" and "7" (completed)

For example, "web10" was updated on %(a)s and "web07" on %(b)s.
Other servers will be updated over the following weekends; we will post
separate announcements for them.

We tested the upgrade extensively and don't expect you to notice any
change. If something does not work as before, please contact us.

Tiger Technologies
""" % {"wa": wd_us_md(a), "wb": wd_us_md(b), "a": us_md(a), "b": us_md(b)}
    return subj, body, None


notice(n=19, label="maintenance", deadline=None, phishing=False, lang="en",
       provider="Tiger Technologies", url="https://blog.tigertech.net/posts/maintenance-jessie-1/",
       sender=("Tiger Technologies", "support@tigertech.net"), to="webmaster@quillfield.example",
       orig=dt.datetime(2018, 2, 24, 23, 25, 0, tzinfo=tz(-8)), target=dt.date(2028, 11, 25),
       build=n19)


# 20 ----------------------------------------------------------- Hostineer PHP 4 removal (maintenance)
def n20(S):
    d, eol = S(2009, 12, 30), S(2007, 12, 31)
    subj = "PHP 4 removal, PHP 5.3 addition, PostgreSQL upgrade"
    body = """PHP 4 will be removed from our servers on %(d)s, starting at 1 AM EST
(UTC-5). PHP 5.3, compiled with mysqlnd, takes the place of the legacy
PHP 4 servers that answer on port 9000. Clients who still rely on PHP 4
have been contacted individually; nobody else is affected by this part
of the work.

After PHP 5.3 is in place, PostgreSQL will be upgraded from 8.2 to 8.4.
Database access will be taken offline for a short time during this step
while the database definitions are updated.

Email delivery will pause for 1 to 3 minutes while the database is
offline. Messages that arrive in that window will be redelivered within
an hour.

Note: this plan replaces the original one, which would have upgraded the
primary server. A client raised concerns about Drupal's compatibility
with PHP 5.3, and replacing PHP 4, which its developers stopped
supporting on %(eol)s, affects far fewer clients than replacing PHP 5.2,
which many applications used by our clients still require.

Questions? Reply to this message or open a ticket in the control panel.

Hostineer
""" % {"d": us(d), "eol": us(eol)}
    return subj, body, None


notice(n=20, label="maintenance", deadline=lambda S: S(2009, 12, 30), phishing=False, lang="en",
       provider="Hostineer", url="http://updates.hostineer.com/2009/12/php-4-5-3-change/",
       sender=("Hostineer Updates", "updates@hostineer.com"), to="admin@lindenpress.example",
       orig=dt.datetime(2009, 12, 21, 14, 10, 0, tzinfo=tz(-5)), target=dt.date(2028, 11, 20),
       build=n20)


# 21 ----------------------------------------------------------- NinerNet email maintenance (maintenance)
def n21(S):
    d = S(2013, 9, 29)
    subj = "Email maintenance this weekend"
    body = """On %(wd)s, %(dd)d %(mon)s at 01:00 UTC we will carry out extensive
maintenance of our email systems. The primary mail server will have to
be shut down for a while, probably two to three hours. We will run a
test within the next 24 hours to get a better estimate of the time needed.

While the server is down:
 - no new email will arrive in your mailbox, and
 - you will not be able to send email.

Not affected:
 - websites stay online;
 - you can still log in to your email account;
 - if your mail runs on your own server (web hosting only), it is not
   part of this work and keeps working normally.

Email sent to your domain during the work waits on the senders' mail
servers and is delivered once we are back. No email will be lost.

We will post updates on our status page before, during and after the
work. Please pass this on to colleagues and anyone else who uses email
on your domain.

If you need to reach us during the maintenance, please use the contact
form on our website, as our own email will be affected too.

NinerNet Communications
""" % {"wd": d.strftime("%A"), "dd": d.day, "mon": d.strftime("%B")}
    return subj, body, None


notice(n=21, label="maintenance", deadline=lambda S: S(2013, 9, 29), phishing=False, lang="en",
       provider="NinerNet", url="https://status.niner.net/2013/09/27/email-maintenance-this-weekend",
       sender=("NinerNet Communications", "support@ninernet.com"), to="office@copperlake-legal.example",
       orig=dt.datetime(2013, 9, 27, 18, 40, 0, tzinfo=tz(0)), target=dt.date(2028, 11, 10),
       build=n21)


# 22 ----------------------------------------------------------- Widomaker emergency maintenance (maintenance)
def n22(S):
    a, b, c = S(2019, 12, 7), S(2019, 12, 9), S(2019, 12, 8)
    subj = "Upcoming Emergency Maintenance Periods (E-mail Server)"
    body = """This notice applies to customers with widomaker.com or tni.net e-mail
accounts, and to customers who use our Hosted SMB Enhanced Email service
with their own domain name. It does not apply to own-domain customers on
the Standard Email service managed in the Plesk Control Panel.

Our email server provider has told us about two emergency maintenance
periods:

1) %(a)s, 12:00 AM ET - %(b)s, 12:00 AM ET
   The provider's operations team will start an index migration in
   cluster B and let it run over the weekend until %(wb)s, %(bfull)s.
   Mail access may feel slow during this time. They will monitor the
   migration and stop it if the service degrades.

2) %(a)s, 10:00 PM ET - %(c)s, 12:00 AM ET
   IMAP rebalancing to deal with the recent high load in cluster B.
   Some IMAP nodes will be shut down and rebooted, so mail programs may
   disconnect briefly and then reconnect.

Any further maintenance periods will be announced on our weblog under
"Hosted Email Cluster B".

Widomaker Support
""" % {"a": abbr_md(a), "b": abbr_md(b), "c": abbr_md(c), "wb": b.strftime("%A"), "bfull": us(b)}
    return subj, body, None


notice(n=22, label="maintenance", deadline=lambda S: S(2019, 12, 7), phishing=False, lang="en",
       provider="Widomaker", url="https://weblog.widomaker.com/?p=3048",
       sender=("Widomaker Support", "support@widomaker.com"), to="frontdesk@bayview-dental.example",
       orig=dt.datetime(2019, 12, 5, 15, 20, 0, tzinfo=tz(-5)), target=dt.date(2028, 11, 16),
       build=n22)


# 23 ----------------------------------------------------------- plentymarkets maintenance (DE, maintenance)
def n23(S):
    a, b = S(2011, 7, 18), S(2011, 7, 19)
    subj = "Planmäßiges Wartungsfenster E-Mail-Server %s ab 23:45 Uhr" % de(a)
    body = """Guten Tag,

dieser Hinweis betrifft Sie nur, wenn Sie Domains über uns verwalten
lassen und die dazugehörigen kostenlosen E-Mail-Postfächer nutzen.

Damit unsere E-Mail-Server leistungsfähiger und ausfallsicherer werden,
stellen wir in der Nacht vom %(a)s auf den %(b)s zwischen 23:45 Uhr
und 02:30 Uhr die Hardware um.

In diesem Zeitraum können die E-Mail-Server zeitweise eingeschränkt
sein. Versenden Sie in dieser Zeit daher möglichst keine E-Mails.
Automatisch erzeugte E-Mails, etwa Auftragsbestätigungen zu neuen
Aufträgen, die während der Wartung verschickt worden wären, lassen Sie
am Morgen des %(b)s bitte noch einmal versenden.

Während des Wartungsfensters bitte NICHT:
 - IMAP-Ordner anlegen, ändern oder löschen,
 - E-Mails zwischen IMAP-Ordnern verschieben.
Sonst können die betroffenen E-Mails verloren gehen.

Ihre vorhandenen E-Mails und deren Status (gelesen, ungelesen usw.)
bleiben vollständig erhalten. E-Mails, die Ihnen während der Umstellung
geschickt werden, stellen die Server der Absender normalerweise später
erneut zu; garantieren können wir das jedoch nicht. Weisen Sie Ihre
Kunden deshalb gegebenenfalls auf die Wartungszeit hin.

Ihr plentymarkets Team
""" % {"a": de(a), "b": de(b)}
    return subj, body, None


notice(n=23, label="maintenance", deadline=lambda S: S(2011, 7, 18), phishing=False, lang="de",
       provider="plentymarkets", url="https://www.plentymarkets.eu/blog/Planmaessiges-Wartungsfenster-E-Mail-Server-18-07-2011-ab-23-45-Uhr/b-563/",
       sender=("plentymarkets", "info@plentymarkets.eu"), to="shop@gartenwelt-kraus.example",
       orig=dt.datetime(2011, 7, 15, 19, 23, 0, tzinfo=tz(1)), target=dt.date(2028, 11, 24),
       build=n23)


# 24 ----------------------------------------------------------- SendGrid free plan retirement (pricing)
def n24(S):
    subj = "Your SendGrid Plan Retires in 60 Days"
    body = """Hi lumen-events-mail,

We're reaching out because you are on a Free Email API plan and/or a
Free Marketing Campaigns plan. We want to tell you about an upcoming
change to your SendGrid account and give you plenty of time to prepare.

We will soon retire the Free Email API and Free Marketing Campaigns
plans. For the next 60 days you keep full access to everything you use
today, including your sending limits, templates, contact management and
automations.

When those 60 days are over:
 - email sending from this account will be paused unless you upgrade;
 - access to Marketing Campaigns will be disabled.

To keep sending without interruption, pick a paid Email API or Marketing
Campaigns plan under Settings > Plan & Billing before the 60 days end.

Account: lumen-events-mail (marketing@lumen-events.example)

Questions? Our support team is happy to help.

Twilio SendGrid
"""
    html = ("<html><body style=\"font-family:Arial,sans-serif\">"
            "<h2>Your SendGrid Plan Retires in 60 Days</h2>" + "".join(
                "<p>%s</p>" % p.replace("\n", "<br>\n") for p in body.strip().split("\n\n")) +
            "</body></html>\n")
    return subj, body, html


notice(n=24, label="pricing", deadline=lambda S, sent=None: None, phishing=False, lang="en",
       provider="Twilio SendGrid", url="https://github.com/sahat/hackathon-starter/issues/1369",
       sender=("Twilio SendGrid", "no-reply@sendgrid.com"), to="marketing@lumen-events.example",
       orig=dt.datetime(2025, 5, 28, 11, 2, 0, tzinfo=tz(-6)), target=dt.date(2028, 11, 22),
       build=n24, relative_days=60)


# 25 ----------------------------------------------------------- kintone grace period end (JA, pricing)
def n25(S):
    bought, end, start = S(2014, 4, 12), S(2019, 3, 31), S(2019, 4, 1)
    subj = "【重要】kintone 改定前価格の据え置き猶予期間終了のお知らせ"
    body = """ノースウィンド商事株式会社
kintone ご契約管理者様

いつもkintoneをご利用いただき、ありがとうございます。

%(bought)sまでにkintoneをご購入いただいたお客様には、価格改定後も
猶予期間として、改定前の価格のまま「スタンダードコース」をご利用いただいております。
この猶予期間は%(end)sをもって終了いたします。

■猶予期間終了後の取り扱い
%(end)sまでに「ライトコース」へ変更されない場合、%(start)s以降のご契約・
ご発注分には、改定後の「スタンダードコース」の価格が自動的に適用されます。

■価格(税抜)
・ライトコース:月額780円/1ユーザー(年額9,170円)
・スタンダードコース:月額1,500円/1ユーザー(年額17,640円)

■ご注意
・猶予期間中に追加したユーザーやゲストユーザーには、改定前の価格が適用されます。
・猶予期間中にいったんライトコースへ変更した後、スタンダードコースへ戻す場合は改定後の価格となります。
・同じドメインでライトコースとスタンダードコースを混在させることはできません。

オフィシャルパートナー・販売店からご購入のお客様は、販売元へご確認ください。

サイボウズ株式会社 kintone事務局
""" % {"bought": jaw(bought), "end": jaw(end), "start": jaw(start)}
    return subj, body, None


notice(n=25, label="pricing", deadline=lambda S: S(2019, 3, 31), phishing=False, lang="ja",
       provider="Cybozu kintone", url="https://kintone.cybozu.co.jp/jp/price/past140412.html",
       sender=("サイボウズ kintone", "kintone-info@cybozu.co.jp"), to="it-kanri@northwind-shoji.example",
       orig=dt.datetime(2019, 1, 15, 14, 0, 0, tzinfo=tz(9)), target=dt.date(2028, 11, 7),
       build=n25)


# 26 ----------------------------------------------------------- Heroku free plans end (pricing)
def n26(S):
    inactive, d = S(2022, 10, 26), S(2022, 11, 28)
    subj = "Important changes to Heroku free product plans"
    body = """Dear Customer,

Thank you for being a Heroku user. Starting %(d)s, free Heroku Dynos,
free Heroku Postgres and free Heroku Data for Redis(R) will no longer be
available. Our General Manager explains these and other important
changes on the Heroku blog.

Your account dev@kite-notes.example uses free resources:
  kite-notes-api (free dyno, Heroku Postgres hobby-dev)

What changes
 - Starting %(inactive)s, we will begin deleting accounts that have been
   inactive for more than a year, together with their storage.
 - Starting %(d)s, free dynos and free data services will be shut down.

To keep your apps running and keep your data, move them to a paid plan
before %(d)s. Dynos start at $7/month, Heroku Postgres at $9/month and
Heroku Data for Redis(R) at $15/month.

For instructions on upgrading and answers to common questions, see our FAQ.

Thank you,
The Heroku Team
""" % {"d": us(d), "inactive": us(inactive)}
    html = ("<html><body>" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>\n") for p in body.strip().split("\n\n")) + "</body></html>\n")
    return subj, body, html


notice(n=26, label="pricing", deadline=lambda S: S(2022, 11, 28), phishing=False, lang="en",
       provider="Heroku", url="https://github.com/Shramkoweb/Portfolio/issues/197",
       sender=("Heroku", "noreply@heroku.com"), to="dev@kite-notes.example",
       orig=dt.datetime(2022, 8, 25, 14, 1, 0, tzinfo=tz(0)), target=dt.date(2028, 11, 30),
       build=n26)


# 27 ----------------------------------------------------------- GOV.UK Notify text pricing (pricing)
def n27(S):
    d = S(2021, 4, 1)
    subj = "Changes to the free text message allowance and text message prices from %s" % dmy(d)
    body = """Dear Notify user,

From %(d)s we're changing the free text message allowance for some
services, and we're increasing the cost of sending additional text
messages.

Free text message allowance
Every service you add to Notify has its own annual allowance of free
text messages. We're changing the allowance so that we can keep
supporting all the teams that use Notify. With the new allowance, over
90%% of teams will still be able to send all the text messages they need
without paying.

Price of additional text messages
Once a service has used its allowance, each further text message is
charged. Some mobile networks are changing their rates this year, so the
price per message will go up from %(d)s.

Your service: Harbourside Council - Parking permits

The new allowances and rates are on our pricing page. You do not need to
do anything; the changes apply automatically from %(d)s.

GOV.UK Notify team
""" % {"d": dmy(d)}
    return subj, body, None


notice(n=27, label="pricing", deadline=lambda S: S(2021, 4, 1), phishing=False, lang="en",
       provider="GOV.UK Notify", url="https://github.com/alphagov/notifications-admin/pull/3829",
       sender=("GOV.UK Notify", "noreply@notifications.service.gov.uk"), to="digital@harbourside-council.example",
       orig=dt.datetime(2021, 3, 9, 10, 30, 0, tzinfo=tz(0)), target=dt.date(2028, 11, 14),
       build=n27)


# 28 ----------------------------------------------------------- Sakura unpaid renewal suspension (JA, billing)
def n28(S):
    billed, due, stop = S(2024, 10, 10), S(2024, 10, 30), S(2024, 11, 14)
    subj = "【さくらインターネット】%sからサービスを一時停止します(ご利用料金未納のお知らせ)" % jamd(stop)
    body = """会員ID:nsk48213 様

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

%(billed)sにご請求した更新料金(お支払い期限:%(due)s)のお支払いが、
本日時点で確認できておりません。
このままお支払いが確認できない場合、%(stop)sにご契約中のサービスを
一時停止いたします。停止中はメールの送受信やWebサイトの表示ができなくなります。

■対象サービス
さくらのレンタルサーバ スタンダード(northwind-blog.example)
■ご請求金額
5,238円(税込)

■お支払い方法
クレジットカード即時決済、または銀行振込でお支払いください。
請求書払いをご利用の場合も、お手元の請求書(払込票)や郵便局備え付けの
払込取扱票は使用されないようお願いいたします。

■サービスの復旧について
入金が確認できましたら、数時間以内に自動でサービスを再開いたします。
お客様からのご連絡は不要です。

お支払い状況は会員メニューの「契約状況」>「契約中のサービス一覧」で
ご確認いただけます。

さくらインターネット株式会社
"""
    body = body % {"billed": ja(billed), "due": ja(due), "stop": jaw(stop)}
    return subj, body, None


notice(n=28, label="billing", deadline=lambda S: S(2024, 11, 14), phishing=False, lang="ja",
       provider="さくらインターネット", url="https://help.sakura.ad.jp/?p=360000338437337",
       sender=("さくらインターネット", "info@sakura.ad.jp"), to="nsk48213@northwind-blog.example",
       orig=dt.datetime(2024, 11, 13, 11, 0, 0, tzinfo=tz(9)), target=dt.date(2028, 11, 15),
       build=n28)


# 29 ----------------------------------------------------------- Twilio billing incident (billing)
def n29(S):
    inc, post = S(2024, 1, 24), S(2024, 1, 31)
    subj = "[Resolved] Unaccounted Charges for PAYGO Accounts"
    body = """Incident Report for Twilio

Resolved
Twilio PAYGO accounts were affected by a billing issue on %(incs)s at
11:53 AM PST. During this time some customers saw delayed recharges to
their accounts. The issue is now resolved.
Posted %(p)s - 14:08 PST

Update
We are confirming whether recharges were made in error. Our billing team
is reviewing customer balances. Next update in 2 hours, or sooner if we
learn more.
Posted %(p)s - 11:30 PST

Update
Some accounts received automatic recharges on %(inc)s for amounts above
their actual usage and above the recharge trigger they had set.
Balances may not show payments in real time. Next update in 1 hour.
Posted %(p)s - 10:35 PST

Investigating
Our monitoring has detected that some accounts may have been charged in
error. Engineering has been alerted and is investigating.
Posted %(p)s - 10:26 PST

This incident affected: TWILIO PLATFORM (Billing).

You received this email because you subscribed to Twilio status
notifications for account AC4d0e7b92c61f38a5e9b27d1c0f6a84e3.
""" % {"incs": mdy_slash(inc), "inc": abbr(inc), "p": abbr(post)}
    return subj, body, None


notice(n=29, label="billing", deadline=None, phishing=False, lang="en",
       provider="Twilio", url="https://status.twilio.com/incidents/98pmnz7m2n0m",
       sender=("Twilio Status", "noreply@status.twilio.com"), to="finance@carrowline.example",
       orig=dt.datetime(2024, 1, 31, 14, 9, 12, tzinfo=tz(-8)), target=dt.date(2028, 11, 29),
       build=n29)


# 30 ----------------------------------------------------------- Immersion Creative billing change (billing)
def n30(S):
    a, b = S(2021, 5, 1), S(2022, 5, 1)
    subj = "Changes To Your Web Hosting Billing Structure"
    body = """Hello,

Please note these important changes to how your account is billed.
(No, we are not raising prices.)

Updates to invoicing
We are streamlining our accounts so our systems run more efficiently and
we can offer a better range of services:
 - Your annual billing date is now %(am)s.
 - On %(ao)s you will receive an invoice that covers you until %(bo)s.
 - Any days you have already paid for between %(a)s and %(b)s will be
   credited (prorated) on that invoice.

Maintenance, tutorials and troubleshooting
From now on, hosting and domain charges are billed separately from
maintenance, troubleshooting and tutorials. If you opted in to (or out
of) these programs, they will not appear on your standard hosting
invoice. Tell us if you would like to opt in.

What is hosting, anyway?
Knowing where your website actually lives on the internet is useful. We
have written a three-minute explanation on our blog.

If you have any outstanding invoices, please settle your account now.

Thank you,
Immersion Creative
Account: CRUISECOMP-0417
""" % {"am": us_md_ord(a), "ao": us_ord(a), "bo": us_ord(b), "a": us(a), "b": us(b)}
    return subj, body, None


notice(n=30, label="billing", deadline=None, phishing=False, lang="en",
       provider="Immersion Creative", url="https://immersioncreative.com/changes-to-your-web-hosting-billing-structure/",
       sender=("Immersion Creative", "billing@immersioncreative.com"), to="owner@cruisecomp.example",
       orig=dt.datetime(2021, 4, 12, 9, 45, 0, tzinfo=tz(-5)), target=dt.date(2028, 11, 6),
       build=n30)


# 31 ----------------------------------------------------------- Stripe Radar first block (informational)
def n31(S):
    subj = "Stripe blocked a high-risk payment on your account"
    body = """Stripe blocked a likely-fraudulent payment.

You don't need to do anything. We just want to let you know that, for
the first time, Stripe has blocked a payment on your account Fernhill
Candles (acct_1GzT4qH8kP2nW6vR) that was likely fraudulent. This is a
one-time notice; we won't email you about blocked payments again.

Blocked payment: GBP 84.00, card ending 0341, risk level: highest

Stripe Radar evaluates payments across the whole Stripe network in real
time. By default we block the highest-risk payments, like the one above,
to help keep your dispute rate low.

If you have any questions or concerns, just reply to this email. We're
here to help.

Learn more about how Stripe protects you from fraud.

The Stripe team
"""
    html = ("<html><body><table width=\"600\"><tr><td>" + "".join(
        "<p>%s</p>" % p.replace("\n", " ") for p in body.strip().split("\n\n")) +
        "</td></tr></table></body></html>\n")
    return subj, body, html


notice(n=31, label="informational", deadline=None, phishing=False, lang="en",
       provider="Stripe", url="https://reallygoodemails.com/emails/stripe-blocked-a-high-risk-payment-on-your-account/text",
       sender=("Stripe", "notifications@stripe.com"), to="hello@fernhill-candles.example",
       orig=dt.datetime(2020, 6, 9, 13, 27, 0, tzinfo=tz(1)), target=dt.date(2028, 11, 21),
       build=n31)


# 32 ----------------------------------------------------------- heteml holiday support (JA, informational)
def n32(S):
    m_a, m_b = S(2022, 12, 29), S(2023, 1, 3)
    t_b = S(2023, 1, 4)
    o_a, o_b = S(2022, 12, 26), S(2023, 1, 3)
    g_a = S(2022, 12, 28)
    bank_last, bank_next = S(2022, 12, 28), S(2023, 1, 4)
    subj = "【ヘテムル】冬季休業期間のサポート体制およびご入金に関するお知らせ"
    body = """平素はヘテムルをご利用いただき、誠にありがとうございます。

冬季休業期間中のサポート体制とご入金について、以下のとおりご案内いたします。
ご不便をおかけいたしますが、何卒ご理解のほどよろしくお願いいたします。

【サポート休業期間】
・メールサポート:%(m_a)s〜%(m_b)s
・電話サポート:%(m_a)s〜%(t_b)s
・設定おまかせサポート/ホームページ制作サービス:%(o_a)s 17時〜%(o_b)s
・データ取得のお申し込み:%(g_a)s〜%(o_b)s
※サーバーの監視は休業期間中も24時間体制で行います。

【休業期間中のご入金について】
◆銀行振込
休業前の最終受付は%(bank_last)s正午までのご入金分です。
それ以降のご入金は%(bank_next)sからの確認となります。
期間中にお支払いされる場合は「おさいぽ!」またはクレジットカード決済をご利用ください。

◆クレジットカード決済
休業期間中も通常どおりご利用いただけます。お急ぎの場合はこちらをおすすめします。
入金処理が混み合う可能性があるため、お支払い期限が近い場合はお早めにお手続きください。

【独自SSLの新規・更新手続きについて】
証明書発行元のグローバルサイン社も休業期間があるため、
休業前に発行をご希望の場合はお早めにお申し込みください。

ヘテムル サポートセンター
""" % {"m_a": jamdw(m_a), "m_b": jamdw(m_b), "t_b": jamdw(t_b), "o_a": jamdw(o_a),
       "o_b": jamdw(o_b), "g_a": jamdw(g_a), "bank_last": jamdw(bank_last), "bank_next": jamdw(bank_next)}
    return subj, body, None


notice(n=32, label="informational", deadline=None, phishing=False, lang="ja",
       provider="ヘテムル (GMOペパボ)", url="https://secure.heteml.jp/info/detail/id/2514",
       sender=("ヘテムル", "info@heteml.jp"), to="design@kobayashi-atelier.example",
       orig=dt.datetime(2022, 12, 21, 10, 0, 0, tzinfo=tz(9)), target=dt.date(2028, 11, 29),
       build=n32)


# 33 ----------------------------------------------------------- BIGLOBE virus check malfunction (JA, security-advisory)
def n33(S):
    a, b = S(2015, 8, 26), S(2019, 4, 23)
    subj = "メールウイルスチェック 動作不備のお詫びについて"
    body = """BIGLOBE会員のみなさま

平素よりBIGLOBEをご利用いただき、誠にありがとうございます。

このたび、弊社システムの不具合により、セキュリティサービスに含まれる
「メールウイルスチェック」機能が一時的に働いていなかったことが判明しました。
ご迷惑をおかけしましたことを深くお詫び申し上げます。

■動作不備の期間
%(a)s〜%(b)sの一部期間(ご契約内容により異なります)

■現在の状況
不具合は修正済みで、メールウイルスチェック機能は現在正常に動作しています。
対象となるお客さまには、詳しい内容を個別に郵送でご案内しております。
機能をご利用いただけなかった期間にサービス利用料金が発生していた場合は、
後日、振替払出証書にてご返金いたします。

■お願い
今後も安心してご利用いただくため、念のためお使いのパソコンで
ウイルススキャンを実施してください。
なお、本機能はBIGLOBEメールで送受信したメールの添付ファイルが対象です。
USBメモリやWebブラウザなど、メール以外の経路によるウイルスは対象外です。

再発防止に努め、より一層のサービス向上に取り組んでまいります。

ビッグローブ株式会社 BIGLOBEカスタマーサポート
""" % {"a": ja(a), "b": ja(b)}
    return subj, body, None


notice(n=33, label="security-advisory", deadline=None, phishing=False, lang="ja",
       provider="BIGLOBE", url="https://support.biglobe.ne.jp/news/news639.html",
       sender=("BIGLOBE", "info@mail.biglobe.ne.jp"), to="kenji.arai@biglobe-user.example",
       orig=dt.datetime(2019, 6, 4, 15, 0, 0, tzinfo=tz(9)), target=dt.date(2028, 11, 28),
       build=n33)


# 34 ----------------------------------------------------------- PHISHING fake Stripe payment (pretends billing)
def n34(S):
    subj = "PayPal Notification"
    body = """stripe

You've just received a payment through Stripe.

Amount: $1,059.98 USD
Sender: Daniel R. Whitaker
Address: 4417 Lakeview Terrace, Spokane, WA 99201, United States
Transaction ID: py_1EaB7cQ9sX2kR4tLm

The funds are waiting in your account. To accept the payment and send
it to your bank account, log in to your Stripe Dashboard:

  https://dashboard-stripe.account-review.example/login

Thank you for using Stripe.

Stripe Support
510 Townsend Street, San Francisco, CA 94103
"""
    html = ("<html><body><div style=\"max-width:560px\"><h1 style=\"color:#6772e5\">stripe</h1>"
            "<p>You've just received a payment through Stripe.</p>"
            "<table><tr><td>Amount:</td><td><b>$1,059.98 USD</b></td></tr>"
            "<tr><td>Sender:</td><td>Daniel R. Whitaker</td></tr>"
            "<tr><td>Address:</td><td>4417 Lakeview Terrace, Spokane, WA 99201, United States</td></tr>"
            "<tr><td>Transaction ID:</td><td>py_1EaB7cQ9sX2kR4tLm</td></tr></table>"
            "<p>The funds are waiting in your account. To accept the payment and send it to your bank "
            "account, log in to your Stripe Dashboard:</p>"
            "<p><a href=\"https://dashboard-stripe.account-review.example/login\">View payment in Dashboard</a></p>"
            "<p>Thank you for using Stripe.</p><p>Stripe Support<br>510 Townsend Street, San Francisco, CA 94103</p>"
            "</div></body></html>\n")
    return subj, body, html


notice(n=34, label="billing", deadline=None, phishing=True, lang="en",
       provider="Stripe (impersonated)", url="https://www.scam-detector.com/article/new-stripe-payment-scam-copies-paypal-notification-email/",
       sender=("Stripe Support", "medina19@nonreplymed.example"), to="sales@tidewater-prints.example",
       orig=dt.datetime(2019, 3, 14, 6, 12, 0, tzinfo=tz(-5)), target=dt.date(2028, 11, 23),
       build=n34)


# 35 ----------------------------------------------------------- PHISHING Azure Monitor callback lure (pretends billing)
def n35(S):
    charged = S(2026, 3, 17)
    subj = "Azure: Activated Severity: 3 Payment Notice - Windows Defender"
    body = """Azure Monitor alert

Your Azure Monitor alert was triggered.

Alert rule: billing-confirmation-4471
Severity: Sev3
Monitor condition: Fired
Fired time: %(ch)s 22:41 UTC

Description:
MICROSOFT SECURITY TEAM - PAYMENT NOTICE
A payment of $389.90 USD for Windows Defender Advanced Protection
(1-year plan) has been processed on your Microsoft account.
Transaction ID: WD-88421-77Q
Date: %(ch)s
Payment method: card ending in 4417

For your security this payment has been temporarily held. If you did
not authorize this purchase, call the Microsoft billing security desk at
+1 (555) 010-0199 to verify your identity, cancel the charge and avoid
account suspension or further charges.

You are receiving this email because you are a member of the action
group "billing-contacts".

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""" % {"ch": mdy_slash(charged)}
    html = ("<html><body><div style=\"font-family:Segoe UI,Arial\"><h2>Azure Monitor alert</h2>" + "".join(
        "<p>%s</p>" % p.replace("\n", "<br>\n") for p in body.strip().split("\n\n")[1:]) +
        "</div></body></html>\n")
    return subj, body, html


notice(n=35, label="billing", deadline=None, phishing=True, lang="en",
       provider="Microsoft Azure (impersonated via Azure Monitor)", url="https://techjacksolutions.com/?p=40756",
       sender=("Microsoft Azure", "azure-noreply@microsoft.com"), to="accounts@pinegate-logistics.example",
       orig=dt.datetime(2026, 3, 18, 9, 3, 0, tzinfo=tz(0)), target=dt.date(2028, 11, 8),
       build=n35)


# 36 ----------------------------------------------------------- PHISHING fake Xserver mailbox quota (JA, pretends action-required)
def n36(S):
    subj = "メールボックスのストレージ容量が少ない"
    body = """メールボックスのストレージ容量が少ない

ユーザーの皆様、

現在お使いのメールボックスの空き容量は5%未満となっています。
このままでは通常のご利用に影響が出るため、メールボックス容量の
アップグレードをおすすめします。

メールボックスの容量を20GBに増やすと、より多くのメッセージを
受け取ることができます。アップグレードは無料です。

容量を増やすには、以下からメールにログインしてください。

ログインする
https://xserver-webmail-storage.example/login

よろしくお願いします

Xserverアカウント
"""
    html = ("<html><body><h3>メールボックスのストレージ容量が少ない</h3>"
            "<p>ユーザーの皆様、</p>"
            "<p>現在お使いのメールボックスの空き容量は5%未満となっています。<br>"
            "このままでは通常のご利用に影響が出るため、メールボックス容量の<br>アップグレードをおすすめします。</p>"
            "<p>メールボックスの容量を20GBに増やすと、より多くのメッセージを<br>"
            "受け取ることができます。アップグレードは無料です。</p>"
            "<p>容量を増やすには、以下からメールにログインしてください。</p>"
            "<p><a href=\"https://xserver-webmail-storage.example/login\">ログインする</a></p>"
            "<p>よろしくお願いします</p><p>Xserverアカウント</p></body></html>\n")
    return subj, body, html


notice(n=36, label="action-required", deadline=None, phishing=True, lang="ja",
       provider="Xserver (impersonated)", url="https://singlekurashi.com/?p=13270",
       sender=("Xserverアカウント", "no-reply@xserver-account-mail.example"), to="info@single-kurashi-blog.example",
       orig=dt.datetime(2023, 6, 20, 3, 14, 0, tzinfo=tz(9)), target=dt.date(2028, 11, 14),
       build=n36)


# ---------------------------------------------------------------- building
def charset_for(text, lang):
    if all(ord(c) < 128 for c in text):
        return "us-ascii", None
    cs = Charset("utf-8")
    cs.header_encoding = BASE64 if lang == "ja" else QP
    cs.body_encoding = BASE64 if lang == "ja" else QP
    return "utf-8", cs


def text_part(text, subtype, lang):
    name, cs = charset_for(text, lang)
    if cs is None:
        return MIMEText(text, subtype, "us-ascii")
    part = MIMEText("", subtype, "utf-8")
    del part["Content-Transfer-Encoding"]
    part.set_payload(text, cs)
    return part


def encode_header_value(value, lang):
    if all(ord(c) < 128 for c in value):
        return value
    return Header(value, "utf-8").encode()


def encode_addr(name, addr, lang):
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, addr))
    return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def build_all():
    built = []
    for nt in NOTICES:
        orig, target = nt["orig"], nt["target"]
        S = Shift(orig.date(), target)
        subj, body, html = nt["build"](S)
        sent = dt.datetime.combine(target, orig.timetz())
        if nt.get("relative_days"):
            deadline = target + dt.timedelta(days=nt["relative_days"])
        elif nt["deadline"] is None:
            deadline = None
        else:
            deadline = nt["deadline"](S)
        lang = nt["lang"]
        if html is None:
            msg = text_part(body, "plain", lang)
        else:
            msg = MIMEMultipart("alternative")
            msg.set_boundary("=_%s_%02d_alt_boundary" % (NAME, nt["n"]))
            msg.attach(text_part(body, "plain", lang))
            msg.attach(text_part(html, "html", lang))
        name, addr = nt["sender"]
        msg["From"] = encode_addr(name, addr, lang)
        msg["To"] = nt["to"]
        msg["Subject"] = encode_header_value(subj, lang)
        msg["Date"] = email.utils.format_datetime(sent)
        domain = addr.split("@", 1)[1]
        h = hashlib.sha1(("%s-%d-%s" % (NAME, nt["n"], subj)).encode("utf-8")).hexdigest()[:16]
        msg["Message-ID"] = "<%s.%02d.%s@%s>" % (NAME, nt["n"], h, domain)
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        msg["X-Training-Label"] = nt["label"]
        msg["X-Training-Deadline"] = deadline.isoformat() if deadline else "none"
        if nt["phishing"]:
            msg["X-Training-Phishing"] = "yes"
        built.append(dict(nt=nt, msg=msg, subj=subj, body=body, sent=sent, deadline=deadline, addr=addr))
    return built


def to_mboxo(built):
    out = []
    for b in built:
        raw = b["msg"].as_string()
        raw = raw.replace("\r\n", "\n")
        lines = raw.split("\n")
        esc = [(">" + ln) if ln.startswith("From ") else ln for ln in lines]
        utc = b["sent"].astimezone(dt.timezone.utc)
        out.append("From %s %s" % (b["addr"], utc.strftime("%a %b %d %H:%M:%S %Y")))
        out.append("\n".join(esc).rstrip("\n"))
        out.append("")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- checking
def decoded_subject(m):
    return str(make_header(decode_header(m["Subject"])))


def plain_text(m):
    part = m
    if m.is_multipart():
        part = None
        for p in m.walk():
            if p.get_content_type() == "text/plain":
                part = p
                break
        if part is None:
            return None
    data = part.get_payload(decode=True)
    return data.decode(part.get_content_charset() or "us-ascii")


def check(built):
    problems = []
    box = mailbox.mbox(MBOX, create=False)
    msgs = list(box)
    if len(msgs) != len(NOTICES):
        problems.append("mbox has %d messages, expected %d" % (len(msgs), len(NOTICES)))
    for b, m in zip(built, msgs):
        n = b["nt"]["n"]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append("#%d missing header %s" % (n, h))
        for h, v in m.items():
            if any(ord(c) > 127 for c in v):
                problems.append("#%d header %s not 7-bit" % (n, h))
        if decoded_subject(m) != b["subj"]:
            problems.append("#%d subject mismatch" % n)
        label = m["X-Training-Label"]
        if label not in LABELS or label != b["nt"]["label"]:
            problems.append("#%d bad label %r" % (n, label))
        dl = m["X-Training-Deadline"]
        sent = email.utils.parsedate_to_datetime(m["Date"])
        if sent != b["sent"]:
            problems.append("#%d date mismatch" % n)
        if (sent.year, sent.month) != MONTH:
            problems.append("#%d not in MONTH" % n)
        if dl != "none":
            try:
                d = dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("#%d deadline not a date: %r" % (n, dl))
            else:
                if d < sent.date():
                    problems.append("#%d deadline %s before Date %s" % (n, d, sent.date()))
        expect_dl = b["deadline"].isoformat() if b["deadline"] else "none"
        if dl != expect_dl:
            problems.append("#%d deadline mismatch" % n)
        ph = m["X-Training-Phishing"]
        if b["nt"]["phishing"] and ph != "yes":
            problems.append("#%d phishing header missing" % n)
        if not b["nt"]["phishing"] and ph is not None:
            problems.append("#%d unexpected phishing header" % n)
        txt = plain_text(m)
        if txt is not None:
            # mboxo quoting is lossy: undo the ">From " escape on read-back
            txt = "\n".join(ln[1:] if ln.startswith(">From ") else ln
                            for ln in txt.replace("\r\n", "\n").split("\n"))
        if txt is None or txt.rstrip("\n") != b["body"].rstrip("\n"):
            problems.append("#%d body mismatch" % n)
        else:
            nlines = len(b["body"].rstrip("\n").split("\n"))
            if not 8 <= nlines <= 40:
                problems.append("#%d body has %d lines" % (n, nlines))
        lang = b["nt"]["lang"]
        for p in (m.walk() if m.is_multipart() else [m]):
            if p.is_multipart():
                continue
            cte = (p["Content-Transfer-Encoding"] or "7bit").lower()
            payload = p.get_payload(decode=True).decode(p.get_content_charset() or "us-ascii")
            if lang == "ja" and any(ord(c) > 127 for c in payload) and cte != "base64":
                problems.append("#%d Japanese part not base64" % n)
            if lang != "ja" and any(ord(c) > 127 for c in payload) and cte != "quoted-printable":
                problems.append("#%d non-ASCII part not quoted-printable" % n)
    # mix
    counts = {}
    ph = 0
    ja_n = 0
    for b in built:
        nt = b["nt"]
        if nt["lang"] == "ja":
            ja_n += 1
        if nt["phishing"]:
            ph += 1
            continue
        key = "critical" if nt["label"] in ("abuse", "security-incident") else nt["label"]
        counts[key] = counts.get(key, 0) + 1
    for k, v in MIX.items():
        if counts.get(k, 0) != v:
            problems.append("mix: %s = %d, expected %d" % (k, counts.get(k, 0), v))
    if sum(counts.values()) + ph != 36:
        problems.append("total is not 36")
    if ph != PHISHING:
        problems.append("phishing = %d, expected %d" % (ph, PHISHING))
    if ja_n < MIN_JA:
        problems.append("only %d Japanese notices" % ja_n)
    urls = [b["nt"]["url"] for b in built]
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URL")
    nums = [b["nt"]["n"] for b in built]
    if nums != list(range(1, 37)):
        problems.append("notice numbering broken")
    # mboxo escaping
    with open(MBOX, encoding="ascii") as f:
        for i, ln in enumerate(f):
            pass
    return problems


def write_readme(built):
    counts = {}
    for b in built:
        k = b["nt"]["label"] + (" (phishing)" if b["nt"]["phishing"] else "")
        counts[k] = counts.get(k, 0) + 1
    providers = sorted({b["nt"]["provider"] for b in built})
    langs = {}
    for b in built:
        langs[b["nt"]["lang"]] = langs.get(b["nt"]["lang"], 0) + 1
    lines = [
        "# Validation batch %s" % NAME,
        "",
        "36 labelled cloud-provider e-mail notices written for blind validation of the",
        "notice classifier. Every notice follows one public original (URL in the table),",
        "rewritten in new words, with names, ids, hosts, customer domains and IP addresses",
        "replaced, and with all of its dates moved into November 2028 by a single",
        "weekday-preserving offset. Labels are carried in `X-Training-Label`,",
        "`X-Training-Deadline` and `X-Training-Phishing` headers.",
        "",
        "Files: `set-%s.mbox` (mboxo), `set_%s.py` (generator and checker),"
        " `used-sources.txt` (the 36 original URLs in notice order)." % (NAME, NAME),
        "",
        "## Counts",
        "",
        "Mix asked for: 6 critical (abuse + security-incident), 12 action-required,",
        "5 maintenance, 4 pricing, 3 billing, 2 informational, 1 security-advisory,",
        "3 phishing (labelled by what they pretend to be), at least 6 in Japanese.",
        "",
    ]
    for k in sorted(counts):
        lines.append("- %s: %d" % (k, counts[k]))
    lines.append("- languages: " + ", ".join("%s %d" % (k, v) for k, v in sorted(langs.items())))
    lines += ["", "## Providers", "", ", ".join(providers), "", "## Notices", "",
              "| # | label | deadline | provider | phishing | language | original URL |",
              "|---|---|---|---|---|---|---|"]
    for b in built:
        nt = b["nt"]
        lines.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            nt["n"], nt["label"], b["deadline"].isoformat() if b["deadline"] else "none",
            nt["provider"], "yes" if nt["phishing"] else "no", nt["lang"], nt["url"]))
    lines.append("")
    with open(os.path.join(OUTDIR, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    with open(os.path.join(OUTDIR, "used-sources.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(b["nt"]["url"] for b in built) + "\n")


def main():
    built = build_all()
    data = to_mboxo(built)
    with open(MBOX, "w", encoding="ascii", newline="\n") as f:
        f.write(data)
    write_readme(built)
    problems = check(built)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
