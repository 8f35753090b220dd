#!/usr/bin/env python3
"""Generate validation batch g52: 36 labelled cloud-provider notices (February 2029).

Theme: large clouds other than AWS (Google Cloud / Google Workspace / Firebase,
Microsoft Azure / Microsoft 365 / Entra, Oracle Cloud, IBM Cloud, Alibaba Cloud
international).  4 Japanese, 2 German and 30 English notices, 3 of them phishing.
Standard library only, deterministic.  Writes set-g52.mbox, README.md and
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
import re
import sys
import urllib.parse
from email.headerregistry import Address
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "g52"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 2)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
CET = dt.timezone(dt.timedelta(hours=1))
PST = dt.timezone(dt.timedelta(hours=-8))

MC_REPO = "cengizyilmaz1/MS365MessageCenter"
MC_COMMIT = "50eb30b07630acb70d3b0e19cd00f9a6dce3e22d"
PP = "https://github.com/rf-peixoto/phishing_pot/blob/main/email/"


def mc(fname):
    """URL of one archived Microsoft 365 Message center post."""
    return "https://github.com/%s/blob/%s/%s" % (
        MC_REPO, MC_COMMIT, urllib.parse.quote("@data/archive/" + fname))


# --------------------------------------------------------------------------
# date formatting
JA_WD = "月火水木金土日"
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def fmts(key, d):
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    w = d.weekday()
    hour12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return {
        key + "_jp": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_jpw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, JA_WD[w]),
        key + "_md": "%d月%d日" % (d.month, d.day),
        key + "_mdw": "%d月%d日（%s）" % (d.month, d.day, JA_WD[w]),
        key + "_en": "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[d.month - 1], d.day, d.year),
        key + "_gb": "%d %s %d" % (d.day, EN_MON[d.month - 1], d.year),
        key + "_de": "%d. %s %d" % (d.day, DE_MON[d.month - 1], d.year),
        key + "_dew": "%s, %d. %s %d" % (DE_WD[w], d.day, DE_MON[d.month - 1], d.year),
        key + "_dedot": "%02d.%02d.%d" % (d.day, d.month, d.year),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_ymdhm": d.strftime("%Y-%m-%d %H:%M"),
        key + "_hm": d.strftime("%H:%M"),
        key + "_us": "%d/%d/%d %d:%02d %s" % (d.month, d.day, d.year, hour12, d.minute, ampm),
        key + "_rfc": d.strftime("%a, %d %b %Y %H:%M:%S") + (
            " " + d.strftime("%z") if d.tzinfo else ""),
    }


def month_offset(send):
    """Offset (whole weeks) that moves `send` into MONTH keeping the weekday."""
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


def add_business_days(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


def resolve_relative(date, rel):
    kind, n = rel
    base = date.date()
    if kind == "hours":
        return (date + dt.timedelta(hours=n)).date() if n % 24 else base + dt.timedelta(days=n // 24)
    if kind == "days":
        return base + dt.timedelta(days=n)
    if kind == "bdays":
        return add_business_days(base, n)
    raise ValueError(kind)


# --------------------------------------------------------------------------
# the notices
N = []


def notice(**kw):
    kw.setdefault("html", False)
    kw.setdefault("rel", None)
    N.append(kw)


# ======================= critical: abuse (4) =======================
notice(
    lang="en", label="abuse", phishing=False, provider="Google Cloud",
    url="https://github.com/pangeo-data/pangeo/issues/404",
    frm=("Google Cloud Platform", "google-cloud-compliance-noreply@google.com"),
    to="platform-admins@tidewater-geodata.example",
    subject="Action required: intrusion attempts from Google Cloud project lunar-seismic (id: lunar-seismic-204417)",
    dates={"sd": dt.datetime(2018, 9, 24, 9, 12, tzinfo=PST),
           "a1": dt.datetime(2018, 9, 21, 22, 8), "a2": dt.datetime(2018, 9, 21, 22, 10)},
    deadline=None,
    body="""Dear Developer,

Our systems have found that your Google Cloud project lunar-seismic
(id: lunar-seismic-204417) has been trying to get into machines that belong
to third parties.

What we observed:
  - Activity: port scanning of remote port 22
  - Source: Compute Engine VM gke-lunar-preempt-pool-7f31c2aa-x9q4 (us-central1-b),
    external address 203.0.113.84
  - Scope: more than 475 distinct target IP addresses
  - Time: {a1_ymdhm} to {a2_hm} (Pacific Time)

Please confirm that every connection your project makes to outside systems is
intended, and check whether the project has been taken over. If you think a
third party has gained access, put stronger security controls in place and
then rebuild the affected project from a known-good state.

Once the problem is fixed, let your Google account manager know. You can reply
to this message if you have questions.

Google Cloud Platform Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="Google Workspace", html=True,
    url="https://help.dover.com/en/articles/6229184-my-email-was-flagged-for-spam",
    frm=("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"),
    to="it-admin@brightmoor-talent.example",
    subject="Alert: User suspended for spamming",
    dates={"sd": dt.datetime(2022, 6, 14, 16, 20, tzinfo=UTC)},
    deadline=None,
    body="""Google Workspace

User suspended for spamming

A user in your organization has been suspended because the account sent a
large number of messages in a short time that look like spam.

  Domain:        brightmoor-talent.example
  User:          sourcing@brightmoor-talent.example
  Suspended at:  {sd_ymdhm} UTC
  Reason:        sudden spike in outgoing mail volume

While the suspension lasts, this user cannot send mail through Gmail. The
suspension is an internal protection measure and is not a change to your
domain's sending reputation.

As an administrator you can open the alert in the Alert center, review the
outgoing messages and restore the user once the sending is under control.

  View alert: https://admin.google.com/ac/ac/alerts

You are receiving this mandatory service announcement because you are an
administrator of brightmoor-talent.example.
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043""")

notice(
    lang="en", label="abuse", phishing=False, provider="Google Workspace",
    url="https://www.intelligencepartner.com/en/protecting-your-domains-email-reputation-from-smtp-relay-abuse-with-automatic-user-suspensions/",
    frm=("The G Suite Team", "gsuite-noreply@google.com"),
    to="postmaster@crestline-outfitters.example",
    subject="[Action required] SMTP relay abuse detected for users in crestline-outfitters.example",
    dates={"sd": dt.datetime(2019, 2, 12, 18, 3, tzinfo=UTC)},
    deadline="rel", rel=("hours", 24),
    body="""Dear Administrator,

We have detected that the following users in your domain are sending spam or
malicious messages through the G Suite SMTP relay service:

  - promo@crestline-outfitters.example   (approx. 41,200 messages)
  - store-alerts@crestline-outfitters.example   (approx. 9,800 messages)

The messages were relayed from 198.51.100.23 and 198.51.100.24, which are
listed as allowed addresses in your SMTP relay settings.

To protect your domain's reputation, please do the following:
  1. Find the system or device that submits mail for these users.
  2. Stop the unwanted mailings and secure the sending host.
  3. Restrict the SMTP relay setting to the addresses you actually use.

If we still see abusive mail from these users 24 hours after this notice, we
will automatically suspend their ability to send messages. You can re-enable
them later in the Admin console, but only after you have found and removed the
source of the spam.

Learn more: https://support.google.com/a/answer/2956491

Sincerely,
The G Suite Team""")

notice(
    lang="en", label="abuse", phishing=False, provider="IBM Cloud (SmartCloud Notes)",
    url="http://www-10.lotus.com/ldd/bhwiki.nsf/dx/What_happens_if_an_e-mail_account_is_hacked_or_compromised_and_used_for_sending_spam_messages",
    frm=("IBM SmartCloud Notes", "no-reply@notes.collabserv.com"),
    to="admin@marlowe-dental.example",
    subject="Important notice regarding your account",
    dates={"sd": dt.datetime(2016, 4, 19, 14, 5, tzinfo=UTC)},
    deadline=None,
    body="""Dear Account Administrator,

One of the mailboxes in your SmartCloud Notes organization has been suspended
because it appears to have been used to send spam.

  Organization:  Marlowe Dental Group (ID 20418873)
  Mailbox:       frontdesk@marlowe-dental.example
  Suspended:     {sd_ymdhm} UTC

We look at several signals to recognise accounts that send spam, among them
the number of bounce-back messages and the volume of complaints we receive
from recipients or of messages marked as spam. This mailbox exceeded those
limits during the last day.

The SmartCloud Notes team is now investigating whether the account was hacked
or otherwise compromised. Until that review is complete the mailbox cannot be
used. We recommend that you change the password of this user and check the
user's computer for malware.

If you have questions, open a service request and quote the mailbox name.

IBM SmartCloud Notes Support""")

# ======================= critical: security-incident (8) =======================
notice(
    lang="en", label="security-incident", phishing=False, provider="Google Workspace",
    url="https://www.suped.com/knowledge/email-deliverability/troubleshooting/why-was-my-google-workspace-email-sending-name-suspended-and-how-do-i-fix-it",
    frm=("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"),
    to="admins@larkspur-analytics.example",
    subject="Google Workspace alert",
    dates={"sd": dt.datetime(2024, 12, 17, 8, 41, tzinfo=UTC)},
    deadline=None,
    body="""Google Workspace

User suspended due to suspicious activity

Google has suspended a user in your organization because the account showed
signs of being used by someone other than its owner.

  User:      a.kowalczyk@larkspur-analytics.example
  Time:      {sd_ymdhm} UTC
  Activity:  bulk messages sent directly through Gmail to external recipients,
             after a sign-in from an unfamiliar location

What we recommend:
  - Treat the account as compromised until you have checked it.
  - Run a security review of every computer and phone that has signed in to
    this account, and of any third-party tools connected to it.
  - Reset the password and the recovery options before you reactivate the user.

Reactivating the user without removing the cause usually leads to another
suspension and can affect how Gmail treats mail from your domain.

  Review the alert: https://admin.google.com/ac/ac/alerts

You received this mandatory email because you are an administrator of
larkspur-analytics.example.""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Microsoft",
    url="https://www.enigmasoftware.com/microsofts-battle-russian-hackers-continues-alerts-sent-customers-midnight-blizzard-hack-email-theft/",
    frm=("Microsoft", "mbsupport@microsoft.com"),
    to="tenant-admin@pinecrest-biotech.example",
    subject="Important security notification for your organization",
    dates={"sd": dt.datetime(2024, 6, 27, 21, 10, tzinfo=UTC)},
    deadline=None,
    body="""This notification concerns the earlier attack against Microsoft by the threat
actor known as Midnight Blizzard.

You are receiving it because emails were exchanged between Microsoft and
accounts in your organization, Pinecrest Biotech, and those emails were
accessed by Midnight Blizzard during its attack on Microsoft's corporate
email systems.

In line with our commitment to transparency we are sharing these emails with
you proactively. We have built a dedicated secure system through which
approved members of your organization can review the exfiltrated emails
exchanged between Microsoft and your company.

To start the review, an approved contact must sign in at the link below with
the reference number of this notification:

  Secure review portal: https://purviewcustomer.powerappsportals.com/
  Reference: MB-2206-48317

The actor has been observed trying to use secrets shared in email for further
attacks. If any of the emails contain credentials, keys or similar secrets,
treat them as exposed.

Microsoft Incident Response""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Google Workspace (G Suite)",
    url="https://gadgets360.com/internet/news/google-apologises-for-saving-some-g-suite-passwords-in-plain-text-for-over-a-decade-2041061",
    frm=("The G Suite Team", "gsuite-noreply@google.com"),
    to="superadmin@holloway-legal.example",
    subject="Important information about your G Suite account",
    dates={"sd": dt.datetime(2019, 5, 21, 17, 30, tzinfo=UTC)},
    deadline=None,
    body="""Dear G Suite Administrator,

We are contacting you about a password storage issue that affects some users
in your domain, holloway-legal.example.

Our policy is to store user passwords only as cryptographic hashes. We found
that for a subset of enterprise customers some passwords were kept unhashed
in our encrypted internal systems:

  - Since 2005, passwords that an administrator set or recovered for a user
    in the Admin console were stored in this form. The password recovery
    feature that caused this is no longer available.
  - From January 2019, while troubleshooting new sign-up flows, a further set
    of unhashed passwords was stored for at most 14 days.

Both issues are fixed. The passwords never left our secure encrypted
infrastructure and we have found no sign of improper access or misuse.

Users in your domain affected: 14. The affected accounts are listed in the
Admin console.

We ask you to have these users change their passwords. We apologise to you
and your users; this did not meet our own standard or yours.

The G Suite Team""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="Google",
    url="https://50it.jeez.jp/archives/8621",
    frm=("Google", "no-reply@accounts.google.com"),
    to="t.morishita@kawabe-shoji.example",
    subject="お客様の情報に関するセキュリティ通知",
    dates={"sd": dt.datetime(2025, 11, 6, 10, 0, tzinfo=JST),
           "e1": dt.date(2025, 10, 19), "e2": dt.date(2025, 10, 22)},
    deadline=None,
    body="""森下 様

Google ヘルプセンターに関連するセキュリティ上の事案について、
お客様の情報が含まれる可能性があるためご連絡いたします。

■ 発生した事象
{e1_jp}から{e2_md}までの間、Google ヘルプセンターのシステムで
アクセス制御の設定に誤りがあり、本来は権限のない者が
お問い合わせ情報の一部を閲覧できる状態になっていました。
外部からの不正侵入によるものではなく、設定はすでに修正済みです。

■ 影響を受けた可能性のある情報
過去にヘルプセンターからお問い合わせいただいた際の
・お名前
・電話番号
・メールアドレス
のいずれか。パスワードやお支払い情報は含まれていません。

■ お客様へのお願い
この情報を悪用したフィッシングメールや不審な電話にご注意ください。
Google がメールや電話でパスワードや確認コードを尋ねることはありません。
アカウントの状態は https://myaccount.google.com/security-checkup で確認できます。

ご心配とご迷惑をおかけしておりますことを、深くお詫び申し上げます。

Google アカウント チーム""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Firebase",
    url="https://github.com/saalikmubeen/whatsApp-lite/issues/2",
    frm=("Firebase", "firebase-noreply@google.com"),
    to="dev-team@quillmate-app.example",
    subject="[Firebase] Your Realtime Database 'quillmate-chat-7c1e' has insecure rules",
    dates={"sd": dt.datetime(2024, 1, 28, 6, 15, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

We regularly check the Security Rules of the databases in your Firebase
projects. Project quillmate-chat (id: quillmate-chat-7c1e) has a Realtime
Database whose rules are set so that anyone on the internet can read from and
write to it:

  {{
    "rules": {{ ".read": true, ".write": true }}
  }}

With rules like these, your data is exposed: anyone who knows the database
URL can copy, change or delete it, and can run expensive operations that are
billed to your project.

We recommend that you restrict access, for example to signed-in users, and
limit each user to their own data. You can edit and test the rules here:

  https://console.firebase.google.com/project/quillmate-chat-7c1e/database/rules

Learn more about writing secure rules:
  https://firebase.google.com/docs/database/security

The Firebase Team""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Google Workspace (G Suite)", html=True,
    url="https://support.google.com/a/answer/9104585",
    frm=("G Suite Alerts", "google-workspace-alerts-noreply@google.com"),
    to="security@fernhill-logistics.example",
    subject="Alert: Device compromised",
    dates={"sd": dt.datetime(2020, 3, 5, 11, 52, tzinfo=UTC)},
    deadline=None,
    body="""G Suite

Device compromised

A mobile device in your domain has entered a compromised state.

  Alert time:    {sd_ymdhm} UTC
  Device owner:  r.osei@fernhill-logistics.example
  Device:        iPhone 11 (iOS 13.3.1)
  Device ID:     7d42a1c9e0b3
  Reason:        the device appears to be jailbroken

A device is treated as compromised when it has been rooted or jailbroken, or
when its state changes in an unusual way. Corporate mail, files and calendar
data synced to this device may be accessible to other software on it.

On the alert details page you can start an investigation and, for example,
block the device or wipe the account from it.

  Open the alert center: https://admin.google.com/ac/ac/alerts

You are receiving this email because you are subscribed to device alerts for
fernhill-logistics.example.""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Google Workspace",
    url="https://help.newharbor.co/en/articles/13951161-monitor-compromised-passwords-in-google-workspace",
    frm=("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"),
    to="secops@oakridge-ventures.example",
    subject="Alert: Leaked password",
    dates={"sd": dt.datetime(2025, 11, 18, 13, 27, tzinfo=UTC)},
    deadline=None,
    body="""Google Workspace

Leaked password

The password of a user in your organization has been found in a known data
breach outside Google.

  User:         m.delacroix@oakridge-ventures.example
  Detected:     {sd_ymdhm} UTC
  Rule:         Leaked password (system defined)

Anyone who has this password can try to sign in to the user's account,
including email, Drive files and connected apps.

We recommend that you:
  - require the user to change the password at the next sign-in,
  - look at the user's recent sign-in activity for unknown locations,
  - check for new mail forwarding rules and newly authorised apps, and
  - turn on 2-Step Verification for the user if it is not already on.

  View alert details: https://admin.google.com/ac/ac/alerts

You are receiving this email because you are listed as a recipient for the
Leaked password rule in oakridge-ventures.example.""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Microsoft Entra (Azure AD)",
    url="https://github.com/MicrosoftDocs/azure-docs/issues/115201",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="ops-lead@harborline-freight.example",
    subject="Azure AD Identity Protection Weekly Digest",
    dates={"sd": dt.datetime(2023, 9, 25, 7, 2, tzinfo=UTC),
           "w1": dt.date(2023, 9, 18), "w2": dt.date(2023, 9, 24)},
    deadline=None,
    body="""Azure AD Identity Protection

Weekly digest for {w1_en} to {w2_en}

Identity Protection detected the following in your organization:

  New users flagged at risk:      3
  New risky sign-ins:             7 (2 high, 5 medium)
  Users with leaked credentials:  1

Top users at risk:
  - j.farrell@harborline-freight.example     High     Password spray
  - c.nakamura@harborline-freight.example    Medium   Unfamiliar sign-in properties
  - ops-svc@harborline-freight.example       Medium   Leaked credentials

Users at risk may have had their account taken over. Review them and confirm
or dismiss the risk, reset passwords where needed and require multifactor
authentication for risky sign-ins.

  View users at risk: https://portal.azure.com/#view/Microsoft_AAD_IAM/IdentityProtectionMenuBlade

You are receiving this email because you are a member of a role that receives
Identity Protection notifications. To change who gets this digest, go to
Identity Protection > Weekly digest.""")

# ======================= phishing (3) =======================
notice(
    lang="en", label="action-required", phishing=True, provider="Microsoft (impersonated)", html=True,
    url=PP + "sample-3964.eml",
    frm=("Microsoft Law", "noreply@ms-agreement-center.example"),
    to="j.whitcombe@ashgrove-media.example",
    subject="You have an updated user agreement",
    dates={"sd": dt.datetime(2024, 9, 10, 17, 28, 5, tzinfo=UTC),
           "lim": dt.date(2024, 9, 15)},
    deadline="lim",
    body="""Your latest user agreement

Hello j.whitcombe@ashgrove-media.example,

We are writing to tell you about an important change to our User Agreement.
You must read and accept the new version by {lim_enw} to keep using our
services without interruption.

If you have not updated your User Agreement by that date, you will lose
access to your account and will not be able to continue using our service.
Please complete this step as soon as you can to avoid any disruption.

  [ Update agreement ]
  https://ms-agreement-center.example/accept?u=j.whitcombe

For your security the update link stops working after 48 hours. After that,
contact our help centre about your agreement.

Regards,
The Agreement Team

Dates are shown in Coordinated Universal Time.
(c) 2024 All Rights Reserved.""")

notice(
    lang="en", label="security-incident", phishing=True, provider="Microsoft (impersonated)",
    url=PP + "sample-2429.eml",
    frm=("Microsoft account team", "k3vq8@mail-notice-7r2.example"),
    to="harriet.lund@outlook.example",
    subject="Microsoft account unusual signin activity",
    dates={"sd": dt.datetime(2023, 12, 31, 5, 37, 58, tzinfo=UTC)},
    deadline=None,
    body="""Microsoft account

Unusual sign.in activity

We noticed something unusual about a recent sign-in to the Microsoft account
harriet.lund@outlook.example.

Sign-in details
  Country/region:  Russia/Moscow
  IP address:      203.0.113.255
  Date:            {sd_rfc}
  Platform:        Windows 10
  Browser:         Firefox

Someone in Russia/Moscow has just signed in to your account from a new device.
If this wasn't you, please report the user. If it was you, we will trust
similar activity from now on.

  [ Report The User ]  mailto:secure-report@mail-notice-7r2.example

To opt out or change where you receive security notifications, click here.

Thanks,
The Microsoft account team""")

notice(
    lang="en", label="action-required", phishing=True, provider="Microsoft 365 (impersonated)",
    url=PP + "sample-5092.eml",
    frm=("Microsoft Drive", "support@storage-quota-alert.example"),
    to="finance@redfern-builders.example",
    subject="Your Mailbox is Full",
    dates={"sd": dt.datetime(2025, 3, 27, 20, 4, 17, tzinfo=UTC),
           "lim": dt.date(2025, 3, 28)},
    deadline="lim",
    body="""Dear finance@redfern-builders.example

This is to let you know that your email account has reached its maximum
storage capacity. Until enough space is freed you will not be able to receive
new messages.

  [ Take action ]
  https://storage-quota-alert.example/m365/upgrade?id=finance

We strongly advise you to deal with this by {lim_iso} to avoid interruptions
to your work. Thank you for your prompt attention to this matter.

The link will expire in two weeks. To get a new notification link, request it
from Settings > Storage.

Thank you,
The Storage Team

Privacy Statement""")

# ======================= action-required (9) =======================
notice(
    lang="ja", label="action-required", phishing=False, provider="Google Workspace",
    url="https://www.dontokoiapps.com/information/early-access%E3%82%A2%E3%83%97%E3%83%AA%E3%81%AE%E3%83%9D%E3%83%AA%E3%82%B7%E3%83%BC%E5%A4%89%E6%9B%B4%E3%81%AB%E9%96%A2%E3%81%99%E3%82%8B%E9%87%8D%E8%A6%81%E3%81%AA%E3%81%8A%E7%9F%A5%E3%82%89",
    frm=("Google Workspace", "workspace-noreply@google.com"),
    to="admin@shirakaba-design.example",
    subject="【ご対応のお願い】早期アクセスアプリのポリシー変更について（{eff_jp}適用）",
    dates={"sd": dt.datetime(2024, 7, 16, 9, 30, tzinfo=JST), "eff": dt.date(2024, 7, 30)},
    deadline="eff",
    body="""Google Workspace 管理者様

いつも Google Workspace をご利用いただきありがとうございます。
早期アクセスアプリが「その他の Google サービス」に移行する際の
取り扱いを変更いたしますので、お知らせいたします。

■ 変更内容
これまでは、早期アクセスアプリが追加サービスに移行すると、
管理コンソールの「新しいサービス」の設定に応じて自動的に
オンまたはオフになっていました（早期アクセスアプリの設定が
「全員に対してオン」でも同様です）。

{eff_jp}以降は、早期アクセスアプリの設定がオンであれば、
移行後もアクセスは失われません。両方の設定がオフの場合に限り
無効になります。

■ 主な影響
同日、Google AI Studio が早期アクセスアプリから
「その他の Google サービス」に移行します。

■ 管理者の方へのお願い
AI Studio を引き続き利用する組織部門・グループについて、
{eff_mdw}までに両方の設定を確認してください。
設定は組織部門またはグループ単位で変更できます。

■ エンドユーザーの対応
エンドユーザーの方に必要な操作はありません。

Google Workspace チーム""")

notice(
    lang="de", label="action-required", phishing=False, provider="Google Workspace (G Suite legacy)",
    url="https://www.computerworld.ch/software/cloud/nutzer-gratis-g-suite-zu-kostenpflichtigem-workspace-wechseln-2737682.html",
    frm=("Google Workspace", "workspace-noreply@google.com"),
    to="admin@familie-brunner.example",
    subject="Handlungsbedarf: Ihre alte kostenlose Version der G Suite wird eingestellt",
    dates={"sd": dt.datetime(2022, 1, 19, 16, 45, tzinfo=CET),
           "up": dt.date(2022, 5, 1), "end": dt.date(2022, 7, 1)},
    deadline="up",
    body="""Sehr geehrte G Suite-Administratorin, sehr geehrter G Suite-Administrator,

die alte kostenlose Version der G Suite (legacy free), die Sie für die Domain
familie-brunner.example verwenden, steht ab dem {end_de} nicht mehr zur
Verfügung. Wenn Sie die zugehörigen Dienste und Konten weiter nutzen möchten,
ist ein Upgrade auf Google Workspace erforderlich.

Wir haben dieses Angebot vor 16 Jahren als Google Apps für Unternehmen und
Bildungseinrichtungen eingeführt und 2012 für neue Kunden eingestellt. Jetzt
stellen wir alle verbleibenden Konten auf ein kostenpflichtiges Google
Workspace-Abo um.

Was Sie tun müssen:
  - Wählen Sie bis zum {up_de} in der Admin-Konsole eine Google Workspace-
    Version aus. Sie können in den ersten Monaten weiterhin kostenlos nutzen.
  - Wenn Sie bis dahin nichts unternehmen, stellen wir Ihr Konto automatisch
    auf ein passendes kostenpflichtiges Abo um.
  - Hinterlegen Sie Zahlungsinformationen. Fehlen diese am {end_de}, wird
    das Abo gesperrt.

Antworten auf häufige Fragen finden Sie hier:
https://support.google.com/a/answer/60217

Mit freundlichen Grüßen
Ihr Google Workspace-Team""")

notice(
    lang="de", label="action-required", phishing=False, provider="Microsoft (Microsoft-Konto)",
    url="https://www.drwindows.de/news/falsche-echte-e-mails-von-microsoft-warnen-vor-schliessung-des-kontos-wegen-inaktivitaet",
    frm=("Microsoft-Kontoteam", "account-security-noreply@accountprotection.microsoft.com"),
    to="ma.keller@outlook.example",
    subject="Sicherheitsbenachrichtigung für Microsoft-Konto",
    dates={"sd": dt.datetime(2023, 3, 14, 10, 22, tzinfo=CET), "close": dt.date(2023, 3, 27)},
    deadline="close",
    body="""Microsoft-Konto

Ihr Konto wird am {close_dedot} geschlossen

Sehr geehrte(r) Markus,

Ihr Konto ma**r@outlook.example soll wegen Inaktivität am {close_dedot}
geschlossen werden. Nach der Schließung wird das Konto gemäß dem
Microsoft-Servicevertrag gelöscht.

Wenn Sie Ihr Konto weiter nutzen möchten, melden Sie sich einfach bis zum
{close_dedot} erneut an. Dann bleiben alle Ihre Dateien, Daten und
Informationen unverändert erhalten.

Weitere Informationen finden Sie unter
https://go.microsoft.com/fwlink/?linkid=2153806

Mit freundlichen Grüßen
Ihr Microsoft-Kontoteam

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft 365 (Teams)", html=True,
    url=mc("MCMC1059667.json"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="m365-admins@copperfield-schools.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2025, 4, 21, 23, 37, tzinfo=UTC),
           "act": dt.date(2025, 6, 30), "off": dt.date(2025, 7, 1)},
    deadline="act",
    body="""Microsoft 365 Message center

Action required: Classic Microsoft Teams end of availability starts {off_en}
MC1059667 | Microsoft Teams | Plan for change | Act by: {act_en}

Starting {off_en}, classic Microsoft Teams on Windows and Mac desktops can no
longer be used. To keep working without interruption, your users must move to
the new Teams app or use Teams on the web at https://teams.microsoft.com.

How this will affect your organization:
Users who still open classic Teams will see a blocking message. They cannot
dismiss it and cannot use the classic desktop app any more.

What you need to do to prepare:
  - Run the pre-installation script to find Windows devices that still need
    new Teams or run an operating system that new Teams does not support.
  - Upgrade the remaining users to new Teams as soon as possible.
  - Check the prerequisites for new Teams on Windows and Mac.

Earlier posts on this topic: MC783985, MC791446, MC791445.

View this post in the Microsoft 365 admin center:
https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC1059667

You are receiving this email because you opted in to major update emails.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft 365 (Exchange Online)", html=True,
    url=mc("MC718754.json"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="exchange-admins@veldt-insurance.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2024, 11, 8, 19, 14, tzinfo=UTC), "act": dt.date(2025, 1, 31)},
    deadline="act",
    body="""Microsoft 365 Message center

(Updated) Retirement of RBAC Application Impersonation in Exchange Online
MC718754 | Exchange Online | Plan for change | Act by: {act_en}

Updated {sd_en}: the removal date in February 2025 is getting close. Please
follow the guidance in this post now and make sure no application in your
tenant still relies on this feature; apps that are not updated will stop
working once it is removed.

We are retiring the ApplicationImpersonation role-based access control (RBAC)
role in Exchange Online. The retirement started in September 2024, when we
began blocking new assignments of the role, and in February 2025 the role and
its features will be removed.

How this will affect your organization:
This role is often used with Exchange Web Services (EWS) to let one account
reach many mailboxes. After the change, every app needs its own app
registration, Application (not Delegated) permissions and a secure credential.
An app granted the full_access_as_app Application permission keeps the same
level of mailbox access.

What you need to do to prepare:
Review which accounts and apps hold the ApplicationImpersonation role and
move them to the supported model.

More information: https://aka.ms/applicationimpersonationdeprecation""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Intune",
    url=mc("MC964310.json"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="endpoint-team@glenmore-retail.example",
    subject="Take Action: Update network endpoints for Win32 apps and PowerShell scripts by {act_en}",
    dates={"sd": dt.datetime(2024, 12, 23, 17, 44, tzinfo=UTC), "act": dt.date(2024, 12, 27)},
    deadline="act",
    body="""Microsoft 365 Message center

MC964310 | Microsoft Intune | Prevent or fix issues | Act by: {act_en}

Because the Edgeio CDN is being retired, the CDN endpoints that Intune uses to
deliver Win32 apps and PowerShell scripts will change on {act_en}. The new
endpoints for each tenant location are listed in "Network requirements for
PowerShell scripts and Win32 apps".

How this will affect your organization:
If you deploy Win32 apps or PowerShell scripts with Intune and your devices
cannot reach the new endpoints, app installations will fail for your users and
scripts will not run.

What you need to do to prepare:
Add the new CDN endpoints for your location to your firewall and proxy rules
before {act_en}.
  Windows: https://learn.microsoft.com/mem/intune/fundamentals/intune-endpoints#network-requirements-for-powershell-scripts-and-win32-apps
  macOS:   https://learn.microsoft.com/mem/intune/fundamentals/intune-endpoints#network-requirements-for-macos-app-and-script-deployments

View this post in the Microsoft 365 admin center:
https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC964310""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft 365 (Exchange Online)", html=True,
    url=mc("MCMC1048624.json"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="messaging@sandpiper-hotels.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2025, 4, 4, 23, 12, tzinfo=UTC),
           "act": dt.date(2025, 7, 1), "done": dt.date(2025, 8, 1)},
    deadline="act",
    body="""Microsoft 365 Message center

DNS Provisioning Change
MC1048624 | Exchange Online | Plan for change | Act by: {act_en}

We are changing how A records are provisioned for Accepted Domains that are
added after {act_en}. Between {act_en} and {done_en} we will gradually move
the A records of all new Accepted Domains into new subdomains under
mx.microsoft. The goal is to make it easier to adopt DNSSEC over time.

How this will affect your organization:
After {done_en}, every new Accepted Domain gets its A records under
mx.microsoft. If the new domain is not signed with DNSSEC, resolution works as
before. If it is signed, DNSSEC automatically extends to the mx.microsoft
record; problems can be solved by turning DNSSEC off for that domain at your
DNS provider.

What you need to do to prepare:
If you have automation, for example in domain set-up workflows, that expects
A records for new Accepted Domains under mail.protection.outlook.com, update
it by {act_en} to read the records from the Microsoft Graph API
serviceConfigurationRecords list instead.

View this post in the Microsoft 365 admin center:
https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC1048624""")

notice(
    lang="en", label="action-required", phishing=False, provider="Google Cloud",
    url="https://cloud.google.com/life-sciences/docs/deprecations",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="genomics-platform@ridgeview-health.example",
    subject="[Action Required] Cloud Life Sciences will be shut down on {off_en}",
    dates={"sd": dt.datetime(2023, 7, 17, 9, 0, tzinfo=PST), "off": dt.date(2025, 7, 8)},
    deadline="off",
    body="""Hello Google Cloud customer,

We're writing to let you know that Cloud Life Sciences (formerly Google
Genomics) is deprecated as of {sd_en} and will be shut down on {off_en}.

You are receiving this message because the following project used the Cloud
Life Sciences API in the last 90 days:
  - ridgeview-variant-calling (project number 482119306625)

What you need to do
Move your pipelines to Batch, which supports the same use cases as Cloud
Life Sciences, before {off_en}. After that date, calls to the Cloud Life
Sciences API will fail and running pipelines will stop.

Under the Google Cloud Terms of Service (section 1.4(d), Discontinuation of
Services), the service stays available until the shutdown date, but it will
not receive new features.

Migration guide:
https://cloud.google.com/batch/docs/migrate-to-batch-from-cloud-life-sciences

Thanks for choosing Google Cloud.
- The Google Cloud Team""")

notice(
    lang="en", label="action-required", phishing=False, provider="Google Cloud",
    url="https://docs.cloud.google.com/endpoints/docs/deprecations",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="api-team@marrowgate-payments.example",
    subject="[Action Required] Cloud Endpoints Portal is deprecated and will be shut down on {off_en}",
    dates={"sd": dt.datetime(2022, 3, 21, 10, 30, tzinfo=PST), "off": dt.date(2023, 3, 21)},
    deadline="off",
    body="""Hello Google Cloud customer,

We are deprecating Cloud Endpoints Portal effective {sd_en}. The Portal
will be shut down on {off_en}.

Why you are receiving this
Your project marrowgate-public-api (project number 90317745862) has a
developer portal created with Cloud Endpoints Portal:
  https://endpointsportal.marrowgate-public-api.cloud.goog

What happens next
  - Until {off_en}, the portal keeps working but gets no new features.
  - On {off_en}, the portal and its custom domain settings are removed.
    Your Cloud Endpoints APIs themselves are not affected.

What you need to do
Publish your API documentation somewhere else before {off_en}, for example
with Apigee's integrated developer portal or a site that you host yourself.

See the Endpoints deprecation page for details:
https://cloud.google.com/endpoints/docs/deprecations

- The Google Cloud Team""")

# ======================= maintenance (3) =======================
notice(
    lang="en", label="maintenance", phishing=False, provider="Microsoft 365 (Teams devices)",
    url=mc("MC898390.json"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="av-support@lindqvist-partners.example",
    subject="Planned maintenance for certified Teams Android devices: Company Portal update",
    dates={"sd": dt.datetime(2024, 9, 26, 0, 40, tzinfo=UTC), "risk": dt.date(2025, 7, 1)},
    deadline=None,
    body="""Microsoft 365 Message center

MC898390 | Microsoft Teams | Stay informed

If your organization has no Teams Android devices, you can ignore this message.

Planned maintenance: we will automatically update all certified and supported
Teams Android devices to Company Portal version 5.0.6152.0.

Upcoming changes to Microsoft infrastructure affect Teams Android devices
(Teams Rooms on Android, Teams phones, displays and panels) that run old
firmware. Devices with a Company Portal older than 5.0.6061.0 may be signed
out or become unstable from {risk_en}.

When will these updates happen:
The automatic updates start rolling out in mid-October 2024 and continue until
late December 2024. Because this update is critical, it includes firmware,
the Teams app and the Company Portal app, and will be applied at an
accelerated pace, so your configured update phases may not be followed.
Devices on very old versions may receive several updates in a row.

What you can do:
Export your device inventory from Teams admin center > Teams devices to see
the Company Portal version of each device. You can update devices yourself
earlier through the admin center if you prefer.

View this post in the Microsoft 365 admin center:
https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC898390""")

notice(
    lang="en", label="maintenance", phishing=False, provider="Oracle Cloud (Fusion Applications)",
    url="https://docs.oracle.com/en-us/iaas/Content/fusion-applications/about-notifications.htm",
    frm=("Oracle Cloud Infrastructure", "noreply@notification.us-ashburn-1.oci.oraclecloud.com"),
    to="erp-admins@westbrook-manufacturing.example",
    subject="Scheduled maintenance: Fusion environment WBMFG-PROD in 1 week",
    dates={"sd": dt.datetime(2024, 3, 8, 18, 0, tzinfo=UTC),
           "w1": dt.datetime(2024, 3, 15, 22, 0, tzinfo=UTC),
           "w2": dt.datetime(2024, 3, 16, 10, 0, tzinfo=UTC)},
    deadline="w1",
    body="""Oracle Cloud Infrastructure Announcement

Type:          Scheduled maintenance
Service:       Fusion Applications
Environment:   WBMFG-PROD (environment family: westbrook-fusion)
Tenancy:       westbrookmfg

This is the one-week reminder for the next scheduled maintenance of your
Fusion Applications environment.

Maintenance window (UTC):
  Start: {w1_enw}, {w1_hm}
  End:   {w2_enw}, {w2_hm}

During the window the environment is unavailable to users and integrations.
The quarterly update will be applied to the environment.

We notify you one month and one week before each maintenance event, and again
if a window is extended, rescheduled or cancelled. You can see past
notifications for your tenancy at any time in the Console under Announcements.

To manage who receives these messages, subscribe your team's address to
Announcements in the Oracle Cloud Console.

Oracle Cloud Infrastructure""")

notice(
    lang="en", label="maintenance", phishing=False, provider="Oracle Cloud Infrastructure",
    url="https://docs.cloud.oracle.com/en-us/iaas/Content/Compute/Tasks/edit-maintenance-recovery-action.htm",
    frm=("Oracle Cloud Infrastructure", "noreply@notification.eu-frankfurt-1.oci.oraclecloud.com"),
    to="infra@kestrel-energy.example",
    subject="OCI Compute: reboot migration scheduled for instance kes-app-02",
    dates={"sd": dt.datetime(2024, 5, 6, 8, 15, tzinfo=UTC),
           "due": dt.datetime(2024, 5, 20, 9, 0, tzinfo=UTC)},
    deadline="due",
    body="""Oracle Cloud Infrastructure Announcement

Type:      Scheduled maintenance
Service:   Compute
Region:    eu-frankfurt-1
Instance:  kes-app-02 (ocid1.instance.oc1.eu-frankfurt-1.anthljrt5x2vq7exampleuniqueid)

The physical host of this virtual machine needs planned maintenance. The
instance is configured not to be live migrated, so it will be reboot migrated
to a healthy host instead.

Maintenance due: {due_enw}, {due_hm} UTC

What happens:
At the due time the instance is stopped, moved to a healthy host and started
again. Expect a short downtime. By default the instance returns to the same
lifecycle state it had before the maintenance.

Optional:
You can choose when the downtime happens by reboot migrating the instance
yourself in the Console (Instance details > Reboot migrate) at any time before
the due date. If you do nothing, Oracle performs the migration at the due time.

Oracle Cloud Infrastructure""")

# ======================= pricing (2) =======================
notice(
    lang="ja", label="pricing", phishing=False, provider="Google Cloud",
    url="https://cloud-ace.jp/column/detail304",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="infra@hoshino-logistics.example",
    subject="【重要】Google Cloud の料金改定に関するお知らせ（{eff_jp}適用）",
    dates={"sd": dt.datetime(2022, 3, 15, 10, 0, tzinfo=JST), "eff": dt.date(2022, 10, 1)},
    deadline="eff",
    body="""Google Cloud をご利用のお客様

平素より Google Cloud をご利用いただき、誠にありがとうございます。
インフラストラクチャ サービスの料金を改定いたしますので、お知らせいたします。
改定後の料金は {eff_jp} から適用されます。

■ 主な変更点
・Cloud Storage：マルチリージョンおよびデュアルリージョンに保存する
  Nearline と Coldline の保存料金を引き上げます。
  Archive クラスの保存料金は引き下げます。
・Cloud Storage：一部のオペレーション料金とネットワーク料金を見直します。
・ロード バランシング、Cloud Ops Monitoring の料金も改定対象です。

■ 影響を受けないお客様
変動割引または固定割引が適用された既存の契約をお持ちのお客様は、
契約が更新されるまで今回の改定の対象外となります。

■ お客様へのお願い
料金は現在お使いのリソースにも {eff_md} から適用されます。
請求レポートでストレージ クラスとロケーション別の使用量をご確認のうえ、
必要に応じてライフサイクル ルールの見直しをご検討ください。

詳細: https://cloud.google.com/storage/pricing-announce

Google Cloud チーム""")

notice(
    lang="en", label="pricing", phishing=False, provider="Microsoft Purview",
    url=mc("MC917743.json"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="compliance-admins@ardent-pharma.example",
    subject="(Updated) Microsoft Purview | Insider Risk Management: New pay-as-you-go model for cloud storage apps, cloud services, and Microsoft Fabric",
    dates={"sd": dt.datetime(2024, 11, 14, 22, 5, tzinfo=UTC), "bill": dt.date(2025, 1, 6)},
    deadline="bill",
    body="""Microsoft 365 Message center

MC917743 | Microsoft Purview | Plan for change

Updated {sd_en}: the rollout timeline below has changed.

Insider Risk Management indicators that detect activity in cloud storage apps
(Box, Dropbox, Google Drive), cloud services (AWS, Azure) and Microsoft Fabric
(Power BI) are moving from a free public preview (MC716005) to a
pay-as-you-go pricing model, still in public preview.

When this will happen:
Rollout begins in early January 2025 (previously early November) and should
finish by late January 2025.

How this will affect your organization:
Starting {bill_en} (previously November 1), you will be billed for the number of
user activities that Insider Risk Management processes for these indicators.
To keep using them, link an Azure subscription to Microsoft Purview so that
billing can be enabled.

What you need to do to prepare:
Admins with the right permissions can turn on pay-as-you-go features in
Microsoft Purview and opt in to these indicators in Insider Risk Management
settings in the new Purview portal.

View this post in the Microsoft 365 admin center:
https://admin.microsoft.com/AdminPortal/home#/MessageCenter/:/messages/MC917743""")

# ======================= billing (3) =======================
notice(
    lang="en", label="billing", phishing=False, provider="Microsoft 365",
    url=mc("MC907107.json"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="billing-admin@kittering-studio.example",
    subject="We're making some changes to our billing periods for products purchased per seat",
    dates={"sd": dt.datetime(2024, 10, 8, 23, 3, tzinfo=UTC)},
    deadline=None,
    body="""Microsoft 365 Message center

MC907107 | Microsoft 365 suite | Stay informed

We are changing the billing periods for products bought per seat. This only
affects you if you are a new customer or an existing customer whose invoice
numbers start with "G".

In late October 2024 we will extend to all other regions the change that was
rolled out in Asia Pacific earlier this year. For new subscription purchases
you will be invoiced on the day after the subscription start date, instead of
on a fixed date in the following month. Recurring subscriptions (monthly or
annual) will be invoiced on the day after each anniversary date.

While billing moves from arrears to upfront, you may receive two invoices for
the same subscription in one month. They cover different charge dates, which
you can find under "Charge details" on page two of each invoice. If you buy
new subscriptions on several days in a month, you will get several invoices.

The billing period on page one of the invoice shows when the charges accrued:
a single day for new purchases and renewals, and the previous month for
changes to existing subscriptions.

To see the billing timing of each subscription, open Your products in the
admin center and add the "Next invoice available" column if it is hidden.""")

notice(
    lang="ja", label="billing", phishing=False, provider="Google Cloud",
    url="https://cloud.google.com/docs/cuds-multiprice?hl=ja",
    frm=("Google Cloud Billing", "billing-noreply@google.com"),
    to="finops@minato-gaming.example",
    subject="【お知らせ】Google Cloud のお支払いに関する重要なお知らせ",
    dates={"sd": dt.datetime(2025, 10, 21, 9, 0, tzinfo=JST), "eff": dt.date(2026, 1, 21)},
    deadline=None,
    body="""Google Cloud をご利用のお客様

費用ベースの確約利用割引（CUD）プログラムを改善し、対象を拡大します。
この変更は {eff_jp} から、請求先アカウント 01A2B3-C4D5E6-F7A8B9 に
自動的に適用されます。

■ 変更の概要
・請求の簡素化：CUD による節約額を、費用を相殺するクレジットではなく
  割引後の料金として表示します。
・対象プロダクトの拡大：一部のプロダクトが新たに CUD の対象になります。
・SKU の簡素化：既存の CUD 料金 SKU を、単価 $1 の新しい SKU に置き換えます。
・[お支払い] 画面の改善：CUD の費用を管理しやすい表示に変わります。
・購入時の確約金額は、オンデマンド料金ではなく割引後の金額で指定します。

■ お客様への影響
これらの変更によって、お客様の費用の総額が増えることはありません。
ただし、請求データのエクスポートや BigQuery でのレポートで
CUD のクレジット行を参照している場合は、表示の変化にご注意ください。

詳細は「費用ベースの CUD プログラムの改善」をご覧ください。
https://cloud.google.com/docs/cuds-multiprice

Google Cloud Billing チーム""")

notice(
    lang="en", label="billing", phishing=False, provider="Alibaba Cloud (international)",
    url="https://www.alibabacloud.com/help/en/account/support/what-do-i-do-if-i-get-a-security-notification",
    frm=("Alibaba Cloud", "no-reply@notice.alibabacloud.com"),
    to="ops@lumen-arcade.example",
    subject="Payment Method Security Alert",
    dates={"sd": dt.datetime(2026, 3, 30, 6, 40, tzinfo=UTC)},
    deadline=None,
    body="""Dear Alibaba Cloud customer,

A recent payment on your account (ID 5187 2290 6613 0041) did not go through
and returned the code RISK.RISK_CONTROL_REJECTION.

This is a security measure, not a problem with your card or your balance.
Our risk management system has paused the transaction because it noticed
unusual activity, for example a purchase from a new location, a large change
in spending or a payment method used for the first time.

To remove the restriction, complete a one-time Payment Security Verification
(Know Your Customer) in the KYC Center:
  https://account.alibabacloud.com/kyc

Please prepare clear photos of:
  1. a valid government-issued ID (or business licence) of the cardholder
     or owner of the payment account linked to this Alibaba Cloud account,
  2. the front of the default payment card, with the middle digits covered.

Until the verification is finished, new purchases and renewals paid with this
method may be declined. If the portal does not open, contact technical support
and quote the error code above.

Alibaba Cloud Billing""")

# ======================= security-advisory (2) =======================
notice(
    lang="en", label="security-advisory", phishing=False, provider="Google Cloud (GKE)",
    url="https://cloud.google.com/kubernetes-engine/docs/resources/security-patching",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="k8s-platform@silverleaf-media.example",
    subject="GKE security bulletin: Linux kernel vulnerability in node images",
    dates={"sd": dt.datetime(2024, 7, 2, 16, 0, tzinfo=PST)},
    deadline=None,
    body="""Hello Google Cloud customer,

A high-severity vulnerability has been disclosed in the Linux kernel that is
used by Container-Optimized OS and Ubuntu node images. On an unpatched node it
could let a process inside a container gain elevated privileges on the node.

What Google has done
  - GKE control planes were patched automatically; no action is needed there.
  - Patched node images for Container-Optimized OS were built after our own
    scanning found the issue, and Canonical has supplied patched Ubuntu builds.
  - Autopilot clusters and Standard clusters that use node auto-upgrade will
    receive the patched versions automatically during their maintenance
    windows.

We have no indication that this vulnerability has been used against GKE
clusters. Patching is a shared responsibility; see the security patching page
for how Google finds and fixes vulnerabilities and what is left to customers.

Security patching:
https://cloud.google.com/kubernetes-engine/docs/resources/security-patching
Security bulletins:
https://cloud.google.com/kubernetes-engine/security-bulletins

- The Google Kubernetes Engine Team""")

notice(
    lang="en", label="security-advisory", phishing=False, provider="Microsoft Azure",
    url="https://docs.azure.cn/en-us/service-health/stay-informed-security",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="cloud-owners@northgate-transit.example",
    subject="Azure Service Health: Security advisory - platform vulnerability mitigated",
    dates={"sd": dt.datetime(2025, 6, 10, 18, 30, tzinfo=UTC)},
    deadline=None,
    body="""Azure Service Health

Security advisory
Tracking ID: 5TQ2-8XB
Subscription: Northgate Transit Production (3f1c7a22-9d5e-4b10-8a6e-0c2b7d4e9f13)

Summary
Microsoft identified a vulnerability in a shared platform component used by
several Azure services. The issue affected the underlying infrastructure, not
resources or configurations that you manage.

Impacted services
Azure App Service, Azure Functions

Issue updates
Microsoft has deployed a fix to all regions. Our investigation found no
evidence that the vulnerability was exploited or that customer data was
accessed.

Impacted resources
None of the resources in this subscription require action.

You are receiving this advisory because it may concern services you use. Make
sure a reachable subscription owner email address is set, so that future
security notifications reach the right people.

View in Azure portal: https://portal.azure.com/#view/Microsoft_Azure_Health/AzureHealthBrowseBlade""")

# ======================= informational (2) =======================
notice(
    lang="en", label="informational", phishing=False, provider="Microsoft 365 (SharePoint)",
    url=mc("MC952883.json"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="sp-admins@bellweather-architects.example",
    subject="(Updated) New Pay-as-you-go billing model for Agents in SharePoint",
    dates={"sd": dt.datetime(2025, 1, 7, 20, 10, tzinfo=UTC)},
    deadline=None,
    body="""Microsoft 365 Message center

MC952883 | SharePoint Online | Stay informed

Updated {sd_en}: the rollout timeline below has changed.

We are introducing a pay-as-you-go billing model for agents in SharePoint.
Organizations can use an Azure subscription to pay for the service according
to the number of queries.

When this will happen:
General availability starts rolling out in mid-January 2025 and should be
complete by early February 2025. Pay-as-you-go services are off by default and
can only be used after billing has been set up.

How this will affect your organization:
Admins can let users without Copilot licences use and create agents on any
SharePoint site or library they can access. Users with Microsoft 365 Copilot
licences keep using agents under their licence terms.

What you can do:
If you want to use this model, set up billing in the Microsoft 365 admin
center (Setup > Activate pay-as-you-go services). An Azure subscription and a
resource group are required, and the admin needs the owner or contributor role
on that subscription. Nothing changes if you do not activate it.""")

notice(
    lang="en", label="informational", phishing=False, provider="Microsoft Purview",
    url=mc("MCMC1003343.json"),
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="legal-it@corwin-mercer.example",
    subject="Microsoft Purview | eDiscovery: Hold limits increased per Hold policy for eDiscovery Premium",
    dates={"sd": dt.datetime(2025, 2, 11, 23, 56, tzinfo=UTC)},
    deadline=None,
    body="""Microsoft 365 Message center

MC1003343 | Microsoft Purview | Stay informed

Coming soon to Microsoft Purview eDiscovery: higher limits for Hold policies
in eDiscovery (Premium), so you can add more locations to a single case hold.
This applies to the new Purview portal only.

When this will happen:
General availability worldwide from mid-February 2025 to late February 2025.

What changes:
  - Mailboxes per case hold: from 1,000 to 2,000 (user mailboxes plus the
    mailboxes of Microsoft 365 groups, Teams and Viva Engage groups).
  - Sites per case hold: from 100 to 2,000 (OneDrive, SharePoint and
    group-connected sites).
  - At most 4,000 locations in one premium case hold policy.
Standard cases keep the current limits of 1,000 mailboxes and 100 sites.

If your licence is later downgraded from premium to standard, existing holds
stay in place, but you cannot add new locations beyond the standard limits.

What you need to do to prepare:
Nothing. The change is applied in the back end to new and existing hold
policies without any admin action.""")


# --------------------------------------------------------------------------
# building
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
    if n["deadline"] == "rel":
        dl = resolve_relative(shifted["sd"], n["rel"]).isoformat()
    elif n["deadline"]:
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
    cte = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
    msg.set_content(body + "\n", subtype="plain", charset="utf-8", cte=cte)
    if n["html"]:
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px\">\n%s\n"
               "</div></body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


LANG_NAME = {"ja": "Japanese", "de": "German", "en": "English", "zh": "Chinese"}


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
        if dl != "none":
            try:
                dld = dt.date.fromisoformat(dl)
                if dld < date.date():
                    problems.append("#%d deadline %s before date %s" % (i, dl, date))
            except ValueError:
                problems.append("#%d bad deadline %s" % (i, dl))
        if n["rel"] is not None:
            want = resolve_relative(date, n["rel"]).isoformat()
            if want != dl:
                problems.append("#%d relative deadline %s resolves to %s" % (i, dl, want))
        if n["label"] in ("informational", "billing", "security-advisory") and dl != "none" \
                and n["deadline"] is None:
            problems.append("#%d deadline on a no-date label" % i)
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        for line in body.split("\n"):
            if line.startswith("From "):
                problems.append("#%d body line starts with 'From '" % i)
        if "{" in subject or "}" in subject:
            problems.append("#%d unformatted subject" % i)
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URLs")
    used_path = os.path.join(os.path.dirname(OUT), "used-sources.txt")
    if os.path.exists(used_path):
        with open(used_path, encoding="utf-8") as fh:
            used = {line.strip() for line in fh if line.strip()}
        own = os.path.join(OUT, "used-sources.txt")
        mine = set()
        if os.path.exists(own):
            with open(own, encoding="utf-8") as fh:
                mine = {line.strip() for line in fh if line.strip()}
        for u in urls:
            if u in used and u not in mine:
                problems.append("source already used by another batch: %s" % u)

    # write mboxo
    with open(MBOX, "wb") as fh:
        for n, msg, date, subject, body, dl in built:
            raw = msg.as_bytes(policy=email.policy.default.clone(linesep="\n", max_line_length=78))
            # the folder may move a whole short value onto a continuation line
            # ("Subject:\n value"); keep such a value on the header's own line.
            head, sep, rest = raw.partition(b"\n\n")
            head = re.sub(rb"(?m)^([A-Za-z-]+):\n (?=\S)", rb"\1: ", head)
            raw = head + sep + rest
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
    phishing = {}
    langs = {}
    multipart = 0
    for idx, (m, (n, _, date, subject, body, dl)) in enumerate(zip(msgs, built), 1):
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[hname] is None:
                problems.append("#%d missing header %s" % (idx, hname))
        raw_headers = m.as_bytes().split(b"\n\n", 1)[0]
        try:
            raw_headers.decode("ascii")
        except UnicodeDecodeError:
            problems.append("#%d non-ASCII bytes in headers" % idx)
        if str(m["Subject"]) != subject:
            problems.append("#%d subject mismatch" % idx)
        if email.utils.parsedate_to_datetime(str(m["Date"])) != date:
            problems.append("#%d date mismatch" % idx)
        if str(m["X-Training-Label"]) != n["label"] or str(m["X-Training-Label"]) not in LABELS:
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
        want_cte = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
        if cte != want_cte:
            problems.append("#%d transfer encoding %s, expected %s" % (idx, cte, want_cte))
        if m.is_multipart():
            multipart += 1
            if m.get_content_type() != "multipart/alternative" or m.get_body(preferencelist=("html",)) is None:
                problems.append("#%d bad multipart structure" % idx)
        if n["phishing"]:
            phishing[n["label"]] = phishing.get(n["label"], 0) + 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if crit != 12:
        problems.append("critical %d != 12" % crit)
    if sum(phishing.values()) != 3:
        problems.append("phishing %d != 3" % sum(phishing.values()))
    if langs != {"en": 30, "ja": 4, "de": 2}:
        problems.append("language mix %s" % langs)
    big = max((v, k) for k, v in counts.items() if k not in ("abuse", "security-incident"))
    if big[1] != "action-required":
        problems.append("action-required is not the largest non-critical group")

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            LANG_NAME[n["lang"]], n["url"]))
    generic = sum(1 for n in N if n["subject"] in GENERIC_SUBJECTS)
    readme = README.format(
        name=NAME,
        counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
        phish=", ".join("%s %d" % (k, phishing[k]) for k in sorted(phishing)),
        nphish=sum(phishing.values()), crit=crit, multipart=multipart, generic=generic,
        langs=", ".join("%s %d" % (LANG_NAME[k], langs[k]) for k in sorted(langs, key=lambda x: LANG_NAME[x])),
        providers=", ".join(providers),
        rows="\n".join(rows))
    # The sections added once the batch was scored ("## Scored at arrival" and after) are kept.
    path = os.path.join(OUT, "README.md")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            old = fh.read()
        mark = old.find("\n## Scored at arrival")
        if mark >= 0:
            readme = readme.rstrip("\n") + "\n\n" + old[mark + 1:]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


GENERIC_SUBJECTS = {
    "Important notice regarding your account",
    "Google Workspace alert",
    "Important security notification for your organization",
    "Important information about your G Suite account",
    "お客様の情報に関するセキュリティ通知",
    "Sicherheitsbenachrichtigung für Microsoft-Konto",
    "Major update from Message center",
    "【お知らせ】Google Cloud のお支払いに関する重要なお知らせ",
    "Payment Method Security Alert",
    "You have an updated user agreement",
    "Azure AD Identity Protection Weekly Digest",
}

README = """# Batch {name}: February 2029, large clouds other than AWS

36 labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic: fixed Message-IDs and MIME boundaries).
Each notice follows one public original (see the table), moved into February 2029
by one weekday-preserving day offset applied to all of its dates, with names, ids,
hosts, customer domains (`.example`) and IP addresses (documentation ranges) replaced
and every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

## Counts

- by label (phishing counted apart): {counts}
- phishing: {nphish} ({phish})
- critical (abuse + security-incident, without phishing): {crit}
- languages: {langs}
- multipart/alternative with an HTML part: {multipart}; Japanese bodies base64, others quoted-printable
- generic or misleading subjects (category visible only in the body): {generic}

## Providers

{providers}

## Notes on the originals

- Microsoft 365 Message center posts (#19, #20, #21, #22, #25, #29, #30, #35, #36)
  come from the archive repository cengizyilmaz1/MS365MessageCenter (fetched and read
  in this session); the mails are written in the shape of Message center e-mails,
  three of them (#19, #20, #22) under the real generic subject "Major update from
  Message center" with the post's "Act by" date, which is used as the deadline.
- The three phishing mails (#13-#15) come from rf-peixoto/phishing_pot (fetched);
  their sender domains were replaced by `.example` look-alikes.
- Several originals are documentation, help or vendor pages that describe a notice
  rather than quote it (#2, #3, #4, #5, #10, #11, #23, #24, #26, #27, #32, #33, #34):
  recipients, ids and the send date were supplied here in the provider's usual style,
  and the facts were kept to what the page says.  #6 (Midnight Blizzard), #7 (G Suite
  unhashed passwords), #8 (Google help center, Japanese), #16 (Workspace early access
  apps, Japanese), #17 (G Suite legacy free, German), #18 (Microsoft account closure,
  German) and #28 (Google Cloud price revision, Japanese) follow news or blog posts
  that quote or summarise the mail customers received; #31 follows the Japanese
  Google Cloud page on the cost-based CUD changes.
- #1 has the Google text pasted in a GitHub issue; its original subject is not shown,
  so a subject in Google's usual form was used.  #9 is a GitHub issue about the daily
  Firebase "insecure rules" mails.  #12 is a GitHub issue about the Identity Protection
  weekly digest; the digest contents were written in the product's format.
- #25 (Teams Android devices) names only "mid-October 2024" as the start of the
  maintenance, so its deadline is `none`.
- #18 (German) has a misleading "security notification" subject although it is an
  inactivity-closure notice; #3 resolves "24 hours after this notice" to the next
  calendar day.

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
"""


if __name__ == "__main__":
    main()
