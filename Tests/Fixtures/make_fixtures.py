#!/usr/bin/env python3
"""Regenerate the hand-made mail fixtures in Tests/Fixtures/Resources/.

    python3 Tests/Fixtures/make_fixtures.py

Standard library only and deterministic: running it twice gives the same bytes
(the gzip member is written with mtime 0 and no file name, like `gzip -n`).
After writing, every fixture is parsed back with Python's `email` package
(policy=email.policy.default) and compared with the expected values that are
also written to Resources/README.md; the script exits 1 on any mismatch.

The notices are invented. They follow the shape of AWS notice e-mails
(sender, subject style, account IDs, Regions, dates) but their wording is our
own, and the dates, versions and resources in them are fictional.
"""

from __future__ import annotations

import base64
import email
import gzip
import mailbox
import quopri
import re
import sys
from datetime import datetime, timezone
from email import policy
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "Resources"

AWS_NAME = "Amazon Web Services"
AWS_ADDR = "no-reply-aws@amazon.com"
AWS_FROM = f"{AWS_NAME} <{AWS_ADDR}>"

ACCOUNT_RE = re.compile(r"(?<!\d)\d{12}(?!\d)")


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def b64_lines(data: bytes) -> str:
    """Base64 in 76-character lines, each ending in LF."""
    return base64.encodebytes(data).decode("ascii")


def qp(data: bytes) -> str:
    """Quoted-printable (RFC 2045) with soft line breaks at 76 columns."""
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


def b_words(text: str, label: str, codec: str, first_room: int) -> str:
    """RFC 2047 B encoded-words for `text`, split between whole characters.

    Each word is complete in itself (for ISO-2022-JP that means it ends back
    in ASCII), the first fits in `first_room` columns and the others in 75,
    and the words are folded onto continuation lines. Every word but the last
    holds a multiple of 3 bytes, so only the last one ends in `=` padding:
    these fixtures test the charset, while padding between words has its own
    fixture (rfc2047-padded-b-words.eml).
    """
    def word(chunk: str) -> str:
        return f"=?{label}?B?{base64.b64encode(chunk.encode(codec)).decode('ascii')}?="

    chunks: list[str] = []
    rest = text
    while rest:
        room = first_room if not chunks else 75
        if len(word(rest)) <= room:
            chunks.append(rest)
            break
        fits = [n for n in range(1, len(rest)) if len(word(rest[:n])) <= room]
        unpadded = [n for n in fits if len(rest[:n].encode(codec)) % 3 == 0]
        n = max(unpadded or fits)
        chunks.append(rest[:n])
        rest = rest[n:]
    return "\n ".join(word(c) for c in chunks)


def header_block(pairs: list[tuple[str, str]]) -> str:
    return "".join(f"{name}: {value}\n" for name, value in pairs)


def std_headers(*, frm: str, to: str, subject: str, date: str,
                msgid: str | None, ctype: str, cte: str,
                extra: list[tuple[str, str]] = ()) -> str:
    pairs = [("From", frm), ("To", to), ("Subject", subject), ("Date", date)]
    if msgid is not None:
        pairs.append(("Message-ID", f"<{msgid}>"))
    pairs += list(extra)
    pairs += [("MIME-Version", "1.0"), ("Content-Type", ctype),
              ("Content-Transfer-Encoding", cte)]
    return header_block(pairs)


def plain_ascii_message(*, subject: str, date: str, msgid: str | None,
                        body: str, to: str = "cloud-ops@example.com",
                        frm: str = AWS_FROM) -> bytes:
    body.encode("ascii")  # must be plain ASCII
    head = std_headers(frm=frm, to=to, subject=subject, date=date, msgid=msgid,
                       ctype="text/plain; charset=us-ascii", cte="7bit")
    return (head + "\n" + body).encode("ascii")


def expect(*, subject: str, date_header: str, date_utc: str,
           message_id: str | None, body_contains: list[str],
           accounts: list[str], from_name: str = AWS_NAME,
           from_addr: str = AWS_ADDR, body_type: str = "plain",
           body_not_contains: list[str] = ()) -> dict:
    return dict(subject=subject, from_name=from_name, from_addr=from_addr,
                date_header=date_header, date_utc=date_utc,
                message_id=message_id, body_type=body_type,
                body_contains=list(body_contains),
                body_not_contains=list(body_not_contains),
                accounts=list(accounts))


def ses_id(tag: str) -> str:
    return f"0100019a{tag}@email.amazonses.com"


# --------------------------------------------------------------------------
# single .eml fixtures
# --------------------------------------------------------------------------

EML: list[dict] = []   # {path, tests, data, expect}


def add_eml(path: str, tests: str, data: bytes, exp: dict) -> None:
    EML.append(dict(path=path, tests=tests, data=data, expect=exp))


# 1. two B encoded-words, the first padded with "=", whitespace between them
subject = "[Action Required] Amazon RDS 証明書の更新"
body = """\
Hello,

You are receiving this message because one or more Amazon RDS DB instances
in AWS account 123456789012 still present a server certificate signed by a
certificate authority (CA) that is being retired.

To avoid interrupted SSL/TLS connections, rotate the CA of these DB
instances before December 1, 2026. Affected DB instances in the us-east-1
Region:

  inventory-db-1
  inventory-db-2

日本語: 2026年12月1日までに証明書の更新を完了してください。

Sincerely,
Amazon Web Services
"""
add_eml(
    "eml/rfc2047-padded-b-words.eml",
    "Subject made of two UTF-8 B encoded-words, the first ending in `=` padding, "
    "separated by a space that must be dropped; 8bit UTF-8 text/plain body.",
    (std_headers(
        frm=AWS_FROM, to="cloud-ops@example.com",
        subject="=?UTF-8?B?W0FjdGlvbiBSZXF1aXJlZF0gQW1hem9uIFJEUyA=?= "
                "=?UTF-8?B?6Ki85piO5pu444Gu5pu05paw?=",
        date="Mon, 2 Nov 2026 18:04:11 +0000",
        msgid=ses_id("3f1c2b44-rfc2047-padded-b-words-000000"),
        ctype="text/plain; charset=UTF-8", cte="8bit")
     + "\n" + body).encode("utf-8"),
    expect(subject=subject,
           date_header="Mon, 2 Nov 2026 18:04:11 +0000",
           date_utc="2026-11-02T18:04:11Z",
           message_id=ses_id("3f1c2b44-rfc2047-padded-b-words-000000"),
           body_contains=["still present a server certificate signed by a",
                          "2026年12月1日までに証明書の更新を完了してください。"],
           accounts=["123456789012"]))

# 2. Q encoded-words folded over three lines, with an en dash
subject = ("[Action Needed] – Update Firewall settings to allow access to "
           "expanded IP address ranges for Amazon WorkSpaces.")
q_subject = ("=?UTF-8?Q?[Action_Needed]_=E2=80=93_Update_Firewall_settings_?=\n"
             " =?UTF-8?Q?to_allow_access_to_expanded_IP_address_ranges_?=\n"
             " =?UTF-8?Q?for_Amazon_WorkSpaces.?=")
body = """\
Hello,

Amazon WorkSpaces is adding IP address ranges that are used by the
streaming gateways in the ap-northeast-1 Region. If your network restricts
outbound traffic, add the ranges below to your firewall allow list before
November 30, 2026, or users in AWS account 210987654321 may be unable to
connect to their WorkSpaces.

  New ranges: 198.51.100.0/24, 203.0.113.0/25

The ranges that are in use today stay in use; do not remove them.

Sincerely,
Amazon Web Services
"""
add_eml(
    "eml/rfc2047-q-folded-subject.eml",
    "Long Subject of three UTF-8 Q encoded-words folded over three lines "
    "(`_` = space, `=E2=80=93` = en dash); unfolding must not add or lose spaces.",
    plain_ascii_message(subject=q_subject, date="Wed, 4 Nov 2026 10:30:45 +0900",
                        msgid=ses_id("40aa17c9-rfc2047-q-folded-subject-000000"),
                        body=body),
    expect(subject=subject,
           date_header="Wed, 4 Nov 2026 10:30:45 +0900",
           date_utc="2026-11-04T01:30:45Z",
           message_id=ses_id("40aa17c9-rfc2047-q-folded-subject-000000"),
           body_contains=["add the ranges below to your firewall allow list"],
           accounts=["210987654321"]))

# 3. ISO-2022-JP, 7bit
subject = "【要対応】Amazon RDS 証明書の更新 (2026年12月1日まで)"
body = """\
AWS をご利用いただきありがとうございます。

AWS アカウント 123456789012 の Amazon RDS データベースインスタンスで使用している
SSL/TLS 証明書を、2026年12月1日までに更新していただく必要があります。

対象のリージョン: ap-northeast-1
対象のインスタンス: orders-db-1, orders-db-2

更新しない場合、証明書の有効期限が切れた後にアプリケーションから接続できなくなる
可能性があります。

よろしくお願いいたします。
Amazon Web Services
"""
# Encode line by line so that every line ends back in ASCII.
jis_body = b"".join(line.encode("iso2022_jp") + b"\n" for line in body.split("\n")[:-1])
assert all(b < 0x80 for b in jis_body)
add_eml(
    "eml/iso-2022-jp.eml",
    "Japanese notice in ISO-2022-JP (7bit, escape sequences) with a Subject of "
    "ISO-2022-JP B encoded-words folded over lines.",
    (std_headers(
        frm=AWS_FROM, to="cloud-ops@example.com",
        subject=b_words(subject, "ISO-2022-JP", "iso2022_jp", 76 - len("Subject: ")),
        date="Thu, 5 Nov 2026 09:00:00 +0900",
        msgid=ses_id("41b2c3d4-iso-2022-jp-000000"),
        ctype="text/plain; charset=ISO-2022-JP", cte="7bit").encode("ascii")
     + b"\n" + jis_body),
    expect(subject=subject,
           date_header="Thu, 5 Nov 2026 09:00:00 +0900",
           date_utc="2026-11-05T00:00:00Z",
           message_id=ses_id("41b2c3d4-iso-2022-jp-000000"),
           body_contains=["SSL/TLS 証明書を、2026年12月1日までに更新していただく必要があります。",
                          "2026年12月1日", "対象のリージョン: ap-northeast-1"],
           accounts=["123456789012"]))

# 4. Shift_JIS, base64
subject = "【予定】Amazon EC2 インスタンスのリタイアについて"
body = """\
AWS をご利用いただきありがとうございます。

AWS アカウント 345678901234 でご利用中の Amazon EC2 インスタンス
i-0abc1234def567890 (ap-northeast-1) をホストしているハードウェアで
問題が検出されました。このインスタンスは 2026年11月20日 にリタイアされる予定です。

リタイアの前にインスタンスを停止してから再度起動すると、正常なハードウェアに移行されます。

よろしくお願いいたします。
Amazon Web Services
"""
add_eml(
    "eml/shift-jis-base64.eml",
    "Japanese notice in Shift_JIS, base64 transfer encoding, Subject of "
    "Shift_JIS B encoded-words.",
    (std_headers(
        frm=AWS_FROM, to="cloud-ops@example.com",
        subject=b_words(subject, "Shift_JIS", "shift_jis", 76 - len("Subject: ")),
        date="Fri, 6 Nov 2026 14:20:00 +0900",
        msgid=ses_id("42c3d4e5-shift-jis-base64-000000"),
        ctype="text/plain; charset=Shift_JIS", cte="base64")
     + "\n" + b64_lines(body.encode("shift_jis"))).encode("ascii"),
    expect(subject=subject,
           date_header="Fri, 6 Nov 2026 14:20:00 +0900",
           date_utc="2026-11-06T05:20:00Z",
           message_id=ses_id("42c3d4e5-shift-jis-base64-000000"),
           body_contains=["このインスタンスは 2026年11月20日 にリタイアされる予定です。",
                          "i-0abc1234def567890 (ap-northeast-1)"],
           accounts=["345678901234"]))

# 5. ISO-8859-1, quoted-printable with soft line breaks
subject = "Amazon S3: review the object ownership setting of a tagged bucket"
body = (
    "Hello,\n"
    "\n"
    "We are contacting you about the Amazon S3 bucket example-cafe-uploads in AWS "
    "account 456789012345, which is tagged Team=Café Résumé Services and still "
    "has ACLs enabled for objects written by other accounts.\n"
    "\n"
    "Before November 30, 2026, please review the object ownership setting of this "
    "bucket. The café team's résumé uploads keep working after the change as long "
    "as the bucket policy grants the access they need.\n"
    "\n"
    "Sincerely,\n"
    "Amazon Web Services\n"
)
qp_body = qp(body.encode("latin-1"))
assert "=\n" in qp_body and "=E9" in qp_body and "=3D" in qp_body
add_eml(
    "eml/quoted-printable-latin1.eml",
    "ISO-8859-1 text/plain in quoted-printable: soft line breaks (`=` at line "
    "end), `=E9` bytes, a literal `=` written as `=3D`; plain ASCII Subject.",
    (std_headers(
        frm=AWS_FROM, to="cloud-ops@example.com", subject=subject,
        date="Sat, 7 Nov 2026 08:00:00 -0500",
        msgid=ses_id("43d4e5f6-quoted-printable-latin1-000000"),
        ctype="text/plain; charset=ISO-8859-1", cte="quoted-printable")
     + "\n" + qp_body).encode("ascii"),
    expect(subject=subject,
           date_header="Sat, 7 Nov 2026 08:00:00 -0500",
           date_utc="2026-11-07T13:00:00Z",
           message_id=ses_id("43d4e5f6-quoted-printable-latin1-000000"),
           body_contains=["which is tagged Team=Café Résumé Services and still has ACLs enabled",
                          "The café team's résumé uploads keep working after the change"],
           accounts=["456789012345"]))

# 6. UTF-8, base64
subject = "[Action Required] Plan the engine upgrade of your Amazon ElastiCache clusters"
body = """\
Hello,

Your Amazon ElastiCache clusters listed below, in AWS account 567890123456,
run an engine version that reaches the end of standard support on
January 31, 2027. After that date, clusters are upgraded automatically during
their maintenance window — upgrade them yourself to choose the timing.

  • sessions-cache (eu-west-1)
  • leaderboard-cache (eu-west-1)

If you have questions, contact AWS Support — we’re glad to help.

Sincerely,
Amazon Web Services
"""
add_eml(
    "eml/base64-utf8.eml",
    "UTF-8 text/plain in base64 (76-column lines) with non-ASCII punctuation.",
    (std_headers(
        frm=AWS_FROM, to="cloud-ops@example.com", subject=subject,
        date="Sun, 8 Nov 2026 23:59:59 +0000",
        msgid=ses_id("44e5f607-base64-utf8-000000"),
        ctype="text/plain; charset=utf-8", cte="base64")
     + "\n" + b64_lines(body.encode("utf-8"))).encode("ascii"),
    expect(subject=subject,
           date_header="Sun, 8 Nov 2026 23:59:59 +0000",
           date_utc="2026-11-08T23:59:59Z",
           message_id=ses_id("44e5f607-base64-utf8-000000"),
           body_contains=["clusters are upgraded automatically during",
                          "their maintenance window — upgrade them yourself",
                          "• sessions-cache (eu-west-1)"],
           accounts=["567890123456"]))

# 7. text/html only, quoted-printable
subject = "Amazon CloudFront & AWS WAF: update the TLS security policy of your distributions"
html_doc = """\
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>AWS Notification</title>
<style type="text/css">
/* STYLE-CONTENT-MARKER */
body { font-family: Arial, Helvetica, sans-serif; color: #232f3e; }
p.footer { font-size: 11px; color: #687078; }
</style>
<script type="text/javascript">
// SCRIPT-CONTENT-MARKER
var trackingPixel = "SCRIPT-CONTENT-MARKER";
if (1 < 2) { document.write("<p>SCRIPT-CONTENT-MARKER</p>"); }
</script>
</head>
<body>
<p>Hello,</p>
<p>We are contacting you because Amazon CloudFront &amp; AWS WAF resources in AWS account 678901234567 use a viewer security policy that still allows TLS 1.0 and TLS 1.1.<br>Change date: December 15, 2026 &#8211; connections that negotiate these versions will be refused from that date.</p>
<p>To keep serving older clients, choose a newer security policy in the <a href="https://console.aws.amazon.com/cloudfront/v4/home">CloudFront console</a> before that date.</p>
<p class="footer">You received this notice because you are listed as a contact for this account.</p>
</body>
</html>
"""
add_eml(
    "eml/html-only.eml",
    "Only a text/html part (UTF-8, quoted-printable): `<p>`, `<br>`, `<a href>`, "
    "`&amp;`, `&#8211;`; the `<style>` and `<script>` contents must not reach "
    "the reduced text.",
    (std_headers(
        frm=AWS_FROM, to="cloud-ops@example.com", subject=subject,
        date="Mon, 9 Nov 2026 16:45:00 +0000",
        msgid=ses_id("45f60718-html-only-000000"),
        ctype="text/html; charset=utf-8", cte="quoted-printable")
     + "\n" + qp(html_doc.encode("utf-8"))).encode("ascii"),
    expect(subject=subject,
           date_header="Mon, 9 Nov 2026 16:45:00 +0000",
           date_utc="2026-11-09T16:45:00Z",
           message_id=ses_id("45f60718-html-only-000000"),
           body_type="html",
           body_contains=["Amazon CloudFront & AWS WAF resources in AWS account 678901234567",
                          "December 15, 2026 – connections that negotiate these versions",
                          "CloudFront console"],
           body_not_contains=["STYLE-CONTENT-MARKER", "SCRIPT-CONTENT-MARKER",
                              "font-family", "trackingPixel", "document.write",
                              "&amp;", "&#8211;", "<p>", "<br>"],
           accounts=["678901234567"]))

# 8. multipart/alternative: text/plain must win over text/html
subject = "[Action Required] Upgrade Amazon EKS clusters before the end of standard support"
plain = """\
Hello,

PLAIN-PART-MARKER

Amazon EKS clusters in AWS account 789012345678 run a Kubernetes version
whose standard support ends on January 15, 2027. Upgrade the control plane
and the node groups of these clusters before that date:

  payments-eks (us-west-2)

Sincerely,
Amazon Web Services
"""
html_alt = """\
<html><body>
<p>HTML-PART-MARKER</p>
<p>Greetings! Your Amazon EKS clusters in account 789012345678 leave standard support on January 15, 2027. Please upgrade <b>payments-eks</b> (us-west-2) soon.</p>
</body></html>
"""
bnd = "----=_Part_4242_1001.1793000000000"
mp = (std_headers(
    frm=AWS_FROM, to="cloud-ops@example.com", subject=subject,
    date="Tue, 10 Nov 2026 07:12:33 -0800",
    msgid=ses_id("46071829-multipart-alternative-000000"),
    ctype=f'multipart/alternative; boundary="{bnd}"', cte="7bit")
    + "\n"
    + f"--{bnd}\n"
    + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n\n"
    + plain
    + f"\n--{bnd}\n"
    + "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(html_alt.encode("utf-8"))
    + f"\n--{bnd}--\n")
add_eml(
    "eml/multipart-alternative.eml",
    "multipart/alternative with text/plain first and text/html second, worded "
    "differently: the text/plain part must be the one chosen.",
    mp.encode("ascii"),
    expect(subject=subject,
           date_header="Tue, 10 Nov 2026 07:12:33 -0800",
           date_utc="2026-11-10T15:12:33Z",
           message_id=ses_id("46071829-multipart-alternative-000000"),
           body_contains=["PLAIN-PART-MARKER", "Upgrade the control plane"],
           body_not_contains=["HTML-PART-MARKER", "Greetings!"],
           accounts=["789012345678"]))

# 9. multipart/mixed: alternative body + base64 CSV attachment
subject = "Amazon RDS: scheduled maintenance for the resources in the attached file"
plain = """\
Hello,

Amazon RDS has scheduled required maintenance for DB instances in AWS account
890123456789 in the eu-west-1 Region. The maintenance is applied during the
next maintenance window of each instance after November 23, 2026.

The attached file affected-resources.csv lists every affected DB instance.

Sincerely,
Amazon Web Services
"""
html_mixed = """\
<html><body>
<p>Hello,</p>
<p>Amazon RDS has scheduled required maintenance for DB instances in AWS account 890123456789 in the eu-west-1 Region. The maintenance is applied during the next maintenance window of each instance after November 23, 2026.</p>
<p>The attached file affected-resources.csv lists every affected DB instance.</p>
</body></html>
"""
csv = """\
account_id,region,resource_type,resource_id,arn
890123456789,eu-west-1,db-instance,billing-db-1,arn:aws:rds:eu-west-1:890123456789:db:billing-db-1
890123456789,eu-west-1,db-instance,billing-db-2,arn:aws:rds:eu-west-1:890123456789:db:billing-db-2
111122223333,eu-west-1,db-instance,ATTACHMENT-ONLY-MARKER,arn:aws:rds:eu-west-1:111122223333:db:ATTACHMENT-ONLY-MARKER
"""
outer = "----=_Part_4243_2001.1793000000000"
inner = "----=_Part_4244_2002.1793000000000"
mx = (std_headers(
    frm=AWS_FROM, to="cloud-ops@example.com", subject=subject,
    date="Wed, 11 Nov 2026 12:00:00 +0100",
    msgid=ses_id("4718293a-multipart-mixed-attachment-000000"),
    ctype=f'multipart/mixed; boundary="{outer}"', cte="7bit")
    + "\n"
    + f"--{outer}\n"
    + f'Content-Type: multipart/alternative; boundary="{inner}"\n\n'
    + f"--{inner}\n"
    + "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n\n"
    + plain
    + f"\n--{inner}\n"
    + "Content-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    + qp(html_mixed.encode("utf-8"))
    + f"\n--{inner}--\n"
    + f"\n--{outer}\n"
    + 'Content-Type: text/csv; charset=UTF-8; name="affected-resources.csv"\n'
    + "Content-Transfer-Encoding: base64\n"
    + 'Content-Disposition: attachment; filename="affected-resources.csv"\n\n'
    + b64_lines(csv.encode("utf-8"))
    + f"\n--{outer}--\n")
add_eml(
    "eml/multipart-mixed-attachment.eml",
    "multipart/mixed holding a multipart/alternative body and a base64 text/csv "
    "attachment (`Content-Disposition: attachment`); the CSV, which names another "
    "account, must not be taken as the body.",
    mx.encode("ascii"),
    expect(subject=subject,
           date_header="Wed, 11 Nov 2026 12:00:00 +0100",
           date_utc="2026-11-11T11:00:00Z",
           message_id=ses_id("4718293a-multipart-mixed-attachment-000000"),
           body_contains=["The attached file affected-resources.csv lists every affected DB instance."],
           body_not_contains=["ATTACHMENT-ONLY-MARKER", "111122223333",
                              "account_id,region", "arn:aws:rds"],
           accounts=["890123456789"]))

# 10. folded headers, quoted display name, Date with a zone comment
subject = ("Amazon EC2 scheduled maintenance for instances in us-west-2 during "
           "the week of November 16, 2026")
body = """\
Hello,

Amazon EC2 has scheduled maintenance for the following instances in AWS
account 901234567890 (us-west-2). Each instance will be rebooted once
during the week of November 16, 2026:

  i-0123456789abcdef0  web-frontend-1
  i-0fedcba9876543210  web-frontend-2

You can move the reboot to a time that suits you from the Amazon EC2
console until 48 hours before the window starts.

Sincerely,
Amazon Web Services
"""
fh = header_block([
    ("From", f'"{AWS_NAME}" <{AWS_ADDR}>'),
    ("To", '"Cloud Operations" <cloud-ops@example.com>,\n "Billing Team" <billing@example.org>'),
    ("Subject", "Amazon EC2 scheduled maintenance for instances in us-west-2\n"
                " during the week of November 16, 2026"),
    ("Date", "Tue, 3 Nov 2026 09:15:02 -0800 (PST)"),
    ("Message-ID", f"<{ses_id('48293a4b-folded-headers-000000')}>"),
    ("MIME-Version", "1.0"),
    ("Content-Type", "text/plain;\n charset=us-ascii"),
    ("Content-Transfer-Encoding", "7bit"),
])
add_eml(
    "eml/folded-headers.eml",
    "Quoted display name in From, To with two addresses folded over two lines, "
    "a raw (not encoded) Subject folded over two lines, a folded Content-Type, "
    "and a Date ending in a `(PST)` comment.",
    (fh + "\n" + body).encode("ascii"),
    expect(subject=subject,
           date_header="Tue, 3 Nov 2026 09:15:02 -0800 (PST)",
           date_utc="2026-11-03T17:15:02Z",
           message_id=ses_id("48293a4b-folded-headers-000000"),
           body_contains=["Each instance will be rebooted once"],
           accounts=["901234567890"]))

# 11. no Message-ID
subject = "AWS Notification - Amazon Redshift cluster maintenance on November 19, 2026"
body = """\
Hello,

Amazon Redshift will apply a mandatory patch to the cluster analytics-main in
AWS account 012345678901 (us-east-2) during its maintenance window on
November 19, 2026. Queries that run at that time may be interrupted.

Sincerely,
Amazon Web Services
"""
add_eml(
    "eml/no-message-id.eml",
    "A valid notice with no Message-ID header; its account ID starts with 0.",
    plain_ascii_message(subject=subject, date="Thu, 12 Nov 2026 03:04:05 +0000",
                        msgid=None, body=body),
    expect(subject=subject,
           date_header="Thu, 12 Nov 2026 03:04:05 +0000",
           date_utc="2026-11-12T03:04:05Z",
           message_id=None,
           body_contains=["will apply a mandatory patch to the cluster analytics-main"],
           accounts=["012345678901"]))

# 12. hostile subject/body from a look-alike sender
subject = ("Notice *urgent* _now_ [click](javascript:alert(1)) "
           "<script>alert(1)</script> `code` | pipe")
body = """\
Dear customer,

Your AWS account 123123123123 has been suspended. Verify your details now:
[x](javascript:alert(1))

<img src=x onerror=alert(1)>

| status | suspended |
<script>alert(2)</script>

AWS Security Team
"""
add_eml(
    "eml/hostile-subject.eml",
    "Markdown/HTML/JavaScript injection in Subject and body, from the look-alike "
    "domain amazonaws-security.com; output must escape it, never render it.",
    plain_ascii_message(subject=subject, date="Fri, 13 Nov 2026 22:10:00 +0000",
                        msgid="hostile-subject.20261113221000@amazonaws-security.com",
                        body=body,
                        frm='"AWS Security" <security@amazonaws-security.com>'),
    expect(subject=subject, from_name="AWS Security",
           from_addr="security@amazonaws-security.com",
           date_header="Fri, 13 Nov 2026 22:10:00 +0000",
           date_utc="2026-11-13T22:10:00Z",
           message_id="hostile-subject.20261113221000@amazonaws-security.com",
           body_contains=["<img src=x onerror=alert(1)>", "[x](javascript:alert(1))"],
           accounts=["123123123123"]))

# 13. CRLF line endings everywhere (headers, folding, body)
subject = "Amazon DynamoDB: review the point-in-time recovery setting of your tables"
body = """\
Hello,

Point-in-time recovery is turned off for 2 Amazon DynamoDB tables in AWS
account 234567890123 (ap-southeast-2):

  orders
  order-events

Turn it on before November 28, 2026 if you need continuous backups of
these tables.

Sincerely,
Amazon Web Services
"""
crlf = plain_ascii_message(
    subject="Amazon DynamoDB: review the point-in-time recovery setting\n of your tables",
    date="Sat, 14 Nov 2026 06:30:00 +0000",
    msgid=ses_id("493a4b5c-crlf-line-endings-000000"), body=body)
crlf = crlf.replace(b"\n", b"\r\n")
add_eml(
    "eml/crlf-line-endings.eml",
    "Every line ends in CRLF, including a folded Subject; no bare LF anywhere. "
    "Decoded text should carry no CR.",
    crlf,
    expect(subject=subject,
           date_header="Sat, 14 Nov 2026 06:30:00 +0000",
           date_utc="2026-11-14T06:30:00Z",
           message_id=ses_id("493a4b5c-crlf-line-endings-000000"),
           body_contains=["Point-in-time recovery is turned off for 2 Amazon DynamoDB tables in AWS"],
           accounts=["234567890123"]))


# --------------------------------------------------------------------------
# collections: maildir, mbox, eml-dir
# --------------------------------------------------------------------------

def simple(subject: str, date: str, date_utc: str, msgid: str | None,
           account: str, body: str, distinct: str) -> dict:
    """A plain ASCII notice and what it should decode to."""
    assert distinct in body and account in body
    return dict(data=plain_ascii_message(subject=subject, date=date, msgid=msgid, body=body),
                expect=expect(subject=subject, date_header=date, date_utc=date_utc,
                              message_id=msgid, body_contains=[distinct],
                              accounts=[account]))


MAILDIR = [
    ("cur/1793000000.M1P1.host:2,S", simple(
        "[Action Required] AWS Lambda functions use a runtime that is reaching end of support",
        "Sun, 15 Nov 2026 10:00:00 +0000", "2026-11-15T10:00:00Z",
        ses_id("4a4b5c6d-maildir-1-000000"), "135792468024", """\
Hello,

Some AWS Lambda functions in AWS account 135792468024 (eu-central-1) use a
runtime version that reaches end of support on February 1, 2027. After that
date you can no longer create or update functions that use it.

Update these functions to a supported runtime:

  thumbnail-resizer
  invoice-exporter

Sincerely,
Amazon Web Services
""", "reaches end of support on February 1, 2027")),
    ("cur/1793000100.M2P1.host:2,S", simple(
        "Amazon EC2 Instance Retirement Notification",
        "Mon, 16 Nov 2026 11:30:00 -0500", "2026-11-16T16:30:00Z",
        ses_id("4b5c6d7e-maildir-2-000000"), "246813579135", """\
Hello,

The hardware that hosts your Amazon EC2 instance i-0a1b2c3d4e5f67890 in AWS
account 246813579135 (us-east-1) has degraded. The instance is scheduled for
retirement on November 30, 2026, when it will be stopped or terminated.

Stop and start the instance before that date to move it to healthy hardware.

Sincerely,
Amazon Web Services
""", "The instance is scheduled for")),
    ("new/1793000200.M3P1.host", simple(
        "AWS Key Management Service: a KMS key is scheduled for deletion in 7 days",
        "Tue, 17 Nov 2026 08:45:00 +0530", "2026-11-17T03:15:00Z",
        ses_id("4c6d7e8f-maildir-3-000000"), "975318642097", """\
Hello,

The AWS KMS key 1234abcd-12ab-34cd-56ef-1234567890ab in AWS account
975318642097 (ap-south-1) is scheduled for deletion on November 24, 2026.
Data encrypted under this key cannot be decrypted after it is deleted.

If the key is still needed, cancel the deletion from the AWS KMS console.

Sincerely,
Amazon Web Services
""", "is scheduled for deletion on November 24, 2026")),
]


def mbox_from_line(date_utc: str) -> str:
    dt = datetime.strptime(date_utc, "%Y-%m-%dT%H:%M:%SZ")
    return f"From MAILER-DAEMON {dt:%a %b} {dt.day:2d} {dt:%H:%M:%S %Y}"


def mboxrd_quote(text: str) -> str:
    return re.sub(r"(?m)^(>*From )", r">\1", text)


def mboxrd_unquote(text: str) -> str:
    return re.sub(r"(?m)^>(>*From )", r"\1", text)


def mboxo_quote(text: str) -> str:
    return re.sub(r"(?m)^From ", ">From ", text)


def build_mbox(messages: list[dict], quote) -> bytes:
    out = []
    for m in messages:
        text = m["data"].decode("ascii")
        assert text.endswith("\n")
        out.append(mbox_from_line(m["expect"]["date_utc"]) + "\n" + quote(text) + "\n")
    return "".join(out).encode("ascii")


MBOXRD = [
    simple("[Action Required] Apply the pending minor version upgrade to your Amazon RDS DB instances",
           "Tue, 3 Nov 2026 09:15:02 +0000", "2026-11-03T09:15:02Z",
           ses_id("4d7e8f90-mboxrd-1-000000"), "314159265358", """\
Hello,

A minor version upgrade is pending for DB instances in AWS account
314159265358 (us-east-1). Apply it before December 7, 2026, after which it
is applied automatically during the maintenance window.

From the console, choose Databases, select the instance, and choose Modify.

Sincerely,
Amazon Web Services
""", "A minor version upgrade is pending for DB instances in AWS account"),
    simple("Amazon OpenSearch Service: a service software update is available for your domains",
           "Wed, 18 Nov 2026 14:00:00 +0000", "2026-11-18T14:00:00Z",
           ses_id("4e8f90a1-mboxrd-2-000000"), "271828182845", """\
Hello,

A service software update is available for the Amazon OpenSearch Service
domain search-logs in AWS account 271828182845 (eu-west-2).

As a reminder, the earlier notice said:
>From the previous notice: the update stays optional until December 10, 2026.

Sincerely,
Amazon Web Services
""", "domain search-logs in AWS account 271828182845 (eu-west-2)"),
    simple("AWS Certificate Manager: action is needed to renew a certificate",
           "Thu, 19 Nov 2026 20:20:20 +0000", "2026-11-19T20:20:20Z",
           ses_id("4f90a1b2-mboxrd-3-000000"), "161803398874", """\
Hello,

AWS Certificate Manager could not renew the certificate for
www.example.net in AWS account 161803398874 (us-east-1) automatically,
because domain validation failed. The certificate expires on
December 20, 2026.

Add the CNAME record shown in the ACM console to your DNS zone.

Sincerely,
Amazon Web Services
""", "because domain validation failed"),
]
MBOXRD[0]["expect"]["body_contains"].append(
    "From the console, choose Databases, select the instance, and choose Modify.")
MBOXRD[1]["expect"]["body_contains"].append(
    ">From the previous notice: the update stays optional until December 10, 2026.")
MBOXRD[0]["expect"]["body_not_contains"].append(">From the console")
MBOXRD[1]["expect"]["body_not_contains"].append(">>From the previous notice")

MBOXO = [
    simple("Amazon VPC: maintenance of NAT gateways in us-east-1",
           "Fri, 20 Nov 2026 09:00:00 +0000", "2026-11-20T09:00:00Z",
           ses_id("50a1b2c3-mboxo-1-000000"), "112358132134", """\
Hello,

NAT gateways in AWS account 112358132134 (us-east-1) will receive
maintenance on December 2, 2026. Connections through them may reset once.

From the console, open the VPC dashboard to see the affected NAT gateways.

Sincerely,
Amazon Web Services
""", "NAT gateways in AWS account 112358132134 (us-east-1) will receive"),
    simple("AWS CloudTrail: log delivery to an Amazon S3 bucket is failing",
           "Fri, 20 Nov 2026 09:05:00 +0000", "2026-11-20T09:05:00Z",
           ses_id("51b2c3d4-mboxo-2-000000"), "223344556677", """\
Hello,

The trail management-events in AWS account 223344556677 cannot deliver log
files to its Amazon S3 bucket because the bucket policy denies access.

>From the earlier notice: delivery has been failing since November 18, 2026.

Sincerely,
Amazon Web Services
""", "The trail management-events in AWS account 223344556677 cannot deliver log"),
    simple("Amazon Route 53: the IP address ranges of health checkers are changing",
           "Sat, 21 Nov 2026 12:00:00 +0000", "2026-11-21T12:00:00Z",
           ses_id("52c3d4e5-mboxo-3-000000"), "998877665544", """\
Hello,

Route 53 health checks configured in AWS account 998877665544 are affected
by a change to the health checker IP address ranges.
From now on, health checks also come from 192.0.2.0/24.

Allow that range in the security groups of your endpoints.

Sincerely,
Amazon Web Services
""", "Allow that range in the security groups of your endpoints."),
]

GZ = [
    simple("Amazon SNS: sender ID registration is required for SMS to some countries",
           "Sun, 22 Nov 2026 07:00:00 +0000", "2026-11-22T07:00:00Z",
           ses_id("53d4e5f6-gzip-1-000000"), "102030405060", """\
Hello,

Amazon SNS sends SMS messages from AWS account 102030405060 (eu-west-1) to
destinations that will require a registered sender ID from January 4, 2027.

Register a sender ID before that date to keep messages flowing.

Sincerely,
Amazon Web Services
""", "will require a registered sender ID from January 4, 2027"),
    simple("Amazon ECS: tasks will be retired for a platform update",
           "Mon, 23 Nov 2026 07:30:00 +0000", "2026-11-23T07:30:00Z",
           ses_id("54e5f607-gzip-2-000000"), "605040302010", """\
Hello,

AWS Fargate tasks of the service checkout-api in AWS account 605040302010
(us-west-2) run on a platform version that needs a security update. They
will be retired and replaced after November 30, 2026.

Sincerely,
Amazon Web Services
""", "run on a platform version that needs a security update"),
]

EMLDIR = [
    ("01-iam-exposed-access-key.eml", simple(
        "[Action Required] Your AWS access key may be exposed",
        "Tue, 24 Nov 2026 05:00:00 +0000", "2026-11-24T05:00:00Z",
        ses_id("55f60718-emldir-1-000000"), "505050505050", """\
Hello,

We found the access key AKIAIOSFODNN7EXAMPLE of the IAM user deploy-bot in
AWS account 505050505050 in a public code repository.

Deactivate and delete this key, and check your account for activity that you
do not recognize.

Sincerely,
Amazon Web Services
""", "in a public code repository")),
    ("02-backup-jobs-failed.eml", simple(
        "AWS Backup: backup jobs failed for 3 resources",
        "Wed, 25 Nov 2026 06:10:00 +0000", "2026-11-25T06:10:00Z",
        ses_id("56071829-emldir-2-000000"), "606060606060", """\
Hello,

Three backup jobs of the backup plan daily-35d in AWS account 606060606060
(ca-central-1) failed on November 24, 2026, because the IAM role that the
plan uses lacks permission to read the resources.

Sincerely,
Amazon Web Services
""", "lacks permission to read the resources")),
    ("03-ebs-volume-degraded.eml", simple(
        "Amazon EBS: volume vol-0a1b2c3d4e5f60718 has degraded",
        "Thu, 26 Nov 2026 17:40:00 +0000", "2026-11-26T17:40:00Z",
        ses_id("5718293a-emldir-3-000000"), "707070707070", """\
Hello,

The Amazon EBS volume vol-0a1b2c3d4e5f60718 in AWS account 707070707070
(sa-east-1) is on storage hardware that has degraded. Create a snapshot and
restore it to a new volume.

Sincerely,
Amazon Web Services
""", "is on storage hardware that has degraded")),
]

# A file named .eml that is not a mail: no header block, some NUL and high bytes.
NOT_A_MAIL = (
    b"\x00\x01\x02\x03 GARBAGE-NOT-A-MAIL \xff\xfe\xfd\n"
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\n"
    b"%%%% this file has no header block at all; it is only noise %%%%\n"
    b"\xde\xad\xbe\xef \xca\xfe\xba\xbe \x7f\x7f\x7f\n"
    b"lorem ipsum 0123456789 !@#$%^&*() <<<>>> {{{}}} \xe2\x98\x83\n"
)

EMLDIR_README = """\
This directory is read as a folder of .eml files.

This README.txt is not an .eml file. Whether a directory reader skips it by
its extension is left to the reader's design; the fixture only makes sure
such a file is present.
"""


# --------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------

def write(rel: str, data: bytes) -> None:
    p = OUT / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)


def write_all() -> None:
    for f in EML:
        write(f["path"], f["data"])
    for name, m in MAILDIR:
        write("maildir/" + name, m["data"])
    write("maildir/tmp/.gitkeep", b"")
    write("mbox/mboxrd.mbox", build_mbox(MBOXRD, mboxrd_quote))
    write("mbox/mboxo.mbox", build_mbox(MBOXO, mboxo_quote))
    write("mbox/gzipped.mbox.gz",
          gzip.compress(build_mbox(GZ, mboxrd_quote), compresslevel=9, mtime=0))
    for name, m in EMLDIR:
        write("eml-dir/" + name, m["data"])
    write("eml-dir/not-a-mail.eml", NOT_A_MAIL)
    write("eml-dir/README.txt", EMLDIR_README.encode("ascii"))
    write("README.md", readme().encode("utf-8"))


# --------------------------------------------------------------------------
# verification with Python's email package
# --------------------------------------------------------------------------

class Reducer(HTMLParser):
    """Visible text of an HTML body: drops <head>-only content, <style>, <script>."""
    SKIP = {"style", "script", "title", "head"}
    BLOCK = {"p", "br", "div", "tr", "li", "h1", "h2", "h3", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)

    def text(self) -> str:
        lines = (" ".join(l.split()) for l in "".join(self.out).split("\n"))
        return "\n".join(l for l in lines if l)


def reduce_html(html: str) -> str:
    r = Reducer()
    r.feed(html)
    r.close()
    return r.text()


def accounts_in(text: str) -> list[str]:
    seen: list[str] = []
    for a in ACCOUNT_RE.findall(text):
        if a not in seen:
            seen.append(a)
    return seen


def check_message(label: str, raw: bytes, exp: dict) -> list[str]:
    errs: list[str] = []
    msg = email.message_from_bytes(raw, policy=policy.default)

    def bad(what, got, want):
        errs.append(f"{label}: {what}: got {got!r}, want {want!r}")

    for part in msg.walk():
        if part.defects:
            errs.append(f"{label}: defects {part.defects}")
    for name, value in msg.items():
        if getattr(value, "defects", None):
            errs.append(f"{label}: header {name} defects {value.defects}")

    if str(msg["subject"]) != exp["subject"]:
        bad("subject", str(msg["subject"]), exp["subject"])
    addr = msg["from"].addresses[0]
    if addr.display_name != exp["from_name"]:
        bad("from name", addr.display_name, exp["from_name"])
    if addr.addr_spec != exp["from_addr"]:
        bad("from address", addr.addr_spec, exp["from_addr"])
    utc = msg["date"].datetime.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    if utc != exp["date_utc"]:
        bad("date", utc, exp["date_utc"])
    mid = msg["message-id"]
    want_mid = None if exp["message_id"] is None else f"<{exp['message_id']}>"
    if (None if mid is None else str(mid).strip()) != want_mid:
        bad("message-id", mid, want_mid)

    part = msg.get_body(preferencelist=("plain", "html"))
    if part.get_content_type() != "text/" + exp["body_type"]:
        bad("body part", part.get_content_type(), "text/" + exp["body_type"])
    text = part.get_content().replace("\r\n", "\n")
    if exp["body_type"] == "html":
        text = reduce_html(text)
    if "\r" in text:
        errs.append(f"{label}: CR left in body")
    for s in exp["body_contains"]:
        if s not in text:
            errs.append(f"{label}: body lacks {s!r}")
    for s in exp["body_not_contains"]:
        if s in text:
            errs.append(f"{label}: body has {s!r}")
    if accounts_in(text) != exp["accounts"]:
        bad("accounts", accounts_in(text), exp["accounts"])
    return errs


def split_mbox(data: bytes) -> list[bytes]:
    """Messages of an mbox, split at `From ` lines at the start or after a blank line.

    The blank line before each separator (and at the end of the file) belongs
    to the separator and is removed.
    """
    starts = [m.start() for m in re.finditer(rb"(?:\A|(?<=\n\n))From ", data)]
    out = []
    for i, s in enumerate(starts):
        body_start = data.index(b"\n", s) + 1
        end = starts[i + 1] if i + 1 < len(starts) else len(data)
        text = data[body_start:end]
        assert text.endswith(b"\n\n"), "each mbox message ends with a blank line"
        out.append(text[:-1])
    return out


def verify() -> list[str]:
    errs: list[str] = []
    for f in EML:
        raw = (OUT / f["path"]).read_bytes()
        errs += check_message(f["path"], raw, f["expect"])
    crlf_raw = (OUT / "eml/crlf-line-endings.eml").read_bytes()
    if b"\n" in crlf_raw.replace(b"\r\n", b""):
        errs.append("crlf-line-endings.eml: bare LF")
    for f in EML:
        if f["path"] != "eml/crlf-line-endings.eml" and b"\r" in f["data"]:
            errs.append(f"{f['path']}: unexpected CR")

    # maildir
    md = mailbox.Maildir(str(OUT / "maildir"), factory=None, create=False)
    if len(md) != 3:
        errs.append(f"maildir: {len(md)} messages, want 3")
    for name, m in MAILDIR:
        errs += check_message("maildir/" + name, (OUT / "maildir" / name).read_bytes(), m["expect"])

    # mboxes
    for rel, msgs, unquote in (("mbox/mboxrd.mbox", MBOXRD, mboxrd_unquote),
                               ("mbox/mboxo.mbox", MBOXO, lambda t: t)):
        data = (OUT / rel).read_bytes()
        if b"\r" in data:
            errs.append(f"{rel}: CR found")
        for line in data.split(b"\n"):
            if line.startswith(b"From ") and not re.fullmatch(
                    rb"From MAILER-DAEMON [A-Z][a-z]{2} Nov [ 0-9]\d \d\d:\d\d:\d\d 2026", line):
                errs.append(f"{rel}: odd separator {line!r}")
        if len(mailbox.mbox(str(OUT / rel), create=False)) != len(msgs):
            errs.append(f"{rel}: python mailbox count differs")
        parts = split_mbox(data)
        if len(parts) != len(msgs):
            errs.append(f"{rel}: {len(parts)} messages, want {len(msgs)}")
        for i, (raw, m) in enumerate(zip(parts, msgs)):
            text = unquote(raw.decode("ascii"))
            errs += check_message(f"{rel}#{i + 1}", text.encode("ascii"), m["expect"])
    rd = (OUT / "mbox/mboxrd.mbox").read_bytes()
    if b"\n>From the console" not in rd or b"\n>>From the previous notice" not in rd:
        errs.append("mboxrd.mbox: quoted lines missing")
    gz = (OUT / "mbox/gzipped.mbox.gz").read_bytes()
    if gz[3] & 0x08 or gz[4:8] != b"\0\0\0\0":
        errs.append("gzipped.mbox.gz: has a file name or an mtime")
    parts = split_mbox(gzip.decompress(gz))
    if len(parts) != len(GZ):
        errs.append(f"gzipped.mbox.gz: {len(parts)} messages, want {len(GZ)}")
    for i, (raw, m) in enumerate(zip(parts, GZ)):
        errs += check_message(f"gzipped#{i + 1}", mboxrd_unquote(raw.decode()).encode(), m["expect"])

    # eml-dir
    for name, m in EMLDIR:
        errs += check_message("eml-dir/" + name, (OUT / "eml-dir" / name).read_bytes(), m["expect"])
    junk = email.message_from_bytes((OUT / "eml-dir/not-a-mail.eml").read_bytes(), policy=policy.default)
    if junk.keys():
        errs.append(f"not-a-mail.eml: python found headers {junk.keys()}")

    # the distinctive body strings must each identify one fixture
    everything = ([f["expect"] for f in EML] + [m["expect"] for _, m in MAILDIR]
                  + [m["expect"] for m in MBOXRD + MBOXO + GZ]
                  + [m["expect"] for _, m in EMLDIR])
    for e in everything:
        for s in e["body_contains"]:
            owners = [o for o in everything if any(s in c for c in o["body_contains"])]
            if len(owners) > 1 and len(s) > 20:
                errs.append(f"distinctive string shared: {s!r}")
    return errs


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------

def md(s: str) -> str:
    """Inline-code a value for a Markdown table, escaping pipes."""
    s = s.replace("|", "\\|")
    tick = "``" if "`" in s else "`"
    pad = " " if "`" in s else ""
    return f"{tick}{pad}{s}{pad}{tick}"


def expect_rows(e: dict) -> list[str]:
    rows = [
        f"| Subject | {md(e['subject'])} |",
        f"| From name | {md(e['from_name'])} |",
        f"| From address | {md(e['from_addr'])} |",
        f"| Date header | {md(e['date_header'])} |",
        f"| Date (UTC) | {md(e['date_utc'])} |",
        "| Message-ID | " + ("(none)" if e["message_id"] is None
                             else md("<" + e["message_id"] + ">")) + " |",
        f"| Body part | `text/{e['body_type']}` |",
    ]
    rows += [f"| Body contains | {md(s)} |" for s in e["body_contains"]]
    rows += [f"| Body must NOT contain | {md(s)} |" for s in e["body_not_contains"]]
    rows.append("| Account IDs | " + ", ".join(md(a) for a in e["accounts"]) + " |")
    return rows


def table(e: dict) -> str:
    return "\n".join(["| Field | Expected |", "|---|---|"] + expect_rows(e)) + "\n"


def short_table(items: list[tuple[str, dict]]) -> str:
    head = ["| # | Where | Subject | Date (UTC) | Message-ID | Body contains | Body must NOT contain | Account |",
            "|---|---|---|---|---|---|---|---|"]
    rows = []
    for i, (where, e) in enumerate(items, 1):
        rows.append(f"| {i} | {md(where)} | {md(e['subject'])} | {md(e['date_utc'])} | "
                    f"{md('<' + e['message_id'] + '>')} | "
                    + "<br>".join(md(s) for s in e["body_contains"]) + " | "
                    + ("<br>".join(md(s) for s in e["body_not_contains"]) or "–")
                    + f" | {md(e['accounts'][0])} |")
    return "\n".join(head + rows) + "\n"


def readme() -> str:
    out = ["""\
# Mail fixtures

Small, hand-made mails for the NoticeDigest tests. Every file is generated by
`Tests/Fixtures/make_fixtures.py` (standard library only, deterministic):

    python3 Tests/Fixtures/make_fixtures.py

The script rewrites every file below, including this README, then parses each
mail back with Python's `email` package (`policy=email.policy.default`) and
checks the values listed here; it exits 1 on any mismatch. Edit the script,
not the files.

The notices are invented: they follow the shape of AWS notice e-mails, but the
wording is our own and the dates, versions and resources are fictional. All
dates are in November 2026. Every notice is from
`Amazon Web Services <no-reply-aws@amazon.com>` except `eml/hostile-subject.eml`.

Conventions used in the tables:

* **Subject** is the decoded, unfolded value.
* **Date (UTC)** is the `Date` header converted to UTC, ISO-8601.
* **Message-ID** is the header value with its angle brackets.
* **Body contains** strings lie on one line of the decoded body (CRLF already
  turned into LF; for `html-only.eml`, of the text reduced from the HTML:
  tags dropped, entities decoded, `<style>`/`<script>`/`<head>` content dropped).
* **Account IDs** are all the distinct 12-digit runs in the chosen body part,
  in order of appearance.

Files must be kept byte-exact; the repository needs these `.gitattributes`
lines so that Git never converts their line endings:

    *.eml -text
    *.mbox -text
    Tests/Fixtures/Resources/maildir/** -text

## Single messages (`eml/`)
"""]
    for f in EML:
        out.append(f"\n### `{f['path']}`\n\n{f['tests']}\n\n{table(f['expect'])}")

    out.append("""
## Maildir (`maildir/`)

A Maildir with **3** messages: 2 in `cur/` (flag `S`, seen) and 1 in `new/`;
`tmp/` holds only `.gitkeep` (a dot-file, which Maildir readers skip). The
numbers in the file names are Unix times in late October 2026 and do not match
the `Date` headers; a reader should use the headers.

""")
    out.append(short_table([(n, m["expect"]) for n, m in MAILDIR]))

    out.append("""
## mbox (`mbox/`)

Every separator line has the form `From MAILER-DAEMON Tue Nov  3 09:15:02 2026`
(asctime date in UTC, day of month padded with a space). Files use LF only, and
each message is followed by one blank line that belongs to the separator, not
to the message body.

### `mbox/mboxrd.mbox` — **3** messages, mboxrd quoting

Body lines that match `^>*From ` carry one extra `>`. Reading them back means
removing one `>` from every such line:

* message 1 holds the line `>From the console, choose Databases, select the
  instance, and choose Modify.`, which must come back as
  `From the console, choose Databases, select the instance, and choose Modify.`
* message 2 holds `>>From the previous notice: the update stays optional until
  December 10, 2026.`, which must come back as `>From the previous notice: the
  update stays optional until December 10, 2026.`

Message 1's separator is exactly `From MAILER-DAEMON Tue Nov  3 09:15:02 2026`.

""")
    out.append(short_table([(f"message {i}", m["expect"]) for i, m in enumerate(MBOXRD, 1)]))

    out.append("""
### `mbox/mboxo.mbox` — **3** messages, mboxo quoting

Body lines starting with `From ` were written as `>From `; lines that already
started with `>From ` were left alone, so a reader cannot tell the two apart.
What the file holds, line for line:

* message 1: `>From the console, open the VPC dashboard to see the affected NAT gateways.` (was `From the console, …`)
* message 2: `>From the earlier notice: delivery has been failing since November 18, 2026.` (was already `>From …`)
* message 3: `>From now on, health checks also come from 192.0.2.0/24.` (was `From now on, …`)

Tests should assert the count (3), the headers and the strings below, which lie
on other lines, and not the exact text of the `>From` lines, which depends on
whether the reader un-quotes. No body line starts with `From ` unquoted, so
separators are found the same way in either reading.

""")
    out.append(short_table([(f"message {i}", m["expect"]) for i, m in enumerate(MBOXO, 1)]))

    out.append("""
### `mbox/gzipped.mbox.gz` — **2** messages, gzip

A gzip member (no file name, mtime 0, as `gzip -n` writes) holding an mbox with
2 messages and no `From ` body lines, so mboxo and mboxrd read it the same way.

""")
    out.append(short_table([(f"message {i}", m["expect"]) for i, m in enumerate(GZ, 1)]))

    out.append("""
## Folder of `.eml` files (`eml-dir/`)

Five files: **3** readable notices, one unreadable `.eml`, and one non-`.eml`.

* `not-a-mail.eml` has no header block: NUL bytes, bytes above 0x7F, a PNG
  signature and punctuation. Python's parser finds no headers in it, and
  GMime 3.2.13's `g_mime_parser_construct_message` returns NULL for it. A
  reader that does not rely on the parser failing should still call a file
  with no `From`, `Date` or `Subject` unreadable.
* `README.txt` is plain text without headers and is not an `.eml`; whether a
  directory reader looks at it is left to the reader's design.

""")
    out.append(short_table([(n, m["expect"]) for n, m in EMLDIR]))

    out.append("""
## What GMime 3.2.13 (Debian 12) does with these files

Seen by parsing every file with a small C program against `gmime-3.0`
(`g_mime_parser_construct_message`, `g_mime_message_get_subject`, and the
body written through `g_mime_filter_charset_new(charset, "UTF-8")`):

* `rfc2047-padded-b-words.eml`: `g_mime_message_get_subject` returns
  `[Action Required] Amazon RDS ` and drops the second word (a B word ending
  in `=` followed by another encoded word). The expected subject above is the
  RFC 2047 result; GMime's own header decoding does not give it.
* The other encoded subjects (`rfc2047-q-folded-subject.eml`,
  `iso-2022-jp.eml`, `shift-jis-base64.eml`) decode correctly with GMime; in
  the two Japanese ones only the last encoded word is padded.
* `crlf-line-endings.eml`: headers unfold correctly, but the decoded body
  keeps its CR bytes; the reader must turn CRLF into LF itself.
* mbox files: GMime splits all three files correctly (3, 3 and 2 messages,
  the gzip one through `g_mime_filter_gzip_new`) and returns each `From `
  line as the mbox marker, but it does not un-quote `>From ` lines, and each
  message body ends with the blank line that precedes the next separator.
* `eml-dir/not-a-mail.eml`: `g_mime_parser_construct_message` returns NULL.
* All other values in the tables (decoded subjects, From, Date in UTC,
  Message-ID, chosen part, body strings) match what GMime gives, once the
  HTML of `html-only.eml` is reduced as described above, CRLF is turned into
  LF, and `>From ` lines in the mbox files are un-quoted.
""")
    return "".join(out)


def main() -> int:
    write_all()
    errs = verify()
    for e in errs:
        print("FAIL", e, file=sys.stderr)
    if errs:
        return 1
    print(f"wrote and verified the fixtures in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
