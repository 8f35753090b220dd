#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Builds set-g13.mbox: 40 labelled provider notices (non-AWS), written after public originals; re-reads and checks it."""
M1 = []
def add1(**kw):
    M1.append(kw)

# 1 Scaleway - DDoS participation, account locked
add1(src="https://github.com/golang/go/issues/21237", provider="Scaleway",
    frm="Scaleway Abuse Team <abuse@scaleway.com>", to="ops@buildfarm.example",
    subj="[Scaleway] Abuse case SCW-AB-771203 - account locked after outgoing DDoS",
    orig="2017-07-28", date="2028-03-02 06:41:00 +0100",
    label="abuse", deadline="none", body="""Hello,

Our network protection system has identified one of your servers as a
participant in a distributed denial-of-service attack. As a protective
measure your account was locked automatically.

Detection summary
-----------------
  Server IP      : 198.51.100.145
  Attack ID      : 902714
  Target         : 203.0.113.118/32
  Protocol       : tcp
  Source ports   : dynamic (1024-65535)
  Destination    : 58823
  Detected at    : {D:2017-07-28 04:12|%Y-%m-%d %H:%M} UTC

While the lock is in place you cannot start, stop or create resources,
and the affected server has no public connectivity.

To have the lock lifted, please open a ticket from the console and tell
us:
  - what was running on the server at the time of detection,
  - whether the machine may have been compromised,
  - which corrective steps you have taken (patching, rebuild, firewall).

Our abuse team reviews each case manually before the account is
unlocked. Repeated incidents on the same resource may lead to the
termination of the service in line with our Terms of Service.

Regards,
Scaleway Abuse Team
""")

# 2 Hetzner - netscan
add1(src="https://github.com/0chain/0chain/issues/2202", provider="Hetzner",
    frm="Hetzner Online GmbH - Abuse <abuse@hetzner.com>", to="infra@blockstream-labs.example",
    subj="Abuse Message [AbuseID:5E21B9:2F]: NetscanOutLevel: Netscan detected from 203.0.113.138",
    orig="2023-03-08", date="2028-03-04 01:58:00 +0100",
    label="abuse", deadline="2023-03-08", body="""Dear Ms Ilse Brandt,

Our systems recorded what looks like an attack originating from your
server. Please find the cause, stop it, and make sure it cannot happen
again.

We also ask you for a short written statement explaining how this came
about and what you are doing about it. If the steps below have not been
completed, your server may be blocked at any time after
{D:2023-03-08 05:58:00|%Y-%m-%d %H:%M:%S} +0100.

How to proceed:
- Resolve the issue on the server
- Re-test whether the activity is still visible:
  https://abuse.hetzner.com/retries/?token=3f0c9d21a6b84e7d
- Once the test passes, submit your statement here:
  https://abuse.hetzner.com/statements/?token=3f0c9d21a6b84e7d

Important: keep the abuse ID [AbuseID:5E21B9:2F] unchanged in the
subject line of any reply. Manual replies are only handled once a server
has been locked. For general questions, contact support@hetzner.com.

##########################################################################
#            Netscan detected from host  203.0.113.138                   #
##########################################################################

time (UTC)                 proto  src_ip          src_port    dest_ip         dest_port
-----------------------------------------------------------------------------------------
{D:2023-03-08 00:46:05|%a %b %d %H:%M:%S %Y}   TCP    203.0.113.138   60542   =>  198.51.100.0    6379
{D:2023-03-08 00:46:05|%a %b %d %H:%M:%S %Y}   TCP    203.0.113.138   45564   =>  198.51.100.1    6379
{D:2023-03-08 00:46:05|%a %b %d %H:%M:%S %Y}   TCP    203.0.113.138   33030   =>  198.51.100.2    6379
{D:2023-03-08 00:46:05|%a %b %d %H:%M:%S %Y}   TCP    203.0.113.138   60342   =>  198.51.100.3    6379
{D:2023-03-08 00:46:04|%a %b %d %H:%M:%S %Y}   TCP    203.0.113.138   50352   =>  198.51.100.20   6379
{D:2023-03-08 00:46:05|%a %b %d %H:%M:%S %Y}   TCP    203.0.113.138   52862   =>  198.51.100.25   6379

Kind regards

Abuse department
Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
abuse@hetzner.com
""")

# 3 Hetzner - portscan, statement required within 24h
add1(src="https://github.com/Footsiefat/Minecraft-Server-Scanner/issues/15", provider="Hetzner",
    frm="Hetzner Online GmbH - Abuse <abuse@hetzner.com>", to="admin@blocky-realms.example",
    subj="Abuse Message [AbuseID:A93F04:11]: PortscanOutLevel: Portscan detected from 198.51.100.77",
    orig="2022-08-30", date="2028-03-20 17:25:00 +0100",
    label="abuse", deadline="2022-08-31", body="""Dear Mr Tobias Renner,

We received indications that your server 198.51.100.77 has been probing
a large number of hosts on TCP port 25565.

Please investigate and stop this activity. We require a statement from
you within 24 hours describing the reason for the scans and the measures
you have taken. Without a satisfactory statement the server can be
locked after {D:2022-08-31 17:25:00|%Y-%m-%d %H:%M:%S} +0100, and repeated
cases may lead to termination of the contract.

How to proceed:
- Stop the scanning process
- Confirm that the activity has ended:
  https://abuse.hetzner.com/retries/?token=b71e02c4d9
- Send us your statement:
  https://abuse.hetzner.com/statements/?token=b71e02c4d9

Please leave the abuse ID [AbuseID:A93F04:11] unchanged in the subject
when replying.

##########################################################################
#            Portscan detected from host  198.51.100.77                  #
##########################################################################

time (UTC)            src_ip          src_port       dest_ip          dest_port
-------------------------------------------------------------------------------
{D:2022-08-30 14:02:11|%Y-%m-%d %H:%M:%S}   198.51.100.77   41822   =>  203.0.113.14     25565
{D:2022-08-30 14:02:11|%Y-%m-%d %H:%M:%S}   198.51.100.77   41822   =>  203.0.113.15     25565
{D:2022-08-30 14:02:12|%Y-%m-%d %H:%M:%S}   198.51.100.77   41822   =>  203.0.113.19     25565
{D:2022-08-30 14:02:12|%Y-%m-%d %H:%M:%S}   198.51.100.77   41822   =>  203.0.113.66     25565

Kind regards

Abuse department
Hetzner Online GmbH
""")

# 4 DigitalOcean - outgoing flood, networking disabled
add1(src="https://docs.digitalocean.com/support/my-droplet-is-sending-an-outgoing-flood-or-ddos/", provider="DigitalOcean",
    frm="DigitalOcean Support <support@support.digitalocean.com>", to="devops@tallyhound.example",
    subj="Networking disabled on Droplet web-prod-02 (outgoing flood detected)",
    orig="2024-06-14", date="2028-03-06 13:07:00 +0000",
    label="abuse", deadline="none", body="""Hi there,

Your Droplet web-prod-02 (203.0.113.52) began sending an unusually high
volume of outbound traffic at {D:2024-06-14 12:31|%H:%M} UTC today. The
pattern matches a flood / denial-of-service attack against a remote host.

To keep others from being harmed we have turned off the Droplet's public
networking. The Droplet itself is still running and you can reach it
through the Recovery Console in the control panel.

In most cases this kind of traffic means the server has been
compromised and is being used by someone else. We suggest that you:

  1. Log in via the Recovery Console and copy off any data you need.
  2. Create a fresh Droplet, harden it (SSH keys, no root login,
     firewall, current packages) and redeploy your application there.
  3. Destroy the affected Droplet once the migration is done.

If you believe the traffic was legitimate, reply to this ticket with an
explanation and we will review whether networking can be restored.

Thanks,
DigitalOcean Trust & Safety
""")

# 5 Vercel - account suspended for ToS violation
add1(src="https://github.com/mtvpls/MoonTVPlus/issues/407", provider="Vercel",
    frm="Vercel Safety <safety@vercel.com>", to="kai.lindqvist@streamdeck.example",
    subj="Your Vercel account has been suspended",
    orig="2026-07-02", date="2028-03-09 08:14:00 +0000",
    label="abuse", deadline="none", body="""Hello,

Following a review by our Trust & Safety team, your Vercel account
"kailindqvist" has been suspended.

Several projects on the account (moon-tv, moon-tv-2, tvbox-mirror) were
found to distribute third-party video content without authorization,
which breaches our Terms of Service and Fair Use guidelines. Deployments
for all projects on this account are no longer served and new
deployments are blocked.

If you believe this decision was made in error, reply to this message
with a description of the purpose of each project and evidence that you
hold the rights to the content. Appeals are reviewed in the order they
are received.

Vercel Safety Team
""")

# 6 GMO / Z.com hosting - Japanese, malicious files, service restricted
add1(src="https://hosting.z.com/jp/support/shared/homepage/countermeasure/", provider="GMO (Z.com hosting)",
    frm="Z.com レンタルサーバー サポート <support@hosting.z.com>", to="web@sakura-dental.example",
    subj="【重要】ご契約サーバーにおける不正プログラムの検知とご利用制限について",
    orig="2025-05-14", date="2028-03-14 10:30:00 +0900",
    label="abuse", deadline="none", body="""sakura-dental.example ご担当者様

平素よりZ.com レンタルサーバーをご利用いただき、誠にありがとうございます。

お客様のサーバー領域（アカウント：zr-482193）において、第三者による
不正アクセスが原因と思われる不審なファイルが設置されていることを
確認いたしました。当該ファイルはフィッシングサイトの表示および
外部サーバーへの攻撃に利用されている状態でした。

他のお客様および外部への被害拡大を防ぐため、以下の制限を実施しております。

  ・対象ディレクトリ：/public_html/wp-content/uploads/cache/
  ・制限内容：該当ファイルへのアクセス遮断、メール送信の一時停止

つきましては、以下の対応をお願いいたします。

【1】サーバー内の不審ファイルの確認・削除
    認識のないファイルがないか全体を確認し、不要なものは削除してください。
【2】アプリケーションの更新
    WordPress本体、テーマ、プラグインを最新バージョンにしてください。
【3】各種パスワードの変更
    FTP、データベース、CMS管理画面のパスワードを変更してください。

対応完了後、本メールへのご返信にて実施内容をお知らせください。
確認のうえ、制限の解除を検討いたします。

--
Z.com レンタルサーバー カスタマーサポート
""")

# 7 SendGrid - account warned (compliance review)
add1(src="https://support.sendgrid.com/hc/en-us/articles/360041790293-Account-Under-Review", provider="Twilio SendGrid",
    frm="Twilio SendGrid Compliance <compliance@sendgrid.com>", to="mail-admin@fernhill-shop.example",
    subj="Twilio SendGrid account fernhillshop placed in Warned status",
    orig="2025-02-11", date="2028-03-23 19:02:00 +0000",
    label="abuse", deadline="none", body="""Hello,

Our compliance team has reviewed recent sending from your account
fernhillshop and found activity that does not fit your usual pattern:
a sharp rise in bounces and spam complaints from recipients who do not
appear to have opted in.

Your account is now in Warned status. What that means:

  Status   | Can send email? | Billing continues?
  ---------+-----------------+-------------------
  Warned   | yes             | yes
  Suspended| no (queued 72h) | yes
  Banned   | no              | no

While warned, sending continues but the Email Address Validation API is
unavailable. If we do not hear from you, the account may move to
Suspended.

Please reply directly to this email (not through general support) and
tell us how your recipient lists were collected, what changed recently,
and whether any credentials may have been exposed.

Twilio SendGrid Compliance
""")

# 8 Docker Hub - database breach
add1(src="https://github.com/fluent/fluentd-kubernetes-daemonset/issues/312", provider="Docker Hub",
    frm="Docker <info@notify.docker.com>", to="build-bot@orchard-metrics.example",
    subj="Important: Docker Hub security incident - action requested",
    orig="2019-04-27", date="2028-03-11 03:20:00 +0000",
    label="security-incident", deadline="none", body="""Dear Docker Hub user,

On {D:2019-04-25|%A, %B %d, %Y} we found that an unauthorized party had
briefly gained access to one Docker Hub database holding non-financial
user data. We cut off the access as soon as it was discovered and have
been investigating since.

What we know so far:
  - Data of roughly 190,000 accounts (under 5% of Hub users) may have
    been exposed.
  - For some of these accounts the data includes usernames and hashed
    passwords.
  - GitHub and Bitbucket access tokens used for automated builds were
    also stored in the affected database.

Your account orchard-metrics is among those affected.

What we have done:
  - Reset the password of your Docker Hub account.
  - Revoked the GitHub and Bitbucket tokens linked to your autobuilds,
    which means automated builds are currently disconnected.

What you should do:
  1. Set a new Docker Hub password, and change it anywhere else you
     reused it.
  2. Re-link your GitHub or Bitbucket account under Account Settings >
     Linked Accounts to resume autobuilds.
  3. Check the security logs of your GitHub / Bitbucket account for any
     unexpected activity since {D:2019-04-25|%B %d}.

We are sorry for the trouble this causes.

The Docker Team
""")

# 9 Google Cloud - hijacked resources, compromised SA key
add1(src="https://portal.vyprsec.ai/stories/google-cloud-customer-billed-11-000-after-account-hijacked-via-compromised-servi", provider="Google Cloud / Firebase",
    frm="Google Cloud Trust & Safety <google-cloud-compliance@google.com>", to="owner@rankforge-seo.example",
    subj="[Action Required] Google Cloud project rankforge-prod (id: rankforge-prod-204511) suspended: hijacked resources",
    orig="2025-06-06", date="2028-03-05 22:47:00 +0000",
    label="security-incident", deadline="none", body="""Dear Google Cloud customer,

We have suspended project rankforge-prod (id: rankforge-prod-204511)
because it showed abusive activity consistent with hijacked resources.

Details
  Project        : rankforge-prod-204511
  Activity       : high-volume Vertex AI / Gemini image generation
  Period         : {D:2025-06-04 18:00|%Y-%m-%d %H:%M} - {D:2025-06-06 17:40|%Y-%m-%d %H:%M} (Pacific Time)
  Likely cause   : compromised service account key
                   firebase-adminsdk-x8k2q@rankforge-prod-204511.iam.gserviceaccount.com

A third party appears to have used this key to call billable APIs from
outside your organization.

To restore the project:
  1. Disable the affected service account and delete all of its keys.
  2. Rotate every other credential in the project, since anything the
     service account could reach may have been accessed.
  3. Review Cloud Audit Logs for resources you did not create and remove
     them.
  4. Submit an appeal from the project dashboard describing what you
     found and what you changed.

Charges incurred during the period above remain on your billing account
while the case is reviewed.

Google Cloud Trust & Safety
""")

# 10 npm - malicious versions from compromised account removed
add1(src="https://github.com/github/advisory-database/issues/7495", provider="npm",
    frm="npm Support <support@npmjs.com>", to="maintainers@pipelinekit.example",
    subj="Re: [npm] Removal of @pipelinekit/core versions - request #4418207",
    orig="2026-05-05", date="2028-03-16 15:33:00 +0000",
    label="security-incident", deadline="none", body="""Hello,

Thank you for getting in touch about @pipelinekit/core.

Our records show that versions 3.4.1, 3.4.2 and 3.5.0 of the package were
published with malicious code. The publishing pattern matches a
supply-chain attack carried out through a compromised maintainer account
or token, rather than a release from your normal CI pipeline.

Under our malware policy we have removed those versions from the
registry, and a security advisory has been published so that downstream
users are alerted. Earlier clean versions remain available.

We recommend that you:
  - revoke every npm access token on the maintainer accounts and issue
    new granular tokens only where needed,
  - require two-factor authentication for publishing,
  - review the account's recent logins and any other packages it owns,
  - consider trusted publishing from CI so manual publishes are not
    possible.

We are not able to share detailed detection indicators. If you believe
a version was removed in error, reply here with the source repository,
the release workflow run, and an explanation of the flagged behaviour.

Kind regards,
npm Support
""")

# 11 Microsoft / Hotmail - Japanese, account disabled for spam
add1(src="http://www.nrkz.net/2010/11/10/post_382.html", provider="Microsoft (Outlook/Hotmail)",
    frm="Microsoft アカウント チーム <account-security-noreply@accountprotection.microsoft.com>", to="h.nakamura@mailbox.example",
    subj="Hotmail アカウントが一時的に無効になっています",
    orig="2010-10-18", date="2028-03-07 09:12:00 +0900",
    label="security-incident", deadline="none", body="""中村 様

お使いの Hotmail アカウント（h.nakamura@mailbox.example に登録）で
通常とは異なる動きが確認されたため、安全のためアカウントを一時的に
使用できない状態にしました。

この通知が届いた理由:
お客様のアカウントから迷惑メールが送信された、またはサービス規約に
反する操作が行われた可能性があります。第三者がパスワードを入手して
利用していることも考えられます。

アカウントを元に戻すには:
  1. ブラウザーから直接 https://outlook.live.com にサインインします。
  2. 登録済みの携帯電話に送られる確認コードを入力します。
  3. これまでとは異なる新しいパスワードを設定します。
  4. 送信済みフォルダーに身に覚えのないメールがないか確認してください。

同じパスワードを他のサービスでも使っている場合は、そちらも変更して
ください。

Microsoft アカウント チーム
""")

# 12 mineo - Japanese, mass mail sending detected
add1(src="https://king.mineo.jp/reports/90517", provider="mineo (Optage)",
    frm="mineo サポート <info@mineo.jp>", to="r.fujita@mineo-user.example",
    subj="【mineo】ご利用のメールアドレスからの大量送信について（重要）",
    orig="2022-11-02", date="2028-03-19 11:45:00 +0900",
    label="security-incident", deadline="none", body="""藤田 様

いつもmineoをご利用いただき、ありがとうございます。

お客さまのmineoメールアドレス（r.fujita@mineo-user.example）から、
短時間に大量のメールが送信されたことを検知いたしました。

  検知日時：{D:2022-11-02 03:10|ja} {D:2022-11-02 03:10|%H:%M}ごろ
  送信件数：約 4,800 通（約 40 分間）

第三者によってメールアカウントが不正に利用されている可能性があるため、
当該アドレスからのメール送信を一時的に停止しております。

つきましては、以下の対応をお願いいたします。
  ・マイページからメールパスワードを変更してください。
  ・ご利用の端末でウイルスチェックを行ってください。
  ・メールアプリの送信済みフォルダーに身に覚えのない送信がないか
    ご確認ください。

パスワード変更が確認でき次第、送信停止を解除いたします。
なお、送信履歴の詳細についてはセキュリティ上お伝えできかねます。

mineo サポート
""")

# 13 SendGrid - API key exposed on GitHub, deleted
add1(src="https://support.sendgrid.com/hc/en-us/articles/14641611190939-Exposed-API-Key-Deletion", provider="Twilio SendGrid",
    frm="Twilio SendGrid <no-reply@sendgrid.com>", to="dev@parcelpoint.example",
    subj="Action Required - Twilio SendGrid API Credentials Found Exposed",
    orig="2024-09-03", date="2028-03-13 07:58:00 +0000",
    label="security-incident", deadline="none", body="""Hello,

We found a Twilio SendGrid API key belonging to your account posted
publicly on GitHub:

  API key name : prod-transactional
  Key ID       : SG.Xr4k...q9
  Location     : github.com/parcelpoint-dev/notify-svc/blob/main/.env
  Detected     : {D:2024-09-03 07:41|%Y-%m-%d %H:%M} UTC

A key that is exposed in public can be used to send malicious email in
your name and to read recipient data. To protect your account we have
deleted this key. Any API request that still uses it will now fail with
401 Unauthorized.

What you need to do:
  1. Create a new API key with only the permissions your application
     needs.
  2. Update every application or integration that used the old key.
  3. Remove the key from the repository and its history, and keep secrets
     out of source control going forward.
  4. Review your Activity feed for email you did not send.

If you have questions, contact Twilio SendGrid Support.

Twilio SendGrid
""")

# 14 SendGrid - provider breach, password reset requested
add1(src="https://status.sendgrid.com/incidents/l3bk5wcr3rp9", provider="Twilio SendGrid",
    frm="SendGrid Security <security@sendgrid.com>", to="it@harbor-legal.example",
    subj="Important security update for your SendGrid account: please reset your password",
    orig="2015-04-27", date="2028-03-21 18:30:00 +0000",
    label="security-incident", deadline="2015-04-27", body="""Hello,

Following a recent security incident at SendGrid, we are asking all
customers to take a precautionary step today to protect their accounts.

Please reset your SendGrid account password today.

Keep in mind that applications, web forms and servers that authenticate
with this account will stop sending until they are updated with the new
credentials. If you are unsure which systems are affected, check with the
person who set up the integration.

Ways to complete the reset (choose one):
  1. Log in to your account and change the password under Account
     Settings.
  2. Request a reset link from the login page.
  3. Change the credential through the API.
  4. If you signed up through a partner (for example a PaaS marketplace),
     watch for a message from that partner; many will rotate the
     credential for you.

If your account has additional credentials or subusers, rotate those as
well, and consider enabling two-factor authentication.

Thank you for helping us keep your account secure.

The SendGrid Team
""")

# 15 PHISHING - fake GitHub "Security Alert for Your GitHub Repository"
add1(src="https://github.com/2246250622/2246250622/issues/1", provider="GitHub (impersonated)", phishing=True,
    frm="GitHub Security Team <notifications@github.com>", to="liang.w@devmail.example",
    subj="[liangw/portfolio] Security Alert for Your GitHub Repository (Issue #1)",
    orig="2024-05-26", date="2028-03-03 12:04:00 +0000",
    label="security-incident", deadline="none", body="""# Urgent: Security Alert

Hello,

Unusual activity has been detected on your GitHub account. To keep the
account secure, immediate action is needed on your part.

## Steps to take:

1. **Check Repository Settings**
   - Confirm that no settings were changed without your permission.

2. **Reset Your Password**
   - Use this secure link right away: https://hub-developers-secure.example/reset

3. **Remove Unauthorized Access**
   - After the reset, review and revoke any access you do not recognise.

Thank you for acting quickly to protect your GitHub account.

*If you did not make these changes, contact us immediately.*

Best Regards,
**GitHub Security Team**

--
Reply to this email directly or view it on GitHub.
You are receiving this because you are subscribed to this thread.
""")

# 16 PHISHING - fake GitHub unusual access attempt (OAuth consent)
add1(src="https://github.com/geerlingguy/3d-printing/issues/16", provider="GitHub (impersonated)", phishing=True,
    frm="aojibril <notifications@github.com>", to="m.okafor@makerspace.example",
    subj="[mokafor/printer-configs] Notification (Issue #16)",
    orig="2025-03-16", date="2028-03-15 02:19:00 +0000",
    label="security-incident", deadline="none", body="""# Security Alert: Unusual Access Attempt

A sign-in attempt on your GitHub account came from a location or device
we have not seen before.

## Sign-in details
- **Location:** Reykjavik, Iceland
- **IP Address:** 203.0.113.8
- **Device:** Unrecognized

If this was you, nothing else is needed. If it was not, secure your
account now.

## Secure your account
1. **Change your password**: [Change Password](https://github.com/login/oauth/authorize?client_id=Ov23liQx9Rk2&redirect_uri=https://github-auth-secure-access.example/auth/callback&scope=repo%20user%20delete_repo%20workflow)
2. **Review active sessions**: [Check Recent Activity](https://github-auth-secure-access.example)
3. **Turn on two-factor authentication**: [Set Up 2FA](https://github-auth-secure-access.example)

## Need help?
[GitHub Security Support](https://github-auth-secure-access.example)

**GitHub Security Team**

--
You are receiving this because you are subscribed to this thread.
""")

# 17 PHISHING - fake "github-scanner" vulnerability
add1(src="https://github.com/DigitalRuby/IPBan/issues/313", provider="GitHub (impersonated)", phishing=True,
    frm="Github Security Team <notifications@github.com>", to="team@ledgerly.example",
    subj="[ledgerly/ledgerly-api] \"Security Vulnerability Detected in Your Repository\" (Issue #313)",
    orig="2024-09-18", date="2028-03-18 05:36:00 +0000",
    label="security-advisory", deadline="none", body="""Hey there!

A security vulnerability has been found in your repository. To find out
how to fix it, get in touch with us at https://github-scanner.example
for more information.

Best regards,
Github Security Team

--
Reply to this email directly, view it on GitHub, or unsubscribe.
You are receiving this because you are watching this repository.
""")

# 18 PHISHING - Microsoft 365 password expiry
add1(src="https://www.onlinethreatalerts.com/article/2018/6/19/beware-of-microsoft-password-expiry-notification-phishing-scams/", provider="Microsoft 365 (impersonated)", phishing=True,
    frm="Microsoft365 Message Center <do-not-reply@exca-msg.example>", to="rma.solberg@fjordtrade.example",
    subj="Password Expiry Notification",
    orig="2018-06-19", date="2028-03-08 09:56:00 +0100",
    label="action-required", deadline="2018-06-22", body="""Unsubscribe now to stop receiving this important notification message.

Email password expires in 3 days.

Hello Rma,

The password for your email account (rma.solberg@fjordtrade.example) is
due to expire in 3 days, on {D:2018-06-22|%d/%m/%Y}.

To keep using the same password, please confirm it below.

    [ Confirm Password ]  https://office365-passcheck.example/confirm

Best Regards,

Note: Please do not ignore this message.

{D:2018-06-19|%Y} (c) Microsoft Data.
""")

# 19 PHISHING - Xserver billing (Japanese)
add1(src="https://xmobile-yokohama.com/wifi/%E3%80%8Cxserver%E8%AB%8B%E6%B1%82%E6%9B%B8%E3%81%AE%E6%94%AF%E6%89%95%E3%81%84%E3%82%92%E5%87%A6%E7%90%86%E3%81%A7%E3%81%8D%E3%81%BE%E3%81%9B%E3%82%93%E3%81%A7%E3%81%97%E3%81%9F%E3%80%8D%E3%81%A8/", provider="Xserver (impersonated)", phishing=True,
    frm="Xserver Inc. <support@xserver-billing.example>", to="shop@minato-wifi.example",
    subj="Re:",
    orig="2021-01-20", date="2028-03-10 04:22:00 +0900",
    label="billing", deadline="none", body="""お客様各位、

最新のXSERVER請求書のお支払いを処理することができませんでした。
アカウントに登録されているお支払い情報の有効期限が、最近切れている
可能性がございます。サービスは切断される予定となっております。

何度かご連絡を試みましたが、お客様に連絡がつかない状態です。

サービスが中断されないよう、以下よりアカウントの請求情報を至急ご確認
いただき、更新してください。

https://www.xserver.ne.jp/login_server.php
（※実際のリンク先：https://jp-jp.xsv-account.example/login）

よろしくお願いいたします。

XSERVERIncチーム

P.S. このアドレスは送信専用のため、ご返信いただいてもお受けできません。
""")

# 20 PHISHING - Xserver domain expired (Japanese)
add1(src="https://hashibasena.net/phishing-mail", provider="Xserver (impersonated)", phishing=True,
    frm="@Xserver <support@xserver.ne.jp>", to="blog@hashiba-notes.example",
    subj="hashiba-notes.example：ドメイン名の有効期限が切れています",
    orig="2023-06-12", date="2028-03-22 20:03:00 +0900",
    label="billing", deadline="none", body="""hashiba-notes.example 様

いつもXserverドメインをご利用いただき、ありがとうございます。

お客様がご利用中のドメイン「hashiba-notes.example」は、
有効期限を過ぎたため現在停止状態となっております。

このままの状態が続くと、ドメインは削除され第三者が取得可能な状態と
なります。ウェブサイトおよびメールもご利用いただけなくなります。

引き続きご利用いただく場合は、以下より更新手続きをお願いいたします。

▼ドメイン更新手続き
https://xserver-domain-renew.example/login

――――――――――――――――――――
エックスサーバー株式会社
https://www.xserver.ne.jp/
――――――――――――――――――――
""")

# 21 PHISHING - Outlook Web App password expiry
add1(src="https://www.mailguard.com.au/blog/cybercriminals-craft-password-expiry-notification-email-to-scam-outlook-web-app-users", provider="Microsoft Outlook (impersonated)", phishing=True,
    frm="Outlook ePortal <eportal@owa-notice.example>", to="j.mercer@coastline-build.example",
    subj="Outlook Web App: Password Expiry Notification",
    orig="2021-10-07", date="2028-03-26 13:39:00 +1100",
    label="action-required", deadline="2021-10-08", body="""Outlook Web App

Password Expiry Notification

Dear j.mercer@coastline-build.example,

Your account password will expire in 1 day(s). Renew it now, otherwise
your account credentials and messages will be lost.

           [ Keep Password ]
   https://owa-eportal-keep.example/?u=j.mercer

Expiry date: {D:2021-10-08|%d %B %Y}

Thank you,
Outlook ePortal Team
""")
M2 = []
def add2(**kw):
    M2.append(kw)

# 22 Twilio - balance empty, suspended
add2(src="https://github.com/fosterful/scheduler/issues/362", provider="Twilio",
    frm="Twilio <no-reply@twilio.com>", to="billing@fostercare-scheduler.example",
    subj="Your Twilio account is suspended and will continue to be charged",
    orig="2019-12-19", date="2028-03-12 16:40:00 +0000",
    label="billing", deadline="none", body="""Hello,

Your Twilio account (AC7d1e04b2c95a4f3e8b60d7a1c2f9e551) has run out of
balance. We have therefore suspended the ability to make and receive
calls and SMS messages on this account.

Your phone numbers have not been released, so they will still be yours
once the account is reactivated. Please note that the monthly charges for
those numbers continue while the account is suspended.

To reactivate:
  - Go to the Billing page in the Console and add funds to the account.
  - To avoid another suspension, turn on Auto-Recharge so the balance is
    topped up automatically when it runs low.

If you no longer want to pay for the numbers, release them from the main
account and any subaccounts.

Thanks,
The Twilio Team
""")

# 23 Twilio - compliance advisory
add2(src="https://github.com/Ross1337/SMSBotBypass/issues/5", provider="Twilio",
    frm="Twilio Notifications <notifications@twilio.com>", to="platform@relaymsg.example",
    subj="Special Advisory About Your Twilio Compliance Obligations",
    orig="2021-11-30", date="2028-03-24 17:10:00 +0000",
    label="informational", deadline="none", body="""Ahoy!

As part of our ongoing work to keep communications safe and trusted, we
are reminding all customers of the importance of following Twilio's
Acceptable Use Policy and Messaging Policy.

If you are an Independent Software Vendor (ISV) - a customer who uses
Twilio to deliver services to your own clients - your responsibility for
these policies extends to what your customers do on your platform.

We especially ask ISVs to have controls in place that:
  - monitor customer activity on an ongoing basis,
  - detect and isolate behaviour that breaks our policies,
  - stop prohibited use such as illegal or fraudulent activity quickly.

Where we find serious violations we will act immediately to limit or
suspend access to the Twilio platform.

Thank you for your part in building safe communications, and for
teaching your own customers about acceptable use.

Sincerely,
Team Twilio

This email was sent in regard to an associated Twilio account or business
relationship. Questions: https://support.twilio.com
Twilio Notifications, 375 Beale Street, Suite 300, San Francisco, CA 94105
""")

# 24 Heroku - Heroku-18 stack end of life
add2(src="https://github.com/papercups-io/papercups/issues/1012", provider="Heroku",
    frm="Heroku <noreply@heroku.com>", to="dev@helpdeskly.example",
    subj="Your app's stack is approaching end-of-life (Heroku-18)",
    orig="2023-02-20", date="2028-03-01 15:05:00 +0000",
    label="action-required", deadline="2023-04-30", body="""Your app's stack is approaching end-of-life (Heroku-18)

Your recently built app helpdeskly-chat uses the Heroku-18 stack, which
is deprecated.

Timeline:
  - Since {D:2023-02-01|%B %d, %Y}, the first build of each Heroku-18 app
    in any 7-day window fails with a deprecation notice.
  - From {D:2023-04-01|%B %d, %Y}, the first build of each app per day
    will fail.
  - On {D:2023-04-30|%B %d, %Y}, Heroku-18 reaches end-of-life; apps on it
    stop receiving security updates and run at your own risk.
  - From {D:2023-05-01|%B %d, %Y}, builds are no longer allowed for
    Heroku-18 apps.

Please move the app to a newer stack as soon as you can:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

The Heroku-18 End-of-Life FAQ has more detail.

- The Heroku Team
""")

# 25 Firebase - insecure RTDB rules
add2(src="https://github.com/edumorlom/nuMom/issues/230", provider="Firebase",
    frm="Firebase <firebase-noreply@google.com>", to="edu.morales@numom-app.example",
    subj="[Firebase] Your Realtime Database 'newmom-care-57642' has insecure rules",
    orig="2020-11-20", date="2028-03-25 06:00:00 +0000",
    label="security-advisory", deadline="none", body="""Your Realtime Database has insecure rules

We regularly check Firebase projects for security misconfigurations.
In project newmom-care-57642, the security rules of the Realtime Database
let anyone on the internet read and write your data:

  {
    "rules": {
      ".read": true,
      ".write": true
    }
  }

With these rules, anyone who knows your database URL can view, change or
delete everything stored in it, including user data.

What to do:
  - Open the Rules tab of the Realtime Database in the Firebase console.
  - Restrict access, for example to authenticated users reading and
    writing only their own records.
  - Test the new rules in the Rules Playground before publishing.

You will keep receiving this reminder while the rules remain open.

Learn more: https://firebase.google.com/docs/database/security/core-syntax

The Firebase Team
""")

# 26 Docker Hub - ToS: image retention and pull limits
add2(src="https://github.com/Ouranosinc/pavics-sdi/issues/177", provider="Docker Hub",
    frm="Docker <info@docker.com>", to="ci@climate-portal.example",
    subj="Upcoming changes to Docker Hub: inactive image retention and pull limits",
    orig="2020-08-25", date="2028-03-27 14:00:00 +0000",
    label="action-required", deadline="2020-11-01", body="""Hello,

Docker provides many free services to its community and intends to keep
doing so. To make that sustainable, we are updating two policies in our
Terms of Service. You are receiving this message because these changes
may affect your account.

1. Retention of inactive images
   Starting {D:2020-11-01|%B %d, %Y}:
   - Free accounts can keep inactive images for up to 6 months.
   - Pro and Team subscriptions can keep inactive images indefinitely.
   An image counts as inactive when it has not been pushed or pulled for
   6 months. Inactive images on free accounts will be scheduled for
   deletion.

2. Pull rate limits
   Also starting {D:2020-11-01|%B %d, %Y}:
   - Free accounts, meant for individual developers, will be limited in
     the number of image pulls per six-hour window.
   - Pro and Team subscriptions have no pull limits.

Your organizations "climateportal" and "birdnest" are on the Free plan.
To keep older images, pull or push them before the date above or move to
a Pro or Team plan.

Details are in the FAQ: https://www.docker.com/pricing/resource-consumption-updates

The Docker Team
""")

# 27 J-MOTTO - Japanese security advisory on mail accounts
add2(src="https://www.j-motto.co.jp/00000000/info/important/2013-12-26.html", provider="J-MOTTO (hosting, Japan)",
    frm="J-MOTTO お客様サポートセンター <support@j-motto.co.jp>", to="soumu@kawada-kogyo.example",
    subj="【重要】メールアカウント情報の適切な管理のお願い（J-MOTTOホスティング）",
    orig="2013-12-26", date="2028-03-28 10:00:00 +0900",
    label="security-advisory", deadline="none", body="""J-MOTTOホスティングをご利用のお客様へ

いつもJ-MOTTOホスティングサービスをご利用いただき、誠にありがとうございます。

最近、お客様のメールアカウント情報が第三者に悪用され、国内外の多数の
IPアドレスからホスティングのメールサーバーを経由して迷惑メールが
送信される事例が増えております。

年末年始はパソコンを起動しない期間が長くなり、ソフトウェアの更新や
ウイルス対策ソフトの定義ファイル更新が遅れがちです。被害の拡大を防ぐ
ため、以下の点にご注意ください。

■パスワードの管理（Aプラン・Bプラン共通）
  ・サービスやメールアドレスごとに別々のパスワードを設定する
  ・推測されにくいパスワードにする
  ・定期的に変更する

■SMTP認証情報（共用Aプラン）
  ・SMTP-ID と SMTPパスワードを無関係の第三者に知らせない
  ・変更をご希望の場合はサポートセンターまでご連絡ください

■パソコンの対策
  ・OS とメールソフトを最新の状態に保つ
  ・ウイルス対策ソフトの定義ファイルを更新する

ご不明な点は J-MOTTO お客様サポートセンターまでお問い合わせください。
""")

# 28 Onamae.com - service maintenance surcharge (pricing, Japanese)
add2(src="https://yaseiblog.org/onamae-com-service-charge/", provider="GMO (お名前.com)",
    frm="お名前.com <info@onamae.com>", to="domains@yasei-works.example",
    subj="【重要】[お名前.com]「サービス維持調整費」導入のお知らせ",
    orig="2022-12-26", date="2028-03-29 19:30:00 +0900",
    label="pricing", deadline="2023-02-01", body="""お名前.com 会員各位

平素より「お名前.com」をご利用いただき、誠にありがとうございます。

昨今の国内電気料金の上昇、円安の進行、世界的な半導体不足などにより、
サービスの提供にかかる費用が大きく増加しております。品質を維持したまま
サービスを継続するため、料金の値上げではなく、「サービス維持調整費」を
導入させていただくこととなりました。

■適用開始
  {D:2023-02-01|ja}以降に発生する、新規契約および契約更新のご請求

■調整費の料率
  各サービスのご請求額に対して 10〜20% 程度
  （料率は市場の動向に応じて 1〜3 か月ごとに見直す予定です）

■対象サービス
  ドメイン、レンタルサーバー、その他有料オプション

お客様にはご負担をおかけいたしますが、何卒ご理解を賜りますよう
お願い申し上げます。

お名前.com
""")

# 29 Sakura - PHP 7.3 end of provision, automatic switch to 7.4 (Japanese)
add2(src="https://developer.a-blogcms.jp/page/198", provider="さくらインターネット",
    frm="さくらインターネット <info@sakura.ad.jp>", to="web@tanaka-kenchiku.example",
    subj="【重要】さくらのレンタルサーバ PHP7.3 の提供終了と PHP7.4 への自動切り替えについて",
    orig="2021-09-28", date="2028-03-30 14:00:00 +0900",
    label="maintenance", deadline="2021-10-28", body="""会員ID：abc12345 様

平素は「さくらのレンタルサーバ」「さくらのマネージドサーバ」を
ご利用いただき、誠にありがとうございます。

PHP 7.3 のセキュリティサポートが {D:2021-11-30|ja} に終了することに伴い、
弊社では PHP 7.3 の提供を終了いたします。

■自動切り替え日
  {D:2021-10-28|ja}

■内容
  PHP 7.3 を設定しているアカウントは、上記の日に PHP 7.4 へ自動的に
  切り替わります。

■対象
  サーバコントロールパネルで PHP 7.3 を選択しているお客様
  （対象ドメイン：tanaka-kenchiku.example）

■お願い
  ご利用のプログラムが PHP 7.4 で動作するか、事前にご確認ください。
  php.ini の設定内容も切り替え後にあらためてご確認ください。
  コントロールパネルの「スクリプト設定」から、切り替え日より前に
  ご自身で変更いただくことも可能です。

今後ともさくらインターネットをよろしくお願いいたします。
""")

# 30 Onamae.com - new function for expired domains (informational, Japanese)
add2(src="https://www.onamae.com/news/domain/20080623/", provider="GMO (お名前.com)",
    frm="お名前.com <info@onamae.com>", to="admin@hoshino-foods.example",
    subj="[お名前.com] 登録期限日を過ぎたドメインに関する新機能のご案内",
    orig="2008-06-23", date="2028-03-17 12:00:00 +0900",
    label="informational", deadline="2008-06-30", body="""お名前.com をご利用のお客様へ

更新手続きを忘れたためにドメインが廃止されてしまう事例が増えて
おります。そこで、登録期限日を過ぎたドメインについて、ネームサーバーを
弊社指定のものへ自動的に切り替える機能（期限切れドメインNS設定）を
導入いたします。

期限日を過ぎるとウェブサイトに更新のご案内が表示されるため、廃止前の
猶予期間中に手続きが必要であることにお気づきいただけます。

■実施概要
  稼動開始日：{D:2008-06-30|ja}
  内容　　　：登録期限日を過ぎたドメインのネームサーバーを弊社情報に変更
  対象　　　：{D:2008-06-29|ja}以降、登録期限日から廃止までの間に
              更新が完了していないドメイン

※本設定は初期状態で「有効」です。切り替えを望まない場合は、
  ドメイン設定画面から「無効」に変更してください。

お名前.com
""")

# 31 IIJmio - new features (informational, Japanese)
add2(src="https://www.iijmio.jp/info/iij/20130426-1.html", provider="IIJ",
    frm="IIJmio <info@iijmio.jp>", to="k.sato@sato-family.example",
    subj="【IIJmio】プラン変更機能およびSIMカード追加・削除機能の提供開始について",
    orig="2013-04-26", date="2028-03-31 11:00:00 +0900",
    label="informational", deadline="none", body="""お客様各位

株式会社インターネットイニシアティブ

平素は弊社サービスをご利用いただき、誠にありがとうございます。

このたび IIJmio高速モバイル/Dサービスにおいて、プラン変更機能と、
ファミリーシェアプラン向けの SIMカード追加・削除機能を提供することと
なりましたのでお知らせいたします。

【受付開始】
  {D:2013-05-20|jym}下旬（予定）

【プラン変更】
  ・IIJmio ホームページの「サービスの設定と利用」からお申し込みいただけます。
  ・変更後のプランは翌月1日から適用されます。
  ・毎月末日はプラン変更の受付を停止します。
  ・お申し込み後の取り消しはできません。
  ・手数料は無料です。

【SIMカードの追加（ファミリーシェアプランへの変更時）】
  ・お手持ちのSIMと合わせて3枚まで追加できます。
  ・追加手数料：2,100円（税込、枚数によらず一律）
  ・追加SIMは適用月の1日にお届けします（配達日の指定不可）。

ご不明な点はお問い合わせ窓口までご連絡ください。
""")

# 32 IIJ GIO - live migration maintenance (Japanese)
add2(src="https://manual.iij.jp/p2/pub/b-1-8-1.html", provider="IIJ",
    frm="IIJサポートセンター <info@iij.ad.jp>", to="infra@minami-logistics.example",
    subj="【IIJ GIO】仮想サーバのライブマイグレーション実施のお知らせ（猶予期間あり）",
    orig="2024-02-05", date="2028-03-15 15:00:00 +0900",
    label="maintenance", deadline="2024-02-26", body="""ご担当者様

平素より IIJ GIO インフラストラクチャーP2 をご利用いただき、
誠にありがとうございます。

サービス設備のメンテナンスのため、下記の仮想サーバについてライブ
マイグレーション（稼働状態のまま別の物理サーバーへ移設する操作）を
実施いたします。

■対象仮想サーバ
  gp-vm-0418（性能保証タイプ）
  gp-vm-0419（性能保証タイプ）

■猶予期間
  {D:2024-02-05|ja} 〜 {D:2024-02-26|ja}

■猶予期間中にお客様ご自身で対応される場合
  コントロールパネルまたは API から仮想サーバを「停止」し、その後
  「起動」してください。これにより移設が反映されます。
  ※OS 内からの再起動（shutdown -r など）では反映されません。

■猶予期間を過ぎた場合
  {D:2024-02-27|ja} 以降、弊社にてライブマイグレーションを実施します。
  移設中、数秒程度の通信断や性能低下が発生する場合があります。

ご不明な点は IIJサポートセンターまでお問い合わせください。
""")

# 33 NTT Plala - mail connection restriction (Japanese)
add2(src="https://www.plala.or.jp/support/info/2019/0524/index.html", provider="NTT (ぷらら)",
    frm="ぷらら サポート <info@plala.or.jp>", to="y.kimura@plala-user.example",
    subj="ぷらら メールサービスの接続制限について",
    orig="2019-05-24", date="2028-03-27 10:30:00 +0900",
    label="security-advisory", deadline="none", body="""ぷらら会員のみなさまへ

ぷららのメールサービスにおいて、迷惑メール（スパムメール）の送信が
増えております。

複数の宛先へ大量に送信される迷惑メールは、受信者の負担となるだけで
なく、メールサーバーや回線にも負荷をかけるため、会員規約で禁止して
おります。迷惑メールの送信に使われているメールアドレスを検知した
場合、緊急措置として接続制限を行うことがあります。

迷惑メールは、ご本人の意図とは関係なく、ウイルス感染や改ざんされた
ホームページへのアクセスをきっかけに、第三者によって送信される
ケースもあります。その場合も接続制限の対象となります。

設定を変えていないのにメールの送受信ができなくなった場合は、
以下をご確認ください。
  ・メールパスワードを変更してください。
  ・パソコンやスマートフォンのウイルスチェックを行ってください。
  ・同じパスワードを使っている他のサービスのパスワードも変更してください。

ぷらら
""")

# 34 Linode - SMTP ports restricted for new accounts (informational)
add2(src="https://www.linode.com/blog/linode/a-new-policy-to-help-fight-spam/", provider="Linode (Akamai)",
    frm="Linode <noreply@linode.com>", to="ops@trailmix-apps.example",
    subj="A new Linode policy to help fight spam",
    orig="2019-11-05", date="2028-03-10 16:00:00 +0000",
    label="informational", deadline="2019-11-05", body="""Hi,

Spam sent from cloud platforms is one of the most frequent problems our
Trust & Safety team deals with, and it becomes harder to stop every
year. To discourage abuse of our network, we are introducing a new
default.

Starting today, {D:2019-11-05|%B %d, %Y}, Linodes on newly created
accounts will have outbound connections on ports 25, 465 and 587
restricted by default.

What this means for you:
  - Existing customers: nothing changes for your current or future
    Linodes.
  - New customers who need to send mail can ask for the restriction to be
    lifted:
      1. Set valid A records and reverse DNS for the Linodes that will
         send mail.
      2. Open a Support ticket with the details listed in our "Running a
         Mail Server" guide.

Our Support team will review the request and remove the restriction
where appropriate.

Thanks for helping us keep the platform clean,
The Linode Team
""")

# 35 Supabase - project will be paused (inactivity)
add2(src="https://github.com/taehojo/vibecoding/issues/31", provider="Supabase",
    frm="Supabase <noreply@supabase.com>", to="j.hwang@studylog.example",
    subj="Your Supabase project \"studylog\" will be paused in 7 days",
    orig="2026-03-16", date="2028-03-08 00:15:00 +0000",
    label="maintenance", deadline="2026-03-23", body="""Hi there,

To save cloud resources we regularly scan projects on the Free Plan. Your
project studylog (ref: qzkvhtxbdlmnrpwa) showed too little activity over
the last 7 days.

If activity stays this low, the project will be paused on
{D:2026-03-23|%B %d, %Y}.

What pausing means:
  - The database and APIs stop answering requests.
  - Your data is kept, and you can restore the project from the
    dashboard for up to 90 days.

How to keep the project running:
  - Make sure your application actually queries the project through the
    Supabase API (changes made by hand in the dashboard may not count), or
  - Upgrade the organization to a paid plan, which is not subject to
    pausing.

The Supabase Team
""")

# 36 Bitbucket - app passwords replaced by API tokens
add2(src="https://github.com/katiem0/gh-bbc-exporter/issues/32", provider="Bitbucket (Atlassian)",
    frm="Atlassian Bitbucket <noreply@bitbucket.org>", to="scm-admin@northwind-games.example",
    subj="Action required: Bitbucket Cloud app passwords are being replaced by API tokens",
    orig="2025-07-30", date="2028-03-18 21:00:00 +0000",
    label="action-required", deadline="2026-06-09", body="""Hello,

App passwords in Bitbucket Cloud are being replaced by API tokens with
scopes.

Key dates
  {D:2025-09-09|%B %d, %Y}  New app passwords can no longer be created.
                      From then on, create API tokens instead.
  {D:2026-06-09|%B %d, %Y}  All existing app passwords become inactive.
                      Integrations and tools that still use them will
                      stop working.

Your workspace northwind-games currently has 7 active app passwords,
used by CI pipelines, deployment scripts and a backup tool.

What to do
  1. Create API tokens with only the scopes each integration needs.
  2. Update scripts and tools to authenticate with your Atlassian
     account email and the new token.
  3. Revoke the old app passwords once each integration is migrated.

Guide: https://support.atlassian.com/bitbucket-cloud/docs/api-tokens/

The Bitbucket Cloud team
""")

# 37 IBM Cloud Functions - deprecation
add2(src="https://github.com/ibm-developer-skills-network/agfzb-CloudAppDevelopment_Capstone/issues/172", provider="IBM Cloud",
    frm="IBM Cloud <no-reply@cloud.ibm.com>", to="cloud-team@campus-lab.example",
    subj="IBM Cloud Functions deprecation: migrate your actions before {D:2024-10-31|%B %d, %Y}",
    orig="2023-10-30", date="2028-03-24 13:00:00 +0000",
    label="action-required", deadline="2024-10-31", body="""Dear IBM Cloud customer,

IBM Cloud Functions is deprecated. Your account 7f3c2a...e19 has entities
in namespaces "capstone-dev" and "dealership-api".

Timeline
  - Existing Functions entities (actions, triggers, sequences) keep
    running for now.
  - From {D:2023-12-28|%d %B %Y} you can no longer create new Functions
    entities.
  - Existing entities are supported until {D:2024-10-31|%B %d, %Y}.
    Anything still present after that date is deleted.

Recommended action
  Move your workloads to IBM Cloud Code Engine, which supports functions,
  applications and jobs. A migration guide and sample code are available
  in the documentation.

Thank you for using IBM Cloud.
""")

# 38 IBM Cloud Foundry Public - end of life
add2(src="https://github.com/loopbackio/loopback-next/issues/9090", provider="IBM Cloud",
    frm="IBM Cloud <no-reply@cloud.ibm.com>", to="apps@brightline-retail.example",
    subj="IBM Cloud Foundry Public is deprecated: end of support on {D:2023-06-01|%d %B %Y}",
    orig="2022-06-01", date="2028-03-02 14:00:00 +0000",
    label="action-required", deadline="2023-06-01", body="""Dear IBM Cloud customer,

IBM Cloud Foundry Public has been deprecated. End of support is
{D:2023-06-01|%d %B %Y}.

What this means
  - Applications and service bindings running on Cloud Foundry Public
    will stop running at end of support, and their data will be removed.
  - Until then, existing applications continue to run, but we recommend
    not starting new projects on the platform.

Your account has 4 Cloud Foundry applications in org brightline-retail
(space: prod, region: us-south).

What you need to do
  Move your applications to IBM Cloud Code Engine or Red Hat OpenShift on
  IBM Cloud before the end-of-support date. Cloud Foundry buildpack
  applications can usually be redeployed on Code Engine with few changes.

Deprecation details:
https://cloud.ibm.com/docs/cloud-foundry-public?topic=cloud-foundry-public-deprecation

IBM Cloud
""")

# 39 Oracle Cloud - idle Always Free instance reclamation
add2(src="https://github.com/Codycody31/Prevent-OCI-Deletion-for-being-idle/issues/26", provider="Oracle Cloud",
    frm="Oracle Cloud Infrastructure <oci-noreply@oracle.com>", to="homelab@pietersen.example",
    subj="Oracle Cloud: your Always Free compute instance has been identified as idle",
    orig="2023-11-28", date="2028-03-26 08:00:00 +0000",
    label="maintenance", deadline="none", body="""Hello,

Oracle may reclaim Always Free compute instances that are idle. One of
your instances in tenancy "pietersen-home" has been identified as idle:

  Instance : uptime-monitor (VM.Standard.A1.Flex, eu-frankfurt-1)
  OCID     : ocid1.instance.oc1.eu-frankfurt-1.antheljt5x...q4a

An instance is considered idle when, over a 7-day period, all of the
following hold:
  - CPU utilization at the 95th percentile is below 20%
  - Network utilization is below 20%
  - Memory utilization is below 20% (A1 shapes only)

Idle instances may be stopped and reclaimed. If you want to keep the
instance without these rules applying, upgrade your tenancy to Pay As You
Go; Always Free resources stay free after upgrading.

Oracle Cloud Infrastructure
""")

# 40 Netlify - bandwidth almost exhausted
add2(src="https://github.com/spicyboys/drg-completionist/issues/112", provider="Netlify",
    frm="Netlify <team@netlify.com>", to="rob@spicyboys-dev.example",
    subj="Your team has used 90% of its included bandwidth",
    orig="2023-07-10", date="2028-03-13 18:20:00 +0000",
    label="billing", deadline="2023-07-23", body="""Hi,

Your team "spicy-crew" on the Starter (free) plan has used 90 GB of the
100 GB of bandwidth included in the current billing period.

  Billing period : {D:2023-06-23|%b %d} - {D:2023-07-23|%b %d, %Y}
  Used so far    : 90.4 GB of 100 GB
  Top site       : dwarf-checklist.example (96% of usage)

If usage exceeds the included amount before the period ends, sites on
this team may stop being served until the next period starts, unless
you add extra bandwidth or upgrade to Pro.

You can review usage per site under Team settings > Billing.

The Netlify Team
""")

# ---------------------------------------------------------------------------
# Builder / checker
# ---------------------------------------------------------------------------
import sys, os, re, hashlib, datetime, mailbox, email.utils
from email.message import Message
from email.header import Header
from email import charset as _cs

NAME = "g13"
OUTDIR = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(OUTDIR, "set-%s.mbox" % NAME)
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
TOKEN = re.compile(r"\{D:(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}(?::\d{2})?))?\|([^}]*)\}")

def new_dt(m):
    return datetime.datetime.strptime(m["date"], "%Y-%m-%d %H:%M:%S %z")

def delta(m):
    return new_dt(m).date() - datetime.date.fromisoformat(m["orig"])

def shift_body(m, key="body"):
    d = delta(m)
    def rep(mo):
        day = datetime.date.fromisoformat(mo.group(1)) + d
        t = mo.group(2) or "00:00"
        if len(t) == 5:
            t += ":00"
        dt = datetime.datetime.combine(day, datetime.time.fromisoformat(t))
        f = mo.group(3)
        if f == "ja":
            return "%d年%d月%d日" % (dt.year, dt.month, dt.day)
        if f == "jym":
            return "%d年%d月" % (dt.year, dt.month)
        return dt.strftime(f)
    return TOKEN.sub(rep, m[key])

def shifted_deadline(m):
    if m["deadline"] == "none":
        return "none"
    return (datetime.date.fromisoformat(m["deadline"]) + delta(m)).isoformat()

def addr_domain(a):
    return email.utils.parseaddr(a)[1].split("@")[-1]

def enc_addr(a):
    name, addr = email.utils.parseaddr(a)
    if name and not name.isascii():
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)
    return email.utils.formataddr((name, addr)) if name else addr

def build(i, m):
    body = shift_body(m)
    msg = Message()
    msg["From"] = enc_addr(m["frm"])
    msg["To"] = m["to"]
    subj = shift_body(m, "subj")
    msg["Subject"] = subj if subj.isascii() else Header(subj, "utf-8").encode()
    msg["Date"] = email.utils.format_datetime(new_dt(m))
    h = hashlib.sha1(("%s|%d|%s" % (NAME, i, m["src"])).encode()).hexdigest()[:16]
    msg["Message-ID"] = "<%s.%02d.%s@%s>" % (NAME, i, h, addr_domain(m["frm"]))
    msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = m["label"]
    msg["X-Training-Deadline"] = shifted_deadline(m)
    if m.get("phishing"):
        msg["X-Training-Phishing"] = "yes"
    if body.isascii():
        msg["Content-Type"] = 'text/plain; charset="utf-8"'
        msg["Content-Transfer-Encoding"] = "7bit"
        msg.set_payload(body)
    else:
        cs = _cs.Charset("utf-8")
        cs.header_encoding = _cs.QP
        cs.body_encoding = _cs.QP
        msg.set_payload(body, cs)
        del msg["Content-Type"]
        del msg["Content-Transfer-Encoding"]
        msg["Content-Type"] = 'text/plain; charset="utf-8"'
        msg["Content-Transfer-Encoding"] = "quoted-printable"
    ua = email.utils.parseaddr(m["frm"])[1]
    msg.set_unixfrom("From %s %s" % (ua, new_dt(m).astimezone(datetime.timezone.utc).strftime("%a %b %d %H:%M:%S %Y")))
    return msg

DOC_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")
IPRE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")

def check(path, expected):
    problems = []
    raw = open(path, "rb").read()
    if b"\r" in raw:
        problems.append("CR found in mbox")
    box = mailbox.mbox(path)
    msgs = list(box)
    if len(msgs) != len(expected):
        problems.append("count %d != %d" % (len(msgs), len(expected)))
    ids = set()
    for n, (msg, m) in enumerate(zip(msgs, expected), 1):
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                      "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[hname] is None:
                problems.append("#%d missing %s" % (n, hname))
        for k, v in msg.items():
            if not str(v).isascii():
                problems.append("#%d non-ASCII header %s" % (n, k))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != (2028, 3):
            problems.append("#%d Date not in March 2028" % n)
        if msg["Message-ID"] in ids:
            problems.append("#%d duplicate Message-ID" % n)
        ids.add(msg["Message-ID"])
        if msg.get_content_type() != "text/plain" or (msg.get_content_charset() or "") != "utf-8":
            problems.append("#%d bad Content-Type" % n)
        if msg["X-Training-Label"] not in LABELS:
            problems.append("#%d bad label" % n)
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                datetime.date.fromisoformat(dl)
            except ValueError:
                problems.append("#%d bad deadline" % n)
        if bool(m.get("phishing")) != (msg.get("X-Training-Phishing") == "yes"):
            problems.append("#%d phishing header mismatch" % n)
        body = msg.get_payload(decode=True).decode("utf-8")
        if not body.isascii() and msg["Content-Transfer-Encoding"].lower() != "quoted-printable":
            problems.append("#%d non-ASCII body not QP" % n)
        if "{D:" in body or "{D:" in str(msg["Subject"]):
            problems.append("#%d unresolved date token" % n)
        for ip in IPRE.findall(body + " " + str(msg["Subject"])):
            if not ip.startswith(DOC_NETS):
                problems.append("#%d non-documentation IP %s" % (n, ip))
        to = email.utils.parseaddr(msg["To"])[1]
        if not to.endswith(".example"):
            problems.append("#%d To not .example" % n)
        for y in re.findall(r"(?<!\d)(20\d\d)(?=[-年/ ]|$)", body, re.M):
            if int(y) < 2028:
                problems.append("#%d unshifted year %s in body" % (n, y))
    box.close()
    return problems

def main():
    allm = M1 + M2
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    for i, m in enumerate(allm, 1):
        box.add(build(i, m))
    box.flush(); box.unlock(); box.close()
    probs = check(MBOX, allm)
    counts = {}
    for m in allm:
        counts[m["label"]] = counts.get(m["label"], 0) + 1
    print("messages:", len(allm))
    for k in sorted(counts):
        print("  %-18s %d" % (k, counts[k]))
    print("  phishing:", sum(1 for m in allm if m.get("phishing")))
    if probs:
        print("PROBLEMS:")
        for p in probs:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")

if __name__ == "__main__":
    main()
