#!/usr/bin/env python3
"""Build and check the set-s blind validation mbox (100 fictional provider notices).

Deterministic: writes set-s.mbox next to this file, re-reads it, checks it,
prints counts. Exits 1 on any problem. Python 3 standard library only.
"""
import collections
import datetime as dt
import email
import email.charset
import email.header
import email.policy
import email.utils
import hashlib
import html
import os
import re
import sys
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import FOOTERS, PROVIDER_DOMAINS, MSP  # noqa: E402
import n_aws1, n_aws2, n_ja, n_oth1, n_oth2  # noqa: E402

OUT = os.path.join(HERE, "set-s.mbox")

LABELS = {"abuse": 10, "security-incident": 12, "action-required": 28,
          "security-advisory": 8, "maintenance": 12, "pricing": 8,
          "billing": 8, "informational": 14}

FWD_MARK = "---------- Forwarded message ---------"


def all_notices():
    out = []
    for mod in (n_aws1, n_aws2, n_ja, n_oth1, n_oth2):
        out.extend(mod.NOTICES)
    return out


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def resolve_deadline(n):
    d = n["dl"]
    base = parse_date(n["date"]).date()
    if isinstance(d, tuple):
        kind, k = d
        if kind == "days":
            return (base + dt.timedelta(days=k)).isoformat()
        if kind == "bdays":
            cur = base
            left = k
            while left:
                cur += dt.timedelta(days=1)
                if cur.weekday() < 5:
                    left -= 1
            return cur.isoformat()
        raise ValueError(d)
    return d


def cs_for(text):
    c = email.charset.Charset("utf-8")
    if all(ord(ch) < 128 for ch in text):
        c.body_encoding = email.charset.QP
    else:
        # Japanese and other non-ASCII text: base64
        c.body_encoding = email.charset.BASE64
    c.header_encoding = email.charset.BASE64
    return c


def text_part(text, subtype):
    return MIMEText(text, subtype, cs_for(text))


URL_RE = re.compile(r"https?://[^\s<>\"')\]]+")


def to_html(text, title):
    out = []
    for para in re.split(r"\n\s*\n", text):
        esc = html.escape(para)
        esc = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(0), m.group(0)), esc)
        esc = esc.replace("\n", "<br>\n")
        out.append("<p style=\"margin:0 0 14px 0\">%s</p>" % esc)
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%s</title>\n</head>\n"
            "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f\">\n"
            "<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:24px\">\n"
            "%s\n</td></tr></table>\n</body>\n</html>\n") % (html.escape(title), "\n".join(out))


def hdr(value):
    if all(ord(c) < 128 for c in value):
        return value
    return email.header.Header(value, "utf-8").encode()


def addr(pair):
    name, a = pair
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, a))
    return email.utils.formataddr((name, a), charset="utf-8")


def fmt_date(s):
    return email.utils.format_datetime(parse_date(s))


def msgid(n, dom):
    h = hashlib.sha1(("set-s/" + n["id"]).encode()).hexdigest()[:16]
    return "<%s.%s@%s>" % (parse_date(n["date"]).strftime("%Y%m%d%H%M%S"), h, dom)


def full_body(n):
    body = n["body"]
    foot = FOOTERS[n["foot"]].format(ref=n["ref"]) if n["foot"] != "none" else ""
    if foot:
        body = body + "\n\n" + foot
    if n["wrap"] == "fwd":
        f = n["fwd"]
        ja = n["lang"] == "ja"
        od = parse_date(n["date"])
        block = "\n".join([
            FWD_MARK,
            ("差出人: " if ja else "From: ") + "%s <%s>" % n["frm"],
            (("日付: %d年%d月%d日(%s) %s" % (od.year, od.month, od.day, "月火水木金土日"[od.weekday()], od.strftime("%H:%M")))
             if ja else "Date: %s, %s %d, %d at %s" % (od.strftime("%a"), od.strftime("%b"), od.day, od.year,
                                                       od.strftime("%I:%M %p").lstrip("0"))),
            ("件名: " if ja else "Subject: ") + n["subj"],
            ("To: ") + n["to"],
        ])
        body = f["note"].strip("\n") + "\n\n" + block + "\n\n\n" + body
    return body + "\n"


def build(n):
    body = full_body(n)
    subj = n["subj"]
    frm, date, to = n["frm"], n["date"], n["to"]
    if n["wrap"] == "fwd":
        subj = ("Fwd: " if n["lang"] == "en" else "Fwd: ") + subj
        frm, date = n["fwd"]["frm"], n["fwd"]["date"]
        to = n["fwd"].get("to", to)
    if n["kind"] == "plain":
        msg = text_part(body, "plain")
    elif n["kind"] == "html":
        msg = text_part(to_html(body, subj), "html")
    else:
        msg = MIMEMultipart("alternative")
        msg.set_boundary("=_set-s_%s_%s" % (n["id"], hashlib.sha1(n["id"].encode()).hexdigest()[:12]))
        msg.attach(text_part(body, "plain"))
        msg.attach(text_part(to_html(body, subj), "html"))
    dom = frm[1].split("@")[1]
    # header order: put standard headers first
    for k in list(msg.keys()):
        pass
    head = [
        ("Date", fmt_date(date)),
        ("From", addr(frm)),
        ("To", to),
    ]
    if n.get("cc"):
        head.append(("Cc", n["cc"]))
    head += [
        ("Subject", hdr(subj)),
        ("Message-ID", msgid(n, dom)),
    ]
    if n["wrap"] == "reply":
        ref = "<case-%s.orig@%s>" % (n["id"], MSP)
        head += [("In-Reply-To", ref), ("References", ref)]
    head += [
        ("X-Training-Label", n["label"]),
        ("X-Training-Deadline", resolve_deadline(n)),
    ]
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in head:
        msg[k] = v
    for k, v in existing:
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg, frm[1], date


def from_line(sender, date):
    u = parse_date(date).astimezone(dt.timezone.utc)
    return "From %s %s %s %2d %s" % (sender, u.strftime("%a"), u.strftime("%b"),
                                     u.day, u.strftime("%H:%M:%S %Y"))


def serialize(msg):
    text = msg.as_string(policy=email.policy.compat32.clone(linesep="\n", max_line_length=78))
    lines = text.split("\n")
    lines = [(">" + l) if l.startswith("From ") else l for l in lines]
    text = "\n".join(lines)
    if not text.endswith("\n"):
        text += "\n"
    return text


def write(notices):
    chunks = []
    for n in notices:
        msg, sender, date = build(n)
        chunks.append(from_line(sender, date) + "\n" + serialize(msg))
    data = "\n".join(chunks)
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write(data)


# ---------------------------------------------------------------- checks

WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
WD_RE = re.compile(r"\b(%s),? (%s) (\d{1,2}),? (\d{4})" % ("|".join(WEEKDAYS_EN), "|".join(MONTHS_EN)))
JA_WD = "月火水木金土日"
JA_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日\s*[（(]([月火水木金土日])[）)]")
EN_WD_RE2 = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (%s) (\d{1,2}),? (\d{4})" % "|".join(MONTHS_EN))
DOM_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URLDOM_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")


def allowed_domain(d):
    d = d.lower().rstrip(".")
    if d.endswith(".example") or d == "example":
        return True
    if re.match(r"^\d+\.\d+\.\d+\.\d+$", d):
        return True
    for p in PROVIDER_DOMAINS | EXTRA_DOMAINS:
        if d == p or d.endswith("." + p):
            return True
    return False


# other real, non-customer domains that appear in links (standards bodies, etc.)
EXTRA_DOMAINS = {"devguide.python.org", "go.microsoft.com", "acm-validations.aws",
                 "help.ovhcloud.com", "fastlystatus.com", "support.conoha.jp",
                 "help.sakura.ad.jp", "biz.kddi.com", "jpn.nec.com", "nvd.nist.gov",
                 "cve.org", "www.cve.org", "jvn.jp", "cloudflarestatus.com",
                 "githubstatus.com", "status.linode.com", "learn.microsoft.com",
                 "docs.oracle.com", "status.heroku.com", "kubernetes.io",
                 "nodejs.org", "php.net", "ubuntu.com", "status.mongodb.com",
                 "docs.snowflake.com", "community.snowflake.com", "trust.mongodb.com",
                 "status.gitlab.com", "postgresql.org", "www.postgresql.org",
                 "jpcert.or.jp", "www.jpcert.or.jp", "ipa.go.jp", "www.ipa.go.jp",
                 "status.aws.amazon.com", "status.cloud.google.com", "status.hetzner.com",
                 "docs.hetzner.com", "status.digitalocean.com", "docs.digitalocean.com",
                 "nta.go.jp", "www.nta.go.jp", "salesforce.com", "docs.datadoghq.com",
                 "status.datadoghq.com", "help.twilio.com", "support.sendgrid.com",
                 "docs.sendgrid.com", "www.alibabacloud.com", "docs.vercel.com",
                 "docs.netlify.com", "docs.gitlab.com", "support.atlassian.com",
                 "status.atlassian.com", "www.atlassian.com", "www.cloudflare.com",
                 "developers.cloudflare.com", "www.fastly.com", "docs.fastly.com",
                 "www.linode.com", "techdocs.akamai.com", "www.ovhcloud.com",
                 "www.mongodb.com", "www.snowflake.com", "www.datadoghq.com",
                 "www.twilio.com", "www.sendgrid.com", "www.xserver.ne.jp",
                 "www.sakura.ad.jp", "www.conoha.jp", "www.ntt.com", "www.iij.ad.jp",
                 "www.fujitsu.com", "endoflife.date", "oracle.com", "oraclecloud.com",
                 "docs.cloud.oracle.com", "signin.aws", "verify.signin.aws",
                 "global.fujitsu", "sdpf.ntt.com", "gserviceaccount.com", "github.blog", "docs.sakura.ad.jp", "ssl.gstatic.com"}


def decode_text(part):
    payload = part.get_payload(decode=True)
    cs = part.get_content_charset()
    return payload.decode(cs or "ascii")


def words(text, lang):
    text = re.sub(r"<[^>]+>", " ", text)
    if lang == "ja":
        return len(re.sub(r"\s", "", text)) // 2  # rough: 2 characters per word
    return len(re.findall(r"[A-Za-z0-9][\w'.-]*", text))


def check(notices):
    problems = []
    raw = open(OUT, "rb").read()
    if b"\r" in raw:
        problems.append("CR found in mbox")
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        problems.append("non-ASCII bytes in mbox")
    text = raw.decode("ascii", "replace")
    lines = text.split("\n")
    # split on mboxo From_ lines (each preceded by a blank line except the first)
    starts = [i for i, l in enumerate(lines) if l.startswith("From ")]
    if not starts or starts[0] != 0:
        problems.append("mbox does not start with a From_ line")
    for i in starts[1:]:
        if lines[i - 1] != "":
            problems.append("From_ line %d not preceded by blank line" % i)
    fl_re = re.compile(r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4}$")
    for i in starts:
        if not fl_re.match(lines[i]):
            problems.append("bad From_ line: %r" % lines[i])
    if len(starts) != len(notices):
        problems.append("message count %d != %d" % (len(starts), len(notices)))
    msgs = []
    bounds = starts + [len(lines) + 1]
    for a, b in zip(bounds, bounds[1:]):
        chunk = "\n".join(lines[a + 1:b - 1])
        msgs.append(email.message_from_string(chunk))

    ids = set()
    stats = collections.Counter()
    per_label = collections.defaultdict(collections.Counter)
    providers = collections.Counter()
    for n, m in zip(notices, msgs):
        tag = n["id"]
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                problems.append("%s: missing %s" % (tag, h))
        if m["Message-ID"] in ids:
            problems.append("%s: duplicate Message-ID" % tag)
        ids.add(m["Message-ID"])
        if n["id"] in stats:
            problems.append("%s: duplicate id" % tag)
        stats[n["id"]] += 1
        label = m["X-Training-Label"]
        if label not in LABELS:
            problems.append("%s: bad label %r" % (tag, label))
        dl = m["X-Training-Deadline"]
        mdate = email.utils.parsedate_to_datetime(m["Date"])
        if dl != "none":
            if not re.match(r"^\d{4}-\d\d-\d\d$", dl or ""):
                problems.append("%s: bad deadline %r" % (tag, dl))
            elif dt.date.fromisoformat(dl) <= mdate.date():
                problems.append("%s: deadline %s not after Date %s" % (tag, dl, mdate.date()))
        if not (dt.date(2027, 4, 1) <= mdate.date() <= dt.date(2027, 4, 30)):
            problems.append("%s: Date not in April 2027" % tag)
        to = m["To"]
        if not to.endswith("@" + MSP):
            problems.append("%s: To not at MSP: %s" % (tag, to))
        subj = str(email.header.make_header(email.header.decode_header(m["Subject"])))
        if subj != (n["subj"] if n["wrap"] != "fwd" else "Fwd: " + n["subj"]):
            problems.append("%s: subject round-trip mismatch" % tag)
        sender = email.utils.parseaddr(m["From"])[1]
        sd = sender.split("@")[1]
        if n["wrap"] == "fwd":
            if sd != MSP:
                problems.append("%s: forward not from MSP colleague" % tag)
        elif not allowed_domain(sd) or sd.endswith(".example"):
            problems.append("%s: provider sender domain not a real provider domain: %s" % (tag, sd))
        # parts
        parts = [p for p in m.walk() if p.get_content_maintype() == "text"]
        ctypes = [p.get_content_type() for p in parts]
        kind = n["kind"]
        exp = {"plain": ["text/plain"], "html": ["text/html"],
               "alt": ["text/plain", "text/html"]}[kind]
        if ctypes != exp:
            problems.append("%s: parts %s != %s" % (tag, ctypes, exp))
        if kind == "alt" and m.get_content_type() != "multipart/alternative":
            problems.append("%s: not multipart/alternative" % tag)
        full = ""
        for p in parts:
            if (p.get_content_charset() or "").lower() != "utf-8":
                problems.append("%s: part charset not utf-8" % tag)
            t = decode_text(p)
            cte = (p["Content-Transfer-Encoding"] or "").lower()
            if any(ord(c) > 127 for c in t) and cte not in ("quoted-printable", "base64"):
                problems.append("%s: non-ASCII body with CTE %s" % (tag, cte))
            full += t + "\n"
        plain = decode_text(parts[0])
        if kind == "html":
            plain = html.unescape(re.sub(r"<[^>]+>", "", plain))
        wc = words(plain, n["lang"])
        if wc < 110 or wc > 520:
            problems.append("%s: body length %d words out of range" % (tag, wc))
        stats["words_total"] += wc
        # language
        has_ja = bool(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", plain))
        if (n["lang"] == "ja") != has_ja:
            problems.append("%s: language mismatch" % tag)
        # forwards / replies
        if n["wrap"] == "fwd":
            if FWD_MARK not in plain:
                problems.append("%s: forward marker missing" % tag)
            if isinstance(n["dl"], tuple):
                problems.append("%s: relative deadline inside forward" % tag)
        if n["wrap"] == "reply" and not subj.startswith("Re:"):
            problems.append("%s: reply subject without Re:" % tag)
        # weekday consistency for explicit dates
        for mo in WD_RE.finditer(plain):
            wd, mon, day, yr = mo.groups()
            d = dt.date(int(yr), MONTHS_EN.index(mon) + 1, int(day))
            if WEEKDAYS_EN[d.weekday()] != wd:
                problems.append("%s: weekday mismatch %r" % (tag, mo.group(0)))
        for mo in EN_WD_RE2.finditer(plain):
            wd, mon, day, yr = mo.groups()
            d = dt.date(int(yr), MONTHS_EN.index(mon) + 1, int(day))
            if WEEKDAYS_EN[d.weekday()][:3] != wd:
                problems.append("%s: weekday mismatch %r" % (tag, mo.group(0)))
        for mo in JA_RE.finditer(plain):
            yr, mon, day, wd = mo.groups()
            d = dt.date(int(yr), int(mon), int(day))
            if JA_WD[d.weekday()] != wd:
                problems.append("%s: weekday mismatch %r" % (tag, mo.group(0)))
        # domains in addresses and links
        for d in DOM_RE.findall(full) + URLDOM_RE.findall(full):
            if not allowed_domain(d):
                problems.append("%s: unexpected domain %s" % (tag, d))
        # counts
        lang = n["lang"]
        per_label[label][lang] += 1
        if dl != "none":
            per_label[label]["deadline"] += 1
        stats["lang_" + lang] += 1
        stats["kind_" + kind] += 1
        if n["wrap"]:
            stats["wrap_" + n["wrap"]] += 1
        if n["bland"]:
            stats["bland"] += 1
        prov = n["frm"][1].split("@")[1]
        providers[prov] += 1
        if "amazon" in prov or "aws" in prov:
            stats["aws"] += 1

    for lab, k in LABELS.items():
        got = sum(v for kk, v in per_label[lab].items() if kk in ("en", "ja"))
        if got != k:
            problems.append("label %s: %d != %d" % (lab, got, k))
    if len(notices) != 100:
        problems.append("notice count %d != 100" % len(notices))
    soft = [("aws", 42, 48), ("lang_ja", 18, 22), ("kind_alt", 11, 13), ("kind_html", 7, 9),
            ("wrap_fwd", 4, 6), ("wrap_reply", 3, 4), ("bland", 28, 38)]
    for key, lo, hi in soft:
        if not lo <= stats[key] <= hi:
            problems.append("%s = %d outside [%d, %d]" % (key, stats[key], lo, hi))
    return problems, per_label, stats, providers


def main():
    notices = all_notices()
    write(notices)
    problems, per_label, stats, providers = check(notices)
    print("messages: %d" % len(notices))
    print("%-18s %7s %8s %6s %9s" % ("label", "English", "Japanese", "total", "deadline"))
    tot = collections.Counter()
    for lab in LABELS:
        c = per_label[lab]
        print("%-18s %7d %8d %6d %9d" % (lab, c["en"], c["ja"], c["en"] + c["ja"], c["deadline"]))
        for k in ("en", "ja", "deadline"):
            tot[k] += c[k]
    print("%-18s %7d %8d %6d %9d" % ("total", tot["en"], tot["ja"], tot["en"] + tot["ja"], tot["deadline"]))
    print("AWS: %d  Japanese: %d  plain: %d  multipart/alternative: %d  HTML-only: %d  forwards: %d  replies: %d  bland subjects: %d"
          % (stats["aws"], stats["lang_ja"], stats["kind_plain"], stats["kind_alt"], stats["kind_html"],
             stats["wrap_fwd"], stats["wrap_reply"], stats["bland"]))
    print("mean body words: %d" % (stats["words_total"] // max(1, len(notices))))
    if "--providers" in sys.argv:
        for p, c in sorted(providers.items(), key=lambda x: (-x[1], x[0])):
            print("  %-40s %d" % (p, c))
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
