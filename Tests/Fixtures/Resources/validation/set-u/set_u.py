#!/usr/bin/env python3
"""Build and check set-u.mbox.

Blind validation set U: 100 fictional cloud-provider notices as they might
reach the shared mailboxes of "Yamabuki Managed IT" (yamabuki-it.example)
during June 2027.  Every notice, person, account ID, case number, CVE number
and amount is invented; customer domains live under .example.

The script is deterministic (no randomness, no clock) and uses only the
Python 3 standard library.  It writes set-u.mbox next to itself, reads it
back, checks it, prints counts, and exits 1 on any problem.

    python3 set_u.py
"""
import collections
import datetime as dt
import hashlib
import html
import io
import os
import re
import sys
import email
import email.policy
from email.message import EmailMessage
from email.headerregistry import Address
from email.generator import BytesGenerator
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-u.mbox")
POLICY = email.policy.default.clone(linesep="\n", cte_type="7bit",
                                    max_line_length=78)
LABELS = collections.OrderedDict([
    ("abuse", 10), ("security-incident", 12), ("action-required", 28),
    ("security-advisory", 8), ("maintenance", 12), ("pricing", 8),
    ("billing", 8), ("informational", 14),
])
UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
FWD_MARK = "---------- Forwarded message ---------"

# Real sending domains of the providers used (no look-alikes), plus the
# fictional MSP and customer domains.
PROVIDER_DOMAINS = {
    "amazon.com", "email.amazon.com", "certificates.amazon.com",
    "google.com", "microsoft.com", "mail.support.microsoft.com",
    "oracle.com", "digitalocean.com", "hetzner.com", "heroku.com",
    "notify.cloudflare.com", "linode.com", "ovh.net", "fastly.com",
    "vercel.com", "netlify.com", "github.com", "gitlab.com",
    "atlassian.com", "mongodb.com", "snowflake.com", "datadoghq.com",
    "twilio.com", "sendgrid.com", "alibabacloud.com", "sakura.ad.jp",
    "conoha.jp", "xserver.ne.jp", "ntt-east.co.jp", "ntt.com",
    "iij.ad.jp", "kddi.com", "fujitsu.com", "nec.com",
}
LOCAL_DOMAINS = {
    "yamabuki-it.example", "kestrel-logistics.example",
    "shiosai-seafood.example", "birchwood-vet.example", "tsubame-lang.example",
}


def D(y, mo, d, h, mi, off=0):
    """Aware datetime with a whole-hour UTC offset."""
    return dt.datetime(y, mo, d, h, mi, 0,
                       tzinfo=dt.timezone(dt.timedelta(hours=off)))


NOTICES = []


def add(**kw):
    NOTICES.append(kw)


# ---------------------------------------------------------------- footers
AWS_FOOTER = """
--
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is
a registered trademark of Amazon.com, Inc. This service announcement was sent
by Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
Please do not reply to this address; use the AWS Support Center instead."""

AWS_FOOTER_SVC = """
--
You are receiving this email because the AWS account listed above uses the
resources described in this notice. This is a required service communication
and is sent regardless of your marketing email preferences.

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc."""

AWS_FOOTER_JA = """
--
本メールは、上記 AWS アカウントに関する重要なお知らせとして送信しています。
マーケティングメールの配信設定にかかわらず送信される、サービスに関するご連絡です。
このメールアドレスは送信専用です。お問い合わせは AWS サポートセンターからお願いいたします。

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。
アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""

GOOGLE_FOOTER = """
--
© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this mandatory service announcement to update you about
important changes to Google Cloud or your account."""

MS_FOOTER = """
--
Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

This is a mandatory service communication. To set your contact preferences
for other communications, visit the Promotional Communications Manager."""


# ---------------------------------------------------------------- HTML
HTML_TEMPLATE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;font-family:{font};font-size:14px;line-height:1.6;color:#1f2328;">
<tr><td style="background-color:{color};padding:18px 28px;color:#ffffff;font-size:18px;font-weight:bold;">{brand}</td></tr>
<tr><td style="padding:28px;">
{body}
</td></tr>
<tr><td style="padding:16px 28px;border-top:1px solid #e5e7eb;font-size:11px;color:#6b7280;">{small}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""

URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def _inline(s):
    s = html.escape(s, quote=False)
    return URL_RE.sub(lambda m: '<a href="%s" style="color:#0969da;">%s</a>'
                      % (m.group(1), m.group(1)), s)


BULLET_RE = re.compile(r"^\s*(?:[-*\u2022\u30fb]|\d+\.)\s+")


def _render_para(lines, allow_heading=True):
    """Render one blank-line separated block: runs of bullets become lists,
    runs of indented lines become preformatted blocks, the rest paragraphs."""
    out, run, kind = [], [], None

    def flush():
        if not run:
            return
        if kind == "ul":
            ordered = bool(re.match(r"^\s*\d+\.", run[0]))
            tag = "ol" if ordered else "ul"
            items = "".join("<li>%s</li>" % _inline(BULLET_RE.sub("", ln, count=1))
                            for ln in run)
            out.append('<%s style="padding-left:22px;margin:0 0 14px 0;">%s</%s>'
                       % (tag, items, tag))
        elif kind == "pre":
            out.append('<pre style="font-family:Consolas,Menlo,monospace;font-size:12px;'
                       'background-color:#f6f8fa;padding:10px;margin:0 0 14px 0;'
                       'white-space:pre-wrap;">%s</pre>'
                       % "\n".join(_inline(ln) for ln in run))
        else:
            if allow_heading and len(run) == 1 and len(run[0]) < 60 and not \
                    run[0].rstrip().endswith((".", ",", ":", "\u3002", "\u3001")):
                out.append('<h3 style="font-size:15px;margin:18px 0 8px 0;">%s</h3>'
                           % _inline(run[0].strip()))
            else:
                out.append('<p style="margin:0 0 14px 0;">%s</p>'
                           % "<br>\n".join(_inline(ln.strip()) for ln in run))

    for ln in lines:
        k = "ul" if BULLET_RE.match(ln) else ("pre" if ln.startswith("  ") else "p")
        if k != kind:
            flush()
            run, kind = [], k
        run.append(ln)
    flush()
    return out


def text_to_html(text, brand, color, lang="en", small=""):
    """Render a plain-text notice as a simple table-based HTML email."""
    text = text.strip("\n")
    if "\n--\n" in text:
        text, foot = text.split("\n--\n", 1)
        small = (small + " " if small else "") + " ".join(foot.split("\n"))
    out = []
    paras = re.split(r"\n[ \t]*\n", text)
    for i, para in enumerate(paras):
        out.extend(_render_para(para.split("\n"), allow_heading=i < len(paras) - 1))
    font = ("'Hiragino Kaku Gothic ProN',Meiryo,sans-serif" if lang == "ja"
            else "Arial,Helvetica,sans-serif")
    title = html.escape(brand)
    return HTML_TEMPLATE.format(lang=lang, title=title, brand=html.escape(brand),
                                color=color, body="\n".join(out), font=font,
                                small=_inline(small))


def html_to_text(s):
    s = re.sub(r"(?is)<(script|style|title).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|h\d|li|tr|div)>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


# =====================================================================
# AWS (English)
# =====================================================================
add(key="aws-abuse-scan", provider="AWS", lang="en", label="abuse",
    deadline="2027-06-03", rel=("days", 1), date=D(2027, 6, 2, 8, 14),
    frm=("Amazon EC2 Abuse", "ec2-abuse@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    subject="Your Amazon EC2 Abuse Report [AWSI-20270602-55180437]",
    kind="plain", body="""Hello,

We have received a report that one or more of your AWS resources may have been used in activity that looks like scanning of remote hosts on the internet for open ports and vulnerable services.

  AWS Account ID:     482910375564
  Region:             ap-northeast-1
  Instance ID:        i-0c41e7a9d2f58b306
  Public IP address:  203.0.113.47
  Reported activity:  port scanning (TCP/22, TCP/3389, TCP/5900)
  First observed:     2027-06-02 05:41 UTC

Scanning hosts that belong to other parties without their permission is not allowed under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). An excerpt of the report we received is included at the end of this message.

What we need from you

Please investigate the reported activity and stop it, then reply to this message and tell us what you found and what you changed. If you believe the activity is legitimate, for example an authorized test against systems you own, reply with the details so that we can review them.

Please respond within 24 hours. If we do not receive a response, or if the activity continues, we may take further steps to protect other AWS customers and the wider internet, which can include restricting traffic to and from the instance.

If you did not start this activity yourself, the instance may have been compromised. These pages describe how to investigate and recover an instance:

  https://aws.amazon.com/security/
  https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security.html

The AWS Trust & Safety team is not able to help with application troubleshooting. For technical help, use AWS re:Post or your AWS Support plan.

Regards,
AWS Trust & Safety

----- Report excerpt -----
Source IP: 203.0.113.47    Destination range: 198.51.100.0/24
2027-06-02 05:41:17 UTC  203.0.113.47:51544 -> 198.51.100.23:22    SYN
2027-06-02 05:41:17 UTC  203.0.113.47:51546 -> 198.51.100.24:22    SYN
2027-06-02 05:41:18 UTC  203.0.113.47:51551 -> 198.51.100.25:3389  SYN
2027-06-02 05:41:18 UTC  203.0.113.47:51553 -> 198.51.100.26:5900  SYN
(about 41,000 connection attempts in 20 minutes)
""" + AWS_FOOTER)

add(key="aws-abuse-scan-reply", provider="AWS", lang="en", label="abuse",
    deadline="2027-06-08", date=D(2027, 6, 4, 13, 20), reply=True, bland=True,
    frm=("Amazon EC2 Abuse", "ec2-abuse@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    cc=["Kenji Arakawa <k.arakawa@yamabuki-it.example>"],
    in_reply_to="<20270603092114.KA7741@mail.yamabuki-it.example>",
    subject="RE: Your Amazon EC2 Abuse Report [AWSI-20270602-55180437]",
    kind="plain", body="""Hello,

Thank you for your reply and for the details of the steps you have taken so far.

We have reviewed your response. However, our monitoring and a follow-up report from the same third party show that scanning traffic from the instance continued after your reply:

  Instance ID:        i-0c41e7a9d2f58b306
  Public IP address:  203.0.113.47
  Last observed:      2027-06-04 02:12 UTC
  Destination ports:  TCP/22, TCP/2375

Stopping the scanning process alone is often not enough when an instance has been compromised, because the tooling tends to reinstall itself through cron entries, systemd units or an altered authorized_keys file. Many customers find it quicker and safer to replace the instance from a known-good image and to rotate any credentials that were stored on it or available through its instance profile.

Please reply to this message by June 8, 2027 to confirm that the activity has stopped and to describe how the root cause was addressed. If the activity continues, or if we do not hear from you by then, we may block outbound traffic from the instance or stop it.

Regards,
AWS Trust & Safety

> On Thu, Jun 3, 2027 at 09:21 UTC, Kenji Arakawa <k.arakawa@yamabuki-it.example> wrote:
>
> Hello AWS Trust & Safety team,
>
> We manage account 482910375564 on behalf of our customer. We found an
> unexpected process running as ec2-user on i-0c41e7a9d2f58b306 and have
> killed it. We have also removed the security group rule that allowed SSH
> from 0.0.0.0/0 and are reviewing the instance.
>
> We will send a further update once the review is complete.
>
> Kenji Arakawa
> Yamabuki Managed IT
""" + AWS_FOOTER)

add(key="aws-ses-paused", provider="AWS", lang="en", label="abuse",
    deadline="none", date=D(2027, 6, 9, 11, 2),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-shiosai@yamabuki-it.example"],
    subject="Amazon SES sending paused for account 731046228915 in region AP-NORTHEAST-1",
    kind="plain", body="""Hello,

We have paused the ability of AWS account 731046228915 to send email using Amazon SES in the Asia Pacific (Tokyo) Region (ap-northeast-1).

We took this step because the bounce rate for your account stayed above the level we consider acceptable after the account was placed under review on May 26, 2027. When sending was paused, your bounce rate was 14.2%, measured over a representative volume of recent email. Pauses like this protect the reputation of the IP addresses and domains that all SES customers share.

While sending is paused:
- Messages submitted through the SES API or the SMTP interface in this Region are rejected.
- Other AWS services in your account are not affected.
- Your verified identities (including news.shiosai-seafood.example) and configuration sets are kept.

Requesting a review

When you have made changes that deal with the cause of the bounces, you can ask us to review the account by opening a case in the AWS Support Center (https://console.aws.amazon.com/support/home) and choosing Amazon SES as the service. In your request, please explain:
- how you collected the addresses on the lists you send to,
- how you remove addresses that bounce or complain, and
- what you have changed so that the problem does not come back.

Sending to purchased, rented or very old lists is the most common cause of a high bounce rate. Publishing bounce and complaint events to Amazon SNS or to a configuration set destination helps you keep lists clean automatically.

Each request is reviewed individually, and we cannot guarantee that sending will be resumed.

Sincerely,
The Amazon SES Team
""" + AWS_FOOTER)

add(key="aws-ses-review", provider="AWS", lang="en", label="abuse",
    deadline="2027-06-18", date=D(2027, 6, 4, 9, 30), bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-birchwood@yamabuki-it.example"],
    subject="Your Amazon SES account",
    kind="plain", body="""Hello,

Your Amazon SES account in the Asia Pacific (Tokyo) Region (ap-northeast-1) for AWS account 269184503371 is now under review.

Why your account is under review

The complaint rate for email sent from your account over the last several days is 0.52%. A complaint is recorded when a recipient marks one of your messages as spam. We ask senders to keep this rate below 0.1%; a rate of 0.5% or higher puts an account at risk of having its sending paused.

Most of the recent complaints relate to messages sent from reminders@birchwood-vet.example with the subject line "Your pet's vaccination is due".

What happens next

You can keep sending while the review is open. The review period ends on June 18, 2027. If the complaint rate has not come down below 0.1% by then, we may pause your ability to send email from this Region.

What you can do
- Send only to people who have asked to hear from you, and give them a one-click way to unsubscribe.
- Stop sending to addresses that have complained, and to addresses that have not engaged with your email for a long time.
- Check that automated reminders are not being sent more than once to the same recipient.
- Watch the reputation metrics page in the Amazon SES console for changes.

When you believe the problem is fixed, you can reply through the AWS Support Center with a short description of what you changed and how you will keep it from happening again.

For more information, see the topic on reputation metrics and enforcement in the Amazon SES Developer Guide.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-key-exposed", provider="AWS", lang="en", label="security-incident",
    deadline="none", date=D(2027, 6, 7, 7, 48),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-tsubame@yamabuki-it.example"],
    subject="[Action Required] Your AWS Access Key is exposed for AWS account 905317664028",
    kind="plain", body="""Hello,

We have become aware that the access key AKIA5TSU8EXAMPLE4KQV, which belongs to the IAM user "tsubame-deploy" in AWS account 905317664028, is publicly available online together with its secret access key. We found it at:

  https://github.com/tsubame-web-dev/site-deploy/blob/3c9f1e2/config/deploy.env

Exposed credentials can be used by anyone who finds them, and automated tools search public code repositories for keys within minutes of a commit. To reduce the risk of unauthorized use, we have attached the AWS managed policy AWSCompromisedKeyQuarantineV3 to the IAM user. The policy denies a set of high-risk actions, such as launching EC2 instances and creating IAM users. Please do not remove the policy until you have completed the steps below.

Step 1: Replace and delete the exposed key. Create a new access key for the applications that need one, update them, and then delete AKIA5TSU8EXAMPLE4KQV. Making the key inactive is not enough.

Step 2: Check AWS CloudTrail event history for activity by this key that you do not recognize, including in Regions you do not normally use. Look in particular for new IAM users, roles or access keys, EC2 instances, Lambda functions and changes to billing settings.

Step 3: Review your bill for unexpected charges. In the Billing and Cost Management console, check each service and Region.

Step 4: Remove the credentials from the public repository and its history. Where possible, use IAM roles or AWS IAM Identity Center instead of long-term access keys.

When you have completed these steps, reply to support case 172581930600, which we opened for this issue, so that we can confirm your account is secure.

More guidance is available at https://repost.aws/knowledge-center/potential-account-compromise

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

add(key="aws-account-compromised", provider="AWS", lang="en",
    label="security-incident", deadline="2027-06-21", rel=("bdays", 5),
    date=D(2027, 6, 14, 10, 5), bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    subject="Your AWS account 482910377019",
    kind="plain", body="""Dear AWS customer,

We have detected activity in your AWS account 482910377019 which indicates that the account may have been accessed by an unauthorized party.

Between 2027-06-13 22:10 UTC and 2027-06-14 03:45 UTC we observed the following:
- 36 On-Demand instances of type g5.12xlarge launched in sa-east-1, eu-north-1 and ap-south-1, Regions with no earlier activity in this account
- a new IAM user named "support-admin" created and given the AdministratorAccess policy
- the access key of IAM user "ci-runner" used from IP addresses that have never accessed your account before

To protect you, we have stopped the instances listed in the support case and restricted some services in your account. Resources in ap-northeast-1 that were running before this activity are not affected.

Please complete the following steps:
1. Change the password of the root user and enable multi-factor authentication (MFA) for it.
2. Delete or rotate every access key in the account, starting with those of "ci-runner".
3. Delete any IAM users, roles, policies and access keys that you did not create, including "support-admin".
4. Check every Region for resources you did not create, such as EC2 instances, Spot requests, Lambda functions and EBS snapshots, and delete them.
5. Reply to support case 172604418800 to confirm that these steps are complete.

If we do not receive a response on the support case within 5 business days, your account may be suspended to prevent further unauthorized use. Once the account is secure, charges caused by the unauthorized activity can be reviewed; please mention this in your reply to the case.

A step-by-step guide is available at https://repost.aws/knowledge-center/potential-account-compromise

Regards,
Amazon Web Services
""" + AWS_FOOTER)

add(key="aws-compromise-case-reply", provider="AWS", lang="en",
    label="security-incident", deadline="2027-06-23",
    date=D(2027, 6, 16, 8, 40), reply=True, bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    cc=["cloud-ops@yamabuki-it.example"],
    in_reply_to="<0106018fcase172604418800-reply-2@email.amazonses.com>",
    subject="RE: [CASE 172604418800] Unauthorized activity on account 482910377019",
    kind="plain", body="""Hello,

Thank you for the update on this case and for listing the actions you have already taken.

We have reviewed the account and can confirm that these items are complete:
- The root user password was changed and an MFA device was registered on 2027-06-14.
- The access keys of "ci-runner" were deleted, and the IAM user "support-admin" no longer exists.
- The g5.12xlarge instances in sa-east-1, eu-north-1 and ap-south-1 have been terminated.

However, we still see the following resources that were created during the period of unauthorized activity:
- 2 Lambda functions in eu-north-1 whose names begin with "sys-update-"
- 1 IAM role named "ec2-maintenance-role" whose trust policy allows an external AWS account to assume it
- 14 EBS snapshots in ap-south-1 that are shared with an external account

Please delete these resources, or tell us if any of them are legitimate, and reply to this case by June 23, 2027. The restrictions on your account remain in place until we can confirm that it is secure. After that, we can begin the review of the unauthorized charges you asked about (approximately USD 9,840 so far).

To see the full case history, visit the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=172604418800

We value your feedback. You can rate this reply from the case page.

Best regards,
Jae-won P.
Amazon Web Services

---------- Correspondence from you, 2027-06-15 06:02 UTC ----------
Hi, this is Priya Nair at Yamabuki Managed IT, writing for Kestrel Logistics.
We have reset the root password and enabled MFA, removed the ci-runner keys
and the support-admin user, and terminated the GPU instances in the three
Regions. We are still going through CloudTrail. Could you confirm whether
anything else needs attention, and how we can request a review of the charges?
""" + AWS_FOOTER)

add(key="aws-health-exposed-fwd", provider="AWS", lang="en",
    label="security-incident", deadline="none", date=D(2027, 6, 10, 16, 30, 9),
    fwd=True,
    frm=("Tom Wexley", "t.wexley@yamabuki-it.example"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="Fwd: AWS Notification - Exposed credentials [AWS Account: 269184503371]",
    kind="plain", body="""Heads-up for whoever is on the Birchwood rotation today. This landed on the aws-birchwood alias this afternoon.

I've made the key inactive in the console but haven't deleted it yet, because the nightly backup job on their office NAS still uses it. Can someone from the storage side move the NAS over to a new key before tonight's run? Ticket is YMB-4471. I'll go through CloudTrail and the S3 access logs for the bucket.

Tom

""" + FWD_MARK + """
From: Amazon Web Services <no-reply-aws@amazon.com>
Date: Thu, Jun 10, 2027 at 3:15 PM
Subject: AWS Notification - Exposed credentials [AWS Account: 269184503371]
To: <aws-birchwood@yamabuki-it.example>


Hello,

AWS has detected that the following access key for your account has been exposed publicly. Exposed credentials allow someone other than you to access your AWS resources.

  Account:          269184503371
  IAM user:         bw-nas-backup
  Access key ID:    AKIAQW7BIRCHEXAMPLE2
  Where found:      a public paste site
  First seen:       2027-06-10 04:52 UTC

This key has permissions for Amazon S3 in your account, including the bucket birchwood-vet-nas-backup, which holds backup archives.

Recommended actions:
1. Deactivate and delete the exposed key, and create a new key for the applications that need it.
2. Review AWS CloudTrail logs and S3 server access logs for requests made with this key since 2027-06-10 04:52 UTC.
3. Check the bucket birchwood-vet-nas-backup for objects that were downloaded, changed or deleted.
4. Keep credentials in a secrets manager rather than in documents, scripts or chat messages.

You can view this event in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/dashboard/open-issues

Thank you,
Amazon Web Services
""" + AWS_FOOTER)

add(key="aws-instance-compromised", provider="AWS", lang="en",
    label="security-incident", deadline="none", date=D(2027, 6, 22, 9, 12),
    bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-shiosai@yamabuki-it.example"],
    subject="Notice",
    kind="plain", body="""Hello,

We are contacting you about an Amazon EC2 instance in your AWS account 731046228915 that shows signs of being compromised.

  Instance ID:        i-07de3b19c5a2f0e64
  Region:             ap-northeast-1 (Asia Pacific (Tokyo))
  Public IP address:  192.0.2.188
  Name tag:           shiosai-pos-sync

Since 2027-06-21 17:30 UTC this instance has been connecting at regular intervals to hosts associated with command-and-control infrastructure used by known malware, and it has sent an unusual amount of data to an external address over TCP port 443. This pattern usually means that a third party has gained access to the instance, often through an unpatched web application, a weak or reused password, or a management port that is open to the internet.

We have not restricted the instance. However, any credentials, keys or customer data stored on it, or reachable from it, should be treated as exposed.

We recommend that you:
- isolate the instance by replacing its security groups with one that allows no inbound or outbound traffic, and take EBS snapshots for investigation;
- rotate any credentials stored on the instance or available through its instance profile (role: shiosai-pos-sync-role);
- review AWS CloudTrail for API calls made with the temporary credentials of that role;
- launch a replacement from a known-good image instead of trying to clean the existing instance;
- consider enabling Amazon GuardDuty so that findings like this reach you automatically.

If you have already identified and resolved this activity, no reply is needed. If you have questions, you can contact AWS Support through the Support Center.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

# ------------------------------------------------ AWS action-required (EN)
add(key="aws-lambda-py310", provider="AWS", lang="en", label="action-required",
    deadline="2027-07-31", date=D(2027, 6, 3, 7, 5), kind="alt",
    brand=("Amazon Web Services", "#232f3e"),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    subject="[Action Required] AWS Lambda end of support for Python 3.10 [AWS Account: 482910375564]",
    body="""Hello,

We are contacting you because your AWS account 482910375564 has one or more AWS Lambda functions that use the Python 3.10 runtime.

Lambda will end support for Python 3.10 on July 31, 2027. This follows the end of community support for Python 3.10, which was scheduled for October 2026 [1].

In line with the Lambda runtime support policy [2], support ends in stages:
- From July 31, 2027, Lambda no longer applies security patches or other updates to the Python 3.10 runtime, functions using it are no longer eligible for technical support, and you can no longer create new functions with this runtime.
- From September 30, 2027, you can no longer update the code or configuration of existing functions that use Python 3.10.

We recommend that you upgrade your functions to Python 3.13 before July 31, 2027.

The following functions in your account use Python 3.10:

  ap-northeast-1   kestrel-label-printer-webhook
  ap-northeast-1   kestrel-eta-calculator
  ap-northeast-1   kestrel-s3-thumbnailer
  us-east-1        kestrel-edge-auth

The same list is shown on the Affected resources tab of the AWS Health Dashboard. To find functions in other Regions or accounts, you can use AWS Trusted Advisor or filter the Lambda console by runtime.

End of support does not stop your functions from running. However, they will run on a runtime that the Lambda team no longer patches or maintains.

If you have questions or concerns, please contact AWS Support [3].

[1] https://devguide.python.org/versions/
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
[3] https://aws.amazon.com/support

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-rds-mysql80", provider="AWS", lang="en", label="action-required",
    deadline="2027-08-31", date=D(2027, 6, 8, 7, 20),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    subject="Amazon RDS for MySQL 8.0 end of standard support on August 31, 2027",
    kind="plain", body="""Hello,

Amazon RDS for MySQL major version 8.0 reaches the end of standard support on August 31, 2027. You are receiving this message because AWS account 482910375564 has one or more DB instances that run MySQL 8.0.

Affected resources in ap-northeast-1:

  kestrel-wms-prod        db.r6g.xlarge   MySQL 8.0.41
  kestrel-wms-replica-1   db.r6g.xlarge   MySQL 8.0.41
  kestrel-reporting       db.t4g.large    MySQL 8.0.39

Timeline
- Now until August 31, 2027: MySQL 8.0 is in standard support. You can upgrade to MySQL 8.4 at any time.
- September 1, 2027: DB instances still running MySQL 8.0 are enrolled in Amazon RDS Extended Support, and Extended Support charges apply for each vCPU-hour.
- March 31, 2030: Extended Support for MySQL 8.0 ends. Any remaining instances are upgraded automatically to a supported major version.

What you should do

We recommend that you upgrade these DB instances to MySQL 8.4 before August 31, 2027. A major version upgrade can require application changes, so test it first on a snapshot restore or a staging copy. Amazon RDS Blue/Green Deployments let you create a staging environment on the new version and switch over with minimal downtime once testing is complete.

If you need more time, your instances continue to run and receive critical security fixes under Extended Support, at an additional charge. Pricing is listed on the Amazon RDS pricing page.

For more information, see "Upgrading the MySQL DB engine" in the Amazon RDS User Guide, or contact AWS Support.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-ec2-retirement", provider="AWS", lang="en", label="action-required",
    deadline="2027-06-25", date=D(2027, 6, 11, 12, 30),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-shiosai@yamabuki-it.example"],
    subject="Amazon EC2 Instance Retirement [AWS Account: 731046228915]",
    kind="plain", body="""Hello,

We have scheduled the retirement of one of your Amazon EC2 instances because the hardware it runs on shows signs of degradation that cannot be repaired while the instance is running.

  Instance ID:        i-0f2a8b63c41d9e570
  Instance type:      t3.medium
  Name tag:           shiosai-order-api-2
  Availability Zone:  ap-northeast-1c
  Root device type:   EBS
  Retirement date:    2027-06-25 05:00 UTC

The instance may already show reduced performance or reachability problems. On the retirement date the instance will be stopped. Because its root device is an EBS volume, data on its EBS volumes is preserved, and you can start the instance again afterwards on healthy hardware. Data on instance store volumes, if any, will be lost.

To avoid an unplanned interruption, we recommend that you stop and then start the instance yourself at a convenient time before the retirement date. A reboot is not enough; the instance must be stopped and started so that it moves to new hardware. If the instance belongs to an Auto Scaling group, you can instead terminate it and let the group launch a replacement.

After you stop and start the instance, the scheduled event is removed. You can see scheduled events in the EC2 console under Events, or with the describe-instance-status command of the AWS CLI.

If the instance has a public IPv4 address that is not an Elastic IP address, that address will change when the instance is stopped and started.

If you have any questions, please contact AWS Support.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

add(key="aws-acm-validation", provider="AWS", lang="en", label="action-required",
    deadline="2027-07-09", date=D(2027, 6, 9, 9, 0), kind="alt",
    brand=("AWS Certificate Manager", "#232f3e"),
    frm=("Amazon Web Services", "no-reply@certificates.amazon.com"),
    to=["aws-shiosai@yamabuki-it.example"],
    subject="Action needed: certificate renewal for shop.shiosai-seafood.example is pending validation",
    body="""Greetings from Amazon Web Services,

We were unable to renew automatically the certificate below, which is managed by AWS Certificate Manager (ACM) in AWS account 731046228915.

  Certificate ARN:  arn:aws:acm:us-east-1:731046228915:certificate/5b8e0c4d-92f1-4a3e-b7d6-0e1c2a9f6d37
  Domain names:     shop.shiosai-seafood.example
                    www.shop.shiosai-seafood.example
  Expires:          2027-07-09 23:59 UTC
  In use by:        CloudFront distribution E2QH7K5N0XAMPL

ACM renews certificates that use DNS validation automatically, as long as the CNAME records it created for validation are still present and resolvable. For this certificate, ACM could not find the validation record for www.shop.shiosai-seafood.example. The record may have been removed when the DNS zone was moved or edited.

To complete the renewal, add the CNAME record shown for this domain name in the ACM console to your DNS configuration. Open the certificate in the console and expand the Domains section to see the record name and value. Once the record is in place, ACM retries validation automatically, usually within a few hours, and no further action is needed.

If you no longer need the name www.shop.shiosai-seafood.example, request a new certificate without it and attach it to the distribution before the current certificate expires on July 9, 2027. If the certificate expires, visitors to your site will see security warnings in their browsers.

ACM console: https://console.aws.amazon.com/acm/home?region=us-east-1

For more information, see "Managed renewal for ACM certificates" in the AWS Certificate Manager User Guide.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-eks-134", provider="AWS", lang="en", label="action-required",
    deadline="2027-07-23", date=D(2027, 6, 15, 8, 0),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    subject="Reminder: Amazon EKS Kubernetes version 1.34 end of standard support",
    kind="plain", body="""Hello,

This is a reminder that standard support for Kubernetes version 1.34 in Amazon Elastic Kubernetes Service (Amazon EKS) ends on July 23, 2027.

The following clusters in AWS account 482910375564 run Kubernetes 1.34:

  ap-northeast-1   kestrel-platform-prod   (3 managed node groups)
  ap-northeast-1   kestrel-platform-stg    (1 managed node group, Karpenter)

What changes on July 23, 2027

After this date, clusters still on version 1.34 move automatically into extended support. Extended support keeps the clusters supported for a further 12 months, until July 23, 2028, and is charged at a higher hourly rate per cluster than standard support. At the end of extended support, the control plane of any remaining cluster is upgraded automatically to the oldest version then available in extended support.

What you should do

We recommend that you upgrade these clusters to version 1.35 or later before July 23, 2027. Before upgrading, review the Upgrade insights tab of each cluster in the EKS console. It lists deprecated Kubernetes APIs that your workloads still call, and checks add-on and node version skew. Upgrade your EKS add-ons (such as the VPC CNI, CoreDNS and kube-proxy) to versions that support the target release, and upgrade managed node groups after the control plane.

If you prefer to stay on version 1.34 for longer, you do not need to take any action to enter extended support, but charges will apply from July 24, 2027. You can also set the cluster upgrade policy to STANDARD to have clusters upgraded automatically at the end of standard support instead.

Documentation:
https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-rds-ca", provider="AWS", lang="en", label="action-required",
    deadline="2027-08-24", date=D(2027, 6, 17, 7, 45), bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-tsubame@yamabuki-it.example"],
    subject="Important information about your account",
    kind="plain", body="""Hello,

We are writing because AWS account 905317664028 has Amazon RDS DB instances in the Asia Pacific (Tokyo) Region that accept SSL/TLS connections, and we have seen clients connect to them with certificate verification enabled.

On August 24, 2027, Amazon RDS will begin presenting server certificates in ap-northeast-1 that are issued from a new intermediate certificate authority under the existing root CA rds-ca-rsa2048-g1. The root CA does not change.

Who is affected

Clients that trust the RDS root certificate, for example through the global-bundle.pem or ap-northeast-1-bundle.pem files published by AWS, are not affected and can keep connecting without changes.

Clients that trust only the previous intermediate certificate ("pinning" it), or that use a copy of the certificate bundle downloaded before May 2027, will fail to verify the new server certificates and will not be able to connect.

DB instances in this account that received verified TLS connections in the last 30 days:

  tsubame-booking-db       PostgreSQL 16.6   db.t4g.medium
  tsubame-lms-analytics    MySQL 8.4.3       db.t4g.small

What you need to do

Before August 24, 2027, download the current certificate bundle from https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem and update the trust store of each application, driver and tool that connects to these DB instances. If an application pins the intermediate certificate, change it to trust the root certificate instead. We recommend testing the updated trust store against a DB instance in a non-production account first.

No change is needed on the DB instances themselves, and the rotation does not require a restart.

For more information, see "Using SSL/TLS to encrypt a connection to a DB instance" in the Amazon RDS User Guide.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-elasticache-60", provider="AWS", lang="en", label="action-required",
    deadline="2027-09-30", date=D(2027, 6, 21, 10, 30),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    subject="Action needed: Amazon ElastiCache for Redis OSS version 6.0 end of standard support",
    kind="plain", body="""Hello,

You are receiving this message because AWS account 482910375564 has Amazon ElastiCache clusters that run Redis OSS engine version 6.0.

Standard support for Redis OSS 6.0 on ElastiCache ends on September 30, 2027.

Affected clusters (ap-northeast-1):
- kestrel-session-cache (cache.r7g.large, 2 shards, 1 replica each)
- kestrel-rate-limiter (cache.t4g.small, 1 node)

After September 30, 2027, clusters that are still on Redis OSS 6.0 are enrolled in extended support. While they are in extended support, they continue to receive critical security fixes, and an additional charge per node-hour applies from October 1, 2027. At the end of extended support, remaining clusters are upgraded automatically to a supported engine version during their maintenance window.

We recommend upgrading to Valkey 8 or Redis OSS 7.1 before September 30, 2027. Upgrading from Redis OSS 6.0 to either engine is an in-place operation that keeps your data and endpoints. For clusters with replicas, ElastiCache upgrades replicas first and then fails over, so the interruption is usually limited to a few seconds. We still recommend that you:
- test the upgrade on a copy of the cluster restored from a backup,
- check that your client libraries support the target engine version, and
- schedule the upgrade outside peak hours.

You can start an upgrade from the ElastiCache console by choosing Modify on the cluster and selecting a new engine version, or by using the modify-replication-group command.

For the full support schedule, see "Supported engines and versions" in the Amazon ElastiCache User Guide. If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-opensearch-sso", provider="AWS", lang="en", label="action-required",
    deadline="2027-07-06", date=D(2027, 6, 5, 8, 0),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    subject="Amazon OpenSearch Service: required service software update for your domain",
    kind="plain", body="""Hello,

A service software update, OpenSearch_2_19_R20270601, is available for the following Amazon OpenSearch Service domain in AWS account 482910375564:

  Domain name:       kestrel-logs
  Region:            ap-northeast-1
  Engine version:    OpenSearch 2.19
  Current software:  OpenSearch_2_19_R20270311

This update includes security fixes and is marked as required. Please apply it by July 6, 2027.

If the update has not been applied by that date, OpenSearch Service schedules it automatically during the off-peak window configured for the domain in the days that follow. You can see the scheduled time on the domain's Actions and Notifications tabs in the console.

How to apply the update

In the OpenSearch Service console, open the domain, choose Actions, and then choose Update. You can also use the start-service-software-update command in the AWS CLI, with or without a scheduled start time.

Service software updates use a blue/green deployment: new nodes are created with the updated software, shards are moved to them, and the old nodes are removed. The domain endpoint does not change and the domain stays available during the update, although you may see higher latency while shards are relocated. We recommend applying the update at a time when indexing and search traffic are low, and making sure the domain has enough free storage for shard relocation.

Release notes for this update are available in the Amazon OpenSearch Service Developer Guide under "Service software updates".

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-root-mfa", provider="AWS", lang="en", label="action-required",
    deadline="2027-07-20", date=D(2027, 6, 1, 9, 10), bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-tsubame@yamabuki-it.example"],
    subject="Your AWS account",
    kind="plain", body="""Hello,

We are writing to you because the root user of AWS account 905317664028 does not have multi-factor authentication (MFA) enabled.

Starting July 20, 2027, AWS will require MFA for every sign-in as the root user of this account. After that date, if no MFA device is registered, you will be asked to register one before you can finish signing in as the root user, and you will not be able to reach the AWS Management Console as root until registration is complete.

Register an MFA device before July 20, 2027 to avoid being interrupted when you next need the root user, for example to change account settings, close the account or restore access to IAM users.

How to register MFA for the root user
1. Sign in to the AWS Management Console as the root user of the account.
2. Open the account menu at the top right and choose Security credentials.
3. Under Multi-factor authentication (MFA), choose Assign MFA device.
4. Choose a passkey or security key, an authenticator app or a hardware TOTP token, and follow the instructions.

You can register up to eight MFA devices for the root user. We recommend registering at least two, and storing one of them in a safe place, so that you do not lose access if a device is lost or replaced.

This requirement does not change how IAM users or IAM Identity Center users sign in, and it does not affect programmatic access with access keys.

To learn more, visit https://aws.amazon.com/iam/features/mfa/

Thank you for helping us keep your account secure.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

add(key="aws-eb-retirement", provider="AWS", lang="en", label="action-required",
    deadline="2027-09-15", date=D(2027, 6, 23, 8, 20),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-birchwood@yamabuki-it.example"],
    subject="AWS Elastic Beanstalk platform branch retirement",
    kind="plain", body="""Hello,

We are contacting you because AWS account 269184503371 has one or more AWS Elastic Beanstalk environments on a platform branch that is scheduled for retirement.

  Platform branch:  Node.js 20 running on 64bit Amazon Linux 2023
  Retirement date:  September 15, 2027

Environments on this branch (ap-northeast-1):
- birchwood-portal-prod
- birchwood-portal-staging

What retirement means

After September 15, 2027, the retired platform branch no longer receives operating system, runtime or security updates, and managed platform updates stop for environments that use it. You will not be able to create new environments on the branch. Existing environments keep running, but they may become vulnerable over time, and AWS Support can only provide limited help with them.

What you should do

We recommend that you migrate these environments to a supported platform branch, such as Node.js 22 running on 64bit Amazon Linux 2023, before September 15, 2027. For a low-risk migration, we suggest a blue/green approach: clone the environment on the new platform branch, deploy and test your application there, and then swap the environment URLs.

Check that your application and its dependencies are compatible with Node.js 22 before you switch. Changes between major Node.js versions can affect native modules and some older packages.

The full platform support schedule is published in the AWS Elastic Beanstalk Platforms guide:
https://docs.aws.amazon.com/elasticbeanstalk/latest/platforms/platforms-retiring.html

If you have questions, contact AWS Support.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-mq-rabbit312", provider="AWS", lang="en", label="action-required",
    deadline="2027-08-16", date=D(2027, 6, 24, 7, 30),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    subject="[ACTION REQUIRED] Amazon MQ for RabbitMQ version 3.12 end of support",
    kind="plain", body="""Hello,

Amazon MQ will end support for RabbitMQ version 3.12 on August 16, 2027. We have identified the following brokers in AWS account 482910375564 that still run this version:

  Broker name            Region           Deployment     Instance type
  kestrel-events-mq      ap-northeast-1   Cluster        mq.m5.large
  kestrel-events-mq-dev  ap-northeast-1   Single-instance mq.t3.micro

From August 16, 2027, you will not be able to create new brokers on RabbitMQ 3.12. Brokers that are still on 3.12 after that date will be upgraded automatically to RabbitMQ 3.13 during one of their scheduled maintenance windows, which may cause a brief interruption for connected clients.

We recommend that you upgrade these brokers to RabbitMQ 3.13 yourself before August 16, 2027, so that you can choose the timing and test your applications first. Upgrades between minor versions keep your broker endpoints, users and definitions. Before upgrading:
- confirm that your client libraries support RabbitMQ 3.13;
- review queues that still use classic queue mirroring, which is not supported in 3.13, and move them to quorum queues;
- make sure feature flags required by 3.13 are enabled on the broker.

To upgrade, open the broker in the Amazon MQ console, choose Edit, select version 3.13, and choose whether to apply the change immediately or during the next maintenance window.

For more information, see "Managing Amazon MQ for RabbitMQ engine versions" in the Amazon MQ Developer Guide, or contact AWS Support.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-apigw-tls10", provider="AWS", lang="en", label="action-required",
    deadline="2027-08-02", date=D(2027, 6, 10, 8, 25), kind="alt",
    brand=("Amazon Web Services", "#232f3e"),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    subject="Action needed: Amazon API Gateway custom domains using the TLS_1_0 security policy",
    body="""Hello,

We are contacting you because AWS account 482910375564 has Amazon API Gateway custom domain names that use the TLS_1_0 security policy, and in the past 30 days some clients connected to them using TLS 1.0 or TLS 1.1.

Starting August 2, 2027, API Gateway will no longer accept TLS 1.0 or TLS 1.1 connections on custom domain names in the Asia Pacific (Tokyo) Region. Custom domain names that use the TLS_1_0 security policy will be moved to TLS_1_2 on that date.

Custom domain names in your account (ap-northeast-1):

  Domain name                          Endpoint   TLS 1.0/1.1 requests (30 days)
  api.kestrel-logistics.example        Regional   1,284,502
  partners.kestrel-logistics.example   Regional   96,118

What you need to do

Before August 2, 2027, identify the clients that still connect with TLS 1.0 or TLS 1.1 and update them to support TLS 1.2 or later. Older embedded devices, handheld scanners and legacy integration platforms are the most common sources of such connections. The access logs of your APIs include the TLS version of each request ($context.tlsVersion), which can help you find them.

After you have confirmed that your clients support TLS 1.2, we recommend that you change the security policy of each custom domain name to TLS_1_2 yourself, so that any remaining problems appear at a time you choose.

Clients that still use TLS 1.0 or TLS 1.1 after August 2, 2027 will fail to connect to these custom domain names.

Documentation:
https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-glue-eos", provider="AWS", lang="en", label="action-required",
    deadline="2027-10-01", date=D(2027, 6, 28, 9, 40), bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-shiosai@yamabuki-it.example"],
    subject="Notice regarding your AWS account",
    kind="plain", body="""Hello,

We are reaching out because AWS account 731046228915 has AWS Glue jobs that use Glue version 2.0 or 3.0. These versions reach end of support on October 1, 2027.

Jobs in your account (ap-northeast-1):

  shiosai-daily-sales-etl     Glue 2.0   Spark   last run 2027-06-27
  shiosai-catch-import        Glue 3.0   Spark   last run 2027-06-27
  shiosai-price-snapshot      Glue 3.0   Python shell   last run 2027-06-20

Timeline
- August 1, 2027: you can no longer create new jobs on Glue 2.0 or 3.0. Existing jobs keep running, and you can still change the Glue version of an existing job.
- October 1, 2027: end of support. Jobs on Glue 2.0 or 3.0 will no longer start, and scheduled runs and triggers for these jobs will fail.

What you should do

To keep these jobs running, update them to Glue 5.0 before October 1, 2027. Glue 5.0 uses newer versions of Apache Spark, Python and Java, so some scripts need changes. In particular, review:
- libraries and connectors bundled with your jobs, which may need newer versions;
- Spark configuration options that were removed or renamed;
- Python 2 or Python 3.7 syntax in Python shell jobs.

We recommend testing each job on a copy of its input data before you switch the production job. The Glue console shows the version of each job on the Jobs page, and the AWS Glue migration guide lists known differences between versions.

Migration guide: https://docs.aws.amazon.com/glue/latest/dg/migrating-version-50.html

If you need help, contact AWS Support.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-docdb-fwd", provider="AWS", lang="en", label="action-required",
    deadline="2027-09-30", date=D(2027, 6, 18, 16, 10, 9), fwd=True,
    frm=("Haruka Mori", "h.mori@yamabuki-it.example"),
    to=["cloud-ops@yamabuki-it.example"],
    cc=["Priya Nair <p.nair@yamabuki-it.example>"],
    subject="Fwd: [Action Required] Amazon DocumentDB 4.0 end of standard support on September 30, 2027",
    kind="plain", body="""Hi all,

Forwarding this one because it affects Kestrel's shipment tracking service. kestrel-tracking-docdb is still on 4.0.

Priya, can we get a test upgrade to 5.0 on staging into the next sprint? Dana asked for a plan before their August peak, and I'd like production done well ahead of the cutoff. I'll add it to the change calendar once we have a date.

Thanks,
Haruka

""" + FWD_MARK + """
From: Amazon Web Services <no-reply-aws@amazon.com>
Date: Thu, Jun 17, 2027 at 10:00 PM
Subject: [Action Required] Amazon DocumentDB 4.0 end of standard support on September 30, 2027
To: <aws-kestrel@yamabuki-it.example>


Hello,

Amazon DocumentDB (with MongoDB compatibility) version 4.0 reaches the end of standard support on September 30, 2027. You are receiving this message because AWS account 482910375564 has the following instance-based clusters on version 4.0:

  kestrel-tracking-docdb       ap-northeast-1   3 instances (db.r6g.large)
  kestrel-tracking-docdb-stg   ap-northeast-1   1 instance (db.t4g.medium)

We recommend upgrading these clusters to Amazon DocumentDB 5.0 before September 30, 2027. You can use an in-place major version upgrade, which keeps the cluster endpoint and data, or restore a snapshot into a new 5.0 cluster and switch your applications to it. Test your application against a 5.0 cluster before upgrading production, because some operators and index options behave differently.

After September 30, 2027, clusters still on version 4.0 will be upgraded automatically to version 5.0 during a maintenance window, starting in the fourth quarter of 2027. We will send a separate notice before any automatic upgrade is scheduled.

For details, see "Amazon DocumentDB in-place major version upgrade" in the Amazon DocumentDB Developer Guide.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

# ------------------------------------------------ AWS advisories (EN)
add(key="aws-bulletin-openssh", provider="AWS", lang="en",
    label="security-advisory", deadline="none", date=D(2027, 6, 9, 14, 0),
    frm=("AWS Security Bulletins", "no-reply-aws@amazon.com"),
    to=["security@yamabuki-it.example"],
    subject="AWS Security Bulletin AWS-2027-014: OpenSSH sshd issue (CVE-2027-40219)",
    kind="plain", body="""AWS Security Bulletin
Bulletin ID: AWS-2027-014
Scope: AWS
Content type: Important (requires attention)
Publication date: 2027/06/09 14:00 UTC

Description

AWS is aware of CVE-2027-40219, a race condition in the signal handling of the OpenSSH server (sshd) that was disclosed by the OpenSSH maintainers today. Under specific timing conditions, an unauthenticated remote attacker may be able to execute code on some Linux systems that use glibc. Exploitation is reported to require a large number of connection attempts over several hours.

AWS-managed services

AWS services that use OpenSSH internally have already been updated or are not affected. No customer action is required for managed services such as AWS Lambda, AWS Fargate, Amazon RDS and AWS Elastic Beanstalk managed platform updates that are enabled.

Customer-managed software

Customers who run sshd on their own Amazon EC2 instances, in containers, or on-premises should update OpenSSH when fixed packages are available for their operating system.
- Amazon Linux 2023: fixed packages are available in ALAS2023-2027-1188. Run "sudo dnf upgrade --releasever=latest openssh-server" and restart sshd.
- Amazon Linux 2 is not affected.
- Amazon Machine Images (AMIs) for Amazon Linux 2023 dated 2027-06-09 or later include the fix.
- For other operating systems, refer to your vendor's security advisories.

As a general practice, we recommend that customers limit SSH access with security groups, or use AWS Systems Manager Session Manager or EC2 Instance Connect Endpoint instead of exposing port 22 to the internet.

This bulletin will be updated if we have additional information.

Please email aws-security@amazon.com with any security questions or concerns.

You are receiving this because you subscribed to AWS security bulletins. You can manage your subscription at https://aws.amazon.com/security/security-bulletins/
""")

add(key="aws-imdsv1-reco", provider="AWS", lang="en", label="security-advisory",
    deadline="none", date=D(2027, 6, 16, 7, 10), bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-birchwood@yamabuki-it.example"],
    subject="Recommendation for your AWS account 269184503371",
    kind="plain", body="""Hello,

We are contacting you with a security recommendation. Some Amazon EC2 instances in AWS account 269184503371 still allow requests to the Instance Metadata Service version 1 (IMDSv1), and we observed IMDSv1 calls from them during the last two weeks.

  Instance ID            Name tag              Region
  i-0a6e2f91c3b7d5480    bw-pims-worker-1      ap-northeast-1
  i-0a6e2f91c3b7d5491    bw-pims-worker-2      ap-northeast-1
  i-04c8d1e7f2a9b3306    bw-reporting          ap-northeast-1
  i-0d3f7a2c9e1b46718    bw-legacy-ftp         ap-northeast-1
  i-09b2e5c7a1d4f8023    bw-jump               ap-northeast-1

IMDSv2 uses session-oriented requests that add protection against several types of vulnerabilities, including misconfigured web application firewalls, open reverse proxies and server-side request forgery (SSRF). We recommend that you require IMDSv2 on all instances.

This message is a recommendation. AWS is not changing the metadata settings of your existing instances, and no deadline applies.

Suggested steps
- Identify the software on each instance that still calls IMDSv1. The CloudWatch metric MetadataNoToken shows how often IMDSv1 is used, and the open source IMDS packet analyzer can show which process makes the calls.
- Update that software. Current versions of the AWS SDKs and the AWS CLI use IMDSv2 by default.
- Change the instance metadata options to require IMDSv2 (HttpTokens set to required).
- Set IMDSv2 as the default for new instances at the account level in each Region, so that new launches use it automatically.

Documentation:
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

add(key="aws-s3-public-reco", provider="AWS", lang="en",
    label="security-advisory", deadline="none", date=D(2027, 6, 25, 8, 5),
    kind="html", brand=("Amazon Web Services", "#232f3e"),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-tsubame@yamabuki-it.example"],
    subject="Security recommendation for your Amazon S3 buckets",
    body="""Hello,

Our automated checks found Amazon S3 general purpose buckets in AWS account 905317664028 that allow public read access through their bucket policies, in an account where S3 Block Public Access is turned off at the account level.

Buckets that allow public access
- tsubame-lang-public-assets (ap-northeast-1), public read through bucket policy, 1,904 objects
- tsubame-lms-exports (ap-northeast-1), public read through bucket policy, 236 objects

Public access is sometimes intended, for example for images and style sheets used by a website. If that is the case for these buckets, no action is needed. If it is not intended, we recommend that you review the bucket policies and turn on S3 Block Public Access.

Why this matters

Objects in a bucket that allows public read can be downloaded by anyone on the internet who knows or guesses their names. Exports, reports and backups are common examples of data that is made public by mistake. This notice does not mean that anyone has accessed your data.

Recommended steps
- Review the bucket policy of each bucket listed above and remove statements that grant access to "Principal": "*" unless they are required.
- Turn on S3 Block Public Access at the account level, and use a CloudFront distribution with origin access control for content that must be public.
- Use IAM Access Analyzer for S3 to review buckets that are shared outside your account.
- Enable AWS Security Hub to receive findings like this continuously.

Learn more: https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

# ------------------------------------------------ AWS maintenance (EN)
add(key="aws-ec2-reboot", provider="AWS", lang="en", label="maintenance",
    deadline="2027-06-19", date=D(2027, 6, 7, 11, 30),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-birchwood@yamabuki-it.example"],
    subject="[Scheduled] Amazon EC2 system reboot maintenance [AWS Account: 269184503371]",
    kind="plain", body="""Hello,

One or more of your Amazon EC2 instances in the ap-northeast-1 Region are scheduled for a system reboot as part of planned maintenance on the underlying host. This maintenance applies updates that require the host to be restarted.

  Instance ID            Name tag           Event type      Window (UTC)
  i-0a6e2f91c3b7d5480    bw-pims-worker-1   system-reboot   2027-06-19 01:00 - 03:00
  i-04c8d1e7f2a9b3306    bw-reporting       system-reboot   2027-06-19 01:00 - 03:00

During the scheduled window, each instance will be rebooted once. A system reboot usually completes within a few minutes. The instances keep their instance IDs, private and public IP addresses, and the data on their EBS and instance store volumes.

No action is required from you. The maintenance will be carried out automatically during the window shown above.

If this window is not convenient, you can reschedule the event to a later date and time within the limits shown in the EC2 console. Open the Events page of the EC2 console, select the event, and choose Actions, Schedule event. You can also use the modify-instance-event-start-time command in the AWS CLI.

We recommend that you make sure your applications start automatically after a reboot, and that you have a recent backup of any data that is important to you.

You can view scheduled events at any time on the Events page of the EC2 console or in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes

If you have any questions, please contact AWS Support.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

add(key="aws-rds-os-update", provider="AWS", lang="en", label="maintenance",
    deadline="2027-06-27", date=D(2027, 6, 12, 8, 0), bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example"],
    subject="Amazon RDS notification",
    kind="plain", body="""Hello,

An operating system update is scheduled for one of your Amazon RDS DB instances in AWS account 482910375564. The update includes security fixes and stability improvements for the underlying host operating system.

  DB instance:          kestrel-wms-prod
  Engine:               MySQL 8.0.41
  Deployment:           Multi-AZ
  Region:               ap-northeast-1
  Maintenance window:   Sun 2027-06-27 13:00 - 13:30 UTC (22:00 - 22:30 JST)

The update will be applied during the maintenance window shown above. Because this DB instance is a Multi-AZ deployment, RDS applies the update to the standby first, fails over to it, and then updates the former primary. Applications typically see a brief interruption of about 60 seconds during the failover, and connections that are open at that moment are dropped.

If you prefer a different time, you can:
- apply the update now by choosing Actions, Upgrade now on the Pending maintenance page of the RDS console;
- change the maintenance window of the DB instance before the scheduled date; or
- defer the update by choosing Defer upgrade. Deferred updates may become mandatory later.

Read replicas of this instance (kestrel-wms-replica-1) are updated separately in their own maintenance windows.

For more information, see "Maintaining a DB instance" in the Amazon RDS User Guide.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

add(key="aws-vpn-maint", provider="AWS", lang="en", label="maintenance",
    deadline="2027-07-01", date=D(2027, 6, 21, 12, 0),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-birchwood@yamabuki-it.example"],
    subject="[Scheduled] AWS Site-to-Site VPN tunnel endpoint maintenance",
    kind="plain", body="""Hello,

AWS will perform planned maintenance on the tunnel endpoints of the following AWS Site-to-Site VPN connection in AWS account 269184503371:

  VPN connection ID:   vpn-0e7d2a91c4b6f3508
  Customer gateway:    cgw-03a1f7c9d2e5b8461 (198.51.100.140)
  Region:              ap-northeast-1
  Maintenance window:  2027-07-01 13:00 - 15:00 UTC

During the window, we will update each of the two tunnel endpoints of the VPN connection, one at a time. While an endpoint is being updated, its tunnel goes down for a few minutes and then comes back up.

If both tunnels of your VPN connection are up and your customer gateway device is configured to use either tunnel (for example with BGP dynamic routing, or with static routes and failover), traffic moves to the other tunnel automatically and you should see little or no impact.

If only one tunnel is configured or up, your connection will be interrupted while that tunnel's endpoint is updated. Our records show that Tunnel 2 of this connection has been down since 2027-05-30. We recommend checking the configuration of your customer gateway device and bringing up both tunnels before the maintenance window.

You can use the endpoint maintenance setting of each tunnel, or the Amazon CloudWatch TunnelState metric, to monitor the status of the tunnels.

Documentation:
https://docs.aws.amazon.com/vpn/latest/s2svpn/monitoring-vpn-health-events.html

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

# ------------------------------------------------ AWS pricing (EN)
add(key="aws-support-pricing", provider="AWS", lang="en", label="pricing",
    deadline="2027-08-01", date=D(2027, 6, 2, 12, 0), kind="alt",
    brand=("AWS Support", "#232f3e"),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["billing@yamabuki-it.example"],
    subject="Changes to AWS Support pricing effective August 1, 2027",
    body="""Hello,

We are writing to let you know about changes to the pricing of AWS Business Support, which is enabled on AWS account 117460893352 and its linked accounts.

Effective August 1, 2027, AWS Business Support will be priced as follows:

  Monthly AWS charges              Current rate   New rate
  First USD 0 - 10,000             10%            10%
  USD 10,000 - 80,000              7%             7%
  USD 80,000 - 250,000             5%             4%
  Over USD 250,000                 3%             3%
  Minimum monthly charge           USD 100        USD 129

The new rates apply to usage from August 1, 2027, and will first appear on the invoice for August 2027 usage, which is issued in early September.

Based on your average monthly AWS charges for the last three months, we estimate that your monthly Business Support charge will increase from about USD 512 to about USD 536. This estimate is for your information only; your actual charges depend on your usage.

From August 1, 2027, Business Support also includes:
- access to generative AI-assisted case creation and troubleshooting in the AWS Support Center;
- a response time of less than 30 minutes for production system down cases, previously 1 hour.

You do not need to do anything to keep your current support plan. If you want to change or cancel your plan, you can do so at any time on the Support plans page of the AWS Management Console. Changes to a lower plan take effect at the end of the current month.

For more information, see https://aws.amazon.com/premiumsupport/pricing/

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

add(key="aws-s3-price-cut", provider="AWS", lang="en", label="pricing",
    deadline="2027-07-01", date=D(2027, 6, 18, 9, 0), bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-shiosai@yamabuki-it.example"],
    subject="Important update regarding your AWS account",
    kind="plain", body="""Hello,

We are writing to tell you about upcoming price reductions for Amazon S3 in the Asia Pacific (Tokyo) and Asia Pacific (Osaka) Regions. You are receiving this message because AWS account 731046228915 used these storage classes in the last billing period.

From July 1, 2027, the following prices will apply in ap-northeast-1 and ap-northeast-3:

  S3 Glacier Instant Retrieval storage
    current: USD 0.005 per GB-month
    new:     USD 0.0042 per GB-month

  S3 Standard-Infrequent Access storage
    current: USD 0.0138 per GB-month
    new:     USD 0.0125 per GB-month

  S3 Glacier Instant Retrieval data retrieval
    unchanged: USD 0.03 per GB

The new prices apply automatically from the start of the July 2027 billing period. You do not need to make any changes to your buckets, storage classes or lifecycle rules to benefit from them.

Based on your storage in May 2027 (about 38 TB in S3 Glacier Instant Retrieval and 4.1 TB in S3 Standard-Infrequent Access), we estimate that your monthly S3 storage charges in these Regions will decrease by about USD 36. Actual savings depend on your usage.

Prices for other storage classes, requests and data transfer are not changing at this time. The complete price list is available at https://aws.amazon.com/s3/pricing/

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER_SVC)

# ------------------------------------------------ AWS billing (EN)
add(key="aws-invoice-net30", provider="AWS", lang="en", label="billing",
    deadline="2027-07-02", date=D(2027, 6, 2, 10, 0),
    frm=("Amazon Web Services", "aws-receivables-support@email.amazon.com"),
    to=["billing@yamabuki-it.example"],
    subject="Amazon Web Services Invoice Available [Account: 117460893352] [Invoice ID: 2604781953]",
    kind="plain", body="""Greetings from Amazon Web Services,

This email confirms that the invoice for your latest billing period is now available. A copy is attached to the Bills page of the Billing and Cost Management console.

Invoice summary

  Account ID:         117460893352 (management account, Yamabuki Managed IT)
  Invoice number:     2604781953
  Invoice date:       June 2, 2027
  Billing period:     May 1 - May 31, 2027
  Amount due:         USD 7,418.62
  Payment terms:      Net 30
  Payment due date:   July 2, 2027
  Payment method:     Bank transfer

Charges by linked account

  482910375564   Kestrel Logistics (prod)       USD 4,902.11
  482910377019   Kestrel Logistics (staging)    USD   611.40
  269184503371   Birchwood Veterinary           USD 1,338.77
  117460893352   Yamabuki Managed IT            USD   566.34

How to pay

Please transfer the amount due to the bank account shown on the invoice PDF, and include the invoice number 2604781953 in the payment reference so that we can apply your payment correctly. Payment must reach us by the due date shown above.

If you have already paid this invoice, thank you, and please disregard this reminder of the due date.

To view your invoice and payment history, go to:
https://console.aws.amazon.com/billing/home#/bills

If you have questions about this invoice, open a billing case in the AWS Support Center. Billing support is available at no additional charge.

Sincerely,
Amazon Web Services Accounts Receivable

This email was sent to the billing contact of the AWS account listed above. Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
""")

add(key="aws-payment-failed", provider="AWS", lang="en", label="billing",
    deadline="none", date=D(2027, 6, 5, 10, 0), bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-tsubame@yamabuki-it.example"],
    subject="Your AWS account - 905317664028",
    kind="plain", body="""Hello,

We were unable to process the payment for your AWS invoice. Please review the details below.

  AWS account ID:    905317664028
  Invoice number:    JP27-0318844
  Billing period:    May 1 - May 31, 2027
  Amount:            JPY 38,204 (including consumption tax)
  Payment method:    Visa ending in 4417

The charge was declined by the card issuer. Common reasons are an expired card, a card that has been replaced, insufficient credit limit, or a block placed by the card issuer on overseas or recurring transactions.

What you can do
- Sign in to the AWS Billing and Cost Management console and open Payment preferences.
- Update the details of the card ending in 4417, or add a new payment method and set it as the default.
- Open the Payments page and choose Complete payment for the unpaid invoice.

We will try to charge your default payment method again over the next few days. If we are still unable to collect the outstanding balance, your access to AWS services may be limited and your account may eventually be suspended. Suspension can affect websites, applications and data stored in your account.

If you have already updated your payment information, you can ignore this message. If you believe this message was sent in error, please contact us through the AWS Support Center by creating a billing case. There is no charge for billing support.

Payments console: https://console.aws.amazon.com/billing/home#/paymentmethods

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

add(key="aws-budget-alert", provider="AWS", lang="en", label="billing",
    deadline="none", date=D(2027, 6, 20, 7, 0),
    frm=("AWS Budgets", "no-reply-aws@amazon.com"),
    to=["aws-shiosai@yamabuki-it.example", "billing@yamabuki-it.example"],
    subject="AWS Budgets: Shiosai-Monthly-Total has exceeded your alert threshold",
    kind="plain", body="""Dear AWS Customer,

You requested that we alert you when the ACTUAL cost associated with your Shiosai-Monthly-Total budget is greater than 80.00% of your budgeted amount for the current month.

  AWS account:            731046228915
  Budget name:            Shiosai-Monthly-Total
  Budget type:            Cost
  Budget period:          Monthly (June 1 - June 30, 2027)
  Budgeted amount:        USD 1,200.00
  Alert threshold:        > 80.00% (USD 960.00), actual
  ACTUAL amount to date:  USD 1,017.44 (84.79%)
  FORECASTED amount:      USD 1,512.90

Top services by cost this month
- Amazon Elastic Compute Cloud: USD 462.18
- Amazon Simple Email Service: USD 188.02
- AWS Data Transfer: USD 141.57
- Amazon Relational Database Service: USD 119.30
- Other services: USD 106.37

Cost data in AWS Budgets is updated up to three times a day and can lag actual usage by several hours.

To see more details, go to the AWS Budgets console:
https://console.aws.amazon.com/billing/home#/budgets

To understand what is driving your costs, open AWS Cost Explorer and group the current month by service, Region or usage type.

You are receiving this email because the address above is subscribed to a notification for this budget. To stop receiving these alerts, edit or remove the notification settings of the budget in the AWS Budgets console.

Sincerely,
AWS Budgets
""")

# ------------------------------------------------ AWS informational (EN)
add(key="aws-newsletter-tokyo", provider="AWS", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 15, 13, 0),
    kind="html", brand=("AWS | What's new", "#ff9900"),
    frm=("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="What's new on AWS in June: Tokyo and Osaka Region highlights",
    body="""Hello from AWS,

Here is a roundup of recent launches and resources for builders in Japan. All features below are available now in the Asia Pacific (Tokyo) Region, and most are also available in Asia Pacific (Osaka).

Compute and containers
- New memory-optimized Graviton instances are now available in three Availability Zones in Tokyo, with up to 30% better price performance than the previous generation.
- Amazon ECS now supports scheduled scaling for services on AWS Fargate directly from the console.

Databases and analytics
- Amazon Aurora PostgreSQL now supports in-place major version upgrades with Blue/Green Deployments in Osaka.
- Amazon Redshift Serverless adds a smaller base capacity option for development and test workloads.

Generative AI
- New foundation models are available in Amazon Bedrock in the Tokyo Region, including models tuned for Japanese business documents.
- A new hands-on workshop walks you through building a retrieval-augmented chatbot for internal FAQs in under two hours.

Learn and connect
- AWS Summit Japan takes place on June 24 and 25 at Makuhari Messe. Sessions will also be streamed online.
- Join a free AWS Skill Builder webinar every Wednesday in June, covering cost optimization, security basics and serverless design patterns.

Explore all launches: https://aws.amazon.com/new/

Thank you for building with AWS.

The AWS Team
--
This message was sent to cloud-ops@yamabuki-it.example. If you no longer wish to receive marketing email from Amazon Web Services, you can unsubscribe at https://pages.awscloud.com/communication-preferences.html . Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210.
""")

add(key="aws-reinvent", provider="AWS", lang="en", label="informational",
    deadline="none", date=D(2027, 6, 29, 14, 0), kind="alt",
    brand=("AWS re:Invent 2027", "#5a2ca0"),
    frm=("AWS Events", "aws-marketing-email-replies@amazon.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="Registration is open: AWS re:Invent 2027",
    body="""Hi there,

Registration for AWS re:Invent 2027 is now open. Join the global cloud community in Las Vegas from November 29 to December 3, 2027, for five days of keynotes, technical sessions, hands-on labs and networking.

Why attend
- Hear the latest announcements first, in keynotes from AWS leaders.
- Choose from more than 2,000 sessions across every level, from introductory overviews to deep-dive code talks.
- Get hands-on in workshops, builders' sessions and the AWS Jam, and earn credit toward AWS Certification.
- Meet AWS experts and partners in the Expo, and connect with peers from your industry.

Save with early pricing

Register by August 31 to receive the early pricing offer on a full conference pass. Group discounts are available for teams of five or more. Seats in workshops and builders' sessions are limited and are reserved through the attendee portal when session reservations open in October.

Can't travel?

Keynotes and leadership sessions will be livestreamed for free, and many breakout sessions will be available on demand after the event. Sign up for a free virtual pass to get reminders and follow the announcements.

Register now: https://reinvent.awsevents.com/

We look forward to seeing you there.

The AWS re:Invent team
--
You are receiving this email because you have an AWS account or have registered for an AWS event. To stop receiving event announcements from AWS, update your preferences at https://pages.awscloud.com/communication-preferences.html . Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210.
""")

add(key="aws-health-s3-resolved", provider="AWS", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 11, 9, 50),
    frm=("AWS Health", "no-reply-aws@amazon.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="[Resolved] Increased API error rates for Amazon S3 in ap-northeast-1",
    kind="plain", body="""AWS Health Event

  Service:      Amazon Simple Storage Service (S3)
  Region:       ap-northeast-1 (Asia Pacific (Tokyo))
  Event type:   Operational issue
  Status:       Resolved
  Start time:   2027-06-11 06:12 UTC
  End time:     2027-06-11 07:41 UTC
  Affected accounts in your organization: 482910375564, 731046228915

Summary

Between 06:12 and 07:41 UTC on June 11, 2027, some customers experienced increased error rates and elevated latencies for PUT and GET requests to Amazon S3 in one Availability Zone (apne1-az4) of the AP-NORTHEAST-1 Region. Requests that were retried generally succeeded.

Timeline (UTC)
- 06:12 Error rates began to increase for a subset of S3 storage nodes in a single Availability Zone.
- 06:31 We identified a configuration change to an internal networking component as the likely cause and began rolling it back.
- 07:05 Error rates started to recover as the rollback progressed.
- 07:41 All error rates and latencies returned to normal levels.

Other AWS services that depend on S3 in this Region, including AWS Lambda and Amazon CloudWatch Logs, may have seen elevated errors during the same period.

The issue has been resolved and the service is operating normally. No action is required. Applications that use the AWS SDKs with their default retry configuration should have recovered without intervention. If you still see errors related to this event, please contact AWS Support.

View this event in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/dashboard/event-log

This notification was sent because your account has resources in the affected service and Region.
""" + AWS_FOOTER)

add(key="aws-support-center-notice", provider="AWS", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 26, 8, 0),
    bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="Notice",
    kind="plain", body="""Hello,

We are letting you know about an update to the AWS Support Center in the AWS Management Console.

From July 12, 2027, the Support Center will use a new experience for creating and managing support cases. With the new experience you can:
- describe your issue in your own words and get suggested service, category and severity values;
- see related AWS Health events and known issues before you open a case;
- attach logs and screenshots of up to 20 MB each, up from 5 MB;
- follow case updates in a conversation view, and download the full case history as a PDF.

What does not change
- Your support plan, response times and pricing stay the same.
- Existing open and resolved cases remain available, with their full history.
- The AWS Support API and AWS Support App in Slack continue to work without changes.
- IAM policies that allow or deny access to the Support Center continue to apply.

You do not need to take any action. The new experience will be turned on automatically for all accounts. Until July 12, 2027, you can try it early by choosing "Try the new experience" at the top of the Support Center page, and switch back at any time.

We welcome your feedback. You can send it using the feedback link in the Support Center.

To learn more, see the AWS Support User Guide:
https://docs.aws.amazon.com/awssupport/latest/user/getting-started.html

Thank you for using AWS.

Sincerely,
Amazon Web Services
""" + AWS_FOOTER)

# =====================================================================
# AWS (Japanese)
# =====================================================================
add(key="awsjp-abuse-phish-fwd", provider="AWS", lang="ja", label="abuse",
    deadline="2027-06-16", date=D(2027, 6, 14, 10, 30, 9), fwd=True,
    cte="base64",
    frm=("佐藤 美咲", "m.sato@yamabuki-it.example"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="Fwd: 【要対応】AWS リソースの不正使用に関する報告 [AWS アカウント: 905317664028]",
    kind="plain", body="""皆さん

おつかれさまです。佐藤です。
Tsubame様のAWSアカウント宛てに、下記の通報が届いています。

対象のS3バケットは昨年の体験レッスンキャンペーンで使っていたもので、現在は使っていないはずです。
フィッシングページが置かれた経緯はまだ分かりませんが、先週のアクセスキー公開の件と関係があるかもしれません。

本日中にオブジェクトの削除とバケットポリシーの修正を行い、AWSへの返信は私から行います。
Tsubame様の事務局（小林様）には私から電話で一報を入れておきます。

期限は6/16（水）です。CloudTrailの確認を手伝っていただける方がいれば声をかけてください。

佐藤

""" + FWD_MARK + """
From: AWS Trust & Safety <ec2-abuse@amazon.com>
Date: 2027年6月14日(月) 9:40
Subject: 【要対応】AWS リソースの不正使用に関する報告 [AWS アカウント: 905317664028]
To: <aws-tsubame@yamabuki-it.example>


お客様

お客様の AWS アカウントのリソースが、フィッシングサイトのホスティングに使用されているとの報告を受けました。

AWS アカウント ID: 905317664028
リソースの種類: Amazon S3 バケット
バケット名: tsubame-trial-lesson-2026
オブジェクト: login/index.html ほか 14 件
報告内容: 実在する金融機関のログイン画面を模倣したページ
初回報告日時: 2027-06-13 22:18 UTC

このような利用は AWS 適正利用規約 (https://aws.amazon.com/aup/) で禁止されています。

対応のお願い
2027年6月16日までに該当するコンテンツを削除し、講じた措置の内容をこのメールへの返信でお知らせください。
お客様ご自身が設置したものでない場合、アカウントまたは認証情報が第三者に不正利用されている可能性があります。IAM ユーザーのアクセスキー、バケットポリシー、AWS CloudTrail のログをあわせてご確認ください。

期限までにご返信をいただけない場合、または当該コンテンツが引き続き公開されている場合、当社は該当リソースへのアクセスを制限するなどの措置を講じることがあります。

なお、本窓口では技術的なお問い合わせにはお答えできません。技術的なご質問は AWS re:Post またはご契約中の AWS サポートプランをご利用ください。

よろしくお願いいたします。

AWS Trust & Safety
""" + AWS_FOOTER_JA)

add(key="awsjp-key-exposed", provider="AWS", lang="ja",
    label="security-incident", deadline="2027-07-01", rel=("days", 7),
    date=D(2027, 6, 24, 2, 0), cte="base64",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-shiosai@yamabuki-it.example"],
    subject="【要対応】AWS アクセスキーが公開されている可能性があります [AWS アカウント: 731046228915]",
    kind="plain", body="""お客様

お客様の AWS アカウント 731046228915 に属する以下のアクセスキーとシークレットアクセスキーが、インターネット上で公開されていることを確認しました。

アクセスキー ID: AKIA2SHIOEXAMPLE7QZB
IAM ユーザー: shiosai-pos-uploader
確認場所: 公開されている Docker Hub のコンテナーイメージ (shiosaidev/pos-uploader:1.4.2) 内の設定ファイル
確認日時: 2027-06-23 19:05 UTC

公開された認証情報は、第三者によって不正に使用されるおそれがあります。お客様のアカウントを保護するため、当該 IAM ユーザーに AWS 管理ポリシー AWSCompromisedKeyQuarantineV3 をアタッチしました。このポリシーは、EC2 インスタンスの起動や IAM ユーザーの作成など、リスクの高い一部の操作を拒否します。以下の手順が完了するまで、このポリシーを削除しないでください。

お客様に実施していただきたいこと
1. 公開されたアクセスキーを削除し、必要に応じて新しいアクセスキーを発行してください。キーを無効化するだけでは不十分です。
2. AWS CloudTrail のイベント履歴で、このアクセスキーによる心当たりのない操作がないか、普段使用していないリージョンも含めて確認してください。
3. 請求ダッシュボードで、想定外の料金が発生していないか確認してください。
4. 該当するコンテナーイメージを削除または非公開にし、認証情報をイメージやソースコードに含めない運用に変更してください。IAM ロールや AWS Secrets Manager の利用をおすすめします。

上記の手順を完了したら、本メール送信日から7日以内に、このお知らせに関連して作成されたサポートケース (ケース ID: 172660927700) に対応状況をご返信ください。期限内にご返信がない場合、アカウントの不正利用を防ぐため、アカウントの一部機能を制限させていただくことがあります。

詳しくは以下をご参照ください。
https://repost.aws/ja/knowledge-center/potential-account-compromise

よろしくお願いいたします。
アマゾン ウェブ サービス
""" + AWS_FOOTER_JA)

add(key="awsjp-rds-pg13", provider="AWS", lang="ja", label="action-required",
    deadline="2027-11-30", date=D(2027, 6, 3, 1, 30), cte="base64",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-shiosai@yamabuki-it.example"],
    subject="【要対応】Amazon RDS for PostgreSQL 13 の標準サポート終了 (2027 年 11 月 30 日) について",
    kind="plain", body="""お客様

Amazon RDS for PostgreSQL メジャーバージョン 13 の標準サポートは、2027 年 11 月 30 日に終了します。お客様の AWS アカウント 731046228915 で、PostgreSQL 13 を実行している DB インスタンスが確認されたため、ご連絡いたします。

対象リソース (ap-northeast-1)
・shiosai-inventory-db (db.m6g.large, PostgreSQL 13.18, マルチ AZ)
・shiosai-inventory-db-ro (db.m6g.large, PostgreSQL 13.18, リードレプリカ)

今後のスケジュール
・2027 年 11 月 30 日まで: 標準サポート期間です。いつでも新しいメジャーバージョンへアップグレードできます。
・2027 年 12 月 1 日以降: PostgreSQL 13 のまま稼働している DB インスタンスは、自動的に Amazon RDS 延長サポートに登録され、延長サポート料金 (vCPU 時間あたり) が発生します。
・2030 年 2 月 28 日: 延長サポート終了。残っている DB インスタンスは、サポート対象のメジャーバージョンへ自動的にアップグレードされます。

お客様へのお願い
2027 年 11 月 30 日までに、PostgreSQL 16 以降へのアップグレードを実施してください。メジャーバージョンアップグレードではアプリケーションの修正が必要になる場合があるため、スナップショットから復元した環境などで事前に検証されることをおすすめします。Amazon RDS ブルー/グリーンデプロイを利用すると、新しいバージョンのステージング環境で検証を行ったうえで、短いダウンタイムで切り替えることができます。

また、拡張機能 (PostGIS、pg_partman など) をご利用の場合は、アップグレード先のバージョンでサポートされている拡張機能のバージョンをご確認ください。

詳細については、Amazon RDS ユーザーガイドの「PostgreSQL DB エンジンのアップグレード」をご覧ください。ご不明な点がございましたら、AWS サポートまでお問い合わせください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" + AWS_FOOTER_JA)

add(key="awsjp-ec2-retire", provider="AWS", lang="ja", label="action-required",
    deadline="2027-07-01", date=D(2027, 6, 17, 3, 0), cte="quoted-printable",
    bland=True,
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-tsubame@yamabuki-it.example"],
    subject="Amazon EC2 に関する重要なお知らせ [AWS アカウント: 905317664028]",
    kind="plain", body="""お客様

お客様の Amazon EC2 インスタンスが稼働している基盤ハードウェアで劣化が検出されたため、以下のインスタンスのリタイアを予定しています。

インスタンス ID: i-03b9e2d7a4c1f6058
インスタンスタイプ: m5.large
Name タグ: tsubame-moodle-01
アベイラビリティーゾーン: ap-northeast-1a
ルートデバイスタイプ: EBS
リタイア予定日時: 2027-07-01 00:00 UTC (日本時間 2027年7月1日 9:00)

リタイア予定日時になると、インスタンスは停止されます。ルートデバイスが EBS ボリュームのため、EBS ボリューム上のデータは保持され、停止後にインスタンスを再度起動すると、正常なハードウェア上で稼働します。インスタンスストアボリュームをご利用の場合、そのデータは失われます。

予期しない停止を避けるため、リタイア予定日時より前の都合のよいタイミングで、お客様ご自身でインスタンスを停止してから起動し直すことをおすすめします。再起動 (リブート) ではハードウェアは移行されませんのでご注意ください。停止と起動を行うと、このスケジュール済みイベントは削除されます。

Elastic IP アドレスではないパブリック IPv4 アドレスを使用している場合、停止と起動によりアドレスが変更されます。DNS レコードや接続元の許可リストなどへの影響をご確認ください。

スケジュール済みイベントは、EC2 コンソールの [イベント] ページ、または AWS Health Dashboard で確認できます。

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" + AWS_FOOTER_JA)

add(key="awsjp-dx-maint", provider="AWS", lang="ja", label="maintenance",
    deadline="2027-06-22", date=D(2027, 6, 8, 5, 0), cte="base64",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to=["aws-kestrel@yamabuki-it.example", "noc@yamabuki-it.example"],
    subject="【重要】AWS Direct Connect 計画メンテナンスのお知らせ",
    kind="plain", body="""お客様

AWS Direct Connect ロケーションのネットワーク機器において、計画メンテナンスを実施いたします。お客様の AWS アカウント 482910375564 の以下の接続が影響を受けます。

接続 ID: dxcon-fgk3x9ab
接続名: kestrel-tokyo-dc-primary
ロケーション: Equinix TY2, Tokyo
帯域幅: 1Gbps
メンテナンス開始: 2027-06-22 14:00 UTC (日本時間 2027年6月22日 23:00)
メンテナンス終了: 2027-06-22 18:00 UTC (日本時間 2027年6月23日 3:00)

作業内容
AWS 側ルーターのソフトウェア更新を行います。メンテナンス時間中、上記の接続は最大 60 分間停止する可能性があります。停止中は、この接続上のすべての仮想インターフェイスで BGP セッションがダウンします。

影響を抑えるために
冗長構成 (別ロケーションまたは別デバイス上の 2 本目の接続、あるいはバックアップ用の Site-to-Site VPN) をご利用の場合、トラフィックは自動的に切り替わるため、影響は限定的です。単一の接続のみをご利用の場合は、メンテナンス時間中の通信断にご留意いただき、必要に応じて事前にバックアップ経路をご準備ください。

なお、AWS 側の都合により、メンテナンスの日程を変更することはできません。AWS Health Dashboard の [スケジュールされた変更] でも、本メンテナンスの詳細をご確認いただけます。

https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

よろしくお願いいたします。
アマゾン ウェブ サービス
""" + AWS_FOOTER_JA)

add(key="awsjp-invoice", provider="AWS", lang="ja", label="billing",
    deadline="none", date=D(2027, 6, 2, 3, 0), cte="base64", bland=True,
    frm=("Amazon Web Services", "aws-receivables-support@email.amazon.com"),
    to=["aws-shiosai@yamabuki-it.example", "billing@yamabuki-it.example"],
    subject="ご請求について [AWS アカウント: 731046228915]",
    kind="plain", body="""お客様

アマゾン ウェブ サービス ジャパン合同会社をご利用いただき、ありがとうございます。
2027年5月分のご利用料金の請求書を発行いたしました。請求書 (PDF) は、請求とコスト管理コンソールの [請求書] ページからダウンロードいただけます。

アカウント ID: 731046228915
請求書番号: JP27-0297561
請求書発行日: 2027年6月2日
対象期間: 2027年5月1日～2027年5月31日
ご請求金額: 142,716 円 (うち消費税 12,974 円)
お支払い方法: クレジットカード (Mastercard 末尾 0913)

ご請求金額は、ご登録のクレジットカードに自動的に請求されます。お客様による追加のお手続きは必要ありません。カード会社からの請求日は、カード会社の締め日によって異なります。

サービス別の内訳 (上位)
・Amazon Elastic Compute Cloud: 58,204 円
・Amazon Relational Database Service: 31,880 円
・Amazon Simple Email Service: 14,117 円
・AWS Data Transfer: 12,901 円
・その他: 12,640 円

本請求書は、適格請求書等保存方式 (インボイス制度) に対応した適格請求書です。登録番号は請求書 PDF に記載しています。

請求書の確認: https://console.aws.amazon.com/billing/home#/bills

請求内容に関するお問い合わせは、AWS サポートセンターから「アカウントおよび請求」のケースを作成してください。アカウントおよび請求に関するサポートは無料でご利用いただけます。

今後ともよろしくお願いいたします。
アマゾン ウェブ サービス ジャパン合同会社
""" + AWS_FOOTER_JA)

add(key="awsjp-summit", provider="AWS", lang="ja", label="informational",
    deadline="none", date=D(2027, 6, 1, 1, 0), kind="alt", cte="base64",
    brand=("AWS Summit Japan 2027", "#232f3e"),
    frm=("AWS Japan", "aws-marketing-email-replies@amazon.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="AWS Summit Japan 2027 まであと 3 週間 ― 参加登録はお済みですか？",
    body="""山吹マネージドIT
クラウド運用ご担当者様

いつも AWS をご利用いただき、ありがとうございます。
日本最大級の AWS を学ぶイベント「AWS Summit Japan 2027」の開催まで、あと 3 週間となりました。

開催概要
・日程: 2027年6月24日(木)・25日(金)
・会場: 幕張メッセ (千葉県千葉市) およびオンライン配信
・参加費: 無料 (事前登録制)

今年の見どころ
・基調講演: 生成 AI の業務活用と、国内のお客様による最新の導入事例をご紹介します。
・150 以上のセッション: 入門者向けから上級者向けまで、移行、データ活用、セキュリティ、コスト最適化などのテーマを幅広くご用意しています。
・ハンズオン・ワークショップ: AWS のエキスパートと一緒に、実際に手を動かしながら学べます (会場参加のみ、先着順)。
・パートナーソリューション展示: 運用自動化やマネージドサービスに関する最新のソリューションをご覧いただけます。

マネージドサービスプロバイダーの皆様向けに、複数アカウントの運用とセキュリティ統制をテーマにしたセッションもご用意しています。

会場での参加には事前登録が必要です。ご登録済みの方には、開催 1 週間前に入場用 QR コードをお送りします。

参加登録はこちら: https://aws.amazon.com/jp/summits/japan/

皆様のご来場を心よりお待ちしております。

AWS Summit Japan 事務局
--
本メールは、AWS のイベントやサービスに関する情報の受け取りを希望された方にお送りしています。配信停止をご希望の場合は https://pages.awscloud.com/communication-preferences.html から設定を変更してください。アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎 3-1-1 目黒セントラルスクエア
""")

# =====================================================================
# Other providers: abuse and security incidents
# =====================================================================
add(key="do-abuse-phish", provider="DigitalOcean", lang="en", label="abuse",
    deadline="2027-06-09", rel=("days", 1), date=D(2027, 6, 8, 9, 0),
    frm=("DigitalOcean Trust & Safety", "abuse@digitalocean.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="Action Required: Abuse report for Droplet kestrel-wp-01 [Ticket 8830517]",
    kind="plain", body="""Hello,

We have received a report of phishing content hosted on a Droplet in your team "Kestrel Logistics (managed by Yamabuki)".

  Droplet:     kestrel-wp-01 (ID 418830944)
  Region:      SGP1
  IP address:  198.51.100.61
  Reported URL:
    http://198.51.100.61/wp-content/uploads/2027/06/secure-docs/signin.php
  Description: page imitating a cloud file-sharing login, collecting email
               addresses and passwords

Phishing is prohibited by our Acceptable Use Policy. Content like this is often placed on WordPress sites through an outdated plugin or theme, or through a stolen administrator password, without the owner's knowledge.

What you need to do

Please remove the reported content within 24 hours and reply to this ticket with a short description of what you found and the steps you took to prevent it from happening again. We suggest that you:
- delete the files under the reported path and check for other unexpected files in wp-content;
- update WordPress core, all plugins and themes, and remove any you do not use;
- change the passwords of all WordPress administrator accounts and of SSH and database users;
- review the web server logs to find out how the files were uploaded.

If we do not receive a response within 24 hours, or if the content is still reachable, we may disable public networking on the Droplet until the issue is resolved. You will still be able to reach the Droplet through the Recovery Console.

You can reply directly to this email. Please keep the ticket number in the subject line.

Thank you,
DigitalOcean Trust & Safety

DigitalOcean, LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
""")

add(key="hetzner-abuse-netscan", provider="Hetzner", lang="en", label="abuse",
    deadline="2027-06-17", rel=("days", 1), date=D(2027, 6, 16, 10, 15, 2),
    frm=("Hetzner Abuse Team", "abuse@hetzner.com"),
    to=["noc@yamabuki-it.example"],
    subject="Abuse report for your server 198.51.100.77 - netscan [AbuseID:4F2A91:27]",
    kind="plain", body="""Dear Sir or Madam,

We have received an abuse report concerning your server. The report was sent to us by an external party and is shown in full below.

  Customer number:  K0480211937
  Server:           #2218830 (AX42, FSN1-DC14)
  IP address:       198.51.100.77
  Abuse type:       Netscan (outgoing)
  Received:         2027-06-16 09:52 CEST

Please look into the matter and take the necessary steps to stop the reported activity. If the server has been compromised, we recommend securing your data and reinstalling the operating system, because it is usually not possible to be sure that a compromised system is clean again.

Please send us a statement within 24 hours, using the link below. Tell us what caused the activity and what you have done about it. If the report is a false positive, please explain why.

  https://abuse.hetzner.com/statements/?token=4f2a91c7e05b2d3a

If we do not receive a statement in time, or if we receive further reports of this kind, we may block the IP address or the server without further notice, in accordance with our terms and conditions.

Kind regards

Abuse Team
Hetzner Online GmbH

--- Original report ---
From: abuse-reports@ (external reporter, address withheld)
Subject: Portscan from 198.51.100.77

Dear Hetzner abuse team,
our IDS detected the following connection attempts from your network:

2027-06-16T07:12:44Z 198.51.100.77:40112 -> 192.0.2.10:445 (SYN)
2027-06-16T07:12:44Z 198.51.100.77:40114 -> 192.0.2.11:445 (SYN)
2027-06-16T07:12:45Z 198.51.100.77:40117 -> 192.0.2.12:445 (SYN)
2027-06-16T07:12:45Z 198.51.100.77:40121 -> 192.0.2.13:445 (SYN)
[... 18,304 further lines removed ...]

Please take care of this.
--

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Register court: Registergericht Ansbach, HRB 6089
Managing directors: see imprint at https://www.hetzner.com/legal/imprint
""")

add(key="sendgrid-suspended", provider="Twilio SendGrid", lang="en",
    label="abuse", deadline="none", date=D(2027, 6, 19, 3, 30, -7), bland=True,
    frm=("Twilio SendGrid", "no-reply@sendgrid.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="Important information about your account",
    kind="plain", body="""Hello,

Your Twilio SendGrid account "kestrel-marketing" has been suspended, and you can no longer send email from it.

Why was my account suspended?

Our compliance team reviewed recent sending from your account and found that it does not meet the requirements of our Email Policy. Over the last 7 days:
- your spam report rate was 0.41%, about four times our acceptable threshold;
- messages were delivered to known spam trap addresses at several large mailbox providers;
- a large share of recipients had never received mail from you before, which usually indicates a purchased or scraped list.

Sending like this harms the reputation of shared IP addresses and the deliverability of other senders, so we suspend accounts that show these patterns.

What happens now?

Your account, API keys and contact lists remain in place, but all mail sent through the API or SMTP relay is rejected. Scheduled Marketing Campaigns sends have been cancelled. Your subscription continues to be billed while the account is suspended unless you downgrade or cancel it.

Can I appeal?

If you believe this decision was made in error, you can open a ticket with our Support team from the Help page of your account. Please include:
- how the recipient addresses were collected, with an example of the sign-up form;
- the date and method of your most recent list cleaning;
- the changes you will make to your sending practices.

Appeals are reviewed in the order they are received, and reinstatement is not guaranteed.

Sincerely,
Twilio SendGrid Compliance Team

Twilio Inc., San Francisco, California
This is a transactional message about your account. You cannot unsubscribe from account notices.
""")

add(key="ovh-antihack", provider="OVHcloud", lang="en", label="abuse",
    deadline="none", date=D(2027, 6, 23, 11, 0, 2), bland=True,
    frm=("OVHcloud", "abuse@ovh.net"),
    to=["noc@yamabuki-it.example"],
    subject="Your OVHcloud service vps-3f7c21ab.vps.ovh.net",
    kind="plain", body="""Hello,

Our security systems have detected abnormal activity coming from the following IP address, which belongs to one of your services:

  Service:     vps-3f7c21ab.vps.ovh.net (VPS Comfort, Gravelines)
  IP address:  192.0.2.148
  Activity:    outgoing SSH brute-force attempts against third-party servers
  Detected:    2027-06-23 08:41 CEST

To protect our network and the rest of the internet, the IP address 192.0.2.148 has been blocked. The service is still running, but it can no longer send or receive traffic on the public network.

This behaviour usually means that the server has been compromised, often through a weak password on an account with SSH access or through an application that has not been updated.

How to restore access

1. From the OVHcloud Control Panel, reboot the VPS in rescue mode. The rescue system allows you to access your files without starting your own operating system.
2. Check your logs and files, back up your data, and find the cause of the compromise.
3. We strongly recommend that you reinstall the operating system, then restore your data and change all passwords and SSH keys.
4. When your server is secure, reply to this message from your Control Panel ticket and describe the steps you have taken, so that our team can unblock the IP address.

Please note that a blocked IP can only be released after you have answered this ticket.

For guidance, see our documentation on securing a VPS:
https://help.ovhcloud.com/csm/en-vps-security-tips

Kind regards,
The OVHcloud Security Team

OVH SAS, 2 rue Kellermann, 59100 Roubaix, France
""")

add(key="sakura-abuse-phish", provider="Sakura Internet", lang="ja",
    label="abuse", deadline="2027-06-17", rel=("bdays", 5),
    date=D(2027, 6, 10, 15, 20, 9), cte="base64",
    frm=("さくらインターネット", "abuse@sakura.ad.jp"),
    to=["hosting@yamabuki-it.example"],
    subject="【重要】ご契約サーバーにおける不正利用の通報について（ご対応のお願い）",
    kind="plain", body="""山吹マネージドIT株式会社
ご担当者様

平素はさくらインターネットをご利用いただき、誠にありがとうございます。
さくらインターネット 不正利用対策窓口です。

お客様がご契約中のサーバーにおいて、フィッシングサイトが設置されているとの通報を外部の機関より受けましたので、ご連絡いたします。

■ 対象サービス
サービス: さくらのレンタルサーバ ビジネス
会員ID: 483-1972-0045
ドメイン: shiosai-seafood.example

■ 通報内容
通報元: 国内のフィッシング対策関連団体
URL: https://shiosai-seafood.example/wp-includes/css/.well/index.html
内容: 大手通販サイトのログイン画面を模倣したページ
確認日時: 2027年6月10日 11:42

第三者のアカウント情報を詐取する目的のコンテンツは、当社の約款および禁止事項に該当します。
お客様ご自身で設置されたものでない場合、WordPress のプラグインや FTP アカウントのパスワードなどを経由して、第三者により不正に設置された可能性があります。

■ ご対応のお願い
本メールの送信日から5営業日以内に、以下の対応を実施のうえ、本メールへの返信にてご報告ください。
・該当ファイルの削除
・設置された原因の調査（アクセスログ、更新日時の確認など）
・CMS・プラグインの更新、各種パスワードの変更などの再発防止策

期限までにご対応およびご報告をいただけない場合、または被害の拡大が確認された場合は、やむを得ず該当サービスの一部または全部を停止させていただくことがあります。あらかじめご了承ください。

ご不明な点がございましたら、本メールにご返信ください。

--
さくらインターネット株式会社 不正利用対策窓口
https://www.sakura.ad.jp/
※本メールは、ご契約者様情報に登録されているメールアドレスにお送りしています。
""")

add(key="github-pat-revoked", provider="GitHub", lang="en",
    label="security-incident", deadline="none", date=D(2027, 6, 5, 4, 10, -7),
    frm=("GitHub", "noreply@github.com"),
    to=["github-admin@yamabuki-it.example"],
    subject="[GitHub] A personal access token for yamabuki-kestrel-bot was found in a public repository",
    kind="plain", body="""Hi @yamabuki-kestrel-bot,

We found a valid GitHub personal access token (classic) that belongs to your account in a public repository. To protect your account, we have revoked the token.

  Token name:      kestrel-release-automation
  Scopes:          repo, workflow, write:packages
  Last used:       2027-06-05 08:47 UTC
  Found in:        github.com/lina-dev-sandbox/ci-notes, file .env.backup
  Commit:          9b7e2c41
  Detected:        2027-06-05 10:58 UTC

Because the token was publicly visible, someone may have copied it before it was revoked. Our logs show that the token was used from an IP address you have not used before (203.0.113.201) at 2027-06-05 09:13 UTC to clone the private repository kestrel-logistics/route-planner and to list the organization's packages.

We recommend that you:
- review the security log of your account and the audit log of the kestrel-logistics organization for actions you don't recognize;
- check the private repositories the token could access for unexpected pushes, new deploy keys, webhooks or workflow changes;
- rotate any secrets stored in those repositories, such as cloud credentials in Actions secrets, since the contents of the cloned repository should be treated as exposed;
- create a new fine-grained personal access token with only the permissions needed, or use a GitHub App for automation.

Any applications or scripts that used the revoked token will stop working until you give them a new one.

To see your tokens, visit https://github.com/settings/tokens

If you have questions, please contact GitHub Support at https://support.github.com

Thanks,
The GitHub Team

You're receiving this email because of a security event on your GitHub account.
GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""")

add(key="gws-user-suspended", provider="Google Workspace", lang="en",
    label="security-incident", deadline="none", date=D(2027, 6, 11, 2, 0, -7),
    frm=("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"),
    to=["gws-admin@yamabuki-it.example"],
    subject="Alert: User suspended due to suspicious activity - tsubame-lang.example",
    kind="plain", body="""Google Workspace

Alert: User suspended (suspicious activity)

Google has suspended a user in your organization because we believe the account was compromised.

  Organization:    Tsubame Language School (tsubame-lang.example)
  User:            t.ishida@tsubame-lang.example
  Suspended at:    June 11, 2027, 8:47:12 AM UTC
  Severity:        High

What happened

Between 05:20 and 08:40 UTC, the account was signed in to from IP addresses in two countries where your organization has no users, after a successful password sign-in without 2-Step Verification. During this time the account sent 3,912 messages to external recipients with a link to a fake invoice page, and a mail filter was created that forwards all incoming mail to an external address and marks it as read.

What we did

To stop further damage, the user was suspended and their active sessions were signed out. Messages from this account that were still queued have been cancelled.

What you should do
1. Reset the user's password and remove any unknown recovery email or phone number.
2. Review the user's mail filters, forwarding settings, delegated access and connected third-party apps, and remove anything unknown.
3. Check the Gmail log events and the user's Drive sharing for data that may have been accessed or shared.
4. Turn on 2-Step Verification for the user, and consider enforcing it for the organization.
5. Restore the user from the Users page of the Admin console when the account is secure.

View this alert in the alert center:
https://admin.google.com/ac/ac

You received this email because you are an administrator and the email notification setting for this alert is on. To change notification settings, go to Security > Alert center > Settings in the Admin console.

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

add(key="entra-leaked-creds", provider="Microsoft Entra ID", lang="en",
    label="security-incident", deadline="none", date=D(2027, 6, 22, 10, 40),
    frm=("Microsoft Entra ID Protection", "azure-noreply@microsoft.com"),
    to=["m365-admin@yamabuki-it.example"],
    subject="Leaked credentials detected for a user in Birchwood Veterinary",
    kind="plain", body="""Microsoft Entra ID Protection

Users at high risk detected

Tenant: Birchwood Veterinary (birchwood-vet.example)
Tenant ID: 6f3c2a91-4d7e-48b0-9c15-2e8a7f0d4b63

Microsoft Entra ID Protection has confirmed that the valid username and password of the user below were found in a collection of leaked credentials. Leaked credentials can be used to sign in to your organization.

  User:                     reception2@birchwood-vet.example
  Display name:             Reception Desk 2
  Risk level:               High
  Risk detection:           Leaked credentials
  Detected (UTC):           2027-06-22 07:58
  Additional detection:     Sign-in from an anonymous IP address, 2027-06-22 08:31 UTC, successful

The account signed in successfully to Outlook on the web from an anonymous IP address after the credentials were leaked. Because this account is excluded from your Conditional Access policy that requires multifactor authentication, the sign-in was not challenged.

Recommended actions
- Reset the user's password and revoke all refresh tokens and sessions.
- Review the user's mailbox rules, forwarding and recent sent items for signs of misuse.
- Remove the account from the exclusion list of the multifactor authentication policy, or replace the shared account with named user accounts.
- Enable a user risk policy so that high-risk users are required to change their password automatically.

Review the details of this detection in the Microsoft Entra admin center:
https://entra.microsoft.com/#view/Microsoft_AAD_IAM/RiskyUsersBlade

You are receiving this email because you are listed as a recipient of risky user alerts for this tenant. To change the recipients, open Protection > Identity Protection > Users at risk detected alerts.
""" + MS_FOOTER)

add(key="heroku-pg-creds", provider="Heroku", lang="en",
    label="security-incident", deadline="2027-06-18", rel=("days", 3),
    date=D(2027, 6, 15, 9, 20),
    frm=("Heroku", "noreply@heroku.com"),
    to=["heroku@yamabuki-it.example"],
    subject="Heroku Postgres credentials exposed for app kestrel-tracking-api",
    kind="plain", body="""Hi,

We're reaching out because the credentials of a Heroku Postgres database attached to one of your apps were found in a public location.

  App:        kestrel-tracking-api
  Team:       kestrel-logistics
  Database:   postgresql-curved-71842 (Standard-0), attached as DATABASE_URL
  Found in:   a public GitHub Gist containing a copy of the app's config vars
  Found at:   2027-06-15 07:36 UTC

Anyone with these credentials can connect to the database from the internet, read and change its data. Our logs show 3 connections to the database from IP addresses outside Heroku's network since the credentials were published. We can't tell what those connections did, so please treat the data in this database as exposed.

What you need to do

Please rotate the database credentials within 72 hours of this message. You can do this from the Credentials tab of the database in the Heroku Dashboard, or with the CLI:

  heroku pg:credentials:rotate DATABASE --app kestrel-tracking-api

Rotating credentials updates the DATABASE_URL config var and restarts the app's dynos. If other apps or external services connect to this database with the same credentials, update them as well.

If the credentials haven't been rotated after 72 hours, we'll rotate them for you. Any external clients that still use the old credentials will then lose access.

We also recommend that you:
- remove the Gist and check for other copies of your config vars;
- review the database for unexpected users, tables or data changes;
- rotate any other secrets that were stored in the same config vars.

If you have questions, open a ticket at https://help.heroku.com

Thanks,
The Heroku Security Team

Heroku is a Salesforce company. Salesforce, Inc., Salesforce Tower, 415 Mission Street, San Francisco, CA 94105
""")

add(key="twilio-token-exposed", provider="Twilio", lang="en",
    label="security-incident", deadline="none", date=D(2027, 6, 25, 6, 0, -7),
    bland=True,
    frm=("Twilio", "no-reply@twilio.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="Your Twilio account",
    kind="plain", body="""Hello,

We found the primary Auth Token of one of your Twilio accounts in a public code repository on GitHub.

  Account name:   Birchwood Veterinary - SMS reminders
  Account SID:    AC5e0f1c9a7b3d248e6f0a1b2c3d4e5f60
  Found in:       github.com/bw-clinic-it/reminder-scripts, file send_reminders.py
  Found at:       2027-06-25 11:24 UTC

An Auth Token gives full access to your Twilio account. Anyone who has it can send messages and make calls at your expense, read your message logs and change your account settings. We have seen API requests authenticated with this token from an IP address that has not used your account before, including 214 SMS messages sent to international numbers in the last two hours.

Please take these steps now:
1. In the Twilio Console, open Account > API keys & tokens and create a secondary Auth Token.
2. Update your applications to use the secondary token, or better, a restricted API key.
3. Promote the secondary token to primary. The exposed token stops working immediately.
4. Remove the token from the repository and its history.
5. Review your message logs and usage for activity you do not recognize, and enable Geo Permissions so that only the countries you need can be reached.

If you do not rotate the token, it will keep working, and you remain responsible for charges caused by its use.

Learn more about keeping your credentials safe:
https://www.twilio.com/docs/usage/security

If you need help, reply to this message or contact Twilio Support from the Console.

Thanks,
Twilio Trust & Safety

Twilio Inc., San Francisco, California
""")

add(key="conoha-unauth-login", provider="ConoHa", lang="ja",
    label="security-incident", deadline="none", date=D(2027, 6, 19, 10, 0, 9),
    cte="base64", bland=True,
    frm=("ConoHa サポート", "support@conoha.jp"),
    to=["vps@yamabuki-it.example"],
    subject="【重要】アカウントに関するお知らせ",
    kind="plain", body="""ConoHa をご利用のお客様

いつも ConoHa をご利用いただき、ありがとうございます。
ConoHa サポートでございます。

お客様の ConoHa アカウントにおいて、第三者による不正なログインを確認いたしましたので、ご連絡いたします。

■ 対象アカウント
アカウント名: yamabuki-tsubame
メールアドレス: vps@yamabuki-it.example

■ 確認した内容
・2027年6月19日 03:12 頃、国外の IP アドレスからコントロールパネルへのログイン
・同日 03:15 頃、API ユーザーの新規作成
・同日 03:18～03:26 頃、VPS（メモリ 16GB プラン）3 台の新規作成

当社にてお客様の被害拡大を防ぐため、以下の措置を実施いたしました。
・新規作成された VPS 3 台の停止
・新規作成された API ユーザーの無効化
・アカウントのパスワードの無効化（次回ログイン時に再設定が必要です）

既存の VPS（tsubame-web-01、tsubame-web-02）には変更は加えておりません。

■ お客様へのお願い
1. パスワードリセットの手続きを行い、他のサービスと共用していない新しいパスワードを設定してください。
2. 二段階認証を有効にしてください。
3. 不正に作成された VPS および API ユーザーに心当たりがないことをご確認のうえ、削除してください。
4. 既存の VPS についても、ログイン履歴や不審なプロセスがないかご確認ください。

不正に作成された VPS の利用料金の取り扱いについては、サポート窓口までご相談ください。

ConoHa サポート
https://www.conoha.jp/
※本メールは送信専用アドレスからお送りしています。
""")

# =====================================================================
# Other providers: action required
# =====================================================================
add(key="gcp-gae-py39", provider="Google Cloud", lang="en",
    label="action-required", deadline="2027-08-30",
    date=D(2027, 6, 2, 6, 30, -7), kind="alt",
    brand=("Google Cloud", "#1a73e8"),
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to=["gcp-admin@yamabuki-it.example"],
    subject="[Action Required] App Engine standard environment Python 3.9 runtime decommission on August 30, 2027",
    body="""Hello Google Cloud customer,

We're writing to let you know that the Python 3.9 runtime for the App Engine standard environment will be decommissioned on August 30, 2027.

What you need to know

The Python 3.9 runtime reached end of support on January 30, 2026, and has not received security updates since then. From August 30, 2027:
- you will not be able to deploy new versions of services that use Python 3.9;
- existing versions that use Python 3.9 may be disabled, and requests to them will return errors.

Our records show that the following project is using this runtime:

  Project ID:  birchwood-booking-prod
  Services:    default (3 versions), reminders-worker (1 version)

What you need to do

To avoid disruption to your services, upgrade your applications to a supported runtime, such as Python 3.13, and redeploy them before August 30, 2027. Depending on your code and dependencies, the upgrade may require changes:
- update the runtime field in each app.yaml file;
- update your dependencies in requirements.txt to versions that support Python 3.13;
- replace any use of legacy bundled services with the corresponding Google Cloud client libraries.

We recommend deploying the upgraded application as a new version without migrating traffic, testing it, and then gradually moving traffic to it.

Helpful resources
- Runtime support schedule: https://cloud.google.com/appengine/docs/standard/lifecycle/support-schedule
- Upgrading to the latest Python runtime: https://cloud.google.com/appengine/docs/standard/python3/runtime

We're here to help

If you have questions or need assistance, contact Google Cloud Support. Thanks for choosing App Engine.

-- The Google Cloud team
""" + GOOGLE_FOOTER)

add(key="gcpjp-gke-133", provider="Google Cloud", lang="ja",
    label="action-required", deadline="2027-07-31",
    date=D(2027, 6, 9, 1, 0, -7), cte="base64",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to=["gcp-admin@yamabuki-it.example"],
    subject="【対応が必要】Google Kubernetes Engine 1.33 のサポート終了（2027 年 7 月 31 日）",
    kind="plain", body="""Google Cloud をご利用のお客様

Google Kubernetes Engine（GKE）のマイナー バージョン 1.33 は、2027 年 7 月 31 日に標準サポートを終了します。お客様のプロジェクトで、このバージョンを実行しているクラスタが確認されたため、ご連絡いたします。

対象のクラスタ
プロジェクト ID: tsubame-lms-prod
・lms-cluster-1（asia-northeast1、Standard、リリース チャンネル: なし）
・lms-cluster-batch（asia-northeast1-b、Standard、リリース チャンネル: なし）

お客様への影響
2027 年 7 月 31 日以降、バージョン 1.33 のクラスタにはセキュリティ パッチやバグ修正が提供されなくなります。また、サポート終了後は、クラスタのコントロール プレーンとノードがサポート対象のバージョンへ順次自動アップグレードされます。自動アップグレードはメンテナンスの時間枠と除外設定に従って行われますが、アプリケーションの互換性を事前に確認できないまま実施される可能性があります。

お客様に必要な対応
2027 年 7 月 31 日までに、上記のクラスタを 1.34 以降にアップグレードしてください。アップグレードの前に、以下の点をご確認ください。
・非推奨 API の使用状況（Google Cloud コンソールの「非推奨に関する分析情報」で確認できます）
・ノードプールとコントロール プレーンのバージョンの差
・ご利用中のアドオンやオペレーターの対応バージョン

今後のアップグレードを自動化するため、リリース チャンネル（Regular または Stable）への登録もご検討ください。

関連情報
・GKE のリリース スケジュール: https://cloud.google.com/kubernetes-engine/docs/release-schedule
・クラスタの手動アップグレード: https://cloud.google.com/kubernetes-engine/docs/how-to/upgrading-a-cluster

ご不明な点がございましたら、Google Cloud サポートまでお問い合わせください。

Google Cloud チーム
--
© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
このメールは、Google Cloud のサービスやお客様のアカウントに関する重要な変更をお知らせするために送信しています。
""")

add(key="azure-dv3-retire", provider="Microsoft Azure", lang="en",
    label="action-required", deadline="2027-09-30",
    date=D(2027, 6, 16, 9, 0),
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=["azure-admin@yamabuki-it.example"],
    subject="Action required: Migrate your Dv3-series virtual machines by 30 September 2027",
    kind="plain", body="""Azure Updates

You're receiving this email because you use Dv3-series virtual machines.

On 30 September 2027, Dv3-series and Dsv3-series Azure Virtual Machines will be retired. Newer VM series offer better performance and lower cost for the same workloads, and we're retiring these sizes so that we can move the underlying hardware to current generations.

Subscription: Birchwood-Production (8a1d4c27-5e93-4f60-b2a8-0c7e61d39f54)
Affected VMs in Japan East:
- bw-pims-01 (Standard_D4s_v3)
- bw-dc-01 (Standard_D2s_v3)
- bw-files-01 (Standard_D2s_v3)

Required action

To avoid disruption, resize these VMs to a newer series, such as the Dsv6, Dasv6 or Dlsv6 series, before 30 September 2027. Resizing requires a restart of the VM. Before you resize:
- check that the new size is available in your region and availability zone;
- confirm that your VM uses a generation 2 image if the target series requires it;
- review disk and network limits of the new size for your workload.

After 30 September 2027, any remaining Dv3-series and Dsv3-series VMs will be deallocated and will stop running. You will not be charged for deallocated VMs, but data on temporary disks will be lost.

Help and support

Read the migration guide at https://learn.microsoft.com/azure/virtual-machines/migration/sizes/d-series-migration

If you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and you need technical help, create a support request in the Azure portal.

Account information
Subscription: Birchwood-Production
""" + MS_FOOTER)

add(key="m365-admin-mfa", provider="Microsoft 365", lang="en",
    label="action-required", deadline="2027-08-15", date=D(2027, 6, 4, 8, 0),
    kind="alt", brand=("Microsoft 365 Message center", "#0f6cbd"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to=["m365-admin@yamabuki-it.example"],
    subject="Major update: Phishing-resistant authentication required for privileged admin roles by August 15, 2027 (MC1190842)",
    body="""Message center
Kestrel Logistics (kestrel-logistics.example)

Major update: Phishing-resistant authentication required for privileged admin roles
MC1190842 · Published June 4, 2027 · Act by: August 15, 2027
Service: Microsoft Entra, Microsoft 365 admin center
Tag: Admin impact, User impact

Starting August 15, 2027, users assigned the Global Administrator, Privileged Role Administrator, Security Administrator or Exchange Administrator roles must sign in with a phishing-resistant authentication method (passkeys, including Microsoft Authenticator passkeys, Windows Hello for Business, or certificate-based authentication) to access the Microsoft 365 admin center, the Microsoft Entra admin center and the Azure portal.

How this will affect your organization

Our records show that 4 users in your tenant hold one or more of these roles, and 3 of them have not registered a phishing-resistant method:
- admin@kestrel-logistics.example (Global Administrator)
- yamabuki.support@kestrel-logistics.example (Global Administrator)
- d.whitlock@kestrel-logistics.example (Exchange Administrator)

After August 15, 2027, these users will be prompted to register a passkey when they next sign in to an admin portal, and they will not be able to complete admin tasks until they have done so. Break-glass accounts must also meet this requirement.

What you need to do to prepare

Before August 15, 2027:
- enable passkeys in the Authentication methods policy of Microsoft Entra ID;
- ask the affected admins to register a passkey at https://aka.ms/mysecurityinfo ;
- review emergency access accounts and register FIDO2 security keys for them;
- update any scripts that sign in interactively as an admin to use workload identities instead.

Learn more: https://learn.microsoft.com/entra/identity/authentication/concept-authentication-passkeys-fido2

You're receiving this message because you're a Message center email recipient for this tenant. To change your preferences, go to Message center > Preferences in the Microsoft 365 admin center.
""" + MS_FOOTER)

add(key="github-runner-2204", provider="GitHub", lang="en",
    label="action-required", deadline="2027-07-21",
    date=D(2027, 6, 14, 7, 0, -7),
    frm=("GitHub", "noreply@github.com"),
    to=["github-admin@yamabuki-it.example"],
    subject="[GitHub] Upcoming removal of the ubuntu-22.04 hosted runner image",
    kind="plain", body="""Hi there,

You're receiving this email because workflows in organizations you own ran jobs on the ubuntu-22.04 GitHub-hosted runner image in the last 30 days.

The ubuntu-22.04 runner image will be removed on July 21, 2027. After that date, jobs that request runs-on: ubuntu-22.04 will fail to start.

Organizations and workflows affected
kestrel-logistics
  - route-planner/.github/workflows/ci.yml (1,204 jobs)
  - label-service/.github/workflows/release.yml (88 jobs)
shiosai-web
  - storefront/.github/workflows/deploy.yml (231 jobs)

To help you find affected workflows before the removal, we will run two scheduled brownouts, during which jobs that use ubuntu-22.04 will fail with an error message that points to this change:
- June 29, 2027, 14:00 - 22:00 UTC
- July 7, 2027, 00:00 - 23:59 UTC

What you need to do

Update your workflows to use ubuntu-24.04 or ubuntu-latest before July 21, 2027. The newer image includes updated versions of many tools and languages, so we recommend running your workflows on it now and checking the results. The list of installed software for each image is available in the actions/runner-images repository.

If your builds depend on software that is no longer included, you can install it in a workflow step or use a container job.

Larger runners and self-hosted runners are not affected by this change.

Read the announcement on the GitHub Changelog:
https://github.blog/changelog/

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
You're receiving this email because you are an owner of an organization that uses GitHub Actions. Manage your email preferences at https://github.com/settings/emails
""")

add(key="cloudflare-origin-ca", provider="Cloudflare", lang="en",
    label="action-required", deadline="2027-07-02", date=D(2027, 6, 11, 10, 0),
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to=["dns-admin@yamabuki-it.example"],
    subject="Action needed: Origin CA certificate for shiosai-seafood.example expires in 21 days",
    kind="plain", body="""Hello,

An Origin CA certificate for one of your zones will expire soon.

  Account:            Yamabuki Managed IT
  Zone:               shiosai-seafood.example
  Certificate ID:     389204471855306718290345112849377160044129
  Hostnames:          shiosai-seafood.example, *.shiosai-seafood.example
  Expires on:         2027-07-02 00:00 UTC
  Validity:           1 year
  SSL/TLS mode:       Full (strict)

Cloudflare Origin CA certificates are installed on your origin server to encrypt traffic between Cloudflare and your origin. They are not renewed automatically.

Because this zone uses the Full (strict) SSL/TLS encryption mode, Cloudflare will not be able to connect to your origin once the certificate has expired, and visitors will see error 526 (Invalid SSL certificate).

What you need to do

Before July 2, 2027:
1. In the Cloudflare dashboard, go to SSL/TLS > Origin Server and select Create Certificate.
2. Choose the hostnames and validity period. We recommend the longest validity you are comfortable with.
3. Install the new certificate and private key on your origin web server, and reload the web server.
4. Check that your site loads correctly, then revoke the old certificate.

If you manage origin certificates through the API or Terraform, you can also create the new certificate there.

Learn more about Origin CA certificates:
https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/

You are receiving this notification because you are a member of the account above with notification settings enabled. To manage notifications, go to Notifications in the Cloudflare dashboard.

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
""")

add(key="atlas-mdb70-eol", provider="MongoDB Atlas", lang="en",
    label="action-required", deadline="2027-08-31", date=D(2027, 6, 7, 14, 0),
    frm=("MongoDB Atlas", "mongodb-atlas@mongodb.com"),
    to=["atlas@yamabuki-it.example"],
    subject="Reminder: MongoDB 7.0 reaches end of life on August 31, 2027",
    kind="plain", body="""Hi Yamabuki Managed IT,

This is a reminder that MongoDB 7.0 reaches end of life on August 31, 2027. The following clusters in your Atlas organization are still running MongoDB 7.0:

  Project              Cluster              Tier   Region
  Kestrel Tracking     tracking-prod        M30    AWS Tokyo (ap-northeast-1)
  Kestrel Tracking     tracking-staging     M10    AWS Tokyo (ap-northeast-1)
  Shiosai Storefront   storefront-catalog   M20    AWS Tokyo (ap-northeast-1)

What you should do

Please upgrade these clusters to MongoDB 8.0 before August 31, 2027. In Atlas, major version upgrades are rolling: each member of the replica set is upgraded in turn, and your cluster stays available during the process. Before upgrading production, we recommend that you:
- upgrade a staging cluster first and run your application tests against it;
- check that your drivers are compatible with MongoDB 8.0;
- review the compatibility changes listed in the MongoDB 8.0 release notes.

To upgrade, open the cluster, click Edit Configuration, expand Additional Settings and select MongoDB 8.0 as the version.

What happens if I don't upgrade?

After August 31, 2027, Atlas will begin upgrading remaining MongoDB 7.0 clusters to MongoDB 8.0 automatically during your project's maintenance window. We'll email you at least 7 days before an automatic upgrade is scheduled. Clusters running an end-of-life version are not covered by the Atlas SLA for issues caused by the version.

For more details, see https://www.mongodb.com/docs/atlas/reference/faq/database/#which-versions-of-mongodb-do-service-clusters-use-

If you have any questions, please contact support from the Atlas UI.

Thanks,
The MongoDB Atlas Team

MongoDB, Inc. 1633 Broadway, 38th Floor, New York, NY 10019
You're receiving this email because you're a Project Owner or Organization Owner in MongoDB Atlas.
""")

add(key="snowflake-mfa", provider="Snowflake", lang="en",
    label="action-required", deadline="2027-07-31",
    date=D(2027, 6, 9, 5, 0, -7), kind="alt",
    brand=("Snowflake", "#29b5e8"),
    frm=("Snowflake", "no-reply@snowflake.com"),
    to=["snowflake-admin@yamabuki-it.example"],
    subject="Action Required: Enroll users in multi-factor authentication before July 31, 2027",
    body="""Dear Snowflake Administrator,

As part of our ongoing commitment to security, Snowflake is strengthening authentication requirements for all accounts. Beginning July 31, 2027, human users who sign in with a password will be required to use multi-factor authentication (MFA). Sign-ins with a password alone will be blocked for these users.

Your account

  Organization:   KESTRELLOG
  Account:        KX40771 (AWS ap-northeast-1)
  Human users with password and no MFA: 6

Users who need to enroll in MFA:
- DWHITLOCK
- ANALYST_OPS
- REPORTING_USER
- YAMABUKI_DBA
- S_HAYASHI
- M_OKADA

What you need to do

Before July 31, 2027, ask each of these users to enroll in MFA. Users can enroll a passkey, an authenticator app or Duo from their profile in Snowsight. Administrators can see MFA enrollment status in the ACCOUNT_USAGE.USERS view.

If any of these are not real people but are used by applications, scripts or BI tools, change their TYPE to SERVICE and switch them to key-pair or OAuth authentication. Service users are not subject to the MFA requirement but can no longer sign in with a password.

Timeline
- Now: MFA enrollment is available to all users.
- July 31, 2027: password-only sign-ins by human users are blocked.

Helpful resources
- Multi-factor authentication: https://docs.snowflake.com/en/user-guide/security-mfa
- Planning the move away from passwords: https://docs.snowflake.com/en/user-guide/security-mfa-rollout

If you have questions, please contact Snowflake Support.

Thank you,
Snowflake Security

Snowflake Inc. | Bozeman, Montana
You are receiving this mandatory service email because you are an administrator of a Snowflake account.
""")

add(key="atlassian-api-removal", provider="Atlassian", lang="en",
    label="action-required", deadline="2027-08-01", date=D(2027, 6, 21, 11, 0),
    bland=True,
    frm=("Atlassian", "no-reply@atlassian.com"),
    to=["atlassian-admin@yamabuki-it.example"],
    subject="An update about your Atlassian products",
    kind="plain", body="""Hi there,

You're receiving this email because you're an admin of the Kestrel Logistics Jira site, and an integration on that site still calls Jira Cloud REST API endpoints that are being removed.

What's changing

On August 1, 2027, we'll remove the following Jira Cloud REST API endpoints, which were deprecated in 2025:
- GET /rest/api/2/search and GET /rest/api/3/search
- POST /rest/api/2/search and POST /rest/api/3/search

From that date, requests to these endpoints will return an HTTP 410 Gone error. The replacement endpoints, /rest/api/3/search/jql and /rest/api/3/search/approximate-count, use token-based pagination and return only the fields you ask for.

What we found on your site

In the last 30 days, these endpoints were called about 48,000 times by:
- API token belonging to ops-bridge@kestrel-logistics.example (user agent "Kestrel-OpsBridge/2.3")
- Connected app "Sheet Sync for Jira" (Marketplace app, vendor notified)

What you need to do

Before August 1, 2027, update the script or service that uses the ops-bridge API token to call the new search endpoints. If you use a third-party app, check that you're on the latest version; the vendor has been told about this change.

If you can't find the source of the calls, the audit log for your site shows which API tokens were used and when.

Learn more in the Atlassian developer changelog:
https://developer.atlassian.com/changelog/

Thanks,
The Atlassian Cloud team

Atlassian. Sydney, Australia. This message was sent to you because you're an admin of an Atlassian cloud site. It's an important service announcement, so you can't unsubscribe from it.
""")

add(key="xserver-php-eol", provider="Xserver", lang="ja",
    label="action-required", deadline="2027-08-31",
    date=D(2027, 6, 15, 11, 0, 9), cte="base64",
    frm=("エックスサーバー", "support@xserver.ne.jp"),
    to=["hosting@yamabuki-it.example"],
    subject="【重要】PHP 7.4・8.0 の提供終了について（2027年8月31日）",
    kind="plain", body="""山吹マネージドIT株式会社
ご担当者様

いつもエックスサーバーをご利用いただき、誠にありがとうございます。

このたび、サーバーのセキュリティと安定性を維持するため、以下の PHP バージョンの提供を 2027年8月31日（火）をもって終了いたします。

■ 提供終了となるバージョン
・PHP 7.4 系
・PHP 8.0 系

■ お客様のご利用状況
サーバーID: xs483902
サーバー番号: sv13288.xserver.jp
以下のドメインで、提供終了となるバージョンが設定されています。
・tsubame-lang.example（PHP 7.4.33）
・blog.tsubame-lang.example（PHP 8.0.30）

■ 提供終了後の取り扱い
提供終了日以降、上記バージョンが設定されているドメインは、当社にて順次 PHP 8.2 系へ自動的に切り替えます。
WordPress のテーマやプラグイン、独自に作成されたプログラムによっては、切り替え後に正しく動作しなくなる場合があります。

■ お客様へのお願い
2027年8月31日までに、サーバーパネルの「PHP Ver.切替」から、PHP 8.2 以降への切り替えをお願いいたします。
切り替えの前に、以下をご確認ください。
・WordPress 本体、テーマ、プラグインを最新のバージョンに更新すること
・バックアップを取得すること
・切り替え後にサイトの表示や各種フォームの動作を確認すること

動作に問題があった場合は、提供終了日までであれば、元のバージョンに戻すことができます。

詳細は、以下のお知らせをご確認ください。
https://www.xserver.ne.jp/support/news.php

今後ともエックスサーバーをよろしくお願いいたします。

--
エックスサーバー株式会社
https://www.xserver.ne.jp/
※本メールは、ご登録のメールアドレス宛てに自動送信しています。
""")

add(key="fjcloud-vpn-eol", provider="Fujitsu", lang="ja",
    label="action-required", deadline="2027-09-30",
    date=D(2027, 6, 23, 14, 0, 9), cte="quoted-printable", bland=True,
    frm=("FJcloud-V サポート", "fjcloud-support@fujitsu.com"),
    to=["Kestrel運用窓口 <cloud-ops@yamabuki-it.example>"],
    subject="【FJcloud-V】お知らせ",
    kind="plain", body="""お客様各位

平素は FJcloud-V をご利用いただき、誠にありがとうございます。

FJcloud-V の「リモートアクセスVPNゲートウェイ（旧タイプ）」につきまして、2027年9月30日（木）をもちまして提供を終了させていただくこととなりました。
ご利用中のお客様には大変ご不便をおかけいたしますが、何卒ご理解を賜りますようお願い申し上げます。

■ 対象のお客様
リモートアクセスVPNゲートウェイ（旧タイプ）をご利用中のお客様
ご契約ID: FJV-2021-0074418（ケストレル・ロジスティクス様ご利用分）
対象リソース: ravgw-east1-kestrel（east-1 リージョン）

■ 提供終了日
2027年9月30日（木）

■ 提供終了後の取り扱い
提供終了日以降、旧タイプのリモートアクセスVPNゲートウェイは停止し、VPN 接続はご利用いただけなくなります。設定情報も削除されますので、あらかじめご了承ください。

■ お客様にお願いしたいこと
提供終了日までに、後継サービスの「リモートアクセスVPNゲートウェイ（標準タイプ）」への移行をお願いいたします。
標準タイプでは、多要素認証や同時接続数の拡張に対応しております。
移行手順書およびクライアントソフトウェアは、コントロールパネルの「ドキュメント」からダウンロードいただけます。

なお、2027年8月1日以降は、旧タイプの新規作成および設定変更を受け付けておりません。

■ 料金
標準タイプの料金は、旧タイプと同額です。移行期間中に旧タイプと標準タイプを併用した場合、両方の料金が発生します。

本件に関するお問い合わせは、コントロールパネルのサポート窓口よりお願いいたします。

今後とも FJcloud-V をよろしくお願い申し上げます。

--
富士通株式会社
FJcloud-V サポートデスク
""")

add(key="nttdb-smtp-auth", provider="NTT Docomo Business", lang="ja",
    label="action-required", deadline="2027-08-24",
    date=D(2027, 6, 28, 10, 0, 9), cte="base64",
    frm=("NTTドコモビジネス", "bizmail-info@ntt.com"),
    to=["mail-admin@yamabuki-it.example"],
    subject="【要対応】Bizメール&ウェブ ビジネス SMTP 認証方式変更に伴う設定変更のお願い（2027年8月24日実施）",
    kind="plain", body="""Bizメール&ウェブ ビジネス 管理者様

平素は「Bizメール&ウェブ ビジネス」をご利用いただき、誠にありがとうございます。

当社では、メールサービスのセキュリティ強化のため、メール送信（SMTP）時の認証方式を以下のとおり変更いたします。

■ 実施日
2027年8月24日（火）

■ 変更内容
・SMTP 認証方式 CRAM-MD5 および LOGIN（暗号化なし）の提供を終了します。
・ポート 587 および 465 での SSL/TLS 暗号化通信を必須とします。
・暗号化なしのポート 25 からのメール送信（SMTP 認証あり）は利用できなくなります。

■ 対象のご契約
ご契約番号: N270-331-88104
ドメイン: shiosai-seafood.example
直近 30 日間に、暗号化なしの接続でメールを送信したアカウント: 7 件
（例: order@shiosai-seafood.example、info@shiosai-seafood.example ほか）

■ お客様にお願いしたいこと
実施日までに、上記アカウントをご利用のメールソフト、複合機（スキャン to メール）、Web サイトのメールフォームなどの送信設定を以下のとおり変更してください。
・送信サーバーのポート: 587（STARTTLS）または 465（SSL/TLS）
・認証方式: PLAIN（暗号化通信あり）

設定を変更しないまま実施日を迎えた場合、該当する機器やソフトウェアからメールを送信できなくなります。特に、古い複合機や業務システムは TLS 1.2 に対応していない場合がありますので、機器メーカーにもご確認ください。

■ 設定方法
各メールソフトの設定方法は、以下のサポートサイトでご案内しています。
https://www.ntt.com/business/services/application/mail/bizmail/support.html

ご不明な点は、Bizメール&ウェブ サポートセンターまでお問い合わせください。

--
NTTドコモビジネス株式会社
Bizメール&ウェブ サポートセンター
※本メールは送信専用です。ご返信いただいてもお答えできません。
""")

# =====================================================================
# Other providers: security advisories
# =====================================================================
add(key="gke-bulletin", provider="Google Cloud", lang="en",
    label="security-advisory", deadline="none", date=D(2027, 6, 10, 7, 0, -7),
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to=["gcp-admin@yamabuki-it.example"],
    subject="Google Kubernetes Engine security bulletin GCP-2027-031",
    kind="plain", body="""Hello Google Cloud customer,

We're writing to inform you about a security bulletin that may affect your Google Kubernetes Engine (GKE) clusters. You're receiving this message because you have GKE clusters in the following project: tsubame-lms-prod.

Bulletin: GCP-2027-031
Published: June 10, 2027
Severity: High
CVE: CVE-2027-38811

Description

A vulnerability was discovered in containerd that could allow a container with a specially crafted image to write files outside of its root file system on the node during image unpacking. An attacker who can cause a malicious image to be pulled on a node could use this to escalate privileges on that node.

GKE Autopilot clusters and GKE Sandbox (gVisor) workloads are not affected. GKE Standard nodes running Container-Optimized OS and Ubuntu node images are affected.

What should I do?

Patched node versions are rolling out now. Clusters enrolled in a release channel with node auto-upgrade enabled will be upgraded automatically in the coming weeks. We recommend that you manually upgrade your node pools to one of the following patched versions, or later, as soon as it is convenient:
- 1.33.6-gke.1207000
- 1.34.3-gke.1152000
- 1.35.1-gke.1049000

To reduce the risk until your nodes are upgraded, limit the images your clusters can run to trusted registries, for example by using Binary Authorization, and review who can create Pods in your clusters.

There is no indication that this vulnerability has been exploited against GKE clusters.

For full details, see the GKE security bulletins page:
https://cloud.google.com/kubernetes-engine/security-bulletins

-- The Google Cloud team
""" + GOOGLE_FOOTER)

add(key="azure-cli-advisory", provider="Microsoft Azure", lang="en",
    label="security-advisory", deadline="none", date=D(2027, 6, 18, 12, 0),
    bland=True,
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=["azure-admin@yamabuki-it.example"],
    subject="Important notice about your Azure subscription",
    kind="plain", body="""Azure Service Health
Security advisory

Tracking ID: 7KQ3-R8Z
Impacted subscription: Birchwood-Production (8a1d4c27-5e93-4f60-b2a8-0c7e61d39f54)
Impacted service: Azure CLI

Summary

Microsoft has identified an issue in Azure CLI versions 2.71.0 through 2.74.0 where, when a command is run with the --debug flag, access tokens used to call Azure Resource Manager may be written to the console output in clear text. If that output is captured, for example in CI/CD pipeline logs, the tokens could be read by anyone with access to those logs until they expire.

Access tokens issued by Microsoft Entra ID are short-lived (usually 60 to 90 minutes), which limits the exposure. We have no indication that tokens belonging to your subscription have been misused. This notice is being sent to subscriptions where Azure CLI versions in the affected range were used in the last 60 days.

Recommended actions
- Update Azure CLI to version 2.75.0 or later. Hosted agents in GitHub Actions and Azure Pipelines have already been updated.
- Avoid the --debug flag in automated pipelines, or make sure pipeline logs are not publicly accessible.
- Review pipeline logs created with --debug since April 2027 and delete those that contain access tokens.
- As good practice, use workload identity federation instead of long-lived client secrets for automation.

More information

For further details, see the Microsoft Security Response Center advisory for CVE-2027-35127 and the Azure CLI release notes.

Stay informed about Azure service issues by creating custom service health alerts: https://aka.ms/ash-videos
""" + MS_FOOTER)

add(key="atlassian-app-advisory", provider="Atlassian", lang="en",
    label="security-advisory", deadline="none", date=D(2027, 6, 3, 9, 30),
    bland=True,
    frm=("Atlassian Security", "no-reply@atlassian.com"),
    to=["atlassian-admin@yamabuki-it.example"],
    subject="Important information about your site",
    kind="plain", body="""Hi there,

We're contacting you because the Marketplace app "TimeLedger Pro for Jira" is installed on the Kestrel Logistics Jira site, which you administer.

What happened

On June 1, 2027, the vendor of TimeLedger Pro reported a vulnerability in versions 4.2.0 to 4.6.3 of the app. Under certain conditions, a logged-in user of the site could view worklog comments on issues they didn't otherwise have permission to see. The issue is limited to data stored by the app; it doesn't give access to Jira issues, attachments or other Atlassian products.

The vendor released a fix in version 4.6.4 on June 2, 2027. Because cloud apps are updated automatically, your site is already running the fixed version. Neither the vendor nor Atlassian has found evidence that the vulnerability was exploited on any customer site.

Do I need to do anything?

No immediate action is required. As a precaution, you may want to:
- review which users have access to projects where TimeLedger Pro is used;
- check whether sensitive information has been entered in worklog comments;
- review the app's access scopes on the Manage apps page of your site's administration.

We share this kind of notice when an app installed on your site has a security issue that could affect your data, even if no action is needed. If you have questions about the app, please contact the vendor through its Marketplace listing. For other questions, contact Atlassian Support at https://support.atlassian.com

Thanks,
Atlassian Security

Atlassian. This message was sent to you because you're an admin of an Atlassian cloud site.
""")

add(key="gitlab-patch-release", provider="GitLab", lang="en",
    label="security-advisory", deadline="none", date=D(2027, 6, 24, 8, 0),
    frm=("GitLab", "noreply@gitlab.com"),
    to=["devops@yamabuki-it.example"],
    subject="GitLab Patch Release: 20.1.2, 20.0.4, 19.11.6",
    kind="plain", body="""GitLab Patch Release: 20.1.2, 20.0.4, 19.11.6

Today we are releasing versions 20.1.2, 20.0.4 and 19.11.6 for GitLab Community Edition (CE) and Enterprise Edition (EE).

These versions contain important bug and security fixes, and we strongly recommend that all self-managed GitLab installations be upgraded to one of these versions immediately. GitLab.com is already running the patched version. GitLab Dedicated customers do not need to take action.

Security fixes in this release

- CVE-2027-44120 (High): Cross-site scripting in the merge request diff view. A specially crafted file name could execute scripts in the browser of a user viewing the diff.
- CVE-2027-44131 (Medium): Improper authorization in the project export API allowed a user with the Developer role to download exports that should be restricted to Maintainers.
- CVE-2027-44139 (Medium): Denial of service through large Mermaid diagrams in issue descriptions.
- CVE-2027-44152 (Low): Project visibility information disclosed through the GraphQL API to unauthenticated users.

Bug fixes

This release also contains fixes for background migration failures on PostgreSQL 16, Geo replication of container registry tags, and a regression in the rendering of protected branch settings.

Upgrade instructions

To update GitLab, see the Update page: https://docs.gitlab.com/update/

Details of every security issue are published on our issue tracker 30 days after the release.

Receive patch release notifications

To receive these notifications by email, sign up on our contact page. To stop receiving them, use the unsubscribe link in your subscription preferences at https://about.gitlab.com/company/preference-center/

GitLab Inc., 268 Bush Street #350, San Francisco, CA 94104
""")

add(key="iij-saw-vuln", provider="IIJ", lang="ja",
    label="security-advisory", deadline="none", date=D(2027, 6, 16, 16, 0, 9),
    cte="base64",
    frm=("IIJ サポートセンター", "info@iij.ad.jp"),
    to=["noc@yamabuki-it.example"],
    subject="【IIJ】重要なお知らせ", bland=True,
    kind="plain", body="""IIJ サービスご利用のお客様

平素は格別のご高配を賜り、厚く御礼申し上げます。

IIJ が提供する SA-W2 シリーズ（SA-W2、SA-W2L、SA-W2S）のファームウェアにおいて、脆弱性が確認されましたのでお知らせいたします。

■ 脆弱性の概要
リモートアクセス機能（SSL-VPN）が有効な場合、細工された HTTP リクエストを受信すると、認証を経ずに機器が再起動する可能性があります。
識別子: CVE-2027-33105
深刻度: CVSS v3.1 基本値 7.5（重要）

■ 影響を受けるバージョン
・SA-W2 シリーズ ファームウェア 4.12.0 ～ 4.15.2
※リモートアクセス機能を無効にしている場合、本脆弱性の影響はありません。

■ 対応状況
本脆弱性を修正したファームウェア 4.15.3 を公開いたしました。
SMF（SEIL/SA-W 管理フレームワーク）をご利用中の機器には、2027年6月中旬より順次、修正版ファームウェアの配信を開始いたします。

■ 推奨する対策
・修正版ファームウェア 4.15.3 以降へのアップデートをご検討ください。
・アップデートまでの間、リモートアクセス機能をご利用にならない場合は、機能の無効化をおすすめします。
・ご利用中の場合は、接続元 IP アドレスの制限をご検討ください。

なお、現時点で本脆弱性を悪用した攻撃は確認されておりません。

■ 参考情報
IIJ サービスオンライン（ご契約のお客様向けサポートサイト）の「お知らせ」にて、詳細を掲載しております。
https://help.iij.ad.jp/

本件に関するお問い合わせは、IIJ サポートセンターまでご連絡ください。

今後ともIIJのサービスをご愛顧賜りますよう、よろしくお願い申し上げます。

--
株式会社インターネットイニシアティブ
IIJ サポートセンター
""")

# =====================================================================
# Other providers: maintenance
# =====================================================================
add(key="hetzner-maint-fwd", provider="Hetzner", lang="en",
    label="maintenance", deadline="2027-07-06", date=D(2027, 6, 24, 9, 45, 9),
    fwd=True,
    frm=("Priya Nair", "p.nair@yamabuki-it.example"),
    to=["noc@yamabuki-it.example"],
    subject="Fwd: Planned maintenance: network work in data center park Falkenstein (FSN1-DC14)",
    kind="plain", body="""FYI, this affects Kestrel's build servers (ks-build-01 / ks-build-02) on the dedicated side.

Expected impact is a couple of short outages inside the window. Nothing for us to do on the servers, but I've put it in the change calendar and let Dana know that CI may be unavailable for up to 15 minutes that morning (JST). The window is 11:00-13:00 JST.

If anyone has a release planned for Kestrel on the 6th, please move it.

Priya

""" + FWD_MARK + """
From: Hetzner Online GmbH <info@hetzner.com>
Date: Wed, Jun 23, 2027 at 11:00 PM
Subject: Planned maintenance: network work in data center park Falkenstein (FSN1-DC14)
To: <noc@yamabuki-it.example>


Dear Client,

We will be carrying out maintenance work on the network in our Falkenstein data center park. The following of your servers are affected:

  #2218845  ks-build-01  AX102  FSN1-DC14
  #2218846  ks-build-02  AX102  FSN1-DC14

Start:     2027-07-06 03:00 CEST (01:00 UTC)
End:       2027-07-06 05:00 CEST (03:00 UTC)

Description:
We will replace the aggregation switches of data center FSN1-DC14 with new hardware and update their software. During this time, the network connection of the servers listed above will be interrupted. We expect the interruption to last about 5 to 10 minutes, and it may occur twice during the maintenance window.

Your servers will not be restarted, and the configuration of your servers will not be changed. Services running on the servers will continue to run, but will not be reachable from outside during the interruption.

We are doing our best to keep the downtime as short as possible. You can view the current status of the maintenance work at any time on our status page:
https://status.hetzner.com

We apologize for any inconvenience.

Kind regards

Your Hetzner Online team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
""")

add(key="ovh-vrack-maint", provider="OVHcloud", lang="en",
    label="maintenance", deadline="2027-06-15", date=D(2027, 6, 4, 9, 0, 2),
    frm=("OVHcloud", "noreply@ovh.net"),
    to=["noc@yamabuki-it.example"],
    subject="Planned maintenance on your infrastructure - Gravelines (GRA) vRack",
    kind="plain", body="""Hello,

As part of the continuous improvement of our services, we will carry out a planned intervention on the private network (vRack) infrastructure in our Gravelines data centre.

Affected service(s):
- vRack pn-4483021
- Bare Metal server ns3201447.ip-192-0-2.eu (linked to the vRack above)
- VPS vps-3f7c21ab.vps.ovh.net (public network not affected)

Planned window:
Start:  2027-06-15 03:00 (Europe/Paris, CEST)
End:    2027-06-15 05:00 (Europe/Paris, CEST)

Reference: Travaux #61982

Expected impact:
During the window, traffic on the vRack private network may be interrupted for up to 15 minutes while the router pair serving the GRA zone is updated. Public network traffic and server power are not affected. Services that rely on private connectivity between your servers (database replication, NFS shares, load balancer back ends) may experience disconnections.

Recommended actions:
No action is required. If your application is sensitive to short interruptions of private connectivity, we recommend scheduling your own activities outside this window and checking that your services reconnect automatically.

You can follow the progress of this operation and all our planned maintenance work on our status portal:
https://www.status-ovhcloud.com/

If you need assistance, you can contact our support teams from your OVHcloud Control Panel.

Kind regards,
The OVHcloud team

This email was sent automatically. Please do not reply.
OVH SAS, 2 rue Kellermann, 59100 Roubaix, France
""")

add(key="linode-host-maint", provider="Akamai (Linode)", lang="en",
    label="maintenance", deadline="2027-06-24", date=D(2027, 6, 9, 12, 0),
    frm=("Akamai Cloud Computing", "support@linode.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="Notice from Akamai Cloud Computing", bland=True,
    kind="plain", body="""Hello,

We are writing to let you know about scheduled maintenance that will affect one of the Linodes on your account.

  Linode:               kestrel-vpn-gw (ID 61902277)
  Plan:                 Dedicated 4 GB
  Region:               Tokyo 2, JP (jp-tyo-3)
  Maintenance type:     Migration
  Maintenance window:   2027-06-24 02:00 - 06:00 UTC

Why is this maintenance needed?

As part of our ongoing work to keep our infrastructure reliable, the physical host that your Linode runs on needs to be taken out of service. To do this, we will migrate your Linode to a new host within the same data center.

What to expect

During the maintenance window, your Linode will be shut down, migrated to a new host, and booted again. The process usually takes between 10 and 40 minutes, depending on the size of your disks. Your IP addresses, disks and configuration will not change.

If you prefer, you can start the migration yourself at any time before the scheduled window, by selecting "Migrate" from the Linode's page in Cloud Manager. Once the migration has finished, the scheduled maintenance will be cancelled.

If your Linode was not running at the time of the maintenance, it will stay powered off after the migration.

Monitor the status of this maintenance in Cloud Manager under Account > Maintenance, or at https://status.linode.com

If you have any questions, please open a support ticket from Cloud Manager. We appreciate your understanding.

Regards,
Akamai Cloud Computing Support

Akamai Technologies, Inc. 145 Broadway, Cambridge, MA 02142
""")

add(key="oci-db-maint", provider="Oracle Cloud", lang="en",
    label="maintenance", deadline="2027-07-10", date=D(2027, 6, 25, 13, 0),
    bland=True,
    frm=("Oracle Cloud Infrastructure", "oraclecloudadmin_ww@oracle.com"),
    to=["oci-admin@yamabuki-it.example"],
    subject="Oracle Cloud Infrastructure notification",
    kind="plain", body="""Oracle Cloud Infrastructure

Scheduled infrastructure maintenance

Dear Oracle Cloud Infrastructure customer,

Oracle has scheduled infrastructure maintenance for the following resource in your tenancy. This maintenance applies security updates and firmware updates to the underlying infrastructure.

  Tenancy:              yamabukiit
  Region:               Japan East (Tokyo) ap-tokyo-1
  Compartment:          shiosai-prod
  Resource type:        Base Database Service DB system
  Resource name:        shiosai-erp-db
  Shape:                VM.Standard.E5.Flex (4 OCPUs)
  Maintenance start:    2027-07-10 01:00 UTC (10:00 JST)
  Expected duration:    up to 4 hours

What to expect

The DB system is a single-node virtual machine DB system. During the maintenance, the VM will be restarted once, and the database will be unavailable for approximately 15 to 30 minutes. Oracle Database software is not patched as part of this maintenance.

What you can do

If the scheduled time is not convenient, you can reschedule the maintenance to a later date within the maintenance period from the DB system details page in the Console, under Maintenance. For databases that require higher availability, consider a two-node RAC DB system or Data Guard.

You can view upcoming and past maintenance for your resources at any time in the Console:
https://cloud.oracle.com/

Thank you for using Oracle Cloud Infrastructure.

This is an automatically generated notification. Please do not reply to this email.

Copyright © 2027, Oracle and/or its affiliates. All rights reserved.
Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
""")

add(key="ntteast-flets-maint", provider="NTT East", lang="ja",
    label="maintenance", deadline="2027-06-16", date=D(2027, 6, 1, 14, 0, 9),
    cte="base64",
    frm=("NTT東日本 工事のお知らせ", "koji-info@ntt-east.co.jp"),
    to=["noc@yamabuki-it.example"],
    subject="【NTT東日本】ネットワーク設備工事に伴うサービス一時停止のお知らせ（2027年6月16日）",
    kind="plain", body="""お客様各位

平素はNTT東日本のサービスをご利用いただき、誠にありがとうございます。

このたび、サービス品質向上のため、下記のとおりネットワーク設備の工事を実施いたします。
工事に伴い、一時的にサービスがご利用いただけなくなりますので、ご理解とご協力をお願い申し上げます。

■ 工事日時
2027年6月16日（水）1:00 ～ 5:00
※上記時間帯のうち、最大 10 分程度の通信断が 2 回発生します。
※予備日: 2027年6月17日（木）同時刻

■ 対象サービス
フレッツ 光ネクスト ビジネスタイプ
お客様ID: CAF4471029（ご利用場所: 東京都江東区 ケストレル・ロジスティクス 東雲配送センター）

■ 影響範囲
工事中は、インターネット接続、ひかり電話、フレッツ・VPN ワイドなど、上記回線を利用したサービスが一時的にご利用いただけません。

■ お客様へのお願い
・工事終了後、通信が回復しない場合は、ONU（回線終端装置）およびルーターの電源を入れ直してください。
・工事時間中の作業などは、できるだけお控えください。

工事の進捗状況は、以下のページでご確認いただけます。
https://flets.com/customer/const2/

ご不明な点がございましたら、NTT東日本 故障受付窓口（電話 113）までお問い合わせください。

今後ともNTT東日本をよろしくお願い申し上げます。

--
東日本電信電話株式会社
※本メールは送信専用アドレスからお送りしております。
""")

add(key="kddi-wvs-maint", provider="KDDI", lang="ja",
    label="maintenance", deadline="2027-06-26", date=D(2027, 6, 11, 18, 0, 9),
    cte="base64",
    frm=("KDDI メンテナンス情報", "maintenance-info@kddi.com"),
    to=["noc@yamabuki-it.example"],
    subject="【KDDI】計画メンテナンスのお知らせ（2027年6月26日）",
    kind="plain", body="""ご担当者様

平素よりKDDIのサービスをご利用いただき、誠にありがとうございます。

下記の日程にて、KDDI Wide Area Virtual Switch 2 の設備メンテナンスを実施いたします。
お客様にはご迷惑をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

１．作業日時
2027年6月26日（土） 0:00 ～ 6:00

２．作業内容
中継ノード装置のソフトウェア更新

３．影響
作業時間帯のうち、最大 20 分程度の通信断が 1 回発生します。
冗長構成（2 経路）でご契約のお客様は、経路切り替えに伴う数秒程度の瞬断となる見込みです。

４．対象回線
サービス: KDDI Wide Area Virtual Switch 2
お客様名: 山吹マネージドIT株式会社
回線ID: WVS2-TKY-0088213（汐彩鮮魚市場 本店）
回線ID: WVS2-TKY-0088214（汐彩鮮魚市場 豊洲事務所）

５．お願い
・作業時間中は、重要な通信やバッチ処理の実行をお控えください。
・作業終了後に通信が回復しない場合は、お手数ですがお客様側機器の再起動をお試しのうえ、下記窓口までご連絡ください。

本メンテナンスに関するお問い合わせは、KDDI 法人お客さまセンター（故障受付）までご連絡ください。
ご連絡の際は、上記の回線IDをお伝えください。

なお、作業の実施状況により、作業時間が前後する場合がございます。

--
KDDI株式会社
法人サービス 運用センター
※本メールは送信専用です。
""")

add(key="conoha-emerg-maint", provider="ConoHa", lang="ja",
    label="maintenance", deadline="2027-06-22", date=D(2027, 6, 21, 17, 40, 9),
    cte="base64",
    frm=("ConoHa", "support@conoha.jp"),
    to=["vps@yamabuki-it.example"],
    subject="【緊急メンテナンス】東京リージョン 一部ホストサーバーの緊急メンテナンスのお知らせ",
    kind="plain", body="""ConoHa をご利用のお客様

いつも ConoHa をご利用いただき、ありがとうございます。

東京リージョンの一部のホストサーバーにおいて、ハードウェアの不具合が発生する可能性があることが判明いたしました。
サービスの安定稼働のため、下記の日程で緊急メンテナンスを実施いたします。
急なご案内となり大変申し訳ございませんが、ご理解とご協力をお願いいたします。

■ 日時
2027年6月22日（火） 02:00 ～ 04:00
※作業の状況により、終了時刻が前後する場合がございます。

■ 対象
東京リージョンの一部ホストサーバーで稼働している VPS
お客様の対象サーバー:
・tsubame-web-01（VPS 4GB プラン）

■ 影響
メンテナンス中、対象の VPS は一度シャットダウンされ、別のホストサーバーへ移行したのち、自動的に起動いたします。
停止時間は 10 分から 30 分程度を見込んでおります。
IP アドレスやディスクの内容に変更はございません。

■ お客様へのお願い
・メンテナンス開始前に、重要なデータのバックアップを取得されることをおすすめいたします。
・メンテナンス完了後、サーバーおよびアプリケーションが正常に起動していることをご確認ください。
・OS の起動時にサービスが自動起動する設定になっていない場合は、手動での起動が必要です。

メンテナンスの進捗状況は、ConoHa の障害・メンテナンス情報ページにて随時お知らせいたします。
https://www.conoha.jp/news/

ご不便をおかけいたしますが、何卒よろしくお願いいたします。

ConoHa サポート
※本メールは送信専用アドレスからお送りしています。
""")

add(key="azurejp-vm-maint", provider="Microsoft Azure", lang="ja",
    label="maintenance", deadline="2027-06-29", date=D(2027, 6, 7, 5, 0),
    cte="base64", bland=True,
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=["azure-admin@yamabuki-it.example"],
    subject="Azure サービス正常性のお知らせ",
    kind="plain", body="""Azure サービス正常性
計画メンテナンス

追跡 ID: 4MT9-1H8
影響を受けるサブスクリプション: Tsubame-LMS (3e9b7c15-a4d2-4f81-9e60-58c2d1f7a903)
影響を受けるサービス: Virtual Machines
影響を受けるリージョン: 東日本

概要
Azure インフラストラクチャの信頼性、パフォーマンス、セキュリティを向上させるため、東日本リージョンのホスト サーバーに対して計画メンテナンスを実施します。

メンテナンスの予定
・メンテナンス期間: 2027年6月29日 22:00 ～ 2027年7月3日 6:00（日本時間）
・影響を受ける仮想マシン: tsubame-lms-app01、tsubame-lms-app02

影響
メンテナンス期間中、対象の仮想マシンはホスト サーバーの更新のために再起動されます。一時ディスク上のデータは失われる可能性があります。可用性セットまたは可用性ゾーンに配置された仮想マシンは、同時に再起動されることはありません。

お客様が実施できること
ご都合のよいタイミングで再起動したい場合は、Azure portal の仮想マシンの [メンテナンス] 画面から、メンテナンス期間の開始前にご自身でメンテナンスを開始することができます。特に必要がなければ、お客様による対応は不要です。

Azure portal で詳細を確認する:
https://portal.azure.com/#blade/Microsoft_Azure_Health/AzureHealthBrowseBlade/plannedMaintenance

サービス正常性アラートのカスタマイズ: https://aka.ms/ash-alerts

--
プライバシーに関する声明: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
このメールは、Azure サービスに関する必須のお知らせとして送信しています。
""")

# =====================================================================
# Other providers: pricing
# =====================================================================
add(key="gws-price-change", provider="Google Workspace", lang="en",
    label="pricing", deadline="2027-08-01", date=D(2027, 6, 3, 7, 0, -7),
    kind="alt", brand=("Google Workspace", "#1a73e8"),
    frm=("Google Workspace", "workspace-noreply@google.com"),
    to=["gws-admin@yamabuki-it.example"],
    subject="Changes to Google Workspace pricing for your organization",
    body="""Hello Administrator,

We're writing to let you know about upcoming changes to the price of your Google Workspace subscription for tsubame-lang.example.

Over the past year we've added new capabilities to Google Workspace, including AI features in Gmail, Docs and Meet, expanded security controls and more storage. To reflect this added value, we are updating the list prices of Google Workspace Business editions in Japan.

What's changing

From August 1, 2027, the price of Google Workspace Business Standard on the Flexible Plan will change from JPY 1,600 to JPY 1,800 per user per month (excluding tax).

How this affects your organization

  Organization:    Tsubame Language School (tsubame-lang.example)
  Customer ID:     C03kd81qz
  Edition:         Business Standard
  Plan:            Flexible Plan (monthly)
  Licenses:        28

The new price applies from August 1, 2027, and will first be reflected on your invoice for August, issued at the beginning of September. Based on your current number of licenses, your monthly charges will increase from JPY 44,800 to JPY 50,400, excluding tax.

If you would like to keep a lower price for longer, you can switch to an Annual/Fixed-Term Plan before August 1, 2027. Prices on an annual plan stay fixed until your next renewal.

You don't need to do anything to continue using Google Workspace. To review your subscription, go to Billing > Subscriptions in the Google Admin console: https://admin.google.com

Learn more about this change in the Google Workspace Help Center.

Thank you for choosing Google Workspace.

-- The Google Workspace Team

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Workspace account.
""")

add(key="m365-monthly-billing-price", provider="Microsoft 365", lang="en",
    label="pricing", deadline="2027-07-01", date=D(2027, 6, 14, 9, 0),
    bland=True,
    frm=("Microsoft", "microsoft-noreply@microsoft.com"),
    to=["m365-admin@yamabuki-it.example"],
    subject="Important information about your subscription",
    kind="plain", body="""Microsoft 365

Hello,

We're writing to let you know about a change to the pricing of annual subscriptions that are paid monthly, which affects your organization, Birchwood Veterinary.

What's changing

Starting July 1, 2027, annual-term subscriptions to Microsoft 365 and Office 365 that are billed monthly will be priced 5% higher than the same subscriptions paid upfront for the full year. Prices for subscriptions paid annually in advance are not changing.

How this affects you

  Billing account:  Birchwood Veterinary
  Subscription:     Microsoft 365 Business Premium
  Licenses:         19
  Billing:          Annual commitment, paid monthly
  Next renewal:     October 14, 2027

The new price applies to new and existing monthly-billed annual subscriptions from the first monthly charge on or after July 1, 2027. For your subscription, that is the charge for the billing period starting July 1, 2027. Based on your current licenses, your monthly charge will change from $418.00 to $438.90, before tax.

Your options

- Keep your current billing frequency. No action is needed.
- Switch to paying annually in advance at your next renewal to avoid the 5% difference. You can change the billing frequency for your renewal in the Microsoft 365 admin center, under Billing > Your products.

If you buy through a Microsoft partner or Cloud Solution Provider, contact them about how this change affects your pricing.

For more information, see the Microsoft 365 pricing FAQ in the admin center.

Thank you for being a Microsoft customer.

The Microsoft 365 team
""" + MS_FOOTER)

add(key="do-bandwidth-price", provider="DigitalOcean", lang="en",
    label="pricing", deadline="2027-09-01", date=D(2027, 6, 17, 14, 0),
    bland=True,
    frm=("DigitalOcean", "support@digitalocean.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="An update from DigitalOcean",
    kind="plain", body="""Hi there,

We're writing to let you know about changes to how we charge for outbound data transfer (bandwidth), which will take effect on September 1, 2027.

What's changing

- The price for outbound data transfer above your included allowance will change from $0.01 per GiB to $0.012 per GiB in all regions except SGP1 and BLR1, where it will change to $0.015 per GiB.
- Bandwidth allowances will continue to be pooled across all Droplets in your team, but the allowance for Droplets created part-way through the month will be prorated by the hour instead of by the day.
- Inbound transfer and transfer between resources in the same VPC remain free.

What this means for you

Your team "Kestrel Logistics (managed by Yamabuki)" used 3.1 TiB of outbound transfer in May 2027, against a pooled allowance of 6 TiB, so you did not incur any bandwidth overage charges. If your usage stays at a similar level, this change will not affect your bill.

Most customers stay within their included allowance. You can see your current transfer usage and allowance on the Billing page of the control panel at any time.

You don't need to do anything. The new pricing will be applied automatically from September 1, 2027, and will first appear on your invoice for September usage.

We know pricing changes are never welcome news. If you have any questions, our support team is happy to help at https://www.digitalocean.com/support

Thanks for building with us,
The DigitalOcean Team

DigitalOcean, LLC, 105 Edgeview Drive, Suite 425, Broomfield, CO 80021
You are receiving this service email because you have a DigitalOcean account.
""")

add(key="datadog-custom-metrics", provider="Datadog", lang="en",
    label="pricing", deadline="2027-08-01", date=D(2027, 6, 22, 10, 0, -4),
    kind="alt", brand=("Datadog", "#632ca6"),
    frm=("Datadog", "noreply@datadoghq.com"),
    to=["monitoring@yamabuki-it.example"],
    subject="Upcoming changes to custom metrics pricing",
    body="""Hi Yamabuki Managed IT team,

We're reaching out to share an update to how custom metrics are priced for organizations on pay-as-you-go (on-demand) billing. These changes take effect on August 1, 2027.

What's changing

- The number of custom metrics included per host in Infrastructure Pro will increase from 100 to 150.
- Custom metrics above the included allotment will be billed at $5.50 per 100 custom metrics per month, up from $5.00.
- Custom metrics ingested but not indexed (using Metrics without Limits) will continue to be billed at $0.10 per 100 metrics per month.

How this affects your organization

  Organization:          Yamabuki Managed IT (datadoghq.com, US1)
  Billing plan:          On-demand, Infrastructure Pro
  Average hosts (May):   64
  Average custom metrics (May): 11,820

Based on your May usage, your included allotment will rise from 6,400 to 9,600 custom metrics, and your estimated monthly custom metrics charge will decrease from about $271 to about $122. Your actual charges will depend on your usage.

If you have a committed annual contract, these changes will apply from your next renewal; your account team will contact you separately.

What you can do

No action is required. To understand and control your custom metric usage, use the Metrics Summary page and the Usage Attribution page, which break down usage by metric name, tag and team.

Read the pricing page: https://www.datadoghq.com/pricing/

If you have questions, reply to this email or contact your Customer Success Manager.

Thanks,
The Datadog Billing Team

Datadog, Inc. 620 8th Avenue, 45th Floor, New York, NY 10018
""")

add(key="vercel-pro-pricing", provider="Vercel", lang="en",
    label="pricing", deadline="2027-07-15", date=D(2027, 6, 8, 6, 0, -7),
    kind="html", brand=("Vercel", "#000000"),
    frm=("Vercel", "notifications@vercel.com"),
    to=["web@yamabuki-it.example"],
    subject="Changes to Vercel Pro plan pricing",
    body="""Hi shiosai-web team,

We're updating the Pro plan to make pricing more predictable as your projects grow. These changes apply to your team starting with your billing cycle beginning on July 15, 2027.

What's changing
- Image Optimization moves from per-source-image pricing to per-transformation pricing: $0.05 per 1,000 transformations after the first 10,000 included each month.
- Included Fast Data Transfer increases from 1 TB to 1.2 TB per month.
- Function duration above the included amount is billed by active CPU time instead of wall-clock time.
- The platform fee stays at $20 per month per team, and each seat is still billed per month.

What this means for shiosai-web

Based on your usage over the last 30 days, we estimate that your monthly bill will change from $64.20 to $58.90. The largest change is in Image Optimization, where your product catalogue generated about 48,000 transformations in May.

You can compare your current and estimated future usage on the Usage page of your team dashboard: https://vercel.com/dashboard

You don't need to do anything. The new pricing will apply automatically from your next billing cycle. You can set spend limits and notifications in your team settings at any time.

Read more about the new Pro pricing on our blog: https://vercel.com/blog

Thanks for building on Vercel,
The Vercel Team
--
Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723. You're receiving this email because you're an owner of a team on the Pro plan. Manage your notification preferences at https://vercel.com/account/notifications
""")

add(key="sakura-cloud-price", provider="Sakura Internet", lang="ja",
    label="pricing", deadline="2027-08-01", date=D(2027, 6, 18, 15, 0, 9),
    cte="base64",
    frm=("さくらインターネット", "info@sakura.ad.jp"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="【さくらのクラウド】一部サービスの価格改定のお知らせ",
    kind="plain", body="""さくらのクラウドをご利用のお客様

平素はさくらインターネットをご利用いただき、誠にありがとうございます。

電力料金をはじめとする運用コストの上昇を受け、誠に恐縮ながら、さくらのクラウドの一部サービスについて、2027年8月1日（日）ご利用分より価格を改定させていただくこととなりました。
お客様にはご負担をおかけいたしますが、何卒ご理解を賜りますようお願い申し上げます。

■ 改定日
2027年8月1日（日）ご利用分より

■ 改定内容（税込、月額）
・サーバ 2コア/4GB: 4,400円 → 4,840円
・サーバ 4コア/8GB: 8,800円 → 9,680円
・SSDプラン ディスク 100GB: 2,200円 → 2,420円
・ウェブアクセラレータ: 変更なし
・オブジェクトストレージ: 変更なし
※時間割・日割の料金も同様の比率で改定いたします。
※その他のプランの新価格は、下記の料金ページをご確認ください。

■ お客様のご契約への影響（目安）
会員ID: 483-1972-0045
対象リソース: サーバ 3台、ディスク 4個
現在の月額（目安）: 24,640円
改定後の月額（目安）: 27,104円

■ お客様へのお願い
本改定に伴うお客様でのお手続きは不要です。
改定後の価格は、2027年8月ご利用分（2027年9月ご請求分）より適用されます。
なお、長期利用割引をご利用中のお客様は、割引期間中は改定前の価格を適用いたします。

料金の詳細: https://cloud.sakura.ad.jp/payment/

今後もサービス品質の向上に努めてまいりますので、引き続きご愛顧を賜りますようお願い申し上げます。

--
さくらインターネット株式会社
https://www.sakura.ad.jp/
※本メールは、さくらのクラウドをご利用中のお客様にお送りしています。
""")

# =====================================================================
# Other providers: billing
# =====================================================================
add(key="gcp-payment-declined", provider="Google Cloud", lang="en",
    label="billing", deadline="2027-06-20", date=D(2027, 6, 6, 5, 0, -7),
    frm=("Google Payments", "payments-noreply@google.com"),
    to=["billing@yamabuki-it.example"],
    subject="Action needed: Your Google Cloud payment was declined",
    kind="plain", body="""Google Cloud

Your payment was declined

We couldn't process the automatic payment for your Google Cloud billing account.

  Billing account name:  Birchwood Veterinary
  Billing account ID:    01A7F3-9C2B4E-7D5108
  Amount:                $612.38
  Statement period:      May 1 - 31, 2027
  Payment method:        Visa ending in 2209

Your bank declined the charge. This can happen when a card has expired, has been replaced, or has reached its credit limit.

What you need to do

To avoid an interruption to your Google Cloud services, please make a payment of $612.38 by June 20, 2027. You can also update your payment method, and we'll try the charge again.

1. Go to the Billing section of the Google Cloud console: https://console.cloud.google.com/billing
2. Select the billing account Birchwood Veterinary.
3. Click Payment method to update your card, or click Pay early to make a manual payment.

What happens if the payment isn't made

If we don't receive payment by June 20, 2027, your billing account may be suspended. When a billing account is suspended, the projects linked to it, including birchwood-booking-prod, are shut down, and resources such as virtual machines and data may eventually be deleted.

If you've already made this payment, thank you. It may take a few days for it to appear in your account.

For more help, visit the Cloud Billing help center.

Sincerely,
The Google Payments team

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You've received this mandatory service email to update you about important changes to your Google Cloud billing account.
""")

add(key="azure-invoice", provider="Microsoft Azure", lang="en",
    label="billing", deadline="none", date=D(2027, 6, 3, 11, 0),
    kind="html", brand=("Microsoft Azure", "#0078d4"),
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=["billing@yamabuki-it.example"],
    subject="Your Azure invoice is ready",
    body="""Your Azure invoice is ready

Hello,

Your invoice for the billing period May 1, 2027 to May 31, 2027 is now available in the Azure portal.

Invoice details
- Billing account: Birchwood Veterinary
- Billing profile: Birchwood Veterinary - Main
- Invoice ID: G0281194730
- Invoice date: June 3, 2027
- Amount: $1,284.55 (including tax)
- Payment method: Visa ending in 2209

This amount will be charged automatically to your payment method on file. You don't need to do anything.

Top charges this period
- Virtual Machines: $742.18
- Storage: $201.47
- Azure Backup: $133.90
- Bandwidth: $62.04
- Other services: $144.96

View and download your invoice
Sign in to the Azure portal and go to Cost Management + Billing > Invoices to download the invoice PDF and a detailed usage file:
https://portal.azure.com/#view/Microsoft_Azure_GTM/ModernBillingMenuBlade/~/Invoices

Tip: Set up budgets and cost alerts in Cost Management to get notified before your spending reaches a set amount.

Thank you for choosing Microsoft Azure.

The Microsoft Azure Team
--
You're receiving this email because you're the invoice recipient for this billing profile. To change who receives invoices, update the invoice email preference in the Azure portal. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052. Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
""")

add(key="cloudflare-receipt", provider="Cloudflare", lang="en",
    label="billing", deadline="none", date=D(2027, 6, 1, 12, 0),
    kind="html", brand=("Cloudflare", "#f38020"),
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to=["billing@yamabuki-it.example"],
    subject="Your Cloudflare receipt [#IN-31804472]",
    body="""Thank you for your payment

This is a receipt for your Cloudflare subscription payment. No action is required.

Receipt details
- Receipt number: IN-31804472
- Date paid: June 1, 2027
- Account: Yamabuki Managed IT
- Payment method: Mastercard ending in 0913
- Billing period: June 1, 2027 - June 30, 2027

Items
- Pro plan, shiosai-seafood.example: $25.00
- Pro plan, birchwood-vet.example: $25.00
- Argo Smart Routing, shiosai-seafood.example (base): $5.00
- Argo Smart Routing usage, May 2027 (41.2 GB): $4.12
- Load Balancing, 2 origins, shiosai-seafood.example: $5.00

Subtotal: $64.12
Tax: $0.00
Total paid: $64.12

You can download a PDF copy of this receipt and view your billing history in the Cloudflare dashboard under Manage Account > Billing:
https://dash.cloudflare.com/?to=/:account/billing

If you have questions about this charge, contact our billing support team from the dashboard.

Thank you for using Cloudflare.
--
Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107. You are receiving this email because you are a billing contact for this Cloudflare account.
""")

add(key="xserver-payment-fwd", provider="Xserver", lang="ja",
    label="billing", deadline="2027-06-30", date=D(2027, 6, 15, 9, 20, 9),
    fwd=True, cte="base64",
    frm=("小林 由紀", "y.kobayashi@tsubame-lang.example"),
    to=["support@yamabuki-it.example"],
    subject="Fwd: 【Xserver】サーバーご利用期限のお知らせ（お支払い期限：2027年6月30日）",
    kind="plain", body="""山吹マネージドIT
サポートご担当者様

いつもお世話になっております。
つばめランゲージスクール事務局の小林です。

下記のメールが事務局のアドレスに届きました。
こちらは御社で対応していただけるものでしょうか。それとも当校で支払いの手続きが必要でしょうか。
先月、学校のクレジットカードが新しいものに切り替わったので、自動更新ができていないのかもしれません。

ホームページが止まってしまうと生徒募集に影響しますので、お手数ですがご確認をお願いいたします。

小林 由紀
つばめランゲージスクール 事務局

""" + FWD_MARK + """
From: Xserver <support@xserver.ne.jp>
Date: 2027年6月14日(月) 10:02
Subject: 【Xserver】サーバーご利用期限のお知らせ（お支払い期限：2027年6月30日）
To: <office@tsubame-lang.example>


つばめランゲージスクール 様

いつもエックスサーバーをご利用いただき、誠にありがとうございます。

ご契約中のサーバーのご利用期限が近づいております。
ご登録のクレジットカードによる自動更新の決済ができませんでしたので、お支払い期限までにお手続きをお願いいたします。

■ ご契約内容
サーバーID: xs483902
プラン: スタンダード
ご利用期限: 2027年6月30日（水）
更新期間: 12ヶ月
ご請求金額: 15,840円（税込）

■ お支払い期限
2027年6月30日（水）

■ お手続き方法
Xserverアカウントにログインし、「料金支払い」メニューからお支払い方法を選択のうえ、お手続きください。
クレジットカード、銀行振込、コンビニエンスストア払い、ペイジーがご利用いただけます。
https://www.xserver.ne.jp/login_info.php

■ ご注意
お支払い期限までにご入金が確認できない場合、ご利用期限の翌日よりサーバーが停止され、ホームページの表示やメールの送受信ができなくなります。
停止後も一定期間はデータを保持しておりますが、期間を過ぎるとすべてのデータが削除されますので、ご注意ください。

行き違いでお手続き済みの場合は、本メールは破棄していただきますようお願いいたします。

--
エックスサーバー株式会社
https://www.xserver.ne.jp/
""")

# =====================================================================
# Other providers: informational
# =====================================================================
add(key="gcp-product-update", provider="Google Cloud", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 17, 7, 0, -7),
    bland=True,
    frm=("Google Cloud", "googlecloud@google.com"),
    to=["gcp-admin@yamabuki-it.example"],
    subject="Google Cloud update",
    kind="plain", body="""Google Cloud | Product update, June 2027

Hi there,

Here's a look at what's new across Google Cloud this month, with a few highlights for customers in Japan.

New in Tokyo and Osaka
- Cloud Run now supports GPU-accelerated services in asia-northeast1, so you can serve open models close to your users without managing infrastructure.
- AlloyDB for PostgreSQL is now available in asia-northeast2 (Osaka), making cross-region disaster recovery within Japan simpler to set up.

Data and AI
- BigQuery adds continuous queries to the Standard edition, letting you process streaming data with SQL and send the results to Pub/Sub.
- Gemini in BigQuery can now suggest partitioning and clustering for your largest tables, based on your actual query patterns.

Security
- Security Command Center adds an attack path view for GKE workloads, showing how a vulnerable container could reach sensitive data.
- Organization policies can now be simulated before you enforce them, so you can see which resources would be affected.

Learn and connect
- Google Cloud Next Tokyo '27 takes place on August 5 and 6 at Tokyo Big Sight. Registration opens next week.
- New free Skills Boost courses on cost management and FinOps are available in Japanese.

Read the full release notes: https://cloud.google.com/release-notes

Thanks for building with Google Cloud.

The Google Cloud Team

--
© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You're receiving this email because you signed up for Google Cloud product updates. Unsubscribe: https://cloud.google.com/newsletter/unsubscribe
""")

add(key="azure-case-rca-reply", provider="Microsoft Azure", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 29, 10, 0),
    reply=True, bland=True,
    frm=("Microsoft Support", "support@mail.support.microsoft.com"),
    to=["azure-admin@yamabuki-it.example"],
    cc=["t.wexley@yamabuki-it.example"],
    in_reply_to="<20270625013305.TW2290@mail.yamabuki-it.example>",
    subject="RE: Case 2706240030001947 - Unexpected restart of VM bw-pims-01 [TrackingID#2706240030001947]",
    kind="plain", body="""Hello Tom,

Thank you for your patience while we completed the investigation for case 2706240030001947.

Summary of the investigation

  Subscription:  Birchwood-Production (8a1d4c27-5e93-4f60-b2a8-0c7e61d39f54)
  Resource:      bw-pims-01 (Standard_D4s_v3, Japan East)
  Impact start:  2027-06-24 16:41 UTC
  Impact end:    2027-06-24 16:58 UTC

Root cause: The physical host node that bw-pims-01 was running on experienced a hardware fault in a memory module. The Azure platform detected that the node was unhealthy and automatically moved the VM to a healthy host (a process we call service healing). As part of this, the VM was restarted, which caused the 17-minute interruption you observed. The VM's managed disks were not affected and no data was lost. Data on the temporary disk (D:) may have been cleared.

The faulty host node has been removed from service for repair. This was an isolated hardware event and not related to any change made in your subscription.

Recommendations (optional)

To reduce the impact of similar events in the future, you may consider placing critical VMs in an availability set or across availability zones, and enabling Azure Resource Health alerts so that you are notified immediately when a VM is affected by a platform event.

As the investigation is complete, I will archive this case. If you have any further questions, simply reply to this email and the case will be reopened.

It was a pleasure working with you.

Best regards,
Aditi Raman
Support Engineer, Azure Compute
Microsoft Customer Service and Support
Working hours: Mon-Fri, 09:00-18:00 IST

-----Original Message-----
From: Tom Wexley <t.wexley@yamabuki-it.example>
Sent: Friday, June 25, 2027 1:33 AM
Subject: RE: Case 2706240030001947 - Unexpected restart of VM bw-pims-01

Hi Aditi, thanks. The clinic reported the practice management system going down
around 01:40 JST on the 25th. Could you confirm the root cause when you have it?
We need it for our incident report to the customer.

Tom Wexley | Yamabuki Managed IT
""")

add(key="github-insider", provider="GitHub", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 12, 6, 0, -7),
    kind="html", brand=("GitHub", "#24292f"),
    frm=("GitHub", "noreply@github.com"),
    to=["github-admin@yamabuki-it.example"],
    subject="What's new on GitHub this month",
    body="""Hi @yamabuki-ops,

Here's a roundup of recent updates from across GitHub. Catch up on the features that shipped in the last few weeks, and see what's coming next.

Copilot
- Copilot code review can now be required in branch protection rules, so every pull request gets an automated first review before a human looks at it.
- Copilot coding agent supports organization-wide custom instructions and can now open draft pull requests from issues in private repositories on all paid plans.

Actions
- Arm64 hosted runners are now generally available for private repositories on all plans.
- Workflow runs can now be re-run with debug logging enabled directly from the pull request checks tab.

Security
- Secret scanning push protection now covers 40 more token types, including several popular observability and payments providers.
- Dependabot can group security updates across multiple ecosystems in a single pull request.

Community
- GitHub Universe returns to San Francisco on October 27-28. Early bird tickets are on sale now.
- The 2027 Octoverse survey is open. Tell us how your team builds software and help shape the report.

Explore the full changelog: https://github.blog/changelog/

Happy coding,
The GitHub Team
--
You're receiving this email because you subscribed to GitHub product updates. Unsubscribe or manage your email preferences at https://github.com/settings/emails . GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""")

add(key="snowflake-whats-new", provider="Snowflake", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 25, 7, 0, -7),
    bland=True,
    frm=("Snowflake", "no-reply@snowflake.com"),
    to=["snowflake-admin@yamabuki-it.example"],
    subject="What's new",
    kind="plain", body="""Snowflake | Summit 2027 recap

Hello,

Thank you to everyone who joined us in person and online for Snowflake Summit 2027. If you missed it, here are some of the announcements most relevant to data teams.

Platform
- Adaptive warehouses are now generally available in AWS regions, including Asia Pacific (Tokyo). They size compute automatically based on the queries you run, so you no longer need to choose a warehouse size.
- Apache Iceberg tables managed by Snowflake now support row-level deletes and merges from external engines.

AI and apps
- Cortex AI functions now support Japanese for document extraction and summarization.
- Snowflake Intelligence lets business users ask questions about governed data in natural language, with answers that cite the underlying tables.

Governance and cost
- New cost anomaly alerts notify account administrators when daily credit consumption is unusually high.
- The Trust Center adds scanners for unused roles and users who have not signed in for 90 days.

Catch up on demand

All keynotes and more than 200 breakout sessions are available on demand at no charge. Sign in with your Snowflake community account to watch.

https://www.snowflake.com/summit/

Join a Japanese-language Summit recap webinar on July 8, hosted by the Snowflake Japan team.

Thanks for being part of the Data Cloud.

The Snowflake Team

--
Snowflake Inc. You are receiving this email because you subscribed to product news from Snowflake. To unsubscribe or change your preferences, visit https://www.snowflake.com/preference-center/
""")

add(key="mongodb-local-tokyo", provider="MongoDB", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 2, 9, 0),
    kind="alt", brand=("MongoDB.local Tokyo", "#00684a"),
    frm=("MongoDB", "events@mongodb.com"),
    to=["atlas@yamabuki-it.example"],
    subject="You're invited: MongoDB.local Tokyo 2027",
    body="""Hi there,

Join us at MongoDB.local Tokyo, our one-day developer conference, on Thursday, July 15, 2027, at the Toranomon Hills Forum.

MongoDB.local brings together developers, architects and technology leaders to learn about building modern applications, from search and vector search to stream processing and AI-powered features.

What to expect
- A keynote on the latest MongoDB releases and the product roadmap.
- More than 20 technical sessions in Japanese and English, including talks from customers running Atlas in production.
- Hands-on workshops on Atlas Vector Search, schema design and performance tuning.
- Office hours with MongoDB engineers: bring your questions about your own clusters and queries.
- A partner showcase and an evening reception for networking.

Event details
- Date: Thursday, July 15, 2027
- Time: 9:30 - 18:00 JST (reception until 20:00)
- Venue: Toranomon Hills Forum, Tokyo
- Price: free, registration required

Seats for the workshops are limited and are allocated on a first-come, first-served basis when you register.

Register now: https://www.mongodb.com/events/mongodb-local/tokyo

We look forward to seeing you in Tokyo.

The MongoDB Events Team
--
MongoDB, Inc. 1633 Broadway, 38th Floor, New York, NY 10019. You are receiving this email because you have a MongoDB Atlas account or have attended a MongoDB event. To unsubscribe from event invitations, visit https://www.mongodb.com/preference-center
""")

add(key="alibaba-newsletter", provider="Alibaba Cloud", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 13, 16, 0, 8),
    kind="html", brand=("Alibaba Cloud", "#ff6a00"),
    frm=("Alibaba Cloud", "noreply@alibabacloud.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="Alibaba Cloud Newsletter | June 2027",
    body="""Alibaba Cloud Newsletter | June 2027

Dear Customer,

Welcome to this month's newsletter, with the latest product news, events and resources from Alibaba Cloud.

Product highlights
- Elastic Compute Service (ECS) launches 9th-generation general-purpose instances in the Japan (Tokyo) region, offering higher memory bandwidth for databases and caching.
- ApsaraDB RDS for PostgreSQL now supports major version 17 with in-place upgrades.
- Object Storage Service (OSS) adds a new Deep Cold Archive storage class in the Japan (Tokyo) and Singapore regions.
- Model Studio adds new multilingual models with improved Japanese and Korean support.

Events
- Alibaba Cloud Summit Asia, Singapore, September 14-15, 2027. Call for speakers open until July 9.
- Webinar: Designing multi-region architectures across Japan and Southeast Asia, June 30, 2027, 15:00 JST.

Learning resources
- New free lab: Deploy a containerized web application on Container Service for Kubernetes (ACK) in 30 minutes.
- Alibaba Cloud Certification: 30% off selected exams until the end of July.

Read more on our blog: https://www.alibabacloud.com/blog

Best regards,
The Alibaba Cloud Team
--
You are receiving this newsletter because you registered an Alibaba Cloud account. To stop receiving marketing emails, unsubscribe at https://www.alibabacloud.com/unsubscribe . Alibaba Cloud (Singapore) Private Limited.
""")

add(key="fastly-incident-resolved", provider="Fastly", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 19, 9, 30),
    frm=("Fastly Status", "support@fastly.com"),
    to=["noc@yamabuki-it.example"],
    subject="[Resolved] Elevated error rates at Tokyo (NRT) and Osaka (ITM) POPs",
    kind="plain", body="""Fastly Status - Incident report

Elevated error rates at Tokyo (NRT) and Osaka (ITM) POPs

Resolved - 2027-06-19 09:12 UTC
This incident has been resolved. Error rates and latency at the NRT and ITM points of presence have returned to normal levels. Traffic that was temporarily routed to other POPs in the region has been moved back.

Monitoring - 2027-06-19 08:41 UTC
A fix has been implemented, and we are monitoring the results.

Identified - 2027-06-19 08:20 UTC
We have identified a configuration issue affecting a subset of cache nodes at the NRT and ITM POPs. Engineers are rolling back the change. As a precaution, some traffic has been rerouted to the HND POP.

Investigating - 2027-06-19 07:58 UTC
We are investigating reports of elevated 503 errors and increased time to first byte for requests served by the Tokyo (NRT) and Osaka (ITM) POPs. Customers may see increased origin traffic during this time.

Affected components
- Delivery: Asia/Pacific - Tokyo (NRT)
- Delivery: Asia/Pacific - Osaka (ITM)

Customer impact

Between 07:51 and 09:05 UTC, approximately 4% of requests served by these POPs returned 503 errors, and cache hit ratios were lower than usual, which increased traffic to customer origins. No customer configuration changes are required.

A post-incident summary will be published on status.fastly.com within five business days.

You are receiving this email because you subscribed to incident notifications for Fastly components in the Asia/Pacific region. Manage your subscription at https://www.fastlystatus.com/

Fastly, Inc. San Francisco, California
""")

add(key="netlify-product-updates", provider="Netlify", lang="en",
    label="informational", deadline="none", date=D(2027, 6, 10, 7, 0, -7),
    kind="html", brand=("Netlify", "#014847"),
    frm=("Netlify", "team@netlify.com"),
    to=["web@yamabuki-it.example"],
    subject="Netlify product updates: June 2027",
    body="""Hi there,

Here's what we shipped in the last month, and a few things coming soon.

New features
- Deploy previews now include an automatic accessibility check, with issues listed directly in the deploy summary.
- Netlify Functions can now run in the Tokyo region for teams on any paid plan, reducing latency for visitors in Japan.
- Image CDN supports AVIF output by default, typically reducing image sizes by 20% compared with WebP.
- Team audit logs can now be streamed to your own log drain.

Improvements
- Build times for large Next.js sites are up to 30% faster thanks to improved caching of framework output.
- The CLI adds a new command to open the logs of the most recent deploy in your terminal.

Community and events
- Join our monthly office hours on June 24 to see the new features in action and ask the team your questions.
- Read how a regional retailer moved its storefront to Netlify and halved its page load times.

Read the full changelog: https://www.netlify.com/changelog/

Thanks for building with Netlify,
The Netlify Team
--
You're receiving this email because you have a Netlify account and subscribed to product updates. Unsubscribe or update your preferences at https://app.netlify.com/user/settings . Netlify, Inc., San Francisco, California
""")

add(key="nec-portal-rename", provider="NEC", lang="ja",
    label="informational", deadline="none", date=D(2027, 6, 29, 11, 0, 9),
    cte="base64", bland=True,
    frm=("NEC クラウドサポート", "cloud-support@nec.com"),
    to=["cloud-ops@yamabuki-it.example"],
    subject="お知らせ",
    kind="plain", body="""お客様各位

平素は NEC のクラウドサービスをご利用いただき、誠にありがとうございます。

このたび、お客様向けポータルサイトの名称およびデザインを、以下のとおり変更いたしますのでお知らせいたします。

■ 変更内容
旧名称: NEC クラウド カスタマーポータル
新名称: NEC Cloud Service Hub
・トップページのデザインを刷新し、ご契約サービスの稼働状況、メンテナンス情報、お問い合わせ履歴を 1 画面でご確認いただけるようになります。
・スマートフォンからの閲覧に対応いたします。

■ 変更日
2027年7月20日（火）

■ お客様への影響
・ポータルの URL、ログイン ID、パスワードに変更はございません。
・ブックマークの変更も不要です。
・ご契約内容、ご利用料金、サポート窓口の連絡先に変更はございません。
・お客様によるお手続きは必要ありません。

■ ご利用中のサービス（ご参考）
ご契約者名: 山吹マネージドIT株式会社
お客様番号: NC-0098821
ご利用中のサービス: NEC クラウド IaaS（バーチャルサーバ、バックアップ）

変更後の操作方法については、ポータル内の「ご利用ガイド」にて順次ご案内いたします。

今後とも、NEC のクラウドサービスをよろしくお願い申し上げます。

--
日本電気株式会社
クラウドサービス サポートセンター
受付時間: 平日 9:00～17:30（土日祝日、年末年始を除く）
※本メールは送信専用のアドレスからお送りしています。
""")


# =====================================================================
# Building
# =====================================================================
JA_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]")
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def sha(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def to_address(s):
    name, addr = email.utils.parseaddr(s)
    return Address(display_name=name, addr_spec=addr)


def message_id(n):
    h = sha("set-u/" + n["key"])
    dom = n["frm"][1].split("@", 1)[1]
    if dom.endswith("amazon.com"):
        return "<0106%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>" % (
            h[:12], h[12:20], h[20:24], h[24:28], h[28:40])
    if dom.endswith("google.com"):
        return "<%s.%s@google.com>" % (h[:20], h[20:28])
    if dom.endswith("microsoft.com"):
        return "<%s-%s@%s>" % (h[:16], h[16:24], dom)
    return "<%s.%s@%s>" % (h[:24], n["date"].strftime("%Y%m%d%H%M"), dom)


def pick_cte(text, forced=None):
    if forced:
        return forced
    if any(ord(c) > 127 for c in text):
        return "quoted-printable"
    if max((len(x) for x in text.split("\n")), default=0) > 76:
        return "quoted-printable"
    return "7bit"


def build(n):
    m = EmailMessage(policy=POLICY)
    m["Date"] = format_datetime(n["date"])
    m["From"] = Address(display_name=n["frm"][0], addr_spec=n["frm"][1])
    m["To"] = [to_address(x) for x in n["to"]]
    if n.get("cc"):
        m["Cc"] = [to_address(x) for x in n["cc"]]
    m["Subject"] = n["subject"]
    m["Message-ID"] = message_id(n)
    if n.get("in_reply_to"):
        m["In-Reply-To"] = n["in_reply_to"]
        m["References"] = n["in_reply_to"]
    m["MIME-Version"] = "1.0"
    body = n["body"].lstrip("\n")
    if not body.endswith("\n"):
        body += "\n"
    lang = n["lang"]
    kind = n["kind"]
    if kind == "plain":
        m.set_content(body, subtype="plain", charset="utf-8",
                      cte=pick_cte(body, n.get("cte")))
    else:
        brand, color = n["brand"]
        page = text_to_html(body, brand, color, lang=lang)
        html_cte = "base64" if lang == "ja" else "quoted-printable"
        if kind == "html":
            m.set_content(page, subtype="html", charset="utf-8", cte=html_cte)
        elif kind == "alt":
            m.set_content(body, subtype="plain", charset="utf-8",
                          cte=pick_cte(body, n.get("cte")))
            m.add_alternative(page, subtype="html", charset="utf-8",
                              cte=html_cte)
            for part in m.iter_parts():
                del part["MIME-Version"]
            m.set_boundary("=_set-u_%s_%s" % (n["key"], sha(n["key"])[:10]))
        else:
            raise ValueError(kind)
    m["X-Training-Label"] = n["label"]
    m["X-Training-Deadline"] = n["deadline"]
    return m


def asctime_utc(d):
    u = d.astimezone(UTC)
    return "%s %s %2d %02d:%02d:%02d %d" % (
        u.strftime("%a"), u.strftime("%b"), u.day, u.hour, u.minute,
        u.second, u.year)


def tidy_headers(text, width=78):
    """Python's folder moves a long ASCII value that would fit on one
    continuation line to a line of its own ("Subject:\n value"); refold such
    top-level headers at spaces instead, as most mail software does."""
    head, sep, body = text.partition("\n\n")
    groups = []
    for ln in head.split("\n"):
        if ln[:1] in (" ", "\t") and groups:
            groups[-1].append(ln)
        else:
            groups.append([ln])
    out = []
    for g in groups:
        name, _, rest = g[0].partition(":")
        value = "".join(g[1:]).strip()
        if rest.strip() or len(g) < 2 or "=?" in value or \
                any(ord(c) > 127 for c in value):
            out.extend(g)
            continue
        words = value.split(" ")
        line = "%s: %s" % (name, words[0])
        for w in words[1:]:
            if len(line) + 1 + len(w) <= width:
                line += " " + w
            else:
                out.append(line)
                line = " " + w
        out.append(line)
    return "\n".join(out) + sep + body


def serialize(m):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=POLICY).flatten(m)
    return tidy_headers(buf.getvalue().decode("ascii"))


def write_mbox(notices):
    chunks = []
    for n in notices:
        text = serialize(build(n))
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        out = []
        for ln in lines:
            if ln.startswith(">From "):
                raise ValueError("%s: ambiguous '>From ' line" % n["key"])
            out.append(">" + ln if ln.startswith("From ") else ln)
        chunks.append("From %s %s\n%s\n\n" % (n["frm"][1], asctime_utc(n["date"]),
                                               "\n".join(out)))
    data = "".join(chunks).encode("ascii")
    with open(OUT, "wb") as f:
        f.write(data)


# =====================================================================
# Checking
# =====================================================================
def add_bdays(d, k):
    while k:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            k -= 1
    return d


def date_forms(d):
    mon = MONTHS[d.month - 1]
    return [
        d.isoformat(), "%s %d, %d" % (mon, d.day, d.year),
        "%d %s %d" % (d.day, mon, d.year),
        "%s %d, %d" % (mon[:3], d.day, d.year),
        "%d年%d月%d日" % (d.year, d.month, d.day),
        "%d 年 %d 月 %d 日" % (d.year, d.month, d.day),
        "%d/%02d/%02d" % (d.year, d.month, d.day),
        "%d月%d日" % (d.month, d.day),
    ]


def read_mbox(path):
    raw = open(path, "rb").read()
    problems = []
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        return [], ["file is not pure ASCII"]
    if "\r" in text:
        problems.append("CR characters present (expected LF line endings)")
    lines = text.split("\n")
    from_re = re.compile(r"^From (\S+@\S+) (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                         r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                         r"[ 123]\d \d\d:\d\d:\d\d \d{4}$")
    msgs, cur, env = [], None, None
    for i, ln in enumerate(lines):
        if ln.startswith("From "):
            if i > 0 and lines[i - 1] != "":
                problems.append("line %d: From_ line not preceded by blank line" % (i + 1))
            if not from_re.match(ln):
                problems.append("line %d: bad From_ line %r" % (i + 1, ln))
            if cur is not None:
                msgs.append((env, cur))
            cur, env = [], ln
        else:
            if cur is None:
                problems.append("line %d: text before first From_ line" % (i + 1))
                continue
            cur.append(ln[1:] if ln.startswith(">From ") else ln)
    if cur is not None:
        msgs.append((env, cur))
    if not text.endswith("\n\n"):
        problems.append("file does not end with a blank line")
    parsed = []
    for env, body in msgs:
        while body and body[-1] == "":
            body.pop()
        b = ("\n".join(body) + "\n").encode("ascii")
        parsed.append((env, BytesParser(policy=email.policy.default).parsebytes(b)))
    return parsed, problems


def visible_text(msg):
    """Decoded plain text (or HTML rendered to text when there is no plain part)."""
    plain = [p for p in msg.walk() if p.get_content_type() == "text/plain"]
    if plain:
        return "\n".join(p.get_content() for p in plain)
    htmlp = [p for p in msg.walk() if p.get_content_type() == "text/html"]
    return "\n".join(html_to_text(p.get_content()) for p in htmlp)


def check(notices):
    parsed, problems = read_mbox(OUT)
    P = problems.append
    if len(parsed) != len(notices):
        P("expected %d messages, found %d" % (len(notices), len(parsed)))
        return problems, None
    required = ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                "Content-Type", "X-Training-Label", "X-Training-Deadline"]
    ids = set()
    stats = collections.defaultdict(lambda: collections.Counter())
    shapes = collections.Counter()
    wc_en, wc_ja = [], []
    for n, (env, msg) in zip(notices, parsed):
        k = n["key"]
        for h in required:
            if len(msg.get_all(h, [])) != 1:
                P("%s: header %s present %d times" % (k, h, len(msg.get_all(h, []))))
        label = str(msg["X-Training-Label"])
        dl = str(msg["X-Training-Deadline"])
        if label not in LABELS:
            P("%s: unknown label %r" % (k, label))
        if label != n["label"] or dl != n["deadline"]:
            P("%s: label/deadline mismatch after round trip" % k)
        mid = str(msg["Message-ID"])
        if mid in ids:
            P("%s: duplicate Message-ID" % k)
        ids.add(mid)
        if str(msg["MIME-Version"]) != "1.0":
            P("%s: MIME-Version" % k)
        # Date header: June 2027, same calendar day in header zone, UTC and JST
        d = parsedate_to_datetime(str(msg["Date"]))
        if d != n["date"]:
            P("%s: Date header round trip" % k)
        day = d.date()
        if not (day.year == 2027 and day.month == 6):
            P("%s: Date not in June 2027" % k)
        if d.astimezone(UTC).date() != day or d.astimezone(JST).date() != day:
            P("%s: Date header calendar day differs between zones" % k)
        # envelope line
        sender = msg["From"].addresses[0].addr_spec
        if env != "From %s %s" % (sender, asctime_utc(d)):
            P("%s: From_ line does not match From/Date headers" % k)
        # sending domain
        dom = sender.split("@", 1)[1].lower()
        if n.get("fwd"):
            if dom not in LOCAL_DOMAINS:
                P("%s: forward not from MSP/customer domain" % k)
        elif dom not in PROVIDER_DOMAINS:
            P("%s: sender domain %s not in provider list" % (k, dom))
        for h in ("To", "Cc"):
            for a in (msg[h].addresses if msg[h] else ()):
                if not a.addr_spec.lower().endswith(".example"):
                    P("%s: %s address %s not under .example" % (k, h, a.addr_spec))
        # MIME structure / charsets / encodings
        ctype = msg.get_content_type()
        if ctype == "multipart/alternative":
            kinds = [p.get_content_type() for p in msg.iter_parts()]
            if kinds != ["text/plain", "text/html"]:
                P("%s: alternative parts %r" % (k, kinds))
            shape = "multipart/alternative"
        elif ctype == "text/html":
            shape = "html-only"
        elif ctype == "text/plain":
            shape = "plain"
        else:
            P("%s: unexpected content type %s" % (k, ctype))
            shape = ctype
        want = {"alt": "multipart/alternative", "html": "html-only",
                "plain": "plain"}[n["kind"]]
        if shape != want:
            P("%s: shape %s, expected %s" % (k, shape, want))
        shapes[shape] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                if (part.get_content_charset() or "").lower() != "utf-8":
                    P("%s: text part without charset=utf-8" % k)
                content = part.get_content()
                cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
                if any(ord(c) > 127 for c in content) and \
                        cte not in ("quoted-printable", "base64"):
                    P("%s: non-ASCII part with CTE %s" % (k, cte))
        # non-ASCII headers must have been RFC 2047 encoded (file is ASCII);
        # check the decoded values survived
        if str(msg["Subject"]) != n["subject"]:
            P("%s: Subject round trip" % k)
        if str(msg["From"].addresses[0].display_name) != n["frm"][0]:
            P("%s: From display name round trip" % k)
        # language
        text = visible_text(msg)
        is_ja = bool(JA_RE.search(n["subject"] + text))
        if is_ja != (n["lang"] == "ja"):
            P("%s: language detection %s vs declared %s" % (k, is_ja, n["lang"]))
        if n["lang"] == "ja":
            nchars = len(re.sub(r"\s", "", text))
            wc_ja.append((nchars, k))
            if not 250 <= nchars <= 1600:
                P("%s: Japanese body length %d chars" % (k, nchars))
        else:
            nwords = len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'.,/:@#_-]*", text))
            wc_en.append((nwords, k))
            if not 110 <= nwords <= 460:
                P("%s: English body length %d words" % (k, nwords))
        # forwards and replies
        if n.get("fwd"):
            if FWD_MARK not in text or not n["subject"].startswith("Fwd: "):
                P("%s: forward without marker" % k)
        elif FWD_MARK in text:
            P("%s: unexpected forward marker" % k)
        if n.get("reply"):
            if not re.match(r"(?i)re: ", n["subject"]) or not msg["In-Reply-To"]:
                P("%s: reply without Re:/In-Reply-To" % k)
        # customer / MSP domains must be .example
        scan = re.sub(r"[A-Za-z0-9._+-]+@", "@", text + " " + n["subject"])
        for host in re.findall(r"[A-Za-z0-9.-]*(?:kestrel|shiosai|birchwood|tsubame|yamabuki)"
                               r"[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+", scan):
            host = host.rstrip(".")
            if "." in host and not host.lower().endswith(".example") \
                    and not re.search(r"\.(py|yml|yaml|env|backup|csv|pem)$", host):
                P("%s: customer-like host %r not under .example" % (k, host))
        # deadline rules
        if dl != "none":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
                P("%s: bad deadline format %r" % (k, dl))
                continue
            dd = dt.date.fromisoformat(dl)
            if dd <= day:
                P("%s: deadline %s not after Date %s" % (k, dl, day))
            if label in ("informational", "security-advisory"):
                P("%s: %s notice with a deadline" % (k, label))
            rel = n.get("rel")
            if rel:
                exp = (day + dt.timedelta(days=rel[1]) if rel[0] == "days"
                       else add_bdays(day, rel[1]))
                if exp != dd:
                    P("%s: relative deadline %s should be %s" % (k, dl, exp))
            elif not any(f in text or f in n["subject"] for f in date_forms(dd)):
                P("%s: deadline %s not stated in subject or body" % (k, dl))
        elif n.get("rel"):
            P("%s: relative rule given but deadline none" % k)
        st = stats[label]
        st[n["lang"]] += 1
        st["total"] += 1
        if dl != "none":
            st["deadline"] += 1
    # exact label mix
    for lab, cnt in LABELS.items():
        if stats[lab]["total"] != cnt:
            P("label %s: %d messages, expected %d" % (lab, stats[lab]["total"], cnt))
    info = {
        "stats": stats, "shapes": shapes, "wc_en": sorted(wc_en),
        "wc_ja": sorted(wc_ja),
        "aws": sum(1 for n in notices if n["provider"] == "AWS"),
        "ja": sum(1 for n in notices if n["lang"] == "ja"),
        "fwd": sum(1 for n in notices if n.get("fwd")),
        "reply": sum(1 for n in notices if n.get("reply")),
        "bland": sum(1 for n in notices if n.get("bland")),
        "providers": collections.Counter(n["provider"] for n in notices),
    }
    if not 43 <= info["aws"] <= 47:
        P("AWS notices: %d (expected about 45)" % info["aws"])
    if not 18 <= info["ja"] <= 22:
        P("Japanese notices: %d (expected about 20)" % info["ja"])
    for name, lo, hi, val in (("forwards", 4, 6, info["fwd"]),
                              ("replies", 3, 3, info["reply"]),
                              ("multipart/alternative", 11, 13, shapes["multipart/alternative"]),
                              ("html-only", 7, 9, shapes["html-only"])):
        if not lo <= val <= hi:
            P("%s: %d" % (name, val))
    keys = [n["key"] for n in notices]
    if len(set(keys)) != len(keys):
        P("duplicate notice keys")
    return problems, info


def main():
    notices = sorted(NOTICES, key=lambda n: (n["date"].astimezone(UTC), n["key"]))
    write_mbox(notices)
    problems, info = check(notices)
    if info:
        st = info["stats"]
        print("set-u.mbox: %d messages" % len(notices))
        print()
        print("| Label | English | Japanese | Total | With deadline |")
        print("|---|---:|---:|---:|---:|")
        tot = collections.Counter()
        for lab in LABELS:
            s = st[lab]
            print("| %s | %d | %d | %d | %d |" % (lab, s["en"], s["ja"], s["total"],
                                                 s["deadline"]))
            tot.update(s)
        print("| **total** | %d | %d | %d | %d |" % (tot["en"], tot["ja"], tot["total"],
                                                   tot["deadline"]))
        print()
        print("AWS: %d  Japanese: %d  forwards: %d  support-case replies: %d  "
              "bland subjects: %d" % (info["aws"], info["ja"], info["fwd"],
                                      info["reply"], info["bland"]))
        print("MIME shapes: %s" % dict(info["shapes"]))
        print("English words min/max: %s / %s" % (info["wc_en"][0], info["wc_en"][-1]))
        print("Japanese chars min/max: %s / %s" % (info["wc_ja"][0], info["wc_ja"][-1]))
        print("Providers: %s" % ", ".join("%s (%d)" % kv for kv in
                                          sorted(info["providers"].items(),
                                                 key=lambda kv: (-kv[1], kv[0]))))
    if problems:
        print()
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print()
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
