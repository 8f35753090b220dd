#!/usr/bin/env python3
"""Blind validation set T: fictional cloud-provider notices (May 2027).

Writes set-t.mbox next to this script, re-reads it, checks it and prints
counts.  Exit status 1 on any problem.  Standard library only; output is
fully deterministic (no clock, no randomness).
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import ipaddress
import mailbox
import os
import quopri
import re
import sys
from email.header import Header, decode_header, make_header
from email.utils import parsedate_to_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-t.mbox")

LABELS = {
    "abuse": 10,
    "security-incident": 12,
    "action-required": 28,
    "security-advisory": 8,
    "maintenance": 12,
    "pricing": 8,
    "billing": 8,
    "informational": 14,
}

MSGS = []


def add(key, label, deadline, lang, kind, frm, to, date, subject, body,
        **kw):
    """Register one notice.

    kind: plain | alt (multipart/alternative) | html (HTML only)
          | fwd (colleague forward, plain) | reply (support-case reply)
    kw:   rel=("days"|"bdays", n)  relative deadline, checked against Date
          explicit=True            billing/info/advisory with an act-by date
          enc="qp"|"b64"           body transfer encoding for non-ASCII
          brand, color             HTML banner
          headers=[(name, value)]  extra headers
          provider                 provider name for the README table
    """
    MSGS.append(dict(key=key, label=label, deadline=deadline, lang=lang,
                     kind=kind, frm=frm, to=to, date=date, subject=subject,
                     body=body, **kw))


def fwd(note, o_from, o_date, o_subject, o_to, o_body):
    """Body of a colleague forward (Gmail style)."""
    return (note.rstrip("\n") + "\n\n"
            "---------- Forwarded message ---------\n"
            "From: " + o_from + "\n"
            "Date: " + o_date + "\n"
            "Subject: " + o_subject + "\n"
            "To: " + o_to + "\n\n\n" + o_body)

AWS_FOOT = """Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

AWS_JP_FOOT = """本メールは送信専用アドレスから送信されています。ご返信いただいてもお答えできませんのでご了承ください。
アマゾン ウェブ サービス ジャパン合同会社
〒141-0021 東京都品川区上大崎 3-1-1 目黒セントラルスクエア"""

GOOGLE_FOOT = """© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this mandatory service announcement to update you about important changes to Google Cloud or your account."""

MS_FOOT = """Microsoft respects your privacy. Review our online Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA

This message was sent from an unmonitored email address. Please do not reply to this message."""

# ---------------------------------------------------------------- abuse (10)

add("A01", "abuse", "2027-05-05", "en", "plain",
    ("Amazon EC2 Abuse", "ec2-abuse@amazon.com"),
    "aws+redfern-prod@harborlight.example",
    "Tue, 04 May 2027 10:12:44 +0000",
    "Your Amazon EC2 Abuse Report [18449302716]",
    """Hello,

We've received a report(s) that your EC2 instance(s)

AWS ID: 845120963307
Region: ap-southeast-2
Instance Id: i-0c4e19a7b2d58f036

has been implicated in activity which resembles scanning remote hosts on the internet for security vulnerabilities. Activity of this nature is forbidden in the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). We've included the original report below for your review.

Please take action to stop the reported activity and reply directly to this email with details of the corrective actions you have taken. If you do not consider the activity described in these reports to be abusive, please reply to this email with details of your use case.

If you're unaware of this activity, it's possible that your environment has been compromised by an external attacker, or a vulnerability is allowing your machine to be used in a way that it was not intended.

We are unable to assist you with troubleshooting or technical inquiries. However, for guidance on securing your instance, we recommend reviewing the following resources:

 * Amazon EC2 Security Groups User Guide for Linux Instances:
   https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html
 * AWS Security Best Practices:
   https://aws.amazon.com/architecture/security-identity-compliance/

If you require further assistance with this matter, you can take advantage of our developer forums:
https://repost.aws/

Please remember that you are responsible for ensuring that your instances and all applications are secured. The case number above should be included in all correspondence.

We ask that you respond to this report within 24 hours. Failure to respond may result in the blocking of the instance(s) above or the suspension of your AWS account.

Regards,
AWS Trust & Safety

Abuse Case Number: 18449302716

---Beginning of forwarded report(s)---

* Log Extract:
<<<
2027-05-04T07:51:09Z 203.0.113.87:48211 -> 198.51.100.14:22 TCP SYN (1,284 attempts across 198.51.100.0/24)
2027-05-04T07:52:40Z 203.0.113.87:48302 -> 198.51.100.22:3389 TCP SYN
2027-05-04T07:53:02Z 203.0.113.87:48355 -> 198.51.100.31:5900 TCP SYN
2027-05-04T07:58:17Z 203.0.113.87:49120 -> 198.51.100.0/24:6379 TCP SYN (sweep)
>>>
""", rel=("days", 1), provider="AWS")

add("A02", "abuse", "2027-05-20", "en", "alt",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+minato-prod@harborlight.example",
    "Thu, 06 May 2027 07:45:19 +0000",
    "Amazon SES Review Period Notice for AWS Account 604918273350 in region AP-NORTHEAST-1",
    """Hello,

We are contacting you regarding your Amazon Simple Email Service (SES) account in the Asia Pacific (Tokyo) region (ap-northeast-1).

We have placed your account under review because the bounce rate for your account is too high. Your bounce rate, calculated over a representative volume of your recent sending, is 11.4%. We recommend that you keep your bounce rate below 5%. Accounts with bounce rates of 10% or higher are at risk of having their ability to send email paused.

While your account is under review, you can continue to send email. The review period ends on May 20, 2027. If the issues that caused the review are not resolved by the end of the review period, we may pause your account's ability to send email.

To resolve the issue, please do the following:

1. Identify the cause of the high bounce rate. Most of the bounced messages in the review period were sent with the configuration set "appointment-reminders".
2. Remove invalid and stale addresses from your recipient lists, and make sure you only send to recipients who have explicitly asked to receive your email.
3. Reply through the AWS Support Center case 17429960381 and describe the changes you have made.

You can monitor your bounce and complaint rates on the Reputation metrics page of the Amazon SES console:
https://console.aws.amazon.com/ses/home?region=ap-northeast-1#/reputation

For more information about the review process, see the Amazon SES Developer Guide:
https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html

Sincerely,
The Amazon SES Team
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS", brand="Amazon Web Services",
    color="#232f3e")

add("A03", "abuse", "none", "en", "plain",
    ("AWS Trust & Safety", "no-reply-aws@amazon.com"),
    "aws+aozora@harborlight.example",
    "Sat, 08 May 2027 03:27:51 +0000",
    "Your AWS account 519062483175",
    """Hello,

We received a report that content hosted in Amazon S3 under your AWS account is being used for phishing. The content imitates the sign-in page of an online banking service and collects the credentials that visitors enter.

AWS Account: 519062483175
Region: ap-northeast-1
Resource: arn:aws:s3:::aozora-events-assets/campaign/2027/login/index.html
Abuse Case Number: 18450177264

Because this content is actively harming third parties, we have taken the following action: public access to the object listed above has been disabled. Other objects in the bucket and your other resources were not changed. This action was completed on May 8, 2027 at 03:10 UTC.

This notification is for your records. No response is needed to close this report.

If the content was placed in your bucket without your knowledge, we strongly recommend that you review which users and roles have write access to the bucket, rotate any credentials that could have been used to upload the object, and search your AWS CloudTrail logs for PutObject requests from unfamiliar IP addresses.

Please note that repeated reports regarding your account may result in further restrictions, up to and including suspension of your account, in accordance with the AWS Acceptable Use Policy:
https://aws.amazon.com/aup/

If you have questions about this action, you can reply to this email. Please keep the case number in the subject line of your reply.

Regards,
AWS Trust & Safety
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("A04", "abuse", "2027-05-11", "ja", "plain",
    ("Amazon EC2 Abuse", "ec2-abuse@amazon.com"),
    "aws+calloway@harborlight.example",
    "Mon, 10 May 2027 02:05:33 +0000",
    "【要対応】Amazon EC2 不正利用に関するご報告 [18451203958]",
    """お客様各位

Amazon Web Services (AWS) をご利用いただき、ありがとうございます。

お客様の AWS アカウントで稼働している以下の EC2 インスタンスが、第三者のサーバーに対するサービス拒否 (DoS) 攻撃に類似した通信を送信しているとの報告を受けました。

AWS アカウント ID: 736205918842
リージョン: ap-northeast-1
インスタンス ID: i-07b3f5e2a91c4d680
パブリック IP アドレス: 203.0.113.152

このような行為は AWS 適正利用規約 (https://aws.amazon.com/jp/aup/) で禁止されています。報告の抜粋を本メールの末尾に記載しましたので、ご確認ください。

報告された通信を直ちに停止し、実施した対策の内容をこのメールに直接ご返信ください。本件が不正な通信にあたらないとお考えの場合は、その利用目的を具体的にご説明ください。

本件に心当たりがない場合、インスタンスが外部の攻撃者によって侵害されている可能性があります。セキュリティグループの設定、OS とアプリケーションの更新状況、不審なプロセスや cron ジョブの有無をご確認ください。

本報告には 24 時間以内にご返信くださいますようお願いいたします。ご返信がない場合、上記インスタンスの通信を遮断する、または AWS アカウントを停止する場合があります。

ご返信の際は、件名の不正利用ケース番号を変更せずにお送りください。技術的なお問い合わせには本窓口ではお答えできません。必要に応じて AWS re:Post (https://repost.aws/ja) をご利用ください。

よろしくお願いいたします。

AWS Trust & Safety チーム

--- 報告の抜粋 ---
2027-05-10 01:12:44 UTC 203.0.113.152 -> 192.0.2.77 UDP/123 約 48,000 pps
2027-05-10 01:13:05 UTC 203.0.113.152 -> 192.0.2.77 UDP/11211 約 51,000 pps
継続時間: 約 22 分
報告元: 192.0.2.0/24 を運用するホスティング事業者
""", rel=("days", 1), enc="b64", provider="AWS")

add("A05", "abuse", "2027-05-12", "en", "fwd",
    ("Tom Whitaker", "t.whitaker@harborlight.example"),
    "cloud-ops@harborlight.example",
    "Tue, 11 May 2027 18:05:12 +0900",
    "Fwd: Your Amazon EC2 Abuse Report [18452610447]",
    fwd("""Team,

Forwarding this from the Calloway root mailbox. Looks like it's the old Postfix relay (mx-relay-01) that was supposed to be switched off in March when they moved to Exchange Online. I haven't touched it yet - can whoever is on shift tonight stop the instance or at least close 25 outbound, and reply to AWS before the 24h window runs out? Ticket is HL-4471.

Thanks,
Tom

--
Tom Whitaker | Cloud Operations
Harborlight Systems
""",
        "Amazon EC2 Abuse <ec2-abuse@amazon.com>",
        "Tue, May 11, 2027 at 5:40 PM",
        "Your Amazon EC2 Abuse Report [18452610447]",
        "<aws+calloway@harborlight.example>",
        """Hello,

We've received a report(s) that your EC2 instance(s)

AWS ID: 736205918842
Region: ap-northeast-1
Instance Id: i-0a81d6c3f29e7b514

has been implicated in sending unsolicited bulk email (spam). Sending unsolicited bulk email is forbidden in the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). We've included the original report below for your review.

Please take action to stop the reported activity and reply directly to this email with details of the corrective actions you have taken. If you do not consider the activity described in these reports to be abusive, please reply to this email with details of your use case.

If you're unaware of this activity, it's possible that your environment has been compromised by an external attacker, or that a mail server on the instance is configured as an open relay.

We ask that you respond to this report within 24 hours. Failure to respond may result in the blocking of the instance(s) above or the suspension of your AWS account.

Regards,
AWS Trust & Safety

Abuse Case Number: 18452610447

---Beginning of forwarded report(s)---

Received: from mx-relay-01.calloway-brokers.example (203.0.113.201)
  by mx.mailfilter.example with ESMTP id 4Rk2Lq0XbWz9
  for <accounts@recipient-co.example>; Tue, 11 May 2027 06:58:13 +0000
From: "Parcel Desk" <notice@calloway-brokers.example>
Subject: Your parcel could not be delivered - confirm address
Date: Tue, 11 May 2027 06:58:11 +0000
X-Complaint-Count: 1,902 reports from 14 mailbox providers in 6 hours
"""), rel=("days", 1), provider="AWS")

add("A06", "abuse", "2027-05-12", "en", "plain",
    ("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    "hetzner@harborlight.example",
    "Mon, 10 May 2027 14:02:17 +0200",
    "Abuse Message [AbuseID:9C41E7:22]: NetscanOutPack: Netscan detected from host 198.51.100.45",
    """Dear Sir or Madam,

We have received an abuse report concerning your server/IP address. Please find the report below.

Server: #1873204 (EX44, FSN1-DC14)
IP address: 198.51.100.45
Customer number: K0418827365

Please take all necessary measures to avoid this in the future and to solve the issue.

We also request that you send a short response to us. This response should contain information about how this could have happened and what you intend to do about it. In the event that you are not responsible for the content or the system, please forward this message to the person who is responsible and send us a short confirmation that you have done so.

How to proceed:
- Solve the issue
- Test if the issue still exists by using the following link: https://abuse.hetzner.com/retry/?token=7e1c0b94d2a5f63810ee4c27a9b5d1f0
- After successful testing, please reply via the following link: https://abuse.hetzner.com/statements/?token=7e1c0b94d2a5f63810ee4c27a9b5d1f0

Important note:
Please send us your statement by 2027-05-12 14:00 CEST at the latest. If we do not receive a statement by then, or if the activity continues, we may block the IP address or the server without further notice.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
www.hetzner.com

---------- Report ----------
Netscan detected from host 198.51.100.45 (static.45.100.51.198.clients.your-server.de)

Time (UTC)           Src IP:Port           Dst IP:Port          Proto
2027-05-10 09:14:02  198.51.100.45:51722 -> 192.0.2.10:23        TCP
2027-05-10 09:14:02  198.51.100.45:51723 -> 192.0.2.11:23        TCP
2027-05-10 09:14:03  198.51.100.45:51730 -> 192.0.2.19:2323      TCP
2027-05-10 09:14:05  198.51.100.45:51788 -> 192.0.2.64:8080      TCP

Total: 6,812 connection attempts to 2,048 hosts within 15 minutes.
""", provider="Hetzner")

add("A07", "abuse", "none", "en", "html",
    ("DigitalOcean", "support@digitalocean.com"),
    "do-admin@harborlight.example",
    "Wed, 19 May 2027 23:48:10 +0000",
    "Important information about your Droplet",
    """Hello,

Our systems detected a large volume of outbound traffic from one of your Droplets that matches the pattern of a denial-of-service attack. To protect the DigitalOcean network and other customers, we have disabled public networking on the Droplet listed below.

Team: Harborlight Systems
Droplet: redfern-wp-staging-01 (ID 418830275)
Region: SGP1
Public IPv4: 198.51.100.203
Action taken: Public networking disabled at 23:31 UTC on May 19, 2027

The Droplet is still running, and you can reach it through the Recovery Console in the control panel. Private networking, Volumes and backups are not affected.

Outbound floods like this are most often caused by a compromised application or an outdated plugin. Before asking us to restore networking, we recommend that you:

- Log in through the Recovery Console and look for unfamiliar processes, cron jobs or user accounts
- Update the operating system and all applications, including CMS plugins and themes
- Rotate passwords and SSH keys used on the Droplet
- Consider rebuilding the Droplet from a known-good snapshot

When the Droplet is secure, reply to ticket #9134772 from the control panel and our Trust & Safety team will review your request. Public networking will stay disabled until then.

You can read our Acceptable Use Policy here: https://www.digitalocean.com/legal/acceptable-use-policy

Thanks,
DigitalOcean Trust & Safety

You are receiving this service email because you have an active DigitalOcean account. This message cannot be unsubscribed from.
(c) 2027 DigitalOcean, LLC. All rights reserved.
""", provider="DigitalOcean", brand="DigitalOcean", color="#0069ff")

add("A08", "abuse", "2027-05-20", "en", "alt",
    ("Twilio SendGrid", "no-reply@sendgrid.com"),
    "sendgrid@harborlight.example",
    "Thu, 13 May 2027 16:22:05 +0000",
    "Action needed: spam reports on your SendGrid account",
    """Hi Harborlight Systems,

Our Compliance team has been monitoring recent mail sent from your Twilio SendGrid account and has found that it is generating a spam report rate well above industry standards.

Account username: harborlight-redfern
Subuser: redfern-newsletter
Spam report rate (last 7 days): 0.41%
Recommended maximum: 0.08%
Messages delivered in that period: 214,380

High spam report rates damage your sender reputation and the deliverability of every customer who shares our infrastructure. Under the Twilio SendGrid Email Policy, we need you to take corrective action.

Within 5 business days of this notice, please:

1. Stop sending to any list that was purchased, rented or scraped, and to recipients who have not opened or clicked in the last 12 months.
2. Make sure every message has a clear, working unsubscribe link and that unsubscribe requests are honored promptly.
3. Reply to this email describing where the affected list came from (for example, the signup form URL and the date of opt-in) and the changes you have made.

If we do not hear from you within 5 business days, or if spam reports remain elevated, we may limit or suspend sending for this account and its subusers.

Helpful resources:
https://www.twilio.com/docs/sendgrid/ui/sending-email/deliverability
https://sendgrid.com/en-us/policies/email

Thank you,
Twilio SendGrid Compliance Team

Twilio Inc. | San Francisco, CA
This is a service message about your account.
""", rel=("bdays", 5), provider="Twilio SendGrid", brand="Twilio SendGrid",
    color="#1a82e2")

add("A09", "abuse", "2027-05-24", "ja", "plain",
    ("さくらインターネット", "abuse@sakura.ad.jp"),
    "sakura@harborlight.example",
    "Mon, 17 May 2027 11:20:04 +0900",
    "【重要】お客様ご利用サーバーからの不正な通信について(ご連絡)",
    """ハーバーライトシステムズ株式会社
ご担当者様

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

お客様がご利用中の以下のサーバーから、外部のサーバーに対して SSH のパスワード総当たり攻撃と思われる通信が行われているとの報告を、第三者より受けております。

■ 対象サービス
 サービス名 : さくらの VPS
 サーバー名 : aozora-web02
 IP アドレス : 192.0.2.148
 会員 ID : hbl52871

■ 報告内容 (抜粋)
 2027-05-16 22:41:09 JST 192.0.2.148 -> 198.51.100.63:22 認証失敗 1,392 回
 2027-05-16 23:05:37 JST 192.0.2.148 -> 198.51.100.90:22 認証失敗 2,016 回

サーバーが第三者に不正利用されている可能性がございます。お手数ですが、以下をご確認のうえ対策をお願いいたします。

 1. 不審なプロセスや cron 設定、身に覚えのないユーザーがないか確認する
 2. OS およびソフトウェアを最新の状態に更新する
 3. パスワードを変更し、SSH は公開鍵認証のみに制限する

対策の状況について、本メール送信日から 7 日以内に本メールへの返信にてご報告ください。期限までにご返信がない場合や、通信が継続している場合は、当社約款に基づきネットワークを停止させていただく場合がございます。

なお、サーバーの管理はお客様の責任において行っていただく必要がございます。技術的なご相談は、会員メニューのサポートページをご利用ください。

ご不明な点がございましたら、本メールにご返信ください。

────────────────────
さくらインターネット株式会社
アバューズ対策窓口
https://www.sakura.ad.jp/
────────────────────
""", rel=("days", 7), enc="qp", provider="Sakura Internet")

add("A10", "abuse", "none", "en", "plain",
    ("Cloudflare", "noreply@notify.cloudflare.com"),
    "cloudflare@harborlight.example",
    "Fri, 21 May 2027 06:58:31 +0000",
    "Notice",
    """Hello,

Cloudflare received a report that the following URL, which is proxied through Cloudflare on your account, is being used to host a phishing page:

URL: https://www.aozora-kinder.example/wp-content/uploads/2027/05/verify/
Zone: aozora-kinder.example
Account: Harborlight Systems (managed)
Report ID: 4f83a1c2-7d0e-4b6a-9e51-c0d2b8f61a97
Reported: May 20, 2027 22:15 UTC

Our Trust & Safety team reviewed the content and confirmed that it imitates a well-known webmail login page. As a result, Cloudflare has placed a phishing interstitial warning in front of the URL listed above. Visitors who request that page now see a warning and can only continue at their own risk. No other URLs on the zone are affected, and your DNS and proxy settings have not been changed.

Cloudflare is not a hosting provider and cannot remove content from your origin server. Pages like this often appear after a CMS plugin or an administrator account has been compromised, so we recommend that you check your origin for other unexpected files.

If you believe this action was taken in error, or after the content has been removed from your origin, you can request a review from the Abuse Reports section of the Cloudflare dashboard:
https://dash.cloudflare.com/?to=/:account/abuse-reports

For more information about how Cloudflare handles abuse reports, see:
https://www.cloudflare.com/trust-hub/abuse-approach/

Regards,
Cloudflare Trust & Safety

This is a service notification regarding your Cloudflare account. You cannot unsubscribe from this type of message.
Cloudflare, Inc. | 101 Townsend St. | San Francisco, CA 94107
""", provider="Cloudflare")
# ---------------------------------------------------- security-incident (12)

add("I01", "security-incident", "none", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+redfern-dev@harborlight.example",
    "Thu, 06 May 2027 14:20:38 +0000",
    "[Action Required] Your AWS Access Key is Exposed for AWS Account 845120977714",
    """Hello,

We have become aware that the AWS Access Key AKIA4QX7Z2RDN5VWKT3H (belonging to IAM user "ci-deploy"), along with the corresponding Secret Key, is publicly available online at https://github.com/redfern-labs-dev/storefront-sync/blob/3e9b1f7a/config/settings.py.

Your security is important to us and this exposure of your account's IAM credentials poses a security risk to your AWS account, could lead to excessive charges from unauthorized activity, and violates the AWS Customer Agreement or other agreement with us governing your use of our Services.

To protect your account from excessive charges, we may have applied the "AWSCompromisedKeyQuarantineV3" AWS Managed Policy to the IAM User "ci-deploy". This restricts access to certain AWS services. Please do not remove this policy. Instead, please follow the instructions below:

Step 1: Rotate the exposed AWS Access Key. Create a new key for the IAM user, update your applications and pipelines to use it, and then delete the exposed key. Disabling the key is not sufficient.

Step 2: Check your AWS CloudTrail log for unsanctioned activity, such as creation of unauthorized IAM users, policies, roles, or access keys, or the launch of EC2 instances, Lambda functions or other resources in regions you do not normally use.

Step 3: Review your AWS account for any unauthorized AWS usage. Sign in to the AWS Billing and Cost Management console and review the charges in the Bills page for each service.

Step 4: Respond to the support case (Case ID 174310552861) in the AWS Support Center to let us know that you have completed the steps above:
https://console.aws.amazon.com/support/home

Please be aware that until these steps are completed, your account remains at risk and we may take further action to limit unauthorized usage.

For more information, see "What do I do if I notice unauthorized activity in my AWS account?":
https://repost.aws/knowledge-center/potential-account-compromise

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("I02", "security-incident", "2027-05-18", "en", "reply",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+aozora@harborlight.example",
    "Fri, 14 May 2027 09:31:02 +0000",
    "RE: [CASE 174339021587] Unusual activity on your AWS account 519062483175",
    """Hello,

Thank you for your reply and for deleting the access key we identified. We have reviewed your account again and can see that the unauthorized activity has not been fully contained.

In the last 24 hours we observed the following, which appear to have been created by an unauthorized party using credentials from your account:

- IAM user "svc-backup2" created on May 12, 2027 at 19:04 UTC, with an access key that is still active
- 12 EC2 instances (g5.12xlarge) running in us-east-2 and sa-east-1
- An IAM role named "OrganizationAccountAccessRoIe" (with a capital "I" in place of the final lowercase "l") with AdministratorAccess attached

To secure your account, please complete the remaining steps:

1. Delete the IAM user "svc-backup2" and its access keys, and delete the role "OrganizationAccountAccessRoIe".
2. Terminate the EC2 instances in us-east-2 and sa-east-1, and check every other region for resources you did not create.
3. Change the root user password and confirm that MFA is enabled on the root user and on all IAM users with console access.
4. Reply to this case to confirm the steps are complete.

Please note: if we do not receive confirmation that these steps are complete by May 18, 2027, we may need to suspend your account to prevent further unauthorized usage. Once your account is secure, we can review charges that resulted from the unauthorized activity for a possible billing adjustment.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Marisol T.
Amazon Web Services

===================================================

To contact us again about this case, please return to the AWS Support Center using the following URL:

https://console.aws.amazon.com/support/home#/case/?displayId=174339021587&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To update this case, please use the URL above.

===================================================

On 2027-05-13 22:47 UTC, Daisuke Ishikawa wrote:
> Hello,
>
> We have deleted the access key for IAM user "photo-sync" as instructed
> and are now reviewing CloudTrail. We have not found any other new users
> yet. Please let us know if anything else is needed from our side.
>
> Daisuke Ishikawa
> Harborlight Systems, on behalf of Aozora Kindergartens
""", provider="AWS",
    headers=[("In-Reply-To", "<case-174339021587-20270513T2247@harborlight.example>"),
             ("References", "<case-174339021587-20270513T2247@harborlight.example>")])

add("I03", "security-incident", "none", "ja", "plain",
    ("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    "aws+minato-prod@harborlight.example",
    "Tue, 18 May 2027 05:12:40 +0000",
    "【要対応】お客様の AWS アクセスキーが公開されています (AWS アカウント 604918273350)",
    """お客様

AWS アカウント 604918273350 に関連付けられた AWS アクセスキー AKIAY7NQ3M2WLPH5RT6B (IAM ユーザー「reserve-api」) と、対応するシークレットアクセスキーが、インターネット上で公開されていることを確認しました。

公開場所: Docker Hub で公開されているコンテナイメージ minatodental/reserve-api:2.4.1 の環境変数

この状態は、お客様の AWS アカウントへの不正アクセスや、不正な利用による想定外の請求につながるおそれがあり、AWS カスタマーアグリーメントにも違反します。

お客様のアカウントを保護するため、当該 IAM ユーザーに AWS 管理ポリシー「AWSCompromisedKeyQuarantineV3」を適用している場合があります。このポリシーは削除せず、以下の手順を実施してください。

手順 1: 公開されたアクセスキーをローテーションしてください。新しいアクセスキーを作成してアプリケーションを更新したうえで、公開されたキーを削除してください。無効化のみでは不十分です。

手順 2: AWS CloudTrail のログを確認し、IAM ユーザー、ロール、ポリシー、アクセスキーの作成や、普段利用していないリージョンでのリソース起動など、身に覚えのない操作がないか確認してください。

手順 3: AWS 請求とコスト管理コンソールで、想定外の利用料金が発生していないか確認してください。

手順 4: AWS サポートセンターのケース (ケース ID: 174351208834) に返信し、上記の対応が完了したことをお知らせください。
https://console.aws.amazon.com/support/home

また、該当のコンテナイメージを非公開にするか削除し、認証情報をイメージに含めない構成 (AWS Secrets Manager や IAM ロールの利用など) への変更をご検討ください。

詳しくは次のページをご参照ください。
https://repost.aws/ja/knowledge-center/potential-account-compromise

アマゾン ウェブ サービス

""" + AWS_JP_FOOT + "\n", enc="b64", provider="AWS")

add("I04", "security-incident", "2027-05-16", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+minato-staging@harborlight.example",
    "Tue, 11 May 2027 20:03:11 +0000",
    "Your AWS Account 227391058846",
    """Hello,

We have detected activity on your AWS account 227391058846 that indicates the account has been accessed by an unauthorized party. Specifically, we observed:

- A root user sign-in to the AWS Management Console from an IP address and country that have not been used with this account before (May 11, 2027, 16:22 UTC)
- Creation of 3 new IAM users and 4 access keys within ten minutes of that sign-in
- Requests to increase Amazon EC2 service quotas in the eu-north-1 and ap-south-1 regions

To protect you from unexpected charges, we have temporarily restricted the ability to launch new resources in your account. Resources that were already running before 16:22 UTC have not been changed.

We have opened a support case for you (Case ID 174334772960). Please take the following actions as soon as possible:

1. Change the password of the root user and of every IAM user with console access.
2. Enable multi-factor authentication (MFA) on the root user.
3. Delete IAM users, roles, policies and access keys that you did not create, and rotate all remaining access keys.
4. Check every AWS Region for resources you did not create, including EC2 instances, Lambda functions and ECS tasks.
5. Reply to the support case and tell us which steps you have completed.

If we do not hear from you within 5 days, we may suspend your account to prevent further unauthorized use.

You can find detailed guidance here:
https://repost.aws/knowledge-center/potential-account-compromise

To reply to the case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174334772960

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", rel=("days", 5), provider="AWS")

add("I05", "security-incident", "2027-05-21", "en", "reply",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+redfern-prod@harborlight.example",
    "Wed, 19 May 2027 02:45:27 +0000",
    "Re: case 174356610293",
    """Hello Priya,

Thanks for the additional information and for sharing the instance details.

Our security team has reviewed the activity you described. The temporary credentials of the instance profile "redfern-app-ec2-role" attached to instance i-0f2a7c91d3b6e4058 were used from IP address 192.0.2.214, which is outside AWS, between May 17, 2027 at 21:10 UTC and May 18, 2027 at 04:52 UTC. During that time the credentials were used to call s3:ListBucket and s3:GetObject on the bucket "redfern-orders-export" (about 3,400 objects) and to call iam:ListUsers. Together with the web shell you found under /var/www/html/uploads, this confirms that the instance was compromised and that data in the bucket was accessed by an unauthorized party.

Recommended next steps:

1. Isolate the instance by replacing its security groups with one that allows no inbound or outbound traffic, and take an EBS snapshot for forensic analysis before you terminate it.
2. Revoke active sessions for the role "redfern-app-ec2-role" (IAM console > Roles > Revoke sessions) and review its permissions.
3. Require IMDSv2 on all instances in the account.
4. Review S3 server access logs and CloudTrail data events for the bucket to determine exactly which objects were retrieved.

Please reply to this case by May 21, 2027 to confirm that the instance has been isolated and the role sessions have been revoked. If the credentials continue to be used from outside AWS after that date, we may need to restrict the account further.

Best regards,
Jonas W.
Amazon Web Services

===================================================
To contact us again about this case, please return to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174356610293&language=en
*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
===================================================

> On Tue, May 18, 2027 at 23:58 UTC, Priya Natarajan wrote:
> We found an unknown PHP file in the uploads folder on i-0f2a7c91d3b6e4058
> and GuardDuty shows InstanceCredentialExfiltration findings for the
> instance role. Can you confirm whether the role credentials were used
> outside AWS, and what was accessed?
""", provider="AWS",
    headers=[("In-Reply-To", "<case-174356610293-20270518T2358@harborlight.example>"),
             ("References", "<case-174356610293-20270518T2358@harborlight.example>")])

add("I06", "security-incident", "none", "en", "fwd",
    ("Priya Natarajan", "p.natarajan@harborlight.example"),
    "security@harborlight.example",
    "Thu, 20 May 2027 10:14:52 +0900",
    "Fwd: [Action Required] Your AWS Access Key is Exposed for AWS Account 736205918842",
    fwd("""Heads up - another one, this time Calloway. The key belongs to the build user for their quote widget, and it was baked into the npm package that their agency published last week. I deactivated the key at 09:50 and the new one is already in Secrets Manager, but someone still needs to go through CloudTrail for the last 7 days and answer the AWS case.

I've opened HL-4502 for it.

Priya
""",
        "Amazon Web Services <no-reply-aws@amazon.com>",
        "Wed, May 19, 2027 at 11:58 PM",
        "[Action Required] Your AWS Access Key is Exposed for AWS Account 736205918842",
        "<aws+calloway@harborlight.example>",
        """Hello,

We have become aware that the AWS Access Key AKIA2MV8KD4TQZ7NEW3C (belonging to IAM user "quote-widget-build"), along with the corresponding Secret Key, is publicly available online in version 3.2.0 of the package "@calloway-agency/quote-widget" on https://www.npmjs.com/.

Your security is important to us and this exposure of your account's IAM credentials poses a security risk to your AWS account, could lead to excessive charges from unauthorized activity, and violates the AWS Customer Agreement or other agreement with us governing your use of our Services.

To protect your account from excessive charges, we may have applied the "AWSCompromisedKeyQuarantineV3" AWS Managed Policy to the IAM User "quote-widget-build". Please do not remove this policy. Instead, please follow the instructions below:

Step 1: Rotate the exposed AWS Access Key by creating a new key and deleting the exposed key.
Step 2: Check your AWS CloudTrail log for unsanctioned activity.
Step 3: Review your AWS account for any unauthorized AWS usage.
Step 4: Respond to the support case (Case ID 174360129947) in the AWS Support Center.

Sincerely,
Amazon Web Services
"""), provider="AWS")

add("I07", "security-incident", "none", "en", "plain",
    ("GitHub", "noreply@github.com"),
    "github@harborlight.example",
    "Fri, 14 May 2027 04:37:55 +0000",
    "[GitHub] A personal access token associated with your account has been revoked",
    """Hi @hbl-deploy-bot,

We noticed that a valid GitHub personal access token belonging to your account was committed to a public repository. To protect your account, we have revoked the token.

Token name: minato-ci (classic)
Scopes: repo, workflow, read:org
Found in: https://github.com/hbl-sandbox/minato-booking-poc/blob/8d2c6e1/.env
Revoked: May 14, 2027, 04:31 UTC

Because the token was publicly visible, it may have been used by someone else before it was revoked. Our logs show that the token was used from an IP address that has not been associated with your account before (192.0.2.58) to clone 4 private repositories in the "harborlight-systems" organization shortly before it was revoked. We recommend that you review your security log and the organization audit log for other unexpected activity:

https://github.com/settings/security-log

If you still need a token for this workflow, you can create a new one. We recommend fine-grained personal access tokens with an expiration date and access limited to the repositories that need it:

https://github.com/settings/tokens

To keep tokens out of your code in the future, store them as GitHub Actions secrets and enable push protection for your repositories.

If you have questions, please contact GitHub Support: https://support.github.com/

Thanks,
The GitHub Team

---
You're receiving this email because of a security event on your GitHub account.
GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
""", provider="GitHub")

add("I08", "security-incident", "none", "en", "plain",
    ("Heroku", "noreply@heroku.com"),
    "heroku@harborlight.example",
    "Sat, 22 May 2027 13:05:49 +0000",
    "Important information about your Heroku account",
    """Hello,

We are writing to let you know about a security event affecting your Heroku account, heroku@harborlight.example.

On May 22, 2027, our automated scanning found the Heroku API key for your account in a public GitHub Gist. Our logs show that the key was used from IP addresses not previously associated with your account in the six hours before it was detected. During that time, the key was used to read the config vars of the app "redfern-inventory-api" and to list the collaborators of 3 other apps in the "harborlight-redfern" team.

To protect your account, we have already taken the following steps:

- Reset your API key. The exposed key no longer works.
- Revoked all OAuth authorizations and direct authorizations created with the key.
- Signed out all active Heroku Dashboard sessions.

Integrations that used the old key, such as CI pipelines or the Heroku CLI on build machines, will fail until you give them a new key.

Because the config vars of "redfern-inventory-api" were read, you should treat every secret stored in them as compromised. We strongly recommend that you rotate the database credentials, third-party API keys and session secrets in that app's config vars, and review the app's activity feed and release history.

More information on managing API keys is available here:
https://devcenter.heroku.com/articles/authentication

If you have any questions, please open a ticket at https://help.heroku.com/.

The Heroku Security Team

Heroku is a Salesforce company.
Salesforce, Inc. | 415 Mission Street, 3rd Floor, San Francisco, CA 94105
""", provider="Heroku")

add("I09", "security-incident", "none", "en", "alt",
    ("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"),
    "gws-alerts@harborlight.example",
    "Sun, 16 May 2027 21:14:06 +0000",
    "Critical alert: Leaked password and suspicious activity for a user in minato-dental.example",
    """Google Workspace

Critical alert: Leaked password

Google detected that the password of a user in your organization was exposed on a third-party site, and that the exposed password was then used to sign in to the user's Google Account.

Organization: minato-dental.example
User: reception.shinagawa@minato-dental.example
Alert detected: May 16, 2027, 20:52 GMT

Related activity:
- Successful sign-in from a new device (Windows, Chrome) at 20:47 GMT, IP address 198.51.100.119
- A Gmail filter that forwards all incoming messages to an external address was created at 20:49 GMT
- 212 messages were downloaded with IMAP between 20:50 and 20:51 GMT

Because the activity indicates that the account was compromised, Google has signed the user out of all sessions and will require a password change at the next sign-in.

We recommend that you:
- Review the user's recent activity in the security investigation tool
- Delete the forwarding filter and check delegated access and third-party app access for the account
- Enforce 2-Step Verification for the organizational unit "Clinics/Reception"

View alert details:
https://admin.google.com/ac/ac?alertId=8c1f7e2d-4a90-4b5e-b3c6-71d2e0a9f584

You received this mandatory email service announcement to update you about important changes or events on your Google Workspace account. You are receiving this because you are listed as a secondary contact for this organization.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", provider="Google Workspace", brand="Google Workspace", color="#1a73e8")

add("I10", "security-incident", "none", "en", "alt",
    ("Microsoft Entra ID", "azure-noreply@microsoft.com"),
    "m365-admin@harborlight.example",
    "Mon, 24 May 2027 01:10:33 +0000",
    "Users at risk detected",
    """Microsoft Entra ID Protection

Users at risk detected

We detected 1 user at high risk in your organization, Calloway Insurance Brokers (calloway-brokers.example).

User: j.pemberton@calloway-brokers.example
Risk level: High
Risk state: At risk
Risk detections:
- Microsoft Entra threat intelligence (May 23, 2027, 22:41 UTC): sign-in activity matches a known attack pattern
- Anomalous token (May 23, 2027, 22:44 UTC): token replayed from an unfamiliar location, IP address 203.0.113.66
- Suspicious inbox manipulation rules (May 23, 2027, 22:58 UTC): a rule that moves messages containing "invoice" and "payment" to the RSS Feeds folder was created

The attacker used the replayed session token to access the user's mailbox and OneDrive. Because the sign-in used a stolen token, the user's password alone does not protect the account.

To remediate the risk, we recommend that you:
- Revoke all sessions for the user and require a secure password reset
- Remove the suspicious inbox rule and review recent sent items
- Review the sign-in logs and the risky users report for related activity
- Require phishing-resistant MFA for this user and apply token protection in Conditional Access

Review risky users:
https://entra.microsoft.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/~/RiskyUsers

You are receiving this email because you are a Global Administrator or a Security Administrator for this tenant. To configure these alerts, go to Users at risk detected alerts in Microsoft Entra ID Protection.

""" + MS_FOOT + "\n", provider="Microsoft Entra (Azure)",
    brand="Microsoft Entra", color="#0078d4")

add("I11", "security-incident", "2027-05-27", "en", "plain",
    ("MongoDB Atlas", "mongodb-atlas@mongodb.com"),
    "atlas@harborlight.example",
    "Tue, 25 May 2027 08:02:19 +0000",
    "Urgent: database credentials for project Redfern-Prod were found publicly exposed",
    """Hello Harborlight Systems,

MongoDB's security team found credentials for one of your Atlas database users in a public GitHub repository.

Organization: Harborlight Systems
Project: Redfern-Prod
Cluster: redfern-orders (M30, AWS Sydney ap-southeast-2)
Database user: inventory_rw (readWrite on database "inventory")
Found in: a connection string in a public repository, first visible on May 24, 2027 at 11:36 UTC

We also detected successful connections to the cluster with this user from IP address 192.0.2.201 between May 24, 2027 14:02 UTC and 16:47 UTC. That address has not connected to your project before. The connections were accepted because your project IP Access List contains the entry 0.0.0.0/0. During these connections, the user ran find operations that returned about 41,000 documents from the "customers" collection.

Please take the following steps:

1. Change the password of the database user inventory_rw and update your applications. Please do this before May 27, 2027. If the password is unchanged after that date, Atlas will temporarily disable the user to protect your data.
2. Remove 0.0.0.0/0 from the IP Access List and allow only the addresses your applications use.
3. Review the database access history and the project activity feed for other unexpected activity.
4. Remove the connection string from the repository and its history.

Guidance on securing your deployment:
https://www.mongodb.com/docs/atlas/security/

If you need help, contact MongoDB Support from the Atlas UI.

Thank you,
MongoDB Atlas Security

MongoDB, Inc. | 1633 Broadway, 38th Floor, New York, NY 10019
""", provider="MongoDB Atlas")

add("I12", "security-incident", "2027-05-29", "en", "plain",
    ("Twilio", "no-reply@twilio.com"),
    "twilio@harborlight.example",
    "Wed, 26 May 2027 17:40:02 +0000",
    "Security notice for your Twilio account",
    """Hi there,

We're reaching out because the primary Auth Token for one of your Twilio accounts has been exposed publicly and has been used by someone other than you.

Account: Minato Dental Reminders
Account SID: AC7f3e9d2b48c1a6e05f9b2d7c4a81e3f6
Exposed in: a public GitHub repository, detected May 26, 2027 at 09:14 UTC

After the token was exposed, it was used from IP addresses not associated with your applications to send 318 SMS messages to premium-rate numbers in several countries between 10:02 and 13:40 UTC. These messages were not sent by your applications. We have temporarily blocked SMS to high-risk destinations for this account; messages to Japan are not affected.

Please rotate your primary Auth Token within 3 days of this notice:

1. In the Twilio Console, go to Account > API keys & tokens and create a secondary Auth Token.
2. Update your applications to use the secondary token.
3. Promote the secondary token to primary. This invalidates the exposed token.

If the exposed token has not been rotated within 3 days, we will rotate it for you, and applications that still use it will stop working.

We also recommend that you move to API keys instead of the Auth Token, review your message logs for other unexpected traffic, and enable two-factor authentication for all users of the account.

More information:
https://www.twilio.com/docs/iam/api/authtoken

Twilio Trust & Safety

Twilio Inc. | 101 Spear Street, San Francisco, CA 94105
""", rel=("days", 3), provider="Twilio")
# ------------------------------------------------ action-required, AWS (13)

add("R01", "action-required", "2028-02-29", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+minato-prod@harborlight.example",
    "Fri, 07 May 2027 17:05:40 +0000",
    "[Action Required] Amazon RDS for PostgreSQL 15 end of standard support",
    """Hello,

You are receiving this message because you have one or more Amazon RDS for PostgreSQL 15 DB instances in your AWS account 604918273350.

The PostgreSQL community plans to end support for PostgreSQL 15 in November 2027. Amazon RDS will end standard support for PostgreSQL 15 on February 29, 2028. We recommend that you upgrade your PostgreSQL 15 DB instances to PostgreSQL 17 or higher before that date.

Timeline:

- November 1, 2027: You will no longer be able to create new RDS for PostgreSQL 15 DB instances from the console, except by restoring from an existing snapshot.
- February 29, 2028: End of standard support for RDS for PostgreSQL 15.
- March 1, 2028: DB instances still running PostgreSQL 15 are automatically enrolled in Amazon RDS Extended Support, and Extended Support charges apply.
- February 28, 2031: End of RDS Extended Support for PostgreSQL 15. Remaining instances will be upgraded automatically.

Your affected resources in the Asia Pacific (Tokyo) region are listed below:

minato-reserve-db (db.r7g.large, PostgreSQL 15.10)
minato-reserve-db-replica (db.r7g.large, PostgreSQL 15.10)
minato-reporting (db.t4g.medium, PostgreSQL 15.12)

You can upgrade with a major version upgrade in place, or with an Amazon RDS blue/green deployment to minimize downtime. We recommend testing the upgrade on a snapshot copy first and checking extension compatibility before upgrading production instances.

For more information, see the Amazon RDS User Guide:
https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.PostgreSQL.html

If you have questions or concerns, please contact AWS Support [1].

[1] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("R02", "action-required", "2027-07-01", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+redfern-prod@harborlight.example",
    "Fri, 14 May 2027 18:12:09 +0000",
    "[Action Required] AWS Lambda end of support for Node.js 22.x",
    """Hello,

We are contacting you as we have identified that your AWS Account 845120963307 currently has one or more AWS Lambda functions using the Node.js 22.x runtime.

We are ending support for Node.js 22.x in Lambda on July 1, 2027. This follows Node.js 22 End-Of-Life (EOL) reached on April 30, 2027 [1].

As described in the Lambda runtime support policy [2], end of support for language runtimes in Lambda happens in several stages. Starting on July 1, 2027, Lambda will no longer apply security patches and other updates to the Node.js 22.x runtime used by Lambda functions, and functions using Node.js 22.x will no longer be eligible for technical support. Additionally, you will no longer be able to create new Lambda functions using the Node.js 22.x runtime starting August 31, 2027. Starting September 30, 2027, you will no longer be able to update existing functions using the Node.js 22.x runtime.

We recommend that you upgrade your existing Node.js 22.x functions to Node.js 24.x before July 1, 2027.

End of support does not impact function execution. Your functions will continue to run. However, they will be running on an unsupported runtime which is no longer maintained or patched by the AWS Lambda team.

The following command shows how to use the AWS CLI to list all functions in a specific Region using Node.js 22.x:

aws lambda list-functions --region ap-southeast-2 --output text --query "Functions[?Runtime=='nodejs22.x'].FunctionArn"

A list of your affected Lambda functions is available in the 'Affected resources' tab of your AWS Health Dashboard.

If you have any concerns or require further assistance, please contact AWS Support [3].

[1] https://nodejs.org/en/about/previous-releases
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html
[3] https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("R03", "action-required", "2027-05-24", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+calloway@harborlight.example",
    "Mon, 03 May 2027 21:40:15 +0000",
    "[Retirement Notification] Amazon EC2 Instance scheduled for retirement",
    """Hello,

EC2 has detected degradation of the underlying hardware hosting your Amazon EC2 instance (instance-ID: i-0e41b7a9c25d8f316) associated with your AWS account (AWS Account ID: 736205918842) in the ap-northeast-1 region. Due to this degradation your instance could already be unreachable. We will stop your instance after 2027-05-24 00:00 UTC.

Instance details:
Name tag: calloway-fileshare-01
Instance type: m5.xlarge
Root device: EBS

You can see more information on your instances that are scheduled for retirement in the AWS Management Console (https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events)

* How does this affect you?
Your instance's root device is an EBS volume and the instance will be stopped after the specified retirement date. You can start it again at any time. Note that if you have EC2 instance store volumes attached to the instance, any data on these volumes will be lost when the instance is stopped or terminated as these volumes are physically attached to the host computer.

* What do you need to do?
You may still be able to access the instance. We recommend that you replace the instance by creating an AMI of your instance and launch a new instance from the AMI. Alternatively, you can stop and start the instance yourself before the retirement date, which moves it to healthy hardware. For more information, please see Amazon Machine Images (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/AMIs.html) and Stop and start your instance (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Stop_Start.html).

* Why retirement?
AWS may schedule instances for retirement in cases where there is an unrecoverable issue with the underlying hardware. For more information about scheduled retirement events please see the EC2 user guide (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-retirement.html).

If you have any questions or concerns, you can contact the AWS Support Team on the community forums and via AWS Premium Support at: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("R04", "action-required", "2027-06-10", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+redfern-prod@harborlight.example",
    "Wed, 19 May 2027 03:18:44 +0000",
    "Certificate renewal for shop.redfern-outdoor.example requires action",
    """Greetings from Amazon Web Services,

You have an SSL/TLS certificate from AWS Certificate Manager (ACM) in your AWS account 845120963307 that expires on June 10, 2027. This certificate includes the primary domain shop.redfern-outdoor.example and a total of 3 domains.

AWS account ID: 845120963307
AWS Region name: us-east-1
Certificate identifier: arn:aws:acm:us-east-1:845120963307:certificate/5b7e2c91-0d3f-4a68-9e1b-c47a2f608d13

ACM was unable to renew the certificate automatically because one or more domain names could not be validated. The DNS validation record for the following domain is no longer present in your DNS configuration:

www.redfern-outdoor.example - Validation status: Pending validation

The certificate is in use by the CloudFront distribution E2RFN8Q4XK71TA. If it expires, visitors to these domains will see certificate errors.

To renew the certificate, you must add the CNAME record shown in the ACM console for the domain above to your DNS configuration, or remove the domain from a replacement certificate, before the certificate expires on June 10, 2027. ACM will then renew the certificate automatically. You can find the required record here:

https://console.aws.amazon.com/acm/home?region=us-east-1#/certificates/5b7e2c91-0d3f-4a68-9e1b-c47a2f608d13

For more information about managed renewal, see:
https://docs.aws.amazon.com/acm/latest/userguide/check-certificate-renewal-status.html

If you have questions about this process, please contact AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("R05", "action-required", "2027-07-28", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+harborlight-mgmt@harborlight.example",
    "Mon, 24 May 2027 16:30:58 +0000",
    "[ACTION REQUIRED] Amazon EKS: Kubernetes version 1.36 end of standard support on July 28, 2027",
    """Hello,

You are receiving this message because you have one or more Amazon EKS clusters running Kubernetes version 1.36 in your AWS account 318540276619.

Standard support for Kubernetes version 1.36 in Amazon EKS ends on July 28, 2027. On July 29, 2027, clusters still running version 1.36 will automatically enter extended support, and you will be charged an additional fee of $0.50 per cluster per hour on top of the standard EKS cluster charge. Extended support for version 1.36 ends on July 28, 2028, after which EKS will automatically upgrade any remaining clusters.

Affected clusters:

hbl-shared-ops (ap-northeast-1)
aozora-portal (ap-northeast-1)
redfern-web (ap-southeast-2)

To avoid extended support charges, upgrade these clusters to Kubernetes version 1.37 or later before July 28, 2027. Before upgrading, we recommend that you:

- Review the Kubernetes and Amazon EKS release notes for removed and deprecated APIs
- Use the EKS upgrade insights in the console to check for blocking issues
- Update managed add-ons (VPC CNI, CoreDNS, kube-proxy) and self-managed node groups to compatible versions

If you prefer to remain on the standard support price, you can also change the cluster upgrade policy so that clusters upgrade automatically at the end of standard support.

For more information, see Understand the Kubernetes version lifecycle on EKS:
https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html

If you have questions, please contact AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("R06", "action-required", "2027-06-15", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+aozora@harborlight.example",
    "Wed, 12 May 2027 12:44:30 +0000",
    "Action needed: Confirm your AWS account contact information",
    """Dear AWS customer,

To help us reach you quickly about security and billing matters, we periodically ask account owners to confirm that the contact information on their account is complete and current.

AWS account: 519062483175
Account name: aozora-kindergartens-prod
Root user email: aws+aozora@harborlight.example

Our records show that this account has no alternate security contact and that the primary contact phone number could not be verified when we last attempted to reach it.

Please sign in to the AWS Management Console as the root user or as an IAM user with account management permissions, and complete the following by June 15, 2027:

1. Go to the Account page: https://console.aws.amazon.com/billing/home#/account
2. Review and confirm the primary contact name, address and phone number, and complete phone verification.
3. Add an alternate contact for Security, and optionally for Billing and Operations.

If the contact information has not been confirmed by June 15, 2027, access to the AWS Management Console for this account may be limited until the information is updated. Your running resources will not be affected.

If this account is managed by an AWS Partner on your behalf, please forward this message to the person responsible for the account.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("R07", "action-required", "2027-06-08", "en", "plain",
    ("Amazon Route 53", "no-reply-aws@amazon.com"),
    "aws+calloway@harborlight.example",
    "Mon, 17 May 2027 06:00:12 +0000",
    "Reminder: Domain calloway-brokers.example expires on June 8, 2027",
    """Dear AWS customer,

This is a reminder that the registration for the following domain, registered with Amazon Route 53 in AWS account 736205918842, expires soon. Automatic renewal is turned off for this domain.

Domain name: calloway-brokers.example
Expiration date: June 8, 2027 (UTC)
Automatic renewal: Disabled
Registrant contact: IT Department, Calloway Insurance Brokers

If you want to keep this domain, you must renew it before the expiration date. You can either turn on automatic renewal or renew the domain manually in the Route 53 console:

https://console.aws.amazon.com/route53/domains/home#/DomainDetail/calloway-brokers.example

If you do not renew the domain before it expires, the domain will stop resolving, and websites and email that use it will stop working. Depending on the top-level domain, you may be able to restore an expired domain for a limited period at an additional cost, but this is not guaranteed.

If you don't want to renew the domain, you don't need to do anything. The registration will end on the expiration date.

Important: Because this domain is used by the hosted zone Z04418273KQ2V9X8RDLM, which has records for email (MX) and for the company website, we recommend that you check with the domain owner before letting the registration expire.

For more information, see Renewing registration for a domain:
https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-renew.html

Regards,
Amazon Route 53

""" + AWS_FOOT + "\n", provider="AWS")

add("R09", "action-required", "2027-07-06", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+harborlight-mgmt@harborlight.example",
    "Thu, 20 May 2027 19:25:03 +0000",
    "Action required: Update IAM policies that use retiring AWS Billing permissions by July 6, 2027",
    """Hello,

We are contacting you because IAM policies or service control policies (SCPs) in your AWS account 318540276619, or in member accounts of your AWS Organization, still reference permissions in the retiring "billing-legacy" namespace.

On July 6, 2027, AWS will stop evaluating these legacy permissions. After that date, users and roles that rely only on them will lose access to the Billing and Cost Management console pages and APIs they use today, including Bills, Payments and Cost Explorer exports.

Policies we found that use the legacy permissions:

arn:aws:iam::318540276619:policy/HBL-FinanceReadOnly
arn:aws:iam::318540276619:policy/HBL-PartnerBillingAdmin
arn:aws:organizations::318540276619:policy/o-7h2kq9xm4d/service_control_policy/p-b81nqz3v (SCP "DenyBillingChanges")
arn:aws:iam::845120963307:policy/RedfernAccountsTeam

What you need to do:

1. Use the Affected policies tool in the Billing and Cost Management console to see the fine-grained actions that map to each legacy permission.
2. Update the policies listed above to use the fine-grained actions, such as "billing:GetBillingData", "payments:ListPaymentPreferences" and "invoicing:GetInvoicePDF".
3. Test access with the updated policies before July 6, 2027.

The bulk policy migrator script can update all affected policies in your organization at once:
https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/migrate-granularaccess-iam-mapping-reference.html

If you need more time, please contact AWS Support before the retirement date: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("R10", "action-required", "2027-07-15", "ja", "plain",
    ("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    "aws+minato-prod@harborlight.example",
    "Mon, 17 May 2027 08:31:27 +0000",
    "【要対応】AWS Lambda における Python 3.10 のサポート終了について [AWS アカウント: 604918273350]",
    """お客様

お客様の AWS アカウント 604918273350 において、Python 3.10 ランタイムを使用している AWS Lambda 関数が 1 つ以上存在することを確認したため、ご連絡しております。

Python 3.10 は 2026 年 10 月にコミュニティによるサポートが終了 (EOL) しました。これに伴い、AWS Lambda における Python 3.10 のサポートを 2027 年 7 月 15 日に終了いたします。

Lambda ランタイムサポートポリシー [1] に記載のとおり、サポート終了は段階的に行われます。

・2027 年 7 月 15 日: Python 3.10 ランタイムへのセキュリティパッチおよびその他の更新の適用を終了し、当該ランタイムを使用する関数はテクニカルサポートの対象外となります。
・2027 年 8 月 16 日: Python 3.10 ランタイムを使用する新しい関数を作成できなくなります。
・2027 年 9 月 15 日: Python 3.10 ランタイムを使用する既存の関数を更新できなくなります。

サポート終了後も関数の実行には影響はありませんが、保守やパッチ適用が行われないランタイム上で動作することになります。2027 年 7 月 15 日までに、既存の関数を Python 3.13 以降へ移行していただきますようお願いいたします。

影響を受ける関数 (アジアパシフィック (東京) リージョン):
minato-reminder-sender
minato-reserve-webhook
minato-nightly-export

影響を受ける関数の一覧は、AWS Health Dashboard の「影響を受けるリソース」タブでもご確認いただけます。

ご不明な点がございましたら、AWS サポート [2] までお問い合わせください。

[1] https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/lambda-runtimes.html
[2] https://aws.amazon.com/jp/support

アマゾン ウェブ サービス

""" + AWS_JP_FOOT + "\n", enc="qp", provider="AWS")

add("R11", "action-required", "2027-06-04", "ja", "plain",
    ("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    "aws+aozora@harborlight.example",
    "Fri, 21 May 2027 04:52:36 +0000",
    "【AWS】お客様の Amazon EC2 インスタンスに関する重要なお知らせ",
    """お客様

AWS アカウント (ID: 519062483175) の ap-northeast-1 リージョンで稼働している Amazon EC2 インスタンス (インスタンス ID: i-03d9e6a1f47b2c805) をホストしている基盤ハードウェアに劣化が検出されました。この劣化により、インスタンスにすでに到達できなくなっている可能性があります。2027 年 6 月 4 日 00:00 UTC 以降に、当該インスタンスを停止いたします。

インスタンス情報:
Name タグ: aozora-photo-share
インスタンスタイプ: t3.large
ルートデバイス: EBS

リタイアが予定されているインスタンスの詳細は、AWS マネジメントコンソールのイベントページ (https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events) でご確認いただけます。

■ お客様への影響
ルートデバイスが EBS ボリュームのため、リタイア日以降にインスタンスは停止されます。停止後はいつでも再度起動できます。インスタンスストアボリュームをご利用の場合、停止または終了時にそのデータは失われますのでご注意ください。

■ お客様にお願いしたいこと
リタイア日より前に、インスタンスの停止と起動をお客様ご自身で実施していただくと、インスタンスは正常なハードウェアに移動します。または、インスタンスから AMI を作成し、新しいインスタンスを起動して置き換えることをお勧めします。

詳しくは EC2 ユーザーガイド (https://docs.aws.amazon.com/ja_jp/AWSEC2/latest/UserGuide/instance-retirement.html) をご覧ください。

ご不明な点がございましたら、AWS サポート (https://aws.amazon.com/jp/support) までお問い合わせください。

アマゾン ウェブ サービス

""" + AWS_JP_FOOT + "\n", enc="b64", provider="AWS")

add("R12", "action-required", "2027-06-14", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+redfern-prod@harborlight.example",
    "Tue, 25 May 2027 11:09:48 +0000",
    "[ACTION REQUIRED] Amazon OpenSearch Service: service software update required",
    """Hello,

A required service software update is available for the following Amazon OpenSearch Service domain in your AWS account 845120963307:

Domain: redfern-catalog-search
Region: ap-southeast-2
Current service software: OpenSearch_2_19_R20261104
Required service software: OpenSearch_2_19_R20270418

This update contains security fixes for the OpenSearch Dashboards and the domain's underlying operating system. Because it is a required update, it must be applied to all domains.

Please apply the update by June 14, 2027. You can apply it immediately, or schedule it for a time that suits you, from the Amazon OpenSearch Service console or with the UpdateDomainConfig / StartServiceSoftwareUpdate API. The update uses a blue/green deployment; the domain remains available while it is applied, although you may see increased latency.

If the update has not been applied by June 14, 2027, OpenSearch Service will automatically apply it during the domain's off-peak window, starting on June 15, 2027.

To apply the update now:
https://console.aws.amazon.com/aos/home?region=ap-southeast-2#opensearch/domains/redfern-catalog-search

For more information, see Service software updates in Amazon OpenSearch Service:
https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html

If you have any questions, please contact AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("R13", "action-required", "2027-06-30", "en", "fwd",
    ("Liam O'Connell", "l.oconnell@harborlight.example"),
    "cloud-ops@harborlight.example",
    "Wed, 26 May 2027 09:12:40 +1000",
    "Fwd: Action required: Update DNS records for Amazon SES Easy DKIM for redfern-outdoor.example",
    fwd("""Morning all,

FYI - the Redfern DNS is still hosted at their old registrar, not in Route 53, so this one needs a change request with them (Sarah in their marketing team has the login). Three new CNAMEs, the old ones can stay until the cutover. I'll raise it at the Thursday call, but if anyone talks to Redfern before then please mention it.

Cheers,
Liam
""",
        "Amazon Web Services <no-reply-aws@amazon.com>",
        "Tue, May 25, 2027 at 11:03 PM",
        "Action required: Update DNS records for Amazon SES Easy DKIM for redfern-outdoor.example",
        "<aws+redfern-prod@harborlight.example>",
        """Hello,

You are receiving this message because the domain identity redfern-outdoor.example in your AWS account 845120963307 (region ap-southeast-2) uses Easy DKIM with 1024-bit keys that were created before 2020.

To improve the security of email sent through Amazon SES, we are retiring these legacy DKIM keys. Please publish the three new CNAME records shown in the Amazon SES console for this identity by June 30, 2027. After you publish the records, Amazon SES detects them automatically and starts signing with 2048-bit keys.

If the new records are not published by June 30, 2027, Amazon SES will stop signing messages from this identity with DKIM. Messages may then fail DMARC checks at receiving mail servers and be rejected or delivered to spam folders.

View the new records:
https://console.aws.amazon.com/ses/home?region=ap-southeast-2#/identities/redfern-outdoor.example

For more information, see Easy DKIM in Amazon SES:
https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-dkim-easy.html

Sincerely,
Amazon Web Services
"""), provider="AWS")

add("R14", "action-required", "2027-08-31", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+calloway@harborlight.example",
    "Thu, 27 May 2027 15:36:21 +0000",
    "AWS Notification",
    """Hello,

You are receiving this message because your AWS account 736205918842 has one or more AWS Elastic Beanstalk environments running on a platform branch that is scheduled for retirement.

Platform branch: PHP 8.1 running on 64bit Amazon Linux 2023
Retirement date: August 31, 2027

Affected environments:

calloway-quotes-prod (ap-northeast-1)
calloway-quotes-staging (ap-northeast-1)

PHP 8.1 reached community end of life, and Elastic Beanstalk will retire this platform branch on August 31, 2027. After the retirement date, the platform branch no longer receives security updates or bug fixes, managed platform updates stop, and you will not be able to create new environments on it. Existing environments continue to run, but we cannot provide technical support for issues that are caused by the retired platform.

Please migrate the environments listed above to a supported platform branch, such as PHP 8.4 running on 64bit Amazon Linux 2023, before August 31, 2027. We recommend that you first test your application on the new platform branch with a cloned environment, and then perform a blue/green deployment by swapping environment URLs.

For the list of retiring platform branches and their dates, see:
https://docs.aws.amazon.com/elasticbeanstalk/latest/platforms/platforms-retiring.html

For instructions on migrating, see:
https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/using-features.platform.upgrade.html

If you have any questions or concerns, please contact AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")
# ---------------------------------------------- action-required, others (15)

add("R15", "action-required", "2027-07-31", "en", "alt",
    ("Google Cloud", "CloudPlatform-noreply@google.com"),
    "gcp-admin@harborlight.example",
    "Tue, 11 May 2027 15:48:26 +0000",
    "[Action Required] Upgrade your Cloud SQL for MySQL 8.0 instances before extended support begins",
    """Hello Harborlight Systems,

We're writing to let you know that standard support for MySQL 8.0 on Cloud SQL ends on July 31, 2027, and that you have Cloud SQL for MySQL 8.0 instances that are affected.

What you need to know

MySQL 8.0 reached community end of life in April 2026. Cloud SQL continued to provide standard support for MySQL 8.0 to give you time to upgrade. Beginning August 1, 2027, Cloud SQL for MySQL 8.0 instances that have not been upgraded will automatically be enrolled in Cloud SQL extended support, and additional extended support charges will apply for each vCPU and GB of memory.

What you need to do

To avoid extended support charges, upgrade your MySQL 8.0 instances to MySQL 8.4 by July 31, 2027. You can perform an in-place major version upgrade from the Google Cloud console or with the gcloud CLI. We recommend testing the upgrade on a clone of each instance first.

Affected resources

Project ID: aozora-portal-prod (project number 583920174466)
- aozora-portal-db (asia-northeast1)
- aozora-portal-db-replica-1 (asia-northeast1)

Project ID: hbl-internal-tools (project number 201847736519)
- hbl-wiki-mysql (asia-northeast1)

For more information, see:
https://cloud.google.com/sql/docs/mysql/upgrade-major-db-version-inplace
https://cloud.google.com/sql/docs/mysql/extended-support

We're here to help

If you have questions or need assistance, please contact Google Cloud Support.

Thanks for choosing Google Cloud.

- The Google Cloud Team

""" + GOOGLE_FOOT + "\n", provider="Google Cloud", brand="Google Cloud",
    color="#4285f4")

add("R16", "action-required", "2027-09-15", "ja", "plain",
    ("Google Cloud", "CloudPlatform-noreply@google.com"),
    "gcp-admin@harborlight.example",
    "Thu, 20 May 2027 09:02:51 +0000",
    "【要対応】Cloud Storage での TLS 1.0 および 1.1 のサポート終了について",
    """Google Cloud をご利用のお客様

Cloud Storage の API エンドポイントにおける TLS 1.0 および TLS 1.1 のサポートを 2027 年 9 月 15 日に終了することをお知らせいたします。お客様のプロジェクトで、過去 30 日間に TLS 1.0 または 1.1 を使用したリクエストが確認されたため、ご連絡しております。

■ 変更内容
2027 年 9 月 15 日以降、storage.googleapis.com などの Cloud Storage エンドポイントへの TLS 1.0 / 1.1 による接続は拒否されます。TLS 1.2 以降を使用するクライアントには影響はありません。

■ お客様にご対応いただきたいこと
2027 年 9 月 15 日までに、Cloud Storage に接続するアプリケーション、ライブラリ、OS が TLS 1.2 以降を使用するよう更新してください。古い Java ランタイムや、サポートが終了した OS 上で動作するバックアップソフトウェアなどが、旧バージョンの TLS を使用している場合があります。

■ 影響を受けるプロジェクト
プロジェクト ID: minato-imaging-archive (プロジェクト番号: 774019283645)
直近 30 日間の TLS 1.0/1.1 リクエスト数: 約 18,400 件
主なユーザーエージェント: 「DentalScan Sync/3.1 (Windows Server 2012 R2)」

TLS バージョン別のリクエスト数は、Cloud Logging のデータアクセス監査ログで確認できます。詳細は以下のドキュメントをご覧ください。
https://cloud.google.com/storage/docs/security-considerations

■ サポート
ご不明な点がございましたら、Google Cloud サポートまでお問い合わせください。

今後とも Google Cloud をよろしくお願いいたします。

Google Cloud チーム

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
このメールは、Google Cloud またはお客様のアカウントに関する重要な変更をお知らせするために送信される、受信必須のサービスに関するお知らせです。
""", enc="b64", provider="Google Cloud")

add("R17", "action-required", "2027-07-01", "en", "plain",
    ("Google Workspace", "workspace-noreply@google.com"),
    "gws-admin@harborlight.example",
    "Mon, 24 May 2027 17:20:11 +0000",
    "Action required: Set up DKIM for minato-dental.example to keep delivering mail to Gmail",
    """Hello Administrator,

We're writing to let you know about a change to Gmail's requirements for email senders, and about action that your organization needs to take.

What's changing

Starting July 1, 2027, Gmail will begin rejecting messages from domains that send more than 5,000 messages a day to Gmail accounts if the messages are not signed with DKIM aligned with the From domain. Until now, such messages were only marked as spam.

What you need to do

Our records show that your Google Workspace domain minato-dental.example sends bulk messages to Gmail users (for example, appointment reminders), but DKIM signing has not been turned on for the domain. To avoid delivery failures, please set up DKIM by July 1, 2027:

1. Sign in to the Google Admin console.
2. Go to Apps > Google Workspace > Gmail > Authenticate email.
3. Select minato-dental.example and click Generate new record.
4. Add the TXT record to your domain's DNS settings.
5. Return to the Admin console and click Start authentication.

If your reminder messages are sent through a third-party service, make sure that service also signs with DKIM for minato-dental.example.

Learn more:
https://support.google.com/a/answer/174124
https://support.google.com/a/answer/81126

Thanks for choosing Google Workspace.

The Google Workspace Team

You have received this mandatory service announcement to update you about important changes to Google Workspace or your account.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", provider="Google Workspace")

add("R18", "action-required", "2027-09-30", "en", "plain",
    ("Microsoft Azure", "azure-noreply@microsoft.com"),
    "azure-admin@harborlight.example",
    "Wed, 05 May 2027 18:03:27 +0000",
    "Action required: Migrate your Azure Cache for Redis instances to Azure Managed Redis by 30 September 2027",
    """You're receiving this email because you use Azure Cache for Redis.

On 30 September 2027, Azure Cache for Redis (Basic, Standard and Premium tiers) will be retired. To avoid disruption to your applications, migrate your cache instances to Azure Managed Redis before that date.

Important dates:

- 1 July 2027: You will no longer be able to create new Basic, Standard or Premium Azure Cache for Redis instances. Existing instances can still be scaled and managed.
- 30 September 2027: Azure Cache for Redis Basic, Standard and Premium tiers are retired. Remaining instances will be disabled and their data will be unavailable.

Affected resources:

Subscription: Calloway-Production (a41c8e27-9d03-4f5b-8e6a-2b71c0d94f18)
- calloway-session-cache (Standard C1, Japan East)
- calloway-quote-cache (Premium P1, Japan East)

Required action

Migrate each instance to Azure Managed Redis by 30 September 2027. Azure Managed Redis offers higher throughput and availability and supports the Redis modules you may already be using. Most applications only need a new connection string; review the migration guidance for differences in clustering and ports.

Migration guidance:
https://learn.microsoft.com/azure/redis/migrate/migrate-overview

Help and support

If you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and you need technical help, create a support request in the Azure portal.

Tracking ID: ZR7M-2QK

""" + MS_FOOT + "\n", provider="Microsoft Azure")

add("R20", "action-required", "2027-06-30", "en", "plain",
    ("Microsoft 365 Message center", "o365mc@microsoft.com"),
    "m365-admin@harborlight.example",
    "Fri, 28 May 2027 07:14:09 +0000",
    "Message center: (Updated) Retirement of RBAC Application Impersonation role in Exchange Online (MC1190455)",
    """Microsoft 365 Message center

(Updated) Retirement of RBAC Application Impersonation role in Exchange Online
MC1190455 - Plan for change
Updated May 27, 2027: We have updated the content below with the final retirement date. Thank you for your patience.

Applies to: Calloway Insurance Brokers (calloway-brokers.example)

Act by: June 30, 2027

We are retiring the remaining assignments of the ApplicationImpersonation management role in Exchange Online. After June 30, 2027, applications that rely on this role to access mailboxes through Exchange Web Services (EWS) will receive access denied errors.

How this will affect your organization:

Your tenant has 2 active assignments of the ApplicationImpersonation role:
- svc-archiver@calloway-brokers.example (assigned by "Mail archive connector")
- svc-crm-sync@calloway-brokers.example (assigned by "CRM mailbox sync")

What you need to do to prepare:

Identify the applications that use these accounts and move them to Microsoft Graph with application access policies or RBAC for Applications in Exchange Online, which let you scope access to specific mailboxes. Then remove the role assignments. Contact the vendors of third-party applications to confirm that they support the new model before June 30, 2027.

Learn more:
https://learn.microsoft.com/exchange/permissions-exo/application-rbac

View this message in the Microsoft 365 admin center:
https://admin.microsoft.com/adminportal/home#/MessageCenter/:/messages/MC1190455

You're subscribed to this email using m365-admin@harborlight.example. To unsubscribe or change your settings, go to Message center preferences in the Microsoft 365 admin center.

""" + MS_FOOT + "\n", provider="Microsoft 365")

add("R21", "action-required", "2027-06-01", "en", "plain",
    ("Heroku", "noreply@heroku.com"),
    "heroku@harborlight.example",
    "Tue, 04 May 2027 16:40:55 +0000",
    "Reminder: upgrade your apps from the Heroku-22 stack",
    """Hello,

This is a reminder that the Heroku-22 stack reached end of life on April 30, 2027, together with Ubuntu 22.04 LTS standard support. Apps on Heroku-22 no longer receive security updates for the stack image.

You are receiving this email because the following apps you own or collaborate on still use Heroku-22:

redfern-inventory-api (team: harborlight-redfern)
redfern-admin (team: harborlight-redfern)
hbl-status-page (team: harborlight-internal)

Please upgrade these apps to the Heroku-24 stack before June 1, 2027.

From June 1, 2027, builds on the Heroku-22 stack will be disabled. Existing releases will keep running, but you will not be able to deploy code or config changes that require a new build until the app has been upgraded.

To upgrade an app:

$ heroku stack:set heroku-24 -a redfern-inventory-api
$ git commit --allow-empty -m "Upgrade to heroku-24"
$ git push heroku main

We strongly recommend testing the upgrade with a review app or a staging app first, as some system libraries and buildpack versions differ between stacks.

For more details, see the Heroku-24 stack documentation and the upgrade guide:
https://devcenter.heroku.com/articles/heroku-24-stack
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

If you have questions, please open a ticket at https://help.heroku.com/.

Thanks,
The Heroku Team

Heroku is a Salesforce company.
Salesforce, Inc. | 415 Mission Street, 3rd Floor, San Francisco, CA 94105
To manage your email preferences, visit https://dashboard.heroku.com/account/notifications
""", provider="Heroku")

add("R22", "action-required", "2027-06-21", "en", "html",
    ("Cloudflare", "noreply@notify.cloudflare.com"),
    "cloudflare@harborlight.example",
    "Mon, 10 May 2027 14:26:37 +0000",
    "Action required: Update CAA records before Cloudflare changes certificate authorities for your zones",
    """Hello,

We are writing to tell you about a change to the certificate authorities (CAs) that Cloudflare uses for Universal SSL and Advanced Certificate Manager certificates, and about zones in your account that need attention.

What is changing

Starting June 21, 2027, Cloudflare will issue and renew edge certificates for your zones using Google Trust Services and SSL.com, and will stop using Let's Encrypt as the default CA for Universal SSL.

Who needs to act

Zones that have CAA DNS records that only allow letsencrypt.org must be updated. If these records are not updated by June 21, 2027, Cloudflare will be unable to renew the edge certificates for these zones, and visitors will see certificate errors when the current certificates expire.

Zones in your account with restrictive CAA records:

redfern-outdoor.example (CAA: 0 issue "letsencrypt.org")
calloway-brokers.example (CAA: 0 issue "letsencrypt.org")

What you need to do

- Add CAA records for pki.goog and ssl.com to each zone listed above, or remove the restrictive CAA records.
- If you pin certificates or intermediate CAs in mobile apps or API clients, update the pins before June 21, 2027.

Zones without CAA records, and zones that use custom certificates, do not need any changes.

Read more in our developer documentation:
https://developers.cloudflare.com/ssl/reference/certificate-authorities/

Thank you,
The Cloudflare Team

You are receiving this service notification because you are an administrator of a Cloudflare account. You cannot unsubscribe from this type of message.
Cloudflare, Inc. | 101 Townsend St. | San Francisco, CA 94107
""", provider="Cloudflare", brand="Cloudflare", color="#f38020")

add("R23", "action-required", "2027-06-10", "en", "fwd",
    ("Kenji Mori", "k.mori@harborlight.example"),
    "devops@harborlight.example",
    "Thu, 27 May 2027 08:47:03 +0900",
    "Fwd: [GitHub] Two-factor authentication will be required for your account on June 10, 2027",
    fwd("""Hi all,

This is the shared @hbl-deploy-bot account again. Since the token incident earlier this month we really shouldn't be using a personal account for CI at all, but until the GitHub App migration is done it needs 2FA. I suggest we put the TOTP seed in the ops vault. Can someone own this? If it's not done by the 10th the bot gets locked out of everything and the Minato deploys stop.

Kenji
""",
        "GitHub <noreply@github.com>",
        "Wed, May 26, 2027 at 10:30 PM",
        "[GitHub] Two-factor authentication will be required for your account on June 10, 2027",
        "hbl-deploy-bot <github@harborlight.example>",
        """Hey @hbl-deploy-bot!

You are receiving this email because you are a member of an organization that requires two-factor authentication (2FA), or because your account contributes code on GitHub.com, and your account does not have 2FA enabled yet.

Your account must have two-factor authentication enabled by June 10, 2027.

After June 10, 2027, you will be prompted to set up 2FA when you sign in, and you will not be able to access GitHub.com, including your repositories and organizations, until 2FA is enabled. This includes access with personal access tokens and SSH keys from automation.

You can enable 2FA today in your account settings:
https://github.com/settings/security

You can use a TOTP app, a security key, a passkey or GitHub Mobile as your second factor. We strongly recommend downloading your recovery codes after you enable 2FA.

Learn more about two-factor authentication:
https://docs.github.com/authentication/securing-your-account-with-two-factor-authentication-2fa

Thanks,
The GitHub Team

GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107
"""), provider="GitHub")

add("R24", "action-required", "2027-06-09", "en", "plain",
    ("Atlassian", "noreply@am.atlassian.com"),
    "atlassian-admin@harborlight.example",
    "Tue, 18 May 2027 22:05:14 +0000",
    "Action required: Bitbucket Cloud app passwords stop working on June 9, 2027",
    """Hi there,

We're contacting you because members of your Bitbucket Cloud workspace still use app passwords.

Workspace: harborlight
Active app passwords used in the last 30 days: 7
Most recent use: May 18, 2027

As announced earlier, app passwords are being replaced by API tokens with scopes, which can be limited to specific products and permissions and which expire automatically. On June 9, 2027, all existing app passwords will stop working. Git operations over HTTPS, API calls and integrations that authenticate with an app password will fail after that date.

What you need to do

Before June 9, 2027:
1. Ask each user who owns an app password to create an API token with the scopes their scripts or tools need.
2. Update CI/CD pipelines, deployment scripts and Git credential helpers to use the new API tokens.
3. Delete the old app passwords once the new tokens are in place.

Workspace admins can see which users still have active app passwords on the workspace settings page:
https://bitbucket.org/harborlight/workspace/settings/

Learn how to create an API token:
https://support.atlassian.com/bitbucket-cloud/docs/create-an-api-token/

If you have questions, our support team is here to help: https://support.atlassian.com/contact/

Cheers,
The Atlassian Team

This message was sent to atlassian-admin@harborlight.example because you are an administrator of a Bitbucket Cloud workspace.
Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000, Australia
""", provider="Atlassian")

add("R25", "action-required", "2027-07-12", "en", "plain",
    ("Netlify", "team@netlify.com"),
    "netlify@harborlight.example",
    "Thu, 06 May 2027 20:19:42 +0000",
    "Action needed: your sites use the Ubuntu Jammy build image, which is being retired",
    """Hi Harborlight Systems,

We're retiring the Ubuntu Jammy (22.04) build image, and some of the sites on your team still use it.

On July 12, 2027, builds for sites that still use Ubuntu Jammy will stop running. Sites that are already deployed will keep serving traffic, but new deploys from Git, deploy previews and builds triggered by build hooks will fail until you update the build image.

Sites on your team that use Ubuntu Jammy:

aozora-kinder-www
aozora-events
hbl-docs

What you need to do

For each site, go to Site configuration > Build & deploy > Build image selection, choose Ubuntu Noble 24.04, and trigger a new deploy. Most sites build without any changes, but we recommend that you check:

- The Node.js, Python and Ruby versions set in your environment variables or version files
- Any packages you install with apt or that rely on older system libraries
- Deploy previews, so you can compare the output before switching production

Please make the change before July 12, 2027 to avoid failed builds.

Read the build image documentation:
https://docs.netlify.com/configure-builds/available-software-at-build-time/

Questions? Visit our support forums at https://answers.netlify.com/ or contact support from the Netlify UI.

Happy building,
The Netlify Team

Netlify, Inc.
You're receiving this email because you're an owner of a Netlify team. Manage notification settings: https://app.netlify.com/user/settings/notifications
""", provider="Netlify")

add("R26", "action-required", "2027-07-30", "ja", "plain",
    ("さくらインターネット", "support@sakura.ad.jp"),
    "sakura@harborlight.example",
    "Wed, 12 May 2027 15:00:18 +0900",
    "【重要】さくらのクラウドをご利用のお客様へ",
    """ハーバーライトシステムズ株式会社
ご担当者様

平素より「さくらのクラウド」をご利用いただき、誠にありがとうございます。

このたび、石狩第1ゾーンで提供している旧世代の「標準プラン SSD ディスク (2018年版)」につきまして、機器の老朽化に伴い、2027年7月30日(金)をもって提供を終了させていただくこととなりました。

お客様の会員 ID で、対象のディスクをご利用いただいていることを確認いたしましたので、ご連絡いたします。

■ 対象のディスク
 会員 ID : hbl52871
 ゾーン  : 石狩第1ゾーン
 ディスク名: minato-rec-db-disk01 (100GB)
 ディスク名: minato-rec-db-disk02 (250GB)

■ スケジュール
 2027年6月1日(火)  対象プランの新規作成・複製の受付終了
 2027年7月30日(金) 提供終了
 2027年8月2日(月)以降 未移行のディスクを順次停止・削除

■ お客様にお願いしたいこと
2027年7月30日(金)までに、対象ディスクのデータを新世代の「SSD プラン」ディスクへ移行してください。コントロールパネルの「ディスク修正」機能またはディスクの複製機能を使って移行できます。移行作業中はサーバーの停止が必要です。

移行手順の詳細は、以下のマニュアルをご確認ください。
https://manual.sakura.ad.jp/cloud/

期限を過ぎても移行されていないディスクは停止・削除され、データを復旧することはできません。お手数をおかけいたしますが、早めのご対応をお願いいたします。

ご不明な点がございましたら、サポートセンターまでお問い合わせください。

────────────────────
さくらインターネット株式会社
さくらのクラウド サポートセンター
https://www.sakura.ad.jp/
────────────────────
""", enc="qp", provider="Sakura Internet")

add("R27", "action-required", "2027-06-30", "ja", "plain",
    ("ConoHa", "info@conoha.jp"),
    "conoha@harborlight.example",
    "Fri, 14 May 2027 13:30:00 +0900",
    "【重要】ConoHaからのご連絡",
    """ConoHa をご利用いただき、誠にありがとうございます。

ConoHa VPS 旧プラン (Ver.2.0) のサービス提供を、2027年6月30日(水)をもちまして終了させていただきます。お客様のアカウントで旧プランのサーバーをご利用中のため、ご連絡いたしました。

【対象サーバー】
アカウント名: hbl-conoha-01
サーバー名: redfern-jp-proxy (メモリ 2GB / 東京リージョン)
サーバー名: hbl-monitor-jp (メモリ 1GB / 東京リージョン)

【今後のスケジュール】
2027年6月30日(水) 旧プラン (Ver.2.0) サービス提供終了
2027年7月1日(木) 旧プランのサーバーを順次停止
2027年7月31日(土) 停止したサーバーおよびデータの削除

【お客様にご対応いただきたいこと】
2027年6月30日(水)までに、新プラン (Ver.3.0) への移行をお願いいたします。コントロールパネルの「移行ツール」から、サーバーのイメージを新プランへ移行できます。移行後は IP アドレスが変更となりますので、DNS 設定などの変更もあわせてご対応ください。

移行手順はサポートサイトをご確認ください。
https://support.conoha.jp/

なお、移行期間中は新プランの初月料金を無料とさせていただきます。

お客様にはご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

――――――――――――――――――――
ConoHa by GMOインターネットグループ
https://www.conoha.jp/
※本メールは送信専用アドレスからお送りしております。
――――――――――――――――――――
""", enc="b64", provider="ConoHa")

add("R28", "action-required", "2027-07-26", "ja", "plain",
    ("エックスサーバー", "support@xserver.ne.jp"),
    "xserver@harborlight.example",
    "Fri, 21 May 2027 10:05:27 +0900",
    "【Xserver】PHP 7.4 / PHP 8.0 提供終了のお知らせ (2027年7月26日)",
    """エックスサーバーをご利用いただき、誠にありがとうございます。

このたび、エックスサーバーで提供している PHP 7.4 および PHP 8.0 の提供を、2027年7月26日(月)をもって終了させていただくこととなりました。

いずれのバージョンも PHP 開発元によるセキュリティサポートがすでに終了しており、脆弱性が修正されない状態となっております。お客様のサイトを安全にご利用いただくため、何卒ご理解いただけますようお願い申し上げます。

■ 対象のサーバー・ドメイン
サーバーID : hbl-xs0412
 minato-dental.example (PHP 7.4)
 kids.aozora-kinder.example (PHP 8.0)

■ 提供終了後の動作
2027年7月26日(月)以降、PHP 7.4 / 8.0 が設定されているドメインは、自動的に PHP 8.2 に切り替わります。プログラムが PHP 8.2 に対応していない場合、サイトが正しく表示されなくなる可能性があります。

■ お客様にお願いしたいこと
2027年7月26日(月)までに、サーバーパネルの「PHP Ver.切替」から PHP 8.2 以降へ切り替え、サイトが正常に動作することをご確認ください。WordPress をご利用の場合は、本体・テーマ・プラグインを最新版に更新してから切り替えることをおすすめいたします。

詳しくはマニュアルをご確認ください。
https://www.xserver.ne.jp/manual/

今後ともエックスサーバーをよろしくお願い申し上げます。

――――――――――――――――――――――――
エックスサーバー株式会社
https://www.xserver.ne.jp/
――――――――――――――――――――――――
""", enc="qp", provider="Xserver")

add("R29", "action-required", "2027-08-31", "ja", "plain",
    ("富士通 クラウドサービス", "fj-cloud-info@fujitsu.com"),
    "fujitsu-cloud@harborlight.example",
    "Mon, 24 May 2027 09:40:12 +0900",
    "ご連絡",
    """お客様各位

平素は富士通のクラウドサービスをご利用いただき、誠にありがとうございます。

このたび、オブジェクトストレージサービスで提供している「旧 API エンドポイント (v1)」を、2027年8月31日(火)をもちまして廃止させていただくこととなりましたので、ご案内いたします。お客様の契約番号で、過去 30 日以内に旧 API エンドポイントへのアクセスが確認されております。

■ 対象
契約番号: FJ-C-20418836
旧 API エンドポイント: objectstorage-v1.jp-east-1 (東日本リージョン)
直近のアクセス元: calloway-backup-gw (バックアップ連携)

■ 変更内容
2027年8月31日(火)以降、旧 API エンドポイントへのリクエストはエラーとなります。保存済みのデータは削除されず、新 API エンドポイント (v2) から引き続き参照できます。

■ お客様にご対応いただきたいこと
2027年8月31日(火)までに、ご利用中のアプリケーションやバックアップソフトウェアの接続先を新 API エンドポイントへ変更してください。新 API エンドポイントでは、署名方式 V4 による認証が必要となります。

変更手順につきましては、サービスポータルの「移行ガイド」をご参照ください。

ご不明な点がございましたら、ご契約のヘルプデスクまでお問い合わせください。

今後とも変わらぬご愛顧を賜りますよう、よろしくお願い申し上げます。

富士通株式会社
クラウドサービス事務局
""", enc="b64", provider="Fujitsu")

add("R30", "action-required", "2027-06-28", "ja", "plain",
    ("KDDI クラウドサービス", "cloud-info@kddi.com"),
    "kddi@harborlight.example",
    "Wed, 26 May 2027 16:15:40 +0900",
    "【KDDI】サーバー証明書の認証局変更に伴うお客様作業のお願い",
    """お客様各位

平素より KDDI のクラウドサービスをご利用いただき、誠にありがとうございます。

「KDDI クラウドプラットフォームサービス」の API エンドポイントおよびポータルで使用しているサーバー証明書について、発行元の認証局 (ルート証明書) を変更いたします。

■ 切替日時
2027年6月28日(月) 10:00 以降

■ 変更内容
新たなサーバー証明書は、新しいルート証明書を起点とする証明書チェーンで発行されます。ブラウザーや一般的な OS をご利用の場合は、特にご対応いただく必要はありません。

■ お客様にご対応いただきたいこと
以下に該当する場合は、2027年6月28日(月) までに、新しいルート証明書および中間証明書をご利用の環境の信頼ストアに追加してください。

・API クライアントや監視ツールで、証明書のピン留め (ピンニング) を行っている場合
・独自の信頼ストアを持つ古い Java 環境や組込み機器から API を利用している場合

ご対応いただけない場合、切替日以降に API 接続がエラーとなる可能性があります。

■ 対象のご契約
お客様 ID: KD-77310284 (ハーバーライトシステムズ株式会社 様)

新しい証明書のダウンロードおよび詳細な手順は、お客様ポータルのお知らせをご確認ください。

本件に関するお問い合わせは、KDDI クラウドサポートセンターまでご連絡ください。

KDDI株式会社
""", enc="qp", provider="KDDI")
# --------------------------------------------------- security-advisory (8)

add("S01", "security-advisory", "none", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+harborlight-mgmt@harborlight.example",
    "Wed, 05 May 2027 18:30:12 +0000",
    "AWS Security Bulletin AWS-2027-014: containerd issue affecting Amazon EKS optimized AMIs (CVE-2027-31408)",
    """Hello,

You are receiving this notification because your AWS account 318540276619 has Amazon EKS nodes that were launched from Amazon EKS optimized AMIs that include an affected version of containerd.

Bulletin ID: AWS-2027-014
Scope: Amazon EKS, Amazon ECS, Amazon Linux
Content type: Important (requires attention)
Publication date: 2027/05/05 09:00 AM PDT

Description:
AWS is aware of CVE-2027-31408, an issue in containerd versions 2.0.0 through 2.0.7 and 1.7.0 through 1.7.31. Under certain conditions, a container image with specially crafted layer metadata could cause files to be written outside the container's root filesystem during image pull. To be exploited, an actor would need to convince a user to pull and run a malicious image. AWS has not identified any active exploitation of this issue.

Affected versions:
Amazon EKS optimized AMIs (AL2023) released before 2027/05/01
Amazon ECS optimized AMIs (AL2023) released before 2027/05/01

Resolution:
Updated AMIs with containerd 2.0.8 are available. We recommend that customers update managed node groups to the latest AMI release version, and update self-managed nodes by replacing them with instances launched from the latest AMI or by running "sudo dnf update containerd" and restarting the container runtime. Customers using AWS Fargate are not affected and do not need to take action.

Affected node groups in your account include:
hbl-shared-ops / ng-general-2027a (ap-northeast-1)
redfern-web / ng-web (ap-southeast-2)

For the full bulletin, see:
https://aws.amazon.com/security/security-bulletins/

Please contact AWS Support with any questions.

Security-related questions or concerns can be brought to our attention via aws-security@amazon.com.

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("S02", "security-advisory", "none", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+harborlight-mgmt@harborlight.example",
    "Sat, 15 May 2027 02:11:50 +0000",
    "Important information about your account",
    """Hello,

We're writing with recommendations to help you improve the security of your AWS account 318540276619 and the member accounts in your AWS Organization. This message does not indicate that your account has been compromised. It is based on a periodic review of the security configuration of your accounts.

Our review found:

- 9 IAM users with console passwords that do not have multi-factor authentication (MFA) enabled, across 4 member accounts
- 14 IAM access keys that have not been rotated in more than 365 days
- 2 member accounts in which the root user has active access keys

We recommend the following:

1. Enable MFA for every IAM user with console access. AWS supports passkeys and security keys, virtual authenticator apps, and hardware TOTP tokens, and you can register up to eight MFA devices per user.
2. Replace long-term access keys with temporary credentials wherever possible, for example IAM roles for workloads running on AWS and IAM Identity Center for people.
3. Delete root user access keys. For accounts in an AWS Organization, consider centralizing root access so that member accounts have no root credentials at all.
4. Turn on AWS Security Hub and IAM Access Analyzer to continuously monitor these findings.

You can review these findings for each account in the IAM console under Security recommendations:
https://console.aws.amazon.com/iam/home#/home

To learn more, see Security best practices in IAM:
https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("S03", "security-advisory", "none", "ja", "plain",
    ("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    "aws+minato-prod@harborlight.example",
    "Thu, 20 May 2027 06:44:05 +0000",
    "【セキュリティ情報】Amazon Linux における OpenSSH の脆弱性 (CVE-2027-28817) について",
    """お客様

AWS アカウント 604918273350 において、以下の脆弱性の影響を受ける可能性がある Amazon Linux 2023 の EC2 インスタンスをご利用いただいているため、ご連絡しております。

速報 ID: AWS-2027-016
対象: Amazon Linux 2023、Amazon Linux 2
公開日: 2027/05/19

■ 概要
AWS は、OpenSSH のサーバー (sshd) に存在する脆弱性 CVE-2027-28817 を認識しております。特定の条件下で、認証前のリモートの攻撃者がサービス拒否 (DoS) を引き起こす可能性があります。現時点で、AWS の環境においてこの脆弱性が悪用された事例は確認されておりません。

■ 対応状況
本脆弱性を修正した openssh パッケージを、Amazon Linux 2023 および Amazon Linux 2 のリポジトリで公開いたしました。AWS が管理するサービス (AWS Systems Manager Session Manager、EC2 Instance Connect エンドポイントなど) については、AWS 側で対応済みのため、お客様による対応は必要ありません。

■ 推奨事項
お客様が管理する EC2 インスタンスについては、以下のコマンドでパッケージを更新し、sshd を再起動することをお勧めします。

 sudo dnf update openssh
 sudo systemctl restart sshd

また、セキュリティグループで SSH (TCP 22) へのアクセスを必要な送信元に限定することも、影響の軽減に有効です。

影響を受ける可能性があるインスタンス (アジアパシフィック (東京) リージョン):
i-0b71e4c9a2d35f860 (minato-bastion)
i-05c3a8f19e7d24b61 (minato-reserve-app-1)

詳細はセキュリティ速報のページをご覧ください。
https://aws.amazon.com/jp/security/security-bulletins/

アマゾン ウェブ サービス

""" + AWS_JP_FOOT + "\n", enc="qp", provider="AWS")

add("S04", "security-advisory", "none", "en", "alt",
    ("Google Cloud", "CloudPlatform-noreply@google.com"),
    "gcp-admin@harborlight.example",
    "Wed, 12 May 2027 22:37:19 +0000",
    "Google Cloud security bulletin GCP-2027-021: Linux kernel vulnerability affecting GKE nodes",
    """Hello Harborlight Systems,

We're writing to let you know about a Linux kernel vulnerability, CVE-2027-29153, that affects Google Kubernetes Engine (GKE) nodes running Container-Optimized OS and Ubuntu.

Bulletin: GCP-2027-021
Severity: High
Published: May 12, 2027

What you need to know

A vulnerability in the Linux kernel's netfilter subsystem could allow a process running inside a container with the CAP_NET_ADMIN capability to escalate privileges to root on the node. Workloads that do not grant CAP_NET_ADMIN, and GKE Autopilot clusters, are not exploitable by default. Google is not aware of any exploitation of this vulnerability in GKE.

Patched node versions are now available. Clusters enrolled in a release channel, and clusters with node auto-upgrade enabled, will be upgraded automatically over the coming weeks according to their maintenance windows and exclusions.

Your clusters that may be affected:

Project: redfern-web-prod (481920357716)
- redfern-storefront (australia-southeast1), Standard, node version 1.36.4-gke.1187000

Project: hbl-internal-tools (201847736519)
- hbl-runners (asia-northeast1), Standard, node version 1.35.9-gke.2041000

What we recommend

We recommend that you manually upgrade the node pools of the clusters listed above to a patched version rather than waiting for auto-upgrade, and that you review which of your workloads are granted CAP_NET_ADMIN.

For patched versions and mitigation details, see:
https://cloud.google.com/kubernetes-engine/security-bulletins

We're here to help

If you have questions, please contact Google Cloud Support.

- The Google Cloud Team

""" + GOOGLE_FOOT + "\n", provider="Google Cloud", brand="Google Cloud",
    color="#4285f4")

add("S05", "security-advisory", "none", "en", "plain",
    ("Microsoft Azure", "azure-noreply@microsoft.com"),
    "azure-admin@harborlight.example",
    "Tue, 18 May 2027 20:55:43 +0000",
    "Azure security advisory: Update the Azure Connected Machine agent on your Arc-enabled servers",
    """Security advisory
Tracking ID: XK2B-9TQ

You're receiving this notification because you have Azure Arc-enabled servers running a version of the Azure Connected Machine agent that is affected by a security vulnerability.

Summary

Microsoft has released a fix for CVE-2027-30562, an elevation of privilege vulnerability in the Azure Connected Machine agent (azcmagent) for Windows and Linux. A local, low-privileged user on an affected server could exploit this vulnerability to run code with SYSTEM or root privileges. Microsoft has not detected exploitation of this vulnerability.

Affected versions: Azure Connected Machine agent 1.52 through 1.61
Fixed version: 1.62 or later

Affected resources

Subscription: Harborlight-Managed-Services (5d92f0b6-1a4e-4c37-9b8f-e06c3d71a2b4)
- CALLOWAY-DC01 (agent 1.58)
- CALLOWAY-FS02 (agent 1.58)
- minato-pacs-gw (agent 1.60)

Recommended action

We recommend that you update the agent on the servers listed above to version 1.62 or later as soon as possible. If you use automatic agent upgrades, the update will be applied within the next upgrade cycle. You can also update the agent with Microsoft Update, your package manager, or Azure Update Manager.

More information

Security Update Guide: https://msrc.microsoft.com/update-guide/
Upgrade the agent: https://learn.microsoft.com/azure/azure-arc/servers/manage-agent

Get help and support

If you have questions, get answers from community experts in Microsoft Q&A, or create a support request in the Azure portal.

""" + MS_FOOT + "\n", provider="Microsoft Azure")

add("S06", "security-advisory", "none", "en", "html",
    ("Atlassian", "noreply@am.atlassian.com"),
    "atlassian-admin@harborlight.example",
    "Thu, 27 May 2027 01:05:36 +0000",
    "Critical security advisory: Confluence Data Center and Server (CVE-2027-30977)",
    """Critical Security Advisory

Confluence Data Center and Server - Broken access control vulnerability (CVE-2027-30977)

Hi there,

You're receiving this email because you're a technical contact for a Confluence Data Center license.

Atlassian has identified a critical-severity vulnerability in Confluence Data Center and Server. An unauthenticated attacker with network access to an affected instance could create a Confluence administrator account and gain full control of the instance.

Severity: Critical (CVSS 9.4)
Affected versions: 8.5.0 to 8.5.23, 9.2.0 to 9.2.11, 9.5.0 to 9.5.3
Fixed versions: 8.5.24 (LTS), 9.2.12 (LTS), 9.5.4 and later
Confluence Cloud is not affected.

Your licenses:
SEN-L48210937 - Confluence Data Center (Harborlight Systems internal knowledge base)

What you should do

We strongly recommend that you upgrade each affected instance to one of the fixed versions as soon as possible. If you are unable to upgrade immediately, restrict external network access to the instance, and apply the temporary mitigation described in the advisory. Instances that are accessible from the public internet are at the highest risk.

We also recommend checking for signs of compromise, such as new or unexpected members of the confluence-administrators group.

Read the full advisory, including the mitigation steps and indicators of compromise:
https://confluence.atlassian.com/security/

Download the fixed versions:
https://www.atlassian.com/software/confluence/download-archives

If you have questions, please contact Atlassian Support: https://support.atlassian.com/contact/

Thanks,
Atlassian Security Team

You're receiving this email because you subscribed to security advisories for your Atlassian products. Manage your email preferences: https://my.atlassian.com/email
Atlassian Pty Ltd, Level 6, 341 George Street, Sydney NSW 2000, Australia
""", provider="Atlassian", brand="ATLASSIAN", color="#0052cc")

add("S07", "security-advisory", "none", "ja", "plain",
    ("IIJ", "info@iij.ad.jp"),
    "iij@harborlight.example",
    "Mon, 24 May 2027 14:30:00 +0900",
    "【IIJ】お知らせ",
    """お客様各位

平素は IIJ のサービスをご利用いただき、誠にありがとうございます。

2027年5月21日(金)に公開された BIND 9 の脆弱性 (CVE-2027-27740) について、当社サービスへの影響とお客様へのお願いをご案内いたします。

■ 脆弱性の概要
BIND 9 のフルリゾルバー (キャッシュ DNS サーバー) において、細工された応答を処理する際にメモリを過剰に消費し、named が異常終了する可能性があります。遠隔の第三者によるサービス妨害 (DoS) につながるおそれがあり、重要度は「高」とされています。

■ 当社サービスへの影響
・IIJ DNS プラットフォームサービス: 影響を受けるバージョンは使用しておりません。
・IIJ GIO インフラストラクチャー P2 のフルリゾルバー: 2027年5月22日(土) に修正版を適用済みです。
上記サービスについて、お客様による対応は必要ありません。

■ お客様へのお願い
お客様ご自身で BIND 9 を運用されている場合 (仮想サーバー上のキャッシュ DNS サーバーなど) は、開発元の ISC が公開している修正版へのバージョンアップを推奨いたします。すぐに更新できない場合は、フルリゾルバーへの問い合わせを許可する送信元を必要な範囲に限定してください。

■ 参考情報
ISC のセキュリティアドバイザリ: https://kb.isc.org/docs/aa-00913
JPRS による注意喚起: https://jprs.jp/tech/

本件に関するお問い合わせは、IIJ サポートセンターまでご連絡ください。

株式会社インターネットイニシアティブ
https://www.iij.ad.jp/
""", enc="b64", provider="IIJ")

add("S08", "security-advisory", "none", "en", "plain",
    ("GitLab", "noreply@gitlab.com"),
    "gitlab-admin@harborlight.example",
    "Thu, 13 May 2027 00:18:29 +0000",
    "GitLab Patch Release: 20.0.1, 19.11.3, 19.10.5",
    """GitLab Patch Release: 20.0.1, 19.11.3, 19.10.5

Today we are releasing versions 20.0.1, 19.11.3, and 19.10.5 for GitLab Community Edition (CE) and Enterprise Edition (EE).

These versions contain important bug and security fixes, and we strongly recommend that all self-managed GitLab installations be upgraded to one of these versions immediately. GitLab.com is already running the patched version. GitLab Dedicated customers do not need to take action.

Security fixes in this release:

- Account takeover via crafted SAML response (CVE-2027-2231) - High
- Stored XSS in merge request diff view (CVE-2027-2517) - High
- Project import allows reading files from the server (CVE-2027-2604) - Medium
- Guest users can view confidential issue titles through the GraphQL API (CVE-2027-2698) - Medium
- Denial of service via crafted Markdown in wiki pages (CVE-2027-2742) - Low

Bug fixes in this release include corrections to container registry cleanup policies and to Geo replication of large LFS objects.

We recommend that self-managed instances using SAML single sign-on be upgraded first.

Read the full release post, including details of each vulnerability and upgrade instructions:
https://about.gitlab.com/releases/categories/releases/

To update GitLab, see the update page:
https://about.gitlab.com/update/

You are receiving this email because you subscribed to GitLab security notices. To stop receiving these emails, update your preferences: https://about.gitlab.com/company/preference-center/

GitLab Inc. | 268 Bush Street #350 | San Francisco, CA 94104-3503
""", provider="GitLab")

# -------------------------------------------------------- maintenance (12)

add("M01", "maintenance", "2027-05-19", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+calloway@harborlight.example",
    "Sat, 08 May 2027 01:40:22 +0000",
    "[Scheduled] Amazon EC2 instance reboot maintenance in the AP-NORTHEAST-1 region",
    """Hello,

One or more of your Amazon EC2 instances in the ap-northeast-1 region is scheduled for a system reboot so that AWS can perform maintenance on the underlying host.

AWS Account: 736205918842
Event type: system-reboot
Maintenance window: 2027-05-19 02:00 UTC to 2027-05-19 04:00 UTC

Affected instances:
i-02f8c6d4a91e37b50 (calloway-app-01, m6i.large)
i-0a4d71e9c38f25b06 (calloway-app-02, m6i.large)

During the maintenance window, each instance will be rebooted once. The reboot normally completes within a few minutes. The instances keep their instance IDs, private and public IP addresses, and data on EBS volumes. Data on instance store volumes is preserved during a system reboot.

No action is required on your part. If the scheduled time does not suit you, you can reschedule the event to another time within the allowed period from the Events page of the Amazon EC2 console, or reboot the instances yourself after the event is marked as available for a self-initiated reboot.

You can view the event and the affected resources in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes

For more information about scheduled events, see the Amazon EC2 User Guide:
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-instances-status-check_sched.html

If you have any questions or concerns, please contact AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("M02", "maintenance", "2027-06-01", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+minato-prod@harborlight.example",
    "Tue, 18 May 2027 10:26:07 +0000",
    "Amazon RDS notification",
    """Hello,

We are contacting you because Amazon RDS will perform scheduled maintenance on the hosts that run one or more of your DB instances in the Asia Pacific (Tokyo) region.

AWS Account: 604918273350

Scheduled maintenance:

minato-reserve-db (Multi-AZ) - 2027-06-01 17:00 to 17:30 UTC
minato-reporting (Single-AZ) - 2027-06-01 17:30 to 18:00 UTC

The maintenance has been scheduled during the weekly maintenance window configured for each DB instance.

What to expect:

- For Multi-AZ DB instances, Amazon RDS performs the maintenance on the standby, fails over, and then performs the maintenance on the old primary. Your applications may see a brief interruption of up to 60 seconds during the failover.
- For Single-AZ DB instances, the DB instance will be unavailable for approximately 10 minutes while the maintenance is performed.

No action is required on your part. The endpoint, parameter groups and configuration of your DB instances will not change. We recommend that your applications retry connections so they can recover automatically after a failover.

You can view the pending maintenance in the Amazon RDS console:
https://console.aws.amazon.com/rds/home?region=ap-northeast-1#events:

For more information, see Maintaining a DB instance in the Amazon RDS User Guide:
https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Maintenance.html

If you have questions, please contact AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("M03", "maintenance", "2027-05-27", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+redfern-prod@harborlight.example",
    "Thu, 13 May 2027 03:50:31 +0000",
    "[Planned Maintenance] AWS Direct Connect - Equinix SY3, Sydney",
    """Hello,

We will be performing planned maintenance on the AWS Direct Connect router that terminates one or more of your Direct Connect connections at the Equinix SY3 location in Sydney.

AWS Account: 845120963307
Region: ap-southeast-2
Location: Equinix SY3, Sydney, NSW (EqSY3)
Start time: Thu, 27 May 2027 14:00 UTC
End time: Thu, 27 May 2027 18:00 UTC

Affected connection:
dxcon-fh8k2q7v (1 Gbps, partner: Harborlight Systems via carrier)

Affected virtual interfaces:
dxvif-fg3m9x1a (private, redfern-prod VPC)

During the maintenance window, the connection listed above will be unavailable for up to 60 minutes while the router software is upgraded. If you have configured a redundant Direct Connect connection or a Site-to-Site VPN as a backup, traffic will fail over automatically to the backup path.

To verify that your backup path is working, we recommend checking the BGP session status of your redundant virtual interfaces before the maintenance starts. This maintenance cannot be rescheduled or cancelled.

You can view this event in the AWS Health Dashboard:
https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes

For guidance on building resilient Direct Connect connectivity, see:
https://docs.aws.amazon.com/directconnect/latest/UserGuide/resiliency_toolkit.html

If you have any questions, please contact AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("M04", "maintenance", "2027-06-03", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+aozora@harborlight.example",
    "Fri, 21 May 2027 08:17:54 +0000",
    "AWS Notification - Scheduled Maintenance",
    """Hello,

Amazon ElastiCache has scheduled node replacements for one or more of your clusters in the Asia Pacific (Tokyo) region as part of routine maintenance of the underlying infrastructure.

AWS Account: 519062483175

Cluster: aozora-portal-sessions (Valkey 8.1, cluster mode disabled)
Nodes to be replaced: aozora-portal-sessions-001, aozora-portal-sessions-002
Scheduled: 2027-06-03 15:00 UTC, during the cluster's weekly maintenance window (thu:15:00-thu:16:00)

What to expect:

ElastiCache replaces one node at a time. For the replica node, the replacement is transparent to your application. For the primary node, ElastiCache promotes the replica to primary before the replacement; your application may experience a few seconds of write unavailability while the DNS record of the primary endpoint is updated. Data is preserved because the cluster has a replica.

No action is required. The cluster endpoints and configuration will not change.

If the scheduled time is not convenient, you can change the cluster's maintenance window in the ElastiCache console before the scheduled time, and the replacement will be performed in the new window.

View the service updates for your clusters:
https://console.aws.amazon.com/elasticache/home?region=ap-northeast-1#/service-updates

For more information, see Managing maintenance:
https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/maintenance-window.html

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("M05", "maintenance", "2027-05-18", "en", "plain",
    ("Hetzner Online GmbH", "info@hetzner.com"),
    "hetzner@harborlight.example",
    "Mon, 03 May 2027 09:30:11 +0200",
    "Maintenance work: Router upgrade in Falkenstein data center park (FSN1-DC14)",
    """Dear Client,

We will be carrying out maintenance work on the core routers that connect the FSN1-DC14 data center to our backbone. This will improve the stability and capacity of our network.

Date: 18.05.2027
Start: 22:00 CEST
End: 19.05.2027 02:00 CEST
Location: Falkenstein, FSN1-DC14

Affected products:
Dedicated root servers and colocation in FSN1-DC14

Affected servers on your account (customer number K0418827365):
#1873204 EX44 (198.51.100.45)
#1873219 EX44 (198.51.100.46)
#1902755 AX52 (198.51.100.77)

Expected impact:
During the maintenance window, the servers listed above may experience short network interruptions of up to 10 minutes each while traffic is moved between routers. The servers themselves will not be restarted.

You do not need to take any action. We apologize for any inconvenience this may cause.

The current status of this maintenance work will be posted on our status page:
https://status.hetzner.com/

Kind regards

Your Hetzner Online Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
www.hetzner.com
""", provider="Hetzner")

add("M06", "maintenance", "2027-05-21", "en", "plain",
    ("OVHcloud", "support@ovh.com"),
    "ovh@harborlight.example",
    "Fri, 21 May 2027 13:05:48 +0200",
    "Emergency intervention on your server ns3187452.ip-198-51-100.eu",
    """Hello,

Our monitoring systems have detected a fault on the RAID controller of your dedicated server. To avoid data loss, our data center technicians need to replace the controller as soon as possible.

Server: ns3187452.ip-198-51-100.eu
Range: Advance-2
Data center: GRA2 (Gravelines, France)
Customer ID: hb74102-ovh

Intervention planned:
Date: 21/05/2027
Time: between 16:00 and 18:00 (Paris time)
Expected downtime: 30 to 45 minutes

During the intervention, the server will be switched off while the hardware is replaced, then restarted on its current operating system. Your data, IP addresses and configuration will not be modified.

We strongly recommend that you check that your backups are up to date before the intervention starts. If you have any concerns about this schedule, you can reply to ticket CS9128836 from your OVHcloud Control Panel, but please note that postponing the intervention increases the risk of a disk failure.

You can follow the progress of the intervention in the Control Panel, under Bare Metal Cloud > Dedicated servers > Interventions:
https://www.ovh.com/manager/

Thank you for your understanding.

Kind regards,
OVHcloud Customer Support

This email was sent automatically. Please do not reply directly to it.
""", provider="OVHcloud")

add("M07", "maintenance", "2027-05-25", "en", "plain",
    ("Linode", "support@linode.com"),
    "linode@harborlight.example",
    "Tue, 11 May 2027 19:22:38 +0000",
    "Information regarding your Linode",
    """Hello,

As part of our ongoing efforts to keep our infrastructure secure and reliable, we will be performing maintenance on the physical host that your Linode is on. This maintenance requires a migration of your Linode to a new host.

Linode: hbl-jump-osa (ID 58391047)
Data center: Osaka, JP (jp-osa)
Type: Scheduled migration
Scheduled start: 2027-05-25 03:00 UTC

What to expect

At the scheduled time, your Linode will be shut down, migrated to a new host within the same data center, and booted again. Your IP addresses and data will not change. The process usually takes between 20 and 60 minutes, depending on the size of your disks.

If you would like the migration to happen at a different time, you can start it yourself from the Linode's page in Cloud Manager at any time before the scheduled start. Otherwise, no action is required on your part.

Please make sure that any services running on your Linode are configured to start automatically when it boots.

You can see all scheduled maintenance for your account here:
https://cloud.linode.com/account/maintenance

If you have any questions, please open a support ticket. We're here to help.

Regards,
Akamai Cloud Support

Akamai Technologies, Inc.
145 Broadway, Cambridge, MA 02142
""", provider="Linode / Akamai")

add("M08", "maintenance", "2027-06-02", "ja", "plain",
    ("さくらのクラウド", "support@sakura.ad.jp"),
    "sakura@harborlight.example",
    "Tue, 18 May 2027 14:00:03 +0900",
    "【メンテナンス】さくらのクラウド 石狩第2ゾーン ネットワーク機器メンテナンスのお知らせ (2027年6月2日)",
    """さくらのクラウドをご利用のお客様へ

平素より「さくらのクラウド」をご利用いただき、誠にありがとうございます。

石狩第2ゾーンにおきまして、ネットワーク機器のソフトウェア更新を目的としたメンテナンスを下記の日程で実施いたします。

■ 実施日時
2027年6月2日(水) 02:00 ～ 06:00

■ 対象
石狩第2ゾーンのサーバー、ルーター+スイッチ、ロードバランサ

■ 影響
作業時間中、ネットワーク通信が最大 5 分程度、2 回にわたって断続的に停止します。サーバーの再起動は行いません。

■ お客様の対象リソース
会員 ID: hbl52871
 サーバー: minato-web01、minato-web02
 ロードバランサ: minato-lb01

お客様による事前の作業は必要ございません。作業は慎重に進めてまいりますが、やむを得ない事情により作業時間が延長となる場合がございます。進捗はさくらインターネットの障害・メンテナンス情報ページでお知らせいたします。
https://cloud.sakura.ad.jp/news/

お客様にはご迷惑をおかけいたしますが、何卒ご理解とご協力を賜りますようお願い申し上げます。

────────────────────
さくらインターネット株式会社
さくらのクラウド サポートセンター
https://www.sakura.ad.jp/
────────────────────
""", enc="b64", provider="Sakura Internet")

add("M09", "maintenance", "2027-06-12", "ja", "fwd",
    ("佐藤 美咲", "m.sato@harborlight.example"),
    "noc@harborlight.example",
    "Wed, 19 May 2027 10:22:17 +0900",
    "Fwd: 【Smart Data Platform】計画メンテナンスのお知らせ (東日本第3データセンター 電源設備点検)",
    fwd("""NOC 各位

NTT ドコモビジネスから、SDPF の東日本第3 DC の電源設備点検の案内が来ています。
対象はカロウェイ様の VPN ゲートウェイ (冗長構成の片系) のみで、サービス影響はない見込みですが、当日は夜間監視でアラートが上がると思いますので、監視のメンテナンス予定に登録をお願いします。

佐藤
""",
        "NTT Smart Data Platform <sdpf-info@ntt.com>",
        "2027年5月18日(火) 17:05",
        "【Smart Data Platform】計画メンテナンスのお知らせ (東日本第3データセンター 電源設備点検)",
        "<noc@harborlight.example>",
        """お客様各位

平素は Smart Data Platform をご利用いただき、誠にありがとうございます。

下記の日程で、東日本第3データセンターの電源設備の法定点検に伴う計画メンテナンスを実施いたします。

■ 作業日時
2027年6月12日(土) 01:00 ～ 05:00

■ 対象
東日本第3データセンターに設置された、ゲートウェイ機器の片系

■ お客様影響
冗長構成の片系ずつ切り替えを行うため、通常はサービスへの影響はございません。切替時に最大 30 秒程度の通信断が発生する可能性がございます。

■ 対象のお客様リソース
テナント ID: tnt-5d81a0c4
 VPN ゲートウェイ: vpngw-calloway-01 (東日本3)

作業の進捗状況は SDPF ポータルのお知らせにて掲載いたします。お客様による事前の作業は不要です。

ご迷惑をおかけいたしますが、ご理解とご協力をお願い申し上げます。

NTTドコモビジネス株式会社
Smart Data Platform サポート窓口
"""), enc="qp", provider="NTT (Smart Data Platform)")

add("M10", "maintenance", "2027-05-26", "en", "plain",
    ("Microsoft Azure", "azure-noreply@microsoft.com"),
    "azure-admin@harborlight.example",
    "Thu, 13 May 2027 06:41:15 +0000",
    "[Important] Planned maintenance for Azure Virtual Machines in Japan East",
    """Azure Service Health

Planned maintenance
Tracking ID: 7PLD-K8Z
Service: Virtual Machines
Region: Japan East

Azure will perform planned maintenance on the host infrastructure that supports some of your virtual machines in Japan East to improve reliability and performance.

Maintenance window:
Starts: 26 May 2027 19:00 UTC
Ends: 27 May 2027 07:00 UTC

Impact:
Most virtual machines will be paused for up to 30 seconds while the host is updated, with memory, open files and network connections preserved. Virtual machines that cannot use memory-preserving updates will be rebooted once during the window.

Affected resources:

Subscription: Calloway-Production (a41c8e27-9d03-4f5b-8e6a-2b71c0d94f18)
- CALLOWAY-DC01 (Standard_D4s_v5)
- calloway-web-vmss instances 0-3 (Standard_D2s_v5)

Subscription: Harborlight-Managed-Services (5d92f0b6-1a4e-4c37-9b8f-e06c3d71a2b4)
- hbl-monitor-je (Standard_B2ms)

Recommended action:
No action is required. Virtual machines in availability sets and virtual machine scale sets are updated one update domain at a time. To control the timing of maintenance for critical workloads in the future, consider using Maintenance Configurations.

Stay informed about Azure service issues by creating custom service health alerts: https://aka.ms/ash-videos

Learn more about maintenance for virtual machines in Azure:
https://learn.microsoft.com/azure/virtual-machines/maintenance-and-updates

""" + MS_FOOT + "\n", provider="Microsoft Azure")

add("M11", "maintenance", "2027-06-08", "en", "plain",
    ("Oracle Cloud Infrastructure", "no-reply@oracle.com"),
    "oci@harborlight.example",
    "Tue, 25 May 2027 12:00:40 +0000",
    "Oracle Cloud Infrastructure notification",
    """Oracle Cloud Infrastructure

Scheduled Maintenance Reminder

Tenancy: harborlight
Region: ap-tokyo-1 (Japan East - Tokyo)
Compartment: calloway-analytics

Oracle will perform scheduled infrastructure maintenance on the following resource:

Resource: calloway-adw (Autonomous Database, Autonomous Data Warehouse)
OCID: ocid1.autonomousdatabase.oc1.ap-tokyo-1.anxhiljr7q2wlpa5m4zkd3vbyc6tn8fe2rhx9gsjuq1wzo4m7e5a
Maintenance type: Quarterly infrastructure maintenance
Scheduled start: 2027-06-08 14:00 UTC
Estimated duration: 2 hours

What to expect:
During the maintenance window, the database remains available. Oracle applies updates in a rolling manner; sessions connected to the node being updated may be disconnected and should reconnect automatically if your application uses a service with Application Continuity. Long-running queries may need to be restarted.

No action is required. You can view the maintenance history and the next scheduled maintenance on the database details page in the Console.

Console:
https://cloud.oracle.com/db/adbs?region=ap-tokyo-1

Documentation:
https://docs.oracle.com/en-us/iaas/autonomous-database-serverless/doc/maintenance-windows-patching.html

You are receiving this email because you are subscribed to maintenance announcements for this tenancy. To change your announcement subscriptions, go to Governance & Administration > Announcements in the Console.

Copyright (c) 2027, Oracle and/or its affiliates. All rights reserved.
Oracle Corporation, 2300 Oracle Way, Austin, TX 78741, USA
""", provider="Oracle Cloud")

add("M12", "maintenance", "2027-05-27", "ja", "plain",
    ("ConoHa", "info@conoha.jp"),
    "conoha@harborlight.example",
    "Thu, 13 May 2027 18:00:00 +0900",
    "【ConoHa】メンテナンスのお知らせ",
    """ConoHa をご利用いただき、誠にありがとうございます。

東京リージョンのストレージ基盤において、信頼性向上を目的としたメンテナンスを下記日程にて実施いたします。

【実施日時】
2027年5月27日(木) 01:00 ～ 07:00

【対象】
東京リージョンの一部の VPS (ルートディスクおよび追加ディスク)

【お客様のアカウントで対象となるサーバー】
アカウント名: hbl-conoha-01
 redfern-jp-proxy
 hbl-monitor-jp

【影響】
作業時間中、対象サーバーのディスク I/O が最大 15 分程度停止、または大幅に遅延する場合があります。サーバーの再起動は行いませんが、I/O の停止によりアプリケーションがタイムアウトする可能性があります。

お客様による事前のご対応は不要です。データベースなど I/O の停止に敏感なアプリケーションをご利用の場合は、作業時間中の処理の停止をご検討ください。

メンテナンスの進捗および完了のお知らせは、ConoHa の障害・メンテナンス情報ページに掲載いたします。
https://www.conoha.jp/news/

ご不便をおかけいたしますが、何卒ご理解を賜りますようお願い申し上げます。

――――――――――――――――――――
ConoHa by GMOインターネットグループ
https://www.conoha.jp/
――――――――――――――――――――
""", enc="qp", provider="ConoHa")
# ------------------------------------------------------------ pricing (8)

add("P01", "pricing", "2027-07-01", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+harborlight-mgmt@harborlight.example",
    "Fri, 07 May 2027 21:02:33 +0000",
    "Upcoming pricing changes for Amazon CloudWatch Logs",
    """Hello,

We are writing to inform you about upcoming changes to Amazon CloudWatch Logs pricing that may affect your AWS bill. You are receiving this message because your AWS account 318540276619, or member accounts in your organization, used CloudWatch Logs in the last 90 days.

Effective July 1, 2027, the following changes will apply in all commercial AWS Regions:

1. Data ingestion for the Standard log class will be priced in tiers. The first 10 TB ingested per month will remain at the current price. Ingestion above 10 TB per month will be charged at a 20% lower rate. In the Asia Pacific (Tokyo) Region, for example, ingestion above 10 TB per month will be charged $0.608 per GB instead of $0.76 per GB.

2. CloudWatch Logs Live Tail will include 1,800 free minutes per account per month. Usage beyond the free minutes will be charged at $0.012 per minute, an increase from the current $0.01 per minute.

3. Log data archived (stored) for more than 3 years will be charged at the archive rate of $0.025 per GB-month, instead of the standard storage rate.

Based on your usage in April 2027, we estimate that these changes would have decreased your organization's CloudWatch Logs charges by approximately 4%. Your actual charges will depend on your usage.

You do not need to take any action. The new prices will be reflected automatically on your bill from July 1, 2027.

For current pricing, see:
https://aws.amazon.com/cloudwatch/pricing/

If you have questions about your bill, please contact AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("P02", "pricing", "2027-08-01", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+redfern-prod@harborlight.example",
    "Mon, 24 May 2027 20:48:15 +0000",
    "Your AWS account",
    """Hello,

We are writing to let you know about a change to the price of public IPv4 addresses on AWS that will affect your account 845120963307.

Starting August 1, 2027, the hourly charge for each public IPv4 address, including Elastic IP addresses and public IPv4 addresses assigned to EC2 instances, load balancers, NAT gateways and other services, will change from $0.005 per IP per hour to $0.006 per IP per hour in all AWS Regions. Idle Elastic IP addresses will be charged at the same rate.

The cost of acquiring and maintaining public IPv4 addresses has continued to rise as the supply of available addresses shrinks. The AWS Free Tier for Amazon EC2 will continue to include 750 hours of public IPv4 usage per month for the first 12 months.

Based on your usage in April 2027, your account used an average of 38 public IPv4 addresses, mostly in the Asia Pacific (Sydney) Region. At that level of usage, the change would increase your monthly charges for public IPv4 addresses from about $139 to about $166.

To reduce your costs, you can:

- Release Elastic IP addresses that are not associated with a resource
- Use IPv6 where your clients support it
- Use Amazon VPC IP Address Manager (IPAM) Public IP Insights to find and review your public IPv4 usage

For more information, see Amazon VPC pricing:
https://aws.amazon.com/vpc/pricing/

If you have any questions, please contact AWS Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("P03", "pricing", "2027-06-15", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+aozora@harborlight.example",
    "Thu, 20 May 2027 16:14:27 +0000",
    "Important update regarding your AWS account",
    """Hello,

We're writing to let you know about changes to the AWS Free Tier offers that apply to your AWS account 519062483175.

Starting June 15, 2027, the following always-free monthly allowances will change:

- Amazon CloudWatch: the free allowance for detailed monitoring metrics will change from 10 metrics to 5 metrics per month, and the free allowance for CloudWatch alarms will change from 10 to 5 alarm metrics per month.
- Amazon Simple Notification Service (SNS): the free allowance for email notifications will change from 1,000 to 500 notifications per month. The free allowance for mobile push notifications will not change.
- AWS Lambda: the free allowance of 1 million requests and 400,000 GB-seconds of compute time per month will not change.

Usage above the new free allowances will be charged at the standard rates for each service. Based on your usage in the last three months, we estimate that your account will incur additional charges of less than $5 per month as a result of these changes.

You don't need to take any action. If you want to monitor your usage against the Free Tier allowances, you can view the Free Tier page in the Billing and Cost Management console and set up AWS Budgets alerts:

https://console.aws.amazon.com/billing/home#/freetier

For more information about the AWS Free Tier, see:
https://aws.amazon.com/free/

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("P04", "pricing", "2027-07-01", "en", "alt",
    ("Google Workspace", "workspace-noreply@google.com"),
    "gws-billing@harborlight.example",
    "Wed, 12 May 2027 02:30:44 +0000",
    "Important changes to your Google Workspace pricing",
    """Hello Administrator,

We're writing to let you know about upcoming changes to the price of your Google Workspace subscription.

Over the past year we have added many new features to Google Workspace, including Gemini in Gmail, Docs and Meet, and new security capabilities for every edition. To reflect this added value, we are updating the list prices of several editions.

What's changing

Starting July 1, 2027, the price of Google Workspace Business Standard on the Flexible Plan will increase from ¥1,600 to ¥1,760 per user per month (excluding tax).

Your subscription

Organization: aozora-kinder.example
Edition: Business Standard
Plan: Flexible Plan
Licenses: 42

Because your organization is on the Flexible Plan, the new price will apply from July 1, 2027. For customers on the Annual/Fixed-Term Plan, the new price will apply at the first renewal on or after July 1, 2027.

What you need to do

No action is needed. If you would like to lock in a price for the next 12 months, you can switch to the Annual/Fixed-Term Plan in the Admin console, where the annual price per user per month is lower than the Flexible Plan price.

Review your subscription:
https://admin.google.com/ac/billing/subscriptions

Learn more about Google Workspace pricing:
https://workspace.google.com/pricing

Thank you for choosing Google Workspace.

The Google Workspace Team

You have received this mandatory service announcement to update you about important changes to Google Workspace or your account.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", provider="Google Workspace", brand="Google Workspace", color="#1a73e8")

add("P05", "pricing", "2027-08-01", "en", "alt",
    ("Microsoft 365 Message center", "o365mc@microsoft.com"),
    "m365-admin@harborlight.example",
    "Wed, 19 May 2027 06:21:35 +0000",
    "Major update: Microsoft 365 pricing changes effective August 1, 2027 (MC1187302)",
    """Microsoft 365 Message center

Major update: Microsoft 365 pricing changes effective August 1, 2027
MC1187302 - Stay informed

Applies to: Calloway Insurance Brokers (calloway-brokers.example)

Beginning August 1, 2027, Microsoft will update the list prices of several Microsoft 365 commercial subscriptions to reflect the new capabilities added over the past years, including Microsoft 365 Copilot Chat and expanded security features.

What's changing:

- Microsoft 365 Business Standard: from USD 12.50 to USD 14.00 per user/month (annual commitment)
- Microsoft 365 Business Premium: from USD 22.00 to USD 24.00 per user/month (annual commitment)
- Monthly billing for annual subscriptions will continue to carry a 5% premium compared with annual billing.
- Prices for Microsoft 365 E3 and E5 will not change.

How this will affect your organization:

Your tenant has 64 Microsoft 365 Business Premium licenses with annual commitment and monthly billing through a Cloud Solution Provider. New prices apply to new purchases and at renewal on or after August 1, 2027. If you buy through a partner, your partner will confirm the final prices that apply to you.

What you need to do to prepare:

No action is required. Review your upcoming renewal dates in the Microsoft 365 admin center and contact your partner if you have questions about your pricing.

View this message in the Microsoft 365 admin center:
https://admin.microsoft.com/adminportal/home#/MessageCenter/:/messages/MC1187302

""" + MS_FOOT + "\n", provider="Microsoft 365", brand="Microsoft 365",
    color="#0078d4")

add("P06", "pricing", "2027-09-01", "en", "html",
    ("DigitalOcean", "no-reply@digitalocean.com"),
    "do-admin@harborlight.example",
    "Tue, 25 May 2027 15:02:09 +0000",
    "An update from DigitalOcean",
    """Hi there,

We're writing to let you know about upcoming changes to the pricing of some DigitalOcean products. Starting with the billing period that begins September 1, 2027, the following prices will apply:

- Snapshots: from $0.06 to $0.065 per GiB per month
- Backups (weekly): from 20% to 22% of the Droplet price
- Outbound data transfer beyond your included allowance: remains $0.01 per GiB
- Basic Droplets: no change

Why are prices changing?

The cost of storage hardware and of operating our data centers has increased significantly. We have worked hard to keep Droplet prices unchanged, and the changes above apply only to storage-based products.

How does this affect your team?

Team: Harborlight Systems
Based on your usage in April 2027 (64 snapshots totaling 1,870 GiB and weekly backups on 11 Droplets), we estimate your monthly bill will increase by about $13.

You don't need to do anything. The new prices will be applied automatically. To reduce costs, you can delete old snapshots in the control panel, or set a retention policy for backups.

Learn more about our pricing:
https://www.digitalocean.com/pricing

If you have questions, our support team is happy to help: https://www.digitalocean.com/support

Thank you for building with DigitalOcean.

The DigitalOcean Team

You're receiving this email because you are the owner of a DigitalOcean team. This is a required service announcement.
(c) 2027 DigitalOcean, LLC. All rights reserved.
""", provider="DigitalOcean", brand="DigitalOcean", color="#0069ff")

add("P07", "pricing", "2027-10-01", "ja", "plain",
    ("エックスサーバー", "support@xserver.ne.jp"),
    "xserver@harborlight.example",
    "Wed, 26 May 2027 11:00:09 +0900",
    "【Xserver】「エックスサーバー」料金改定のお知らせ",
    """エックスサーバーをご利用いただき、誠にありがとうございます。

このたび、レンタルサーバー「エックスサーバー」の利用料金を、2027年10月1日(金)より改定させていただくこととなりました。

当社ではこれまで、サービス品質を維持しながら価格を据え置くよう努めてまいりましたが、電気料金やサーバー機器・ネットワーク機器の調達費用の継続的な上昇により、現行の料金体系を維持することが難しい状況となりました。お客様には多大なご負担をおかけいたしますこと、心よりお詫び申し上げます。

■ 改定内容 (12 ヶ月契約の場合・月額換算・税込)
 スタンダード: 1,100 円 → 1,210 円
 プレミアム : 2,200 円 → 2,420 円
 ビジネス  : 4,400 円 → 4,840 円

■ 適用開始
2027年10月1日(金) ご利用分より、新料金を適用いたします。

■ 対象のご契約
サーバーID: hbl-xs0412 (ビジネス / 12 ヶ月契約)

お客様による特別なお手続きは必要ございません。新料金は 2027年10月1日(金) より自動的に適用されます。

料金の詳細は、以下のページをご確認ください。
https://www.xserver.ne.jp/price/

今後もより一層のサービス向上に努めてまいりますので、引き続きエックスサーバーをよろしくお願い申し上げます。

――――――――――――――――――――――――
エックスサーバー株式会社
https://www.xserver.ne.jp/
――――――――――――――――――――――――
""", enc="b64", provider="Xserver")

add("P08", "pricing", "2027-06-01", "en", "plain",
    ("Snowflake", "no-reply@snowflake.com"),
    "snowflake-admin@harborlight.example",
    "Mon, 03 May 2027 17:45:03 +0000",
    "Notice of changes to Snowflake storage pricing and capacity discounts",
    """Dear Snowflake Customer,

We are writing to inform you of upcoming changes to Snowflake pricing that apply to your organization.

Organization: HARBORLIGHT
Account: REDFERN_ANALYTICS (AWS Asia Pacific (Sydney))
Contract type: On Demand

Effective June 1, 2027:

1. On-demand storage in AWS Asia Pacific (Sydney) will be billed at $25.00 per TB per month, a decrease from $27.00 per TB per month.
2. The price of credits for on-demand Enterprise Edition accounts in this region will not change.
3. The volume discount for capacity contracts will be simplified. Capacity purchases above $100,000 per year will receive a standard discount schedule published in the Snowflake Service Consumption Table, replacing individually negotiated discount tiers at renewal. Existing capacity contracts are not affected until their renewal date.
4. Serverless features, including Snowpipe and automatic clustering, will be billed using the updated credit multipliers listed in the Service Consumption Table dated June 1, 2027.

No action is required from you. The new rates will appear on your usage statements for June 2027 onward.

You can review your current usage and costs at any time in Snowsight under Admin > Cost Management.

The current Snowflake Service Consumption Table is available here:
https://www.snowflake.com/legal/

If you have questions, please contact your Snowflake account team or Snowflake Support.

Sincerely,
Snowflake Inc.

Snowflake Inc., 106 East Babcock Street, Suite 3A, Bozeman, MT 59715
You are receiving this required service notice as the account administrator.
""", provider="Snowflake")

# ------------------------------------------------------------ billing (8)

add("B01", "billing", "none", "en", "plain",
    ("Amazon Web Services, Inc.", "aws-receivables-support@email.amazon.com"),
    "aws+harborlight-mgmt@harborlight.example",
    "Sun, 02 May 2027 06:14:52 +0000",
    "Amazon Web Services Invoice Available [Account: 318540276619] [Invoice ID: 2187745390]",
    """Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement, for the account ending in 6619, is available on the AWS web site. Your account will be charged the following:

Total: $18,426.71 USD
(includes Japanese Consumption Tax of $1,675.16 USD)

Invoice ID: 2187745390
Invoice date: May 2, 2027
Billing period: April 1 - April 30, 2027
Seller of record: Amazon Web Services Japan G.K.

Payment will be charged automatically to the payment method on file for this account. You do not need to take any action.

This invoice is for the consolidated bill of your AWS Organization, which includes charges for 9 member accounts. You can see a complete break down of all charges on the Bills page, located here:
https://console.aws.amazon.com/billing/home#/bills

You can download a PDF copy of the invoice from the Invoices tab on the same page. The qualified invoice (tekikaku seikyusho) for Japanese Consumption Tax purposes is available for download in the same place.

You can manage your e-mail preferences for billing notifications in the Billing preferences page of the Billing and Cost Management console.

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc. or its affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
""", provider="AWS")

add("B02", "billing", "2027-05-27", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+redfern-prod@harborlight.example",
    "Mon, 17 May 2027 04:25:16 +0000",
    "IMPORTANT: Your AWS payment was unsuccessful [Account: 845120963307]",
    """Hello,

We were unable to charge your payment method for the following AWS invoice:

AWS account ID: 845120963307
Invoice ID: 2187751128
Invoice date: May 3, 2027
Amount due: AUD 4,912.38 (including GST)
Payment method: Visa ending in 4417

The payment was declined by your card issuer. This can happen when a card has expired, when the billing address does not match the address on file with the bank, or when the charge exceeds the card's limit.

To avoid any interruption to your AWS services, please update your payment method or pay the outstanding balance by May 27, 2027.

To make a payment or update your payment information:

1. Sign in to the AWS Billing and Cost Management console: https://console.aws.amazon.com/billing/home#/paymentmethods
2. On the Payments page, select the unpaid invoice and choose Complete payment, or add a new payment method and make it the default.

If we cannot collect payment by May 27, 2027, your AWS account may be suspended, and your resources may become unavailable. If you have already made this payment, please disregard this message.

If you have questions about this invoice, please contact AWS Customer Service from the AWS Support Center:
https://console.aws.amazon.com/support/home

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS", explicit=True)

add("B03", "billing", "none", "en", "plain",
    ("AWS Budgets", "budgets@costalerts.amazonaws.com"),
    "aws+aozora@harborlight.example",
    "Sat, 22 May 2027 00:07:41 +0000",
    "AWS Budgets: Aozora-Monthly-Total has exceeded your alert threshold",
    """AWS Budget Notification May 22, 2027
AWS Account 519062483175

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your Aozora-Monthly-Total budget is greater than 80.00% of the budgeted amount for the current month. The ACTUAL Cost associated with this budget is $1,693.20. You can find additional details below and by accessing the AWS Budgets dashboard [1].

Budget Name: Aozora-Monthly-Total
Budget Type: Cost
Budgeted Amount: $2,000.00
Alert Type: ACTUAL
Alert Threshold: > 80.00%
ACTUAL Amount: $1,693.20

Top services by cost this month:
Amazon Elastic Compute Cloud - Compute: $702.44
Amazon Relational Database Service: $411.90
Amazon Simple Storage Service: $236.17
Amazon CloudFront: $158.03
AWS Data Transfer: $97.61

Forecasted amount at end of month: $2,384.55

You can review your budgets, adjust thresholds and configure actions in the AWS Budgets dashboard. To find out which resources are driving the increase, use AWS Cost Explorer [2] and group costs by usage type.

[1] https://console.aws.amazon.com/billing/home#/budgets
[2] https://console.aws.amazon.com/cost-management/home#/cost-explorer

You are receiving this notification because the email address aws+aozora@harborlight.example is configured as a subscriber to this budget. To stop receiving these notifications, remove this address from the budget's alert settings.
""", provider="AWS")

add("B04", "billing", "2027-05-31", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+calloway@harborlight.example",
    "Mon, 10 May 2027 13:52:08 +0000",
    "Account notification",
    """Hello,

The credit card associated with your AWS account is about to expire.

AWS account ID: 736205918842
Payment method: Mastercard ending in 2093
Expiration date: 05/2027

To avoid interruption to your AWS services, please update your payment information before 31 May 2027. You can update the expiration date of the existing card or add a new payment method and set it as the default:

https://console.aws.amazon.com/billing/home#/paymentmethods

If the card expires and no valid payment method is available when your next invoice is issued, the payment will fail, and your account may be suspended until the balance is paid.

If you pay AWS by invoice or bank transfer and this card is not used for payment, you can remove it from your account.

For more information about managing payment methods, see:
https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/manage-general.html

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS", explicit=True)

add("B05", "billing", "none", "ja", "plain",
    ("アマゾン ウェブ サービス ジャパン合同会社", "aws-receivables-support@email.amazon.com"),
    "aws+minato-prod@harborlight.example",
    "Mon, 03 May 2027 03:02:47 +0000",
    "【AWS】ご請求に関するお知らせ",
    """アマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。

AWS アカウント 604918273350 の最新のご請求書を発行いたしましたので、お知らせいたします。

ご請求書番号: 2187746612
ご請求日: 2027年5月3日
ご利用期間: 2027年4月1日 ～ 2027年4月30日
ご請求金額: 1,284,310 円 (うち消費税 116,755 円)
請求元: アマゾン ウェブ サービス ジャパン合同会社

本ご請求書は、インボイス制度 (適格請求書等保存方式) に対応した適格請求書です。
登録番号: T7011001098354

ご請求金額は、アカウントに登録されているお支払い方法にて自動的にお支払いいただきます。お客様による手続きは必要ありません。

サービスごとのご利用明細は、AWS 請求とコスト管理コンソールの「請求書」ページでご確認いただけます。ご請求書の PDF も同じページからダウンロードできます。
https://console.aws.amazon.com/billing/home#/bills

主なご利用サービス:
Amazon Elastic Compute Cloud: 512,880 円
Amazon Relational Database Service: 398,420 円
Amazon Simple Email Service: 61,930 円
その他: 194,325 円

請求に関する通知メールの設定は、請求設定ページで変更できます。

今後ともアマゾン ウェブ サービスをよろしくお願いいたします。

""" + AWS_JP_FOOT + "\n", enc="b64", provider="AWS")

add("B06", "billing", "2027-06-04", "en", "alt",
    ("Google Payments", "payments-noreply@google.com"),
    "billing@harborlight.example",
    "Fri, 21 May 2027 05:33:19 +0000",
    "Action required: Your Google Cloud payment was declined",
    """Google Cloud

Your payment was declined

We tried to charge your payment method for your Google Cloud usage, but the payment was declined.

Billing account name: Harborlight - Aozora
Billing account ID: 01A7C3-5E92B4-D08F16
Amount due: ¥284,612
Payment method: Visa •••• 7731

To keep your Google Cloud services running, please make a manual payment or update your payment method by June 4, 2027. If we can't collect payment by that date, your billing account may be suspended, and the projects linked to it, including aozora-portal-prod, will stop serving.

Make a payment:
https://console.cloud.google.com/billing/01A7C3-5E92B4-D08F16/payment

Common reasons for a declined payment:
- The card has expired or has been replaced
- The card issuer blocked the transaction as a precaution
- The card's credit limit has been reached

If you have already fixed the problem, you can ignore this message. It may take up to 24 hours for the payment status to update.

Need help? Visit the Cloud Billing Help Center: https://cloud.google.com/billing/docs

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Cloud billing account.
""", provider="Google Cloud", brand="Google Cloud", color="#4285f4",
    explicit=True)

add("B07", "billing", "2027-06-05", "en", "html",
    ("Microsoft Azure", "microsoft-noreply@microsoft.com"),
    "billing@harborlight.example",
    "Thu, 06 May 2027 10:48:33 +0000",
    "Your Azure invoice is ready",
    """Your invoice is ready

Billing account: Calloway Insurance Brokers
Billing profile: Calloway - Production
Invoice ID: E0700KQ2J8
Billing period: April 1, 2027 - April 30, 2027
Invoice date: May 6, 2027
Amount due: USD 4,812.30
Due date: June 5, 2027
Payment method: Wire transfer

Your invoice for the billing period above is now available in the Azure portal. Because this billing profile pays by wire transfer, please send your payment so that it is received by the due date. Include the invoice ID in the payment reference so that we can apply the payment to the correct invoice. The remittance information is printed on the invoice PDF.

Charges by subscription:
Calloway-Production: USD 4,106.85
Calloway-DevTest: USD 705.45

View and download your invoice:
https://portal.azure.com/#view/Microsoft_Azure_CostManagement/Menu/~/invoices

To understand your charges, use Cost analysis in Microsoft Cost Management. To change who receives invoice emails, update the invoice email preferences of the billing profile.

If you have questions about your invoice, create a billing support request in the Azure portal.

""" + MS_FOOT + "\n", provider="Microsoft Azure", brand="Microsoft Azure",
    color="#0078d4", explicit=True)

add("B08", "billing", "none", "en", "plain",
    ("Datadog Billing", "billing@datadoghq.com"),
    "billing@harborlight.example",
    "Tue, 04 May 2027 15:10:27 +0000",
    "Your receipt",
    """Hi Harborlight Systems,

Thank you for your payment. This email is your receipt for your Datadog subscription.

Receipt number: DD-R-20270504-88421
Invoice number: INV-2027-0418837
Payment date: May 4, 2027
Amount paid: USD 2,947.60
Payment method: American Express ending in 1008
Organization: Harborlight Systems (datadoghq.com, US1)

Billing period: April 1, 2027 - April 30, 2027

Usage summary:
Infrastructure Pro hosts (annual commit, 40): USD 920.00
Infrastructure Pro hosts (on-demand, 6): USD 138.00
APM Pro hosts (12): USD 420.00
Log ingestion (1,240 GB): USD 124.00
Log indexing, 15-day retention (318 million events): USD 543.78
Synthetic API tests (410,000 runs): USD 205.00
Custom metrics overage (4,100): USD 205.00
Tax: USD 391.82

No further payment is required for this billing period. You can download a PDF copy of your invoice and receipt from the Plan & Usage page:
https://app.datadoghq.com/billing/history

To understand which teams and services drive your costs, use the Usage Attribution page. If you have questions about your bill, reply to this email or contact billing@datadoghq.com.

Thanks for using Datadog!

The Datadog Billing Team

Datadog, Inc. | 620 8th Avenue, 45th Floor, New York, NY 10018
""", provider="Datadog")
# ------------------------------------------------------- informational (14)

add("N01", "informational", "none", "en", "alt",
    ("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
    "cloud-ops@harborlight.example",
    "Thu, 13 May 2027 14:00:07 +0000",
    "You're invited: AWS re:Inforce 2027",
    """AWS re:Inforce 2027
June 15-17, 2027 | Philadelphia, PA

Hello Harborlight,

Join security builders, cloud architects and compliance leaders at AWS re:Inforce 2027, our annual learning conference focused on security, identity and compliance.

Over three days you can:

- Hear the latest security launches in the keynote from AWS security leadership
- Choose from more than 250 sessions, workshops, chalk talks and builders' sessions across tracks such as Threat Detection and Incident Response, Identity and Access Management, Data Protection and Generative AI Security
- Get hands-on in the Security Jam and capture-the-flag challenges
- Meet AWS experts and AWS Partners in the Expo

New this year: a full-day program for AWS Partners who run managed security services, with sessions on automating incident response across customer accounts.

Register now:
https://reinforce.awsevents.com/

Can't join us in person? Keynotes and selected sessions will be livestreamed and available on demand after the event.

We hope to see you there.

The AWS Events Team

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

Update your communication preferences or unsubscribe: https://pages.awscloud.com/communication-preferences
""", provider="AWS", brand="AWS re:Inforce 2027", color="#232f3e",
    headers=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

add("N02", "informational", "none", "en", "alt",
    ("Amazon Web Services", "aws-marketing-email-replies@amazon.com"),
    "cloud-ops@harborlight.example",
    "Tue, 04 May 2027 16:00:21 +0000",
    "AWS Monthly Newsletter - May 2027",
    """AWS Monthly Newsletter - May 2027

Hello,

Here is a selection of launches, resources and events from the past month.

Top announcements

- Amazon EC2: New memory-optimized instances powered by the latest AWS Graviton processors are now generally available in the Asia Pacific (Tokyo) and Asia Pacific (Sydney) Regions.
- Amazon S3: S3 Metadata now supports queries across multiple buckets in the same account.
- AWS Backup: You can now restore individual files from Amazon EBS snapshot backups directly in the console.
- Amazon Bedrock: New models and a larger context window for batch inference are now available.
- AWS Cost Management: Cost Explorer now shows a 12-month forecast with confidence intervals.

Learn and build

- Well-Architected Labs: new hands-on labs for multi-account security monitoring
- AWS Skill Builder: a free learning plan for AWS Partners who operate customer environments
- Blog: Five ways to reduce your observability costs without losing visibility

Upcoming events

- AWS Summit Japan: June 24-25, 2027
- AWS re:Inforce: June 15-17, 2027
- AWS Summit Sydney: August 2027

Read all launches on the What's New page:
https://aws.amazon.com/new/

Thank you for building with AWS.

The AWS Team

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.

You are receiving this newsletter because you subscribed to AWS communications. Unsubscribe: https://pages.awscloud.com/communication-preferences
""", provider="AWS", brand="AWS Monthly Newsletter", color="#232f3e",
    headers=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

add("N03", "informational", "none", "en", "plain",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+harborlight-mgmt@harborlight.example",
    "Tue, 18 May 2027 01:30:55 +0000",
    "Now available: a fourth Availability Zone in the AWS Asia Pacific (Osaka) Region",
    """Hello,

We are excited to announce that a fourth Availability Zone is now available in the AWS Asia Pacific (Osaka) Region (ap-northeast-3).

With this addition, customers in Japan can build highly available applications across four physically separate Availability Zones in the Osaka Region, and can use the Osaka and Tokyo Regions together for disaster recovery and data residency requirements within Japan.

The new Availability Zone supports the most widely used services, including Amazon EC2, Amazon EBS, Amazon RDS, Amazon Aurora, Amazon ElastiCache, Elastic Load Balancing, Amazon EKS, Amazon ECS and AWS Lambda. Additional services will become available over the coming months.

What this means for you

Your existing resources in the Osaka Region are not affected, and no action is needed. Availability Zone names are mapped independently for each account. To find the Availability Zone ID of the new zone (apne3-az4) in your account, use the EC2 console or the DescribeAvailabilityZones API.

If you use Auto Scaling groups or EKS node groups that span all Availability Zones in the Region, you can add subnets in the new Availability Zone at a time that suits you.

To learn more, visit the AWS Global Infrastructure page:
https://aws.amazon.com/about-aws/global-infrastructure/

Sincerely,
Amazon Web Services

""" + AWS_FOOT + "\n", provider="AWS")

add("N04", "informational", "none", "en", "reply",
    ("Amazon Web Services", "no-reply-aws@amazon.com"),
    "aws+harborlight-mgmt@harborlight.example",
    "Wed, 12 May 2027 07:58:14 +0000",
    "RE: [CASE 174338810526] Question",
    """Hello Kenji,

Thank you for contacting AWS Support. I'm happy to help with your question about how Savings Plans apply in your organization.

You asked whether the Compute Savings Plan purchased in the management account 318540276619 can be applied to usage in the member account of one of your customers (845120963307) and, if so, in which order.

By default, Savings Plans benefits are shared across all accounts in the consolidated billing family. The discount is applied first to usage in the account that owns the Savings Plan, and any remaining commitment is then applied to usage in the other member accounts, starting with the usage that gets the highest percentage discount.

If you would like to keep the benefit of the Savings Plan within your own account, or limit sharing to a group of accounts, you can turn off discount sharing for specific accounts, or use the billing transfer and billing groups features in AWS Billing Conductor to present customer-specific rates.

You can review how your Savings Plans are being applied in the Savings Plans utilization and coverage reports in the Billing and Cost Management console.

Useful documentation:
https://docs.aws.amazon.com/savingsplans/latest/userguide/sp-applying.html
https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/ri-turn-off.html

I hope this answers your question. If you have no further questions, no reply is needed; this case will be resolved automatically.

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

Best regards,
Arjun P.
Amazon Web Services

===================================================
To contact us again about this case, please return to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174338810526&language=en
===================================================

> On 2027-05-11 23:40 UTC, Kenji Mori wrote:
> Hi, we bought a Compute Savings Plan in our management account. Will it
> also cover the EC2 usage of our customer's member account, and how is the
> order decided?
""", provider="AWS",
    headers=[("In-Reply-To", "<case-174338810526-20270511T2340@harborlight.example>"),
             ("References", "<case-174338810526-20270511T2340@harborlight.example>")])

add("N05", "informational", "none", "en", "plain",
    ("AWS Partner Network", "no-reply-aws@amazon.com"),
    "partner@harborlight.example",
    "Mon, 31 May 2027 02:15:36 +0000",
    "Notice",
    """Hello Harborlight Systems,

Thank you for being an AWS Partner. This is your quarterly summary of your partnership status and benefits in AWS Partner Central.

Partner: Harborlight Systems
Partner path: Services Path
Tier: Advanced Tier Services Partner
Specializations: AWS Managed Service Provider (validated), AWS Migration Services Competency

Your status for Q2 2027:

- All tier requirements are met. Your Advanced tier status is confirmed through March 31, 2028.
- Certified individuals: 23 (requirement: 10)
- Customer launches in the last 12 months: 19 (requirement: 4)
- Customer satisfaction score: 4.7 out of 5, based on 11 responses

Benefits available to you this quarter:

- Proof of concept funding for qualified migration opportunities
- Marketing development funds for co-branded events in Japan and Australia
- Discounted AWS Certification exam vouchers for your team

To view the details of your benefits and apply for funding, sign in to AWS Partner Central:
https://partnercentral.awspartner.com/

There is nothing you need to do at this time. If your contact details have changed, you can update them at any time in Partner Central.

Thank you for building with AWS.

The AWS Partner Network Team

""" + AWS_FOOT + "\n", provider="AWS")

add("N06", "informational", "none", "ja", "html",
    ("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"),
    "cloud-ops@harborlight.example",
    "Wed, 19 May 2027 01:00:12 +0000",
    "【ご招待】AWS Summit Japan 2027 参加登録受付中",
    """AWS Summit Japan 2027
2027年6月24日(木)・25日(金) 幕張メッセ

ハーバーライトシステムズ株式会社
ご担当者様

日本最大の AWS を学ぶイベント「AWS Summit Japan 2027」の参加登録を受け付けております。今年も幕張メッセにて、2 日間にわたり開催いたします。

■ 主な見どころ
・基調講演: 生成 AI の本番活用と、クラウドの最新アップデート
・200 以上のセッション: 事例、技術解説、業界別トラック
・AWS Expo: AWS のエキスパートやパートナーによる展示とデモ
・AWS Builders' Fair: 参加者が実際に触れられるデモ展示
・パートナー向けトラック: マネージドサービスプロバイダーによる運用自動化の事例

■ 参加費
無料 (事前登録制)

■ 参加登録
https://aws.amazon.com/jp/summits/japan/

会場にお越しになれない方も、基調講演と一部のセッションをオンラインでご視聴いただけます。

皆さまのご参加を心よりお待ちしております。

アマゾン ウェブ サービス ジャパン合同会社
AWS Summit Japan 事務局

本メールは、AWS からのご案内の受信を希望された方にお送りしています。
配信停止をご希望の場合は、こちらから設定してください: https://pages.awscloud.com/communication-preferences
""", provider="AWS", brand="AWS Summit Japan 2027", color="#232f3e",
    enc="b64",
    headers=[("List-Unsubscribe", "<https://pages.awscloud.com/communication-preferences>")])

add("N07", "informational", "none", "en", "plain",
    ("Google Cloud", "googlecloud-noreply@google.com"),
    "gcp-admin@harborlight.example",
    "Thu, 06 May 2027 16:30:02 +0000",
    "Google Cloud Next '27 highlights: watch the sessions on demand",
    """Hi Harborlight,

Thanks for your interest in Google Cloud Next '27. Whether you joined us in Las Vegas, watched online, or missed it altogether, you can now catch up on everything you missed.

Watch on demand

All keynotes and more than 500 breakout sessions are now available on demand. A few of the most watched sessions:

- Opening keynote: the next generation of AI agents on Google Cloud
- Developer keynote: building, testing and running agents with Gemini
- What's new in GKE: running AI inference at scale
- Security keynote: using AI to find and fix threats faster
- Cost optimization for platform teams: lessons from 100 customers

Top announcements

- New Google Cloud regions announced for 2027 and 2028
- General availability of new AI accelerators on Compute Engine
- Expanded sovereign cloud options for customers in Japan and Australia
- New consolidated security posture dashboard in Security Command Center

Browse the full catalog:
https://cloud.withgoogle.com/next

Explore the session recaps and the full list of announcements on the Google Cloud blog:
https://cloud.google.com/blog

See you next year,
The Google Cloud Team

(c) 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043

You have received this email because you opted in to receive Google Cloud event communications. Unsubscribe: https://cloud.google.com/communication-preferences
""", provider="Google Cloud",
    headers=[("List-Unsubscribe", "<https://cloud.google.com/communication-preferences>")])

add("N08", "informational", "none", "ja", "alt",
    ("Microsoft Azure", "azure-noreply@microsoft.com"),
    "azure-admin@harborlight.example",
    "Tue, 25 May 2027 00:30:18 +0000",
    "【お知らせ】Azure 更新情報 (2027年5月)",
    """Microsoft Azure 更新情報 2027年5月号

Azure をご利用いただき、ありがとうございます。今月の主な更新情報をお届けします。

■ 一般提供開始 (GA)
・東日本リージョンで、最新世代の汎用仮想マシン シリーズが一般提供開始となりました。従来の世代と比べて、価格性能比が向上しています。
・Azure Backup で、Azure Files の保管コンテナー層バックアップが西日本リージョンでも利用可能になりました。
・Azure Monitor で、ログのクエリ結果を Excel に直接エクスポートできるようになりました。

■ プレビュー
・Azure Kubernetes Service (AKS) で、ノード OS の自動パッチ適用状況をまとめて確認できるダッシュボードのプレビューを開始しました。
・Microsoft Defender for Cloud で、エージェントレスのコンテナー脆弱性スキャンの対象レジストリが拡大されました。

■ イベント
・Microsoft AI Tour Tokyo: 2027年7月に開催予定です。詳細は後日ご案内いたします。

各更新の詳細は、Azure の更新情報ページをご覧ください。
https://azure.microsoft.com/updates/

本メールはお知らせのみを目的としており、お客様によるご対応は必要ありません。

Microsoft はお客様のプライバシーを尊重します。プライバシーに関する声明: https://go.microsoft.com/fwlink/?LinkId=521839
日本マイクロソフト株式会社
〒108-0075 東京都港区港南 2-16-3 品川グランドセントラルタワー
このメールは送信専用アドレスから送信されています。
""", provider="Microsoft Azure", brand="Microsoft Azure", color="#0078d4",
    enc="b64")

add("N09", "informational", "none", "en", "html",
    ("Cloudflare", "noreply@notify.cloudflare.com"),
    "cloudflare@harborlight.example",
    "Wed, 26 May 2027 15:00:44 +0000",
    "What's new at Cloudflare - May 2027",
    """What's new at Cloudflare

Hi there,

Here's a roundup of what we shipped this month.

Application security

- AI Crawl Control now shows which crawlers visited your site and lets you set per-crawler rules from one page.
- New managed rules for recently disclosed vulnerabilities in popular CMS plugins are enabled by default for all plans.

Performance

- Smart Tiered Cache now works with origins behind load balancers in multiple regions.
- Image transformations support two new output formats.

Developer platform

- Workers now support larger request bodies on paid plans.
- D1 databases can be replicated to read replicas in Asia Pacific with a single setting.

Zero Trust

- The Cloudflare One dashboard has a new overview page that highlights devices with outdated clients.

Blog highlights

- How we reduced cold start times for Workers by 30%
- A look inside our new data center in Osaka

Read the full changelog:
https://developers.cloudflare.com/changelog/

Thanks for being part of the Cloudflare community.

The Cloudflare Team

You received this email because you signed up for Cloudflare product updates. Unsubscribe or manage your email preferences: https://dash.cloudflare.com/profile
Cloudflare, Inc. | 101 Townsend St. | San Francisco, CA 94107
""", provider="Cloudflare", brand="Cloudflare", color="#f38020",
    headers=[("List-Unsubscribe", "<https://dash.cloudflare.com/profile>")])

add("N10", "informational", "none", "en", "html",
    ("Vercel", "notifications@vercel.com"),
    "vercel@harborlight.example",
    "Fri, 28 May 2027 18:12:30 +0000",
    "Vercel Changelog: What shipped in May",
    """Vercel Changelog - May 2027

Hi Harborlight Systems team,

Here's what's new on Vercel this month.

Fluid compute updates
Functions now scale down faster after traffic spikes, which reduces active CPU time for bursty workloads. No configuration changes are required.

Faster builds
Build caches are now shared between preview and production deployments of the same branch, cutting average build times for large monorepos.

Observability
You can now create alerts on p95 function latency and on error rates per route, and send them to Slack, email or a webhook.

Firewall
The Vercel Firewall dashboard shows a new view of blocked requests by country and by rule, and custom rules can be tested in log-only mode before they are enforced.

Domains
Domain transfers into Vercel now complete faster for most top-level domains, and DNS changes propagate to our edge in seconds.

Read the full changelog:
https://vercel.com/changelog

Thanks for building with us,
The Vercel Team

You're receiving this because you are a member of the "harborlight" team on Vercel. Manage your email preferences: https://vercel.com/account/notifications
Vercel Inc. | San Francisco, CA
""", provider="Vercel", brand="Vercel", color="#000000",
    headers=[("List-Unsubscribe", "<https://vercel.com/account/notifications>")])

add("N11", "informational", "none", "en", "plain",
    ("Netlify", "team@netlify.com"),
    "netlify@harborlight.example",
    "Mon, 17 May 2027 17:05:26 +0000",
    "We're updating our Terms of Service and Privacy Policy",
    """Hi Harborlight Systems,

We're writing to let you know that we're updating the Netlify Terms of Service and Privacy Policy. The updated documents take effect on June 28, 2027.

What's changing

- Clearer descriptions of how we process data for AI-assisted features, such as deploy troubleshooting suggestions, and how you can turn these features off for your team
- An updated list of subprocessors, including new infrastructure providers for our edge network in Asia Pacific
- Simplified language about account suspension and how we notify you before taking action
- Updated data transfer terms that reflect the latest standard contractual clauses

What you need to do

Nothing. You don't need to take any action to keep using Netlify.
From June 28, 2027, your continued use of Netlify means that you agree to the updated terms.

You can read the updated documents here:
https://www.netlify.com/legal/terms-of-use/
https://www.netlify.com/privacy/

If your organization has a signed enterprise agreement with Netlify, the terms of that agreement continue to apply.

If you have questions about these changes, contact us at https://www.netlify.com/support/.

Thanks for building with Netlify,
The Netlify Team

Netlify, Inc.
You're receiving this email because you have a Netlify account. This is a required service announcement.
""", provider="Netlify")

add("N12", "informational", "none", "en", "plain",
    ("Alibaba Cloud", "noreply@alibabacloud.com"),
    "alibaba@harborlight.example",
    "Mon, 10 May 2027 03:00:51 +0000",
    "Alibaba Cloud Monthly Update",
    """Alibaba Cloud Monthly Update - May 2027

Dear Harborlight Systems,

Thank you for choosing Alibaba Cloud. Here are the latest updates from our international sites.

Product updates

- Elastic Compute Service (ECS): New general-purpose instance families based on the latest processors are now available in the Japan (Tokyo) and Singapore regions.
- Object Storage Service (OSS): Cross-region replication now supports replication time control with a 15-minute objective.
- ApsaraDB RDS for MySQL: Serverless instances are now generally available in more regions.
- Model Studio: New multilingual models with improved Japanese language performance are now available through the international endpoint.

Security and compliance

- Cloud Security Center has added new detection rules for web shells and cryptocurrency miners.
- Our ISO/IEC 27001 and SOC 2 reports for 2026 are available in the Trust Center.

Events and training

- Alibaba Cloud webinar: Building a multi-cloud disaster recovery plan for Asia Pacific (online, June 2027)
- New free courses are available at Alibaba Cloud Academy.

Read more on our blog:
https://www.alibabacloud.com/blog

Best regards,
The Alibaba Cloud Team

Alibaba Cloud (Singapore) Private Limited
You are receiving this email because you are registered with Alibaba Cloud. Unsubscribe: https://www.alibabacloud.com/notification-settings
""", provider="Alibaba Cloud",
    headers=[("List-Unsubscribe", "<https://www.alibabacloud.com/notification-settings>")])

add("N13", "informational", "none", "ja", "plain",
    ("NEC クラウドサービス", "cloud-info@jpn.nec.com"),
    "nec-cloud@harborlight.example",
    "Thu, 27 May 2027 10:00:00 +0900",
    "お知らせ",
    """お客様各位

平素は NEC のクラウドサービスをご利用いただき、誠にありがとうございます。

このたび、「NEC Cloud IaaS」のサポートデスクの受付体制を一部変更いたしますので、ご案内申し上げます。

■ 変更内容
(1) 電話による技術的なお問い合わせの受付時間を、平日 9:00～17:30 から平日 9:00～18:00 に延長いたします。
(2) お客様ポータルのチャットによるお問い合わせ受付を開始いたします。
(3) 障害に関するお問い合わせは、これまでどおり 24 時間 365 日受け付けます。

■ 変更日
2027年7月1日(木) より

■ お客様への影響
本変更に伴い、お客様にご対応いただくことはございません。お問い合わせ窓口の電話番号およびメールアドレスに変更はございません。

今後もより一層のサービス向上に努めてまいります。引き続き NEC Cloud IaaS をよろしくお願い申し上げます。

なお、2027年6月のメンテナンス予定につきましては、別途お客様ポータルにてご案内いたします。

日本電気株式会社
NEC Cloud IaaS サポートデスク
https://jpn.nec.com/cloud/
""", enc="qp", provider="NEC")

add("N14", "informational", "none", "en", "plain",
    ("Fastly", "noreply@fastly.com"),
    "fastly@harborlight.example",
    "Fri, 21 May 2027 16:45:09 +0000",
    "An update on the Fastly network",
    """Hi Harborlight Systems,

We're continuing to grow the Fastly network, and we wanted to let you know about recent changes in the Asia Pacific region that may improve performance for your users.

New POP in Osaka

Our new point of presence (POP) in Osaka, Japan (ITM) is now serving traffic. Together with our existing POPs in Tokyo, it adds capacity and redundancy for users in western Japan. Early measurements show a median reduction in time to first byte of 12 ms for users in the Kansai area.

Expanded capacity in Sydney

We have doubled the capacity of our Sydney POP (SYD) and added new connections to local internet exchanges. This improves cache hit ratios and resilience for users in Australia.

What this means for you

Your services automatically use the new and expanded POPs. There are no configuration changes to make and no action required. If you restrict access to your origin by IP address, note that Fastly's public IP list is available through our API and is updated automatically:

https://api.fastly.com/public-ip-list

You can find the full list of POP locations on our network map:
https://www.fastly.com/network-map/

If you have any questions, please reach out to your account team or to support@fastly.com.

Thanks,
The Fastly Team

Fastly, Inc. | 475 Brannan Street, Suite 300, San Francisco, CA 94107
You're receiving this email because you are a Fastly customer. Manage your preferences: https://manage.fastly.com/account/personal/profile
""", provider="Fastly")
# ====================================================================== build

SENDER_DOMAINS = {
    "amazon.com", "email.amazon.com", "costalerts.amazonaws.com",
    "google.com", "microsoft.com", "hetzner.com", "digitalocean.com",
    "sendgrid.com", "sakura.ad.jp", "notify.cloudflare.com", "github.com",
    "heroku.com", "mongodb.com", "twilio.com", "am.atlassian.com",
    "gitlab.com", "iij.ad.jp", "ovh.com", "linode.com", "oracle.com",
    "conoha.jp", "xserver.ne.jp", "snowflake.com", "datadoghq.com",
    "fujitsu.com", "kddi.com", "netlify.com", "vercel.com",
    "alibabacloud.com", "jpn.nec.com", "fastly.com", "ntt.com",
    "harborlight.example",
}
URL_SUFFIXES = (
    "amazon.com", "repost.aws", "awsevents.com", "awscloud.com",
    "awspartner.com", "github.com", "npmjs.com", "hetzner.com",
    "digitalocean.com", "twilio.com", "sendgrid.com", "sakura.ad.jp",
    "cloudflare.com", "heroku.com", "google.com", "withgoogle.com",
    "microsoft.com", "azure.com", "aka.ms", "mongodb.com", "atlassian.com",
    "bitbucket.org", "netlify.com", "conoha.jp", "xserver.ne.jp",
    "iij.ad.jp", "isc.org", "jprs.jp", "gitlab.com", "linode.com",
    "ovh.com", "oracle.com", "snowflake.com", "datadoghq.com",
    "vercel.com", "alibabacloud.com", "nec.com", "fastly.com",
    "nodejs.org", ".example",
)
DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
             "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]

JA_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def h(key, n=40):
    return hashlib.sha256(("set-t/" + key).encode()).hexdigest()[:n]


def message_id(m):
    key, dom = m["key"], m["frm"][1].split("@")[1]
    x = h(key)
    if dom in ("amazon.com", "email.amazon.com", "costalerts.amazonaws.com"):
        return "<0106%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            x[:12], x[12:20], x[20:24], x[24:28], x[28:40])
    if dom == "harborlight.example":
        return "<CAH%s@mail.gmail.com>" % base64.b32encode(
            bytes.fromhex(x[:30])).decode().rstrip("=").lower()
    if dom.endswith("google.com"):
        return "<%s@google.com>" % x[:26]
    return "<%s.%s@%s>" % (x[:16], x[16:28], dom)


def addr_header(name, addr):
    if name.isascii():
        if re.search(r'[()<>@,;:\\".\[\]]', name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (Header(name, "utf-8").encode(), addr)


def subject_header(s):
    cs = "us-ascii" if s.isascii() else "utf-8"
    return Header(s, cs, maxlinelen=76, header_name="Subject").encode(
        linesep="\n")


def inline_html(s):
    s = html.escape(s, quote=False)

    def link(mo):
        url = mo.group(0)
        tail = ""
        while url and url[-1] in ".,);":
            tail = url[-1] + tail
            url = url[:-1]
        return '<a href="%s" style="color:#0066c0">%s</a>%s' % (url, url, tail)
    return re.sub(r"https?://[^\s<>\"]+", link, s)


def text_to_html(text, title, brand, color, lang):
    blocks = [b for b in re.split(r"\n\s*\n", text.strip("\n")) if b.strip()]
    out = []
    for b in blocks:
        lines = b.split("\n")
        if all(re.match(r"^\s*(- |\* |・)", ln) for ln in lines):
            out.append("<ul>")
            for ln in lines:
                out.append("<li>%s</li>" % inline_html(
                    re.sub(r"^\s*(- |\* |・)", "", ln)))
            out.append("</ul>")
        else:
            out.append("<p>" + "<br>\n".join(inline_html(ln) for ln in lines)
                       + "</p>")
    body = "\n".join(out)
    font = ("'Hiragino Sans','Meiryo',Arial,sans-serif" if lang == "ja"
            else "Arial,Helvetica,sans-serif")
    return (
        '<!DOCTYPE html>\n'
        '<html lang="%s">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<title>%s</title>\n</head>\n'
        '<body style="margin:0;padding:0;background-color:#f2f3f3;">\n'
        '<table role="presentation" width="100%%" cellpadding="0" '
        'cellspacing="0" border="0"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" '
        'cellspacing="0" border="0" style="background-color:#ffffff;">\n'
        '<tr><td style="background-color:%s;color:#ffffff;padding:18px 24px;'
        'font-family:%s;font-size:20px;font-weight:bold;">%s</td></tr>\n'
        '<tr><td style="padding:24px;font-family:%s;font-size:14px;'
        'line-height:1.6;color:#16191f;">\n%s\n</td></tr>\n'
        '</table>\n</td></tr></table>\n</body>\n</html>\n'
        % (lang, html.escape(title), color, font, html.escape(brand), font,
           body))


def encode_part(text, enc):
    """Return (transfer-encoding, encoded text)."""
    data = text.encode("utf-8")
    if enc == "7bit":
        assert text.isascii()
        assert all(len(ln) <= 998 for ln in text.split("\n"))
        return "7bit", text
    if enc == "qp":
        s = quopri.encodestring(data).decode("ascii")
        s = re.sub(r"(?m)^From ", "=46rom ", s)
        if not s.endswith("\n"):
            s += "\n"
        return "quoted-printable", s
    if enc == "b64":
        return "base64", base64.encodebytes(data).decode("ascii")
    raise ValueError(enc)


def leaf(ctype, text, enc):
    cte, payload = encode_part(text, enc)
    return ['Content-Type: %s; charset="utf-8"' % ctype,
            "Content-Transfer-Encoding: " + cte], payload


def build(m):
    name, addr = m["frm"]
    hdrs = [
        "Date: " + m["date"],
        "From: " + addr_header(name, addr),
        "To: " + m["to"],
        "Subject: " + subject_header(m["subject"]),
        "Message-ID: " + message_id(m),
    ]
    for k, v in m.get("headers", []):
        hdrs.append("%s: %s" % (k, v))
    hdrs.append("MIME-Version: 1.0")
    body = m["body"]
    if not body.endswith("\n"):
        body += "\n"
    nonascii_enc = m.get("enc", "qp")
    plain_enc = "7bit" if body.isascii() else nonascii_enc
    brand = m.get("brand", m.get("provider", ""))
    color = m.get("color", "#333333")
    kind = m["kind"]
    if kind in ("plain", "fwd", "reply"):
        ph, payload = leaf("text/plain", body, plain_enc)
        hdrs += ph
        content = payload
    elif kind == "html":
        doc = text_to_html(body, m["subject"], brand, color, m["lang"])
        ph, payload = leaf("text/html", doc, nonascii_enc if m["lang"] == "ja"
                           else "qp")
        hdrs += ph
        content = payload
    elif kind == "alt":
        boundary = "----=_Part_%s_%s" % (int(h(m["key"], 6), 16), h(m["key"] + "b", 16))
        hdrs.append('Content-Type: multipart/alternative; boundary="%s"'
                    % boundary)
        doc = text_to_html(body, m["subject"], brand, color, m["lang"])
        p1h, p1 = leaf("text/plain", body, plain_enc)
        p2h, p2 = leaf("text/html", doc, nonascii_enc if m["lang"] == "ja"
                       else "qp")
        content = ("This is a multi-part message in MIME format.\n\n"
                   "--%s\n%s\n\n%s\n--%s\n%s\n\n%s\n--%s--\n"
                   % (boundary, "\n".join(p1h), p1.rstrip("\n"),
                      boundary, "\n".join(p2h), p2.rstrip("\n"), boundary))
    else:
        raise ValueError(kind)
    hdrs.append("X-Training-Label: " + m["label"])
    hdrs.append("X-Training-Deadline: " + m["deadline"])
    return "\n".join(hdrs) + "\n\n" + content


def from_line(m):
    d = parsedate_to_datetime(m["date"]).astimezone(dt.timezone.utc)
    return "From %s %s %s %2d %s" % (m["frm"][1], d.strftime("%a"),
                                     d.strftime("%b"), d.day,
                                     d.strftime("%H:%M:%S %Y"))


def write_mbox():
    msgs = sorted(MSGS, key=lambda m: (parsedate_to_datetime(m["date"])
                                       .astimezone(dt.timezone.utc), m["key"]))
    chunks, escaped = [], 0
    for m in msgs:
        text = build(m)
        lines = []
        for ln in text.rstrip("\n").split("\n"):
            if ln.startswith("From "):
                ln = ">" + ln
                escaped += 1
            lines.append(ln)
        chunks.append(from_line(m) + "\n" + "\n".join(lines) + "\n")
    data = "\n".join(chunks)
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write(data)
    return msgs, escaped

# ====================================================================== check

PROBLEMS = []


def problem(key, msg):
    PROBLEMS.append("%s: %s" % (key, msg))


def add_days(d, n):
    return d + dt.timedelta(days=n)


def add_bdays(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
         "Sunday"]
WD_JA = "月火水木金土日"


def date_mentions(d):
    mon = MONTHS[d.month - 1]
    return [
        "%s %d, %d" % (mon, d.day, d.year),
        "%d %s %d" % (d.day, mon, d.year),
        "%s %d, %d" % (mon[:3], d.day, d.year),
        d.isoformat(),
        "%02d/%02d/%d" % (d.day, d.month, d.year),
        "%02d.%02d.%d" % (d.day, d.month, d.year),
        "%d年%d月%d日" % (d.year, d.month, d.day),
        "%d 年 %d 月 %d 日" % (d.year, d.month, d.day),
    ]


def check_weekdays(key, text):
    mon_re = "|".join(MONTHS)
    for mo in re.finditer(r"\b(%s), (%s) (\d{1,2}), (\d{4})"
                          % ("|".join(WD_EN), mon_re), text):
        d = dt.date(int(mo.group(4)), MONTHS.index(mo.group(2)) + 1,
                    int(mo.group(3)))
        if WD_EN[d.weekday()] != mo.group(1):
            problem(key, "weekday mismatch: " + mo.group(0))
    for mo in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) "
                          r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                          r"[a-z]* (\d{4})", text):
        mi = [x[:3] for x in MONTHS].index(mo.group(3)) + 1
        d = dt.date(int(mo.group(4)), mi, int(mo.group(2)))
        if d.strftime("%a") != mo.group(1):
            problem(key, "weekday mismatch: " + mo.group(0))
    for mo in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), "
                          r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                          r"(\d{1,2}), (\d{4})", text):
        mi = [x[:3] for x in MONTHS].index(mo.group(2)) + 1
        d = dt.date(int(mo.group(4)), mi, int(mo.group(3)))
        if d.strftime("%a") != mo.group(1):
            problem(key, "weekday mismatch: " + mo.group(0))
    for mo in re.finditer(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
                          r"\s*[（(]([月火水木金土日])[)）]", text):
        d = dt.date(int(mo.group(1)), int(mo.group(2)), int(mo.group(3)))
        if WD_JA[d.weekday()] != mo.group(4):
            problem(key, "weekday mismatch: " + mo.group(0))


def visible_text(part):
    raw = part.get_payload(decode=True).decode("utf-8")
    if part.get_content_type() == "text/html":
        raw = re.sub(r"(?s)<head>.*?</head>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    return raw


def check(msgs, escaped):
    meta = {message_id(m): m for m in msgs}
    raw = open(OUT, "rb").read()
    if b"\r" in raw:
        problem("file", "CR characters present")
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        problem("file", "non-ASCII bytes present")
        text = raw.decode("utf-8", "replace")
    if not text.endswith("\n"):
        problem("file", "does not end with newline")
    lines = text.split("\n")
    from_re = re.compile(r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                         r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                         r"[ 123]\d \d\d:\d\d:\d\d \d{4}$")
    seps = []
    for i, ln in enumerate(lines):
        if ln.startswith("From "):
            if i != 0 and lines[i - 1] != "":
                problem("file", "unescaped From line %d" % (i + 1))
            elif not from_re.match(ln):
                problem("file", "bad From_ line %d: %r" % (i + 1, ln))
            else:
                seps.append(i)
    if len(seps) != len(msgs):
        problem("file", "found %d From_ lines, expected %d"
                % (len(seps), len(msgs)))
    if sum(1 for ln in lines if ln.startswith(">From ")) != escaped:
        problem("file", "escaped From count mismatch")

    mb = mailbox.mbox(OUT, create=False)
    mb_ids = [mm["Message-ID"] for mm in mb]
    mb.close()
    if len(mb_ids) != len(msgs):
        problem("file", "mailbox module reads %d messages" % len(mb_ids))

    seen_ids = set()
    label_counts = {k: 0 for k in LABELS}
    kinds = {}
    table = {k: {"en": 0, "ja": 0, "dl": 0} for k in LABELS}
    for n, start in enumerate(seps):
        end = seps[n + 1] - 1 if n + 1 < len(seps) else len(lines) - 1
        chunk = "\n".join(lines[start + 1:end]) + "\n"
        em = email.message_from_string(chunk, policy=email.policy.compat32)
        mid = em["Message-ID"]
        m = meta.get(mid)
        if m is None:
            problem("file", "unknown Message-ID %s" % mid)
            continue
        key = m["key"]
        if mb_ids[n] != mid:
            problem(key, "mailbox module order/ID mismatch")
        if mid in seen_ids:
            problem(key, "duplicate Message-ID")
        seen_ids.add(mid)
        for hname in ("Date", "From", "To", "Subject", "Message-ID",
                      "MIME-Version", "Content-Type", "X-Training-Label",
                      "X-Training-Deadline"):
            vals = em.get_all(hname) or []
            if len(vals) != 1:
                problem(key, "header %s appears %d times" % (hname, len(vals)))
        # envelope sender / date consistency
        if lines[start].split()[1] != parseaddr(em["From"])[1]:
            problem(key, "envelope sender differs from From header")
        # Date header and weekday
        date_s = em["Date"]
        d_dt = parsedate_to_datetime(date_s)
        if date_s[:3] != d_dt.strftime("%a"):
            problem(key, "Date header weekday wrong: " + date_s)
        if not (dt.date(2027, 5, 1) <= d_dt.date() <= dt.date(2027, 5, 31)):
            problem(key, "Date outside May 2027")
        # addresses
        frm = parseaddr(str(make_header(decode_header(em["From"]))))[1]
        if frm.split("@")[1] not in SENDER_DOMAINS:
            problem(key, "sender domain not allowed: " + frm)
        if not em["To"].strip().endswith("@harborlight.example"):
            problem(key, "recipient outside harborlight.example")
        subj = str(make_header(decode_header(
            re.sub(r"\r?\n(?=[ \t])", "", em["Subject"]))))
        if subj != m["subject"]:
            problem(key, "subject round-trip mismatch")
        # labels
        label = em["X-Training-Label"]
        deadline = em["X-Training-Deadline"]
        if label not in LABELS:
            problem(key, "bad label " + label)
            continue
        label_counts[label] += 1
        if label != m["label"] or deadline != m["deadline"]:
            problem(key, "label/deadline header mismatch")
        if deadline != "none":
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", deadline):
                problem(key, "bad deadline format")
                continue
            dl = dt.date.fromisoformat(deadline)
            if dl < d_dt.date():
                problem(key, "deadline before Date header")
            if label in ("informational", "billing", "security-advisory") \
                    and not m.get("explicit"):
                problem(key, "deadline on %s without explicit flag" % label)
        rel = m.get("rel")
        if rel:
            base = d_dt.date()
            want = (add_days(base, rel[1]) if rel[0] == "days"
                    else add_bdays(base, rel[1]))
            if deadline != want.isoformat():
                problem(key, "relative deadline should be %s" % want)
        # MIME structure and encodings
        parts = []
        if em.is_multipart():
            if em.get_content_type() != "multipart/alternative":
                problem(key, "unexpected multipart type")
            types = [p.get_content_type() for p in em.get_payload()]
            if types != ["text/plain", "text/html"]:
                problem(key, "alternative parts are %s" % types)
            parts = em.get_payload()
            kind = "alt"
        else:
            parts = [em]
            kind = ("html" if em.get_content_type() == "text/html" else
                    "fwd" if "---------- Forwarded message ---------"
                    in visible_text(em) else
                    "reply" if em["In-Reply-To"] else "plain")
        if kind != m["kind"]:
            problem(key, "kind %s, expected %s" % (kind, m["kind"]))
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind == "fwd" and not subj.startswith("Fwd: "):
            problem(key, "forward without Fwd: subject")
        if kind == "reply" and not re.match(r"^(RE|Re): ", subj):
            problem(key, "reply without Re: subject")
        texts = []
        for p in parts:
            if p.get_content_charset() != "utf-8":
                problem(key, "charset is not utf-8")
            t = visible_text(p)
            cte = (p["Content-Transfer-Encoding"] or "7bit").lower()
            if not t.isascii() and cte not in ("quoted-printable", "base64"):
                problem(key, "non-ASCII part sent as " + cte)
            texts.append(t)
        plain = texts[0]
        full = subj + "\n" + "\n".join(texts)
        # language and length
        lang = "ja" if JA_RE.search(subj + plain) else "en"
        if lang != m["lang"]:
            problem(key, "language looks like %s" % lang)
        if lang == "en":
            words = len(plain.split())
            if not 115 <= words <= 460:
                problem(key, "English body has %d words" % words)
        else:
            chars = len(re.sub(r"\s", "", plain))
            if not 350 <= chars <= 1800:
                problem(key, "Japanese body has %d characters" % chars)
        table[label][lang] += 1
        if deadline != "none":
            table[label]["dl"] += 1
            if not rel and not any(s in full for s in
                                   date_mentions(dt.date.fromisoformat(deadline))):
                problem(key, "deadline date %s not mentioned" % deadline)
        check_weekdays(key, full)
        # invented data: domains, URLs, IP addresses
        for mo in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", full):
            dom = mo.group(1).lower()
            if dom not in SENDER_DOMAINS and not dom.endswith(".example"):
                problem(key, "address with unexpected domain: " + mo.group(0))
        for mo in re.finditer(r"https?://([^/\s\"<>:?#]+)", full):
            host = mo.group(1).lower()
            if not any(host == s or host.endswith("." + s.lstrip("."))
                       or (s.startswith(".") and host.endswith(s))
                       for s in URL_SUFFIXES):
                problem(key, "URL with unexpected host: " + host)
        for mo in re.finditer(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])",
                              full):
            try:
                ip = ipaddress.ip_address(mo.group(1))
            except ValueError:
                continue
            if str(ip) != "0.0.0.0" and not any(ip in net for net in DOC_NETS):
                problem(key, "IP address outside documentation ranges: %s"
                        % ip)
    for k, v in LABELS.items():
        if label_counts[k] != v:
            problem("counts", "%s has %d, expected %d"
                    % (k, label_counts[k], v))
    return table, kinds


def main():
    msgs, escaped = write_mbox()
    table, kinds = check(msgs, escaped)
    print("wrote %s (%d messages, %d bytes)" % (
        OUT, len(msgs), os.path.getsize(OUT)))
    print()
    print("%-18s %7s %8s %6s %14s" % ("label", "English", "Japanese",
                                       "total", "with deadline"))
    tot = {"en": 0, "ja": 0, "dl": 0}
    for k in LABELS:
        r = table[k]
        print("%-18s %7d %8d %6d %14d" % (k, r["en"], r["ja"],
                                          r["en"] + r["ja"], r["dl"]))
        for x in tot:
            tot[x] += r[x]
    print("%-18s %7d %8d %6d %14d" % ("total", tot["en"], tot["ja"],
                                      tot["en"] + tot["ja"], tot["dl"]))
    print()
    print("formats: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    prov = {}
    for m in msgs:
        p = m.get("provider", "?")
        prov[p] = prov.get(p, 0) + 1
    print("providers: " + ", ".join("%s=%d" % kv for kv in
                                    sorted(prov.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("escaped '>From ' lines: %d" % escaped)
    if PROBLEMS:
        print()
        print("PROBLEMS (%d):" % len(PROBLEMS))
        for p in PROBLEMS:
            print("  " + p)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
