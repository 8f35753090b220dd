#!/usr/bin/env python3
"""Validation batch g37: notices from smaller hosts, SaaS and developer platforms
(DigitalOcean, Linode, Hetzner, OVHcloud, Contabo, iWeb, Aruba, Media Temple, Heroku,
Docker, CircleCI, GitHub, GitLab, Atlassian, Twilio/SendGrid, Mailgun, Netlify, Vercel,
Checkly, 3DS OUTSCALE) and Japanese hosts (さくらインターネット, エックスサーバー,
ロリポップ!, お名前.com, IIJ, スマイルサーバ, EX-CLOUD), each written after one public
original (see used-sources.txt).

Standard library only, deterministic.  Writes set-g37.mbox next to this file, re-reads it
and checks it; exits 1 on any problem, prints OK otherwise.  It also (re)writes
used-sources.txt and README.md from the same data.

Dates inside subjects and bodies are written as [[YYYY-MM-DD|format]] with the ORIGINAL
date of the public notice.  Each notice is moved into September 2028 by one offset
(target - orig); the target keeps the weekday of the original (offset is a multiple of
7 days) and is the first such weekday on or after the given `day` of September 2028.
Every date of the notice, and the deadline, is shifted by that same offset.
"""
import datetime as dt
import email
import email.header
import email.utils
import mailbox
import os
import quopri
import re
import sys

NAME = "g37"
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, f"set-{NAME}.mbox")
MONTH = (2028, 9)

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
MINIMUMS = {"critical": 11, "action-required": 6, "maintenance": 3, "pricing": 2,
            "billing": 2, "informational": 3, "security-advisory": 1}
TOTAL = 36
PHISHING = 3

NOTICES = []


def add(**kw):
    kw.setdefault("phishing", False)
    kw.setdefault("ja", False)
    kw.setdefault("lang", "ja" if kw["ja"] else "en")
    NOTICES.append(kw)


# ---------------------------------------------------------------- dates
def target_of(n):
    orig = dt.date.fromisoformat(n["orig"])
    d = dt.date(MONTH[0], MONTH[1], n["day"])
    while d.weekday() != orig.weekday():
        d += dt.timedelta(days=1)
    if d.month != MONTH[1]:
        d -= dt.timedelta(days=7)
    return d


def offset_of(n):
    return (target_of(n) - dt.date.fromisoformat(n["orig"])).days


PLACE = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})\|([^\]]*)\]\]")
WD_JA = "月火水木金土日"
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MO_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
         "September", "Oktober", "November", "Dezember"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MO_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"]
NAMED = {
    "iso": "%Y-%m-%d",
    "long": "%B %-d, %Y",          # September 5, 2028
    "dmy": "%-d %B %Y",            # 5 September 2028
    "wlong": "%A, %B %-d, %Y",     # Tuesday, September 5, 2028
    "short": "%b %-d, %Y",         # Sep 5, 2028
    "md": "%B %-d",                # September 5
    "wmd": "%A, %B %-d",           # Tuesday, September 5
    "wshort": "%a %b %-d",         # Tue Sep 5
    "my": "%B %Y",                 # September 2028
    "slash": "%Y/%m/%d",           # 2028/09/05
    "us": "%m/%d/%Y",              # 09/05/2028
    "dot": "%d.%m.%Y",             # 05.09.2028
}


def fmt_date(d, fmt):
    if fmt == "ja":            # 2028年9月5日
        return f"{d.year}年{d.month}月{d.day}日"
    if fmt == "jaw":           # 2028年9月5日(火)
        return f"{d.year}年{d.month}月{d.day}日({WD_JA[d.weekday()]})"
    if fmt == "jamdw":         # 9月5日(火)
        return f"{d.month}月{d.day}日({WD_JA[d.weekday()]})"
    if fmt == "jamd":          # 9月5日
        return f"{d.month}月{d.day}日"
    if fmt == "jaym":          # 2028年9月
        return f"{d.year}年{d.month}月"
    if fmt == "de":            # 5. September 2028
        return f"{d.day}. {MO_DE[d.month - 1]} {d.year}"
    if fmt == "dew":           # Dienstag, 5. September 2028
        return f"{WD_DE[d.weekday()]}, {d.day}. {MO_DE[d.month - 1]} {d.year}"
    if fmt == "demy":          # September 2028
        return f"{MO_DE[d.month - 1]} {d.year}"
    if fmt == "fr":            # 5 septembre 2028
        return f"{d.day} {MO_FR[d.month - 1]} {d.year}"
    if fmt == "frw":           # mardi 5 septembre 2028
        return f"{WD_FR[d.weekday()]} {d.day} {MO_FR[d.month - 1]} {d.year}"
    if fmt == "frmd":          # 5 septembre
        return f"{d.day} {MO_FR[d.month - 1]}"
    fmt = NAMED.get(fmt, fmt)
    fmt = fmt.replace("%-d", str(d.day)).replace("%-m", str(d.month))
    return d.strftime(fmt)


def render(text, off):
    def rep(m):
        d = dt.date.fromisoformat(m.group(1)) + dt.timedelta(days=off)
        return fmt_date(d, m.group(2))
    return PLACE.sub(rep, text)


def shifted_deadline(n):
    if n["deadline"] == "none":
        return "none"
    d = dt.date.fromisoformat(n["deadline"]) + dt.timedelta(days=offset_of(n))
    return d.isoformat()


# ---------------------------------------------------------------- building
def enc_header(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return email.header.Header(value, "utf-8").encode()


def enc_addr(value):
    name, addr = email.utils.parseaddr(value)
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8")


def build(i, n):
    off = offset_of(n)
    target = target_of(n)
    hh, mm, ss = (int(x) for x in n["time"].split(":"))
    sign = 1 if n["tz"][0] == "+" else -1
    tzo = dt.timezone(sign * dt.timedelta(hours=int(n["tz"][1:3]), minutes=int(n["tz"][3:5])))
    when = dt.datetime(target.year, target.month, target.day, hh, mm, ss, tzinfo=tzo)
    subject = render(n["subject"], off)
    body = render(n["body"].strip("\n") + "\n", off)
    raw_body = body.encode("utf-8")
    if all(b < 128 for b in raw_body):
        cte = "7bit"
        payload = raw_body
    else:
        cte = "quoted-printable"
        payload = quopri.encodestring(raw_body)
    msgid = f"<{NAME}.{i:02d}.{target.strftime('%Y%m%d')}@training.set-{NAME}.example>"
    headers = [
        ("From", enc_addr(n["frm"])),
        ("To", enc_addr(n["to"])),
        ("Subject", enc_header(subject)),
        ("Date", email.utils.format_datetime(when)),
        ("Message-ID", msgid),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", cte),
        ("X-Training-Label", n["label"]),
        ("X-Training-Deadline", shifted_deadline(n)),
    ]
    if n.get("phishing"):
        headers.append(("X-Training-Phishing", "yes"))
    head = "".join(f"{k}: {v}\n" for k, v in headers).encode("ascii")
    raw = head + b"\n" + payload
    msg = mailbox.mboxMessage(raw)
    msg.set_from("MAILER-DAEMON", when.astimezone(dt.timezone.utc).timetuple())
    return msg


# ---------------------------------------------------------------- checks
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d)(?!\.\d)")


def ip_ok(a, b, c, d):
    if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113)):
        return True
    if a == 10 or (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168):
        return True   # private ranges, allowed as scan targets / internal addresses
    return False


def check():
    problems = []
    box = mailbox.mbox(MBOX, create=False)
    msgs = list(box)
    box.close()
    raw_file = open(MBOX, "rb").read()
    if b"\r\n" in raw_file:
        problems.append("CRLF line endings in mbox")
    if not raw_file.startswith(b"From "):
        problems.append("mbox does not start with a From line")
    if len(msgs) != TOTAL or len(NOTICES) != TOTAL:
        problems.append(f"expected {TOTAL} messages, found {len(msgs)} ({len(NOTICES)} notices)")
    srcs = [n["src"] for n in NOTICES]
    if len(set(srcs)) != len(srcs):
        problems.append("a source URL is used twice")
    ids = set()
    counts = {k: 0 for k in LABELS}
    critical = 0
    phish = 0
    ja = 0
    required = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                "Content-Type", "Content-Transfer-Encoding", "X-Training-Label",
                "X-Training-Deadline"]
    for i, m in enumerate(msgs, 1):
        tag = f"message {i}"
        n = NOTICES[i - 1]
        for h in required:
            if m.get(h) is None:
                problems.append(f"{tag}: missing header {h}")
        for k, v in m.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                problems.append(f"{tag}: non-ASCII header {k}")
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != MONTH:
            problems.append(f"{tag}: Date {m['Date']} not in batch month")
        du = d.astimezone(dt.timezone.utc)
        if (du.year, du.month) != MONTH:
            problems.append(f"{tag}: Date {m['Date']} not in batch month when read as UTC")
        mid = m["Message-ID"]
        if not re.fullmatch(rf"<{NAME}\.{i:02d}\.{d.strftime('%Y%m%d')}@training\.set-{NAME}\.example>", mid or ""):
            problems.append(f"{tag}: bad Message-ID {mid}")
        if mid in ids:
            problems.append(f"{tag}: duplicate Message-ID")
        ids.add(mid)
        label = m["X-Training-Label"]
        if label not in LABELS:
            problems.append(f"{tag}: bad label {label}")
        dl = m["X-Training-Deadline"]
        if dl != "none":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl or ""):
                problems.append(f"{tag}: bad deadline {dl}")
            else:
                dd = dt.date.fromisoformat(dl)
                if dd < d.date() - dt.timedelta(days=1):
                    problems.append(f"{tag}: deadline {dl} before send date")
        if m.get_content_type() != "text/plain" or (m.get_content_charset() or "").lower() != "utf-8":
            problems.append(f"{tag}: not text/plain; charset=utf-8")
        body = m.get_payload(decode=True).decode("utf-8")
        cte = (m["Content-Transfer-Encoding"] or "").lower()
        nonascii = any(ord(c) > 127 for c in body)
        if nonascii and cte != "quoted-printable":
            problems.append(f"{tag}: non-ASCII body without quoted-printable")
        if not nonascii and cte not in ("7bit", "quoted-printable"):
            problems.append(f"{tag}: odd transfer encoding {cte}")
        subj = str(email.header.make_header(email.header.decode_header(m["Subject"])))
        if "[[" in body or "]]" in body or "[[" in subj:
            problems.append(f"{tag}: unrendered placeholder")
        if n["ja"] and not any("\u3040" <= c <= "\u30ff" for c in body):
            problems.append(f"{tag}: marked Japanese but body has no kana")
        text = body + "\n" + subj + "\n" + "\n".join(f"{k}: {v}" for k, v in m.items())
        for mm in IPV4.finditer(text):
            a, b, c, e = (int(x) for x in mm.groups())
            if not ip_ok(a, b, c, e):
                problems.append(f"{tag}: non-documentation IP {mm.group(0)}")
        is_ph = m.get("X-Training-Phishing")
        if is_ph not in (None, "yes"):
            problems.append(f"{tag}: bad X-Training-Phishing {is_ph}")
        if bool(is_ph) != bool(n.get("phishing")):
            problems.append(f"{tag}: phishing header mismatch")
        if n["ja"]:
            ja += 1
        if is_ph:
            phish += 1
        else:
            counts[label] += 1
            if label in ("abuse", "security-incident"):
                critical += 1
    if phish != PHISHING:
        problems.append(f"expected {PHISHING} phishing mails, found {phish}")
    if critical < MINIMUMS["critical"]:
        problems.append(f"critical {critical} < {MINIMUMS['critical']}")
    for k, v in MINIMUMS.items():
        if k != "critical" and counts[k] < v:
            problems.append(f"{k} {counts[k]} < {v}")
    return problems, counts, critical, phish, ja


# ---------------------------------------------------------------- side files
def write_sources():
    with open(os.path.join(HERE, "used-sources.txt"), "w", encoding="utf-8", newline="\n") as f:
        for n in NOTICES:
            f.write(n["src"] + "\n")


def write_readme(counts, critical, phish, ja):
    providers = []
    for n in NOTICES:
        if n["provider"] not in providers:
            providers.append(n["provider"])
    rows = []
    for i, n in enumerate(NOTICES, 1):
        rows.append(f"| {i:02d} | {n['label']} | {shifted_deadline(n)} | {n['provider']} | "
                    f"{'yes' if n['phishing'] else 'no'} | {n['lang']} | {n['src']} |")
    langs = {}
    for n in NOTICES:
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1
    text = f"""# Validation batch {NAME} (September 2028)

Thirty-six labelled notices from smaller hosts, SaaS and developer platforms and from
Japanese hosts. Each notice follows one different public original (GitHub issues and pull
requests that quote a provider's mail, pastes of abuse tickets, provider help, news,
status and release pages, blog posts and phishing write-ups), found with the `search`
tool and checked against `/work/blind/used-sources.txt` and the source lists of batches
g32 to g35. Sender, kind of notice, subject form, structure, products and the intervals
between dates follow the original; every sentence was rewritten, and names, ids, hosts,
customer domains (`.example`) and IP addresses (documentation ranges, private ranges as
scan targets) were replaced. Each notice is moved into September 2028 by one offset that
keeps the weekday, applied to all of its dates. `set_{NAME}.py` (standard library only)
writes `set-{NAME}.mbox`, re-reads and checks it, and writes this README and
`used-sources.txt`.

## Counts

Non-phishing labels: """ + ", ".join(f"{k} {v}" for k, v in counts.items()) + f"""

- critical (abuse + security-incident, phishing not counted): {critical}
- phishing: {phish} (labelled by what they pretend to be: """ + ", ".join(
        n["label"] for n in NOTICES if n["phishing"]) + f""")
- Japanese: {ja}; languages: """ + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())) + """

Providers: """ + ", ".join(providers) + """

## Notices

| # | label | deadline | provider | phishing | lang | original |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    try:
        for i, n in enumerate(NOTICES, 1):
            box.add(build(i, n))
        box.flush()
    finally:
        box.unlock()
        box.close()
    problems, counts, critical, phish, ja = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    write_sources()
    write_readme(counts, critical, phish, ja)
    print("counts (non-phishing):", counts, "critical:", critical, "phishing:", phish, "ja:", ja)
    print("OK")


# ======================================================================== notices
# 01 -- DigitalOcean: Droplet taken offline for an outgoing DDoS (server hacked) -------
add(src="https://tobycryns.com/how-digital-ocean-cost-us-thousands-of-dollars-in-a-single-day/",
    provider="DigitalOcean", label="abuse", orig="2023-05-10", day=1, time="14:22:05", tz="+0000",
    deadline="none",
    frm="DigitalOcean Support <support@support.digitalocean.com>",
    to="Ops Team <ops@kettleridge-shop.example>",
    subject="[DigitalOcean] Droplet shop-web-02 disconnected: outgoing denial-of-service traffic",
    body="""
Hello,

This is to let you know that we have removed your Droplet shop-web-02
(203.0.113.58) from the public network. Our monitoring saw it taking part in a
distributed denial-of-service attack against a third-party host.

Summary of the traffic we observed
  Droplet:                 shop-web-02 (ID 351907244, NYC3)
  Public IP:               203.0.113.58
  Peak outbound rate:      61,380 packets/second
  Combined attack volume:  142,906 packets/second from 3 Droplets
  Target:                  198.51.100.77
  Started:                 [[2023-05-10|iso]] 13:41 UTC

The pattern of this traffic matches malicious floods we see from compromised
servers, so we could not leave the Droplet connected. In most cases it means
someone other than you has gained access to the machine, often through an
outdated application, a weak password or an exposed service.

What happens now
- The Droplet is still running and its disk is intact, but it has no public
  network access. Hosted sites and services on it are unreachable.
- You can still log in through the Recovery Console in the control panel.
- Any other Droplets on your account are not affected by this action.

Your path to getting back online
1. Use the Recovery Console to copy off any data you need.
2. Find and remove the cause. Because a compromised system cannot be fully
   trusted, we strongly recommend rebuilding on a new Droplet from a clean
   image and restoring only your content, not binaries or cron entries.
3. Reply to this ticket with what you found and what you changed. Our Trust &
   Safety team will review the reply before networking can be restored.

We know this is disruptive to your business, and we are sorry for that. Taking
the Droplet offline was necessary to protect the target, our network and your
own data.

Regards,
Trust & Safety
DigitalOcean

Ticket #8841390 - please keep this number in the subject line when replying.
""")

# 02 -- Contabo (German): complaint about attacks from a VPS, answer within 24 h ---------
add(src="https://pastebin.com/4RTqN3Q6", provider="Contabo", label="abuse", lang="de",
    orig="2017-09-14", day=1, time="10:47:31", tz="+0200", deadline="2017-09-15",
    frm="Contabo Abuse Team <abuse@contabo.de>",
    to="Jonas Wetterich <j.wetterich@wetterich-it.example>",
    subject="Missbrauchsbeschwerde zu Ihrem Server vmd47213 [Ticket#[[2017-09-14|%Y%m%d]]10004632]",
    body="""
Sehr geehrter Herr Wetterich,

bei uns ist eine Beschwerde zu folgender IP-Adresse eingegangen:

    203.0.113.214

Diese Adresse gehört zu Ihrem Server vmd47213. Laut der unten weitergeleiteten
Meldung werden von diesem Server aus Angriffe auf fremde Systeme durchgeführt.
Das ist nach unseren Allgemeinen Geschäftsbedingungen nicht zulässig.

Missbrauch eines Servers kann im Internet erheblichen Schaden anrichten. Wir
bitten daher um Verständnis, dass wir solche Vorgänge nicht hinnehmen und
konsequent dagegen vorgehen.

Bitte ergreifen Sie umgehend geeignete Maßnahmen, damit sich der Vorfall nicht
wiederholt. Wir benötigen innerhalb der nächsten 24 Stunden eine schriftliche
Rückmeldung von Ihnen, aus der hervorgeht,
  - was die Ursache war,
  - welche Schritte Sie unternommen haben, um das Problem zu beheben, und
  - wie Sie künftigen Missbrauch dieser Art verhindern.

Erhalten wir bis [[2017-09-15|de]], 10:45 Uhr keine Antwort und ist das Problem bis
dahin nicht gelöst, sperren wir den Zugang zu Ihrem Server. Für eine spätere
Reaktivierung berechnen wir eine Gebühr von mindestens 30,00 EUR, die wir Ihnen
gerne ersparen möchten.

Bitte senden Sie uns Ihre Stellungnahme fristgerecht als Antwort auf diese
E-Mail. Lassen Sie dabei die Ticketnummer im Betreff unverändert.

Bei Rückfragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Ihr Contabo Abuse Team

----- weitergeleitete Beschwerde -----
Reported-By: abuse-desk@netwatch-monitor.example
Source: 203.0.113.214
Type: SSH brute force (port 22)
Events: 1.284 fehlgeschlagene Anmeldungen zwischen [[2017-09-13|iso]] 21:02 und 23:57 UTC
Sample target: 198.51.100.19
""")

# 03 -- iWeb (French): abuse notice, network abuse, reply required ---------------------
add(src="https://pastebin.com/9yegHN0H", provider="iWeb", label="abuse", lang="fr",
    orig="2015-09-21", day=2, time="18:31:07", tz="-0400", deadline="none",
    frm="Investigations <abuse@iweb.com>",
    to="services@boreal-pixel.example",
    subject="[iWeb Abuse #18274415] [ABUSE NOTICE] - Classification: Network Abuse - Customer: 204817 - ServerName: NE-T118-042",
    body="""
Madame,
Monsieur,

**** Action et réponse de votre part requises
**** Sans réponse de votre part, votre compte risque d'être déconnecté.
**** Nous vous demandons d'analyser cette activité afin de trouver et de supprimer
**** l'infection ou le problème qui touche ce serveur, ou de suspendre le compte
**** utilisateur en cause.

--------------------------------------------------------------------------------

Cet avis est envoyé dans le cadre de l'application de notre Politique
d'utilisation acceptable : l'activité décrite ci-dessous semble y contrevenir.

Vous trouverez plus bas la plainte reçue ainsi que les journaux transmis par le
plaignant. Si vous estimez que nous avons été induits en erreur, dites-le-nous
et notre équipe reprendra l'enquête.

Tout domaine, utilisateur ou contenu à l'origine de cet abus doit être retiré du
serveur. Les logiciels mal configurés, infectés ou non autorisés doivent
également être examinés et corrigés.

Si vous êtes revendeur ou fournisseur de service VPN, il vous revient de faire
respecter nos règles par vos propres clients.

Merci de répondre à ce courriel en conservant le numéro de dossier dans l'objet,
en nous indiquant la cause trouvée et les mesures prises.

Service des enquêtes
iWeb Technologies

----- Plainte transmise -----
Date : [[2015-09-21|iso]] 16:58 UTC-4
IP source : 198.51.100.141 (NE-T118-042)
Type : balayage de ports / tentatives de connexion répétées
Cibles : 203.0.113.0/24, ports 23 et 2323
Nombre d'événements : 9 416 en 40 minutes
""")

# 04 -- Media Temple: DV server stopped by automated abuse prevention (pps limit) -------
add(src="https://pastebin.com/DgtRnwXW", provider="Media Temple", label="abuse",
    orig="2016-03-08", day=2, time="07:19:44", tz="-0800", deadline="none",
    frm="(mt) Media Temple <support@mediatemple.net>",
    to="Dana Whitcombe <dana@whitcombe-studio.example>",
    subject="Your DV server has been stopped by our abuse prevention system (service ID #1552093)",
    body="""
Hello,

We are writing about a sudden jump in network activity that our systems picked
up on your DV w/SSDs (CentOS 6) - Level 1 server. As a precaution, Media
Temple's automated abuse prevention stopped the server. Please read the details
and next steps below.

AFFECTED SERVICE
  Primary domain:  v7rk-holm.accessdomain.example
  Service:         DV w/SSDs (CentOS 6) - Level 1
  Service ID:      #1552093

RESOURCE INFO
  Packets per second limit:     45000
  Packets per second detected:  61204.3
  Bytes per second limit:       100000000
  Bytes per second detected:    2913441.8

WHY IS MY SERVER DOWN?
The server went over one or both of the limits above. Traffic like this usually
comes from a compromised server taking part in an attack, or from a server that
is itself the target of a flood. Stopping the container protects the service and
keeps unexpected bandwidth charges off your account.

WHAT DO I DO NOW?
- A process list and a snapshot of the open network connections taken at the
  time of the spike were saved in /root/ on the server. A copy is also attached
  below.
- Start the server from the Account Center, then review those files for
  processes or scripts you do not recognise.
- Update your applications and change all passwords on the server.
- If the activity continues after restart, the server will be stopped again.

If you need help reviewing the data, reply to this request and our support team
will take a look.

Thank you,
Media Temple Support

--- process snapshot (excerpt) ---
perl  21403 apache  /tmp/.x/ud.pl 198.51.100.90 80 0
perl  21417 apache  /tmp/.x/ud.pl 198.51.100.90 80 0
""")

# 05 -- Aruba Cloud: VM disconnected after a UDP flood, reply with clean-up details -----
add(src="https://pastebin.com/5qGtbRQb", provider="Aruba Cloud", label="abuse",
    orig="2018-11-20", day=3, time="11:05:52", tz="+0100", deadline="none",
    frm="Aruba Cloud Abuse <abuse@staff.aruba.it>",
    to="tech@lagunare-data.example",
    subject="Abuse notice - VM DC1_AWI-51274_webnode disconnected - UDP Flood",
    body="""
Dear customer,

Your account has been re-enabled. Please read the complaint details at the end
of this message and carry out a full investigation of the server named
webnode.

Because of how serious the problem is, the VM itself stays disconnected from the
network. We are waiting for a description of the clean-up you perform.

As a reminder, you can return the server to its original state with the
initialization (Smart Restore) function, and you can reach it without network
access through the recovery console. Both procedures are described in our
knowledge base.

Please send us a complete account of the steps you took to fix the issue that
was reported to you.

Note that if we receive no reply, or if the problem happens again, article 12.1
of the contract will be applied and the service will be cancelled. We remain at
your disposal for any clarification.

Regards,
Aruba Cloud - Abuse Team

######################################################################
VM Name:        DC1_AWI-51274_webnode
Attack Type:    UDP Flood
Action:         VM Disconnected
Source IP:      203.0.113.85
Destination IP: 198.51.100.12, 198.51.100.47, 198.51.100.203, 192.0.2.66
Detected:       [[2018-11-20|iso]] 09:41:13 CET
######################################################################
""")

# 06 -- Heroku: app suspended for peer-to-peer file sharing (AUP) ----------------------
add(src="https://github.com/SpEcHiDe/AnyDLBot/issues/49", provider="Heroku (Salesforce)",
    label="abuse", orig="2020-02-03", day=3, time="16:40:12", tz="+0000", deadline="none",
    frm="Heroku <noreply@heroku.com>",
    to="ravi.menon@quillgate.example",
    subject="Your Heroku app tgfetch-bot has been suspended",
    body="""
Hi,

Your app tgfetch-bot has been suspended because it violates the Heroku
Acceptable Use Policy.

Our review found that the app uses Heroku services in connection with
peer-to-peer file sharing. This is listed as policy 17 under "Prohibited
Actions" in the Acceptable Use Policy (https://www.heroku.com/policy/aup).

What this means for you
- The app's dynos have been scaled down and it no longer serves requests.
- You cannot restart or redeploy the suspended app.
- Add-ons attached to the app are kept for now. Other apps on your account
  are not affected, but further violations can lead to the whole account
  being suspended.

If you believe this was a mistake, open a ticket at https://help.heroku.com
and explain what the app does. Please include the app name in your request.

Heroku Trust & Safety
""")

# 07 -- Hetzner: copyright complaint (p2p) forwarded, statement within 24 hours --------
add(src="https://pastebin.com/n0iy7jJe", provider="Hetzner", label="abuse",
    orig="2018-08-07", day=4, time="08:12:40", tz="+0200", deadline="2018-08-08",
    frm="Hetzner Online GmbH - Abuse <abuse@hetzner.com>",
    to="Pavel Korhonen <pavel@korhonen-lab.example>",
    subject="Abuse Message [AbuseID:7A31C4:1D]: Copyright infringement complaint for 198.51.100.61",
    body="""
Dear Mr Korhonen,

We have received a complaint about spam and/or abuse from
notices@rights-watch.example concerning your IP address 198.51.100.61.
Please take every step necessary to stop this from happening again.

We also ask you to send a short reply within 24 hours, both to us and to the
person who filed the complaint. Your reply should explain how this could happen
and what you are going to do about it.

How to proceed:
- Solve the issue
- Send us a statement using the following link:
  https://abuse.hetzner.com/statements/?token=3f0c9e71ab52d08e4c6a19f27b5d80
- Send a reply by email to the person who filed the complaint

A member of staff will check the data and decide on any further steps. If you
do not respond within the deadline, we may block your server.

Important note:
When replying to us, please leave the abuse ID [AbuseID:7A31C4:1D] unchanged in
the subject line.

Kind regards

Abuse department
Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
www.hetzner.com

Register Court: Registergericht Ansbach, HRB 6089
CEO: Martin Hetzner

On [[2018-08-07|dmy]] 05:53 UTC, notices@rights-watch.example wrote:
> Notice ID: 5c7e20b9d41a8f63
> Notice Date: [[2018-08-07|iso]]T05:53:14Z
>
> Protocol: BitTorrent
> Infringing IP: 198.51.100.61 (port 51413)
> Title: "Harbour Lights" (feature film), rights held by our client
> Observed: [[2018-08-06|iso]]T22:16:09Z
>
> We ask that you forward this notice to your subscriber and take steps to
> stop the unauthorised distribution.
""")

# 08 -- Docker Hub: unauthorized database access, tokens revoked, reset password -------
add(src="https://containerjournal.com/topics/container-management/docker-hub-breach-what-to-do-now/",
    provider="Docker", label="security-incident", orig="2019-04-26", day=4, time="02:14:09", tz="+0000",
    deadline="none",
    frm="Docker Support <support@docker.com>",
    to="mirela.sandu@tinderbox-apps.example",
    subject="Docker Hub security notice: unauthorized access to a Hub database",
    body="""
Dear Docker Hub user,

On Thursday, [[2019-04-25|long]], we found unauthorized access to one Docker Hub
database that holds a subset of non-financial user data. As soon as we found it
we moved to stop the access and secure the site.

We are writing because your account is among those affected.

What happened
During a short period of unauthorized access to a Docker Hub database, data from
about 190,000 accounts may have been exposed. That is less than 5% of Hub users.
The data includes usernames and hashed passwords for a small share of these
users, as well as GitHub and Bitbucket tokens used for Docker autobuilds.

What we have done
- We revoked the GitHub tokens and access keys that may have been exposed.
  If you use autobuilds, your builds may now fail until you relink your
  repositories.
- We invalidated the password hashes of affected accounts and sent a password
  reset link where needed.
- No Official Images were compromised; they remain signed and verified.

What you should do
1. Reset your Docker Hub password, and change it on any other site where you
   used the same one.
2. If you use autobuilds, unlink and relink your GitHub or Bitbucket account
   in Docker Hub, then check that your builds run again.
3. Review the security logs of your GitHub and Bitbucket accounts for any
   unexpected actions, such as new SSH keys, unknown applications or pushes
   you did not make.

We are still investigating and will share more information when we have it.
We apologise for the trouble and the worry this causes.

Kent Lamb
Director of Docker Support
""")

# 09 -- Linode: suspicious activity, all Linode Manager passwords expired -------------
add(src="https://adamcaudill.com/2013/04/13/linode-another-breach-notification-gone-wrong",
    provider="Linode", label="security-incident", orig="2013-04-12", day=5, time="22:41:18", tz="-0400",
    deadline="none",
    frm="Linode <linode@e2ma.net>",
    to="Hana Obradovic <hana@obradovic-consult.example>",
    subject="Linode Manager security notice - password reset required",
    body="""
Dear Linode customer,

Our administrators have detected and blocked suspicious activity on the Linode
network. It looks like a coordinated attempt to get into the account of one
of our customers. That customer knows about the activity, and we have worked
out its scope and effect.

We have found no sign that Linode data belonging to any other customer was
accessed, and no sign that anyone's payment details were accessed.

We understand that law enforcement has been told about the intrusion into this
customer's systems. Even so, to be careful, we are resetting Linode Manager
passwords for everyone. All current passwords have already been expired, and
you will be asked to choose a new one the next time you log in to the Linode
Manager.

We also recommend that you:
- change your Lish passwords, and
- regenerate your API key if you use one.

Tips for a good new password:
- do not base it on dictionary words;
- never use the same password on more than one site or service;
- do not click "reset password" links in emails you did not ask for.

Thank you for your understanding. If you have any questions, please open a
support ticket from the Linode Manager.

The Linode Team
""")
# 10 -- CircleCI: env vars of OSS projects exposed to forked-PR builds, rotate ---------
add(src="https://github.com/verygoodsecurity/LittleProxy/issues/14", provider="CircleCI",
    label="security-incident", orig="2017-06-05", day=6, time="19:03:27", tz="+0000", deadline="none",
    frm="CircleCI <security@circleci.com>",
    to="build-admins@fernhollow-pay.example",
    subject="Security notice: environment variables in fernhollow-pay/edge-proxy may have been exposed",
    body="""
Hello,

Late on Friday, [[2017-06-02|long]], CircleCI engineers found a bug that exposed
environment variables in open-source projects that are set up to build pull
requests from forks. Your project
https://circleci.com/gh/fernhollow-pay/edge-proxy is one of the projects
affected.

What happened
For projects with "Build forked pull requests" turned on, a fault in how we
filtered secrets meant that environment variables defined in the project
settings could be made available to builds triggered from forks. Anyone able
to open a pull request against a public repository could, in principle, have
read them from the build.

What we did
An engineer shipped a fix the same night and it is live in production, so new
builds are no longer affected. We have found no evidence of data loss or of
the exposed values being misused.

What we recommend
Even so, please treat every sensitive value stored as an environment variable
in this project as potentially seen by others:
1. Rotate those credentials (API tokens, deploy keys, cloud access keys,
   passwords) at the services that issued them.
2. Update the new values in Project Settings > Environment Variables.
3. Review the logs of the issuing services for use you do not recognise.

Someone with access to the project configuration will need to make these
changes. If you have questions, reply to this email and our support team will
help.

The CircleCI Security Team
""")

# 11 -- GitHub: suspicious sign-in, password reset forced ----------------------------
add(src="https://github.com/orgs/community/discussions/201911", provider="GitHub",
    label="security-incident", orig="2026-07-14", day=6, time="03:26:51", tz="+0000", deadline="none",
    frm="GitHub <noreply@github.com>",
    to="tomas-brandvold <tomas@brandvold-dev.example>",
    subject="[GitHub] Your password was reset after a suspicious sign-in",
    body="""
Hi @tomas-brandvold,

We noticed a sign-in to your GitHub account that looked suspicious, so as a
precaution we reset your password and signed you out of all active sessions.

Sign-in details
  Time:      [[2026-07-14|iso]] 02:58 UTC
  Location:  unrecognised location
  IP:        203.0.113.173
  Browser:   Chrome on Windows

Your previous password no longer works. To get back into your account:
1. Go to https://github.com/password_reset and request a reset link for the
   email address on your account.
2. Choose a new, strong password that you do not use anywhere else.
3. Check your security log (Settings > Security log) for actions you did not
   take, and review your SSH keys, personal access tokens, OAuth apps and
   GitHub Apps. Remove anything you do not recognise.

Two-factor authentication is already enabled on your account; it stays in
place and you will be asked for your second factor when you sign in again.

If you have trouble regaining access, contact GitHub Support at
https://support.github.com.

Thanks,
The GitHub Team
""")

# 12 -- Twilio SendGrid: account suspended by Compliance, suspected compromise --------
add(src="https://support.sendgrid.com/hc/en-us/articles/360041317354-How-to-Recover-a-Compromised-Account",
    provider="Twilio SendGrid", label="security-incident", orig="2024-03-19", day=7, time="15:48:02", tz="+0000",
    deadline="none",
    frm="Twilio SendGrid Compliance <compliance@sendgrid.com>",
    to="Priya Ghatak <priya@ghatak-events.example>",
    subject="Your Twilio SendGrid account has been suspended: suspected unauthorized access",
    body="""
Hello,

Our Compliance team has suspended sending on your Twilio SendGrid account
(username: ghatak-events) because we see signs that it has been compromised.

What we saw
Over the last hours your account sent a large burst of messages that do not
match your normal traffic: about 48,200 emails to recipients you have never
mailed before, impersonating a parcel delivery company, using API key
"prod-mailer-2". Bounce and spam-report rates for this traffic were far above
our limits.

To protect your sender reputation and your recipients, we have paused all
outbound mail and deleted the messages still queued.

To have the suspension lifted, please:
1. Log in and change your password (for a Twilio unified login, change it in
   the Twilio Console). Change the passwords of any Teammates or subusers
   that may also be affected.
2. Delete every existing API key and create new ones, then update your
   integrations with the new keys.
3. Consider turning on IP Access Management so that only your own addresses
   can use the account and its keys.
4. Reply to this email with a short root-cause summary: how the credentials
   were exposed and what you changed to stop it happening again.

Once we have your reply we will review the account and restore sending if
everything is in order.

Regards,
Twilio SendGrid Compliance
""")

# 13 -- ロリポップ!: 第三者によるサイト改ざん被害のご報告とお願い ---------------------------
add(src="https://lolipop.superbest.info/?page_id=105", provider="ロリポップ! (GMOペパボ)",
    label="security-incident", ja=True, orig="2013-09-05", day=7, time="18:30:00", tz="+0900",
    deadline="none",
    frm="ロリポップ! <info@lolipop.jp>",
    to="佐伯 真帆 <saeki@hoshizora-zakka.example>",
    subject="【ロリポップ!】第三者によるお客様サイト改ざん被害についてのご報告とお願い",
    body="""
佐伯 真帆 様

いつもロリポップ!をご利用いただき、ありがとうございます。

[[2013-08-28|jamd]]以降、当社「ロリポップ!レンタルサーバー」において、
第三者による不正アクセスでお客様のWordPressサイトが改ざんされる被害が
発生いたしました。お客様のアカウントも被害を受けたサイトに含まれることを
確認しましたので、ご報告いたします。

多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。

■ 対象アカウント
  アカウント: hoshizora-zakka.lolipop.example
  被害サイト: https://hoshizora-zakka.example/ (WordPress)

■ 被害の概要
  ・被害件数: 8,438件(当社調べ)
  ・内容: WordPressの管理者情報が書き換えられ、サイトのタイトル等が改ざん
  ・原因: 当社サーバーのディレクトリおよびwp-config.phpのパーミッション設定、
    ならびに当社の簡単インストール機能の不備により、他のアカウントから
    設定ファイルを読み取られる状態になっていたためです。

■ 当社で実施した対応
  ・全サーバーのパーミッション設定を見直し、他アカウントから参照できない
    よう修正しました。
  ・改ざんが確認されたファイルのパーミッションを「000」に変更し、
    公開を停止しています。
  ・ウイルススキャンと被害状況の調査を[[2013-09-05|jamd]]までに完了しました。

■ お客様にお願いしたいこと
  1. WordPressの管理者パスワードを変更してください。
  2. ユーザー専用ページからデータベースのパスワードを変更し、
     wp-config.php の設定も合わせて更新してください。
  3. FTPパスワードも変更してください。
  4. 改ざんされたサイトは、バックアップからの復元または再インストールを
     お願いいたします。手順はマニュアルに掲載しております。

再発防止のため、社内にセキュリティ対策の専任体制を設け、外部の専門会社の
支援も受けながら、システムと運用の両面で安全性の強化に取り組んでまいります。

ご不明な点は、ユーザー専用ページのお問い合わせフォームよりご連絡ください。

ロリポップ!レンタルサーバー
GMOペパボ株式会社
""")

# 14 -- Atlassian Bitbucket: app passwords disabled on June 9, 2026 ---------------------
add(src="https://github.com/asottile/all-repos/issues/395", provider="Atlassian (Bitbucket)",
    label="action-required", orig="2025-11-04", day=8, time="17:02:44", tz="+0000",
    deadline="2026-06-09",
    frm="Atlassian <noreply@am.atlassian.com>",
    to="Greta Lindqvist <greta@lindqvist-tools.example>",
    subject="Action required: Bitbucket app passwords stop working on [[2026-06-09|long]]",
    body="""
Hi Greta,

You are receiving this because your Bitbucket Cloud account has used an app
password in the last 90 days.

App passwords are being replaced by API tokens with scopes. Since
[[2025-09-09|long]] it has no longer been possible to create new app passwords.
On [[2026-06-09|long]], all remaining app passwords will be disabled.

What you need to do before [[2026-06-09|long]]
1. Find the scripts, CI jobs and tools that still sign in with an app
   password. Your recently used app passwords are listed under Personal
   settings > App passwords.
2. Create an API token with only the scopes each integration needs at
   id.atlassian.com > Security > API tokens (choose "Create API token with
   scopes" and select Bitbucket).
3. Update each integration. For Git over HTTPS and the REST API, use your
   Atlassian account email as the username and the API token as the password.
4. Delete the app passwords you no longer need.

What happens if you do nothing
From [[2026-06-09|long]], any request authenticated with an app password will
be rejected, and the affected integrations will stop working.

Recently used app passwords on your account:
  - backup-cron            last used [[2025-11-02|iso]]
  - all-repos-push         last used [[2025-10-29|iso]]

Learn more in the Bitbucket Cloud documentation on API tokens.

Thanks,
The Bitbucket team
Atlassian
""")

# 15 -- Twilio: unregistered US 10DLC traffic will be blocked ---------------------------
add(src="https://github.com/mautic/mautic/issues/12479", provider="Twilio",
    label="action-required", orig="2023-06-12", day=8, time="21:15:30", tz="+0000",
    deadline="2023-07-05",
    frm="Twilio <no-reply@twilio.com>",
    to="Marco Ulloa <marco@ulloa-notify.example>",
    subject="Action Required: register your US 10DLC numbers before [[2023-07-05|long]]",
    body="""
Hi Marco,

Your Twilio account ACe1f0a6c2d4b8e7f9a1c3b5d7e9f2a4c6 has sent SMS to US
numbers from 10-digit long code (10DLC) numbers that are not yet registered to
an approved A2P 10DLC campaign.

What is changing
Starting [[2023-07-05|long]], every 10DLC number used to send SMS or MMS to US
phone numbers must be registered to an approved campaign under your brand.
- From [[2023-07-05|long]], messages from unregistered numbers will be blocked
  in increasing proportions.
- After [[2023-08-31|long]], all US-bound messages from unregistered 10DLC
  numbers will be blocked.

What you need to do
1. Register your brand in the Twilio Console (Messaging > Regulatory
   Compliance > A2P 10DLC).
2. Register a campaign that describes your use case, with sample messages and
   your opt-in process.
3. Add your sending numbers, or your Messaging Service, to the approved
   campaign.

Vetting can take several days, so please start as soon as possible.

Numbers on this account that are not registered:
  +1 555 010 4471
  +1 555 010 4472

If you no longer send to the US from these numbers, no action is needed.

Thanks,
Team Twilio
""")

# 16 -- Netlify: builds fail after Trusty build image end of support ------------------
add(src="https://github.com/opentargets/issues/issues/1650", provider="Netlify",
    label="action-required", orig="2021-07-20", day=9, time="16:44:19", tz="+0000",
    deadline="2021-09-19",
    frm="Netlify <team@netlify.com>",
    to="Andrea Holm <andrea.holm@veltren-bio.example>",
    subject="[Action required] Builds for 5 of your sites will fail after [[2021-09-19|long]]",
    body="""
Hi Andrea,

Some sites on your team "Veltren Bio" still build on the Ubuntu 14.04 "Trusty"
build image. Trusty has reached end of support, and after [[2021-09-19|long]] builds
that use it will fail.

Affected sites
  - jolly-newton-4b21c7       (portal pre-launch page)
  - genetics-app
  - platform-app
  - paratrooper-lynx-55102
  - general-manager-ivy-80311

What you need to do
For each site, go to Site settings > Build & deploy > Build image selection
and choose Ubuntu Focal 20.04. Then trigger a new deploy and check that the
build still succeeds; newer language and tool versions are the default on the
new image, so you may need to pin versions in your configuration.

If you do nothing, your currently published deploys will keep serving, but
every new build on these sites will fail from [[2021-09-19|long]].

The build image migration guide in our support forums lists the differences
between the images and the most common fixes.

Thanks,
The Netlify Team
""")

# 17 -- Mailgun: all domains must be verified with SPF/DKIM ---------------------------
add(src="https://github.com/slco-2016/clientcomm/issues/245", provider="Mailgun",
    label="action-required", orig="2016-10-31", day=9, time="19:30:11", tz="+0000",
    deadline="2016-12-01",
    frm="Mailgun <help@mailgun.com>",
    to="Kuan Bashir <kuan@claywater-county.example>",
    subject="Upcoming changes to domain verification on your Mailgun account",
    body="""
Hello,

We are writing about upcoming changes that may affect your Mailgun account.
The steps below will help you decide whether you need to change anything to
keep sending and receiving through Mailgun.

On [[2016-11-01|long]]:
- Every domain created from this date on must be verified with a DKIM and an
  SPF record before it can send or receive messages.

On [[2016-12-01|long]]:
- All domains, whenever they were created, must be verified to keep sending
  and receiving messages.
- All subdomains of mailgun.org will be treated as sandbox domains, which can
  only send to up to five authorized recipients.

Why we are doing this
Verification adds a proof-of-ownership check. Over the years we have raised our
requirements in line with industry practice, and this change makes every domain
on your account follow the same rules regardless of its age.

How to tell whether you are affected
1. Log in and open the Domains page.
2. Any domain shown as "Unverified" needs the DNS records listed on its
   detail page. Add them at your DNS provider and click "Check DNS records
   now".
3. If you send from a subdomain of mailgun.org, add and verify a domain of
   your own and switch your application to it.

Unverified domains on this account:
  notify.claywater-county.example
  sandbox3f1a.mailgun.org

If you have questions, our support team is happy to help.

Thanks,
The Mailgun Team
""")

# 18 -- お名前.com: ドメイン情報認証(メールアドレス有効性認証)のお願い ---------------------
add(src="https://attrise.blog/ceo/archives/11963", provider="お名前.com (GMOインターネット)",
    label="action-required", ja=True, orig="2020-07-15", day=10, time="10:12:36", tz="+0900",
    deadline="2020-07-29",
    frm="お名前.com <verification-noreply@onamae.com>",
    to="atelier-kaede@kaede-works.example",
    subject="【重要】[お名前.com] ドメイン 情報認証のお願い",
    body="""
■ドメイン登録者情報のメールアドレス有効性認証のお願い

お名前.comをご利用いただき、ありがとうございます。

ICANN(ドメイン名の管理・調整を行う国際的な非営利法人)の方針により、
ドメイン登録者情報として登録されているメールアドレスが有効であることを
確認させていただく必要がございます。

下記のドメインについて、本メール到着から14日以内に認証手続きを
完了してください。

  対象ドメイン : kaede-works.example
  登録者メールアドレス : atelier-kaede@kaede-works.example
  認証期限 : [[2020-07-29|jaw]]

■メールアドレスの有効性認証■
以下のURLにアクセスいただくだけで認証が完了します。
https://www.onamae.com/verify/?token=9c2e7b40f1a3d6582e0c

期限までに認証が確認できない場合、上位機関の規定により該当ドメインの
利用が制限され(clientHold)、ドメインを利用したホームページの閲覧や
メールの送受信ができなくなります。必ずお手続きをお願いいたします。

※認証はメールアドレスごとに1回のみです。一度認証を済ませたアドレスは、
 今後の登録情報変更時にも改めての認証は不要です。
※登録者情報の内容に誤りがある場合は、ドメインNaviより修正してください。

───────────────────────
お名前.com
GMOインターネット株式会社
───────────────────────
""")
# 19 -- さくらインターネット: 独自SSL(IPアドレスベース)の提供終了 ---------------------------
add(src="https://help.sakura.ad.jp/360000338404297/", provider="さくらインターネット",
    label="action-required", ja=True, orig="2020-02-20", day=10, time="14:05:00", tz="+0900",
    deadline="2021-06-30",
    frm="さくらインターネット <info@sakura.ad.jp>",
    to="中原 拓也 <nakahara@minato-kikaku.example>",
    subject="【重要】さくらのレンタルサーバ 独自SSL(IPアドレスベース)提供終了のお知らせ",
    body="""
中原 拓也 様

会員ID: xkp71024
サービスコード: 110302957718

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

さくらのレンタルサーバで提供しております「独自SSL(IPアドレスベース)」
機能につきまして、[[2021-06-30|jaw]]をもって提供を終了することとなりました。
お客様のご契約サーバにて本機能のご利用を確認しましたので、ご案内いたします。

■提供終了の背景
SNIベースとの仕様上の差がほとんどなくなり、IPアドレスベースのご利用が
減少していることから、SNIベースへ一本化することといたしました。

■対象サービス
・さくらのレンタルサーバ ビジネスプロプラン
・さくらのマネージドサーバ
※上記以外のプランをご利用のお客様は対象外です。

■今後のスケジュール
 [[2020-02-20|ja]]  本お知らせの送付
 [[2020-10-01|ja]]  IPアドレスベースの新規設定を受付終了
 [[2021-06-30|ja]]  IPアドレスベースの提供終了

■お客様にお願いしたいこと
提供終了日までに、ご利用中のドメインのSSL設定をSNIベースへ切り替えて
ください。
 1. サーバコントロールパネルにログインします。
 2. 「ドメイン/SSL」から対象ドメインのSSL種別を確認します。
 3. 「IPアドレスベース」と表示されているドメインについて、
    SNIベースで証明書を再設定します。

提供終了日を過ぎてもIPアドレスベースのまま設定されているドメインでは、
https(SSL)でのアクセスができなくなります。

長らくご利用いただき、誠にありがとうございました。
今後ともさくらインターネットをよろしくお願いいたします。

さくらインターネット株式会社
カスタマーセンター
""")

# 20 -- さくらのクラウド: 一部パブリックアーカイブでSSHホスト鍵が同一 -----------------------
add(src="https://cloud.sakura.ad.jp/news/?p=3754", provider="さくらインターネット (さくらのクラウド)",
    label="security-advisory", ja=True, orig="2016-04-28", day=11, time="19:10:00", tz="+0900",
    deadline="none",
    frm="さくらのクラウド <cloud-info@sakura.ad.jp>",
    to="インフラ担当 <infra@tsubame-logistics.example>",
    subject="【重要】パブリックアーカイブ由来サーバのSSHホスト鍵再生成のお願い",
    body="""
さくらのクラウドをご利用のお客様へ

平素はさくらのクラウドをご利用いただき、誠にありがとうございます。

さくらのクラウドで提供しているパブリックアーカイブの一部のOSにおいて、
本来サーバごとに異なるはずのSSHホスト鍵が、同じアーカイブから作成した
サーバ間で同一になっていることが判明いたしました。
お客様のアカウントに、該当するアーカイブから作成されたサーバがございます。

■影響
この問題により第三者がサーバへ不正にログインできるようになるわけでは
ありません。ただし、SSH接続時にホストのなりすましを検出する仕組みが
働かない場合があり、中間者によるパスワード盗聴のリスクが高まります。

■対象のパブリックアーカイブ
・Ubuntu Server
・Debian GNU/Linux
・FreeBSD
・KUSANAGI
※CentOS 5/6/7、Scientific Linux、SiteGuardのアーカイブ、および
 ISOイメージからインストールしたサーバは対象外です。

■お客様の対象サーバ
・tsb-web01 (ゾーン: 石狩第1、サーバID: 112800473519)
・tsb-web02 (ゾーン: 石狩第1、サーバID: 112800473520)

■お願い
上記サーバにつきまして、マニュアル記載の手順でSSHホスト鍵を再生成して
ください。再生成後、接続元クライアントの known_hosts に登録されている
古い鍵情報の削除が必要です。

問題のあるアーカイブは順次、修正版に差し替えております。差し替え後の
アーカイブから新規に作成するサーバは影響を受けません。進捗はサポート
サイトにて随時ご報告いたします。

ご不便をおかけし申し訳ございません。何卒よろしくお願いいたします。

さくらインターネット株式会社
""")

# 21 -- GitLab: critical security release 16.0.1 (CVE-2023-2825) --------------------
add(src="https://about.gitlab.com/releases/2023/05/23/critical-security-release-gitlab-16-0-1-released/",
    provider="GitLab", label="security-advisory", orig="2023-05-23", day=11, time="20:36:14", tz="+0000",
    deadline="none",
    frm="GitLab <security-alerts@gitlab.com>",
    to="Platform Team <platform@orchard-ledger.example>",
    subject="GitLab Critical Security Release: 16.0.1 for GitLab Community and Enterprise Edition",
    body="""
Today we are releasing version 16.0.1 for GitLab Community Edition (CE) and
Enterprise Edition (EE).

This release fixes one critical vulnerability. We strongly recommend that all
installations running version 16.0.0 upgrade to 16.0.1 right away. GitLab.com
is already running the patched version.

Vulnerability: arbitrary file read via uploads path traversal
CVE:      CVE-2023-2825
Severity: critical (CVSS 10.0)
Affected: GitLab CE/EE 16.0.0 only; earlier versions are not affected.

An unauthenticated user could use a path traversal flaw to read arbitrary
files on the server when an attachment exists in a public project that is
nested within at least five groups.

Recommended action
- Self-managed instances on 16.0.0: upgrade to 16.0.1 now. Omnibus, Helm
  chart, Docker and source installations all have updated packages.
- Instances on 15.11.x or earlier: no action is needed for this issue.
- After upgrading, review web server logs for requests to
  /uploads/ paths containing encoded "../" sequences.

We have no evidence that this issue is being exploited at the time of release.

You are receiving this email because you subscribed to GitLab security
notices. Full details will be published in our issue tracker 30 days after
this release.

GitLab Security Team
""")

# 22 -- スマイルサーバ: メール容量超過時の仕様変更工事 -------------------------------------
add(src="https://support.smileserver.ne.jp/ver4/71mtn/2021/08/2021052501.html", provider="スマイルサーバ",
    label="maintenance", ja=True, orig="2021-08-19", day=12, time="15:00:00", tz="+0900",
    deadline="2021-09-09",
    frm="スマイルサーバ サポートセンター <support@smileserver.ne.jp>",
    to="総務部 <soumu@hanamizuki-kensetsu.example>",
    subject="【工事のお知らせ】メール容量超過時の仕様変更工事の実施について([[2021-09-09|jamd]]実施)",
    body="""
お客様各位

平素はスマイルサーバをご利用いただき、誠にありがとうございます。
下記の日程にて、メール容量超過時の仕様変更工事を実施いたします。
ご迷惑をおかけいたしますが、何卒ご了承くださいますようお願い申し上げます。

■工事内容
 メール容量超過時の動作に関する仕様変更

■工事日時
 [[2021-09-09|jaw]] 0:00 ~ 4:00

■工事中の影響
 上記時間帯のうち1時間程度、以下のサービスがご利用いただけません。
 ・Web
 ・メール(POP/IMAPによる受信済みメールの閲覧を除く)
 ・管理ツール(サイトマネージャー、Webマネージャー、メールマネージャー)

 ※工事中は新着メールの受け付けを停止します。送信元サーバの設定により、
  工事終了後に再送されるか、送信元へ配送失敗の通知が返ります。

■変更内容
 変更前: メールアカウントが容量超過の状態で、24時間再送を試みても解消
     されない場合に、送信元へエラーを返します。
 変更後: メールアカウントが容量超過の状態の場合、即時に送信元へエラーを
     返します。

■対象のお客様
 スマイルサーバをご利用のすべてのお客様

お客様側での作業は必要ございません。ただし、容量超過によるメールの
受け取り漏れを防ぐため、メールボックスの使用量を定期的にご確認ください。

スマイルサーバ サポートセンター
""")

# 23 -- エックスサーバー: 公式サイト・Xserverアカウントで TLS 1.0/1.1 を無効化 -------------------
add(src="https://nekonabe-blog.com/xserver/439", provider="エックスサーバー",
    label="maintenance", ja=True, orig="2020-11-12", day=12, time="11:30:00", tz="+0900",
    deadline="2020-12-10",
    frm="エックスドメイン <support@xdomain.ne.jp>",
    to="小島 遥 <kojima@hanagasumi-blog.example>",
    subject="【重要】公式サイトおよびXserverアカウントにおけるTLS 1.0/1.1無効化のお知らせ",
    body="""
小島 遥 様

いつもエックスドメインをご利用いただき、誠にありがとうございます。

通信の安全性向上のため、[[2020-12-10|jaw]]より、公式サイトおよび
Xserverアカウント等の各種管理ツールにおいて TLS 1.0/1.1 を無効化いたします。

■実施日
 [[2020-12-10|jaw]]

■影響を受ける箇所
 ・エックスドメイン公式サイトへのアクセス
 ・Xserverアカウント等の管理ツールのご利用

■影響を受ける主なご利用環境
 [PC]
  ・Internet Explorer 10.0以前
  ・Mac OS X 10.8以前のSafari
  ・Google Chrome 29以前 / Firefox 26以前
 [スマートフォン・タブレット]
  ・Android 4.4以前の標準ブラウザ
  ・iOS 4以前の標準ブラウザ
 [フィーチャーフォン]
  ・すべての機種で影響を受けます

TLS 1.2/1.3 に対応したブラウザをご利用の場合は影響はございません。
お客様のサーバーで公開しているウェブサイトやメールには影響ございません。

作業は当社にて実施いたしますので、お客様による設定変更は不要です。
上記の環境で管理ツールをご利用の場合は、実施日までに最新のブラウザへの
切り替えをご検討ください。

今後ともエックスドメインをよろしくお願い申し上げます。

エックスサーバー株式会社
""")

# 24 -- Checkly: planned maintenance window for a database migration -----------------
add(src="https://github.com/checkly/public-roadmap/issues/191", provider="Checkly",
    label="maintenance", orig="2022-08-26", day=13, time="09:40:00", tz="+0000",
    deadline="2022-09-05",
    frm="Tim from Checkly <support@checklyhq.com>",
    to="Sofie Marchetti <sofie@halyard-status.example>",
    subject="Planned maintenance: [[2022-09-05|wmd]], 7am UTC (30 minutes)",
    body="""
Hi Sofie,

On [[2022-09-05|wlong]] at 7am UTC / 9am CEST / 3am ET, Checkly engineering will
run a critical database migration inside a 30-minute planned maintenance window.

What to expect during the window
- The Checkly web app and API will be read-only.
- Check scheduling will pause for about 10 minutes. Checks will not run during
  that time, so alerts for that period will not fire.
- Our backend team has rehearsed the migration plan many times, but a small
  residual risk of data loss remains.

No action is needed on your side. If you run critical checks, you may want to
keep an eye on your own systems during the window.

Why we are doing this
The migration moves our main database to a new provider. It gives us better
reliability and disaster recovery, shorter routine maintenance and more detailed
performance insight going forward.

If you notice anything odd after the window, just reply to this email and our
support team will jump on it.

Thanks for your patience,

Tim Nolet, CTO
Checkly
""")

# 25 -- 3DS OUTSCALE: scheduled hypervisor hardware maintenance ----------------------
add(src="https://docs.outscale.com/en/userguide/Infrastructure-Maintenance.html", provider="3DS OUTSCALE",
    label="maintenance", orig="2024-10-07", day=13, time="08:15:22", tz="+0200",
    deadline="2024-10-22",
    frm="3DS OUTSCALE Support <support@outscale.com>",
    to="Cloud Ops <cloudops@verrier-analytique.example>",
    subject="[Ticket #OSC-773104] Scheduled hardware maintenance on [[2024-10-22|short]] - eu-west-2",
    body="""
Hello,

To keep our infrastructure up to date, we have planned hardware maintenance on
the hypervisors that host some of your virtual machines (VMs) in the eu-west-2
Region.

Maintenance window
  Start:  [[2024-10-22|wlong]], 21:00 CEST
  End:    [[2024-10-23|wlong]], 01:00 CEST
  Event:  system-reboot (hardware maintenance)

Impacted VMs
  i-4a7c91e2   app-front-01   eu-west-2a
  i-9d03b5f8   app-front-02   eu-west-2a

What happens
VMs that are still in the running state when the maintenance starts will be
stopped automatically by our teams and started again once the work is done.
Expect each VM to be unavailable for a short time during the window.

Recommendation
To avoid an unplanned stop, you can stop and start these VMs yourself before the
window. A stop/start moves the VM to an up-to-date hypervisor, and the scheduled
event then disappears from the VM's status. A reboot from inside the operating
system is not enough.

You will receive a reminder one week and 24 hours before the maintenance, and a
message when it begins and ends. You can follow this ticket in Cockpit.

Best regards,
The 3DS OUTSCALE Support Team
""")

# 26 -- IIJmio: ユニバーサルサービス料の改定 ---------------------------------------------
add(src="https://www.iijmio.jp/info/iij/1559268002-24452.html", provider="IIJ (IIJmio)",
    label="pricing", ja=True, orig="2019-05-31", day=14, time="13:00:00", tz="+0900",
    deadline="2019-07-01",
    frm="IIJmio サポートセンター <info@iijmio.jp>",
    to="河合 俊介 <kawai@kawai-office.example>",
    subject="【IIJmio】ユニバーサルサービス料改定のお知らせ",
    body="""
お客様各位

株式会社インターネットイニシアティブ

拝啓 時下ますますご清祥のこととお慶び申し上げます。
平素は弊社サービスをご利用いただき、誠にありがとうございます。

このたび、ユニバーサルサービス支援機関(一般社団法人電気通信事業者協会)が
算定する番号単価が変更されることに伴い、1電話番号あたりの
「ユニバーサルサービス料」を下記のとおり改定いたします。

ご不明な点がございましたら、IIJmioお問い合わせ窓口までご連絡ください。

敬具

記

【対象サービス(個人向け)】
 ・IIJmioモバイルサービス
 ・IIJmioモバイルプラスサービス
 ・IIJmioひかり(IIJmioひかり電話)

【適用開始】
 [[2019-07-01|jaw]]以降のご利用分から

【改定後の料金】
 改定前: 月額2円(税込2.16円)
 改定後: 月額3円(税込3.24円)
 ・1電話番号あたりの料金です。
 ・IP電話のご利用有無にかかわらず、対象サービスをご契約のすべての
  お客様にご負担いただきます。
 ・毎月のご利用料金に合算してご請求いたします。

以上
""")

# 27 -- Hetzner (German): price adjustment for additional IPv4 addresses --------------
add(src="https://www.it-linuxmaker.com/news/artikel/preisskandal-bei-hetzner-online.html", provider="Hetzner",
    label="pricing", lang="de", orig="2021-07-28", day=14, time="14:26:08", tz="+0200",
    deadline="2022-01-01",
    frm="Hetzner Online GmbH <info@hetzner.com>",
    to="Kerstin Albrecht <k.albrecht@albrecht-media.example>",
    subject="Preisanpassung für IPv4-Adressen",
    body="""
Sehr geehrte Frau Albrecht,

IPv4-Adressen sind weltweit knapp, und ihre Beschaffung wird für uns seit
Jahren deutlich teurer. Wir haben diese Mehrkosten lange selbst getragen,
müssen unsere Preise für zusätzliche IPv4-Adressen nun aber anpassen.

Was ändert sich?

Zusätzliche Einzel-IPv4-Adresse (Dedicated Server)
  bisher:  1,00 EUR pro Monat (netto 0,84 EUR), keine Einrichtungsgebühr
  neu:     2,02 EUR pro Monat (netto 1,70 EUR)
           zzgl. einmalig 22,61 EUR Einrichtungsgebühr (netto 19,00 EUR)

IPv4-Subnetze werden entsprechend pro enthaltener Adresse berechnet.

Ab wann gilt das?
  - Für Neubestellungen gelten die neuen Preise ab sofort.
  - Für bereits gebuchte Adressen gelten die neuen Preise ab dem
    [[2022-01-01|de]].

Ihre aktuell gebuchten Zusatzadressen:
  Server #1348862 (AX41):   2 Einzel-IPs
  Server #1351077 (EX42):   1 Subnetz /29

Wenn Sie Adressen nicht mehr benötigen, können Sie diese jederzeit über den
Robot kündigen. Wir empfehlen außerdem, wo möglich IPv6 zu nutzen; jedes
Produkt enthält weiterhin ein /64-IPv6-Subnetz ohne Aufpreis.

Wir danken Ihnen für Ihr Verständnis.

Mit freundlichen Grüßen

Ihr Hetzner Online Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen
""")
# 28 -- Vercel: fair-use usage warning, function execution over 100% ------------------
add(src="https://github.com/DIYgod/RSSHub/issues/6381", provider="Vercel",
    label="billing", orig="2020-12-08", day=15, time="06:52:17", tz="+0000", deadline="none",
    frm="Vercel <notifications@vercel.com>",
    to="Wen Jiahao <jiahao@feedkite.example>",
    subject="Usage limit warning for your Personal Account",
    body="""
Hi Wen,

We are getting in touch to let you know that your Personal Account has used more
than 100% of the resources allocated to it during the current 30-day usage
period, as set out in our Fair Use Policy.

Usage for the period [[2020-11-16|short]] - [[2020-12-16|short]]:

  Bandwidth                          21.48 GB / 100 GB              (21.5%)
  Serverless Function Execution     377.10 GB-Hours / 100 GB-Hours  (377.1%)
  Build Execution                     1.92 Hours / 100 Hours        (1.9%)
  Image Optimization Source Images      0 / 1,000                   (0%)

Most of the function usage comes from the project "feedkite-rss".

What this means
Hobby accounts are meant for personal, non-commercial projects within these
limits. If usage stays well above them, we may pause the affected deployments
until the next usage period starts.

What you can do
- Look at the Usage tab of your dashboard to see which functions and routes
  use the most time.
- Reduce function execution, for example by caching responses or lowering the
  frequency of scheduled requests.
- If your project needs more resources, upgrade to the Pro plan, which
  includes higher limits and usage-based pricing.

Thanks,
The Vercel Team
""")

# 29 -- エックスサーバー: サーバー契約更新に関するお知らせ ---------------------------------
add(src="https://kazumaru-blog.com/post-7047/", provider="エックスサーバー",
    label="billing", ja=True, orig="2021-08-15", day=15, time="09:00:00", tz="+0900",
    deadline="2021-09-30",
    frm="エックスサーバー <support@xserver.ne.jp>",
    to="丸山 和也 <maruyama@kazu-notes.example>",
    subject="【Xserver】サーバー契約更新に関するお知らせ(利用期限:[[2021-09-30|ja]])",
    body="""
丸山 和也 様

いつもエックスサーバーをご利用いただき、誠にありがとうございます。

ご契約中のサーバーアカウントの利用期限が近づいておりますので、
契約更新についてご案内いたします。

────────────────────────────
■ご契約情報
 サーバーID : kazunotes
 プラン   : スタンダード
 利用期限  : [[2021-09-30|jaw]]
 自動更新  : 未設定
────────────────────────────

引き続きご利用いただく場合は、利用期限までに「Xserverアカウント」の
「料金支払い」メニューより更新手続き(お支払い)をお願いいたします。

■お支払い方法
 ・クレジットカード(お支払い後すぐに反映されます)
 ・銀行振込/コンビニエンスストア/ペイジー(反映まで日数を要する場合があります)

※利用期限を過ぎますと、サーバーアカウントは凍結され、ウェブサイトの表示や
 メールの送受信ができなくなります。凍結後も一定期間を過ぎると、サーバー上の
 データはすべて削除されますのでご注意ください。
※クレジットカードの自動更新を設定いただくと、次回以降のお手続きが不要になります。
※本メールは利用期限の約1か月半前と2週間前にお送りしています。
 すでにお手続き済みの場合は、行き違いですのでご容赦ください。

今後ともエックスサーバーをよろしくお願い申し上げます。

エックスサーバー株式会社
https://www.xserver.ne.jp/
""")

# 30 -- Docker: subscription payment failed, retries and grace period ----------------
add(src="https://github.com/docker/docs/issues/24093", provider="Docker",
    label="billing", orig="2025-03-04", day=16, time="12:07:55", tz="+0000",
    deadline="2025-03-19",
    frm="Docker Billing <billing@docker.com>",
    to="Finance <finance@meridian-grid.example>",
    subject="Action Required - Credit Card Payment Failed",
    body="""
Hello,

We were unable to charge the card on file for your Docker subscription.

  Organization:   meridiangrid
  Plan:           Docker Team, 12 seats, monthly
  Invoice:        INV-7F3A21C-0008
  Amount due:     USD 180.00
  Card:           Visa ending in 4417 (declined: insufficient funds)

What happens next
- We will retry the payment automatically over the next 15 days on our retry
  schedule.
- You cannot trigger a retry from Docker Hub, but you can pay the open invoice
  at any time with the "Pay online" link on the invoice.
- If the invoice is still unpaid when the grace period ends on
  [[2025-03-19|long]], your organization will be moved to the Docker Personal (free)
  plan and paid features, such as extra seats and private repository limits,
  will be turned off.

What you can do now
1. Sign in to Docker Home and open Billing > Payment methods.
2. Add a new card or update the default payment method.
3. Optionally pay invoice INV-7F3A21C-0008 now so that the next retry is not
   needed.

If you believe this is an error, contact us at billing@docker.com and include
your organization name.

Thanks,
Docker Billing
""")

# 31 -- EX-CLOUD: 障害復旧報告(共用サーバーのネットワーク障害) -------------------------
add(src="https://ex-cloud.jp/maintenance/?p=1508", provider="EX-CLOUD",
    label="informational", ja=True, orig="2018-05-11", day=16, time="11:20:00", tz="+0900",
    deadline="none",
    frm="EX-CLOUD サポート <support@ex-cloud.jp>",
    to="web担当 <web@kiyosato-nouen.example>",
    subject="【障害復旧】[[2018-05-11|slash]] レンタルサーバーネットワーク障害",
    body="""
お客様各位

平素よりEX-CLOUDをご利用いただきまして、誠にありがとうございます。

ご利用いただいている共用サーバープランの一部において、サーバーへの疎通が
取れなくなる障害が発生いたしました。現在は復旧しております。
ご迷惑をおかけしましたことを深くお詫び申し上げます。

■対象サーバー
 共用サーバープラン(START / FLEX / SECURE / RS1 Lite / Basic / Pro)の一部
 代表ホスト名: pfve01~07 / pfve09~10 / pive01~07 / pive09 / rs102~103
 ※RS2プラン(rs201~)をご利用のお客様は対象外です。

■障害発生時間
 [[2018-05-11|jaw]] 3時34分 ~ 4時36分

■影響範囲
 ウェブ、メール、管理画面(Plesk)へのアクセスなど、すべての通信ができない
 状態となっておりました。

■原因と対応
 対象サーバーでシステムの自動アップデートが実行された際、既存のアクセス制御
 設定との間で不整合が生じ、外部からの接続ができなくなりました。
 エンジニアがシステムの調整とアクセス制御ルールの修復を行い、サービスは
 復旧しております。あわせて、管理画面ソフトのメーカーが提供する再発防止策の
 適用も進めております。

■障害中に送信されたメールについて
 ・再送を行う送信元サーバーの場合: 復旧後に遅れて配送されます。
 ・再送を行わない送信元サーバーの場合: 送信元へエラーメールが返送されます。

お客様による作業は必要ございません。
今後とも EX-CLOUD をよろしくお願い申し上げます。
""")

# 32 -- OVH (French): double incident resolved, SLA credits ---------------------------
add(src="http://www.numerama.com/business/305364-ovh-prepare-lindemnisation-de-ses-clients.html",
    provider="OVHcloud", label="informational", lang="fr", orig="2017-11-10", day=17, time="16:05:00", tz="+0100",
    deadline="none",
    frm="OVH <noreply@ovh.com>",
    to="Mathilde Guérin <m.guerin@atelier-guerin.example>",
    subject="Incident du [[2017-11-09|frmd]] : rétablissement de vos services et application des SLA",
    body="""
Bonjour,

Le [[2017-11-09|frw]], OVH a fait face à deux incidents distincts qui ont touché une
partie de vos services :

- à Strasbourg (SBG), une panne d'alimentation électrique a arrêté le centre de
  données ;
- à Roubaix (RBX), un défaut logiciel sur le réseau optique a coupé les liens
  entre le centre de données et nos points d'interconnexion.

Où en sommes-nous ?
À l'heure où nous vous écrivons, 99 % de l'infrastructure est de nouveau
opérationnelle. Les derniers serveurs concernés (serveurs dédiés, instances
Public Cloud, VPS et Private Cloud) sont traités un par un par nos équipes,
mobilisées jour et nuit.

Vos services concernés
- VPS vps-4d1e92a7.vps.ovh.example (SBG1) : rétabli le [[2017-11-09|frmd]] à 21 h 40
- Serveur dédié ns-3318840.ip-198-51-100.example (RBX) : rétabli le [[2017-11-10|frmd]] à 03 h 10

Et ensuite ?
Une fois l'incident clos, nous appliquerons les engagements de niveau de service
(SLA) prévus dans vos contrats. Les crédits correspondants seront calculés
automatiquement et apparaîtront sur votre espace client ; aucune démarche n'est
nécessaire de votre part.

Un rapport détaillé sur les causes des deux incidents et sur les mesures prises
pour éviter qu'ils se reproduisent sera publié sur notre site de suivi des
travaux.

Nous vous prions de nous excuser pour la gêne occasionnée.

L'équipe OVH
""")

# 33 -- GitHub: Corporate Terms of Service update, effective May 1 ---------------------
add(src="https://github.com/github/site-policy/pull/163", provider="GitHub",
    label="informational", orig="2019-03-29", day=17, time="18:22:40", tz="+0000",
    deadline="2019-05-01",
    frm="GitHub <noreply@github.com>",
    to="Billing Manager <billing@tallgrass-robotics.example>",
    subject="Updates to GitHub's Corporate Terms of Service",
    body="""
Hello,

We are writing to let you know that we have updated the GitHub Corporate Terms
of Service, which apply to your organization tallgrass-robotics. The changes take
effect on [[2019-05-01|long]].

What is changing
The update clarifies existing terms in two sections:
- Definitions: wording about who counts as a user of the service and what
  "Customer Content" covers has been made more precise.
- Account Terms: the responsibilities of account owners and organization
  administrators are described more clearly.

These are clarifications. The update does not change your price or your plan,
and you do not need to do anything to keep using GitHub.

You can read the updated terms and compare them with the previous version in our
public site-policy repository. If you keep using GitHub after
[[2019-05-01|long]], the updated terms will apply to your organization.

If you have questions, contact us through https://support.github.com.

Thanks,
GitHub
""")

# 34 -- PHISHING: fake GitHub "token used in an unusual manner" OAuth lure ---------------
add(src="https://github.com/3ks/ent-doc-zh_cn/issues/1", provider="GitHub (impersonated)",
    label="security-incident", phishing=True, orig="2025-08-15", day=18, time="10:51:03", tz="+0000",
    deadline="none",
    frm="Godtide <notifications@github.com>",
    to="tr-lab/docs-mirror <docs-mirror@noreply.github.com>",
    subject="[tr-lab/docs-mirror] Security your Account Now (Issue #1)",
    body="""
Hello @tr-lab

Security your Account Now:
https://github.com/login/oauth/authorize?client_id=Ov23liQ7xR2kT9pLm4Za&redirect_uri=https://token-revoke-check.example/auth/callback&scope=repo%20user%20read:org%20gist%20delete_repo%20workflow

Your GitHub **Personal Access Token** or **OAuth app token** has been used in an
unusual manner.

## Incident Details
- **Source IP:** 203.0.113.245 (unrecognized / suspicious origin)
- **Timestamp:** [[2025-08-15|iso]] 10:42 UTC
- **Malicious Actions:**
  - Unauthorized repository cloning (possible source code exfiltration)
  - Creation and modification of issues and PRs (possible backdoor injection)
  - Changes to GitHub Actions workflows (possible CI/CD hijacking)

Potential risks:
- Unauthorized changes to your repositories
- Malicious code injected into production pipelines
- Leaked CI/CD secrets and environment variables

We strongly recommend that you:
1. Revoke the compromised token.
2. Audit recent commits and PRs.
3. Review GitHub Actions workflows for unauthorized changes.

[Review Token Activity]
https://github.com/login/oauth/authorize?client_id=Ov23liQ7xR2kT9pLm4Za&redirect_uri=https://token-revoke-check.example/auth/callback&scope=repo%20user%20read:org%20gist%20delete_repo%20workflow

--
Reply to this email directly, view it on GitHub:
https://github.com/tr-lab/docs-mirror/issues/1
You are receiving this because you were mentioned.
""")

# 35 -- PHISHING (Japanese): fake Xserver Business migration notice, webmail re-auth ------
add(src="https://umeyalabo.com/?p=9138", provider="エックスサーバー (なりすまし)",
    label="action-required", phishing=True, ja=True, orig="2023-06-28", day=18, time="17:44:12", tz="+0900",
    deadline="2023-06-30",
    frm="Xserver BUSINESS <info@xserver.ne.jp>",
    to="ume@ume-gadget.example",
    subject="【Xserver ビジネス】[[2023-07-03|jamd]]開始 メールサーバー移行スケジュールのご案内",
    body="""
ume@ume-gadget.example 様

平素はXserver ビジネスをご利用いただき、誠にありがとうございます。

当社では[[2023-07-03|jamd]]より、サービス品質向上のためメールサーバーの
新環境への移行を順次実施いたします。
移行スケジュールの詳細は、下記の特設サイトにてご確認ください。

■移行期間
 [[2023-07-03|jaw]] ~ [[2023-07-31|jaw]]

■お客様へのお願い
移行後もメールを継続してご利用いただくため、[[2023-06-30|jamdw]]までに
WEBメールへログインし、アカウントの再認証を完了してください。
再認証が確認できないメールアドレスは、移行対象から除外され、
新環境で受信ができなくなります。

▼特設サイト / WEBメール再認証はこちら
https://xserver-business-migration.example/webmail/login?u=ume%40ume-gadget.example

※本メールは送信専用アドレスから配信しております。
※ご不明点はサポートセンターまでお問い合わせください。

Xserver ビジネス サポートセンター
エックスサーバー株式会社
""")

# 36 -- PHISHING: fake Vercel/Netlify-style payment failed, deployments suspended ------
add(src="https://www.gorganizer.net/explain/fake-vercel-netlify-hosting-deployment-billing-phish",
    provider="Vercel (impersonated)", label="billing", phishing=True, orig="2026-03-10", day=19,
    time="06:18:40", tz="+0000", deadline="2026-03-12",
    frm="Vercel Billing <billing@vercel-account-billing.example>",
    to="Leo Park <leo@parkline-commerce.example>",
    subject="Payment failed - your Vercel Pro deployments will be suspended",
    body="""
Hi Leo,

We were unable to process the payment for your Vercel Pro subscription
(team: parkline-commerce).

  Amount due:   $60.00
  Reason:       card declined
  Invoice:      VCL-448120-7

To avoid an interruption, your deployments will remain active for 48 hours.
If we do not receive a valid payment method by [[2026-03-12|long]], all production
deployments on this team will be suspended, custom domains will stop resolving
and serverless functions will be disabled.

Update your billing details now to keep your sites online:

    Restore deployments -> https://vercel-account-billing.example/team/parkline-commerce/billing

Once your payment is confirmed, your deployments will be restored automatically.

Thank you for building with Vercel.

Vercel Inc.
440 N Barranca Ave #4133, Covina, CA 91723
""")


if __name__ == "__main__":
    main()
