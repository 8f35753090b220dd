#!/usr/bin/env python3
"""Validation batch g30: cloud-provider notices (mostly AWS), July 2028.

Each notice follows one public original (see used-sources.txt). Dates inside
notices are written as [[ORIGINAL-DATE|format]] placeholders and shifted by the
per-notice offset (target send date - original send date).
Standard library only, deterministic.
"""
import datetime as _dt
import email.utils
import ipaddress
import mailbox
import os
import quopri
import re
import sys
from email.header import Header
from email.message import Message

NAME = "g30"
YEAR, MONTH = 2028, 7
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
CRITICAL = {"abuse", "security-incident"}
NOTICES = []

_PH = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?(?:\|([^\]]*))?\]\]")


def _fmt(d, fmt):
    fmt = fmt.replace("%e", str(d.day)).replace("%n", str(d.month))
    if "%l" in fmt:
        h = d.hour % 12 or 12
        fmt = fmt.replace("%l", str(h))
    return d.strftime(fmt)


def _shift(text, delta):
    def rep(m):
        day = _dt.datetime.strptime(m.group(1) + " " + (m.group(2) or "00:00"), "%Y-%m-%d %H:%M")
        day = day + delta
        return _fmt(day, m.group(3) or "%Y-%m-%d")
    return _PH.sub(rep, text)


def add(src, provider, label, orig, target, time, tz, deadline, frm, to, subject, body,
        phishing=False, ja=False):
    NOTICES.append(dict(src=src, provider=provider, label=label, orig=orig, target=target,
                        time=time, tz=tz, deadline=deadline, frm=frm, to=to,
                        subject=subject, body=body, phishing=phishing, ja=ja))


def _addr(spec):
    """'Display Name <addr>' -> RFC 2047-safe header value."""
    name, addr = email.utils.parseaddr(spec)
    if name and any(ord(c) > 127 for c in name):
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)
    return email.utils.formataddr((name, addr)) if name else addr


def build(n, idx):
    orig = _dt.datetime.strptime(n["orig"], "%Y-%m-%d")
    target = _dt.datetime.strptime(n["target"], "%Y-%m-%d")
    delta = target - orig
    subject = _shift(n["subject"], delta)
    body = _shift(n["body"], delta).strip("\n") + "\n"
    if n["deadline"] == "none":
        deadline = "none"
    else:
        deadline = (_dt.datetime.strptime(n["deadline"], "%Y-%m-%d") + delta).strftime("%Y-%m-%d")
    hh, mm = n["time"].split(":")
    sign = 1 if n["tz"][0] == "+" else -1
    off = _dt.timedelta(hours=int(n["tz"][1:3]), minutes=int(n["tz"][3:5])) * sign
    when = _dt.datetime(target.year, target.month, target.day, int(hh), int(mm),
                        tzinfo=_dt.timezone(off))
    msg = Message()
    msg["From"] = _addr(n["frm"])
    msg["To"] = _addr(n["to"])
    if any(ord(c) > 127 for c in subject):
        msg["Subject"] = Header(subject, "utf-8").encode()
    else:
        msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(when)
    msg["Message-ID"] = "<%s.%02d.%s@training.set-%s.example>" % (
        NAME, idx, when.strftime("%Y%m%d"), NAME)
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'text/plain; charset="utf-8"'
    if any(ord(c) > 127 for c in body):
        msg["Content-Transfer-Encoding"] = "quoted-printable"
        payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    else:
        msg["Content-Transfer-Encoding"] = "7bit"
        payload = body
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = deadline
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    msg.set_payload(payload)
    mmsg = mailbox.mboxMessage(msg)
    # deterministic envelope line derived from the Date header
    mmsg.set_from("MAILER-DAEMON", when.astimezone(_dt.timezone.utc).timetuple())
    return mmsg


_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
_OK_NETS = [ipaddress.ip_network(x) for x in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]


def check():
    problems = []
    box = mailbox.mbox(MBOX)
    msgs = list(box)
    box.close()
    if len(msgs) != len(NOTICES):
        problems.append("message count %d != %d" % (len(msgs), len(NOTICES)))
    ids = set()
    crit = phish = ja = 0
    with open(MBOX, "rb") as fh:
        raw = fh.read()
    if b"\r\n" in raw:
        problems.append("CRLF line endings in mbox")
    if not raw.startswith(b"From "):
        problems.append("mbox does not start with a From line")
    for i, (m, n) in enumerate(zip(msgs, NOTICES), 1):
        tag = "#%02d" % i
        for k, v in m.items():
            if any(ord(c) > 127 for c in str(v)):
                problems.append("%s non-ASCII header %s" % (tag, k))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "Content-Transfer-Encoding", "X-Training-Label",
                  "X-Training-Deadline"):
            if m[h] is None:
                problems.append("%s missing %s" % (tag, h))
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (YEAR, MONTH):
            problems.append("%s date %s outside batch month" % (tag, m["Date"]))
        mid = m["Message-ID"]
        if not re.fullmatch(r"<%s\.\d{2}\.\d{8}@training\.set-%s\.example>" % (NAME, NAME), mid):
            problems.append("%s bad Message-ID %s" % (tag, mid))
        if mid in ids:
            problems.append("%s duplicate Message-ID" % tag)
        ids.add(mid)
        lab = m["X-Training-Label"]
        if lab not in LABELS:
            problems.append("%s bad label %s" % (tag, lab))
        dl = m["X-Training-Deadline"]
        if dl != "none" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
            problems.append("%s bad deadline %s" % (tag, dl))
        if m.get_content_type() != "text/plain" or m.get_content_charset() != "utf-8":
            problems.append("%s bad content type" % tag)
        body = m.get_payload(decode=True).decode("utf-8")
        nonascii = any(ord(c) > 127 for c in body)
        cte = m["Content-Transfer-Encoding"]
        if nonascii and cte != "quoted-printable":
            problems.append("%s non-ASCII body without quoted-printable" % tag)
        if "[[" in body or "[[" in str(m["Subject"]):
            problems.append("%s unrendered placeholder" % tag)
        for mm in _IP.finditer(body + " " + str(m["Subject"])):
            try:
                ip = ipaddress.ip_address(mm.group(0))
            except ValueError:
                continue
            if not any(ip in net for net in _OK_NETS):
                problems.append("%s non-documentation IP %s" % (tag, ip))
        is_ph = m["X-Training-Phishing"] == "yes"
        if is_ph != n["phishing"]:
            problems.append("%s phishing header mismatch" % tag)
        if is_ph:
            phish += 1
        elif lab in CRITICAL:
            crit += 1
        if n["ja"]:
            ja += 1
            if not nonascii:
                problems.append("%s marked Japanese but body is ASCII" % tag)
    if len(msgs) < 36:
        problems.append("fewer than 36 notices")
    if crit < 10:
        problems.append("only %d non-phishing critical notices" % crit)
    if phish < 3:
        problems.append("only %d phishing notices" % phish)
    if ja < 4:
        problems.append("only %d Japanese notices" % ja)
    return problems, crit, phish, ja


def main():
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    for i, n in enumerate(NOTICES, 1):
        box.add(build(n, i))
    box.flush()
    box.close()
    problems, crit, phish, ja = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    counts = {}
    for n in NOTICES:
        counts[n["label"]] = counts.get(n["label"], 0) + 1
    print("notices=%d critical=%d phishing=%d japanese=%d" % (len(NOTICES), crit, phish, ja))
    print("labels:", ", ".join("%s=%d" % (k, counts[k]) for k in LABELS if k in counts))
    print("OK")


# ---------------------------------------------------------------- notices
add(src="https://diary-developer.tistory.com/42?category=1133848",
    provider="AWS", label="abuse", orig="2023-05-09", target="2028-07-01",
    time="03:17", tz="+0000", deadline="none",
    frm="Amazon EC2 Abuse <ec2-abuse@amazon.com>",
    to="cloud-admin@hanbit-dev.example",
    subject="Your AWS Abuse Report [10843372519] [AWS ID 482913375510]",
    body="""
Account ID: 482913375510
Account contact email: cloud-admin@hanbit-dev.example
Security contact: (not set)

Hello,

A third party has reported to us that the following AWS resource

AWS ID: 482913375510    Region: ap-northeast-2    EC2 Instance Id: i-0a7c31e95f2b84d16 [203.0.113.47]

has been taking part in activity that looks like repeated attempts to log in
to remote hosts on the internet without permission. This kind of activity is
not allowed under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/).
The complaint we received is reproduced further down.

Please stop the activity described in the complaint and answer this message
directly, telling us what you changed to stop it. If you believe the traffic
is legitimate, answer this message and describe your use case instead.

If nobody on your side started this traffic, the instance may have been taken
over by an outside party, or a weakness in the software it runs may be letting
someone use it in ways you did not intend.

The abuse team cannot help with troubleshooting or other technical questions.
For help with hardening the instance, the following may be useful:

* Security groups for Amazon EC2:
  https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html
* Security best practices for EC2:
  https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-best-practices.html

Regards,
AWS Trust & Safety

--- Complaint received [[2023-05-09|%Y-%m-%d]] ---
Reporter: SOC, Kestrel Hosting (abuse-desk@kestrel-hosting.example)
Type: SSH brute force / intrusion attempts
Source: 203.0.113.47
Timezone: UTC

[[2023-05-08|%Y-%m-%d]] 21:02:11 sshd[4412]: Failed password for root from 203.0.113.47 port 51822 ssh2
[[2023-05-08|%Y-%m-%d]] 21:02:13 sshd[4412]: Failed password for root from 203.0.113.47 port 51822 ssh2
[[2023-05-08|%Y-%m-%d]] 21:02:19 sshd[4420]: Invalid user oracle from 203.0.113.47 port 52010
[[2023-05-08|%Y-%m-%d]] 21:02:24 sshd[4427]: Invalid user ubuntu from 203.0.113.47 port 52114
[[2023-05-08|%Y-%m-%d]] 21:03:02 sshd[4466]: Failed password for admin from 203.0.113.47 port 52690 ssh2
Target host: 198.51.100.23 (TCP/22)
Total failed attempts in 40 minutes: 1,186
""")

add(src="https://support.bespinglobal.com/ko/support/solutions/articles/73000544724",
    provider="AWS", label="abuse", orig="2024-02-14", target="2028-07-03",
    time="11:46", tz="+0000", deadline="none",
    frm="AWS Trust & Safety <trustandsafety@support.aws.com>",
    to="infra-security@daon-logistics.example",
    subject="Your AWS Abuse Report [29917356042] [AWS ID 730158842296] - Port Scanning",
    body="""
Hello,

We have received one or more reports that the AWS resource listed below was
used to send probes to many ports on third-party systems, which looks like an
attempt to find services that are not properly protected.

    AWS ID:        730158842296
    Region:        ap-northeast-2
    Resource:      NAT Gateway nat-05d1e9c84a27f36b0
    Public IP:     203.0.113.118

Because the traffic leaves through a NAT gateway, the source is most likely one
or more instances in the private subnets that route through it. Please find
the instance or workload responsible, stop the scanning, and reply to this
message with what you found and the corrective action you took.

If the scanning is part of an authorised test, reply with the details of the
engagement and confirm that the targets agreed to be tested.

Probing other networks without permission is not allowed under the AWS
Acceptable Use Policy (https://aws.amazon.com/aup/). Leaving the report
unanswered may lead us to restrict the resource or the account.

Reported activity (times in UTC):

    Source IP        Destination IP    Dest ports sampled        First seen            Last seen
    203.0.113.118    198.51.100.64     22, 23, 2375, 6379, 9200  [[2024-02-13|%Y-%m-%d]] 19:40   [[2024-02-13|%Y-%m-%d]] 22:15
    203.0.113.118    198.51.100.65     22, 23, 2375, 6379, 9200  [[2024-02-13|%Y-%m-%d]] 19:41   [[2024-02-13|%Y-%m-%d]] 22:16
    203.0.113.118    198.51.100.70     21, 80, 443, 8080, 8443   [[2024-02-13|%Y-%m-%d]] 20:05   [[2024-02-14|%Y-%m-%d]] 01:12

Regards,
AWS Trust & Safety
""")

add(src="https://blog.bespinglobal.com/post/aws-abuse-report/",
    provider="AWS", label="abuse", orig="2022-11-21", target="2028-07-04",
    time="07:58", tz="+0000", deadline="none",
    frm="Amazon EC2 Abuse <ec2-abuse@amazon.com>",
    to="aws-root@mirae-commerce.example",
    subject="Your AWS Abuse Report [53104478216] [AWS ID 219465073381] - Denial of Service",
    body="""
Hello,

We have received reports that traffic from the following AWS resource

AWS ID: 219465073381    Region: ap-northeast-2    EC2 Instance Id: i-04be9d70c3f1a28e5 [203.0.113.201]

matches the pattern of a denial of service attack against a remote host.
Details of the reported traffic are listed at the bottom of this message.

Please find what is generating this traffic, stop it, and reply to this email
explaining the steps you took. If you think the traffic is expected, reply and
tell us about your use case.

If the traffic was not started by you, the instance may be compromised, or an
application on it may be letting others misuse it. Typical first steps are to
restrict the security group, cut outbound access for the affected subnet, take
a snapshot for investigation and rebuild the instance from a clean image.

Sending attack traffic is prohibited by the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/).

Regards,
AWS Trust & Safety

---------- reported activity ----------
SourceIP         DestinationIP     DestPort  Protocol  Window (UTC)                       Packets/s
203.0.113.201    198.51.100.142    443       TCP SYN   [[2022-11-20|%Y-%m-%d]] 16:04 - 16:37        ~180,000
203.0.113.201    198.51.100.142    443       TCP SYN   [[2022-11-21|%Y-%m-%d]] 02:12 - 02:49        ~210,000
---------------------------------------
""")

add(src="https://github.com/documentcloud/documentcloud/issues/104",
    provider="AWS", label="abuse", orig="2014-05-28", target="2028-07-06",
    time="18:22", tz="+0000", deadline="none",
    frm="AWS Trust & Safety <abuse@amazonaws.com>",
    to="ops@paperlantern-archive.example",
    subject="AWS Abuse: Notice of claimed copyright infringement (DMCA) [Case 68820145113]",
    body="""
Hello,

We received the notice reproduced below from a party who says it owns the
copyright in material that is being served from an Amazon S3 bucket in your
account (AWS ID 615022948817). The notice was sent under the Digital
Millennium Copyright Act.

    Bucket:   docs.paperlantern-archive.example
    Objects:  /pdfs/annual-report-hollis-group.pdf
              /pdfs/hollis-group-board-minutes.pdf

Please review the material. If you agree that it infringes, remove it or make
it unavailable and reply to this email to confirm. If you believe you have the
right to publish it, you may answer with a counter-notice that contains the
elements listed in 17 U.S.C. 512(g)(3); we will forward it to the complainant.

Please do not change the subject line of this email when you reply, so that
your answer is attached to this case.

Regards,
AWS Trust & Safety

----- Forwarded notice -----
From: Rights Desk, Hollis Group Legal <rights@hollis-group.example>
Date: [[2014-05-27|%B %e, %Y]]

To the designated agent of Amazon Web Services:

I am authorised to act for Hollis Group plc. The two PDF files at the
addresses above are complete copies of internal documents whose copyright
belongs to Hollis Group. They were published without our consent. We ask
that access to them be disabled.

I have a good faith belief that this use is not authorised by the copyright
owner, its agent or the law. The information in this notice is accurate and,
under penalty of perjury, I am authorised to act on behalf of the owner.

/s/ M. Ferreira, Rights Desk
""")

add(src="https://shojaku.blogspot.com/2014/04/amazon-ses.html",
    provider="AWS", label="abuse", orig="2014-04-21", target="2028-07-07",
    time="04:09", tz="+0000", deadline="none",
    frm="Amazon Simple Email Service <no-reply-aws@amazon.com>",
    to="dev-team@tabiyori-news.example",
    subject="Amazon Simple Email Service Sending Suspended Due to Critical Issue in region US East (N. Virginia)",
    body="""
Dear Amazon SES customer,

Sending from your Amazon SES account (AWS account 347760218894) in the US East
(N. Virginia) region has been suspended, starting now.

WHY
---
Over roughly the last 60 days your account sent 48,310 messages that count
towards the bounce calculation. About 15.2% of them were hard bounces - mail
addressed to mailboxes that do not exist. We expect senders to stay well below
5%. A rate this high usually means that recipient addresses were not collected
with permission, or that old lists are being mailed without cleaning, and it
puts the shared reputation of Amazon SES at risk. That is why we stopped the
sending right away instead of opening a review period first.

WHAT YOU CAN DO
---------------
If you want sending to be restored, reply to this message and tell us:

  1. What caused the bounces (which list, campaign or signup path).
  2. What you changed so that it does not happen again - for example removing
     addresses that have bounced, confirming new signups, and processing the
     bounce and complaint notifications that SES sends you.
  3. How you will watch your bounce and complaint rates from now on.

We will review the reply and tell you our decision. Mail you try to send while
the suspension is in place will be rejected.

More information: https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html

Sincerely,
The Amazon SES Team
""")
add(src="https://swizec.com/blog/what-happens-when-you-push-aws-credentials-to-github/swizec/9194",
    provider="AWS", label="security-incident", orig="2019-11-04", target="2028-07-08",
    time="22:31", tz="+0000", deadline="2019-11-09",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="hello@quillworks-workshops.example",
    subject="Amazon Web Services has opened case 6419028377 on your behalf",
    body="""
Hello,

Amazon Web Services has opened case 6419028377 on your behalf.

Case ID: 6419028377
Subject: Your AWS account 508274136620 has been restricted - exposed access key
Severity: Urgent

Dear AWS Customer,

An access key for your account can be read by anyone on the internet, and we
have restricted parts of your account while this is resolved.

    Access key ID:   AKIAIOSFODNN7EXAMPLE
    IAM user:        workshop-uploader
    Where we found it: client-side JavaScript served publicly at
                     https://demo.quillworks-workshops.example/static/js/main.3f9c1a.js

Keys that are delivered to a browser should be considered public: anyone who
opens the page can copy the key and the secret that goes with it, and use them
with your permissions. We have already seen calls made with this key from
addresses that are not associated with your usage.

To protect you from charges, we have temporarily limited the creation of new
resources in some services, and we may stop resources that appear to have
been created without your knowledge.

What you need to do
  1. Delete the exposed key (do not just deactivate it) and stop shipping
     credentials to the browser. Use pre-signed S3 URLs or a backend that
     signs requests instead.
  2. Look through CloudTrail for activity you do not recognise since the key
     was published - new IAM users, roles, access keys, or instances in any
     Region - and remove it.
  3. Reply to this case, confirming the steps above, so that we can lift the
     restrictions.

If we do not hear from you by [[2019-11-09|%B %e, %Y]], we may suspend the
account to prevent further unauthorised use.

To see this case, go to the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=6419028377

Best regards,
Amazon Web Services
""")

add(src="https://medium.com/how-i-learned-ruby-rails/how-to-get-robbed-by-insecure-practices-8a1118fe3d7f",
    provider="AWS", label="security-incident", orig="2017-04-17", target="2028-07-09",
    time="08:04", tz="-0400", deadline="none",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="founder@tilemark-studio.example",
    subject="RE: [Case 2077315604] Unauthorized usage in AWS account 912604473058",
    body="""
Hello,

Thank you for calling us earlier today. As discussed, here is a summary of
what we found on your account and what happens next.

What we found
Between [[2017-04-11|%B %e]] and [[2017-04-17|%B %e]], a key belonging to the IAM
user "deploy-ci" was used to launch 68 EC2 instances (c4.8xlarge and
p2.xlarge) spread over 12 Regions. The key was published in a public fork of
your private repository, where automated scanners found it within hours. The
instances were running mining software.

What we have done
- Your account had been suspended to stop the usage. We have lifted the
  suspension so that you can complete the clean-up yourself.
- We terminated the 68 instances listed in the attachment to this case, at
  your request.

What we still need from you
- Delete every access key that may have been exposed and rotate the rest.
- Check all Regions for other resources you did not create (spot requests,
  launch templates, IAM users and roles, Lambda functions).
- Turn on MFA for the root user and remove any root access keys.
- Tell us in this case when this is done.

Once you confirm, we will send the case to our billing team, which will look
at the charges caused by the unauthorised usage (currently USD 10,412.88 for
this month). We cannot promise an adjustment, but a completed clean-up is
required before the request can be considered.

Best regards,
Dana P.
Amazon Web Services - Account and Billing Support
""")

add(src="http://alexandre.ci.ufpb.br/quase-me-lasco-no-aws/",
    provider="AWS", label="security-incident", orig="2013-01-07", target="2028-07-10",
    time="15:40", tz="+0000", deadline="none",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="prof.lab-cloud@univ-nordeste.example",
    subject="[Case 1108833276] Unrecognized instances in your AWS account 364917502281",
    body="""
Hello,

We are following up on the case you opened about charges you did not expect
on AWS account 364917502281, which is funded by an AWS in Education research
grant.

Our review confirms that your account was used by someone other than you.
During the last billing period, 188 instances of type m2.4xlarge were started
in us-east-1 and us-west-2 with credentials that belong to your account. The
pattern of these launches does not match your historic use for teaching and
research. Their usage has consumed the remaining grant credits and produced
an additional balance on your card.

Before we can continue with the billing part of this case, please make sure
that your account is under your control again:

  * Change the root password and the passwords of all IAM users.
  * Delete every access key and X.509 certificate, then create new ones only
    where they are needed, and store them outside source code and shared
    folders that students can reach.
  * Confirm that all 188 instances are terminated and that no spot requests,
    AMIs or EBS volumes created by the intruder remain.
  * Enable multi-factor authentication for the root user.

Please answer this case once these steps are complete. Credits or refunds can
only be reviewed after we have confirmation that the unauthorised access has
been stopped.

Kind regards,
Rafael T.
Amazon Web Services
""")

add(src="https://positivethinking.tech/case-study/mitigating-a-crypto-jacking-incident-on-an-aws-machine-from-the-earliest-stages",
    provider="AWS", label="security-incident", orig="2023-01-12", target="2028-07-11",
    time="02:26", tz="+0000", deadline="none",
    frm="AWS Notifications <no-reply@sns.amazonaws.com>",
    to="cloud-alerts@veldhoven-freight.example",
    subject="AWS Notification Message - GuardDuty finding: CryptoCurrency:EC2/BitcoinTool.B!DNS (High)",
    body="""
GuardDuty finding in account 577204183946 / eu-central-1

Title:      EC2 instance i-0d82f6a1c94e37b20 is querying a domain name that is
            associated with Bitcoin-related activity.
Type:       CryptoCurrency:EC2/BitcoinTool.B!DNS
Severity:   8 (High)
Finding ID: 6ec4b1f8a7d2e93c05a1b7f4d2c8e061
First seen: [[2023-01-11|%Y-%m-%d]]T17:52:09Z
Last seen:  [[2023-01-12|%Y-%m-%d]]T02:19:44Z
Count:      3,412

Resource
  Instance:        i-0d82f6a1c94e37b20 (m5.2xlarge)
  Tags:            eks:cluster-name=vf-prod-eks, eks:nodegroup-name=batch-workers
  Private IP:      10.42.17.88
  Public IP:       203.0.113.92
  VPC / subnet:    vpc-0b7e21c6 / subnet-04d9a3e1

Action
  DNS request for pool.xmr-mining.example (blocked: false)

Description
  The instance is resolving the name of a known cryptocurrency mining pool. If
  nobody in your organisation runs mining software, the instance, or a
  container scheduled on it, is probably compromised.

Recommended response
  Isolate the node, review the pods and images that ran on it, rotate any
  credentials that the node role or the workloads could reach, and replace
  the node from a clean image.

View the finding:
https://console.aws.amazon.com/guardduty/home?region=eu-central-1#/findings?fId=6ec4b1f8a7d2e93c05a1b7f4d2c8e061

--
You are receiving this email because your address is subscribed to the SNS
topic arn:aws:sns:eu-central-1:577204183946:guardduty-high-findings.
To stop receiving these messages, use the unsubscribe link in the AWS console.
""")
add(src="https://www.1x1.jp/blog/2010/05/amazon_ec2_abuse_ec2_account_notification.html",
    provider="AWS", label="action-required", orig="2010-05-18", target="2028-07-12",
    time="09:13", tz="+0000", deadline="none",
    frm="Amazon EC2 <ec2-notification@amazon.com>",
    to="event-ops@kasumi-ticket.example",
    subject="EC2 Account Notification",
    body="""
Dear EC2 Customer,

One of your instances has hit the limit on how much email it may send through
SMTP port 25. Further outbound mail on that port is being throttled.

  * Instance ID: i-3c8f0a21
  * IP address:  203.0.113.77
  * Limit reached at: [[2010-05-18|%Y-%m-%d]] 09:02 +0000

By default, Amazon EC2 caps the volume of port 25 traffic from every instance.
The cap protects the reputation of EC2 address space and makes it harder to
use new instances for sending spam.

If this instance needs to send mail in larger volumes, fill in the "Request
to Remove Email Sending Limitations" form and tell us the instance's Elastic
IP address, the reverse DNS name you want us to set, and how the mail will be
used. Until the request is approved, mail above the limit will continue to be
delayed or dropped.

Request form:
https://aws.amazon.com/forms/ec2-email-limit-rdns-request

Sincerely,
Amazon Web Services
""")

add(src="https://pgmjun.tistory.com/143",
    provider="AWS", label="billing", orig="2024-03-02", target="2028-07-13",
    time="21:50", tz="+0000", deadline="none",
    frm="Amazon Web Services <aws-receivables-support@email.amazon.com>",
    to="jun.dev.study@mailbox.example",
    subject="Action needed: your AWS payment of USD 56.14 did not go through",
    body="""
Hello,

We could not collect the balance for your AWS account 196530074821.

  Invoice:         EUINKR24-1188206
  Billing period:  [[2024-02-01|%B %e]] - [[2024-02-29|%B %e, %Y]]
  Amount:          USD 56.14
  Payment method:  Mastercard ending in 4407
  Reason given by the card issuer: insufficient funds

Most of this month's charges come from Amazon ElastiCache (cache.r6g.large,
Asia Pacific (Seoul)), which is not covered by the AWS Free Tier.

We will try the same card again over the next few days. To settle the balance
now, or to add a different card, open the Billing and Cost Management console
and choose "Payments":
https://console.aws.amazon.com/billing/home#/paymentmethods

If the amount stays unpaid, access to some AWS services may be limited. If
you do not recognise these charges, open a case with Account and Billing
support from the Support Center.

Thank you for using Amazon Web Services.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.
""")

add(src="https://velog.io/@duo22088/AWS-청구면제-문의-후기-및-과금-방지",
    provider="AWS", label="billing", orig="2021-06-01", target="2028-07-14",
    time="06:35", tz="+0000", deadline="2021-07-31",
    frm="Amazon Web Services <aws-receivables-support@email.amazon.com>",
    to="capstone-team@seorin-univ.example",
    subject="Your AWS Account 845109326671 has been suspended",
    body="""
Greetings from Amazon Web Services,

Your AWS account 845109326671 has been suspended because several past-due
invoices remain unpaid despite our earlier reminders.

  Past-due balance: USD 601.37
  Oldest unpaid invoice: [[2020-12-02|%B %e, %Y]]
  Main source of charges: Amazon RDS for MySQL (db.t3.medium, Asia Pacific
  (Seoul)), running since the end of your Free Tier period

While the account is suspended you can still sign in to the Billing and Cost
Management console, but you cannot use AWS services. Resources in a suspended
account are not guaranteed to be kept.

To reactivate the account, pay the full past-due balance in the console
(Billing > Payments). If the balance is still unpaid on
[[2021-07-31|%B %e, %Y]], the account will be closed and the resources in it
may be deleted.

If you believe these charges are the result of a mistake, you can contact us
through Account and Billing support before that date.

Sincerely,
Amazon Web Services
""")

add(src="https://blog.denet.co.jp/?p=7544",
    provider="AWS", label="billing", orig="2022-02-02", target="2028-07-15",
    time="13:08", tz="+0000", deadline="none",
    frm="Amazon Web Services <aws-receivables-support@email.amazon.com>",
    to="kensuke.personal-lab@mailbox.example",
    subject="Amazon Web Services: problem with your payment method",
    body="""
Greetings from Amazon Web Services,

While confirming the payment method on file for your Amazon Web Services
account (ID 603184527719), we received an error from the card issuer.

A valid payment method is needed to keep using services that are not free.
Please review your card details - the expiry date in particular - or add a new
card on this page:

https://console.aws.amazon.com/billing/home#/paymentmethods

After you update the payment method, you can pay any outstanding invoice from
the "Payments" page of the same console.

If you have questions about this message, contact Account and Billing support
from the AWS Support Center. You do not need a paid support plan for billing
questions.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. and
affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
""")

add(src="https://github.com/cityofaustin/atd-data-tech/issues/11836",
    provider="AWS", label="action-required", orig="2023-03-26", target="2028-07-16",
    time="21:03", tz="-0500", deadline="2023-05-10",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="mobility-devops@riverbend-transit.example",
    subject="Certificate renewal for staging.moveit.riverbend-transit.example requires action",
    body="""
Greetings from Amazon Web Services,

An SSL/TLS certificate issued by AWS Certificate Manager in your account will
expire on [[2023-05-10|%b %d, %Y]] at 23:59:59 UTC. Its primary domain is
staging.moveit.riverbend-transit.example and it covers 1 domain in total.

AWS account ID:   771406325918
Region:           us-east-1
Certificate:      arn:aws:acm:us-east-1:771406325918:certificate/3f1d2c7a-5b4e-4c61-9a0e-7e2b8d91c640

ACM tried to renew this certificate automatically using DNS validation and
could not complete the renewal. You need to act before the expiry date above.
If the certificate expires without being renewed, the site or application that
uses it may stop being reachable over HTTPS.

ACM renews a DNS-validated certificate only while the CNAME record it issued
during validation is still published for each domain. For the domain below,
that record is missing or no longer resolves:

  Domain:          staging.moveit.riverbend-transit.example
  Record name:     _8c41f0d2b7a94e2e.staging.moveit.riverbend-transit.example.
  Record value:    _1e7a6c3d9f2b4058.zqxwvtrsyp.acm-validations.aws.

You can see the record in the ACM console by expanding the certificate, or
with the DescribeCertificate API action. Once the record is back in your DNS
zone, ACM will finish the renewal without further steps.

Troubleshooting: https://docs.aws.amazon.com/acm/latest/userguide/troubleshooting-renewal.html

Sincerely,
Amazon Web Services
""")

add(src="https://docs---aws.amazon.com.rproxy.govskope.ca/chime/latest/ag/manage-users.md",
    provider="AWS", label="action-required", orig="2025-02-19", target="2028-07-17",
    time="16:00", tz="+0000", deadline="2026-02-20",
    frm="Amazon Chime <no-reply-aws@amazon.com>",
    to="it-collab@lindqvist-partners.example",
    subject="[Action Required] Amazon Chime will end support on [[2026-02-20|%B %e, %Y]]",
    body="""
Hello,

You are receiving this message because you are an administrator of the
Amazon Chime account "Lindqvist Partners" (account ID
c2b67d14-0e98-4f3a-8c21-5d7fa0b1e943), created in AWS account 129388460721.

After careful consideration, AWS will end support for the Amazon Chime
service on [[2026-02-20|%B %e, %Y]]. From [[2025-02-19|%B %e, %Y]], new customers can no
longer sign up, and existing accounts cannot create new Chime accounts or add
Business Calling phone numbers.

What changes after [[2026-02-20|%B %e, %Y]]
- The Amazon Chime console and the Chime desktop, web and mobile applications
  will stop working.
- Meetings, chat rooms, contacts and Business Calling numbers held in Chime
  will no longer be available.

What you need to do before then
- Move your users to another meeting and chat solution.
- Export any chat history or meeting data that you want to keep, and request
  attachments for your users from the console if needed.
- Port any Business Calling phone numbers to another carrier.

This change does not affect the Amazon Chime SDK, which remains available.

Until the end-of-support date, your Chime account keeps working as today and
is billed as usual.

Sincerely,
Amazon Web Services
""")
add(src="https://techblog.nhn-techorus.com/archives/26983",
    provider="AWS", label="pricing", orig="2023-11-20", target="2028-07-18",
    time="01:30", tz="+0000", deadline="2024-02-01",
    frm="アマゾン ウェブ サービス ジャパン <aws-jp-noreply@amazon.com>",
    to="jyouhou-system@kitaura-seimitsu.example",
    subject="[お知らせ] [[2024-02-01|%Y 年 %n 月 %e 日]]からのパブリック IPv4 アドレスの新しい料金体系 | [Notification] New charge for public IPv4 addresses starting [[2024-02-01|%B %e, %Y]]",
    body="""
English follows Japanese | 英語のメッセージは日本語の後にございます

AWS をご利用いただき、ありがとうございます。

[[2023-07-28|%Y 年 %n 月 %e 日]]にご案内したとおり、[[2024-02-01|%Y 年 %n 月 %e 日]]から、パブリック
IPv4 アドレスの利用に対する料金体系が変わります。対象となるのは、サービスに
アタッチされているかどうかを問わず、お客様のアカウントで使われているすべての
パブリック IPv4 アドレスで、1 アドレスにつき 1 時間あたり 0.005 USD が
課金されます。

AWS アカウント 408826175530 では、現在 27 個のパブリック IPv4 アドレスが
使われています (EC2 インスタンス、Elastic IP アドレス、NAT ゲートウェイ、
ロードバランサーなど)。現在の使用状況のままの場合、月額の増加分はおよそ
97.20 USD の見込みです。

ご確認いただきたいこと
- VPC IP Address Manager (IPAM) の Public IP Insights を使って、どのリソースが
  パブリック IPv4 アドレスを持っているかを確認できます (無料)。
- AWS コストと使用状況レポートには、すでにパブリック IPv4 アドレスの使用量が
  記録されています。
- 不要な Elastic IP アドレスの解放や、IPv6 への移行もご検討ください。

お客様による設定変更は必須ではありません。料金の変更は自動的に適用されます。

詳細: https://aws.amazon.com/jp/vpc/pricing/

----------------------------------------------------------------

Hello,

As announced on [[2023-07-28|%B %e, %Y]], AWS will start charging for every public
IPv4 address on [[2024-02-01|%B %e, %Y]], whether or not the address is attached to
a service. The rate is USD 0.005 per address per hour.

AWS account 408826175530 currently uses 27 public IPv4 addresses (EC2
instances, Elastic IPs, NAT gateways, load balancers and others). At today's
usage, your monthly bill would rise by about USD 97.20.

You can list the addresses with Public IP Insights in Amazon VPC IP Address
Manager at no charge, and your Cost and Usage Report already shows public IPv4
usage. No action is required; the new charge applies automatically.

Amazon Web Services Japan G.K.
""", ja=True)

add(src="https://aws.amazon.com/jp/blogs/news/amazon-rds-certificate-rotation-2019/",
    provider="AWS", label="action-required", orig="2019-10-15", target="2028-07-19",
    time="05:12", tz="+0000", deadline="2020-03-05",
    frm="アマゾン ウェブ サービス <no-reply-aws@amazon.com>",
    to="db-admin@tsubame-koutsu.example",
    subject="[要対応] Amazon RDS / Amazon Aurora の SSL/TLS 証明書のアップデートについて [AWS アカウント: 652209817346]",
    body="""
お客様各位

平素より Amazon RDS および Amazon Aurora をご利用いただき、誠にありがとうございます。

お客様の AWS アカウント (652209817346) の ap-northeast-1 リージョンにある以下の
DB インスタンスは、現在の認証機関 (CA) 証明書 rds-ca-2015 を使用しています。
この証明書は [[2020-03-05|%Y 年 %n 月 %e 日]]に有効期限が切れます。

  対象 DB インスタンス:
    tk-orders-prod        (MySQL 5.7)
    tk-orders-prod-ro1    (MySQL 5.7)
    tk-analytics          (Aurora PostgreSQL 10)

■ 必要な対応
アプリケーションが SSL/TLS を使って DB インスタンスに接続し、サーバー証明書の
検証を行っている場合は、期限までに次の 2 つの作業が必要です。

  1. クライアント側: 新しい CA 証明書 rds-ca-2019 をアプリケーションの
     トラストストアに追加します。
  2. サーバー側: 各 DB インスタンスの CA を rds-ca-2019 に変更します。
     変更時に DB インスタンスの再起動が発生します。

対応しないまま期限を過ぎると、SSL/TLS による接続が確立できなくなります。
動作確認の時間を確保するため、[[2020-02-05|%Y 年 %n 月 %e 日]]までに作業を完了する
ことを強くお勧めします。

なお、[[2019-11-01|%Y 年 %n 月 %e 日]]以降に新しく作成される DB インスタンスは、
既定で rds-ca-2019 を使用します。

手順の詳細:
https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス
""", ja=True)

add(src="https://aws.amazon.com/jp/about-aws/whats-new/2025/04/aws-marketplace-japan-marketplace-facilitator-rule",
    provider="AWS", label="pricing", orig="2025-03-03", target="2028-07-20",
    time="00:45", tz="+0000", deadline="2025-04-01",
    frm="AWS Marketplace <aws-marketplace-noreply@amazon.com>",
    to="keiri@hoshino-data.example",
    subject="[お知らせ] AWS Marketplace でのご購入に対する日本の消費税の取り扱い変更 ([[2025-04-01|%Y 年 %n 月 %e 日]]適用)",
    body="""
AWS Marketplace をご利用のお客様へ

お客様の AWS アカウント (287731046915) は日本の住所で登録されており、
AWS Marketplace でサードパーティー製品をご購入いただいています。
[[2025-04-01|%Y 年 %n 月 %e 日]]から、これらのご購入に対する日本の消費税の取り扱いが
次のとおり変わりますので、お知らせいたします。

■ 変更点
- アマゾン ウェブ サービス ジャパン合同会社 (AWS Japan) が、マーケット
  プレイス運営事業者として AWS Marketplace の取引を処理します。
- 日本国外の出品者の製品についても、AWS Japan が 10% の消費税を請求し、
  納付します。
- 取引ごとに、AWS Japan の登録番号 (T6011001106696) を記載した適格請求書を
  発行します。

■ お客様のご契約への影響
- 現在ご利用中の次の製品は、日本国外の出品者によるものです。これまで
  消費税が請求されていなかった場合、適用日以降の請求分から 10% の消費税が
  加算されます。
    ・Observa Cloud Monitoring (SaaS 契約、月額 2,400 USD)
    ・Tessera Backup AMI (時間課金)
- Amazon Bedrock を使用する製品や Amazon が販売する製品は、今回の変更の
  対象外です。

お客様側で必要な手続きはありません。経理処理のご参考として、請求書の発行元が
変わる点にご留意ください。

詳細: https://aws.amazon.com/jp/tax-help/japan/

AWS Marketplace チーム
""", ja=True)

add(src="https://docs.aws.amazon.com/ja_jp/elasticbeanstalk/latest/dg/using-features.migration-al.FAQ.html",
    provider="AWS", label="action-required", orig="2022-04-18", target="2028-07-21",
    time="19:20", tz="+0000", deadline="2022-07-18",
    frm="AWS Health <no-reply-aws@amazon.com>",
    to="infra@marunaka-shoji.example",
    subject="[要対応] Elastic Beanstalk: Amazon Linux AMI (AL1) ベースのプラットフォームブランチは [[2022-07-18|%Y 年 %n 月 %e 日]]にリタイアします",
    body="""
お客様各位

お客様の AWS アカウント (903512784460) の ap-northeast-1 リージョンには、
Amazon Linux AMI (AL1) ベースのプラットフォームブランチで動作している
AWS Elastic Beanstalk 環境があります。

  影響を受ける環境:
    mrn-web-prod   (PHP 7.3 running on 64bit Amazon Linux)
    mrn-batch      (Java 8 running on 64bit Amazon Linux)

Amazon Linux AMI の標準サポートが終了したことに伴い、Elastic Beanstalk は
AL1 ベースのすべてのプラットフォームブランチを [[2022-07-18|%Y 年 %n 月 %e 日]]に
リタイアします。

■ リタイア後の扱い
- リタイアしたブランチには、セキュリティ更新を含むメンテナンス更新が
  提供されなくなります。
- リタイアしたブランチを使った新しい環境は作成できなくなります。
- 既存の環境はそのまま動作しますが、本番環境での継続利用は推奨しません。
- リタイアしたブランチに関する技術サポートは提供されません。

■ 必要な対応
リタイア日までに、上記の環境を Amazon Linux 2 ベースのプラットフォーム
ブランチに移行してください。多くの場合、新しい環境を作成してアプリケーションを
デプロイし、CNAME スワップで切り替える方法 (ブルー/グリーンデプロイ) が
推奨されます。

移行ガイド:
https://docs.aws.amazon.com/ja_jp/elasticbeanstalk/latest/dg/using-features.migration-al.html

影響を受けるリソースは AWS Health Dashboard の「影響を受けるリソース」タブでも
確認できます。

アマゾン ウェブ サービス
""", ja=True)

add(src="http://aws.amazon.com/jp/maintenance-help/",
    provider="AWS", label="maintenance", orig="2024-06-03", target="2028-07-22",
    time="10:55", tz="+0000", deadline="2024-06-17",
    frm="AWS Health <health@aws.com>",
    to="server-kanri@okamoto-clinic.example",
    subject="[予定されたメンテナンス] Amazon EC2 インスタンスの再起動 (ap-northeast-1) - [[2024-06-17|%Y-%m-%d]]",
    body="""
お客様各位

AWS では、インスタンスを実行している基盤ホストのメンテナンスを定期的に
行っています。お客様の AWS アカウント (335906178204) の以下のインスタンスに
ついて、インスタンスの再起動 (instance-reboot) を伴うメンテナンスを予定しています。

  インスタンス ID        名前タグ          リージョン          予定日時 (UTC)
  i-0c5e8a19d27f43b60    okc-reserve-web   ap-northeast-1a     [[2024-06-17 13:00|%Y-%m-%d %H:%M]] - [[2024-06-17 15:00|%H:%M]]
  i-07b3f92e6a1d58c04    okc-reserve-db    ap-northeast-1c     [[2024-06-17 13:00|%Y-%m-%d %H:%M]] - [[2024-06-17 15:00|%H:%M]]

メンテナンスの間、各インスタンスは 1 回再起動されます。通常、数分で完了し、
インスタンスストアのデータやパブリック IP アドレスはそのまま維持されます。

お客様の作業は必要ありません。ご都合の良い時間帯に再起動したい場合は、
EC2 コンソールの「イベント」ページから、予定日時を変更するか、
ご自身でインスタンスを再起動してイベントを完了させることもできます。

スケジュールされたイベントについて:
https://aws.amazon.com/jp/maintenance-help/

アマゾン ウェブ サービス
""", ja=True)
add(src="https://aws.amazon.com/blogs/messaging-and-targeting/updated-requirements-for-us-toll-free-phone-numbers/",
    provider="AWS", label="action-required", orig="2022-07-14", target="2028-07-23",
    time="17:42", tz="+0000", deadline="2022-09-30",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="messaging@clearpath-dental.example",
    subject="[Action Required] Register your US toll-free numbers before [[2022-09-30|%B %e, %Y]] to keep sending SMS",
    body="""
Hello,

You are receiving this message because your AWS account 451273906618 has one
or more United States toll-free numbers (TFNs) in Amazon Pinpoint that are
used to send SMS and have not been registered:

    +1 833-555-0142   (us-east-1)   Keyword: CLEARPATH
    +1 844-555-0178   (us-east-1)   Keyword: APPT

What is changing
US mobile carriers now require every toll-free number that sends text messages
to be registered with a described use case. This applies to numbers you bought
in the past as well as new ones. After [[2022-09-30|%B %e, %Y]], carriers will block
SMS sent from toll-free numbers that have not been registered.

What you need to do
Open the Amazon Pinpoint console, go to SMS and voice > Phone numbers, choose
each toll-free number and complete the registration form: company details, the
kind of messages you send (for example appointment reminders), example message
text, how recipients opt in, and expected monthly volume.

Review by the carriers' partners can take up to 15 business days, so please
submit your registrations no later than [[2022-09-12|%B %e, %Y]] to avoid any
interruption. Numbers used for purposes other than the registered use case can
be revoked.

Voice calls from these numbers are not affected.

More information:
https://docs.aws.amazon.com/pinpoint/latest/userguide/channels-sms-originating-identities-tfn.html

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/SummitRoute/aws_breaking_changes/pull/125",
    provider="AWS", label="action-required", orig="2025-02-26", target="2028-07-24",
    time="14:05", tz="+0000", deadline="2025-09-30",
    frm="AWS Health <health@aws.com>",
    to="netsec@bramblehill-insurance.example",
    subject="[Action Required] AWS WAF Classic will be retired on [[2025-09-30|%B %e, %Y]] [AWS Account: 860477215093]",
    body="""
Hello,

[AWS Health may send reminders about this event while affected resources
remain.]

We are writing because AWS account 860477215093 still has AWS WAF Classic
resources. AWS has decided to end support for WAF Classic:

  * From [[2025-03-31|%B %e, %Y]], you will no longer be able to create new WAF Classic
    web ACLs.
  * On [[2025-09-30|%B %e, %Y]], WAF Classic will be retired. Web ACLs that have not
    been migrated by then will stop protecting the resources they are
    associated with.

Affected resources:

  Web ACL (Classic)       Scope                 Associated with
  bh-portal-acl           CloudFront (global)   E2QX7P4LNK8TRA
  bh-api-acl              eu-west-1             arn:aws:elasticloadbalancing:eu-west-1:860477215093:loadbalancer/app/bh-api/5a1c9e0f3b7d2e64

To keep your protections, migrate each web ACL to the current version of AWS
WAF before the retirement date. The WAF console offers a migration wizard that
copies the rules into a new web ACL; after reviewing it, associate the new web
ACL with your resources and remove the Classic one. Some Classic features have
no direct equivalent, so test the new rules before switching.

Migration guide:
https://docs.aws.amazon.com/waf/latest/developerguide/waf-migrating-from-classic.html

If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services
""")

add(src="https://aws.amazon.com/blogs/containers/amazon-eks-extended-support-for-kubernetes-versions-pricing/",
    provider="AWS", label="pricing", orig="2024-01-16", target="2028-07-25",
    time="20:14", tz="+0000", deadline="2024-04-01",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="platform@nordmark-games.example",
    subject="Amazon EKS extended support for Kubernetes versions will be billed from [[2024-04-01|%B %e, %Y]]",
    body="""
Hello,

We are writing to tell you about a pricing change for Amazon Elastic
Kubernetes Service (Amazon EKS) that affects AWS account 318850274461.

Since [[2023-10-04|%B %e, %Y]], Kubernetes versions that have left standard support on
Amazon EKS have been kept running under extended support as a free preview.
Starting [[2024-04-01|%B %e, %Y]], clusters running a version in extended support
will be billed USD 0.60 per cluster per hour, instead of the standard
USD 0.10 per cluster per hour. Worker node and other resource charges do not
change.

Clusters in your account that run a version which is, or will shortly be, in
extended support:

  Cluster            Region          Kubernetes version   Standard support ended
  nm-matchmaking     eu-north-1      1.23                 [[2023-10-11|%B %e, %Y]]
  nm-analytics       eu-west-1       1.24                 [[2024-01-31|%B %e, %Y]]

At the new rate, each of these clusters would cost about USD 438 per month for
the control plane alone. To stay on the standard rate, upgrade the clusters to
a Kubernetes version in standard support before [[2024-04-01|%B %e, %Y]]. No action
is needed if you are happy to pay the extended support rate.

Pricing details: https://aws.amazon.com/eks/pricing/

Sincerely,
Amazon Web Services
""")

add(src="https://hub.pointfive.co/inefficiencies/aws-marketplace-annual-subscriptions-reverting-to-pay-as-you-go-rates",
    provider="AWS", label="billing", orig="2025-05-06", target="2028-07-26",
    time="12:31", tz="+0000", deadline="2025-06-05",
    frm="AWS Marketplace <aws-marketplace-noreply@amazon.com>",
    to="sap-basis@orvane-chemicals.example",
    subject="Your AWS Marketplace annual subscription expires on [[2025-06-05|%B %e, %Y]]",
    body="""
Hello,

Your annual subscription to the following AWS Marketplace product will expire
in 30 days.

  Product:        SUSE Linux Enterprise Server for SAP Applications 15 SP5
  Seller:         SUSE
  AWS account:    204517983360
  Agreement ID:   agmt-7f3c1d9e5b2a4086
  Instance type:  r6i.8xlarge (quantity 4)
  Expires:        [[2025-06-05|%B %e, %Y]] 23:59 UTC
  Auto-renewal:   Off

What happens when it expires
Instances launched from this product keep running. From the moment the annual
subscription ends, their software usage is billed at the product's hourly
pay-as-you-go rate (currently USD 0.86 per instance-hour for r6i.8xlarge),
in addition to the EC2 instance charges. At your current usage this is about
USD 2,510 per month, compared with USD 1,430 per month under the annual
subscription.

Changing the instance type during the term also moves usage on the new type to
hourly pricing.

To keep annual pricing, renew the subscription before it expires, or turn on
auto-renewal, from the "Manage subscriptions" page of the AWS Marketplace
console:
https://console.aws.amazon.com/marketplace/home#/subscriptions

Thank you for using AWS Marketplace.
""")

add(src="https://trendmicro.com/cloudoneconformity/knowledge-base/aws/Route53/route-53-domain-expiry-45-days.html",
    provider="AWS", label="action-required", orig="2024-03-22", target="2028-07-27",
    time="08:47", tz="+0000", deadline="2024-05-06",
    frm="Amazon Route 53 <noreply@registrar.amazon.com>",
    to="hostmaster@wrenfield-bakery.example",
    subject="Your domain wrenfield-bakery.example expires on [[2024-05-06|%B %e, %Y]]",
    body="""
Dear AWS customer,

The registration of the domain below, which you registered with Amazon
Route 53, will expire in 45 days. Automatic renewal is turned off for this
domain, so Route 53 will not renew it for you.

  Domain name:      wrenfield-bakery.example
  AWS account:      572390614828
  Expiration date:  [[2024-05-06|%B %e, %Y]]
  Auto renew:       Disabled

If you want to keep the domain, turn on automatic renewal or extend the
registration in the Route 53 console (Registered domains > choose the domain
> Actions). The renewal fee will be charged to your AWS account; AWS credits
cannot be used for domain fees.

If the domain expires, the registry will take it out of DNS and your website
and email on this domain will stop working. Depending on the top-level
domain, it may be possible to restore it for a limited time after expiry, at
a restoration price that is usually much higher than the renewal price.

If you no longer need the domain, you can ignore this message.

Regards,
Amazon Route 53
""")

add(src="https://www.repost.aws/knowledge-center/ec2-linux-degraded-hardware",
    provider="AWS", label="maintenance", orig="2024-09-10", target="2028-07-28",
    time="23:12", tz="+0000", deadline="2024-09-24",
    frm="AWS Health <health@aws.com>",
    to="ops@saltmarsh-radio.example",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement in eu-west-2",
    body="""
Hello,

We have found that the hardware hosting one of your Amazon EC2 instances in
the EU (London) Region is degraded and cannot be repaired in place. Because of
this, the instance is scheduled for retirement.

  AWS account:   743015928361
  Instance ID:   i-0e47c2a9b8d1f5360
  Name tag:      sm-stream-relay-2
  Root device:   EBS
  Scheduled for: [[2024-09-24 10:00|%Y-%m-%d %H:%M]] UTC

On the scheduled date the instance will be stopped. Because its root volume is
on Amazon EBS, the data on the EBS volumes is kept and you can start the
instance again afterwards; starting it places it on healthy hardware. Data on
instance store volumes, if any, would be lost, and the public IPv4 address
will change unless the instance uses an Elastic IP address.

Because the host is degraded, the instance may already be less reliable or
become unreachable before that date. You can avoid the scheduled stop by
stopping and starting the instance yourself at a time that suits you; a reboot
is not enough.

You can see this event under "Scheduled events" in the EC2 console and in the
AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

add(src="https://oneuptime.com/blog/post/2026-02-12-track-and-avoid-aws-free-tier-overages/view",
    provider="AWS", label="billing", orig="2026-02-09", target="2028-07-29",
    time="16:26", tz="+0000", deadline="none",
    frm="AWS Free Tier <no-reply-aws@amazon.com>",
    to="maya.k.sideprojects@mailbox.example",
    subject="AWS Free Tier limit alert",
    body="""
Hello,

Your AWS account 118406293572 has used more than 85% of the monthly Free Tier
allowance for at least one service. Usage above the allowance is charged at
standard On-Demand rates.

  Product          Usage type                          Allowance     Used so far
  Amazon EC2       750 hours of t3.micro Linux         750 Hrs       652 Hrs
  Amazon RDS       750 hours of db.t3.micro            750 Hrs       649 Hrs
  Amazon EC2       Public IPv4 address (in use)        750 Hrs       1,214 Hrs

The figures cover usage from the first day of the month until today, across
all AWS Regions. Running more than one Free Tier eligible instance at the same
time uses the allowance faster: two instances running all month need 1,440
hours.

To see your Free Tier usage by service, open the Billing and Cost Management
console and choose "Free Tier":
https://console.aws.amazon.com/billing/home#/freetier

If you want more control, you can create your own budget with alerts at any
threshold in AWS Budgets.

You can turn off these alerts under Billing preferences.

Thank you,
Amazon Web Services
""")

add(src="https://docs---aws.amazon.com.rproxy.goskope.com/cloud9/latest/APIReference/API_CreateEnvironmentEC2.html",
    provider="AWS", label="informational", orig="2024-07-25", target="2028-07-30",
    time="18:58", tz="+0000", deadline="2024-07-25",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="dev-tools@pellucid-learning.example",
    subject="Update on AWS Cloud9 availability",
    body="""
Hello,

We are writing to let you know about a change to AWS Cloud9.

After careful consideration, AWS has closed new customer access to AWS Cloud9,
effective [[2024-07-25|%B %e, %Y]]. Accounts that have not used Cloud9 before can no
longer create environments.

Your AWS account 689125470034 has used AWS Cloud9, so nothing changes for you:
you can keep using your existing environments and create new ones as usual.
AWS continues to provide security, availability and performance improvements
for the service, but we do not plan to add new features.

If you are looking for alternatives for new projects, AWS IDE Toolkits and
the AWS CloudShell service offer similar capabilities from your local IDE or
from the console.

No action is required on your part.

Sincerely,
Amazon Web Services
""")
add(src="https://cloud.ibm.com/docs/containers?topic=containers-cs_versions_133",
    provider="IBM Cloud", label="action-required", orig="2026-07-14", target="2028-07-02",
    time="13:30", tz="+0000", deadline="2026-10-14",
    frm="IBM Cloud <notifications@cloud.ibm.com>",
    to="k8s-admins@harrowgate-retail.example",
    subject="IBM Cloud Kubernetes Service: version 1.33 becomes unsupported on [[2026-10-14|%e %B %Y]]",
    body="""
IBM Cloud notification
Severity: Major | Service: Kubernetes Service | Type: Deprecation

Account: Harrowgate Retail (2f8e41c7a09b4d6e95c1a3b7d08e62f4)

Kubernetes version 1.33 of IBM Cloud Kubernetes Service is deprecated and will
become unsupported on [[2026-10-14|%e %B %Y]]. The following clusters in your account
still run 1.33:

  Cluster            ID                      Location    Master version
  hg-checkout-prod   cq4v81ld0k2m7sj3a9b0    eu-de       1.33.7_1556
  hg-checkout-stg    cq4v9a3d0tn2b6e1c7f5    eu-de       1.33.7_1556
  hg-inventory       cr1b6m0f0q8s3k4p2d7a    us-south    1.33.6_1552

What unsupported means
Clusters on an unsupported version no longer receive security patches, and
you cannot add or reload worker nodes on that version. IBM Support cannot help
with issues until the cluster is updated.

What to do before [[2026-10-14|%e %B %Y]]
1. Review the changes for the next version and update anything your apps rely
   on that is removed (for example the gitRepo volume driver and the v1
   Endpoints API).
2. Update each cluster master, one minor version at a time.
3. Update the worker nodes to match the master.

Version information and update actions:
https://cloud.ibm.com/docs/containers?topic=containers-cs_versions

You are receiving this notification because you are subscribed to
Kubernetes Service notifications for this account. Manage your preferences in
the IBM Cloud console under Notifications.
""")

add(src="http://knowledgelayer.softlayer.com/zh-hant/faqs/54",
    provider="IBM Cloud", label="abuse", orig="2019-03-11", target="2028-07-05",
    time="15:52", tz="-0500", deadline="none",
    frm="IBM Cloud Abuse <abuse@softlayer.com>",
    to="sysadmin@ferncastle-media.example",
    subject="Abuse ticket 88314207 opened for account 1498271 - outbound spam from 203.0.113.154",
    body="""
Account:   1498271 (Ferncastle Media)
Ticket:    88314207
Device:    vs-mail-02.ferncastle-media.example (virtual server, dal13)
Public IP: 203.0.113.154

Hello,

An abuse ticket has been opened on your account because the device above is
sending unsolicited bulk email. This is a breach of the IBM Cloud Acceptable
Use Policy.

Between [[2019-03-10|%Y-%m-%d]] 22:10 and [[2019-03-11|%Y-%m-%d]] 06:45 UTC, three
blocklist operators and one mailbox provider sent us complaints about mail
from this address. The messages advertise a pharmacy site and are not related
to your domain; the headers show them being injected through a PHP script at
/var/www/html/wp-content/uploads/[[2019-03-11|%Y/%m]]/inc.php.

A device in this state is a live threat: it is actively being used to break
the AUP and is probably under someone else's control. Please:

  1. Stop the outbound mail (stop the MTA or block TCP 25 outbound).
  2. Find and remove the script, and patch or rebuild the web application.
  3. Update this ticket with what you found and what you changed.

Keep this ticket updated while you work on it. If we do not receive
confirmation of your progress, we will have to assume the device is still
being abused, and we may disconnect its public network interface to protect
other customers and the IBM Cloud network.

You can reply from the IBM Cloud console (Support > Manage cases) or by
answering this email without changing the subject line.

IBM Cloud Abuse Team
""")

add(src="https://cloud.google.com/blog/products/identity-security/automatically-disabling-leaked-service-account-keys-what-you-need-to-know",
    provider="Google Cloud", label="security-incident", orig="2024-08-19", target="2028-07-09",
    time="10:21", tz="-0700", deadline="none",
    frm="Google Cloud <CloudPlatform-noreply@google.com>",
    to="owner-alerts@kivuto-robotics.example",
    subject="[Action Required] Exposed service account key detected and disabled in project kr-fleet-telemetry",
    body="""
MY CONSOLE

Hello,

We found a key for one of your service accounts posted on the public
internet, and we have disabled it.

  Project:          kr-fleet-telemetry (project number 583120947716)
  Service account:  ingest-writer@kr-fleet-telemetry.iam.gserviceaccount.com
  Key ID:           7c1e9a4d02b35f8e61c7a0d9b4e2f35a18c06d7e
  Found at:         https://github.com/kivuto-lab/telemetry-sandbox/blob/2b7f4e1/config/sa.json
  Detected:         [[2024-08-19|%Y-%m-%d]] 09:48 PDT
  Disabled:         [[2024-08-19|%Y-%m-%d]] 09:51 PDT

Your organization uses the policy that disables leaked service account keys
automatically, so the key can no longer be used to authenticate. Anyone who
copied it before it was disabled may already have used it with the
permissions of this service account (roles/storage.objectAdmin and
roles/pubsub.editor).

What you should do now
1. Review Cloud Audit Logs for activity by this service account between the
   time the file was published and the time the key was disabled, and look
   for resources or credentials you did not create.
2. Delete the disabled key instead of re-enabling it, and remove the file from
   the repository and its history.
3. If the workload still needs credentials, create a new key and store it in
   Secret Manager, or, better, switch to Workload Identity Federation so that
   no key file is needed.

We sent this message to the project owners and to the security contacts on
record.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

add(src="https://ppc.land/google-cloud-warns-users-your-api-keys-and-service-account-credentials-are-at-risk",
    provider="Google Cloud", label="security-advisory", orig="2026-03-03", target="2028-07-13",
    time="11:40", tz="+0000", deadline="none",
    frm="Google Cloud <CloudPlatform-noreply@google.com>",
    to="cloud-platform@aldenbrook-clinics.example",
    subject="Security advisory: long-lived credentials in your Google Cloud projects",
    body="""
MY CONSOLE

Hello Aldenbrook Clinics administrator,

Long-lived credentials such as service account keys and API keys remain one
of the most common ways that attackers gain unauthorised access to cloud
environments. We are contacting you because projects in your organization
(aldenbrook-clinics.example) still use them. This advisory does not mean that
any of your keys has been exposed.

Recent research also found that some API keys, originally intended for use in
client-side code, can call the Gemini API when the Generative Language API is
enabled in the same project. Keys that you considered harmless may therefore
have broader reach than you expect.

What we found in your organization
  * 14 user-managed service account keys, 6 of them older than 180 days
  * 9 API keys without API restrictions
  * 3 projects with the Generative Language API enabled and unrestricted keys

What we recommend
  Credential lifecycle
  - Keep keys out of source code and images; load them from Secret Manager.
  - Disable keys that have not been used in the last 30 days, then delete them.
  - Restrict every API key to the APIs it needs and to specific referrers,
    IP addresses or apps.
  - Grant service accounts only the roles they use; the IAM recommender can
    suggest removals.

  Operational safeguards
  - Enforce the organization policies that block service account key creation
    and that disable keys found on the public internet.
  - Prefer Workload Identity Federation and attached service accounts over key
    files.
  - Set up alerts for unusual API usage and billing anomalies.

Review your keys:
https://console.cloud.google.com/apis/credentials

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to Google Cloud or your account.
""")

add(src="https://docs.oracle.com/iaas/releasenotes/changes/9d0fdb6b-9278-42c4-a3eb-a31938efc275/index.htm",
    provider="Oracle Cloud", label="maintenance", orig="2020-08-10", target="2028-07-18",
    time="06:02", tz="+0000", deadline="2020-08-24",
    frm="Oracle Cloud Infrastructure <no-reply@oracle.com>",
    to="oci-admins@quartermile-analytics.example",
    subject="OCI Compute: instance scheduled for infrastructure maintenance reboot in eu-frankfurt-1",
    body="""
Oracle Cloud Infrastructure - Compute

Tenancy:     quartermileprod
Region:      Germany Central (Frankfurt) eu-frankfurt-1
Compartment: analytics

The underlying infrastructure of the virtual machine instance below needs
maintenance. The instance has been scheduled for a reboot maintenance event.

  Instance name:      qm-etl-worker-03
  Instance OCID:      ocid1.instance.oc1.eu-frankfurt-1.antheljt3k7qf2cexampleuniqueid
  Shape:              VM.Standard2.4
  Maintenance due:    [[2020-08-24|%Y-%m-%d]] 04:00 UTC

What will happen
If you take no action, Oracle will reboot the instance on or after the due
date. The instance is migrated to healthy hardware as part of the reboot and
is typically unavailable for a few minutes. Boot and block volumes are kept;
the private and public IP addresses stay the same.

If you prefer to choose the time
You can reboot the instance yourself at any point before the due date. A
customer-initiated reboot performs the same migration and clears the
scheduled event. You can also see whether an instance has pending maintenance
with the maintenance_status metric in the oci_compute_infrastructure_health
namespace.

View the instance in the Console:
https://cloud.oracle.com/compute/instances?region=eu-frankfurt-1

This is an automated message from Oracle Cloud Infrastructure.
""")
add(src="https://news.falconcyber.online/en/news/20260321-e134c2a.html",
    provider="Microsoft Azure (impersonated)", label="billing", orig="2026-03-05", target="2028-07-20",
    time="04:37", tz="+0000", deadline="none",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="accounts-payable@greyhollow-foods.example",
    subject="Azure Monitor alert 'MICROSOFT CORPORATION BILLING AND ACCOUNT SECURITY NOTICE' was activated",
    body="""
Azure Monitor

Your Azure Monitor alert was triggered

Alert rule description:
MICROSOFT CORPORATION BILLING AND ACCOUNT SECURITY NOTICE (REF: MS-BIL-5521947-QT).
We have detected a potentially unauthorized charge on your account.
  Merchant:        Microsoft Defender Suite Annual
  Transaction ID:  TX-77Q4-918C
  Amount:          449.00 USD
  Date:            [[2026-03-05|%m/%d/%Y]]
For your protection, this payment is on hold with our Fraud Prevention Team.
To avoid suspension of your account and additional fees, confirm this
transaction now. If you did NOT authorize this charge, call Microsoft Billing
Security 24/7 at +1 (555) 014-2290.
We apologize for any inconvenience. Microsoft Account Security Team.

Alert details
  Severity:        Sev3
  Monitor service: Activity Log - Administrative
  Signal type:     Activity Log
  Fired time:      [[2026-03-05|%B %e, %Y]] 04:36 UTC
  Subscription:    ops-sandbox (a91c3e07-5d2b-4f68-9e14-c20b7d8a6f35)
  Resource group:  rg-billing-alert

You're receiving this notification as a member of the action group
'billing-desk'.
To unsubscribe from emails from this action group, click here.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", phishing=True)

add(src="https://gorganizer.net/explain/fake-microsoft-account-unusual-signin-phish",
    provider="Microsoft (impersonated)", label="security-incident", orig="2025-10-02", target="2028-07-26",
    time="02:18", tz="+0000", deadline="none",
    frm="Microsoft account team <security-noreply@msft-account-protection.example>",
    to="p.okafor@tidewell-architects.example",
    subject="Microsoft account unusual sign-in activity",
    body="""
Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account
p.okafor@tidewell-architects.example. Someone may be using your account, so
we have temporarily limited access to Outlook, OneDrive and your Azure
subscriptions.

Sign-in details
  Country/region: Romania
  IP address:     198.51.100.211
  Date:           [[2025-10-02|%d/%m/%Y]] 01:54 (GMT)
  Platform:       Windows 10
  Browser:        Firefox

If this wasn't you, your password may have been compromised. Please verify
your identity within 24 hours so that we can restore full access. After that
period the account will be suspended for your protection.

Review recent activity:
https://login-microsoftonline.msft-account-protection.example/secure/verify?u=pokafor

To opt out or change where you receive security notifications, click here.

Thanks,
The Microsoft account team
""", phishing=True)

add(src="https://sublime.security/feeds/core/detection-rules/service-abuse-ibm-iam-account-notification-with-callback-scam-indicators-7c4ef255/",
    provider="IBM Cloud (impersonated)", label="billing", orig="2026-06-16", target="2028-07-31",
    time="09:05", tz="+0000", deadline="none",
    frm="IBM Cloud <ibmacct@iam.ibm.com>",
    to="finance@larchmont-builders.example",
    subject="Account: You are invited to join an account in IBM Cloud",
    body="""
IBM Cloud

You are invited to join an account in IBM Cloud

You have been invited by billing-desk.support@mailbox.example to join the
account:

  "IBM ORDER CONFIRMATION - Inv#IBM-88201-5 - 699.99 USD charged for IBM
   Security Suite 3-Year Renewal. Not you? Cancel and get a full refund
   within 24 hrs: call IBM Billing +1 (555) 013-7784"

To accept the invitation, click the link below. If you do not want to join,
you do not need to do anything; the invitation expires in 30 days.

  Join now:
  https://cloud.ibm.com/registration/accept-invite?token=Zm9vYmFyZXhhbXBsZQ

IBM Cloud
IBM Corporation, 1 New Orchard Road, Armonk, NY 10504
""", phishing=True)

if __name__ == "__main__":
    main()
