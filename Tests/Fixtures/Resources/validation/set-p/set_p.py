#!/usr/bin/env python3
"""Build and check the blind validation set P (fictional cloud-provider notices).

Writes set-p.mbox next to this script, re-reads it, checks it and prints counts.
Exit status 1 on any problem. Standard library only; fully deterministic.
"""
import collections
import datetime
import hashlib
import html as htmllib
import os
import re
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formataddr, format_datetime, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from notices import ALL  # noqa: E402

OUT = os.path.join(HERE, "set-p.mbox")
LABELS = {"abuse": 10, "security-incident": 12, "action-required": 28,
          "security-advisory": 8, "maintenance": 12, "pricing": 8,
          "billing": 8, "informational": 14}
CUSTOMER_WORDS = ("tamagawa", "ishikari", "mizunami", "harborview", "kiso")
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JA_DOW = "月火水木金土日"


def pdate(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def add_days(d, kind, n):
    if kind == "d":
        return d + datetime.timedelta(days=n)
    while n:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# ---------------------------------------------------------------- HTML
URL_RE = re.compile(r"(https?://[^\s<>\"')]+[^\s<>\"').,;:])")


def inline(text):
    esc = htmllib.escape(text, quote=False)
    return URL_RE.sub(lambda m: '<a href="%s" style="color:#0b63b6">%s</a>' % (m.group(1), m.group(1)), esc)


def to_html(n):
    text, lang = n["body"], n["lang"]
    title = htmllib.escape(n["subject"], quote=False)
    brand = htmllib.escape(n["from"][0], quote=False)
    parts = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if all(re.match(r"^(- |\* |・|• )", l) for l in lines):
            items = "".join("<li>%s</li>\n" % inline(re.sub(r"^(- |\* |・|• )", "", l)) for l in lines)
            parts.append('<ul style="margin:0 0 14px 18px;padding:0">\n%s</ul>' % items)
        else:
            parts.append('<p style="margin:0 0 14px 0">%s</p>' % "<br>\n".join(inline(l) for l in lines))
    font = "'Hiragino Sans','Meiryo',sans-serif" if lang == "ja" else "Helvetica,Arial,sans-serif"
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s</title>\n</head>\n"
            "<body style=\"margin:0;padding:0;background:#f3f4f6\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">\n"
            "<tr><td align=\"center\" style=\"padding:24px 8px\">\n"
            "<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            "style=\"background:#ffffff;border-radius:4px\">\n"
            "<tr><td style=\"padding:18px 28px;border-bottom:1px solid #e5e7eb;font-family:%s;"
            "font-size:18px;font-weight:bold;color:#111827\">%s</td></tr>\n"
            "<tr><td style=\"padding:24px 28px;font-family:%s;font-size:14px;line-height:1.6;color:#1f2937\">\n"
            "%s\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n"
            % (lang, title, font, brand, font, "\n".join(parts)))


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("title", "style", "head"):
            self.skip += 1
        if tag in ("p", "br", "li", "tr"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("title", "style", "head"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(h):
    p = _Text()
    p.feed(h)
    return "".join(p.out)


# ---------------------------------------------------------------- build
def gmail_date(d, lang):
    if lang == "ja":
        return "%d年%d月%d日(%s) %d:%02d" % (d.year, d.month, d.day, JA_DOW[d.weekday()], d.hour, d.minute)
    h = d.hour % 12 or 12
    return "%s, %s %d, %d at %d:%02d %s" % (DOW[d.weekday()], MON[d.month - 1], d.day, d.year, h,
                                            d.minute, "AM" if d.hour < 12 else "PM")


def effective(n):
    """Return (from, to, date, subject, body) as they appear in the outer message."""
    fw = n.get("fwd")
    if not fw:
        return n["from"], n["to"], n["date"], n["subject"], n["body"]
    inner_date = pdate(n["date"])
    block = ("---------- Forwarded message ---------\n"
             "From: %s <%s>\nDate: %s\nSubject: %s\nTo: <%s>\n\n"
             % (n["from"][0], n["from"][1], gmail_date(inner_date, n["lang"]), n["subject"], n["to"]))
    body = fw["note"].rstrip("\n") + "\n\n" + block + n["body"]
    return fw["from"], fw["to"], fw["date"], fw.get("prefix", "Fwd: ") + n["subject"], body


def refold_subject(raw, subject):
    """Fold an ASCII Subject at spaces (the library sometimes folds right after the colon)."""
    head, rest = raw.split(b"\n\n", 1)
    lines = head.decode("ascii").split("\n")
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith("Subject:"):
            i += 1
            while i < len(lines) and lines[i][:1] in (" ", "\t"):
                i += 1
            words = subject.split(" ")
            cur = "Subject: " + words[0]
            for w in words[1:]:
                if len(cur) + 1 + len(w) > 78:
                    out.append(cur)
                    cur = " " + w
                else:
                    cur += " " + w
            out.append(cur)
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out).encode("ascii") + b"\n\n" + rest


def build(n, idx):
    frm, to, date, subject, body = effective(n)
    d = pdate(date)
    msg = EmailMessage(policy=policy.default)
    msg["Date"] = format_datetime(d)
    msg["From"] = formataddr(frm)
    msg["To"] = to
    msg["Subject"] = subject
    dom = n.get("mid_domain") or frm[1].split("@")[1]
    h = hashlib.sha1(("set-p/%d/%s/%s" % (n["n"], subject, date)).encode()).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:20], h[20:32], dom)
    if n.get("in_reply_to"):
        msg["In-Reply-To"] = n["in_reply_to"]
        msg["References"] = n["in_reply_to"]
    for k, v in n.get("headers", []):
        msg[k] = v
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = n["deadline"] or "none"
    kind = n.get("kind", "plain")
    if n["lang"] == "ja" or any(ord(c) > 127 for c in body):
        cte = "base64" if (n["lang"] == "ja" and idx % 2 == 0) else "quoted-printable"
    else:
        cte = None
    if kind == "html":
        msg.set_content(n.get("html") or to_html(n), subtype="html", charset="utf-8",
                        cte=cte or "quoted-printable")
    else:
        msg.set_content(body, charset="utf-8", cte=cte)
        if kind == "alt":
            msg.add_alternative(n.get("html") or to_html(n), subtype="html", charset="utf-8",
                                cte=cte or "quoted-printable")
    if msg.is_multipart():
        msg.set_boundary("----=_Part_%d_%s" % (int(h[32:40], 16) % 1000000, h[:16]))
    raw = msg.as_bytes(policy=policy.default.clone(linesep="\n"))
    if subject.isascii():
        raw = refold_subject(raw, subject)
    env = parseaddr(formataddr(frm))[1]
    u = d.astimezone(datetime.timezone.utc)
    fromline = "From %s %s %s %2d %02d:%02d:%02d %d" % (env, DOW[u.weekday()], MON[u.month - 1], u.day,
                                                         u.hour, u.minute, u.second, u.year)
    lines = raw.decode("ascii").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    esc = [(">" + l) if l.startswith("From ") else l for l in lines]
    return fromline + "\n" + "\n".join(esc) + "\n"


# ---------------------------------------------------------------- checks
def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    m, ms = MONTHS[d.month - 1], MON[d.month - 1]
    return [iso, "%s %d, %d" % (m, d.day, d.year), "%d %s %d" % (d.day, m, d.year),
            "%s %d, %d" % (ms, d.day, d.year), "%d %s %d" % (d.day, ms, d.year),
            "%d年%d月%d日" % (d.year, d.month, d.day),
            "%d 年 %d 月 %d 日" % (d.year, d.month, d.day), "%d/%02d/%02d" % (d.year, d.month, d.day),
            "%02d.%02d.%d" % (d.day, d.month, d.year), "%s %d" % (m, d.day), "%d %s" % (d.day, m),
            "%d月%d日" % (d.month, d.day)]


WD_PATTERNS = [
    (re.compile(r"\b(%s),? (%s) (\d{1,2}),? (20\d\d)" % ("|".join(WEEKDAYS), "|".join(MONTHS))),
     lambda m: (m.group(1), int(m.group(4)), MONTHS.index(m.group(2)) + 1, int(m.group(3)), "en")),
    (re.compile(r"\b(%s),? (\d{1,2}) (%s),? (20\d\d)" % ("|".join(WEEKDAYS), "|".join(MONTHS))),
     lambda m: (m.group(1), int(m.group(4)), MONTHS.index(m.group(3)) + 1, int(m.group(2)), "en")),
    (re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日\s*[（(]([月火水木金土日])"),
     lambda m: (m.group(4), int(m.group(1)), int(m.group(2)), int(m.group(3)), "ja")),
    (re.compile(r"(20\d\d)/(\d{2})/(\d{2})\s*[（(]([月火水木金土日])"),
     lambda m: (m.group(4), int(m.group(1)), int(m.group(2)), int(m.group(3)), "ja")),
]


def weekday_errors(text):
    errs = []
    for rx, f in WD_PATTERNS:
        for m in rx.finditer(text):
            wd, y, mo, da, kind = f(m)
            real = datetime.date(y, mo, da).weekday()
            ok = (WEEKDAYS[real] == wd) if kind == "en" else (JA_DOW[real] == wd)
            if not ok:
                errs.append(m.group(0))
    return errs


def text_of(part):
    return part.get_content()


def check(path, notices):
    errs = []
    data = open(path, "rb").read()
    if b"\r" in data:
        errs.append("CR found in mbox")
    text = data.decode("ascii", errors="replace")
    if any(ord(c) > 127 for c in data.decode("latin-1")):
        errs.append("non-ASCII byte in mbox")
    lines = text.split("\n")
    fl_re = re.compile(r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) (%s) [ 123]\d \d\d:\d\d:\d\d \d{4}$"
                       % "|".join(MON))
    msgs, cur = [], None
    for i, l in enumerate(lines):
        if l.startswith("From "):
            if not fl_re.match(l):
                errs.append("bad From_ line: %r" % l)
            if i > 0 and lines[i - 1] != "":
                errs.append("no blank line before From_ at line %d" % (i + 1))
            cur = []
            msgs.append(cur)
        elif cur is None:
            errs.append("data before first From_ line")
        else:
            cur.append(l[1:] if l.startswith(">From ") else l)
    if len(msgs) != len(notices):
        errs.append("message count %d != %d" % (len(msgs), len(notices)))
    seen_ids = set()
    stats = collections.Counter()
    table = collections.defaultdict(collections.Counter)
    for n, body_lines in zip(notices, msgs):
        tag = "#%d" % n["n"]
        raw = "\n".join(body_lines).encode("ascii", errors="replace")
        hdr_block = raw.split(b"\n\n", 1)[0]
        try:
            hdr_block.decode("ascii")
        except UnicodeDecodeError:
            errs.append(tag + " non-ASCII header")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version", "Content-Type",
                  "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                errs.append("%s missing %s" % (tag, h))
        mid = msg["Message-ID"]
        if mid in seen_ids:
            errs.append(tag + " duplicate Message-ID")
        seen_ids.add(mid)
        frm, to, date, subject, body = effective(n)
        if str(msg["Subject"]) != subject:
            errs.append(tag + " subject round-trip mismatch")
        label = str(msg["X-Training-Label"])
        dl = str(msg["X-Training-Deadline"])
        if label != n["label"] or label not in LABELS:
            errs.append(tag + " bad label " + label)
        if dl != (n["deadline"] or "none"):
            errs.append(tag + " deadline header mismatch")
        hd = parsedate_to_datetime(str(msg["Date"]))
        if not (hd.year == 2027 and hd.month == 2):
            errs.append(tag + " Date not in February 2027")
        if hd.date() != hd.astimezone(datetime.timezone.utc).date():
            errs.append(tag + " local date differs from UTC date")
        if dl != "none":
            if not re.match(r"^\d{4}-\d{2}-\d{2}$", dl):
                errs.append(tag + " bad deadline format")
            elif datetime.date.fromisoformat(dl) <= hd.date():
                errs.append(tag + " deadline not after Date header")
            if label in ("informational", "billing", "security-advisory") and not n.get("explicit"):
                errs.append(tag + " deadline on %s without explicit act-by flag" % label)
        rel = n.get("rel")
        if rel:
            base = pdate(n["date"]).date()
            exp = add_days(base, rel[0], rel[1]).isoformat()
            if exp != dl:
                errs.append("%s relative deadline %s != %s" % (tag, exp, dl))
        elif dl != "none":
            if not any(f in body or f in subject for f in date_forms(dl)):
                errs.append(tag + " deadline date not stated in text")
        # content
        kind = n.get("kind", "plain")
        leaves = [p for p in msg.walk() if not p.is_multipart()]
        exp_types = {"plain": ["text/plain"], "alt": ["text/plain", "text/html"], "html": ["text/html"]}[kind]
        if [p.get_content_type() for p in leaves] != exp_types:
            errs.append(tag + " MIME structure %s" % [p.get_content_type() for p in leaves])
        if kind == "alt" and msg.get_content_type() != "multipart/alternative":
            errs.append(tag + " not multipart/alternative")
        for p in leaves:
            if (p.get_content_charset() or "").lower() != "utf-8":
                errs.append(tag + " charset not utf-8")
            content = text_of(p)
            cte = (p["Content-Transfer-Encoding"] or "7bit").lower()
            if any(ord(c) > 127 for c in content) and cte not in ("quoted-printable", "base64"):
                errs.append(tag + " non-ASCII text with CTE " + cte)
        if kind in ("plain", "alt"):
            if leaves[0].get_content().rstrip("\n") != body.rstrip("\n"):
                errs.append(tag + " plain body round-trip mismatch")
        visible = body if kind != "html" else html_text(leaves[-1].get_content())
        if kind == "html" and re.sub(r"\s+", "", visible) != re.sub(r"\s+", "", body.replace("・", "").replace("- ", "")):
            pass  # list markers are dropped in HTML; loose check below
        if kind != "plain":
            h = leaves[-1].get_content()
            if not h.lstrip().lower().startswith("<!doctype html"):
                errs.append(tag + " html part malformed")
        # size
        if n["lang"] == "en":
            w = len(re.findall(r"[A-Za-z0-9][\w'./:@-]*", visible))
            stats["words_min"] = min(stats.get("words_min", 10 ** 6), w)
            stats["words_max"] = max(stats.get("words_max", 0), w)
            if not 110 <= w <= 460:
                errs.append("%s English body has %d words" % (tag, w))
        else:
            c = len(re.sub(r"\s", "", visible))
            if not 300 <= c <= 1800:
                errs.append("%s Japanese body has %d characters" % (tag, c))
            if not re.search(r"[\u3040-\u30ff]", body) or not re.search(r"[\u3040-\u30ff]", subject + body):
                errs.append(tag + " marked ja without kana")
        for line in body.split("\n"):
            if line.startswith(">From "):
                errs.append(tag + " source line starts with >From (ambiguous in mboxo)")
        for e in weekday_errors(body + "\n" + subject):
            errs.append("%s weekday mismatch: %s" % (tag, e))
        # domains and addresses
        for addr in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", body + " " + to):
            if any(w in addr.lower() for w in CUSTOMER_WORDS) and not addr.lower().endswith(".example"):
                errs.append("%s customer address not under .example: %s" % (tag, addr))
        for dom in re.findall(r"\b(?:[\w-]+\.)+[a-z]{2,}\b", body.lower()):
            if any(w in dom for w in CUSTOMER_WORDS) and not dom.endswith(".example"):
                errs.append("%s customer domain not under .example: %s" % (tag, dom))
        if not parseaddr(to)[1].endswith("tamagawa-cp.example"):
            errs.append(tag + " To is not a Tamagawa mailbox")
        # stats
        stats["total"] += 1
        stats["lang_" + n["lang"]] += 1
        stats["kind_" + kind] += 1
        if n.get("fwd"):
            stats["forwards"] += 1
            if "---------- Forwarded message ---------" not in body:
                errs.append(tag + " forward without block")
        if n.get("in_reply_to"):
            stats["replies"] += 1
        if n.get("bland"):
            stats["bland_subjects"] += 1
        if n.get("provider") == "aws":
            stats["aws"] += 1
        table[label][n["lang"]] += 1
        table[label]["total"] += 1
        if dl != "none":
            table[label]["deadline"] += 1
            stats["with_deadline"] += 1
    for lab, want in LABELS.items():
        if table[lab]["total"] != want:
            errs.append("label %s count %d != %d" % (lab, table[lab]["total"], want))
    if len({n["n"] for n in notices}) != len(notices):
        errs.append("duplicate notice numbers")
    return errs, stats, table


def main():
    # mailbox order: by the Date header of the (outer) message, as delivered
    notices = sorted(ALL, key=lambda n: (pdate(effective(n)[2]).astimezone(datetime.timezone.utc), n["n"]))
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        for i, n in enumerate(notices):
            if i:
                f.write("\n")
            f.write(build(n, i))
    errs, stats, table = check(OUT, notices)
    print("messages: %d" % stats["total"])
    print("%-18s %7s %8s %6s %9s" % ("label", "English", "Japanese", "total", "deadline"))
    for lab in LABELS:
        t = table[lab]
        print("%-18s %7d %8d %6d %9d" % (lab, t["en"], t["ja"], t["total"], t["deadline"]))
    for k in sorted(stats):
        if k != "total":
            print("%s: %s" % (k, stats[k]))
    providers = collections.Counter(n.get("provider", "?") for n in notices)
    print("providers:", ", ".join("%s=%d" % kv for kv in sorted(providers.items())))
    if "--markdown" in sys.argv:
        print("\n| Label | English | Japanese | Total | With deadline |\n|---|---:|---:|---:|---:|")
        tot = collections.Counter()
        for lab in LABELS:
            t = table[lab]
            print("| %s | %d | %d | %d | %d |" % (lab, t["en"], t["ja"], t["total"], t["deadline"]))
            for k in ("en", "ja", "total", "deadline"):
                tot[k] += t[k]
        print("| **total** | %d | %d | %d | %d |" % (tot["en"], tot["ja"], tot["total"], tot["deadline"]))
    if errs:
        print("\nPROBLEMS (%d):" % len(errs))
        for e in errs:
            print("  " + e)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
