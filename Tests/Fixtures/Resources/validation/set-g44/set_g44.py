#!/usr/bin/env python3
"""Generator for validation batch g44 (November 2028).

36 labelled cloud-provider notices for an MSP working in Europe and Asia.
Standard library only, deterministic. Writes set-g44.mbox, README.md and
used-sources.txt next to this script, re-reads the mbox and checks it.
Exits 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import hashlib
import html
import os
import re
import sys
from email import message_from_bytes, policy
from email.charset import BASE64, QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parsedate_to_datetime
import io

NAME = "g44"
OUTDIR = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(OUTDIR, f"set-{NAME}.mbox")
README = os.path.join(OUTDIR, "README.md")
SOURCES = os.path.join(OUTDIR, "used-sources.txt")
YEAR, MONTH = 2028, 11

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

# ---------------------------------------------------------------- date forms
EN_M = ["January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JA_WD = "月火水木金土日"


def en(d):
    return f"{EN_M[d.month - 1]} {d.day}, {d.year}"


def en_dmy(d):
    return f"{d.day} {EN_M[d.month - 1]} {d.year}"


def de(d):
    return f"{d.day}. {DE_M[d.month - 1]} {d.year}"


def fr(d):
    return f"{d.day} {FR_M[d.month - 1]} {d.year}"


def cjk(d):
    return f"{d.year}年{d.month}月{d.day}日"


def iso(d):
    return d.strftime("%Y-%m-%d")


def ctime(d):
    """'Thu Nov  2 20:53:52 2028' as in Hetzner netscan tables."""
    return f"{EN_WD[d.weekday()][:3]} {EN_M[d.month - 1][:3]} {d.day:2d} {d:%H:%M:%S} {d.year}"


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


# ---------------------------------------------------------------- notices
N = []


def notice(**kw):
    N.append(kw)


# 1 ---------------------------------------------------------------- Hetzner
notice(
    key="hetzner-netscan-warning", lang="English", provider="Hetzner",
    label="abuse", phishing=False,
    url="https://github.com/tronprotocol/java-tron/issues/5197",
    orig=dt.datetime(2023, 5, 3, 20, 12, 21), target=8, tzh=1,
    dates={"block": dt.datetime(2023, 5, 4, 20, 12, 21),
           "scan": dt.datetime(2023, 5, 3, 18, 41, 7)},
    deadline="block",
    sender=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    to=("Tomasz Wieczorek", "t.wieczorek@vistula-hosting.example"),
    subject=lambda D: "Abuse Message [AbuseID:5E19C4:2B]: NetscanOutLevel: Netscan detected from 203.0.113.77",
    text=lambda D: f"""Dear Mr Tomasz Wieczorek,

Our monitoring shows that an attack was carried out from your server.
Please take every step needed to stop it and to keep it from happening again.

We also need a short reply from you explaining how this could happen and what
you are going to do about it. If the steps below are not completed, your server
may be blocked at any time after {iso(D['block'])} 20:12:21 +0100.

How to proceed:
- Resolve the problem
- Check that the problem is gone by opening this link:
  https://abuse.hetzner.com/retries/?token=d41f7a20c9b35e8810aa6c2f4e97b1d3
- Once the check has succeeded, send us your statement via this link:
  https://abuse.hetzner.com/statements/?token=d41f7a20c9b35e8810aa6c2f4e97b1d3

Important note:
Please leave the abuse ID [AbuseID:5E19C4:2B] unchanged in the subject line when
you reply. Manual replies are only handled once a server has been locked. For
any other questions, please contact our support staff at support@hetzner.com.

Kind regards

Hetzner Online GmbH - Abuse Team

> ##########################################################################
> #               Netscan detected from host   203.0.113.77                #
> ##########################################################################
>
> time                     protocol src_ip       src_port   dest_ip        dest_port
> ----------------------------------------------------------------------------------
> {ctime(D['scan'])} TCP   203.0.113.77 18888  =>  198.51.100.14  18888
> {ctime(D['scan'] + dt.timedelta(seconds=3))} TCP   203.0.113.77 18888  =>  198.51.100.87  18888
> {ctime(D['scan'] + dt.timedelta(seconds=9))} TCP   203.0.113.77 18888  =>  192.0.2.201    18888
> {ctime(D['scan'] + dt.timedelta(seconds=14))} TCP   203.0.113.77 18888  =>  192.0.2.16     18888
""")

# 2 ---------------------------------------------------------------- Hetzner
notice(
    key="hetzner-ip-blocked", lang="English", provider="Hetzner",
    label="abuse", phishing=False,
    url="https://github.com/ipfs/kubo/issues/10250",
    orig=dt.datetime(2024, 10, 23, 6, 15, 0), target=22, tzh=1,
    dates={"scan": dt.datetime(2024, 10, 23, 4, 47, 21)},
    deadline=None,
    sender=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    to=("Operations Desk", "noc@harbor-msp.example"),
    subject=lambda D: "Abuse Message [AbuseID:81D0F2:17]: Blocking of IP address 198.51.100.23",
    text=lambda D: f"""Dear Sir or Madam,

Because of network problems we unfortunately had to block the IP address below.

The address was used to scan other servers. This used up a considerable amount
of network capacity and noticeably disturbed part of our network.

We have blocked the following IP address(es)/product(s):
- 198.51.100.23 (Cloud Server CPX31 #48219077)

To have the block removed, first eliminate the cause and then send us a short
statement through this link:
https://abuse.hetzner.com/statements/?token=6be02f91c4a7d35e18f0b2c9a4d7e6f1

#############################################################################
#       Netscan detected from host 198.51.100.23                            #
#############################################################################

TIME (UTC)           SRC            SRC-PORT -> DST            DST-PORT SIZE PROT
-------------------------------------------------------------------------------
{iso(D['scan'])} 04:47:21  198.51.100.23  3374 ->   192.0.2.155     4001 1298 UDP
{iso(D['scan'])} 04:47:21  198.51.100.23  3374 ->   192.0.2.155     4001 1298 UDP
{iso(D['scan'])} 04:47:31  198.51.100.23  4001 ->   203.0.113.104   4001   78 TCP
{iso(D['scan'])} 04:47:33  198.51.100.23  4001 ->   203.0.113.104   4001   78 TCP
{iso(D['scan'])} 04:49:13  198.51.100.23  4001 ->   192.0.2.202    49336   78 TCP

Please keep the abuse ID [AbuseID:81D0F2:17] in the subject of any reply.

Kind regards

Hetzner Online GmbH - Abuse Team
""")

# 3 ---------------------------------------------------------------- Hetzner
notice(
    key="hetzner-server-locked", lang="English", provider="Hetzner",
    label="abuse", phishing=False,
    url="https://github.com/sigp/lighthouse/issues/3006",
    orig=dt.datetime(2022, 2, 4, 9, 30, 0), target=3, tzh=1,
    dates={"scan": dt.datetime(2022, 2, 3, 20, 52, 15)},
    deadline=None,
    sender=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    to=("Ingrid Halvorsen", "i.halvorsen@fjordnode.example"),
    subject=lambda D: "Important information about your server #1785543 [AbuseID:2A90CE:05]",
    text=lambda D: f"""Dear Ms Ingrid Halvorsen,

Last night our systems registered a network scan coming from your dedicated
server #1785543 (IP 203.0.113.45). The scan targeted address ranges that are
not routed on the internet and it did not stop, so we have disconnected the
server from the network.

The server itself keeps running; only its network access has been locked.

How to have the lock lifted:
1. Boot the rescue system or use a KVM console to find and stop the cause.
2. Make sure your applications do not try to reach private or unrouted
   addresses (peer discovery in blockchain clients is a frequent cause).
3. Send us a statement through the link below. We will review it and lift
   the lock afterwards:
   https://abuse.hetzner.com/statements/?token=0c7ad2e95b14f36a8e2d9c01b7f4a55e

Excerpt from our log:

##########################################################################
#               Netscan detected from host   203.0.113.45                #
##########################################################################
time                protocol src_ip src_port          dest_ip dest_port
---------------------------------------------------------------------------
{ctime(D['scan'])} UDP   203.0.113.45 9000  =>    192.0.2.39 12000
{ctime(D['scan'] + dt.timedelta(seconds=47))} UDP   203.0.113.45 9000  =>  198.51.100.10 30303
{ctime(D['scan'] + dt.timedelta(minutes=1, seconds=37))} UDP   203.0.113.45 9000  =>   192.0.2.96  12000
{ctime(D['scan'] + dt.timedelta(minutes=6, seconds=32))} UDP   203.0.113.45 12900 =>  198.51.100.156 12000

Please keep [AbuseID:2A90CE:05] unchanged in the subject line of any reply.

Kind regards

Hetzner Online GmbH - Abuse Team
""")

# 4 ---------------------------------------------------------------- Google Cloud
notice(
    key="gcp-exposed-sa-key", lang="English", provider="Google Cloud",
    label="security-incident", phishing=False,
    url="https://github.com/PeteEmpy/petesbrain/blob/ee103c9a751e68f9a984caa3a32ae4e869acb1bb/roksys/knowledge-base/_inbox/emails/emails/2025-12-22_immediate-action-required-on-petesbrain-emailsync_1.md",
    orig=dt.datetime(2025, 12, 22, 6, 56, 0), target=13, tzh=-8,
    dates={}, deadline=None,
    sender=("Google Cloud Compliance", "google-cloud-compliance@google.com"),
    to=("Cloud Admins", "cloud-admins@harbor-msp.example"),
    subject=lambda D: "Immediate action required on mailsync-prod-3921",
    text=lambda D: """Dear Google Cloud customer,

We found that a key for the service account
  mailsync-runner@mailsync-prod-3921.iam.gserviceaccount.com
in your project mailsync-prod-3921 (project number 590127734518) was publicly
exposed at the following location:
  https://github.example/harbor-labs/mailsync/blob/main/deploy/credentials.json

Key ID: 7c2e90d41f8b36a5e0c9d17b24af6e38c10b5d92

Your organization policy iam.serviceAccountKeyExposureResponse is set to
disable exposed keys, so this key has already been disabled automatically.
Any workload that still relies on it will fail to authenticate.

What you should do now:
1. Review Cloud Audit Logs for activity performed with this key, and look for
   resources or IAM bindings that you did not create.
2. Create a replacement credential. Where possible, stop using downloaded keys
   and move the workload to Workload Identity Federation or an attached
   service account instead.
3. Remove the key file from the public location, including the repository
   history, and rotate any other secret that was stored next to it.
4. Check the roles granted to the service account and reduce them to what
   the workload actually needs.

To learn more about handling compromised credentials, see the Google Cloud
security documentation.

Sincerely,
The Google Cloud Trust & Safety Team
""")

# 5 ---------------------------------------------------------------- AWS
notice(
    key="aws-lambda-python39", lang="English", provider="AWS",
    label="action-required", phishing=False,
    url="https://github.com/navapbc/template-infra/issues/949",
    orig=dt.datetime(2025, 10, 15, 17, 4, 0), target=1, tzh=0,
    dates={"eos": dt.datetime(2025, 12, 15), "create": dt.datetime(2026, 1, 15),
           "update": dt.datetime(2026, 2, 15)},
    deadline="eos",
    sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("AWS Root Contact", "aws-root+prod@harbor-msp.example"),
    subject=lambda D: "[Action Required] AWS Lambda end of support for Python 3.9 [AWS Account: 418305227694]",
    text=lambda D: f"""Hello,

We are contacting you because your AWS Account currently has one or more Lambda
functions that use the Python 3.9 runtime.

Python 3.9 has reached the end of its community support, and Lambda will end
support for the Python 3.9 runtime on {en(D['eos'])}. In line with the Lambda
runtime support policy, this happens in several steps.

On {en(D['eos'])}, Lambda stops applying security patches and other updates to
the Python 3.9 runtime, and functions that use it are no longer eligible for
technical support.
From {en(D['create'])}, you can no longer create new functions with Python 3.9.
From {en(D['update'])}, you can no longer update existing Python 3.9 functions.

These dates do not block the invocation of existing functions, but those
functions will run on a runtime that no longer receives fixes. We recommend
that you upgrade the affected functions to Python 3.13 before {en(D['eos'])}.

Affected functions in your account (region | function ARN):
eu-central-1 | arn:aws:lambda:eu-central-1:418305227694:function:invoice-export
eu-central-1 | arn:aws:lambda:eu-central-1:418305227694:function:thumbnailer
ap-northeast-1 | arn:aws:lambda:ap-northeast-1:418305227694:function:nightly-report

The same list is available in the "Affected resources" tab of your AWS Health
Dashboard.

If you have questions or concerns, please contact AWS Support [1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
""")

# 6 ---------------------------------------------------------------- Google Cloud
notice(
    key="gcp-csr-billing-required", lang="English", provider="Google Cloud",
    label="action-required", phishing=False,
    url="https://github.com/XX-net/XX-Net/issues/5589",
    orig=dt.datetime(2017, 5, 24, 14, 20, 0), target=15, tzh=-8,
    dates={"ga": dt.datetime(2017, 5, 22), "billreq": dt.datetime(2017, 8, 21),
           "regain": dt.datetime(2017, 9, 21)},
    deadline="billreq", html=True,
    sender=("Google Cloud Platform", "CloudPlatform-noreply@google.com"),
    to=("Cloud Admins", "cloud-admins@harbor-msp.example"),
    subject=lambda D: "Important information about your Cloud Source Repositories projects",
    text=lambda D: f"""Dear Google Cloud Source Repositories customer,

Cloud Source Repositories (CSR) is now generally available, and a new pricing
model for the product took effect on {en(D['ga'])}.

We are writing because the following projects host CSR repositories and may be
affected by this change:

  mobile-backend-2291 (project number 804512337619)
  ci-mirror-7710 (project number 518220946375)

What is changing
Starting {en(D['billreq'])}, every project that contains CSR repositories,
including projects that stay within the free tier, must be linked to a billing
account to keep access to those repositories. In projects without a linked
billing account, the repositories will become inaccessible on that date.

If a project loses access for this reason, you can restore it by linking a
billing account no later than {en(D['regain'])}.

What you should do
Link a billing account to each project listed above before {en(D['billreq'])}.
The CSR documentation describes the new pricing model and the free usage tier.

If you have any questions or concerns, please contact Google Cloud Support.

Thank you for using Cloud Source Repositories.

- The Google Cloud Source Repositories Team
""")

# 7 ---------------------------------------------------------------- Google Cloud
notice(
    key="gcp-container-registry-shutdown", lang="English", provider="Google Cloud",
    label="action-required", phishing=False,
    url="https://github.com/micronaut-projects/micronaut-starter/issues/2409",
    orig=dt.datetime(2024, 3, 19, 9, 12, 0), target=7, tzh=-8,
    dates={"push": dt.datetime(2025, 3, 18), "access": dt.datetime(2025, 4, 22),
           "redirect": dt.datetime(2025, 5, 22)},
    deadline="push", html=True,
    sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to=("Priya Raman", "p.raman@harbor-msp.example"),
    subject=lambda D: (f"[Action Required] Container Registry will be replaced by Artifact Registry. "
                       f"Please upgrade your projects to Artifact Registry before {en(D['push'])}."),
    text=lambda D: f"""Hello Priya,

On {en(D['push'])}, Container Registry will be replaced by Artifact Registry.
We know this change may touch your production workloads, so we have put
together material to make the move as smooth as possible.

What do you need to know?

To keep access to your container images, please note these dates and the
actions that go with them:

{en(D['push'])}: you can no longer push new images to Container Registry.
{en(D['access'])}: existing images in Container Registry can no longer be
  accessed. Copy them to Artifact Registry before this date to keep them.
{en(D['redirect'])}: every request to the gcr.io domain will be served by
  Artifact Registry only. Make sure the Artifact Registry API is enabled.

Which of your projects are affected?
  storefront-prod-4410
  batch-jobs-3307

Can you keep using Container Registry until the shutdown date?
Projects that already store images in Container Registry can keep pushing and
pulling until {en(D['push'])}. After that, only Artifact Registry is available.

What you should do
Follow the transition guide to create gcr.io repositories in Artifact Registry,
copy your images there, and update your build and deployment pipelines.

Thanks for choosing Google Cloud.

- The Google Cloud Team
""")

# 8 ---------------------------------------------------------------- Gandi
notice(
    key="gandi-filer-maintenance", lang="English", provider="Gandi",
    label="maintenance", phishing=False,
    url="http://groups.gandi.net/en/topic/gandi.en.hosting/28956",
    orig=dt.datetime(2017, 2, 20, 10, 5, 0), target=20, tzh=1,
    dates={"start": dt.datetime(2017, 2, 23, 23, 0), "end": dt.datetime(2017, 2, 24, 3, 0)},
    deadline="start",
    sender=("Gandi", "noreply@gandi.net"),
    to=("Harbor MSP Hosting", "hosting@harbor-msp.example"),
    subject=lambda D: "[Maintenance] Simple Hosting storage filers - night of Thursday to Friday",
    text=lambda D: f"""Dear customer,

Our operations team will carry out maintenance on several of the storage units
(filers) that hold the data of Simple Hosting instances in our Paris datacenter.

When: during the night of Thursday {en(D['start'])} to Friday {en(D['end'])},
between 23:00 and 03:00 (Paris time).

What to expect: the work is designed to be transparent, but your instances may
respond more slowly, and short interruptions of a few minutes are possible
while each filer switches over to its standby node.

What you need to do: nothing. Your instances do not need to be restarted.

Instances concerned on your account:
  shop-frontend (Simple Hosting M)
  docs-portal (Simple Hosting S+)

We will post progress on https://status.gandi.net and in the hosting
discussion group.

We apologise for any inconvenience.

The Gandi team
""")

# 9 ---------------------------------------------------------------- Azure (phishing)
notice(
    key="azure-monitor-callback-phish", lang="English", provider="Azure (impersonated)",
    label="billing", phishing=True,
    url="https://the420.in/?p=70891",
    orig=dt.datetime(2025, 3, 4, 15, 41, 0), target=14, tzh=0,
    dates={}, deadline=None, html_only=True,
    sender=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=("Billing", "billing@harbor-msp.example"),
    subject=lambda D: (f"Azure Monitor alert 'INV-77231-Order-Confirmed' was activated for "
                       f"'billing-notify' at {iso(D['sent'])} 15:41:02 UTC"),
    text=lambda D: f"""<html>
<body style="font-family:Segoe UI,Arial,sans-serif">
<h2>Azure Monitor alert was activated</h2>
<p>Alert rule: INV-77231-Order-Confirmed<br>
Severity: Sev3<br>
Monitor condition: Fired<br>
Affected resource: billing-notify<br>
Fired time: {iso(D['sent'])} 15:41:02 UTC</p>
<p><b>Description</b></p>
<p>Thank you for your purchase. Your Windows Defender Advanced Protection plan
has been renewed and USD 389.90 has been charged to the payment method on file.</p>
<p>Order number: INV-77231<br>
Product: Windows Defender Advanced Protection (1 year, 3 devices)<br>
Amount charged: USD 389.90</p>
<p>If you did not authorise this renewal or want to cancel it, call our billing
desk on +1 (555) 010-2291 to request a refund.</p>
<p><a href="https://portal.azure.com/">View the alert in Azure Monitor</a></p>
<p style="font-size:11px;color:#666">You are receiving this notification because you
are a member of the action group 'billing-notify'.</p>
</body>
</html>
""")

# 10 --------------------------------------------------------------- Naver Cloud
notice(
    key="naver-dormant-account", lang="English", provider="NAVER Cloud",
    label="action-required", phishing=False,
    url="https://guide.ncloud-docs.com/docs/en/userguide-userguideaccount-6",
    orig=dt.datetime(2024, 6, 3, 10, 0, 0), target=6, tzh=9,
    dates={"conv": dt.datetime(2024, 7, 3)},
    deadline="conv",
    sender=("NAVER CLOUD PLATFORM", "noreply@ncloud.com"),
    to=("QA Sandbox", "qa-sandbox@harbor-msp.example"),
    subject=lambda D: "[NAVER CLOUD PLATFORM] Important notice regarding your account",
    text=lambda D: f"""Hello,

This is NAVER CLOUD PLATFORM.

Under the Act on Promotion of Information and Communications Network
Utilization and Information Protection, member accounts that have not used our
services for one year are converted to dormant accounts.

According to our records, the account below has had no sign-in, no contract and
no usage charges during the past year:

  Account: qa-sandbox@harbor-msp.example
  Member number: 2215-0934-7781

Scheduled conversion date: {en(D['conv'])}

After the conversion, the account's personal information is stored separately
from that of active members, and you cannot sign in until the account has been
reactivated.

If you want to keep the account active, sign in to the portal or complete the
e-mail verification before the conversion date. Nothing else is required.

Accounts that still hold paid credits or have outstanding bills are not
converted.

Thank you for using NAVER CLOUD PLATFORM.
""")

# 11 --------------------------------------------------------------- Scaleway
notice(
    key="scaleway-notification-manager", lang="English", provider="Scaleway",
    label="informational", phishing=False,
    url="https://github.com/scaleway/docs-content/pull/4718",
    orig=dt.datetime(2025, 3, 27, 11, 30, 0), target=9, tzh=1,
    dates={}, deadline=None, html=True,
    sender=("Scaleway", "noreply@scaleway.com"),
    to=("Harbor MSP", "cloud-admins@harbor-msp.example"),
    subject=lambda D: "Now available: the Notification manager in your Scaleway console",
    text=lambda D: """Hello,

We are pleased to let you know that you can now manage the notifications of your
Organization directly from the Scaleway console.

What's new
- For every type of notification, choose which members of your Organization
  should be alerted.
- Look through the history of the notifications sent to your Organization.
- More product integrations will follow over the coming months.

Where to find it
In the console, open your Organization settings and select "Notifications".

Nothing changes unless you decide to: the current recipients keep receiving
the same messages until you adjust the settings.

To learn more, read our documentation on managing notifications:
https://www.scaleway.com/en/docs/account/how-to/manage-notifications/

The Scaleway team
""")

# 12 --------------------------------------------------------------- AWS
notice(
    key="aws-vpn-single-tunnel", lang="English", provider="AWS",
    label="action-required", phishing=False,
    url="https://github.com/wellcomecollection/platform/issues/3697",
    orig=dt.datetime(2019, 6, 26, 21, 37, 0), target=29, tzh=0,
    dates={}, deadline=None,
    sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("AWS Root Contact", "aws-root+network@harbor-msp.example"),
    subject=lambda D: "Important notice about your AWS Account regarding VPN connections",
    text=lambda D: """Hello,

You are receiving this message because your AWS Account 775012938461 has at least
one Site-to-Site VPN connection on which only one of the two tunnels is up.

Affected VPN connections (region eu-west-1):
  vpn-0a41c7e2d95b3f160 (customer gateway 203.0.113.201)
  vpn-07d2be9914ac05e3d (customer gateway 203.0.113.202)

Every AWS VPN connection provides two tunnels that end on separate endpoints,
so that traffic can fail over when one of them is not available. AWS regularly
performs routine maintenance on these endpoints, and one tunnel may be disabled
for a short time while this work takes place.

If your customer gateway uses only one tunnel, maintenance on that tunnel's
endpoint can interrupt your connectivity until the tunnel is back.

We strongly recommend that you configure your customer gateway device to use
both tunnels. The configuration for both tunnels can be downloaded from the
Amazon VPC console.

If both tunnels are already configured and one of them is down for another
reason, please review your device logs or contact AWS Support.

Sincerely,
Amazon Web Services
""")

# 13 --------------------------------------------------------------- Gandi
notice(
    key="gandi-xen-live-patched", lang="English", provider="Gandi",
    label="security-advisory", phishing=False,
    url="https://news.gandi.net/en/2017/03/mitigation-of-xen-vulnerabilities-without-customer-intervention/",
    orig=dt.datetime(2017, 3, 14, 16, 10, 0), target=21, tzh=1,
    dates={}, deadline=None,
    sender=("Gandi", "noreply@gandi.net"),
    to=("Harbor MSP Hosting", "hosting@harbor-msp.example"),
    subject=lambda D: "Xen vulnerabilities: fixed on our side, no restart needed",
    text=lambda D: """Dear customer,

The Xen project has published a new set of security advisories concerning the
hypervisor on which Gandi Cloud servers run.

Unlike the previous advisory, we were able to protect our infrastructure
without asking you to stop and start your servers. The fixes were applied to
all of our hypervisors before the public disclosure, using live patching.

What this means for you:
- your servers have not been restarted and will not be restarted for this;
- there is nothing for you to do;
- we have no indication that these vulnerabilities were exploited on our
  platform.

As always, we recommend that you keep the operating systems of your servers up
to date: these hypervisor fixes do not cover the software running inside them.

Thank you for your trust.

The Gandi team
""")

# 14 --------------------------------------------------------------- Azure
notice(
    key="azure-basic-public-ip-retirement", lang="English", provider="Azure",
    label="action-required", phishing=False,
    url="https://github.com/SwiftPackageIndex/SwiftPackageIndex-Server/issues/2958",
    orig=dt.datetime(2024, 3, 20, 18, 2, 0), target=1, tzh=0,
    dates={"nocreate": dt.datetime(2025, 3, 31), "ret": dt.datetime(2025, 9, 30)},
    deadline="ret", html=True,
    sender=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=("Azure Subscription Owners", "azure-owners@harbor-msp.example"),
    subject=lambda D: (f"Upgrade to Standard SKU public IP addresses in Azure by {en_dmy(D['ret'])}"
                       f"\u2014Basic SKU will be retired"),
    text=lambda D: f"""You're receiving this notice because you've used Basic SKU public IP addresses
in the last 30 days.

This is a reminder that Basic SKU public IP addresses in Azure will be retired
on {en_dmy(D['ret'])}. You can keep using your existing Basic SKU public IP
addresses until then, but you won't be able to create new ones after
{en_dmy(D['nocreate'])}.

Standard SKU public IP addresses bring several improvements:
- access to other Azure products such as Standard Load Balancer, Azure Firewall
  and NAT Gateway;
- secure by default: inbound traffic is closed unless a network security group
  allows it;
- zone-redundant and zonal front ends for inbound and outbound traffic.

Basic SKU public IP addresses deployed in Azure Cloud Services (extended
support) are not affected by this retirement, and you don't need to do anything
for them.

Required action
To avoid potential service disruptions, review the pricing and then upgrade to
Standard SKU public IP addresses by {en_dmy(D['ret'])}.

Help and support
If you have questions, ask community experts in Microsoft Q&A. If you have a
support plan and need technical help, create a support request.

Subscription: Lindqvist Retail - Prod (6c1f0e27-93ab-4d55-8b1e-2a7c40f9d318)
""")

# 15 --------------------------------------------------------------- IONOS (phishing)
notice(
    key="ionos-payment-phish", lang="German", provider="IONOS (impersonated)",
    label="billing", phishing=True,
    url="https://www.spam-info.de/13819/achtung-ionos-zahlungsaufforderung-ist-phishing/",
    orig=dt.datetime(2023, 11, 6, 7, 48, 0), target=27, tzh=1,
    dates={}, deadline=None, html=True,
    sender=("IONOS", "kundenservice@ionos-zahlung.example"),
    to=("Buchhaltung", "buchhaltung@brandt-kanzlei.example"),
    subject=lambda D: "Ihre Zahlung konnte nicht ausgeführt werden",
    text=lambda D: """Hallo,

der automatische Einzug Ihrer offenen Rechnung(en) ist leider fehlgeschlagen.

Mindestens eine Zahlungsanweisung wurde nicht ausgeführt. Bitte überprüfen Sie
Ihre hinterlegten Zahlungsdaten und erteilen Sie die Zahlungsanweisung erneut,
damit die fälligen Beträge eingezogen werden können.

Zahlungsdaten jetzt prüfen:
https://kundenkonto.ionos-zahlung.example/login?ref=RG-38817204

Hilfe rund um Ihre Domain finden Sie ebenfalls in Ihrem Kundenkonto.

Mit freundlichen Grüßen
IONOS Kundenservice
""")

# 16 --------------------------------------------------------------- Hetzner (2013 breach)
notice(
    key="hetzner-robot-breach", lang="German", provider="Hetzner",
    label="security-incident", phishing=False,
    url="https://hn.vassbence.com/item?id=5833235",
    orig=dt.datetime(2013, 6, 5, 17, 25, 0), target=29, tzh=1,
    dates={}, deadline=None,
    sender=("Hetzner Online AG", "info@hetzner.de"),
    to=("Harbor MSP Betrieb", "betrieb@harbor-msp.example"),
    subject=lambda D: "Wichtige Sicherheitsinformation zu Ihrem Kundenkonto",
    text=lambda D: """Sehr geehrte Kundin, sehr geehrter Kunde,

wir müssen Sie heute über einen Sicherheitsvorfall in unserem Haus informieren.

Ende vergangener Woche haben unsere Administratoren auf einem internen Server,
den wir für die Überwachung unserer Infrastruktur (Nagios) einsetzen, eine
Hintertür entdeckt. Die anschließende Untersuchung hat ergeben, dass darüber
auch auf Teile unserer Administrationsoberfläche Robot zugegriffen wurde.

Nach aktuellem Stand müssen wir davon ausgehen, dass Kundendaten aus Robot
kopiert wurden, darunter Adress- und Vertragsdaten sowie die Passwörter für den
Robot-Zugang. Diese Passwörter liegen nur als gesalzene SHA256-Hashes vor.
Kreditkartendaten werden in einem getrennten System verarbeitet, das nach
unserer bisherigen Analyse nicht betroffen ist.

Wir haben den betroffenen Server sofort vom Netz genommen, die Hintertür
analysiert und externe Sicherheitsfachleute hinzugezogen. Strafanzeige ist
erstattet.

Was Sie jetzt tun sollten:
- Ändern Sie Ihr Passwort für Robot.
- Nutzen Sie dasselbe Passwort auch anderswo, ändern Sie es dort ebenfalls.
- Ändern Sie vorsorglich die Zugangsdaten, die in Robot hinterlegt sind,
  zum Beispiel für Backup-Space oder Storage Boxen.

Wir bedauern den Vorfall sehr und bitten Sie um Entschuldigung. Bei Fragen
erreichen Sie unseren Support unter support@hetzner.de.

Mit freundlichen Grüßen

Jonas Albrecht
Hetzner Online AG
""")

# 17 --------------------------------------------------------------- Strato
notice(
    key="strato-spam-block", lang="German", provider="Strato",
    label="abuse", phishing=False,
    url="https://www.strato.de/faq/vertrag/was-ist-abuse-und-wie-geht-strato-damit-um/",
    orig=dt.datetime(2018, 1, 15, 9, 42, 0), target=13, tzh=1,
    dates={}, deadline=None,
    sender=("STRATO Abuse Team", "abuse@strato.de"),
    to=("Lukas Brandt", "l.brandt@brandt-kanzlei.example"),
    subject=lambda D: "Ihr STRATO Paket (Vertragsnummer 70412389)",
    text=lambda D: """Sehr geehrter Herr Brandt,

unser Abuse-Team hat festgestellt, dass über Ihr Hosting-Paket
(Vertragsnummer 70412389, Domain brandt-kanzlei.example) in großer Zahl
unerwünschte E-Mails verschickt wurden.

Um die weitere Verbreitung zu stoppen und unsere Netzinfrastruktur zu schützen,
haben wir den E-Mail-Versand Ihres Pakets gesperrt. Ihre Website und der
Empfang von E-Mails sind davon nicht betroffen.

Häufige Ursachen sind ausgespähte Zugangsdaten eines Postfachs oder ein
unsicheres Skript bzw. Plugin auf der Website.

Bitte gehen Sie wie folgt vor:
1. Ändern Sie die Passwörter aller Postfächer und Ihres Kunden-Logins.
2. Prüfen Sie Ihre Website auf veraltete Software, offene Kontaktformulare und
   unbekannte Dateien.
3. Antworten Sie auf diese E-Mail, sobald die Ursache beseitigt ist. Wir prüfen
   dann die Aufhebung der Sperre.

Bitte beachten Sie: Die Adresse abuse@strato.de ist ausschließlich für
Missbrauchsfälle bestimmt. Vertragliche oder technische Fragen richten Sie
bitte an unseren Kundenservice.

Mit freundlichen Grüßen
Ihr STRATO Abuse Team
""")

# 18 --------------------------------------------------------------- Hetzner
notice(
    key="hetzner-portscan-ipv6-blocked", lang="German", provider="Hetzner",
    label="abuse", phishing=False,
    url="https://github.com/kaboomserver/server/issues/147",
    orig=dt.datetime(2024, 10, 7, 1, 40, 0), target=6, tzh=1,
    dates={"scan": dt.datetime(2024, 10, 6, 23, 11, 55)},
    deadline=None,
    sender=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    to=("Harbor MSP Betrieb", "betrieb@harbor-msp.example"),
    subject=lambda D: "Abuse-Meldung [AbuseID:4C17A0:9E]: Sperrung der IP-Adresse 2001:db8:4f9:2e6b::1",
    text=lambda D: f"""Sehr geehrte Damen und Herren,

aufgrund von Netzwerkproblemen mussten wir die unten genannte IP-Adresse leider
sperren.

Von dieser Adresse aus wurden Portscans gegen andere Server ausgeführt. Das hat
erhebliche Netzwerkressourcen gebunden und einen Teil unseres Netzes spürbar
beeinträchtigt.

Gesperrte IP-Adresse(n)/Produkt(e):
- 2001:db8:4f9:2e6b::1 (Cloud Server CX22 #55730192)

Wir heben die Sperre auf, sobald Sie die Ursache behoben und uns über den
folgenden Link eine Stellungnahme geschickt haben:
https://abuse.hetzner.com/statements/?token=91c3e07ba4d25f68e1d0c7a9b3f24e56

#############################################################################
#      Portscan detected from host 2001:db8:4f9:2e6b::1                     #
#############################################################################

TIME (UTC)           SRC                   SRC-PORT -> DST             DST-PORT SIZE PROT
------------------------------------------------------------------------------------------
{iso(D['scan'])} 23:11:55  2001:db8:4f9:2e6b::1  25565 ->  2001:db8:77::20   36564   90 TCP
{iso(D['scan'])} 23:11:55  2001:db8:4f9:2e6b::1  25565 ->  2001:db8:77::20   53950   90 TCP
{iso(D['scan'])} 23:11:55  2001:db8:4f9:2e6b::1  25565 ->  2001:db8:77::9c   35530   90 TCP
{iso(D['scan'])} 23:11:56  2001:db8:4f9:2e6b::1  25565 ->  2001:db8:77::d5   54570   90 TCP

Bitte lassen Sie die Abuse-ID [AbuseID:4C17A0:9E] im Betreff jeder Antwort
unverändert.

Mit freundlichen Grüßen

Hetzner Online GmbH - Abuse Team
""")

# 19 --------------------------------------------------------------- Hetzner Cloud
notice(
    key="hetzner-storage-box-subaccount-names", lang="German", provider="Hetzner",
    label="informational", phishing=False,
    url="https://newreleases.io/project/github/hetznercloud/cli/release/v1.60.0",
    orig=dt.datetime(2026, 1, 15, 14, 0, 0), target=16, tzh=1,
    dates={}, deadline=None,
    sender=("Hetzner Cloud", "noreply@hetzner.com"),
    to=("Harbor MSP Betrieb", "betrieb@harbor-msp.example"),
    subject=lambda D: "Neuigkeiten aus der Hetzner Cloud",
    text=lambda D: """Hallo,

wir möchten Sie über eine Neuerung bei den Storage Box Subaccounts informieren.

Subaccounts haben ab sofort eine Eigenschaft „Name“. Damit können Sie jedem
Subaccount eine frei wählbare Bezeichnung geben.

In der API und im Kommandozeilenwerkzeug hcloud werden Subaccounts jetzt über
ihre ID oder ihren Namen angesprochen. Der Benutzername (etwa u501234-sub1)
dient dafür nicht mehr als Kennung.

Ihre bestehenden Subaccounts haben wir bereits umgestellt: Als Name wurde
jeweils der bisherige Benutzername eingetragen. Sie müssen daher nichts
unternehmen, und die Zugangsdaten der Subaccounts bleiben unverändert.

Das CLI unterstützt die Namen ab Version v1.60.0, zum Beispiel:
  hcloud storage-box subaccount describe backup-box team-archiv

Weitere Einzelheiten finden Sie in unserem Changelog:
https://docs.hetzner.cloud/changelog

Viele Grüße
Ihr Hetzner Cloud Team
""")

# 20 --------------------------------------------------------------- Azure (German)
notice(
    key="azure-mandatory-mfa", lang="German", provider="Azure",
    label="action-required", phishing=False,
    url="https://github.com/orcasound/orcasite/issues/940",
    orig=dt.datetime(2025, 9, 8, 16, 30, 0), target=6, tzh=0,
    dates={"enf": dt.datetime(2025, 10, 1)},
    deadline="enf", html=True,
    sender=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=("Azure-Administratoren", "azure-owners@harbor-msp.example"),
    subject=lambda D: (f"Handlungsbedarf: Aktivieren Sie die mehrstufige Authentifizierung "
                       f"für Ihren Mandanten bis zum {de(D['enf'])}"),
    text=lambda D: f"""Um Ihre Sicherheit weiter zu erhöhen, müssen sich Benutzer ab dem
{de(D['enf'])} mit mehrstufiger Authentifizierung (MFA) anmelden, bevor sie in
Azure Aktionen zur Ressourcenverwaltung ausführen. Damit Sie von diesem
zusätzlichen Schutz profitieren, empfehlen wir, MFA für Ihre Benutzer so bald
wie möglich zu aktivieren.

Da die Durchsetzung auf der Ebene der Ressourcenverwaltung erfolgt, betrifft
sie alle Wege, auf denen Ressourcen erstellt, geändert oder gelöscht werden:
das Azure-Portal, die Azure CLI, Azure PowerShell, die REST-API, SDKs sowie
Infrastructure-as-Code-Werkzeuge.

Erforderliche Maßnahme
Aktivieren Sie bis zum {de(D['enf'])} MFA für alle Benutzerkonten in Ihrem
Mandanten, die Ressourcen in Azure verwalten. Ermitteln Sie dazu zunächst, welche
Benutzer betroffen sind, und passen Sie Skripte und Automatisierungen an, die
sich noch mit Benutzerkonten statt mit Workload-Identitäten anmelden.

Workload-Identitäten wie verwaltete Identitäten und Dienstprinzipale sind von
dieser Anforderung nicht betroffen.

Falls Sie mehr Zeit benötigen, kann ein globaler Administrator den Beginn der
Durchsetzung für Ihren Mandanten im Azure-Portal verschieben.

Mandant: Lindqvist Retail (Mandanten-ID 3b7e19c4-5a20-4d8f-9c61-0e2fa7d48b13)

Hilfe und Support
Bei Fragen wenden Sie sich an die Community auf Microsoft Q&A. Wenn Sie über einen
Supportplan verfügen und technische Hilfe benötigen, erstellen Sie eine
Supportanfrage.
""")

# 21 --------------------------------------------------------------- Gandi (French)
notice(
    key="gandi-xen-reboot", lang="French", provider="Gandi",
    label="maintenance", phishing=False,
    url="https://www.gandi.net/news/tag/fr/support",
    orig=dt.datetime(2016, 11, 17, 15, 20, 0), target=16, tzh=1,
    dates={"forced": dt.datetime(2016, 11, 22, 11, 0)},
    deadline="forced",
    sender=("Gandi", "noreply@gandi.net"),
    to=("Hébergement Harbor MSP", "hosting@harbor-msp.example"),
    subject=lambda D: f"[Important] Redémarrage de vos serveurs Gandi Cloud avant le {fr(D['forced'])}",
    text=lambda D: f"""Bonjour,

Une vulnérabilité a été découverte dans Xen, l'hyperviseur sur lequel repose
notre offre IaaS. Nous avons installé le correctif sur l'ensemble de nos
hyperviseurs, mais il ne s'applique à un serveur qu'après un arrêt complet suivi
d'un nouveau démarrage.

Attention : un simple redémarrage lancé depuis le système de votre serveur ne
suffit pas. Le serveur doit être arrêté puis démarré depuis l'interface Gandi
ou par l'API.

Serveurs concernés sur votre compte :
  web-front-01 (Paris)
  db-replica-02 (Luxembourg)

Vous pouvez effectuer cette opération vous-même, au moment qui vous arrange,
jusqu'au {FR_WD[D['forced'].weekday()]} {fr(D['forced'])} à 11h00 UTC.

Passé ce délai, nous arrêterons et redémarrerons nous-mêmes les serveurs qui
n'auront pas été traités. L'opération commencera le {fr(D['forced'])} à 11h00 UTC
et entraînera une indisponibilité d'environ 30 minutes par serveur.

Suivi de l'opération : https://status.gandi.net

Nous vous prions de nous excuser pour la gêne occasionnée.

L'équipe Gandi
""")

# 22 --------------------------------------------------------------- Gandi (French)
notice(
    key="gandi-new-prices-mail", lang="French", provider="Gandi",
    label="pricing", phishing=False,
    url="https://www.nextinpact.com/article/71947/gandi-passe-mails-en-payant-utilisateurs-cherchent-solutions-remplacement",
    orig=dt.datetime(2023, 6, 14, 10, 15, 0), target=8, tzh=1,
    dates={"newprice": dt.datetime(2023, 7, 13), "mailend": dt.datetime(2023, 11, 30)},
    deadline="newprice",
    sender=("Gandi", "noreply@gandi.net"),
    to=("Camille Moreau", "c.moreau@atelier-moreau.example"),
    subject=lambda D: "Évolution de nos tarifs et de nos offres de messagerie",
    text=lambda D: f"""Bonjour,

Nous vous écrivons pour vous annoncer des changements qui concernent vos
produits Gandi.

Nouveaux tarifs
À partir du {fr(D['newprice'])}, une nouvelle grille tarifaire s'appliquera à
l'enregistrement et au renouvellement des noms de domaine ainsi qu'à nos offres
d'hébergement. Les prix affichés dans votre interface seront mis à jour à cette
date ; la grille complète est consultable sur notre site.

Fin des boîtes mail offertes
Jusqu'à présent, chaque nom de domaine enregistré chez Gandi donnait droit à
deux boîtes GandiMail gratuites. Cette offre prendra fin le {fr(D['mailend'])}.
Pour conserver vos boîtes, vous pourrez souscrire à l'une de nos offres de
messagerie payantes ou déplacer vos messages vers un autre fournisseur.

Domaines concernés sur votre compte :
  atelier-moreau.example (2 boîtes GandiMail)
  moreau-conseil.example (1 boîte GandiMail)

Notre équipe support reste à votre disposition pour toute question.

L'équipe Gandi
""")

# 23 --------------------------------------------------------------- Scaleway (French)
notice(
    key="scaleway-stolen-ssd", lang="French", provider="Scaleway",
    label="security-incident", phishing=False,
    url="https://blog.scaleway.com/incident-securitaire-video-youtube/",
    orig=dt.datetime(2021, 7, 24, 12, 0, 0), target=11, tzh=1,
    dates={}, deadline=None,
    sender=("Scaleway", "noreply@scaleway.com"),
    to=("Harbor MSP", "cloud-admins@harbor-msp.example"),
    subject=lambda D: "Information importante concernant la sécurité de vos données",
    text=lambda D: """Bonjour,

Il y a un peu plus d'un an, un disque SSD a été volé pendant un transport
sécurisé entre deux de nos datacenters. Nous avions aussitôt porté plainte et
prévenu les clients dont les données pouvaient se trouver sur ce support,
dont vous faites partie.

Nous avons appris récemment qu'un vidéaste, qui préparait un sujet sur la
persistance des données après formatage, avait acheté ce disque sur un site de
petites annonces. Nous avons travaillé avec lui pour récupérer le SSD, et il
nous a confirmé par écrit n'en avoir gardé aucune copie.

Cette découverte a fait progresser l'enquête de police en cours, ce qui limite
ce que nous pouvons partager pour le moment.

Ressource potentiellement concernée sur votre compte :
  Instance DEV1-M « build-runner » (fr-par-1), volume local de 40 Go

Mesures prises de notre côté :
- audit complet de nos procédures de transport des supports de stockage ;
- transport désormais assuré dans des mallettes renforcées équipées de balises GPS ;
- audits réguliers dans le cadre de nos certifications (ISO 27001, HDS).

Par précaution, nous vous recommandons de renouveler les mots de passe, clés et
certificats qui étaient stockés sur ce volume.

Notre support reste à votre disposition pour toute question.

L'équipe Scaleway
""")

# 24 --------------------------------------------------------------- OVH (French)
notice(
    key="ovh-early-renewal", lang="French", provider="OVHcloud",
    label="billing", phishing=False,
    url="http://travaux.ovh.com/?do=details&id=7863",
    orig=dt.datetime(2013, 1, 7, 11, 24, 0), target=20, tzh=1,
    dates={}, deadline=None,
    sender=("Support OVH", "support@ovh.com"),
    to=("Cabinet Lefèvre", "contact@cabinet-lefevre.example"),
    subject=lambda D: "Renouvellement automatique de vos services",
    text=lambda D: """Bonjour,

Lors du passage au nouveau mois, nos robots de renouvellement ont mal calculé
la durée du mois précédent. Certains services ont donc été renouvelés plus tôt
que prévu.

Conséquence : vous avez pu recevoir un e-mail de renouvellement ainsi qu'une
date de prélèvement qui ne correspondent pas à l'échéance réelle de vos
services.

Services concernés sur votre compte (identifiant lc48213-ovh) :
  ks-lyon-07 (serveur dédié Kimsufi)
  cabinet-lefevre.example (nom de domaine)

Notre équipe a identifié et corrigé l'anomalie. Les prochains renouvellements
automatiques auront lieu aux dates normales ; aucune démarche n'est nécessaire
de votre part.

Nous vous prions de nous excuser pour ce désagrément.

Cordialement,
Le support OVH
""")

# 25 --------------------------------------------------------------- Infomaniak (French)
notice(
    key="infomaniak-new-location-login", lang="French", provider="Infomaniak",
    label="security-incident", phishing=False,
    url="https://infomaniak.com/fr/support/faq/admin2/console-dadministration?i=2",
    orig=dt.datetime(2024, 9, 10, 3, 19, 0), target=28, tzh=1,
    dates={}, deadline=None,
    sender=("Infomaniak", "noreply@infomaniak.com"),
    to=("Claire Dubois", "claire.dubois@dubois-architectes.example"),
    subject=lambda D: "Nouvelle connexion à votre compte Infomaniak",
    text=lambda D: f"""Bonjour Claire,

Une connexion à votre compte Infomaniak (claire.dubois@dubois-architectes.example)
vient d'avoir lieu depuis un emplacement que nous ne connaissions pas encore.

Date : {iso(D['sent'])} à 03:17 (heure de Zurich)
Emplacement approximatif : Bucarest, Roumanie
Adresse IP : 203.0.113.58
Appareil : Firefox sur Windows

S'il s'agit bien de vous, par exemple depuis un nouvel ordinateur ou une
fenêtre de navigation privée, vous pouvez ignorer ce message.

Si vous ne reconnaissez pas cette connexion :
1. Modifiez immédiatement le mot de passe de votre compte.
2. Activez la double authentification dans les paramètres de sécurité.
3. Consultez les activités récentes dans le Manager et signalez-nous toute
   action que vous n'avez pas effectuée.

Attention : de faux messages imitent cet e-mail. En cas de doute, connectez-vous
directement au Manager au lieu de cliquer sur un lien.

Meilleures salutations,
L'équipe Infomaniak
""")

# 26 --------------------------------------------------------------- Alibaba Cloud (Chinese)
notice(
    key="aliyun-rectification-24h", lang="Chinese", provider="Alibaba Cloud",
    label="abuse", phishing=False,
    url="https://github.com/shadowsocks/shadowsocks/issues/1175",
    orig=dt.datetime(2018, 3, 1, 16, 5, 0), target=2, tzh=8,
    dates={"due": dt.datetime(2018, 3, 2, 16, 5)},
    deadline="due",
    sender=("阿里云", "notice@service.aliyun.com"),
    to=("港湾运维", "ops-cn@harbor-msp.example"),
    subject=lambda D: "【阿里云】违规信息整改通知",
    text=lambda D: """尊敬的阿里云用户（账号 ops_harbor****）：

您好！我们接到主管部门通知，您名下的云服务器存在利用技术手段，使其成为境内用户
访问境外非法信息的通道等行为。

涉及实例：i-bp1f6a0c2d8e7k3m9x2q（华东1 杭州）
涉及 IP：203.0.113.36

上述行为违反了《互联网信息服务管理办法》第十五条的相关规定以及阿里云服务条款。
请您在收到本通知后二十四小时内停止上述行为，并对服务器进行全面自查。

如逾期未处理，或后续再次收到相关通知，阿里云将依据相关规定及服务条款停止向您
提供服务。

如有疑问，请通过工单或致电阿里云售后服务咨询。

感谢您的理解与支持！
阿里云计算有限公司
""")

# 27 --------------------------------------------------------------- Tencent Cloud (Chinese)
notice(
    key="tencent-api2-shutdown", lang="Chinese", provider="Tencent Cloud",
    label="action-required", phishing=False,
    url="https://cloud.tencent.com/document/product/1278/82311",
    orig=dt.datetime(2023, 1, 11, 17, 42, 0), target=15, tzh=8,
    dates={"newstop": dt.datetime(2023, 1, 1), "stop": dt.datetime(2023, 3, 31)},
    deadline="stop",
    sender=("腾讯云", "cloud_noreply@tencent.com"),
    to=("港湾运维", "ops-cn@harbor-msp.example"),
    subject=lambda D: "【腾讯云】API 2.0 接口服务下线通知",
    text=lambda D: f"""尊敬的腾讯云客户，您好！

腾讯云 API 已全面升级至 API 3.0。新版本在多个地域部署、支持就近接入，调用时延
明显降低；接口设计更加规范，文档更加完整，并配有丰富的开发者工具。

自{cjk(D['newstop'])}起，新注册用户已无法使用旧版 API 2.0 接口；对于存量用户，
API 2.0 接口服务预计于{cjk(D['stop'])}停止。

经检查，您的账号（APPID 1307724518）近 30 天内仍有 API 2.0 接口调用记录，
主要涉及：
  云服务器（cvm.api.qcloud.com）
  负载均衡（lb.api.qcloud.com）

为避免影响您的业务，请尽快参考各产品的迁移指引，将相关调用迁移至 API 3.0。
区分方法：API 2.0 的域名以 .api.qcloud.com 结尾，API 3.0 的域名以
.tencentcloudapi.com 结尾。

如有疑问，欢迎提交工单咨询。
感谢您对腾讯云的信赖与支持！
腾讯云团队
""")

# 28 --------------------------------------------------------------- Google Cloud (Chinese)
notice(
    key="gcp-mining-suspension-zh", lang="Chinese", provider="Google Cloud",
    label="abuse", phishing=False,
    url="https://github.com/jinwyp/one_click_script/issues/38",
    orig=dt.datetime(2021, 1, 18, 4, 10, 0), target=20, tzh=-8,
    dates={}, deadline=None,
    sender=("Google Cloud Platform", "google-cloud-compliance@google.com"),
    to=("港湾运维", "ops-cn@harbor-msp.example"),
    subject=lambda D: "由于挖掘加密货币（挖矿），与您的项目 ops-sandbox (id: ops-sandbox-318204) 关联的资源已被暂停",
    text=lambda D: f"""概要
由于存在挖掘加密货币（挖矿）的行为，与您的项目 ops-sandbox (id: ops-sandbox-318204)
关联的资源已因违反 Google Cloud Platform 服务条款而被暂停。

详细信息
受影响的项目/虚拟机：ops-sandbox (id: ops-sandbox-318204) / proxy-tokyo-1
说明：检测到虚拟机 proxy-tokyo-1 从事加密货币挖矿，违反了我们的服务条款，
相关虚拟机实例已被暂停。
时间范围：从 {iso(D['sent'])} 02:53 到 {iso(D['sent'])} 03:00（美国太平洋时间）

后续步骤
挖矿活动常常意味着账号或付款方式被冒用，或者实例已被入侵。请检查项目中的所有
实例，确认其未遭入侵，并花些时间查看适用的服务条款，以免今后再次违反政策。
如果您认为此次暂停有误，或已完成排查和修复，请通过 Cloud Console 中的“申诉”
页面提交申诉。

若不采取措施并提交申诉，您的项目可能会被删除。

此致
Google Cloud Platform 团队
""")

# 29 --------------------------------------------------------------- Tencent Cloud (Chinese)
notice(
    key="tencent-chat-community-billing", lang="Chinese", provider="Tencent Cloud",
    label="pricing", phishing=False,
    url="https://tencentcloud.com/zh/document/product/1047/66403",
    orig=dt.datetime(2024, 12, 2, 11, 0, 0), target=27, tzh=8,
    dates={"eff": dt.datetime(2025, 1, 1)},
    deadline="eff",
    sender=("腾讯云", "cloud_noreply@tencent.com"),
    to=("港湾运维", "ops-cn@harbor-msp.example"),
    subject=lambda D: "【腾讯云】即时通信 IM 社群消息量计费通知",
    text=lambda D: f"""尊敬的腾讯云用户，您好！

感谢您一直以来对即时通信 IM 的支持。为持续保障社群（Community）能力的服务
质量，我们将开始对社群消息量计费，具体安排如下：

生效时间：{cjk(D['eff'])} 00:00（北京时间）
计费项：社群消息量，包括社群成员主动发送的普通消息，以及成员加入/退出、话题
变更等通知类消息
计费方式：按自然月统计，后付费，费用于次月前 3 日内扣除；须与旗舰版或企业版
套餐包配合使用
单价：详见即时通信 IM 价格说明页面

您的应用（SDKAppID 1600047213）已开启社群功能，上月社群消息量约 1,240 万条。
生效后将按实际用量计费。

如有疑问，请提交工单与我们联系。

腾讯云即时通信 IM 团队
""")

# 30 --------------------------------------------------------------- Huawei Cloud (Chinese)
notice(
    key="huawei-yapi-rce-advisory", lang="Chinese", provider="Huawei Cloud",
    label="security-advisory", phishing=False,
    url="https://www.huaweicloud.com/notice/20210708162409859.html",
    orig=dt.datetime(2021, 7, 8, 16, 24, 0), target=9, tzh=8,
    dates={}, deadline=None,
    sender=("华为云", "noreply@huaweicloud.com"),
    to=("港湾运维", "ops-cn@harbor-msp.example"),
    subject=lambda D: "【漏洞预警】华为云关于 YApi 远程代码执行漏洞的安全预警",
    text=lambda D: f"""尊敬的华为云用户：

华为云关注到开源接口管理平台 YApi 存在远程代码执行漏洞。目前漏洞利用细节已在
互联网公开，并已出现在野利用，风险较高。

漏洞描述：
YApi 默认开放用户注册功能。攻击者注册账号后可创建项目，并通过接口的 Mock 脚本
功能在服务器上执行任意命令，进而控制主机。

影响范围：
YApi 1.9.2 及以下版本，且开放了用户注册的实例

威胁等级：严重

安全建议：
1. 关闭 YApi 的用户注册功能（在 config.json 中设置 "closeRegister": true）并重启服务；
2. 删除可疑的用户和项目，检查 Mock 脚本中是否存在恶意代码；
3. 通过安全组等方式，将 YApi 服务限制为仅对可信 IP 开放；
4. 关注官方发布的修复版本并及时升级。

华为云 Web 应用防火墙（WAF）已支持对该漏洞的防护。

注：修复前请做好数据备份，避免出现意外。

华为云
{cjk(D['sent'])}
""")

# 31 --------------------------------------------------------------- Xserver (phishing, Japanese)
notice(
    key="xserver-payment-phish", lang="Japanese", provider="Xserver (impersonated)",
    label="billing", phishing=True,
    url="https://innovation-weekend.jp/xserver-spam-mail",
    orig=dt.datetime(2021, 2, 15, 8, 3, 0), target=13, tzh=9,
    dates={}, deadline=None,
    sender=("Xserver Inc.", "support@xserver-billing.example"),
    to=("ウェブ担当", "web@minato-logistics.example"),
    subject=lambda D: "【Xserver】お支払いを処理できませんでした",
    text=lambda D: """お客様各位、

現時点で、最新のXSERVER請求書のお支払いを処理することができませんでした。
アカウントに登録されている請求情報の有効期限が切れている可能性があります。

このままでは、サービスは切断される予定です。これまでご連絡を試みましたが、
お客様と連絡を取ることができませんでした。

サービスの中断を避けるため、ただちにアカウントの請求情報を確認し、更新して
ください。

https://xserver-billing.example/login_server.php

敬具

XSERVER Inc チーム

P.S. このメールボックスは返信を受け付けておりません。お問い合わせの際は、この
アドレスに返信せず、サポート窓口をご利用ください。
""")

# 32 --------------------------------------------------------------- AWS (Japanese)
notice(
    key="aws-lambda-go1x-ja", lang="Japanese", provider="AWS",
    label="action-required", phishing=False,
    url="https://github.com/buildkite/buildkite-agent-scaler/issues/101",
    orig=dt.datetime(2023, 8, 24, 18, 20, 0), target=23, tzh=0,
    dates={"eos": dt.datetime(2023, 12, 31), "noupdate": dt.datetime(2024, 1, 30)},
    deadline="eos",
    sender=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    to=("AWS ルート連絡先", "aws-root+jp@harbor-msp.example"),
    subject=lambda D: "[要対応] AWS Lambda における Go 1.x ランタイムのサポート終了 [AWS アカウント: 631870254419]",
    text=lambda D: f"""お客様

お客様の AWS アカウントで、Go 1.x ランタイムを使用する Lambda 関数が 1 つ以上
確認されたため、ご連絡いたします。

Amazon Linux AMI のメンテナンスサポートが {cjk(D['eos'])} に終了することに伴い、
AWS Lambda における Go 1.x ランタイムのサポートを終了いたします。Go 言語は今後も
provided.al2 ランタイムでご利用いただけます。provided.al2 には、AWS Graviton2
プロセッサのサポート、デプロイパッケージの小型化、呼び出し経路の高速化といった
利点があります。

Lambda のランタイムサポートポリシーに基づき、サポート終了は 2 段階で行われます。
・{cjk(D['eos'])} 以降: Go 1.x ランタイムへのセキュリティパッチ等の適用を停止し、
  同ランタイムを使用する関数はテクニカルサポートの対象外となります。また、
  Go 1.x を使用する新しい関数は作成できなくなります。
・{cjk(D['noupdate'])} 以降: Go 1.x を使用する既存の関数を更新できなくなります。

サポート終了後も関数の呼び出しがブロックされることはありませんが、パッチが適用
されないランタイム上で動作することになります。{cjk(D['eos'])} までに、対象の関数を
provided.al2 ランタイムへ移行することをお勧めします。

対象の関数（リージョン | 関数 ARN）:
ap-northeast-1 | arn:aws:lambda:ap-northeast-1:631870254419:function:agent-scaler
ap-northeast-1 | arn:aws:lambda:ap-northeast-1:631870254419:function:log-shipper

この一覧は AWS Health Dashboard の「影響を受けるリソース」タブでも確認できます。

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス
""")

# 33 --------------------------------------------------------------- Google Cloud (Japanese)
notice(
    key="gcp-invoice-ja", lang="Japanese", provider="Google Cloud",
    label="billing", phishing=False,
    url="https://www.taskmother.jp/webcustomize/google_maps_apigoogle_cloud_pl_1.html",
    orig=dt.datetime(2018, 10, 3, 1, 52, 0), target=1, tzh=-7,
    dates={}, deadline=None,
    sender=("Google Payments", "payments-noreply@google.com"),
    to=("佐々木 拓海", "t.sasaki@minato-logistics.example"),
    subject=lambda D: "Google Cloud Platform & APIs: 01A2B3-C4D5E6-F7A8B9 ご利用分の請求書のご案内",
    text=lambda D: """Google Cloud Platform & APIs の月額請求書をご用意しました。請求書の PDF は
このメールの末尾に添付しております。

重要: ご請求額はご登録のお支払い方法から自動的に引き落とされますので、お客様に
ご対応いただく必要はありません。

ドメイン ID: 01A2B3-C4D5E6-F7A8B9
氏名: 佐々木 拓海
請求書番号: 4821907733
お支払いプロファイル ID: 7310-5528-9046

ご利用内訳（概要）
  Maps JavaScript API / Geocoding API（プロジェクト 2 件）
  Maps 無料枠の適用により、今回のご請求額は ¥0 です。

お支払い履歴の確認やお支払い情報の更新は、Google Cloud Platform コンソールの
［お支払い］ページから行えます。

このメールは、Google Cloud Platform のお支払いに関する重要なお知らせとして
お送りしています。

Google Payments
""")

# 34 --------------------------------------------------------------- AWS (Japanese)
notice(
    key="aws-exposed-access-key-ja", lang="Japanese", provider="AWS",
    label="security-incident", phishing=False,
    url="https://nanayaku.com/aws-key",
    orig=dt.datetime(2019, 9, 24, 9, 31, 0), target=14, tzh=0,
    dates={}, deadline=None,
    sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("AWS ルート連絡先", "aws-root+dev@harbor-msp.example"),
    subject=lambda D: "[要対応] AWS アカウント 209845163377 の IAM アクセスキーが公開されています",
    text=lambda D: """お客様

AWS アカウント 209845163377 の IAM ユーザー「deploy-bot」のアクセスキー
（AKIAIOSFODNN7EXAMPLE）が、インターネット上の公開リポジトリで確認されました。

公開場所: https://github.example/shoji-dev/portfolio-app/blob/main/config/storage.yml

お客様のアカウントとリソースを保護するため、このユーザーに
AWSCompromisedKeyQuarantineV2 ポリシーを適用し、一部の操作を制限しました。
ただし、この措置だけでは不正利用を完全に防ぐことはできません。

ただちに次の対応を行ってください。
1. 公開されたアクセスキーを無効化して削除し、必要であれば新しいキーを発行して
   ください。ユーザーが不要な場合は、その IAM ユーザーを削除してください。
2. AWS CloudTrail で、このキーによる不審な API 呼び出しがないか確認してください。
3. すべてのリージョンで、身に覚えのない EC2 インスタンス、Lambda 関数、IAM
   ユーザーなどが作成されていないか確認し、あれば削除してください。
4. 公開リポジトリからキーを削除し、コミット履歴からも除去してください。

対応が完了しましたら、AWS サポートセンターのケース 171442099301 にご返信ください。

アマゾン ウェブ サービス
""")

# 35 --------------------------------------------------------------- SAKURA internet (Japanese)
notice(
    key="sakura-cloud-terms-revision", lang="Japanese", provider="SAKURA internet",
    label="informational", phishing=False,
    url="https://chotto.news/sakura-internets-cloud-service-terms-change-a-simple-explanation-that-ordinary-users-can-understand",
    orig=dt.datetime(2025, 9, 22, 14, 0, 0), target=27, tzh=9,
    dates={"eff": dt.datetime(2025, 10, 23)},
    deadline=None,
    sender=("さくらインターネット", "info@sakura.ad.jp"),
    to=("港湾MSP クラウド担当", "cloud-jp@harbor-msp.example"),
    subject=lambda D: "【さくらのクラウド】約款改定のお知らせ",
    text=lambda D: f"""さくらのクラウドをご利用のお客様

平素よりさくらのクラウドをご利用いただき、誠にありがとうございます。

このたび、{cjk(D['eff'])}より「さくらのクラウド サービス約款」を改定いたします。
主な変更点は次のとおりです。

1. 開発段階のサービス区分の追加
   従来の「β版」に加え、正式版に近い段階のサービスとして「コミットメント
   リリース版（CR版）」を新設します。
2. β版・CR版の取り扱いの明確化
   β版およびCR版におけるデータの取り扱い、監視・セキュリティ対応の範囲、
   当社の責任範囲を明記します。
3. その他、文言の整理

改定後の約款および新旧対照表は、当社ウェブサイトの「約款・規約」ページに掲載
しています。

本改定に伴い、お客様にお手続きいただく必要はございません。

今後ともさくらのクラウドをよろしくお願いいたします。

さくらインターネット株式会社
""")

# 36 --------------------------------------------------------------- SAKURA internet (Japanese)
notice(
    key="sakura-cloud-cp-login-maintenance", lang="Japanese", provider="SAKURA internet",
    label="maintenance", phishing=False,
    url="https://cloud.sakura.ad.jp/news/2015/01/20/201501-cp-login",
    orig=dt.datetime(2015, 1, 20, 15, 0, 0), target=21, tzh=9,
    dates={"change": dt.datetime(2015, 1, 27, 14, 0)},
    deadline="change",
    sender=("さくらのクラウド", "cloud-info@sakura.ad.jp"),
    to=("港湾MSP クラウド担当", "cloud-jp@harbor-msp.example"),
    subject=lambda D: "【さくらのクラウド】コントロールパネルのログイン方式変更およびメンテナンスのお知らせ",
    text=lambda D: f"""さくらのクラウドをご利用のお客様

平素よりさくらのクラウドをご利用いただき、誠にありがとうございます。

{D['change'].month}月{D['change'].day}日より、コントロールパネルの管理方式を変更し、ログインに使用する
ユーザ／パスワード情報と、リソースを管理するスペース（アカウント）を分離いた
します。これにより、複数の担当者でパスワードを共有することなく、ユーザごとに
個別のログイン情報を割り当てられるようになります。

■ 実施日時
機能実装：{cjk(D['change'])}（{JA_WD[D['change'].weekday()]}）15:30
メンテナンス：同日 14:00～15:30
メンテナンス中はコントロールパネルをご利用いただけません。稼働中のサーバや
ディスクへの影響はございません。

■ 既存アカウントの移行
実装日時より前から設定済みのアカウントは、自動的に「ユーザ」と「アカウント」を
分離した状態へ移行されます。API キーや障害通知先メールアドレスなどはアカウント
単位の設定のため、新たなお手続きは不要です。請求もこれまでどおりアカウント
単位で集計されます。

■ ログイン手順の変更
実装後はログイン手順が変わり、管理者画面に役割設定などの機能が追加されます。
詳しくはマニュアルの「ログインユーザ・役割設定」をご覧ください。

さくらインターネット株式会社
""")


# ---------------------------------------------------------------- building
def shifted(n):
    target = dt.date(YEAR, MONTH, n["target"])
    delta = target - n["orig"].date()
    if delta.days % 7 != 0:
        raise SystemExit(f"{n['key']}: offset {delta.days} days does not keep the weekday")
    D = {k: v + delta for k, v in n["dates"].items()}
    D["sent"] = n["orig"] + delta
    return D


def text_to_html(text, subject):
    blocks = [b for b in text.strip("\n").split("\n\n")]
    out = ["<html>", "<head><meta charset=\"utf-8\"><title>%s</title></head>" % html.escape(subject),
           "<body style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px\">"]
    for b in blocks:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in b.split("\n")) + "</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def charset_for(text, lang):
    if is_ascii(text):
        return "us-ascii"
    c = Charset("utf-8")
    if lang in ("Japanese", "Chinese"):
        c.body_encoding = BASE64
    else:
        c.body_encoding = QP
    c.header_encoding = BASE64 if lang in ("Japanese", "Chinese") else QP
    return c


def part(text, subtype, lang):
    return MIMEText(text, subtype, charset_for(text, lang))


def hdr(s, name="Subject"):
    return s if is_ascii(s) else Header(s, "utf-8", header_name=name)


def build(i, n):
    D = shifted(n)
    tzinfo = tz(n["tzh"])
    sent = D["sent"].replace(tzinfo=tzinfo)
    subject = n["subject"](D)
    body = n["text"](D)
    if n.get("html_only"):
        msg = part(body, "html", n["lang"])
        bodies = {"text/html": body}
    elif n.get("html"):
        msg = MIMEMultipart("alternative")
        msg.set_boundary("=_%s_%02d_%s" % (NAME, i, hashlib.sha1(n["key"].encode()).hexdigest()[:16]))
        h = text_to_html(body, subject)
        msg.attach(part(body, "plain", n["lang"]))
        msg.attach(part(h, "html", n["lang"]))
        bodies = {"text/plain": body, "text/html": h}
    else:
        msg = part(body, "plain", n["lang"])
        bodies = {"text/plain": body}
    sname, saddr = n["sender"]
    tname, taddr = n["to"]
    msg["From"] = formataddr((sname, saddr), charset="utf-8")
    msg["To"] = formataddr((tname, taddr), charset="utf-8")
    msg["Subject"] = hdr(subject)
    msg["Date"] = format_datetime(sent)
    dom = saddr.split("@", 1)[1]
    h = hashlib.sha1(f"{NAME}-{i}-{n['key']}".encode()).hexdigest()[:20]
    msg["Message-ID"] = f"<{h}.{i:02d}@{dom}>"
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    deadline = "none"
    if n["deadline"]:
        deadline = iso(D[n["deadline"]])
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = deadline
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    meta = dict(subject=subject, label=n["label"], deadline=deadline, phishing=n["phishing"],
                date=sent, bodies=bodies, lang=n["lang"], provider=n["provider"], url=n["url"],
                key=n["key"])
    return msg, meta


def serialize(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(msg, linesep="\n")
    raw = buf.getvalue()
    lines = raw.split(b"\n")
    out = []
    for line in lines:
        if re.match(rb">*From ", line):
            line = b">" + line
        out.append(line)
    return b"\n".join(out)


def write_mbox(msgs):
    with open(MBOX, "wb") as f:
        for msg, meta in msgs:
            stamp = meta["date"].astimezone(dt.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")
            f.write(b"From MAILER-DAEMON " + stamp.encode() + b"\n")
            body = serialize(msg)
            if not body.endswith(b"\n"):
                body += b"\n"
            f.write(body + b"\n")


def read_mbox():
    with open(MBOX, "rb") as f:
        data = f.read()
    msgs, cur = [], None
    prev_blank = True
    for line in data.split(b"\n"):
        if line.startswith(b"From ") and prev_blank:
            if cur is not None:
                msgs.append(cur)
            cur = []
        else:
            if cur is None:
                raise ValueError("mbox does not start with a From line")
            m = re.match(rb">(>*From )", line)
            if m:
                line = line[1:]
            cur.append(line)
        prev_blank = (line == b"")
    if cur is not None:
        msgs.append(cur)
    out = []
    for lines in msgs:
        while lines and lines[-1] == b"":
            lines.pop()
        out.append(message_from_bytes(b"\n".join(lines) + b"\n", policy=policy.default))
    return out


def norm(s):
    return s.replace("\r\n", "\n")


def check(metas):
    problems = []
    parsed = read_mbox()
    if len(parsed) != len(metas):
        problems.append(f"expected {len(metas)} messages, read {len(parsed)}")
        return problems
    for i, (m, meta) in enumerate(zip(parsed, metas), 1):
        tag = f"#{i} {meta['key']}"
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                  "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                problems.append(f"{tag}: missing header {h}")
        for k, v in m.raw_items():
            if not is_ascii(str(v)):
                problems.append(f"{tag}: non-ASCII raw header {k}")
        label = str(m["X-Training-Label"])
        if label not in LABELS:
            problems.append(f"{tag}: unknown label {label}")
        if label != meta["label"]:
            problems.append(f"{tag}: label changed")
        dl = str(m["X-Training-Deadline"])
        date = parsedate_to_datetime(str(m["Date"]))
        if date != meta["date"]:
            problems.append(f"{tag}: date changed")
        if (date.year, date.month) != (YEAR, MONTH):
            problems.append(f"{tag}: date outside {YEAR}-{MONTH:02d}")
        if dl != meta["deadline"]:
            problems.append(f"{tag}: deadline changed")
        if dl != "none":
            try:
                d = dt.date.fromisoformat(dl)
            except ValueError:
                problems.append(f"{tag}: bad deadline {dl}")
            else:
                if d < date.date():
                    problems.append(f"{tag}: deadline {dl} before Date {date.date()}")
        ph = m["X-Training-Phishing"]
        if meta["phishing"] and str(ph) != "yes":
            problems.append(f"{tag}: phishing header missing")
        if not meta["phishing"] and ph is not None:
            problems.append(f"{tag}: unexpected phishing header")
        if str(m["Subject"]) != meta["subject"]:
            problems.append(f"{tag}: subject changed: {m['Subject']!r}")
        got = {}
        for p in m.walk():
            if p.get_content_maintype() == "text":
                got[p.get_content_type()] = norm(p.get_content())
                cte = str(p.get("Content-Transfer-Encoding", "7bit")).lower()
                if meta["lang"] in ("Japanese", "Chinese") and cte != "base64":
                    problems.append(f"{tag}: CJK body not base64")
                if meta["lang"] not in ("Japanese", "Chinese"):
                    payload = p.get_payload(decode=True).decode("utf-8")
                    if not is_ascii(payload) and cte != "quoted-printable":
                        problems.append(f"{tag}: non-ASCII body not quoted-printable")
        if got != {k: norm(v) for k, v in meta["bodies"].items()}:
            problems.append(f"{tag}: body changed")
        main = meta["bodies"].get("text/plain") or meta["bodies"].get("text/html")
        nlines = len(main.strip("\n").split("\n"))
        if not 8 <= nlines <= 40:
            problems.append(f"{tag}: body has {nlines} lines")
    # mix
    labels = [x["label"] for x in metas if not x["phishing"]]
    cnt = {l: labels.count(l) for l in LABELS}
    crit = cnt["abuse"] + cnt["security-incident"]
    nph = sum(1 for x in metas if x["phishing"])
    mins = {"action-required": 6, "maintenance": 3, "pricing": 2, "billing": 2,
            "informational": 3, "security-advisory": 1}
    if len(metas) != 36:
        problems.append(f"{len(metas)} notices instead of 36")
    if crit < 11:
        problems.append(f"only {crit} critical notices")
    for l, v in mins.items():
        if cnt[l] < v:
            problems.append(f"only {cnt[l]} {l}")
    if nph != 3:
        problems.append(f"{nph} phishing mails instead of 3")
    langs = [x["lang"] for x in metas]
    want = {"English": 14, "German": 6, "French": 5, "Chinese": 5, "Japanese": 6}
    for l, v in want.items():
        if langs.count(l) != v:
            problems.append(f"{langs.count(l)} {l} notices instead of {v}")
    urls = [x["url"] for x in metas]
    if len(set(urls)) != len(urls):
        problems.append("a source URL is used twice")
    return problems


def write_readme(metas):
    labels = [x["label"] for x in metas if not x["phishing"]]
    order = ["abuse", "security-incident", "action-required", "security-advisory",
             "maintenance", "pricing", "billing", "informational"]
    langs = [x["lang"] for x in metas]
    providers = sorted({x["provider"] for x in metas})
    lines = [
        f"# Validation batch {NAME}",
        "",
        "36 labelled e-mail notices as received by a managed-service provider working in",
        "Europe and Asia, all dated November 2028. Every notice follows one public original",
        "(listed below and in `used-sources.txt`), rewritten in new words, with names, ids,",
        "hosts, customer domains (`.example`) and IP addresses (documentation ranges) replaced.",
        "Each notice was moved into November 2028 by one day offset that keeps the weekday;",
        "the same offset was applied to every date inside the notice.",
        "",
        "Labels are carried in `X-Training-Label`, `X-Training-Deadline` and, for phishing,",
        "`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).",
        "",
        f"Generated by `set_{NAME}.py` (Python 3, standard library only): it writes",
        f"`set-{NAME}.mbox` (mboxo), re-reads and checks it, and writes this file.",
        "",
        "## Counts",
        "",
        "| label | notices (without phishing) |",
        "|---|---|",
    ]
    for l in order:
        lines.append(f"| {l} | {labels.count(l)} |")
    lines += [
        f"| phishing (labelled billing) | {sum(1 for x in metas if x['phishing'])} |",
        f"| **total** | {len(metas)} |",
        "",
        f"Critical (abuse + security-incident, without phishing): "
        f"{labels.count('abuse') + labels.count('security-incident')}",
        "",
        "Languages: " + ", ".join(f"{l} {langs.count(l)}" for l in
                                  ["English", "German", "French", "Chinese", "Japanese"]),
        "",
        "Providers: " + ", ".join(providers),
        "",
        "## Notices",
        "",
        "| # | label | deadline | provider | phishing | language | original URL |",
        "|---|---|---|---|---|---|---|",
    ]
    for i, x in enumerate(metas, 1):
        lines.append(f"| {i} | {x['label']} | {x['deadline']} | {x['provider']} | "
                     f"{'yes' if x['phishing'] else 'no'} | {x['lang']} | {x['url']} |")
    with open(README, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(SOURCES, "w", encoding="utf-8") as f:
        f.write("\n".join(x["url"] for x in metas) + "\n")


def main():
    built = [build(i, n) for i, n in enumerate(N, 1)]
    built.sort(key=lambda mm: (mm[1]["date"].astimezone(dt.timezone.utc), mm[1]["key"]))
    write_mbox(built)
    metas = [m for _, m in built]
    problems = check(metas)
    write_readme(metas)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
