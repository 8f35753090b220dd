#!/usr/bin/env python3
# Writes set-g8.mbox from the notice definitions, re-reads it and validates it.
import sys, os, re, datetime, quopri, mailbox, ipaddress, email.utils
from email.header import Header, decode_header
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import notices_a, notices_b, notices_c, notices_d
NOTICES = notices_a.N + notices_b.N + notices_c.N + notices_d.N
OUT = os.path.join(HERE, "set-g8.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
TOK = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2})(?::(\d{2}))?)?\|([^\]]+)\]\]")

def shift_of(n):
    target = datetime.datetime.strptime(n["date"], "%Y-%m-%d %H:%M")
    orig = datetime.datetime.strptime(n["orig"], "%Y-%m-%d")
    return (target.date() - orig.date()).days

def render(text, days):
    def rep(m):
        d = datetime.datetime.strptime(m.group(1) + " " + (m.group(2) or "00:00") + ":" + (m.group(3) or "00"),
                                       "%Y-%m-%d %H:%M:%S")
        return (d + datetime.timedelta(days=days)).strftime(m.group(4))
    return TOK.sub(rep, text)

def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)

def addr_hdr(value):
    name, addr = email.utils.parseaddr(value)
    return email.utils.formataddr((name, addr)) if name.isascii() else \
        "%s <%s>" % (Header(name, "utf-8").encode(), addr)

def build():
    msgs = []
    for i, n in enumerate(NOTICES, 1):
        days = shift_of(n)
        body = render(n["body"], days)
        subject = render(n["subject"], days)
        dt = datetime.datetime.strptime(n["date"], "%Y-%m-%d %H:%M").replace(tzinfo=datetime.timezone.utc)
        dl = "none"
        if n.get("deadline"):
            dl = (datetime.date.fromisoformat(n["deadline"]) + datetime.timedelta(days=days)).isoformat()
        n["_deadline"], n["_n"] = dl, i
        try:
            body.encode("ascii"); cte = "7bit"; payload = body
        except UnicodeEncodeError:
            cte = "quoted-printable"
            payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        h = [("From", addr_hdr(n["frm"])), ("To", n["to"]), ("Subject", hdr(subject)),
             ("Date", email.utils.format_datetime(dt)),
             ("Message-ID", "<g8.%03d.%s@notices.set-g8.example>" % (i, dt.strftime("%Y%m%d%H%M"))),
             ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=utf-8"),
             ("Content-Transfer-Encoding", cte),
             ("X-Training-Label", n["label"]), ("X-Training-Deadline", dl)]
        if n.get("phishing"):
            h.append(("X-Training-Phishing", "yes"))
        sender = email.utils.parseaddr(n["frm"])[1]
        lines = ["From %s %s" % (sender, dt.strftime("%a %b %d %H:%M:%S %Y"))]
        lines += ["%s: %s" % kv for kv in h]
        lines.append("")
        for ln in payload.rstrip("\n").split("\n"):
            lines.append(">" + ln if re.match(r">*From ", ln) else ln)
        msgs.append("\n".join(lines) + "\n")
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(msgs))

def check():
    problems = []
    raw = open(OUT, "rb").read()
    if b"\r" in raw: problems.append("CR found")
    try: raw.decode("ascii")
    except UnicodeDecodeError: problems.append("non-ASCII bytes in mbox")
    box = mailbox.mbox(OUT)
    ids = set(); count = 0
    docnets = [ipaddress.ip_network(x) for x in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
    for k, m in enumerate(box):
        count += 1
        for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                     "X-Training-Label", "X-Training-Deadline"):
            if m[name] is None: problems.append("%d: missing %s" % (k, name))
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (2028, 3): problems.append("%d: Date not March 2028" % k)
        if m["Message-ID"] in ids: problems.append("%d: duplicate Message-ID" % k)
        ids.add(m["Message-ID"])
        if m.get_content_type() != "text/plain" or m.get_content_charset() != "utf-8":
            problems.append("%d: bad content type" % k)
        if m["X-Training-Label"] not in LABELS: problems.append("%d: bad label" % k)
        dl = m["X-Training-Deadline"]
        if dl != "none":
            try: datetime.date.fromisoformat(dl)
            except ValueError: problems.append("%d: bad deadline %s" % (k, dl))
        if m["X-Training-Phishing"] not in (None, "yes"): problems.append("%d: bad phishing hdr" % k)
        body = m.get_payload(decode=True).decode("utf-8")
        try:
            body.encode("ascii")
        except UnicodeEncodeError:
            if m["Content-Transfer-Encoding"] != "quoted-printable":
                problems.append("%d: non-ASCII body without QP" % k)
        if "[[" in body: problems.append("%d: unrendered date token" % k)
        for ip in re.findall(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", body):
            a = ipaddress.ip_address(ip)
            if not (a.is_private or any(a in n for n in docnets)):
                problems.append("%d: non-documentation IP %s" % (k, ip))
        to = email.utils.parseaddr(m["To"])[1]
        if not to.endswith(".example"): problems.append("%d: To not .example" % k)
        subj = "".join(p.decode(c or "ascii") if isinstance(p, bytes) else p for p, c in decode_header(m["Subject"]))
        if not subj.strip(): problems.append("%d: empty subject" % k)
    if count != len(NOTICES): problems.append("count %d != %d" % (count, len(NOTICES)))
    return problems, count

if __name__ == "__main__":
    build()
    problems, count = check()
    from collections import Counter
    c = Counter(n["label"] for n in NOTICES)
    print("messages:", count)
    for lab in sorted(c): print("  %-18s %d" % (lab, c[lab]))
    print("AWS:", sum(1 for n in NOTICES if n["provider"] == "AWS"),
          "critical:", c["abuse"] + c["security-incident"],
          "phishing:", sum(1 for n in NOTICES if n.get("phishing")))
    if problems:
        print("PROBLEMS:"); [print("  " + p) for p in problems]; sys.exit(1)
    print("OK")
