#!/usr/bin/env python3
"""Build the set-g2 validation mailbox (AWS notices, blind set).

Each message below is modelled on a real Amazon Web Services notice that
somebody quoted in public (the URL is kept in ``src``).  The facts and the
shape of the original are kept, the wording is new, all identifiers are
invented (documentation IP ranges, ``.example`` domains) and every date is
shifted so that the Date header falls in September 2027 while the intervals
of the original are preserved.

Usage:  python3 set_g2.py            -> writes set-g2.mbox next to this file,
                                         re-reads it, checks it, prints counts
        python3 set_g2.py --table    -> also prints the README table rows
Only the Python 3 standard library is used; the output is deterministic.
"""
import datetime as dt
import hashlib
import os
import re
import sys
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.charset import QP, Charset
from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g2.mbox")
UTC = dt.timezone.utc
LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
MESSAGES = []

AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")
HEALTH = ("Amazon Web Services", "health@aws.com")
EC2ABUSE = ("AWS Trust & Safety", "ec2-abuse@amazon.com")
TANDS = ("AWS Trust & Safety", "trustandsafety@support.aws.com")


def msg(**kw):
    MESSAGES.append(kw)


# --------------------------------------------------------------------------
# date tokens:  [[YYYY-MM-DD|fmt]]  or  [[YYYY-MM-DD HH:MM[:SS]|fmt]]
# the date is an ORIGINAL date; it is shifted by the message's offset.
# --------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
       "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July",
         "August", "September", "October", "November", "December"]
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt(d, f):
    if f == "iso":
        return d.strftime("%Y-%m-%d")
    if f == "isot":
        return d.strftime("%Y-%m-%d %H:%M UTC")
    if f == "isots":
        return d.strftime("%Y-%m-%d %H:%M:%S UTC")
    if f == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if f == "dmy":
        return "%d %s %d" % (d.day, MONTH[d.month - 1], d.year)
    if f == "dmyts":
        return "%02d %s %d %s UTC" % (d.day, MON[d.month - 1], d.year,
                                      d.strftime("%H:%M:%S"))
    if f == "mdy":
        return d.strftime("%m/%d/%Y")
    if f == "mon":
        return "%s %02d %d %s UTC" % (MON[d.month - 1], d.day, d.year,
                                      d.strftime("%H:%M"))
    if f == "hmon":
        return "%s UTC, %s %02d, %d" % (d.strftime("%H:%M"), MON[d.month - 1],
                                        d.day, d.year)
    if f == "acm":
        return "%s %02d, %d at %s UTC" % (MON[d.month - 1], d.day, d.year,
                                          d.strftime("%H:%M:%S"))
    if f == "rfc":
        return "%s, %02d %s %d %s GMT" % (WD[d.weekday()], d.day,
                                          MON[d.month - 1], d.year,
                                          d.strftime("%H:%M:%S"))
    if f == "month":
        return MONTH[d.month - 1]
    if f == "year":
        return str(d.year)
    if f == "my":
        return "%s %d" % (MONTH[d.month - 1], d.year)
    if f == "jp":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if f == "jpt":
        return "%d年%d月%d日 %s (UTC)" % (d.year, d.month, d.day,
                                         d.strftime("%H:%M"))
    if f == "jpmonth":
        return "%d月" % d.month
    raise ValueError("unknown date format " + f)


TOKEN = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}(?::\d{2})?))?\|(\w+)\]\]")


def render(text, delta):
    if text is None:
        return None

    def rep(m):
        t = m.group(2) or "00:00"
        if len(t) == 5:
            t += ":00"
        d = dt.datetime.strptime(m.group(1) + " " + t, "%Y-%m-%d %H:%M:%S")
        return fmt(d + delta, m.group(3))

    return TOKEN.sub(rep, text)


def html_page(title, body):
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>%s</title>\n</head>\n<body style=\"font-family:Arial,"
            "sans-serif;font-size:14px;color:#16191f\">\n%s\n</body>\n</html>\n"
            % (title, body.strip()))


def cte(s):
    return "quoted-printable" if any(ord(c) > 127 for c in s) else "7bit"


def text_part(body, subtype):
    cs = Charset("utf-8")
    cs.header_encoding = QP
    cs.body_encoding = QP if not body.isascii() else None
    return MIMEText(body, subtype, cs)


def make_message(text, html, boundary):
    """MIME-Version and Content-Type come first; other headers follow."""
    if text is not None and html is not None:
        m = MIMEMultipart("alternative", boundary=boundary)
        for sub in (text_part(text, "plain"), text_part(html, "html")):
            del sub["MIME-Version"]
            m.attach(sub)
    elif text is not None:
        m = text_part(text, "plain")
    else:
        m = text_part(html, "html")
    return m


def has_japanese(s):
    return any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in s)


# ==========================================================================
# ABUSE
# ==========================================================================
msg(src="https://kaitoy.xyz/2024/08/22/aws-open-proxy", label="abuse",
    sent="2024-07-14 03:12", day=6, frm=EC2ABUSE,
    to="cloud-admins@hanabira-lab.example",
    subject="** FINAL NOTIFICATION ** Your AWS Abuse Report [43092871156] [AWS ID 318274650912]",
    deadline="none", text="""\
** FINAL NOTIFICATION **

Hello,

We have had no reply to the abuse report about resources in your account.
To contain the reported activity we have now taken the following step:

*** The ability to stop and start EC2 instances in ap-northeast-1 has been blocked ***

AWS Account ID: 318274650912
Region(s): ap-northeast-1
Reported Activity: Open Proxy
Abuse Time: [[2024-07-10 02:21:07|dmyts]]

The activity described in this case is not permitted under the AWS
Acceptable Use Policy (https://aws.amazon.com/aup/). To close the case,
reply to this message and tell us what you changed to stop the activity.

Required Actions: Investigate root cause

Guidance on working through an abuse report:
https://aws.amazon.com/premiumsupport/knowledge-center/aws-abuse-report/

If you believe the activity is not abusive, reply and explain why.

Regards,
AWS Trust & Safety
""")

msg(src="https://github.com/croquiscom/devblog/blob/master/content/2018-11-30-1-aws-abuse-report.ko.md",
    label="abuse", sent="2018-11-28 02:06", day=2, frm=EC2ABUSE,
    to="infra@kinoko-style.example",
    subject="Your AWS Abuse Report [28817460335] [AWS ID 604281937715]",
    deadline="none", text="""\
Hello,

AWS ID: 604281937715    Region: ap-northeast-2    EC2 Instance Id: i-0a47c1e93d52b6f08 [198.51.100.23]

The resource above has been reported for traffic that looks like a denial
of service attack against hosts on the internet. The details we received
are listed below.

Please investigate your instance(s) and reply to this message with the
corrective measures you have put in place. To limit the impact while you
do so, we have already taken this action:

Region: ap-northeast-2
Instances:
Instance Id            Remote IP       Port  Protocol  Action Taken
i-0a47c1e93d52b6f08    203.0.113.57    80    17        Outgoing Port 80 Blocked

Details of the reported activity:

Instance Id: i-0a47c1e93d52b6f08
Report begin time: [[2018-11-28 02:04:18|isots]]
Report end time: [[2018-11-28 02:05:18|isots]]

Protocol: UDP
Remote IP: 203.0.113.57
Remote port(s): 80

Total bytes sent: 6812440915
Total packets sent: 12610377
Total bytes received: 0
Total packets received: 0

If you did not start this traffic, an outside party may have gained access
to your environment, or a misconfiguration may be letting the instance be
used in a way you did not intend.

Regards,
AWS Abuse
""")

msg(src="https://emailverify.com/blog/what-to-do-after-an-amazon-ses-enforcement-notification/",
    label="abuse", sent="2017-09-22 18:40", day=14, frm=AWS,
    to="hello@quillpost-blog.example",
    subject="Amazon SES Enforcement Notification for AWS Account 750318264409",
    deadline="none", text="""\
Hello,

There is a problem with the email you send through Amazon SES. Please read
the details and next steps below.

----------------------------------------------------------------------
PLEASE READ THE WHOLE NOTICE
----------------------------------------------------------------------

----------------------------------------------------------------------
YOUR SENDING STATUS HAS CHANGED
----------------------------------------------------------------------
Amazon SES sending for AWS account 750318264409, which lists you as a
contact, has been placed on probation in the US East (N. Virginia) region.
You can keep sending for now, but if the problem below is not corrected,
sending from this account will be suspended when the probation ends.

----------------------------------------------------------------------
DETAILS
----------------------------------------------------------------------
Your bounce rate is now above 10%. We expect senders to stay below 5%, and
senders above 10% are at high risk of suspension.

Only hard bounces are counted, that is, messages to addresses that do not
exist. Soft bounces are not included, and neither is mail sent to domains
you have verified with Amazon SES.

A high bounce rate usually means a list is not being maintained: old
addresses, no double opt-in, or sign-up forms that accept any address.

----------------------------------------------------------------------
WHAT TO DO
----------------------------------------------------------------------
1. Work out why your bounce rate went up.
2. Clean your list and remove addresses that have bounced.
3. Reply to this message with a description of the changes. Please reply
   only after the changes are in place.

Sincerely,
The Amazon SES Team
""")

msg(src="https://github.com/aws/aws-health-tools/blob/master/dos-report-notifier/stepbystep/mockpayload.json",
    label="abuse", sent="2018-11-27 01:45", day=20, frm=AWS,
    to="secops@bramblecart.example",
    subject="AWS Notification - Abuse: denial of service activity reported from your resources [AWS Account: 482016739524]",
    deadline="none", text="""\
Hello,

A denial of service (DOS) attack has been reported as originating from AWS
resources in your account.

Event type:     AWS_ABUSE_DOS_REPORT
Service:        ABUSE
Category:       Issue
Region:         global
Start time:     [[2018-11-27 01:30|rfc]]

Affected resources:
  arn:aws:ec2:us-east-1:482016739524:instance/i-0c5e28a1f7b93d460
  arn:aws:ec2:us-east-1:482016739524:instance/i-09b3e6d4a2f1c8857

Please review both instances, stop the traffic that was reported and make
sure they have not been taken over by a third party. Reply to the abuse
case that accompanies this event with the steps you have taken.

You can see this event and its affected resources in your AWS Personal
Health Dashboard:
https://phd.aws.amazon.com/phd/home#/event-log?eventID=arn:aws:health:global::event/ABUSE/AWS_ABUSE_DOS_REPORT/AWS_ABUSE_DOS_REPORT_7714_0921_5583

Sincerely,
Amazon Web Services
""")

msg(src="https://dev.to/17j/i-secured-my-compromised-aws-account-heres-the-incident-response-playbook-bn4",
    label="abuse", sent="2026-03-10 04:20", day=9, frm=EC2ABUSE,
    to="me@devnotes-rk.example",
    subject="Your AWS Abuse Report [50731948826] [AWS ID 927461830512]",
    deadline="none", text="""\
Hello,

We have received a report that the resource below was involved in activity
that looks like a denial of service (DoS) attack on other hosts:

AWS ID: 927461830512    Region: ap-south-1    EC2 Instance Id: i-0e71f3a9c2d84b615 [192.0.2.144]

Reported Activity: Denial of Service
Observed window: [[2026-03-09 21:40|isot]] to [[2026-03-10 02:15|isot]]
Traffic summary: sustained high-volume outbound traffic to addresses in the
Middle East, during hours when the instance normally sees little use.

Activity of this kind is not allowed under the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/). Please stop it and reply to this email with
the corrective action you took. If you think the activity is legitimate,
reply with a description of your use case.

If you do not recognise this traffic, your instance or credentials may have
been compromised. In that case we recommend you isolate the instance,
rotate any credentials it holds and review your CloudTrail logs.

Regards,
AWS Trust & Safety
""")

msg(src="https://repost.aws/questions/QUsYrrmyK5SZKvoiLw2aczrg/i-ve-got-an-email-about-abuse-report",
    label="abuse", sent="2025-01-15 09:05", day=17, frm=TANDS,
    to="owner@tsubame-apps.example",
    subject="Your AWS Abuse Report [61273055418] [AWS ID 136094827751]",
    deadline="none", text="""\
Hello,

AWS Trust & Safety has received a report about activity from EC2 instances
in your account:

AWS ID: 136094827751
Region: ap-northeast-1
Instances: i-0b92d4e7a1c36f058 [203.0.113.88], i-07c1a5f3e9b2d4460 [203.0.113.91]
Instances launched: [[2025-01-14|iso]]
Reported Activity: Intrusion Attempts

The reporter's logs show repeated login attempts from these addresses
against hosts that do not belong to you. This is not permitted under the
AWS Acceptable Use Policy.

Please do the following:
  - stop the activity and tell us what caused it;
  - if you did not launch these instances, treat your account as
    compromised: change the root password, turn on MFA, delete keys and
    users you do not recognise, and terminate the instances;
  - reply to this email (keep the subject line unchanged) with the steps
    you have taken.

If we do not hear from you, we may take action on the instances or on the
account to stop the activity.

Regards,
AWS Trust & Safety
""")

msg(src="https://github.com/proudcity/wp-proudcity/issues/1190", label="abuse",
    sent="2017-11-16 22:10", day=24, frm=AWS,
    to="devops@civicpress.example",
    subject="Amazon SES Bounce Probation for AWS Account 219583746601",
    deadline="none", text="""\
Hello,

Your Amazon SES account needs attention because of bounces.

STATUS
Sending from AWS account 219583746601 has been put on probation in the
US East (N. Virginia) region. Mail still goes out while the account is on
probation, but sending will be stopped at the end of the probation period
if the bounce problem is still there.

WHY
The share of your messages that hard-bounce is higher than we allow. A hard
bounce means the recipient address does not exist. Mailbox providers treat
a high bounce rate as a sign of unsolicited or badly maintained mail, which
harms the reputation of the addresses Amazon SES sends from.

WHAT WE NEED FROM YOU
  - Stop mailing addresses that bounce and process bounce notifications
    automatically.
  - Check how addresses get onto your lists (confirmed opt-in is best).
  - When the fix is in place, reply to this email with what you changed so
    that we can review the probation.

Thank you,
Amazon SES
""")

msg(src="https://github.com/GoodDollar/GoodServer/issues/419", label="abuse",
    sent="2023-04-11 23:30", day=3, frm=AWS,
    to="ops@goodledger.example",
    subject="Amazon SES sending paused for AWS account 845203716694 in US East (N. Virginia)",
    deadline="none", text="""\
Hello,

You are listed as the main contact for AWS account 845203716694.

Your Amazon SES account in the US East (N. Virginia) region was placed under
review because of its sending reputation. The review period is over and the
issue has not been resolved, so we have paused the account's ability to send
email through Amazon SES.

While the pause is in place every send request fails with the message
"Sending paused for this account".

How to ask for the pause to be lifted:
  1. Find the cause (for example bounced sign-up addresses or unwanted mail).
  2. Fix it so that it cannot happen again.
  3. Reply to this email, or open a case in the AWS Support Center,
     explaining the changes you made. We will then review the account.

Other AWS services in your account are not affected.

Regards,
The Amazon SES Team
""")

msg(src="https://github.com/hcengineering/platform/issues/8899", label="abuse",
    sent="2025-05-11 20:15", day=27, frm=AWS,
    to="platform@hullcraft.example",
    subject="Your Amazon SES account sending has been paused in Europe (Ireland)",
    deadline="none", text="""\
Hello,

We have paused email sending for the Amazon SES account that belongs to
AWS account 302957186640 in the Europe (Ireland) region.

Reason: the complaint and bounce levels recorded for your recent sending
are above the limits that protect the shared SES sending addresses, and
they did not improve while the account was under review.

Effect: any call to SendEmail, SendRawEmail or the SMTP interface from this
account in Europe (Ireland) is rejected with an "account sending paused"
error. Receiving email and other AWS services are not affected.

To have sending restored, correct the cause of the complaints and bounces
and then send us a request for review through the AWS Support Center
(case type: Service limit increase, SES Sending Limits), describing what you
changed.

You can follow your reputation metrics in the Amazon SES console under
Reputation metrics.

Sincerely,
Amazon Simple Email Service
""")

# ==========================================================================
# SECURITY INCIDENTS
# ==========================================================================
msg(src="https://columbiauniversity.atlassian.net/wiki/spaces/CSVM/pages/101680247/AWS+API+Key+Compromised",
    label="security-incident", sent="2019-05-06 16:02", day=8, frm=AWS,
    to="aws-root@morningside-lab.example",
    subject="Your AWS account 402716583390 is compromised",
    deadline=("days", 5), text="""\
Amazon Web Services has opened case 17204938561 on your behalf.

The details of the case are as follows:

Case ID: 17204938561
Subject: Your AWS account 402716583390 is compromised
Severity: Urgent
Correspondence: Dear AWS Customer,

We have seen activity which shows that your AWS account has been
compromised. Please follow the steps below to secure it again.

If you do not reply to this case or complete these steps within five days,
your account may be suspended and your AWS services interrupted, to protect
you from unauthorized use and charges.

To secure the account, change the root user password, rotate and then
delete ALL of your AWS access keys (including keys that were not exposed),
check every Region for usage you did not authorize, and reply to this case
within five days.

1) Change the root user password:
https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_change-root.html

2) Rotate the keys:
If an application uses an access key, create a second key, move the
application to it, then disable and finally delete the first key.

3) Check for unauthorized usage in all Regions, including EC2 instances,
Spot requests, Lambda functions and IAM users, and remove anything you did
not create.

4) Reply to this case to confirm that the steps are done.

Best regards,
Amazon Web Services
""")

msg(src="https://freelock.com/blog/john-locke/2018-06/why-you-need-another-backup",
    label="security-incident", sent="2018-06-19 19:05", day=21, frm=AWS,
    to="it@cedarfield-clinic.example",
    subject="Irregular activity in your AWS account: 553918274016",
    deadline="none", text="""\
Amazon Web Services has opened case 5029174466 on your behalf.

Case ID: 5029174466
Subject: Irregular activity in your AWS account: 553918274016
Severity: Urgent
Correspondence: Dear AWS Customer,

Your AWS account may be compromised. Please read this notice and act on it
straight away to secure the account.

We have found that the AWS access key AKIA************K2WD (IAM user
"deploy-bot"), together with its secret key, is published on a public
website:
https://github.com/blueharbor-studio-example/site-deploy/blob/3f9c2e1/config/aws.yml

Anyone who finds these credentials can use them in your account. This can
lead to resources being deleted, data being read, and large charges.

What to do now:
  1. Delete or rotate the exposed key, and any other keys you do not need.
  2. Change the root password and the passwords of your IAM users.
  3. Look in every Region for resources you did not create and remove them.
  4. Reply to this case once you have done this.

To limit possible charges we have temporarily restricted your ability to
create some resources. This does not make the account secure on its own.

Sincerely,
Amazon Web Services
""")

msg(src="https://severalclouds.com/success-stories/automating-incident-response-for-exposed-aws-credentials-with-aws-health",
    label="security-incident", sent="2025-06-10 11:48", day=11, frm=AWS,
    to="cloud@tidewater-analytics.example",
    subject="AWS Health Event - Risk: access key exposed publicly [AWS Account: 661038274592]",
    deadline="none", text="""\
Hello,

We have become aware that the access key below, which belongs to your AWS
account, and its secret key are available publicly.

Event type code: AWS_RISK_CREDENTIALS_EXPOSED
Service: RISK
Category: Issue
Account: 661038274592

Affected entity:
  Access key ID: AKIA************5NHX
  IAM user: jupyter-shared

Exposed keys can be used by anyone to reach your resources and data and to
run up charges. To reduce the risk we have attached the managed policy
AWSCompromisedKeyQuarantineV2 to the IAM user. The policy blocks a set of
high-risk actions; it does not make the key safe to keep using.

Please, as soon as possible:
  - replace the key in the workloads that use it, then deactivate and
    delete it;
  - review CloudTrail for actions made with the key and undo anything you
    did not authorize;
  - check every Region for resources you did not create;
  - remove the quarantine policy only after the key has been deleted.

A support case with the same information has been opened for you.

Sincerely,
Amazon Web Services
""")

msg(src="http://ahirjoy.blogspot.com/2022/06/my-aws-account-is-hacked-i-am-being.html",
    label="security-incident", sent="2022-05-20 07:33", day=15, frm=AWS,
    to="joy.a@learnbox.example",
    subject="Unusual activity detected in your AWS account 288130954716",
    deadline="none", text="""\
Amazon Web Services has opened case 9874413290 on your behalf.

Case ID: 9874413290
Subject: Unusual activity detected in your AWS account 288130954716
Severity: High

Dear AWS Customer,

We have noticed usage in your account that does not match its normal
pattern and that may mean a third party has gained access. In the last days
the following were created:

  - several EC2 instances, including GPU instance types, in multiple Regions
  - new VPCs and IAM policies
  - a subscription to an AWS Marketplace product (NVIDIA GPU-optimized AMI)

Your estimated charges for this month have risen sharply as a result.

Please take these steps:
Step 1: Change the root user password and turn on multi-factor
        authentication (MFA) for the root user.
Step 2: Delete any IAM users, roles, policies and access keys you did not
        create, and rotate the keys you still need.
Step 3: Terminate resources you do not recognise in ALL Regions, and cancel
        Marketplace subscriptions you did not order.
Step 4: Reply to this case when you are done, so that we can review the
        charges with you.

Please note that closing the account does not stop charges for resources
that are still running.

Best regards,
Amazon Web Services
""")

msg(src="https://slacker-news.fly.dev/item?id=45664999",
    label="security-incident", sent="2025-10-21 14:22", day=25, frm=HEALTH,
    to="cto@quantforge.example",
    subject="[Action Required] Your AWS account may be compromised [AWS Account: 570394826112]",
    deadline="none", text=None, html=html_page("AWS Health", """\
<p>Hello,</p>
<p>We detected activity in AWS account <b>570394826112</b> that matches a
known pattern of unauthorized use.</p>
<ul>
<li>About 600 EC2 instances were launched within roughly three hours, across
several Regions.</li>
<li>A number of new email identities (domains) were verified in Amazon SES.</li>
<li>A request was made to raise the Amazon SES sending quota.</li>
</ul>
<p>To protect the account we have limited the ability to launch new
resources and terminated instances that appeared to be unauthorized.</p>
<p><b>What you should do now</b></p>
<ol>
<li>Sign in as the root user, change its password and enable MFA.</li>
<li>Deactivate and delete access keys that may be exposed, and remove IAM
users, roles and console passwords you did not create.</li>
<li>Review CloudTrail in all Regions, remove unknown SES identities and
resources, and withdraw quota requests you did not make.</li>
<li>Reply to the support case opened for this event once done.</li>
</ol>
<p>Event type: AWS_RISK_ACCOUNT_COMPROMISE_SUSPECTED &middot; Region: global</p>
<p><a href="https://health.aws.amazon.com/health/home#/account/dashboard/open-issues">View in AWS Health Dashboard</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
"""))

msg(src="https://repost.aws/articles/ARoBXj63rWSt2Ww7XKlVV72g/how-aws-responds-to-exposed-credentials-and-how-you-can-protect-your-account",
    label="security-incident", sent="2025-08-04 13:01", day=4, frm=AWS,
    to="security@parcelwave.example",
    subject="[Action Required] Exposed AWS access key found for AWS account 715204839267",
    deadline="none", text="""\
Amazon Web Services has opened case 17544026193 on your behalf.

Case ID: 17544026193
Severity: Urgent

Hello,

Our systems found that an access key for your account is publicly
accessible:

  Access key ID: AKIA************ZP4M
  IAM user:      ci-uploader
  Found at:      a public code repository

What we have done
To lower the risk without stopping your workloads, we applied quarantine
policies to the exposed credentials. They block certain IAM actions that
could be used to create resources or read data, while still letting you
manage what is already running. We also posted an AWS Health event
(AWS_RISK_CREDENTIALS_EXPOSED) to your account.

What you need to do
  1. Create a replacement key and move your applications to it.
  2. Deactivate, then delete, the exposed key.
  3. Review CloudTrail for calls made with the key since it was exposed.
  4. Remove the secret from the repository and from its history.
  5. Update this case to let us know the key has been removed.

Please do not detach the quarantine policies while the exposed key is still
active.

Thank you,
AWS Support
""")

msg(src="https://sumatman.ai/how-we-turned-an-aws-security-scare-into-a-learning-opportunity",
    label="security-incident", sent="2025-08-05 08:17", day=28, frm=AWS,
    to="admin@cloudburst-video.example",
    subject="Your AWS Account may have been inappropriately accessed by a third-party",
    deadline="[[2025-08-12|iso]]", text="""\
Amazon Web Services has opened case 17627730884 on your behalf.

Hello,

Someone other than you may have used your AWS account. Please read this
notice and secure the account now.

We found activity in your account that we did not expect. It is linked to
the access key AKIA************7QRT of the IAM user render-batch, which
suggests that this key and its secret may be compromised.

To protect you, we have temporarily limited your use of some AWS services.

To get full access back, you must contact us by [[2025-08-12|iso]] and
follow the steps below. If we have not heard from you by
[[2025-08-12|iso]], we may suspend the account. We may also terminate
resources that look suspicious, and some of them cannot be recovered.
We also recommend turning on multi-factor authentication (MFA).

Step 1: If an application uses the exposed key, create a second key, switch
        the application to it, and then deactivate and delete the old one.
Step 2: Review CloudTrail for IAM users, roles, policies and keys created
        without your approval, and delete them.
Step 3: Check all Regions for EC2 instances, Lambda functions and other
        resources you did not launch.
Step 4: Reply to this case to confirm that the steps are complete.

Sincerely,
Amazon Web Services
""")

# ==========================================================================
# ACTION REQUIRED
# ==========================================================================
msg(src="https://github.com/openaustralia/infrastructure/issues/145",
    label="action-required", sent="2020-01-27 22:00", day=1, frm=AWS,
    to="ops@civicwatch-au.example",
    subject="Update your Amazon RDS SSL/TLS certificates by [[2020-02-05|long]]",
    deadline="2020-02-05", text="""\
Hello,

You are getting this message because one or more of your Amazon RDS
database instances in the ap-southeast-2 Region still need action. They
are listed on the "Affected resources" tab of your Personal Health
Dashboard.

This notice brings you new information about the update of the RDS
certificate authority (CA) certificates, to make the rotation simpler and
give you more control over it.

As we told you earlier, the current CA expires on [[2020-03-05|long]]. Every
client application and database instance whose certificates chain to that
CA must be updated. To avoid disruption to applications that connect with
SSL/TLS, we strongly recommend that you finish your updates before
[[2020-02-05|long]].

  - Client applications must add the new CA certificates to their trust
    stores, including root and intermediate certificates where needed.
  - Each RDS database instance must be switched to a server certificate
    from the new CA before the expiry date.

More information, including the steps to follow, is in the Amazon RDS
documentation on rotating SSL/TLS certificates.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/mitodl/ol-infrastructure/issues/2194",
    label="action-required", sent="2024-02-22 17:30", day=5, frm=AWS,
    to="devops@openlearn-mit.example",
    subject="[Action Required] Amazon RDS SSL/TLS certificate expiring on [[2024-08-22|long]] [AWS Account: 830461927755] [US-EAST-1]",
    deadline="2024-08-22", text="""\
Hello,

[AWS Health may send reminders about this communication from time to time.]

Your AWS account has one or more Amazon RDS or Amazon Aurora database
instances in the US-EAST-1 Region that use an SSL/TLS certificate which
expires on [[2024-08-22|long]].

The affected instances are listed on the "Affected resources" tab of your
AWS Health Dashboard.

This is a follow-up about the CA certificate expiry. If you think you have
already finished this work, you may have created new instances that still
use the rds-ca-2019 authority. From [[2024-01-25|long]], new instances
that do not name a CA explicitly use 'rds-ca-rsa2048-g1'. You can also set
an account-level CA override with the modify-certificates API [1].

If your applications connect over SSL/TLS, you must act before
[[2024-08-22|long]] to avoid connection failures. Even without SSL/TLS we
recommend rotating the CA, because an expired server certificate can still
cause problems.

What to do:
  1. Add the new CA certificates to the trust store of every client [2].
  2. Move each affected instance to one of the new CAs; 'rds-ca-rsa2048-g1'
     keeps the same key algorithm and is the default recommendation.
  3. Schedule the change in your maintenance window or apply it
     immediately; it requires a restart of the instance.

[1] https://docs.aws.amazon.com/cli/latest/reference/rds/modify-certificates.html
[2] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL.html

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/int-brain-lab/iblenv/issues/356",
    label="action-required", sent="2024-01-10 15:10", day=12, frm=AWS,
    to="infra@neuro-atlas.example",
    subject="Amazon RDS and Aurora: SSL/TLS certificate authority update needed in EU-WEST-2",
    deadline="2024-08-22", text="""\
Hello,

Your AWS account has one or more Amazon RDS or Amazon Aurora database
instances in the EU-WEST-2 Region using an SSL/TLS certificate that expires
on [[2024-08-22|long]].

Affected resources (see the 'Affected resources' tab):
  atlasdb-main
  atlasdb-public

This is a follow-up to our earlier notice. Until [[2024-01-25|long]], new
instances created without an explicit CA still receive the rds-ca-2019 CA; after
that date the default becomes rds-ca-rsa2048-g1. If you have already
finished the rotation but still get this message, check for recently
created instances.

If applications connect to these instances with SSL/TLS, take action before
[[2024-08-22|long]] so that connections keep working:

  - add the new CA bundle to your client trust stores, then
  - modify each instance to use rds-ca-rsa2048-g1 (or another new CA).

Updating the CA needs a database restart. You can apply it immediately or
during the next maintenance window.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/ministryofjustice/cloud-platform/issues/1293",
    label="action-required", sent="2019-10-09 16:45", day=7, frm=AWS,
    to="platform@justice-digital.example",
    subject="[Action Required] Update your Amazon RDS SSL/TLS certificates before [[2019-10-31|long]]",
    deadline="2019-10-31", text="""\
Hello,

Please act before [[2019-10-31|long]] to prevent an interruption of the
applications that use your RDS and Aurora database instances.

A certificate authority (CA) signs the time-limited certificates that your
database clients check before they exchange data with an RDS instance. In
line with good practice, AWS renews this CA regularly. The current CA
expires on [[2020-03-05|long]], so existing database instances that use
certificates from it must be updated.

You are receiving this message because you have Amazon RDS database
instances in the EU-CENTRAL-1 and EU-WEST-2 Regions. If your applications
connect to them using SSL/TLS, follow the instructions linked below. If the
update is not done, those applications will not be able to connect over
SSL/TLS after [[2020-03-05|long]].

From [[2019-11-01|long]], new database instances will get certificates from
the new CA by default.

Please test the steps in a development or staging environment before you
apply them in production.

Instructions:
https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

Sincerely,
Amazon Web Services
""")

msg(src="https://www.t3a.jp/blog/infrastructure/acm-manual-update/",
    label="action-required", sent="2020-03-17 12:05", day=16, frm=AWS,
    to="webmaster@sakuranote.example",
    subject="Action Required - Your certificate renewal",
    deadline="2020-05-01", text="""\
Greetings from Amazon Web Services,

Your AWS account has an AWS Certificate Manager (ACM) SSL/TLS certificate
that expires on [[2020-05-01 12:00:00|acm]]. The certificate covers the
primary domain www.sakuranote.example, 1 domain in total.

AWS account ID: 419037265810
AWS Region name: ap-northeast-1
Certificate identifier: arn:aws:acm:ap-northeast-1:419037265810:certificate/5d2e8a41-7c3b-4f90-9e16-0b8a2c74d391

ACM could not renew this certificate automatically. The domain owner, or
someone the owner has authorized, must do one of the following before
[[2020-05-01 12:00:00|acm]]. Otherwise the certificate will expire and your
website or application may become unreachable.

1. If you can add records to your DNS, request DNS-validated certificates
   to replace your email-validated ones. ACM renews DNS-validated
   certificates automatically while the validation record stays in place.

2. Otherwise, approve the renewal by opening the link in the validation
   email that ACM sends to the addresses for the domain.
From the ACM console you can also ask for the validation email to be sent
again.

If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/SummitRoute/aws_breaking_changes/issues/61",
    label="action-required", sent="2022-04-19 18:20", day=10, frm=AWS,
    to="serverless@orchard-data.example",
    subject="[Action Required] AWS Lambda end of support for Python 3.6",
    deadline="2022-08-17", text="""\
Hello,

We are contacting you because your AWS account has one or more Lambda
functions that use the Python 3.6 runtime.

AWS Lambda is ending support for Python 3.6, following the community
end-of-life of Python 3.6 on [[2021-12-23|long]].

Under the Lambda runtime support policy, support ends in two phases.
  - From [[2022-07-18|long]], Lambda stops applying security patches and
    other updates to the Python 3.6 runtime, functions that use it are no
    longer eligible for technical support, and you can no longer create
    new Python 3.6 functions.
  - From [[2022-08-17|long]], you can no longer update existing functions
    that use Python 3.6.

We recommend that you upgrade your Python 3.6 functions to Python 3.9
before [[2022-08-17|long]].

Ending support does not stop your functions from running, but they will run
on a runtime that the Lambda team no longer maintains or patches.

To list the functions in one Region that use Python 3.6, run the command
below, and repeat it for each Region you use:

aws lambda list-functions --function-version ALL --region us-east-1 --output text --query "Functions[?Runtime=='python3.6'].FunctionArn"

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/bam-lambda/bam/pull/187",
    label="action-required", sent="2021-06-29 20:00", day=19, frm=AWS,
    to="team@bam-tools.example",
    subject="[Action Required] AWS Lambda end of support for Node.js 10 on [[2021-07-30|long]]",
    deadline="2021-07-30", text="""\
Hello,

Q. What is happening?
A. AWS Lambda is ending support for Node.js 10 on [[2021-07-30|long]]. This
follows the Node.js project declaring Node.js 10 end of life on
[[2021-04-30|long]].

Q. What does the end of support mean in Lambda?
A. Support ends in two stages. From [[2021-07-30|long]], Lambda no longer
applies security patches or other updates to the Node.js 10 runtime,
functions that use it lose technical support, and new Node.js 10 functions
can no longer be created. From [[2021-08-30|long]], existing Node.js 10
functions can no longer be updated.

Your functions keep running after these dates, but on a runtime that is no
longer maintained or patched by the Lambda team.

Q. Why am I getting this message?
A. Your AWS account has one or more Lambda functions that use Node.js 10.

Q. How can I find them?
A. Run this AWS CLI command in each Region you use:
   aws lambda list-functions --function-version ALL --region us-east-1 --output text --query "Functions[?Runtime=='nodejs10.x'].FunctionArn"

Q. What should I do?
A. Move these functions to Node.js 14 before the end of support.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/bam-lambda/bam/pull/189",
    label="action-required", sent="2023-10-27 19:40", day=22, frm=AWS,
    to="team@bam-tools.example",
    subject="[Action Required] AWS Lambda end of support for Node.js 14",
    deadline="2023-11-27", text="""\
Hello,

Your AWS account has one or more Lambda functions that use the Node.js 14
runtime, so we are writing to let you know that Lambda is ending support
for it. The Node.js project ended support for Node.js 14 on
[[2023-04-30|long]].

As set out in the Lambda runtime support policy, this happens in two
steps:
  - [[2023-11-27|long]]: no more security patches or updates for the
    Node.js 14 runtime, no technical support for functions that use it,
    and no new Node.js 14 functions can be created;
  - [[2024-01-25|long]]: existing Node.js 14 functions can no longer be
    updated.

We recommend that you move your Node.js 14 functions to Node.js 18 before
[[2023-11-27|long]].

Functions keep executing after these dates, but on an unsupported runtime.

This message covers functions whose $LATEST version uses Node.js 14. You
can see the affected functions on the 'Affected resources' tab of your AWS
Health Dashboard.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/aws-samples/redcap-on-aws/issues/92",
    label="action-required", sent="2025-09-16 05:30", day=13, frm=HEALTH,
    to="research-it@kitanomori-med.example",
    subject="[要対応] AWS Lambda における Python 3.9 のサポート終了 [AWS アカウント: 493820176645] [AP-NORTHEAST-1]",
    deadline="2025-12-15", text=None, html=html_page("AWS Health", """\
<p>お客様各位</p>
<p>[リソースが未対応のままの場合、AWS Health からこのお知らせのリマインダーが届くことがあります。]</p>
<p>お客様の AWS アカウント (493820176645) には、Python 3.9 ランタイムを使用している AWS Lambda 関数が 1 つ以上あることを確認しました。</p>
<p>AWS Lambda における Python 3.9 のサポートは <b>[[2025-12-15|jp]]</b> に終了します。これは Python 3.9 がコミュニティのサポート終了 (EOL) を迎えたことに伴う措置です。サポート終了後も関数の実行は止まりませんが、Lambda チームによる保守やセキュリティパッチの適用は行われなくなります。</p>
<p>サポート終了は次の段階で進みます。</p>
<ul>
<li>[[2025-12-15|jp]] 以降: Python 3.9 ランタイムへのセキュリティパッチ等の適用が終了し、テクニカルサポートの対象外となります。コンソールでは Python 3.9 を選択できなくなります。</li>
<li>[[2026-01-15|jp]] 以降: Python 3.9 を使用する新しい関数を作成できなくなります。</li>
<li>[[2026-02-15|jp]] 以降: Python 3.9 を使用する既存の関数を更新できなくなります。</li>
</ul>
<p>[[2025-12-15|jp]] までに、対象の関数を Python 3.13 など新しいランタイムへ移行することをお勧めします。対象の関数は AWS Health Dashboard の「影響を受けるリソース」タブで確認できます。</p>
<p><a href="https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes">AWS Health Dashboard で詳細を見る</a></p>
<p>よろしくお願いいたします。<br>アマゾン ウェブ サービス</p>
"""))

msg(src="https://github.com/twikoojs/twikoo/pull/883",
    label="action-required", sent="2026-01-24 21:10", day=23, frm=HEALTH,
    to="maintainers@chatterbox-comments.example",
    subject="[Action Required] AWS Lambda end of support for Node.js 20.x [AWS Account: 264810937420] [US-WEST-2]",
    deadline="2026-04-30", text=None, html=html_page("AWS Health", """\
<p>Hello,</p>
<p>[AWS Health may send reminders about this communication while resources remain unresolved.]</p>
<p>We have identified that your AWS account currently has one or more AWS Lambda
functions that use the <b>Node.js 20.x</b> runtime.</p>
<p>Lambda will end support for Node.js 20.x on <b>[[2026-04-30|long]]</b>, the
same day the Node.js project ends support for this release line. After that
date your functions still run, but the runtime is no longer maintained or
patched by the Lambda team.</p>
<p>Later stages block the creation of new Node.js 20.x functions and then
updates to existing ones.</p>
<p>We recommend moving the affected functions to Node.js 24.x before
[[2026-04-30|long]]. They are listed on the <i>Affected resources</i> tab of
this event.</p>
<p><a href="https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes">View details in the AWS Health Dashboard</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
"""))

msg(src="https://github.com/formkiq/formkiq-core/issues/166",
    label="action-required", sent="2023-08-31 18:00", day=2, frm=AWS,
    to="engineering@docvault-core.example",
    subject="[Action Required] AWS Lambda end of support for Custom Runtime based on Amazon Linux 1",
    deadline="2023-12-31", text="""\
Hello,

Your AWS account has one or more Lambda functions that use the custom
runtime based on Amazon Linux 1 ('provided').

Lambda is ending support for this runtime in step with the end of
maintenance support for the Amazon Linux AMI on [[2023-12-31|long]].

The runtime support policy applies this in two stages:
  - from [[2023-12-31|long]], no more security patches or updates for the
    'provided' runtime, no technical support for functions that use it,
    and no new functions can be created with it;
  - from [[2024-01-30|long]], existing functions that use it can no longer
    be updated.

We recommend that you move these functions to the custom runtime based on
Amazon Linux 2 ('provided.al2') before [[2023-12-31|long]].

Your functions will keep running, but on a runtime that is no longer
maintained or patched by the AWS Lambda team.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/aws/aws-cdk/pull/25575",
    label="action-required", sent="2023-05-12 23:05", day=18, frm=AWS,
    to="k8s-admins@ridgeline-games.example",
    subject="[Action Required] Amazon EKS Kubernetes version 1.22 end of support on [[2023-06-04|long]]",
    deadline="2023-06-04", text="""\
Hello,

Kubernetes version 1.22 is deprecated on Amazon EKS and will stop being
supported on [[2023-06-04|long]]. From that day you cannot create new 1.22
clusters, and every EKS cluster still on 1.22 will be updated to the latest
platform version of Kubernetes 1.23.

You are receiving this message because you have at least one EKS cluster
running Kubernetes 1.22:

arn:aws:eks:us-east-1:517204983366:cluster/staging-cluster

We recommend updating your 1.22 clusters to version 1.23 or later. Moving
straight to the newest supported version, currently 1.26, reduces how
often you need to upgrade.

Kubernetes versions on Amazon EKS:
https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
Updating a cluster:
https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html

If you have questions, please contact AWS Support.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/RTIInternational/teehr/issues/149",
    label="action-required", sent="2024-04-11 17:50", day=26, frm=AWS,
    to="hydro-platform@riverstat.example",
    subject="[Action Required] Amazon EKS Kubernetes 1.25 end of standard support on [[2024-05-01|long]]",
    deadline="2024-05-01", text="""\
Hello,

Standard support for Kubernetes 1.25 in Amazon EKS ends on
[[2024-05-01|long]]. From [[2024-05-02|long]], EKS clusters still running
1.25 move into extended support and stay there until [[2025-05-01|long]].
After [[2025-05-01|long]], version 1.25 is no longer supported on EKS and
remaining clusters will be updated to 1.26 automatically.

You are receiving this message because you have one or more EKS clusters
on Kubernetes 1.25. They are listed on the "Affected resources" tab of your
AWS Health Dashboard.

Extended support is free during its preview. From [[2024-04-01|long]],
clusters running a version in extended support are billed at USD 0.60 per
cluster per hour.

If you do not want extended support, update your 1.25 clusters to 1.26 or
later before [[2024-05-01|long]]. See the Amazon EKS documentation
"Updating an Amazon EKS cluster Kubernetes version" for instructions.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/CredentialEngine/CredentialRegistry/issues/1000",
    label="action-required", sent="2026-03-05 19:25", day=29, frm=HEALTH,
    to="dbadmins@skills-ledger.example",
    subject="[Action Required] Amazon RDS PostgreSQL minor versions deprecating on [[2026-05-31|long]] [AWS Account: 608274195530] [US-EAST-2]",
    deadline="2026-05-31", text=None, html=html_page("AWS Health", """\
<p>Hello,</p>
<p>[AWS Health may send reminders about this communication while resources remain unresolved.]</p>
<p>One or more of your instances run Amazon RDS for PostgreSQL minor versions
14.14&ndash;14.17, 15.9&ndash;15.12, 16.5&ndash;16.8, 17.1&ndash;17.4 or
11.22-RDS.20241121. These minor versions reach the end of standard support on
<b>[[2026-05-31|long]]</b>.</p>
<ul>
<li>From [[2026-05-01|long]] you can no longer create new instances on these
minor versions from the console or the CLI.</li>
<li>In a scheduled maintenance window after [[2026-05-31|long]], Amazon RDS will
upgrade instances still on these versions to a newer minor version
automatically.</li>
</ul>
<p>We recommend upgrading the affected instances yourself before
[[2026-05-31|long]], or turning on Auto Minor Version Upgrade so that RDS
upgrades them in your maintenance window. The instances are listed on the
<i>Affected resources</i> tab.</p>
<p><a href="https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes">View details in the AWS Health Dashboard</a></p>
<p>Sincerely,<br>Amazon Web Services</p>
"""))

msg(src="https://github.com/mozilla/http-observatory-website/issues/213",
    label="action-required", sent="2020-03-31 21:15", day=30, frm=AWS,
    to="infosec-dev@firefly-labs.example",
    subject="[Action Required] Upgrade your Amazon RDS PostgreSQL 9.4 instances by [[2020-04-20|long]]",
    deadline="2020-04-20", text="""\
Hello,

You have one or more Amazon RDS PostgreSQL 9.4 database instances in the
US-WEST-2 Region, as of [[2020-03-28|long]], that need attention. You must
upgrade them to Amazon RDS PostgreSQL 9.5 or later by [[2020-04-20|long]].
The instances are listed in the RDS console under 'Recommendations', on the
'Deprecated major versions' tab.

As we said in our message of [[2019-08-05|long]], Amazon RDS follows the
PostgreSQL community support model and ends support for PostgreSQL 9.4 on
[[2020-04-20|long]].

We suggest you complete the upgrade, ideally to PostgreSQL 11, before
[[2020-04-13|long]] so that you have time for your own testing. You can
start it from the Modify DB Instance page by choosing a newer major engine
version. The instance is shut down, upgraded and restarted, possibly more
than once. With "Apply Immediately" the upgrade starts right away;
otherwise it runs in your next maintenance window.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/AlexsLemonade/refinebio/issues/2582",
    label="action-required", sent="2020-10-20 16:40", day=1, frm=AWS,
    to="data-eng@lemonade-genomics.example",
    subject="[Action Required] Amazon RDS for PostgreSQL 9.5 end of life on [[2021-02-16|long]]",
    deadline="2021-02-16", text="""\
Hello,

You have one or more Amazon RDS for PostgreSQL version 9.5 instances in the
us-east-1 Region.

Affected PostgreSQL databases:
  genome-catalog

Amazon RDS is beginning the end-of-life process for PostgreSQL major
version 9.5, because the PostgreSQL community plans to stop supporting it
on [[2021-02-11|long]].

Amazon RDS for PostgreSQL 9.5 reaches end of life on
[[2021-02-16 00:00:01|isots]]. Version 9.6 will follow later in the year.
We strongly recommend upgrading your 9.5 databases to PostgreSQL 12 or
later before [[2021-02-16|long]]. PostgreSQL 12 and 13 bring many new
features and fixes.

If you have not upgraded by [[2021-02-16|long]], RDS will upgrade your
PostgreSQL 9.5 databases to PostgreSQL 12 during a scheduled maintenance
window between [[2021-02-16|long]] and [[2021-03-16|long]].

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/SummitRoute/aws_breaking_changes/issues/30",
    label="action-required", sent="2019-11-12 01:55", day=27, frm=AWS,
    to="dba@harborlight-media.example",
    subject="Amazon RDS for PostgreSQL 9.4 retirement - corrected dates",
    deadline="2020-01-15", text="""\
Hello,

Our notice of [[2019-08-05|long]] contained some wrong dates. Please ignore
it and use this message instead. We apologise for the confusion.

Following the PostgreSQL community's plan to retire version 9.4 in
[[2020-02-01|my]], Amazon RDS will stop supporting
PostgreSQL 9.4 starting [[2020-01-15|long]].

RDS has supported PostgreSQL 9.4 since [[2015-06-15|year]]. Later major versions bring
large improvements in features, security, reliability and performance. The
end of support covers 9.4 and all of its minor versions (9.4.1 through
9.4.23). PostgreSQL 9.5 and later remain supported.

We recommend that you upgrade your RDS for PostgreSQL 9.4 instances to 9.6,
10 or 11 at your earliest convenience. An upgrade to 9.5 is also possible,
but 9.5 itself reaches end of support in early [[2021-02-15|year]].

You can start a major version upgrade from the Modify DB Instance page in
the console. Test the upgrade on a copy of your database first.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/vslavik/winsparkle/issues/262",
    label="action-required", sent="2023-08-07 10:30", day=21, frm=AWS,
    to="releases@appcast-host.example",
    subject="[Action Required] TLS 1.0/1.1 connections detected to your Amazon S3 objects",
    deadline="2023-12-31", text="""\
Hello,

We have seen connections that use TLS 1.0 or TLS 1.1 to Amazon S3 objects in
your account. These clients must be updated now to keep access to your
objects. Please move your client software to TLS 1.2 or later as soon as
you can, and allow time to verify the change in a staging environment
before production.

Since [[2023-06-28|long]] we have been updating the TLS configuration of all
AWS API endpoints to require at least TLS 1.2, even where older versions are
still in use. The rollout will be complete no later than
[[2023-12-31|long]]. After that, TLS 1.0 and 1.1 will no longer work with
any AWS API in any Region.

How can I keep access?
  - Update every client that reads your objects over TLS 1.0 or 1.1 so that
    it uses TLS 1.2 or later.
  - If you cannot update all clients, put a proxy such as an Amazon
    CloudFront distribution in front of the objects, so that clients reach
    CloudFront with the TLS versions you choose to allow.

You can find the affected requests in your S3 server access logs or in
CloudTrail data events (look at the tlsDetails field).

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/wellcomecollection/platform/issues/5599",
    label="action-required", sent="2022-09-09 08:45", day=8, frm=AWS,
    to="digital-platform@heritage-library.example",
    subject="Amazon ElastiCache for Redis version 3 End Of Life on [[2023-07-31|long]]",
    deadline="2023-07-31", text="""\
Hello,

You have one or more Amazon ElastiCache for Redis clusters running version
3.x.x in the EU-WEST-1 Region.

ElastiCache for Redis version 3, first released in [[2017-10-15|my]], reaches
its End Of Life (EOL) on [[2023-07-31|long]]. We are telling you now so
that you have plenty of time to upgrade. Please upgrade your clusters to
the latest ElastiCache for Redis version before [[2023-07-31|long]]. The
latest version today is 6.2, which adds JSON support, Redis Streams,
Enhanced IO, data tiering and many security and reliability fixes.

You can start the upgrade at any time from the console, the CLI or the API.
The process is fully managed and upgrades each node in turn; depending on
your cluster configuration, applications may see brief interruptions. We
recommend taking a snapshot before you upgrade and checking the version
compatibility notes in the upgrade guide.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/guardian/frontend/issues/25626",
    label="action-required", sent="2022-10-31 09:20", day=14, frm=AWS,
    to="webplatform@northstar-news.example",
    subject="Reminder: Amazon ElastiCache for Redis 2 End Of Life on [[2023-01-13|long]]",
    deadline="2023-01-13", text="""\
Hello,

This is our fourth reminder about Amazon ElastiCache for Redis version 2.

ElastiCache for Redis version 2, released in [[2013-09-15|my]], reaches its
End Of Life (EOL) on [[2023-01-13|long]]. You still have one or more
clusters running version 2.x in the EU-WEST-1 Region.

To give yourself enough time, please upgrade these clusters to the latest
available ElastiCache for Redis version before [[2023-01-13|long]].

The upgrade can be started from the ElastiCache console, the AWS CLI or the
API and is managed for you. Take a backup first, and plan for a short
interruption while nodes are replaced.

Sincerely,
Amazon Web Services
""")

msg(src="https://qiita.com/aguoys3/items/7954ab244130b86c52a3",
    label="action-required", sent="2024-11-20 02:10", day=20, frm=AWS,
    to="db-team@hoshizora-shop.example",
    subject="[要対応] Amazon Aurora PostgreSQL 12 の標準サポート終了 ([[2025-02-28|jp]]) [AWS アカウント: 740182956631] [AP-NORTHEAST-1]",
    deadline="2025-02-28", text="""\
お客様各位

[このお知らせについて、AWS Health から定期的にリマインダーが送信される場合があります。]

お客様の AWS アカウントには、AP-NORTHEAST-1 リージョンで Amazon Aurora
PostgreSQL 互換エディションのバージョン 12 を実行している DB クラスターが
1 つ以上あります。対象のクラスターは AWS Health Dashboard の
「影響を受けるリソース」タブでご確認いただけます。

Aurora PostgreSQL 12 の標準サポートは [[2025-02-28|jp]] に終了します。
[[2025-03-01|jp]] 以降もバージョン 12 のまま稼働しているクラスターは、
自動的に Amazon RDS 延長サポートの対象となり、延長サポートの料金が発生します。

延長サポートの料金を避けるには、[[2025-02-28|jp]] までに対象のクラスターを
Aurora PostgreSQL 13 以降へアップグレードしてください。アップグレード前に、
本番以外の環境でアプリケーションの互換性を確認することをお勧めします。

延長サポートの料金体系については、Amazon Aurora の料金ページをご覧ください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""")

msg(src="https://github.com/aneoconsulting/ArmoniK/pull/1356",
    label="action-required", sent="2025-01-22 06:00", day=24, frm=AWS,
    to="hpc-ops@gridforge.example",
    subject="[Action Required] Amazon MQ for ActiveMQ 5.17 end of support on [[2025-06-16|long]] [AWS Account: 381902746655]",
    deadline="2025-06-16", text="""\
Hello,

[This is a reminder. AWS Health may send further reminders while affected
resources remain.]

You have one or more Amazon MQ brokers running ActiveMQ engine version 5.17.
Amazon MQ will end support for ActiveMQ 5.17 on [[2025-06-16|long]].

After that date, brokers on 5.17 no longer receive fixes, you can no longer
create new 5.17 brokers, and Amazon MQ may upgrade remaining brokers to a
supported version during their maintenance window.

Please upgrade the affected brokers to ActiveMQ 5.18 before
[[2025-06-16|long]]. You can change the engine version in the Amazon MQ
console or with the update-broker command; the new version is applied at
the next reboot or maintenance window.

The affected brokers are listed on the 'Affected resources' tab of your
AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/keatontaylor/alexa-actions/issues/273",
    label="action-required", sent="2025-07-11 14:35", day=4, frm=AWS,
    to="smarthome@lumen-hub.example",
    subject="[Action Required] AWS Lambda end of support for Python 3.9 [AWS Account: 129504837766] [EU-WEST-1]",
    deadline="2025-12-15", text="""\
Hello,

[AWS Health may send reminders about this communication while resources
remain unresolved.]

Your AWS account has one or more AWS Lambda functions that use the
Python 3.9 runtime.

Lambda support for Python 3.9 ends on [[2025-12-15|long]], after Python 3.9
reaches its community end of life on [[2025-10-30|long]]. Your functions
will keep running, but on a runtime that the Lambda team no longer
maintains or patches.

End of support happens in stages:
  - [[2025-12-15|long]]: no more security patches or updates, no technical
    support, and Python 3.9 disappears from the Lambda console (you can
    still create and update functions with CloudFormation, the CLI, SAM or
    other tools);
  - [[2026-01-15|long]]: new Python 3.9 functions can no longer be created;
  - [[2026-02-15|long]]: existing Python 3.9 functions can no longer be
    updated.

We recommend that you upgrade these functions to a newer Python runtime
before [[2025-12-15|long]]. The functions are listed on the 'Affected
resources' tab of your AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/killbill/killbill/issues/1940",
    label="action-required", sent="2023-12-18 12:00", day=11, frm=AWS,
    to="billing-platform@meterwise.example",
    subject="[Action Required] Update your Amazon SES SMTP clients to TLS 1.2 in US-EAST-1",
    deadline="2023-12-31", text="""\
Hello,

We have detected connection requests that use TLS 1.0 or TLS 1.1 from your
Amazon SES account to the Amazon SES SMTP endpoint in the us-east-1 Region.

AWS is removing support for TLS 1.0 and 1.1 on all of its endpoints, with a
target completion date of [[2023-12-31|long]]. After that, clients that
cannot negotiate TLS 1.2 or later will no longer be able to connect to the
SES SMTP endpoint, and the email they try to send will not be delivered.

What you need to do:
  - Identify the applications, libraries or mail servers that send through
    SES SMTP with the old protocol versions.
  - Update them (or their Java, OpenSSL or OS configuration) so that they
    use TLS 1.2 as the minimum.
  - Test sending from a staging environment after the change.

The SES API endpoints are affected in the same way, so check any SDK or
HTTP client you use with SES as well.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/sciencehistory/scihist_digicoll/issues/2126",
    label="action-required", sent="2023-04-06 15:15", day=6, frm=AWS,
    to="digital-collections@chemheritage.example",
    subject="[Action Required] Enforce TLS 1.2 on your shared Amazon S3 buckets",
    deadline="2023-06-28", text="""\
Hello,

In [[2023-06-28|my]] AWS will begin requiring TLS 1.2 or
later on all AWS service API endpoints, including Amazon S3. Clients that
still use TLS 1.0 or 1.1 will then lose access.

We have recently seen TLS 1.0 or 1.1 requests to the following bucket in
your account, which is accessed by users outside your account:

  chemheritage-derivatives-prod

As a best practice, and to prepare for the change, we recommend that you
enforce TLS 1.2 or higher on this bucket yourself now, by adding a bucket
policy statement that denies requests where the s3:TlsVersion condition
key is lower than 1.2. This lets you find and fix any remaining old clients
before [[2023-06-28|long]], when the rollout starts.

A sample policy is in the Knowledge Center article "How can I enforce TLS
1.2 or higher for my Amazon S3 buckets?".

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/freelawproject/courtlistener/issues/3853",
    label="action-required", sent="2024-03-21 18:05", day=16, frm=AWS,
    to="ops@openlegal-archive.example",
    subject="Reminder: Amazon RDS certificate authority rds-ca-2019 expires on [[2024-08-22|long]] [US-WEST-2]",
    deadline="2024-08-22", text="""\
Hello,

[AWS Health may send reminders about this communication from time to time.]

This is a reminder that your AWS account still has Amazon RDS or Amazon
Aurora database instances in the US-WEST-2 Region whose SSL/TLS server
certificate comes from the rds-ca-2019 certificate authority, which
expires on [[2024-08-22|long]]. The instances are shown on the 'Affected
resources' tab of your AWS Health Dashboard.

If your applications use SSL/TLS to connect, you need to rotate the CA
before [[2024-08-22|long]]; otherwise new connections will fail once the
certificate expires. Even if you do not use SSL/TLS today, we still
recommend the rotation.

  1. Download the new CA bundle and add it to your clients' trust stores.
  2. Modify each instance to use rds-ca-rsa2048-g1, rds-ca-rsa4096-g1 or
     rds-ca-ecc384-g1. The first keeps the current key algorithm.
  3. Apply the change now or in the next maintenance window. The instance
     restarts to pick up the new certificate.

Sincerely,
Amazon Web Services
""")

# ==========================================================================
# MAINTENANCE
# ==========================================================================
msg(src="https://github.com/femiwiki/femiwiki/issues/24",
    label="maintenance", sent="2018-12-04 13:20", day=5, frm=AWS,
    to="sysop@openwiki-kr.example",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
    deadline="2018-12-18", text="""\
Dear Amazon EC2 Customer,

We have important news about your account (AWS Account ID: 734019285566).
EC2 has detected degradation of the hardware that hosts your Amazon EC2
instance (instance ID: i-03d8b6a1f4e27c950) in the ap-northeast-1 region.
Because of this, the instance may already be unreachable. After
[[2018-12-18 13:00|isot]] the instance, whose root device is an EBS volume,
will be stopped.

You can see the instances that are scheduled for retirement in the AWS
Management Console:
https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events

* How does this affect you?
The instance will be stopped after the retirement date, and you can start
it again whenever you like. Any data on instance store volumes attached to
the instance will be lost when it stops, because those volumes live on the
physical host.

* What do you need to do?
You can wait until the instance is stopped on the retirement date, or stop
it yourself before then. When you start it again it will run on healthy
hardware. Stopping and starting may change public IP addresses that are not
Elastic IPs.

* Why retirement?
AWS may schedule retirement when a host has a fault that cannot be repaired
while instances are running on it.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/femiwiki/femiwiki/issues/89",
    label="maintenance", sent="2019-09-02 19:05", day=15, frm=AWS,
    to="sysop@openwiki-kr.example",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement [AWS Account: 734019285566]",
    deadline="2019-09-16", text="""\
Hello,

EC2 has detected degradation of the underlying hardware hosting your Amazon
EC2 instance associated with this event in the ap-northeast-1 region. The
instance may already be unreachable. We will stop your instance after
[[2019-09-16 19:00|isot]].

Affected instance: i-0f26c9e8b4a13d772

More information about scheduled events for your instances is in the AWS
Management Console:
https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events

* What will happen to my instance?
It will be stopped after the retirement date. You can start it again at any
time afterwards. Data on local instance store volumes will be lost when it
stops.

* What do I need to do?
We recommend that you stop and start the instance yourself before the
retirement date; this moves it to a new host. If you no longer need the
instance you can stop or terminate it at any time.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/harmony-one/harmony-ops/issues/42",
    label="maintenance", sent="2019-08-28 08:10", day=22, frm=AWS,
    to="node-ops@meridian-chain.example",
    subject="Amazon EC2 Instance Retirement [AWS Account: 905138246677] [EU-CENTRAL-1]",
    deadline="2019-09-11", text="""\
Hello,

EC2 has detected degradation of the underlying hardware hosting your Amazon
EC2 instance (instance ID: i-0d4a7e2c91b35f806) associated with your AWS
account (AWS Account ID: 905138246677) in the eu-central-1 region. The
instance could already be unreachable because of this degradation. We will
stop your instance after [[2019-09-11 08:00|isot]].

What you can do:
  - Stop and start the instance before that time to move it to healthy
    hardware (data on instance store volumes is not kept);
  - or replace it with a new instance launched from a recent AMI;
  - or, if you no longer need it, terminate it.

Scheduled events for your instances are shown at
https://console.aws.amazon.com/ec2/v2/home?region=eu-central-1#Events

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/mozmeao/infra/issues/868",
    label="maintenance", sent="2018-06-20 07:30", day=3, frm=AWS,
    to="webops@fireweb-meao.example",
    subject="Amazon ElastiCache Scheduled Maintenance Notification [EU-CENTRAL-1]",
    deadline="2018-07-08", text="""\
Hello,

The Amazon ElastiCache node(s) listed below are scheduled to be replaced as
part of maintenance that applies mandatory patches for security,
reliability and operational performance. Each replacement happens within
the time shown. This maintenance is mandatory: it starts in your cluster's
maintenance window but may run past the end of the window, depending on the
amount of data and the load on the node.

ElastiCache nodes scheduled for maintenance in the EU-CENTRAL-1 Region:

ClusterName / NodeName / Replacement Time:
web-cache / web-cache-002 / [[2018-07-08 00:00|mon]]

A replacement normally takes a few minutes, but re-syncing data from the
primary node can take longer. The node cannot serve requests while it is
being replaced. See the ElastiCache maintenance FAQs [1].

If you have questions or concerns, contact AWS Support [2].

[1] https://aws.amazon.com/elasticache/elasticache-maintenance/
[2] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/mozmeao/infra/issues/978",
    label="maintenance", sent="2018-12-11 10:00", day=17, frm=AWS,
    to="webops@fireweb-meao.example",
    subject="Amazon RDS for PostgreSQL automatic minor version upgrades starting [[2019-01-15|long]]",
    deadline="2019-01-15", text="""\
Hello,

According to our records, one or more of your PostgreSQL database instances
in the EU-CENTRAL-1 Region are not running the latest minor versions of
PostgreSQL available on Amazon RDS.

PostgreSQL 10.4, 9.6.9, 9.5.13 and 9.4.18 include important cumulative
security fixes. We recommend upgrading 10.x instances to 10.4, 9.6.x to
9.6.9, 9.5.x to 9.5.13 and 9.4.x to 9.4.18 or later when convenient.
PostgreSQL 9.3.x is no longer supported; please move to 9.4.x or later as
soon as possible.

Starting [[2019-01-15|long]], instances that have the "Auto Minor Version
Upgrade" option turned on will be upgraded automatically during their
maintenance window: 9.3.x to 9.3.23, 9.4.x to 9.4.18, 9.5.x to 9.5.13,
9.6.x to 9.6.9 and 10.x to 10.4. Because of other maintenance already
scheduled, it can take several weeks before a given instance is upgraded.

If you do not want these upgrades applied yet, set "Auto Minor Version
Upgrade" to "No" before [[2019-01-15|long]].

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/cerpus/Edlib/issues/1366",
    label="maintenance", sent="2022-07-26 11:40", day=26, frm=AWS,
    to="operations@edlearn-no.example",
    subject="Operating system update available for your Amazon RDS for MariaDB instances",
    deadline="none", text="""\
Hello,

A new operating system (OS) update is available for one or more of your
Amazon Relational Database Service (Amazon RDS) for MariaDB database
instances. The affected instances are listed on the "Affected resources"
tab of your AWS Health Dashboard.

OS updates bring security fixes and other improvements to the host that
runs your database. You can apply the update yourself at a time that suits
you from the RDS console (Actions > Upgrade now or Upgrade at next
window), or with the apply-pending-maintenance-action command. For a
Multi-AZ instance the standby is updated first, followed by a failover, so
downtime is kept short.

For more information on maintaining a DB instance, see [1]. If you have
questions, you can ask the community on AWS re:Post [2] or contact AWS
Support [3].

[1] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html
[2] https://repost.aws/
[3] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/LibraryOfCongress/concordia/issues/1571",
    label="maintenance", sent="2021-11-16 15:00", day=29, frm=AWS,
    to="web-ops@crowd-transcribe.example",
    subject="Required operating system update scheduled for your Amazon RDS DB instances",
    deadline="2022-01-10", text="""\
Hello,

A required operating system update is pending for one or more of your
Amazon RDS DB instances.

Description:  New Operating System update is available
Type:         system-update
Status:       required
Apply date:   [[2022-01-10 00:00|isot]]

If you do not apply the update before the apply date, Amazon RDS will apply
it automatically in the first maintenance window on or after
[[2022-01-10|long]]. The update requires a short outage while the instance
restarts; Multi-AZ instances fail over to the updated standby.

To choose your own time, open the RDS console, select each instance and
choose Actions > Upgrade now or Upgrade at next window. You can also apply
the update from the CLI with apply-pending-maintenance-action.

The affected instances are shown in the Maintenance column of the RDS
console and in your AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

# ==========================================================================
# SECURITY ADVISORY
# ==========================================================================
msg(src="https://www.jotaen.net/iCb10/running-in-circles/",
    label="security-advisory", sent="2019-09-01 06:40", day=12, frm=AWS,
    to="jonas@lindqvist-notes.example",
    subject="Securing Amazon S3 buckets - your AWS account 563019748822",
    deadline="none", text="""\
Hello,

We are writing to let you know that your AWS account 563019748822 has one or
more Amazon S3 buckets that allow read or write access to anyone on the
internet.

By default only the account owner can access the objects in an S3 bucket,
but bucket policies and access control lists can be changed to grant public
access. Unless you have a specific reason for it, such as hosting a public
website, we recommend that you change these buckets so that they are no
longer public.

Buckets in your account that could be accessed by anyone on the internet:
  www.lindqvist-notes.example   (us-east-1)

You can see the access status of each bucket in the Amazon S3 console,
which marks public buckets with a "Public" badge. S3 Block Public Access
lets you stop public access for a bucket or for the whole account in one
step; for a website behind Amazon CloudFront, an origin access identity
lets CloudFront read the objects without making the bucket public.

If the bucket is meant to be public, you can ignore this message.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/Talent-Catalog/talentcatalog/issues/2625",
    label="security-advisory", sent="2025-05-08 17:00", day=6, frm=AWS,
    to="devops@refugee-talent.example",
    subject="A new Amazon ElastiCache service update is available for your clusters",
    deadline="2025-06-20", text="""\
Hello,

A new ElastiCache service update, elasticache-20250507-intel, is now
available for one or more of your ElastiCache clusters. Service updates
improve the security, reliability and operational performance of your
nodes; you can apply them from the ElastiCache console, the API or the AWS
CLI.

For a risk assessment and an analysis of the impact on your clusters, and
for help deciding whether to apply an update, see the ElastiCache service
update FAQs: https://aws.amazon.com/elasticache/elasticache-maintenance/

Clusters this update applies to:
  talentpool-test-cache
  talentpool-prod-cache

Service update summary:
Service Update Name: elasticache-20250507-intel
Severity: medium
Update Type: security-update
AWS Recommended Apply By Date: [[2025-06-20 07:59:59|isots]]
Auto-Update after Due Date: no
AWS Region: us-east-1

To get started, open the service updates page of the ElastiCache console:
https://console.aws.amazon.com/elasticache/home?region=us-east-1#service-updates:aws

The ElastiCache documentation explains how to apply or stop a service
update.

Sincerely,
Amazon Web Services
""")

# ==========================================================================
# PRICING
# ==========================================================================
msg(src="http://aws.amazon.com/jp/c-tax-faqs/",
    label="pricing", sent="2019-09-02 01:00", day=2,
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    to="keiri@midori-koubou.example",
    subject="【重要】消費税率の変更に伴う AWS ご利用料金の請求について",
    deadline="2019-10-01", text="""\
平素より Amazon Web Services をご利用いただき、誠にありがとうございます。

消費税法の改正に伴い、[[2019-10-01|jp]] 以降のご利用分について、
日本の居住者であるお客様には 10% の消費税率を適用した金額をご請求いたします。
対象は、日本国内のリージョンおよび海外のリージョンのすべての AWS サービスです。

■ 主なポイント
・税率変更の基準となる時刻は、太平洋夏時間 (PDT) です。
・ウェブサイト上の料金は引き続き税抜で表示しております。
・消費税額は、請求とコスト管理コンソールの「請求書」ページでは
  「徴収される消費税 (日本)」、PDF 請求書では「CT」として表示されます。
・[[2019-10-01|jp]] より前に締結したリザーブドインスタンス等の長期契約で、
  同日以降にご利用いただく分の取り扱いについては、FAQ をご確認ください。

詳細は「消費税に関するよくある質問」をご覧ください。
https://aws.amazon.com/jp/c-tax-faqs/

今後とも AWS をよろしくお願いいたします。
アマゾン ウェブ サービス
""")

msg(src="https://aws.amazon.com/jp/tax-help/japan/",
    label="pricing", sent="2021-12-01 02:00", day=10,
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    to="shiharai@kawasemi-soft.example",
    subject="【重要】[[2022-02-01|jp]] より AWS の契約当事者がアマゾン ウェブ サービス ジャパン合同会社に変わります",
    deadline="2022-02-01", text="""\
AWS をご利用のお客様へ

[[2022-02-01|jp]] より、日本国内のすべての AWS アカウントに対する
AWS クラウドサービスの契約当事者が、Amazon Web Services, Inc. (AWS Inc.) から
アマゾン ウェブ サービス ジャパン合同会社 (AWS Japan) に変わります。
これ以降、日本国内のアカウントは AWS Japan からクラウドサービスを購入し、
AWS Japan が日本の消費税法の要件を満たす請求書を発行します。

・請求書払いのアカウントは、[[2021-11-01|jp]] にすでに AWS Japan へ移行済みです。
・AWS Marketplace および AMCS LLC が販売するサービスは、引き続き AWS Inc. が
  請求書を発行します。
・AWS トレーニングと AWS プロフェッショナルサービスは、引き続き AWS Japan から
  提供されます。

■ お客様にお願いしたいこと
1. 請求とコスト管理コンソールの「お支払い方法」ページで請求先住所を確認し、
   必要に応じて更新してください。
2. 「アカウント」ページで連絡先情報を確認してください。
3. 請求書を受け取るメールアドレスを確認してください。複数の担当者に届ける場合は、
   配布リストのアドレスのご利用をお勧めします。

アカウントが日本国内にあるかどうかは、登録番号 (JCT 番号)、請求先住所、
連絡先住所などの情報に基づいて判定されます。

詳細: https://aws.amazon.com/jp/tax-help/japan/

アマゾン ウェブ サービス
""")

msg(src="https://github.com/freezingsaddles/freezing-web/issues/281",
    label="pricing", sent="2024-11-01 16:00", day=25, frm=AWS,
    to="admin@winterride-club.example",
    subject="Your Amazon Aurora MySQL 2 clusters are now in RDS Extended Support [AWS Account: 246801357924]",
    deadline="2024-10-31", text="""\
Hello,

Standard support for Amazon Aurora MySQL-Compatible Edition version 2
(compatible with MySQL 5.7) ended on [[2024-10-31|long]].

You have one or more Aurora MySQL version 2 DB clusters in the US-EAST-1
Region. As of [[2024-10-31|long]] these clusters are enrolled in Amazon RDS
Extended Support, and Extended Support charges now apply to them in
addition to your usual Aurora charges. The charge is billed per vCPU (or
per ACU for Aurora Serverless) per hour and rises in the third year of
Extended Support.

Affected clusters:
  ride-stats-db (us-east-1)

To stop Extended Support charges, upgrade the clusters to Aurora MySQL
version 3 (compatible with MySQL 8.0). You can test the upgrade on a clone
first; a blue/green deployment keeps downtime low when you switch over.

Current Extended Support prices are listed on the Amazon Aurora pricing
page: https://aws.amazon.com/rds/aurora/pricing/

Sincerely,
Amazon Web Services
""")

# ==========================================================================
# BILLING
# ==========================================================================
msg(src="https://www.out48.com/archives/4774/",
    label="billing", sent="2020-01-18 20:30", day=18,
    frm=("AWS Free Tier", "freetier@costalerts.amazonaws.com"),
    to="hayashi@tsumiki-works.example",
    subject="AWS 無料利用枠の使用量に関するアラート",
    deadline="none", text="""\
AWS Budgets による AWS 無料利用枠の使用量アラート

AWS をご利用のお客様

お客様の AWS アカウント 597310284466 において、[[2020-01-18|jpmonth]]の
1 つ以上の AWS 無料利用枠対象サービスの使用量が、無料利用枠の上限の 85% を
超えました。

[[2020-01-18|mdy]] 時点の使用量    無料利用枠の上限
0.8727 GB-月                       Amazon Elastic Block Store スナップショット
                                   ストレージ 1 GB

無料利用枠の使用状況の詳細は、AWS Billing & Cost Management ダッシュボードで
ご確認いただけます。上限を超えた分は通常の料金で課金されます。

このアラートは AWS Budgets から送信されています。AWS は、無料利用枠対象
サービスの使用量が上限の 85% に達するとお知らせします。アラートの配信停止や
送信先メールアドレスの変更は、Cost Management の設定ページから行えます。
""", html=html_page("AWS Free Tier", """\
<h2>AWS Budgets による AWS 無料利用枠の使用量アラート</h2>
<p>AWS をご利用のお客様</p>
<p>お客様の AWS アカウント 597310284466 において、[[2020-01-18|jpmonth]]の 1 つ以上の AWS 無料利用枠対象サービスの使用量が、無料利用枠の上限の <b>85%</b> を超えました。</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>[[2020-01-18|mdy]] 時点の使用量</th><th>無料利用枠の上限</th></tr>
<tr><td>0.8727 GB-月</td><td>Amazon Elastic Block Store スナップショットストレージ 1 GB</td></tr>
</table>
<p>無料利用枠の使用状況の詳細は、AWS Billing &amp; Cost Management ダッシュボードでご確認いただけます。上限を超えた分は通常の料金で課金されます。</p>
<p>このアラートは AWS Budgets から送信されています。アラートの配信停止や送信先メールアドレスの変更は、Cost Management の設定ページから行えます。</p>
"""))

msg(src="https://i-think-it.net/aws-unpaid-charges",
    label="billing", sent="2021-03-05 03:45", day=7,
    frm=("アマゾン ウェブ サービス", "aws-receivables-support@email.amazon.com"),
    to="ithink@hitori-infra.example",
    subject="【重要】AWS の未払い料金について (アカウント 850293716644)",
    deadline="none", text="""\
AWS をご利用のお客様

お客様の AWS アカウント 850293716644 に、お支払い期日を過ぎた未払いの
ご利用料金があります。ご登録のお支払い方法 (末尾 4417 のクレジットカード)
での請求が承認されませんでした。

未払い額: 12.84 USD (2 か月分)

お支払い方法の有効期限切れや利用限度額の超過などが原因として考えられます。
次の手順でお支払いをお願いいたします。

1. AWS マネジメントコンソールにサインインし、請求とコスト管理コンソールの
   「お支払い方法」ページを開きます。
2. カードの有効期限などを更新するか、別のお支払い方法を追加します。
3. 「お支払い」ページで未払いの請求書を選択し、お支払いを完了します。

未払いの状態が続くと、AWS サービスへのアクセスが制限され、アカウントが
停止または解約される場合があります。すでにお支払い済みの場合は、
本メールと行き違いになったことをご容赦ください。

ご不明な点は、AWS サポートセンターの「アカウントおよび請求」から
お問い合わせください。

アマゾン ウェブ サービス
""")

msg(src="https://webbingstudio.com/entry-726",
    label="billing", sent="2013-02-14 09:00", day=19,
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    to="studio@webbing-toyota.example",
    subject="AWS 無料利用枠の期間終了のお知らせ",
    deadline="none", text="""\
AWS をご利用のお客様

お客様の AWS アカウントに適用されている AWS 無料利用枠の期間は、
[[2013-02-28|jp]] に終了します。

無料利用枠の対象として現在ご利用中のサービス:
  Amazon EC2 マイクロインスタンス (t1.micro) 1 台  (us-east-1)

無料期間の終了後も、このインスタンスを含むリソースを引き続き実行している場合は、
翌月から通常の料金で課金されます。マイクロインスタンスを継続して利用する場合の
目安は、オンデマンドで月額約 14.64 ドル、1 年契約のリザーブドインスタンスを
ご購入の場合は前払い 62 ドルと月額約 3.66 ドルです。

課金を避けたい場合は、期間終了日までに、不要なインスタンスの終了、
EBS ボリュームやスナップショットの削除、Elastic IP アドレスの解放を
行ってください。

現在のご利用状況は、AWS マネジメントコンソールの「アカウントアクティビティ」
ページでご確認いただけます。

アマゾン ウェブ サービス
""")

# ==========================================================================
# INFORMATIONAL
# ==========================================================================
msg(src="https://techblog.forgevision.com/entry/user-notifications-health-events",
    label="informational", sent="2025-08-28 04:00", day=23,
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    to="cloud-ops@fujimi-systems.example",
    subject="AWS Health イベントのメール通知方法の変更について",
    deadline="none", text="""\
お客様各位

[[2025-09-15|jp]] から、AWS Health イベントに関するメールは
AWS User Notifications サービスを通じて配信されるようになります。
引き続きメールを受け取るために、お客様の側で必要な作業はありません。

■ 変わる点
・送信元アドレスが health@aws.com に変わります。
・メールの形式がプレーンテキストから HTML に変わります。
・AWS Organizations 内で同じ内容のメールが重複しないよう、可能な範囲で
  まとめて配信されます。
・通知の購読は AWS User Notifications の設定画面で管理できるようになります。

■ ご確認いただきたいこと
送信元アドレスや件名で振り分けているメールの受信ルールがある場合は、
変更後も正しく動作するかご確認ください。

新しい方式へ早めに切り替えたい場合は、AWS User Notifications コンソールの
「AWS 管理通知」ページから設定できます。
https://console.aws.amazon.com/notifications/home?region=us-east-1#/managed-notifications

アマゾン ウェブ サービス
""")

msg(src="https://github.com/app-sre/qontract-reconcile/pull/4425",
    label="informational", sent="2024-05-23 16:30", day=9, frm=AWS,
    to="cloud-accounts@redstack-sre.example",
    subject="Changes to how AWS uses the security contact on your AWS account",
    deadline="none", text="""\
Hello,

We are writing to tell you about a change in how AWS contacts you about
security matters.

Starting [[2024-06-23|long]], AWS will send security-related communications
for your account, such as notices about possible compromise, exposed
credentials or abusive activity, to the security alternate contact listed
on the account, in addition to the account's root email address. The
security contact will be used only for these security-related matters.

Why this matters
Many organisations route security issues to a dedicated team. Keeping the
security contact up to date helps make sure that urgent notices reach the
people who can act on them quickly.

What you can do
Review the alternate contacts for your account in the AWS Management
Console (Account > Alternate contacts) or with the AWS Account
Management API (PutAlternateContact). For AWS Organizations, the management
account can set contacts for member accounts centrally.

No action is needed if your security contact is already correct.

Sincerely,
Amazon Web Services
""")

msg(src="https://github.com/gratipay/inside.gratipay.com/issues/564",
    label="informational", sent="2016-04-27 18:12", day=16, frm=AWS,
    to="admin@gratis-tips.example",
    subject="Amazon SES Domain Verification SUCCESS for gratis-tips.example in region US West (Oregon)",
    deadline="none", text="""\
Congratulations!

Amazon SES has finished verifying the domain gratis-tips.example in the US
West (Oregon) region. You can now send email through Amazon SES from any
address in this domain.

If your account is still in the Amazon SES sandbox, you can only send to
verified addresses until you request production access.

For more information, see the Amazon SES Developer Guide.

Thank you for using Amazon SES.
""")


# ==========================================================================
# build / write / check
# ==========================================================================
def build():
    out = []
    for n, spec in enumerate(MESSAGES):
        orig = dt.datetime.strptime(spec["sent"], "%Y-%m-%d %H:%M")
        new = dt.datetime(2027, 9, spec["day"], orig.hour, orig.minute)
        delta = new - orig
        subject = render(spec["subject"], delta)
        text = render(spec.get("text"), delta)
        html = render(spec.get("html"), delta)
        dl = spec["deadline"]
        if dl == "none":
            deadline = "none"
        elif isinstance(dl, tuple):
            kind, k = dl
            if kind == "days":
                deadline = (new.date() + dt.timedelta(days=k)).isoformat()
            else:
                d = new.date()
                while k:
                    d += dt.timedelta(days=1)
                    if d.weekday() < 5:
                        k -= 1
                deadline = d.isoformat()
        elif "[[" in dl:
            deadline = render(dl, delta)
        else:
            deadline = (dt.datetime.strptime(dl, "%Y-%m-%d") + delta).date().isoformat()
        digest = hashlib.sha1(("set-g2|%s|%s" % (spec["src"], subject)).encode("utf-8")).hexdigest()
        m = make_message(text, html, "==_aws_%s" % digest[:28])
        m["Date"] = format_datetime(new.replace(tzinfo=UTC))
        m["From"] = formataddr(spec["frm"], charset="utf-8")
        m["To"] = spec["to"]
        m["Subject"] = Header(subject, "utf-8") if not subject.isascii() else subject
        digest = hashlib.sha1(("set-g2|%s|%s" % (spec["src"], subject)).encode("utf-8")).hexdigest()
        m["Message-ID"] = "<%s.%s@email.amazonses.com>" % (digest[:24], new.strftime("%Y%m%d%H%M"))
        m["X-Training-Label"] = spec["label"]
        m["X-Training-Deadline"] = deadline
        raw = m.as_bytes(policy=policy.compat32.clone(linesep="\n", max_line_length=78))
        out.append(dict(spec=spec, new=new, subject=subject, deadline=deadline,
                        raw=raw, text=text, html=html,
                        msgid=str(m["Message-ID"]), sender=spec["frm"][1]))
    out.sort(key=lambda r: (r["new"], r["spec"]["src"]))
    return out


def write(recs):
    chunks = []
    for r in recs:
        body = r["raw"].decode("ascii")
        if not body.endswith("\n"):
            body += "\n"
        lines = []
        for line in body.split("\n")[:-1]:
            if line.startswith("From "):
                line = ">" + line
            lines.append(line)
        from_line = "From %s %s" % (r["sender"], r["new"].strftime("%a %b %d %H:%M:%S %Y"))
        chunks.append(from_line + "\n" + "\n".join(lines) + "\n\n")
    data = "".join(chunks).encode("ascii")
    with open(OUT, "wb") as fh:
        fh.write(data)


FROM_RE = re.compile(r"^From (\S+@\S+) (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                     r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                     r"(\d\d) (\d\d:\d\d:\d\d) (\d{4})$")
REQUIRED = ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
            "Content-Type", "X-Training-Label", "X-Training-Deadline"]


def check(recs):
    errors = []
    data = open(OUT, "rb").read()
    if b"\r" in data:
        errors.append("CR found in mbox")
    try:
        txt = data.decode("ascii")
    except UnicodeDecodeError:
        errors.append("mbox is not pure ASCII")
        txt = data.decode("utf-8", "replace")
    if not txt.endswith("\n"):
        errors.append("mbox does not end with a newline")
    lines = txt.split("\n")
    if any(len(line) > 998 for line in lines):
        errors.append("line longer than 998 characters")
    starts = []
    for i, line in enumerate(lines):
        if line.startswith("From "):
            if i == 0 or lines[i - 1] == "":
                starts.append(i)
            else:
                errors.append("unescaped From_ line at %d" % (i + 1))
    if len(starts) != len(recs):
        errors.append("found %d messages, expected %d" % (len(starts), len(recs)))
    seen_ids, seen_src = set(), set()
    counts = {}
    jp = 0
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(lines)
        block = lines[s:e]
        while block and block[-1] == "":
            block.pop()
        if k + 1 < len(starts) and lines[e - 1] != "":
            errors.append("msg %d: no blank line before next message" % k)
        fm = FROM_RE.match(block[0])
        if not fm:
            errors.append("msg %d: bad From_ line %r" % (k, block[0]))
            continue
        raw = ("\n".join(block[1:]) + "\n").encode("ascii")
        msgobj = BytesParser(policy=policy.default).parsebytes(raw)
        hdr_end = raw.split(b"\n\n", 1)[0]
        for name in REQUIRED:
            vals = msgobj.get_all(name) or []
            if len(vals) != 1:
                errors.append("msg %d: header %s occurs %d times" % (k, name, len(vals)))
        if any(b > 127 for b in hdr_end):
            errors.append("msg %d: non-ASCII byte in headers" % k)
        rec = recs[k] if k < len(recs) else None
        date = parsedate_to_datetime(msgobj["Date"])
        if not (date.year == 2027 and date.month == 9):
            errors.append("msg %d: Date not in September 2027" % k)
        if fm.group(1) != msgobj["From"].addresses[0].addr_spec:
            errors.append("msg %d: From_ sender differs from From header" % k)
        if date.astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y") != block[0].split(" ", 2)[2]:
            errors.append("msg %d: From_ date differs from Date header" % k)
        label = str(msgobj["X-Training-Label"])
        if label not in LABELS:
            errors.append("msg %d: bad label %r" % (k, label))
        counts[label] = counts.get(label, 0) + 1
        dl = str(msgobj["X-Training-Deadline"])
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                errors.append("msg %d: bad deadline %r" % (k, dl))
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
                errors.append("msg %d: bad deadline format %r" % (k, dl))
        mid = str(msgobj["Message-ID"])
        if mid in seen_ids:
            errors.append("msg %d: duplicate Message-ID" % k)
        seen_ids.add(mid)
        alltext = ""
        for part in msgobj.walk():
            if part.get_content_maintype() == "multipart":
                continue
            if part.get_content_maintype() != "text":
                errors.append("msg %d: non-text part" % k)
                continue
            if (part.get_content_charset() or "").lower() != "utf-8":
                errors.append("msg %d: part charset is not utf-8" % k)
            content = part.get_content()
            alltext += content
            enc = (part.get("Content-Transfer-Encoding") or "7bit").lower()
            if any(ord(c) > 127 for c in content) and enc not in ("quoted-printable", "base64"):
                errors.append("msg %d: non-ASCII body without QP/base64" % k)
            if "[[" in content:
                errors.append("msg %d: unrendered date token" % k)
        if has_japanese(alltext):
            jp += 1
        if rec is not None:
            if str(msgobj["Subject"]) != rec["subject"]:
                errors.append("msg %d: subject mismatch" % k)
            if "[[" in rec["subject"]:
                errors.append("msg %d: unrendered token in subject" % k)
            if label != rec["spec"]["label"]:
                errors.append("msg %d: label mismatch" % k)
            if dl != rec["deadline"]:
                errors.append("msg %d: deadline mismatch" % k)
            if rec["spec"]["src"] in seen_src:
                errors.append("msg %d: source used twice" % k)
            seen_src.add(rec["spec"]["src"])
    if len(recs) != 60:
        errors.append("expected 60 messages, built %d" % len(recs))
    if jp < 6:
        errors.append("only %d Japanese messages" % jp)
    return errors, counts, jp


def main():
    recs = build()
    write(recs)
    errors, counts, jp = check(recs)
    for lab in LABELS:
        print("%-18s %d" % (lab, counts.get(lab, 0)))
    print("%-18s %d" % ("total", sum(counts.values())))
    print("%-18s %d" % ("japanese", jp))
    if "--table" in sys.argv:
        for i, r in enumerate(recs):
            print("| %d | %s | %s | %s |" % (i, r["spec"]["label"], r["deadline"], r["spec"]["src"]))
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    print("OK:", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
