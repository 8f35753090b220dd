#!/usr/bin/env python3
"""Validation batch g29: cloud-provider notices (non-AWS) after public originals.

Every notice is stored as data below.  Dates inside bodies and subjects are written
as placeholders ``[[YYYY-MM-DD|format]]`` holding the ORIGINAL date; the script
shifts each one by the notice's offset (target send date minus original send
date) and renders it with ``format`` (fields: {Y} {m} {mm} {d} {dd} {B} {b} {A}
{a} {wj} {iso}).  ``deadline`` is given as an original date (shifted the same way)
or 'none'.  Standard library only, deterministic.  Writes set-g29.mbox next to this
file, re-reads it and checks it; exits 1 on any problem.
"""
import datetime as _dt
import email
import email.charset
import email.header
import email.utils
import ipaddress
import mailbox
import os
import re
import sys
from email.message import Message

NAME = "g29"
BATCH_YEAR, BATCH_MONTH = 2028, 6
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
NOTICES = []

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JDAYS = "月火水木金土日"


def add(src, provider, label, orig, target, time, tz, deadline, frm, to, subject,
        body, phishing=False, ja=False):
    NOTICES.append(dict(src=src, provider=provider, label=label, orig=orig,
                        target=target, time=time, tz=tz, deadline=deadline,
                        frm=frm, to=to, subject=subject, body=body,
                        phishing=phishing, ja=ja))


def _d(s):
    return _dt.date.fromisoformat(s)


def _fmt(day, fmt):
    f = dict(Y=day.year, m=day.month, mm="%02d" % day.month, d=day.day,
             dd="%02d" % day.day, B=MONTHS[day.month - 1],
             b=MONTHS[day.month - 1][:3], A=DAYS[day.weekday()],
             a=DAYS[day.weekday()][:3], wj=JDAYS[day.weekday()],
             iso=day.isoformat())
    return fmt.format(**f)


PH = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})\|([^\]]*)\]\]")


def render(text, offset):
    return PH.sub(lambda m: _fmt(_d(m.group(1)) + offset, m.group(2)), text)

# ---------------------------------------------------------------- abuse
add(src="https://github.com/ilovexjp/health-code-index/issues/402",
    provider="Tencent Cloud", label="abuse",
    orig="2022-11-15", target="2028-06-03", time="15:42:07", tz="+0800",
    deadline="none",
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to=("运维值班", "cloudops@lanting-msp.example"),
    subject="【腾讯云】您的云服务器存在违规内容，公网访问已被限制",
    body="""尊敬的腾讯云用户（账号 ID：100028736491）：

您好！

经平台安全巡检发现，您名下的以下云服务器上部署的站点内容违反了《腾讯云服务协议》及相关法律法规中关于禁止发布信息的规定：

  实例 ID：ins-7k2dq9xf
  实例名称：web-hz-02
  公网 IP：203.0.113.58
  地域：广州三区
  涉及域名：health-index.lanting-demo.example
  处理时间：[[2022-11-15|{Y}-{mm}-{dd}]] 15:36

依据平台违规处置规则，本次事件被评定为严重违规，我们已对上述实例的公网访问进行封禁。封禁期间，实例本身仍在运行并继续计费，但无法通过公网访问。

处理说明：
1. 本次封禁不支持申请解封。
2. 如需继续使用该地域资源，请先自行备份数据，在控制台销毁该实例并提交退款申请，随后重新购买实例。
3. 请勿在新实例上部署同类内容，重复违规将导致账号被限制购买新资源。

如对处理结果有疑问，可登录控制台提交工单，我们将在核实后给予答复。

此邮件由系统自动发送，请勿直接回复。

腾讯云 安全运营中心
""")

add(src="https://github.com/cmliu/edgetunnel/issues/1485",
    provider="Cloudflare", label="abuse",
    orig="2026-08-17", target="2028-06-05", time="02:18:44", tz="+0000",
    deadline="none",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to=("", "cf-admin@yunfan-digital.example"),
    subject="Cloudflare 收到有关 relay.yunfan-digital.example 的网络滥用事件",
    body="""您好，

Cloudflare 信任与安全团队近期收到了与您账户相关资源的网络滥用举报。

账户 ID：5f3c9a21e0b74d6f8a12c4e7b9d03a6e
涉及资源：Workers 脚本 "edge-relay"
涉及主机名：relay.yunfan-digital.example、edge-relay.yunfan.workers.dev
举报类型：网络滥用（将 Cloudflare 网络用作开放代理/隧道转发第三方流量）
举报编号：CF-NA-[[2026-08-17|{Y}{mm}{dd}]]-48217
首次记录时间：[[2026-08-16|{Y}-{mm}-{dd}]] 21:07 UTC

根据我们的调查，上述 Worker 正被用于为大量无关用户中转流量，这违反了 Cloudflare 自助服务订阅协议中关于网络使用的条款（禁止将服务作为代理或 VPN 向第三方提供）。

我们已采取的措施：
- 已停用上述 Worker 的所有路由及 workers.dev 子域；
- 在问题得到处理之前，您的账户将无法部署新的 Workers 或 Pages 项目。

您需要做的：
- 删除或修改该脚本，使其不再对外提供代理/转发功能；
- 在仪表板「信任与安全」页面中对本举报提交说明。

若同一账户再次出现此类行为，我们可能会暂停整个账户。

此致
Cloudflare 信任与安全团队
""")

add(src="https://github.com/ubershmekel/redditp/issues/180",
    provider="Netlify", label="abuse",
    orig="2025-04-29", target="2028-06-07", time="19:03:51", tz="+0000",
    deadline="2025-04-30",
    frm=("Netlify Support", "support@netlify.com"),
    to=("Gwen Alvarado", "gwen@fernbrook-studio.example"),
    subject="[Netlify Support] Case 418822: site gallery-fernbrook taken down",
    body="""A reply has been added to your case with Netlify Support (418822). It is shown
below. To follow up or add questions, simply respond to this email.

----------------------------------------------------------------------

Thanks for flagging a site on our platform that may be causing problems. Our
team reviews every report and will update you in this thread once it has been
looked at.

    Hello,

    This message is to let you know that your site, gallery-fernbrook
    (gallery-fernbrook.netlify.app), has been removed from our service. It
    was either found to breach the Netlify Terms of Service or it was the
    subject of a DMCA notice we received.

    If you think this was done by mistake, reply to this ticket within
    24 hours and tell us why. With no reply in that time, the ticket will
    close on its own and the removal will stand.

    Background reading:
      - Netlify Terms of Service: https://www.netlify.com/tos
      - Netlify DMCA policy:      https://www.netlify.com/dmca

    Linked ticket number: 4188229

    Regards,
    Netlify Fraud & Abuse Team

----------------------------------------------------------------------
Case opened: [[2025-04-29|{B} {d}, {Y}]]
""")

add(src="https://abuse.watch/2023/03/03/abuse-message-abuseidc0f5da1f-microsoft-spam/",
    provider="Hetzner", label="abuse",
    orig="2023-03-03", target="2028-06-09", time="08:31:12", tz="+0100",
    deadline="none",
    frm=("Hetzner Online GmbH - Abuse Team", "abuse@hetzner.com"),
    to=("Mr Tobias Wendler", "hosting@wendler-it.example"),
    subject="Abuse Message [AbuseID:9A41E7:2C]: Microsoft Spam",
    body="""Dear Mr Tobias Wendler,

We have been told that a server you rent from us is delivering e-mail to
spam trap addresses operated by Microsoft.

The messages were sent from this IP address:

  198.51.100.147  (mail02.wendler-it.example)

This notice is for your information only, so there is no need to reply to
us. We do, however, expect you to look into the server and put a stop to
it.

If the mail is legitimate, please clean the list of recipient addresses.
Addresses that end up in spam traps were evidently not collected with
confirmed opt-in (COI). Also make sure every message offers a simple way to
unsubscribe, that the IP has a valid PTR record, and that SPF and DKIM are
set up if they are not already.

If the mail is spam, please deal with it quickly, and fix whatever allowed
it to be sent. Typical causes are compromised mailbox passwords, malware,
open proxies, or vulnerable CMS plugins and add-ons. Secure the server so it
cannot happen again. If the machine does not need to send mail at all,
consider removing the mail server software or blocking the relevant ports.

Again, no reply is required. Should we keep receiving reports about this IP
address, we will write to you again.

Report received: [[2023-03-03|{Y}-{mm}-{dd}]] 07:58 UTC

Kind regards

Abuse department

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
abuse@hetzner.com
www.hetzner.com
""")

add(src="https://github.com/ikedaosushi/tech-news/issues/702",
    provider="さくらインターネット", label="abuse",
    orig="2018-03-01", target="2028-06-02", time="11:26:40", tz="+0900",
    deadline="none", ja=True,
    frm=("さくらインターネット 不正利用対策窓口", "abuse-notice@sakura.ad.jp"),
    to=("", "infra@kamome-soft.example"),
    subject="【さくらのVPS】お客様サーバーからの外部攻撃に伴うネットワーク遮断のご連絡 (memcached)",
    body="""かもめソフト株式会社
ご担当者様

さくらインターネット 不正利用対策窓口でございます。

会員ID   ：kmm88412
サービスコード：vps-10472218
IPアドレス ：203.0.113.114
ホスト名   ：ik1-402-38611.vs.sakura.ne.jp

外部の対策機関から、上記IPアドレスを送信元とする大量のUDP通信が
第三者へ送りつけられているとの通報を受けました。調査したところ、
お客様のVPSで稼働している memcached が UDP 11211番ポートで
インターネット全体に公開されており、リフレクション(増幅)型DDoS攻撃の
踏み台として悪用されていることを確認いたしました。

観測日時：[[2018-03-01|{Y}年{m}月{d}日]] 02:10頃 ～ 10:55頃
宛先　　：複数の海外IPアドレス(攻撃対象)
送出量　：最大 約2.3Gbps

被害の拡大を防ぐため、弊社にて本日 11:05 に当該VPSの
ネットワーク接続を遮断いたしました。サーバー自体は停止しておらず、
コントロールパネルの「VNCコンソール」から操作いただけます。

■ お願いしたい対処
 1. memcached の待ち受けを 127.0.0.1 に限定する(-l 127.0.0.1)
 2. UDP での待ち受けを無効化する(-U 0)
 3. パケットフィルタ等で 11211番ポートへの外部からのアクセスを遮断する
 4. 他にも外部に公開されている不要なサービスがないか点検する

対処が完了しましたら、会員メニューのお問い合わせフォームより
実施内容をご連絡ください。内容を確認のうえ、遮断を解除いたします。

ご不便をおかけいたしますが、ご協力のほどよろしくお願いいたします。

さくらインターネット株式会社
不正利用対策窓口
""")

add(src="https://network.status-ovhcloud.com/incidents/w65g5c71pj4r",
    provider="OVHcloud", label="abuse",
    orig="2014-02-12", target="2028-06-12", time="06:14:29", tz="+0100",
    deadline="2014-02-12",
    frm=("OVH Support", "support@ovh.com"),
    to=("", "noc@baltique-web.example"),
    subject="[TICKET#7712609341] Phishing detected on your service vps-3f2a1c7d.vps.ovh.net",
    body="""Hello,

Our monitoring, which aggregates phishing alerts from several detection
sources (Google Safe Browsing, Netcraft and others), has reported a phishing
page hosted on one of your services:

  Service   : vps-3f2a1c7d.vps.ovh.net
  IP        : 198.51.100.203
  URL       : http://198.51.100.203/wp-content/uploads/secure-banking/login.php
  Reported  : [[2014-02-12|{d}/{mm}/{Y}]] 05:51 (Paris time)
  Source    : Netcraft

Phishing pages are used to steal the credentials of real people, so speed
matters: please delete the page(s) above, and anything else related to them,
within ONE HOUR of this message.

What happens next:
 - In one hour we will check the URL again.
 - If it is still online, ports 80 and 443 of the IP above will be blocked
   at network level. We cannot do this more selectively.
 - Once the content is gone, reply to this ticket and ask for the block to
   be lifted. We check the URL again and, if it is clean, unblock the IP
   straight away.

Such pages are very often dropped by an attacker through an outdated CMS or
plugin, or a leaked FTP password. Removing the page without fixing the cause
usually means it comes back.

Please keep the ticket reference in the subject of any reply.

Kind regards,
OVH Customer Support
""")

# ---------------------------------------------------------------- security incidents
add(src="https://github.com/DataDog/documentation/pull/13402",
    provider="Datadog", label="security-incident",
    orig="2022-03-16", target="2028-06-14", time="14:09:55", tz="+0000",
    deadline="none",
    frm=("Datadog Security", "security-noreply@datadoghq.com"),
    to=("Platform Team", "platform@quayside-logistics.example"),
    subject="[Action Required] A Datadog API key for Quayside Logistics was found in a public location",
    body="""Hello,

Datadog's leaked-credential monitoring found one of your organization's API
keys published where anyone can read it.

  Organization : Quayside Logistics (EU1)
  Key type     : API key
  Key name     : k8s-agent-prod
  Key ID       : 8d2f0c71-4a9b-4e55-b0d3-6e1f2a7c9b44
  Last 4 chars : ...c91e
  Found at     : https://github.com/qsl-labs/helm-values/blob/7c1e9a0/values-prod.yaml
  Detected     : [[2022-03-16|{Y}-{mm}-{dd}]] 13:52 UTC

Anyone holding this key can submit metrics, logs and events to your
organization and use any API endpoint that accepts an API key on its own.
Please treat it as compromised.

How to remediate:
 1. Create a replacement API key under Organization Settings > API Keys.
 2. Deploy the new key to every Agent, integration and script that used the
    old one (Kubernetes secrets, CI variables, Terraform state).
 3. Revoke the exposed key. Data sent with it will be rejected from then on.
 4. Remove the key from the repository AND its history; deleting the file
    in a new commit is not enough.
 5. Check the Audit Trail for activity you do not recognize and, if you find
    any, rotate your Application keys as well.

Step-by-step instructions are in the documentation under "API and
Application Keys > What to do if a key is exposed".

If you have questions, contact Datadog Support and quote reference
SEC-LK-220316-5581.

The Datadog Security Team
""")

add(src="https://ascii.jp/elem/000/004/255/4255414",
    provider="NTTコミュニケーションズ", label="security-incident",
    orig="2025-03-05", target="2028-06-06", time="17:40:02", tz="+0900",
    deadline="none", ja=True,
    frm=("NTTコミュニケーションズ 法人営業本部 須藤", "k.sudo.sales@ntt.com"),
    to=("株式会社ミヤケ総研 情報システム部 御中", "it-admin@miyake-soken.example"),
    subject="【重要】当社設備への不正アクセスによるお客さま情報流出の可能性について（お詫びとご報告）",
    body="""株式会社ミヤケ総研
情報システム部 御中

いつも大変お世話になっております。
NTTコミュニケーションズ 法人営業本部の須藤でございます。

本日当社より公表いたしました、当社設備への不正アクセス事案につきまして、
御社が影響を受けた可能性があるお客さまに該当するため、担当営業より
個別にご報告申し上げます。多大なるご心配とご迷惑をおかけしますことを、
心より深くお詫び申し上げます。

■ 経緯
・[[2025-02-05|{m}月{d}日]]：当社の情報セキュリティ部門が、法人向けサービスの開通・変更情報を
　管理する「オーダ情報流通システム」内の装置に対する不審な通信の記録を検知し、
　同日中に当該装置への接続を制限しました。
・[[2025-02-06|{m}月{d}日]]：周辺システムを含む通信記録の解析により、同システムから一部の情報が
　外部へ流出した可能性があることが判明しました。
・[[2025-02-15|{m}月{d}日]]：社内ネットワーク上の別の装置を経由した不正アクセスを特定し、
　同日、当該装置をネットワークから切り離しました。

■ 流出の可能性がある情報（法人のお客さま 17,891社分）
・ご契約番号
・お客さま名（ご契約名義）
・ご担当者さまのお名前
・電話番号、メールアドレス、ご住所
・サービスのご利用に関する情報

なお、個人のお客さまの情報および NTTドコモが提供する法人名義の携帯電話の
ご契約情報は含まれておりません。[[2025-03-05|{Y}年{m}月{d}日]]時点で、本件による情報の
不正利用は確認されておりません。

■ お客さまへのお願い
当社が本件に関して、メールや電話でパスワード、クレジットカード番号等を
お尋ねすることはございません。当社を装った不審なメール・電話にご注意ください。

今後、全社システムの通信経路の見直しと監視体制の強化を進め、再発防止に
努めてまいります。ご不明な点は、私 須藤、または下記窓口までお問い合わせください。

NTTコミュニケーションズ株式会社
本件専用お問い合わせ窓口　0120-000-000（平日 9:00～17:00）
""")

add(src="https://magazinaisle.com/twilio-hackers-also-compromised-authy-users",
    provider="Twilio", label="security-incident",
    orig="2022-08-24", target="2028-06-16", time="21:15:33", tz="+0000",
    deadline="none",
    frm=("Twilio Security", "security@twilio.com"),
    to=("", "soc@arbor-lane-health.example"),
    subject="Important security notice about your Authy account",
    body="""Hello,

We are contacting you about your Authy account, registered to the phone
number ending in 4471.

Earlier this month we disclosed that an attacker used a targeted SMS phishing
campaign against Twilio employees and obtained access to some of our internal
systems. As part of our continuing investigation we have determined that the
attacker used that access to add one or more devices to a small number of
Authy accounts, including yours. In total 93 of roughly 75 million Authy
users were affected in this way.

What we have done
  - We removed the device(s) the attacker registered on your account:
      "Pixel 5"  added [[2022-08-04|{B} {d}, {Y}]] 03:12 UTC
  - We have no indication that your backup password or the tokens themselves
    were exported.

What we ask you to do
  1. Review every account protected by Authy (for example your email,
     cloud and banking accounts) for sign-ins or changes you do not
     recognize, paying particular attention to the period since
     [[2022-08-04|{B} {d}]].
  2. Open Authy > Settings > Devices and confirm that every listed device
     is one of yours.
  3. Turn off "Allow Multi-device" once all your devices are set up, so that
     no further device can be added without your approval.

We are sorry this happened. If you have questions, reply to this message or
contact Authy support and mention case AUTHY-SEC-9302.

Twilio Security
""")

add(src="https://github.com/cloudflare/cloudflare-docs/pull/29561",
    provider="Cloudflare", label="security-incident",
    orig="2026-04-09", target="2028-06-20", time="07:48:16", tz="+0000",
    deadline="none",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to=("Ines Marchetti", "ines.marchetti@pontevia-lab.example"),
    subject="Your Cloudflare API token \"ci-dns-deploy\" was found publicly and has been deactivated",
    body="""Hi Ines,

One of the API tokens you created was published in a public location. To
keep your account safe we have deactivated it.

  Token name     : ci-dns-deploy
  Token type     : User API token (cfut_... format)
  Created        : [[2025-11-03|{Y}-{mm}-{dd}]]
  Permissions    : Zone:DNS Edit, Zone:Read (pontevia-lab.example)
  Detected by    : GitHub Secret Scanning
  Location       : https://github.com/pontevia/infra-scripts/blob/main/.env.ci
  Deactivated at : [[2026-04-09|{Y}-{mm}-{dd}]] 07:41 UTC

The token now shows as "Compromised" on the API Tokens page of your profile.
Requests made with it are being refused, so any automation that depends on
it has stopped working.

Next steps:
  - Roll the token to generate a new secret with the same permissions, or
    delete it and create a new one.
  - Store the new value in a secrets manager or CI secret, not in a file in
    the repository, and remove the old value from the repository history.
  - Check the audit log for DNS changes made between the time of the commit
    and the time of deactivation.

You are receiving this because you are the creator of the token.

The Cloudflare Team
""")

add(src="https://github.com/OfficeDev/microsoft-teams-apps-icebreaker/issues/200",
    provider="Microsoft Azure", label="security-incident",
    orig="2021-08-26", target="2028-06-21", time="04:37:25", tz="+0000",
    deadline="none",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=("", "azure-owners@hallmark-freight.example"),
    subject="Action required: Regenerate the keys of your Azure Cosmos DB account(s)",
    body="""Azure Security Notification

You are receiving this notification because you own or co-own the
subscription listed below.

On [[2021-08-12|{B} {d}, {Y}]], an external security researcher reported a vulnerability in
the Jupyter Notebook feature of Azure Cosmos DB that could allow a user to
obtain the keys of other customers' accounts. We disabled the affected
feature within hours and fixed the underlying issue.

Our investigation shows that the primary read-write key of one or more of
your Cosmos DB accounts could have been accessed through this
vulnerability. We have found no evidence that anyone other than the
researcher obtained customer keys, but as a precaution we ask you to treat
the keys below as exposed.

Subscription : Hallmark Freight - Production (0d5e7a3c-...-9b21)
Accounts     : hmf-shipments-cosmos (North Europe)
               hmf-tracking-cosmos  (West Europe)

Required action
 1. Regenerate the primary read-write key of each account listed
    (Azure portal > your Cosmos DB account > Keys > Regenerate Primary
    Key). Regenerate the secondary and read-only keys as well if you use
    them.
 2. Update your applications with the new keys, or move them to Azure AD
    (role-based) access so that account keys are no longer needed.
 3. Review the diagnostic and activity logs of the accounts for access you
    cannot explain.

More information is available from the Microsoft Security Response Center
blog post "Update on vulnerability in the Azure Cosmos DB Jupyter Notebook
feature".

Microsoft respects your privacy. Microsoft Corporation, One Microsoft Way,
Redmond, WA 98052
""")

# ---------------------------------------------------------------- security advisories
add(src="https://twilio.com/en-us/blog/phone-change-process",
    provider="Twilio", label="security-advisory",
    orig="2015-12-21", target="2028-06-18", time="23:02:47", tz="+0000",
    deadline="none",
    frm=("Authy", "support@authy.com"),
    to=("Rafael Oyelaran", "r.oyelaran@kestrel-payments.example"),
    subject="Security notice regarding your Authy phone change request",
    body="""Dear Rafael Oyelaran,

We are writing about the request you made in [[2015-06-09|{B} {Y}]] to change the phone
number on your Authy account.

During routine testing, one of the outside researchers who examines our
systems found a weakness in the way documents uploaded during the phone
change process were stored. Users who could no longer reach their old phone
had to send proof that they owned the number, and that proof often included
an identity document such as a passport or driving licence. The weakness
could have let someone reach those documents. Fewer than 0.2% of Authy
users are in this group, and you are one of them.

Please note:
  - We have found no evidence that the weakness was used to access your
    documents or anyone else's.
  - The Authy API and the codes that protect your accounts were not
    affected; this process is separate from authentication.

What we did: as soon as we were told, we moved the records to a separate
secured location, encrypted them fully, limited who can access them and
turned on access logging.

As a precaution we are offering you one year of identity protection at no
cost. You can enrol with activation code AUT-7R4K-2291 at the link on our
support site until [[2016-03-31|{B} {d}, {Y}]].

We apologise for this and are happy to answer any questions at
support@authy.com.

The Authy Team
""")

add(src="https://github.com/mikeizbicki/ucr-cs100/issues/673",
    provider="GitHub", label="security-advisory",
    orig="2014-12-18", target="2028-06-23", time="20:31:09", tz="+0000",
    deadline="none",
    frm=("GitHub", "noreply@github.com"),
    to=("", "devops@ridgeline-apps.example"),
    subject="[GitHub] Critical Git client vulnerability: please update Git and GitHub Desktop apps",
    body="""Hi there,

As an owner of the ridgeline-apps organization, we want to make sure you have
seen today's announcement about a serious vulnerability in Git clients.

What is affected
  Every version of the official Git client, and software built on it,
  including GitHub for Windows and GitHub for Mac. Systems with
  case-insensitive or case-folding file systems (Windows, OS X) are at risk.

What can happen
  A repository crafted by an attacker can overwrite files inside the .git
  directory of a clone, for instance the configuration or hooks, which lets
  the attacker run arbitrary commands on the machine of anyone who checks it
  out.

What we have done
  GitHub.com now refuses pushes that contain the malicious tree entries, so
  repositories hosted here cannot be used to carry the attack. Repositories
  fetched from other places can still be dangerous.

What you should do
  - Upgrade Git to a fixed release on every developer workstation and build
    agent. Fixed maintenance releases were published today for the 1.8.5,
    1.9, 2.0, 2.1 and 2.2 series (the newest being 2.2.1).
  - Update GitHub for Windows and GitHub for Mac; both apps now ship fixed
    versions.
  - Be careful about cloning repositories from sources you do not trust
    until all machines are updated.

Full details are on the GitHub blog under "Vulnerability announced: update
your Git clients" ([[2014-12-18|{B} {d}, {Y}]]).

Thanks,
GitHub Security
""")

add(src="https://github.com/Azure/AKS/issues/2554",
    provider="Microsoft Azure", label="security-advisory",
    orig="2021-09-16", target="2028-06-27", time="01:55:38", tz="+0000",
    deadline="none",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to=("", "cloud-team@orchard-insurance.example"),
    subject="Azure Security Advisory: Open Management Infrastructure (OMI) vulnerabilities - review your Linux VM extensions",
    body="""Azure Service Health - Security advisory

Tracking ID: XN-4T9-BQ8
Impacted services: Virtual Machines, Virtual Machine Scale Sets,
Log Analytics (Azure Monitor)

Summary
Four vulnerabilities, including a remote code execution issue tracked as
CVE-2021-38647, were disclosed in Open Management Infrastructure (OMI). OMI is
installed on Linux virtual machines by several Azure management extensions
(Log Analytics agent, Azure Automation State Configuration, Azure Diagnostics
and others) and by System Center for on-premises machines. On a machine where
the OMI listening ports (5985/5986) can be reached, an unauthenticated
attacker could run commands as root.

Fixed versions
The open source fix is OMI v1.6.8-1. The Log Analytics agent for Linux
includes it from release 1.13.40-0 onwards.

What we have done
Extensions in Azure regions are being updated automatically, without a
reboot, for machines that have automatic extension upgrade enabled. New VMs
created in a region after the rollout receive fixed versions.

What you should do
  - Check which of your Linux VMs in subscription "Orchard Insurance - Core"
    run OMI (for example with "dpkg -l omi" or "rpm -q omi").
  - Where automatic extension upgrade is off, update the affected extensions
    yourself; update on-premises and other-cloud Linux servers manually.
  - Make sure ports 5985, 5986 and 1270 are not reachable from the internet
    through your network security groups.

We have no evidence that your resources were targeted. This notice was sent
on [[2021-09-16|{B} {d}, {Y}]] to help you assess your exposure.

Microsoft Azure
""")

# ---------------------------------------------------------------- action required
add(src="https://github.com/nodejs/build/issues/3804",
    provider="IBM Cloud", label="action-required",
    orig="2024-07-03", target="2028-06-22", time="13:00:21", tz="+0000",
    deadline="2024-08-08",
    frm=("IBM Cloud Notifications", "no-reply@cloud.ibm.com"),
    to=("", "infra-alerts@tanager-systems.example"),
    subject="ID:162208417 Planned Event - Cloud Host Migration - Customer Action required",
    body="""ID: 162208417
Type: Planned Event
Subject: Upcoming Planned Cloud Maintenance
Start Date: [[2024-08-08|{dd}-{b}-{Y}]] 07:00 UTC
End Date: [[2024-08-08|{dd}-{b}-{Y}]] 11:00 UTC
Duration: 4 Hours

Event Description
Subject: Cloud Host Migration - Customer Action required

*** This ticket was created by the system. Replies to it are not read. Use
a support case if you need help. ***

As part of a hardware refresh intended to make cloud hosts more stable and
reliable, IBM Cloud engineers need to empty and update a set of cloud hosts.
You are receiving this ticket because some of your Virtual Server Instances
(VSIs) currently run on those hosts and have to move to other hosts before
the work can start.

Capacity has already been reserved on new hosts for every affected VSI. You
can migrate each instance yourself whenever it suits you before the start
date above. Any VSI still on an old host when the window opens will be
migrated automatically from that time.

IMPORTANT
 - WINDOWS VSIs: additional preparation is needed BEFORE migration to
   prevent data loss and extended downtime (see the Windows steps in the
   host migration documentation). This applies to tanager-win-ad01 below.
 - NETSCALER / VPX appliances cannot be migrated by the customer. If the
   scheduled time is a problem, open a support case to request another
   slot.

Affected resources
  tanager-web01.tanager-systems.example      (dal10, Linux)
  tanager-web02.tanager-systems.example      (dal10, Linux)
  tanager-win-ad01.tanager-systems.example   (dal10, Windows Server 2019)

All times are shown in UTC.
""")

add(src="https://github.com/lightdash/lightdash/issues/18031",
    provider="Bitbucket", label="action-required",
    orig="2025-11-10", target="2028-06-24", time="16:22:58", tz="+0000",
    deadline="2026-06-09",
    frm=("Bitbucket Cloud", "noreply@bitbucket.org"),
    to=("Lena Fischbach", "lena.fischbach@moorgate-analytics.example"),
    subject="Action required: app passwords in workspace moorgate-analytics stop working on [[2026-06-09|{B} {d}, {Y}]]",
    body="""Hi Lena,

You are an admin of the Bitbucket Cloud workspace moorgate-analytics, which
still has active app passwords.

As announced earlier, Bitbucket Cloud is replacing app passwords with API
tokens, which can be scoped more precisely and given an expiry date:

  [[2025-09-09|{B} {d}, {Y}]]  New app passwords can no longer be created (already in effect).
  [[2026-06-09|{B} {d}, {Y}]]  All existing app passwords stop working. Git operations over
                     HTTPS and REST API calls that use them will be rejected.

Active app passwords found for members of this workspace: 7
Used in the last 30 days: 4, including
  - "dbt-cloud-sync"      (user: svc-analytics)  last used [[2025-11-09|{Y}-{mm}-{dd}]]
  - "jenkins-build-agent" (user: svc-ci)         last used [[2025-11-10|{Y}-{mm}-{dd}]]

What to do before [[2026-06-09|{B} {d}, {Y}]]:
  1. Create an API token for each integration (Personal settings >
     Atlassian account settings > Security > API tokens) and choose only
     the scopes it needs.
  2. Replace the app password in each tool. For Git over HTTPS the username
     stays your Bitbucket username; for the API use your Atlassian account
     email with the token.
  3. Delete the old app passwords once everything works.

Integrations still using app passwords after that date will fail to
authenticate.

Thanks,
The Bitbucket Cloud team
""")

add(src="https://github.com/mozmeao/infra/issues/666",
    provider="Elastic Cloud", label="action-required",
    orig="2017-12-01", target="2028-06-26", time="15:10:04", tz="+0000",
    deadline="2018-08-28",
    frm=("Elastic Cloud", "cloud-noreply@elastic.co"),
    to=("", "search-ops@brightwater-media.example"),
    subject="Elasticsearch 2.4 end of life: please upgrade your Elastic Cloud clusters",
    body="""Hello,

Our records show that the following Elastic Cloud clusters in your account
are still running Elasticsearch 2.4:

  Cluster ID                          Region      Version
  4f1c2e8a9b7d4c03a6e2b5d1f0c9a817    us-east-1   2.4.6
  b92e7a0d13c64f5e8d0a4b6c2e1f7d33    eu-west-1   2.4.6

Elasticsearch 2.4 reaches end of life on [[2018-02-28|{B} {d}, {Y}]]. We strongly recommend
moving these clusters to Elasticsearch 5.6, which brings many improvements
and is the supported path towards the new 6.0 release.

End of life normally means we stop supporting a version on that date.
Because 2.4 is the last release of the 2.x line, and a major upgrade takes
time to test, iron out and roll out, Elastic Cloud will keep supporting
2.4 clusters a little longer: until [[2018-08-28|{B} {d}, {Y}]]. After that date, any
2.4 cluster still on Elastic Cloud will no longer be maintained or
supported.

How to upgrade
  - Run the Migration Assistant on each cluster to find deprecated settings
    and indices that must be reindexed.
  - Test your application against a 5.6 copy of the cluster (restore a
    snapshot into a new deployment).
  - Start the upgrade from the cluster's "Configuration" page once testing
    is complete.

If you need help planning the upgrade, reply to this message or open a
support case.

The Elastic Cloud team
""")

add(src="https://github.com/xb2016/kratos-pjax/issues/59",
    provider="Alibaba Cloud", label="action-required",
    orig="2019-12-20", target="2028-06-11", time="10:05:36", tz="+0800",
    deadline="2019-12-25",
    frm=("阿里云", "noreply@notice.aliyun.com"),
    to=("", "webmaster@qinghe-edu.example"),
    subject="【阿里云】关于网站首页悬挂备案编号并链接至工信部备案系统的整改通知",
    body="""尊敬的阿里云用户，您好：

您在阿里云接入备案的以下网站需要按照监管要求完成首页备案编号的悬挂与链接：

  主体备案号：浙ICP备19004127号
  网站域名：www.qinghe-edu.example
  接入服务：阿里云（华东1 杭州）

依据《非经营性互联网信息服务备案管理办法》（原信息产业部令第33号）的规定，非经营性互联网信息服务提供者应当在网站开通时，于主页底部的中央位置标明其备案编号，并在备案编号下方按要求链接工业和信息化部备案管理系统网址，以供公众查询核对。未按规定链接的，由住所所在地省通信管理局责令改正，并可处五千元以上一万元以下罚款。

根据浙江省通信管理局近期的监管要求，请您于 [[2019-12-25|{m}月{d}日]] 前完成以下整改：
  1. 在网站首页底部中央位置展示完整的备案编号；
  2. 为备案编号添加超链接，指向工信部备案管理系统：http://www.beian.miit.gov.cn ；
  3. 网站各子页面如使用统一页脚，请一并检查。

逾期未完成整改的，可能面临监管部门的处罚。具体操作可参考阿里云备案帮助文档中的「备案号悬挂说明」。

如已完成整改，请忽略本邮件。

阿里云备案中心
[[2019-12-20|{Y}年{m}月{d}日]]
""")

add(src="https://github.com/net4people/bbs/issues/309",
    provider="Fastly", label="action-required",
    orig="2023-11-08", target="2028-06-13", time="18:47:30", tz="+0000",
    deadline="2024-02-27",
    frm=("Fastly Customer Notifications", "notifications@fastly.com"),
    to=("", "edge-team@caldera-news.example"),
    subject="Action required: Fastly will stop allowing domain fronting on [[2024-02-27|{B} {d}, {Y}]]",
    body="""Hello,

Improving the security of the Fastly platform for every customer is an
ongoing effort. One part of it is making sure the hostname in an HTTP
request's Host header matches a Subject Alternative Name (SAN) of the TLS
certificate negotiated for that connection.

On [[2024-02-27|{B} {d}, {Y}]] we will begin blocking domain fronting on the shared
certificate offset your services may depend on. Our records show that
requests to your account (customer ID 4mXw81ktPq) currently use this
pattern; details are in the attached domain-fronting report.

Questions we are often asked:

Why block domain fronting now?
  Malicious actors use it to disguise their traffic behind our customers'
  domains, and we want to take that option away from them.

Will my traffic break on that date?
  Not immediately. Domain-fronted requests that work today will keep
  working. New domain-fronted requests will be rejected. The exception for
  existing traffic lasts until the certificate used by those requests
  expires or is replaced.

How do I know how much time I have?
  The column "fastlycertificatedetail" in the report shows the earliest
  certificate expiry for each affected domain. That is when impact will
  start for that domain even though the block itself applies from the date
  above.

What should I do?
  Make sure every hostname your clients send in the Host header is covered
  by the certificate they connect with, for example by adding the hostnames
  to your TLS subscription, or change clients so that SNI and Host match.

If you have questions, contact support@fastly.com and mention reference
DF-2023-11-4417.

Thank you,
Fastly
""")

add(src="https://github.com/MicrosoftDocs/OfficeDocs-Exchange/pull/2782",
    provider="Microsoft 365", label="action-required",
    orig="2021-09-14", target="2028-06-15", time="22:03:12", tz="+0000",
    deadline="2022-09-01",
    frm=("Microsoft 365 Message center", "o365mc@microsoft.com"),
    to=("", "m365-admins@pelican-bay-realty.example"),
    subject="Major update: Classic Exchange admin center retirement [MC283874]",
    body="""Message center - Pelican Bay Realty

MC283874  |  Exchange Online  |  Plan for change  |  Major update: Retirement
Published: [[2021-09-14|{B} {d}, {Y}]]

Classic Exchange admin center (EAC) retirement

With MC252053 we told you in [[2021-04-14|{B} {Y}]] that the new Exchange admin center had
reached general availability. The new EAC is quicker, more secure and
smarter than the classic one, and is already helping admins get their work
done. The next step is to retire the classic EAC completely.

The retirement happens in stages:

  [[2021-10-15|{B} {d}, {Y}]]  The Protection and Advanced Threat pages of the classic EAC
                      move to the Microsoft 365 Defender portal.
  [[2022-09-01|{B} {d}, {Y}]]  The classic EAC is retired and can no longer be opened.

How this affects your organization
Admins who still manage mail flow, recipients or permissions in the classic
EAC (outlook.office365.com/ecp) will need to use the new EAC
(admin.exchange.microsoft.com) or PowerShell instead.

What you need to do to prepare
  - Move your admins to the new EAC now and update internal runbooks,
    bookmarks and training material.
  - Tell us about anything you can only do in the classic EAC by using the
    feedback button in the new EAC before the retirement date.

Additional information: "What's new in the new Exchange admin center".

You're receiving this message because you're an admin in a tenant that
uses Exchange Online. Microsoft Corporation, One Microsoft Way, Redmond, WA
98052 USA
""")

add(src="https://github.com/mitodl/ol-infrastructure/issues/2490",
    provider="Fastly", label="action-required",
    orig="2024-06-13", target="2028-06-19", time="09:00:14", tz="+0000",
    deadline="2024-07-03",
    frm=("Fastly", "support@fastly.com"),
    to=("Dmitri Halvorsen", "d.halvorsen@northgate-univ.example"),
    subject="\"*.learn.northgate-univ.example\" is set to expire on [[2024-07-03|{Y}-{mm}-{dd}]] at 11:59 PM UTC.",
    body="""Hi Dmitri Halvorsen,

The TLS certificate "*.learn.northgate-univ.example" on your account will
expire on [[2024-07-03|{Y}-{mm}-{dd}]] at 11:59 PM UTC.

This is a certificate you uploaded yourself, so Fastly cannot renew it for
you. If it is not replaced before it expires, visitors to the domains it
covers will see certificate errors and many clients will refuse to connect.

Replace the certificate now to avoid disruption. You can view and update it
in the web interface:

  https://manage.fastly.com/network/certificates/7QwZp2LkVb9TsRdE4fHc1N

Domains using this certificate:
  courses.learn.northgate-univ.example
  video.learn.northgate-univ.example
  api.learn.northgate-univ.example

Cheers,
The Fastly Team
support@fastly.com
""")

# ---------------------------------------------------------------- maintenance
add(src="https://github.com/nodejs/build/issues/1062",
    provider="IBM Cloud", label="maintenance",
    orig="2018-01-02", target="2028-06-08", time="05:12:48", tz="+0000",
    deadline="2018-01-05",
    frm=("IBM Cloud", "noreply@softlayer.com"),
    to=("", "ops@meridian-cdn.example"),
    subject="Event 53340918 - Emergency Maintenance -- Service Disruption, VSI Reboots Required",
    body="""Customer Identification: Meridian CDN Ltd (1184206)
Start Date: [[2018-01-05|{A} {dd}-{b}-{Y}]] 06:00 UTC
End Date: [[2018-01-08|{A} {dd}-{b}-{Y}]] 09:30 UTC
Duration: 3 days
Event Type: Planned Event
Subject: Event 53340918 - Emergency Maintenance -- Service Disruption, VSI Reboots Required

=================================================================
/ Event Description /
IBM Cloud Systems Engineers have been made aware of a potential security
vulnerability that affects every Cloud Host. Given what the vulnerability is
and which components it touches, it cannot be fixed by hot patching; the
Cloud Hosts have to be rebooted.

Maintenance windows of 90 minutes each are spread across the period above,
and each Virtual Server Instance (VSI) will be rebooted within the window of
the host it runs on. No problems are expected from these reboots, but we
advise every customer to back up the data on their VSIs beforehand as a
precaution.

Progress for each data center will be posted to the individual maintenance
notifications in the customer portal.

=================================================================
/ Items Associated With This Event /
mcdn-edge-lon02-01.meridian-cdn.example
mcdn-edge-lon02-02.meridian-cdn.example
mcdn-origin-ams03-01.meridian-cdn.example

=================================================================
All times above are given in UTC/GMT. Use a time zone converter to find the
start of this event in your local time.
""")

add(src="https://github.com/nodejs/build/issues/278",
    provider="IBM Cloud", label="maintenance",
    orig="2015-12-10", target="2028-06-28", time="17:35:06", tz="+0000",
    deadline="2015-12-13",
    frm=("SoftLayer Notifications", "noreply@softlayer.com"),
    to=("", "sysadmin@corvid-analytics.example"),
    subject="Event 24190772 - Upcoming Maintenance Notice - All VSIs - SJC01",
    body="""Start Date: [[2015-12-13|{A} {dd}-{b}-{Y}]] 08:00 UTC
End Date: [[2015-12-13|{A} {dd}-{b}-{Y}]] 14:00 UTC
Duration: 6 hours
Event Type: Planned Event
Subject: Event 24190772 - Upcoming Maintenance Notice - All VSIs - SJC01

Event Description
Our Systems Engineers have learned of a potential vulnerability that
affects Virtual Server Instances (VSIs). Together with our technology
partners we have prepared a fix, which requires work on the hypervisor nodes
and a reboot of the virtual servers running on them.

Your data center, SJC01, is scheduled for VSI host reboots during the window
shown above. Live progress will be posted to this maintenance notification,
which you can follow in the portal or by email if you are subscribed. Virtual
servers ordered before the maintenance starts will be rebooted as well.

Items Associated With This Event
corvid-db01.sjc01.corvid-analytics.example
corvid-web01.sjc01.corvid-analytics.example
corvid-web02.sjc01.corvid-analytics.example
corvid-queue01.sjc01.corvid-analytics.example
""")

add(src="https://github.com/coderdojo-japan/dojopaas/issues/104",
    provider="さくらインターネット", label="maintenance",
    orig="2018-10-24", target="2028-06-29", time="10:48:33", tz="+0900",
    deadline="2018-10-24", ja=True,
    frm=("さくらのクラウド", "cloud-info@sakura.ad.jp"),
    to=("", "cloud@hoshizora-lab.example"),
    subject="【さくらのクラウド】[東京第1ゾーン] 一部のお客様 緊急メンテナンスのお知らせ",
    body="""さくらのクラウドをご利用のお客様へ

平素はさくらのクラウドをご利用いただき、誠にありがとうございます。

東京第1ゾーンの一部のホストサーバにおいて、安定稼働に影響を及ぼす
不具合が確認されたため、下記の日程で緊急メンテナンスを実施いたします。
急なご案内となり大変申し訳ございません。

■ 作業日時
  [[2018-10-24|{Y}年{m}月{d}日({wj})]] 13:00 ～ 17:00

■ 対象
  東京第1ゾーン 一部のホストサーバに収容されているリソース
  お客様の対象リソース：
    サーバ  ID 113000482917 「hoshizora-web01」
    サーバ  ID 113000482933 「hoshizora-batch」

■ 作業内容
  ホストサーバのソフトウェア更新およびストレージ接続設定の変更

■ 影響
  ・作業時間中、対象リソースに対するコントロールパネルおよびAPIからの操作
   (起動・停止・再起動・ディスクの初期化等)を受け付けることができません。
  ・稼働中のサーバはそのまま稼働を継続する予定です。
  ・作業の進捗によっては、時間が前後する場合がございます。

作業開始・終了のご連絡は、メンテナンス・障害情報ページにて行います。
お客様側での作業は不要です。

ご不便をおかけいたしますが、何卒ご理解賜りますようお願い申し上げます。

さくらインターネット株式会社
""")

add(src="https://github.com/sciencehistory/scihist_digicoll/issues/1540",
    provider="Heroku", label="maintenance",
    orig="2022-01-18", target="2028-06-13", time="18:06:31", tz="+0000",
    deadline="2022-01-26",
    frm=("Heroku", "noreply@heroku.com"),
    to=("", "platform@bluestem-archives.example"),
    subject="[Heroku] Maintenance required for redis-spiral-40213 on bluestem-catalog-prod",
    body="""Hi,

Your database redis-spiral-40213 premium-1 (REDIS on bluestem-catalog-prod)
needs to undergo maintenance.

We plan to carry out this maintenance at [[2022-01-26|{Y}-{mm}-{dd}]] 22:30:00 +0000, during
the maintenance window you have set: Wednesdays 22:30 to Thursdays 02:30 UTC.

When the maintenance runs, we will fail the database over to its HA standby
and repoint any followers so that they follow the new leader. Clients
connected at that moment will be disconnected briefly and should reconnect
on their own.

If this window does not suit you, you can pick another one. For example:

    heroku redis:maintenance --window="Tuesday 14:30" REDIS -a bluestem-catalog-prod

sets the window to Tuesdays at 14:30 UTC.

You can also start the maintenance yourself at a time of your choosing
before the scheduled date:

    heroku redis:maintenance --run REDIS -a bluestem-catalog-prod

The Dev Center article "Heroku Key-Value Store Maintenance" explains what
happens during maintenance in more detail.

Thanks,
The Heroku Data team
""")

# ---------------------------------------------------------------- pricing
add(src="https://engineered.at/articles/hetzner-raises-prices-while-significantly-lowering-bandwidth-us-54f1461c-4698-446d-8c92-5d9368e22376",
    provider="Hetzner", label="pricing",
    orig="2024-11-05", target="2028-06-04", time="10:17:42", tz="+0100",
    deadline="2024-12-01",
    frm=("Hetzner Online GmbH", "info@hetzner.com"),
    to=("Ms Priya Raman", "billing@raman-cloudworks.example"),
    subject="Changes to included traffic and prices for cloud servers in the USA",
    body="""Dear Ms Priya Raman,

We are writing to tell you about changes to the tariffs of our cloud servers
and Load Balancers in our US locations (Ashburn, VA and Hillsboro, OR). Your
account currently has resources there that are affected.

Traffic costs in the USA are far higher than in our European locations, and
the volumes included in our US plans no longer reflect that. We are
therefore reducing the traffic included with CPX and CCX servers in the US
and adjusting their monthly prices. The price per additional TB of traffic
stays the same.

Examples (US locations, per month, excl. VAT):

  Plan    Included traffic (old -> new)   Price (old -> new)
  CPX11   20 TB -> 1 TB                  EUR 4.99  -> EUR 5.49
  CPX21   20 TB -> 2 TB                  EUR 8.99  -> EUR 9.49
  CPX31   20 TB -> 3 TB                  EUR 16.49 -> EUR 17.99
  CCX13   20 TB -> 1 TB                  EUR 14.49 -> EUR 15.99
  CCX23   20 TB -> 2 TB                  EUR 28.49 -> EUR 31.49
  LB11    20 TB -> 1 TB                  EUR 6.41  -> EUR 6.41

When the changes apply
  - New resources created on or after [[2024-12-01|{B} {d}, {Y}]] at 01:00 CET get the new
    tariffs straight away.
  - Resources that already exist keep the previous tariff and included
    traffic until [[2025-01-31|{B} {d}, {Y}]] and switch to the new tariff on
    [[2025-02-01|{B} {d}, {Y}]] at 01:00 CET.

Please note
From [[2024-12-01|{B} {d}]], the Cloud Console detail pages and the Cloud API already show
the new prices and traffic allowances for all servers, while invoice
previews for existing servers keep showing the old prices until the switch.
Traffic warnings for existing resources may also be calculated against the
new, lower allowance from [[2024-12-01|{B} {d}]], even though the old allowance still
applies to your invoice until [[2025-01-31|{B} {d}]].

You can find the complete price list on our website. If you have questions,
please contact our support team via the Cloud Console.

Kind regards

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
""")

add(src="https://ecoblg.com/adjustment",
    provider="ConoHa (GMO)", label="pricing",
    orig="2023-01-13", target="2028-06-01", time="12:00:05", tz="+0900",
    deadline="2023-02-01", ja=True,
    frm=("ConoHa by GMO", "info@conoha.jp"),
    to=("", "keiri@tsubame-design.example"),
    subject="【ConoHa】「サービス維持調整費」導入のお知らせ",
    body="""ConoHaをご利用のお客様へ

平素よりConoHaをご利用いただき、誠にありがとうございます。

ConoHaでは、より多くのお客様の情報発信に役立てていただけるよう、
国内最安値水準での提供に取り組んでまいりました。しかしながら、
国内の電気料金の急激な上昇、為替の変動、世界的な半導体の供給不足などを
受け、コスト削減によって価格の維持に努めてまいりましたものの、
自社努力のみでは増加したコストを吸収しきれない状況となりました。

つきましては、誠に不本意ながら、サービス品質の維持・向上を目的として、
下記のとおり「サービス維持調整費」を導入させていただきます。

■ 適用開始
  [[2023-02-01|{Y}年{m}月{d}日]] 0:00 以降のお手続き・ご請求分

■ 金額
  税抜ご請求額 × 10%
  (新規のご契約および契約更新時に発生するご請求が対象です)

■ 主な対象サービス
  ConoHa WING(WINGパック・通常料金)
  ConoHa VPS(時間課金・VPS割引きっぷ)
  ConoHa for GAME
  ※記載のない有料サービスは対象外です。

■ 名称について
  今回「サービス維持調整費」としましたのは、国内電気料金や為替等の状況が
  昨年と同程度に戻った場合に、撤廃を含めて柔軟に見直すためです。
  市場動向に応じて随時見直しを行う予定です。

お客様にはご負担をおかけいたしますが、何卒ご理解を賜りますよう
お願い申し上げます。

GMOインターネットグループ株式会社
ConoHa 運営事務局
""")

add(src="https://github.com/linode/docs/pull/6124",
    provider="Linode (Akamai)", label="pricing",
    orig="2023-03-01", target="2028-06-17", time="14:30:00", tz="+0000",
    deadline="2023-04-01",
    frm=("Akamai Cloud Computing (Linode)", "noreply@linode.com"),
    to=("", "accounts@harbor-lane-games.example"),
    subject="Upcoming pricing changes for Linode Compute (effective [[2023-04-01|{B} {d}, {Y}]])",
    body="""Hello,

We want to give you advance notice of pricing changes to some Compute
services, effective [[2023-04-01|{B} {d}, {Y}]]. Your next invoice after that date will reflect
them.

Compute Instances: +20% for most Shared and Dedicated CPU plans
The 1 GB Shared CPU plan (Nanode) stays at $5/mo. High Memory and GPU plans
are not affected. A few examples:

  Plan                  Current    From [[2023-04-01|{B} {d}]]
  2 GB Shared CPU       $10/mo     $12/mo
  4 GB Shared CPU       $20/mo     $24/mo
  8 GB Shared CPU       $40/mo     $48/mo
  16 GB Shared CPU      $80/mo     $96/mo
  4 GB Dedicated CPU    $30/mo     $36/mo
  8 GB Dedicated CPU    $60/mo     $72/mo
  32 GB Dedicated CPU   $240/mo    $288/mo

Network transfer overage: halved
Outbound transfer beyond your account's monthly pool drops from $0.01/GB to
$0.005/GB. Inbound transfer remains free.

Additional IPv4 addresses: $1/mo -> $2/mo
The first IPv4 address of each instance remains free.

Based on your current usage (6 Shared CPU instances, 2 Dedicated CPU
instances, 3 additional IPv4 addresses), we estimate your monthly compute
cost will change from about $383 to $462.

The full tables are in our documentation under "Upcoming Pricing Changes
(Effective 4/1/2023)". If you have questions, our support team is available
around the clock.

Thank you for building with us,
Akamai Cloud Computing
""")

# ---------------------------------------------------------------- billing
add(src="https://www.iijmio.jp/info/iij/1621514392.html",
    provider="IIJ", label="billing",
    orig="2021-05-20", target="2028-06-25", time="15:05:41", tz="+0900",
    deadline="none", ja=True,
    frm=("IIJmio サポートセンター", "info@iijmio.jp"),
    to=("", "soumu@oka-koumuten.example"),
    subject="【IIJmio】初期費用の誤請求とご返金について(お詫び)",
    body="""お客様各位

平素は弊社サービスをご利用いただき、誠にありがとうございます。

システムの不具合により、事前にご購入いただいたパッケージを利用して
ギガプランにお申し込みいただき、[[2021-04-01|{Y}年{m}月]]中にご利用を開始された
一部のご契約において、本来発生しない初期費用を誤ってご請求していたことが
判明いたしました。

お客様のご契約が対象となっておりましたので、ご連絡いたします。

■ 対象のご契約
  mioID：oka-koumuten
  サービスコード：hdo51187420
  誤ってご請求した金額：初期費用 3,300円(税込)
  対象のご請求月：[[2021-04-01|{Y}年{m}月]]ご利用分

■ ご返金について
  誤ってご請求した金額と同額を、次回以降のご請求にて減額する形で
  ご返金いたします。お客様によるお手続きは必要ございません。

■ ご確認方法
  IIJmio会員専用ページ「ご請求明細の確認」にて、[[2021-04-01|{Y}年{m}月]]のご請求明細に
  初期費用が計上されていることをご確認いただけます。

なお、[[2021-05-01|{Y}年{m}月]]以降にご利用を開始されたご契約には影響ございません。

ご心配とご迷惑をおかけしましたことを、深くお詫び申し上げます。
ご不明な点は、IIJmioサポートセンターまでお問い合わせください。

株式会社インターネットイニシアティブ
IIJmio サポートセンター
""")

add(src="https://github.com/juice-shop/juice-shop/issues/236",
    provider="Heroku", label="billing",
    orig="2016-11-29", target="2028-06-28", time="19:44:13", tz="+0000",
    deadline="none",
    frm=("Heroku", "bot@heroku.com"),
    to=("", "heroku@lanternfish-labs.example"),
    subject="You have used all of your Free Dyno hours for [[2016-11-29|{B} {Y}]]",
    body="""Hi,

Your account lanternfish-labs has now used all 1350 Free Dyno hours
available to it for [[2016-11-29|{B} {Y}]].

Because the monthly quota is exhausted, all of your free dynos will sleep
until the start of next month. Apps on free dynos will not respond to
requests until then.

Apps on free dynos in this account:
  lf-demo-shop        web (free)
  lf-status-page      web (free)
  lf-webhook-relay    worker (free)

A few things to check:
  - Upgrade an app to Hobby dynos for $7 per dyno per month so that it
    never sleeps and stays reachable around the clock.
  - A monitoring service could be keeping your free apps awake without you
    noticing. Run "heroku logs -t" and remove Pingdom, New Relic or other
    uptime pings that a free app does not need.
  - An app without a web dyno, such as lf-webhook-relay, runs 24/7 once
    its worker is started. Scale it down when it is not in use, or move it
    to a Hobby dyno.

Dyno sleeping is what allows us to offer a free tier for experiments, side
projects and low-traffic apps to millions of developers.

Questions? We're happy to help at help.heroku.com.

Happy coding,
Heroku
""")

# ---------------------------------------------------------------- informational
add(src="https://www.kagoya.jp/news/2025010931433/",
    provider="KAGOYA", label="informational",
    orig="2025-01-09", target="2028-06-05", time="10:22:19", tz="+0900",
    deadline="none", ja=True,
    frm=("カゴヤ・ジャパン株式会社", "info@kagoya.com"),
    to=("", "mail-admin@seto-kousan.example"),
    subject="【障害情報・続報】共用メールゲートウェイサーバーのメール受信遅延について",
    body="""お客様各位

平素は当社サービスをご利用いただき、誠にありがとうございます。

[[2024-12-25|{Y}年{m}月{d}日]]にお知らせいたしました、当社メールゲートウェイサーバーの
障害につきまして、進展がございましたのでご報告いたします。

━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
■ 発生日時
  [[2024-12-01|{Y}年{m}月]]以降、不定期に遅延が発生
  [[2024-12-20|{m}月{d}日]]以降は頻繁に発生しておりました

■ 対象サーバー
  共用メールゲートウェイサーバー
  ※エンタープライズプランをご契約のお客様は対象外です

■ 原因
  海外のIPアドレスからの攻撃によってサーバーの負荷が上昇し、
  お客様宛てメールの受信処理が滞ったものと考えております。

■ 対応状況
  [[2025-01-08|{Y}年{m}月{d}日]] 16時29分、原因と思われる海外IPアドレスからの接続を
  拒否し、セキュリティレベルを引き上げました。現在、遅延が解消するかの
  検証を兼ねて対策を継続しております。

■ 対応に伴う影響
  一部の海外IPアドレスから送信されたメールを受信できない可能性がございます。
  受信できないメールがございましたら、サポートセンターまでご連絡ください。
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

※遅延しているメールが削除されることはございません。
※検証を継続し、復旧を確認しましたら改めてウェブサイトにてお知らせいたします。

ご不便をおかけしており、誠に申し訳ございません。

カゴヤ・ジャパン株式会社
""")

add(src="https://megalodon.jp/ref/2016-0105-1356-25/https://support.gmocloud.com:443/info/detail.php?no=1407734261",
    provider="GMOクラウド", label="informational",
    orig="2014-11-10", target="2028-06-12", time="18:30:44", tz="+0900",
    deadline="none", ja=True,
    frm=("GMOクラウド株式会社 サポートセンター", "support@gmocloud.com"),
    to=("", "web-team@kasumi-shoji.example"),
    subject="【障害報告】共用Windowsサーバーサービスの高負荷障害に関する現状と今後の対応について",
    body="""GMOクラウド 共用Windowsサーバーをご利用のお客さまへ

[[2014-08-07|{m}月{d}日]]より断続的に発生しております、高負荷を原因とした共用Windows
サーバーサービスの障害により、お客さまには多大なるご迷惑をおかけしており
ますこと、深くお詫び申し上げます。現在の状況と今後の対応についてご報告
いたします。

■ 障害の原因
本障害は、以下の三つの事象が重なって発生しております。

 1. 悪意のある第三者による、お客さま領域への不正侵入を試みる大量の通信
    ※推測されやすいパスワードが設定された領域や、WordPress等のプログラムの
     脆弱性を狙った攻撃を確認しております。
 2. 1.の攻撃で侵入された領域に設置された不正プログラムから発信される大量の通信
    ※不正プログラムの一部は、インターネット上の他のサーバーへの攻撃を目的と
     して設置されたものでした。
 3. 2.の不正プログラムがサーバーの処理能力を超えて動作することによる高負荷

■ これまでの対応
[[2014-10-31|{m}月{d}日]]に、不正な通信を上位ネットワークで遮断する仕組みを導入いたしました。
その結果、1日あたり約25,000件の不正通信を遮断できており、高負荷時のアラート
件数もおよそ半分に減少しております。

■ 現在の状況
一方で、一部のサーバーでは、依然として高負荷に伴う再起動が断続的に発生して
いる状況です。引き続き、負荷の原因となっている領域の特定と対処を進めて
まいります。進捗がございましたら、改めてご報告いたします。

お客さまにおかれましても、FTP・管理画面のパスワードの見直しや、設置している
プログラムを最新版に更新いただくなど、ご協力を賜りますようお願いいたします。

GMOクラウド株式会社
""")

add(src="https://www.iijmio.jp/info/iij/1563438090-11466.html",
    provider="IIJ", label="informational",
    orig="2019-07-18", target="2028-06-14", time="11:00:00", tz="+0900",
    deadline="2019-08-01", ja=True,
    frm=("IIJmio", "info@iijmio.jp"),
    to=("", "admin@hinode-clinic.example"),
    subject="【IIJmio】IIJmioサービス契約約款の改訂について",
    body="""お客様各位

拝啓 時下ますますご清祥のこととお慶び申し上げます。
平素は弊社のサービスをご利用いただき、誠にありがとうございます。

IIJmioサービスでは、「IIJmioサービス契約約款」のうち
「IIJmioモバイルサービスにおいて定める事項」の一部を下記のとおり改訂いたします。

敬具

                               記

【対象条項】
 「IIJmioモバイルサービスにおいて定める事項」
  第8項第5号(i)、(ii)および第8項第6号(i)、(ii)

【改訂日】
 [[2019-08-01|{Y}年{m}月{d}日]]

【改訂の背景と目的】
 近頃、国内・国際の音声通話が過度に利用され、高額な通話料が請求される
 事例が多く発生しており、その中には第三者による不正利用と思われるものも
 含まれております。こうした状況を受け、お客様を意図しない高額請求から
 守ることを目的として改訂を行います。

【改訂の概要】
 お客様の回線で、一般的な利用の範囲を大きく超える通話回数または通話料金が
 確認された場合、お客様へのご連絡に先立って、当該回線のサービス利用を
 一時的に停止いたします。停止後に弊社からお客様へ確認を行い、不正利用の
 被害やその恐れがないことなど、お客様ご自身によるご利用であることを
 確認できた場合には、速やかにご利用を再開いたします。

本改訂に伴い、お客様にお手続きいただくことはございません。
改訂後の約款全文は、IIJmioホームページの「約款・規約」でご確認いただけます。

                                                             以上

株式会社インターネットイニシアティブ
""")

# ---------------------------------------------------------------- phishing
add(src="https://systemkomaco.net/ms/2019/06/15/sakura-internet_sagimail",
    provider="さくらインターネット", label="action-required",
    orig="2019-06-06", target="2028-06-08", time="03:41:27", tz="+0900",
    deadline="2019-06-07", phishing=True, ja=True,
    frm=("さくらインターネット", "support@sakura-ad-jp.example"),
    to=("", "contact@miyoshi-seitai.example"),
    subject="【さくらのレンタルサーバ】アカウント確認のお願い(重要)",
    body="""お客様各位

いつもさくらのレンタルサーバをご利用いただきありがとうございます。

お客様のアカウントに関して、最近システムのセキュリティ更新を実施いたしました。
このため、ご登録のメールアカウントの所有者確認が必要となっております。

24時間以内に以下のリンクからログインして確認手続きを完了してください。
期限内に確認が完了しない場合、メールの送受信およびサーバーの利用が
一時的に停止されます。

  確認はこちら → http://sakura.co.ad-jp.example/secure/member/login.php

ご不明な点は、以下の担当者までメールでお問い合わせください。
  担当：サポートセンター ahjmrem.support@freemail.example

※本メールは送信専用アドレスから送信しております。

さくらインターネット株式会社
サポートセンター
[[2019-06-06|{Y}年{m}月{d}日]]
""")

add(src="https://github.com/rkm0959/CTFWriteups/issues/1",
    provider="GitHub", label="security-incident",
    orig="2024-05-26", target="2028-06-20", time="11:58:03", tz="+0000",
    deadline="none", phishing=True,
    frm=("secops-notice", "notifications@github.com"),
    to=("kaito-dev/ctf-notes", "ctf-notes@noreply.github.com"),
    subject="[kaito-dev/ctf-notes] Security Alert for Your GitHub Repository (Issue #1)",
    body="""# Urgent: Security Alert

Hello,

We've detected unusual activity in your GitHub. To keep your account safe,
we need you to take action urgently.

## What You Need To Do:

1. **Verify Repository Settings**
   - Check that your repository settings were not changed without your
     consent.

2. **Reset Your Password**
   - Go to this secure link to reset your password right away:
     [Reset Password](https://hudevelopers-secure.example/github/reset)

3. **Revoke Unauthorized Access**
   - After the reset, review any unauthorized access and revoke it.

Thank you for your prompt attention to keep your GitHub account secure.

*If you did not make these changes, contact us immediately.*

Best Regards,
**GitHub Security Team**

--
Reply to this email directly, view it on GitHub:
https://github.com/kaito-dev/ctf-notes/issues/1
You are receiving this because you are subscribed to this thread.

Message ID: <kaito-dev/ctf-notes/issues/1@github.com>
""")

add(src="https://github.com/Phishing-Database/phishing/pull/1215",
    provider="Microsoft 365", label="billing",
    orig="2026-07-07", target="2028-06-26", time="06:12:55", tz="+0000",
    deadline="2026-07-09", phishing=True,
    frm=("Microsoft OneDrive Billing", "no-reply@notify.databricks-jobs.example"),
    to=("", "finance@saltmarsh-partners.example"),
    subject="OneDrive: payment for your storage plan could not be processed",
    body="""Microsoft OneDrive

Billing notification

We couldn't process the latest payment for your OneDrive storage plan
(Microsoft 365 Business Standard, 1 TB per user).

  Account:        finance@saltmarsh-partners.example
  Amount due:     USD 149.76
  Invoice:        E0700-66812
  Attempted:      [[2026-07-07|{B} {d}, {Y}]]

To avoid interruption, review your billing details before
[[2026-07-09|{B} {d}, {Y}]]. After that date your storage will be set to read-only and
files over the free limit may be removed.

  Review billing details:
  https://nam.safelink.emails-azure.example/redirect/?destination=https%3A%2F%2Fadb-4829107731650922.12.azuredatabricks.example%2Fjobs%2F713302144518871%2Fruns%2F558817420093315

You'll be asked to sign in with your work account and allow the "Billing
Portal" app to verify your identity.

Microsoft respects your privacy. This message was sent from an unmonitored
mailbox.
""")


# ======================================================================== build
MIN_TOTAL, MIN_CRITICAL, MIN_PHISHING, MIN_JA = 36, 10, 3, 8
IPV4 = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w.]*\d)")
ALLOWED_NETS = [ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8")]


def _addr(pair):
    name, addr = pair
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8")


def _subject(text):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return email.header.Header(text, "utf-8").encode()


def build_message(i, n):
    orig, target = _d(n["orig"]), _d(n["target"])
    offset = target - orig
    subject = render(n["subject"], offset)
    body = render(n["body"], offset)
    if not body.endswith("\n"):
        body += "\n"
    deadline = n["deadline"]
    if deadline != "none":
        deadline = (_d(deadline) + offset).isoformat()
    hh, mm, ss = (int(x) for x in n["time"].split(":"))
    sign = 1 if n["tz"][0] == "+" else -1
    tzinfo = _dt.timezone(sign * _dt.timedelta(hours=int(n["tz"][1:3]),
                                               minutes=int(n["tz"][3:5])))
    when = _dt.datetime(target.year, target.month, target.day, hh, mm, ss,
                        tzinfo=tzinfo)
    msg = Message()
    msg["From"] = _addr(n["frm"])
    msg["To"] = _addr(n["to"])
    msg["Subject"] = _subject(subject)
    msg["Date"] = email.utils.format_datetime(when)
    msg["Message-ID"] = "<%s.%02d.%s@training.set-%s.example>" % (
        NAME, i, target.strftime("%Y%m%d"), NAME)
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'text/plain; charset="utf-8"'
    try:
        body.encode("ascii")
        msg["Content-Transfer-Encoding"] = "7bit"
        msg.set_payload(body)
    except UnicodeEncodeError:
        import quopri
        msg["Content-Transfer-Encoding"] = "quoted-printable"
        msg.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = deadline
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    return msg, subject, body, deadline


def write_mbox():
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    try:
        for i, n in enumerate(NOTICES, 1):
            msg, _, _, _ = build_message(i, n)
            m = mailbox.mboxMessage(msg)
            m.set_from("MAILER-DAEMON", time_=None)
            # deterministic From_ line date: the message date in UTC
            when = email.utils.parsedate_to_datetime(msg["Date"]).astimezone(
                _dt.timezone.utc)
            m.set_from("MAILER-DAEMON " + when.strftime("%a %b %d %H:%M:%S %Y"))
            box.add(m)
        box.flush()
    finally:
        box.unlock()
        box.close()


def check():
    problems = []
    raw = open(MBOX, "rb").read()
    if b"\r" in raw:
        problems.append("mbox contains CR characters")
    box = mailbox.mbox(MBOX)
    msgs = list(box)
    if len(msgs) != len(NOTICES):
        problems.append("message count %d != %d" % (len(msgs), len(NOTICES)))
    ids = set()
    counts = {}
    critical = phishing = ja = 0
    required = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                "Content-Type", "Content-Transfer-Encoding", "X-Training-Label",
                "X-Training-Deadline"]
    for i, (m, n) in enumerate(zip(msgs, NOTICES), 1):
        tag = "#%02d" % i
        head = m.as_bytes().split(b"\n\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            problems.append(tag + " non-ASCII header bytes")
        for h in required:
            if m[h] is None:
                problems.append(tag + " missing header " + h)
        order = [k for k in m.keys() if k in required or k == "X-Training-Phishing"]
        want = required + (["X-Training-Phishing"] if n["phishing"] else [])
        if order != want:
            problems.append(tag + " header order %s" % order)
        d = email.utils.parsedate_to_datetime(m["Date"])
        if (d.year, d.month) != (BATCH_YEAR, BATCH_MONTH):
            problems.append(tag + " Date not in batch month: " + m["Date"])
        mid = m["Message-ID"]
        if not re.fullmatch(r"<%s\.\d{2}\.\d{8}@training\.set-%s\.example>"
                            % (NAME, NAME), mid or ""):
            problems.append(tag + " bad Message-ID " + str(mid))
        if mid in ids:
            problems.append(tag + " duplicate Message-ID")
        ids.add(mid)
        lab = m["X-Training-Label"]
        if lab not in LABELS:
            problems.append(tag + " bad label " + str(lab))
        counts[lab] = counts.get(lab, 0) + 1
        dl = m["X-Training-Deadline"]
        if dl != "none":
            try:
                _d(dl)
            except ValueError:
                problems.append(tag + " bad deadline " + dl)
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
                problems.append(tag + " bad deadline format " + dl)
        ctype = m.get_content_type()
        if ctype != "text/plain" or (m.get_content_charset() or "") != "utf-8":
            problems.append(tag + " bad content type " + m["Content-Type"])
        payload = m.get_payload(decode=True).decode("utf-8")
        cte = m["Content-Transfer-Encoding"].lower()
        nonascii = any(ord(c) > 127 for c in payload)
        if nonascii and cte != "quoted-printable":
            problems.append(tag + " non-ASCII body not quoted-printable")
        if not nonascii and cte not in ("7bit", "quoted-printable"):
            problems.append(tag + " unexpected CTE " + cte)
        is_ph = m["X-Training-Phishing"] == "yes"
        if is_ph != n["phishing"]:
            problems.append(tag + " phishing header mismatch")
        subj = str(email.header.make_header(email.header.decode_header(m["Subject"])))
        text = subj + "\n" + payload + "\n" + m["From"] + "\n" + m["To"]
        if "[[" in text or "]]" in text:
            problems.append(tag + " unrendered placeholder")
        for ip in IPV4.findall(text):
            try:
                a = ipaddress.ip_address(ip)
            except ValueError:
                continue
            if not any(a in net for net in ALLOWED_NETS):
                problems.append(tag + " non-documentation IP " + ip)
        if is_ph:
            phishing += 1
        elif lab in ("abuse", "security-incident"):
            critical += 1
        if n["ja"]:
            ja += 1
            if not re.search(r"[\u3040-\u30ff]", payload):
                problems.append(tag + " marked ja but no kana in body")
    if len(msgs) < MIN_TOTAL:
        problems.append("fewer than %d notices" % MIN_TOTAL)
    if critical < MIN_CRITICAL:
        problems.append("critical (non-phishing abuse+security-incident) %d < %d"
                        % (critical, MIN_CRITICAL))
    if phishing < MIN_PHISHING:
        problems.append("phishing %d < %d" % (phishing, MIN_PHISHING))
    if ja < MIN_JA:
        problems.append("Japanese %d < %d" % (ja, MIN_JA))
    srcs = [n["src"] for n in NOTICES]
    if len(set(srcs)) != len(srcs):
        problems.append("an original is used twice")
    return problems, counts, critical, phishing, ja


def table():
    rows = []
    for i, n in enumerate(NOTICES, 1):
        offset = _d(n["target"]) - _d(n["orig"])
        dl = n["deadline"]
        if dl != "none":
            dl = (_d(dl) + offset).isoformat()
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            "ja" if n["ja"] else ("zh" if re.search(r"[\u4e00-\u9fff]", n["body"])
                                  and not re.search(r"[\u3040-\u30ff]", n["body"])
                                  else "en"), n["src"]))
    return "\n".join(rows)


def main():
    write_mbox()
    problems, counts, critical, phishing, ja = check()
    with open(os.path.join(HERE, "used-sources.txt"), "w") as f:
        for n in NOTICES:
            f.write(n["src"] + "\n")
    if "--table" in sys.argv:
        print(table())
    print("notices=%d labels=%s critical=%d phishing=%d ja=%d" % (
        len(NOTICES), dict(sorted(counts.items())), critical, phishing, ja))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
