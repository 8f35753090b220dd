#!/usr/bin/env python3
"""Generate batch g54: 36 labelled cloud-provider notices (February 2029).

Japanese and Chinese providers and the Japanese/Chinese arms of global ones:
20 Japanese, 12 Chinese, 4 English notices, 3 of them phishing.
Standard library only, deterministic.  Writes set-g54.mbox, README.md and
used-sources.txt next to this script, re-reads the mbox and checks it.
Exit status 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import mailbox
import os
import sys
import urllib.parse
from email.headerregistry import Address
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "g54"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 2)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

JST = dt.timezone(dt.timedelta(hours=9))
CST = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc

TC_COMMIT = "02ec31c2626e18091982c1934bd4aded84cf5043"
ALI_COMMIT = "322eaab82e866a494eeaddb0de02bab1978692d1"
HW_COMMIT = "bd661adb110759e723670de9a42c649b43cf94ac"


def gh(repo, commit, path):
    return "https://github.com/%s/blob/%s/%s" % (repo, commit, urllib.parse.quote(path))


def tc(path):
    """A file in the public tencentyun/intlcloud-documents repository."""
    return gh("tencentyun/intlcloud-documents", TC_COMMIT, path)


def ali(path):
    return gh("AlibabaCloudDocs/ecs", ALI_COMMIT, path)


def hw(path):
    return gh("huaweicloudDocs/ecs", HW_COMMIT, path)


# --------------------------------------------------------------------------
# date formatting
JA_WD = "月火水木金土日"
ZH_WD = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmts(key, d):
    if not isinstance(d, dt.datetime):
        d = dt.datetime(d.year, d.month, d.day)
    w = d.weekday()
    return {
        key + "_jp": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_jpw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, JA_WD[w]),
        key + "_md": "%d月%d日" % (d.month, d.day),
        key + "_mdw": "%d月%d日（%s）" % (d.month, d.day, JA_WD[w]),
        key + "_zh": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_zhw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, ZH_WD[w]),
        key + "_zmd": "%d月%d日" % (d.month, d.day),
        key + "_en": "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[d.month - 1], d.day, d.year),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_slash": d.strftime("%Y/%m/%d"),
        key + "_hm": d.strftime("%H:%M"),
        key + "_isot": d.strftime("%Y-%m-%d %H:%M:%S"),
    }


def month_offset(send):
    """Offset (multiple of 7 days) that moves `send` into MONTH keeping the weekday."""
    y, m = MONTH
    best = None
    day = dt.date(y, m, 1)
    while day.month == m:
        if day.weekday() == send.weekday():
            score = abs(day.day - send.day)
            if best is None or score < best[0]:
                best = (score, day)
        day += dt.timedelta(days=1)
    off = best[1] - send.date()
    assert off.days % 7 == 0
    return off


def resolve_relative(date, rel):
    """Deadline for a relative phrase, counted from the Date header (labels.md rule 4)."""
    kind, n = rel
    d = date.date()
    if kind == "days":
        return d + dt.timedelta(days=n)
    if kind == "bdays":
        left = n
        while left:
            d += dt.timedelta(days=1)
            if d.weekday() < 5:
                left -= 1
        return d
    raise ValueError(kind)


# --------------------------------------------------------------------------
# the notices
N = []


def notice(**kw):
    N.append(kw)

# ======================= Japanese (20) =======================
notice(
    lang="ja", label="abuse", phishing=False, provider="Xserver (エックスサーバー)",
    url="https://in-ranch.com/blog/blog-40",
    frm=("エックスサーバー", "support@xserver.ne.jp"),
    to="webmaster@hanamizuki-clinic.example",
    subject="【エックスサーバー】■重要■ サーバーアカウントでの不正アクセス検知と利用制限の実施について（xsvc00417263）",
    dates={"sd": dt.datetime(2023, 7, 10, 14, 5, tzinfo=JST)},
    deadline=None,
    body="""hanamizuki-clinic.example ご担当者様

いつもエックスサーバーをご利用いただきありがとうございます。
エックスサーバー サポートでございます。

サーバーID「xsvc00417263」において、サーバー標準のメール送信
ソフトウェア（Sendmail）から海外のメールアドレス宛てに大量の
メールが送られていることを検知いたしました。

当サポートで調査いたしましたところ、お客様が設置されている
プログラムに重大な脆弱性があり、第三者に悪用された可能性が
極めて高いと判断いたしました。

このため、事後のご連絡となり恐縮ですが、被害の拡大を防ぐ目的で
以下の制限を緊急に実施しております。

▼実施した制限
・ドメイン hanamizuki-clinic.example への特定IPアドレス
  （203.0.113.0/24 ほか）からのアクセス拒否

制限の解除をご希望の場合は、お使いのプラグインおよびテーマに
ついて次の点をご確認いただき、原因を特定・対処されたうえで
その内容をサポートまでご報告ください。

 1. お問い合わせフォーム等への reCAPTCHA の導入
 2. 配布元などで脆弱性が公表されていないか
 3. 古いバージョンのまま利用しているものがないか

アクセス拒否の設定内容はサーバーパネルの「アクセス拒否設定」から
ご確認いただけます。

――――――――――――――――――――
エックスサーバー株式会社 サポートセンター
――――――――――――――――――――""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="IIJ",
    url="https://vanric.jp/2025/04/iij%E3%83%A1%E3%83%BC%E3%83%AB%E3%82%B5%E3%83%BC%E3%83%93%E3%82%B9%E8%A8%AD%E5%82%99%E5%86%85%E3%81%AB%E4%B8%8D%E6%AD%A3%E3%83%97%E3%83%AD%E3%82%B0%E3%83%A9%E3%83%A0%EF%BD%B0%E6%9C%80%E5%A4%A76493",
    frm=("IIJ セキュアMXサービス", "smx-info@iij.ad.jp"),
    to="mail-admin@kawabata-seiki.example",
    subject="【IIJ】重要なお知らせ",
    dates={"sd": dt.datetime(2025, 4, 15, 17, 30, tzinfo=JST),
           "ia": dt.date(2024, 8, 3), "cf": dt.date(2025, 4, 10)},
    deadline=None,
    body="""株式会社河端精機 メールシステムご担当者様

平素はIIJセキュアMXサービスをご利用いただき、誠にありがとうございます。

本サービスの設備が{ia_jp}以降に外部から不正にアクセスされ、
設備上で不正なプログラムが動作していたことを{cf_jp}に確認いたしました。
お客様のご契約（契約番号 SMX-2281-0457）も影響を受けた可能性がある
範囲に含まれております。

■漏えいした可能性のある情報（ご契約内容・ご利用機能により異なります）
 ・本サービスで作成されたメールアカウントとそのパスワード
 ・本サービスを経由して送受信されたメールの本文およびヘッダー
 ・本サービスと連携するよう設定されていた他社クラウドサービスの認証情報

■当社の対応
 不正アクセスの経路を特定して切り離しを行っており、現在は本サービスを
 安全にご利用いただける状態です。原因と影響範囲の調査は継続しております。

■お客様へのお願い
 ・メールアカウントのパスワード変更
 ・連携先クラウドサービスの認証情報の再発行と、不審な利用の有無の確認

ご不明な点は担当営業または専用の相談窓口までお問い合わせください。
多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。

株式会社インターネットイニシアティブ""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="LINEヤフー",
    url="https://www.itmedia.co.jp/mobile/articles/2311/27/news128.html",
    frm=("LINEヤフー株式会社", "dl_info-notice@lycorp.co.jp"),
    to="t.morishita@kusunoki-mail.example",
    subject="【LINEヤフー】重要なお知らせ",
    dates={"sd": dt.datetime(2023, 11, 27, 16, 0, tzinfo=JST),
           "ia": dt.date(2023, 10, 9), "dt": dt.date(2023, 10, 17), "cf": dt.date(2023, 10, 27)},
    deadline=None,
    body="""LINEをご利用のお客様へ

LINEヤフー株式会社です。当社のシステムが第三者による不正アクセスを受け、
お客様に関する情報の一部が外部に漏えいしたことが判明しましたので
ご連絡いたします。

■経緯
 当社の関係会社の委託先で使用されていたパソコンがマルウェアに感染し、
 関係会社のシステムを経由して{ia_jp}に当社システムへ不正に
 アクセスされました。{dt_md}に不審なアクセスを検知し、
 {cf_md}に外部からの不正アクセスと判断いたしました。

■お客様について漏えいが確認された情報
 ・LINEアプリ内でユーザーを識別するための内部識別子
 ・上記に紐づく年代・性別・サービスの利用履歴（スタンプ購入履歴等）
 ※口座情報、クレジットカード情報、トーク内容は含まれておりません。

■当社の対応
 不正アクセスに使われた可能性のある従業者のパスワードを無効化し、
 経路となったシステムから当社サーバーへの接続を遮断しております。

現時点で、この情報を悪用した被害は確認されておりません。
当社を装った不審なメールやメッセージにご注意いただき、
本文中のリンクからID・パスワードを入力しないようお願いいたします。

このたびは多大なるご迷惑とご心配をおかけし、深くお詫び申し上げます。

LINEヤフー株式会社""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="GMOペパボ (カラーミーショップ)",
    url="http://itpro.nikkeibp.co.jp/atcl/news/17/012603031/?ST=security",
    frm=("カラーミーショップ", "support@shop-pro.jp"),
    to="owner@tsubakiya-zakka.example",
    subject="【カラーミーショップ】不正アクセスによる個人情報流出に関するお詫びとお知らせ",
    dates={"sd": dt.datetime(2018, 1, 26, 18, 0, tzinfo=JST),
           "d1": dt.date(2018, 1, 7), "d2": dt.date(2018, 1, 8),
           "d3": dt.date(2018, 1, 10), "d4": dt.date(2018, 1, 25)},
    deadline=None,
    body="""ショップオーナー 椿屋雑貨 様
（ショップアカウント：tsubakiya-zakka）

いつもカラーミーショップをご利用いただき、誠にありがとうございます。
GMOペパボ株式会社でございます。

当社サーバーが第三者による不正アクセスを受け、ショップオーナー様の
情報が外部に流出したことが判明いたしました。お客様のアカウントも
対象に含まれております。

■経緯
 {d1_md}　サーバー異常検知の警告を受けて調査し、不正プログラムの設置を確認
 　　　　 同日中に侵入経路を遮断し、プログラムを実行できないよう対処
 {d2_md}　外部のセキュリティ専門機関に調査を依頼
 {d3_md}　閲覧された可能性のある情報にクレジットカード情報が含まれることが判明
 {d4_md}　専門機関から調査結果を受領

■流出した、または流出した可能性のある情報
 ・ログインIDおよびパスワード（ハッシュ化済み）
 ・住所、氏名、電話番号、生年月日、メールアドレス
 ・ご登録のクレジットカード情報（番号・有効期限・セキュリティコード）

■お願い
 ・ショップ管理画面のパスワードを変更してください。
 ・カードのご利用明細に身に覚えのない請求がないかご確認ください。
 ・当社を装った不審なメールにご注意ください。

ショップオーナーの皆様に多大なるご迷惑をおかけしておりますことを
深くお詫び申し上げます。

GMOペパボ株式会社 カラーミーショップ事務局""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="お名前.com (GMOインターネット)",
    url="https://internetcom.jp/busnews/20141205/onamae-com-leakages-users-information.html",
    frm=("お名前.com", "info@onamae.com"),
    to="domains@shirotae-print.example",
    subject="【お名前.com】メールマガジン誤送信のお詫び",
    dates={"sd": dt.datetime(2014, 12, 5, 19, 10, tzinfo=JST), "ms": dt.date(2014, 12, 4)},
    deadline=None,
    body="""お名前ID：30817264 様

平素よりお名前.comをご利用いただき、誠にありがとうございます。

{ms_jpw}に配信いたしましたメールマガジンにおいて、作業上の誤りにより、
本来の宛先とは別のお客様の情報を記載したまま配信しておりました。
誤って配信したメールは合計164,650通にのぼります。

調査の結果、お客様の以下の情報が、無関係の別のお客様宛ての
メールに記載されていたことを確認いたしました。

 ・法人名または姓
 ・ご登録のドメイン名（shirotae-print.example）
 ・お名前ID

■お願い
 ・お手元に他のお客様の情報が記載されたメールが届いている場合は、
   お手数ですが当該メールを破棄してください。
 ・お名前IDの変更をご希望の場合は、お名前.com Navi の会員情報
   ページから変更いただけます。

お客様に多大なるご迷惑とご心配をおかけしましたことを、
心よりお詫び申し上げます。再発防止に努めてまいります。

GMOインターネット株式会社 お名前.com""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="GMOインターネット (サイトM&A)",
    url="https://www.businessinsider.jp/post-106578",
    frm=("GMOインターネット株式会社", "support@site-ma.gmo.jp"),
    to="k.ueno@mikage-webworks.example",
    subject="【GMOインターネット】お客様情報に関するお知らせ",
    dates={"sd": dt.datetime(2017, 10, 30, 21, 0, tzinfo=JST),
           "lk": dt.date(2017, 9, 15), "ct": dt.date(2017, 10, 26)},
    deadline=None,
    body="""上野 健太 様

平素より「サイトM&A」をご利用いただき、誠にありがとうございます。

{lk_jp}ごろ、当社サービス「サイトM&A」に関連して保管していた
お客様情報が、外部からの不正アクセスにより流出したことが判明いたしました。
流出した情報は、現在も外部のウェブサイト上で閲覧できる状態にあります。

■流出が確認された情報
 ・会社名、氏名
 ・住所、電話番号
 ・生年月日

二次被害の防止に向けた対応を進めていたため、個別のご連絡は
{ct_jp}より順次行っております。ご連絡が遅くなりましたことを
お詫び申し上げます。

当社を名乗る電話やメールで、パスワードやお支払いを求められても
応じないようご注意ください。ご不明な点は下記窓口までお問い合わせください。

お問い合わせ窓口：0120-000-000（平日10:00～18:00）

GMOインターネット株式会社""")

notice(
    lang="ja", label="action-required", phishing=True, provider="Xserver (impersonated)",
    url="https://singlekurashi.com/?p=14898",
    frm=("XSERVER SUPPORT", "support@xsvr-mailcenter.example"),
    to="info@kotoha-ceramics.example",
    subject="メールアドレスの保留中のメール9件",
    dates={"sd": dt.datetime(2024, 1, 28, 8, 14, tzinfo=JST),
           "p0": dt.date(2024, 1, 8), "p1": dt.date(2024, 1, 28)},
    deadline=None,
    body="""{p0_slash}以降、9件のメッセージが受信トレイに配信されていません。

メールボックス：info@kotoha-ceramics.example

  件名                                   宛先                             日付
  ⚠️ FW: 出荷書類コピー AWB No.611-4402   info@kotoha-ceramics.example  {p0_slash}
  ⚠️ ギフトカード ¥31,500 本日限り有効     info@kotoha-ceramics.example  {p1_slash}
  ⚠️ RE: 注文書 PO#770215 請求書          info@kotoha-ceramics.example  {p1_slash}
  ⚠️ [銀行] 海外送金の着金のお知らせ       info@kotoha-ceramics.example  {p1_slash}
  ⚠️ セキュリティ通知                      info@kotoha-ceramics.example  {p1_slash}

 (9) 保留中のメールを受け取る
 https://xsvr-mailcenter.example/portal/release?u=info%40kotoha-ceramics.example

 エラーをITヘルプデスクに報告する
 https://xsvr-mailcenter.example/portal/helpdesk

ご不便をおかけしますが、ポータルから通常どおりログインしていただくと、
保留中のメールが配信されます。

Copyright © NTT DOCOMO. All Rights Reserved.""")

notice(
    lang="ja", label="action-required", phishing=False, provider="ConoHa (GMOインターネット)",
    url="https://support.conoha.jp/ws/ws-discountticketupdate/?btn_id=ws-discountticket-vps%E5%89%B2%E5%BC%95%E3%81%8D%E3%81%A3%E3%81%B7_ws-ws-discountticketupdate",
    frm=("ConoHa", "noreply@conoha.jp"),
    to="admin@yukimi-apps.example",
    subject="【ConoHa】お知らせ",
    dates={"sd": dt.datetime(2024, 5, 1, 10, 0, tzinfo=JST),
           "ar": dt.date(2024, 5, 31), "ex": dt.date(2024, 6, 30)},
    deadline="ar",
    body="""ConoHaをご利用いただきありがとうございます。

ご契約中の「VPS割引きっぷ」について、自動更新日が近づいておりますので
お知らせいたします。

■ご契約内容
 割引きっぷ名　：VPS 4GBプラン 12ヶ月
 設定先サーバー：vps-2024-yukimi（203.0.113.58）
 契約満了日　　：{ex_jpw}
 自動更新　　　：ON
 自動更新日　　：{ar_jpw}（契約満了日の30日前）

自動更新がONの場合、自動更新日に次の期間分の料金が決済されます。
クレジットカードをご登録の場合はカードで、チャージ払いの場合は
チャージ残高から差し引かれますので、残高をご確認ください。

■ご解約をご希望の場合
 自動更新日までに、コントロールパネルの「サーバー」＞
 「VPS割引きっぷ契約一覧」から該当のきっぷを選び、自動更新を
 OFFに切り替えてください。OFFにした場合は契約満了日で解約となります。
 設定先サーバーの削除予約を有効にすると、満了後にVPSも削除されます。

自動更新日を過ぎた後の決済は取り消しできませんのでご注意ください。

ConoHa by GMOインターネット""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Drive.LNX",
    url="https://krg-inc.jp/drive-lnx/drivenetwork-encho",
    frm=("Drive.LNX サポートセンター", "support@drive-lnx.example"),
    to="soumu@matsukaze-kougyou.example",
    subject="【重要】移行資料の送付時期変更と旧サーバー停止日のお知らせ",
    dates={"sd": dt.datetime(2025, 12, 15, 11, 0, tzinfo=JST),
           "st": dt.datetime(2026, 1, 20, 23, 59)},
    deadline="st",
    body="""DriveNetworkをご利用のお客様各位

平素より格別のご高配を賜り、厚く御礼申し上げます。
Drive.LNX サポートセンターでございます。

「DriveNetwork」から「Drive.LNX」への移行について、多くのお問い合わせを
いただきました。これまでのご案内に不足があり、ご不安をおかけしたことを
お詫びいたします。移行スケジュールの変更と、旧サーバーの停止日を
あらためてご案内いたします。

■設定資料のお届け時期
 2月下旬から3月上旬にかけて順次お届けいたします。
 新サーバーへの環境移管作業そのものは現在も進行中です。

■旧サーバー（DriveNetwork）の稼働終了
 {st_jpw} {st_hm}

資料作成の遅れに伴い、旧サーバーの稼働を上記まで延長いたしました。
この日時を過ぎると旧サーバーは停止し、ウェブサイトとメールが
ご利用いただけなくなります。資料がお手元に届きましたら、
上記の日時までにDNSおよびメールソフトの設定切り替えを完了してください。

ご契約・ご請求に関する補足は、資料に同封のご案内をご確認ください。

Drive.LNX（ドライブリンクス）サポートセンター""")

notice(
    lang="ja", label="billing", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/CDN与加速/内容分发网络 CDN/动态与公告/公告/CDN&ECDN小时结用户欠费保护期调整到2小时公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="billing@nishikaze-stream.example",
    subject="【Tencent Cloud】お知らせ",
    dates={"sd": dt.datetime(2022, 6, 27, 11, 0, tzinfo=JST),
           "ef": dt.datetime(2022, 7, 11, 0, 0)},
    deadline=None,
    body="""Tencent Cloud をご利用のお客様へ

アカウント ID：200047731985

お客様のアカウントは、CDN／ECDN の後払い（時間単位課金のみ）をご利用中です。
ドメインの不正利用や攻撃を受けた際に、支払い延滞中の課金が膨らむことを
防ぐため、支払い延滞保護期間を次のとおり短縮いたします。

■変更内容
 支払い延滞保護期間：24時間 → 2時間
 適用日時：{ef_jpw} {ef_hm}

■変更後の動作
 アカウント残高がマイナスになり、利用できる CDN トラフィックパッケージも
 ない場合、2時間経過後にアクセラレーションサービスが停止し、
 ドメインはオフラインになります。
 ・ECDN ドメインはオフラインになり、サービスの提供を停止します。
 ・CDN はトラフィックパッケージが残っていれば、使い切るまで提供を続けます。

保護期間中はサービスを通常どおり利用でき、その間の料金も発生します。
決済サイクルと請求書の発行サイクルに変更はありません。
延滞に関するメッセージ通知を見落とさないようご注意ください。

Tencent Cloud""")

notice(
    lang="ja", label="pricing", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/计算/云服务器/动态与公告/公告/关于多个可用区云服务器价格下调公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="infra@koganei-games.example",
    subject="Tencent Cloud CVM 一部アベイラビリティーゾーンの価格引き下げのお知らせ",
    dates={"sd": dt.datetime(2021, 3, 3, 10, 0, tzinfo=JST), "ef": dt.date(2021, 3, 10)},
    deadline="ef",
    html=True,
    body="""Tencent Cloud をご利用のお客様へ

{ef_jpw}より、Cloud Virtual Machine（CVM）の一部価格を引き下げます。
値下げ幅はアベイラビリティーゾーンとインスタンス仕様により異なり、最大10%です。

■対象
 アベイラビリティーゾーン：広州6区、北京6区、南京1区・2区・3区
 インスタンスタイプ：標準型 S5／SA2／S4、標準メモリ拡張型 S5se、メモリ型 M5、
 コンピューティング型 C5／C4、ビッグデータ型 D3／D2、High IO 型 IT5／IT3

■適用について
 ・従量課金のインスタンス：{ef_md}以降、請求書の最初の1時間から新価格で
   課金されます（アカウント 200093318842 の ins-5k2qz8rd など3台が該当）。
 ・サブスクリプションのインスタンス：有効期限内は購入時の価格のままです。
   自動的な値下げや返金は行いません。更新・構成変更・新規購入の際に新価格が
   適用されます。

■ご注意
 ・対象はインスタンス仕様のコンピューティング費用のみで、ネットワークと
   クラウドストレージの費用は含みません。
 ・本価格は次回の CVM 価格改定まで適用されます。
 ・最新価格は料金センターおよび価格計算ツールでご確認ください。

Tencent Cloud""")

notice(
    lang="ja", label="maintenance", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/数据库/云数据库 MySQL/动态与公告/公告/【2022年11月09日】网络架构升级公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="dba@hoshimi-logistics.example",
    subject="【Tencent Cloud】お知らせ",
    dates={"sd": dt.datetime(2022, 11, 2, 15, 0, tzinfo=JST),
           "ns": dt.date(2022, 11, 9), "ne": dt.date(2023, 1, 21)},
    deadline="ns",
    body="""Tencent Cloud をご利用のお客様へ

TencentDB for MySQL のプライベートネットワーク接続経路を、より低遅延で
安定した新しいネットワークアーキテクチャへ切り替えます。

■スケジュール
 ・{ns_jpw}から：新規購入のインスタンスは新アーキテクチャを使用
 ・{ns_md}～{ne_jpw}：既存インスタンスを順次切り替え

■対象インスタンス（アカウント 200061472380）
 cdb-r8m2w5qa（東京、2ノード）
 cdb-k3x7p1tz（シンガポール、2ノード）

■影響
 切り替えの際、データベースへの接続が秒単位で切断される場合があります。
 アプリケーション側で再接続できる仕組みをご確認ください。
 進捗はコンソールのインスタンス詳細「基本情報」＞「プライベートネットワーク
 アドレス」横のタグ（未アップグレード／アップグレード待ち／完了）で確認できます。

■対象外
 ・単一ノードのクラウドディスク版インスタンス（すでに最適な構成です）
 ・基礎ネットワークのインスタンス（VPC へ切り替えると利用可能になります）

Tencent Cloud""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/游戏服务/游戏服务器伸缩/动态与公告/关于游戏服务器伸缩下线公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="server-team@asagiri-games.example",
    subject="【重要】Game Server Elasticity（GSE）提供終了と移行のお願い",
    dates={"sd": dt.datetime(2022, 3, 1, 10, 0, tzinfo=JST),
           "mg": dt.date(2022, 5, 31), "so": dt.date(2022, 6, 1)},
    deadline="mg",
    body="""Tencent Cloud をご利用のお客様へ

いつも Game Server Elasticity（GSE）をご利用いただき、ありがとうございます。

ゲーム業界の技術の変化に対して、現在のプロダクト設計のままで
対応を続けることが難しくなったため、GSE の提供を終了いたします。

■スケジュール
 移行期限　　：{mg_jpw}
 サービス停止：{so_jpw}（以降、GSE のメンテナンスも行いません）

■対象リソース（アカウント 200028815734）
 フリート：fleet-7qk2m9xa（東京）、fleet-2vn8c4rd（シンガポール）

サービスを継続してご利用いただくため、移行期限までにゲームサーバーを
他の構成へ移行してください。移行についてご質問がある場合は、
コンソールからチケットを提出してお問い合わせください。

長年のご愛顧に心より感謝申し上げます。

Tencent Cloud チーム""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/计算/云服务器/动态与公告/公告/关于安全组53端口配置的公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="netops@fujinami-trading.example",
    subject="セキュリティグループのポート53設定に関するお願い",
    dates={"sd": dt.datetime(2023, 6, 30, 16, 0, tzinfo=JST)},
    deadline=None,
    body="""Tencent Cloud をご利用のお客様へ

お客様のアカウント（200075520913）で、インバウンドのポート53（DNS）を
インターネット全体に開放しているセキュリティグループを確認しました。

 セキュリティグループ：sg-9d4kq2mx（広州）
 関連インスタンス　　：ins-3hx8v2pe（198.51.100.71）

中国本土の規制では、再帰的なインターネットドメイン名解決サービスは
電気通信業務に分類されており、提供するには法人として
「エンコードおよびプロトコル変換業務」の許可を取得する必要があります。
許可なく提供した場合、是正命令や罰金、業務停止の対象となり得ます。
また Tencent Cloud は、必要な許可や ICP 届出のない事業者に対して
接続などのサービスを提供できません。

■お願い
ドメイン名解決サービスを提供していない場合は、セキュリティグループの
インバウンドルールでポート53を無効にしてください。
 1. CVM コンソールで対象インスタンスを開く
 2. 「セキュリティグループ」タブからルールを編集する
 3. ポート53（TCP/UDP）の許可ルールを削除、または拒否に変更する

ドメイン名解決サービスを提供していなければ、ポート53を閉じても
サーバーや業務への影響はありません。

Tencent Cloud""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/数据库/云数据库 MySQL/动态与公告/公告/【2022年11月17日】替换云数据库 MySQL 原有数据库代理的部分接口服务_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="devops@kamome-pay.example",
    subject="TencentDB for MySQL データベースプロキシ API の置き換えについて",
    dates={"sd": dt.datetime(2022, 11, 10, 11, 0, tzinfo=JST), "ch": dt.date(2022, 11, 17)},
    deadline="ch",
    body="""Tencent Cloud をご利用のお客様へ

TencentDB for MySQL は新しいバージョンのデータベースプロキシを
リリースしました。新バージョンの全機能に対応するため、プロキシの置き換え・
更新・設定に使う API を新しいものへ切り替えます。

■変更日
 {ch_jpw}から

■置き換えの対象
 ・UpgradeCDBProxy → AdjustCdbProxy（プロキシの更新設定）
 ・ModifyCDBProxy → AdjustCdbProxyAddress（読み書き分離の設定）

お客様のアカウント（200039906127）では、直近30日間に旧 API の
呼び出しが記録されています（SecretId AKIDxxxx...7Q2m、約1,200回）。
変更日以降に自動化スクリプトや運用ツールが動作しなくならないよう、
変更日までに呼び出し先を新しい API に更新してください。

各 API の仕様は TencentDB for MySQL の API ドキュメントをご参照ください。

Tencent Cloud""")

notice(
    lang="ja", label="pricing", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/视频服务/云直播/动态与公告/关于云直播基础服务费用价格调整的公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="stream-ops@aozora-live.example",
    subject="Cloud Streaming Services 基本サービス料金改定のお知らせ",
    dates={"sd": dt.datetime(2021, 12, 3, 10, 0, tzinfo=JST),
           "ef": dt.datetime(2022, 1, 4, 0, 0), "lb": dt.date(2022, 1, 3)},
    deadline="ef",
    html=True,
    body="""Tencent Cloud をご利用のお客様へ

通信事業者のコスト変動を受け、Cloud Streaming Services（CSS）の
基本機能の料金を改定いたします。

■適用開始
 {ef_jpw} 0:00

■改定内容
 ・日次決済の公表価格、料金段階、リソースパックの価格を見直します。
 ・中国本土以外（グローバル／香港・マカオ・台湾）は一律料金をやめ、
   エリアごとの料金に変更します。日本はアジア太平洋リージョン2に含まれます。
 ・対象：標準ライブストリーミングとライブイベントストリーミングの再生
   トラフィック／帯域幅料金、プッシュのトラフィック／帯域幅料金

■ご注意
 ・{ef_md}に発行される{lb_md}分の日次請求は、改定前の価格で計算します。
 ・個別に価格の取り決めがあるお客様は、営業担当またはチケットで
   ご連絡ください。
 ・為替の変動により、換算後の価格が一致しない場合があります。

お客様のアカウント（200052218860）では、直近1か月に約38TBの
中国本土以外での再生トラフィックが発生しています。

Tencent Cloud""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/计算/云服务器/动态与公告/公告/关于 Ubuntu 10.04 镜像下线及存量软件源配置的公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="sysadmin@mizukagami-net.example",
    subject="Ubuntu 10.04 パブリックイメージの提供終了とソフトウェアソース設定のご案内",
    dates={"sd": dt.datetime(2019, 6, 4, 14, 0, tzinfo=JST)},
    deadline=None,
    body="""Tencent Cloud をご利用のお客様へ

Ubuntu 10.04 LTS の公式メンテナンスが終了したことに伴い、Tencent Cloud は
Ubuntu 10.04 のパブリックイメージの提供を終了しました。
公式リポジトリからディレクトリツリーが削除されたため、Tencent Cloud の
ミラーでも通常のソースでは 10.04 を提供しておりません。

お客様のアカウント（200011873452）では、次のインスタンスが
Ubuntu 10.04 で稼働しています。

 ins-6c2rk9wm（198.51.100.24）

より新しいバージョンのイメージへの切り替えをお勧めします。
当面 10.04 のソフトウェアソースを使い続ける場合は、次のいずれかで
アーカイブミラーを設定してください。

 方法1：/etc/apt/sources.list を編集し、参照先を
        mirrors.tencentyun.com/old-archives/ubuntu（lucid）に変更する
 方法2：Tencent Cloud が提供する設定スクリプト old-archive.run を
        インスタンス上で実行する

アーカイブには今後セキュリティ更新は提供されませんのでご注意ください。

Tencent Cloud""")

notice(
    lang="ja", label="informational", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/基础存储服务/对象存储/动态与公告/产品公告/关于 COS 不再支持新增默认 CDN 加速域名的通知_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="web@sakuragawa-books.example",
    subject="COS デフォルト CDN アクセラレーションドメイン名の新規追加終了について",
    dates={"sd": dt.datetime(2022, 4, 25, 10, 0, tzinfo=JST), "ef": dt.date(2022, 5, 9)},
    deadline=None,
    body="""Tencent Cloud をご利用のお客様へ

{ef_jpw}より、Cloud Object Storage（COS）ではデフォルトの
CDN アクセラレーションドメイン名を新たに追加できなくなります。

■影響の有無
 ・すでに有効化している、または過去に有効化したことのあるバケットは
   影響を受けず、引き続きご利用いただけます。
 ・{ef_md}以降に作成したバケットや、それまでに一度も有効化していない
   バケットでは、この機能を有効化できません。
 ・{ef_md}以降に登録した COS ユーザーはこの機能をご利用いただけません。

お客様のアカウント（APPID 1302245117）では、バケット
assets-sakuragawa-1302245117 でデフォルトのアクセラレーションドメイン名が
有効になっており、今回の変更による影響はありません。

今後はデフォルトのドメイン名に代えて、カスタム CDN アクセラレーション
ドメイン名のご利用をお勧めします。

Tencent Cloud""")

notice(
    lang="ja", label="maintenance", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/数据库/云数据库 MySQL/动态与公告/公告/监控模块升级_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="dbops@hinokiya-foods.example",
    subject="【メンテナンス】TencentDB for MySQL 監視モジュールのアップグレード",
    dates={"sd": dt.datetime(2022, 3, 18, 15, 0, tzinfo=JST),
           "ws": dt.datetime(2022, 3, 25, 1, 0), "we": dt.date(2022, 4, 15),
           "tk": dt.datetime(2022, 3, 29, 1, 0)},
    deadline="tk",
    body="""Tencent Cloud をご利用のお客様へ

監視データの遅延を改善し、安定性を高めるため、TencentDB for MySQL の
監視モジュールをアップグレードいたします。

■実施期間（北京時間）
 {ws_jpw}～{we_jpw}、毎日 01:00～06:00
 リージョンごとに順次実施します。

■お客様のインスタンスの実施日
 東京リージョン：{tk_jpw} 01:00～06:00（北京時間）
 対象：cdb-m4t8q2zk、cdb-p9w3e6nj（アカウント 200084471236）
 同日にムンバイ、バンコク、ソウル、香港、台北も実施します。

■影響
 作業中、一部の監視メトリクスに最大2回のデータ欠落が生じる場合があります。
 データベースインスタンスの稼働には影響しません。CPU、メモリ使用率、
 読み書き速度などの主要メトリクスや、HA 切り替え・実行エラーのアラームも
 通常どおり動作します。

ご不便をおかけしますが、ご理解のほどよろしくお願いいたします。

Tencent Cloud""")

notice(
    lang="ja", label="security-advisory", phishing=False, provider="Alibaba Cloud (Japan)",
    url=ali("cn.zh-CN/动态与公告/安全公告/漏洞公告 | Linux sudo权限漏洞（CVE-2021-3156）.md"),
    frm=("Alibaba Cloud", "noreply@alibabacloud.com"),
    to="security@tamagawa-denki.example",
    subject="脆弱性のお知らせ｜Linux sudo の権限昇格の脆弱性（CVE-2021-3156）",
    dates={"sd": dt.datetime(2021, 1, 27, 11, 0, tzinfo=JST), "pb": dt.date(2021, 1, 26)},
    deadline=None,
    body="""Alibaba Cloud をご利用のお客様へ

{pb_jp}、Linux の sudo にヒープオーバーフローの脆弱性が公開されました。
悪用されると、既定の設定の sudo がインストールされたホストで、
一般ユーザーが root 権限を取得できるおそれがあります。

■概要
 CVE 番号：CVE-2021-3156
 深刻度　：高
 影響を受ける sudo：1.8.2～1.8.31p2、安定版 1.9.0～1.9.5p1
 影響を受ける ECS イメージ：Alibaba Cloud Linux 2、CentOS 6/7/8、
 RHEL 6/7/8、Ubuntu 14/16/18/20、Debian 8/9/10、SLES 12/15、
 openSUSE 42.3/15、FreeBSD 11/12

■確認方法
 ・sudo --version でバージョンが上記の範囲か確認する
 ・root 以外のユーザーで sudoedit -s / を実行する
   エラーが「sudoedit:」で始まれば影響あり、「usage:」で始まれば修正済みです。

■対処
 多くのディストリビューションで修正パッケージが公開済みです。
 sudo を 1.9.5p2 以降に更新してください。

ご不明な点はチケットでお問い合わせください。

Alibaba Cloud""")
# ======================= Chinese (12) =======================
notice(
    lang="zh", label="abuse", phishing=False, provider="Tencent Cloud (腾讯云)",
    url=tc("yehe_doc/中间件与通信/邮件推送/快速入门/信誉度等级说明_intl_zh.md"),
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="ops@lanting-edu.example",
    subject="【腾讯云】通知",
    dates={"sd": dt.datetime(2023, 9, 12, 16, 30, tzinfo=CST)},
    deadline=None,
    body="""尊敬的腾讯云用户，您好！

您的腾讯云账号（账号ID：100029384716）下的邮件推送（SES）发信域名
mail.lanting-edu.example 今日的发信数据触发了临时封禁规则：

  当日实际发送量：4,812 封（规则门槛：大于 300 封）
  无效地址率：13.6%（规则门槛：大于 11%）
  垃圾邮件退信率：4.2%

根据邮件推送的信誉度规则，该发信域名今日已被临时封禁，当天无法继续
发送邮件；批量任务中尚未发出的邮件将按发送失败处理。发信域名的信誉度
等级也将于次日下调，单日最大发信量随之降低。

请注意，邮件推送只允许发送收件人许可的邮件：收件地址应来自用户的
注册信息，内容应为用户主动订阅的内容，不得向未主动提供地址的收件人
发信。建议您：

  1. 清理收件人列表中的无效地址和长期无互动地址；
  2. 检查收件人来源，停止向非许可地址发信；
  3. 在邮件中提供退订链接，避免含有社交账号、二维码等信息。

您可以在控制台“发信域名”页面查看信誉度等级及单日最大发信量。

腾讯云团队""")

notice(
    lang="zh", label="security-incident", phishing=False, provider="Tencent Cloud (腾讯云)",
    url=tc("yehe_doc/域名与网站/SSL 证书/产品公告/关于私钥泄露导致被厂商吊销证书的情况说明_intl_zh.md"),
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="devops@qingshan-mall.example",
    subject="【腾讯云】SSL证书私钥泄露提醒：证书将于24小时后被吊销",
    dates={"sd": dt.datetime(2020, 5, 20, 10, 40, tzinfo=CST),
           "rv": dt.datetime(2020, 5, 21, 10, 40)},
    deadline="rv", rel=("days", 1),
    body="""尊敬的腾讯云用户，您好！

我们收到证书颁发机构 DigiCert 的通知：您账号（账号ID：100011825390）下
以下证书的私钥已在公开的代码托管平台上被发现。

  证书ID：k7Rt2pQx
  绑定域名：pay.qingshan-mall.example
  证书品牌：DigiCert OV
  泄露位置：GitHub 公开仓库中的配置文件

DigiCert 已上线私钥泄露检测系统，会自动扫描 GitHub、SourceForge 等平台。
发现私钥泄露后，机构会通知证书持有人，并在 24 小时后吊销该证书。
证书被吊销后，访问该域名的浏览器将出现安全警告。

请您在证书被吊销前完成以下操作：
  1. 从公开仓库及其提交历史中删除私钥文件；
  2. 重新生成密钥对并申请新证书；
  3. 在服务器和 CDN 上部署新证书，替换旧证书。

今后申请证书后请妥善保管私钥，切勿上传到公网，以免证书被吊销或发生
信息泄露。如需帮助，请提交工单联系我们。

腾讯云 SSL 证书团队""")

notice(
    lang="zh", label="security-incident", phishing=False, provider="Alibaba Cloud (阿里云)",
    url="https://help.aliyun.com/document_detail/96403.html?spm=a2c4g.11186623.0.0.1ae6de53U8oymD2%E3%80%81",
    frm=("阿里云", "no-reply@notice.aliyun.com"),
    to="sec-team@yunhe-logistics.example",
    subject="【阿里云】云安全中心安全告警通知",
    dates={"sd": dt.datetime(2024, 3, 5, 2, 17, tzinfo=CST),
           "ev": dt.datetime(2024, 3, 5, 2, 9)},
    deadline=None,
    body="""尊敬的阿里云用户 yunhe-ops，您好！

云安全中心检测到您名下的资产出现紧急安全告警，请尽快处理，
防止攻击者进一步行动。

  告警名称：反弹Shell（紧急）
  资产：i-bp1c8x2w5k9m3q7z4v （公网 198.51.100.142 / 私网 172.16.8.23）
  发生时间：{ev_isot}
  进程：/usr/bin/python3 -c （连接 203.0.113.77:4444）
  关联告警：同一资产 30 分钟内出现 2 次 SSH 异常登录

该行为通常出现在服务器被入侵之后，攻击者借此远程控制主机。

建议您按以下步骤处理：
  1. 登录云安全中心控制台，进入“检测响应 > 安全告警”，打开该告警详情；
  2. 参考告警说明、攻击溯源与 AI 分析结果，评估影响范围并识别是否为误报；
  3. 确认为真实入侵后，先通过安全组隔离实例，再结束可疑进程、清理
     启动项和定时任务，并修改登录密码与密钥；
  4. 如需阿里云协助，请在控制台提交工单，产品分类选择“安全管控”，
     写明账号被盗、挖矿病毒等事件情况及当前业务受损状态。

您可以在“系统设置 > 通知设置”中调整告警的通知方式。

阿里云云安全中心""")

notice(
    lang="zh", label="abuse", phishing=False, provider="Alibaba Cloud (阿里云)",
    url=ali("cn.zh-CN/API参考/附录/安全锁定时的API行为.md"),
    frm=("阿里云", "no-reply@notice.aliyun.com"),
    to="admin@beichen-studio.example",
    subject="【阿里云】重要通知",
    dates={"sd": dt.datetime(2018, 3, 9, 15, 26, tzinfo=CST),
           "lk": dt.datetime(2018, 3, 9, 15, 20)},
    deadline=None,
    body="""尊敬的阿里云用户，您好！

您账号（UID：1382xxxxxxxx4471）下的以下云服务器 ECS 实例触发了
安全风控事件，已于 {lk_isot} 被安全锁定：

  实例ID：i-2ze5hx8kq3w1m7c9
  地域：华北2（北京）
  公网IP：203.0.113.19
  锁定原因：security（该实例存在对外发起网络攻击的行为）

锁定期间，实例的 OperationLocks 中会包含 LockReason: security，
以下操作将无法执行（控制台及 API 调用均会报错）：
  · 启动、停止、重启实例，修改实例属性；
  · 挂载、卸载云盘，为使用中的云盘创建快照或重新初始化；
  · 加入或移出安全组，分配公网 IP 地址。

以下操作仍可正常进行：创建镜像、更换系统盘、配置安全组规则、
释放实例。

请您尽快排查服务器上的异常进程与可疑账号，清除恶意程序并修复漏洞，
必要时备份数据后更换系统盘。处理完成后，请通过工单反馈处理结果，
我们将在核实后评估解除锁定。

阿里云计算有限公司""")

notice(
    lang="zh", label="action-required", phishing=False, provider="Tencent Cloud (腾讯云)",
    url=tc("yehe_doc/数据库/云数据库 Redis/动态与公告/公告/【2022年12月31日】基础网络下线公告_intl_zh.md"),
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="sre@xingyun-games.example",
    subject="【腾讯云】云数据库 Redis 基础网络将于{off_zh}下线，请尽快迁移至私有网络",
    dates={"sd": dt.datetime(2022, 9, 30, 10, 0, tzinfo=CST),
           "nc": dt.date(2022, 3, 31), "off": dt.date(2022, 12, 31)},
    deadline="off",
    body="""尊敬的腾讯云用户，您好！

为向您提供更好的服务，腾讯云已于{nc_zh}停止创建全部基础网络产品，
基础网络整体将于{off_zhw}正式下线，之后由私有网络 VPC 下的
对应产品提供服务。

经核查，您账号（账号ID：100024410587）下仍有以下云数据库 Redis 实例
使用基础网络：

  crs-4kq8m2zx（广州，标准架构 4GB）
  crs-9w3v7c1p（上海，集群架构 16GB）

私有网络是目前主流的云上网络环境，可以覆盖基础网络的全部能力，
并提供更安全、灵活、稳定的网络。为避免下线后影响业务访问，
请在下线日期前将上述实例切换至私有网络 VPC，并同步修改应用中的
连接地址。具体步骤可参见官网“基础网络迁移方案”文档。

如您不清楚账号下有哪些基础网络实例，或对迁移有任何疑问，欢迎联系我们。

腾讯云团队""")

notice(
    lang="zh", label="pricing", phishing=False, provider="Tencent Cloud (腾讯云)",
    url=tc("yehe_doc/网络与CDN/私有网络/动态与公告/【2023年07月01日】同地域跨可用区流量收费公告_intl_zh.md"),
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="finance@hexi-data.example",
    subject="私有网络同地域跨可用区流量收费公告",
    dates={"sd": dt.datetime(2023, 7, 3, 10, 0, tzinfo=CST),
           "ef": dt.datetime(2023, 10, 1, 0, 0), "lb": dt.date(2024, 1, 1), "fq": dt.date(2024, 4, 1)},
    deadline="ef",
    html=True,
    body="""尊敬的腾讯云用户，您好！

为了提供更稳定、可量化的同地域跨可用区服务保障，私有网络将于
{ef_zhw} 00:00 起收取同地域跨可用区服务费用。在此之前，
您仍可免费使用该服务。请确保账户余额充足，避免欠费停服影响业务。

一、计费说明
  计费场景：从云服务器或容器发出、目的为同地域其他可用区的云服务器、
  容器、CLB 或数据库的流量（访问 CLB、数据库的流量在{lb_zh}前免费）。
  计费模式：按流量后付费，以 VPC 为粒度按小时统计出方向流量。
  免费额度：每月 50TB；{fq_zh}起不再提供免费额度。
  单价：0.01 美元/GB。

二、计费示例
  若广州地域的 VPC 在 09:00:00–09:59:59 产生 100GB 跨可用区流量，
  费用为 0.01 × 100 = 1 美元，于下一个小时结算扣费。

三、欠费处理
  余额为 0 后服务可继续使用 2 小时并继续扣费；2 小时后余额仍不大于 0，
  该服务将停止；充值后自动恢复。

参考：您账号（账号ID：100038827461）下 vpc-6m2q9xkt 上月跨可用区
出流量约 62TB。可在控制台按 VPC 维度查看跨可用区流量监控。

腾讯云团队""")

notice(
    lang="zh", label="security-advisory", phishing=False, provider="Tencent Cloud (腾讯云)",
    url=tc("yehe_doc/安全/Web 应用防火墙/动态与公告/安全公告/Apache Log4j 2 远程代码执行漏洞风险公告（CVE-2021-44228）_intl_zh.md"),
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="secops@jinghua-fintech.example",
    subject="【安全公告】Apache Log4j 2 远程代码执行漏洞风险通告（CVE-2021-44228）",
    dates={"sd": dt.datetime(2021, 12, 10, 9, 30, tzinfo=CST), "ds": dt.date(2021, 12, 9)},
    deadline=None,
    body="""尊敬的腾讯云用户，您好！

{ds_zh}，腾讯云安全运营中心监测到 Apache Log4j 2 被披露存在严重的
代码执行漏洞（CVE-2021-44228），官方已发布安全公告及修复版本。
该漏洞被利用后可导致服务器被入侵。

【漏洞详情】
Log4j 2 是 Java 生态中使用最广泛的日志组件之一。在特定条件下处理
恶意构造的数据时，可能触发注入并执行任意代码。只要应用使用 Log4j 2
输出日志且日志内容可被攻击者部分控制，就可能受到影响。受影响的通用
组件包括 Struts2、Solr、Druid、Flink、Kafka、ElasticSearch、Logstash 等。

【风险等级】高风险
【影响版本】2.0 ≤ Apache Log4j 2 ≤ 2.14.1
【安全版本】Apache Log4j 2 2.16.0

【修复建议】
  1. 升级 log4j-core 至官方最新版本（推荐）；
  2. 暂时无法升级时，可在 classpath 下的 log4j2.component.properties
     中关闭 lookup 功能，或设置相应的 JVM 启动参数；
  3. Web 应用防火墙已更新防护规则，可开启防护以拦截利用请求。

请您及时开展自查，如在受影响范围内，请尽快更新修复。

腾讯云安全团队""")

notice(
    lang="zh", label="billing", phishing=False, provider="Alibaba Cloud (阿里云)",
    url=ali("cn.zh-CN/产品定价/续费实例/自动续费实例.md"),
    frm=("阿里云", "no-reply@notice.aliyun.com"),
    to="caiwu@songlin-trade.example",
    subject="【阿里云】通知",
    dates={"sd": dt.datetime(2021, 6, 15, 9, 5, tzinfo=CST), "ex": dt.date(2021, 6, 20)},
    deadline="ex",
    body="""尊敬的阿里云用户 songlin***，您好！

您开通了自动续费的包年包月云服务器 ECS 实例，本次自动续费扣款失败。

  实例ID：i-uf6d3k9x2m8q5w1e
  实例名称：songlin-erp-prod
  地域：华东2（上海）
  到期时间：{ex_zhw} 23:59:59
  续费周期：3个月
  应付金额：¥1,842.00
  失败原因：账户可用余额不足

请在实例到期前充值或完成手动续费，以免实例到期后停机、影响业务。
若在到期前已完成手动续费，同一计费周期内将不再自动扣款。

操作路径：登录 ECS 管理控制台，在顶部菜单选择“费用 > 续费管理”，
在“自动续费”页签中找到该实例进行续费；也可先在费用中心充值，
系统将在下一次自动续费时重新扣款。

阿里云计算有限公司""")

notice(
    lang="zh", label="maintenance", phishing=False, provider="Huawei Cloud (华为云)",
    url=hw("cn.zh-cn/用户指南/授权维护.md"),
    frm=("华为云", "noreply@notice.huaweicloud.com"),
    to="yunwei@tianmu-health.example",
    subject="【华为云】弹性云服务器系统维护事件待授权通知",
    dates={"sd": dt.datetime(2024, 4, 8, 10, 0, tzinfo=CST),
           "pl": dt.datetime(2024, 4, 15, 2, 0)},
    deadline="pl",
    body="""尊敬的华为云用户，您好！

您账号（hw_tianmu01）下的以下弹性云服务器所在宿主机需要进行系统维护，
相关“系统维护”事件当前处于“待授权”状态：

  云服务器：ecs-tm-app-02（ID：5f3c8a21-7d4e-4b19-a6c2-0e8d1f9b3a47）
  区域：华北-北京四
  计划维护时间：{pl_zhw} {pl_hm}

系统维护通常伴随宿主机下电和重启，届时云服务器将停止或重启。
请在计划时间前选择以下一种方式完成授权：

  · 立即授权维护：系统收到请求后，在 5 个工作日内完成宿主机维护；
  · 预约授权维护：设置预约时间，系统在预约时间后 5 个工作日内完成维护。

授权前请确保业务已离线，或云服务器停止不会影响业务。如业务不能停止，
请勿授权，并联系技术支持处理。

操作路径：管理控制台 > 计算 > 弹性云服务器 > 事件，找到对应事件后
单击“授权”或“预约”。使用 IAM 用户操作时，需要具备
ecs:instanceScheduledEvents:accept 和 update 权限。

华为云""")

notice(
    lang="zh", label="informational", phishing=False, provider="Huawei Cloud (华为云)",
    url=hw("cn.zh-cn/用户指南/竞享计费型实例.md"),
    frm=("华为云", "noreply@notice.huaweicloud.com"),
    to="batch@lumo-render.example",
    subject="【华为云】通知",
    dates={"sd": dt.datetime(2024, 4, 18, 3, 42, tzinfo=CST),
           "it": dt.datetime(2024, 4, 18, 3, 40)},
    deadline=None,
    body="""尊敬的华为云用户，您好！

由于所在可用区库存资源不足，您账号（hw_lumo_render）下的以下竞享计费型
实例已于 {it_isot} 进入“中断回收中”状态，并已释放：

  实例名称：render-worker-17
  规格：c6.2xlarge.2（通用计算增强型）
  区域：华东-上海一
  保障周期：3 小时

本次中断发生在保障周期内，由云平台发起，当前保障周期不计费。

竞享实例以较低折扣售卖，但在库存不足等情况下系统会自动中断回收，
且实例会在秒级内释放。平台会优先回收使用时长较短的实例，以尽量
降低对业务的影响。建议您为无状态、可容错的任务使用竞享实例，
并做好数据备份与任务重试策略。

如需继续使用，可重新购买竞享实例，或改用按需计费的云服务器。

华为云""")

notice(
    lang="zh", label="action-required", phishing=True, provider="Alibaba Cloud (impersonated)",
    url="https://www.987vps.com/news/91272.html",
    frm=("阿里云域名服务", "domain-service@aliyun-domain-renew.example"),
    to="boss@latte-cafe.example",
    subject="【紧急】您的域名将于24小时后到期，请立即续费",
    dates={"sd": dt.datetime(2024, 11, 20, 9, 12, tzinfo=CST),
           "dl": dt.datetime(2024, 11, 21, 9, 12)},
    deadline="dl", rel=("days", 1),
    body="""尊敬的域名持有人：

您在阿里云注册的域名即将到期，请及时处理。

  域名：latte-cafe.example
  注册人：拿铁咖啡工作室
  到期时间：24小时后

域名到期后将进入赎回期，解析立即停止，网站和企业邮箱将无法访问。
赎回期结束后，该域名可能被公开拍卖，由第三方抢注。

为避免损失，请在 24 小时内点击下方链接完成续费，支持支付宝、微信
扫码支付：

  立即续费 >> https://aliyun-pay.example/renew?d=latte-cafe.example

逾期未续费，我们将无法保留您的域名，由此产生的损失由您自行承担。

本邮件由系统自动发送，请勿直接回复。
阿里云 域名服务中心""")

notice(
    lang="zh", label="action-required", phishing=True, provider="Alibaba Cloud Mail (impersonated)",
    url="http://lyl33.com/news_in/2439",
    frm=("阿里企业邮箱", "postmaster@qiye-aliyun-mail.example"),
    to="hr@ruijin-tech.example",
    subject="邮件账号异常使用警报！请立即进入检查",
    dates={"sd": dt.datetime(2022, 9, 10, 3, 51, tzinfo=CST)},
    deadline=None,
    body="""尊敬的 hr@ruijin-tech.example 用户：

系统检测到您的邮件账号存在异常使用情况，账号已被标记为安全隐患账号。

  异常类型：异地频繁登录
  登录地点：境外（未知地区）
  风险等级：高

我们正在升级邮箱账号中心，并将清理存在安全隐患及不活跃的账号。
为保证您的账号可以继续正常收发邮件，请立即点击下方链接核实您的
账号信息。

  立即核实 >> https://qiye-aliyun-mail.example/verify?user=hr

如不及时核实，您的邮箱账号将被关闭，所有邮件数据将被清空且无法恢复。

阿里云企业邮箱 安全中心
（此邮件为系统邮件，请勿回复）""")

# ======================= English (4) =======================
notice(
    lang="en", label="abuse", phishing=False, provider="Alibaba Cloud (International)",
    url="https://www.alibabacloud.com/help/doc-detail/2938694.html",
    frm=("Alibaba Cloud", "noreply@alibabacloud.com"),
    to="cloudops@nordlake-analytics.example",
    subject="[Alibaba Cloud] Your ECS instance has been shut down: mining program detected",
    dates={"sd": dt.datetime(2025, 6, 10, 13, 22, tzinfo=CST),
           "dt": dt.datetime(2025, 6, 10, 12, 58)},
    deadline=None,
    html=True,
    body="""Dear Alibaba Cloud customer,

Security Center detected a cryptocurrency mining program on the following
ECS instance in your account (UID 5418xxxxxxxx2093):

  Instance ID: i-t4n7c2kx9q1m5w8z
  Region: Singapore
  Public IP: 203.0.113.205
  Detected at: {dt_isot} (UTC+8)
  Process: /tmp/.x11/kworkerds (outbound connections to a mining pool)

Mining activity on Alibaba Cloud resources is not permitted, so the
instance has been shut down. This is the first shutdown for this instance.

You can unlock it once from Security Control Events in the console. After
unlocking, purge the mining program right away. If mining behavior is
detected again, the instance will be shut down and cannot be unlocked.

Recommended steps:
  1. Restrict public and SSH/RDP access in the security group so that only
     trusted IP addresses can connect.
  2. Back up important data, then re-initialize the disk to remove the
     program completely.
  3. Reset passwords and key pairs, and block the pool addresses.

Alibaba Cloud Security""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Alibaba Cloud (International)",
    url="https://www.alibabacloud.com/help/faq-detail/172583.htm",
    frm=("Alibaba Cloud", "noreply@alibabacloud.com"),
    to="it@harbourline-freight.example",
    subject="Notification",
    dates={"sd": dt.datetime(2020, 12, 30, 10, 15, tzinfo=CST)},
    deadline=None,
    body="""Dear Alibaba Cloud customer,

We noticed unusual activity on an ECS instance in your account
(UID 5206xxxxxxxx7731):

  Instance ID: i-j6c2w9kx4m7q1t8v
  Region: China (Hong Kong)
  Symptom: CPU usage has stayed at 100% for 26 hours

The instance is automatically creating scheduled tasks (cron entries) that
start processes and exhaust CPU resources. This pattern is caused by a
mining program, which means the instance has most likely been compromised.

For security reasons we recommend that you do not keep using this system:
  1. Create a snapshot of the disks to preserve your data.
  2. Reset the operating system to remove all infected files.
  3. Create a disk from the snapshot, attach it as a data disk, and copy
     back only the data you need.
  4. Change any logon passwords, keys or access credentials that were used
     on this instance or entered in the console.

If you prefer not to reset the system, you can purchase the Alibaba Cloud
emergency response service for help from security engineers.

Alibaba Cloud""")

notice(
    lang="en", label="maintenance", phishing=False, provider="Alibaba Cloud (International)",
    url=ali("intl.en-US/ECS/ECS bulletin board/Alibaba Cloud physical server migration and upgrade notice.md"),
    frm=("Alibaba Cloud", "noreply@alibabacloud.com"),
    to="infra@pinewood-retail.example",
    subject="Alibaba Cloud physical server migration and upgrade notice",
    dates={"sd": dt.datetime(2019, 4, 17, 10, 0, tzinfo=CST),
           "ms": dt.datetime(2019, 4, 24, 1, 0), "me": dt.datetime(2019, 4, 24, 5, 0)},
    deadline="ms",
    html=True,
    body="""Dear Alibaba Cloud customer,

To improve the performance and stability of ECS instances, the physical
server that hosts the following instance will receive a scheduled hardware
and network upgrade, and the instance will be migrated.

  Instance ID: i-rj9b4k2x7m1q5c3w (Classic network)
  Region: China (Shenzhen)
  Window: {ms_enw}, {ms_hm} to {me_hm} (UTC+8)
  Expected interruption: about 15 minutes

What changes:
  - The network type changes from Classic network to VPC.
  - The software license code may change.
  - With 0 Mbit/s Internet bandwidth, the public IP is released; otherwise it
    is kept, the public NIC is removed and NAT IP is used.
  - The private IP is assigned from the CIDR block of the target VSwitch.
  - I/O performance drops briefly afterwards, and snapshots and disk
    operations are disabled while data is appended (about 4 hours per 100 GiB).

Before the window, please:
  1. Create snapshots of your disks.
  2. Prepare a VPC, VSwitch and a VPC-type security group with suitable rules.
  3. Keep at least 500 MiB free on the system disk.

You can check the affected servers on the Pending Tasks page of the console.

Alibaba Cloud ECS""")

notice(
    lang="en", label="informational", phishing=False, provider="Alibaba Cloud (International)",
    url=ali("intl.en-US/Images/Alibaba Cloud Linux 2/Features and interfaces supported by Alibaba Cloud Linux 2/Subscribe to announcements for Alibaba Cloud Linux 2 CVEs.md"),
    frm=("Alibaba Cloud", "noreply@alibabacloud.com"),
    to="platform@emberfield-labs.example",
    subject="Alibaba Cloud Notification",
    dates={"sd": dt.datetime(2021, 7, 19, 10, 0, tzinfo=CST)},
    deadline=None,
    body="""Dear Alibaba Cloud customer,

Several ECS instances in your account run Alibaba Cloud Linux 2. Here is
how to keep track of security fixes for this distribution.

The Alibaba Cloud operating system team follows the software issues and
CVEs found by the Linux industry and community, and keeps publishing
updates to the YUM repositories until Alibaba Cloud Linux 2 reaches its end
of life. Each fix is listed in the Alibaba Cloud Linux 2.1903 Security
Advisories feed on mirrors.aliyun.com.

You can follow that feed with any RSS reader. In Google Chrome, for
example:
  1. Open the Chrome Web Store and search for "RSS Feed Reader".
  2. Add the extension to the browser.
  3. Subscribe to the advisories feed address.

New advisories will then appear in the reader as soon as they are released.
No action is needed on your instances because of this message.

Alibaba Cloud""")


README_TEMPLATE = """# Batch {name}: February 2029, Japanese and Chinese providers

36 labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic: fixed Message-IDs and MIME boundaries).
Each notice follows one public original (see the table), moved into February 2029
by a weekday-preserving day offset applied to all of its dates, with names, ids,
hosts, customer domains (`.example`) and IP addresses (documentation ranges)
replaced and every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

## Counts

- by label (phishing counted apart): {counts}
- phishing: {phishing} ({phish})
- critical (abuse + security-incident, without phishing): {crit}
- languages: {langs}
- multipart/alternative with an HTML part: {multipart}; the rest text/plain.
  Japanese and Chinese bodies are base64, English bodies quoted-printable;
  non-ASCII headers are RFC 2047 encoded.

## Providers

{providers}

## Notes on the originals

- The stored web pages for this theme were already heavily used by earlier batches, so
  most non-critical notices follow provider announcement pages read in full from three
  public documentation repositories fetched in this session:
  tencentyun/intlcloud-documents (Tencent Cloud, Japanese `_intl_jp` and Chinese `_intl_zh`
  pages), AlibabaCloudDocs/ecs and huaweicloudDocs/ecs. Announcement pages were turned
  into the mail a customer holding the affected resource would receive (account and
  resource ids invented).
- The critical notices follow pages where the mail or the incident is described:
  a blog quoting an Xserver restriction mail (#1), press coverage of the IIJ Secure MX,
  LINE Yahoo, GMO Pepabo (Color Me Shop), onamae.com mail-magazine and GMO Site M&A
  incidents (#2-#6, written as the customer notification), Tencent Cloud SES sending-ban
  rules (#21), a Tencent SSL announcement on CA revocation after key leaks (#22),
  Alibaba Cloud Security Center documentation (#23, #33, #34) and the Alibaba ECS page on
  what an instance can and cannot do while security-locked (#24).
- Two originals first chosen here (finbridge.jp on IIJ, a v2ray-core issue) were taken by
  a parallel batch while this one was being written and were replaced before appending.
- Phishing: #7 follows a Xserver-branded lure transcribed on a blog, #31 a Chinese article
  describing fake Alibaba Cloud domain-renewal mails, #32 an Alibaba enterprise-mail page
  listing phishing subjects and pretexts.
- #20 (Alibaba Cloud sudo advisory) is rendered in Japanese from the Chinese original, as
  the mail of the Japanese arm; the others keep the original's language.
- No Baidu AI Cloud original could be found within the look-up budget, so Baidu is absent.
- Generic subjects ("お知らせ", "重要なお知らせ", "【腾讯云】通知", "Notification", ...) were used
  where the provider's notification template is generic or the original mail's subject
  is not public (a judgement call, noted here) (#2, #3, #6, #8, #10, #12, #21, #24,
  #28, #30, #34, #36); the category shows only in the body there.

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
"""


# --------------------------------------------------------------------------
# building
def render(n):
    send = n["dates"]["sd"]
    off = month_offset(send)
    shifted = {}
    mapping = {}
    for k, d in n["dates"].items():
        nd = d + off
        shifted[k] = nd
        mapping.update(fmts(k, nd))
    body = n["body"].format(**mapping)
    subject = n["subject"].format(**mapping)
    dl = "none"
    if n["deadline"]:
        d = shifted[n["deadline"]]
        dl = (d.date() if isinstance(d, dt.datetime) else d).isoformat()
    return shifted["sd"], subject, body, dl


def build_message(i, n):
    date, subject, body, dl = render(n)
    msg = EmailMessage(policy=email.policy.default)
    name, addr = n["frm"]
    msg["From"] = Address(display_name=name, addr_spec=addr)
    msg["To"] = n["to"]
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(date)
    dom = addr.split("@", 1)[1]
    h = hashlib.sha1(("%s-%d-%s" % (NAME, i, subject)).encode("utf-8")).hexdigest()
    msg["Message-ID"] = "<%s.%s@%s>" % (h[:16], h[16:28], dom)
    msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = dl
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    cte = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
    msg.set_content(body + "\n", subtype="plain", charset="utf-8", cte=cte)
    if n.get("html"):
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:sans-serif;font-size:14px\">\n%s\n</div></body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


LANG_NAME = {"ja": "Japanese", "zh": "Chinese", "en": "English"}


def main():
    problems = []
    if len(N) != 36:
        problems.append("expected 36 notices, got %d" % len(N))
    built = []
    urls = []
    for i, n in enumerate(N, 1):
        msg, date, subject, body, dl = build_message(i, n)
        built.append((n, msg, date, subject, body, dl))
        urls.append(n["url"])
        if n["label"] not in LABELS:
            problems.append("#%d unknown label %s" % (i, n["label"]))
        if (date.year, date.month) != MONTH:
            problems.append("#%d date %s not in month" % (i, date))
        if date.weekday() != n["dates"]["sd"].weekday():
            problems.append("#%d weekday changed" % i)
        if dl != "none":
            try:
                dld = dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("#%d bad deadline %s" % (i, dl))
                dld = None
            if dld is not None and dld < date.date():
                problems.append("#%d deadline %s before date %s" % (i, dl, date))
        if n.get("rel"):
            want = resolve_relative(date, n["rel"]).isoformat()
            if dl != want:
                problems.append("#%d relative deadline %s resolves to %s, labelled %s"
                                % (i, n["rel"], want, dl))
        if n["label"] in ("informational", "security-advisory") and dl != "none":
            problems.append("#%d %s with a deadline" % (i, n["label"]))
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        for line in body.split("\n"):
            if line.startswith("From "):
                problems.append("#%d body line starts with 'From '" % i)
        if "{" in body or "}" in body or "{" in subject:
            problems.append("#%d unresolved placeholder" % i)
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URLs")

    # write mboxo
    with open(MBOX, "wb") as fh:
        for n, msg, date, subject, body, dl in built:
            raw = msg.as_bytes(policy=email.policy.default.clone(linesep="\n", max_line_length=120))
            out = []
            for line in raw.split(b"\n"):
                if line.startswith(b"From "):
                    line = b">" + line
                out.append(line)
            raw = b"\n".join(out)
            env = "From %s %s\n" % (n["frm"][1], date.astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y"))
            fh.write(env.encode("ascii"))
            fh.write(raw)
            if not raw.endswith(b"\n"):
                fh.write(b"\n")
            fh.write(b"\n")

    # read back and check
    box = mailbox.mbox(MBOX, factory=lambda f: email.message_from_binary_file(f, policy=email.policy.default),
                       create=False)
    msgs = list(box)
    if len(msgs) != len(built):
        problems.append("read back %d messages" % len(msgs))
    counts = {}
    phish_counts = {}
    phishing = 0
    langs = {}
    multipart = 0
    for idx, (m, (n, _, date, subject, body, dl)) in enumerate(zip(msgs, built), 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
                  "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                problems.append("#%d missing header %s" % (idx, h))
        raw_headers = m.as_bytes().split(b"\n\n", 1)[0]
        try:
            raw_headers.decode("ascii")
        except UnicodeDecodeError:
            problems.append("#%d non-ASCII bytes in headers" % idx)
        if str(m["Subject"]) != subject:
            problems.append("#%d subject mismatch" % idx)
        if email.utils.parsedate_to_datetime(str(m["Date"])) != date:
            problems.append("#%d date mismatch" % idx)
        if str(m["X-Training-Label"]) != n["label"]:
            problems.append("#%d label mismatch" % idx)
        if str(m["X-Training-Deadline"]) != dl:
            problems.append("#%d deadline mismatch" % idx)
        rdl = str(m["X-Training-Deadline"])
        if rdl != "none":
            try:
                if dt.date.fromisoformat(rdl) < email.utils.parsedate_to_datetime(str(m["Date"])).date():
                    problems.append("#%d read-back deadline before Date" % idx)
            except ValueError:
                problems.append("#%d read-back deadline invalid" % idx)
        ph = m["X-Training-Phishing"]
        if bool(ph) != n["phishing"] or (ph and str(ph) != "yes"):
            problems.append("#%d phishing header mismatch" % idx)
        part = m.get_body(preferencelist=("plain",))
        if part is None or part.get_content().rstrip("\n") != body.rstrip("\n"):
            problems.append("#%d body mismatch" % idx)
        cte = str(part["Content-Transfer-Encoding"]).lower() if part is not None else ""
        want_cte = "base64" if n["lang"] in ("ja", "zh") else "quoted-printable"
        if cte != want_cte:
            problems.append("#%d transfer encoding %s, want %s" % (idx, cte, want_cte))
        if m.is_multipart():
            multipart += 1
            if m.get_content_type() != "multipart/alternative" or m.get_body(preferencelist=("html",)) is None:
                problems.append("#%d multipart without HTML alternative" % idx)
        if n["phishing"]:
            phishing += 1
            phish_counts[n["label"]] = phish_counts.get(n["label"], 0) + 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if crit != 12:
        problems.append("critical %d != 12" % crit)
    if phishing != 3:
        problems.append("phishing %d != 3" % phishing)
    rest = {k: v for k, v in counts.items() if k not in ("abuse", "security-incident")}
    if max(rest, key=rest.get) != "action-required":
        problems.append("action-required is not the largest non-critical group: %s" % rest)
    if langs != {"ja": 20, "zh": 12, "en": 4}:
        problems.append("language mix %s" % langs)

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            LANG_NAME[n["lang"]], n["url"]))
    readme = README_TEMPLATE.format(
        name=NAME,
        counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
        phish=", ".join("%s %d" % (k, phish_counts[k]) for k in sorted(phish_counts)),
        crit=crit, phishing=phishing, multipart=multipart,
        langs=", ".join("%s %d" % (LANG_NAME[k], langs[k]) for k in ("ja", "zh", "en")),
        providers=", ".join(providers),
        rows="\n".join(rows))
    # The sections added once the batch was scored ("## Scored at arrival" and after) are kept.
    path = os.path.join(OUT, "README.md")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            old = fh.read()
        mark = old.find("\n## Scored at arrival")
        if mark >= 0:
            readme = readme.rstrip("\n") + "\n\n" + old[mark + 1:]
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
