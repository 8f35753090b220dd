# -*- coding: utf-8 -*-
# Part A of the g9 batch: critical notices (abuse / security-incident) and phishing.
# Dates inside {{...}} are ORIGINAL dates; set_g9.py shifts them by the same number of
# days as the Date header (orig -> target in March 2028).
M = []

M.append(dict(
 provider="Hetzner", url="https://github.com/alireza0/x-ui/issues/948",
 label="abuse", orig="2024-02-13", target="2028-03-02 08:41:17 +0100", deadline="2024-02-14",
 frm="Hetzner Abuse Team <abuse@hetzner.com>", to="Morteza Rahimi <m.rahimi@tahvil.example>",
 subject="Abuse Message [AbuseID:5E21C9:2B]: NetscanOutLevel: Netscan detected from 203.0.113.58",
 body="""Dear Mr Morteza Rahimi,

Our monitoring shows that your server has been used to attack other systems.
Please find the cause, stop the activity and make sure that it cannot recur.

In addition, we ask you to send us a brief statement explaining how this
happened and which steps you have taken. If the steps below are not completed,
we may block your server at any time after {{2024-02-14 10:05:41|%Y-%m-%d %H:%M:%S}} +0100.

What to do:
- Fix the problem on the server
- Check whether the activity has stopped: https://abuse.hetzner.com/retries/?token=9c1f0e77a2d4b6e8
- Once the check passes, submit your statement: https://abuse.hetzner.com/statements/?token=9c1f0e77a2d4b6e8

Important: please keep the abuse ID [AbuseID:5E21C9:2B] unchanged in the subject
of any reply. Replies written by hand are only processed once a server has been
locked. For general questions, contact support@hetzner.com.

##########################################################################
#        Netscan detected from host 203.0.113.58                         #
##########################################################################

time (UTC)           src_ip        src_port => dest_ip          dest_port
--------------------------------------------------------------------------
{{2024-02-13 06:12:03|%Y-%m-%d %H:%M:%S}}  203.0.113.58  51744    => 198.51.100.14    443
{{2024-02-13 06:12:03|%Y-%m-%d %H:%M:%S}}  203.0.113.58  51746    => 198.51.100.15    443
{{2024-02-13 06:12:04|%Y-%m-%d %H:%M:%S}}  203.0.113.58  51750    => 198.51.100.16    443
{{2024-02-13 06:12:04|%Y-%m-%d %H:%M:%S}}  203.0.113.58  51752    => 198.51.100.17    443
{{2024-02-13 06:12:05|%Y-%m-%d %H:%M:%S}}  203.0.113.58  51758    => 198.51.100.18    443

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
"""))

M.append(dict(
 provider="Hetzner", url="https://github.com/MHSanaei/3x-ui/issues/1817",
 label="abuse", orig="2024-02-15", target="2028-03-06 11:03:52 +0100", deadline="2024-02-16",
 frm="Hetzner Abuse Team <abuse@hetzner.com>", to="Reza Karimi <reza@parsnet-vpn.example>",
 subject="Abuse Message [AbuseID:0A77F3:1E]: NetscanOutLevel: Netscan detected from 192.0.2.159",
 body="""Dear Mr Reza Karimi,

We have received indications of an attack that originated from your server.
Please take the measures needed to end it and to prevent it from happening
again.

We also need a short reply from you that describes how this could occur and
what you are doing about it. If the steps listed below are not completed, your
server may be locked at any time after {{2024-02-16 12:22:24|%Y-%m-%d %H:%M:%S}} +0100.

How to proceed:
- Resolve the issue
- Re-test the issue here: https://abuse.hetzner.com/retries/?token=4b02c9d1e7a35f60
- After a successful test, send your statement here: https://abuse.hetzner.com/statements/?token=4b02c9d1e7a35f60

Please leave the abuse ID [AbuseID:0A77F3:1E] in the subject line untouched when
replying. Manual replies are handled only after a lock has been applied. Any
other questions can go to support@hetzner.com.

> TIME (UTC)          SRC          SRC-PORT -> DST           DST-PORT SIZE PROT
> ------------------------------------------------------------------------------
> {{2024-02-14 09:37:31|%Y-%m-%d %H:%M:%S}} 192.0.2.159  44469    -> 198.51.100.2  16658    166  UDP
> {{2024-02-14 09:37:31|%Y-%m-%d %H:%M:%S}} 192.0.2.159  44469    -> 198.51.100.3  16658    166  UDP
> {{2024-02-14 09:37:32|%Y-%m-%d %H:%M:%S}} 192.0.2.159  44469    -> 198.51.100.4  16658    166  UDP
> {{2024-02-14 09:37:32|%Y-%m-%d %H:%M:%S}} 192.0.2.159  44469    -> 198.51.100.5  16658    166  UDP
> {{2024-02-14 09:37:33|%Y-%m-%d %H:%M:%S}} 192.0.2.159  44469    -> 198.51.100.6  16658    166  UDP

Kind regards

Abuse Team
Hetzner Online GmbH
"""))

M.append(dict(
 provider="Google Cloud", url="https://github.com/trailofbits/algo/issues/14392",
 label="abuse", orig="2021-12-26", target="2028-03-09 19:47:05 -0800", deadline=None,
 frm="Google Cloud Platform <google-cloud-compliance@google.com>", to="raduvpn@kestrelhome.example",
 subject="[Action Required] Your Google Cloud project algo-vpn-7731 has been suspended",
 body="""Dear Developer,

We have found that your Google Cloud project algo-vpn (id: algo-vpn-7731) is
carrying out denial of service (DoS) attacks. As a result, all project
resources that show this behaviour have been suspended.

This activity is a violation of the Google Cloud Platform Terms of Service, or
of the Terms of Service of the Google API you may be using.

Details
  Project:      algo-vpn (id: algo-vpn-7731)
  Resource:     VM instance algo-1 (us-east1-b), external IP 203.0.113.91
  Observed:     {{2021-12-25 22:10|%Y-%m-%d %H:%M}} - {{2021-12-25 22:26|%H:%M}} (Pacific Time)

How to get your resources back
Sign in to the project algo-vpn (id: algo-vpn-7731) as a project owner,
select "Request an appeal" below and give us the following information:
  - what the project and the affected resources are used for
  - whether you believe the project was compromised, and what you found
  - the steps you have taken so this does not happen again

Request an appeal: https://console.cloud.google.com/appeal?project=algo-vpn-7731

If you do not appeal, the suspended resources may eventually be deleted.

Sincerely,
The Google Cloud Platform Trust & Safety Team

(c) {{2021-12-26|%Y}} Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to Google Cloud Platform or your account.
"""))

M.append(dict(
 provider="Scaleway", url="https://github.com/scaleway/docs-content/pull/2762",
 label="abuse", orig="2024-02-19", target="2028-03-03 14:20:44 +0100", deadline=None,
 frm="Scaleway Trust & Safety <abuse@scaleway.com>", to="sysadmin@brumeparis.example",
 subject="[Scaleway] New abuse case #AB-4471903 opened on your Instance 198.51.100.203 (scw-web-02)",
 body="""Hello,

We have received one or more complaints about a resource in your Scaleway
Organization. Complaints about the same issue on the same resource within a
given period are grouped into a single case.

  Case ID:        AB-4471903
  Resource:       Instance scw-web-02 (fr-par-1)
  Public IP:      198.51.100.203
  Abuse type:     Outgoing brute force (SSH)
  First report:   {{2024-02-19 03:48|%Y-%m-%d %H:%M}} UTC
  Reports in case: 3

As the customer, you are responsible for the security of your resources and
for making sure no further abuse originates from them. We recommend that you:
  * check whether any software on the server is vulnerable and update it
  * back up your data and reinstall the server if it has been compromised
  * change all passwords used on the server, including FTP and e-mail
  * look for recently modified files and known holes in CMS such as WordPress

Please describe the measures you took and mark the case as resolved from the
Abuses section of the console. If new reports arrive for the same resource
while the case is open, we will consider that the problem persists.

Scaleway may suspend the affected service at once if this is needed to keep
the network safe or to comply with legal obligations, in line with our Terms
of Services. Not solving the case may lead to your service being locked.

If you need help, open a support ticket from the console:
https://console.scaleway.com/support/tickets/create

Scaleway Trust & Safety
"""))

M.append(dict(
 provider="Linode (Akamai)", url="https://hn.masterscheme.cn/item?id=33642261",
 label="abuse", orig="2022-11-16", target="2028-03-13 16:02:10 -0500", deadline="2022-11-18",
 frm="Linode Support <support@linode.com>", to="admin@quarryfield.example",
 subject="[Linode] Support Ticket 19284736 - Abuse report: brute force from li-web-01",
 body="""Hello,

We have received a report of brute force activity originating from your
Linode li-web-01 (IP 192.0.2.77). A copy of the report is included below.

Most reports like this one are caused by a compromised system rather than
intentional misuse. We ask that you investigate, resolve the activity, and
reply to this ticket with a summary of what you found and what you changed.

Please respond by {{2022-11-18 16:00|%Y-%m-%d %H:%M}} EST. If we do not hear from you by then,
we may restrict network access to the Linode until the matter is resolved.
If you need more time to investigate, or you believe the report is mistaken
or sent in bad faith, simply reply to this ticket and let us know.

--- forwarded report ---
Reporter:    security-ops@rivermill.example
Source IP:   192.0.2.77
Target:      198.51.100.41:22
Window:      {{2022-11-16 01:14|%Y-%m-%d %H:%M}} - 01:52 UTC
Attempts:    2,318 failed SSH logins (users: root, admin, ubuntu, test)
--- end of report ---

Useful guides:
  https://www.linode.com/docs/guides/recovering-from-a-system-compromise/
  https://www.linode.com/docs/guides/set-up-and-secure/

Regards,
Linode Support Team
"""))

M.append(dict(
 provider="Prepaid-Hoster", url="https://support.prepaid-hoster.de/faq/en/virtual-server-en/anti-hack-why-was-my-ip-address-blocked.html",
 label="abuse", orig="2025-06-10", target="2028-03-16 07:55:30 +0100", deadline="2025-06-13",
 frm="Prepaid-Hoster Abuse <abuse@prepaid-hoster.de>", to="kunde@lindenweg-it.example",
 subject="[Anti-Hack] IP address 203.0.113.120 of vServer vs-88412 has been blocked",
 body="""Hello,

Our network provider's automated protection analyses the outgoing traffic of
all servers. It has detected suspicious activity from your vServer vs-88412
and has blocked further traffic for the IP address 203.0.113.120.

Detected activity:  outgoing port scan (TCP 22, 23, 2375)
Detected at:        {{2025-06-10 05:31|%Y-%m-%d %H:%M}} CEST

A block like this is usually the result of a server that is not sufficiently
protected: a weak password, outdated software, services running as root or
another exploit. Leaving such gaps open, even unknowingly, breaches our terms
and conditions.

To have the IP address released:
  1. Contact us by replying to this e-mail.
  2. Top up your prepaid balance with EUR 5.00 for the manual unlock.
  3. A reinstallation of the server is mandatory in anti-hack cases. Please
     make sure you have your own backups; an emergency backup by a
     technician is charged at EUR 5.00 per started 15 minutes.

If we do not receive a response and no solution is in place within 72 hours,
i.e. by {{2025-06-13 05:31|%Y-%m-%d %H:%M}} CEST, your customer account may be locked.

Best regards
Prepaid-Hoster Support
"""))

M.append(dict(
 provider="Google Cloud", url="https://hikey-support.com/google-cloud-platform-api-key-activity/",
 label="security-incident", orig="2023-04-18", target="2028-03-07 02:14:09 +0900", deadline=None,
 frm="Google Cloud Platform <CloudPlatform-noreply@google.com>", to="nishio.kaori@nishio-kobo.example",
 subject="通知 不審なアクティビティのアラート: Google Cloud Platform または API プロジェクト My Project (id: my-project-1523004401093) の認証情報が不正使用された可能性があります",
 body="""{name} 様

次の Google Cloud Platform プロジェクトに関連付けられた Google API キーが、
一般に公開された場所で見つかりました。

  プロジェクト: My Project (id: my-project-1523004401093)
  API キー:     AIzaSyD-xxxxxxxxxxxxxxxxxxxx7Qk
  検出日時:     {{2023-04-18 01:32|%Y-%m-%d %H:%M}} (UTC)

このキーは、GitHub などの公開ソースやウェブサイトに誤って掲載された可能性があります。
プロジェクトやアカウントに紐づくキーの管理はオーナーであるお客様の責任となりますので、
以下の対応をご検討ください。

■ 公開を意図していた場合(または公開キーを使わざるを得ない場合)
  ・Google Cloud コンソールで API の利用状況と請求のアクティビティを確認し、
    想定外の利用がないことを確かめてください。
  ・API キーに制限(HTTP リファラー、IP アドレス、対象 API など)を設定してください。

■ 公開を意図していなかった場合
  ・漏洩したキーを再生成してください。コンソールの「認証情報」でキーを開き、
    「キーを再生成」ボタンでローテーションできます。
  ・キーが掲載されている公開ソースコードやリポジトリの履歴から削除してください。
  ・想定外の課金が発生していないか、請求レポートを確認してください。

詳しくは「漏洩した GCP 認証情報の取り扱い」をご覧ください:
https://cloud.google.com/iam/docs/best-practices-for-securing-service-accounts

Google Cloud Platform チーム

(c) {{2023-04-18|%Y}} Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
このメールは、Google Cloud Platform またはお客様のアカウントに関する重要なお知らせとしてお送りしています。
""".replace("{name}", "西尾 香織")))

M.append(dict(
 provider="GitHub", url="https://blog-github-com-develop.go-vip.co/changelog/2025-04-29-credential-revocation-api-to-revoke-exposed-pats-is-now-generally-available",
 label="security-incident", orig="2025-05-02", target="2028-03-10 22:31:48 +0000", deadline=None,
 frm="GitHub <noreply@github.com>", to="Tomasz Wren <tomasz@wrenlabs.example>",
 subject="[GitHub] Action needed: Personal access token was revoked",
 body="""Hi @twren,

One of your personal access tokens was revoked because it was reported as
exposed. A third party submitted the token through GitHub's credential
revocation API after finding it outside of your repositories.

  Token name:     deploy-bot (fine-grained)
  Token prefix:   github_pat_11AB4...
  Revoked at:     {{2025-05-02 21:58|%Y-%m-%d %H:%M}} UTC
  Organizations:  wrenlabs (access removed)

The token can no longer be used. Any scripts, CI jobs or integrations that
relied on it will fail until you give them a new credential.

What you should do now:
  - Review your security log and the audit log of wrenlabs for activity by
    this token before it was revoked:
    https://github.com/settings/security-log?q=action%3Aoauth_access.revoke
  - Create a replacement token with the narrowest scopes and shortest
    expiration that still work for you.
  - Find where the old token was exposed (logs, tickets, gists, pastes) and
    remove it from there.

If you did not create this token, change your password and review your
account's sessions and authorised applications right away.

Thanks,
The GitHub Team
"""))

M.append(dict(
 provider="Microsoft", url="https://tabineko8.com/blog/2025/07/06/gadget/post-5591",
 label="security-incident", orig="2025-07-05", target="2028-03-11 06:18:27 +0900", deadline=None,
 frm="Microsoft アカウント チーム <account-security-noreply@accountprotection.microsoft.com>", to="ta****@hanamori-design.example",
 subject="Microsoft アカウントの不審なサインイン",
 body="""Microsoft アカウント

不審なサインイン

お客様の Microsoft アカウント ta*****@hanamori-design.example で、普段と異なる
サインインが検出されました。

サインインの詳細
  国/地域:       ブラジル
  IP アドレス:   198.51.100.187
  日付:          {{2025-07-05 23:42|%Y/%m/%d %H:%M}} (JST)
  プラットフォーム: Windows
  ブラウザー:    Chrome

お客様ご本人によるサインインであれば、このメールは無視していただいてかまいません。

お心当たりがない場合は、第三者がお客様のパスワードを使用した可能性があります。
最近のアクティビティを確認し、必要に応じて保護の手順を実行してください。

  最近のアクティビティを確認する: https://account.microsoft.com/activity

推奨される対応:
  ・パスワードをすぐに変更する
  ・2 段階認証を有効にする
  ・すべてのデバイスからサインアウトする

このメールの受信を停止するには、ここをクリックしてください。

Microsoft アカウント チーム
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""))

M.append(dict(
 provider="さくらインターネット (SAKURA internet)", url="https://help.sakura.ad.jp/?p=360000338425639",
 label="security-incident", orig="2024-10-08", target="2028-03-14 10:26:51 +0900", deadline=None,
 frm="さくらインターネット <support@sakura.ad.jp>", to="info@kobayashi-seika.example",
 subject="【重要】サーバ上に設置されているファイルについて (初期ドメイン: kobaseika.sakura.ne.jp)",
 body="""会員ID: YKS48211
ご契約者名: 株式会社小林製菓 様
サービスコード: 2019-0823-5520

平素はさくらインターネットをご利用いただき、誠にありがとうございます。

弊社では、お客様のサーバの稼働状況を 24 時間体制で監視しております。
{{2024-10-08 04:15|%Y年%-m月%-d日 %H:%M}} 頃、お客様がご利用中のサーバにおいて、
第三者によって設置されたと思われるファイルによる異常な高負荷を検知いたしました。

■ 検知したファイル(一例)
  /home/kobaseika/www/wp-content/uploads/{{2024-10-08|%Y/%m}}/cache-x.php
  /home/kobaseika/www/wp-includes/css/dist/tmp.php

■ 弊社にて実施した対応
  ・上記ファイルの所有者アカウントの特定
  ・wwwフォルダ以下のファイルのパーミッションを "000" に変更(公開停止措置)

このため、現在ウェブサイトは閲覧できない状態となっております。

■ お客様にて必要な対応
  不正ファイルが設置された場合、多くはバックドア(侵入経路)が残されているため、
  wwwフォルダ内をすべて削除したうえで、以下の手順で復旧をお願いいたします。
  1. wwwフォルダ内のリセット
  2. 安全が確認できたコンテンツの再設置(WordPress 等は最新版で再インストール)
  3. パーミッションの変更
  4. FTP・WordPress 管理者などのパスワード変更

手順の詳細は以下のページをご確認ください。
https://help.sakura.ad.jp/rs/2235/

ご不明な点はカスタマーセンターまでお問い合わせください。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
さくらインターネット株式会社 カスタマーセンター
https://help.sakura.ad.jp/
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
"""))

M.append(dict(
 provider="OVHcloud", url="https://help.ovhcloud.com/csm/en-au-web-hosting-resolve-anomalous-activity?id=kb_article_view&sysparm_article=KB0072795",
 label="security-incident", orig="2025-10-02", target="2028-03-17 09:40:12 +0200", deadline=None,
 frm="OVHcloud <support@ovh.com>", to="contact@atelier-gervais.example",
 subject="[OVHcloud] Abnormal activity detected on your web hosting atelier-gervais.example",
 body="""Hello,

To protect your website and its visitors, we automatically put security
measures in place when unusual activity is detected on a web hosting plan.
This has just happened on your hosting atelier-gervais.example
(cluster 021, login atelierg).

What we detected ({{2025-10-02 07:12|%Y-%m-%d %H:%M}} CEST):
  - Case 1: probable malicious files in your storage space
      ./www/wp-content/plugins/contact-form-x/inc/up.php
      ./www/.well-known/acme-check.php

Measures applied until the situation is resolved:
  - your website is no longer publicly reachable
  - sending e-mails through PHP (forms, notifications) is disabled
  - outgoing connections (TCP OUT) from the hosting are disabled

The cause is not always an attack: a bad configuration, a third-party script
or a faulty extension can also trigger these measures. In this case, however,
the files above match known malware.

Next steps:
  1. Clean your hosting by following our guide "Recommendations after your
     website has been hacked".
  2. Update your CMS, themes and plugins and change your FTP and database
     passwords.
  3. In the OVHcloud Control Panel (Web Cloud > Hosting plans > your plan),
     request the lifting of the security measures.

Find out more:
https://help.ovhcloud.com/csm/en-web-hosting-resolve-anomalous-activity

The OVHcloud Team
"""))

M.append(dict(
 provider="FUJIFILM (メールプレミアム)", url="https://faq01-fb.fujifilm.com/print/faq/10994?site_domain=oars",
 label="security-incident", orig="2022-03-10", target="2028-03-20 13:07:36 +0900", deadline=None,
 frm="メールプレミアム システム通知 <system-notice@mailpremium.example>", to="kanri@yamaguchi-koumuten.example",
 subject="【重要】パスワード緊急変更のお知らせ",
 body="""メールプレミアム 管理者様

いつもメールプレミアムサービスをご利用いただき、ありがとうございます。

お客様がご契約中のサーバにおいて、下記アカウントから短時間に大量のメールが
送信されていることを確認いたしました。収容サーバおよび他のお客様への影響を
考慮し、緊急措置として対象アカウントのパスワードを変更いたしました。

  対象ドメイン:   yamaguchi-koumuten.example
  対象アカウント: sato@yamaguchi-koumuten.example
  検知日時:       {{2022-03-10 22:48|%Y年%-m月%-d日 %H:%M}}
  送信件数:       約 4,200 通 / 30 分

この措置により、対象アカウントは現在ご利用いただけません。
サイトマネージャーにて該当アカウントのパスワードを再設定のうえ、
ご利用者様へご連絡をお願いいたします。

お客様が意図せず大量送信が行われた場合、第三者によるパスワードの不正取得、
またはご利用端末のウイルス感染が考えられます。パスワード再設定の前に、
端末のウイルスチェックを実施してください。

※本メールは管理者アカウント(kanri@)宛に自動送信しています。
※システム通知メールの受信設定は、オンラインマニュアル「その他 > システム通知メール受信設定」をご確認ください。

メールプレミアム サポートセンター
"""))

M.append(dict(
 provider="Vercel", url="https://github.com/LinLin00000000/vercel-proxy-openai/issues/17",
 label="abuse", orig="2023-09-26", target="2028-03-22 18:33:21 -0700", deadline=None,
 frm="Vercel <notifications@vercel.com>", to="lin.developer@shuiyun.example",
 subject="Your deployment of vercel-proxy-openai has been blocked",
 body="""Hi lin-dev,

A deployment of your project vercel-proxy-openai was blocked on
{{2023-09-26|%B %-d, %Y}} because its content violates Vercel's Terms of Service
and/or the rules of our Fair Use Guidelines.

  Team:        lin-dev's projects (Hobby)
  Project:     vercel-proxy-openai
  Deployment:  vercel-proxy-openai-7xk2m1q.vercel.app
  Reason:      Proxying third-party services / fair use violation

Visitors to the affected deployment now see an error page, and new
deployments of this project will not be served.

If you think this was a mistake, reply to this e-mail or contact our
Trust & Safety team through https://vercel.com/help with the project name
and a description of what the deployment is used for. Repeated violations
can lead to the account being blocked.

Terms of Service: https://vercel.com/legal/terms
Fair Use Guidelines: https://vercel.com/docs/limits/fair-use-guidelines

- The Vercel Team
"""))

# ---------------- phishing ----------------
M.append(dict(
 provider="Xserver (impersonated)", url="https://www.shinjoho.com/phishing/xserver%e3%81%8b%e3%82%89%e3%81%ae-%e3%80%90%e7%a2%ba%e8%aa%8d%e3%80%91%ef%bc%9c%e3%83%89%e3%83%a1%e3%82%a4%e3%83%b3%e5%90%8d%ef%bc%9e-%e3%82%92%e3%81%93%e3%81%ae%e3%81%be%e3%81%be%e6%89%8b%e6%94%be",
 label="billing", orig="2025-12-08", target="2028-03-04 20:51:03 +0900", deadline="2025-12-13", phishing=True,
 frm="Xserver インフォメーションセンター <info@shirakawa-gakki.example>", to="info@shirakawa-gakki.example",
 subject="【確認】shirakawa-gakki.example をこのまま手放してもよろしいですか?",
 body="""info@shirakawa-gakki.example 様

Xserver インフォメーションセンターでございます。

お客様が保有されているドメイン shirakawa-gakki.example について、
ご契約終了に関する最終のご案内をお送りします。

契約期限である {{2025-12-13|%Y年%-m月%-d日}} までに更新のお手続きが確認できない場合、
サーバー内のすべてのデータは完全に消去され、復旧はできません。
また、ドメインはただちに解放され、第三者による取得が可能な状態となります。

データの削除を止めるには、今すぐ下記よりキャンセル手続きを行ってください。

  ▼ 削除処理を停止し、ドメインを保護する
  https://xserver-renewal-center.example/cancel?d=shirakawa-gakki

※本メールは送信専用です。返信は受け付けておりません。
※期限を過ぎた場合は、理由の如何を問わず対応いたしかねます。

Xserver Inc.
"""))

M.append(dict(
 provider="Xserver (impersonated)", url="https://hp-clef.com/?p=20978",
 label="action-required", orig="2025-09-16", target="2028-03-08 07:12:40 +0900", deadline=None, phishing=True,
 frm="エックスサーバー サポートセンター <support@xserver-mailbox-notice.example>", to="office@kimura-seikotsu.example",
 subject="【エックスサーバー】メールボックス容量上限到達のお知らせ",
 body="""お客様各位

いつもエックスサーバーをご利用いただき、誠にありがとうございます。

ご利用中のメールボックス office@kimura-seikotsu.example が、容量の上限に達しました。
このままの状態では、新しいメールを受信できなくなるおそれがあります。

保存容量の追加をご希望の場合は、以下のリンクからメールボックスの
アップグレードを行ってください。

  ▶ メールボックスをアップグレードする
  https://xserver-jp-webmail.mailbox-upgrade.example/login/index.html

※アップグレードを行わない場合は、古いメールの削除などによる容量の整理が必要です。

ご不明点がございましたら、エックスサーバー サポートセンターまでお問い合わせください。

―――――――――――――――――――
エックスサーバー株式会社
サポートセンター
https://www.xserver.ne.jp/
―――――――――――――――――――
"""))

M.append(dict(
 provider="さくらインターネット (impersonated)", url="https://help.sakura.ad.jp/notification/360000338401467/",
 label="billing", orig="2019-10-17", target="2028-03-15 23:04:58 +0900", deadline=None, phishing=True,
 frm="\"SAKURA internet Inc.\" <no-reply@sakura.ne.jp>", to="webmaster@minato-bunko.example",
 subject="[さくらインターネット] ご契約サービス更新のお手続きについて",
 body="""お客様

いつもさくらインターネットをご利用いただき、ありがとうございます。

お客様のご契約サービスについて、更新時のお支払い情報の確認ができませんでした。
このままの状態が続くと、サービスの更新が行われず、ご利用を継続できなくなります。

お手数ですが、以下の会員メニューにログインし、お支払い方法の確認・更新を
お願いいたします。

  会員メニューへログイン
  https://secure.sakura-member-login.example/menu/

※ログインの際は、会員IDとパスワードをご入力ください。
※お手続きが確認できない場合、ご契約サービスは自動的に停止されます。

さくらインターネット株式会社
"""))

M.append(dict(
 provider="DigitalOcean (impersonated)", url="https://gorganizer.net/explain/fake-digitalocean-linode-vps-hosting-billing-phish",
 label="billing", orig="2025-11-20", target="2028-03-18 04:45:19 +0000", deadline=None, phishing=True,
 frm="DigitalOcean Billing <billing@digitalocean-accounts.example>", to="founder@tinyledger.example",
 subject="Action required: your DigitalOcean account has been suspended",
 body="""Hello,

We were unable to charge the payment method on file for your DigitalOcean
account. As a result, your account has been suspended and the following
resources have been powered off:

  Droplets:            3 (prod-api-1, prod-api-2, worker-1)
  Managed Databases:   1 (db-postgresql-nyc3-01)
  Kubernetes clusters: 1 (k8s-prod)

To avoid permanent data loss, please restore access within 24 hours by
confirming your billing details:

  https://cloud.digitalocean-accounts.example/billing/restore?acct=8841023

After 24 hours, suspended Droplets, volumes and database clusters will be
scheduled for deletion and cannot be recovered.

Thank you,
The DigitalOcean Billing Team
101 Avenue of the Americas, New York, NY 10013
"""))
