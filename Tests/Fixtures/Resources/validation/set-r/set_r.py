#!/usr/bin/env python3
"""Build and check blind validation set R (fictional cloud-provider notices).

Writes set-r.mbox next to this script, re-reads it, checks it and prints
counts.  Exits with status 1 on any problem.  Standard library only and
fully deterministic (no clock, no randomness).
"""
import base64
import collections
import datetime
import email
import email.header
import email.utils
import hashlib
import html
import html.parser
import os
import quopri
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import notices_aws1    # noqa: E402
import notices_aws2    # noqa: E402
import notices_aws3    # noqa: E402
import notices_other1  # noqa: E402
import notices_other2  # noqa: E402
import notices_jp      # noqa: E402

OUT = os.path.join(HERE, "set-r.mbox")

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
FWD_MARK = "---------- Forwarded message ---------"
CUSTOMER_WORDS = ("northgate", "sakae", "coral", "hida", "westmark")


def all_notices():
    out = []
    for mod in (notices_aws1, notices_aws2, notices_aws3,
                notices_other1, notices_other2, notices_jp):
        out.extend(mod.NOTICES)
    return out


# ---------------------------------------------------------------- helpers

def parse_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def add_business_days(d, n):
    while n > 0:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def resolve_rel(date_str, rel):
    d = parse_date(date_str).date()
    kind, n = rel
    if kind == "days":
        return d + datetime.timedelta(days=n)
    if kind == "bdays":
        return add_business_days(d, n)
    raise ValueError(kind)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_header(name, value):
    if is_ascii(value):
        return email.header.Header(value, header_name=name).encode(linesep="\n")
    return email.header.Header(value, "utf-8", header_name=name).encode(linesep="\n")


def enc_addr(name, addr):
    if name is None:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8")


def asctime(dt):
    u = dt.astimezone(datetime.timezone.utc)
    return "%s %s %2d %s %d" % (u.strftime("%a"), u.strftime("%b"), u.day,
                                u.strftime("%H:%M:%S"), u.year)


def gmail_date(dt):
    hour = dt.hour % 12 or 12
    ampm = "AM" if dt.hour < 12 else "PM"
    return "%s, %s %d, %d at %d:%02d %s" % (dt.strftime("%a"), dt.strftime("%b"),
                                            dt.day, dt.year, hour, dt.minute, ampm)


def ja_date(dt):
    wd = "月火水木金土日"[dt.weekday()]
    return "%d年%d月%d日(%s) %d:%02d" % (dt.year, dt.month, dt.day, wd,
                                      dt.hour, dt.minute)


def wrap_plain(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or "://" in line and len(line) < 200:
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:[-*\u2022]|\d+\.)?\s*)", line)
        lead = m.group(1) if m else ""
        sub = " " * len(lead)
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=sub,
                                 break_long_words=False, break_on_hyphens=False)
                   or [""])
    return "\n".join(out)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii")


URL_RE = re.compile(r"(https?://[^\s<>\"')]+)")


def linkify(escaped):
    return URL_RE.sub(lambda m: '<a href="%s" style="color:#0972d3;">%s</a>'
                      % (m.group(1), m.group(1)), escaped)


def make_html(n, text):
    brand = n.get("brand") or n["sender"][0]
    accent = n.get("accent", "#232f3e")
    lang = "ja" if n["lang"] == "ja" else "en"
    blocks = [b for b in text.split("\n\n") if b.strip()]
    parts = []
    for b in blocks:
        lines = b.strip("\n").split("\n")
        if all(re.match(r"^\s*(?:[-*\u2022\u30fb])\s+", ln) for ln in lines):
            items = "".join("<li>%s</li>" % linkify(html.escape(
                re.sub(r"^\s*(?:[-*\u2022\u30fb])\s+", "", ln))) for ln in lines)
            parts.append('<ul style="margin:0 0 16px 20px;padding:0;">%s</ul>' % items)
        else:
            parts.append('<p style="margin:0 0 16px 0;">%s</p>' % "<br>\n".join(
                linkify(html.escape(ln)) for ln in lines))
    pre = n.get("preheader", "")
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>%s</title>\n</head>\n"
        '<body style="margin:0;padding:0;background-color:#f2f3f3;">\n'
        '<div style="display:none;max-height:0;overflow:hidden;">%s</div>\n'
        '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0">'
        '<tr><td align="center" style="padding:24px 8px;">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" '
        'style="background-color:#ffffff;">\n'
        '<tr><td style="background-color:%s;padding:16px 24px;color:#ffffff;'
        'font-family:Arial,Helvetica,sans-serif;font-size:18px;font-weight:bold;">%s</td></tr>\n'
        '<tr><td style="padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        'line-height:1.5;color:#16191f;">\n%s\n</td></tr>\n'
        "</table>\n</td></tr></table>\n</body>\n</html>\n"
        % (lang, html.escape(n["subject"]), html.escape(pre), accent,
           html.escape(brand), body))


# ---------------------------------------------------------------- build

def msgid(n, key=""):
    h = hashlib.sha1((n["id"] + key + n["subject"]).encode("utf-8")).hexdigest()
    sender = n["fwd"]["sender"] if key == "fwd" else n["sender"]
    dom = n.get("msgid_domain") or sender[1].split("@", 1)[1]
    return "<%s.%s@%s>" % (h[:16], h[16:28], dom)


def outer_view(n):
    """Return the envelope-level fields and the full plain text body."""
    if "fwd" not in n:
        return dict(sender=n["sender"], to=n["to"], date=n["date"],
                    subject=n["subject"], body=n["body"], cc=n.get("cc"))
    f = n["fwd"]
    odt = parse_date(n["date"]).astimezone(parse_date(f["date"]).tzinfo)
    to_line = n["to"]
    if n["lang"] == "ja":
        block = ("%s\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n"
                 % (FWD_MARK, n["sender"][0], n["sender"][1], ja_date(odt),
                    n["subject"], to_line))
        prefix = "Fwd: "
    else:
        block = ("%s\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n"
                 % (FWD_MARK, n["sender"][0], n["sender"][1], gmail_date(odt),
                    n["subject"], to_line))
        prefix = "Fwd: "
    body = f["note"].rstrip("\n") + "\n\n" + block + "\n\n" + n["body"]
    return dict(sender=f["sender"], to=f["to"], date=f["date"],
                subject=prefix + n["subject"], body=body, cc=f.get("cc"))


def text_part(text, variant, ctype="plain", force=None):
    """Return (cte, encoded body) for a text part."""
    if force == "quoted-printable" and ctype == "plain":
        return "quoted-printable", qp(text)
    if ctype == "html":
        return "quoted-printable", qp(text)
    if is_ascii(text):
        if variant % 3 == 0:
            return "quoted-printable", qp(text)
        return "7bit", wrap_plain(text) + ("" if text.endswith("\n") else "\n")
    if variant % 2 == 0:
        return "quoted-printable", qp(text)
    return "base64", b64(text)


def build_message(n, idx):
    v = outer_view(n)
    dt = parse_date(v["date"])
    hdr = []
    hdr.append(("Return-Path", "<%s>" % v["sender"][1]))
    hdr.append(("Date", email.utils.format_datetime(dt)))
    hdr.append(("From", enc_addr(*v["sender"])))
    if n.get("reply_to"):
        hdr.append(("Reply-To", n["reply_to"]))
    hdr.append(("To", v["to"]))
    if v.get("cc"):
        hdr.append(("Cc", v["cc"]))
    hdr.append(("Subject", enc_header("Subject", v["subject"])))
    mid = msgid(n, "fwd" if "fwd" in n else "")
    hdr.append(("Message-ID", mid))
    if n.get("in_reply_to"):
        hdr.append(("In-Reply-To", n["in_reply_to"]))
        hdr.append(("References", n["in_reply_to"]))
    for k, val in n.get("extra_headers", []):
        hdr.append((k, val))
    hdr.append(("MIME-Version", "1.0"))
    hdr.append(("X-Training-Label", n["label"]))
    hdr.append(("X-Training-Deadline", n["deadline"] or "none"))

    body_text = v["body"].rstrip("\n") + "\n"
    fmt = n.get("fmt", "plain")
    lines = []
    if fmt == "plain":
        cte, enc = text_part(body_text, idx, force=n.get("cte"))
        hdr.append(("Content-Type", "text/plain; charset=utf-8"))
        hdr.append(("Content-Transfer-Encoding", cte))
        payload = enc
    elif fmt == "html":
        cte, enc = text_part(make_html(n, body_text), idx, "html")
        hdr.append(("Content-Type", "text/html; charset=utf-8"))
        hdr.append(("Content-Transfer-Encoding", cte))
        payload = enc
    elif fmt == "alt":
        boundary = "----=_Part_%s_%s" % (n["id"], hashlib.md5(
            n["id"].encode()).hexdigest()[:12])
        hdr.append(("Content-Type",
                    'multipart/alternative; boundary="%s"; charset=utf-8' % boundary))
        c1, e1 = text_part(body_text, idx, force=n.get("cte"))
        c2, e2 = text_part(make_html(n, body_text), idx, "html")
        payload = (
            "This is a multi-part message in MIME format.\n\n"
            "--%s\nContent-Type: text/plain; charset=utf-8\n"
            "Content-Transfer-Encoding: %s\n\n%s\n"
            "--%s\nContent-Type: text/html; charset=utf-8\n"
            "Content-Transfer-Encoding: %s\n\n%s\n--%s--\n"
            % (boundary, c1, e1.rstrip("\n"), boundary, c2, e2.rstrip("\n"), boundary))
    else:
        raise ValueError(fmt)
    for k, val in hdr:
        lines.append("%s: %s" % (k, val))
    text = "\n".join(lines) + "\n\n" + payload
    if not text.endswith("\n"):
        text += "\n"
    # mboxo escaping
    text = re.sub(r"(?m)^From ", ">From ", text)
    from_line = "From %s %s" % (v["sender"][1], asctime(dt))
    return from_line + "\n" + text, dt


def build():
    notices = all_notices()
    built = []
    for idx, n in enumerate(notices):
        msg, dt = build_message(n, idx)
        built.append((dt.astimezone(datetime.timezone.utc), n["id"], msg))
    built.sort()
    data = "\n".join(m for _, _, m in built)
    with open(OUT, "w", encoding="ascii", newline="\n") as fh:
        fh.write(data)
    return notices


# ---------------------------------------------------------------- check

class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("title", "style"):
            self.skip += 1
        if tag in ("p", "br", "li", "tr", "div"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("title", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(s):
    p = _Strip()
    p.feed(s)
    return "".join(p.out)


FROM_RE = re.compile(r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                     r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                     r"[ 123]\d \d\d:\d\d:\d\d \d{4}$")


def dec_header(v):
    return str(email.header.make_header(email.header.decode_header(v)))


def check(notices):
    problems = []

    def bad(msg):
        problems.append(msg)

    raw = open(OUT, "rb").read()
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        bad("mbox contains non-ASCII bytes")
        text = raw.decode("utf-8", "replace")
    if b"\r" in raw:
        bad("mbox contains CR characters")
    lines = text.split("\n")
    starts = []
    for i, ln in enumerate(lines):
        if ln.startswith("From "):
            if not FROM_RE.match(ln):
                bad("line %d: malformed or unescaped From_ line: %r" % (i + 1, ln))
            elif i != 0 and lines[i - 1] != "":
                bad("line %d: From_ line not preceded by a blank line" % (i + 1))
            else:
                starts.append(i)
        if len(ln) > 998:
            bad("line %d longer than 998 characters" % (i + 1))
    if not starts or starts[0] != 0:
        bad("mbox does not start with a From_ line")
    msgs = []
    for j, s in enumerate(starts):
        e = starts[j + 1] - 1 if j + 1 < len(starts) else len(lines)
        chunk = lines[s + 1:e]
        msgs.append((lines[s], "\n".join(chunk)))

    by_id = {n["id"]: n for n in notices}
    if len(by_id) != len(notices):
        bad("duplicate notice ids")
    if len(msgs) != len(notices):
        bad("message count %d != %d" % (len(msgs), len(notices)))

    seen_ids = set()
    labels = collections.Counter()
    stats = collections.defaultdict(collections.Counter)
    fmt_count = collections.Counter()
    fwd_count = reply_count = bland = 0
    providers = collections.Counter()
    lengths = []
    required = ["Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                "Content-Type", "X-Training-Label", "X-Training-Deadline"]
    for from_line, mtext in msgs:
        m = email.message_from_string(re.sub(r"(?m)^>From ", "From ", mtext))
        for h in required:
            vals = m.get_all(h) or []
            if len(vals) != 1:
                bad("%s: header %s appears %d times" % (m.get("Message-ID"), h, len(vals)))
        mid = m["Message-ID"]
        if mid in seen_ids:
            bad("duplicate Message-ID %s" % mid)
        seen_ids.add(mid)
        label = m["X-Training-Label"]
        dl = m["X-Training-Deadline"]
        if label not in LABELS:
            bad("%s: bad label %r" % (mid, label))
        labels[label] += 1
        dt = email.utils.parsedate_to_datetime(m["Date"])
        if not (dt.year == 2026 and dt.month == 8):
            bad("%s: Date not in August 2026" % mid)
        if asctime(dt) not in from_line:
            bad("%s: From_ line time does not match Date" % mid)
        if dl != "none":
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", dl):
                bad("%s: bad deadline format %r" % (mid, dl))
            else:
                dld = datetime.date.fromisoformat(dl)
                if dld <= dt.date():
                    bad("%s: deadline %s not after Date %s" % (mid, dl, dt.date()))
        # body parts
        parts = []
        if m.is_multipart():
            if m.get_content_type() != "multipart/alternative":
                bad("%s: unexpected multipart type" % mid)
            for p in m.get_payload():
                parts.append(p)
            if [p.get_content_type() for p in parts] != ["text/plain", "text/html"]:
                bad("%s: alternative parts not plain+html" % mid)
            fmt = "alt"
        else:
            parts.append(m)
            fmt = "html" if m.get_content_type() == "text/html" else "plain"
        fmt_count[fmt] += 1
        plain = None
        for p in parts:
            if (p.get_content_charset() or "").lower() != "utf-8":
                bad("%s: part without charset=utf-8" % mid)
            cte = (p.get("Content-Transfer-Encoding") or "").lower()
            if cte not in ("7bit", "quoted-printable", "base64"):
                bad("%s: bad transfer encoding %r" % (mid, cte))
            body = p.get_payload(decode=True).decode("utf-8")
            if cte == "7bit" and not is_ascii(body):
                bad("%s: 7bit part with non-ASCII text" % mid)
            if p.get_content_type() == "text/plain":
                plain = body
            elif plain is None:
                plain = html_text(body)
        subject = dec_header(m["Subject"])
        sender = dec_header(m["From"])
        # match back to source notice via Message-ID
        src = None
        for n in notices:
            if msgid(n, "fwd" if "fwd" in n else "") == mid:
                src = n
        if src is None:
            bad("%s: no source notice" % mid)
            continue
        if label != src["label"] or dl != (src["deadline"] or "none"):
            bad("%s: label/deadline differ from source" % src["id"])
        if src.get("rel"):
            want = resolve_rel(src["date"], src["rel"]).isoformat()
            if want != src["deadline"]:
                bad("%s: relative deadline resolves to %s, labelled %s"
                    % (src["id"], want, src["deadline"]))
        if "fwd" in src:
            fdt = parse_date(src["fwd"]["date"])
            if fdt <= parse_date(src["date"]):
                bad("%s: forward older than forwarded notice" % src["id"])
        if label in ("informational", "billing", "security-advisory") and dl != "none":
            if not src.get("explicit_act_by"):
                bad("%s: %s notice with a deadline but no explicit act-by" % (src["id"], label))
        if label in ("maintenance", "pricing", "action-required") and dl == "none":
            if not src.get("no_date_ok"):
                bad("%s: %s notice without deadline" % (src["id"], label))
        is_fwd = FWD_MARK in plain
        if is_fwd != ("fwd" in src):
            bad("%s: forward marker mismatch" % src["id"])
        fwd_count += is_fwd
        is_reply = subject.startswith("Re:") and m.get("In-Reply-To") is not None
        reply_count += is_reply
        if src.get("bland"):
            bland += 1
        # dates named in the text must not contradict the deadline
        if src["deadline"] and src["lang"] == "en" and not src.get("rel"):
            d = datetime.date.fromisoformat(src["deadline"])
            forms = [d.strftime("%B ") + str(d.day), str(d.day) + d.strftime(" %B"),
                     d.isoformat(), d.strftime("%b ") + str(d.day),
                     d.strftime("%d %b"), d.strftime("%B %d")]
            flat = " ".join(plain.split())
            if not any(f in flat for f in forms):
                bad("%s: deadline date %s not found in text" % (src["id"], src["deadline"]))
        if src["deadline"] and src["lang"] == "ja" and not src.get("rel"):
            d = datetime.date.fromisoformat(src["deadline"])
            forms = ["%d年%d月%d日" % (d.year, d.month, d.day),
                     "%d/%02d/%02d" % (d.year, d.month, d.day), d.isoformat(),
                     "%d年 %d 月 %d 日" % (d.year, d.month, d.day)]
            if not any(f in plain for f in forms):
                bad("%s: deadline date %s not found in text" % (src["id"], src["deadline"]))
        # length
        if src["lang"] == "en":
            words = len(plain.split())
            lengths.append(words)
            if not 110 <= words <= 450 and not src.get("short_ok"):
                bad("%s: %d words" % (src["id"], words))
        else:
            chars = len(re.sub(r"\s", "", plain))
            if not 250 <= chars <= 1600:
                bad("%s: %d characters" % (src["id"], chars))
        # invented customer domains only
        for dom in re.findall(r"[\w.-]+\.[a-z]{2,}", plain + " " + m["To"] + " " + sender):
            low = dom.lower()
            if any(w in low for w in CUSTOMER_WORDS) and not low.endswith(".example"):
                bad("%s: customer domain not under .example: %s" % (src["id"], dom))
        if src["lang"] == "ja" and is_ascii(plain):
            bad("%s: marked Japanese but ASCII only" % src["id"])
        if src["lang"] == "en" and re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", plain):
            bad("%s: marked English but contains Japanese" % src["id"])
        st = stats[label]
        st[src["lang"]] += 1
        st["total"] += 1
        if dl != "none":
            st["deadline"] += 1
        providers[src["provider"]] += 1

    for lab, want in LABELS.items():
        if labels[lab] != want:
            bad("label %s: %d, want %d" % (lab, labels[lab], want))
    ja = sum(1 for n in notices if n["lang"] == "ja")
    aws = sum(1 for n in notices if n["provider"].startswith("AWS"))
    if not 18 <= ja <= 22:
        bad("Japanese count %d" % ja)
    if not 42 <= aws <= 48:
        bad("AWS count %d" % aws)
    if not 4 <= fwd_count <= 6:
        bad("forward count %d" % fwd_count)
    if not 2 <= reply_count <= 4:
        bad("reply count %d" % reply_count)
    if not 10 <= fmt_count["alt"] <= 14:
        bad("multipart/alternative count %d" % fmt_count["alt"])
    if not 6 <= fmt_count["html"] <= 10:
        bad("HTML-only count %d" % fmt_count["html"])

    # report
    print("messages: %d" % len(msgs))
    print("%-18s %7s %8s %6s %9s" % ("label", "English", "Japanese", "total", "deadline"))
    tot = collections.Counter()
    for lab in LABELS:
        st = stats[lab]
        print("%-18s %7d %8d %6d %9d" % (lab, st["en"], st["ja"], st["total"], st["deadline"]))
        for k in ("en", "ja", "total", "deadline"):
            tot[k] += st[k]
    print("%-18s %7d %8d %6d %9d" % ("TOTAL", tot["en"], tot["ja"], tot["total"], tot["deadline"]))
    print("formats: plain %d, multipart/alternative %d, html-only %d"
          % (fmt_count["plain"], fmt_count["alt"], fmt_count["html"]))
    print("forwards %d, support-case replies %d, bland subjects %d" % (fwd_count, reply_count, bland))
    if lengths:
        print("English words: min %d, median %d, max %d"
              % (min(lengths), sorted(lengths)[len(lengths) // 2], max(lengths)))
    print("AWS %d, Japanese %d" % (aws, ja))
    print("providers: " + ", ".join("%s %d" % kv for kv in sorted(providers.items())))
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  - " + p)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(check(build()))
