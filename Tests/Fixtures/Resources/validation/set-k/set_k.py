#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
set_k.py -- builds blind validation set K (fictional cloud-provider notices,
July 2027, received by the shared mailboxes of the fictional MSP
"Sazanami Cloud Services", sazanami-cs.example).

Writes set-k.mbox next to this script, re-reads it, checks it (exit status 1
on any problem) and prints counts.  Deterministic; Python 3 standard library
only.  Every notice, name, number and domain in this file is invented.
"""

import datetime as dt
import hashlib
import html as htmlmod
import mailbox
import os
import re
import sys
from collections import Counter
from email import policy
from email.message import EmailMessage
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-k.mbox")
POLICY = policy.default.clone(linesep="\n", max_line_length=78)

LABEL_TARGET = {
    "abuse": 24,
    "security-incident": 24,
    "security-advisory": 16,
    "informational": 10,
    "action-required": 12,
    "billing": 8,
    "maintenance": 6,
}
# "pricing" is a valid label of the scheme; this set uses none.
VALID_LABELS = set(LABEL_TARGET) | {"pricing"}
SHAPE_TARGET = {"forward": 5, "reply": 3, "alternative": 12, "html": 8}

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun",
       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


# ---------------------------------------------------------------- boilerplate

AWS_LEGAL = (
    "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
    "Amazon.com is a registered trademark of Amazon.com, Inc. This message "
    "was produced and distributed by Amazon Web Services, Inc., 410 Terry "
    "Ave. North, Seattle, WA 98109-5210."
)

MS_FOOTER = (
    "Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839\n"
    "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"
)

GOOGLE_FOOTER = (
    "\u00a9 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043\n"
    "You have received this mandatory service announcement to update you "
    "about important changes to Google Cloud or your account."
)


def fwd(note, frm, date_line, subject, to, body):
    """Body of a message forwarded by a colleague (Gmail-style block)."""
    return (note.rstrip("\n") + "\n\n"
            "---------- Forwarded message ---------\n"
            "From: " + frm + "\n"
            "Date: " + date_line + "\n"
            "Subject: " + subject + "\n"
            "To: " + to + "\n\n\n" + body)


# ---------------------------------------------------------------- HTML

ACCENT = {
    "AWS": ("Amazon Web Services", "#232f3e"),
    "Google Cloud": ("Google Cloud", "#1a73e8"),
    "Google Workspace": ("Google Workspace", "#1a73e8"),
    "Microsoft Azure": ("Microsoft Azure", "#0078d4"),
    "Microsoft 365": ("Microsoft 365", "#0078d4"),
    "Cloudflare": ("Cloudflare", "#f38020"),
    "Vercel": ("Vercel", "#000000"),
    "Twilio SendGrid": ("Twilio SendGrid", "#1a82e2"),
    "Alibaba Cloud": ("Alibaba Cloud", "#ff6a00"),
    "Atlassian": ("Atlassian", "#0052cc"),
    "Heroku": ("Heroku", "#430098"),
}

URL_RE = re.compile(r"(https?://[^\s<>\"]+)")


def _inline(line):
    esc = htmlmod.escape(line, quote=False)
    return URL_RE.sub(lambda m: '<a href="%s" style="color:#0972d3;">%s</a>'
                      % (m.group(1), m.group(1)), esc)


def to_html(text, title, provider, lang):
    brand, accent = ACCENT.get(provider, (provider, "#333333"))
    parts = []
    for block in re.split(r"\n[ \t\u3000]*\n", text.strip("\n")):
        lines = block.split("\n")
        para = []

        def flush():
            if para:
                parts.append("<p>" + "<br>\n".join(_inline(x) for x in para)
                             + "</p>")
                del para[:]

        i = 0
        while i < len(lines):
            ln = lines[i]
            if ln.startswith("    "):
                flush()
                pre = []
                while i < len(lines) and lines[i].startswith("    "):
                    pre.append(lines[i][4:])
                    i += 1
                parts.append('<pre style="background:#f2f3f3;padding:8px;'
                             'font-size:12px;white-space:pre-wrap;">'
                             + htmlmod.escape("\n".join(pre), quote=False)
                             + "</pre>")
                continue
            if ln.startswith("- ") or ln.startswith("\u30fb"):
                flush()
                items = []
                while i < len(lines) and (lines[i].startswith("- ")
                                          or lines[i].startswith("\u30fb")):
                    items.append("<li>" + _inline(lines[i][2:] if lines[i].startswith("- ")
                                                  else lines[i][1:]) + "</li>")
                    i += 1
                parts.append("<ul>\n" + "\n".join(items) + "\n</ul>")
                continue
            para.append(ln)
            i += 1
        flush()
    content = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n'
        '<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<title>%s</title>\n</head>\n'
        '<body style="margin:0;padding:0;background:#f4f4f4;">\n'
        '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" '
        'style="background:#f4f4f4;"><tr><td align="center">\n'
        '<table role="presentation" width="640" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;'
        'font-size:14px;line-height:1.6;color:#16191f;">\n'
        '<tr><td style="background:%s;color:#ffffff;padding:16px 24px;'
        'font-size:18px;font-weight:bold;">%s</td></tr>\n'
        '<tr><td style="padding:24px;">\n%s\n</td></tr>\n'
        '</table>\n</td></tr></table>\n</body>\n</html>\n'
        % (lang, htmlmod.escape(title, quote=False), accent,
           htmlmod.escape(brand, quote=False), content)
    )

# =================================================================== ABUSE

M(key="A01", label="abuse", deadline="+1d", provider="AWS", lang="en",
  kind="plain", date="2027-07-05 14:22 +0000",
  sender="AWS Trust & Safety <ec2-abuse@amazon.com>",
  to="aws-copperline@sazanami-cs.example",
  subject="Your Amazon EC2 Abuse Report [18734052219]",
  body="""Hello,

We've received a report that an Amazon EC2 instance associated with your AWS account has been used to scan remote hosts on the internet. This kind of activity is forbidden by the AWS Acceptable Use Policy (https://aws.amazon.com/aup/).

Abuse report ID: 18734052219
AWS account ID: 216430877952
Region: ap-northeast-1
Instance ID: i-0c7d2e91f4a3b8856
Public IP address: 203.0.113.47
Reported activity: port scan (TCP SYN), destination ports 22, 23, 2323, 3389

The reporting party supplied the following log extract (times in UTC):

    2027-07-05T09:41:02Z 203.0.113.47:51122 -> 198.51.100.14:22 SYN
    2027-07-05T09:41:02Z 203.0.113.47:51123 -> 198.51.100.15:22 SYN
    2027-07-05T09:41:03Z 203.0.113.47:51127 -> 198.51.100.19:23 SYN
    2027-07-05T09:41:03Z 203.0.113.47:51130 -> 198.51.100.22:3389 SYN
    [14,212 further lines omitted]

Please take immediate action to stop the reported activity, and reply to this message within 24 hours with a description of the steps you have taken. If you did not knowingly start this activity, your instance may have been accessed by an unauthorized party. The following pages explain how to investigate and secure an instance:

https://repost.aws/knowledge-center/ec2-instance-malicious-activity
https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html

If we do not receive a response, or if the activity continues, we may take further action to stop it, which can include blocking traffic to and from the instance or suspending the account.

Please keep the abuse report ID in the subject line when you reply, so that your response reaches the right team.

Regards,
AWS Trust & Safety

""" + AWS_LEGAL)

M(key="A02", label="abuse", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-08 03:10 +0000", bland=True,
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-akebono@sazanami-cs.example",
  subject="Important information about your Amazon SES account",
  body="""Hello,

We have paused the ability of your AWS account to send email using Amazon SES in the Asia Pacific (Tokyo) region.

AWS account ID: 730918264451
Region: ap-northeast-1
Review start date: June 24, 2027
Status: Sending paused

On June 24, 2027, we placed your account under review because the complaint rate for email sent from your account was too high. Since then, the complaint rate has not fallen to an acceptable level. At the time of this message, the complaint rate for your account was 0.71%. We expect senders to keep their complaint rate below 0.1%.

The largest share of complaints came from messages sent with the identity mail.akebono-printing.example, using the configuration set "campaign-2027q3".

While sending is paused, calls to the SendEmail, SendRawEmail and SendBulkEmail APIs, and sending through the SES SMTP interface in this region, will fail. The pause does not affect your ability to receive email with SES or to use other AWS services.

If you want us to review the pause, open the Account dashboard in the Amazon SES console and submit a request. In your request, please tell us:

- The cause of the high complaint rate
- The changes you have made to correct the issue, for example how you now collect and confirm recipient addresses
- How you will prevent the problem from happening again

You can read more about our review process at https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html.

Sincerely,
The Amazon SES Team

""" + AWS_LEGAL)

M(key="A03", label="abuse", deadline="2027-07-26", provider="AWS", lang="en",
  kind="plain", date="2027-07-12 06:45 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-fernhill@sazanami-cs.example",
  subject="[Action Required] Amazon SES review period for your account in US-EAST-1",
  body="""Hello,

Your Amazon SES account in the US East (N. Virginia) region is under review because of a high bounce rate.

AWS account ID: 482155309176
Region: us-east-1
Bounce rate at time of review: 11.2%
Review period ends: July 26, 2027

We monitor the bounce rate of every sending account, because a high bounce rate can indicate that a sender is using address lists that were purchased, scraped or not maintained. A bounce rate of 5% or more puts your account at risk, and a rate of 10% or more can lead to a pause in sending.

Most of the recent hard bounces were for messages sent from the identity newsletter@fernhill-nurseries.example between July 6 and July 11, 2027. Many of the destination addresses did not exist.

During the review period you can continue to send email. Please correct the problem by July 26, 2027. If the bounce rate is still too high at the end of the review period, we may pause your account's ability to send email.

To correct the problem, we recommend that you:

- Remove addresses that have hard bounced from your lists, and use the account-level suppression list
- Send only to recipients who have explicitly asked to receive your email
- Set up event publishing so that you can track bounces and complaints for each campaign

When you have made changes, you can tell us about them from the Account dashboard in the Amazon SES console. This helps us decide whether to end the review early.

For more information, see https://docs.aws.amazon.com/ses/latest/dg/monitor-sender-reputation.html.

Sincerely,
The Amazon SES Team

""" + AWS_LEGAL)

M(key="A04", label="abuse", deadline="+1d", provider="AWS", lang="en",
  kind="plain", date="2027-07-14 19:05 +0000",
  sender="AWS Trust & Safety <ec2-abuse@amazon.com>",
  to="aws-fernhill@sazanami-cs.example",
  subject="AWS Abuse Report [19025517730]: phishing content hosted on Amazon S3",
  body="""Hello,

We have received a report that content hosted on your AWS resources is being used for phishing. The content appears to imitate the sign-in page of a financial institution and to collect account credentials from visitors.

Abuse report ID: 19025517730
AWS account ID: 482155309176
Service: Amazon S3
Bucket: fernhill-campaign-assets
Reported URL: https://fernhill-campaign-assets.s3.ap-northeast-1.amazonaws.com/secure/verify/index.html

Details supplied by the reporter:

    First seen: 2027-07-14 11:52 UTC
    Lure: SMS message "Your card has been locked, verify at <shortened link>"
    Landing page title: "Online Banking - Verify your identity"
    Form posts to: https://fernhill-campaign-assets.s3.ap-northeast-1.amazonaws.com/secure/verify/next.html

Hosting phishing content violates the AWS Acceptable Use Policy. Please remove the content and reply to this email within 24 hours to let us know what you have done. If the content was placed there without your knowledge, please check who has write access to the bucket, and review your bucket policy, access control lists and IAM credentials.

If the content remains available or we do not hear from you, we may restrict access to the content or to the resources in question, and we may take further action on your account.

Please include the abuse report ID in the subject of your reply.

Regards,
AWS Trust & Safety

""" + AWS_LEGAL)

M(key="A05", label="abuse", deadline="+1d", provider="AWS", lang="en",
  kind="plain", date="2027-07-02 22:18 +0000", bland=True,
  sender="AWS Trust & Safety <ec2-abuse@amazon.com>",
  to="aws-akebono@sazanami-cs.example",
  subject="Your AWS account 730918264451",
  body="""Hello,

We detected a large volume of outbound traffic from an Amazon EC2 instance in your account that is consistent with a denial-of-service (DoS) attack against a third party.

AWS account ID: 730918264451
Instance ID: i-04be7a1d9c2f36e10
Region: ap-northeast-1
Source IP: 203.0.113.201
Destination: 192.0.2.80, UDP port 443
Peak rate: approximately 1.8 Gbps
Observed: 2027-07-02 20:47 UTC to 2027-07-02 21:36 UTC

To protect the destination and the AWS network, we have blocked outbound traffic from this instance to the destination above. Other traffic to and from the instance has not been affected at this time.

Please investigate the instance and reply to this email within 24 hours with the results of your investigation and the steps you have taken. If you did not intend to send this traffic, your instance might be compromised. In that case we recommend that you:

- Take a snapshot of the instance's volumes for analysis
- Stop or isolate the instance
- Rotate any credentials stored on the instance or made available to it through an instance profile
- Rebuild the instance from a trusted image and apply the latest updates

If the activity continues, or we do not receive a reply, we may block all network traffic to the instance, stop the instance or suspend your account.

Thank you for your help with this matter.

Regards,
AWS Trust & Safety
Reference: 18702219946

""" + AWS_LEGAL)

M(key="A06", label="abuse", deadline="+1d", provider="AWS", lang="ja",
  kind="plain", date="2027-07-06 10:30 +0900",
  sender="AWS Trust & Safety <ec2-abuse@amazon.com>",
  to="aws-akebono@sazanami-cs.example",
  subject="Amazon EC2 の不正使用に関するご報告 [不正使用レポート ID: 18800941276]",
  body="""お客様

AWS Trust & Safety チームです。

お客様の AWS アカウントに関連付けられた Amazon EC2 インスタンスから、迷惑メール（スパム）が送信されているとの報告を受け取りました。この行為は AWS 適正利用規約（https://aws.amazon.com/jp/aup/）で禁止されています。

不正使用レポート ID: 18800941276
AWS アカウント ID: 730918264451
リージョン: ap-northeast-1（東京）
インスタンス ID: i-0f18a6c3e92d7b514
パブリック IP アドレス: 203.0.113.118

報告者から提供されたログの抜粋（時刻は UTC）:

    Jul  5 22:14:51 mx2 postfix/smtpd[4412]: connect from unknown[203.0.113.118]
    Jul  5 22:14:52 mx2 postfix/smtpd[4412]: NOQUEUE: reject: RCPT from unknown[203.0.113.118]: 554 5.7.1 Client host [203.0.113.118] blocked using a DNS blocklist
    Jul  5 22:14:52 mx2 postfix/smtpd[4412]: disconnect from unknown[203.0.113.118]
    （同様の記録 3,904 件を省略）

報告された活動を直ちに停止し、実施した対応の内容を 24 時間以内に本メールへの返信でお知らせください。お客様がこの活動を意図していない場合、インスタンスが第三者に不正に利用されている可能性があります。メールサーバーの設定（オープンリレーになっていないか）、Web アプリケーションの問い合わせフォーム、インスタンス上に保存されている認証情報などをご確認ください。

ご返信がない場合、または活動が継続する場合は、インスタンスの通信の遮断やアカウントの停止などの措置を講じることがあります。

ご返信の際は、件名の不正使用レポート ID を削除しないでください。

よろしくお願いいたします。
AWS Trust & Safety

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。""")

M(key="A07", label="abuse", deadline="+2bd", provider="Vercel", lang="en",
  kind="plain", date="2027-07-09 17:40 -0700",
  sender="Vercel Trust & Safety <abuse@vercel.com>",
  to="vercel@sazanami-cs.example",
  subject="Copyright infringement notice for akebono-catalog.vercel.app",
  body="""Hi Sazanami Cloud Services team,

We have received a notice under the Digital Millennium Copyright Act (DMCA) concerning content served by a deployment owned by your team, akebono-printing.

Team: akebono-printing
Project: akebono-catalog
Deployment URL: https://akebono-catalog.vercel.app
Custom domain: catalog.akebono-printing.example
Notice reference: TS-2027-0719-4432

The complainant states that the following files reproduce photographs from their commercial stock library without a license:

- /images/2027-summer/cover-01.jpg
- /images/2027-summer/cover-02.jpg
- /images/2027-summer/washi-texture.png

A copy of the notice, with the complainant's contact details removed, is attached to the ticket in your dashboard.

What you need to do

Within 2 business days, either remove the files listed above and redeploy, or send us a counter-notice if you believe the material is licensed or that the notice was sent in error. Instructions for submitting a counter-notice are at https://vercel.com/legal/dmca-policy.

If we do not hear from you in that time, we will disable access to the affected deployment, as the law requires us to do. Repeated infringement can lead to the termination of your team under our Terms of Service.

This message concerns a legal matter. We can't give you legal advice, and you may want to consult your own counsel.

Vercel Trust & Safety
Vercel Inc.""")

M(key="A08", label="abuse", deadline="2027-07-16", provider="AWS", lang="en",
  kind="plain", date="2027-07-15 18:03 +0900", shape="forward",
  sender="Daniel Okafor <daniel.okafor@sazanami-cs.example>",
  to="Emi Takeda <emi.takeda@sazanami-cs.example>",
  cc="cloud-ops@sazanami-cs.example",
  subject="Fwd: Your Amazon EC2 Abuse Report [18990263518]",
  body=fwd("""Emi,

Can you pick this one up? It's Yuzuriha's old bastion host again (the one that was supposed to be gone in May). I haven't touched the instance yet, so nothing is lost for forensics. I haven't told Morimoto-san at the clinic anything yet either.

Daniel""",
  "AWS Trust & Safety <ec2-abuse@amazon.com>",
  "Thu, Jul 15, 2027 at 5:12 PM",
  "Your Amazon EC2 Abuse Report [18990263518]",
  "<aws-yuzuriha@sazanami-cs.example>",
  """Hello,

We've received a report that your Amazon EC2 instance has been attempting to log in to other hosts on the internet by guessing SSH passwords. This activity is prohibited by the AWS Acceptable Use Policy.

Abuse report ID: 18990263518
AWS account ID: 659027318840
Region: ap-northeast-1
Instance ID: i-0a93c5e17bd2f4068
Public IP address: 203.0.113.88

Log extract provided by the reporter (times in UTC+02:00):

    Jul 15 09:58:11 gw01 sshd[20931]: Failed password for root from 203.0.113.88 port 40122 ssh2
    Jul 15 09:58:13 gw01 sshd[20931]: Failed password for root from 203.0.113.88 port 40122 ssh2
    Jul 15 09:58:16 gw01 sshd[20935]: Invalid user oracle from 203.0.113.88 port 40188
    Jul 15 09:58:19 gw01 sshd[20939]: Invalid user ubuntu from 203.0.113.88 port 40230
    Jul 15 09:58:22 gw01 sshd[20941]: Failed password for invalid user admin from 203.0.113.88 port 40264 ssh2

Please stop the activity and reply within 24 hours to tell us what you have done. An instance that attacks other hosts in this way has often been compromised itself, so please review it carefully before you return it to service.

If we do not receive a reply, or the activity continues, we may block traffic to the instance or suspend your account.

Regards,
AWS Trust & Safety

""" + AWS_LEGAL))

M(key="A09", label="abuse", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-19 11:00 +0000", bland=True,
  sender="AWS Trust & Safety <ec2-abuse@amazon.com>",
  to="aws-fernhill@sazanami-cs.example",
  subject="Your AWS account 482155309176",
  body="""Hello,

On July 14, 2027 we notified you about phishing content hosted in the Amazon S3 bucket fernhill-campaign-assets (abuse report ID 19025517730). We asked you to remove the content and to reply within 24 hours.

We have not received a reply, and the content was still publicly available when we checked it again on July 18, 2027 at 22:40 UTC. We have therefore taken the following actions:

- Public access to the bucket fernhill-campaign-assets has been blocked. The objects have not been deleted.
- The Amazon CloudFront distribution E2KX9Q4ZL7M1TA, which uses this bucket as its origin, has been disabled.
- Your account's ability to create new public buckets and new CloudFront distributions has been temporarily restricted.

These restrictions will stay in place until we can confirm that the problem has been resolved. Other resources in your account, including your EC2 instances and RDS databases, have not been affected.

To ask us to review these restrictions, reply to this email and tell us:

- How the content was placed in the bucket
- Which credentials were involved and whether they have been rotated
- What you have changed to stop this from happening again

Please note that further abuse reports concerning this account may lead to its suspension.

Regards,
AWS Trust & Safety

""" + AWS_LEGAL)

M(key="A10", label="abuse", deadline="+1d", provider="AWS", lang="en",
  kind="plain", date="2027-07-07 16:20 +0000", shape="reply", bland=True,
  sender="AWS Trust & Safety <ec2-abuse@amazon.com>",
  to="noc@sazanami-cs.example",
  cc="aws-copperline@sazanami-cs.example",
  subject="Re: Your Amazon EC2 Abuse Report [18734052219]",
  headers={"In-Reply-To": "<20270706021402.noc.4471@sazanami-cs.example>",
           "References": "<20270706021402.noc.4471@sazanami-cs.example>"},
  body="""Hello,

Thank you for your reply of July 6, 2027.

We understand that you stopped the instance i-0c7d2e91f4a3b8856 and that you believe the scanning was caused by a misconfigured monitoring agent. However, we have received two more reports since your reply. Both concern scanning of the same destination ports, now from the Elastic IP address 203.0.113.52, which is associated with instance i-07e2fd08a1c6b9d34 in the same account and region.

Most recent activity reported (UTC):

    2027-07-07T13:55:40Z 203.0.113.52:40011 -> 198.51.100.201:23 SYN
    2027-07-07T13:55:40Z 203.0.113.52:40012 -> 198.51.100.202:23 SYN
    2027-07-07T13:55:41Z 203.0.113.52:40019 -> 198.51.100.209:2323 SYN

Because the activity has moved to a second instance, we recommend that you check whether the two instances share an AMI, a launch template, a user-data script or credentials, and whether other instances in the account are affected.

Please stop the activity and reply within 24 hours with an update. If the scanning continues, we may block traffic to the affected instances without further notice.

Regards,
AWS Trust & Safety

> On Tue, Jul 6, 2027 at 02:14 UTC, Tom\u00e1s Reyes <noc@sazanami-cs.example> wrote:
> Hello,
>
> We manage AWS account 216430877952 on behalf of Copperline Telecom. We have
> stopped instance i-0c7d2e91f4a3b8856 and taken a snapshot of its volumes.
> Our initial finding is that a network discovery module of our monitoring
> agent was enabled with a public address range by mistake. We will confirm
> and reply with the full result.
>
> Regards,
> Tom\u00e1s Reyes
> NOC, Sazanami Cloud Services""")

M(key="A11", label="abuse", deadline="2027-07-22", provider="AWS", lang="en",
  kind="plain", date="2027-07-20 05:55 +0000",
  sender="AWS Trust & Safety <ec2-abuse@amazon.com>",
  to="aws-fernhill@sazanami-cs.example",
  subject="Amazon Lightsail abuse report [19200344618]: outbound email spam",
  body="""Hello,

We have received reports that an Amazon Lightsail instance in your account is sending unsolicited bulk email.

Abuse report ID: 19200344618
AWS account ID: 482155309176
Lightsail instance: WordPress-Fernhill-1 (ap-northeast-1a)
Static IP: 203.0.113.164
Reports received: 37 since 2027-07-19 08:00 UTC

Sample message headers provided by a reporter:

    Received: from wordpress-fernhill-1 (203.0.113.164) by mx.example.net
    From: "Parcel Service" <tracking@fernhill-nurseries.example>
    Subject: Delivery failed - reschedule your parcel
    X-PHP-Originating-Script: 33:class-wp-mailer-cache.php

The X-PHP-Originating-Script header suggests that the messages are generated by a PHP script on the instance that is not part of a standard WordPress installation.

As a precaution, we have restricted outbound traffic on TCP port 25 from this instance. Web traffic to the site is not affected.

Please remove the cause of the spam and respond to this email no later than July 22, 2027, describing what you found and what you changed. If we do not receive a response by then, or if the reports continue, we may stop the instance or take further action on your account.

You may find these resources helpful:

https://lightsail.aws.amazon.com/ls/docs/en_us/articles/amazon-lightsail-secure-wordpress
https://aws.amazon.com/aup/

Regards,
AWS Trust & Safety

""" + AWS_LEGAL)

M(key="A12", label="abuse", deadline="+1d", provider="AWS", lang="en",
  kind="html", date="2027-07-22 13:34 +0000", bland=True,
  sender="AWS Trust & Safety <ec2-abuse@amazon.com>",
  to="aws-copperline@sazanami-cs.example",
  subject="Notice regarding your AWS account 216430877952",
  body="""Hello,

We have detected that an Amazon EC2 instance in your account is operating as an open DNS resolver and is being used to reflect and amplify traffic in a distributed denial-of-service (DDoS) attack against a third party.

AWS account ID: 216430877952
Region: ap-northeast-3
Instance ID: i-0d4a7c8e21b3f9a55
Public IP address: 203.0.113.233
Protocol and port: UDP 53
Observed: 2027-07-22 10:05 UTC to 2027-07-22 12:50 UTC

Sample of the queries received by the instance (the source address is forged to be the victim's address):

    10:05:14.221 query: example.org IN ANY +E(0) from 192.0.2.44#53211
    10:05:14.223 query: example.org IN ANY +E(0) from 192.0.2.44#53211
    10:05:14.226 query: example.org IN ANY +E(0) from 192.0.2.44#40877

An open resolver answers queries from any address on the internet. Attackers send small queries with a forged source address, and the resolver sends much larger responses to the victim.

Please do the following within 24 hours and reply to this message:

- Restrict recursion to your own networks, or disable recursion if the server only needs to be authoritative
- Limit inbound UDP 53 in the instance's security group to the address ranges that need it
- Enable response rate limiting if your DNS software supports it

If we do not receive a reply, or the activity continues, we may block UDP port 53 for this instance or take further action.

Regards,
AWS Trust & Safety

""" + AWS_LEGAL)

M(key="A13", label="abuse", deadline="+1d", provider="Hetzner", lang="en",
  kind="plain", date="2027-07-13 10:07 +0200",
  sender="Hetzner Online GmbH - Abuse Team <abuse@hetzner.com>",
  to="hetzner@sazanami-cs.example",
  subject="AbuseID:7F3C21: Netscan detected from host 198.51.100.213",
  body="""Dear Sir or Madam,

We have received an abuse report concerning your IP address 198.51.100.213. Please take all necessary measures to solve the issue and to prevent it from happening again.

We also ask that you send us a short statement. It should explain how this could have happened and what you are doing about it. Please use the following link to reply within 24 hours:

https://abuse.hetzner.com/statements/?token=5a1f0c37d2e84b9f

Important note:
When replying to us, please leave the abuse ID [AbuseID:7F3C21] unchanged in the subject line. Replies sent to this email address in any other form are not processed.

Client number: K0418836201
Server: #1784412 (AX42, FSN1-DC14)
Server name: akebono-render-03

Kind regards

Abuse Team

Hetzner Online GmbH
www.hetzner.com
Register court and management: see www.hetzner.com/legal-notice

> ----- Original report -----
> Netscan detected from host 198.51.100.213
>
> time                 protocol src_ip          src_port     dest_ip       dest_port
> Tue Jul 13 07:12:01  TCP      198.51.100.213  48113    ->  192.0.2.10    445
> Tue Jul 13 07:12:01  TCP      198.51.100.213  48113    ->  192.0.2.11    445
> Tue Jul 13 07:12:02  TCP      198.51.100.213  48113    ->  192.0.2.17    445
> Tue Jul 13 07:12:02  TCP      198.51.100.213  48113    ->  192.0.2.23    445
> ...
> Total: 6,318 connection attempts to 2,144 hosts in 10 minutes""")

M(key="A14", label="abuse", deadline="none", provider="DigitalOcean", lang="en",
  kind="plain", date="2027-07-16 21:48 -0400",
  sender="DigitalOcean Support <support@digitalocean.com>",
  to="digitalocean@sazanami-cs.example",
  subject="Your Droplet's public networking has been disabled",
  body="""Hello,

Our systems detected that your Droplet fernhill-staging (ID: 412983377, IP: 198.51.100.61, region SGP1) was sending a high volume of outbound traffic consistent with a denial-of-service attack. To protect our network and the target of the traffic, we have disabled public networking on this Droplet.

Summary of the detected traffic:

    Start:        2027-07-17 00:52 UTC
    Protocol:     UDP
    Destinations: 192.0.2.0/24, ports 80 and 27015
    Peak:         912,000 packets per second

Your Droplet is still running, and you can reach it through the Recovery Console in the DigitalOcean Control Panel. Private networking and VPC traffic have not been changed.

This kind of traffic usually means that the Droplet has been compromised, often through a weak password, an exposed service or an outdated application. We suggest that you:

- Take a snapshot now if you want to keep data for later analysis
- Review running processes, cron jobs and recently changed files
- Rebuild the Droplet from a clean image rather than trying to clean it in place
- Use SSH keys instead of passwords, and restrict access with a Cloud Firewall

Once you have dealt with the cause, reply to this ticket (#7830451) with a summary of what you found and what you changed, and we will review whether networking can be restored.

Thanks,
DigitalOcean Trust & Safety

DigitalOcean, LLC
This email was sent to you because you have a DigitalOcean account. It is a service message and is not affected by your email preferences.""")

M(key="A15", label="abuse", deadline="none", provider="Google Cloud", lang="en",
  kind="plain", date="2027-07-21 02:14 -0700",
  sender="Google Cloud Platform <CloudPlatform-noreply@google.com>",
  to="gcp-admin@sazanami-cs.example",
  subject="[Action Required] Your Google Cloud project akebono-promo-site has been suspended",
  body="""Dear Developer,

We are writing to let you know that your Google Cloud project akebono-promo-site (project number 382914607215) has been suspended because it was found to be hosting phishing content, in violation of the Google Cloud Platform Terms of Service and Acceptable Use Policy.

Details of the violation:

    Resource: App Engine service "default", version 20270714t101522
    URL: https://akebono-promo-site.an.r.appspot.com/account/recover/
    Content type: Credential phishing imitating a webmail sign-in page
    First detected: 2027-07-20 21:37 PDT

As a result of the suspension, the resources in the project have been stopped and are no longer serving traffic. Charges for running resources have stopped, but storage charges may continue to apply.

What you can do

If you believe that your project was suspended in error, or if you have removed the content and taken steps to prevent it from happening again, you can submit an appeal from the Cloud Console at https://console.cloud.google.com/appeal?project=akebono-promo-site. In your appeal, please describe:

- How the content came to be on your project
- What you have done to remove it
- What you have done to secure the project, for example rotating credentials and reviewing IAM permissions

We will review your appeal and respond by email. Projects that remain suspended may eventually be deleted in accordance with our policies.

Sincerely,
The Google Cloud Trust & Safety Team

""" + GOOGLE_FOOTER)

M(key="A16", label="abuse", deadline="none", provider="Cloudflare", lang="en",
  kind="plain", date="2027-07-23 09:30 +0000",
  sender="Cloudflare Trust & Safety <abusereply@cloudflare.com>",
  to="cloudflare@sazanami-cs.example",
  subject="Phishing warning applied to shop.fernhill-nurseries.example [Case 6128843]",
  body="""Hello,

Cloudflare received a report of phishing on a website that uses Cloudflare's services under your account. After reviewing the report, we have confirmed that the URL below is serving phishing content.

Case: 6128843
Zone: fernhill-nurseries.example
Reported URL: https://shop.fernhill-nurseries.example/wp-includes/css/dist/secure-login/
Report received: 2027-07-22 17:08 UTC
Reported as: Phishing (imitation of a parcel delivery company's payment page)

Because the content is still live, we have placed a phishing warning interstitial in front of the affected hostname. Visitors will see a warning page before they can continue to the site. We have also forwarded the report to your hosting provider, because Cloudflare does not host the content itself.

What you should do:

- Remove the phishing content from your origin server
- Find out how it was placed there; in our experience this is often an outdated plugin or a stolen administrator password
- Once the content has been removed, request a review from the Trust & Safety section of your Cloudflare dashboard

When we have confirmed that the content is gone, we will remove the warning. The interstitial does not affect other hostnames in the zone.

Thank you,
Cloudflare Trust & Safety

Cloudflare, Inc. | https://www.cloudflare.com/trust-hub/
Please do not reply to this email with personal information. To respond, use the case link in your dashboard.""")

M(key="A17", label="abuse", deadline="none", provider="OVHcloud", lang="en",
  kind="plain", date="2027-07-26 16:02 +0200", bland=True,
  sender="OVHcloud <support@ovh.com>",
  to="ovh@sazanami-cs.example",
  subject="Notification regarding your server ns3112233",
  body="""Hello,

Our anti-hack system has detected suspicious activity originating from your server ns3112233 (IP 198.51.100.77, Gravelines GRA2).

Activity detected: outgoing SSH attack
Start time: 2027-07-26 13:41 CEST
Destinations: several thousand addresses on TCP port 22

To protect the network and the machines being targeted, we have blocked the IP address 198.51.100.77. While the block is in place, the server cannot be reached through this IP, and it cannot send traffic to the internet. Any additional IPs on the server are not affected.

This type of activity generally means that the server has been compromised, for example through a weak root password or a vulnerable application.

To restore access:

1. Reboot the server into rescue mode from the OVHcloud Control Panel (Bare Metal Cloud > Dedicated servers > ns3112233 > Boot).
2. Back up your data and find the cause of the attack.
3. Reinstall the operating system, or correct the configuration, and update your software.
4. Unblock the IP address from the Control Panel (Network > IP > 198.51.100.77 > Unblock anti-hack).

If the IP address is blocked again within 30 days, you will need to contact our support team to have it unblocked.

Ticket reference: CS7719032

Kind regards,
OVHcloud Security Team

This is an automated message; please do not reply. For assistance, open a ticket from your Control Panel.
OVH SAS""")

M(key="A18", label="abuse", deadline="+2d", provider="Akamai (Linode)", lang="en",
  kind="plain", date="2027-07-27 14:40 -0400",
  sender="Linode Support <support@linode.com>",
  to="linode@sazanami-cs.example",
  subject="Linode Support Ticket 21877364 - Outbound SMTP Abuse from copperline-relay-02",
  body="""Hello,

We have received a complaint regarding outbound spam originating from your Linode copperline-relay-02 (ID 58823109, 198.51.100.140, Tokyo 2). A copy of the complaint is included below.

This activity violates our Acceptable Use Policy. We ask that you investigate this matter as soon as possible and reply to this ticket within 48 hours with your findings and the steps you have taken to resolve the issue. If we do not hear from you, or if we continue to receive complaints, we may restrict networking on the Linode.

We recommend checking for the following:

- An open relay in your mail transfer agent configuration
- Compromised SMTP authentication credentials (look for logins from unfamiliar addresses)
- Web forms or scripts that can be abused to send mail

Please note that outbound connections on ports 25, 465 and 587 may be restricted on accounts that receive repeated spam complaints.

--- Begin complaint ---

    Received: from copperline-relay-02 (198.51.100.140)
            by mx01.example.net with ESMTP id 4Xq2Lm0bRz; Tue, 27 Jul 2027 16:02:11 +0000
    From: "Account Security" <no-reply@copperline-telecom.example>
    Subject: Your mailbox will be deactivated today
    X-Spam-Report: 3 user reports; sender listed on a public blocklist since 2027-07-27 15:48 UTC

    This message was reported by 3 recipients as unsolicited.

--- End complaint ---

You can reply to this ticket at https://cloud.linode.com/support/tickets/21877364.

Regards,
Linode Trust & Safety
Akamai Technologies, Inc.""")

M(key="A19", label="abuse", deadline="none", provider="Twilio SendGrid", lang="en",
  kind="html", date="2027-07-28 18:22 +0000", bland=True,
  sender="Twilio SendGrid <noreply@sendgrid.com>",
  to="sendgrid@sazanami-cs.example",
  subject="Important notice about your SendGrid account",
  body="""Hello,

Your Twilio SendGrid account akebono-notify (user ID 31877204) has been suspended, effective immediately.

Our compliance team reviewed recent email traffic from your account after automated systems detected a sharp rise in spam reports and in messages sent to spam trap addresses. We found that:

- The spam report rate for mail sent between July 24 and July 28, 2027 reached 0.48%, far above the 0.08% we expect from healthy senders
- A large share of recipients had no record of opting in, which suggests that a purchased or rented list was used
- Messages were sent to known spam traps operated by blocklist providers

These practices violate the Twilio SendGrid Email Policy and the Twilio Acceptable Use Policy. While your account is suspended, mail submitted through the API or the SMTP relay will be rejected, and scheduled sends will not be delivered.

If you would like us to consider reactivating your account, please reply to this email with:

- A description of how the recipient list was collected, and when
- The steps you have taken to remove recipients who did not opt in
- How you will obtain and record consent in the future

Our team will review your response. Reactivation is not guaranteed and may depend on the results of a further review.

Thank you,
Twilio SendGrid Compliance Team

Twilio Inc.
You are receiving this service email because you have a Twilio SendGrid account.""")

M(key="A20", label="abuse", deadline="+5bd", provider="Twilio", lang="en",
  kind="plain", date="2027-07-29 20:15 +0000",
  sender="Twilio <no-reply@twilio.com>",
  to="twilio@sazanami-cs.example",
  subject="Action needed: Messaging on your Twilio account has been restricted",
  body="""Hello,

We have restricted outbound SMS on a subaccount of your Twilio account because of traffic that violates the Twilio Messaging Policy.

Account SID: AC7b3e0f5d1c2a4e6f8091a2b3c4d5e6f7
Subaccount: Copperline Notifications (ACd19e42a07bc35f6e1809f2a4b6c8d0e1)
Sender: +1 555 010 4477
Restriction applied: 2027-07-29 19:40 UTC

Our carrier partners reported a high volume of messages from this sender that imitate a bank's fraud alert and contain shortened links to a credential collection page. Examples reported by recipients:

    "ALERT: A payment of $1,240.00 was blocked. If this wasn't you, verify now: <shortened link>"
    "Your account is on hold. Confirm your details to avoid closure: <shortened link>"

What this means: messages from the subaccount will fail with error 30007. Voice and your other subaccounts are not affected.

What you need to do: within 5 business days, reply to this email with:

1. The use case for this sender and how recipients opted in
2. How the reported messages were sent (for example, which API credentials or application was used)
3. The steps you have taken to prevent this from happening again

If we do not receive a satisfactory response within 5 business days, we may suspend the subaccount or your entire account.

If you believe your account credentials were used without your permission, rotate your auth token and API keys in the Console immediately.

Regards,
Twilio Trust & Safety""")

M(key="A21", label="abuse", deadline="+7d", provider="Sakura Internet", lang="ja",
  kind="plain", date="2027-07-07 15:20 +0900", bland=True,
  sender="さくらインターネット <abuse@sakura.ad.jp>",
  to="sakura-admin@sazanami-cs.example",
  subject="【さくらインターネット】ご利用サーバに関するご連絡",
  body="""さざなみクラウドサービス株式会社
ご担当者様

いつもさくらインターネットをご利用いただき、誠にありがとうございます。
さくらインターネット アビューズ窓口でございます。

お客様がご契約中のサーバより、第三者のサーバに対する不正なアクセスが行われている旨の報告を、外部機関より受け付けました。

■対象サービス
　サービス名：さくらの VPS（石狩第1ゾーン）
　サービスコード：VPS-0071-8842
　IPアドレス：203.0.113.152
　ホスト名：akebono-batch01

■報告内容
　種別：SSH に対するブルートフォース攻撃
　観測日時：2027年7月6日 22:10 ～ 2027年7月7日 03:45（日本時間）

■報告者より提供されたログ（抜粋）

    Jul  7 01:12:44 host sshd[18822]: Failed password for invalid user test from 203.0.113.152 port 52210 ssh2
    Jul  7 01:12:47 host sshd[18822]: Failed password for invalid user test from 203.0.113.152 port 52210 ssh2
    Jul  7 01:12:51 host sshd[18830]: Failed password for root from 203.0.113.152 port 52268 ssh2

お客様のサーバが第三者により不正に利用され、攻撃の踏み台となっている可能性がございます。お手数ですが、下記のご対応をお願いいたします。

・不審なプロセス、ユーザー、cron 設定の有無の確認
・パスワードの変更および公開鍵認証への切り替え
・OS およびミドルウェアの更新

ご対応の状況につきましては、本メール受信後 7 日以内に、本メールへのご返信にてご報告ください。
ご報告をいただけない場合や、攻撃が継続していることを確認した場合は、当社の判断により対象サーバのネットワークを停止させていただく場合がございます。

何卒よろしくお願い申し上げます。

──────────────────────
さくらインターネット株式会社
アビューズ窓口
https://www.sakura.ad.jp/
──────────────────────""")

M(key="A22", label="abuse", deadline="none", provider="ConoHa", lang="ja",
  kind="plain", date="2027-07-17 11:42 +0900", bland=True,
  sender="ConoHa <support@conoha.jp>",
  to="conoha@sazanami-cs.example",
  subject="【ConoHa】お客様のサーバーに関するご連絡",
  body="""さざなみクラウドサービス株式会社
ご担当者様

ConoHa サポートでございます。

お客様がご利用中の VPS から、大量の迷惑メールが送信されていることを確認いたしました。他のお客様および外部のネットワークへの影響を防ぐため、誠に勝手ながら、下記のサーバーの通信を制限させていただきました。

【対象サーバー】
ネームタグ：fernhill-mail-jp
IPアドレス：203.0.113.91
プラン：メモリ 2GB
ロケーション：東京

【確認した内容】
・2027年7月17日 08:30 頃より、外部の TCP 25番ポート宛の接続が急増
・1時間あたり約 42,000 通の送信を確認
・複数の受信側事業者より、迷惑メールとしての報告を受領

【実施した制限】
・対象サーバーの外部との通信（受信・送信とも）を停止
・コントロールパネルからのコンソール接続は、引き続きご利用いただけます

迷惑メールの送信は、利用規約にて禁止されております。送信の原因として、メールアカウントのパスワード漏えい、Web フォームの悪用、不正なプログラムの設置などが考えられます。

原因を特定し、対策が完了しましたら、コントロールパネルの「お問い合わせ」より、実施した内容を添えてご連絡ください。確認のうえ、制限の解除を検討いたします。

今後とも ConoHa をよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━
ConoHa サポート
https://www.conoha.jp/
※本メールは送信専用アドレスからお送りしています。
━━━━━━━━━━━━━━━━━━━━━━""")

M(key="A23", label="abuse", deadline="2027-07-23", provider="Xserver", lang="ja",
  kind="plain", date="2027-07-20 17:05 +0900",
  sender="エックスサーバー株式会社 <support@xserver.ne.jp>",
  to="xserver@sazanami-cs.example",
  subject="【Xserver】フィッシングサイトの設置に関する重要なお知らせ（サーバーID：sazanamics01）",
  body="""さざなみクラウドサービス株式会社
ご担当者様

平素より「エックスサーバー」をご利用いただき、誠にありがとうございます。

お客様のサーバーアカウント上に、フィッシングサイトと見られるコンテンツが設置されているとの報告を、外部の団体より受けました。弊社にて確認したところ、下記の URL にて、実在する金融機関のログイン画面を模したページが公開されていることを確認いたしました。

────────────────────
■サーバーID：sazanamics01
■ドメイン：fernhill-nurseries.example
■該当URL：
https://www.fernhill-nurseries.example/wp-content/uploads/2027/07/auth/login.html
■該当ディレクトリ：
/home/sazanamics01/fernhill-nurseries.example/public_html/wp-content/uploads/2027/07/auth/
────────────────────

このようなコンテンツの設置は、弊社利用規約にて禁止されております。
つきましては、2027年7月23日（金）17:00 までに、該当コンテンツの削除および原因の調査・対策を行っていただけますよう、お願いいたします。

期日までに削除が確認できない場合は、被害の拡大を防止するため、弊社にて該当ディレクトリへのアクセス制限を実施させていただきます。改善が見られない場合は、サーバーアカウントのご利用を停止させていただく場合がございます。

なお、第三者によって WordPress の管理画面や FTP アカウントが不正に利用され、ファイルが設置されるケースも多く見受けられます。パスワードの変更、プラグイン・テーマの更新、不要なアカウントの削除もあわせてご検討ください。

対応完了後は、サーバーパネルの「お問い合わせ」より、対応内容をご連絡ください。

今後とも「エックスサーバー」をよろしくお願い申し上げます。

─────────────────────────────
エックスサーバー株式会社
カスタマーサポート
https://www.xserver.ne.jp/
─────────────────────────────""")

M(key="A24", label="abuse", deadline="+2bd", provider="Microsoft Azure", lang="en",
  kind="plain", date="2027-07-30 08:55 +0000", bland=True,
  sender="Microsoft Azure <azure-noreply@microsoft.com>",
  to="azure-admin@sazanami-cs.example",
  subject="Important information about your Azure subscription",
  body="""Microsoft Azure

Notice of abuse originating from your Azure subscription

Subscription name: Copperline-Prod
Subscription ID: 6b0c2e58-3f41-4d7a-9e15-2a8c7d40f913
Incident number: 7027072904418

Microsoft has received a report, and has confirmed through its own network telemetry, that a resource in your subscription has been used to attempt unauthorized access to computers on the internet.

Resource: /subscriptions/6b0c2e58-3f41-4d7a-9e15-2a8c7d40f913/resourceGroups/rg-voip-jpe/providers/Microsoft.Compute/virtualMachines/vm-sbc-test-02
Public IP address: 198.51.100.188
Activity: Remote Desktop Protocol (TCP 3389) password guessing against multiple external hosts
First observed: 2027-07-29 23:10 UTC

This activity violates the Acceptable Use Policy that forms part of the Microsoft online services terms. Please review the resource, stop the activity, and respond to this notice within 2 business days using the link below. Tell us the cause of the activity and the steps you have taken to prevent it from happening again.

Respond to this notice: https://portal.azure.com/#blade/Microsoft_Azure_Support/AbuseNotice/7027072904418

If we do not receive a response within this time, or if the activity continues, Microsoft may restrict network access for the resource or suspend the subscription.

Thank you,
Microsoft Azure Safeguards Team

""" + MS_FOOTER)

# ======================================================= SECURITY-INCIDENT

M(key="S01", label="security-incident", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-03 07:16 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-fernhill@sazanami-cs.example",
  subject="[Action Required] Your AWS Access Key is Exposed for AWS Account 482155309176",
  body="""Hello,

We have become aware that the AWS access key AKIAW3EXAMPLE7Q2NX4D, belonging to the IAM user "wp-media-offload" in AWS account 482155309176, together with the corresponding secret access key, is publicly available online at https://github.com/fernhill-web/site-theme/blob/8f21c3d/wp-config-sample.php.

Your security is important to us. This exposure of your account's IAM credentials is a security risk to your AWS account, could lead to excessive charges from unauthorized activity or abuse, and violates the AWS Customer Agreement.

As a precaution, we have attached the AWS managed policy "AWSCompromisedKeyQuarantineV3" to the IAM user. This policy denies some of the actions that are most often used in unauthorized activity. It does not revoke the key, and other access remains in place.

Please take the following steps now:

Step 1: Rotate and delete the exposed access key. Create a new key for the IAM user if it is still needed, update your application, and then delete AKIAW3EXAMPLE7Q2NX4D.

Step 2: Check your AWS CloudTrail logs and the AWS Billing console for unexpected activity, such as new IAM users, roles or access keys, EC2 instances, Lambda functions or spot requests, especially in regions you do not normally use. Delete any resources that you did not create.

Step 3: Remove the key from the public repository, including from its commit history.

Step 4: Reply to the support case that we opened for you (case 17190334512) to confirm that you have completed these steps.

For more information, see https://repost.aws/knowledge-center/potential-account-compromise.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="S02", label="security-incident", deadline="+5d", provider="AWS", lang="en",
  kind="plain", date="2027-07-09 12:30 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-akebono@sazanami-cs.example",
  subject="AWS Support case 17208812690: Your AWS account may be compromised",
  body="""Hello,

We have opened support case 17208812690 on your behalf because we detected activity in your AWS account 730918264451 which indicates that the account has been accessed by an unauthorized party.

We observed the following between 2027-07-08 18:02 UTC and 2027-07-09 09:47 UTC:

- Two new IAM users, "support-admin" and "backup-svc", were created with the access key of the IAM user "ci-render-pipeline", from IP addresses that have not previously been used with your account (192.0.2.145, 192.0.2.177)
- The AdministratorAccess policy was attached to both new users
- 64 EC2 instances of type g6.12xlarge were launched in the sa-east-1, eu-north-1 and ap-south-1 regions
- Service quota increase requests were submitted for three regions

To protect your account, we have restricted the ability to launch new EC2 instances in regions other than ap-northeast-1 until this case is resolved.

Please complete the following steps and reply to this case within 5 days:

1. Change the root user password and enable MFA on the root user.
2. Delete the IAM users and access keys that you did not create, and rotate all other access keys, starting with "ci-render-pipeline".
3. Review every region for resources that you did not create (EC2 instances, spot requests, Lambda functions, ECS tasks, IAM roles) and delete them.
4. Check CloudTrail for any access to data in your S3 buckets and databases during this period.
5. Reply to the case and tell us which steps you have completed.

If we do not hear from you within 5 days, we may need to suspend your account to prevent further unauthorized use. Once the steps above are complete, you may be eligible for a billing adjustment for usage that resulted from this activity.

You can view the case in the AWS Support Center: https://support.console.aws.amazon.com/support/home#/case/?displayId=17208812690

Best regards,
Amazon Web Services

""" + AWS_LEGAL)

M(key="S03", label="security-incident", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-10 04:51 +0000", bland=True,
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-yuzuriha@sazanami-cs.example",
  subject="Your AWS account 659027318840",
  body="""Hello,

We are contacting you about AWS account 659027318840.

During routine scanning of public sources, we found a valid AWS access key belonging to your account inside a container image that anyone can download:

    Access key ID: AKIAZQ4EXAMPLE9M3KP7
    IAM user: booking-api-deploy
    Location: docker.io/yuzuriha/booking-api, tag 1.4.2, file /app/.aws/credentials
    First seen: 2027-07-09 22:15 UTC

Anyone who downloads this image can use these credentials to act in your account with the permissions of the IAM user. Our records show that the key was used at 2027-07-10 01:03 UTC from the IP address 192.0.2.231 to call ListBuckets, and GetObject on the bucket yuzuriha-booking-exports. This address has not previously been seen with your account.

We have attached the AWSCompromisedKeyQuarantineV3 policy to the IAM user to limit further misuse. The key itself is still active.

We strongly recommend that you:

- Deactivate and delete the exposed key, and issue a new one only if it is still required
- Remove the credentials from the image, publish a new image and delete the affected tags
- Review the objects in yuzuriha-booking-exports that were read, and assess whether personal data was exposed
- Review CloudTrail in all regions for other activity from 192.0.2.231

A support case (17211098735) has been opened so that you can tell us when these steps are complete.

Regards,
Amazon Web Services

""" + AWS_LEGAL)

M(key="S04", label="security-incident", deadline="+5d", provider="AWS", lang="ja",
  kind="plain", date="2027-07-13 09:05 +0900", bland=True,
  sender="アマゾン ウェブ サービス <no-reply-aws@amazon.com>",
  to="aws-akebono@sazanami-cs.example",
  subject="【要対応】AWS アカウントに関するご連絡",
  body="""お客様

AWS アカウント 730918264451 に関連付けられた IAM ユーザー「print-order-uploader」のアクセスキー（AKIA6TR2EXAMPLEJ8HW5）とシークレットアクセスキーが、インターネット上で公開されていることを確認しました。

公開されている場所:
https://paste.example.net/raw/Qm7Tz2Lx（2027年7月12日 23:40 UTC 頃に確認）

この状態は、お客様の AWS アカウントに対するセキュリティ上のリスクとなり、不正な利用によって想定外の請求が発生するおそれがあります。また、AWS カスタマーアグリーメントにも違反します。

予防措置として、当該 IAM ユーザーに AWS 管理ポリシー「AWSCompromisedKeyQuarantineV3」をアタッチしました。このポリシーはアクセスキーを無効化するものではありません。

お客様にて、以下の対応を実施してください。

1. 公開されたアクセスキーをローテーションし、古いキーを削除する
2. AWS CloudTrail で、身に覚えのない IAM ユーザー・ロール・アクセスキーの作成や EC2 インスタンスの起動などがないか、すべてのリージョンで確認する
3. 不審なリソースがあれば削除する
4. 請求ダッシュボードで、想定外の利用料金が発生していないか確認する

対応が完了しましたら、本件のためにお客様に代わってオープンしたサポートケース（ケース ID: 17214470021）に、5 日以内にご返信ください。ご返信がない場合、アカウントのご利用を制限させていただくことがあります。

詳細: https://repost.aws/ja/knowledge-center/potential-account-compromise

よろしくお願いいたします。
アマゾン ウェブ サービス

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。""")

M(key="S05", label="security-incident", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-11 23:47 +0000", bland=True,
  sender="AWS Notifications <no-reply@sns.amazonaws.com>",
  to="security@sazanami-cs.example",
  subject="AWS Notification Message",
  body="""{
  "version": "0",
  "id": "c1a7e2f4-6b90-4d38-a5e1-2f7c09b8d413",
  "detail-type": "GuardDuty Finding",
  "source": "aws.guardduty",
  "account": "216430877952",
  "time": "2027-07-11T23:46:58Z",
  "region": "ap-northeast-1",
  "detail": {
    "schemaVersion": "2.0",
    "accountId": "216430877952",
    "region": "ap-northeast-1",
    "type": "CryptoCurrency:EC2/BitcoinTool.B!DNS",
    "severity": 8,
    "title": "EC2 instance i-0e5b1c9d7a3f28460 is querying a domain name that is associated with Bitcoin-related activity.",
    "description": "EC2 instance i-0e5b1c9d7a3f28460 is querying a domain name that is associated with Bitcoin-related activity. This may indicate that the instance is compromised and is being used to mine cryptocurrency without your authorization.",
    "resource": {
      "resourceType": "Instance",
      "instanceDetails": {
        "instanceId": "i-0e5b1c9d7a3f28460",
        "instanceType": "c6i.4xlarge",
        "launchTime": "2027-06-02T04:11:35Z",
        "tags": [ { "key": "Name", "value": "cl-cdr-etl-03" } ],
        "iamInstanceProfile": { "arn": "arn:aws:iam::216430877952:instance-profile/cl-cdr-etl" }
      }
    },
    "service": {
      "action": {
        "actionType": "DNS_REQUEST",
        "dnsRequestAction": { "domain": "xmr-pool.example.net", "protocol": "UDP", "blocked": false }
      },
      "count": 214,
      "eventFirstSeen": "2027-07-11T21:05:12Z",
      "eventLastSeen": "2027-07-11T23:41:40Z",
      "archived": false
    }
  }
}

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.ap-northeast-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:ap-northeast-1:216430877952:guardduty-high-findings:5e0d8c2b-91a4-4f37-b6d2-7a13c9e08f54&Endpoint=security@sazanami-cs.example

Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support""")

M(key="S06", label="security-incident", deadline="2027-07-20", provider="AWS", lang="en",
  kind="plain", date="2027-07-16 15:12 +0000", bland=True,
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-yuzuriha@sazanami-cs.example",
  subject="Notice: AWS account 659027318840",
  body="""Hello,

We are writing to let you know that we have detected unauthorized cryptocurrency mining in your AWS account 659027318840.

Beginning at 2027-07-16 02:20 UTC, the IAM role "booking-api-task-role" was used from outside your VPC, from the IP address 192.0.2.19, to create a launch template and an Auto Scaling group in three regions. The groups launched 38 instances of type g5.12xlarge. Network traffic from these instances matches the pattern of connections to public Monero mining pools, and the user data of the instances downloads a mining program from an external address.

We believe that the temporary credentials of the role were taken from the container task that uses it, and that your account has been compromised.

Resources identified:

    us-west-2       asg-mx-01   16 x g5.12xlarge
    eu-central-1    asg-mx-02   12 x g5.12xlarge
    ap-southeast-1  asg-mx-03   10 x g5.12xlarge

To limit the impact, we have set the desired capacity of these Auto Scaling groups to zero and restricted new instance launches in the three regions. The resources themselves have not been deleted, so that you can investigate them.

Please take the following actions and reply to support case 17230061878 by July 20, 2027:

- Delete the launch templates, Auto Scaling groups and any remaining instances listed above
- Find out how the role credentials were obtained; check the container image, the task definition and any public endpoints of the booking API
- Rotate all credentials that the task could read, including database passwords and API keys in Secrets Manager
- Review CloudTrail in every region for further activity from 192.0.2.19

If we do not receive a response by that date, we may suspend the account to prevent further charges. Charges resulting from this activity may be eligible for review once the account is secured.

Regards,
Amazon Web Services

""" + AWS_LEGAL)

M(key="S07", label="security-incident", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-18 11:58 +0900", shape="forward",
  sender="Emi Takeda <emi.takeda@sazanami-cs.example>",
  to="cloud-ops@sazanami-cs.example",
  subject="Fwd: [Action Required] Your AWS Access Key is Exposed for AWS Account 216430877952",
  body=fwd("""Team,

Heads-up: another exposed key, this time the Copperline CI user. I deactivated the key at 11:50 and I'm going through CloudTrail now. Please don't rotate anything else in that account until I say so; I want a clean timeline first. Haruto, can you let Priya at Copperline know?

Emi""",
  "Amazon Web Services <no-reply-aws@amazon.com>",
  "Sun, Jul 18, 2027 at 11:40 AM",
  "[Action Required] Your AWS Access Key is Exposed for AWS Account 216430877952",
  "<aws-copperline@sazanami-cs.example>",
  """Hello,

We have become aware that the AWS access key AKIAR8JEXAMPLEV2W6QC, belonging to the IAM user "ci-number-porting" in AWS account 216430877952, together with its secret access key, is publicly available online at https://gist.github.com/cl-devops/7be0e5f3a9c14d26b8e1.

This exposure is a security risk to your account and may lead to unauthorized activity or unexpected charges. As a precaution, we have attached the AWSCompromisedKeyQuarantineV3 managed policy to the IAM user. The key has not been revoked.

Please:

1. Delete the exposed key and replace it if it is still needed.
2. Check AWS CloudTrail and your bill, in all regions, for activity that you do not recognize.
3. Remove the key from the public location and from its history.
4. Confirm in support case 17233980417 that you have completed these steps.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL))

M(key="S08", label="security-incident", deadline="+2d", provider="AWS", lang="en",
  kind="plain", date="2027-07-12 18:25 +0000", shape="reply", bland=True,
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-akebono@sazanami-cs.example",
  subject="Re: AWS Support case 17208812690: Your AWS account may be compromised",
  headers={"In-Reply-To": "<20270711090214.akb.2290@sazanami-cs.example>",
           "References": "<20270711090214.akb.2290@sazanami-cs.example>"},
  body="""Hello,

Thank you for your update on case 17208812690 and for the work you have done so far.

We have reviewed your account again and can confirm that the 64 EC2 instances in sa-east-1, eu-north-1 and ap-south-1 have been terminated, and that the IAM user "backup-svc" has been deleted. However, we still see the following:

- The IAM user "support-admin" still exists and has an active access key (AKIA2MVEXAMPLEC7R0TB), which was last used at 2027-07-12 06:14 UTC from 192.0.2.177
- An IAM role named "OrganizationAccountAccessRole-2" was created on 2027-07-09; its trust policy allows it to be assumed from an AWS account that does not belong to you (000011112222)
- The access key of "ci-render-pipeline" has been deactivated but not deleted

Because the unauthorized user's key was used again today, the unauthorized party may still have access to your account. Please delete the user and the role, delete the old key, and reply to this case within 48 hours to confirm. Once we have confirmed that the account is secure, we will lift the launch restriction and review your request for a billing adjustment.

Best regards,
Kenji O.
Amazon Web Services

> On 2027-07-11 09:02 UTC, aws-akebono@sazanami-cs.example wrote:
> We have terminated the instances in the three regions and deleted the
> IAM user backup-svc. The ci-render-pipeline key is deactivated. We are
> still reviewing CloudTrail and will send a further update. Could you
> please confirm whether the launch restriction can be lifted for
> ap-northeast-3, which we use for DR testing?

To see the full case history, sign in to the AWS Support Center: https://support.console.aws.amazon.com/support/home#/case/?displayId=17208812690""")

M(key="S09", label="security-incident", deadline="+1d", provider="AWS", lang="en",
  kind="plain", date="2027-07-21 10:40 +0000", bland=True,
  sender="AWS Trust & Safety <ec2-abuse@amazon.com>",
  to="aws-yuzuriha@sazanami-cs.example",
  subject="Important information about your AWS account",
  body="""Hello,

We are contacting you about AWS account 659027318840 because we have received credible information that data stored in your account is publicly exposed and has been accessed by unknown parties.

A security researcher reported to us that the following Amazon S3 bucket allows anonymous listing and reading of objects:

    Bucket: yuzuriha-patient-exports
    Region: ap-northeast-1
    Objects: approximately 11,400 CSV and PDF files
    Example object keys: exports/2027/06/appointments-0630.csv, reports/referral-2027-0612-0041.pdf

Our review of the bucket's access pattern indicates that, between 2027-07-17 and 2027-07-21, objects in the bucket were downloaded anonymously from more than 40 different IP addresses that have no previous association with your account. The bucket policy statement that grants public read access ("PublicReadForPortal") was added on 2027-06-02 by the IAM user "portal-deployer".

The reporter states that the files contain personal information about patients. Please treat this as a security incident:

- Enable S3 Block Public Access for the bucket and for the account immediately
- Preserve server access logs and CloudTrail data events for your investigation
- Determine what data was exposed, and consider your notification obligations under applicable law
- Find out why the public policy was added, and whether other buckets are affected

Please reply within 24 hours to confirm that public access has been removed. AWS has not viewed the contents of your objects.

Regards,
AWS Trust & Safety

""" + AWS_LEGAL)

M(key="S10", label="security-incident", deadline="none", provider="Cloudflare", lang="en",
  kind="plain", date="2027-07-24 06:02 +0000",
  sender="Cloudflare <noreply@notify.cloudflare.com>",
  to="cloudflare@sazanami-cs.example",
  subject="Unauthorized changes detected on your Cloudflare account",
  body="""Hello,

We are contacting you because we detected changes to your Cloudflare account that were made with a valid API token from an unusual location, and that match patterns we have seen in account takeovers.

Account: Akebono Printing (account ID 3f9d0b7c21e64a58b0c4e2a91d7f6350)
API token: "ci-dns-deploy" (created 2026-11-03)
Source IP: 192.0.2.66
Time: 2027-07-24 04:31 UTC to 04:48 UTC

Changes made with this token:

    04:31  DNS record updated  akebono-printing.example  MX  10 mx.akebono-printing.example -> 10 mail.relay-check.example.net
    04:33  DNS record created  login.akebono-printing.example  A  192.0.2.66
    04:40  Page Rule created   *akebono-printing.example/portal*  forwarding (302)
    04:48  API token created   "backup-sync" (Zone:Edit, all zones)

To protect your account, we have revoked both API tokens listed above and paused the Page Rule. We have not reverted the DNS changes, because we cannot be sure which values you intend to use.

We recommend that you act now:

- Restore your MX and A records, and remove any records that you did not create
- Review the audit log (Manage Account > Audit Log) for other changes
- Check where the "ci-dns-deploy" token was stored and how it may have been exposed
- Create new tokens with the minimum permissions needed, and restrict them by client IP address

Mail to your domain may have been delivered to the server above while the MX record was changed.

The Cloudflare Team

You are receiving this email because you are an administrator of a Cloudflare account.
Cloudflare, Inc.""")

M(key="S11", label="security-incident", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-25 09:18 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-fernhill@sazanami-cs.example",
  subject="Your EC2 instance i-08f3b2c6d1e4a7750 may be compromised",
  body="""Hello,

AWS has detected that an Amazon EC2 instance in your account is communicating with infrastructure that is used to control botnets. This indicates that the instance has very likely been compromised.

AWS account ID: 482155309176
Region: ap-northeast-1
Instance ID: i-08f3b2c6d1e4a7750 (Name tag: fernhill-pos-sync)
Private IP: 10.20.3.41
Public IP: 203.0.113.19

Observed activity (UTC):

    2027-07-24 21:03  outbound TCP 443 to 192.0.2.250 (known command-and-control server), beacon every 60 s
    2027-07-24 21:09  outbound DNS queries for randomly generated subdomains of c2-relay.example.net
    2027-07-25 03:30  outbound TCP 6667 to 192.0.2.251

We have not received any reports from third parties about this instance so far, and we have not taken any action against it.

We recommend that you:

- Isolate the instance by attaching a security group that allows no inbound or outbound traffic
- Capture memory and EBS snapshots before you stop it, if you intend to investigate
- Rotate any credentials stored on the instance or available through its instance profile (role "fernhill-pos-sync-role")
- Replace the instance with one built from a known-good image
- Enable Amazon GuardDuty in this account to receive similar findings automatically

For guidance, see the AWS Security Incident Response Guide: https://docs.aws.amazon.com/whitepapers/latest/aws-security-incident-response-guide/welcome.html

Regards,
Amazon Web Services

""" + AWS_LEGAL)

M(key="S12", label="security-incident", deadline="2027-07-30", provider="AWS", lang="ja",
  kind="plain", date="2027-07-27 14:00 +0900", bland=True,
  sender="アマゾン ウェブ サービス <no-reply-aws@amazon.com>",
  to="aws-fernhill@sazanami-cs.example",
  subject="AWS アカウントに関する重要なお知らせ",
  body="""お客様

AWS アカウント 482155309176 において、第三者による不正なアクセスが行われたことを示すアクティビティを確認しました。お客様に代わってサポートケース（ケース ID: 17250092316）をオープンしております。

確認した内容（日時は日本時間）:

・2027年7月26日 23:12　ルートユーザーのパスワードがリセットされました
・2027年7月26日 23:15　ルートユーザーに登録されていた MFA デバイスが削除されました
・2027年7月26日 23:20　IP アドレス 192.0.2.73（お客様が通常ご利用の地域以外）から、ルートユーザーでのサインインに成功しました
・2027年7月26日 23:31　請求連絡先のメールアドレスの変更が試行されました（失敗）

パスワードのリセットには、ルートユーザーのメールアドレス宛てに送信されたリンクが使用されています。当該メールボックスが第三者に閲覧されている可能性があります。

アカウントを保護するため、ルートユーザーによる一部の操作を一時的に制限しました。以下の対応を実施し、2027年7月30日までにサポートケースへご返信ください。

1. ルートユーザーのメールアドレスのメールボックスのパスワードを変更し、不正なログインや転送設定がないか確認する
2. ルートユーザーのパスワードを再設定し、MFA を再登録する
3. IAM ユーザー、ロール、アクセスキーに不審な作成・変更がないか確認する
4. 請求情報、連絡先情報が変更されていないか確認する

期日までにご返信がない場合、アカウントを停止させていただくことがあります。

よろしくお願いいたします。
アマゾン ウェブ サービス

Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。Amazon.com は Amazon.com, Inc. の登録商標です。""")

M(key="S13", label="security-incident", deadline="none", provider="AWS", lang="en",
  kind="alternative", date="2027-07-06 20:33 +0000", bland=True,
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-yuzuriha@sazanami-cs.example",
  subject="AWS Health Event Notification",
  body="""AWS Health Event

Event type: AWS_RISK_CREDENTIALS_EXPOSED
Service: RISK
Region: Global
Event category: Account notification
Account: 659027318840
Start time: Tue, 6 Jul 2027 20:21:07 GMT
Status: Open

Affected resources:
    IAM user: clinic-backup-agent
    Access key ID: AKIAJH5EXAMPLEQ3D8VZ

Description

We have become aware that the access key listed above, together with its secret access key, has been published in a public code repository at https://github.com/yz-clinic-it/nas-scripts/blob/main/sync.sh. The key was committed on 2027-07-06 at 19:58 GMT.

Anyone on the internet can use these credentials to access your AWS account. Our logs show that the key was used from the IP address 192.0.2.204, which is not associated with your previous activity, to call GetCallerIdentity and ListBuckets 9 minutes after it was published.

We have attached the AWSCompromisedKeyQuarantineV3 policy to the user.

Recommended actions

1. Delete the exposed access key. Create a new key for the user if it is still needed.
2. Review your AWS CloudTrail logs for other calls made with this key.
3. Remove the key from the repository and from its history.
4. Consider using IAM roles or IAM Roles Anywhere for the backup agent instead of long-term keys.

You can view this event in the AWS Health Dashboard: https://health.aws.amazon.com/health/home#/account/dashboard/open-issues

This notification is sent to the email addresses set for the account's root user and security contact.

""" + AWS_LEGAL)

M(key="S14", label="security-incident", deadline="none", provider="Datadog", lang="en",
  kind="plain", date="2027-07-08 13:50 -0400",
  sender="Datadog <noreply@datadoghq.com>",
  to="datadog-admin@sazanami-cs.example",
  subject="Datadog API key exposed publicly",
  body="""Hi,

Datadog's secret scanning partnership with GitHub has found that an API key for your Datadog organization was committed to a public repository.

Organization: Fernhill Nurseries (US5)
Key name: fernhill-prod-agent
Key ending in: ...a91f
Found at: https://github.com/fernhill-web/infra-ansible/blob/3c8e2b1/group_vars/all.yml
Committed: 2027-07-08 16:21 UTC

Our audit trail shows that the key was used at 17:02 UTC from 192.0.2.120, an address that has not sent data for your organization before, to submit custom metrics and to create a new log pipeline named "forward-all". API keys can be used to send data into your organization and, together with application keys, to read data from it.

We have not revoked the key, because doing so would stop your agents from reporting. We strongly recommend that you:

1. Create a new API key and deploy it to your agents.
2. Revoke the exposed key in Organization Settings > API Keys.
3. Delete the "forward-all" pipeline and review Audit Trail for other changes.
4. Check whether any application keys were stored alongside the API key.

Learn more: https://docs.datadoghq.com/account_management/api-app-keys/

The Datadog Security Team

You are receiving this email because you are an administrator of a Datadog organization.
Datadog, Inc.""")

M(key="S15", label="security-incident", deadline="none", provider="GitHub", lang="en",
  kind="plain", date="2027-07-14 11:27 -0700",
  sender="GitHub <noreply@github.com>",
  to="github-admin@sazanami-cs.example",
  subject="[GitHub] A personal access token has been revoked",
  body="""Hi @sazanami-deploy,

GitHub found a personal access token associated with your account in a public repository, and we have revoked it to protect your account.

Token: deploy-akebono (fine-grained, created 2027-02-18)
Repository: akebono-printing/label-templates
File: .env.production
Commit: 9d41e7a
Found: July 14, 2027 at 18:02 UTC

Before it was revoked, the token was used at 18:09 UTC from 192.0.2.58 to clone the private repositories akebono-printing/order-portal and akebono-printing/print-queue. This address has not been used with your account before.

What you should do next:

- Review your security log at https://github.com/settings/security-log for any other activity you don't recognize
- Check the audit log of the akebono-printing organization for changes to webhooks, deploy keys, Actions secrets and collaborators
- Rotate any secrets that are stored in the cloned repositories
- Remove the token from the commit history of akebono-printing/label-templates

If you need a new token, create one with only the permissions and repositories it needs, and set an expiration date: https://github.com/settings/personal-access-tokens/new

To learn more about how GitHub detects leaked credentials, see https://docs.github.com/code-security/secret-scanning.

Thanks,
The GitHub Team

GitHub, Inc.""")

M(key="S16", label="security-incident", deadline="none", provider="Google Workspace", lang="en",
  kind="alternative", date="2027-07-15 04:09 +0000",
  sender="Google Workspace Alerts <google-workspace-alerts-noreply@google.com>",
  to="workspace-admin@sazanami-cs.example",
  subject="Alert: Leaked password detected for a user in yuzuriha-clinic.example",
  body="""Google Workspace

Leaked password

Severity: High
Domain: yuzuriha-clinic.example
User: k.nishida@yuzuriha-clinic.example
Alert time: July 15, 2027, 3:58:12 AM UTC

Google detected that the password for this account was published in a list of stolen credentials. After the password appeared in the list, there was a successful sign-in to the account at 2:41 AM UTC from the IP address 192.0.2.139 using the password and a text-message verification code. The user has not previously signed in from this location.

Actions taken by Google:
- The user's active web sessions have been signed out
- The user must change their password at next sign-in

Activity after the suspicious sign-in:
- 2:44 AM UTC: Gmail filter created; messages containing "invoice" or "payment" are moved to Archive
- 2:47 AM UTC: forwarding address added: k.nishida.clinic@mail.example.com
- 2:52 AM UTC: 1,140 messages downloaded over IMAP

We recommend that you review this user's account right away:
- Remove the forwarding address and the filter
- Revoke OAuth tokens and app passwords
- Move the user to a phishing-resistant 2-Step Verification method such as a security key or passkey
- Check whether patient information was included in the downloaded messages

View alert details: https://admin.google.com/ac/ac/alerts/alert/7c3f1e08-52a4-4d96-9b0e-1ab8e6d2c451

You received this email because you are an administrator and have email notifications turned on for this alert type in the alert center.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""")

M(key="S17", label="security-incident", deadline="none", provider="Microsoft 365", lang="en",
  kind="alternative", date="2027-07-19 22:31 +0000",
  sender="Microsoft Entra ID Protection <MSSecurity-noreply@microsoft.com>",
  to="m365-admin@sazanami-cs.example",
  subject="Users at risk detected",
  body="""Microsoft Entra ID Protection

Users at risk detected

We've detected user(s) at risk in your organization, Copperline Telecom (copperline-telecom.example).

User: Priya Nandakumar (p.nandakumar@copperline-telecom.example)
Risk level: High
Risk state: Confirmed compromised
Confirmed by: admin@copperline-telecom.example on 7/19/2027 10:12 PM UTC

Risk detections:
    7/19/2027 6:05 PM UTC   Anomalous token                       Offline
    7/19/2027 6:05 PM UTC   Unfamiliar sign-in properties         Real-time    192.0.2.211
    7/19/2027 6:22 PM UTC   Suspicious inbox manipulation rules   Offline
    7/19/2027 7:40 PM UTC   Mass access to sensitive files        Offline

The user's sign-in from 192.0.2.211 at 6:05 PM UTC was successful and satisfied multifactor authentication with a token that had been issued to another device. This is consistent with an adversary-in-the-middle phishing attack.

What you should do:
- Revoke the user's sessions and refresh tokens
- Reset the user's password and re-register their authentication methods
- Remove inbox rules that the user did not create
- Review the files the user accessed in SharePoint and OneDrive during this period
- Consider a Conditional Access policy that requires phishing-resistant authentication for administrators and finance staff

View users at risk: https://entra.microsoft.com/#view/Microsoft_AAD_IAM/RiskyUsersBlade

You're receiving this email because you are a member of a role that is set to receive risk notifications. To change these settings, go to ID Protection > Settings > Notifications.

""" + MS_FOOTER)

M(key="S18", label="security-incident", deadline="none", provider="GitLab", lang="en",
  kind="plain", date="2027-07-22 07:44 +0000",
  sender="GitLab <gitlab@mg.gitlab.com>",
  to="gitlab-ci@sazanami-cs.example",
  subject="Your personal access token has been revoked",
  body="""Hi Copperline CI,

We found that a personal access token belonging to your account was published in a public project on GitLab.com, and we have revoked it to prevent misuse.

Token name: release-bot-2027
Scopes: api, write_repository
Found in: https://gitlab.com/copperline-oss/sip-test-harness/-/blob/main/.gitlab-ci.local.yml
Detected: 2027-07-22 06:58 UTC

Our logs show that, before it was revoked, the token was used from the IP address 192.0.2.92 to add a new deploy key to the project copperline/number-porting-service and to change the project's CI/CD variables. These requests were made at 07:12 and 07:15 UTC, and the address has not previously been used with your account.

What you should do:

- Remove the deploy key "tmp" from copperline/number-porting-service
- Review the CI/CD variables and pipeline configuration of that project for changes you did not make
- Review recent pipelines for jobs that ran with modified configuration
- Check the Active sessions and the Authentication log of your account
- Remove the token from the history of the public project

To create a replacement token, go to https://gitlab.com/-/user_settings/personal_access_tokens. We recommend setting the shortest practical expiry date, and using project or group access tokens for automation.

For more information about how GitLab responds to leaked secrets, see https://docs.gitlab.com/ee/user/application_security/secret_detection/.

You're receiving this email because of your account on GitLab.com.
GitLab Inc.""")

M(key="S19", label="security-incident", deadline="none", provider="Heroku", lang="en",
  kind="plain", date="2027-07-23 15:35 +0000",
  sender="Heroku <noreply@heroku.com>",
  to="heroku@sazanami-cs.example",
  subject="Heroku Security: your API key was found in a public location",
  body="""Hello,

Heroku's security team has found the API key for your Heroku account, heroku@sazanami-cs.example, in a public location:

    Source: public npm package "fernhill-deploy-utils", version 0.4.1
    File: package/scripts/.netrc
    Published: 2027-07-23 09:14 UTC

Anyone who obtained this key could use it to access and modify your apps, add-ons and config vars. Our logs show that the key was used at 2027-07-23 12:47 UTC from the IP address 192.0.2.35 to read the config vars of the app fernhill-orders-prod. The config vars of this app include the DATABASE_URL of its Heroku Postgres database.

To protect your account, we have regenerated your API key. Scripts or tools that use the old key will stop working until you update them with the new key from Account Settings.

We recommend that you also:

- Rotate the credentials of the Heroku Postgres database attached to fernhill-orders-prod (heroku pg:credentials:rotate)
- Rotate any other secrets stored in the config vars of your apps
- Review account and app activity for changes you did not make
- Unpublish the affected package version

If you have any questions, open a ticket at https://help.heroku.com.

The Heroku Security Team

Heroku is a Salesforce company.""")

M(key="S20", label="security-incident", deadline="none", provider="Snowflake", lang="en",
  kind="plain", date="2027-07-26 01:20 -0700", bland=True,
  sender="Snowflake <no-reply@snowflake.com>",
  to="snowflake-admin@sazanami-cs.example",
  subject="Important notice regarding your Snowflake account",
  body="""Dear Snowflake Customer,

Snowflake has identified activity in your account that indicates unauthorized access.

Account: AKEBONO_PRD (locator XH41203, AWS ap-northeast-1)
User: ETL_SVC
Authentication: password only (no MFA, no network policy)

Between 2027-07-25 22:04 and 23:51 UTC, the user ETL_SVC signed in successfully from the IP addresses 192.0.2.101 and 192.0.2.102, which have not been used with your account before. During these sessions, the user:

- Ran SHOW TABLES and SELECT * queries against the databases ORDERS and CUSTOMERS
- Created a temporary stage named TMP_EXPORT_01
- Ran COPY INTO @TMP_EXPORT_01 to write approximately 3.2 GB of data to the stage
- Ran GET commands to download the staged files

To limit further access, we have disabled the user ETL_SVC. Other users in the account have not been changed.

We recommend that you:

1. Rotate the credentials of ETL_SVC and of any other users that authenticate with a password only, and move service users to key-pair authentication.
2. Apply network policies that allow connections only from your known IP ranges.
3. Review LOGIN_HISTORY and QUERY_HISTORY in the ACCOUNT_USAGE schema for the past 30 days.
4. Assess whether personal data was included in the exported tables.

Our Support team has opened case 00948271 for you. Please reply to it with any questions.

Regards,
Snowflake Security

Snowflake Inc. This is a mandatory service communication.""")

M(key="S21", label="security-incident", deadline="none", provider="Google Cloud", lang="en",
  kind="plain", date="2027-07-28 09:12 -0700",
  sender="Google Cloud <CloudPlatform-noreply@google.com>",
  to="gcp-admin@sazanami-cs.example",
  subject="[Action Required] Publicly exposed service account key detected in project fernhill-orders",
  body="""Dear Google Cloud customer,

We have detected that a service account key belonging to your Google Cloud project fernhill-orders (project number 771203948562) was publicly available on the internet.

Service account: orders-exporter@fernhill-orders.iam.gserviceaccount.com
Key ID: 3e9a0f71c6b248d5a1f07e29c84b6d130f2a5e87
Public location: https://github.com/fernhill-web/orders-export/blob/4a1d7e0/config/sa-key.json
Detected: July 28, 2027 at 7:41 AM PDT

Because your organization has the constraint iam.serviceAccountKeyExposureResponse set to DISABLE_KEY, we have disabled this key automatically. Applications that use this key will fail to authenticate.

Before the key was disabled, it was used from the IP address 192.0.2.57 to call storage.objects.list and storage.objects.get on the bucket fernhill-orders-exports. You can review these calls in Cloud Audit Logs.

What you should do:
- Delete the exposed key and remove it from the repository history
- Review Cloud Audit Logs for other activity by this service account since July 28, 2027, 7:00 AM PDT
- Check for new service accounts, keys or IAM bindings that you did not create
- Consider replacing service account keys with Workload Identity Federation

Learn more about best practices for managing service account keys: https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys

Sincerely,
The Google Cloud Team

""" + GOOGLE_FOOTER)

M(key="S22", label="security-incident", deadline="2027-07-30", provider="IIJ", lang="ja",
  kind="plain", date="2027-07-29 10:47 +0900", shape="forward",
  sender="武田 恵美 <emi.takeda@sazanami-cs.example>",
  to="cloud-ops@sazanami-cs.example",
  subject="Fwd: 【重要】メールアカウントの不正利用について（IIJ セキュアMXサービス）",
  body=fwd("""各位

ゆずりはクリニック様のメールアカウントが乗っ取られているとの連絡が IIJ からありました。
送信はすでに IIJ 側で止められています。森本様にはこれから電話します。
パスワード変更は明日正午が期限なので、本日中に対応をお願いします。
受付 PC の調査は私が担当します。

武田""",
  "IIJ サポートセンター <info@iij.ad.jp>",
  "2027年7月29日(木) 10:15",
  "【重要】メールアカウントの不正利用について（IIJ セキュアMXサービス）",
  "<iij-admin@sazanami-cs.example>",
  """さざなみクラウドサービス株式会社
ご担当者様

平素より IIJ のサービスをご利用いただき、誠にありがとうございます。

お客様がご契約のメールサービスにおいて、下記のメールアカウントが第三者によって不正に利用されていることを確認いたしました。

■対象アカウント
　uketsuke@yuzuriha-clinic.example

■確認した事象
　・2027年7月28日 21:40 頃より、海外の複数の IP アドレス（192.0.2.81 ほか）から、正しいパスワードによる認証に成功
　・同日 22:05 ～ 翌 02:30 の間に、上記アカウントから約 18,000 通のメールを送信
　・送信内容は、宅配業者を装ったフィッシングメール

上記の状況から、当該アカウントのパスワードが第三者に漏えいしているものと判断いたしました。被害の拡大を防止するため、2027年7月29日 02:35 に当該アカウントからの送信を一時的に停止しております（受信は継続しています）。

■お客様へのお願い
　1. 2027年7月30日（金）正午までに、当該アカウントのパスワードを変更してください。
　2. 当該アカウントをご利用の端末について、ウイルス対策ソフトによるスキャンを実施してください。
　3. パスワード変更後、サポートセンターまでご連絡ください。送信停止を解除いたします。

期日までにパスワードの変更が確認できない場合、当該アカウントを利用停止とさせていただきます。

ご不明な点がございましたら、下記までお問い合わせください。

────────────────────────
株式会社インターネットイニシアティブ
IIJ サポートセンター
https://www.iij.ad.jp/
────────────────────────"""))

M(key="S23", label="security-incident", deadline="none", provider="KDDI", lang="ja",
  kind="plain", date="2027-07-30 16:30 +0900",
  sender="KDDI クラウドサポートセンター <cloud-support@kddi.com>",
  to="kddi-cloud@sazanami-cs.example",
  subject="【重要】お客様仮想サーバへの不正侵入の痕跡について",
  body="""さざなみクラウドサービス株式会社
ご担当者様

平素は KDDI のクラウドサービスをご利用いただき、誠にありがとうございます。
KDDI クラウドサポートセンターでございます。

弊社のセキュリティ監視において、お客様の仮想サーバが第三者により不正に侵入された痕跡を検知いたしましたので、ご連絡いたします。

■対象
　契約ID：KCP-20318-774
　仮想サーバ名：copperline-web02
　グローバルIPアドレス：203.0.113.230

■検知内容
　・2027年7月30日 04:12　Web アプリケーションの脆弱性を悪用した攻撃通信を検知
　・2027年7月30日 04:13　上記サーバから外部サーバ（192.0.2.199）への HTTPS 通信を開始
　・2027年7月30日 04:20 以降　Web シェルと推定されるファイル（/var/www/html/uploads/.cache.php）へのアクセスを継続的に検知

上記より、お客様の仮想サーバ上で第三者が任意のコマンドを実行できる状態にあるものと判断しております。サーバ内に保存されている情報が外部に送信された可能性もございます。

■推奨する対応
　1. 対象サーバをネットワークから切り離す（事前にスナップショットの取得を推奨）
　2. Web アプリケーションおよびミドルウェアの更新
　3. サーバ上で使用していたパスワード、API キー等の変更
　4. 不審なファイルの調査、または正常なイメージからの再構築

なお、弊社ではお客様サーバの通信制限は行っておりません。ご判断のうえ、速やかにご対応いただきますようお願いいたします。調査のご支援が必要な場合は、下記までお問い合わせください。

───────────────────────
KDDI株式会社
KDDI クラウドサポートセンター
───────────────────────""")

M(key="S24", label="security-incident", deadline="none", provider="Microsoft Azure", lang="en",
  kind="plain", date="2027-07-31 03:44 +0000",
  sender="Microsoft Defender for Cloud <azure-noreply@microsoft.com>",
  to="azure-admin@sazanami-cs.example",
  subject="Microsoft Defender for Cloud: High severity alert in subscription Copperline-Prod",
  body="""Microsoft Defender for Cloud

High severity alert

Subscription: Copperline-Prod (6b0c2e58-3f41-4d7a-9e15-2a8c7d40f913)
Alert: Successful RDP brute force attack
Severity: High
Resource: vm-billing-jump01
Resource group: rg-billing-jpe
Detected: 7/31/2027 3:21 AM UTC
Alert ID: 2517442079183655812_9a3c4e6f-0b21-4d57-8e9a-c41f7d2b6053

Description
Many remote sign-in attempts were detected on vm-billing-jump01 from 192.0.2.160, and the attempts were followed by a successful sign-in as the local account "svc_backup". Analysis of the sign-in pattern indicates that the password was guessed. After the sign-in, the account created a new local administrator named "helpdesk2" and turned off Microsoft Defender Antivirus real-time protection.

Affected entities
    Host: vm-billing-jump01 (10.40.2.12)
    Account: svc_backup
    Attacker IP: 192.0.2.160
    Failed attempts: 4,816 in 55 minutes

Remediation steps
1. Isolate the virtual machine from the network.
2. Remove the local account "helpdesk2" and reset the password of "svc_backup".
3. Turn real-time protection back on and run a full scan.
4. Restrict access to port 3389 with a network security group, or use just-in-time VM access and Azure Bastion.

View the alert in Microsoft Defender for Cloud: https://portal.azure.com/#blade/Microsoft_Azure_Security/AlertBlade/alertId/2517442079183655812_9a3c4e6f

You are receiving this email because you are listed as a security contact for this subscription.

""" + MS_FOOTER)

# ======================================================= SECURITY-ADVISORY

M(key="V01", label="security-advisory", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-06 17:00 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-payer@sazanami-cs.example",
  subject="AWS Security Bulletin AWS-2027-014: Issue with the Amazon EFS mount helper (CVE-2027-40918)",
  body="""Hello,

You are receiving this message because one or more of your accounts use Amazon Elastic File System (Amazon EFS) with the EFS mount helper (amazon-efs-utils) installed on your instances.

Bulletin ID: AWS-2027-014
Scope: AWS
Content type: Important (requires attention)
Publication date: 2027/07/06 10:00 AM PDT

Description

A security researcher reported an issue in the EFS mount helper, versions 2.0.0 through 2.3.4. When the mount helper is used with the "tls" mount option and a custom stunnel configuration, a local user without elevated privileges could cause the watchdog process to load a configuration file from a world-writable directory. This could allow that user to run commands with the privileges of the watchdog process. The issue has been assigned CVE-2027-40918.

The issue cannot be exploited remotely, and it does not affect the EFS service itself. We have no indication that this issue has been used against any customer.

Affected versions: amazon-efs-utils 2.0.0 to 2.3.4
Resolved version: amazon-efs-utils 2.3.5 and later

Recommended action

We recommend that customers who install amazon-efs-utils from GitHub or from package repositories upgrade to version 2.3.5 or later. Customers who use Amazon Linux 2023 with automatic updates, AWS Lambda or AWS Fargate do not need to take any action.

Instances in your accounts that reported an affected version to AWS Systems Manager Inventory in the past 7 days:

    482155309176  ap-northeast-1  i-0b2c9e4f7a1d36580
    730918264451  ap-northeast-1  i-05f7d2a9c8e1b4036

For more information, see https://aws.amazon.com/security/security-bulletins/.

Please contact AWS Security at aws-security@amazon.com with any questions or concerns.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="V02", label="security-advisory", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-08 16:00 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-payer@sazanami-cs.example",
  subject="Secure your AWS account root user with MFA",
  body="""Hello,

We're writing to you because the root user of your AWS account 104772903365 does not have multi-factor authentication (MFA) enabled.

The root user has full access to all resources and billing information in your account, and some tasks can only be performed by the root user. Protecting it with MFA is one of the most effective steps you can take to keep your account secure. This message is a recommendation. We have not detected any unauthorized activity in your account.

We recommend that you:

- Register a passkey or a FIDO2 security key for the root user; you can register up to eight MFA devices
- Store the root user's password and MFA device in a safe place, and use the root user only for tasks that require it
- Use IAM Identity Center or IAM roles for everyday administration
- Confirm that the account's security contact is up to date, so that we can reach the right people

To enable MFA, sign in as the root user and open Security credentials from the account menu in the AWS Management Console. For step-by-step instructions, see https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html.

If your account belongs to an organization in AWS Organizations, you can also use centralized root access management to remove root user credentials from member accounts: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html

Thank you for helping us keep AWS secure.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="V03", label="security-advisory", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-12 08:00 +0000",
  sender="AWS Trusted Advisor <no-reply-aws@amazon.com>",
  to="aws-akebono@sazanami-cs.example",
  subject="AWS Trusted Advisor Weekly Status Report for account 730918264451",
  headers={"List-Unsubscribe": "<https://console.aws.amazon.com/trustedadvisor/home#/preferences>"},
  body="""AWS Trusted Advisor

Weekly status report for AWS account 730918264451
Report period: July 5, 2027 to July 11, 2027

Summary of check results

    Security           2 action recommended, 3 investigation recommended, 14 no problems
    Fault tolerance    1 action recommended, 6 investigation recommended, 21 no problems
    Cost optimization  0 action recommended, 4 investigation recommended, 9 no problems
    Service limits     0 action recommended, 1 investigation recommended, 48 no problems

Security checks with action recommended

Security Groups - Specific Ports Unrestricted (red)
3 security groups allow unrestricted access (0.0.0.0/0) to TCP port 22 or 3389:
    sg-0a71c3e9b2d84f156  render-farm-ssh   ap-northeast-1
    sg-07d2e5b8f1a93c640  legacy-rdp        ap-northeast-1
    sg-0c4e9a1b7f3d25e08  launch-wizard-7   ap-northeast-3

IAM Access Key Rotation (red)
5 active access keys have not been rotated in more than 365 days, including the key of the IAM user "print-order-uploader".

Security checks with investigation recommended
- Amazon S3 Bucket Permissions: 2 buckets allow List access to any authenticated AWS user
- AWS CloudTrail Logging: no trail records events in 3 regions
- Amazon EBS Public Snapshots: 1 snapshot is shared publicly

These results show potential risks in your configuration. Review the recommendations in the Trusted Advisor console and decide whether to act on them: https://console.aws.amazon.com/trustedadvisor/home

You are receiving this email because you subscribed to Trusted Advisor weekly notifications. To change your preferences, open Preferences in the Trusted Advisor console.

""" + AWS_LEGAL)

M(key="V04", label="security-advisory", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-15 21:00 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-copperline@sazanami-cs.example",
  subject="Amazon S3 buckets in your account allow public access",
  body="""Hello,

We are writing to let you know that one or more Amazon S3 buckets in your AWS account 216430877952 have a bucket policy or an access control list (ACL) that allows public access. Anyone on the internet can read, and in some cases list or write, the objects in these buckets.

    Bucket name               Region          Access granted to the public
    copperline-web-static     ap-northeast-1  Read (bucket policy)
    copperline-tmp-transfer   ap-northeast-1  Read, List (ACL)
    cl-support-uploads-2025   us-west-2       Write (ACL)

This message is a precaution. We have not detected any unauthorized access to these buckets. Public access can be appropriate, for example for a static website, but it is a common cause of unintended data exposure. A bucket that grants public write access can also be used by others to store and distribute content at your expense.

We recommend that you:

- Review each bucket listed above and confirm that public access is intended
- Turn on S3 Block Public Access at the account level, and turn it off only for buckets that must be public
- Replace ACLs with bucket policies, and set Object Ownership to "Bucket owner enforced"
- Use Amazon CloudFront with origin access control instead of public buckets for websites
- Use IAM Access Analyzer for S3 to monitor buckets that are shared outside your account

For more information, see https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="V05", label="security-advisory", deadline="none", provider="AWS", lang="ja",
  kind="plain", date="2027-07-16 18:00 +0900",
  sender="アマゾン ウェブ サービス <no-reply-aws@amazon.com>",
  to="aws-payer@sazanami-cs.example",
  subject="【セキュリティ情報】OpenSSH の脆弱性（CVE-2027-38112）に関する Amazon Linux の対応について",
  body="""AWS をご利用のお客様

いつも AWS をご利用いただき、誠にありがとうございます。

2027年7月14日に公開された OpenSSH の脆弱性（CVE-2027-38112）について、Amazon Linux および AWS のサービスにおける対応状況をお知らせします。

■ 脆弱性の概要
OpenSSH サーバー（sshd）の特定のバージョンでは、認証前の処理に競合状態が存在し、特定の条件下でリモートの攻撃者がサービス拒否を引き起こす可能性があります。現時点で、任意のコードの実行が可能であることは確認されていません。

■ Amazon Linux の対応
・Amazon Linux 2023: 修正済みパッケージ openssh-9.9p2-1.amzn2023.0.3 を公開しました（ALAS2023-2027-1187）
・Amazon Linux 2: 2026年6月30日にサポートが終了しているため、修正パッケージは提供されません。Amazon Linux 2023 への移行をご検討ください

■ AWS のマネージドサービス
AWS Systems Manager Session Manager、EC2 Instance Connect、AWS Transfer Family などのマネージドサービスについては、AWS 側で対応を完了しています。お客様による対応は不要です。

■ お客様にお願いしたいこと
お客様が管理する EC2 インスタンスで Amazon Linux 2023 をご利用の場合は、「sudo dnf update openssh」を実行し、sshd を再起動することを推奨します。その他の OS をご利用の場合は、各ディストリビューションの情報をご確認ください。

本件によりお客様の環境が侵害されたことを示す情報はありません。本メールは、該当する可能性のあるすべてのお客様にお送りしています。

詳細: https://alas.aws.amazon.com/

今後とも AWS をよろしくお願いいたします。

アマゾン ウェブ サービス ジャパン合同会社
本メールは送信専用アドレスからお送りしています。""")

M(key="V06", label="security-advisory", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-20 12:10 +0000", bland=True,
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-yuzuriha@sazanami-cs.example",
  subject="Your AWS account 659027318840",
  body="""Hello,

As part of our ongoing efforts to help customers keep their accounts secure, we reviewed the IAM access keys in your AWS account 659027318840. We found long-term access keys that have not been rotated for a long time, and keys that have not been used recently.

    IAM user               Access key ID          Created     Last used
    clinic-backup-legacy   AKIAQF7EXAMPLEH2L9RD   2023-03-14  2027-07-19
    reporting-export       AKIAU6BEXAMPLEZ8T1MC   2024-01-09  2025-11-02
    dev-temp-2024          AKIAN4XEXAMPLEW5P0JG   2024-06-21  never

Keys that are old or unused increase the impact if they are ever leaked. We have not detected any unauthorized use of these keys, and this message is a recommendation only.

We recommend that you:

- Deactivate and then delete keys that have not been used in the past 90 days
- Rotate active keys regularly, or replace them with temporary credentials from IAM roles or IAM Identity Center
- Do not store access keys in source code, container images or configuration files
- Use IAM Access Analyzer to find unused access and to generate least-privilege policies

You can see when each key was last used on the Users page of the IAM console, or by downloading the credential report: https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="V07", label="security-advisory", deadline="none", provider="Google Cloud", lang="en",
  kind="alternative", date="2027-07-09 10:00 -0700",
  sender="Google Cloud <CloudPlatform-noreply@google.com>",
  to="gcp-admin@sazanami-cs.example",
  subject="Google Cloud security bulletin GCP-2027-031: Linux kernel vulnerability affecting GKE nodes",
  body="""Hello Google Cloud customer,

We are writing to inform you about a security vulnerability in the Linux kernel that affects Google Kubernetes Engine (GKE) nodes. You are receiving this message because you have GKE clusters in the projects listed below.

Bulletin: GCP-2027-031
Published: July 9, 2027
Severity: High
CVE: CVE-2027-41207

What is the issue?
A use-after-free issue in the kernel's netfilter subsystem could allow a local user, or a process in a container with the CAP_NET_ADMIN capability, to escalate privileges to root on the node. GKE Autopilot clusters and GKE Standard clusters that use GKE Sandbox are not affected.

Your affected resources:
    Project akebono-prod, cluster print-api-tokyo (Standard, asia-northeast1), node version 1.36.4-gke.1102000
    Project fernhill-orders, cluster orders-gke (Standard, asia-northeast1-b), node version 1.35.9-gke.2205000

What should I do?
We recommend that you upgrade your node pools to one of the following patched versions or later:
    1.35.10-gke.1058000
    1.36.5-gke.1020000
    1.37.1-gke.1004000

Clusters with auto-upgrade enabled will be upgraded automatically over the coming weeks. You can upgrade earlier using the console or gcloud. Until you upgrade, you can reduce exposure by making sure that no workloads run with CAP_NET_ADMIN unless they need it.

There is no indication that this vulnerability has been exploited in your clusters.

For details, see https://cloud.google.com/kubernetes-engine/security-bulletins#gcp-2027-031.

Thanks for choosing Google Cloud.

\u2014 The Google Cloud Team

""" + GOOGLE_FOOTER)

M(key="V08", label="security-advisory", deadline="none", provider="Microsoft Azure", lang="ja",
  kind="plain", date="2027-07-14 15:00 +0900",
  sender="Microsoft Azure <azure-noreply@microsoft.com>",
  to="azure-admin@sazanami-cs.example",
  subject="Azure セキュリティ アドバイザリ: Azure Kubernetes Service ノード イメージの脆弱性について",
  body="""Microsoft Azure

セキュリティ アドバイザリ

サブスクリプション名: Copperline-Prod
サブスクリプション ID: 6b0c2e58-3f41-4d7a-9e15-2a8c7d40f913
追跡 ID: 4TQV-R8Z

お客様各位

Microsoft は、Azure Kubernetes Service (AKS) の Linux ノード イメージに含まれるコンテナー ランタイムの脆弱性（CVE-2027-39041）を確認しました。この脆弱性が悪用された場合、細工されたコンテナー イメージを実行することで、コンテナーの外部にあるホスト上のファイルを読み取られる可能性があります。

お客様のサブスクリプションでは、以下のクラスターが影響を受けるノード イメージ バージョンを使用しています。

    aks-voip-jpe (Japan East)    AKSUbuntu-2404gen2containerd-202706.20.0
    aks-portal-jpw (Japan West)  AKSUbuntu-2404gen2containerd-202706.20.0

Microsoft は、修正済みのノード イメージ 202707.09.0 をすべてのリージョンで公開しました。ノード OS の自動アップグレード チャネルを「NodeImage」または「SecurityPatch」に設定しているクラスターには、メンテナンス期間中に自動的に適用されます。

推奨事項:
・自動アップグレードを無効にしている場合は、ノード イメージのアップグレードを実施してください
・信頼できないレジストリからのイメージの実行を制限してください
・Azure Policy を使用して、特権コンテナーの実行を禁止することを検討してください

現時点で、この脆弱性がお客様の環境で悪用されたことを示す情報はありません。

詳細については、Azure Service Health のセキュリティ アドバイザリをご確認ください:
https://portal.azure.com/#view/Microsoft_Azure_Health/AzureHealthBrowseBlade/~/securityAdvisories

このメールは、Azure サブスクリプションの所有者およびセキュリティ連絡先に送信されています。

""" + MS_FOOTER)

M(key="V09", label="security-advisory", deadline="none", provider="Cloudflare", lang="en",
  kind="html", date="2027-07-19 14:00 +0000",
  sender="Cloudflare <noreply@notify.cloudflare.com>",
  to="cloudflare@sazanami-cs.example",
  subject="New WAF managed rule deployed for CVE-2027-39554",
  body="""Hello,

On July 17, 2027, a critical remote code execution vulnerability (CVE-2027-39554) was disclosed in a widely used PHP image-processing library that is bundled with several content management systems and e-commerce plugins. Proof-of-concept exploit code is publicly available, and we are seeing attempts to exploit the vulnerability across our network.

We have deployed a new rule to the Cloudflare Managed Ruleset to help protect applications behind Cloudflare:

    Rule ID: 7c1e8f05a2b94d3e
    Description: PHP image library - Remote Code Execution - CVE:CVE-2027-39554
    Default action: Block
    Available on: Pro, Business and Enterprise plans

Zones in your account that have the Cloudflare Managed Ruleset enabled, including fernhill-nurseries.example and akebono-printing.example, are protected by this rule with its default action. No action is needed to enable it.

Why you should still patch

A WAF rule reduces risk, but it does not remove the vulnerability. Attackers can sometimes reach your origin directly, or use variations that the rule does not match. We recommend that you:

- Update the affected library or plugin to a fixed version as soon as your vendor releases one
- Make sure your origin only accepts traffic from Cloudflare, for example with Cloudflare Tunnel or authenticated origin pulls
- Review Security Events for matches of rule 7c1e8f05a2b94d3e

This notice does not mean that your applications are vulnerable or have been attacked. It is sent to all customers with zones on plans that include the Managed Ruleset.

Read more on the Cloudflare blog: https://blog.cloudflare.com/

The Cloudflare Team

You are receiving this email because you are an administrator of a Cloudflare account. To manage notification preferences, visit https://dash.cloudflare.com/?to=/:account/notifications.
Cloudflare, Inc.""")

M(key="V10", label="security-advisory", deadline="none", provider="GitHub", lang="en",
  kind="plain", date="2027-07-21 06:31 -0700",
  sender="GitHub <notifications@github.com>",
  to="github-admin@sazanami-cs.example",
  subject="[akebono-printing/order-portal] Critical severity Dependabot alert: fast-xml-builder",
  headers={"List-Unsubscribe": "<https://github.com/settings/notifications>"},
  body="""Dependabot found a vulnerable dependency in akebono-printing/order-portal

Critical severity: Prototype pollution in fast-xml-builder leads to remote code execution
CVE-2027-37718 / GHSA-4f7q-9xm2-r3vc

Package: fast-xml-builder (npm)
Affected versions: < 5.2.3
Patched version: 5.2.3
Manifest: package-lock.json
Current version in your repository: 5.1.0
Dependency type: transitive (via invoice-pdf-kit 2.4.1)

Summary
fast-xml-builder does not correctly handle attribute names such as "__proto__" when it builds XML from user-controlled objects. An attacker who can control the input object can modify the prototype of Object and, in some applications, run arbitrary code.

Dependabot cannot update fast-xml-builder to a non-vulnerable version, because invoice-pdf-kit 2.4.1 pins fast-xml-builder to the 5.1.x range and no newer release of invoice-pdf-kit is available. You may be able to resolve this alert by adding an override to package.json.

Review the alert: https://github.com/akebono-printing/order-portal/security/dependabot/118

\u2014
You are receiving this because you are subscribed to Dependabot alerts for akebono-printing/order-portal.
Manage your notification settings: https://github.com/settings/notifications
GitHub, Inc.""")

M(key="V11", label="security-advisory", deadline="none", provider="Atlassian", lang="en",
  kind="alternative", date="2027-07-22 11:00 +1000",
  sender="Atlassian <noreply@am.atlassian.com>",
  to="atlassian-admin@sazanami-cs.example",
  subject="Critical security advisory: Confluence Data Center and Server (CVE-2027-22871)",
  body="""Hi there,

We're contacting you because you are a technical contact for a self-managed Confluence license.

Today we published a security advisory for a critical vulnerability in Confluence Data Center and Server.

CVE: CVE-2027-22871
Severity: Critical (CVSS 9.4)
Type: Authentication bypass
Affected versions: 8.5.0 to 8.5.22, 9.2.0 to 9.2.9, 9.5.0 to 9.5.3
Fixed versions: 8.5.23, 9.2.10, 9.5.4 and later

Your licenses:
    SEN-L8820341   Confluence Data Center   Akebono Printing   version reported: 9.2.7

Summary
A flaw in the handling of setup endpoints could allow an unauthenticated attacker to create an administrator account on an affected instance that is reachable from the internet. Atlassian Cloud sites are not affected.

What you should do
We strongly recommend that you upgrade to a fixed version immediately. If you cannot upgrade right away, block external access to the /setup/* endpoints at your reverse proxy, and restrict the instance to your internal network until you can upgrade. We also recommend checking the confluence-administrators group for unexpected members.

We are not aware of active exploitation of this vulnerability at the time of publication. We will update the advisory if this changes.

Read the full advisory: https://confluence.atlassian.com/security/

Thanks,
Atlassian Security

You are receiving this security notification because you are listed as a technical or billing contact for an Atlassian product. To update your contact details, visit https://my.atlassian.com.
Atlassian Pty Ltd""")

M(key="V12", label="security-advisory", deadline="none", provider="NTT docomo business", lang="ja",
  kind="plain", date="2027-07-23 17:30 +0900", bland=True,
  sender="NTTドコモビジネス <sdpf-info@ntt.com>",
  to="ntt-sdpf@sazanami-cs.example",
  subject="【NTTドコモビジネス】お知らせ",
  body="""お客さま各位

平素より弊社サービスをご利用いただき、誠にありがとうございます。

OpenSSL において公表された脆弱性（CVE-2027-41550）について、弊社クラウドサービス「SDPF クラウド／サーバー」における影響と対応状況をお知らせいたします。

■脆弱性の概要
OpenSSL 3.x の一部のバージョンにおいて、特定の形式の X.509 証明書を処理する際に、境界外のメモリ読み込みが発生する可能性があります。悪用された場合、サービス運用妨害（DoS）や、メモリ上の情報の一部が漏えいするおそれがあります。

■弊社サービスへの影響
・コントロールパネル、API エンドポイント、マネージド ロードバランサー：弊社にて修正を適用済みです。お客さまによる作業は不要です。
・お客さまが管理する仮想サーバー、ベアメタルサーバー：OS に含まれる OpenSSL が影響を受ける可能性があります。

■お客さまへのお願い
お客さまが管理するサーバーにおいては、OS ベンダーから提供される修正パッケージの適用をご検討ください。弊社提供の OS テンプレートについては、2027年7月30日に修正済みテンプレートを公開する予定です。

なお、本件に関して、弊社設備およびお客さま環境への不正アクセス等の被害は確認されておりません。

■ご契約情報
　お客さまID：N210447831
　サービス：SDPF クラウド／サーバー（東日本3リージョン）

本件に関するお問い合わせは、カスタマーポータルよりお願いいたします。

────────────────
NTTドコモビジネス株式会社
Smart Data Platform カスタマーサポート
https://sdpf.ntt.com/
※本メールは送信専用です。
────────────────""")

M(key="V13", label="security-advisory", deadline="none", provider="Fujitsu", lang="ja",
  kind="plain", date="2027-07-26 10:00 +0900", bland=True,
  sender="富士通 クラウドサービス <fj-cloud-info@fujitsu.com>",
  to="fujitsu-cloud@sazanami-cs.example",
  subject="【富士通】重要なお知らせ",
  body="""お客様各位

平素は富士通のクラウドサービスをご利用いただき、誠にありがとうございます。

Apache HTTP Server において脆弱性（CVE-2027-40022）が公表されました。本脆弱性の概要、および弊社サービスにおける対応状況についてお知らせいたします。

1. 脆弱性の概要
Apache HTTP Server 2.4.64 以前のバージョンの mod_proxy において、細工されたリクエストにより、バックエンドサーバーへのリクエストスマグリングが可能となる場合があります。

2. 対象となるサービス
・FUJITSU Hybrid IT Service（IaaS）で提供している仮想サーバーイメージのうち、Apache HTTP Server を含むもの
・Web アプリケーションファイアウォール（マネージド）：影響なし

3. 弊社の対応
修正版 2.4.65 を適用した仮想サーバーイメージを、2027年7月22日より提供しております。

4. お客様へのお願い
既存の仮想サーバーで mod_proxy を有効にしてご利用のお客様は、OS のパッケージ更新により修正版を適用いただくことを推奨いたします。適用が難しい場合は、脆弱性情報に記載の回避策をご確認ください。

本脆弱性を悪用した攻撃や、お客様環境への影響は、現時点で確認されておりません。

【ご契約情報】
契約番号：FJH-0008127733
ご契約者：さざなみクラウドサービス株式会社 様

詳細については、弊社 Web サイトの脆弱性情報ページをご参照ください。
https://www.fujitsu.com/jp/

本メールは送信専用アドレスよりお送りしております。お問い合わせは、サービスポータルからお願いいたします。

富士通株式会社""")

M(key="V14", label="security-advisory", deadline="none", provider="MongoDB Atlas", lang="en",
  kind="plain", date="2027-07-27 16:00 +0000", bland=True,
  sender="MongoDB Atlas <mongodb-atlas@mongodb.com>",
  to="atlas-admin@sazanami-cs.example",
  subject="Important information about your MongoDB Atlas clusters",
  body="""Hello,

We are writing to inform you of a security vulnerability in MongoDB Server, and to let you know how it affects the Atlas clusters in your organization, Sazanami Cloud Services.

CVE: CVE-2027-36680
Severity: High (CVSS 7.5)
Affected versions: MongoDB Server 7.0.0 to 7.0.24, 8.0.0 to 8.0.15
Fixed versions: 7.0.25, 8.0.16

An authenticated user with the find privilege could send a specially crafted aggregation pipeline that causes the server to return documents from a collection the user is not authorized to read, if that collection is referenced through a particular form of $lookup. Exploiting the issue requires valid database credentials.

What this means for your Atlas clusters

Atlas applies patch releases automatically. The following clusters in your organization have already been upgraded to a fixed version:

    Project Fernhill-Prod      cluster orders-m30    7.0.25
    Project Yuzuriha-Booking   cluster booking-m10   8.0.16

The following cluster has a configured maintenance window, and will be upgraded during its next window:

    Project Akebono-Analytics  cluster reports-m40   8.0.14 -> 8.0.16   next window: Sunday 02:00 JST

You do not need to take any action for your Atlas clusters. If you run MongoDB Enterprise Advanced or MongoDB Community Server yourself, we recommend upgrading to a fixed version. We have no evidence that this vulnerability has been exploited against Atlas customers.

You can read the advisory at https://www.mongodb.com/resources/products/alerts.

Thank you,
The MongoDB Atlas Team

MongoDB, Inc. | You are receiving this email because you are an Organization Owner in MongoDB Atlas.""")

M(key="V15", label="security-advisory", deadline="none", provider="Oracle Cloud", lang="en",
  kind="plain", date="2027-07-20 20:00 +0000",
  sender="Oracle Security Alerts <secalert_us@oracle.com>",
  to="oracle-admin@sazanami-cs.example",
  subject="Oracle Critical Patch Update Advisory - July 2027",
  headers={"List-Unsubscribe": "<https://www.oracle.com/security-alerts/>"},
  body="""Oracle Critical Patch Update Advisory - July 2027

Description

A Critical Patch Update is a collection of patches for multiple security vulnerabilities. The July 2027 Critical Patch Update contains 312 new security patches across Oracle product families. Some of the vulnerabilities addressed in this update may be remotely exploitable without authentication.

Oracle keeps receiving reports of attempts to exploit vulnerabilities for which patches have already been released, and some of these attempts have succeeded because the patches had not been applied. Oracle therefore strongly recommends that customers stay on actively supported versions and apply Critical Patch Update security patches as soon as possible.

Highlights relevant to Oracle Cloud Infrastructure customers

    Oracle Database Server   9 new patches, 2 remotely exploitable without authentication
    Oracle MySQL             23 new patches, 6 remotely exploitable without authentication
    Oracle Linux (UEK)       kernel updates, see the Oracle Linux security advisories
    Oracle WebLogic Server   7 new patches, 5 remotely exploitable without authentication

Oracle-managed services (Autonomous Database, MySQL HeatWave, OCI Compute platform images) are updated by Oracle according to their published maintenance schedules. Customer-managed databases and middleware on OCI Compute must be patched by the customer.

Next Critical Patch Update dates:
    19 October 2027
    18 January 2028
    18 April 2028

The full advisory, the risk matrices and the patch availability documents are available at https://www.oracle.com/security-alerts/.

You are receiving this email because you subscribed to Oracle Security Alerts. To unsubscribe, visit https://www.oracle.com/security-alerts/ and follow the subscription instructions.

Oracle Corporation""")

M(key="V16", label="security-advisory", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-29 19:00 +0000", bland=True,
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-payer@sazanami-cs.example",
  subject="Important security information",
  body="""Hello,

We are aware of a phishing campaign that impersonates Amazon Web Services. The messages ask recipients to "verify" their AWS account or to settle an unpaid invoice, and they link to websites that imitate the AWS sign-in page in order to steal root user credentials and MFA codes.

This message is being sent to many AWS customers as a precaution. It does not mean that your account has been affected, and we have not detected any unauthorized activity in your account.

How to recognize the phishing messages:

- The subject line is similar to "Your AWS account has been suspended" or "Action needed: payment declined"
- The sender address uses a domain that is not amazon.com or aws.com, or that only looks like one of them
- The link leads to a page that is not on signin.aws.amazon.com, often behind a URL shortener
- The page asks for your password and your MFA code on the same screen

What you can do:

- Sign in to AWS by typing https://console.aws.amazon.com into your browser instead of following links in email
- Use phishing-resistant MFA, such as passkeys or security keys, for the root user and for administrators
- Tell your colleagues, especially the people who receive email for the root user addresses of your accounts
- Report suspicious messages to stop-spoofing@amazon.com

If you entered your credentials on a suspicious site, change your password immediately, review your account for unexpected activity and contact AWS Support.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

# =========================================================== INFORMATIONAL

M(key="I01", label="informational", deadline="none", provider="AWS", lang="en",
  kind="html", date="2027-07-01 16:00 +0000",
  sender="AWS Security <aws-marketing-email-replies@amazon.com>",
  to="cloud-ops@sazanami-cs.example",
  subject="AWS Security Newsletter, July 2027: re:Inforce highlights and new launches",
  headers={"List-Unsubscribe": "<https://pages.awscloud.com/communication-preferences.html>"},
  body="""AWS Security Newsletter | July 2027

Hello,

Welcome to the July edition of the AWS Security Newsletter. This month we look back at AWS re:Inforce 2027 and round up recent security launches and guidance.

re:Inforce 2027 highlights

More than 200 sessions covered identity, threat detection, data protection and generative AI security. Recordings of the keynote and of the leadership sessions are now available on demand. Popular sessions included "Building a least-privilege IAM strategy at scale" and "Incident response for containers and serverless".

New launches

- Amazon GuardDuty adds extended threat detection for Amazon EKS audit logs in all commercial Regions
- AWS Security Hub now groups related findings into a single issue with a suggested owner
- IAM Access Analyzer can now check custom policies against your organization's own rules before deployment
- AWS Certificate Manager can now send certificate renewal events to Amazon EventBridge

On the AWS Security Blog

- How to use passkeys for AWS account root users across an organization
- Five practical steps to reduce long-term access keys
- Responding to exposed credentials: a runbook for small teams

Upcoming events

Join our monthly Security Office Hours, a live session in which AWS security specialists answer your questions. Register at https://aws.amazon.com/events/.

Thank you for reading.
The AWS Security Team

You are receiving this email because you subscribed to AWS security communications. To unsubscribe, visit https://pages.awscloud.com/communication-preferences.html.

""" + AWS_LEGAL)

M(key="I02", label="informational", deadline="none", provider="AWS", lang="en",
  kind="alternative", date="2027-07-13 17:00 +0000",
  sender="Amazon Web Services <aws-marketing-email-replies@amazon.com>",
  to="cloud-ops@sazanami-cs.example",
  subject="Now available: Amazon GuardDuty Runtime Monitoring for AWS Lambda",
  headers={"List-Unsubscribe": "<https://pages.awscloud.com/communication-preferences.html>"},
  body="""Hello,

We are excited to announce that Amazon GuardDuty Runtime Monitoring now supports AWS Lambda functions, in all AWS Regions where GuardDuty is available.

GuardDuty Runtime Monitoring for Lambda observes the behavior of your functions while they run, including network connections, process launches and file access, and identifies activity that may indicate a threat, such as a function that communicates with a known cryptocurrency mining pool or runs an unexpected shell command. Findings appear in the GuardDuty console and in AWS Security Hub, alongside your existing findings.

Key benefits

- No code changes: GuardDuty manages a Lambda extension that it adds to the functions you select
- Coverage for the Node.js, Python, Java and .NET managed runtimes, and for container image functions
- Findings include the function name, the version and the invocation request ID, to help you investigate quickly

Pricing and free trial

Runtime Monitoring for Lambda is priced per vCPU-hour of monitored function duration. Accounts that enable the feature receive a 30-day free trial, during which you can see your estimated cost in the GuardDuty console.

Getting started

You can enable the feature from the GuardDuty console under Runtime Monitoring, or for all accounts in your organization from the delegated administrator account. To learn more, read the launch post on the AWS Security Blog at https://aws.amazon.com/blogs/security/ and the documentation at https://docs.aws.amazon.com/guardduty/.

This announcement is for your information. No action is required, and the feature is not enabled automatically.

Sincerely,
Amazon Web Services

To change your email preferences, visit https://pages.awscloud.com/communication-preferences.html.

""" + AWS_LEGAL)

M(key="I03", label="informational", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-21 04:10 +0000", shape="reply", bland=True,
  sender="AWS Trust & Safety <ec2-abuse@amazon.com>",
  to="noc@sazanami-cs.example",
  cc="aws-copperline@sazanami-cs.example",
  subject="Re: Your Amazon EC2 Abuse Report [18734052219]",
  headers={"In-Reply-To": "<20270716074811.noc.5102@sazanami-cs.example>",
           "References": "<20270706021402.noc.4471@sazanami-cs.example> <20270716074811.noc.5102@sazanami-cs.example>"},
  body="""Hello,

Thank you for the information you provided on July 8 and July 16, 2027 regarding abuse report 18734052219.

We have reviewed your responses. We understand that the scanning was caused by the network discovery feature of a monitoring agent, which had been configured with a public address range on two instances, i-0c7d2e91f4a3b8856 and i-07e2fd08a1c6b9d34, and that you have corrected the configuration in your launch template and removed the agent from the affected instances.

We have not received any further reports about the IP addresses 203.0.113.47 and 203.0.113.52 since July 8, 2027, and our own monitoring has not detected further scanning activity from your account.

We are therefore resolving this case. No further action is required from you at this time, and no restrictions have been placed on your account as a result of this report.

If you receive a new abuse report in the future, please respond to it directly and keep the report ID in the subject line.

Thank you for your cooperation, and for helping to keep the AWS network safe.

Regards,
AWS Trust & Safety

> On Fri, Jul 16, 2027 at 07:48 UTC, Tom\u00e1s Reyes <noc@sazanami-cs.example> wrote:
> Hello,
>
> Following up on our message of July 8. We have confirmed the root cause:
> the discovery module of our monitoring agent was set to 0.0.0.0/0 in the
> launch template used by both instances. The template has been corrected
> and both instances were rebuilt. No unauthorized access was found.
>
> Regards,
> Tom\u00e1s Reyes""")

M(key="I04", label="informational", deadline="none", provider="AWS", lang="ja",
  kind="html", date="2027-07-05 11:00 +0900",
  sender="AWS ジャパン <aws-marketing-email-replies@amazon.com>",
  to="cloud-ops@sazanami-cs.example",
  subject="【ご案内】AWS セキュリティ ワークショップ 東京 開催のお知らせ",
  headers={"List-Unsubscribe": "<https://pages.awscloud.com/communication-preferences.html>"},
  body="""AWS をご利用のお客様

平素より AWS をご利用いただき、誠にありがとうございます。

このたび、クラウドのセキュリティ運用をご担当の方を対象とした、ハンズオン形式のワークショップを東京で開催いたします。

■ イベント概要
名称：AWS セキュリティ ワークショップ 東京
日時：2027年8月26日（木）13:00～17:30（受付開始 12:30）
会場：アマゾン ウェブ サービス ジャパン 目黒オフィス
参加費：無料（事前登録制、定員 80 名）
対象：セキュリティ運用、インフラ運用、監査をご担当の方

■ プログラム（予定）
・AWS のセキュリティ サービスの最新アップデート
・ハンズオン 1：Amazon GuardDuty と AWS Security Hub による脅威の検出と対応
・ハンズオン 2：IAM Access Analyzer を使った最小権限の実現
・ハンズオン 3：漏えいしたアクセスキーへの初動対応演習
・お客様事例セッション、Q&A

ハンズオンでは、ご自身のノート PC から、当日ご用意する検証用の AWS アカウントを使用します。お客様の本番環境は使用しません。

■ お申し込み
下記のページよりお申し込みください。定員に達し次第、受付を終了いたします。
https://aws.amazon.com/jp/events/

皆様のご参加をお待ちしております。

アマゾン ウェブ サービス ジャパン合同会社
イベント事務局

本メールの配信停止をご希望の場合は、こちらから設定を変更してください：https://pages.awscloud.com/communication-preferences.html""")

M(key="I05", label="informational", deadline="none", provider="Google Workspace", lang="en",
  kind="alternative", date="2027-07-07 17:00 +0000",
  sender="The Google Workspace Team <workspace-noreply@google.com>",
  to="workspace-admin@sazanami-cs.example",
  subject="What's new in Google Workspace security and administration \u2014 July 2027",
  body="""Hello Administrator,

Here is a round-up of recent Google Workspace updates for administrators, with a focus on security. These features are rolling out now or will roll out over the coming weeks. No action is required unless you want to change the default settings.

Passkeys for all users by default
Users in your organization can now sign in with a passkey instead of a password and a 2-Step Verification code. Passkeys are turned on by default for new organizations; existing organizations can turn them on in the Admin console under Security > Authentication.

Alert center: clearer investigation steps
Alerts for suspicious sign-ins, leaked passwords and device compromise now include a suggested list of investigation steps and links to the relevant logs.

Client-side encryption for Google Calendar attachments
Organizations on Enterprise Plus and Education Plus can now encrypt Calendar attachments with keys they control.

Gmail: clearer warnings on unauthenticated mail
Gmail will show a more prominent warning on messages that fail DMARC alignment and come from domains that publish a reject or quarantine policy.

Data regions expanded
Data regions for Japan are now available for Drive, Gmail and Meet recordings.

To see all recent updates, visit the Google Workspace Updates blog at https://workspaceupdates.googleblog.com.

Thank you,
The Google Workspace Team

\u00a9 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this email because you are an administrator of a Google Workspace account.""")

M(key="I06", label="informational", deadline="none", provider="Microsoft 365", lang="en",
  kind="html", date="2027-07-12 05:00 +0000", bland=True,
  sender="Microsoft 365 Message center <o365mc@microsoft.com>",
  to="m365-admin@sazanami-cs.example",
  subject="Weekly digest: Microsoft service updates",
  body="""Microsoft 365 admin center

Weekly digest: Microsoft service updates

Organization: Sazanami Cloud Services
Week of July 5, 2027

Here are the Message center posts that were published or updated last week.

New posts

- MC1184203  Microsoft Defender for Office 365: new campaign view for QR code phishing. Rolling out from mid-July.
- MC1184417  Microsoft Purview: sensitivity label suggestions in Outlook for Mac. Stay informed.
- MC1184590  Microsoft Teams: improved meeting recap for webinars. Stay informed.
- MC1184771  Microsoft Entra: sign-in logs now show the passkey device type. Stay informed.

Updated posts

- MC1179932  (Updated) Exchange Online: new default for external sender identification. Rollout timeline updated.
- MC1180105  (Updated) SharePoint: version history limits for new libraries. Scope clarified.

Service health summary

No active incidents affect your organization. Two advisories were resolved during the week:

- EX1189350  Some users saw delays in message trace results (resolved July 7)
- TM1189788  Users could not upload custom meeting backgrounds (resolved July 9)

View all posts in the Message center: https://admin.microsoft.com/Adminportal/Home#/MessageCenter

You're receiving this email because you subscribed to the weekly digest. To change your preferences, go to Message center > Preferences.

""" + MS_FOOTER)

M(key="I07", label="informational", deadline="none", provider="Netlify", lang="en",
  kind="plain", date="2027-07-15 15:00 +0000",
  sender="Netlify <team@netlify.com>",
  to="netlify@sazanami-cs.example",
  subject="Netlify monthly: security headers by default, faster builds and more",
  headers={"List-Unsubscribe": "<https://app.netlify.com/user/settings#email-preferences>"},
  body="""Hi there,

Here's what's new on Netlify this month.

Security headers by default
New sites now ship with a recommended set of security headers, including Strict-Transport-Security, X-Content-Type-Options and a starter Content-Security-Policy in report-only mode. Existing sites are not changed; you can opt in from Site configuration > Headers. We've also published a guide to moving a CSP from report-only to enforced without breaking third-party scripts.

Faster builds with dependency caching
Build images now cache package manager stores between deploys by default. Teams in the beta saw median build times fall by 31%.

Secrets controller improvements
Environment variables marked as secret are now masked in deploy logs and function logs, and secret scanning blocks deploys whose output contains a known secret value. You can review blocked deploys in the deploy log.

Deploy previews for monorepos
You can now choose which packages in a monorepo trigger a deploy preview.

From the community
- How a small online shop moved to edge functions
- A checklist for moving a site to a new domain without losing search rankings

Upcoming webinar: "Shipping securely on the composable web" on August 12. Save your seat at https://www.netlify.com/events/.

Happy building,
The Netlify Team

You're receiving this because you have a Netlify account. Update your email preferences or unsubscribe: https://app.netlify.com/user/settings#email-preferences
Netlify, Inc.""")

M(key="I08", label="informational", deadline="none", provider="Vercel", lang="en",
  kind="html", date="2027-07-18 16:30 +0000",
  sender="Vercel <notifications@vercel.com>",
  to="vercel@sazanami-cs.example",
  subject="Introducing Bot Protection rules for every Vercel project",
  headers={"List-Unsubscribe": "<https://vercel.com/account/notifications>"},
  body="""Hi,

Today we're making Bot Protection available to every Vercel project, including projects on the Hobby plan.

Bot Protection is a managed ruleset for the Vercel Firewall. It identifies automated traffic that does not come from a verified bot, such as credential stuffing scripts, scrapers and inventory hoarders, and lets you log, challenge or deny it before it reaches your functions.

What's included

- A managed Bot Protection ruleset, available in the Firewall tab of every project
- Log mode by default, so that you can see what would be blocked before you enforce anything
- A list of verified bots (search engines, uptime monitors and link preview services) that are always allowed
- Challenge mode, which presents a lightweight browser check to suspicious clients
- Usage from challenged and denied requests does not count toward your function invocations

Getting started

Open your project, go to Firewall > Rules, and enable Bot Protection in Log mode. After a few days, review the Firewall traffic view and switch to Challenge when you are comfortable.

Teams on Enterprise plans can combine Bot Protection with custom rules and rate limits, and export Firewall events to their log drains.

Nothing changes for your projects unless you turn the ruleset on.

Read the announcement: https://vercel.com/changelog

The Vercel Team

You are receiving this email because you have a Vercel account. Manage your email preferences at https://vercel.com/account/notifications.
Vercel Inc.""")

M(key="I09", label="informational", deadline="none", provider="ConoHa", lang="ja",
  kind="plain", date="2027-07-22 14:00 +0900",
  sender="ConoHa <info@conoha.jp>",
  to="conoha@sazanami-cs.example",
  subject="【ConoHa】新機能「セキュリティグループ テンプレート」提供開始のお知らせ",
  body="""いつも ConoHa をご利用いただき、誠にありがとうございます。

ConoHa VPS において、2027年7月22日より新機能「セキュリティグループ テンプレート」の提供を開始いたしましたので、お知らせいたします。

■ 新機能の概要
これまでお客様ご自身で設定いただいていたセキュリティグループ（通信の許可ルール）を、用途に合わせたテンプレートから簡単に作成できるようになりました。

ご用意するテンプレート（一例）
・Web サーバー（HTTP/HTTPS のみ許可）
・SSH 接続元 IP 制限付き
・メールサーバー（送信ポートを制限）
・データベース（プライベートネットワークからのみ許可）

■ あわせて実施した改善
・コントロールパネルの「セキュリティ」メニューで、すべてのポートをインターネットに公開しているサーバーを一覧で確認できるようになりました
・二段階認証の設定画面を分かりやすく改善しました

■ ご利用料金
本機能は無料でご利用いただけます。

■ ご注意
既存のサーバーに設定されているセキュリティグループは変更されません。お客様による作業は必要ございません。

詳しい使い方は、ConoHa サポートサイトのマニュアルをご覧ください。
https://support.conoha.jp/

今後とも ConoHa をよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━
ConoHa by GMO
https://www.conoha.jp/
※本メールは、ConoHa をご利用中のお客様にお送りしています。
━━━━━━━━━━━━━━━━━━""")

M(key="I10", label="informational", deadline="none", provider="Fastly", lang="en",
  kind="plain", date="2027-07-28 17:00 +0000", bland=True,
  sender="Fastly <noreply@fastly.com>",
  to="fastly@sazanami-cs.example",
  subject="Fastly product news",
  headers={"List-Unsubscribe": "<https://manage.fastly.com/account/personal/notifications>"},
  body="""Hello,

Here is a summary of what's new at Fastly this month.

Next-Gen WAF: virtual patching templates
You can now deploy virtual patching templates for newly disclosed vulnerabilities directly from the Next-Gen WAF console. Each template includes the signals, thresholds and a suggested response, and can be run in log-only mode first. Templates published this month cover vulnerabilities in popular PHP and Java frameworks.

Compute: larger memory limits
Compute services can now use up to 256 MB of heap memory per request on paid plans.

Certificates: renewal status in the dashboard
The TLS Management page now shows the renewal status of every certificate managed by Fastly, including which domains need a DNS change before renewal can succeed.

Observability: log streaming to new destinations
We have added log streaming endpoints for two more cloud object storage providers, and improved retry behavior when an endpoint is unavailable.

Events
Join our team at a Fastly customer meetup in Tokyo on September 9, or watch recordings of our latest security webinar, "What we learned from a year of API attacks", on demand.

To read the full release notes, visit https://docs.fastly.com/changes/.

Thanks for building with us,
The Fastly Team

You're receiving this email because you are a Fastly customer. Manage your email preferences: https://manage.fastly.com/account/personal/notifications
Fastly, Inc.""")

# ========================================================= ACTION-REQUIRED

M(key="R01", label="action-required", deadline="2028-02-29", provider="AWS", lang="en",
  kind="alternative", date="2027-07-02 18:00 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-payer@sazanami-cs.example",
  subject="[Action Required] Amazon RDS for PostgreSQL 15 end of standard support is February 29, 2028",
  body="""Hello,

Amazon RDS for PostgreSQL 15 will reach the end of standard support on February 29, 2028. We are contacting you because you have one or more DB instances running PostgreSQL 15 minor versions.

Please upgrade these instances to PostgreSQL 16 or higher before February 29, 2028. We recommend PostgreSQL 17, the most recent major version.

Your affected DB instances are listed below. You can also find them on the "Affected resources" tab of the AWS Health Dashboard.

    Account        Region           DB instance identifier   Engine version
    482155309176   ap-northeast-1   fernhill-orders-db       15.12
    730918264451   ap-northeast-1   akebono-jobs-pg          15.10
    730918264451   ap-northeast-3   akebono-jobs-pg-dr       15.10

Timeline

    November 30, 2027  You can no longer create new PostgreSQL 15 DB instances, except by restoring from a snapshot.
    February 29, 2028  End of RDS standard support for PostgreSQL 15.
    March 1, 2028      Instances still on PostgreSQL 15 are automatically enrolled in Amazon RDS Extended Support, and Extended Support charges apply from this date.

If you do not upgrade by February 29, 2028, your instances will continue to run under Extended Support, which is a paid offering. You can find pricing at https://aws.amazon.com/rds/postgresql/pricing/.

How to upgrade

You can perform a major version upgrade from the RDS console or the AWS CLI, or use Amazon RDS Blue/Green Deployments to minimize downtime. Before you upgrade, we recommend that you test your application against the new version and review the extensions that your databases use.

For more information, see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html.

If you have questions or concerns, please contact AWS Support.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="R02", label="action-required", deadline="2027-09-30", provider="AWS", lang="en",
  kind="plain", date="2027-07-07 21:00 +0000", bland=True,
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-payer@sazanami-cs.example",
  subject="Important information about your Amazon OpenSearch Service domains",
  body="""Hello,

We are contacting you because one or more Amazon OpenSearch Service domains in your accounts use a TLS security policy that allows TLS 1.0 and TLS 1.1 for HTTPS connections to the domain endpoint.

    Account        Region           Domain              TLS security policy
    730918264451   ap-northeast-1   akebono-search      Policy-Min-TLS-1-0-2019-07
    216430877952   ap-northeast-1   cl-cdr-analytics    Policy-Min-TLS-1-0-2019-07

To keep connections to your domains secure, Amazon OpenSearch Service is retiring the TLS security policies that permit TLS versions older than 1.2. Please update your domains to the policy Policy-Min-TLS-1-2-PFS-2023-10 by September 30, 2027, and make sure that all clients, including log shippers and older SDKs, can connect using TLS 1.2 or later.
From October 1, 2027, we will begin updating the TLS security policy of any remaining domains to Policy-Min-TLS-1-2-2019-07 during their off-peak window. After this change, clients that can only use TLS 1.0 or 1.1 will fail to connect.

How to update the policy:

- In the OpenSearch Service console, choose the domain, then Actions > Edit security configuration, and select the new TLS security policy
- Or, with the AWS CLI: aws opensearch update-domain-config --domain-name <name> --domain-endpoint-options TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10

Updating the TLS security policy does not require a blue/green deployment and does not cause downtime.

If you have questions, please contact AWS Support.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="R03", label="action-required", deadline="2027-10-31", provider="AWS", lang="en",
  kind="alternative", date="2027-07-10 00:30 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-payer@sazanami-cs.example",
  subject="[ACTION REQUIRED] AWS Lambda end of support for Python 3.10",
  body="""Hello,

We are contacting you because you currently use the Python 3.10 runtime in AWS Lambda.

We are ending support for Python 3.10 in Lambda on October 31, 2027. This follows the community end of life of Python 3.10 in October 2026. Please upgrade your functions to Python 3.13 or later before October 31, 2027.

End of support does not affect function invocations. Functions that use a deprecated runtime continue to run, but they no longer receive security patches or other updates, and they are no longer eligible for technical support.
From November 30, 2027, you can no longer create new functions that use Python 3.10. From January 8, 2028, you can no longer update existing functions that use Python 3.10.

Your functions that use Python 3.10:

    Account        Region           Function name
    482155309176   ap-northeast-1   fernhill-thumbnailer
    482155309176   ap-northeast-1   fernhill-stock-sync
    659027318840   ap-northeast-1   yz-reminder-sms

To list all functions that use Python 3.10 in an account and region, you can use the AWS CLI:

    aws lambda list-functions --function-version ALL --region ap-northeast-1 --output text --query "Functions[?Runtime=='python3.10'].FunctionArn"

We recommend testing each function with the new runtime before you update it in production. Dependencies that include compiled code may need to be rebuilt.

For more information about runtime deprecation, see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html.

If you have any questions, please contact AWS Support.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="R04", label="action-required", deadline="2027-07-28", provider="AWS", lang="en",
  kind="plain", date="2027-07-14 03:00 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-akebono@sazanami-cs.example",
  subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement",
  body="""Dear Amazon EC2 Customer,

We are writing about your AWS account 730918264451. EC2 has detected that the hardware hosting one of your instances in the ap-northeast-1 region is degrading, and the instance may already be unreachable. The instance is scheduled for retirement and will be stopped after 2027-07-28 02:00 UTC.

Instance details:

    Instance ID: i-0e17c4a9d8b2f5036
    Name tag: akebono-rip-server-02
    Instance type: m5.2xlarge
    Root device type: EBS
    Availability Zone: ap-northeast-1c

What do I need to do?

We recommend that you stop and start the instance before 2027-07-28 02:00 UTC. Stopping and starting the instance moves it to healthy hardware. Stopping an EBS-backed instance keeps the data on its EBS volumes, but any data on instance store volumes is lost, and the public IPv4 address changes unless you use an Elastic IP address.

If you do nothing, the instance will be stopped on 2027-07-28, and you will need to start it again yourself.

You can view the scheduled event in the EC2 console under Events, or with the describe-instance-status command of the AWS CLI.

Why does retirement happen?

An instance is retired when AWS detects a failure of the underlying hardware that cannot be repaired. When an instance reaches its scheduled retirement date, it is stopped or terminated by AWS.

If you have questions, please contact AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="R05", label="action-required", deadline="2027-09-01", provider="AWS", lang="ja",
  kind="plain", date="2027-07-19 10:00 +0900",
  sender="アマゾン ウェブ サービス <no-reply-aws@amazon.com>",
  to="aws-payer@sazanami-cs.example",
  subject="【要対応】2027年9月1日より AWS Organizations メンバーアカウントのルートユーザーに MFA が必須になります",
  body="""AWS をご利用のお客様

いつも AWS をご利用いただき、誠にありがとうございます。

AWS では、アカウントのセキュリティを強化する取り組みの一環として、ルートユーザーへの多要素認証（MFA）の必須化を段階的に進めています。2027年9月1日より、AWS Organizations のメンバーアカウントについても、ルートユーザーでサインインする際に MFA が必須となります。

お客様の組織には、ルートユーザーに MFA が登録されていないメンバーアカウントが、以下のとおり存在します。

    組織 ID: o-7rk2q9x4ma
    管理アカウント: 104772903365

    メンバーアカウント ID   アカウント名
    482155309176            fernhill-prod
    659027318840            yuzuriha-booking
    216430877952            copperline-analytics

■ お客様にお願いしたいこと
2027年9月1日までに、上記アカウントのルートユーザーに MFA デバイス（パスキー、セキュリティキー、または認証アプリ）を登録してください。または、一元化されたルートアクセス管理を有効にして、メンバーアカウントのルートユーザーの認証情報を削除することもできます。

■ 期日までに対応されなかった場合
2027年9月1日以降、MFA が登録されていないルートユーザーでサインインすると、サインインを完了する前に MFA の登録を求められます。登録を完了するまで、ルートユーザーでの操作はできません。IAM ユーザー、IAM ロール、IAM Identity Center によるアクセスには影響しません。

詳細は以下のページをご確認ください。
https://docs.aws.amazon.com/ja_jp/IAM/latest/UserGuide/enable-mfa-for-root.html

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス ジャパン合同会社
本メールは送信専用アドレスからお送りしています。""")

M(key="R06", label="action-required", deadline="2027-10-14", provider="AWS", lang="en",
  kind="plain", date="2027-07-24 01:00 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-copperline@sazanami-cs.example",
  subject="Amazon EKS: Kubernetes version 1.37 end of standard support on October 14, 2027",
  body="""Hello,

Standard support for Kubernetes version 1.37 in Amazon Elastic Kubernetes Service (Amazon EKS) will end on October 14, 2027. You have one or more EKS clusters that run this version.

    Account        Region           Cluster name         Version
    216430877952   ap-northeast-1   cl-signalling-prod   1.37
    216430877952   ap-northeast-1   cl-signalling-stg    1.37

What do I need to do?

Please upgrade these clusters to Kubernetes version 1.38 or later before October 14, 2027. An upgrade of the control plane should be followed by upgrades of your managed node groups, self-managed nodes and add-ons. We recommend that you review the Kubernetes release notes and the EKS upgrade insights for each cluster before you begin, because some APIs are removed in newer versions.

What happens if I do not upgrade?

On October 15, 2027, clusters still running version 1.37 will move to extended support automatically. Clusters in extended support are charged an additional fee per cluster per hour, which you can find at https://aws.amazon.com/eks/pricing/. At the end of extended support, on October 14, 2028, EKS will automatically upgrade any remaining clusters to the oldest supported version.

If the upgrade policy of a cluster is set to STANDARD, the cluster will instead be upgraded automatically to version 1.38 on or after October 15, 2027.

Upgrade insights for your clusters currently report one issue: cl-signalling-prod uses the deprecated API flowcontrol.apiserver.k8s.io/v1beta3, which is not available in version 1.38.

For more information, see https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="R07", label="action-required", deadline="2027-08-18", provider="Google Cloud", lang="en",
  kind="alternative", date="2027-07-06 15:00 -0700",
  sender="Google Cloud <CloudPlatform-noreply@google.com>",
  to="gcp-admin@sazanami-cs.example",
  subject="[Action Required] 2-Step Verification will be required for Google Cloud console access starting August 18, 2027",
  body="""Dear Google Cloud customer,

We're writing to let you know that starting August 18, 2027, users who sign in to the Google Cloud console, the gcloud CLI or the Firebase console with a password will be required to use 2-Step Verification (2SV). You're receiving this notice because your organization, sazanami-cs.example (organization ID 581204337719), has users who access Google Cloud without 2SV.

What do I need to know?
Multi-factor authentication is one of the most effective ways to protect accounts from credential theft and phishing. Starting August 18, 2027, users in your organization who have not enrolled in 2SV will be prompted to enroll the next time they sign in, and will not be able to access Google Cloud until they do.

Users who sign in through single sign-on (SSO) with a third-party identity provider are not affected, because 2SV is handled by that provider. Service accounts and workload identities are also not affected.

What do I need to do?
Before August 18, 2027, please:
- Identify users in your organization who have not enrolled in 2SV, using the Admin console or the security health report
- Ask these users to enroll, preferably with passkeys or security keys
- Review shared and "break-glass" accounts, and make sure that a 2SV method is available to the people who need them
- If you use SSO, confirm that your identity provider enforces MFA

There are currently 7 users in your organization who have access to Google Cloud and have not enrolled in 2SV.

We're here to help
If you have questions, please contact Google Cloud Support and reference this notice.

Thanks for choosing Google Cloud.

\u2014 The Google Cloud Team

""" + GOOGLE_FOOTER)

M(key="R08", label="action-required", deadline="2027-09-15", provider="Microsoft Azure", lang="en",
  kind="plain", date="2027-07-16 17:00 +0000",
  sender="Microsoft Azure <azure-noreply@microsoft.com>",
  to="azure-admin@sazanami-cs.example",
  subject="Action required: Update applications for the Azure Cache for Redis certificate authority change by 15 September 2027",
  body="""Microsoft Azure

Update applications for the Azure Cache for Redis certificate authority change by 15 September 2027

You're receiving this email because you use Azure Cache for Redis.

Subscription: Copperline-Prod (6b0c2e58-3f41-4d7a-9e15-2a8c7d40f913)
Affected resources: redis-cl-session-jpe, redis-cl-ratelimit-jpe

On 15 September 2027, the TLS certificates of Azure Cache for Redis endpoints will begin to be issued by a new intermediate certificate authority that chains to the DigiCert Global Root G2 root. Today, the certificates are issued by an intermediate that chains to an older root, which major browsers and operating systems will stop trusting in 2028.

Most applications will not be affected, because the new root is already present in the trust stores of current operating systems and runtimes. However, your applications may fail to connect after 15 September 2027 if they:

- Pin the current intermediate certificate or its public key
- Run on operating systems or container images with an outdated certificate store
- Use a custom trust store that does not include DigiCert Global Root G2

Required action

Before 15 September 2027, check the trust configuration of all applications that connect to the caches listed above, and remove any certificate pinning to the current intermediate. You can test your applications against a test endpoint that already uses the new chain; see the documentation for details.

Learn more: https://learn.microsoft.com/azure/azure-cache-for-redis/

Thank you,
The Azure Team

""" + MS_FOOTER)

M(key="R09", label="action-required", deadline="2027-08-31", provider="Heroku", lang="en",
  kind="alternative", date="2027-07-20 18:00 +0000",
  sender="Heroku <noreply@heroku.com>",
  to="heroku@sazanami-cs.example",
  subject="Action Required: Upgrade your Heroku Postgres 14 databases before August 31, 2027",
  body="""Hello,

PostgreSQL 14 reached its community end of life in November 2026, and Heroku Postgres will end support for version 14 on August 31, 2027. You're receiving this email because the following databases on your account still run PostgreSQL 14:

    App                    Add-on                    Plan          Version
    fernhill-orders-prod   postgresql-curved-51803   standard-0    14.19
    fernhill-orders-stg    postgresql-opaque-27415   essential-1   14.19

Please upgrade these databases to PostgreSQL 17 before August 31, 2027.

What happens if I don't upgrade?

Starting September 1, 2027, Heroku will begin upgrading the remaining PostgreSQL 14 databases to PostgreSQL 17 automatically during their maintenance windows. Automatic upgrades cause downtime, and because they skip your own testing, they can break applications that depend on behavior that changed between versions.

How do I upgrade?

- Essential-tier databases: run heroku pg:upgrade:prepare and then heroku pg:upgrade:run
- Standard, Premium, Private and Shield databases: upgrade a follower database and promote it, or schedule the upgrade with pg:upgrade:prepare
- In both cases, test your application against a fork of the database on the new version first

Upgrading requires a short period of downtime. Plan it for a low-traffic window.

For details, see https://devcenter.heroku.com/articles/upgrading-heroku-postgres-databases.

If you have questions, open a ticket at https://help.heroku.com.

The Heroku Team

Heroku is a Salesforce company. You're receiving this service email because you own apps with affected add-ons.""")

M(key="R10", label="action-required", deadline="2027-08-24", provider="Sakura Internet", lang="ja",
  kind="plain", date="2027-07-08 13:00 +0900",
  sender="さくらインターネット <info@sakura.ad.jp>",
  to="sakura-admin@sazanami-cs.example",
  subject="【要対応】SSLサーバ証明書の中間CA証明書切替のお知らせ（2027年8月24日実施）",
  body="""さざなみクラウドサービス株式会社
ご担当者様

平素はさくらインターネットのサービスをご利用いただき、誠にありがとうございます。

弊社にてお申し込みいただいた SSL サーバ証明書のうち、下記の証明書について、認証局の運用変更に伴い、中間CA証明書が切り替わります。現在お使いの旧中間CA証明書は、2027年8月24日をもって失効いたします。

■切替日
2027年8月24日（火）

■対象となるお客様の証明書
　コモンネーム：www.akebono-printing.example（有効期限 2028年3月10日）
　コモンネーム：order.akebono-printing.example（有効期限 2028年3月10日）

■お客様にお願いしたい作業
お客様ご自身でサーバに証明書をインストールされている場合は、2027年8月24日までに、サーバにインストールされている中間CA証明書を、新しい中間CA証明書に差し替えてください。サーバ証明書そのものの再発行は不要です。新しい中間CA証明書は、コントロールパネルの「SSL証明書」画面からダウンロードいただけます。

差し替えを行わない場合、切替日以降、一部のブラウザや端末で「この接続ではプライバシーが保護されません」などの証明書エラーが表示され、Web サイトやメールサーバへ接続できなくなるおそれがあります。

■弊社レンタルサーバ／マネージドサーバをご利用の場合
弊社にて自動的に切り替えを行いますので、お客様の作業は不要です。

詳しい手順は下記をご覧ください。
https://help.sakura.ad.jp/

ご不明な点がございましたら、サポートセンターまでお問い合わせください。

────────────────────────
さくらインターネット株式会社
https://www.sakura.ad.jp/
────────────────────────""")

M(key="R11", label="action-required", deadline="2027-09-30", provider="Xserver", lang="ja",
  kind="plain", date="2027-07-27 12:00 +0900",
  sender="エックスサーバー株式会社 <support@xserver.ne.jp>",
  to="xserver@sazanami-cs.example",
  subject="【重要】PHP 8.0 提供終了のお知らせ（2027年9月30日）",
  body="""さざなみクラウドサービス株式会社
ご担当者様

平素は「エックスサーバー」をご利用いただき、誠にありがとうございます。

このたび、セキュリティ上の理由により、「エックスサーバー」における PHP 8.0 の提供を、2027年9月30日（木）をもって終了させていただくこととなりました。

PHP 8.0 は、PHP 開発元による公式サポート（セキュリティ修正を含む）が 2023年11月に終了しており、今後脆弱性が発見されても修正が提供されません。

■スケジュール
・2027年8月2日（月）　サーバーパネルでの PHP 8.0 の新規選択を終了
・2027年9月30日（木）　PHP 8.0 の提供終了
・2027年10月1日（金）以降　PHP 8.0 をご利用のドメインは、順次 PHP 8.2 に自動で切り替え

■PHP 8.0 をご利用中のドメイン（サーバーID：sazanamics01）
・fernhill-nurseries.example
・blog.fernhill-nurseries.example
・yoyaku.yuzuriha-clinic.example

■お客様へのお願い
提供終了日までに、サーバーパネルの「PHP Ver.切替」より、PHP 8.2 以降への切り替えをお願いいたします。切り替えの前に、ご利用の CMS、プラグイン、テーマが新しいバージョンに対応していることをご確認ください。

自動切り替えの後、プログラムが新しいバージョンに対応していない場合、Web サイトが正しく表示されなくなる可能性がございます。

ご不便をおかけいたしますが、何卒ご理解を賜りますようお願い申し上げます。

─────────────────────────────
エックスサーバー株式会社
https://www.xserver.ne.jp/
─────────────────────────────""")

M(key="R12", label="action-required", deadline="2027-08-30", provider="GitHub", lang="en",
  kind="plain", date="2027-07-26 09:30 +0900", shape="forward",
  sender="Tom\u00e1s Reyes <tomas.reyes@sazanami-cs.example>",
  to="cloud-ops@sazanami-cs.example",
  subject="Fwd: [GitHub] Two-factor authentication will be required for your account on August 30, 2027",
  body=fwd("""Hi all,

This came in to the shared mailbox for the akebono-release GitHub account ten days ago and nobody picked it up. After August 30 nobody will be able to sign in to that account on the web until 2FA is set up, and we need the web UI to manage the release environments for Akebono's order portal.

Plan: I'll enrol a TOTP secret stored in the team vault plus two hardware keys this week. Shout if anyone objects, or if you know of other shared accounts in the same position.

Tom\u00e1s""",
  "GitHub <noreply@github.com>",
  "Sat, Jul 17, 2027 at 1:00 AM",
  "[GitHub] Two-factor authentication will be required for your account on August 30, 2027",
  "<github-akebono-release@sazanami-cs.example>",
  """Hey akebono-release!

You are receiving this email because your GitHub account contributes code to repositories in an organization that requires enhanced account security. To help protect the software supply chain, you must enable two-factor authentication (2FA) on your account within 45 days, by August 30, 2027.

What you need to do
Enable 2FA now at https://github.com/settings/security. You can use a passkey, a security key, an authenticator app or GitHub Mobile. We recommend that you configure at least two methods and download your recovery codes.

What happens if you don't
If 2FA is not enabled by August 30, 2027, you will be asked to set it up the next time you sign in, and you won't be able to use GitHub.com in the browser until you do. Existing personal access tokens, SSH keys and OAuth apps will keep working.

Learn more about 2FA requirements: https://docs.github.com/authentication/securing-your-account-with-two-factor-authentication-2fa

Thanks,
The GitHub Team

GitHub, Inc."""))

# ================================================================= BILLING

M(key="B01", label="billing", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-11 06:00 +0000",
  sender="AWS Budgets <no-reply@budgets.amazonaws.com>",
  to="billing@sazanami-cs.example",
  subject="AWS Budgets: fernhill-monthly-cap has exceeded your alert threshold",
  body="""Dear AWS Customer,

This is an alert for your budget fernhill-monthly-cap. Your actual cost for the current month has risen above the 80% alert threshold that you set: the actual cost is $1,684.22 against a budgeted amount of $2,000.00. You can find more details below and in the AWS Budgets dashboard.

    Budget name:       fernhill-monthly-cap
    Budget type:       Cost
    Budgeted amount:   $2,000.00
    Alert type:        ACTUAL
    Alert threshold:   > 80.00%
    Actual amount:     $1,684.22
    Linked account:    482155309176

Top services contributing to spend this month:

    Amazon Elastic Compute Cloud - Compute   $903.17
    Amazon Relational Database Service       $412.60
    Amazon CloudFront                        $188.04
    AWS Lambda                                $61.92
    Other                                    $118.49

Budgets are evaluated up to three times a day. The figures above reflect usage up to 2027-07-11 03:00 UTC and may not include all charges for the period.

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets

If you no longer want to receive these alerts, edit the notification settings of the budget in the AWS Budgets console.

""" + AWS_LEGAL)

M(key="B02", label="billing", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-03 10:00 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="billing@sazanami-cs.example",
  subject="Amazon Web Services Billing Statement Available [Account: 104772903365]",
  body="""Greetings from Amazon Web Services,

Your billing statement for the period June 1 - June 30, 2027 is now available. The total below will be charged to the payment method on file for your account.

    Account ID:       104772903365 (management account, consolidated billing)
    Invoice number:   2207419863
    Invoice date:     July 3, 2027
    Total amount:     USD 14,862.57 (including tax of USD 1,351.14)
    Payment method:   Visa ending in 4471

Charges by linked account (before tax):

    104772903365  Sazanami Cloud Services (management)   USD    812.40
    482155309176  fernhill-prod                          USD  2,941.18
    730918264451  akebono-prod                           USD  5,208.73
    216430877952  copperline-analytics                   USD  3,177.95
    659027318840  yuzuriha-booking                       USD  1,371.17

Credits applied this period: USD 0.00

To view or download your invoice, sign in to the AWS Billing console: https://console.aws.amazon.com/billing/home#/bills

You can download tax invoices, and change where invoices are sent, under Billing preferences. If you have questions about your bill, you can contact AWS Customer Service from the Support Center at no charge.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="B03", label="billing", deadline="none", provider="AWS", lang="en",
  kind="plain", date="2027-07-17 09:30 +0000",
  sender="AWS Cost Anomaly Detection <no-reply-aws@amazon.com>",
  to="billing@sazanami-cs.example",
  subject="AWS Cost Anomaly Detection: Anomaly detected in Amazon Elastic Compute Cloud - Compute",
  body="""Hello,

AWS Cost Anomaly Detection has detected a cost anomaly in your account.

Monitor name: services-monitor-all-accounts
Alert subscription: daily-anomalies-billing
Anomaly start date: 2027-07-16
Linked account: 659027318840 (yuzuriha-booking)

    Service                                  Region           Expected   Actual      Impact
    Amazon Elastic Compute Cloud - Compute   us-west-2        $0.00      $1,936.42   $1,936.42
    Amazon Elastic Compute Cloud - Compute   eu-central-1     $0.00      $1,477.90   $1,477.90
    Amazon Elastic Compute Cloud - Compute   ap-southeast-1   $0.00      $1,218.36   $1,218.36

Total cost impact: $4,632.68
Top root cause: usage type USW2-BoxUsage:g5.12xlarge, operation RunInstances

Cost anomalies can result from planned changes, such as new workloads or increased traffic, or from unplanned usage. If you do not recognize this usage, we recommend that you review the resources in the regions above and check AWS CloudTrail for the identities that created them.

You can submit feedback on this anomaly to help improve future detection: let us know whether it was an accurate anomaly, a planned change, or not an issue.

View anomaly details: https://console.aws.amazon.com/cost-management/home#/anomaly-detection/monitors

You are receiving this alert because you subscribed to Cost Anomaly Detection alerts. To manage your subscriptions, visit the Cost Management console.

""" + AWS_LEGAL)

M(key="B04", label="billing", deadline="2027-07-29", provider="AWS", lang="en",
  kind="plain", date="2027-07-19 15:00 +0000", bland=True,
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="billing@sazanami-cs.example",
  subject="Your AWS account",
  body="""Hello,

We were unable to charge your payment method for the following invoice on AWS account 104772903365:

    Invoice number:  2207419863
    Invoice date:    July 3, 2027
    Amount due:      USD 14,862.57
    Payment method:  Visa ending in 4471
    Reason:          The card issuer declined the charge

We have attempted the charge three times since July 3, 2027.

To avoid any interruption to your AWS services, please make a payment or update your payment method by July 29, 2027. You can do this on the Payments page of the AWS Billing console:

https://console.aws.amazon.com/billing/home#/paymentmethods

If your card details have changed, add the new details and then choose "Complete payment" next to the unpaid invoice. If you believe that the charge was declined in error, please contact your card issuer, as some issuers block large or international charges.

If we do not receive payment by July 29, 2027, your AWS account, including the linked accounts in your organization, may be suspended. Suspended accounts cannot launch resources, and running resources may be stopped. If the balance remains unpaid after suspension, the account may be closed and its content deleted.

If you have already made a payment, please disregard this message. It can take a few days for payments to be processed.

If you have questions about this charge, contact AWS Customer Service through the Support Center. There is no charge for billing support.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="B05", label="billing", deadline="2027-07-31", provider="AWS", lang="ja",
  kind="plain", date="2027-07-09 09:00 +0900", bland=True,
  sender="アマゾン ウェブ サービス <no-reply-aws@amazon.com>",
  to="billing@sazanami-cs.example",
  subject="AWS アカウントのお支払い方法に関するお知らせ",
  body="""お客様

AWS アカウント 318562047790 にご登録いただいているお支払い方法（クレジットカード）の有効期限が、まもなく切れます。

    カードの種類: Mastercard
    カード番号: 末尾 0926
    有効期限: 2027年7月

2027年8月以降のご請求を引き続き正常にお支払いいただくため、2027年7月31日までに、カード情報を更新するか、新しいお支払い方法を追加してください。

■ 更新方法
1. AWS マネジメントコンソールにサインインし、請求とコスト管理のコンソールを開きます。
2. 左側のメニューから「お支払い方法」を選択します。
3. 該当するカードの「編集」を選択し、新しい有効期限を入力します。カードが再発行されている場合は、新しいカードを追加して「デフォルトとして設定」を選択してください。

https://console.aws.amazon.com/billing/home#/paymentmethods

有効なお支払い方法が登録されていない場合、ご請求のお支払いができず、AWS のサービスのご利用が制限されることがあります。

すでに更新がお済みの場合は、本メールは破棄してください。

本メールは、アカウントの請求に関する重要なお知らせとしてお送りしています。

アマゾン ウェブ サービス
本メールは送信専用アドレスからお送りしています。ご不明な点は、AWS サポートセンターからお問い合わせください。""")

M(key="B06", label="billing", deadline="none", provider="Google Cloud", lang="ja",
  kind="alternative", date="2027-07-23 02:00 +0000",
  sender="Google Cloud <CloudPlatform-noreply@google.com>",
  to="billing@sazanami-cs.example",
  subject="Google Cloud 予算アラート: akebono-prod-monthly が予算額の 100% に達しました",
  body="""Google Cloud

予算アラート

お客様の請求先アカウント「Sazanami - Akebono」（01A2B3-4C5D6E-7F8091）において、予算「akebono-prod-monthly」の実際の費用が、設定されたしきい値を超えました。

予算名: akebono-prod-monthly
対象期間: 2027年7月1日～2027年7月31日
予算額: ¥450,000
しきい値: 100%（実績）
現在の費用: ¥457,320
対象プロジェクト: akebono-prod, akebono-print-api

主な費用の内訳（上位 3 件）
・Compute Engine: ¥218,904
・Cloud SQL: ¥121,660
・Cloud Storage: ¥58,112

費用は、お客様の利用状況に基づく見込みの金額であり、確定した請求額ではありません。予算アラートは費用の状況をお知らせするものであり、リソースの使用やサービスを自動的に停止することはありません。

予算の詳細や通知の設定は、Google Cloud コンソールの「お支払い」＞「予算とアラート」からご確認いただけます。
https://console.cloud.google.com/billing/01A2B3-4C5D6E-7F8091/budgets

このメールは、予算アラートの通知先として設定されている請求先アカウント管理者およびユーザーに送信されています。

\u00a9 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043""")

M(key="B07", label="billing", deadline="2027-07-31", provider="Alibaba Cloud", lang="en",
  kind="html", date="2027-07-24 08:00 +0800",
  sender="Alibaba Cloud <noreply@alibabacloud.com>",
  to="alibaba@sazanami-cs.example",
  subject="Your Alibaba Cloud account has an overdue payment",
  body="""Dear Alibaba Cloud customer,

Your Alibaba Cloud account (account ID 5128********7788, login email alibaba@sazanami-cs.example) has an overdue balance.

    Overdue amount:      USD 286.41
    Billing cycle:       June 2027
    Available balance:   USD 0.00
    Overdue since:       2027-07-08

Your pay-as-you-go resources are still running. To avoid interruption, please add funds or settle the overdue amount by 2027-07-31 23:59 (UTC+8).

If the overdue amount is not settled by that time:

- Pay-as-you-go ECS instances, ApsaraDB RDS instances and SLB instances in your account will be stopped
- Stopped resources will be retained for 15 days, after which they will be released and their data permanently deleted
- Subscription resources are not affected until they expire

Affected region: Japan (Tokyo)
Resources with pay-as-you-go billing: 3 ECS instances, 1 ApsaraDB RDS for MySQL instance, 1 SLB instance

To settle the overdue amount, log on to the Alibaba Cloud console and go to Expenses > Billing Management > Overview.

If you have already made the payment, please ignore this email. Payments may take a few minutes to be reflected in your account.

Best regards,
Alibaba Cloud Billing Team

This is a system-generated email. Please do not reply.""")

M(key="B08", label="billing", deadline="none", provider="IIJ", lang="ja",
  kind="plain", date="2027-07-05 09:00 +0900",
  sender="IIJ 請求センター <billing@iij.ad.jp>",
  to="billing@sazanami-cs.example",
  subject="ご請求金額確定のお知らせ（2027年6月ご利用分）",
  body="""さざなみクラウドサービス株式会社
経理ご担当者様

平素は IIJ のサービスをご利用いただき、誠にありがとうございます。

2027年6月ご利用分のご請求金額が確定いたしましたので、お知らせいたします。

■ご請求内容
　お客様番号：IJ-C0938417
　請求書番号：INV-2707-0522316
　ご利用期間：2027年6月1日～2027年6月30日
　ご請求金額：¥385,880（税込）
　　（うち消費税等：¥35,080）

■内訳（税抜）
　IIJ GIO インフラストラクチャー P2　　　¥241,500
　IIJ セキュアMXサービス　　　　　　　　¥68,200
　IIJ DNS プラットフォームサービス　　　¥12,100
　IIJ 監視・運用オプション　　　　　　　¥29,000

■お支払方法
　ご登録のクレジットカードにて決済させていただきます。
　お客様によるお手続きは不要です。

ご請求書（PDF）は、IIJ サービスオンラインの「請求情報」メニューからダウンロードいただけます。
https://www.iij.ad.jp/

本メールは送信専用アドレスからお送りしております。ご請求内容に関するお問い合わせは、IIJ サービスオンラインのお問い合わせフォームよりお願いいたします。

─────────────────────
株式会社インターネットイニシアティブ
請求センター
─────────────────────""")

# ============================================================= MAINTENANCE

M(key="M01", label="maintenance", deadline="2027-08-03", provider="AWS", lang="en",
  kind="plain", date="2027-07-04 12:00 +0000",
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-payer@sazanami-cs.example",
  subject="[Scheduled] Amazon RDS operating system security updates for your DB instances",
  body="""Hello,

We are scheduling operating system updates for the Amazon RDS DB instances listed below. These updates include security patches for the underlying operating system and are required to keep your instances secure and compliant.

The updates will be applied automatically during the maintenance window of each instance, starting with the window that begins on August 3, 2027.

    Account        Region           DB instance                Engine             Maintenance window (UTC)
    482155309176   ap-northeast-1   fernhill-orders-db         PostgreSQL 15.12   tue:17:00-tue:17:30
    659027318840   ap-northeast-1   yz-booking-mysql           MySQL 8.0.42       tue:18:00-tue:18:30
    659027318840   ap-northeast-1   yz-booking-mysql-replica   MySQL 8.0.42       tue:18:30-tue:19:00

What to expect

Single-AZ instances are unavailable for a few minutes while the update is applied and the instance restarts. Multi-AZ instances apply the update to the standby first and then fail over, which typically results in about a minute of downtime.

Can I apply the update at a different time?

Yes. You can apply the update at any time before the scheduled window by choosing "Apply now" for the pending maintenance action in the RDS console, or by using the apply-pending-maintenance-action command of the AWS CLI. You can also change the maintenance window of an instance. If you do nothing, the update will be applied in the scheduled window.

You can see pending maintenance for your instances in the RDS console under Maintenance & backups, and on the "Affected resources" tab of the AWS Health Dashboard.

For more information, see https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="M02", label="maintenance", deadline="2027-07-31", provider="AWS", lang="en",
  kind="plain", date="2027-07-18 22:00 +0000", bland=True,
  sender="Amazon Web Services <no-reply-aws@amazon.com>",
  to="aws-copperline@sazanami-cs.example",
  subject="Amazon EC2 Maintenance",
  body="""Hello,

One or more of your Amazon EC2 instances in the ap-northeast-1 region are scheduled for a system reboot to apply security updates to the underlying host. During the reboot, which normally takes a few minutes, your instances will be unavailable.

    Account ID: 216430877952
    Instance ID: i-09c3a5e7f1b2d4068 (cl-mediation-01)
    Event type: system-reboot
    Scheduled start: 2027-07-31 14:00 UTC
    Scheduled end: 2027-07-31 16:00 UTC

    Instance ID: i-01f8d6b4a2c9e7350 (cl-mediation-02)
    Event type: system-reboot
    Scheduled start: 2027-07-31 14:00 UTC
    Scheduled end: 2027-07-31 16:00 UTC

Your instances keep their instance IDs, their private and public IP addresses, and the data on their EBS and instance store volumes. No action is required from you. If you want more control over the timing, you can reschedule the event from the EC2 console (Events > Actions > Schedule event), or stop and start an EBS-backed instance yourself, which moves it to a different host and removes the event.

Because both instances are scheduled in the same window, consider rescheduling one of them if they form a high-availability pair.

You can view all scheduled events for your instances in the EC2 console under Events, in the AWS Health Dashboard, or with the describe-instance-status command.

For more information, see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html.

Sincerely,
Amazon Web Services

""" + AWS_LEGAL)

M(key="M03", label="maintenance", deadline="2027-08-04", provider="Hetzner", lang="en",
  kind="plain", date="2027-07-21 15:00 +0200",
  sender="Hetzner Online GmbH <info@hetzner.com>",
  to="hetzner@sazanami-cs.example",
  subject="Maintenance work in data center park Falkenstein FSN1-DC14 on 2027-08-04",
  body="""Dear Client,

We will be carrying out maintenance work on the network in our data center park in Falkenstein. The work is necessary to install security updates on the core routers and to replace aging line cards.

Date:      2027-08-04
Time:      03:00 to 05:00 CEST (01:00 to 03:00 UTC)
Location:  FSN1-DC14
Affected:  dedicated root servers and colocation in FSN1-DC14

Your affected servers:

    #1784412   AX42    198.51.100.213   akebono-render-03
    #1790028   AX102   198.51.100.214   akebono-render-04

During the maintenance window, we expect several short network interruptions of up to 15 minutes each. The servers themselves will not be restarted and will keep running. Cloud servers and storage boxes in this location are not affected.

We will carry out the work as quickly as possible and will try to keep interruptions to a minimum. We recommend that you do not schedule deployments or other critical tasks during the window.

You can follow the current status of this maintenance at https://status.hetzner.com.

We apologize for any inconvenience this may cause.

Kind regards

Hetzner Online GmbH
www.hetzner.com

You are receiving this email because you are the contact for a product in the affected location.""")

M(key="M04", label="maintenance", deadline="2027-08-09", provider="Akamai (Linode)", lang="en",
  kind="plain", date="2027-07-27 08:50 +0900", shape="forward",
  sender="Haruto Mizuno <haruto.mizuno@sazanami-cs.example>",
  to="cloud-ops@sazanami-cs.example",
  cc="Tom\u00e1s Reyes <tomas.reyes@sazanami-cs.example>",
  subject="Fwd: Linode Scheduled Maintenance: host security updates for 3 Linodes",
  body=fwd("""FYI: Copperline's relay boxes at Linode get a host reboot on 9 Aug (Mon, 11:00-15:00 JST). relay-02 is the one from the spam ticket, so if it has been rebuilt by then this may not matter for it. I'll tell Priya; please don't migrate anything early without checking with me.

Haruto""",
  "Linode <support@linode.com>",
  "Tue, Jul 27, 2027 at 2:00 AM",
  "Linode Scheduled Maintenance: host security updates for 3 Linodes",
  "<linode@sazanami-cs.example>",
  """Hello,

We are contacting you about upcoming maintenance on the physical hosts of some of your Linodes. The maintenance is needed to apply security updates to the host software and firmware.

During the maintenance window, each affected Linode will be shut down, and then booted again once the host update is complete. Downtime is expected to be less than 30 minutes per Linode within the window.

Maintenance window: 2027-08-09 02:00 to 2027-08-09 06:00 UTC

Affected Linodes:

    copperline-relay-01   ID 58823108   Tokyo 2   Dedicated 8 GB
    copperline-relay-02   ID 58823109   Tokyo 2   Dedicated 8 GB
    copperline-sbc-lab    ID 59011274   Tokyo 2   Shared 4 GB

If you prefer, you can migrate a Linode to a new host before the window, at a time that suits you. Open the Linode in Cloud Manager and select "Migrate" from the maintenance banner; the Linode will be shut down, migrated and booted on the new host, and the scheduled maintenance will no longer apply to it.

Please make sure that your Linodes are configured to start your services automatically at boot.

You can see upcoming maintenance in the Account > Maintenance section of Cloud Manager: https://cloud.linode.com/account/maintenance

Thank you,
Akamai Cloud Support"""))

M(key="M05", label="maintenance", deadline="2027-08-18", provider="NEC", lang="ja",
  kind="plain", date="2027-07-29 17:00 +0900",
  sender="NEC Cloud IaaS サポートセンター <cloudiaas-support@nec.com>",
  to="nec-cloud@sazanami-cs.example",
  subject="【計画メンテナンス】NEC Cloud IaaS ハイパーバイザのセキュリティ更新に伴うメンテナンスのお知らせ",
  body="""さざなみクラウドサービス株式会社
ご担当者様

平素は NEC Cloud IaaS をご利用いただき、誠にありがとうございます。

ハイパーバイザのセキュリティ更新を適用するため、下記のとおり計画メンテナンスを実施いたします。メンテナンス中は、対象の仮想サーバが再起動されます。

■実施日時
2027年8月18日（水）1:00～5:00
※作業の進捗により、終了時刻が前後する場合がございます。

■対象サービス
NEC Cloud IaaS スタンダード（東日本サイト）

■対象の仮想サーバ（お客様契約 ID：NCI-7731029）
・yz-karte-app01
・yz-karte-app02
・yz-karte-db01

■影響
メンテナンス時間中に、各仮想サーバが 1 回再起動されます（停止時間は 1 台あたり 10 分程度の見込みです）。再起動の順序および時刻は指定できません。

■お客様へのお願い
・仮想サーバの再起動後に、アプリケーションが自動で起動する設定になっていることをご確認ください。
・冗長構成をとっている場合でも、同一の時間帯に再起動される可能性がございます。

本メンテナンスは、公開されている CPU 関連の脆弱性への対策を含むものであり、お客様環境への影響が確認されたものではございません。

ご不便をおかけいたしますが、何卒ご理解とご協力を賜りますようお願い申し上げます。

────────────────────────
日本電気株式会社
NEC Cloud IaaS サポートセンター
────────────────────────""")

M(key="M06", label="maintenance", deadline="2027-08-12", provider="Oracle Cloud", lang="en",
  kind="plain", date="2027-07-30 19:00 +0000", bland=True,
  sender="Oracle Cloud Infrastructure <oci-notifications@oracle.com>",
  to="oracle-admin@sazanami-cs.example",
  subject="Oracle Cloud Infrastructure Notification",
  body="""Oracle Cloud Infrastructure

Scheduled infrastructure maintenance

Tenancy: sazanamics
Region: ap-tokyo-1
Maintenance type: Infrastructure maintenance (security updates)

Oracle Cloud Infrastructure will perform maintenance on the underlying infrastructure that hosts the compute instances listed below. The maintenance applies security updates to the host firmware and hypervisor.

Maintenance window start: 2027-08-12 01:00 UTC
Maintenance window end:   2027-08-12 07:00 UTC
Expected impact: each instance will be rebooted once during the window

    Instance name   Shape                 Availability domain   Maintenance action
    akb-erp-app-1   VM.Standard.E5.Flex   AD-1                  REBOOT
    akb-erp-app-2   VM.Standard.E5.Flex   AD-1                  REBOOT

You can reboot these instances yourself at any time before the window starts. An instance that you reboot with the reboot migration option is moved to updated infrastructure and is removed from the scheduled maintenance. Instances that are not rebooted before the window starts will be rebooted by Oracle during the window.

To view maintenance for your instances, open the Console and go to Compute > Instances > Instance details > Maintenance.

For more information, see https://docs.oracle.com/iaas/Content/Compute/References/infrastructure-maintenance.htm

This is an automated notification from Oracle Cloud Infrastructure. Please do not reply to this email.

Oracle Corporation""")

# ================================================================== BUILD

ADDR_RE = re.compile(r"^(.*?)\s*<([^<>@\s]+@[^<>@\s]+)>$")
FROM_LINE_RE = re.compile(
    r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"[ 123]\d \d\d:\d\d:\d\d \d{4}$")
JA_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def split_addr(s):
    m = ADDR_RE.match(s.strip())
    if m:
        return m.group(1).strip().strip('"'), m.group(2)
    return "", s.strip()


def aslist(v):
    return v if isinstance(v, (list, tuple)) else [v]


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def resolve_deadline(spec_dl, d):
    """'none', an ISO date, '+Nd' (calendar days) or '+Nbd' (business days,
    Saturday and Sunday skipped), counted from the Date header's own date."""
    if spec_dl == "none":
        return "none"
    m = re.fullmatch(r"\+(\d+)(bd|d)", spec_dl)
    base = d.date()
    if m:
        n = int(m.group(1))
        if m.group(2) == "d":
            return (base + dt.timedelta(days=n)).isoformat()
        cur = base
        while n:
            cur += dt.timedelta(days=1)
            if cur.weekday() < 5:
                n -= 1
        return cur.isoformat()
    return dt.date.fromisoformat(spec_dl).isoformat()


def message_id(spec):
    h = hashlib.sha256(("sazanami/set-k/" + spec["key"]).encode()).hexdigest()
    dom = split_addr(spec["sender"])[1].split("@", 1)[1]
    if dom in ("amazon.com",) or dom.endswith("amazonaws.com"):
        return "<0106%s-%s-%s-%s-%s-000000@ap-northeast-1.amazonses.com>" % (
            h[:12], h[12:20], h[20:24], h[24:28], h[28:40])
    return "<%s.%s@%s>" % (h[:20], h[20:32], dom)


def from_line(addr, d):
    u = d.astimezone(dt.timezone.utc)
    return "From %s %s %s %2d %02d:%02d:%02d %d" % (
        addr, DOW[u.weekday()], MON[u.month - 1], u.day,
        u.hour, u.minute, u.second, u.year)


def html_for(spec):
    return to_html(spec["body"], spec["subject"], spec["provider"], spec["lang"])


def fold_words(name, value, width=78):
    """Fold an ASCII header at spaces (RFC 5322 folding, lines <= width
    where the words allow it)."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def fold_list(name, items, width=78):
    """Fold an address list between addresses."""
    lines, cur = [], name + ":"
    for n, it in enumerate(items):
        piece = it + ("," if n < len(items) - 1 else "")
        if len(cur) + 1 + len(piece) > width and cur != name + ":":
            lines.append(cur)
            cur = " " + piece
        else:
            cur += " " + piece
    lines.append(cur)
    return "\n".join(lines)


def enc_address(s):
    name, spec = split_addr(s)
    if not name:
        return spec
    if name.isascii():
        return formataddr((name, spec))
    return formataddr((name, spec), charset="utf-8")


def enc_subject(value):
    if value.isascii():
        return fold_words("Subject", value)
    h = Header(value, "utf-8", maxlinelen=76, header_name="Subject")
    return "Subject: " + h.encode("\n")


def build(spec):
    """Return (raw RFC 5322 text with LF line endings, Date)."""
    d = parse_date(spec["date"])
    body = EmailMessage(policy=POLICY)
    body["MIME-Version"] = "1.0"
    cte = "base64" if spec["lang"] == "ja" else "quoted-printable"
    kind = spec["kind"]
    if kind == "plain":
        body.set_content(spec["body"], subtype="plain", charset="utf-8", cte=cte)
    elif kind == "alternative":
        body.set_content(spec["body"], subtype="plain", charset="utf-8", cte=cte)
        body.add_alternative(html_for(spec), subtype="html", charset="utf-8", cte=cte)
        body.set_param("charset", "utf-8")
        for part in body.iter_parts():
            del part["MIME-Version"]
        body.set_boundary("==_sk_" + hashlib.sha256(spec["key"].encode()).hexdigest()[:24] + "_==")
    elif kind == "html":
        body.set_content(html_for(spec), subtype="html", charset="utf-8", cte=cte)
    else:
        raise ValueError(kind)
    head = [
        "Date: " + format_datetime(d),
        fold_list("From", [enc_address(spec["sender"])]),
        fold_list("To", [enc_address(x) for x in aslist(spec["to"])]),
    ]
    if spec.get("cc"):
        head.append(fold_list("Cc", [enc_address(x) for x in aslist(spec["cc"])]))
    head.append(enc_subject(spec["subject"]))
    head.append("Message-ID: " + message_id(spec))
    for k, v in spec.get("headers", {}).items():
        head.append(fold_words(k, v))
    head.append("X-Training-Label: " + spec["label"])
    head.append("X-Training-Deadline: " + resolve_deadline(spec["deadline"], d))
    raw = "\n".join(head) + "\n" + body.as_string()
    if not raw.endswith("\n"):
        raw += "\n"
    return raw, d


def mboxo_escape(text):
    out = []
    for line in text.split("\n"):
        out.append(">" + line if line.startswith("From ") else line)
    return "\n".join(out)


def write_mbox(specs):
    chunks = []
    for spec in specs:
        raw, d = build(spec)
        chunks.append(from_line(split_addr(spec["sender"])[1], d) + "\n"
                      + mboxo_escape(raw) + "\n")
    data = "".join(chunks)
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write(data)


# ================================================================== CHECK

def check(specs):
    problems = []

    def bad(where, what):
        problems.append("%s: %s" % (where, what))

    raw = open(OUT, "rb").read()
    if b"\r" in raw:
        bad("file", "contains CR characters")
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        bad("file", "contains non-ASCII bytes (unencoded text)")
        text = raw.decode("utf-8", "replace")
    if not text.endswith("\n\n"):
        bad("file", "does not end with a blank line")

    # split on From_ lines; every line starting with "From " must be a
    # separator preceded by a blank line (or be the first line).
    lines = text.split("\n")
    starts = []
    for i, ln in enumerate(lines):
        if ln.startswith("From "):
            if not FROM_LINE_RE.match(ln):
                bad("line %d" % (i + 1), "unescaped 'From ' line: %r" % ln[:60])
            elif i != 0 and lines[i - 1] != "":
                bad("line %d" % (i + 1), "separator not preceded by a blank line")
            else:
                starts.append(i)
    if not lines or not lines[0].startswith("From "):
        bad("file", "does not start with a From_ line")
    if len(starts) != len(specs):
        bad("file", "%d separators, expected %d" % (len(starts), len(specs)))

    by_id = {message_id(s): s for s in specs}
    if len(by_id) != len(specs):
        bad("specs", "duplicate Message-IDs")

    box = mailbox.mbox(OUT, create=False)
    if len(box) != len(specs):
        bad("mailbox", "mailbox module reads %d messages" % len(box))
    box.close()

    parsed = []
    from email.parser import Parser
    for n, st in enumerate(starts):
        end = starts[n + 1] - 1 if n + 1 < len(starts) else len(lines) - 1
        body_lines = lines[st + 1:end]
        msg = Parser(policy=POLICY).parsestr("\n".join(body_lines) + "\n")
        hdr_lines = body_lines[:body_lines.index("")] if "" in body_lines else body_lines
        for hl in hdr_lines:
            if len(hl) > 998:
                bad(sep, "header line longer than 998 characters")
            for ew in re.findall(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=", hl):
                if len(ew) > 75:
                    bad(sep, "encoded-word longer than 75 characters")
                if not ew.lower().startswith("=?utf-8?"):
                    bad(sep, "encoded-word not in utf-8")
        parsed.append((lines[st], msg))

    seen_ids = set()
    labels = Counter()
    for sep, msg in parsed:
        mid = msg.get("Message-ID", "")
        where = mid or sep
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            vals = msg.get_all(h) or []
            if len(vals) != 1:
                bad(where, "header %s present %d times" % (h, len(vals)))
        spec = by_id.get(str(mid).strip())
        if spec is None:
            bad(where, "unknown Message-ID")
            continue
        if mid in seen_ids:
            bad(where, "Message-ID repeated")
        seen_ids.add(mid)
        where = spec["key"]
        if str(msg["MIME-Version"]).strip() != "1.0":
            bad(where, "MIME-Version is not 1.0")
        d = parsedate_to_datetime(str(msg["Date"]))
        if d != parse_date(spec["date"]) or d.utcoffset() != parse_date(spec["date"]).utcoffset():
            bad(where, "Date header mismatch")
        if not (d.astimezone(dt.timezone.utc).year == 2027
                and d.astimezone(dt.timezone.utc).month == 7):
            bad(where, "Date not in July 2027")
        if not sep.startswith("From %s " % split_addr(spec["sender"])[1]):
            bad(where, "From_ line does not name the sender")
        if str(msg["Subject"]) != spec["subject"]:
            bad(where, "Subject does not round-trip")
        if msg["From"].addresses[0].addr_spec != split_addr(spec["sender"])[1]:
            bad(where, "From address does not round-trip")
        if split_addr(spec["sender"])[0] and \
                msg["From"].addresses[0].display_name != split_addr(spec["sender"])[0]:
            bad(where, "From display name does not round-trip")
        for a in msg["To"].addresses + (msg["Cc"].addresses if msg["Cc"] else ()):
            if not a.domain.endswith(".example"):
                bad(where, "recipient outside .example: %s" % a.addr_spec)
        label = str(msg["X-Training-Label"]).strip()
        if label not in VALID_LABELS:
            bad(where, "invalid label %r" % label)
        if label != spec["label"]:
            bad(where, "label mismatch")
        labels[label] += 1
        dl = str(msg["X-Training-Deadline"]).strip()
        if dl != "none":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
                bad(where, "malformed deadline %r" % dl)
            else:
                if dt.date.fromisoformat(dl) <= d.date():
                    bad(where, "deadline %s is not after the Date header" % dl)
        if dl != resolve_deadline(spec["deadline"], parse_date(spec["date"])):
            bad(where, "deadline mismatch")
        if label == "informational" and dl != "none":
            bad(where, "informational notice with a deadline")

        # structure and encodings
        ctype = msg.get_content_type()
        want = {"plain": "text/plain", "alternative": "multipart/alternative",
                "html": "text/html"}[spec["kind"]]
        if ctype != want:
            bad(where, "content type %s, expected %s" % (ctype, want))
        if (msg.get_content_charset() or "").lower() != "utf-8":
            bad(where, "top-level Content-Type lacks charset=utf-8")
        leaves = list(msg.walk()) if msg.is_multipart() else [msg]
        leaves = [p for p in leaves if not p.is_multipart()]
        if spec["kind"] == "alternative" and [p.get_content_type() for p in leaves] != ["text/plain", "text/html"]:
            bad(where, "alternative parts are not plain + html")
        for p in leaves:
            if (p.get_content_charset() or "").lower() != "utf-8":
                bad(where, "part without charset=utf-8")
            if p is not msg and p.get("MIME-Version"):
                bad(where, "MIME-Version header inside a body part")
            cte = str(p.get("Content-Transfer-Encoding", "7bit")).lower()
            content = p.get_content()
            if any(ord(c) > 127 for c in content) and cte not in ("quoted-printable", "base64"):
                bad(where, "non-ASCII part not QP/base64 encoded")
            content = re.sub(r"(^|\n)>From ", r"\1From ", content)
            if p.get_content_type() == "text/plain":
                expect = spec["body"]
            else:
                expect = html_for(spec)
            if content.rstrip("\n") != expect.rstrip("\n"):
                bad(where, "%s body does not round-trip" % p.get_content_type())

        # length
        body = spec["body"]
        if spec["lang"] == "ja":
            if not JA_RE.search(body) or not JA_RE.search(spec["subject"]):
                bad(where, "Japanese notice without Japanese text")
            size = len(re.sub(r"\s", "", body))
            if not 250 <= size <= 1600:
                bad(where, "Japanese body length %d chars out of range" % size)
        else:
            if JA_RE.search(body):
                bad(where, "English notice contains Japanese text")
            words = len(body.split())
            if not 110 <= words <= 450:
                bad(where, "English body length %d words out of range" % words)
        if spec.get("shape") == "forward" and "---------- Forwarded message ---------" not in body:
            bad(where, "forward without forwarded block")
        if spec.get("shape") == "reply" and not spec["subject"].startswith("Re:"):
            bad(where, "reply subject does not start with Re:")

    if labels != Counter(LABEL_TARGET):
        bad("counts", "label counts %s differ from target %s" % (dict(labels), LABEL_TARGET))
    shapes = Counter()
    for s in specs:
        if s.get("shape"):
            shapes[s["shape"]] += 1
        if s["kind"] in ("alternative", "html"):
            shapes[s["kind"]] += 1
    for k, v in SHAPE_TARGET.items():
        if shapes[k] != v:
            bad("counts", "%d %s messages, expected %d" % (shapes[k], k, v))
    keys = [s["key"] for s in specs]
    if len(set(keys)) != len(keys):
        bad("specs", "duplicate keys")
    return problems


# ================================================================== REPORT

def report(specs):
    print("set-k.mbox: %d messages" % len(specs))
    print()
    print("| Label | English | Japanese | Total | With deadline |")
    print("|---|---:|---:|---:|---:|")
    tot = Counter()
    for label in LABEL_TARGET:
        rows = [s for s in specs if s["label"] == label]
        en = sum(1 for s in rows if s["lang"] == "en")
        ja = sum(1 for s in rows if s["lang"] == "ja")
        wd = sum(1 for s in rows if resolve_deadline(s["deadline"], parse_date(s["date"])) != "none")
        tot.update(en=en, ja=ja, all=len(rows), wd=wd)
        print("| %s | %d | %d | %d | %d |" % (label, en, ja, len(rows), wd))
    print("| **total** | %d | %d | %d | %d |" % (tot["en"], tot["ja"], tot["all"], tot["wd"]))
    print()
    kinds = Counter(s["kind"] for s in specs)
    shapes = Counter(s.get("shape") for s in specs if s.get("shape"))
    print("plain-only %d, multipart/alternative %d, HTML-only %d; forwards %d, replies %d; "
          "bland subjects %d" % (kinds["plain"], kinds["alternative"], kinds["html"],
                                 shapes["forward"], shapes["reply"],
                                 sum(1 for s in specs if s.get("bland"))))
    prov = Counter(s["provider"] for s in specs)
    print("providers: " + ", ".join("%s %d" % kv for kv in sorted(prov.items(), key=lambda kv: (-kv[1], kv[0]))))
    words = [len(s["body"].split()) for s in specs if s["lang"] == "en"]
    chars = [len(re.sub(r"\s", "", s["body"])) for s in specs if s["lang"] == "ja"]
    print("English body words: min %d, max %d, mean %.0f; Japanese body chars: min %d, max %d"
          % (min(words), max(words), sum(words) / len(words), min(chars), max(chars)))


def main():
    specs = sorted(MESSAGES, key=lambda s: (parse_date(s["date"]), s["key"]))
    write_mbox(specs)
    problems = check(specs)
    first = open(OUT, "rb").read()
    write_mbox(specs)
    if open(OUT, "rb").read() != first:
        problems.append("determinism: a second build produced different bytes")
    report(specs)
    if problems:
        print()
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print()
    print("check: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
