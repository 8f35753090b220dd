#!/usr/bin/env python3
"""Writes set-g23.mbox: 32 labelled provider notices (non-AWS), then re-reads and checks it.
Standard library only, deterministic."""
import datetime as dt
import email.charset
import email.header
import email.message
import email.utils
import mailbox
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g23.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
JA_WD = "月火水木金土日"

def shifter(orig_sent, target):
    o = dt.date.fromisoformat(orig_sent)
    t = dt.date.fromisoformat(target)
    delta = t - o
    def sh(s):
        return dt.date.fromisoformat(s) + delta
    return sh

def render(text, sh):
    def rep(m):
        d = sh(m.group(1))
        fmt = m.group(2) or "iso"
        if fmt == "iso":
            return d.isoformat()
        if fmt == "ja":
            return f"{d.year}年{d.month}月{d.day}日({JA_WD[d.weekday()]})"
        if fmt == "jas":
            return f"{d.year}年{d.month}月{d.day}日"
        if fmt == "us":
            return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
        if fmt == "usd":
            return d.strftime("%A, %B ") + str(d.day)
        if fmt == "ctime":
            return d.strftime("%a %b ") + f"{d.day:2d}" + d.strftime(" %Y")
        if fmt == "dmy":
            return d.strftime("%d/%m/%Y")
        if fmt == "slash":
            return d.strftime("%Y/%m/%d")
        return d.strftime(fmt)
    return re.sub(r"\[\[(\d{4}-\d{2}-\d{2})(?:\|([^\]]+))?\]\]", rep, text)

N = []  # notices

def add(**kw):
    N.append(kw)

# 1 Hetzner netscan (Mina)
add(src="https://github.com/MinaProtocol/mina/issues/7053", provider="Hetzner", label="abuse",
    orig="2020-12-12", target="2028-03-03", time="09:41:07", tz="+0100", deadline="2020-12-12",
    frm="Hetzner Abuse Team <abuse@hetzner.com>", to="ops@ledgerfield.example",
    subject="Abuse Message [AbuseID:9B21F0:2A]: NetscanOutLevel: Netscan detected from 203.0.113.47",
    body="""Dear Mr Rafael Okonkwo,

Our monitoring shows that your server has been used to attack other systems.
Please take whatever steps are needed to stop this and to keep it from happening again.

In addition, we ask you to send us a brief reply explaining how this came about and what you are going to do about it.
If the steps below are not completed, we may block your server at any point after [[2020-12-12]] 15:08:19 +0100.

Next steps:
- Fix the problem
- Check whether the problem is still present using this link: https://abuse.hetzner.com/retries/?token=4f1c0a9e27d35b6680c1e2f9a7d4b310
- Once the check passes, submit your statement using this link: https://abuse.hetzner.com/statements/?token=4f1c0a9e27d35b6680c1e2f9a7d4b310

Please note:
Keep the abuse ID [AbuseID:9B21F0:2A] exactly as it is in the subject line of any reply. Replies written by hand are only processed once a lock has been applied. For other questions, our support staff can be reached at support@hetzner.com.

##########################################################################
#               Netscan detected from host     203.0.113.47              #
##########################################################################

time                      protocol src_ip        src_port    dest_ip        dest_port
---------------------------------------------------------------------------------
[[2020-12-11|ctime]] 22:14:03 TCP  203.0.113.47  48112  =>  10.20.0.14      8302
[[2020-12-11|ctime]] 22:14:05 TCP  203.0.113.47  48116  =>  172.16.4.9      8302
[[2020-12-11|ctime]] 22:14:11 TCP  203.0.113.47  48130  =>  192.168.10.21   8302
[[2020-12-11|ctime]] 22:15:40 TCP  203.0.113.47  51022  =>  100.64.3.7      8302

Kind regards

Abuse department
Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
abuse@hetzner.com
""")

# 2 Hetzner netscan (hiddify)
add(src="https://github.com/hiddify/Hiddify-Manager/issues/4485", provider="Hetzner", label="abuse",
    orig="2024-09-23", target="2028-03-09", time="06:12:44", tz="+0200", deadline="2024-09-23",
    frm="Hetzner Abuse Team <abuse@hetzner.com>", to="admin@tunnelyard.example",
    subject="Abuse Message [AbuseID:D4E8A1:7F]: NetscanOutLevel: Netscan detected from 198.51.100.83",
    body="""Dear Ms Leyla Farahani,

We have received signs of an attack that originated from your server.
Please do everything necessary to end it and to prevent a repeat.

We also ask for a short written reply describing the cause and the measures you are taking.
Unless the following steps are completed, your server may be locked at any time after [[2024-09-23]] 18:12:44 +0200.

What to do:
- Remove the cause
- Re-test using: https://abuse.hetzner.com/retries/?token=a83d5f0b9c1e47d2806e3b5c7f2a9d14
- After a successful re-test, file your statement using: https://abuse.hetzner.com/statements/?token=a83d5f0b9c1e47d2806e3b5c7f2a9d14

Important:
Do not alter the abuse ID [AbuseID:D4E8A1:7F] in the subject line when you write back. Answers sent by e-mail are only dealt with after a lock. General questions can go to support@hetzner.com.

##########################################################################
#               Netscan detected from host     198.51.100.83             #
##########################################################################

time                      protocol src_ip         src_port    dest_ip         dest_port
----------------------------------------------------------------------------------
[[2024-09-22|ctime]] 23:51:09 TCP  198.51.100.83  40218  =>  10.0.12.5       443
[[2024-09-22|ctime]] 23:51:09 TCP  198.51.100.83  40220  =>  10.0.12.6       443
[[2024-09-22|ctime]] 23:52:31 TCP  198.51.100.83  40388  =>  172.20.1.1      443
[[2024-09-22|ctime]] 23:53:02 TCP  198.51.100.83  40412  =>  192.168.1.254   443

Kind regards

Abuse department
Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
""")

# 3 DigitalOcean DDoS disconnect
add(src="https://github.com/trailofbits/algo/issues/14615", provider="DigitalOcean", label="abuse",
    orig="2023-05-10", target="2028-03-14", time="07:03:12", tz="+0000", deadline="none",
    frm="DigitalOcean Support <support@digitalocean.com>", to="kim.arvidsson@northmarsh.example",
    subject="Your Droplet vpn-ams3-02 has been disconnected from the network",
    body="""Hi,

This message is to inform you that your Droplet vpn-ams3-02 at 203.0.113.120 was taken off the network after it sent 41,806 pps as part of a 127,340 pps Distributed Denial of Service attack launched from 2 Droplet(s) on our platform against 192.0.2.66.

Attack details:
Source IP: 203.0.113.120
Total attack traffic: 127,340 pps
Contribution of vpn-ams3-02: 41,806 pps
Target: 192.0.2.66
Number of Droplets involved: 2

The traffic leaving your Droplet fits a malicious pattern shared with other Droplets that were aimed at a single victim. We know this interruption is painful for your work, but we had to disconnect the Droplet to limit further damage.

Getting back online:
Reply to this ticket with an explanation of the traffic and the steps you have taken to secure the Droplet. Our team will review your reply and can restore networking, or provide console access so you can investigate and recover your data.

Ticket: #7716203

Thanks,
DigitalOcean Trust & Safety
""")

# 4 GCP suspicious activity (pangeo)
add(src="https://github.com/pangeo-data/pangeo-cloud-federation/issues/873", provider="Google Cloud", label="security-incident",
    orig="2020-11-11", target="2028-03-06", time="03:27:55", tz="-0800", deadline="none",
    frm="Google Cloud Platform <google-cloud-compliance@google.com>", to="cloud-admins@tidewater-lab.example",
    subject="Action Required: Suspicious Activity Observed on Google Cloud Project tidewater-hub (id: tidewater-hub-402117)",
    body="""Dear Developer,

Our systems have flagged that your Google Cloud Platform / API project tidewater-hub (id: tidewater-hub-402117) may have been compromised and put to work mining cryptocurrency.

The activity came from IP 198.51.100.24 and VM ID 5518203946671120934:us-central1-b, connecting to destination IP 192.0.2.140 on remote port 4444 between [[2020-11-10]] 10:37 and [[2020-11-10]] 10:51 (Pacific Time), and it may be continuing.

Please check whether this activity was intended. Cryptocurrency mining is frequently linked to fraudulent accounts and payment instruments, so we require verification before mining is allowed on our platform.

If you do intend to mine and have not yet applied for an Invoiced Billing Account (support.google.com/cloud/contact/apply_for_invoiced_billing), please apply. More guidance is available in the Cloud Security Help Center (support.google.com/cloud/answer/6262505).

If you think the project has been compromised, secure all of your instances (https://support.google.com/cloud/answer/6262505); this may mean shutting them down and creating new ones, rotating credentials and reviewing IAM members.

Sincerely,
The Google Cloud Platform / API Trust & Safety Team
""")

# 5 GCP suspension (airflow)
add(src="https://github.com/puckel/docker-airflow/issues/507", provider="Google Cloud", label="abuse",
    orig="2020-02-18", target="2028-03-10", time="01:16:40", tz="-0800", deadline="none",
    frm="Google Cloud Platform <google-cloud-compliance@google.com>", to="data-eng@pellucid-retail.example",
    subject="[Action Advised] Google Cloud Project pipeline-prod (id: pipeline-prod-88213) suspended",
    body="""Dear Developer,

We have found that your Google Cloud Project pipeline-prod (id: pipeline-prod-88213) is mining cryptocurrency, and every project resource showing this behaviour has been suspended.

This breaches the Google Cloud Platform Terms of Service or the Terms of Service of the Google API in use.

Details of the activity:
    abuse_start_timestamp: "[[2020-02-17]] 16:17"
    abuse_stop_timestamp: "[[2020-02-17]] 16:25"
    source_ips: "203.0.113.58"
    destination_ips: "192.0.2.201"
    affected resource: instance airflow-worker-1 (asia-southeast1-a)

To get your resources back, sign in as a project owner of pipeline-prod (id: pipeline-prod-88213), open the project in the Cloud Console and choose "Request an appeal". In the appeal, explain what the instance was running and what you have changed.

If the project is not appealed, its resources may be deleted.

Sincerely,
The Google Cloud Platform / API Trust & Safety Team
""")

# 6 GCP suspension (Chinese, ProxySU)
add(src="https://github.com/proxysu/ProxySU/issues/37", provider="Google Cloud", label="abuse",
    orig="2020-10-11", target="2028-03-15", time="09:02:18", tz="-0700", deadline="none",
    frm="Google Cloud Platform <google-cloud-compliance@google.com>", to="wei.liang@qinghe-studio.example",
    subject="Google Cloud Platform: 您的项目资源已被暂停 (id: quiet-harbor-318842)",
    body="""概要
您的项目 My First Project (id: quiet-harbor-318842) 被检测到在虚拟机上挖掘加密货币（挖矿），这违反了我们的免费试用服务条款，与该项目关联的资源现已暂停。

详细信息
受影响的项目/虚拟机：My First Project (id: quiet-harbor-318842) / instance-2

说明：该虚拟机的挖矿行为违反了免费试用服务条款，因此相关虚拟机实例已被暂停。

时间范围：[[2020-10-11]] 05:51 至 [[2020-10-11]] 05:58（美国太平洋时间）

源 IP：198.51.100.173

后续步骤
请确认您的项目没有遭到入侵，并重新阅读适用的服务条款，以免今后再次违反政策。如您认为此判断有误，请以项目所有者身份登录 Cloud Console 并提出申诉。

若不采取措施并提交申诉，您的项目可能会被删除。

Google Cloud Platform / API 信任与安全团队
""")

# 7 GCP suspension (openmptcprouter)
add(src="https://github.com/Ysurac/openmptcprouter/issues/2344", provider="Google Cloud", label="abuse",
    orig="2022-04-20", target="2028-03-20", time="14:45:09", tz="-0700", deadline="none",
    frm="Google Cloud Platform <google-cloud-compliance@google.com>", to="t.brandao@fieldlink.example",
    subject="Google Cloud Platform: resources in project omr-gateway (id: omr-gateway-551093) suspended for cryptocurrency mining",
    body="""Dear Developer,

We have detected that resources in your Google Cloud Project omr-gateway (id: omr-gateway-551093) were used for cryptocurrency mining. Mining without prior written approval from Google is not permitted under the Google Cloud Platform Terms of Service, so the resources involved have been suspended.

Affected resource: VM omr-vps-1 (europe-west1-b), external IP 192.0.2.77
Observed: [[2022-04-19]] 21:02 to [[2022-04-19]] 21:40 (Pacific Time)

What you can do:
- If you did not start this activity, your project may have been compromised. Review running processes, SSH keys and service account keys, and rebuild the instance from a trusted image.
- If you believe the detection is wrong, submit an appeal from the Cloud Console as the project owner, describing the workload the VM was running.

Projects that are not appealed may eventually be shut down.

Sincerely,
The Google Cloud Platform / API Trust & Safety Team
""")

# 8 Heroku security incident
add(src="https://github.com/OWASP/threat-dragon/issues/419", provider="Heroku (Salesforce)", label="security-incident",
    orig="2022-04-15", target="2028-03-21", time="23:59:02", tz="-0400", deadline="none",
    frm="Heroku <noreply@heroku.com>", to="maintainers@riskmodel-tools.example",
    subject="Heroku security notification: GitHub integration tokens",
    body="""Hello,

We are contacting you about a security incident that involves the Heroku GitHub integration.

Our investigation found that OAuth tokens issued to the Heroku Dashboard GitHub integration were used by an unauthorised party to access and download data from private GitHub repositories belonging to some Heroku customers. Your account has one or more apps connected to GitHub through this integration, including:

  - riskmodel-api
  - riskmodel-web

Deploys made with the Heroku Git (CLI) remote are not affected by this incident.

What we have done:
- We revoked the OAuth tokens for the Heroku GitHub integration. Until further notice you cannot deploy from GitHub through the Heroku Dashboard or automation.

What we recommend you do:
- Review the audit logs of your GitHub organisation and repositories for unexpected clones or changes since [[2022-04-07|us]].
- Rotate any secrets stored in your repositories, and the credentials your apps keep in config vars.
- Follow https://status.heroku.com/incidents/2413 for updates.

We are sorry for the disruption and will send further information as the investigation continues.

The Heroku Security Team
""")

# 9 Google OAuth client secret exposed
add(src="https://github.com/pinformatics/TAMU-CAT/issues/39", provider="Google Cloud", label="security-incident",
    orig="2026-09-03", target="2028-03-22", time="16:08:31", tz="+0000", deadline="none",
    frm="Google Cloud <CloudPlatform-noreply@google.com>", to="research-it@brazoslab.example",
    subject="[Action Required] Publicly exposed OAuth client secret in project cat-portal (cat-portal-271904)",
    body="""Dear Google Cloud customer,

We found an OAuth 2.0 client secret belonging to your project cat-portal (cat-portal-271904) in publicly accessible content on GitHub.

  Client ID:  718290044213-q8k2v0cm4t7b1f6s.apps.googleusercontent.com
  Found at:   https://github.com/brazoslab/cat-portal/blob/9f3c1ad/config/settings.py
  Detected:   [[2026-09-02|us]]

Anyone who has this secret can impersonate your application when requesting user authorisation. Treat it as compromised.

We recommend that you:
1. Create a new client secret for this OAuth client in the Google Cloud console (APIs & Services > Credentials) and deploy it only through a secret store or environment configuration.
2. Disable and delete the exposed secret once your application uses the new one.
3. Remove the secret from your repository, including its history.
4. Review your project for unexpected activity.

To learn more, see https://cloud.google.com/docs/security/compromised-credentials.

Sincerely,
The Google Cloud Team
""")

# 10 Sakura rental server: unauthorized files (JA)
add(src="https://help.sakura.ad.jp/rs/2237", provider="さくらインターネット (Sakura Internet)", label="security-incident",
    orig="2024-05-14", target="2028-03-08", time="11:20:00", tz="+0900", deadline="none", ja=True,
    frm="さくらインターネット <support@sakura.ad.jp>", to="webmaster@hinode-kobo.example",
    subject="【重要】不正なファイルの設置を検知しました（さくらのレンタルサーバ）",
    body="""会員ID：qzn48127
ご契約者名：日之出工房 様
初期ドメイン：hinode-kobo.sakura.ne.jp

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

お客様のサーバー領域において、第三者によって設置されたと思われる不正なファイルを検知いたしました。
FTPパスワードの漏えい、またはWordPress等のウェブアプリケーションの脆弱性を悪用された可能性がございます。

共用サーバーのため、他のお客様への影響を防ぐ目的で、弊社にて以下の対応を実施いたしました。

■ 実施内容
・確認できたファイルすべてのパーミッションを「000」に変更（アクセス不可の状態）
・実施日時：[[2024-05-14|ja]] 10:45

■ 検知したファイル（一部）
/home/hinode-kobo/www/wp-content/uploads/2024/05/class-cache.php
/home/hinode-kobo/www/wp-includes/images/smilies/.ico7.php

■ お客様にて実施いただきたいこと
1. FTP・コントロールパネル・WordPress管理者のパスワードを変更してください。
2. バックドアが残っている可能性が高いため、ウェブコンテンツを一度すべて削除し、安全なバックアップまたは最新版から再設置してください。
3. 利用中のプラグイン・テーマを最新版に更新してください。

対応が完了しましたら、本メールへの返信にてお知らせください。

さくらインターネット株式会社
カスタマーセンター
""")

# 11 SoftLayer hypervisor reboots
add(src="https://github.com/nodejs/build/issues/305", provider="IBM SoftLayer", label="maintenance",
    orig="2015-12-10", target="2028-03-02", time="19:30:00", tz="-0600", deadline="2015-12-12",
    frm="SoftLayer Notifications <no-reply@softlayer.com>", to="infra@buildfarm.example",
    subject="Scheduled Maintenance: Hypervisor updates and Virtual Server reboots",
    body="""Dear customer,

Our Systems Engineers have been told about a potential vulnerability that affects Virtual Server Instances (VSIs). Together with our technology partners we have prepared a fix. Applying it requires maintenance on the hypervisor nodes and a reboot of the virtual servers that run on them.

Below is the overall schedule, per data center. Live progress will be posted in the data-center-specific maintenance notifications, which you can follow in the portal or by e-mail if you are subscribed. Virtual servers ordered before the maintenance will be rebooted as part of it.

[[2015-12-12|usd]]
- 15:00 UTC - SYD01
- 17:00 UTC - HKG02
- 23:00 UTC - AMS01

[[2015-12-13|usd]]
- 00:00 UTC - LON02
- 06:00 UTC - DAL05
- 17:00 UTC - SNG01

[[2015-12-14|usd]]
- 05:00 UTC - WDC01
- 16:00 UTC - TOK02

[[2015-12-15|usd]]
- 06:00 UTC - HOU02
- 08:00 UTC - SEA01

Your affected virtual servers:
  test-osx-builder-1.buildfarm.example   AMS01
  test-linux-arm-3.buildfarm.example      AMS01

We apologise for the inconvenience and thank you for your patience.

SoftLayer Technologies, an IBM Company
""")

# 12 GCS gsutil auth deprecation
add(src="https://github.com/aporat/store-receipt-validator/issues/163", provider="Google Cloud", label="action-required",
    orig="2022-08-18", target="2028-03-01", time="18:04:25", tz="+0000", deadline="2023-01-31",
    frm="Google Cloud <CloudPlatform-noreply@google.com>", to="devops@quillmark.example",
    subject="[Action Required] Update gsutil authentication before [[2023-01-31|us]]",
    body="""Hello Google Cloud Storage Customer,

We are letting you know that the user-account authentication flow used by the stand-alone installation of the Cloud Storage CLI, gsutil, will be deprecated on [[2023-01-31|us]]. Our records show that you used user account authentication with a stand-alone gsutil install to reach Cloud Storage within the last 30 days.

What do I need to know?
After [[2023-01-31|us]], stand-alone gsutil will no longer accept user credentials obtained through its own "gsutil config" flow. Installs that come with the Google Cloud CLI (gcloud) and authenticate through gcloud are not affected.

What do I need to do?
Before [[2023-01-31|us]], either:
  - switch to the gsutil that ships with the Google Cloud CLI and sign in with "gcloud auth login", or
  - authenticate stand-alone gsutil with a service account key instead of a user account.

Projects where we saw this usage:
  quillmark-assets (quillmark-assets-30218)

If you have questions, contact Google Cloud Support.

Thanks for choosing Google Cloud Storage.
— The Google Cloud Storage Team
""")

# 13 App Engine Go 1.6/1.8 deprecation
add(src="https://github.com/Kisesy/gscan_quic/issues/147", provider="Google App Engine", label="action-required",
    orig="2018-08-01", target="2028-03-07", time="20:11:03", tz="+0000", deadline="2018-11-01",
    frm="Google Cloud Platform <CloudPlatform-noreply@google.com>", to="owner@lanternpost.example",
    subject="[Action Required] Go 1.6 and Go 1.8 on App Engine standard are being deprecated",
    body="""Hello Google App Engine Standard Environment Customer,

We are writing because support for Go 1.6 and Go 1.8 on App Engine is being deprecated, and from [[2018-11-01|us]] you will no longer be able to deploy with these language versions.

The Go open source project no longer maintains Go 1.6 or 1.8, so they receive no updates or security fixes. Under our deprecation policy, new deployments that use these versions will be refused starting [[2018-11-01|us]].

What do I need to know?
- From [[2018-11-01|us]], new versions of App Engine standard apps using Go 1.6 or Go 1.8 cannot be deployed.
- Apps already deployed on these runtimes keep serving for now, but we recommend redeploying on a supported version in every case.
- We are planning to shut down existing Go 1.6 and 1.8 deployments in 2019 and will announce the schedule separately later this year.

What do I need to do?
Redeploy your App Engine standard apps with Go 1.9 before [[2018-11-01|us]]. The Go release history describes the changes, notably the context package added in Go 1.7.

Projects linked to your account that use Go 1.6 or 1.8:
  lanternpost-api (lanternpost-api-1183)
  lanternpost-cron (lanternpost-cron-2290)

— The Google App Engine Team
""")

# 14 Heroku-22 stack deprecation
add(src="https://github.com/codebar/planner/issues/2640", provider="Heroku", label="action-required",
    orig="2026-06-10", target="2028-03-13", time="10:22:48", tz="+0000", deadline="2027-04-30",
    frm="Heroku <noreply@heroku.com>", to="tech@meetupcircle.example",
    subject="Your app's stack is deprecated (Heroku-22)",
    body="""Your recently built app circle-production (https://dashboard.heroku.com/apps/circle-production/activity) runs on the Heroku-22 stack, which is now deprecated.

Timeline:
- From [[2026-11-01|us]], the first build of each Heroku-22 app in any 30-day period will fail with a deprecation notice.
- From [[2027-02-01|us]], that will happen to the first build of each app in any 7-day period.
- From [[2027-04-01|us]], the first build of each app every day will fail.
- On [[2027-04-30|us]], Heroku-22 reaches end-of-life: apps on it stop receiving security updates and run at your own risk.
- From [[2027-05-01|us]], Heroku-22 apps can no longer be built.

Please move to a newer stack (https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack) as soon as you can.

More details are in the Heroku-22 End-Of-Life FAQ (https://help.heroku.com/NQNCQTEJ/heroku-22-end-of-life-faq).

Heroku
""")

# 15 SparkPost TLS 1.0 final notice
add(src="https://github.com/cividesk/com.cividesk.email.sparkpost/issues/61", provider="SparkPost", label="action-required",
    orig="2018-07-03", target="2028-03-16", time="15:00:12", tz="-0400", deadline="2018-07-09",
    frm="SparkPost <no-reply@sparkpost.com>", to="it@harborfund.example",
    subject="Final Notice: SparkPost Deprecating TLSv1.0 on [[2018-07-09|us]]",
    body="""Hello,

This is our last reminder: on [[2018-07-09|usd]], SparkPost will stop accepting TLSv1.0 connections to its APIs and SMTP relay. Only TLSv1.1 and TLSv1.2 will be supported from then on.

Our records show that your account (ID 418273) sent API requests over TLSv1.0 during the past 14 days. Unless your client is updated, those requests will fail after the cutoff and mail will not be sent.

What you should do now:
1. Check which TLS versions your HTTP client or SMTP library negotiates. We have a test hostname that only accepts TLSv1.0: point your client at it, and if the connection succeeds you still rely on the old protocol.
2. Upgrade the library, runtime or OpenSSL version so that TLSv1.2 is used.
3. Send a test message after the change.

Instructions are in our support article: https://www.sparkpost.com/docs/tech-resources/tlsv1-0-test-hostname/

Thank you,
The SparkPost Team
""")

# 16 Azure Blueprints retirement
add(src="https://github.com/Azure/azure-blueprints/pull/74", provider="Microsoft Azure", label="action-required",
    orig="2026-06-25", target="2028-03-17", time="17:41:20", tz="+0000", deadline="2027-01-31",
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to="cloud-governance@ostrava-logistics.example",
    subject="Action required: Transition to Azure Deployment Stacks before Azure Blueprints (Preview) is retired on [[2027-01-31|us]]",
    body="""You're receiving this email because you use Azure Blueprints (Preview).

Azure Blueprints (Preview) will be retired on [[2027-01-31|us]]. The retirement is phased and begins on [[2026-07-31|us]]; from that date you will no longer be able to create new blueprint definitions.

Recommended action
Move your blueprint definitions and assignments to Azure Deployment Stacks together with template specs (or templates kept in Git) before [[2027-01-31|us]]. After that date, blueprint assignments can no longer be managed and the Blueprints API will stop responding.

Affected subscriptions
  Ostrava-Prod     (c3a1e8f2-5b7d-4e90-8a61-2f0d9b4c7e13)
  Ostrava-Shared   (7e9b0c44-1d2a-4f38-b6e5-90a8c3d1f527)

Help and support
- Migration guidance: https://aka.ms/AzureBlueprintsMigration
- Frequently asked questions: https://aka.ms/AzureBlueprintsRetirementFAQ
- For technical questions, open a support request in the Azure portal.

Account information
Subscription owners and administrators receive this message.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 17 Pantheon TLS 1.0 end of support
add(src="https://github.com/pantheon-systems/documentation/pull/1675", provider="Pantheon", label="informational",
    orig="2016-06-15", target="2028-03-23", time="21:05:33", tz="-0500", deadline="2016-06-30",
    frm="Pantheon <noreply@pantheon.io>", to="webteam@civicarts.example",
    subject="Pantheon is ending support for TLS 1.0 on [[2016-06-30|us]]",
    body="""Hi there,

To keep pace with current security standards, Pantheon will stop supporting TLS 1.0 for HTTPS traffic to sites on our platform around [[2016-06-30|us]]. After that, HTTPS connections will need TLS 1.1 or TLS 1.2.

Do I need to do anything?
Almost certainly not. Modern browsers and devices already use TLS 1.1 or 1.2, and very few sites need to act.

If your audience depends on older browsers or devices that only speak TLS 1.0, you can keep serving them by routing your site through Cloudflare, which lets you enable TLS 1.0 at its edge. Our documentation explains the setup: https://pantheon.io/docs/ssl-tls/

Sites on your account:
  civicarts-live (civicarts.example)
  civicarts-events (events.civicarts.example)

Questions? Reply to this email or contact support from your dashboard.

The Pantheon Team
""")

# 18 Sakura phishing (JA)
add(src="https://help.sakura.ad.jp/notification/n-510/", provider="さくらインターネット (imitated)", label="billing", phishing=True,
    orig="2023-05-08", target="2028-03-24", time="04:13:52", tz="+0900", deadline="2023-05-10", ja=True,
    frm="SAKURA internet <info@sakura-domain-renew.example>", to="info@matsuba-dental.example",
    subject="更新通知が必要 matsuba-dental.example",
    body="""お客様各位

いつもさくらインターネットをご利用いただきありがとうございます。

ご登録のドメイン「matsuba-dental.example」の更新手続きが、お支払い情報の不備により完了できませんでした。

このままの状態が続きますと、[[2023-05-10|jas]] にドメインおよびメールアカウントが停止され、ウェブサイトの表示やメールの送受信ができなくなります。

サービス停止を避けるため、下記より会員メニューにログインし、お支払い情報を更新してください。

▼ 更新手続きはこちら
http://sakura-member-login.example/renew?d=matsuba-dental.example

※ 期限までに手続きが確認できない場合、ドメインは自動的に解放されます。
※ 本メールは送信専用です。

さくらインターネット株式会社
ドメイン管理センター
""")

# 19 Microsoft phishing: account disabled
add(src="https://cybersecurityintelligence.com/blog/fake-microsoft-phishing-scam-2162.html", provider="Microsoft (imitated)", label="security-incident", phishing=True,
    orig="2017-03-10", target="2028-03-27", time="02:48:10", tz="+0000", deadline="2017-03-12",
    frm="Microsoft Department <account-security@ms-verify-online.example>", to="p.varga@kettlebrook.example",
    subject="Request 4187 - on pending",
    body="""Your access to your e-mail account has been stopped. For your protection we had to switch off your online access. This may be because your address was changed recently or because incorrect details were submitted when you first registered.

Please confirm your account within the next 48 hours to avoid permanent suspension of online access. Once your account is confirmed you can sign in as normal.

Use our secure confirmation page to complete an effective online authentification:
http://login-verify-ms.example/account/confirm

We value your privacy and will never share your personal information with third parties without your consent.

Sincerely, Dana Whitcombe
Vice President Customer E-mail Service
Microsoft Department

Please do not reply this e-mail as it not monitored
""")

# 20 Microsoft phishing: old versions closed (MailGuard)
add(src="https://www.mailguard.com.au/blog/phishing-email-supposedly-from-microsoft-threatens-to-deactivate-your-email-account", provider="Microsoft (imitated)", label="action-required", phishing=True,
    orig="2020-01-13", target="2028-03-28", time="08:31:27", tz="+1100", deadline="2020-01-22",
    frm="Email IT Support <it-support@microsoft.com>", to="reception@lowerbay-clinic.example",
    subject="reception@lowerbay-clinic.example",
    body="""Microsoft
Email IT Support

Dear reception@lowerbay-clinic.example,

Please be informed that all old versions and non-active users from ([[2020-01-12|dmy]]) will be closed.

To keep using your mailbox, confirm your email address below. Accounts that are not confirmed will be automatically deleted after [[2020-01-22|dmy]].

[ Confirm ]  https://mailbox-upgrade-portal.example/confirm?u=reception

Thank you,
Microsoft Email IT Support
This is an automated message. Please do not reply.
""")

# 21 ConoHa surcharge (JA)
add(src="https://conoha.jp/surcharge/", provider="ConoHa (GMOインターネットグループ)", label="pricing",
    orig="2022-12-20", target="2028-03-04", time="15:00:00", tz="+0900", deadline="2023-02-01", ja=True,
    frm="ConoHa <info@conoha.jp>", to="shimizu@kurumi-apps.example",
    subject="【ConoHa】「サービス維持調整費」導入のご案内",
    body="""ConoHa をご利用のお客様

平素よりConoHaをご利用いただき、誠にありがとうございます。

ConoHaでは、これまで国内最安値水準での価格を維持できるよう努めてまいりました。
しかしながら、国内の電気料金の急激な上昇や為替の変動、世界的な半導体不足などにより、
コスト削減の取り組みだけでは費用の増加を吸収できない状況となりました。

つきましては、サービス品質を維持・向上させるため、下記のとおり「サービス維持調整費」を
ご請求させていただくことといたしました。

■ 発生日
[[2023-02-01|ja]] 0:00 以降のお手続き・ご請求分より

■ 金額
税抜ご請求額 × 10%

■ 対象
ConoHa VPS、ConoHa WING ほか各種有料サービスの新規ご契約・契約更新
（記載のない有料サービスは対象外です）

■ 今後について
本調整費は、電気料金や為替が昨年と同程度の水準に戻った場合には撤廃も含めて見直す予定です。
市場の動向に応じて随時見直しを行ってまいります。

お客様にはご負担をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

GMOインターネットグループ株式会社
ConoHa 運営チーム
""")

# 22 Consumption tax change + maintenance (JA)
add(src="https://www.supernova-sv.com/posts/news/vykqzf", provider="SUPERNOVA (レンタルサーバー)", label="pricing",
    orig="2019-09-10", target="2028-03-11", time="12:00:00", tz="+0900", deadline="2019-10-01", ja=True,
    frm="SUPERNOVA サポート <support@supernova-sv.com>", to="admin@komorebi-shop.example",
    subject="【重要】消費税率の変更およびシステムメンテナンスのお知らせ",
    body="""お客様各位

いつも当サービスをご利用いただき、ありがとうございます。
消費税法の改正に関する重要なお知らせです。

[1] 消費税率の変更
消費税法の改正により、[[2019-10-01|ja]] から当サービスの各種料金に消費税10%を適用いたします。

[2] システムメンテナンス
税率変更に対応するため、システムメンテナンスを行います。
メンテナンス中は、すべてのサービスをご利用いただけません。

  期間：[[2019-09-30|ja]] 10:00 ～ [[2019-10-01|ja]] 15:00（予定）

[3] お申し込み中のお手続き
メンテナンスの開始（[[2019-09-30|ja]] 10:00）時点でお支払いが済んでいない各種お申し込みは、
自動的にキャンセルとなります。マイページやメールに記載の支払期限にかかわらず取り消されますので、
お早めにお手続きください。

ご不便をおかけいたしますが、ご理解のほどお願い申し上げます。

SUPERNOVA サポートセンター
""")

# 23 Payment provider maintenance (JA)
add(src="https://aracre.net/news/maintenance20250417", provider="アラクレ (決済連携サービス)", label="maintenance",
    orig="2025-05-30", target="2028-03-18", time="10:30:00", tz="+0900", deadline="2025-06-12", ja=True,
    frm="アラクレ運営事務局 <info@aracre.net>", to="keiri@sorairo-juku.example",
    subject="【メンテナンスのお知らせ】決済会社メンテナンスに伴う一部機能の停止について",
    body="""アラクレをご利用のお客様

平素より「アラクレ」をご利用いただき、誠にありがとうございます。
決済代行会社よりメンテナンス実施の連絡がございましたので、ご案内いたします。

────────────────────────────
1. 実施日時（24時間表記）
────────────────────────────
・[[2025-06-05|ja]] 22:30 ～ [[2025-06-06|ja]] 05:00【中止】
・[[2025-06-12|ja]] 22:30 ～ [[2025-06-13|ja]] 05:00
・[[2025-06-23|ja]] 22:30 ～ [[2025-06-24|ja]] 05:00【追加】

────────────────────────────
2. 実施箇所
────────────────────────────
決済会社（NTTドコモ）

────────────────────────────
3. 影響内容
────────────────────────────
・決済申込、売上、再与信：影響はございません。
・キャンセル、継続終了：処理の際にエラーとなる場合がございます。
・取引確定データの取込みが遅れる見込みです。
    [[2025-06-13|ja]] 17:00 までに取込み完了予定
    [[2025-06-24|ja]] 17:00 までに取込み完了予定
  このため、継続課金の結果通知も通常より遅れてお届けします。

エラーとなったキャンセル・継続終了は、メンテナンス終了後に改めて操作してください。

ご迷惑をおかけいたしますが、何卒よろしくお願い申し上げます。

アラクレ運営事務局
""")

# 24 Zenlogic platform migration maintenance (JA)
add(src="https://zenlogic.jp/support/2019mainte/notes.html", provider="Zenlogic (ファーストサーバ)", label="maintenance",
    orig="2019-06-05", target="2028-03-12", time="14:00:00", tz="+0900", deadline="2019-07-10", ja=True,
    frm="Zenlogic サポートセンター <support@zenlogic.jp>", to="system@mizunami-kogyo.example",
    subject="【重要】基盤変更メンテナンス実施日のご案内（ご契約サーバー：zl-s0418）",
    body="""ご担当者様

平素はZenlogicをご利用いただき、誠にありがとうございます。
ご契約サーバーの基盤変更メンテナンスの実施日が決定いたしましたので、ご案内いたします。

■ 対象サーバー
  サーバー名：zl-s0418
  現在のIPアドレス：192.0.2.118
  メンテナンス後のIPアドレス：198.51.100.218

■ 実施日時
  [[2019-07-10|ja]] 22:00 ～ [[2019-07-11|ja]] 06:00
  ※ 作業中はご契約サーバーが停止します。停止時間はディスク使用量などにより異なります。

■ ご注意事項
・実施日の1週間程度前からメンテナンス完了まで、大規模なデータ更新（サイトのリニューアル、
  大量メール送信など）を控えていただくと、作業時間が短くなる場合があります。
・メンテナンス完了後、旧サーバーは停止し、アクセスやデータの取得はできなくなります。
・Zenlogic以外のネームサーバーをご利用の場合は、完了後にお客様ご自身でDNSゾーン（Aレコード等）を
  新しいIPアドレスへ変更していただく必要があります。

詳細は『Zenlogicカスタマーポータル』のメンテナンス情報をご確認ください。

Zenlogic サポートセンター
""")

# 25 GitHub billing lock
add(src="https://github.com/tdealer01-crypto/tdealer01-crypto-dsg-control-plane/issues/428", provider="GitHub", label="billing",
    orig="2026-04-30", target="2028-03-25", time="06:55:19", tz="+0000", deadline="none",
    frm="GitHub <noreply@github.com>", to="finance@quayside-labs.example",
    subject="[GitHub] Your account is locked due to a billing issue",
    body="""Hi @quayside-labs,

We were unable to authorise your payment method for the upcoming charge on your account.

  Reason: Invalid payment method - authorization hold failed
  Card: Visa ending in 4417

Because of this, your account has been locked. While the lock is in place:
  - GitHub Actions jobs will not start ("The job was not started because your account is locked due to a billing issue.")
  - paid features such as additional Codespaces and Packages usage are unavailable.

To unlock your account, update your payment method in Billing & plans:
https://github.com/settings/billing/payment_information

Once a valid payment method is on file and the outstanding amount is paid, the lock is removed automatically and you can re-run your workflows.

Thanks,
The GitHub Team
""")

# 26 GitHub Actions payment failed / spending limit
add(src="https://github.com/florisvb/PyNumDiff/issues/85", provider="GitHub", label="billing",
    orig="2025-05-31", target="2028-03-26", time="13:02:44", tz="+0000", deadline="none",
    frm="GitHub <noreply@github.com>", to="h.lindqvist@fenwater.example",
    subject="[GitHub] Payment failed for your GitHub account",
    body="""Hi @hlindqvist,

We tried to charge the payment method on your personal account on [[2025-05-30|us]], but the payment did not go through.

  Amount due: $4.00 USD
  Payment method: Mastercard ending in 0926
  Decline reason: card expired

Until this is resolved, GitHub Actions workflows in repositories you own may not start and will report: "The job was not started because recent account payments have failed or your spending limit needs to be increased."

What to do:
1. Update your payment method under Settings > Billing & plans.
2. Check your spending limits for Actions and Packages.
3. Re-run any workflows that were blocked.

We will retry the charge automatically once a new payment method is added.

Thanks,
The GitHub Team
""")

# 27 Netlify credit rates change
add(src="https://github.com/robhunter/agentdeals/pull/1342", provider="Netlify", label="pricing",
    orig="2026-04-03", target="2028-03-29", time="16:30:00", tz="+0000", deadline="2026-04-17",
    frm="Netlify <team@netlify.com>", to="owner@paperkite-press.example",
    subject="Changes to Netlify credit rates starting [[2026-04-17|us]]",
    body="""Hi there,

We're writing to let you know about changes to how many credits Netlify usage consumes on credit-based plans. The new rates apply from [[2026-04-17|us]].

                         Current rate              New rate
Bandwidth                10 credits per GB         20 credits per GB
Compute                  5 credits per GB-hour     10 credits per GB-hour
Web requests             -                         2 credits per 10k requests
Production deploys       15 credits each           15 credits each (unchanged)

Your plan's monthly credit allowance does not change. On the Free plan, that remains 300 credits per month, which will cover roughly 15 GB of bandwidth under the new rate instead of about 30 GB.

What this means for your team (paperkite-press)
Based on your usage over the last 30 days, your sites would have used about 240 credits under the new rates. You can review projected usage on the Usage page of your team dashboard.

If you need more credits, you can upgrade your plan or enable auto-recharge before [[2026-04-17|us]].

The Netlify Team
""")

# 28 Vercel function invocation per-unit pricing
add(src="https://vercel.com/changelog/function-invocations-now-billed-per-unit", provider="Vercel", label="pricing",
    orig="2026-05-29", target="2028-03-30", time="18:00:00", tz="+0000", deadline="2026-06-29",
    frm="Vercel <notifications@vercel.com>", to="billing@glasswing-studio.example",
    subject="Function invocations are moving to per-unit pricing",
    body="""Hi Glasswing Studio team,

We're changing how function invocations are billed on the Pro plan. Instead of buying additional invocations in fixed packages, overage will be charged per unit at $0.60 per 1,000,000 invocations.

When does this apply?
The change applies to your team from your next billing cycle starting on or after [[2026-06-29|us]].

What stays the same
- The invocations included in your Pro plan do not change.
- Your existing Spend Management limits and alerts remain in place.

What this means for you
Teams whose usage sat just above a package boundary will generally pay less, because you are billed only for the invocations you use. You can see your current invocation count under Usage in the team dashboard.

Read more: https://vercel.com/changelog/function-invocations-now-billed-per-unit

— The Vercel Team
""")

# 29 IIJ GIO: virtual server possibly hijacked (JA)
add(src="https://manual.iij.jp/gp/gpcp/f-2-11.html", provider="IIJ (IIJ GIOプラットフォーム)", label="abuse",
    orig="2024-10-02", target="2028-03-05", time="09:15:00", tz="+0900", deadline="2024-10-04", ja=True,
    frm="IIJ GIO サポートセンター <gio-support@iij.ad.jp>", to="infra@shiosai-data.example",
    subject="【要対応】ご利用の仮想サーバからの不審な通信について（サービスコード：gpc0183742）",
    body="""株式会社潮騒データ ご担当者様

平素よりIIJ GIOをご利用いただき、誠にありがとうございます。

お客様の仮想サーバから、外部のホストに対する不審な通信（SSHへの大量のログイン試行）が
確認され、外部の組織より弊社に通報がございました。

■ 対象
  サービスコード：gpc0183742
  仮想サーバ：gpc0183742-vm03
  グローバルIPアドレス：203.0.113.201

■ 確認された通信
  [[2024-10-01|ja]] 23:40 ～ [[2024-10-02|ja]] 02:15
  送信先：192.0.2.0/24 ほか多数（TCP/22）

お客様が意図して行った通信でない場合、仮想サーバが第三者に乗っ取られている可能性があります。
以下をご確認のうえ、適切な対策を実施してください。

・不審なプロセス、ユーザ、crontab、SSH公開鍵が追加されていないか
・脆弱なアプリケーションやミドルウェアが稼働していないか
・該当しない場合でも、OSの再インストールおよびSSH公開鍵認証の設定、パスワードの複雑化

確認結果と実施した対策を、[[2024-10-04|ja]] 17:00 までに本メールへの返信にてご連絡ください。
ご連絡がなく通信が継続している場合、当該仮想サーバの通信を制限させていただくことがあります。

IIJ GIO サポートセンター
""")

# 30 Sakura advisory: unauthorized access prevention (JA)
add(src="https://help.sakura.ad.jp/rs/2235", provider="さくらインターネット (Sakura Internet)", label="security-advisory",
    orig="2024-02-20", target="2028-03-19", time="13:00:00", tz="+0900", deadline="none", ja=True,
    frm="さくらインターネット <info@sakura.ad.jp>", to="owner@yuzuriha-cafe.example",
    subject="【さくらのレンタルサーバ】不正アクセス対策のお願い",
    body="""会員ID：mfk30966 様

いつもさくらインターネットをご利用いただき、ありがとうございます。

近年、パスワードの漏えいやウェブサイト・ソフトウェアの脆弱性を原因として、
サーバーへ不正アクセスされる事例が増えています。
不正アクセスを受けると、お客様ご自身の被害にとどまらず、知らないうちに第三者への攻撃に
利用される（加害者となる）おそれがあります。

■ 主な被害の例
・個人情報やクレジットカード情報の流出、SNS等のなりすまし
・サーバーからの迷惑メール大量送信
・ホームページの改ざん、フィッシングサイトの設置
・外部サーバーへの攻撃の踏み台

■ お願いしたい対策
1. コントロールパネル・FTP・CMS管理画面のパスワードを推測されにくいものにし、使い回しを避ける
2. WordPress本体・プラグイン・テーマを常に最新版に保つ
3. 使っていないプログラムやテスト用ファイルを削除する
4. お使いのパソコンのウイルス対策ソフトを最新の状態にする

ほとんどの不正アクセスは、お客様による対策で防ぐことができます。
詳しくはサポートサイトの「不正アクセスへの対策」をご覧ください。

さくらインターネット株式会社
""")

# 31 Vercel spend management (informational)
add(src="https://github.com/prisma/web/pull/8295", provider="Vercel", label="informational",
    orig="2025-06-10", target="2028-03-31", time="17:20:00", tz="+0000", deadline="none",
    frm="Vercel <notifications@vercel.com>", to="eng-leads@brightquarry.example",
    subject="Spend Management is now on by default for your team",
    body="""Hi Bright Quarry,

We've turned on improved Spend Management for every project on your Pro team.

What's new
Two sets of alerts are now configured automatically:
- An alert before you start incurring on-demand usage, if your team had none in the previous billing cycle.
- Further alerts as you approach the default on-demand spend limit, which starts at $200 for new teams.

You can change your spend limit at any time, and you can choose to have deployments paused automatically when your limit is reached. Go to Settings > Billing > Spend Management to review the defaults.

Also available now
On-demand concurrent builds and the new transform-based Image Optimization pricing are now enabled by default on Pro. We'll roll these out to all users over the coming months.

No action is needed unless you want to adjust these settings.

— The Vercel Team
""")

# 32 OVHcloud anti-hack
add(src="https://github.com/ovh/docs/pull/9225", provider="OVHcloud", label="abuse",
    orig="2026-04-07", target="2028-03-14", time="03:18:41", tz="+0200", deadline="none",
    frm="OVHcloud <noreply@ovh.net>", to="sysadmin@gravelpit-games.example",
    subject="[OVHcloud] Anti-hack system triggered on ns3187204.ip-198-51-100.eu",
    body="""Hello,

Our anti-hack system has detected abnormal outgoing traffic from your dedicated server ns3187204.ip-198-51-100.eu (IP 198.51.100.36). To protect the network and other customers, the server has been restarted in rescue mode and its public network access has been restricted.

Details of the detection
  Date: [[2026-04-07|iso]] 02:51 (UTC+2)
  Type: outgoing UDP flood
  Destination: 192.0.2.18, port 27015
  Peak: 1.2 Mpps

What you need to do
1. Log in to the server in rescue mode with the credentials sent to you separately.
2. Find and remove the cause (compromised service, malicious process, misconfiguration).
3. Once the problem is fixed, reply to the incident from the Control Panel, section "Help > Support requests", describing what you found and what you changed.

Your server will be returned to normal mode after our team has reviewed your answer.

Incident reference: CS-4471928

OVHcloud
""")

CHECK_JA_MIN = 6
CRITICAL = {"abuse", "security-incident"}

def build(i, n):
    sh = shifter(n["orig"], n["target"])
    body = render(n["body"], sh)
    subject = render(n["subject"], sh)
    y, m, d = map(int, n["target"].split("-"))
    hh, mi, ss = map(int, n["time"].split(":"))
    sign = 1 if n["tz"][0] == "+" else -1
    off = dt.timedelta(hours=int(n["tz"][1:3]), minutes=int(n["tz"][3:5])) * sign
    when = dt.datetime(y, m, d, hh, mi, ss, tzinfo=dt.timezone(off))
    deadline = "none" if n["deadline"] == "none" else sh(n["deadline"]).isoformat()
    msg = email.message.Message()
    def hdr_addr(a):
        name, addr = email.utils.parseaddr(a)
        if name and not name.isascii():
            return email.utils.formataddr((str(email.header.Header(name, "utf-8").encode()), addr))
        return a
    msg["From"] = hdr_addr(n["frm"])
    msg["To"] = n["to"]
    msg["Subject"] = subject if subject.isascii() else email.header.Header(subject, "utf-8").encode()
    msg["Date"] = email.utils.format_datetime(when)
    msg["Message-ID"] = f"<g23.{i:02d}.{n['target'].replace('-', '')}@training.set-g23.example>"
    msg["MIME-Version"] = "1.0"
    if n.get("phishing"):
        msg["X-Training-Phishing"] = "yes"
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = deadline
    if body.isascii():
        msg["Content-Type"] = 'text/plain; charset="utf-8"'
        msg["Content-Transfer-Encoding"] = "7bit"
        msg.set_payload(body)
    else:
        cs = email.charset.Charset("utf-8")
        cs.body_encoding = email.charset.QP
        msg.set_payload(body, cs)
    return msg, body, subject, deadline

def main():
    if os.path.exists(OUT):
        os.remove(OUT)
    box = mailbox.mbox(OUT, create=True)
    box.lock()
    rows = []
    for i, n in enumerate(N, 1):
        msg, body, subject, deadline = build(i, n)
        mm = mailbox.mboxMessage(msg)
        when = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(dt.timezone.utc)
        mm.set_from("MAILER-DAEMON", time_=when.timetuple())
        box.add(mm)
        rows.append((i, n["label"], deadline, n["provider"], n["src"], bool(n.get("phishing")), bool(n.get("ja"))))
    box.flush(); box.unlock(); box.close()

    # ---- re-read and check
    problems = []
    raw = open(OUT, "rb").read()
    if b"\r\n" in raw:
        problems.append("CRLF line endings found")
    box = mailbox.mbox(OUT)
    msgs = list(box)
    if len(msgs) != len(N):
        problems.append(f"expected {len(N)} messages, read {len(msgs)}")
    ids = set()
    counts = {}
    ja = phish = crit = 0
    for k, m in enumerate(msgs, 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                  "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                problems.append(f"#{k}: missing {h}")
        for h, v in m.items():
            if not str(v).isascii():
                problems.append(f"#{k}: non-ASCII header {h}")
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (2028, 3):
            problems.append(f"#{k}: Date not in March 2028: {m['Date']}")
        if m["Message-ID"] in ids:
            problems.append(f"#{k}: duplicate Message-ID")
        ids.add(m["Message-ID"])
        lab = m["X-Training-Label"]
        if lab not in LABELS:
            problems.append(f"#{k}: bad label {lab}")
        counts[lab] = counts.get(lab, 0) + 1
        dl = m["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                problems.append(f"#{k}: bad deadline {dl}")
        if m.get_content_type() != "text/plain" or (m.get_content_charset() or "").lower() != "utf-8":
            problems.append(f"#{k}: content type/charset wrong")
        body = m.get_payload(decode=True).decode("utf-8")
        if not body.isascii():
            if m["Content-Transfer-Encoding"].lower() != "quoted-printable":
                problems.append(f"#{k}: non-ASCII body not QP")
        if re.search(r"[\u3040-\u30ff]", body):
            ja += 1
        if "[[" in body or "[[" in str(m["Subject"]):
            problems.append(f"#{k}: unrendered date placeholder")
        if m["X-Training-Phishing"] == "yes":
            phish += 1
        elif lab in CRITICAL:
            crit += 1
        if N[k - 1].get("phishing") and m["X-Training-Phishing"] != "yes":
            problems.append(f"#{k}: phishing header missing")
        # IPs must be documentation ranges or private/CGNAT (scan targets)
        for ip in re.findall(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b", body):
            if not re.match(r"^(192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|10\.|172\.(1[6-9]|2\d|3[01])\.|192\.168\.|100\.64\.)", ip):
                problems.append(f"#{k}: non-documentation IP {ip}")
    if ja < CHECK_JA_MIN:
        problems.append(f"only {ja} Japanese notices")
    if phish < 2:
        problems.append(f"only {phish} phishing notices")
    if crit < 9:
        problems.append(f"only {crit} non-phishing critical notices")
    print(f"messages: {len(msgs)}  japanese: {ja}  phishing: {phish}  critical(non-phishing): {crit}")
    for lab in sorted(counts):
        print(f"  {lab}: {counts[lab]}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    with open(os.path.join(HERE, "rows.tsv"), "w", encoding="utf-8") as f:  # table source for README.md
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")
    print("OK")

if __name__ == "__main__":
    main()
