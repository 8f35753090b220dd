#!/usr/bin/env python3
"""Build set-x.mbox: validation set X for NoticeDigest.

One hundred fictional cloud-provider notices, as they might reach a managed
service provider's shared mailboxes during October 2026.  Every sentence was
written for this set; account numbers, addresses, CVE numbers, case numbers
and amounts are invented.  Each message carries two headers that the tool
never reads:

    X-Training-Label:     abuse | security-incident | action-required |
                          security-advisory | maintenance | pricing |
                          billing | informational
    X-Training-Deadline:  YYYY-MM-DD | none

Standard library only; the output is byte-for-byte deterministic.

    python3 set_x.py     # writes set-x.mbox next to this file, re-reads it,
                         # checks it, prints counts; exits 1 on any problem
"""

import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html as htmllib
import os
import re
import sys
from collections import Counter
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "set-x.mbox")

LABELS = (
    "abuse",
    "security-incident",
    "action-required",
    "security-advisory",
    "maintenance",
    "pricing",
    "billing",
    "informational",
)

# Intended mix; the self-check compares against it so that a mislabelled
# notice shows up as a count mismatch.
EXPECTED = {
    "abuse": 10,
    "security-incident": 12,
    "action-required": 28,
    "security-advisory": 8,
    "maintenance": 12,
    "pricing": 8,
    "billing": 8,
    "informational": 14,
}

# Deadlines given relative to the Date header, recomputed by the self-check
# (calendar days, or business days skipping Saturday and Sunday).
RELATIVE = {
    "A01": ("days", 1),       # within 24 hours
    "A05": ("days", 1),       # within 24 hours
    "A08": ("days", 3),       # within 3 days
    "I03": ("business", 5),   # within 5 business days
    "I08": ("days", 7),       # 本メール送信日より7日以内
    "R06": ("days", 30),      # within 30 days of this message
    "R19": ("days", 14),      # certificate expires in 14 days
    "R21": ("days", 30),      # 本メール送信日より30日以内
}


def resolve_relative(start, unit, amount):
    if unit == "days":
        return start + dt.timedelta(days=amount)
    day = start
    while amount:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            amount -= 1
    return day


POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)

NOTICES = []


def notice(key, label, deadline, date, sender, to, subject, body,
           lang="en", fmt="text", cte=None, kind="notice", in_reply_to=None):
    """Register one notice.

    date      "YYYY-MM-DD HH:MM:SS +ZZZZ" (the Date header)
    fmt       "text" (text/plain), "alt" (multipart/alternative), "html"
    kind      "notice", "forward" or "reply"
    in_reply_to  key of an earlier notice, or a literal <message-id>
    """
    NOTICES.append(dict(
        key=key, label=label, deadline=deadline,
        dt=dt.datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z"),
        sender=sender, to=to, subject=subject, body=body, lang=lang,
        fmt=fmt, cte=cte, kind=kind, in_reply_to=in_reply_to,
    ))


# ---------------------------------------------------------------------------
# HTML rendering (for the multipart/alternative and text/html-only notices)

BRANDS = {
    "amazon.com": ("Amazon Web Services", "#232f3e"),
    "google.com": ("Google Cloud", "#1a73e8"),
    "microsoft.com": ("Microsoft", "#0078d4"),
    "oracle.com": ("Oracle Cloud Infrastructure", "#c74634"),
    "gitlab.com": ("GitLab", "#554488"),
    "datadoghq.com": ("Datadog", "#632ca6"),
    "digitalocean.com": ("DigitalOcean", "#0069ff"),
    "netlify.com": ("Netlify", "#014847"),
    "cloudflare.com": ("Cloudflare", "#f38020"),
}


def brand_for(addr):
    domain = addr.split("@", 1)[1].lower()
    for suffix, value in BRANDS.items():
        if domain == suffix or domain.endswith("." + suffix):
            return value
    return (domain, "#333333")


def _linkify(escaped):
    return re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', escaped)


def _html_blocks(para):
    """Render one paragraph of the plain text as HTML blocks."""
    groups = []  # (kind, [lines]) with kind in p, ul, ol, pre
    for line in para.split("\n"):
        bullet = re.match(r"(- |・)(.*)", line)
        number = re.match(r"\d+\. (.*)", line)
        if bullet:
            groups.append(("ul", [bullet.group(2)]))
        elif number:
            groups.append(("ol", [number.group(1)]))
        elif line.startswith("  ") and groups and groups[-1][0] in ("ul", "ol") \
                and not line.startswith("    "):
            groups[-1][1][-1] += " " + line.strip()
        else:
            kind = "pre" if line.startswith("  ") else "p"
            if groups and groups[-1][0] == kind:
                groups[-1][1].append(line)
            else:
                groups.append((kind, [line]))
    merged = []
    for kind, lines in groups:
        if merged and merged[-1][0] == kind and kind in ("ul", "ol"):
            merged[-1][1].extend(lines)
        else:
            merged.append((kind, list(lines)))
    out = []
    for kind, lines in merged:
        esc = [_linkify(htmllib.escape(x, quote=False)) for x in lines]
        if kind in ("ul", "ol"):
            out.append("<%s>\n%s\n</%s>" % (kind, "\n".join(
                "<li>%s</li>" % x for x in esc), kind))
        elif kind == "pre":
            out.append('<pre style="font-family:Consolas,monospace;'
                       'font-size:13px;background:#f4f4f4;padding:8px">'
                       + "\n".join(esc) + "</pre>")
        else:
            out.append("<p>" + "<br>\n".join(esc) + "</p>")
    return out


def to_html(n):
    brand, colour = brand_for(email.utils.parseaddr(n["sender"])[1])
    font = "Meiryo, 'Hiragino Sans', sans-serif" if n["lang"] == "ja" \
        else "Arial, Helvetica, sans-serif"
    blocks = []
    for para in n["body"].strip("\n").split("\n\n"):
        blocks.extend(_html_blocks(para))
    return (
        '<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
        "<title>%s</title>\n</head>\n"
        '<body style="margin:0;padding:0;background:#f2f3f3">\n'
        '<table role="presentation" width="100%%" cellpadding="0" '
        'cellspacing="0" style="max-width:640px;margin:0 auto;'
        'background:#ffffff;font-family:%s;font-size:14px;color:#16191f">\n'
        '<tr><td style="background:%s;color:#ffffff;padding:14px 20px;'
        'font-size:16px"><strong>%s</strong></td></tr>\n'
        '<tr><td style="padding:20px">\n%s\n</td></tr>\n'
        '<tr><td style="padding:12px 20px;font-size:11px;color:#687078">'
        "%s</td></tr>\n</table>\n</body>\n</html>\n"
        % (n["lang"], htmllib.escape(n["subject"], quote=False), font, colour,
           htmllib.escape(brand), "\n".join(blocks),
           "このメールは送信専用アドレスから送信されています。"
           if n["lang"] == "ja" else
           "This message was sent from an unmonitored address.")
    )


# ---------------------------------------------------------------------------
# Message construction


def message_id(n):
    digest = hashlib.sha256(
        (n["key"] + "\0" + n["subject"]).encode("utf-8")).hexdigest()
    stamp = n["dt"].astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S")
    domain = email.utils.parseaddr(n["sender"])[1].split("@", 1)[1]
    return "<%s.%s@%s>" % (stamp, digest[:20], domain)


def text_cte(n, text):
    if n["cte"]:
        return n["cte"]
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "base64" if n["lang"] == "ja" else "quoted-printable"


def _fold_ascii(name, value, limit=78):
    """Fold an ASCII unstructured header at spaces (RFC 5322 2.2.3)."""
    lines, current = [], name + ":"
    for word in value.split(" "):
        if len(current) + 1 + len(word) > limit and current != name + ":":
            lines.append(current)
            current = ""
        current += " " + word
    lines.append(current)
    return "\n".join(lines)


def _encoded_words(text, first_budget, q=False):
    """RFC 2047 encoded-words for text, each line at most 76 characters."""
    words, chunk, budget = [], "", first_budget
    def render(s):
        raw = s.encode("utf-8")
        if not q:
            return "=?UTF-8?B?%s?=" % base64.b64encode(raw).decode("ascii")
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % b)
        return "=?UTF-8?Q?%s?=" % "".join(out)
    for ch in text:
        if chunk and len(render(chunk + ch)) > budget:
            words.append(render(chunk))
            chunk, budget = "", 75
        chunk += ch
    words.append(render(chunk))
    return "\n ".join(words)


def header_subject(n):
    subject = n["subject"]
    if subject.isascii():
        return _fold_ascii("Subject", subject)
    q = n["cte"] == "quoted-printable"
    return "Subject: " + _encoded_words(subject, 76 - len("Subject: "), q)


def header_address(name, value):
    display, addr = email.utils.parseaddr(value)
    if not display:
        return "%s: %s" % (name, addr)
    if display.isascii():
        if re.search(r'[()<>\[\]:;@\\,."]', display):
            display = '"%s"' % display.replace('"', '\\"')
        return "%s: %s <%s>" % (name, display, addr)
    prefix = "%s: " % name
    encoded = _encoded_words(display, 76 - len(prefix))
    last = (prefix + encoded).split("\n")[-1]
    joiner = " " if len(last) + len(addr) + 3 <= 78 else "\n "
    return "%s%s%s<%s>" % (prefix, encoded, joiner, addr)


def build(n, ids):
    """Return the message as bytes (LF line ends), headers written here."""
    content = EmailMessage(policy=POLICY)
    html_cte = "base64" if n["lang"] == "ja" else "quoted-printable"
    if n["fmt"] == "html":
        content.set_content(to_html(n), subtype="html", charset="utf-8",
                            cte=html_cte)
    else:
        content.set_content(n["body"], subtype="plain", charset="utf-8",
                            cte=text_cte(n, n["body"]))
        if n["fmt"] == "alt":
            content.add_alternative(to_html(n), subtype="html",
                                    charset="utf-8", cte=html_cte)
            for part in content.iter_parts():
                del part["MIME-Version"]
            content.set_boundary("=_NDX_%s_%s" % (
                n["key"], ids[n["key"]][1:13].replace(".", "")))
    del content["MIME-Version"]
    raw = content.as_bytes(policy=POLICY)
    content_head, sep, body = raw.partition(b"\n\n")
    assert sep, n["key"]
    head = [
        header_address("From", n["sender"]),
        header_address("To", n["to"]),
        header_subject(n),
        "Date: " + email.utils.format_datetime(n["dt"]),
        "Message-ID: " + ids[n["key"]],
    ]
    if n["in_reply_to"]:
        ref = ids.get(n["in_reply_to"], n["in_reply_to"])
        head += ["In-Reply-To: " + ref, "References: " + ref]
    head.append("MIME-Version: 1.0")
    head_bytes = "\n".join(head).encode("ascii") + b"\n" + content_head
    head_bytes += ("\nX-Training-Label: %s\nX-Training-Deadline: %s"
                   % (n["label"], n["deadline"])).encode("ascii")
    for line in head_bytes.split(b"\n"):
        assert len(line) <= 78, (n["key"], line)
    return head_bytes + b"\n\n" + body


def envelope_line(n):
    addr = email.utils.parseaddr(n["sender"])[1]
    u = n["dt"].astimezone(dt.timezone.utc)
    return "From %s %s %2d %s" % (addr, u.strftime("%a %b"), u.day,
                                  u.strftime("%H:%M:%S %Y"))


def to_mbox_entry(n, raw):
    head, sep, body = raw.partition(b"\n\n")
    assert sep, n["key"]
    lines = body.split(b"\n")
    lines = [b">" + ln if ln.startswith(b"From ") else ln for ln in lines]
    body = b"\n".join(lines)
    if not body.endswith(b"\n"):
        body += b"\n"
    return (envelope_line(n).encode("ascii") + b"\n" + head + b"\n\n"
            + body + b"\n")


# ---------------------------------------------------------------------------
# Self-check


def read_mbox(data, errors):
    """Split an mboxo file, unescape '>From ' and parse each message."""
    messages, current, prev_blank = [], None, True
    if data.endswith(b"\n"):
        data = data[:-1]
    for line in data.split(b"\n"):
        if line.startswith(b"From "):
            if not prev_blank:
                errors.append("unescaped 'From ' line inside a message: %r"
                              % line[:60])
            else:
                if current is not None:
                    messages.append(current)
                current = []
                prev_blank = False
                continue
        if current is None:
            if line:
                errors.append("data before the first separator")
            continue
        current.append(line[1:] if line.startswith(b">From ") else line)
        prev_blank = (line == b"")
    if current is not None:
        messages.append(current)
    return [email.message_from_bytes(b"\n".join(lines),
                                     policy=email.policy.default)
            for lines in messages]


def check(notices, data):
    errors = []
    keys = Counter(n["key"] for n in notices)
    errors += ["duplicate key %s" % k for k, c in keys.items() if c > 1]
    for n in notices:
        where = "%s (%s)" % (n["key"], n["subject"][:50])
        if n["label"] not in LABELS:
            errors.append("%s: unknown label %r" % (where, n["label"]))
        if n["deadline"] != "none":
            try:
                d = dt.date.fromisoformat(n["deadline"])
            except ValueError:
                errors.append("%s: bad deadline %r" % (where, n["deadline"]))
            else:
                if d < n["dt"].date():
                    errors.append("%s: deadline %s before Date %s"
                                  % (where, d, n["dt"].date()))
        if n["key"] in RELATIVE:
            want = resolve_relative(n["dt"].date(), *RELATIVE[n["key"]])
            if n["deadline"] != want.isoformat():
                errors.append("%s: relative deadline should be %s"
                              % (where, want))
        if not (n["dt"].year == 2026 and n["dt"].month == 10):
            errors.append("%s: Date not in October 2026" % where)
        nlines = len(n["body"].rstrip("\n").split("\n"))
        if not 8 <= nlines <= 30:
            errors.append("%s: body has %d lines" % (where, nlines))
        if not n["body"].endswith("\n") or "\t" in n["body"]:
            errors.append("%s: body must end with newline, no tabs" % where)
        if any(ln.rstrip() != ln for ln in n["body"].split("\n")):
            errors.append("%s: trailing whitespace in body" % where)
        if any(ln.startswith(">From ") for ln in n["body"].split("\n")):
            errors.append("%s: body line starts with '>From '" % where)
        if n["kind"] == "forward" and \
                "---------- Forwarded message ---------" not in n["body"]:
            errors.append("%s: forward without forwarded block" % where)
        if n["kind"] == "reply" and not re.match(r"(?i)re:", n["subject"]):
            errors.append("%s: reply subject without Re:" % where)
    counts = Counter(n["label"] for n in notices)
    if len(notices) != 100:
        errors.append("expected 100 notices, have %d" % len(notices))
    for label, want in EXPECTED.items():
        if counts[label] != want:
            errors.append("label %s: %d notices, expected %d"
                          % (label, counts[label], want))

    try:
        data.decode("ascii")
    except UnicodeDecodeError:
        errors.append("mbox contains non-ASCII bytes (unencoded header/body)")
    parsed = read_mbox(data, errors)
    if len(parsed) != len(notices):
        errors.append("mbox holds %d messages, expected %d"
                      % (len(parsed), len(notices)))
    seen_ids = set()
    for n, m in zip(notices, parsed):
        where = n["key"]
        for h in ("From", "To", "Subject", "Date", "Message-ID",
                  "MIME-Version", "Content-Type", "X-Training-Label",
                  "X-Training-Deadline"):
            if len(m.get_all(h) or []) != 1:
                errors.append("%s: header %s missing or repeated" % (where, h))
        if m["Message-ID"] in seen_ids:
            errors.append("%s: duplicate Message-ID" % where)
        seen_ids.add(m["Message-ID"])
        if str(m["Subject"]) != n["subject"]:
            errors.append("%s: subject does not round-trip" % where)
        label = str(m["X-Training-Label"])
        deadline = str(m["X-Training-Deadline"])
        if label not in LABELS:
            errors.append("%s: bad X-Training-Label %r" % (where, label))
        if deadline != "none":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", deadline):
                errors.append("%s: bad X-Training-Deadline %r"
                              % (where, deadline))
            else:
                sent = email.utils.parsedate_to_datetime(str(m["Date"]))
                if dt.date.fromisoformat(deadline) < sent.date():
                    errors.append("%s: deadline before Date" % where)
        ctype = m.get_content_type()
        want = {"text": "text/plain", "alt": "multipart/alternative",
                "html": "text/html"}[n["fmt"]]
        if ctype != want:
            errors.append("%s: Content-Type %s, expected %s"
                          % (where, ctype, want))
        if n["fmt"] == "html":
            body_ok = m.get_content() == to_html(n)
        else:
            part = m.get_body(("plain",))
            body_ok = (part is not None
                       and part.get_content_charset() == "utf-8"
                       and part.get_content() == n["body"])
            if n["fmt"] == "alt":
                hpart = m.get_body(("html",))
                body_ok = body_ok and hpart is not None \
                    and hpart.get_content() == to_html(n)
        if not body_ok:
            errors.append("%s: body does not round-trip" % where)
    return errors


def report(notices):
    by_label = Counter(n["label"] for n in notices)
    by_lang = Counter(n["lang"] for n in notices)
    cross = Counter((n["label"], n["lang"]) for n in notices)
    print("%-18s %5s %5s %5s" % ("label", "en", "ja", "total"))
    for label in LABELS:
        print("%-18s %5d %5d %5d" % (label, cross[(label, "en")],
                                     cross[(label, "ja")], by_label[label]))
    print("%-18s %5d %5d %5d" % ("total", by_lang["en"], by_lang["ja"],
                                 len(notices)))
    aws = sum(1 for n in notices if "amazon" in n["sender"].lower()
              or "aws" in n["sender"].lower()
              or "amazon" in n["body"][:600].lower() and n["kind"] == "forward")
    fmts = Counter(n["fmt"] for n in notices)
    kinds = Counter(n["kind"] for n in notices)
    dl = sum(1 for n in notices if n["deadline"] != "none")
    print("AWS (incl. forwarded AWS mail): %d" % aws)
    print("formats: %s" % dict(sorted(fmts.items())))
    print("kinds: %s" % dict(sorted(kinds.items())))
    print("with deadline: %d, none: %d" % (dl, len(notices) - dl))


def main():
    notices = sorted(NOTICES, key=lambda n: (n["dt"].astimezone(
        dt.timezone.utc), n["key"]))
    ids = {n["key"]: message_id(n) for n in notices}
    data = b"".join(to_mbox_entry(n, build(n, ids)) for n in notices)
    with open(OUT_PATH, "wb") as fh:
        fh.write(data)
    with open(OUT_PATH, "rb") as fh:
        errors = check(notices, fh.read())
    report(notices)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    print("OK: wrote %s (%d messages)" % (OUT_PATH, len(notices)))
    return 0


# ---------------------------------------------------------------------------
# The notices.  Recipients are the MSP's own aliases at minato-cs.example
# (Minato Cloud Services); its customers are Kawamoto Logistics, Aoba Retail,
# Hinode Clinic and Sakuragi Shoji.
#
# AWS accounts: 123456789012 Kawamoto, 210987654321 Aoba, 345678901234 Minato
# shared services, 456789012345 Hinode, 567890123456 Sakuragi.

AWS = "Amazon Web Services <no-reply-aws@amazon.com>"
TO_KAWAMOTO = "aws-kawamoto-prod@minato-cs.example"
TO_AOBA = "aws-aoba@minato-cs.example"
TO_SHARED = "aws-shared@minato-cs.example"
TO_HINODE = "aws-hinode@minato-cs.example"
TO_SAKURAGI = "aws-sakuragi@minato-cs.example"
TO_INFRA = "infra-team@minato-cs.example"
TO_OPS = "ops@minato-cs.example"
TO_BILLING = "billing@minato-cs.example"
TO_NOTICES = "cloud-notices@minato-cs.example"
TO_GCP = "gcp-admin@minato-cs.example"
TO_M365 = "m365-admin@minato-cs.example"
TO_AZURE = "azure-admin@minato-cs.example"

# ===========================================================================
# abuse (10)

notice("A01", "abuse", "2026-10-06", "2026-10-05 09:14:22 +0000",
       "Amazon EC2 Abuse <ec2-abuse@amazon.com>", TO_AOBA,
       "Amazon EC2 abuse report 48213057 - AWS account 210987654321",
       """\
Hello,

We have received a report that an Amazon EC2 instance in your account has
been scanning hosts on the internet. This activity is not permitted under
the AWS Acceptable Use Policy.

  AWS account:  210987654321
  Region:       ap-northeast-1
  Instance:     i-0c4f2a9b7e1d35a08
  Public IP:    198.51.100.23
  Observed:     2026-10-04 22:41 UTC to 2026-10-05 03:10 UTC
  Traffic:      TCP SYN probes to ports 22 and 3389, about 41,000
                packets in 15 minutes, across several /16 networks

Please investigate the instance, stop the activity, and reply to this
message within 24 hours describing what you found and what you changed.
If the activity continues or we do not hear from you, we may block traffic
to and from the instance or suspend it without further notice.

If you believe this report is in error, explain why in your reply and
include any logs that support your conclusion.

Regards,
AWS Trust & Safety
Reference: 48213057
""")

notice("A02", "abuse", "2026-10-23", "2026-10-06 16:02:10 +0000",
       AWS, TO_SHARED,
       "Amazon SES account status [AWS Account: 345678901234] [eu-west-1]",
       """\
Hello,

Your Amazon SES account in the EU (Ireland) region has been placed under
review because its bounce rate is higher than we allow.

  Bounce rate (last 7 days):     11.8%
  Complaint rate (last 7 days):  0.09%
  Review status:                 Under review
  Review period ends:            October 23, 2026

While the account is under review you can continue to send email. If the
bounce rate is not below 5% by October 23, 2026, we may pause your
account's ability to send email.

To lower your bounce rate, we suggest that you:
- stop sending to addresses that have bounced, and turn on the
  account-level suppression list;
- send only to recipients who have explicitly opted in;
- remove purchased or outdated lists from your campaigns.

When you have made changes, reply to the case in the Support Center and
tell us what you did. Details of the review, including sample bounced
addresses, are on the reputation page of the SES console.

Thank you for using Amazon SES.
""")

notice("A03", "abuse", "none", "2026-10-26 11:37:45 +0000",
       AWS, TO_SHARED,
       "[AWS Account: 345678901234] [eu-west-1] Amazon SES notification",
       """\
Hello,

On October 6, 2026 we placed your Amazon SES account in the EU (Ireland)
region under review because of a high bounce rate. The review period ended
on October 23, 2026.

During the review period the bounce rate stayed above 5%, and on October 21
the complaint rate rose to 0.6%, which is above the level we allow. As a
result, we have paused your account's ability to send email in this region.
Messages submitted to the SES API or SMTP endpoint in eu-west-1 are now
rejected with a "Sending paused" error.

Sending in other regions is not affected.

If you want us to reconsider, open a case in the Support Center and explain
what you have changed in your sending process, for example how you collect
addresses and how you handle bounces and complaints. We will review your
request and reply in the case.

Sincerely,
Amazon Web Services
""")

notice("A04", "abuse", "2026-10-08", "2026-10-07 14:05:31 +0200",
       "Hetzner Abuse Team <abuse@hetzner.com>", TO_OPS,
       "Abuse report [AbuseID:7A41C2]: outgoing UDP flood from 203.0.113.45",
       """\
Dear Sir or Madam,

We have received an abuse report about the following IP address, which
is assigned to a server in your account:

  IP address:   203.0.113.45
  Server:       CX32 #58811204 "aoba-web-02" (project "aoba-shop")
  Report type:  DoS / outgoing UDP flood

Excerpt from the report:
From 2026-10-07 02:11:05 UTC until 02:43:50 UTC, 203.0.113.45 sent about
1.9 Gbit/s of UDP packets to 192.0.2.80 port 27015. The target is a game
server operated by the reporting party.

Please check your server and send us a statement via the link below by
2026-10-08 14:00 CEST at the latest. Tell us the cause and what you have
done to prevent this from happening again.

https://abuse.hetzner.com/statement/7A41C2f9

If we do not receive a statement by then, we may lock the IP address to
protect our network. Repeated incidents can lead to the termination of
the contract.

Kind regards
Abuse Team
Hetzner Online GmbH
""")

notice("A05", "abuse", "2026-10-09", "2026-10-08 18:22:09 +0000",
       "DigitalOcean <abuse-noreply@digitalocean.com>", TO_OPS,
       "Important information about your account",
       """\
Hello,

We received a report that a Droplet on your team "Minato CS - Customers"
is hosting a phishing page. Phishing content is prohibited by our
Acceptable Use Policy.

  Droplet:   wp-legacy-01 (ID 412339870)
  IP:        198.51.100.77
  URL:       http://198.51.100.77/secure-login/verify.php
  Reported:  2026-10-08 17:51 UTC

The page imitates the sign-in form of a Japanese bank and sends submitted
credentials to an external address. This often happens when an outdated
WordPress installation or plugin has been compromised.

Please remove the content and secure the Droplet, then reply to this email
within 24 hours to let us know what you did. If the content is still
reachable after that time, we will disable public networking on the
Droplet until the issue is resolved.

Our documentation has guidance on cleaning up a compromised Droplet.

Thanks,
DigitalOcean Trust & Safety
Ticket #9034517
""")

notice("A06", "abuse", "none", "2026-10-09 11:30:00 +0900",
       "さくらインターネット 不正利用対策窓口 <abuse-report@sakura.ad.jp>",
       TO_INFRA, "ご連絡",
       """\
株式会社みなとクラウドサービス
インフラ運用ご担当者様

いつもさくらインターネットをご利用いただき、誠にありがとうございます。
不正利用対策窓口でございます。

お客様がご利用中の下記サーバーから、外部に向けた大量の通信（DoS攻撃と
みられるUDPトラフィック）が発生していることを確認いたしました。
第三者への被害拡大を防ぐため、本日10時45分、当社にて当該サーバーの
ネットワークを緊急停止いたしました。

■対象サーバー
　サービス：さくらのVPS
　サーバー名：tk2-vps-aoba-03
　IPアドレス：203.0.113.118
　検知日時：2026年10月9日 9時52分～10時40分

原因の調査および対策を実施のうえ、会員メニューの「お問い合わせフォーム」
より対応内容をご報告ください。ご報告内容を確認後、ネットワークの停止を
解除いたします。

なお、ネットワーク停止中もサーバーの料金は発生いたしますので、
あらかじめご了承ください。

受付番号：SAKURA-AB-2026100912
さくらインターネット株式会社
""", lang="ja")

notice("A07", "abuse", "2026-10-20", "2026-10-13 15:10:00 +0900",
       "ConoHa by GMO <noreply@conoha.jp>", TO_INFRA,
       "【要対応】オープンリゾルバとして動作しているサーバーについて",
       """\
株式会社みなとクラウドサービス
ご担当者様

平素よりConoHa by GMOをご利用いただき、誠にありがとうございます。

外部機関より、お客様がご利用中の下記VPSがオープンリゾルバ（第三者からの
名前解決要求に応答するDNSサーバー）として動作しているとの報告を受けました。
オープンリゾルバはDNSリフレクション攻撃の踏み台として悪用されるおそれがあり、
実際に当該サーバーを経由した攻撃通信も確認されております。

■対象サーバー
　ネームタグ：sakuragi-dns01
　IPアドレス：203.0.113.201
　確認日時：2026年10月12日 21時30分頃

■お願い
2026年10月20日（火）までに、DNSサーバーの設定を見直し、外部からの
再帰問い合わせに応答しないよう変更してください。
（例：BINDの場合は allow-recursion を社内ネットワークのみに限定）

期日までに改善が確認できない場合、当該サーバーのUDP 53番ポート宛ての
通信を当社にて制限させていただきます。

ご不明な点がございましたら、本メールにご返信ください。

ConoHa by GMO カスタマーサポート
""", lang="ja", cte="quoted-printable")

notice("A08", "abuse", "2026-10-17", "2026-10-14 20:48:13 +0000",
       "Twilio Trust & Safety <fraud-alerts@twilio.com>", TO_OPS,
       "Unusual messaging activity on your Twilio account",
       """\
Hi there,

Our systems detected a sharp increase in outbound SMS from your account
"Kawamoto Tracking Notifications" (AC5f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c)
between 2026-10-13 18:00 and 2026-10-14 06:00 UTC.

  Messages sent:     18,420 (usual daily volume: about 600)
  Top destinations:  Uzbekistan (+998), Bangladesh (+880),
                     Kyrgyzstan (+996)
  Source:            one-time passcode requests from your sign-up page

This pattern matches SMS pumping (artificially inflated traffic), in which
bad actors trigger one-time passcodes to premium number ranges in order to
collect a share of the termination fees.

To limit further traffic we have disabled SMS Geo Permissions for the three
countries listed above. Messages to other countries are still delivered.

Please reply within 3 days to confirm that you have reviewed the traffic
and to describe the protections you have added, such as rate limiting per
IP address and phone number, a CAPTCHA on the sign-up form, or Fraud
Guard. If we do not hear from you, we may suspend outbound messaging on
the account.

Regards,
Twilio Trust & Safety
""")

notice("A09", "abuse", "2026-10-17", "2026-10-15 10:05:00 +0900",
       "Yuki Tanaka <y.tanaka@minato-cs.example>", TO_NOTICES,
       "Fwd: Notice of claimed infringement - Amazon CloudFront [Case 61830294]",
       """\
Forwarding from the Hinode Clinic root mailbox. I think it's the old promo
video on their CDN. Can someone from the AWS team take this today?

---------- Forwarded message ---------
From: AWS Trust & Safety <abuse@amazonaws.com>
Date: Wed, Oct 14, 2026 at 11:52 PM
Subject: Notice of claimed infringement - Amazon CloudFront [Case 61830294]
To: <aws-hinode@minato-cs.example>

Hello,

We have received a notice under the U.S. Digital Millennium Copyright Act
claiming that content served through your Amazon CloudFront distribution
infringes the rights of the complaining party.

  Account:       456789012345
  Distribution:  E1Q2W3E4R5T6Y7 (d1a2b3c4example.cloudfront.net)
  Content:       /media/promo-2019.mp4
  Claimed work:  music track "Morning Harbor" (2017), Kite Sound Library

Please remove or disable access to the material and confirm by replying
to this message no later than October 17, 2026. If you believe the
material is not infringing, you may reply with a counter-notice that
includes the information listed in our copyright policy. Without a
response, we may disable the content or the distribution.

Regards,
AWS Trust & Safety
""", kind="forward")

notice("A10", "abuse", "none", "2026-10-19 07:31:55 -0700",
       "Google Cloud Trust & Safety <cloud-trust-safety-noreply@google.com>",
       TO_GCP,
       "Important notice about your Google Cloud project aoba-batch-prod",
       """\
Dear Google Cloud customer,

We are writing to let you know that your Google Cloud project
aoba-batch-prod (project number 918273645501) has been suspended.

Our systems detected cryptocurrency mining on Compute Engine instances in
the project. Mining is not allowed under the Google Cloud Acceptable Use
Policy without our prior written approval.

  Instances:  batch-worker-7, batch-worker-8, batch-worker-9
  Zone:       us-central1-a
  Detected:   October 18, 2026 at 22:10 PDT

While the project is suspended, its resources cannot be reached and you
cannot create new resources in it. Other projects under your billing
account are not affected.

If you believe the suspension is a mistake, or the mining was the result
of a compromise, you can submit an appeal from the project's page in the
Google Cloud console. Include details of your investigation and the steps
taken to secure the project.

Sincerely,
The Google Cloud Trust & Safety Team
""", fmt="alt")

# ===========================================================================
# security-incident (12)

notice("I01", "security-incident", "none", "2026-10-02 04:17:33 +0000",
       AWS, TO_KAWAMOTO,
       "Action needed: exposed access key AKIAIOSFODNN7EXAMPLE "
       "[AWS Account: 123456789012]",
       """\
Hello,

We have become aware that the access key AKIAIOSFODNN7EXAMPLE, which
belongs to the IAM user ci-deployer in your AWS account 123456789012, is
publicly available online together with its secret key:

  https://github.com/kawamoto-logistics/deploy-scripts/blob/main/.env
  (committed 2026-10-01 23:58 UTC)

Your account may be compromised. To protect it, we have attached the AWS
managed policy AWSCompromisedKeyQuarantineV3 to the IAM user. The policy
denies a set of high-risk actions; do not remove it until you have
completed the steps below.

1. Rotate the exposed key: create a new key for the applications that need
   it, then deactivate and delete AKIAIOSFODNN7EXAMPLE.
2. Review AWS CloudTrail in all regions for calls made with the key since
   October 1, in particular RunInstances, CreateUser, CreateAccessKey and
   PutBucketPolicy.
3. Check the Billing console for usage you don't recognize.
4. Remove the key from the repository history, not only from the latest
   commit.

We have opened Support case 17942230561 for this issue. Reply to the case
once you have completed these steps or if you have questions.

Sincerely,
Amazon Web Services
""")

notice("I02", "security-incident", "none", "2026-10-03 13:40:02 +0000",
       AWS, TO_HINODE, "AWS Notification - Account 456789012345",
       """\
Hello,

A sign-in to the AWS Management Console with the root user of account
456789012345 was recorded that does not match the usual activity for this
account.

  Time:       2026-10-03 13:21:47 UTC
  Source IP:  192.0.2.201
  Location:   Bucharest, Romania (approximate)
  Browser:    Firefox 131 on Linux
  MFA used:   No (no MFA device is registered for the root user)

The root user has not signed in from this network or device before.

If you or someone in your organization made this sign-in, no further
action is needed. If you do not recognize it, treat your account as
compromised: reset the root user password, register an MFA device for the
root user, review IAM users, roles and access keys for changes you did not
make, and check CloudTrail for activity after 13:21 UTC. You can also
contact AWS Support from the Support Center.

Thank you,
Amazon Web Services
""")

notice("I03", "security-incident", "2026-10-13", "2026-10-06 02:55:10 +0000",
       AWS, TO_KAWAMOTO,
       "RE: [Case 17942230561] Exposed access key for IAM user ci-deployer",
       """\
Hello,

Thank you for deleting the exposed access key. While reviewing your account
as part of this case, we found resources that appear to have been created
by an unauthorized party using that key before it was deleted:

- 38 EC2 instances (g5.12xlarge) in ap-south-1, sa-east-1 and eu-north-1,
  launched 2026-10-02 between 02:10 and 02:26 UTC
- the IAM user "backup-svc2" with the AdministratorAccess policy attached
- a new key pair named "default-key" in each of those regions

To limit further charges we have restricted the launch of new EC2
resources in your account. To have the restriction removed, please:

1. Terminate the instances and delete the IAM user and key pairs above.
2. Check other regions and services for resources you did not create
   (Lambda functions, Spot requests, SES identities).
3. Reply to this case confirming the steps you completed.

Please reply within 5 business days. If we do not receive a response, we
may suspend the account to protect you from further unauthorized use.

Once the account is secured, we can review the charges caused by this
activity. Please don't include access keys or passwords in your reply.

Best regards,
Priya S.
Amazon Web Services
""", kind="reply", in_reply_to="I01")

notice("I04", "security-incident", "none", "2026-10-07 08:12:40 -0700",
       "GitHub <noreply@github.com>", "ci-bot@minato-cs.example",
       "[GitHub] Your personal access token has been revoked",
       """\
Hi @minato-ci-bot,

GitHub secret scanning found one of your personal access tokens (classic)
in a public location. We have revoked it, because anyone who found it could
have used it to act as you.

  Token name:  release-pipeline
  Scopes:      repo, workflow, write:packages
  Found in:    https://gist.github.com/minato-ci-bot/5e1f0c2a9b7d
  Last used:   2026-10-07 14:51 UTC from 203.0.113.9 (an address not
               previously seen for your account)

Because the token was used after it was published, review your security
log and the audit logs of the organizations the token could reach for
activity you do not recognize, including new deploy keys, webhooks and
workflow changes.

If you still need a token for this purpose, create a fine-grained token
with only the permissions and repositories it needs, and store it as an
Actions secret rather than in a file.

Thanks,
The GitHub Team
""")

notice("I05", "security-incident", "none", "2026-10-08 23:05:17 +0000",
       "Google Workspace Alerts <google-workspace-alerts-noreply@google.com>",
       "gws-admin@minato-cs.example",
       "Suspicious sign-in to a user account in aoba-retail.example",
       """\
Google Workspace alert

A user in your domain signed in successfully from a location and device
that Google considers unusual for this account.

  User:            m.saito@aoba-retail.example
  Time:            October 8, 2026, 22:48 GMT
  IP address:      198.51.100.190
  Location:        Lagos, Nigeria
  Sign-in method:  password only (2-Step Verification not enrolled)
  Device:          Windows, Chrome, new device

Ten minutes after the sign-in, a Gmail filter was created on the account
that forwards every message containing "invoice" to an external address.

Recommended steps:
- Reset the user's password and sign the user out of all sessions.
- Delete the new filter and check the delegation and forwarding settings.
- Enforce 2-Step Verification for the user's organizational unit.

Open the Alert center in the Google Admin console to see the details.

You received this email because you are an administrator of
aoba-retail.example and turned on notifications for this alert.
""", fmt="html")

notice("I06", "security-incident", "none", "2026-10-09 06:44:00 +0000",
       "Microsoft Defender <defender-noreply@microsoft.com>", TO_M365,
       "High-severity alert: User restricted from sending email",
       """\
Microsoft Defender XDR

A high-severity alert was triggered in your tenant
hinode-clinic.onmicrosoft.com.

  Alert:     User restricted from sending email
  Severity:  High
  User:      t.ishida@hinode-clinic.example
  Time:      10/9/2026 6:31 AM (UTC)
  Activity:  4,212 messages to external recipients in 55 minutes;
             outbound spam policy limit exceeded

Forty minutes before the sending started, the account signed in
successfully from an IP address in a country this user has never signed in
from. Together, these events indicate that the account may be compromised.

The user can still sign in but cannot send email until an administrator
removes the restriction.

Recommended actions:
1. Reset the user's password and revoke active sessions.
2. Check inbox rules and mailbox delegates for changes.
3. After the account is secured, remove the user from Restricted entities
   in the Microsoft Defender portal.

View the alert in the Microsoft Defender portal.
""", fmt="alt")

notice("I07", "security-incident", "2026-10-19", "2026-10-12 10:20:00 +0900",
       AWS, TO_SAKURAGI,
       "[AWS Account: 567890123456] お客様のアカウントにおける不審なアクティビティについて",
       """\
お客様各位

AWS アカウント 567890123456 において、第三者による不正アクセスの可能性を
示すアクティビティを検出しました。

・2026年10月11日 19時台（日本時間）に、通常ご利用のないリージョン
　（us-west-2、eu-west-3）で複数の EC2 インスタンスが起動されました
・同じ時間帯に、IAM ユーザー「s3-sync」のアクセスキーが新規作成されました

被害の拡大を防ぐため、現在、お客様のアカウントで一部サービスの利用を
制限しております。制限の解除には、以下のご対応をお願いいたします。

1. ルートユーザーのパスワードを変更し、MFA を有効にする
2. すべての IAM ユーザーのアクセスキーをローテーションし、不要なキーを削除する
3. お客様が作成していない EC2 インスタンス、IAM ユーザー、ロールを削除する
4. AWS CloudTrail で上記以外に不審な操作がないか確認する
5. サポートケース 17950388124 に対応内容をご返信いただく

2026年10月19日までにサポートケースへのご返信が確認できない場合、
お客様の保護のため、アカウントを停止させていただく場合があります。

アマゾン ウェブ サービス
""", lang="ja")

notice("I08", "security-incident", "2026-10-21", "2026-10-14 17:00:00 +0900",
       "エックスサーバー <support@xserver.ne.jp>", TO_INFRA,
       "【重要】ご利用サーバーにおけるマルウェア検出のお知らせ",
       """\
株式会社みなとクラウドサービス 様

いつもエックスサーバーをご利用いただき、誠にありがとうございます。

当社で定期的に実施しているウイルススキャンにおいて、お客様のサーバー
アカウント上で、マルウェア（不正なプログラム）と判定されたファイルが
検出されました。

■サーバーID：xs482913
■対象ドメイン：sakuragi-shoji.example
■検出ファイル（一部）
　public_html/wp-content/uploads/2026/09/cache.php
　public_html/wp-includes/class-wp-lite.php

WordPressのプラグインの脆弱性などを悪用され、第三者によってファイルが
設置された可能性がございます。

本メール送信日より7日以内に、以下の対応を実施してください。
・検出ファイルの削除、またはバックアップからの復元
・WordPress本体、テーマ、プラグインの最新版への更新
・FTP、WordPress管理画面、データベースのパスワード変更

期限までに対策が確認できない場合、被害拡大防止のため、当該ドメインの
Web公開を停止させていただくことがございます。

エックスサーバー株式会社 カスタマーサポート
""", lang="ja")

notice("I09", "security-incident", "none", "2026-10-15 19:26:48 +0000",
       "MongoDB Atlas <mongodb-atlas-alerts@mongodb.com>",
       "db-admin@minato-cs.example",
       'Atlas project "Aoba Retail Production" - security notice',
       """\
Hello,

The MongoDB Atlas security team is contacting the owners of the project
"Aoba Retail Production" (organization: Minato Cloud Services).

While reviewing connection activity we found that:

- the project's IP access list has contained 0.0.0.0/0 (access from
  anywhere) since September 28, 2026;
- on October 14, 2026, between 03:12 and 04:40 UTC, the database user
  "reporting" authenticated successfully to the cluster prod-orders from
  IP addresses associated with known scanning infrastructure;
- during those sessions, find and getMore commands were run against the
  orders and customers collections, returning about 1.2 GB of data.

We believe data in this cluster may have been accessed by an unauthorized
party. We recommend that you remove 0.0.0.0/0 from the access list
immediately, rotate the passwords of all database users, and review the
Database Access History and cluster logs for the affected period.
Depending on the data involved, you may have notification obligations
under the laws that apply to you.

Our support team can help with the investigation. Reply to this email or
open a support case from the Atlas UI.

MongoDB Atlas Security
""")

notice("I10", "security-incident", "none", "2026-10-19 09:12:00 +0900",
       "Daisuke Mori <d.mori@minato-cs.example>", TO_NOTICES,
       "Fwd: Heroku security notice",
       """\
This came into the shared Heroku inbox on Sunday. As far as I know nobody
here signed in from São Paulo. Arai-san, can you check with Kawamoto?

---------- Forwarded message ---------
From: Heroku <noreply@heroku.com>
Date: Sun, Oct 18, 2026 at 4:40 PM
Subject: Heroku security notice
To: <heroku-ops@minato-cs.example>

Hi,

We detected a sign-in to your Heroku account heroku-ops@minato-cs.example
from an IP address not previously associated with it (São Paulo, Brazil)
on October 18, 2026 at 06:55 UTC. The session created a new API
authorization and read the config vars of the app kawamoto-tracking-api.

As a precaution we have reset your account password and revoked that
authorization. To regain access, use the password reset link on the login
page.

Because config vars may contain credentials, please rotate the
DATABASE_URL credentials and any third-party API keys stored in the app's
config vars, and review the account's activity for other changes.

The Heroku Security Team
""", kind="forward")

notice("I11", "security-incident", "none", "2026-10-21 13:45:00 +0900",
       "さくらのクラウド サポートセンター <cloud-support@sakura.ad.jp>",
       TO_INFRA, "さくらのクラウド ご利用に関するご連絡",
       """\
さくらのクラウドをご利用いただき、誠にありがとうございます。
さくらのクラウド サポートセンターでございます。

GitHub上の公開リポジトリにおいて、お客様のアカウントで発行された
APIキー（アクセストークン）が掲載されていることを確認いたしました。

　アカウントID：112900457721
　アクセストークン：2f6c9a1e-****-****-****-********b07d
　掲載先：github.com/sakuragi-shoji/infra-terraform（terraform.tfvars）

また、当該トークンを使用して、10月20日 23時14分に石狩第1ゾーンで
サーバー2台が作成されたことを確認しております。お客様ご自身による
操作でない場合、不正利用の可能性がございます。

第三者による利用を防ぐため、当社にて当該アクセストークンを無効化いたしました。
お手数ですが、以下のご対応をお願いいたします。
・身に覚えのないサーバー、ディスク、スイッチ等のリソースの削除
・新しいアクセストークンの発行と、必要なシステムへの設定
・リポジトリからの認証情報の削除（コミット履歴を含む）

ご不明な点は、サポートセンターまでお問い合わせください。

さくらインターネット株式会社
""", lang="ja")

notice("I12", "security-incident", "2026-10-30", "2026-10-23 15:33:21 +0000",
       "Datadog <security-noreply@datadoghq.com>",
       "monitoring@minato-cs.example",
       "Datadog API key exposed publicly - rotate before it is revoked",
       """\
Hello,

We found an API key for your Datadog organization "Minato CS - Kawamoto"
in a public GitHub repository.

  Key name:  k8s-agent-prod
  Key ID:    ...4f2c
  Found at:  github.com/kawamoto-logistics/helm-values (values-prod.yaml)
  Found on:  October 23, 2026

Anyone with this key can submit metrics, logs and events to your
organization, which can affect your monitors and your usage.

Please create a new API key, update your Agents and integrations to use
it, and then revoke the exposed key under Organization Settings > API Keys.

If the exposed key is still active on October 30, 2026, we will revoke it
automatically. Agents still using the key will stop sending data at that
point.

If you have questions, contact Datadog Support.

The Datadog Security Team
""", fmt="html")

# ===========================================================================
# action-required (28)

notice("R01", "action-required", "2027-02-28", "2026-10-01 17:05:12 +0000",
       AWS, TO_AOBA,
       "[Action Required] Amazon RDS for PostgreSQL 14 reaches end of "
       "standard support on February 28, 2027 [AWS Account: 210987654321]",
       """\
Hello,

Amazon RDS for PostgreSQL 14 reaches the end of standard support on
February 28, 2027. You are receiving this message because the following
DB instances in your account run a PostgreSQL 14 minor version:

  ap-northeast-1  aoba-pos-db        14.12
  ap-northeast-1  aoba-inventory-db  14.15
  ap-northeast-3  aoba-dr-db         14.15

Timeline:
- Now until February 28, 2027: upgrade to PostgreSQL 16 or 17 at a time
  that suits you. We recommend testing the upgrade on a snapshot first.
- From January 1, 2027: you can no longer create new DB instances on
  PostgreSQL 14 from the console.
- From March 1, 2027: DB instances still running PostgreSQL 14 are
  automatically enrolled in Amazon RDS Extended Support, and Extended
  Support charges apply per vCPU-hour.

To avoid Extended Support charges, complete a major version upgrade
before February 28, 2027. Blue/green deployments can reduce downtime
during the upgrade.

For more information, see the Amazon RDS User Guide or contact AWS
Support.

Sincerely,
Amazon Web Services
""")

notice("R02", "action-required", "2026-12-15", "2026-10-02 20:10:44 +0000",
       AWS, TO_KAWAMOTO, "[AWS Account: 123456789012] AWS Notification",
       """\
Hello,

We are contacting you because one or more AWS Lambda functions in your
account use the Python 3.10 runtime.

Python 3.10 reaches its upstream end of life in October 2026. Lambda will
retire the runtime on the following schedule:

  December 15, 2026  Deprecation. Lambda stops applying security patches
                     and other updates to the Python 3.10 runtime.
  January 15, 2027   You can no longer create functions that use
                     Python 3.10.
  February 15, 2027  You can no longer update functions that use
                     Python 3.10.

Invocations are not blocked after deprecation, but functions on an
unsupported runtime no longer receive security updates. We recommend that
you upgrade your functions to Python 3.13 before December 15, 2026.

The affected functions in us-east-1 and ap-northeast-1 are listed on the
"Affected resources" tab of the AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

notice("R03", "action-required", "2026-12-02", "2026-10-05 18:30:00 +0000",
       AWS, TO_SHARED,
       "Amazon EKS: Kubernetes version 1.34 end of standard support on "
       "December 2, 2026 [AWS Account: 345678901234]",
       """\
Hello,

Standard support for Kubernetes version 1.34 in Amazon EKS ends on
December 2, 2026. The following clusters in your account run 1.34:

  ap-northeast-1  shared-platform-prod
  ap-northeast-1  shared-platform-stg
  us-west-2       observability

What happens on December 2, 2026:
- If the cluster upgrade policy is EXTENDED (the default), the cluster
  enters extended support and its price rises from USD 0.10 to USD 0.60
  per cluster per hour.
- If the upgrade policy is STANDARD, EKS upgrades the control plane to
  1.35 automatically after the end of standard support. You remain
  responsible for upgrading managed node groups and add-ons.

Please upgrade these clusters to 1.35 or later before December 2, 2026.
Review the Kubernetes 1.35 release notes and the EKS upgrade insights in
the console for deprecated APIs used by your workloads.

Sincerely,
Amazon Web Services
""", fmt="alt")

notice("R04", "action-required", "2026-11-14", "2026-10-07 06:00:12 +0000",
       "AWS Certificate Manager <no-reply@certificates.amazon.com>", TO_AOBA,
       "Certificate renewal for shop.aoba-retail.example requires validation",
       """\
Hello,

AWS Certificate Manager (ACM) cannot renew the following certificate
automatically because domain validation is incomplete for one of the names
in the certificate.

  Account:       210987654321
  Region:        us-east-1
  Certificate:   7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e
  Domain names:  shop.aoba-retail.example, www.shop.aoba-retail.example
  Expires:       November 14, 2026
  In use by:     CloudFront distribution E2QW3ERT4YEXAMPLE

The DNS validation record (CNAME) for www.shop.aoba-retail.example can no
longer be found. To allow renewal, add the CNAME record shown in the ACM
console for that name back to your DNS zone. ACM retries validation
periodically and renews the certificate once every name is validated.

If the certificate is not renewed before it expires on November 14, 2026,
visitors to the site will see certificate errors.

Sincerely,
Amazon Web Services
""")

notice("R05", "action-required", "2026-12-01", "2026-10-08 21:45:30 +0000",
       AWS, TO_KAWAMOTO,
       "Update SSM Agent on 14 managed nodes before December 1, 2026 "
       "[AWS Account: 123456789012]",
       """\
Hello,

You are receiving this message because 14 managed nodes in your account
run a version of the AWS Systems Manager Agent (SSM Agent) earlier than
3.3.1000.0.

On December 1, 2026, Systems Manager will retire the signing certificate
used by these older agent versions. After that date the nodes can no
longer connect to Systems Manager, so Session Manager, Run Command, Patch
Manager and State Manager associations will stop working for them.

  ap-northeast-1:  11 nodes (Amazon Linux 2, Windows Server 2019)
  us-east-1:        3 nodes (Ubuntu 20.04)

To update the agent, run the AWS-UpdateSSMAgent document on the nodes, or
turn on automatic agent updates in the Fleet Manager settings. Nodes that
are stopped must be started and updated before December 1, 2026.

The affected nodes are listed on the Affected resources tab of the AWS
Health Dashboard.

Sincerely,
Amazon Web Services
""")

notice("R06", "action-required", "2026-11-08", "2026-10-09 03:25:00 +0000",
       AWS, TO_HINODE, "Your AWS account",
       """\
Hello,

We ask AWS account owners to confirm the contact information on their
accounts from time to time, so that we can reach the right people about
security, operations and billing.

For account 456789012345 we noticed the following:
- No alternate security contact is set.
- We could not verify the phone number of the primary contact
  (+81-3-xxxx-0192).

Please sign in as the root user, or as an IAM principal with the required
permissions, open Account settings, and confirm or update the primary
contact and the alternate contacts within 30 days of this message.

If we cannot confirm your contact information, we may not be able to reach
you about issues that affect your account, and some account actions, such
as changing the payment method, may be restricted until the information is
confirmed.

This request concerns this account only. It is not related to any change
in your bill.

Sincerely,
Amazon Web Services
""")

notice("R07", "action-required", "2026-11-30", "2026-10-13 16:40:05 +0000",
       "AWS Marketplace <aws-marketplace-no-reply@amazon.com>", TO_SHARED,
       "Important information about your AWS Marketplace subscription",
       """\
Hello,

The seller Orion Data Systems, Inc. has informed AWS Marketplace that the
following product will be retired:

  Product:       Orion Backup Appliance 4.x (BYOL)
  Subscription:  prod-7xq2abcexample
  Account:       345678901234

Timeline:
- October 31, 2026: the product is no longer offered to new subscribers.
  Your existing subscription is not affected.
- November 30, 2026: the seller stops providing updates and support for
  the product, and its AMI can no longer be used to launch instances.

The seller offers Orion Backup Appliance 5 as a replacement listing. To
keep receiving updates and support, subscribe to the replacement and
migrate your backup jobs before November 30, 2026. Instances already
launched from the retired AMI keep running, but the seller no longer
supports them.

For questions about the migration, contact the seller through the support
information on the product page.

Thank you,
AWS Marketplace
""")

notice("R08", "action-required", "2027-01-12", "2026-10-14 22:00:00 +0000",
       AWS, TO_SAKURAGI,
       "Reminder: Windows Server 2016 reaches end of support on "
       "January 12, 2027 [AWS Account: 567890123456]",
       """\
Hello,

This is a reminder that Microsoft extended support for Windows Server 2016
ends on January 12, 2027. After that date Microsoft no longer provides
security updates for Windows Server 2016 unless you buy Extended Security
Updates (ESU).

The following EC2 instances in your account were launched from Windows
Server 2016 AMIs:

  ap-northeast-1  i-0a1b2c3d4e5f60718  sakuragi-ad01
  ap-northeast-1  i-0a1b2c3d4e5f60729  sakuragi-ad02
  ap-northeast-1  i-0b2c3d4e5f6071830  sakuragi-file01
  ap-northeast-1  i-0c3d4e5f607182941  sakuragi-erp-app

AWS will also stop publishing updated Windows Server 2016 AMIs after
January 12, 2027.

We recommend that you upgrade these instances to Windows Server 2022 or
2025 before January 12, 2027, either in place or by moving the workloads
to new instances. Systems Manager offers automated in-place upgrade
runbooks.

Sincerely,
Amazon Web Services
""")

notice("R09", "action-required", "2026-12-18", "2026-10-19 17:12:00 +0000",
       AWS, TO_HINODE,
       "Amazon RDS: plan your database certificate update "
       "[AWS Account: 456789012345]",
       """\
Hello,

The server certificates installed on the following Amazon RDS DB instances
expire on December 18, 2026:

  ap-northeast-1  hinode-emr-db      (MySQL 8.0.40)
  ap-northeast-1  hinode-billing-db  (MySQL 8.0.40)

A pending maintenance action of type "ca-certificate-rotation" is
available for these instances. Applying it installs a new server
certificate issued by the rds-ca-rsa2048-g1 certificate authority and
restarts the DB instance.

We recommend that you:
1. Confirm that your applications trust the rds-ca-rsa2048-g1 CA, and
   download the current certificate bundle if you use a custom trust store.
2. Apply the pending maintenance action at a convenient time before
   December 18, 2026.

RDS does not apply this action automatically. Once the certificate has
expired, clients that verify the server certificate will fail to connect.

Sincerely,
Amazon Web Services
""")

notice("R10", "action-required", "2026-11-03", "2026-10-20 09:30:00 +0900",
       "Kenji Arai <k.arai@minato-cs.example>", TO_NOTICES,
       "Fwd: Action required: verify the email address for "
       "kawamoto-logistics.example",
       """\
We changed Kawamoto's registrant contact to our ops alias last week, so
this one is ours. The verification link is in the original below.

---------- Forwarded message ---------
From: Amazon Route 53 <noreply@registrar.amazon.com>
Date: Mon, Oct 19, 2026 at 6:02 PM
Subject: Action required: verify the email address for kawamoto-logistics.example
To: <domains@minato-cs.example>

Dear Amazon Route 53 customer,

The registrant contact for the domain kawamoto-logistics.example was
updated recently. The registry rules for this domain require us to confirm
that the email address domains@minato-cs.example is valid.

Please click the link below to verify the address:

https://registrar.amazon.com/verify?token=6f1d0e2c9a8b7

If you do not verify the address by November 3, 2026, we are required to
suspend the domain. A suspended domain stops resolving on the internet, so
websites and email that use it will be unavailable until the address is
verified.

Regards,
Amazon Route 53
""", kind="forward")

notice("R11", "action-required", "2027-01-31", "2026-10-22 11:00:00 +0900",
       AWS, TO_SAKURAGI,
       "[AWS Account: 567890123456] [ap-northeast-1] Amazon ElastiCache for "
       "Redis OSS 5 の標準サポート終了について（2027年1月31日）",
       """\
お客様各位

Amazon ElastiCache for Redis OSS バージョン 5 の標準サポートは、
2027年1月31日をもって終了いたします。お客様のアカウントでは、以下の
クラスターが対象バージョンで稼働しております。

　ap-northeast-1　sakuragi-session-cache（Redis OSS 5.0.6）
　ap-northeast-1　sakuragi-api-cache（Redis OSS 5.0.6）

■今後のスケジュール
・2027年1月31日まで：お客様の任意のタイミングでアップグレードいただけます。
・2027年2月1日以降：対象クラスターは自動的に延長サポートへ移行し、
　ノード時間あたりの延長サポート料金が発生します。

延長サポート料金の発生を避けるため、2027年1月31日までに Valkey 8
または Redis OSS 7.1 へのアップグレードを実施してください。
アップグレードはコンソール、AWS CLI、API のいずれからも実行でき、
クラスターモードが有効な場合はオンラインで実施可能です。

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス
""", lang="ja")

notice("R12", "action-required", "2026-11-30", "2026-10-27 10:00:00 +0900",
       AWS, TO_KAWAMOTO,
       "ご案内: AWS Elastic Beanstalk プラットフォームブランチのリタイアについて "
       "[AWS Account: 123456789012]",
       """\
お客様各位

いつも AWS をご利用いただき、ありがとうございます。

Amazon Linux 2 をベースとする AWS Elastic Beanstalk のプラットフォーム
ブランチ（Node.js 18、Python 3.8、Corretto 11 など）は、2026年11月30日に
リタイアとなります。お客様のアカウントでは、以下の環境が該当します。

　ap-northeast-1　kawamoto-tracking-web（Node.js 18 / Amazon Linux 2）
　ap-northeast-1　kawamoto-admin-api（Python 3.8 / Amazon Linux 2）

■スケジュール
・2026年11月1日以降：リタイア予定のブランチでは新しい環境を作成できなくなります。
・2026年11月30日：リタイア。マネージド更新およびセキュリティパッチの提供を終了します。

リタイア後も既存の環境は稼働を続けますが、セキュリティ上のリスクが高まる
ため、2026年11月30日までに Amazon Linux 2023 ベースのプラットフォーム
ブランチへ移行していただくようお願いいたします。移行の際は、ブルー/グリーン
デプロイのご利用をおすすめします。

アマゾン ウェブ サービス
""", lang="ja")

notice("R13", "action-required", "2026-12-14", "2026-10-07 09:02:11 -0700",
       "Google Cloud <CloudPlatform-noreply@google.com>", TO_GCP,
       "[ACTION REQUIRED] Upgrade your GKE clusters before Kubernetes 1.34 "
       "reaches end of standard support",
       """\
Hello Google Cloud customer,

We're writing to let you know that GKE version 1.34 reaches the end of
standard support on December 14, 2026. Our records show that the following
clusters run 1.34:

  Project aoba-web-prod    cluster web-prod  asia-northeast1
  Project aoba-batch-prod  cluster batch     us-central1

What you need to know
After December 14, 2026, GKE starts upgrading the control planes and nodes
of clusters on 1.34 to 1.35 automatically, regardless of maintenance
exclusions, unless the cluster is enrolled in the Extended release
channel. Clusters on the Extended channel stay on 1.34 and incur the
extended support fee.

What you need to do
Upgrade your clusters to 1.35 or later before December 14, 2026. Use the
deprecation insights in the console to find workloads that call APIs
removed in 1.35.

If you have questions, contact Google Cloud Customer Care.

Thanks for choosing Google Cloud.
-- The Google Cloud Team
""", fmt="alt")

notice("R14", "action-required", "2026-11-16", "2026-10-10 01:15:00 +0000",
       "Google Workspace <workspace-noreply@google.com>",
       "gws-admin@minato-cs.example",
       "Final reminder: add recovery information for your super admin accounts",
       """\
Hello Administrator,

We wrote to you earlier about a change to how Google Workspace protects
super administrator accounts. This is a final reminder for
hinode-clinic.example.

Starting November 16, 2026, super admin accounts that have neither a
recovery phone number nor a recovery email address will have to add one
before they can open the Admin console.

Our records show that 2 of the 3 super admin accounts in your organization
have no recovery information:

  admin@hinode-clinic.example
  it-backup@hinode-clinic.example

Please sign in to each account and add recovery information under
Security > Ways we can verify it's you before November 16, 2026. Without
recovery information, Google may not be able to help you regain access if
a super admin password is lost.

Thank you,
The Google Workspace Team
""", fmt="html")

notice("R15", "action-required", "2028-09-30", "2026-10-12 19:00:00 +0000",
       "Microsoft Azure <azure-noreply@microsoft.com>", TO_AZURE,
       "Retirement: Migrate your Azure Cache for Redis instances to Azure "
       "Managed Redis by 30 September 2028",
       """\
Azure Cache for Redis will be retired on 30 September 2028

You're receiving this email because you use Azure Cache for Redis in the
subscription "Hinode Clinic - Production".

On 30 September 2028, Azure Cache for Redis (Basic, Standard and Premium
tiers) will be retired. Azure Managed Redis is the recommended replacement
and offers higher availability and better performance for most workloads.

Timeline
- 1 April 2027: you can no longer create new Azure Cache for Redis
  instances in subscriptions that do not already have one.
- 30 September 2028: retirement. Instances that have not been migrated
  will be disabled, and their data will be deleted.

Required action
To avoid disruption, migrate your instances to Azure Managed Redis before
30 September 2028. Migration guidance, including tier mapping and data
migration options, is available on Microsoft Learn.

Help and support
If you have questions, ask community experts in Microsoft Q&A or create a
support request in the Azure portal.
""", fmt="alt")

notice("R16", "action-required", "2026-12-31", "2026-10-15 01:20:00 +0000",
       "Microsoft 365 Message center <o365mc@microsoft.com>", TO_M365,
       "Message center major update: (Updated) Plan for change: upgrade "
       "Microsoft Entra Connect Sync",
       """\
Major update notification for Aoba Retail Co., Ltd.

MC1187345 (Updated) Plan for change: upgrade Microsoft Entra Connect Sync
Tag: Admin impact, Major update
Act by: December 31, 2026

Updated October 14, 2026: we added the minimum supported version.

We are hardening the service endpoints used by Microsoft Entra Connect
Sync. Installations running a version earlier than 2.5.76.0 will stop
synchronizing users, groups and password hashes on December 31, 2026.

How this will affect your organization:
Your tenant has one Entra Connect Sync server (AOBA-DC03) that reported
version 2.3.20.0 in the last 7 days. If it is not upgraded, changes made
in on-premises Active Directory will no longer reach Microsoft Entra ID
after December 31, 2026.

What you need to do to prepare:
Download the latest version from the Entra admin center and upgrade the
server. Turn on auto-upgrade to receive future updates.

To stop receiving these emails, change your Message center preferences.
""")

notice("R17", "action-required", "2026-11-04", "2026-10-18 16:00:00 +0000",
       "DigitalOcean <support@digitalocean.com>", TO_OPS,
       "DigitalOcean Kubernetes 1.32 end of life on November 4, 2026",
       """\
Hi there,

DigitalOcean Kubernetes (DOKS) version 1.32 reaches end of life on
November 4, 2026. The following clusters on your team run 1.32:

  aoba-k8s-prod  (sgp1)  1.32.9-do.1
  minato-tools   (sgp1)  1.32.9-do.1

After November 4, 2026, 1.32 clusters no longer receive patch releases or
security fixes, and you can no longer create new 1.32 clusters.

On November 18, 2026, we will begin upgrading any remaining 1.32 clusters
to 1.33 automatically. Automatic upgrades recycle worker nodes and can
disrupt workloads that are not prepared for it.

We recommend that you upgrade to 1.33 or later before November 4, 2026, at
a time you choose. Before upgrading, check the Kubernetes changelog for
removed APIs and run the cluster linter from the control panel.

Happy coding,
The DigitalOcean Team
""")

notice("R18", "action-required", "2027-04-30", "2026-10-20 18:20:00 +0000",
       "Heroku <noreply@heroku.com>", "heroku-ops@minato-cs.example",
       "Reminder: Heroku-22 stack reaches end-of-life on April 30, 2027",
       """\
Hi,

The Heroku-22 stack, based on Ubuntu 22.04, reaches end-of-life on
April 30, 2027. These apps owned by your account still use Heroku-22:

  kawamoto-tracking-api
  kawamoto-tracking-worker
  minato-status-page

After April 30, 2027, Heroku-22 no longer receives security updates, and
builds on Heroku-22 will be disabled on May 31, 2027. Existing apps keep
running, but they are unsupported and at greater security risk.

Please upgrade these apps to Heroku-24 before April 30, 2027. You can try
the upgrade on a review app or a staging app first:

  heroku stack:set heroku-24 -a <app-name>
  git commit --allow-empty -m "Upgrade to heroku-24"
  git push heroku main

The Heroku-24 stack documentation lists changes that may affect your
build.

Thanks,
The Heroku Team
""")

notice("R19", "action-required", "2026-11-04", "2026-10-21 08:45:00 +0000",
       "Cloudflare <noreply@notify.cloudflare.com>",
       "cloudflare@minato-cs.example", "Notice for zone aoba-retail.example",
       """\
Hello,

The advanced certificate for the zone below is due for renewal, but
Cloudflare cannot complete domain control validation (DCV) automatically
because the zone uses a partial (CNAME) setup.

  Zone:               aoba-retail.example
  Certificate pack:   8c1f0a2e-advanced
  Hostnames:          aoba-retail.example, *.aoba-retail.example
  Validation method:  TXT

Add the following TXT records at your authoritative DNS provider:

  _acme-challenge.aoba-retail.example  TXT  "kQ2v9pX3...rT8w"
  _acme-challenge.aoba-retail.example  TXT  "Lm4n7Bq1...zY6e"

The certificate currently served for these hostnames expires in 14 days.
If validation is not completed before then, visitors will get certificate
errors when they reach the site through Cloudflare.

You can check the validation status under SSL/TLS > Edge Certificates in
the Cloudflare dashboard.

Cloudflare
""")

notice("R20", "action-required", "2026-12-09", "2026-10-02 10:00:00 +0900",
       "さくらインターネット <info@sakura.ad.jp>", TO_INFRA,
       "【要対応】さくらのレンタルサーバ PHP 7.4 提供終了（2026年12月9日）のお知らせ",
       """\
株式会社みなとクラウドサービス
ご担当者様

いつもさくらインターネットをご利用いただき、誠にありがとうございます。

さくらのレンタルサーバで提供しております PHP 7.4 は、2026年12月9日（水）を
もちまして提供を終了いたします。お客様のご契約のうち、以下のサーバーで
PHP 7.4 をご利用いただいております。

　初期ドメイン：hinode-clinic.sakura.ne.jp
　プラン：ビジネスプロ
　ご利用中のPHPバージョン：7.4（CGI版）

■今後の予定
　2026年12月9日（水）　　PHP 7.4 提供終了
　2026年12月10日（木）以降　順次 PHP 8.2 へ自動的に切り替え

自動切り替え後、プログラムによっては正常に動作しなくなる場合があります。
提供終了日までに、コントロールパネルの「スクリプト設定」からPHPバージョンを
変更いただき、Webサイトの動作をご確認くださいますようお願いいたします。

今後ともさくらインターネットをよろしくお願い申し上げます。

さくらインターネット株式会社
""", lang="ja")

notice("R21", "action-required", "2026-11-04", "2026-10-05 12:00:00 +0900",
       "Xserverアカウント <support@xserver.ne.jp>", TO_INFRA,
       "【お願い】ご登録情報のご確認について",
       """\
株式会社みなとクラウドサービス 様

平素よりXserverをご利用いただき、誠にありがとうございます。

当社では、緊急時のご連絡や不正利用の防止のため、ご登録いただいている
お客様情報を定期的にご確認いただくようお願いしております。

お客様のXserverアカウント（ID：minato-cs）では、ご登録の電話番号に
SMSが届かない状態となっております。

本メール送信日より30日以内に、Xserverアカウントにログインのうえ、
「登録情報確認・変更」から以下の項目をご確認・更新してください。

　・ご担当者名
　・メールアドレス
　・電話番号（SMS認証が必要です）

期限までにご確認いただけない場合、サーバーパネルへのログインなど、
一部機能のご利用を制限させていただく場合がございます。

何卒ご理解とご協力を賜りますようお願い申し上げます。

エックスサーバー株式会社
""", lang="ja")

notice("R22", "action-required", "2027-03-31", "2026-10-07 15:30:00 +0900",
       "NTTコミュニケーションズ SDPFサポート <sdpf-info@ntt.com>", TO_INFRA,
       "重要なお知らせ",
       """\
お客様各位

平素は Smart Data Platform（SDPF）をご利用いただき、誠にありがとうございます。

SDPF クラウド/サーバーの仮想サーバーにおいて、旧世代フレーバー
（「Standard Gen1」メニューの 1CPU-4GB、2CPU-8GB、4CPU-16GB 等）の提供を
終了させていただくこととなりましたので、お知らせいたします。

■スケジュール
　新規申込受付終了：2026年12月1日（火）
　提供終了：2027年3月31日（水）
　データ削除：2027年4月30日（金）

■対象
　テナント：tenant-minato-kawamoto（JP5リージョン）
　対象サーバー数：6台

■お客様へのお願い
提供終了日までに、後継の「Standard Gen2」フレーバーへの変更をお願いいたします。
フレーバーの変更にはサーバーの再起動が伴います。提供終了日を過ぎた
サーバーは停止され、データ削除日以降は復旧できません。

ご不明な点は、カスタマーポータルよりお問い合わせください。

NTTコミュニケーションズ株式会社
""", lang="ja", cte="quoted-printable")

notice("R23", "action-required", "2026-11-17", "2026-10-16 16:00:00 +0900",
       "IIJ サポートセンター <info@iij.ad.jp>", TO_INFRA,
       "【重要】IIJ GIO ロードバランサー 中間CA証明書の切り替えについて",
       """\
お客様各位

平素より IIJ のサービスをご利用いただき、誠にありがとうございます。

IIJ GIO ロードバランサーの「証明書自動更新オプション」で発行している
サーバー証明書について、認証局の方針変更に伴い、中間CA証明書を
切り替えることとなりました。

■切り替え日
　2026年11月17日（火）
　同日以降に自動更新される証明書は、新しい中間CA証明書で発行されます。

■影響
クライアント側で旧中間CA証明書を固定（ピン留め）している場合や、
古いルート証明書ストアを使用している機器では、切り替え後に通信が
できなくなる可能性がございます。

■お願い
切り替え日までに、ロードバランサーへ接続するクライアント（業務端末、
連携システム、IoT機器等）の設定をご確認いただき、必要に応じて
証明書ストアの更新をお願いいたします。

ご契約番号：IIJ-GIO-LB-0048812

株式会社インターネットイニシアティブ
IIJ サポートセンター
""", lang="ja")

notice("R24", "action-required", "2027-01-27", "2026-10-19 11:00:00 +0900",
       "ConoHa by GMO <noreply@conoha.jp>", TO_INFRA,
       "【ご案内】旧API（v2）提供終了のお知らせ",
       """\
ConoHa by GMOをご利用いただき、誠にありがとうございます。

ConoHa VPS で提供しております旧API（v2）は、2027年1月27日（水）を
もちまして提供を終了させていただくこととなりました。

お客様のアカウント（C0048129）では、直近30日間に旧APIへのリクエストが
確認されております（主な利用元IPアドレス：203.0.113.88）。

提供終了後は、旧APIへのリクエストはすべてエラーとなり、旧APIを利用した
サーバーの作成・起動・停止などの操作や、各種ツールからの自動処理が
行えなくなります。

つきましては、提供終了日までに新API（v3）への移行をお願いいたします。
主な変更点は、認証方式（トークン取得エンドポイント）と、一部リソースの
URL形式です。詳細は、APIドキュメントの「v2からv3への移行ガイド」を
ご覧ください。

ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

ConoHa by GMO
""", lang="ja")

notice("R25", "action-required", "2026-11-30", "2026-10-22 09:30:00 +0900",
       "KDDI クラウドサービス事務局 <cloud-info@kddi.com>", TO_INFRA,
       "【再送】管理者アカウントに関する重要なお知らせ",
       """\
※本メールは10月8日にお送りしたご案内の再送です。

お客様各位

平素より KDDI のクラウドサービスをご利用いただき、誠にありがとうございます。

セキュリティ強化の一環として、KDDI クラウドプラットフォームサービスの
管理ポータルにおいて、管理者アカウントの多要素認証（MFA）を必須化
いたします。

■実施日
　2026年11月30日（月）

実施日以降、MFA が設定されていない管理者アカウントでは、管理ポータルに
ログインできなくなります。お客様のご契約では、以下のアカウントが未設定です。

　minato-admin01、minato-admin03、minato-ro02

お手数ですが、実施日までに各アカウントで MFA の設定をお願いいたします。
設定方法は、管理ポータルの「ヘルプ」＞「多要素認証の設定」をご参照ください。

KDDI株式会社
""", lang="ja")

notice("R26", "action-required", "2026-11-29", "2026-10-13 20:11:00 +0000",
       "GitHub <noreply@github.com>", "deploy@minato-cs.example",
       "[GitHub] Two-factor authentication is required for your account",
       """\
Hey @minato-deploy!

You're receiving this email because your account contributes code on
GitHub.com, and we now require two-factor authentication (2FA) for all
accounts that do.

You have until November 29, 2026 to enable 2FA on your account.

After November 29, 2026, you will be asked to enable 2FA each time you
sign in, and you won't be able to use GitHub.com in the browser until you
do. Existing personal access tokens, SSH keys and OAuth apps keep working.

To enable 2FA, go to Settings > Password and authentication and choose an
authenticator app, a passkey or a security key. Keep your recovery codes
in a safe place.

If this is a machine account used for automation, consider replacing it
with a GitHub App.

Thanks,
The GitHub Team
""")

notice("R27", "action-required", "2027-05-20", "2026-10-14 12:00:00 +0000",
       "GitLab <noreply@gitlab.com>", "gitlab-admin@minato-cs.example",
       "Important: runner registration tokens will stop working in GitLab 20.0",
       """\
Hello,

We're contacting owners of groups that still register GitLab Runner with
registration tokens.

In the last 90 days, 11 runners in the group "minato-cs" were registered
with a legacy registration token, including runners created by your
autoscaling configuration.

Registration tokens and the "gitlab-runner register --registration-token"
workflow will be removed in GitLab 20.0, which is scheduled for release on
GitLab.com on May 20, 2027. From then on, registrations that use a
registration token will fail, and autoscaled runners that register when
they start will not pick up jobs.

To prepare, create runners in the UI or through the API to obtain runner
authentication tokens (prefix glrt-), and update your runner configuration
and automation to use them before May 20, 2027.

The migration guide in the GitLab documentation describes the steps for
Kubernetes, Docker Machine and fleeting-based autoscaling.

Thanks,
The GitLab Team
""")

notice("R28", "action-required", "2026-12-01", "2026-10-27 17:00:00 +0000",
       "Snowflake <no-reply@snowflake.net>", "data-platform@minato-cs.example",
       "Action Required: Single-factor password sign-ins will be blocked "
       "for human users",
       """\
Hello,

As announced earlier, Snowflake is blocking sign-ins that use a password
without multi-factor authentication (MFA) for human users.

For your account AOBARETAIL (organization MINATOCS), this change takes
effect on December 1, 2026. From that date, sign-ins with a password only
will be rejected for users whose TYPE is PERSON or not set.

We found 7 users in your account that signed in with a password and no
MFA in the last 30 days, including:

  ANALYST_KOBAYASHI, ANALYST_MORI, ETL_ADMIN, TABLEAU_SVC

Before December 1, 2026, please enroll these users in MFA, move them to
SSO through your identity provider, or, for service accounts, set
TYPE = SERVICE and switch to key-pair or OAuth authentication.

You can find single-factor sign-ins in the LOGIN_HISTORY view of the
ACCOUNT_USAGE schema.

Thank you,
Snowflake
""")

# ===========================================================================
# security-advisory (8)

notice("S01", "security-advisory", "none", "2026-10-04 01:10:00 +0000",
       AWS, TO_SHARED,
       "AWS Security Bulletin AWS-2026-021 [AWS Account: 345678901234]",
       """\
Hello,

On October 2, 2026, a security issue in runc, the container runtime used
by containerd and Docker, was disclosed as CVE-2026-41177. Under certain
conditions, a malicious container image could write to files on the host
outside the container.

AWS-managed infrastructure:
AWS Fargate, the AWS-managed parts of Amazon ECS and Amazon EKS, and AWS
Lambda container images have been updated and need no customer action.

Customer-managed nodes:
Updated Amazon ECS-optimized AMIs, Amazon EKS-optimized AMIs and Amazon
Linux packages are available. We recommend that customers who run their
own container hosts update to runc 1.3.3 or later and replace nodes that
use older AMIs.

We are not aware of this issue being exploited against AWS customers, and
this message does not indicate that your account or resources are
affected. We are sending it because your account uses Amazon EKS managed
node groups.

For details, see the bulletin on the AWS Security Bulletins page.

Sincerely,
Amazon Web Services
""")

notice("S02", "security-advisory", "none", "2026-10-11 06:00:00 +0000",
       AWS, TO_KAWAMOTO, "[AWS Account: 123456789012] AWS Notification",
       """\
Hello,

Researchers have published details of a transient execution issue that
affects certain server processors (CVE-2026-38810). The issue could allow
code running in one context to infer data from another context on the
same core.

AWS infrastructure is designed so that instances do not share CPU cores
with other customers' instances in a way that exposes them to this issue,
and the hypervisor mitigations were deployed across the EC2 fleet before
the public disclosure. No reboot of your instances is needed for the
AWS-side protections.

To protect processes inside your own instances from each other, we
recommend updating the guest operating system kernel to a version that
includes the processor vendor's mitigation. Updated kernels for Amazon
Linux 2023 are available now.

This notice is informational for your account; we have no indication that
any of your resources have been affected.

Sincerely,
Amazon Web Services
""")

notice("S03", "security-advisory", "none", "2026-10-16 23:40:00 +0000",
       AWS, TO_SAKURAGI,
       "[AWS Account: 567890123456] Amazon Linux における glibc の脆弱性"
       "（CVE-2026-40203）について",
       """\
お客様各位

GNU C ライブラリ（glibc）において、特定の条件下でローカルユーザーが
権限を昇格できる可能性のある脆弱性（CVE-2026-40203）が公開されました。

AWS は、本脆弱性に対処した以下のパッケージを公開しております。

　Amazon Linux 2023：glibc-2.34-196.amzn2023.0.2 以降

AWS のマネージドサービス（AWS Lambda、AWS Fargate など）の基盤は
すでに更新済みであり、お客様による対応は不要です。

お客様が管理する EC2 インスタンスで Amazon Linux 2023 をご利用の場合は、
「sudo dnf update glibc」などで更新パッケージを適用のうえ、
インスタンスを再起動されることをおすすめします。

本通知は、お客様のアカウントで Amazon Linux のインスタンスが稼働して
いるためにお送りしているものであり、お客様の環境で本脆弱性が悪用された
ことを示すものではありません。

アマゾン ウェブ サービス
""", lang="ja")

notice("S04", "security-advisory", "none", "2026-10-22 03:30:00 +0000",
       "GitLab Security <security-noreply@gitlab.com>",
       "gitlab-admin@minato-cs.example",
       "GitLab Critical Patch Release: 18.5.2, 18.4.4, 18.3.6",
       """\
Hello,

Today we released versions 18.5.2, 18.4.4 and 18.3.6 of GitLab Community
Edition (CE) and Enterprise Edition (EE).

These versions contain important bug and security fixes, including a fix
for a critical issue that could allow an attacker to take over an account
with a crafted SAML response when group SAML SSO is configured
(CVE-2026-6612, CVSS 9.6).

We strongly recommend that all self-managed GitLab installations be
upgraded to one of these versions as soon as possible.

GitLab.com already runs the patched version. GitLab Dedicated customers
do not need to take action.

Other fixes in this release:
- Improper authorization in project export (high)
- Stored XSS in the merge request widget (medium)
- Denial of service through large Markdown tables (medium)

The full release post on about.gitlab.com has details and upgrade
instructions.

You are receiving this email because you subscribed to GitLab security
notices.
""", fmt="alt")

notice("S05", "security-advisory", "none", "2026-10-09 17:20:00 +0900",
       "さくらインターネット <info@sakura.ad.jp>", TO_INFRA,
       "【注意喚起】OpenSSH の脆弱性（CVE-2026-35518）について",
       """\
お客様各位

いつもさくらインターネットをご利用いただき、誠にありがとうございます。

OpenSSH サーバー（sshd）において、認証前に遠隔の第三者が任意のコードを
実行できる可能性のある脆弱性（CVE-2026-35518）が公表されました。

■当社サービスへの影響
・さくらのクラウド、さくらのVPSで提供している最新のOSイメージは、
　修正済みパッケージを適用したものに更新済みです。
・さくらのレンタルサーバは当社にて対応済みであり、お客様の作業は不要です。

■お客様にてご確認いただきたいこと
さくらのクラウド、さくらのVPS、専用サーバなどで、お客様が管理している
サーバーについては、各OSベンダーが提供する修正済みパッケージへの
アップデートをご検討ください。SSH の接続元をパケットフィルターで
制限することも有効な緩和策です。

本件の詳細は、当社サポートサイトのお知らせをご確認ください。

さくらインターネット株式会社
""", lang="ja")

notice("S06", "security-advisory", "none", "2026-10-23 17:15:00 -0700",
       "Vercel <notifications@vercel.com>", "vercel@minato-cs.example",
       "Security update: Next.js middleware authorization bypass "
       "(CVE-2026-29981)",
       """\
Hi Minato CS team,

A vulnerability in Next.js (CVE-2026-29981) could let a request skip
authorization checks implemented in middleware when a specially crafted
header is sent. It affects Next.js 14.2.0 to 14.2.34 and 15.0.0 to 15.5.6.

Deployments on Vercel
We have deployed a platform-level mitigation that strips the affected
header before requests reach your functions. Projects hosted on Vercel are
protected whatever Next.js version they use.

Self-hosted deployments
If you run Next.js outside Vercel, upgrade to 14.2.35, 15.5.7 or later.

Although no action is needed for your Vercel projects, we still recommend
upgrading Next.js in them the next time you deploy, so that they stay
protected if you ever host them elsewhere.

We have no evidence that this issue was exploited against projects on
Vercel.

-- The Vercel Security Team
""")

notice("S07", "security-advisory", "none", "2026-10-28 21:00:00 +0000",
       "Microsoft Azure <azure-noreply@microsoft.com>", TO_AZURE,
       "Azure Security Notification: Action recommended for AKS node images",
       """\
Azure Security Notification

You're receiving this notification because you have Azure Kubernetes
Service (AKS) clusters in the subscription "Aoba Retail - Prod".

A vulnerability in the netfilter component of the Linux kernel
(CVE-2026-39102) could allow a local user in a container with the
CAP_NET_ADMIN capability to escalate privileges on the node. Pods that do
not have this capability are not affected.

Microsoft has released patched AKS node images (version 202610.20.0 and
later) for Ubuntu and Azure Linux node pools. The AKS control plane is
managed by Microsoft and has already been updated.

Recommended action
Upgrade the node images of your node pools, or set the NodeImage
auto-upgrade channel so that future updates are applied automatically:

  az aks nodepool upgrade --node-image-only -g <rg> --cluster-name <name> -n <pool>

Microsoft has not detected exploitation of this vulnerability in Azure.

Thank you,
Microsoft Azure
""", fmt="alt")

notice("S08", "security-advisory", "none", "2026-10-21 23:00:00 +0000",
       "Atlassian Security <security@atlassian.com>",
       "atlassian-admin@minato-cs.example",
       "Atlassian Security Advisory: Confluence Data Center and Server",
       """\
Hello,

This advisory discloses a critical severity vulnerability in Confluence
Data Center and Server. Atlassian Cloud sites are not affected, and no
action is required for sites reached through an atlassian.net domain.

  Product:   Confluence Data Center and Server
  CVE:       CVE-2026-21899
  Severity:  Critical (CVSS 9.1)
  Affected:  8.5.0 - 8.5.24, 9.2.0 - 9.2.8
  Fixed:     8.5.25 (LTS), 9.2.9 (LTS), 10.1.2

An unauthenticated attacker could exploit this vulnerability to read
arbitrary files from the Confluence server, including configuration files
that contain database credentials.

We recommend that customers who run a self-managed Confluence instance
upgrade to a fixed version. If you cannot upgrade immediately, block
access to the /rest/ext-import/ endpoint at your reverse proxy as a
temporary mitigation.

You are receiving this email because you are listed as a technical
contact for an Atlassian product license.

Atlassian Security Team
""")

# ===========================================================================
# maintenance (12)

notice("M01", "maintenance", "2026-10-16", "2026-10-02 12:34:00 +0000",
       AWS, TO_AOBA,
       "Amazon EC2 Instance Retirement [AWS Account: 210987654321] "
       "[ap-northeast-1]",
       """\
Hello,

We have found a problem with the host hardware that runs your Amazon EC2
instance i-07f3a2c9d8e1b4056 in the ap-northeast-1 region. Because of
this problem, the instance may already be impaired.

The instance is scheduled for retirement on October 16, 2026 at
05:00 UTC. Because it has an Amazon EBS root volume, it will be stopped at
that time. You can start it again afterwards, and it will then run on
healthy hardware.

To avoid the unscheduled stop, you can stop and start the instance
yourself at a time of your choosing before the retirement date. Data on
instance store volumes is lost when the instance stops, and the public
IPv4 address changes unless you use an Elastic IP address.

More details are in the Events section of the EC2 console and in the AWS
Health Dashboard.

Sincerely,
Amazon Web Services
""")

notice("M02", "maintenance", "2026-10-28", "2026-10-14 06:20:00 +0000",
       AWS, TO_SAKURAGI,
       "[AWS Account: 567890123456] [ap-northeast-1] Amazon EC2 "
       "インスタンスの再起動予定のお知らせ",
       """\
お客様各位

お客様の Amazon EC2 インスタンスが稼働しているホストで定期的な
メンテナンスを実施する必要があるため、以下のインスタンスの再起動が
予定されています。

　インスタンス ID：i-0d4e5f6071829a3b4（sakuragi-web01）
　インスタンス ID：i-0e5f6071829a3b4c5（sakuragi-web02）
　スケジュールされた時間帯：2026年10月28日 02:00～04:00（日本時間）

再起動はこの時間帯内に自動的に行われ、通常は数分で完了します。
インスタンスの設定やデータ（インスタンスストアを含む）は維持されるため、
お客様による操作は不要です。

予定された時間帯より前に再起動したい場合は、EC2 コンソールの「イベント」
画面から再起動の時刻を変更するか、お客様ご自身でインスタンスを再起動して
ください。ご自身で再起動した場合、このイベントは完了となります。

アマゾン ウェブ サービス
""", lang="ja")

notice("M03", "maintenance", "2026-10-24", "2026-10-08 19:05:00 +0000",
       AWS, TO_AOBA, "Amazon RDS notification [AWS Account: 210987654321]",
       """\
Hello,

An operating system update is available for the following Amazon RDS DB
instances in the ap-northeast-1 region:

  aoba-pos-db
  aoba-inventory-db

The update contains security fixes and performance improvements for the
underlying operating system. It does not change the database engine
version.

We have scheduled the update to be applied automatically during each
instance's next maintenance window beginning October 24, 2026. For
Multi-AZ deployments, the standby is updated first and a failover then
takes place, which usually causes an interruption of 60 seconds or less.

No action is required on your part. If you prefer to apply the update at a
different time, you can apply it immediately or change the maintenance
window from the RDS console before October 24, 2026.

Sincerely,
Amazon Web Services
""")

notice("M04", "maintenance", "2026-10-27", "2026-10-12 23:10:00 +0000",
       AWS, TO_SHARED,
       "[AWS Account: 345678901234] [ap-northeast-1] AWS Direct Connect "
       "planned maintenance",
       """\
Hello,

We will perform planned maintenance on the AWS Direct Connect
infrastructure that supports the following connection:

  Connection:  dxcon-fg5h7k2m (minato-ty2-1g)
  Location:    Equinix TY2, Tokyo
  Start:       2026-10-27 15:00 UTC
  End:         2026-10-27 19:00 UTC

During the window the connection may be unavailable for up to 30 minutes.
BGP sessions over the connection will go down and come back up when the
work is complete.

If you have a redundant Direct Connect connection or a Site-to-Site VPN
configured as a backup, traffic fails over automatically. We recommend
confirming that your backup path works before the maintenance.

We will notify you if the maintenance is rescheduled.

Sincerely,
Amazon Web Services
""")

notice("M05", "maintenance", "none", "2026-10-20 08:42:00 +0000",
       "AWS Health <health@aws.com>", TO_KAWAMOTO,
       "AWS Health Event - Operational issue - Amazon SQS "
       "[AWS Account: 123456789012] [us-east-1]",
       """\
[08:42 AM UTC] We are investigating increased API error rates and
latencies for Amazon SQS in the US-EAST-1 Region. SendMessage and
ReceiveMessage requests for some queues return 500 errors or time out.
The issue started at 07:58 AM UTC. Messages already stored in queues are
not affected.

Resources in your account that may be affected:
  kawamoto-shipment-events
  kawamoto-shipment-events-dlq

AWS services that depend on SQS, such as Lambda event source mappings
with SQS triggers, may show delayed processing.

We will provide an update within 60 minutes, or sooner if we have more
information.

You can follow this event in the AWS Health Dashboard.
""")

notice("M06", "maintenance", "none", "2026-10-20 11:05:00 +0000",
       "AWS Health <health@aws.com>", TO_KAWAMOTO,
       "AWS Notification [AWS Account: 123456789012] [us-east-1]",
       """\
[11:05 AM UTC] Between 07:58 AM and 10:31 AM UTC, we experienced
increased API error rates and latencies for Amazon SQS in the US-EAST-1
Region. The issue has been resolved and the service is operating normally.

Root cause: a configuration change to a subsystem that manages queue
metadata caused some request routers to run out of memory. We rolled back
the change at 09:47 AM UTC, and the routers had recovered by 10:31 AM UTC.

During the event some SendMessage requests failed; clients that retried
succeeded. No messages stored in queues were lost. Lambda functions
triggered by SQS may have processed a backlog after recovery, which could
have caused higher than usual concurrency for a short time.

Affected resources in your account:
  kawamoto-shipment-events
  kawamoto-shipment-events-dlq

This event is now closed in the AWS Health Dashboard.
""")

notice("M07", "maintenance", "2026-10-24", "2026-10-21 14:20:00 +0000",
       "Akamai Cloud Support <support@linode.com>", TO_OPS,
       "Re: ticket 21904411",
       """\
Hi there,

Thanks for your patience while we looked into the unexpected reboot of
your Linode minato-mon-01 (ID 61230944) that you reported yesterday.

Our hardware team found a failing disk controller on the physical host.
The host is stable for now, but to prevent a repeat we have scheduled a
migration of your Linode to a new host:

  Linode:  minato-mon-01 (Tokyo 2)
  Date:    October 24, 2026
  Window:  02:00 - 04:00 UTC

During the migration the Linode is powered off, its disks are copied to
the new host, and it is then booted back into its previous state. Expect
30 to 45 minutes of downtime. The IP addresses stay the same.

No action is required on your part. If you would rather migrate sooner,
you can start the migration yourself from the Linode's page in Cloud
Manager at any time before the scheduled window.

Let us know if you have any questions; we're happy to help.

Regards,
Ryo
Akamai Cloud Support
""", kind="reply", in_reply_to="<20261020.ticket21904411.7c1e@minato-cs.example>")

notice("M08", "maintenance", "2026-10-22", "2026-10-08 10:15:00 +0900",
       "佐藤 美咲 <m.sato@minato-cs.example>", TO_NOTICES,
       "Fwd: 【IIJ】ネットワークメンテナンス実施のお知らせ",
       """\
共有です。川本物流様の拠点VPNが対象に含まれています。
当日夜間の監視アラートは抑止設定をお願いします。

---------- Forwarded message ---------
From: IIJ サービスオペレーションセンター <iij-soc@iij.ad.jp>
Date: 2026年10月7日(水) 18:00
Subject: 【IIJ】ネットワークメンテナンス実施のお知らせ
To: <infra-team@minato-cs.example>

お客様各位

平素よりIIJのサービスをご利用いただき、誠にありがとうございます。
下記の日程にて、ネットワーク設備のメンテナンスを実施いたします。

■作業日時
　2026年10月22日（木）02:00～05:00

■影響
　作業時間中に、最大10分程度の通信断が2回発生します。

■対象サービス
　IIJ Omnibus（東京）、IIJ GIO インフラストラクチャー P2

本作業に伴うお客様側での作業は不要です。
ご迷惑をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。
""", lang="ja", kind="forward")

notice("M09", "maintenance", "2026-11-05", "2026-10-16 18:00:00 +0900",
       "KDDI ネットワークオペレーションセンター <noc-info@kddi.com>", TO_INFRA,
       "お知らせ",
       """\
お客様各位

平素より KDDI Wide Area Virtual Switch 2 をご利用いただき、
誠にありがとうございます。

サービス品質向上のため、下記のとおり網設備のメンテナンス作業を
実施いたします。

■作業予定日時
　2026年11月5日（木）0:00～6:00
　（予備日：2026年11月12日（木）0:00～6:00）

■影響内容
　作業時間帯のうち、最大30分程度の通信断が発生します。
　冗長構成でご契約のお客様は、経路切り替えによる数秒程度の瞬断となります。

■対象回線
　お客様ID：KWVS2-0091734
　回線ID：W2-TKY-58812、W2-OSK-20417

作業が予備日に延期となる場合は、改めてご連絡いたします。
ご迷惑をおかけいたしますが、ご理解とご協力をお願い申し上げます。

KDDI株式会社
""", lang="ja", cte="quoted-printable")

notice("M10", "maintenance", "none", "2026-10-24 04:30:00 +0900",
       "さくらインターネット 障害・メンテナンス情報 <support-info@sakura.ad.jp>",
       TO_INFRA,
       "【復旧】石狩第2ゾーンにおける一部サーバーの通信障害について",
       """\
お客様各位

いつもさくらインターネットをご利用いただき、誠にありがとうございます。

石狩第2ゾーンにおいて発生しておりました通信障害は、すでに復旧しております。
ご利用のお客様には多大なるご迷惑をおかけしましたことを、深くお詫び
申し上げます。

■発生日時
　2026年10月24日（土）01:12 ～ 03:58

■影響範囲
　さくらのクラウド 石狩第2ゾーンの一部サーバーにおいて、外部との通信が
　断続的に不安定となっておりました。

■原因
　ネットワークスイッチの故障によるものです。予備機への切り替えを行い、
　復旧いたしました。

現在は正常に稼働しており、お客様側でのご対応は不要です。
詳細な報告は、後日当社サポートサイトに掲載いたします。

さくらインターネット株式会社
""", lang="ja")

notice("M11", "maintenance", "2026-11-09", "2026-10-25 02:00:00 +0000",
       "Oracle Cloud Infrastructure <no-reply@oracle.com>",
       "oci-admin@minato-cs.example",
       "OCI Compute: scheduled maintenance for instance erp-app-02",
       """\
Oracle Cloud Infrastructure

Infrastructure maintenance is scheduled for the following compute
instance in your tenancy "minato-kawamoto":

  Instance:          erp-app-02
  Compartment:       kawamoto-erp
  Region:            ap-tokyo-1 (AD-1)
  Maintenance type:  Host hardware replacement
  Due date:          November 9, 2026, 03:00 UTC

If the instance supports live migration, it will be moved to a healthy
host without a reboot. Otherwise it will be rebooted during the
maintenance, with a few minutes of downtime.

You can reboot the instance yourself before the due date at a time that
suits you. A reboot you start moves the instance to a healthy host and
completes the maintenance.

To see all scheduled maintenance events, open the Compute console and
select Maintenance.
""", fmt="alt")

notice("M12", "maintenance", "2026-11-03", "2026-10-27 10:00:00 +0100",
       "OVHcloud <noreply@ovhcloud.com>", TO_OPS,
       "Maintenance planned on your dedicated server "
       "ns3127788.ip-203-0-113.eu",
       """\
Hello,

As part of improving our infrastructure, we will carry out work on the
power distribution of the rack in which your dedicated server is
installed.

  Server:      ns3127788.ip-203-0-113.eu (Advance-2)
  Datacentre:  GRA3, rack B14
  Date:        3 November 2026
  Time:        06:00 to 08:00 (Europe/Paris)
  Impact:      one restart of the server, about 10 minutes of downtime

Our technicians will shut the server down cleanly through the IPMI
controller and restart it once the work is complete. Your data and
configuration are not affected.

If your services do not start automatically after a reboot, we recommend
checking this before the intervention.

You can follow the progress of this operation on the status page under
reference 2026-GRA3-18832.

Kind regards,
The OVHcloud team
""")

# ===========================================================================
# pricing (8)

notice("P01", "pricing", "2027-03-01", "2026-10-09 22:15:00 +0000",
       AWS, TO_HINODE,
       "AWS Notification - Amazon RDS [AWS Account: 456789012345]",
       """\
Hello,

You are receiving this message because your account has Amazon RDS for
PostgreSQL 12 DB instances enrolled in Amazon RDS Extended Support.

RDS Extended Support for PostgreSQL 12 is priced per vCPU-hour, and the
price increases in the third year after the end of standard support. The
year-3 price takes effect on March 1, 2027:

  Region          Years 1-2             Year 3
  ap-northeast-1  USD 0.120/vCPU-hour   USD 0.240/vCPU-hour
  us-east-1       USD 0.100/vCPU-hour   USD 0.200/vCPU-hour

Based on your current usage (2 DB instances, 16 vCPUs in total), your
Extended Support charges would increase from about USD 1,400 to about
USD 2,800 per month.

Extended Support for PostgreSQL 12 ends on February 29, 2028. You can
stop these charges at any time by upgrading to a PostgreSQL major version
that is in standard support.

Sincerely,
Amazon Web Services
""")

notice("P02", "pricing", "2027-01-15", "2026-10-16 15:45:00 +0000",
       "AWS Marketplace <aws-marketplace-no-reply@amazon.com>", TO_SHARED,
       "Price change notice for your AWS Marketplace subscription",
       """\
Hello,

The seller of a product you subscribe to has changed its price. The new
price applies to your subscription from January 15, 2027.

  Product:        Sentra WAF Managed Rules - Pro
  Seller:         Sentra Security Ltd.
  Account:        345678901234
  Pricing model:  Hourly, per web ACL

  Dimension               Current price  New price
  Web ACL-hour            USD 0.030      USD 0.045
  Requests (per million)  USD 0.40       USD 0.40

Usage before January 15, 2027 continues to be billed at the current
price. If you don't want to continue at the new price, you can cancel the
subscription under Manage subscriptions in the AWS Marketplace console.

For questions about this change, contact the seller.

Thank you,
AWS Marketplace
""")

notice("P03", "pricing", "2026-11-01", "2026-10-22 07:00:00 +0000",
       AWS, TO_SAKURAGI,
       "【ご案内】Amazon S3 Glacier Deep Archive 東京リージョンの料金引き下げについて",
       """\
お客様各位

いつも Amazon Web Services をご利用いただき、誠にありがとうございます。

2026年11月1日より、アジアパシフィック（東京）リージョンにおける
Amazon S3 Glacier Deep Archive ストレージクラスの保存料金を引き下げます。

　保存料金（1 GB あたり／月）
　現行：0.00200 USD　→　改定後：0.00160 USD

新料金は、2026年11月1日以降のご利用分から自動的に適用されます。
お客様による手続きや設定の変更は必要ありません。
データの取り出し料金およびリクエスト料金に変更はございません。

お客様のアカウントでは、現在約 48 TB のデータが本ストレージクラスに
保存されており、月額で約 20 USD の削減となる見込みです。

今後とも AWS をよろしくお願いいたします。

アマゾン ウェブ サービス
""", lang="ja")

notice("P04", "pricing", "2027-01-01", "2026-10-01 14:00:00 +0900",
       "さくらインターネット <info@sakura.ad.jp>", TO_INFRA,
       "【重要】さくらのVPS 料金改定のお知らせ",
       """\
お客様各位

いつもさくらインターネットをご利用いただき、誠にありがとうございます。

電力料金や機器調達費用の上昇が続いていることから、誠に不本意ながら、
さくらのVPSの月額料金を改定させていただくこととなりました。

■改定日
　2027年1月1日（金）ご利用分より

■主なプランの改定内容（税込・月額）
　1Gプラン：880円　→　990円
　2Gプラン：1,738円　→　1,980円
　4Gプラン：3,520円　→　3,960円
　8Gプラン：7,040円　→　7,920円

年額一括払いでご契約中のお客様は、改定日以降の次回更新時から
新料金が適用されます。

お客様にてお手続きいただく必要はございません。
ご理解賜りますよう、何卒よろしくお願い申し上げます。

さくらインターネット株式会社
""", lang="ja")

notice("P05", "pricing", "2026-12-01", "2026-10-09 10:00:00 +0200",
       "Hetzner Online GmbH <info@hetzner.com>", TO_OPS,
       "Price adjustment for cloud servers and IPv4 addresses",
       """\
Dear Client,

Because energy and hardware costs keep rising, we will adjust the prices
of some of our cloud products.

From 1 December 2026, the following monthly prices apply (excl. VAT):

  CX22                   4.15 €  ->   4.59 €
  CX32                   6.80 €  ->   7.49 €
  CPX31                 14.40 €  ->  15.89 €
  Primary IPv4 address   0.60 €  ->   0.80 €

The new prices apply to existing and new servers alike, in all locations.
Prices for volumes, snapshots and traffic remain unchanged.

Your account currently has 9 servers and 9 primary IPv4 addresses. The
updated prices are shown in the Cloud Console from today.

If you have any questions, please contact our support team.

Kind regards
Hetzner Online GmbH
""")

notice("P06", "pricing", "2027-01-01", "2026-10-23 13:40:00 +0900",
       "Hiroshi Kondo <h.kondo@minato-cs.example>", TO_INFRA,
       "Fwd: Changes to your Fastly rates",
       """\
For the infra team: this affects the Aoba CDN resale margin. Please
factor it into the Q1 quote before we send it next week.

---------- Forwarded message ---------
From: Fastly Billing <billing@fastly.com>
Date: Thu, Oct 22, 2026 at 2:05 AM
Subject: Changes to your Fastly rates
To: <billing@minato-cs.example>

Hello,

We are writing to let you know about changes to the usage rates on your
account (Customer ID 4kq9Zx2example), which is billed monthly on the
pay-as-you-go plan.

Beginning January 1, 2027, the following bandwidth rates apply:

  North America / Europe  USD 0.12/GB  ->  USD 0.14/GB
  Asia Pacific            USD 0.19/GB  ->  USD 0.21/GB
  Requests (per 10,000)   USD 0.0075   ->  unchanged

The new rates appear on invoices for usage from January 2027. Customers on
committed-use contracts keep their contracted rates until renewal.

Questions? Reply to this email or contact your account manager.

Fastly
""", kind="forward")

notice("P07", "pricing", "2027-02-01", "2026-10-16 10:30:00 -0700",
       "Google Cloud <CloudPlatform-noreply@google.com>", TO_GCP,
       "Pricing update for Cloud NAT, effective February 1, 2027",
       """\
Hello Google Cloud customer,

We're writing to let you know about an upcoming change to Cloud NAT
pricing that may affect the billing account 01A2B3-C4D5E6-F7A8B9.

What's changing
Starting February 1, 2027, Cloud NAT will charge for each NAT IP address
assigned to a gateway, in addition to the existing gateway and data
processing charges:

  NAT IP address (static or automatically allocated):  USD 0.005 per hour

Data processing for Cloud NAT stays at USD 0.045 per GiB.

How this affects you
Your projects currently use 6 NAT IP addresses across 3 gateways. At your
current usage, your monthly cost would increase by about USD 22.

To review your gateways, open Network services > Cloud NAT in the
console.

Thanks for choosing Google Cloud.
-- The Google Cloud Team
""", fmt="html")

notice("P08", "pricing", "2026-11-16", "2026-10-26 16:00:00 +0000",
       "Netlify <team@netlify.com>", "netlify@minato-cs.example",
       "Changes to the Netlify Free plan",
       """\
Hi there,

We're updating what's included in the Netlify Free plan. Your team
"Minato CS Sandbox" is on the Free plan and will be affected.

Starting November 16, 2026, the Free plan limits change as follows:

  Build minutes:           300 per month  ->  150 per month
  Bandwidth:               100 GB         ->  50 GB
  Serverless invocations:  125,000        ->  unchanged
  Concurrent builds:       1              ->  unchanged

When a site on the Free plan goes over these limits, it is paused until
the next billing period. On a paid plan, extra usage is billed at the
published rates instead.

Over the last three months, your team used on average 212 build minutes
and 38 GB of bandwidth per month.

You can compare plans in the Billing section of your team settings.

The Netlify Team
""", fmt="alt")

# ===========================================================================
# billing (8)

notice("B01", "billing", "2026-10-30", "2026-10-05 09:00:00 +0900",
       "Amazon Web Services <aws-receivables-support@email.amazon.com>",
       TO_BILLING,
       "アマゾン ウェブ サービス ジャパン ご請求書発行のお知らせ"
       "（アカウント：567890123456）",
       """\
桜木商事株式会社 御中（ご請求書送付先：株式会社みなとクラウドサービス）

いつもアマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。
2026年9月ご利用分のご請求書を発行いたしました。

　請求書番号：JP26-4418827
　請求書発行日：2026年10月3日
　ご請求金額：1,284,530円（税込）
　　うち消費税額（10%）：116,775円
　お支払期日：2026年10月30日
　お支払方法：銀行振込

請求書（PDF）は、AWS 請求とコスト管理コンソールの「請求書」ページから
ダウンロードいただけます。

お振込みの際は、振込依頼人名の前に請求書番号をご記入ください。
お支払期日までにご入金が確認できない場合、改めてご連絡を差し上げる
ことがございます。

アマゾン ウェブ サービス ジャパン合同会社
""", lang="ja")

notice("B02", "billing", "2026-10-21", "2026-10-07 11:20:00 +0000",
       AWS, TO_HINODE, "AWS Billing Notification",
       """\
Hello,

We were unable to charge your payment method for the following invoice:

  Account:         456789012345
  Invoice:         2917340511 (September 2026)
  Amount due:      USD 3,912.44
  Payment method:  Visa ending in 4242
  Reason:          Card declined by the issuer

We will try to charge the card again in a few days. To avoid interruption
to your AWS services, please update your payment method or make a payment
in the Billing and Cost Management console by October 21, 2026.

If the balance is still unpaid after that date, your account may be
suspended, and resources in a suspended account may later be terminated.

If you have already updated your payment information, you can ignore this
message.

Sincerely,
Amazon Web Services Billing
""")

notice("B03", "billing", "none", "2026-10-13 00:05:00 +0000",
       "AWS Budgets <budgets@costalerts.amazonaws.com>", TO_AOBA,
       "AWS Budgets: aoba-prod-monthly has exceeded your alert threshold",
       """\
AWS Budgets alert
Account: 210987654321
Date: October 13, 2026

The actual cost for your budget "aoba-prod-monthly" has passed the alert
threshold you configured.

  Budget amount (monthly):  USD 12,000.00
  Threshold:                80% of budgeted amount (actual cost)
  Actual cost to date:      USD 9,840.12 (82.0%)
  Forecasted month-end:     USD 23,410.00

Largest contributors this month:
  Amazon EC2         USD 4,210.55
  Amazon RDS         USD 2,980.03
  Amazon CloudFront  USD 1,102.77

To review the budget or change its alerts, open AWS Budgets in the
Billing and Cost Management console.

You receive this alert because this address subscribes to the budget.
""")

notice("B04", "billing", "none", "2026-10-15 12:00:00 +0000",
       AWS, TO_SHARED,
       "Reminder: one of your Savings Plans is about to expire",
       """\
Hello,

One of the Savings Plans in your account expires soon:

  Savings Plan ID:  sp-0f1e2d3c4b5a69788
  Type:             Compute Savings Plan, 1 year, No Upfront
  Commitment:       USD 4.20 per hour
  Account:          345678901234
  End date:         November 14, 2026 00:00 UTC

After the end date, usage currently covered by this plan is billed at
On-Demand rates. Over the last 30 days, the plan covered 91% of eligible
compute usage and saved about USD 1,150.

If you want to keep these savings, you can queue the purchase of a new
Savings Plan that starts when this one ends. Purchase recommendations
based on your recent usage are in the Savings Plans section of the
Billing and Cost Management console.

Sincerely,
Amazon Web Services
""")

notice("B05", "billing", "none", "2026-10-19 20:30:00 +0000",
       AWS, TO_SHARED, "Important information about your AWS invoices",
       """\
Hello,

We are writing to let you know about a change to how Japanese Consumption
Tax (JCT) appears on invoices for AWS Marketplace purchases.

Beginning with charges for November 2026, AWS will collect JCT at 10% on
AWS Marketplace software and services sold by sellers located outside
Japan to accounts with a Japanese billing address. The tax will appear as
a separate line on the AWS Marketplace invoice issued by Amazon Web
Services Japan G.K., which is a registered qualified invoice issuer.

Until now these purchases were invoiced without JCT, and you may have
accounted for the tax under the reverse-charge mechanism. After the
change, the tax shown on the invoice can be used for input tax credit.

The prices set by sellers do not change. No action is needed on your
part. If your organization has questions about the tax treatment, contact
AWS Support and choose "Account and billing".

Sincerely,
Amazon Web Services
""")

notice("B06", "billing", "2026-10-29", "2026-10-22 10:00:00 +0900",
       "ConoHa by GMO <noreply@conoha.jp>", TO_BILLING,
       "【再送】お支払い方法のご確認のお願い",
       """\
ConoHa by GMOをご利用いただき、誠にありがとうございます。

※本メールは10月15日にお送りしたご連絡の再送です。

お客様のアカウント（C0048129）にご登録のクレジットカードにて、
2026年9月ご利用分の決済を行うことができませんでした。

　ご請求金額：48,312円（税込）
　決済エラー日：2026年10月15日
　エラー内容：カード会社による承認拒否

お手数ですが、2026年10月29日（木）までに、コントロールパネルの
「決済関連」からクレジットカード情報を更新いただくか、ConoHaチャージにて
お支払いをお願いいたします。

期日までにお支払いが確認できない場合、ご利用中のサーバーを停止させて
いただきます。停止後、2026年11月12日（木）までにお支払いがない場合は、
サーバーおよびデータを削除いたしますので、あらかじめご了承ください。

ConoHa by GMO
""", lang="ja", cte="quoted-printable")

notice("B07", "billing", "none", "2026-10-01 08:12:00 +0000",
       "DigitalOcean <billing@digitalocean.com>", TO_BILLING,
       "Your DigitalOcean invoice for September 2026",
       """\
Hi Minato CS - Customers,

Your invoice for September 2026 is now available.

  Invoice number:  INV-2026-09-4471902
  Billing period:  Sep 1, 2026 - Sep 30, 2026
  Total:           USD 1,846.20

  Droplets                   USD 1,012.00
  Managed Databases          USD   540.00
  Kubernetes                 USD   216.00
  Spaces Object Storage      USD    48.20
  Volumes Block Storage      USD    30.00

This amount will be charged to the Mastercard ending in 8831 on file.
You don't need to do anything.

You can download a PDF copy of this invoice from the Billing page of the
control panel.

Thanks for building with DigitalOcean.
""", fmt="html")

notice("B08", "billing", "2026-11-08", "2026-10-09 04:00:00 +0000",
       "Microsoft Azure <azure-noreply@microsoft.com>", TO_BILLING,
       "Your Azure invoice G061829374 is ready",
       """\
Your invoice is ready

Billing account:  Minato Cloud Services K.K.
Billing profile:  Minato CS - Customer subscriptions
Invoice number:   G061829374
Invoice date:     8 October 2026
Billing period:   1 September 2026 - 30 September 2026

Amount due:       JPY 842,300
Due date:         8 November 2026
Payment method:   Wire transfer

Please pay by the due date using the bank details printed on the invoice,
and include the invoice number as the payment reference.

View and download your invoice in the Azure portal under Cost Management
+ Billing > Invoices.

Microsoft Corporation
""", fmt="alt")

# ===========================================================================
# informational (14)

notice("N01", "informational", "none", "2026-10-28 05:10:00 +0000",
       AWS, TO_KAWAMOTO,
       "RE: [Case 17942230561] Exposed access key for IAM user ci-deployer",
       """\
Hello,

Thank you for your reply and for the steps you took to secure your
account.

We have confirmed that the unauthorized EC2 instances, the IAM user
"backup-svc2" and the related key pairs have been removed, and that no
further activity from the exposed key has been recorded. We have lifted
the restriction on launching new EC2 resources in your account.

Our billing team has reviewed the charges from the unauthorized activity,
and a one-time credit will be applied to your account, as communicated
separately.

As the issue is resolved, we are now closing this case. If you need
further help with this issue, you can reopen the case by replying within
14 days. After that, please open a new case.

Thank you for your patience while we worked on this.

Best regards,
Priya S.
Amazon Web Services
""", kind="reply", in_reply_to="I03")

notice("N02", "informational", "none", "2026-10-06 15:00:00 +0000",
       "AWS re:Invent <reinvent@amazon.com>", "team@minato-cs.example",
       "AWS re:Invent 2026: registration is open",
       """\
Join us in Las Vegas, November 30 - December 4, 2026

Registration for AWS re:Invent 2026 is now open. This year's program
includes more than 2,000 sessions, hands-on workshops and builder labs
on generative AI, security, databases, serverless and migration.

What's new this year
- A dedicated partner track for consulting and managed service partners
- More security content, including a full day of incident response
  game days
- Certification lounges and on-site exams

Register by November 6 to save USD 300 on the full conference pass.
Session reservations open on October 27.

Can't travel? Keynotes and leadership sessions will be streamed live and
will be available on demand after the event.

Register now

You received this email because you subscribed to AWS event updates.
Manage your preferences or unsubscribe.
""", fmt="html")

notice("N03", "informational", "none", "2026-10-07 10:00:00 +0900",
       "アマゾン ウェブ サービス ジャパン <aws-jp-events@email.amazon.com>",
       "team@minato-cs.example",
       "【ご案内】AWS Security Day Tokyo 2026 オンライン開催のお知らせ",
       """\
いつも AWS をご利用いただき、ありがとうございます。

クラウドのセキュリティ対策をテーマにしたオンラインイベント
「AWS Security Day Tokyo 2026」を開催いたします。

■開催日時
　2026年11月19日（木）13:00～17:30（オンライン配信）

■主なセッション
・ランサムウェア被害を防ぐためのバックアップとアクセス制御
・漏えいしたアクセスキーの検知と初動対応
・Amazon GuardDuty と AWS Security Hub による脅威検知の実践
・お客様事例：医療機関におけるクラウドのセキュリティ統制

■参加費
　無料（事前登録制）

■お申し込み締切
　2026年11月16日（月）

ご登録はイベントページにて受け付けております。
皆様のご参加を心よりお待ちしております。

アマゾン ウェブ サービス ジャパン合同会社
""", lang="ja", fmt="alt")

notice("N04", "informational", "none", "2026-10-10 18:00:00 +0000",
       AWS, TO_AOBA,
       "[AWS Account: 210987654321] Amazon OpenSearch Service update",
       """\
Hello,

We are writing to let you know about naming changes in Amazon OpenSearch
Service that will appear in the console and documentation from
October 28, 2026.

  Previous name         New name
  UltraWarm storage     Warm storage tier
  Cold storage          Archive storage tier
  Auto-Tune             Automatic performance tuning

Only the names change. API operations, parameter names, CloudFormation
properties, IAM actions and pricing stay the same, and your existing
domains, scripts and templates keep working without modification.

Your account has 2 OpenSearch Service domains in ap-northeast-1 that use
UltraWarm storage. They are not affected by this change.

No action is required.

Sincerely,
Amazon Web Services
""")

notice("N05", "informational", "none", "2026-10-13 14:00:00 +0000",
       "AWS Security <aws-security-news@email.amazon.com>",
       "team@minato-cs.example",
       "Five steps to protect your AWS accounts from credential theft",
       """\
Security best practices from AWS

Exposed credentials remain one of the most common causes of security
incidents in the cloud. Attackers scan public code repositories within
minutes of a commit, looking for access keys they can use to launch
resources or read data.

Five steps you can take this quarter:

1. Replace long-term access keys with IAM roles and IAM Identity Center.
2. Turn on MFA for every root user, and use centralized root access
   management in AWS Organizations.
3. Enable Amazon GuardDuty in all regions and accounts.
4. Use IAM Access Analyzer to find unused access and external sharing.
5. Add secret scanning to your CI pipelines, before code reaches a public
   repository.

Watch the on-demand webinar "Responding to a compromised access key" and
download the incident response playbook from the AWS Security Blog.

You are receiving this newsletter because you subscribed to AWS security
updates. Unsubscribe.
""", fmt="html")

notice("N06", "informational", "none", "2026-10-29 09:00:00 +0000",
       "AWS Support <aws-support-survey@amazon.com>", TO_KAWAMOTO,
       "How did we do? Your recent AWS Support case",
       """\
Hello,

Your AWS Support case 17942230561, "Exposed access key for IAM user
ci-deployer", was recently resolved.

We would like to hear about your experience. The survey takes about two
minutes, and your answers help us improve the support we provide.

  How satisfied were you with the support you received?
  [1] [2] [3] [4] [5]

You can also tell us what went well or what we could do better. The
survey link stays open for 30 days.

The survey is optional, and your answers do not affect your account or
any open cases.

Thank you for being an AWS customer.

AWS Support
""")

notice("N07", "informational", "none", "2026-10-21 17:30:00 +0000",
       AWS, TO_SHARED, "[AWS Account: 345678901234] Notice",
       """\
Hello,

We are letting you know about a new detection capability in Amazon
GuardDuty that has been turned on for your account.

GuardDuty Extended Threat Detection now correlates signals across Amazon
EKS audit logs, runtime monitoring and CloudTrail management events to
identify multi-stage attack sequences, such as credential theft followed
by data exfiltration from Amazon S3.

The capability is enabled automatically, at no additional cost, for all
accounts that already use GuardDuty. Findings of the new type
"AttackSequence:EKS/CompromisedCluster" appear in the GuardDuty console
and are sent to Amazon EventBridge and AWS Security Hub like other
findings.

Your GuardDuty configuration and pricing do not change, and no action is
required. If you route GuardDuty findings to a ticketing system, you may
want to add the new finding type to your filters.

This message does not mean that any threat has been detected in your
account.

Sincerely,
Amazon Web Services
""")

notice("N08", "informational", "none", "2026-10-14 16:00:00 -0700",
       "Google Cloud <googlecloud-noreply@google.com>", TO_GCP,
       "Threat Horizons: cloud threat intelligence for H2 2026",
       """\
Google Cloud Threat Horizons Report, H2 2026

Our latest report from Google Cloud's security teams and Mandiant
summarizes the threats we observed against cloud customers over the past
six months.

Key findings
- Weak or missing credentials were the initial access vector in 46% of
  the cloud compromises we investigated.
- Threat actors increasingly use stolen session tokens to get around MFA.
- Cryptocurrency mining remains the most common goal after a compromise,
  followed by data theft and extortion.
- Misconfigured service accounts with owner roles continue to enable
  rapid lateral movement.

For each trend, the report includes detection guidance, recommended
controls and case studies from incident response engagements.

Download the full report

You are receiving this email because you opted in to Google Cloud
security newsletters. Unsubscribe.
""", fmt="html")

notice("N09", "informational", "none", "2026-10-19 03:00:00 +0000",
       "Microsoft 365 Message center <o365mc@microsoft.com>", TO_M365,
       "Message center weekly digest: Aoba Retail Co., Ltd.",
       """\
Weekly digest: Microsoft service updates
October 12 - October 18, 2026

Here are the messages posted to your Message center this week.

MC1190021 Microsoft Teams: new meeting recap layout
Stay informed. Rolling out from late October 2026. No admin action needed.

MC1190388 Microsoft Purview: renamed "Information Protection" page
Stay informed. The page is now called "Data classification and labels".

MC1190412 Outlook for Windows: improvements to junk email reporting
Stay informed. Users can report phishing and junk from a single menu.

MC1190530 Microsoft Defender for Office 365: new attack simulation
templates
Stay informed. New phishing simulation templates are available for
training campaigns.

View all messages in the Microsoft 365 admin center.

You are receiving this email because you subscribed to the weekly digest.
To change your preferences, go to Message center > Preferences.
""", fmt="html")

notice("N10", "informational", "none", "2026-10-15 13:00:00 +0000",
       "Cloudflare <noreply@notify.cloudflare.com>",
       "cloudflare@minato-cs.example",
       "Cloudflare DDoS threat report for Q3 2026",
       """\
Hello,

Our DDoS threat report for the third quarter of 2026 is now available.

Highlights from Q3 2026:
- Cloudflare mitigated 8.9 million DDoS attacks, 31% more than in Q2.
- The largest attack peaked at 9.1 Tbps and lasted 42 seconds.
- Hyper-volumetric attacks were increasingly launched from botnets of
  compromised IoT devices and misconfigured virtual machines at cloud
  providers.
- Gaming and telecommunications were the most targeted industries, and
  Japan entered the ten most attacked locations.

The report also explains how our autonomous mitigation systems detected
and dropped these attacks without operator involvement.

Your zones remain protected by unmetered DDoS mitigation. You don't need
to change anything.

Read the full report on the Cloudflare blog.

Cloudflare
""", fmt="alt")

notice("N11", "informational", "none", "2026-10-20 15:00:00 +0900",
       "富士通 クラウドサービス事務局 <fj-cloud-info@fujitsu.com>", TO_INFRA,
       "【ご案内】サービス名称変更のお知らせ",
       """\
お客様各位

平素は富士通のクラウドサービスをご利用いただき、誠にありがとうございます。

このたび、当社クラウドサービスのブランド統合に伴い、下記のとおり
サービス名称を変更いたしますので、お知らせいたします。

■変更日
　2026年11月1日（日）

■変更内容
　旧名称：FJcloud-V
　新名称：Fujitsu Cloud Service Virtual Server

■お客様への影響
ご契約内容、料金、提供機能、APIエンドポイント、および管理ポータルの
URLに変更はございません。請求書等に記載するサービス名称は、2026年11月
ご利用分より新名称に変更となります。

本件に伴い、お客様にてご対応いただく事項はございません。
今後とも富士通のクラウドサービスをよろしくお願い申し上げます。

富士通株式会社
""", lang="ja")

notice("N12", "informational", "none", "2026-10-23 10:00:00 +0900",
       "NEC Cloud IaaS サポート窓口 <cloud-iaas-info@nec.com>", TO_INFRA,
       "【お願い】サービスご利用状況に関するアンケートご協力のお願い",
       """\
お客様各位

平素は NEC Cloud IaaS をご利用いただき、誠にありがとうございます。

当社では、サービス品質の向上を目的として、ご利用中のお客様を対象に
アンケートを実施しております。ご多用のところ誠に恐縮ですが、
ご協力いただけますと幸いです。

■回答期限
　2026年11月6日（金）

■所要時間
　約10分

■主な質問項目
　・ご利用中のサービスと用途
　・サポート窓口の対応品質について
　・今後ご要望の機能やサービス

ご回答いただいた方の中から抽選で50名様に、オリジナルグッズを
お送りいたします。回答内容は統計的に処理し、個別のお客様が
特定される形で公開することはございません。

日本電気株式会社 NEC Cloud IaaS サポート窓口
""", lang="ja", cte="quoted-printable")

notice("N13", "informational", "none", "2026-10-26 02:00:00 +0000",
       "Alibaba Cloud <noreply@notice.alibabacloud.com>",
       "alibaba@minato-cs.example",
       "New ECS instance families now available in Japan (Tokyo)",
       """\
Dear Alibaba Cloud customer,

We are pleased to announce that the 9th-generation ECS instance families
g9i, c9i and r9i are now generally available in the Japan (Tokyo) region.

Compared with the previous generation, the new families offer:
- up to 20% better compute performance per vCPU;
- up to 25 Gbit/s of network bandwidth on larger sizes;
- confidential computing with Intel TDX on selected sizes.

Pay-as-you-go, subscription and savings plan purchases are all
supported. Existing instances are not affected, and you can change the
instance type of a stopped instance to a 9th-generation type in the ECS
console.

To celebrate the launch, new subscriptions of g9i instances in Tokyo get
15% off the first month until December 31, 2026.

Learn more on the ECS product page.

Best regards,
Alibaba Cloud International
""")

notice("N14", "informational", "none", "2026-10-30 15:00:00 +0000",
       "Twilio SendGrid <no-reply@sendgrid.com>", "sendgrid@minato-cs.example",
       "Keep your emails out of the spam folder this holiday season",
       """\
Hi Minato CS,

The holiday season brings the highest sending volumes of the year, and
mailbox providers are stricter than ever about spam complaints and
bounces. Here is a short checklist to protect your sender reputation:

- Keep your spam complaint rate below 0.1%, and never let it reach 0.3%,
  the limit major mailbox providers enforce for bulk senders.
- Remove addresses that hard bounce, and suppress unengaged recipients
  before large campaigns.
- Set up SPF, DKIM and DMARC for every sending domain, and include
  one-click unsubscribe headers in marketing mail.
- Ramp up volume gradually on new IP addresses instead of sending
  everything at once.

Your account currently shows no deliverability issues. You can watch
bounce and spam report rates at any time under Stats in the SendGrid app.

Join our live webinar "Holiday Deliverability Clinic" on November 5 to
put your questions to our experts.

Happy sending,
The Twilio SendGrid Team
""")


if __name__ == "__main__":
    sys.exit(main())
