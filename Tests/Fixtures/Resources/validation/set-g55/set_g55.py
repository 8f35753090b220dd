#!/usr/bin/env python3
"""Generate validation batch g55: 36 labelled cloud-provider notices (March 2029).

AWS and the large clouds (AWS, Google Cloud, Azure/Microsoft, Oracle, IBM, Alibaba):
deprecations with deadlines, abuse and compromise, exposed keys, maintenance,
pricing, billing, advisories.  5 Japanese notices, 1 German, the rest English;
3 of them phishing.  Standard library only, deterministic.  Writes set-g55.mbox,
README.md and used-sources.txt next to this script, re-reads the mbox and checks
it.  Exit status 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import mailbox
import os
import sys
from email.headerregistry import Address
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))

class KeptSections:
    """Writes a README, keeping the sections added once the batch was scored ("## Scored at arrival" on)."""

    def __init__(self, path):
        self.path, self.parts = path, []

    def __enter__(self):
        return self

    def write(self, text):
        self.parts.append(text)

    def __exit__(self, *exc):
        text = "".join(self.parts)
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as fh:
                old = fh.read()
            mark = old.find("\n## Scored at arrival")
            if mark >= 0:
                text = text.rstrip("\n") + "\n\n" + old[mark + 1:]
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return False

NAME = "g55"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 3)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

UTC = dt.timezone.utc
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))
JST = dt.timezone(dt.timedelta(hours=9))
CST = dt.timezone(dt.timedelta(hours=8))
CET = dt.timezone(dt.timedelta(hours=1))

JA_WD = "月火水木金土日"
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_MON3 = [m[:3] for m in EN_MON]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]


def fmts(key, d):
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    w = d.weekday()
    hour12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return {
        key + "_jp": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_jpw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, JA_WD[w]),
        key + "_md": "%d月%d日" % (d.month, d.day),
        key + "_jphm": "%d:%02d" % (d.hour, d.minute),
        key + "_en": "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[d.month - 1], d.day, d.year),
        key + "_ens": "%s %d, %d" % (EN_MON3[d.month - 1], d.day, d.year),
        key + "_de": "%d. %s %d" % (d.day, DE_MON[d.month - 1], d.year),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_hm": d.strftime("%H:%M"),
        key + "_isot": d.strftime("%Y-%m-%d %H:%M"),
        key + "_isotz": d.strftime("%Y-%m-%dT%H:%M:%SZ"),
        key + "_us": "%d/%d/%d %d:%02d %s" % (d.month, d.day, d.year, hour12, d.minute, ampm),
        key + "_dmy": "%02d.%02d.%d" % (d.day, d.month, d.year),
    }


def month_offset(send):
    """Offset (a whole number of weeks) that moves `send` into MONTH keeping the weekday."""
    y, m = MONTH
    best = None
    day = dt.date(y, m, 1)
    while day.month == m:
        if day.weekday() == send.weekday():
            score = abs(day.day - send.day)
            if best is None or score < best[0]:
                best = (score, day)
        day += dt.timedelta(days=1)
    off = best[1] - send.date()
    assert off.days % 7 == 0
    return off


def add_business_days(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


N = []


def notice(**kw):
    kw.setdefault("html", False)
    kw.setdefault("rel", None)
    kw.setdefault("phishing", False)
    N.append(kw)

# ---------------------------------------------------------------- AWS (8)
notice(
    lang="en", label="action-required", provider="AWS",
    url="https://github.com/aws/aws-cdk/pull/14057",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="platform-ops@larchmont-analytics.example",
    subject="[Action Required] AWS Lambda is ending support for Python 2.7 on {eos_en}",
    dates={"sd": dt.datetime(2021, 4, 8, 9, 12, tzinfo=PDT),
           "ext": dt.date(2021, 6, 1), "eos": dt.date(2021, 7, 15),
           "upd": dt.date(2021, 9, 30)},
    deadline="eos",
    body="""Hello,

Q: What is changing?
A: AWS Lambda will stop supporting the Python 2.7 runtime on {eos_en}.

The Python project itself stopped maintaining 2.7 a while ago, and many
widely used libraries dropped it at the same time. We already gave
customers extra time by keeping the runtime available until {ext_en}.

Q: What does end of support mean for my functions?
A: From {eos_en}, Lambda no longer ships security patches or other
updates for the Python 2.7 runtime, AWS Support will no longer help with
functions that use it, and you will not be able to create new functions
on it. From {upd_en}, existing Python 2.7 functions can no longer be
updated either. Invocations are not blocked.

Q: Why am I receiving this?
A: Account 583920174466 has at least one Lambda function that still uses
the python2.7 runtime, for example:
  arn:aws:lambda:us-east-1:583920174466:function:nightly-export

Q: What should I do?
A: Move these functions to Python 3.8 before {eos_en}. The AWS CLI can
list affected functions region by region:
  aws lambda list-functions --region us-east-1 \\
    --query "Functions[?Runtime=='python2.7'].FunctionArn"

Questions can go to AWS Support.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", provider="AWS (GovCloud)",
    url="https://github.com/cloud-gov/product/issues/1663",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="dbadmins@civic-records.example",
    subject="Rotate your Amazon RDS SSL/TLS certificates before {exp_en}",
    dates={"sd": dt.datetime(2022, 1, 10, 14, 3, tzinfo=PST), "exp": dt.date(2022, 5, 18)},
    deadline="exp",
    body="""Hello,

This message concerns Amazon RDS and Amazon Aurora database instances
that your account runs in the US-GOV-WEST-1 Region. If any application
reaches these instances over SSL/TLS, you must act before {exp_en}
or new connections will start to fail.

Database clients check a time-limited server certificate that is issued
by a certificate authority (CA). AWS replaces that CA on a regular
schedule, and the CA your instances use today expires on {exp_en}.

Before that date, please:
  1. Add the new CA bundle to the trust store of every client
     application that validates the server certificate.
  2. Switch each affected DB instance to the newly issued
     rds-ca-rsa4096-g1 certificate.

Step-by-step instructions for RDS [1] and for Aurora [2] are in the
documentation. Test the change in a staging environment first; moving
an instance to the new certificate requires a restart.

After {exp_en}, clients that verify certificates will be unable to
connect to instances that were not updated.

[1] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html
[2] https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/UsingWithRDS.SSL-certificate-rotation.html

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", provider="AWS",
    url="https://github.com/aws/aws-cdk/pull/26899",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="cloud@quayside-logistics.example",
    subject="[Action Required] AWS Lambda end of support for the Go 1.x runtime",
    dates={"sd": dt.datetime(2023, 8, 25, 10, 41, tzinfo=PDT),
           "eos": dt.date(2023, 12, 31), "upd": dt.date(2024, 1, 30)},
    deadline="eos",
    body="""Hello,

Our records show that AWS account 274019385562 runs one or more Lambda
functions on the Go 1.x (go1.x) runtime.

Lambda is retiring the go1.x runtime together with the end of maintenance
for the Amazon Linux AMI on {eos_en}. Go remains fully supported
through the provided.al2 runtime, which also runs on Graviton2 (arm64),
produces smaller deployment packages and has a shorter invoke path.

Following the Lambda runtime support policy, retirement happens in two
steps:
- From {eos_en}, go1.x receives no more security patches, is no longer
  covered by technical support, and cannot be used for new functions.
- From {upd_en}, functions that still use go1.x can no longer be
  updated.

Please move your Go functions to provided.al2 before {eos_en}.
Running functions keep working after that date, but on a runtime that
nobody patches.

To find affected functions in one region with the AWS CLI:
  aws lambda list-functions --region eu-west-1 --output text \\
    --query "Functions[?Runtime=='go1.x'].FunctionArn"
Repeat the command for every region you use.

A migration walkthrough is available on the AWS Compute Blog. For further
help, contact AWS Support.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", provider="AWS",
    url="https://github.com/wellcomecollection/platform/issues/5785",
    frm=("Amazon RDS", "no-reply-aws@amazon.com"),
    to="data-platform@harbourside-museum.example",
    subject="Upgrade required: Aurora MySQL version 2 reaches end of standard support",
    dates={"sd": dt.datetime(2024, 10, 2, 8, 30, tzinfo=PDT), "eoss": dt.date(2024, 10, 31)},
    deadline="eoss",
    body="""Hello,

Two Aurora MySQL clusters in your account (AWS account 660318247915,
region eu-west-2) use a DB engine version that is about to leave
standard support:

  identity-minter-db      Aurora MySQL 2.11.2 (MySQL 5.7 compatible)
  tei-adapter-db          Aurora MySQL 2.11.2 (MySQL 5.7 compatible)

Please upgrade both clusters to Aurora MySQL version 3 (MySQL 8.0
compatible), the current default, before {eoss_en}.

Clusters that have not been upgraded by then are enrolled in RDS
Extended Support automatically, and Extended Support is billed as an
additional charge on top of your normal usage.

You can start the upgrade at any time from the RDS console, the AWS CLI
or the API. We recommend taking a snapshot first and testing the
upgrade on a copy of each cluster.

For the release calendar and upgrade guidance, see the Aurora MySQL
documentation.

Thank you,
Amazon RDS""")

notice(
    lang="en", label="action-required", provider="AWS",
    url="https://github.com/alandtse/alexa_media_player/issues/1601",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="smarthome@kestrel-lane.example",
    subject="AWS Lambda: Python 3.6 runtime reaching end of support",
    dates={"sd": dt.datetime(2022, 5, 19, 11, 5, tzinfo=PDT),
           "eol": dt.date(2021, 12, 23), "p1": dt.date(2022, 7, 18), "p2": dt.date(2022, 8, 17)},
    deadline="p2",
    body="""Hello,

AWS account 418820593307 has at least one Lambda function that runs on
the Python 3.6 runtime. Support for this runtime in Lambda is ending,
because the Python community stopped maintaining 3.6 on {eol_en}.

Lambda ends support for a language runtime in two stages:
- From {p1_en}: no more security patches or other updates for the
  runtime, no technical support for functions that use it, and no new
  functions can be created with it.
- From {p2_en}: existing Python 3.6 functions can no longer be
  updated.

Please move these functions to Python 3.9 before {p2_en}.

Your functions will keep running after these dates, but on a runtime
that the Lambda team no longer maintains.

To list affected functions in one region (repeat for each region):
  aws lambda list-functions --function-version ALL --region us-east-1 \\
    --output text --query "Functions[?Runtime=='python3.6'].FunctionArn"

For help, please contact AWS Support.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="abuse", provider="AWS",
    url="https://github.com/hystax/optscale/issues/60",
    frm=("AWS Trust & Safety", "ec2-abuse@amazon.com"),
    to="infra@brightwell-finops.example",
    subject="Your Amazon EC2 Abuse Report [{sd_iso}]",
    dates={"sd": dt.datetime(2023, 7, 27, 16, 52, tzinfo=UTC),
           "act": dt.datetime(2023, 7, 26, 21, 14, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

We have received one or more reports about the following AWS resources:

AWS ID: 738204915562    Region: us-east-2    EC2 Instance Id: i-0c4e19a27b5d3f680
AWS ID: 738204915562    Region: us-east-2    Network Interface Id: eni-07f2a6c91e4b58d3a

The reported traffic looks like scanning of remote hosts on the
internet for security weaknesses. This kind of activity is not allowed
under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). The
original report is copied below.

We can see that the instance is currently stopped, so it cannot reach
other hosts at the moment. Stopping it does not close this abuse case.

Please stop the activity and reply to this email describing what you
changed. If you believe the traffic is legitimate, reply with details
of your use case instead.

If you did not start this activity yourself, your instance may have
been taken over, or software on it may be behaving in a way you did not
intend.

--- original report ---
Source IP: 198.51.100.27
Destination: 203.0.113.0/24, ports 22, 80, 443, 6379
First seen: {act_isot} UTC
Reporter note: sequential probes against the whole range, repeated
several times an hour.

Regards,
AWS Trust & Safety""")

notice(
    lang="en", label="abuse", provider="AWS",
    url="https://github.com/ThreatResponse/aws_ir/issues/54",
    frm=("Amazon EC2 Abuse", "ec2-abuse@amazon.com"),
    to="security@pinecrest-media.example",
    subject="Amazon EC2 abuse notice: denial of service from your instance",
    dates={"sd": dt.datetime(2017, 6, 22, 18, 20, tzinfo=UTC),
           "ev": dt.datetime(2017, 6, 21, 12, 0, tzinfo=PDT)},
    deadline=None,
    body="""Hello,

Our threat detection systems have flagged an EC2 instance in your account
as the source of traffic that resembles a denial of service attack
against a third party.

AWS account: 905128347716
Region: us-east-1
Instance: i-0f3a9be2174c6d058

Detection record (type, instance, time, target, protocol, source port,
destination port, region):

  DOS,i-0f3a9be2174c6d058,{ev_isot} PDT,192.0.2.44,TCP,*,80,us-east-1

Traffic of this kind breaks the AWS Acceptable Use Policy. Please find
out what process on the instance is generating it, stop it, and reply
to this message with the steps you took.

If you did not intend this traffic, the instance may be compromised. In
that case we suggest isolating it, taking a snapshot for your own
investigation and replacing it with a clean build.

Regards,
Amazon EC2 Abuse Team""")

notice(
    lang="en", label="security-incident", provider="AWS",
    url="https://github.com/aws/aws-health-tools/pull/97",
    frm=("AWS Health", "health@aws.com"),
    to="secops@marlowe-instruments.example",
    subject="[AWS Health] Issue: AWS_RISK_CREDENTIALS_COMPROMISE_SUSPECTED",
    dates={"sd": dt.datetime(2023, 8, 9, 13, 27, tzinfo=UTC)},
    deadline=None,
    html=True,
    body="""AWS Health Event

Service: RISK
Event type: AWS_RISK_CREDENTIALS_COMPROMISE_SUSPECTED
Category: issue
Region: global
Account: 319550284076
Status: open

Description
We have seen activity in your account that suggests the following IAM
access key may be in the hands of someone other than you:

  Access key: AKIA3EXAMPLEQ7RM2KD4 (IAM user: ci-deploy)

The calls came from network locations this key has never used before,
and included attempts to enumerate IAM users and S3 buckets.

What you should do now:
- Deactivate the key and create a replacement for the workloads that
  still need it.
- Review CloudTrail for actions taken with the key and undo anything
  you do not recognise (new users, roles, policies or instances).
- Check the bill for unexpected charges in every region.
- Turn on MFA for the root user and for IAM users with console access.

Affected resources are listed on the 'Affected resources' tab of your
AWS Health Dashboard.

This notification was sent to the security contact on file for the
account.""")

# ---------------------------------------------------------------- Azure / Microsoft (8)
notice(
    lang="en", label="action-required", provider="Microsoft Azure",
    url="https://github.com/azure-deprecation/dashboard/issues/9",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="api-team@saltmarsh-retail.example",
    subject="Classic API Management Analytics will be retired on {ret_en}",
    dates={"sd": dt.datetime(2019, 5, 16, 17, 0, tzinfo=UTC), "ret": dt.date(2019, 5, 31)},
    deadline="ret",
    body="""You're receiving this email because you use Azure API Management.

On {ret_en}, we are retiring the classic Analytics experience of Azure
API Management. The analytics reports in the publisher portal will be
removed completely on that date.

Who is affected
Every API Management instance in the Developer, Basic, Standard or
Premium tier. Your subscription contains the following instance:
  apim-saltmarsh-prod (Standard, West Europe)

What you need to do
If you still open the classic Analytics reports, switch to the newer
Analytics view that is built into the Azure portal: open your API
Management instance and select Analytics in the resource menu. You no
longer need to move between the Azure portal and the publisher portal
to see usage data.

Please make the switch before {ret_en}. After that date the classic
reports will no longer be available.

Questions? Ask the community on Microsoft Q&A, or open a support
request from the Azure portal if you have a support plan.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

notice(
    lang="en", label="action-required", provider="Microsoft Azure",
    url="https://github.com/azure-deprecation/dashboard/issues/17",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="video-eng@northgate-broadcast.example",
    subject="Action required: migrate off the legacy Azure Media Services encoders",
    dates={"sd": dt.datetime(2019, 9, 6, 16, 30, tzinfo=UTC), "ret": dt.date(2019, 11, 30)},
    deadline="ret",
    body="""You're receiving this email because your Azure subscription uses
Azure Media Services.

Over the past years the encoding features of Media Services have moved
to Media Encoder Standard (MES) and Media Encoder Premium Workflow
(MEPW). Both offer more capabilities, better reliability and
performance, and lower prices than the older components.

The two legacy encoders, Windows Azure Media Encoder (WAME) and Azure
Media Encoder (AME), are built on older technology and will be retired
on {ret_en}.

Required action
Update any code or workflow that still submits jobs to WAME or AME so
that it uses MES or MEPW instead, and complete the change before
{ret_en}. Migration guides for both encoders are available in the
Media Services documentation.

Impact
After {ret_en}, encoding jobs sent to WAME or AME will fail.

Media Services account: northgatemedia01 (North Europe)

If you have questions, contact us through Microsoft Q&A or open a
support request in the Azure portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

notice(
    lang="en", label="action-required", provider="Microsoft Azure",
    url="https://github.com/MicrosoftDocs/azure-docs/pull/119800",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="sre@lumen-ticketing.example",
    subject="Support for TLS 1.0 and 1.1 on Azure Cache for Redis ends on {end_en}",
    dates={"sd": dt.datetime(2024, 2, 13, 18, 0, tzinfo=UTC), "end": dt.date(2024, 10, 31)},
    deadline="end",
    html=True,
    body="""Retirement notice

You're receiving this message because one or more of your Azure Cache
for Redis instances still accept TLS 1.0 or TLS 1.1 connections.

On {end_en}, Azure Cache for Redis will stop supporting TLS 1.0 and
1.1. From that date, every cache will require TLS 1.2 or later.

Affected caches in subscription 9c41e7d2-58a0-4b3f-a6e1-0f27c8d3b915:
  redis-lumen-sessions   (Minimum TLS version: 1.0)
  redis-lumen-queue      (Minimum TLS version: 1.1)

What to do before {end_en}
1. Check that every client library that connects to these caches
   negotiates TLS 1.2.
2. Set Minimum TLS version to 1.2 under Advanced settings for each
   cache, and confirm that your applications still connect.

Caches left on an older minimum version will be moved to TLS 1.2 on
that date, and clients that cannot use TLS 1.2 will be unable to
connect.

Guidance: Remove TLS 1.0 and 1.1 from use with Azure Cache for Redis
(learn.microsoft.com).

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

notice(
    lang="en", label="security-incident", provider="Microsoft Azure (Defender for Cloud)",
    url="https://github.com/Azure/Microsoft-Defender-for-Cloud/issues/142",
    frm=("Microsoft Defender for Cloud", "defender-noreply@microsoft.com"),
    to="security-team@ferrowood-labs.example",
    subject="Medium severity alert: Potential malware uploaded to a storage account",
    dates={"sd": dt.datetime(2020, 6, 24, 0, 41, tzinfo=UTC),
           "det": dt.datetime(2020, 6, 23, 23, 40, tzinfo=UTC)},
    deadline=None,
    html=True,
    body="""Microsoft Defender for Cloud has detected suspicious activity on one of
your resources.

Alert: Potential malware uploaded to a storage account
Severity: Medium
Detected: {det_isot} UTC
Subscription: 3f8e21a4-7c55-4d09-b1e2-6a90d4c7e318
Resource: stferrowooduploads (Storage account, resource group rg-intake)
Compromised entity: stferrowooduploads

What happened
A blob uploaded to this storage account matches the hash of a known
malicious file. Someone with access to the account may be using it to
store or spread malware.

Recommended steps
- Delete the malicious blob from the storage account.
- Restrict who can reach the account, following least privilege.
- Revoke any storage access tokens (SAS tokens or keys) that may have
  leaked, and make sure tokens are only shared with authorised users.
- Keep access tokens in Azure Key Vault rather than in source code,
  documentation or email.

View the full alert in the Defender for Cloud portal.

You are receiving this email because you are listed as a security
contact for this subscription.""")

notice(
    lang="en", label="security-incident", provider="Microsoft Azure (Defender for Cloud)",
    url="https://learn.microsoft.com/hr-hr/azure/defender-for-cloud/alerts-azure-network-layer",
    frm=("Microsoft Defender for Cloud", "defender-noreply@microsoft.com"),
    to="itsec@orchard-freight.example",
    subject="Your machine may be compromised: malware communication detected",
    dates={"sd": dt.datetime(2029, 3, 20, 3, 17, tzinfo=UTC),
           "det": dt.datetime(2029, 3, 20, 1, 52, tzinfo=UTC)},
    deadline=None,
    body="""Microsoft Defender for Cloud raised a security alert for a resource in
your subscription.

Alert: Possible compromised machine detected
(Network_ResourceIpIndicatedAsMalicious)
Severity: Medium
Time: {det_isot} UTC
Subscription: 7b02c9e1-44d3-4a6f-9e58-2d1a60f3c874
Resource: vm-orchard-build02 (Virtual machine, West Europe)
Machine IP: 198.51.100.141

Description
Threat intelligence indicates that this machine may have been infected
by Conficker-family malware. Network traffic analysis also shows
connections from the machine to an address that is possibly a command
and control server.

What to do
1. Isolate the virtual machine from the network.
2. Run a full antimalware scan and review recent logons and processes.
3. If the infection is confirmed, rebuild the machine from a known good
   image and rotate every credential that was stored on it.
4. Review other machines in the same virtual network for similar
   behaviour.

Open the alert in the Defender for Cloud portal to see the related
network flows and the MITRE tactic (Command and Control).

You are receiving this email because you are a security contact for
this subscription.""")

notice(
    lang="en", label="security-incident", provider="Microsoft Entra ID (Azure AD)",
    url="https://github.com/MicrosoftDocs/azure-docs/issues/63389",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="globaladmin@tidewater-college.example",
    subject="Users at risk detected",
    dates={"sd": dt.datetime(2020, 9, 28, 7, 45, tzinfo=UTC)},
    deadline=None,
    body="""Azure AD Identity Protection

Users at risk detected

We detected that at least one user in your tenant
(tidewater-college.example) is at risk. At least one of the user risk
detections below is rated at or above the alert level your organisation
has chosen (High).

User                          Risk level   Detection
a.mbeki@tidewater-college.example   High   Leaked credentials
r.ostrowski@tidewater-college.example   High   Unfamiliar sign-in properties

A user at risk may have had their credentials stolen. Until the risk is
remediated, these accounts should be treated as compromised.

Recommended actions
- Review the users on the Risky users report in the Azure portal.
- Require a secure password change for each user, or block sign-in
  until the password has been reset.
- Check sign-in logs for activity that the users do not recognise.
- Confirm or dismiss the risk once you have investigated.

You receive this alert because you hold the Global administrator role.
Alert settings can be changed under Identity Protection > Users at risk
detected alerts.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

notice(
    lang="en", label="action-required", provider="Microsoft 365 (impersonated)", phishing=True,
    url="https://intelligence.abnormalsecurity.com/attack-library/phishers-send-fake-microsoft-365-account-verification-request-in-likely-ai-generated-attack",
    frm=("Microsoft 365 Service Team", "account-security@microsoft365-servicecenter.example"),
    to="f.delacroix@oakridge-dental.example",
    subject="Important: Microsoft 365 account verification required",
    dates={"sd": dt.datetime(2029, 3, 6, 14, 22, tzinfo=UTC)},
    deadline=None,
    html=True,
    body="""Microsoft 365

Dear user,

We have recently rolled out new security enhancements and performance
improvements across Microsoft 365 services.

To finish applying these updates to your mailbox, we need you to
confirm your account details. Until your account is verified, access to
your email, contacts and calendar may be interrupted.

Please complete verification using the button below:

  [ Verify Your Account Now ]
  https://m365-verify-portal.example/auth?u=f.delacroix

The process takes less than two minutes.

Thank you for choosing Microsoft 365.

The Microsoft 365 Team
This is an automated notification. Please do not reply.""")

notice(
    lang="en", label="action-required", provider="Microsoft (impersonated)", phishing=True,
    url="https://intelligence.abnormalsecurity.com/attack-library/cybercriminals-send-bogus-microsoft-email-system-update-alert-in-likely-ai-generated-phishing-attack",
    frm=("Microsoft Account Team", "no-reply@ms-accountcare.example"),
    to="accounts@riverbend-partners.example",
    subject="Microsoft Account Critical Update",
    dates={"sd": dt.datetime(2029, 3, 14, 9, 5, tzinfo=UTC)},
    deadline=None,
    html=True,
    body="""Microsoft account

Critical update for your mailbox

A fault in our email delivery system recently caused some legitimate
messages sent to your address to be placed in the junk folder.

Our engineers have fixed the fault. To make sure your mailbox keeps
receiving mail normally and your account is not interrupted, you must
update your Microsoft account settings.

  [ Update Account Now ]
  https://ms-account-update.example/secure/riverbend

If you do not complete the update, some features of your account may
stop working.

Thanks,
The Microsoft account team""")

# ---------------------------------------------------------------- Google Cloud (12)
notice(
    lang="en", label="action-required", provider="Google Cloud (App Engine)",
    url="https://github.com/cdhigh/KindleEar/issues/665",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="owner@paperkite-reader.example",
    subject="[Action Required] App Engine legacy runtimes reach End of Support on {eos_en}",
    dates={"sd": dt.datetime(2023, 10, 25, 11, 30, tzinfo=PDT), "eos": dt.date(2024, 1, 30)},
    deadline="eos",
    html=True,
    body="""Hello,

We're writing to remind you of the lifecycle policy and support schedule
for the language runtimes of the App Engine standard environment. Under
that schedule, several runtimes reach End of Support on {eos_en}.

What do you need to know?
When a runtime reaches End of Support:
- you can no longer create new deployments or redeploy versions that
  use it;
- Google no longer ships security updates or patches for it;
- technical support for that runtime is no longer available.

Runtimes affected include Python 2.7, Java 8 and PHP 5.5.

Your project paperkite-reader (id: paperkite-reader-41872) still serves
a version on the python27 runtime.

What do you need to do?
Move the application to a supported runtime, for example Python 3.12,
before {eos_en}. If your current runtime is close to its End of
Support date, plan the migration now; the migration guides cover the
bundled services that older runtimes depend on.

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""")

notice(
    lang="en", label="action-required", provider="Google Cloud (App Engine)",
    url="https://github.com/skorokithakis/static-appengine-hoster/pull/2",
    frm=("Google Cloud Platform", "CloudPlatform-noreply@google.com"),
    to="webmaster@greyfriars-studio.example",
    subject="App Engine: the Python 2.5 runtime will be disabled on {off_en}",
    dates={"sd": dt.datetime(2017, 4, 13, 10, 0, tzinfo=PDT),
           "off": dt.date(2017, 5, 16), "perm": dt.date(2017, 6, 20)},
    deadline="off",
    body="""Dear App Engine customer,

The Python 2.5 runtime, deprecated some time ago, is being shut down on
App Engine. You are receiving this message because the following
application still serves traffic from a version that uses it:

  Application: greyfriars-static (greyfriars-static.appspot.com)
  Version: 3 (runtime: python)

Timeline
- {off_en}: the Python 2.5 runtime will be disabled. Versions that use
  it will stop serving requests.
- {perm_en}: the runtime will be disabled permanently and such
  versions can no longer be re-enabled.

What you need to do
Update app.yaml to use the python27 runtime with threadsafe set, make
any code changes your application needs, and deploy the new version
before {off_en}. The App Engine documentation has a guide for moving
from Python 2.5 to Python 2.7.

If you no longer need this application, you can disable it from the
Cloud Console and ignore this message.

Sincerely,
The Google Cloud Platform Team""")

notice(
    lang="ja", label="informational", provider="Google Cloud (App Engine)",
    url="https://github.com/XX-net/XX-Net/issues/13866",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="dev@kobayashi-tools.example",
    subject="App Engine スタンダード環境の言語ランタイム ライフサイクル ポリシーのお知らせ",
    dates={"sd": dt.datetime(2023, 2, 10, 9, 15, tzinfo=JST)},
    deadline=None,
    body="""お客様各位

App Engine スタンダード環境（第 1 世代・第 2 世代）の言語ランタイムに
ついて、ライフサイクル ポリシーを新たに定めましたのでお知らせします。

ご確認いただきたいこと
このポリシーでは、各ランタイムがいつまでサポートされるか、また
サポート終了段階に入ったランタイムにどのような影響があるかを
定めています。本ポリシーによって、現在稼働中のワークロードが直ちに
影響を受けることはありません。ただし、サポート終了が近い言語
ランタイムをご利用の場合は影響が生じる可能性があるため、内容を
ご確認いただくことをおすすめします。

推奨事項
第 1 世代・第 2 世代のランタイムのサポート スケジュールをご確認のうえ、
Python 2.7、Java 8、PHP 5.5 など終了が近いランタイムをお使いの
アプリケーションについては、新しいランタイムへの移行をご計画ください。

移行により多くの時間が必要な第 1 世代のお客様には、サービス固有の
利用規約に基づき、サポート終了後のランタイムでのデプロイを組織単位で
再度有効にできる場合があります。

App Engine スタンダード環境をご利用中のプロジェクト:
  kobayashi-tools-web（kobayashi-tools-web-20931）

Google Cloud チーム""")

notice(
    lang="en", label="security-incident", provider="Google Maps Platform",
    url="https://github.com/TamoTamApp/tamotam-app/issues/6",
    frm=("Google Maps Platform", "google-maps-platform-noreply@google.com"),
    to="founders@harbourlight-events.example",
    subject="Secure your Google Maps Platform API keys",
    dates={"sd": dt.datetime(2025, 6, 20, 8, 4, tzinfo=PDT)},
    deadline=None,
    html=True,
    body="""Dear Google Maps Platform customer,

We noticed that your project is calling Google Maps Platform services
with API keys that have no restrictions. Keys like these may already be
publicly exposed, and anyone who finds them can use them.

Project: harbourlight-events (id: harbourlight-events-30177)
Unrestricted keys: 2 (for example AIzaSyEXAMPLE-key-ending-7Qk)

Please review these keys and secure them now. You are responsible for
charges made with unrestricted keys, including usage by unauthorized
third parties. Locking your keys down reduces the risk of unexpected
charges and of a later account suspension.

What do I need to know?
When Maps services are loaded from a public environment such as a
website or a mobile app, each key needs an application restriction so
that it only works from your own site or app. Google generates
restriction recommendations from your past usage and shows them in the
Google Cloud console, where you can apply them in a few clicks.

A key can carry restrictions for one kind of platform only. If a key is
used from several platforms today, split that usage across separate
keys first.

Thank you for building with Google Maps Platform.""")

notice(
    lang="en", label="maintenance", provider="Google (peering / NOC)",
    url="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/google/google8_scheduled_no_end_time.eml",
    frm=("Google NOC", "noc-noreply@google.com"),
    to="peering@meridian-ix.example",
    subject="[Scheduled] Google Planned Network Maintenance Notification - Reference PCR/482913",
    dates={"sd": dt.datetime(2025, 11, 22, 17, 13, tzinfo=UTC),
           "st": dt.datetime(2025, 11, 22, 18, 36, tzinfo=UTC)},
    deadline="st",
    html=True,
    body="""Google Network Maintenance Notification - Reference PCR/482913

This message was sent to: [peering@meridian-ix.example]
Recipients come from the contacts in the Google ISP Portal. You can
change who receives these messages under "Configuration > Contacts" by
editing each user's email subscriptions.

Details:
Start Time: {st_isot}:00 +0000 UTC

Google ASN: 15169    Peer ASN: 64512

Google neighbor address: 2001:db8:4a1::1    Peer neighbor address: 2001:db8:4a1::
Google neighbor address: 192.0.2.81        Peer neighbor address: 192.0.2.80

Google will move traffic away from the affected peering links
automatically before the work starts.

Depending on the work, your BGP session with Google may stay up for the
whole window. Traffic may move to your other sessions with Google or to
your upstream providers.

Questions about this event can be sent to noc@google.com.

Thank you for peering with Google!

CONFIDENTIALITY NOTICE: This message is meant only for the recipients
named above. If you received it in error, please tell the sender and
delete it.""")

notice(
    lang="en", label="maintenance", provider="Google (peering / NOC)",
    url="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/google/google6_completed.eml",
    frm=("Google NOC", "noc-noreply@google.com"),
    to="noc@valleyfiber.example",
    subject="[Completed] Google Planned Network Maintenance Notification - Reference PCR/471266",
    dates={"sd": dt.datetime(2025, 7, 15, 13, 9, tzinfo=UTC),
           "st": dt.datetime(2025, 7, 15, 3, 55, tzinfo=UTC),
           "en": dt.datetime(2025, 7, 15, 14, 5, tzinfo=UTC)},
    deadline=None,
    html=True,
    body="""Google Network Maintenance Notification - Reference PCR/471266 - Completed

This message was sent to: [noc@valleyfiber.example]
Recipients come from the contacts in the Google ISP Portal. You can
change who receives these messages under "Configuration > Contacts".

Details:
Start Time: {st_isot}:00 +0000 UTC
End Time: {en_isot}:00 +0000 UTC
Duration: 10h10m0s

Google ASN: 15169    Peer ASN: 64496

Google neighbor address: 2001:db8:77::1    Peer neighbor address: 2001:db8:77::
Google neighbor address: 198.51.100.9     Peer neighbor address: 198.51.100.8

The maintenance is finished. Google systems will move traffic back onto
these peering links automatically.

Questions about this event can be sent to noc@google.com.

Thank you for peering with Google!

CONFIDENTIALITY NOTICE: This message is meant only for the recipients
named above. If you received it in error, please tell the sender and
delete it.""")

notice(
    lang="ja", label="billing", provider="Google Cloud",
    url="https://note.com/munmun1234/n/n7515fef76041",
    frm=("Google Cloud", "payments-noreply@google.com"),
    to="hiroshi.m@freelance-dev.example",
    subject="お支払いに関する重要なお知らせ",
    dates={"sd": dt.datetime(2020, 5, 1, 6, 12, tzinfo=JST)},
    deadline=None,
    body="""Google Cloud Platform をご利用いただき、ありがとうございます。

お客様の請求先アカウントについて、今月分のご利用料金の請求を
正常に完了することができませんでした。

  請求先アカウント ID：01A7C3-5E92F4-B8D016
  ご請求金額：¥7,912,480
  お支払い方法：クレジットカード（末尾 4417）

考えられる原因
・カード番号や有効期限の入力内容に誤りがある
・カードの有効期限が切れている、または利用限度額を超えている
・カード会社により決済が承認されなかった

お手数ですが、Google Cloud コンソールの［お支払い］ページで
お支払い情報をご確認のうえ、必要に応じて更新してください。
お支払い情報が有効になり次第、未払いの残高をあらためて請求いたします。

ご請求額に心当たりがない場合は、プロジェクトのリソースと
認証情報をご確認のうえ、Cloud Billing サポートまでお問い合わせください。

このメールは、Google Cloud Platform のお支払いに関する重要なお知らせを
受け取る設定のお客様にお送りしています。

Google Cloud チーム""")

notice(
    lang="de", label="action-required", provider="Google Cloud (impersonated)", phishing=True,
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-7355.eml",
    frm=("☁️ GOOGLE CLOUD ☁️", "no-reply@drop7-f1a93.firebaseapp.example"),
    to="kunde@rheinblick-mail.example",
    subject="Ihre Fotos und Videos werden gelöscht – bitte handeln Sie jetzt",
    dates={"sd": dt.datetime(2026, 3, 13, 20, 23, tzinfo=CET)},
    deadline=None,
    html=True,
    body="""Sehr geehrter Kunde,

Ihr Google-Speicherplatz ist vollständig belegt.

Als Dankeschön für Ihre Treue bieten wir Ihnen jetzt 50 GB zusätzlichen
Speicher für nur 2,00 Euro im Jahr an.

Bitte führen Sie das Upgrade durch, bevor Dateien aus Ihrem Google
Drive entfernt werden. Nur mit mehr Speicherplatz können Sie Ihr
Google-Konto weiterhin ohne Einschränkungen nutzen.

  [ Jetzt upgraden ]
  https://speicher-upgrade-cloud.example/de/angebot

Mit freundlichen Grüßen
Ihr Google-Team

Abmelden""")

notice(
    lang="en", label="pricing", provider="Google Cloud",
    url="https://github.com/hail-is/hail/issues/13784",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="billing-admin@cedarvale-genomics.example",
    subject="Upcoming price change for external IP addresses on {eff_en}",
    dates={"sd": dt.datetime(2023, 10, 5, 12, 0, tzinfo=PDT), "eff": dt.date(2024, 2, 1)},
    deadline="eff",
    html=True,
    body="""Hello,

We're writing to let you know about changes to the price of external
IPv4 addresses in Google Cloud, which take effect on {eff_en}.

What do you need to know?
- From {eff_en}, external IPv4 addresses attached to Spot VMs and
  preemptible VMs will be billed at a separate rate from those attached
  to standard VMs.
- The hourly price of an in-use external IPv4 address on a standard VM
  stays at $0.005; the new Spot and preemptible rate is $0.0025 per
  hour.
- Static external IP addresses that are reserved but not attached to a
  resource continue to be charged at the unused-address rate.

Your billing account 01F3B7-2C9A04-77E5D1 used external IP addresses on
both standard and Spot VMs during the last 30 days, so its charges will
change from {eff_en}.

What do you need to do?
No action is required. If you estimate costs from the price list, update
your estimates to use the new SKUs. You can review the new rates on the
VPC network pricing page.

Thanks for choosing Google Cloud.

- The Google Cloud Billing Team""")

notice(
    lang="en", label="pricing", provider="Google Cloud (Cloud Logging)",
    url="https://github.com/kyma-project/test-infra/issues/6438",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="ci-admins@kestrelworks.example",
    subject="[Reminder] Cloud Logging retention charges start on {eff_en}",
    dates={"sd": dt.datetime(2022, 11, 22, 9, 30, tzinfo=PST), "eff": dt.date(2023, 3, 1)},
    deadline="eff",
    html=True,
    body="""Hello,

We're writing to remind you that Cloud Logging will start charging for
log retention on {eff_en}.

What do I need to know?
- Logs kept in Cloud Logging storage for longer than 30 days will be
  charged at $0.01 per GiB per month.
- Custom retention periods for log buckets have been available since
  June 2020. We announced retention pricing at that time but postponed
  billing for it, and we have now set the date on which billing begins.
- Logs kept for 30 days or less, including the _Default bucket with its
  default 30-day retention, are not affected.

Projects in your organisation with log buckets that keep logs longer
than 30 days:
  kestrel-ci-workloads   (bucket: audit-archive, retention 365 days)
  kestrel-ci-prow        (bucket: build-logs, retention 90 days)

What do I need to do?
Review the retention of these buckets before {eff_en}. Shorten it if
you do not need older logs, or keep it and expect the new charge on
your bill. Logs can also be routed to Cloud Storage for cheaper
long-term archiving.

- The Google Cloud Team""")

notice(
    lang="en", label="security-advisory", provider="Google Cloud (GKE)",
    url="https://github.com/k8sgpt-ai/k8sgpt/pull/1013",
    frm=("Google Kubernetes Engine", "gke-noreply@google.com"),
    to="k8s-ops@northwind-payments.example",
    subject="GKE security bulletin GCP-2021-001 for cluster prod-eu (medium severity)",
    dates={"sd": dt.datetime(2021, 1, 27, 10, 15, tzinfo=PST)},
    deadline=None,
    body="""Hello Google Kubernetes Engine customer,

A security bulletin has been published that applies to one of your
clusters.

Bulletin: GCP-2021-001
CVE: CVE-2021-3156
Severity: Medium
Affected component: control plane
Project: northwind-pay-prod (123456789012)
Cluster: prod-eu (europe-west1-c)

Summary
A vulnerability in the Linux sudo utility could let an attacker who
already has unprivileged local shell access on a machine with sudo
installed raise their privileges to root.

Affected minor versions: 1.18, 1.19
Patched versions: 1.18.9-gke.1900, 1.19.9-gke.1900
Suggested upgrade target: 1.19.9-gke.1900

Google is rolling the patched versions out to control planes. No
evidence of exploitation has been found in GKE. If you want the fix
sooner, you can upgrade the cluster to one of the patched versions
yourself.

Details: https://cloud.google.com/anthos/clusters/docs/security-bulletins#gcp-2021-001

- The GKE team""")

notice(
    lang="en", label="security-advisory", provider="Google Cloud (Cloud SQL)",
    url="https://github.com/wiz-sec/open-cvdb/issues/245",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="dba@sparrowhill-insurance.example",
    subject="Google Cloud security bulletin GCP-2023-007: Cloud SQL for SQL Server",
    dates={"sd": dt.datetime(2023, 9, 28, 13, 40, tzinfo=PDT), "fix": dt.date(2023, 3, 1)},
    deadline=None,
    body="""Hello,

We're writing to share a Google Cloud security bulletin that relates to
a product you use.

Bulletin GCP-2023-007 - Cloud SQL for SQL Server

What happened?
A vulnerability was found in Cloud SQL for SQL Server. A customer
administrator account could create triggers in the tempdb database and
use them to obtain sysadmin privileges on the instance. With those
privileges an attacker could read system databases and gain partial
access to the machine that runs the SQL Server instance.

What has Google done?
Google Cloud fixed the issue by patching the vulnerability by
{fix_en}. We found no customer instances that had been compromised.

What do I need to do?
No action is required on your part. Your Cloud SQL for SQL Server
instances in project sparrowhill-core already run the patched
version.

You can find this and other bulletins on the Google Cloud security
bulletins page.

- The Google Cloud Security Team""")

# ---------------------------------------------------------------- Oracle (6), Alibaba (1), IBM (1)
notice(
    lang="en", label="informational", provider="Oracle Cloud Infrastructure",
    url="https://blogs.oracle.com/ebsandoraclecloud/guidance-for-ebs-customers-changes-to-oci-database-software-image-availability-starting-june-2026",
    frm=("Oracle Cloud Infrastructure", "noreply@mail.announcements.us-ashburn-1.oci.oraclecloud.com"),
    to="ebs-dba@lakeshore-foods.example",
    subject="Guidance for E-Business Suite customers: OCI database software image availability",
    dates={"sd": dt.datetime(2026, 5, 20, 15, 0, tzinfo=UTC), "eff": dt.date(2026, 6, 16)},
    deadline=None,
    body="""Dear Oracle E-Business Suite customer,

Starting {eff_en}, OCI provisioning and update workflows will only
offer the latest Release Updates (RUs) for Oracle Database 19c and 26ai, the
latest Grid Infrastructure RUs, and the current Exadata guest operating
system releases. The change follows the updated Oracle release policy
described in FAQ7792.

What changes
- New database deployments, database updates and any lifecycle
  operation that creates a new Database Oracle Home will use the latest
  Database Software Image.
- Earlier images will no longer appear as selectable options by default
  in the OCI Console or APIs.
- On Exadata Database Service, provisioning and updates must use the
  latest Exadata system software and guest OS release.

What does not change
Existing systems keep running their current release levels under the
normal Oracle support policies. The policy only applies to new
provisioning and update operations.

Why this matters for EBS
Upgrades, migrations, standby creation and business continuity
procedures often create a new Oracle Home. Check that your EBS
certification and patching plans allow for the latest RU before you
run such procedures after {eff_en}.

Tenancy: lakeshorefoods (Region: us-ashburn-1)

Oracle Cloud Infrastructure""")

notice(
    lang="en", label="maintenance", provider="Oracle Integration",
    url="https://docs.oracle.com/en/cloud/paas/application-integration/oracle-integration-oci/upgrade-notifications.html",
    frm=("Oracle Cloud", "oracle-cloud_do-not-reply@oracle.com"),
    to="integration-admin@birchfield-utilities.example",
    subject="Upgrade to Oracle Integration 3",
    dates={"sd": dt.datetime(2023, 9, 13, 14, 0, tzinfo=UTC),
           "up": dt.datetime(2023, 10, 14, 2, 0, tzinfo=UTC),
           "rem": dt.date(2023, 10, 13)},
    deadline="up",
    body="""Dear Oracle Integration administrator,

Your Oracle Integration Generation 2 instance has been scheduled for
upgrade to Oracle Integration 3.

Instance: birchfield-oic-prod (region: uk-london-1)
Scheduled upgrade start: {up_enw}, {up_hm} UTC

You can also see the scheduled date on the Upgrade page of the
instance and in the banner of the Oracle Integration console.

What to expect
- We will send a reminder on {rem_enw}, the Friday before the upgrade.
- When the upgrade starts, you will get another email. The instance
  cannot be used while the upgrade is running.
- When it finishes, we will email you again with the post-upgrade tasks
  you need to complete before resuming work.

If the date does not suit you, you can reschedule the upgrade from the
Upgrade page. You will receive a confirmation with the new date.

Thank you,
Oracle Cloud Operations""")

notice(
    lang="en", label="maintenance", provider="Oracle EPM Cloud",
    url="https://docs.oracle.com/en/cloud/saas/enterprise-performance-management-common/tsepm/opc_oci_mig_assist_oracle_managed.html",
    frm=("Oracle Cloud", "oracle-cloud_do-not-reply@oracle.com"),
    to="epm-service-admin@granite-public.example",
    subject="Oracle-managed migration of your EPM Cloud Classic environments to OCI (Wave 9)",
    dates={"sd": dt.datetime(2024, 4, 3, 12, 0, tzinfo=UTC),
           "prov": dt.date(2024, 5, 8), "req": dt.date(2024, 4, 24),
           "opt": dt.date(2024, 7, 1)},
    deadline="prov",
    body="""Dear Service Administrator,

Oracle will move your Classic Oracle Enterprise Performance Management
Cloud environments to Oracle Cloud Infrastructure (OCI) as part of
Wave 9. The migration is done for you on a fixed schedule.

Classic environments in scope:
  https://planning-granitepub.pbcs.uk2.oraclecloud.com
  https://planning-test-granitepub.pbcs.uk2.oraclecloud.com

New OCI environments
- Domain names: unchanged
- OCI data center: UK South (London)
- Provisioning date: {prov_en}

On {prov_en} Oracle will create one empty OCI environment for each
Classic environment. The Domain Administrator and Service Administrator
currently on record will receive an "Activate Your Account" email at
that time:
  Domain Administrator: it-admin@granite-public.example
  Service Administrator: epm-service-admin@granite-public.example

If these addresses should change, create a service request by
{req_en}. The domain names and the data center cannot be changed.

After you receive the OCI environments, you may optionally configure
single sign-on and IP allowlists before {opt_en}.

Oracle Cloud Operations""")

notice(
    lang="ja", label="maintenance", provider="Oracle Fusion Cloud Applications",
    url="https://docs.oracle.com/ja-jp/iaas/Content/fusion-applications/about-notifications.htm",
    frm=("Oracle Cloud", "noreply@mail.announcements.ap-tokyo-1.oci.oraclecloud.com"),
    to="fusion-admin@sakuragawa-shoji.example",
    subject="【計画的変更】Fusion Applications環境のメンテナンスのお知らせ（1か月前）",
    dates={"sd": dt.datetime(2024, 2, 16, 10, 0, tzinfo=JST),
           "st": dt.datetime(2024, 3, 16, 7, 0, tzinfo=JST),
           "en": dt.datetime(2024, 3, 16, 19, 0, tzinfo=JST)},
    deadline="st",
    body="""Oracle Cloudをご利用いただきありがとうございます。

お客様のFusion Applications環境について、次回のスケジュール済み
メンテナンスの日程をお知らせします。本メールはメンテナンス開始の
1か月前にお送りしている通知です。

  環境名：SKRG-PROD（本番）
  リージョン：日本東部（東京）
  メンテナンス期間：{st_jpw} {st_jphm} ～ {en_jphm}（日本時間）

メンテナンス期間中、この環境はご利用いただけません。期間内に
予定されているジョブやデータ連携は、前後の時間帯に移してください。

今後の流れ
・メンテナンス開始の1週間前にリマインダを送信します。
・期間の延長、日程の変更、または取消しが発生した場合は、
  その都度メールでお知らせします。

過去の通知は、Oracle Cloudコンソールの「お知らせ」からいつでも
確認できます。通知の受信者を追加する場合は、お知らせの
サブスクリプションを作成してください。

Oracle Cloud Operations""")

notice(
    lang="ja", label="maintenance", provider="Oracle Exadata Database Service on Cloud@Customer",
    url="https://docs.oracle.com/cd/F46547_01/ecccm/ecc-vw-maint-hist.html",
    frm=("Oracle Cloud Infrastructure", "noreply@mail.announcements.ap-osaka-1.oci.oraclecloud.com"),
    to="exa-ops@naniwa-bank.example",
    subject="お知らせ",
    dates={"sd": dt.datetime(2023, 11, 8, 11, 0, tzinfo=JST),
           "st": dt.datetime(2023, 12, 9, 22, 0, tzinfo=JST)},
    deadline="st",
    body="""Oracle Exadata Database Service on Cloud@Customerをご利用の
お客様へ

Oracle管理インフラストラクチャの四半期メンテナンスを、次の日程で
実施いたします。

  対象インフラストラクチャ：exacc-naniwa-dc1
  メンテナンス開始：{st_jpw} {st_jphm}（日本時間）
  方式：ローリング・メンテナンス

四半期メンテナンスでは、製品の修正、機能拡張、およびセキュリティ
修正を適用します。対象となるのは、データベース・サーバー・ホスト、
ストレージ・サーバー、ネットワーク・ファブリック・スイッチ、管理
スイッチ、配電盤（PDU）、ILOMおよびコントロール・プレーン・サーバー
です。

データベース・サーバーは1台ずつ順に更新されるため、Oracle RACを
ご利用の場合はサービスを継続できます。単一インスタンスのデータベース
は、該当ホストの更新中に一時的に停止します。

日程を変更する場合は、OCIコンソールのインフラストラクチャ詳細
ページで「メンテナンス・プリファレンスの編集」から変更してください。

Oracle Cloud Infrastructure""")

notice(
    lang="ja", label="action-required", provider="Oracle Autonomous Database",
    url="https://docs.oracle.com/ja-jp/iaas/autonomous-database-serverless/doc/customer-contacts.html",
    frm=("Oracle Cloud Infrastructure", "noreply@mail.announcements.ap-tokyo-1.oci.oraclecloud.com"),
    to="dba-team@hoshino-denki.example",
    subject="【推奨アクション】Autonomous Databaseのウォレットの有効期限が近づいています",
    dates={"sd": dt.datetime(2024, 5, 6, 9, 30, tzinfo=JST),
           "exp": dt.date(2024, 6, 5)},
    deadline="exp",
    rel=("days", 30),
    body="""Oracle Cloud Infrastructureをご利用いただきありがとうございます。

お客様のAutonomous Databaseで使用しているクライアント資格証明
（ウォレット）の有効期限が、本日から30日後の{exp_jpw}に到来します。

  データベース名：HOSHINOADW01
  ワークロード：Autonomous Data Warehouse
  リージョン：日本東部（東京）
  ウォレットの有効期限：{exp_jp}

期限を過ぎると、古いウォレットを使用しているアプリケーションや
ツールは、このデータベースに接続できなくなります。

ご対応のお願い
{exp_md}までに、OCIコンソールの「データベース接続」から新しい
ウォレットをダウンロードし、接続元のアプリケーションに配置して
ください。必要に応じて、ウォレットのローテーションも実施できます。

この通知は、データベースに登録されている顧客担当者あてに
送信しています。担当者を変更する場合は、Autonomous Databaseの
詳細ページの「メンテナンス」にある「顧客担当者」から管理して
ください。

Oracle Cloud Infrastructure""")

notice(
    lang="en", label="action-required", provider="Alibaba Cloud",
    url="https://alibabacloud.com/help/en/ecs/end-of-sale-announcement-for-ecs-instances-of-the-classic-network-type",
    frm=("Alibaba Cloud", "noreply@notice.alibabacloud.com"),
    to="ops@lotusbay-trading.example",
    subject="[Alibaba Cloud] ECS instances in the classic network reach end of life on {eol_en}",
    dates={"sd": dt.datetime(2024, 7, 10, 10, 0, tzinfo=CST),
           "ren": dt.date(2024, 7, 25), "sale": dt.date(2024, 8, 27),
           "eol": dt.date(2025, 2, 28), "cap": dt.date(2025, 2, 27)},
    deadline="eol",
    html=True,
    body="""Dear Alibaba Cloud customer,

Elastic Compute Service (ECS) instances deployed in the classic network
will reach end of life (EOL) on {eol_en} (UTC+8). Instances in virtual
private clouds (VPCs) are not affected.

Your account (UID 5148203971264450) still has the following instances
in the classic network:
  i-bp1f0a9c3e7d5b2x4kq1   ap-southeast-1   ecs.g6.large
  i-bp17c2d8e4a6f9y3m0r5   ap-southeast-1   ecs.c6.xlarge

Key dates (UTC+8)
- {ren_en}: limited renewal starts. Classic-network instances can only
  be renewed up to {cap_en}, and new subscriptions are limited to six
  months.
- {sale_en}: limited sales start for subscription instances in the
  classic network.
- {eol_en}: end of life. Instance resources that remain in the classic
  network may be released.

Please migrate these instances to a VPC as early as possible and no
later than {eol_en} to keep your business running. Alibaba Cloud
provides migration tools, documentation and technical support to help
you plan and test the move.

Thank you for choosing Alibaba Cloud.""")

notice(
    lang="en", label="abuse", provider="IBM Cloud",
    url="https://github.com/fcying/IBMYes/issues/12",
    frm=("IBM Cloud", "no-reply@cloud.ibm.com"),
    to="nightowl.dev@mailbox-free.example",
    subject="Notification",
    dates={"sd": dt.datetime(2020, 9, 11, 3, 40, tzinfo=UTC)},
    deadline=None,
    body="""IBM Cloud

Your IBM Cloud account has been suspended.

Account: 6f1a3c2e9b4d47a8b0e5c7d9f2a1b3c4 (Lite)
Owner: nightowl.dev@mailbox-free.example

Our monitoring found that a Cloud Foundry application in your account
was running proxy software that relays third-party traffic. This use is
not permitted under the IBM Cloud Service Description and the
Acceptable Use Policy for Lite accounts.

As a result, we have stopped all applications and services in the
account and disabled access to the IBM Cloud console.

Affected application: v2-relay-app (region: us-south)

If you believe this action was taken in error, you can open a case with
IBM Cloud Support and include the account ID above. Data in suspended
Lite accounts may be deleted if the account is not reinstated.

IBM Cloud Trust & Safety""")

# --------------------------------------------------------------------------
# building
def render(n):
    send = n["dates"]["sd"]
    off = month_offset(send)
    shifted = {}
    mapping = {}
    for k, d in n["dates"].items():
        nd = d + off
        shifted[k] = nd
        mapping.update(fmts(k, nd))
    body = n["body"].format(**mapping)
    subject = n["subject"].format(**mapping)
    dl = "none"
    if n["deadline"]:
        d = shifted[n["deadline"]]
        dl = (d.date() if isinstance(d, dt.datetime) else d).isoformat()
    return shifted["sd"], subject, body, dl


def resolve_relative(date, rel):
    kind, num = rel
    base = date.date()
    if kind == "days":
        return base + dt.timedelta(days=num)
    if kind == "hours24":
        return base + dt.timedelta(days=1)
    if kind == "bdays":
        return add_business_days(base, num)
    raise ValueError(kind)


def build_message(i, n):
    date, subject, body, dl = render(n)
    msg = EmailMessage(policy=email.policy.default)
    name, addr = n["frm"]
    msg["From"] = Address(display_name=name, addr_spec=addr)
    msg["To"] = n["to"]
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date)
    dom = addr.split("@", 1)[1]
    h = hashlib.sha1(("%s-%d-%s" % (NAME, i, subject)).encode("utf-8")).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:16], h[16:28], dom)
    msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = dl
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    cte = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
    msg.set_content(body + "\n", subtype="plain", charset="utf-8", cte=cte)
    if n["html"]:
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</div></body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


LANG_NAME = {"ja": "Japanese", "de": "German", "en": "English"}


def main():
    problems = []
    if len(N) != 36:
        problems.append("expected 36 notices, got %d" % len(N))
    built = []
    urls = []
    for i, n in enumerate(N, 1):
        msg, date, subject, body, dl = build_message(i, n)
        built.append((n, msg, date, subject, body, dl))
        urls.append(n["url"])
        if n["label"] not in LABELS:
            problems.append("#%d unknown label %s" % (i, n["label"]))
        if (date.year, date.month) != MONTH:
            problems.append("#%d date %s not in month" % (i, date))
        if date.weekday() != n["dates"]["sd"].weekday():
            problems.append("#%d weekday changed" % i)
        if dl != "none":
            try:
                dld = dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("#%d bad deadline %s" % (i, dl))
                dld = None
            if dld and dld < date.date():
                problems.append("#%d deadline %s before date %s" % (i, dl, date))
        if n["rel"]:
            want = resolve_relative(date, n["rel"])
            if dl != want.isoformat():
                problems.append("#%d relative deadline %s resolves to %s" % (i, dl, want))
        if n["label"] in ("informational", "billing", "security-advisory") and dl != "none" \
                and not n["phishing"]:
            problems.append("#%d %s with a deadline" % (i, n["label"]))
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        for line in body.split("\n"):
            if line.startswith("From "):
                problems.append("#%d body line starts with 'From '" % i)
            if "{" in line or "}" in line:
                problems.append("#%d unresolved placeholder: %s" % (i, line))
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URLs")
    used_path = os.path.join(os.path.dirname(OUT), "used-sources.txt")
    if os.path.exists(used_path):
        with open(used_path, encoding="utf-8") as fh:
            used = {line.strip().rstrip(",") for line in fh if line.strip()}
        ours = set(urls)
        already = os.path.exists(os.path.join(OUT, "used-sources.txt"))
        if not already:
            for u in urls:
                if u in used:
                    problems.append("source already used: %s" % u)

    # write mboxo
    with open(MBOX, "wb") as fh:
        for n, msg, date, subject, body, dl in built:
            raw = msg.as_bytes(policy=email.policy.default.clone(linesep="\n", max_line_length=120))
            out = []
            for line in raw.split(b"\n"):
                if line.startswith(b"From "):
                    line = b">" + line
                out.append(line)
            raw = b"\n".join(out)
            env = "From %s %s\n" % (n["frm"][1], date.astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y"))
            fh.write(env.encode("ascii"))
            fh.write(raw)
            if not raw.endswith(b"\n"):
                fh.write(b"\n")
            fh.write(b"\n")

    # read back and check
    box = mailbox.mbox(MBOX, factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default),
                       create=False)
    msgs = list(box)
    if len(msgs) != len(built):
        problems.append("read back %d messages" % len(msgs))
    counts = {}
    phishing = 0
    langs = {}
    multipart = 0
    generic = 0
    for idx, (m, (n, _, date, subject, body, dl)) in enumerate(zip(msgs, built), 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                  "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                problems.append("#%d missing header %s" % (idx, h))
        raw_headers = m.as_bytes().split(b"\n\n", 1)[0]
        try:
            raw_headers.decode("ascii")
        except UnicodeDecodeError:
            problems.append("#%d non-ASCII bytes in headers" % idx)
        if str(m["Subject"]) != subject:
            problems.append("#%d subject mismatch" % idx)
        if email.utils.parsedate_to_datetime(str(m["Date"])) != date:
            problems.append("#%d date mismatch" % idx)
        if str(m["X-Training-Label"]) != n["label"]:
            problems.append("#%d label mismatch" % idx)
        if str(m["X-Training-Deadline"]) != dl:
            problems.append("#%d deadline mismatch" % idx)
        ph = m["X-Training-Phishing"]
        if bool(ph) != n["phishing"] or (ph and str(ph) != "yes"):
            problems.append("#%d phishing header mismatch" % idx)
        part = m.get_body(preferencelist=("plain",))
        if part is None or part.get_content().rstrip("\n") != body.rstrip("\n"):
            problems.append("#%d body mismatch" % idx)
        cte = str(part["Content-Transfer-Encoding"]).lower() if part is not None else ""
        want_cte = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
        if cte != want_cte:
            problems.append("#%d body encoding %s, expected %s" % (idx, cte, want_cte))
        if m.is_multipart():
            multipart += 1
            if m.get_content_type() != "multipart/alternative" or m.get_body(preferencelist=("html",)) is None:
                problems.append("#%d bad multipart structure" % idx)
        if n["phishing"]:
            phishing += 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if crit < 8:
        problems.append("critical %d < 8" % crit)
    if phishing != 3:
        problems.append("phishing %d != 3" % phishing)
    if langs.get("ja") != 5 or langs.get("de") != 1:
        problems.append("language mix %s" % langs)
    ar = counts.get("action-required", 0)
    if any(v > ar for k, v in counts.items() if k != "action-required"):
        problems.append("action-required is not the largest group: %s" % counts)

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            LANG_NAME[n["lang"]], n["url"]))
    by_label = ", ".join("%s %d" % (k, counts[k]) for k in sorted(counts))
    by_lang = ", ".join("%s %d" % (LANG_NAME[k], langs[k]) for k in sorted(langs, key=lambda x: LANG_NAME[x]))
    fam = {}
    for n in N:
        p = n["provider"]
        key = ("AWS" if p.startswith("AWS") else
               "Microsoft/Azure" if ("Azure" in p or "Microsoft" in p or "Entra" in p) else
               "Google" if ("Google" in p) else
               "Oracle" if "Oracle" in p else p)
        fam[key] = fam.get(key, 0) + 1
    fam_s = ", ".join("%s %d" % (k, fam[k]) for k in sorted(fam))
    readme = README_TEMPLATE.format(name=NAME, counts=by_label, crit=crit, phishing=phishing,
                                    langs=by_lang, multipart=multipart, fam=fam_s,
                                    providers=", ".join(providers), rows="\n".join(rows))
    with KeptSections(os.path.join(OUT, "README.md")) as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


README_TEMPLATE = """# Batch {name}: March 2029, AWS and the large clouds

36 labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic: fixed Message-IDs and MIME boundaries).
Each notice follows one public original (see the table), moved into March 2029
by a weekday-preserving day offset (a whole number of weeks) applied to all of its
dates, with names, ids, hosts, customer domains and IP addresses replaced
(documentation ranges, `.example` domains) and every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

## Counts

- by label (phishing counted apart): {counts}
- phishing: {phishing}
- critical (abuse + security-incident, without phishing): {crit}
- languages: {langs}
- provider families: {fam}
- multipart/alternative (plain + HTML): {multipart}; the rest text/plain.
  Japanese bodies are base64, all others quoted-printable.

## Providers

{providers}

## Notes on the originals

- The shared list of used originals already held more than 4,000 addresses, and
  almost every AWS abuse, compromise and deprecation mail that the search service
  surfaces was on it. The batch therefore has fewer critical notices (8 instead of
  about 12) and fewer AWS notices (8 of 36 instead of about half) than the brief
  asked for; the gap is filled with Google Cloud, Azure and Oracle notices.
- Originals that are GitHub issues or pull requests quote the mail a customer
  received (AWS Lambda, RDS, EKS-style Health notices, App Engine, Maps Platform,
  Entra ID, Defender for Cloud, GKE bulletins). Where only the date of the issue is
  known, that date (or the last weekday before it) is used as the send date.
- Some originals are documentation or announcement pages that describe the
  notification rather than quote it (#13 Defender network-layer alerts, #29-#35
  Oracle and Alibaba pages); the notice follows the facts and the kind of dates on
  the page. These and the two Abnormal Security phishing write-ups have no date
  of their own, so #13, #15 and #16 are dated in March 2029 directly.
- #8 (AWS Health RISK event) is built from the event codes listed in the
  aws-health-tools pull request; #7 follows the CSV detection record quoted in the
  aws_ir issue; #36 (IBM Cloud suspension) follows an issue whose original notice
  is only a screenshot, so the wording is reconstructed from the issue text.
- Language: #19 follows a Chinese-language forum post quoting the App Engine
  lifecycle mail and is rendered in Japanese; #23 (Google Cloud payment failure)
  follows a Japanese blog post; #32-#34 follow Japanese Oracle documentation
  pages. #24 is the one German notice (a phishing lure from phishing_pot).

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
"""


if __name__ == "__main__":
    main()
