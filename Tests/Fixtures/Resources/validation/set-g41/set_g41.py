#!/usr/bin/env python3
"""Generator for validation batch g41 (November 2028).

Batch theme: the critical boundary across providers.  18 critical notices
(abuse / security-incident), 15 security-themed notices that do not affect
the customer, and 3 phishing mails that impersonate providers.

Standard library only, deterministic.  Writes set-g41.mbox, README.md and
used-sources.txt next to this file, re-reads the mbox and checks it.
Exit status 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import email
import email.charset
import email.utils
import hashlib
import os
import re
import sys
from email.header import Header, decode_header, make_header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "g41"
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
README = os.path.join(HERE, "README.md")
USED = os.path.join(HERE, "used-sources.txt")

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
CRITICAL = {"abuse", "security-incident"}

QP = email.charset.Charset("utf-8")
QP.header_encoding = email.charset.QP
QP.body_encoding = email.charset.QP
B64 = email.charset.Charset("utf-8")
B64.header_encoding = email.charset.BASE64
B64.body_encoding = email.charset.BASE64

TZ = {
    "UTC": dt.timezone.utc,
    "CET": dt.timezone(dt.timedelta(hours=1)),
    "PST": dt.timezone(dt.timedelta(hours=-8)),
    "EST": dt.timezone(dt.timedelta(hours=-5)),
    "JST": dt.timezone(dt.timedelta(hours=9)),
    "SAST": dt.timezone(dt.timedelta(hours=2)),
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


class Shift:
    """One day offset, a multiple of 7, that moves an original send date to a
    given day of November 2028 while keeping the weekday."""

    def __init__(self, orig, target_day):
        o = dt.date.fromisoformat(orig)
        t = dt.date(2028, 11, target_day)
        self.days = (t - o).days
        if self.days % 7 != 0:
            raise SystemExit("weekday mismatch for %s -> 2028-11-%02d" % (orig, target_day))
        self.send = t

    def d(self, iso):
        return dt.date.fromisoformat(iso) + dt.timedelta(days=self.days)

    def at(self, hh, mm, ss=0, tz="UTC"):
        return dt.datetime(self.send.year, self.send.month, self.send.day, hh, mm, ss, tzinfo=TZ[tz])


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def en_long(d):            # November 17, 2028
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def en_ord(d):             # November 17th 2028
    return "%s %s %d" % (MONTHS[d.month - 1], ordinal(d.day), d.year)


def en_ord_c(d):           # November 17th, 2028
    return "%s %s, %d" % (MONTHS[d.month - 1], ordinal(d.day), d.year)


def en_dmy(d):             # 9 November 2028
    return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)


def en_my(d):              # February 2029
    return "%s %d" % (MONTHS[d.month - 1], d.year)


def ja(d):                 # 2028年11月7日
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def ja_reiwa(d):           # 令和10年9月14日
    return "令和%d年%d月%d日" % (d.year - 2018, d.month, d.day)


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    out = ["<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"]
    for p in paras:
        out.append("<p>" + p.replace("\n", "<br>\n") + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


NOTICES = []


def add(**kw):
    NOTICES.append(kw)


# ---------------------------------------------------------------------------
# 1  OVHcloud - abuse report: phishing page hosted on the customer's IP (abuse)
s = Shift("2028-11-06", 6)
add(provider="OVHcloud", lang="en", label="abuse", deadline=None,
    url="https://help.elasticemail.com/en/articles/5324352-ovh-reports",
    sender=("OVHcloud Abuse Team", "ticket+ZQ7-481-552@abuse.ovh.net"),
    to="admin@lindqvist-logistik.example",
    date=s.at(9, 12, 44, "CET"),
    subject="[ZQ7-481-552] You are hosting a phishing webpage on IP 203.0.113.47",
    body="""Hello,

We have received a report that a phishing page is being served from an
IP address assigned to one of your services:

  IP address : 203.0.113.47 (VPS vps-4c1d27e9.vps.ovh.net)
  Reported   : https://portal.lindqvist-logistik.example/wp-content/uploads/nb/login.php
  Imitates   : the sign-in page of a Nordic retail bank
  Source     : external anti-phishing feed, 2028-11-06 07:58 UTC

Phishing content breaches our Terms of Service. Please:
- remove or disable the page listed above;
- find out how it got there (compromised CMS account, vulnerable plugin,
  leaked FTP credentials...) and close that entry point;
- reply to this message, keeping the ticket reference in the subject,
  with a short description of the steps you have taken.

If the content is still reachable and we have no answer from you, we may
have to restrict network access to this IP address to protect the
people being targeted.

Regards,
OVHcloud Abuse Team
""")

# 2  Hetzner - abuse message, spam via open relay (abuse, block deadline)
s = Shift("2019-05-14", 14)
block = dt.datetime(2028, 11, 15, 10, 41, 7, tzinfo=TZ["CET"])
add(provider="Hetzner", lang="en", label="abuse", deadline=block.date(),
    url="https://www.priyadarshan.org/s36/",
    sender=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    to="ops@varga-tooling.example",
    date=s.at(10, 41, 7, "CET"),
    subject="Abuse Message [AbuseID:8E41A7:17]: Spam by Hetzner's Blacklist department",
    body="""Dear Mr Varga,

Our blacklist department has recorded spam e-mails sent through your
server with the IP address 198.51.100.73. The messages were relayed by a
mail service that accepts mail without authentication, and they used the
domain varga-tooling.example in the sender address.

Please take every measure needed to stop this and to keep it from
happening again. We also ask you to send us a short statement explaining
how this could happen and what you have changed.

How to proceed:
- Close the open relay, or switch the mail service off if you do not use it
- Publish SPF and DKIM records for the domain used in the messages
- Check whether the problem still exists:
  https://abuse.hetzner.com/retries/?token=5c1e08a7d93f42b6a0e4
- After a successful check, send your statement:
  https://abuse.hetzner.com/statements/?token=5c1e08a7d93f42b6a0e4

If these steps are not completed successfully, your IP address can be
blocked at any time after the %s.

Important note:
When replying, leave the abuse ID [AbuseID:8E41A7:17] unchanged in the
subject line. Replies by e-mail are only read once a block is in place.
For other questions, please contact support@hetzner.com.

Kind regards

Abuse Team
Hetzner Online GmbH
""" % block.strftime("%Y-%m-%d %H:%M:%S %z"))

# 3  AWS - irregular activity case (security-incident)
s = Shift("2018-06-19", 21)
add(provider="AWS", lang="en", label="security-incident", deadline=None,
    url="https://mor.freelock.com/blog/john-locke/2018-06/why-you-need-another-backup",
    sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="cloud-admin@brightwater-gallery.example",
    date=s.at(12, 47, 30, "PST"),
    subject="Amazon Web Services has opened case 5481726390 on your behalf",
    body="""Hello,

Amazon Web Services has opened case 5481726390 on your behalf.

The details of the case are as follows:

Case ID: 5481726390
Subject: Irregular activity in your AWS account: 418273650912
Severity: Urgent
Correspondence: Dear AWS Customer,

Your AWS account may be compromised. Please read this notice carefully
and act right away to secure the account.

We have seen activity that does not match how this account is normally
used, including API calls signed with an access key of the IAM user
"build-runner" from addresses you have not used before. As a precaution
we have limited your ability to launch some resource types.

Please do the following:
1. Change the root user password and the passwords of all IAM users.
2. Delete or rotate every access key, starting with the key named above.
3. Review CloudTrail and delete IAM users, roles, policies and keys that
   you did not create.
4. Check every region for EC2 instances, Lambda functions or Spot
   requests you did not start, and terminate them.

When you have finished, reply to this case in the Support Center so we
can review the account and remove the limit.

Sincerely,
Amazon Web Services

To see all of the details of this case, please sign in:
https://console.aws.amazon.com/support/home#/case/?displayId=5481726390
""")

# 4  GitGuardian - secret found by scanner in public repo (security-incident)
s = Shift("2022-11-18", 17)
push = dt.datetime(2028, 11, 17, 12, 13, 30, tzinfo=TZ["UTC"])
gg_text = """GitGuardian has detected the following Company Email Password exposed
within your GitHub account.

Details

- Secret type: Company Email Password

- Repository: lmartel-dev/dotfiles

- Pushed date: %s, 12:13:30 UTC

Fix this secret leak:
https://dashboard.gitguardian.com/auth/github_login/authorize/?ca_leak=7Hq2Lm9x

Read our guide to remediate an exposed secret:
https://blog.gitguardian.com/leaking-secrets-on-github-what-to-do/

GitGuardian is the code security platform for the DevOps generation,
trusted by developers worldwide.

Unsubscribe from these alerts.
""" % en_ord(push.date())
add(provider="GitGuardian (GitHub scan)", lang="en", label="security-incident", deadline=None,
    url="https://github.com/GitGuardian/ggshield/issues/423",
    sender=("GitGuardian", "security@getgitguardian.com"),
    to="luc.martel@martel-studio.example",
    date=s.at(12, 16, 5, "UTC"),
    subject="[lmartel-dev/dotfiles] Company Email Password exposed on GitHub",
    body=gg_text, html=html_of(gg_text))

# 5  Atlassian - API token found in public repo and revoked (security-incident)
s = Shift("2025-09-25", 9)
add(provider="Atlassian", lang="en", label="security-incident", deadline=None,
    url="https://support.atlassian.com/ja/jira/kb/api-tokens-are-revoked-automatically-when-used-in-public-spaces/",
    sender=("Atlassian", "noreply@id.atlassian.com"),
    to="priya.nair@tallgrass-labs.example",
    date=s.at(8, 31, 2, "UTC"),
    subject="We revoked one of your API tokens",
    body="""Hi Priya,

Atlassian regularly scans public code repositories for credentials that
belong to Atlassian accounts. One of your API tokens turned up in a
public repository, so we have revoked it to protect your data.

Token label: jira-sync-script
Found in:    https://github.com/pnair-example/jira-sync/blob/main/.env
Revoked:     %s, 08:22 UTC

While the token was public, anyone who copied it could have acted as you
in Jira, Confluence and the other Atlassian apps you use.

What to do now:
- Create a new token at
  https://id.atlassian.com/manage-profile/security/api-tokens and update
  the scripts that used the old one.
- Keep the new token out of public code: load it from an environment
  variable or a secrets store, or make the repository private.
- Review your site's audit log for changes you do not recognise since the
  token was pushed.

If you have questions, contact Atlassian Support.

Cheers,
The Atlassian team
""" % en_dmy(s.send))

# 6  Slack - password reset after invite-link bug (security-incident)
s = Shift("2022-08-04", 30)
add(provider="Slack", lang="en", label="security-incident", deadline=None,
    url="https://fossbytes.com/slack-is-resetting-your-password-after-fixing-a-bug/",
    sender=("Slack", "feedback@slack.com"),
    to="d.okonkwo@harborline-freight.example",
    date=s.at(22, 4, 19, "UTC"),
    subject="Notice about your Slack password",
    body="""Hi there,

We’re writing about a bug we recently found and fixed in Slack’s shared
invite link feature, and about a step we have taken to protect your
account.

When a member created or revoked a shared invite link, Slack sent a
hashed form of that member's password to other people in the workspace.
The value never appeared in Slack itself; it could only have been seen by
someone deliberately inspecting the encrypted traffic coming from our
servers. The passwords were salted and hashed, so turning them back into
plain text would be extremely hard.

Your account created or revoked a shared invite link between %s
and %s. On that later date an independent security researcher
reported the problem to us and we fixed it the same day. We have no
evidence that anyone obtained plain-text passwords, but out of caution we
have reset your Slack password.

What this means for you:
- Set a new password the next time you sign in, using "Forgot your
  password?" on the sign-in page.
- If you used the same password on other sites, change it there as well.
- Turn on two-factor authentication, and consider a password manager.
- You can review recent sign-ins at https://my.slack.com/account/logs

We’re sorry for the trouble this causes.

The Slack Team
""" % (en_long(s.d("2017-04-17")), en_long(s.d("2022-07-17"))))

# 7  Okta - support system breach update (security-incident, provider breach)
s = Shift("2023-11-29", 29)
add(provider="Okta", lang="en", label="security-incident", deadline=None,
    url="https://sec.okta.com/october-security-incident-recommended-actions",
    sender=("Okta Security", "noreply@securityalerts.okta.com"),
    to="it-security@corvane-health.example",
    date=s.at(19, 2, 40, "UTC"),
    subject="Customer support system security incident: update and recommended actions",
    body="""Dear Okta customer,

Following the security incident affecting our customer support case
management system that we reported in %s, Okta Security has
re-examined the threat actor's activity, including rebuilding the reports
they ran and the files they downloaded. We shared a root cause analysis
on %s; this message adds new findings.

On %s at 15:06 UTC the threat actor ran and downloaded a report
listing every user of our customer support system. Your organization
had users in that system. The report included fields such as full name,
username, email address, company name, user type and last login, and
for a small share of users a phone number. It contained no passwords or
other credentials, and for most users only a name and an email address
were filled in.

We have no direct evidence that this data is being misused, but it could
be used to target your administrators with phishing or social
engineering. We recommend that you:
- require MFA for all administrator access, preferably phishing-resistant
  factors such as FIDO2 security keys;
- shorten admin session lifetimes and bind admin sessions to the network
  location where they started;
- remind admins and help desk staff that Okta Support never asks for
  passwords or MFA codes.

We apologise for the impact on your organization. Contact Okta Support
if you have questions.

Okta Security
""" % (en_my(s.d("2023-10-20")), en_long(s.d("2023-11-03")), en_long(s.d("2023-09-28"))))

# 8  Mailchimp - Omnivore suspension (abuse, enforcement applied)
s = Shift("2018-12-17", 20)
add(provider="Mailchimp", lang="en", label="abuse", deadline=None,
    url="https://github.com/brandonseydel/MailChimp.Net/issues/363",
    sender=("Mailchimp Compliance Team", "compliance@mailchimp.com"),
    to="newsletter@greenleaf-coop.example",
    date=s.at(14, 20, 51, "EST"),
    subject="Your Mailchimp account has been suspended",
    body="""Hello,

Omnivore, our automated abuse-prevention system, has detected an action
or content in your account that may break the Mailchimp Acceptable Use
Policy. Sending has been stopped and the account greenleaf-coop is
suspended while we review it.

What triggered the review:
- Audience: "Spring promo import" (12,480 contacts, imported the day
  before your last campaign)
- The first campaign to this audience produced an unusually high bounce
  and unsubscribe rate.

While the account is suspended you cannot send campaigns or automations,
but your data remains available.

If you believe this is a mistake, reply to this email and tell us how the
contacts were collected, when they last opted in, and how you keep the
list clean. Our compliance team will review your answer.

You can read the Acceptable Use Policy at https://mailchimp.com/legal/acceptable_use/

Thanks,
Mailchimp Compliance Team
""")

# 9  さくらインターネット - third-party complaint about hosted content (abuse, JP)
s = Shift("2017-07-11", 7)
add(provider="さくらインターネット", lang="ja", label="abuse", deadline=None,
    url="http://blog.sesere.net/entry/2017/07/22/180000",
    sender=("さくらインターネット 不正利用対策担当", "abuse-desk@sakura.ad.jp"),
    to="webmaster@hakobune-club.example",
    date=s.at(15, 8, 12, "JST"),
    subject="【さくらのVPS】ご利用中のサーバーに関する申告へのご対応のお願い",
    body="""会員ID：KHC48211 様

平素より「さくらのVPS」をご利用いただき、誠にありがとうございます。
さくらインターネット 不正利用対策担当でございます。

このたび第三者の方より、お客様がご利用中の下記サーバー上のウェブサイトに
申告者の方を中傷する内容の書き込みが掲載されたままになっている、との
ご連絡をいただきました。

■対象サービス
　サービスコード：vps-3390172
　IPアドレス　　：203.0.113.158
　URL　　　　　 ：https://forum.hakobune-club.example/board/2931

■申告内容（要旨）
　掲示板の投稿に申告者を誹謗する書き込みがあり、削除を求めているが
　対応されていない。

お手数ですが、内容をご確認のうえ当該書き込みの取り扱いについてご判断いただき、
ご対応の結果を本メールへのご返信にてお知らせください。

なお、ご対応またはご連絡をいただけない場合、当社約款に基づき、
サービスの利用停止やご契約の解除を含む措置をとらせていただくことがございます。
あらかじめご了承ください。

さくらインターネット株式会社
不正利用対策担当
""")

# 10 エネルギア・コミュニケーションズ / KAGOYA - provider breach (security-incident, JP)
s = Shift("2016-11-09", 8)
add(provider="エネルギア・コミュニケーションズ（カゴヤ・ジャパン基盤）", lang="ja",
    label="security-incident", deadline=None,
    url="http://happylibus.com/doc/704209/%E3%83%9B%E3%82%B9%E3%83%86%E3%82%A3%E3%83%B3%E3%82%B0%E3%82%B5%E3%83%BC%E3%83%93%E3%82%B9%E3%81%AB%E9%96%A2%E3%81%99%E3%82%8B%E3%81%8A%E8%A9%AB%E3%81%B3%E3%81%A8%E3%81%94%E5%A0%B1%E5%91%8A",
    sender=("株式会社エネルギア・コミュニケーションズ", "hosting-info@enecom.co.jp"),
    to="soumu@mizushima-kogyo.example",
    date=s.at(17, 30, 0, "JST"),
    subject="ホスティングサービスに関するお詫びとご報告",
    body="""お客さま各位

%s
株式会社エネルギア・コミュニケーションズ

平素は当社のホスティングサービスをご利用いただき、誠にありがとうございます。

%s、当社ホスティングサービスの提供元であるカゴヤ・ジャパン株式会社の
システムへの不正アクセスが確認された件（%sにお知らせ済み）につきまして、
カゴヤ・ジャパンにて全容解明と被害状況の調査を進めてまいりました。
その結果、サーバーに保管していたお客さまのご契約情報を含む個人情報が、
外部に流出した可能性があることが判明いたしました。
多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。

1．事案の概要
　(1) 流出の可能性がある期間：%s～%s
　　　※脆弱性が存在していた期間です。
　(2) 原因：データベースサーバーに対し、OSコマンドインジェクションの
　　　脆弱性を突いた不正アクセスが行われ、情報が取得されたもの
　(3) 対象となる情報：氏名、住所、電話番号、メールアドレス、
　　　契約アカウントとパスワード、クレジットカード番号と有効期限
　　　（カード払いのお客さまのみ）

2．お客さまへのお願い
　・クレジットカードのご利用明細に身に覚えのない請求がないかご確認ください。
　・当社やカゴヤ・ジャパンを装った不審なメール・電話にご注意ください。
　・契約アカウントのパスワードは変更済みです。同じパスワードを他のサービスで
　　お使いの場合は、そちらも変更をお願いいたします。

3．お問い合わせ窓口
　専用窓口：0120-000-000（平日 9:00～18:00）
""" % (ja_reiwa(s.send), ja_reiwa(s.d("2016-09-16")), ja_reiwa(s.d("2016-09-21")),
       ja_reiwa(s.d("2015-04-01")), ja_reiwa(s.d("2016-09-21"))))

# 11 DigitalOcean - internal document exposed (security-incident, provider breach)
s = Shift("2021-04-28", 22)
doc_year = s.d("2018-07-01").year
add(provider="DigitalOcean", lang="en", label="security-incident", deadline=None,
    url="https://hostscore.net/news/digitalocean-customer-billing-data-accessed-in-data-breach/",
    sender=("DigitalOcean", "support@digitalocean.com"),
    to="billing@quillfeather-press.example",
    date=s.at(21, 15, 44, "UTC"),
    subject="Important information about your DigitalOcean account",
    body="""Hello,

We are writing to tell you about a mistake on our side that exposed some
information about your account.

The problem
A link to a DigitalOcean-owned document from %d was unintentionally left
publicly accessible. The document contained your account name and email
address, and some data about your account that may include Droplet
count, bandwidth usage, notes from support or sales conversations, and
the amount you paid during %d.

What happened
We discovered the issue on %s and disabled the link right away.
Our security team reviewed access to the document and found that it was
opened 15 times by unauthorized parties between %s and
%s.

What we have done
The link no longer works and the document is no longer reachable. We hold
ourselves accountable for this and are training our staff on protecting
customer data, adding procedures that alert us sooner to possible
exposure, and changing configurations to prevent it from happening again.

This did not give anyone access to your Droplets, other resources, or
payment card details, and you do not need to change your password because
of it. If you have questions, reply to this email.

We are sorry this happened.

The DigitalOcean Team
""" % (doc_year, doc_year, en_long(s.d("2021-04-26")), en_long(s.d("2021-04-09")),
       en_long(s.d("2021-04-22"))))

# 12 Twilio Authy - new device added (security-incident, suspicious access)
s = Shift("2023-06-14", 15)
add(provider="Twilio (Authy)", lang="en", label="security-incident", deadline=None,
    url="https://support.twilio.com/hc/en-us/articles/19752894043035-Security-Alert-New-Device-Added",
    sender=("Authy by Twilio", "noreply@authy.com"),
    to="m.haddad@cedarpoint-dental.example",
    date=s.at(3, 48, 16, "UTC"),
    subject="Security Alert: New Device Added",
    body="""Security Alert

A new device was just added to your Authy account.

Device:   Pixel 7 (Android)
Added:    %s, 03:46 UTC
Location: Brașov, Romania (approximate)
IP:       203.0.113.212

If you added this device, you can ignore this message.

If you did not add it, your Authy account may have been compromised.
Please act right away:

Step 1: Remove the device. Open Settings in the Authy app, go to the
Devices tab, select the new device and remove it.
Step 2: Turn off multi-device. In Settings > Devices, switch the
Multi-device toggle off so no further devices can be added.
Step 3: Change your Authy backups password. In Settings > Accounts,
choose Change password and follow the prompts.

If you can no longer reach your account to do this, contact Authy
support at once so a specialist can help you.

Twilio Authy
""" % en_long(s.send))

# 13 GitLab - sign-in attempt with wrong 2FA code (security-incident)
s = Shift("2023-03-14", 14)
add(provider="GitLab", lang="en", label="security-incident", deadline=None,
    url="https://github.com/gitlabhq/gitlabhq/blob/3acaaf7231d0779a6ceb37fca693cd81e698ef90/doc/user/profile/wrong_two_factor_authentication_code_notification.md",
    sender=("GitLab", "gitlab@mg.gitlab.com"),
    to="sven.aalto@nordkap-robotics.example",
    date=s.at(6, 12, 55, "UTC"),
    subject="Attempted sign in to gitlab.com using a wrong two-factor authentication code",
    body="""Hi Sven Aalto!

We detected an attempt to sign in to your gitlab.com account using a
wrong two-factor authentication code.

  Username:   saalto
  IP address: 198.51.100.94
  Time:       %s 06:11:38 UTC

Because the password step succeeded before the code was rejected, this
may mean that someone else knows your username and password and is
trying to get past two-factor authentication.

If this was you, you can ignore this email.

If it was not you, change your password right away at
https://gitlab.com/-/user_settings/password/edit and review your active
sessions at https://gitlab.com/-/user_settings/active_sessions.

You're receiving this email because of your account on gitlab.com.
""" % s.send.isoformat())

# 14 GitHub - brute-force, password reset and credentials revoked (security-incident)
s = Shift("2013-11-19", 21)
add(provider="GitHub", lang="en", label="security-incident", deadline=None,
    url="http://thehackernews.com/2013/11/github-accounts-compromised-in-massive.html",
    sender=("GitHub", "support@github.com"),
    to="tomas.reyes@lowfield-apps.example",
    date=s.at(23, 5, 12, "UTC"),
    subject="[GitHub] Your password has been reset",
    body="""Hi treyes,

GitHub has been the target of a large password-guessing attack that used
close to 40,000 different IP addresses to slowly try weak and reused
passwords. Our logs show that your account was signed into during this
attack, so we consider it compromised.

To lock the attackers out we have:
- reset your password;
- revoked your personal access tokens;
- revoked your OAuth authorizations;
- removed the SSH keys on your account.

What you need to do:
1. Choose a new, strong password that you do not use anywhere else,
   using the "Forgot password?" link on the sign-in page.
2. Review your security history at https://github.com/settings/security-log
   for anything you do not recognise.
3. Add your SSH keys and re-authorize applications you trust.
4. Turn on two-factor authentication.

Our investigation is ongoing. We will contact you if we find unauthorized
activity involving your source code or sensitive account information.

Thanks,
GitHub Support
""")

# 15 Google Workspace / Cloud Identity - suspicious login admin alert (security-incident)
s = Shift("2021-05-20", 16)
add(provider="Google Workspace", lang="en", label="security-incident", deadline=None,
    url="https://support.google.com/a/answer/7102416?hl=en",
    sender=("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"),
    to="admin@saltmarsh-analytics.example",
    date=s.at(9, 34, 1, "UTC"),
    subject="Alert: Suspicious login",
    body="""Google Workspace

Suspicious login

A sign-in attempt on one of your users' accounts did not match their
usual behaviour. We showed the user an extra verification challenge and
it was not completed, which suggests that someone other than the user
may know the account password.

User:        j.okafor@saltmarsh-analytics.example
Time:        %s, 09:21 UTC
IP address:  192.0.2.77
Location:    São Paulo, Brazil
Challenge:   failed (phone verification)

What we recommend:
1. Ask the user whether they remember trying to sign in.
2. If the attempt was not theirs, reset the user's password and sign
   them out of all sessions from the Admin console.
3. Enrol the user, and ideally everyone in your organization, in
   2-Step Verification.

View this alert in the alert center:
https://admin.google.com/ac/ac?alertid=7c2f41e9

You received this email because you are an administrator of
saltmarsh-analytics.example.
""" % en_long(s.send))

# 16 Azure / Entra ID Identity Protection - users at risk (security-incident)
s = Shift("2022-03-08", 7)
az_text = """Microsoft Azure

Users at risk detected

Azure AD Identity Protection has detected one or more users in your
tenant whose risk level reached High, the level you chose for alerts.

Tenant: Fernhill Engineering (fernhill-eng.example)

User                                   Risk level   Latest detection
a.whitcombe@fernhill-eng.example       High         Leaked credentials
r.basu@fernhill-eng.example            High         Atypical travel

We recommend that you investigate these users right away, confirm or
dismiss the risk, and require a secure password change where the account
may be compromised.

View detailed report:
https://portal.azure.com/#blade/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/RiskyUsers

You are receiving this email because you are set up to receive alerts
for users at risk in this tenant. You can change this in Identity
Protection > Users at risk detected alerts.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
add(provider="Microsoft Azure", lang="en", label="security-incident", deadline=None,
    url="https://learn.microsoft.com/en-us/azure/active-directory/identity-protection/howto-identity-protection-configure-notifications",
    sender=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="secops@fernhill-eng.example",
    date=s.at(14, 2, 33, "UTC"),
    subject="Users at risk detected",
    body=az_text, html=html_of(az_text))

# 17 Heroku - account suspended for AUP violation (abuse, enforcement applied)
s = Shift("2018-08-16", 9)
add(provider="Heroku", lang="en", label="abuse", deadline=None,
    url="https://github.com/onplus/v2hero/issues/64",
    sender=("Heroku", "noreply@heroku.com"),
    to="kenji.mori@paperlantern-dev.example",
    date=s.at(2, 27, 9, "UTC"),
    subject="Your Heroku account has been suspended",
    body="""Hello,

Your Heroku account kenji.mori@paperlantern-dev.example has been
suspended.

Reason for suspension: violation of the Heroku Acceptable Use Policy
(https://www.heroku.com/policy/aup).

Our systems found that apps on your account were being used to relay
third-party traffic as an open proxy, which the policy does not allow.
The following apps have been stopped:

- pl-relay-01
- pl-relay-02

While the account is suspended you cannot sign in to the Dashboard or
the CLI, and the apps above will not run.

If you believe this is an error, contact suspended-account@heroku.com
from the email address on the account and explain how the apps are used.

Heroku
""")

# 18 AWS - exposed access key, account compromised (security-incident)
s = Shift("2019-12-17", 28)
add(provider="AWS", lang="en", label="security-incident", deadline=None,
    url="https://shotanuki.com/awsamazon-web-service%E3%82%92%E4%B8%8D%E6%AD%A3%E5%88%A9%E7%94%A8%E3%83%BB%E3%82%A2%E3%82%AF%E3%82%BB%E3%82%B9%E3%81%95%E3%82%8C%E3%81%9F%E6%99%82%E3%81%AE%E5%AF%BE%E5%87%A6%E6%B3%95/",
    sender=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="taro.kurosawa@kurosawa-design.example",
    date=s.at(3, 14, 52, "PST"),
    subject="[Case 7730418265] Your AWS account 905512378446 is compromised",
    body="""Dear AWS Customer,

Your AWS account 905512378446 is compromised. Please review this notice
and take action immediately to secure the account.

We have become aware that the access key AKIAEXAMPLE7Q2MXZ3FD (IAM user
"deploy-ci"), together with its secret key, is publicly available online
at https://github.com/kurosawa-example/infra-notes/blob/3e9d1c0/config.yml

Publishing a key this way puts your account and others at risk, can lead
to large charges from unauthorized use, and breaches the AWS Customer
Agreement. We have attached the AWSCompromisedKeyQuarantineV2 policy to
the user and limited your ability to launch some resources.

Please follow these steps:
Step 1: If an application uses the exposed key, create a second key,
switch the application to it, then deactivate and delete the exposed key.
Step 2: Review CloudTrail for actions you did not take, and delete any
IAM users, roles, keys or policies you did not create.
Step 3: Check all regions for EC2 instances, Lambda functions and other
resources you did not launch, and terminate them.
Step 4: Reply to this case in the Support Center once you are done.

To see all of the details of this case, please sign in:
https://console.aws.amazon.com/support/home#/case/?displayId=7730418265

Sincerely,
Amazon Web Services
""")

# ---------------------------------------------------------------------------
# Non-critical notices that talk about security

# 19 Google Cloud - re-authentication for sensitive actions (informational)
s = Shift("2025-05-07", 1)
ga_text = """Hello Mirela,

We are writing about an upcoming change that adds protection to
sensitive actions in your Google Cloud environment.

What you need to know

Starting in %s, Google Cloud console users will be asked to enter
their password again, or complete multi-factor authentication, before
certain sensitive actions. These include changing billing assignments and
changing IAM policies at the organization, folder or project level.

The extra step will first apply to console users with Cloud Identity
accounts. It will not apply to programmatic access or to identities
federated through Workforce Identity pools and SSO. Service accounts are
not affected.

Actions that will prompt for re-authentication include:
- resourcemanager.organizations.setIamPolicy
- resourcemanager.folders.setIamPolicy and projects.setIamPolicy
- billing.accounts.setIamPolicy and billing.accounts.move
- billing.resourceAssociations.create and delete
- resourcemanager.projects.createBillingAssignment and deleteBillingAssignment

What you need to do

No action is required from you. The prompt will appear automatically
when one of these actions is performed in the console.

Thanks for choosing Google Cloud.
- The Google Cloud Team
""" % en_my(s.d("2025-07-01"))
add(provider="Google Cloud", lang="en", label="informational", deadline=None,
    url="https://groups.google.com/g/openren/c/AOVtx3Qidjs",
    sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="mirela.stan@oakridge-bio.example",
    date=s.at(16, 40, 12, "UTC"),
    subject="[Important Update] Re-authentication for sensitive actions in Google Cloud",
    body=ga_text, html=html_of(ga_text))

# 20 NTT Communications - Azure sign-in MFA becomes mandatory (action-required, JP)
s = Shift("2024-08-20", 7)
mfa_day = s.d("2024-10-15")
add(provider="NTTコミュニケーションズ（Microsoft Azure）", lang="ja", label="action-required",
    deadline=mfa_day,
    url="https://lbvip.support.ntt.com/office365/information/detail/pid25000023wu",
    sender=("Microsoft 365 from NTT Communications サポート", "m365-info@ntt.com"),
    to="jouhou-system@kanazawa-seiki.example",
    date=s.at(10, 0, 0, "JST"),
    subject="[お知らせ]Azureサインイン時のMFA義務化について",
    body="""お客さま各位

いつもMicrosoft 365 from NTT Communicationsをご利用いただきありがとうございます。

セキュリティ強化のため、%s（予定）から、Azureへのサインイン時に
多要素認証（MFA）が必須となります。適用は次の2段階で行われます。

■フェーズ1：%s（予定）以降
　Azure portal、Microsoft Entra 管理センター、Microsoft Intune 管理センターへの
　サインインにMFAが必要になります。世界中のテナントに順次適用されます。
　Azure CLI、Azure PowerShell、モバイルアプリ、IaCツールは対象外です。

■フェーズ2：%s頃から
　Azure CLI、Azure PowerShell、Azure モバイルアプリ、IaCツールへのサインインにも
　順次MFAが適用されます。ユーザーアカウントをサービスアカウントとして
　利用している場合は、ワークロードIDへの移行をご検討ください。

■お客さまにお願いしたいこと
　フェーズ1の開始日までに、上記管理ポータルへサインインする全てのアカウントで
　MFAを設定してください。未設定のまま開始日を迎えると、ポータルへの
　サインイン時にMFAの登録を求められ、完了するまで操作できません。

※Microsoft 365 管理センターへのサインインは本変更の対象外です。
※特定のアカウントのみMFAの義務付けを除外することはできません。

NTTコミュニケーションズ株式会社
""" % (ja(mfa_day), ja(mfa_day), "%d年%d月" % (s.d("2025-01-15").year, s.d("2025-01-15").month)))

# 21 Google Cloud - MFA mandatory from a date (action-required, JP)
s = Shift("2025-02-10", 13)
enforce = s.d("2025-05-12")
add(provider="Google Cloud", lang="ja", label="action-required", deadline=enforce,
    url="https://zenn.dev/chameleonmeme/articles/a8eb640a4a3c80",
    sender=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="infra@hoshizora-games.example",
    date=s.at(8, 5, 33, "JST"),
    subject="【対応が必要】Google Cloud の多要素認証（MFA）必須化のお知らせ",
    body="""Google Cloud をご利用のお客様

昨年お知らせした Google Cloud の多要素認証（MFA）必須化について、
具体的な日程が決まりましたのでご案内いたします。

■変更内容
%s以降、Google Cloud コンソール、gcloud CLI、Firebase コンソールに
アクセスするには、2段階認証プロセス（2SV）とも呼ばれる多要素認証が必要になります。

■対象
上記のインターフェースにパスワードでログインしているユーザーアカウント
（個人の Google アカウントを含む）が対象です。
サービスアカウントや、Google Cloud 上で稼働しているアプリケーションには影響しません。
サードパーティの IdP で SSO を構成し、IdP 側で MFA を有効にしている場合は、
追加の対応は不要です。

■必要な対応
%sまでに、Google アカウントの［セキュリティ］ページで
2段階認証プロセスを有効にしてください。すでに有効な場合は対応不要です。
未設定のままの場合、上記の日付以降はコンソールや CLI を利用できなくなります。

詳細は「Google Cloud の多要素認証の要件」のドキュメントをご覧ください。

今後とも Google Cloud をよろしくお願いいたします。
Google Cloud チーム
""" % (ja(enforce), ja(enforce)))

# 22 GitHub - 2FA enrolment reminder with a date (action-required)
s = Shift("2024-01-18", 16)
gh_due = s.d("2024-01-25")
gh_text = """Hey nadia-fernsby!

This is a reminder that, as we announced, GitHub now requires users who
contribute code on GitHub.com to enable two-factor authentication (2FA).
Your account meets this criteria and must be enrolled in 2FA by
%s at 00:00 (UTC).

What you need to know about the required 2FA initiative

We are enrolling GitHub users who manage or author code on GitHub. This
is a GitHub.com program and is unrelated to any organization or
enterprise membership your account has.

How will this affect my account?

From %s at 00:00 (UTC) your account must use 2FA to sign in.
If you have not enrolled by then, your access to GitHub.com will be
limited until you finish enrolment.

How do I enroll in 2FA?

Before the deadline, follow the steps in our documentation, or start at
https://github.com/settings/two_factor_authentication/setup/intro
After the deadline you will be taken to the enrolment form the next time
you visit GitHub.com.

What forms of 2FA can I use?

- Security key or passkey
- GitHub Mobile
- Authenticator application (TOTP)
- SMS, where available

Set up at least two methods so you never lose access to your account.

Thanks,
The GitHub Team
""" % (en_ord_c(gh_due), en_ord_c(gh_due))
add(provider="GitHub", lang="en", label="action-required", deadline=gh_due,
    url="https://inboxflows.com/email/action-required-your-github-account-sarahjonas-will-soon-require-2fa-604f11/html/",
    sender=("GitHub", "noreply@github.com"),
    to="nadia.fernsby@fernsby-consulting.example",
    date=s.at(17, 2, 48, "UTC"),
    subject="[Action required] Your GitHub account, @nadia-fernsby, will soon require 2FA",
    body=gh_text, html=html_of(gh_text))

# 23 GitHub - 2FA requirement, account already compliant (informational)
s = Shift("2023-08-07", 27)
gh2 = s.d("2023-09-21")
add(provider="GitHub", lang="en", label="informational", deadline=None,
    url="https://lists.mantidproject.org/hyperkitty/list/mantid-builder@mantidproject.org/message/QXSC6243AZJ2IY744B7TY2P6L3TSD56D/attachment/0/attachment.html",
    sender=("GitHub", "noreply@github.com"),
    to="ci-bot@fernwood-sim.example",
    date=s.at(20, 11, 3, "UTC"),
    subject="[GitHub] Two-factor authentication is now required for your account",
    body="""Hey fernwood-ci!

As announced last year, GitHub is now requiring two-factor
authentication (2FA) for certain contributors on GitHub.com. Your account
is part of the current enrolment group, and you already have 2FA enabled.

You do not need to do anything in response to this email. Please just
do not turn 2FA off between now and %s at 00:00 (UTC). If
you disable it, your access to GitHub.com will be restricted at the end
of the 45-day enrolment period until you turn it back on.

This email, and a banner in the GitHub.com interface that you can
dismiss, are the only notices you will receive about this change.

I already have 2FA enabled, do I need to do anything?

No. After %s you will no longer be able to disable 2FA,
but you can still update your 2FA methods and settings at
https://github.com/settings/security

Making the software supply chain more secure is a team effort, and your
2FA enrolment is an important part of it. Thank you.

The GitHub Team
""" % (en_ord_c(gh2), en_ord_c(gh2)))

# 24 Okta - social engineering impersonation report (informational)
s = Shift("2024-04-16", 28)
okta_se = """Okta Security

Social engineering impersonation report: response and recommendations

Okta has seen an increase in phishing and social engineering attempts by
people claiming to be Okta Support. We are sharing what genuine contact
from Okta looks like so your teams can spot impostors.

What to expect from Okta
- When a support case is open, Okta Support may call or email you. Calls
  start with a check of the authorized contact by phone and email.
- Okta Support will never ask for your password or an MFA code.
- Significant security notices go only to the security and privacy
  contacts and primary IT contacts listed in your profile, so please keep
  them current.
- Okta email comes from support@okta.com, noreply@okta.com or
  noreply@securityalerts.okta.com. Caller ID can be spoofed, so do not
  trust it on its own.

What you can do
- Be wary of unexpected contact that creates urgency or asks you to
  change MFA settings.
- Verify a request through a channel you already trust before acting.
- Report suspicious contact claiming to be Okta to security@okta.com.

There is no action required on your Okta tenant. This report is for your
awareness.

Okta, Inc.
"""
add(provider="Okta", lang="en", label="informational", deadline=None,
    url="https://sec.okta.com/articles/2024/okta-social-engineering-report-response-and-recommendation",
    sender=("Okta Security", "noreply@okta.com"),
    to="helpdesk-leads@brambleway-insurance.example",
    date=s.at(18, 30, 0, "UTC"),
    subject="Okta Security: social engineering impersonation report and recommendations",
    body=okta_se, html=html_of(okta_se), html_only=True)

# 25 Okta - invitation to an AMA about the admin console MFA requirement (informational)
s = Shift("2024-08-19", 20)
ama = s.d("2024-09-04")
add(provider="Okta", lang="en", label="informational", deadline=None,
    url="https://support.okta.com/help/s/question/0D54z0000AE6MmcCQF/oktas-new-mfa-requirement-for-admin-console-access-join-the-discussion-for-the-ask-me-anything-online-event-on-september-4-2024-with-okta-product-experts?language=ja",
    sender=("Okta Customer Support Online Experience", "community@okta.com"),
    to="iam-team@westbury-retail.example",
    date=s.at(18, 53, 19, "UTC"),
    subject="Join our Ask Me Anything on the MFA requirement for Admin Console access",
    body="""Hello Okta admins,

Join Okta product experts for an online, interactive Ask Me Anything
(AMA) on %s about the MFA requirement for access to the Okta
Admin Console.

Since %s, single-factor access to the Admin Console is no longer
supported. In this session we will answer your questions, explain why
the policy changed, and share tips for adjusting to it smoothly.

Why this matters
MFA is a simple, reliable way to protect administrative access, and
applying it to every tenant is an important step in protecting your
organization's data.

What you can learn
- why MFA is now required for all Admin Console access;
- how to handle common cases such as break-glass accounts, shared admin
  accounts, admins federated from an external identity provider, and
  test automation or RPA logins;
- best practices for rolling out strong factors without disruption.

How it works
Post your questions in the community thread from today. On the day of
the event our experts will answer them live in the thread.

We look forward to your questions.

Okta Community Team
""" % (en_long(ama), en_my(s.d("2024-08-01"))))

# 26 アルファメール - password strength enhancement, please reset weak passwords (informational, JP)
s = Shift("2020-12-04", 3)
add(provider="アルファメール（大塚商会）", lang="ja", label="informational", deadline=None,
    url="https://www.alpha-mail.jp/new/service/2020/1204_10307.html",
    sender=("アルファメール サポートセンター", "info@alpha-mail.jp"),
    to="kanri@shiraishi-shoten.example",
    date=s.at(11, 0, 0, "JST"),
    subject="なりすましメール送信対策へのご協力のお願い",
    body="""お客様各位

平素は「アルファメール」をご利用いただき、誠にありがとうございます。

最近、メールのパスワードが不正に取得される被害が増えております。
パスワードを取得されるとアカウントが乗っ取られ、情報漏えいや、
なりすましによる迷惑メールの送信に悪用されるおそれがあります。

対策としては推測されにくい複雑なパスワードの設定が効果的であるため、
先日ご案内のとおり、%sにメールパスワード設定の機能強化を行いました。

桁数が少ないもの、数字や英字だけのものなど、脆弱なパスワードを
設定されているお客様は、できるだけ早めにパスワードの再設定をお願いいたします。

※パスワードを変更された場合は、ご利用のメールソフト（Outlookなど）の
　パスワード設定もあわせて変更してください。

また、「Emotet（エモテット）」などのコンピュータウイルスによる被害も
増えておりますので、不審なメールには十分ご注意ください。

今後ともアルファメールをよろしくお願い申し上げます。

アルファメール サポートセンター
""" % ("%d月%d日" % (s.send.month, s.send.day)))

# 27 iFLAG - general security hardening request (informational, JP)
s = Shift("2021-03-02", 21)
add(provider="iFLAG", lang="ja", label="informational", deadline=None,
    url="https://support.iflag.jp/",
    sender=("iFLAG サポートセンター", "support@iflag.jp"),
    to="info@kotobuki-dental.example",
    date=s.at(14, 0, 0, "JST"),
    subject="セキュリティ強化に関するお願い",
    body="""お客様各位

いつもiFLAGのサービスをご利用いただき、ありがとうございます。

昨今、インターネットサービスを不正に利用される事例が増えております。
お客様のメールアドレスから大量の迷惑メールが送られたり、ホームページが
改ざんされて閲覧者がウイルスに感染したりすると、迷惑メールのデータベースに
登録されてメールが届かなくなるなどのトラブルにつながります。
こうした被害を防ぐため、次の点をご確認くださいますようお願いいたします。

1．パスワードの見直し
　メール、FTP、管理画面のパスワードは、半角英数字と記号を組み合わせた
　8文字以上32文字以下とし、辞書にある単語や推測しやすい文字列は避け、
　定期的に変更してください。info@、shop@、order@ など狙われやすい
　アドレスは特にご注意ください。

2．操作履歴の確認
　管理画面で操作履歴やFTPのログイン履歴を確認し、身に覚えのない操作が
　あった場合はすぐにパスワードを変更してください。

3．セキュリティ対策ソフトの導入
　ご利用のパソコンにはセキュリティ対策ソフトを導入し、常に最新の状態で
　お使いください。

今後ともよろしくお願い申し上げます。

iFLAG サポートセンター
""")

# 28 Xserver - two-step verification launched (informational, JP)
s = Shift("2020-09-15", 28)
add(provider="エックスサーバー", lang="ja", label="informational", deadline=None,
    url="https://sakainoblog.com/xserver-2facter",
    sender=("エックスサーバー", "support@xserver.ne.jp"),
    to="owner@kaede-atelier.example",
    date=s.at(15, 30, 0, "JST"),
    subject="【Xserver】二段階認証機能の提供開始のお知らせ",
    body="""エックスサーバーをご利用のお客様

平素はエックスサーバーをご利用いただき、誠にありがとうございます。

本日より、インフォパネル（会員ページ）へのログインに
「二段階認証」機能をご利用いただけるようになりました。

二段階認証を有効にすると、パスワードに加えて、スマートフォンの
認証アプリに表示されるコードの入力がログイン時に必要になります。
万一パスワードが第三者に知られた場合でも、不正ログインを防ぐことができます。

■設定方法
　1. インフォパネルにログインし、「会員情報」を開きます。
　2. 画面下部の［二段階認証］の「設定変更」から「利用する」を選びます。
　3. 表示されたQRコードを Google Authenticator などの認証アプリで読み取り、
　　 表示された認証コードを入力して設定を完了します。

■ご注意
　・認証アプリから登録を削除する場合は、先に二段階認証を「利用しない」に
　　変更してください。
　・認証アプリを入れた端末を機種変更すると、登録が消える場合があります。
　　機種変更の前に二段階認証をいったん「利用しない」に変更してください。

本機能のご利用は任意ですが、セキュリティ向上のため設定をおすすめします。

エックスサーバー株式会社
""")

# 29 GitLab - security advisory for self-managed installs (security-advisory)
s = Shift("2015-03-26", 2)
add(provider="GitLab", lang="en", label="security-advisory", deadline=None,
    url="https://github.com/gitlabhq/gitlabhq/blob/0d22b75b03496ced3d783f8fee9584098602ea1c/doc/release/security.md",
    sender=("GitLab", "news@gitlab.com"),
    to="devops@alderbrook-systems.example",
    date=s.at(17, 45, 0, "UTC"),
    subject="Security advisory for GitLab Community and Enterprise Edition",
    body="""Hello,

We just published a security advisory for GitLab.

A recently discovered critical vulnerability in GitLab allows an
attacker to assume the identity of an existing user in certain API calls
on installations that use MySQL as their database backend. The attack
can be carried out by unauthenticated users. We have not heard of this
vulnerability being exploited.

Versions affected
GitLab Community Edition 7.9.0 and lower
GitLab Enterprise Edition 7.9.0 and lower

Fixed versions
GitLab Community Edition 7.9.1 and up
GitLab Enterprise Edition 7.9.1 and up

GitLab.com has already been updated. All self-managed installations
should update GitLab and gitlab-shell as soon as possible. If you are
unable to upgrade, the advisory contains a patch you can apply before
restarting GitLab.

We want to thank the researcher who reported this issue responsibly.

Please contact us at support@gitlab.com if you have any questions.

The GitLab Team
""")

# 30 DigitalOcean - Intel CPU findings, provider-side work (security-advisory)
s = Shift("2018-01-03", 1)
add(provider="DigitalOcean", lang="en", label="security-advisory", deadline=None,
    url="https://blog.digitalocean.com/a-message-about-intel-security-findings/",
    sender=("DigitalOcean", "support@digitalocean.com"),
    to="platform@riverstone-media.example",
    date=s.at(23, 20, 0, "UTC"),
    subject="A message about the Intel security findings",
    body="""Hello,

Earlier today, details were published about a class of security flaws
in modern processors, known as Meltdown and Spectre. They affect CPUs
from several vendors, including the Intel processors in our fleet, and
could let a program read memory it should not have access to.

We want you to know where we stand:
- Our security and engineering teams are reviewing the findings and
  working with our vendors on fixes for our hypervisors.
- We have not seen any sign that these flaws have been used against
  DigitalOcean infrastructure or customer Droplets.
- Fixes at the hypervisor level may need reboots. If they do, we will
  email affected customers at least 24 hours in advance.

Operating system vendors are releasing kernel updates. We recommend
keeping your Droplets up to date with your distribution's security
updates as they become available.

We will keep our blog post updated as we learn more:
https://blog.digitalocean.com/a-message-about-intel-security-findings/

Thank you for your patience.

The DigitalOcean Team
""")

# 31 Hetzner (South Africa) - Meltdown / Spectre status (security-advisory)
s = Shift("2018-01-26", 24)
add(provider="Hetzner (South Africa)", lang="en", label="security-advisory", deadline=None,
    url="https://xneelo.co.za/insights/meltdown-spectre-cpu-vulnerabilities",
    sender=("Hetzner", "info@hetzner.co.za"),
    to="it@protea-fresh.example",
    date=s.at(10, 15, 0, "SAST"),
    subject="Meltdown and Spectre: status of our managed servers",
    body="""Dear client,

You will have read about the CPU vulnerabilities known as Meltdown and
Spectre, made public on %s. They come from a performance
technique used across modern processors and could allow sensitive data
to be read from a device that is working as designed.

What we have done
Our system engineers applied the Meltdown fixes to all Hetzner managed
servers shortly after the announcement. Stable fixes for Spectre are not
available yet; we are testing them and will apply them as soon as they
are ready.

What this means for you
Managed hosting and managed server clients do not need to do anything.
Clients with self-managed servers look after their own operating system
and should install their vendor's security updates as they are released.

Because some early Spectre patches have caused problems elsewhere, we
are taking care to deploy only stable versions.

If you have questions, our support team is happy to help.

Kind regards,
The Hetzner team
""" % en_dmy(s.d("2018-01-03")))

# 32 Mailchimp - 2FA how-to and discount (informational, HTML-only)
s = Shift("2017-08-15", 7)
mc2 = """Keep your Mailchimp account extra secure

Two-factor authentication means you need two things to log in to
Mailchimp: your password, and a one-time passcode from an authenticator
app or a text message.

Because we care about security, we offer a 10% discount on your monthly
plan when the account Owner and all Admin logins use two-factor
authentication. Restrictions apply.

Set it up in a few minutes:
1. Click your profile name and choose Account.
2. Open the Settings menu and choose Security.
3. Under Two-factor authentication, click Enable next to
   "Verify identity via an authenticator app".
4. Scan the code with an app such as Google Authenticator or Authy.
5. Save your backup code somewhere safe and offline. You will need it
   if you ever lose or replace your phone.
6. Enter the six-digit code from the app and click Submit.

Account Owners can also require two-factor authentication for every
user on the account from the same Security page.

Happy sending,
The Mailchimp Team
"""
add(provider="Mailchimp", lang="en", label="informational", deadline=None,
    url="http://pagiest.blogspot.com/2017/08/how-to-disable-and-enable-two-factor.html",
    sender=("Mailchimp", "hello@mailchimp.com"),
    to="marketing@ferngully-outdoors.example",
    date=s.at(15, 5, 0, "EST"),
    subject="Protect your account with two-factor authentication",
    body=mc2, html=html_of(mc2), html_only=True)

# 33 Twilio - how to enable 2FA on your login (informational)
s = Shift("2023-09-27", 15)
add(provider="Twilio", lang="en", label="informational", deadline=None,
    url="https://support.twilio.com/hc/en-us/articles/223136307-Enable-Two-Factor-Authentication-on-your-Twilio-Account",
    sender=("Twilio", "no-reply@twilio.com"),
    to="eng@lumenbay-clinics.example",
    date=s.at(16, 0, 0, "UTC"),
    subject="Tips: managing two-factor authentication on your Twilio login",
    body="""Hi there,

Two-factor authentication (2FA) asks for two proofs of identity when you
sign in: your email and password, plus a verification code sent to your
phone by SMS or voice call, or generated by an authenticator app. 2FA is
a standard part of every Twilio account and cannot be switched off.

Here is how to manage it for your own login:
1. Open the User Settings page in Console.
2. Enter the verification code we email you to unlock the page.
3. Click "Set up 2FA" if you have not done so yet, and verify the phone
   number you want to use.
4. Note the recovery code that is shown. It is displayed only once and
   lets you sign in if you lose your phone, so store it somewhere safe.
5. Under "Two-factor authentication (2FA)" choose Edit to switch between
   SMS, voice call and an authenticator app such as Authy.

If you have trouble signing in because of 2FA, see "Unable to sign in to
a Twilio project with 2FA enabled" in the Help Center.

The Twilio Team
""")

# ---------------------------------------------------------------------------
# Phishing mails impersonating providers (labelled by what they pretend)

# 34 KAGOYA impersonation - mailbox nearly full (phishing, pretends action-required, JP)
s = Shift("2020-03-09", 27)
add(provider="KAGOYA JAPAN（なりすまし）", lang="ja", label="action-required", deadline=None,
    phishing=True,
    url="https://support.design-inc.jp/news/3296/",
    sender=("KAGOYA JAPAN Inc.", "notice@kir-mailbox-service.example"),
    to="info@minato-kogei.example",
    date=s.at(6, 42, 18, "JST"),
    subject="緊急の重要な通知",
    body="""info@minato-kogei.example 様

お使いのメールボックスのメモリ容量がほぼいっぱいになっています。
そのため、受信メール5通を配信できませんでした。

保留中のメッセージを受信するには、下のリンクからアカウントを確認し、
メールボックスの容量をアップグレードしてください。

　▶ メールを受信する
　https://kagoya-mailbox-upgrade.example/login?u=info

確認が行われない場合、保留中のメッセージは削除され、
新しいメールも受信できなくなります。

ご不便をおかけして申し訳ございません。
今後ともよろしくお願いいたします。

KAGOYA JAPAN Inc.
メールサポートチーム
""")

# 35 GitHub impersonation - unusual sign-in (phishing, pretends security-incident)
s = Shift("2025-01-23", 30)
phish_gh = """Unusual Sign-in Activity Detected on Your GitHub Account

We noticed a login from a new device:

Details of the Sign-in:
- Location: Reykjavik, Iceland
- IP Address: 203.0.113.8
- Date and Time: %s 04:39 AM PST
- Device: Unknown Device

If this was you, please ignore this message. If you did not authorize
this login, we recommend taking the following actions:

Secure Your Account:
1. Change your password immediately by visiting GitHub's Password Change
   Page: https://github-account-review.example/settings/admin
2. Review your active sessions and revoke any unrecognized access in your
   GitHub Security Log: https://github-account-review.example/security-log
3. Enable or verify Two-Factor Authentication in your settings:
   https://github-account-review.example/2fa

Contact Support:
If you feel your account might be compromised, contact GitHub Support at
https://github-account-review.example/support

Thank you for your attention to this matter.

Best regards,
The GitHub Security Team
""" % en_long(s.send)
add(provider="GitHub (impersonated)", lang="en", label="security-incident", deadline=None,
    phishing=True,
    url="https://github.com/xmunoz/bugzilla2gitlab/issues/50",
    sender=("GitHub Security Team", "security-alerts@gh-account-notice.example"),
    to="ana.lindgren@quayside-tools.example",
    date=s.at(4, 52, 10, "PST"),
    subject="GitHub Notification: unusual sign-in activity on your account",
    body=phish_gh, html=html_of(phish_gh))

# 36 AWS impersonation in Japanese - card update failure (phishing, pretends billing)
s = Shift("2020-12-10", 2)
sent = s.at(17, 31, 23, "JST")
limit = sent + dt.timedelta(hours=12)
add(provider="Amazon Web Services（なりすまし）", lang="ja", label="billing", deadline=limit.date(),
    phishing=True,
    url="https://funshitsu.com/request-to-change-amazon-payment-method/",
    sender=("Amazon Web Service", "billing-update@aws-account-center.example"),
    to="keiri@tsubame-print.example",
    date=sent,
    subject="【重要】Аmazon お客様アカウント緊急停止につきまして",
    body="""利用規約違反によるアカウント停止措置について。ご利用いただきありがとうございます。

処理日
%s JST

Аmazon にご登録いただいたお客様に、アカウント情報の更新についてお知らせいたします。

残念ながら、お客様の Аmazon アカウントを更新できませんでした。
カードの有効期限切れや、請求先住所の変更など、さまざまな理由により
カード情報を更新できなかったものと思われます。

アカウント情報の一部に誤りがあるため、アカウントを維持するには
情報の確認が必要です。下記からログインし、情報を更新してください。

　Login Amazon
　https://aws-account-center.example/signin

なお、12時間以内にご確認がない場合、誠に申し訳ございませんが、
お客様の安全のため、アカウントの利用を制限させていただきますので、
あらかじめご了承ください。

弊社のセキュリティ対策にご理解とご協力をお願いいたします。

よろしく、
Amazon Web Service
""" % sent.strftime("%Y年%m月%d日 %H:%M:%S"))


# ---------------------------------------------------------------------------
def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, address):
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, address))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), address)


def text_part(body, subtype, lang):
    if lang == "ja":
        return MIMEText(body, subtype, B64)
    try:
        body.encode("ascii")
        return MIMEText(body, subtype, "us-ascii")
    except UnicodeEncodeError:
        return MIMEText(body, subtype, QP)


def build(i, n):
    h = hashlib.sha1(("%s-%d-%s" % (NAME, i, n["subject"])).encode("utf-8")).hexdigest()[:16]
    if n.get("html_only"):
        msg = text_part(n["html"], "html", n["lang"])
    elif n.get("html"):
        # fixed boundary keeps the output deterministic
        msg = MIMEMultipart("alternative", boundary="=_%s_%02d_%s" % (NAME, i, h[:10]))
        msg.attach(text_part(n["body"], "plain", n["lang"]))
        msg.attach(text_part(n["html"], "html", n["lang"]))
    else:
        msg = text_part(n["body"], "plain", n["lang"])
    domain = n["sender"][1].split("@", 1)[1]
    msg["From"] = addr(*n["sender"])
    msg["To"] = n["to"]
    msg["Subject"] = enc_header(n["subject"])
    msg["Date"] = email.utils.format_datetime(n["date"])
    msg["Message-ID"] = "<%s.%s@%s>" % (h, NAME, domain)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = n["deadline"].isoformat() if n["deadline"] else "none"
    if n.get("phishing"):
        msg["X-Training-Phishing"] = "yes"
    return msg


def main_body(msg):
    """Return the decoded text that the checks compare (plain part, or HTML
    when the message is HTML-only)."""
    if msg.is_multipart():
        for part in msg.walk():
            if part.get_content_type() == "text/plain":
                return part.get_payload(decode=True).decode(part.get_content_charset())
        return None
    return msg.get_payload(decode=True).decode(msg.get_content_charset())


def write_mbox():
    out = []
    for i, n in enumerate(NOTICES, 1):
        msg = build(i, n)
        text = msg.as_string()
        lines = text.split("\n")
        # mboxo escaping: any line starting with "From " in the message gets '>'
        lines = [(">" + l) if l.startswith("From ") else l for l in lines]
        envelope = "From %s %s" % (n["sender"][1], n["date"].astimezone(dt.timezone.utc)
                                   .strftime("%a %b %d %H:%M:%S %Y"))
        out.append(envelope + "\n" + "\n".join(lines).rstrip("\n") + "\n\n")
    with open(MBOX, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


def read_mbox():
    with open(MBOX, encoding="utf-8") as f:
        data = f.read()
    msgs, cur = [], None
    prev_blank = True
    for line in data.split("\n"):
        if line.startswith("From ") and prev_blank:
            if cur is not None:
                msgs.append(cur)
            cur = []
        elif cur is not None:
            cur.append(line[1:] if line.startswith(">From ") else line)
        prev_blank = (line == "")
    if cur is not None:
        msgs.append(cur)
    return [email.message_from_string("\n".join(m).rstrip("\n") + "\n") for m in msgs]


def dec(h):
    return str(make_header(decode_header(h)))


def check():
    problems = []
    if len(NOTICES) != 36:
        problems.append("expected 36 notices, have %d" % len(NOTICES))
    msgs = read_mbox()
    if len(msgs) != len(NOTICES):
        problems.append("mbox holds %d messages, expected %d" % (len(msgs), len(NOTICES)))
    ids = set()
    for i, (n, m) in enumerate(zip(NOTICES, msgs), 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append("#%d missing header %s" % (i, h))
        for h, v in m.items():
            try:
                v.encode("ascii")
            except UnicodeEncodeError:
                problems.append("#%d header %s not ASCII-encoded" % (i, h))
        if m["Message-ID"] in ids:
            problems.append("#%d duplicate Message-ID" % i)
        ids.add(m["Message-ID"])
        if dec(m["Subject"]) != n["subject"]:
            problems.append("#%d subject differs after read-back" % i)
        lab = m["X-Training-Label"]
        if lab not in LABELS or lab != n["label"]:
            problems.append("#%d bad label %r" % (i, lab))
        dl = m["X-Training-Deadline"]
        want = n["deadline"].isoformat() if n["deadline"] else "none"
        if dl != want:
            problems.append("#%d deadline differs after read-back" % i)
        d = email.utils.parsedate_to_datetime(m["Date"])
        if d != n["date"]:
            problems.append("#%d Date differs after read-back" % i)
        if dl != "none":
            try:
                ddl = dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("#%d deadline not a date: %r" % (i, dl))
            else:
                if ddl < d.date():
                    problems.append("#%d deadline before Date header" % i)
        if not (d.year == 2028 and d.month == 11):
            problems.append("#%d not dated November 2028" % i)
        ph = m["X-Training-Phishing"]
        if bool(n.get("phishing")) != (ph == "yes"):
            problems.append("#%d phishing header mismatch" % i)
        want_body = n["html"] if n.get("html_only") else n["body"]
        got_body = main_body(m)
        if got_body != want_body:
            problems.append("#%d body differs after read-back" % i)
        nlines = len(want_body.rstrip("\n").split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        cte = [p["Content-Transfer-Encoding"] for p in m.walk() if not p.is_multipart()]
        if n["lang"] == "ja" and any(c != "base64" for c in cte):
            problems.append("#%d Japanese body not base64" % i)
        if n["lang"] != "ja":
            for p in m.walk():
                if p.is_multipart():
                    continue
                raw = p.get_payload(decode=True)
                try:
                    raw.decode("ascii")
                except UnicodeDecodeError:
                    if p["Content-Transfer-Encoding"] != "quoted-printable":
                        problems.append("#%d non-ASCII body not QP" % i)
    # mix
    phishing = [n for n in NOTICES if n.get("phishing")]
    crit = [n for n in NOTICES if not n.get("phishing") and n["label"] in CRITICAL]
    noncrit = [n for n in NOTICES if not n.get("phishing") and n["label"] not in CRITICAL]
    if len(phishing) != 3:
        problems.append("phishing count %d != 3" % len(phishing))
    if len(crit) != 18:
        problems.append("critical count %d != 18" % len(crit))
    if len(noncrit) != 15:
        problems.append("non-critical count %d != 15" % len(noncrit))
    ja_count = sum(1 for n in NOTICES if n["lang"] == "ja")
    if ja_count < 6:
        problems.append("only %d Japanese notices" % ja_count)
    urls = [n["url"] for n in NOTICES]
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URL")
    return problems


def write_side_files():
    with open(USED, "w", encoding="utf-8") as f:
        for n in NOTICES:
            f.write(n["url"] + "\n")
    from collections import Counter
    labels = Counter(n["label"] for n in NOTICES)
    prov = sorted(set(n["provider"] for n in NOTICES))
    ja_count = sum(1 for n in NOTICES if n["lang"] == "ja")
    r = []
    r.append("# Validation batch %s (November 2028)\n" % NAME)
    r.append("Blind validation batch of 36 labelled cloud-provider notices about the "
             "critical boundary: 18 critical notices (abuse reports and enforcement, "
             "compromised or exposed credentials, providers' own breaches that touched "
             "the customer's data, suspicious sign-ins, tokens found by scanners), 15 "
             "security-themed notices where the customer is not affected (advisories, "
             "newsletters, how-tos, MFA requirements with a date, password policy changes, "
             "feature launches), and 3 phishing mails impersonating providers.\n")
    r.append("Every notice is rewritten from one public original (URL in the table) and "
             "moved into November 2028 by a day offset that keeps the weekday. Labels are "
             "in X-Training-Label / X-Training-Deadline / X-Training-Phishing headers.\n")
    r.append("Files: `set-%s.mbox` (mboxo), `set_%s.py` (generator and checker), "
             "`used-sources.txt` (36 source URLs in notice order).\n" % (NAME, NAME))
    r.append("## Counts\n")
    r.append("- Messages: %d (critical %d, non-critical %d, phishing %d)" % (
        len(NOTICES),
        sum(1 for n in NOTICES if not n.get("phishing") and n["label"] in CRITICAL),
        sum(1 for n in NOTICES if not n.get("phishing") and n["label"] not in CRITICAL),
        sum(1 for n in NOTICES if n.get("phishing"))))
    r.append("- Japanese: %d, English: %d" % (ja_count, len(NOTICES) - ja_count))
    r.append("- Labels: " + ", ".join("%s %d" % (k, labels[k]) for k in sorted(labels)))
    r.append("- With a deadline: %d\n" % sum(1 for n in NOTICES if n["deadline"]))
    r.append("## Providers\n")
    r.append(", ".join(prov) + "\n")
    r.append("## Notices\n")
    r.append("| # | label | deadline | provider | phishing | language | original URL |")
    r.append("|---|---|---|---|---|---|---|")
    for i, n in enumerate(NOTICES, 1):
        r.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], n["deadline"].isoformat() if n["deadline"] else "none",
            n["provider"], "yes" if n.get("phishing") else "no", n["lang"], n["url"]))
    with open(README, "w", encoding="utf-8") as f:
        f.write("\n".join(r) + "\n")


def main():
    write_mbox()
    write_side_files()
    problems = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
