#!/usr/bin/env python3
"""Build set-g11.mbox: 40 labelled cloud-provider notices (non-AWS), written anew
after public originals. Standard library only, deterministic. Re-reads the mbox
and exits 1 on any problem."""
import datetime as dt
import mailbox
import quopri
import re
import sys
from email.header import Header, decode_header
from email.utils import formataddr, format_datetime, parsedate_to_datetime, parseaddr
from pathlib import Path

OUT = Path(__file__).resolve().parent / "set-g11.mbox"
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
JST = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc
CET = dt.timezone(dt.timedelta(hours=1))
PST = dt.timezone(dt.timedelta(hours=-8))
WD_JP = "月火水木金土日"
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

# Each entry: n, provider, from(name, addr), to, subject, orig (date of the
# original mail), date (datetime in March 2028), label, deadline (original date
# or None), phishing, url, body.  Dates written {d:YYYY-MM-DD:style} in bodies
# are shifted by (date - orig) days.
M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- 1 Hetzner
add(n=1, provider="Hetzner", frm=("Hetzner Abuse Team", "abuse@hetzner.com"),
    to="Kaveh Rostami <ops@relay-north.example>",
    subj="Abuse Message [AbuseID:4E1B9C:27]: NetscanOutLevel: Netscan detected from 203.0.113.58",
    orig="2024-11-11", date=dt.datetime(2028, 3, 3, 9, 41, tzinfo=CET), label="abuse",
    deadline="2024-11-12", phish=False, url="https://github.com/XTLS/Xray-core/issues/4003",
    body="""Dear Mr Kaveh Rostami,

Our monitoring has registered an attack that originated from your server.
Please find the cause, stop it, and make sure it cannot happen again.

We also need a short written response from you explaining how the traffic
came about and what you are doing about it. If the steps below are not
completed, we may lock the server at any point after
{d:2024-11-12:iso} 10:14:52 +0100.

What to do:
- Remove the cause of the traffic
- Use the retest link to confirm that the activity has stopped:
  https://abuse.hetzner.com/retries/?token=6c1f0a9e2d7b4e38a51c
- Once the retest is clean, submit your statement here:
  https://abuse.hetzner.com/statements/?token=6c1f0a9e2d7b4e38a51c

Please keep the abuse ID [AbuseID:4E1B9C:27] in the subject line of any
reply. Replies written by hand are only processed if the server has been
locked; other questions go to support@hetzner.com.

##########################################################################
#          Netscan detected from host 203.0.113.58                       #
##########################################################################

time (UTC)           src_ip        src_port    dest_ip          dest_port
-------------------------------------------------------------------------
{d:2024-11-11:iso} 08:02:11  203.0.113.58  41822  =>  198.51.100.14    22
{d:2024-11-11:iso} 08:02:11  203.0.113.58  41823  =>  198.51.100.15    22
{d:2024-11-11:iso} 08:02:12  203.0.113.58  41824  =>  198.51.100.16    22
{d:2024-11-11:iso} 08:02:12  203.0.113.58  41825  =>  198.51.100.17    22
{d:2024-11-11:iso} 08:02:13  203.0.113.58  41826  =>  198.51.100.18    22
{d:2024-11-11:iso} 08:02:14  203.0.113.58  41829  =>  192.0.2.201      22
{d:2024-11-11:iso} 08:02:14  203.0.113.58  41830  =>  192.0.2.202      22
{d:2024-11-11:iso} 08:02:15  203.0.113.58  41831  =>  192.0.2.203      22

The destination ranges listed above are registered with AFRINIC.

Kind regards

Abuse department
Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
abuse@hetzner.com
www.hetzner.com
""")

# ---------------------------------------------------------------- 2 Hetzner Cloud lock
add(n=2, provider="Hetzner Cloud", frm=("Hetzner Cloud", "abuse@hetzner.com"),
    to="Binder Operations <binder-ops@notebooks-lab.example>",
    subj="Server locked: suspicious network activity from server #48213977 (hub-worker-3)",
    orig="2025-02-25", date=dt.datetime(2028, 3, 7, 6, 12, tzinfo=CET), label="abuse",
    deadline=None, phish=False, url="https://github.com/jupyterhub/mybinder.org-deploy/pull/3238",
    body="""Dear customer,

Your cloud server #48213977 (hub-worker-3, IPv4 203.0.113.112) in project
"binder-prod" has been locked.

Our systems recorded outgoing connections from this server that match a
port scan: a large number of hosts in external networks were contacted on
a rotating set of ports within a short time window. Because this traffic
affects third parties, the server's network access was cut off at
{d:2025-02-25:iso} 05:47 CET.

While the lock is in place, the server can only be reached through the
console in Hetzner Cloud Console. Data on the server is not affected.

To have the lock removed:
1. Identify and stop the process that generated the traffic.
2. Check the server for signs of compromise; if in doubt, rebuild it from a
   clean image.
3. Send us a statement through the link below describing the cause and the
   steps you took.

https://abuse.hetzner.com/statements/?token=b27e90d4c1a35f86

A member of staff will review your statement and unlock the server if it is
satisfactory. Repeated incidents may lead to termination of the project.

Abuse department
Hetzner Online GmbH
""")

# ---------------------------------------------------------------- 3 Google Cloud suspension
add(n=3, provider="Google Cloud", frm=("Google Cloud Platform", "CloudPlatform-noreply@google.com"),
    to="Lin Hao <lin.hao@relay-mirror.example>",
    subj="Project \"relay-gw-07\" has been suspended for violating Google's Terms of Service",
    orig="2016-06-30", date=dt.datetime(2028, 3, 9, 1, 22, tzinfo=PST), label="abuse",
    deadline=None, phish=False, url="https://github.com/phuslu/goproxy/issues/941",
    body="""Dear Developer,

Google detected activity on project relay-gw-07 (relay-gw-07) that appears
to work around our quota limits by splitting a single application across
several projects.

This kind of behaviour may violate the Google Cloud Platform Terms of
Service or the terms of the specific Google API you are using. As a
result, the project has been suspended.

To get the project running again, remove the behaviour that caused the
violation, for example by consolidating your work into a single project
ID, and then submit the appeal form in the Cloud Console with:

  - what the project is for and how it uses Google Cloud Platform and
    Google APIs
  - how the project's behaviour may relate to the violation we detected
  - the changes you made to correct it

If you are unsure how to do this, open a support request and ask for help.
We will respond within 2 business days of receiving your appeal.

Project owner: lin.hao@relay-mirror.example

APPEAL
https://console.cloud.google.com/appeal?project=relay-gw-07

Sincerely,
The Google Cloud Platform Team

(c) 2028 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to Google Cloud Platform or your account.
""")

# ---------------------------------------------------------------- 4 GitHub OAuth token revoked
add(n=4, provider="GitHub", frm=("GitHub", "noreply@github.com"),
    to="builds-bot <build-bot@ci-infra.example>",
    subj="[GitHub] A valid OAuth token was found in a public repository and has been revoked",
    orig="2018-06-18", date=dt.datetime(2028, 3, 2, 14, 5, tzinfo=UTC), label="security-incident",
    deadline=None, phish=False, url="https://github.com/nodejs/build/issues/1353",
    body="""Hello builds-bot,

One of your OAuth access tokens was pushed to a public GitHub repository.
Anyone who can read that repository could have used the token to act on
GitHub as you, including changing data, your contact details and billing
information.

To protect your account we have revoked that token. Anything that relied
on it will stop authenticating until you create a new token.

Please also take these steps to confirm that nothing else was affected:

* Go through your authorized OAuth applications and remove any you do not
  recognise:
  https://github.com/settings/applications

* Go through your personal access tokens and delete any that are no longer
  needed or that you do not recognise:
  https://github.com/settings/tokens

* Review the security log for actions you did not perform:
  https://github.com/settings/security-log

* Consider changing your password and enabling two-factor authentication.

Token details:
  Description:  ci-webhook-relay
  Found in:     ci-infra/bot-config (commit 4b9d2e1)
  Revoked at:   {d:2018-06-18:iso} 13:52 UTC

If you have questions, reply to this message or contact GitHub Support.

Thanks,
The GitHub Team
""")

# ---------------------------------------------------------------- 5 Cloudflare phishing complaint
add(n=5, provider="Cloudflare", frm=("Cloudflare Trust & Safety", "abuse@cloudflare.com"),
    to="Website owner <admin@chromium-fork.example>",
    subj="[Cloudflare] Phishing report for chromium-fork.example (Report ID 7F3K2Q)",
    orig="2025-06-12", date=dt.datetime(2028, 3, 13, 17, 30, tzinfo=UTC), label="abuse",
    deadline=None, phish=False, url="https://github.com/win32ss/supermium/issues/1466",
    body="""Hello,

Cloudflare has received a phishing report concerning a zone on your
account: chromium-fork.example

Details of the report as we received it:

Reporter:         Brand protection vendor (name withheld at reporter's request)
Reported URLs:    https://chromium-fork.example/download/
                  https://chromium-fork.example/download/installer
Logs or evidence: The reported page offers a browser installer that the
                  reporter says imitates a well-known browser vendor's
                  download page and brand in order to mislead users.
Comments:         Please remove the content and preserve it for review.

Because the site is proxied by Cloudflare, we have passed this complaint on
to the hosting provider of record as well. Visitors to the reported URLs
may see an interstitial warning while the report is being reviewed.

Please look into the report and act on it as appropriate. If you believe it
is a false positive, reply to this message with an explanation and any
supporting information, quoting Report ID 7F3K2Q.

Regards,
Cloudflare Trust & Safety
""")

# ---------------------------------------------------------------- 6 FC2 freeze (JP)
add(n=6, provider="FC2", frm=("FC2 サポート", "support@fc2.com"),
    to="猫電 運営事務局 <info@nekoden-net.example>",
    subj="【FC2ホームページ】アカウント凍結措置および解除についてのご連絡",
    orig="2014-06-23", date=dt.datetime(2028, 3, 16, 12, 15, tzinfo=JST), label="abuse",
    deadline=None, phish=False, url="http://nekoden.web.fc2.com/riyuu.html",
    body="""猫電 運営事務局 様

いつもFC2ホームページをご利用いただきありがとうございます。
FC2サポートでございます。

お問い合わせいただきましたアカウント（nekoden-net）の件について
ご説明いたします。

お客様のホームページに掲載されている内容について、外部から
危険性を指摘する警告が寄せられたため、{d:2014-06-21:jpw} に
緊急の措置としてアカウントを凍結いたしました。

その後、弊社にて該当ページを調査いたしましたが、マルウェアへの
感染や第三者に深刻な被害を及ぼす内容は見つかりませんでした。
このため、凍結措置はすでに解除しており、現在はホームページを
通常どおりご覧いただける状態です。

なお、同様の警告が再度寄せられた場合、事前のご連絡なく同じ措置を
とらせていただくことがございます。外部サイトへのリンクや
貼り付けているスクリプト等に問題がないか、あらためてご確認を
お願いいたします。

ご不便をおかけいたしましたことをお詫び申し上げます。

―――――――――――――――――――
FC2サポート
https://fc2.com/
―――――――――――――――――――
""")

# ---------------------------------------------------------------- 7 Azure Safeguards
add(n=7, provider="Microsoft Azure", frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="Subscription owner <cloudadmin@fabrikam-retail.example>",
    subj="Action required: outbound attack traffic from your Azure deployment (Safeguards case 31188054)",
    orig="2017-03-01", date=dt.datetime(2028, 3, 6, 15, 40, tzinfo=UTC), label="abuse",
    deadline="2017-03-04", phish=False, url="https://www.danielstocker.net/azure-safeguards-101/",
    body="""Microsoft Azure Safeguards

Dear Azure customer,

The Azure Safeguards team has observed traffic from a resource in your
subscription that looks like an attack against external systems.

Subscription ID:  4b0f7c21-9e3a-4d58-8a61-2f7e0c9d5b13
Resource:         vm-web-frontend-02 (Cloud service: fabrikam-web)
Public IP:        203.0.113.77
Pattern:          SSH brute-force attempts against many external hosts
First seen:       {d:2017-03-01:iso} 02:14 UTC
Last seen:        {d:2017-03-01:iso} 11:58 UTC
Sample targets:   198.51.100.23:22, 198.51.100.91:22, 192.0.2.140:22

Traffic of this kind frequently means that the machine has been
compromised. We recommend that you:

  - check the VM for unknown processes, user accounts and scheduled tasks
  - rotate all credentials used on the machine and switch to key-based SSH
  - restrict inbound management ports with network security groups
  - rebuild the VM from a known good image if you cannot rule out a
    compromise

Please resolve the activity and reply to this message by
{d:2017-03-04:long} 15:00 UTC. If the traffic continues and we have not
heard from you by then, we may shut down the deployment to protect other
networks. You can start it again once the issue is fixed.

If this traffic is expected, for example because you are running an
authorised security test, reply with a description of the normal traffic
pattern so that we can review it.

Thank you,
Azure Safeguards Team
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 8 Heroku suspension
add(n=8, provider="Heroku", frm=("Heroku Support", "support@heroku.com"),
    to="Marek Vondra <marek@seedbox-notes.example>",
    subj="Your Heroku app tcloud-mv-4411 has been suspended",
    orig="2017-10-10", date=dt.datetime(2028, 3, 20, 8, 3, tzinfo=UTC), label="abuse",
    deadline=None, phish=False, url="https://github.com/Lunik/Lunik-Torrent/issues/288",
    body="""Hi Marek,

We have suspended your app tcloud-mv-4411 and the account that owns it.

Our review found that the app was deployed to run file sharing software
that distributes content over peer-to-peer networks. Running this kind of
software is not permitted under the Heroku Acceptable Use Policy:
https://www.heroku.com/policy/aup

While the suspension is in place, the app's dynos are stopped and you will
not be able to create or deploy apps from this account.

If you think this decision was made in error, reply to this ticket with a
description of what the app does and we will take another look.

Ticket #588214

Thanks,
Heroku Support
""")

# ---------------------------------------------------------------- 9 Sakura blacklist (JP)
add(n=9, provider="さくらインターネット", frm=("さくらインターネット", "support@sakura.ad.jp"),
    to="株式会社ミナト商会 ご担当者様 <sysadmin@minato-shokai.example>",
    subj="【さくらのVPS】ご利用サーバのIPアドレスがブラックリストへ登録されました",
    orig="2019-05-20", date=dt.datetime(2028, 3, 22, 10, 20, tzinfo=JST), label="abuse",
    deadline=None, phish=False,
    url="https://help.sakura.ad.jp/hc/ja/articles/360000044181-%E4%B8%8D%E6%AD%A3%E3%82%A2%E3%82%AF%E3%82%BB%E3%82%B9%E3%81%AB%E5%AF%BE%E3%81%99%E3%82%8B%E5%BC%8A%E7%A4%BE%E3%81%A7%E3%81%AE%E5%8F%96%E3%82%8A%E7%B5%84%E3%81%BF-%E3%81%95%E3%81%8F%E3%82%89%E3%81%AE%E3%83%AC%E3%83%B3%E3%82%BF%E3%83%AB%E3%82%B5%E3%83%BC%E3%83%90-",
    body="""株式会社ミナト商会 ご担当者様

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

会員ID    : abc12345
ご契約者名 : 株式会社ミナト商会
サービスコード: 113007842211
対象サーバ : さくらのVPS 2G（203.0.113.145）

上記サーバのIPアドレスが、外部の迷惑メール対策団体が運営する
ブラックリストに登録されていることを確認いたしました。

登録の理由としては、次のような状況が考えられます。
・サーバから迷惑メール（スパム）が送信された
・存在しないメールアドレス宛への送信が繰り返された
・メールアカウントのパスワードが推測され、踏み台として利用された

このまま登録が続きますと、同じブラックリストを参照している
メールサーバへメールが届かない、または迷惑メールとして扱われる
状態となります。

VPSはIPアドレスをお客様が占有するサービスのため、原因の調査および
ブラックリスト運営者への解除申請は、お客様ご自身にて行っていただく
必要がございます。以下をご確認ください。

1. メールキューおよび送信ログに、身に覚えのない大量送信がないか
2. メールアカウントのパスワードが十分に複雑なものになっているか
3. ウェブアプリケーションのフォーム等が悪用されていないか

原因を取り除かないまま解除申請を行っても、再度登録される可能性が
高いためご注意ください。状況によっては、他のお客様や外部への影響を
防ぐため、弊社にて通信の制限を行う場合がございます。

今後ともさくらインターネットをよろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
さくらインターネット株式会社
カスタマーセンター support@sakura.ad.jp
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
""")

# ---------------------------------------------------------------- 10 Linode 2013 reset
add(n=10, provider="Linode", frm=("Linode", "no-reply@linode.com"),
    to="Ingrid Solberg <ingrid@fjordcode.example>",
    subj="Linode Manager password reset required",
    orig="2013-04-12", date=dt.datetime(2028, 3, 4, 23, 10, tzinfo=UTC), label="security-incident",
    deadline=None, phish=False, url="http://cnzhx.net/blog/linode-manager-password-reset/",
    body="""Dear Linode customer,

Our administrators detected suspicious activity on the Linode network and
have blocked it. The activity looks like a coordinated attempt to get into
the account of a single customer. That customer knows about it, and we
have established what was involved.

We have no evidence that Linode data belonging to any other customer was
accessed, and no evidence that anyone's payment information was accessed.
We understand that law enforcement is aware of the intrusion into that
customer's systems.

As a precaution, every current Linode Manager password has been expired.
The next time you sign in to the Linode Manager you will be asked to choose
a new one. We also suggest that you change your Lish password and, if you
use the API, generate a new API key.

When you pick a new password:

  * do not base it on dictionary words
  * do not reuse it on any other site or service
  * do not send it by email or store it in plain text

Please do not follow password reset links in emails you were not expecting.
Go directly to https://manager.linode.com/ instead.

We apologise for the inconvenience.

The Linode Team
""")

# ---------------------------------------------------------------- 11 Linode 2016 reset
add(n=11, provider="Linode", frm=("Linode", "no-reply@linode.com"),
    to="Ingrid Solberg <ingrid@fjordcode.example>",
    subj="Important: Linode is resetting all Linode Manager passwords",
    orig="2016-01-05", date=dt.datetime(2028, 3, 11, 20, 0, tzinfo=UTC), label="security-incident",
    deadline=None, phish=False, url="https://parse219.rssing.com/chan-43697759/article690.html",
    body="""Hello,

While responding to the recent denial-of-service attacks on our network,
we found that three Linode accounts had been accessed without
authorisation. Our investigation then turned up a machine outside our
network that held Linode Manager credentials for two users.

This suggests that user credentials could have been read from our
database at some point, whether from a live system or an offline copy.
The table in question holds usernames, email addresses, hashed passwords
and encrypted two-factor seeds. Passwords are stored with a strong one-way
hash.

We have not found evidence that our database was accessed beyond this, and
at this point we see no link between this and the attacks on our
infrastructure. Even so, we are resetting the password of every Linode
Manager user. You will be asked to set a new password when you next log
in.

What we recommend:
  - choose a password you have not used anywhere else
  - enable two-factor authentication in the Linode Manager
  - regenerate your API keys if you use them
  - check your account's login history and Linodes for anything unusual

We are sorry for the disruption this causes, on top of the network issues
of the past days. Updates will be posted on our status page.

The Linode Team
https://status.linode.com/
""")

# ---------------------------------------------------------------- 12 Linode 2015 update
add(n=12, provider="Linode", frm=("Linode Security", "security@linode.com"),
    to="Ingrid Solberg <ingrid@fjordcode.example>",
    subj="New information about the 2015 Linode security incident",
    orig="2019-06-25", date=dt.datetime(2028, 3, 24, 16, 30, tzinfo=UTC), label="security-incident",
    deadline=None, phish=False, url="https://linode.com/fr/blog/linode/update-on-2015-security-incident",
    body="""Dear customer,

We are writing because your account was opened before {d:2016-01-05:year},
and we have received new information about the security incident we
disclosed in {d:2016-01-05:mon}.

At that time we reset every user's password after finding that some
customer accounts had been accessed without authorisation. The new
information confirms that the database access during that incident
reached further than we could show then. It covered:

  - customer contact information
  - email addresses
  - metadata about Linodes
  - for around 200 Managed customers, credentials stored in encrypted form

Managed customers whose credentials were involved are being contacted
separately. If you do not receive such a message, your account was not
among them.

We would also ask you to:

  - use a password manager and a strong, unique password for Linode
  - turn on two-factor authentication
  - be cautious about messages that claim to come from Linode; we never ask
    for personal information through chat, social media or other
    third-party channels

If a message that seems to be from Linode looks suspicious, forward it to
security@linode.com or contact Support to check whether it is genuine.

Linode Security
""")

# ---------------------------------------------------------------- 13 DigitalOcean Mailchimp
add(n=13, provider="DigitalOcean", frm=("DigitalOcean", "no-reply@digitalocean.com"),
    to="Rafael Ortiz <rafael@cryptoledger-tools.example>",
    subj="Security notice: your DigitalOcean account email address may have been exposed",
    orig="2022-08-15", date=dt.datetime(2028, 3, 15, 18, 45, tzinfo=UTC), label="security-incident",
    deadline=None, phish=False,
    url="https://www.digitalocean.com/blog/digitalocean-response-to-mailchimp-security-incident",
    body="""Hi Rafael,

We are contacting you about a security incident at Mailchimp, the
third-party service we used until recently to deliver transactional email
such as sign-up confirmations, password resets and product alerts.

What happened
On {d:2022-08-08:long}, email from our platform stopped reaching customers
and we found that our Mailchimp account had been suspended. At the same
time a customer told us that their password had been reset without their
involvement. On {d:2022-08-10:long}, Mailchimp confirmed that an attacker
had used its internal tooling to access our account and the accounts of
other Mailchimp customers.

What this means for you
Your account's email address is among those we believe may have been
exposed. We have no indication that any other information about you was
involved. A very small number of accounts saw attempted password resets;
those accounts have been secured and their owners contacted directly.

What we have done
We moved our email delivery away from Mailchimp on {d:2022-08-09:long}.

What you can do
  - Turn on two-factor authentication for your DigitalOcean account.
  - Be alert to phishing in the coming weeks. We will never ask for your
    password by email.
  - Sign in by typing cloud.digitalocean.com yourself rather than following
    links in messages you did not expect.

We are sorry for the concern this may cause.

The DigitalOcean Security Team
""")

# ---------------------------------------------------------------- 14 phishing GitHub token
add(n=14, provider="GitHub (imitated)", frm=("alert-key", "notifications@github.com"),
    to="dev-shards/indexer <indexer@noreply.dev-shards.example>",
    subj="[dev-shards/indexer] Security Alert: API Key Exposure Detected (Issue #812)",
    orig="2026-09-15", date=dt.datetime(2028, 3, 8, 3, 27, tzinfo=UTC), label="security-incident",
    deadline="2026-09-16", phish=True, url="https://github.com/ethereum/go-ethereum/issues/35717",
    body="""alert-key opened an issue in dev-shards/indexer:

## Security Notification

An automated scan found a personal access token tied to your account in a
public repository.

**@priya-ops**: the token appeared in one of your recent commits.

### What you need to do

Confirm your identity on the verification page to keep access to your
account:

[Verify Account Access](https://security-quarantine-notice.example/alert/priya-ops)

GitHub's automated security system requires this check. Accounts that are
not verified within 24 hours may be restricted.

---

*Automated security notification. Please do not reply to this issue.*

--
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you are subscribed to this thread.
""")

# ---------------------------------------------------------------- 15 phishing GitHub OAuth
add(n=15, provider="GitHub (imitated)", frm=("EbaiSteve", "notifications@github.com"),
    to="tmurata/fastapi-sample <fastapi-sample@noreply.tmurata-dev.example>",
    subj="[tmurata/fastapi-sample] Security Accounts (Issue #14)",
    orig="2025-05-21", date=dt.datetime(2028, 3, 10, 11, 52, tzinfo=UTC), label="security-incident",
    deadline=None, phish=True, url="https://github.com/reud/fast-api-heroku-sample/issues/14",
    body="""EbaiSteve opened an issue in tmurata/fastapi-sample:

# Action Required: Secure Your GitHub Account

Unusual activity was detected on your account. Re-authorise access now to
keep your repositories and workflows protected.

**Ignoring this notice puts your account at risk.**

-> [Securely re-authorise your GitHub access](https://github.com/login/oauth/authorize?client_id=Ov23liQ7xR2mVb8Kp1Zd&redirect_uri=https://jobs-toolbox.example/auth/callback&scope=repo%20user%20read:org%20gist%20delete_repo%20workflow)

---

Protect your tokens, workflows and data from unauthorised access - act now.

--
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you are watching this repository.
""")

# ---------------------------------------------------------------- 16 phishing GitHub sign-in
add(n=16, provider="GitHub (imitated)", frm=("AccountsSecurityInfo", "notifications@github.com"),
    to="Soran Aziz <soran@krg-digital.example>",
    subj="[AccountsSecurityInfo/SecurityAlerts] Suspicious activity detected [Alert #GH-2028-03-21] (Issue #15)",
    orig="2026-08-18", date=dt.datetime(2028, 3, 21, 1, 9, tzinfo=UTC), label="security-incident",
    deadline="2026-08-19", phish=True, url="https://github.com/AccountsSecurityInfo/SecurityAlerts/issues/15",
    body="""-------------------------------------------
 Security Alert - Immediate Action Required
-------------------------------------------

Hi @soran-aziz,

Our security system BLOCKED a suspicious sign-in attempt on your GitHub
account.

  Time:        {d:2026-08-18:iso} 01:05
  IP address:  198.51.100.47
  Location:    Minsk, Belarus
  Device:      Unknown Linux device
  Action:      Attempted push to krg-digital/infrastructure

This address is linked to known threat actor groups.

If this was not you, your account may be compromised. Verify your identity
within 24 hours, otherwise your account will be temporarily suspended to
protect the krg-digital organization.

[ Review and Secure My Account ]
https://accounts-security-info.example/dashboard

If this was you, no action is needed.

- The GitHub Security Team

-------------------------------------------
You are receiving this because you are a member of krg-digital.
-------------------------------------------
""")

# ---------------------------------------------------------------- 17 phishing Azure Monitor
add(n=17, provider="Microsoft Azure (imitated via Azure Monitor)",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="Accounts Payable <ap@harbor-freight-lines.example>",
    subj="Azure Monitor alert 'Payment Reference INV-5c81e2a07d' was activated",
    orig="2026-03-20", date=dt.datetime(2028, 3, 18, 9, 14, tzinfo=UTC), label="billing",
    deadline=None, phish=True, url="https://github.com/elastic/detection-rules/issues/5877",
    body="""Microsoft Azure

Your Azure Monitor alert was triggered

Azure Monitor alert rule "Payment Reference INV-5c81e2a07d" was activated
for billing-notify-rg at {d:2026-03-20:long} 9:13 UTC.

Alert rule description:
MICROSOFT CORPORATION BILLING AND ACCOUNT SECURITY NOTICE
(REF: MS-BIL-4471903-QX). An order for Microsoft 365 Enterprise licences
totalling USD 689.99 has been charged to the payment method on your
account. If you did not authorise this purchase, call the Microsoft
Billing Support desk at +1 (555) 010-4477 within 24 hours to cancel the
charge and secure your account.

Alert details
  Severity:        Sev3
  Monitor service: Activity Log - Administrative
  Resource:        billing-notify-rg
  Subscription ID: 9d2a61f0-4c7b-4e8a-b1f3-7a05c2e8d964

View the alert in Azure Monitor

You're receiving this notification as a member of the action group
"finance-notify". To unsubscribe from emails directed to this action
group, click here.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 18 phishing Sakura rebill (JP)
add(n=18, provider="さくらインターネット（なりすまし）", frm=("さくらインターネット", "wcs@livethe-goodlife.example"),
    to="ご担当者様 <info@kaede-kobo.example>",
    subj="[さくらインターネット]《再請求》ドメイン更新費用のお知らせ",
    orig="2026-02-09", date=dt.datetime(2028, 3, 26, 19, 2, tzinfo=JST), label="billing",
    deadline="2026-02-10", phish=True, url="https://m602dev.xii.jp/blog/tech/cse/?p=737",
    body="""ご契約中のドメインの更新費用につきまして、
{d:2026-02-09:jp}の時点でご入金が確認できておりませんので、
あらためてご請求申し上げます。

更新をご希望の場合は、以下の内容をご確認のうえ
【{d:2026-02-10:jp}】までにお支払いをお願いいたします。

■ ドメイン情報 ■
サービスコード      22107730415
サービス種別        さくらのドメイン(.com)
ドメイン有効期限日  {d:2026-02-15:slash}

■ ご請求内容（再請求）■
再請求のお支払期限：{d:2026-02-09:jp}
請求書番号：5590214
ご請求金額：5,000円（税込）

■ お支払い方法 ■
PayPay https://www.paypay-settle-center.example/

期限までにお支払いが確認できない場合、ドメインは失効いたします。

さくらインターネット株式会社
""")

# ---------------------------------------------------------------- 19 phishing Sakura payment method (JP)
add(n=19, provider="さくらインターネット（なりすまし）", frm=("さくらインターネット", "billing@sakura-support-desk.example"),
    to="お客様 <webmaster@hoshizora-cafe.example>",
    subj="【さくらインターネット】ドメイン更新に関するご請求書",
    orig="2026-02-05", date=dt.datetime(2028, 3, 28, 8, 47, tzinfo=JST), label="billing",
    deadline=None, phish=True,
    url="https://megalodon.jp/ref/2026-0207-0419-52/https://news.yahoo.co.jp:443/articles/9b05e66de245594b41010eb1fca7ea3a14687b82",
    body="""さくらインターネットをご利用いただきありがとうございます。

ご登録のお支払い方法がご利用いただけませんでした

ドメイン更新料金のお支払いに問題が発生したため、現在お客様の
ドメイン（hoshizora-cafe.example）は停止しております。

ドメインを再び有効にするには、以下のページよりお支払い方法を
更新してください。

  お支払い方法を更新する
  https://secure-sakura-billing.example/renew/login

更新手続きが完了するまで、ウェブサイトおよびメールはご利用いただけません。

※本メールは送信専用アドレスから配信しています。

さくらインターネット株式会社
""")

# ---------------------------------------------------------------- 20 phishing server company (JP)
add(n=20, provider="レンタルサーバー会社（なりすまし）", frm=("サーバー管理センター", "notice@server-admin-center.example"),
    to="管理者様 <admin@tsubame-kensetsu.example>",
    subj="【重要】メールサーバーの不正利用の疑いについて（要確認）",
    orig="2021-06-10", date=dt.datetime(2028, 3, 30, 7, 33, tzinfo=JST), label="security-incident",
    deadline=None, phish=True, url="https://unionnet-customer.com/news/771",
    body="""サーバーをご契約のお客様へ

いつも弊社サーバーをご利用いただきありがとうございます。

お客様のドメイン tsubame-kensetsu.example のメールサーバーにおいて、
第三者による不正な利用と思われる送信を検知いたしました。

このままの状態が続くと、メールサーバーが停止し、メールの送受信が
できなくなるおそれがございます。

お手数ですが、以下の管理画面にログインし、ご利用状況をご確認ください。

  ▼サーバー管理画面
  https://cpanel-login-verify.example/tsubame-kensetsu

ご確認いただけない場合、安全のためアカウントを一時的に制限させて
いただくことがございます。

サーバー管理センター
""")

# ---------------------------------------------------------------- 21 Heroku-16
add(n=21, provider="Heroku", frm=("Heroku", "noreply@heroku.com"),
    to="Web team <web@ledgerline.example>",
    subj="Your app ledgerline-www is on the deprecated Heroku-16 stack",
    orig="2020-12-16", date=dt.datetime(2028, 3, 1, 17, 20, tzinfo=UTC), label="action-required",
    deadline="2021-05-01", phish=False, url="https://github.com/OriginProtocol/origin-website/issues/562",
    body="""Hi,

An app you recently built, ledgerline-www, runs on the Heroku-16 stack,
which is now deprecated.

Key dates:

  {d:2021-05-01:long}  Heroku-16 reaches end-of-life. Apps on it stop
                       receiving security updates and run at your own
                       risk.
  {d:2021-06-01:long}  Builds are no longer allowed for Heroku-16 apps.

Please move the app to a newer stack as soon as you can. The upgrade guide
explains the steps:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

More details are in the Heroku-16 End-of-Life FAQ:
https://help.heroku.com/0S5P41DC/heroku-16-end-of-life-faq

Thanks,
The Heroku Team
""")

# ---------------------------------------------------------------- 22 Azure cancel
add(n=22, provider="Microsoft Azure", frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="Dana Whitfield <dana.whitfield@trusted-research.example>",
    subj="We're sorry you're leaving - here's how to keep your data",
    orig="2026-08-12", date=dt.datetime(2028, 3, 10, 21, 52, tzinfo=UTC), label="billing",
    deadline="2026-11-10", phish=False, url="https://github.com/alan-turing-institute/data-safe-haven/issues/2641",
    body="""Microsoft Azure

Your subscription has been canceled

Subscription name: SRE-dev-sandbox
Subscription ID:   e3c7a915-2b4d-4f60-9a8e-51d0b7c2f4a6
Canceled on:       {d:2026-08-12:long}

Billing for this subscription has stopped. Its services have been
disabled: virtual machines are deallocated, temporary IP addresses are
released and storage accounts are now read-only.

Save anything you still need
Your data stays available for a limited time so that you can download it
or move it to another subscription. After {d:2026-11-10:long}, the
subscription and the resources in it are deleted permanently and can no
longer be recovered.

Changed your mind?
If you cancelled by mistake, you can reactivate the subscription from the
Subscriptions page in the Azure portal before that date. Services that
were stopped will need to be restarted.

Go to the Azure portal

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 23 GCP credential best practices
add(n=23, provider="Google Cloud", frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="TJ Okafor <tj.okafor@homelab-notes.example>",
    subj="[Action Advised] Review Google Cloud credential security best practices",
    orig="2026-02-11", date=dt.datetime(2028, 3, 12, 5, 18, tzinfo=UTC), label="security-advisory",
    deadline=None, phish=False, url="https://mcp.bourdeauhomelab.com/email-backups/19c4b234c39ea5be",
    body="""Keep service account keys and API keys out of reach of attackers.

MY CONSOLE

Hello TJ,

We are sending you guidance on how to manage service account keys and API
keys in your Google Cloud environment.

Long-lived credentials that are not handled carefully remain one of the
most common ways unauthorised parties gain access to cloud resources. We
strongly advise reviewing your setup against the points below.

What you need to do

Action advised:

Protect credentials throughout their life:
  - Keep keys out of code. Never commit them to source control; load them
    at runtime from Secret Manager instead.
  - Retire unused keys. Check your active keys and disable any that have
    not been used in the last 30 days.
  - Restrict every API key. Limit each key to the APIs it needs and add
    application restrictions such as IP addresses, HTTP referrers or app
    bundle IDs.
  - Grant least privilege. Do not give service accounts broad roles; use
    the IAM recommender to remove permissions they do not use.
  - Set a maximum key age with the iam.serviceAccountKeyExpiryHours
    policy. If you do not need user-managed keys at all, block their
    creation with iam.managed.disableServiceAccountKeyCreation.

Be ready to respond:
  - Make sure Essential Contacts are set so that security notifications
    reach the right people.
  - Set up budget alerts so that unexpected spend is noticed quickly.

Affected projects
  homelab-media-482913
  tj-maps-sandbox

Thanks for choosing Google Cloud.

- The Google Cloud Team

(c) 2028 Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to Google Cloud or your account.
""")

# ---------------------------------------------------------------- 24 Onamae surcharge (JP)
add(n=24, provider="お名前.com (GMOインターネットグループ)", frm=("お名前.com", "info@onamae.com"),
    to="山岸 達也 様 <t.yamagishi@yamagishi-design.example>",
    subj="【重要】[お名前.com]「サービス維持調整費」についてのご案内",
    orig="2022-12-26", date=dt.datetime(2028, 3, 5, 14, 0, tzinfo=JST), label="pricing",
    deadline="2023-02-01", phish=False, url="https://www.straightapps.com/web/onamae-surcharge.html",
    body="""■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□
【重要】「サービス維持調整費」導入のお知らせ
■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□■□

山岸 達也 様

いつもお名前.comをご利用いただき、誠にありがとうございます。

お名前.comでは、これまでできる限りお求めやすい価格でサービスを
ご提供できるよう努めてまいりました。しかしながら、国内の電気料金の
急激な上昇、円安の進行、世界的な半導体の不足などにより、コストの
増加を自社の努力だけで吸収することが難しい状況となっております。

つきましては、サービス品質を維持・向上していくため、ドメインおよび
レンタルサーバーサービスにおいて、以下のとおり「サービス維持調整費」を
ご請求させていただくこととなりました。

━━━━━━━━━━━━━━━━━━━━━━━━
■対象
{d:2023-02-01:jp}以降の新規ご契約・契約更新により
発生するご請求

■調整費の目安
ご請求額の10～20％程度

■見直し
市場の動向をふまえ、1～3ヶ月ごとを目安に料率の見直しを
予定しております。
━━━━━━━━━━━━━━━━━━━━━━━━

本件は値上げではなく、電気料金や為替の状況が落ち着いた場合には、
撤廃を含めて柔軟に対応するための措置でございます。
お客様にはご負担をおかけいたしますが、何卒ご理解を賜りますよう
お願い申し上げます。

詳細は以下のページをご確認ください。
https://www.onamae.com/news/surcharge/

――――――――――――――――――――――――――――――
お名前.com
GMOインターネットグループ株式会社
――――――――――――――――――――――――――――――
""")

# ---------------------------------------------------------------- 25 Take-net (JP)
add(n=25, provider="Take-net Service", frm=("Take-net Service", "support@takenet.jp"),
    to="有限会社しおさい ご担当者様 <office@shiosai-ltd.example>",
    subj="ドメイン更新・維持管理手数料の改定に関するご説明",
    orig="2023-09-01", date=dt.datetime(2028, 3, 8, 11, 0, tzinfo=JST), label="pricing",
    deadline=None, phish=False, url="https://takenet.jp/news/20230901",
    body="""有限会社しおさい ご担当者様

いつもTake-net Serviceをご利用いただき、誠にありがとうございます。

本メールは、{d:2023-01-01:jpmon}より実施しておりますドメイン更新・
維持管理手数料の改定と、レンタルサーバーをご契約のお客様への
ドメイン更新費用のご負担のお願いについて、経緯をご説明するものです。

従来、一部のレンタルサーバーご契約のお客様につきましては、ドメインの
更新費用を弊社で負担しておりましたが、このたびの見直しにより、
お客様にご負担いただく形に変更させていただきました。
ご負担をおかけすることを、心よりお詫び申し上げます。

■ 改定に至った主な理由
1. ドメインの仕入れ価格の上昇
   弊社は上位組織（レジストリ）からドメインを仕入れてご提供しており、
   その価格は海外の物価上昇などの影響を受けて変動しております。
2. 為替相場の変動
   仕入れはドル建てのため、円安の影響を直接受けております。
3. 電気代・サーバー代その他の運営コストの上昇

多くのお客様からお問い合わせをいただいていることから、あらためて
ご説明させていただきました。改定後の料金は、以下のページにて
ご確認いただけます。

  ドメイン維持管理費の料金改定のお知らせ
  https://takenet.jp/news/domain-fee

今後ともTake-net Serviceをよろしくお願いいたします。

Take-net Service サポート窓口
""")

# ---------------------------------------------------------------- 26 Muumuu (JP)
add(n=26, provider="ムームードメイン (GMOペパボ)", frm=("ムームードメイン", "info@muumuu-domain.com"),
    to="ムームーID: kumasan88 様 <kumasan88@tanuki-mail.example>",
    subj="【ムームードメイン】一部ドメインの価格改定に関するお知らせ",
    orig="2024-09-12", date=dt.datetime(2028, 3, 14, 15, 0, tzinfo=JST), label="pricing",
    deadline="2024-10-01", phish=False, url="https://otonaninareru.net/48218",
    body="""ムームードメインをご利用いただきありがとうございます。

上位機関（レジストリ）による提供価格の変更にともない、
{d:2024-10-01:jpw}より、一部ドメインの取得・更新・移管価格を
改定いたします。

■ 改定日
{d:2024-10-01:jp} 0:00

■ 主な改定内容（1年あたり・税込）
  ドメイン   現行価格      改定後価格
  .net      1,628円   →   1,848円
  .info     2,029円   →   2,728円
  .biz      1,738円   →   2,398円
  .sexy     2,178円   →  442,970円

その他の対象ドメインと改定後の価格は、お知らせページをご確認ください。
https://muumuu-domain.com/information/news/price-revision

■ ご注意
・改定日以降に行われる更新には、自動更新を含めて改定後の価格が
  適用されます。
・ご利用予定のないドメインで自動更新が有効になっている場合は、
  改定日前に設定をご確認ください。

今後ともムームードメインをよろしくお願いいたします。

ムームードメイン
GMOペパボ株式会社
""")

# ---------------------------------------------------------------- 27 Onamae registrant spec (JP)
add(n=27, provider="お名前.com (GMOインターネットグループ)", frm=("お名前.com", "info@onamae.com"),
    to="山岸 達也 様 <t.yamagishi@yamagishi-design.example>",
    subj="【重要】[お名前.com]登録者名義変更手続きの仕様変更について",
    orig="2016-09-09", date=dt.datetime(2028, 3, 17, 13, 30, tzinfo=JST), label="informational",
    deadline="2016-09-28", phish=False, url="http://www.onamae.com/news/domain/160909_3.html",
    body="""山岸 達也 様

いつもお名前.comをご利用いただき、ありがとうございます。

ICANNのWHOIS情報の正確性確認に関する方針に基づき、登録者情報の
変更手続きの一部仕様を変更いたしますので、ご案内いたします。

■ 変更日時
{d:2016-09-28:jpw} 12:00（予定）

■ 対象
すべてのドメイン
※属性型JPドメイン、および登録者情報を変更できないドメインを除く

■ 変更内容
(1) 登録者名義変更の手続きが必要となる項目
  変更前：登録者情報の「組織名」「担当者姓名」を変更する場合
  変更後：上記に加え「メールアドレス」を変更する場合も対象
  ※メールアドレスのみを変更する場合も、名義変更としての申請が
    必要となります。

(2) 名義変更の申請後にお送りする承認依頼メールの宛先
  変更前：1通目 新しい登録者のメールアドレス
          2通目 以前の登録者のメールアドレス
  変更後：1通目 新しい登録者のメールアドレス
          2通目 以前の登録者、または管理担当者のメールアドレス

変更日以降は、上記の手順にて承認が完了した時点で名義変更が
反映されます。

―――――――――――――――――――――――――――
お名前.com
GMOインターネット株式会社
―――――――――――――――――――――――――――
""")

# ---------------------------------------------------------------- 28 ATW spam springboard (JP)
add(n=28, provider="ATW 共用サーバ", frm=("ATWホスティング サポート", "support@atw.ne.jp"),
    to="共用サーバご利用者様 <info@kominka-yado.example>",
    subj="【共用サーバ】迷惑メール送信の踏み台被害と、パスワード見直しのお願い",
    orig="2017-02-20", date=dt.datetime(2028, 3, 19, 10, 5, tzinfo=JST), label="security-advisory",
    deadline=None, phish=False, url="https://hosting.atw.ne.jp/?faq=faq-20170220005028743",
    body="""共用サーバをご利用のお客様へ

いつも弊社ホスティングサービスをご利用いただきありがとうございます。

最近、推測されやすいパスワードのまま運用されているメールアカウントが
第三者に悪用され、迷惑メール送信の踏み台にされる被害が多く発生して
おります。

被害にあうと、次のような影響が生じます。
・配送できないメールがサーバのキューに滞留し、正常なメールの送信が
  遅れる
・サーバのディスク領域が圧迫される
・サーバのIPアドレスが外部の評価機関に迷惑メール送信元として登録され、
  送信先のサーバからメールを受け取ってもらえなくなる

共用サーバは多数のお客様で1台のサーバを共有しているため、一つの
アカウントの被害であっても、同じサーバをご利用のすべてのお客様に
影響が及びます。

つきましては、メールアカウントのパスワードを、大文字・小文字・数字を
組み合わせた8文字以上の複雑なものへ変更していただきますよう
お願いいたします。

なお、大量のメール配信はご契約約款（第27条第10項）により禁止されて
おります。状況によっては、サービスを停止させていただく場合が
ございますので、あらかじめご了承ください。

ATWホスティング サポート
""")

# ---------------------------------------------------------------- 29 Linode Atlanta
add(n=29, provider="Linode", frm=("Linode Status", "noreply@linode.com"),
    to="Ingrid Solberg <ingrid@fjordcode.example>",
    subj="[Linode Status] Resolved: Connectivity loss in Atlanta",
    orig="2015-04-06", date=dt.datetime(2028, 3, 21, 19, 20, tzinfo=UTC), label="informational",
    deadline=None, phish=False, url="https://status.linode.com/incidents/8dv17l9qs6xy",
    body="""Linode Status

Connectivity loss in Atlanta
Incident report

Resolved - Our upstream provider has shared part of its post-mortem with
us:

  From 11:30 AM EST their engineers saw high CPU load and rising latency
  on the core routers that provide internet access in the facility. While
  looking for the source of the load, they found several addresses
  sending TCP SYN floods at one of their customers. A filter for those
  sources was put in place and traffic returned to normal.

  The provider is still analysing the attack and plans to add filters and
  rate limits on its edge devices, together with better traffic analysis,
  so that a similar attack cannot disrupt other customers to the same
  extent.

We apologise for the disruption.

{d:2015-04-06:iso} 18:18 UTC - Monitoring: Latency, loss and jitter have
been stable for about 40 minutes at all of our monitoring points, and our
upstream reports that the attack is largely mitigated.

{d:2015-04-06:iso} 17:03 UTC - Update: The upstream provider is absorbing a
very large DDoS attack. The filtering is narrowly targeted, so there may
be further short interruptions if the attackers change their methods.

{d:2015-04-06:iso} 16:27 UTC - Identified: Intermittent packet loss has
decreased but continues. The cause is outside our network.

Alex Forster
Network Engineer, Linode

You are receiving this because you subscribed to updates for Atlanta.
""")

# ---------------------------------------------------------------- 30 IIJ GIO restart (JP)
add(n=30, provider="IIJ", frm=("IIJサービスオンライン", "info@iij.ad.jp"),
    to="株式会社あおば物流 システム管理者様 <it-admin@aoba-logi.example>",
    subj="【IIJ GIO P2】サービス基盤アップデート適用のための仮想サーバ再起動のお願い",
    orig="2022-05-10", date=dt.datetime(2028, 3, 23, 16, 0, tzinfo=JST), label="maintenance",
    deadline="2022-05-24", phish=False, url="https://manual.iij.jp/p2/pub/b-1-8-3.html",
    body="""株式会社あおば物流 システム管理者様

平素はIIJのサービスをご利用いただき、誠にありがとうございます。

IIJ GIO インフラストラクチャーP2 パブリックリソースにおいて、
サービス設備を継続してご提供するため、サービス提供基盤の
アップデートを実施いたしました。このアップデートをお客様の
仮想サーバに反映するには、仮想サーバの再起動が必要です。

■ 対象
サービスコード：gpa1029384
対象の仮想サーバ：gp-web01、gp-web02、gp-batch01
※仮想サーバの詳細画面の「再起動」欄に「ホストの再起動が必要」と
  表示されているものが対象です。

■ お客様にお願いしたい作業
下記の猶予期間内に、コントロールパネルまたはAPIから、対象の仮想
サーバを「停止」したうえで「起動」してください。
※OS内からの再起動（shutdown -r など）では反映されませんので
  ご注意ください。

■ 猶予期間
{d:2022-05-10:jpw} ～ {d:2022-05-24:jpw}

■ 猶予期間を過ぎた場合
猶予期間内に作業が行われなかった仮想サーバにつきましては、
猶予期間終了後に弊社にて再起動を実施いたします。再起動中は
仮想サーバをご利用いただけません。

詳細は「IIJサービスオンライン」の「IIJからのお知らせ」を
ご確認ください。

今後ともIIJのサービスをよろしくお願い申し上げます。

株式会社インターネットイニシアティブ
""")

# ---------------------------------------------------------------- 31 GCP billing overdue
add(n=31, provider="Google Cloud", frm=("Google Cloud Billing", "payments-noreply@google.com"),
    to="Edgar Stoll <edgar@workspace-gateway.example>",
    subj="Your Google Cloud billing account 01A7F3-2C9D41-88E0B6 has an overdue balance",
    orig="2026-05-18", date=dt.datetime(2028, 3, 25, 13, 40, tzinfo=UTC), label="billing",
    deadline=None, phish=False, url="https://github.com/farion1231/cc-switch/issues/2884",
    body="""Google Cloud

Payment overdue

Hello Edgar,

We were unable to collect payment for your Google Cloud billing account
01A7F3-2C9D41-88E0B6, and the account now has an overdue balance.

Billing account:    01A7F3-2C9D41-88E0B6
Linked project:     gw-workspace (gw-workspace-551207)
Amount overdue:     USD 184.62
Statement date:     {d:2026-05-01:long}

To avoid an interruption to the services in your linked projects, please
make a payment or update your payment method in the Cloud Console as soon
as possible. If the balance remains unpaid, the billing account may be
suspended and resources in linked projects may be stopped.

Make a payment
https://console.cloud.google.com/billing/01A7F3-2C9D41-88E0B6/payment

If you have already paid, you can ignore this message; it may take a few
days for the payment to appear.

- The Google Cloud Billing Team
""")

# ---------------------------------------------------------------- 32 Scaleway routed IP
add(n=32, provider="Scaleway", frm=("Scaleway", "noreply@scaleway.com"),
    to="Operations <ops@offline-wiki.example>",
    subj="Your Instances are moving to Routed IPs",
    orig="2024-09-27", date=dt.datetime(2028, 3, 27, 10, 0, tzinfo=CET), label="maintenance",
    deadline="2024-10-07", phish=False, url="https://github.com/kiwix/operations/issues/271",
    body="""Hi,

We previously told you about changes to our network stack and the
timeline for moving to Routed IPs.

Since {d:2024-03-01:mon}, Instance users have been able to move their
Instances to the new stack themselves. We are now starting the next
phase: any Instance still using a NAT IP will be moved to a Routed IP
automatically. NAT IP addresses on Instances are being deprecated to make
the service more reliable.

Schedule
The automatic move runs in batches per Availability Zone between
{d:2024-10-07:long} and {d:2024-11-30:long}. From {d:2024-10-07:long},
you will no longer be able to create Instances with NAT IPs.

What happens to your Instances
During the operation each Instance is stopped, its IP is switched from NAT
to Routed, and it is started again with the same IP address. In most cases
the interruption lasts about 5 minutes. Instances that are already stopped
will not be started.

Affected Instances in your Organization:
  mirror-fr-par-1   (fr-par-1)
  mirror-nl-ams-1   (nl-ams-1)
  zimfarm-worker-2  (fr-par-2)

If you prefer to choose the moment yourself, follow the migration guide in
our documentation before your zone's batch. If you have scripts that call
the API directly to create Instances, check that they no longer request
NAT IPs.

The Scaleway Team
""")

# ---------------------------------------------------------------- 33 Scaleway Project API v2
add(n=33, provider="Scaleway", frm=("Scaleway", "noreply@scaleway.com"),
    to="Marta Samsel <marta@fp-consulting.example>",
    subj="Migrate to Project API v3 before {d:2025-10-12:long}",
    orig="2025-09-12", date=dt.datetime(2028, 3, 29, 9, 30, tzinfo=CET), label="action-required",
    deadline="2025-10-12", phish=False, url="https://github.com/matthprost/scaleway-manager/issues/30",
    body="""Migrate to Project API v3 before {d:2025-10-12:long}

Hello,

Your Organization is still sending requests to version 2 of the Project
API.

That version was deprecated in {d:2023-07-01:mon} and its end of life is
set for {d:2025-10-19:long}. We are retiring it so that development can
concentrate on the richer v3 API. You therefore need to move your code to
Project API v3 by {d:2025-10-12:long}.

After the deadline, every call to a v2 endpoint will fail.

Endpoints being decommissioned:
  - CreateProject
  - ListProjects
  - GetProject
  - DeleteProject
  - UpdateProject

How to migrate
Update any application or script that calls these endpoints so that it
uses the v3 endpoints instead. The v3 reference in our developer
documentation lists the new paths and includes request examples.

Organization ID: 5e0d2a7b-91c4-4f3e-b8a6-0c7d1e2f9a34

The Scaleway Team
""")

# ---------------------------------------------------------------- 34 Atlassian Bitbucket password
add(n=34, provider="Atlassian (Bitbucket Cloud)", frm=("Atlassian Bitbucket", "noreply@bitbucket.org"),
    to="Dawn Whitaker <dawn@plugin-forge.example>",
    subj="Action required: Atlassian account passwords will stop working for Bitbucket API and Git",
    orig="2021-11-01", date=dt.datetime(2028, 3, 31, 15, 0, tzinfo=UTC), label="action-required",
    deadline="2022-03-01", phish=False, url="https://github.com/afragen/git-updater/issues/973",
    body="""Bitbucket Cloud

Hi Dawn,

We are ending support for using your Atlassian account password with the
Bitbucket Cloud REST API and with Git over HTTPS. Passwords alone are a
weak form of authentication for scripts and tools, and app passwords give
you finer control over what each integration can do.

What is changing
  - Since {d:2021-09-13:long}, accounts created on or after that date
    have not been able to use their Atlassian account password for API or
    Git activity.
  - From {d:2022-03-01:long}, this applies to all existing accounts,
    including yours.

What you need to do
Before {d:2022-03-01:long}, replace your account password with an app
password wherever you use it for Bitbucket:

  1. Create an app password under Personal settings > App passwords, with
     only the permissions the tool needs.
  2. Update your Git credential helper, CI configuration and any scripts or
     plugins that call the Bitbucket API.

Signing in to bitbucket.org in a browser is not affected.

Learn more:
https://bitbucket.org/blog/deprecating-atlassian-account-password-for-bitbucket-api-and-git-activity

Thanks,
The Bitbucket Cloud team
Atlassian
""")

# ---------------------------------------------------------------- 35 Bitbucket app passwords
add(n=35, provider="Atlassian (Bitbucket Cloud)", frm=("Atlassian Bitbucket", "noreply@bitbucket.org"),
    to="Katie Moreau <katie@repo-export.example>",
    subj="Bitbucket Cloud: app passwords are being replaced by API tokens",
    orig="2025-08-13", date=dt.datetime(2028, 3, 2, 16, 45, tzinfo=UTC), label="action-required",
    deadline="2026-06-09", phish=False, url="https://github.com/katiem0/gh-bbc-exporter/issues/38",
    body="""Bitbucket Cloud

App passwords are being replaced by API tokens

Hello Katie,

Your account currently has active app passwords. To strengthen security,
Bitbucket Cloud is moving to API tokens and retiring app passwords in two
steps:

  {d:2025-09-09:long}  New app passwords can no longer be created. From
                       this date, create API tokens instead.
  {d:2026-06-09:long}  All existing app passwords stop working. Any
                       integration or tool that still uses one will no
                       longer be able to authenticate.

What you should do
  1. Create an API token with the scopes your integration needs.
  2. Update each tool or script to authenticate with your Atlassian
     account email and the API token.
  3. Delete the app passwords you no longer use.

App passwords on your account:
  exporter-ci        (last used {d:2025-08-11:iso})
  sourcetree-laptop  (last used {d:2025-07-30:iso})

Read the announcement:
https://www.atlassian.com/blog/bitbucket/bitbucket-cloud-transitions-to-api-tokens-enhancing-security-with-app-password-deprecation

The Bitbucket Cloud team
Atlassian
""")

# ---------------------------------------------------------------- 36 Vercel usage
add(n=36, provider="Vercel", frm=("Vercel", "notifications@vercel.com"),
    to="Wen-Chi Lo <wenchi@profile-cards.example>",
    subj="Your account has reached its Serverless Function Execution limit",
    orig="2022-09-21", date=dt.datetime(2028, 3, 3, 4, 10, tzinfo=UTC), label="billing",
    deadline=None, phish=False, url="https://github.com/vn7n24fzkq/github-profile-summary-cards/issues/105",
    body="""Vercel

Usage limit reached

Hi Wen-Chi,

Your personal account has used more than the included amount of one or
more resources in the current usage period
({d:2022-09-01:long} - {d:2022-09-30:long}).

Usage summary
  Bandwidth:                       3.12 GB / 100.00 GB (3.12%)
  Serverless Function Execution:   100.04 GB-Hours / 100.00 GB-Hours (100.04%)
  Build Execution:                 0.00 Hours / 100.00 Hours (0%)
  Image Optimization Source Images: 0 / 1,000 (0%)
  Edge Middleware Invocations:     0.00 million / 1.00 million (0%)

Accounts on the Hobby plan that keep exceeding the included limits may
have their deployments paused until the next period. To keep your projects
running without interruption, reduce usage (for example by caching
function responses for longer) or upgrade to Pro.

View usage
https://vercel.com/dashboard/usage

Vercel Inc.
""")

# ---------------------------------------------------------------- 37 IBM Cloud Functions
add(n=37, provider="IBM Cloud", frm=("IBM Cloud", "no-reply@cloud.ibm.com"),
    to="Pei-Chen Xiao <peichen@lab-automation.example>",
    subj="IBM Cloud Functions is deprecated: plan your migration",
    orig="2023-11-18", date=dt.datetime(2028, 3, 6, 13, 0, tzinfo=UTC), label="action-required",
    deadline="2024-10-31", phish=False, url="https://github.com/ripienaar/free-for-dev/pull/3175",
    body="""IBM Cloud

IBM Cloud Functions deprecation

Dear IBM Cloud customer,

IBM Cloud Functions has been deprecated. Your account
(a1c9e3f07b2d4865) contains Functions entities in the following
namespaces:

  us-south / lab-automation-ns   (14 actions, 3 triggers, 2 sequences)
  eu-de    / webhook-relay-ns    (4 actions, 1 trigger)

Timeline
  - {d:2023-12-28:long}: creating new Functions entities (actions,
    triggers, sequences) is no longer possible. Existing entities keep
    running.
  - Until {d:2024-10-31:long}: existing entities remain supported.
  - After {d:2024-10-31:long}: any Functions entities that still exist are
    deleted.

What to do
Move your workloads to IBM Cloud Code Engine before support ends. The
deprecation overview in the documentation describes how Functions concepts
map to Code Engine and how to migrate actions and triggers.

Deprecation overview:
https://cloud.ibm.com/docs/openwhisk?topic=openwhisk-dep-overview

Thank you,
IBM Cloud
""")

# ---------------------------------------------------------------- 38 Cloudflare reply to reporter
add(n=38, provider="Cloudflare", frm=("Cloudflare Trust & Safety", "abuse@cloudflare.com"),
    to="Brian Lindqvist <brian@usbtool-project.example>",
    subj="[Cloudflare] Your phishing report about usb-flash-tool.example (Case 4QH7M2)",
    orig="2025-09-02", date=dt.datetime(2028, 3, 15, 7, 55, tzinfo=UTC), label="informational",
    deadline=None, phish=False, url="https://github.com/WoeUSB/WoeUSB/issues/152",
    body="""Hello,

Cloudflare has received your phishing report about:
usb-flash-tool[.]example

Cloudflare provides network services such as a pass-through security
service, a content delivery network (CDN) and registrar services. Because
traffic passes through our network, our IP addresses show up in WHOIS and
DNS records for sites that use Cloudflare. In most cases we do not host the
website itself and cannot remove content hosted by others.

We have restricted access to the reported phishing URL(s).

Accepted URL(s) on usb-flash-tool.example:
  hxxps://usb-flash-tool[.]example/

  Hosting provider:  EXAMPLE-HOSTING-AS, DE
  Abuse contact:     abuse@hosting-provider.example

We have notified our customer of your report, and we have forwarded it to
the responsible hosting provider.

You may also send your report to:
  1. the hosting provider listed above
  2. the owner shown in the WHOIS record for the domain
  3. the registrar of the domain

Regards,
Cloudflare Trust & Safety
""")

# ---------------------------------------------------------------- 39 Storj
add(n=39, provider="Storj", frm=("Storj", "noreply@storj.io"),
    to="Thomas Vang <thomas@vang-backup.example>",
    subj="Action needed: your Storj account activity will be suspended in 15 days",
    orig="2023-06-26", date=dt.datetime(2028, 3, 19, 6, 0, tzinfo=UTC), label="billing",
    deadline="2023-07-11", phish=False, url="https://github.com/storj/storj/issues/6000",
    body="""Storj

Hi Thomas,

We could not collect payment for your Storj account
(thomas@vang-backup.example), and there is an unpaid invoice on it.

Invoice:        ST-2023-06-118472
Amount due:     USD 41.37
Billing period: {d:2023-05-01:long} - {d:2023-05-31:long}

Your account has been placed in a warning state. If the balance is not
settled by {d:2023-07-11:long}, account activity will be suspended:
uploads and downloads will be blocked until payment is made. Your data is
not deleted while the account is suspended.

To avoid this, sign in, check the payment method on file and pay the
outstanding invoice from the Billing page.

https://us1.storj.io/account/billing

If you believe this message was sent in error, open a ticket with our
support team.

The Storj Team
""")

# ---------------------------------------------------------------- 40 DigitalOcean postmortem
add(n=40, provider="DigitalOcean", frm=("DigitalOcean", "no-reply@digitalocean.com"),
    to="Rafael Ortiz <rafael@cryptoledger-tools.example>",
    subj="An update on last week's customer shutdown incident",
    orig="2019-06-06", date=dt.datetime(2028, 3, 31, 20, 15, tzinfo=UTC), label="informational",
    deadline=None, phish=False,
    url="https://mytechblog.blogtown.co.nz/2019/06/an-update-on-last-weeks-customer-shutdown-incident/",
    body="""Hi Rafael,

Last week a DigitalOcean customer's account was locked and all of its
Droplets were powered off after our automated fraud and abuse system
produced a false positive. We want to explain what happened and what we
are changing.

Timeline (UTC)
  {d:2019-05-29:iso}  The customer's worker Droplets run at full CPU for
              a batch job. Our cryptocurrency-mining detection flags the
              pattern, locks the account and powers the Droplets down.
  {d:2019-05-30:iso} 09:49  Three hours after the customer powers the
              Droplets back on, CPU usage climbs to 100% again and the
              same automation locks the account a second time.
  {d:2019-05-31:iso}  A second reviewer in Abuse Operations looks at the
              case nearly 29 hours after the customer answered the second
              flag. The reviewer does not recognise the false positive and
              denies the request to restore access.
  {d:2019-06-01:iso}  After the case is escalated, the account is
              restored and the Droplets are brought back online.

What we are changing
  - Accounts with a long, good payment history will no longer be locked
    by this automation without a human review.
  - Escalations from locked accounts get a shorter response target.
  - Denials of access require a second approval.

We are sorry to the customer involved and to everyone who was worried by
this. If you have questions about how our abuse systems work, our Support
team is happy to help.

DigitalOcean
""")

# =============================================================== build

def fmt(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month-1]} {d.day}, {d.year}"
    if style == "mon":
        return f"{MONTHS[d.month-1]} {d.year}"
    if style == "year":
        return str(d.year)
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "jp":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "jpw":
        return f"{d.year}年{d.month}月{d.day}日（{WD_JP[d.weekday()]}）"
    if style == "jpmon":
        return f"{d.year}年{d.month}月"
    raise ValueError(style)

PH = re.compile(r"\{d:(\d{4}-\d{2}-\d{2}):(\w+)\}")

def render(m):
    orig = dt.date.fromisoformat(m["orig"])
    delta = m["date"].date() - orig
    body = PH.sub(lambda mo: fmt(dt.date.fromisoformat(mo.group(1)) + delta, mo.group(2)), m["body"])
    m["subj_r"] = PH.sub(lambda mo: fmt(dt.date.fromisoformat(mo.group(1)) + delta, mo.group(2)), m["subj"])
    dl = "none"
    if m["deadline"]:
        dl = (dt.date.fromisoformat(m["deadline"]) + delta).isoformat()
    return body, dl

def enc_hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def build():
    out = []
    for m in M:
        body, dl = render(m)
        if not body.endswith("\n"):
            body += "\n"
        name, addr = m["frm"]
        tname, taddr = parseaddr(m["to"])
        frm = formataddr((str(Header(name, "utf-8")) if not name.isascii() else name, addr))
        to = formataddr((str(Header(tname, "utf-8")) if not tname.isascii() else tname, taddr))
        hdrs = [
            ("From", frm),
            ("To", to),
            ("Subject", enc_hdr(m["subj_r"])),
            ("Date", format_datetime(m["date"])),
            ("Message-ID", f"<g11.{m['n']:02d}.{m['date'].strftime('%Y%m%d%H%M')}@blind-set.example>"),
            ("MIME-Version", "1.0"),
        ]
        if body.isascii():
            hdrs += [("Content-Type", 'text/plain; charset="utf-8"'),
                     ("Content-Transfer-Encoding", "7bit")]
            payload = body
        else:
            hdrs += [("Content-Type", 'text/plain; charset="utf-8"'),
                     ("Content-Transfer-Encoding", "quoted-printable")]
            payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        hdrs.append(("X-Training-Label", m["label"]))
        hdrs.append(("X-Training-Deadline", dl))
        if m["phish"]:
            hdrs.append(("X-Training-Phishing", "yes"))
        lines = [f"{k}: {v}" for k, v in hdrs]
        payload_lines = [(">" + l if l.startswith("From ") else l) for l in payload.split("\n")]
        d = m["date"].astimezone(UTC)
        fromline = f"From {addr} {d.strftime('%a %b')} {d.day:2d} {d.strftime('%H:%M:%S %Y')}"
        msg = fromline + "\n" + "\n".join(lines) + "\n\n" + "\n".join(payload_lines).rstrip("\n") + "\n"
        out.append(msg)
    OUT.write_bytes("\n".join(out).encode("ascii"))

IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
DOC_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")

def check():
    errs = []
    raw = OUT.read_bytes()
    if b"\r" in raw:
        errs.append("CR found")
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        errs.append("non-ASCII bytes in mbox")
    box = mailbox.mbox(str(OUT))
    msgs = list(box)
    if len(msgs) != len(M):
        errs.append(f"count {len(msgs)} != {len(M)}")
    ids = set()
    for i, (msg, m) in enumerate(zip(msgs, M), 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                errs.append(f"#{i} missing {h}")
        for k, v in msg.items():
            if not str(v).isascii():
                errs.append(f"#{i} non-ASCII header {k}")
        d = parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != (2028, 3):
            errs.append(f"#{i} Date not March 2028: {msg['Date']}")
        if msg["Message-ID"] in ids:
            errs.append(f"#{i} duplicate Message-ID")
        ids.add(msg["Message-ID"])
        if msg["X-Training-Label"] not in LABELS:
            errs.append(f"#{i} bad label")
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                errs.append(f"#{i} bad deadline {dl}")
        if (msg["X-Training-Phishing"] == "yes") != m["phish"]:
            errs.append(f"#{i} phishing header mismatch")
        if msg.get_content_charset() != "utf-8":
            errs.append(f"#{i} charset")
        text = msg.get_payload(decode=True).decode("utf-8")
        if not text.isascii() and msg["Content-Transfer-Encoding"] != "quoted-printable":
            errs.append(f"#{i} non-ASCII body without QP")
        if "{d:" in text:
            errs.append(f"#{i} unreplaced placeholder")
        for mo in IP.finditer(text):
            ip = mo.group(0)
            if not ip.startswith(DOC_NETS):
                errs.append(f"#{i} non-documentation IP {ip}")
        to_addr = parseaddr(msg["To"])[1]
        if not to_addr.endswith(".example"):
            errs.append(f"#{i} To not .example: {to_addr}")
        subj = "".join(p.decode(c or "ascii") if isinstance(p, bytes) else p
                       for p, c in decode_header(msg["Subject"]))
        if "{d:" in subj:
            errs.append(f"#{i} unreplaced placeholder in subject")
        if not subj.strip():
            errs.append(f"#{i} empty subject")
    return errs

if __name__ == "__main__":
    build()
    errs = check()
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    from collections import Counter
    c = Counter(m["label"] for m in M)
    print(f"OK {len(M)} messages -> {OUT}")
    for k in sorted(c):
        print(f"  {k}: {c[k]}")
    print(f"  phishing: {sum(m['phish'] for m in M)}")
