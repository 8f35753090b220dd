#!/usr/bin/env python3
"""Blind validation set Z: 100 fictional cloud-provider notices (September 2026).

Writes set-z.mbox next to this file, re-reads it, checks it (exit status 1 on
any problem) and prints counts.  Deterministic; Python 3 standard library only.

The notice texts live in the sibling modules notices_a.py ... notices_f.py (shared bits in common.py).
"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import mailbox
import os
import re
import sys
from email.headerregistry import Address
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import importlib  # noqa: E402

MODULES = ["notices_a", "notices_b", "notices_c", "notices_d", "notices_e", "notices_f"]

OUT = os.path.join(HERE, "set-z.mbox")
POLICY = email.policy.default.clone(linesep="\n", max_line_length=78)

LABEL_TARGET = {
    "abuse": 10,
    "security-incident": 12,
    "action-required": 28,
    "security-advisory": 8,
    "maintenance": 12,
    "pricing": 8,
    "billing": 8,
    "informational": 14,
}
LABEL_ORDER = list(LABEL_TARGET)

FWD_MARK = "---------- Forwarded message ---------"


def all_notices():
    out = []
    for name in MODULES:
        out.extend(importlib.import_module(name).NOTICES)
    return out


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def parse_date(s):
    """'2026-09-03 09:12:44 +0900' -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def rfc_date(d):
    return email.utils.format_datetime(d)


def split_addr(s):
    name, addr = email.utils.parseaddr(s)
    return name, addr


def make_address(s):
    name, addr = split_addr(s)
    user, domain = addr.split("@", 1)
    return Address(display_name=name, username=user, domain=domain)


def human_date(d, lang):
    if lang == "ja":
        wd = "月火水木金土日"[d.weekday()]
        return "%d年%d月%d日(%s) %d:%02d" % (d.year, d.month, d.day, wd, d.hour, d.minute)
    hour = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return "%s, %s %d, %d at %d:%02d %s" % (
        d.strftime("%a"), d.strftime("%b"), d.day, d.year, hour, d.minute, ampm)


URL_RE = re.compile(r"(https?://[^\s<>）」]+)")


def text_to_html(text, title, accent):
    """Render a plain-text notice as a simple provider-style HTML mail."""
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    parts = []
    for b in blocks:
        lines = b.split("\n")
        if all(re.match(r"^\s*([-*•・]|\d+\.)\s", ln) for ln in lines):
            items = [re.sub(r"^\s*([-*•・]|\d+\.)\s+", "", ln) for ln in lines]
            tag = "ol" if re.match(r"^\s*\d+\.", lines[0]) else "ul"
            parts.append("<%s>%s</%s>" % (tag, "".join(
                "<li>%s</li>" % linkify(i) for i in items), tag))
        else:
            parts.append('<p style="margin:0 0 14px 0">%s</p>' % "<br>\n".join(
                linkify(ln) for ln in lines))
    body = "\n".join(parts)
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<title>%s</title></head>\n"
        "<body style=\"margin:0;padding:0;background:#f4f5f7\">\n"
        "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td align=\"center\">\n"
        "<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" "
        "style=\"background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;"
        "line-height:1.5;color:#222\">\n"
        "<tr><td style=\"background:%s;height:6px\"></td></tr>\n"
        "<tr><td style=\"padding:24px 32px\">\n%s\n</td></tr>\n"
        "</table></td></tr></table>\n</body></html>\n"
    ) % (html.escape(title), accent, body)


def linkify(line):
    out = []
    pos = 0
    for m in URL_RE.finditer(line):
        out.append(html.escape(line[pos:m.start()]))
        u = m.group(1)
        out.append('<a href="%s">%s</a>' % (html.escape(u, quote=True), html.escape(u)))
        pos = m.end()
    out.append(html.escape(line[pos:]))
    return "".join(out)


def cte_for(text, n):
    if all(ord(c) < 128 for c in text):
        return "7bit"
    return n.get("cte", "quoted-printable")


def build(n, idx):
    """Return (envelope_sender, datetime, EmailMessage) for notice n."""
    lang = n["lang"]
    d_inner = parse_date(n["date"])
    body = n["body"].strip("\n") + "\n"
    subject = n["subject"]
    frm, to, d = n["frm"], n["to"], d_inner
    if "fwd" in n:
        f = n["fwd"]
        d = parse_date(f["date"])
        frm, to = f["by"], f["to"]
        subject = f.get("prefix", "Fwd: ") + n["subject"]
        inner_to = n["to"]
        if lang == "ja":
            hdr = "%s\n差出人: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
                FWD_MARK, n["frm"], human_date(d_inner, lang), n["subject"], inner_to)
        else:
            hdr = "%s\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (
                FWD_MARK, n["frm"], human_date(d_inner, lang), n["subject"], inner_to)
        body = f["note"].strip("\n") + "\n\n" + hdr + "\n" + body
    msg = EmailMessage(policy=POLICY)
    msg["Date"] = rfc_date(d)
    msg["From"] = make_address(frm)
    msg["To"] = [make_address(a.strip()) for a in to.split(",")]
    if n.get("cc"):
        msg["Cc"] = [make_address(a.strip()) for a in n["cc"].split(",")]
    msg["Subject"] = subject
    dom = split_addr(frm)[1].split("@", 1)[1]
    h = hashlib.sha1(("set-z|%d|%s|%s" % (idx, n["key"], subject)).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:20], n["key"], dom)
    for k, v in n.get("headers", {}).items():
        msg[k] = v
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = n["deadline"] or "none"
    title = subject
    accent = n.get("accent", "#232f3e")
    if n["fmt"] == "plain":
        msg.set_content(body, charset="utf-8", cte=cte_for(body, n))
    elif n["fmt"] == "html":
        h_ = n.get("html") or text_to_html(body, title, accent)
        msg.set_content(h_, subtype="html", charset="utf-8", cte=cte_for(h_, n))
    elif n["fmt"] == "alt":
        h_ = n.get("html") or text_to_html(body, title, accent)
        msg.set_content(body, charset="utf-8", cte=cte_for(body, n))
        msg.add_alternative(h_, subtype="html", charset="utf-8", cte=cte_for(h_, n))
        msg.set_boundary("=_setz_%s" % h[20:40])  # fixed boundary keeps output deterministic
    else:
        raise ValueError(n["fmt"])
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return split_addr(frm)[1], d, msg


def from_line(sender, d):
    u = d.astimezone(dt.timezone.utc)
    return "From %s %s" % (sender, u.strftime("%a %b %e %H:%M:%S %Y"))


def write_mbox(notices, _return_only=False):
    chunks = []
    for i, n in enumerate(notices):
        sender, d, msg = build(n, i)
        text = msg.as_string(policy=POLICY)
        lines = text.split("\n")
        esc = [(">" + ln) if ln.startswith("From ") else ln for ln in lines]
        text = "\n".join(esc)
        if not text.endswith("\n"):
            text += "\n"
        chunks.append(from_line(sender, d) + "\n" + text)
    data = "\n".join(chunks)
    if _return_only:
        return data
    with open(OUT, "w", encoding="ascii", newline="\n") as fh:
        fh.write(data)


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------

def add_bdays(d, k):
    while k > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            k -= 1
    return d


def expected_rel(date_hdr, rel):
    d = date_hdr
    kind, k = rel
    if kind == "days":
        return (d.date() + dt.timedelta(days=k)).isoformat()
    if kind == "hours":
        return (d + dt.timedelta(hours=k)).date().isoformat()
    if kind == "bdays":
        return add_bdays(d.date(), k).isoformat()
    raise ValueError(kind)


def body_text(msg):
    plain, htm = None, None
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain" and plain is None:
            plain = part.get_content()
        elif ct == "text/html" and htm is None:
            htm = part.get_content()
    if plain is not None:
        return plain
    t = re.sub(r"(?s)<(style|title)[^>]*>.*?</\1>", " ", htm or "")
    t = re.sub(r"<br\s*/?>|</p>|</li>", "\n", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def length_of(text, lang):
    if lang == "ja":
        return len([c for c in text if ord(c) > 0x2000 and not c.isspace()])
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.\-/]*", text))


def check(notices):
    problems = []
    raw = open(OUT, "rb").read()
    if b"\r" in raw:
        problems.append("CR found in mbox")
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        problems.append("mbox is not pure ASCII (unencoded non-ASCII)")
    txt = raw.decode("utf-8", "replace")
    lines = txt.split("\n")
    from_re = re.compile(r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                         r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                         r"[ 123]\d \d\d:\d\d:\d\d \d{4}$")
    seps = 0
    for i, ln in enumerate(lines):
        if ln.startswith("From "):
            if not from_re.match(ln):
                problems.append("bad From_ line %d: %r" % (i + 1, ln))
            if i > 0 and lines[i - 1] != "":
                problems.append("no blank line before From_ at line %d" % (i + 1))
            seps += 1
    if seps != len(notices):
        problems.append("separator count %d != %d" % (seps, len(notices)))

    mb = mailbox.mbox(OUT, factory=None, create=False)
    msgs = [email.message_from_bytes(m.as_bytes(), policy=email.policy.default)
            for m in mb]
    froms = [m.get_from() for m in mb]
    mb.close()
    if len(msgs) != 100:
        problems.append("expected 100 messages, got %d" % len(msgs))

    stats = collections.defaultdict(lambda: collections.Counter())
    seen_ids = set()
    fmt_count = collections.Counter()
    kinds = collections.Counter()
    providers = collections.Counter()
    lengths = {"en": [], "ja": []}
    kinds["escaped"] = txt.count("\n>From ")
    for n, m, envfrom in zip(notices, msgs, froms):
        if n.get("bland"):
            kinds["bland"] += 1
        key = n["key"]
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                problems.append("%s: missing %s" % (key, h))
        mid = m["Message-ID"]
        if mid in seen_ids:
            problems.append("%s: duplicate Message-ID" % key)
        seen_ids.add(mid)
        label = m["X-Training-Label"]
        if label not in LABEL_TARGET:
            problems.append("%s: bad label %r" % (key, label))
        dl = m["X-Training-Deadline"]
        d = email.utils.parsedate_to_datetime(m["Date"])
        env_ok = from_line(split_addr(str(m["From"]))[1], d)[5:]
        if envfrom != env_ok:
            problems.append("%s: From_ line %r != %r" % (key, envfrom, env_ok))
        if dl != "none":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
                problems.append("%s: bad deadline %r" % (key, dl))
            elif dt.date.fromisoformat(dl) <= d.date():
                problems.append("%s: deadline %s not after Date %s" % (key, dl, d.date()))
            if label in ("informational",) :
                problems.append("%s: informational with deadline" % key)
            if label in ("billing", "security-advisory") and not n.get("explicit"):
                problems.append("%s: %s deadline needs explicit act-by" % (key, label))
        if "rel" in n and dl != expected_rel(d, n["rel"]):
            problems.append("%s: relative deadline %s != %s" % (key, dl, expected_rel(d, n["rel"])))
        if not (d.year == 2026 and d.month == 9):
            problems.append("%s: Date not in September 2026" % key)
        # charset / encodings
        for part in m.walk():
            if part.is_multipart():
                continue
            if part.get_content_charset() != "utf-8":
                problems.append("%s: charset %r" % (key, part.get_content_charset()))
        ct = m.get_content_type()
        fmt = {"text/plain": "plain", "text/html": "html",
               "multipart/alternative": "alt"}.get(ct, ct)
        if fmt != n["fmt"]:
            problems.append("%s: fmt %s != %s" % (key, fmt, n["fmt"]))
        fmt_count[fmt] += 1
        text = body_text(m)
        if "fwd" in n:
            kinds["forward"] += 1
            if FWD_MARK not in text:
                problems.append("%s: forward marker missing" % key)
        if n.get("reply"):
            kinds["reply"] += 1
            if not str(m["Subject"]).lower().startswith("re:"):
                problems.append("%s: reply subject" % key)
        length = length_of(text, n["lang"])
        lengths[n["lang"]].append(length)
        lo, hi = (250, 1400) if n["lang"] == "ja" else (110, 480)
        if not lo <= length <= hi:
            problems.append("%s: body length %d outside %d-%d (%s)" % (key, length, lo, hi, n["lang"]))
        if n["lang"] == "ja" and not re.search(r"[\u3040-\u30ff]", text):
            problems.append("%s: lang ja but no kana" % key)
        for dom in re.findall(r"@([A-Za-z0-9.-]+)", text + str(m["To"])):
            dom = dom.rstrip(".").lower()
            if any(c in dom for c in ("brightwater", "koyo", "lumen", "pacificgrain",
                                       "pacific-grain", "harbourline")):
                if not dom.endswith(".example"):
                    problems.append("%s: customer domain not .example: %s" % (key, dom))
        s = stats[label]
        s[n["lang"]] += 1
        s["total"] += 1
        if dl != "none":
            s["deadline"] += 1
        providers[n["provider"]] += 1
    for lab, want in LABEL_TARGET.items():
        if stats[lab]["total"] != want:
            problems.append("label %s: %d != %d" % (lab, stats[lab]["total"], want))
    if kinds["escaped"] < 1:
        problems.append("no >From escape exercised")
    kinds["len_en"] = "%d-%d words (median %d)" % (min(lengths["en"]), max(lengths["en"]), sorted(lengths["en"])[len(lengths["en"]) // 2])
    kinds["len_ja"] = "%d-%d chars (median %d)" % (min(lengths["ja"]), max(lengths["ja"]), sorted(lengths["ja"])[len(lengths["ja"]) // 2])
    return problems, stats, fmt_count, kinds, providers


def table(stats):
    rows = ["| Label | English | Japanese | Total | With deadline |",
            "|---|---:|---:|---:|---:|"]
    tot = collections.Counter()
    for lab in LABEL_ORDER:
        s = stats[lab]
        rows.append("| %s | %d | %d | %d | %d |" % (lab, s["en"], s["ja"], s["total"], s["deadline"]))
        tot.update(s)
    rows.append("| **Total** | %d | %d | %d | %d |" % (tot["en"], tot["ja"], tot["total"], tot["deadline"]))
    return "\n".join(rows)


def main():
    notices = all_notices()
    keys = [n["key"] for n in notices]
    dup = [k for k, c in collections.Counter(keys).items() if c > 1]
    if dup:
        print("duplicate keys:", dup)
        return 1
    notices.sort(key=lambda n: parse_date(n["fwd"]["date"] if "fwd" in n else n["date"]))
    write_mbox(notices)
    problems, stats, fmt_count, kinds, providers = check(notices)
    with open(OUT, encoding="ascii") as fh:
        if fh.read() != write_mbox(notices, _return_only=True):
            problems.append("output is not deterministic (second build differs)")
    print(table(stats))
    print()
    print("formats:", dict(fmt_count))
    print("forwards: %d, replies: %d, bland subjects: %d, >From-escaped lines: %d" % (
        kinds["forward"], kinds["reply"], kinds["bland"], kinds["escaped"]))
    print("body length: English %s; Japanese %s" % (kinds["len_en"], kinds["len_ja"]))
    print("providers:", ", ".join("%s (%d)" % kv for kv in sorted(providers.items(), key=lambda kv: (-kv[1], kv[0]))))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  -", p)
        return 1
    print("\nall checks passed: %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
