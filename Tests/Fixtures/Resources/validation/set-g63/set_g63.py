#!/usr/bin/env python3
"""Generate validation batch g63: 36 labelled developer-platform notices (May 2029).

Developer SaaS and platforms (GitHub, npm, PyPI, Docker, Slack, Bitbucket,
SendGrid, Supabase, GitLab, Heroku): token leaks and revocations, abuse takedowns,
deprecations with dates, plan and price changes, billing problems, maintenance.
3 Japanese and 1 Chinese notice, 3 phishing lures.
Standard library only, deterministic.  Writes set-g63.mbox, README.md and
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

NAME = "g63"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 5)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
CST = dt.timezone(dt.timedelta(hours=8))
PDT = dt.timezone(dt.timedelta(hours=-7))
EDT = dt.timezone(dt.timedelta(hours=-4))
PST = dt.timezone(dt.timedelta(hours=-8))

DMCA = "https://github.com/github/dmca/blob/9f92b957c670caebcee96b88e257192e92505fc1/"
WH = "https://github.com/pypi/warehouse/blob/6b62157124ab7865029afeeadf282bce27d601d9/"
SG = "https://github.com/sendgrid/docs/blob/c3eb3fef6132c26b9ee0f94de031e6b0fac7b1c5/"

# --------------------------------------------------------------------------
# date formatting
JA_WD = "月火水木金土日"
ZH_WD = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmts(key, d):
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    w = d.weekday()
    return {
        key + "_jp": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_jpw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, JA_WD[w]),
        key + "_zh": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_zhw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, ZH_WD[w]),
        key + "_en": "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[d.month - 1], d.day, d.year),
        key + "_dmy": "%d %s %d" % (d.day, EN_MON[d.month - 1], d.year),
        key + "_wdmy": "%s %d %s %d" % (EN_WD[w], d.day, EN_MON[d.month - 1], d.year),
        key + "_md": "%s %d" % (EN_MON[d.month - 1], d.day),
        key + "_wmd": "%s, %s %d" % (EN_WD[w], EN_MON[d.month - 1], d.day),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_us": "%02d/%02d/%d" % (d.month, d.day, d.year),
        key + "_stamp": d.strftime("%Y-%m-%d %H:%M"),
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


def resolve_rel(date, rel):
    kind, n = rel
    if kind == "bdays":
        return add_business_days(date, n)
    if kind == "days":
        return date + dt.timedelta(days=n)
    raise ValueError(kind)


# --------------------------------------------------------------------------
# the notices
N = []


def notice(**kw):
    kw.setdefault("html", False)
    kw.setdefault("rel", None)
    N.append(kw)


# ======================= abuse (GitHub / npm DMCA) =======================
notice(
    lang="en", label="abuse", phishing=False, provider="GitHub (npm)",
    url=DMCA + "2025/03/2025-03-17-kasada-npm.md",
    frm=("npm Support", "support@npmjs.com"),
    to="maintainer@obsidianvm.example",
    subject="[npm] DMCA takedown notice for package vm-obscura",
    dates={"sd": dt.datetime(2025, 3, 17, 16, 4, tzinfo=UTC), "dl": dt.date(2025, 3, 18)},
    deadline="dl", rel=("bdays", 1),
    body="""Hi there,

GitHub, which operates the npm registry, has received a notice under the
Digital Millennium Copyright Act (DMCA) concerning a package you publish.

  Package: vm-obscura (all versions)
  Related repositories: github.com/obsidian-dev/vm-obscura,
                        github.com/obsidian-dev/vm-obscura-cli

The complainant says the package reproduces parts of its proprietary
JavaScript virtual-machine obfuscation code, and that the code is protected
by technical access controls.

Before we disable anything, we want to give you the chance to unpublish
the package yourself. Please unpublish it within 1 business day of this
message, i.e. by the end of {dl_enw}. If the package is still available
after that, we will remove it from the registry and put a security
placeholder in its place.

If you believe the notice is mistaken, you may send us a DMCA counter
notice. Please read our guide on counter notices before doing so, and
consider talking to a lawyer.

Thanks,
GitHub Trust & Safety, on behalf of npm""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub (npm)",
    url=DMCA + "2025/10/2025-10-01-crunchyroll-npm.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="dev@lanternplay.example",
    subject="[GitHub] DMCA notice: your repositories and npm packages",
    dates={"sd": dt.datetime(2025, 10, 1, 18, 37, tzinfo=UTC), "dl": dt.date(2025, 10, 2)},
    deadline="dl", rel=("bdays", 1),
    body="""Hello @lanternplay,

We received a DMCA takedown notice sent by an agent acting for a video
streaming company. It names the following content that you control:

  Repositories:
    github.com/lanternplay/node-tvbox
    github.com/lanternplay/appium-tvbox-driver
    github.com/lanternplay/binary-reader.js
  npm packages:
    @lanternplay/tvbox, @lanternplay/appium-tvbox-driver,
    @lanternplay/tvbox-debug-server, @lanternplay/binary-reader

The notice claims that these projects copy device-integration, playback
and session-handling code from the company's private code base.

You can avoid having the content disabled by removing it yourself:
delete or change the repositories and unpublish the npm packages within
1 business day (by {dl_enw}). After that we will disable whatever
is still online.

The full notice will be published, with personal details removed, in
our public DMCA repository. If you think it was filed in error, you may
submit a counter notice.

Regards,
GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA + "2025/10/2025-10-09-private-code.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="k.arden@tidepool-systems.example",
    subject="Case update",
    dates={"sd": dt.datetime(2025, 10, 9, 21, 15, tzinfo=UTC)},
    deadline=None,
    body="""Hi @karden-dev,

This is about ticket #4193027.

We have processed a revised DMCA takedown notice concerning your
repository karden-dev/rust-ledger-sdk. The copyright holder states that
the whole repository is a software development kit that is only given to
companies under a non-disclosure agreement, and that it was made public
without permission.

We could not confirm the anti-circumvention part of the claim, but the
notice contains other valid copyright claims. Because the notice covers
the entire repository, access to karden-dev/rust-ledger-sdk and to its
forks has now been disabled.

There is nothing else you need to do for this ticket. If you believe the
material was disabled by mistake or misidentification, you can send a
counter notice; our guide explains what it must contain.

GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA + "2025/08/2025-08-11-spotify-secrets.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="owner@quillbyte.example",
    subject="[GitHub] DMCA takedown notice - changes requested for quillbyte/stream-keys",
    dates={"sd": dt.datetime(2025, 8, 11, 14, 50, tzinfo=UTC), "dl": dt.date(2025, 8, 12)},
    deadline="dl", rel=("bdays", 1),
    body="""Hi @quillbyte,

We received a DMCA takedown notice about your repository
quillbyte/stream-keys. The sender says it is a copy of their
MIT-licensed TypeScript project and that your copy breaks the license:

  - the copyright notice "Copyright (c) 2025 N. Varga" is missing;
  - the repository has no LICENSE file with the MIT text;
  - the link to the original project was removed.

The sender asks for these changes:
  1. add a LICENSE file with the full MIT text and their copyright line;
  2. add an attribution line at the top of README.md;
  3. restore the "forked from" relationship if you can.

Because the claim can be fixed by editing the repository, we are giving
you 1 business day to make the changes (until {dl_enw}). Reply
to this message once you have done so. If the repository is unchanged
after that, we will have to disable it.

If you think the notice is wrong, you can file a counter notice instead.

GitHub Trust & Safety""")

notice(
    lang="en", label="abuse", phishing=False, provider="GitHub",
    url=DMCA + "2025/11/2025-11-17-private-code.md",
    frm=("GitHub Trust & Safety", "support@github.com"),
    to="mira.dobson@palisade-ux.example",
    subject="Case update #4388150",
    dates={"sd": dt.datetime(2025, 11, 17, 19, 2, tzinfo=UTC)},
    deadline=None,
    body="""Hello @mdobson,

We are writing about the repository mdobson/palisade-dashboard-ui,
which is a fork.

The owner of the parent repository sent us a DMCA takedown notice. They
explain that their repository was public for a short time by accident,
that your fork was created during that window, and that it still
exposes their proprietary code even though the original is now private.

Since the notice identifies the entire fork as infringing, we have
disabled public access to mdobson/palisade-dashboard-ui. A copy of the
notice, with personal information removed, will appear in our public
DMCA repository.

No further action is required on your side. If you have the right to
use this code, for example under a license from the owner, you may send
us a counter notice and we will review it.

Thank you,
GitHub Trust & Safety""")

# ======================= security-incident =======================
notice(
    lang="en", label="security-incident", phishing=False, provider="PyPI",
    url=WH + "warehouse/templates/email/password-compromised-hibp/body.txt",
    frm=("PyPI", "noreply@pypi.org"),
    to="lena.hartwig@fernbach-lab.example",
    subject="[PyPI] Your PyPI password has been reset",
    dates={"sd": dt.datetime(2026, 8, 19, 7, 31, tzinfo=UTC)},
    deadline=None,
    body="""# What?

When you last tried to log in to PyPI or upload a file, we found that
your password appears in publicly known data breaches. To protect you
and the people who install your projects, we have already reset the
password. The old password no longer works for logging in or uploading.

PyPI itself has not been breached. This step is meant to stop credential
stuffing attacks against PyPI accounts.

# What should I do?

Reset your password at https://pypi.org/account/request-password-reset/
to get back into the account (user: lhartwig). We also suggest checking
your other passwords at HaveIBeenPwned and not reusing passwords.

# How do you know this?

We use a free service from HaveIBeenPwned. When you register, log in or
change your password, we compute a SHA-1 hash of it and send only the
first five characters of the hash to check for a match. Your plain
password is never stored by PyPI or sent to HaveIBeenPwned.

For more information see https://pypi.org/help/#compromised-password,
or email admin@pypi.org to reach the PyPI administrators.

--
You are receiving this because you have a PyPI account.""")

notice(
    lang="zh", label="security-incident", phishing=False, provider="GitHub",
    url="https://docs.github.com/zh/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation",
    frm=("GitHub", "noreply@github.com"),
    to="zhao.yifan@qinghe-tech.example",
    subject="[GitHub] 通知",
    dates={"sd": dt.datetime(2026, 3, 11, 10, 24, tzinfo=CST)},
    deadline=None,
    body="""@zhaoyifan-dev，您好：

我们在一个公共存储库中发现了属于您帐户的有效 personal access token，
为防止他人滥用，该令牌已被自动吊销。

  令牌名称：ci-release
  令牌前缀：ghp_7Qm…
  发现位置：qinghe-tech/deploy-scripts 中的 config/.env
  提交：4c1e9a2
  发现时间：{sd_zh} 10:19（北京时间）

凡是被推送到公共存储库或公共 gist 的有效 OAuth 令牌、GitHub App 令牌
或 personal access token，都会被自动吊销。已吊销的令牌无法恢复，
使用该令牌的 Git 和 API 请求将无法通过身份验证。

建议您：
  1. 在“设置 > 开发者设置”中创建新的令牌，并只授予必需的范围；
  2. 更新使用该令牌的 CI 变量和脚本；
  3. 从存储库历史中删除该文件，并将 .env 加入 .gitignore；
  4. 查看安全日志中是否有异常操作（例如 oauth_authorization.destroy
     以外的陌生记录）。

GitHub""")

notice(
    lang="en", label="security-incident", phishing=False, provider="PyPI",
    url=WH + "docs/blog/posts/2025-09-16-github-actions-token-exfiltration.md",
    frm=("PyPI Security", "security@pypi.org"),
    to="maint@corvid-tools.example",
    subject="Notification",
    dates={"sd": dt.datetime(2025, 9, 15, 20, 12, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

I am writing from the PyPI security team about your project
corvid-uuid and the PyPI account "corvidtools".

Security researchers reported a campaign in which attackers pushed
changes to GitHub Actions workflows in many repositories. The injected
workflow step sends repository secrets, including PyPI API tokens, to a
server controlled by the attackers. Your repository
github.com/corvid-tools/corvid-uuid was among those modified, and it
stored a PyPI token as a GitHub secret.

What we have done:
  - invalidated every API token linked to the affected account;
  - checked your projects: no release was uploaded by the attackers and
    we found no sign that the stolen token was used on PyPI.

What we recommend:
  1. Remove the malicious workflow from your repository history.
  2. Switch to Trusted Publishing, which issues short-lived tokens
     scoped to one repository, instead of long-lived API tokens.
  3. Review the Security History section of your PyPI account settings.

Reply to this message if you have questions.

PyPI Security (security@pypi.org)""")

notice(
    lang="en", label="security-incident", phishing=False, provider="PyPI",
    url=WH + "docs/blog/posts/2023-12-04-account-takeover.md",
    frm=("PyPI Admins", "admin@pypi.org"),
    to="rjansen@tallow-media.example",
    subject="Regarding your PyPI account",
    dates={"sd": dt.datetime(2023, 11, 22, 17, 48, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Thank you for contacting us this afternoon. We have looked into what
happened to your PyPI account "rjansen".

Someone gained access to your account this morning. Using it, they
invited a newly created account, "kvoss", as a collaborator on your four
projects (radarrapi, tvdbkit, holidayapi, tallowutils), accepted the
invitations, removed you as owner and then deleted your account.

We have blocked the attacker's access, restored your account and given
you back the Owner role on all four projects. No files or releases were
changed; only the ownership records were touched.

This was not caused by a fault in PyPI. Your account did not have
two-factor authentication, which would most likely have prevented the
takeover.

Please do the following as soon as you can:
  1. set a new, unique password;
  2. enable two-factor authentication (a security key or TOTP app);
  3. generate and store recovery codes.

PyPI Admins""")

notice(
    lang="en", label="security-incident", phishing=False, provider="PyPI",
    url=WH + "docs/blog/posts/2025-07-31-incident-report-phishing-attack.md",
    frm=("PyPI Admins", "admin@pypi.org"),
    to="t.okafor@numberwords.example",
    subject="Important information about your account",
    dates={"sd": dt.datetime(2025, 7, 29, 15, 6, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Your PyPI account "tokafor" was compromised through the phishing
campaign that sent "email verification" messages from a look-alike
domain. The fake site passed your login through to PyPI and kept your
credentials.

Using them, the attacker created 2 API tokens and uploaded 2 releases
of your project num2text (0.5.15 and 0.5.16) containing malicious code.

What we have done:
  - removed both malicious releases from PyPI;
  - revoked the 2 API tokens created by the attacker;
  - reset your password and signed out all sessions;
  - asked the hosting provider to take the phishing domain down.

Before you publish again, please set a new password, check the Security
History in your account settings for anything you do not recognise, and
create fresh tokens (or use Trusted Publishing) for your release jobs.

We are sorry this happened. Reply to this message if anything looks
wrong.

PyPI Admins""")

notice(
    lang="en", label="security-incident", phishing=False, provider="PyPI",
    url=WH + "docs/blog/posts/2025-11-26-pypi-and-shai-hulud.md",
    frm=("PyPI Security", "security@pypi.org"),
    to="ops@brightwell-data.example",
    subject="Notification regarding your PyPI tokens",
    dates={"sd": dt.datetime(2025, 11, 25, 18, 40, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

A security researcher has reported long-lived PyPI API tokens that were
exposed by the "Shai-Hulud" worm currently spreading through the npm
ecosystem. The worm steals secrets from compromised GitHub repositories.

One of the exposed tokens belongs to your account "brightwell":

  Token name: monorepo-release
  Found in: repository secrets of github.com/brightwell-data/sdk-monorepo
  Last used on PyPI: more than 6 months ago

We have revoked this token as a precaution. We found no evidence that it
was used against PyPI, and no release of your projects was changed.

We recommend that you:
  - rotate any other tokens stored in the same repository;
  - use Trusted Publishing instead of long-lived tokens;
  - add a manual approval step (GitHub Environments) before publishing;
  - audit your workflows for unsafe settings.

PyPI Security""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="npm",
    url="https://github.com/ikedaosushi/tech-news/issues/14986",
    frm=("npm", "support@npmjs.com"),
    to="k.morita@hoshizora-web.example",
    subject="お知らせ",
    dates={"sd": dt.datetime(2019, 6, 21, 9, 5, tzinfo=JST)},
    deadline=None,
    body="""morita-k 様

お客様の npm 認証トークンが GitHub の公開リポジトリで見つかりました。
不正な公開を防ぐため、このトークンは自動的に無効化（revoke）されています。

  トークン ID：a61f…d09c（publish 権限あり）
  検出場所：github.com/hoshizora-web/site-tools の .npmrc
  検出日時：{sd_jp} 08:52（日本時間）

npm は GitHub と連携し、公開リポジトリに push されたトークンを検出すると
すぐに失効させる仕組みを導入しました。
失効したトークンは元に戻せません。CI などで使っている場合は、
新しいトークンを発行して設定を更新してください。

あわせて、次の点をご確認ください。
  ・.npmrc をリポジトリの履歴から削除し、.gitignore に追加する
  ・パッケージの公開履歴に身に覚えのないバージョンがないか確認する
  ・アカウントで二要素認証を有効にする

npm サポート""")

# ======================= phishing =======================
notice(
    lang="en", label="security-incident", phishing=True, provider="GitHub (impersonated)",
    url="https://github.com/bmatzelle/gow/issues/285",
    frm=("Thelmar", "notifications@github.com"),
    to="toolbox@noreply.github.example",
    subject="[lumenkit/toolbox] Notification (Issue #112)",
    dates={"sd": dt.datetime(2025, 3, 16, 8, 13, tzinfo=UTC)},
    deadline=None,
    body="""# Security Alert: Unusual Access Attempt

We have detected a login attempt on your GitHub account that appears
to come from a new location or device.

## Login Information
- Location: Reykjavik, Iceland
- IP Address: 198.51.100.84
- Device: Unrecognized

If you recognize this activity, no further action is required. However,
if this was not you, we strongly recommend securing your account now.

## Steps to Secure Your Account
1. Update your password to prevent unauthorized access:
   https://github.com/login/oauth/authorize?client_id=Ov23liXq7PZk&redirect_uri=https://github-auth-secure-access.example/auth/callback&scope=repo%20user%20delete_repo%20workflow
2. Review and manage active sessions: [Check Recent Activity]
3. Enable Two-Factor Authentication (2FA) for additional protection.

Thanks,
The GitHub Security Team

--
Reply to this email directly or view it on GitHub:
https://github.com/lumenkit/toolbox/issues/112
You are receiving this because you were mentioned.""")

notice(
    lang="en", label="security-incident", phishing=True, provider="GitHub (impersonated)",
    url="https://github.com/4mazing/awvsMulti-engine/issues/1",
    frm=("Godrick", "notifications@github.com"),
    to="scanner@noreply.github.example",
    subject="[quartzlab/scan-engine] Security your Account Now (Issue #1)",
    dates={"sd": dt.datetime(2025, 8, 15, 11, 2, tzinfo=UTC)},
    deadline=None,
    body="""Hello @quartzlab

[Security your Account Now]
https://github.com/login/oauth/authorize?client_id=Ov23liaRk2&redirect_uri=https://git-access-revoke.example/auth/callback

Your GitHub Personal Access Token or OAuth app token has been used in
an unusual manner.

## Incident Details
- Source IP: 203.0.113.245 (unrecognized / suspicious origin)
- Timestamp: {sd_iso} 10:42 UTC
- Malicious Actions:
  - Unauthorized repository cloning (possible source code exfiltration)
  - Creation and modification of issues and PRs
  - Alteration of GitHub Actions workflows (possible CI/CD hijacking)

It is highly recommended that you:
1. Revoke the compromised token.
2. Audit recent commits and PRs.
3. Review GitHub Actions workflows for unauthorized changes.

[Review Token Activity] (same link as above)

--
Reply to this email directly or view it on GitHub:
https://github.com/quartzlab/scan-engine/issues/1""")

notice(
    lang="en", label="action-required", phishing=True, provider="PyPI (impersonated)",
    url=WH + "docs/blog/posts/2025-07-28-pypi-phishing-attack.md",
    frm=("PyPI", "noreply@pypj.example"),
    to="h.lindqvist@fjordmetrics.example",
    subject="[PyPI] Email verification",
    dates={"sd": dt.datetime(2025, 7, 26, 6, 48, tzinfo=UTC)},
    deadline=None,
    html=True,
    body="""Hello,

As part of routine account maintenance, we ask PyPI maintainers to
confirm the email address linked to their account from time to time.

The address h.lindqvist@fjordmetrics.example is listed in the metadata of
a project you maintain (fjord-metrics) and has not been confirmed
recently.

Please verify your email address by signing in through the link below:

  https://pypj.example/account/verify-email/?token=Zk93Xq1LmP

Accounts that are not verified may have their publishing rights limited
or be suspended.

If you did not request this, you can contact us at admin@pypj.example.

Thanks,
The PyPI Team

--
You are receiving this because you have an account on PyPI.""")

# ======================= action-required =======================
notice(
    lang="en", label="action-required", phishing=False, provider="Docker Hub",
    url="https://github.com/ckan/ckan-docker/issues/46",
    frm=("Docker", "no-reply@docker.com"),
    to="infra@openparcel.example",
    subject="Important: Docker is sunsetting Free Team organizations",
    dates={"sd": dt.datetime(2023, 3, 14, 16, 30, tzinfo=UTC),
           "dl": dt.datetime(2023, 4, 14, 23, 59)},
    deadline="dl",
    html=True,
    body="""Docker is sunsetting Free Team organizations

Free Team organizations are a legacy subscription tier that Docker no
longer sells. It included much of what a paid Docker Team subscription
offers today.

We reviewed the accounts that belong to legacy Free Team organizations,
and yours appears to be one of them (organization: openparcel).

If you own a legacy Free Team organization, access to paid features,
including private repositories, will be suspended on {dl_en}
(11:59 pm UTC). To keep using the organization, upgrade to a paid
subscription before {dl_en}.

If you do not upgrade, Docker will keep your organization data for
30 days, after which it may be deleted. During those 30 days your public
images stay available, with pull rate limits applied, and you can
restore full access at any time by upgrading.

Open-source projects can apply to the Docker-Sponsored Open Source
program. See the FAQ for details.

© Docker Inc.""")

notice(
    lang="ja", label="action-required", phishing=False, provider="GitHub",
    url="https://docs.github.com/ja/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication",
    frm=("GitHub", "noreply@github.com"),
    to="s.nakagawa@kumoi-soft.example",
    subject="[GitHub] 2要素認証の有効化をお願いします（{dl_jp}まで）",
    dates={"sd": dt.datetime(2023, 9, 12, 10, 0, tzinfo=JST), "dl": dt.date(2023, 10, 27)},
    deadline="dl", rel=("days", 45),
    body="""@snakagawa さん

GitHub では、GitHub.com にコードを投稿するすべてのユーザーに、
1 つ以上の形式の 2 要素認証（2FA）を有効にしていただく取り組みを
順次進めています。

あなたのアカウントが含まれるグループが登録対象に選ばれました。
本日から 45 日間の登録期間が始まります。

  登録期限：{dl_jpw}

期限までに 2FA を設定しないと、設定が完了するまで GitHub.com の
一部の機能をご利用いただけなくなります。

設定方法：
  1. 右上のプロフィール写真 >「設定」>「パスワードと認証」を開く
  2. TOTP アプリ、またはテキストメッセージで 2FA を設定する
  3. リカバリコードをダウンロードして安全な場所に保管する

TOTP アプリの利用と、バックアップとしてのセキュリティキーの登録を
おすすめします。設定後 28 日間はチェック期間となり、その間に一度
2FA でサインインすると設定の確認が完了します。

GitHub""")

notice(
    lang="en", label="action-required", phishing=False, provider="Slack",
    url="https://github.com/kyma-project/test-infra/issues/12745",
    frm=("Slack", "feedback@slack.com"),
    to="platform-admins@northwind-labs.example",
    subject="Important update to support for legacy custom bots",
    dates={"sd": dt.datetime(2025, 3, 3, 17, 20, tzinfo=UTC), "dl": dt.date(2025, 3, 31)},
    deadline="dl",
    html=True,
    body="""Hi there,

You are receiving this because you are an owner or admin of the
northwind-labs.slack.com workspace, where at least one legacy custom
bot is still installed.

Beginning {dl_en}, Slack will discontinue support for legacy custom
bots, which use the Real Time Messaging API and Web API methods. From
that date, any legacy custom bot installed in your workspace or org
will stop working.

Legacy custom bots found in your workspace:
  - deploy-notifier (created 2017)
  - label-watcher (created 2019)

If you want these integrations to keep working, their developers need
to build a modern Slack app that recreates the same features, and you
need to install it before {dl_en}. Our page "Discontinuing support
for legacy custom bots and classic apps" lists the steps.

Questions? Email us at feedback@slack.com.

The team at Slack""")

notice(
    lang="en", label="action-required", phishing=False, provider="Atlassian Bitbucket",
    url="https://github.com/CompassSecurity/pipeleek/issues/312",
    frm=("Atlassian Bitbucket", "noreply@bitbucket.org"),
    to="ci-bot@meridian-apps.example",
    subject="App passwords have been replaced by API tokens",
    dates={"sd": dt.datetime(2025, 10, 23, 14, 0, tzinfo=UTC),
           "stop": dt.date(2025, 9, 9), "dl": dt.date(2026, 6, 9)},
    deadline="dl",
    html=True,
    body="""Hi Meridian CI,

App passwords have been replaced by API tokens in Bitbucket Cloud.

As of {stop_en}, app passwords can no longer be created. Please use API
tokens with scopes instead.

All existing app passwords will be disabled on {dl_en}. Any
integration or tool that still signs in with an app password will stop
working on that date, so migrate your integrations before then to
avoid disruptions.

Your account still has 3 active app passwords:
  - jenkins-clone (last used yesterday)
  - release-tagger (last used 4 days ago)
  - backup-sync (never used)

To create an API token, go to your Atlassian account settings >
Security > API tokens, choose the Bitbucket scopes you need, and update
your tools to authenticate with your email address and the new token.

Cheers,
The Bitbucket team""")

notice(
    lang="en", label="action-required", phishing=False, provider="PyPI",
    url=WH + "warehouse/templates/email/organization-subscription-required/body.txt",
    frm=("PyPI", "noreply@pypi.org"),
    to="admin@saltmarsh-analytics.example",
    subject="[PyPI] Action required: An active subscription is required for your PyPI organization saltmarsh",
    dates={"sd": dt.datetime(2026, 6, 10, 12, 26, tzinfo=UTC)},
    deadline=None,
    body="""Hello jpellegrini,

Your Company organization 'saltmarsh' on PyPI has been approved, but it
does not have an active subscription yet.

A Company organization can only be used with a paid subscription of at
least 1 seat. Until a subscription is active, features of the
organization such as uploads and member invitations may be restricted.

To start a subscription, open the billing page of the organization:

https://pypi.org/manage/organization/saltmarsh/subscription/

If the organization no longer needs PyPI Organizations features, or if
you think it qualifies as a Community organization instead, contact us
at support+orgs@pypi.org.

– The PyPI Team

--
You are receiving this because you are an owner of the saltmarsh
organization on PyPI. If you own several organizations, you may get
several of these emails.""")

notice(
    lang="en", label="action-required", phishing=False, provider="PyPI",
    url=WH + "docs/blog/posts/2023-06-26-deprecate-egg-uploads.md",
    frm=("PyPI", "noreply@pypi.org"),
    to="maintainers@geodesy-py.example",
    subject="[PyPI] PyPI will stop accepting .egg uploads on {dl_en}",
    dates={"sd": dt.datetime(2023, 6, 26, 15, 10, tzinfo=UTC), "dl": dt.date(2023, 8, 1)},
    deadline="dl",
    body="""Hello,

You are receiving this one-time message because one or more projects
you maintain on PyPI (geodesy-tools) have received .egg uploads since
the start of this year.

PEP 715, which deprecates bdist_egg / .egg uploads to PyPI, has been
accepted, and we are putting it in place now:

  - From today, every .egg upload to a project sends a notice to all of
    its Owners and Maintainers.
  - From {dl_enw}, PyPI will reject uploads of .egg files.

Eggs that are already on PyPI will NOT be removed.

Please update your release process to build and upload wheels and
source distributions instead before {dl_en}. The rationale is
explained in PEP 715.

Thanks,
The PyPI Team""")

notice(
    lang="en", label="action-required", phishing=False, provider="Twilio SendGrid",
    url=SG + "content/docs/ui/sending-email/old-editor-sunset.md",
    frm=("Twilio SendGrid", "no-reply@sendgrid.com"),
    to="marketing@kestrelbooks.example",
    subject="The old Marketing Campaigns editor goes away on {dl_dmy}",
    dates={"sd": dt.datetime(2018, 3, 20, 16, 45, tzinfo=UTC), "dl": dt.date(2018, 4, 16)},
    deadline="dl",
    body="""Hi Kestrel Books team,

On {dl_dmy}, SendGrid will stop offering the old Marketing Campaigns
editor. From then on, every campaign will be opened and edited in the
new Marketing Campaigns experience.

Our records show that your account still has 6 campaigns that were
created in the old editor.

Moving an old campaign to the new editor for the first time may need
some manual work, especially if you edited its HTML. We strongly
recommend moving your remaining campaigns before {dl_dmy} so that your
sending is not interrupted.

How to move a campaign:
  1. Duplicate the campaign; a banner at the top of the page will offer
     to move it to the new editor.
  2. Choose the Design Editor or the Code Editor.
  3. Check the layout and send yourself a test.

After {dl_dmy}, duplicating an old campaign will force it into one of
the new editors.

Thanks,
The SendGrid Team""")

notice(
    lang="en", label="action-required", phishing=False, provider="Twilio SendGrid",
    url=SG + "content/docs/for-developers/sending-email/single-sends-2020-update.md",
    frm=("Twilio SendGrid", "no-reply@sendgrid.com"),
    to="dev@pinecrest-events.example",
    subject="Action required: Single Sends API update",
    dates={"sd": dt.datetime(2020, 5, 6, 17, 0, tzinfo=UTC), "dl": dt.date(2020, 6, 6)},
    deadline="dl",
    body="""Hello,

Action required to keep create, read and update operations working
with the Single Sends API.

We have simplified the request and response formats of the Single Sends
API. You can now create a Single Send in one request, without creating
a template first. These changes require updates to your code.

Your API keys called the previous Single Sends endpoints 1,284 times in
the last 30 days.

What changes:
  - The new API is available at /v3/marketing/singlesends.
  - Requests in the old format sent to that path now return a 400 error.
  - The previous API remains available at a temporary root path until
    {dl_en}. After that date it will be removed and must not be
    relied on.

Please migrate your integration before {dl_en}. The migration page lists
every field of the old and new request bodies, including the new
send_to and email_config objects.

Twilio SendGrid""")

notice(
    lang="en", label="action-required", phishing=False, provider="Twilio SendGrid",
    url=SG + "content/docs/ui/analytics-and-reporting/migrating-from-the-new-relic-plugin.md",
    frm=("Twilio SendGrid", "no-reply@sendgrid.com"),
    to="observability@harbourline.example",
    subject="Your SendGrid statistics in New Relic will stop on {dl_en}",
    dates={"sd": dt.datetime(2021, 5, 18, 15, 30, tzinfo=UTC), "dl": dt.date(2021, 6, 16)},
    deadline="dl",
    body="""Hi,

You are using the SendGrid for New Relic plugin to chart your email
statistics.

Starting {dl_enw}, New Relic will no longer support or maintain
plugins. After that date the SendGrid plugin dashboards (Deliveries,
Engagement, Compliance and Percentage) will no longer show data unless
you change your New Relic setup.

To keep your charts, rebuild them with New Relic queries before
{dl_en}. The quickest way is to import our prebuilt dashboards; there
are separate versions with and without Subuser support.

If you do not use New Relic to view email statistics, you do not need
to do anything.

Note: the guide does not work for New Relic accounts in High Security
Mode. In that case, please contact New Relic support.

Thanks,
Twilio SendGrid""")

# ======================= maintenance =======================
notice(
    lang="en", label="maintenance", phishing=False, provider="Supabase",
    url="https://github.com/supabase/supabase/pull/41888",
    frm=("Supabase", "noreply@supabase.io"),
    to="owner@lumenpath.example",
    subject="Upcoming maintenance",
    dates={"sd": dt.datetime(2026, 1, 14, 18, 5, tzinfo=UTC),
           "mw": dt.datetime(2026, 1, 16, 14, 0)},
    deadline="mw",
    html=True,
    body="""Hi there,

We have scheduled maintenance of the Supabase dashboard and platform
API for {mw_enw}.

  Start: {mw_stamp} UTC
  Expected duration: up to 60 minutes

During the window you may be unable to sign in to the dashboard, change
project settings or use the Management API and CLI commands that call
it. We will post progress on status.supabase.com, and a banner in the
dashboard will show while the work is under way.

Your organization: lumenpath (3 projects)

You do not need to do anything. If you plan deployments or schema
changes around that time, we suggest moving them outside the window.

Thanks,
The Supabase team""")

notice(
    lang="en", label="maintenance", phishing=False, provider="GitLab",
    url="https://about.gitlab.com/blog/2018/12/05/availability-postgres-patroni/",
    frm=("GitLab", "noreply@gitlab.com"),
    to="team@ravenfield-dev.example",
    subject="Upcoming GitLab.com maintenance windows for the Patroni deployment",
    dates={"sd": dt.datetime(2018, 12, 5, 20, 0, tzinfo=UTC),
           "w1": dt.datetime(2018, 12, 8, 13, 0), "w2": dt.datetime(2018, 12, 15, 13, 0)},
    deadline="w1",
    body="""Hello,

We are planning the work needed to introduce Patroni as the failover
manager for the PostgreSQL databases behind GitLab.com. The work is
split over two weekends.

Maintenance window 1 - dry run
  {w1_enw}, 13:00 UTC, about 30 minutes.
  We will test our migration procedures and tools as a final readiness
  check.

Maintenance window 2 - cutover
  {w2_enw}, 13:00 UTC, about 30 minutes.
  When this window ends, GitLab.com will run on Patroni.

During both windows GitLab.com will be in maintenance: the web
interface, the API and Git over HTTPS and SSH will be unavailable, and
CI/CD pipelines will not start.

If any of these times change, we will announce it on
status.gitlab.com and on our @gitlabstatus account.

Thank you for your patience,
The GitLab Infrastructure team""")

notice(
    lang="en", label="maintenance", phishing=False, provider="GitLab Dedicated",
    url="https://docs.gitlab.com/ee/administration/dedicated/maintenance.html",
    frm=("GitLab Dedicated", "dedicated-notifications@gitlab.com"),
    to="platform@vantorra-finance.example",
    subject="Scheduled upgrade of your GitLab Dedicated instance to 16.8",
    dates={"sd": dt.datetime(2024, 2, 15, 19, 0, tzinfo=UTC),
           "mw": dt.datetime(2024, 2, 20, 1, 0)},
    deadline="mw",
    body="""Hello,

GitLab 16.9 was released today. As described in our release rollout
schedule, GitLab Dedicated instances are upgraded to the previous minor
version (N-1) after each release.

Your instance vantorra.gitlab-dedicated.example (region: Europe, Middle
East and Africa) will be upgraded to GitLab 16.8 in its weekly
maintenance window:

  {mw_wdmy}, 01:00 - 05:00 UTC

Downtime is not expected for the whole window. A brief interruption of
less than one minute may happen when compute resources restart,
usually in the first half of the window. Long-running connections may
be dropped, so make sure your clients retry automatically.

You can see upcoming and recent maintenance in Switchboard. To postpone
this maintenance to another window in the same week, contact your
Customer Success Manager at least one week in advance.

GitLab Dedicated""")

# ======================= pricing =======================
notice(
    lang="ja", label="pricing", phishing=False, provider="Heroku",
    url="https://blog.jnito.com/entry/2022/10/04/104100",
    frm=("Heroku", "noreply@heroku.com"),
    to="tanabe@yuzuriha-apps.example",
    subject="【重要】お知らせ",
    dates={"sd": dt.datetime(2022, 10, 4, 10, 30, tzinfo=JST),
           "del": dt.date(2022, 10, 26), "dl": dt.date(2022, 11, 28)},
    deadline="dl",
    html=True,
    body="""Heroku をご利用いただきありがとうございます。

先にお知らせしたとおり、{dl_jp}から Heroku の無料プランの提供を
終了し、無料 Dyno と無料データベースを順次停止します。
また、{del_jp}からは 1 年以上利用のないアカウントとその
ストレージの削除を始めます。

あわせて、低価格の新プランの料金が決まりましたのでお知らせします。

  ・Eco Dyno：月額 5 ドルで 1,000 時間。時間はアカウント内の
    すべての Eco Dyno で共有され、30 分アクセスがないとスリープします
  ・Heroku Postgres Mini：月額 5 ドル（1 万行まで）
  ・Heroku Data for Redis Mini：月額 3 ドル（25 MB）
  ・Basic Dyno：月額 7 ドルから、Postgres は月額 9 ドルから

お客様のアカウントでは、無料 Dyno を使うアプリが 2 件
（yuzuriha-web、yuzuriha-worker）と無料の Postgres が 1 件あります。
{dl_jp}以降もアプリとデータを維持するには、それまでに
Eco などの有料プランへ切り替えてください。
アップグレード手順は来月上旬にご案内します。

Heroku チーム""")

notice(
    lang="en", label="pricing", phishing=False, provider="Docker Hub",
    url="https://github.com/docker/roadmap/issues/92",
    frm=("Docker", "no-reply@docker.com"),
    to="accounts@willowgate.example",
    subject="Important update to Docker subscriptions",
    dates={"sd": dt.datetime(2020, 5, 14, 16, 0, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

To keep offering free community versions, and to line up our plans
with how customers use Docker, today we are announcing new pricing for
Docker subscriptions:

  - NEW Pro plan for individuals: unlimited private and public
    repositories and unlimited collaborators, from $7 per month.
  - NEW Team plan for development teams: unlimited private and public
    repositories, from $9 per user per month, with organization and
    team management and role-based access control.
  - Free Community plans remain available for individuals and teams,
    with unlimited public repositories.

You are on a legacy per-repository plan (5 private repositories). Your
current price does not change. You may stay on your existing plan or
switch to per-seat pricing at any time.

We will let you know at least 6 months before any change to your
subscription becomes mandatory.

See docker.com/pricing for a full comparison and the pricing FAQ.

The Docker Team""")

# ======================= billing =======================
notice(
    lang="en", label="billing", phishing=False, provider="Docker Hub",
    url="https://github.com/ESMValGroup/ESMValCore/issues/2190",
    frm=("Docker Billing", "billing@docker.com"),
    to="hub-admins@climatemodels.example",
    subject="Action needed: add a payment method for your Docker Team subscription",
    dates={"sd": dt.datetime(2023, 9, 4, 9, 15, tzinfo=UTC), "dl": dt.date(2023, 9, 12)},
    deadline="dl", rel=("days", 8),
    body="""Hi,

Your organization climatemodels has more members than the Docker
Personal plan allows (3 members), so it was moved to a Docker Team
subscription with 5 seats.

We could not collect the first payment because no valid payment method
is on file.

  Invoice: DH-0915447
  Amount due: USD 43.00 (monthly, 5 seats)

Please add or update a payment method within 8 days, by {dl_en}.
If we still cannot charge you after that date, the organization will
be downgraded automatically to Docker Personal and members above the
limit will lose access.

You can also reduce the number of members to 3 to stay on the free
plan.

Manage billing: https://hub.docker.com/billing/climatemodels

The Docker Team""")

notice(
    lang="en", label="billing", phishing=False, provider="GitHub",
    url="https://github.com/keybase/client/issues/4173",
    frm=("GitHub", "noreply@github.com"),
    to="finance@sunfield-mobile.example",
    subject="Important information about your account",
    dates={"sd": dt.datetime(2016, 9, 3, 4, 22, tzinfo=UTC)},
    deadline=None,
    body="""Hi there,

We are having a problem billing the SunfieldMobile organization.

The charge of $25.00 for the Team plan on your Visa card ending in 4417
was declined. Please update your payment information, or call your
card issuer to find out why the transaction failed.

Until the payment goes through, the private repositories owned by the
SunfieldMobile organization are locked. Public repositories are not
affected.

Update payment details:
https://github.com/organizations/SunfieldMobile/settings/billing

If you have any questions, contact GitHub Support and we will be glad
to help.

Thanks for understanding,
The GitHub Team""")

# ======================= security-advisory =======================
notice(
    lang="en", label="security-advisory", phishing=False, provider="PyPI",
    url=WH + "docs/blog/posts/2024-07-08-incident-report-leaked-admin-personal-access-token.md",
    frm=("PyPI Security", "security@pypi.org"),
    to="maintainers@tiderunner.example",
    subject="Security notice",
    dates={"sd": dt.datetime(2024, 7, 8, 19, 30, tzinfo=UTC),
           "rep": dt.date(2024, 6, 28)},
    deadline=None,
    body="""Hello,

We are publishing a report on an incident involving a GitHub personal
access token that belonged to a PyPI administrator.

What happened
  On {rep_en} a security researcher told us that the token was
  embedded in a compiled .pyc file inside two container images of
  PyPI's deployment tooling that had been pushed to Docker Hub about a
  year earlier.
  The token had admin access to the GitHub organizations behind PyPI
  and the Python Software Foundation.

Response
  The token was revoked 17 minutes after the report. We reviewed the
  account's activity and the audit logs of the affected organizations
  and found no sign of malicious use.

Impact on users
  No PyPI accounts, projects or releases were affected, and there is
  nothing you need to do.

We have since stopped using personal tokens in local development of
these tools and added scanning of published images.

PyPI Security""")

notice(
    lang="en", label="security-advisory", phishing=False, provider="GitLab",
    url="https://github.com/wiz-sec/open-cvdb/blob/0b1bd859f52a3e336cb9ff2e609fea628828f107/vulnerabilities/critical-gitlab-account-takeover-vulnerability.yaml",
    frm=("GitLab Security", "security-alerts@gitlab.com"),
    to="admins@coralbay-it.example",
    subject="GitLab Critical Security Release: 16.7.2, 16.6.4, 16.5.6",
    dates={"sd": dt.datetime(2024, 1, 11, 22, 0, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Today we released GitLab 16.7.2, 16.6.4 and 16.5.6 for Community
Edition and Enterprise Edition. These versions fix a critical
vulnerability, CVE-2023-7028, rated CVSS 10.0.

Summary
  In GitLab 16.1 through 16.7.1, a password reset request could be
  changed so that the reset link was also sent to an unverified email
  address chosen by the attacker. Knowing the email address of an
  account was enough to take it over.

GitLab.com
  GitLab.com and GitLab Dedicated are already running the fixed
  version. We have found no evidence of exploitation on accounts
  managed by GitLab.

Self-managed instances
  We strongly recommend upgrading to one of the fixed versions. Review
  your logs for unexpected password reset requests, and enable
  two-factor authentication for all users, which blocks this takeover.

You are receiving this because you subscribed to GitLab security
notices.

GitLab Security""")

# ======================= informational =======================
notice(
    lang="en", label="informational", phishing=False, provider="PyPI",
    url=WH + "warehouse/templates/email/user-terms-of-service-updated/body.txt",
    frm=("PyPI", "noreply@pypi.org"),
    to="ali.mirza@quokka-build.example",
    subject="[PyPI] Updated Terms of Service",
    dates={"sd": dt.datetime(2025, 2, 25, 16, 0, tzinfo=UTC), "ef": dt.date(2025, 3, 27)},
    deadline=None,
    body="""Hello amirza,

We are letting you know that we are rolling out updated Terms of
Service.

The new Terms of Service at
https://policies.python.org/pypi.org/Terms-of-Service/ replace the
Terms of Use at https://policies.python.org/pypi.org/Terms-of-Use/,
which you accepted when you registered or by continuing to use PyPI.

The main reason for the new document is to formalize our relationship
with PyPI users, to set out the protections in place for PyPI and its
users, and to allow us to offer new features and services.

You may see a banner reminding you of the new terms the next time you
log in. The terms take effect for your account on {ef_en}; using PyPI
after that date means you agree to them.

You can read more on our blog at blog.pypi.org.

--
You are receiving this because you have an account on PyPI.""")

notice(
    lang="en", label="informational", phishing=False, provider="PyPI",
    url=WH + "docs/blog/posts/2023-05-23-removing-pgp.md",
    frm=("PyPI", "noreply@pypi.org"),
    to="release@hollowtree-crypto.example",
    subject="[PyPI] PGP signatures are no longer accepted",
    dates={"sd": dt.datetime(2023, 5, 23, 18, 0, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

You are receiving this because recent uploads to your project
hollowtree-sign included PGP signature files.

PyPI has removed support for uploading PGP signatures with new
releases:

  - Uploads that include a signature still succeed, but the signature
    is silently ignored.
  - Signatures that are already on PyPI should stay available for now,
    but no new ones will be published.
  - API fields such as has_sig now always return False.

An audit of the signatures uploaded over the last three years showed
that only about a third of the signing keys could be used to verify
anything, so keeping the feature was no longer justified.

Your release tooling does not need to change; you may stop producing
the signatures whenever it suits you.

The PyPI Team""")

notice(
    lang="en", label="informational", phishing=False, provider="Twilio SendGrid",
    url=SG + "content/docs/ui/account-and-settings/retired-mail-settings.md",
    frm=("Twilio SendGrid", "no-reply@sendgrid.com"),
    to="it@blueharbor-retail.example",
    subject="Account update",
    dates={"sd": dt.datetime(2020, 1, 14, 17, 0, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

As we modernize our email delivery infrastructure, we have retired a
few rarely used mail settings. This message lists them together with
the alternatives we recommend.

  - Plain Content: plain text emails can still be sent, but open and
    click tracking requires HTML.
  - Gravatar integration: retired because very few customers used it.
  - Sections: use transactional templates with handlebars syntax
    through the v3 API.
  - BCC setting: add bcc as a personalization in each API call.
  - Spam Checker: use Email Testing to check deliverability.
  - Drop: use Sandbox Mode to validate requests without delivering.

Your account (blueharbor-retail) had the Gravatar and Spam Checker
settings switched on; they have been turned off and no mail was
affected.

Twilio SendGrid""")


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
    if n["html"]:
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:sans-serif;font-size:14px\">\n%s\n</div></body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


LANG_NAME = {"ja": "Japanese", "zh": "Chinese", "en": "English"}


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
            except ValueError:
                problems.append("#%d bad deadline %s" % (i, dl))
                dld = None
            if dld and dld < date.date():
                problems.append("#%d deadline %s before date %s" % (i, dl, date))
            if n["label"] in ("informational", "security-advisory") and not n["rel"]:
                problems.append("#%d %s with a deadline" % (i, n["label"]))
        if n["rel"]:
            want = resolve_rel(date.date(), n["rel"]).isoformat()
            if want != dl:
                problems.append("#%d relative deadline %s resolves to %s, labelled %s"
                                % (i, n["rel"], want, dl))
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
    used_file = os.path.join(os.path.dirname(OUT), "used-sources.txt")
    if os.path.exists(used_file):
        own = set(urls)
        with open(used_file, encoding="utf-8") as fh:
            others = [l.strip() for l in fh if l.strip()]
        # once our block has been appended each of our URLs must occur
        # exactly once in the shared list; before that, not at all
        appended = all(u in others for u in urls)
        limit = 1 if appended else 0
        clash = {u for u in own if others.count(u) > limit}
        if clash:
            problems.append("URLs already used by others: %s" % sorted(clash))

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
        if n["rel"] and str(m["X-Training-Deadline"]) != resolve_rel(
                email.utils.parsedate_to_datetime(str(m["Date"])).date(), n["rel"]).isoformat():
            problems.append("#%d relative deadline does not resolve from Date header" % idx)
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
        if n["phishing"]:
            phishing += 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if not 11 <= crit <= 13:
        problems.append("critical %d not about 12" % crit)
    if phishing != 3:
        problems.append("phishing %d != 3" % phishing)
    if langs.get("ja", 0) + langs.get("zh", 0) != 4:
        problems.append("Japanese/Chinese notices %s != 4" % langs)
    ar = counts.get("action-required", 0)
    if any(v > ar for k, v in counts.items()):
        problems.append("action-required is not the largest group: %s" % counts)

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
    readme = """# Batch {name}: May 2029, developer SaaS and platforms

36 labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic: fixed Message-IDs and MIME boundaries).
Each notice follows one public original (see the table), moved into May 2029
by a weekday-preserving day offset applied to all of its dates, with names, ids,
hosts, customer domains (`.example`) and IP addresses (documentation ranges)
replaced and every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

## Counts

- by label (phishing counted apart): {counts}
- phishing: {phishing} (2 pretend security-incident, 1 pretends action-required)
- critical (abuse + security-incident, without phishing): {crit}
- languages: {langs}
- multipart/alternative (plain + HTML): {multipart}; the rest text/plain.
  Japanese and Chinese bodies are base64, the others quoted-printable.
- relative deadlines (resolved from the Date header): #1, #2, #4 (1 business day),
  #17 (45 days), #30 (8 days)

## Providers

{providers}

## Notes on the originals

- The search budget was shared and partly spent, so many originals come from public
  repositories read in full here with git: github/dmca (#1-#5), pypi/warehouse e-mail
  templates and the PyPI blog sources under docs/blog (#6, #8-#11, #15, #20, #21, #32,
  #34, #35), sendgrid/docs (#22-#24, #36) and wiz-sec/open-cvdb (#33). The rest are
  GitHub issues or pull requests where users quoted the mail they received, and
  provider docs or blog pages.
- Several originals are posts or docs that describe a mail rather than the mail itself
  (PyPI blog incident reports, the npm token revocation summary in Japanese (#12), GitHub
  docs in Japanese and Chinese (#7, #17), the Heroku plan summary in Japanese (#28),
  GitLab blog and docs (#26, #27)); the notice is the mail those pages describe, with
  the page's facts and dates.
- #13 and #14 are issue-spam lures that arrive as GitHub notification mails (sender
  notifications@github.com), so the sender address looks genuine.
- #15 keeps the look-alike sender of the original (a lowercase j in place of i),
  moved to an `.example` domain.
- Generic subjects ("Case update", "Notification", "Important information about your
  account", "Security notice", "Account update", "お知らせ", "通知") are used where
  the original mail had no specific subject or came from a support ticket.

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
""".format(name=NAME,
           counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
           phishing=phishing, crit=crit, langs=lang_line, multipart=multipart,
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
