#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the g9 validation batch (40 cloud-provider notices, non-AWS).

Standard library only, deterministic.  Message texts live in msgs_a.py (critical
notices and phishing) and msgs_b.py (everything else), next to this script.
Every date written as {{YYYY-MM-DD[ HH:MM[:SS]]|strftime}} in a subject or body is
an ORIGINAL date; it is shifted by the same number of days that moves the
original notice date to the Date header (March 2028), so intervals stay intact.
(%J in a format is replaced by the Japanese weekday character.)

Writes set-g9.mbox, used-sources.txt and README.md, re-reads the mbox with
mailbox.mbox, checks it and exits 1 on any problem.
"""
import datetime as dt
import email.header
import email.utils
import mailbox
import os
import quopri
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import msgs_a  # noqa: E402
import msgs_b  # noqa: E402

NAME = "g9"
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
SOURCES = os.path.join(HERE, "used-sources.txt")
README = os.path.join(HERE, "README.md")

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
JP_WD = "月火水木金土日"
TOKEN = re.compile(r"\{\{(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}(?::\d{2})?))?\|([^}]*)\}\}")

problems = []


def fail(msg):
    problems.append(msg)


def parse_target(s):
    # "2028-03-02 08:41:17 +0100"
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def shift_text(text, delta):
    def repl(m):
        day = dt.date.fromisoformat(m.group(1))
        tm = m.group(2) or "00:00"
        if len(tm) == 5:
            tm += ":00"
        t = dt.datetime.combine(day, dt.time.fromisoformat(tm)) + delta
        fmt = m.group(3).replace("%J", JP_WD[t.weekday()])
        return t.strftime(fmt)
    out = TOKEN.sub(repl, text)
    if "{{" in out or "}}" in out:
        fail("unresolved date token in: %r" % out[:80])
    return out


def enc_addr(s):
    name, addr = email.utils.parseaddr(s)
    if not addr or "@" not in addr:
        fail("bad address %r" % s)
    return email.utils.formataddr((name, addr), charset="utf-8")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8", maxlinelen=76).encode()


def build():
    msgs = msgs_a.M + msgs_b.M
    # deterministic order: by target Date
    msgs = sorted(msgs, key=lambda m: parse_target(m["target"]))
    out_lines = []
    records = []
    for i, m in enumerate(msgs, 1):
        target = parse_target(m["target"])
        orig = dt.date.fromisoformat(m["orig"])
        delta = dt.timedelta(days=(target.date() - orig).days)
        subject = shift_text(m["subject"], delta)
        body = shift_text(m["body"], delta)
        if not body.endswith("\n"):
            body += "\n"
        deadline = "none"
        if m.get("deadline"):
            deadline = (dt.date.fromisoformat(m["deadline"]) + delta).isoformat()
        frm = enc_addr(m["frm"])
        to = enc_addr(m["to"])
        from_addr = email.utils.parseaddr(m["frm"])[1]
        domain = from_addr.split("@", 1)[1]
        msgid = "<%s.%02d.%s@%s>" % (NAME, i, target.strftime("%Y%m%d%H%M%S"), domain)
        try:
            body.encode("ascii")
            cte = "7bit"
            payload = body
        except UnicodeEncodeError:
            cte = "quoted-printable"
            payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
            if not payload.endswith("\n"):
                payload += "\n"
        headers = [
            ("From", frm),
            ("To", to),
            ("Subject", enc_subject(subject)),
            ("Date", email.utils.format_datetime(target)),
            ("Message-ID", msgid),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", cte),
            ("X-Training-Label", m["label"]),
            ("X-Training-Deadline", deadline),
        ]
        if m.get("phishing"):
            headers.append(("X-Training-Phishing", "yes"))
        utc = target.astimezone(dt.timezone.utc)
        out_lines.append("From %s %s" % (from_addr, utc.strftime("%a %b %d %H:%M:%S %Y")))
        for k, v in headers:
            out_lines.append("%s: %s" % (k, v))
        out_lines.append("")
        for line in payload.split("\n")[:-1]:
            if re.match(r"^>*From ", line):
                line = ">" + line
            out_lines.append(line)
        out_lines.append("")  # blank line between messages
        records.append(dict(i=i, m=m, subject=subject, body=body, deadline=deadline,
                            msgid=msgid, date=target))
    text = "\n".join(out_lines) + "\n"
    with open(MBOX, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    return records


def check(records):
    raw = open(MBOX, "rb").read()
    if b"\r" in raw:
        fail("CR found in mbox")
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        fail("mbox is not pure ASCII")
    box = mailbox.mbox(MBOX, create=False)
    msgs = list(box)
    if len(msgs) != len(records):
        fail("mbox holds %d messages, expected %d" % (len(msgs), len(records)))
    if len(msgs) < 30:
        fail("fewer than 30 messages")
    ids = set()
    for rec, msg in zip(records, msgs):
        tag = "msg %02d" % rec["i"]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                fail("%s: missing %s" % (tag, h))
        for k, v in msg.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                fail("%s: non-ASCII header %s" % (tag, k))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != (2028, 3):
            fail("%s: Date not in March 2028: %s" % (tag, msg["Date"]))
        mid = msg["Message-ID"]
        if mid in ids:
            fail("%s: duplicate Message-ID" % tag)
        ids.add(mid)
        if msg["MIME-Version"] != "1.0":
            fail("%s: MIME-Version" % tag)
        if msg.get_content_type() != "text/plain" or msg.get_content_charset() != "utf-8":
            fail("%s: Content-Type %s" % (tag, msg["Content-Type"]))
        if msg["X-Training-Label"] not in LABELS:
            fail("%s: bad label %s" % (tag, msg["X-Training-Label"]))
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                fail("%s: bad deadline %s" % (tag, dl))
        if bool(rec["m"].get("phishing")) != (msg["X-Training-Phishing"] == "yes"):
            fail("%s: phishing header mismatch" % tag)
        subj = str(email.header.make_header(email.header.decode_header(msg["Subject"])))
        if subj != rec["subject"]:
            fail("%s: subject round-trip mismatch" % tag)
        payload = msg.get_payload(decode=True).decode("utf-8")
        payload = re.sub(r"(?m)^>(>*From )", r"\1", payload)
        if payload != rec["body"]:
            fail("%s: body round-trip mismatch" % tag)
        nonascii = any(ord(c) > 127 for c in rec["body"])
        cte = (msg["Content-Transfer-Encoding"] or "").lower()
        if nonascii and cte != "quoted-printable":
            fail("%s: non-ASCII body not quoted-printable" % tag)
        if re.search(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", payload):
            for ip in re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", payload):
                if not (ip.startswith("192.0.2.") or ip.startswith("198.51.100.")
                        or ip.startswith("203.0.113.")):
                    fail("%s: non-documentation IP %s" % (tag, ip))
    labels = Counter(r["m"]["label"] for r in records)
    crit = labels["abuse"] + labels["security-incident"]
    if crit < 12:
        fail("only %d critical notices" % crit)
    if sum(1 for r in records if r["m"].get("phishing")) < 3:
        fail("fewer than 3 phishing notices")
    if sum(1 for r in records if any(ord(c) > 0x3000 for c in r["body"])) < 3:
        fail("fewer than 3 Japanese notices")
    urls = [r["m"]["url"] for r in records]
    if len(set(urls)) != len(urls):
        fail("an original URL is used twice")
    return labels


def write_side_files(records, labels):
    with open(SOURCES, "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(r["m"]["url"] + "\n")
    providers = Counter(r["m"]["provider"] for r in records)
    jp = sum(1 for r in records if any(ord(c) > 0x3000 for c in r["body"]))
    ph = sum(1 for r in records if r["m"].get("phishing"))
    L = []
    L.append("# set-g9: 40 non-AWS cloud/hosting notices (validation batch)\n")
    L.append("## How it was made\n")
    L.append("Originals were found with the `search` tool (corpora `issues` and `pages`): GitHub issues "
             "and pull requests that quote a provider's e-mail, provider help pages that reproduce the text "
             "of a notice, and blog or warning pages that show phishing mails imitating a provider. Every "
             "candidate URL was checked against `/work/blind/used-sources.txt` and only unused ones were kept; "
             "each notice follows a different original (list in `used-sources.txt`).\n")
    L.append("Each notice keeps the original's kind, sender address where shown, subject form, structure "
             "and the relation between its dates, but every sentence was written anew. Account, project, "
             "ticket and abuse IDs, host names and people were replaced; customer domains end in `.example`; "
             "IP addresses come from 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24. Where an original only "
             "described a notice (help pages, docs), the missing concrete details (resource names, times) were "
             "filled in plausibly and consistently with what the original states.\n")
    L.append("Dates: each notice's original date is mapped to a Date header in March 2028 and every other "
             "date in the notice is shifted by the same number of days (done by `set_g9.py` from the "
             "`{{date|format}}` tokens in `msgs_a.py` / `msgs_b.py`). `X-Training-Deadline` is shifted the "
             "same way. `python3 set_g9.py` rebuilds `set-g9.mbox`, this README and `used-sources.txt`, "
             "re-reads the mbox with `mailbox.mbox` and exits 1 on any problem.\n")
    L.append("## Counts per label\n")
    L.append("| label | count |\n|---|---|")
    for lab in LABELS:
        L.append("| %s | %d |" % (lab, labels[lab]))
    L.append("| **total** | %d |\n" % len(records))
    L.append("Critical (abuse + security-incident): %d. Phishing (`X-Training-Phishing: yes`, labelled with "
             "what they pretend to be): %d. Japanese-language notices: %d.\n"
             % (labels["abuse"] + labels["security-incident"], ph, jp))
    L.append("## Providers\n")
    L.append("| provider | notices |\n|---|---|")
    for p, n in sorted(providers.items(), key=lambda x: (-x[1], x[0])):
        L.append("| %s | %d |" % (p, n))
    L.append("")
    L.append("## Messages\n")
    L.append("| # | label | deadline | provider | phishing | original URL |\n|---|---|---|---|---|---|")
    for r in records:
        L.append("| %d | %s | %s | %s | %s | %s |" % (
            r["i"], r["m"]["label"], r["deadline"], r["m"]["provider"],
            "yes" if r["m"].get("phishing") else "", r["m"]["url"]))
    L.append("")
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


def main():
    records = build()
    labels = check(records)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    write_side_files(records, labels)
    print("wrote %s with %d messages" % (MBOX, len(records)))
    for lab in LABELS:
        print("  %-18s %d" % (lab, labels[lab]))


if __name__ == "__main__":
    main()
