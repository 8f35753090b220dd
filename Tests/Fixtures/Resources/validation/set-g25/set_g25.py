#!/usr/bin/env python3
"""Validation batch g25: cloud-provider notices after public originals (May 2028).

Standard library only, deterministic.  Writes set-g25.mbox next to this file,
re-reads it and checks it; exits 1 on any problem, prints OK otherwise.
"""
import email
import email.policy
import ipaddress
import mailbox
import os
import re
import sys
from datetime import date, datetime
from email.header import Header
from email.mime.text import MIMEText
from email.utils import formataddr, parseaddr

NAME = "g25"
YEAR, MONTH = 2028, 5
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
MIN_TOTAL = 36
MIN_CRITICAL = 10
MIN_PHISHING = 3
MAX_JA = 0

NOTICES = []


def add(src, provider, label, orig, target, time, tz, deadline, frm, to,
        subject, body, phishing=False, ja=False):
    NOTICES.append(dict(src=src, provider=provider, label=label, orig=orig,
                        target=target, time=time, tz=tz, deadline=deadline,
                        frm=frm, to=to, subject=subject, body=body,
                        phishing=phishing, ja=ja))


_PH = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})(?:\|([^\]]*))?\]\]")


def render(text):
    """Replace [[YYYY-MM-DD|strftime-format]] placeholders."""
    def sub(m):
        d = date.fromisoformat(m.group(1))
        fmt = m.group(2) or "%Y-%m-%d"
        out = d.strftime(fmt)
        # portable "day without leading zero"
        out = out.replace("{d}", str(d.day))
        return out
    return _PH.sub(sub, text)


def enc_addr(value):
    name, addr = parseaddr(value)
    if name and not name.isascii():
        return formataddr((str(Header(name, "utf-8")), addr))
    return formataddr((name, addr)) if name else addr


def enc_subject(value):
    if value.isascii():
        return value
    return Header(value, "utf-8").encode()


def build():
    box_path = MBOX
    if os.path.exists(box_path):
        os.remove(box_path)
    box = mailbox.mbox(box_path, create=True)
    box.lock()
    try:
        for i, n in enumerate(NOTICES, 1):
            body = render(n["body"]).strip("\n") + "\n"
            subject = render(n["subject"])
            if body.isascii():
                msg = MIMEText(body, "plain", "utf-8")
                del msg["Content-Transfer-Encoding"]
                msg.set_payload(body)
                msg["Content-Transfer-Encoding"] = "7bit"
            else:
                msg = MIMEText(body, "plain", "utf-8")  # quoted-printable below
                del msg["Content-Transfer-Encoding"]
                import quopri
                msg.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
                msg["Content-Transfer-Encoding"] = "quoted-printable"
            d = date.fromisoformat(n["target"])
            hh, mm = n["time"].split(":")
            dt = datetime(d.year, d.month, d.day, int(hh), int(mm))
            date_hdr = dt.strftime("%a, %d %b %Y %H:%M:00 ") + n["tz"]
            ordered = [
                ("From", enc_addr(n["frm"])),
                ("To", enc_addr(n["to"])),
                ("Subject", enc_subject(subject)),
                ("Date", date_hdr),
                ("Message-ID", "<%s.%02d.%s@training.set-%s.example>"
                 % (NAME, i, d.strftime("%Y%m%d"), NAME)),
                ("MIME-Version", "1.0"),
            ]
            ct = msg["Content-Type"]
            cte = msg["Content-Transfer-Encoding"]
            for h in ("Content-Type", "Content-Transfer-Encoding", "MIME-Version"):
                del msg[h]
            for k, v in ordered:
                msg[k] = v
            msg["Content-Type"] = ct
            msg["Content-Transfer-Encoding"] = cte
            msg["X-Training-Label"] = n["label"]
            msg["X-Training-Deadline"] = n["deadline"]
            if n["phishing"]:
                msg["X-Training-Phishing"] = "yes"
            mmsg = mailbox.mboxMessage(msg)
            mmsg.set_from("MAILER-DAEMON", dt.timetuple())
            box.add(mmsg)
        box.flush()
    finally:
        box.unlock()
        box.close()


DOC_NETS = [ipaddress.ip_network(x) for x in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
             "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")


def check():
    problems = []
    with open(MBOX, "rb") as fh:
        raw = fh.read()
    if b"\r\n" in raw:
        problems.append("CRLF line endings in mbox")
    if not raw.startswith(b"From "):
        problems.append("mbox does not start with a From line")
    box = mailbox.mbox(MBOX)
    ids = set()
    n_total = n_crit = n_phish = n_ja = 0
    for i, msg in enumerate(box, 1):
        n_total += 1
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "Content-Transfer-Encoding",
                  "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                problems.append("#%d missing header %s" % (i, h))
        for k, v in msg.items():
            if not str(v).isascii():
                problems.append("#%d non-ASCII header %s" % (i, k))
        mid = msg["Message-ID"]
        if mid in ids:
            problems.append("#%d duplicate Message-ID %s" % (i, mid))
        ids.add(mid)
        if not re.fullmatch(r"<%s\.\d{2}\.\d{8}@training\.set-%s\.example>"
                            % (NAME, NAME), mid or ""):
            problems.append("#%d bad Message-ID %s" % (i, mid))
        dt = email.utils.parsedate_to_datetime(msg["Date"])
        if (dt.year, dt.month) != (YEAR, MONTH):
            problems.append("#%d Date not in batch month: %s" % (i, msg["Date"]))
        if mid and dt.strftime("%Y%m%d") not in mid:
            problems.append("#%d Message-ID date mismatch" % i)
        label = msg["X-Training-Label"]
        if label not in LABELS:
            problems.append("#%d bad label %s" % (i, label))
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                date.fromisoformat(dl)
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
                    raise ValueError
            except ValueError:
                problems.append("#%d bad deadline %s" % (i, dl))
        if msg.get_content_type() != "text/plain" or \
                (msg.get_content_charset() or "").lower() != "utf-8":
            problems.append("#%d content type not text/plain; charset=utf-8" % i)
        payload = msg.get_payload(decode=True)
        text = payload.decode("utf-8")
        cte = (msg["Content-Transfer-Encoding"] or "").lower()
        if not text.isascii() and cte != "quoted-printable":
            problems.append("#%d non-ASCII body not quoted-printable" % i)
        for ip in IP_RE.findall(text + " " + str(msg["Subject"])):
            try:
                addr = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(addr in net for net in DOC_NETS):
                problems.append("#%d non-documentation IP %s" % (i, ip))
        if "[[" in text or "]]" in text:
            problems.append("#%d unrendered placeholder" % i)
        phish = msg["X-Training-Phishing"] == "yes"
        if phish:
            n_phish += 1
        elif label in ("abuse", "security-incident"):
            n_crit += 1
        if "\u3000" in text or re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
            n_ja += 1
    if n_total < MIN_TOTAL:
        problems.append("only %d notices (< %d)" % (n_total, MIN_TOTAL))
    if n_crit < MIN_CRITICAL:
        problems.append("only %d critical (< %d)" % (n_crit, MIN_CRITICAL))
    if n_phish < MIN_PHISHING:
        problems.append("only %d phishing (< %d)" % (n_phish, MIN_PHISHING))
    if n_ja > MAX_JA:
        problems.append("%d Japanese notices (> %d)" % (n_ja, MAX_JA))
    if len(NOTICES) != n_total:
        problems.append("mbox holds %d messages, script defines %d"
                        % (n_total, len(NOTICES)))
    return problems, n_total, n_crit, n_phish, n_ja


def main():
    build()
    problems, total, crit, phish, ja = check()
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK %d notices, %d critical, %d phishing, %d Japanese"
          % (total, crit, phish, ja))


# ---------------------------------------------------------------- notices

# 1 -------------------------------------------------------------------------
add(src="https://community.cloudflare.com/t/cloudflare-mistakenly-flagged-our-website-as-phishing-now-anti-virus-warn-and-block-our-users-and-kill-our-business/195164",
    provider="Cloudflare", label="abuse", orig="2020-07-24",
    target="2028-05-03", time="16:41", tz="+0000", deadline="none",
    frm="Cloudflare Trust & Safety <abuse@cloudflare.com>",
    to="ops@tallowmarket.example",
    subject="Phishing report received for tallowmarket.example",
    body="""
Hello,

A report alleging phishing has been submitted to Cloudflare about the
following zone in your account:

    tallowmarket.example

The details supplied with the report are reproduced below.

Reporter: Anonymous

Reported URLs:
    https://tallowmarket.example/
    https://tallowmarket.example/trade/login

Logs or Evidence of Abuse:
    "this site steals game platform accounts, it is a trading scam"

Notes:
A copy of this complaint has been passed on to the hosting provider
that serves the origin for this zone. Until the reported material is
taken down, visitors reaching the content above through Cloudflare will
see an interstitial warning page instead of the site.

If you believe the report is mistaken, reply to this message with the
abuse reference below and a short explanation, and the Trust & Safety
team will review it.

Abuse reference: CF-TS-[[2028-05-03|%Y%m%d]]-58213

Regards,

Cloudflare Trust & Safety
""")

# 2 -------------------------------------------------------------------------
add(src="https://trust.salesforce.com/en/letter/",
    provider="Salesforce", label="security-incident", orig="2007-10-01",
    target="2028-05-02", time="09:05", tz="-0700", deadline="none",
    frm="salesforce.com Security <security@salesforce.com>",
    to="sysadmin@harrowgate-supply.example",
    subject="An important letter about security from salesforce.com",
    body="""
Dear Customer,

We are writing to you directly because the number of phishing attempts
aimed at salesforce.com customers has grown sharply, and we want you to
understand what happened, what we are doing about it, and what your
administrators can do today.

What happened
When we first noticed the increase, we investigated it in depth. The
investigation showed that one of our employees had been tricked by a
phishing message into giving up a password, and that this password was
then used to copy a customer contact list. The list held first and last
names, company names, email addresses and telephone numbers of
customers, together with some related administrative data. This was not
the result of a weakness in our application or in our database.

Using that list, the attacker sent a small number of customers fake
emails made to look like salesforce.com invoices. A very small number of
end users who received those messages entered their passwords on the
attacker's page. A later wave of messages carried attachments that
install malicious software, such as key loggers, on the recipient's
computer.

What we are doing
Our support and security teams are working one-to-one with the affected
customers, and we are cooperating with law enforcement and with outside
experts to trace the activity and to shut down the sites involved.

What you can do now
  * Restrict login access to your organization to the IP ranges your
    offices actually use.
  * Use the identity confirmation features so that logins from new
    computers or locations must be verified.
  * Remind every user that salesforce.com will never send an attachment
    asking them to install a "security update", and never asks for a
    password by email.
  * Keep anti-virus and email filtering up to date on every desktop.
  * Forward any suspicious message that appears to come from us to
    security@salesforce.com.

We will keep you informed as we learn more. Thank you for your trust.

Sincerely,

The salesforce.com Security Team
""")

# 3 -------------------------------------------------------------------------
add(src="https://github.com/m-lab/prometheus-support/issues/696",
    provider="Google Cloud", label="abuse", orig="2020-06-03",
    target="2028-05-04", time="13:12", tz="-0700", deadline="2028-05-07",
    frm="Google Cloud Platform <google-cloud-compliance@google.com>",
    to="platform-admins@orchard-telemetry.example",
    subject="Action required: Critical problem with your Google Cloud Platform / API project Orchard Telemetry Production (id: orchard-telemetry-prd) IP 203.0.113.41, 203.0.113.87",
    body="""
Dear Developer,

Our systems have determined that your Google Cloud project Orchard
Telemetry Production (id: orchard-telemetry-prd), through the addresses
203.0.113.41 and 203.0.113.87, appears to be making intrusion attempts
against a third party.

Activity summary
  Project:       orchard-telemetry-prd
  Source IPs:    203.0.113.41, 203.0.113.87
  Behavior:      repeated connection attempts on ports 22 and 830 to
                 hosts outside your project
  First seen:    [[2028-05-03|%Y-%m-%d]] 22:40 (Pacific Time)

This activity is not permitted under the Google Cloud Platform Terms of
Service or the Acceptable Use Policy.

What you need to do
Please find the source of this traffic and stop it. If the traffic is
part of a legitimate monitoring set-up, limit it to systems you own and
tell us about it in an appeal. If you think the project has been
compromised, secure it by following the guidance in the Cloud Security
Help Center.

If the problem is not corrected, or an appeal explaining it is not
received, by [[2028-05-07|%B {d}, %Y]], the resources showing this
behavior may be suspended.

To respond, sign in as a project owner and open the Appeals page for
orchard-telemetry-prd in the Cloud Console.

Sincerely,
The Google Cloud Platform / API Trust & Safety Team
""")

# 4 -------------------------------------------------------------------------
add(src="https://github.com/trailofbits/algo/issues/1378",
    provider="Google Cloud", label="abuse", orig="2019-03-27",
    target="2028-05-06", time="04:31", tz="-0700", deadline="none",
    frm="Google Cloud Platform <google-cloud-compliance@google.com>",
    to="ravi.menon@hearthside-labs.example",
    subject="Your Google Cloud Project hearthside-vpn (id: hearthside-vpn-4471) has been suspended",
    body="""
Summary
Resources in your project hearthside-vpn (id: hearthside-vpn-4471) have
been suspended because they were used to make intrusion attempts against
third parties, which violates the Google Cloud Platform Terms of
Service.

Details
Affected project / VM:   hearthside-vpn-4471 / relay-1:us-east1-b
Source address:          198.51.100.23

Description: we detected port scanning of remote port 21 coming from
the Compute Engine instance above. More than 70 distinct addresses were
probed between 03:58 and 03:59 (Pacific Time) on [[2028-05-06|%Y-%m-%d]].

As a result, the VM instance relay-1 has been stopped and cannot be
restarted while the suspension is in place.

Next steps
1. Find out what produced the traffic. If the instance relays traffic
   for other people (for example a VPN or proxy), check those clients
   as well.
2. If you believe the instance was compromised, rebuild it from a known
   good image rather than cleaning it in place.
3. Sign in to the Cloud Console as a project owner and submit an appeal
   from the Appeals page, describing the cause and what you changed.

Sincerely,
The Google Cloud Platform Trust & Safety Team
""")

# 5 -------------------------------------------------------------------------
add(src="http://news.softpedia.com/news/google-warns-users-of-government-backed-hack-attacks-on-their-accounts-510473.shtml",
    provider="Google Workspace", label="security-incident", orig="2016-11-22",
    target="2028-05-07", time="19:20", tz="-0700", deadline="none",
    frm="Google <no-reply@accounts.google.com>",
    to="renata.okafor@quillfeather.example",
    subject="Government-backed attackers may be trying to steal your password",
    body="""
Hi Renata,

It is possible this is a false alarm, but we believe government-backed
attackers have been trying to steal the password for your account
renata.okafor@quillfeather.example.

Fewer than 0.1% of all users ever see this warning. We can't tell you
what tipped us off, because the attackers would notice and change their
methods. If they succeed at some point, they could read your data or act
using your account.

Based on your current settings, we suggest the following:

  * Turn on 2-Step Verification with a security key, or join the
    Advanced Protection Program, Google's strongest protection for
    people at risk of targeted attacks.
  * Install Password Alert in Chrome so you are warned if you type your
    password into a site that is not a Google sign-in page.
  * Run the Security Checkup and remove any recovery options or devices
    you don't recognise.

Our own systems have not been compromised. This message was sent because
of activity aimed at your account specifically.

The Google Accounts team
""")

# 6 -------------------------------------------------------------------------
add(src="https://github.com/GAM-team/GAM/issues/1028",
    provider="Google Workspace", label="security-incident", orig="2019-10-11",
    target="2028-05-09", time="08:02", tz="+0000", deadline="none",
    frm="Google Workspace Alerts <google-workspace-alerts-noreply@google.com>",
    to="it-admins@brightwater-co.example",
    subject="Alert: User suspended due to suspicious activity - brightwater-co.example",
    body="""
Google Workspace alert

Severity: High
Alert type: User suspended (suspicious activity)
Domain: brightwater-co.example
Time detected: [[2028-05-09|%Y-%m-%d]] 07:51 UTC

User: lucas.pereira@brightwater-co.example

What happened
Google disabled the account above because it saw activity suggesting the
account may have been taken over. The login audit log records the event
as account_disabled_hijacked ("Account disabled because Google has
detected a suspicious activity indicating it might have been
compromised").

While the account is suspended the user cannot sign in, and mail sent to
the account is still delivered to the mailbox.

What to do
  1. Open the alert in the Alert Center to see the supporting events.
  2. Contact the user through another channel and confirm recent
     activity.
  3. Reset the password, sign the user out of all sessions and revoke
     application passwords and OAuth tokens you do not recognise.
  4. Review mail forwarding rules and delegates added recently.
  5. Restore the user from the Admin console once the account is secure.

You are receiving this because you are a super administrator of
brightwater-co.example. Manage alert notifications in the Admin console.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

# 7 -------------------------------------------------------------------------
add(src="https://www.ibtimes.co.uk/hipchat-hacked-users-account-information-private-messages-content-possibly-compromised-1618471",
    provider="Atlassian", label="security-incident", orig="2017-04-24",
    target="2028-05-08", time="17:30", tz="-0700", deadline="none",
    frm="HipChat Security <security@hipchat.com>",
    to="noor.haddad@fennelworks.example",
    subject="HipChat security notice: your password has been reset",
    body="""
Hello,

Over the weekend our Security Intelligence team detected a security
incident affecting one server in the HipChat.com cloud web tier. We are
contacting you because your account is connected to HipChat.com.

What happened
The attacker took advantage of a vulnerability in a widely used
third-party library that HipChat.com relies on. We have isolated the
affected systems and closed the unauthorized access.

What information may have been involved
  * Account details: names, email addresses and hashed passwords.
    Passwords are hashed with bcrypt and a random salt.
  * Room metadata such as room names and topics.
  * For fewer than 0.05% of instances, messages and content inside
    rooms. We have found no evidence of this for the remaining 99.95%,
    and customers in that small group are being contacted separately.

We have found no evidence that Jira, Confluence, Trello or other
Atlassian systems were affected, and no evidence that financial or
credit card information was accessed.

What we have done
As a precaution we have invalidated the passwords of all HipChat-
connected accounts, including yours. The next time you sign in, use the
"Forgot password" link to choose a new password. If you used the same
password on other services, change it there too.

HipChat Server uses the same library but is usually deployed in a way
that limits this risk; an update will be published through the normal
update channel. We are working with law enforcement on the
investigation.

We are sorry for the disruption.

Chief Security Officer, Atlassian
""")

# 8 -------------------------------------------------------------------------
add(src="https://www.atlassian.com/blog/it-teams/working-beat-password-re-use",
    provider="Atlassian", label="security-incident", orig="2016-07-21",
    target="2028-05-11", time="02:14", tz="+0000", deadline="none",
    frm="Atlassian <noreply@id.atlassian.com>",
    to="m.kowalczyk@driftwood-games.example",
    subject="We've reset the password on your Atlassian account",
    body="""
Hi Marta,

Your Atlassian account password has been reset.

Why this happened
Our security team regularly looks for lists of email addresses and
passwords that have been stolen from other websites and published
online. We test those lists against Atlassian Cloud sign-ins. The email
address and password combination for your account,
m.kowalczyk@driftwood-games.example, appeared in one of these lists and
still worked on your Atlassian account.

Atlassian itself was not breached. The combination most likely leaked
from another service where you used the same password.

What we did
  * Reset your password so the leaked one no longer works.
  * Signed your account out of all active sessions.

What you should do
  * Choose a new password with the "Forgot password?" link on the
    sign-in page. Use one you do not use anywhere else.
  * Change the password on any other site where you used the old one.
  * Turn on two-step verification in your account settings.

If you have questions, contact Atlassian Support and mention this
notice.

The Atlassian Security team
""")

# 9 -------------------------------------------------------------------------
add(src="http://augustin-riedinger.fr/en/resources/the-day-i-stopped-using-heroku/",
    provider="Heroku", label="abuse", orig="2016-05-24",
    target="2028-05-12", time="21:47", tz="+0000", deadline="none",
    frm="Heroku Support <support@heroku.com>",
    to="thibault.marchetti@copass-studio.example",
    subject="Your Heroku account has been suspended",
    body="""
Hi Thibault,

Your Heroku account thibault.marchetti@copass-studio.example has been
suspended.

Reason for suspension: one of your apps, gdoc-publisher-7731, was
reported to us as a phishing site. Hosting pages that collect other
people's credentials violates the Heroku Acceptable Use Policy.

Effect of the suspension
  * Apps owned by your account have been stopped and their dynos scaled
    down.
  * You cannot sign in to the Dashboard or use the CLI and Platform API
    with this account.
  * Apps where you are only a collaborator keep running, but changes
    made with your credentials will be refused.

If you believe the report is wrong, or the app was compromised without
your knowledge, reply to this email (do not open a new ticket) with:
  - what gdoc-publisher-7731 is used for,
  - how the reported page came to be served, and
  - what you have done to remove it.

Our Trust & Safety team will review your reply and let you know whether
the account can be restored.

Heroku Support
""")

# 10 ------------------------------------------------------------------------
add(src="https://github.com/getlantern/lantern/issues/4888",
    provider="GitHub", label="security-incident", orig="2016-06-16",
    target="2028-05-18", time="23:05", tz="+0000", deadline="none",
    frm="GitHub <noreply@github.com>",
    to="jiwoo-han@sprocketyard.example",
    subject="[GitHub] Your password has been reset",
    body="""
Hi @jiwoo-han,

On Tuesday evening ([[2028-05-16|%B {d}]]) Pacific time we noticed
unauthorized attempts to sign in to a large number of GitHub.com
accounts. The attacker appears to be using email addresses and passwords
leaked from other online services in the past, and trying them on
GitHub. Your account is one of those the attacker was able to sign in
to.

GitHub itself has not been hacked or compromised.

What information was involved
Your username and password. The attacker may also have seen the list of
repositories and organizations your account can access.

What we have done
To protect your data we have reset your password. You will not be able
to sign in with the old one.

What you can do
  1. Choose a new password at https://github.com/password_reset. Do not
     reuse a password you use elsewhere.
  2. Review your security history
     (https://github.com/settings/security-log) for activity you don't
     recognise.
  3. Check your SSH keys, personal access tokens, deploy keys and
     authorized OAuth applications, and remove any you don't know.
  4. Turn on two-factor authentication.

If you have questions, contact us at https://github.com/contact.

Thanks,
GitHub Security
""")

# 11 ------------------------------------------------------------------------
add(src="https://github.com/MicrosoftDocs/OfficeDocs-o365seccomp/issues/643",
    provider="Microsoft 365", label="abuse", orig="2019-05-14",
    target="2028-05-15", time="06:38", tz="+0000", deadline="none",
    frm="Microsoft 365 <o365alerts@microsoft.com>",
    to="admin@larkspur-legal.example",
    subject="High-severity alert: User restricted from sending email",
    body="""
A high-severity alert has been triggered

  User restricted from sending email

Severity:      High
Time of alert: [[2028-05-15|%m/%d/%Y]] 06:31:12 UTC
Activity:      A user was restricted from sending email
User:          dmitri.vance@larkspur-legal.example
Details:       The mailbox sent a volume of outbound messages that the
               service classified as spam and exceeded the limits in the
               outbound spam policy. The sender has been added to the
               list of restricted entities.

While restricted, the user can still receive mail but cannot send any
messages, internal or external. Messages the user tries to send are
returned with:

  550 5.1.8 Access denied, bad outbound sender

This pattern usually means the account or the device it is used from
has been compromised. Before removing the restriction:
  * reset the user's password and require MFA,
  * check inbox rules and forwarding for entries the user did not
    create,
  * review recent sign-ins for the account.

Then remove the user from the Restricted entities page in the Microsoft
Defender portal.

View alert details in the Microsoft Defender portal.

This alert was generated by the default alert policy "User restricted
from sending email". You are receiving it because you are listed as a
recipient for this policy in larkspur-legal.example.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 12 ------------------------------------------------------------------------
add(src="https://technologiesdigest.com/?p=14513",
    provider="Microsoft Azure", label="security-incident", orig="2026-03-05",
    target="2028-05-19", time="14:52", tz="+0000", deadline="none",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="accounts@pinegrove-dental.example",
    subject="Azure: Activated Severity: 3 MICROSOFT BILLING AND ACCOUNT SECURITY NOTICE",
    body="""
Your Azure Monitor alert was triggered

Alert name:         MICROSOFT BILLING AND ACCOUNT SECURITY NOTICE
Severity:           Sev3
Monitor condition:  Fired
Affected resource:  sub-billing-hold-7718
Fired time:         [[2028-05-19|%B {d}, %Y]] 14:51 UTC

Alert rule description
MICROSOFT CORPORATION BILLING AND ACCOUNT SECURITY NOTICE
(REF: MS-FRA-6673829-KP)

Our system has flagged a charge on your account that may not have been
authorized.

Transaction details
  Merchant:        Windows Defender
  Transaction ID:  PP456-887A-22B
  Amount:          389.90 USD
  Date:            [[2028-05-18|%m/%d/%Y]]

To protect you, our Fraud Detection Team has put this transaction on
hold. To avoid suspension of your account or further fees, you must
verify the transaction right away. If you did NOT approve this payment,
call Microsoft Account Security Support, available 24/7, at
+1 (555) 014-2297 or +1 (555) 014-2298.

We apologize for any inconvenience and thank you for your quick
response.

Microsoft Account Security Team

You're receiving this notification because you are a member of an
action group that is configured for this alert rule.
View the alert in Azure Monitor.
""", phishing=True)

# 13 ------------------------------------------------------------------------
add(src="https://isc.sans.edu/forums/diary/Analysis+of+a+Salesforce+Phishing+Emails/26582/",
    provider="Salesforce", label="action-required", orig="2020-09-20",
    target="2028-05-20", time="10:17", tz="+0000", deadline="none",
    frm="Salesforce <info@saggio-ventures.example>",
    to="h.lindqvist@northpier-freight.example",
    subject="Salesforce: please confirm your email address",
    body="""
salesforce

Hello,

We need you to confirm the email address linked to your Salesforce
login, h.lindqvist@northpier-freight.example.

Until the address is confirmed, some messages for your account are being
held and you may stop receiving notifications from your org.

        [ View Message ]
        https://login.salesforce.com-secure-login-portal.qualitytags.example/confirm?u=h.lindqvist

If you did not request this, you can ignore this email.

Thanks,
Salesforce Customer Support

(c) Salesforce, Inc. All rights reserved.
""", phishing=True)

# 14 ------------------------------------------------------------------------
add(src="https://github.com/bgolub/blog/issues/2",
    provider="GitHub", label="security-incident", orig="2024-05-26",
    target="2028-05-21", time="03:26", tz="+0000", deadline="none",
    frm="bleedingbulb <notifications@github.com>",
    to="orbit-ledger/isbn-tools <isbn-tools@noreply.github.com>",
    subject="[orbit-ledger/isbn-tools] GitHub Account Security Alert (Issue #19)",
    body="""
Urgent: GitHub Account Security Alert!

Hello,

We have detected unusual access to your GitHub account. To keep your
account secure, you need to act now.

What You Need To Do:

1. Reset Your Password
   - Use this secure link to reset your password right away:
     Reset Password (https://github.hudevelopers.example/)

2. Revoke Unauthorized Access
   - After resetting, check for any access you did not grant and
     revoke it.

Thank you for your prompt attention to this matter to keep your account
secure.

If you did not initiate this access, please contact us immediately.

Best Regards,
GitHub Security Team

--
Reply to this email directly, view it on GitHub:
https://github.com/orbit-ledger/isbn-tools/issues/19
You are receiving this because you are watching this repository.
""", phishing=True)

# 15 ------------------------------------------------------------------------
add(src="https://github.com/heroku/roadmap/issues/29",
    provider="Heroku", label="action-required", orig="2022-12-07",
    target="2028-05-08", time="15:00", tz="+0000", deadline="2028-06-11",
    frm="Heroku <noreply@heroku.com>",
    to="devops@saltmarsh-analytics.example",
    subject="Multi-factor authentication will be required for Heroku starting [[2028-06-11|%B {d}, %Y]]",
    body="""
Hi there,

The date when multi-factor authentication (MFA) becomes a permanent part
of signing in to Heroku is now set.

Starting [[2028-06-11|%B {d}, %Y]], everyone who logs in directly to the
Heroku Dashboard or the Heroku CLI must use an MFA verifier in addition
to a username and password.

Usernames and passwords alone no longer give enough protection against
phishing, credential stuffing and stolen devices. MFA is one of the
simplest and most effective ways to keep your apps and your customers'
data safe.

What you need to do
If you have not registered a verifier yet, do it before
[[2028-06-11|%B {d}]]:
  1. Sign in to the Heroku Dashboard.
  2. Open Account Settings, then the Multi-Factor Authentication
     section.
  3. Register a verifier: the Salesforce Authenticator app, a
     time-based one-time password app, a security key or a built-in
     authenticator.
  4. Save your recovery codes somewhere safe.

Users who sign in through an identity provider with SSO are not affected
by this change.

Details are in the Heroku MFA FAQ in the Heroku Help Center.

Thanks,
The Heroku Team
""")

# 16 ------------------------------------------------------------------------
add(src="https://github.com/IBM-Cloud/terraform-provider-ibm/pull/6001",
    provider="IBM Cloud", label="action-required", orig="2025-02-14",
    target="2028-05-10", time="12:40", tz="+0000", deadline="2028-06-21",
    frm="IBM Cloud <no-reply@cloud.ibm.com>",
    to="cloud-owner@kestrel-media.example",
    subject="IBM Cloud CDN end of life notification: preparing for the transition",
    body="""
IBM Cloud notification

Type:      Announcement - end of support
Service:   Content Delivery Network (CDN)
Account:   Kestrel Media (2f91c4a7d0e84b6a9e17c05b3d6e88f1)

Dear IBM Cloud customer,

IBM Cloud Content Delivery Network (CDN) is being withdrawn. The service
reaches end of life on [[2028-06-21|%d %B %Y]].

Your account has the following CDN mappings that are still active:

  cdn.kestrel-media.example       origin: 203.0.113.120
  static.kestrel-media.example    origin: media-origin.kestrel-media.example

What happens on [[2028-06-21|%d %B %Y]]
  * CDN mappings that remain on the account will be deleted.
  * Requests to the CDN hostnames will no longer be served from edge
    servers, and content will not be cached.
  * Creating, editing or purging CDN mappings through the console, the
    CLI, the API or the Terraform resource ibm_cdn will stop working.
    The Terraform resource already prints a deprecation warning.

What you need to do
Before the end-of-life date, move your content delivery to another
service, for example a CDN provider contracted directly or the edge
caching offered with IBM Cloud Internet Services. Then update the DNS
records that point your hostnames at the IBM CDN edge, and remove the
old mappings.

If you need help planning the move, open a support case from the IBM
Cloud console and reference this notification.

IBM Cloud
""")

# 17 ------------------------------------------------------------------------
add(src="https://dev.to/workalizer/former-admin-still-getting-notifications-how-to-manage-your-google-workspace-dashboard-385k",
    provider="Google Workspace", label="billing", orig="2025-06-02",
    target="2028-05-12", time="05:55", tz="-0700", deadline="2028-05-22",
    frm="Google Workspace <payments-noreply@google.com>",
    to="owner@cobaltmill-joinery.example",
    subject="Payment failure: Google Workspace Business Standard",
    body="""
Google Workspace

Payment failure

We weren't able to charge your payment method for your Google Workspace
subscription.

Organization:   cobaltmill-joinery.example
Subscription:   Business Standard (Flexible Plan)
Amount due:     USD 67.20
Payment method: Visa ending in 4410
Billing period: [[2028-04-01|%b {d}]] - [[2028-04-30|%b {d}, %Y]]

We will try the charge again automatically. To keep your services
running, update your payment information or make a manual payment in the
Admin console under Billing > Payment accounts.

If the balance is still unpaid on [[2028-05-22|%B {d}, %Y]], services
for cobaltmill-joinery.example may be suspended. Users would then lose
access to Gmail, Calendar, Drive and other services until the balance is
paid.

You are receiving this mandatory service announcement because you are
listed as a billing contact for this account.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

# 18 ------------------------------------------------------------------------
add(src="https://github.com/MozillaFoundation/mofo-devops/issues/617",
    provider="Heroku", label="maintenance", orig="2018-08-07",
    target="2028-05-11", time="18:20", tz="+0000", deadline="2028-05-26",
    frm="Heroku Status <status@heroku.com>",
    to="webops@riverlamp-foundation.example",
    subject="Scheduled: (US) Dyno manager maintenance on [[2028-05-26|%A, %B {d}]] at 22:00 UTC",
    body="""
Scheduled maintenance

On [[2028-05-26|%A, %B {d}, %Y]], beginning at 22:00 UTC (18:00 EDT) and
lasting until 02:00 UTC (four hours), Heroku will carry out maintenance
on the dyno manager in the US Common Runtime.

During the window:
  * Scaling and provisioning of dynos, including restarts, will not be
    possible. Config var changes, Heroku Scheduler, one-off dynos and
    container registry deploys will be unavailable, and autoscaling will
    not run.
  * Test runs on Heroku CI will fail with an error.
  * Builds for apps in the US Common Runtime, including Review Apps,
    will be paused.
  * Free apps in the US Common Runtime that are sleeping will not wake
    up.

Requests to these services from the CLI, the Dashboard or the Platform
API may return errors while the work is in progress.

Paid apps that are already running in the US Common Runtime will keep
receiving traffic. If you rely on autoscaling, set a minimum dyno count
that can carry your traffic before the window starts.

We will post updates when the maintenance begins and when it is
complete. Current information is always at
https://status.heroku.com/incidents/2214

You are receiving this because you subscribed to Heroku status
notifications.
""")

# 19 ------------------------------------------------------------------------
add(src="https://github.com/wadewegner/Force.com-Toolkit-for-NET/issues/415",
    provider="Salesforce", label="action-required", orig="2022-12-14",
    target="2028-05-12", time="16:10", tz="+0000", deadline="2028-09-27",
    frm="Salesforce <noreply@salesforce.com>",
    to="crm-admin@oakhollow-insurance.example",
    subject="[Action Required] Legacy API versions 21.0 through 30.0 in use in your org",
    body="""
Salesforce

Dear Salesforce Administrator,

You are receiving this message because you are an administrator of an
org that is still calling legacy API endpoints.

  Org name: Oak Hollow Insurance
  Org ID:   00D5g0000071XyzEAA

Versions 21.0 through 30.0 of the Salesforce Platform SOAP, Bulk and REST
APIs are no longer supported, and they will be retired. Requests that
use these versions will fail once the retirement takes effect. Please
take action before [[2028-09-27|%B {d}, %Y]].

What is affected
  * API-enabled org editions, in Salesforce Classic and Lightning
    Experience.
  * Calls made through the AJAX Toolkit, the SForceOfficeToolkit COM
    interface and the Force.com Toolkit for PHP.
  * SOAP calls returned from Outbound Messaging payloads.

Custom Apex REST and SOAP services, Apex classes and triggers are not
affected.

What you need to do
  1. Find the integrations that use these versions. The API Total Usage
     event log file (ApiTotalUsage) lists the API version of each call;
     Login History can help identify the client.
  2. Update each integration, or the third-party application that
     provides it, to a currently supported API version.
  3. Test the updated integrations in a sandbox before deploying.

For more information, see the knowledge article "Salesforce Platform API
Versions 21.0 through 30.0 Retirement" in Salesforce Help.

Thank you,
Salesforce Customer Support
""")

# 20 ------------------------------------------------------------------------
add(src="https://github.com/ahaenggli/AzureAD-LDAP-wrapper/issues/119",
    provider="Microsoft Entra", label="action-required", orig="2025-07-07",
    target="2028-05-09", time="11:03", tz="+0000", deadline="2028-07-04",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="identity-team@granitebay-clinic.example",
    subject="Azure Advisor recommendation: Migrate Service Principals from the retiring Azure AD Graph APIs to Microsoft Graph",
    body="""
Azure Advisor

Recommendation:   Migrate Service Principals from the retiring Azure AD
                  Graph APIs to Microsoft Graph
Category:         Operational excellence
Impact:           High
Tenant:           granitebay-clinic.example

The Azure AD Graph APIs are being retired. They receive no SLA and no
maintenance beyond security fixes, and the remaining Azure AD Graph
endpoints stop answering requests for all tenants from
[[2028-07-04|%B {d}, %Y]]. Applications that still call Azure AD Graph
and have not moved to Microsoft Graph will then fail.

Microsoft Graph is a single endpoint for Microsoft Entra and Microsoft
365 data. It offers everything that was available in Azure AD Graph plus
newer APIs, and its client libraries handle retries, secure redirects,
authentication and payload compression for you.

Action plan
1. Review the Service Principals that called Azure AD Graph in the last
   30 days, listed under Impacted resources.
2. With the owner or publisher of each application, identify the
   update that moves it to the Microsoft Graph APIs.
3. Read the Azure AD Graph retirement guidance on Microsoft Learn.

Impacted resources (3)
  ldap-bridge-sync        appId 6b0e3c1d-52aa-4f0e-9c1b-7d2f4a90e611
  legacy-hr-connector     appId a41f7e08-1d3c-4b6a-8e57-0c9d2b6f3a72
  intranet-directory      appId 0d83b5c2-9a47-4e1f-b6d0-5e2c7a18f944

View this recommendation in Azure Advisor.

You are receiving this email because you subscribed to Azure Advisor
digests for this tenant.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 21 ------------------------------------------------------------------------
add(src="https://github.com/finos/legend/issues/68",
    provider="GitHub", label="action-required", orig="2020-02-10",
    target="2028-05-05", time="20:44", tz="+0000", deadline="none",
    frm="GitHub <noreply@github.com>",
    to="platform-admin@meridian-finlab.example",
    subject="[GitHub] Deprecation notice: access_token query parameter used by your application",
    body="""
Hi @meridian-platform-admin,

On [[2028-05-03|%B {d}, %Y]] at 13:38 (UTC) your application (Atlas
Gitlab Bridge) used an access token (User-Agent Faraday v0.15.4) as a
query parameter to reach an endpoint of the GitHub API:

  https://api.github.com/user

Sending the access_token as a query parameter is deprecated. Please send
the token in the Authorization HTTP header instead.

Depending on how you use the API, we will send this reminder once every
3 days for each token and User-Agent combination used in calls made on
your behalf. Each reminder lists only one URL accessed with that token
and User-Agent, not all of them.

More information is in the GitHub developer changelog post about
deprecated passwords and authorizations API authentication.

Thanks,
The GitHub Team
""")

# 22 ------------------------------------------------------------------------
add(src="https://groups.google.com/g/gcp-release-notes/c/3yogUEVYODQ",
    provider="Google Cloud", label="informational", orig="2022-07-24",
    target="2028-05-22", time="19:04", tz="-0700", deadline="none",
    frm="'Cloud Billing - Release notes' via gcp-release-notes <gcp-release-notes@googlegroups.com>",
    to="gcp-release-notes@googlegroups.com",
    subject="[Google Cloud] Billing - Release Notes",
    body="""
[Google Cloud] Billing - Release Notes

Cloud Billing - Release notes

[[2028-05-20|%B {d}, %Y]]

Posted: [[2028-05-20|%d %b %Y]] 12:00 AM PDT

Feature
Lock the link between a project and its billing account

In the Cloud Billing console you can now lock the link between a project
and its Cloud Billing account. A locked link protects the billing state
of the project from accidental changes, such as turning billing off or
moving the project to another billing account. You can remove the lock
again when you really do want to unlink the project.

Every project needs an active Cloud Billing account to pay for the
resources it uses. When a project is unlinked, billing is turned off and
everything in the project shuts down, which can interrupt your business.
Locking adds a second step to any change of billing state, which makes
these outages less likely.

See "Secure the link between a project and a Cloud Billing account" in
the documentation to get started.

You are subscribed to email updates from Cloud Billing - Release notes.
To stop receiving these emails, you may unsubscribe now.
Email delivery powered by Google

Google, 1600 Amphitheatre Parkway, Mountain View, CA 94043, United States
""")

# 23 ------------------------------------------------------------------------
add(src="https://github.com/socallinuxexpo/scale-network/issues/631",
    provider="GitLab", label="billing", orig="2023-11-07",
    target="2028-05-06", time="14:12", tz="+0000", deadline="2028-07-23",
    frm="GitLab <renewals@gitlab.com>",
    to="infra@linuxfest-socal.example",
    subject="Notice: subscription expiration on [[2028-07-23|%m/%d/%Y]]",
    body="""
GitLab

Hello,

This is a reminder that your GitLab subscription A-S00093617 expires on
[[2028-07-23|%m/%d/%Y]].

If the subscription is set to auto-renew:
  * To keep the subscription, you don't need to do anything.
  * To turn auto-renew off, sign in to the GitLab Customers Portal at
    any time up to thirty (30) days before the renewal date and cancel
    it there.

If the subscription is not set to auto-renew, you can renew it yourself
by signing in to the Customers Portal (https://customers.gitlab.com/)
within 15 days of the renewal date ([[2028-07-23|%m/%d/%Y]]), or you can
contact our sales team for help.

Subscription:  A-S00093617
Plan:          GitLab Ultimate (Open Source Program)
Seats:         25
Namespace:     linuxfest-socal

Thank you for using GitLab.

GitLab Inc.
""")

# 24 ------------------------------------------------------------------------
add(src="https://github.com/gratipay/inside.gratipay.com/issues/617",
    provider="GitHub", label="pricing", orig="2016-05-11",
    target="2028-05-17", time="16:02", tz="+0000", deadline="none",
    frm="GitHub <noreply@github.com>",
    to="billing@heliotrope-press.example",
    subject="[GitHub] Unlimited private repositories for every paid plan",
    body="""
Hi @heliotrope-press,

Starting today, every paid GitHub plan includes unlimited private
repositories, and pricing is now based on the number of people who use
GitHub rather than on how many repositories you keep.

New plans
  Personal accounts:  $7 per month, unlimited private repositories.
  Organizations:      $25 per month, which covers the first 5 users,
                      plus $9 per month for each additional user.

Your organization heliotrope-press is on the Medium plan ($50 per month,
20 private repositories) with 24 members. On the new organization plan
that would come to $196 per month.

What this means for you
You don't have to change anything now. You are welcome to stay on your
current plan while you look at the new cost structure and decide what
works best. We are not setting a deadline to move, and you will get at
least 12 months' notice before any required change to your plan.

If you want to switch, you can do it at any time from your organization's
billing settings, and we will credit the unused part of your current
plan.

Questions? Contact us at https://github.com/contact.

Thanks,
The GitHub Team
""")

# 25 ------------------------------------------------------------------------
add(src="https://github.com/MoazSayed7/Flutter-Bloc_Cubit-Animated-Auth-Screens-Firebase-Login-SignUp-Reset-SignWithGoogle/issues/2",
    provider="Firebase", label="action-required", orig="2025-04-09",
    target="2028-05-13", time="17:26", tz="+0000", deadline="2028-09-28",
    frm="Firebase <firebase-noreply@google.com>",
    to="mobile-dev@quillpad-apps.example",
    subject="[Action required] Firebase Authentication features that depend on Dynamic Links in project quillpad-prod",
    body="""
Firebase

Hello,

We're writing because your Firebase project quillpad-prod
(quillpad-prod-5c21) uses Firebase Authentication features that depend
on Firebase Dynamic Links.

Firebase Dynamic Links shuts down on [[2028-09-28|%B {d}, %Y]]. From that
date, the following Authentication features will stop working:

  * Email link (passwordless) sign-in for iOS and Android apps
  * OAuth sign-in for Cordova web apps

What you need to do
Move these flows to one of the alternatives described in the Firebase
Authentication documentation, for example by using your Firebase
Hosting domain for email action links, and release updated versions of
your apps before the shutdown.

If you take no action, your apps and your users can keep using these
features until [[2028-09-28|%B {d}, %Y]], after which sign-in links sent
by email will no longer open your app.

Password reset and email verification links that open in a browser are
not affected.

Thanks,
The Firebase Team

You have received this mandatory service announcement to update you
about important changes to Firebase or your account.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

# 26 ------------------------------------------------------------------------
add(src="https://github.com/codyogden/killedbygoogle/issues/1101",
    provider="Google Workspace", label="action-required", orig="2022-01-19",
    target="2028-05-14", time="15:45", tz="+0000", deadline="2028-08-24",
    frm="The Google Workspace Team <workspace-noreply@google.com>",
    to="admin@tern-and-thistle.example",
    subject="[Action Required] Upgrade your G Suite legacy free edition by [[2028-08-24|%B {d}, %Y]]",
    body="""
Google Workspace

Dear Administrator,

We're writing to tell you that the G Suite legacy free edition is being
discontinued. Your organization tern-and-thistle.example, with 9 users,
still uses this edition.

What you need to do
To keep using Gmail, Calendar, Meet and your other services with your
custom domain, upgrade to a Google Workspace subscription by
[[2028-08-24|%B {d}, %Y]]. In the Admin console, go to Billing > Get more
services and choose the edition that fits your organization. We will
recommend an edition based on the features you use today.

If you do nothing
From [[2028-08-24|%B {d}, %Y]], we will begin moving remaining legacy
free accounts to a Google Workspace subscription automatically. If no
billing information is added within 60 days of that transition, your
services will be suspended and users will lose access.

Your data, including email and Drive files, is not deleted as part of
this change.

To help with the move, we are offering a discount on Google Workspace
for a limited time after you upgrade. Details are in the Admin console.

Sincerely,
The Google Workspace Team

You have received this mandatory service announcement to update you
about important changes to Google Workspace or your account.
""")

# 27 ------------------------------------------------------------------------
add(src="https://github.com/jupyterhub/mybinder.org-deploy/issues/2438",
    provider="Google Cloud", label="pricing", orig="2022-03-15",
    target="2028-05-15", time="16:30", tz="+0000", deadline="2028-12-01",
    frm="Google Cloud <CloudPlatform-noreply@google.com>",
    to="finops@cinderpath-research.example",
    subject="[Action Advised] Changes to Cloud Storage pricing effective [[2028-12-01|%B {d}, %Y]]",
    body="""
Google Cloud

Hello Cloud Storage customer,

We're writing to let you know about changes to Cloud Storage pricing
that take effect on [[2028-12-01|%B {d}, %Y]]. Your billing account
0142B7-6C91DA-5E08F3 has projects that store data in multi-region and
dual-region buckets, so these changes may affect your bill.

What is changing
  * Reading data from a multi-region bucket with a Google Cloud service
    located in a region on the same continent will no longer be free.
    It will be charged like other data movement between locations on
    the same continent.
  * A new inter-region replication charge will apply to data written
    to dual-region and multi-region buckets.
  * Class A operation prices for multi-region buckets will increase.

Projects in this billing account that use these bucket locations:
  cinderpath-imaging-prod
  cinderpath-ci-cache

What you can do
Review where your workloads read data from. If you do not need
geo-redundancy, storing data in a single-region bucket in the same
region as the services that read it avoids the new data movement
charges. Container images kept in Container Registry multi-region
buckets can be moved to a regional Artifact Registry repository.

The Cloud Storage pricing announcement page lists the new prices and SKU
mappings.

Thanks for choosing Google Cloud.

-- The Google Cloud Team

You're receiving this mandatory service announcement to update you about
important changes to Google Cloud Platform or your account.
""")

# 28 ------------------------------------------------------------------------
add(src="https://blog.teknologize.com/microsoft-365-licensing-changes",
    provider="Microsoft 365", label="pricing", orig="2021-08-19",
    target="2028-05-16", time="15:20", tz="+0000", deadline="2028-11-26",
    frm="Microsoft 365 <microsoft365@email.microsoft.com>",
    to="office-manager@bramblecourt-legal.example",
    subject="Upcoming changes to Microsoft 365 commercial pricing",
    body="""
Microsoft 365

Important information about your subscription

We are updating the prices of several Microsoft 365 commercial plans.
This is the first broad price change since Microsoft 365 launched, and it
reflects the value added over the years in communication, security,
compliance, AI and automation.

New prices take effect on [[2028-11-26|%B {d}, %Y]] (per user per month,
annual commitment):

  Microsoft 365 Business Basic     from $5  to $6
  Microsoft 365 Business Premium   from $20 to $22
  Office 365 E1                    from $8  to $10
  Office 365 E3                    from $20 to $23
  Office 365 E5                    from $35 to $38
  Microsoft 365 E3                 from $32 to $36

Prices for Microsoft 365 Business Standard and for education and
consumer plans do not change.

What this means for bramblecourt-legal.example
Your organization has 14 licenses of Microsoft 365 Business Premium. The
price you pay now stays the same until your subscription renews after
[[2028-11-26|%B {d}, %Y]]. From that renewal, the new price applies.

Alongside this change, unlimited dial-in audio conferencing will be
included with Teams meetings in enterprise, business, frontline and
government suites.

To review your subscriptions, go to Billing > Your products in the
Microsoft 365 admin center.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
""")

# 29 ------------------------------------------------------------------------
add(src="https://github.com/teamatldocker/confluence/issues/71",
    provider="Atlassian", label="security-advisory", orig="2019-08-28",
    target="2028-05-24", time="23:10", tz="+0000", deadline="none",
    frm="Atlassian <noreply@am.atlassian.com>",
    to="wiki-admins@sorrel-engineering.example",
    subject="Confluence Security Advisory [[2028-05-24|%Y-%m-%d]]",
    body="""
Atlassian Security Advisory

Confluence Server and Confluence Data Center
Local file disclosure via page export - CVE-2019-3394
Severity: Critical

Summary
This advisory describes a critical vulnerability in Confluence Server
and Confluence Data Center. Sites hosted by Atlassian on atlassian.net
are not affected. You are receiving this email because you hold a
license for an affected product.

Details
A user who has permission to edit a page can use the page export
feature to read files inside the <install-directory>/confluence/WEB-INF
directory. That directory can hold configuration files used to connect
Confluence to other systems, so credentials such as LDAP bind passwords
or other sensitive values could be exposed.

Affected versions
  * all versions before 6.6.16
  * 6.7.0 up to but not including 6.13.7
  * 6.14.0 up to but not including 6.15.8

Fixed versions
  6.6.16 (Enterprise release), 6.13.7 (Enterprise release) and 6.15.8.

What you need to do
Upgrade to a fixed version; we recommend the latest release. If you
cannot upgrade straight away, review which users hold page edit
permission and rotate any credentials stored in the WEB-INF
configuration after you upgrade.

The full advisory and the Jira tracking issue are available on
confluence.atlassian.com.

Atlassian Security Team
""")

# 30 ------------------------------------------------------------------------
add(src="https://www.ibm.com/docs/en/planning-analytics/2.0.0?topic=analytics-maintenance",
    provider="IBM Cloud", label="maintenance", orig="2024-06-08",
    target="2028-05-13", time="09:00", tz="-0400", deadline="2028-05-20",
    frm="IBM Planning Analytics <pa-notifications@ibm.com>",
    to="fp-and-a@hollowreed-foods.example",
    subject="IBM Planning Analytics scheduled maintenance on [[2028-05-20|%A, %B {d}, %Y]]",
    body="""
IBM Planning Analytics as a Service

Scheduled maintenance notification (7 days' notice)

Environment:  hollowreed-prod (tenant HRF-PA-0317)
Date:         [[2028-05-20|%A, %B {d}, %Y]]
Start:        05:00 Eastern Time
Type:         Monthly critical patching

Critical patches are applied on the third Saturday of each month. This
month's work includes software security updates and may also include
hardware updates. Your Planning Analytics environment will be
unavailable for part of the maintenance window.

You will receive further reminders 72 hours and 24 hours before the
window, another message on the day before the work starts, and a
confirmation once maintenance is complete.

No action is required from you. We recommend that you avoid scheduling
chores or data loads during the window and that users save their work
before 05:00 Eastern Time.

If a serious security issue requires work outside the monthly window,
we will notify you in advance and try to schedule it outside your
normal business hours.

IBM Planning Analytics Operations
""")

# 31 ------------------------------------------------------------------------
add(src="https://github.com/cloudflare/cloudflare-docs/pull/14728",
    provider="Cloudflare", label="action-required", orig="2024-05-20",
    target="2028-05-17", time="13:35", tz="+0000", deadline="2028-08-28",
    frm="Cloudflare <noreply@notify.cloudflare.com>",
    to="webmaster@foxglove-bakery.example",
    subject="Cloudflare Apps will be discontinued on [[2028-08-28|%B {d}, %Y]]",
    body="""
Cloudflare

Hello,

Cloudflare Apps is deprecated and will be discontinued on
[[2028-08-28|%B {d}, %Y]].

After that date we will automatically uninstall every app that is still
installed on your Cloudflare zones. Cloudflare's own services running on
your zones are not affected. The only exception is the DataDome app,
which will continue to work.

Apps currently installed in your account:

  Zone                      App
  foxglove-bakery.example   Google Analytics
  foxglove-bakery.example   Cookie Consent Banner
  foxglove-shop.example     Instant Page

What you should do
Because removing an app can change how your pages behave, we recommend
that you review these apps now and remove them yourself from the Apps
section of the Cloudflare dashboard, so you can replace them at a time
of your choosing (for example by adding the equivalent snippet to your
site or using a Zaraz integration).

We are working on a new Apps experience. If you would like to give
feedback or hear about it first, you can sign up from the link in the
Apps section of the dashboard.

If you have questions about this change, contact Cloudflare Support.

The Cloudflare Team
""")

# 32 ------------------------------------------------------------------------
add(src="https://github.com/utelecon/utelecon.github.io/pull/1748",
    provider="Cloudflare", label="informational", orig="2025-12-05",
    target="2028-05-24", time="09:48", tz="+0000", deadline="none",
    frm="Cloudflare Status <noreply@cloudflarestatus.com>",
    to="noc@yellowfin-transit.example",
    subject="[Cloudflare Status] Resolved - Cloudflare Service Issues",
    body="""
Cloudflare Status

Cloudflare Service Issues

Resolved - This incident has been resolved. Dashboard and API requests
are completing normally.
[[2028-05-24|%b %d, %Y]] - 09:45 UTC

Monitoring - A fix has been put in place and we are watching the
results.
[[2028-05-24|%b %d, %Y]] - 09:12 UTC

Update - We are continuing to investigate this issue.
[[2028-05-24|%b %d, %Y]] - 09:09 UTC

Investigating - Cloudflare is investigating problems with the Cloudflare
Dashboard and related APIs. Customers using the Dashboard or the
Cloudflare APIs may see failed requests or error messages. Serving of
cached content through the Cloudflare network and the security features
at the edge are not affected.
[[2028-05-24|%b %d, %Y]] - 08:56 UTC

Components affected: Cloudflare Dashboard, Cloudflare API

You are receiving this email because you subscribed to Cloudflare Status
incident updates. Manage your subscription or unsubscribe at
https://www.cloudflarestatus.com/
""")

# 33 ------------------------------------------------------------------------
add(src="https://blogs.oracle.com/integration/use-approved-tls-ciphers-for-integrating-with-oracle-integration",
    provider="Oracle Cloud", label="action-required", orig="2025-01-15",
    target="2028-05-25", time="07:15", tz="+0000", deadline="2028-07-24",
    frm="Oracle Cloud <oraclecloudadmin_ww@oracle.com>",
    to="integration-admins@saffron-logistics.example",
    subject="Action Required: Oracle Integration will stop accepting deprecated TLS ciphers on [[2028-07-24|%B {d}, %Y]]",
    body="""
Oracle Cloud Infrastructure

Action Required

Service:   Oracle Integration 3
Instance:  oic-prod-emea (region eu-frankfurt-1)
Tenancy:   saffronlogistics

To keep pace with current security standards, Oracle Integration is
removing support for deprecated TLS ciphers so that only strong
encryption is used for connections to your instances. On
[[2028-07-24|%B {d}, %Y]], the following ciphers will stop being accepted
by Oracle Integration 3 instances:

  DHE-RSA-AES128-GCM-SHA256
  DHE-RSA-AES128-SHA256
  DHE-RSA-AES256-GCM-SHA384
  DHE-RSA-AES256-SHA256
  ECDHE-RSA-AES128-SHA256
  ECDHE-RSA-AES256-SHA384

What you need to do
Make sure every client application that connects to Oracle Integration,
including third-party applications, uses a TLS library that supports
one of the approved ciphers:

  ECDHE-RSA-AES128-GCM-SHA256
  ECDHE-RSA-AES256-GCM-SHA384

  1. Identify client applications that still negotiate one of the
     deprecated ciphers.
  2. Update their TLS configuration or libraries.
  3. Test the connections again after the update.

Clients that still use a deprecated cipher after
[[2028-07-24|%B {d}, %Y]] will no longer be able to connect.

For more information, see the Oracle Integration blog post "Use approved
TLS ciphers for integrating with Oracle Integration".

Oracle Cloud Operations
""")

# 34 ------------------------------------------------------------------------
add(src="https://docs.public.oneportal.content.oci.oraclecloud.com/en-us/iaas/Content/fusion-applications/maintenance-start-time-changes.htm",
    provider="Oracle Cloud", label="maintenance", orig="2024-11-01",
    target="2028-05-26", time="14:00", tz="+0000", deadline="2028-06-23",
    frm="Oracle Cloud <oraclecloudadmin_ww@oracle.com>",
    to="erp-admins@tidewater-utilities.example",
    subject="Change to the maintenance start time for your Oracle Fusion Cloud Applications environments",
    body="""
Oracle Fusion Cloud Applications

Dear Customer,

As part of our work to increase uptime and shorten maintenance downtime
for Fusion Applications Cloud Service, Oracle is adding more maintenance
windows. Because of this, we are changing the default maintenance start
time of your environments. The change applies to Quarterly Update,
Monthly and Exception maintenance.

Maintenance region: Americas
Current start time: Friday 21:00 CST/CDT
Additional start times: Saturday 00:00, Saturday 03:00 and Saturday
06:00 CST/CDT

Your environments and their new start time
  tidewater (Production)        Saturday 03:00 CDT
  tidewater-test (Non-Prod)     Saturday 00:00 CDT

Effective date: [[2028-06-23|%B {d}, %Y]]

After the effective date:
  * Environments on the Non-Production cadence will start maintenance
    at the time shown above following the first Friday of the month.
  * Environments on the Production cadence will start maintenance at
    the time shown above following the third Friday of the month.

Downtime for these environments will therefore begin later than it does
today. You do not need to do anything; the maintenance schedule in the
Oracle Cloud Console will show the new start times from the effective
date.

Regards,
Oracle Fusion Applications Operations
""")

# 35 ------------------------------------------------------------------------
add(src="https://github.com/MicrosoftDocs/azure-docs/issues/46017",
    provider="Microsoft Azure", label="billing", orig="2020-01-13",
    target="2028-05-27", time="10:30", tz="+0000", deadline="2028-06-06",
    frm="Microsoft Azure <azure-noreply@microsoft.com>",
    to="accounts-payable@northfield-robotics.example",
    subject="Action required: Your Azure subscription has a past due balance",
    body="""
Microsoft Azure

Your payment is past due

We couldn't collect payment for your Azure subscription, and the
balance is now past due.

Subscription name:  Northfield Robotics - Production
Subscription ID:    7c3e9a12-4b5d-4e8f-9a61-2f0d8c7b4e55
Amount past due:    USD 1,284.37
Payment method:     Mastercard ending in 7731 (declined)

To avoid an interruption of your services, settle the balance by
[[2028-06-06|%B {d}, %Y]]. If payment is not received by then, this
subscription will be disabled for non-payment. A disabled subscription
stops its running services, and resources cannot be created or changed
until the balance is paid.

How to pay
  1. Sign in to the Azure portal as the Account Administrator.
  2. Search for Cost Management + Billing and select the subscription.
  3. Select "Settle balance", choose a payment method or add a new
     card, and confirm the payment.

Only the Account Administrator can settle the balance. The card you
choose becomes the active payment method for all subscriptions that
used the declined card.

  [ Pay now ]

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 36 ------------------------------------------------------------------------
add(src="https://www.salesforce.com/blog/protecting-your-data-essential-actions-to-secure-experience-cloud-guest-user-access",
    provider="Salesforce", label="security-advisory", orig="2026-03-11",
    target="2028-05-28", time="22:05", tz="+0000", deadline="none",
    frm="Salesforce Security <security-alerts@salesforce.com>",
    to="sf-admin@larchmont-housing.example",
    subject="Security Advisory update: protect Experience Cloud guest user access",
    body="""
Salesforce Security Advisory
Originally sent [[2028-05-24|%B {d}, %Y]] - updated [[2028-05-28|%B {d}, %Y]]

Dear Salesforce Administrator,

Salesforce Security is seeing more threat actor activity aimed at
misconfigured public Experience Cloud sites. Our Cyber Security
Operations Center is tracking a campaign by a known group that uses a
modified version of the open-source Aura Inspector tool to scan
public-facing sites in bulk through the /s/sfsites/aura endpoint and
pull records that overly broad guest user settings expose.

This is not a vulnerability in the Salesforce platform. It relates to
guest user settings that customers configure. Since our first advisory,
the investigation has found further configurations that can expose
data, and we have added actions below.

Your org Larchmont Housing Trust (00D8a000004QrsTUV) has 2 active
Experience Cloud sites with guest access enabled.

Recommended actions
  1. On each site's guest user profile, turn off "API Enabled" and
     remove object permissions the site does not need.
  2. Set the external org-wide default to Private for every object and
     review guest user sharing rules.
  3. In site settings, turn off "Allow guest users to access public
     APIs" unless a page requires it.
  4. Run the Guest User Sharing Rule Access Report in Setup and confirm
     each entry is intended.
  5. Review site access logs for unusual volumes of Aura requests from
     unauthenticated users.

There is no evidence that your org has been accessed. If you find
activity you cannot explain, contact Salesforce Support.

Salesforce Security
""")

if __name__ == "__main__":
    main()
