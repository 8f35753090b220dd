#!/usr/bin/env python3
"""Validation batch g24: Amazon Web Services notices, rewritten after public originals.

Standard library only, deterministic. Writes set-g24.mbox next to this script,
re-reads it and checks it. Exits 1 on any problem, prints OK otherwise.
"""
import datetime
import email
import email.charset
import email.header
import email.message
import email.utils
import ipaddress
import mailbox
import os
import re
import sys
import time

NAME = "g24"
BATCH_YEAR, BATCH_MONTH = 2028, 5
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
CRITICAL = {"abuse", "security-incident"}
MIN_TOTAL, MIN_CRITICAL, MIN_PHISHING, MIN_JA = 36, 10, 3, 4

NOTICES = []

PLACEHOLDER = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}(?::\d{2})?))?\|([^\]]*)\]\]")


def add(src, provider, label, orig, target, time, tz, deadline, frm, to,
        subject, body, phishing=False, ja=False):
    NOTICES.append(dict(src=src, provider=provider, label=label, orig=orig,
                        target=target, time=time, tz=tz, deadline=deadline,
                        frm=frm, to=to, subject=subject, body=body,
                        phishing=phishing, ja=ja))


def _offset(n):
    o = datetime.date.fromisoformat(n["orig"])
    t = datetime.date.fromisoformat(n["target"])
    return t - o


def render(text, delta):
    def repl(m):
        d = datetime.date.fromisoformat(m.group(1)) + delta
        if m.group(2):
            hm = m.group(2)
            parts = [int(x) for x in hm.split(":")]
            while len(parts) < 3:
                parts.append(0)
            dt = datetime.datetime(d.year, d.month, d.day, *parts)
        else:
            dt = datetime.datetime(d.year, d.month, d.day)
        fmt = m.group(3)
        # %-d style (no padding) handled by hand for portability
        fmt = fmt.replace("%-d", str(dt.day)).replace("%-m", str(dt.month))
        return dt.strftime(fmt)
    return PLACEHOLDER.sub(repl, text)


def addr(pair):
    name, a = pair
    return email.utils.formataddr((name, a), charset="utf-8")


def build(i, n):
    delta = _offset(n)
    send = datetime.date.fromisoformat(n["target"])
    hh, mm = [int(x) for x in n["time"].split(":")]
    sign = 1 if n["tz"][0] == "+" else -1
    tzh, tzm = int(n["tz"][1:3]), int(n["tz"][3:5])
    tz = datetime.timezone(sign * datetime.timedelta(hours=tzh, minutes=tzm))
    dt = datetime.datetime(send.year, send.month, send.day, hh, mm, 0, tzinfo=tz)
    subject = render(n["subject"], delta)
    body = render(n["body"], delta).strip("\n") + "\n"
    if n["deadline"] == "none":
        deadline = "none"
    else:
        deadline = (datetime.date.fromisoformat(n["deadline"]) + delta).isoformat()
    msg = email.message.Message()
    msg["From"] = addr(n["frm"])
    msg["To"] = addr(n["to"])
    try:
        subject.encode("ascii")
        msg["Subject"] = subject
    except UnicodeEncodeError:
        msg["Subject"] = email.header.Header(subject, "utf-8").encode()
    msg["Date"] = email.utils.format_datetime(dt)
    msg["Message-ID"] = "<%s.%02d.%s@training.set-%s.example>" % (
        NAME, i, send.strftime("%Y%m%d"), NAME)
    msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = deadline
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    try:
        body.encode("ascii")
        msg["Content-Type"] = 'text/plain; charset="utf-8"'
        msg["Content-Transfer-Encoding"] = "7bit"
        msg.set_payload(body)
    except UnicodeEncodeError:
        cs = email.charset.Charset("utf-8")
        cs.header_encoding = email.charset.QP
        cs.body_encoding = email.charset.QP
        msg.set_payload(body, cs)
    mm_ = mailbox.mboxMessage(msg)
    mm_.set_from("MAILER-DAEMON", dt.astimezone(datetime.timezone.utc).timetuple())
    return mm_, deadline


# ----------------------------------------------------------------------------
# Notices
# ----------------------------------------------------------------------------
AWS = "Amazon Web Services"

# 01 -- Trust & Safety: web-crawling complaint against a NAT gateway
add(src="https://github.com/rarible/protocol/issues/320", provider=AWS,
    label="abuse", orig="2022-04-06", target="2028-05-02", time="03:41", tz="+0000",
    deadline="none",
    frm=("AWS Trust & Safety", "trustandsafety@support.aws.com"),
    to=("Platform Operations", "aws-security@mintlane.example"),
    subject="Your AWS Abuse Report [18830416527-1] [AWS ID 604318827705]",
    body="""
Hello,

AWS Trust & Safety has been contacted about traffic that comes from a resource
in your account:

  AWS ID:          604318827705
  Region:          us-east-1
  NAT Gateway Id:  nat-0c4e91a7d25b38f06 [203.0.113.58]

The party that wrote to us says this address has been requesting their pages in
a way that looks like automated web crawling, and that they consider the volume
unwanted and disruptive to their service. Running a crawler against someone
else's site at an excessive or disruptive rate is not allowed under the AWS
Acceptable Use Policy (https://aws.amazon.com/aup/). Their complaint, as we
received it, is copied at the end of this message.

What we ask you to do:

  * Find the workload behind this gateway that sends the requests, and slow it
    down or stop it.
  * Reply to this message, leaving the subject line as it is, and tell us what
    you changed.
  * If you believe the requests are legitimate, reply with a description of your
    use case instead and we will pass it on to the reporter.

If nobody on your side started this traffic, one of the hosts behind the gateway
may have been taken over; please check it before you answer.

---------------- Reported activity ----------------
Reporter:  abuse desk of an NFT marketplace
Target:    api.nft-market.example
Requests:  repeated calls to
           /marketplace/api/v4/items/<contract>%3A<token>/meta/refresh
Window:    [[2022-04-05|%Y-%m-%d]] 14:00 - 22:30 UTC, peaks above 40 requests/second
Comment:   "Please ask your customer to stop hammering the metadata refresh
           endpoint; it is degrading the service for everyone else."
---------------------------------------------------

Regards,
AWS Trust & Safety
""")

# 02 -- AWS Health planned lifecycle event: OpenSearch TLS 1.0/1.1 end
add(src="https://github.com/department-of-veterans-affairs/vets-website/issues/44225",
    provider=AWS, label="action-required", orig="2026-03-20", target="2028-05-06",
    time="18:05", tz="+0000", deadline="2026-04-20",
    frm=("Amazon Web Services", "health@aws.com"),
    to=("Cloud Team", "cloud-team@ledgerbay.example"),
    subject="[Action Required] Amazon OpenSearch Service ends support for TLS 1.0 and 1.1 on [[2026-04-20|%B %-d, %Y]] [AWS Account: 518204967731]",
    body="""
AWS Health Event

Service:            OpenSearch
Region:             us-gov-west-1
Event type:         Planned lifecycle event
Start time:         [[2026-04-20|%A, %B %-d, %Y]] 00:00 UTC
Affected account:   518204967731

[This is a Planned Lifecycle Event (PLE). Resource status is not refreshed for
PLEs: a resource listed below keeps its status even after you have fixed it or
deleted it. See the AWS Health user guide for how PLEs work [1].]

Hello,

We are changing how Amazon OpenSearch Service endpoints negotiate TLS, and this
may affect you.

Starting [[2026-04-20|%B %-d, %Y]], OpenSearch Service will no longer accept connections
that use TLS 1.0 or TLS 1.1. At least one domain in your account is still
configured with the security policy "Policy-Min-TLS-1-0-2019-07", which allows
those older protocol versions.

So that clients can keep reaching your domain after that date, switch the domain
to one of these policies before [[2026-04-20|%B %-d, %Y]]:

  1. "Policy-Min-TLS-1-2-2019-07"      - TLS 1.2 only
  2. "Policy-Min-TLS-1-2-PFS-2023-10"  - TLS 1.2 and TLS 1.3, restricted to
                                         cipher suites with perfect forward secrecy

You can change the policy from the domain's "Edit" page in the console, or with
the UpdateDomainConfig API (DomainEndpointOptions.TLSSecurityPolicy). The change
is applied without downtime.

Affected resources:
  arn:aws-us-gov:es:us-gov-west-1:518204967731:domain/portal-search-prod

If you have questions, contact AWS Support [2].

[1] https://docs.aws.amazon.com/health/latest/ug/aws-health-planned-lifecycle-events.html
[2] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

You are receiving this email because you are subscribed to AWS Health
notifications through AWS User Notifications.
""")

# 03 -- Support case opened on the customer's behalf: irregular key activity
add(src="https://dev.to/mariogongora/responding-to-a-compromised-aws-access-key-1ji3",
    provider=AWS, label="security-incident", orig="2026-02-10", target="2028-05-12",
    time="07:22", tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Ops Mailbox", "ops@quillfeather.example"),
    subject="Irregular Activity Detected for Your AWS Access Key [AWS Account: 273915046682]",
    body="""
Amazon Web Services has opened case 177604115300482 on your behalf.

Case ID:   177604115300482
Subject:   Irregular Activity Detected for Your AWS Access Key
Severity:  Urgent

Hello,

Our routine monitoring picked up activity in your AWS account 273915046682 that
suggests that one of your access keys, together with its secret key, may now be
in the hands of someone outside your organization.

  Access key:  AKIAIOSFODNN7QF4W2LX
  IAM user:    svc-crm-sync
  Event:       GetCallerIdentity
  Time:        [[2026-02-09 12:11:58|%Y-%m-%d %H:%M:%S]] UTC
  Source IP:   198.51.100.73

Please work through the following:

Step 1 - Replace the key. If an application depends on it, create a second key,
move the application to the new key, then deactivate and delete the old one.

Step 2 - Look through AWS CloudTrail for actions you do not recognise, such as
new IAM users, login profiles, access keys, roles or policies, and remove any
that are not yours.

Step 3 - Check every Region for resources you did not create (EC2 instances,
Lambda functions, Spot requests, SES identities) and the Billing console for
charges you cannot explain.

Step 4 - Reply to this case from the Support Center once you have finished, so
that we can review the account with you.

More guidance: https://repost.aws/knowledge-center/potential-account-compromise

To see or reply to this case, go to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=177604115300482

Sincerely,
Amazon Web Services
""")

# 04 -- Third-party breach: CircleCI secrets incident, keys to rotate
add(src="https://github.com/CircleCI-Public/CircleCI-Env-Inspector/issues/52",
    provider=AWS, label="security-incident", orig="2023-01-08", target="2028-05-09",
    time="21:47", tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Build Engineering", "build@harborkite.example"),
    subject="[Action Required] CircleCI Security Alert to Rotate Access Keys [AWS Account: 730185224619]",
    body="""
Hello,

On [[2023-01-04|%B %-d, %Y]], CircleCI disclosed a security incident and advised its users
to treat every secret stored in CircleCI as exposed. CircleCI has since worked
with AWS to identify AWS credentials that were kept in its platform, either as
project environment variables or through its legacy AWS integration.

The following access keys in your account 730185224619 were among those shared
with us:

  AKIA5ZTQ3XKE4N7R2B0D   (IAM user: circleci-deploy)
  AKIA5ZTQ3XKEH1W9PV6M   (IAM user: artifacts-uploader)

We have no evidence yet that these keys were used by anyone else, but because
their secret values may have been taken, we strongly recommend that you act now:

  1. Create replacement keys and update the places that use them (CircleCI
     project settings, contexts, and any other CI systems).
  2. Deactivate, then delete, the keys listed above.
  3. Review AWS CloudTrail for calls made with these keys since
     [[2022-12-21|%B %-d, %Y]] that you cannot account for.
  4. Where you can, move CI jobs to short-lived credentials by using an OpenID
     Connect identity provider and IAM roles instead of long-term keys.

For CircleCI's own guidance, see its incident report and the support article
about removing legacy AWS integration secrets.

If you find activity you do not recognise, open a case with AWS Support.

Sincerely,
Amazon Web Services
""")

# 05 -- Kiro account restricted after suspicious activity
add(src="https://github.com/kirodotdev/Kiro/issues/3419", provider=AWS,
    label="security-incident", orig="2025-10-21", target="2028-05-11", time="10:03",
    tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Ada Ortiz", "ada.ortiz@brightkiln.example"),
    subject="Response Required: Your Kiro Account",
    body="""
Dear Kiro Customer,

We noticed activity on your Kiro account that looks suspicious and needs your
attention right away. Until we have confirmed your account details, you will not
be able to use Kiro; we took this step to keep the account and its data safe,
and we are sorry for the disruption.

To get access back, contact AWS Support through the Kiro contact form below and
we will go through the verification with you:

  https://support.aws.amazon.com/#/contacts/kiro

Please have the email address you sign in with, and the sign-in method you use
(GitHub, Google, AWS Builder ID or IAM Identity Center), ready when you write.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and
affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
""")

# 06 -- Elastic Transcoder discontinued
add(src="https://github.com/ericberman/MyFlightbookWeb/issues/1342", provider=AWS,
    label="action-required", orig="2024-11-13", target="2028-05-03", time="16:30",
    tz="+0000", deadline="2025-11-13",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Media Team", "media@flightlogbook.example"),
    subject="Amazon Elastic Transcoder end of support on [[2025-11-13|%B %-d, %Y]] [AWS Account: 905512736048]",
    body="""
Hello,

Thank you for using Amazon Elastic Transcoder. After careful review, AWS will
discontinue Elastic Transcoder; the service stops on [[2025-11-13|%B %-d, %Y]].

You are receiving this because your account has active Elastic Transcoder
pipelines. Until [[2025-11-13|%B %-d, %Y]] you can keep using the service as you do
today in accounts that already have pipelines. From that date, support ends and
the service, including its console, API and pipelines, will no longer be
available.

We recommend moving your transcoding jobs to AWS Elemental MediaConvert [1],
which covers the Elastic Transcoder feature set and adds newer codecs and
packaging formats at a lower cost per minute. A step-by-step migration guide,
including a mapping of Elastic Transcoder presets to MediaConvert job
templates, is available on the AWS Media blog [2].

If you cannot complete the move before [[2025-11-13|%B %-d, %Y]], or have other questions,
please contact AWS Support [3].

[1] https://docs.aws.amazon.com/mediaconvert/latest/ug/getting-started.html
[2] https://aws.amazon.com/blogs/media/how-to-migrate-workflows-from-amazon-elastic-transcoder-to-aws-elemental-mediaconvert/
[3] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
""")

# 07 -- AWS Elemental MediaStore discontinued
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/116", provider=AWS,
    label="action-required", orig="2024-11-13", target="2028-05-17", time="17:12",
    tz="+0000", deadline="2025-11-13",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Streaming Ops", "streaming@velvetcast.example"),
    subject="Support for AWS Elemental MediaStore is ending [AWS Account: 661043829175]",
    body="""
Hello,

We are writing because your AWS account 661043829175 has one or more AWS
Elemental MediaStore containers.

AWS has decided to discontinue MediaStore. Existing customers can keep using it
as they do today until [[2025-11-13|%B %-d, %Y]]. After that date MediaStore, and everything
it provides, will no longer be available, and content left in MediaStore
containers can no longer be read.

Where to move:

  * Simple live streaming workflows can store and serve segments from
    Amazon S3, fronted by Amazon CloudFront.
  * Workflows that need cross-Region failover or tight low-latency behaviour
    should move to AWS Elemental MediaPackage.

Our migration post walks through both paths and lists the settings you will
need to carry over [1]. Please plan to finish before [[2025-11-13|%B %-d, %Y]], and copy any
objects you want to keep out of your containers before that date.

Affected containers (us-west-2):
  live-origin-primary
  live-origin-backup

Questions can be sent to AWS Support [2].

[1] https://aws.amazon.com/blogs/media/support-for-aws-elemental-mediastore-ending-soon/
[2] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
""")

# 08 -- Route 53 domains: registrant email verification
add(src="https://github.com/webprogramming260/webprogramming/pull/195", provider=AWS,
    label="action-required", orig="2025-01-20", target="2028-05-05", time="02:58",
    tz="+0000", deadline="2025-02-04",
    frm=("Amazon Route 53", "noreply@registrar.amazon.com"),
    to=("Jonah Pruitt", "jonah.pruitt@webdev-class.example"),
    subject="Verify your email address for the domain juniperquiz.click",
    body="""
Dear Amazon Route 53 Domains customer,

You recently registered the domain juniperquiz.click, or changed the registrant
contact for it. The organization that governs domain names (ICANN) requires us
to confirm that the email address listed for the registrant contact can receive
mail and belongs to you.

Please confirm your address by opening the link below:

  https://registrar.amazon.com/verify?token=6c1f0e2a-51b7-4d9e-8a44-2f7e3b90c1d5

You have 15 days, until [[2025-02-04|%B %-d, %Y]], to complete the confirmation. If the
address has not been confirmed by then, the registry requires us to suspend
the domain: websites and email that use juniperquiz.click will stop working
until you confirm it.

If the email address shown for the domain is wrong, update the registrant
contact in the Route 53 console (Registered domains > juniperquiz.click > Edit
contacts) and we will send a new confirmation message.

Regards,
Amazon Route 53
""")

# 09 -- Account flagged as breached after keys leaked from a CI configuration
add(src="https://github.com/pangeo-data/pangeo/issues/675", provider=AWS,
    label="security-incident", orig="2019-07-10", target="2028-05-14", time="05:16",
    tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Research Computing", "cloud-admin@oceangrid-lab.example"),
    subject="Your AWS account 438806221957 is compromised",
    body="""
Amazon Web Services has opened case 6211840971 on your behalf.

Case ID: 6211840971
Subject: Your AWS account 438806221957 is compromised
Severity: Urgent

Dear AWS Customer,

We believe your AWS account has been compromised. Please read this notice and
take action promptly to secure the account.

We found that the access key AKIAQ3W8R5TY2U6I9O1P, which belongs to the IAM user
"ci-deployer", was published together with its secret key on a public website:

  https://github.com/oceangrid-lab/cloud-deploy/blob/9f2c41d/deployments/secrets.yaml

Anyone who copied that file can use the key against your account. This exposes
you to unauthorized use and unexpected charges, and publishing credentials in
this way is contrary to the AWS Customer Agreement.

To limit the damage while you investigate, we have temporarily restricted some
actions in your account, including launching new EC2 instances in large numbers.
These limits do not make the account secure on their own.

What to do:

  1. Delete or rotate the exposed key, and rotate any other keys that were kept
     in the same place.
  2. Review CloudTrail and each Region for IAM users, keys, instances or other
     resources that you did not create, and remove them.
  3. Change the root password and turn on multi-factor authentication.
  4. Reply to this case once the steps are done; we will review the account and
     lift the restrictions.

Sincerely,
Amazon Web Services
""")

# 10 -- Amazon QLDB end of support
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/96", provider=AWS,
    label="action-required", orig="2024-07-18", target="2028-05-08", time="15:40",
    tz="+0000", deadline="2025-07-31",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Ledger Platform", "ledger-platform@tallyforge.example"),
    subject="[Action Required] Amazon QLDB end of support on [[2025-07-31|%m/%d/%Y]] [AWS Account: 349920571806]",
    body="""
Hello,

You are receiving this message because your AWS account 349920571806 has one or
more Amazon Quantum Ledger Database (Amazon QLDB) ledgers.

AWS has decided to end support for Amazon QLDB. As of [[2024-07-18|%B %-d, %Y]] the service
no longer accepts sign-ups from new customers. Existing customers can continue
to use their ledgers until [[2025-07-31|%B %-d, %Y]]; after that date the QLDB console, APIs
and ledgers will no longer be available and ledger data can no longer be read.

We recommend migrating to Amazon Aurora PostgreSQL. Our migration guide
explains how to export your journal to Amazon S3, transform the documents and
load them into Aurora, and how to keep an audit trail of changes with database
triggers and the pgAudit extension [1].

Ledgers in your account:

  Region        Ledger
  eu-central-1  settlements-journal
  eu-central-1  settlements-journal-staging

Please complete your migration, including the journal export, before
[[2025-07-31|%B %-d, %Y]]. If you need help planning it, contact your account team or AWS
Support [2].

[1] https://aws.amazon.com/blogs/database/migrate-an-amazon-qldb-ledger-to-amazon-aurora-postgresql/
[2] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
""")

# 11 -- AWS OpsWorks Stacks end of life
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/77", provider=AWS,
    label="action-required", orig="2023-05-26", target="2028-05-12", time="19:05",
    tz="+0000", deadline="2024-05-26",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Infra On-Call", "infra@copperwhistle.example"),
    subject="AWS OpsWorks Stacks will reach end of life on [[2024-05-26|%B %-d, %Y]] [AWS Account: 122874630591]",
    body="""
Hello,

AWS OpsWorks Stacks will reach end of life on [[2024-05-26|%B %-d, %Y]]. We are contacting
you because your account 122874630591 has OpsWorks Stacks resources.

What changes on that date: the OpsWorks console, API, CLI and the
AWS::OpsWorks CloudFormation resources stop working, and stacks, layers and
apps can no longer be managed through OpsWorks. New stacks can no longer be
created starting today.

The EC2 instances that OpsWorks launched are not deleted, but they will no
longer receive lifecycle events, recipes or automatic healing once OpsWorks is
switched off.

What we recommend:

  * Move the configuration management of these instances to AWS Systems
    Manager. The Stacks migration script creates a Systems Manager Application
    Manager application for each stack and copies its layers and settings.
  * If you only want to keep the instances running, detach them from the stack
    with the detach tool so that they are no longer tied to OpsWorks.

Stacks in your account:
  us-east-1  reporting-workers   (3 layers, 7 instances)
  us-east-1  legacy-cms          (1 layer, 2 instances)

Full details and the migration tools are in the end-of-life FAQ:
https://docs.aws.amazon.com/opsworks/latest/userguide/stacks-eol-faqs.html

Sincerely,
Amazon Web Services
""")

# 12 -- Amazon Chime end of support
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/124", provider=AWS,
    label="action-required", orig="2025-02-19", target="2028-05-19", time="20:14",
    tz="+0000", deadline="2026-02-20",
    frm=("Amazon Chime", "no-reply-aws@amazon.com"),
    to=("IT Collaboration", "collab-admins@northfenwick.example"),
    subject="Update on support for Amazon Chime",
    body="""
Hello Amazon Chime administrator,

After careful consideration, we have decided to end support for the Amazon
Chime service, including Business Calling features, on [[2026-02-20|%B %-d, %Y]].

What this means for your organization:

  * Starting today, [[2025-02-19|%B %-d, %Y]], Amazon Chime no longer accepts new
    customers, and you can no longer create new Chime accounts or Team
    accounts.
  * Until [[2026-02-20|%B %-d, %Y]], your existing users can keep holding meetings, chatting
    and calling as they do today, and you can keep adding users to the
    accounts you already have.
  * On [[2026-02-20|%B %-d, %Y]], the Chime apps, meetings, chat rooms and Business Calling
    numbers stop working. Chat history and meeting recordings cannot be
    retrieved after that date.

Before then, please move your users to another meeting and chat solution and
export any chat history you need to keep. Phone numbers used with Business
Calling can be ported to another provider; start the port well ahead of the
end date.

The Amazon Chime SDK is a separate service and is not affected by this change.

More information and migration guidance:
https://aws.amazon.com/blogs/messaging-and-targeting/update-on-support-for-amazon-chime/

Thank you for using Amazon Chime.

Sincerely,
The Amazon Chime team
""")

# 13 -- Amazon Honeycode discontinued
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/85", provider=AWS,
    label="action-required", orig="2023-08-24", target="2028-05-22", time="16:52",
    tz="+0000", deadline="2024-02-29",
    frm=("Amazon Honeycode", "no-reply-aws@amazon.com"),
    to=("Mirela Tan", "mirela.tan@orchardpost.example"),
    subject="Important update about Amazon Honeycode",
    body="""
Hello Honeycode builder,

We are writing to let you know that Amazon Honeycode will be discontinued. The
service will shut down on [[2024-02-29|%B %-d, %Y]].

From today, [[2023-08-24|%B %-d, %Y]], new sign-ups are closed and Honeycode no longer
offers paid plans; teams on a paid plan have been moved to the free plan and
will not be charged again.

You can keep building and using your apps until [[2024-02-29|%B %-d, %Y]]. After that date
your workbooks, tables and apps will be deleted and can no longer be opened, so
please export any data you want to keep before the shutdown. Each table can be
exported as a CSV file from the Tables view.

Teams that need a replacement can look at Amazon AppFabric, AWS App Studio or
other low-code tools; our FAQ lists options and explains how to export your
data: https://www.honeycode.aws/faq

Thank you for building with Honeycode.

The Amazon Honeycode team
""")

# 14 -- Amazon Connect Voice ID end of support
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/129", provider=AWS,
    label="action-required", orig="2025-05-20", target="2028-05-23", time="14:26",
    tz="+0000", deadline="2026-05-20",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Contact Center Engineering", "cc-eng@tidewaterinsure.example"),
    subject="Amazon Connect Voice ID end of support [AWS Account: 587123904416]",
    body="""
Hello,

You are receiving this message because Amazon Connect Voice ID is enabled for
one or more Amazon Connect instances in your AWS account 587123904416.

On [[2025-05-20|%B %-d, %Y]], AWS ended support for Amazon Connect Voice ID. New customers can
no longer turn the feature on. If you already use it, caller enrollment,
authentication and fraud-risk checks keep working as they do today until
[[2026-05-20|%B %-d, %Y]]. On that date Voice ID shuts down completely: speaker enrollments
are deleted, and contact flows that still call the "Set Voice ID" block will
fall through to their error branch.

Before [[2026-05-20|%B %-d, %Y]], please:

  * Remove the Voice ID blocks from your contact flows, or route them to
    another form of caller authentication.
  * Delete the Voice ID domain once it is no longer used.

Voice ID documentation lists recommended alternatives, including partner
solutions available in the Amazon Connect console:
https://docs.aws.amazon.com/connect/latest/adminguide/voice-id.html

Affected instances (us-east-1):
  claims-intake-prod
  claims-intake-uat

Sincerely,
Amazon Web Services
""")

# 15 -- Price change: public IPv4 addresses
add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/83", provider=AWS,
    label="pricing", orig="2023-07-29", target="2028-05-15", time="01:09",
    tz="+0000", deadline="2024-02-01",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("FinOps", "finops@pebbletrack.example"),
    subject="Upcoming change to public IPv4 address pricing [AWS Account: 214478095530]",
    body="""
Hello,

We are writing to tell you about a pricing change that will affect your AWS
bill.

Effective [[2024-02-01|%B %-d, %Y]], AWS will charge $0.005 per IP per hour for every public
IPv4 address, whether or not it is attached to a running resource. Today, only
Elastic IP addresses that are not associated with a running instance are
charged. The change applies to all AWS services that assign public IPv4
addresses, in all commercial Regions, including addresses that AWS assigns
automatically to EC2 instances, load balancers and NAT gateways.

The AWS Free Tier for Amazon EC2 will include 750 hours per month of public
IPv4 address usage for the first 12 months, starting [[2024-02-01|%B %-d, %Y]].

Based on your usage over the last 30 days, your account held an average of 41
public IPv4 addresses. At the new rate this would add about $150 per month.

To understand and reduce your usage, you can use the new Public IP Insights
feature in Amazon VPC IP Address Manager, and the new
"PublicIPv4:InUseAddress" and "PublicIPv4:IdleAddress" usage types will appear
in your Cost and Usage Report from [[2023-08-01|%B %-d, %Y]].

More details:
https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/

Sincerely,
Amazon Web Services
""")

# 16 -- Direct Connect planned maintenance (AWS Health via User Notifications)
add(src="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/aws/aws4.eml",
    provider=AWS, label="maintenance", orig="2025-09-02", target="2028-05-04",
    time="00:13", tz="+0000", deadline="2025-09-16",
    frm=("Amazon Web Services", "health@aws.com"),
    to=("Network Notices", "net-notices@andeslink.example"),
    subject="AWS Direct Connect Planned Maintenance Notification [AWS Account: 482715906623]",
    body="""
AWS Health Event

Service:       DIRECTCONNECT
Region:        sa-east-1
Event type:    AWS_DIRECTCONNECT_MAINTENANCE_SCHEDULED
Category:      Scheduled change
Start time:    [[2025-09-16 01:00|%a, %d %b %Y %H:%M:%S]] GMT
End time:      [[2025-09-16 05:00|%a, %d %b %Y %H:%M:%S]] GMT
Account:       482715906623

Hello,

We have scheduled maintenance on an AWS Direct Connect endpoint at the Sonda
Quilicura facility in Santiago. The work will take place from
[[2025-09-16 01:00|%a, %d %b %Y %H:%M:%S]] GMT to [[2025-09-16 05:00|%a, %d %b %Y %H:%M:%S]] GMT, a window of 4 hours.
While it is in progress, the Direct Connect resources listed below may lose
connectivity.

Affected resources:
  dxcon-fh3k7q2m
  dxvif-fg91lr0s
  dxlag-ffw2c8ta
  dxcon-fgb6z1pn
  dxcon-fg0y4dxe

We schedule maintenance so that redundant connections are not taken down at the
same time. If your traffic is spread across connections at more than one
location, it should fail over without action on your part.

If a connection still has problems after the window has ended, please contact
AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

You are receiving this message because you are subscribed to AWS Health
notifications through AWS User Notifications. To manage notifications, visit
the AWS User Notifications console.
""")

# 17 -- SES sending paused: phishing sent from a compromised account
add(src="https://www.wiz.io/blog/wiz-discovers-cloud-email-abuse-campaign", provider=AWS,
    label="abuse", orig="2025-05-20", target="2028-05-16", time="09:37", tz="+0000",
    deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Marketing Systems", "martech@loomcrest.example"),
    subject="Amazon SES sending paused for AWS account 826640173259",
    body="""
Hello,

We have paused the ability of AWS account 826640173259 to send email through
Amazon SES in all AWS Regions, effective immediately.

---------------------------------------------------------------------
WHY SENDING WAS PAUSED
---------------------------------------------------------------------
Over the last 48 hours this account sent a large volume of messages that
recipients and anti-abuse organizations reported as phishing. The messages
impersonated a well-known tax service and linked to pages that collect login
credentials. Sending phishing content through Amazon SES violates the AWS
Acceptable Use Policy and the Amazon SES Service Terms.

Activity we observed on the account before the messages were sent:

  * Requests for production access (PutAccountDetails) submitted in a burst
    across 17 Regions within about ten seconds.
  * New sending identities verified for domains that do not appear elsewhere
    in the account.
  * Sending from an IAM user whose name begins with "ses-", using an access
    key that had not been used for more than a year.

This pattern is consistent with a stolen access key being used to send
unwanted mail from your account.

---------------------------------------------------------------------
WHAT YOU NEED TO DO
---------------------------------------------------------------------
1. Rotate or delete the access keys of the IAM user above, and review CloudTrail
   for other activity you do not recognise.
2. Remove the sending identities you did not create.
3. Reply to this message explaining what happened and what you have changed.
   Include how you will prevent this from happening again.

We will review your reply and decide whether sending can be reinstated. Until
then, all SES send requests from this account will be rejected.

Sincerely,
Amazon Web Services
""")

# 18 -- SNS SMS sending suspended: smishing sent from the account
add(src="https://www.sentinelone.com/labs/sns-sender-active-campaigns-unleash-messaging-spam-through-the-cloud/",
    provider=AWS, label="abuse", orig="2024-02-15", target="2028-05-18", time="22:18",
    tz="+0000", deadline="none",
    frm=("AWS Trust & Safety", "trustandsafety@support.aws.com"),
    to=("Notifications Team", "alerts-dev@parcelwise.example"),
    subject="SMS sending suspended - unsolicited text messages from AWS account 593318240761",
    body="""
Hello,

We've received reports that text messages sent through Amazon SNS from your AWS
account are reaching people who did not ask for them, and that the messages are
being used to defraud the recipients.

AWS account:   593318240761
Service:       Amazon Simple Notification Service (SMS)
Region:        us-east-1
Period:        [[2024-02-13|%Y-%m-%d]] 06:00 UTC to [[2024-02-15|%Y-%m-%d]] 19:40 UTC
Volume:        about 48,000 messages to US numbers

Sample of reported content:
  "USPS: your parcel is held at our depot because the address is incomplete.
   Confirm your details within 12h: hxxps://usps-redelivery[.]example/xk2"

Messages like these impersonate a delivery service to collect personal and
payment data. Sending them violates the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/).

To stop further harm, we have suspended SMS sending for this account in all
Regions and lowered its SMS spending limit to $0.

Required actions:
  * Find out how the messages were sent. The requests were signed with access
    key AKIAWZ4R6T8Y0U2I4O6P, which belongs to IAM user "sns-publisher".
    If you did not send these messages, treat the key as compromised: rotate
    it and check CloudTrail for other activity.
  * Reply to this email with what you found and the corrective steps you took.

If you do not consider this activity abusive, reply with the details of your
use case.

Regards,
AWS Trust & Safety
""")

# 19 -- DMCA notice forwarded by the EC2 abuse team
add(src="https://github.com/steemit/condenser/pull/3140", provider=AWS,
    label="abuse", orig="2018-12-19", target="2028-05-07", time="23:04", tz="+0000",
    deadline="none",
    frm=("Amazon EC2 Abuse", "ec2-abuse@amazon.com"),
    to=("Legal & Ops", "abuse-contact@steamcircle.example"),
    subject="Your Amazon EC2 Abuse Report [6720184463-1] - DMCA notice",
    body="""
Hello,

We've received a notice under the Digital Millennium Copyright Act (DMCA) that
concerns content served from resources in your AWS account:

  AWS ID:      381206574920
  Region:      us-east-1
  Resource:    Elastic Load Balancer social-web-prod-1488712093
               (dualstack.social-web-prod.us-east-1.elb.amazonaws.com)

The complainant states that the pages listed below reproduce copyrighted images
without the permission of the rights holder. The notice is included below as we
received it.

Please review the material. If you agree, remove it or disable access to it and
reply to this email describing what you did. If you believe the material is not
infringing, or that you have the rights holder's permission, you may reply with
a counter-notification containing the elements required by 17 U.S.C. 512(g)(3),
and we will forward it to the complainant.

Please be aware that AWS may remove or disable access to content that is the
subject of a valid notice, in line with the AWS Customer Agreement and our
repeat infringer policy.

---------------- Notice received ----------------
Complainant:  rights agent for a stock photography agency
Works:        12 photographs, catalogue numbers SPA-88120 to SPA-88131
URLs:         https://steamcircle.example/@travelfoto/day-in-lisbon
              https://steamcircle.example/@travelfoto/harbour-at-dusk
              https://steamcircle.example/trending/photography?page=3
Statement:    good-faith belief that the use is not authorized; accuracy sworn
              under penalty of perjury.
-------------------------------------------------

Regards,
Amazon EC2 Abuse
""")

# 20 -- Trust & Safety: open DNS resolver used for reflection
add(src="https://github.com/Seji64/SniDust/issues/61", provider=AWS,
    label="abuse", orig="2024-07-06", target="2028-05-21", time="11:49", tz="+0000",
    deadline="none",
    frm=("AWS Trust & Safety", "trustandsafety@support.aws.com"),
    to=("Karim Haddad", "karim.haddad@saffronmail.example"),
    subject="AWS Abuse Report [15937402281-1]: Reflection/amplification from EC2 instance i-0b5e27c91d3f4a680",
    body="""
Hello,

We've received a report that an AWS resource in your account has been taking
part in a denial-of-service attack against third parties.

AWS Account ID:       749302158817
Implicated resource:  EC2 Instance Id: i-0b5e27c91d3f4a680 [198.51.100.212]
Region:               eu-central-1
Reported activity:    DNS reflection / amplification (UDP 53)

According to the reporter, the instance answers recursive DNS queries from any
address on the internet. Attackers have been sending it small queries with a
forged source address, and the much larger answers were delivered to the
victim's network. Operating a service that can be used this way, and traffic of
this kind, are forbidden by the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/).

Required actions:
  * Stop the resolver from answering queries from the public internet: limit
    UDP/TCP 53 in the instance's security group to the clients you serve, or
    configure the DNS software to refuse recursion for unknown clients.
  * If the instance runs a proxy or "smart DNS" package that you installed from
    a script, check its defaults; many expose an open resolver.
  * Reply to this email with the corrective action you took.

Log extract provided by the reporter (times in UTC):

  [[2024-07-06 04:12:07|%Y-%m-%dT%H:%M:%S]]Z  198.51.100.212:53 -> 203.0.113.77:61234  UDP  3120 bytes  ANY isc.example
  [[2024-07-06 04:12:07|%Y-%m-%dT%H:%M:%S]]Z  198.51.100.212:53 -> 203.0.113.77:40011  UDP  3120 bytes  ANY isc.example
  [[2024-07-06 04:12:08|%Y-%m-%dT%H:%M:%S]]Z  198.51.100.212:53 -> 203.0.113.77:17720  UDP  3120 bytes  ANY isc.example
  (about 9,400 similar lines omitted)

If you do not consider this activity abusive, reply with details of your use
case.

Regards,
AWS Trust & Safety
""")

# 21 -- SES account under review: complaint rate
add(src="https://docs.aws.amazon.com/ses/latest/dg/reputationdashboard-findings.html",
    provider=AWS, label="abuse", orig="2028-05-13", target="2028-05-13", time="13:55",
    tz="+0000", deadline="2028-05-27",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Lifecycle Email", "crm-email@fernbrook.example"),
    subject="Amazon SES Review Period for AWS Account 612990573128 in region EU (Ireland)",
    body="""
Hello,

There is a problem with your Amazon SES sending that needs your attention.
Please read this notice in full.

---------------------------------------------------------------------
CHANGE IN YOUR ACCOUNT STATUS
---------------------------------------------------------------------
The Amazon SES account for AWS account 612990573128 in the EU (Ireland) Region
is now under review. You can continue to send while the review is open, but if
the problem below is not fixed by the end of the review period, we may pause
your ability to send email from this Region.

---------------------------------------------------------------------
DETAILS
---------------------------------------------------------------------
Complaint rate:  0.62%, measured over the last 48,210 eligible messages
                 (roughly the last 21 days)

We expect senders to keep their complaint rate below 0.1%. Accounts whose rate
reaches 0.5% or more are placed under review, because it means that many
recipients do not want the mail they are receiving. A complaint is recorded when
a recipient marks one of your messages as spam and their mailbox provider
reports it to us.

Review period ends: [[2028-05-27|%B %-d, %Y]]

---------------------------------------------------------------------
WHAT TO DO
---------------------------------------------------------------------
* Send only to people who asked to hear from you, and remove addresses that
  complained or that have not engaged for a long time.
* Make it easy to unsubscribe, and honour unsubscribe requests at once.
* Use the reputation dashboard in the Amazon SES console (Reputation metrics)
  to follow your complaint rate.
* When you have made changes, reply to this message describing them.

Sincerely,
Amazon Web Services
""")

# 22 -- Support case: SES reconnaissance with a key published on GitHub
add(src="https://permiso.io/blog/s/aws-ses-pionage-detecting-ses-abuse/", provider=AWS,
    label="security-incident", orig="2022-10-12", target="2028-05-25", time="08:31",
    tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Security Contact", "secops@arborvane.example"),
    subject="Your AWS Account may be compromised [AWS Account: 905117234688]",
    body="""
Amazon Web Services has opened case 11043920871 on your behalf.

Dear AWS Customer,

Your AWS account may have been accessed by someone outside your organization.
Please review this notice and act on it right away.

We found the access key AKIAXR7T2Y5U8I1O3P6A (IAM user "svc-mailer"), along with
its secret key, in a public GitHub repository. Shortly after it appeared there,
the key was used from 203.0.113.140 to make the following calls:

  [[2022-10-11 23:48|%Y-%m-%d %H:%M]] UTC  ses:GetAccount               us-east-1
  [[2022-10-11 23:48|%Y-%m-%d %H:%M]] UTC  servicequotas:ListServiceQuotas  us-east-1
  [[2022-10-11 23:49|%Y-%m-%d %H:%M]] UTC  ses:ListIdentities           us-east-1, us-west-2, eu-west-1

These calls are a common first step for people who want to send bulk email from
someone else's Amazon SES account. We have not seen messages sent yet.

Please do the following:

  1. Delete or rotate the exposed key, and remove it from the repository and its
     history.
  2. Look in CloudTrail for any other activity by this key or by IAM users,
     roles or keys you do not recognise, and delete them.
  3. Check Amazon SES in every Region for identities you did not verify, and for
     requests to leave the SES sandbox that you did not make.
  4. Reply to this case when you are done.

Until the key is removed, we have limited some actions in your account to
reduce the risk of unexpected charges.

Sincerely,
Amazon Web Services
""")

# 23 -- Follow-up: account taken over, SageMaker running in many Regions
add(src="https://nablag.com/big_fat_aws_billing", provider=AWS,
    label="security-incident", orig="2022-08-03", target="2028-05-26", time="12:40",
    tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Priya Nandakumar", "priya@pn-personal.example"),
    subject="Third notice: unauthorized activity in AWS account 307744182910",
    body="""
Dear AWS Customer,

This is our third message about suspicious activity in your AWS account
307744182910. We have not yet heard from you, and the activity is still going on.

On [[2022-07-29|%B %-d, %Y]] someone signed in to the account with the root password from
an address we had not seen before. Since then, Amazon SageMaker notebook
instances and training jobs on large GPU instance types have been started in 16
Regions, including Regions you have never used. Charges for the current month
are now about $13,400 and are still growing.

We believe the account password was obtained by someone else, possibly because
it was reused on another website.

Please act now:

  * Change the root password, and turn on MFA for the root user.
  * In every Region, stop and delete SageMaker notebook instances, training
    jobs and endpoints that you did not create. Check EC2 as well.
  * Delete IAM users, access keys and roles you do not recognise.
  * Reply to the support case that was opened for this issue so that we can
    review the account with you, including the charges.

You can view the case in the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=10387722615

Sincerely,
Amazon Web Services
""")

# 24 -- Phishing: device-code lure pretending to come from AWS SSO
add(src="https://blog.christophetd.fr/phishing-for-aws-credentials-via-aws-sso-device-code-authentication/",
    provider=AWS, label="action-required", orig="2021-06-10", target="2028-05-13",
    time="09:02", tz="+0200", deadline="2021-06-10", phishing=True,
    frm=("AWS Single Sign-On", "no-reply@aws-sso-notify.example"),
    to=("Lena Vogt", "lena.vogt@kestrelworks.example"),
    subject="Action needed: re-verify your AWS SSO access",
    body="""
Hi Lena,

As part of this quarter's access review, every user of the Kestrel Works AWS
accounts must re-confirm their AWS Single Sign-On session. Users who do not
confirm will lose access to the production accounts at the end of the day.

It takes less than a minute:

  1. Open the AWS device authorization page:
     https://device.sso.eu-west-1.amazonaws.com/
  2. Enter this code when asked:  KRTW-PLMQ
  3. Sign in with your usual Kestrel Works credentials and click "Allow".

The code expires 10 minutes after this email was sent, so please do it now. If
it has expired, reply to this message and we will send you a new one.

Thanks,
AWS SSO Administration
Kestrel Works Cloud Platform team
""")

# 25 -- Phishing (Japanese): spoofed AWS sender, fake account restriction
add(src="https://b-type.mito-city.com/amazon%E3%82%92%E9%A8%99%E3%82%8B%E3%83%95%E3%82%A3%E3%83%83%E3%82%B7%E3%83%B3%E3%82%B0%E3%83%A1%E3%83%BC%E3%83%AB%E3%80%90%E6%B3%A8%E6%84%8F%E5%96%9A%E8%B5%B7%E3%80%91/",
    provider=AWS, label="security-incident", orig="2019-06-20", target="2028-05-27",
    time="06:44", tz="+0900", deadline="none", phishing=True, ja=True,
    frm=("Amazon", "no-reply-aws@amazon.com"),
    to=("", "yamada.k@kitaura-home.example"),
    subject="【Amazon ID アカウントを利用制限しています】",
    body="""
誠に申し訳ございませんが、お客様のアカウントは閉鎖される予定です。
お客様の Amazon アカウント情報の更新が確認できませんでした。

アカウントの安全を保ち、盗難などの危険からお守りするため、
アカウント管理チームによりご利用を一時停止しております。
以下のアドレスからアカウントのロックを解除していただけます。

リンクがクリックできない場合は、下記のアドレスをブラウザに貼り付けてください:
http://amazon-id-protects.example

Amazon アカウント管理チーム
""")

# 26 -- Phishing: AWS billing lure
add(src="https://deltapls.com/explorations-within-the-spam-folder/", provider=AWS,
    label="billing", orig="2023-03-14", target="2028-05-28", time="18:26", tz="-0500",
    deadline="none", phishing=True,
    frm=("AWS Billing", "billing-notice@aws-accountservices.example"),
    to=("", "devin.marsh@tinkerloop.example"),
    subject="AWS Billing: your payment could not be processed",
    body="""
Amazon Web Services

Dear Customer,

We could not process the payment for your latest AWS invoice. The card on file
was declined when we tried to charge it.

    Invoice:          INV-US-2023-48811729
    Amount due:       USD 184.52
    Billing period:   [[2023-02-01|%B %-d]] - [[2023-02-28|%B %-d, %Y]]

To keep your services running, please confirm your billing details in the
Billing and Cost Management console:

    https://console.aws-accountservices.example/billing/home#/paymentmethods

If the payment information is not brought up to date, resources in your account
may be stopped and your account may be suspended.

Thank you for using Amazon Web Services.

Sincerely,
AWS Billing Team
""")

# 27 -- Free Tier usage alert (Japanese)
add(src="https://docs.aws.amazon.com/ja_jp/awsaccountbilling/latest/aboutv2/tracking-free-tier-usage.html",
    provider=AWS, label="billing", orig="2028-05-20", target="2028-05-20", time="11:15",
    tz="+0900", deadline="none", ja=True,
    frm=("AWS 無料利用枠", "freetier@costalerts.amazonaws.com"),
    to=("佐藤 美咲", "misaki.sato@hanagumi.example"),
    subject="AWS 無料利用枠の使用制限アラート",
    body="""
AWS Budgets による AWS 無料利用枠の使用状況アラート

AWS をご利用いただきありがとうございます。

お客様の AWS アカウント 580913274466 において、[[2028-05-01|%Y 年 %-m 月]]分の
AWS 無料利用枠対象サービスのうち 1 つ以上で、使用量が無料利用枠の上限の
85% を超えました。

  [[2028-05-19|%Y/%m/%d]] 時点の使用量      無料利用枠の上限
  ----------------------------------------------------------------
  17.4 GB-月                   Amazon Elastic Block Store ストレージ 30 GB-月
  646 時間                     Amazon EC2 t3.micro インスタンス 750 時間

無料利用枠の上限を超えた分は、通常の従量料金で請求されます。使用状況の
詳細は、AWS 請求とコスト管理のダッシュボードでご確認いただけます。

このアラートは AWS Budgets から送信されています。AWS は無料利用枠対象
サービスの使用量を自動的に追跡し、いずれかの上限の 85% に達した時点で
お知らせします。アラートの配信停止や送信先メールアドレスの変更は、
請求とコスト管理の「設定」ページから行えます。

アマゾン ウェブ サービス
""")

# 28 -- Japanese: Organizations-wide switch to the Japan-law Customer Agreement
add(src="https://aws.amazon.com/jp/blogs/news/aws-organizations-artifact-agreement/",
    provider=AWS, label="informational", orig="2020-06-10", target="2028-05-10",
    time="10:30", tz="+0900", deadline="none", ja=True,
    frm=("アマゾン ウェブ サービス ジャパン", "no-reply-aws@amazon.com"),
    to=("情報システム部 クラウド担当", "cloud-admin@kawasemi-shoji.example"),
    subject="AWS Organizations をご利用のお客様へ：日本準拠法に関する AWS カスタマーアグリーメント変更契約の一括締結について",
    body="""
AWS Organizations の管理アカウントをご利用のお客様

平素より アマゾン ウェブ サービス (AWS) をご利用いただき、誠にありがとうございます。

AWS アカウントを開設した時点では、AWS カスタマーアグリーメントの準拠法は
米国ワシントン州法、管轄裁判所はワシントン州キング郡の裁判所となっています。
これまでも AWS Artifact から「日本準拠法に関する AWS カスタマーアグリーメント
変更契約」を締結することで、準拠法を日本法に、第一審の管轄裁判所を東京地方
裁判所に変更いただけましたが、その手続きはアカウントごとに必要でした。

本日より、AWS Organizations の管理アカウントで AWS Artifact から上記の変更契約を
締結すると、組織に所属するすべてのメンバーアカウントにも一括で適用できるように
なりました。今後組織に追加されるアカウントにも、同じ契約が自動的に適用されます。

ご利用方法
  1. 管理アカウントで AWS Artifact コンソールを開きます。
  2. 「契約」から「組織の契約」タブを選び、対象の変更契約を確認します。
  3. 内容に同意のうえ、「組織の契約を受諾」を選択します。

すでにアカウント単位または書面で変更契約を締結済みのお客様は、改めて手続きを
行う必要はありません。本件に関してお客様のご対応が必須となるものではなく、
現在ご利用中のサービスに影響はありません。

詳しくは AWS ブログの解説記事をご覧ください。

今後とも AWS をよろしくお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社
""")

# 29 -- Japanese: qualified invoices (invoice system) from October 1
add(src="https://aws.amazon.com/jp/local/invoice-faq/", provider=AWS,
    label="informational", orig="2023-09-01", target="2028-05-29", time="14:00",
    tz="+0900", deadline="2023-10-01", ja=True,
    frm=("アマゾン ウェブ サービス ジャパン", "aws-billing-jp@amazon.com"),
    to=("経理部 請求書受領窓口", "ap-invoice@minatoya-kogyo.example"),
    subject="【ご案内】インボイス制度（適格請求書等保存方式）への AWS の対応について",
    body="""
AWS をご利用のお客様

平素より アマゾン ウェブ サービス (AWS) をご利用いただき、誠にありがとうございます。

[[2023-10-01|%Y 年 %-m 月 %-d 日]] (UTC) から開始される適格請求書等保存方式（インボイス
制度）に合わせ、AWS が発行する請求書について下記のとおりご案内いたします。

■ 対応内容
  ・[[2023-10-01|%Y 年 %-m 月 %-d 日]]以降に発行する請求書は、適格請求書の要件を満たす
    形式で発行いたします。
  ・請求書を発行する各社の登録番号は、請求書下部のフッターに記載されます。
      アマゾン ウェブ サービス ジャパン合同会社  T6011001106696
      Amazon Web Services, Inc.                   T9700150104216
  ・適格請求書は、これまでと同様に AWS 請求とコスト管理コンソールの
    「請求書」ページからダウンロードいただけます。

■ ご留意事項
  ・[[2023-10-01|%Y 年 %-m 月 %-d 日]]より前に前払いで購入されたサービスについて、同日以降の
    期間分を対象とした適格請求書を別途発行することはできません。
  ・AWS Marketplace でサードパーティから購入された製品の請求書については、
    各販売者にお問い合わせください。

お客様に新たにお手続きいただく必要はございません。請求書の送付先メールアドレス
や請求先住所に変更がある場合は、コンソールの「お支払い設定」からご確認ください。

よくあるご質問は以下のページにまとめております。
https://aws.amazon.com/jp/local/invoice-faq/

アマゾン ウェブ サービス ジャパン合同会社
""")

# 30 -- EC2 instance scheduled for retirement
add(src="https://www.reddit.com/r/aws/comments/feft7z/ec2_has_detected_degradation_of_the_underlying/",
    provider=AWS, label="maintenance", orig="2020-03-06", target="2028-05-01",
    time="04:27", tz="+0000", deadline="2020-03-20",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Marcus Lindqvist", "marcus@pinegrove-apps.example"),
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
    body="""
Hello,

EC2 has found that the physical hardware running your Amazon EC2 instance
(instance-ID: i-07c3e9a41d5b2f816) in the us-east-1 region, in AWS account
160582934471, is degraded. Because of this the instance may already be
unreachable. We will stop the instance after [[2020-03-20 00:00|%Y-%m-%d %H:%M]] UTC.
Please take any action you need before then.

Affected instance:

i-07c3e9a41d5b2f816

What this means for you:
The instance uses an EBS volume as its root device, so it will be stopped, not
terminated. You can start it again at any time afterwards; it will then run on
healthy hardware. Data on any instance store volumes is lost when the instance
stops.

What you can do:
To choose the time yourself, stop and then start the instance (a reboot is not
enough) before the date above. You can see all scheduled events for your
instances on the Events page of the EC2 console.

For more information, see "Instance retirement" in the Amazon EC2 User Guide.

Sincerely,
Amazon Web Services
""")

# 31 -- Site-to-Site VPN tunnel endpoint replacement (lifecycle control)
add(src="https://github.com/ministryofjustice/modernisation-platform/issues/7833",
    provider=AWS, label="maintenance", orig="2024-09-02", target="2028-05-22",
    time="10:11", tz="+0000", deadline="2024-09-30",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Network Engineering", "network@justicepath.example"),
    subject="AWS Site-to-Site VPN tunnel endpoint replacement available [AWS Account: 796408315227]",
    body="""
Hello,

A tunnel endpoint replacement is available for a Site-to-Site VPN connection in
your AWS account 796408315227 in the EU (London) Region.

VPN connection:     vpn-0e83d1b94f62a7c05  (hq-core-vpn)
Tunnel:             outside IP 203.0.113.18
Replacement after:  [[2024-09-30 23:00|%B %-d, %Y %H:%M]] UTC

AWS regularly replaces VPN tunnel endpoints to apply security patches and
hardware updates. Because tunnel endpoint lifecycle control is turned on for
this connection, you can choose when the replacement happens:

  * Apply it now, at a time that suits you, from the VPC console
    (Site-to-Site VPN connections > Actions > Replace VPN tunnel) or with the
    ReplaceVpnTunnel API and the --apply-pending-maintenance option.
  * If you do nothing, AWS will apply it automatically after the time shown
    above.

During the replacement the tunnel goes down for a short time. Traffic moves to
the second tunnel if both tunnels are up and your customer gateway is set up
for failover; connections that rely on a single tunnel will be interrupted
until the tunnel is re-established.

For more information, see "Tunnel endpoint lifecycle control" in the AWS
Site-to-Site VPN User Guide.

Sincerely,
Amazon Web Services
""")

# 32 -- Promotional credits about to expire
add(src="https://wtnb.mydns.jp/wordpress/archives/7354", provider=AWS,
    label="billing", orig="2021-11-10", target="2028-05-06", time="08:50", tz="+0000",
    deadline="2021-11-30",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Kenji Arai", "kenji.arai@arai-home.example"),
    subject="Your AWS promotional credits expire on [[2021-11-30|%B %-d, %Y]]",
    body="""
Hello,

This is a reminder that AWS promotional credits applied to your account
824150937712 will expire soon.

  Credit name:        AWS Customer Feedback Credit
  Remaining balance:  USD 3.17
  Expiration date:    [[2021-11-30|%B %-d, %Y]]

Any balance left on [[2021-11-30|%B %-d, %Y]] will be removed from your account and cannot
be restored. From then on, eligible charges will be billed to your default
payment method.

Please also check that your default payment method is up to date. The credit
card we have on file for this account expired in 09/2018, so future charges
cannot be collected until you add a valid card:
https://console.aws.amazon.com/billing/home#/paymentmethods

You can see your credit balance and where it has been applied on the Credits
page of the Billing and Cost Management console.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""")

# 33 -- Billing support case: refund of an unintended Kiro charge
add(src="https://github.com/kirodotdev/Kiro/issues/10648", provider=AWS,
    label="billing", orig="2026-08-04", target="2028-05-31", time="02:35",
    tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Seo-yeon Park", "seoyeon.park@hanriver-dev.example"),
    subject="RE: [Case 178013559100614] Unexpected charge on Kiro subscription",
    body="""
Hello,

Thank you for your patience while we looked into this.

I've reviewed your account and confirmed that the charge of $217.28 USD for the
Kiro Power subscription on invoice TKR4WQMX0019, dated [[2026-08-01|%B %-d, %Y]], was not
intended. The subscription was upgraded without a matching confirmation on your
side, so I have:

  * cancelled the Kiro Power subscription and returned your account to the
    Kiro Free plan, and
  * issued a full refund of $217.28 USD to the card ending in 4417.

Refunds normally appear on your statement within 5 to 10 business days,
depending on your bank. You do not need to do anything else.

If the refund has not reached you by [[2026-08-18|%B %-d, %Y]], reply to this case and I
will follow up with our payments team.

Best regards,

Marisol
Amazon Web Services
Account and Billing Support

To see or reply to this case, visit the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=178013559100614
""")

# 34 -- Account suspended for non-payment
add(src="https://t3a.jp/?p=2041", provider=AWS, label="billing", orig="2021-05-15",
    target="2028-05-17", time="16:05", tz="+0000", deadline="none",
    frm=("Amazon Web Services", "aws-receivables-support@email.amazon.com"),
    to=("Test Lab", "aws-lab@lab-notes.example"),
    subject="Your AWS account 517006283914 has been suspended",
    body="""
Dear Amazon Web Services Customer,

Your AWS account 517006283914 has been suspended because charges on the account
remain unpaid. We tried to collect payment several times, but the card on file
was declined; it expired in 02/2021.

  Past due balance:   USD 6.84
  Oldest unpaid bill: [[2021-03-01|%B %Y]]

While the account is suspended you can still sign in to the Billing console,
but you cannot use or reach your AWS resources.

To reactivate the account, sign in, add a valid payment method, and pay the past
due amount from the Payments page:
https://console.aws.amazon.com/billing/home#/paymentsoverview

If the balance is not paid, resources in the account may be terminated and the
account may later be closed.

If you believe the account was suspended for a reason other than an unpaid
balance, contact AWS Support:
https://aws.amazon.com/contact-us/

Sincerely,
Amazon Web Services
""")

# 35 -- EC2 maintenance update: fleet reboots completed (Xen advisory)
add(src="https://aws.amazon.com/blogs/aws/ec2-maintenance-update-2/", provider=AWS,
    label="informational", orig="2014-10-01", target="2028-05-02", time="16:20",
    tz="+0000", deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=("Ops", "ops@cedarquay.example"),
    subject="EC2 Maintenance Update: scheduled reboots are complete",
    body="""
Hello,

This is a follow-up to our earlier message about EC2 maintenance.

Late on [[2014-09-30|%B %-d]], we finished rebooting the small share of EC2
instances (less than 10% of the fleet) that needed a host update. The reboots
protect your instances from the security issue described in Xen Security
Advisory XSA-108, which was published today. Until now the details were under
embargo, and we were not able to tell you more about why the work had to be
done so quickly.

The reboots were carried out zone by zone, as planned. No further reboots are
scheduled for this issue and you do not need to do anything.

This is a good moment to check how your applications cope with the loss of a
single instance:

  * Run instances in two or more Availability Zones.
  * Keep the Alternate Contacts in the Billing console up to date, so that
    maintenance messages reach the right people.
  * Review the Personal Health Dashboard and Trusted Advisor for resources
    that depend on a single instance.

Thank you for your patience during this maintenance.

Sincerely,
Amazon Web Services
""")

# 36 -- SES abuse report: spam-trap hits from a newly verified identity
add(src="https://securitylabs.datadoghq.com/cloud-security-atlas/attacks/using-ses-to-send-spam",
    provider=AWS, label="abuse", orig="2028-05-27", target="2028-05-27", time="19:58",
    tz="+0000", deadline="none",
    frm=("Amazon SES Abuse", "email-abuse@amazon.com"),
    to=("Support Desk", "support@quayline-travel.example"),
    subject="Amazon SES abuse report for AWS account 458120779036 [SES-ABUSE-7724419]",
    body="""
Hello,

We've received abuse reports about email sent through Amazon SES from your AWS
account 458120779036 in the us-west-2 Region.

Sending identity:  offers@quayline-deals.example (verified [[2028-05-25|%B %-d, %Y]])
Messages:          about 31,000 between [[2028-05-26|%B %-d]] 02:00 and [[2028-05-27|%B %-d]] 11:00 UTC
Reported by:       a spam-trap operator and two mailbox providers

The reports say the messages advertised discounted travel vouchers, were sent to
addresses that never signed up for them (including spam-trap addresses), and
linked to a site unrelated to your business. Sending unsolicited bulk email
through Amazon SES is not allowed under the AWS Acceptable Use Policy.

The identity above was verified only two days before the messages were sent,
and the calls that verified it (ses:VerifyEmailIdentity, followed by
ses:UpdateAccountSendingEnabled) came from an access key that your account does
not normally use from that location. If you did not send these messages,
please treat the key as compromised.

What we ask you to do:
  * Stop the sending, and delete the identity if it is not yours.
  * Rotate or delete the access key used, and review CloudTrail for other
    changes.
  * Reply to this message with the results of your investigation and the steps
    you have taken.

If we do not see the problem addressed, we may pause your account's ability to
send email through Amazon SES.

Sincerely,
Amazon SES Team
""")


# ----------------------------------------------------------------------------
# Write, re-read, check
# ----------------------------------------------------------------------------
DOC_NETS = [ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
DEADLINE = re.compile(r"^(none|\d{4}-\d{2}-\d{2})$")
MSGID = re.compile(r"^<%s\.(\d{2})\.(\d{8})@training\.set-%s\.example>$" % (NAME, NAME))


def write():
    if os.path.exists(MBOX):
        os.remove(MBOX)
    for ext in (".lock",):
        if os.path.exists(MBOX + ext):
            os.remove(MBOX + ext)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    try:
        for i, n in enumerate(NOTICES, 1):
            m, _ = build(i, n)
            box.add(m)
        box.flush()
    finally:
        box.unlock()
        box.close()


def check():
    problems = []
    raw = open(MBOX, "rb").read()
    if b"\r" in raw:
        problems.append("mbox contains CR characters (expected LF line endings)")
    if not raw.startswith(b"From "):
        problems.append("mbox does not start with a From_ line")
    box = mailbox.mbox(MBOX, create=False)
    msgs = list(box)
    if len(msgs) != len(NOTICES):
        problems.append("expected %d messages, found %d" % (len(NOTICES), len(msgs)))
    seen_ids = set()
    counts = {}
    critical = phishing = ja = 0
    required = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                "Content-Type", "Content-Transfer-Encoding", "X-Training-Label",
                "X-Training-Deadline"]
    for i, (m, n) in enumerate(zip(msgs, NOTICES), 1):
        tag = "message %02d" % i
        for h in required:
            if m.get(h) is None:
                problems.append("%s: missing header %s" % (tag, h))
        for k, v in m.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                problems.append("%s: non-ASCII header %s" % (tag, k))
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (BATCH_YEAR, BATCH_MONTH):
            problems.append("%s: Date %s outside batch month" % (tag, m["Date"]))
        mid = m["Message-ID"]
        mm = MSGID.match(mid or "")
        if not mm or int(mm.group(1)) != i or mm.group(2) != d.strftime("%Y%m%d"):
            problems.append("%s: bad Message-ID %s" % (tag, mid))
        if mid in seen_ids:
            problems.append("%s: duplicate Message-ID" % tag)
        seen_ids.add(mid)
        label = m["X-Training-Label"]
        if label not in LABELS:
            problems.append("%s: unknown label %s" % (tag, label))
        counts[label] = counts.get(label, 0) + 1
        dl = m["X-Training-Deadline"]
        if not DEADLINE.match(dl or ""):
            problems.append("%s: bad deadline %s" % (tag, dl))
        elif dl != "none":
            datetime.date.fromisoformat(dl)
        is_ph = m.get("X-Training-Phishing")
        if n["phishing"]:
            phishing += 1
            if is_ph != "yes":
                problems.append("%s: phishing header missing" % tag)
        else:
            if is_ph is not None:
                problems.append("%s: unexpected phishing header" % tag)
            if label in CRITICAL:
                critical += 1
        if m.get_content_type() != "text/plain" or m.get_content_charset() != "utf-8":
            problems.append("%s: Content-Type must be text/plain; charset=utf-8" % tag)
        body = m.get_payload(decode=True).decode("utf-8")
        cte = (m["Content-Transfer-Encoding"] or "").lower()
        try:
            body.encode("ascii")
        except UnicodeEncodeError:
            if cte != "quoted-printable":
                problems.append("%s: non-ASCII body not quoted-printable" % tag)
        if "[[" in body or "]]" in body or "[[" in str(m["Subject"]):
            problems.append("%s: unrendered date placeholder" % tag)
        for ip in IPV4.findall(body + " " + str(m["Subject"])):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in net for net in DOC_NETS):
                problems.append("%s: non-documentation IP %s" % (tag, ip))
        if n["ja"]:
            ja += 1
            if not CJK.search(body):
                problems.append("%s: marked Japanese but body has no Japanese text" % tag)
        if not m.get_from():
            problems.append("%s: missing From_ line" % tag)
    box.close()
    if len(NOTICES) < MIN_TOTAL:
        problems.append("only %d notices (< %d)" % (len(NOTICES), MIN_TOTAL))
    if critical < MIN_CRITICAL:
        problems.append("only %d non-phishing critical notices (< %d)" % (critical, MIN_CRITICAL))
    if phishing < MIN_PHISHING:
        problems.append("only %d phishing notices (< %d)" % (phishing, MIN_PHISHING))
    if ja < MIN_JA:
        problems.append("only %d Japanese notices (< %d)" % (ja, MIN_JA))
    srcs = [n["src"] for n in NOTICES]
    if len(set(srcs)) != len(srcs):
        problems.append("an original is used twice")
    return problems, counts, critical, phishing, ja


def main():
    write()
    problems, counts, critical, phishing, ja = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    summary = ", ".join("%s=%d" % (k, counts[k]) for k in LABELS if k in counts)
    print("%d notices (%s); critical=%d phishing=%d japanese=%d" % (
        len(NOTICES), summary, critical, phishing, ja))
    print("OK")


if __name__ == "__main__":
    main()
