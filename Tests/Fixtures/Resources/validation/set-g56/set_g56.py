#!/usr/bin/env python3
"""Generate validation batch g56: 36 labelled cloud-provider notices (March 2029).

Smaller hosts, SaaS and Japanese/Chinese providers: 16 English, 10 Japanese,
4 Chinese, 3 German and 3 French notices, 3 of them phishing.
Standard library only, deterministic.  Writes set-g56.mbox, README.md and
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

NAME = "g56"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 3)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


UTC = dt.timezone.utc
JST = tz(9)
CST = tz(8)
CET = tz(1)
CEST = tz(2)
PST = tz(-8)
PDT = tz(-7)
EST = tz(-5)

CC = "https://github.com/CleverCloud/documentation/blob/main/content/changelog/"
SC = "https://github.com/Scalingo/documentation/blob/master/src/changelog/"
CMP = "https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/"

# --------------------------------------------------------------------------
# date formatting
JA_WD = "月火水木金土日"
ZH_WD = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def fmts(key, d):
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    w = d.weekday()
    hour12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    fr_day = "1er" if d.day == 1 else str(d.day)
    return {
        key + "_jp": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_jpw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, JA_WD[w]),
        key + "_md": "%d月%d日" % (d.month, d.day),
        key + "_mdw": "%d月%d日（%s）" % (d.month, d.day, JA_WD[w]),
        key + "_zh": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_zhw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, ZH_WD[w]),
        key + "_en": "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[d.month - 1], d.day, d.year),
        key + "_enmd": "%s %d" % (EN_MON[d.month - 1], d.day),
        key + "_de": "%d. %s %d" % (d.day, DE_MON[d.month - 1], d.year),
        key + "_dew": "%s, %d. %s %d" % (DE_WD[w], d.day, DE_MON[d.month - 1], d.year),
        key + "_dedot": d.strftime("%d.%m.%Y"),
        key + "_fr": "%s %s %d" % (fr_day, FR_MON[d.month - 1], d.year),
        key + "_frw": "%s %s %s %d" % (FR_WD[w], fr_day, FR_MON[d.month - 1], d.year),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_hm": d.strftime("%H:%M"),
        key + "_time": d.strftime("%H:%M:%S"),
        key + "_dmy": d.strftime("%d-") + EN_MON[d.month - 1][:3] + d.strftime("-%Y"),
        key + "_DMY": (d.strftime("%d-") + EN_MON[d.month - 1][:3] + d.strftime("-%Y")).upper(),
        key + "_wdup": EN_WD[w].upper(),
        key + "_monup": EN_MON[d.month - 1][:3].upper(),
        key + "_dd": "%02d" % d.day,
        key + "_us": "%d/%d/%d %d:%02d %s" % (d.month, d.day, d.year, hour12, d.minute, ampm),
        key + "_usd": "%02d/%02d/%02d" % (d.day, d.month, d.year % 100),
        key + "_us12": "%s %d, %d %02d:%02d %s" % (EN_MON[d.month - 1], d.day, d.year, hour12,
                                                   d.minute, ampm),
        key + "_und": d.strftime("%d_%m_%Y"),
        key + "_rfc": d.strftime("%a, %d %b %Y %H:%M:%S"),
        key + "_y": str(d.year),
        key + "_ctime": "%s %s %2d %s %d" % (EN_WD[w][:3], EN_MON[d.month - 1][:3], d.day,
                                              d.strftime("%H:%M:%S"), d.year),
        key + "_m": str(d.month),
        key + "_frmy": "%s %d" % (FR_MON[d.month - 1], d.year),
        key + "_enmy": "%s %d" % (EN_MON[d.month - 1], d.year),
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
    kw.setdefault("html", False)
    kw.setdefault("rel", None)
    N.append(kw)


# ============================ English (16) ============================
notice(
    lang="en", label="security-incident", phishing=False, provider="Slack",
    url="https://slackhq.com/march-2015-security-incident-and-the-launch-of-two-factor-authentication",
    frm=("Slack", "feedback@slack.com"),
    to="dana.okafor@tidewater-analytics.example",
    subject="Important information about your account",
    dates={"sd": dt.datetime(2015, 3, 27, 13, 5, tzinfo=PDT)},
    deadline=None, html=True,
    body="""Hi Dana,

We are contacting you as an owner of the tidewater-analytics team.

We have confirmed that someone gained unauthorized access to a Slack
database that stores user profile information. The access lasted about
four days in February. We have blocked it and changed our infrastructure
to prevent it from happening again.

The database holds user names, email addresses and one-way encrypted
("hashed") passwords, plus anything people added to their profiles, such
as a phone number or Skype ID. Passwords are hashed with bcrypt and a
random salt per password, and we have no sign that they were decrypted.
No payment information was stored in that database.

During our investigation we saw suspicious activity on a very small
number of accounts, and two members of your team are among them:
  - r.lindqvist
  - m.adeyemi
Their passwords have been reset and their sessions signed out.

What we recommend:
  - Turn on two-factor authentication, which is available from today.
  - Use the new password reset option for the whole team if you want
    every member to choose a new password.

We are very sorry for this incident.

The Slack Team""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Slack",
    url="https://github.com/Gruppio/SlackWebhooksGithubCrawler/issues/1",
    frm=("Slack", "no-reply@slack.com"),
    to="owner@brightway-refugee-jobs.example",
    subject="A webhook URL for brightway-jobs.slack.com has been disabled",
    dates={"sd": dt.datetime(2020, 2, 7, 9, 12, tzinfo=PST)},
    deadline=None,
    body="""Hi there,

We found an incoming webhook URL for your workspace,
brightway-jobs.slack.com, on a publicly accessible web page. The URL
belongs to the "Deploy Alerts" integration that you installed.

Anyone who knows a webhook URL can post messages into your workspace,
so it should be treated like a password. It appeared in source code
published in a public repository on GitHub.

To protect your workspace, we have disabled this webhook URL. Messages
sent to it will now be rejected, and the integration will stop posting
to #deployments until you replace it.

What you should do:
  - Create a new webhook URL from the app's settings page.
  - Keep the new URL out of any code or files you publish; store it as
    a secret or environment variable instead.
  - Check #deployments for any messages you did not send.

Thanks for helping keep Slack secure.

The team at Slack""")

notice(
    lang="en", label="abuse", phishing=False, provider="Hetzner (forwarded copyright complaint)",
    url="https://github.com/alireza0/x-ui/issues/1426",
    frm=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    to="ops@northlight-vpn.example",
    subject="Abuse Message [AbuseID:5E21C7:2A]: Copyright infringement (BitTorrent) from 203.0.113.47",
    dates={"sd": dt.datetime(2024, 8, 27, 10, 5, tzinfo=CEST),
           "ev": dt.datetime(2024, 8, 26, 19, 11, 46)},
    deadline=None,
    body="""Dear Mr Castellano,

we have received a copyright complaint concerning an IP address that is
assigned to one of your servers. The complaint is reproduced in short
below.

  Complainant:   Paramount Pictures Corporation
  Sent by:       Vobile - Compliance (p2p@copyright-notice.example)
  Case ID:       c71a0e9d52b34f0816a2
  Observed at:   {ev_iso}T{ev_time}Z
  Source IP:     203.0.113.47, port 38138
  Protocol:      BitTorrent (P2P)
  Files:         1

Please remove the infringing material, stop it from being shared again
and tell us what you have done about it. If the traffic comes from users
of a VPN or proxy you operate, you remain responsible for it under our
terms.

Send your statement through the following link:
https://abuse.hetzner.example/statements/?token=2c9e41b07d5a8f36

If we do not receive a statement, we may restrict the server.
Please leave the abuse ID [AbuseID:5E21C7:2A] unchanged in the subject
line of any reply.

Kind regards

Abuse Team
Hetzner Online GmbH""")

notice(
    lang="en", label="abuse", phishing=False, provider="Dyn (DynDNS)",
    url="https://github.com/isohuntto/openbay/issues/130",
    frm=("Dyn Abuse", "abuse@dyn.com"),
    to="admin@openharbor-index.example",
    subject="Notification",
    dates={"sd": dt.datetime(2015, 1, 6, 3, 40, tzinfo=EST)},
    deadline=None,
    body="""Hello,

Your host tracker-mirror.dynalias.example is believed to be compromised
or is sending and receiving malicious traffic on the Internet.

We have received reports about this host. The reported problem is:

  AUP violation - under our Acceptable Use Policy, running a hub,
  tracker or any other file-sharing mechanism that makes copyrighted
  material available without permission is treated the same as
  distributing that material yourself.

We have blocked the host on our side. Your account itself stays active,
and your other hostnames are not affected.

If you believe this is a mistake, reply to this message and include the
hostname in your reply.

Regards,
Dyn Abuse Desk""")

notice(
    lang="en", label="security-incident", phishing=True, provider="GitHub (impersonated)",
    url="https://github.com/yjjnls/awesome-blockchain/issues/44",
    frm=("maihongxuan", "notifications@github.com"),
    to="awesome-blockchain@noreply.github.com",
    subject="[lindqvist-lab/ledger-notes] Notification (Issue #44)",
    dates={"sd": dt.datetime(2025, 3, 15, 8, 22, tzinfo=UTC),
           "lg": dt.datetime(2025, 1, 23, 4, 39)},
    deadline=None,
    body="""Unusual Sign-in Activity Detected on Your GitHub Account

We noticed a sign-in to your account from a device we have not seen before.

Sign-in details:
  - Location: Reykjavik, Iceland
  - IP address: 198.51.100.8
  - Date and time: {lg_us} PST
  - Device: Unknown device

If this was you, you can ignore this message. If you did not sign in,
please secure your account now:

1. Change your password right away on the password change page:
   https://githubjobs-secure.example/password
2. Review your active sessions and revoke any you do not recognise in
   your security log: https://githubjobs-secure.example/sessions
3. Turn on or confirm two-factor authentication:
   https://githubjobs-secure.example/2fa

If you think your account may be compromised, contact GitHub Support at
https://githubjobs-secure.example/support

Best regards,
The GitHub Security Team

--
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you are subscribed to this thread.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Clever Cloud",
    url=CC + "2026/04-23-logs-v2-deprecation.md",
    frm=("Clever Cloud", "noreply@clever-cloud.com"),
    to="platform@orchard-ledger.example",
    subject="Logs API v2 endpoints will be switched off on {dd_en}",
    dates={"sd": dt.datetime(2026, 4, 23, 10, 0, tzinfo=CEST), "dd": dt.date(2026, 5, 23)},
    deadline="dd", html=True,
    body="""Hello,

Your organisation "Orchard Ledger" called the legacy Logs API v2 during
the last 30 days (application app_6f1e20c4-93ab-4c57-b1d2-7e0a58c39f11).

The v2 logs endpoints are being retired. The v4 API has been available
for a while and gives a more reliable and consistent way to read your
application logs.

  {dd_enw}: the v2 logs endpoints are disabled for good.
  Any tool or script still using them will stop receiving logs.

How to migrate:
  - Point your HTTP calls to the logs endpoints of the v4 API.
  - Authentication and query parameters work the same way as in the
    rest of the v4 API.
  - Once switched, your integration keeps fetching logs as before.

The v4 reference is in the "Logs" section of the API documentation.
If you need help, open a ticket from the Console.

The Clever Cloud team""")

notice(
    lang="en", label="action-required", phishing=False, provider="Clever Cloud",
    url=CC + "2025/03-25-python-3.8-eol.md",
    frm=("Clever Cloud", "noreply@clever-cloud.com"),
    to="devops@saltmarsh-labs.example",
    subject="Python 3.8 will be removed from our images on {rm_en}",
    dates={"sd": dt.datetime(2025, 3, 25, 11, 30, tzinfo=CET), "rm": dt.date(2025, 4, 30)},
    deadline="rm",
    body="""Hello,

Our image update process now follows the official Python release cycle,
which gives each version five years of support. As announced last year,
this means older versions leave our images once they reach end of life.

Starting {rm_en}, Python 3.8 will no longer be part of Clever Cloud
images. It was released in 2019 and has not been supported upstream
since last October.

These applications in your organisation still request 3.8:
  - saltmarsh-api (CC_PYTHON_VERSION=3.8)
  - saltmarsh-worker (CC_PYTHON_VERSION=3.8)

To move to a newer version, change CC_PYTHON_VERSION and rebuild the
application. Set it to 3 if you always want the latest release we offer.

If you really need to keep 3.8 for a legacy app, you can install it
yourself with uv or Mise, which ship in all recently updated images.

The Clever Cloud team""")

notice(
    lang="en", label="security-advisory", phishing=False, provider="Clever Cloud",
    url=CC + "2026/02-20-metabase-security-patches.md",
    frm=("Clever Cloud", "noreply@clever-cloud.com"),
    to="data@harbourline-freight.example",
    subject="Security patches available for Metabase versions 54 to 58",
    dates={"sd": dt.datetime(2026, 2, 20, 15, 10, tzinfo=CET)},
    deadline=None, html=True,
    body="""Hello,

New Metabase releases are now available on Clever Cloud: 0.54.20,
0.55.20, 0.56.20, 0.57.13 and 0.58.7. They fix several published
vulnerabilities (CVEs), and we recommend applying them soon.

What to do depends on how your add-on is configured:
  - If CC_METABASE_VERSION is set to community-latest, there is nothing
    to change; a restart of the instance picks up the patched version.
  - If you pinned a specific version, set CC_METABASE_VERSION on the
    underlying Java application to the latest patch of your branch and
    rebuild it.

You can update from the add-on dashboard in the Console, or with
Clever Tools:

  clever features enable operators
  clever metabase version check <name-or-id>
  clever metabase version update <name-or-id>

More information is available in the Metabase section of our docs.

The Clever Cloud team""")

notice(
    lang="en", label="informational", phishing=False, provider="Clever Cloud",
    url=CC + "2026/01-27-metrics-retention-change.md",
    frm=("Clever Cloud", "noreply@clever-cloud.com"),
    to="sre@quillmoor-studio.example",
    subject="Platform update",
    dates={"sd": dt.datetime(2026, 1, 27, 9, 45, tzinfo=CET), "ef": dt.date(2026, 2, 2)},
    deadline=None,
    body="""Hello,

A short note about a change to application metrics on Clever Cloud.

Starting {ef_en}, custom application metrics will be kept for 7 days.
This only concerns the metrics your applications publish themselves,
through the statsd protocol or a Prometheus endpoint.

System metrics are not affected. Everything we collect automatically,
such as CPU and RAM usage, disk usage, network activity and load, keeps
its current retention period.

To learn more, see "Metrics on Clever Cloud" and "Publish your own
metrics" in the documentation.

The Clever Cloud team""")

notice(
    lang="en", label="pricing", phishing=False, provider="Netlify",
    url="https://github.com/robhunter/agentdeals/pull/961",
    frm=("Netlify", "team@netlify.com"),
    to="billing@fernway-collective.example",
    subject="Changes to Credit plans: free team seats and form submissions",
    dates={"sd": dt.datetime(2026, 4, 14, 17, 0, tzinfo=UTC)},
    deadline="sd", html=True,
    body="""Hi Fernway Collective team,

We've made two pricing changes to Credit plans, and both apply to your
team from today, {sd_en}.

1. Team member seats are now free on Credit Pro
   A monthly Credit Pro subscription now includes unlimited team member
   seats at no extra cost. Until now, each seat was charged at $20,
   and active Git contributors counted as seats too.

2. Form submissions no longer use credits
   Form submissions are free on all Credit plans. Previously every
   submission cost 1 credit.

Your team currently has 7 paid seats on Credit Pro. From your next
invoice those seats will no longer be charged, and form usage will no
longer appear in your credit balance.

There's nothing you need to do. You can review your plan and usage at
any time under Team settings > Billing.

The Netlify team""")

notice(
    lang="en", label="pricing", phishing=False, provider="Heroku",
    url="https://github.com/grammyjs/website/pull/557",
    frm=("Heroku", "noreply@heroku.com"),
    to="bots@pinecrest-devs.example",
    subject="One week left: Heroku free plans end on {end_en}",
    dates={"sd": dt.datetime(2022, 11, 21, 16, 0, tzinfo=UTC), "end": dt.date(2022, 11, 28)},
    deadline="end",
    body="""Hello,

This is a reminder that Heroku will stop offering free plans on
{end_enw}.

On that date, free dynos, free Heroku Postgres and free Heroku Data
for Redis will no longer be available. Apps that still use them will be
scaled down and their free data services removed.

Your account has these resources on free plans:
  - pinecrest-telegram-bot (free web dyno)
  - pinecrest-telegram-bot: heroku-postgresql (hobby-dev)

To keep them running, upgrade to a paid dyno type and a paid data plan
before {end_en}. Current prices are on heroku.com/pricing.

If you no longer need these apps, export any data you want to keep
first.

Thanks for building on Heroku.
The Heroku Team""")

notice(
    lang="en", label="billing", phishing=False, provider="Heroku",
    url="https://github.com/FCC-Alumni/alumni-network/issues/270",
    frm=("Heroku Billing", "billing@heroku.com"),
    to="pete.sandoval@fccalumni-site.example",
    subject="Important information about your account",
    dates={"sd": dt.datetime(2018, 10, 12, 18, 30, tzinfo=UTC)},
    deadline=None,
    body="""Hi Pete,

Despite several attempts, we were unable to collect the outstanding
balance of $3.07 on your Heroku account. The card on file (ending 4417)
was declined each time, and we did not hear back from you after our
earlier reminders.

As a result, your account has now been closed and its resources removed:
  - alumni-network-prod (app and add-ons)

This action has been completed and cannot be reversed. If you want to
use Heroku again, you can sign up for a new account and redeploy your
code from your repository.

If you believe this was done in error, or you have already paid,
contact us through help.heroku.com and include this reference:
INV-8820-57163.

Heroku Billing""")

notice(
    lang="en", label="billing", phishing=False, provider="Aiven",
    url="https://github.com/aiven/devportal/pull/1459",
    frm=("Aiven Billing", "billing@aiven.io"),
    to="finance@copperline-retail.example",
    subject="Access to project copperline-prod suspended due to a past due invoice",
    dates={"sd": dt.datetime(2022, 10, 14, 8, 15, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Invoice INV-48817 for your project copperline-prod is past due, and
access to the project has been suspended.

While the project is suspended, members cannot sign in to the project
in the Aiven Console, and you will see a "project suspended" message.
Your services keep their data.

To restore access:
  1. Pay the outstanding invoice using the payment link in the invoice
     email, or by bank transfer using the details on the invoice.
  2. Open a support case at support@aiven.io with the project name and
     the invoice number, so that we can reactivate the project quickly.

If you have already paid, please send us the payment reference and we
will check it.

Aiven Billing""")

notice(
    lang="en", label="maintenance", phishing=False, provider="Equinix",
    url=CMP + "equinix/equinix5.eml",
    frm=("Equinix Network Maintenance NO-REPLY", "no-reply@equinix.com"),
    to="noc@lumora-payments.example",
    subject="REMINDER - Scheduled Software Upgrade on Infrastructure device-SG Metro Area Network Maintenance -{w1_DMY} [5-6184203975]",
    dates={"sd": dt.datetime(2022, 11, 1, 14, 3, tzinfo=UTC),
           "w1": dt.datetime(2022, 11, 2, 14, 0), "w2": dt.datetime(2022, 11, 2, 22, 0),
           "l1": dt.datetime(2022, 11, 2, 22, 0), "l2": dt.datetime(2022, 11, 3, 6, 0)},
    deadline="w1", html=True,
    body="""Dear Equinix Customer,

The maintenance listed below will start in 24 hours.

DATE: {l1_DMY} - {l2_DMY}
LOCAL: {l1_wdup}, {l1_dd} {l1_monup} {l1_hm} - {l2_wdup}, {l2_dd} {l2_monup} {l2_hm}
UTC: {w1_wdup}, {w1_dd} {w1_monup} {w1_hm} - {w2_wdup}, {w2_dd} {w2_monup} {w2_hm}
IBX(s): SG1, SG2, SG3, SG4, SG5

DESCRIPTION: Equinix engineers will carry out a planned software upgrade
on one of our infrastructure devices. Your services, including virtual
connections, will not be interrupted; only the redundancy of our
internal infrastructure is reduced while the work is in progress.

PRODUCTS: EQUINIX FABRIC
IMPACT: No impact to your service

Account #  Product          IBX  Service Serial #  Port
204718     Equinix Fabric   SG2  50913377-A        lumora-SG2-CX-PRI-01

We apologise for any inconvenience and thank you for your cooperation.
For status updates, contact the Equinix SMC and quote 5-6184203975.

Sincerely,
Equinix SMC

Please do not reply to this address. For questions, log a network ticket
in the Equinix Customer Portal or contact the Global Service Desk with
reference [5-6184203975].""")

notice(
    lang="en", label="maintenance", phishing=False, provider="HGC Global Communications",
    url=CMP + "hgc/hgc1.eml",
    frm=("HGC Planned Maintenance Work", "inocpw@hgc.com.hk"),
    to="netops@kestrel-media.example",
    subject="[Emergency] HGC Maintenance Work Notification - Kestrel Media Ltd | CIR047219 | TIC000000583316",
    dates={"sd": dt.datetime(2021, 8, 15, 5, 10, tzinfo=UTC),
           "ws": dt.datetime(2021, 8, 15, 7, 1), "we": dt.datetime(2021, 8, 15, 12, 0)},
    deadline="ws",
    body="""Dear Customer,

Please note that an international service provider will carry out
emergency maintenance affecting your circuit. Details below.

Circuit ID          : CIR047219
Customer            : Kestrel Media Ltd
Window start (UTC)  : {ws_dmy} {ws_hm}
Window end (UTC)    : {we_dmy} {we_hm}
Service impact      : Down for the whole maintenance window
Description         : The provider will isolate a fault and replace
                      hardware in London.

We are sorry for the short notice. Our provider has only just found
that this work must be done as soon as possible; otherwise the service
could fail in an uncontrolled way.

Thank you for your attention, and we apologise for any inconvenience.

Best regards
Planned Maintenance Work
International Business Engineering & Operations
HGC Global Communications Ltd
Tel: +852-3905-0000""")

notice(
    lang="en", label="action-required", phishing=False, provider="Scalingo",
    url=SC + "databases/_posts/2026-06-09-postgresql-14-eol-notice.md",
    frm=("Scalingo", "no-reply@scalingo.com"),
    to="tech@marlowe-tickets.example",
    subject="PostgreSQL® 14 reaches end of life on {eol_en}",
    dates={"sd": dt.datetime(2026, 6, 9, 9, 0, tzinfo=CEST),
           "eol": dt.date(2026, 11, 12), "auto": dt.date(2027, 1, 11)},
    deadline="eol",
    body="""Hello,

You are receiving this message as an owner or collaborator of at least
one application using a PostgreSQL® 14 database:

  - marlowe-tickets-prod (osc-fr1) - PostgreSQL® 14.17
  - marlowe-tickets-staging (osc-fr1) - PostgreSQL® 14.17

PostgreSQL® 14 reaches the end of its support cycle on {eol_en}.
After that date, it will no longer receive updates, security patches or
maintenance fixes.

Timeline:
  - {eol_en}: PostgreSQL® 14 reaches end of life.
  - {auto_en}: remaining PostgreSQL® 14 databases are upgraded
    automatically to the latest minor version of PostgreSQL® 15.

Please plan the upgrade to version 15 or later now. Upgrading yourself
lets you check that your services still behave as expected before the
automatic upgrade campaign begins.

Our best practices for PostgreSQL® upgrades are in the documentation.

The Scalingo team""")

# ============================ Japanese (10) ============================
notice(
    lang="ja", label="security-incident", phishing=False, provider="IIJ",
    url="https://finbridge.jp/article/article-9254",
    frm=("IIJ サポートセンター", "info@iij.ad.jp"),
    to="johosys@minatogawa-shoji.example",
    subject="【重要】IIJセキュアMXサービスにおける情報漏えいの可能性について",
    dates={"sd": dt.datetime(2025, 4, 15, 10, 0, tzinfo=JST),
           "st": dt.date(2024, 8, 3), "cf": dt.date(2025, 4, 10)},
    deadline=None,
    body="""株式会社みなとがわ商事
システムご担当者様

平素よりIIJサービスをご利用いただき、誠にありがとうございます。

法人向けメールセキュリティサービス「IIJセキュアMXサービス」の設備が
{st_jp}以降に不正アクセスを受け、設備上で不正なプログラムが
実行されていたことを{cf_jp}に確認いたしました。
貴社のご契約（サービスコード：SMX-0048217）も対象となります。

■漏えいした可能性のある情報（ご契約内容により異なります）
 ・本サービスで作成したメールアカウントとパスワード
 ・本サービスで送受信したメールの本文およびヘッダ情報
 ・本サービスと連携設定していた他社クラウドサービスの認証情報

■現在の状況
 不正アクセスの経路は特定済みで、切り離しを完了しております。
 現在は安全にご利用いただける状態です。原因と影響範囲については
 引き続き調査を進めております。

■お願い
 連携先クラウドサービスの認証情報の変更につきましては、
 担当営業より個別にご案内いたします。
 ご不明な点は、専用のご相談フォームよりお問い合わせください。

多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。

株式会社インターネットイニシアティブ""")

notice(
    lang="ja", label="abuse", phishing=False, provider="エックスサーバー",
    url="http://happy-life55.com/1115",
    frm=("エックスサーバー サポート", "support@xserver.ne.jp"),
    to="owner@hidamari-blog.example",
    subject="【Xserver】重要なお知らせ",
    dates={"sd": dt.datetime(2016, 6, 14, 15, 30, tzinfo=JST)},
    deadline=None,
    body="""hidamari-blog.example ご担当者様

平素はエックスサーバーをご利用いただき、誠にありがとうございます。
エックスサーバー サポートでございます。

お客様のサーバーアカウント（サーバーID：hidamari07）において、
第三者による改ざんと不正なプログラムの設置を確認いたしました。
他のお客様および外部への被害を防ぐため、現在、当該サーバー
アカウントへのアクセスを凍結しております。

凍結の解除をご希望の場合は、以下をすべて実施してください。
 1. ご利用中のソフトウェア（WordPress、プラグイン等）の最新化
 2. 全ファイルのウイルスチェックおよびスキャン
 3. FTPパスワードの変更
 4. サーバーアカウントに設定されている全ドメインの削除

対応が完了しましたら、本メールにご返信のうえ、
お問い合わせ番号・会員ID・サーバーIDと、上記の指示事項が
すべて完了した旨をお知らせください。
確認後、凍結を解除いたします。

お問い合わせ番号：XS-1606-44821

--
エックスサーバー株式会社
サポート""")

notice(
    lang="ja", label="billing", phishing=False, provider="エックスサーバー",
    url="https://korekaralife.com/post-786/",
    frm=("エックスサーバー", "support@xserver.ne.jp"),
    to="kazuko.fujimura@kurashi-note.example",
    subject="【Xserver】サーバーご利用期限切れのお知らせ",
    dates={"sd": dt.datetime(2017, 5, 9, 10, 20, tzinfo=JST),
           "ex": dt.date(2017, 5, 8), "pay": dt.date(2017, 6, 7)},
    deadline="pay",
    body="""藤村 和子 様

平素はエックスサーバーをご利用いただき、誠にありがとうございます。

下記サーバーアカウントは、{ex_jpw}をもってご利用期限を
過ぎましたが、現時点で更新料金のお支払いを確認できておりません。
そのため、サーバーの機能を停止（凍結）いたしました。
現在、ウェブサイトの表示およびメールの送受信はご利用いただけません。

■サーバーID：kurashinote
■ドメイン：kurashi-note.example
■ご請求金額：12,960円（12ヶ月・税込）

継続してご利用になる場合は、{pay_jpw}までに
インフォパネルの「料金のお支払い」よりお手続きをお願いいたします。
お支払いを確認しだい、凍結を解除いたします。

上記期日を過ぎた場合、サーバーアカウントおよび保存されている
すべてのデータは削除され、復旧することはできません。

※本メールと行き違いでお支払いいただいた場合はご容赦ください。

エックスサーバー株式会社""")

notice(
    lang="ja", label="security-advisory", phishing=False, provider="ネオワークス",
    url="https://support.neoworks.jp/tag/%e4%bf%9d%e5%ae%88",
    frm=("ネオワークス サポート", "support@neoworks.jp"),
    to="server@takane-kogei.example",
    subject="OpenSSHの新たな脆弱性（CVSSv3.1 7.0）に関するお知らせ",
    dates={"sd": dt.datetime(2024, 7, 12, 17, 0, tzinfo=JST), "p1": dt.date(2024, 7, 9)},
    deadline=None,
    body="""お客様各位

平素より弊社サービスをご利用いただき、誠にありがとうございます。

{p1_mdw}にOpenSSHの脆弱性（CVE-2024-6387）についてご案内いたしましたが、
同日、この脆弱性の調査の過程で、CVE-2024-6387とは別の脆弱性が
新たに発見されたと発表されました。深刻度はCVSSv3.1で7.0（重要）です。
各ディストリビューションからは、すでに修正パッケージが公開されています。

■対象となる環境
 OpenSSH 8.7/8.7p1 を含むOSをご利用のサーバー

■対象のお客様
 専用サーバー・VPS・クラウドの「サーバ保守」
 「サーバ初期設定」サービスをご契約のお客様

■弊社の対応
 保守契約をいただいているサーバーには、弊社にて順次
 修正パッケージを適用いたします。作業日程は個別にご連絡いたします。
 現時点で、本脆弱性を悪用した被害は確認されておりません。

Xサーバー（Xサーバービジネスを含む）をご利用のお客様は、
別途マニュアルページをご確認ください。

株式会社ネオワークス サポートセンター""")

notice(
    lang="ja", label="informational", phishing=False, provider="さくらインターネット",
    url="https://help.sakura.ad.jp/360000115461/",
    frm=("さくらインターネット", "info@sakura.ad.jp"),
    to="web@kogarashi-ya.example",
    subject="お知らせ",
    dates={"sd": dt.datetime(2019, 8, 2, 14, 0, tzinfo=JST)},
    deadline=None,
    body="""さくらのレンタルサーバをご利用のお客様へ

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

さくらのレンタルサーバで提供しているPHPについて、
バージョンアップの方針を「PHP提供ポリシー」として定めました。

PHPは機能追加や性能向上、不具合修正のため頻繁に更新されます。
開発元のサポートが終了したバージョンにはセキュリティ修正が
提供されず、脆弱性が見つかっても修正されないため危険が高まります。

■ポリシーの概要
 ・本ポリシーはPHP 7.2以上のバージョンに適用します。
 ・マイナーバージョンアップ（不具合修正・小規模な改善）は
  弊社にて順次適用します。
 ・メジャーバージョンアップでは命令の削除や仕様変更が多く、
  アプリケーションが動作しなくなることがあります。
  ご利用のアプリケーションの推奨環境をご確認ください。
 ・WordPressは最新版であれば概ね対応済みです。

サポートが終了しているバージョンの扱いは、ヘルプセンターの
「PHP提供ポリシー」ページでご確認いただけます。

今後ともさくらインターネットをよろしくお願いいたします。""")

notice(
    lang="ja", label="action-required", phishing=False, provider="アルファメール",
    url="https://www.alpha-mail.jp/news/service/2020/019785.html",
    frm=("アルファメール サポートセンター", "support@alpha-mail.jp"),
    to="admin@ichigaya-kensetsu.example",
    subject="【注意喚起】各社ブラウザのTLS1.0/1.1無効化実施について",
    dates={"sd": dt.datetime(2020, 3, 10, 11, 0, tzinfo=JST),
           "ff": dt.date(2020, 3, 10), "ch": dt.date(2020, 3, 17)},
    deadline="ch",
    body="""お客様各位

平素よりアルファメールをご利用いただき、誠にありがとうございます。

主要ブラウザ各社が、脆弱性が指摘されている「TLS1.0/1.1」を
{sd_y}年に無効化する予定を発表しております。
  ・Firefox：{ff_jp}（米国時間）
  ・Chrome：{ch_jp}（米国時間）
  ・Safari：{sd_y}年{sd_m}月
  ・Internet Explorer / Edge：{sd_y}年前半

これにより、アルファメールの以下の機能がブラウザから
ご利用いただけなくなります（アルファメール2への影響はございません）。
  ・Webメール
  ・管理者メニュー内「Webサービス」機能（新着情報管理、フォーム等）
  ・共有SSL（https:// で始まるページの閲覧）

つきましては、Chromeの変更が行われる{ch_jp}までに、
TLS1.2に対応したアルファメール2へのサービス変更を
お手続きいただきますようお願いいたします。

サービス変更の手順は、サポートサイトの「アルファメール2への変更」を
ご覧ください。

今後ともアルファメールをご愛顧いただきますようお願い申し上げます。

株式会社大塚商会 アルファメール サポートセンター""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="Slack",
    url="https://news.cyberfreakz.com/slack-resets-passwords-for-users-who-hadnt-changed-it-since-2015-breach/",
    frm=("Slack", "feedback@slack.com"),
    to="tomoya.arai@yuzuriha-design.example",
    subject="Slack からの重要なお知らせ",
    dates={"sd": dt.datetime(2019, 7, 18, 9, 0, tzinfo=JST), "inc": dt.date(2015, 2, 20)},
    deadline=None, html=True,
    body="""新井 智也 様

yuzuriha-design.slack.com のアカウントについてご連絡いたします。

{inc_y}年、Slack はユーザーのプロフィール情報（ユーザー名、
メールアドレス、ハッシュ化されたパスワード）を保存していた
データベースに不正アクセスを受けました。当時、攻撃者は
ログイン時に入力されたパスワードを取得するコードも仕込んでいました。

このたび、当時の事件に関連して新たな情報を入手したことから、
{inc_y}年以降パスワードを一度も変更していないアカウント
（全体の約1%）のパスワードをリセットすることにいたしました。
お客様のアカウントもこれに該当します。

現時点で、お客様のアカウントが不正に利用された形跡はありません。
次回サインインの際に、以下のページから新しいパスワードを
設定してください。
  https://yuzuriha-design.slack.com/reset

同じパスワードを他のサービスでもお使いの場合は、
そちらも変更されることをお勧めします。
SSO（シングルサインオン）をご利用の場合は、対応は不要です。

ご不便をおかけし、誠に申し訳ございません。

Slack セキュリティチーム""")

notice(
    lang="ja", label="maintenance", phishing=False, provider="Megaport",
    url=CMP + "megaport/megaport1.html",
    frm=("Megaport", "support@megaport.com"),
    to="network@shirakaba-net.example",
    subject="【リマインダー】計画メンテナンスのお知らせ（812045773-1）",
    dates={"sd": dt.datetime(2021, 5, 11, 19, 0, tzinfo=JST),
           "ms": dt.datetime(2021, 5, 12, 10, 0), "me": dt.datetime(2021, 5, 12, 11, 0),
           "js": dt.datetime(2021, 5, 12, 19, 0), "je": dt.datetime(2021, 5, 12, 20, 0)},
    deadline="ms", html=True,
    body="""株式会社しらかばネット ご担当者様

下記サービスに影響する計画メンテナンス（812045773-1）について、
改めてご案内いたします。

■目的
 Megaport では、ルートサーバーのハードウェアおよびソフトウェアの
 更新を行います。対象は MegaIX lax-tx1 のセカンダリ・ルートサーバーです。

■日時
 {ms_jp} {ms_hm}～{me_hm}（UTC）
 （日本時間 {js_jp} {js_hm}～{je_hm}）

■影響
 作業中、lax-tx1 のセカンダリ・ルートサーバー（192.0.2.1）は
 ご利用いただけません。バイラテラルのセッションおよび
 プライマリ・ルートサーバー（192.0.2.2）とのセッションには
 影響ありません。プライマリとセカンダリの両方と BGP セッションを
 設定していないお客様は、作業前に設定されることをお勧めします。

■対象サービス
 サービスID：304117925　種別：IX
 サービス名：Los Angeles IX at CoreSite LA1

ご不明な点は、参照番号 812045773-1 を添えて
support@megaport.com までお問い合わせください。

Megaport チーム""")

notice(
    lang="ja", label="action-required", phishing=True, provider="メールサーバー管理者 (impersonated)",
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-1259.eml",
    frm=("メールサーバー管理者", "itsupport@mailbox-admin-notice.example"),
    to="info@tsubakiya-ryokan.example",
    subject="MSG-PSWD notice on {sd_und}",
    dates={"sd": dt.datetime(2022, 11, 8, 5, 17, tzinfo=JST)},
    deadline="sd", rel=("hours", 3),
    body="""メールボックス「info@tsubakiya-ryokan.example」のパスワード有効期限のお知らせ

info@tsubakiya-ryokan.example のパスワードの有効期限が切れました。
システムにより新しいパスワードが自動的に発行されます。

本メールを開封してから3時間後に、すべての端末から
自動的にサインアウトされます。

現在のパスワードを引き続きご利用いただくことをお勧めします。
現在のパスワードを維持する場合は、下のボタンから手続きしてください。

   [ 現在のパスワードを維持する ]
   https://mailbox-keep-password.example/keep?u=info%40tsubakiya-ryokan.example

本メールは tsubakiya-ryokan.example メールサーバーから
info@tsubakiya-ryokan.example 宛てに自動送信されています。""")

notice(
    lang="ja", label="pricing", phishing=False, provider="Cloudflare",
    url="https://github.com/cloudflare/cloudflare-docs/pull/19069",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to="dev@kumade-games.example",
    subject="【Cloudflare】D1 無料プランの利用上限の適用開始について（{en_jp}）",
    dates={"sd": dt.datetime(2025, 1, 15, 10, 0, tzinfo=JST), "en": dt.date(2025, 2, 10)},
    deadline="en", html=True,
    body="""Cloudflare をご利用いただきありがとうございます。

これまで D1 では、ドキュメントに記載している無料プラン（Workers Free）の
利用上限を実際には適用しておりませんでした。
{en_jp}より、この上限の適用を開始いたします。

■無料プランの上限（1日あたりの上限は 00:00 UTC にリセット）
 ・読み取り行数：1日 500万行
 ・書き込み行数：1日 10万行
 ・ストレージ：アカウント全体で 5 GB

■適用後の動作
 上限を超えると、その日の残りの時間は D1 へのクエリが
 エラーとなります。ストレージの上限を超えた場合は、
 データを削除するまで書き込みができなくなります。

お客様のアカウント（ID: 7c2e0f19a4b8）では、過去30日間に
書き込み行数が無料枠を超えた日がありました。
引き続き同じ規模でご利用になる場合は、Workers Paid プランへの
変更をご検討ください。料金は D1 の料金ページでご確認いただけます。

Cloudflare チーム""")

# ============================ Chinese (4) ============================
notice(
    lang="zh", label="abuse", phishing=False, provider="七牛云",
    url="https://developer.qiniu.com/af/7736/violation-of-information-standards",
    frm=("七牛云", "notice@qiniu.com"),
    to="ops@lanxi-media.example",
    subject="违规信息处理通知",
    dates={"sd": dt.datetime(2023, 5, 16, 14, 30, tzinfo=CST)},
    deadline=None,
    body="""尊敬的七牛云用户：

您好！经核查，您的账号（UID：1380277915）下的对象存储空间
lanxi-assets 中存在违规内容，违反了《七牛云服务用户协议》及相关
法律法规。

违规链接（部分）：
  https://assets.lanxi-media.example/upload/2023/05/a7f3c2.mp4
  https://assets.lanxi-media.example/upload/2023/05/b91e04.mp4

根据《违规信息处罚标准》，本次违规级别判定为“轻”，我们已对上述
资源执行“封禁资源”处理，相关链接目前无法访问。

请您尽快自查并清理空间内的同类内容。若再次发现违规，处罚将升级为
冻结空间，情节严重的将冻结账号。

注：如属监管部门要求处置的内容，不支持解除封禁。
如有疑问，请通过控制台提交工单。

七牛云 安全中心""")

notice(
    lang="zh", label="security-incident", phishing=False, provider="腾讯云",
    url="https://github.com/ehang-io/nps/issues/1041",
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="admin@qingshan-iot.example",
    subject="【腾讯云】主机安全告警通知",
    dates={"sd": dt.datetime(2022, 4, 19, 10, 42, tzinfo=CST)},
    deadline=None,
    body="""尊敬的腾讯云用户，您好！

主机安全检测到您的云服务器存在木马文件，风险等级：严重。

  实例 ID：ins-8k3q2v7d（上海）
  内网 IP：10.0.8.15
  公网 IP：203.0.113.91
  文件路径：/opt/nps/bin/nps
  检测时间：{sd_zh} {sd_time}

该文件可能已被恶意利用，您的服务器存在被入侵的风险。
请您尽快登录主机安全控制台进行处理：
  1. 确认该文件是否为您主动部署的程序；
  2. 若非本人部署，请立即隔离或删除该文件，并排查入侵来源；
  3. 修改服务器登录密码，检查是否存在异常账号和定时任务。

如确认为正常业务程序，可在控制台将其加入信任列表。

腾讯云 团队""")

notice(
    lang="zh", label="security-incident", phishing=False, provider="腾讯云",
    url="https://github.com/qkqpttgf/OneManager-php/issues/606",
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="me@xinglu-pan.example",
    subject="【腾讯云】安全通知",
    dates={"sd": dt.datetime(2022, 7, 18, 22, 6, tzinfo=CST)},
    deadline=None,
    body="""尊敬的腾讯云用户，您好！

您的轻量应用服务器检测到疑似网页后门（木马）文件，具体信息如下：

  实例 ID：lhins-2wq9p0ze（广州）
  公网 IP：198.51.100.62
  文件路径：/www/wwwroot/pan/index.php
  威胁类型：WebShell
  检测依据：文件中包含可执行系统命令的函数（passthru）

网页后门可被攻击者用来远程执行命令、篡改网站或窃取数据。
建议您：
  1. 核实该文件是否来自可信的程序版本，必要时与官方源码比对；
  2. 若无法确认，请先备份再隔离该文件；
  3. 及时更新网站程序，并修改服务器及网站后台密码。

如已确认为误报，可在主机安全控制台中标记处理。

腾讯云 团队""")

notice(
    lang="zh", label="abuse", phishing=False, provider="阿里云",
    url="https://github.com/v2ray/v2ray-core/issues/936",
    frm=("阿里云", "noreply@notice.aliyun.com"),
    to="liwen@beichen-studio.example",
    subject="【阿里云】云服务器违规整改通知",
    dates={"sd": dt.datetime(2018, 3, 9, 16, 20, tzinfo=CST), "lim": dt.date(2018, 3, 10)},
    deadline="lim", rel=("days", 1),
    body="""尊敬的阿里云用户：

您好！经系统检测，您账号（ID：1874******5521）下的云服务器
存在违反《阿里云服务协议》的行为，具体如下：

  实例 ID：i-bp1d7e0q5mx3k2a8
  公网 IP：203.0.113.126
  问题类型：违规代理服务（对外提供未经许可的代理转发）

请您在收到本通知后 24 小时内完成整改，停止并删除相关代理程序，
并在控制台“违规处理”页面提交整改说明。

逾期未整改的，我们将对该实例采取限制公网访问、停机等处理措施，
由此造成的业务影响由您自行承担。

如有疑问，请通过工单与我们联系。

阿里云计算有限公司""")

# ============================ German (3) ============================
notice(
    lang="de", label="abuse", phishing=False, provider="Hetzner",
    url="https://github.com/yacy/yacy_search_server/issues/424",
    frm=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    to="m.brandstetter@xundeenergie.example",
    subject="Abuse Message [AbuseID:8D3F1A:27]: NetscanOutLevel: Netscan detected from 203.0.113.58",
    dates={"sd": dt.datetime(2021, 10, 1, 11, 24, 7, tzinfo=CEST),
           "blk": dt.datetime(2021, 10, 2, 11, 24, 7),
           "n1": dt.datetime(2021, 10, 1, 9, 2, 11), "n2": dt.datetime(2021, 10, 1, 9, 2, 12)},
    deadline="blk",
    body="""Sehr geehrter Herr Brandstetter,

wir haben Hinweise darauf, dass von Ihrem Server ein Angriff ausging.
Bitte treffen Sie alle nötigen Maßnahmen, um das Problem zu beheben und
künftig zu vermeiden.

Außerdem bitten wir Sie um eine kurze Stellungnahme: Wie konnte es dazu
kommen, und was unternehmen Sie dagegen?
Werden die folgenden Schritte nicht erfolgreich abgeschlossen, kann Ihr
Server jederzeit nach dem {blk_dedot}, {blk_time} Uhr gesperrt werden.

Vorgehen:
- Problem beheben
- Prüfen, ob das Problem weiterhin besteht:
  https://abuse.hetzner.example/retries/?token=d05f7a3e91c2b846
- Danach die Stellungnahme abgeben:
  https://abuse.hetzner.example/statements/?token=d05f7a3e91c2b846

###########################################################
#  Netscan detected from host 203.0.113.58                #
###########################################################
time                      proto src_ip       src_port  dest_ip      dest_port
{n1_ctime}  TCP   203.0.113.58 51544 =>  10.0.3.17    8090
{n1_ctime}  TCP   203.0.113.58 51546 =>  10.0.3.18    8090
{n2_ctime}  TCP   203.0.113.58 51552 =>  10.0.7.201   8090
{n2_ctime}  TCP   203.0.113.58 51560 =>  10.12.0.4    8090

Bitte lassen Sie die Abuse-ID [AbuseID:8D3F1A:27] in der Betreffzeile
unverändert. Manuelle Antworten werden nur im Falle einer Sperrung bearbeitet.

Mit freundlichen Grüßen
Abuse Team, Hetzner Online GmbH""")

notice(
    lang="de", label="informational", phishing=False, provider="netcup",
    url="https://www.netcup-news.de/2022/page/3/?archive=1",
    frm=("netcup GmbH", "newsletter@netcup.de"),
    to="kunde@lindenhof-webdesign.example",
    subject="Ostern {os_y} steht vor der Tür",
    dates={"sd": dt.datetime(2022, 4, 6, 10, 0, tzinfo=CEST),
           "os": dt.datetime(2022, 4, 17, 8, 0), "oe": dt.date(2022, 4, 24)},
    deadline=None,
    body="""Hallo,

der Osterhase hoppelte eben an uns vorbei und hat uns verraten, dass er
auch dieses Jahr viele Ostereier mit Überraschungen auf unserer Webseite
verstecken wird.

Am {os_dew} ab {os_hm} Uhr verteilt er virtuelle Ostereier auf
allen netcup-Webseiten. Wer eines findet, kann das Angebot darin
bestellen. Danach versteckt der Osterhase das Ei an einer anderen Stelle.

Ein kleiner Vorgeschmack auf die Aktionen:
  - Webhosting ab 0,99 Euro / Monat
  - Domains ab 0,14 Euro / Monat
  - Root-Server ab 8,99 Euro / Monat
  - VPS, vLANs und IP-Adressen stark reduziert
  - Überraschungs-Merchandise

Die Aktionsprodukte gibt es, solange der Vorrat reicht, längstens bis
{oe_dedot}, 23:59 Uhr. Die Suche funktioniert aus Fairnessgründen nur
in der Desktop-Ansicht und auf größeren Tablets.

Antworten auf häufige Fragen stehen in unseren FAQ zur Osteraktion.

Viel Spaß bei der Suche!
Euer netcup-Team""")

notice(
    lang="de", label="action-required", phishing=False, provider="Host Europe",
    url="https://www.markus-schall.de/fr/2025/11/migration-forcee-chez-hosteurope-si-les-emails-se-retrouvent-soudainement-dans-le-cloud/",
    frm=("Host Europe", "noreply@hosteurope.de"),
    to="m.schall@schall-verlag.example",
    subject="Erinnerung: Umstellung Ihrer E-Mail-Postfächer auf Microsoft Exchange am {mg_de}",
    dates={"sd": dt.datetime(2025, 11, 7, 9, 30, tzinfo=CET), "mg": dt.date(2025, 11, 10)},
    deadline="mg",
    body="""Sehr geehrter Herr Schall,

wie bereits angekündigt, stellen wir die E-Mail-Postfächer Ihres
Webhosting-Pakets auf Microsoft Exchange (Microsoft 365) um.
Betroffen ist Ihr Vertrag WP-4418207 mit der Domain schall-verlag.example.

Die Umstellung erfolgt am {mg_dew}, also in drei Tagen.

Was das für Sie bedeutet:
  - Ihre Postfächer werden in die Microsoft-Cloud übertragen.
  - Der Exchange-Tarif ist kostenpflichtig und wird ab der Umstellung
    mit Ihrem Vertrag abgerechnet.
  - Nach der Umstellung müssen Sie Ihre E-Mail-Programme mit den neuen
    Serverdaten einrichten.

Wenn Sie der Umstellung nicht zustimmen, müssen Sie vor dem
{mg_de} im KIS unter "E-Mail > Migration" widersprechen oder Ihre
Postfächer zu einem anderen Anbieter umziehen.

Bei Fragen hilft Ihnen unser Kundenservice gerne weiter.

Mit freundlichen Grüßen
Ihr Host Europe Team""")

# ============================ French (3) ============================
notice(
    lang="fr", label="action-required", phishing=False, provider="Scalingo",
    url=SC + "base_image/_posts/2026-05-28-scalingo-22-deprecation-date.md",
    frm=("Scalingo", "no-reply@scalingo.com"),
    to="equipe-tech@vergers-du-lot.example",
    subject="Fin de support de la stack scalingo-22 le {end_fr}",
    dates={"sd": dt.datetime(2026, 5, 28, 10, 0, tzinfo=CEST),
           "end": dt.date(2027, 6, 1), "s24": dt.date(2029, 5, 31)},
    deadline="end",
    body="""Bonjour,

Vous recevez ce message en tant que propriétaire ou collaborateur
d'applications qui tournent encore sur la stack scalingo-22 :
  - vergers-boutique (osc-fr1)
  - vergers-api (osc-fr1)

La stack scalingo-22, basée sur Ubuntu 22.04 LTS, est dépréciée et
sera arrêtée le {end_fr}.

À partir de cette date :
  - Ubuntu 22.04 LTS et scalingo-22 ne recevront plus de mises à jour ;
  - il ne sera plus possible de choisir cette stack pour une nouvelle
    application ;
  - Scalingo ne prendra plus en charge les applications qui l'utilisent,
    et les nouveaux déploiements (Review Apps comprises) devront
    utiliser scalingo-24 ou une version plus récente.

La stack scalingo-24, basée sur Ubuntu 24.04 LTS, sera maintenue
jusqu'en {s24_frmy}.

Ce que nous vous recommandons dès maintenant :
  - planifier la migration vers scalingo-24 sans attendre ;
  - faire des tests pour repérer d'éventuels blocages ;
  - corriger ces blocages puis migrer avant le {end_fr}.

La documentation « Stacks Scalingo » détaille la marche à suivre.

L'équipe Scalingo""")

notice(
    lang="fr", label="action-required", phishing=False, provider="Clever Cloud",
    url=CC + "2026/03-19-drains-legacy.md",
    frm=("Clever Cloud", "noreply@clever-cloud.com"),
    to="ops@atelier-garonne.example",
    subject="Vos drains de logs doivent migrer avant le {off_fr}",
    dates={"sd": dt.datetime(2026, 3, 19, 14, 0, tzinfo=CET), "off": dt.date(2026, 6, 1)},
    deadline="off",
    body="""Bonjour,

Depuis quelques mois, Clever Cloud propose une nouvelle infrastructure
de drains et une API v4, plus fiables et mieux supervisées. Elles sont
disponibles dans Clever Tools depuis la version 4.4.0.

Votre organisation utilise encore des drains de l'ancienne génération :
  - garonne-web : drain HTTP vers logs.atelier-garonne.example
  - garonne-jobs : drain syslog vers 198.51.100.33:514

Les anciens drains seront désactivés le {off_frw}.
D'ici là, voici ce qui change :
  - aujourd'hui, nous avons ajouté la variable
    CC_PREVENT_LEGACY_LOGSCOLLECTION=false sur les applications
    concernées ;
  - à partir de la prochaine version des images, si cette variable n'est
    pas à false, seuls les nouveaux drains recevront les logs ;
  - le {off_fr}, toutes les applications devront utiliser la nouvelle
    infrastructure pour recevoir leurs logs.

Pour migrer : créez un nouveau drain avec Clever Tools, supprimez la
variable CC_PREVENT_LEGACY_LOGSCOLLECTION, puis redémarrez l'application.
Les logs arrivent aussitôt dans le nouveau drain.

Notre support reste à votre disposition.

L'équipe Clever Cloud""")

notice(
    lang="fr", label="billing", phishing=True, provider="OVHcloud (impersonated)",
    url="https://www.chrisgaillard.com/dois-je-vraiment-payer-pour-cette-relance-a-propos-de-lhebergement-de-mon-site-internet/",
    frm=("OVHcloud Facturation", "facturation@ovh-espace-client-relance.example"),
    to="contact@boulangerie-mercier.example",
    subject="Dernière relance : votre hébergement sera suspendu le {cut_fr}",
    dates={"sd": dt.datetime(2024, 3, 12, 8, 47, tzinfo=CET), "cut": dt.date(2024, 3, 14)},
    deadline="cut",
    body="""Bonjour,

Sauf erreur de notre part, le renouvellement annuel de l'hébergement de
votre site boulangerie-mercier.example n'a pas encore été réglé.

  Service : Hébergement Web Perso + nom de domaine
  Montant dû : 47,88 EUR TTC
  Date limite de paiement : {cut_frw}

Sans paiement à cette date, votre site internet et vos adresses e-mail
seront coupés, et le nom de domaine pourra être récupéré par un tiers.

Pour éviter toute interruption, réglez dès maintenant en ligne :
  https://ovh-espace-client-relance.example/paiement?ref=WP-2024-88431

Si vous avez déjà effectué le paiement, merci de ne pas tenir compte de
ce message.

Cordialement,
Le service facturation OVHcloud""")


# --------------------------------------------------------------------------
# building
def nth_sunday(y, m, nth):
    """nth Sunday of a month (nth=-1: last)."""
    days = [dt.date(y, m, d) for d in range(1, 32) if (dt.date(y, m, 1) + dt.timedelta(days=d - 1)).month == m]
    suns = [d for d in days if d.weekday() == 6]
    return suns[nth] if nth < 0 else suns[nth - 1]


def fix_dst(d):
    """Give the shifted send time the UTC offset its zone really has on that date."""
    off = d.utcoffset()
    day = d.date()
    h = dt.timedelta(hours=1)
    if off in (h, 2 * h):  # Central Europe
        summer = nth_sunday(day.year, 3, -1) <= day < nth_sunday(day.year, 10, -1)
        return d.replace(tzinfo=CEST if summer else CET)
    if off in (-8 * h, -7 * h, -5 * h, -4 * h):  # US Pacific / Eastern
        summer = nth_sunday(day.year, 3, 2) <= day < nth_sunday(day.year, 11, 1)
        base = -8 if off in (-8 * h, -7 * h) else -5
        return d.replace(tzinfo=tz(base + (1 if summer else 0)))
    return d


def render(n):
    send = n["dates"]["sd"]
    off = month_offset(send)
    shifted = {}
    mapping = {}
    for k, d in n["dates"].items():
        nd = d + off
        if k == "sd":
            nd = fix_dst(nd)
        shifted[k] = nd
        mapping.update(fmts(k, nd))
    body = n["body"].format(**mapping)
    subject = n["subject"].format(**mapping)
    dl = "none"
    if n["deadline"]:
        d = shifted[n["deadline"]]
        dl = (d.date() if isinstance(d, dt.datetime) else d).isoformat()
    return shifted, subject, body, dl


def resolve_rel(date, rel):
    kind, num = rel
    if kind == "hours":
        return (date + dt.timedelta(hours=num)).date()
    if kind == "days":
        return (date + dt.timedelta(days=num)).date()
    if kind == "bdays":
        d = date.date()
        left = num
        while left:
            d += dt.timedelta(days=1)
            if d.weekday() < 5:
                left -= 1
        return d
    raise ValueError(kind)


def build_message(i, n):
    shifted, subject, body, dl = render(n)
    date = shifted["sd"]
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
    cte = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
    msg.set_content(body + "\n", subtype="plain", charset="utf-8", cte=cte)
    if n["html"]:
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:sans-serif;font-size:14px\">\n%s\n</div></body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


LANG_NAME = {"ja": "Japanese", "zh": "Chinese", "en": "English", "de": "German", "fr": "French"}


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
        for k, d in n["dates"].items():
            pass
        if dl != "none":
            try:
                dd = dt.date.fromisoformat(dl)
                if dd < date.date():
                    problems.append("#%d deadline %s before date %s" % (i, dl, date))
            except ValueError:
                problems.append("#%d bad deadline %s" % (i, dl))
        if n["label"] in ("informational", "security-advisory") and dl != "none":
            problems.append("#%d %s with a deadline" % (i, n["label"]))
        if n["rel"]:
            want = resolve_rel(date, n["rel"]).isoformat()
            if want != dl:
                problems.append("#%d relative deadline %s resolves to %s" % (i, dl, want))
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        for line in body.split("\n"):
            if line.startswith("From "):
                problems.append("#%d body line starts with 'From '" % i)
        if "{" in body or "}" in body or "{" in subject:
            problems.append("#%d unreplaced placeholder" % i)
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URLs")
    used_path = os.path.join(os.path.dirname(OUT), "used-sources.txt")
    if os.path.exists(used_path):
        with open(used_path, encoding="utf-8") as fh:
            used = set(line.strip() for line in fh)
        mine_file = os.path.join(OUT, "used-sources.txt")
        mine = set()
        if os.path.exists(mine_file):
            with open(mine_file, encoding="utf-8") as fh:
                mine = set(line.strip() for line in fh)
        for u in urls:
            if u in used and u not in mine:
                problems.append("source already used: %s" % u)

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
    multipart = 0
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
        cte = str(part["Content-Transfer-Encoding"]).lower() if part is not None else ""
        if n["lang"] in ("ja", "zh") and cte != "base64":
            problems.append("#%d CJK body not base64" % idx)
        if n["lang"] not in ("ja", "zh") and cte != "quoted-printable":
            problems.append("#%d body not quoted-printable" % idx)
        if m.is_multipart():
            multipart += 1
            if m.get_content_type() != "multipart/alternative":
                problems.append("#%d unexpected multipart type" % idx)
        if n["phishing"]:
            phishing += 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if crit != 12:
        problems.append("critical %d != 12" % crit)
    want = {"action-required": 7, "maintenance": 3, "pricing": 3, "billing": 3,
            "informational": 3, "security-advisory": 2}
    for k, v in want.items():
        if counts.get(k, 0) != v:
            problems.append("%s count %d != %d" % (k, counts.get(k, 0), v))
    if phishing != 3:
        problems.append("phishing %d != 3" % phishing)
    if langs != {"en": 16, "ja": 10, "zh": 4, "de": 3, "fr": 3}:
        problems.append("language mix %s" % langs)

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            LANG_NAME[n["lang"]], n["url"]))
    ph_labels = sorted(n["label"] for n in N if n["phishing"])
    readme = README.format(
        name=NAME,
        counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
        crit=crit, multipart=multipart,
        ph=", ".join(ph_labels),
        langs=", ".join("%s %d" % (LANG_NAME[k], langs[k]) for k in ("en", "ja", "zh", "de", "fr")),
        providers=", ".join(providers),
        rows="\n".join(rows))
    with KeptSections(os.path.join(OUT, "README.md")) as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


README = """# Batch {name}: March 2029, smaller hosts, SaaS and Japanese/Chinese providers

36 labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic: fixed Message-IDs and MIME boundaries).
Each notice follows one public original (see the table and `used-sources.txt`), moved into
March 2029 by a weekday-preserving day offset applied to all of its dates, with names, ids,
hosts, customer domains (`.example`) and IP addresses (documentation ranges) replaced and
every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

## Counts

- by label (phishing counted apart): {counts}
- phishing: 3 (labelled {ph})
- critical (abuse + security-incident, without phishing): {crit}
- languages: {langs}
- multipart/alternative (plain + HTML): {multipart}; the rest text/plain. Japanese and Chinese
  bodies are base64, the others quoted-printable; non-ASCII headers are RFC 2047 encoded.

## Providers

{providers}

## Notes on the originals

- Originals were found in this session with the search tools and read there (issue threads,
  pages) or in fetched repositories read with git (rf-peixoto/phishing_pot,
  CleverCloud/documentation, Scalingo/documentation, networktocode/circuit-maintenance-parser).
  Pages of the `pages` corpus were read as the excerpts the search service returns, not in full,
  so some notice details (ids, amounts, the exact wording of a mail) are filled in around the
  facts those excerpts give.
- Many originals are GitHub issues where a customer pasted or described the mail received
  (#2, #3, #4, #5, #12, #28-#31); #1 is Slack's own post about the incident and its mails; for #3 and #31 the issue does not name the host, and the
  notices are written as Hetzner abuse mails; #4 is a Dyn (DynDNS) mail.
- Changelog and docs originals (#6-#9, #16, #34, #35 Clever Cloud/Scalingo changelog entries,
  #10 a PR quoting Netlify's changelog, #11 a PR about the end of Heroku's free plans, #13 an
  Aiven docs PR, #26 a Cloudflare docs PR) are written as the customer mail such an entry
  announces. #26: the PR itself left the date open; Feb 10, 2025 is the enforcement date of
  the published D1 changelog entry as remembered, not re-read here.
- Some notices are rendered in the customer's language rather than the original's: #23 (Slack,
  Japanese; original English news page about the 2019 password-reset mail), #24 (Megaport, Japanese; original English), #25
  (phishing_pot sample in English, rendered as a Japanese webmail lure), #26 (Cloudflare,
  Japanese), #33 (Host Europe, German; original the French version of a German blog post),
  #34 and #35 (Scalingo and Clever Cloud, French; originals English).
- #32 is a promotional news item (netcup Easter offers) kept as informational.
- Generic subjects (#1, #4, #5, #9, #12, #18, #21, #23, #27, #29) were used where the original
  subject was generic (#5 is a lure posted as a GitHub issue titled "Notification") or where
  the original gives the mail's body but not its subject.
- Send times keep their local wall-clock time and take the UTC offset their zone has on the
  shifted date (European and US daylight-saving time).
- Labels I was least sure of: #22 (deadline taken as the Chrome date the notice names as the
  switch-over date, not the Firefox date that equals the send date), #10 (a price decrease,
  labelled pricing with the effective date as deadline), #32 (marketing news, informational).

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
"""

if __name__ == "__main__":
    main()
