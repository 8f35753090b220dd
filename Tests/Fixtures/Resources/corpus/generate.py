#!/usr/bin/env python3
"""Generate the labelled notice corpus (NNN-*.eml + labels.json).

Standard library only, deterministic. Run from anywhere:

    python3 Tests/Fixtures/Resources/corpus/generate.py

Every message below is hand-written after the shape of real, public AWS
notices (see README.md for the sources).  The label that follows each message
was decided by reading that message; nothing here runs the classifier.
The script rewrites every NNN-*.eml and labels.json in this folder, then
parses each file back and checks the labels against the text (account IDs,
regions, files), exiting 1 on any mismatch.  Writing and checking are shared
with the batch folders' generators and live in corpus_common.py; the batches
import this file for its MIME helpers (build, auth); importing it writes nothing.
"""
import datetime as _dt
import email
import email.charset
import email.policy
import email.utils
import os
import re
import sys
from collections import Counter
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

sys.dont_write_bytecode = True     # leave no __pycache__ in the corpus folder
import corpus_common as common        # noqa: E402  (shared writing and checking)

HERE = os.path.dirname(os.path.abspath(__file__))

CATEGORIES = common.CATEGORIES
LABEL_KEYS = ["file", "category", "services", "accounts", "regions", "deadline", "trust",
              "reminder", "note"]

MESSAGES = []   # filled by the add() calls below

# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def _date(s):
    """'2026-11-02 03:14:09 +0000' -> aware datetime"""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def _hdr(value, charset="utf-8", name="Subject"):
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76, header_name=name).encode()
    # fold long ASCII values at spaces, the way most mailers do
    lines, cur = [], name + ":"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 78 and cur != name + ":":
            lines.append(cur)
            cur = ""
        cur += " " + word
    lines.append(cur)
    return "\n".join(lines)[len(name) + 2:]


def _addr(name, address, charset="utf-8"):
    if not name:
        return address
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), address)


def _text_part(body, charset="us-ascii", cte=None):
    """text/plain part. charset iso-2022-jp -> 7bit; utf-8 -> cte base64 (default),
    'qp' or '8bit'; us-ascii -> 7bit."""
    if charset == "iso-2022-jp":
        return MIMEText(body, "plain", "iso-2022-jp")
    if charset == "us-ascii":
        body.encode("ascii")          # fail loudly if it is not
        return MIMEText(body, "plain", "us-ascii")
    if cte in (None, "base64"):
        return MIMEText(body, "plain", "utf-8")
    if cte == "qp":
        cs = email.charset.Charset("utf-8")
        cs.body_encoding = email.charset.QP
        part = MIMEText(body, "plain", cs)
        return part
    if cte == "8bit":
        part = MIMEBase("text", "plain", charset="utf-8")
        part.set_payload(body.encode("utf-8").decode("utf-8"), charset=None)
        part["Content-Transfer-Encoding"] = "8bit"
        return part
    raise ValueError(cte)


def _html_part(html, cte="qp"):
    cs = email.charset.Charset("utf-8")
    cs.body_encoding = email.charset.QP if cte == "qp" else email.charset.BASE64
    return MIMEText(html, "html", cs)


def auth(result="pass", domain="amazon.com", mailfrom="amazonses.com",
         spf=None, dkim=None, dmarc=None, mx="mx.example.com"):
    """An Authentication-Results value as a receiving MX would write it.
    Mail sent through Amazon SES carries a second DKIM signature for amazonses.com."""
    spf = spf or result
    dkim = dkim or result
    dmarc = dmarc or result
    parts = [mx]
    if dkim == "none":
        parts.append("dkim=none (message not signed)")
    else:
        parts.append("dkim=%s header.i=@%s header.s=%s" % (
            dkim, domain, "ug7nbtf4gccmlpwj322ax3p6ow6yfsug" if "amazon" in domain or domain.endswith(
                "aws.com") or domain.endswith(".aws") else "s1"))
        if mailfrom.endswith("amazonses.com"):
            parts.append("dkim=%s header.i=@amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono" % dkim)
    parts.append("spf=%s smtp.mailfrom=%s" % (spf, mailfrom))
    parts.append("dmarc=%s header.from=%s" % (dmarc, domain))
    return ";\n ".join(parts)


def add(file, *, frm, to, subject, date, body=None, html=None, charset="us-ascii",
        cte=None, subject_charset="utf-8", msgid=None, auth_results=None,
        headers=None, attach=None, lang="en", label):
    """Register one message and its label."""
    MESSAGES.append(dict(file=file, frm=frm, to=to, subject=subject, date=date,
                         body=body, html=html, charset=charset, cte=cte,
                         subject_charset=subject_charset, msgid=msgid,
                         auth_results=auth_results, headers=headers or [],
                         attach=attach, lang=lang, label=label))


def L(category, services, accounts, regions, deadline, trust, reminder, note, traps=()):
    assert category in CATEGORIES, category
    assert trust in common.TRUST, trust
    return dict(category=category, services=sorted(services), accounts=sorted(accounts),
                regions=sorted(regions), deadline=deadline, trust=trust,
                reminder=reminder, note=note, traps=list(traps))


AWS_DOMAINS = ("amazon.com", "amazonaws.com", "aws.com", "aws", "amazon.co.jp")


def _msgid(file, address):
    """Deterministic Message-ID in the style of the sending system."""
    import hashlib
    h = hashlib.sha1(file.encode()).hexdigest()
    # avoid long digit runs that could look like account IDs
    h = re.sub(r"\d{6,}", lambda m: m.group(0)[:3] + "f" + m.group(0)[4:], h)
    domain = address.split("@")[1]
    if domain.endswith(AWS_DOMAINS):
        return "<0100019a%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            h[:8], h[8:16], h[16:20], h[20:24], h[24:28], h[28:40])
    return "<%s.%s@mail.%s>" % (h[:16], h[16:24], domain)


def _boundary(seed, kind):
    import hashlib
    h = hashlib.sha1((seed + kind).encode()).hexdigest()
    h = re.sub(r"\d{4,}", lambda m: m.group(0)[:2] + "x" + m.group(0)[3:], h)
    return "----=_Part_%s_%s" % (kind, h[:24])


def build(spec):
    """Build an email.message.Message from a spec (recursively for attachments)."""
    body, html = spec["body"], spec["html"]
    if body is not None and html is not None:
        root = MIMEMultipart("alternative", boundary=_boundary(spec["file"] + spec["date"], "alt"))
        for sub in (_text_part(body, spec["charset"], spec["cte"]), _html_part(html)):
            del sub["MIME-Version"]
            root.attach(sub)
    elif html is not None:
        root = _html_part(html)
    else:
        root = _text_part(body, spec["charset"], spec["cte"])
    if spec.get("attach"):
        outer = MIMEMultipart("mixed", boundary=_boundary(spec["file"] + spec["date"], "mix"))
        del root["MIME-Version"]
        outer.attach(root)
        for inner in spec["attach"]:
            part = MIMEMessage(build(inner))
            del part["MIME-Version"]
            part["Content-Disposition"] = 'attachment; filename="%s"' % inner.get(
                "attach_name", "forwarded-message.eml")
            outer.attach(part)
        root = outer
    msg = root
    ctype = msg["Content-Type"]
    cte = msg["Content-Transfer-Encoding"]
    del msg["Content-Type"]
    del msg["Content-Transfer-Encoding"]
    del msg["MIME-Version"]
    for k, v in spec.get("headers", []):
        if k.lower() == "return-path":
            msg[k] = v
    if spec.get("auth_results"):
        msg["Authentication-Results"] = spec["auth_results"]
    name, address = spec["frm"]
    msg["From"] = _addr(name, address, spec.get("subject_charset", "utf-8"))
    to = spec["to"]
    msg["To"] = _addr(*to) if isinstance(to, tuple) else to
    msg["Subject"] = _hdr(spec["subject"], spec.get("subject_charset", "utf-8"))
    msg["Date"] = email.utils.format_datetime(_date(spec["date"]))
    msg["Message-ID"] = spec["msgid"] or _msgid(spec["file"], address)
    for k, v in spec.get("headers", []):
        if k.lower() != "return-path":
            msg[k] = v
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = ctype
    if cte:
        msg["Content-Transfer-Encoding"] = cte
    return msg


# --------------------------------------------------------------------------
# footers and recurring blocks (our own wording)
# --------------------------------------------------------------------------

AWS_FOOTER = """\
Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message
was sent by Amazon Web Services, Inc. and its affiliates, 410 Terry Avenue
North, Seattle, WA 98109-5210, USA."""

HEALTH_REMINDER_NOTE = ("[AWS Health may send this notification again as a reminder "
                        "while affected resources remain unresolved.]")


def health_link(arn):
    return ("https://health.aws.amazon.com/health/home#/account/event-log?eventID="
            + arn + "&eventTab=details")


def health_footer(arn):
    return """\
View details in the AWS Health Dashboard:
%s

You receive this email because AWS Health events for this account are
delivered through AWS User Notifications. To choose which notifications
reach you, open https://console.aws.amazon.com/notifications/home#/managed-notifications

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210, USA""" % health_link(arn)


def health_html(title, paragraphs, arn, preformatted=None):
    """HTML body in the style of the health@aws.com messages (simplified)."""
    paras = "\n".join("<p>%s</p>" % p for p in paragraphs)
    pre = "<pre>%s</pre>\n" % preformatted if preformatted else ""
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s</title>
<style>body{font-family:Arial,sans-serif;font-size:14px;color:#16191f}</style></head>
<body>
<table width="100%%"><tr><td style="background:#232f3e;color:#fff;padding:12px">
<b>AWS Health</b></td></tr></table>
<h2>%s</h2>
%s
%s<p><a href="%s">View details in service console</a></p>
<hr>
<p style="font-size:11px;color:#5f6b7a">You receive this email because AWS Health events
for this account are delivered through AWS User Notifications.
<a href="https://console.aws.amazon.com/notifications/home#/managed-notifications">Manage
notification settings</a>.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210, USA</p>
</body></html>
""" % (title, title, paras, pre, health_link(arn).replace("&", "&amp;"))


JA_FOOTER = """\
今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

アマゾン ウェブ サービス

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。本メッセージは
Amazon Web Services, Inc. (410 Terry Avenue North, Seattle, WA 98109-5210, USA)
から送信されています。"""

TO_ROOT = "aws-root@example.com"
TO_OPS = ("Cloud Operations", "cloud-ops@example.com")
TO_SEC = ("Security Team", "security@example.com")
TO_BILL = "billing@example.com"
TO_JA = "aws-admin@example.co.jp"
TO_JA2 = "infra-team@example.jp"

AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
AWS_TS = ("AWS Trust & Safety", "trustandsafety@support.aws.com")
AWS_ABUSE_OLD = ("Amazon EC2 Abuse", "ec2-abuse@amazon.com")
AWS_MP = ("AWS Marketplace", "aws-marketplace@amazon.com")
AWS_SNS = ("AWS Notifications", "no-reply@sns.amazonaws.com")
AWS_BUDGETS = ("AWS Budgets", "budgets@costalerts.amazonaws.com")
AWS_SUPPORT = ("Amazon Web Services Support", "no-reply-aws@amazon.com")

A_PASS = auth()
A_PASS_HEALTH = auth(domain="aws.com", mailfrom="amazonses.com")
A_PASS_JA = auth(mx="mx.example.co.jp")


# ==========================================================================
# ABUSE
# ==========================================================================

add("001-abuse-port-scan-ec2.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="Your AWS Abuse Report [18839204711] [AWS ID 314159265358]",
    date="2026-11-02 03:14:09 +0000",
    auth_results=auth(domain="support.aws.com"),
    body="""\
Hello,

We have received a report that your AWS resource

AWS ID: 314159265358    Region: us-east-1    EC2 Instance Id: i-0e7a201159810559a [54.210.33.17]

has been involved in activity that looks like scanning of remote hosts on
the internet for open ports. This kind of activity is not allowed under the
AWS Acceptable Use Policy (https://aws.amazon.com/aup/). The report we
received is included below.

Please stop the reported activity and reply to this email within 24 hours,
describing what you have done to correct it. If you believe the activity is
not abusive, reply with a description of your use case instead. If we do not
hear from you, we may block traffic to or from the resource, or suspend the
account.

If you did not start this activity yourself, the instance may have been
compromised. Guidance on securing EC2 instances:
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security.html

Regards,
AWS Trust & Safety

Case Number: 18839204711

---Beginning of forwarded report(s)---

Reported Activity: Port Scanning
Reporter: abuse desk, ExampleNet GmbH (phone +442079460958)

Source IP       Dest IP         Dest Port  Protocol  Timestamp (ms)
54.210.33.17    198.51.100.20   22         TCP       1793398503000
54.210.33.17    198.51.100.21   23         TCP       1793398503412
54.210.33.17    198.51.100.22   3389       TCP       1793398504950

Times are Unix epoch milliseconds, UTC.

---End of forwarded report(s)---
""",
    label=L("abuse", ["EC2"], ["314159265358"], ["us-east-1"], "2026-11-03", "verified", False,
            "Trust & Safety abuse report, port scan from one EC2 instance; reply 'within 24 hours' of "
            "Date 2026-11-02 -> 2026-11-03. Traps: instance id digits 201159810559, epoch-ms "
            "timestamps, compact UK phone number. Shape: abuse notice quoted in "
            "github.com/scrapoxy/scrapoxy/issues/77 and github.com/askmench/ideachain/issues/2147.",
            traps=["201159810559", "442079460958"]))

add("002-abuse-final-notification-dos.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="RE: Your AWS Abuse Report [18839204711] [AWS ID 314159265358]",
    date="2026-11-05 16:40:22 +0000",
    auth_results=auth(domain="support.aws.com"),
    body="""\
** FINAL NOTIFICATION **

Hello,

We have still not received a reply about the abuse report that names
resources in your account. To limit the abuse, we have already taken this
step:

*** Outbound traffic blocked on TCP ports 22, 23 and 3389 for instance
i-0e7a201159810559a (us-east-1); administrative access remains open ***

Reported Activity: Port Scanning, Denial of Service

The activity breaks the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/). To resolve this report, reply to this email
within 5 business days with the corrective action you took. Without a
reply we may suspend the AWS account 314159265358.

Required action: investigate the root cause and stop the activity.

Help with resolving abuse reports:
https://repost.aws/knowledge-center/aws-abuse-report

If you believe the activity is not abusive, reply and explain why.

Regards,
AWS Trust & Safety

Case Number: 18839204711
""",
    label=L("abuse", ["EC2"], ["314159265358"], ["us-east-1"], "2026-11-12", "verified", True,
            "Final notification (reminder) of report 18839204711, traffic already blocked; reply "
            "within 5 business days of Thu 2026-11-05 -> Thu 2026-11-12. 'RE:' prefix. Shape: "
            "FINAL NOTIFICATION quoted in github.com/rdavydov/proxy-list/issues/4.",
            traps=["201159810559"]))

add("003-abuse-ses-spam.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="Your AWS Abuse Report [19002457310] [AWS ID 271828182845]",
    date="2026-10-14 11:05:37 +0000",
    auth_results=auth(domain="support.aws.com"),
    body="""\
Hello,

We have received reports that email sent through Amazon Simple Email
Service (SES) by your account was unsolicited bulk mail (spam).

AWS ID: 271828182845
Region: Europe (Ireland)
Sending identity: news.shop-example.net

Sending unsolicited email is prohibited by the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/) and the AWS Service Terms. Please review how
the recipient addresses were collected, stop sending to anyone who has not
asked for your mail, and reply to this email with the steps you have taken.

Excerpt of the complaint (headers shortened):

  Received: from a8-33.smtp-out.amazonses.com (54.240.8.33)
  From: "Shop Example Deals" <deals@news.shop-example.net>
  Subject: Last chance: 90% off all items
  X-SES-Outgoing: 2026.10.13-54.240.8.33

We may pause sending for this account if further complaints arrive.

Regards,
AWS Trust & Safety

Case Number: 19002457310
""",
    label=L("abuse", ["SES"], ["271828182845"], ["eu-west-1"], None, "verified", False,
            "Spam complaint about SES sending; region given only by name 'Europe (Ireland)'; no "
            "date to act by -> null. Shape: AWS abuse notice format (scrapoxy issue #77) and SES "
            "notice in github.com/steedos/workflow/issues/1052."))

add("004-abuse-phishing-site-s3-cloudfront.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="Your AWS Abuse Report [19010985542] [AWS ID 602214076112]",
    date="2026-11-10 09:22:51 +0000",
    auth_results=auth(domain="support.aws.com"),
    body="""\
Hello,

We have received a report that content hosted on your AWS resources is a
phishing page imitating a bank login form.

AWS ID: 602214076112
Resources:
  Amazon S3 bucket   login-assets-tmp (Region: ap-southeast-2)
  Amazon CloudFront  distribution E2QX7EXAMPLE1 (d1a2b3c4example.cloudfront.net)
Reported URL: https://d1a2b3c4example.cloudfront.net/secure/verify.html

Hosting phishing content violates the AWS Acceptable Use Policy. Remove the
content and reply to this email within 24 hours with the action you took.
If the content is not yours, your account may have been accessed by someone
else; see https://repost.aws/knowledge-center/potential-account-compromise

If we do not receive a reply, we may disable the distribution or block
public access to the bucket.

Regards,
AWS Trust & Safety

Case Number: 19010985542
""",
    label=L("abuse", ["CLOUDFRONT", "S3"], ["602214076112"], ["ap-southeast-2"], "2026-11-11",
            "verified", False,
            "Phishing page hosted on S3 behind CloudFront; 'within 24 hours' of 2026-11-10 09:22 UTC "
            "-> 2026-11-11. CloudFront is global, only the bucket's region counts. Shape: "
            "repost.aws/knowledge-center/aws-abuse-report and AWS abuse notice format."))

add("005-abuse-dmca-copyright.eml",
    frm=AWS_ABUSE_OLD, to=TO_ROOT,
    subject="Your AWS Abuse Report [19023477801] [AWS ID 662607015034]",
    date="2026-11-18 14:03:10 +0000",
    auth_results=A_PASS,
    body="""\
Dear AWS customer,

We received a notice under the Digital Millennium Copyright Act (DMCA)
that material hosted on your resource infringes the complainant's
copyright.

AWS ID: 662607015034    Region: eu-central-1    EC2 Instance Id: i-03b9c2d4e5f60718a [3.120.45.67]
Reported URL: http://3.120.45.67/media/films/

Please remove or disable access to the material within 48 hours and reply to
this email to confirm. If you believe the notice is mistaken, you may send a
counter-notice as described at https://aws.amazon.com/terms/.

The original notice from the rights holder is below.

----- Notice -----
I am authorized to act on behalf of Example Pictures LLC. The files listed
at the URL above are copies of works owned by Example Pictures LLC and are
offered for download without permission. Contact: legal@examplepictures.test,
+1 310 555 0142.
----- End of notice -----

Amazon Web Services
""",
    label=L("abuse", ["EC2"], ["662607015034"], ["eu-central-1"], "2026-11-20", "verified", False,
            "DMCA copyright notice against content on an EC2 instance; remove 'within 48 hours' of "
            "2026-11-18 14:03 UTC -> 2026-11-20. Shape: AWS abuse/DMCA handling "
            "(repost.aws abuse-notice FAQs) and the classic 'Your AWS Abuse Report' subject."))

add("006-abuse-intrusion-forwarded-ja.eml",
    frm=("山田 太郎", "t.yamada@example.co.jp"), to=("インフラ運用チーム", "infra-team@example.co.jp"),
    subject="転送: Your AWS Abuse Report [19005533021] [AWS ID 141421356237]",
    subject_charset="iso-2022-jp", charset="iso-2022-jp", lang="ja",
    date="2026-10-20 10:12:45 +0900",
    auth_results=auth(domain="example.co.jp", mailfrom="example.co.jp", mx="mx.example.co.jp"),
    body="""\
インフラ運用チーム各位

本番アカウントに AWS から Abuse レポートが届いています。
東京リージョンの踏み台サーバーから外部への SSH ログイン試行があったとの報告です。
本日中に原因を調査し、AWS へ英語で返信をお願いします。

山田

---------- Forwarded message ---------
From: AWS Trust & Safety <trustandsafety@support.aws.com>
Date: 2026年10月20日(火) 9:41
Subject: Your AWS Abuse Report [19005533021] [AWS ID 141421356237]
To: <aws-root@example.co.jp>

Hello,

We have received a report that your AWS resource

AWS ID: 1414-2135-6237    Region: Asia Pacific (Tokyo)    EC2 Instance Id: i-0a1b2c3d4e5f60789 [13.112.40.8]

has been used for repeated SSH login attempts (intrusion attempts) against
hosts on the internet. This activity violates the AWS Acceptable Use Policy.

Please stop the activity and reply to this email by October 22, 2026 with
the corrective action you took. If you do not reply, we may block traffic
for the instance or suspend the account.

Regards,
AWS Trust & Safety

Case Number: 19005533021
""",
    label=L("abuse", ["EC2"], ["141421356237"], ["ap-northeast-1"], "2026-10-22", "unverified", False,
            "Japanese colleague forwards (inline 'Forwarded message' block, '転送:') an intrusion-attempt "
            "abuse report; account written 1414-2135-6237 in the body; region by name 'Asia Pacific "
            "(Tokyo)'; reply 'by October 22, 2026'. Sender is the company's own domain -> unverified. "
            "Shape: Japanese MSP practice of relaying abuse reports (nhn-techorus.zendesk.com FAQ; "
            "cloudpack.media/24962)."))

add("007-abuse-sns-health-event.eml",
    frm=AWS_SNS, to=TO_SEC,
    subject="AWS Notification Message",
    date="2026-10-27 21:48:02 +0000",
    auth_results=auth(domain="sns.amazonaws.com", mailfrom="amazonses.com"),
    headers=[("x-amz-sns-message-id", "5f0c2b1e-77d4-5c1a-9a3e-0f4e2b9c8d71"),
             ("x-amz-sns-subscription-arn",
              "arn:aws:sns:us-east-1:508920331667:health-events:3c9a1e55-2b7f-4d0e-8c61-7a5e0d2f9b13")],
    body="""\
{"version":"0","id":"c2e8d5a4-1f3b-4e97-8d0c-6a5b4c3d2e1f","detail-type":"AWS Health Abuse Event","source":"aws.health","account":"508920331667","time":"2026-10-27T21:45:00Z","region":"us-east-1","resources":["arn:aws:ec2:us-east-1:508920331667:instance/i-0c4d5e6f7a8b9c0d1"],"detail":{"eventArn":"arn:aws:health:global::event/ABUSE/AWS_ABUSE_DOS_REPORT/AWS_ABUSE_DOS_REPORT_7f3e9a1c","service":"ABUSE","eventTypeCode":"AWS_ABUSE_DOS_REPORT","eventTypeCategory":"issue","startTime":"Tue, 27 Oct 2026 21:30:00 GMT","eventDescription":[{"language":"en_US","latestDescription":"A denial of service (DoS) attack has been reported as coming from AWS resources in your account. Review the affected resources, stop the traffic and reply to the abuse report sent to your security contact."}],"affectedEntities":[{"entityValue":"arn:aws:ec2:us-east-1:508920331667:instance/i-0c4d5e6f7a8b9c0d1"}]}}

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.us-east-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:us-east-1:508920331667:health-events:3c9a1e55-2b7f-4d0e-8c61-7a5e0d2f9b13&Endpoint=security@example.com

Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support
""",
    label=L("abuse", ["EC2"], ["508920331667"], ["us-east-1"], None, "verified", False,
            "Generic SNS subject 'AWS Notification Message'; the body is an EventBridge aws.health "
            "AWS_ABUSE_DOS_REPORT event -> abuse. Account only in JSON fields and ARNs; startTime is "
            "when the activity began, not a deadline. Shape: aws/aws-health-tools "
            "dos-report-notifier mock payload (public-samples/health/071.json)."))

add("008-abuse-reminder-ssh-bruteforce.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="[Reminder] Your AWS Abuse Report [19015520764] [AWS ID 736512904418]",
    date="2026-11-16 08:30:00 +0000",
    auth_results=auth(domain="support.aws.com"),
    body="""\
Hello,

This is a reminder about the abuse report we sent on November 12, 2026. We
have not yet received your reply.

AWS ID: 736512904418    Region: sa-east-1    EC2 Instance Id: i-09f8e7d6c5b4a3921 [18.228.10.77]

Reported Activity: SSH brute force against third-party hosts
Reporter timestamps (UTC): 2026-11-11 22:04 to 2026-11-12 01:17

Reply to this email by November 20, 2026 with the corrective action taken,
or explain why the activity is legitimate. After that date we may block
the instance's network traffic without further notice.

Regards,
AWS Trust & Safety

Case Number: 19015520764
""",
    label=L("abuse", ["EC2"], ["736512904418"], ["sa-east-1"], "2026-11-20", "verified", True,
            "'[Reminder]' of an earlier abuse report (Nov 12, a past date that is not the deadline); "
            "reply 'by November 20, 2026'. Shape: AWS abuse notice format (scrapoxy issue #77) and "
            "the reminder/final-notification sequence in rdavydov/proxy-list#4."))

add("009-phish-abuse-report-lookalike.eml",
    frm=("AWS Abuse Team", "abuse-report@aws-trustsafety.com"), to=TO_ROOT,
    subject="Your AWS Abuse Report [AWS ID 508920331667] - account suspension in 24 hours",
    date="2026-11-21 13:12:40 +0000",
    auth_results=auth(result="fail", domain="aws-trustsafety.com", mailfrom="mailer.bulk-send.example",
                      dkim="none"),
    msgid="<20261121131240.4c1f9a@mailer.bulk-send.example>",
    body="""\
Dear AWS Customer,

Our system has detected abusive activity (spam and malware distribution)
from your AWS account 508920331667.

Your account will be suspended within 24 hours unless you confirm ownership
of the account and review the abuse evidence.

Review abuse evidence and keep your account active:
https://aws-trustsafety.com/console/abuse/review?id=508920331667

Failure to act will result in permanent termination of all EC2 instances
and deletion of S3 data.

AWS Trust and Safety Department
Amazon Web Services
""",
    label=L("abuse", ["EC2", "S3"], ["508920331667"], [], "2026-11-22", "suspicious", False,
            "Look-alike: claims to be an AWS abuse report but comes from aws-trustsafety.com with "
            "SPF/DMARC fail and a credential-harvesting link; categorised by what it claims (abuse), "
            "claimed deadline 24 h from 2026-11-21 13:12 UTC. Shape: AWS-impersonation phishing "
            "(public-samples/eml 045-048; abnormal.ai fake AWS billing notice write-up)."))


# ==========================================================================
# SECURITY INCIDENT
# ==========================================================================

add("010-exposed-access-key-github.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="ACTION REQUIRED: Your AWS Access Key is Exposed for AWS Account 141421356237",
    date="2026-10-06 12:35:08 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We have found that the following AWS access key, which belongs to IAM user
"ci-deploy" in your AWS account 141421356237, was published together with its
secret access key in a public location:

Access Key ID:  AKIAZ7EXAMPLE3QW4RTY
Location:       https://github.com/example-org/deploy-scripts/blob/4f2a9c1/config/.env

Anyone who finds the key can use it. This can lead to unexpected charges,
access to your data and abuse of your resources, and it violates the AWS
Customer Agreement.

To reduce the risk, we attached the AWS managed policy
AWSCompromisedKeyQuarantineV3 to the IAM user. The policy blocks some
actions but does not make the account safe. Please do the following now:

Step 1: Rotate and then delete the exposed key. Create a new key, update
your application to use it, deactivate the exposed key and, once the
application works, delete it.

Step 2: Look in AWS CloudTrail for activity you do not recognise, such as new
IAM users, roles, access keys or EC2 instances in any Region, and remove
what you did not create.

Step 3: Check your bill for unexpected usage.

Step 4: Reply to the support case we opened in the AWS Support Center once
you have finished, so that we can review and remove the quarantine policy.

More guidance: https://repost.aws/knowledge-center/potential-account-compromise

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["IAM"], ["141421356237"], [], None, "verified", False,
            "Exposed access key AKIA... found on GitHub, quarantine policy attached (the "
            "AWS_RISK_CREDENTIALS_EXPOSED case); no explicit date. Shape: subject and timeline in "
            "xebia.com 'What happens when you leak AWS credentials'; body steps as quoted in "
            "github.com/luxifyit/luxify-staging/issues/66 and GabInc/blobon#545."))

add("011-exposed-key-health-aws-account.eml",
    frm=AWS_HEALTH, to=TO_SEC,
    subject="[Action Required] Your AWS access key has been exposed [AWS Account: 161803398874]",
    date="2026-11-03 09:20:15 +0000",
    auth_results=A_PASS_HEALTH,
    body="""\
Hello,

%s

AWS has detected that an access key of your AWS account 161803398874 and its
secret access key are publicly available on the internet.

Access Key ID: AKIAQ4EXAMPLEN7XK2LM
IAM user:      analytics-uploader

The quarantine policy AWSCompromisedKeyQuarantineV3 has been attached to the
user to limit what the key can do. Rotate the key, delete the exposed key,
and review AWS CloudTrail for any activity that you did not start. A support
case has also been opened for this event.

Event details
  Service:       RISK
  Event type:    AWS_RISK_CREDENTIALS_EXPOSED
  Region:        Global
  Start time:    Tue, 3 Nov 2026 09:12:44 GMT
  Status:        Open

%s
""" % (HEALTH_REMINDER_NOTE, health_footer(
        "arn:aws:health:global::event/RISK/AWS_RISK_CREDENTIALS_EXPOSED/AWS_RISK_CREDENTIALS_EXPOSED_d3f7a2c9e1b4")),
    html=health_html("Your AWS access key has been exposed",
                     ["AWS has detected that an access key of your AWS account 161803398874 and its "
                      "secret access key are publicly available on the internet.",
                      "Access Key ID: AKIAQ4EXAMPLEN7XK2LM (IAM user analytics-uploader).",
                      "Rotate the key, delete the exposed key and review AWS CloudTrail for activity "
                      "you did not start."],
                     "arn:aws:health:global::event/RISK/AWS_RISK_CREDENTIALS_EXPOSED/AWS_RISK_CREDENTIALS_EXPOSED_d3f7a2c9e1b4",
                     "Event type: AWS_RISK_CREDENTIALS_EXPOSED\nStart time: Tue, 3 Nov 2026 09:12:44 GMT"),
    label=L("security-incident", ["IAM"], ["161803398874"], [], None, "verified", False,
            "health@aws.com AWS_RISK_CREDENTIALS_EXPOSED with [AWS Account: ...] suffix and Health "
            "event ARN footer link; 'Start time' is detection time, not a deadline; region Global "
            "-> none. Shape: public-samples/health/073.json (aws-health-tools) and the User "
            "Notifications delivery change (hashicorp/terraform-provider-aws#40292)."))

add("012-irregular-activity-account.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Action Required: Irregular activity in your AWS account: 420133700420",
    date="2026-10-16 07:55:31 +0000",
    auth_results=A_PASS,
    body="""\
Dear AWS Customer,

We have detected irregular activity in your AWS account 420133700420 that
suggests a third party may have gained access to it. Over the last hours,
large numbers of GPU instances were launched in several Regions, including
US East (Ohio) and Asia Pacific (Singapore).

To protect you from unexpected charges, we have limited the account's
ability to launch new resources.

Secure the account and contact AWS within five (5) days. If we do not hear
from you in that time, we may suspend the account. We may also terminate
resources that appear to be unauthorized; some of them may not be
recoverable once terminated.

Step 1: Change the root user password and the passwords of all IAM users,
and turn on multi-factor authentication (MFA) for the root user.
Step 2: Delete or rotate every access key, and delete IAM users, roles and
policies that you did not create. Check CloudTrail for the activity.
Step 3: Review all Regions for instances, Lambda functions, Spot requests
and other resources you did not launch, and delete them.
Step 4: Reply to the support case in the AWS Support Center and confirm the
steps you took.

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["EC2", "IAM"], ["420133700420"], ["ap-southeast-1", "us-east-2"],
            "2026-10-21", "verified", False,
            "Irregular activity / possible compromise; 'within five (5) days' of 2026-10-16 -> "
            "2026-10-21; regions given by name (US East (Ohio), Asia Pacific (Singapore)). Subject "
            "from DESIGN.md; body steps after www.ryanwomack.com/amazon_message and "
            "github.com/dwyl/hq/issues/504."))

add("013-account-compromised.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Action Required: Your AWS account 736512904418 is compromised",
    date="2026-11-10 15:02:19 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Your AWS account 736512904418 appears to have been accessed by someone other
than you. We saw console sign-ins to the root user from networks you have not
used before, followed by the creation of a new IAM user "svc-backup2" with
administrator access and a login profile.

We have temporarily restricted some AWS services for the account.

To restore access you must contact AWS by 2026-11-14 and follow the steps
below. If you do not contact AWS by 2026-11-14, we may suspend the account.

1. Change the root user password, then enable MFA for the root user.
2. Delete the IAM user svc-backup2 and any access keys, roles or policies you
   did not create. CloudTrail shows the calls that created them.
3. Remove unauthorized resources in every Region, including EC2 instances
   and Lambda functions in eu-north-1.
4. Reply to the open support case with the steps you completed.

See "What do I do if I notice unauthorized activity in my AWS account?":
https://repost.aws/knowledge-center/potential-account-compromise

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["EC2", "IAM", "LAMBDA"], ["736512904418"], ["eu-north-1"],
            "2026-11-14", "verified", False,
            "Account compromise (root sign-in, rogue admin user); 'contact AWS by 2026-11-14' (ISO "
            "date form). Subject from DESIGN.md; wording after the 'Suspicious activity' notice "
            "quoted in github.com/domits1/Domits/issues/1826."))

add("014-suspicious-activity-access-key.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Suspicious activity in your AWS account",
    date="2026-11-23 04:18:56 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Your AWS account may have been used without your permission. Please read
this notice and act now to secure the account.

We detected activity we consider unwanted in AWS account 893002145576. The
activity used the access key AKIA5NEXAMPLEQ2PV8ZT that belongs to IAM user
"report-exporter", so the key and its secret key may be compromised. The
calls came from IP addresses that this key has not used before and created
Amazon SES sending identities in us-west-2.

To protect the account we have temporarily limited the use of some AWS
services. To lift the limits, contact AWS by 2026-11-27 and complete the
steps below. If you do not contact AWS by 2026-11-27, we may suspend the
account.

Step 1: Replace the key in your application, then deactivate and delete the
exposed key AKIA5NEXAMPLEQ2PV8ZT.
Step 2: Review CloudTrail and remove any resources, identities or SES
identities you did not create.
Step 3: Enable MFA for the root user and for IAM users with console access.
Step 4: Respond to the support case opened for this notice.

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["IAM", "SES"], ["893002145576"], ["us-west-2"], "2026-11-27",
            "verified", False,
            "Key misuse (AKIA...) with restrictions; 'contact AWS by 2026-11-27'. Neutral subject, "
            "body decides. Shape: notice quoted in github.com/domits1/Domits/issues/1826."))

add("015-exposed-key-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="【要対応】AWS アクセスキーが公開されています (AWS アカウント 975310864200)",
    subject_charset="iso-2022-jp", charset="iso-2022-jp", lang="ja",
    date="2026-10-29 18:44:02 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

お客様の AWS アカウント 975310864200 に属する IAM ユーザー「batch-runner」の
アクセスキーが、シークレットアクセスキーとともにインターネット上で公開されている
ことを確認しました。

  アクセスキー ID: AKIAW3EXAMPLEJ5HB9QD
  公開場所: https://github.com/example-jp/batch-tools/blob/main/settings.py

第三者がこのキーを使用すると、想定外の請求やデータへの不正アクセスにつながる
おそれがあります。被害を抑えるため、当該 IAM ユーザーに AWS 管理ポリシー
AWSCompromisedKeyQuarantineV3 をアタッチしました。ただし、これだけでは
アカウントは安全になりません。

次の対応を直ちに実施してください。

 1. 新しいアクセスキーを作成してアプリケーションを更新し、公開されたキーを
    無効化したうえで削除する。
 2. AWS CloudTrail で身に覚えのない操作 (IAM ユーザーやキーの作成、
    EC2 インスタンスの起動など) がないか全リージョンで確認し、削除する。
 3. 請求情報を確認し、想定外の利用がないか確認する。
 4. AWS サポートセンターで作成済みのサポートケースに対応内容を返信する。

""" + JA_FOOTER + "\n",
    label=L("security-incident", ["IAM"], ["975310864200"], [], None, "verified", False,
            "Japanese exposed-key notice in ISO-2022-JP with 【要対応】 subject; quarantine policy "
            "attached; no date. Shape: Japanese reseller description of the AWS notice "
            "(dev.to/aws-builders 'Rethinking what you need to do when your access keys are "
            "compromised') and the English notice (xebia.com)."))

add("016-support-case-compromise.eml",
    frm=AWS_SUPPORT, to=TO_ROOT,
    subject="[Case 1762834590] Your AWS account may be compromised",
    date="2026-11-11 10:15:44 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We have opened case 1762834590 on your behalf.

To see the case and reply, sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=1762834590

The message we sent is included below.

-----------------------------------------------------------------
Dear AWS Customer,

We are writing again because your AWS account 247135790246 may still be
compromised. Please read this notice together with the earlier one and act
now to secure the account.

If you do not stop the unauthorized usage and contact us by November 18,
2026, we will suspend the account to protect you from further charges. We
may also terminate resources that look unauthorized, including the
c7i.48xlarge instances running in ap-south-1.

Step 1: Change the root user password and enable MFA.
Step 2: Check CloudTrail for IAM users, access keys, roles and policies you
did not create, and delete them.
Step 3: Delete unauthorized resources in all Regions.
Step 4: Reply to this case when you are done.
-----------------------------------------------------------------

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210, USA
""",
    label=L("security-incident", ["EC2", "IAM"], ["247135790246"], ["ap-south-1"], "2026-11-18",
            "verified", True,
            "Support-case wrapper '[Case ...]' quoting a follow-up compromised-account notice "
            "('writing again' -> reminder); act 'by November 18, 2026'. Case id is 10 digits, not an "
            "account. Shape: follow-up notice at www.ryanwomack.com/amazon_message and AWS support "
            "case emails."))

add("017-support-case-compromise-ja.eml",
    frm=("アマゾン ウェブ サービス サポート", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="[Case 177102938475612] アクセスキーの不正使用の可能性について",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-19 11:30:00 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

お客様に代わってケース 177102938475612 を作成しました。ケースの確認と返信は
AWS サポートセンターから行えます。
https://support.console.aws.amazon.com/support/home#/case/?displayId=177102938475612

送信したメッセージを以下に記載します。

----------------------------------------------------------------
お客様の AWS アカウント (ID: 384615230769) で、第三者による不正なアクセスを
示す操作を検出しました。IAM ユーザー「etl-prod」のアクセスキー
AKIA2XEXAMPLEV6CN4WB を使用して、アジアパシフィック (ソウル) リージョンに
多数の EC2 インスタンスが起動されています。

アカウントを保護するため、一部の AWS サービスの利用を一時的に制限しました。
制限を解除するには、5 日以内に以下の手順を完了し、本ケースに返信してください。

 1. ルートユーザーのパスワードを変更し、MFA を有効にする。
 2. 上記アクセスキーをローテーションし、不正使用されたキーを削除する。
 3. CloudTrail を確認し、作成した覚えのない IAM ユーザー、ロール、
    リソースを削除する。
----------------------------------------------------------------

Amazon Web Services をご利用いただきありがとうございます。
""",
    label=L("security-incident", ["EC2", "IAM"], ["384615230769"], ["ap-northeast-2"], "2026-11-24",
            "verified", False,
            "Japanese support-case wrapper (15-digit case id) carrying a compromised-key notice; "
            "region by Japanese name アジアパシフィック (ソウル); '5 日以内' from 2026-11-19 -> "
            "2026-11-24. Shape: AWS support case notification described in dev.to/aws-builders "
            "(Japanese reseller) and repost potential-account-compromise (ja)."))

add("018-sns-risk-credentials-exposed.eml",
    frm=AWS_SNS, to=TO_SEC,
    subject="AWS Notification Message",
    date="2026-10-08 02:11:37 +0000",
    auth_results=auth(domain="sns.amazonaws.com", mailfrom="amazonses.com"),
    headers=[("x-amz-sns-message-id", "e4b1c9d2-6a7f-5e3b-b8c0-1d2e3f4a5b6c")],
    body="""\
{"version":"0","id":"9d8c7b6a-5e4f-4a3b-9c2d-1e0f9a8b7c6d","detail-type":"AWS Health Event","source":"aws.health","account":"118755001234","time":"2026-10-08T02:10:59Z","region":"us-east-1","resources":[],"detail":{"eventArn":"arn:aws:health:us-east-1::event/RISK/AWS_RISK_CREDENTIALS_EXPOSED/AWS_RISK_CREDENTIALS_EXPOSED_8c1e4b7a","service":"RISK","eventTypeCode":"AWS_RISK_CREDENTIALS_EXPOSED","eventTypeCategory":"issue","startTime":"Thu, 8 Oct 2026 02:05:12 GMT","eventDescription":[{"language":"en_US","latestDescription":"AWS has become aware that the access key AKIAR9EXAMPLEB3DF6GH and its secret key are publicly available. The key belongs to IAM user mobile-build. A quarantine policy has been applied; rotate and delete the key and review CloudTrail for unauthorized activity."}],"affectedEntities":[{"entityValue":"AKIAR9EXAMPLEB3DF6GH"}]}}

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.us-east-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:us-east-1:118755001234:org-health:0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e&Endpoint=security@example.com

Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support
""",
    label=L("security-incident", ["IAM"], ["118755001234"], [], None, "verified", False,
            "Generic SNS subject; EventBridge AWS_RISK_CREDENTIALS_EXPOSED event with AKIA key; the "
            "event's us-east-1 is the Health endpoint region, not an affected resource region. "
            "Shape: public-samples/health/073.json (aws-health-tools AWS_RISK_CREDENTIALS_EXPOSED)."))

add("019-phish-account-compromised.eml",
    frm=("Amazon Web Services", "security-alert@amazon-aws-verify.com"), to=TO_ROOT,
    subject="Action Required: Your AWS account is compromised - verify within 12 hours",
    date="2026-11-02 19:27:03 +0000",
    auth_results=auth(result="fail", domain="amazon-aws-verify.com", mailfrom="smtp.cheapmail.example",
                      dkim="none"),
    msgid="<8d1f0e2a.20261102192703@smtp.cheapmail.example>",
    body="""\
Dear Customer,

We noticed unusual sign-in attempts on your AWS root account from Lagos,
Nigeria and Minsk, Belarus.

For your protection your account has been temporarily locked. To unlock
it, you must verify your identity and billing details within 12 hours:

  https://signin-aws-amazon.verify-console.example/root/unlock

If you do not verify, your account and all running services will be
permanently closed.

Thank you,
AWS Account Security
""",
    label=L("security-incident", ["IAM"], [], [], "2026-11-03", "suspicious", False,
            "Phishing that claims a compromised/locked account, from amazon-aws-verify.com with "
            "SPF/DMARC fail; categorised by its claim; claimed 12 h from 2026-11-02 19:27 UTC -> "
            "2026-11-03. Shape: AWS-impersonation phishing (public-samples/eml 048; gorganizer.net "
            "fake AWS billing/suspension patterns)."))

_inner_exposed = dict(
    file="inner", frm=AWS_NOREPLY, to=TO_ROOT,
    subject="ACTION REQUIRED: Your AWS Access Key is Exposed for AWS Account 826194035582",
    date="2026-11-06 22:05:40 +0000", charset="us-ascii", cte=None, html=None,
    subject_charset="utf-8", auth_results=None, headers=[], attach=None,
    msgid="<0100019b0c7e9f2a-3c1d5e7f-9a2b-4c6d-8e0f-1a2b3c4d5e6f-000000@email.amazonses.com>",
    attach_name="ACTION REQUIRED Your AWS Access Key is Exposed.eml",
    body="""\
Hello,

An access key of your AWS account 826194035582, together with its secret
key, is available to the public:

Access Key ID:  AKIAV8EXAMPLEH1TS5NK
IAM user:       gitlab-runner
Found at:       https://gitlab.com/example-group/infra/-/blob/main/terraform.tfvars

We attached the quarantine policy AWSCompromisedKeyQuarantineV3 to the IAM
user. Rotate and delete the key, check CloudTrail for activity you did not
expect, and reply to the support case we opened once you are done.

""" + AWS_FOOTER + "\n")

add("020-fwd-exposed-key-attached.eml",
    frm=("Maria Keller", "m.keller@example.com"), to=TO_SEC,
    subject="Fwd: ACTION REQUIRED: Your AWS Access Key is Exposed for AWS Account 826194035582",
    date="2026-11-07 08:12:30 +0100",
    auth_results=auth(domain="example.com", mailfrom="example.com"),
    body="""\
Hi team,

This landed in the root mailbox of the sandbox account last night (original
attached). The gitlab-runner key is still active. Can someone rotate it this
morning?

Maria
""",
    attach=[_inner_exposed],
    label=L("security-incident", ["IAM"], ["826194035582"], [], None, "unverified", False,
            "Colleague forwards the exposed-key notice as an attached message/rfc822; label is what "
            "it carries (security-incident); outer sender is the company's domain -> unverified. "
            "Shape of the carried notice: xebia.com leak experiment and luxifyit/luxify-staging#66."))

add("021-phish-root-signin-spoofed-amazon.eml",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=TO_ROOT,
    subject="Security alert: new sign-in to your AWS root user",
    date="2026-10-24 23:58:12 +0000",
    auth_results=auth(result="fail", domain="amazon.com", mailfrom="vps-4411.hosting-cheap.example"),
    msgid="<66a1be0f.b8c4@vps-4411.hosting-cheap.example>",
    headers=[("Return-Path", "<bounce@vps-4411.hosting-cheap.example>"),
             ("Reply-To", "aws-security-desk@outlook.example")],
    body="""\
Hello,

Someone signed in to the root user of your AWS account from a new device.

  Location: Jakarta, Indonesia
  Browser:  Chrome on Windows
  Time:     October 24, 2026 23:41 UTC

If this was not you, your account may be compromised. Secure it immediately
by confirming your password and payment card here:

  https://console-aws.signin-security.example/secure?session=8f1c

Amazon Web Services
""",
    label=L("security-incident", ["IAM"], [], [], None, "suspicious", False,
            "Claims a suspicious root sign-in; From shows amazon.com but SPF, DKIM and DMARC fail and "
            "the link leads elsewhere -> suspicious (failed authentication). No claimed deadline. "
            "Shape: AWS-impersonation phishing (public-samples/eml 045; abnormal.ai write-up)."))

add("022-phish-account-suspended-ja.eml",
    frm=("AWS サポート", "support@aws-amazon-jp.com"), to=TO_JA,
    subject="【要対応】お客様の AWS アカウントは一時停止されました",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-13 21:06:44 +0900",
    auth_results=auth(result="fail", domain="aws-amazon-jp.com", mailfrom="mail.aws-amazon-jp.com",
                      dkim="none", mx="mx.example.co.jp"),
    msgid="<20261113210644.77e3@mail.aws-amazon-jp.com>",
    body="""\
AWS をご利用のお客様

お客様のアカウントで不審なログインが検出されたため、安全のため
AWS アカウントを一時停止しました。

48 時間以内に以下のリンクから本人確認を完了しない場合、アカウントは
完全に削除され、すべてのデータが失われます。

本人確認はこちら: https://aws-amazon-jp.com/verify/account

※本メールは送信専用です。

Amazon Web Services サポートセンター
""",
    label=L("security-incident", ["IAM"], [], [], "2026-11-15", "suspicious", False,
            "Japanese phishing claiming a suspended account after suspicious login; look-alike "
            "domain aws-amazon-jp.com with SPF/DMARC fail; claimed '48 時間以内' from 2026-11-13 21:06 "
            "JST -> 2026-11-15. Shape: Japanese AWS-impersonation phishing patterns "
            "(gorganizer.net fake-aws patterns; public-samples/eml)."))


# ==========================================================================
# ACTION REQUIRED
# ==========================================================================

_ARN_DOTNET8 = ("arn:aws:health:eu-central-1::event/LAMBDA/AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT/"
                "AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT_5c2e8f1a9b7d")

add("030-lambda-dotnet8-end-of-support.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="[Action Required] AWS Lambda end of support for .NET 8 [AWS Account: 247135790246] [EU-CENTRAL-1]",
    date="2026-10-09 07:02:11 +0000",
    auth_results=A_PASS_HEALTH,
    body="""\
Hello,

%s

Our records show that AWS account 247135790246 has at least one AWS Lambda
function configured with the .NET 8 (dotnet8) runtime.

Lambda support for .NET 8 ends on November 10, 2026, the same day the
upstream .NET 8 long-term support release reaches end of life. Functions
keep running after that date, but the runtime no longer receives security
patches or other updates from the Lambda team.

End of support happens in stages:

- From November 10, 2026, Lambda stops patching the .NET 8 runtime and
  functions that use it are no longer eligible for technical support. The
  runtime disappears from the Lambda console, although AWS CloudFormation,
  the AWS CLI and AWS SAM can still create and update such functions.
- From December 10, 2026, you can no longer create new functions that use
  .NET 8.
- From January 11, 2027, you can no longer update existing functions that
  use .NET 8.

We recommend that you upgrade these functions to .NET 10 (dotnet10) before
November 10, 2026.

The affected functions are listed on the 'Affected resources' tab of the
AWS Health Dashboard. To list them yourself, run the following command in
each Region where you use Lambda (the Region below is only an example):

  aws lambda list-functions --region us-west-2 --output text \\
      --query "Functions[?Runtime=='dotnet8'].FunctionArn"

Affected resources (EU-CENTRAL-1):
  arn:aws:lambda:eu-central-1:247135790246:function:invoice-renderer
  arn:aws:lambda:eu-central-1:247135790246:function:pdf-thumbnailer

Event details
  Event type:  AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT
  Start time:  Thu, 8 Oct 2026 07:00:00 GMT
  Status:      Upcoming

%s
""" % (HEALTH_REMINDER_NOTE, health_footer(_ARN_DOTNET8)),
    html=health_html("AWS Lambda end of support for .NET 8",
                     ["Our records show that AWS account 247135790246 has at least one AWS Lambda "
                      "function configured with the .NET 8 (dotnet8) runtime.",
                      "Support ends on November 10, 2026. From December 10, 2026 you can no longer "
                      "create functions that use .NET 8, and from January 11, 2027 you can no longer "
                      "update them.",
                      "We recommend that you upgrade these functions to .NET 10 before November 10, 2026."],
                     _ARN_DOTNET8,
                     "aws lambda list-functions --region us-west-2 --output text \\\n"
                     "    --query \"Functions[?Runtime=='dotnet8'].FunctionArn\""),
    label=L("action-required", ["LAMBDA"], ["247135790246"], ["eu-central-1"], "2026-11-10",
            "verified", False,
            "Three-date runtime timeline (Nov 10, 2026 / Dec 10, 2026 / Jan 11, 2027); earliest date "
            "ahead of 2026-10-09 is Nov 10. '--region us-west-2' is a CLI example, not affected; "
            "'Start time' is the event start. Shape: Python 3.9 notice quoted in "
            "ministryofjustice/modernisation-platform#11291 and keatontaylor/alexa-actions#273; "
            "dates from the Lambda runtime deprecation table."))

add("031-lambda-dotnet8-reminder.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Reminder: [Action Required] AWS Lambda end of support for .NET 8 [AWS Account: 247135790246] [EU-CENTRAL-1]",
    date="2026-11-18 07:03:40 +0000",
    auth_results=A_PASS_HEALTH,
    body="""\
Hello,

This is a reminder of the notice we sent on October 9, 2026.

Your AWS account 247135790246 still has AWS Lambda functions that use the
.NET 8 runtime in the EU-CENTRAL-1 Region. Support for .NET 8 in Lambda ended
on November 10, 2026: the runtime no longer receives security patches and
the functions are no longer eligible for technical support.

The next stages are:

- December 10, 2026: creating new functions with .NET 8 is blocked.
- January 11, 2027: updating existing functions with .NET 8 is blocked.

Please migrate the functions to .NET 10 as soon as possible. The list of
affected functions is on the 'Affected resources' tab of the AWS Health
Dashboard.

%s
""" % health_footer(_ARN_DOTNET8),
    label=L("action-required", ["LAMBDA"], ["247135790246"], ["eu-central-1"], "2027-01-11",
            "verified", True,
            "'Reminder:' of notice 030 sent after the first date has passed: Oct 9 and Nov 10, 2026 "
            "are past dates that are not the deadline. Deadline: the January 11, 2027 update block "
            "on the reader's existing functions, because the end of support the subject names is "
            "past and the December 10 create block does not concern existing functions (owner's "
            "rule). Shape: AWS Health reminder notifications (CredentialEngine/"
            "CredentialRegistry#1066 'Received a notification again')."))

add("032-lambda-nodejs22-ja.eml",
    frm=("AWS Health", "health@aws.com"), to=TO_JA,
    subject="[要対応] AWS Lambda における Node.js 22 のサポート終了 [AWS Account: 975310864200] [AP-NORTHEAST-1]",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-02 16:00:21 +0900",
    auth_results=auth(domain="aws.com", mx="mx.example.co.jp"),
    body="""\
こんにちは

[影響を受けるリソースが残っている間、AWS Health はこの通知をリマインダーとして再送することがあります。]

AWS アカウント 975310864200 に、Node.js 22 (nodejs22.x) ランタイムを使用する
AWS Lambda 関数が 1 つ以上あることを確認しました。

Node.js 22 はコミュニティでのサポートが 2027 年 4 月 30 日に終了するため、
Lambda でのサポートも次の段階で終了します。

- 2027年4月30日: セキュリティパッチなどの更新が停止し、テクニカルサポートの
  対象外になります。
- 2027年6月1日: Node.js 22 を使用する新しい関数を作成できなくなります。
- 2027年7月1日: Node.js 22 を使用する既存の関数を更新できなくなります。

サポート終了後も関数の呼び出しは引き続き可能ですが、2027年4月30日までに
Node.js 24 (nodejs24.x) へ移行することをお勧めします。

影響を受ける関数 (アジアパシフィック (東京)):
  arn:aws:lambda:ap-northeast-1:975310864200:function:line-webhook
  arn:aws:lambda:ap-northeast-1:975310864200:function:order-sync

詳細は AWS Health ダッシュボードで確認できます:
https://health.aws.amazon.com/health/home#/account/event-log?eventID=arn:aws:health:ap-northeast-1::event/LAMBDA/AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT/AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT_ab19f3c7e2d5&eventTab=details

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210, USA
""",
    label=L("action-required", ["LAMBDA"], ["975310864200"], ["ap-northeast-1"], "2027-04-30",
            "verified", False,
            "Japanese [要対応] runtime notice (UTF-8 base64) with a three-date timeline in 2027年M月D日 "
            "form; earliest ahead is 2027-04-30. Health event ARN link. Shape: English Lambda "
            "end-of-support notice (data-dot-all/dataall#1842) in Japanese; Node.js 22 dates from "
            "the Lambda runtime table."))

_ARN_EKS134 = ("arn:aws:health:us-east-1::event/EKS/AWS_EKS_PLANNED_LIFECYCLE_EVENT/"
               "AWS_EKS_PLANNED_LIFECYCLE_EVENT_e8d1c4b7f2a9")

add("033-eks-134-end-of-standard-support.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="[Action Required] Amazon EKS Kubernetes 1.34 end of standard support [AWS Account: 111122223333] [US-EAST-1]",
    date="2026-10-01 17:25:09 +0000",
    auth_results=A_PASS_HEALTH,
    body="""\
Hello,

%s

Standard support for Kubernetes version 1.34 in Amazon EKS ends on
December 2, 2026. From that date, clusters on 1.34 whose Kubernetes version
policy is set to EXTENDED move into extended support, which is billed at a
higher hourly rate per cluster. Extended support for 1.34 lasts until
December 2, 2027. After December 2, 2027, Amazon EKS automatically upgrades
any remaining 1.34 control planes to version 1.35.

Clusters whose version policy is STANDARD are upgraded automatically to 1.35
after December 2, 2026.

You receive this message because AWS account 111122223333 has one or more
EKS clusters on Kubernetes 1.34. If you have already upgraded or deleted
them, you can ignore this message.

Affected clusters are listed in the 'Affected resources' section of the
Health Dashboard, in the 'affectedEntities' field of EventBridge events and
in the DescribeAffectedEntities API, for example:
  arn:aws:eks:us-east-1:111122223333:cluster/payments-prod
  arn:aws:eks:us-east-1:111122223333:cluster/payments-staging

Upgrade guide: https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html

%s
""" % (HEALTH_REMINDER_NOTE, health_footer(_ARN_EKS134)),
    html=health_html("Amazon EKS Kubernetes 1.34 end of standard support",
                     ["Standard support for Kubernetes version 1.34 in Amazon EKS ends on December 2, 2026.",
                      "Extended support for 1.34 lasts until December 2, 2027; after that date remaining "
                      "1.34 control planes are upgraded automatically to 1.35.",
                      "AWS account 111122223333 has one or more EKS clusters on Kubernetes 1.34 in US-EAST-1."],
                     _ARN_EKS134),
    label=L("action-required", ["EKS"], ["111122223333"], ["us-east-1"], "2026-12-02", "verified", False,
            "EKS version end of standard support; dates Dec 2, 2026 and Dec 2, 2027, earliest ahead "
            "is 2026-12-02. health@aws.com with account/region suffix and event ARN link. Shape: "
            "notice quoted in github.com/CredentialEngine/CredentialRegistry/issues/1066 and "
            "public-samples/health/074.json."))

add("034-eks-134-final-reminder.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Final reminder: Amazon EKS Kubernetes 1.34 standard support ends December 2, 2026 [AWS Account: 563820194477] [EU-WEST-2]",
    date="2026-11-25 17:30:44 +0000",
    auth_results=A_PASS_HEALTH,
    body="""\
Hello,

This is the final reminder about the end of standard support for Kubernetes
1.34 on Amazon EKS.

Standard support ends on December 2, 2026. Your AWS account 563820194477
still runs the following cluster on 1.34 in Europe (London):

  arn:aws:eks:eu-west-2:563820194477:cluster/data-platform

Its Kubernetes version policy is EXTENDED, so from December 2, 2026 the
cluster is charged the extended support rate until you upgrade it. Extended
support for 1.34 ends on December 2, 2027.

%s
""" % health_footer("arn:aws:health:eu-west-2::event/EKS/AWS_EKS_PLANNED_LIFECYCLE_EVENT/"
                     "AWS_EKS_PLANNED_LIFECYCLE_EVENT_4fa7b2c9d1e3"),
    label=L("action-required", ["EKS"], ["563820194477"], ["eu-west-2"], "2026-12-02", "verified", True,
            "'Final reminder' of the EKS 1.34 notice; region both as code in subject and as "
            "'Europe (London)'; deadline Dec 2, 2026. Shape: CredentialEngine/CredentialRegistry#1066 "
            "and #982."))

add("035-rds-postgresql14-end-of-standard-support.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Action Required] Amazon RDS for PostgreSQL 14 reaches end of standard support on February 28, 2027",
    date="2026-11-09 19:40:55 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

You are receiving this message because AWS account 357902468013 has one or
more Amazon RDS for PostgreSQL DB instances running major version 14 in the
US-WEST-2 Region.

Amazon RDS standard support for PostgreSQL 14 ends on February 28, 2027.
Databases still on version 14 after that date are enrolled automatically in
Amazon RDS Extended Support, and Extended Support charges apply from
March 1, 2027. Extended Support for PostgreSQL 14 is available until
February 28, 2030.

We recommend upgrading to PostgreSQL 17 before February 28, 2027. You can
upgrade now from the console, the AWS CLI or the RDS API; a blue/green
deployment reduces downtime.

Affected DB instances:
  arn:aws:rds:us-west-2:357902468013:db:orders-pg14
  arn:aws:rds:us-west-2:357902468013:db:reporting-replica-1

Event details
  Event type:  AWS_RDS_PLANNED_LIFECYCLE_EVENT
  Start time:  Sun, 28 Feb 2027 08:00:00 GMT

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["RDS"], ["357902468013"], ["us-west-2"], "2027-02-28", "verified", False,
            "Engine end of standard support with three dates (Feb 28, 2027 / Mar 1, 2027 charges / "
            "Feb 28, 2030 end of Extended Support); upgrade needed -> action-required; earliest is "
            "2027-02-28. Shape: RDS extended-support notices discussed in "
            "ministryofjustice/cloud-platform#7389 and endoflife-date PR #10205."))

add("036-rds-certificate-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="【要対応】Amazon RDS の SSL/TLS サーバー証明書の更新が必要です",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-04 10:20:00 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

AWS アカウント 146080215973 のアジアパシフィック (東京) リージョンで、次の
Amazon RDS DB インスタンスが使用しているサーバー証明書の有効期限が近づいています。

  - mysql-prod-01 (CA: rds-ca-rsa2048-g1)
  - mysql-prod-02 (CA: rds-ca-rsa2048-g1)

これらのインスタンスでは証明書の自動ローテーションが無効になっているため、
お客様による更新が必要です。2026年12月1日 (火) までに、メンテナンスウィンドウ
またはご都合のよい時間に証明書の更新を適用してください。更新時には DB
インスタンスの再起動が発生します。

期限までに更新されない場合、証明書の有効期限切れ後、証明書の検証を行う
クライアントからの SSL/TLS 接続が失敗します。

手順: https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

""" + JA_FOOTER + "\n",
    label=L("action-required", ["RDS"], ["146080215973"], ["ap-northeast-1"], "2026-12-01", "verified", False,
            "Japanese 【要対応】 certificate update; deadline written '2026年12月1日 (火)'; region only "
            "by Japanese name アジアパシフィック (東京). Shape: RDS certificate rotation notices "
            "(aws.amazon.com/blogs/database 'Amazon RDS customers: Update your SSL/TLS certificates'; "
            "RDS SSL-certificate-rotation guide)."))

add("037-storage-gateway-vm-deprecated.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Action Required]: Your AWS Storage Gateway VM will be deprecated on January 1, 2027. Please migrate to a new gateway VM.",
    date="2026-10-12 20:15:33 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Your AWS account 299792458001 has one or more AWS Storage Gateway appliances
running a gateway VM image that will be deprecated on January 1, 2027. After
that date these gateways no longer receive software updates or security
fixes, and AWS Support can no longer help with them.

Affected gateways (US West (Oregon)):
  arn:aws:storagegateway:us-west-2:299792458001:gateway/sgw-7A1B2C3D
  arn:aws:storagegateway:us-west-2:299792458001:gateway/sgw-4E5F6A7B

To keep your gateways supported, deploy a new gateway VM from the current
image and migrate your file shares, volumes or tapes to it before
January 1, 2027. The migration guide keeps a copy of the gateway's data in
AWS before the switch, so you can recover if something goes wrong.

You can check each gateway's deprecation date on its Details tab in the
Storage Gateway console or in the DescribeGatewayInformation API response.

We will send monthly reminders until the gateways are migrated.

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["STORAGEGATEWAY"], ["299792458001"], ["us-west-2"], "2027-01-01",
            "verified", False,
            "Storage Gateway VM deprecation; deadline 'January 1, 2027' in subject and body. "
            "Subject form from DESIGN.md; content after AWS Storage Gateway AL2-to-AL2023 migration "
            "campaign page (docs.aws.amazon.com/filegateway/.../al2-to-al2023-migration.html)."))

add("038-ecs-managed-policy-deprecation.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[ACTION REQUIRED]EECS Deprecation of Managed Policy",
    date="2026-10-21 15:44:02 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We are writing because IAM users, groups or roles in your AWS account
508920331667 use the AWS managed policy AmazonEC2ContainerServiceFullAccess.

This managed policy is being deprecated on 12/15/2026. From that date you
can no longer attach it to new IAM identities. Identities that already have
it keep their current permissions for now, but the policy will not be
updated for new Amazon ECS features.

Please attach the replacement policy AmazonECS_FullAccess, or a customer
managed policy with only the permissions you need, and detach
AmazonEC2ContainerServiceFullAccess before 12/15/2026.

Identities using the policy:
  arn:aws:iam::508920331667:role/ecs-deployer
  arn:aws:iam::508920331667:group/platform-admins

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["ECS", "IAM"], ["508920331667"], [], "2026-12-15", "verified", False,
            "Managed-policy deprecation; subject keeps the real typo '[ACTION REQUIRED]EECS' with no "
            "space; deadline in US numeric form 12/15/2026; IAM ARNs have no region. Subject from "
            "DESIGN.md; policy names from the ECS managed policy deprecation (AmazonECS_FullAccess)."))

add("039-xray-stepfunctions-permissions.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Action Requested] AWS X-Ray Tracing Permissions Not Enabled for AWS Step Functions State Machines",
    date="2026-11-06 18:01:27 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

You have enabled AWS X-Ray tracing on AWS Step Functions state machines in
AWS account 893002145576, but the IAM execution roles of these state
machines do not allow the X-Ray actions xray:PutTraceSegments,
xray:PutTelemetryRecords, xray:GetSamplingRules and
xray:GetSamplingTargets.

Until now Step Functions sent traces for these state machines regardless.
Beginning Tuesday, December 15, 2026, Step Functions will check the
execution role, and state machines whose role lacks these permissions will
stop sending traces to X-Ray. Executions themselves are not affected.

Affected state machines:
  arn:aws:states:us-east-2:893002145576:stateMachine:order-fulfilment
  arn:aws:states:eu-west-1:893002145576:stateMachine:nightly-export

To keep receiving traces, add the permissions above to each execution role
(for example by attaching the AWSXrayWriteOnlyAccess managed policy).

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["STATES", "XRAY"], ["893002145576"], ["eu-west-1", "us-east-2"],
            "2026-12-15", "verified", False,
            "'[Action Requested]' IAM permission fix for Step Functions X-Ray tracing; change takes "
            "effect 'Tuesday, December 15, 2026'. Subject from DESIGN.md; technical detail from "
            "aws/serverless-application-model#1728 and DataBiosphere/azul#6614."))

add("040-rhel7-extended-lifecycle.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Action Required] Red Hat Enterprise Linux 7 Extended Lifecycle phase: updates for On-Demand instances end 1 December 2026",
    date="2026-10-26 13:10:10 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

You are receiving this email because AWS account 420133700420 runs Amazon
EC2 instances with Red Hat Enterprise Linux (RHEL) 7 in the following
Regions: ap-southeast-1 and eu-west-3.

RHEL 7 left Red Hat's Maintenance Support phase on June 30, 2024 and is in
the Extended Life Phase. From 1 December 2026, RHEL 7 On-Demand instances
that are not enrolled in the Extended Life Cycle Support (ELS) add-on will
no longer receive package updates from the Red Hat Update Infrastructure
(RHUI) on AWS. Instances keep running, but they will not receive security
errata.

Before 1 December 2026, either:
  - migrate the workloads to RHEL 9 (or RHEL 8), or
  - enrol the instances in the RHEL 7 ELS add-on, which is charged per
    instance-hour in addition to the RHEL subscription.

Affected instances are listed in the AWS Health Dashboard.

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["EC2"], ["420133700420"], ["ap-southeast-1", "eu-west-3"], "2026-12-01",
            "verified", False,
            "OS lifecycle notice; 'June 30, 2024' is a past date, not the deadline; act before "
            "'1 December 2026'. Subject shape from DESIGN.md's RHEL 6 notice; lifecycle facts from "
            "Red Hat RETIREMENT-NOTICE.txt (downloads.redhat.com) and the ELS datasheet."))

add("041-workspaces-firewall-ip-ranges.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Action Needed] \u2013 Update Firewall settings to allow access to expanded IP address ranges for Amazon WorkSpaces.",
    date="2026-10-28 16:45:00 +0000",
    auth_results=A_PASS,
    charset="utf-8", cte="qp",
    body="""\
Hello,

You are receiving this message because AWS account 118755001234 has Amazon
WorkSpaces in US East (N. Virginia) and Asia Pacific (Tokyo).

To add capacity, Amazon WorkSpaces is adding new IP address ranges for its
streaming gateways and health-check servers. Starting Dec 1, 2026, WorkSpaces
clients may connect through the new ranges. If your users connect from
networks that only allow traffic to specific AWS IP addresses, update the
allow list on your firewalls and proxies before Dec 1, 2026; otherwise users
may fail to connect or see frequent disconnections.

New ranges:
  us-east-1       PCoIP/DCV gateways   3.217.228.0/22, 44.192.254.0/23
  ap-northeast-1  PCoIP/DCV gateways   3.114.164.0/22, 35.79.140.0/24

The full, current list is published in the ip-ranges.json file
(service WORKSPACES_GATEWAYS).

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["WORKSPACES"], ["118755001234"], ["ap-northeast-1", "us-east-1"],
            "2026-12-01", "verified", False,
            "'[Action Needed] \u2013' with an en dash (RFC 2047-encoded subject, QP body); deadline "
            "'Dec 1, 2026'; regions as names and codes. Subject from DESIGN.md; facts after the "
            "WorkSpaces IP address and port requirements page."))

add("042-elb-chromium-browsers.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Action Required: Upcoming changes for Chromium based browsers affecting ELB",
    date="2026-11-12 21:30:17 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

You are receiving this message because Application Load Balancers in AWS
account 739104826553 use load balancer generated cookies for stickiness
(AWSALB / AWSALBCORS) in the eu-west-1 Region.

Google has announced that Chromium based browsers (Chrome, Edge and others)
will stop sending cross-site cookies that lack the Partitioned attribute in
third-party contexts, with the change expected to reach stable releases in
the week of January 18, 2027. Applications that rely on AWSALBCORS for
stickiness in cross-origin requests may lose stickiness for these users.

If your application serves cross-origin requests that need stickiness,
switch those target groups to application-based cookies that you issue
with the required attributes, and test with a current Chrome Canary build
before January 18, 2027.

Affected load balancers:
  arn:aws:elasticloadbalancing:eu-west-1:739104826553:loadbalancer/app/shop-frontend/50dc6c495c0c9188

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["ELASTICLOADBALANCING"], ["739104826553"], ["eu-west-1"], "2027-01-18",
            "verified", False,
            "ELB stickiness cookie change driven by browsers; act before January 18, 2027. Subject "
            "from DESIGN.md (2020 SameSite notice); content our own."))

add("043-connect-domain-may-be-required.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[ACTION MAY BE REQUIRED] Amazon Connect instances on the awsapps.com domain move to my.connect.aws",
    date="2026-10-19 14:22:08 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Amazon Connect instances created before 2021 still serve the Contact
Control Panel (CCP) and the admin website from
https://<alias>.awsapps.com/connect. These pages move to the my.connect.aws
domain, which new instances already use.

On December 1, 2026, 17:00 UTC, requests to the awsapps.com addresses of
the instances below will be redirected to https://<alias>.my.connect.aws.

Instances in AWS account 161803398874:
  arn:aws:connect:us-west-2:161803398874:instance/8e3f0a27-9c1d-4b5e-a6f2-7d0c1e4b9a35 (alias: support-desk)

Action may be required if:
  - your firewalls or proxies allow only specific domains: add *.my.connect.aws;
  - your identity provider sends users to the old URL through SAML
    RelayState: update the RelayState value;
  - you embed the CCP with Amazon Connect Streams: update ccpUrl.

If none of these apply, no action is needed.

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["CONNECT"], ["161803398874"], ["us-west-2"], "2026-12-01", "verified", False,
            "'[ACTION MAY BE REQUIRED]' conditional change by 'December 1, 2026, 17:00 UTC'. Subject "
            "form from DESIGN.md (2020 connect.aws launch); domain facts from "
            "blog.serverworks.co.jp amazon-connect-onelogin-sso-new-domain and the Connect network "
            "allow-list page."))

add("044-acm-renewal-may-be-required.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Action may be required] Certificate renewal for www.shop-example.net is pending validation",
    date="2026-11-17 05:12:45 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

AWS Certificate Manager (ACM) could not automatically renew the following
certificate because one or more domain names could not be validated:

  Certificate ARN: arn:aws:acm:us-east-1:555000111222:certificate/3f6b1d2e-8a4c-4e9f-b7d0-2c1a5e8f9d64
  Domains:         www.shop-example.net, shop-example.net
  Expires:         December 18, 2026

The CNAME record that ACM uses for DNS validation of shop-example.net is no
longer present in your DNS zone. Add the record shown in the ACM console
before the certificate expires on December 18, 2026. If the certificate is
not renewed, CloudFront distributions and load balancers that use it will
present an expired certificate.

If you no longer need the certificate, you can ignore this message.

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["ACM"], ["555000111222"], ["us-east-1"], "2026-12-18", "verified", False,
            "'[Action may be required]' (mixed case) ACM renewal blocked by missing validation record; "
            "act before expiry December 18, 2026. Account only inside the certificate ARN. Shape: "
            "ACM renewal notices described in docs.aws.amazon.com/acm (email-renewal-validation) and "
            "support.serverworks.co.jp FAQ."))

_ARN_CT = ("arn:aws:health:us-east-1::event/CLOUDTRAIL/AWS_CLOUDTRAIL_OPERATIONAL_NOTIFICATION/"
           "AWS_CLOUDTRAIL_OPERATIONAL_NOTIFICATION_7e1f3a9c5b2d")

add("045-cloudtrail-managed-policy-scope-down.eml",
    frm=AWS_HEALTH, to=TO_SEC,
    subject="CloudTrail Managed Policy Scope Down [AWS Account: 736512904418]",
    date="2026-11-04 12:00:31 +0000",
    auth_results=A_PASS_HEALTH,
    body="""\
Hello,

IAM users or roles in AWS account 736512904418 use the AWS managed policy
AWSCloudTrail_FullAccess.

On 2026-12-15 we will scope this policy down. It will no longer grant
permissions to create or delete Amazon S3 buckets, Amazon SNS topics and
AWS KMS keys; it will keep all CloudTrail permissions and read access to
those resources. Identities that create trail buckets, topics or keys
through this policy must get those permissions from another policy before
2026-12-15, or those calls will fail with AccessDenied.

Identities using the policy:
  arn:aws:iam::736512904418:role/audit-automation
  arn:aws:iam::736512904418:user/ct-admin

%s
""" % health_footer(_ARN_CT),
    html=health_html("CloudTrail Managed Policy Scope Down",
                     ["IAM users or roles in AWS account 736512904418 use the AWS managed policy "
                      "AWSCloudTrail_FullAccess.",
                      "On 2026-12-15 we will scope this policy down; identities that create trail "
                      "buckets, topics or keys through it need another policy before then."],
                     _ARN_CT),
    label=L("action-required", ["CLOUDTRAIL", "IAM"], ["736512904418"], [], "2026-12-15", "verified",
            False,
            "Generic-looking subject with [AWS Account: ...] suffix, no prefix; managed policy "
            "narrowed on 2026-12-15 (ISO form) -> action-required. The Health ARN's us-east-1 is the "
            "Health endpoint, not a resource region. Subject from DESIGN.md; policy facts from the "
            "CloudTrail managed policies page."))

add("046-lambda-managed-policies-deprecation.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="AWS Lambda managed policies deprecation notice",
    date="2026-10-20 10:05:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

You are receiving this email because identities in AWS account 602214076112
use one or more of these AWS managed policies for AWS Lambda:

  AWSLambdaReadOnlyAccess
  AWSLambdaInvocation-DynamoDB

These policies will be deprecated in 60 days. After deprecation they can no
longer be attached to new users, groups or roles. Existing attachments keep
working, but the policies will not receive updates.

Please move to the replacement policy AWSLambda_ReadOnlyAccess, or to
AWSLambdaDynamoDBExecutionRole for DynamoDB stream processing, before the
deprecation.

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["DYNAMODB", "IAM", "LAMBDA"], ["602214076112"], [], "2026-12-19",
            "verified", False,
            "No prefix in subject; body asks to move off policies deprecated 'in 60 days' -> "
            "2026-10-20 + 60 days = 2026-12-19. Subject from DESIGN.md; content after the 2021 "
            "AWSLambdaFullAccess -> AWSLambda_FullAccess deprecation."))

add("047-robomaker-end-of-life.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="AWS RoboMaker End of Life Support Notice [AWS Account: 384615230769]",
    date="2026-10-15 08:45:12 +0000",
    auth_results=A_PASS_HEALTH,
    body="""\
Hello,

AWS RoboMaker reached end of support on September 10, 2025. Since then you
have not been able to create new simulation jobs, and existing resources
have been available only for export.

On January 15, 2027 we will delete all remaining AWS RoboMaker resources,
including robot applications, simulation applications and world templates,
in AWS account 384615230769. Resources found in:
  us-east-1 (N. Virginia): 3 simulation applications, 1 world template

If you need any of these resources, export the container images and
templates before January 15, 2027. For simulation workloads we recommend
AWS Batch with containerised simulators.

%s
""" % health_footer("arn:aws:health:us-east-1::event/ROBOMAKER/AWS_ROBOMAKER_PLANNED_LIFECYCLE_EVENT/"
                     "AWS_ROBOMAKER_PLANNED_LIFECYCLE_EVENT_c5e9a1f7b3d2"),
    label=L("action-required", ["ROBOMAKER"], ["384615230769"], ["us-east-1"], "2027-01-15", "verified",
            False,
            "Service end-of-life: 'September 10, 2025' is past and not the deadline; export before "
            "deletion on January 15, 2027. Subject form from DESIGN.md; RoboMaker end-of-support date "
            "as published by AWS; deletion step our own."))

add("048-elasticache-redis6-end-of-standard-support.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Action Required] Amazon ElastiCache for Redis OSS version 6 end of standard support on January 31, 2027",
    date="2026-11-02 22:10:40 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

You are receiving this message because AWS account 905531278114 has one or
more Amazon ElastiCache for Redis OSS clusters running version 6.x in the
EU-NORTH-1 Region.

Standard support for ElastiCache for Redis OSS version 6 ends on
January 31, 2027. Clusters still on version 6 after that date are moved to
Extended Support and charged a premium from February 1, 2027.

We recommend upgrading to Valkey 8 or Redis OSS 7.1 before January 31, 2027.
Upgrades are managed and can be started from the console, CLI or API; take a
snapshot first and test in a non-production cluster.

Affected clusters:
  arn:aws:elasticache:eu-north-1:905531278114:replicationgroup:session-store

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["ELASTICACHE"], ["905531278114"], ["eu-north-1"], "2027-01-31", "verified",
            False,
            "Engine end of standard support, upgrade recommended; deadline January 31, 2027 (Feb 1 "
            "charges later). Shape: ElastiCache Redis EOL emails quoted in "
            "wellcomecollection/platform#5599 and WikiWatershed/model-my-watershed#3576."))

add("049-eks-134-ja.eml",
    frm=AWS_HEALTH, to=TO_JA2,
    subject="[要対応] Amazon EKS Kubernetes 1.34 の標準サポート終了 [AWS Account: 146080215973] [AP-NORTHEAST-1]",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-10-05 11:00:03 +0900",
    auth_results=auth(domain="aws.com", mx="mx.example.co.jp"),
    body="""\
こんにちは

Amazon EKS における Kubernetes バージョン 1.34 の標準サポートは
2026年12月2日に終了します。バージョンポリシーが EXTENDED のクラスターは
同日から延長サポートに移行し、クラスターごとの追加料金が発生します。
延長サポートは 2027年12月2日まで提供され、その後は残っているクラスターの
コントロールプレーンが 1.35 に自動アップグレードされます。

AWS アカウント 146080215973 には、Kubernetes 1.34 で稼働する EKS クラスターが
アジアパシフィック (東京) リージョンにあります。
  arn:aws:eks:ap-northeast-1:146080215973:cluster/web-prod

アップグレード手順: https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/update-cluster.html

AWS Health ダッシュボードで詳細を表示:
https://health.aws.amazon.com/health/home#/account/event-log?eventID=arn:aws:health:ap-northeast-1::event/EKS/AWS_EKS_PLANNED_LIFECYCLE_EVENT/AWS_EKS_PLANNED_LIFECYCLE_EVENT_9b3e7c1d5f2a&eventTab=details
""",
    label=L("action-required", ["EKS"], ["146080215973"], ["ap-northeast-1"], "2026-12-02", "verified",
            False,
            "Japanese [要対応] EKS notice; dates 2026年12月2日 and 2027年12月2日, earliest ahead 2026-12-02. "
            "Shape: CredentialEngine/CredentialRegistry#1066 in Japanese."))

add("050-eks-134-reminder-ja.eml",
    frm=AWS_HEALTH, to=TO_JA2,
    subject="【リマインダー】[要対応] Amazon EKS Kubernetes 1.34 の標準サポート終了 [AWS Account: 146080215973] [AP-NORTHEAST-1]",
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    date="2026-11-20 11:00:09 +0900",
    auth_results=auth(domain="aws.com", mx="mx.example.co.jp"),
    body="""\
こんにちは

本メールは 2026年10月5日にお送りした通知のリマインダーです。

Kubernetes 1.34 の標準サポートは 2026年12月2日に終了します。
AWS アカウント 146080215973 の次のクラスターは、まだ 1.34 で稼働しています。

  arn:aws:eks:ap-northeast-1:146080215973:cluster/web-prod

終了日までに 1.35 以降へのアップグレードをご検討ください。

AWS Health ダッシュボードで詳細を表示:
https://health.aws.amazon.com/health/home#/account/event-log?eventID=arn:aws:health:ap-northeast-1::event/EKS/AWS_EKS_PLANNED_LIFECYCLE_EVENT/AWS_EKS_PLANNED_LIFECYCLE_EVENT_9b3e7c1d5f2a&eventTab=details
""",
    label=L("action-required", ["EKS"], ["146080215973"], ["ap-northeast-1"], "2026-12-02", "verified",
            True,
            "Japanese reminder (ISO-2022-JP) of 049; '2026年10月5日' is the earlier notice date, not "
            "the deadline. Shape: AWS Health reminder notifications (CredentialRegistry#1066)."))

add("051-rds-postgresql14-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="[要対応] Amazon RDS for PostgreSQL 14 の標準サポート終了について",
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    date="2026-11-11 09:30:00 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

AWS アカウント 480213577904 で、PostgreSQL メジャーバージョン 14 を使用する
Amazon RDS for PostgreSQL DB インスタンスが ap-northeast-3 リージョンで
稼働しています。

Amazon RDS における PostgreSQL 14 の標準サポートは 2027年2月28日 に終了します。
終了後もバージョン 14 のままの DB インスタンスは Amazon RDS 延長サポートに
自動登録され、2027年3月1日 から延長サポート料金が発生します。

2027年2月28日 までに PostgreSQL 16 以降へアップグレードすることをお勧めします。

対象 DB インスタンス:
  arn:aws:rds:ap-northeast-3:480213577904:db:kintai-db

""" + JA_FOOTER + "\n",
    label=L("action-required", ["RDS"], ["480213577904"], ["ap-northeast-3"], "2027-02-28", "verified",
            False,
            "Japanese (ISO-2022-JP) engine end of standard support; dates 2027年2月28日 / 2027年3月1日, "
            "earliest 2027-02-28. Shape: RDS extended-support notices (ministryofjustice/"
            "cloud-platform#7389)."))

add("052-windows-server-2016-ami-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA2,
    subject="[要対応] Windows Server 2016 のサポート終了と AWS 提供 AMI の非推奨化について",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-10-22 15:15:15 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

Microsoft による Windows Server 2016 の延長サポートは 2027年1月12日 に
終了します。これに伴い、AWS が提供する Windows Server 2016 の AMI は
同日付で非推奨となり、以降はセキュリティ更新を含む新しい AMI が公開されません。

AWS アカウント 118755001234 では、Windows Server 2016 を実行している
Amazon EC2 インスタンスが次のリージョンで稼働しています。
  - アジアパシフィック (東京)
  - アジアパシフィック (大阪)

2027年1月12日 までに Windows Server 2022 または 2025 への移行を計画して
ください。延長セキュリティ更新 (ESU) の購入については Microsoft にお問い合わせ
ください。

お問い合わせ: AWS サポートセンター (電話 0120-965-413 は日本のお客様窓口の例です)

""" + JA_FOOTER + "\n",
    label=L("action-required", ["EC2"], ["118755001234"], ["ap-northeast-1", "ap-northeast-3"],
            "2027-01-12", "verified", False,
            "Japanese OS end-of-support notice; regions only as Japanese names (東京, 大阪); "
            "deadline 2027年1月12日; phone number is not an account. Shape: AWS Windows AMI "
            "deprecation notices; Microsoft lifecycle date."))

add("053-root-mfa-enforcement.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="[Action Required] Multi-factor authentication will be required for the root user of AWS account 357902468013",
    date="2026-11-16 17:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

The root user of AWS account 357902468013 does not have multi-factor
authentication (MFA) enabled.

Starting Tuesday, January 12, 2027, signing in to the AWS Management Console
as the root user of this account will require MFA. If no MFA device is
registered by then, you will be asked to register one during your next
root sign-in before you can continue.

Register an MFA device now, preferably a passkey or security key:
https://console.aws.amazon.com/iam/home#/security_credentials

If this account is a member of an AWS Organization, you can instead remove
root credentials for member accounts centrally with IAM root access
management.

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["IAM"], ["357902468013"], [], "2027-01-12", "verified", False,
            "Root MFA enforcement: register MFA before 'Tuesday, January 12, 2027'. Shape: AWS root "
            "MFA enforcement emails (2024-2025), our wording."))

add("054-fwd-eks-action-required-inline.eml",
    frm=("Jonas Weber", "jonas.weber@example.com"), to=TO_OPS,
    subject="Fwd: [Action Required] Amazon EKS Kubernetes 1.34 end of standard support [AWS Account: 111122223333] [US-EAST-1]",
    date="2026-10-02 09:14:22 +0200",
    auth_results=auth(domain="example.com", mailfrom="example.com"),
    body="""\
FYI - payments-prod and payments-staging need the upgrade before December.
I created PLAT-2231 for it.

Jonas

---------- Forwarded message ---------
From: AWS Health <health@aws.com>
Date: Thu, Oct 1, 2026 at 7:25 PM
Subject: [Action Required] Amazon EKS Kubernetes 1.34 end of standard support [AWS Account: 111122223333] [US-EAST-1]
To: <cloud-ops@example.com>


Hello,

Standard support for Kubernetes version 1.34 in Amazon EKS ends on
December 2, 2026. Clusters whose version policy is EXTENDED move into
extended support until December 2, 2027.

You receive this message because AWS account 111122223333 has one or more
EKS clusters on Kubernetes 1.34:
  arn:aws:eks:us-east-1:111122223333:cluster/payments-prod
  arn:aws:eks:us-east-1:111122223333:cluster/payments-staging

View details in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/event-log?eventID=arn:aws:health:us-east-1::event/EKS/AWS_EKS_PLANNED_LIFECYCLE_EVENT/AWS_EKS_PLANNED_LIFECYCLE_EVENT_e8d1c4b7f2a9&eventTab=details
""",
    label=L("action-required", ["EKS"], ["111122223333"], ["us-east-1"], "2026-12-02", "unverified", False,
            "Inline Gmail-style forward ('Fwd:', '---------- Forwarded message ---------') of notice "
            "033; label by what it carries; sender is a colleague -> unverified. Shape: "
            "CredentialEngine/CredentialRegistry#1066."))

_inner_lambda_node = dict(
    file="inner", frm=AWS_HEALTH, to=TO_OPS,
    subject="[Action Required] AWS Lambda end of support for Node.js 22 [AWS Account: 210987654321] [US-EAST-2]",
    date="2026-11-03 07:10:00 +0000", charset="us-ascii", cte=None, html=None,
    subject_charset="utf-8", auth_results=None, headers=[], attach=None,
    msgid="<0100019b2e4f6a8c-9d1e3f5a-7b9c-4d1e-8f3a-5b7c9d1e3f5a-000000@email.amazonses.com>",
    attach_name="AWS Lambda end of support for Node.js 22.eml",
    body="""\
Hello,

AWS account 210987654321 has AWS Lambda functions that use the Node.js 22
(nodejs22.x) runtime in the US-EAST-2 Region.

Lambda support for Node.js 22 ends on April 30, 2027. From June 1, 2027 you
can no longer create functions with Node.js 22, and from July 1, 2027 you
can no longer update them. Functions continue to run.

We recommend upgrading to Node.js 24 before April 30, 2027.

Affected functions:
  arn:aws:lambda:us-east-2:210987654321:function:image-resize
  arn:aws:lambda:us-east-2:210987654321:function:webhook-relay

View details in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/event-log?eventID=arn:aws:health:us-east-2::event/LAMBDA/AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT/AWS_LAMBDA_PLANNED_LIFECYCLE_EVENT_f0a2c4e6b8d1&eventTab=details
""")

add("055-fw-lambda-node22-attached.eml",
    frm=("Priya Raman", "priya.raman@example.com"), to=TO_OPS,
    subject="FW: [Action Required] AWS Lambda end of support for Node.js 22 [AWS Account: 210987654321] [US-EAST-2]",
    date="2026-11-03 13:20:41 -0500",
    auth_results=auth(domain="example.com", mailfrom="example.com"),
    headers=[("Thread-Topic", "[Action Required] AWS Lambda end of support for Node.js 22"),
             ("X-MS-Has-Attach", "yes")],
    body="""\
Team,

Forwarding the attached AWS notice. Both functions belong to the media
service; please add the runtime upgrade to next sprint.

Thanks,
Priya
""",
    attach=[_inner_lambda_node],
    label=L("action-required", ["LAMBDA"], ["210987654321"], ["us-east-2"], "2027-04-30", "unverified",
            False,
            "Outlook-style 'FW:' with the original attached as message/rfc822; carries a three-date "
            "runtime timeline (Apr 30 / Jun 1 / Jul 1, 2027) -> 2027-04-30; colleague sender -> "
            "unverified. Shape: Lambda runtime notices (aws-samples/iam-identity-center-team#413)."))

add("056-msp-relay-elasticache-ja.eml",
    frm=("クラウド運用サポート", "noreply@msp-support.example.jp"), to=TO_JA,
    subject="【AWS通知】[要対応] Amazon ElastiCache for Redis OSS バージョン 6 の標準サポート終了",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-05 10:00:00 +0900",
    auth_results=auth(domain="msp-support.example.jp", mailfrom="msp-support.example.jp",
                      mx="mx.example.co.jp"),
    body="""\
お客様各位

いつも弊社 AWS 運用代行サービスをご利用いただきありがとうございます。
AWS より下記の通知が届きましたので、お知らせいたします。

対象 AWS アカウント: 905531278114
件名: [Action Required] Amazon ElastiCache for Redis OSS version 6 end of standard support on January 31, 2027

(要約)
ElastiCache for Redis OSS バージョン 6 の標準サポートは 2027年1月31日 に
終了します。以降もバージョン 6 のままのクラスターは延長サポートに移行し、
2027年2月1日 から追加料金が発生します。
対象: eu-north-1 の session-store

アップグレードのご依頼や作業日程のご相談は、弊社サポート窓口
(support@msp-support.example.jp / 03-5555-0123) までご連絡ください。

--
クラウド運用サポートデスク
""",
    label=L("action-required", ["ELASTICACHE"], ["905531278114"], ["eu-north-1"], "2027-01-31",
            "unverified", False,
            "Japanese MSP relay of notice 048 (not AWS's wording, not impersonating AWS) -> "
            "unverified; deadline 2027年1月31日. Shape: Japanese MSP relaying practice "
            "(denet.ad.jp msp-service/mail; nhn-techorus FAQ)."))

add("057-phish-lambda-reauthenticate.eml",
    frm=("AWS Lambda Team", "lambda-notices@awsupdates-center.com"), to=TO_OPS,
    subject="[Action Required] AWS Lambda runtime end of support - re-authenticate to keep your functions running",
    date="2026-11-09 03:33:33 +0000",
    auth_results=auth(result="fail", domain="awsupdates-center.com", mailfrom="awsupdates-center.com",
                      spf="softfail", dkim="none"),
    msgid="<cc1f3e.20261109033333@awsupdates-center.com>",
    body="""\
Hello,

Your AWS Lambda functions are using a runtime that reaches end of support.
To avoid immediate deletion of your functions on November 12, 2026, you
must re-authenticate your AWS root account and confirm your payment method.

Re-authenticate now: https://awsupdates-center.com/lambda/runtime/confirm

Functions that are not confirmed will stop running.

AWS Lambda Team
""",
    label=L("action-required", ["LAMBDA"], [], [], "2026-11-12", "suspicious", False,
            "Look-alike of the Lambda runtime notice from awsupdates-center.com (SPF softfail, DMARC "
            "fail, credential link, false claims); categorised by its claim; claimed date "
            "November 12, 2026. Shape: impersonation of Lambda end-of-support emails."))


# ==========================================================================
# SECURITY ADVISORY
# ==========================================================================

add("060-s3-buckets-public-access.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Notification of Amazon S3 buckets configured for public access",
    date="2026-10-13 18:22:40 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We are writing to let you know that AWS account 299792458001 has Amazon S3
buckets that anyone on the internet can access. By default only the bucket
owner can read a bucket's contents, but bucket policies and access control
lists can grant access to everyone. Public buckets can be read by anyone,
and their content may be indexed by search engines.

Unless you need public access, for example to host a public website, turn
on S3 Block Public Access for these buckets or for the whole account. A
bucket policy should not allow "Principal":"*" unless you mean to publish
the data, and ACLs should not grant access to "Everyone" or "Authenticated
Users".

Buckets open to public access as of October 12, 2026:

  marketing-downloads-prod       (us-east-1)   bucket policy
  legacy-logs-2019               (us-east-1)   ACL: Everyone READ

Blocking public access:
https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html

""" + AWS_FOOTER + "\n",
    label=L("security-advisory", ["S3"], ["299792458001"], ["us-east-1"], None, "verified", False,
            "Risky configuration to review, no action date; 'October 12, 2026' is a snapshot date. "
            "Subject from DESIGN.md; body shape from notices quoted in femiwiki/femiwiki#237 and "
            "openaustralia/infrastructure#140."))

add("061-s3-public-access-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="パブリックアクセスが設定された Amazon S3 バケットに関するお知らせ",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-06 17:05:00 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

AWS アカウント 480213577904 に、インターネット上の誰でもアクセスできるように
設定された Amazon S3 バケットがあることをお知らせします。パブリックなバケットの
内容は誰でも参照でき、検索エンジンにインデックスされる可能性があります。

公開が意図したものでない場合は、S3 ブロックパブリックアクセスを有効にして
ください。バケットポリシーで "Principal":"*" を許可したり、ACL で「すべての人」
や「認証済みユーザー」にアクセスを付与したりしないことをお勧めします。

対象バケット (影響を受けるリソース タブにも表示されます):
  photo-share-tmp (ap-northeast-1)
  static-site-old (ap-northeast-1)

""" + JA_FOOTER + "\n",
    label=L("security-advisory", ["S3"], ["480213577904"], ["ap-northeast-1"], None, "verified", False,
            "Japanese S3 public-bucket advisory (UTF-8 base64), no date. Shape: notice quoted in "
            "femiwiki/femiwiki#237 (Korean team quoting the English text)."))

add("062-ec2-imdsv1-advisory.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="Security recommendation: EC2 instances in your account still use IMDSv1",
    date="2026-10-30 16:12:09 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Over the past 30 days, Amazon EC2 instances in AWS account 247135790246 made
requests to the Instance Metadata Service using version 1 (IMDSv1). IMDSv2
uses session tokens and protects against several classes of
server-side request forgery (SSRF) attacks that can expose instance role
credentials.

Instances with IMDSv1 requests:
  i-0f1e2d3c4b5a69788  (ap-south-1)
  i-02468ace13579bdf0  (ap-south-1)

We recommend updating your software to use IMDSv2 and then requiring IMDSv2
on these instances (set HttpTokens to required). The CloudWatch metric
MetadataNoToken shows which instances still make IMDSv1 calls.

No change will be made to your instances by AWS.

""" + AWS_FOOTER + "\n",
    label=L("security-advisory", ["EC2"], ["247135790246"], ["ap-south-1"], None, "verified", False,
            "Risky configuration (IMDSv1) to review, explicitly no AWS change and no date. Our "
            "wording after AWS IMDSv2 guidance; subject form of AWS security recommendations."))

add("063-open-memcached-advisory.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="Security notification: publicly accessible Memcached service on your EC2 instance",
    date="2026-11-19 20:40:51 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

An external scan found that the following Amazon EC2 instance answers
Memcached requests on UDP port 11211 from the internet:

  AWS Account: 563820194477
  Region: ca-central-1
  Instance: i-0bbf6a1c2d3e4f567 (35.183.12.90)

Open Memcached servers can be used to amplify distributed denial of service
(DDoS) attacks against third parties. We have not received abuse reports
about this instance, but we recommend that you restrict inbound access to
port 11211 in the instance's security group to trusted addresses, and
disable UDP in Memcached if you do not use it.

""" + AWS_FOOTER + "\n",
    label=L("security-advisory", ["EC2"], ["563820194477"], ["ca-central-1"], None, "verified", False,
            "Exposed service (risk), explicitly no abuse report yet, no deadline -> advisory, not "
            "abuse. Our wording after AWS abuse/DoS guidance (repost abuse FAQs)."))

add("064-amazon-linux-kernel-cve-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA2,
    subject="【重要】Amazon Linux 2 カーネルの脆弱性 (CVE-2026-31337) に関するお知らせ",
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    date="2026-11-09 12:00:00 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

Linux カーネルのネットワークスタックにおいて、ローカルユーザーが権限を昇格
できる脆弱性 (CVE-2026-31337、深刻度: 重要) が公開されました。

AWS アカウント 146080215973 には、この脆弱性の影響を受けるカーネルで
起動している Amazon Linux 2 の EC2 インスタンスが、アジアパシフィック (東京)
リージョンに 4 台あります。

修正済みのカーネルは ALAS2-2026-2871 として公開されています。
sudo yum update kernel を実行してからインスタンスを再起動し、修正版カーネルを
適用することをお勧めします。

詳細: https://alas.aws.amazon.com/AL2/ALAS2-2026-2871.html

""" + JA_FOOTER + "\n",
    label=L("security-advisory", ["EC2"], ["146080215973"], ["ap-northeast-1"], None, "verified", False,
            "Japanese (ISO-2022-JP) vulnerability advisory, recommended patch, no date. Shape: "
            "Amazon Linux security advisories (ALAS) and AWS security bulletins, our wording."))

add("065-elb-tls-policy-advisory.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="Security recommendation: load balancers allow TLS 1.0 and TLS 1.1",
    date="2026-10-07 14:14:14 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

HTTPS listeners of the following load balancers in AWS account 739104826553
use the security policy ELBSecurityPolicy-2016-08, which still accepts
TLS 1.0 and TLS 1.1 connections:

  arn:aws:elasticloadbalancing:eu-west-1:739104826553:loadbalancer/app/shop-frontend/50dc6c495c0c9188
  arn:aws:elasticloadbalancing:eu-west-1:739104826553:loadbalancer/net/partner-api/9f1e2d3c4b5a6978

These protocol versions have known weaknesses and are no longer accepted by
most compliance standards. We recommend ELBSecurityPolicy-TLS13-1-2-2021-06
unless you have clients that cannot use TLS 1.2.

This is a recommendation only; we will not change your listeners.

""" + AWS_FOOTER + "\n",
    label=L("security-advisory", ["ELASTICLOADBALANCING"], ["739104826553"], ["eu-west-1"], None,
            "verified", False,
            "Risky TLS configuration, recommendation only, no date. Our wording after ELB security "
            "policy documentation."))

add("066-phish-s3-exposed-trustedadvisor.eml",
    frm=("AWS Trusted Advisor", "alerts@aws-trustedadvisor.net"), to=TO_ROOT,
    subject="Critical: Your S3 buckets are exposed to the public - review required",
    date="2026-10-31 06:06:06 +0000",
    auth_results=auth(result="fail", domain="aws-trustedadvisor.net", mailfrom="aws-trustedadvisor.net",
                      spf="neutral", dkim="fail"),
    msgid="<ta-8812.1793426766@aws-trustedadvisor.net>",
    html="""\
<html><body style="font-family:Arial">
<p><img src="https://aws-trustedadvisor.net/img/aws-logo.png" alt="AWS"></p>
<p>Dear customer,</p>
<p>AWS Trusted Advisor found <b>7 S3 buckets</b> in your account with public read
and write access. Attackers are actively scanning for such buckets.</p>
<p>Sign in to review and lock the buckets:
<a href="https://aws-trustedadvisor.net/signin?next=s3-review">Review buckets in the console</a></p>
<p>AWS Trusted Advisor Team</p>
</body></html>
""",
    label=L("security-advisory", ["S3"], [], [], None, "suspicious", False,
            "HTML-only look-alike of an S3 public-access advisory from aws-trustedadvisor.net with "
            "DKIM fail/DMARC fail and a sign-in link; categorised by its claim. Message-ID holds a "
            "10-digit number, no account. Shape: AWS-impersonation phishing (public-samples/eml)."))


# ==========================================================================
# MAINTENANCE
# ==========================================================================

add("070-ec2-instance-retirement-generic.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon EC2 Instance Retirement",
    date="2026-11-10 04:12:33 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

EC2 has detected degradation of the hardware underneath your Amazon EC2
instance (instance-ID: i-0e7a201159810559a) in AWS account 299792458001 in
the ap-northeast-1 region. Because of this degradation, the instance may
already be unreachable. After 2026-11-24 13:00 UTC the instance, whose root
device is an EBS volume, will be stopped.

You can see more information about instances scheduled for retirement in
the AWS Management Console
(https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events).

* What does this mean for you?
The instance will be stopped after the retirement date. You can start it
again at any time; starting it moves it to healthy hardware. Data on any
instance store volumes is lost when the instance stops.

* What should you do?
Wait for the retirement date, or stop and start the instance yourself at a
convenient time before then.

""" + AWS_FOOTER + "\n",
    label=L("maintenance", ["EC2"], ["299792458001"], ["ap-northeast-1"], "2026-11-24", "verified", False,
            "Generic subject; body is a hardware-degradation retirement -> maintenance, happening "
            "'After 2026-11-24 13:00 UTC'. Trap: i-0e7a201159810559a contains the 12-digit run "
            "201159810559. Shape: retirement emails quoted in femiwiki/femiwiki#24, "
            "harmony-one/harmony-ops#42 and blog.denet.co.jp/ec2_retire.",
            traps=["201159810559"]))

add("071-ec2-retirement-notification-instance-store.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
    date="2026-10-23 09:50:12 +0000",
    auth_results=A_PASS,
    body="""\
Dear Amazon EC2 Customer,

We have important news about your account (AWS Account ID: 210987654321).
EC2 has detected degradation of the underlying hardware hosting your Amazon
EC2 instance (instance-ID: i-07c3e5a9b1d2f4680) in the us-west-1 region. Due
to this degradation your instance could already be unreachable. After
2026-11-06 21:00 UTC your instance, which has an instance store volume as
the root device, will be terminated.

* What does this mean for you?
When the instance is terminated, all data on its instance store volumes is
deleted and cannot be recovered.

* What do you need to do?
Launch a replacement instance from your most recent AMI and move your
workload and data to it before the retirement date.

""" + AWS_FOOTER + "\n",
    label=L("maintenance", ["EC2"], ["210987654321"], ["us-west-1"], "2026-11-06", "verified", False,
            "Retirement of an instance-store instance (terminated 'After 2026-11-06 21:00 UTC'); "
            "account in '(AWS Account ID: ...)'. Shape: MozillaFoundation/mofo-devops#356 and "
            "blog.cles.jp/item/10037."))

add("072-ec2-scheduled-reboot-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="[メンテナンス] Amazon EC2 インスタンスの再起動が予定されています",
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    date="2026-11-12 14:30:00 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

AWS アカウント 975310864200 の次の Amazon EC2 インスタンスについて、
ホストのメンテナンスに伴うシステム再起動が予定されています。

  インスタンス ID: i-0d9c8b7a6f5e4d3c2
  リージョン: アジアパシフィック (東京)
  イベント: system-reboot
  予定開始日時: 2026年11月26日 14:00 (JST)
  予定終了日時: 2026年11月26日 16:00 (JST)

メンテナンス期間中にインスタンスは再起動されます。ご都合の悪い場合は、
EC2 コンソールの [スケジュールされたイベント] から再起動日時を変更するか、
予定日時より前にご自身でインスタンスを停止・起動してください。

""" + JA_FOOTER + "\n",
    label=L("maintenance", ["EC2"], ["975310864200"], ["ap-northeast-1"], "2026-11-26", "verified", False,
            "Japanese scheduled reboot (ISO-2022-JP); provider-side event on 2026年11月26日. Shape: "
            "EC2 scheduled events guide (ja) and denet.ad.jp msp-service/mail description of "
            "maintenance notices."))

add("073-aurora-postgresql-automatic-patches.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Automatic patches available for Amazon Aurora with PostgreSQL Compatibility",
    date="2026-11-13 23:05:18 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

New patch versions are available for Amazon Aurora PostgreSQL-Compatible
Edition 15 and 16. They contain security fixes and stability improvements.

AWS account 826194035582 has Aurora PostgreSQL DB clusters in US East (Ohio)
that will receive these patches:

  arn:aws:rds:us-east-2:826194035582:cluster:ledger-aurora
  arn:aws:rds:us-east-2:826194035582:cluster:ledger-aurora-dr

The patches will be applied automatically during each cluster's maintenance
window starting January 12, 2027. Applying a patch restarts the database and
causes a short interruption. To choose the time yourself, apply the pending
maintenance action before January 12, 2027 from the console or with
apply-pending-maintenance-action.

""" + AWS_FOOTER + "\n",
    label=L("maintenance", ["RDS"], ["826194035582"], ["us-east-2"], "2027-01-12", "verified", False,
            "Provider applies engine patches automatically from January 12, 2027 (customer may do it "
            "earlier) -> maintenance; deadline = when the change takes effect. Subject from "
            "DESIGN.md."))

add("074-elasticache-service-update.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon ElastiCache service update available - auto-update on Dec 8, 2026",
    date="2026-11-08 12:12:12 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

A new service update, elasticache-20261101-002 (security update), is
available for Amazon ElastiCache nodes in AWS account 508920331667 in the
us-east-1 Region.

You can apply the update at any time from the Service Updates page of the
ElastiCache console. Updates not applied by then will be applied
automatically on Dec 8, 2026 during the cluster's maintenance window.
Multi-AZ clusters fail over to a replica while nodes are updated.

Affected replication groups:
  rate-limiter (3 nodes)
  feature-flags (2 nodes)

""" + AWS_FOOTER + "\n",
    label=L("maintenance", ["ELASTICACHE"], ["508920331667"], ["us-east-1"], "2026-12-08", "verified", False,
            "Self-service update with provider auto-apply on 'Dec 8, 2026'. Shape: ElastiCache "
            "service update notices (ElastiCache self-service updates docs), our wording."))

add("075-opensearch-service-software-update.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon OpenSearch Service: required service software update for your domains",
    date="2026-10-17 02:20:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

A required service software update (R20261015) is available for Amazon
OpenSearch Service domains in AWS account 271828182845:

  arn:aws:es:eu-west-1:271828182845:domain/search-logs
  arn:aws:es:eu-west-1:271828182845:domain/catalogue

If you do not update the domains yourself, OpenSearch Service will update
them automatically after November 16, 2026, during an off-peak window. The
update uses a blue/green deployment and does not cause downtime, but it may
increase load on the cluster while it runs.

""" + AWS_FOOTER + "\n",
    label=L("maintenance", ["ES"], ["271828182845"], ["eu-west-1"], "2026-11-16", "verified", False,
            "Required software update auto-applied after November 16, 2026 -> maintenance; Health "
            "service code ES for OpenSearch. Our wording after OpenSearch service software update "
            "documentation."))

add("076-direct-connect-maintenance-generic.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="AWS Notification",
    date="2026-11-20 19:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We will perform planned maintenance on the AWS Direct Connect device that
terminates the following connection in AWS account 673214589016:

  Connection: dxcon-ffg3a1b2 (Equinix FR5, Frankfurt)
  Region:     eu-central-1

Maintenance window: December 3, 2026, 01:00 to 05:00 UTC

During the window the connection may be unavailable for up to 30 minutes.
If you have a redundant connection or a Site-to-Site VPN backup, traffic
will fail over to it.

Event details
  Event type:  AWS_DIRECTCONNECT_MAINTENANCE_SCHEDULED
  Start time:  Thu, 3 Dec 2026 01:00:00 GMT
  End time:    Thu, 3 Dec 2026 05:00:00 GMT

""" + AWS_FOOTER + "\n",
    label=L("maintenance", ["DIRECTCONNECT"], ["673214589016"], ["eu-central-1"], "2026-12-03",
            "verified", False,
            "Generic subject 'AWS Notification'; body is planned Direct Connect maintenance on "
            "December 3, 2026 (here Start time equals the change date). Shape: AWS Health scheduled "
            "change notifications (ministryofjustice/cloud-platform#4264 event categories)."))

add("077-rds-os-upgrade-maintenance.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Maintenance] Amazon RDS operating system update scheduled for your DB instances",
    date="2026-10-26 22:45:10 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

An operating system update is pending for Amazon RDS DB instances in AWS
account 905531278114. The update contains security patches for the host
operating system.

  Region: Europe (Stockholm)
  DB instances: billing-mysql-a, billing-mysql-b

RDS will apply the update during each instance's maintenance window on or
after 1 December 2026. Single-AZ instances are unavailable for a few minutes
while the update is applied; Multi-AZ instances fail over first.

You can apply the update earlier with the console or with
aws rds apply-pending-maintenance-action.

""" + AWS_FOOTER + "\n",
    label=L("maintenance", ["RDS"], ["905531278114"], ["eu-north-1"], "2026-12-01", "verified", False,
            "'[Maintenance]' OS update applied by RDS on or after '1 December 2026'; region only as "
            "'Europe (Stockholm)'. Shape: Qiita 'AWS 通知メールの種類' subject keywords "
            "([Maintenance]); our wording."))

_inner_retire = dict(
    file="inner", frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
    date="2026-11-02 11:40:00 +0000", charset="us-ascii", cte=None, html=None,
    subject_charset="utf-8", auth_results=None, headers=[], attach=None,
    msgid="<0100019a7c5e3b1d-2f4a6c8e-1b3d-4f5a-9c7e-2d4f6a8c1e3b-000000@email.amazonses.com>",
    attach_name="Retirement Notification.eml",
    body="""\
Dear Amazon EC2 Customer,

We have important news about your account (AWS Account ID: 673214589016).
EC2 has detected degradation of the underlying hardware hosting your Amazon
EC2 instance (instance-ID: i-0a9b8c7d6e5f40312) in the eu-west-3 region. Due
to this degradation your instance could already be unreachable. After
2026-11-16 08:00 UTC your instance, which has an EBS volume as the root
device, will be stopped.

You can stop and start the instance yourself before then to move it to new
hardware.

""" + AWS_FOOTER + "\n")

add("078-fw-retirement-attached.eml",
    frm=("Luc Moreau", "luc.moreau@example.fr"), to=TO_OPS,
    subject="FW: [Retirement Notification] Amazon EC2 Instance scheduled for retirement.",
    date="2026-11-02 14:02:55 +0100",
    auth_results=auth(domain="example.fr", mailfrom="example.fr"),
    headers=[("Thread-Topic", "[Retirement Notification] Amazon EC2 Instance scheduled for retirement.")],
    body="""\
Bonjour,

Notice from AWS attached. This is the Paris reporting server; can we do the
stop/start on Friday evening?

Luc
""",
    attach=[_inner_retire],
    label=L("maintenance", ["EC2"], ["673214589016"], ["eu-west-3"], "2026-11-16", "unverified", False,
            "'FW:' with the retirement notice attached as message/rfc822; label what it carries "
            "(maintenance, 'After 2026-11-16 08:00 UTC'); colleague sender -> unverified. Shape: "
            "femiwiki/femiwiki#24."))

add("079-vpn-tunnel-endpoint-replacement.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon VPC: tunnel endpoint replacement for your Site-to-Site VPN connection",
    date="2026-11-24 10:10:10 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

AWS will replace a tunnel endpoint of the following Site-to-Site VPN
connection in AWS account 314159265358 as part of routine maintenance:

  VPN connection: vpn-0a1b2c3d4e5f6a7b8
  Region: US East (N. Virginia)
  Tunnel outside IP: 52.20.14.200

Replacement window: 2026-12-09 03:00 to 07:00 UTC

One tunnel at a time is replaced. If both tunnels are up and your customer
gateway supports failover, traffic moves to the other tunnel. Connections
with a single active tunnel may see a brief outage.

""" + AWS_FOOTER + "\n",
    label=L("maintenance", ["VPC"], ["314159265358"], ["us-east-1"], "2026-12-09", "verified", False,
            "Provider-side VPN endpoint replacement on 2026-12-09; region by name only. Shape: "
            "AWS Health scheduled change notices; our wording."))

add("080-ec2-retirement-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA2,
    subject="[Retirement Notification] Amazon EC2 インスタンスのリタイアが予定されています",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-10-28 09:09:09 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

AWS アカウント (AWS Account ID: 480213577904) の Amazon EC2 インスタンス
(インスタンス ID: i-0c1d2e3f4a5b6c7d8) をホストしている基盤ハードウェアの
劣化を検出しました。インスタンスは ap-northeast-3 リージョンにあります。
このため、インスタンスには既に到達できない可能性があります。

2026年11月11日 12:00 (UTC) 以降、ルートデバイスが EBS ボリュームである
このインスタンスは停止されます。停止後はいつでも再度起動でき、起動すると
正常なハードウェアに移動します。

予定日より前に、ご都合のよいタイミングでインスタンスの停止と起動を行うことも
できます。

""" + JA_FOOTER + "\n",
    label=L("maintenance", ["EC2"], ["480213577904"], ["ap-northeast-3"], "2026-11-11", "verified", False,
            "Japanese retirement notice (UTF-8 base64) with English subject prefix; stop after "
            "2026年11月11日. Shape: blog.denet.co.jp/ec2_retire and cloudpack.media/1670 (Japanese "
            "blog posts quoting the English retirement email)."))

add("081-phish-health-maintenance-lookalike.eml",
    frm=("AWS Health", "health@aws-com.info"), to=TO_OPS,
    subject="[Scheduled maintenance] Confirm your EC2 instances before migration [AWS Account: 420133700420]",
    date="2026-11-17 02:02:02 +0000",
    auth_results=auth(result="fail", domain="aws-com.info", mailfrom="aws-com.info", dkim="none"),
    msgid="<h-20261117020202.1f@aws-com.info>",
    body="""\
Hello,

AWS will migrate your EC2 instances to new hardware on November 19, 2026.
To avoid data loss you must confirm the instances that should be migrated.

Confirm instances: https://aws-com.info/health/confirm?acct=420133700420

Instances that are not confirmed will be terminated.

AWS Health
""",
    label=L("maintenance", ["EC2"], ["420133700420"], [], "2026-11-19", "suspicious", False,
            "Look-alike of a health@aws.com maintenance notice from aws-com.info (DMARC fail) asking "
            "to 'confirm' via a foreign link; categorised by its claim (maintenance); claimed date "
            "November 19, 2026. Shape: new health@aws.com subject style copied by attackers."))


# ==========================================================================
# PRICING
# ==========================================================================

add("090-marketplace-price-change.eml",
    frm=AWS_MP, to=TO_BILL,
    subject="AWS Marketplace Price Change Notification",
    date="2026-10-02 18:30:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

You are receiving this email because AWS account 602214076112 has an active
subscription to the following AWS Marketplace product:

  Product:  Example Secure Gateway (BYOL-free, hourly)
  Seller:   Example Networks Inc.
  Product code: 7rx2example4q9mnb3kz1w8

The seller has changed the price of this product. The new price applies to
your usage starting January 1, 2027:

  Instance type   Current software price   New software price
  c6i.large       $0.12/hr                 $0.15/hr
  c6i.xlarge      $0.24/hr                 $0.30/hr

EC2 infrastructure charges are not affected. No action is needed to keep the
subscription. If you do not want to pay the new price, cancel the
subscription before January 1, 2027 from the Manage subscriptions page:
https://console.aws.amazon.com/marketplace/home#/subscriptions

Sincerely,
AWS Marketplace
""",
    label=L("pricing", ["MARKETPLACE"], ["602214076112"], [], "2027-01-01", "verified", False,
            "Seller price increase effective January 1, 2027 (the change date, no action required). "
            "Subject from DESIGN.md; 90-day notice practice from AWS Marketplace pricing pages."))

add("091-marketplace-price-change-ja.eml",
    frm=("AWS Marketplace", "no-reply@marketplace.aws"), to=TO_JA,
    subject="AWS Marketplace 価格変更のお知らせ",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-04 13:45:00 +0900",
    auth_results=auth(domain="marketplace.aws", mailfrom="amazonses.com", mx="mx.example.co.jp"),
    body="""\
お客様

AWS アカウント 975310864200 でサブスクライブしている AWS Marketplace の
製品について、出品者が価格を変更しました。

  製品名: Example Log Analytics (SaaS 契約)
  出品者: Example Data K.K.

新しい価格は 2027年2月1日 以降のご利用分から適用されます。
  基本料金 (月額): 800 USD → 950 USD
  追加データ 1 GB あたり: 0.40 USD → 0.45 USD

サブスクリプションを継続する場合、お客様の操作は不要です。新価格での継続を
希望されない場合は、2027年2月1日 より前に AWS Marketplace コンソールの
[サブスクリプションの管理] から解約してください。

AWS Marketplace
""",
    label=L("pricing", ["MARKETPLACE"], ["975310864200"], [], "2027-02-01", "verified", False,
            "Japanese Marketplace price change from marketplace.aws; effective 2027年2月1日. "
            "Subject/structure after the English notice (DESIGN.md)."))

add("092-rds-extended-support-charges.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="[Notification] Amazon RDS Extended Support charges for PostgreSQL 14 begin March 1, 2027",
    date="2026-11-24 20:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

This message is about the price of running Amazon RDS for PostgreSQL 14
after its end of standard support.

Starting March 1, 2027, DB instances of AWS account 357902468013 that still
run PostgreSQL 14 are charged for Amazon RDS Extended Support, per vCPU-hour,
in addition to the instance price. In US West (Oregon) the Year 1 and Year 2
rate is $0.100 per vCPU-hour; from March 1, 2029 (Year 3) the rate is
$0.200 per vCPU-hour.

Your two PostgreSQL 14 instances have 16 vCPUs in total, which would add
about $1,168 per month in Year 1.

To avoid the charges, upgrade to a major version in standard support before
the charges begin.

""" + AWS_FOOTER + "\n",
    label=L("pricing", ["RDS"], ["357902468013"], ["us-west-2"], "2027-03-01", "verified",
            False,
            "Notice about new charges (price terms) rather than the upgrade itself -> pricing; "
            "charges take effect March 1, 2027; 'March 1, 2029' is a later rate step. Shape: RDS Extended Support pricing (aws.amazon.com/blogs "
            "'Your MySQL 5.7 and PostgreSQL 11 databases will be automatically enrolled')."))

add("093-price-reduction-s3.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="[Notification] Lower prices for Amazon S3 Glacier Instant Retrieval from 1 December 2026",
    date="2026-11-05 17:17:17 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We are lowering the storage price of the Amazon S3 Glacier Instant
Retrieval storage class in all commercial AWS Regions, effective
1 December 2026. For example, in US East (N. Virginia) the price goes from
$0.004 to $0.0036 per GB-month.

You do not need to do anything. The new prices appear on your bill for
December 2026 and are shown on https://aws.amazon.com/s3/pricing/.

""" + AWS_FOOTER + "\n",
    label=L("pricing", ["S3"], [], [], "2026-12-01", "verified", False,
            "Price reduction effective '1 December 2026'; no account named; a region name appears "
            "only as a price example, so no affected region. Shape: AWS price change announcements "
            "([Notification] prefix as in jamiestarke.com public IPv4 charge post)."))

add("094-ipv4-style-new-charge.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="[Notification] New charge for idle Amazon VPC NAT gateway hours starting February 1, 2027",
    date="2026-10-29 15:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Starting February 1, 2027, AWS will charge $0.010 per hour for NAT gateways
that processed no traffic during the hour, in addition to the existing
hourly and per-GB charges. The change applies in all commercial Regions.

Your AWS account 563820194477 had 6 NAT gateways in October 2026 that were
idle for more than half of the month. You can find idle gateways with the
new IdleHours metric in Amazon CloudWatch and in the Cost and Usage Report
(usage type NatGateway-IdleHours).

No action is required. To reduce cost, delete NAT gateways you no longer
need.

""" + AWS_FOOTER + "\n",
    label=L("pricing", ["VPC"], ["563820194477"], [], "2027-02-01", "verified", False,
            "New charge effective February 1, 2027; October 2026 is a past usage period, not a "
            "deadline. Shape: '[Notification] New charge for public IPv4 addresses starting "
            "February 1, 2024' (jamiestarke.com, repost IPv4 article); the NAT charge is fictional."))

add("095-consumption-tax-billing-terms-ja.eml",
    frm=("アマゾン ウェブ サービス ジャパン", "aws-billing-jp@amazon.com"), to=TO_JA,
    subject="【重要なお知らせ】AWS ご利用料金の請求条件の変更について",
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    date="2026-10-15 10:00:00 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

AWS アカウント 480213577904 のご請求に関する重要なお知らせです。

2027年1月1日 より、日本国内のお客様の AWS ご利用料金の請求条件を次のとおり
変更いたします。

 1. 請求書の発行元をアマゾン ウェブ サービス ジャパン合同会社に統一します。
 2. 日本円でのお支払いを選択されているお客様の為替レートの適用日を、
    請求期間の最終日から請求書発行日に変更します。
 3. 支払期日を請求書発行日から 30 日後に統一します。

お支払い方法の変更など、お客様による対応は不要です。ご不明な点は
AWS サポートセンターの [アカウントおよび請求] からお問い合わせください。

アマゾン ウェブ サービス ジャパン合同会社
""",
    label=L("pricing", ["BILLING"], ["480213577904"], [], "2027-01-01", "verified", False,
            "Japanese billing-terms change (who invoices, FX date, due date) effective 2027年1月1日 "
            "-> pricing per DESIGN ('price or billing-terms change'). Shape: AWS Japan billing entity notices (our wording)."))

add("096-phish-marketplace-price-change.eml",
    frm=("AWS Marketplace", "notifications@aws-marketplace-billing.com"), to=TO_BILL,
    subject="AWS Marketplace Price Change Notification",
    date="2026-11-26 08:08:08 +0000",
    auth_results=auth(result="fail", domain="aws-marketplace-billing.com",
                      mailfrom="aws-marketplace-billing.com", dkim="none"),
    msgid="<mp-price-5521@aws-marketplace-billing.com>",
    body="""\
Hello,

A product in your AWS Marketplace subscriptions will increase in price by
340% on December 1, 2026.

To keep your current price you must accept the new terms and re-enter your
payment card within 48 hours:

  https://aws-marketplace-billing.com/subscriptions/accept-terms

Subscriptions that are not confirmed will be cancelled and your data
deleted.

AWS Marketplace Billing
""",
    label=L("pricing", ["MARKETPLACE"], [], [], "2026-11-28", "suspicious", False,
            "Same subject as the genuine 090 but from aws-marketplace-billing.com with SPF/DMARC "
            "fail and a card-harvesting link; must never be merged with the genuine notice; the "
            "claimed action date is 48 h from 2026-11-26 08:08 UTC -> 2026-11-28 (before the "
            "claimed Dec 1 price date)."))

add("097-msp-relay-price-change-ja.eml",
    frm=("クラウド運用サポート", "noreply@msp-support.example.jp"), to=TO_JA,
    subject="【AWS通知】AWS Marketplace Price Change Notification (価格変更)",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-10-05 09:45:00 +0900",
    auth_results=auth(domain="msp-support.example.jp", mailfrom="msp-support.example.jp",
                      mx="mx.example.co.jp"),
    body="""\
お客様各位

AWS より下記の価格変更通知が届きましたのでお知らせします。

対象 AWS アカウント: 6022-1407-6112
製品: Example Secure Gateway (出品者: Example Networks Inc.)
新価格の適用開始: January 1, 2027
 c6i.large  $0.12/hr → $0.15/hr
 c6i.xlarge $0.24/hr → $0.30/hr

継続利用の場合、ご対応は不要です。解約をご希望の場合は、新価格の適用開始前に
弊社窓口までご連絡ください。

--
クラウド運用サポートデスク
""",
    label=L("pricing", ["MARKETPLACE"], ["602214076112"], [], "2027-01-01", "unverified", False,
            "Japanese MSP relay of 090; account in dashed form 6022-1407-6112; price effective "
            "January 1, 2027 (the change date; no action needed). Unverified MSP sender."))


# ==========================================================================
# BILLING
# ==========================================================================

add("100-budgets-actual-threshold.eml",
    frm=AWS_BUDGETS, to=TO_BILL,
    subject="AWS Budgets: Monthly-Prod-Budget has exceeded your alert threshold",
    date="2026-11-19 06:41:10 +0000",
    auth_results=auth(domain="costalerts.amazonaws.com", mailfrom="amazonses.com"),
    body="""\
Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your
Monthly-Prod-Budget budget is greater than 80.00% for the current month.
The ACTUAL Cost associated with this budget is $8,412.77. You can find
additional details below and by accessing the AWS Budgets dashboard [1].

Budget Name:           Monthly-Prod-Budget
Budget Type:           Cost
Budgeted Amount:       $10,000.00
Alert Type:            ACTUAL
Alert Threshold:       > 80.00%
ACTUAL Amount:         $8,412.77
AWS Account:           314159265358

[1] https://console.aws.amazon.com/billing/home#/budgets
""",
    label=L("billing", ["BILLING"], ["314159265358"], [], None, "verified", False,
            "AWS Budgets actual-cost threshold alert from costalerts.amazonaws.com; no date. Shape: "
            "AWS Budgets notification layout (AWS Budgets docs; oneuptime.com budget alert post)."))

add("101-budgets-forecast.eml",
    frm=AWS_BUDGETS, to=TO_BILL,
    subject="AWS Budgets: Sandbox-Accounts is forecasted to exceed your alert threshold",
    date="2026-10-10 06:40:02 +0000",
    auth_results=auth(domain="costalerts.amazonaws.com", mailfrom="amazonses.com"),
    body="""\
Dear AWS Customer,

You asked us to alert you when the FORECASTED Cost of your Sandbox-Accounts
budget is greater than 100.00% of the budgeted amount for the current
month. The FORECASTED Cost for this budget is now $1,367.20.

Budget Name:           Sandbox-Accounts
Budget Type:           Cost
Budgeted Amount:       $1,000.00
Alert Type:            FORECASTED
Alert Threshold:       > 100.00%
FORECASTED Amount:     $1,367.20
Linked accounts:       161803398874, 141421356237

Review the budget in the AWS Budgets dashboard:
https://console.aws.amazon.com/billing/home#/budgets
""",
    label=L("billing", ["BILLING"], ["141421356237", "161803398874"], [], None, "verified", False,
            "Forecast budget alert naming two linked accounts; no date. Shape: AWS Budgets alert "
            "emails (Budgets docs)."))

add("102-free-tier-usage-alert.eml",
    frm=AWS_NOREPLY, to="new-dev-account@example.com",
    subject="AWS Free Tier limit alert",
    date="2026-10-18 13:30:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Your AWS account 652103987421 has used more than 85% of the AWS Free Tier
limit for one or more services this month.

Product                 Usage type                         Free Tier limit   Usage so far
Amazon Elastic Compute  USW2-BoxUsage:t3.micro             750 Hrs           652 Hrs
Amazon Virtual Private  USW2-PublicIPv4:InUseAddress       750 Hrs           690 Hrs

Usage above the Free Tier limit is charged at the standard On-Demand rate.
To see your Free Tier usage, open the Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/freetier

To stop receiving these alerts, change your Billing preferences.

""" + AWS_FOOTER + "\n",
    label=L("billing", ["BILLING", "EC2", "VPC"], ["652103987421"], [], None, "verified", False,
            "Free Tier 85% usage alert, no date; usage types carry a region prefix (USW2) but no "
            "resource region is stated - left empty (unsure). Shape: Free Tier alert docs "
            "(tracking-free-tier-usage) and repost public IPv4 free tier article."))

add("103-billing-statement-available.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Amazon Web Services Billing Statement Available [Account: 602214076112]",
    date="2026-11-03 05:15:00 +0000",
    auth_results=A_PASS,
    body="""\
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the
AWS web site. Your account will be charged the following:

Total: $4,218.55

Billing period: October 1 - October 31, 2026
Invoice number: 2471358903

You can see a complete breakdown of all charges on the Bills page of the
Billing and Cost Management console:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc.,
410 Terry Avenue North, Seattle, WA 98109-5210, USA.
""",
    label=L("billing", ["BILLING"], ["602214076112"], [], None, "verified", False,
            "Monthly statement; 10-digit invoice number is not an account. Shape: genuine statement "
            "subject mimicked in abnormal.ai 'Fake Amazon Web Services Billing Notification'."))

add("104-account-past-due.eml",
    frm=("AWS Receivables Support", "aws-receivables-support@email.amazon.com"), to=TO_BILL,
    subject="Your AWS Account is Past Due",
    date="2026-11-20 16:16:16 +0000",
    auth_results=auth(domain="email.amazon.com", mailfrom="amazonses.com"),
    body="""\
Hello,

We were unable to charge the payment method on file for AWS account
736512904418, and your account now has a past-due balance of $1,932.40 for
the invoice dated October 2, 2026.

Please update your payment method or pay the balance by Dec 1, 2026. If we
do not receive payment by then, we may suspend the account, which can
interrupt your services.

Pay now or update your payment method:
https://console.aws.amazon.com/billing/home#/paymentmethods

If you have already paid, please ignore this message. Questions? Contact us
through the AWS Support Center or by phone at +1-206-266-4064.

AWS Receivables Support
""",
    label=L("billing", ["BILLING"], ["736512904418"], [], "2026-12-01", "verified", False,
            "Past-due balance with an explicit pay-by date 'Dec 1, 2026' (so not null); Oct 2 is "
            "a past invoice date. Phone number is not an account. Shape: AWS receivables "
            "past-due emails (az-liftshift.com account-hack story; our wording)."))

add("105-cost-anomaly-detected.eml",
    frm=("AWS Cost Anomaly Detection", "no-reply@costalerts.amazonaws.com"), to=TO_BILL,
    subject="AWS Cost Anomaly Detection: 1 new anomaly detected for monitor Services-Monitor",
    date="2026-10-25 11:02:03 +0000",
    auth_results=auth(domain="costalerts.amazonaws.com", mailfrom="amazonses.com"),
    body="""\
Hello,

AWS Cost Anomaly Detection found a new cost anomaly.

Monitor:              Services-Monitor (AWS services)
Account:              271828182845
Service:              Amazon CloudWatch
Region:               eu-west-1
Anomaly start date:   October 23, 2026
Total impact:         $642.18 (expected $35.00)
Root cause:           usage type EU-DataProcessing-Bytes (Logs ingestion)

Review the anomaly in the console:
https://console.aws.amazon.com/cost-management/home#/anomaly-detection

You are receiving this alert because you subscribed to this monitor.
""",
    label=L("billing", ["BILLING", "CLOUDWATCH"], ["271828182845"], ["eu-west-1"], None, "verified", False,
            "Cost anomaly alert (billing), anomaly start date is past, no action date. Shape: AWS "
            "Cost Anomaly Detection alert emails; our wording."))

add("106-invoice-ja.eml",
    frm=("アマゾン ウェブ サービス ジャパン", "aws-billing-jp@amazon.com"), to=TO_JA,
    subject="アマゾン ウェブ サービスのご請求書 (2026年10月分) を発行しました",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-03 14:05:00 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

AWS アカウント 975310864200 の 2026年10月分のご請求書を発行しました。

  ご請求金額: 312,480 円 (消費税 28,407 円を含む)
  請求期間: 2026年10月1日 ～ 2026年10月31日
  お支払い方法: 請求書払い (銀行振込)
  お支払期日: 2026年12月1日

請求書は Billing and Cost Management コンソールの [請求書] ページから
ダウンロードできます。

お問い合わせ: AWS サポートセンター [アカウントおよび請求]

アマゾン ウェブ サービス ジャパン合同会社
""",
    label=L("billing", ["BILLING"], ["975310864200"], [], "2026-12-01", "verified", False,
            "Japanese invoice with a payment due date 2026年12月1日 (an explicit action date, so "
            "not null). Shape: AWS Japan invoice emails (our wording)."))

add("107-phish-billing-statement.eml",
    frm=("Amazon Web Services", "aws-billing@amazonwebservices-billing.net"), to=TO_BILL,
    subject="Amazon Web Services Billing Statement Available",
    date="2026-11-04 07:07:07 +0000",
    auth_results=auth(result="fail", domain="amazonwebservices-billing.net",
                      mailfrom="amazonwebservices-billing.net", spf="pass", dkim="fail"),
    msgid="<stmt.20261104070707@amazonwebservices-billing.net>",
    html="""\
<html><body>
<p>Greetings from Amazon Web Services,</p>
<p>This e-mail confirms that your latest billing statement is available.
Your account will be charged the following:</p>
<p><b>Total: $18.60</b></p>
<p>Your payment could not be processed. To avoid suspension of your services,
verify your billing details on the
<a href="https://amazonwebservices-billing.net/billing/verify">Billing &amp; Cost Management page</a>.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</body></html>
""",
    label=L("billing", ["BILLING"], [], [], None, "suspicious", False,
            "HTML-only copy of the genuine statement subject from amazonwebservices-billing.net, "
            "DKIM/DMARC fail, link to a fake billing page. Shape: abnormal.ai 'Fake Amazon Web "
            "Services Billing Notification Used in Credential Theft Attempt' ($18.60)."))

add("108-phish-payment-ja.eml",
    frm=("AWS 請求チーム", "billing@awsjapan-billing.com"), to=TO_JA,
    subject="【AWS】お支払い情報の確認が必要です",
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    date="2026-10-21 12:34:56 +0900",
    auth_results=auth(result="fail", domain="awsjapan-billing.com", mailfrom="awsjapan-billing.com",
                      dkim="none", mx="mx.example.co.jp"),
    msgid="<20261021123456.aa01@awsjapan-billing.com>",
    body="""\
お客様

ご登録のクレジットカードでの AWS ご利用料金のお支払いが完了できませんでした。

24 時間以内にお支払い情報を更新いただけない場合、すべての AWS サービスが
停止されます。

お支払い情報の更新: https://awsjapan-billing.com/payment/update

AWS 請求チーム
""",
    label=L("billing", ["BILLING"], [], [], "2026-10-22", "suspicious", False,
            "Japanese payment phishing (ISO-2022-JP) from awsjapan-billing.com, DMARC fail; claimed "
            "'24 時間以内' from 2026-10-21 12:34 JST -> 2026-10-22. Shape: public-samples/eml/045 "
            "(payment revision lure) in Japanese."))

add("109-phish-action-require-typo.eml",
    frm=("Amazon Web Service", "service@amazon-aws-account.info"), to=TO_ROOT,
    subject="[Action Require] Your AWS account will be closed - update payment information",
    date="2026-11-15 22:22:22 +0000",
    auth_results=auth(result="fail", domain="amazon-aws-account.info", mailfrom="amazon-aws-account.info",
                      spf="fail", dkim="none"),
    msgid="<CAF7x9Qa1-upd-2026@mail.gmail.example>",
    body="""\
Dear customer,

We are having trouble with authorizing your payment for Amazon Web Services.
Please verify or update your payment method before Dec 1, 2026, otherwise
your AWS account will be closed and your data removed.

Update payment method:
https://script.example-macros.test/s/AKfycbw-aws-billing/exec

Amazon Web Services Customer Support
""",
    label=L("billing", ["BILLING"], [], [], "2026-12-01", "suspicious", False,
            "Misspelt '[Action Require]' payment lure from amazon-aws-account.info, SPF fail; "
            "categorised by its claim (billing/payment) with claimed date Dec 1, 2026. Shape: "
            "public-samples/eml/045 ('[Action Needed] Revise Payment Information')."))


# ==========================================================================
# INFORMATIONAL
# ==========================================================================

add("110-workspaces-streaming-protocol-ga.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="WorkSpaces Streaming Protocol is Generally Available for Production Use",
    date="2026-10-06 16:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

You are receiving this email because you use Amazon WorkSpaces in AWS
account 118755001234.

The latest release of the Amazon DCV streaming protocol for WorkSpaces
(formerly WorkSpaces Streaming Protocol, WSP) is now generally available
for production use on Windows, Amazon Linux 2023 and Ubuntu bundles. It adds
smooth webcam redirection, multi-monitor support up to 4K and improved
performance on high-latency networks.

You can migrate existing PCoIP WorkSpaces to DCV with the Modify Protocol
action, or choose a DCV bundle for new WorkSpaces. PCoIP remains supported.

Learn more: https://docs.aws.amazon.com/workspaces/latest/adminguide/amazon-workspaces-protocols.html

""" + AWS_FOOTER + "\n",
    label=L("informational", ["WORKSPACES"], ["118755001234"], [], None, "verified", False,
            "General availability announcement, nothing to do. Subject from DESIGN.md; protocol facts "
            "from the WorkSpaces networking/protocols page."))

add("111-documentdb-default-engine-version.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon DocumentDB to update default engine version to 8.0",
    date="2026-11-10 18:18:18 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Starting December 7, 2026, new Amazon DocumentDB (with MongoDB
compatibility) clusters that you create without specifying an engine
version will use engine version 8.0 instead of 5.0.

This change affects only new clusters created through the console, AWS CLI,
SDKs or AWS CloudFormation templates that omit EngineVersion. Existing
clusters are not changed. If your automation depends on version 5.0, set
EngineVersion explicitly.

""" + AWS_FOOTER + "\n",
    label=L("informational", ["DOCDB"], [], [], None, "verified", False,
            "Default-version change for new clusters only; existing clusters untouched -> "
            "informational; the effective date is not an action date (null). Subject form from "
            "DESIGN.md ('... to 4.0.0')."))

add("112-securityhub-finding-type-names.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="Notification on changes to the names of finding types in AWS Security Hub",
    date="2026-10-27 17:40:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

You are receiving this message because AWS Security Hub is enabled in AWS
account 905531278114.

On November 30, 2026 we will rename some finding types produced by AWS
Foundational Security Best Practices controls, so that they follow the
namespace/category/classifier format consistently. For example,
"Software and Configuration Checks/Industry and Regulatory Standards/AWS-Foundational-Security-Best-Practices"
becomes "Software and Configuration Checks/AWS Security Best Practices".

Finding IDs, control IDs and severities do not change. If EventBridge rules,
automation rules or SIEM filters match on the old type names, you may want
to review them.

""" + AWS_FOOTER + "\n",
    label=L("informational", ["SECURITYHUB"], ["905531278114"], [], None, "verified", False,
            "Naming change with an optional review; no required action -> informational, null "
            "deadline (unsure: a reader relying on the names might treat Nov 30 as an action "
            "date). Subject from DESIGN.md."))

add("113-health-user-notifications-delivery.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Notification] AWS Health emails are now delivered through AWS User Notifications",
    date="2026-10-01 12:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Emails about AWS Health events for AWS account 652103987421 are now sent by
AWS User Notifications from the address health@aws.com, in HTML format. The
subject of each email ends with the account ID and, where it applies, the
Region, for example "[AWS Account: 652103987421] [US-EAST-1]".

If you filter or forward these emails with mailbox rules, check that your
rules match the new sender address. You can choose which Health
notifications you receive on the managed notifications page:
https://console.aws.amazon.com/notifications/home#/managed-notifications

""" + AWS_FOOTER + "\n",
    label=L("informational", ["HEALTH"], ["652103987421"], [], None, "verified", False,
            "Announcement of the health@aws.com delivery change; the '[US-EAST-1]' is an example of "
            "subject format, not an affected region. Shape: banner quoted in "
            "CredentialEngine/CredentialRegistry#902 and hashicorp/terraform-provider-aws#40292."))

add("114-ecs-docker-hub-rate-limits.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Important Notification] Advice for customers using ECS to deal with newly introduced Docker Hub rate limits",
    date="2026-11-02 15:30:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Docker, Inc. has announced lower pull rate limits for unauthenticated
requests to Docker Hub. Amazon ECS tasks and EKS pods that pull public
images from Docker Hub without credentials, especially through a shared NAT
gateway address, may see "toomanyrequests" errors and fail to start.

We suggest that you:
  - find task definitions that reference Docker Hub images without a
    registry prefix (for example "nginx:latest");
  - copy the images you need to Amazon ECR, or use the ECR pull through
    cache rule for Docker Hub;
  - or add Docker Hub credentials to your tasks through AWS Secrets Manager.

The ECS agent itself is not affected; agent updates are downloaded from
Amazon S3.

More: https://repost.aws/knowledge-center/ecs-pull-container-error-rate-limit

""" + AWS_FOOTER + "\n",
    label=L("informational", ["ECS"], [], [], None, "verified", False,
            "Advice about a third-party change, no required action or date -> informational. "
            "Subject from DESIGN.md; content after aws.amazon.com/blogs/containers 'Advice for "
            "customers dealing with Docker Hub rate limits' and repost ecs-pull-container-error."))

add("115-osaka-region-feature-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="【お知らせ】アジアパシフィック (大阪) リージョンで Amazon Bedrock が利用可能になりました",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-18 11:11:11 +0900",
    auth_results=A_PASS_JA,
    body="""\
お客様

アジアパシフィック (大阪) リージョンで Amazon Bedrock がご利用いただけるように
なりました。大阪リージョンのデータ所在要件があるワークロードでも、生成 AI
アプリケーションを構築できます。

料金や利用可能なモデルの詳細は、Amazon Bedrock の料金ページをご覧ください。

本メールは、AWS からのお知らせの受信を設定しているお客様にお送りしています。
配信設定の変更: https://aws.amazon.com/jp/email-preferences/

""" + JA_FOOTER + "\n",
    label=L("informational", ["BEDROCK"], [], [], None, "verified", False,
            "Japanese regional launch announcement; the Osaka region is the subject of the news, "
            "not a resource of the reader -> no regions. Shape: AWS Japan announcement emails."))

add("116-generic-aws-notification-support-plan.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="AWS Notification",
    date="2026-10-08 20:20:20 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

This confirms that the support plan for AWS account 555000111222 changed
from Developer to Business on October 8, 2026. The new plan is billed from
that date, prorated for the rest of the month.

You can now open technical cases with a 1-hour response time for production
system down issues, use the full set of AWS Trusted Advisor checks and call
the AWS Health API.

Manage your support plan: https://console.aws.amazon.com/support/plans/home

""" + AWS_FOOTER + "\n",
    label=L("informational", ["SUPPORT"], ["555000111222"], [], None, "verified", False,
            "Same generic subject as 076 ('AWS Notification') but a plain confirmation of a "
            "support-plan change -> informational; the two must stay separate groups."))

add("117-sns-subscription-confirmation-scam-topic.eml",
    frm=("AWS Notifications", "no-reply@sns.amazonaws.com"), to=TO_OPS,
    subject="AWS Notification - Subscription Confirmation",
    date="2026-11-14 03:03:03 +0000",
    auth_results=auth(domain="sns.amazonaws.com", mailfrom="amazonses.com"),
    body="""\
You have chosen to subscribe to the topic:
arn:aws:sns:us-east-2:649215803377:Your-AWS-refund-of-489-USD-is-ready-call-1-888-555-0179-to-claim

To confirm this subscription, click or visit the link below (If this was in error no action is necessary):
https://sns.us-east-2.amazonaws.com/confirmation.html?TopicArn=arn:aws:sns:us-east-2:649215803377:Your-AWS-refund-of-489-USD-is-ready-call-1-888-555-0179-to-claim&Token=2336412f37fb687f5d51e6e2425a8a5875e3b5f1

Please do not reply directly to this email. If you wish to remove yourself from receiving all future SNS subscription confirmation requests please send an email to sns-opt-out
""",
    label=L("informational", ["SNS"], ["649215803377"], ["us-east-2"], None, "verified", False,
            "Genuine SNS subscription confirmation (sender and DKIM are AWS, so trust=verified by "
            "the rules) whose topic NAME is a refund scam with a phone number; the account is a "
            "stranger's, named in the topic ARN. Unsure: verified by rule although the content is "
            "a lure. Shape: bostonmit.com 'When the phishing email is actually from Amazon: AWS SNS "
            "abuse in the wild'."))

add("118-phish-reinvent-free-pass.eml",
    frm=("AWS Events", "events@awsevents-registration.co"), to=TO_OPS,
    subject="You're invited: free full conference pass to AWS re:Invent 2026",
    date="2026-10-11 10:10:10 +0000",
    auth_results=auth(result="fail", domain="awsevents-registration.co",
                      mailfrom="awsevents-registration.co", dkim="none"),
    msgid="<inv-2026-aa7c@awsevents-registration.co>",
    body="""\
Hello,

As a valued AWS customer you have been selected for a free full conference
pass to AWS re:Invent 2026 in Las Vegas, November 30 - December 4, 2026.

Claim your pass by signing in with your AWS account:
https://awsevents-registration.co/reinvent/claim

AWS Events Team
""",
    label=L("informational", [], [], [], None, "suspicious", False,
            "Event-invitation lure from a look-alike domain (DMARC fail) asking for AWS sign-in; "
            "categorised by what it claims (an announcement/invitation). re:Invent dates are not "
            "deadlines."))

add("119-new-region-ready-info.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="AWS Notification - New AWS Region now open: Asia Pacific (Taipei)",
    date="2026-10-22 02:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

The Asia Pacific (Taipei) Region (ap-east-2) is now generally available.
New AWS accounts can use it immediately; for existing accounts the Region
is opt-in and must be enabled on the Account page of the console before
use.

Services available at launch include Amazon EC2, Amazon S3, Amazon RDS,
AWS Lambda and Amazon EKS. See the Regional services list for details.

""" + AWS_FOOTER + "\n",
    label=L("informational", [], [], [], None, "verified", False,
            "New Region announcement; the Region named is news, not an affected resource -> no "
            "regions; no account. Our wording after AWS Region launch announcements."))


# ==========================================================================
# MORE (mixed categories)
# ==========================================================================

add("120-abuse-ec2-old-subject-smtp.eml",
    frm=AWS_ABUSE_OLD, to=TO_ROOT,
    subject="Your Amazon EC2 Abuse Report [19020011873]",
    date="2026-11-17 10:45:09 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We've received a report that your EC2 instance

AWS ID: 826194035582    Region: us-west-2    EC2 Instance Id: i-05e4d3c2b1a098f76 [44.231.17.9]

sent unsolicited email through port 25 to mailboxes hosted by the reporter.
Sending unsolicited bulk email from AWS resources violates the AWS
Acceptable Use Policy (https://aws.amazon.com/aup/).

Please stop the activity and reply to this email with details of the
corrective actions you have taken. If you do not consider the activity to
be abusive, please reply with details of your use case.

If you are unaware of the activity, your instance may have been
compromised, for example through an outdated web application.

Original report (excerpt):
  Received: from ip-172-31-20-14.us-west-2.compute.internal (44.231.17.9)
  Subject: Your parcel is waiting - confirm delivery fee
  Complaint feedback ID: 4f7e1a90-c2d3-4b5a-8e6f-7a8b9c0d1e2f

Regards,
Amazon EC2 Abuse Team
""",
    label=L("abuse", ["EC2"], ["826194035582"], ["us-west-2"], None, "verified", False,
            "Older subject form 'Your Amazon EC2 Abuse Report'; spam from an instance; no reply-by "
            "date -> null. Shape: cloudpack.media/24962 (subject) and ideachain#2147 body."))

add("121-msp-relay-abuse-ja.eml",
    frm=("クラウド運用サポート", "noreply@msp-support.example.jp"), to=TO_JA2,
    subject="【AWS通知】不正利用レポート (Your AWS Abuse Report [19024467120] [AWS ID 652103987421])",
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    date="2026-11-24 15:20:00 +0900",
    auth_results=auth(domain="msp-support.example.jp", mailfrom="msp-support.example.jp",
                      mx="mx.example.co.jp"),
    body="""\
お客様各位

AWS Trust & Safety チームより、お客様の AWS アカウントのリソースに関する
不正利用レポートが届きました。

  AWS アカウント: 652103987421
  リージョン: ap-southeast-1
  リソース: EC2 インスタンス i-0123abcd4567ef890 (13.250.7.33)
  報告内容: 外部ホストに対する DoS 攻撃

AWS への回答期限は 2026年11月27日 です。原因の調査と対処を行い、対応内容を
弊社窓口までご連絡ください。弊社から AWS へ英語で回答いたします。
回答がない場合、AWS によりインスタンスの通信遮断やアカウント停止が行われる
ことがあります。

--
クラウド運用サポートデスク (03-5555-0123)
""",
    label=L("abuse", ["EC2"], ["652103987421"], ["ap-southeast-1"], "2026-11-27", "unverified", False,
            "Japanese MSP relay (ISO-2022-JP) of a DoS abuse report; AWS reply deadline "
            "2026年11月27日; unverified sender. Shape: nhn-techorus.zendesk.com FAQ on relaying "
            "'Your AWS Abuse Report'."))

add("122-irregular-activity-reminder.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Reminder: Action Required: Irregular activity in your AWS account: 420133700420",
    date="2026-10-19 08:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Dear AWS Customer,

We are following up because your AWS account 420133700420 may still be
compromised. On October 16, 2026 we told you about irregular activity and
limited the account's ability to launch new resources.

We have not yet received a reply to the support case. Unless you secure the
account and contact us by October 21, 2026, we will suspend the account to
protect you from further charges.

The steps in our first notice still apply: change the root password and
enable MFA, remove access keys and IAM identities you did not create, delete
unauthorized resources in every Region, and reply to the support case.

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["IAM"], ["420133700420"], [], "2026-10-21", "verified", True,
            "'Reminder:' of 012; Oct 16 is the past first notice; contact 'by October 21, 2026'. "
            "Shape: follow-up notice at www.ryanwomack.com/amazon_message."))

add("123-apigateway-tls12-custom-domains.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Action Required] Amazon API Gateway custom domain names must use the TLS_1_2 security policy",
    date="2026-11-19 16:30:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

The following Amazon API Gateway custom domain names in AWS account
210987654321 still use the TLS_1_0 security policy, which accepts TLS 1.0
and TLS 1.1 connections:

  api.partner-example.com  (eu-west-2, Regional)
  legacy.partner-example.com  (eu-west-2, Edge-optimized)

On 2027-03-31 API Gateway will move all remaining custom domain names to
the TLS_1_2 security policy. Clients that cannot negotiate TLS 1.2 or later
will then fail to connect.

Update the security policy of these domain names yourself before
2027-03-31 after checking your clients, with the console or with
aws apigateway update-domain-name.

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["APIGATEWAY"], ["210987654321"], ["eu-west-2"], "2027-03-31", "verified",
            False,
            "Forced TLS policy change on 2027-03-31 with customer action requested before it. Our "
            "wording after AWS TLS 1.2 endpoint migration notices."))

add("124-redshift-dc2-migration.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Action Required] Migrate Amazon Redshift DC2 clusters to RA3 or Amazon Redshift Serverless",
    date="2026-10-30 19:19:19 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

AWS account 739104826553 has Amazon Redshift provisioned clusters that use
DC2 node types in Asia Pacific (Sydney):

  arn:aws:redshift:ap-southeast-2:739104826553:namespace:3c1e5a7b-9d2f-4b6c-8e0a-1f3d5b7c9e2a (cluster bi-warehouse, 4 x dc2.large)

DC2 node types reach end of support on March 31, 2027. After that date
you can no longer create or resize DC2 clusters, and existing DC2 clusters
are upgraded to RA3 during a maintenance window starting April 15, 2027.

Plan the migration to RA3 nodes or Redshift Serverless before March 31,
2027. Elastic resize to RA3 usually completes in minutes.

""" + AWS_FOOTER + "\n",
    label=L("action-required", ["REDSHIFT"], ["739104826553"], ["ap-southeast-2"], "2027-03-31",
            "verified", False,
            "Node-type end of support with a two-date timeline (Mar 31 / Apr 15, 2027), earliest "
            "2027-03-31; region by name 'Asia Pacific (Sydney)' and in the ARN. Fictional "
            "retirement in the style of AWS instance-family retirement notices."))

add("125-kms-imported-key-material-expiring.eml",
    frm=AWS_HEALTH, to=TO_SEC,
    subject="[Action Required] Imported key material for AWS KMS key expires on December 14, 2026 [AWS Account: 161803398874] [EU-WEST-1]",
    date="2026-11-14 09:00:00 +0000",
    auth_results=A_PASS_HEALTH,
    body="""\
Hello,

The key material that you imported into the following AWS KMS key expires
on December 14, 2026 at 00:00 UTC:

  arn:aws:kms:eu-west-1:161803398874:key/6b2d8f4a-1c3e-4a5b-9d7f-2e4c6a8b0d1f (alias/payments-signing)

When the key material expires, AWS KMS deletes it and the key becomes
unusable: encrypt, decrypt and sign requests fail until you import the same
key material again. Import the key material again with a later expiration
date, or set it not to expire, before December 14, 2026.

%s
""" % health_footer("arn:aws:health:eu-west-1::event/KMS/AWS_KMS_IMPORTED_KEY_MATERIAL_EXPIRING/"
                     "AWS_KMS_IMPORTED_KEY_MATERIAL_EXPIRING_2b7f1d9c3e5a"),
    label=L("action-required", ["KMS"], ["161803398874"], ["eu-west-1"], "2026-12-14", "verified", False,
            "Customer must re-import key material before December 14, 2026. health@aws.com format "
            "with event ARN link. Our wording after KMS imported key material documentation."))

add("126-ec2-system-reboot-health-block.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="[Maintenance] Amazon EC2 scheduled system reboot",
    date="2026-11-05 21:05:21 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

One or more of your Amazon EC2 instances in AWS account 357902468013 are
scheduled for a system reboot while AWS performs maintenance on the
underlying host. The instances keep their data and IP addresses.

Affected instances (us-east-2):
  i-0fedcba9876543210

Event details
  Event type:    AWS_EC2_SYSTEM_REBOOT_MAINTENANCE_SCHEDULED
  Start time:    Tue, 1 Dec 2026 07:00:00 GMT
  End time:      Tue, 1 Dec 2026 09:00:00 GMT
  Last updated:  Thu, 5 Nov 2026 21:00:00 GMT

You can reschedule the reboot to a date up to December 8, 2026 from the
Events page of the EC2 console.

""" + AWS_FOOTER + "\n",
    label=L("maintenance", ["EC2"], ["357902468013"], ["us-east-2"], "2026-12-01", "verified", False,
            "Scheduled system reboot on Dec 1, 2026 (Start time of a scheduled change = when it "
            "happens); 'Last updated' is a past date; the reschedule limit Dec 8 is optional. "
            "Shape: EC2 scheduled events guide and Health event fields (public-samples/health)."))

add("127-cloudwatch-vended-logs-price.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="[Notification] Price change for Amazon CloudWatch vended logs delivered to Amazon S3",
    date="2026-11-23 18:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

From January 1, 2027, the price for vended logs (such as VPC Flow Logs and
Amazon Route 53 Resolver query logs) delivered directly to Amazon S3 changes
from tiered per-GB pricing to a flat $0.20 per GB in all commercial Regions.

Based on your usage in October 2026, the charges for AWS account
298301557764 would decrease by about 12%.

No action is required.

""" + AWS_FOOTER + "\n",
    label=L("pricing", ["CLOUDWATCH"], ["298301557764"], [], "2027-01-01", "verified", False,
            "Price change effective January 1, 2027, no action. Fictional change in the style of "
            "AWS '[Notification]' pricing emails."))

add("128-savings-plan-expiring.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Your Savings Plan expires in 7 days",
    date="2026-11-23 12:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

The following Savings Plan in AWS account 314159265358 expires on
November 30, 2026:

  Savings Plan ID:   b5c2f3e1-7a9d-4c6b-8e0f-1d3a5c7e9b2d
  Type:              Compute Savings Plan, 1 year, No Upfront
  Commitment:        $12.50/hour

After it expires, usage it covered is charged at On-Demand rates. To avoid
that, queue a renewal before November 30, 2026 from the Savings Plans page
of the Billing and Cost Management console.

""" + AWS_FOOTER + "\n",
    label=L("billing", ["BILLING"], ["314159265358"], [], "2026-11-30", "verified", False,
            "Billing notice with an explicit 'queue a renewal before November 30, 2026' -> "
            "deadline set. Our wording after Savings Plans expiration alerts."))

add("129-promotional-credits-expiring.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Your AWS Promotional Credits will expire soon",
    date="2026-11-01 10:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

AWS account 298301557764 has $3,210.44 of AWS Promotional Credit remaining
from the code ACTIVATE-2025-STARTUP. The credit expires on December 31,
2026; any balance left after that date is forfeited.

You can see your credit balance on the Credits page of the Billing and Cost
Management console.

""" + AWS_FOOTER + "\n",
    label=L("billing", ["BILLING"], ["298301557764"], [], None, "verified", False,
            "Credit expiry is a date but not an action the reader must take -> null for billing "
            "(unsure: some readers would track Dec 31). Our wording."))

add("130-welcome-new-account.eml",
    frm=AWS_NOREPLY, to="new-dev-account@example.com",
    subject="Welcome to Amazon Web Services",
    date="2026-10-03 08:30:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Thank you for creating an Amazon Web Services account. Your account ID is
652103987421. You can now sign in to the AWS Management Console and use
AWS services.

Get started:
  - Secure the root user with multi-factor authentication.
  - Create an administrative user in IAM Identity Center for daily work.
  - Set up AWS Budgets to track spending.

Customer service: +1-206-266-4064 or https://console.aws.amazon.com/support

""" + AWS_FOOTER + "\n",
    label=L("informational", [], ["652103987421"], [], None, "verified", False,
            "Account welcome email; recommendations but no required action; phone number is not "
            "an account. Our wording."))

add("131-ecs-agent-security-bulletin.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="AWS Security Bulletin: Amazon ECS container agent CVE-2026-24816",
    date="2026-11-11 23:00:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

AWS is aware of an issue (CVE-2026-24816) in the Amazon ECS container agent
versions 1.86.0 to 1.89.1 that could allow a container with host network
mode to read the task role credentials of other tasks on the same container
instance.

Your AWS account 508920331667 has ECS container instances running affected
agent versions in us-east-1 and eu-central-1.

Agent version 1.89.2 fixes the issue. We recommend updating the agent on
these instances, or replacing them with the latest ECS-optimized AMI, as
soon as possible. AWS Fargate tasks are not affected.

Security bulletin: https://aws.amazon.com/security/security-bulletins/

""" + AWS_FOOTER + "\n",
    label=L("security-advisory", ["ECS"], ["508920331667"], ["eu-central-1", "us-east-1"], None, "verified",
            False,
            "Vulnerability advisory with a recommended update, no date. Fictional CVE in the style "
            "of AWS security bulletins."))

add("132-ses-dkim-1024-advisory.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="Amazon SES: some sending identities still sign with 1024-bit DKIM keys",
    date="2026-10-14 15:45:00 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

The following Amazon SES identities in AWS account 298301557764 use Easy
DKIM with 1024-bit RSA keys:

  mail.example-store.com  (Europe (Frankfurt))
  notify.example-store.com  (Europe (Frankfurt))

Mailbox providers increasingly expect 2048-bit keys. We recommend switching
these identities to 2048-bit Easy DKIM keys in the SES console; SES rotates
the DNS records for you after you publish the new CNAME records.

This is a recommendation; your current signing keeps working.

""" + AWS_FOOTER + "\n",
    label=L("security-advisory", ["SES"], ["298301557764"], ["eu-central-1"], None, "verified", False,
            "Weak-key configuration to review, recommendation only; region by name 'Europe "
            "(Frankfurt)'. Our wording after SES Easy DKIM key length documentation."))

add("133-html-only-health-eks-lifecycle.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="[Action Required] Amazon EKS Kubernetes 1.34 end of standard support [AWS Account: 298301557764] [AP-SOUTHEAST-2]",
    date="2026-10-01 17:26:44 +0000",
    auth_results=A_PASS_HEALTH,
    html=health_html(
        "Amazon EKS Kubernetes 1.34 end of standard support",
        ["[AWS Health may send this notification again as a reminder while affected resources remain "
         "unresolved.]",
         "Standard support for Kubernetes version 1.34 in Amazon EKS ends on December 2, 2026. "
         "Clusters with the EXTENDED version policy then enter extended support, which lasts until "
         "December 2, 2027.",
         "AWS account 298301557764 has EKS clusters on Kubernetes 1.34 in Asia Pacific (Sydney):<br>"
         "arn:aws:eks:ap-southeast-2:298301557764:cluster/example1<br>"
         "arn:aws:eks:ap-southeast-2:298301557764:cluster/example3"],
        "arn:aws:health:ap-southeast-2::event/EKS/AWS_EKS_PLANNED_LIFECYCLE_EVENT/"
        "AWS_EKS_PLANNED_LIFECYCLE_EVENT_Example1"),
    label=L("action-required", ["EKS"], ["298301557764"], ["ap-southeast-2"], "2026-12-02", "verified", False,
            "HTML-only health@aws.com message (text must come from HTML); same EKS event as 033 but "
            "a different account and region. Shape: public-samples/health/074.json (AWS Health "
            "User Guide EKS lifecycle example) and CredentialRegistry#1066."))

add("134-phish-aws-notification-generic.eml",
    frm=("AWS Notification", "notification@aws-alerts-center.com"), to=TO_ROOT,
    subject="AWS Notification",
    date="2026-11-27 05:45:00 +0000",
    auth_results=auth(result="fail", domain="aws-alerts-center.com", mailfrom="aws-alerts-center.com",
                      dkim="none"),
    msgid="<n-20261127054500@aws-alerts-center.com>",
    body="""\
Hello,

Your AWS account has been flagged for a billing verification. Your
services will be interrupted on November 29, 2026 unless you confirm your
payment details.

Confirm payment details: https://aws-alerts-center.com/billing/confirm

AWS Billing
""",
    label=L("billing", ["BILLING"], [], [], "2026-11-29", "suspicious", False,
            "Same generic subject as 076/116 ('AWS Notification') from a look-alike domain with "
            "DMARC fail; claims a billing verification by November 29, 2026."))


# ==========================================================================
# writing and checking
# ==========================================================================

def main():
    """Write, check and count the notices of this folder (see corpus_common.write_batch)."""
    common.write_batch(HERE, MESSAGES, build=build, readme=README_TEMPLATE, sources=SOURCES,
                       label_keys=LABEL_KEYS, numbered=False, readme_extra=_readme_tables,
                       check=lambda spec, raw: common.check(spec, raw, msgid_digits=False))


SOURCES = [
    # (what was read, where) - shapes and facts only; all wording in the corpus is our own
    ("Abuse notice format ('AWS ID: ... Region: ... EC2 Instance Id: ...')",
     "https://github.com/scrapoxy/scrapoxy/issues/77, https://github.com/askmench/ideachain/issues/2147"),
    ("Abuse FINAL NOTIFICATION with blocked ports", "https://github.com/rdavydov/proxy-list/issues/4"),
    ("Abuse handling, 24-hour reply", "https://repost.aws/knowledge-center/aws-abuse-report, "
     "https://www.repost.aws/articles/ARi420OrIGR0y_9pOOker1QQ/abuse-notice-faqs, "
     "https://repost.aws/knowledge-center/report-aws-abuse"),
    ("Exposed access key subject and timeline",
     "https://xebia.com/blog/what-happens-when-you-leak-aws-credentials-and-how-aws-minimizes-the-damage/"),
    ("Exposed key notice text (old and new)", "https://github.com/luxifyit/luxify-staging/issues/66, "
     "https://github.com/GabInc/blobon/issues/545"),
    ("AWS response to exposed credentials (quarantine policy, support case)",
     "https://repost.aws/articles/ARoBXj63rWSt2Ww7XKlVV72g/how-aws-responds-to-exposed-credentials-and-how-you-can-protect-your-account"),
    ("'Suspicious activity in your AWS account' with contact-by date",
     "https://github.com/domits1/Domits/issues/1826"),
    ("'Irregular activity in your AWS account'", "https://github.com/dwyl/hq/issues/504"),
    ("Compromised-account follow-up ('within five (5) days')", "https://www.ryanwomack.com/amazon_message/"),
    ("Japanese reseller view of key-leak support cases",
     "https://dev.to/aws-builders/rethinking-what-you-need-to-do-when-your-access-keys-are-compromised-od7"),
    ("health@aws.com EKS end of standard support with [AWS Account: ...] [REGION] suffix",
     "https://github.com/CredentialEngine/CredentialRegistry/issues/1066, /982, /902"),
    ("Lambda end-of-support notices (Python 3.9, 3.6)",
     "https://github.com/ministryofjustice/modernisation-platform/issues/11291, "
     "https://github.com/data-dot-all/dataall/issues/1842, https://github.com/keatontaylor/alexa-actions/issues/273, "
     "https://github.com/aws-samples/iam-identity-center-team/issues/413, https://github.com/Chinmayamission/CFF/issues/297"),
    ("Lambda runtime support policy", "https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html"),
    ("AWS Health delivery through AWS User Notifications", "https://github.com/hashicorp/terraform-provider-aws/issues/40292, "
     "https://techblog.forgevision.com/entry/user-notifications-health-events"),
    ("AWS Health event ARN format", "https://docs.aws.amazon.com/health/latest/APIReference/API_Event.html"),
    ("EC2 retirement emails", "https://github.com/femiwiki/femiwiki/issues/24, "
     "https://github.com/MozillaFoundation/mofo-devops/issues/356, https://github.com/harmony-one/harmony-ops/issues/42, "
     "https://blog.cles.jp/item/10037, https://blog.denet.co.jp/ec2_retire/, https://cloudpack.media/1670"),
    ("EC2 retirement and scheduled events docs", "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-retirement.html, "
     "https://aws.amazon.com/premiumsupport/knowledge-center/ec2-instance-retirement/"),
    ("S3 public bucket notices", "https://github.com/femiwiki/femiwiki/issues/237, "
     "https://github.com/openaustralia/infrastructure/issues/140"),
    ("SES probation notice", "https://github.com/steedos/workflow/issues/1052"),
    ("ElastiCache Redis EOL emails", "https://github.com/wellcomecollection/platform/issues/5599, "
     "https://github.com/WikiWatershed/model-my-watershed/issues/3576"),
    ("RDS end of standard support / Extended Support", "https://github.com/ministryofjustice/cloud-platform/issues/7389, "
     "https://github.com/endoflife-date/endoflife.date/pull/10205"),
    ("RDS certificate rotation", "https://aws.amazon.com/blogs/database/amazon-rds-customers-update-your-ssl-tls-certificates-by-february-5-2020/, "
     "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html"),
    ("Storage Gateway migration campaign", "https://docs.aws.amazon.com/filegateway/latest/files3/al2-to-al2023-migration.html"),
    ("Amazon Connect my.connect.aws domain", "https://blog.serverworks.co.jp/amazon-connect-onelogin-sso-new-domain, "
     "https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html"),
    ("RHEL 6 retirement / ELS", "https://downloads.redhat.com/pub/redhat/linux/enterprise/6Client/en/os/SRPMS/ (RETIREMENT-NOTICE.txt), "
     "https://www.redhat.com/en/resources/els-datasheet"),
    ("Step Functions X-Ray permissions", "https://github.com/aws/serverless-application-model/issues/1728, "
     "https://github.com/DataBiosphere/azul/issues/6614"),
    ("CloudTrail managed policies", "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/security-iam-awsmanpol.html"),
    ("ACM renewal / validation emails", "https://docs.aws.amazon.com/ja_jp/acm/latest/userguide/email-renewal-validation.html, "
     "https://support.serverworks.co.jp/hc/ja/articles/12386320550297"),
    ("Docker Hub rate limit advice", "https://aws.amazon.com/blogs/containers/advice-for-customers-dealing-with-docker-hub-rate-limits-and-a-coming-soon-announcement/, "
     "https://repost.aws/knowledge-center/ecs-pull-container-error-rate-limit"),
    ("'[Notification] New charge for public IPv4 addresses' pricing email",
     "https://jamiestarke.com/2023/12/01/amazon-web-services-new-public-ip-address-charge, "
     "https://www.repost.aws/articles/ARknH_OR0cTvqoTfJrVGaB8A"),
    ("Free Tier alerts", "https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/tracking-free-tier-usage.html"),
    ("Fake AWS billing statement", "https://intelligence.abnormal.ai/attack-library/fake-amazon-web-services-billing-notification-used-in-credential-theft-attempt"),
    ("Genuine SNS confirmation abused as a lure", "https://support.bostonmit.com/portal/en/community/topic/when-the-phishing-email-is-actually-from-amazon-aws-sns-abuse-in-the-wild"),
    ("Japanese notice practice (subjects, MSP relaying)", "https://qiita.com/T-Hashi-moto/items/a88378bc62aacfd0ff0a, "
     "https://denet.ad.jp/msp-service/mail/, https://cloudpack.media/24962, "
     "https://nhn-techorus.zendesk.com/hc/ja/articles/360050739093"),
    ("Phishing and Health event shapes (local)", "/work/shared/data/public-samples/eml/045-048, health/070-075"),
]


def _readme_tables(labels):
    """This README counts every category and trust value in tables of two columns."""
    cat = Counter(x["category"] for x in labels)
    trust = Counter(x["trust"] for x in labels)
    return dict(rows="\n".join("| %s | %d |" % (c, cat[c]) for c in CATEGORIES),
                trows="\n".join("| %s | %d |" % (t, trust[t]) for t in common.TRUST))


README_TEMPLATE = """\
# Labelled notice corpus

%(n)d e-mails (`NNN-short-name.eml`, one RFC 5322 message each) with hand-made labels in
`labels.json`, for measuring how well NoticeDigest classifies archived AWS notice mail.
Everything here is produced by `generate.py` (standard library only, deterministic):

    python3 Tests/Fixtures/Resources/corpus/generate.py

The script rewrites every `.eml`, `labels.json` and this README, parses each file back with
Python's `email` package and checks the labels against the decoded text (every labelled
account ID occurs in the message, every other 12-digit run is a declared trap, every labelled
region occurs as a code or name, every labelled file exists); it exits 1 on a mismatch.
Edit the script, not the files. Keep the files byte-exact (`*.eml -text` in .gitattributes).

## More notices, and the two halves

The subfolders `aws-critical/`, `other-providers/`, `aws-judgement/`, `aws-wording-2/`,
`aws-wording-3/`, `aws-wording-4/`, `aws-wording-5/`, `aws-wording-6/` and `aws-wording-7/` hold
388 more notices, each batch with its own `generate.py`, `labels.json` and `README.md`, written
after public notices (AWS and other providers) by readers who neither ran nor read the
classifier; each label names the public `source` it follows. `halves.json` splits the whole
corpus by source into the half the rules may be tuned on and the half that is only scored (the
parity of the SHA-256 of the source key; `python3 scripts/eval.py --write-halves` rewrites it),
so no scored notice has a sibling written after the same source in the tuned half. `make eval`
and `CorpusTests` score both.

## What the messages are

The notices are written after real, public AWS notices (see Sources): subject forms,
senders, structure, kinds of dates, account and region notation. The wording is our own,
and the corpus is set in October-November 2026, so products, dates, versions, CVE numbers,
prices and some changes (for example the NAT gateway idle charge, the Redshift DC2 end of
support, the RoboMaker deletion date, the Storage Gateway VM date) are fictional
extrapolations. Account IDs are invented (111122223333 is AWS's documentation ID).

- Senders: `no-reply-aws@amazon.com`, `health@aws.com` (new AWS Health format with
  `[AWS Account: ...] [REGION]` suffix and an AWS Health event-ARN link), Trust & Safety
  (`support.aws.com`) and `ec2-abuse@amazon.com`, `costalerts.amazonaws.com`,
  `sns.amazonaws.com`, `email.amazon.com`, `marketplace.aws`; colleagues who forward
  (inline "Forwarded message" blocks and attached `message/rfc822` originals); a Japanese
  MSP that relays notices; look-alike and spoofing senders.
- Encodings: us-ascii 7bit, UTF-8 quoted-printable and base64, ISO-2022-JP; RFC 2047
  subjects and display names; text/plain, text/html only, multipart/alternative,
  multipart/mixed with message/rfc822.
- Languages: %(en)d English, %(ja)d Japanese.
- Traps: instance IDs with a 12-digit run (`i-0e7a201159810559a`), 13-digit epoch
  milliseconds, a compact phone number with 12 digits (`+442079460958`), 10/11/15-digit
  case and report numbers, CLI examples (`--region us-west-2`), Health event `Start time`
  values and past dates that are not deadlines, Region names that are news or price
  examples rather than affected resources, identical generic subjects ("AWS Notification",
  "AWS Notification Message") over different notices, and a genuine SNS confirmation whose
  topic name is a scam.

## Labels (`labels.json`)

One object per file: `file`, `category`, `services`, `accounts`, `regions`, `deadline`,
`trust`, `reminder`, `note`. Each was decided by reading the message, as a careful human
would; the project's classifier was neither run nor read.

- **category** (one of abuse, security-incident, action-required, security-advisory,
  maintenance, pricing, billing, informational; DESIGN.md's severity order): what the
  message is about. Forwarded, relayed and support-case messages get the category of the
  notice they carry; look-alike/phishing mails get the category of what they claim.
  Engine/runtime/policy/certificate end-of-life that the customer must act on is
  action-required; changes AWS applies itself (retirement, patches, scheduled
  reboots, auto-applied updates) are maintenance; risky configurations and
  vulnerabilities to review with no required date are security-advisory; new charges,
  price and billing-terms changes are pricing; statements, budgets, free-tier and payment
  alerts are billing.
- **services**: AWS Health service codes in upper case (EC2, RDS for Aurora too, LAMBDA,
  ES for OpenSearch, BILLING for billing mail, ...). For exposed or misused credentials we
  use IAM (the Health event service code there is RISK).
- **accounts**: every 12-digit AWS account ID the message names, in any form (plain,
  `AWS ID ...`, `[AWS Account: ...]`, `1234-5678-9012`, inside ARNs or URLs), sorted.
- **regions**: region codes of the affected resources, from codes (any case) or names
  (also Japanese names); not CLI examples, not the AWS Health endpoint region of a Health
  ARN or an SNS topic, not regions mentioned as news or price examples.
- **deadline** (`YYYY-MM-DD` or null): the deadline that matters (the product owner's
  rule): the date by which the reader must act; when the subject names the date of an event
  (end of support, retirement, a change taking effect; in any language), that date. In a
  timeline, an earlier restriction (no new creation / purchases / launches from a date) is
  not the deadline unless the reader's action is tied to it, and a later consequence
  (automatic upgrade, extended-support charges, deletion after the end) is not the deadline.
  With no act-by date and no date in the subject, the date on which the change takes effect.
  Only dates still ahead of the message's Date count, and the sentence that states the
  deadline is its evidence. Relative deadlines ("within 24 hours", "in 60 days", "5 business
  days", "5 日以内") are resolved from the Date header. Null for informational, billing and
  security-advisory notices unless they set an explicit action date (a past-due payment, an
  invoice due date, a renewal to queue). For phishing, the date the lure claims.
- **trust**: verified when the sender domain is an AWS sending domain (amazon.com,
  amazonaws.com, aws.com and subdomains, marketplace.aws, ...) and the
  Authentication-Results header does not fail; suspicious when the mail impersonates AWS
  from another domain or fails DKIM/SPF/DMARC; otherwise unverified (colleagues, MSP).
- **reminder**: true only when the message says it repeats an earlier notice (Reminder:,
  [Reminder], Final reminder, FINAL NOTIFICATION, "we are writing again", リマインダー);
  the standard AWS Health sentence about possible reminders does not count.
- **note**: why the label, and which real notice shape it follows.

## Counts

| category | messages |
|---|---|
%(rows)s

| trust | messages |
|---|---|
%(trows)s

Reminders: %(rem)d. Messages with a deadline: %(dl)d.

## Labels we were unsure of

- `117-sns-subscription-confirmation-scam-topic.eml`: genuine SNS mail (verified by the
  rules) whose content is a lure; labelled informational/verified.
- `112-securityhub-finding-type-names.eml`: informational with null deadline, although a
  reader whose filters use the old names might treat November 30, 2026 as an action date.
- `129-promotional-credits-expiring.eml`: billing, null, although the credit expires on
  December 31, 2026.
- `102-free-tier-usage-alert.eml`: regions left empty although usage types carry a
  region prefix (USW2).
- `092-rds-extended-support-charges.eml`: pricing with the charge date (March 1, 2027),
  not the upgrade-before date of the related action-required notice 035.
- `036-rds-certificate-ja.eml` and `040-rhel7-extended-lifecycle.eml` describe plausible
  but fictional 2026 changes; the deadlines follow the text.

## Sources read (shapes and facts, never copied)

%(sources)s
"""


if __name__ == "__main__":
    main()
