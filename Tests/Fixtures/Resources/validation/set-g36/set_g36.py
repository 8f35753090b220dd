#!/usr/bin/env python3
"""Validation batch g36: labelled cloud-provider notices (AWS incl. AWS Japan, Microsoft
Azure / Microsoft 365, Google Cloud, Oracle Cloud, IBM Cloud, Alibaba Cloud) plus three
phishing mails that impersonate providers.  Each notice follows one public original
(listed in used-sources.txt, in notice order); every sentence is rewritten.

Standard library only and deterministic.  Running it writes set-g36.mbox next to this
file, re-reads the mbox and checks it; it exits 1 on any problem and prints OK otherwise.

Dates in subjects and bodies are written as [[YYYY-MM-DD|format]] using the ORIGINAL
date from the public notice.  Each notice carries orig (send date of the original) and
target (send date inside September 2028, same weekday); every placeholder and the
deadline are moved by target - orig days, so intervals inside a notice are preserved.
"""
import datetime as dt
import email.utils
import mailbox
import os
import quopri
import re
import sys
from email.header import Header

NAME = "g36"
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, f"set-{NAME}.mbox")
MONTH = (2028, 9)

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
MINIMUMS = {"critical": 11, "action-required": 6, "japanese": 3, "maintenance": 3,
            "pricing": 2, "billing": 2, "informational": 3, "security-advisory": 1}
TOTAL = 36
PHISHING = 3

NOTICES = []


def add(**kw):
    NOTICES.append(kw)


# ------------------------------------------------------------------ rendering
PLACE = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})\|([^\]]*)\]\]")
NAMED = {
    "iso": "%Y-%m-%d",
    "long": "%B %-d, %Y",           # September 5, 2028
    "dmy": "%-d %B %Y",             # 5 September 2028
    "wlong": "%A, %B %-d, %Y",      # Tuesday, September 5, 2028
    "short": "%b %-d, %Y",          # Sep 5, 2028
    "md": "%B %-d",                 # September 5
    "slash": "%m/%d/%Y",            # 09/05/2028
    "ja": "%Y年%-m月%-d日",          # 2028年9月5日
    "zh": "%Y年%-m月%-d日",
    "jaw": "%Y年%-m月%-d日(%J)",     # with Japanese weekday
}
JA_WD = "月火水木金土日"


def fmt_date(d, fmt):
    fmt = NAMED.get(fmt, fmt)
    fmt = (fmt.replace("%-d", str(d.day)).replace("%-m", str(d.month))
              .replace("%J", JA_WD[d.weekday()]))
    return d.strftime(fmt)


def offset_of(n):
    return (dt.date.fromisoformat(n["target"]) - dt.date.fromisoformat(n["orig"])).days


def render(text, off):
    def rep(m):
        d = dt.date.fromisoformat(m.group(1)) + dt.timedelta(days=off)
        return fmt_date(d, m.group(2))
    return PLACE.sub(rep, text)


def shifted_deadline(n):
    if n["deadline"] == "none":
        return "none"
    d = dt.date.fromisoformat(n["deadline"]) + dt.timedelta(days=offset_of(n))
    return d.isoformat()


def enc_header(value):
    """ASCII stays as is; otherwise RFC 2047 (UTF-8, base64)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def enc_address(value):
    name, addr = email.utils.parseaddr(value)
    if not name:
        return addr
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, addr))
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{addr}>"


def build(i, n):
    off = offset_of(n)
    target = dt.date.fromisoformat(n["target"])
    hh, mm, ss = (int(x) for x in n["time"].split(":"))
    sign = 1 if n["tz"][0] == "+" else -1
    tzo = dt.timezone(sign * dt.timedelta(hours=int(n["tz"][1:3]), minutes=int(n["tz"][3:5])))
    when = dt.datetime(target.year, target.month, target.day, hh, mm, ss, tzinfo=tzo)
    subject = render(n["subject"], off)
    body = render(n["body"].strip("\n") + "\n", off)
    raw_body = body.encode("utf-8")
    if all(b < 128 for b in raw_body):
        cte, payload = "7bit", raw_body
    else:
        cte, payload = "quoted-printable", quopri.encodestring(raw_body)
    msgid = f"<{NAME}.{i:02d}.{target.strftime('%Y%m%d')}@training.set-{NAME}.example>"
    headers = [
        ("From", enc_address(n["frm"])),
        ("To", enc_address(n["to"])),
        ("Subject", enc_header(subject)),
        ("Date", email.utils.format_datetime(when)),
        ("Message-ID", msgid),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", cte),
        ("X-Training-Label", n["label"]),
        ("X-Training-Deadline", shifted_deadline(n)),
    ]
    if n.get("phishing"):
        headers.append(("X-Training-Phishing", "yes"))
    head = "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii")
    msg = mailbox.mboxMessage(head + b"\n" + payload)
    msg.set_from("MAILER-DAEMON", when.astimezone(dt.timezone.utc).timetuple())
    return msg


# ------------------------------------------------------------------ checks
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])(?!\.\d)")


def ip_ok(a, b, c, d):
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return True
    if a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168):
        return True        # private ranges, allowed as scan targets / internal hosts
    return False


def check():
    problems = []
    raw_file = open(MBOX, "rb").read()
    if b"\r\n" in raw_file:
        problems.append("CRLF line endings in mbox")
    if not raw_file.startswith(b"From "):
        problems.append("mbox does not start with a From line")
    box = mailbox.mbox(MBOX, create=False)
    msgs = list(box)
    box.close()
    if len(msgs) != TOTAL or len(NOTICES) != TOTAL:
        problems.append(f"expected {TOTAL} messages, found {len(msgs)} (notices {len(NOTICES)})")
    srcs = [n["src"] for n in NOTICES]
    if len(set(srcs)) != len(srcs):
        problems.append("an original is used twice")
    ids = set()
    counts = {k: 0 for k in LABELS}
    critical = phish = japanese = 0
    required = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                "Content-Type", "Content-Transfer-Encoding", "X-Training-Label",
                "X-Training-Deadline"]
    for i, m in enumerate(msgs, 1):
        tag = f"message {i}"
        n = NOTICES[i - 1]
        for h in required:
            if m.get(h) is None:
                problems.append(f"{tag}: missing header {h}")
        for k, v in m.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                problems.append(f"{tag}: non-ASCII header {k}")
        d = email.utils.parsedate_to_datetime(m["Date"])
        du = d.astimezone(dt.timezone.utc)
        if (d.year, d.month) != MONTH or (du.year, du.month) != MONTH:
            problems.append(f"{tag}: Date {m['Date']} not in batch month")
        mid = m["Message-ID"] or ""
        if not re.fullmatch(rf"<{NAME}\.{i:02d}\.{d.strftime('%Y%m%d')}@training\.set-{NAME}\.example>", mid):
            problems.append(f"{tag}: bad Message-ID {mid}")
        if mid in ids:
            problems.append(f"{tag}: duplicate Message-ID")
        ids.add(mid)
        label = m["X-Training-Label"]
        if label not in LABELS:
            problems.append(f"{tag}: bad label {label}")
        dl = m["X-Training-Deadline"]
        if dl != "none":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl or ""):
                problems.append(f"{tag}: bad deadline {dl}")
            else:
                try:
                    dt.date.fromisoformat(dl)
                except ValueError:
                    problems.append(f"{tag}: impossible deadline {dl}")
        if m.get_content_type() != "text/plain" or (m.get_content_charset() or "").lower() != "utf-8":
            problems.append(f"{tag}: not text/plain; charset=utf-8")
        body = m.get_payload(decode=True).decode("utf-8")
        cte = (m["Content-Transfer-Encoding"] or "").lower()
        nonascii = any(ord(c) > 127 for c in body)
        if nonascii and cte != "quoted-printable":
            problems.append(f"{tag}: non-ASCII body without quoted-printable")
        if not nonascii and cte not in ("7bit", "quoted-printable"):
            problems.append(f"{tag}: odd transfer encoding {cte}")
        if "[[" in body or "]]" in body or "[[" in (m["Subject"] or ""):
            problems.append(f"{tag}: unrendered placeholder")
        subj = str(email.header.make_header(email.header.decode_header(m["Subject"])))
        text = body + "\n" + subj + "\n" + "\n".join(f"{k}: {v}" for k, v in m.items())
        for mm in IPV4.finditer(text):
            a, b, c, e = (int(x) for x in mm.groups())
            if max(a, b, c, e) > 255:
                continue
            if not ip_ok(a, b, c, e):
                problems.append(f"{tag}: non-documentation IP {mm.group(0)}")
        is_ph = m.get("X-Training-Phishing")
        if is_ph not in (None, "yes"):
            problems.append(f"{tag}: bad X-Training-Phishing {is_ph}")
        if bool(is_ph) != bool(n.get("phishing")):
            problems.append(f"{tag}: phishing header mismatch")
        if n.get("ja"):
            if not re.search(r"[\u3040-\u30ff]", body):
                problems.append(f"{tag}: marked Japanese but body has no kana")
            japanese += 1
        if is_ph:
            phish += 1
        else:
            counts[label] = counts.get(label, 0) + 1
            if label in ("abuse", "security-incident"):
                critical += 1
    if phish != PHISHING:
        problems.append(f"expected {PHISHING} phishing mails, found {phish}")
    if critical < MINIMUMS["critical"]:
        problems.append(f"critical {critical} < {MINIMUMS['critical']}")
    if japanese < MINIMUMS["japanese"]:
        problems.append(f"japanese {japanese} < {MINIMUMS['japanese']}")
    for k, v in MINIMUMS.items():
        if k in ("critical", "japanese"):
            continue
        if counts[k] < v:
            problems.append(f"{k} {counts[k]} < {v}")
    return problems, counts, critical, phish, japanese


def main():
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    try:
        for i, n in enumerate(NOTICES, 1):
            box.add(build(i, n))
        box.flush()
    finally:
        box.unlock()
        box.close()
    problems, counts, critical, phish, japanese = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("counts (non-phishing):", counts)
    print("critical:", critical, "phishing:", phish, "japanese:", japanese)
    print("OK")


# ========================================================================= notices

# 01 -- AWS abuse report: SIP brute-force traffic from an EC2 instance --------------------
add(src="https://aws.amazon.com/es/security/security-bulletins/sip-abuse",
    provider="Amazon Web Services", label="abuse",
    orig="2010-04-12", target="2028-09-04", time="07:41:19", tz="+0000",
    deadline="2010-04-13",
    frm="Amazon EC2 Abuse <ec2-abuse@amazon.com>",
    to="noc@harrowgate-telecom.example",
    subject="Your Amazon EC2 Abuse Report [44718203] [AWS ID 6021-4478-3390]",
    body="""
Hello,

We have received one or more complaints about activity originating from the
following AWS resource that is registered to your account:

  AWS ID:          6021-4478-3390
  Region:          us-east-1
  EC2 Instance Id: i-5c1e93a7
  Public address:  203.0.113.61

According to the reports, this instance has been sending large numbers of SIP
REGISTER and INVITE requests to voice-over-IP servers it has no relationship
with, cycling through extension numbers and passwords. The pattern is typical
of a brute-force attempt against SIP accounts. Using EC2 to gain unauthorised
access to other networks is not permitted under the AWS Acceptable Use Policy
(http://aws.amazon.com/aup/).

Extract from the complaint we received:

  Reporter:    voice operations, sipgate-carrier.example
  Protocol:    UDP/5060
  Target:      198.51.100.23
  First seen:  [[2010-04-11|iso]] 22:14:03 UTC
  Last seen:   [[2010-04-12|iso]] 05:52:40 UTC
  Volume:      approx. 41,000 REGISTER attempts, 380 distinct extensions

  [[2010-04-12|iso]] 05:52:38 UTC 203.0.113.61:5066 -> 198.51.100.23:5060
      REGISTER sip:198.51.100.23 From: <sip:1017@198.51.100.23> 401
  [[2010-04-12|iso]] 05:52:39 UTC 203.0.113.61:5066 -> 198.51.100.23:5060
      REGISTER sip:198.51.100.23 From: <sip:1018@198.51.100.23> 401
  [[2010-04-12|iso]] 05:52:40 UTC 203.0.113.61:5066 -> 198.51.100.23:5060
      REGISTER sip:198.51.100.23 From: <sip:1019@198.51.100.23> 401

What we need from you:

  1. Stop the activity described above.
  2. Reply to this message, keeping the report number in the subject line,
     within 24 hours and tell us what you found and what you changed.

If you did not start this traffic, the instance may have been taken over by a
third party, for example through a weak SSH password or an outdated
application. In that case please secure or replace the instance before you
reply. If you believe the traffic is legitimate, explain your use case in
your reply.

If we do not hear from you, we may take further steps to stop the activity,
which can include blocking network access to the instance or suspending the
account.

Regards,
Amazon EC2 Abuse Team
Amazon Web Services
""")

# 02 -- Azure App Service: suspicious activity warning before the app is disabled ---------
add(src="https://jacksonmartins.com.br/?p=582",
    provider="Microsoft Azure", label="abuse",
    orig="2023-03-14", target="2028-09-05", time="16:22:05", tz="+0000",
    deadline="2023-04-03",
    frm="Microsoft Azure Safeguards Team <azsafeguards@microsoft.com>",
    to="ti@construtora-vale-alto.example",
    subject="Action Required: Suspicious activity detected on Azure App Service resource portal-obras [#SIR21840377]",
    body="""
Microsoft Azure

Dear Azure customer,

Microsoft has detected activity on one of your Azure App Service web apps that
appears to violate the Microsoft Online Subscription Agreement and the
Acceptable Use Policy. Please review the details below.

  Case number:       SIR21840377
  Subscription ID:   5d0e7a2c-91f4-4c38-b1a6-7e2f0c9d4a11
  Resource:          portal-obras (Microsoft.Web/sites)
  Default hostname:  portal-obras.azurewebsites.net
  First observed:    [[2023-03-13|iso]] 19:07 UTC
  Category:          Malicious content / compromised web application

Description
  Pages under /wp-content/uploads/ on this app are serving a credential
  collection form that imitates a bank login page, and the app is sending
  the captured data to an external host. This behaviour is commonly seen
  when a web application has been compromised through an outdated plugin.

What you need to do
  - Remove the malicious content and fix the weakness that allowed it to be
    placed on the site.
  - Reply to this email with a short description of the steps you took.
  - If you believe this is a false positive, reply and tell us why.

If we do not receive a response by [[2023-04-03|long]], the web app will be
placed in a disabled state by Microsoft. A disabled app cannot be started,
stopped or restarted from the portal or the CLI, and its hostname is
replaced until the case is closed.

Please keep the case number in the subject line when you reply.

Thank you,
Microsoft Azure Safeguards Team

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 03 -- Amazon SES sending paused after complaint rate stayed too high ------------------
add(src="https://ithy.com/article/amazon-ses-internal-review-process-wwu7jant",
    provider="Amazon Web Services", label="abuse",
    orig="2025-02-11", target="2028-09-12", time="09:03:44", tz="+0000",
    deadline="none",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="platform@quaywise-mail.example",
    subject="Amazon SES Sending Pause for AWS Account 318820447156 in region EU (Ireland)",
    body="""
Hello,

The ability of AWS account 318820447156 to send email through Amazon Simple
Email Service (Amazon SES) in the EU (Ireland) region (eu-west-1) has been
paused.

WHY THIS HAPPENED

On [[2025-01-28|long]] we placed this account under review because recipients
were marking a high share of your messages as spam. During the review period
the complaint rate did not come down:

  Complaint rate (review start):   0.58%
  Complaint rate (today):          0.71%
  Measured over:                   the last 96,400 eligible messages
  Expected complaint rate:         below 0.1%; 0.5% or higher risks a pause

Mail that recipients did not ask for harms the reputation of the shared
sending addresses that other SES customers rely on, and sending it is not
allowed under the AWS Service Terms and the Acceptable Use Policy.

WHAT IS AFFECTED

- API and SMTP calls that send mail from this account in eu-west-1 now fail
  with a "Sending paused for this account" error.
- Your other AWS services and other SES regions are not affected by this pause.

HOW TO ASK FOR A NEW REVIEW

Open the existing case in the AWS Support Center (case 187455320911) and tell
us:
  1. how the addresses on your lists were collected and confirmed,
  2. how you handle complaints and unsubscribe requests,
  3. what you have changed to bring the complaint rate down.

We review each request individually and may ask follow-up questions. Until a
review finds the problem resolved, the pause stays in place.

Thank you for using Amazon Simple Email Service.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was produced and
distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA
98109-5210.
""")

# 04 -- Google Cloud: project suspended after suspected credential misuse ----------------
add(src="https://security.googlecloudcommunity.com/news-announcements-9/navigating-google-cloud-project-suspensions-and-the-appeals-process-7464",
    provider="Google Cloud", label="security-incident",
    orig="2026-03-10", target="2028-09-19", time="04:18:52", tz="+0000",
    deadline="none",
    frm="Google Cloud Compliance <google-cloud-compliance@google.com>",
    to="Tomasz Wierzbicki <t.wierzbicki@lumenfield-apps.example>",
    subject="[Action Required] Your Google Cloud project lumenfield-prod-4471 has been suspended",
    body="""
Google Cloud

Hello Tomasz,

We have suspended the Google Cloud project lumenfield-prod-4471 (project
number 660182739405) because our systems detected signs that credentials
belonging to the project were being used by someone other than you.

What we observed
  - Between [[2026-03-09|iso]] 21:40 and [[2026-03-10|iso]] 02:55 (UTC), an
    API key created in this project was used from addresses in several
    countries to send a very large number of requests to the Generative
    Language API and the Maps Platform APIs.
  - The key had no API or application restrictions and was found embedded in
    a publicly reachable JavaScript bundle.
  - The traffic pattern does not match the project's previous usage.

What the suspension means
  - All resources in the project are stopped and its APIs return errors.
  - Billing for the project is paused while it is suspended.
  - Your data is kept while the case is open.

How to get the project reinstated
  1. Delete or rotate the exposed key and any other keys or service account
     keys you cannot account for.
  2. Review the project's audit logs and remove resources or principals you
     did not create.
  3. Submit one appeal from the Appeals page of the Google Cloud console,
     using case 4-5190237716. In the appeal, explain what caused the issue,
     what you changed, whether the activity was intentional, your billing
     account ID, and whether the project was compromised.

Please submit a single, complete appeal. Sending several appeals for the
same case moves it back in the review queue. Reviews can take several days.

Sincerely,
The Google Cloud Trust & Safety Team

(c) Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to your Google Cloud project.
""")

# 05 -- AWS: public AMI exposed credentials, AMI made private ----------------------------
add(src="https://aws.amazon.com/security/security-bulletins/reminder-about-safely-sharing-and-using-public-amis",
    provider="Amazon Web Services", label="security-incident",
    orig="2011-06-02", target="2028-09-07", time="21:09:33", tz="+0000",
    deadline="none",
    frm="Amazon Web Services <aws-security@amazon.com>",
    to="ops@tallowbrook-analytics.example",
    subject="Important: AWS credentials found in a public AMI owned by account 7712-0934-5518",
    body="""
Dear AWS Customer,

While reviewing Amazon Machine Images (AMIs) that are shared publicly, we
found that an image registered by your account contains secret credentials
that anyone who launches the image can read.

  Account:      7712-0934-5518
  Region:       us-east-1
  AMI:          ami-3f9b21d4 ("tallowbrook-etl-base-2011-05")
  Found in:     /root/.ec2/credentials.txt  (AWS access key AKIA-----------XQ7B
                and its secret key)
                /home/etl/.ssh/id_rsa  (private SSH key)
                /etc/etl/warehouse.conf  (database password)

Because we could not reach you right away, we changed the launch permissions
of this AMI to private on your behalf, so it can no longer be found or
launched by other accounts. We did not change anything else in your account.
Copies that other customers made before this change are outside our control.

Please treat every credential stored in this image as exposed:

  1. Create a new AWS access key, move your applications to it and then
     delete the old key. Do the same for any other AWS or third-party keys
     that were inside the image.
  2. Replace the SSH key pair and the database password listed above.
  3. Review your account activity and your bills for usage you do not
     recognise.
  4. Before sharing an image again, remove credentials, key files and shell
     history from it. Our guide on sharing AMIs safely is at
     http://aws.amazon.com/articles/0155828273219400

We have no indication so far that the exposed keys were used by anyone else,
but we strongly recommend that you complete these steps now.

If you have questions, contact us at aws-security@amazon.com.

Sincerely,
Amazon Web Services
""")

# 06 -- AWS Japan (JA): ElastiCache node maintenance scheduled -------------------------
add(src="https://aws.amazon.com/jp/premiumsupport/knowledge-center/elasticache-node-maintenance/",
    provider="Amazon Web Services (AWS Japan)", label="maintenance", ja=True,
    orig="2019-05-20", target="2028-09-11", time="10:15:02", tz="+0900",
    deadline="2019-06-03",
    frm="アマゾン ウェブ サービス <no-reply-aws@amazon.com>",
    to="infra-team@kagurazaka-shoten.example",
    subject="[Amazon ElastiCache] ノードの予定メンテナンスのお知らせ (アカウント 5301-8847-2269)",
    body="""
お客様各位

平素より Amazon Web Services をご利用いただき、誠にありがとうございます。

お客様の AWS アカウント (5301-8847-2269) でご利用中の Amazon ElastiCache
ノードについて、基盤ハードウェアの更新を目的とした予定メンテナンスを
実施いたしますので、お知らせいたします。

■ 対象リソース
  リージョン      : アジアパシフィック (東京) ap-northeast-1
  クラスター ID   : kagura-session-cache
  ノード ID       : 0001, 0002
  エンジン        : Redis 5.0.4

■ メンテナンス予定
  [[2019-06-03|jaw]] 15:00 ～ 16:00 (UTC)
  ※ クラスターに設定されている週次メンテナンスウィンドウ内で実施します。

■ 影響
  メンテナンス中、対象ノードは一時的に接続できなくなります。
  ノードは自動的に置き換えられ、エンドポイントは変更されません。
  レプリケーショングループでマルチ AZ の自動フェイルオーバーを有効にして
  いる場合、影響はフェイルオーバーに要する短時間に限られます。

■ お客様の対応について
  お客様による対応は必要ありません。予定どおり自動で実施されます。
  ご都合の良い時間に変更したい場合は、ElastiCache コンソールまたは
  ModifyReplicationGroup API でメンテナンスウィンドウを変更できます。
  また、予定日時より前にご自身でノードを置き換えた場合、この予定は
  取り消されます。延期は最長で 1 週間まで可能です。

予定されているイベントは AWS Personal Health Dashboard でもご確認いただけます。

今後とも Amazon Web Services をよろしくお願い申し上げます。

アマゾン ウェブ サービス
""")

# 07 -- Alibaba Cloud (zh, in-console message mirrored by mail): violating URL blocked ----
add(src="https://github.com/TechXueXi/TechXueXi/issues/245",
    provider="Alibaba Cloud", label="abuse",
    orig="2023-05-07", target="2028-09-10", time="11:47:26", tz="+0800",
    deadline="none",
    frm="阿里云 <noreply@notice.aliyun.com>",
    to="kong.yiming@chuanshan-tech.example",
    subject="【阿里云】违规URL屏蔽访问处理通知",
    body="""
尊敬的阿里云用户 kong.yiming@chuanshan-tech.example:

您好!经阿里云安全检测,您账号(UID: 1847266031559204)下的云服务器上
存在违规内容,相关URL已被屏蔽访问,具体信息如下:

  实例ID:      i-uf6d3k8q1wz7r2x9m4tb
  地域:        华东2(上海)
  公网IP:      203.0.113.88
  违规URL:     http://203.0.113.88:5001/api/login
  违规类型:    利用平台规则漏洞批量刷取数据/自动化作弊工具
  处理措施:    屏蔽该URL访问,屏蔽期限7天
  处理时间:    [[2023-05-07|zh]] 11:32

根据《阿里云产品服务协议》及相关安全管理规范,您的实例不得用于
传播违规内容或提供违规服务。屏蔽期间,上述URL对外不可访问,实例上的
其他业务不受影响。

请您尽快完成以下处理:
  1. 自查并删除实例上的违规程序及内容;
  2. 检查服务器是否被入侵、端口是否对公网不必要地开放;
  3. 如确认违规内容已清理,可登录云安全中心 -> 违规处罚 查看记录并
     提交复核申请。

请注意:同一实例多次违规,屏蔽时间将逐次延长(7天、7天、30天),
情节严重者将关停实例并限制账号部分功能。

如有疑问,请通过工单与我们联系。

阿里云计算有限公司
""")

# 08 -- ACM: certificate renewal needs email validation before expiry --------------------
add(src="https://github.com/NRGI/resourcecontracts.org/issues/1092",
    provider="Amazon Web Services", label="action-required",
    orig="2018-01-08", target="2028-09-18", time="14:26:08", tz="+0000",
    deadline="2018-02-04",
    frm="Amazon Certificate Manager <no-reply@certificates.amazon.com>",
    to="webmaster@openledger-contracts.example",
    subject="Certificate renewal for *.openledger-contracts.example requires your approval",
    body="""
Greetings from Amazon Web Services,

An SSL/TLS certificate issued by AWS Certificate Manager (ACM) in your AWS
account expires on [[2018-02-04|short]] at 12:00:00 UTC. ACM has started the
renewal, but it cannot complete it automatically.

  AWS account ID:          488201779314
  AWS Region:              us-east-1
  Certificate identifier:  arn:aws:acm:us-east-1:488201779314:certificate/
                           7c1f04ae-2b95-4d8e-a3f6-90d2e51c8b07
  Domains:                 *.openledger-contracts.example
                           openledger-contracts.example
  In use by:               2 Elastic Load Balancers, 1 CloudFront distribution

This certificate was validated by email. To renew it, someone who controls
the domain must approve the renewal by following the link in the validation
message we sent today. That message went to the addresses listed in the
domain's WHOIS record and to:

  admin@, administrator@, hostmaster@, postmaster@ and webmaster@
  openledger-contracts.example

If nobody approves the renewal before [[2018-02-04|short]] at 12:00:00 UTC,
the certificate will expire and browsers will show security errors for sites
that use it.

If the validation message did not arrive, you can send it again from the ACM
console (Actions > Resend validation email) or with the ResendValidationEmail
API. To avoid this step in future, you can request a replacement certificate
that uses DNS validation; ACM renews DNS-validated certificates automatically
as long as the CNAME record stays in place.

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was
produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.
""")

# 09 -- Microsoft: Midnight Blizzard notification, exfiltrated emails to review ---------
add(src="https://office-watch.com/2024/why-microsofts-slow-hacking-notices-should-worry-everyone/",
    provider="Microsoft 365", label="security-incident",
    orig="2024-06-25", target="2028-09-26", time="17:58:11", tz="+0000",
    deadline="none",
    frm="Microsoft <mssecurity-noreply@microsoft.com>",
    to="Global Administrator <admin@brightwater-civic.example>",
    subject="Microsoft notification: emails with your organization accessed by Midnight Blizzard",
    body="""
Important security notification for your organization

Tenant:        brightwater-civic.example
Tenant ID:     0b6e2f41-8d93-4c77-a5e1-3f9d2c71b8a4
Reference:     MB-NOTIF-2406-58814

This message concerns the earlier cyberattack on Microsoft by the threat
actor Microsoft tracks as Midnight Blizzard.

You are receiving it because people in your organization exchanged email with
Microsoft corporate mailboxes, and our investigation found that some of those
messages were accessed and copied by Midnight Blizzard during the attack.

What this means for you
  The messages in question were stored in Microsoft's own corporate mail
  system, not in your Microsoft 365 tenant. We have no evidence that your
  tenant itself was accessed. The copied messages may, however, contain
  information your organization shared with Microsoft, such as support
  details, contact data or, in some cases, credentials or secrets.

Reviewing the affected messages
  To be open about the scope, we have set up a secure review site where
  approved members of your organization can read the exfiltrated messages
  exchanged between Microsoft and your company. To request access, an
  administrator should open:

    https://purviewcustomer.powerappsportals.com/

  and enter the reference number above. Access is granted only after the
  requester's identity and role have been confirmed.

Recommended steps
  - Review the messages and rotate any password, API key, certificate or
    other secret that appears in them.
  - Treat unexpected messages that quote this correspondence with care.

We regret the impact this incident may have on your organization.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
""")

# 10 -- AWS Budgets alert: actual cost far above the monthly budget ---------------------
add(src="https://checkyourvibe.dev/blog/stories/aws-bill-crypto",
    provider="Amazon Web Services", label="billing",
    orig="2025-03-15", target="2028-09-16", time="08:04:37", tz="+0000",
    deadline="none",
    frm="AWS Budgets <no-reply@budgets.amazonaws.com>",
    to="dana.okafor@pixelmill-studio.example",
    subject="AWS Budgets: monthly-side-project has exceeded your alert threshold",
    body="""
AWS Budget Notification                          [[2025-03-15|long]]
AWS Account 905514702368

Dear AWS Customer,

You asked to be notified when the ACTUAL cost of your budget
"monthly-side-project" rose above 80% of the budgeted amount. That threshold
has been crossed.

  Budget name:          monthly-side-project
  Budget type:          Cost
  Budgeted amount:      $50.00
  Alert type:           ACTUAL
  Alert threshold:      > $40.00 (80%)
  ACTUAL amount:        $12,347.82

Largest contributors so far this month:

  Amazon Elastic Compute Cloud  $12,188.40  (p3.16xlarge, us-east-1,
                                             eu-west-1, ap-northeast-1)
  Data Transfer                 $141.06
  Amazon Simple Storage Service $18.36

Go to the AWS Budgets dashboard to review the budget, or open Cost Explorer
to see the charges by service and Region:
https://console.aws.amazon.com/billing/home#/budgets

If you do not recognise this usage, review the running resources in every
Region and contact AWS Support from the Support Center.

Note: budget figures can lag actual usage by several hours.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was
produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.
""")

# 11 -- PHISHING: fake Microsoft mailbox storage-limit warning -------------------------
add(src="https://www.onlinethreatalerts.com/article/2017/9/18/beware-of-microsoft-storage-limit-notification-phishing-scams/",
    provider="Microsoft (impersonated)", label="action-required", phishing=True,
    orig="2017-09-19", target="2028-09-05", time="07:32:50", tz="+0800",
    deadline="none",
    frm="Account Security <mailbox-notice@quota-service-desk.example>",
    to="r.kowalczyk@riverbend-home.example",
    subject="Storage Limit Notification",
    body="""
Final Warning

Dear user,

Your mailbox has reached its storage limit. New messages to your account
are now being held and will not be delivered until you Expand Your Storage
Limit.

Use the link below to expand your storage limit and start receiving your
new messages again:

  Expand Limit
  http://outlook-storage-upgrade.example/owa/expand.php?u=mailbox

The restriction will be lifted immediately once we confirm the storage
expansion was successful.

Thanks,
The email security team.

Microsoft respects your privacy. To learn more, please read our online
Privacy Statement.
Account Corporation, One Account Way, Redmond, WA 98052
""")

# 12 -- AWS support case: account compromised, spot instances in several Regions --------
add(src="http://blog.joemoreno.com/2014/04/5000-security-breach.html",
    provider="Amazon Web Services", label="security-incident",
    orig="2014-04-14", target="2028-09-25", time="18:36:21", tz="+0000",
    deadline="none",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="jm@moreno-labs.example",
    subject="Amazon Web Services has opened case 1814522087 on your behalf",
    body="""
Dear AWS Customer,

Amazon Web Services has opened a support case on your behalf.

  Case ID:   1814522087
  Subject:   Your AWS account 3385-1190-2274 may be compromised
  Severity:  Urgent

Our systems detected activity in your account that does not match your usage
history. Since [[2014-04-02|long]] a large number of EC2 Spot Instance requests
have been placed with your credentials in Regions you have not used before:

  Region                         Instances running   Instance type
  ap-northeast-1 (Tokyo)                12           cg1.4xlarge / g2.2xlarge
  sa-east-1 (Sao Paulo)                  9           c3.8xlarge
  ap-southeast-2 (Sydney)               10           g2.2xlarge
  ap-southeast-1 (Singapore)             8           c3.8xlarge

Charges for this month to date are about $5,360, compared with an average of
less than $6 in previous months. This pattern usually means that an access
key has been stolen and is being used to mine cryptocurrency. Spot Instances
are not covered by billing alerts in the way you may expect, so the cost can
grow quickly.

Please do the following now:

  1. Cancel the Spot requests and terminate the instances listed above in
     each Region.
  2. Delete or rotate every access key on the account, and change the root
     account password. Turn on multi-factor authentication.
  3. Check for IAM users, key pairs or security groups you did not create and
     remove them.
  4. Reply to this case when you are done. Once the account is secure we can
     review the unauthorized charges with you.

To reply, open the AWS Support Center and choose case 1814522087:
https://aws.amazon.com/support

Sincerely,
Amazon Web Services
""")

# 13 -- Oracle Cloud: customer notice about legacy login servers accessed ---------------
add(src="https://globalrelay.com/resources/blog/oracle-cloud-breach-lessons-on-public-cloud-risk",
    provider="Oracle Cloud", label="security-incident",
    orig="2025-04-07", target="2028-09-11", time="22:05:49", tz="+0000",
    deadline="none",
    frm="Oracle Cloud Customer Notification <oracle-cloud-notification_ww@oracle.com>",
    to="Cloud Account Administrator <cloudadmin@hollis-freight.example>",
    subject="Oracle notice to customers: security incident involving legacy login servers",
    body="""
Dear Oracle Cloud customer,

We are writing to inform you of a security incident and of the steps we
recommend.

What happened
Oracle learned that an unauthorized party gained access to two obsolete
servers that were previously used for sign-in to legacy Oracle Cloud
environments (Gen 1, also known as Oracle Cloud Classic). These servers have
not been part of Oracle Cloud Infrastructure (OCI) for some time. Oracle has
engaged outside forensic specialists and law enforcement.

What information was involved
Our investigation found that the party obtained user names and related
identity-store records for accounts that had been provisioned on the legacy
sign-in service, including accounts associated with your organization
(cloud account "hollisfreight"). Passwords in these records were stored in
hashed or encrypted form; based on what we know today they could not be used
to sign in to current environments. OCI and customer environments hosted on
OCI were not affected, and no customer data stored in OCI was accessed.

What we recommend
  - Reset the passwords of users who held accounts on the legacy sign-in
    service, especially where the same password might have been reused.
  - Rotate any credentials, keys or certificates that were configured for
    single sign-on or LDAP integration with the legacy environment.
  - Review authentication logs for unusual sign-ins and require multi-factor
    authentication for administrator accounts.

We will share further information if our investigation finds anything that
changes this assessment. For questions, please contact Oracle Support and
reference SR 3-39207741581.

Sincerely,
Oracle Cloud Security
""")

# 14 -- AWS pricing: public IPv4 address charge --------------------------------------------
add(src="https://github.com/DefangLabs/pulumi-defang/issues/309",
    provider="Amazon Web Services", label="pricing",
    orig="2023-11-29", target="2028-09-13", time="20:11:57", tz="+0000",
    deadline="2024-02-01",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="billing@northpier-robotics.example",
    subject="[Reminder] New charge for public IPv4 addresses starts [[2024-02-01|long]]",
    body="""
Hello,

We are writing to remind you that Amazon Web Services will start charging for
public IPv4 addresses on [[2024-02-01|long]]. We first announced this change on
[[2023-07-28|long]]. Our records show that AWS account 611902745538 currently
uses public IPv4 addresses that will be billed under the new pricing.

What is changing
  From [[2024-02-01|long]], every public IPv4 address is billed at $0.005 per
  hour (about $3.65 per month), whether or not it is attached to a running
  resource. This includes addresses on EC2 instances, Elastic IP addresses,
  NAT gateways, load balancers and other services. Previously only idle
  Elastic IP addresses were charged.

  Resources in your account with public IPv4 addresses (snapshot):
    EC2 instances:        14 addresses
    NAT gateways:          2 addresses
    Load balancers:        6 addresses
    Elastic IPs (idle):    3 addresses

What you can do
  - Review your usage with Public IP Insights in Amazon VPC IP Address
    Manager and in the AWS Cost and Usage Report.
  - Release addresses you no longer need, and consider IPv6 or private
    connectivity where a public IPv4 address is not required.
  - The AWS Free Tier for Amazon EC2 will include 750 hours of public IPv4
    usage per month for the first 12 months.

For details, see the Amazon VPC pricing page: https://aws.amazon.com/vpc/pricing/

If you have questions, please contact AWS Support.

Sincerely,
Amazon Web Services
""")

# 15 -- IBM Cloud: Object Storage SDK v1 end of support ------------------------------------
add(src="https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-deprecation-cos-sdk-v1",
    provider="IBM Cloud", label="action-required",
    orig="2026-08-06", target="2028-09-07", time="13:30:00", tz="+0000",
    deadline="2027-08-06",
    frm="IBM Cloud <no-reply@cloud.ibm.com>",
    to="Priya Ramanathan <priya.r@meridian-assets.example>",
    subject="Action required: IBM Cloud Object Storage SDK v1 (Go, Java, Node.js) reaches end of support on [[2027-08-06|long]]",
    body="""
IBM Cloud

Dear IBM Cloud customer,

As part of our regular review of the services we offer, IBM has decided to
end support for version 1 of the IBM Cloud Object Storage SDKs for Go, Java
and Node.js. Our records show that applications in your account
(a/3e91c0d4b7f24a55a0c6e19f2d8b7731) have recently called Object Storage with
one of these SDKs.

Key date
  [[2027-08-06|long]]   End of support. After this date, v1 of the SDKs
                       receives no updates, no security fixes and no new
                       releases.

What you need to do
  Plan and complete the move to the supported v2 SDKs before
  [[2027-08-06|long]]:
    - Node.js: IBM Cloud Object Storage SDK v1 -> v2
    - Go:      IBM Cloud Object Storage SDK v1 -> v2
    - Java:    IBM Cloud Object Storage SDK v1 -> v2
  Version 2 brings improved performance, stronger security defaults, current
  APIs and continued support.

Applications that keep using v1 after the end of support may continue to
work for a time, but they will not receive fixes for problems or
vulnerabilities discovered later.

Need help?
  Details and migration notes are available in the IBM Cloud Object Storage
  documentation (topic: deprecation-cos-sdk-v1). For questions or concerns,
  open a case through IBM Cloud Support.

Thank you,
IBM Cloud Object Storage team

IBM Corporation, 1 New Orchard Road, Armonk, NY 10504
You are receiving this notification because you are an administrator of an
IBM Cloud account. Manage notification preferences in the IBM Cloud console.
""")

# 16 -- AWS Japan (JA): ElastiCache security service update, apply by date -------------
add(src="https://docs.aws.amazon.com/ja_jp/AmazonElastiCache/latest/red-ug/managing-updates.html",
    provider="Amazon Web Services (AWS Japan)", label="action-required", ja=True,
    orig="2021-03-09", target="2028-09-19", time="11:02:14", tz="+0900",
    deadline="2021-04-06",
    frm="アマゾン ウェブ サービス <no-reply-aws@amazon.com>",
    to="sre@minatomirai-logistics.example",
    subject="[要対応] Amazon ElastiCache for Redis セキュリティ更新の適用のお願い",
    body="""
お客様各位

いつも Amazon Web Services をご利用いただきありがとうございます。

お客様の AWS アカウント (2094-6613-5870) に、Amazon ElastiCache for Redis の
新しいセルフサービス更新 (種類: セキュリティ) の対象となるクラスターが
あることをお知らせいたします。

■ サービス更新の概要
  更新名            : elc-20210309-001
  更新の種類        : セキュリティ
  重要度            : 重要
  リリース日        : [[2021-03-09|ja]]
  推奨適用期限      : [[2021-04-06|ja]]

■ 対象クラスター
  ap-northeast-1 : mm-order-cache (Redis 5.0.6, 3 シャード)
  ap-northeast-1 : mm-rate-limit  (Redis 5.0.6, 1 シャード)

■ お願い
  推奨適用期限である [[2021-04-06|jaw]] までに、ElastiCache コンソールの
  「サービスの更新」ページ、または BatchApplyUpdateAction API を使用して
  本更新を適用してください。期限までに適用されなかったクラスターには、
  その後のメンテナンスウィンドウで更新が自動的に適用される場合があります。

  適用中はノードが 1 つずつ置き換えられます。マルチ AZ と自動フェイル
  オーバーを有効にしている場合、影響は短時間の切り替えに限られます。
  更新の適用状況は「サービス更新のステータス」で確認できます。

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス
""")

# 17 -- Azure Cosmos DB: primary keys may have been exposed (ChaosDB) --------------------
add(src="https://www.data3.com/knowledge-centre/blog/microsoft-azure-cosmos-db-vulnerability/",
    provider="Microsoft Azure", label="security-incident",
    orig="2021-08-26", target="2028-09-21", time="02:44:31", tz="+0000",
    deadline="none",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="Subscription Owner <azure-owner@kestrel-health.example>",
    subject="[Action recommended] Regenerate the primary keys of your Azure Cosmos DB accounts",
    body="""
Microsoft Azure

Important notice about your Azure Cosmos DB accounts

Subscription: Kestrel Health - Production
              (d2b6f0a9-3c71-4e85-9a14-6c0e27b83f59)

On [[2021-08-12|long]], an external security researcher reported a
vulnerability in the Jupyter Notebook feature of Azure Cosmos DB. The issue
could have allowed a user of one account to obtain the primary read-write key
of other customers' Cosmos DB accounts that had the notebook feature enabled.
We fixed the vulnerability within 48 hours of the report and disabled the
affected feature.

Our investigation has found no evidence that the vulnerability was used by
anyone other than the researcher, and no customer data was accessed. However,
because of how the feature worked, we cannot rule out that the primary keys
of the accounts listed below were obtainable during the period in which the
vulnerability existed:

  cosmos-kh-patient-portal     (East US 2)
  cosmos-kh-analytics          (West Europe)

What we recommend
  1. Regenerate the primary read-write key of each account listed above.
     To avoid downtime, move your applications to the secondary key first,
     regenerate the primary key, then switch back.
  2. Regenerate the secondary keys afterwards as well.
  3. Review the diagnostic and activity logs of these accounts for unexpected
     access.
  4. Consider Azure AD role-based access and disabling key-based access where
     possible.

Instructions are in the Azure Cosmos DB documentation, "Secure access to data
in Azure Cosmos DB", and in the Azure portal under Keys.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 18 -- AWS EC2: instances scheduled for reboot to apply updates -------------------------
add(src="http://docs.rightscale.com/faq/clouds/aws/Preparing_for_AWS_maintenance.html",
    provider="Amazon Web Services", label="maintenance",
    orig="2011-12-02", target="2028-09-08", time="01:12:45", tz="+0000",
    deadline="2011-12-11",
    frm="Amazon Web Services <ec2-notification@amazon.com>",
    to="hosting@lindenfeld-media.example",
    subject="Amazon EC2 Instance Reboot Maintenance",
    body="""
Dear Amazon EC2 Customer,

One or more of your Amazon EC2 instances have been scheduled for a reboot so
that updates can be applied to them. Most reboots finish within a few
minutes, depending on how the instance is configured. The affected instances
and the scheduled windows are:

  Region     Instance ID   Maintenance window (UTC)                          Type
  us-east-1  i-6e2a91c4    [[2011-12-11|iso]] 04:00 - [[2011-12-11|iso]] 10:00   instance-reboot
  us-east-1  i-7b04d3f8    [[2011-12-11|iso]] 04:00 - [[2011-12-11|iso]] 10:00   instance-reboot
  us-east-1  i-1c88e02a    [[2011-12-12|iso]] 02:00 - [[2011-12-12|iso]] 08:00   system-reboot

No action is required on your part. Each reboot will take place during the
window shown. Your configuration settings are kept across the reboot.

You may also reboot the instances yourself at any time before the scheduled
window. An instance-reboot that you perform yourself applies the update and
cancels the scheduled event. System reboots of the underlying host cannot be
moved by rebooting the instance.

Scheduled events for your instances are listed on the Events page of the AWS
Management Console. More details on the process are on the Amazon EC2
Maintenance Help page: http://aws.amazon.com/maintenance-help/

If you have questions, the AWS Support team is available on the forums and
through AWS Premium Support.

Sincerely,
Amazon Web Services
""")

# 19 -- AWS Trust & Safety: malware reported in a customer's public S3 bucket ------------
add(src="https://docs.aws.amazon.com/es_es/whitepapers/latest/aws-security-incident-response-guide/aws-response-to-abuse-and-compromise.html",
    provider="Amazon Web Services", label="abuse",
    orig="2023-06-21", target="2028-09-20", time="15:48:03", tz="+0000",
    deadline="2023-06-22",
    frm="AWS Trust & Safety <ec2-abuse@amazon.com>",
    to="security@shareloop-docs.example",
    subject="Your AWS Abuse Report [28831706515-1] [AWS ID 729103558814]",
    body="""
Hello,

We've received a report that content hosted on the following AWS resource
in your account is being used to distribute malware:

  AWS ID:    729103558814
  Service:   Amazon S3
  Region:    eu-central-1
  Bucket:    shareloop-user-uploads
  Object(s): https://shareloop-user-uploads.s3.eu-central-1.amazonaws.com/
             u/88142/invoice_0623.zip
             https://shareloop-user-uploads.s3.eu-central-1.amazonaws.com/
             u/88142/scan_reader.exe

Reported activity: Malware distribution
Reporter comment: The archive contains a loader that installs an information
stealer. Links to these objects are being sent in spam messages that
impersonate a parcel delivery company. First seen [[2023-06-20|iso]] 23:10 UTC.

The bucket appears to accept uploads from the end users of your service and
serve them publicly. Even when content is placed there by a third party, you
are responsible for making sure your resources are not used in a way that
violates the AWS Acceptable Use Policy (https://aws.amazon.com/aup/).

Required actions:
  - Remove or disable public access to the reported objects.
  - Investigate how they were uploaded and prevent further abuse, for example
    by scanning uploads or restricting public access.
  - Reply to this email within 24 hours with the corrective action taken,
    without changing the subject line.

If you do not consider the content abusive, reply with the reasons why.
If we receive no response, we may block access to the reported content or
take further action on the resources involved.

For guidance, see https://aws.amazon.com/premiumsupport/knowledge-center/aws-abuse-report/

Regards,
AWS Trust & Safety
""")

# 20 -- Azure: past due balance on a pay-as-you-go subscription ----------------------------
add(src="https://github.com/MicrosoftDocs/azure-docs/issues/80724",
    provider="Microsoft Azure", label="billing",
    orig="2021-09-07", target="2028-09-12", time="06:20:40", tz="+0000",
    deadline="2021-09-21",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="Johan Lindqvist <johan.lindqvist@fjordline-data.example>",
    subject="Your Azure subscription has a past due balance",
    body="""
Microsoft Azure

Your payment didn't go through

Hi Johan,

We weren't able to charge the payment method on file for your Azure
subscription, so the subscription now has a past due balance.

  Subscription name:   Pay-As-You-Go - fjordline-dev
  Subscription ID:     a8c3e510-64b2-47d9-b0f1-2e95c7d40a68
  Billing period:      [[2021-07-26|short]] - [[2021-08-25|short]]
  Invoice number:      G004518273
  Amount due:          SEK 4 612,35
  Payment method:      Visa ending in 4410 (declined)

To avoid an interruption to your services, settle the balance by
[[2021-09-21|long]]. If the balance is still unpaid after that date, the
subscription may be disabled; disabled subscriptions stop running resources
and you can't create new ones until the balance is paid.

  Pay now: select "Pay now" in this email, or go to Cost Management +
  Billing > Subscriptions > fjordline-dev > Settle balance in the Azure portal.

Common reasons for a declined payment are an expired card, insufficient
funds or a block set by the card issuer. You can add or replace a payment
method at any time in the Azure portal.

If you've already paid, you can ignore this message.

Microsoft respects your privacy. Read our privacy statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 21 -- AWS: S3 buckets grant anonymous READ / WRITE (risky configuration) ---------------
add(src="http://aws.typepad.com/aws/2010/07/amazon-s3-bucket-policies-another-way-to-protect-your-content.html",
    provider="Amazon Web Services", label="security-advisory",
    orig="2011-08-22", target="2028-09-18", time="19:55:17", tz="+0000",
    deadline="none",
    frm="Amazon Web Services <aws-security@amazon.com>",
    to="it@ravensmoor-archive.example",
    subject="Review the permissions on your Amazon S3 buckets",
    body="""
Dear Amazon S3 Customer,

We are aware of a tool that scans Amazon S3 for buckets whose access control
lists let anonymous users list their contents. We have checked the
permissions of all buckets and found that some of the buckets owned by your
AWS account (account 2287-6510-4493) grant permissions to "Everyone":

  Bucket                         Grant to Everyone
  ravensmoor-scans-2010          READ (list bucket)
  ravensmoor-web-assets          READ (list bucket)
  ravensmoor-incoming            WRITE, WRITE_ACP

With READ permission on a bucket, anyone can list the objects it contains and
then try to fetch objects that are not protected, which can expose content
and generate usage charges on your account. With WRITE or WRITE_ACP
permission, anyone can add, overwrite or delete objects, or change their
permissions.

We have no indication that data in your buckets was accessed or changed, but
we strongly encourage you to review these settings:

  1. In the AWS Management Console, select each bucket, choose Properties and
     open the Permissions tab.
  2. Remove grants to "Everyone" and "Authenticated Users" unless you need
     them.
  3. If you host a static website in S3, note that bucket-level READ for
     Everyone is not needed; grant READ on the individual objects instead, or
     use a bucket policy.
  4. If you are concerned about the integrity of your objects, check their
     modification dates and your server access logs.

Sincerely,
The Amazon S3 Team
""")

# 22 -- PHISHING: fake AWS SSO device authorization request --------------------------------
add(src="https://github.com/qiwihui/pocket_readings/issues/1129",
    provider="Amazon Web Services (impersonated)", label="action-required", phishing=True,
    orig="2021-06-11", target="2028-09-15", time="09:27:36", tz="+0000",
    deadline="none",
    frm="AWS Single Sign-On <no-reply@aws-sso-notifications.example>",
    to="Mara Lindgren <mara.lindgren@solvik-energy.example>",
    subject="Action required: confirm your device to keep access to your AWS accounts",
    body="""
AWS Single Sign-On

Hello Mara,

As part of the security upgrade to your organization's AWS access portal,
every user must confirm the device they use to reach AWS accounts. Your
confirmation is still outstanding.

To keep access to the following accounts, confirm your device today:

  - solvik-prod (Administrator)
  - solvik-data (PowerUser)

How to confirm
  1. Open the verification page:
     https://device.sso.eu-west-1.amazonaws.com/
  2. Enter the code below when asked and sign in with your usual
     credentials.

     Verification code:  QKXW-RNPD

  3. Select "Allow" to complete the confirmation.

The code is valid for 10 minutes. If you do not confirm your device, your
access to these accounts will be paused until an administrator restores it.

Thank you,
AWS Identity Team

This is an automated message. Please do not reply.
""")

# 23 -- Google Cloud: billing account suspended for suspected fraud, verify in 3 days ----
add(src="https://medium.com/@bbender_10171/i-just-wanted-to-update-that-we-have-worked-directly-with-the-customer-and-also-share-a-broader-96b38357d9b8",
    provider="Google Cloud", label="security-incident",
    orig="2018-06-28", target="2028-09-14", time="13:09:58", tz="+0000",
    deadline="2018-07-03",
    frm="Google Cloud Platform <CloudPlatform-noreply@google.com>",
    to="ops@windvane-renewables.example",
    subject="Action required: Critical problem with your Google Cloud Platform billing account",
    body="""
Google Cloud Platform

Dear Google Cloud Platform customer,

Our systems have detected potential suspicious activity on your Google Cloud
Platform billing account 01A7C2-5F93E0-B84D21. To protect you, we have
suspended the billing account. All projects linked to it are affected,
including:

  - windvane-scada-dashboard   (App Engine, Cloud SQL, Cloud Storage)
  - windvane-telemetry         (Compute Engine, Cloud Pub/Sub)
  - windvane-mobile            (Firebase)

While the billing account is suspended, resources in these projects are
shut down and cannot be used.

What you need to do
To restore service, the holder of the payment card registered on the billing
account must confirm their identity by [[2018-07-03|long]] (three business
days). Sign in to the Cloud Console as a billing administrator, open the
Billing page and follow the instructions to:

  1. upload a copy of a government-issued photo ID of the card holder, and
  2. upload an image of the front of the payment card, with all but the last
     four digits covered.

If we cannot verify the account by [[2018-07-03|long]], the suspended projects
and their data may be deleted.

If you believe this suspension was made in error, reply through the same
Billing page. We review verifications as quickly as possible.

Sincerely,
The Google Cloud Platform / Google APIs Team

(c) 2018 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

# 24 -- Amazon SES: domain verification failed after 72 hours --------------------------------
add(src="https://github.com/StormSurgeLive/asgs/issues/537",
    provider="Amazon Web Services", label="action-required",
    orig="2021-06-20", target="2028-09-17", time="03:41:27", tz="+0000",
    deadline="none",
    frm="Amazon Web Services <no-reply-aws@amazon.com>",
    to="jfleming@surgewatch-research.example",
    subject="Amazon SES Domain Verification FAILURE in region US East (N. Virginia)",
    body="""
Hello,

For the last 72 hours we have tried to verify the domain
surgewatch-research.example in the US East (N. Virginia) region, but we could
not find the required TXT record in the domain's DNS settings.

  Record name:   _amazonses.surgewatch-research.example
  Record type:   TXT
  Expected value: 4m1kqVt8xZbR0pL2cYwE7nH5sJ3aG6dF9uT0iO2eW1Q=

Verification has now failed. Until the domain is verified, you cannot send
email from addresses in surgewatch-research.example through Amazon SES or
Amazon Pinpoint.

We also could not confirm the DKIM set-up for this domain: the three CNAME
records generated for DKIM signing were not found. Mail sent without DKIM is
more likely to be rejected or filtered by receiving servers.

If you still want to use this domain, check that the records above are
published exactly as shown (some DNS providers add the domain name to the
record name automatically), then start the verification again from the
Amazon SES console or with the VerifyDomainIdentity / VerifyDomainDkim API.

For troubleshooting help, see
http://docs.aws.amazon.com/ses/latest/DeveloperGuide/domain-verification-problems.html

Note that this message only concerns the US East (N. Virginia) region.

Thank you for using Amazon Web Services.
""")

# 25 -- Alibaba Cloud pricing: Pay-As-You-Go ECS billed per second -------------------------
add(src="https://www.alibabacloud.com/notice/ECS-0928",
    provider="Alibaba Cloud", label="pricing",
    orig="2017-09-21", target="2028-09-21", time="10:00:00", tz="+0800",
    deadline="2017-09-28",
    frm="Alibaba Cloud <no-reply@alibabacloud.com>",
    to="accounts@harbourline-games.example",
    subject="Notice: Pay-As-You-Go ECS instances will be billed per second from [[2017-09-28|long]]",
    body="""
Dear Alibaba Cloud user,

We are changing how Pay-As-You-Go Elastic Compute Service (ECS) usage is
metered. From 12:00 (UTC) on [[2017-09-28|long]], Pay-As-You-Go ECS instances
and cloud disks will be billed by the second instead of by the minute.

What changes
  1. Usage of Pay-As-You-Go ECS instances and cloud disks is measured to the
     second. Fees are calculated to six decimal places (USD).
  2. If the total fee for an instance, from creation to release, is less than
     USD 0.01, a fee of USD 0.01 is charged.
  3. If you change the configuration of an instance within an hour, several
     metering records are generated for that hour; the StartTime and EndTime
     of each record show the period during which each configuration applied.
  4. Outbound data transfer continues to be billed as a separate item.

What this means for you
  Unit prices are not changing. Because you pay only for the seconds you use,
  short-lived instances will generally cost less than before. Subscription
  (monthly/yearly) instances are not affected.

No action is required. Bills and usage records generated after the change
will show the new metering granularity.

Thank you for your support of Alibaba Cloud.

The Alibaba Cloud Team
""")

# 26 -- AWS Japan (JA): payment for monthly charges failed ---------------------------------
add(src="https://aws.amazon.com/jp/premiumsupport/knowledge-center/credit-card-declined/",
    provider="Amazon Web Services (AWS Japan)", label="billing", ja=True,
    orig="2022-06-02", target="2028-09-28", time="09:12:33", tz="+0900",
    deadline="2022-06-30",
    frm="Amazon Web Services <aws-receivables-support@email.amazon.com>",
    to="keiri@asahigaoka-design.example",
    subject="【要対応】AWS アカウントのお支払いを処理できませんでした",
    body="""
アマゾン ウェブ サービスをご利用のお客様

AWS アカウント 4418-2096-7351 の [[2022-05-01|ja]]～[[2022-05-31|ja]] ご利用分
のお支払いについて、ご登録のクレジットカードへの請求を処理することが
できませんでした。

  請求書番号        : JPIN22-1148305
  ご請求金額        : 38,415 円 (税込)
  お支払い方法      : Mastercard (末尾 2207)
  販売者            : アマゾン ウェブ サービス ジャパン合同会社

カードが承認されなかった主な理由として、有効期限切れ、利用限度額の
超過、カード会社による海外または定期請求の制限などが考えられます。
請求連絡先や電話番号がカード会社の登録情報と一致しているかも
ご確認ください。

お手数ですが、Billing and Cost Management コンソールの「お支払い方法」で
カード情報を確認・更新したうえで、「お支払い」ページから未払い残高を
お支払いください。引き続き自動で請求を再試行いたします。

[[2022-06-30|jaw]] までにお支払いを確認できない場合、AWS アカウントが
停止され、サービスをご利用いただけなくなる可能性があります。

すでにお支払いがお済みの場合は、本メールと行き違いとなったことを
お詫び申し上げます。

アマゾン ウェブ サービス ジャパン合同会社
""")

# 27 -- Azure: subscription disabled for a policy violation (startup programme) ----------
add(src="https://github.com/Azure-Samples/ai-hub-gateway-solution-accelerator/issues/15",
    provider="Microsoft Azure", label="abuse",
    orig="2024-07-23", target="2028-09-26", time="05:33:12", tz="+0000",
    deadline="none",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="Account Owner <founders@starlight-retail-ai.example>",
    subject="Your Azure subscription has been disabled",
    body="""
Microsoft Azure

Your subscription has been disabled

Subscription name:  Microsoft for Startups - Founders Hub
Subscription ID:    7f41c9d2-0b8e-4a63-95d7-c21e6a08f3b4
Disabled on:        [[2024-07-23|long]]

We have disabled this subscription because activity in it was found to
violate the Microsoft Azure Acceptable Use Policy and the terms of the
Microsoft for Startups offer. Our systems detected a pattern of deployments
and API traffic that matches abuse of the Azure OpenAI Service, including
high-volume requests routed to external consumers through gateway resources.

What happens now
  - All running resources in the subscription have been stopped and
    deallocated. Management operations other than read and delete are
    blocked.
  - Your data is kept for a limited retention period while the subscription
    is disabled. After that period it may be permanently deleted.
  - Other subscriptions under the same account may be reviewed.

If you believe this decision is wrong, an account administrator can open a
support request from the Azure portal (Help + support > New support request >
Subscription management) and describe the workload that was running. Please
do not create a new subscription to redeploy the same resources while the
review is in progress.

Microsoft respects your privacy. Read our privacy statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 28 -- AWS Trusted Advisor: Lambda functions on a deprecated runtime ----------------------
add(src="https://github.com/medmunds/aws-cfn-ses-domain/issues/20",
    provider="Amazon Web Services", label="action-required",
    orig="2026-01-21", target="2028-09-27", time="16:40:09", tz="+0000",
    deadline="2026-02-15",
    frm="AWS Trusted Advisor <no-reply-aws@amazon.com>",
    to="cloud@barrettgeiger-consulting.example",
    subject="AWS Trusted Advisor: action recommended - AWS Lambda functions using deprecated runtimes",
    body="""
Hello,

AWS Trusted Advisor has flagged a check in AWS account 553087214469 with the
status "Action recommended".

Check:    AWS Lambda Functions Using Deprecated Runtimes
Category: Security
Status:   Action recommended (red)
Flagged resources: 2

  Region     Function name                                   Runtime     Last modified
  us-east-1  mail-stack-CfnSESDomain-1Q7Z4KX0T8BNA          python3.9   [[2024-03-18|iso]]
  us-east-1  mail-stack-CfnSESEmailIdentity-0LW2R5MJ3C9DF   python3.9   [[2024-03-18|iso]]

These functions were created by a CloudFormation stack (mail-stack) as custom
resource handlers. The python3.9 runtime reached end of support in AWS Lambda
on [[2025-12-15|long]]:

  - Since [[2025-12-15|long]], the runtime no longer receives security patches
    and functions using it are not eligible for technical support.
  - Since [[2026-01-15|long]], you cannot create new functions with python3.9.
  - From [[2026-02-15|long]], you will no longer be able to update the code or
    configuration of existing python3.9 functions.

Invocations are not blocked: the functions keep running, but on a runtime
that is no longer maintained.

Recommended action
  Update both functions to a supported runtime (for example python3.13 or
  later) before [[2026-02-15|long]]. Because they belong to a CloudFormation
  stack, change the Runtime property in the template and update the stack, or
  replace the custom resources with the native AWS::SES::EmailIdentity
  resource type.

To view all flagged resources, open the Trusted Advisor console:
https://console.aws.amazon.com/trustedadvisor/

You are receiving this email because you subscribed to weekly Trusted Advisor
notifications. Manage preferences in the Trusted Advisor console.

Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""")

# 29 -- OCI: dedicated virtual machine host planned maintenance, migrate before due date -
add(src="https://docs.public.content.oci.oraclecloud.com/en-us/iaas/Content/Compute/Concepts/dedicatedvmhosts_topic-infrastructure-maintenance.htm",
    provider="Oracle Cloud", label="action-required",
    orig="2024-10-15", target="2028-09-05", time="12:08:44", tz="+0000",
    deadline="2024-10-29",
    frm="Oracle Cloud Infrastructure <noreply@notification.oraclecloud.com>",
    to="Tenancy Administrator <oci-admin@castellan-bank.example>",
    subject="Action Required: Planned maintenance for dedicated virtual machine host dvmh-fra-prod-02",
    body="""
Oracle Cloud Infrastructure

Planned maintenance: dedicated virtual machine host

Tenancy:             castellanbank
Region:              eu-frankfurt-1
Availability domain: FRA-AD-2
Compartment:         prod-core
Dedicated VM host:   dvmh-fra-prod-02
                     ocid1.dedicatedvmhost.oc1.eu-frankfurt-1.antheljs7x3qwaiab4k2vm0z
Maintenance type:    Planned hardware maintenance
Maintenance due:     [[2024-10-29|wlong]], 09:00 UTC
Due date extension:  Not available for this event

The physical server behind this dedicated virtual machine host needs planned
maintenance. The instances running on it must be moved to another dedicated
virtual machine host before the due date.

Instances on this host:
  fra-core-app-01   VM.Standard.E4.Flex   RUNNING
  fra-core-app-02   VM.Standard.E4.Flex   RUNNING
  fra-core-db-bkp   VM.Standard.E4.Flex   STOPPED

Action required
  Reboot migrate all instances to another dedicated virtual machine host in
  the same availability domain before [[2024-10-29|long]], 09:00 UTC. Reboot
  migration across availability domains is not supported. Each instance is
  stopped and restarted on the destination host, so plan for a short
  interruption. You can follow the progress in Work Requests.

What happens if no action is taken
  At the due time, OCI disables all instances still running on the host.
  Seven days later the instances and the dedicated virtual machine host are
  terminated (deleted) as part of the repair.

For instructions, see "Managing Maintenance Reboot Migration for Dedicated
Virtual Machine Hosts" in the OCI documentation, or contact Oracle Support.

Oracle Corporation, 2300 Oracle Way, Austin, TX 78741
""")

# 30 -- AWS Health: resolved Kinesis Data Streams event in us-east-1 ----------------------
add(src="https://www.stream.security/post/lessons-hopefully-learned-from-awss-latest-outage",
    provider="Amazon Web Services", label="informational",
    orig="2020-11-26", target="2028-09-14", time="07:05:16", tz="+0000",
    deadline="none",
    frm="AWS Health <no-reply-aws@amazon.com>",
    to="oncall@tidewater-iot.example",
    subject="[RESOLVED] AWS Health Event - Increased error rates for Amazon Kinesis Data Streams in US-EAST-1",
    body="""
AWS Health Event

Event type:      AWS_KINESIS_OPERATIONAL_ISSUE
Service:         Amazon Kinesis Data Streams
Region:          us-east-1 (N. Virginia)
Status:          Resolved
Start time:      [[2020-11-25|long]] 05:15 AM PST
End time:        [[2020-11-25|long]] 10:23 PM PST
Account:         840117395562
Affected resources in this account: 3 streams

Description

[RESOLVED] Between 5:15 AM and 10:23 PM PST on [[2020-11-25|long]], customers
experienced increased error rates and latencies for Kinesis Data Streams
API calls (PutRecord, PutRecords, GetRecords) in the US-EAST-1 Region. Other
services that depend on Kinesis, including Amazon Cognito, Amazon CloudWatch,
CloudWatch Events/EventBridge and AWS Lambda event processing, were also
impacted during this period.

The event was triggered by the addition of a small amount of capacity to the
Kinesis front-end fleet, which caused the servers in that fleet to exceed the
maximum number of threads allowed by their operating system configuration.
We restarted the fleet in stages, moved to larger servers and restored
normal operation. The issue has been resolved and the service is operating
normally.

Records written before the event were not lost. Data that producers could not
write during the event may need to be resent by your applications.

We will publish a detailed summary of this event in the coming days. We
apologise for the impact this event caused.

You can view this event in the AWS Personal Health Dashboard:
https://phd.aws.amazon.com/phd/home#/event-log

Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""")

# 31 -- IBM: API Connect Reserved instance upgrade scheduled (one week notice) -----------
add(src="https://www.ibm.com/docs/en/api-connect/cloud/12.1.1_reserved_instance?topic=overview-upgrades-maintenance",
    provider="IBM Cloud", label="maintenance",
    orig="2025-03-03", target="2028-09-25", time="14:00:21", tz="+0000",
    deadline="2025-03-10",
    frm="IBM Cloud Notifications <no-reply@cloud.ibm.com>",
    to="Integration Team <apic-owners@novacrest-insurance.example>",
    subject="Planned maintenance: API Connect Reserved instance upgrade on [[2025-03-10|long]]",
    body="""
IBM Cloud - Planned maintenance

Service:        API Connect Reserved Instance
Instance:       novacrest-apic-prod (Frankfurt, eu-de)
Change type:    Product upgrade
Window start:   [[2025-03-10|wlong]], 01:00 UTC
Window end:     [[2025-03-10|wlong]], 05:00 UTC
Change record:  CHG0487123

Summary
IBM will upgrade your API Connect Reserved instance to the latest fix level
during the window above. The upgrade includes product fixes and security
updates for the management, portal and gateway components.

Expected impact
  - The API Manager and Cloud Manager user interfaces and the management
    APIs will be unavailable for up to 60 minutes during the window.
  - The developer portal will be read-only for part of the window.
  - Gateway traffic to published APIs is expected to continue; short
    connection resets may occur while gateway pods are restarted one at a
    time.

Do I need to do anything?
No action is required. Following IBM Cloud change management guidelines, we
are giving one week's notice. If this time is not convenient, you can ask to
reschedule by opening a support case before the window starts and quoting
the change record number. Urgent security updates may be applied with
shorter notice and cannot be rescheduled.

You will receive another notification when the maintenance is complete.

IBM Cloud
IBM Corporation, 1 New Orchard Road, Armonk, NY 10504
""")

# 32 -- Amazon Route 53: registered domain expiring, automatic renewal is off ------------
add(src="https://cloud.lensix.com/blog/domain-expiring-soon-renew-route-53-domains-before-they-lapse",
    provider="Amazon Web Services", label="action-required",
    orig="2025-07-08", target="2028-09-26", time="11:17:54", tz="+0000",
    deadline="2025-08-22",
    frm="Amazon Route 53 <noreply@registrar.amazon.com>",
    to="Registrant <domains@oakhurst-clinics.example>",
    subject="Your domain oakhurst-clinics.example expires on [[2025-08-22|long]] - automatic renewal is off",
    body="""
Amazon Route 53

Dear Amazon Route 53 customer,

The registration for the following domain, registered through Amazon Route 53
in AWS account 274409331865, will expire soon, and automatic renewal is turned
off for it:

  Domain name:       oakhurst-clinics.example
  Expiration date:   [[2025-08-22|long]]
  Automatic renewal: Disabled
  Renewal price:     USD 13.00 per year

If the domain is not renewed before [[2025-08-22|long]], it will expire. When a
domain expires, DNS resolution stops, which takes down the websites, email
and APIs that use it, and after the grace period the name may become
available for someone else to register.

To keep the domain
  Turn on automatic renewal in the Route 53 console (Registered domains >
  oakhurst-clinics.example > Turn on auto-renew), or run:

    aws route53domains enable-domain-auto-renew \\
        --domain-name oakhurst-clinics.example --region us-east-1

  With automatic renewal on, we renew the registration about 35 days before
  the expiration date and charge the renewal fee to your AWS account.

If you do not want to keep the domain, no action is needed. We will remind
you again as the expiration date approaches.

Amazon Route 53 registers domains in association with its registrar
associate, Gandi. This message was sent to the registrant contact for the
domain.

Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""")

# 33 -- Microsoft Entra ID: inactive tenant must make a purchase to stay active ----------
add(src="https://borncity.com/win/2025/05/30/microsoft-phishing-with-ms-365-tenants/",
    provider="Microsoft Entra ID / Microsoft 365", label="action-required",
    orig="2025-05-26", target="2028-09-18", time="22:41:03", tz="+0000",
    deadline="2025-06-26",
    frm="Microsoft <msonlineservicesteam@microsoftonline.com>",
    to="g.born-test@rheinhalde-labs.example",
    subject="Action required: Make a purchase by [[2025-06-26|long]] to continue using your tenant",
    body="""
Microsoft

Complete a purchase by [[2025-06-26|long]] to keep your account active

You're receiving this email because the Microsoft Entra ID tenant associated
with your account (tenant ID 3c9e4a71-50bd-4f18-9a2e-d6c08b7f1e52) has been
inactive for more than 200 days.

Required action
  To continue using this tenant, make a purchase of any eligible Microsoft
  cloud subscription (for example Microsoft 365, Microsoft Entra ID P1 or an
  Azure subscription) before [[2025-06-26|long]].

What happens if you don't act
  If no purchase is made by [[2025-06-26|long]], the tenant will be scheduled
  for deletion. Users, groups, app registrations and other directory objects
  in the tenant will be removed and cannot be recovered. To use Microsoft
  cloud services afterwards, you would need to create a new tenant.

  Buy a subscription:  Microsoft 365 admin center > Billing > Purchase services
  Learn more:          Microsoft Entra ID tenant life cycle documentation

If you no longer need this tenant, you don't have to do anything.

This message was sent from an unmonitored mailbox.
Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 34 -- Alibaba Cloud: Billing Details display update (tiered items split) -----------------
add(src="https://www.alibabacloud.com/en/notice/billing0110",
    provider="Alibaba Cloud", label="informational",
    orig="2024-01-10", target="2028-09-27", time="17:30:00", tz="+0800",
    deadline="2024-01-23",
    frm="Alibaba Cloud <no-reply@alibabacloud.com>",
    to="finance@meridian-seafoods.example",
    subject="[Alibaba Cloud] Update to the Billing Details feature on [[2024-01-23|long]]",
    body="""
Dear user,

The Billing Details feature of Alibaba Cloud Billing Management will be
updated at 16:00 on [[2024-01-23|long]] (UTC+8).

After the update, when a billing item uses tiered pricing and its usage in a
billing cycle falls into more than one price tier, a separate bill line is
generated for each tier in the billing details. This applies to:

  1. bill reports generated on the Billing Details page when Billing Item is
     selected as the statistic item and Billing Period as the statistic
     period; and
  2. data exported through SubscribeBillToOSS.

What this means for you
  The update changes only how bill data is displayed and exported. It does
  not affect your running services or the amount you are actually charged.
  If you process exported bills automatically, please check that your
  scripts accept more than one line per billing item and period.

We apologise for any inconvenience. If you have questions, please submit a
ticket. Thank you for your understanding and support.

The Alibaba Cloud Team
""")

# 35 -- Azure: post incident review, App Service erroneous 404 notifications -------------
add(src="https://status.graphisoft.com/incidents/h1b8d2z5kkyc",
    provider="Microsoft Azure", label="informational",
    orig="2024-11-15", target="2028-09-22", time="20:06:30", tz="+0000",
    deadline="none",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="Service Health Contacts <azure-health@kaltberg-bau.example>",
    subject="Azure service health: Post Incident Review (PIR) - App Service - Erroneous 404 failures (Tracking ID 8KQ1-T9Z)",
    body="""
Azure Service Health

Post Incident Review (PIR)
App Service - Erroneous 404 failures
Tracking ID: 8KQ1-T9Z
Impacted subscription: Kaltberg Bau - Produktion (4a7d19c0-2e63-4bf5-8c10-9d3e56a2f871)

What happened?
Between 10:01 UTC on [[2024-10-28|dmy]] and 18:07 UTC on [[2024-11-01|dmy]], a
subset of customers using App Service may have seen 404 failure notifications
for the Microsoft.Web/sites/workflows API in their alerts and logs. All App
Service customers in all Azure regions could potentially have been affected.
Running applications were not stopped.

What went wrong and why?
The 404 responses were caused by a change in a back-end service, Microsoft
Defender for Cloud (MDC). MDC periodically scans customer environments through
Azure APIs to detect potential issues. It had recently been extended to scan
internal endpoints in addition to Microsoft.Web/sites, and these new requests
were blocked by Web Apps, producing the 404 responses that appeared in
customer logs.

How did we respond?
Customers reported the issue and the App Service team began investigating at
15:52 UTC on [[2024-10-31|dmy]]. The MDC team joined at 17:28 UTC on
[[2024-11-01|dmy]]. The teams first throttled and blocked the MDC requests to
the affected endpoint, which stopped the errors, and then rolled back the
MDC change, ending the endpoint scan entirely.

How are we making incidents like this less likely or less impactful?
  - Adding pre-release validation for changes that call internal App Service
    endpoints.
  - Improving detection so that unexpected error spikes are identified by our
    monitoring before customers report them.

No action is required from you. Share feedback on this PIR through the
survey link in Azure Service Health.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 36 -- PHISHING: fake "cloud storage payment declined" warning using Google Cloud branding
add(src="https://www.trolleyesecurity.com/?p=25212",
    provider="Google Cloud (impersonated)", label="billing", phishing=True,
    orig="2026-01-20", target="2028-09-26", time="02:58:47", tz="+0000",
    deadline="none",
    frm="Cloud Storage Billing <hxsupport@bjmbsjannjjvdfdl-mailer.example>",
    to="Hannah Whitcombe <hannah.whitcombe@mailbox.example>",
    subject="Hannah, Immediate Action Required. Payment Declined - Cloud Storage 1TB",
    body="""
Google Cloud Storage

Your Cloud Subscription Is at Risk

Dear Hannah,

We couldn't process your most recent payment for Cloud Storage 1TB.

  Subscription ID:   CS-77120-4893-UK
  Plan:              Cloud Storage 1TB
  Status:            PAYMENT OVERDUE
  Last attempt:      [[2026-01-19|dmy]]

Your storage is full and your backups have stopped syncing. If this is not
resolved, your account will be blocked and your photos, videos, files and
device backups will be permanently deleted.

Please verify or update your payment method now to keep access to your data.
As a loyal customer you can also upgrade today with up to 80% off.

  UPDATE PAYMENT
  https://storage.googleapis.com/cs-renewal-7741/index.html#hannah.whitcombe

If you have already updated your payment details, please ignore this email.

Cloud Storage Support Team
To unsubscribe from these messages, click here.
""")


if __name__ == "__main__":
    main()
