#!/usr/bin/env python3
"""Generate validation batch g47: 36 labelled cloud-provider notices (December 2028).

Japanese and Chinese providers and the Japanese/Chinese arms of global ones:
20 Japanese, 10 Chinese, 6 English notices, 3 of them phishing.
Standard library only, deterministic.  Writes set-g47.mbox, README.md and
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
NAME = "g47"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2028, 12)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

JST = dt.timezone(dt.timedelta(hours=9))
CST = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc

TC_COMMIT = "02ec31c2626e18091982c1934bd4aded84cf5043"


def tc(path):
    """URL of a file in the public tencentyun/intlcloud-documents repository."""
    return ("https://github.com/tencentyun/intlcloud-documents/blob/%s/%s"
            % (TC_COMMIT, urllib.parse.quote(path)))


def gh(repo, commit, path):
    return "https://github.com/%s/blob/%s/%s" % (repo, commit, urllib.parse.quote(path))


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
    hour12 = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return {
        key + "_jp": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_jpw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, JA_WD[w]),
        key + "_jpwh": "%d年%d月%d日(%s)" % (d.year, d.month, d.day, JA_WD[w]),
        key + "_md": "%d月%d日" % (d.month, d.day),
        key + "_mdw": "%d月%d日（%s）" % (d.month, d.day, JA_WD[w]),
        key + "_mdwh": "%d月%d日(%s)" % (d.month, d.day, JA_WD[w]),
        key + "_zh": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_zhw": "%d年%d月%d日（%s）" % (d.year, d.month, d.day, ZH_WD[w]),
        key + "_en": "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[d.month - 1], d.day, d.year),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_time": d.strftime("%H:%M:%S"),
        key + "_us": "%d/%d/%d, %d:%02d:%02d %s" % (d.month, d.day, d.year, hour12,
                                                     d.minute, d.second, ampm),
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


# --------------------------------------------------------------------------
# the notices
N = []


def notice(**kw):
    N.append(kw)


# ---------------- Japanese (20) ----------------
notice(
    lang="ja", label="billing", phishing=True, provider="さくらインターネット (impersonated)",
    url="https://ymg.nagoya/spam-mail-3468/amp",
    frm=("さくらインターネット株式会社", "support@sakura.ad.jp"),
    to="webmaster@kotobuki-design.example",
    subject="【重要】ドメインの更新に関する重要なお知らせです",
    dates={"sd": dt.datetime(2026, 2, 16, 9, 42, tzinfo=JST), "pay": dt.date(2026, 2, 19)},
    deadline="pay",
    body="""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
◆◇◆ ドメイン更新費用のお支払いについて ◆◇◆
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
いつもさくらインターネットをご利用いただき、誠にありがとうございます。

ご契約中のドメインについて、更新費用の再請求のご案内を
先日メールにてお送りいたしましたが、{sd_jp}時点で
お支払いを確認することができておりません。

■対象ドメイン  ：kotobuki-design.example
■サービスコード：SD-7731-0428
■ご請求金額    ：2,915円（税込）
■お支払い期限  ：{pay_mdw}

期限までにお支払いが確認できない場合、ドメインは失効し、
ウェブサイトおよびメールがご利用いただけなくなります。

お支払いは下記ページよりPayPayにてお手続きいただけます。
https://sakura-domain-renew.example/pay?code=SD-7731-0428

※本メールと行き違いでお支払い済みの場合はご容赦ください。

――――――――――――――――――――――――――――――
さくらインターネット株式会社 カスタマーセンター
――――――――――――――――――――――――――――――""")

notice(
    lang="ja", label="action-required", phishing=True, provider="エックスサーバー (impersonated)",
    url="https://hashibasena.net/?p=3114",
    frm=("Xserver メールセキュリティクリティカルアラート | Kotonoha",
         "xserver-secure-kotonoha-webmail-jp_QmTzVbWkPqLrNcXsYhDfEaGu@xserver.jp"),
    to="info@kotonoha-blog.example",
    subject="info@kotonoha-blog.example は削除されます⚠️",
    dates={"sd": dt.datetime(2024, 6, 13, 12, 35, 26, tzinfo=JST),
           "end": dt.datetime(2024, 6, 15, 12, 35, 26)},
    deadline="end",
    body="""Xserver Webメール セキュリティ通知

info@kotonoha-blog.example 様

お使いのメールボックスは、サーバー側のセキュリティ更新が
未適用のまま停止対象として登録されています。

停止予定時刻：{end_us}

上記時刻を過ぎると、このアドレスに保存されているメールと
受信設定はすべて削除され、元に戻すことはできません。

引き続きご利用になる場合は、下のボタンから現在のパスワードで
ログインし、メールボックスの継続を確認してください。

  [ メールボックスを維持する ]
  https://xserver-webmail-keep.example/login?u=info%40kotonoha-blog.example

このメッセージはシステムから自動送信されています。
© Xserver Inc. All rights reserved.""")

notice(
    lang="ja", label="action-required", phishing=True, provider="エックスサーバー (impersonated)",
    url="http://mens-up.jp/xserverhuliltsusingusagime-ru",
    frm=("エックスサーバー", "support@xserver.ne.jp"),
    to="admin@hidamari-works.example",
    subject="【Xserver】サーバーパネルへのログイン確認のお願い",
    dates={"sd": dt.datetime(2020, 11, 17, 10, 5, tzinfo=JST), "lim": dt.date(2020, 11, 20)},
    deadline="lim",
    body="""hidamari-works.example ご担当者様

平素よりエックスサーバーをご利用いただき、誠にありがとうございます。
エックスサーバー カスタマーサポートです。

お客様のサーバーアカウント（サーバーID：hidamari01）において、
登録情報の確認が完了していないことが判明いたしました。

本メール受信後72時間以内に、下記のサーバーパネルへログインのうえ
アカウント情報の確認を行ってください。
期限内に確認が取れない場合、サーバーアカウントを一時的に
利用停止とさせていただきます。

▼サーバーパネル ログイン
https://xserver-panel-login.example/login_server.php

ご不便をおかけいたしますが、ご協力のほどよろしくお願い申し上げます。

--
エックスサーバー株式会社
カスタマーサポート""")

notice(
    lang="ja", label="abuse", phishing=False, provider="NTTPC (WebARENA)",
    url=("https://help.arena.ne.jp/hc/ja/articles/360025934793-%E3%81%AA%E3%82%8A%E3%81%99%E3%81%BE"
         "%E3%81%97-%E8%B8%8F%E3%81%BF%E5%8F%B0-%E8%A2%AB%E5%AE%B3%E3%81%AB%E3%82%88%E3%82%8B%E3%83"
         "%A1%E3%83%BC%E3%83%AB%E5%A4%A7%E9%87%8F%E9%80%81%E4%BF%A1%E3%82%92%E9%98%B2%E3%81%90%E3%81"
         "%9F%E3%82%81%E3%81%AB-%E6%9C%89%E5%8A%B9%E3%81%AA%E5%AF%BE%E7%AD%96%E3%81%AF%E3%81%82%E3%82"
         "%8B%E3%81%8B-"),
    frm=("WebARENA サポートセンター", "support@arena.ne.jp"),
    to="sysadmin@maruyama-kogyo.example",
    subject="【WebARENA】メール送信数の一時制限について",
    dates={"sd": dt.datetime(2019, 5, 21, 15, 20, tzinfo=JST)},
    deadline=None,
    body="""maruyama-kogyo.example ご担当者様

平素は WebARENA をご利用いただき、誠にありがとうございます。
WebARENA サポートセンターでございます。

お客様のアカウント（契約ID：AR-20418856）に属するメールアドレス
info@maruyama-kogyo.example から、短時間に大量のメールが
送信されていることを確認いたしました。

共用サーバーをご利用の他のお客様への影響と被害の拡大を防ぐため、
{sd_mdwh}15時10分より、お客様領域からのメール送信数を
一時的に制限しております。

送信にお心当たりがない場合、第三者がお客様のアカウント情報を用いて
無断でサーバーに接続し、送信を行った可能性がございます。
以下の対策を実施いただきますようお願いいたします。

 1. 推測されにくい文字列へのパスワード変更
    （パスワード生成ツール等のご利用をお勧めします）
 2. 1～3ヶ月ごとの定期的なパスワード変更
 3. サーバーへ接続できる接続元IPアドレスの制限

対策完了後、サポートセンターまでご連絡いただければ、
確認のうえ制限を解除いたします。

――――――――――――――――――――――――
NTTPCコミュニケーションズ WebARENA サポートセンター
――――――――――――――――――――――――""")

notice(
    lang="ja", label="billing", phishing=False, provider="さくらインターネット",
    url="http://news.mynavi.jp/news/2013/12/02/224/index.html",
    frm=("さくらインターネット", "info@sakura.ad.jp"),
    to="keiri@yamabiko-shoten.example",
    subject="冬期休業に伴うお支払いと各種手続き期限について",
    dates={"sd": dt.datetime(2013, 12, 2, 11, 0, tzinfo=JST),
           "hs": dt.date(2013, 12, 28), "he": dt.date(2014, 1, 3),
           "mr": dt.date(2014, 1, 4), "pr": dt.date(2014, 1, 6),
           "s1": dt.date(2013, 12, 13), "s2": dt.date(2013, 12, 19),
           "prs": dt.date(2013, 12, 26), "de": dt.date(2013, 12, 31),
           "i1": dt.date(2013, 11, 10), "i2": dt.date(2013, 10, 10),
           "pd": dt.date(2013, 12, 20), "bl": dt.date(2013, 12, 10),
           "ch": dt.date(2013, 12, 19), "cd": dt.date(2013, 12, 17)},
    deadline="cd",
    body="""お客様各位

                              さくらインターネット株式会社

平素よりさくらインターネットをご愛顧いただき、誠にありがとうございます。

弊社は{hs_jpw}から{he_jpw}まで冬期休業をいただきます。
休業期間中はお支払いの確認が行えないため、サービスの継続や
更新に関わるお手続きの期限を下記のとおりご案内いたします。
なお、メールでのお問い合わせは{mr_mdw}、お電話でのお問い合わせは
{pr_mdw}より順次対応いたします。

                   <記>

【1】{s1_md}～{s2_md}に新規お申し込みの「さくらのレンタルサーバ」各プラン
    ※お支払い方法が銀行振込または請求書払いの場合
   継続してご利用いただく場合は、{prs_mdw}までにお支払いください。
   請求書記載の期限内であっても、サービスが一時停止となる場合がございます。

【2】有効期限が{de_jp}のJPドメイン
    ※{i1_md}または{i2_md}のご請求が未払いの場合
   更新をご希望の場合は、{pd_mdw}までにお支払いを完了してください。

【3】{bl_md}にご案内した更新料をクレジットカードでお支払いのお客様
   決済日は{ch_md}です。カード番号の変更は{cd_mdw}までに
   会員メニューよりお手続きください。

ご不便をおかけいたしますが、何卒ご了承くださいますようお願い申し上げます。

■本件に関するお問い合わせ
 support@sakura.ad.jp""")

notice(
    lang="ja", label="informational", phishing=False, provider="さくらインターネット",
    url="https://help.sakura.ad.jp/notification/n-2632",
    frm=("さくらインターネット", "info@sakura.ad.jp"),
    to="nch42817@tsukimi-soft.example",
    subject="年末年始にともなうお問い合わせ窓口の営業・各種お手続きについて",
    dates={"sd": dt.datetime(2023, 12, 8, 14, 0, tzinfo=JST),
           "ld": dt.date(2023, 12, 28), "hs": dt.date(2023, 12, 29),
           "he": dt.date(2024, 1, 4), "rs": dt.date(2024, 1, 5)},
    deadline=None,
    body="""会員ID：nch42817 様

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。
年末年始期間中の窓口営業とお手続きについてお知らせいたします。

■休業期間
 {hs_jpw} ～ {he_jpw}

■休業期間中の対応
 ・オンラインでのサービスお申し込み、会員メニューでのお手続きは
   通常どおりご利用いただけます。
 ・ご入金の確認、一部のお手続き、メールでのお問い合わせへの回答は
   {rs_jpw}以降となります。
 ・チャットボットによる自動回答はご利用いただけます。
 ・サーバーの監視運用は休業期間中も継続いたします。

■お問い合わせ窓口の営業
 {ld_mdw}：通常営業
 {hs_mdw}～{he_mdw}：休業
 {rs_mdw}：通常営業

休業明けは窓口の混雑が予想されます。お問い合わせの前に
サポートサイトもあわせてご確認ください。

お客様にはご不便をおかけいたしますが、何卒ご了承ください。

さくらインターネット株式会社 カスタマーセンター
https://help.sakura.ad.jp/""")

notice(
    lang="ja", label="informational", phishing=False, provider="Microsoft Japan (Entra ID)",
    url="https://jpazureid.github.io/blog/azure-active-directory/preferred-language-in-identity-governance",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="it-admin@shirakaba-lab.example",
    subject="Microsoft Entra ID からの通知メールの言語について",
    dates={"sd": dt.datetime(2023, 10, 31, 10, 30, tzinfo=JST), "an": dt.date(2023, 10, 17)},
    deadline=None,
    body="""Microsoft Entra ID をご利用のお客様へ

特権 ID 管理（PIM）、アクセス レビュー、エンタイトルメント管理から
送信される通知メールについて、使用される言語の決め方が明確に
定められましたのでお知らせします（{an_jp} 発表）。

通知メールの言語は次の順序で決まります。

 1. 受信者のユーザー オブジェクトに優先言語が設定されている場合は、
    その言語で送信されます。利用者は myaccount.microsoft.com から
    ご自身で変更できます（権限がない場合は管理者が設定します）。
 2. ユーザーに設定がない場合は、テナントの既定の言語が使われます。
 3. いずれも設定されていない場合は英語で送信されます。

日本語での受信を希望される場合は、ユーザーの優先言語または
テナントの言語設定をご確認ください。設定の変更は任意であり、
本件に伴ってお客様側で必須となる作業はありません。

テナント ID：3f9c1a72-5be0-4d18-9c6e-0a7d2b4e8f15

Microsoft Corporation
One Microsoft Way, Redmond, WA 98052""")

notice(
    lang="ja", label="informational", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/CDN与加速/内容分发网络 CDN/动态与公告/公告/CDN 云监控数据上报新版本_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="ops@hoshizora-media.example",
    subject="お知らせ：CDN クラウドモニタリングのデータレポート新バージョンについて",
    dates={"sd": dt.datetime(2021, 7, 21, 11, 0, tzinfo=JST), "rl": dt.date(2021, 7, 28)},
    deadline=None,
    body="""Tencent Cloud をご利用のお客様へ

Tencent Cloud Content Delivery Network（CDN）は、{rl_jpw}に
Cloud Monitor へのデータレポート機能の新バージョンを公開します。

■主な変更点
 ・レポート用インターフェースの刷新により、データ反映の遅れを短縮
 ・IPv4／IPv6 別の指標を新たに報告

■段階リリース期間中のご注意
 1. アラームについて
   新バージョンは少しずつ展開されるため、その間はアラームの通知が
   遅れるなどの影響が出る場合があります。
 2. モニタリングデータについて
   新旧インターフェースの切り替え時に、一時的にデータの報告が
   途切れることがあります。欠けた部分はリリース完了後に補完され、
   コンソールまたは API から参照できるようになります。

お客様に必要な作業はございません。展開はできる限り短期間で
完了するよう努めてまいります。

アカウント ID：207734519826
Tencent Cloud""")

notice(
    lang="ja", label="maintenance", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/数据库/云数据库 MySQL/动态与公告/公告/【2023年02月17日和20日】上海地域监控模块升级_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="dba@kirameki-pay.example",
    subject="【メンテナンス】上海リージョン TencentDB for MySQL 監視モジュールのアップグレード",
    dates={"sd": dt.datetime(2023, 2, 10, 16, 0, tzinfo=JST),
           "w1": dt.datetime(2023, 2, 17, 1, 0), "w2": dt.datetime(2023, 2, 20, 1, 0)},
    deadline="w1",
    body="""Tencent Cloud をご利用のお客様へ

TencentDB for MySQL をより安定してご利用いただくため、
上海リージョンの監視モジュールをアップグレードいたします。

■実施日時（北京時間）
 {w1_jpw} 01:00～06:00
 {w2_jpw} 01:00～06:00

■対象アベイラビリティーゾーン
 {w1_mdw}：上海5区、上海6区、上海7区
 {w2_mdw}：上海1区、上海2区、上海3区、上海4区

■影響
 作業中、異常終了したクライアント接続数、接続失敗回数、Join クエリの
 フルテーブルスキャン回数、テーブルキャッシュのヒット・ミス・オーバー
 フロー回数など、一部の補助的な監視メトリックに 1～2 回のデータ欠落が
 生じる場合があります。
 データベースインスタンスの稼働には影響ありません。CPU、メモリ使用率、
 読み書き速度などの主要メトリックや、HA 切り替え・動作異常のアラームも
 通常どおりです。

対象インスタンス：cdb-7q2kx9ma（上海5区）

ご不便をおかけしますが、何卒よろしくお願いいたします。
Tencent Cloud""")

notice(
    lang="ja", label="pricing", phishing=False, provider="Microsoft Japan (Microsoft 365)",
    url=("https://support.microsoft.com/ja-jp/office/microsoft-365-%E3%81%AE%E9%9B%BB%E5%AD%90%E3%83"
         "%A1%E3%83%BC%E3%83%AB%E6%A9%9F%E8%83%BD%E3%81%A8%E3%82%B9%E3%83%88%E3%83%AC%E3%83%BC%E3%82"
         "%B8%E3%81%AE%E5%A4%89%E6%9B%B4-637e353b-87b8-40d4-aa3f-a269bb9dfeb6"),
    frm=("Microsoft", "msa@communication.microsoft.com"),
    to="haruka@kaede-home.example",
    subject="Microsoft クラウド ストレージの変更に関するお知らせ",
    dates={"sd": dt.datetime(2023, 1, 10, 9, 0, tzinfo=JST), "ef": dt.date(2023, 2, 1)},
    deadline="ef",
    body="""Microsoft アカウントをご利用のお客様へ

{ef_jpw}から、Microsoft 365 のアプリやサービスで共有される
無料のクラウド ストレージ容量の数え方が変わります。

■変更内容
 これまでの OneDrive のファイルと写真に加えて、Outlook.com の
 メールに添付されたファイルやインライン画像も、同じストレージの
 クォータに含まれるようになります。

■影響
 ・OneDrive で使える空き容量が、これまでより少なくなる場合があります。
 ・ストレージの上限に達すると、Outlook.com でメールの送受信が
   できなくなります。

■ご確認ください
 現在の使用量は Microsoft アカウントの「ストレージ」ページで
 確認できます。容量が不足する場合は、不要なファイルや添付ファイルを
 整理するか、Microsoft 365 のプランで容量を追加してください。

新しい表示は{ef_md}以降、設定画面やアカウントページに順次反映されます。

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/计算/云服务器/动态与公告/公告/关于 CentOS 8 终止维护公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="infra@nagisa-logistics.example",
    subject="【要対応】CentOS 8 のサポート終了に関するお知らせ",
    dates={"sd": dt.datetime(2021, 12, 7, 10, 0, tzinfo=JST),
           "eo": dt.date(2022, 1, 1), "c7": dt.date(2024, 6, 30)},
    deadline="eo",
    body="""Tencent Cloud をご利用のお客様へ

CentOS プロジェクトは CentOS Linux の提供方針を変更し、
{eo_jp}をもって CentOS 8 のサポートを終了します。
CentOS 7 のメンテナンスも{c7_jp}に終了する予定です。

■Tencent Cloud での取り扱い
 CentOS 8 系のイメージは当面提供を続けますが、イメージおよび
 OS バージョンの更新は停止します。サポート終了後は、セキュリティ
 修正を受けられなくなります。

■推奨する移行先
 ・TencentOS Server
 ・OpenCloudOS（CentOS 8 と互換性のあるユーザースペースを提供）
 ・CentOS Stream、Ubuntu などの他のディストリビューション

ご利用中のインスタンス（ins-3k8d2wq1／東京）で CentOS 8 を
お使いの場合は、{eo_jp}までに移行計画をご検討ください。
移行手順は「CentOS から TencentOS Server への移行ガイド」を
ご参照ください。

Tencent Cloud""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/数据库/云数据库 MySQL/动态与公告/公告/【2023年03月31日】下线云数据库 MySQL 接口服务_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="backend@usagi-mart.example",
    subject="TencentDB for MySQL API 2.0 提供終了のお知らせ",
    dates={"sd": dt.datetime(2023, 2, 28, 11, 0, tzinfo=JST), "of": dt.date(2023, 3, 31)},
    deadline="of",
    body="""Tencent Cloud をご利用のお客様へ

TencentDB for MySQL の API バージョン 2.0 は技術サポートを終了しており、
北京時間{of_jpw}以降はご利用いただけなくなります。

■対象
 API 2.0 のインターフェースを呼び出しているプログラム、スクリプト、
 ツール

■お願い
 業務への影響を避けるため、{of_jp}までに API 3.0 への切り替えを
 完了してください。API 3.0 はアクセス遅延が小さく、パラメータ形式と
 エラーコードが統一され、SDK／CLI のバージョンもドキュメントと
 一致しています。

直近 30 日間に API 2.0 の呼び出しが確認されたアカウント：
 アカウント ID 100028417365

詳しくは API 3.0 ドキュメントをご覧ください。
https://intl.cloud.tencent.com/document/product/236/15829

Tencent Cloud""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/网络与CDN/负载均衡/动态与公告/【2023年02月24日】健康探测源IP切换100.64网段公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="network@hinata-games.example",
    subject="CLB ヘルスチェック送信元 IP の切り替えについて",
    dates={"sd": dt.datetime(2023, 2, 14, 15, 0, tzinfo=JST),
           "ef": dt.datetime(2023, 2, 21, 12, 0)},
    deadline="ef",
    body="""尊敬する Tencent Cloud ユーザーの皆様へ

{ef_jpw} 12:00:00 より、Cloud Load Balancer（CLB）インスタンスの
ヘルスチェック送信元 IP を、CLB の VIP から専用のネットワーク
セグメント 198.51.100.0/24 へ切り替えます。

■対象
 ・新規ユーザー（切り替え時点で CLB インスタンスを保有していない
   ルートアカウント）：自動的に新しいセグメントが適用されます。
 ・既存ユーザー：現在の設定のまま利用できます。コンソールまたは API
   （SourceIpType=1）で切り替えることも可能です。

■ご対応のお願い
 セキュリティグループでは追加の許可設定は不要ですが、バックエンド
 サーバーで iptables などの独自ルールを使っている場合は、
 198.51.100.0/24 を許可しないとヘルスチェックが失敗します。
 また、リージョンやアカウントをまたいでバインドしているサーバーは、
 それぞれのリージョン／アカウントで設定を更新してください。

対象 CLB：lb-8fw2qk7n（東京）

ご不明な点はチケットにてお問い合わせください。
Tencent Cloud""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Microsoft Japan (Microsoft 365)",
    url="https://learn.microsoft.com./ja-jp/purview/legacy-information-for-message-encryption",
    frm=("Microsoft 365 メッセージ センター", "o365mc@microsoft.com"),
    to="m365-admin@kawasemi-sangyo.example",
    subject="[対応が必要] 従来の Office 365 Message Encryption の廃止 (MC5489217)",
    dates={"sd": dt.datetime(2023, 5, 30, 8, 0, tzinfo=JST), "dp": dt.date(2023, 7, 1)},
    deadline="dp",
    html=True,
    body="""メッセージ ID：MC5489217
対象サービス：Exchange Online、Microsoft Purview
タグ：管理者への影響、機能の廃止

従来の Office 365 Message Encryption（OME）は{dp_jpw}をもって
非推奨となります。新しい Microsoft Purview Message Encryption に
まだ移行していない組織では、対応が必要です。

■影響
 {dp_jp}以降、従来の OME の構成は新しい機能の対象外となり、
 組織外の受信者に対する暗号化メッセージの表示方法も
 新しい方式に統一されます。

■推奨される対応
 1. 現在のトランスポート ルールで従来の OME を使っているか確認する
 2. Microsoft Purview Message Encryption をセットアップする
 3. 暗号化ルールを新しい方式に置き換え、社外宛てのテストを行う

手順は「Microsoft Purview Message Encryption の設定」をご参照ください。
組織にとって適切な時期に、できるだけ早く移行計画を立てることを
お勧めします。

このメッセージは Microsoft 365 管理センターのメッセージ センターにも
掲載されています。""")

notice(
    lang="ja", label="action-required", phishing=False, provider="エックスサーバー (wpXクラウド)",
    url="https://wpx.ne.jp/old_cloud/support/faq/contract_renewal.php",
    frm=("wpXクラウド サポート", "support@wpx.ne.jp"),
    to="owner@tsubame-cafe.example",
    subject="【wpXクラウド】ご利用期限のお知らせ",
    dates={"sd": dt.datetime(2021, 11, 16, 10, 0, tzinfo=JST), "ex": dt.date(2021, 11, 30)},
    deadline="ex",
    body="""tsubame-cafe.example ご担当者様

いつも wpXクラウド をご利用いただき、誠にありがとうございます。
ご契約中のサービスのご利用期限が近づいておりますので、
お知らせいたします。

■ご契約情報
 会員ID       ：wpx0318842
 サービス     ：wpXクラウド スタンダード
 ご利用期限   ：{ex_jpw}

ご利用期限までに更新のお手続きが確認できない場合、サービスは
停止となり、サーバー上のデータは一定期間の経過後に削除されます。

■更新手続きの方法
 1. 管理パネルにログインし、左メニューの「料金のお支払い」を開く
 2. 「ご契約一覧」から更新する契約にチェックを入れる
 3. 更新期間を選び、お支払い方法を選択して決済を完了する

※本メールは、ご利用期限の約2週間前にお送りしています。
※すでにお手続き済みの場合は、行き違いとなりますことをご容赦ください。

――――――――――――――――――――
wpXクラウド サポートセンター
https://wpx.ne.jp/
――――――――――――――――――――""")

notice(
    lang="ja", label="security-advisory", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("product_new/计算产品中心/云服务器/公告/腾讯云 Linux 镜像长期漏洞修复策略公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="security@mizuho-kobo.example",
    subject="お知らせ：Tencent Cloud Linux イメージの脆弱性修正方針",
    dates={"sd": dt.datetime(2020, 6, 9, 11, 0, tzinfo=JST)},
    deadline=None,
    body="""Tencent Cloud をご利用のお客様へ

Tencent Cloud セキュリティセンターでは、公開イメージに関わる
脆弱性情報を継続的に追跡しています。公式イメージにおける脆弱性の
修正方針についてお知らせします。

■修正の頻度
 ・一般的な脆弱性：年 2 回、定期的にまとめて修正します。
 ・危険度の高い脆弱性：確認後、速やかに修正版を提供します。

■対象となるイメージ
 アップストリームの公式メンテナンス期間内にあるバージョンを対象とし、
 メンテナンス方針は各ディストリビューションに合わせます。
 CentOS の場合は、サポート中のメジャーバージョンの最新マイナー
 バージョン（例：CentOS 7.6）のみが修正の対象です。
 サポートが終了したバージョン（例：CentOS 7.0、7.1、6.8 以前）は
 対象外となります。

重要な脆弱性が公表された際は、影響範囲と対処方法を
セキュリティ情報としてあわせて公開いたします。

Tencent Cloud""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/计算/云服务器/动态与公告/公告/关于不再支持 Windows Server 2008 R2 企业版 SP1 64位系统镜像的公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="it@koharu-clinic.example",
    subject="【重要】Windows Server 2008 R2 Enterprise Edition SP1 公開イメージの提供終了",
    dates={"sd": dt.datetime(2020, 3, 3, 10, 0, tzinfo=JST),
           "ms": dt.date(2020, 1, 14), "en": dt.date(2020, 3, 16)},
    deadline="en",
    body="""Tencent Cloud をご利用のお客様へ

Microsoft は{ms_jp}に Windows Server 2008 関連 OS のサポートを
終了しました。これに伴い、Tencent Cloud は{en_jpw}をもって
Windows Server 2008 R2 Enterprise Edition SP1 64 ビットの
公開イメージの提供を終了します。

■影響
 ・{en_md}以降、このイメージを使ったインスタンスの新規作成や
   再インストールはできなくなります。
 ・既存のインスタンスは引き続き動作しますが、Microsoft からの
   更新プログラムやパッチは提供されず、互換性やセキュリティ上の
   問題が生じても OS レベルでの解決はできません。

■推奨事項
 ・既存インスタンスを新しいバージョンの Windows Server
   （最新版を推奨）へ切り替えてください。
 ・リスクを理解したうえで引き続き同 OS が必要な場合は、
   カスタムイメージをインポートしてご利用ください。

対象インスタンス：ins-m2x7rd4e（シンガポール）

Tencent Cloud""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/计算/云服务器/动态与公告/公告/关于 WebShell 代理 IP 地址更替的公告_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="server@akebono-books.example",
    subject="WebShell プロキシ IP アドレス追加のお知らせ",
    dates={"sd": dt.datetime(2021, 3, 23, 14, 0, tzinfo=JST), "ef": dt.date(2021, 4, 1)},
    deadline="ef",
    body="""Tencent Cloud をご利用のお客様へ

WebShell サーバーの増強に伴い、{ef_jpw}より WebShell プロキシの
IP アドレスに新しい CIDR ブロックを追加します。WebShell から
Linux インスタンスにログインしている場合は、セキュリティグループの
設定をご確認ください。

■追加される CIDR ブロック
 198.51.100.0/24
 203.0.113.0/24

■引き続き使用される既存のアドレス
 192.0.2.15
 192.0.2.48
 192.0.2.131

新旧のアドレスは並行して使用されます。セキュリティグループの
インバウンドルールで、上記すべてのアドレスからリモートログイン用
ポート（既定は 22 番）への接続を許可してください。

許可されていない場合、{ef_md}以降、WebShell からのログインが
失敗することがあります。

対象インスタンス：ins-5hq9c2tz（上海）
Tencent Cloud""")

notice(
    lang="ja", label="action-required", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/CDN与加速/内容分发网络 CDN/动态与公告/公告/关于 ECDN 离线日志下载地址变更通知_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="logs@kagerou-games.example",
    subject="ECDN オフラインログのダウンロード方式変更について",
    dates={"sd": dt.datetime(2022, 6, 27, 10, 0, tzinfo=JST), "rl": dt.date(2022, 7, 4)},
    deadline="rl",
    body="""Tencent Cloud をご利用のお客様へ

関連法令への対応のため、ECDN のオフラインログの生成・配布ルールを
変更いたします。

■変更日
 {rl_jpw}より適用

■変更内容
 加速範囲が「グローバル」のドメインでは、オフラインログが
 中国本土分と中国本土以外分に分けて生成されます。完全なログを
 取得するには、両方のダウンロード先からそれぞれ取得してください。

■ご対応のお願い
 旧インターフェース DescribeEcdnDomainLogs をご利用の場合は、
 DescribeCdnDomainLogs への切り替えをお願いいたします。
 ・API：中国本土／中国本土以外の 2 つのダウンロード先が返されます。
 ・コンソール：2 件のログ記録が表示されます。
 ・ログが欠落した場合は、30 日以内であれば API から再取得できます。
   30 日を過ぎるとログが失われる可能性があります。

対象ドメイン：static.kagerou-games.example
Tencent Cloud""")

notice(
    lang="ja", label="maintenance", phishing=False, provider="Tencent Cloud (Japan)",
    url=tc("yehe_doc/数据库/云数据库 MySQL/动态与公告/公告/【2022年05月11日】广州和上海地域监控模块升级优化_intl_jp.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="dba@shinonome-fintech.example",
    subject="TencentDB for MySQL メンテナンスのお知らせ",
    dates={"sd": dt.datetime(2022, 5, 6, 17, 0, tzinfo=JST),
           "g1": dt.date(2022, 5, 11), "g2": dt.date(2022, 5, 12),
           "s1": dt.date(2022, 5, 16), "s2": dt.date(2022, 5, 17)},
    deadline="g1",
    body="""Tencent Cloud をご利用のお客様へ

TencentDB for MySQL の安定稼働のため、広州および上海リージョンの
監視モジュールのアップグレードと最適化を行います。

■作業日程
 広州リージョン：{g1_jpw} ～ {g2_jpw}
 上海リージョン：{s1_jpw} ～ {s2_jpw}

■影響
 作業中、一部の監視メトリックに 1～2 回のデータ欠落が発生する
 可能性があります。データベースインスタンスの動作には影響しません。
 CPU、メモリ使用率、読み書き速度などの主要メトリックや、
 HA 切り替え・実行エラーのアラームにも影響はありません。

ご利用中の対象インスタンス：
 cdb-4n8w2jxp（広州）
 cdb-9t3qz6cm（上海）

ご不便をおかけし申し訳ございません。
Tencent Cloud""")

# ---------------- Chinese (10) ----------------
notice(
    lang="zh", label="abuse", phishing=False, provider="阿里云 Alibaba Cloud",
    url=gh("biabiabiu/zhengyang_", "6ee095f1fae952c0fa6ea72ea1536b2de9738c12",
           "content/posts/记录/域名被禁/domain-disabled.md"),
    frm=("阿里云", "noreply@notice.aliyun.com"),
    to="zheng.yang@qingfeng-blog.example",
    subject="【阿里云】域名暂停解析通知",
    dates={"sd": dt.datetime(2023, 5, 3, 15, 12, tzinfo=CST)},
    deadline=None,
    body="""尊敬的阿里云用户（账号ID：135508826417）：

您好！经检测，您名下网站 www.qingfeng-blog.example 存在违法不良信息。
依据相关法律法规及《阿里云域名服务协议》，我们已对该域名采取以下措施：

  域名：qingfeng-blog.example
  处置措施：暂停解析，并禁止转移
  处置时间：{sd_zh} 14:56

违规链接示例：
  https://www.qingfeng-blog.example/posts/2023/04/proxy-guide/

如需恢复，请先删除或整改相关违规内容，再通过阿里云安全管控申诉入口
提交申诉，审核通过后方可恢复解析。
申诉入口：https://page.aliyun.com/form/act1555286298/index.htm

违规细节亦可在控制台站内信中查看。

阿里云计算有限公司""")

notice(
    lang="zh", label="security-incident", phishing=False, provider="腾讯云 Tencent Cloud",
    url=gh("yibulaxi/DevNotes", "4d23d8526a165afb256aa4d91b198e018a2c4018",
           "doc/av/knowledge_tree/Linux/tencent_cloud/readme.md"),
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="ops@duanmu-studio.example",
    subject="【腾讯云】主机安全告警：检测到恶意文件",
    dates={"sd": dt.datetime(2022, 12, 14, 17, 16, 2, tzinfo=CST),
           "dt": dt.datetime(2022, 12, 14, 17, 15, 25)},
    deadline=None,
    body="""尊敬的腾讯云用户，您好！

您的腾讯云账号（账号ID：100021870594，昵称：端木工作室）下的服务器
检测到待处理的恶意文件，详情如下：

  服务器：192.0.2.12 [Ubuntu-TX14]
  实例ID：lhins-6k2m9wqr
  地域：华东地区（上海）
  检测时间：{dt_zh} {dt_time}（GMT+8:00）
  文件路径：/tmp/.X2-x-unix/.rsync/a/kswapd0
  威胁等级：严重

您的服务器疑似已被黑客入侵。该文件为常见挖矿木马组件，可能伴随
异常进程、计划任务及 SSH 公钥篡改。建议您立即：
  1. 登录主机安全控制台确认告警并隔离文件；
  2. 排查 crontab、~/.ssh/authorized_keys 及可疑进程；
  3. 修改服务器登录密码，必要时备份数据后重装系统。

查看详情：https://console.cloud.tencent.com/cwp

腾讯云""")

notice(
    lang="zh", label="abuse", phishing=False, provider="腾讯云 Tencent Cloud",
    url=gh("yihuaxiang/ossblog", "db8da311b189698b8a56b8a1a70e4176829a3ab7",
           "docs/misc/invalid-attack.md"),
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="fu.dongdong@ziyun-wiki.example",
    subject="【腾讯云】您的云服务器存在对外攻击行为，请尽快处理",
    dates={"sd": dt.datetime(2022, 5, 22, 1, 38, tzinfo=CST),
           "fd": dt.datetime(2022, 5, 22, 1, 21),
           "dl": dt.datetime(2022, 5, 23, 1, 38)},
    deadline="dl",
    body="""尊敬的腾讯云用户（账号ID：100019374258），您好！

腾讯云安全监测发现，您账号下的云服务器存在对外攻击行为：

  实例ID：ins-2w8kq5nd
  公网IP：203.0.113.58
  地域：华北地区（北京）
  行为类型：对外发起异常连接（疑似攻击）
  被攻击目标：198.51.100.144
  发现时间：{fd_zh} 01:21

该行为违反《腾讯云服务协议》及相关法律法规。请您在收到本通知后
24小时内（即 {dl_zh} 01:38 前）完成排查与整改，并通过工单反馈处理结果。
逾期未处理，腾讯云将对该服务器采取暂停服务等限制措施。

排查建议：
  1. 检查是否存在异常进程、计划任务或未知程序；
  2. 检查安全组是否放开了不必要的端口；
  3. 如确认为正常业务访问，请提交工单说明业务场景。

腾讯云""")

notice(
    lang="zh", label="security-incident", phishing=False, provider="腾讯云 Tencent Cloud",
    url="https://github.com/GodYeksha/hexodiscuz/issues/23",
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="me@tooker-notes.example",
    subject="【腾讯云】API密钥泄露风险提醒",
    dates={"sd": dt.datetime(2019, 12, 26, 14, 7, tzinfo=CST)},
    deadline=None,
    body="""尊敬的腾讯云用户，您好！

腾讯云安全团队监测到，您的腾讯云账号（账号ID：100011582903）下的
API 密钥已在 GitHub 公开代码中泄露：

  SecretId：AKIDxq7R********************Lm3Z
  发现位置：GitHub 公开仓库（详见控制台风险列表）
  发现时间：{sd_zh} 13:52

泄露的密钥可被任何人用来调用云 API，操作您账号下的全部资源，
可能造成数据泄露、资源被滥用及费用损失。

请您立即：
  1. 登录访问管理控制台，禁用或删除该密钥，并创建新密钥；
  2. 从代码仓库及其提交历史中移除密钥；
  3. 检查近期云 API 调用记录与账单是否存在异常。

您可在控制台“API密钥风险”页面下载风险清单（CSV），其中列有
泄露所在的代码地址。

我们也已通过短信和电话提醒您，请尽快处理。
腾讯云""")

notice(
    lang="zh", label="abuse", phishing=False, provider="阿里云 Alibaba Cloud (企业邮箱)",
    url="http://developer.aliyun.com:443/ask/6392",
    frm=("阿里云企业邮箱", "service@mail.aliyun.com"),
    to="admin@hongyuan-trade.example",
    subject="企业邮箱账号发信受限通知",
    dates={"sd": dt.datetime(2018, 2, 12, 10, 20, tzinfo=CST)},
    deadline=None,
    body="""尊敬的管理员，您好：

系统检测到贵司企业邮箱中以下账号在短时间内向外域发送了大量邮件，
邮件内容被反垃圾系统判定为垃圾邮件：

  账号：sales02@hongyuan-trade.example
  发信来源IP：198.51.100.77
  检测时间：{sd_zh} 08:47
  退信提示：Reject by behaviour spam ANTISPAM_BAT: too frequently sending

经核查，该账号密码强度较弱，疑似已被他人盗用。为保障邮箱系统及
其他用户的正常使用，系统已暂停该账号向外域发送邮件。

处理建议：
  1. 立即将该账号密码修改为包含大小写字母、数字及特殊字符的复杂密码；
  2. 检查该账号的登录记录，确认是否存在异地登录；
  3. 密码修改后，弱密码限制将自动解除，恢复对外发信。

如问题持续，请在控制台提交工单。

阿里云企业邮箱""")

notice(
    lang="zh", label="abuse", phishing=False, provider="华为云 Huawei Cloud",
    url="https://support.huaweicloud.com/intl/zh-cn/ecs_faq/ecs_faq_3308.html",
    frm=("华为云", "noreply@huaweicloud.com"),
    to="devops@lanshan-tech.example",
    subject="【华为云】弹性公网IP冻结通知",
    dates={"sd": dt.datetime(2024, 9, 24, 11, 5, tzinfo=CST)},
    deadline=None,
    body="""尊敬的华为云客户：

您好！华为云安全监测发现，您账号（账号名：lanshan_tech，
账号ID：590247163805）下的云服务器存在对外攻击等安全违规行为。
为防止影响扩大，我们已对其绑定的弹性公网IP进行冻结。

  区域：华南-广州
  云服务器：ecs-lanshan-web01
  弹性公网IP：203.0.113.211
  冻结时间：{sd_zh} 10:48
  控制台状态：冻结（违规冻结）

冻结期间，该弹性公网IP不可用，也不能被修改或删除。

请您尽快排查并清除服务器上的恶意程序，完成安全加固后，提交工单
申请解冻。如需尽快恢复业务，可参考“更换弹性公网IP”文档为实例
更换新的弹性公网IP。

华为云""")

notice(
    lang="zh", label="security-incident", phishing=False, provider="阿里云 Alibaba Cloud",
    url="https://helpcdn.aliyun.com/document_detail/75154.html",
    frm=("阿里云", "noreply@notice.aliyun.com"),
    to="cto@yunfan-games.example",
    subject="【阿里云】云安全中心：AccessKey泄露告警",
    dates={"sd": dt.datetime(2020, 8, 18, 16, 30, tzinfo=CST)},
    deadline=None,
    body="""尊敬的阿里云用户（账号ID：147602938551）：

您好！云安全中心通过对 GitHub 公开源代码的实时检测，发现您账号下
有效的 AccessKey 信息已被公开：

  AccessKey ID：LTAI4G7x********pQ2d
  所属身份：RAM 用户 deploy-bot
  泄露平台：GitHub
  泄露文件：config/oss.yml
  发现时间：{sd_zh} 16:12

目前该 AccessKey Secret 仍然有效。任何获得 AccessKey ID 与 Secret
的人都可以访问您的云资源，请立即处理：
  1. 在 RAM 控制台禁用并删除该 AccessKey，创建新的 AccessKey 替换；
  2. 删除 GitHub 上的相关内容及提交历史；
  3. 在云安全中心“AK泄露检测”中查看异常调用告警，并在
     操作审计中核查该 AccessKey 的调用记录。

处理完成后，可在云安全中心将该告警标记为已处理。

阿里云""")

notice(
    lang="zh", label="action-required", phishing=False, provider="火山引擎 Volcengine",
    url="https://volcengine.com/docs/6460/160894",
    frm=("火山引擎", "noreply@volcengine.com"),
    to="platform@xingchen-ai.example",
    subject="【产品变更】容器服务旧版本 API 迁移通知",
    dates={"sd": dt.datetime(2022, 12, 1, 14, 17, tzinfo=CST), "of": dt.date(2023, 4, 30)},
    deadline="of",
    html=True,
    body="""尊敬的火山引擎用户，您好：

火山引擎容器服务（VKE）的 OpenAPI 已升级至新版本
（Version：2022-05-12）。新版本接口设计更原子化、功能边界更清晰，
并提供了更丰富的能力。

旧版本 API（Version：2021-03-03）自北京时间 {sd_zh} 起逐步下线，
预计于 {of_zh} 停止服务。

经核查，您的账号（账号ID：210084639172）近期仍有对旧版本 API 的调用：
  CreateCluster、ListClusters、DescribeNodes

请在旧版本 API 停止服务前，尽快将调用迁移至新版本 API，以免影响业务。
  新版本 API 文档：https://www.volcengine.com/docs/6460/
  如需旧版本 API 文档，请联系您的业务对接人员获取。

感谢您对火山引擎的支持！
火山引擎""")

notice(
    lang="zh", label="maintenance", phishing=False, provider="腾讯云 Tencent Cloud",
    url=tc("yehe_doc/数据库/TDSQL-C MySQL 版/动态与公告/公告/【2022年05月12日】运维变更公告_intl_zh.md"),
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="dba@jinling-retail.example",
    subject="【维护通知】TDSQL-C MySQL 版后台系统灰度升级",
    dates={"sd": dt.datetime(2022, 5, 5, 10, 0, tzinfo=CST),
           "a1": dt.date(2022, 5, 12), "a2": dt.date(2022, 5, 21),
           "b1": dt.date(2022, 5, 20), "b2": dt.date(2022, 5, 26),
           "c1": dt.date(2022, 5, 30), "c2": dt.date(2022, 6, 8),
           "d1": dt.date(2022, 6, 7), "d2": dt.date(2022, 6, 14),
           "e1": dt.date(2022, 6, 16), "e2": dt.date(2022, 6, 25)},
    deadline="a1",
    body="""尊敬的腾讯云用户，您好！

为提升 TDSQL-C MySQL 版的性能与稳定性，腾讯云数据库团队将对全网
集群的后台系统进行分批灰度升级。升级期间正常情况下不影响数据库访问，
极端情况下可能出现毫秒级网络波动，不会导致访问中断。

升级安排（按地域分批，单个集群仅波动一次）：
  上海（二区、四区、五区）：{a1_zh} - {a2_zh}
  南京（一区）：{b1_zh} - {b2_zh}
  硅谷、中国香港、法兰克福、中国台北、新加坡、弗吉尼亚：{c1_zh} - {c2_zh}
  广州（四区至七区）：{d1_zh} - {d2_zh}
  北京（三区、五区、六区、七区）：{e1_zh} - {e2_zh}

您账号下涉及的集群：
  cynosdbmysql-k3x8q2wd（上海五区）

如业务对网络抖动较为敏感，请确认应用具备连接重试机制。
感谢您对腾讯云的信赖与支持！

腾讯云""")

notice(
    lang="zh", label="pricing", phishing=False, provider="腾讯云 Tencent Cloud",
    url=tc("yehe_doc/数据库/TDSQL-C MySQL 版/动态与公告/公告/存储价格调整通知_intl_zh.md"),
    frm=("腾讯云", "cloud_noreply@tencent.com"),
    to="finance@beichen-edu.example",
    subject="TDSQL-C MySQL 版存储价格调整通知",
    dates={"sd": dt.datetime(2022, 3, 15, 11, 0, tzinfo=CST), "ef": dt.date(2022, 3, 22)},
    deadline="ef",
    body="""尊敬的腾讯云用户，您好！

感谢您一直以来对腾讯云云原生数据库 TDSQL-C MySQL 版的支持。
为回馈新老用户，自 {ef_zh} 起，TDSQL-C MySQL 版包年包月计费模式的
存储价格调整如下：

  地域：广州、上海、北京、南京、深圳
    调整前：0.34235294 美元/GB/月
    调整后：0-3000GB（不含）0.20541177 美元/GB/月；
            3000GB 及以上 0.18829412 美元/GB/月

  地域：中国香港、中国台北、新加坡、东京、硅谷、弗吉尼亚、法兰克福
    调整前：0.37411765 美元/GB/月
    调整后：0-3000GB（不含）0.22447059 美元/GB/月；
            3000GB 及以上 0.20576471 美元/GB/月

新价格适用于生效后的新购及续费订单。后续我们也会根据成本变化，
及时合理地调整产品价格。

感谢您的理解与支持！
腾讯云""")

# ---------------- English (6) ----------------
notice(
    lang="en", label="abuse", phishing=False, provider="Microsoft (OneDrive)",
    url="https://notebooktabletphone.com/notebook/the-sadness-of-cloud-services-that-can-be-understood-by-being-locked",
    frm=("Microsoft Online Safety", "onlinesafety@microsoft.com"),
    to="kenji.mori@sakuranbo-mail.example",
    subject="Important information about your Microsoft account",
    dates={"sd": dt.datetime(2021, 3, 9, 6, 41, tzinfo=UTC),
           "dl": dt.datetime(2021, 3, 11, 6, 41)},
    deadline="dl",
    body="""Hello,

Thank you for contacting Microsoft Online Safety about your account
kenji.mori@sakuranbo-mail.example.

During our review we found that a file stored in your OneDrive appears
to be infected with malware:

  File: /Favorites/Links/Portal.url
  Detection: Trojan:Win32/Wacatac.B!ml

To protect you and other people who use our services, your account was
suspended. Storing or sharing malicious software is not allowed under
the Microsoft Services Agreement.

We have restored access to your account for 48 hours, until
{dl_en} 06:41 UTC, so that you can remove the file from OneDrive.
If the file is still present when this period ends, the account will
be blocked again.

After deleting the file, please also empty the OneDrive recycle bin.

Sincerely,
Microsoft Online Safety""")

notice(
    lang="en", label="security-incident", phishing=False, provider="AWS",
    url=gh("chenyuxiangAK47/k8s-observability-platform", "ec368378cc31396214dcef0689eea209b3917ed5",
           "docs/FIX_COMPROMISED_KEY.md"),
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="cloud-ops@tianlan-observability.example",
    subject="[Action Required] Your AWS Access Key is Exposed for AWS Account 418275903661",
    dates={"sd": dt.datetime(2025, 12, 10, 3, 12, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

We have become aware that the AWS Access Key AKIA************7BNQ,
belonging to IAM user "github-actions" in AWS account 418275903661,
along with the corresponding Secret Key, is publicly available online at
https://github.com/tianlan-example/k8s-platform/blob/main/.github/workflows/deploy.yml

Your security is important to us. This exposure of your account's IAM
credentials poses a security risk to your account, could lead to
excessive charges from unauthorized activity, and violates the AWS
Customer Agreement.

To protect your account from excessive charges, we have attached the
AWSCompromisedKeyQuarantineV3 managed policy to the IAM user. This
policy denies most actions for the user, including pushes to Amazon ECR.

Please take the following steps now:
  1. Create a new access key for the user and update your workflows.
  2. Delete the exposed access key.
  3. Review AWS CloudTrail for unexpected API activity.
  4. Only then detach the quarantine policy.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="security-incident", phishing=False, provider="Tencent Cloud (International)",
    url=tc("yehe_doc/域名与网站/SSL 证书/产品公告/关于私钥泄露导致被厂商吊销 SSL 证书的情况说明_intl_en.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="security@jadeharbor-shop.example",
    subject="[Tencent Cloud] SSL certificate private key exposed - certificate will be revoked",
    dates={"sd": dt.datetime(2022, 8, 16, 9, 20, tzinfo=UTC),
           "rv": dt.datetime(2022, 8, 17, 9, 20)},
    deadline="rv",
    body="""Dear Tencent Cloud customer,

The certificate authority that issued one of your SSL certificates has
told us that the certificate's private key was found in a public code
repository. CAs scan platforms such as GitHub and SourceForge for
exposed keys and revoke the affected certificates.

  Certificate ID: a7Kq2Wm9
  Domain: shop.jadeharbor-shop.example
  Brand: GeoTrust DV
  Exposure reported: {sd_en}

The CA will revoke this certificate 24 hours after its notice, at about
{rv_en} 09:20 UTC. After revocation, browsers will show security
warnings for the site.

What to do now:
  1. Remove the private key from the public repository and its history.
  2. Generate a new key pair and apply for a replacement certificate.
  3. Deploy the new certificate before the revocation time.

Please keep private keys off public networks to avoid revocation or
data leakage. If you need help, contact us through a support ticket.

Tencent Cloud SSL Certificate Service""")

notice(
    lang="en", label="action-required", phishing=False, provider="Alibaba Cloud (International)",
    url="https://www.alibabacloud.com/notice/openapi20240116",
    frm=("Alibaba Cloud", "noreply@alibabacloud.com"),
    to="dev-team@bluepeak-labs.example",
    subject="Alibaba Cloud Python SDK Ending Support for Python 2.7/3.6 from {p1_en} (UTC+8)",
    dates={"sd": dt.datetime(2024, 1, 16, 10, 0, tzinfo=CST),
           "p1": dt.date(2024, 5, 1), "p2": dt.date(2024, 10, 1)},
    deadline="p1",
    html=True,
    body="""Dear Alibaba Cloud customer,

[Upgrade Timeline]
- From {p1_en} (UTC+8), new releases of the Alibaba Cloud Python SDK
  will no longer support Python 2.7.
- From {p2_en} (UTC+8), new releases will no longer support Python 3.6
  or earlier versions.

[Background]
The Python Software Foundation ended support for Python 2 and for
Python 3.6 some time ago. To keep shipping security fixes and new
features, the SDK will follow the same schedule. See the Alibaba Cloud
SDK support policies for details.

[Impact]
After these dates, if you update the SDK package, your runtime must be
Python 3.7 or later, or the updated SDK will fail to install or run.
If you do not update the package, your current environment should keep
working, but we strongly recommend moving to a supported runtime.

Account ID: 506183927440

Thank you for choosing Alibaba Cloud.""")

notice(
    lang="en", label="billing", phishing=False, provider="Tencent Cloud (International)",
    url=tc("yehe_doc/基础存储服务/对象存储/动态与公告/产品公告/关于 COS 存储容量、请求及数据取回按日结算发布通知_intl_en.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="billing@harborlight-media.example",
    subject="Notice: COS settlement cycle changing to daily",
    dates={"sd": dt.datetime(2022, 6, 21, 10, 0, tzinfo=CST), "ef": dt.date(2022, 7, 1)},
    deadline=None,
    html=True,
    body="""Dear Tencent Cloud customer,

Starting from {ef_en}, the settlement cycle of the following Cloud
Object Storage (COS) billable items will change from monthly to daily:
storage usage, requests, and data retrieval.

The change is rolled out account by account. The exact time for your
account (APPID 130284775129) will be sent through Message Center,
email, and SMS.

What changes:
  - Before: fees for these items were settled on the 1st of the next month.
  - After: fees incurred on a day are settled and billed the next day.
  - Traffic and management feature fees are already settled daily and
    do not change.

Unit prices are unchanged. For storage usage, the monthly price is
converted to a daily price by dividing by 30 (for example,
USD 0.024/GB/month becomes USD 0.0008/GB/day). Requests are charged
at the same price as before.

Bills already issued are not affected, and you do not need to take any
action. We recommend that you watch your daily bills after the change.

Tencent Cloud""")

notice(
    lang="en", label="action-required", phishing=False, provider="Tencent Cloud (International)",
    url=tc("yehe_doc/容器/容器服务/动态与公告/公告/腾讯云容器服务云原生监控TPS于2022年5月16日1000（北京时间）下线通知_intl_en.md"),
    frm=("Tencent Cloud", "noreply@tencentcloud.com"),
    to="sre@meridian-freight.example",
    subject="TPS will be deactivated on {of_en} 10:00 (Beijing time)",
    dates={"sd": dt.datetime(2022, 4, 26, 10, 0, tzinfo=CST),
           "of": dt.datetime(2022, 5, 16, 10, 0)},
    deadline="of",
    body="""Dear Tencent Cloud customer,

Tencent Cloud Prometheus Service (TPS) is being merged into Tencent
Managed Service for Prometheus (TMP). TMP supports cross-region and
cross-VPC monitoring and lets one Grafana dashboard show data from
several TMP instances.

Key dates:
  - New TPS instances can no longer be created.
  - On {of_enw} at 10:00 (Beijing time), all remaining TPS instances
    will be deactivated and their resources deleted.

Your account (ID 200018364725) still has the following TPS instance:
  prom-6xq2k9wd (Guangzhou)

Please migrate to TMP before that time using the migration tool in the
console. Before migrating, trim the monitoring metrics you collect or
lower the collection frequency; otherwise TMP costs may be higher than
expected. Free basic-monitoring metrics are not billed.

Tencent Cloud""")


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
    if n["lang"] in ("ja", "zh"):
        cte = "base64"
    else:
        try:
            body.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    msg.set_content(body + "\n", subtype="plain", charset="utf-8", cte=cte)
    if n.get("html"):
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:sans-serif;font-size:14px\">\n%s\n</div></body></html>\n" % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


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
        if dl != "none" and dt.date.fromisoformat(dl) < date.date():
            problems.append("#%d deadline %s before date %s" % (i, dl, date))
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        for line in body.split("\n"):
            if line.startswith("From "):
                problems.append("#%d body line starts with 'From '" % i)
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
    phishing = 0
    langs = {}
    for idx, (m, (n, _, date, subject, body, dl)) in enumerate(zip(msgs, built), 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
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
        ph = m["X-Training-Phishing"]
        if bool(ph) != n["phishing"] or (ph and str(ph) != "yes"):
            problems.append("#%d phishing header mismatch" % idx)
        part = m.get_body(preferencelist=("plain",))
        if part is None or part.get_content().rstrip("\n") != body.rstrip("\n"):
            problems.append("#%d body mismatch" % idx)
        cte = part["Content-Transfer-Encoding"] if part is not None else None
        if n["lang"] in ("ja", "zh") and str(cte).lower() != "base64":
            problems.append("#%d CJK body not base64" % idx)
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("#%d bad deadline %s" % (idx, dl))
        if n["phishing"]:
            phishing += 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if crit < 11:
        problems.append("critical %d < 11" % crit)
    if counts.get("action-required", 0) < 6:
        problems.append("action-required < 6")
    want = {"maintenance": 3, "pricing": 2, "billing": 2, "informational": 3, "security-advisory": 1}
    for k, v in want.items():
        if counts.get(k, 0) != v:
            problems.append("%s count %d != %d" % (k, counts.get(k, 0), v))
    if phishing != 3:
        problems.append("phishing %d != 3" % phishing)
    if langs != {"ja": 20, "zh": 10, "en": 6}:
        problems.append("language mix %s" % langs)

    # README and used-sources
    with open(os.path.join(OUT, "used-sources.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(urls) + "\n")
    lang_name = {"ja": "Japanese", "zh": "Chinese", "en": "English"}
    providers = sorted({n["provider"] for n in N})
    rows = []
    for i, (n, msg, date, subject, body, dl) in enumerate(built, 1):
        rows.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            i, n["label"], dl, n["provider"], "yes" if n["phishing"] else "no",
            lang_name[n["lang"]], n["url"]))
    readme = """# Batch {name}: labelled cloud-provider notices (December 2028)

Validation batch of 36 e-mail notices in `set-{name}.mbox` (mboxo), generated by
`set_{name}.py` (Python 3, standard library only, deterministic). Each notice follows one
public original (listed below and in `used-sources.txt`), rewritten, with names, ids,
hosts, customer domains (`.example`) and IP addresses (documentation ranges) replaced,
and moved into December 2028 by a whole number of weeks so weekdays are kept.

Labels are in headers the classifier does not read: `X-Training-Label`,
`X-Training-Deadline` (`YYYY-MM-DD` or `none`) and `X-Training-Phishing: yes`.

Mix: Japanese and Chinese providers and the Japanese/Chinese arms of global ones.

## Counts

- Languages: 20 Japanese, 10 Chinese, 6 English
- Non-phishing labels: {counts}
- Critical (abuse + security-incident, without phishing): {crit}
- Phishing: 3 (labelled by what they pretend to be: 1 billing, 2 action-required)
- Multipart/alternative (plain + HTML): 4; the rest text/plain. Japanese and Chinese
  bodies are base64, English bodies 7bit.

## Providers

{providers}

## Notices

| # | label | deadline | provider | phishing | language | original |
|---|-------|----------|----------|----------|----------|----------|
{rows}
""".format(name=NAME,
           counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
           crit=crit,
           providers="\n".join("- " + p for p in providers),
           rows="\n".join(rows))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
