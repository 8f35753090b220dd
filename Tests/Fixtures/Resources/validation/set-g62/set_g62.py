#!/usr/bin/env python3
"""Generate batch g62: 36 labelled cloud-provider notices (May 2029).

Google Cloud, Google Workspace, Firebase, Microsoft Azure, Microsoft 365 and
Microsoft Entra notices as customers quote them (GitHub issues, forums, blogs,
mailbox dumps, message-center archives), 4 of them Japanese, 3 phishing.
Standard library only, deterministic.  Writes set-g62.mbox, README.md and
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
import urllib.parse
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

NAME = "g62"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 5)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))

MC_COMMIT = "50eb30b07630acb70d3b0e19cd00f9a6dce3e22d"
CVDB_COMMIT = "0b1bd859f52a3e336cb9ff2e609fea628828f107"
PB_COMMIT = "00a9c642e4e9b4e51d309d7ab18d3ce80679fefc"


def gh(repo, commit, path):
    return "https://github.com/%s/blob/%s/%s" % (repo, commit, urllib.parse.quote(path))


def mc(num):
    return gh("cengizyilmaz1/MS365MessageCenter", MC_COMMIT, "@data/archive/%s.json" % num)


def cvdb(slug):
    return gh("wiz-sec/open-cvdb", CVDB_COMMIT, "vulnerabilities/%s.yaml" % slug)


def pp(n):
    return "https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-%d.eml" % n


# --------------------------------------------------------------------------
# date formatting
JA_WD = "月火水木金土日"
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmts(key, d):
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    w = d.weekday()
    hour12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return {
        key + "_jp": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_jpw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, JA_WD[w]),
        key + "_jps": "%d 年 %d 月 %d 日" % (d.year, d.month, d.day),
        key + "_md": "%d月%d日" % (d.month, d.day),
        key + "_en": "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[d.month - 1], d.day, d.year),
        key + "_uk": "%d %s %d" % (d.day, EN_MON[d.month - 1], d.year),
        key + "_ukw": "%s, %d %s %d" % (EN_WD[w], d.day, EN_MON[d.month - 1], d.year),
        key + "_mon": "%s %d" % (EN_MON[d.month - 1], d.year),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_hm": d.strftime("%H:%M"),
        key + "_ts": d.strftime("%Y-%m-%d %H:%M"),
        key + "_us": "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, hour12,
                                                   d.minute, d.second, ampm),
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


def add_business_days(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# --------------------------------------------------------------------------
# the notices
N = []


def notice(**kw):
    N.append(kw)

# ======================= critical: security-incident =======================
notice(
    lang="en", label="security-incident", phishing=False, provider="Microsoft Azure",
    url=cvdb("azurescape"),
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="cloud-admins@larkspur-analytics.example",
    subject="Security notice: take action to protect credentials used in Azure Container Instances",
    dates={"sd": dt.datetime(2021, 9, 8, 17, 5, tzinfo=UTC), "cut": dt.date(2021, 8, 31)},
    deadline=None,
    body="""Azure Security Notification
Tracking ID: 4LQ7-RT9

You are receiving this notice because subscription "Larkspur-Prod-02"
(6c1e2b90-4d7a-4f3e-9a21-5b0c8e7d1f44) ran container groups on Azure
Container Instances (ACI) before {cut_en}.

An external security researcher reported a weakness in ACI to Microsoft.
By breaking out of their own container, a user of the service could have
obtained administrative credentials for the underlying multi-tenant
cluster and used them to run commands inside containers of other
customers that were hosted on the same cluster.

The issue has been fixed. Our investigation found no sign that anyone
other than the researcher exploited it. Because your container groups ran
on clusters that were exposed during that period, however, we cannot
exclude that secrets handed to those containers were readable by another
tenant.

What we recommend you do now:
  1. Revoke and reissue every privileged credential that was deployed to
     ACI before {cut_en} (service principal secrets, storage account
     keys, database passwords, registry tokens).
  2. Check the access logs of the resources those credentials protect for
     sign-ins or calls you cannot explain.
  3. Where possible, replace secrets in environment variables with managed
     identities or Key Vault references.

Container groups in this subscription that were in scope:
  - rg-render-weu / cg-invoice-render
  - rg-render-weu / cg-monthly-export

Questions? Open a support request in the Azure portal and quote the
tracking ID above.

Microsoft Azure Security""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Microsoft Azure",
    url=cvdb("notlegit"),
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="platform@quillmore-labs.example",
    subject="Action recommended: source code of your App Service apps may have been exposed",
    dates={"sd": dt.datetime(2021, 12, 22, 19, 40, tzinfo=UTC),
           "start": dt.date(2017, 9, 1)},
    deadline=None,
    body="""Azure Security Notification
Tracking ID: 9XKD-2HB

We are contacting you about one or more web apps in subscription
"QML-Web" (b8d41f02-7a3c-4c55-b1e6-0f93d2ab7c18) that run on Azure App
Service for Linux and were deployed with the "Local Git" method.

Microsoft has corrected a default behaviour in App Service that, since
about {start_mon}, could make the contents of the deployed Git repository,
including the hidden .git folder, downloadable by anyone on the internet
for apps written in PHP, Python, Ruby or Node.js. The issue was reported
to us by a security researcher and is now fixed for all customers.

Our records show that the following apps were in the affected group:
  - qml-portal-prod.azurewebsites.net
  - qml-api-staging.azurewebsites.net

What this means for you: the source code of these apps, and any secrets
committed into that code (connection strings, API keys, passwords), may
have been read by an unauthorised party.

Recommended steps:
  1. Review the repositories for hard-coded secrets and rotate them.
  2. Move secrets into App Service settings or Azure Key Vault.
  3. Check your application and database logs for unexpected access.

If you need help, open a support request and mention the tracking ID.

Microsoft Azure Security""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Google Workspace",
    url="https://support.google.com/a/answer/9007870",
    frm=("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"),
    to="it-admin@halvorsen-maritime.example",
    subject="Alert: Government-backed attack",
    dates={"sd": dt.datetime(2023, 3, 14, 10, 22, tzinfo=UTC)},
    deadline=None,
    body="""Google Workspace | Alert center

Government-backed attack

We believe that government-backed attackers are trying to get into the
account of one of your users:

  User:          l.ferreira@halvorsen-maritime.example
  Alert ID:      7c0e1a92-33fd-4b0e-a6d1-2f9e55a0c7b3
  Detected:      {sd_ts} UTC

Fewer than 0.1% of Google accounts are ever targeted in this way, and
this alert may be a false alarm. What we saw, however, matches methods
such attackers use to steal passwords or other personal data: for
example messages with harmful attachments, links to malicious downloads
or links to fake sign-in pages.

We can't tell you what triggered the alert, because the attackers would
learn from it and change their approach. If they succeed, they could read
the user's data or act in the user's name.

Secure the account now:
  1. Reset the password of any account that shows suspicious activity.
  2. Enrol the user in 2-Step Verification, ideally with a security key.
  3. Ask the user to review recent activity and connected apps.

View alert details:
https://admin.google.com/ac/ac/alert/7c0e1a92-33fd-4b0e-a6d1-2f9e55a0c7b3

You receive this email because you are a super administrator of
halvorsen-maritime.example.""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Google Cloud",
    url=gh("PeteEmpy/petesbrain", PB_COMMIT,
           "roksys/knowledge-base/_inbox/emails/emails/"
           "2025-12-22_publicly-accessible-google-api-key-for-petesbrain-_1.md"),
    frm=("Google Cloud Compliance", "noreply-google-cloud-compliance@google.com"),
    to="owner@brightwater-ppc.example",
    subject="Publicly accessible Google API key for Google Cloud Platform project Inbox Helper (id: gen-lang-client-0274419803)",
    dates={"sd": dt.datetime(2025, 12, 22, 8, 1, 8, tzinfo=UTC)},
    deadline=None,
    body="""Google Cloud Platform                                  MY CONSOLE

Notification: Suspicious activity alert

Dear customer,

We found a Google API key belonging to one of your Google Cloud Platform
projects in a publicly accessible location:

  Project:  Inbox Helper (id: gen-lang-client-0274419803)
  API key:  AIzaSyB-7rXq************************Mk2

Location where the key was seen:
https://github.com/brightwater-ppc/agents/blob/5e1f0c2/tools/channel-sync.py

For some abuse cases we also write the notification to your project's
logs. Sign in to the console and look for it in Cloud Logging.

It looks as though the key was published by mistake, for example as
part of code pushed to a public repository. As the owner of the project
you are responsible for keeping its keys safe, so please do the
following:

If the key is meant to be public:
  - review API usage and billing activity for anything you don't expect;
  - add API restrictions and application restrictions to the key.

If the key is not meant to be public:
  - regenerate the key on the Credentials page and update your apps;
  - remove the key from the public source and its history;
  - review usage and billing for charges you did not cause.

More on handling leaked credentials is available in the Cloud Security
help pages.

Sincerely,
Google Cloud Platform / API Trust & Safety Team""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Microsoft",
    url="https://file-hippo.netlify.app/host-https-www.pcmag.com/news/microsoft-alerts-more-customers-exposed-by-russian-hackers-after-account",
    frm=("Microsoft", "mbnotifications@microsoft.com"),
    to="admin@tessaro-legal.example",
    subject="Notification",
    dates={"sd": dt.datetime(2024, 6, 26, 15, 12, tzinfo=UTC),
           "disc": dt.date(2024, 1, 19)},
    deadline=None,
    body="""Hello,

This notification relates to the earlier attack on Microsoft by the threat
actor known as Midnight Blizzard, which we first disclosed on {disc_en}.

You are receiving it because emails were exchanged between Microsoft and
accounts in your organization (tenant tessaro-legal.example), and the
threat actor accessed some of those emails as part of its attack on
Microsoft's corporate systems.

As part of our commitment to transparency, we are sharing these emails
with you proactively. We have built a secure review system so that
approved members of your organization can see the exfiltrated messages
exchanged between Microsoft and your company.

To request access, a global administrator of your tenant should open the
secure link below and name the people who are authorised to review the
material. Each reviewer will be asked to sign in with their work account.

  Secure link: https://review.mb-notify.example/r/TSL-55281
  Request ID:  TSL-55281

The emails may contain secrets, such as passwords or keys, that your staff
shared with Microsoft. If so, treat them as compromised and rotate them.

Microsoft Incident Response""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Microsoft Entra",
    url="https://ffx00.ru/en-us/entra/id-protection/howto-identity-protection-configure-notifications",
    frm=("Microsoft Entra ID Protection", "MSSecurity-noreply@microsoft.com"),
    to="secops@orchard-lane.example",
    subject="Users at risk detected",
    dates={"sd": dt.datetime(2025, 2, 12, 6, 15, tzinfo=UTC)},
    deadline=None,
    body="""Microsoft Entra ID Protection

Users at risk detected

We detected one or more users in your organization "Orchard Lane Foods"
at or above the risk level you chose for this alert (Medium).

  User                              Risk level   Detection
  m.okafor@orchard-lane.example     High         Leaked credentials
  svc-payroll@orchard-lane.example  Medium       Anonymous IP address

Risk was last updated: {sd_ts} UTC

Investigate these accounts without delay. A leaked-credentials detection
means the user's current password was found in a data set that is
circulating outside Microsoft.

Suggested steps:
  - require a secure password change or reset for the affected users;
  - revoke their refresh tokens and active sessions;
  - check sign-in logs for access from unfamiliar places;
  - confirm or dismiss the risk in the Risky users report.

View users flagged for risk:
https://entra.microsoft.com/#view/Microsoft_AAD_IAM/RiskyUsersBlade

You receive this email because you hold the Security Administrator role.
Recipients and the alert threshold can be changed under ID Protection >
Users at risk detected alerts.""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="Google Cloud",
    url="https://crieit.net/posts/Google-API",
    frm=("Google Cloud Platform", "noreply-google-cloud-compliance@google.com"),
    to="dev@mitsuba-works.example",
    subject="Google Cloud Platform または API プロジェクト mitsuba-bot の認証情報が不正使用された可能性があります",
    dates={"sd": dt.datetime(2021, 4, 12, 10, 31, tzinfo=JST)},
    deadline=None,
    body="""Google Cloud Platform

通知　不審なアクティビティのアラート

このメールは、Google Cloud Platform、Firebase、API をご利用のお客様に
お送りしています。

お客様のプロジェクトに関連付けられた Google API キーが、誰でも閲覧できる
場所に公開されていることを検出しました。

  プロジェクト：mitsuba-bot（id: mitsuba-bot-30412）
  API キー：AIzaSyC8************************Qe0

公開されていた場所（GitHub など）に、誤ってキーを含むファイルを
アップロードされた可能性があります。プロジェクトのキーを安全に管理する
責任は、オーナーであるお客様にあります。以下の手順で対処してください。

■ キーを意図的に公開している場合
・Cloud Console で API の利用状況と請求の履歴を確認し、想定外の
　使用がないことを確かめてください。
・キーに API の制限とアプリケーションの制限を設定してください。

■ キーを公開するつもりがなかった場合
・Cloud Console の［認証情報］で該当キーを再生成してください。
・公開されているソースコードや履歴からキーを削除してください。
・身に覚えのない請求が発生していないか確認してください。

詳しくは、漏洩した認証情報への対処方法に関するヘルプをご覧ください。

Google Cloud Platform / API Trust & Safety チーム""")

# ======================= critical: abuse =======================
notice(
    lang="en", label="abuse", phishing=False, provider="Microsoft 365",
    url="https://xtls-v4.hkg1.meaqua.org/en-us/answers/questions/5617768/high-severity-alert-in-school-outlook-what-to-do",
    frm=("Microsoft Defender", "defender-noreply@microsoft.com"),
    to="ict@wrenfield-academy.example",
    subject="High-severity alert: User restricted from sending email",
    dates={"sd": dt.datetime(2025, 11, 10, 8, 4, tzinfo=UTC)},
    deadline=None,
    body="""Microsoft Defender

A high-severity alert has been triggered

  Severity:  High
  Time:      {sd_ts} UTC
  Activity:  Potentially compromised user account
  User:      p.hartley@wrenfield-academy.example

Details: in the past 24 hours this account sent mail to 6 internal and
412 external recipients and tried to send to 150 more, which would have
gone over its outbound limit. The account has been restricted from sending
email to external recipients. Mail to people inside your organization is
still delivered.

Sudden bursts like this usually mean that someone else has the user's
password and is using the mailbox to send spam or phishing.

Before lifting the restriction:
  1. Reset the user's password and sign them out of all sessions.
  2. Make sure multifactor authentication is enforced for the account.
  3. Remove inbox rules or forwarding the user did not create.
  4. Unblock the user on the Restricted entities page:
     https://security.microsoft.com/restrictedentities

View the alert:
https://security.microsoft.com/alerts/fa7c91d3e2b84f10

You are receiving this because of the alert policy "User restricted from
sending email" in tenant wrenfield-academy.example.""")

notice(
    lang="en", label="abuse", phishing=False, provider="Microsoft Azure",
    url="https://github.com/khadijahW/Flash028/blob/main/Threat-Hunt-Report.md",
    frm=("Microsoft Azure Safeguards Team", "azsafeguards@microsoft.com"),
    to="cloudops@pinecrest-labs.example",
    subject="Action Required: Microsoft Azure Acceptable Use Policy Violation [#SIR24719038]",
    dates={"sd": dt.datetime(2025, 3, 18, 14, 55, tzinfo=UTC),
           "act": dt.datetime(2025, 3, 18, 6, 40, 40)},
    deadline=None,
    body="""Dear Azure customer,

The Microsoft Azure Safeguards Team has received reports that a resource
in your subscription was used in a way that breaks the Microsoft Azure
Acceptable Use Policy.

Activity summary
  Date/Time of activity:  {act_us} (UTC)
  Description:            External reports of brute-force traffic from
                          your resource were received
  Evidence:               Repeated SSH login attempts against third-party
                          hosts were confirmed by our analysis
  Reported source IP:     203.0.113.57
  Subscription ID:        2d9f4c71-8e05-4b2a-9c3d-71a0e6f5b218
  Resource:               /resourceGroups/rg-range/providers/
                          Microsoft.Compute/virtualMachines/lnx-range-02

What you need to do
  - Investigate the virtual machine named above and stop the activity.
  - If the machine was compromised, isolate it, rebuild it from a clean
    image and rotate any credentials stored on it.
  - Reply to this message with the cause and the steps you have taken.

Continued abuse from your subscription may lead to the suspension of the
affected resources or of the subscription.

Regards,
Microsoft Azure Safeguards Team""")

notice(
    lang="en", label="abuse", phishing=False, provider="Google Workspace",
    url="https://support.toastmail.io/en/article/resolving-user-suspension-by-google-11utgvl/",
    frm=("Google Workspace Alerts", "google-workspace-alerts-noreply@google.com"),
    to="postmaster@ridgeway-outreach.example",
    subject="Alert: User suspended",
    dates={"sd": dt.datetime(2023, 2, 10, 13, 47, tzinfo=UTC)},
    deadline=None,
    body="""Google Workspace | Alert center

User suspended by Google

Google has suspended the following user in your organization because
the account appeared to be sending spam or to be at risk of compromise:

  User:       sam.kowal@ridgeway-outreach.example
  Suspended:  {sd_ts} UTC

Typical reasons for this action:
  - many recipients reported the user's messages as spam;
  - the user sent far more messages in a day than usual;
  - sign-ins from many locations or unusual third-party apps suggested
    that someone else controls the account.

While suspended, the user cannot sign in or send mail. Messages sent to
the user are still accepted.

Before you reactivate the account, find out why it was sending this mail
and fix the cause; otherwise Google may suspend it again. To reactivate,
open the Admin console, go to Users, select the user and click
Reactivate.

View alert details:
https://admin.google.com/ac/ac/alert/1b9e44f0-6d2a-4e71-8c35-0aa7e2f3d911""")

notice(
    lang="en", label="abuse", phishing=False, provider="Microsoft 365",
    url="https://learn.microsoft.com/en-us/answers/a/12735904",
    frm=("Microsoft 365", "msonlineservicesteam@microsoftonline.com"),
    to="admin@verdant-shoes.example",
    subject="Your Microsoft 365 subscription is scheduled for deactivation",
    dates={"sd": dt.datetime(2026, 4, 9, 12, 43, 1, tzinfo=UTC),
           "deact": dt.datetime(2026, 4, 16, 12, 43, 1)},
    deadline="deact",
    body="""Microsoft 365

Subscription scheduled for deactivation

Tenant:        verdant-shoes.example
Subscription:  Microsoft 365 Business Standard (ID 5f0b7c3e-91aa-4d2e)

We have found activity in your organization that violates the Microsoft
Acceptable Use Policy, which is part of the Product Terms for Microsoft
online services.

As a result, this subscription will be deactivated on
{deact_en} at {deact_hm}:01 UTC.

What happens at deactivation:
  - all SharePoint Online and OneDrive for Business content in the
    tenant will be blocked at the service level;
  - users will no longer be able to open or share those files.

If you believe this action was taken in error, contact Microsoft support
from the admin center before the date above and provide details of how
the tenant is used.

Sincerely,
The Microsoft 365 Team""")
# ======================= action-required =======================
MCFROM = ("Microsoft 365 Message center", "o365mc@microsoft.com")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Entra / Azure",
    url=mc("MC889517"), html=True,
    frm=MCFROM, to="admins@corvid-freight.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2024, 9, 13, 22, 25, tzinfo=UTC), "enf": dt.date(2024, 10, 15)},
    deadline="enf",
    body="""Major update from Message center

MC1846205  Take action: Enable multifactor authentication for your
tenant before {enf_en}
Services: Microsoft Entra, Microsoft Intune
Act by: {enf_en}

As announced earlier, from {enf_en} Microsoft will require
administrators to complete multifactor authentication (MFA) when they
sign in to the Azure portal, the Microsoft Entra admin center and the
Microsoft Intune admin center. The requirement also covers services
reached through the Intune admin center, such as Windows 365 Cloud PC.

How this affects your organization:
MFA must be in place for your tenant so that your admins can keep
signing in to these portals after the change.

What you need to do to prepare:
  - Set up MFA before {enf_en} if you have not done so yet.
  - If you cannot make that date, you can apply to postpone enforcement
    for your tenant.
  - Admins who still have no MFA method when enforcement starts will be
    asked to register one at their next sign-in before they get in.

Learn more: Planning for mandatory multifactor authentication for Azure
and admin portals.

View this message in the Microsoft 365 admin center.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft 365 (Exchange Online)",
    url=mc("MC786329"), html=True,
    frm=MCFROM, to="mail-admins@harbourline-insurance.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2024, 10, 18, 16, 2, tzinfo=UTC), "cut": dt.date(2025, 9, 1)},
    deadline="cut",
    body="""Major update from Message center

(Updated) MC1702288  Exchange Online to retire Basic Auth for Client
Submission (SMTP AUTH)
Tags: Retirement, Admin impact, User impact

Update: the SMTP AUTH Clients Submission report in the Exchange admin
center now has an Authentication Protocol column that shows whether
Basic auth or OAuth was used. Data will fill in over the next 90 days.

Exchange Online will permanently stop accepting Basic authentication
for Client Submission (SMTP AUTH) starting {cut_en}. From then on,
apps and devices that send mail through smtp.office365.com or
smtp-legacy.office365.com must authenticate with OAuth.

Basic auth sends user names and passwords in a form that is easy to
steal, which makes it a target for phishing and password spraying.

Once it is switched off, clients that still use it will get:
  550 5.7.30 Basic authentication is not supported for Client Submission.

What you need to do to prepare:
  - Use the report above to find senders still on Basic auth.
  - Move clients that support OAuth to OAuth.
  - For devices that cannot, switch to High Volume Email, Azure
    Communication Services or an on-premises relay.

We will post reminders to affected tenants before the change.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft 365 (Viva)",
    url=mc("MC949603"),
    frm=MCFROM, to="m365-admins@blueharrow-consulting.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2024, 12, 5, 16, 52, tzinfo=UTC), "ret": dt.date(2025, 12, 31)},
    deadline="ret",
    body="""Major update from Message center

MC1788410  Important Update: Viva Goals Retirement Announcement
Service: Microsoft Viva   Tags: Retirement, Admin impact, User impact

Viva Goals will be retired on {ret_en}. Until then Microsoft will keep
the service available, accessible and secure, but from today no new
features will be developed for it.

Microsoft remains committed to the rest of the Viva suite.

When this will happen:
{ret_en}

How this affects your organization:
You are receiving this message because our records show that your
organization may be using Viva Goals.

What you can do to prepare:
  - To avoid renewing past the retirement date, an admin should turn off
    recurring billing for Viva Goals in the Microsoft 365 admin center.
  - If your subscription runs beyond the retirement date, or you have
    questions about your service plan, contact your Microsoft account
    representative.
  - Export any goals data you want to keep and tell your users about
    the change.

For technical questions, open a support case in the admin center.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft 365 (SharePoint Online)",
    url=mc("MCMC1072889"),
    frm=MCFROM, to="spo-admins@kestrel-university.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2025, 5, 13, 16, 32, tzinfo=UTC),
           "p1": dt.date(2025, 7, 1), "p2": dt.date(2025, 9, 1),
           "p3": dt.date(2025, 10, 1), "end": dt.date(2026, 7, 1)},
    deadline="end",
    body="""Major update from Message center

MC1921374  SharePoint Alerts retirement
Service: SharePoint Online   Tags: Retirement, Admin impact

Microsoft is retiring SharePoint Alerts. Power Automate flows and
SharePoint Rules are the replacements for alert-style notifications.

Timeline:
  - From {p1_en}: new tenants can no longer create SharePoint Alerts.
  - From {p2_en}: creation of new alerts is turned off for all tenants.
  - From {p3_en}: alerts start to expire 30 days after their first run;
    users can extend them for another 30 days from "Manage my alerts".
  - From {end_en}: SharePoint Alerts stop working completely and can no
    longer be extended.

How this will affect your organization:
Any SharePoint Alerts still in use will stop sending notifications on
{end_en}. Move them to Power Automate or to SharePoint Rules before then.

What you need to do to prepare:
  - Scan your tenant for alerts with the Microsoft 365 Assessment tool.
  - Update training material and brief your help desk.
  - Users will see banners on SharePoint pages and in alert emails.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Fabric / Power BI",
    url=mc("MCMC1085131"),
    frm=MCFROM, to="data-platform@sandpiper-retail.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2025, 5, 29, 23, 12, tzinfo=UTC), "end": dt.date(2025, 7, 31)},
    deadline="end",
    body="""Major update from Message center

MC1940516  Important Notice: TLS Deprecation for Fabric Platform
Service: Power BI / Microsoft Fabric   Tags: Retirement, Admin impact

We are updating the Transport Layer Security (TLS) versions that the
Fabric platform uses. To keep connections secure and in line with other
Microsoft products, Fabric will require TLS 1.2 or later for every
outbound connection it makes to your data sources.

Support for TLS 1.1 and older ends on {end_en}. After that date,
connections from Fabric to data sources that cannot negotiate TLS 1.2
or later will fail.

What you need to do to prepare:
  - Review the data sources your Fabric items connect to, especially
    sources outside Azure.
  - Upgrade any system that still only offers TLS 1.1 or earlier.
  - Check that your TLS policies and server configurations meet the new
    minimum.

See the Fabric blog post on TLS deprecation for details. For help, ask
in Microsoft Q&A or open a support request.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Azure (Azure OpenAI)",
    url="https://github.com/dotnet/dnceng/issues/4526",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="eng-infra@tallowmere.example",
    subject="Azure OpenAI Service GPT-35 Turbo model versions 0301 and 0613 will be retired {ret_uk}",
    dates={"sd": dt.datetime(2024, 11, 22, 18, 30, tzinfo=UTC), "ret": dt.date(2025, 2, 13)},
    deadline="ret",
    body="""Microsoft Azure

Retire: GPT-35 Turbo model versions 0301 and 0613 on {ret_uk}

You're receiving this email because subscription "tm-internal-tooling"
(0a7f3d21-5c6e-4b19-8d42-93e1c7b05f6a) has Azure OpenAI Service
deployments that use GPT-35 Turbo model version 0301 or 0613.

On {ret_uk} these model versions will be retired. Deployments that
still point to them will stop returning completions, and calls to them
will fail.

Deployments found in this subscription:
  - aoai-experiments-eus / chat-summary (gpt-35-turbo 0613)
  - aoai-experiments-eus / triage-bot (gpt-35-turbo 0301)

Required action:
Before {ret_uk}, move these deployments to a newer model such as
gpt-4o-mini, or delete them if they are no longer used. You can change
the model version of a deployment in Azure AI Foundry or with the Azure
CLI.

For the full retirement schedule see "Azure OpenAI Service model
retirements" in the documentation.

Microsoft Azure""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Dynamics 365 / Power Platform",
    url=mc("MCMC980765"),
    frm=MCFROM, to="d365-admin@fenwick-distribution.example",
    subject="Final Reminder: Upcoming changes to email service notification recipients",
    dates={"sd": dt.datetime(2025, 1, 15, 23, 43, tzinfo=UTC), "eff": dt.date(2025, 1, 17)},
    deadline="eff",
    body="""Message center | MC1811937 | Dynamics 365 Apps
Tags: Admin impact

Message center is the main channel for updates about your Microsoft
services. From time to time we also send email service notifications
about changes that need action, planned maintenance or other important
announcements.

To widen access and let you manage recipients, we are changing who
receives these transactional emails.

How does this affect me?
Until now they went to users with the System Administrator role in an
environment, plus anyone added with a PowerShell cmdlet. Starting
{eff_en}, only users who hold the Dynamics 365 administrator or Power
Platform administrator role in the Microsoft 365 admin center or the
Microsoft Entra admin center will receive them.

This does not change Message center email notifications.

What actions do I need to take?
Make sure everyone who should keep receiving these emails has one of the
required roles by {eff_en}, so that no service communication is missed.
Also review the other ways to follow Message center and Service health.""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Google Workspace",
    url="https://koregasiritai.com/?p=54614",
    frm=("Google Workspace", "workspace-noreply@google.com"),
    to="admin@hinata-design.example",
    subject="[対応が必要] 従来の無償版 G Suite から Google Workspace への移行のお願い",
    dates={"sd": dt.datetime(2022, 1, 20, 9, 12, tzinfo=JST),
           "up": dt.date(2022, 5, 1), "free": dt.date(2022, 7, 1)},
    deadline="up",
    body="""Google Workspace 管理者様

hinata-design.example では、現在も従来の無償版 G Suite をご利用いただいて
います。長年のご利用に感謝申し上げます。

このたび Google では、従来の無償版 G Suite の提供を終了し、残っている
すべてのユーザーを、ご利用状況に応じた有料の Google Workspace エディション
へ移行することになりました。

■ お客様にお願いしたいこと
{up_jp}までに管理コンソールで新しいエディションを選び、Google Workspace
のお支払い情報を設定してください。

■ 期限までにお手続きいただいた場合
・選択したエディションへ自動的にアップグレードされます。
・{free_jp}までは料金が発生せず、Google Workspace を引き続き無料で
　ご利用いただけます。

■ お支払い情報が設定されない場合
・サブスクリプションは一時停止され、Gmail、カレンダー、Meet などの
　主要サービスにアクセスできなくなります。

なお、教育機関および非営利団体向けの無償エディションは今回の対象外です。
詳しくは管理者ヘルプセンターの「従来の無償版 G Suite」に関する記事を
ご覧ください。

Google Workspace チーム""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Microsoft Azure",
    url="https://learn.microsoft.com/ja-jp/azure/virtual-machines/unmanaged-disks-deprecation",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="infra@shirakaba-soft.example",
    subject="【対応が必要】{ret_jps}までに Azure マネージド ディスクへ移行してください",
    dates={"sd": dt.datetime(2022, 9, 13, 10, 0, tzinfo=JST), "ret": dt.date(2025, 9, 30)},
    deadline="ret",
    body="""Microsoft Azure

アンマネージド ディスクの廃止について

サブスクリプション「shirakaba-prod」（1e4c9a70-2b8d-4f61-a3c5-7d9e0b2f6a18）
で、アンマネージド ディスクを使用している仮想マシンが見つかったため、
このメールをお送りしています。

Azure マネージド ディスクは 2017 年の提供開始以来機能を拡充し、
アンマネージド ディスクの機能をすべて備えるようになりました。このため
本日からアンマネージド ディスクを非推奨とし、{ret_jps}に完全に
廃止します。

■ 影響
{ret_jps}以降、アンマネージド ディスクを使う IaaS VM は起動できなく
なります。その時点で実行中または割り当て済みの VM は停止され、割り当てが
解除されます。

■ 必要な対応
{ret_jps}までに、対象の VM をマネージド ディスクへ移行してください。
マネージド ディスクでは、ストレージ アカウントを自分で管理する必要が
なくなり、信頼性や拡張性も向上します。

対象の VM：
・vm-legacy-app01（東日本）
・vm-legacy-batch02（東日本）

移行手順は、Windows / Linux 向けの移行ガイドをご確認ください。

Microsoft Azure""")

notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft Fabric / Power BI",
    url=mc("MCMC996579"), html=True,
    frm=MCFROM, to="fabric-admins@oakhurst-bank.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2025, 2, 4, 0, 4, tzinfo=UTC), "box": dt.date(2025, 2, 8),
           "on": dt.date(2025, 3, 8), "bill": dt.date(2025, 2, 1), "bkp": dt.date(2025, 4, 1)},
    deadline="on",
    body="""Major update from Message center

MC1853307  Communications on default checkbox changes on tenant settings
and billing start for SQL database in Fabric
Service: Power BI / Microsoft Fabric   Act by: {on_en}

We are changing how an existing Fabric tenant setting behaves: the
setting that lets Fabric admins allow SQL database in their tenant.

On {box_en} we will add a checkbox that lets tenant admins accept
Microsoft's default choice for this setting (off for the whole
organization). If no Fabric admin acts, the setting will be turned ON
on or after {on_en}.

Please note that billing for compute and data storage of SQL databases
in Fabric began after {bill_en}. Charges for backups will begin after
{bkp_en}.

Why are we doing this?
Admins get a window, from {box_en} to {on_en}, to assess the impact
and decide according to their own policies before the default applies.

What you need to do to prepare:
  - Decide whether SQL database in Fabric should be available to your
    organization, and set the tenant setting accordingly before
    {on_en}.
  - If you do nothing, SQL database in Fabric will be enabled for all
    users and usage will be billed to your capacity.

See "Monitor SQL database usage and consumption in Microsoft Fabric"
for details on charges.""")
# ======================= security-advisory =======================
notice(
    lang="en", label="security-advisory", phishing=False, provider="Microsoft Azure",
    url=cvdb("azure-cli-credential-leak"),
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="devops@marigold-apps.example",
    subject="Security advisory: Azure CLI output can expose credentials in CI/CD logs (CVE-2023-36052)",
    dates={"sd": dt.datetime(2023, 11, 14, 18, 0, tzinfo=UTC)},
    deadline=None,
    body="""Azure Security Advisory
CVE-2023-36052 | Severity: High

Microsoft has fixed an information disclosure issue in the Azure CLI.
Some Azure CLI commands printed sensitive values, such as connection
strings, keys and passwords, to standard output. When those commands ran
in GitHub Actions, Azure Pipelines or other CI/CD systems, the values
could end up in build logs, including logs of public repositories.

What we have done:
  - Released Azure CLI 2.54 with safer default output.
  - Updated Azure Pipelines and GitHub Actions to mask more secrets.

What we recommend:
  - Update the Azure CLI to version 2.54 or later on build agents and
    developer machines.
  - Keep secrets in Azure Key Vault instead of pipeline variables.
  - Avoid echoing command output that may contain secrets; use --query
    or redirect the output.
  - Review recent CI/CD logs for exposed values and rotate any you find.

There is no indication that your subscriptions are affected; this notice
is sent to all customers who use the Azure CLI.

Microsoft Security Response Center""")

notice(
    lang="en", label="security-advisory", phishing=False, provider="Google Cloud",
    url=cvdb("gcp-2021-019"),
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="gke-owners@tidewater-media.example",
    subject="[Security Bulletin] GCP-2021-019: Cloud Armor policy can be dropped when updating a BackendConfig",
    dates={"sd": dt.datetime(2021, 9, 29, 20, 15, tzinfo=UTC)},
    deadline=None,
    body="""Google Cloud Security Bulletin
ID: GCP-2021-019   Severity: Low

Description
We have identified a known issue in Google Kubernetes Engine. When a
BackendConfig resource is updated through the v1beta1 API, an active
Google Cloud Armor security policy can be removed from the Service it
protects.

Who is affected
Only clusters that attach Cloud Armor policies to Ingress resources by
means of a BackendConfig. If you do not configure Cloud Armor this way,
your clusters are not affected.

What should I do?
  - Use the v1 BackendConfig API when you update these resources.
  - If a policy has already been dropped, re-attach it manually to the
    backend service.
  - Check that your Cloud Armor policies are still attached after any
    BackendConfig change.

A fix is being rolled out to GKE. This bulletin will be updated with the
fixed versions when they are available.

Google Cloud Security""")

notice(
    lang="en", label="security-advisory", phishing=False, provider="Google Cloud (Chronicle)",
    url=cvdb("gcp-chronicle-cross-customer-bucket-access"),
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="soc-platform@granite-health.example",
    subject="[Security Bulletin] Chronicle ingestion feeds: cross-customer access to Cloud Storage buckets fixed",
    dates={"sd": dt.datetime(2023, 9, 19, 21, 30, tzinfo=UTC)},
    deadline=None,
    body="""Google Cloud Security Bulletin
Product: Chronicle Security Operations   Severity: High

Description
Chronicle can ingest data from Cloud Storage buckets that you own by
means of an ingestion feed. Until now Chronicle used a single service
account, shared by all customers, to read those buckets. As a result,
one customer's Chronicle instance could be set up to ingest data from a
bucket that belonged to another customer, provided the bucket URI was
known.

What we have done
Chronicle now uses a dedicated service account for each customer
instance. Feeds created after today use the new account automatically.

What should I do?
  - Grant your instance's dedicated service account read access to your
    buckets, following the updated feed set-up guide.
  - Remove the old shared service account from your bucket permissions.

We have no indication that this issue was used against your data.

Google Cloud Security""")

# ======================= maintenance =======================
notice(
    lang="en", label="maintenance", phishing=False, provider="Microsoft 365 (Defender for Office 365)",
    url=mc("MCMC1042926"),
    frm=MCFROM, to="secops@lindqvist-group.example",
    subject="Microsoft Defender for Office 365: Platform migration for enhanced data storage and performance",
    dates={"sd": dt.datetime(2025, 3, 28, 5, 32, tzinfo=UTC)},
    deadline=None,
    body="""Message center | MC1905518 | Microsoft Defender XDR
Tags: Admin impact

To improve performance and scale, the investigation and hunting
experiences of Microsoft Defender for Office 365 are being moved to a new
data platform. The migration gives more consistent and reliable data in
Threat Explorer and Advanced Hunting.

When this will happen:
Worldwide, GCC, GCC High and DoD: the migration started early last
November and is expected to be finished by late June.

How this will affect your organization:
  - Threat Explorer and Advanced Hunting will read from the same data
    source, so results should match between the two tools.
  - Data in Advanced Hunting should arrive sooner and with fewer gaps.
  - During the migration you may notice small differences in counts for
    older records while data is being copied.

What you need to do to prepare:
Nothing. The migration is carried out by Microsoft in the background and
no downtime is planned. You may want to tell your analysts about it.""")

# ======================= informational =======================
notice(
    lang="ja", label="informational", phishing=False, provider="Google (Google アカウント)",
    url="http://yaxtill.sakura.ne.jp/quovadis/mob/%E3%82%A2%E3%82%AB%E3%82%A6%E3%83%B3%E3%83%88%E3%81%AE%E3%82%B9%E3%83%88%E3%83%AC%E3%83%BC%E3%82%B8%E3%81%AB%E9%96%A2%E3%81%99%E3%82%8Bgoogle%E9%87%8D%E8%A6%81%E3%81%AA%E3%83%9D%E3%83%AA%E3%82%B7.html",
    frm=("Google", "no-reply@accounts.google.com"),
    to="k.tamura@mail-yamabuki.example",
    subject="アカウントのストレージに関する重要なポリシーの変更",
    dates={"sd": dt.datetime(2020, 11, 12, 6, 30, tzinfo=JST),
           "eff": dt.date(2021, 6, 1), "del": dt.date(2023, 6, 1)},
    deadline=None,
    body="""Google をご利用のお客様

いつも Google のサービスをご利用いただき、ありがとうございます。

Gmail、Google ドライブ（ドキュメント、スプレッドシート、スライドなど）、
Google フォトのストレージについて、業界の一般的な慣行に沿った新しい
ポリシーを導入することになりました。お客様のアカウントでこれらの
サービスをご利用いただいているため、発効日（{eff_jp}）より前にお知らせ
しています。

■ 新しいポリシーの概要
・Gmail、ドライブ、フォトのいずれかを 2 年間（24 か月）使用していない
　場合、そのサービスのコンテンツを削除することがあります。
・保存容量の上限を超えた状態が 2 年間続いた場合も、Gmail、ドライブ、
　フォトのコンテンツを削除することがあります。
・Google One に加入し、容量を超えていないお客様は影響を受けません。

■ お客様への影響
2 年間の未使用や容量超過が続かない限り、影響はありません。発効日が
{eff_jp}のため、削除が行われるとしても早くて{del_jp}以降です。
削除の前には、事前にメールでお知らせします。

なお、このポリシーは個人の Google アカウントが対象で、Google Workspace
および教育機関向けのアカウントには適用されません。

Google""")

notice(
    lang="en", label="informational", phishing=False, provider="Microsoft Entra",
    url=mc("MC926195"),
    frm=MCFROM, to="identity@northgate-telecom.example",
    subject="Entra ID: Expansion of WhatsApp as an MFA one-time passcode delivery channel",
    dates={"sd": dt.datetime(2024, 11, 6, 0, 41, tzinfo=UTC)},
    deadline=None,
    body="""Message center | MC1791062 | Microsoft Entra
Tags: Feature update, User impact, Admin impact

Since late 2023 Microsoft Entra has used WhatsApp as an alternative way
to deliver multifactor authentication (MFA) one-time passcodes to users in
India and Indonesia, with better delivery and completion rates. The
channel was paused in India earlier this year. From early next month we
will switch it back on in India and extend it to more countries.

When this will happen:
Starting next month, users who receive MFA codes by text message and have
WhatsApp installed may get their codes in WhatsApp instead. If WhatsApp
can't be reached, delivery falls back to SMS. First-time recipients are
told about the change by SMS. Codes come from a verified Microsoft
business account.

How this will affect your organization:
If you use the text-message method, let your help desk know. If you
don't want codes delivered through WhatsApp, you can disable the text
message method; we recommend moving to Microsoft Authenticator or
passkeys in any case.

What you need to do to prepare:
Nothing. The change rolls out automatically.""")

notice(
    lang="en", label="informational", phishing=False, provider="Microsoft 365 (Outlook)",
    url=mc("MC892652"),
    frm=MCFROM, to="m365-admins@calderwood-council.example",
    subject="Microsoft Outlook: Adding security to feedback policy checks across all user accounts",
    dates={"sd": dt.datetime(2024, 9, 19, 0, 14, tzinfo=UTC)},
    deadline=None,
    body="""Message center | MC1764433 | Exchange Online, Microsoft 365 apps
Tags: Feature update, User impact, Admin impact

Today, new Outlook for Windows and Outlook on the web decide whether a
user may send feedback by looking only at the feedback policy of the
user's primary account.

After this rollout the check becomes stricter: Outlook will use the most
restrictive feedback policy found across all of the user's accounts. If
feedback is disabled by policy on any one of them, the Feedback button
in the Help tab will be hidden for all of them.

When this will happen:
  - Targeted Release: rollout starts late this month and should be done
    by late next month.
  - General Availability: rollout starts late next month and should be
    complete the month after.

How this will affect your organization:
Users with a policy that blocks feedback on one account lose access to
feedback on every account. The change is on by default.

What you need to do to prepare:
No admin action is needed. You may want to let users know and update
your documentation.""")

notice(
    lang="en", label="informational", phishing=False, provider="Microsoft 365 (Defender for Cloud Apps)",
    url=mc("MCMC1060467"),
    frm=MCFROM, to="secops@brackenridge-logistics.example",
    subject="(Updated) Action Required - Microsoft Defender for Cloud Apps Network Configurations Changes",
    dates={"sd": dt.datetime(2025, 4, 30, 17, 48, tzinfo=UTC)},
    deadline=None,
    body="""Message center | MC1944872 | Microsoft Defender XDR
Tags: Updated message, Admin impact

Updated today: we are reviewing this change again and will update this
Message center post when we are ready to go ahead. Please disregard this
post until further notice. Thank you for your patience.

Original message:
Because of ongoing work on Microsoft Defender for Cloud Apps to improve
security and performance, you will need to update network information in
your firewall and in related third-party services.

When this will happen:
We will let you know through Message center when we are ready to proceed.

How this affects your organization:
You are receiving this message because your organization may be using
Microsoft Defender for Cloud Apps. Once the change is made, admins may no
longer see the organization logo on the overview page of the portal
unless the new endpoints are allowed.

What you need to do to prepare:
No date applies at the moment. When we resume, the endpoints to allow
will be:
  discoveryresources-cdn-prod.cloudappsecurity.com
  discoveryresources-cdn-gov.cloudappsecurity.us""")

# ======================= pricing =======================
notice(
    lang="en", label="pricing", phishing=False, provider="Microsoft 365 (SharePoint Online)",
    url=mc("MCMC952883"),
    frm=MCFROM, to="spo-admins@westbrook-housing.example",
    subject="New Pay-as-you-go billing model for Agents in SharePoint",
    dates={"sd": dt.datetime(2025, 1, 7, 0, 24, tzinfo=UTC)},
    deadline=None,
    body="""Message center | MC1822649 | SharePoint Online
Tags: New feature, Admin impact (updated: rollout timeline)

We are introducing a pay-as-you-go (PayG) billing model for agents in
SharePoint. Organizations can pay for the service through an Azure
subscription, based on the number of queries their users run.

When this will happen:
Worldwide rollout is expected to start in the middle of this month and
finish early next month. PayG services are off by default and can only
be used after PayG billing has been set up.

How this will affect your organization:
Admins will be able to let users without a Microsoft 365 Copilot licence
use and create agents on any SharePoint site or library they can access.
Charges are per query and appear on the linked Azure subscription.
Users who have Copilot licences keep using agents under their licence
terms at no extra charge.

What you need to do to prepare:
To use PayG, a Global or SharePoint admin who is also owner or
contributor on an Azure subscription must open Pay-as-you-go services in
the Microsoft 365 admin center, choose "Agents in SharePoint" on the
Billing tab and add the subscription, region and resource group.""")

notice(
    lang="en", label="pricing", phishing=False, provider="Microsoft 365 (Copilot Chat)",
    url=mc("MC973501"),
    frm=MCFROM, to="m365-admins@ashdown-partners.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2025, 1, 7, 0, 16, tzinfo=UTC)},
    deadline=None,
    body="""Major update from Message center

MC1822641  Microsoft 365 Copilot Chat: Set up "Pay-as-you-go billing"
in Microsoft 365 admin center
Service: Microsoft 365 suite   Tags: New feature, Admin impact

We will introduce pay-as-you-go (PayG) billing for Microsoft 365 Copilot
Chat in the Microsoft 365 admin center.

When this will happen:
General Availability: rollout starts late this month and should finish
by the middle of next month.

How this will affect your organization:
Admins will be able to give Copilot Chat to users who do not have a
Microsoft 365 Copilot licence, with usage charged to an Azure
subscription. PayG is off by default and only becomes available after
billing is set up. Licensed Copilot users are not affected.

What you need to do to prepare:
  1. Sign in as a Global or SharePoint admin who is also owner or
     contributor on the Azure subscription.
  2. Go to Org settings > Pay-as-you-go services > Billing and select
     M365 Copilot Chat.
  3. Add the subscription, region and resource group, then Save.
To stop PayG access later, choose Disconnect Azure subscription.""")

# ======================= billing =======================
notice(
    lang="en", label="billing", phishing=False, provider="Microsoft 365 (Copilot Chat)",
    url=mc("MCMC1069563"),
    frm=MCFROM, to="finance-it@ravensworth-media.example",
    subject="Microsoft 365 admin center: Usage reports to manage metered consumption costs for Microsoft 365 Copilot Chat (preview)",
    dates={"sd": dt.datetime(2025, 5, 7, 23, 47, tzinfo=UTC), "first": dt.date(2025, 5, 3)},
    deadline=None,
    body="""Message center | MC1957716 | Microsoft 365 suite
Tags: New feature, Admin impact

To help you keep metered costs for Microsoft 365 Copilot Chat under
control, we are adding a Message consumption report to the Microsoft 365
admin center.

The report shows the billed messages linked to your Copilot
pay-as-you-go billing policies: total messages, cumulative and daily
trends, and messages per user, per agent and per agent-user pair. During
the preview it covers at most the last 30 days, and no data from before
{first_en} is available.

You will also see an alert when a user has consumed more than 2,000
billed messages, to help you avoid overspending.

When this will happen:
Public preview rolls out from early this month to late this month;
general availability is planned for late July.

What you need to do to prepare:
Nothing. The report appears under Reporting > Usage > Microsoft 365
Copilot > Message consumption once pay-as-you-go billing is set up.""")

notice(
    lang="en", label="billing", phishing=False, provider="Microsoft Purview",
    url=mc("MC693860"),
    frm=MCFROM, to="compliance@thornbury-pharma.example",
    subject="Estimating cost of Optical Character Recognition (OCR) for Exchange, Teams, SharePoint, OneDrive, Endpoint",
    dates={"sd": dt.datetime(2024, 11, 18, 19, 5, tzinfo=UTC)},
    deadline=None,
    body="""Message center | MC1672514 | Microsoft Purview
Tags: Updated message (timeline changed)

Optical Character Recognition (OCR) lets Microsoft Purview scan images
for sensitive information. OCR is billed per image scanned, through the
Azure subscription linked to your Purview pay-as-you-go billing.

With the OCR Cost Estimator you can now see what OCR would cost you
before you turn it on, without first linking an Azure subscription for
billing. Running the estimator itself is free.

When this will happen:
  - Public preview: under way, completing late this month.
  - General availability: rollout starts early next month and should be
    complete by the end of next month.

How this will affect your organization:
The estimator lets you try combinations of workloads, users and sites and
shows the expected cost and image volume for each, with downloadable
reports.

What you need to do to prepare:
In the Purview compliance portal go to Settings > Optical Character
Recognition and select Start cost estimator. Compliance Administrator or
Compliance Data Administrator rights are required.""")

# ======================= phishing =======================
notice(
    lang="en", label="action-required", phishing=True, provider="Microsoft (impersonated)",
    url=pp(1291), html=True,
    frm=("Microsoft Privacy", "nepasrepondre@renov-iso.example"),
    to="dana.whitlock@hotmail.example",
    subject="Your latest User Agreement",
    dates={"sd": dt.datetime(2023, 9, 11, 17, 46, 56, tzinfo=UTC), "eff": dt.date(2023, 9, 12)},
    deadline="eff", rel=("days", 1),
    body="""Microsoft

Your Latest User Agreement
dana.whitlock@hotmail.example

We are updating the user agreement for our customers. The new terms take
effect tomorrow, {eff_ukw}.

If you keep using your Microsoft account after that date, you must first
accept the new user agreement in order to continue using the account.

    [ Update my agreement ]
    https://account-agreement-update.example/ms/accept?u=dwhitlock

You are receiving this email because a new user agreement is waiting
for you.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

notice(
    lang="en", label="security-incident", phishing=True, provider="Microsoft (impersonated)",
    url=pp(10), html=True,
    frm=("Microsoft account team", "no-reply@access-accsecurity.example"),
    to="r.mendes@outlook-user.example",
    subject="Microsoft account unusual signin activity",
    dates={"sd": dt.datetime(2023, 9, 8, 5, 47, 4, tzinfo=UTC)},
    deadline=None,
    body="""Microsoft account

Unusual sign-in activity

We noticed something unusual about a recent sign-in to the Microsoft
account r.mendes@outlook-user.example.

Sign-in details
  Country/region:  Russia/Moscow
  IP address:      198.51.100.214
  Date:            {sd_ukw} {sd_hm} (GMT)
  Platform:        Windows 10
  Browser:         Firefox

Someone in Russia/Moscow has just signed in to your account from a new
device. If this wasn't you, please report the user. If it was you, we
will trust similar activity in future.

    [ Report The User ]
    mailto:unusual-signin-report@access-accsecurity.example

To opt out or change where you receive security notifications, click
here.

Thanks,
The Microsoft account team""")

notice(
    lang="en", label="billing", phishing=True, provider="Microsoft Azure Monitor (abused)",
    url="https://5ad.net/cloud-service-monitoring-tools-weaponized-legitimate-azure-notification-channels-fuel-sophisticated-callback-scams/",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="accounts@bellmont-dental.example",
    subject="Azure: Activated Severity: 3 Billing and account security notice REF MS-FRA-4418270-QT",
    dates={"sd": dt.datetime(2026, 3, 5, 14, 9, tzinfo=UTC), "tx": dt.date(2026, 3, 5)},
    deadline=None,
    body="""Azure Monitor alert was activated

Alert rule:    Billing and account security notice REF MS-FRA-4418270-QT
Severity:      Sev3
Fired time:    {sd_ts} UTC

Alert rule description
MICROSOFT CORPORATION BILLING AND ACCOUNT SECURITY NOTICE
(REF: MS-FRA-4418270-QT). Our system has found a charge on your account
that may not be authorised.

Transaction details:
  Merchant:        Windows Defender
  Transaction ID:  WD771-302C-19F
  Amount:          389.90 USD
  Date:            {tx_iso}

For your protection our Fraud Detection Team has put this transaction
on hold. To avoid suspension of your account or extra fees, verify the
transaction at once. If you did NOT authorise this payment, call our
24/7 Microsoft Account Security Support on +1 (555) 014-2291.

We apologise for any inconvenience. Microsoft Account Security Team

You are receiving this because you are a member of the action group
"ag-notify-billing". Unsubscribe from this action group.""")


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
    cte = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
    msg.set_content(body + "\n", subtype="plain", charset="utf-8", cte=cte)
    if n.get("html"):
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:Segoe UI,Arial,sans-serif;font-size:14px\">\n%s\n</div>"
               "</body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


def resolve_relative(date, rel):
    kind, count = rel
    d = date.date()
    if kind == "days":
        return d + dt.timedelta(days=count)
    if kind == "bdays":
        return add_business_days(d, count)
    raise ValueError(kind)


def main():
    problems = []
    if len(N) != 36:
        problems.append("expected 36 notices, got %d" % len(N))
    built = []
    urls = []
    for i, n in enumerate(N, 1):
        try:
            msg, date, subject, body, dl = build_message(i, n)
        except (KeyError, ValueError, IndexError) as exc:
            problems.append("#%d cannot render: %r" % (i, exc))
            continue
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
        if n.get("rel"):
            want = resolve_relative(date, n["rel"])
            if dl == "none" or dt.date.fromisoformat(dl) != want:
                problems.append("#%d relative deadline %s resolves to %s" % (i, dl, want))
        if n["phishing"] is False and n["label"] in ("informational", "billing", "security-advisory") \
                and dl != "none" and not n.get("explicit_date"):
            problems.append("#%d %s with a deadline" % (i, n["label"]))
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        for line in body.split("\n"):
            if line.startswith("From "):
                problems.append("#%d body line starts with 'From '" % i)
        if "{" in body or "}" in body or "{" in subject:
            problems.append("#%d unformatted placeholder" % i)
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URLs")
    try:
        with open("/work/blind/used-sources.txt", encoding="utf-8") as fh:
            already = set(line.strip() for line in fh if line.strip())
    except OSError:
        already = set()
    own = set()
    try:
        with open(os.path.join(OUT, "used-sources.txt"), encoding="utf-8") as fh:
            own = set(line.strip() for line in fh if line.strip())
    except OSError:
        pass
    for u in urls:
        if u in already and u not in own:
            problems.append("source already used by another batch: %s" % u)

    # write mboxo
    with open(MBOX, "wb") as fh:
        for n, msg, date, subject, body, dl in built:
            raw = msg.as_bytes(policy=email.policy.default.clone(linesep="\n", max_line_length=998))
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
    generic = 0
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
        if str(m["X-Training-Label"]) != n["label"]:
            problems.append("#%d label mismatch" % idx)
        if str(m["X-Training-Deadline"]) != dl:
            problems.append("#%d deadline mismatch" % idx)
        hdl = str(m["X-Training-Deadline"])
        if hdl != "none":
            try:
                if dt.date.fromisoformat(hdl) < email.utils.parsedate_to_datetime(str(m["Date"])).date():
                    problems.append("#%d header deadline before Date" % idx)
            except ValueError:
                problems.append("#%d bad deadline %s" % (idx, hdl))
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
            if m.get_content_type() != "multipart/alternative" or m.get_body(("html",)) is None:
                problems.append("#%d bad multipart structure" % idx)
        if n["phishing"]:
            phishing[n["label"]] = phishing.get(n["label"], 0) + 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1
        if subject in GENERIC_SUBJECTS:
            generic += 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if not 10 <= crit <= 13:
        problems.append("critical %d outside 10..13" % crit)
    if sum(phishing.values()) != 3:
        problems.append("phishing %d != 3" % sum(phishing.values()))
    if langs.get("ja", 0) != 4:
        problems.append("Japanese notices %d != 4" % langs.get("ja", 0))
    if counts.get("action-required", 0) < max(v for k, v in counts.items() if k != "action-required"):
        problems.append("action-required is not the largest group")

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    lang_name = {"ja": "Japanese", "en": "English"}
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            lang_name[n["lang"]], n["url"]))
    lang_counts = ", ".join("%s %d" % (lang_name[k], v) for k, v in sorted(langs.items()))
    readme = README.format(
        name=NAME,
        counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
        phish=", ".join("%s %d" % (k, phishing[k]) for k in sorted(phishing)),
        nphish=sum(phishing.values()),
        crit=crit, langs=lang_counts, multipart=multipart, generic=generic,
        providers=", ".join(providers),
        rows="\n".join(rows))
    with KeptSections(os.path.join(OUT, "README.md")) as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


GENERIC_SUBJECTS = {"Major update from Message center", "Notification", "Alert: User suspended"}

README = """# Batch {name}: May 2029, Google Cloud / Workspace / Firebase and Microsoft Azure / 365 / Entra

36 labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic: fixed Message-IDs and MIME boundaries).
Each notice follows one public original (see the table), moved into May 2029 by a
weekday-preserving day offset applied to all of its dates, with names, ids, hosts,
customer domains (`.example`) and IP addresses (documentation ranges) replaced and
every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

## Counts

- by label (phishing counted apart): {counts}
- phishing: {nphish} ({phish})
- critical (abuse + security-incident, without phishing): {crit}
- languages: {langs}
- multipart/alternative (plain + HTML): {multipart}; Japanese bodies base64, English
  bodies quoted-printable; non-ASCII headers RFC 2047
- generic subjects ("Major update from Message center", "Notification",
  "Alert: User suspended"): {generic}; misleading subject: #29 ("(Updated) Action
  Required ..." whose body withdraws the request)

## Providers

{providers}

## Notes on the originals

- The search budget of this session (40 look-ups, shared) ran out while looking for
  maintenance notices; only one maintenance notice (#25) could be sourced, so the
  rest of the batch leans on action-required notices. Most obvious originals for this
  theme (GitHub issues quoting GCP suspension and billing mails, Azure Safeguards
  notices, GCP crypto-mining alerts) were already listed in the shared
  used-sources file and were skipped.
- Microsoft 365 Message center notices (#12-#16, #18, #21, #25, #27-#33) come from the
  public archive cengizyilmaz1/MS365MessageCenter (JSON of the posts admins receive).
  Several are rendered as the "Major update from Message center" e-mail that carries
  such posts; MC numbers were replaced. Month names that the originals gave only as
  "late <month>" were turned into relative wording ("late this month") so that the
  date shift stays consistent.
- #1, #2, #22-#24 follow entries of wiz-sec/open-cvdb (Azurescape, NotLegit, Azure CLI
  CVE-2023-36052, GCP-2021-019, Chronicle bucket access) written as the customer
  notices the providers sent about them.
- #4 follows a Google Cloud compliance mail stored in a public mailbox dump
  (PeteEmpy/petesbrain; the other copy of this alert, a different message, is used by
  another batch). #17 follows a notice quoted in dotnet/dnceng.
- #7: the stored page had no address in the search result; the URL is the
  crieit.net post that another page (hikey-support.com) links to for the same mail.
- #20 is the Japanese Azure documentation page that mirrors the retirement notice;
  #19 and #26 are Japanese blogs quoting the mails they received.
- Generic subjects were only used where the received mail has a generic subject
  (Message center "Major update" mails, the Midnight Blizzard "Notification", the
  Workspace "User suspended" alert), which gives 9 rather than 12.
- Labels a reader might argue: #29 (subject says "Action Required", body withdraws it:
  informational), #26 (storage policy change with no act-by date: informational),
  #33 (OCR cost estimator, labelled billing as a cost/budget notice), #11 (abuse
  enforcement with a deactivation date, used as the deadline).
- #34 and #35 are phishing_pot samples; #36 is the Azure Monitor callback-phishing
  campaign (lures sent through real Azure alert mail), labelled as the billing notice
  it pretends to be.

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
"""


if __name__ == "__main__":
    main()
