#!/usr/bin/env python3
"""Batch g34: labelled cloud-provider notices (August 2028), written after public originals.

Standard library only, deterministic.  Every notice is stored with the date of its
original (``orig``) and the send date inside the batch month (``target``); every
``[[YYYY-MM-DD|fmt]]`` placeholder in subject and body holds an *original* date and is
shifted by the same offset (target - orig), so the intervals of the original are kept.
The deadline is also given in original terms and shifted the same way.

Writes set-g34.mbox next to this script, re-reads it and checks it; exits 1 on problems.
"""
import datetime as dt
import email
import email.charset
import email.header
import email.utils
import mailbox
import os
import re
import sys
from email.mime.text import MIMEText

NAME = "g34"
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
MONTH = (2028, 8)

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]

NOTICES = []

JA_WD = "月火水木金土日"
ZH_WD = "一二三四五六日"
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

FORMATS = {
    "iso": lambda d: d.strftime("%Y-%m-%d"),
    "ja": lambda d: "%d年%d月%d日" % (d.year, d.month, d.day),
    "jaw": lambda d: "%d年%d月%d日(%s)" % (d.year, d.month, d.day, JA_WD[d.weekday()]),
    "ja0": lambda d: "%d年%02d月%02d日" % (d.year, d.month, d.day),
    "ja0w": lambda d: "%d年%02d月%02d日(%s)" % (d.year, d.month, d.day, JA_WD[d.weekday()]),
    "slash": lambda d: d.strftime("%Y/%m/%d"),
    "slashw": lambda d: "%s(%s)" % (d.strftime("%Y/%m/%d"), JA_WD[d.weekday()]),
    "md": lambda d: "%d月%d日" % (d.month, d.day),
    "mdw": lambda d: "%d月%d日(%s)" % (d.month, d.day, JA_WD[d.weekday()]),
    "zh": lambda d: "%d年%d月%d日" % (d.year, d.month, d.day),
    "zhw": lambda d: "%d年%d月%d日（星期%s）" % (d.year, d.month, d.day, ZH_WD[d.weekday()]),
    "en": lambda d: "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
    "dot": lambda d: d.strftime("%Y.%m.%d"),
    "ym": lambda d: "%d年%d月" % (d.year, d.month),
}

PH = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})\|([a-z0-9]+)\]\]")


def add(src, provider, label, orig, target, time, tz, deadline, frm, to, subject, body,
        phishing=False, ja=True):
    NOTICES.append(dict(src=src, provider=provider, label=label, orig=orig, target=target,
                        time=time, tz=tz, deadline=deadline, frm=frm, to=to,
                        subject=subject, body=body, phishing=phishing, ja=ja))


def shift_text(text, offset):
    def rep(m):
        d = dt.date.fromisoformat(m.group(1)) + offset
        fmt = m.group(2)
        if fmt not in FORMATS:
            raise ValueError("unknown date format %r" % fmt)
        return FORMATS[fmt](d)
    return PH.sub(rep, text)


# ---------------------------------------------------------------------------
# notices
# ---------------------------------------------------------------------------

# 01 -- Google Cloud: leaked service-account key used for mining (threenext.com)
add(src="https://threenext.com/?p=9272", provider="Google Cloud Japan", label="security-incident",
    orig="2019-11-19", target="2028-08-01", time="09:42", tz="+0900", deadline="2019-11-21",
    frm=("Google Cloud Platform", "google-cloud-compliance@google.com"),
    to="owner@tsubame-lab.example",
    subject="[要対応] 重大: プロジェクト tsubame-batch-prod のサービス アカウント キーが不正使用されている可能性があります",
    body="""\
Google Cloud Platform / API プロジェクトのオーナー様

お客様のプロジェクト「tsubame-batch-prod」(ID: tsubame-batch-prod-418207)で使われている
サービス アカウント キーが、インターネット上の誰でも閲覧できる場所に置かれていることを
Google で確認しました。

  サービス アカウント: deploy-runner@tsubame-batch-prod-418207.iam.gserviceaccount.com
  キー ID           : 7c41d09e2b5a8f3316e0c9d4a1b27e58f06d3c92
  確認した掲載場所  : https://github.com/tsubame-lab-example/batch-tools/blob/master/config/service-key.json

さらに [[2019-11-18|ja]] 23 時 10 分(日本時間)以降、このキーを使って複数のリージョンで
Compute Engine インスタンスが合計 84 台作成されており、大半で暗号通貨のマイニングと
みられる高負荷の処理が続いています。お客様ご自身の操作でない場合は、第三者がキーを
入手してプロジェクトを操作していると考えられます。

被害の拡大を防ぐため、当該プロジェクトでは新たな vCPU 割り当てを一時的に制限しました。
作成済みのリソースは停止していないため、料金は現在も発生し続けています。

直ちに次の対応をお願いします。
  1. [IAM と管理] > [サービス アカウント] で上記キーを無効化して削除し、必要なら新しいキーを発行する
  2. 心当たりのないインスタンス、ディスク、ファイアウォール ルール、サービス アカウントを削除する
  3. Cloud Audit Logs でこのキーによる操作を洗い出し、ほかの認証情報も入れ替える
  4. キーをソースコード リポジトリに含めない運用に改める(Secret Manager の利用を推奨します)

対応が済みましたら、[[2019-11-21|jaw]] までに Cloud Console の当該プロジェクトにある
「申し立て」ページから、実施した内容をお知らせください。期限までにご連絡がない場合や
不正な利用が続く場合は、利用規約に基づきプロジェクトを停止することがあります。

不正利用によって発生した料金について調整をご希望の場合は、上記の対応を終えたうえで
Cloud Billing サポートへお問い合わせください。

Google Cloud Platform Trust & Safety チーム

(c) Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
このメールは、Google Cloud Platform のアカウントおよびサービスに関する重要なお知らせとして送信されています。
""")

# 02 -- Xserver: compromised mailbox sending spam, password force-changed (smile-may4.com)
add(src="https://smile-may4.com/xserver_mailsousinmondai/", provider="Xserver", label="abuse",
    orig="2021-09-08", target="2028-08-23", time="10:26", tz="+0900", deadline="none",
    frm=("エックスサーバー", "support@xserver.ne.jp"),
    to="kanri@kazamidori-koubou.example",
    subject="【Xserverアカウント】■重要■ お客様ご契約のアカウントにおける大量メール送信について",
    body="""\
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【Xserverアカウント】■重要■ お客様ご契約のアカウントにおける大量メール送信について
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

サーバーID           :kazamidori(sv13027.xserver.jp)
対象メールアカウント :info@kazamidori-koubou.example

いつもエックスサーバーをご利用いただき、ありがとうございます。
エックスサーバー サポートでございます。

急なご連絡となり申し訳ございません。
上記サーバーアカウントに設定されているメールアカウントにつきまして、
[[2021-09-07|ja]]深夜から本日未明にかけて、外部から不審な SMTP 認証が繰り返し行われ、
迷惑メールと判断される内容のメールが大量に送られていることを確認いたしました。

同じサーバーをご利用の他のお客様への影響と、送信先への被害の拡大を防ぐため、
当該メールアカウントのパスワードを当サポートにて強制的に変更しております。
これまでのパスワードではメールの送受信ができなくなっておりますので、ご了承ください。

■送信状況(抜粋)
  送信期間 :[[2021-09-07|slash]] 23:24 ~ [[2021-09-08|slash]] 05:36
  送信件数 :約 1,000 通(宛先の大半は海外のフリーメール)
  接続元IP :203.0.113.87 ほか複数

■お客様にご対応いただきたいこと
  1. ご利用中のパソコン・スマートフォンのウイルスチェック
  2. サーバーパネル「メールアカウント設定」での新しいパスワードの設定
     (他サービスと同じもの、推測しやすいものは避けてください)
  3. メールソフト側の設定を新しいパスワードへ更新
  4. 送信にお心当たりがある場合は、用途と送信件数をサポートまでご連絡ください

原因が解消されないまま利用を再開された場合、再度のパスワード変更や
メール送信の制限を行うことがございます。
また、サーバーの IP アドレスがブラックリストに登録されますと、
他のお客様のメール配信にも支障が出るため、早めのご対応をお願いいたします。

ご不明な点は、Xserverアカウントのお問い合わせフォームよりご連絡ください。

--
エックスサーバー株式会社 サポートセンター
https://www.xserver.ne.jp/support/
""")

# 03 -- Huawei Cloud: spam complaint, port/IP block threatened (huaweicloud.com guide)
add(src="https://huaweicloud.com/guide/productsdesc-bms_6806bb83acebacf57b6b5418c81a6a29support0",
    provider="Huawei Cloud", label="abuse",
    orig="2024-11-07", target="2028-08-10", time="10:05", tz="+0800", deadline="2024-11-09",
    frm=("华为云", "noreply@notice.huaweicloud.com"),
    to="ops@qingshan-tech.example",
    subject="【华为云】关于您的云服务器存在对外发送垃圾邮件行为的整改通知",
    body="""\
尊敬的华为云客户：

您好！华为云近期收到外部反垃圾邮件组织的投诉，反映您账号（账号名：hw_qingshan_tech）下的以下资源存在对外发送垃圾邮件的行为：

  区域：华北-北京四
  云服务器：ecs-mail-01（ID：3f8c1e52-7a0d-4b6e-9c21-5d8e0a7f4b13）
  弹性公网IP：198.51.100.142
  投诉类型：垃圾邮件（通过 TCP 25 端口大量外发）
  首次发现时间：[[2024-11-06|zh]] 21:40（北京时间）

依据《华为云用户协议》及《华为云可接受的使用政策》，请您在收到本通知后 48 小时内（即 [[2024-11-09|zh]] 10:00 之前）完成整改：

1. 立即停止该主机对外发送垃圾邮件，排查是否存在被入侵、弱口令或开放中继（Open Relay）等问题；
2. 核查邮件服务的认证配置，清理异常发送队列及可疑邮箱账户；
3. 如该 IP 已被反垃圾邮件组织列入黑名单，请在整改完成后自行提交解除申请；
4. 整改完成后，通过工单提交整改说明。

若未能在上述时间内完成整改，华为云将对相关资源采取风险遏制措施，包括但不限于封禁 25 端口、冻结该弹性公网IP。若该 IP 被反垃圾邮件组织列入黑名单并严重影响华为云的服务声誉，该 IP 将被永久冻结且不可解冻，届时需要您重新绑定新的弹性公网IP。

如有疑问，请登录华为云控制台提交工单，我们将尽快为您处理。

华为云
[[2024-11-07|zh]]
""", ja=False)

# 04 -- Tencent Cloud: instance mining and attacking, isolated (github leitbogioro/Tools#122)
add(src="https://github.com/leitbogioro/Tools/issues/122", provider="Tencent Cloud", label="abuse",
    orig="2025-02-06", target="2028-08-17", time="04:02", tz="+0800", deadline="none",
    frm=("腾讯云", "notify@cloud.tencent.com"),
    to="cy.admin@lanxi-studio.example",
    subject="【腾讯云】违规处置通知：您的云服务器存在挖矿及对外攻击行为，已被网络隔离",
    body="""\
尊敬的腾讯云用户，您好！

经腾讯云安全中心检测，您账号（账号ID：100038271645）下的云服务器存在运行挖矿程序并对外发起网络攻击的行为，违反了《腾讯云服务协议》及相关法律法规。详情如下：

  实例ID：ins-7kq2m9xd
  实例名称：debian12-proxy
  地域：中国香港
  公网IP：203.0.113.58
  违规类型：挖矿木马 / 对外攻击（SSH 暴力破解）
  检测时间：[[2025-02-06|zh]] 03:17

处置措施：
为避免对其他用户和网络环境造成进一步影响，腾讯云已对该实例进行网络隔离，隔离期间公网访问不可用，仅可通过控制台 VNC 方式登录。

请您尽快完成以下排查与整改：
1. 通过 VNC 登录实例，检查并清除异常进程（如 kdevtmpfsi、xmrig 等）、crontab 计划任务、开机启动项及 ~/.ssh/authorized_keys 中的可疑公钥；
2. 排查入侵原因，修改登录密码或改用密钥登录，关闭不必要的公网端口；
3. 如无法彻底清除，建议备份关键数据后重装系统；
4. 整改完成后，在控制台"违规处置记录"页面提交解封申请，审核通过后解除隔离。

处置详情可在控制台"消息中心"查看。如对处置结果有异议，可在违规处置记录中发起申诉。

腾讯云团队
""", ja=False)

# 05 -- Alibaba Cloud: AccessKey leaked on GitHub (github tisfeng/Easydict#271)
add(src="https://github.com/tisfeng/Easydict/pull/271", provider="Alibaba Cloud", label="security-incident",
    orig="2023-12-30", target="2028-08-26", time="15:08", tz="+0800", deadline="none",
    frm=("阿里云", "noreply@notice.aliyun.com"),
    to="xiaoyu.dev@yuwei-app.example",
    subject="【阿里云】AccessKey 泄露风险告警：您的 AccessKey 疑似已在公开代码平台泄露",
    body="""\
尊敬的阿里云用户 xiaoyu_dev***：

您好！阿里云云安全中心监测到，您账号（UID：1486****3027）下的 AccessKey 疑似已在公开代码托管平台泄露，信息如下：

  AccessKey ID：LTAI5tQ8****Wn2d
  所属身份：RAM 用户 translate-bot
  泄露平台：GitHub
  泄露位置：https://github.com/yuweiapp-example/quick-dict/pull/18/files
  发现时间：[[2023-12-30|zh]] 14:52

AccessKey 是调用阿里云 API 的身份凭证，一旦泄露，他人即可以您的身份创建或释放资源、读取数据，可能造成数据泄露和意外费用。为保护您的账号安全，阿里云已限制该 AccessKey 调用访问控制（RAM）的部分接口，禁止通过其创建或修改用户、角色、AccessKey 及权限策略。

请您立即处理：
1. 登录 RAM 控制台，禁用并删除上述 AccessKey，如业务需要请为应用重新创建 AccessKey；
2. 从代码仓库中移除该密钥，并清理 Git 提交历史（仅删除最新文件无法消除风险）；
3. 通过操作审计（ActionTrail）核查该 AccessKey 近期的调用记录，确认是否存在异常操作；
4. 检查账号下是否存在非本人创建的 ECS 实例、RAM 用户或其他资源。

处理完成后，可在云安全中心"AccessKey 泄露检测"页面将该告警标记为已处理。

阿里云计算有限公司
""", ja=False)

# 06 -- onamae.com: registry restriction for suspected abuse / blacklist (pdm.tokyo)
add(src="https://www.pdm.tokyo/entry/201907/onamae-domain-blacklist", provider="お名前.com (GMO)", label="abuse",
    orig="2019-06-27", target="2028-08-03", time="17:48", tz="+0900", deadline="none",
    frm=("お名前.com", "info@onamae.com"),
    to="webmaster@hoshizora-note.example",
    subject="【重要】[お名前.com]ドメインの利用制限について",
    body="""\
━━お名前.com by GMO ━━━━━━━━━━━━━━━━━━━━━━━━━━━━
━━━━━━━━━━━━ ドメイン公式登録サービス ━━━━━━━━━━━━━━
━━━━━━━━━━━━━━━━━━━━━━━━━━━━ https://www.onamae.com/ ━

お名前ID(会員ID):47102583
対象ドメイン名  :hoshizora-note.example

平素は、お名前.comをご利用いただき、まことにありがとうございます。

お客様がご登録のドメインについて、ドメインのデータベースを管理する
上位機関(以下「レジストリ」)から、ドメインの品質や安定性を損なう
おそれのある不正利用が疑われるため、当該ドメインの利用を制限する旨の
連絡がございました。

レジストリの判断により、当該ドメインには利用制限が設定されます。
設定後は名前解決が行われなくなり、ホームページの表示や
メールの送受信がご利用いただけなくなります。

レジストリからの連絡では、当該ドメインがスパムやマルウェア配布に関する
ブラックリストに掲載されていることが理由として挙げられております。

利用制限の解除をご希望の場合は、以下をご確認のうえ本メールにご返信ください。
  1. ドメインの Whois 情報が正確であることのご確認
  2. ブラックリストからの掲載削除申請(原因がある場合はその解消)
  3. 下記フォームへのご記入(正当な利用目的を確認できる情報)

  ─ドメイン利用状況─────────────────
  ドメイン名:
  お名前ID :
  □ホームページ、ブログなどでご利用の場合
    公開目的:
    公開内容:
    該当URL :
  □メールでご利用の場合
    利用目的:
    配信方法・配信数:
  ────────────────────────────
  ※ご利用のない項目は空欄のままご返信ください。

いただいた内容をもとに、弊社からレジストリへ解除を申請いたします。
審査には数営業日かかる場合がございますので、あらかじめご了承ください。

─────────────────────────────────
お名前.com ドメインサポート
GMOインターネットグループ株式会社
─────────────────────────────────
""")

# 07 -- IIJ: Secure MX breach, per-customer result (ascii.jp follow-up 2025-04-22)
add(src="https://ascii.jp/elem/000/004/264/4264938", provider="IIJ", label="security-incident",
    orig="2025-04-22", target="2028-08-22", time="18:30", tz="+0900", deadline="none",
    frm=("IIJセキュアMXサービス", "smx-info@iij.ad.jp"),
    to="sysadmin@hokusei-seiki.example",
    subject="【重要】IIJセキュアMXサービスへの不正アクセスに関する調査結果と貴社への影響について(smx8830412)",
    body="""\
株式会社ほくせい精機
情報システム部 ご担当者様

株式会社インターネットイニシアティブ
IIJセキュアMXサービス 担当

平素より弊社サービスをご利用いただき、誠にありがとうございます。
[[2025-04-15|jaw]]にお知らせいたしました「IIJセキュアMXサービス」の設備に対する
不正アクセスにつきまして、調査の結果、貴社のご契約において情報の漏えいが
確認されましたので、ご報告いたします。
多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。

■ 対象のご契約
  サービスコード:smx8830412
  ご契約名    :株式会社ほくせい精機

■ 貴社のご契約で確認された被害
  ・連携クラウドサービスの認証情報の漏えい
    IIJセキュアMXサービスと連携させるために登録いただいていた Microsoft 365 用
    アプリケーション(クライアント ID: 6f0b2c4e-93d1-4a7e-b58c-2e17d40a9f61)の
    クライアントシークレット
  ※メールアカウントのパスワード、送受信メールの本文・ヘッダ情報については、
    貴社のご契約での漏えいは確認されておりません([[2025-04-22|md]]時点)。

■ 事案の概要
  [[2024-08-03|ja]]以降、サービス設備で利用していた Web メールソフトウェア
  「Active! mail」の当時未公表の脆弱性を悪用され、設備上で不正なプログラムが
  実行されていたことを[[2025-04-10|ja]]に確認いたしました。侵入経路は特定のうえ
  遮断しており、脆弱性に関係するオプション機能は[[2025-02-03|ym]]に提供を終了しています。
  [[2025-04-22|md]]時点で被害が確認されたのは全体で586契約です
  (メールアカウント・パスワード 132契約、メール本文・ヘッダ 6契約、
  連携クラウドサービスの認証情報 488契約。重複を含みます)。

■ 貴社にお願いしたいご対応
  1. 上記アプリケーションのクライアントシークレットを無効化して新しいシークレットを
     発行し、弊社コントロールパネルの連携設定を更新してください。
  2. Microsoft Entra ID のサインインログおよび監査ログで、[[2024-08-03|ja]]以降に
     当該アプリケーションからの不審なアクセスや操作がないかをご確認ください。
  3. 不審な操作が見つかった場合は、弊社担当までご連絡ください。
     調査に必要なログのご提供などでご支援いたします。

本件のお問い合わせは、担当営業または下記の専用窓口までお願いいたします。
  IIJセキュアMXサービス 専用窓口:smx-incident@iij.ad.jp(平日 9:00~17:30)

弊社では引き続き関係機関と連携し、再発防止策と監視体制の強化に努めてまいります。
""")

# 08 -- LY Corporation: breach via affiliate's contractor PC (internet.watch.impress.co.jp)
add(src="https://internet.watch.impress.co.jp/docs/news/1550141.html", provider="LINEヤフー", label="security-incident",
    orig="2023-11-27", target="2028-08-28", time="16:12", tz="+0900", deadline="none",
    frm=("LINEヤフー株式会社", "no-reply@lycorp.co.jp"),
    to="s.tanabe@minato-cafe.example",
    subject="【重要】当社システムへの不正アクセスによる情報漏えいに関するお知らせとお詫び",
    body="""\
LINE公式アカウントをご利用の取引先ご担当者様

平素より当社サービスをご利用いただき、誠にありがとうございます。
LINEヤフー株式会社です。

このたび、当社のシステムが第三者による不正アクセスを受け、当社の取引先等に関する
情報の一部が外部に漏えいしたことが判明いたしました。調査の結果、お客様に関する
情報が漏えいの対象に含まれていることを確認いたしましたので、ご連絡いたします。
多大なるご迷惑とご心配をおかけしますことを、心よりお詫び申し上げます。

■ 漏えいが確認されたお客様の情報
  ・メールアドレス(s.tanabe@minato-cafe.example)
  ・氏名、所属(会社名・部署名)
  ※口座情報、クレジットカード情報、LINEアプリのトーク内容は含まれておりません。

■ 経緯
  [[2023-10-09|jaw]] 当社の関係会社である NAVER Cloud 社の委託先企業の従業者が使用する
               PC がマルウェアに感染し、共通の認証基盤を介して当社システムへの
               不正アクセスが行われる
  [[2023-10-17|jaw]] 当社にて不審なアクセスを検知し、調査を開始
  [[2023-10-27|jaw]] 第三者による不正アクセスであることを確認。不正アクセスに使われた
               可能性のある従業者のパスワードをリセットし、関係会社のシステムから
               当社各サーバーへのアクセスを順次遮断

■ お客様へのお願い
  現時点で、漏えいした情報を利用した二次被害の報告は受けておりません。
  ただし、当社や LINE公式アカウントを装ったメール・メッセージが届く可能性がございます。
  心当たりのないメールのリンクを開いたり、ID・パスワード等を入力したりしないよう
  ご注意ください。当社からメールでパスワードやクレジットカード番号をお尋ねすることは
  ございません。

本件に関するお問い合わせは、LINEヤフー 情報漏えい専用窓口(フォーム)にて承ります。
  https://www.lycorp.co.jp/ja/news/contact/

当社は関係省庁へ状況を報告しつつ、認証基盤の分離やネットワークアクセス管理の見直しなど、
再発防止策に全社を挙げて取り組んでまいります。

LINEヤフー株式会社
""")

# 09 -- Yahoo! JAPAN: ID flagged, forced birth-date check and password change (pasokon360.com)
add(src="https://www.pasokon360.com/20210812.html", provider="Yahoo! JAPAN", label="security-incident",
    orig="2021-08-12", target="2028-08-24", time="11:20", tz="+0900", deadline="none",
    frm=("Yahoo! JAPAN", "security-master@mail.yahoo.co.jp"),
    to="m.kuroda.shop@kuroda-kagu.example",
    subject="Yahoo! JAPAN IDの安全な利用についてのお知らせ",
    body="""\
本メールは、Yahoo! JAPAN IDをご利用のお客様への重要なご案内です。
お心当たりのない場合は、お手数ですが本メールを破棄してください。

Yahoo! JAPANでは、Yahoo! JAPAN ID(以下「Y!ID」)を安心してお使いいただくための
取り組みを続けております。

このたび、Y!IDに登録されている「連絡用メールアドレス」を第三者が乗っ取り、
そのメールアドレスを使って別のY!IDの乗っ取りを試みる不正な行為が確認されました。
狙われているY!IDには、連絡用メールアドレスに特定のドメインが設定されている、
数か月以上ログインされていない、といった共通点があります。

お客様のY!IDがこの条件に当てはまったため、以下の措置を実施いたしました。

────────────────────────────────
  対象Y!ID:kuro****kagu
  実施日時:[[2021-08-12|jaw]] 10:55
  措置内容:本メール受信後、最初のログイン時に、登録済みの生年月日の入力と
            パスワードの変更が必要になります
────────────────────────────────

お手数をおかけしますが、次回ログイン時に画面の案内に従ってお手続きください。
あわせて、連絡用メールアドレスとして登録しているメールサービスのパスワードが
他サービスと共通になっていないかもご確認ください。

なお、Yahoo! JAPANからメールでパスワードをお尋ねすることはありません。

Yahoo! JAPAN
""")

# 10 -- Chatwork: password known to third parties, change requested (help.chatwork.com)
add(src="https://help.chatwork.com/hc/ja/articles/52542697207961--%E3%82%BB%E3%82%AD%E3%83%A5%E3%83%AA%E3%83%86%E3%82%A3%E4%BF%9D%E8%AD%B7%E3%81%AE%E3%81%9F%E3%82%81%E3%81%AE%E3%83%91%E3%82%B9%E3%83%AF%E3%83%BC%E3%83%89%E5%A4%89%E6%9B%B4%E3%81%AE%E3%81%8A%E9%A1%98%E3%81%84-%E3%81%AE%E3%83%A1%E3%83%BC%E3%83%AB%E3%81%A8%E3%81%AF",
    provider="Chatwork", label="security-incident",
    orig="2025-12-10", target="2028-08-16", time="08:47", tz="+0900", deadline="none",
    frm=("Chatwork", "info@support.chatwork.com"),
    to="h.morita@asanagi-design.example",
    subject="【重要】【Chatwork】セキュリティ保護のためのパスワード変更のお願い",
    body="""\
森田 英明 様

いつもChatworkをご利用いただき、ありがとうございます。

本日のログイン時に実施したセキュリティチェックの結果、お客様が現在お使いの
パスワードは、第三者に知られている可能性が高い状態であることが分かりました。
インターネット上に流出した他サービスのデータに、同じ組み合わせのメールアドレスと
パスワードが含まれていることを、外部のサービスを通じて確認しています。
なお、Chatworkからパスワード情報が漏えいした事実はございません。

  ログイン日時 :[[2025-12-10|slash]] 08:44
  IPアドレス  :198.51.100.23
  端末情報    :Windows / Chrome
  認証方式    :メールアドレスとパスワード

第三者による不正ログインを防ぐため、アカウント設定から速やかにパスワードを
変更してください。新しいパスワードを決める際は、次の点にご注意ください。
  ・他のサービスで使っていない、Chatwork専用の文字列にする
  ・名前や誕生日など、推測されやすいものは避ける
  ・英大文字・小文字・数字・記号を組み合わせる

あわせて、2段階認証の設定もおすすめします。

※本メールは、パスワードの安全性がシステム上で確認できるまで、ログインのたびに
  送信されます。
※同時に「新しいログインを検知しました」という通知メールが届く場合があります。
  ログインに心当たりがない場合は、ヘルプの「身に覚えのないログイン通知が届いた」を
  ご確認ください。

株式会社kubell Chatworkサポート
https://help.chatwork.com/
""")

# 11 -- SAKURA Cloud: API bug exposed disk info to other customers (cloud.sakura.ad.jp news)
add(src="https://cloud.sakura.ad.jp/news/2023/07/12/security-incident-2307", provider="さくらインターネット", label="security-incident",
    orig="2023-07-12", target="2028-08-09", time="15:00", tz="+0900", deadline="none",
    frm=("さくらのクラウド", "support@sakura.ad.jp"),
    to="infra@tsukikage-net.example",
    subject="【さくらのクラウド】APIの不具合によりお客様のディスク情報が他のお客様から参照可能となっていた件のご報告とお詫び",
    body="""\
会員ID:abc27316
ご契約者名:株式会社月影ネットワークス 様

平素よりさくらのクラウドをご利用いただき、誠にありがとうございます。

さくらのクラウドで提供している特定の API において、ディスク名を含む一部の情報が、
他のお客様からも参照できる状態になっていたことが弊社の調査で判明いたしました。
お客様のご契約も対象に含まれておりましたので、ご報告いたします。
大変なご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。

1. 発生期間
   [[2017-02-01|jaw]] から [[2023-06-29|jaw]] 17時26分まで

2. 対象
   発生期間中に、バンドル情報付きのディスクを作成されたお客様

3. 参照可能となっていた情報
   ・バンドル情報(Windows などディスクに付与される属性情報)
   ・ディスク名称(お客様がディスクに付けた名前)
   ・ディスクサイズ
   ※ディスク内に保存されたデータ、接続先サーバの情報(サーバ名、IPアドレス、
     プラン等)は参照できない仕様であり、影響はございません。

4. お客様の対象ディスク(抜粋)
   ゾーン  ディスクID      ディスク名
   is1b    113502849127   win2019-ad01
   is1b    113502849533   win2019-fileserver-keiri
   tk1a    113601177204   mssql-prod-data

5. 対応状況
   [[2023-06-29|md]]に不具合を修正し、現在は契約者以外から参照できない状態となっております。
   現時点で、本件に起因する被害は確認されておりません。

ディスク名に社名・部署名・用途などを含めている場合、それらが他のお客様から
参照できた可能性がございます。必要に応じてディスク名の見直しをご検討ください。

本件に関するお問い合わせは、会員メニューのお問い合わせフォームよりお願いいたします。

さくらインターネット株式会社
https://cloud.sakura.ad.jp/
""")

# 12 -- Alibaba Cloud: regulator notice, stop proxy use within 24h (github shadowsocks#1180)
add(src="https://github.com/shadowsocks/shadowsocks/issues/1180", provider="Alibaba Cloud", label="abuse",
    orig="2018-03-03", target="2028-08-19", time="17:40", tz="+0800", deadline="2018-03-04",
    frm=("阿里云", "service@notice.aliyun.com"),
    to="jacket.pc@beihai-lab.example",
    subject="【阿里云】关于您的云服务器存在违规使用行为的整改通知",
    body="""\
尊敬的阿里云用户 beihai_lab***：

您好！接主管部门通知，您账号下的以下云服务器存在通过技术手段使其成为境内获取境外非法信息通道等行为：

  涉及主机：203.0.113.141（实例ID：i-j6c0f2kq8w1zm3xa7y5d，地域：中国香港）
  通知时间：[[2018-03-03|zh]] 17:32

上述行为违反了《互联网信息服务管理办法》第十五条的相关规定以及《阿里云服务条款》第 3.1.3 条第 11 项。请您在收到本通知后 24 小时内（即 [[2018-03-04|zh]] 17:32 前）停止上述行为，并完成自查。

如逾期未处理，或再次收到相关通知，阿里云将依照要求及相关规定停止对您提供服务。

如有疑问，请通过工单或客服热线联系阿里云售后服务。感谢您的理解与支持！

阿里云计算有限公司
""", ja=False)

# 13 -- Microsoft Entra: inactive tenant, buy a subscription by date (thefilibusterblog.com)
add(src="https://thefilibusterblog.com/ja/%e6%9c%ac%e7%89%a9%e3%81%aemicrosoft-entra-id%e3%83%a1%e3%83%bc%e3%83%ab%e3%82%92%e7%90%86%e8%a7%a3%e3%81%99%e3%82%8b%ef%bc%9a%e8%a9%90%e6%ac%ba%e3%81%a7%e3%81%af%e3%81%82%e3%82%8a%e3%81%be%e3%81%9b",
    provider="Azure Japan (Microsoft)", label="action-required",
    orig="2025-07-12", target="2028-08-12", time="03:14", tz="+0900", deadline="2025-08-11",
    frm=("Microsoft", "microsoft-noreply@microsoft.com"),
    to="admin@kitakazelab.onmicrosoft.example",
    subject="必要な対応: テナントを継続してご利用いただくには、[[2025-08-11|ja]]までにご購入ください",
    body="""\
Microsoft Entra ID

テナントを継続してご利用いただくには、ご購入が必要です

テナント名  : Kitakaze Lab
テナント ID : 0b7e2f64-5c1a-4d93-8e0f-a2c6b91d3e57
プライマリ ドメイン: kitakazelab.onmicrosoft.com

このテナントでは、長期間にわたり有効な有料サブスクリプションが確認されていません。
使われていないテナントは、乗っ取りや不正利用の足がかりとなるおそれがあるため、
Microsoft では一定の条件を満たす非アクティブなテナントを順次削除しています。

このテナントを引き続きご利用になる場合は、[[2025-08-11|jaw]] までに、テナント内で
いずれかのサブスクリプション(例: Microsoft 365、Microsoft Entra ID P1、Azure の従量課金
サブスクリプション)をご購入ください。

期限までにご購入が確認できない場合、テナントは削除の手続きに入ります。削除された
テナントのユーザー、グループ、アプリの登録、ドメインの設定などは復元できません。

このテナントが不要な場合は、特に操作の必要はありません。

  Microsoft 365 管理センターでサブスクリプションを購入する:
  https://admin.microsoft.com/

ご不明な点は、Microsoft 365 管理センターの [サポート] からお問い合わせください。

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
このメールは、Microsoft Entra テナントの管理者に送信されています。
""")

# 14 -- Azure: unused subscription will be blocked in 30 days (aadojo.alterbooth.com)
add(src="https://aadojo.alterbooth.com/entry/2024/10/17/161241", provider="Azure Japan (Microsoft)", label="action-required",
    orig="2024-11-05", target="2028-08-15", time="06:31", tz="+0900", deadline="2024-12-05",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="cloud-admin@hanamizuki-soft.example",
    subject="必要な対応: 未使用の Azure サブスクリプションは 30 日後にブロックされます",
    body="""\
Microsoft Azure

未使用のサブスクリプションがブロックされる予定です

サブスクリプション名: 検証環境-従量課金
サブスクリプション ID: 5d2a7c90-18e4-4f6b-a3c1-9e0b47d8f215
課金アカウント      : 株式会社花水木ソフト

このサブスクリプションでは、過去 12 か月間に使用量、アクティビティ、サポート リクエストの
いずれも確認されていません。放置されたサブスクリプションは、ロールの割り当てが残ったまま
乗っ取られるなど、アカウントのセキュリティ上のリスクとなるため、Microsoft では未使用の
サブスクリプションを保護のためにブロックしています。

[[2024-12-05|jaw]] までにこのサブスクリプションが使用されない場合、サブスクリプションは
ブロックされ、リソースの作成や変更などの操作ができなくなります。ブロック後 90 日が
経過したサブスクリプションは削除されます。

引き続き利用する場合:
  期限までにサブスクリプションでリソースを作成するなど、使用を再開してください。
  使用が確認されると、通常の状態に戻り、ブロックの対象外となります。

今後利用しない場合:
  対応は不要です。必要に応じて Azure portal からサブスクリプションを取り消してください。

ブロックされたサブスクリプションを元に戻すには、Azure サポートへのお問い合わせが必要です。

  Azure portal でサブスクリプションを確認する: https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 15 -- onamae.com: WHOIS registrant email verification within two weeks (wp-technique.com)
add(src="http://wp-technique.com/onamae/", provider="お名前.com (GMO)", label="action-required",
    orig="2015-07-21", target="2028-08-29", time="13:05", tz="+0900", deadline="2015-08-04",
    frm=("お名前.com", "verification-noreply@onamae.com"),
    to="yamane@kotonoha-works.example",
    subject="【重要】[お名前.com] ドメイン 情報認証のお願い",
    body="""\
━━お名前.com by GMO ━━━━━━━━━━━━━━━━━━━━━━━━━━━━
※本メールはドメインの登録者メールアドレス宛に自動でお送りしています。

お名前.comをご利用いただき、まことにありがとうございます。

ドメイン名の国際的な管理団体である ICANN の「WHOIS 情報正確性確認方針」に基づき、
ドメインの登録者情報として登録されているメールアドレスが有効であることの
確認(ドメイン情報認証)をお願いしております。

■対象ドメイン
  kotonoha-works.example
  kotonoha-shop.example

■認証の手続き
  以下の URL にアクセスしていただくだけで認証は完了します。
  https://www.onamae.com/domain/verify/?token=7QX2-LM8R-40KD-Z1PE

■手続きの期限
  [[2015-08-04|jaw]] まで(本メール送信日から 2 週間)

期限までに認証が完了しない場合、対象ドメインに利用制限がかかり、
ドメインを使ったホームページの閲覧やメールの送受信ができなくなります。
制限がかかった後の解除にはお時間をいただく場合がありますので、
お早めにお手続きください。

※一度認証が完了したメールアドレスについては、同じ登録者情報のドメインで
  再度の認証は発生しません。
※お心当たりのない場合は、お名前.com サポートまでお問い合わせください。

─────────────────────────────────
お名前.com ドメイン公式登録サービス
https://www.onamae.com/
─────────────────────────────────
""")

# 16 -- SAKURA: shared-SSL certificate renewal, check mail client server names (blog.goo.ne.jp/odohuran)
add(src="https://blog.goo.ne.jp/odohuran/d/20180807", provider="さくらインターネット", label="action-required",
    orig="2018-08-07", target="2028-08-08", time="14:30", tz="+0900", deadline="2018-08-22",
    frm=("さくらインターネット", "support@sakura.ad.jp"),
    to="office@kanade-sekkei.example",
    subject="[さくらインターネット]共有SSL用サーバ証明書更新に伴うメールソフト設定確認のお願い",
    body="""\
会員ID   :xyz84120
契約者名 :株式会社かなで設計 様
初期ドメイン:kanade-sekkei.sakura.ne.jp

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。

このたび、ご利用中のサービスへの機能追加にともない、共有SSLで使用している
サーバ証明書を更新いたします。

メールソフトの受信・送信サーバ名に独自ドメインを設定したうえで SSL を有効に
されている場合、証明書の更新後にメールソフトで警告が表示されたり、送受信が
できなくなったりする可能性がございます。

■証明書更新予定日
  [[2018-08-22|jaw]]

■お客様にご確認いただきたいこと
  更新予定日までに、メールソフトのサーバ設定を以下のとおり初期ドメインに
  変更してください。

  項目             変更前(例)               変更後
  受信(POP/IMAP)  mail.kanade-sekkei.example  kanade-sekkei.sakura.ne.jp
  送信(SMTP)       mail.kanade-sekkei.example  kanade-sekkei.sakura.ne.jp
  SSL/TLS          使用する                    使用する(変更なし)

  ※ユーザー名・パスワード・ポート番号の変更は不要です。
  ※SSL を使用していない場合や、既に初期ドメインを設定済みの場合は対応不要です。

主なメールソフトの設定変更手順は、サポートサイトをご参照ください。
  https://help.sakura.ad.jp/

ご不便をおかけいたしますが、ご理解とご協力をお願い申し上げます。

さくらインターネット株式会社
""")

# 17 -- AWS: RDS for MySQL 5.7 end of standard support (techblog.nhn-techorus.com)
add(src="https://techblog.nhn-techorus.com/archives/25924", provider="AWS Japan", label="action-required",
    orig="2023-10-02", target="2028-08-07", time="08:15", tz="+0900", deadline="2024-02-29",
    frm=("Amazon Web Services, Inc.", "no-reply-aws@amazon.com"),
    to="aws-root@nishikaze-logi.example",
    subject="[要対応] Amazon RDS for MySQL 5.7 の標準サポート終了に向けたアップグレードのお願い [AWS アカウント: 441720938861]",
    body="""\
お客様各位

MySQL コミュニティは [[2023-10-31|ym]] に MySQL 5.7 のサポートを終了し、以降は
セキュリティパッチが提供されなくなります。これにともない、Amazon RDS は
[[2024-02-29|jaw]] に RDS for MySQL メジャーバージョン 5.7 の標準サポートを終了します。

お客様の AWS アカウント(441720938861)では、MySQL 5.7 で稼働している
以下の DB インスタンスが確認されています。

  リージョン         DB インスタンス識別子     エンジンバージョン
  ap-northeast-1     logi-orders-prod          5.7.43
  ap-northeast-1     logi-orders-replica1      5.7.43
  ap-northeast-1     logi-batch-stg            5.7.42

標準サポート終了日までに、これらのインスタンスを MySQL 8.0 にアップグレードする
ことをお勧めします。

  MySQL バージョン  コミュニティ終了  RDS 標準サポート終了  RDS 延長サポート終了
  8.0               [[2026-04-30|ym]]    [[2026-07-31|ja]]        [[2029-07-31|ja]]
  5.7               [[2023-10-31|ym]]    [[2024-02-29|ja]]        [[2027-02-28|ja]]

標準サポート終了日を過ぎても 5.7 で稼働している DB インスタンスは、RDS 延長サポートに
自動的に登録され、[[2024-03-01|ja]] から延長サポートの料金が発生します。延長サポートは
最長 3 年間で、その後もアップグレードされていないインスタンスは、メジャーバージョンが
自動的にアップグレードされます。

アップグレードの前に、アプリケーションの互換性を検証用環境で確認してください。
Amazon RDS ブルー/グリーンデプロイを使用すると、ダウンタイムを抑えてアップグレードできます。

影響を受けるリソースは AWS Health Dashboard の [影響を受けるリソース] タブでも確認できます。
  https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes

ご不明な点は AWS サポートまでお問い合わせください。

よろしくお願いいたします。
Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。Amazon.com は Amazon.com, Inc. またはその関連会社の登録商標です。
""")

# 18 -- LY Corporation: LINE Notify ends, migrate to Messaging API (developers.line.biz news)
add(src="https://developers.line.biz/ja/news/2024/?article=line-notify-will-be-discontinued&day=07&month=10",
    provider="LINEヤフー", label="action-required",
    orig="2024-10-08", target="2028-08-08", time="11:00", tz="+0900", deadline="2025-03-31",
    frm=("LINE Notify", "dl_linenotify@lycorp.co.jp"),
    to="dev-alert@harukaze-kanko.example",
    subject="【重要】LINE Notify 提供終了のお知らせ([[2025-03-31|ja]])",
    body="""\
LINE Notify をご利用の開発者の皆様

いつも LINE Notify をご利用いただき、ありがとうございます。

[[2016-09-01|ym]] から開発者の皆様にご提供してまいりました LINE Notify は、より良い
サービスをお届けするため、経営資源を後継の類似プロダクトに集約することとなり、
[[2025-03-31|jaw]] をもって提供を終了いたします。

■ 提供終了による影響
  [[2025-04-01|ja]] 以降、以下を含む LINE Notify のすべての機能がご利用いただけなくなります。
   ・LINE Notify の全 API(notify-api.line.me、notify-bot.line.me)
   ・マイページでのサービス登録、連携サービスの確認、アクセストークンの発行
  また、LINE公式アカウント「LINE Notify」(@LineNotify)および LINE Notify の
  Web サイト・API ドキュメントは、[[2025-05-12|ja]] 以降に削除する予定です。

■ お客様のアカウントで利用中のサービス(抜粋)
   サービス名: 旅館予約アラート   発行済みトークン: 3 件   最終利用: [[2024-10-07|ja]]
   サービス名: サーバー監視通知   発行済みトークン: 1 件   最終利用: [[2024-10-08|ja]]

■ お願い
  提供終了日までに、通知の送信方法を Messaging API などへ移行してください。
  Messaging API では LINE公式アカウントからメッセージを送信します。無料で送信できる
  メッセージ数には上限があり、送信先の指定方法も LINE Notify とは異なりますので、
  移行の際はドキュメントをご確認ください。
   https://developers.line.biz/ja/docs/messaging-api/

長年にわたり LINE Notify をご愛顧いただき、誠にありがとうございました。

LINEヤフー株式会社
""")

# 19 -- Azure: planned VM maintenance with self-service window (cloudsteady.jp)
add(src="https://cloudsteady.jp/blog/2022/01/17/53124", provider="Azure Japan (Microsoft)", label="maintenance",
    orig="2022-01-17", target="2028-08-14", time="10:48", tz="+0900", deadline="2022-02-08",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="infra-team@kamome-unyu.example",
    subject="Azure Service Health アラート: 仮想マシンの計画メンテナンス (東日本) - 追跡 ID VL3K-1Z8",
    body="""\
Azure Service Health

計画メンテナンスのお知らせ

アクティビティ ログ アラート: svc-health-planned-maint
サブスクリプション         : 本番環境 (8c3f2e71-4b0a-4d6c-9e15-a7d2c0b49f38)
追跡 ID                    : VL3K-1Z8
影響を受けるサービス       : Virtual Machines
影響を受けるリージョン     : 東日本 (Japan East)

概要
Azure では、仮想マシンをホストするインフラストラクチャの信頼性、パフォーマンス、
セキュリティを向上させるため、定期的に更新を行っています。今回の更新ではホストの
ファームウェアを更新するため、対象の仮想マシンの再起動が必要です。

影響を受ける仮想マシン
  kamome-web01 (rg-kamome-prod)
  kamome-web02 (rg-kamome-prod)
  kamome-sql01 (rg-kamome-prod)

スケジュール
  セルフサービス期間     : [[2022-01-24|slashw]] 09:00 ~ [[2022-02-06|slashw]] 23:59 (日本時間)
  予定メンテナンス期間   : [[2022-02-08|slashw]] 02:00 ~ [[2022-02-12|slashw]] 06:00 (日本時間)

セルフサービス期間中は、Azure portal の [仮想マシン] > [メンテナンス] から、都合の良い
タイミングでメンテナンスを開始できます。開始しなかった仮想マシンは、予定メンテナンス期間中に
Azure によって自動的にメンテナンスされます。

注意事項
  ・メンテナンス中に仮想マシンが再起動されます。OS ディスクとデータ ディスクの内容は保持されます。
  ・一時ディスク (D: ドライブ または /dev/sdb) のデータは失われる場合があります。
  ・同じ可用性セットの仮想マシンは、更新ドメインごとに順番にメンテナンスされます。

詳細は Azure portal の Service Health でご確認ください。
  https://portal.azure.com/#view/Microsoft_Azure_Health/AzureHealthBrowseBlade/~/plannedMaintenance

このメールは、上記サブスクリプションに構成された Service Health アラートにより送信されています。
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 20 -- Google Cloud: Cloud SQL maintenance scheduled (cloud.google.com docs, ja)
add(src="https://cloud.google.com/sql/docs/postgres/set-maintenance-window?authuser=19&hl=ja",
    provider="Google Cloud Japan", label="maintenance",
    orig="2023-05-15", target="2028-08-21", time="12:03", tz="+0900", deadline="2023-05-31",
    frm=("Google Cloud", "CloudPlatform-noreply@google.com"),
    to="db-ops@shirasagi-pay.example",
    subject="[Cloud SQL] インスタンス pg-orders-prod のメンテナンスが予定されています",
    body="""\
お客様

Cloud SQL インスタンスのメンテナンスについてお知らせします。以下のインスタンスで、
新しいメンテナンス アップデートの適用が予定されています。

  プロジェクト       : shirasagi-pay-prod (ID: shirasagi-pay-prod-30217)
  インスタンス       : pg-orders-prod
  データベース バージョン: PostgreSQL 14
  リージョン         : asia-northeast1
  メンテナンスの順序 : 2 週目 (production)
  予定日時           : [[2023-05-31|jaw]] 01:00 ~ 02:00 (日本時間)

メンテナンス中、インスタンスは再起動され、通常 60 秒未満の接続断が発生します。
アプリケーション側で再接続の処理が行われることをご確認ください。

メンテナンスの日時を変更する場合:
  Google Cloud コンソールの [Cloud SQL] > [pg-orders-prod] > [概要] の
  [メンテナンス] から、次のいずれかを選択できます。
   ・今すぐ適用する
   ・次のメンテナンスの時間枠に延期する
   ・特定の日時を指定する(予定日から最大 28 日後まで)
  また、メンテナンス拒否期間を設定することで、特定の期間のメンテナンスを回避できます。

特に操作を行わない場合は、上記の予定日時にメンテナンスが自動的に適用されます。

詳細: https://cloud.google.com/sql/docs/postgres/maintenance?hl=ja

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
このメールは、Cloud SQL のメンテナンス通知を有効にしているユーザーに送信されています。
""")

# 21 -- Alibaba Cloud: ECS SystemMaintenance.Reboot event (alibabacloud.com help)
add(src="https://www.alibabacloud.com/help/en/ecs/user-guide/modify-instance-maintenance-attributes",
    provider="Alibaba Cloud", label="maintenance",
    orig="2024-03-12", target="2028-08-29", time="10:20", tz="+0800", deadline="2024-03-19",
    frm=("阿里云", "noreply@notice.aliyun.com"),
    to="ops@jinhe-data.example",
    subject="【阿里云】ECS实例计划内系统维护通知（SystemMaintenance.Reboot）",
    body="""\
尊敬的阿里云用户 jinhe_data***：

您好！为保障云服务器 ECS 的稳定运行，阿里云计划对部分底层物理服务器进行系统维护。您账号（UID：1652****8803）下的以下实例受本次维护影响，维护期间实例将重启：

  事件类型：因系统维护实例重启（SystemMaintenance.Reboot）
  事件ID：e-bp1d7xk3qv0m2s9wl4fa
  地域及可用区：华东1（杭州）可用区 H

  实例ID                   实例名称          状态
  i-bp1a9f3c7e2k0m5q8w6t   web-prod-01       运行中
  i-bp16n4x0d8r3y7c2v5sl   web-prod-02       运行中

  计划执行时间：[[2024-03-19|zhw]] 02:00（北京时间）
  用户操作窗口：即日起至 [[2024-03-18|zh]] 23:59

您可以在用户操作窗口内，通过 ECS 控制台或调用 RebootInstance 接口自行重启实例，提前完成维护；请注意，在实例内部执行重启命令不会触发迁移。若您未在窗口期内操作，系统将在计划执行时间自动重启实例。

维护前建议：
1. 提前备份重要数据，或为系统盘、数据盘创建快照；
2. 将核心应用加入开机自启动，并确认应用具备自动重连能力；
3. 如已通过负载均衡部署多台实例，请确认其余实例可承接业务流量。

您也可以在 ECS 控制台"事件"页面查看事件详情，或修改实例维护属性（自动重启恢复 / 维护后保持停止）。

阿里云
""", ja=False)

# 22 -- AWS: EC2 instance scheduled for retirement (aws.amazon.com/jp knowledge center)
add(src="https://aws.amazon.com/jp/premiumsupport/knowledge-center/ec2-instance-retirement/",
    provider="AWS Japan", label="maintenance",
    orig="2020-04-20", target="2028-08-28", time="18:26", tz="+0900", deadline="2020-05-04",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="aws-billing@kirin-doh.example",
    subject="[Retirement Notification] Amazon EC2 インスタンスのリタイアが予定されています [AWS アカウント: 209384715566]",
    body="""\
お客様各位

ap-northeast-1 リージョンで、お客様の AWS アカウント (209384715566) に関連付けられた
Amazon EC2 インスタンス (インスタンス ID: i-0a7c3e91f25d4b806) をホストしている
基盤ハードウェアの劣化を検出しました。この劣化により、インスタンスにはすでに
アクセスできなくなっている可能性があります。

[[2020-05-04|iso]] 00:00 UTC (日本時間 [[2020-05-04|ja]] 09:00) 以降に、このインスタンスは
停止されます。このインスタンスのルートデバイスは EBS ボリュームのため、停止後も
いつでも再び起動できます。

対象インスタンス:
  i-0a7c3e91f25d4b806 (Name: kirin-app-02, t3.large, ap-northeast-1c)

リタイア日より前の任意のタイミングでインスタンスを停止して起動すると、正常な新しい
ホストに移動し、このイベントは解消されます。インスタンスの再起動 (リブート) では
ホストは変わりませんのでご注意ください。インスタンスストアボリュームのデータは
停止時に失われるため、必要に応じて事前に退避してください。

EC2 インスタンスに予定されているイベントは、AWS マネジメントコンソールで確認できます。
  https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Events

イベント通知にインスタンスのタグを含めるなど、通知のカスタマイズについては
Amazon EC2 ユーザーガイドをご参照ください。

よろしくお願いいたします。
Amazon Web Services

Amazon Web Services, Inc. は Amazon.com, Inc. の関連会社です。
""")

# 23 -- Backlog (Nulab): price revision from December (backlog.com blog)
add(src="https://backlog.com/ja/blog/information-of-the-price-revision", provider="Backlog (Nulab)", label="pricing",
    orig="2018-09-03", target="2028-08-04", time="11:30", tz="+0900", deadline="2018-12-01",
    frm=("Backlog", "info@nulab.com"),
    to="pm@tokiwa-kensetsu.example",
    subject="【重要なお知らせ】Backlog利用料金の改定について([[2018-12-01|ym]]分より)",
    body="""\
Backlog スペース「tokiwa-pj」の管理者様

平素より Backlog をご利用いただき、誠にありがとうございます。
このたび、Backlog の利用料金を改定させていただくこととなりました。

おかげさまで Backlog は 100 万人を超える方々にご利用いただけるサービスへと成長しました。
急増するユーザーの皆様に今後も安心してお使いいただけるよう、サービス品質と安定性を
さらに高めることを目的に、[[2018-12-01|ym]]より以下のとおり料金を改定いたします。

■改定日
  [[2018-12-01|jaw]]

■改定前/改定後の月額料金(税抜)
  プラン                                   改定前       改定後
  スターター(旧ベーシック等を含む)        2,000円  →  2,400円
  スタンダード(旧プレミアム等を含む)      9,800円  →  11,800円
  プレミアム(旧マックス5等を含む)        16,800円  →  19,800円

  ※特別容量プラン、プラチナプラン、旧プラスプラン、その他オプション、
    エンタープライズ版の料金に変更はございません。

■適用のタイミング
  ・月額でお支払いのお客様:[[2018-12-01|ym]]ご利用分から新料金が適用されます。
  ・年額でお支払いのお客様:改定日以降の次回更新時から新料金が適用されます。

■スペース「tokiwa-pj」のご契約
  現在のプラン:スタンダード(月額)
  改定後の月額:11,800円(税抜)

今回の改定により、機能開発と改善の体制、サポート体制、セキュリティ対策、
サービスを安定して提供するためのインフラの強化を進めてまいります。

ご利用中の皆様には大きなご負担をおかけすることとなり、誠に申し訳ございません。
何卒ご理解を賜りますよう、よろしくお願い申し上げます。

株式会社ヌーラボ
https://backlog.com/ja/
""")

# 24 -- Chatwork: old Business plan repriced per license (help.chatwork.com Q&A)
add(src="https://help.chatwork.com/hc/ja/articles/900000131863-2020-01-29-%E6%97%A7%E3%83%93%E3%82%B8%E3%83%8D%E3%82%B9%E3%83%97%E3%83%A9%E3%83%B3%E3%81%AE%E6%96%99%E9%87%91%E6%94%B9%E5%AE%9A%E3%81%AB%E9%96%A2%E3%81%99%E3%82%8BQ-A",
    provider="Chatwork", label="pricing",
    orig="2020-01-29", target="2028-08-30", time="15:00", tz="+0900", deadline="2020-04-01",
    frm=("Chatwork", "info@chatwork.com"),
    to="soumu@ikoi-kaikei.example",
    subject="【Chatwork】旧ビジネスプランの料金改定のお知らせ([[2020-04-01|ja]]より)",
    body="""\
組織管理者 各位

いつもChatworkをご利用いただき、ありがとうございます。

[[2020-04-01|jaw]]より、旧ビジネスプランの利用料金を改定いたします。
改定日以降に契約更新日を迎えるご契約から順に、新料金のビジネスプランへ
自動的に切り替わります。切り替え時のライセンス数には、旧ビジネスプランの
上限ユーザー数がそのまま引き継がれます。

■お客様のご契約
  組織名      :いこい会計事務所
  現在のプラン:ビジネスプラン10(月間契約)
  契約更新日  :毎月1日

■料金の例(税抜)
  [[2020-03-01|ja]]の更新:旧ビジネスプラン10(月間契約)  2,000円
  [[2020-04-01|ja]]の更新:ビジネスプラン(月間契約)10ライセンス
                       600円 × 10ライセンス = 6,000円

■ご注意
  ・自動切り替えの前であれば、上限ユーザー数の範囲内のユーザー追加に追加料金は
    かかりません。上限を超えて追加する場合は、改定日前でも新料金のプランへの
    変更が必要です。
  ・契約更新日は、組織の管理者のみ「利用内容の確認」画面で確認できます。

改定の詳細とよくあるご質問は、以下のページをご覧ください。
  https://help.chatwork.com/hc/ja/

今後ともChatworkをよろしくお願いいたします。

Chatwork株式会社
""")

# 25 -- SAKURA Cloud: stopped servers no longer billed (dc-cloud.impress.co.jp)
add(src="https://dc-cloud.impress.co.jp/news/2017/03/14/4473", provider="さくらインターネット", label="pricing",
    orig="2017-03-09", target="2028-08-09", time="16:00", tz="+0900", deadline="2017-03-01",
    frm=("さくらのクラウド", "support@sakura.ad.jp"),
    to="sysadmin@minamo-lab.example",
    subject="【さくらのクラウド】サーバ料金の計算方法変更(停止中の非課金化)のお知らせ",
    body="""\
会員ID:mno55218
ご契約者名:みなも研究所 様

平素よりさくらのクラウドをご利用いただき、誠にありがとうございます。

さくらのクラウドでは、サーバの利用料金の計算方法を変更し、
[[2017-03-01|ja]]ご利用分より、サーバを停止している時間を課金の対象外といたしました。
これまでは、サーバを作成している限り、稼働状態にかかわらず料金が発生しておりました。

■変更の内容
  変更前:サーバの作成から削除までの期間を課金対象として計算
  変更後:サーバが起動している時間のみを課金対象として計算

■料金計算の方法(変更なし)
  ・月間の利用時間が 10 時間までは時間単位、10 時間を超えると日割りで計算します。
  ・時間単位 10 時間分の料金は、日割り 1 日分の料金と同額です。
  ・月額料金を上限とし、それを超える請求は発生しません。

■ご注意
  ・ディスク、スイッチ、IPアドレスなどサーバ以外のリソースは、これまでどおり
    作成から削除までの期間が課金対象です。
  ・コントロールパネルの電源操作の時刻と課金の開始・終了時刻は一致しない場合があります。
    正確な時刻はイベントログでご確認ください。

今回の変更により、日中と夜間で稼働させるサーバを切り替える運用や、待機系・開発用の
サーバを必要なときだけ起動する運用で、利用料金を抑えていただけるようになります。
変更後の計算は自動で適用されるため、お客様でのお手続きは必要ございません。

今後もより使いやすいサービスの提供に努めてまいります。

さくらインターネット株式会社
https://cloud.sakura.ad.jp/
""")

# 26 -- onamae.com: card authorization failed, domain renewal incomplete (kensawai.com)
add(src="https://kensawai.com/blog/onamae-yoshin.html", provider="お名前.com (GMO)", label="billing",
    orig="2019-01-02", target="2028-08-02", time="07:12", tz="+0900", deadline="2019-01-16",
    frm=("お名前.com", "info@onamae.com"),
    to="kensaku.w@sawai-works.example",
    subject="【重要:与信失敗】お支払い情報の更新をお願いします",
    body="""\
━━お名前.com by GMO ━━━━━━━━━━━━━━━━━━━━━━━━━━━━
━━━━━━━━━━━━ ドメイン公式登録サービス ━━━━━━━━━━━━━━
━━━━━━━━━━━━━━━━━━━━━━━━━━━━ https://www.onamae.com/ ━
※本メールにお心当たりのない方は、本メールを破棄してください。

お名前.comをご利用いただき、まことにありがとうございます。

───────────────────────────────────
【重要】お支払い情報の更新をお願いします
───────────────────────────────────
ご登録のクレジットカードで与信(利用可能枠の確認)ができなかったため、
ご利用ドメインの自動更新手続きを完了できませんでした。

  お名前ID  :58120473
  ドメイン名:sawai-works.example
  登録期限日:[[2019-01-25|jaw]]
  更新料金  :1,628円(税込)

ドメインの失効を避けるため、下記URLから現在のお支払い情報をご確認のうえ、
有効期限内のクレジットカードへの変更などをお願いいたします。

▼ お支払い情報の確認/設定はこちら ▼
https://www.onamae.com/domain/navi/account_payment/input

▽ お支払い情報の変更・設定方法
https://www.onamae.com/guide/details.php?g=30

登録期限日の9日前([[2019-01-16|jaw]])までにお支払い情報の変更が確認できない場合、
ご利用ドメインが失効するおそれが高まります。
お早めにご確認・ご変更をお願いいたします。

─────────────────────────────────
お名前.com
GMOインターネット株式会社
─────────────────────────────────
""")

# 27 -- Google Cloud: monthly invoice available, unexpected high amount (adanmarketing.com)
add(src="https://adanmarketing.com/archives/category/other", provider="Google Cloud Japan", label="billing",
    orig="2024-02-02", target="2028-08-02", time="17:21", tz="+0900", deadline="none",
    frm=("Google Payments", "payments-noreply@google.com"),
    to="keiri@adan-marketing.example",
    subject="Google Cloud の請求書([[2024-01-01|ym]]分)を確認できるようになりました",
    body="""\
Google Cloud

請求書を確認できるようになりました

お支払いプロファイル: 株式会社アダンマーケティング
請求先アカウント ID : 01A7C2-5E93D0-B4F816
請求書番号          : 5218839046
請求期間            : [[2024-01-01|ja]] ~ [[2024-01-31|ja]]
請求金額            : ¥150,138(税込)

お支払い方法: Visa ****4021
この金額は、登録済みのお支払い方法に自動的に請求されます。お客様による
お支払いの手続きは不要です。

請求書の PDF と明細は、Google Cloud コンソールの [お支払い] > [ドキュメント] から
ダウンロードできます。
  https://console.cloud.google.com/billing/01A7C2-5E93D0-B4F816/payment

サービスごとの内訳は [お支払い] > [レポート] で確認できます。
心当たりのない料金が含まれている場合は、Cloud Billing サポートへお問い合わせください。
  https://cloud.google.com/support/billing

今後とも Google Cloud をよろしくお願いいたします。

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
このメールは、お支払いプロファイルの請求先連絡先として登録されているアドレスに送信されています。
""")

# 28 -- Tencent Cloud: Data Security Audit expiring, renew to avoid shutdown (tencentcloud.com doc)
add(src="https://tencentcloud.com/zh/document/product/1241/64253", provider="Tencent Cloud", label="billing",
    orig="2024-10-16", target="2028-08-16", time="09:30", tz="+0800", deadline="2024-10-23",
    frm=("腾讯云", "notify@cloud.tencent.com"),
    to="finance@lingxi-retail.example",
    subject="【腾讯云】到期预警：您的数据安全审计服务将于7天后到期",
    body="""\
尊敬的腾讯云用户，您好！

您账号（账号ID：100027719384）下的以下资源即将到期，请及时续费：

  产品名称：数据安全审计（DSA）
  实例ID：dsa-5qk82mzt
  实例名称：lingxi-dsa-prod
  地域：华南地区（广州）
  计费模式：包年包月
  到期时间：[[2024-10-23|zh]] 23:59:59
  自动续费：未开启

若在到期前（含到期当天）未完成续费，系统将在到期后约 24 小时内对该服务执行停服处理：停止数据安全审计服务，仅保留数据。自停服之日起 7 天内，您仍可在控制台概览页续费找回；停服 7 天后仍未续费的，资源将被释放，审计数据将被清除且无法恢复。

为避免影响您的业务审计与合规工作，请登录控制台完成续费，或在"续费管理"中开启自动续费。

  续费管理：https://console.cloud.tencent.com/account/renewal

本通知已同时发送给账号创建者及财务协作者。如有疑问，可通过工单与我们联系（7x24 小时服务）。

腾讯云团队
""", ja=False)

# 29 -- Microsoft: organization accepted the Microsoft Customer Agreement (hd0.biz)
add(src="https://hd0.biz/2025/%E8%A9%90%E6%AC%BA%E3%81%98%E3%82%83%E3%81%AA%E3%81%84%E3%81%91%E3%81%A9%E8%A6%81%E6%B3%A8%E6%84%8F%EF%BC%81microsoft%E5%A5%91%E7%B4%84%E9%80%9A%E7%9F%A5%E3%83%A1%E3%83%BC%E3%83%AB%E3%81%8C%E5%B1%8A",
    provider="Azure Japan (Microsoft)", label="informational",
    orig="2025-09-18", target="2028-08-17", time="14:09", tz="+0900", deadline="none",
    frm=("Microsoft", "microsoft-noreply@microsoft.com"),
    to="it-admin@hadano-denki.example",
    subject="お客様の組織が Microsoft 顧客契約を承諾しました",
    body="""\
Microsoft

お客様の組織が Microsoft 顧客契約を承諾しました

組織名          : 秦野電機株式会社
課金アカウント  : 秦野電機株式会社 (ID: 7d91c3a0-5b2e-4f18-a6c4-0e93d1b8e28f:4b6e0a12-c7d3-49f5-8a21-3f60e9b7d514_2019-05-31)
承諾者          : 佐伯 亮 (r.saeki@hadano-denki.example)
承諾日          : [[2025-09-18|jaw]]

このメールは、お客様の組織を代表して Microsoft 顧客契約 (MCA) が承諾されたことを、
組織の課金管理者の皆様にお知らせするものです。今後、Microsoft 365 や Azure などの
購入および請求は、この契約と上記の課金アカウントに基づいて管理されます。

承諾された契約書の写しは、Microsoft 365 管理センターの [課金] > [契約] から
いつでもダウンロードできます。
  https://admin.microsoft.com/#/agreements

この承諾にお心当たりがない場合は、組織内の課金管理者にご確認ください。
課金アカウントのロールと権限は、Azure portal の [コストの管理と請求] で確認できます。

このメッセージは送信専用のアドレスから送信されています。返信はできません。
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 30 -- NTTPC WebARENA: shared-hosting terms revised, SuitePRO V1/V2 removed (web.arena.ne.jp news)
add(src="https://web.arena.ne.jp/news/2021/1201_2.html", provider="NTTPC Communications", label="informational",
    orig="2021-12-01", target="2028-08-30", time="10:00", tz="+0900", deadline="2021-12-01",
    frm=("WebARENA", "info@arena.ne.jp"),
    to="web@sakuragawa-juku.example",
    subject="【WebARENA】『共用サーバーホスティングサービス 利用規約』改定のお知らせ",
    body="""\
WebARENA をご利用のお客さま

平素は WebARENA をご利用くださいまして、誠にありがとうございます。
株式会社NTTPCコミュニケーションズです。

『WebARENA 共用サーバーホスティングサービス 利用規約』を改定いたしましたので、
お知らせいたします。

■改定日
  [[2021-12-01|jaw]]

■主な変更点
  WebARENA SuitePRO V1 および WebARENA SuitePRO V2 の提供終了にともない、
  料金表などから両サービスに関する記載を削除しました。

■変更の概要
  項目                                        変更内容
  SuitePRO 料金表 2. 月額料金                V1タイプ・V2タイプの料金を削除
  SuitePRO 料金表 3. オプションサービス      (1)バックアップ、(2)ディスク容量追加
                                              (V1/V2 向け)を削除し、以降の項番を変更
  SuitePRO 料金表 3. オプションサービス      対象表記「V1/V2」を削除

  変更対照表の全文は、WebARENA のお知らせページでご確認いただけます。
  https://web.arena.ne.jp/news/

現在ご利用中のサービスの内容および料金に変更はございません。
本改定にあたり、お客さまにお手続きいただく必要はございません。

今後とも WebARENA をよろしくお願い申し上げます。

株式会社NTTPCコミュニケーションズ WebARENA サポートセンター
""")

# 31 -- KDDI: nationwide outage fully resolved, compensation under review (itmedia.co.jp)
add(src="https://www.itmedia.co.jp/business/articles/2207/05/news168.html", provider="KDDI", label="informational",
    orig="2022-07-05", target="2028-08-01", time="17:30", tz="+0900", deadline="none",
    frm=("KDDI 法人お客さまセンター", "biz-support@kddi.com"),
    to="soumu@kawabe-butsuryu.example",
    subject="【KDDI】通信障害の解消について(ご報告)",
    body="""\
法人のお客さま各位

平素は KDDI のサービスをご利用いただき、誠にありがとうございます。

[[2022-07-02|jaw]] 午前1時35分頃から発生しておりました通信障害につきまして、
[[2022-07-04|jaw]] 午後3時以降、個人・法人のお客さまのご利用状況と
ネットワークのトラフィックに問題がないことを確認し、障害が解消したことを
ご報告いたします。

お客さまには長時間にわたり多大なるご迷惑とご不便をおかけしましたことを、
深くお詫び申し上げます。

■障害の概要
  発生日時:[[2022-07-02|ja]] 午前1時35分頃
  解消確認:[[2022-07-04|ja]] 午後3時
  影響範囲:au 携帯電話(音声通話・データ通信)、法人向け IoT 回線、
            au 回線を利用する各事業者のサービス など
  原因  :設備障害により、音声通話をデータ通信に変換する VoLTE 交換機で
            輻輳(ふくそう)が発生したため

■お客さまへのお願い
  現在も音声通話やデータ通信がご利用しづらい端末・機器がございましたら、
  お手数ですが再起動をお試しください。
  緊急通報(110番、118番、119番)は通常どおりご利用いただけます。

■補償について
  今回の障害については、個人・法人を問わず、内容を精査したうえで補償を
  検討しております。詳細が決まり次第、改めてご案内いたします。

今後、再発防止に全力で取り組んでまいります。

KDDI株式会社
""")

# 32 -- NIFCLOUD: OpenSSL heartbeat (Heartbleed) vulnerability advisory (pfs.nifcloud.com info)
add(src="https://pfs.nifcloud.com/info/2014/04/49openssl-heartbeat.html", provider="Fujitsu Cloud (ニフクラ)", label="security-advisory",
    orig="2014-04-09", target="2028-08-23", time="19:40", tz="+0900", deadline="none",
    frm=("ニフクラ", "cloud-info@nifcloud.com"),
    to="server-admin@oumi-gakuen.example",
    subject="【重要】OpenSSL の heartbeat 拡張における脆弱性について(確認と対応のお願い)",
    body="""\
ニフクラをご利用のお客様

平素はニフクラをご利用いただき、誠にありがとうございます。

暗号通信ライブラリ OpenSSL の heartbeat 拡張に、サーバーのメモリ上の情報
(秘密鍵や認証情報を含む可能性があります)が外部から読み取られる脆弱性
(CVE-2014-0160)が公表されました。影響を受けるのは OpenSSL 1.0.1 ~ 1.0.1f です。

ニフクラで提供している OS イメージの一部には、影響を受けるバージョンの OpenSSL が
含まれております。サーバー上の OS・ミドルウェアはお客様の管理範囲となりますので、
以下の手順でご確認のうえ、必要に応じて対応をお願いいたします。

■確認方法
  【CentOS / Red Hat Enterprise Linux】
    # rpm -qa | grep openssl
  【Ubuntu / Debian】
    # dpkg -l | grep -E 'openssl|libssl'

  該当するバージョンが表示されない場合、本脆弱性の影響はございません。

■対応方法
  1. OpenSSL を修正済みのバージョンにアップデートする
     (例:CentOS 6 の場合 # yum update openssl)
  2. OpenSSL を利用しているサービス(Web サーバー、メールサーバー等)を再起動する
  3. 影響を受けるバージョンで SSL/TLS を公開していた場合は、SSL サーバー証明書を
     再発行して入れ替える
  4. 必要に応じて、サーバー上で利用していたパスワード等の認証情報を変更する

■ニフクラ側の対応
  ロードバランサーなど弊社が管理する設備については、順次アップデートを行っております。
  対応状況はニフクラ Information にて更新いたします。

本件に関するお問い合わせは、コントロールパネルのサポート窓口までお願いいたします。

ニフクラ サポート
""")

# 33 -- Lolipop!: contact-form auto-reply abused for spam, please harden (s.netsecurity.ne.jp)
add(src="https://s.netsecurity.ne.jp/article/2025/03/13/52493.html", provider="ロリポップ! (GMOペパボ)", label="security-advisory",
    orig="2025-03-05", target="2028-08-09", time="13:00", tz="+0900", deadline="none",
    frm=("ロリポップ!", "info@lolipop.jp"),
    to="contact@mikazuki-yoga.example",
    subject="【ロリポップ!】お問い合わせフォームの自動返信機能を悪用したスパム配信について(対策のお願い)",
    body="""\
ロリポップ!レンタルサーバーをご利用のお客様へ

平素はロリポップ!をご利用いただき、誠にありがとうございます。

現在、ロリポップ!上のウェブサイトに設置されたお問い合わせフォームの
「自動返信機能」が第三者に悪用され、スパムメールが不正に配信される事例が
多数確認されております。
フォームの宛先欄に無関係な第三者のメールアドレスを入力し、本文欄に広告や
詐欺サイトへの誘導文を書き込むことで、お客様のサーバーから自動返信として
スパムが送られてしまうものです。

■想定されるトラブル
  ・ご契約プランのメール送信数の上限に達し、必要なメールが送れなくなる
  ・サーバーの信用が低下し、フリーメール等の送信先で受信を拒否される

■お問い合わせフォームを設置しているお客様へのお願い
  1. 自動返信機能が不要な場合は無効にする
  2. 海外の IP アドレスからのフォームへのアクセスを制限する
     (ロリポップ!ユーザー専用ページ「セキュリティ」>「海外アクセス制限」)
  3. reCAPTCHA などのボット対策を導入する
  4. 自動返信の本文に、入力内容をそのまま含めない設定にする

弊社ではメール送信の監視を強化しております。不正な配信が確認された場合は、
フォームの非表示化やアカウントの停止などの措置を行うことがございますので、
あらかじめご了承ください。

ロリポップ!レンタルサーバー
GMOペパボ株式会社
""")

# 34 -- PHISHING: KAGOYA "held incoming mail" sync lure (ymg.nagoya)
add(src="https://ymg.nagoya/?p=43144", provider="KAGOYA (impersonated)", label="action-required",
    orig="2026-02-10", target="2028-08-15", time="09:58", tz="+0900", deadline="none",
    frm=("KAGOYA Webメールサービス", "support@kagoya-webmail-sync.example"),
    to="info@ohashi-shika.example",
    subject="【未受信メール保留通知】",
    body="""\
【未受信メール保留通知】

KAGOYA Webメールサービスをご利用いただき、誠にありがとうございます。

システムメンテナンスにともなうセキュリティ設定の確認処理により、
お客様宛ての受信メール 8 通が一時的に保留されております。

  管理番号     :00031852 / 7710964
  対象アドレス :info@ohashi-shika.example
  保留件数     :8件 (Inbound Messages)
  ステータス   :配信待機中(要同期)
  検知日時     :[[2026-02-10|ja0]]

保留中のメールを受信トレイに反映するには、以下の管理画面から同期を行ってください。
同期が完了するまで、保留されたメールは表示されません。

  ▶ 受信トレイを同期する
  https://kagoya-webmail-sync.example/activemail/login?u=info%40ohashi-shika.example

※一定期間同期が行われない場合、保留中のメールは自動的に破棄されることがあります。
※本メールは送信専用アドレスからお送りしています。

カゴヤ・ジャパン株式会社
KAGOYA メールサポートセンター
""", phishing=True)

# 35 -- PHISHING: "Yahoo! JAPAN ID restricted" lure (anshinconcierge.com)
add(src="https://anshinconcierge.com/?p=3044", provider="Yahoo! JAPAN (impersonated)", label="security-incident",
    orig="2022-02-08", target="2028-08-22", time="21:33", tz="+0900", deadline="none",
    frm=("Yahoo! JAPAN", "no-reply@yahoo-id-security.example"),
    to="t.nagase@nagase-seimen.example",
    subject="Yahoo! JAPAN IDを制限いたしました。",
    body="""\
平素は yahoo.co.jp をご利用いただき、誠にありがとうございます。

お客様のYahoo! JAPAN IDにおいて、普段と異なる環境からのアクセスが複数回確認されました。
システムで判断した結果、利用規約に基づき、お客様のYahoo! JAPAN IDのご利用を
一時的に制限いたしました。

  対象ID   :nagase_seimen****
  制限日時 :[[2022-02-08|ja0]] 21:17
  制限内容 :ログインおよび一部サービスのご利用

ご利用を再開するには、以下の「ログインできない場合のお手続き」から
本人確認を行い、ログイン方法の再設定をお願いいたします。

  ▼ログインできない場合のお手続き
  https://login-yahoo-co-jp.id-restore.example/recovery?sid=8fd02a

お手続きが完了しない場合、Yahoo!ショッピング、ヤフオク!、PayPay との連携など、
関連サービスのご利用に影響が出る場合がございます。

本件についてご迷惑をおかけしますことをお詫び申し上げます。

Yahoo! JAPAN
""", phishing=True)

# 36 -- PHISHING: "LINE account re-authentication within 48h" lure (meiwakumail.jp)
add(src="https://meiwakumail.jp/mail/45206", provider="LINE (impersonated)", label="action-required",
    orig="2025-06-20", target="2028-08-18", time="06:41", tz="+0900", deadline="2025-06-22",
    frm=("LINE", "5tylv02o5e@rrqi-mail.example"),
    to="a.okabe@okabe-zouen.example",
    subject="【重要】LINEアカウントの再認証が必要です",
    body="""\
いつもLINEをご利用いただきありがとうございます。

セキュリティ上の理由により、お客様のアカウントで再認証のお手続きが必要となりました。
48時間以内([[2025-06-22|ja]] 06:41 まで)に認証を完了されない場合、
アカウントのご利用が停止される可能性があります。

※このメッセージに心当たりがない場合は、第三者による不正アクセスの可能性があります。
  すぐにパスワードを変更してください。

  ▶ 今すぐ認証する
  https://line-account-verify.example/auth/reconfirm?ref=LN20250620

認証が完了しない場合や問題がある場合は、LINEヘルプセンターまでお問い合わせください。
このメールはLINEアカウントの再認証に関する重要なお知らせです。

──────────────
LINEヤフー共通利用規約(抜粋)
1. 定義
1.1 「コンテンツ」とは、文章、音声、音楽、画像、動画、ソフトウェア、プログラム、
    コードその他の情報をいいます。
1.2 「本コンテンツ」とは、当社サービスを通じてアクセスできるコンテンツをいいます。
──────────────
(c) LY Corporation
""", phishing=True)


# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------
ALLOWED_NETS = [((192, 0, 2), 3), ((198, 51, 100), 3), ((203, 0, 113), 3),
                ((10,), 1), ((192, 168), 2)]
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
MID_RE = re.compile(r"^<%s\.(\d{2})\.(\d{8})@training\.set-%s\.example>$" % (NAME, NAME))
MINIMUMS = {"action-required": 6, "maintenance": 4, "pricing": 2, "billing": 2, "informational": 3}


def ip_ok(parts):
    p = tuple(int(x) for x in parts)
    if any(x > 255 for x in p):
        return True  # not an address
    if p[0] == 172 and 16 <= p[1] <= 31:
        return True
    for prefix, n in ALLOWED_NETS:
        if p[:n] == prefix:
            return True
    return False


def rendered(n):
    orig = dt.date.fromisoformat(n["orig"])
    target = dt.date.fromisoformat(n["target"])
    off = target - orig
    subject = shift_text(n["subject"], off)
    body = shift_text(n["body"], off)
    if n["deadline"] == "none":
        deadline = "none"
    else:
        deadline = (dt.date.fromisoformat(n["deadline"]) + off).isoformat()
    return subject, body, deadline


def encode_header(text):
    if all(ord(c) < 128 for c in text):
        return text
    return email.header.Header(text, "utf-8").encode()


def build():
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    try:
        for i, n in enumerate(NOTICES, 1):
            subject, body, deadline = rendered(n)
            hh, mm = (int(x) for x in n["time"].split(":"))
            sign = 1 if n["tz"][0] == "+" else -1
            tz = dt.timezone(sign * dt.timedelta(hours=int(n["tz"][1:3]), minutes=int(n["tz"][3:5])))
            t = dt.date.fromisoformat(n["target"])
            when = dt.datetime(t.year, t.month, t.day, hh, mm, 0, tzinfo=tz)
            name, addr = n["frm"]
            msg = email.message.Message()
            msg["From"] = email.utils.formataddr((name, addr), charset="utf-8")
            msg["To"] = n["to"]
            msg["Subject"] = encode_header(subject)
            msg["Date"] = email.utils.format_datetime(when)
            msg["Message-ID"] = "<%s.%02d.%s@training.set-%s.example>" % (NAME, i, t.strftime("%Y%m%d"), NAME)
            msg["MIME-Version"] = "1.0"
            msg["Content-Type"] = 'text/plain; charset="utf-8"'
            cs = email.charset.Charset("utf-8")
            cs.header_encoding = email.charset.BASE64
            cs.body_encoding = email.charset.QP
            msg.set_payload(body, cs)
            msg["X-Training-Label"] = n["label"]
            msg["X-Training-Deadline"] = deadline
            if n["phishing"]:
                msg["X-Training-Phishing"] = "yes"
            m = mailbox.mboxMessage(msg)
            m.set_from(addr, when.astimezone(dt.timezone.utc).timetuple())
            box.add(m)
        box.flush()
    finally:
        box.unlock()
        box.close()


def check():
    problems = []
    raw = open(MBOX, "rb").read()
    if b"\r\n" in raw:
        problems.append("CRLF line endings found")
    # The originals were checked against the list of sources used before when the batch was written;
    # that list is not part of the repository, and now holds this batch's sources too.
    used = set()
    srcs = [n["src"] for n in NOTICES]
    if len(set(srcs)) != len(srcs):
        problems.append("duplicate originals")
    for s in srcs:
        if s in used:
            problems.append("original already used: %s" % s)
    box = mailbox.mbox(MBOX)
    mids = set()
    count = 0
    labels = {}
    crit = phish = ja = 0
    for i, msg in enumerate(box, 1):
        count += 1
        n = NOTICES[i - 1]
        tag = "#%02d" % i
        for k, v in msg.items():
            if any(ord(c) > 127 for c in k + str(v)):
                problems.append("%s non-ASCII header %s" % (tag, k))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                  "Content-Transfer-Encoding", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                problems.append("%s missing header %s" % (tag, h))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != MONTH:
            problems.append("%s Date not in batch month: %s" % (tag, msg["Date"]))
        m = MID_RE.match(msg["Message-ID"] or "")
        if not m:
            problems.append("%s bad Message-ID %s" % (tag, msg["Message-ID"]))
        else:
            if int(m.group(1)) != i or m.group(2) != d.strftime("%Y%m%d"):
                problems.append("%s Message-ID does not match number/date" % tag)
        if msg["Message-ID"] in mids:
            problems.append("%s duplicate Message-ID" % tag)
        mids.add(msg["Message-ID"])
        label = msg["X-Training-Label"]
        if label not in LABELS:
            problems.append("%s bad label %s" % (tag, label))
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
                if not re.match(r"^\d{4}-\d{2}-\d{2}$", dl):
                    raise ValueError
            except ValueError:
                problems.append("%s bad deadline %s" % (tag, dl))
        if msg.get_content_type() != "text/plain" or (msg.get_content_charset() or "").lower() != "utf-8":
            problems.append("%s bad Content-Type %s" % (tag, msg["Content-Type"]))
        body = msg.get_payload(decode=True).decode("utf-8")
        if any(ord(c) > 127 for c in body) and msg["Content-Transfer-Encoding"].lower() != "quoted-printable":
            problems.append("%s non-ASCII body not quoted-printable" % tag)
        subject = str(email.header.make_header(email.header.decode_header(msg["Subject"])))
        if "[[" in body or "[[" in subject:
            problems.append("%s unrendered placeholder" % tag)
        for text in (body, subject):
            for mm_ in IP_RE.finditer(text):
                if not ip_ok(mm_.groups()):
                    problems.append("%s non-documentation IP %s" % (tag, mm_.group(0)))
        to_dom = email.utils.parseaddr(msg["To"])[1].rsplit("@", 1)[-1]
        if not to_dom.endswith(".example"):
            problems.append("%s recipient domain not .example: %s" % (tag, to_dom))
        is_ph = msg["X-Training-Phishing"] is not None
        if is_ph and msg["X-Training-Phishing"] != "yes":
            problems.append("%s bad phishing header" % tag)
        if is_ph != bool(n["phishing"]):
            problems.append("%s phishing flag mismatch" % tag)
        if is_ph:
            phish += 1
            frm_dom = email.utils.parseaddr(msg["From"])[1].rsplit("@", 1)[-1]
            if not frm_dom.endswith(".example"):
                problems.append("%s phishing sender not .example" % tag)
        else:
            labels[label] = labels.get(label, 0) + 1
            if label in ("abuse", "security-incident"):
                crit += 1
        if n["ja"]:
            ja += 1
    box.close()
    if count != len(NOTICES) or count != 36:
        problems.append("expected 36 messages, found %d" % count)
    if crit < 10:
        problems.append("critical (abuse+security-incident, non-phishing) %d < 10" % crit)
    for lab, need in MINIMUMS.items():
        if labels.get(lab, 0) < need:
            problems.append("%s %d < %d" % (lab, labels.get(lab, 0), need))
    if phish != 3:
        problems.append("phishing count %d != 3" % phish)
    if ja < 24:
        problems.append("Japanese notices %d < 24" % ja)
    return problems, labels, crit, phish, ja


def write_sources():
    with open(os.path.join(HERE, "used-sources.txt"), "w", encoding="utf-8") as f:
        for n in NOTICES:
            f.write(n["src"] + "\n")


def main():
    build()
    write_sources()
    problems, labels, crit, phish, ja = check()
    print("notices: %d  critical: %d  phishing: %d  ja: %d" % (len(NOTICES), crit, phish, ja))
    print("labels (non-phishing): " + ", ".join("%s=%d" % (k, labels.get(k, 0)) for k in LABELS))
    if problems:
        for p in problems:
            print("PROBLEM: " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
