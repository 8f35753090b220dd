#!/usr/bin/env python3
"""Generate validation batch g60: 36 labelled cloud-provider notices (April 2029).

European and Latin-American providers and the European-language mail of global ones:
8 English, 8 German, 8 French, 6 Spanish, 3 Italian, 3 Portuguese; 3 of them phishing.
Standard library only, deterministic.  Writes set-g60.mbox, README.md and
used-sources.txt next to this script, re-reads the mbox and checks it.
Exit status 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import mailbox
import os
import sys
from email.headerregistry import Address
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))

class KeptSections:
    """Writes a README, keeping the sections added once the batch was scored ("## Scored at arrival" on)."""

    def __init__(self, path):
        self.path, self.parts = path, []

    def __enter__(self):
        return self

    def write(self, text):
        self.parts.append(text)

    def __exit__(self, *exc):
        text = "".join(self.parts)
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as fh:
                old = fh.read()
            mark = old.find("\n## Scored at arrival")
            if mark >= 0:
                text = text.rstrip("\n") + "\n\n" + old[mark + 1:]
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return False

NAME = "g60"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 4)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

UTC = dt.timezone.utc
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
BRT = dt.timezone(dt.timedelta(hours=-3))
PST = dt.timezone(dt.timedelta(hours=-8))
EDT = dt.timezone(dt.timedelta(hours=-4))
SAST = dt.timezone(dt.timedelta(hours=2))

CERB = "https://github.com/ovh/cerberus-core/blob/b976c1e/abuse/tests/samples/"
PPOT = "https://github.com/rf-peixoto/phishing_pot/blob/main/email/"
MSMC = ("https://github.com/cengizyilmaz1/MS365MessageCenter/blob/"
        "50eb30b07630acb70d3b0e19cd00f9a6dce3e22d/%40data/archive/")
SCW = "https://github.com/scaleway/docs-content/blob/main/changelog/"

# --------------------------------------------------------------------------
# date formatting
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
IT_MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]
IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
PT_WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
         "sábado", "domingo"]


def fmts(key, d):
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    w = d.weekday()
    m = d.month - 1
    return {
        key + "_en": "%s %d, %d" % (EN_MON[m], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[m], d.day, d.year),
        key + "_end": "%d %s %d" % (d.day, EN_MON[m], d.year),
        key + "_de": "%d. %s %d" % (d.day, DE_MON[m], d.year),
        key + "_dew": "%s, %d. %s %d" % (DE_WD[w], d.day, DE_MON[m], d.year),
        key + "_fr": "%d %s %d" % (d.day, FR_MON[m], d.year),
        key + "_frw": "%s %d %s %d" % (FR_WD[w], d.day, FR_MON[m], d.year),
        key + "_es": "%d de %s de %d" % (d.day, ES_MON[m], d.year),
        key + "_esw": "%s %d de %s de %d" % (ES_WD[w], d.day, ES_MON[m], d.year),
        key + "_it": "%d %s %d" % (d.day, IT_MON[m], d.year),
        key + "_itw": "%s %d %s %d" % (IT_WD[w], d.day, IT_MON[m], d.year),
        key + "_pt": "%d de %s de %d" % (d.day, PT_MON[m], d.year),
        key + "_ptw": "%s, %d de %s de %d" % (PT_WD[w], d.day, PT_MON[m], d.year),
        key + "_dot": d.strftime("%d.%m.%Y"),
        key + "_sl": d.strftime("%d/%m/%Y"),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_hm": d.strftime("%H:%M"),
        key + "_hms": d.strftime("%H:%M:%S"),
        key + "_ts": d.strftime("%Y-%m-%d %H:%M:%S"),
        key + "_rfc": d.strftime("%a, %d %b %Y %H:%M:%S"),
        key + "_enm": "%s %d" % (EN_MON[m], d.year),
        key + "_dem": "%s %d" % (DE_MON[m], d.year),
        key + "_frm": "%s %d" % (FR_MON[m], d.year),
        key + "_esm": "%s de %d" % (ES_MON[m], d.year),
        key + "_itm": "%s %d" % (IT_MON[m], d.year),
        key + "_ptm": "%s de %d" % (PT_MON[m], d.year),
    }


def month_offset(send):
    """Offset (multiple of 7 days) that moves `send` into MONTH keeping the weekday."""
    y, m = MONTH
    best = None
    day = dt.date(y, m, 1)
    while day.month == m:
        if day.weekday() == send.weekday():
            score = abs(day.day - send.day)
            if best is None or score < best[0]:
                best = (score, day)
        day += dt.timedelta(days=1)
    off = best[1] - send.date()
    assert off.days % 7 == 0
    return off


# --------------------------------------------------------------------------
# the notices
N = []


def notice(**kw):
    N.append(kw)

# ---------------- English (8) ----------------
notice(
    lang="en", label="abuse", phishing=False, provider="OVHcloud",
    url=CERB + "nfoservers",
    frm=("OVHcloud Abuse Team", "abuse@ovh.net"),
    to="admin@quarry-games.example",
    subject="Abuse detected - Ticket #OVH-4418207 - NTP amplification from 198.51.100.47",
    dates={"sd": dt.datetime(2015, 12, 5, 18, 4, tzinfo=UTC),
           "ev": dt.datetime(2015, 12, 5, 16, 32, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

We have received a complaint concerning a service registered under your
customer account (NIC handle qg4410-ovh). The details sent by the
reporter are reproduced below.

-- start of the technical details --
Reporter: DDoS response team of a game-server hosting company
Source IP: 198.51.100.47, UDP port 123 (NTP)
Observed: {ev_ts} UTC
Type: reflection/amplification through "monlist" replies to spoofed
requests, aimed at one of the reporter's customers
-- end of the technical details --

The NTP daemon on this server answers queries from the whole internet.
Please do one or more of the following:
  1. Upgrade ntpd to a release without "monlist", or add
     "disable monitor" to /etc/ntp.conf.
  2. Run NTP as a client only ("restrict default ignore").
  3. Limit the service with your firewall to the hosts that need it.

If the server is meant to be a public time source, apply point 1 and
rate-limit responses per source address.

Once the change is made, reply to this ticket from your Control Panel so
that we can close it.

Regards,
OVHcloud Abuse Team""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Hetzner (South Africa)",
    url="https://www.naschenweng.info/2017/11/05/hetzner-breach-40000-customer-affected-passwords-stored-in-clear-text-and-banking-details-leaked/",
    frm=("Hetzner South Africa", "noreply@hetzner.co.za"),
    to="accounts@karoo-crafts.example",
    subject="Important information about your account",
    dates={"sd": dt.datetime(2017, 11, 3, 17, 40, tzinfo=SAST)},
    deadline=None,
    body="""Dear client,

We are writing to tell you about a security breach affecting konsoleH,
the hosting management platform you use to run your account KC-20931.

An attacker used an SQL-injection flaw in konsoleH to read data from its
database. We have closed the flaw and are still investigating, but we
must assume that all client data held in that database was exposed:

  - your name, address, identity or company number, telephone
    numbers and e-mail addresses;
  - the domain names on your account and their FTP passwords, which
    were stored in readable form;
  - the bank account details on file for debit orders.

Your konsoleH login password itself was stored encrypted.

What you should do now:
  1. Change the FTP passwords of all your sites (karoo-crafts.example
     and any others on the account).
  2. Change your konsoleH password, and any other password you reused.
  3. Watch your bank account for unexpected debits and be wary of
     calls or mails that quote your details back to you.

We regret this incident and will share more once the investigation ends.

Hetzner South Africa""")

notice(
    lang="en", label="informational", phishing=False, provider="Gandi",
    url="https://news.gandi.net/en/2018/03/major-issue-on-gandi-mail/",
    frm=("Gandi", "noreply@gandi.net"),
    to="postmaster@lichen-press.example",
    subject="Major issue on Gandi Mail",
    dates={"sd": dt.datetime(2018, 3, 14, 11, 0, tzinfo=CET),
           "inc": dt.date(2018, 3, 12)},
    deadline=None,
    body="""Hello,

On Monday {inc_en}, a serious network problem on the Gandi Mail service
kept many of you from sending and receiving mail for several hours. The
incident is over and Gandi Mail works normally again.

What happened
  - On the Sunday before, we moved the Gandi Mail platform out of our
    old FR-SD2 data center into the new ones.
  - On Monday morning (Paris time) the usual peak of traffic hit the new
    servers, and their network capacity turned out to be too small.
  - The overload spread to other Gandi services, so we first isolated the
    mail traffic, then rebuilt the network design with more capacity.
  - To drain the queues faster we loosened our outgoing-volume filter.
    A botnet used that window to push a spam run through our relays,
    and some large providers briefly blocklisted us.

Where things stand
  All mail queued during the incident has been delivered, apart from
  messages to Yahoo addresses, which is still refusing our servers. We
  are working with them to lift the block.

You do not need to do anything. We apologise for the disruption and
will keep the status page updated.

The Gandi team""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft (Defender for Cloud Apps)",
    url=MSMC + "MCMC1048530.json",
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="it-ops@fernhill-logistics.example",
    subject="Take Action by {lim_en} - Microsoft Defender for Cloud Apps Network Configuration",
    dates={"sd": dt.datetime(2025, 4, 4, 18, 9, tzinfo=UTC),
           "lim": dt.date(2025, 4, 29), "tag": dt.date(2025, 4, 28)},
    deadline="lim",
    body="""Message ID: MC1048530 | Microsoft Defender XDR

Summary
Work on Microsoft Defender for Cloud Apps changes the addresses its
portal is served from. If your firewall allows outbound traffic by IP
address, you have to add the new ranges by {lim_en}.

Does this affect you?
  - Not if you restrict outbound traffic only by the DNS names in our
    documentation, or do not restrict it at all.
  - Yes if your allowlist is built from IP addresses or Azure service
    tags. Without the update, administrators may lose access to parts
    of the service once the change starts on {lim_en}.

What to do
  1. Allow outbound TCP 443 to these ranges:
       203.0.113.0/24
       198.51.100.0/24
       192.0.2.0/24
  2. If you use service tags instead, add AzureFrontDoor.MicrosoftSecurity;
     it will cover the new ranges by {tag_en}.
  3. Check the full list under "Portal access" in the network
     requirements page of Defender for Cloud Apps.

Tenant: fernhill-logistics.example
You are receiving this message because our telemetry shows your
organization may be using Microsoft Defender for Cloud Apps.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

notice(
    lang="en", label="action-required", phishing=False, provider="Scaleway",
    url=SCW + "august2025/2025-08-14-generative-apis-deprecated-qwen25-coder-and-mistral-sma.mdx",
    frm=("Scaleway", "noreply@scaleway.com"),
    to="ml-team@brightwater-apps.example",
    subject="Generative APIs: Qwen2.5 Coder and Mistral Small 3.1 are deprecated",
    dates={"sd": dt.datetime(2025, 8, 14, 10, 30, tzinfo=CEST),
           "eol": dt.date(2025, 11, 14)},
    deadline="eol",
    body="""Hello,

Your Organization (brightwater-apps, Project ml-prod) sent requests to
the following Generative APIs models in the last 30 days:

  - qwen2.5-coder-32b-instruct
  - mistral-small-3.1-24b-instruct-2503

Both models are deprecated as of today. Their successors are Qwen3
Coder and Mistral Small 3.2.

Under our model lifecycle policy, the deprecated models stay reachable
until {eol_en}. After that date, requests that still name them will be
routed automatically to the most recent version of each model, which
may change output and token usage.

We recommend that you:
  1. switch the model name in your applications before {eol_en};
  2. re-run your evaluation prompts against the new versions;
  3. review your quotas, as the newer models may consume tokens
     differently.

The list of supported models and the lifecycle policy are in the
Generative APIs documentation.

The Scaleway team""")

notice(
    lang="en", label="billing", phishing=False, provider="Scaleway",
    url=SCW + "april2026/2026-04-16-generative-apis-changed-more-granular-billing.mdx",
    frm=("Scaleway Billing", "billing-noreply@scaleway.com"),
    to="finance@brightwater-apps.example",
    subject="More granular billing for Generative APIs",
    dates={"sd": dt.datetime(2026, 4, 16, 9, 15, tzinfo=CEST),
           "ef": dt.date(2026, 4, 20)},
    deadline=None,
    body="""Hello,

We are changing how Generative APIs usage appears on your invoices.

Starting {ef_en}, token consumption will be billed in slices of
1,000 tokens instead of the current slices of 1,000,000 tokens.

What this means for you
  - Unit prices stay exactly the same.
  - For the same token usage, your bill will be identical or slightly
    lower, because small amounts are no longer rounded up to a full
    million tokens.
  - Consumption lines on your next invoice for Organization
    brightwater-apps will show the new granularity.

No action is needed on your side. You can follow your consumption at
any time in the Billing section of the console.

The Scaleway team""")

notice(
    lang="en", label="billing", phishing=False, provider="UpCloud",
    url="https://www.upcloud.com/support/what-happens-when-my-credits-run-out/",
    frm=("UpCloud", "noreply@upcloud.com"),
    to="billing@tundra-analytics.example",
    subject="Your UpCloud credits are running low",
    dates={"sd": dt.datetime(2024, 3, 11, 8, 0, tzinfo=CET),
           "out": dt.date(2024, 3, 18)},
    deadline="out",
    body="""Hello,

At the current rate of usage, the prepaid credits on your UpCloud account
(tundra-analytics) will run out on {out_en}. As the balance will last
seven days or less, this notice also goes to every contact on the
account, not only the billing contact.

Current balance: EUR 21.40
Estimated daily usage: EUR 3.10

If the credits run out, our policy is:
  - all cloud servers are shut down;
  - after one month without credits, the servers are deleted and their
    IP addresses released;
  - after two months, the storage devices are deleted as well, and the
    data on them cannot be recovered.

IP addresses and storage keep being charged while servers are shut
down, so the balance can go negative during that time.

To avoid any interruption, add credits or enable automatic top-up in
the Billing section of the control panel before {out_en}.

Best regards,
UpCloud""")

notice(
    lang="en", label="maintenance", phishing=False, provider="Runbox",
    url="https://status.runbox.com/2023/09/29/maintenance-and-minor-service-disruption/",
    frm=("Runbox Status", "status@runbox.com"),
    to="lena@fjordline-studio.example",
    subject="Maintenance and minor service disruption",
    dates={"sd": dt.datetime(2023, 9, 28, 16, 0, tzinfo=CEST),
           "mw": dt.datetime(2023, 9, 29, 9, 0)},
    deadline="mw",
    body="""Dear Runbox customer,

To fix a problem on one of our storage units, we will upgrade its
software on {mw_enw} at {mw_hm} CEST (03:00 EDT, 00:00 PDT).

What to expect
  - The server will be restarted twice within about one hour.
  - Some customers whose mailboxes live on this unit may briefly be
    unable to reach their mail in webmail, IMAP or POP.
  - Incoming mail is queued during the restarts and is not lost.

If you cannot access your email during this window, please wait a few
minutes and try again. We will post updates on our status page as the
work progresses.

We apologise for any inconvenience.

Runbox Operations""")

# ---------------- German (8) ----------------
notice(
    lang="de", label="abuse", phishing=False, provider="OVHcloud",
    url=CERB + "xarf1.txt",
    frm=("OVHcloud Abuse", "abuse@ovh.net"),
    to="technik@rheinauen-reisen.example",
    subject="Missbrauch festgestellt - Ticket #OVH-3327751 - Phishing auf 203.0.113.58",
    dates={"sd": dt.datetime(2010, 6, 8, 9, 12, tzinfo=CEST),
           "ev": dt.datetime(2010, 6, 7, 22, 32, 19)},
    deadline=None,
    body="""Guten Tag,

zu einem Dienst in Ihrem Kundenkonto (Kennung rr1187-ovh) ist bei uns
eine automatisierte Missbrauchsmeldung im X-ARF-Format eingegangen. Die
wesentlichen Angaben des Meldenden finden Sie unten.

-- Beginn der technischen Details --
Meldestelle: Abuse-Team eines deutschen Blocklisten-Projekts
IP-Adresse: 203.0.113.58 (Server ns3021.ovh.example)
Dienst: http
Zeitpunkt: {ev_dot} {ev_hms} +0200
Vorwurf: Auf dem Server wird eine Phishing-/Betrugsseite ausgeliefert.
Referenz des Meldenden: RID 103499
-- Ende der technischen Details --

Bitte prüfen Sie den Server umgehend:
  1. Entfernen Sie die betrügerischen Inhalte.
  2. Klären Sie, wie sie auf den Server gelangt sind (veraltete
     CMS-Installation, gestohlene FTP-Zugangsdaten o. Ä.).
  3. Antworten Sie auf dieses Ticket im Kundencenter und beschreiben
     Sie kurz die ergriffenen Maßnahmen.

Bleibt der Inhalt erreichbar, können wir den Dienst gemäß unseren
Vertragsbedingungen sperren.

Mit freundlichen Grüßen
Ihr OVHcloud Abuse-Team""")

notice(
    lang="de", label="abuse", phishing=False, provider="OVHcloud",
    url=CERB + "xarf2.txt",
    frm=("OVHcloud Abuse", "abuse@ovh.net"),
    to="admin@lindenhof-shop.example",
    subject="Missbrauch festgestellt - Ticket #OVH-3519040",
    dates={"sd": dt.datetime(2012, 8, 13, 8, 45, tzinfo=CEST),
           "ev": dt.datetime(2012, 8, 12, 19, 31, 33)},
    deadline=None,
    body="""Guten Tag,

ein externer Sicherheitsdienstleister hat uns Schadcode gemeldet, der
über eine IP-Adresse aus Ihrem Kundenkonto (lh2290-ovh) ausgeliefert
wird.

-- Beginn der technischen Details --
IP-Adresse: 198.51.100.203
URL: http://www.lindenhof-shop.example/hilfe.htm
Port: 80
Geprüft am: {ev_dot} um {ev_hms} +0200
Erkennung: CYSC.DEF.GEN-6
Referenz: SIRT#0000730929
-- Ende der technischen Details --

Der Meldende bittet, die Datei zu entfernen oder zu prüfen und
festzustellen, ob der Server kompromittiert wurde oder ein Nutzer
gegen die Nutzungsbedingungen verstößt.

Was Sie tun sollten:
  - Die genannte Datei und weitere unbekannte Dateien im Webverzeichnis
    prüfen und entfernen.
  - Zugangsdaten (FTP, CMS, Datenbank) ändern und Software aktualisieren.
  - Danach über die Seite des Meldenden eine erneute Prüfung auslösen,
    damit der Eintrag geschlossen wird.

Bitte bestätigen Sie die Bereinigung über Ihr Kundencenter.

Mit freundlichen Grüßen
Ihr OVHcloud Abuse-Team""")

notice(
    lang="de", label="security-incident", phishing=False, provider="Hetzner Online",
    url="https://www.dr-datenschutz.de/datenleck-web-hoster-speicherte-zugangsdaten-unverschluesselt/",
    frm=("Hetzner Online GmbH", "info@hetzner.com"),
    to="buero@weinbau-kessler.example",
    subject="Wichtige Information zu Ihrem Kundenkonto",
    dates={"sd": dt.datetime(2018, 11, 16, 15, 20, tzinfo=CET)},
    deadline=None,
    body="""Sehr geehrte Kundin, sehr geehrter Kunde,

wir müssen Sie über einen Sicherheitsvorfall informieren.

Unbekannte haben sich in der vergangenen Woche Zugriff auf eines
unserer internen Verwaltungssysteme verschafft. Dabei konnten sie nach
unserem Kenntnisstand auch Kundendaten einsehen. Ob tatsächlich Daten
abgerufen wurden, untersuchen wir noch.

Betroffen sind Kunden mit Webhosting- und Managed-Server-Paketen. Die
Zugangsdaten dieser Pakete (FTP, Datenbank, E-Mail-Postfächer) lagen
im betroffenen System in lesbarer Form vor. Dazu gehört auch Ihr Paket
für weinbau-kessler.example (Kundennummer K0471183).

Bitte ändern Sie zu Ihrer eigenen Sicherheit umgehend:
  1. das Passwort Ihrer konsoleH-Zugänge,
  2. die Passwörter aller FTP- und Datenbankbenutzer,
  3. die Passwörter Ihrer E-Mail-Postfächer.

Eine Schritt-für-Schritt-Anleitung finden Sie in unserem DokuWiki. Die
zuständige Datenschutzaufsichtsbehörde haben wir informiert.

Wir bedauern den Vorfall sehr.

Mit freundlichen Grüßen
Hetzner Online GmbH""")

notice(
    lang="de", label="pricing", phishing=False, provider="OVHcloud",
    url="https://www.ovhcloud.com/de/lp/price-adjustments-faq",
    frm=("OVHcloud", "noreply@ovh.com"),
    to="einkauf@moosgrund-verlag.example",
    subject="Preisanpassung für Ihre OVHcloud Dienste ab {ef_de}",
    dates={"sd": dt.datetime(2022, 10, 18, 10, 0, tzinfo=CEST),
           "ef": dt.date(2022, 12, 1), "bl": dt.date(2022, 8, 16), "nl": dt.date(2022, 9, 15)},
    deadline="ef",
    body="""Guten Tag,

wie im {bl_dem} in unserem Blog und im {nl_dem} per Newsletter
angekündigt, passen wir die Preise unserer Lösungen an. Mit dieser
E-Mail erhalten Sie die Einzelheiten für die Dienste in Ihrem
Kundenkonto (Kennung mv4471-ovh).

Ihre Dienste und die neuen Preise (monatlich, netto):
  - Dedicated Server ns5520471 (Advance-2): 96,99 EUR -> 104,99 EUR
  - VPS vps-3c1f88 (Comfort): 11,50 EUR -> 12,50 EUR
  - Web Hosting Pro moosgrund-verlag.example: 6,99 EUR -> 7,49 EUR

Wann gilt der neue Preis?
  - Ab dem {ef_de} für alle monatlich abgerechneten Dienste.
  - Bei Diensten mit laufender Vertragsbindung gilt der alte Preis bis
    zum Ende der Bindung; bei automatischer Verlängerung danach der neue.
  - Rabatte aus Sonderangeboten oder Promo-Codes bleiben gültig und
    werden auf Basis des neuen Preises berechnet.

Für die aufgeführten Dienste sind in den kommenden Monaten keine
weiteren Änderungen geplant. Zu Lizenzen und Domainnamen informieren
wir gesondert.

Antworten auf häufige Fragen finden Sie auf unserer FAQ-Seite.

Ihr OVHcloud Team""")

notice(
    lang="de", label="action-required", phishing=True, provider="Google (impersonated)",
    url=PPOT + "sample-1043.eml",
    frm=("Google Storage", "newsletter@versandhaus-post.example"),
    to="frank.weidner@posteo-kunde.example",
    subject="frank.weidner, Warnung: Ihr Speicher ist voll ❌ Jetzt upgraden, damit Ihre Dateien erhalten bleiben",
    dates={"sd": dt.datetime(2023, 7, 29, 2, 14, 34, tzinfo=CEST)},
    deadline=None,
    body="""Google Storage

Sichern Sie sich noch heute KOSTENLOSEN Speicherplatz!
Sie haben Ihr Speicherlimit erreicht.

Sehr geehrter Kunde,

Ihr Google-Speicher ist voll. Neue Dateien können deshalb
möglicherweise nicht mehr in Google Drive und Google Fotos
hochgeladen werden.

Im Rahmen Ihres Treueprogramms erhalten Sie jetzt zusätzlich 50 GB
gratis, bevor die Dateien in Ihrem Google Drive gelöscht werden.

  [ KOSTENLOSEN Speicherplatz sichern ]
  https://gdrive-speicher-bonus.example/claim?id=fw2291

* Nach der Anmeldung geben Sie bitte Ihre Kreditkartendaten ein,
  um Ihre Gmail-ID zu bestätigen. Es wird kein Betrag abgebucht.

Keine weiteren E-Mails? Schreiben Sie an:
616 Corporate Way Ste. 2-9092, Valley Cottage, NY 10989
Klicken Sie hier, um sich aus der Liste auszutragen.""")

notice(
    lang="de", label="action-required", phishing=False, provider="Microsoft (Intune)",
    url=MSMC + "MC902778.json",
    frm=("Microsoft 365 Nachrichtencenter", "o365mc@microsoft.com"),
    to="mdm@stadtwerke-ahlbach.example",
    subject="Wichtiges Update aus dem Nachrichtencenter",
    dates={"sd": dt.datetime(2024, 10, 1, 23, 10, tzinfo=UTC),
           "eos": dt.date(2024, 12, 31)},
    deadline="eos",
    body="""Nachrichten-ID: MC902778 | Microsoft Intune
Microsoft Intune beendet die Unterstützung für Android-Geräteadministrator
auf Geräten mit Zugriff auf Google Mobile Services (GMS)

Wie bereits in MC726113 und MC674247 angekündigt: Google hat die
Verwaltung über den Android-Geräteadministrator abgekündigt und baut
die Funktionen weiter ab. Intune stellt deshalb ab dem {eos_de} die
Unterstützung für diese Verwaltungsart auf Geräten mit GMS-Zugriff ein.
Bis dahin werden Geräte mit Android 14 und älter weiter unterstützt.

Auswirkungen auf Ihre Organisation
  - Keine Fehler- oder Sicherheitskorrekturen und keine Anpassungen an
    neue Android-Versionen mehr für diese Verwaltungsart.
  - Der Intune-Support hilft bei diesen Geräten nicht mehr weiter.

Was Sie tun müssen
  1. Keine neuen Geräte mehr im Geräteadministrator-Modus registrieren.
  2. Betroffene Geräte ermitteln: Geräte > Alle Geräte, Spalte
     „Betriebssystem“ nach „Android (Geräteadministrator)“ filtern.
     In Ihrem Mandanten sind derzeit 37 Geräte betroffen.
  3. Diese Geräte vor dem {eos_de} auf eine andere Verwaltungsmethode
     (z. B. Android Enterprise) umstellen.

Mandant: stadtwerke-ahlbach.example

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052, USA""")

notice(
    lang="de", label="action-required", phishing=False, provider="Hetzner Cloud",
    url="https://github.com/hetznercloud/hcloud-go/releases/tag/v2.39.0",
    frm=("Hetzner Cloud", "noreply@hetzner.cloud"),
    to="devops@kranich-mobility.example",
    subject="Hetzner Cloud API: Änderung bei Primary IPs (assignee_type) ab {ch_de}",
    dates={"sd": dt.datetime(2026, 4, 28, 11, 0, tzinfo=CEST),
           "ch": dt.date(2026, 8, 1)},
    deadline="ch",
    body="""Hallo,

wir ändern das Verhalten der Eigenschaft assignee_type von Primary IPs
in der Hetzner Cloud API. Ihr Projekt „kranich-prod“ nutzt Primary IPs
über die API, daher möchten wir Sie frühzeitig informieren.

Was ändert sich?
  - Ab dem {ch_de} liefert die API für nicht zugewiesene Primary IPs
    (assignee_id ist null) den Wert „unassigned“ statt „server“.
  - Beim Anlegen über POST /v1/primary_ips ist assignee_type ab sofort
    optional. Ohne Angabe erhalten Sie bis zum {ch_de} noch „server“,
    danach „unassigned“.

Hintergrund: Primary IPs sollen künftig auch anderen Ressourcentypen
als Servern zugewiesen werden können.

Was sollten Sie tun?
  1. Prüfen Sie Skripte, Terraform-Module und eigene Tools, die
     assignee_type == "server" als Kennzeichen für „vorhanden“ auswerten.
  2. Aktualisieren Sie hcloud-go auf v2.39.0 oder neuer bzw. die
     entsprechenden Versionen von CLI und Terraform-Provider.
  3. Passen Sie Ihren Code vor dem {ch_de} an.

Details stehen im Changelog der Cloud-API.

Viele Grüße
Ihr Hetzner Cloud Team""")

notice(
    lang="de", label="security-advisory", phishing=False, provider="ingate",
    url="https://www.ingate.de/blog/2018/01/12/informationen-zu-meltdown-spectre-sicherheitsluecken/",
    frm=("ingate Support", "support@ingate.de"),
    to="it@kanzlei-borchert.example",
    subject="Informationen zu den Sicherheitslücken Meltdown und Spectre",
    dates={"sd": dt.datetime(2018, 1, 12, 14, 30, tzinfo=CET)},
    deadline=None,
    body="""Sehr geehrte Kundin, sehr geehrter Kunde,

die Ende letzter Woche veröffentlichten Lücken Meltdown (CVE-2017-5754)
und Spectre (CVE-2017-5753, CVE-2017-5715) betreffen grundsätzlich alle
modernen x86-Prozessoren von Intel und AMD – also auch die Hardware,
auf der unsere Server laufen.

Worum geht es?
Normale Benutzer und Programme können über die Lücken den Kernel-
Speicher auslesen und so an Passwörter, private Schlüssel und andere
sensible Daten im Arbeitsspeicher gelangen.

Stand der Updates
  - Gegen Meltdown liefern die meisten Betriebssystemhersteller bereits
    Sicherheitsupdates aus.
  - Gegen Spectre sind zusätzlich Microcode-Updates nötig, die bei
    physischen Systemen per BIOS-Update kommen. Dell und Supermicro
    arbeiten noch daran; wir rechnen in den nächsten Wochen damit.
  - Bei virtualisierten Systemen muss auch der Hypervisor aktualisiert
    werden.

Was heißt das für Sie?
Managed Server prüfen und aktualisieren wir selbst. Bei Root-Servern,
vServern, Cloud-Servern und Housing sind Sie für die Updates von
Betriebssystem, BIOS und gegebenenfalls Hypervisor selbst zuständig.
Wenn Sie Unterstützung benötigen, wenden Sie sich an unseren Support.

Mit freundlichen Grüßen
Ihr ingate Team""")
# ---------------- French (8) ----------------
notice(
    lang="fr", label="abuse", phishing=False, provider="OVHcloud",
    url=CERB + "lexsicom",
    frm=("OVH Abuse", "abuse@ovh.net"),
    to="contact@atelier-marivaux.example",
    subject="Service bloqué - Ticket #OVH-2870164",
    dates={"sd": dt.datetime(2016, 2, 26, 9, 40, tzinfo=CET)},
    deadline=None,
    body="""Bonjour,

Le CERT d'une société de sécurité, agissant pour une banque française,
nous a signalé ce matin une page d'hameçonnage hébergée sur un service
de votre compte client (identifiant am3318-ovh).

Voici la liste des URL qui pointent vers la page frauduleuse :

  * http://atelier-marivaux.example/logo/system/service/ss/www/reactivation/

Adresse IP concernée : 192.0.2.141 (hébergement mutualisé)

La page imite l'espace client de la banque et n'a aucun lien avec
elle. Compte tenu du risque pour les internautes, nous avons bloqué
l'accès au service en attendant sa remise en conformité.

Pour obtenir le déblocage :
  1. Supprimez le répertoire frauduleux et tout fichier inconnu.
  2. Mettez à jour votre CMS et ses extensions, puis changez les mots de
     passe FTP et de la base de données.
  3. Conservez les journaux d'accès : le plaignant prépare un dépôt de
     plainte et peut en avoir besoin.
  4. Répondez à ce ticket depuis votre espace client en décrivant les
     corrections effectuées.

Cordialement,
Le service Abuse d'OVH""")

notice(
    lang="fr", label="security-incident", phishing=False, provider="OVH",
    url="https://europe1.fr/technologies/L-hebergeur-francais-OVH-pirate-579320",
    frm=("OVH", "noreply@ovh.com"),
    to="jb.lacoste@cabinet-lacoste.example",
    subject="Incident de sécurité interne : changez votre mot de passe",
    dates={"sd": dt.datetime(2013, 7, 22, 16, 30, tzinfo=CEST)},
    deadline=None,
    body="""Bonjour,

Nous avons découvert il y a quelques jours qu'une personne avait réussi
à s'introduire dans notre réseau interne. Elle a obtenu le mot de passe
d'un membre de nos équipes, s'est connectée à notre VPN, puis a accédé
aux systèmes qui gèrent les comptes de nos clients européens.

Les informations copiées concernant votre compte (lc2205-ovh) sont :
nom, prénom, adresse postale, ville, pays, téléphone, fax, identifiant
et mot de passe du compte. Le mot de passe est stocké sous forme
chiffrée, mais avec des moyens importants il peut être retrouvé.

Aucune donnée de carte bancaire n'est conservée chez OVH : ces données
n'ont été ni consultées ni copiées.

Ce que nous vous demandons :
  - changez dès maintenant le mot de passe de votre compte OVH depuis
    le Manager ;
  - si vous utilisez ce même mot de passe ailleurs (messagerie, réseaux
    sociaux, autres services), changez-le aussi partout ;
  - méfiez-vous des e-mails ou appels qui reprendraient vos
    coordonnées pour vous demander des informations.

Nous avons porté plainte et renforcé nos procédures d'accès internes.
Nous vous prions de nous excuser pour cet incident.

L'équipe OVH""")

notice(
    lang="fr", label="security-advisory", phishing=False, provider="Gandi",
    url="https://news.gandi.net/en/2018/02/phishing-alert/",
    frm=("Gandi", "noreply@gandi.net"),
    to="admin@fromagerie-vaudan.example",
    subject="Alerte : campagne de phishing au nom de Gandi",
    dates={"sd": dt.datetime(2018, 10, 3, 10, 15, tzinfo=CEST)},
    deadline=None,
    body="""Bonjour,

Une campagne d'hameçonnage massive vise actuellement les clients de
Gandi. Elle a commencé en début d'année et se poursuit aujourd'hui avec
une formulation encore plus convaincante.

Le faux message semble venir d'une adresse gandi.net et porte l'objet
« Vous avez une dette de 5.00 € ». Il contient un lien vers une page
qui imite notre interface : on vous y demande de vous connecter puis de
payer, afin de voler votre mot de passe et votre carte bancaire.

Ce que nous vous conseillons :
  - ne cliquez sur aucun lien d'un e-mail, même s'il semble venir de
    nous ; pour vérifier une facture, tapez vous-même www.gandi.net
    dans votre navigateur ;
  - si vous avez déjà ignoré ou supprimé ce message, vous n'avez rien
    à faire et inutile d'ouvrir un ticket ou de nous le transférer ;
  - si vous avez saisi vos identifiants sur la fausse page,
    considérez votre mot de passe comme volé et changez-le sans
    attendre depuis www.gandi.net ;
  - si vous avez payé sur ce site, contactez rapidement votre banque.

Nos systèmes n'ont pas été compromis : il s'agit d'une fraude
extérieure qui usurpe notre nom.

L'équipe Gandi""")

notice(
    lang="fr", label="action-required", phishing=False, provider="Microsoft (Microsoft 365 Apps)",
    url=MSMC + "MC910978.json",
    frm=("Centre de messages Microsoft 365", "o365mc@microsoft.com"),
    to="dsi@mutuelle-garonne.example",
    subject="Mise à jour importante du centre de messages",
    dates={"sd": dt.datetime(2024, 10, 14, 22, 54, tzinfo=UTC),
           "eos": dt.date(2025, 10, 14)},
    deadline="eos",
    body="""ID du message : MC910978 | Applications Microsoft 365
Fin du support d'Office 2016 et d'Office 2019 le {eos_fr} :
mise à niveau recommandée

Le support d'Office 2016 et d'Office 2019 prendra fin dans un an, le
{eos_fr}. Après cette date, ces versions ne recevront plus aucune
mise à jour, aucun correctif de sécurité ni aucune assistance
technique. Les applications pourront continuer à fonctionner, mais un
logiciel non pris en charge expose votre organisation à des risques.

Ce que vous devez faire
  - Recensez les postes qui exécutent encore Office 2016 ou 2019
    (112 appareils remontés dans votre locataire).
  - Migrez-les vers Microsoft 365 Apps for enterprise, inclus dans
    Microsoft 365 E3 et mis à jour en continu.
  - Pour les environnements totalement déconnectés, passez à Office
    LTSC 2024, pris en charge pendant cinq ans.

Une migration prend du temps : nous vous conseillons de commencer dès
maintenant. Le guide de mise à niveau et l'offre FastTrack peuvent
vous accompagner.

Locataire : mutuelle-garonne.example

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052, États-Unis""")

notice(
    lang="fr", label="action-required", phishing=False, provider="Microsoft (OneNote)",
    url=MSMC + "MC899174.json",
    frm=("Centre de messages Microsoft 365", "o365mc@microsoft.com"),
    to="admin365@lycee-saint-exupery.example",
    subject="Mise à jour importante du centre de messages",
    dates={"sd": dt.datetime(2024, 9, 26, 23, 14, tzinfo=UTC),
           "eos": dt.date(2025, 10, 14), "ban": dt.date(2025, 1, 1)},
    deadline="eos",
    body="""ID du message : MC899174 | Applications Microsoft 365
OneNote pour Windows 10 sera retiré le {eos_fr} (basculez vos utilisateurs)

Nous vous rappelons que l'application OneNote pour Windows 10 arrivera
en fin de support le {eos_fr}. Après cette date, elle ne sera plus
prise en charge et passera en lecture seule.

Impact pour votre organisation
  - L'application ne reçoit déjà plus de nouvelles fonctionnalités ni
    les améliorations de synchronisation.
  - Dès {ban_frm}, les utilisateurs verront dans
    l'application des avertissements sur la fin du support.

Ce que vous devez faire
  1. Déployez l'application OneNote pour Windows (Microsoft 365) sur
     les postes concernés.
  2. Utilisez le guide de déploiement et son script d'exemple : il
     sauvegarde les sections non synchronisées avant la migration.
  3. Terminez la bascule avant le {eos_fr} pour éviter que des
     blocs-notes ne passent en lecture seule.

Locataire : lycee-saint-exupery.example

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052, États-Unis""")

notice(
    lang="fr", label="billing", phishing=False, provider="OVH",
    url="https://thd.tn/ovh-dedommage-tous-ses-clients-touches-par-lincident-de-son-data-center-de-strasbourg",
    frm=("OVH", "noreply@ovh.com"),
    to="gestion@domaine-des-ormes.example",
    subject="Information concernant vos services",
    dates={"sd": dt.datetime(2017, 11, 20, 11, 0, tzinfo=CET),
           "inc": dt.datetime(2017, 11, 9, 7, 23)},
    deadline=None,
    body="""Chère cliente, cher client,

Le jeudi {inc_fr}, un incident électrique sur notre site de Strasbourg
(SBG) a pu affecter vos services, et nous en sommes sincèrement désolés.

Signalée à {inc_hm}, l'anomalie électrique a été corrigée en moins de
quatre heures. Nos équipes ont ensuite rétabli progressivement les
services touchés par ses conséquences.

Dédommagement
Nous activons dès aujourd'hui les compensations prévues par les
engagements de niveau de service (SLA) de vos contrats. Pour votre
compte (do5512-ovh), les services suivants sont concernés :
  - serveur dédié ns3148127 (SBG) ;
  - VPS vps-7d20e4 (SBG).
Le montant du dédommagement apparaîtra sous forme d'avoir sur votre
prochaine facture. Le détail du calcul est consultable dans votre
espace client, rubrique Facturation.

Nous avons tiré les leçons de cette situation et pris des mesures pour
qu'elle ne se reproduise pas. Un compte rendu détaillé de l'incident
et des actions engagées est disponible sur notre site.

Nous vous renouvelons nos excuses.

L'équipe OVH""")

notice(
    lang="fr", label="informational", phishing=False, provider="Scaleway",
    url=SCW + "august2023/2023-08-31-messaging-and-queueing-deprecated-sqs-namespace.mdx",
    frm=("Scaleway", "noreply@scaleway.com"),
    to="backend@collectif-ondine.example",
    subject="Messaging and Queuing : un seul namespace SQS/SNS par projet",
    dates={"sd": dt.datetime(2023, 8, 31, 15, 0, tzinfo=CEST)},
    deadline=None,
    body="""Bonjour,

Vous participez à la bêta de Messaging and Queuing de Scaleway. Voici
un changement qui prend effet aujourd'hui.

Pour préparer l'arrivée de la nouvelle API Messaging and Queuing, il
n'est plus possible de créer plus d'un namespace SQS/SNS par projet.

Ce que cela change pour vous
  - Vos namespaces existants (projet ondine-prod : sqs-ondine-main)
    continuent de fonctionner normalement.
  - Une tentative de création d'un second namespace SQS/SNS dans le
    même projet sera refusée par la console et par l'API.
  - Si vous avez besoin de séparer des environnements, utilisez des
    projets distincts.

Vous n'avez aucune action à mener. Nous vous tiendrons informés de la
disponibilité de la nouvelle API.

Pour toute question, rejoignez le canal #messaging-queuing-beta sur
le Slack de la communauté.

L'équipe Scaleway""")

notice(
    lang="fr", label="maintenance", phishing=False, provider="OVH",
    url="http://www.ovh.co.uk/items/sla.xml",
    frm=("OVH Support", "support@ovh.com"),
    to="serveur@gite-des-tilleuls.example",
    subject="Intervention terminée sur votre serveur ns301522.ovh.example",
    dates={"sd": dt.datetime(2011, 3, 15, 6, 52, tzinfo=CET),
           "dw": dt.datetime(2011, 3, 15, 4, 37), "up": dt.datetime(2011, 3, 15, 6, 41)},
    deadline=None,
    body="""Bonjour,

Notre système de surveillance a constaté le {dw_fr} à {dw_hm} que
votre serveur ns301522.ovh.example (IP 203.0.113.22) ne répondait plus
aux requêtes ping. Une intervention a été automatiquement ouverte.

Diagnostic : panne matérielle (alimentation défectueuse).
Action réalisée : remplacement de l'alimentation par un technicien,
puis redémarrage du serveur sur son disque.

Le serveur répond de nouveau depuis {up_hm}. L'intervention est close.

Durée d'indisponibilité : 2 h 04. Au titre de la garantie de qualité
de connexion, une compensation peut s'appliquer si le seuil mensuel
prévu par votre contrat est dépassé.

Vous n'avez aucune action à effectuer. Si un service ne redémarre pas
correctement, vous pouvez démarrer le serveur en mode rescue depuis le
Manager pour vérifier votre configuration.

Cordialement,
Le support OVH""")

# ---------------- Spanish (6) ----------------
notice(
    lang="es", label="abuse", phishing=False, provider="OVHcloud",
    url=CERB + "sample2",
    frm=("OVHcloud Abuse", "abuse@ovh.net"),
    to="sistemas@agencia-alcaravan.example",
    subject="Abuso detectado - Ticket #OVH-4102533 - envío de spam desde 198.51.100.160",
    dates={"sd": dt.datetime(2015, 4, 30, 9, 5, tzinfo=CEST),
           "ev": dt.datetime(2015, 4, 29, 17, 20, 28)},
    deadline=None,
    body="""Hola:

Hemos recibido, a través de un servicio público de denuncia de spam,
una queja sobre un mensaje enviado desde una dirección IP asociada a
su cuenta de cliente (identificador aa1193-ovh).

-- inicio de los detalles técnicos --
IP de origen: 198.51.100.160 (servidor plesk.agencia-alcaravan.example)
Fecha del envío: {ev_ts} -0400
Asunto del mensaje denunciado:
  "Important: Please Review Your Account Information"
Puntuación antispam del destinatario: 7.7 (clasificado como spam)
Referencia del denunciante: id 6301094139
-- fin de los detalles técnicos --

El asunto y el contenido corresponden a un mensaje de suplantación
para robar datos de cuentas. Le rogamos que:
  1. Revise las colas de correo de Plesk y detenga los envíos.
  2. Busque scripts de envío no autorizados y cuentas de correo con
     contraseñas comprometidas.
  3. Actualice el software del servidor y cambie las contraseñas.
  4. Responda a este ticket desde su área de cliente con las medidas
     adoptadas.

Si los envíos continúan, podremos bloquear el puerto 25 o el servicio.

Atentamente,
El equipo Abuse de OVHcloud""")

notice(
    lang="es", label="security-incident", phishing=False, provider="Hostinger",
    url="https://infosecurity-magazine.com/news/hostinger-breach-prompts-mass",
    frm=("Hostinger", "noreply@hostinger.es"),
    to="hola@panaderia-la-espiga.example",
    subject="Importante: hemos restablecido tu contraseña",
    dates={"sd": dt.datetime(2019, 8, 25, 12, 30, tzinfo=CEST),
           "det": dt.date(2019, 8, 23)},
    deadline=None,
    body="""Hola:

Por precaución, hemos restablecido la contraseña de tu cuenta de
Hostinger tras un incidente de seguridad. Queremos explicarte qué ha
ocurrido.

El {det_es} recibimos alertas de que un tercero no autorizado había
accedido a uno de nuestros servidores. Ese servidor guardaba un token
de autorización que se usó para obtener más privilegios y consultar
nuestra API interna de datos de clientes.

Datos que pueden haber quedado expuestos: tu nombre de usuario, tu
correo electrónico, tu nombre, la dirección IP y la contraseña en forma
cifrada (hash). No se vieron afectados los datos de pago, ni tus sitios
web ni su contenido.

Qué debes hacer:
  - Crea una nueva contraseña desde la página de acceso, usando
    "¿Olvidaste tu contraseña?". Elige una que no uses en ningún otro
    sitio.
  - Si usabas la misma contraseña en otros servicios, cámbiala también.
  - Desconfía de mensajes que te pidan datos personales o de acceso.

Hemos identificado el origen del acceso, informado a las autoridades y
reforzado la protección de contraseñas. Lamentamos las molestias.

El equipo de Hostinger""")

notice(
    lang="es", label="action-required", phishing=True, provider="IONOS webmail (impersonated)",
    url=PPOT + "sample-1260.eml",
    frm=("Administrador del servidor de correo", "noreply@servidor-desconocido.example"),
    to="marta.ruiz@ferreteria-ruiz.example",
    subject="Aviso MSG-PSWD del {sd_sl}",
    dates={"sd": dt.datetime(2022, 10, 29, 14, 58, 18, tzinfo=UTC)},
    deadline="sd",
    body="""¡La contraseña de su buzón "marta.ruiz@ferreteria-ruiz.example"
está caducando!

La contraseña de su buzón marta.ruiz@ferreteria-ruiz.example ha
caducado. El sistema generará una contraseña nueva.

Se cerrará su sesión automáticamente exactamente 3 horas después de
abrir este correo.

Le recomendamos seguir usando su contraseña actual. Para conservarla,
utilice el botón de abajo.

  [ Mantener la contraseña actual ]
  https://ferreteria-ruiz-webmail.example/keep?u=marta.ruiz

Correo generado por el servidor de correo de ferreteria-ruiz.example
para marta.ruiz@ferreteria-ruiz.example""")

notice(
    lang="es", label="action-required", phishing=False, provider="Microsoft (Dynamics 365)",
    url=MSMC + "MC964456.json",
    frm=("Centro de mensajes de Microsoft 365", "o365mc@microsoft.com"),
    to="crm-admin@cooperativa-tajo.example",
    subject="Actualización importante del Centro de mensajes",
    dates={"sd": dt.datetime(2024, 12, 23, 21, 4, tzinfo=UTC),
           "ch": dt.date(2025, 1, 17)},
    deadline="ch",
    body="""Id. de mensaje: MC964456 | Aplicaciones de Dynamics 365
Recordatorio: cambios en los destinatarios de las notificaciones de
servicio por correo electrónico

El Centro de mensajes es el canal principal para informarle de cambios
en sus servicios. De vez en cuando también enviamos notificaciones por
correo sobre cambios que requieren una acción, mantenimientos
planificados u otros avisos importantes.

Cómo le afecta
  - Hasta ahora, estos correos llegaban a los usuarios con el rol de
    Administrador del sistema en cada entorno, además de los
    destinatarios añadidos por PowerShell.
  - A partir del {ch_es}, solo los recibirán los usuarios con el
    rol de administrador de Dynamics 365 o de Power Platform asignado
    en el Centro de administración de Microsoft 365 o en Microsoft
    Entra.
  - Este cambio no afecta a los correos del propio Centro de mensajes.

Qué debe hacer
Asigne uno de esos roles, antes del {ch_es}, a las personas
que deban seguir recibiendo estas notificaciones, para no perder
ninguna comunicación del servicio.

Inquilino: cooperativa-tajo.example

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052, EE. UU.""")

notice(
    lang="es", label="pricing", phishing=False, provider="OVHcloud",
    url="https://www.ovhcloud.com/fr-ca/lp/public-cloud-repricing-faq",
    frm=("OVHcloud", "noreply@ovh.com"),
    to="cloud@estudio-almendro.example",
    subject="Nuevos precios de Public Cloud a partir del {ef_es}",
    dates={"sd": dt.datetime(2022, 9, 29, 10, 0, tzinfo=CEST),
           "ef": dt.datetime(2022, 11, 1, 0, 0), "lc": dt.datetime(2022, 10, 31, 23, 59)},
    deadline="ef",
    body="""Hola:

Le informamos de que los precios de Public Cloud cambian. Los nuevos
precios se aplicarán desde el {ef_es} a las 00:00 (CET) a todos los
servicios activos en sus proyectos, incluido el proyecto
"almendro-render" de su cuenta (ea7731-ovh).

Instancias con facturación mensual
  - Las que sigan activas el {ef_es} a las 00:00 se facturarán
    por adelantado con el nuevo precio durante todo el mes. Por
    ejemplo, una B2-7 pasa a costar 24,20 EUR sin IVA al mes.
  - Si no quiere que se le facture con la nueva tarifa, elimine esas
    instancias antes del {lc_es} a las 23:59 (CET).
  - Las que se creen después se facturan con el nuevo precio de forma
    prorrateada.

Instancias Windows
El precio de la licencia de Microsoft no cambia; solo se actualiza el
coste de la máquina virtual.

Encontrará la lista completa de precios y las respuestas a las
preguntas más frecuentes en nuestra página de preguntas frecuentes.

Atentamente,
El equipo de OVHcloud""")

notice(
    lang="es", label="informational", phishing=False, provider="Microsoft (Viva Engage)",
    url=MSMC + "MC781589.json",
    frm=("Centro de mensajes de Microsoft 365", "o365mc@microsoft.com"),
    to="comunicacion@fundacion-brezo.example",
    subject="Actualización importante del Centro de mensajes",
    dates={"sd": dt.datetime(2024, 4, 19, 22, 1, tzinfo=UTC),
           "r1": dt.date(2024, 5, 15), "r2": dt.date(2024, 6, 15)},
    deadline=None,
    body="""Id. de mensaje: MC781589 | Microsoft Viva
Administrar Microsoft Viva Engage ya no requiere asignar una licencia
de Microsoft 365

Para alinearnos con las prácticas de administración de las cargas de
trabajo principales de Microsoft 365, cambiamos los requisitos de plan
de servicio de algunos roles de administración de Viva Engage.

Cuándo ocurrirá
La implementación comenzará a mediados de {r1_esm} y esperamos
completarla a mediados de {r2_esm}.

Cómo afecta a su organización
  - Hasta ahora, con la opción de bloquear a los usuarios sin licencia
    de Yammer, los administradores globales y de Engage necesitaban un
    plan Engage Core o Yammer Enterprise para entrar en Engage.
  - Tras el cambio, esos dos roles podrán administrar Viva Engage sin
    plan de servicio asignado.
  - Los demás roles (administrador de red de Yammer, comunicador
    corporativo, administrador de comunidades, etc.) siguen
    necesitando el plan "Viva Engage Core".

No es necesario que haga nada para prepararse.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052, EE. UU.""")
# ---------------- Italian (3) ----------------
notice(
    lang="it", label="abuse", phishing=False, provider="OVHcloud",
    url=CERB + "sample5",
    frm=("OVHcloud Abuse", "abuse@ovh.net"),
    to="webmaster@video-lagunare.example",
    subject="Abuso rilevato - Ticket #OVH-4230918 - segnalazione di violazione del copyright",
    dates={"sd": dt.datetime(2015, 6, 8, 14, 20, tzinfo=CEST)},
    deadline=None,
    body="""Buongiorno,

abbiamo ricevuto una segnalazione di violazione del diritto d'autore
relativa a un servizio del suo account cliente (identificativo
vl6620-ovh).

-- inizio dei dettagli tecnici --
Segnalante: società di protezione dei contenuti multimediali, per
conto di un produttore di video titolare dei diritti
Riferimento: HL55754793
Server: 203.0.113.76 (video-lagunare.example)
Contenuto: 121 link ospitati sul server che rimandano a video protetti,
condivisi senza autorizzazione con utenti non paganti
-- fine dei dettagli tecnici --

L'elenco completo dei link è disponibile nel ticket, nel suo Spazio
Cliente. Il segnalante avverte che, se la notifica verrà ignorata, gli
aventi diritto potranno rivolgersi all'autorità giudiziaria.

Le chiediamo di:
  1. verificare i link indicati e rimuovere i contenuti non autorizzati;
  2. rispondere al ticket indicando le azioni svolte, oppure motivare
     perché ritiene legittimo l'uso dei contenuti.

In assenza di riscontro potremo sospendere il servizio, come previsto
dalle nostre condizioni contrattuali.

Cordiali saluti,
Il team Abuse di OVHcloud""")

notice(
    lang="it", label="security-incident", phishing=False, provider="Aruba",
    url="https://www.dday.it/redazione/40084/attacco-ad-aruba-cosa-e-successo-veramente-nessun-dato-e-stato-sottratto",
    frm=("Aruba.it", "comunicazioni@staff.aruba.it"),
    to="amministrazione@oleificio-brenta.example",
    subject="Comunicazione importante",
    dates={"sd": dt.datetime(2021, 7, 14, 10, 0, tzinfo=CEST),
           "det": dt.date(2021, 4, 23)},
    deadline=None,
    body="""Gentile cliente,

la informiamo che il {det_it} abbiamo individuato e bloccato un accesso
non autorizzato alla rete che ospita alcuni dei nostri sistemi
gestionali. Nessun dato è stato cancellato né modificato, e nessun
sistema di produzione ed erogazione dei servizi è stato coinvolto,
perché si trova su reti completamente separate.

Abbiamo subito adottato misure interne ed esterne, tra cui la denuncia
alle Forze dell'Ordine e la notifica al Garante per la Protezione dei
Dati Personali. Concluse le analisi, riteniamo doveroso informarla,
anche se non le è richiesta alcuna azione.

Dati presenti nei sistemi interessati, per la sua utenza 1187442@aruba.it:
  - dati anagrafici di fatturazione (nome e cognome, codice fiscale,
    indirizzo, città, CAP, provincia, telefono, email e PEC);
  - dati di accesso all'Area Clienti (login e password); le password
    erano protette da crittografia forte e sono state subito
    disabilitate, quindi non sono utilizzabili.

Non sono stati toccati i dati di pagamento né i suoi servizi (hosting,
cloud, email, PEC) e i loro contenuti. La disattivazione delle password
è avvenuta senza preavviso, secondo la procedura di sicurezza: al primo
accesso all'Area Clienti le sarà chiesto di impostarne una nuova.

Ci scusiamo per il disagio.

Aruba S.p.A.""")

notice(
    lang="it", label="maintenance", phishing=False, provider="OVHcloud",
    url="https://www.ovhcloud.com/it/web-hosting/mxplan-migration/",
    frm=("OVHcloud", "noreply@ovh.com"),
    to="info@libreria-del-portico.example",
    subject="MX Plan: migrazione verso una nuova piattaforma",
    dates={"sd": dt.datetime(2019, 6, 18, 10, 30, tzinfo=CEST)},
    deadline=None,
    body="""Buongiorno,

il suo servizio MX Plan per libreria-del-portico.example e le caselle
email incluse nel suo hosting condiviso stanno per essere migrati su
una nuova piattaforma, senza costi aggiuntivi.

Perché questo cambiamento?
L'offerta MX Plan si basa su una piattaforma tecnica di 17 anni fa, che
non ci permette più di far evolvere il servizio. Inoltre i datacenter
che la ospitano richiedono lavori importanti (alimentazione, rete,
raffreddamento): per limitarne l'impatto trasferiremo tutti i servizi
MX Plan a Gravelines e Roubaix.

Come si svolgerà
  - La migrazione è automatica: non deve fare nulla.
  - Verranno migrati prima i servizi con account, contatti e alias,
    poi quelli con filtri, risposte automatiche e reindirizzamenti.
  - Le deleghe di amministrazione non verranno trasferite: potrà
    ricrearle nello Spazio Cliente.

Cosa non cambia
Prezzo, password degli account e configurazione dei client di posta:
i server ssl0.ovh.net e ns0.ovh.net resteranno attivi.

Dopo la migrazione avrà una Webmail responsive, una gestione dei
filtri migliorata e un rinnovo delle password più semplice.

Il team OVHcloud""")

# ---------------- Portuguese (3) ----------------
notice(
    lang="pt", label="abuse", phishing=False, provider="OVHcloud",
    url=CERB + "spamhaus",
    frm=("OVHcloud Abuse", "abuse@ovh.net"),
    to="ti@clinica-serra-azul.example",
    subject="Abuso detetado - Ticket #OVH-2861045 - IP incluído na lista SBL",
    dates={"sd": dt.datetime(2016, 2, 24, 9, 30, tzinfo=UTC)},
    deadline=None,
    body="""Olá,

Recebemos da Spamhaus uma notificação automática: um endereço IP de um
serviço da sua conta de cliente (identificador cs9041-ovh) foi
acrescentado à lista de bloqueio SBL.

-- início dos detalhes técnicos --
IP/cidr: 192.0.2.88
Problema: site de phishing que imita uma marca de cartões de pagamento
Referência SBL: SBL291734
-- fim dos detalhes técnicos --

Enquanto o IP constar da lista, muitos servidores de correio recusarão
as mensagens enviadas a partir dele, e os seus clientes poderão ser
vítimas da página falsa.

O que deve fazer:
  1. Remover a página fraudulenta e descobrir como foi instalada
     (CMS desatualizado, palavras-passe roubadas, etc.).
  2. Quando o problema estiver resolvido, pedir a remoção à Spamhaus
     pelo endereço indicado na página da referência, explicando
     exatamente como o problema foi eliminado e citando a referência
     SBL291734 no assunto.
  3. Responder a este ticket no Espaço Cliente com as medidas tomadas.

Com os melhores cumprimentos,
A equipa Abuse da OVHcloud""")

notice(
    lang="pt", label="action-required", phishing=True, provider="Microsoft (impersonated)",
    url=PPOT + "sample-246.eml",
    frm=("Cliente Microsoft", "conta.microsoft@webmail-aviso.example"),
    to="rogerio.almeida@construtora-ipe.example",
    subject="Este e-mail será bloqueado.",
    dates={"sd": dt.datetime(2023, 1, 5, 10, 52, tzinfo=BRT)},
    deadline=None,
    body="""Conta da Microsoft
Microsoft Outlook

Conta da Microsoft informa:

Prezado(a) cliente rogerio.almeida@construtora-ipe.example,

Verificamos em nossos sistemas que a sua conta está em processo de
expiração.

Por esse motivo, é necessário atualizar seus dados cadastrais em
nossos sistemas. Para evitar que a sua conta seja suspensa, clique em
Atualizar.

  [ Atualizar ]
  http://compute-atualiza-conta.example/bfgs4w3/yubnyu6/?hash=cm9nZXJpbw

Atenciosamente,
Equipe de contas da Microsoft""")

notice(
    lang="pt", label="action-required", phishing=False, provider="Microsoft (Teams)",
    url=MSMC + "MCMC1085569.json",
    frm=("Centro de mensagens do Microsoft 365", "o365mc@microsoft.com"),
    to="ti@grupo-jacaranda.example",
    subject="Microsoft Teams: atualize para a política de gravação pelo organizador até {ch_pt}",
    dates={"sd": dt.datetime(2025, 5, 30, 19, 24, tzinfo=UTC),
           "ch": dt.date(2025, 6, 30)},
    deadline="ch",
    body="""ID da mensagem: MC1085569 | Microsoft Teams

Estamos informando sobre uma mudança no valor MeetingInitiator da
configuração MeetingRecordingOwnership, definida via PowerShell.

Quando isso acontecerá
Em {ch_pt}, a política de gravação pelo iniciador será desativada.
  - O valor MeetingInitiator deixará de existir.
  - A configuração MeetingRecordingOwnership será removida.
Por padrão, as gravações passarão a ser salvas no OneDrive do
organizador da reunião.

Como isso afeta sua organização
  - Se o organizador não tiver OneDrive (por exemplo, reuniões
    agendadas por uma caixa de correio compartilhada), o dono da
    gravação será definido nesta ordem: organizador, coorganizadores,
    iniciador e, por fim, o armazenamento assíncrono de mídia (AMS).
  - Coorganizadores terão as mesmas permissões de edição que o
    organizador sobre os arquivos de gravação.

O que você pode fazer para se preparar
Nenhuma ação é obrigatória, pois o organizador passará a ser o valor
padrão. Mesmo assim, recomendamos definir MeetingRecordingOwnership
como MeetingOrganizer antes de {ch_pt} e revisar as políticas de
retenção que dependem do local das gravações.

Locatário: grupo-jacaranda.example

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052, EUA""")

README = """# Batch {name}: April 2029, European and Latin-American providers and the European-language mail of global ones

36 labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic: fixed Message-IDs and MIME boundaries).
Each notice follows one public original (see the table and `used-sources.txt`), moved into
April 2029 by one weekday-preserving day offset per notice (applied to all of its dates),
with names, ids, hosts, customer domains (`.example`) and IP addresses (documentation
ranges) replaced and every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` (`YYYY-MM-DD` or `none`) and, on
phishing mails only, `X-Training-Phishing: yes` (phishing mails are labelled by what they
pretend to be).

## Counts

- by label (phishing counted apart): {counts}
- phishing: 3 (all action-required: a fake Google storage warning, a fake mailbox-password
  expiry, a fake Microsoft account expiry)
- critical (abuse + security-incident, without phishing): {crit}
- languages: {langs}
- generic subjects ("Important information about your account", Message-center digests,
  "Comunicazione importante", ...): {generic}
- multipart/alternative with an HTML part: {nhtml}; every text part is quoted-printable,
  non-ASCII headers are RFC 2047 encoded

## Providers

{providers}

## Notes on the originals

- The seven abuse notices (#1, #9, #10, #17, #25, #31, #34) follow complaints that reached
  OVH's abuse desk and are kept as test samples of OVH's own abuse-handling software
  (ovh/cerberus-core: an NTP-amplification report, two X-ARF reports, a CERT phishing
  takedown request, a SpamCop report, a copyright notice, a Spamhaus SBL listing). Each
  notice is the forwarding OVHcloud sends to the customer, shaped after the tool's
  "Abuse detected" / "Service blocked" templates, in the customer's language. None of the
  complaints states a date to act by, so their deadlines are `none`.
- Microsoft notices (#4, #14, #20, #21, #28, #30, #36) follow Message center posts archived
  in cengizyilmaz1/MS365MessageCenter, rendered in German, French, Spanish and Portuguese
  as the localized Message-center mails are; most carry the generic digest subject.
- Rendered in another language than the original: all seven abuse forwardings except #9
  and #17 (complaints in English, forwarded in the customer's language), the Microsoft
  posts other than #4 (English originals), #15 German and #23 French (English changelogs),
  #19 French (English Gandi news post), #24 French (English OVH SLA page), #26 Spanish
  (English news report), #27 Spanish (phishing original in English, rendered as a lure
  against a Spanish mailbox) and #29 Spanish (OVHcloud repricing FAQ, English page).
- Some originals are news reports or FAQ pages describing a mail that customers received
  (#2, #11, #12, #18, #22, #26, #32, #24, #29, #7); the wording follows the facts they report.
  Exact send dates of #7 (UpCloud, undated support page), #11 (Hetzner, November 2018),
  #24 (OVH intervention, undated page) and #33 (MX Plan migration page) are assumed.
- Deadlines: #7 (credits run out on the stated date, billing with an explicit date),
  #8 (start of the maintenance window), #12/#29 (date the new price applies to existing
  services), #15 (date the API behaviour changes), #27 (phishing: "signed out 3 hours after
  opening" resolves to the day of the Date header).

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
"""

# --------------------------------------------------------------------------
# building
GENERIC = {
    "Important information about your account", "Wichtige Information zu Ihrem Kundenkonto",
    "Wichtiges Update aus dem Nachrichtencenter", "Mise à jour importante du centre de messages",
    "Information concernant vos services", "Actualización importante del Centro de mensajes",
    "Comunicazione importante",
}
# relative deadlines: notice index (1-based) -> (unit, amount)
RELATIVE = {27: ("hours", 3)}


def is_html(n):
    u = n["url"]
    return (u.startswith(MSMC) or u.startswith(PPOT) or "price-adjustments" in u
            or "repricing" in u or "gandi.net" in u)


def render(n):
    send = n["dates"]["sd"]
    off = month_offset(send)
    shifted = {}
    mapping = {}
    for k, d in n["dates"].items():
        nd = d + off
        shifted[k] = nd
        mapping.update(fmts(k, nd))
    body = n["body"].format(**mapping)
    subject = n["subject"].format(**mapping)
    dl = "none"
    if n["deadline"]:
        d = shifted[n["deadline"]]
        dl = (d.date() if isinstance(d, dt.datetime) else d).isoformat()
    return shifted["sd"], subject, body, dl


def build_message(i, n):
    date, subject, body, dl = render(n)
    msg = EmailMessage(policy=email.policy.default)
    name, addr = n["frm"]
    msg["From"] = Address(display_name=name, addr_spec=addr)
    msg["To"] = n["to"]
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date)
    dom = addr.split("@", 1)[1]
    h = hashlib.sha1(("%s-%d-%s" % (NAME, i, subject)).encode("utf-8")).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:16], h[16:28], dom)
    msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = dl
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    msg.set_content(body + "\n", subtype="plain", charset="utf-8", cte="quoted-printable")
    if is_html(n):
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</div></body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte="quoted-printable")
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


def check_relative(i, date, dl):
    if i not in RELATIVE:
        return None
    unit, amount = RELATIVE[i]
    if unit == "hours":
        want = (date + dt.timedelta(hours=amount)).date()
    elif unit == "days":
        want = date.date() + dt.timedelta(days=amount)
    else:  # business days
        want = date.date()
        left = amount
        while left:
            want += dt.timedelta(days=1)
            if want.weekday() < 5:
                left -= 1
    if dl != want.isoformat():
        return "#%d relative deadline %s != %s" % (i, dl, want)
    return None


def main():
    problems = []
    if len(N) != 36:
        problems.append("expected 36 notices, got %d" % len(N))
    built = []
    urls = []
    for i, n in enumerate(N, 1):
        msg, date, subject, body, dl = build_message(i, n)
        built.append((n, msg, date, subject, body, dl))
        urls.append(n["url"])
        if n["label"] not in LABELS:
            problems.append("#%d unknown label %s" % (i, n["label"]))
        if (date.year, date.month) != MONTH:
            problems.append("#%d date %s not in month" % (i, date))
        if date.weekday() != n["dates"]["sd"].weekday():
            problems.append("#%d weekday changed" % i)
        if dl != "none" and dt.date.fromisoformat(dl) < date.date():
            problems.append("#%d deadline %s before date %s" % (i, dl, date))
        if n["label"] in ("informational", "security-advisory") and dl != "none":
            problems.append("#%d %s with a deadline" % (i, n["label"]))
        r = check_relative(i, date, dl)
        if r:
            problems.append(r)
        if "{" in body or "}" in body or "{" in subject:
            problems.append("#%d unformatted placeholder" % i)
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        for line in body.split("\n"):
            if len(line) > 78:
                problems.append("#%d long line: %s" % (i, line[:40]))
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URLs")
    used_path = os.path.join(os.path.dirname(OUT), "used-sources.txt")
    if os.path.exists(used_path):
        own = os.path.join(OUT, "used-sources.txt")
        mine = set()
        if os.path.exists(own):
            mine = {l.strip() for l in open(own, encoding="utf-8") if l.strip()}
        used = {l.strip().rstrip(",") for l in open(used_path, encoding="utf-8") if l.strip()}
        for u in urls:
            if u in used and u not in mine:
                problems.append("source already used by another batch: %s" % u)

    # write mboxo
    with open(MBOX, "wb") as fh:
        for n, msg, date, subject, body, dl in built:
            raw = msg.as_bytes(policy=email.policy.default.clone(linesep="\n", max_line_length=120))
            out = []
            for line in raw.split(b"\n"):
                if line.startswith(b"From "):
                    line = b">" + line
                out.append(line)
            raw = b"\n".join(out)
            env = "From %s %s\n" % (n["frm"][1], date.astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y"))
            fh.write(env.encode("ascii"))
            fh.write(raw)
            if not raw.endswith(b"\n"):
                fh.write(b"\n")
            fh.write(b"\n")

    # read back and check
    box = mailbox.mbox(MBOX, factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default),
                       create=False)
    msgs = list(box)
    if len(msgs) != len(built):
        problems.append("read back %d messages" % len(msgs))
    counts = {}
    phishing = 0
    langs = {}
    nhtml = 0
    for idx, (m, (n, _, date, subject, body, dl)) in enumerate(zip(msgs, built), 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append("#%d missing header %s" % (idx, h))
        raw_headers = m.as_bytes().split(b"\n\n", 1)[0]
        try:
            raw_headers.decode("ascii")
        except UnicodeDecodeError:
            problems.append("#%d non-ASCII bytes in headers" % idx)
        if str(m["Subject"]) != subject:
            problems.append("#%d subject mismatch" % idx)
        if email.utils.parsedate_to_datetime(str(m["Date"])) != date:
            problems.append("#%d date mismatch" % idx)
        if str(m["X-Training-Label"]) != n["label"]:
            problems.append("#%d label mismatch" % idx)
        if str(m["X-Training-Deadline"]) != dl:
            problems.append("#%d deadline mismatch" % idx)
        ph = m["X-Training-Phishing"]
        if bool(ph) != n["phishing"] or (ph and str(ph) != "yes"):
            problems.append("#%d phishing header mismatch" % idx)
        part = m.get_body(preferencelist=("plain",))
        if part is None or part.get_content().rstrip("\n") != body.rstrip("\n"):
            problems.append("#%d body mismatch" % idx)
        cte = part["Content-Transfer-Encoding"] if part is not None else None
        if str(cte).lower() != "quoted-printable":
            problems.append("#%d body not quoted-printable" % idx)
        if m.is_multipart():
            nhtml += 1
            if m.get_content_type() != "multipart/alternative":
                problems.append("#%d unexpected multipart type" % idx)
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("#%d bad deadline %s" % (idx, dl))
        if n["phishing"]:
            phishing += 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if crit != 12:
        problems.append("critical %d != 12" % crit)
    want = {"abuse": 7, "security-incident": 5, "action-required": 8, "maintenance": 3,
            "pricing": 2, "billing": 3, "informational": 3, "security-advisory": 2}
    for k, v in want.items():
        if counts.get(k, 0) != v:
            problems.append("%s count %d != %d" % (k, counts.get(k, 0), v))
    if phishing != 3:
        problems.append("phishing %d != 3" % phishing)
    if langs != {"en": 8, "de": 8, "fr": 8, "es": 6, "it": 3, "pt": 3}:
        problems.append("language mix %s" % langs)
    generic = sum(1 for b in built if b[3] in GENERIC)

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    lang_name = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
                 "it": "Italian", "pt": "Portuguese"}
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            lang_name[n["lang"]], n["url"]))
    readme = README.format(
        name=NAME,
        counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
        crit=crit, generic=generic, nhtml=nhtml,
        langs=", ".join("%s %d" % (lang_name[k], langs[k]) for k in ("en", "de", "fr", "es", "it", "pt")),
        providers=", ".join(providers),
        rows="\n".join(rows))
    with KeptSections(os.path.join(OUT, "README.md")) as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
