#!/usr/bin/env python3
"""Build and check the blind validation set "set-y".

Writes set-y.mbox next to this script from the notice modules
(notices_*.py), re-reads the file, checks it, prints counts.
Exit status 1 on any problem.  Python 3 standard library only.
"""
import datetime as dt
import email
import email.charset
import email.generator
import email.header
import email.policy
import email.utils
import hashlib
import html
import io
import mailbox
import os
import re
import sys
from collections import Counter
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import notices_a  # noqa: E402
import notices_b  # noqa: E402
import notices_c  # noqa: E402
import notices_d  # noqa: E402
import notices_e  # noqa: E402
import notices_f  # noqa: E402

OUT = os.path.join(HERE, "set-y.mbox")

LABEL_TARGET = {
    "abuse": 10, "security-incident": 12, "action-required": 28,
    "security-advisory": 8, "maintenance": 12, "pricing": 8,
    "billing": 8, "informational": 14,
}
PROVIDER_HOSTED = (".amazonaws.com", ".atlassian.net")
KIND_TARGET = {"fwd": 5, "reply": 3, "alt": 12, "html": 8}

CS_QP = email.charset.Charset("utf-8")
CS_QP.header_encoding = email.charset.BASE64
CS_QP.body_encoding = email.charset.QP
CS_B64 = email.charset.Charset("utf-8")
CS_B64.header_encoding = email.charset.BASE64
CS_B64.body_encoding = email.charset.BASE64


def all_notices():
    out = []
    for mod in (notices_a, notices_b, notices_c, notices_d, notices_e, notices_f):
        out.extend(mod.NOTICES)
    return out


def parse_date(s):
    """'2027-01-05 10:12 +0900' -> aware datetime."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")
    return d


def add_days(d, n, business):
    cur = d
    if not business:
        return cur + dt.timedelta(days=n)
    left = n
    while left:
        cur += dt.timedelta(days=1)
        if cur.weekday() < 5:
            left -= 1
    return cur


def text_part(text, subtype="plain", lang="en"):
    part = MIMENonMultipart("text", subtype)
    if lang == "ja":
        part.set_payload(text, CS_B64)
    elif all(ord(c) < 128 for c in text):
        part.set_payload(text)
        part.set_param("charset", "utf-8")
        part["Content-Transfer-Encoding"] = "7bit"
    else:
        part.set_payload(text, CS_QP)
    del part["MIME-Version"]  # added once, on the top-level message
    return part


URL_RE = re.compile(r"(https?://[^\s<>)\]」）]+)")


def to_html(text, n):
    """Render a plain-text notice as a provider-style HTML mail."""
    style = common.HTML_STYLE.get(n.get("html_style", ""), common.HTML_STYLE["default"])
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for b in blocks:
        lines = b.split("\n")
        if all(re.match(r"^\s*([-*•・]|\d+[.)])\s+", ln) for ln in lines if ln.strip()):
            items = []
            for ln in lines:
                ln = re.sub(r"^\s*([-*•・]|\d+[.)])\s+", "", ln)
                items.append("<li>" + linkify(ln) + "</li>")
            tag = "ol" if re.match(r"^\s*\d", lines[0]) else "ul"
            out.append("<%s>%s</%s>" % (tag, "\n".join(items), tag))
        else:
            out.append("<p>" + "<br>\n".join(linkify(ln) for ln in lines) + "</p>")
    title = html.escape(n["subject"])
    lang = "ja" if n["lang"] == "ja" else "en"
    return (
        '<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
        "<title>%s</title>\n</head>\n"
        '<body style="margin:0;padding:0;background:#f4f4f4;">\n'
        '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="640" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:%s;font-size:14px;color:#222;">\n'
        '<tr><td style="background:%s;color:#fff;padding:16px 24px;font-size:18px;">'
        "%s</td></tr>\n"
        '<tr><td style="padding:24px;">\n%s\n</td></tr>\n'
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
        % (lang, title, style[1], style[0], html.escape(style[2]), "\n".join(out))
    )


def linkify(line):
    parts = URL_RE.split(line)
    res = []
    for i, p in enumerate(parts):
        if i % 2:
            res.append('<a href="%s">%s</a>' % (html.escape(p, quote=True), html.escape(p)))
        else:
            res.append(html.escape(p, quote=False))
    return "".join(res)


def enc_addr(name, addr, field="From"):
    if name and any(ord(c) > 127 for c in name):
        h = email.header.Header(header_name=field)
        h.append(name, "utf-8")
        h.append("<%s>" % addr, "us-ascii")
        return h
    return email.utils.formataddr((name, addr))


def enc_subject(s):
    if all(ord(c) < 128 for c in s):
        return s
    return email.header.Header(s, "utf-8", header_name="Subject")


def gmail_date(d):
    hour = d.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d %s" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, hour, d.minute,
        "AM" if d.hour < 12 else "PM")


def full_body(n):
    body = n["body"].strip("\n") + "\n"
    foot = n.get("footer")
    if foot:
        body += "\n" + common.FOOTERS[foot].strip("\n") + "\n"
    return body


def forward_body(n, orig_dt):
    """Colleague's note, then a Gmail-style forwarded block."""
    f = n["fwd"]
    hdr = "From: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n" % (
        n["frm"][0], n["frm"][1], gmail_date(orig_dt), n["subject"], n["to"])
    sep = "---------- Forwarded message ---------\n"
    return f["note"].strip("\n") + "\n\n" + sep + hdr + "\n" + full_body(n)


def msgid(n, d):
    h = hashlib.sha1(n["key"].encode()).hexdigest()[:16]
    sender = n["fwd"]["frm"] if n["kind"] == "fwd" else n["frm"]
    dom = n.get("msgid_domain") or sender[1].split("@")[1]
    return "<%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), h, dom)


def build(n):
    d = parse_date(n["date"])
    kind = n["kind"]
    lang = n["lang"]
    if kind == "fwd":
        outer_dt = parse_date(n["fwd"]["date"])
        text = forward_body(n, d)
        sender = n["fwd"]["frm"]
        subject = n["fwd"]["subject"]
        to = n["fwd"]["to"]
        hdr_dt = outer_dt
    else:
        text = full_body(n)
        sender = n["frm"]
        subject = n["subject"]
        to = n["to"]
        hdr_dt = d
    if kind in ("alt",):
        msg = MIMEMultipart("alternative")
        # fixed boundary so that the output is byte-for-byte reproducible
        msg.set_boundary("b1_" + hashlib.sha1(("bnd" + n["key"]).encode()).hexdigest()[:24])
        msg.attach(text_part(text, "plain", lang))
        msg.attach(text_part(to_html(text, n), "html", lang))
    elif kind == "html":
        msg = text_part(to_html(text, n), "html", lang)
    else:
        msg = text_part(text, "plain", lang)
    # header order: build a fresh ordering
    hdrs = [
        ("Date", email.utils.format_datetime(hdr_dt)),
        ("From", enc_addr(*sender)),
        ("To", to),
        ("Subject", enc_subject(subject)),
        ("Message-ID", msgid(n, hdr_dt)),
    ]
    if kind == "reply":
        ref = "<case-%s.%s@%s>" % (n["case"], "orig", sender[1].split("@")[1])
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    for k, v in n.get("extra_headers", []):
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.append(("X-Training-Label", n["label"]))
    hdrs.append(("X-Training-Deadline", n["deadline"]))
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    for k, v in existing:
        if k.lower() != "mime-version":
            msg[k] = v
    buf = io.StringIO()
    gen = email.generator.Generator(buf, mangle_from_=False, maxheaderlen=78,
                                    policy=email.policy.compat32)
    gen.flatten(msg)
    raw = buf.getvalue().replace("\r\n", "\n")
    envelope = sender[1]
    from_line = "From %s %s" % (envelope, hdr_dt.strftime("%a %b %e %H:%M:%S %Y"))
    return from_line, raw


def write_mbox(notices):
    chunks = []
    for n in notices:
        from_line, raw = build(n)
        lines = raw.rstrip("\n").split("\n")
        esc = [(">" + ln) if ln.startswith("From ") else ln for ln in lines]
        chunks.append(from_line + "\n" + "\n".join(esc) + "\n")
    data = "\n".join(chunks)
    with open(OUT, "w", encoding="ascii", newline="\n") as fh:
        fh.write(data)


# ---------------------------------------------------------------- checks

DATE_FORMATS = [
    "%Y-%m-%d", "%B {d}, %Y", "{d} %B %Y", "%b {d}, %Y", "%b. {d}, %Y",
    "%Y年{m}月{d}日", "%Y/%m/%d", "%m/%d/%Y", "{d} %b %Y", "%B {d}",
    "{m}月{d}日", "%d/%m/%Y", "%Y/{m}/{d}",
]


def date_strings(day):
    out = []
    for f in DATE_FORMATS:
        s = f.replace("{d}", str(day.day)).replace("{m}", str(day.month))
        out.append(day.strftime(s))
    return out


def leaf_texts(msg):
    res = []
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        res.append(part)
    return res


def check(notices):
    problems = []

    def bad(key, what):
        problems.append("%s: %s" % (key, what))

    with open(OUT, "rb") as fh:
        raw = fh.read()
    if b"\r" in raw:
        bad("file", "CR characters present")
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        bad("file", "non-ASCII bytes in mbox")
    text = raw.decode("ascii", "replace")
    if not text.endswith("\n"):
        bad("file", "does not end with newline")
    # split on From_ lines preceded by a blank line (or at start)
    from_re = re.compile(r"^From (\S+) (\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4})$")
    lines = text.split("\n")
    starts = [i for i, ln in enumerate(lines) if ln.startswith("From ")]
    for i in starts:
        if not from_re.match(lines[i]):
            bad("file", "malformed From_ line %d: %r" % (i + 1, lines[i]))
        if i > 0 and lines[i - 1] != "":
            bad("file", "From_ line %d not preceded by blank line" % (i + 1))
    n_esc = sum(1 for ln in lines if ln.startswith(">From "))
    n_src = 0
    for n in notices:
        _, raw_msg = build(n)
        n_src += sum(1 for ln in raw_msg.split("\n") if ln.startswith("From "))
    if n_esc != n_src:
        bad("file", "%d '>From ' lines, expected %d" % (n_esc, n_src))
    if len(starts) != len(notices):
        bad("file", "%d From_ lines for %d notices" % (len(starts), len(notices)))
    mb = mailbox.mbox(OUT, create=False)
    msgs = list(mb)
    mb.close()
    if len(msgs) != len(notices):
        bad("file", "mailbox module reads %d messages" % len(msgs))
    seen_ids = set()
    labels = Counter()
    kinds = Counter()
    for n, m in zip(notices, msgs):
        key = n["key"]
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                bad(key, "missing header " + h)
        for h, v in m.items():
            if any(ord(c) > 127 for c in str(v)):
                bad(key, "raw non-ASCII in header " + h)
        mid = m["Message-ID"]
        if mid in seen_ids:
            bad(key, "duplicate Message-ID")
        seen_ids.add(mid)
        label = m["X-Training-Label"]
        if label not in LABEL_TARGET:
            bad(key, "unknown label %r" % label)
        labels[label] += 1
        kinds[n["kind"]] += 1
        hdr_dt = email.utils.parsedate_to_datetime(m["Date"])
        dl = m["X-Training-Deadline"]
        # body text
        parts = leaf_texts(m)
        bodies = []
        for p in parts:
            if p.get_content_type() not in ("text/plain", "text/html"):
                bad(key, "unexpected part " + p.get_content_type())
            if (p.get_content_charset() or "").lower() != "utf-8":
                bad(key, "part charset is not utf-8")
            cte = (p["Content-Transfer-Encoding"] or "7bit").lower()
            payload = p.get_payload(decode=True).decode("utf-8")
            if any(ord(c) > 127 for c in payload) and cte not in ("quoted-printable", "base64"):
                bad(key, "non-ASCII body not QP/base64")
            bodies.append((p.get_content_type(), payload))
        ctype = m.get_content_type()
        expect = {"alt": "multipart/alternative", "html": "text/html"}.get(n["kind"], "text/plain")
        if ctype != expect:
            bad(key, "content type %s, expected %s" % (ctype, expect))
        plain = [b for t, b in bodies if t == "text/plain"]
        body = plain[0] if plain else re.sub(r"<[^>]+>", " ", html.unescape(bodies[0][1]))
        # body size
        if n["lang"] == "ja":
            size = len(re.sub(r"\s", "", body))
            if size < 300:
                bad(key, "Japanese body too short (%d chars)" % size)
        else:
            size = len(body.split())
            if size < 120:
                bad(key, "body too short (%d words)" % size)
            if size > 520:
                bad(key, "body too long (%d words)" % size)
        if n["kind"] == "fwd" and "---------- Forwarded message ---------" not in body:
            bad(key, "forward without forwarded block")
        if n["kind"] == "reply" and not m["Subject"].lower().startswith(("re:", "re：")):
            bad(key, "reply subject does not start with Re:")
        # deadline
        if dl != "none":
            try:
                dday = dt.date.fromisoformat(dl)
            except ValueError:
                bad(key, "bad deadline %r" % dl)
                continue
            base = parse_date(n["date"])  # date of the (forwarded) notice
            if dday <= hdr_dt.date() or dday <= base.date():
                bad(key, "deadline not after Date header")
            rel = n.get("rel")
            if rel:
                unit, num = rel
                got = add_days(base.date(), num, unit == "b")
                if got != dday:
                    bad(key, "relative deadline resolves to %s, labelled %s" % (got, dl))
            else:
                if not any(s in body for s in date_strings(dday)):
                    bad(key, "deadline %s not found in body" % dl)
            if label == "informational":
                bad(key, "informational notice with a deadline")
        elif n.get("rel"):
            bad(key, "relative deadline given but deadline is none")
        # invented customer domains only under .example
        for addr in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", body + " " + str(m["To"])):
            low = addr.lower()
            if any(c in low for c in ("kitahama", "oyamada", "seiryu", "tsubame", "nakano")):
                if not low.endswith(".example"):
                    bad(key, "customer domain not under .example: " + addr)
        for dom in re.findall(r"\b((?:[\w-]+\.)*(?:kitahama|oyamada|seiryu|tsubame|nakano)[\w-]*(?:\.[\w-]+)+)", body):
            low = dom.lower()
            if low.endswith(PROVIDER_HOSTED):
                continue  # a provider-hosted name (bucket, site), not a customer domain
            if not low.endswith(".example") and ".example" not in low:
                bad(key, "customer domain not under .example: " + dom)
    for lab, want in LABEL_TARGET.items():
        if labels[lab] != want:
            bad("counts", "label %s has %d, want %d" % (lab, labels[lab], want))
    for k, want in KIND_TARGET.items():
        if kinds[k] != want:
            bad("counts", "kind %s has %d, want %d" % (k, kinds[k], want))
    keys = [n["key"] for n in notices]
    if len(set(keys)) != len(keys):
        bad("counts", "duplicate keys")
    if len(notices) != 100:
        bad("counts", "%d notices, want 100" % len(notices))
    return problems


def report(notices):
    tab = {}
    for n in notices:
        row = tab.setdefault(n["label"], Counter())
        row[n["lang"]] += 1
        row["total"] += 1
        if n["deadline"] != "none":
            row["deadline"] += 1
    print("%-18s %4s %4s %6s %9s" % ("label", "en", "ja", "total", "deadline"))
    tot = Counter()
    for lab in LABEL_TARGET:
        r = tab.get(lab, Counter())
        tot.update(r)
        print("%-18s %4d %4d %6d %9d" % (lab, r["en"], r["ja"], r["total"], r["deadline"]))
    print("%-18s %4d %4d %6d %9d" % ("TOTAL", tot["en"], tot["ja"], tot["total"], tot["deadline"]))
    prov = Counter(n["provider"] for n in notices)
    print("providers:", ", ".join("%s %d" % kv for kv in sorted(prov.items(), key=lambda kv: (-kv[1], kv[0]))))
    kinds = Counter(n["kind"] for n in notices)
    print("kinds:", dict(sorted(kinds.items())))


def main():
    notices = all_notices()
    write_mbox(notices)
    problems = check(notices)
    report(notices)
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("OK: %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
