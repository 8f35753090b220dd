#!/usr/bin/env python3
"""Generate validation batch g58: 36 labelled cloud-provider notices (April 2029).

Theme: dated kinds from all kinds of providers -- deprecations and ends of support with
several dates, maintenance windows (scheduled, cancelled, completed), price and free-tier
changes with effective dates, certificate and domain expiries, payment due dates and
requests to reply within N (business) days.  26 notices carry a deadline, 10 do not.
28 English, 6 Japanese and 2 German notices; 3 of them phishing.

Standard library only, deterministic.  Writes set-g58.mbox, README.md and
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

NAME = "g58"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 4)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
PST = dt.timezone(dt.timedelta(hours=-8))
PDT = dt.timezone(dt.timedelta(hours=-7))
CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
BST = dt.timezone(dt.timedelta(hours=1))
EDT = dt.timezone(dt.timedelta(hours=-4))

DMCA = "https://github.com/github/dmca/blob/master/"
WH = ("https://github.com/pypi/warehouse/blob/6b62157124ab7865029afeeadf282bce27d601d9/"
      "warehouse/templates/email/")
MC = ("https://github.com/cengizyilmaz1/MS365MessageCenter/blob/"
      "50eb30b07630acb70d3b0e19cd00f9a6dce3e22d/%40data/archive/")
CMP = ("https://github.com/networktocode/circuit-maintenance-parser/blob/develop/"
       "tests/unit/data/")
PP = "https://github.com/rf-peixoto/phishing_pot/blob/main/email/"

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
    mon3 = EN_MON[d.month - 1][:3]
    return {
        key + "_en": "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[d.month - 1], d.day, d.year),
        key + "_enm": "%s %d" % (EN_MON[d.month - 1], d.day),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_hm": d.strftime("%H:%M"),
        key + "_jp": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_jpw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, JA_WD[w]),
        key + "_md": "%d月%d日" % (d.month, d.day),
        key + "_mdw": "%d月%d日（%s）" % (d.month, d.day, JA_WD[w]),
        key + "_ymd": "%d/%02d/%02d" % (d.year, d.month, d.day),
        key + "_de": "%d. %s %d" % (d.day, DE_MON[d.month - 1], d.year),
        key + "_dew": "%s, %d. %s %d" % (DE_WD[w], d.day, DE_MON[d.month - 1], d.year),
        key + "_dmy": d.strftime("%d.%m.%Y"),
        key + "_eqx": "%02d-%s-%d" % (d.day, mon3.upper(), d.year),
        key + "_eqw": "%s, %02d %s" % (EN_WD[w].upper(), d.day, mon3.upper()),
        key + "_colt": "%02d/%d/%d" % (d.day, d.month, d.year),
        key + "_le": "%02d %s %02d" % (d.day, mon3, d.year % 100),
        key + "_us": "%02d-%02d-%d" % (d.month, d.day, d.year),
        key + "_usd": "%d/%d/%d" % (d.month, d.day, d.year),
        key + "_pswd": "%02d_%02d_%d" % (d.day, d.month, d.year),
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
    kw.setdefault("html", False)
    kw.setdefault("rel", None)
    N.append(kw)
# ---------------- abuse (7) ----------------
notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA + "2025/03/2025-03-11-curvysplines.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="tomas.moravec@kestrel-labs.example",
    subject="[GitHub] DMCA takedown notice concerning tmoravec-dev/unity-sandbox-copy",
    dates={"sd": dt.datetime(2025, 3, 6, 10, 12, tzinfo=UTC)},
    rel=("bdays", 1), deadline="dl",
    body="""Hi @tmoravec-dev,

GitHub has received a takedown notice under the DMCA about content in
a repository you own. A copy of the notice is attached to this message.

Repository: tmoravec-dev/unity-sandbox-copy
Reported path: Assets/scripts/Curvy
Claim: the folder contains the source of a paid Unity editor asset
(a spline toolkit sold on the Unity Asset Store) that is redistributed
without a licence from its author.

Because the notice names specific files, you have one business day,
until {dl_enw}, to remove them. Deleting the folder in a
new commit or making the repository private is not enough: the files
also have to be purged from the history (see the guide on removing
sensitive data).

When the content is gone, reply to this message so we can check it.
If we do not hear from you within that business day, we will have to
disable the whole repository as our DMCA Takedown Policy requires.

If you believe the notice is mistaken, you can file a counter notice;
please read the counter-notice guide first, as it has legal effect.

Regards,
GitHub Trust & Safety
Ticket #6081344""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA + "2025/11/2025-11-06-parallelrealities.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="ines.valcourt@quillpoint.example",
    subject="[GitHub] Copyright takedown notice: ivalcourt/shooter-tutorial-src",
    dates={"sd": dt.datetime(2025, 11, 3, 16, 40, tzinfo=UTC)},
    rel=("bdays", 1), deadline="dl",
    body="""Hi @ivalcourt,

We are writing because GitHub received a copyright (DMCA) takedown
notice that covers your repository ivalcourt/shooter-tutorial-src.

The sender writes and sells game-programming tutorials. The notice says
the repository holds the source code that buyers of those tutorials
download, copied with its copyright headers still in place, and that
it was never released under an open licence.

What we need from you:
  - remove the reported source files from the repository, including
    from its commit history, within one business day, that is by
    {dl_enw};
  - then reply to this email to tell us the changes are done.

If we have no reply by then, we will disable access to the repository
under our DMCA Takedown Policy. Forks are not affected by this message;
they are handled separately if they are named in a notice.

If you think the material was removed by mistake or misidentified, you
may submit a counter notice. We recommend reading our guide first.

Thanks,
GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA + "2025/11/2025-11-24-exercisedb.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="dev@lumenfit-apps.example",
    subject="[GitHub] DMCA notice affecting the fork network of fitdata-org/exercise-catalog",
    dates={"sd": dt.datetime(2025, 11, 21, 18, 5, tzinfo=UTC)},
    rel=("bdays", 1), deadline="dl",
    body="""Hello,

You are receiving this message as the owner of lumenfit-apps/exercise-catalog,
a fork of fitdata-org/exercise-catalog.

GitHub has received a DMCA takedown notice that concerns the parent
repository and its whole fork network (more than 100 repositories). The
sender states that the exercise dataset and media in the parent were
copied from a commercial database, and that nearly all forks contain
the same material.

Because the network is larger than one hundred repositories, we intend
to process the notice against the entire network, your fork included.

Before we do that, you have one business day to act. If your fork no
longer contains the reported dataset and images, or you remove them
from the history, reply to this email by {dl_enw} and
tell us which commit removed them. Forks that have been cleaned up will
be left in place.

Without a reply in that time, your fork will be disabled together with
the rest of the network. A counter notice remains possible afterwards.

Regards,
GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub (npm)",
    url=DMCA + "2025/09/2025-09-26-siemens-npm.md",
    frm=("npm Support", "support@npmjs.com"),
    to="k.hollister@brightfield-eng.example",
    subject="DMCA takedown notice for npm packages aw-client-shell and dwk",
    dates={"sd": dt.datetime(2025, 9, 23, 14, 30, tzinfo=UTC)},
    rel=("bdays", 1), deadline="dl",
    body="""Hi,

npm (operated by GitHub) has received a DMCA takedown notice about two
packages published from your account:

  aw-client-shell (all versions from 6.2.5)
  dwk

The notice was sent by an agent of a product lifecycle management
vendor. It states that the packages contain the code of the vendor's
proprietary web client, which is only supplied to licensed customers
and integrators under contract, and that the code was never open
sourced.

Please unpublish the reported packages (or the affected versions)
within one business day, by {dl_enw}, and reply to this
message once you have done so. The npm documentation explains how to
unpublish a package or a single version.

If the packages are still available after that time, npm will remove
them under the DMCA Takedown Policy.

If you believe the packages were reported in error, you can send a
counter notice; the guide on our documentation site describes what it
must contain.

Thank you,
npm Support""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub (npm)",
    url=DMCA + "2025/02/2025-02-28-ctw-npm.md",
    frm=("npm Support", "support@npmjs.com"),
    to="haru.tsujimoto@mailbox.example",
    subject="Action needed: DMCA notice for the npm package gplay-admin-kit",
    dates={"sd": dt.datetime(2025, 2, 26, 9, 45, tzinfo=UTC)},
    rel=("bdays", 1), deadline="dl",
    body="""Hello,

We have received a DMCA takedown notice that names the npm package
gplay-admin-kit, which is published under your account.

The complainant, the operator of an online game platform, says the
package was uploaded by a former employee and contains internal code:
references to private API endpoints, internal tool URLs and system
identifiers that were never meant to be public. They ask for the
package to be removed.

You have one business day to unpublish the package, which means by
{dl_enw}. Please answer this email when it is done.
If the package is still on the registry after that, we will take it
down ourselves under the DMCA Takedown Policy.

If you disagree with the notice, a counter notice can be filed. Note
that the complainant would then be told your contact details.

Regards,
npm Support
Case 4417029""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA + "2025/05/2025-05-14-sansan.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="r.okabe@outlook.example",
    subject="[GitHub] Takedown notice received for rokabe/ops-maint-helper",
    dates={"sd": dt.datetime(2025, 5, 9, 9, 30, tzinfo=UTC)},
    rel=("bdays", 1), deadline="dl",
    body="""Hi @rokabe,

GitHub received a DMCA takedown notice from a business software company
about your public repository rokabe/ops-maint-helper.

According to the notice, the repository contains the source of an
internal maintenance tool that belongs to the company and was published
to a personal account by mistake. The company says the code could let
outsiders infer how its internal systems are built, and asks for the
repository to be removed. (A separate circumvention claim in the notice
was not accepted; only the copyright claim is being processed.)

Please delete the repository, or remove the company's code from it and
from its history, within one business day: by {dl_enw}.
Reply to this email when you have done so.

If the code is still available after that, we will disable the
repository. If you believe the notice is wrong, you can file a counter
notice instead.

Regards,
GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA + "2025/10/2025-10-07-monokai-pro-3.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="lucasferreira@poste.example",
    subject="[GitHub] Repository disabled: lferreira/theme-unlocker",
    dates={"sd": dt.datetime(2025, 10, 7, 15, 20, tzinfo=UTC)},
    deadline=None,
    body="""Hi @lferreira,

We have disabled access to your repository lferreira/theme-unlocker.

The action follows a copyright takedown notice from the author of a
commercial editor colour theme. The repository contained a tool that
generates licence codes for that theme, and our Acceptable Use Policies
prohibit sharing unauthorised product licensing keys, key generators
and software that bypasses licence checks. Such content is removed
without a period to make changes.

The repository now shows a notice to visitors, and the takedown notice
will be published, with personal details removed, in our public DMCA
repository.

If you believe the repository was disabled in error, you can submit a
counter notice through the form linked in our documentation. Repeated
violations can lead to the suspension of your account.

Regards,
GitHub Trust & Safety""")

# ---------------- security incidents (5) ----------------
notice(
    lang="en", label="security-incident", phishing=False, provider="PyPI",
    url=WH + "token-compromised-leak/body.txt",
    frm=("PyPI", "noreply@pypi.org"),
    to="maintainer@tidewater-tools.example",
    subject="[PyPI] Your API token was found in a public location and revoked",
    dates={"sd": dt.datetime(2026, 3, 10, 14, 22, tzinfo=UTC)},
    deadline=None,
    body="""What happened?

One of our secret-scanning partners told us that a PyPI API token
belonging to your account "tidewater" could be read at this public URL:

https://git.example.net/tidewater/release-scripts/blob/8c41d0e/.pypirc

The token has been revoked automatically and can no longer be used.

What should I do?

Look at the page above and work out whether you published the token
yourself by mistake or whether someone else obtained it and posted it.
If it was not you, treat your credentials as stolen and secure them.

After that, you can create a new token from your account settings and
update the integrations that used the old one. If you publish from CI,
consider Trusted Publishing, which relies on short-lived credentials
instead of long-lived tokens.

Please also check the recent releases of all your projects to make
sure nobody used the token to upload a release in your name.

This message is automated: our partner forwards every token it finds,
and we act on each one that turns out to be valid. Questions can go to
admin@pypi.org.""")

notice(
    lang="en", label="security-incident", phishing=False, provider="PyPI",
    url=WH + "password-compromised/body.txt",
    frm=("PyPI", "noreply@pypi.org"),
    to="yolanda.brisk@fernhollow.example",
    subject="[PyPI] Your PyPI password has been reset",
    dates={"sd": dt.datetime(2026, 1, 15, 8, 3, tzinfo=UTC)},
    deadline=None,
    body="""Hello ybrisk,

The PyPI administrators have concluded that the password of your
account is compromised. As a precaution we have reset it, so your old
password no longer works, neither for logging in nor for uploads.

This is not the result of a breach at PyPI. The password appeared in
data that is known to be in the hands of third parties, and we reset
it to protect your account and the projects you maintain.

To get back into your account, request a new password from the reset
page on pypi.org and choose one you do not use anywhere else.

We also suggest reviewing your projects' recent releases and your
account's security history once you are logged in.

For more information, write to admin@pypi.org.

Thanks,
The PyPI team""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Codecov",
    url="https://github.com/KaTeX/KaTeX/issues/2956",
    frm=("Codecov Security", "security@codecov.io"),
    to="infra@glyphwork.example",
    subject="Bash Uploader Security Notice",
    dates={"sd": dt.datetime(2021, 4, 15, 22, 10, tzinfo=UTC)},
    deadline=None, html=True,
    body="""Hello,

We are writing because our investigation shows that your organisation
"glyphwork" used one of Codecov's Bash Uploaders during the period in
which the script had been altered by an unauthorised party. We can
confirm that your CI was affected by this security event.

The modified uploader sent the environment variables of the CI run to
a server outside Codecov. This means any credentials, tokens or keys
available in those CI environments may be in someone else's hands,
together with the git remote information of the repositories.

The Bash Uploader is also used inside the Codecov GitHub Action, the
CircleCI orb and the Bitrise step, so those integrations count as well.

We strongly recommend that you immediately re-roll every credential,
token and key that was present in the environment of CI jobs that ran
a Codecov uploader, and review access logs for the systems they open.

Full details, the timeline and indicators of compromise are on the
security update page linked from your Codecov dashboard.

We are sorry for the disruption this causes.

The Codecov team""")

notice(
    lang="en", label="security-incident", phishing=False, provider="CircleCI",
    url="https://github.com/nipreps/nirodents/pull/58",
    frm=("CircleCI", "security@circleci.com"),
    to="ops@brainmesh-lab.example",
    subject="CircleCI security alert: rotate any secrets stored in CircleCI",
    dates={"sd": dt.datetime(2023, 1, 4, 23, 40, tzinfo=UTC),
           "w1": dt.date(2022, 12, 21), "w2": dt.date(2023, 1, 4)},
    deadline=None, html=True,
    body="""Dear CircleCI customer,

We are currently investigating a security incident, and we want to
tell you what you should do right away while the work continues.

Out of an abundance of caution, we strongly recommend that all
customers:

  - immediately rotate every secret stored in CircleCI, whether in
    project environment variables or in contexts;
  - review internal logs of your own systems for any unauthorised
    access between {w1_en} and {w2_en}, or until you
    have finished rotating the secrets.

Your organisation "brainmesh-lab" has 14 projects with stored
environment variables and 3 contexts.

We have also invalidated all Project API tokens; they need to be
replaced before your pipelines can use the API again.

We will keep you informed as we learn more, and the latest status will
be posted on our blog and status page. If you have questions, contact
our support team.

Thank you for your patience,
The CircleCI team""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Docker",
    url="https://github.com/femiwiki/femiwiki/issues/79",
    frm=("Docker", "noreply@docker.com"),
    to="hyunwoo.park@namu-ops.example",
    subject="Docker Hub security notice: please reset your password",
    dates={"sd": dt.datetime(2019, 4, 26, 23, 15, tzinfo=UTC),
           "found": dt.date(2019, 4, 25)},
    deadline=None,
    body="""Hello,

On {found_enw} we discovered unauthorised access to a
single Docker Hub database that stores part of our non-financial user
data. We acted at once to stop the access and secure the site.

During this brief period, data from around 190,000 accounts may have
been exposed. Your account "hwpark" is one of them. The data includes
usernames and hashed passwords, and for some users the GitHub and
Bitbucket tokens used for Docker autobuilds.

What we have done:
  - reset the password of your account; use "Forgot password" on
    Docker Hub to set a new one before you log in again;
  - revoked the GitHub and Bitbucket tokens and access keys linked to
    your autobuilds. To keep building, relink your repositories in
    the Docker Hub settings.

We also recommend that you check the security logs of your GitHub and
Bitbucket accounts for unexpected actions over the last days.

We are enhancing our security processes and reviewing our policies,
and we apologise for the trouble this causes.

Docker Support""")
# ---------------- phishing (3) ----------------
notice(
    lang="en", label="action-required", phishing=True, provider="Proton Mail (impersonated)",
    url=PP + "sample-1187.eml",
    frm=("proton.me Helpdesk", "proton.me@fernhill-farm.example"),
    to="r.lindqvist@pm.example",
    subject="Action Required: Password Expiry Notice!!!",
    dates={"sd": dt.datetime(2023, 6, 15, 12, 37, 49, tzinfo=CEST)},
    rel=("days", 2), deadline="dl", html=True,
    body="""Action Required

Hi r.lindqvist,

This is to let you know that the password of your account
"r.lindqvist@pm.example" expires in 48 hours, on {dl_enw}.

To keep using your current password after that, confirm it with the
link below. If you do nothing, the password will be reset and you will
be locked out of your mailbox until you verify your identity again.

   [ Update password ]
   https://proton-me-password.example/keep?acct=r.lindqvist

proton.me Active Directory password alert services
800 Boylston Street, Suite 1410, Boston, MA 02199, USA""")

notice(
    lang="en", label="billing", phishing=True, provider="Cloud storage service (impersonated)",
    url=PP + "sample-7562.eml",
    frm=("Cloud Storage", "hello@Cloud-Storagex7q.example"),
    to="daviniaklee@mail.example",
    subject="\u23f3 Your Cloud Account Is Suspended \u2014 Respond Within 24 Hours - Member #(RZT-640183) \u2757",
    dates={"sd": dt.datetime(2026, 1, 26, 0, 25, 5, tzinfo=UTC)},
    rel=("days", 1), deadline="dl", html=True,
    body="""Cloud Account Suspended

Your Cloud Account Is Suspended
Restore access by updating your payment information.

\u26a0 Urgent Action Required
Your subscription has been suspended because the last renewal
payment did not go through. Update your details within 24 hours,
by {dl_en}, to avoid permanent loss of your data.

  50GB Used / 50GB Total
  Subscription ID: QLV20571XP339
  Date Exp: {sd_us}
  User: daviniaklee
  Product: 50GB Cloud Storage Space
  Error: Account suspended \u2014 data inaccessible

   [ Update Your Information ]
   https://cloud-storage-restore.example/billing?m=RZT-640183

*Eligible for 50GB bonus storage after updating account.

To stop messages like this, unsubscribe here.""")

notice(
    lang="en", label="billing", phishing=True, provider="iCloud (impersonated)",
    url=PP + "sample-6444.eml",
    frm=("Cloud Support Team", "noreply@cloudstoragespace-rt.example"),
    to="m.okonkwo@inbox.example",
    subject="\u26a0 Your Payment Method Has Expired \u2013 Action Required {{CASE: 518-20417}}",
    dates={"sd": dt.datetime(2025, 11, 24, 12, 19, 8, tzinfo=UTC)},
    deadline="sd", html=True,
    body="""Cloud Payment Failure

The payment attempt for the renewal of your Cloud storage
subscription has failed, and we could not renew your storage space.

\u2715 Your payment method has expired: update your payment details today.

  Subscription ID: CLDSTRG-40518822
  Product: Cloud Storage
  Expiration date: {sd_us}

Without Cloud space you may not be able to keep all your photos,
videos, documents and files in the Cloud, and new items will stop
syncing to your devices.

If you are running out of space, you can also upgrade your plan.

   [ Update my payment ]
   https://icloud-payment-update.example/renew?id=CLDSTRG-40518822

Thank you for using our services,
Cloud Storage Customer Support Team
Unsubscribe""")

# ---------------- action required (10) ----------------
notice(
    lang="en", label="action-required", phishing=False, provider="Microsoft 365",
    url=MC + "MC496849.json",
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="m365-admins@harrowgate-council.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2023, 8, 29, 18, 4, tzinfo=UTC),
           "up": dt.date(2023, 9, 15), "acc": dt.date(2023, 10, 15),
           "live": dt.date(2024, 1, 31), "ret": dt.date(2024, 4, 15)},
    deadline="ret", html=True,
    body="""Organization: Harrowgate Council
Message ID: MC5186203
Title: Stream (Classic) will be retired on {ret_en}

Updated: we have added details on the new migration settings below.

Microsoft is retiring Stream (Classic). The key dates are:
  - {up_en}: users can no longer upload new videos to
    Stream (Classic).
  - {acc_en}: users lose access to Stream (Classic),
    unless you postpone this step with the new delay settings in the
    Stream (Classic) admin center.
  - {live_en}: Stream live events are retired.
  - {ret_en}: Stream (Classic) is retired and its content
    is no longer available.

Its successor, Stream (on SharePoint), is generally available. We
recommend that you start using it now, point your users to upload
videos to SharePoint, Teams and OneDrive instead, and put a migration
plan in place. The migration tool in the admin center copies videos
and their permissions to SharePoint.

How this affects your organization: videos left in Stream (Classic)
after the retirement date cannot be recovered.

View this message in the Microsoft 365 admin center.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Microsoft 365",
    url=MC + "MC783985.json",
    frm=("Microsoft 365 メッセージ センター", "o365mc@microsoft.com"),
    to="it-admin@kawasemi-shoji.example",
    subject="メッセージ センターからの主要な更新",
    dates={"sd": dt.datetime(2024, 4, 23, 19, 44, tzinfo=UTC),
           "eos": dt.date(2024, 7, 1), "eoa1": dt.date(2024, 10, 23),
           "eoa2": dt.date(2025, 7, 1)},
    deadline="eos", html=True,
    body="""組織: かわせみ商事株式会社
メッセージ ID: MC6347120
タイトル: クラシック Teams のサポート終了と利用終了のスケジュール

クラシック Teams のサポート終了および利用終了の予定をお知らせします。

■ サポート終了（{eos_jp}）
4 月から、ユーザーにはサポート終了を予告するバナーと閉じることのできる
警告が表示されています。{eos_jp}以降、クラシック Teams は
サポート対象外となり、アプリ内で定期的に案内が表示されます。

■ 利用終了
・{eoa1_jp}: Windows 7 / 8 / 8.1 および macOS 10.12 の
  クラシック Teams デスクトップ アプリが利用できなくなります。
・{eoa2_jp}: すべてのユーザーについてクラシック Teams
  デスクトップ アプリが利用できなくなります。代わりに、サポート対象の
  ブラウザーで新しい Teams の Web アプリをご利用いただけます。

■ 準備のために必要な対応
・Windows 10 バージョン 10.0.19041 未満、または macOS Big Sur 以前を
  ご利用のユーザーは、できるだけ早く OS を更新してください。
・アプリのインストールを制限しているポリシーがある場合は、管理者が
  新しい Teams を展開してください。

米国政府機関向けクラウド、VDI 環境、Teams Rooms デバイスなどには
別の日程が適用され、個別にご案内します。

Microsoft 365 管理センターでこのメッセージを表示""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Microsoft 365 (SharePoint Online)",
    url=MC + "MC616550.json",
    frm=("Microsoft 365 メッセージ センター", "o365mc@microsoft.com"),
    to="jouhou-kanri@minato-seiki.example",
    subject="InfoPath 2013 クライアントと SharePoint Online の InfoPath Forms Services は {eos_jp} にサポートを終了します",
    dates={"sd": dt.datetime(2023, 6, 30, 15, 4, tzinfo=UTC),
           "eos": dt.date(2026, 7, 14)},
    deadline="eos",
    body="""組織: 湊精機株式会社
メッセージ ID: MC5590318

お客様やパートナーの声から、デバイスをまたいで使える統合的なフォーム
機能が求められていることは明らかですが、InfoPath はそれに対応して
いません。既にお知らせしているとおり、InfoPath 2013 クライアントの
延長サポートは {eos_jpw}に終了します。Microsoft 製品全体で
足並みをそろえるため、SharePoint Online の InfoPath Forms Services も
廃止いたします。影響を小さくするため、早めにご案内しています。

■ スケジュール
{eos_jp}から、既存のテナントでも InfoPath Forms Services を
順次削除します。この日以降、SharePoint Online で InfoPath フォームは
利用できなくなります。

■ 準備のために必要な対応
・Microsoft 365 評価ツールでテナントをスキャンし、InfoPath の利用状況を
  把握してください。生成される Power BI レポートで、サイトごとの利用、
  利用の新しさと量、対象のリストやライブラリを確認できます。
・利用中のフォームは、Power Apps や Microsoft Forms などへの移行を
  計画してください。

Microsoft 365 管理センターでこのメッセージを表示""")

notice(
    lang="de", label="action-required", phishing=False, provider="Microsoft 365 (Exchange Online)",
    url=MC + "MC676299.json",
    frm=("Microsoft 365 Nachrichtencenter", "o365mc@microsoft.com"),
    to="it-betrieb@stadtwerke-lauterbach.example",
    subject="Wichtiges Update aus dem Nachrichtencenter",
    dates={"sd": dt.datetime(2023, 9, 21, 22, 24, tzinfo=UTC),
           "blk": dt.date(2026, 10, 1)},
    deadline="blk", html=True,
    body="""Organisation: Stadtwerke Lauterbach GmbH
Nachrichten-ID: MC5709264
Titel: Außerbetriebnahme von Exchange Web Services in Exchange Online

Seit 2018 erhalten die Exchange Web Services (EWS) in Exchange Online
keine neuen Funktionen mehr, und wir empfehlen Entwicklern den Umstieg
auf Microsoft Graph.

Wann tritt die Änderung in Kraft?
Ab dem {blk_de} blockieren wir EWS-Anfragen von Apps, die
nicht von Microsoft stammen, an Exchange Online.

Auswirkungen auf Ihre Organisation:
Bis dahin erhalten die EWS-Komponenten weiterhin Sicherheitsupdates,
aber keine neuen Funktionen; das gilt auch für die EWS-SDKs für Java
und .NET. Exchange Server (lokal) sowie Outlook für Windows und Mac
und Teams sind von der Änderung nicht betroffen.

Was Sie tun müssen:
- Ermitteln Sie, welche eigenen und fremden Anwendungen in Ihrem
  Mandanten noch EWS verwenden.
- Stellen Sie diese Anwendungen vor dem Stichtag auf Microsoft Graph
  um. Bekannte Funktionslücken zwischen EWS und Graph sind in der
  Ankündigung aufgeführt.

Diese Nachricht im Microsoft 365 Admin Center anzeigen""")

notice(
    lang="en", label="action-required", phishing=False, provider="AWS",
    url="https://github.com/SummitRoute/aws_breaking_changes/issues/122",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="cloud-billing@fenwick-analytics.example",
    subject="[Action Required] Amazon Athena will remove deprecated APIs on {rm_en}",
    dates={"sd": dt.datetime(2025, 2, 10, 19, 12, tzinfo=UTC),
           "rm": dt.date(2025, 10, 31)},
    deadline="rm",
    body="""Hello,

[AWS Health may send reminders about this communication while affected
resources remain.]

Our records show that in the last 7 days your account 840217395561 made
calls to deprecated Amazon Athena APIs, or used a deprecated Athena
data catalog resource.

On {rm_en}, Athena will take the deprecated APIs out of
operation. Application code that still calls them will then receive
errors. These APIs are only reached through old Athena data catalog
resources, which AWS Glue Data Catalog replaced, and through Athena
JDBC drivers before 3.x, ODBC drivers before 2.x and AWS SDK for Java
versions before 2.x.

To avoid disruption, do the following before that date:
  - migrate data catalogs of the form
    arn:aws:athena:<region>:840217395561:datacatalog/AwsDataCatalog
    to the AWS Glue Data Catalog with "aws glue import-catalog-to-glue";
  - upgrade drivers to JDBC 3.x or ODBC 2.x;
  - move applications to the AWS SDK for Java 2.x.

The "Affected resources" tab of your AWS Health Dashboard lists the
catalogs and the IAM roles or users involved. Resources drop off the
list once they are remediated.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", phishing=False, provider="PyPI",
    url=WH + "pending-trusted-publisher-expiration-reminder/body.txt",
    frm=("PyPI", "noreply@pypi.org"),
    to="releases@orbisfield.example",
    subject="[PyPI] Pending trusted publisher for orbis-geotools expiring soon",
    dates={"sd": dt.datetime(2026, 2, 17, 3, 0, tzinfo=UTC)},
    rel=("days", 7), deadline="dl",
    body="""Hello orbisfield,

The pending trusted publisher you registered for the project
orbis-geotools will expire in 7 days, on {dl_en}, unless
it is used to publish a release before then.

  Project name: orbis-geotools
  Publisher: GitHub Actions
  Repository: orbisfield/geotools
  Workflow: release.yml
  Environment: pypi

If you still want to use this publisher, publish a release through it
before it expires; the project will then be created and the publisher
becomes permanent. Otherwise you can simply register it again later.

You are receiving this because you registered this pending publisher
on PyPI.""")

notice(
    lang="en", label="action-required", phishing=False, provider="Let's Encrypt",
    url="https://github.com/openfoodfoundation/ofn-install/issues/478",
    frm=("Let's Encrypt Expiry Bot", "expiry@letsencrypt.org"),
    to="ops@greenbasket-coop.example",
    subject="Let's Encrypt certificate expiration notice for domain \"shop.greenbasket-coop.example\" (and 1 more)",
    dates={"sd": dt.datetime(2019, 7, 21, 16, 31, tzinfo=UTC),
           "ex": dt.datetime(2019, 7, 31, 16, 28, tzinfo=UTC)},
    rel=("days", 10), deadline="ex",
    body="""Hello,

Your certificate (or certificates) for the names listed below will
expire in 10 days (on {ex_le} 16:28 +0000). Please renew it before
then, otherwise visitors to your website will see errors.

We recommend renewing automatically once a certificate has a third of
its lifetime left. For our current 90-day certificates, that means
renewing 30 days before expiry. See the integration guide on
letsencrypt.org for details.

shop.greenbasket-coop.example
www.shop.greenbasket-coop.example

For questions or support, please visit the community forum. We are
unable to provide support by email.

This reminder is still sent if you obtained a slightly different
certificate by adding or removing names. If you have replaced this
certificate with one that covers more or fewer names than the list
above, you may be able to ignore this message.

Regards,
The Let's Encrypt Team""")

notice(
    lang="en", label="action-required", phishing=False, provider="Let's Encrypt",
    url="https://github.com/nextcloud-snap/nextcloud-snap/issues/491",
    frm=("Let's Encrypt Expiry Bot", "expiry@letsencrypt.org"),
    to="admin@halvorsen-home.example",
    subject="Let's Encrypt certificate expiration notice for domain \"irc.halvorsen-home.example\" (and 3 more)",
    dates={"sd": dt.datetime(2018, 3, 28, 7, 40, tzinfo=UTC),
           "ex": dt.datetime(2018, 3, 29, 7, 38, tzinfo=UTC)},
    rel=("days", 1), deadline="ex",
    body="""Hello,

Your certificate (or certificates) for the names listed below will
expire in 1 days (on {ex_le} 07:38 +0000). Please make sure it is
renewed before then, or visitors to your website will get errors.

irc.halvorsen-home.example
halvorsen-home.example
cloud.halvorsen-home.example
server.halvorsen-home.example

For any questions or support, please visit the Let's Encrypt
community forum. Unfortunately, we cannot help by email.

Details of when we send these messages are on the expiration-emails
page of our documentation. Note that this reminder goes out even if
you got a slightly different certificate by adding or removing names;
if your new certificate covers a different set of names, you may be
able to ignore it.

To stop receiving all email from this address, use the unsubscribe
link (this cannot be undone).

Regards,
The Let's Encrypt Team""")

notice(
    lang="en", label="action-required", phishing=False, provider="Let's Encrypt",
    url="https://github.com/tilosradio/web2/issues/468",
    frm=("Let's Encrypt Expiry Bot", "expiry@letsencrypt.org"),
    to="webmaster@radiowave-fm.example",
    subject="Let's Encrypt certificate expiration notice for domain \"chat.radiowave-fm.example\"",
    dates={"sd": dt.datetime(2018, 7, 11, 6, 30, tzinfo=UTC),
           "ex": dt.datetime(2018, 7, 31, 6, 24, tzinfo=UTC)},
    rel=("days", 20), deadline="ex",
    body="""Hello,

Your certificate (or certificates) for the names listed below will
expire in 20 days (on {ex_le} 06:24 +0000). Please make sure to renew
your certificate before then, or visitors to your website will
encounter errors.

chat.radiowave-fm.example

For any questions or support, please visit the community forum.
Unfortunately, we can't provide support by email.

For details about when we send these emails, see the expiration-emails
page on letsencrypt.org. This reminder is also sent if you obtained a
slightly different certificate by adding or removing names; if your
replacement covers more or fewer names than the list above, you may be
able to ignore this message.

If you want to stop receiving all email from this address, use the
one-click unsubscribe link (it cannot be undone).

Regards,
The Let's Encrypt Team""")

notice(
    lang="ja", label="action-required", phishing=False, provider="お名前.com (GMOインターネット)",
    url="https://gaughty.com/912",
    frm=("お名前.com", "info@onamae.com"),
    to="shirokuma.notes@mail.example",
    subject="[お名前.com]【shirokuma-notes.example】期限2ヶ月前 □ドメイン契約更新のご案内□",
    dates={"sd": dt.datetime(2017, 5, 20, 10, 0, tzinfo=JST),
           "exp": dt.date(2017, 7, 20)},
    deadline="exp",
    body="""白熊 太郎 様

いつもお名前.comをご利用いただき、ありがとうございます。

お客様がご契約中の下記ドメインの登録期限日まで、残り2ヶ月となりました。
自動更新は設定されていないため、このままでは期限日をもってドメインが
ご利用いただけなくなります。

■ドメイン名　　：shirokuma-notes.example
■登録期限日　　：{exp_jpw}
■自動更新設定　：未設定
■更新料金　　　：1,280円（税抜）／1年

引き続きご利用の場合は、登録期限日までにお名前.com Naviにログインし、
「ドメイン契約更新」から更新手続きを完了してください。

期限日を過ぎると、ウェブサイトやメールが表示・送受信できなくなります。
期限後に復旧する場合は、通常の更新料金とは別に復旧手数料が必要となる
ことがあります。

更新をご希望でない場合は、本メールは破棄していただいて問題ございません。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
お名前.com
GMOインターネット株式会社
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━""")
# ---------------- maintenance (4) ----------------
notice(
    lang="ja", label="maintenance", phishing=False, provider="Equinix",
    url=CMP + "equinix/equinix8.eml",
    frm=("Equinix Network Maintenance", "no-reply@equinix.com"),
    to="noc@sakuragawa-net.example",
    subject="Scheduled Software Upgrade - TY2, TY4, TY8, OS1 Network Maintenance - (SERVICE IMPACTING) - {st_eqx} [CHG0047215]",
    dates={"sd": dt.datetime(2023, 12, 21, 21, 16, tzinfo=JST),
           "st": dt.datetime(2024, 1, 11, 9, 0)},
    deadline="st", html=True,
    body="""Equinix をご利用のお客様へ

日付: {st_eqx}
期間: {st_eqx} - {st_eqx}
日本時間: {st_jpw} 09:00 - 15:00
UTC: {st_eqw} 00:00 - 06:00

IBX: TY2, TY4, TY8, OS1

作業内容: Equinix のエンジニアが、計画的なソフトウェア アップグレードを
実施いたします。冗長構成を組まれていないポートおよびサービスでは
通信断が発生します。冗長構成のお客様は冗長性の一時的な喪失のみとなります。
停止時間は作業時間帯のうち 20 分から最大 120 分を見込んでおります。

対象製品: Equinix Connect, Equinix Internet Access, Equinix Fabric,
Metro Connect

影響: サービスの中断が発生します

推奨される対応: 影響を抑えるため、ベストプラクティスに従った冗長接続の
構成をお勧めします。冗長構成済みのお客様は対応不要です。

対象資産
アカウント番号 / 製品 / IBX / サービス シリアル番号
771206 / Equinix Fabric / TY4 / 24715880-A

本メールへのご返信はお受けできません。ご不明な点はカスタマー ポータルで
ネットワーク チケットを作成し、CHG0047215 をお知らせください。""")

notice(
    lang="en", label="maintenance", phishing=False, provider="Equinix",
    url=CMP + "equinix/equinix4.eml",
    frm=("Equinix Network Maintenance NO-REPLY", "no-reply@equinix.com"),
    to="maint-notices@nordvik-hosting.example",
    subject="3rd Party SK Maintenance-SK Metro Area Network Maintenance -{st_eqx} [5-230419873366]",
    dates={"sd": dt.datetime(2021, 12, 6, 15, 3, 22, tzinfo=UTC),
           "st": dt.datetime(2021, 12, 17, 0, 1), "su": dt.datetime(2021, 12, 16, 23, 1)},
    deadline="st",
    body="""Dear Equinix Customer,

DATE: {st_eqx}
SPAN: {st_eqx} - {st_eqx}
LOCAL: {st_eqw} 00:01 - {st_eqw} 06:00
UTC: {su_eqw} 23:01 - {st_eqw} 05:00
IBX(s): SK2, SK3

DESCRIPTION: One of our providers will carry out maintenance work that
causes a loss of redundancy for the services listed below.

PRODUCTS: EQUINIX FABRIC, INTERNET EXCHANGE, METRO CONNECT
IMPACT: Loss of redundancy to your service

Internet Exchange
Account # 402233 | Product: Internet Exchange | Serial # 20571408

We apologise for any inconvenience during this activity and thank you
for your understanding.

The Equinix SMC can give you up-to-date status or more detail about
this work; please quote 5-230419873366.

Please do not reply to this address. For questions, email the Service
Desk with the ticket number in the subject line, or call the Service
Desk in Sweden if the matter is urgent.

Sincerely,
Equinix SMC""")

notice(
    lang="en", label="maintenance", phishing=False, provider="Colt",
    url=CMP + "colt/colt3.eml",
    frm=("Colt Planned Works", "plannedworks@colt.net"),
    to="netops@norrland-logistics.example",
    subject="[ EXTERNAL ] Colt Service Affecting Maintenance Notification - CRQ1-40718233 [{st_colt} 22:00:00 GMT - {en_colt} 06:00:00 GMT] for Norrland Logistics, 40718000",
    dates={"sd": dt.datetime(2021, 9, 4, 14, 2, 52, tzinfo=BST),
           "st": dt.date(2021, 9, 6), "en": dt.date(2021, 9, 7)},
    deadline=None, html=True,
    body="""[ EXTERNAL ]

Planned Outage Notification

Dear Sir or Madam,

To keep our network available, Colt and its partners sometimes need to
carry out maintenance. Details of all planned works on your services
are in the Colt Online Portal; you can also write to our planned works
team quoting reference CRQ1-40718233.

Planned Works Details:
Planned Work (PW) Ref.: CRQ1-40718233
Start Date & Time: {st_colt} 21:00:00 (GMT)
End Date & Time: {en_colt} 05:00:00 (GMT)
Outage Duration: No Impact

Justification of the work: the device on which your service is
commissioned will be upgraded at a later stage. The maintenance for
your service listed in the attached CSV file is therefore CANCELLED.
No new dates are available yet. Once new timings are fixed, Colt will
raise a new change ticket and notify you again.

We apologise for any inconvenience this may have caused.

Service: please refer to the attached CSV file for the service(s)
that were in scope of this maintenance.""")

notice(
    lang="en", label="maintenance", phishing=False, provider="Equinix",
    url=CMP + "equinix/equinix9.eml",
    frm=("Equinix Network Maintenance", "no-reply@equinix.com"),
    to="netops@vantor-media.example",
    subject="COMPLETED - Scheduled Software Upgrade-AM Metro Area Network Maintenance (SERVICE IMPACTING)-{st_eqx} [5-230316604412]",
    dates={"sd": dt.datetime(2023, 11, 7, 5, 4, 9, tzinfo=UTC),
           "st": dt.date(2023, 11, 6), "en": dt.date(2023, 11, 7)},
    deadline=None, html=True,
    body="""Dear Equinix Customer,

The maintenance listed below has now been completed.

DATE: {st_eqx} - {en_eqx}
SPAN: {st_eqx} - {en_eqx}
LOCAL TIME: {st_eqw} 22:00 - {en_eqw} 06:00
UTC: {st_eqw} 21:00 - {en_eqw} 05:00
IBX(s): AM1, AM2

DESCRIPTION: Equinix engineers upgraded the software on our Equinix
Fabric routers. Services without redundant configuration were expected
to be down for 20 to 60 minutes within the window; redundant services
only lost redundancy.

PRODUCTS: EQUINIX CONNECT, EQUINIX FABRIC, EQUINIX INTERNET ACCESS,
INTER METRO CONNECT, METRO CONNECT

Affected assets
Account # 518804 | Equinix Connect | AM5 | 61190.AM1
Account # 518804 | Equinix Connect | AM5 | 61207.AM1

We apologise for any inconvenience and thank you for your cooperation.
For questions about this activity, please reference 5-230316604412.""")

# ---------------- pricing (3) ----------------
notice(
    lang="en", label="pricing", phishing=False, provider="Docker",
    url="https://github.com/prometheus-pve/prometheus-pve-exporter/issues/135",
    frm=("Docker", "no-reply@docker.com"),
    to="maintainers@pvetools.example",
    subject="Important: Docker is sunsetting Free Team organizations",
    dates={"sd": dt.datetime(2023, 3, 14, 16, 0, tzinfo=UTC),
           "susp": dt.datetime(2023, 4, 14, 23, 59, tzinfo=UTC)},
    deadline="susp", html=True,
    body="""Docker is sunsetting Free Team organizations

Free Team organizations are a legacy subscription tier that is no
longer sold. It came with many of the features, rates and functions of
a paid Docker Team subscription.

We reviewed the accounts that belong to legacy Free Team organizations,
and yours ("pvetools") appears to be one of them.

If you own a legacy Free Team organization, access to paid features,
private repositories included, will be suspended on {susp_en}
(11:59 pm UTC). Upgrade to a paid subscription before that date to keep
using your organization.

If you do not upgrade, Docker will keep your organization's data for 30
days; after that it may be deleted. During those 30 days your public
repositories stay available, with rate limits applied, and you can
restore full access at any time by upgrading.

Open source projects may qualify for the Docker-Sponsored Open Source
program instead. See our FAQ for details.

Docker Inc., Palo Alto, CA""")

notice(
    lang="en", label="pricing", phishing=False, provider="Microsoft 365 (OneDrive)",
    url=MC + "MC836942.json",
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to="m365-admins@cobaltline-freight.example",
    subject="Major update from Message center",
    dates={"sd": dt.datetime(2024, 7, 26, 19, 37, tzinfo=UTC),
           "rep": dt.date(2024, 8, 16), "ro": dt.date(2025, 1, 27)},
    deadline="ro", html=True,
    body="""Organization: Cobaltline Freight Ltd
Message ID: MC6418257
Title: Microsoft OneDrive: storage policy for unlicensed accounts

OneDrive is changing how it stores accounts that have no licence (not
applicable to Education tenants).

When this will happen: the policy takes effect in tenants from
{ro_en}; the rollout should finish about two months later.

How this affects your organization: OneDrive accounts that have been
unlicensed for more than 90 days will be archived automatically and
become inaccessible to users until an admin acts.

To keep access to archived files you must turn on unlicensed account
billing in the Microsoft 365 admin center. Storing unlicensed accounts
in Microsoft 365 Archive then costs USD 0.05 per GB per month, and
reactivating an account costs USD 0.60 per GB (access for 30 days).

What you can do before the change:
  - set up billing for unlicensed accounts;
  - delete unlicensed accounts that have no retention policy;
  - assign a licence again to accounts that are still needed.

A list of unlicensed accounts will be available under SharePoint admin
center > Reports > OneDrive accounts for most admins from
{rep_en}.

View this message in the Microsoft 365 admin center.""")

notice(
    lang="en", label="pricing", phishing=False, provider="Heroku",
    url="https://github.com/python-trio/snekomatic/issues/190",
    frm=("Heroku", "noreply@heroku.com"),
    to="bots@tideline-dev.example",
    subject="Reminder: Heroku free plans end on {end_en}",
    dates={"sd": dt.datetime(2022, 11, 3, 17, 30, tzinfo=UTC),
           "end": dt.date(2022, 11, 28)},
    deadline="end", html=True,
    body="""Dear Heroku user,

Starting {end_en}, free Heroku Dynos, free Heroku Postgres
and free Heroku Data for Redis plans will no longer be available.

Your account still runs the following resources on free plans:
  - app "pr-triage-bot": 1 free web dyno
  - app "pr-triage-bot": Heroku Postgres (hobby-dev)

To keep these apps running and keep their data, upgrade them to paid
plans before {end_en}. After that date we will begin
scaling down free dynos and deleting free databases.

Our lowest-cost options are the Eco dyno plan at USD 5 per month for
1,000 shared dyno hours, and the Mini plans for Postgres and Redis at
USD 5 per month each. Verified students can apply to the student
program for platform credits.

Instructions for upgrading and answers to common questions are in the
"Removal of Heroku free product plans" FAQ.

Thank you,
The Heroku Team""")

# ---------------- billing (2) ----------------
notice(
    lang="ja", label="billing", phishing=False, provider="GMOクラウド",
    url="http://help.ac-mgr.com/rapidsite/?topic=15&category=344",
    frm=("GMOクラウド", "info@gmocloud.com"),
    to="keiri@hanamizuki-design.example",
    subject="【GMOクラウド】ご利用料金のお支払いに関するお知らせ",
    dates={"sd": dt.datetime(2015, 6, 1, 10, 30, tzinfo=JST),
           "due": dt.date(2015, 6, 15)},
    deadline="due",
    body="""花水木デザイン株式会社
経理ご担当者様

このたびはGMOクラウドのサービスをお申込みいただき、
誠にありがとうございます。

お申込み内容に基づき、ご利用料金のご請求をいたします。

■請求番号　　：INV-0061843
■ご請求金額　：32,400円（税込）
■お支払い方法：銀行振込
■お支払期限　：{due_jpw}

お振込先は、お客様専用の口座となります。アカウントマネージャーに
ログインし、本メールと同じ件名のお知らせから口座情報をご確認ください。
請求書の印刷もアカウントマネージャーから行えます。

※複数のご請求がある場合、お振込み金額と一致する請求に充当いたします。
　同額の請求が複数ある場合は、お支払期限の近いものから充当いたします。
※期限までにご入金が確認できない場合、サービスのご利用を開始できない
　ことがございます。

────────────────────────────
GMOクラウド株式会社　カスタマーサポート
────────────────────────────""")

notice(
    lang="ja", label="billing", phishing=False, provider="使えるクラウド (使えるねっと)",
    url=("https://support.tsukaeru.net/ja-JP/support/solutions/articles/65000033217-"
         "%25E4%25BD%25BF%25E3%2581%2588%25E3%2582%258B%25E3%2582%25AF%25E3%2583%25A9"
         "%25E3%2582%25A6%25E3%2583%2589%25E3%2581%25AE%25E3%2581%258A%25E6%2594%25AF"
         "%25E6%2589%2595%25E3%2581%25AB%25E3%2581%25A4%25E3%2581%2584%25E3%2581%25A6"),
    frm=("使えるクラウド", "billing@tsukaeru.net"),
    to="admin@kotonoha-lab.example",
    subject="【使えるクラウド】ご請求書発行のお知らせ",
    dates={"sd": dt.datetime(2024, 7, 1, 9, 0, tzinfo=JST),
           "p1": dt.date(2024, 6, 1), "p2": dt.date(2024, 6, 30),
           "due": dt.date(2024, 7, 31)},
    deadline="due",
    body="""言の葉ラボ 御中

いつも使えるクラウドをご利用いただきありがとうございます。

{p1_md}から{p2_md}までのご利用分について、
ご請求書を発行いたしました。使えるクラウドは、ご利用いただいた
リソース分を月末で締めてご請求する従量課金制です。

■ご請求書番号：TC-2406-118274
■ご請求金額　：18,733円（税込）
■お支払期限　：{due_jpw}

ご請求書は、コントロールパネルの「アカウント」＞「お支払・ご請求情報を
確認」＞「請求及び支払の履歴」からもご確認いただけます。

お支払いはクレジットカード、PayPal、銀行振込、口座振替のいずれかで
承っております。PayPal および銀行振込の場合は、お客様ご自身で
期限日までにお手続きをお願いいたします。

──────────────────
使えるクラウド サポートセンター
──────────────────""")

# ---------------- security advisory (1) ----------------
notice(
    lang="en", label="security-advisory", phishing=False, provider="Auth0",
    url=("https://github.com/auth0/docs/blob/27f7773c573afbac8984b0bf8805ed1df4d3961d/"
         "articles/security/bulletins/cve-2020-15084.md"),
    frm=("Auth0 Security", "security-notifications@auth0.com"),
    to="platform@harbourline.example",
    subject="Auth0 Security Bulletin: express-jwt (CVE-2020-15084)",
    dates={"sd": dt.datetime(2020, 6, 30, 18, 0, tzinfo=UTC)},
    deadline=None,
    body="""Security update for the express-jwt library

Published: {sd_en}
CVE: CVE-2020-15084

Overview
express-jwt up to and including version 5.3.3 does not require the
"algorithms" option to be set. If it is missing and the secret comes
from jwks-rsa or a similar asymmetric key library, an attacker may be
able to bypass authorization.

Am I affected?
Only if all three conditions hold: you use express-jwt, your
configuration does not list "algorithms", and you pass a library such
as jwks-rsa as the secret.

How do I fix it?
Add the allowed algorithms to your express-jwt configuration, for
example algorithms: ['RS256'], next to the audience and issuer you
already validate. The patched release makes the option mandatory.

Will the update affect my users?
Not if you already specify the allowed algorithms.

Auth0 Security""")

# ---------------- informational (1) ----------------
notice(
    lang="de", label="informational", phishing=False, provider="Hetzner",
    url="https://github.com/trailofbits/algo/pull/14730",
    frm=("Hetzner Cloud", "noreply@hetzner.com"),
    to="kontakt@buchwald-it.example",
    subject="Abkündigung des Servertyps CX11 in der Hetzner Cloud",
    dates={"sd": dt.datetime(2024, 6, 6, 10, 0, tzinfo=CEST),
           "stop": dt.date(2024, 9, 6)},
    deadline=None,
    body="""Sehr geehrte Kundin, sehr geehrter Kunde,

mit der Einführung unserer neuen Cloud-Server-Generation kündigen wir
den Servertyp CX11 ab. In Ihrem Projekt "buchwald-prod" laufen derzeit
zwei Server dieses Typs.

Was ändert sich?
- Ab dem {stop_de} kann CX11 nicht mehr neu bestellt werden.
- Ihre bestehenden CX11-Server laufen unverändert weiter, zum bisherigen
  Preis. Sie müssen nichts unternehmen.
- API, CLI und Terraform-Provider weisen bei diesem Servertyp ab sofort
  mit einem Hinweis ("deprecated") auf die Abkündigung hin.

Wenn Sie möchten, können Sie einen Server jederzeit über die Funktion
"Rescale" in der Cloud Console auf einen anderen Typ umstellen, etwa
auf den neuen CX22.

Bei Fragen steht Ihnen unser Support gerne zur Verfügung.

Mit freundlichen Grüßen
Ihr Hetzner Online Team""")


# --------------------------------------------------------------------------
# building
def resolve_rel(send_date, rel):
    kind, n = rel
    if kind == "days":
        return send_date + dt.timedelta(days=n)
    if kind == "bdays":
        return add_business_days(send_date, n)
    raise ValueError(kind)


def render(n):
    send = n["dates"]["sd"]
    off = month_offset(send)
    shifted = {}
    mapping = {}
    for k, d in n["dates"].items():
        nd = d + off
        shifted[k] = nd
        mapping.update(fmts(k, nd))
    if n["rel"]:
        rd = resolve_rel(shifted["sd"].date(), n["rel"])
        if n["deadline"] == "dl":
            shifted["dl"] = rd
            mapping.update(fmts("dl", rd))
    body = n["body"].format(**mapping)
    subject = n["subject"].format(**mapping)
    dl = "none"
    if n["deadline"]:
        d = shifted[n["deadline"]]
        dl = (d.date() if isinstance(d, dt.datetime) else d).isoformat()
    return shifted["sd"], subject, body, dl, off


def build_message(i, n):
    date, subject, body, dl, off = render(n)
    msg = EmailMessage(policy=email.policy.default)
    name, addr = n["frm"]
    msg["From"] = Address(display_name=name, addr_spec=addr)
    msg["To"] = n["to"]
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date)
    dom = addr.split("@", 1)[1]
    h = hashlib.sha1(("%s-%d-%s" % (NAME, i, n["url"])).encode("utf-8")).hexdigest()
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
               "<div style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</div></body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl, off


LANG_NAME = {"ja": "Japanese", "de": "German", "en": "English"}


def main():
    problems = []
    if len(N) != 36:
        problems.append("expected 36 notices, got %d" % len(N))
    built = []
    urls = []
    for i, n in enumerate(N, 1):
        msg, date, subject, body, dl, off = build_message(i, n)
        built.append((n, msg, date, subject, body, dl))
        urls.append(n["url"])
        if n["label"] not in LABELS:
            problems.append("#%d unknown label %s" % (i, n["label"]))
        if (date.year, date.month) != MONTH:
            problems.append("#%d date %s not in month" % (i, date))
        if date.weekday() != n["dates"]["sd"].weekday():
            problems.append("#%d weekday changed" % i)
        if off.days % 7:
            problems.append("#%d offset not whole weeks" % i)
        if dl != "none":
            try:
                dld = dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("#%d bad deadline %s" % (i, dl))
                dld = None
            if dld and dld < date.date():
                problems.append("#%d deadline %s before date %s" % (i, dl, date))
            if n["rel"] and dld and resolve_rel(date.date(), n["rel"]) != dld:
                problems.append("#%d relative deadline %s does not resolve to %s" % (i, n["rel"], dl))
        elif n["rel"]:
            problems.append("#%d relative deadline but none" % i)
        if n["phishing"] is False and n["label"] in ("informational", "billing", "security-advisory") \
                and dl != "none" and n["label"] != "billing":
            problems.append("#%d %s with a deadline" % (i, n["label"]))
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        if "{" in body or "}" in body or "{" in subject.replace("{CASE", ""):
            problems.append("#%d unformatted placeholder" % i)
        for line in body.split("\n"):
            if line.startswith("From "):
                problems.append("#%d body line starts with 'From '" % i)
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URLs")
    used_path = os.path.join(os.path.dirname(OUT), "used-sources.txt")
    if os.path.exists(used_path):
        mine = set(urls)
        own = os.path.join(OUT, "used-sources.txt")
        mine_before = set()
        if os.path.exists(own):
            mine_before = {l.strip() for l in open(own, encoding="utf-8") if l.strip()}
        for line in open(used_path, encoding="utf-8"):
            u = line.strip()
            if u in mine and u not in mine_before:
                problems.append("source already used by another batch: %s" % u)

    # write mboxo
    with open(MBOX, "wb") as fh:
        for n, msg, date, subject, body, dl in built:
            raw = msg.as_bytes(policy=email.policy.default.clone(linesep="\n", max_line_length=998))
            out = []
            for line in raw.split(b"\n"):
                if line.startswith(b"From ") or (line.startswith(b">") and line.lstrip(b">").startswith(b"From ")):
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
    phish = {}
    langs = {}
    with_dl = 0
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
        ph = m["X-Training-Phishing"]
        if bool(ph) != n["phishing"] or (ph and str(ph) != "yes"):
            problems.append("#%d phishing header mismatch" % idx)
        part = m.get_body(preferencelist=("plain",))
        if part is None or part.get_content().rstrip("\n") != body.rstrip("\n"):
            problems.append("#%d body mismatch" % idx)
        cte = str(part["Content-Transfer-Encoding"]).lower() if part is not None else ""
        want_cte = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
        if cte != want_cte:
            problems.append("#%d transfer encoding %s, want %s" % (idx, cte, want_cte))
        if n["html"] and m.get_content_type() != "multipart/alternative":
            problems.append("#%d expected multipart/alternative" % idx)
        if n["phishing"]:
            phish[n["label"]] = phish.get(n["label"], 0) + 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1
        if dl != "none":
            with_dl += 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    want = {"abuse": 7, "security-incident": 5, "action-required": 10, "maintenance": 4,
            "pricing": 3, "billing": 2, "security-advisory": 1, "informational": 1}
    if counts != want:
        problems.append("label counts %s != %s" % (counts, want))
    if crit != 12:
        problems.append("critical %d != 12" % crit)
    if sum(phish.values()) != 3:
        problems.append("phishing %d != 3" % sum(phish.values()))
    if langs != {"en": 28, "ja": 6, "de": 2}:
        problems.append("language mix %s" % langs)
    if with_dl != 26:
        problems.append("%d notices with a deadline, want 26" % with_dl)

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            LANG_NAME[n["lang"]], n["url"]))
    lang_line = ", ".join("%s %d" % (LANG_NAME[k], langs[k]) for k in sorted(langs, key=lambda k: LANG_NAME[k]))
    readme = README.format(
        name=NAME,
        counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
        phish=", ".join("%s %d" % (k, phish[k]) for k in sorted(phish)),
        nphish=sum(phish.values()), crit=crit, langs=lang_line,
        withdl=with_dl, nodl=len(built) - with_dl, nhtml=sum(1 for n in N if n["html"]),
        providers=", ".join(providers),
        rows="\n".join(rows))
    with KeptSections(os.path.join(OUT, "README.md")) as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


README = """# Batch {name}: April 2029, dated kinds from all providers

36 labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic: fixed Message-IDs and MIME boundaries).
Each notice follows one public original (see the table), moved into April 2029
by a weekday-preserving day offset applied to all of its dates, with names, ids,
hosts, customer domains and IP addresses replaced and every sentence rewritten.

Theme: dated kinds -- deprecations and ends of support with several dates (announcement,
no new uploads or orders, end of support, end of availability, removal), maintenance
windows (scheduled, cancelled, completed), price and free-tier changes with effective
dates, certificate and domain expiries, payment due dates and requests to act or reply
within N (business) days.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

## Counts

- by label (phishing counted apart): {counts}
- phishing: {nphish} ({phish})
- critical (abuse + security-incident, without phishing): {crit}
- with a deadline: {withdl}; without: {nodl}
- languages: {langs}
- Japanese bodies are base64, English and German bodies quoted-printable; {nhtml} notices are
  multipart/alternative with an HTML part (as their originals were HTML mails).

## Providers

{providers}

## Notes on the originals

- Most originals were read in full from public GitHub repositories fetched in this
  session: github/dmca (#1-#7: the notices GitHub received; the notices here are the
  mails GitHub or npm sends to the owner of the reported content, with GitHub's usual
  one-business-day period, or the disabled-repository mail for the licence-key case),
  pypi/warehouse e-mail templates (#8, #9, #21), rf-peixoto/phishing_pot (#13-#15),
  cengizyilmaz1/MS365MessageCenter (#16-#19, #31: Message center posts, sent as the
  "Major update" e-mail or with the post title as subject) and
  networktocode/circuit-maintenance-parser test data (#26-#29).
- The others are GitHub issues and pull requests where users pasted or summarised the mail
  they received (#10-#12, #20, #22-#24, #30, #32, #36), public web pages describing or
  quoting the mail (#25, #33, #34) and an Auth0 security bulletin in auth0/docs (#35).
  For #10 (Codecov), #11 (CircleCI), #12 (Docker Hub), #32 (Heroku) and #36 (Hetzner) the
  original gives the facts of the mail rather than its full text; the wording follows
  those facts.
- The search index had been mined heavily by earlier batches (almost every top result was
  already in used-sources.txt), so repositories holding many originals were preferred.
  Two picks (MC910978, phishing sample-1260) and then MC899174/MC862873 were taken by a
  concurrent batch while this one was being written and were replaced before the URLs
  were appended.
- Rendered in the customer's language rather than the original's: #17, #18 (Microsoft 365
  Message center, Japanese tenant), #19 (Microsoft 365, German tenant) and #26 (Equinix,
  moved to Tokyo/Osaka IBXs and to a daytime window so that local and UTC dates agree);
  #36 is Hetzner's deprecation written as its German customer mail (the original is the
  English API warning quoted in a pull request).
- #28 keeps the original's misleading subject: it announces a service-affecting window,
  while the body says the work is cancelled with no new date (the original's Date header
  fell after its window; the window was put two days after the Date here). #29 (Equinix)
  was bilingual Dutch/English; only the English part is kept.
- #27 states the window in local time (Friday) and UTC (Thursday night); the deadline
  follows the date named in the subject.

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
"""


if __name__ == "__main__":
    main()
