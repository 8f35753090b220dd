#!/usr/bin/env python3
"""Build set-g5.mbox: 40 non-AWS provider notices modelled on public originals.

Deterministic: no randomness, no clock reads. Writes set-g5.mbox next to this
file, re-reads it, checks it, prints counts, exits 1 on any problem.
"""
import base64
import datetime as dt
import os
import quopri
import re
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g5.mbox")

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]

UTC = dt.timezone.utc
JST = dt.timezone(dt.timedelta(hours=9))
CET = dt.timezone(dt.timedelta(hours=1))
PST = dt.timezone(dt.timedelta(hours=-8))
CST = dt.timezone(dt.timedelta(hours=-6))

WD_JA = "月火水木金土日"


def en(d):
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def ja(d):
    return "%d年%d月%d日(%s)" % (d.year, d.month, d.day, WD_JA[d.weekday()])


def jam(d):
    return "%d年%d月" % (d.year, d.month)


def iso(d):
    return d.strftime("%Y-%m-%d")


D = dt.date
T = dt.datetime

# Each notice: key, label, provider, url, lang, sender, to, subject, send
# (new Date header), orig (original send date), dates (original dates used in
# the body; shifted by send.date()-orig), deadline (None | key in dates |
# 'send'), phishing flag, body (format string using shifted dates).
N = []


def add(**kw):
    kw.setdefault("phish", False)
    kw.setdefault("dates", {})
    kw.setdefault("deadline", None)
    N.append(kw)


# ---------------------------------------------------------------- abuse
add(key="hetzner-netscan", label="abuse", provider="Hetzner", lang="en",
    url="https://github.com/erigontech/erigon/issues/6034",
    sender=("Hetzner Abuse Team", "abuse@hetzner.com"),
    to=("Marta Kowalczyk", "ops@blocknode-lab.example"),
    subject="Abuse Message [AbuseID:3F91C2:1A]: NetscanOutLevel: Netscan detected from 198.51.100.37",
    send=T(2027, 12, 2, 8, 41, 12, tzinfo=CET), orig=D(2022, 11, 18),
    dates={"scan": D(2022, 11, 17), "block": D(2022, 11, 19)},
    deadline="block",
    body="""Dear Ms Marta Kowalczyk,

Our monitoring has picked up signs that your server was used to attack
other systems. Please find out what caused this, make sure it stops, and
take steps so that it does not happen again.

We also ask you for a brief statement: explain how this could happen and
what you are doing about it. If the steps below have not been completed
in time, we may block your server at any time after
{block_iso} 08:41:12 +0100.

What to do:
- Fix the cause.
- Check whether the problem still exists:
  https://abuse.hetzner.com/retries/?token=7c1e0a9d42b65f38e0d1a2b3c4d5e6f7
- Once the check passes, send us your statement:
  https://abuse.hetzner.com/statements/?token=7c1e0a9d42b65f38e0d1a2b3c4d5e6f7

Please keep the abuse ID [AbuseID:3F91C2:1A] in the subject line if you
write to us. Replies by mail are only processed once a server has been
locked. For other questions contact support@hetzner.com.

##########################################################################
#               Netscan detected from host     198.51.100.37             #
##########################################################################

time                          protocol src_ip        src_port   dest_ip        dest_port
-----------------------------------------------------------------------------------
{scan_ctime} 19:04:42 {scan_y} TCP  198.51.100.37 55666 =>  172.26.0.9     13001
{scan_ctime} 19:06:44 {scan_y} TCP  198.51.100.37 51120 =>  192.168.0.11   13001
{scan_ctime} 19:15:01 {scan_y} TCP  198.51.100.37 34248 =>  192.168.4.6    13001
{scan_ctime} 19:04:52 {scan_y} TCP  198.51.100.37 43820 =>  10.132.0.5     9852
{scan_ctime} 19:07:25 {scan_y} TCP  198.51.100.37 49348 =>  10.132.0.17    9852
{scan_ctime} 19:13:39 {scan_y} TCP  198.51.100.37 54636 =>  172.17.0.1     9852

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
""")

add(key="do-netdisabled", label="abuse", provider="DigitalOcean", lang="en",
    url="https://github.com/arriven/db1000n/issues/115",
    sender=("DigitalOcean", "support@digitalocean.com"),
    to=("Andrii Bondar", "andrii@stormwatch-tools.example"),
    subject="Networking disabled for Droplet ubuntu-s-1vcpu-fra1-02 (203.0.113.58)",
    send=T(2027, 12, 4, 3, 17, 0, tzinfo=UTC), orig=D(2022, 3, 4),
    body="""Hello,

Our network monitoring flagged a large volume of outbound traffic from
your Droplet ubuntu-s-1vcpu-fra1-02 (203.0.113.58). The pattern matches
traffic we treat as network abuse, so we have turned off public
networking on this Droplet to protect other users and the wider network.

Current state:
  Droplet:        ubuntu-s-1vcpu-fra1-02
  Public IPv4:    203.0.113.58
  Region:         FRA1
  Action taken:   public networking disabled

The Droplet is still powered on and you can reach it through the
Recovery Console in the control panel. To have networking restored,
please:

  1. Find and stop the process that generated the traffic.
  2. Reply to this ticket describing what caused it and what you changed.

Repeated incidents on the same account may lead to the account being
locked. Our Acceptable Use Policy is at
https://www.digitalocean.com/legal/acceptable-use-policy.

Regards,
DigitalOcean Trust & Safety
Ticket #7719204
""")

add(key="gcp-dos", label="abuse", provider="Google Cloud", lang="en",
    url="https://github.com/kyma-project/test-infra/issues/1531",
    sender=("Google Cloud Platform Compliance", "google-cloud-compliance@google.com"),
    to=("Platform Team", "platform-team@kestrel-ci.example"),
    subject="Suspicious activity observed on Google Cloud Project kestrel-ci-workloads",
    send=T(2027, 12, 6, 9, 5, 44, tzinfo=PST), orig=D(2019, 10, 1),
    dates={"spike": D(2019, 9, 29)},
    body="""Dear Developer,

We have recently found that a virtual machine in your Google Cloud
Project kestrel-ci-workloads (id: kestrel-ci-workloads) has been
behaving in a way that is consistent with a denial-of-service attack
against third parties.

  VM:                 gke-nightly-pool-4b7e21c0-q8rx:europe-west4-b
  Source IP:          192.0.2.205
  Latest spike:       {spike_iso} 17:31 to {spike_iso} 17:37 (Pacific Time)

Please make sure that all outbound traffic from the project is traffic
you expect, and check that the project has not been taken over by
someone else. If you think a third party has gained access, add extra
security controls and rebuild the affected resources from a clean
state. Guidance on securing instances is at
https://support.google.com/cloud/answer/6262505.

If this activity continues, we may have to suspend the resources that
produce it.

Sincerely,
The Google Cloud Platform Team
Case #20944618
""")

add(key="gcp-mining", label="abuse", provider="Google Cloud", lang="en",
    url="https://github.com/turtlecoin/turtlecoin-docs/issues/247",
    sender=("Google Cloud Platform Compliance", "google-cloud-compliance@google.com"),
    to=("Leon Hartmann", "leon.hartmann@quietmesa.example"),
    subject="Google Cloud Platform: resources in project mining-test-2231 have been suspended",
    send=T(2027, 12, 7, 14, 22, 5, tzinfo=PST), orig=D(2019, 3, 14),
    body="""Dear Customer,

We found that your Google Cloud project mining-test-2231
(id: mining-test-2231) was used to mine cryptocurrency. Mining on
Google Cloud without prior written approval from Google is not allowed
under our Terms of Service, so we have suspended the project resources
that showed this behaviour.

  Project:     mining-test-2231
  Instance:    miner-1 (us-central1-a)
  Activity:    cryptocurrency mining

Affected resources remain suspended. If you believe this was a mistake,
a project owner can file an appeal from the Cloud Console; please
describe the workload that was running on the instance.

Sincerely,
Google Cloud Platform Trust & Safety
""")

add(key="netlify-ban", label="abuse", provider="Netlify", lang="en",
    url="https://github.com/metafizzy/isotope/issues/1660",
    sender=("Netlify", "support@netlify.com"),
    to=("Dana Merritt", "dana@gridwright-studio.example"),
    subject="Your Netlify account has been suspended",
    send=T(2027, 12, 9, 21, 48, 30, tzinfo=UTC), orig=D(2023, 10, 23),
    body="""Hi Dana,

Following a review, our team has suspended the Netlify account
dana-merritt and the team Gridwright Studio. Our systems matched
activity on the account to patterns we associate with fraudulent use
of the platform, which our Terms of Use do not allow.

While the suspension is in place:
  - all sites owned by the team are offline;
  - deploys, builds and form handling are stopped;
  - the account cannot be used to create new sites.

For the integrity of our fraud detection we cannot share the specific
signals behind this decision. If you think we got this wrong, reply to
this message with the details of how you use Netlify and our support
team will review the case.

Netlify Support
""")

add(key="sendgrid-review", label="abuse", provider="Twilio SendGrid", lang="en",
    url="https://github.com/sendgrid/docs/issues/1798",
    sender=("SendGrid Compliance", "support@sendgrid.com"),
    to=("Alex Romero", "alex@abiecore-systems.example"),
    subject="Your SendGrid account is under review",
    send=T(2027, 12, 11, 6, 2, 11, tzinfo=UTC), orig=D(2016, 5, 14),
    body="""Hello,

We have placed your SendGrid account abiecore under review and paused
its ability to send email.

Over the past day the account sent about 13,000 messages, which is far
outside its usual pattern, and the mail showed signs of unsolicited
bulk sending. Traffic like this harms the reputation of our sending
infrastructure, so we stop it while we look into it.

To help us complete the review, please reply with:
  - what kind of mail you send and how recipients opted in;
  - whether you recognise the recent sending activity;
  - which API keys or SMTP credentials were used, and whether any of
    them may have been exposed.

If credentials were exposed, delete them and create new ones before
replying. Sending stays paused until the review is finished.

Regards,
SendGrid Compliance Team
""")

add(key="heroku-suspend", label="abuse", provider="Heroku", lang="en",
    url="https://github.com/xinxin8816/heroku-ariang-21vianet/issues/1",
    sender=("Heroku", "noreply@heroku.com"),
    to=("Sumit Rao", "sumit.rao@pixelharbor.example"),
    subject="Your Heroku account has been suspended",
    send=T(2027, 12, 13, 11, 30, 0, tzinfo=UTC), orig=D(2020, 2, 19),
    body="""Hello,

Your Heroku account sumit.rao@pixelharbor.example has been suspended
because of activity that breaks the Heroku Acceptable Use Policy.

The app aria-remote-7 was found transferring large volumes of data in
a way that matches file-sharing and proxy usage, which the policy does
not permit on the platform. All apps on the account have been stopped
and you can no longer sign in to the Dashboard or the CLI.

If you think this suspension was made in error, open a ticket at
https://help.heroku.com with a description of what the app is for.

Heroku Trust & Safety
""")

# ------------------------------------------------------ security-incident
add(key="github-oauth", label="security-incident", provider="GitHub", lang="en",
    url="https://github.com/ohmyzsh/ohmyzsh/issues/4748",
    sender=("GitHub", "noreply@github.com"),
    to=("dbkarlsen", "dbkarlsen@nullroute.example"),
    subject="[GitHub] OAuth access token committed to a public repository",
    send=T(2027, 12, 1, 17, 12, 40, tzinfo=UTC), orig=D(2016, 1, 5),
    body="""Hello dbkarlsen,

One of your valid OAuth access tokens was found in a commit pushed to a
public GitHub repository. Anyone who reads that commit could use the
token to act on GitHub as you, including changing repository data, your
contact details and your billing information.

To protect you, we have revoked the token. Any integration that used it
will need a freshly generated token before it can authenticate again.

We also suggest that you:

* Look through your authorized OAuth applications and remove any you
  do not recognise:
  https://github.com/settings/applications
* Check your security log for activity you did not perform:
  https://github.com/settings/security-log

The commit we found is in https://github.com/zshkit/zsh-frame

If you have questions, contact us at https://github.com/contact.

Thanks,
GitHub.com
""")

add(key="slack-token", label="security-incident", provider="Slack", lang="en",
    url="https://github.com/dylex/slack-libpurple/issues/12",
    sender=("Slack", "feedback@slack.com"),
    to=("Michal Szewczyk", "michal@tidepool-apps.example"),
    subject="Slack tokens for your account were found on a public page",
    send=T(2027, 12, 3, 13, 55, 2, tzinfo=UTC), orig=D(2017, 11, 23),
    body="""Hi Michal,

We have learned that one or more authentication tokens tied to your
account in the tidepool-apps workspace could be seen on a publicly
reachable page on the internet.

Anyone holding those tokens could read and post messages as you. As a
precaution we have revoked them, so apps or scripts that relied on
them will stop working until you issue new ones.

What we recommend:
  1. Find where the tokens were published and remove them.
  2. Create new tokens only where they are still needed, and keep them
     out of public code and documents.
  3. Review the apps installed on your account at
     https://tidepool-apps.slack.com/apps/manage

If you have questions, reply to this email.

The team at Slack
""")

add(key="gcp-apikey", label="security-incident", provider="Google Cloud", lang="en",
    url="https://github.com/inovex/scrumlr.io/issues/429",
    sender=("Google Cloud Platform", "google-cloud-compliance@google.com"),
    to=("Retro Board Admins", "cloud-admins@retroboard-labs.example"),
    subject="Publicly accessible Google API key for Google Cloud Platform project retroboard-prod",
    send=T(2027, 12, 5, 10, 14, 9, tzinfo=PST), orig=D(2021, 5, 31),
    body="""Dear Google Cloud Platform customer,

We found a Google API key belonging to one of your projects in a place
anyone on the internet can read:

  Project:   retroboard-prod (id: retroboard-prod)
  API key:   AIzaSyD-EXAMPLE-0000000000000000000000
  Found at:  https://github.com/retroboard-labs/retroboard/blob/9f3c2a1/scripts/deploy.sh

If this exposure was not intended, treat the key as compromised:
  - create a replacement key and move your applications to it;
  - delete the exposed key;
  - add API and application restrictions to the new key;
  - look at your usage and billing reports for calls you do not expect.

More on protecting API keys:
https://cloud.google.com/docs/authentication/api-keys

Sincerely,
The Google Cloud Platform Team
""")

add(key="circleci", label="security-incident", provider="CircleCI", lang="en",
    url="https://github.com/nipreps/smriprep/pull/315",
    sender=("CircleCI Security", "security@circleci.com"),
    to=("Oscar Estrada", "oscar@brainmap-tools.example"),
    subject="Security alert: rotate all secrets stored in CircleCI",
    send=T(2027, 12, 8, 4, 40, 0, tzinfo=UTC), orig=D(2023, 1, 4),
    body="""Hello,

We are investigating a security incident and are contacting every
customer whose organization stores secrets in CircleCI. Until we know
more, please assume that secrets stored with us may have been exposed.

Please do the following straight away:

  1. Rotate every secret held in CircleCI: project environment
     variables, contexts, API tokens and SSH/deploy keys.
  2. Review the logs of the systems those secrets give access to for
     unexpected activity from late December onward.
  3. Update the new values in CircleCI once they have been rotated.

Organization: brainmap-tools (12 projects with stored secrets)

We will share further updates on our status page and blog as the
investigation progresses. We are sorry for the disruption.

CircleCI Security Team
""")

add(key="onamae-tamper", label="security-incident", provider="お名前.com (GMO)", lang="ja",
    url="https://help.onamae.com/answer/13508",
    sender=("お名前.com レンタルサーバー", "support@onamae.com"),
    to=("佐々木 恵", "sasaki@hanamori-shoten.example"),
    subject="【重要】ご利用サーバーにおける不正プログラムの設置および改ざんの検知について",
    send=T(2027, 12, 10, 15, 20, 0, tzinfo=JST), orig=D(2027, 12, 10),
    body="""佐々木 恵 様

いつもお名前.com レンタルサーバーをご利用いただき、ありがとうございます。

弊社の監視において、お客様のサーバー領域で第三者によるものと思われる
ファイルの書き換えおよび不正なプログラムの設置を確認いたしました。

  サーバーID　　：rs-8841207
  初期ドメイン　：hanamori-shoten.example
  検知内容　　　：コンテンツの改ざん、不審なPHPファイルの設置

放置した場合、お客様のサイトを閲覧した方への被害や、外部サーバーへの
攻撃・迷惑メールの大量送信など、第三者へ影響が及ぶおそれがあります。
このため、弊社にて該当サーバーのご利用を一部制限いたしました。

お手数ですが、以下の対応をお願いいたします。

【1】サーバー内の不審なファイルの確認と削除
  心当たりのないファイルがないかをご確認のうえ、削除してください。
  可能であれば全ファイルをダウンロードしてウイルスチェックを行い、
  必要なファイルのみ再アップロードしてください。

【2】アプリケーションの更新
  WordPressなどのCMS、プラグイン、CGI/PHPプログラムを最新版へ
  更新してください。

【3】各種パスワードの変更
  コントロールパネル、FTP、CMS管理画面のパスワードを変更してください。

対応が完了しましたら、サポート窓口までご連絡ください。確認後、
制限の解除について ご案内いたします。

お名前.com レンタルサーバー サポート
""")

add(key="xserver-phish", label="security-incident", provider="Xserver (impersonated)", lang="ja",
    url="https://affilabo.com/wordpress/99091", phish=True,
    sender=("エックスサーバー", "support@xserver-account-check.example"),
    to=("", "info@kobayashi-dental.example"),
    subject="【Xserver】不正なアクセスの検知および制限の実施",
    send=T(2027, 12, 12, 2, 3, 51, tzinfo=JST), orig=D(2027, 12, 12),
    body="""お客様各位

いつもエックスサーバーをご利用いただきありがとうございます。

お客様のサーバーアカウントに対し、海外からの不正なアクセスを検知
いたしました。安全のため、現在アカウントの一部機能を制限しております。

  対象アカウント：info@kobayashi-dental.example
  検知日時　　　：2027年12月11日 23:48

制限を解除するには、以下のページからログインしてご本人確認を
完了してください。確認が取れない場合、サーバーアカウントは凍結
される予定です。

  ▼ご本人確認はこちら
  https://xserver-account-check.example/login/verify

※本メールは送信専用です。

エックスサーバー株式会社
""")

add(key="github-phish", label="security-incident", provider="GitHub (impersonated)", lang="en",
    url="https://github.com/ArturJS/nodejs-certification-preparation/issues/2", phish=True,
    sender=("LunaTechReview", "notifications@github.com"),
    to=("wren-okafor/node-exam-notes", "node-exam-notes@noreply.github.example"),
    subject="[wren-okafor/node-exam-notes] Github Security [Review Token Activity (Issue #3)",
    send=T(2027, 12, 14, 9, 27, 13, tzinfo=UTC), orig=D(2027, 12, 14),
    body="""LunaTechReview opened an issue (wren-okafor/node-exam-notes#3)

Hello @wren-okafor

[Review Token Activity](https://sso.devsummit-review.example)

Unusual use of your GitHub Personal Access Token or OAuth app token has
been detected.

Details:
- Source IP: 198.51.100.67
- Time: 2027-12-13 09:42 UTC
- Actions: repository cloning, issue creation, pull request changes

Possible consequences:
- repositories changed without your permission
- malicious code injected into production pipelines
- CI/CD secrets and environment variables exposed

You should:
1. Revoke the affected token.
2. Check recent commits and pull requests.
3. Look at your GitHub Actions workflows for changes you did not make.

[Review Token Activity](https://sso.devsummit-review.example)

--
Reply to this email directly or view it on GitHub:
https://github.com/wren-okafor/node-exam-notes/issues/3
""")

# ------------------------------------------------------- action-required
add(key="heroku16", label="action-required", provider="Heroku", lang="en",
    url="https://github.com/alphagov/govuk-frontend/issues/2074",
    sender=("Heroku", "noreply@heroku.com"),
    to=("Design System Team", "design-system@civic-forms.example"),
    subject="Action required: the Heroku-16 stack is deprecated",
    send=T(2027, 12, 16, 16, 0, 0, tzinfo=UTC), orig=D(2020, 12, 16),
    dates={"eol": D(2021, 5, 1), "nobuild": D(2021, 6, 1)},
    deadline="eol",
    body="""Hi,

One or more apps on your account run on the Heroku-16 stack, which is
now deprecated.

  Affected app: civic-forms-review

Timeline:
  - From {eol_en}, Heroku-16 is end-of-life. Apps on it stop receiving
    security updates and keep running at your own risk.
  - From {nobuild_en}, builds of Heroku-16 apps are no longer accepted.

What to do:
Move the app to a newer stack before {eol_en}. The steps are in
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack
and common questions are answered in the Heroku-16 End-of-Life FAQ:
https://help.heroku.com/0S5P41DC/heroku-16-end-of-life-faq

Thanks,
The Heroku Team
""")

add(key="atlas36", label="action-required", provider="MongoDB Atlas", lang="en",
    url="https://github.com/kalisio/crisis/issues/225",
    sender=("MongoDB Atlas", "cloud-manager-support@mongodb.com"),
    to=("Claire Dubois", "claire.dubois@veillecrise.example"),
    subject="MongoDB 3.6 reaches End of Life: action needed for your Atlas cluster",
    send=T(2027, 12, 3, 15, 10, 0, tzinfo=UTC), orig=D(2021, 3, 11),
    dates={"eol": D(2021, 4, 30)},
    deadline="eol",
    body="""Hi Claire,

MongoDB 3.6 reaches End of Life on {eol_en}. At least one cluster in
your project crisis-prod still runs this version.

  Project:   crisis-prod
  Cluster:   crisis-main (M10, MongoDB 3.6)

What you need to do:
Test your application against MongoDB 4.0 or later and upgrade the
cluster from the Atlas UI before {eol_en}. Check that the driver
versions you use are compatible with the target release.

What happens if you do nothing:
Clusters still on 3.6 after {eol_en} will be upgraded to MongoDB 4.0
automatically during their maintenance window. Testing first is
strongly recommended so the automatic upgrade does not surprise you.

Release notes and compatibility changes:
https://docs.mongodb.com/manual/release-notes/4.0-compatibility/

Thanks,
The MongoDB Atlas Team
""")

add(key="azure-classic-alerts", label="action-required", provider="Microsoft Azure", lang="en",
    url="https://github.com/azure-deprecation/dashboard/issues/11",
    sender=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=("Cloud Ops", "cloudops@northwind-logistics.example"),
    subject="Azure Monitor classic alerts retirement date extended to {new_en}",
    send=T(2027, 12, 15, 18, 32, 0, tzinfo=UTC), orig=D(2019, 5, 28),
    dates={"old": D(2019, 6, 30), "new": D(2019, 8, 31), "manual": D(2020, 6, 30)},
    deadline="new",
    body="""You're receiving this email because you use classic alert rules in
Azure Monitor.

The rollout of the migration tooling took longer than planned, so we are
giving you two more months to move your classic alert rules yourself,
at a time that suits you. Classic alerts were due to be retired on
{old_en}; the new retirement date is {new_en}.

Required action
Move your classic alert rules to the new Azure Monitor alerts before
{new_en}. You can use the voluntary migration tool in the Azure
portal, ARM templates, PowerShell or the REST API.

What happens next
After {new_en} we begin migrating remaining classic alert rules
automatically. Some classic alerts cannot be moved by the tool; those
keep working as classic alerts until {manual_my} and must be migrated
by hand.

Subscription: Northwind Logistics Production
              (00000000-1111-2222-3333-444444444444)

Learn more: https://docs.microsoft.com/azure/azure-monitor/platform/alerts-using-migration-tool

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

add(key="fcm-legacy", label="action-required", provider="Firebase", lang="en",
    url="https://github.com/kutia-software-company/larafirebase/issues/67",
    sender=("Firebase", "firebase-noreply@google.com"),
    to=("Stojan Kovac", "stojan@parcelpilot.example"),
    subject="[Action Required] Migrate from the legacy FCM APIs to HTTP v1 by {stop_en}",
    send=T(2027, 12, 21, 8, 15, 0, tzinfo=PST), orig=D(2023, 6, 21),
    dates={"stop": D(2024, 6, 20)},
    deadline="stop",
    body="""Hello Stojan,

We're letting you know that the legacy Firebase Cloud Messaging (FCM)
APIs will be discontinued starting {stop_en}.

What do you need to know?
Your project parcelpilot-app (id: parcelpilot-app) has recently sent
messages through the legacy HTTP or XMPP APIs. After {stop_en}, calls
to those endpoints will fail and your users will stop receiving
notifications sent this way.

What do you need to do?
Switch your server code to the FCM HTTP v1 API before {stop_en}. The
v1 API uses short-lived OAuth 2.0 access tokens instead of the server
key, and supports per-platform message customisation. The migration
guide is at https://firebase.google.com/docs/cloud-messaging/migrate-v1

Thanks,
The Firebase Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

add(key="workspace-lsa", label="action-required", provider="Google Workspace", lang="en",
    url="https://github.com/jberkel/sms-backup-plus/issues/959",
    sender=("Google Workspace", "workspace-noreply@google.com"),
    to=("Erik Olsen", "admin@fjordline-consult.example"),
    subject="[Action Required] Less secure app access ends on {end_en}",
    send=T(2027, 12, 5, 19, 0, 0, tzinfo=PST), orig=D(2022, 3, 5),
    dates={"end": D(2022, 5, 30), "apple": D(2022, 2, 28)},
    deadline="end",
    body="""Hello Administrator,

To keep accounts safer, starting {end_en} Google will no longer
support third-party apps or devices that sign in to a Google Account
with only a username and password.

Why you're receiving this
Users in your domain fjordline-consult.example have recently signed in
with less secure apps, for example SMS backup tools and older mail
clients that use IMAP with a password.

What you need to do
Before {end_en}, move these apps to Sign in with Google (OAuth) or,
where OAuth is not available, to app passwords with 2-Step
Verification. Once the change applies, sign-ins that rely only on a
password will be blocked.

Apple devices
Since {apple_en}, users who had not recently used a password sign-in
on Apple devices can only add their account with the Google account
type. Other existing users can continue until {end_en}.

Details: https://support.google.com/accounts/answer/6010255

The Google Workspace Team
""")

add(key="gitlab-oss", label="action-required", provider="GitLab", lang="en",
    url="https://github.com/Rdatatable/data.table/issues/5396",
    sender=("GitLab", "gitlab@mg.gitlab.com"),
    to=("Jan Gorski", "jan.gorski@tablewise.example"),
    subject="Changes to GitLab Free tier public projects: action needed",
    send=T(2027, 12, 25, 12, 0, 0, tzinfo=UTC), orig=D(2022, 5, 25),
    dates={"quota": D(2022, 6, 1), "enroll": D(2022, 7, 1)},
    deadline="enroll",
    body="""Hello Jan,

You own public projects on the GitLab Free tier, such as
tablewise/tablewise. Two changes affect them:

1. From {quota_en}, all public projects on the Free tier are counted
   toward the CI/CD quota of 400 minutes per month.

2. By {enroll_en}, public open source projects on the Free tier must be
   enrolled in the GitLab for Open Source Program to keep receiving
   GitLab Ultimate features.

What to do
If your project is open source, apply to the program before
{enroll_en}: https://about.gitlab.com/solutions/open-source/join/
Otherwise, review your CI/CD usage so the quota does not interrupt
your pipelines.

See the FAQ for more information:
https://about.gitlab.com/pricing/faq-efficient-free-tier/

Thanks,
The GitLab Team
""")

add(key="smtps-tls", label="action-required", provider="Customers Mail Cloud (HDE)", lang="ja",
    url="https://smtps.jp/docs/news/release_note/maintenance_20240209",
    sender=("Customers Mail Cloud", "support@smtps.jp"),
    to=("松本 拓也", "matsumoto@tsubame-logi.example"),
    subject="【Customers Mail Cloud】sandbox環境のTLS1.0/1.1無効化({maint_md}実施)と今後の予定について",
    send=T(2027, 12, 9, 11, 0, 0, tzinfo=JST), orig=D(2024, 2, 9),
    dates={"maint": D(2024, 2, 19), "prod": D(2024, 4, 5)},
    deadline="maint",
    body="""松本 拓也 様

平素よりCustomers Mail Cloudをご利用いただき、ありがとうございます。

通信の安全性を高め、お客様のデータを保護するため、Customers Mail Cloud
ではTLS1.0およびTLS1.1による暗号化通信を段階的に無効化してまいります。
本番環境での無効化は{prod_jam}上旬を見込んでおり、確定次第あらためて
お知らせいたします。

その前段として、一部のお客様にご提供しているサーバー構成「sandbox」で
TLS1.0/1.1を先行して無効化いたします。sandboxにてTLS1.2以上で正しく
送信できることをご確認ください。

■実施日時
  {maint_ja} 15:00~16:00

■対象
  sandboxに対する Email Sending API および SMTPリレー

■対象のお客様
  管理コンソールの「サーバー構成」に「sandbox」が表示されているお客様
  (表示されない場合は対象外です)

■お客様へのお願い
  ご利用のシステムがTLS1.2以上に対応していない場合は、ライブラリや
  OS、ブラウザ等の更新をお願いいたします。未対応のままですと、実施後は
  sandboxへの接続ができなくなります。

今後ともCustomers Mail Cloudをよろしくお願いいたします。

Customers Mail Cloud サポートチーム
""")

add(key="odn-ssl", label="action-required", provider="ODN (SoftBank)", lang="ja",
    url="http://40.74.122.252/index.cgi/contrast/https://www.odn.ne.jp/support/mailssl/index.html",
    sender=("ODNサポート", "info@odn.ne.jp"),
    to=("中村 浩二", "k-nakamura@odn-user.example"),
    subject="【重要】{start_md}より順次 メール送受信時の暗号化(SSL)を必須といたします",
    send=T(2027, 12, 17, 10, 30, 0, tzinfo=JST), orig=D(2022, 6, 15),
    dates={"start": D(2022, 8, 1), "since": D(2006, 1, 1)},
    deadline="start",
    body="""ODNをご利用のお客様へ

いつもODNをご利用いただきありがとうございます。

暗号化されていないPOP/SMTP接続でメールを送受信すると、ユーザー名と
パスワードが平文のまま送られます。同じ無線LANやネットワークを利用する
第三者に読み取られた場合、メールの盗み見や迷惑メールの送信などに悪用
されるおそれがあります。

このためODNでは、セキュリティ強化を目的として、{start_ja}より順次、
暗号化されていない認証の提供を終了し、暗号化された認証
(POP over SSL / SMTP over SSL)のご利用を必須といたします。

■お客様への影響
  メールソフトを非暗号化の設定でご利用の場合、{start_ja}以降、
  メールの受信(POP)および送信(SMTP)ができなくなります。
  Webメールをご利用の場合は影響ありません。

■お願い
  {start_ja}までに、メールソフトの設定を「POP/SMTP over SSL」へ
  変更してください。設定方法は以下のページでご案内しています。
  https://www.odn.ne.jp/support/mailssl/

ODNでは暗号化認証を{since_y}年から提供しております。ご不明な点は
ODNサポートセンターまでお問い合わせください。

ODN
""")

add(key="xfree-renew", label="action-required", provider="XFREE (エックスサーバー)", lang="ja",
    url="https://www.xfree.ne.jp/old/news_detail.php?view_id=1872",
    sender=("エックスフリー", "support@xfree.ne.jp"),
    to=("高橋 美咲", "misaki@chiisana-zakka.example"),
    subject="【エックスフリー】無料レンタルサーバーの契約更新手続き義務化について",
    send=T(2027, 12, 19, 14, 0, 0, tzinfo=JST), orig=D(2019, 1, 30),
    dates={"start": D(2019, 1, 31)},
    deadline="start",
    body="""高橋 美咲 様

平素はエックスフリーをご利用いただき、誠にありがとうございます。

エックスフリーでは、無料レンタルサーバーの不正利用を抑え、より品質の
高いサービスをご提供するため、無料レンタルサーバーを継続してご利用
いただく場合に、3か月ごとの契約更新手続きを必須といたします。

これまでは特別な操作をしなくても無料レンタルサーバーを使い続けることが
できましたが、今後は新たに設ける利用期限の範囲内でのみご利用いただけ
ます。管理パネルで定期的に「更新」ボタンを押し、利用期限を延長して
ください。

■実施日
  {start_ja}

■対象サービス
  ・HTMLサーバー機能
  ・PHP・MySQLサーバー機能
  ・WordPress機能

■利用期限について
  ・対象サービスには利用期限が設定されます。
  ・継続してご利用になる場合は契約更新手続きが必要です。
  ・更新手続きは利用期限日の2か月前から行えます。
  ・利用期限の1か月前から、ご登録のメールアドレスへ順次更新の
    ご案内をお送りします。

ご不便をおかけいたしますが、ご理解のほどよろしくお願いいたします。

エックスフリー サポート
""")

add(key="fdl-shutdown", label="action-required", provider="Firebase", lang="en",
    url="https://github.com/firebase/flutterfire/issues/16946",
    sender=("Firebase", "firebase-noreply@google.com"),
    to=("Eli Stark", "eli@halfmoon-mobile.example"),
    subject="[Action required] Firebase Dynamic Links shuts down on {shut_en}",
    send=T(2027, 12, 7, 7, 45, 0, tzinfo=PST), orig=D(2025, 1, 7),
    dates={"shut": D(2025, 8, 25)},
    deadline="shut",
    body="""Hello Eli,

Firebase Dynamic Links (FDL) is deprecated and the service will shut
down on {shut_en}. Your project halfmoon-mobile uses FDL.

What stops working
After {shut_en}, links on *.page.link and on custom FDL domains will
return an error, and the Dynamic Links API will stop responding.

This also affects Email Link Authentication
Your project uses Sign in with Email Link, which currently depends on a
Dynamic Links domain (dynamicLinkDomain in actionCodeSettings). Update
your Firebase SDKs and move email link sign-in to Firebase Hosting
before {shut_en}, or the sign-in links sent to your users will break.

What to do
  1. Choose a replacement for deep links (for example App Links and
     Universal Links).
  2. Update email link authentication as described in
     https://firebase.google.com/support/dynamic-links-faq
  3. Export the link data you want to keep before the shutdown.

Thanks,
The Firebase Team
""")

add(key="fabric-firebase", label="action-required", provider="Firebase (Fabric)", lang="en",
    url="https://github.com/AndroidDagashi/AndroidDagashi/issues/827",
    sender=("Fabric", "noreply@fabric.io"),
    to=("Haruka Kimura", "kimura@dagashi-apps.example"),
    subject="Updated timeline: Fabric shuts down on {shut_en}",
    send=T(2027, 12, 23, 17, 5, 0, tzinfo=UTC), orig=D(2019, 5, 19),
    dates={"shut": D(2020, 3, 31)},
    deadline="shut",
    body="""Hi Haruka,

We have updated the roadmap for bringing Fabric's features into
Firebase. The Fabric platform and dashboard will be turned off on
{shut_en}.

Your Fabric organization dagashi-apps has 2 apps that still report
through Fabric:
  - DagashiReader (Android)
  - DagashiReader (iOS)

What you need to do
Link these apps to a Firebase project and switch to the Firebase
Crashlytics SDK before {shut_en}. After that date, crash reports and
other data sent to Fabric will no longer be received, and the Fabric
dashboard will be unavailable.

The migration steps are described at
https://fabric.io/blog/updates-to-migration-roadmap-and-timeline

Thanks,
The Fabric Team
""")

add(key="sparkpost-plan", label="action-required", provider="SparkPost", lang="en",
    url="https://github.com/SparkPost/support-docs/pull/346",
    sender=("SparkPost", "no-reply@sparkpost.com"),
    to=("Jorge Zamudio", "jorge@mailtrail-events.example"),
    subject="Action needed: pick a new SparkPost plan by {due_en}",
    send=T(2027, 12, 15, 9, 0, 0, tzinfo=UTC), orig=D(2019, 7, 15),
    dates={"due": D(2019, 9, 15)},
    deadline="due",
    body="""Hi Jorge,

Your account mailtrail-events is still on our old "Free" plan, which we
are retiring as part of changes to our plans and pricing.

What you need to do
On or before {due_en}, select one of our current plans in the account
settings. You can keep sending for free on the "Test" plan, which
includes up to 500 emails per month, or choose a paid plan if you send
more.

If you do nothing
Accounts still on the old Free plan after {due_en} will not be able to
keep sending until a current plan is selected.

Plans and pricing: https://www.sparkpost.com/pricing/

Thanks,
The SparkPost Team
""")

# ------------------------------------------------------------ maintenance
add(key="linode-maint", label="maintenance", provider="Linode (Akamai)", lang="en",
    url="https://github.com/ODOT-PTS/TNExT/issues/211",
    sender=("Linode Support", "support@linode.com"),
    to=("Annie Fuller", "annie.fuller@transitgrid.example"),
    subject="Linode Scheduled Maintenance - Ticket #13058847",
    send=T(2027, 12, 1, 20, 10, 0, tzinfo=UTC), orig=D(2019, 10, 15),
    dates={"win": D(2019, 10, 22)},
    deadline="win",
    body="""Hello,

Maintenance is needed on the physical hosts of one or more of your
Linodes.

We recently traced an increase in emergency maintenance on our platform
to a change in the upstream Linux kernel. We have built and tested a
fix and are now rolling it out across the rest of the fleet, which
should reduce unplanned maintenance caused by this issue.

Key points:

 - Your schedule is listed below and is also shown in the Linode
   Manager. Linodes not in the list need no maintenance right now.
 - These windows cannot be changed or postponed, and rebooting ahead
   of time does not remove the need for the maintenance.
 - Each window is two hours long; actual downtime is usually under
   30 minutes.
 - Your Linodes will be shut down cleanly and stay unreachable during
   the window, then be returned to their previous state (running or
   powered off).

Schedule (UTC):

  {win_iso} 04:00 - 06:00   transitgrid-app-1
  {win_iso} 04:00 - 06:00   transitgrid-db-1

Regards,
Linode Support
""")

add(key="do-hvmigrate", label="maintenance", provider="DigitalOcean", lang="en",
    url="https://github.com/gratipay/grtp.co/issues/75",
    sender=("DigitalOcean", "support@digitalocean.com"),
    to=("Whit Porter", "whit@givewell-widgets.example"),
    subject="Upcoming Droplet upgrade to the latest DigitalOcean cloud",
    send=T(2027, 12, 23, 10, 0, 0, tzinfo=UTC), orig=D(2014, 12, 23),
    dates={"win": D(2014, 12, 30)},
    deadline="win",
    body="""Hey there,

We are moving your Droplet to the newest version of our cloud so that
it can use the latest DigitalOcean features.

On {win_en}, between 12:30 and 18:30 UTC, the hypervisor that hosts
your Droplet will start migrating. Over roughly six hours every Droplet
on that hypervisor will be moved to a new host, one after another, so
each migration can finish cleanly.

  Droplet: widgets-web-01

When your Droplet's turn comes it will be powered off; expect about
one minute of downtime for each GB of disk. If you would rather choose
the time yourself, you can run the upgrade before the window:
https://www.digitalocean.com/community/tutorials/how-to-manually-initiate-droplet-upgrade-to-latest-digitalocean-cloud

After the upgrade, please check that your services came back as
expected; some may need a restart.

Just reply to this email if you have questions.

Thanks,
DigitalOcean Support
""")

add(key="ibm-hostmig", label="maintenance", provider="IBM Cloud", lang="en",
    url="https://github.com/nodejs/build/issues/3772",
    sender=("IBM Cloud", "no-reply@cloud.ibm.com"),
    to=("Rhys Lawson", "rhys@buildfarm-ops.example"),
    subject="Cloud Host Migration - Customer Action required",
    send=T(2027, 12, 20, 14, 2, 0, tzinfo=CST), orig=D(2024, 6, 20),
    dates={"win": D(2024, 7, 26)},
    deadline="win",
    body="""ID: 188420517
Type: Planned Event
Subject: Upcoming Planned Cloud Maintenance
Start Date: {win_iso} 05:00 UTC
End Date:   {win_iso} 09:00 UTC
Duration: 4 Hours

*** System-generated ticket. Please do not reply; contact support if you
need help. ***

IBM Cloud engineers are refreshing the hardware behind some cloud
hosts to improve their stability and reliability. You are receiving
this ticket because one or more of your Virtual Server Instances (VSIs)
run on a host that will be emptied and updated.

Capacity for each affected VSI has already been reserved on a new host.
You can migrate the VSIs yourself at any time before the start date
above. Any VSI that has not been moved by then will be migrated
automatically once the maintenance begins.

Affected VSI:
  test-ubuntu2204-x64-3.buildfarm-ops.example

Notes:
- Windows instances need extra preparation before migration to avoid
  data loss and downtime; see the IBM Cloud documentation.
""")

add(key="myasp-maint", label="maintenance", provider="MyASP", lang="ja",
    url="https://myasp.jp/news/2982/",
    sender=("MyASP(マイスピー)", "info@myasp.jp"),
    to=("村上 直子", "murakami@hikari-juku.example"),
    subject="【重要】サーバーメンテナンス(OS切り替え)実施のお知らせ ※対象:ビギナープラン",
    send=T(2027, 12, 14, 16, 0, 0, tzinfo=JST), orig=D(2023, 6, 14),
    dates={"start": D(2023, 6, 26), "end": D(2023, 7, 7), "yours": D(2023, 6, 29)},
    deadline="start",
    body="""村上 直子 様

日頃よりMyASP(マイスピー)をご利用いただき、誠にありがとうございます。

セキュリティの強化とパフォーマンスの向上を目的として、ビギナープランの
サーバーでOSの切り替えメンテナンスを行います。お客様のご契約が対象と
なりますので、以下をご確認ください。

■ 作業方法
  停止時間をできるだけ短くするため、現在のサーバーから一時的に別の
  サーバー(別IPアドレス)へ退避したうえでOSを入れ替え、元のサーバーへ
  戻します。

■ 実施期間
  {start_ja}~{end_ja} 各日 9:30~18:30
  (期間中、サーバー1台につき影響があるのは1日のみです)

■ お客様のサーバーの実施予定日
  {yours_ja}

作業は9:30~18:30のうち4時間程度を見込んでいますが、順番に進めるため
開始時刻は前後します。実施日の9:30~18:30はMyASPのご利用を控えて
いただくことをおすすめします。

ご不便をおかけしますが、ご理解とご協力をお願いいたします。

MyASP サポートセンター
""")

add(key="lolipop-relocate", label="maintenance", provider="ロリポップ! (GMOペパボ)", lang="ja",
    url="https://megalodon.jp/ref/2016-0401-1429-33/https://lolipop.jp:443/info/support/server_relocation",
    sender=("ロリポップ!", "support@lolipop.jp"),
    to=("岡田 健", "okada@sakanaya-blog.example"),
    subject="【ロリポップ!】WEBサーバー移設メンテナンスのお知らせ(users1xx)",
    send=T(2027, 12, 22, 13, 0, 0, tzinfo=JST), orig=D(2015, 12, 22),
    dates={"start": D(2016, 1, 19), "end": D(2016, 1, 28)},
    deadline="start",
    body="""岡田 健 様

平素はロリポップ!をご利用いただきありがとうございます。

より快適なサーバー環境をご提供するため、サーバー番号【users0xx、
users1xx、users2xx、users30x】を対象にWEBサーバーの移設メンテナンスを
実施いたします。この移設により、すべてのお客様が新しいWEBサーバーを
ご利用いただけるようになります。

■お客様のご契約情報
  アカウントID:LA04718263
  サーバー番号:users147

■移設スケジュール
  移設はサーバーごとに設けた移設期間の中で順次行います。
  お客様のサーバー(users147)の移設期間:
  {start_ja}~{end_ja}

■サーバー番号の確認方法
  ユーザー専用ページにログインすると、左上に「お名前」「アカウントID」
  「サーバー番号」が表示されます。

移設期間中の影響範囲やよくあるご質問は、ロリポップ!のお知らせページに
まとめております。事前にご確認いただきますようお願いいたします。

ご迷惑をおかけいたしますが、ご協力をお願い申し上げます。

ロリポップ!
""")

# ----------------------------------------------------- security-advisory
add(key="firestore-rules", label="security-advisory", provider="Firebase", lang="en",
    url="https://github.com/inspireui/support/issues/4202",
    sender=("Firebase", "firebase-noreply@google.com"),
    to=("Sticky Pages", "dev@stickypages-shop.example"),
    subject="[Firebase] Your Cloud Firestore database has insecure rules",
    send=T(2027, 12, 11, 22, 30, 0, tzinfo=PST), orig=D(2020, 7, 14),
    body="""Hello,

We've found a problem with the security rules of the Cloud Firestore
database in your project stickypages-shop:

  Any user can read your entire database
  Any user can write to your entire database

Without strong Security Rules, anyone who has your project's
configuration can steal, change or delete your data, and run
operations that increase your bill.

Recommended next steps
  - Open the Rules tab of Cloud Firestore in the Firebase console and
    limit access to authenticated users and the data they own.
  - Test changes with the Rules Playground before you publish them.
  - See https://firebase.google.com/docs/firestore/security/insecure-rules

You can change how often you get these alerts in your notification
settings.

Thanks,
The Firebase Team
""")

add(key="gke-cve", label="security-advisory", provider="Google Cloud (GKE)", lang="en",
    url="https://github.com/jupyterhub/mybinder.org-deploy/issues/511",
    sender=("Google Cloud Platform", "CloudPlatform-noreply@google.com"),
    to=("Carol Whitman", "ops@notebook-commons.example"),
    subject="Google Kubernetes Engine security notice: CVE-2017-1002101 and CVE-2017-1002102",
    send=T(2027, 12, 12, 11, 0, 0, tzinfo=PST), orig=D(2018, 3, 12),
    dates={"avail": D(2018, 3, 16)},
    body="""Hello Google Kubernetes Engine Customer,

The Kubernetes project has disclosed two new vulnerabilities,
CVE-2017-1002101 and CVE-2017-1002102, that can let a container reach
files outside of itself. All Google Kubernetes Engine (GKE) nodes are
affected, and we recommend moving to the latest patch version soon.

What should I do?
Because of how serious these issues are, we recommend that you upgrade
your nodes by hand as soon as the patch reaches your zone, whether or
not node auto-upgrade is turned on. The patched release (1.8.9-gke.0)
will be available to all customers by {avail_en}; depending on the
rollout schedule it may reach your zone earlier.

Your GKE clusters:
  notebook-commons-prod (prod-a, us-central1-a)

Upgrade the control plane first, then the node pools. See the security
bulletin for updates:
https://cloud.google.com/kubernetes-engine/docs/security-bulletins

Thank you,
The Google Kubernetes Engine Team
""")

# ---------------------------------------------------------------- pricing
add(key="arteria-power", label="pricing", provider="ARTERIA Networks", lang="ja",
    url="https://arteria-net.com/news/2023/0914-02",
    sender=("アルテリア・ネットワークス", "info@arteria-net.com"),
    to=("データセンター担当者", "dc-admin@minato-print.example"),
    subject="ComSpaceⅢ/ComSpaceⅢ別館 電力調整料金改定のお願い",
    send=T(2027, 12, 14, 10, 0, 0, tzinfo=JST), orig=D(2023, 9, 14),
    dates={"eff": D(2023, 10, 1)},
    deadline="eff",
    body="""お客様各位

平素より弊社サービスをご利用いただきまして、誠にありがとうございます。

アルテリア・ネットワークス株式会社では、経営の合理化を進めることで
電力調整料金を据え置いてまいりました。しかしながら、世界的な資源価格の
高騰、国際燃料市場での供給不安とそれに伴う燃料価格・電力市場価格の
上昇、電力会社による料金メニューの見直し、さらに電気設備の物価上昇が
重なり、従来の価格を維持することが難しい状況となりました。

つきましては、誠に不本意ながら「コロケーションサービス利用規約」の
定めに基づき、{eff_jam}ご利用分より電力調整料金を改定させていただきます。

■対象
  ComSpaceⅢ/ComSpaceⅢ別館 コロケーションサービス
  (お客様ID:CS3-20418)

■電力調整料金の構成
  電力調整料金は、基本電力調整料金と変動電力調整料金を合算したものです。
  ・基本電力調整料金:ラック内機器の消費電力と、空調・照明など間接的に
    使用する電力量をもとに設定します。
  ・変動電力調整料金:電力会社が公表する数値をもとに設定します。
  これまで両料金は当該建物を管理する事業者が負担しており、お客様への
  ご請求は行っておりませんでした。

■適用開始
  {eff_jam}ご利用分より

何とぞ事情をご理解いただき、今後とも変わらぬご愛顧を賜りますよう
お願い申し上げます。

アルテリア・ネットワークス株式会社
""")

add(key="xserver-prepaid", label="pricing", provider="Xserver", lang="ja",
    url="https://www.xserver.ne.jp/news_detail.php?view_id=17510",
    sender=("エックスサーバー", "support@xserver.ne.jp"),
    to=("森田 翔", "morita@hoshizora-design.example"),
    subject="XServerアカウント利用規約改定のお知らせ",
    send=T(2027, 12, 21, 15, 0, 0, tzinfo=JST), orig=D(2026, 1, 21),
    dates={"eff": D(2026, 1, 26)},
    deadline="eff",
    body="""森田 翔 様

平素は弊社サービスをご利用いただき、誠にありがとうございます。

弊社では{eff_ja}より、XServerアカウント内でプリペイド残高を表示する
各画面において、お客様がご購入などにより取得されたプリペイドを「有償」、
キャンペーンなどで付与されたプリペイドを「無償」として分けて管理・表示
いたします。これに合わせて、XServerアカウント利用規約の一部を改定します。

----------------------------------------------------------------------
■改定対象
  XServerアカウント利用規約

■改定日
  {eff_ja}

■改定内容
  第3章「プリペイドについて」第13条に、有償プリペイドと無償プリペイドを
  両方お持ちの場合は、無償プリペイドから先に消費される旨を明記します。

  ◇新旧対照表および改定後の規約は、XServerアカウントのお知らせから
   ご確認いただけます。
----------------------------------------------------------------------

今後もより良いサービスのご提供に努めてまいります。
引き続きよろしくお願い申し上げます。

エックスサーバー株式会社
""")

add(key="gcs-ops-pricing", label="pricing", provider="Google Cloud", lang="en",
    url="https://github.com/infracost/infracost/issues/2242",
    sender=("Google Cloud Platform", "CloudPlatform-noreply@google.com"),
    to=("Vera Golub", "billing@costlens-data.example"),
    subject="Cloud Storage operations pricing update effective {eff_en}",
    send=T(2027, 12, 18, 8, 0, 0, tzinfo=PST), orig=D(2023, 1, 25),
    dates={"eff": D(2023, 4, 1)},
    deadline="eff",
    body="""Hello Google Cloud Storage customer,

We're writing to let you know that prices for Cloud Storage operations
are changing on {eff_en}.

What is changing
Today, Class A and Class B operations have a single price for each
storage class, wherever a bucket is located. From {eff_en}, operation
prices will depend on the bucket's location type, with separate rates
for regional, dual-region and multi-region buckets. The change comes
with new SKUs for these operations.

Why you're receiving this
Your billing account 01A2B3-C4D5E6-F7A8B9 was charged for Cloud Storage
operations in the last 30 days.

What you can do
No action is required. Review the new rates and SKU mapping to estimate
the effect on your bill:
https://cloud.google.com/storage/pricing-announce

Thanks for choosing Google Cloud.
The Google Cloud Team
""")

# ---------------------------------------------------------------- billing
add(key="lolipop-phish", label="billing", provider="ロリポップ! (impersonated)", lang="ja",
    url="https://ymg.nagoya/?p=43999", phish=True,
    sender=("ロリポップ!", "wduqubtiy@kousyu-hikaku.example"),
    to=("", "contact@umi-no-ie.example"),
    subject="【ロリポップ!】《再請求》ドメイン更新費用のお知らせ",
    send=T(2027, 12, 18, 17, 49, 0, tzinfo=JST), orig=D(2027, 12, 18),
    body="""このメールは、「ロリポップ!レンタルサーバー」より自動的に送信されています。
※このメールアドレスは送信専用のため、ご返信いただいてもお答えできません。

【重要】お支払い情報の更新をお願いします

ご登録のクレジットカードで与信が通らなかったため、ドメインの更新費用を
お支払いいただけておりません。このままではドメインが失効し、ホームページ
やメールがご利用いただけなくなります。

  対象ドメイン:umi-no-ie.example
  ご請求内容　:ドメイン更新費用(1年)

下記より、お支払い情報の更新をお願いいたします。

  ▼お支払い情報の更新
  https://lolipop-billing-update.example/user/payment

ロリポップ!レンタルサーバー
""")

add(key="netlify-bw", label="billing", provider="Netlify", lang="en",
    url="https://github.com/stevenson-space/shs/issues/217",
    sender=("Netlify", "team@netlify.com"),
    to=("Joseph Shen", "joseph@stevensonhub.example"),
    subject="Your team has used 90% of its included bandwidth",
    send=T(2027, 12, 24, 18, 20, 0, tzinfo=UTC), orig=D(2024, 2, 24),
    body="""Hi Joseph,

Your team Stevenson Hub has used 90% of the bandwidth included in the
Starter plan for the current billing period (90 GB of 100 GB).

If usage goes over 100 GB before the period ends, we will automatically
add a 100 GB bandwidth pack to your team and charge it to the card on
file.

What you can do
  - See which sites use the most bandwidth under Team settings > Usage.
  - Reduce large assets such as images and videos.
  - Upgrade to Pro if you expect this level of traffic to continue.

Usage and billing: https://app.netlify.com/teams/stevensonhub/billing

The Netlify Team
""")

# ---------------------------------------------------------- informational
add(key="github-2fa-info", label="informational", provider="GitHub", lang="en",
    url="https://github.com/qld-gov-au/qg-web-template/issues/1060",
    sender=("GitHub", "noreply@github.com"),
    to=("duttonw-work", "w.dutton@qldweb-team.example"),
    subject="[GitHub] Two-factor authentication is now required for your account",
    send=T(2027, 12, 8, 23, 0, 0, tzinfo=UTC), orig=D(2023, 8, 8),
    dates={"perm": D(2023, 9, 21)},
    body="""Hey duttonw-work!

GitHub now requires two-factor authentication (2FA) for users who
contribute code, as an extra layer of protection for the software
supply chain. Your activity on GitHub.com places you in this group.

You already have 2FA set up, so there is nothing you need to do. After
{perm_en}, two-factor authentication will stay permanently enabled on
your account and can no longer be turned off.

To review your 2FA methods and recovery codes, visit
https://github.com/settings/security

Learn more about the 2FA requirement:
https://github.blog/2023-03-09-raising-the-bar-for-software-security-github-2fa-begins-march-13/

Thanks,
The GitHub Team
""")

add(key="iijmio-spam", label="informational", provider="IIJ (IIJmio)", lang="ja",
    url="https://www.iijmio.jp/info/iij/20140218-1.html",
    sender=("IIJmio", "info@iijmio.jp"),
    to=("吉田 隆", "t-yoshida@iijmio-user.example"),
    subject="【IIJmio】海外からのメール送信に対する送信数制御強化のお知らせ",
    send=T(2027, 12, 18, 11, 0, 0, tzinfo=JST), orig=D(2014, 2, 18),
    body="""お客様各位

株式会社インターネットイニシアティブ

平素は弊社のサービスをご利用いただき、誠にありがとうございます。

最近、IIJmioセーフティメールのメールサーバーを利用して、海外から
不正に大量のメールを送信される事例が多く発生しています。

不正な大量送信は、弊社設備の負荷を高めるだけでなく、弊社メールサーバーが
ブラックリストに登録され、特定の宛先へメールを送れなくなるといった
問題につながり、メールサーバーをご利用のお客様全体の不利益となります。

こうした状況を踏まえ、IIJmioセーフティメールで実施している
「メール送信数制御」について、海外から送信されたメールへの制御を
より厳しくすることといたしました。

【変更内容】
  仕様変更後、海外から送信されたメールに対して、次の制御を行う場合が
  あります。
  ・海外から送信する場合、1日あたりの送信数を最大100通に制限します。
  ・短時間に大量のメールを送信した場合に行っている送信効率の制御を、
    海外からの送信については国内からの送信より少ない通数で適用します。

ご不明な点は、IIJmioお問い合わせ窓口までお問い合わせください。
""")


# ------------------------------------------------------------------ build
def shifted(n):
    delta = n["send"].date() - n["orig"]
    return {k: v + delta for k, v in n["dates"].items()}, delta


def fmt_vars(sd):
    v = {}
    for k, d in sd.items():
        v[k + "_en"] = en(d)
        v[k + "_ja"] = ja(d)
        v[k + "_jam"] = jam(d)
        v[k + "_iso"] = iso(d)
        v[k + "_md"] = "%d月%d日" % (d.month, d.day)
        v[k + "_y"] = str(d.year)
        v[k + "_my"] = d.strftime("%B %Y")
        v[k + "_ctime"] = d.strftime("%a %b ") + ("%2d" % d.day)
    return v


def mid(n, i):
    dom = n["sender"][1].split("@", 1)[1]
    return "<setg5.%02d.%s@%s>" % (i, n["key"], dom)


def build():
    notices = sorted(N, key=lambda n: n["send"].astimezone(UTC))
    chunks = []
    rows = []
    for i, n in enumerate(notices):
        sd, _ = shifted(n)
        v = fmt_vars(sd)
        body = n["body"].format(**v)
        subject = n["subject"].format(**v)
        if n["deadline"] is None:
            deadline = "none"
        else:
            deadline = iso(sd[n["deadline"]])
        msg = EmailMessage(policy=policy.default.clone(linesep="\n", max_line_length=78))
        name, addr = n["sender"]
        msg["From"] = "%s <%s>" % (name, addr) if name else addr
        tname, taddr = n["to"]
        msg["To"] = "%s <%s>" % (tname, taddr) if tname else taddr
        msg["Subject"] = subject
        msg["Date"] = format_datetime(n["send"])
        msg["Message-ID"] = mid(n, i)
        msg["X-Training-Label"] = n["label"]
        msg["X-Training-Deadline"] = deadline
        if n["phish"]:
            msg["X-Training-Phishing"] = "yes"
        cte = "base64" if n["lang"] == "ja" else "quoted-printable"
        msg.set_content(body, charset="utf-8", cte=cte)
        raw = msg.as_bytes(policy=msg.policy)
        text = raw.decode("ascii")
        text = text.replace("\r\n", "\n")
        lines = text.split("\n")
        lines = [(">" + l) if l.startswith("From ") else l for l in lines]
        text = "\n".join(lines).rstrip("\n") + "\n"
        env = "From %s %s\n" % (addr, n["send"].astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y"))
        chunks.append(env + text)
        rows.append((i, n["label"], deadline, n["provider"], n["url"], n["lang"], n["phish"]))
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write("\n".join(chunks))
    return rows


# ------------------------------------------------------------------ check
ENV_RE = re.compile(r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                    r"[ 0-3]\d \d\d:\d\d:\d\d \d{4}$")


def check():
    problems = []
    data = open(OUT, "rb").read()
    if b"\r" in data:
        problems.append("CR found")
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        problems.append("non-ASCII byte in mbox")
        text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    starts = [i for i, l in enumerate(lines) if l.startswith("From ")]
    if not starts or starts[0] != 0:
        problems.append("mbox does not start with From line")
    for s in starts:
        if not ENV_RE.match(lines[s]):
            problems.append("bad envelope line: %r" % lines[s])
        if s > 0 and lines[s - 1] != "":
            problems.append("no blank line before message at line %d" % (s + 1))
    msgs = []
    for a, b in zip(starts, starts[1:] + [len(lines)]):
        msgs.append("\n".join(lines[a + 1:b]))
    counts = {}
    phish = 0
    ja_count = 0
    seen_ids = set()
    for k, m in enumerate(msgs):
        msg = BytesParser(policy=policy.default).parsebytes(m.encode("ascii"))
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                problems.append("msg %d missing %s" % (k, h))
        ct = msg.get_content_type()
        if ct != "text/plain" or (msg.get_param("charset") or "").lower() != "utf-8":
            problems.append("msg %d bad content-type" % k)
        label = str(msg["X-Training-Label"])
        if label not in LABELS:
            problems.append("msg %d bad label %s" % (k, label))
        counts[label] = counts.get(label, 0) + 1
        dl = str(msg["X-Training-Deadline"])
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("msg %d bad deadline %s" % (k, dl))
        if label in ("informational", "billing", "security-advisory") and dl != "none":
            # none of these notices in this set states an act-by date
            problems.append("msg %d: %s with deadline %s" % (k, label, dl))
        d = parsedate_to_datetime(str(msg["Date"]))
        if (d.year, d.month) != (2027, 12):
            problems.append("msg %d Date not in Dec 2027" % k)
        if msg["X-Training-Phishing"] is not None:
            if str(msg["X-Training-Phishing"]) != "yes":
                problems.append("msg %d bad phishing header" % k)
            phish += 1
        mid_ = str(msg["Message-ID"])
        if mid_ in seen_ids:
            problems.append("dup Message-ID %s" % mid_)
        seen_ids.add(mid_)
        body_bytes = msg.get_payload(decode=True)
        try:
            body = body_bytes.decode("utf-8")
        except UnicodeDecodeError:
            problems.append("msg %d body not utf-8" % k)
            body = ""
        cte = str(msg["Content-Transfer-Encoding"]).lower()
        if any(ord(c) > 127 for c in body) and cte not in ("base64", "quoted-printable"):
            problems.append("msg %d non-ASCII body with cte %s" % (k, cte))
        if any(ord(c) > 127 for c in body):
            ja_count += 1
        # raw body lines starting with From must be escaped
        raw_body = m.split("\n\n", 1)[1] if "\n\n" in m else ""
        for l in raw_body.split("\n"):
            if l.startswith("From "):
                problems.append("msg %d unescaped From line" % k)
        if "{" in body and "_en}" in body:
            problems.append("msg %d unformatted placeholder" % k)
        if ".example" not in str(msg["To"]):
            problems.append("msg %d To not under .example" % k)
    if len(msgs) != 40:
        problems.append("expected 40 messages, got %d" % len(msgs))
    return problems, counts, phish, ja_count, len(msgs)


def main():
    rows = build()
    problems, counts, phish, ja_count, total = check()
    print("messages: %d" % total)
    for lab in LABELS:
        print("  %-18s %d" % (lab, counts.get(lab, 0)))
    print("phishing: %d" % phish)
    print("japanese: %d" % ja_count)
    provs = {}
    for r in rows:
        provs[r[3]] = provs.get(r[3], 0) + 1
    print("providers: %d distinct" % len(provs))
    if "--table" in sys.argv:
        for r in rows:
            print("| %d | %s | %s | %s | %s |" % (r[0], r[1], r[2], r[3], r[4]))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
