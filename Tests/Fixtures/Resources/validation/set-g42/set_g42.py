#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""set_g42.py - writes, re-reads and checks validation batch g42 (standard library only).
Run: python3 set_g42.py  -> writes set-g42.mbox, README.md, used-sources.txt; prints OK or exits 1."""
from datetime import datetime as D

NOTICES_A = [
# ---------------------------------------------------------------- 1
dict(
    label="security-incident", deadline=None, phishing=False, lang="ja",
    provider="IIJ (インターネットイニシアティブ)",
    url="http://enterprisezine.jp/news/detail/21855",
    from_name="IIJ セキュアMXサービス サポート", from_addr="securemx-support@iij.ad.jp",
    to="postmaster@hakobune-shoji.example",
    orig=D(2025, 4, 15, 17, 40), tz="+0900",
    dates=dict(inc=D(2024, 8, 3), found=D(2025, 4, 10)),
    subject="【重要】IIJセキュアMXサービスにおけるお客様情報漏えいの可能性について(サービスコード: mxs04827139)",
    body="""株式会社はこぶね商事
メールシステムご担当者様

平素よりIIJセキュアMXサービスをご利用いただき、誠にありがとうございます。
株式会社インターネットイニシアティブ セキュアMXサービス担当でございます。

本サービスの設備が{inc|jp}以降、外部から不正なアクセスを受け、設備上で不正な
プログラムが動作していたことを{found|jp}に確認いたしました。
その結果、貴社のご契約(サービスコード: mxs04827139)に関する以下の情報が
外部に流出した可能性がございます。

  ・本サービスで作成された電子メールアカウントとパスワード
  ・本サービスを経由して送受信された電子メールの本文およびヘッダ情報
  ・本サービスと連携するよう設定されていた他社クラウドサービスの認証情報

不正なアクセスの経路は特定済みで、既に切り離しを完了しております。
現在、本サービスは安全にご利用いただける状態です。
原因と影響範囲の調査は継続しており、新たな事実が判明しましたら改めてご連絡いたします。

念のため、以下のご対応をご検討くださいますようお願い申し上げます。
  1. メールアカウントのパスワード変更
  2. 連携している他社クラウドサービスの認証情報(クライアントシークレット等)の再発行
  3. 見覚えのない転送設定やログイン履歴がないかの確認

ご不明な点は、本件専用の相談窓口までお問い合わせください。
  https://help.iij.ad.jp/securemx/incident-contact/

貴社には多大なるご迷惑とご心配をおかけしますことを、深くお詫び申し上げます。

株式会社インターネットイニシアティブ
IIJセキュアMXサービス サポート窓口
"""),
# ---------------------------------------------------------------- 2
dict(
    label="security-incident", deadline=None, phishing=False, lang="ja",
    provider="富士通",
    url="https://xtech.nikkei.com/atcl/nxt/news/18/10982/?i_cid=nbpnxt_reco_atype",
    from_name="富士通株式会社 ProjectWEB対策本部", from_addr="projectweb-taisaku@jp.fujitsu.com",
    to="sysadmin@minato-unyu.example",
    orig=D(2021, 8, 11, 16, 5), tz="+0900",
    dates=dict(detect=D(2021, 5, 6), first=D(2021, 5, 25)),
    subject="当社プロジェクト情報共有ツールへの不正アクセスについて(第二報)",
    body="""お客様各位

富士通株式会社
ProjectWEB対策本部

平素は格別のお引き立てを賜り、厚く御礼申し上げます。
{first|jp}にお知らせいたしました、当社のプロジェクト情報共有ツール「ProjectWEB」
(以下、本ツール)への不正アクセスにつきまして、その後の調査で判明した内容をご報告いたします。

当社は{detect|jp}、本ツールを利用する一部のプロジェクトで不正アクセスの可能性を認知し、
調査を開始いたしました。社長直轄の体制で調査・分析を進めた結果、129のお客様について、
本ツールに保存されていた情報の一部が不正に閲覧またはダウンロードされたことが判明しております。
誠に遺憾ながら、貴社にご参加いただいているプロジェクト(プロジェクトコード: PW-58213)も
その対象に含まれておりました。

閲覧またはダウンロードされた情報は、次のとおりです。
  ・システムを構成する機器類に関する資料
  ・体制図、打合せメモ、作業項目一覧、進捗管理表などのプロジェクト運営資料
  ・一部の関係者の氏名およびメールアドレス

第三者は正規のIDとパスワードを用いて本ツールにログインしており、
本ツールの何らかの脆弱性を悪用してIDとパスワードを入手した可能性が高いと考えております。
本ツールは引き続き運用を停止しております。

貴社における影響の確認とご対応につきましては、担当営業より個別にご相談させていただきます。
関係者の皆様に多大なるご心配とご迷惑をおかけしておりますことを、重ねて深くお詫び申し上げます。

本件に関するお問い合わせ: ProjectWEB専用窓口(projectweb-taisaku@jp.fujitsu.com)
"""),
# ---------------------------------------------------------------- 3
dict(
    label="security-incident", deadline=None, phishing=False, lang="ja",
    provider="NTTコミュニケーションズ",
    url="https://xtech.nikkei.com/atcl/nxt/news/18/07997/",
    from_name="NTTコミュニケーションズ株式会社", from_addr="security-info@ntt.com",
    to="it-kanri@kitakaze-kensetsu.example",
    orig=D(2020, 5, 28, 15, 0), tz="+0900",
    dates=dict(detect=D(2020, 5, 7)),
    subject="【重要】弊社設備への不正アクセスによる情報流出の可能性について",
    body="""お客さま各位

NTTコミュニケーションズ株式会社

平素は弊社サービスをご利用いただき、誠にありがとうございます。

{detect|jp}、弊社の社内サーバーに対する通常とは異なる操作を検知したため、
ただちに外部インターネットとの通信を遮断し、調査を開始いたしました。
その結果、海外拠点のサーバーを経由して国内の社内サーバーに侵入されていたこと、
ならびに一部の情報が外部へ流出した可能性があることを確認いたしました。

流出した可能性がある情報には、法人のお客さま621社に関するサービスのお申し込み情報、
工事手順書、設備情報などが含まれており、貴社のご契約(契約番号: N2088-4471-0392)に
かかわる工事情報もその対象となっております。

なお、個人のお客さまの情報が流出した事実は確認されておりません。
また、現時点で流出した可能性のある情報が悪用された事実も確認されておりません。

弊社では引き続き詳細な調査を行うとともに、再発防止に向けてセキュリティ対策と
監視体制の強化を進めてまいります。新たな事実が判明した場合は、担当営業より改めてご報告いたします。

お客さまには多大なるご迷惑とご心配をおかけしておりますことを、深くお詫び申し上げます。

本件に関するお問い合わせ先:
NTTコミュニケーションズ 情報セキュリティ特設窓口(平日 9:00〜17:00)
"""),
# ---------------------------------------------------------------- 4
dict(
    label="security-incident", deadline=None, phishing=False, lang="ja",
    provider="ロリポップ! (paperboy&co.)",
    url="https://server-domain.info/report/lolipop-support-point.html",
    from_name="ロリポップ!レンタルサーバー", from_addr="support@lolipop.jp",
    to="owner@kiln-works.example",
    orig=D(2013, 9, 9, 18, 20), tz="+0900",
    dates=dict(incident=D(2013, 8, 28)),
    subject="【ロリポップ!】第三者によるユーザーサイトの改ざん被害に関するご報告",
    body="""ロリポップ!をご利用のお客様へ

平素はロリポップ!をご利用いただき誠にありがとうございます。

{incident|jpw}以降、ロリポップ!でWordPressを利用している一部のお客様サイトが、
第三者によって改ざんされる事象が発生いたしました。
調査の結果、被害を受けたサイトは8,438件にのぼり、お客様のアカウント
【kiln-works.example】もこれに含まれていることを確認しております。

【原因】
当社サーバーの設定において、ディレクトリおよび wp-config.php のパーミッションが
適切でなかったため、ひとつのアカウントが乗っ取られると、他のアカウントの
データベースまで書き換えられる状態になっておりました。
これは当社の設定に起因するものであり、深くお詫び申し上げます。

【当社の対応】
・全サーバーのパーミッション設定を見直し、アカウント間で影響が及ばないよう修正しました
・全アカウントを対象に、ウイルススキャンと改ざんファイルの調査を実施しました

【お客様へのお願い】
被害の拡大を防ぐため、以下をご確認ください。
1. WordPress管理者のパスワード変更と、見覚えのない管理者ユーザーの削除
2. FTPパスワードおよびデータベースパスワードの変更
3. WordPress本体・テーマ・プラグインを最新版へ更新

ご不明な点は、ユーザー専用ページのお問い合わせフォームよりご連絡ください。

株式会社paperboy&co.
ロリポップ!サポート
"""),
# ---------------------------------------------------------------- 5
dict(
    label="security-incident", deadline=None, phishing=False, lang="ja",
    provider="ヌーラボ (Backlog)",
    url="https://nulab.com/ja/blog/nulab/heads-up-unauthorized-access",
    from_name="Nulab", from_addr="no-reply@nulab.com",
    to="shimizu@tsumugi-lab.example",
    orig=D(2020, 12, 9, 19, 12), tz="+0900",
    dates=dict(start=D(2020, 12, 5), end=D(2020, 12, 8), invalid=D(2020, 12, 9)),
    subject="【重要】ヌーラボアカウントのパスワード再設定のお願い",
    body="""shimizu@tsumugi-lab.example 様

いつもヌーラボのサービス(Backlog、Cacoo、Typetalk)をご利用いただきありがとうございます。

{start|jp}から{end|jp}にかけて、ヌーラボアカウントに対する第三者からの
大量のログイン試行を検知しました。攻撃者が何らかの方法で入手したメールアドレスと
パスワードの組み合わせを使った、パスワードリスト攻撃であると推定しています。
なお、ヌーラボからパスワードを含むお客様情報が流出した事実はありません。

調査の結果、お客様のアカウントについても、上記の期間中に第三者によるログインが
成功していたことを確認しました。このため、{invalid|jp} 18時頃から、
これまでのパスワードではログインできないよう無効化しています。

お手数ですが、以下の対応をお願いいたします。
 1. パスワード再設定ページから新しいパスワードを設定する
    https://apps.nulab.com/password/reset
 2. 同じパスワードを他のサービスでも使っている場合は、そちらも変更する
 3. 2段階認証を有効にする
 4. Backlog・Cacoo・Typetalkで、見覚えのない操作や閲覧の履歴がないか確認する

ご不便をおかけしますが、ご理解とご協力をお願いいたします。

株式会社ヌーラボ
"""),
# ---------------------------------------------------------------- 6
dict(
    label="security-incident", deadline=None, phishing=False, lang="ja",
    provider="弥生",
    url="https://www.yayoi-kk.co.jp/news/20210713.html",
    from_name="弥生株式会社", from_addr="info@yayoi-kk.co.jp",
    to="m.hayase@tsubame-kaikei.example",
    orig=D(2021, 7, 13, 14, 0), tz="+0900",
    dates=dict(first=D(2021, 6, 22), frm=D(2021, 5, 10, 10, 0), to=D(2021, 6, 16, 18, 57)),
    subject="不正アクセスに関するお詫びとお知らせ(追加情報)",
    body="""弥生製品・サービスをご利用のお客さまへ

弥生株式会社

{first|jpw}にお知らせした「不正アクセスに関するお詫びとお知らせ」につきまして、
その後の調査で新たに判明した事項をご連絡いたします。

弊社サービスを1つのIDとパスワードでご利用いただくための「シングルサインオン機能」に対して、
不正なアクセスが行われていたことを検知いたしました。これにより、下記の期間中に
連携アプリケーションとの連携設定を行ったお客さまの入力情報を、第三者が参照できる
状態にあった可能性がございます。

■対象期間
 {frm|jpw} {frm|hm2} 〜 {to|jpw} {to|hm2}

■対象となるお客さま
 上記期間中に連携設定を行い、「弥生シリーズ ログイン画面」で入力した後に
 「弥生IDまたはパスワードが違います」と表示されたお客さま
 弊社の記録では、お客さまの弥生ID(m.hayase@tsubame-kaikei.example)が該当しております。

■お客さまへのお願い
 ・弥生IDのパスワードを変更してください
 ・同じパスワードを他のサービスで使用している場合は、あわせて変更してください

現時点で、情報の漏えいや悪用は確認されておりません。
お客さまならびに関係者の皆さまに多大なるご迷惑とご心配をおかけしますことを、心よりお詫び申し上げます。

お問い合わせ: https://www.yayoi-kk.co.jp/support/sso-inquiry/
"""),
# ---------------------------------------------------------------- 7
dict(
    label="security-incident", deadline=None, phishing=False, lang="ja",
    provider="Microsoft (日本マイクロソフト)",
    url="https://support.microsoft.com/ja-jp/help/13967/microsoft-account-something-unusual-sign-in",
    from_name="Microsoft アカウント チーム", from_addr="account-security-noreply@accountprotection.microsoft.com",
    to="tamura.kei@kamome-sha.example",
    orig=D(2021, 3, 10, 4, 12), tz="+0900",
    dates=dict(),
    subject="Microsoft アカウントの不審なサインイン",
    html=True,
    body="""Microsoft アカウント
不審なサインイン アクティビティ

Microsoft アカウント ta*****@kamome-sha.example で、通常とは異なるサインインが検出されました。

サインインの詳細
  国/地域: ブラジル
  IP アドレス: 203.0.113.57
  日付: {send|slashnz} {send|hm} (JST)
  プラットフォーム: Windows 10
  ブラウザー: Firefox

ご自身による操作であれば、このメールは無視していただいてかまいません。
心当たりがない場合は、第三者があなたのパスワードを使ってサインインした可能性があります。
最近のアクティビティを確認し、アカウントを保護する手順に従ってください。

最近のアクティビティを確認する
https://account.live.com/activity

セキュリティ通知の送信先を変更する場合や、通知を停止する場合は、こちらをクリックしてください。

ありがとうございます。
Microsoft アカウント チーム
"""),
# ---------------------------------------------------------------- 8
dict(
    label="security-incident", deadline=None, phishing=False, lang="ja",
    provider="Microsoft Azure (日本マイクロソフト)",
    url="https://cloudsteady.jp/2019/04/19/3788/",
    from_name="Microsoft Azure", from_addr="azure-noreply@microsoft.com",
    to="sec-admin@tsukimi-sangyo.example",
    orig=D(2019, 4, 19, 11, 26), tz="+0900",
    dates=dict(),
    subject="リスクのあるユーザーが検出されました",
    html=True,
    body="""Azure Active Directory Identity Protection

組織 tsukimi-sangyo.example で、リスクのあるユーザーが検出されました。

  ユーザー: k.ishida@tsukimi-sangyo.example
  ユーザー リスク レベル: 中
  検出日時: {send|slash} {send|hm2} (UTC+09:00)
  リスク イベント: 匿名 IP アドレスからのサインイン(198.51.100.23)

この通知は、ユーザーのリスク レベルが通知設定のしきい値(中以上)に達したため送信されています。
リスクのフラグが設定されたユーザーは、速やかに調査することをお勧めします。

リスクのフラグが設定されたユーザーを表示する:
https://portal.azure.com/#blade/Microsoft_AAD_ProtectionCenter/IdentitySecurityDashboardMenuBlade/RiskyUsers

調査の結果、不正な操作が確認された場合は、パスワードをリセットし、
必要に応じてユーザーのサインインをブロックしてください。
ご本人による操作であった場合は、リスク イベントを「解決済み」にできます。

このメールは Identity Protection の通知設定に基づき、セキュリティ管理者に送信されています。
通知の設定を変更するには Azure portal の [Identity Protection] - [通知] を開いてください。

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""),
# ---------------------------------------------------------------- 9
dict(
    label="abuse", deadline=None, phishing=False, lang="en",
    provider="AWS",
    url="https://speakerdeck.com/pict3/awskarafalsemerudu-ndeimasuka",
    from_name="Amazon EC2 Abuse", from_addr="ec2-abuse@amazon.com",
    to="aws-root@hoshinoya-apps.example",
    orig=D(2020, 9, 15, 6, 12), tz="+0000",
    dates=dict(act=D(2020, 9, 14, 22, 40)),
    subject="Your AWS Abuse Report [18274630951] [AWS ID 639027418553]",
    body="""Hello,

We've received a report(s) that your AWS resource(s)

AWS ID: 639027418553 Region: ap-northeast-1 EC2 Instance Id: i-0c7e93a1f5d24b86e [198.51.100.77]

has been implicated in activity that resembles the sending of spam or
unsolicited bulk email. Sending unsolicited email is not allowed under the
AWS Acceptable Use Policy (https://aws.amazon.com/aup/). A copy of the
original report is included below for your review.

Please stop the reported activity and reply directly to this email with
details of the corrective actions you have taken. If you believe the
activity described in the report is not abusive, reply to this email with
details of your use case.

If you were not aware of this activity, your instance may have been
compromised by an outside party, or a vulnerability may be allowing it to
be used in a way you did not intend.

We are not able to help with troubleshooting or technical questions. For
guidance on securing your instance, see the Amazon EC2 security
documentation.

Regards,
AWS Trust & Safety

--- Original report ---
Reporter: abuse-desk@mailguard-relay.example
Source IP: 198.51.100.77
First seen: {act|en} {act|hm2} UTC
Messages trapped: 1,284 (subject: "Your parcel is waiting - confirm delivery")
"""),
# ---------------------------------------------------------------- 10
dict(
    label="abuse", deadline=None, phishing=False, lang="ja",
    provider="エックスサーバー",
    url="https://5asia.net/archives/1740",
    from_name="エックスサーバー サポート", from_addr="support@xserver.ne.jp",
    to="webmaster@aozora-note.example",
    orig=D(2017, 5, 16, 13, 26), tz="+0900",
    dates=dict(),
    subject="【Xserver】■重要■ お客様のサーバーアカウントにおける不正なファイルの検知および制限の実施について (xs482731)",
    body="""━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
【Xserver】■重要■ 不正なファイルの検知および制限の実施について
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
平素は当サービスをご利用いただき誠にありがとうございます。
エックスサーバー サポートでございます。

お客様のサーバーアカウント「xs482731」において、
第三者が設置したとみられる不正なファイルを検知いたしました。

  /home/xs482731/aozora-note.example/public_html/wp-content/plugins/wp-file-cache/cache.php
  /home/xs482731/aozora-note.example/public_html/wp-includes/css/dist.php

同一サーバーをご利用の他のお客様や外部への被害を防ぐため、
本日{send|hm}より、お客様のサーバーアカウントへのWebアクセスを制限しております。
(現在、Webサイトには「403 Forbidden」が表示されます)

制限の解除には、以下のご対応が必要です。
 1. サーバー上のWebコンテンツをいったんすべて削除する
 2. 改ざんされていない時点のバックアップからファイルを再設置する
 3. WordPress本体・テーマ・プラグインを最新版に更新する
 4. FTPパスワードとWordPress管理者パスワードを変更する
 5. ご対応完了後、インフォパネルの「お問い合わせ」から制限解除をお申し込みいただく

検知されたファイルだけを削除した場合、侵入経路(バックドア)が残り、
再び改ざんされるおそれがございますのでご注意ください。

--
エックスサーバー株式会社
https://www.xserver.ne.jp/
"""),
# ---------------------------------------------------------------- 11
dict(
    label="action-required", deadline="off", phishing=False, lang="ja",
    provider="スパイラル (SPIRAL)",
    url="https://support.smp.ne.jp/faq/f0142",
    from_name="スパイラル サポートセンター", from_addr="support@smp.ne.jp",
    to="web-admin@nagisa-gakuen.example",
    orig=D(2019, 1, 17, 15, 0), tz="+0900",
    dates=dict(off=D(2019, 2, 20)),
    subject="【SPIRAL】TLS1.1 暗号化通信の無効化に関するお知らせ",
    body="""SPIRAL ご契約者様(アカウント: SPL-482093)

平素はスパイラルをご利用いただき、誠にありがとうございます。

スパイラルでは、{off|jpw}にTLS1.1による暗号化通信を無効化いたします。
無効化の後は、TLS1.2に対応していない端末やプログラムからアクセスできなくなりますので、
事前のご確認をお願いいたします。

■影響を受ける機能
 (1) スパイラルの操作画面
     古いOSやWebブラウザー(Internet Explorer 7 以前など)からはエラーになります。
 (2) スパイラルで作成したWeb機能(フォーム、一覧表など)
     古いブラウザーや Android OS 4.0.4 以前のスマートフォンなどからはエラーになります。
 (3) 外部サーバーに設置したプログラムからのAPI接続
     TLS1.1 以下で接続しているプログラムは、接続エラーとなりアクセスできません。

■影響を受ける端末の例
 ・多くのフィーチャーフォン(iモード、EZweb、3Gケータイの各ブラウザーなど)
 ・Android OS 4.0.4 以前のスマートフォン
 ・Internet Explorer 8〜10 で、TLS1.2 が有効になっていないもの

■ご対応のお願い
 ・APIを利用したプログラムをお使いの場合は、{off|jp}までにTLS1.2で接続できるよう
   改修をお願いいたします。
 ・フォームをご利用いただくエンドユーザー様への周知もご検討ください。

ご不明な点は、サポートセンターまでお問い合わせください。

スパイラル サポートセンター
"""),
# ---------------------------------------------------------------- 12
dict(
    label="abuse", deadline=None, phishing=False, lang="ja",
    provider="スターサーバー",
    url="https://star.ne.jp/support/manual/man_malicious_password_crack.php",
    from_name="スターサーバー サポート", from_addr="support@star.ne.jp",
    to="owner@koharu-salon.example",
    orig=D(2023, 6, 14, 9, 37), tz="+0900",
    dates=dict(detect=D(2023, 6, 14, 8, 52)),
    subject="【スターサーバー】■重要■ メールアカウントからの迷惑メール送信について(st29481)",
    body="""スターサーバーをご利用のお客様へ

平素はスターサーバーをご利用いただき、誠にありがとうございます。
スターサーバー サポートでございます。

お客様のサーバーID「st29481」に設定されている下記のメールアカウントから、
短時間に大量の迷惑メール(スパムメール)が送信されていることを確認いたしました。

  メールアカウント: info@koharu-salon.example
  接続元IPアドレス: 198.51.100.143 ほか複数(国外)
  確認日時: {detect|slash} {detect|hm}

送信はSMTP認証を通過して行われており、パスワードクラック等によって
メールアカウントのパスワードが第三者に知られている可能性が高いと考えられます。
このまま送信が続くとサーバーのIPアドレスがブロックリストに登録され、
通常のメールも宛先に届かなくなるおそれがあるため、当該アカウントからの送信を停止いたしました。

お手数ですが、以下のご対応をお願いいたします。
 1. ご利用中の端末で、セキュリティソフトによるウイルスチェックを行う
 2. サーバーパネルの「メールアカウント設定」から、該当アカウントのパスワードを変更する
    (今後使う予定のないアカウントは削除する)
 3. ご対応が完了しましたら、本メールへご返信いただく

ご返信を確認した後、送信の停止を解除いたします。

--
スターサーバー サポート
https://www.star.ne.jp/
"""),
# ---------------------------------------------------------------- 13
dict(
    label="abuse", deadline=None, phishing=False, lang="ja",
    provider="Google Cloud (Google Cloud Japan)",
    url="https://cloud-dot-devsite-v2-prod.appspot.com/docs/security/respond-to-abuse-misuse",
    from_name="Google Cloud Compliance", from_addr="google-cloud-compliance@google.com",
    to="gcp-owner@tsumugi-data.example",
    orig=D(2022, 9, 21, 7, 3), tz="+0900",
    dates=dict(),
    subject="[対応が必要] Google Cloud プロジェクト tsumugi-batch-2931 での不正使用の警告",
    body="""Google Cloud をご利用のお客様

お客様の Google Cloud プロジェクト tsumugi-batch-2931(プロジェクト番号: 582019374621)で、
Google Cloud の利用規約および利用規定に違反すると思われるアクティビティが検出されました。

検出されたアクティビティ
  種類: 暗号通貨のマイニング
  リソース: Compute Engine インスタンス worker-7(asia-northeast1-b)
  外部 IP アドレス: 203.0.113.216

このアクティビティに心当たりがない場合、サービス アカウントの認証情報が漏洩するなどして、
プロジェクトが第三者に不正利用されている可能性があります。

必要な対応
 1. Google Cloud コンソールでプロジェクトのアクティビティを確認し、
    作成した覚えのないリソースを削除してください。
 2. 影響を受けたサービス アカウントの鍵をすべて無効にし、
    プロジェクト内の認証情報をローテーションしてください。
 3. 対処が完了したら、コンソールの申し立てページから、実施した措置をお知らせください。
    https://console.cloud.google.com/appeal?project=tsumugi-batch-2931

適切な期間内に対応が確認できない場合、利用規約に基づきプロジェクトが停止されることがあります。

Google Cloud コンプライアンス チーム

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
"""),
]

NOTICES_B = [
# ---------------------------------------------------------------- 14
dict(
    label="action-required", deadline="chg", phishing=False, lang="ja",
    provider="サイボウズ (cybozu.com / kintone)",
    url="https://www.cybozuconf.com/-/cloud",
    from_name="サイボウズ株式会社", from_addr="cybozu-info@cybozu.co.jp",
    to="admin@minagi-denki.example",
    orig=D(2018, 5, 22, 11, 0), tz="+0900",
    dates=dict(prev=D(2017, 5, 31), chg=D(2018, 6, 10, 1, 0)),
    subject="【cybozu.com】セキュリティ設定変更({chg|mslash})実施のお知らせ",
    body="""cybozu.com 共通管理者様

いつもサイボウズのクラウドサービスをご利用いただき、誠にありがとうございます。

{prev|jp}にお知らせしましたとおり、「cybozu.com」はまもなく、より強固なセキュリティ設定に変更いたします。
変更後は、バージョンの古いOSやWebブラウザーを搭載した端末からご利用いただけなくなります。

■実施日時
 {chg|jpw} {chg|hm} 以降(予定)

■対象サービス
 クラウド版 サイボウズ Office / kintone / クラウド版 Garoon / クラウド版 メールワイズ
 ご契約ドメイン: minagi-denki.cybozu.com

■影響
 ・古いOSやブラウザーの端末からは、対象サービスを利用できないか、設定の変更が必要になります。
 ・古い暗号化通信方式(TLS 1.0)で接続する連携サービスや個別カスタマイズは、ご利用いただけなくなります。

■管理者様にお願いしたいこと
 1. 接続チェック用ページで、各端末が TLS 1.1 以上で接続できるかをご確認ください。
    https://tls1test.kintone.com/
 2. 社内のユーザー様へ周知してください。周知用の文面例をヘルプページに掲載しています。
 3. 連携サービスをご利用の場合は、提供元へ TLS 1.1 以上への対応状況をご確認ください。

ご不便をおかけしますが、何卒ご理解のほどよろしくお願い申し上げます。

サイボウズ株式会社
"""),
# ---------------------------------------------------------------- 15
dict(
    label="action-required", deadline="apply", phishing=False, lang="ja",
    provider="サイボウズ (kintone)",
    url="https://cs.cybozu.co.jp/2019/006924.html?_gl=1*mjupaa*_ga*Mzk0NDc3MzA3LjE2NTI2NjE5Njg.*_ga_T5K95WXL54*MTY2MjYwOTc4Mi4yMTMuMS4xNjYyNjEyNTA4LjM5LjAuMA..",
    from_name="サイボウズ株式会社", from_addr="info-kintone@cybozu.co.jp",
    to="dev@kurumi-seiki.example",
    orig=D(2019, 8, 2, 13, 0), tz="+0900",
    dates=dict(apply=D(2020, 7, 12)),
    subject="【重要】kintone API レコード一括取得APIのoffset上限値制限について",
    body="""kintoneをご利用のお客様へ

サイボウズ株式会社です。kintoneのAPI仕様変更についてご案内いたします。
重要な内容ですので、お客様のAPIのご利用状況とあわせて必ずご確認ください。

1. 仕様変更の内容
 レコード一括取得APIで指定できる offset の値を、10,000 までに制限いたします。
 上限値の適用は、{apply|ym}の定期メンテナンス({apply|jpw})で実施する予定です。

2. 変更の背景
 offset に大きな値を指定した一括取得は、サーバーに非常に高い負荷がかかることが確認されています。
 サービス全体の安定稼働のために上限を設けるとともに、大量のデータを低い負荷で取得できる
 新しいAPI「cursor.json」を提供いたします。

3. お客様にお願いしたいこと
 ・レコード一括取得APIを使ったカスタマイズで、offset が 10,000 を超える処理がある場合は、
   上限値の適用日までに cursor API を使う方式などへ書き換えてください。
 ・プラグインや連携サービスをご利用の場合は、提供元に対応状況をご確認ください。
 ・書き換え方法は、cybozu developer network の解説記事でご案内しています。

4. 制限の適用後
 offset に 10,000 を超える値を指定したリクエストはエラーとなり、レコードを取得できません。

ご不便をおかけしますが、ご理解とご協力をお願いいたします。

サイボウズ株式会社
"""),
# ---------------------------------------------------------------- 16
dict(
    label="action-required", deadline="end", phishing=False, lang="ja",
    provider="ヤフー (Yahoo! JAPAN)",
    url="https://maroontiger8.sakura.ne.jp/colum/1hp/burog15.html",
    from_name="Yahoo! JAPAN", from_addr="geocities-info@mail.yahoo.co.jp",
    to="haru.tabi@hokuso-walk.example",
    orig=D(2018, 10, 1, 15, 0), tz="+0900",
    dates=dict(end=D(2019, 3, 31), dlend=D(2020, 3, 31)),
    subject="Yahoo!ジオシティーズ サービス終了のご案内",
    body="""Yahoo!ジオシティーズをご利用のお客様へ

いつもYahoo!ジオシティーズをご利用いただき、ありがとうございます。

Yahoo!ジオシティーズは、{end|jp}をもちましてサービスの提供を終了いたします。
採算面や、システムを今後維持するための技術的な課題などを総合的に検討した結果、
これ以上の継続は難しいと判断いたしました。長年のご愛顧に心より御礼申し上げます。

■ご利用中のサービス
 Yahoo! JAPAN ID: haru_tabi_2009
 コース: ジオプラス(独自ドメイン: hokuso-walk.example)

■終了スケジュール
 {end|jpw}  ホームページの表示、転送設定、ファイルマネージャーなど全機能の提供終了
 {dlend|jpw}  ホームページのデータ(構成ファイル)のダウンロード受付終了

■お客様にご対応いただきたいこと
 ・ホームページの公開を続ける場合は、{end|jp}までに他のサービスへ移行してください。
 ・独自ドメインをお使いの場合は、ドメインの移管またはDNS設定の変更手続きが必要です。
 ・移行の手順や移行先の候補は、特設ページでご案内しています。
   https://geocities.yahoo.co.jp/close/

有料コースの利用料金は、サービス終了月分までのご請求となります。

ヤフー株式会社
"""),
# ---------------------------------------------------------------- 17
dict(
    label="action-required", deadline="dl", phishing=False, lang="ja",
    provider="お名前.com (GMO)",
    url="https://blog.n2i.jp/entry/domain",
    from_name="お名前.com", from_addr="info@onamae.com",
    to="domain@tsuru-kobo.example",
    orig=D(2022, 2, 20, 10, 15), tz="+0900",
    dates=dict(dl=D(2022, 2, 24, 12, 0)),
    subject="【重要:tsuru-kobo.example】{dl|jp} {dl|hm2}までに登録情報の修正をお願いします",
    body="""お名前ID: 28470193
ドメイン名: tsuru-kobo.example

平素は、お名前.comをご利用いただき、まことにありがとうございます。

ご登録いただいたドメインのWhois情報に、登録規則に沿っていない項目があることを確認いたしました。
ドメイン名の登録情報は、ドメインを管理する国際機関(ICANN)の方針に基づき、
正確な内容でご登録いただく必要がございます。

つきましては、下記の対応期限までに各担当者情報の修正をお願いいたします。

 ■対応期限: {dl|jp} {dl|hm2}
 ■修正が必要な項目: 登録者情報(住所・電話番号)、管理担当者情報

対応期限までに正確な情報への修正が確認できなかった場合、ドメイン登録規約に基づき、
当該ドメイン名に利用制限を設定いたします。利用制限中は、このドメイン名でのメールの送受信や
ホームページの表示ができなくなりますので、ご注意ください。

■修正方法
 お名前.com Navi にログイン → 「ドメイン」→「ドメイン詳細」→「Whois情報変更」

※本メールは送信専用アドレスからお送りしています。

─────────────────────
お名前.com
GMOインターネットグループ株式会社
─────────────────────
"""),
# ---------------------------------------------------------------- 18
dict(
    label="action-required", deadline="maint", phishing=False, lang="ja",
    provider="サイボウズ (kintone / cybozu developer network)",
    url="https://developer.cybozu.io/hc/ja/articles/204788956-2016-01-10-%E3%81%AE%E5%AE%9A%E6%9C%9F%E3%83%A1%E3%83%B3%E3%83%86%E3%83%8A%E3%83%B3%E3%82%B9%E3%81%AB%E3%81%8A%E3%81%91%E3%82%8Bkintone-API%E6%9B%B4%E6%96%B0%E6%83%85%E5%A0%B1-Part2",
    from_name="cybozu developer network", from_addr="cdn-notice@cybozu.co.jp",
    to="kintone-dev@momiji-soft.example",
    orig=D(2015, 12, 11, 17, 30), tz="+0900",
    dates=dict(plan=D(2015, 12, 13), maint=D(2016, 1, 10)),
    subject="{maint|slash} の定期メンテナンスにおけるkintone API更新情報 Part2",
    body="""cybozu developer network をご利用の皆様

{maint|jp}の定期メンテナンスで実施する、kintone APIの更新内容をお知らせします。
本アップデートは当初{plan|jp}に予定しておりましたが、「kintone on cybozu.com」の
リリース延期にともない、{maint|jp}のメンテナンス後の実施に変更となりました。

■kintone REST API で変更される仕様
1. REST APIのURLの拡張子は、小文字のみ受け付けるようになります。
   アップデート後に GET で /k/v1/apps.JSON を呼び出すと、404エラーが返ります(現在は200)。
   大文字の拡張子を指定しているプログラムは、/k/v1/apps.json のように小文字へ修正してください。

2. ユーザーの言語設定が「ブラウザに従う」で、Accept-Language ヘッダーがない場合、
   APIのエラーなどのメッセージは、cybozu.com 共通管理の「ローカライズの設定」で
   指定された言語で出力されます(日本国内のお客様は、原則として初期値が「ja」です)。
   アップデート前は、メッセージは日本語のみで出力されます。

3. 日時フィールドの書式が変更されます。一覧取得時の日時は引き続きUTCで出力されます。
   変更後の書式は、APIドキュメントで順次公開します。

既存のカスタマイズや連携サービスへの影響がないか、メンテナンス日までにご確認をお願いいたします。
内容に追加や変更があった場合は、本お知らせのコメント欄に追記いたします。

cybozu developer network 運営事務局
"""),
# ---------------------------------------------------------------- 19
dict(
    label="action-required", deadline="reissue", phishing=False, lang="ja",
    provider="さくらインターネット",
    url="https://help.sakura.ad.jp/ssl/2341/",
    from_name="さくらインターネット", from_addr="support@sakura.ad.jp",
    to="admin@mizunara-kobo.example",
    orig=D(2020, 8, 12, 14, 20), tz="+0900",
    dates=dict(issued=D(2019, 11, 6), reissue=D(2021, 1, 31), revoke=D(2021, 3, 15),
               fixed=D(2020, 7, 29)),
    subject="[さくらインターネット]【重要】SSLサーバー証明書再発行のお願い",
    body="""会員ID: mqx40217
ご契約者名: 有限会社みずなら工房 様
サービスコード: 110308847215
サーバ証明書種別: SSL JPRS ドメイン認証型(1年)
コモンネーム: www.mizunara-kobo.example

平素よりさくらインターネットに格別のご愛顧を賜り、誠にありがとうございます。

「さくらのSSL」でご購入いただいたJPRS社のSSLサーバー証明書について、
上位の中間CA証明書の運用にセキュリティ上のリスクがあることが指摘されました。
これにともない認証局で中間CA証明書の失効処理が行われることとなり、
お客様の証明書(発行日: {issued|jp})は再発行が必要な対象に該当しております。

■再発行の期限
 {reissue|jp}
 ※中間CA証明書の失効日は {revoke|jpw} です。失効後は、再発行が済んでいない証明書を
  使っているWebサイトが、多くのブラウザで閲覧できなくなります。

■お手続き方法
 1. 会員メニューにログインし、「契約情報」→「SSLサーバ証明書」を開く
 2. 対象の証明書の「再発行」から、新しいCSRで申請する
 3. 発行された証明書を、ご利用中のサーバーへインストールする

再発行に費用はかかりません。{fixed|jp}以降に発行された証明書は対象外です。

さくらインターネット株式会社
"""),
# ---------------------------------------------------------------- 20
dict(
    label="action-required", deadline="end", phishing=False, lang="ja",
    provider="Chatwork (kubell)",
    url="https://help.chatwork.com/hc/ja/articles/48344574429337-%E5%85%AC%E9%96%8BAPI%E3%81%AE%E4%BB%95%E6%A7%98%E5%A4%89%E6%9B%B4%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6%E3%81%AEQ-A",
    from_name="Chatwork", from_addr="info@support.chatwork.com",
    to="api-admin@asagi-print.example",
    orig=D(2025, 4, 3, 15, 0), tz="+0900",
    dates=dict(end=D(2025, 7, 2)),
    subject="【Chatwork】APIリクエストの仕様変更についてのお知らせ",
    body="""Chatwork APIをご利用の皆さまへ

いつもChatworkをご利用いただき、ありがとうございます。
公開APIのリクエスト仕様を、以下のとおり変更いたします。

■変更内容
 1. POST および PUT メソッドの操作で、クエリパラメーターによる値の指定を受け付けなくなります。
    パラメーターはリクエストボディ(application/x-www-form-urlencoded)で送信してください。
 2. method パラメーター(?method=PUT など)による HTTP メソッドの指定を廃止します。

■旧仕様でのリクエストの受付期限
 {end|jpw}まで
 以降、POST・PUT の操作でクエリパラメーターを使ったリクエストはエラーになります。

■ご確認のお願い
 ・自社で開発したプログラムや Google Apps Script(GAS)で該当する書き方をしていないか、
   受付期限までにご確認と修正をお願いします。
 ・外部のサービスにAPIトークンを提供している場合は、提供先に本お知らせを共有してください。
 ・既存のAPIトークンは、そのままご利用いただけます。

詳しくは、ヘルプセンターの「公開APIの仕様変更についてのQ&A」をご覧ください。

株式会社kubell
Chatwork カスタマーサポート
"""),
# ---------------------------------------------------------------- 21
dict(
    label="action-required", deadline="send+14", phishing=False, lang="ja",
    provider="ムームードメイン (GMOペパボ)",
    url="https://streamrental.com/?p=1352",
    from_name="ムームードメイン", from_addr="info@muumuu-domain.com",
    to="hello@hinata-zakka.example",
    orig=D(2023, 9, 6, 11, 8), tz="+0900",
    dates=dict(),
    subject="【ムームードメイン】【重要】2週間以内にドメイン情報認証を行ってください",
    body="""【ひなた雑貨店】様

この度は、ムームードメインをご利用いただき、誠にありがとうございます。

ドメイン名登録機関「ICANN」のWHOIS情報正確性確認方針に基づき、当サービスの上位レジストラである
「お名前.com」(GMOインターネットグループ株式会社)から、お客様の登録メールアドレスの
有効性を確認するメールが送信されます。

送信から2週間以内に認証のお手続きが行われない場合、ドメインの利用制限が実施され、
該当ドメインを使ったホームページの閲覧やメールの送受信ができなくなります。
必ずお手続きをお願いいたします。

---------------------------------------------
■対象ドメイン
 hinata-zakka.example
■送信元メールアドレス
 verification-noreply@onamae.com
■件名
 【重要】[ムームードメイン] ドメイン 情報認証のお願い
■送信先
 ご登録の連絡先メールアドレス
■お手続き内容
 上記の件名で届くメールに記載されたURLをクリックし、メールアドレスの認証を完了してください。
---------------------------------------------

※認証はメールアドレスごとに1回です。一度認証したアドレスで再度の認証は発生しません。
※メールが届かない場合は、コントロールパネルの「未認証ドメイン一覧」から再送できます。

ムームードメイン
GMOペパボ株式会社
"""),
# ---------------------------------------------------------------- 22
dict(
    label="action-required", deadline="end", phishing=False, lang="ja",
    provider="ヤフー (Yahoo! JAPAN)",
    url="https://naokichivla.hatenablog.com/entry/66260449",
    from_name="Yahoo!ブログ", from_addr="blogs-info@mail.yahoo.co.jp",
    to="viola.beer@kumo-mail.example",
    orig=D(2019, 2, 1, 12, 0), tz="+0900",
    dates=dict(move=D(2019, 4, 17), post_end=D(2019, 8, 31), end=D(2019, 12, 15)),
    subject="【重要】Yahoo!ブログ サービス終了のお知らせ",
    body="""Yahoo!ブログをご利用の皆様へ

いつもYahoo!ブログをご利用いただき、誠にありがとうございます。

Yahoo!ブログは、{end|jp}をもちましてサービスを終了いたします。
サービスを取り巻く市場環境や技術的な運用課題、今後の事業方針などを総合的に検討した結果、
これ以上の継続は難しいと判断いたしました。約13年にわたるご愛顧に、心より御礼申し上げます。

■対象のブログ
 「ヴィオラと麦酒の日々」(Yahoo! JAPAN ID: viola_beer_2005)

■主なスケジュール
 {move|jpw}  他のブログサービスへの移行ツール提供開始
 {post_end|jpw}  記事の投稿・コメントの書き込み機能の終了
 {end|jpw}  ブログの表示、移行ツールを含むすべての機能の終了

■ブロガーの皆様へのお願い
 記事や画像を残したい場合は、{end|jp}までに移行ツールで他のブログサービスへ移すか、
 データを保存してください。サービス終了後は、記事や画像を復元することはできません。

移行先の候補や手順は、特設ページでご案内しています。
https://blogs.yahoo.co.jp/info/close.html

ヤフー株式会社
"""),
# ---------------------------------------------------------------- 23
dict(
    label="maintenance", deadline="mstart", phishing=False, lang="ja",
    provider="freee",
    url="https://developer.freee.co.jp/author/user/page/3",
    from_name="freee developer support", from_addr="developer-support@freee.co.jp",
    to="api@shirakaba-soft.example",
    orig=D(2020, 7, 8, 16, 40), tz="+0900",
    dates=dict(mstart=D(2020, 7, 14, 1, 0), mend=D(2020, 7, 14, 5, 0)),
    subject="システムメンテナンス({mstart|mslash})のお知らせ",
    body="""freee APIをご利用の開発者の皆さま

いつもfreeeをご利用いただき、ありがとうございます。

下記の日時に、freeeの各サービスでシステムメンテナンスを実施いたします。

 日時:{mstart|jpw} {mstart|hm}-{mend|hm}
 対象:全サービス(freee APIを含む)

メンテナンス中は、対象サービスの画面およびAPIをご利用いただけません。
この時間帯に送信されたAPIリクエストはエラーになりますので、定期実行のバッチ処理などを
設定されている場合は、実行時刻の調整をご検討ください。

作業が予定より早く終わった場合は、その時点から通常どおりご利用いただけます。
終了後に特別な操作は必要ありません。

ご迷惑をおかけしますが、ご理解のほどよろしくお願いいたします。

================================================
freee developer support
freee株式会社
"""),
# ---------------------------------------------------------------- 24
dict(
    label="maintenance", deadline="wstart", phishing=False, lang="ja",
    provider="KDDI",
    url="http://cloudblog.kddi.com/news/7060/",
    from_name="KDDIクラウドプラットフォームサービス", from_addr="kcps-info@kddi.com",
    to="infra@sazanami-logi.example",
    orig=D(2020, 2, 27, 10, 0), tz="+0900",
    dates=dict(wstart=D(2020, 4, 16, 22, 0), wend=D(2020, 4, 20, 6, 0),
               estart=D(2020, 5, 1, 22, 0), eend=D(2020, 5, 5, 6, 0)),
    subject="【KCPS】西日本エリア クラウド管理システムメンテナンスのお知らせ",
    body="""KDDIクラウドプラットフォームサービス(KCPS)をご利用のお客さまへ

いつもKCPSをご利用いただき、誠にありがとうございます。
西日本エリアにおいて、クラウド管理システムのメンテナンスを下記のとおり実施いたします。

■実施日時
 {wstart|jpw} {wstart|hm} 〜 {wend|jpw} {wend|hm2}

■対象
 西日本エリアの KCPS Admin Console および API
 ご契約ID: KCPS-W-0048213

■お客さまへの影響
 ・期間中、西日本エリアでは Admin Console と API による操作(仮想サーバーの作成・停止・起動など)が
   ご利用いただけません。
 ・仮想サーバーは期間中も稼働を継続しますが、ネットワーク機器の切り替えにともない、
   最長3分間の通信断が2回発生いたします。
 ・通信断の発生予定時刻は、期間中にナレッジサイトでお知らせいたします。

■その他
 東日本エリアのメンテナンスは、{estart|jpw} {estart|hm} 〜 {eend|jpw} {eend|hm2} に予定しております。
 詳細はナレッジサイトの「メンテナンス情報」をご確認ください。

ご不便をおかけいたしますが、何卒ご理解を賜りますようお願い申し上げます。

KDDI株式会社
KDDIクラウドプラットフォームサービス 運用担当
"""),
# ---------------------------------------------------------------- 25
dict(
    label="maintenance", deadline="mstart", phishing=False, lang="en",
    provider="NTTコミュニケーションズ (Enterprise Cloud)",
    url="https://ecl.ntt.com/en/documents/1.0/service-descriptions/fd/rsts/8_maintenance/8_4_maintenance_information.html",
    from_name="Enterprise Cloud Technical Help Desk", from_addr="ecl-maintenance@ntt.com",
    to="cloud-ops@kawasemi-trading.example",
    orig=D(2019, 3, 5, 18, 0), tz="+0900",
    dates=dict(mstart=D(2019, 3, 19, 1, 0), mend=D(2019, 3, 19, 5, 0)),
    subject="[Enterprise Cloud] Scheduled maintenance notice MT-19-0147: security countermeasure for network devices (JP5)",
    body="""Dear Customer,

Thank you for using Enterprise Cloud.

We will carry out the maintenance below to apply countermeasures for a
security vulnerability in the server and network devices that host your
system.

Maintenance ID: MT-19-0147
Region: JP5 (Japan East)
Tenant ID: 4f1c9e82a7b34d07
Schedule: {mstart|enw}, {mstart|hm2} - {mend|hm2} JST

Impact:
- Devices in a redundant configuration will be switched to the standby
  device during the work. Traffic may stop for up to 30 seconds at each
  switchover.
- After the active device has recovered, switching back from the standby
  device may have to be done manually on your side. We will post the
  result of the work on the Customer Portal.
- To confirm the countermeasure, the Technical Help Desk may contact you
  to ask for a short loan of your system.

No action is needed from you before the maintenance. If you have any
questions, please contact the Technical Help Desk from the Customer Portal.

NTT Communications Corporation
Enterprise Cloud Technical Help Desk
"""),
# ---------------------------------------------------------------- 26
dict(
    label="pricing", deadline="newplan", phishing=False, lang="ja",
    provider="LINE (LINEヤフー)",
    url="https://lycbiz.com/jp/news/line-official-account/20221031/?o=JP0118%2F%2Fpurpose%2F",
    from_name="LINE公式アカウント", from_addr="official-account-news@linecorp.com",
    to="shop@shiosai-bakery.example",
    orig=D(2022, 10, 31, 15, 30), tz="+0900",
    dates=dict(newplan=D(2023, 6, 1), prorate=D(2023, 2, 1)),
    subject="【LINE公式アカウント】料金プラン改定のお知らせ",
    html=True,
    body="""LINE公式アカウント 管理者の皆様

いつもLINE公式アカウントをご利用いただきありがとうございます。

企業・店舗とユーザーとのつながりをより深めるサービスを目指し、
{newplan|jpw}にLINE公式アカウントの料金プランを改定いたします。
あわせて、{prorate|jpw}より現行プランの料金の日割り適用を廃止いたします。

■新料金プラン(月額・税別)
 コミュニケーションプラン  0円  無料メッセージ 200通  追加メッセージ 不可
 ライトプラン     5,000円  無料メッセージ 5,000通  追加メッセージ 不可
 スタンダードプラン 15,000円  無料メッセージ 30,000通  追加メッセージ 〜3円/通

■ご利用中のプランについて
 アカウント「@shiosai-bakery」(現行: ライトプラン)には、改定日時点で
 現行プランに相当する新料金プランが自動的に適用されます。お手続きは不要です。

■ご注意
 ・改定後のライトプランでは、追加メッセージを配信できません。
   無料メッセージ通数を超えて配信する場合は、スタンダードプランへの変更が必要です。
 ・本改定の対象は、日本国内のアカウントのみです。
 ・内容や日程は変更となる可能性がございます。

詳しくは LINE for Business のお知らせをご覧ください。

LINE株式会社
"""),
# ---------------------------------------------------------------- 27
dict(
    label="pricing", deadline="change", phishing=False, lang="ja",
    provider="Chatwork",
    url="https://help.chatwork.com/hc/zh-tw/articles/900006326043-2021-05-24-%E8%88%8A%E7%89%88%E6%96%B9%E6%A1%88%E8%B2%BB%E7%94%A8%E8%AA%BF%E6%95%B4%E9%80%9A%E7%9F%A5",
    from_name="Chatwork", from_addr="info@support.chatwork.com",
    to="kanri@asanagi-sekkei.example",
    orig=D(2021, 5, 24, 11, 0), tz="+0900",
    dates=dict(sfrom=D(2016, 4, 1), sto=D(2020, 2, 25), change=D(2021, 7, 13)),
    subject="【Chatwork】旧ビジネスプラン料金改定のお知らせ",
    body="""組織管理者 様

いつもChatworkをご利用いただき、誠にありがとうございます。

{change|jpw}より、旧ビジネスプランの利用料金を改定いたしますのでお知らせいたします。
働き方が急速に変わるなか、より便利で安心してお使いいただけるよう、機能とセキュリティの強化を
進めてまいります。料金改定につきまして、何卒ご理解を賜りますようお願い申し上げます。

■対象のご契約
 {sfrom|jp}〜{sto|jp}にご契約いただいたビジネスプラン
 組織名: 株式会社あさなぎ設計(ビジネスプラン10・月間契約)

■改定日
 {change|jpw}

■改定内容
 改定日以降に迎える最初の契約更新日から、新しい料金が適用されます(表示価格は税抜)。
 現在「月間契約」の場合、契約更新日の前日までに「年間契約」へ切り替えると、
 これまでの料金のままご利用を続けられます。年間契約は月間契約より2か月分お得です。

■お手続き方法
 管理者としてログインし、「管理者設定」の「利用プランの変更」からお手続きください。

料金改定に関するよくあるご質問は、ヘルプセンターをご覧ください。

Chatwork株式会社
"""),
# ---------------------------------------------------------------- 28
dict(
    label="billing", deadline=None, phishing=False, lang="ja",
    provider="Google Cloud (Google Cloud Japan)",
    url="https://michaeluno.sakura.ne.jp/technotes/?p=1259",
    from_name="Google Payments", from_addr="payments-noreply@google.com",
    to="takahata.minato@kairo-lab.example",
    orig=D(2019, 3, 2, 9, 14), tz="+0900",
    dates=dict(),
    subject="Google Cloud Platform & APIs: 01B7C2-4D9E1F-A3860C の請求書をご利用いただけます",
    html=True,
    body="""Google Cloud Platform & APIs の毎月の請求書をご利用いただけます。
このメールの末尾に、PDF形式の請求書へのリンクを記載しています。

重要: 残高はお支払い方法に自動的に請求されます。お客様による対応は必要ありません。

ドメイン: 01B7C2-4D9E1F-A3860C
氏名: 高畑 湊
請求書番号: 4719302856
お支払いプロファイル ID: 2817-4406-9932

お支払い履歴の確認やお支払い情報の更新は、次の手順でアカウントにアクセスしてください。
 1. https://console.cloud.google.com/billing にログインします。
 2. 該当する請求先アカウントを選択します。
 3. [お支払い履歴] または [お支払い方法] をクリックします。

請求書(PDF): https://console.cloud.google.com/billing/01B7C2-4D9E1F-A3860C/history

ご不明な点がございましたら、Cloud Billing サポートまでお問い合わせください。

このメールは、Google Cloud の請求先アカウントに関する重要なお知らせとしてお送りしています。
Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
"""),
# ---------------------------------------------------------------- 29
dict(
    label="billing", deadline="p2", phishing=False, lang="ja",
    provider="さくらインターネット",
    url="https://sakura.ad.jp/corporate/information/announcements/2015/12/03/1173",
    from_name="さくらインターネット株式会社", from_addr="info@sakura.ad.jp",
    to="keiri@komorebi-books.example",
    orig=D(2015, 12, 3, 16, 0), tz="+0900",
    dates=dict(hstart=D(2015, 12, 29), hend=D(2016, 1, 4), n1=D(2015, 12, 15), n2=D(2015, 12, 17),
               p1=D(2015, 12, 28), dexp=D(2015, 12, 31), inv=D(2015, 11, 10), p2=D(2015, 12, 18)),
    subject="冬期休業に伴うお支払いと各種手続き期限について",
    body="""お客様各位
                          さくらインターネット株式会社

 平素よりさくらインターネットに格別のご愛顧を賜り、誠にありがとうございます。

 冬期休業期間前後のご利用料金のお支払いについてご案内いたします。
 弊社は {hstart|jpw} から {hend|jpw} まで冬期休業をいただきます。
休業期間中はご入金の確認などが行えませんので、あらかじめご了承ください。

 これにともない、下記のとおりサービスの更新やお手続きに影響がございます。
お手数をおかけいたしますが、何卒ご理解のほどお願い申し上げます。

                  <記>

【1】対象:{n1|md}~{n2|md}に新規お申し込みの「さくらのレンタルサーバ」各プラン・
      「さくらのメールボックス」
     ※お支払い方法に「銀行振込」または「請求書払い」をご指定のお客様のみ

  請求書に記載の支払期限内でも、サービスが一時停止となる場合がございます。
  お試し期間の終了後も継続してご利用の場合は【{p1|mdw}】までにお支払いください。

【2】対象:有効期限が{dexp|jp}のJPドメイン
     ※{inv|md}にお送りした請求のご案内に対して未払いのお客様のみ

  有効期限内のお支払いでも、ドメインを更新できない場合がございます。
  更新をご希望の場合は【{p2|mdw}】までにお支払いください。

■本件に関するお問い合わせ
 メールアドレス:support@sakura.ad.jp

                                    以上
"""),
]

NOTICES_C = [
# ---------------------------------------------------------------- 30
dict(
    label="informational", deadline=None, phishing=False, lang="ja",
    provider="LINE (LINEヤフー)",
    url="https://developers.line.biz/ja/news/2021",
    from_name="LINE Developers", from_addr="developers-news@linecorp.com",
    to="liff-dev@tsubomi-apps.example",
    orig=D(2021, 12, 21, 17, 0), tz="+0900",
    dates=dict(),
    subject="LIFF v2.18.1をリリースしました",
    body="""LINE Developers ニュース

LIFF v2.18.1をリリースしました。
今回のリリースでは、以下の不具合を修正しています。

■TypeScriptでビルドするとエラーになる不具合を修正しました
 LIFF v2.18.0では、URIアクションを含むメッセージオブジェクトを渡すコードを
 TypeScriptでビルドした際に、型エラーが発生していました。

 対象メソッド
  ・liff.sendMessages()
  ・liff.shareTargetPicker()

■LIFF v2.18.1へのアップデート方法
 ・CDNエッジパス(https://static.line-scdn.net/liff/edge/2/sdk.js)をご利用の場合は、
   すでにv2.18.1へ自動的に更新されています。
 ・npmパッケージをご利用の場合は、次のいずれかのコマンドで更新できます。
     npm install @line/liff@2.18.1
     yarn add @line/liff@2.18.1

LIFF SDKの組み込み方法は、ドキュメント「LIFFアプリにLIFF SDKを組み込む」をご覧ください。

このメールは、LINE Developersのニュース配信に登録された方にお送りしています。
LINE株式会社
"""),
# ---------------------------------------------------------------- 31
dict(
    label="informational", deadline=None, phishing=False, lang="ja",
    provider="さくらインターネット",
    url="https://help.sakura.ad.jp/notification/n-2612/",
    from_name="さくらインターネット カスタマーセンター", from_addr="info@sakura.ad.jp",
    to="office@yuzuriha-design.example",
    orig=D(2023, 4, 24, 14, 0), tz="+0900",
    dates=dict(before=D(2023, 5, 2), hs=D(2023, 5, 3), he=D(2023, 5, 7), reopen=D(2023, 5, 8)),
    subject="弊社休業にともなうお問い合わせ窓口の営業・各種手続きについて",
    body="""さくらインターネットをご利用のお客様へ

平素よりさくらインターネットをご利用いただき、誠にありがとうございます。
弊社休業期間中の、お問い合わせ窓口の営業と各種お手続きについてご案内いたします。

■休業期間(全社休業日)
 {hs|jpw} 〜 {he|jpw}

■期間中の対応
 ・オンラインでのサービスのお申し込み、会員メニューからのお手続きは通常どおり受け付けます。
 ・ご入金の確認、一部のお手続き、メールでのお問い合わせへの回答は、{reopen|jpw}以降となります。
 ・サーバーの監視・運用は、休業期間中も通常どおり実施いたします。

■お問い合わせ窓口の営業スケジュール
 {before|md}({before|wd})      通常営業
 {hs|md}〜{he|md}  休業(メールでのお問い合わせ・コールバック予約の受付のみ)
 {reopen|md}({reopen|wd})      通常営業

休業明けの営業日は、窓口の混雑が予想されます。
お問い合わせの前に、サポートサイトもあわせてご確認ください。

ご不便をおかけいたしますが、何卒ご了承くださいますようお願い申し上げます。

さくらインターネット株式会社 カスタマーセンター
"""),
# ---------------------------------------------------------------- 32
dict(
    label="informational", deadline=None, phishing=False, lang="en",
    provider="Chatwork",
    url="https://developer.chatwork.com/changelog/2022-09-06-notice",
    from_name="Chatwork API", from_addr="api-notice@chatwork.com",
    to="bots@fujidana-works.example",
    orig=D(2022, 9, 6, 16, 0), tz="+0900",
    dates=dict(eff=D(2022, 10, 6)),
    subject="API Change Notice: removal of the group chat limit on the Free plan",
    body="""Dear Chatwork API users,

As announced in our Help Center, the Free plan will no longer be limited to
a total of 7 group chats, and the contents of the Free plan will change
from {eff|enw} (scheduled).

The Chatwork API will change for Free plan organizations as described
below. Nothing changes for paid plans.

1. Rooms can be created and joined without a limit
   The endpoints that create or join group chats will no longer stop Free
   plan users after 7 rooms.

2. Message retrieval may be restricted
   On the Free plan, only the latest 5,000 messages posted within the last
   40 days (counted per organization) can be viewed. Message endpoints may
   therefore return only some of the messages, or none of them.

   Two new response headers show whether the restriction applies:
   - chatwork-message-limitation: "true" when the restriction applies.
     The header is left out otherwise; it is never set to "false".
   - chatwork-message-limitation-summary: a short description of the
     restriction. Left out when no restriction applies.

Thank you for using Chatwork.

Chatwork Co., Ltd.
API team
"""),
# ---------------------------------------------------------------- 33
dict(
    label="security-advisory", deadline=None, phishing=False, lang="ja",
    provider="カゴヤ・ジャパン",
    url="https://www.kagoya.jp/news/201402133730/",
    from_name="カゴヤ・ジャパン株式会社", from_addr="info@kagoya.jp",
    to="server@hinoki-koumuten.example",
    orig=D(2014, 2, 13, 18, 30), tz="+0900",
    dates=dict(),
    subject="【重要】ntpd の monlist 機能を悪用した DDoS 攻撃に関するご注意",
    body="""KAGOYAをご利用のお客様へ

平素より当社サービスをご利用いただきまして、誠にありがとうございます。

現在、時刻同期ソフトウェア「ntpd」の monlist 機能を悪用した DDoS 攻撃が増加しております。
攻撃に悪用されたサーバーは、不要な通信の処理によって自身や他のユーザーに
悪影響を与えるだけでなく、攻撃の加害者となってしまうおそれがあります。

お客様が管理されているサーバーで ntpd が稼働していないかをご確認いただき、
稼働している場合は、ソフトウェアの更新または設定の見直しをお願いいたします。

■対象サービス
 専用サーバーFLEX(root権限付き専用サーバー)、クラウド/VPS、KAGOYA DC+

■対策
 ・monlist の問題を修正した ntpd 4.2.7p26 以降(開発版)を適用する
 ・開発版の適用が難しい場合は、ntp.conf に「disable monitor」を追記して monlist 機能を無効にする
 ・外部からの時刻問い合わせが不要な場合は、restrict 設定で問い合わせ元を制限する

■参考情報
 JPCERT/CC「ntpd の monlist 機能を使った DDoS 攻撃に関する注意喚起」
 https://www.jpcert.or.jp/at/

なお、攻撃の踏み台になっていると当社が判断した場合は、ネットワーク品質を維持するため、
該当サーバーの通信を停止させていただく場合がございます。あらかじめご了承ください。

カゴヤ・ジャパン株式会社
"""),
# ---------------------------------------------------------------- 34 (phishing)
dict(
    label="billing", deadline="send", phishing=True, lang="ja",
    provider="ロリポップ! (騙り)",
    url="https://meiwaku-zukan.jp/2025/05/25/12-%e6%99%82%e9%96%93%e5%be%8c%e3%80%81%e3%82%b5%e3%83%bc%e3%83%93%e3%82%b9%e3%81%af%e8%87%aa%e5%8b%95%e7%9a%84%e3%81%ab%e5%89%8a%e9%99%a4%e3%81%95%e3%82%8c%e3%81%be%e3%81%99%e3%80%82",
    from_name="ロリポップ!", from_addr="billing@lolipop.jp",
    to="info@hinoki-cafe.example",
    orig=D(2025, 2, 10, 9, 7), tz="+0900",
    dates=dict(),
    subject="hinoki-cafe.example : 12 時間後、サービスは自動的に削除されます。.!",
    html=True,
    body="""ドメイン更新のお知らせ.!!

お客様各位

お客様のドメインは、まもなく有効期限が切れます。サービスとドメイン名に関連するサービス
(メール – ホスティングなど)が中断されないように、ドメインを更新してください。

契約の条件に従い、上記のサービスとそれに付随するサービスを停止いたしました。

サービス    : hinoki-cafe.example
有効期限   : {send|dmy}

請求書 N0298499 を支払うには、お支払いページにアクセスしてください。:
https://lolipop-renewal-center.example/renewal/hinoki-cafe

請求書を正規化すると、数時間以内にサービスのブロックが解除されます。
12 時間以内にお支払いが確認できない場合、サービスは自動的に削除されます。

ご理解のほどよろしくお願いいたします。

ご注文の処理や、ご注文のサービスについてご質問がございましたら、お気軽にお問い合わせください。
お支払い部門にご連絡いただければ、関連する情報を喜んでご提供いたします。

ロリポップ! お支払い部門
"""),
# ---------------------------------------------------------------- 35 (phishing)
dict(
    label="action-required", deadline=None, phishing=True, lang="ja",
    provider="カゴヤ・ジャパン (騙り)",
    url="https://ymg.nagoya/spam-mail-3392/amp",
    from_name="KAGOYA", from_addr="support@kagoya.net",
    to="uketsuke@kohaku-shika.example",
    orig=D(2026, 2, 10, 8, 41), tz="+0900",
    dates=dict(),
    subject="【未受信メール保留通知】",
    html=True,
    body="""【未受信メール保留通知】

KAGOYA Webメールサービスをご利用いただき、誠にありがとうございます。

システムメンテナンスにともなうセキュリティ設定の確認処理のため、
お客様宛ての受信メール 8通 を一時的に保留しております。

 管理番号    00020714 / 8020135
 保留件数    8件 (Inbound Messages)
 ステータス  配信待機中(要同期)
 検知日時    {send|jp}

保留中のメールを受信トレイに届けるには、以下の管理画面から同期を行ってください。

 ▶ 受信トレイを同期する
 https://kagoya-mailsync.example/activemail/login?id=00020714

同期が完了するまで、保留中のメールは配信されません。

※本メールは送信専用アドレスから送信しています。ご返信いただいてもお答えできません。

カゴヤ・ジャパン株式会社
KAGOYA Webメールサービス
"""),
# ---------------------------------------------------------------- 36 (phishing)
dict(
    label="action-required", deadline="dl", phishing=True, lang="ja",
    provider="エックスサーバー (騙り)",
    url="https://4thavenue.info/jurnal/spam-email-evaluation",
    from_name="Xserver アカウントセンター", from_addr="no-reply@xserver-account-center.example",
    to="admin@tsukiyo-note.example",
    orig=D(2025, 11, 25, 22, 16), tz="+0900",
    dates=dict(dl=D(2025, 11, 30)),
    subject="【Xserver】ご利用のアカウントは{dl|jp}までにブロックされます",
    body="""Written in English

Xserverアカウントをご利用のお客様

お客様のアカウントについて、削除の申請を受け付けました。
ご本人による申請ではない場合は、至急ご対応ください。

{dl|jp}までに確認が取れない場合、アカウントはブロックされ、
保存されているファイル、画像、動画はすべて削除されます。
削除されたデータは復元できません。

アカウントを維持するには、下のボタンからログインし、本人確認を完了してください。

 [ アカウントを維持する ]
 https://xserver-account-keep.example/login

ご不明な点がある場合は、サポートセンターまでお問い合わせください。

Xserver Inc.
"""),
]

# ====================================================================
# Generator, writer and checker
# ====================================================================
import os
import re
import sys
import html as htmlmod
import mailbox
from datetime import date, datetime, timedelta, timezone
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header, decode_header, make_header
from email.utils import formataddr, format_datetime, parsedate_to_datetime
from email.generator import BytesGenerator
import io

NAME = "g42"
OUTDIR = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(OUTDIR, "set-%s.mbox" % NAME)
YEAR, MONTH = 2028, 11

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

ALL = NOTICES_A + NOTICES_B + NOTICES_C
# interleaved order (1-based indexes into ALL)
ORDER = [1, 14, 23, 2, 26, 10, 15, 30, 3, 28, 16, 34, 4, 24, 17, 11, 31, 5,
         18, 27, 12, 35, 19, 6, 25, 32, 7, 20, 29, 13, 21, 36, 8, 22, 33, 9]
assert sorted(ORDER) == list(range(1, 37)), "order must be a permutation"

WD_JA = "月火水木金土日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt(dt, spec):
    y, m, d = dt.year, dt.month, dt.day
    w = dt.weekday()
    if spec == "jp":
        return "%d年%d月%d日" % (y, m, d)
    if spec == "jpw":
        return "%d年%d月%d日(%s)" % (y, m, d, WD_JA[w])
    if spec == "md":
        return "%d月%d日" % (m, d)
    if spec == "mdw":
        return "%d月%d日(%s)" % (m, d, WD_JA[w])
    if spec == "wd":
        return WD_JA[w]
    if spec == "ym":
        return "%d年%d月" % (y, m)
    if spec == "slash":
        return "%d/%02d/%02d" % (y, m, d)
    if spec == "slashnz":
        return "%d/%d/%d" % (y, m, d)
    if spec == "mslash":
        return "%d/%d" % (m, d)
    if spec == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if spec == "hm":
        return "%d:%02d" % (dt.hour, dt.minute)
    if spec == "hm2":
        return "%02d:%02d" % (dt.hour, dt.minute)
    if spec == "en":
        return "%s %d, %d" % (MON_EN[m - 1], d, y)
    if spec == "enw":
        return "%s, %s %d, %d" % (WD_EN[w], MON_EN[m - 1], d, y)
    if spec == "dmy":
        return "%02d.%02d.%d" % (d, m, y)
    raise ValueError("unknown format " + spec)


def render(tpl, dates):
    def rep(mo):
        key, spec = mo.group(1), mo.group(2)
        if key not in dates:
            raise KeyError("date key %s missing" % key)
        return fmt(dates[key], spec)
    return re.sub(r"\{(\w+)\|(\w+)\}", rep, tpl)


def target_offset(orig, slot):
    cands = [date(YEAR, MONTH, d) for d in range(1, 31)
             if date(YEAR, MONTH, d).weekday() == orig.weekday()]
    tgt = cands[slot % len(cands)]
    off = tgt - orig.date()
    assert off.days % 7 == 0
    return off


def to_html(text, title):
    out = ["<!DOCTYPE html>",
           "<html><head><meta charset=\"utf-8\"><title>%s</title></head>" % htmlmod.escape(title),
           "<body style=\"font-family:sans-serif;font-size:14px;color:#222\">",
           "<div style=\"max-width:640px;margin:0 auto\">"]
    for line in text.rstrip("\n").split("\n"):
        if not line.strip():
            out.append("<br>")
            continue
        esc = htmlmod.escape(line)
        esc = re.sub(r'(https?://[^\s<"]+)', r'<a href="\1">\1</a>', esc)
        out.append("<div>%s</div>" % esc.replace("  ", "&nbsp; "))
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


HTML_ONLY = {26, 34, 35}      # notices sent as text/html only (originals were HTML)


def build():
    built = []
    for pos, idx in enumerate(ORDER):
        n = ALL[idx - 1]
        off = target_offset(n["orig"], pos)
        send = n["orig"] + off
        dates = {k: v + off for k, v in n["dates"].items()}
        dates["send"] = send
        subject = render(n["subject"], dates)
        body = render(n["body"], dates)
        dl = n["deadline"]
        if dl is None:
            deadline = "none"
        elif dl == "send":
            deadline = send.date().isoformat()
        elif dl.startswith("send+"):
            deadline = (send.date() + timedelta(days=int(dl[5:]))).isoformat()
        else:
            deadline = dates[dl].date().isoformat()
        sign = 1 if n["tz"][0] == "+" else -1
        tzinfo = timezone(sign * timedelta(hours=int(n["tz"][1:3]), minutes=int(n["tz"][3:5])))
        send_aware = send.replace(tzinfo=tzinfo)
        num = pos + 1
        charset = "utf-8" if n["lang"] == "ja" else "us-ascii"
        if n["lang"] != "ja":
            try:
                body.encode("ascii")
            except UnicodeEncodeError:
                charset = "utf-8"   # -> quoted-printable below
        html_body = None
        if idx in HTML_ONLY:
            html_body = to_html(body, subject)
            msg = MIMEText(html_body, "html", "utf-8")
            kind = "html"
        elif n.get("html"):
            html_body = to_html(body, subject)
            msg = MIMEMultipart("alternative")
            msg.set_boundary("=_%s_part_%02d_alt" % (NAME, pos + 1))   # deterministic
            msg.attach(MIMEText(body, "plain", charset))
            msg.attach(MIMEText(html_body, "html", "utf-8"))
            kind = "alternative"
        else:
            msg = MIMEText(body, "plain", charset)
            kind = "plain"
        if charset == "utf-8" and n["lang"] != "ja":
            # non-Japanese non-ASCII body: quoted-printable
            from email import charset as cs
            qp = cs.Charset("utf-8")
            qp.body_encoding = cs.QP
            msg = MIMEText(body, "plain", qp)
        dom = n["from_addr"].split("@")[1]
        msg["From"] = formataddr((n["from_name"], n["from_addr"]), charset="utf-8")
        msg["To"] = n["to"]
        try:
            subject.encode("ascii")
            msg["Subject"] = subject
        except UnicodeEncodeError:
            msg["Subject"] = Header(subject, "utf-8", header_name="Subject")
        msg["Date"] = format_datetime(send_aware)
        msg["Message-ID"] = "<%s.%s.%s@%s>" % (NAME, "%02d" % num, send.strftime("%Y%m%d%H%M%S"), dom)
        if "MIME-Version" not in msg:
            msg["MIME-Version"] = "1.0"
        msg["X-Training-Label"] = n["label"]
        msg["X-Training-Deadline"] = deadline
        if n["phishing"]:
            msg["X-Training-Phishing"] = "yes"
        built.append(dict(num=num, idx=idx, n=n, msg=msg, subject=subject, body=body,
                          html=html_body, kind=kind, deadline=deadline, send=send_aware))
    return built


def mboxo_escape(raw):
    lines = raw.split(b"\n")
    out = []
    for ln in lines:
        if ln.startswith(b"From "):
            ln = b">" + ln
        out.append(ln)
    return b"\n".join(out)


def write_mbox(built):
    with open(MBOX, "wb") as fp:
        for b in built:
            buf = io.BytesIO()
            BytesGenerator(buf, mangle_from_=False, maxheaderlen=78).flatten(b["msg"])
            raw = buf.getvalue().replace(b"\r\n", b"\n")
            raw = mboxo_escape(raw)
            utc = b["send"].astimezone(timezone.utc)
            asct = "%s %s %2d %02d:%02d:%02d %d" % (
                ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][utc.weekday()],
                ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][utc.month - 1],
                utc.day, utc.hour, utc.minute, utc.second, utc.year)
            fromline = "From %s %s\n" % (b["n"]["from_addr"], asct)
            fp.write(fromline.encode("ascii"))
            fp.write(raw.rstrip(b"\n") + b"\n\n")


def dec_header(v):
    v = re.sub(r"\r?\n(?=[ \t])", "", v)      # unfold
    return str(make_header(decode_header(v)))


def body_lines(text):
    return len(text.rstrip("\n").split("\n"))


def check(built):
    problems = []
    box = mailbox.mbox(MBOX, create=False)
    msgs = list(box)
    if len(msgs) != len(built):
        problems.append("message count %d != %d" % (len(msgs), len(built)))
    for b, m in zip(built, msgs):
        tag = "#%d" % b["num"]
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[h] is None:
                problems.append(tag + " missing header " + h)
        for h, v in m.items():
            try:
                v.encode("ascii")
            except UnicodeEncodeError:
                problems.append(tag + " raw non-ASCII header " + h)
        lab = m["X-Training-Label"]
        if lab not in LABELS:
            problems.append(tag + " bad label %r" % lab)
        if lab != b["n"]["label"]:
            problems.append(tag + " label changed")
        dl = m["X-Training-Deadline"]
        dt = parsedate_to_datetime(m["Date"])
        if dt != b["send"]:
            problems.append(tag + " date mismatch")
        if (dt.year, dt.month) != (YEAR, MONTH):
            problems.append(tag + " date not in target month")
        if dl != "none":
            try:
                dd = date.fromisoformat(dl)
            except ValueError:
                problems.append(tag + " bad deadline %r" % dl)
                dd = None
            if dd is not None and dd < dt.date():
                problems.append(tag + " deadline before Date")
        if dl != b["deadline"]:
            problems.append(tag + " deadline changed")
        ph = m["X-Training-Phishing"]
        if (ph == "yes") != b["n"]["phishing"]:
            problems.append(tag + " phishing flag mismatch")
        if dec_header(m["Subject"]) != b["subject"]:
            problems.append(tag + " subject mismatch")
        # body
        if b["kind"] == "plain":
            part = m
            expect = b["body"]
        elif b["kind"] == "html":
            part = m
            expect = b["html"]
        else:
            parts = m.get_payload()
            part = parts[0]
            expect = b["body"]
            got_html = parts[1].get_payload(decode=True).decode("utf-8")
            if got_html.replace("\r\n", "\n") != b["html"]:
                problems.append(tag + " html alternative mismatch")
        cs = part.get_content_charset() or "us-ascii"
        got = part.get_payload(decode=True).decode(cs).replace("\r\n", "\n")
        exp_esc = "\n".join((">" + l if l.startswith("From ") else l) for l in expect.split("\n"))
        if got != expect and got != exp_esc:
            problems.append(tag + " body mismatch")
        cte = (part["Content-Transfer-Encoding"] or "").lower()
        if b["n"]["lang"] == "ja" and cte != "base64":
            problems.append(tag + " Japanese body not base64")
        if b["n"]["lang"] != "ja":
            try:
                expect.encode("ascii")
            except UnicodeEncodeError:
                if cte != "quoted-printable":
                    problems.append(tag + " non-ASCII body not QP")
        nl = body_lines(expect)
        if not (8 <= nl <= 40):
            problems.append(tag + " body has %d lines" % nl)
    # mix
    from collections import Counter
    lab = Counter(b["n"]["label"] for b in built if not b["n"]["phishing"])
    nph = sum(1 for b in built if b["n"]["phishing"])
    crit = lab["abuse"] + lab["security-incident"]
    if len(built) != 36:
        problems.append("not 36 notices")
    if nph != 3:
        problems.append("phishing count %d" % nph)
    if crit < 11:
        problems.append("critical %d < 11" % crit)
    if lab["action-required"] < 6:
        problems.append("action-required < 6")
    for k, v in (("maintenance", 3), ("pricing", 2), ("billing", 2),
                 ("informational", 3), ("security-advisory", 1)):
        if lab[k] != v:
            problems.append("%s count %d != %d" % (k, lab[k], v))
    langs = Counter((b["n"]["lang"], b["n"]["phishing"]) for b in built)
    if langs[("ja", False)] != 30 or langs[("en", False)] != 3 or langs[("ja", True)] != 3:
        problems.append("language mix %r" % dict(langs))
    urls = [b["n"]["url"] for b in built]
    if len(set(urls)) != 36:
        problems.append("duplicate source URL")
    return problems, lab, nph


def write_readme(built, lab, nph):
    from collections import Counter
    L = []
    L.append("# Validation batch %s — Japanese cloud/hosting provider notices (%d-%02d)" % (NAME, YEAR, MONTH))
    L.append("")
    L.append("36 labelled e-mail notices in `set-%s.mbox` (mboxo), written by `set_%s.py`." % (NAME, NAME))
    L.append("Each notice follows one public original (URL in the table), rewritten in new words, with")
    L.append("names, IDs, hosts and addresses replaced, and every date moved into November 2028 by one")
    L.append("weekday-preserving offset per notice. Labels are in `X-Training-Label`,")
    L.append("`X-Training-Deadline` and (phishing only) `X-Training-Phishing: yes`.")
    L.append("")
    L.append("Mix: 30 Japanese notices from Japanese providers and the Japanese arms of global ones,")
    L.append("3 English notices, 3 Japanese phishing mails impersonating such providers.")
    L.append("")
    L.append("## Counts (non-phishing)")
    L.append("")
    for k in sorted(lab):
        L.append("- %s: %d" % (k, lab[k]))
    L.append("- critical (abuse + security-incident): %d" % (lab["abuse"] + lab["security-incident"]))
    L.append("- phishing: %d (labelled by what they pretend to be: %s)" % (
        nph, ", ".join(b["n"]["label"] for b in built if b["n"]["phishing"])))
    langs = Counter(b["n"]["lang"] for b in built)
    L.append("- languages: ja %d, en %d" % (langs["ja"], langs["en"]))
    L.append("")
    L.append("## Providers")
    L.append("")
    provs = sorted(set(b["n"]["provider"] for b in built))
    L.append(", ".join(provs))
    L.append("")
    L.append("## Notices")
    L.append("")
    L.append("| # | label | deadline | provider | phishing | language | original URL |")
    L.append("|---|---|---|---|---|---|---|")
    for b in built:
        L.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            b["num"], b["n"]["label"], b["deadline"], b["n"]["provider"],
            "yes" if b["n"]["phishing"] else "no", b["n"]["lang"], b["n"]["url"]))
    L.append("")
    with open(os.path.join(OUTDIR, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    with open(os.path.join(OUTDIR, "used-sources.txt"), "w", encoding="utf-8") as f:
        for b in built:
            f.write(b["n"]["url"] + "\n")


def main():
    built = build()
    write_mbox(built)
    problems, lab, nph = check(built)
    write_readme(built, lab, nph)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
