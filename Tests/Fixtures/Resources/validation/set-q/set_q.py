#!/usr/bin/env python3
"""Build and check set-q.mbox: 100 fictional cloud-provider notices (March 2027).

Deterministic: no randomness, no current time. Standard library only.
Writes set-q.mbox next to this script, re-reads it, checks it, prints counts.
Exit status 1 on any problem.
"""
import collections
import datetime
import email
import email.policy
import email.utils
import hashlib
import html
import mailbox
import os
import re
import sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import q_aws_ar, q_aws_other, q_aws_more, q_jp, q_other_a, q_other_b  # noqa: E402
from q_common import to_html  # noqa: E402

MODULES = [q_aws_ar, q_aws_other, q_aws_more, q_jp, q_other_a, q_other_b]
OUT = os.path.join(HERE, "set-q.mbox")

EXPECTED = {"abuse": 10, "security-incident": 12, "action-required": 28,
            "security-advisory": 8, "maintenance": 12, "pricing": 8,
            "billing": 8, "informational": 14}

BRAND = {"AWS": "#232f3e", "Google Cloud": "#1a73e8", "Google Workspace": "#1a73e8",
         "Azure": "#0078d4", "Microsoft 365": "#0078d4", "Atlassian": "#0052cc",
         "Datadog": "#632ca6", "Vercel": "#000000", "Netlify": "#014847",
         "MongoDB Atlas": "#00684a", "GitHub": "#24292f", "Snowflake": "#29b5e8",
         "Xserver": "#0a3d7a"}


def all_notices():
    out = []
    for m in MODULES:
        out.extend(m.NOTICES)
    return out


def parse_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def add_business_days(d, n):
    while n > 0:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def msgid(n):
    dom = email.utils.parseaddr(n["frm"])[1].split("@")[1]
    h = hashlib.sha1(n["id"].encode()).hexdigest()[:20]
    return "<%s.%s@%s>" % (n["id"], h, dom)


def build(n):
    m = EmailMessage(policy=email.policy.default)
    dt = parse_date(n["date"])
    m["Date"] = email.utils.format_datetime(dt)
    m["From"] = n["frm"]
    m["To"] = n["to"]
    if n.get("cc"):
        m["Cc"] = n["cc"]
    m["Subject"] = n["subject"]
    m["Message-ID"] = msgid(n)
    if n.get("in_reply_to"):
        m["In-Reply-To"] = n["in_reply_to"]
        m["References"] = n["in_reply_to"]
    m["MIME-Version"] = "1.0"
    m["X-Training-Label"] = n["label"]
    m["X-Training-Deadline"] = n["deadline"]
    cte = "base64" if n["lang"] == "ja" else "quoted-printable"
    body = n["body"].strip("\n") + "\n"
    title = n.get("html_title") or n["subject"]
    if n["fmt"] == "plain":
        m.set_content(body, subtype="plain", charset="utf-8", cte=cte)
    elif n["fmt"] == "alt":
        m.set_content(body, subtype="plain", charset="utf-8", cte=cte)
        m.add_alternative(to_html(body, BRAND.get(n["provider"], "#333333"), title),
                          subtype="html", charset="utf-8", cte=cte)
    elif n["fmt"] == "html":
        m.set_content(to_html(body, BRAND.get(n["provider"], "#333333"), title),
                      subtype="html", charset="utf-8", cte=cte)
    else:
        raise ValueError(n["fmt"])
    if m.is_multipart():
        # fixed boundary so that the output is byte-for-byte reproducible
        m.set_boundary("=_set-q_%s" % hashlib.sha1(("b" + n["id"]).encode()).hexdigest()[:24])
    # MIME-Version is set explicitly above; keep a single copy
    if len(m.get_all("MIME-Version")) > 1:
        del m["MIME-Version"]
        m["MIME-Version"] = "1.0"
    return m


def from_line(n):
    addr = email.utils.parseaddr(n["frm"])[1]
    dt = parse_date(n["date"]).astimezone(datetime.timezone.utc)
    return "From %s %s" % (addr, dt.strftime("%a %b %d %H:%M:%S %Y").replace(
        " %02d " % dt.day, " %2d " % dt.day, 1))


def refold_headers(lines):
    """Work around the email package folding 'Name:' alone on the first line:
    re-fold such headers at whitespace so the first line carries text."""
    out = []
    i = 0
    in_head = True
    while i < len(lines):
        l = lines[i]
        if in_head and l == "":
            in_head = False
        if in_head and re.fullmatch(r"[A-Za-z-]+:", l) and i + 1 < len(lines) \
                and lines[i + 1].startswith(" "):
            j = i + 1
            parts = []
            while j < len(lines) and lines[j].startswith((" ", "\t")):
                parts.append(lines[j].strip())
                j += 1
            words = (l + " " + " ".join(parts)).split(" ")
            cur = words[0]
            for w in words[1:]:
                if len(cur) + 1 + len(w) > 78 and cur.strip() != l:
                    out.append(cur)
                    cur = " " + w
                else:
                    cur += " " + w
            out.append(cur)
            i = j
            continue
        out.append(l)
        i += 1
    return out


def write_mbox(notices):
    chunks = []
    for n in notices:
        raw = build(n).as_bytes(policy=email.policy.default.clone(linesep="\n")).decode("ascii")
        lines = refold_headers(raw.split("\n"))
        lines = [(">" + l) if l.startswith("From ") else l for l in lines]
        text = "\n".join(lines).rstrip("\n") + "\n"
        chunks.append(from_line(n) + "\n" + text)
    data = "\n".join(chunks)
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write(data)


# ---------------------------------------------------------------- checks
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def date_forms(d):
    M = MONTHS[d.month - 1]
    forms = [d.isoformat(), "%s %d, %d" % (M, d.day, d.year), "%d %s %d" % (d.day, M, d.year),
             "%s %d, %d" % (M[:3], d.day, d.year), "%d %s %d" % (d.day, M[:3], d.year),
             "%d年%d月%d日" % (d.year, d.month, d.day), "%d 年 %d 月 %d 日" % (d.year, d.month, d.day),
             "%d/%02d/%02d" % (d.year, d.month, d.day), "%d/%d/%d" % (d.year, d.month, d.day),
             "%02d/%02d/%d" % (d.month, d.day, d.year), "%s %d %d" % (M, d.day, d.year),
             "%d.%02d.%d" % (d.day, d.month, d.year)]
    return forms


def text_of(msg):
    parts = []
    for p in msg.walk():
        if p.get_content_maintype() == "text":
            t = p.get_content()
            if p.get_content_subtype() == "html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            parts.append(t)
    return "\n".join(parts)


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
    from_re = re.compile(r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                         r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d "
                         r"\d\d:\d\d:\d\d \d{4}$")
    lines = text.split("\n")
    starts = [i for i, l in enumerate(lines) if l.startswith("From ")]
    if len(starts) != len(notices):
        problems.append("From_ lines: %d != %d" % (len(starts), len(notices)))
    for i in starts:
        if not from_re.match(lines[i]):
            problems.append("bad From_ line: %r" % lines[i])
        if i > 0 and lines[i - 1] != "":
            problems.append("no blank line before From_ at line %d" % (i + 1))

    box = mailbox.mbox(OUT, create=False)
    msgs = [email.message_from_bytes(m.as_bytes(), policy=email.policy.default) for m in box]
    box.close()
    if len(msgs) != 100 or len(notices) != 100:
        problems.append("message count %d / notices %d (want 100)" % (len(msgs), len(notices)))
    ids = set()
    labels = collections.Counter()
    for n, m in zip(notices, msgs):
        tag = n["id"]
        if n["id"] in ids:
            problems.append("%s: duplicate id" % tag)
        ids.add(n["id"])
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                problems.append("%s: missing %s" % (tag, h))
        if str(m["Subject"]) != n["subject"]:
            problems.append("%s: subject round-trip mismatch" % tag)
        lab = str(m["X-Training-Label"])
        if lab not in EXPECTED:
            problems.append("%s: bad label %s" % (tag, lab))
        labels[lab] += 1
        dl = str(m["X-Training-Deadline"])
        for p in m.walk():
            if p.get_content_maintype() == "text":
                if (p.get_content_charset() or "").lower() != "utf-8":
                    problems.append("%s: charset not utf-8" % tag)
                if p["Content-Transfer-Encoding"] not in ("quoted-printable", "base64"):
                    problems.append("%s: CTE %s" % (tag, p["Content-Transfer-Encoding"]))
        exp_type = {"plain": "text/plain", "alt": "multipart/alternative",
                    "html": "text/html"}[n["fmt"]]
        if m.get_content_type() != exp_type:
            problems.append("%s: content type %s != %s" % (tag, m.get_content_type(), exp_type))
        dt = email.utils.parsedate_to_datetime(str(m["Date"]))
        if not (datetime.datetime(2027, 3, 1, tzinfo=dt.tzinfo) <= dt
                < datetime.datetime(2027, 4, 1, tzinfo=dt.tzinfo)):
            problems.append("%s: Date outside March 2027" % tag)
        body = text_of(m)
        alltext = n["subject"] + "\n" + body
        if dl != "none":
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", dl):
                problems.append("%s: bad deadline %s" % (tag, dl))
                continue
            d = datetime.date.fromisoformat(dl)
            if d <= dt.date():
                problems.append("%s: deadline %s not after Date %s" % (tag, dl, dt.date()))
            if n["rel"]:
                kind, k = n["rel"]
                want = (dt.date() + datetime.timedelta(days=k)) if kind == "cal" \
                    else add_business_days(dt.date(), k)
                if want != d:
                    problems.append("%s: relative deadline %s != %s" % (tag, dl, want))
            elif not any(f in alltext for f in date_forms(d)):
                problems.append("%s: deadline %s not mentioned in text" % (tag, dl))
        elif n["rel"]:
            problems.append("%s: rel given but deadline none" % tag)
        # length
        plain = re.sub(r"https?://\S+", "", body)
        if n["lang"] == "ja":
            cjk = len(re.findall(r"[\u3040-\u30ff\u4e00-\u9fff]", plain))
            if cjk < 200:
                problems.append("%s: Japanese body short (%d chars)" % (tag, cjk))
        else:
            words = len(plain.split())
            if words < 110:
                problems.append("%s: body short (%d words)" % (tag, words))
        if n["kind"] == "fwd" and "---------- Forwarded message ---------" not in body:
            problems.append("%s: forward without forwarded block" % tag)
        if n["kind"] == "reply" and not n["subject"].lower().startswith("re:"):
            problems.append("%s: reply subject" % tag)
        # customer / MSP addresses must be under .example
        for addr in re.findall(r"[\w.+-]+@([\w.-]+)", body + " " + str(m["To"]) + " " + str(m["From"])):
            if not addr.rstrip(".").endswith(".example") and not addr.rstrip(".").endswith(".example.com") \
                    and not addr.rstrip(".").endswith((".example.jp", ".example.net", ".example.co.jp", ".example.ad.jp")):
                problems.append("%s: address domain not reserved: %s" % (tag, addr))
    for k, v in EXPECTED.items():
        if labels[k] != v:
            problems.append("label %s: %d != %d" % (k, labels[k], v))
    return problems, msgs


def main():
    notices = all_notices()
    write_mbox(notices)
    problems, msgs = check(notices)
    c = collections.Counter()
    for n in notices:
        c[(n["label"], n["lang"])] += 1
        if n["deadline"] != "none":
            c[(n["label"], "dl")] += 1
    print("%-18s %5s %5s %5s %8s" % ("label", "en", "ja", "total", "deadline"))
    for lab in EXPECTED:
        print("%-18s %5d %5d %5d %8d" % (lab, c[(lab, "en")], c[(lab, "ja")],
                                         c[(lab, "en")] + c[(lab, "ja")], c[(lab, "dl")]))
    tot = collections.Counter(n["lang"] for n in notices)
    print("%-18s %5d %5d %5d %8d" % ("TOTAL", tot["en"], tot["ja"], len(notices),
                                     sum(1 for n in notices if n["deadline"] != "none")))
    prov = collections.Counter(n["provider"] for n in notices)
    print("providers:", ", ".join("%s %d" % kv for kv in sorted(prov.items(), key=lambda x: -x[1])))
    print("formats:", dict(collections.Counter(n["fmt"] for n in notices)),
          "kinds:", dict(collections.Counter(n["kind"] for n in notices)),
          "bland subjects:", sum(1 for n in notices if n["bland"]))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("OK: %s (%d messages)" % (OUT, len(msgs)))


if __name__ == "__main__":
    main()
