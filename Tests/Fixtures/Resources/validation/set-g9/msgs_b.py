# -*- coding: utf-8 -*-
# Part B of the g9 batch: action-required, maintenance, advisory, pricing, billing, informational.
M = []

M.append(dict(
 provider="Heroku", url="https://github.com/alphagov/govuk-frontend/issues/7138",
 label="action-required", orig="2026-06-01", target="2028-03-01 15:22:08 +0000", deadline="2027-04-30",
 frm="Heroku <noreply@heroku.com>", to="frontend-team@gds-demo.example",
 subject="Action required: the Heroku-22 stack is deprecated (govuk-review-app-builder)",
 body="""Hello,

Your recently built app govuk-review-app-builder
(https://dashboard.heroku.com/apps/govuk-review-app-builder/activity) runs on the
Heroku-22 stack, which is now deprecated.

Here is how the deprecation will progress:

  * From {{2026-11-01|%B %-d, %Y}}: the first build of each Heroku-22 app in any
    30-day period will fail with a deprecation notice.
  * From {{2027-02-01|%B %-d, %Y}}: this happens to the first build of each app in
    any 7-day period.
  * From {{2027-04-01|%B %-d, %Y}}: this happens to the first build of each app
    every day.
  * On {{2027-04-30|%B %-d, %Y}}: Heroku-22 reaches end-of-life. Apps on it stop
    receiving security updates and keep running at your own risk.
  * From {{2027-05-01|%B %-d, %Y}}: building Heroku-22 apps is no longer allowed.

Please move your apps to a newer stack as soon as you can:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

The Heroku-22 End-of-Life FAQ has more detail:
https://help.heroku.com/NQNCQTEJ/heroku-22-end-of-life-faq

Thanks,
The Heroku Team
"""))

M.append(dict(
 provider="Heroku", url="https://github.com/thegrumpys/odop/issues/539",
 label="action-required", orig="2021-02-24", target="2028-03-05 17:40:33 +0000", deadline="2021-05-01",
 frm="Heroku <noreply@heroku.com>", to="maintainer@springcalc.example",
 subject="The Heroku-16 stack is deprecated",
 body="""Hi,

You have 1 personal app that uses the Heroku-16 stack, which is deprecated:

  springcalc-web

From {{2021-05-01|%B %-d, %Y}}, Heroku-16 will be end-of-life and will no longer get
security updates. From {{2021-06-01|%B %-d, %Y}}, builds for Heroku-16 apps will be
disabled.

Please upgrade your app to a newer Heroku stack before then. Instructions:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

You can see this notice at any time in the Heroku Dashboard.

- Heroku
"""))

M.append(dict(
 provider="Oracle Cloud Infrastructure", url="https://github.com/bin456789/reinstall/issues/158",
 label="maintenance", orig="2024-09-08", target="2028-03-02 03:10:45 +0000", deadline="2024-09-15",
 frm="Oracle Cloud Infrastructure <no-reply@oracle.com>", to="cloudadmin@tofuworks.example",
 subject="OCI Action Required: Instance maintenance for tenancy tofuworks (Ref: K7Q2M9XA)",
 body="""Oracle Cloud Infrastructure Customer,

The Oracle Cloud Infrastructure team has found that one or more of your
instances are unstable because of a fault in the underlying infrastructure.
During the maintenance window, which begins at the time shown below and lasts
24 hours, Oracle Cloud Infrastructure will try to move the affected instances
to healthy infrastructure. We strongly recommend that you move them yourself
before the window starts.

  Reference number:        K7Q2M9XA
  Region:                  ap-singapore-1
  Maintenance window start: {{2024-09-15 05:00|%Y-%m-%d %H:%M}} UTC
  Affected instance(s):
    ocid1.instance.oc1.ap-singapore-1.anrgiljr7c4x2example01   (debian-arm-1)

How to move an affected instance
  - Reboot the instance from the Console, CLI or API; a reboot migrates it to
    new infrastructure, or
  - Use the self-service option "Reschedule maintenance" in the Console.

To ask for a 7-day or 14-day extension, reschedule the maintenance yourself or
contact Oracle Support at least 24 hours before the action-required time.
Please quote the 8-character reference number and the instance OCID(s).

Details and FAQ:
https://docs.oracle.com/en-us/iaas/Content/Compute/References/infrastructure-maintenance.htm

Oracle Cloud Infrastructure
"""))

M.append(dict(
 provider="DigitalOcean", url="https://github.com/contradb/contra/issues/294",
 label="maintenance", orig="2018-02-20", target="2028-03-12 21:05:14 +0000", deadline="2018-03-05",
 frm="DigitalOcean <support@digitalocean.com>", to="dave@contrafiddle.example",
 subject="Upcoming Droplet Reboots (Action Recommended)",
 body="""Hello,

As part of our response to the Meltdown and Spectre CPU vulnerabilities, we
are applying security updates to the hypervisors that host your Droplets.
These updates require each affected Droplet to be rebooted.

Scheduled window:  {{2018-03-05 04:00|%Y-%m-%d %H:%M}} - {{2018-03-05 12:00|%H:%M}} UTC (NYC1)

Affected Droplets:
  contradb-prod  (192.0.2.36)

What we recommend:
  * Power cycle the Droplet yourself (power off, then on from the control
    panel) before the window. This moves it to an already patched hypervisor
    and it will then be skipped during the window.
  * A reboot from inside the operating system is not enough; it has to be
    a power cycle from the control panel or API.
  * After the reboot, check that your services came back up and update the
    kernel inside your Droplet as well.

If you do nothing, the Droplet will be rebooted for you during the window.
Expect a few minutes of downtime.

Thank you,
Team DigitalOcean
"""))

M.append(dict(
 provider="さくらインターネット (SAKURA internet)", url="http://internetcom.jp/webtech/20140214/5.html",
 label="security-advisory", orig="2014-02-14", target="2028-03-03 16:48:02 +0900", deadline=None,
 frm="さくらインターネット <support@sakura.ad.jp>", to="ops@kitahama-lab.example",
 subject="【重要】NTPリフレクション攻撃に関する注意喚起とntpdの設定確認のお願い",
 body="""会員ID: KTH20877
ご契約者名: 北浜ラボ 様

平素はさくらインターネットをご利用いただき、誠にありがとうございます。

現在、Network Time Protocol(NTP)の脆弱性を悪用した「NTP リフレクション攻撃」が、
弊社の複数のサービスにおいて多発していることを確認しております。

■ 対象サービス
  ・さくらの VPS
  ・さくらのクラウド
  ・さくらの専用サーバ
  ・専用サーバ
  ・専用サーバ Platform

■ 内容
  ntpd の monlist 機能が外部から利用できる状態のサーバは、送信元を偽装した
  問い合わせに大きな応答を返すことで、第三者への DDoS 攻撃の踏み台として
  悪用されるおそれがあります。

■ お客様へのお願い
  ご利用中のサーバで ntpd を動作させている場合は、以下をご確認ください。
  1. ntpd を最新版(4.2.7p26 以降)に更新する
  2. ntp.conf にて、外部からの問い合わせを制限する
       restrict default kod nomodify notrap nopeer noquery
       restrict -6 default kod nomodify notrap nopeer noquery
  3. 設定変更後、ntpd を再起動する
  4. 外部から「ntpdc -c monlist <サーバのIPアドレス>」に応答しないことを確認する

踏み台として利用されていることを弊社で確認した場合、やむを得ず通信を
制限させていただくことがございます。あらかじめご了承ください。

JPCERT/CC からも注意喚起が公開されております。
https://www.jpcert.or.jp/at/2014/at140001.html

さくらインターネット株式会社
"""))

M.append(dict(
 provider="Microsoft Azure", url="https://learn.microsoft.com/archive/blogs/jpaztech/smtp-block-announcement-november-2017",
 label="informational", orig="2017-11-01", target="2028-03-06 10:30:00 +0900", deadline="2017-11-15",
 frm="Microsoft Azure <azure-noreply@microsoft.com>", to="infra@sagami-densan.example",
 subject="Azure VM からのメール送信に関する動作変更のお知らせ",
 body="""Azure をご利用のお客様

Microsoft Azure では、不正な利用者による Azure からの迷惑メール送信を防ぎ、
メール送信元としての IP アドレスの信頼性(レピュテーション)を維持するため、
仮想マシンからのメール送信に関する動作を変更いたします。

■ 変更内容
  {{2017-11-15|%Y年%-m月%-d日}} 以降に作成される特定の契約種別の新規サブスクリプションでは、
  Azure VM から外部ドメイン(outlook.com、gmail.com など)への TCP ポート 25 を
  使用した直接のメール送信ができなくなります。

■ 影響を受けないもの
  ・上記日付より前に作成された既存のサブスクリプション(契約種別を問いません)
  ・認証付き SMTP リレーサービス(TCP ポート 587 など)を経由した送信

■ 推奨される構成
  VM からメールを送信する場合は、認証付き SMTP リレーサービスのご利用を
  お勧めします。リレーサービスは IP レピュテーションを維持するため、
  配信の信頼性向上にもつながります。

従量課金および CSP 契約のお客様は、サポートリクエストにより個別に制限の
解除を申請いただける場合があります。詳細は以下をご覧ください。
https://learn.microsoft.com/azure/virtual-network/troubleshoot-outbound-smtp-connectivity

本メールは、Azure サービスに関する重要なお知らせとしてお送りしています。

Microsoft Corporation
One Microsoft Way, Redmond, WA 98052
"""))

M.append(dict(
 provider="Microsoft 365 (Office 365)", url="https://support.microsoft.com/ja-jp/kb/3169958",
 label="action-required", orig="2016-10-03", target="2028-03-09 09:15:27 +0900", deadline="2017-02-01",
 frm="Microsoft Office 365 <o365mc@microsoft.com>", to="admin@hoshino-shoji.example",
 subject="【対応が必要】Office 365 でコネクタを構成している組織への重要なお知らせ (MC81377)",
 body="""Office 365 管理者様

お客様の組織では、Office 365 の電子メールでコネクタが構成されています。
{{2017-02-01|%Y年%-m月%-d日}} から、以下のシナリオにおける電子メールのリレーは、
Office 365 では既定でサポートされなくなります。

  1. オンプレミス環境からインターネット上の受信者へ配信不能レポート(NDR)を
     返し、そのメッセージを Office 365 経由でリレーする場合
  2. オンプレミスのメールサーバーから、Office 365 に登録されていないドメイン
     (例: 登録ドメインが hoshino-shoji.example の組織が partner-dom.example を
     差出人とする場合)でメッセージを送信する場合
  3. オンプレミスサーバーの転送ルールにより、外部宛てのメッセージが
     Office 365 経由でリレーされる場合

■ 必要な対応
  上記のいずれかに該当する場合は、期日までに以下のいずれかを実施してください。
  ・オンプレミス側の送信コネクタで使用する証明書のサブジェクト名(CN/SAN)を、
    Office 365 に登録済みのドメインに一致させ、受信コネクタを証明書ベースの
    識別に変更する
  ・該当する差出人ドメインを Office 365 のテナントに追加して検証する

対応が行われない場合、該当するメッセージは Office 365 で拒否されます。

詳細: https://support.microsoft.com/ja-jp/kb/3169958

Microsoft Corporation
One Microsoft Way, Redmond, WA 98052
"""))

M.append(dict(
 provider="Google Cloud", url="https://okayama-charlotte.com/action-advised-review-google-cloud-credential-security-best-practices",
 label="security-advisory", orig="2026-03-13", target="2028-03-10 05:02:19 -0800", deadline=None,
 frm="Google Cloud <CloudPlatform-noreply@google.com>", to="Charlotte Mori <charlotte@okayama-weave.example>",
 subject="[Action Advised] Review Google Cloud credential security best practices",
 body="""Secure service account and API keys to prevent unauthorized access.

MY CONSOLE

Hello Charlotte,

We are contacting you with security recommendations for managing service
account keys and API keys in your Google Cloud environment.

Long-lived credentials that are not managed carefully continue to be one of
the most common causes of unauthorized access. To keep your environment
secure and to modernise the way you authenticate, we strongly advise that you
adopt the practices below.

What you need to do

Action advised: protect the whole lifecycle of your credentials.

  * Keep keys out of code: never commit keys to source control. Store them in
    Secret Manager and inject them at runtime.
  * Turn off unused keys: audit your active keys and remove any that have not
    been used in the last 30 days.
  * Restrict API keys: no API key should be unrestricted. Limit each key to the
    APIs it needs and add application restrictions (IP addresses, HTTP
    referrers or bundle IDs).
  * Least privilege: do not grant broad roles to service accounts. Use the IAM
    recommender to remove permissions they do not use.
  * Rotate keys: set the iam.serviceAccountKeyExpiryHours policy to limit how
    long user-managed keys can live, and, where keys are not needed at all,
    enforce iam.managed.disableServiceAccountKeyCreation.

Your affected projects
  okayama-weave-prod, okayama-weave-dev

We are here to help
If you have questions, contact Google Cloud Support.

Thanks for choosing Google Cloud.

- The Google Cloud Team

(c) {{2026-03-13|%Y}} Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to Google Cloud or your account.
"""))

M.append(dict(
 provider="Google Cloud", url="https://blog.g-gen.co.jp/entry/constraints-iam-serviceAccountKeyExposureResponse",
 label="action-required", orig="2024-03-19", target="2028-03-13 08:55:40 -0700", deadline="2024-06-16",
 frm="Google Cloud <CloudPlatform-noreply@google.com>", to="gcp-admins@sugimura-sys.example",
 subject="[Action Required] Automatically disable publicly exposed Service Account keys",
 body="""MY CONSOLE

Hello Google Cloud Administrator,

We are writing to tell you that on {{2024-06-16|%B %-d, %Y}} Google Cloud will
introduce an organization policy change. It lets organization administrators
decide how Google Cloud should respond when we learn that a private service
account key has been exposed publicly. We work with several programs,
including GitHub secret scanning, to find such keys.

What you need to know

Service account keys must stay private. An exposed key can be used by bad
actors to read, change or delete your data, or to run up costly resources.
From {{2024-06-16|%B %-d, %Y}}, the constraint
constraints/iam.serviceAccountKeyExposureResponse will be enforced with the
value DISABLE_KEY in every organization that has not set it. Keys that we
detect as publicly exposed will then be disabled automatically.

What you need to do

  * If automatic disabling is acceptable, no action is required.
  * If a workload still depends on a key that may be exposed, replace the key
    before {{2024-06-16|%B %-d, %Y}}, or explicitly set the constraint to
    WAIT_FOR_ABUSE for your organization (organization ID 815520394716).
  * Make sure Essential Contacts for the "Security" category reach a mailbox
    that is read, so that you are told when a key is disabled.

Learn more:
https://cloud.google.com/resource-manager/docs/organization-policy/restricting-service-accounts

Thanks for choosing Google Cloud.

- The Google Cloud Team

(c) {{2024-03-19|%Y}} Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""))

M.append(dict(
 provider="Oracle Cloud Infrastructure", url="https://github.com/louislam/uptime-kuma/issues/2901",
 label="maintenance", orig="2023-03-01", target="2028-03-14 12:36:05 +0000", deadline="2023-03-08",
 frm="Oracle Cloud <oraclecloudadmin_ww@oracle.com>", to="louis.tan@kumaping.example",
 subject="Oracle Cloud Infrastructure: Always Free compute instance identified as idle",
 body="""Dear Oracle Cloud Infrastructure customer,

One or more Always Free compute instances in your tenancy kumaping have been
identified as idle and will be stopped on {{2023-03-08|%B %-d, %Y}}.

  Instance:  uptime-arm-01 (VM.Standard.A1.Flex, eu-frankfurt-1)
  OCID:      ocid1.instance.oc1.eu-frankfurt-1.antheljr3q6example02

Oracle considers an Always Free instance idle when, over a 7-day period:
  - CPU utilization for the 95th percentile is below 20%
  - network utilization is below 20%
  - memory utilization is below 20% (A1 shapes only)

A stopped instance keeps its boot volume, and you can start it again from the
Console. Instances in tenancies that have been upgraded to Pay As You Go are
not reclaimed; Always Free resources remain free after an upgrade.

More information:
https://docs.oracle.com/en-us/iaas/Content/FreeTier/freetier_topic-Always_Free_Resources.htm#compute__idleinstances

Oracle Cloud Infrastructure
"""))

M.append(dict(
 provider="Netlify", url="https://github.com/endoflife-date/endoflife.date/issues/6223",
 label="billing", orig="2024-11-05", target="2028-03-16 22:14:48 +0000", deadline=None,
 frm="Netlify <team@netlify.com>", to="Nemo Verma <nemo@eoltrack.example>",
 subject="Your team eoltrack has used 90% of its bandwidth allowance",
 body="""Hi Nemo,

Your team eoltrack (Open Source plan) has used 90% of the bandwidth included
in the current billing period.

  Billing period:      {{2024-10-13|%b %-d}} - {{2024-11-12|%b %-d, %Y}}
  Bandwidth included:  1 TB
  Bandwidth used:      923 GB (90%)

If usage goes over the allowance before the period ends, we will
automatically add bandwidth in packs of 100 GB at $55 per pack, billed on
your next invoice.

To see which sites are using the most bandwidth, open the team's usage page:
https://app.netlify.com/teams/eoltrack/billing/usage

If you expect higher traffic regularly, you can change your plan or contact
support about your options.

- The Netlify Team
"""))

M.append(dict(
 provider="Linode (Akamai)", url="https://github.com/linode/docs/pull/6196",
 label="pricing", orig="2023-02-21", target="2028-03-17 16:27:11 -0500", deadline="2023-04-01",
 frm="Linode <noreply@linode.com>", to="billing@cobaltreed.example",
 subject="Upcoming pricing changes to Linode services, effective {{2023-04-01|%B %-d, %Y}}",
 body="""Hello,

We are writing to let you know about changes to the pricing of several
Linode services. The new prices take effect on {{2023-04-01|%B %-d, %Y}}, and your
first invoice with the new prices will arrive in early {{2023-05-01|%B %Y}}.

What is changing for your account (cobaltreed):

  Service                         Current price   New price
  ------------------------------  -------------   ---------
  Shared CPU Linode 4GB           $20/mo          $24/mo
  Shared CPU Linode 8GB           $40/mo          $48/mo
  Backups (Linode 4GB)            $5/mo           $5/mo
  Block Storage (per GB)          $0.10/mo        $0.10/mo
  Network transfer overage (/GB)  $0.01           $0.005

Nanode 1GB instances and Dedicated CPU plans are not changing.

You do not need to do anything to keep your services running. If you want to
review or resize your Linodes before the change, you can do so from the
Cloud Manager at any time.

Details: https://www.linode.com/docs/products/platform/get-started/guides/pricing-changes/

Thank you for building with Linode.
The Linode Team
"""))

M.append(dict(
 provider="Fly.io", url="https://github.com/pcrockett/mollysocket-fly/issues/1",
 label="billing", orig="2024-01-01", target="2028-03-19 03:01:55 +0000", deadline=None,
 frm="Fly.io Billing <billing@fly.io>", to="phil@crockett-home.example",
 subject="Your Fly.io invoice for {{2023-12-01|%B %Y}} has been waived",
 body="""Good news from Fly.io! We don't collect bills smaller than $5.00.

Your usage for the billing period {{2023-12-01|%b %-d}} - {{2023-12-31|%b %-d, %Y}} in the
organization personal came to $1.94, so this month's invoice has been
waived and nothing will be charged to your card.

  Organization:   personal
  Machines:       $1.72
  Volumes:        $0.15
  Data transfer:  $0.07
  Total:          $1.94  (waived)

You can review usage at any time on your billing page:
https://fly.io/dashboard/personal/billing

Questions? Write to billing@fly.io.

- The Fly.io team
"""))

M.append(dict(
 provider="Fly.io", url="https://github.com/actualbudget/docs/issues/296",
 label="pricing", orig="2023-11-20", target="2028-03-21 18:46:23 +0000", deadline="2024-01-01",
 frm="Fly.io <noreply@fly.io>", to="rich@howell-budget.example",
 subject="We're going to start charging for dedicated IPv4 on {{2024-01-01|%B %-d}}",
 body="""Hi Rich,

Starting {{2024-01-01|%B %-d, %Y}}, dedicated IPv4 addresses on Fly.io will cost
$2/month each. Until now they have been free.

Apps in your organization personal that currently hold a dedicated IPv4
address:

  actual-budget-rh     192.0.2.201

What this means for you:
  * New apps already receive a shared IPv4 address plus unlimited Anycast
    IPv6 when first deployed, and these stay free.
  * If an app only serves HTTP/HTTPS, a shared IPv4 address is usually all you
    need. You can release the dedicated one with:
      fly ips release 192.0.2.201 -a actual-budget-rh
      fly ips allocate-v4 --shared -a actual-budget-rh
  * If you keep the dedicated address, it will appear on your invoice from
    {{2024-01-01|%B}} onward.

More details are on the community forum:
https://community.fly.io/t/we-are-going-to-start-charging-for-dedicated-ipv4-in-january-1st/15970

- The Fly.io team
"""))

M.append(dict(
 provider="Fly.io", url="https://github.com/TheOdinProject/curriculum/issues/27213",
 label="pricing", orig="2024-01-25", target="2028-03-23 20:12:09 +0000", deadline="2024-04-25",
 frm="Fly.io <noreply@fly.io>", to="eduardo@odinlearner.example",
 subject="Heads up: stopped Machines will be billed for root filesystem storage from {{2024-04-25|%B %-d}}",
 body="""Hi Eduardo,

Starting {{2024-04-25|%B %-d, %Y}}, we will begin charging for the root filesystem
(rootfs) of stopped Machines. Today a stopped Machine costs nothing; from that
date it will be billed for the disk space its rootfs uses, at $0.15 per GB
per month, the same rate as volume storage.

Running Machines are not affected by this change; their rootfs is already
included in the Machine price.

Stopped Machines in your organization personal right now:

  App                     Machine          rootfs
  ----------------------  ---------------  ------
  members-only-eduardo    3d8d9931b9e4e8   1.1 GB
  blog-api-eduardo        148e453c6d9e89   0.9 GB

For apps with low usage the monthly cost will be a few cents. If you no longer
need a stopped Machine, destroy it before {{2024-04-25|%B %-d}} with
"fly machine destroy <id>".

Announcement:
https://community.fly.io/t/we-are-going-to-start-collecting-charges-for-stopped-machines-rootfs-starting-april-25th/17825

- The Fly.io team
"""))

M.append(dict(
 provider="NTT Communications (Flexible InterConnect)", url="https://sdpf.ntt.com/services/docs/fic/service-descriptions/support/maintenance.html",
 label="maintenance", orig="2025-05-23", target="2028-03-24 17:00:00 +0900", deadline="2025-06-08",
 frm="Flexible InterConnect メンテナンス通知 <fic-maintenance@ntt.com>", to="network@ishikari-logi.example",
 subject="【FIC】計画メンテナンスのお知らせ (Japan East / {{2025-06-08|%Y/%m/%d}})",
 body="""Flexible InterConnect(FIC)をご利用のお客さま

平素より Flexible InterConnect をご利用いただき、誠にありがとうございます。
サービス品質維持のため、下記のとおり計画メンテナンスを実施いたします。

■ 作業日時
  {{2025-06-08 00:00|%Y年%-m月%-d日(%J) %H:%M}} ~ {{2025-06-08 06:00|%H:%M}} (JST)
  ※定期メンテナンスウィンドウ(日曜日 00:00~06:00)内での実施となります。

■ 対象エリア
  Japan East

■ 対象リソース
  テナント ID:  tnt-8b21c7f0
  Router:       F022012345600 (fic-router-east01)
  Port:         F012034567800 (TKY-01 1G)

■ お客さまへの影響
  Paired リソース(Primary/Secondary)の系切替に伴い、各系で最大 30 秒程度の
  通信断が発生する見込みです。冗長構成をとられている場合、通信は他系に
  迂回されます。
  作業中、FIC コンソールおよび API による参照・操作はご利用いただけません。

■ 備考
  ・メンテナンス日時の個別調整は承っておりません。
  ・作業の状況により、予告なく時間が前後する場合がございます。
  ・作業完了後、完了のお知らせをお送りいたします。

本件に関するお問い合わせは、チケットシステムよりご連絡ください。

NTTコミュニケーションズ株式会社
Flexible InterConnect サポート窓口
"""))

M.append(dict(
 provider="IDCフロンティア (IDCF Cloud)", url="https://www.idcf.jp/cloud/spec/maintenance.html",
 label="maintenance", orig="2025-02-14", target="2028-03-27 11:30:00 +0900", deadline="2025-03-14",
 frm="IDCFクラウド メンテナンス情報 <maintenance@idcf.jp>", to="infra@marunouchi-ec.example",
 subject="[IDCFクラウド] 計画メンテナンスのお知らせ [MT{{2025-03-14|%Y%m%d}}_0031]",
 body="""IDCFクラウドをご利用のお客さま

平素より IDCFクラウドをご利用いただき、誠にありがとうございます。
下記の日程で計画メンテナンスを実施いたします。ご不便をおかけいたしますが、
ご理解とご協力を賜りますようお願い申し上げます。

■ チケット番号
  MT{{2025-03-14|%Y%m%d}}_0031

■ 作業日時
  {{2025-03-14 01:00|%Y年%-m月%-d日(%J) %H:%M}} ~ {{2025-03-14 05:00|%H:%M}}

■ 作業内容
  東日本リージョン(jp-east/augusta)仮想ルーター基盤のソフトウェア更新

■ 影響
  作業時間中、対象の仮想ルーターで 1 回、最大 60 秒程度の通信断が発生します。
  作業時間中は、クラウドコンソールおよび API による仮想ルーターの操作が
  できません。

■ 対象
  アカウント:  marunouchi-ec
  ゾーン:      augusta
  仮想ルーター: r-118842-VM (ネットワーク: marunouchi-ec-network)

■ 完了通知
  作業完了後、あらためてメールにてご連絡いたします。
  メンテナンス情報はクラウドコンソール画面右上の「サポート」-「メンテナンス情報」
  からもご確認いただけます。

株式会社IDCフロンティア
"""))

M.append(dict(
 provider="IIJ (Internet Initiative Japan)", url="https://manual.iij.jp/omnibus/service-spec/20644187.html",
 label="informational", orig="2025-08-19", target="2028-03-25 04:52:37 +0900", deadline=None,
 frm="IIJ Omnibus 障害通知 <omnibus-alert@iij.ad.jp>", to="netops@kanto-seimitsu.example",
 subject="[IIJ Omnibus] 監視ポイント疎通回復のお知らせ (拠点: 大宮工場 / OMB-3308-0142)",
 body="""IIJ Omnibus サービス 障害時連絡先ご担当者様

IIJ Omnibus サービスの障害検知システムより自動送信しております。

先にお知らせしておりました監視ポイントへの疎通断について、疎通の回復を
確認いたしました。

■ 契約番号
  OMB-3308-0142

■ 拠点
  大宮工場 (サービスアダプタ SA-W2: omiya-sa01)

■ 監視ポイント
  192.0.2.10 (WAN ユニット経由)

■ 事象発生日時
  {{2025-08-19 02:14|%Y年%-m月%-d日 %H:%M}}

■ 疎通回復日時
  {{2025-08-19 04:47|%Y年%-m月%-d日 %H:%M}}

■ 備考
  本通知は疎通状態の変化を自動でお知らせするものです。原因の調査をご希望の
  場合は、拠点側の作業有無をご確認のうえ、IIJサポートセンターまでご連絡ください。
  IIJ 設備に起因する障害であった場合は、「IIJサービスオンライン」にて
  障害情報を掲載いたします。

株式会社インターネットイニシアティブ
IIJ Omnibus サービス
"""))

M.append(dict(
 provider="Google Cloud", url="https://github.com/the-blue-alliance/the-blue-alliance/issues/862",
 label="billing", orig="2014-01-05", target="2028-03-26 12:19:42 -0800", deadline=None,
 frm="Google Cloud Billing <payments-noreply@google.com>", to="greg@bluealliance-frc.example",
 subject="Action Required: Your Google Cloud Billing account has been suspended",
 body="""Hello,

Your Google Cloud Billing account 01A7C3-5D2E90-BB4F11 has been suspended.

This can happen when your credit card has expired or been cancelled and we
have not received valid payment details from you. You may also owe Google
payment for services used in earlier months.

Projects linked to this billing account:
  tba-prod (GAE_tba-prod)

Please update the account with valid payment information here:
https://console.cloud.google.com/billing/01A7C3-5D2E90-BB4F11/payment

If payments remain outstanding, your Google Cloud Billing account may be
terminated. If you have already updated your payment information, you can
ignore this message.

For questions, use this form:
https://support.google.com/code/contact/cloud_platform_billing

The Google Cloud Billing Team
"""))

M.append(dict(
 provider="Google Cloud", url="https://github.com/astuder/lightroom-map-fix/issues/28",
 label="billing", orig="2020-01-06", target="2028-03-28 07:38:14 -0800", deadline="2020-02-05",
 frm="Google Cloud Platform <CloudPlatform-noreply@google.com>", to="mitch.town@lrmaps.example",
 subject="Important information: your free trial ends in 30 days",
 body="""30 days remaining.

Your Google Cloud Platform free trial ends in 30 days, on {{2020-02-05|%B %-d, %Y}}.
Upgrade your account now and turn on automatic billing so your services keep
running when the trial is over.

  Account:          mitch.town@lrmaps.example
  Billing account:  My Billing Account (0153A2-77E1C4-9D0B32)
  Credit remaining: $287.61 of $300.00

Upgrading also removes the free trial limits. If you do not upgrade, your
Google Cloud Platform services will be paused when the trial ends, and
resources you created may be deleted later.

Upgrade my account:
https://console.cloud.google.com/freetrial

You will still have access to Always Free usage limits after you upgrade,
and you will only pay for what you use beyond them.

The Google Cloud Platform Team

(c) {{2020-01-06|%Y}} Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""))

M.append(dict(
 provider="Microsoft Azure", url="https://github.com/MicrosoftDocs/azure-docs/issues/76452",
 label="billing", orig="2021-05-07", target="2028-03-29 14:03:26 +0000", deadline="2021-06-06",
 frm="Microsoft Azure <azure-noreply@microsoft.com>", to="kids.program@codeclubkids.example",
 subject="Your Azure for Students subscription has been disabled",
 body="""Your Azure for Students subscription has been disabled

Subscription name: Azure for Students
Subscription ID:   3f6e2b1a-8c4d-4e7f-9a21-5b0c7d9e1f42

Your subscription was disabled because you have used all of your Azure
credit. Your services have been stopped, and your data will be kept until
{{2021-06-06|%B %-d, %Y}}. After that date, the subscription and its data will be
deleted permanently.

To keep using Azure, you can upgrade to a pay-as-you-go subscription before
your data is deleted. Your resources will then be available again, and you
will be billed at standard rates.

  Upgrade now: https://portal.azure.com/#blade/Microsoft_Azure_Billing/SubscriptionsBlade

If you are still a student, you may also be able to renew the offer when
your academic year renews.

Learn more about reactivating a disabled Azure for Students subscription:
https://learn.microsoft.com/azure/cost-management-billing/manage/azurestudents-subscription-disabled

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""))

M.append(dict(
 provider="Render", url="https://github.com/TheOdinProject/curriculum/issues/31384",
 label="action-required", orig="2026-09-05", target="2028-03-30 10:44:58 +0000", deadline="2026-09-12",
 frm="Render <no-reply@render.com>", to="kezy@railsdeploy.example",
 subject="Your free Render Postgres database members-db expires in 7 days",
 body="""Hi Kezy,

Your free Render Postgres database members-db will expire on {{2026-09-12|%B %-d, %Y}},
30 days after it was created.

  Database:  members-db (dpg-d2q8s1e3jp1c73a5example)
  Plan:      Free
  Region:    Oregon (US West)
  Created:   {{2026-08-13|%B %-d, %Y}}

What happens next:
  * On {{2026-09-12|%B %-d}}, the database becomes inaccessible.
  * You then have a 14-day grace period, until {{2026-09-26|%B %-d, %Y}}, to upgrade
    it to a paid instance type.
  * After the grace period, Render deletes the database and all of its data.
    This cannot be undone.

To keep your data, upgrade the database to any paid instance type:
https://dashboard.render.com/d/dpg-d2q8s1e3jp1c73a5example/upgrade

Alternatively, export a backup now and restore it elsewhere.

Learn more: https://render.com/docs/free#30-day-limit

- The Render Team
"""))

M.append(dict(
 provider="GitLab", url="https://github.com/sourcegraph/sourcegraph-public-snapshot/issues/41841",
 label="action-required", orig="2024-05-07", target="2028-03-31 09:08:31 +0000", deadline="2024-05-14",
 frm="GitLab <gitlab@mg.gitlab.com>", to="Peter Last <peter.last@codeindex.example>",
 subject="Your personal access token will expire in 7 days or less",
 body="""Hi Peter Last!

One or more of your personal access tokens will expire in 7 days or less:

  - code-host-sync (expires {{2024-05-14|%Y-%m-%d}})
  - ci-mirror (expires {{2024-05-14|%Y-%m-%d}})

These tokens were created without an expiration date. As announced for
GitLab 16.0, every token without an expiration date was given one, set to
{{2024-05-14|%B %-d, %Y}}. After that date, integrations and scripts using these
tokens will fail to authenticate.

You can create a new personal access token, or rotate these ones, in your
user settings:
https://gitlab.com/-/user_settings/personal_access_tokens

See the deprecation notice for details:
https://docs.gitlab.com/ee/update/deprecations.html#non-expiring-access-tokens

You're receiving this email because of your account on gitlab.com.
Manage all notifications: https://gitlab.com/-/profile/notifications
"""))
