#!/usr/bin/env python3
"""Validation batch g33: notices from large clouds other than AWS (Google, Microsoft,
Oracle, IBM, Alibaba Cloud international, Tencent Cloud international, Salesforce/Heroku),
each written after one public original (see used-sources.txt).

Standard library only, deterministic.  Writes set-g33.mbox next to this file, re-reads it
and checks it; exits 1 on any problem, prints OK otherwise.

Dates inside subjects and bodies are written as [[YYYY-MM-DD|format]] with the ORIGINAL
date of the public notice; every notice is moved into August 2028 by one offset per notice
(target - orig, always a multiple of 7 days so weekdays are kept), and every date of the
notice is shifted by that same offset.  The deadline is given as an original date too.
"""
import datetime as dt
import email
import email.utils
import mailbox
import os
import quopri
import re
import sys

NAME = "g33"
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, f"set-{NAME}.mbox")
MONTH = (2028, 8)

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
MINIMUMS = {"critical": 11, "action-required": 6, "maintenance": 3, "pricing": 2,
            "billing": 2, "informational": 3, "security-advisory": 2}
TOTAL = 36
PHISHING = 3

NOTICES = []


def add(**kw):
    NOTICES.append(kw)


# ---------------------------------------------------------------- rendering
PLACE = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})\|([^\]]*)\]\]")
NAMED = {
    "iso": "%Y-%m-%d",
    "long": "%B %-d, %Y",          # August 5, 2028
    "dmy": "%-d %B %Y",            # 5 August 2028
    "wlong": "%A, %B %-d, %Y",     # Saturday, August 5, 2028
    "short": "%b %-d, %Y",         # Aug 5, 2028
    "md": "%B %-d",                # August 5
    "wmd": "%A, %B %-d",           # Saturday, August 5
    "my": "%B %Y",                 # August 2028
    "slash": "%m/%d/%Y",           # 08/05/2028
}


def fmt_date(d, fmt):
    fmt = NAMED.get(fmt, fmt)
    fmt = fmt.replace("%-d", str(d.day)).replace("%-m", str(d.month))
    return d.strftime(fmt)


def offset_of(n):
    return (dt.date.fromisoformat(n["target"]) - dt.date.fromisoformat(n["orig"])).days


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


def build(i, n):
    off = offset_of(n)
    target = dt.date.fromisoformat(n["target"])
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
        ("From", n["frm"]),
        ("To", n["to"]),
        ("Subject", subject),
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
    if len(msgs) != TOTAL:
        problems.append(f"expected {TOTAL} messages, found {len(msgs)}")
    ids = set()
    counts = {k: 0 for k in LABELS}
    critical = 0
    phish = 0
    required = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                "Content-Type", "Content-Transfer-Encoding", "X-Training-Label",
                "X-Training-Deadline"]
    for i, m in enumerate(msgs, 1):
        tag = f"message {i}"
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
                dt.date.fromisoformat(dl)
        if m.get_content_type() != "text/plain" or (m.get_content_charset() or "").lower() != "utf-8":
            problems.append(f"{tag}: not text/plain; charset=utf-8")
        body_bytes = m.get_payload(decode=True)
        body = body_bytes.decode("utf-8")
        cte = (m["Content-Transfer-Encoding"] or "").lower()
        nonascii = any(ord(c) > 127 for c in body)
        if nonascii and cte != "quoted-printable":
            problems.append(f"{tag}: non-ASCII body without quoted-printable")
        if not nonascii and cte not in ("7bit", "quoted-printable"):
            problems.append(f"{tag}: odd transfer encoding {cte}")
        if "[[" in body or "]]" in body or "[[" in m["Subject"]:
            problems.append(f"{tag}: unrendered placeholder")
        text = body + "\n" + "\n".join(f"{k}: {v}" for k, v in m.items())
        for mm in IPV4.finditer(text):
            a, b, c, e = (int(x) for x in mm.groups())
            if not ip_ok(a, b, c, e):
                problems.append(f"{tag}: non-documentation IP {mm.group(0)}")
        is_ph = m.get("X-Training-Phishing")
        if is_ph not in (None, "yes"):
            problems.append(f"{tag}: bad X-Training-Phishing {is_ph}")
        n = NOTICES[i - 1]
        if bool(is_ph) != bool(n.get("phishing")):
            problems.append(f"{tag}: phishing header mismatch")
        if is_ph:
            phish += 1
        else:
            if label in counts:
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
    return problems, counts, critical, phish


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
    problems, counts, critical, phish = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("counts (non-phishing):", counts, "critical:", critical, "phishing:", phish)
    print("OK")


# ======================================================================== notices

# 01 -- Google Cloud Shell disabled for a ToS violation (DoS traffic) -------------------
add(src="https://github.com/hoaan1995/ZxCDDoS/issues/38", provider="Google Cloud",
    label="abuse", orig="2023-12-09", target="2028-08-05", time="03:12:47", tz="+0000",
    deadline="none",
    frm="Google Cloud <CloudPlatform-noreply@google.com>",
    to="Rafael Okonjo <r.okonjo@larkspur-data.example>",
    subject="Google Cloud Shell has been disabled for your account",
    body="""
Hello Rafael,

Access to Google Cloud Shell has been turned off for the Google account
r.okonjo@larkspur-data.example because of a violation of the Google Cloud
Platform Terms of Service.

What we found
Our systems saw the Cloud Shell environment tied to your account sending a
large volume of unsolicited network traffic to hosts that do not belong to
you. The pattern matched a denial-of-service attack, which the Acceptable Use
Policy does not allow.

  Account:            r.okonjo@larkspur-data.example
  Service:            Cloud Shell (ephemeral VM, us-west1)
  Activity:           outbound flood traffic (TCP SYN and UDP)
  Observed between:   [[2023-12-09|iso]] 01:58 and 02:36 (UTC)
  Sample targets:     203.0.113.47:80, 203.0.113.48:443, 198.51.100.201:53

What this means
- You can no longer start Cloud Shell sessions or open the Cloud Shell Editor
  with this account.
- The contents of your Cloud Shell home directory are kept for now but cannot
  be reached while access is disabled.
- Projects, Compute Engine instances and other resources you own are not
  covered by this action. Any further abuse from them can lead to separate
  enforcement.

If you think this decision is wrong, sign in with the affected account and
file an appeal from the Cloud Shell page in the Google Cloud console. Tell us
what you were running in the session and why. Appeals are reviewed by the
Trust & Safety team, usually within a few business days.

Please take a moment to read the Google Cloud Platform Terms of Service and
the Acceptable Use Policy so that future use stays within them.

Sincerely,
The Google Cloud Trust & Safety Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You received this mandatory service announcement because of activity on
your Google Cloud account.
""")

# 02 -- Heroku account suspended under the Acceptable Use Policy (torrent streaming) --
add(src="https://github.com/Davenchy/live-torrent-backend/issues/74", provider="Heroku (Salesforce)",
    label="abuse", orig="2020-11-12", target="2028-08-03", time="16:05:09", tz="+0000",
    deadline="none",
    frm="Heroku <noreply@heroku.com>",
    to="mira.castellanos@quillfeather.example",
    subject="Your Heroku account has been suspended",
    body="""
Hi,

We have suspended the Heroku account mira.castellanos@quillfeather.example.

Reason for suspension: violation of the Heroku Acceptable Use Policy
(https://www.heroku.com/policy/aup).

The application below was found running peer-to-peer file transfer and
torrent streaming software. The Acceptable Use Policy prohibits using the
platform to operate file-sharing services or to distribute content without
the rights holder's permission.

  App:          stream-relay-4417
  Stack:        heroku-18
  Detected:     [[2020-11-12|long]], 15:41 UTC
  Process:      web.1 (node dist/server.js), outbound BitTorrent traffic

While the account is suspended:
  * all apps owned by the account are stopped and cannot be scaled,
    restarted or deployed;
  * you cannot sign in to the Dashboard or use the Heroku CLI with this
    account;
  * add-ons attached to the stopped apps are left in place but their data
    is not reachable through Heroku.

If you believe this suspension was made in error, reply to this message or
open a ticket at https://help.heroku.com and describe what the app does.
Our business hours are 9am to 9pm Eastern Time, Monday to Friday, and we
aim to answer within three business days.

- The Heroku Trust & Safety Team
""")

# 03 -- Alibaba Cloud: harmful information on a site hosted on ECS, access restricted --
add(src="https://www.alibabacloud.com/help/doc-detail/84438.htm", provider="Alibaba Cloud",
    label="abuse", orig="2019-05-14", target="2028-08-01", time="12:26:31", tz="+0800",
    deadline="none",
    frm="Alibaba Cloud <no-reply@message.alibabacloud.com>",
    to="hostmaster@saltmarsh-travel.example",
    subject="[Alibaba Cloud] Harmful content found on your website - access restricted",
    body="""
Dear Alibaba Cloud user (Account ID: 5318****6620),

Our security systems found harmful Internet information on a website served
from an ECS instance in your account. To stop it from spreading we have
restricted access to the affected domain name. The other services on the
instance are not affected.

Penalty record
---------------------------------------------------------------
Instance ID:      i-t4n8x2kq7vd0jl5c****
Public IP:        203.0.113.88
Domain name:      deals.saltmarsh-travel.example
Sample URL:       http://deals.saltmarsh-travel.example/promo/flash.html
Reason:           Fraudulent content (imitation of a payment login page)
Penalty action:   Domain access blocked
Penalty time:     [[2019-05-14|iso]] 09:02:17 (UTC+8)
---------------------------------------------------------------

What to do
1. Log on to the Alibaba Cloud Security Control console. (Hover over the
   account icon in the upper-right corner of the console and click
   Security Console.)
2. Go to Penalty Search > Harmful Internet Information and find the record
   above. It lists the domain or URL, the penalty action, the reason and the
   time.
3. Remove the harmful content and find out how it was placed on the server.
   Sites are often seeded with such pages through weak CMS passwords or
   unpatched plugins.
4. When the content is gone, click Apply for release. We review release
   applications within three working days and then either lift the penalty
   or keep it in place.

Note: penalties that were issued at the request of a regulator cannot be
released through this process.

To keep attackers from planting harmful content on your site again, we
recommend putting the domain behind Web Application Firewall. You can do
this from the same record by clicking Enable website protection.

Alibaba Cloud Security
""")

# 04 -- Microsoft 365: user restricted from sending email after outbound spam --------
add(src="https://github.com/MicrosoftDocs/OfficeDocs-o365seccomp/pull/714", provider="Microsoft 365",
    label="abuse", orig="2019-06-04", target="2028-08-08", time="14:47:52", tz="+0000",
    deadline="none",
    frm="Office 365 Alerts <office365alerts@microsoft.com>",
    to="it-admins@brightwater-legal.example",
    subject="High-severity alert: User restricted from sending email",
    body="""
A high-severity alert has been triggered

  Alert:        User restricted from sending email
  Severity:     High
  Time:         [[2019-06-04|slash]] 2:31:08 PM (UTC)
  Activity:     Outbound messages classified as spam exceeded the sending
                limits of the outbound spam policy
  User:         j.whitcombe@brightwater-legal.example
  Alert policy: User restricted from sending email (default policy)

Details
The mailbox above sent 1,842 messages in the last hour, and most of them
were judged to be spam by the service. To protect other customers and the
reputation of the shared sending pools, the user has been added to the
Restricted users list. Until an admin removes the restriction, the mailbox
can still receive mail but cannot send any message, to recipients inside
or outside the organization. Senders see a non-delivery report with
"550 5.1.8 Access denied, bad outbound sender".

A burst like this usually means the account's password has been stolen or
a rule or connected app is sending on the user's behalf.

Recommended steps
1. Reset the user's password and require multi-factor authentication.
2. Look for forwarding rules, inbox rules and app consents that you do not
   recognize. Make sure audit log search is turned on so that you can
   review what happened.
3. When the account is secure, remove the user from Restricted users in
   the Security & Compliance Center (Threat management > Review >
   Restricted users).

View alert details:
https://protection.office.com/viewalerts?id=6c2b91d4-0f3e-4a55-b1d7-83a2e0c4f915

This notification was sent by an alert policy in your Office 365
organization. To change who receives it, edit the alert policy.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 05 -- Google Workspace Alert Center: account suspension warning (spam via Gmail) ---
add(src="https://developers.google.com/workspace/admin/alertcenter/reference/rest/v1beta1/AccountSuspensionWarning",
    provider="Google Workspace", label="abuse", orig="2024-03-18", target="2028-08-07",
    time="18:20:03", tz="+0000", deadline="2024-03-25",
    frm="Google Workspace Alerts <google-workspace-alerts-noreply@google.com>",
    to="superadmin@fernhollow-studio.example",
    subject="Alert: Account suspension warning for fernhollow-studio.example",
    body="""
Google Workspace Alert Center

Account suspension warning

Your organization's Google Workspace account is about to be suspended
because of abusive activity. Suspension will take effect when the appeal
window below closes unless you appeal and the appeal is accepted.

  Organization:      fernhollow-studio.example
  Customer ID:       C03k7q2xz
  State:             Warning
  Product:           Gmail
  Abuse reason:      Spam
  Alert created:     [[2024-03-18|long]], 18:19 UTC
  Appeal window:     7 days (closes [[2024-03-25|long]], 18:19 UTC)

What we saw
Over the last 48 hours, accounts in your domain sent a large volume of
bulk mail that recipients reported as spam, much of it to addresses that do
not exist. Sending of this kind breaks the Google Workspace Acceptable Use
Policy.

What you can do
- Review the affected users in the alert details and stop the mailing.
- Check those users for signs of compromise (unknown sign-ins, app
  passwords, forwarding) and reset their passwords.
- If you believe this warning is a mistake, submit an appeal from the alert
  before the appeal window closes.

View alert: https://admin.google.com/ac/ac?alertId=2f0c7b1e-55d8-4a3a-9e6b-0d41c2a7e913

You are receiving this email because you are an administrator of
fernhollow-studio.example and alert notifications are turned on.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

# 06 -- Alibaba Cloud: network-wide interception of an ECS public IP (outbound attack) --
add(src="https://www.alibabacloud.com/help/doc-detail/84434.htm", provider="Alibaba Cloud",
    label="abuse", orig="2019-05-20", target="2028-08-07", time="02:44:15", tz="+0800",
    deadline="none",
    frm="Alibaba Cloud <no-reply@message.alibabacloud.com>",
    to="cloud@orchardline-games.example",
    subject="[Alibaba Cloud] Security penalty: network-wide interception of IP 198.51.100.73",
    body="""
Dear Alibaba Cloud user (Account ID: 1774****0923),

An ECS instance in your account was found taking part in risky behavior
aimed at other networks. As a protective measure, traffic from its public
IP address is now being intercepted across the Alibaba Cloud network.

  Instance ID:       i-gw5f0d3bq1mz8e2r****  (Singapore, Zone B)
  Host IP address:   198.51.100.73
  Penalty reason:    Outbound attack - SSH brute-force attempts against
                     external hosts (approx. 41,000 attempts in 30 minutes)
  Penalty result:    Network-wide interception of the source IP
  Start time:        [[2019-05-20|iso]] 02:31:06 (UTC+8)
  Duration:          Until the issue is resolved and the penalty is lifted

Activity of this kind usually comes from a compromised server, for example
one with a weak root password or an exposed management port. Please check
the instance for unknown processes, cron jobs and SSH keys, remove anything
malicious and harden the login settings.

View the penalty
1. Log on to the Alibaba Cloud Security Control console (account icon in
   the upper-right corner of the console > Security Console).
2. Choose Penalty Search > Penalties List, enter 198.51.100.73 in the Host
   IP Address box and click Query. The record shows the penalty result, the
   reason and the duration.
3. If you disagree with the penalty, select the record and click Feedback
   to request a second review. We will check the record again and either
   keep or stop the penalty.

Thank you for helping us keep the network safe.

Alibaba Cloud Security
""")

# 07 -- Oracle: notice about obsolete login servers and stolen legacy credentials ----
add(src="https://www.americanbar.org/groups/health_law/news/2025/4/oracle-cloud-breaches-lead-to-cisa-guidance-lawsuits/",
    provider="Oracle Cloud", label="security-incident", orig="2025-04-07", target="2028-08-07",
    time="21:03:40", tz="+0000", deadline="none",
    frm="Oracle Cloud Security <noreply-security@oracle.com>",
    to="accounts-admin@kestrel-freight.example",
    subject="Important security notice about your Oracle Cloud Classic account",
    body="""
Dear Oracle Cloud customer,

We are contacting you about a security incident involving two obsolete
Oracle servers that handled sign-in for the legacy Oracle Cloud Classic
(Gen 1) environment. Our records show that your identity domain was
registered on these servers.

What happened
An unauthorized party gained access to the two servers and copied data
from the identity store they held. The servers were never part of Oracle
Cloud Infrastructure (OCI). We have found no evidence that OCI, or the
customer environments and data running in it, were accessed.

What information was involved
The copied data includes user names and e-mail addresses for your identity
domain (idcs-7f3a19c0e2), together with password material in encrypted or
hashed form. Based on our investigation, the password material cannot be
used to sign in directly.

What we have done
- Taken both servers out of service and preserved them for investigation.
- Engaged an outside forensic firm and informed law enforcement.
- Added monitoring for sign-in attempts that use the affected user names.

What we recommend
Because user names and older credential material were exposed, we
recommend that you:
- reset the passwords of users in the identity domain named above,
  starting with administrators and service accounts;
- look for old Oracle Cloud credentials stored in scripts or configuration
  files and replace them;
- turn on multi-factor authentication for all users where it is not
  already on;
- review your sign-in logs for unusual activity since [[2025-01-01|my]].

If you have questions, please open a service request in My Oracle Support
and reference "Legacy servers notice [[2025-04-07|iso]]".

Sincerely,
Oracle Cloud Security
""")

# 08 -- Alibaba Cloud Security Center: urgent event, webshell on a server -------------
add(src="https://github.com/siteserver/cms/issues/3835", provider="Alibaba Cloud",
    label="security-incident", orig="2025-01-08", target="2028-08-09", time="07:51:26", tz="+0800",
    deadline="none",
    frm="Alibaba Cloud Security Center <no-reply@message.alibabacloud.com>",
    to="devops@lanternfield.example",
    subject="[Alibaba Cloud] Urgent security event: Webshell file found on your server",
    body="""
Dear Alibaba Cloud user lanternfield (Account ID: 2096****4418),

Security Center has detected an urgent security event on one of your
servers.

  Server:         cms-prod-01 (i-6we1k9d2zq3r7x0t****)
  IP address:     203.0.113.140 (public) / 172.16.8.21 (private)
  Event:          Backdoor found - Webshell file
  Severity:       Urgent
  File path:      /www/wwwroot/cms/upload/ueditor/php/3f2a.php
  Detected at:    [[2025-01-08|iso]] 07:46:52 (UTC+8)

A webshell is a script that lets an attacker run commands on your server
through the web. Its presence usually means that the site has been
compromised, for example through a vulnerable upload component, and that
the attacker may still have access.

We recommend that you log on to the Security Center console right away and
handle the alert under Detection and Response > Alerts:
  https://yundun.console.alibabacloud.com/?p=sas#/suspicious
From there you can quarantine the file, see the related process and
network activity, and mark the alert as handled.

After removing the file, please:
  - check the web directory for other recently modified scripts;
  - update the CMS and its editor component to a version without the
    upload flaw;
  - change the passwords of the site administrator and the server.

If the alert is a false positive, you can add the file to the whitelist in
the console.

Alibaba Cloud Security Center
""")

# 09 -- Google Play Console: app contains exposed GCP API keys -----------------------
add(src="https://github.com/richmondrcmp/mobileapp/issues/53", provider="Google Cloud (Play Console)",
    label="security-incident", orig="2020-05-13", target="2028-08-09", time="05:07:58", tz="+0000",
    deadline="none",
    frm="Google Play Console <no-reply-googleplay-developer@google.com>",
    to="mobile-dev@harborline-transit.example",
    subject="Security alert: Your app contains exposed Google Cloud Platform (GCP) API keys",
    body="""
Hello Google Play Developer,

We found that the latest release of your app exposes one or more Google
Cloud Platform API keys.

  App:               Harborline Rider (com.harborlinetransit.rider)
  Version code:      412
  Issue:             Exposed GCP API key(s)
  Locations:         res/values/strings.xml (google_maps_key)
                     assets/config/remote.json (places_api_key)

Why this matters
Any key that is shipped inside an app package can be pulled out and read by
anyone who downloads the app. Someone holding the key can call Google Cloud
APIs as your project, which may lead to unexpected charges and to your
quotas being used up.

How to fix it
Please change your app in one of these ways:
  * Where you can, authenticate with a GCP service account from your own
    backend instead of calling Google APIs from the app with a key.
  * Otherwise, add restrictions to each key so that only your Android app
    (package name and signing certificate fingerprint) can use it, and
    limit it to the APIs the app actually needs.
  * Because these keys have already been published, create new restricted
    keys and delete the exposed ones in the Google Cloud console.

Next steps
  1. Update your app using the steps above.
  2. Sign in to the Play Console and submit the updated app.
  3. Check the Play Console notification for this app to confirm the alert
     has cleared after review.

For more information, see the remediation guide for exposed GCP API keys
in the Play Console Help Center.

The Google Play Team
""")

# 10 -- Microsoft Entra ID Protection: users at risk detected -------------------------
add(src="https://www.github.com/ishiayaya/blog/blob/main/articles/azure-active-directory/howto-deal-with-user-at-risk-detected-email.md",
    provider="Microsoft Entra ID", label="security-incident", orig="2021-11-04", target="2028-08-10",
    time="22:16:34", tz="+0000", deadline="none",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="secops@tidewater-clinics.example",
    subject="Users at risk detected",
    body="""
Azure AD Identity Protection

Users at risk detected

We detected 2 users at risk in your organization, Tidewater Clinics
(tidewater-clinics.example).

The risk level of these users reached or exceeded the alert threshold you
configured (High). Identity Protection calculates user risk from sign-in
activity and from offline signals, such as credentials found in leaks.

  User                                   Risk level   Latest detection
  d.ferreira@tidewater-clinics.example   High         Leaked credentials
  pharmacy-kiosk@tidewater-clinics.example High       Unfamiliar sign-in
                                                      properties,
                                                      anonymous IP address

  Detections reported between [[2021-11-03|iso]] 19:40 and
  [[2021-11-04|iso]] 21:55 UTC. Sign-in source for the second user:
  198.51.100.159.

Review the users at risk:
https://portal.azure.com/#blade/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/RiskyUsers

What you should do
- Open each user in the Risky users report and check the risk detections
  and the sign-in details (IP address, location, application).
- If the activity was not the user, confirm the user as compromised, reset
  the password and revoke the user's sessions.
- If the activity is known and expected, dismiss the user risk.

We recommend a user risk policy that asks high-risk users for a secure
password change, so that risk is fixed automatically in the future.

You are receiving this email because you are listed as a recipient of
"Users at risk detected" alerts. To change the recipients, go to Identity
Protection > Users at risk detected alerts in the Azure portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 11 -- Salesforce: unusual activity via Gainsight-published connected apps ----------
add(src="https://www.imtr.net/article/security-advisory-unusual-activity-related-to-gainsight-applications-e1ad",
    provider="Salesforce", label="security-incident", orig="2025-11-20", target="2028-08-10",
    time="23:48:05", tz="+0000", deadline="none",
    frm="Salesforce Security <security-noreply@salesforce.com>",
    to="crm-admin@pinecrest-outfitters.example",
    subject="Security Advisory: Unusual activity related to Gainsight applications in your org",
    body="""
Dear Salesforce Customer,

We are writing to tell you about a security matter that involves your
Salesforce org.

  Org ID:     00D8c000001XyQb
  Org name:   Pinecrest Outfitters
  App(s):     Gainsight CS Connector (Gainsight-published connected app)

What happened
Salesforce has found unusual activity involving applications published by
Gainsight that are connected to Salesforce. These applications are
installed and managed directly by customers. Our investigation shows that
the activity may have allowed unauthorized access to some customers'
Salesforce data through the application's connection. Your org is among
those where we saw API calls made through a Gainsight connection from IP
addresses outside your allowlist, for example 203.0.113.212, between
[[2025-11-18|long]] and [[2025-11-19|long]].

What we have done
As soon as we detected the activity we revoked every active access token
and refresh token tied to Gainsight-published applications connected to
Salesforce, and we removed those applications from AppExchange for now.
Our investigation is still under way and we will share more as we learn
more. There is no indication that this came from a vulnerability in the
Salesforce platform.

What we recommend
- Review your Event Monitoring and login history for API activity from the
  connected app, especially bulk queries and exports.
- Rotate any credentials, API keys or secrets that are stored in Salesforce
  records or custom settings.
- Do not re-authorize the Gainsight connection until Gainsight and
  Salesforce confirm that it is safe to do so.

If you need help, please open a case through Salesforce Help and mention
this advisory.

Salesforce Security
Trust status: https://status.salesforce.com
""")

# 12 -- Google Cloud: Gemini API key reported as leaked and blocked -------------------
add(src="https://github.com/kizuna-ai-lab/sokuji/issues/540", provider="Google Cloud",
    label="security-incident", orig="2026-09-08", target="2028-08-15", time="11:34:22", tz="+0000",
    deadline="none",
    frm="Google Cloud <CloudPlatform-noreply@google.com>",
    to="yuki.harmon@bluefinch-labs.example",
    subject="[Action Required] Leaked API key detected in project bluefinch-translate (id: bluefinch-translate-58213)",
    body="""
Dear Google Cloud customer,

We have learned that an API key belonging to your Google Cloud project
has been leaked publicly, so anyone who has it can use it.

  Project:          bluefinch-translate (id: bluefinch-translate-58213)
  API key name:     Gemini desktop key
  Key (partial):    AIzaSy...k9Q
  API:              Generative Language API (generativelanguage.googleapis.com)
  Reported leaked:  [[2026-09-08|long]]

To protect you from unauthorized use and unexpected charges, we have
blocked this key from calling the Generative Language API. Requests made
with it now fail with the message "Your API key was reported as leaked.
Please use another API key."

What we recommend
1. Create a new API key in the Google Cloud console (APIs & Services >
   Credentials) or in Google AI Studio, and restrict it to the APIs and
   applications that need it.
2. Replace the old key everywhere it is used, then delete it.
3. Find out how the key was exposed. Keys are often published in public
   code repositories, pasted into chats, or captured from machines running
   malware. Do not ship keys inside desktop or mobile applications.
4. Check the API metrics for the project (APIs & Services > Generative
   Language API > Metrics) and your billing reports for traffic you do not
   recognize, for example calls to methods your application never uses or
   calls at times when it was not running.

For more information, see "Best practices for managing API keys" in the
Google Cloud documentation.

Sincerely,
The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to your Google Cloud account.
""")

# 13 -- Tencent Cloud: API Gateway sales discontinuation and shutdown ----------------
add(src="https://www.tencentcloud.com/document/product/628/60529", provider="Tencent Cloud",
    label="action-required", orig="2024-05-30", target="2028-08-17", time="09:00:12", tz="+0800",
    deadline="2025-06-30",
    frm="Tencent Cloud <noreply@tencentcloud.com>",
    to="platform@mossbank-media.example",
    subject="[Important] API Gateway Product Sales Discontinuation Announcement",
    body="""
Dear Tencent Cloud user,

Following a restructuring of Tencent Cloud products, API Gateway will be
wound down in three stages. Your account (UIN 100028****51) currently has
API Gateway services in ap-singapore and ap-hongkong.

1. [[2024-07-01|long]], 00:00 - End of sale
   API Gateway can no longer be purchased. New and existing users will not
   be able to create instances, services or resource packages. Services
   that existing users already run keep working for now.

2. [[2024-12-31|long]], 00:00 - End of full support
   No new versions or features will be released.

3. [[2025-06-30|long]], 00:00 - Discontinuation
   The API Gateway console and API will be taken offline. Services can no
   longer be viewed or used after this time.

Please move your workloads and back up your configuration before the
discontinuation date to avoid service interruption.

Refunds
If any of your resources are still within their paid period after
[[2024-12-31|long]], you can request a refund:
  - dedicated instances billed monthly: see "Requesting Refund on a Monthly
    Subscription";
  - resource packages: see "Requesting Refund on a Resource Pack".
Other instances and services do not involve refunds; simply release or
delete them.

Migration options
  - Serverless Cloud Function (SCF) triggers: move API Gateway triggers to
    function URLs.
  - Microservice scenarios: use Cloud Native API Gateway.
  - Load balancing and container scenarios: use Cloud Load Balancer or the
    Ingress features of TKE.

We apologize for the inconvenience and thank you for your understanding.

Tencent Cloud API Gateway team
""")

# 14 -- Tencent Cloud: CAM authentication for some CVM Describe/InquiryPrice APIs ----
add(src="https://www.tencentcloud.com/document/product/213/69952", provider="Tencent Cloud",
    label="action-required", orig="2025-06-04", target="2028-08-16", time="10:30:45", tz="+0800",
    deadline="2025-06-30",
    frm="Tencent Cloud <noreply@tencentcloud.com>",
    to="cloudops@grayling-logistics.example",
    subject="Notification of Authentication Service Upgrade for Some Tencent Cloud CVM APIs",
    body="""
Dear Tencent Cloud user,

To meet Tencent Cloud security requirements, tighten permission management
for CVM APIs and close a gap that allowed unauthorized API access, we will
upgrade the authentication of some CVM APIs on [[2025-06-30|wlong]]
(UTC+8).

From that date, CVM APIs whose names begin with "Describe" or
"InquiryPrice" will be checked by Cloud Access Management (CAM).

What you need to do
Log in to the CAM console and grant the needed permissions to the
sub-accounts, roles and API keys that call these APIs before
[[2025-06-30|long]].
  - If you authorize them before this date, nothing changes for you when
    the upgrade takes effect.
  - If you do not, calls to these APIs from unauthorized identities will be
    denied after the upgrade, and broad permissions left in place may pose
    an excess-privilege risk.

Upgrade time
[[2025-06-30|wlong]] (UTC+8)

Affected APIs (examples)
  API name                            Description
  DescribeRecommendZoneInstanceTypes  Recommends instance types in the same
                                      or similar zones
  DescribeZones                       Queries the availability zone list
  DescribeZoneInstanceConfigInfos     Gets instance configurations in a zone
  InquiryPriceRenewInstances          Queries the price for renewing
                                      instances
  InquiryPriceResizeInstanceDisks     Queries the price for expanding disks
  DescribeInstanceFamilyConfigs       Queries instance family configurations

The full list is in the CVM documentation under "Notification of
Authentication Service Upgrade for Some Tencent Cloud CVM APIs".

If you have any questions, please submit a ticket.

Tencent Cloud
""")

# 15 -- Alibaba Cloud: root CA of Alibaba Cloud-branded SSL certificates moves to DigiCert
add(src="https://www.alibabacloud.com/help/en/ssl-certificate/product-overview/announcement-alibaba-brand-root-certificate-update-announcement",
    provider="Alibaba Cloud", label="action-required", orig="2026-01-12", target="2028-08-14",
    time="08:15:00", tz="+0800", deadline="2026-02-10",
    frm="Alibaba Cloud <no-reply@message.alibabacloud.com>",
    to="pki-team@cobaltreef.example",
    subject="[Announcement] Root CA update for Alibaba Cloud-branded SSL certificates (GlobalSign to DigiCert)",
    body="""
Dear Alibaba Cloud user,

To improve the quality and security of Certificate Management Service,
Alibaba Cloud will switch the root certificate authority (CA) behind
Alibaba Cloud-branded SSL certificates from GlobalSign to DigiCert. The
change starts on [[2026-02-10|long]]. Most setups are not affected, but some
client environments will need new intermediate or root certificates.

When
From [[2026-02-10|long]], every newly issued Alibaba Cloud-branded SSL
certificate is signed by the new DigiCert root and intermediate
certificates.

Price changes
From [[2026-02-13|long]], prices of some Alibaba Cloud certificates change:
  - DV single-domain certificates: down from USD 99 to USD 75
  - DV wildcard certificates: up from USD 199 to USD 300

Certificates issued before [[2026-02-10|long]]
They stay valid until they expire. Nothing needs to be done.

Certificates issued on or after [[2026-02-10|long]]
Scenario A - no action needed
The DigiCert root and cross-root certificates already ship with common
environments: standard PC browsers, mini-program services, Windows, macOS
and Linux, current iOS and Android devices and standard JDK trust stores.

Scenario B - manual update needed
You must act if the certificates are used in restricted or customized
environments, for example:
  - mobile apps that pin certificates;
  - IoT and embedded devices with a fixed trust store;
  - non-PC browsers and set-top devices;
  - custom Java or other clients that ship their own trust store.
In these cases, add the DigiCert root and intermediate certificates to the
trust store and release the update before [[2026-02-10|long]], or before
you install a newly issued certificate on the servers those clients call.

You can download the new certificate chain from the Certificate Management
Service console.

Thank you for your support.
The Alibaba Cloud team
""")

# 16 -- IBM Cloud: datacenter modernization, DAL09 POD3/POD4 closing ------------------
add(src="https://github.com/nodejs/build/issues/3852", provider="IBM Cloud",
    label="action-required", orig="2024-08-05", target="2028-08-14", time="15:02:33", tz="+0000",
    deadline="2025-03-04",
    frm="IBM Cloud <no-reply@cloud.ibm.com>",
    to="infra-team@quarrystone-ci.example",
    subject="Time-sensitive action required: Datacenter modernization announcement",
    body="""
Event ID: 175093318
Event: IMS Announcement Closures: DAL09 - POD3 and POD4
======================================================================

Thank you for choosing IBM as your business partner and cloud provider. We
want your experience in our data centers to be a good one.

Over the past years we have invested heavily in new IBM Cloud data centers
and Multizone Regions (MZRs). They are built for higher resilience, more
network throughput and more redundancy on our latest cloud technology.

As part of this modernization we are consolidating some locations so that
customers can move to newer facilities with more capacity. We have decided
to close the following location on [[2025-03-04|long]]. Other PODs in DAL09
are not affected.

  * DAL09 - POD3 and POD4

This means the workloads you run in these PODs have to be moved to one of
our newer IBM Cloud data centers before that date. Our team can help you
do this at the same price you pay today, or lower, for the same or a
better configuration.

Affected devices in your account (1837402)
  - ci-release-01 (bare metal server, DAL09 POD3)
  - ci-release-backup (virtual server, DAL09 POD4)

What we offer
  * Up to two months of free overlap so that old and new servers can run
    side by side during the move.
  * Help from IBM Cloud migration specialists and no-charge bandwidth for
    data transfer between the sites.

Key milestones
  [[2024-08-05|long]]: announcement; no new orders in DAL09 POD3 and POD4
  [[2025-02-04|long]]: last recommended date to finish migration testing
  [[2025-03-04|long]]: DAL09 POD3 and POD4 closed; remaining servers are
  cancelled and their data is erased

To see the full details of this event and plan your migration, open:
https://cloud.ibm.com/classic/support/event/details/175093318

IBM Cloud
""")

# 17 -- Google Workspace: access to less secure apps being turned off -----------------
add(src="https://github.com/reneeb/opm-MultiSMTP/issues/16", provider="Google Workspace",
    label="action-required", orig="2019-12-16", target="2028-08-21", time="17:31:10", tz="+0000",
    deadline="2020-06-15",
    frm="The G Suite Team <gsuite-noreply@google.com>",
    to="admin@marlowe-architects.example",
    subject="[Action Required] Turning off access to less secure apps for your G Suite users",
    body="""
Dear Administrator,

We keep working to make your organization's Google accounts more secure.
As part of this work, and given the current threats, we are turning off
access for less secure apps (LSAs): non-Google apps that sign in to a
Google account with only a user name and a password and no further checks.
Sign-in with only a password leaves accounts more open to hijacking. From
now on, only apps that support the more modern and secure OAuth method
will be able to reach your G Suite accounts.

Your domain: marlowe-architects.example
Users who signed in with an LSA in the last 30 days: 14

Access to LSAs will be turned off in two steps:

[[2020-06-15|long]]
Users who try to connect an LSA for the first time will be refused. This
covers third-party apps that reach Google Calendar, Contacts and Gmail
with a password only, over protocols such as CalDAV, CardDAV and IMAP.
Users who connected an LSA before this date can keep using it until the
second step.

[[2021-02-15|long]]
Access to LSAs will be turned off for all G Suite accounts.

What you need to do
Move your users to apps that support OAuth before [[2020-06-15|long]] to
avoid disruption:
  - Mail: use Gmail on the web, the Gmail mobile apps, or a mail client
    that supports "Sign in with Google".
  - Calendar and Contacts: use the Google apps, or clients that sign in
    with OAuth.
  - Scanners, printers and other devices that send mail through SMTP:
    configure them to use OAuth, or use the SMTP relay service.
You can see which users rely on LSAs in the Admin console reports.

Thank you for helping us keep your organization secure.

The G Suite Team
""")

# 18 -- Tencent Cloud: TencentDB for MySQL API 2.0 discontinued -----------------------
add(src="https://www.tencentcloud.com/document/product/236/51885", provider="Tencent Cloud",
    label="action-required", orig="2023-01-13", target="2028-08-18", time="11:12:40", tz="+0800",
    deadline="2023-03-31",
    frm="Tencent Cloud <noreply@tencentcloud.com>",
    to="dba@wrenfield-pay.example",
    subject="TencentDB for MySQL API 2.0 Discontinuation",
    body="""
Dear Tencent Cloud user,

Our records show that your account (UIN 100031****07) still calls
TencentDB for MySQL through API 2.0. In the last 30 days we counted about
58,000 such calls, mainly DescribeCdbInstances and CdbMysqlDump, from the
SecretId AKID****9fQe.

Technical support for TencentDB for MySQL API 2.0 has already ended, and
API 2.0 will be deactivated on [[2023-03-31|wlong]], Beijing time (UTC+8).
Calls made through API 2.0 after that time will fail.

Please move to TencentDB for MySQL API 3.0 as soon as possible so that
your business is not affected. API 3.0 is simpler to use and has lower
access latency.

Change time
[[2023-03-31|wlong]]

About API 3.0
  - The documentation is more standardized and complete.
  - Parameter style, common error codes and the SDK and CLI versions all
    follow the API documentation exactly.
  - The switching guide lists the API 3.0 action that replaces each API
    2.0 action.
See "Introduction" and "API 2.0 to 3.0 Switch Guide" in the TencentDB for
MySQL documentation.

Thank you for your support!

Tencent Cloud
""")

# 19 -- Alibaba Cloud: purchasing/billing system upgrade window ----------------------
add(src="https://www.alibabacloud.com/notice/billing-system-upgrade-20160614", provider="Alibaba Cloud",
    label="maintenance", orig="2016-06-14", target="2028-08-22", time="18:40:00", tz="+0800",
    deadline="2016-06-20",
    frm="Alibaba Cloud <no-reply@message.alibabacloud.com>",
    to="finance-ops@tallgrass-retail.example",
    subject="Important Notice: Billing system upgrade and temporary service interruption on [[2016-06-20|md]]",
    body="""
Dear customer,

Please note: the upgrade of our purchasing and billing system, first
planned for [[2016-06-16|md]], has been moved to 23:00 on [[2016-06-20|md]]
until 06:00 on [[2016-06-21|md]] (UTC+8).

To give you a better experience, we will upgrade the purchasing and billing
system during this window. While the upgrade is running:

  1. The purchasing and billing system will not be available.
  2. Alibaba Cloud products cannot be bought or renewed, either on the
     Alibaba Cloud website or through the Open API.
  3. Your existing Alibaba Cloud products and services will NOT be
     affected and keep running as usual.
  4. If you need to buy or renew a service that must be active during the
     window, please do so before 23:00 on [[2016-06-20|md]] (UTC+8).

Upgrade window (UTC+8)
  Start:  [[2016-06-20|long]], 23:00
  End:    [[2016-06-21|long]], 06:00

We are sorry for any inconvenience and thank you for your understanding and
continued support.

Best regards,
The Alibaba Cloud Team
[[2016-06-14|long]]
""")

# 20 -- IBM Cloud: host migration ticket for virtual server instances ----------------
add(src="https://github.com/nodejs/build/issues/3368", provider="IBM Cloud",
    label="maintenance", orig="2023-05-26", target="2028-08-18", time="13:22:18", tz="+0000",
    deadline="2023-06-13",
    frm="IBM Cloud Support <no-reply@cloud.ibm.com>",
    to="build-infra@quarrystone-ci.example",
    subject="Cloud Host Migration - Customer Action required [Case CS3419872]",
    body="""
*** This ticket was created by the system. Please do not reply to it.
*** If you need help, contact IBM Cloud Support.

Case:           CS3419872
Account:        1837402
Scheduled date: [[2023-06-13|long]], 02:00 UTC

IBM Cloud engineers are running a technology refresh project to make our
cloud hosts more stable and reliable. You are receiving this maintenance
ticket because you have Virtual Server Instances (VSIs) on cloud hosts
that will be emptied and updated.

The VSIs listed below must move to different cloud hosts so that our
engineers can carry out the work:

  Hostname               ID          Data center   OS
  ci-arm-builder-02      118204733   WDC07         Ubuntu 22.04
  ci-cache-01            118204790   WDC07         Ubuntu 22.04

Capacity for every affected VSI has already been reserved on new cloud
hosts. You can migrate the VSIs yourself at a time that suits you before
the scheduled date above. Any VSI that has not been moved by then will be
migrated automatically starting at that time. A migration includes a
reboot of the instance.

To migrate a virtual server yourself:
  1. In the Control Portal, open Devices > Device List.
  2. Open the Actions menu for the server and select "Migrate Host".
  3. Confirm. The VSI is powered off, moved to the reserved host and powered
     on again.

NOTE - Windows customers must follow extra steps before migrating to avoid
data loss and downtime (stop applications that write to local disks and
take a backup). None of the VSIs above run Windows.

Thank you,
IBM Cloud Infrastructure Operations
""")

# 21 -- Heroku Postgres: kernel patch maintenance in the maintenance window ----------
add(src="https://github.com/gratipay/inside.gratipay.com/issues/872", provider="Heroku (Salesforce)",
    label="maintenance", orig="2016-10-31", target="2028-08-21", time="20:55:31", tz="+0000",
    deadline="2016-11-01",
    frm="Heroku <noreply@heroku.com>",
    to="ops@cedarloop-donations.example",
    subject="Maintenance required for your database AMBER on cedarloop-api",
    body="""
Hello,

Your database AMBER on cedarloop-api (standard-2) needs to undergo
maintenance.

Several vendors have recently disclosed a vulnerability in the Linux kernel
(CVE-2016-5195). We therefore have to carry out maintenance on your
database as soon as possible to apply the patch. Answers to common
questions about this maintenance are in our FAQ:
https://kb.heroku.com/dirty-cow-maintenance-faq

We will perform this maintenance at [[2016-11-01|iso]] 19:00:00 +0000,
during the maintenance window you set for Tuesdays 19:00 to 23:00 UTC.

At that time we will create a hidden follower and wait for it to catch up,
then push the follower's credentials to your app, stop it from following
the old leader and recreate any followers you have. Your app will see a
short interruption while the new credentials are applied.

If another window suits you better, you can change it. For example:
  heroku pg:maintenance window="Wednesday 03:30" AMBER -a cedarloop-api
sets the window to Wednesdays at 3:30am UTC.

You can also run the maintenance yourself right away:
  heroku pg:maintenance run AMBER -a cedarloop-api

If you have any questions about this maintenance, please let us know.

Thanks,
Heroku Data
""")

# 22 -- Alibaba Cloud: billing by fixed bandwidth cancelled for ECS, SLB and EIP -------
add(src="https://www.alibabacloud.com/notice/Billing_By_Fixed_Bandwidth_Cancelled", provider="Alibaba Cloud",
    label="pricing", orig="2016-12-01", target="2028-08-24", time="10:05:00", tz="+0800",
    deadline="2016-12-01",
    frm="Alibaba Cloud <no-reply@message.alibabacloud.com>",
    to="purchasing@copperkettle-foods.example",
    subject="Billing by fixed bandwidth will be canceled from [[2016-12-01|long]]",
    body="""
Dear Alibaba Cloud user,

To simplify our offering and improve the user experience, the option to
pay for public network usage by fixed bandwidth will be withdrawn for ECS,
Server Load Balancer (SLB) and Elastic IP (EIP) from [[2016-12-01|long]].

What changes
  - Customers who buy ECS, SLB or EIP for the first time on or after
    [[2016-12-01|long]] can only choose billing by data transfer.
  - Existing ECS, SLB and EIP instances that are billed by fixed bandwidth
    are not affected and keep their current billing method.
  - Instances that are billed by data transfer can no longer be switched
    to billing by fixed bandwidth.
  - Existing customers who buy additional ECS, SLB or EIP instances can no
    longer choose billing by fixed bandwidth for them.

You can compare both billing methods and the current data transfer prices
on the pricing pages of each product.

Thank you for your support and understanding.

The Alibaba Cloud Team
[[2016-12-01|long]]
""")

# 23 -- Microsoft 365: commercial pricing update ------------------------------------
add(src="https://fullerinfotech.com/blog/new-pricing-and-changes-from-microsoft/", provider="Microsoft 365",
    label="pricing", orig="2021-08-19", target="2028-08-24", time="16:00:21", tz="+0000",
    deadline="2022-03-01",
    frm="Microsoft 365 <msonlineservicesteam@microsoftonline.com>",
    to="billing-admin@hollins-and-reyes.example",
    subject="Updates to Microsoft 365 commercial pricing effective [[2022-03-01|long]]",
    body="""
Microsoft 365 Message center

Updates to Microsoft 365 commercial pricing

Tenant: Hollins & Reyes LLP (hollins-and-reyes.example)

Since Office 365 launched about ten years ago we have added many apps and
capabilities to the suites, including Teams, Power BI, Intune and a
growing set of security and compliance features. Today we are announcing
the first substantial update to our commercial pricing since that launch.

On [[2022-03-01|long]], list prices for the following products will change
(per user per month, annual commitment):

  Product                          Current   New
  Microsoft 365 Business Basic     $5        $6
  Microsoft 365 Business Premium   $20       $22
  Office 365 E1                    $8        $10
  Office 365 E3                    $20       $23
  Office 365 E5                    $35       $38
  Microsoft 365 E3                 $32       $36

Prices for education and consumer products are not changing. Microsoft 365
Business Standard and Microsoft 365 E5 are also not affected.

How this affects you
Your organization has 64 Office 365 E3 licenses and 12 Microsoft 365
Business Basic licenses. The new prices apply to new purchases from
[[2022-03-01|long]] and to your subscriptions at their next renewal after
that date. Your current prices stay in place until then.

Along with the pricing update, unlimited dial-in for Teams meetings will be
added to our enterprise, business, frontline and government suites over
the coming months, at no extra cost.

For details, see the Microsoft 365 blog and the pricing FAQ in the admin
center, or contact your Microsoft partner.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 24 -- Alibaba Cloud: Starter Package data transfer deduction rule ------------------
add(src="https://www.alibabacloud.com/en/notice/Starter-package-rule-adjustment", provider="Alibaba Cloud",
    label="pricing", orig="2017-09-20", target="2028-08-23", time="11:45:10", tz="+0800",
    deadline="2017-09-25",
    frm="Alibaba Cloud <no-reply@message.alibabacloud.com>",
    to="it@peregrine-tutors.example",
    subject="Rule Adjustment Notice for Starter Package Data Transfer Deduction",
    body="""
Dear Alibaba Cloud user,

From 15:00 on [[2017-09-25|long]] (UTC+8) we will change how the data
transfer included in a Starter Package is deducted.

New rule
The data transfer allowance of a Starter Package will be tied to the ECS
instances bought as part of that package. It will only cover traffic from
those instances and can no longer be shared with ECS instances that you
bought separately.

Who is affected
  - Starter Packages activated at or after 15:00 on [[2017-09-25|long]]
    (UTC+8) follow the new rule.
  - Packages activated before that time keep the old rule: their data
    transfer can still be shared with other ECS instances, including after
    future renewals.

Traffic from separately purchased instances that is no longer covered by a
package will be billed at the normal pay-as-you-go data transfer price.

Thank you for your support and understanding.

The Alibaba Cloud team
[[2017-09-20|long]]
""")

# 25 -- Oracle Cloud Infrastructure: Always Free Ampere A1 allowance reduced -----------
add(src="https://github.com/ripienaar/free-for-dev/pull/4476", provider="Oracle Cloud Infrastructure",
    label="pricing", orig="2026-06-01", target="2028-08-28", time="14:10:27", tz="+0000",
    deadline="2026-06-15",
    frm="Oracle Cloud Infrastructure <noreply@mail.announcements.us-ashburn-1.oci.oraclecloud.com>",
    to="tenancy-admin@nightjar-robotics.example",
    subject="Change notification - Always Free Ampere A1 Compute allowance",
    body="""
Oracle Cloud Infrastructure Announcement

Type:                 Change notification
Services:             Compute
Tenancy:              nightjarrobotics
Region(s):            All regions
Effective date:       [[2026-06-15|long]]
Announcement ID:      ocid1.announcement.oc1..aaaaaaaa4q7xz2m5k3

Summary
On [[2026-06-15|long]] Oracle will change the Always Free allowance for OCI
Ampere A1 Compute instances (Arm processors).

Details
Today every tenancy receives the first 3,000 OCPU hours and 18,000 GB hours
of VM.Standard.A1.Flex usage per month at no charge. For Always Free
tenancies this equals 4 OCPUs and 24 GB of memory.

From the effective date, every tenancy will receive the first 1,500 OCPU
hours and 9,000 GB hours per month at no charge. For Always Free tenancies
this equals 2 OCPUs and 12 GB of memory.

Impact on your tenancy
Your tenancy currently runs Ampere A1 instances with a total of 4 OCPUs
and 24 GB of memory. For Pay As You Go tenancies, A1 usage above the new
free allowance is billed at the standard Ampere A1 price from the effective
date. Always Free tenancies cannot run more than the new allowance.

Other Always Free resources (AMD micro instances, block volumes, object
storage, Autonomous Database) are not affected by this change.

For the current list of Always Free resources, see the "Always Free
Resources" page in the Oracle Cloud Infrastructure documentation.

You are receiving this announcement because you are an administrator of the
tenancy above. To manage announcement delivery, open Announcements >
Subscriptions in the Console.
""")

# 26 -- Tencent Cloud: overdue payment, EventBridge service suspended ----------------
add(src="https://www.tencentcloud.com/document/product/1108/46995", provider="Tencent Cloud",
    label="billing", orig="2024-09-02", target="2028-08-28", time="00:20:05", tz="+0800",
    deadline="none",
    frm="Tencent Cloud <noreply@tencentcloud.com>",
    to="accounts@ashgrove-events.example",
    subject="[Tencent Cloud] Overdue payment - EventBridge service suspended (UIN 100029****63)",
    body="""
Dear Tencent Cloud user,

Your Tencent Cloud account (UIN 100029****63) has an overdue payment, so
your EventBridge service has been suspended.

  Product:              EventBridge (pay-as-you-go)
  Region:               ap-singapore
  Bill date:            [[2024-09-01|iso]]
  Amount due:           USD 18.42
  Account balance:      USD -18.42
  Suspended at:         [[2024-09-02|iso]] 00:14 (UTC+8)

How EventBridge is billed
EventBridge uses postpaid, pay-as-you-go billing. Usage is calculated at
the start of each hour for the previous hour, and the fee for the whole
day is deducted from your vouchers or account balance at midnight, when a
bill is also generated for you to review. A small amount is frozen in your
account when a custom event bus is created; it is released when the bus is
deleted.

What the suspension means
While the payment is overdue, all custom event buses in the account are
restricted: events can no longer be delivered to them through the API or
through connectors. Your bus configurations and rules are kept.

To resume service
Top up your account in the Billing Center so that the balance covers the
amount due. The service is restored automatically once the overdue amount
has been paid.

If you buy Tencent Cloud through a partner, the rules for overdue payments
follow your agreement with that partner.

Tencent Cloud Billing Center
""")

# 27 -- Microsoft Azure: Azure for Students subscription disabled, credit used up ------
add(src="https://github.com/MicrosoftDocs/azure-docs/issues/70930", provider="Microsoft Azure",
    label="billing", orig="2021-02-18", target="2028-08-31", time="06:37:44", tz="+0000",
    deadline="none",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="k.burton@students.northgate-univ.example",
    subject="Your Azure for Students subscription has been disabled",
    body="""
Microsoft Azure

Your Azure for Students subscription has been disabled

Hello Kevin,

You have used all of the USD 100 credit included with your Azure for
Students subscription, so we have disabled the subscription.

  Subscription name:  Azure for Students
  Subscription ID:    7e4b21d9-3c6a-4f08-9a55-1d2c8e0b6f37
  Credit used:        USD 100.00 of USD 100.00
  Disabled on:        [[2021-02-18|long]]

What this means
- Your virtual machines have been deallocated and your other services are
  stopped. You cannot create or change resources in this subscription.
- Your data and resource configurations are kept for now, so you can pick
  up where you left off.
- You will not be charged for anything while the subscription is disabled.

Your options
- Upgrade to a pay-as-you-go subscription to keep using Azure with the
  same resources. You can do this from the subscription page in the Azure
  portal.
- If you still qualify, you can renew Azure for Students when your current
  offer period ends to receive new credit.

You can review what used your credit on the Cost analysis page of the
subscription.

Manage subscription:
https://portal.azure.com/#blade/Microsoft_Azure_Billing/SubscriptionsBlade

Microsoft respects your privacy. Read our privacy statement.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 28 -- Tencent Cloud: bill fields upgrade ------------------------------------------
add(src="https://www.tencentcloud.com/document/product/555/64852", provider="Tencent Cloud",
    label="informational", orig="2024-10-15", target="2028-08-29", time="16:28:09", tz="+0800",
    deadline="2024-11-06",
    frm="Tencent Cloud <noreply@tencentcloud.com>",
    to="finops@ridgeback-apparel.example",
    subject="Announcement on Upgrade of Bill Fields",
    body="""
Dear Tencent Cloud user,

To give you a clearer picture of your charges, the Billing Center will add,
rename and remove some bill fields. Bills will be upgraded in batches
between [[2024-11-06|long]] and [[2024-11-14|long]], Beijing time (UTC+8).

What changes

New fields
  - Order ID: the ID of the order.
  - Region Code: the code that matches the Region field.
  - Availability Zone Code: the code that matches the Availability Zone
    field.
  - Discount Object: what the discount of the consumption item is based
    on, such as the official website discount, a user discount or an event
    discount.
  - Discount Type: the kind of discount, such as a percentage discount or a
    contract price.
  - Discount Content: extra detail on the discount type; for example, a
    20% business discount shows the type "discount" and the content "0.8".
  - Bill Month: the billing month, such as [[2024-01-01|%Y-%m]].

Renamed fields
  - SavingsPlanDeduction becomes "SP Deduction".
  - SavingsPlanDeductionRate becomes "SP Deduction Rate".

If you parse exported bills or bills delivered to COS with your own
scripts, you may want to check them against the new field list. Field
descriptions are in "Fields in Bills" in the Billing Center documentation.

Thank you for choosing Tencent Cloud.

Tencent Cloud Billing Center
""")

# 29 -- Alibaba Cloud: restrictions on AccessKeys that have been made public ----------
add(src="https://www.alibabacloud.com/en/notice/accesskeyuprade20240418", provider="Alibaba Cloud",
    label="informational", orig="2024-04-11", target="2028-08-31", time="10:00:00", tz="+0800",
    deadline="2024-04-18",
    frm="Alibaba Cloud <no-reply@message.alibabacloud.com>",
    to="security@glenmoor-analytics.example",
    subject="Notice on the security policy upgrade for publicly exposed AccessKeys",
    body="""
Dear Alibaba Cloud user,

We keep improving the security of our cloud services to help you protect
your account and the assets you run on Alibaba Cloud.

An AccessKey is the credential that proves your identity when you call
Alibaba Cloud APIs. A leaked AccessKey puts every resource in your account
at risk; it can lead to unexpected charges and even extortion, and in
serious cases it can harm Alibaba Cloud and other users as well. To stop
leaked AccessKeys from being misused more widely, we are upgrading the
security policy for service calls as follows.

1. When we learn from outside sources that one of your AccessKeys has been
   made public, we will notify you. At the same time, that AccessKey will
   be blocked from calling some Resource Access Management (RAM) functions,
   including the IMS and RAM services. It will no longer be able to create
   or change users, roles, AccessKeys or permissions. This measure takes
   effect at 9:00 (UTC+8) on [[2024-04-18|long]].

2. Our notice may include hints about where the AccessKey was made public.
   Once you confirm that you have taken the security measures you need, we
   will lift the block on that AccessKey at your request.

3. Alibaba Cloud cannot track the safety of all of your AccessKeys, and
   this measure does not replace your own protection of them. Please keep
   your AccessKeys safe and follow the AccessKey best practices in our
   documentation.

Please keep an eye on our email and message notifications, and on changes
to the cloud resources in your account, so that your business keeps
running normally.

Thank you for your support.

Alibaba Cloud
""")

# 30 -- Tencent Cloud International Partners: monthly release notes ------------------
add(src="https://www.tencentcloud.com/document/product/1085/71835", provider="Tencent Cloud",
    label="informational", orig="2025-12-01", target="2028-08-28", time="15:05:50", tz="+0800",
    deadline="none",
    frm="Tencent Cloud International Partners <partners-noreply@tencentcloud.com>",
    to="channel@stonebridge-it.example",
    subject="Partner Center release notes - [[2025-11-01|my]]",
    body="""
Tencent Cloud International Partners

Release notes - [[2025-11-01|my]]

Hello Stonebridge IT Services,

Here is a summary of what changed in the Partner Center last month.

Online sub-customer migration
Distributors can now start moving a sub-customer to another distributor
from the Partner Center console. Once started, the request is reviewed
jointly by the outgoing distributor and by Tencent Cloud.
Released: [[2025-11-19|long]]

Partner Center overview page upgraded
The Overview page has been redesigned as a single place for business
support, resource aggregation and day-to-day decisions.
Released: [[2025-11-17|long]]

Navigation pane upgraded
We restructured the navigation pane so that you can find what you need
faster; the grouping now follows the way partners usually work.
Released: [[2025-11-13|long]]

Reminder from last month
Customers can ask to unbind from their reseller from Expense Center >
Account Info > Your Reseller Relationship. The reseller has 10 calendar
days to review the request; after that it is approved automatically.

No action is needed from you. The full list of changes is on the "Release
Notes" page of the International Partners documentation.

Best regards,
Tencent Cloud International Partners team
""")

# 31 -- Firebase: Realtime Database has insecure rules --------------------------------
add(src="https://github.com/mobizt/Firebase-ESP8266/issues/138", provider="Firebase (Google)",
    label="security-advisory", orig="2020-09-15", target="2028-08-01", time="13:09:36", tz="+0000",
    deadline="none",
    frm="Firebase <firebase-noreply@google.com>",
    to="tomas.lindqvist@greenhouse-sensors.example",
    subject="[Firebase] Your Realtime Database 'greenhouse-sensors-4e1c7' has insecure rules",
    body="""
Hi Tomas,

We've found an issue with the Security Rules of a Realtime Database in
your project greenhouse-sensors (greenhouse-sensors-4e1c7):

  Database:   greenhouse-sensors-4e1c7-default-rtdb
  Issue:      Any user can read your entire database
  Issue:      Any user can write to your entire database

Your current rules are:

  {
    "rules": {
      ".read": true,
      ".write": true
    }
  }

With these rules, anyone on the internet who knows your database URL can
steal, change or delete your data, and can also run expensive operations
on your account. Rules like these are meant for short testing only.

We recommend that you:
  - require signed-in users, for example ".read": "auth != null" and
    ".write": "auth != null", or narrower rules per path;
  - give each user access only to their own data;
  - keep server-side code on the Admin SDK or database secret, which is
    not limited by these rules.

To protect your data, Firebase may limit requests from clients to
databases whose rules stay open. Review and update your rules in the
Firebase console:
https://console.firebase.google.com/project/greenhouse-sensors-4e1c7/database/rules

Learn more about Realtime Database Security Rules:
https://firebase.google.com/docs/database/security

You can turn off these alerts in the console under Project settings >
Alerts.

The Firebase Team
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

# 32 -- Salesforce: recommended actions against supply-chain risk in connected apps --
add(src="https://help.salesforce.com/s/articleView?id=005226734&language=en_US&type=1", provider="Salesforce",
    label="security-advisory", orig="2025-09-03", target="2028-08-02", time="19:44:12", tz="+0000",
    deadline="none",
    frm="Salesforce <support@salesforce.com>",
    to="sfadmin@meridian-homecare.example",
    subject="Recommended actions to protect your Salesforce org from third-party application risks",
    body="""
Dear Salesforce Customer,

Trust is our #1 value, and protecting your data is our top priority.

Security is a shared responsibility. To help you strengthen your security
posture and reduce supply-chain risk from third-party integrations, we
strongly recommend that you review and put in place the measures below as
soon as possible. The list is not complete, but each item links to more
resources so that you can decide what best protects your Salesforce
instance.

1. Review every non-Salesforce application connected to your org
   Look at all applications and integrations connected to your Salesforce
   services, whether provided by a third party or built by you or for you.
   - Record every connected non-Salesforce application.
   - Check each one for signs of malicious activity or vulnerabilities.
   - Look especially closely at applications that use the OAuth device
     flow, and reconsider approving them, given the risks of that flow.

2. Turn on the recommended security controls
   Apply the platform features and practices described in the blog post
   "Protect Your Salesforce Environment from Social Engineering Threats",
   such as IP restrictions for connected apps, login IP ranges and
   multi-factor authentication for all users.

3. Rotate secrets regularly
   Change consumer secrets, OAuth client IDs and client secrets, and rotate
   the tokens used by non-Salesforce applications on a regular schedule.

4. Have an incident response plan ready
   If a non-Salesforce application is compromised, rotate all user
   passwords and secrets, enforce IP access restrictions and revoke the
   application's sessions and tokens.

If you need help, please contact Support through the Help portal.

Salesforce Security
Salesforce, Inc. · Salesforce Tower · 415 Mission Street, San Francisco, CA 94105
""")

# 33 -- Google Cloud: review and restrict unrestricted API keys ----------------------
add(src="https://github.com/cityofaustin/atd-data-tech/issues/28396", provider="Google Cloud",
    label="security-advisory", orig="2026-05-08", target="2028-08-04", time="16:52:03", tz="+0000",
    deadline="none",
    frm="Google Cloud <CloudPlatform-noreply@google.com>",
    to="gis-dev@riverbend-county.example",
    subject="Review the API keys in your Google Cloud project riverbend-maps",
    body="""
Hello,

We're writing because your Google Cloud project has API keys that have no
restrictions. We recommend that you review them.

  Project:        riverbend-maps (id: riverbend-maps-302114)
  Unrestricted keys:
    - "Permit portal key"      created [[2019-03-11|iso]], last used [[2025-12-02|iso]]
    - "Parks app key"          created [[2020-07-29|iso]], last used [[2026-05-06|iso]]
    - "Browser key (auto)"     created [[2018-10-04|iso]], not used in 180 days

Why this matters
An API key without application or API restrictions can be used by anyone
who gets hold of it, from any website, app or server, to call every API
that is enabled in the project. Keys often end up in web pages, app
packages and public repositories, where they are easy to copy. Misuse can
lead to unexpected charges or to your quota being used up.

We have not found signs that these keys have been misused.

What we recommend
  - Add application restrictions (HTTP referrers, IP addresses, Android or
    iOS apps) and API restrictions to the keys you still use.
  - Delete keys that you no longer need.
  - Where possible, use service accounts or OAuth instead of API keys.

Review your keys:
https://console.cloud.google.com/apis/credentials?project=riverbend-maps-302114

Learn more: https://cloud.google.com/docs/authentication/api-keys-best-practices

The Google Cloud Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You are receiving this message because you are listed as a project owner.
""")

# 34 -- PHISHING: fake Microsoft 365 subscription renewal failure (billing lure) ------
add(src="https://oxeegen.jitbit.com/helpdesk/KB/View/87059905-microsoft-subscription-expire-notice",
    provider="Microsoft 365 (impersonated)", label="billing", orig="2025-06-10", target="2028-08-01",
    time="07:18:42", tz="+0000", deadline="none", phishing=True,
    frm="Microsoft Billing <billing-notice@verdantbloom-flowers.example>",
    to="accounts@fairhaven-dental.example",
    subject="Action needed: your Microsoft 365 subscription could not be renewed",
    body="""
Microsoft 365

Subscription renewal unsuccessful

Dear customer,

We were unable to renew your Microsoft 365 Business subscription because
the payment method on file was declined.

  Subscription:      Microsoft 365 Business Standard
  Account:           accounts@fairhaven-dental.example
  Amount due:        USD 5.29 / month
  Renewal attempt:   [[2025-06-10|long]]
  Status:            Pending cancellation

To avoid interruption to Outlook, Teams and OneDrive, please confirm your
billing details. Your secure billing statement is attached to this message
(Microsoft365_Billing_Statement_secure.html). Open the attachment in your
browser and follow the steps to update your card.

A calendar reminder (Renewal_Deadline.ics) is also attached so that you do
not miss the renewal window.

If no action is taken, your mailbox and files may be suspended.

Thank you,
Microsoft Billing Department
Microsoft Corporation

Attachments:
  Microsoft365_Billing_Statement_secure.html (18 KB)
  Renewal_Deadline.ics (2 KB)
""")

# 35 -- PHISHING: fake Google account suspicious-activity alert (security lure) -------
add(src="https://www.gorganizer.net/explain/fake-google-account-suspicious-activity-phish",
    provider="Google Workspace (impersonated)", label="security-incident", orig="2025-11-03",
    target="2028-08-07", time="04:56:19", tz="+0000", deadline="none", phishing=True,
    frm="Google Accounts <no-reply@accounts-google-security.example>",
    to="p.oyelaran@willowmere-school.example",
    subject="Security alert: suspicious activity on your Google Account",
    body="""
Google

Suspicious activity on your account

p.oyelaran@willowmere-school.example

Someone just signed in to your Google Account from a device we don't
recognize. We blocked some of the activity to protect you.

  Device:     Unknown Windows device
  Location:   Lagos, Nigeria
  IP:         203.0.113.191
  Time:       [[2025-11-03|wlong]], 4:41 AM (GMT)

If this wasn't you, your account may be compromised. Verify your identity
within 24 hours to keep access to Gmail, Drive and your Google Workspace
apps. Accounts that are not verified will be locked and may be deleted.

    Secure your account:
    https://accounts-google-security.example/signin/v2/recovery?u=poyelaran

If this was you, you can ignore this message.

The Google Accounts team

You received this email to let you know about important changes to your
Google Account and services.
© Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""")

# 36 -- PHISHING: fake Salesforce "Identity Confirmation" security update (malware) ---
add(src="http://trust.salesforce.com/trust/security/security_alerts/", provider="Salesforce (impersonated)",
    label="action-required", orig="2008-01-07", target="2028-08-07", time="13:33:51", tz="-0800",
    deadline="none", phishing=True,
    frm="salesforce.com Security <security-update@salesforce-identity.example>",
    to="sales-ops@oakmont-supply.example",
    subject="New Security Feature: Identity Confirmation",
    body="""
salesforce.com

New Security Feature: Identity Confirmation

Dear salesforce.com user,

To protect our customers further from phishing and other threats,
salesforce.com is introducing "Identity Confirmation". This set of
security features is triggered when you log in to Salesforce from a new
computer or an unrecognized location for the first time.

To keep uninterrupted access to your Salesforce org, every user must
install the Identity Confirmation security update on the computer used to
log in. The update is attached to this email:

    form.zip  (Identity Confirmation update, 214 KB)

Open the attached file and run the installer. Restart your browser after
installation. Users who do not install the update may be asked to confirm
their identity at every login.

Thank you for helping us keep your data secure.

The salesforce.com Security Team
The Landmark @ One Market, Suite 300, San Francisco, CA 94105
""")


if __name__ == "__main__":
    main()
