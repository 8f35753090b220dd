#!/usr/bin/env python3
"""Write set-g19.mbox (validation notices, non-AWS providers), re-read and check it.
Standard library only; deterministic output. Exit 1 on any problem."""
import os, sys, re, mailbox
from datetime import datetime, timezone, timedelta
from email.message import Message
from email.header import Header
from email.charset import Charset, QP
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g19.mbox")
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
CET = timezone(timedelta(hours=1))
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

M = []
def add(**kw):
    M.append(kw)

# ---------------------------------------------------------------- Japanese
add(key="J1", provider="Zenlogic (ファーストサーバ)", url="https://zenlogic.jp/news/status/syogai/cause/",
    frm="Zenlogic サポート <support@zenlogic.jp>", to="admin@hanamizuki-shoten.example",
    date=datetime(2028, 3, 14, 18, 30, tzinfo=JST), label="informational", deadline="none",
    subj="【Zenlogic】2月29日から続く高負荷障害についてのお詫びとご報告",
    body="""Zenlogic をご利用のお客様へ

いつも Zenlogic をご利用いただき、ありがとうございます。

2028年2月29日(火)以降、一部のお客様環境で断続的に発生している高負荷障害により、
長い期間ご不便をおかけしておりますことを深くお詫びいたします。

本障害は、基盤となるクラウド環境を運用しているヤフー株式会社と連携しながら
対処を進めております。本日時点で把握できている内容を以下にまとめます。

■ 原因(2028年3月14日時点)
・冗長化されたストレージ群のうち一部の系統に読み書きが集中し、負荷が高まった結果、
  当該ストレージが再起動し、サービスが断続的に使えない状態になりました。
・集中が起きた背景として、次の二点を想定しています。
  1. 短時間にアクセスが急増した際の処理能力の不足
  2. ストレージ構築時に設定したパラメーターが最適でなかったこと

■ これまでの対応と今後の予定
・ヤフー株式会社と共同で復旧作業を継続しています。
・再び高負荷となった場合は、ストレージの増設やパラメーターの見直しといった
  緊急メンテナンスを順次実施する予定です。

原因や対策について新たにわかったことは、障害情報ページで引き続きお知らせします。
お客様にお手続きいただく事項は現時点ではございません。

Zenlogic サポートセンター
""")

add(key="J2", provider="お名前.com (GMO) を装ったフィッシング", phishing=True,
    url="https://neo-network.net/2024/06/20/%e3%80%8c%e3%81%8a%e5%90%8d%e5%89%8d-com%e3%80%8d%e3%82%92%e8%a3%85%e3%81%a3%e3%81%9f%e3%83%95%e3%82%a3%e3%83%83%e3%82%b7%e3%83%b3%e3%82%b0%e3%83%a1%e3%83%bc%e3%83%ab%e3%81%ab%e6%b3%a8%e6%84%8f",
    frm="お名前.com <noreply@onamae-billing-center.example>", to="info@kobayashi-seika.example",
    date=datetime(2028, 3, 3, 7, 12, tzinfo=JST), label="billing", deadline="none",
    subj="ホスティングの自動更新に失敗しました【kobayashi-seika.example】",
    body="""「お名前.com」会員情報

kobayashi-seika.example のホスティングサービスは自動更新ができなかったため
キャンセル扱いとなりましたが、現在であれば利用を再開していただけます。

更新可能な期間はまだ残っております。
下記よりクレジットカード情報を更新いただくか、アカウントにログインして
手動でお支払いを完了してください。

▼ お支払い情報の更新はこちら
https://onamae-billing-center.example/renew/login

期限を過ぎますと、ウェブサイトおよびメールがご利用いただけなくなります。

お名前.com
""")

add(key="J3", provider="GMOクラウド を装ったフィッシング", phishing=True,
    url="https://www.aopon.net/entry/other/15",
    frm="GMOクラウド <domain-info@gmocloud-support.example>", to="webmaster@aozora-fp.example",
    date=datetime(2028, 3, 5, 5, 41, tzinfo=JST), label="action-required", deadline="none",
    subj="【重要】[GMOクラウド] ドメイン利用制限設定",
    body="""ドメイン登録者 各位

平素より GMOクラウド をご利用いただき誠にありがとうございます。

お客様のドメイン登録者(Registrant)情報に登録されたメールアドレスについて、
所定の期日までに有効性の認証が確認できませんでした。
そのため、本メールアドレスが設定されている下記ドメインに利用制限を設定いたしました。

  対象ドメイン: aozora-fp.example

制限を解除するには、以下のページからメールアドレスの認証手続きを行ってください。
認証が完了し次第、制限は自動的に解除されます。

  https://gmocloud-support.example/registrant/verify

※本メールは送信専用のため、ご返信いただいてもお答えできません。

GMOクラウド株式会社 ドメインサポート
""")

add(key="J4", provider="エックスサーバー を装ったフィッシング", phishing=True,
    url="https://iwata.osaka.jp/%e3%83%95%e3%82%a3%e3%83%83%e3%82%b7%e3%83%b3%e3%82%b0%e8%a9%90%e6%ac%ba",
    frm="エックスサーバー <notice-xserver-domain-renewal@mail-xsv-center.example>", to="iwasaki@kanmon-tax.example",
    date=datetime(2028, 3, 7, 22, 3, tzinfo=JST), label="billing", deadline="none",
    subj="【エックスサーバー】ドメイン更新手続きが完了していません(kanmon-tax.example)",
    body="""エックスサーバーをご利用のお客様

ご契約中のドメイン「kanmon-tax.example」について、
更新料金のお支払いが確認できていないため、更新手続きが完了しておりません。

このままの状態が続きますと、ドメインが失効し、ウェブサイトやメールが
ご利用いただけなくなります。

下記のボタンからお支払い方法をご確認のうえ、更新手続きを完了してください。

  [ 今すぐ更新する ]
  https://mail-xsv-center.example/domain/renew

エックスサーバー株式会社
""")

add(key="J5", provider="IIJ", url="https://iij.ad.jp/svcsol/agreement/regulation/info.html",
    frm="IIJ abuse窓口 <abuse-desk@iij.ad.jp>", to="netadmin@tsubame-logistics.example",
    date=datetime(2028, 3, 9, 15, 20, tzinfo=JST), label="abuse", deadline="2028-03-16",
    subj="[IIJ] ご契約回線からの不正アクセス行為に関するご連絡とご対応のお願い (Ref: AB-2028-03117)",
    body="""株式会社つばめロジスティクス
ネットワーク管理ご担当者様

いつもIIJのサービスをご利用いただき、ありがとうございます。
IIJ abuse窓口です。

ご契約のサービス(契約ID: N-5520418)に割り当てられている下記アドレスから、
第三者のサーバに対する不正アクセスを試みる通信が行われているとの報告を受け、
当社でも該当する通信を確認いたしました。

  送信元アドレス : 198.51.100.74
  観測日時       : 2028-03-08 02:14 ~ 2028-03-08 05:47 (JST)
  通信の内容     : TCP/22 宛の大量のログイン試行(総当たり攻撃と推測)
  報告元         : 国外のセキュリティ組織

このような行為は、当社約款で禁止しているabuse行為に当たります。
意図しない通信である場合、機器が第三者に乗っ取られている可能性がございますので、
次の対応をお願いいたします。

 1. 該当機器の特定と、ネットワークからの切り離し
 2. 不審なプロセス・アカウントの有無の確認、パスワードの変更
 3. 原因と実施した対策を当窓口へご報告

2028年3月16日(木)までにご報告をいただけない場合、または通信が継続する場合には、
被害拡大を防ぐため、ご契約サービスを停止させていただくことがございます。
なお、緊急を要すると判断した場合は、予告なく停止し事後のご連絡となる場合があります。

ご返信の際は件名の参照番号を変更しないでください。

株式会社インターネットイニシアティブ
abuse窓口
""")

add(key="J6", provider="IIJ", url="https://cybersecurity-info.com/news/iij-data-of-over-4-million-subscribers-leaked",
    frm="IIJ セキュアMXサービス <secure-mx-info@iij.ad.jp>", to="sysadmin@hokuto-kikai.example",
    date=datetime(2028, 3, 15, 17, 0, tzinfo=JST), label="security-incident", deadline="none",
    subj="【重要】IIJセキュアMXサービスへの不正アクセスによる情報漏えいの可能性について",
    body="""IIJセキュアMXサービスをご利用のお客様へ

平素より格別のご高配を賜り、厚く御礼申し上げます。

このたび、当社が法人のお客様に提供している「IIJセキュアMXサービス」の設備に対し、
外部から不正なアクセスが行われていたことが判明いたしました。
お客様には多大なご心配とご迷惑をおかけしますことを、心よりお詫び申し上げます。

■ 経緯
・2028年3月10日、当社にて不正アクセスの事実を確認し、同日中に侵入経路となった
  設備をネットワークから切り離しました。
・調査の結果、2027年7月4日以降、同設備上で不正なプログラムが実行されていたことを
  確認しています。

■ 漏えいした可能性のある情報
・本サービスを経由して送受信されたメールの本文およびヘッダ情報
・メールアカウントのアカウント名およびパスワード
・他社クラウドサービスとの連携に用いていた認証情報

■ 対象
2027年7月4日時点ですでにご契約を終了されていたお客様を含む、本サービスの全契約者様
(貴社契約番号: SMX-0087216)

■ お客様にお願いしたいこと
・本サービスで利用しているメールアカウントのパスワードを変更してください。
・本サービスと連携している外部クラウドサービスの認証情報(API キー等)を再発行してください。

現在は安全にご利用いただける状態に復旧しております。原因と影響範囲の詳細は
引き続き調査中であり、判明次第あらためてご連絡いたします。
ご不明点は専用フォームからお問い合わせください。

株式会社インターネットイニシアティブ
""")

add(key="J7", provider="ロリポップ! (GMOペパボ)", url="https://lolipop.jp/info/news/5762/",
    frm="ロリポップ! <info@lolipop.jp>", to="owner@mikan-zakka.example",
    date=datetime(2028, 3, 1, 11, 0, tzinfo=JST), label="informational", deadline="2028-03-15",
    subj="【ロリポップ!】利用規約改定のお知らせ",
    body="""ロリポップ!をご利用のお客様へ

いつもロリポップ!をご利用いただき、ありがとうございます。

このたび新プラン「マネージドクラウド」のα版を公開したことに伴い、
ロリポップ!利用規約を改定いたします。
追加した内容は主にマネージドクラウドに関するもので、エコノミー・ライト・
スタンダード・エンタープライズ各プランのお客様への影響はほとんどございません。

◆改定日
2028年3月15日(水)

◆主な改定内容
・お試し期間後も利用を続ける場合の料金のお支払いについて
・マネージドクラウドの利用期間について
・退会時の契約終了日について
・お支払いが遅れた場合の対応と、債権の譲渡について
・マネージドクラウドにおける免責事項について

◆改定例(第7条 お試し期間)
お試し期間の終了後も継続してご利用になる場合は、当社が別途お知らせする期日までに
所定の利用料金をお支払いいただきます。期日までにお支払いがない場合、当社は
お試し期間の最終日をもってご契約を解除します。

改定後の全文はロリポップ!公式サイトの利用規約ページでご確認いただけます。
お客様にお手続きいただくことはございません。

ロリポップ!
""")

add(key="J8", provider="ConoHa WING (GMOインターネット)", url="https://bloganswer.jp/?p=8796",
    frm="ConoHa WING <noreply@conoha.jp>", to="blog@tabineko-note.example",
    date=datetime(2028, 3, 18, 9, 40, tzinfo=JST), label="informational", deadline="none",
    subj="【ConoHa WING】www51 サーバーで発生した障害の復旧のご報告",
    body="""ConoHa WING をご利用のお客様

いつも ConoHa WING をご利用いただきありがとうございます。

2028年3月17日(金)15時頃より、収容サーバー「www51.conoha.ne.jp」において
障害が発生しておりましたが、2028年3月18日(土)9時10分頃に復旧いたしました。
約18時間にわたり、ご不便をおかけしましたことをお詫び申し上げます。

■ 影響があった内容
・収容サーバー www51 上のウェブサイトの表示
・WordPress 管理画面へのアクセス
・ConoHa コントロールパネルの一部画面の表示

■ 対象のお客様
収容サーバーが www51.conoha.ne.jp のお客様
(コントロールパネル「サーバー管理」>「契約情報」>「サーバー情報」でご確認いただけます)

現在はすべての機能が通常どおりご利用いただけます。原因と再発防止策については
調査が終わり次第、あらためてご報告いたします。

ConoHa by GMO
""")

add(key="J9", provider="レンタルサーバー会社を装ったフィッシング", phishing=True,
    url="https://www.chaco-web.com/blog/prevebt-phishing-email/",
    frm="サーバー管理センター <account-security@rental-server-support.example>", to="contact@hinata-seitai.example",
    date=datetime(2028, 3, 20, 3, 55, tzinfo=JST), label="action-required", deadline="none",
    subj="■重要■サーバーアカウント凍結予定のお知らせ",
    body="""お客様各位

ご利用中のサーバーアカウント(hinata-seitai.example)について、
お支払い情報の確認が取れないため、アカウントを凍結する予定となっております。

凍結された場合、ホームページの表示およびメールの送受信がすべて停止します。

引き続きご利用いただくには、48時間以内に以下のページへログインし、
登録情報の確認を完了してください。

  ▼ アカウント確認ページ
  https://rental-server-support.example/account/confirm

手遅れになる前に、今すぐお手続きをお願いいたします。

サーバー管理センター
""")

add(key="J10", provider="ロリポップ! (GMOペパボ)",
    url="https://webrepair.jp/tag/%e3%83%ad%e3%83%aa%e3%83%9d%e3%83%83%e3%83%97",
    frm="ロリポップ! <support@lolipop.jp>", to="master@kurumi-bakery.example",
    date=datetime(2028, 3, 21, 14, 25, tzinfo=JST), label="security-incident", deadline="none",
    subj="【ロリポップ!】不審なファイルの検出とパーミッション変更のお知らせ",
    body="""ロリポップ!をご利用のお客様へ

ご利用中のアカウント【kurumi-bakery.main.jp】について、サーバー上に
不審な記述を含むファイルが存在しないか調査を行ったところ、
該当するファイルが見つかりました。
被害の拡大を防ぐため、該当ファイルのパーミッションを「000」に変更しております。

検出したファイルの一覧は、お客様のサーバーに作成した次のテキストファイルに
記載しています。

  ■ファイル名
  20280321_lolipop.txt

不審な記述に心当たりがない場合は、お使いのパソコンがウイルスに感染して
FTP の接続情報が漏れている、あるいは WordPress などの CMS の脆弱性を突かれ、
第三者に不正にアクセスされサイトが改ざんされた可能性があります。

改ざんを放置すると、サイトが表示されなくなるだけでなく、閲覧者のウイルス感染や、
サイバー攻撃の踏み台として悪用されるおそれが非常に高くなります。
以下の対応を必ず実施してください。

 1. パソコンのウイルスチェック
 2. FTP・WebDAV パスワードの変更
 3. FTP アクセス制限の設定
 4. CMS のパスワードの変更
 5. CMS のバージョンアップ
 6. WAF の有効化
 7. ディレクトリのパーミッションの見直し

ロリポップ!
""")

add(key="J11", provider="ムームードメイン (GMOペパボ)", url="https://muumuu-domain.com/information/news/5354",
    frm="ムームードメイン <info@muumuu-domain.com>", to="domains@sakuraya-ryokan.example",
    date=datetime(2028, 3, 6, 12, 0, tzinfo=JST), label="pricing", deadline="2028-03-25",
    subj="【ムームードメイン】一部ドメインの価格改定に関するお知らせ",
    body="""ムームードメインをご利用のお客様へ

平素はムームードメインをご利用いただき、誠にありがとうございます。

上位機関(レジストリ)による卸価格の改定を受け、2028年3月25日(土)より
一部のドメインについて取得・更新・移管の価格を改定いたします。

■ 改定日
2028年3月25日(土)

■ 主な改定内容(1年あたり・税込)
  ドメイン   改定前        改定後
  .net       1,628円   →   1,848円
  .info      2,029円   →   2,728円
  .biz       1,738円   →   2,398円
  .sexy      2,178円   →   442,970円

■ ご注意
・改定日以降にお支払いいただく更新料金には、改定後の価格が適用されます。
・自動更新を設定している場合も、改定後の価格で請求されます。
  ご利用予定のないドメインは、改定日前に自動更新設定をご確認ください。

ムームードメイン
""")

add(key="J12", provider="ムームードメイン (GMOペパボ)", url="https://muumuu-domain.com/information/news/5100",
    frm="ムームードメイン <info@muumuu-domain.com>", to="domains@sakuraya-ryokan.example",
    date=datetime(2028, 3, 2, 12, 0, tzinfo=JST), label="informational", deadline="2028-03-31",
    subj="【ムームードメイン】利用規約改定のお知らせ",
    body="""ムームードメインをご利用のお客様へ

平素はムームードメインをご利用いただき、誠にありがとうございます。
このたび、ムームードメイン利用規約の一部を改定いたします。

■ 改定日
2028年3月31日(金)

■ 改定の概要
・サポートサービスに関する定義と条項の追加(第1条、第11条関係)

■ 主な改定内容
第1条【定義】
「サポートサービス」を新たに定義しました。当社が会員からのお問い合わせに対し、
本サービスの設定・機能・使い方などについて、電子メールやチャットその他
当社が指定する方法で回答するサービスを指します。

第11条【利用の停止】
会員資格の停止・除名に関する既存の定めを第1項とし、サポートサービスの
利用に関する停止事由を追記しました。

改定後の規約は、改定日以降にサービスをご利用いただいた時点で
同意いただいたものとみなします。お手続きは不要です。

ムームードメイン
""")

add(key="J13", provider="ニフクラ (富士通クラウドテクノロジーズ)", url="http://mbaas.nifcloud.com/faq.htm",
    frm="ニフクラ mobile backend <mbaas-info@nifcloud.com>", to="dev@pocket-kondate.example",
    date=datetime(2028, 3, 8, 10, 0, tzinfo=JST), label="action-required", deadline="2028-07-08",
    subj="【重要】ニフクラ mobile backend サービス終了のお知らせ",
    body="""ニフクラ mobile backend をご利用のお客様

平素はニフクラ mobile backend をご利用いただき、誠にありがとうございます。

誠に勝手ながら、ニフクラ mobile backend は 2028年7月8日(土)をもって
サービスを終了させていただくことになりました。
本件は利用規約 第14条(本サービスの終了)に基づくご案内です。

■ 対象
Basic / Expert / カスタマイズ の全プラン

■ 終了後について
・管理画面および API 連携を含む、すべての機能がご利用いただけなくなります。
・お預かりしているデータは、終了日以降に順次削除いたします。

■ お客様にお願いしたいこと
・終了日までに、管理画面の「エクスポート機能」で必要なデータを取得してください。
・後継サービスはございません。移行先の候補となる他社サービスの情報は
  技術ブログで順次ご紹介します。
・移行ツールの提供や移行費用の負担は行っておりません。移行作業は
  お客様ご自身でご対応いただきますようお願いいたします。

長らくのご愛顧に心より御礼申し上げます。

富士通クラウドテクノロジーズ株式会社
ニフクラ mobile backend 運営チーム
""")

add(key="J14", provider="エックスサーバー", url="https://okuden-labo.com/xserver-wp-lisk",
    frm="エックスサーバー <support@xserver.ne.jp>", to="staff@yamabuki-juku.example",
    date=datetime(2028, 3, 4, 13, 26, tzinfo=JST),
    label="security-incident", deadline="none",
    subj="【重要】Xserver お客様のサーバーアカウントにおける不正なアクセスの検知および制限の実施について (xs824117)",
    body="""エックスサーバーをご利用のお客様

お客様のサーバーアカウント(サーバーID: xs824117)において、
第三者による不正なアクセスと、不正なプロセスの稼働を検知いたしました。

そのため、他のお客様や外部への影響を防ぐ目的で、現在、同サーバーアカウントに
対するWEBアクセスを制限しております。
制限中は、同じアカウントで運用しているすべてのサイトが 403 エラーとなり、
WordPress の管理画面にもアクセスできません。

■ 検知の概要
  検知日時 : 2028-03-04 11:52
  対象     : yamabuki-juku.example ほか同一アカウント内のドメイン
  内容     : 公開ディレクトリ内に設置された不正なプログラムの実行
             (WordPress プラグインの脆弱性を悪用された可能性があります)

■ お客様にご対応いただきたいこと
 1. サーバーパネルの「不正アクセス対策」から、検出ファイルの一覧を確認する
 2. 不審なファイルを削除し、WordPress 本体・テーマ・プラグインを最新版に更新する
 3. サーバーパネル、FTP、WordPress 管理ユーザーのパスワードを変更する
 4. 対応が完了したら、サーバーパネルから制限解除を申請する

ご自身での対応が難しい場合は、バックアップからの復元もご検討ください。

エックスサーバー株式会社 サポートセンター
""")

add(key="J15", provider="お名前.com (GMOインターネット)", url="https://help.onamae.com/answer/20738",
    frm="お名前.com <info@onamae.com>", to="webmaster@kotobuki-denki.example",
    date=datetime(2028, 3, 12, 10, 0, tzinfo=JST), label="informational", deadline="none",
    subj="[お名前.com] 弊社を装ったフィッシングメールにご注意ください",
    body="""お名前.com をご利用のお客様へ

いつもお名前.com をご利用いただきありがとうございます。

実在するサービスを名乗り、ログインID・パスワード・クレジットカード番号などを
だまし取ろうとする「フィッシング」のメールが、引き続き多数確認されています。
メール内のリンクから本物そっくりの偽サイトへ誘導する手口が中心です。

■ 見分け方
弊社から契約更新などログインが必要なご案内をお送りする場合、本文には原則として
「お名前ID」「ご契約ドメイン名」「ご契約サービス名」を記載しております。
これらが書かれていないメールはフィッシングの疑いがあります。

■ 不審なメールを受け取ったら
・メールはすぐに削除してください。
・本文中のリンクや添付ファイルは開かないでください。
・リンク先で ID・パスワードなどを絶対に入力しないでください。

■ 入力してしまった場合
・お名前.com Navi のパスワードを直ちに変更してください。
・クレジットカード情報を入力した場合は、カード会社へご連絡ください。
・同じメールアドレスとパスワードを他のサービスでも使っている場合は、
  そちらのパスワードも変更してください。

本メールはご登録の皆さまへの一斉のご案内です。

お名前.com
""")

add(key="J16", provider="さくらインターネット", url="https://server.sakura.ad.jp/flow/attention",
    frm="さくらインターネット ネットセーフティ <abuse@sakura.ad.jp>", to="infra@minato-gakushu.example",
    date=datetime(2028, 3, 13, 16, 45, tzinfo=JST), label="abuse", deadline="2028-03-15",
    subj="[さくらの専用サーバ] ご契約サーバーからの攻撃行為についてのご連絡 [SR-2028031300442]",
    body="""さくらの専用サーバをご利用のお客様へ

さくらインターネット ネットセーフティ担当です。

お客様がご契約中の専用サーバ(サービスコード: 200093817)から、
外部のサーバーおよびネットワークに向けた攻撃とみられる通信が発生していることを
確認いたしました。

  サーバーIPアドレス : 203.0.113.58
  確認日時           : 2028-03-13 09:05 ~ 現在
  通信の内容         : UDP を用いた外部ホストへの大量送信(DoS 攻撃の疑い)

専用サーバは、OS・アプリケーションの設定やセキュリティ対策を含め、
お客様の責任で運用・管理いただくサービスです。
悪意ある第三者に侵入され、踏み台として悪用されている可能性がございます。

つきましては、原因を調査のうえ攻撃通信を停止し、実施した対策内容を
2028年3月15日(水)17時までに本メールへの返信でご報告ください。

期限までにご報告がない場合、または攻撃が継続していると判断した場合には、
約款に基づき、ネットワークの遮断またはサービスの提供停止を行います。

さくらインターネット株式会社
ネットセーフティ担当
""")

add(key="J17", provider="ドメイン管理会社を装ったフィッシング", phishing=True,
    url="https://blog.bnd.jp/?p=12684",
    frm="ドメイン管理センター <renewal@domain-expire-notice.example>", to="info@fujimi-kensetsu.example",
    date=datetime(2028, 3, 22, 6, 30, tzinfo=JST), label="billing", deadline="none",
    subj="【最終通知】あなたのドメイン名は本日で期限切れとなります",
    body="""お客様へ

あなたのドメイン名の有効期限は本日までです。

期限が切れると、ウェブサイトとメールアドレスがすぐに使えなくなり、
第三者にドメインを取得されるおそれがあります。

手遅れになる前に、今すぐ行動してください。

  [ 今すぐ更新 ]
  https://domain-expire-notice.example/renew

ドメイン管理センター
""")

# ---------------------------------------------------------------- English / other
add(key="E1", provider="GitHub (impersonated)", phishing=True, url="https://github.com/Benexl/yt-x/issues/94",
    frm="GitHub Security <security-notify@gh-token-review.example>", to="dana.whitlock@saltmarsh-labs.example",
    date=datetime(2028, 3, 10, 5, 10, tzinfo=UTC), label="security-incident", deadline="none",
    subj="[GitHub] Review token activity on your account",
    body="""Hello @dwhitlock,

A Personal Access Token or OAuth app token on your GitHub account was used
in a way that does not match your normal activity.

Details:
- Source IP: 203.0.113.141
- Time: 2028-03-09 09:42 UTC
- Actions performed: repository cloning, issue creation, pull request changes

What could happen:
- Unauthorized changes to your repositories
- Malicious code injected into production pipelines
- Exposure of CI/CD secrets and environment variables

We strongly recommend that you:
1. Revoke the affected token.
2. Audit your recent commits and pull requests.
3. Check your GitHub Actions workflows for changes you did not make.

Review Token Activity: https://gh-token-review.example/sso

The GitHub Security Team
""")

add(key="E2", provider="GitHub (impersonated)", phishing=True, url="https://github.com/laalaguer/ethereum-compass/issues/28",
    frm="GitHub <noreply@github-signin-alerts.example>", to="m.okafor@brightfern.example",
    date=datetime(2028, 3, 17, 12, 39, tzinfo=UTC), label="security-incident", deadline="none",
    subj="Unusual sign-in activity detected on your GitHub account",
    body="""Unusual Sign-in Activity Detected on Your GitHub Account

We noticed a sign-in from a device we have not seen before.

Sign-in details:
- Location: Reykjavik, Iceland
- IP address: 192.0.2.208
- Date and time: March 17, 2028 04:39 AM PST
- Device: Unknown device

If this was you, no further action is needed. If you did not sign in,
please do the following right away:

Secure your account:
1. Change your password on the GitHub password page:
   https://github-signin-alerts.example/settings/admin
2. Review your active sessions and remove any you do not recognise in your
   security log: https://github-signin-alerts.example/security-log
3. Turn on or confirm two-factor authentication:
   https://github-signin-alerts.example/2fa

Need help? Contact GitHub Support: https://github-signin-alerts.example/support

Best regards,
The GitHub Security Team
""")

add(key="E3", provider="CircleCI", url="https://github.com/urql-graphql/urql-devtools/issues/402",
    frm="CircleCI Security <security@circleci.com>", to="platform@tidewater-apps.example",
    date=datetime(2028, 3, 2, 3, 15, tzinfo=UTC), label="security-incident", deadline="none",
    subj="CircleCI security alert: rotate any secrets stored in CircleCI",
    body="""Hello,

We are contacting you about a security incident at CircleCI that may affect
your organization "tidewater-apps".

What happened
On February 19, 2028 an unauthorized third party gained access to parts of
our systems. During that access the attacker was able to read customer data
that is encrypted at rest, together with encryption keys taken from running
systems. Our investigation is ongoing.

What this means for you
Any secret stored in CircleCI may have been exposed. This includes project
and context environment variables, API tokens, SSH deploy keys and OAuth
tokens used by your projects.

What you should do now
1. Rotate every secret stored in CircleCI, including project environment
   variables and context variables.
2. Review your internal logs for unauthorized access from December 2027
   through today.
3. Rotate any project API tokens and personal API tokens.
4. Replace SSH keys that CircleCI uses to check out your repositories.

We have already revoked all GitHub OAuth tokens on our side. You can use the
open-source CircleCI-Env-Inspector tool to list every secret you need to change.

We will publish a full incident report on our blog and update this notice as
we learn more.

CircleCI Security Team
""")

add(key="E4", provider="Alibaba Cloud", url="https://github.com/bitnami/bitnami-docker-postgresql/issues/272",
    frm="Alibaba Cloud Security Center <no-reply@alibabacloud.com>", to="ops@greenlantern-erp.example",
    date=datetime(2028, 3, 11, 2, 20, tzinfo=UTC), label="security-incident", deadline="none",
    subj="[Alibaba Cloud] Security alert: malicious process accessing a malicious IP on ECS instance i-bp1c7xw3odoo01",
    body="""Dear Alibaba Cloud user (account 5391xxxx4470),

Security Center has raised an alert for one of your assets.

Asset: i-bp1c7xw3odoo01 (odoo-prod-01), public IP 198.51.100.23
Alert: Malicious process (cloud scan) - access to a malicious IP
Severity: Urgent
Detected: 2028-03-11 10:04:37 (UTC+8)

Alert details
- Command-and-control IP: 203.0.113.99
- Command-and-control port: 8080
- Process path: /bitnami/postgresql/data/5054f6add68e8d059df4ddaef001e801 (deleted)
- Command line arguments: 1onzihqs
- Detected by: multiple detection engines

Description
Our detection model found a process on your server that tries to connect to a
known malicious address, such as an attacker's control server or a mining pool.
The process that opened the connection may be a malicious file planted by an
attacker.

Recommended actions
1. Log on to the Security Center console and review the alert.
2. Isolate the process and the file, and check how they got onto the instance.
3. Check exposed services (for example database ports) and change passwords.

Handle now: Security Center console > Alerts

Alibaba Cloud Security Center
""")

add(key="E5", provider="Hosting provider abuse desk (unnamed ISP)", url="https://github.com/Mailtrain-org/mailtrain/issues/209",
    frm="Abuse Department <abuse@isp-noc.example>", to="alex.ferrer@rutaverde-marketing.example",
    date=datetime(2028, 3, 15, 22, 5, tzinfo=CET), label="abuse", deadline="2028-03-16",
    subj="[Abuse] Spam complaint regarding 198.51.100.131 (ticket ABU-77310)",
    body="""Dear Customer,

We have received a spam complaint concerning the following IP address that is
assigned to your server:

  IP address : 198.51.100.131
  Server     : vps-mailtrain-01
  Received   : 2028-03-15 20:58 CET
  Type       : unsolicited bulk e-mail (spam)

The complaint includes logs showing large numbers of messages sent from your
server to recipients at mail.ru, using the sender address
schoolvestnik@magento-notes.example.

Sending unsolicited bulk e-mail is not permitted under our terms of service.
Please investigate the cause, stop the activity and make sure it cannot happen
again. If your server was compromised, we recommend closing any open relay,
checking your mail software configuration and changing all credentials.

Please reply to this message within 24 hours and describe what caused the
problem and which measures you have taken. If we do not receive a reply in
time, or if further complaints arrive, we may block network access for this IP.

Please keep the ticket number in the subject line when you reply.

Kind regards,
Abuse Department
""")

add(key="E6", provider="netcup (impersonated)", phishing=True, url="https://github.com/RPiList/specials/issues/983",
    frm="netcup Kundenservice <service@customercontrolpanel-netcup.example>", to="kontakt@baeckerei-lindner.example",
    date=datetime(2028, 3, 24, 8, 2, tzinfo=CET), label="billing", deadline="none",
    subj="Ihre Domain baeckerei-lindner.example laeuft in wenigen Minuten ab",
    body="""Sehr geehrte Kundin, sehr geehrter Kunde,

fuer Ihre Domain baeckerei-lindner.example konnte die Verlaengerungsgebuehr
nicht eingezogen werden. Die Domain laeuft in wenigen Minuten ab.

Nach Ablauf sind Ihre Website und Ihre E-Mail-Postfaecher nicht mehr
erreichbar, und die Domain kann von Dritten registriert werden.

Bitte melden Sie sich sofort im Customer Control Panel an und bestaetigen
Sie Ihre Zahlungsdaten:

  https://customercontrolpanel-netcup.example/login

Mit freundlichen Gruessen
Ihr netcup Team
""")

add(key="E7", provider="Netlify", url="https://github.com/EVERSE-ResearchSoftware/RSQKit/issues/581",
    frm="Netlify <team@netlify.com>", to="e.bos@research-toolkit.example",
    date=datetime(2028, 3, 19, 16, 0, tzinfo=UTC), label="billing", deadline="none",
    subj="Your team has used 75% of its included usage",
    body="""Hi there,

Your team "ebos-personal" on the Free plan has now used 75% of the usage
included in the current billing period (March 1 - March 31, 2028).

Current usage
- Build minutes: 226 of 300
- Bandwidth: 71 GB of 100 GB

Most of this usage comes from the site "rsqkit-preview".

If your team reaches its included limits, sites on the Free plan are paused
until the next billing period starts, unless you upgrade to a paid plan.

You can review detailed usage and upgrade options in the Netlify app under
Team settings > Usage and billing.

Thanks,
The Netlify Team
""")

add(key="E8", provider="Netlify", url="https://github.com/SaraVieira/flo-to-drip/issues/5",
    frm="Netlify <team@netlify.com>", to="sara.v@sweetpixel.example",
    date=datetime(2028, 3, 23, 9, 30, tzinfo=UTC), label="billing", deadline="none",
    subj="Your sites have been paused: usage limits reached",
    body="""Hi,

Your team "sweetpixel" has reached the usage limits included in the Free
plan for the current billing period. As a result, all sites owned by the
team have been paused, including:

- flo-to-drip
- palette-tool
- talk-slides

Visitors now see a "Site not available" page explaining that the site was
paused because it reached its usage limits.

To resume your sites now, upgrade the team to a paid plan or buy additional
usage in Team settings > Usage and billing. Otherwise your sites will resume
automatically when the next billing period begins on April 1, 2028.

See "Resume paused projects" in the Netlify billing docs for details.

The Netlify Team
""")

add(key="E9", provider="Google Cloud", url="https://github.com/XX-net/XX-Net/issues/5572",
    frm="Google Cloud Platform <CloudPlatform-noreply@google.com>", to="w.jihu@lanting-studio.example",
    date=datetime(2028, 3, 7, 1, 45, tzinfo=UTC), label="pricing", deadline="2028-06-05",
    subj="Cloud Source Repositories: new pricing model and billing account requirement",
    body="""Dear Google Cloud Source Repositories Customer,

Cloud Source Repositories (CSR) is now generally available. With general
availability, a new pricing model applies from March 6, 2028.

The following CSR projects in your account may be affected by this change:

- lanting-gae-proxy (id: lanting-gae-proxy-20415)
- lanting-tools (id: lanting-tools-77102)

Starting June 5, 2028, every CSR project, including projects in the free
tier, must be linked to a billing account to keep access to its repositories.
If a project has no billing account linked by then, you will lose access to
its repositories.

If you lose access for this reason, you will have until July 6, 2028 to link
a billing account and regain access.

Usage within the free tier remains free of charge. For details about the new
prices and free tier limits, see the Cloud Source Repositories pricing page.

The Google Cloud Platform Team
""")

add(key="E10", provider="Cloudflare", url="https://github.com/wp-media/wp-rocket/issues/8712",
    frm="Cloudflare <noreply@notify.cloudflare.com>", to="hosting-ops@northquay-web.example",
    date=datetime(2028, 3, 9, 18, 0, tzinfo=UTC), label="action-required", deadline="2028-09-20",
    subj="Action required: Origin CA Service Key authentication is deprecated",
    body="""Hello,

You are receiving this message because account "northquay-web" (ID
7f3c0a52d1e94b6b8c2e0f19a4d6e8b1) used an Origin CA Service Key in the last
90 days.

What is changing
Service Key authentication (the X-Auth-User-Service-Key header) is deprecated
as of today, March 9, 2028. On September 20, 2028, Service Keys will be
removed and API requests that use them will fail.

Who is affected
Anyone who uses a Service Key to create or revoke Origin CA certificates,
including tools such as origin-ca-issuer, gokeyless (Keyless SSL key server
enrollment) and third-party plugins that store a Service Key.

What you need to do
1. Create an API token with the permission Zone > SSL and Certificates > Edit.
2. Replace the Service Key in your tools and scripts with the new API token.
   For gokeyless, use version 1.18.0 or later and set api_token.
3. After switching, delete the Service Key from your profile.

For more information, see the changelog entry "Service Key authentication
deprecated" in the Cloudflare developer documentation.

Thank you,
The Cloudflare Team
""")

add(key="E11", provider="Microsoft Azure", url="https://github.com/MicrosoftDocs/azure-docs/issues/122744",
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to="j.abruzzi@pinecrest-id.example",
    date=datetime(2028, 3, 16, 14, 0, tzinfo=UTC), label="action-required", deadline="2030-02-15",
    subj="Action required: Migrate your Application Gateway V1 to V2 by 15 February 2030",
    body="""You're receiving this email because you use Azure Application Gateway V1.

Subscription: Pinecrest-Production (5d2b7c1e-3a8f-4e60-9b1d-0c7e4a9f2a63)

On 15 February 2030, we'll retire Application Gateway V1 (Standard and WAF
SKUs). After that date, Application Gateway V1 will no longer be supported
and any remaining V1 gateways will be stopped.

Required action
To avoid service disruption, migrate your Application Gateway V1 resources
to Application Gateway V2 before 15 February 2030. V2 offers autoscaling,
zone redundancy and better performance.

To find the V1 gateways in this subscription, open Azure Resource Graph
Explorer or the Application Gateway list in the Azure portal and filter by
SKU. Migration guidance and a PowerShell migration script are available in
the Application Gateway documentation.

Help and support
If you have questions, get answers from community experts in Microsoft Q&A.
If you have a support plan and need technical help, create a support request.

Account information: Subscription ID 5d2b7c1e-3a8f-4e60-9b1d-0c7e4a9f2a63

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

add(key="E12", provider="Google Cloud", url="https://github.com/v2ray/v2ray-core/issues/1873",
    frm="Google Cloud Platform <google-cloud-compliance@google.com>", to="wyl.dev@skyreach-net.example",
    date=datetime(2028, 3, 25, 19, 33, tzinfo=UTC), label="security-incident", deadline="none",
    subj="Action Required: Suspected cryptocurrency mining on Google Cloud Project proxy-nodes (id: proxy-nodes-318806)",
    body="""Dear Developer,

Our systems identified that your Google Cloud Platform project proxy-nodes
(id: proxy-nodes-318806) may have been compromised and used for
cryptocurrency mining.

This activity was detected as originating from IP 198.51.100.57 and VM ID
4417829316502218841:asia-east1-b to destination IP 203.0.113.200 on remote
port 3333 between 2028-03-25 02:10 and 2028-03-25 02:41 (Pacific Time),
though it may still be ongoing.

Please review this activity to determine whether it is intended. Mining is
often an indication of compromised credentials or instances, and we require
verification before cryptocurrency mining can be performed on our platform.

If you believe your project has been compromised, we recommend that you
secure all your instances, which may require deleting the affected VM and
recreating it from a clean image, restricting open firewall rules, and
rotating any credentials used on the instance.

For more information, see the Cloud Security Help Center.

Sincerely,
The Google Cloud Platform Trust & Safety Team
""")

add(key="E13", provider="Supabase", url="https://github.com/zyronon/TypeWords/issues/255",
    frm="Supabase <noreply@supabase.io>", to="liar.coder@wordgarden.example",
    date=datetime(2028, 3, 26, 4, 0, tzinfo=UTC), label="action-required", deadline="2028-04-02",
    subj="Your Supabase project \"typewords-sync\" will be paused in 7 days",
    body="""Hi there,

To save cloud resources, we scan all projects on the Free Plan and identify
those that have had very low activity for more than 7 days.

Your project below was identified as inactive:

  Project: typewords-sync
  Reference: qxrwmvtdlzoukpnhgaef
  Organization: wordgarden

Unless there is activity, this project will be paused on April 2, 2028.

How to keep it active
- Send requests to the project through the Supabase API (reads or writes
  from your application count as activity).
- Or upgrade the organization to a paid plan; paid projects are never paused
  for inactivity.

If the project is paused, your data is kept and you can restore the project
from the dashboard by selecting "Resume project".

The Supabase Team
""")

add(key="E14", provider="DigitalOcean", url="https://github.com/ipfs/infra/issues/268",
    frm="DigitalOcean <support@digitalocean.com>", to="infra@lodestar-ci.example",
    date=datetime(2028, 3, 20, 21, 0, tzinfo=UTC), label="maintenance", deadline="2028-03-22",
    subj="[Maintenance] NYC3 network upgrade - 2028-03-22 02:00 UTC",
    body="""Start: 2028-03-22 02:00 UTC
End: 2028-03-22 12:00 UTC

Hello,

During the window above we will upgrade the networking software on one
segment of our NYC3 network.

While the maintenance is running, every Droplet in the affected part of the
region will lose network connectivity for up to 10 minutes; in some cases it
may be unreachable for longer. We expect the disruption to be small for most
Droplets and will monitor the region closely for the whole window.

The affected Droplets on your account are listed below.

If you have questions or concerns, open a ticket or simply reply to this
email.

Thank you,
DigitalOcean

Affected Droplets:
ci-runner-nyc3-01
ci-runner-nyc3-02
""")

add(key="E15", provider="GitHub (impersonated)", phishing=True, url="https://github.com/AccountsSecurityInfo/SecurityAlerts/issues/25",
    frm="GitHub Security Team <alerts@github-account-guard.example>", to="t.andersen@fjordbyte.example",
    date=datetime(2028, 3, 27, 1, 20, tzinfo=UTC), label="security-incident", deadline="none",
    subj="Suspicious activity detected [Alert #GH-2028-03-27]",
    body="""-------------------------------------------
Security Alert - Immediate Action Required
-------------------------------------------

Hi @tandersen,

A suspicious sign-in attempt to your GitHub account was BLOCKED by our
security system.

  Time:       2028-03-27 01:05
  IP address: 192.0.2.47
  Location:   Minsk, Belarus
  Device:     Unknown Linux device

This IP address is linked to known threat actor groups.

If this was NOT you, your account may be compromised. Verify your identity
within 24 hours, or your account will be temporarily suspended to protect it.

  [ Review and Secure My Account ]
  https://github-account-guard.example/dashboard

If this WAS you, you can ignore this email.

- The GitHub Security Team
""")

add(key="E16", provider="Netlify", url="https://github.com/fultimator/fultimator/issues/109",
    frm="Netlify <team@netlify.com>", to="maintainers@fabula-tools.example",
    date=datetime(2028, 3, 28, 7, 15, tzinfo=UTC), label="billing", deadline="none",
    subj="Bandwidth limit reached for team \"fabula-tools\"",
    body="""Hi,

Your team "fabula-tools" has used 100% of the bandwidth included in the
Starter plan for the current billing period (March 1 - March 31, 2028).

  Included bandwidth: 100 GB
  Used so far:        100.4 GB
  Top site:           fultimator (97.8 GB)

Because the team has no additional usage enabled, sites owned by the team
are paused and show a "bandwidth quota exceeded" page until the billing
period resets on April 1, 2028.

To restore the sites before then, upgrade to the Pro plan or add a bandwidth
pack in Team settings > Usage and billing.

Thanks,
The Netlify Team
""")

# ---------------------------------------------------------------- write
def enc_addr(a):
    m = re.match(r'^(.*?)\s*<([^>]+)>$', a)
    if not m:
        return a
    name, addr = m.group(1), m.group(2)
    try:
        name.encode("ascii")
        return '"%s" <%s>' % (name, addr) if any(c in name for c in ',.()') else "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)

def enc_subj(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()

def build(i, d):
    msg = Message()
    msg["From"] = enc_addr(d["frm"])
    msg["To"] = d["to"]
    msg["Subject"] = enc_subj(d["subj"])
    msg["Date"] = format_datetime(d["date"])
    msg["Message-ID"] = "<g19.%02d.%s@validation.set-g19.example>" % (i, d["key"].lower())
    msg["MIME-Version"] = "1.0"
    if d.get("phishing"):
        msg["X-Training-Phishing"] = "yes"
    msg["X-Training-Label"] = d["label"]
    msg["X-Training-Deadline"] = d["deadline"]
    body = d["body"]
    try:
        body.encode("ascii")
        msg["Content-Type"] = 'text/plain; charset="utf-8"'
        msg["Content-Transfer-Encoding"] = "7bit"
        msg.set_payload(body)
    except UnicodeEncodeError:
        cs = Charset("utf-8"); cs.body_encoding = QP
        msg.set_payload(body, cs)
        del msg["Content-Type"]; del msg["Content-Transfer-Encoding"]
        msg["Content-Type"] = 'text/plain; charset="utf-8"'
        msg["Content-Transfer-Encoding"] = "quoted-printable"
    return msg

def fromline(d):
    a = re.search(r'<([^>]+)>', d["frm"]).group(1)
    return "%s %s" % (a, d["date"].astimezone(UTC).strftime("%a %b %d %H:%M:%S %Y"))

def write():
    if os.path.exists(OUT):
        os.remove(OUT)
    mb = mailbox.mbox(OUT, create=True)
    mb.lock()
    try:
        for i, d in enumerate(M, 1):
            mm = mailbox.mboxMessage(build(i, d))
            mm.set_from(fromline(d))
            mb.add(mm)
        mb.flush()
    finally:
        mb.unlock(); mb.close()

def check():
    errs = []
    raw = open(OUT, "rb").read()
    if b"\r\n" in raw:
        errs.append("CRLF line endings found")
    mb = mailbox.mbox(OUT)
    msgs = list(mb)
    if len(msgs) != len(M):
        errs.append("count %d != %d" % (len(msgs), len(M)))
    ids = set()
    for i, (m, d) in enumerate(zip(msgs, M), 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if m[h] is None:
                errs.append("%d: missing %s" % (i, h))
        for h, v in m.items():
            try:
                str(v).encode("ascii")
            except UnicodeEncodeError:
                errs.append("%d: non-ASCII header %s" % (i, h))
        dt = parsedate_to_datetime(m["Date"])
        if (dt.year, dt.month) != (2028, 3):
            errs.append("%d: Date not in March 2028: %s" % (i, m["Date"]))
        if m["Message-ID"] in ids:
            errs.append("%d: duplicate Message-ID" % i)
        ids.add(m["Message-ID"])
        if m["X-Training-Label"] not in LABELS:
            errs.append("%d: bad label" % i)
        dl = m["X-Training-Deadline"]
        if dl != "none" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
            errs.append("%d: bad deadline %s" % (i, dl))
        ct = m.get_content_type(); cs = m.get_content_charset()
        if ct != "text/plain" or cs != "utf-8":
            errs.append("%d: bad content type %s %s" % (i, ct, cs))
        body = m.get_payload(decode=True).decode("utf-8")
        if body != d["body"]:
            errs.append("%d: body round-trip mismatch" % i)
        ascii_body = all(ord(c) < 128 for c in body)
        cte = (m["Content-Transfer-Encoding"] or "").lower()
        if not ascii_body and cte != "quoted-printable":
            errs.append("%d: non-ASCII body not QP" % i)
        if d.get("phishing") and m["X-Training-Phishing"] != "yes":
            errs.append("%d: phishing header missing" % i)
        for ip in re.findall(r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b", body):
            if not re.match(r"(192\.0\.2|198\.51\.100|203\.0\.113)\.", ip):
                errs.append("%d: IP outside documentation ranges: %s" % (i, ip))
        from email.header import decode_header, make_header
        if str(make_header(decode_header(m["Subject"]))) != d["subj"]:
            errs.append("%d: subject round-trip mismatch" % i)
    # separation: every From_ line after the first is preceded by a blank line
    lines = raw.decode("utf-8").split("\n")
    for n, ln in enumerate(lines):
        if ln.startswith("From ") and n > 0 and lines[n - 1] != "":
            errs.append("From_ line %d not preceded by blank line" % n)
    return errs, msgs

if __name__ == "__main__":
    write()
    errs, msgs = check()
    if errs:
        print("\n".join(errs)); sys.exit(1)
    from collections import Counter
    c = Counter(m["X-Training-Label"] for m in msgs)
    print("OK %d messages" % len(msgs))
    for k, v in sorted(c.items()):
        print("  %-18s %d" % (k, v))
    print("  phishing          %d" % sum(1 for m in msgs if m["X-Training-Phishing"] == "yes"))
    print("  japanese          %d" % sum(1 for d in M if d["key"].startswith("J")))
