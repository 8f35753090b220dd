#!/usr/bin/env python3
"""Generate validation batch g61: labelled AWS notices (May 2029).

AWS notices as customers quote them (GitHub issues, blogs, docs banners, AWS
sample repositories), plus Japanese notices rendered as AWS Japan mails.
27 notices (the search budget of the session ran out before 36 originals
could be found that were not already used by other batches).
Standard library only, deterministic.  Writes set-g61.mbox, README.md and
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
from email.headerregistry import Address
from email.message import EmailMessage

OUT = os.path.dirname(os.path.abspath(__file__))

class KeptSections:
    """Writes a README, keeping the sections added once the batch was scored ("## Scored at arrival" on)."""

    def __init__(self, path):
        self.path, self.parts = path, []

    def __enter__(self):
        return self

    def write(self, text):
        self.parts.append(text)

    def __exit__(self, *exc):
        text = "".join(self.parts)
        if os.path.exists(self.path):
            with open(self.path, encoding="utf-8") as fh:
                old = fh.read()
            mark = old.find("\n## Scored at arrival")
            if mark >= 0:
                text = text.rstrip("\n") + "\n\n" + old[mark + 1:]
        with open(self.path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return False

NAME = "g61"
MBOX = os.path.join(OUT, "set-%s.mbox" % NAME)
MONTH = (2029, 5)

LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

JST = dt.timezone(dt.timedelta(hours=9))
CST = dt.timezone(dt.timedelta(hours=8))
PDT = dt.timezone(dt.timedelta(hours=-7))
UTC = dt.timezone.utc

HT = "fff28e910398291af7ba0164b53d85f51c76e65d"      # aws/aws-health-tools
CVDB = "0b1bd859f52a3e336cb9ff2e609fea628828f107"    # wiz-sec/open-cvdb


def gh(repo, commit, path):
    return "https://github.com/%s/blob/%s/%s" % (repo, commit, path)


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
        key + "_zh": "%d年%d月%d日" % (d.year, d.month, d.day),
        key + "_en": "%s %d, %d" % (EN_MON[d.month - 1], d.day, d.year),
        key + "_enw": "%s, %s %d, %d" % (EN_WD[w], EN_MON[d.month - 1], d.day, d.year),
        key + "_iso": d.strftime("%Y-%m-%d"),
        key + "_hm": d.strftime("%H:%M"),
        key + "_rfc": "%s, %d %s %d %s GMT" % (EN_WD[w][:3], d.day, EN_MON[d.month - 1][:3],
                                               d.year, d.strftime("%H:%M:%S")),
        key + "_z": d.strftime("%Y-%m-%dT%H:%M:%SZ"),
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


def add_business_days(d, n):
    while n > 0:
        d += dt.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# --------------------------------------------------------------------------
# the notices
N = []


def notice(**kw):
    kw.setdefault("html", False)
    kw.setdefault("rel", None)
    kw.setdefault("note", "")
    N.append(kw)


AWS = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_JA = ("アマゾン ウェブ サービス", "no-reply-aws@amazon.com")

# ---------------- critical (security-incident) -- Japanese ----------------
notice(
    lang="ja", label="security-incident", phishing=False, provider="AWS (Japan)",
    url="https://qiita.com/AkiyoshiOkano/items/72002409e3be9215ae7e",
    frm=AWS_JA, to="owner@hinata-dev.example",
    subject="AWS アカウントで不規則なアクティビティが検出されました",
    dates={"sd": dt.datetime(2017, 5, 8, 9, 41, tzinfo=JST)},
    deadline=None,
    body="""AWS をご利用のお客様

お客様の AWS アカウント（ID: 4417-2093-8851）において、
不正アクセスの典型的なパターンと一致する、通常とは異なる操作が
確認されました。

アクセスキー AKIA****************QX7L（IAM ユーザー: deploy-s3）と
対応するシークレットキーが、インターネット上の公開リポジトリから
第三者に取得された可能性があります。

直ちにマネジメントコンソールにサインインし、次の点をご確認ください。

 1. すべてのリージョンで、身に覚えのない EC2 インスタンスや
    スポットリクエストが起動していないか
 2. 作成した覚えのない IAM ユーザー、ロール、アクセスキーがないか
 3. 請求ダッシュボードに想定外の利用料金が発生していないか

不要なリソースを削除したうえで、該当のアクセスキーを無効化・削除し、
ルートユーザーのパスワード変更と MFA の有効化を行ってください。
対応が完了しましたら、本件のサポートケースにその旨をご返信ください。

よろしくお願いいたします。
Amazon Web Services""")

notice(
    lang="ja", label="security-incident", phishing=False, provider="AWS (Japan)",
    url="https://qiita.com/koyama9876/items/add70cba3cccdb7fa995",
    frm=AWS_JA, to="kenta.ogawa@sotsuken-lab.example",
    subject="[ケース 4120379856] AWS アカウントの不正利用について（要対応）",
    dates={"sd": dt.datetime(2017, 10, 16, 14, 30, tzinfo=JST)},
    deadline=None,
    body="""小川様

AWS サポートの佐藤です。先ほどお電話を差し上げましたが、
つながりませんでしたので、メールにてご連絡いたします。

お客様のアカウントに紐づく IAM ユーザー「rekognition-dev」の
アクセスキーが GitHub の公開リポジトリに掲載されており、
このキーを使って第三者がリソースを作成していることを確認しました。
現在、すべてのリージョンで EC2 インスタンスが上限まで起動されており、
暗号資産のマイニングに使われている可能性が高い状況です。

被害の拡大を防ぐため、以下を至急実施してください。

 1. 全リージョンで、お客様が作成していない EC2 インスタンスを
    すべて終了する
 2. 該当のアクセスキーを無効化したうえで削除する
 3. キーを含むリポジトリを非公開にするか削除する
 4. 不審な IAM ユーザーやロールが追加されていないか確認する

作業が終わりましたら、このケースに実施内容をご返信ください。
確認後、今回発生した料金の取り扱いについてご案内いたします。

AWS サポート
このケースはサポートセンターからも確認できます。""")

# ---------------- action-required (English) ----------------
notice(
    lang="en", label="action-required", phishing=False, provider="AWS (CodeBuild)",
    url="https://github.com/mozilla-iam/dino-park-front-end/pull/676",
    frm=AWS, to="iam-ops@larkspur-identity.example",
    subject="AWS CodeBuild: build images moving to unsupported status on {un_en}",
    dates={"sd": dt.datetime(2022, 6, 8, 17, 5, tzinfo=UTC), "un": dt.date(2022, 6, 20)},
    deadline="un",
    body="""Hello,

You are receiving this message because at least one build in your
account (312094458861) used one of the following CodeBuild images in
the last 30 days:

  [1] Ubuntu 18.04 - aws/codebuild/standard:3.0
  [2] Amazon Linux 2 - aws/codebuild/amazonlinux2-x86_64-standard:2.0

On {un_en}, CodeBuild will mark these images as unsupported. From
then on they will no longer be cached on the build hosts, and they
will not receive any further updates.

Builds that keep using them will still run, but provisioning will take
noticeably longer. We recommend that you switch your build projects to
the current curated images so you also get recent language runtimes
and tools. The user guide lists the images that are available [3].

If you have questions, please contact AWS Support [4].

[3] https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-available.html
[4] https://aws.amazon.com/support

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", phishing=False, provider="AWS (CodeBuild)",
    url="https://github.com/CloudSnorkel/cdk-github-runners/pull/250",
    frm=AWS, to="platform@quillfeather-ci.example",
    subject="AWS CodeBuild image deprecation notice",
    dates={"sd": dt.datetime(2023, 3, 2, 19, 22, tzinfo=UTC), "un": dt.date(2023, 3, 30)},
    deadline="un",
    body="""Hello,

We are contacting you because account 580127734916 ran at least one
build in the last 30 days on one of these CodeBuild images:

  - Ubuntu standard 5.0 (aws/codebuild/standard:5.0)
  - Amazon Linux 2 ARM standard 1.0
  - Amazon Linux 2 standard 3.0

Beginning {un_en}, these images move to unsupported status. They
will no longer be cached on the build hosts and will not get new
updates. Your builds can keep using them, but expect longer
provisioning times after that date.

Please update your build projects to the latest curated images to pick
up current runtimes and tools. See "Docker images provided by
CodeBuild" in the AWS CodeBuild User Guide for the list of images and
how to change the image of a project.

For questions or concerns, reach out to AWS Support.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="informational", phishing=False, provider="AWS (CodeBuild)",
    url="https://github.com/awslabs/aws-service-catalog-factory/issues/330",
    frm=AWS, to="cloud-team@brambleway-insurance.example",
    subject="Update: AWS CodeBuild notification",
    dates={"sd": dt.datetime(2023, 3, 17, 16, 48, tzinfo=UTC),
           "n1": dt.date(2023, 3, 2), "pl": dt.date(2023, 3, 30)},
    deadline=None,
    body="""Hello,

On {n1_en}, AWS CodeBuild told customers that the Ubuntu 20.04
standard 5.0 image [1] would become deprecated on {pl_en}.

We have reconsidered that decision. The standard 5.0 image will not be
deprecated, and it will keep receiving updates. You can continue to
use it in your build projects; nothing needs to change on your side.

This update only concerns the standard 5.0 image. Information about
other images in the earlier message is unchanged.

If you have any questions or concerns, please reach out to AWS
Support [2].

[1] Platform: Ubuntu 20.04 - Image: aws/codebuild/standard:5.0
[2] https://aws.amazon.com/support

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", phishing=False, provider="AWS (CodeBuild)",
    url="https://github.com/org-formation/org-formation-cli/pull/474",
    frm=AWS, to="aws-root+billing@tidewell-org.example",
    subject="Action recommended: AWS CodeBuild Ubuntu standard 4.0 image",
    dates={"sd": dt.datetime(2023, 3, 3, 18, 10, tzinfo=UTC), "un": dt.date(2023, 3, 30)},
    deadline="un",
    body="""Hello,

In the last 30 days, account 774420918305 ran builds with the Ubuntu
standard 4.0 Docker image [1].

Starting {un_en}, AWS CodeBuild will treat this image as unsupported.
It will no longer be cached on build hosts, so builds that use it will
take longer to provision, and it will not be updated any more.

To keep fast builds and current language runtimes, we recommend that
you move your build projects to the newest build images before that
date. Follow "Docker images provided by CodeBuild" [2] for details.

If you have any questions or concerns, please reach out to AWS
Support [3].

[1] Platform: Ubuntu 18.04 - Image: aws/codebuild/standard:4.0
[2] https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-available.html
[3] https://aws.amazon.com/support

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", phishing=False, provider="AWS (CloudWatch Synthetics)",
    url="https://github.com/fredliporace/cbers-2-stac/issues/107",
    frm=AWS, to="sre@meadowlark-geodata.example",
    subject="[Action Required] Update your CloudWatch Synthetics canaries before {ef_en}",
    dates={"sd": dt.datetime(2025, 4, 3, 21, 14, tzinfo=UTC), "ef": dt.date(2025, 10, 1)},
    deadline="ef",
    html=True,
    body="""Hello,

Because AWS Lambda is deprecating the Python 3.8, Node.js 16.x and
Node.js 18.x runtimes, CloudWatch Synthetics will deprecate the
Synthetics runtimes that are built on those language versions,
effective {ef_en}:

  - Puppeteer runtimes syn-nodejs-puppeteer-7.0 and earlier
  - Selenium runtimes syn-python-selenium-3.0 and earlier

After {ef_en}, canaries that are already running on these versions
keep running without interruption. However, you will not be able to
change their code or configuration until you move them to a supported
runtime. New canaries are always created on a supported version.

Your affected canaries are listed on the 'Affected resources' tab of
the AWS Health Dashboard for account 205517640392 (us-east-1).

To keep monitoring without gaps, update your canaries to
syn-nodejs-puppeteer-9.1 or later (Puppeteer) or
syn-python-selenium-5.0 or later (Selenium) at your earliest
convenience.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", phishing=False, provider="AWS (Amazon RDS)",
    url="https://github.com/SummitRoute/aws_breaking_changes/pull/134",
    frm=AWS, to="dba-team@saltmarsh-retail.example",
    subject="Amazon RDS Performance Insights end of life on {eol_en}",
    dates={"sd": dt.datetime(2025, 7, 3, 15, 30, tzinfo=UTC), "eol": dt.date(2025, 11, 30)},
    deadline="eol",
    body="""Hello,

Performance Insights will reach end of life on {eol_en}. From that
date, Amazon RDS will no longer offer the Performance Insights console
experience, the flexible retention periods of 1 to 24 months, or the
pricing that goes with them.

The Performance Insights API stays available with no change in price.
Its charges will appear on your bill together with CloudWatch Database
Insights.

Account 918266034571 has DB instances that use the paid tier of
Performance Insights, for example:
  orders-prod-1 (eu-west-1)

We recommend upgrading these instances to the Advanced mode of
Database Insights before {eol_en}. If you take no action, they will
fall back to the Standard mode of Database Insights, where you may lose
performance history older than 7 days and may not be able to use
execution plans and on-demand analysis in the RDS console.

See "Turning on the Advanced mode of Database Insights for Amazon RDS"
in the Amazon RDS User Guide for the steps.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", phishing=False, provider="AWS (AWS CLI)",
    url="https://docs.aws.amazon.com/cli/v1/reference/ssm-sap/index.html",
    frm=AWS, to="devtools@cobaltfern-analytics.example",
    subject="AWS CLI v1 end of support on {eos_en}",
    dates={"sd": dt.datetime(2026, 8, 5, 17, 0, tzinfo=UTC),
           "mm": dt.date(2026, 8, 5), "eos": dt.date(2027, 7, 15)},
    deadline="eos",
    html=True,
    body="""Hello,

As of {mm_en}, version 1 of the AWS Command Line Interface (AWS CLI
v1) is in maintenance mode. It will reach end of support on
{eos_en}.

What maintenance mode means for you:
  - New releases of AWS CLI v1 only contain fixes for critical bugs and
    security issues.
  - AWS CLI v1 will not get API updates for new or existing services.
  - It will not be updated to support new AWS Regions.

After {eos_en}, AWS CLI v1 will no longer receive any updates.

We recommend that you move your scripts and pipelines to AWS CLI
version 2 before the end of support. The installation instructions and
the migration guide for AWS CLI v2 explain the differences between the
two versions and how to switch.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", phishing=False, provider="AWS (Lookout for Vision)",
    url="https://docs.aws.amazon.com/lookout-for-vision/latest/developer-guide/su-awscli-sdk.html",
    frm=AWS, to="vision-qa@ironbark-manufacturing.example",
    subject="Amazon Lookout for Vision: end of support on {eos_en}",
    dates={"sd": dt.datetime(2024, 10, 10, 16, 0, tzinfo=UTC), "eos": dt.date(2025, 10, 31)},
    deadline="eos",
    body="""Hello,

We are writing because account 662093187450 has used Amazon Lookout
for Vision in the last 12 months.

AWS will discontinue support for Amazon Lookout for Vision on
{eos_en}. After that date you will no longer be able to open the
Lookout for Vision console or access any Lookout for Vision resources,
including your projects, datasets and trained models.

Until then, the service keeps working as it does today. We recommend
that you plan the move of your defect-detection workloads to another
solution before {eos_en}, and that you export any data you want to
keep. The AWS blog post on this change describes the alternatives.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", phishing=False, provider="AWS (RoboMaker)",
    url="https://docs.aws.amazon.com/robomaker/latest/dg/chapter-security.html",
    frm=AWS, to="sim-team@pebblecreek-robotics.example",
    subject="End of support notice: AWS RoboMaker",
    dates={"sd": dt.datetime(2024, 9, 10, 17, 45, tzinfo=UTC), "eos": dt.date(2025, 9, 10)},
    deadline="eos",
    body="""Hello,

AWS will discontinue support for AWS RoboMaker on {eos_en}.

After {eos_en}, you will no longer be able to access the AWS
RoboMaker console or any AWS RoboMaker resources in account
390417726654, such as simulation applications, simulation jobs and
worlds.

If you run containerized robot simulations, we recommend that you move
them to AWS Batch before that date. An AWS blog post walks through the
transition, including how to build and publish your simulation images
to Amazon ECR and run them as Batch jobs.

Please export anything you want to keep before {eos_en}.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", phishing=False, provider="AWS (Amazon Pinpoint)",
    url="https://docs.aws.amazon.com/de_de/pinpoint-sms-voice/latest/APIReference/doc-history.html",
    frm=AWS, to="crm-engineering@harborgate-travel.example",
    subject="Amazon Pinpoint end of support",
    dates={"sd": dt.datetime(2025, 5, 20, 18, 0, tzinfo=UTC), "eos": dt.date(2026, 10, 30)},
    deadline="eos",
    html=True,
    body="""Hello,

AWS will end support for Amazon Pinpoint on {eos_en}.

After {eos_en}, you will no longer be able to access the Amazon
Pinpoint console or Amazon Pinpoint resources such as endpoints,
segments, campaigns, journeys and analytics. Account 145508829376 has
Pinpoint projects in us-west-2 and eu-central-1.

Not affected by this change: the APIs for SMS, voice, mobile push,
OTP and phone number validation. These continue to be supported under
AWS End User Messaging.

We recommend that you move your engagement workloads to another
solution and export any campaign or journey data you need before
{eos_en}. The "Amazon Pinpoint end of support" page lists the
options.

Sincerely,
Amazon Web Services""")

# ---------------- pricing (Japanese rendering of an English original) -----
notice(
    lang="ja", label="pricing", phishing=False, provider="AWS (Japan, AWS Support)",
    url="https://docs.aws.amazon.com/awssupport/latest/user/about-support-api.md",
    frm=AWS_JA, to="infra-admin@kusunoki-shoji.example",
    subject="【AWS サポート】Enterprise On-Ramp から Enterprise Support へのアップグレードのお知らせ",
    dates={"sd": dt.datetime(2026, 8, 3, 10, 0, tzinfo=JST),
           "up": dt.date(2026, 9, 1), "dc": dt.date(2027, 1, 1)},
    deadline="up",
    body="""AWS をご利用のお客様

平素より AWS サポートをご利用いただきありがとうございます。

AWS は {dc_jp} をもって Enterprise On-Ramp サポートプランの
提供を終了します。これに伴い、Enterprise On-Ramp をご利用の
お客様は、契約更新時または定期的な一括移行により、順次
AWS Enterprise Support へアップグレードされます。

お客様のアカウント（ID: 508812260433）は、{up_jpw} に
Enterprise Support へ自動的にアップグレードされる予定です。
同日以降のサポート料金は、Enterprise Support の料金体系に
基づいて請求されます。

Enterprise Support では、専任のテクニカルアカウントマネージャー
（TAM）をはじめとする追加のサービスをご利用いただけます。

今回のアップグレードにあたり、お客様側での作業は不要です。
料金の詳細は AWS サポートプランのページをご確認ください。

アマゾン ウェブ サービス ジャパン合同会社""")

# ---------------- action-required (Japanese, AWS Japan docs banners) ------
notice(
    lang="ja", label="action-required", phishing=False, provider="AWS (Japan, Elastic Transcoder)",
    url="https://docs.aws.amazon.com/ja_jp/elastictranscoder/latest/developerguide/api-reference.html",
    frm=AWS_JA, to="video-ops@sakuranami-media.example",
    subject="【サポート終了のお知らせ】Amazon Elastic Transcoder（{eos_jp}）",
    dates={"sd": dt.datetime(2024, 11, 13, 11, 0, tzinfo=JST), "eos": dt.date(2025, 11, 13)},
    deadline="eos",
    body="""Amazon Elastic Transcoder をご利用のお客様

AWS は {eos_jpw} をもって Amazon Elastic Transcoder の
サポートを終了いたします。

■終了後の影響
 {eos_md}以降は、Elastic Transcoder のコンソールおよび
 パイプライン、ジョブ、プリセットなどのリソースに
 アクセスできなくなります。

■対象
 アカウント ID: 233104957716
 リージョン: アジアパシフィック（東京）

■お客様にお願いしたいこと
 サポート終了日までに、動画変換のワークフローを
 AWS Elemental MediaConvert へ移行してください。
 移行手順はブログ記事「Elastic Transcoder から MediaConvert への
 ワークフロー移行方法」で詳しくご紹介しています。

ご不明な点は AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス ジャパン合同会社""")

notice(
    lang="ja", label="action-required", phishing=False, provider="AWS (Japan, Elemental MediaStore)",
    url="https://docs.aws.amazon.com/ja_jp/mediastore/latest/ug/policies-object-lifecycle-examples.html",
    frm=AWS_JA, to="stream-eng@hoshimachi-live.example",
    subject="AWS Elemental MediaStore サポート終了に関するご案内",
    dates={"sd": dt.datetime(2024, 11, 13, 15, 30, tzinfo=JST), "eos": dt.date(2025, 11, 13)},
    deadline="eos",
    body="""AWS Elemental MediaStore をご利用のお客様

AWS は {eos_jp} に AWS Elemental MediaStore のサポートを
終了します。

{eos_jp}以降、MediaStore コンソールおよび MediaStore の
リソース（コンテナ、オブジェクト、ライフサイクルポリシー等）へは
アクセスできなくなります。

お客様のアカウント（ID: 870026145391）には、現在も次の
コンテナが存在します。
 ・live-origin-tokyo（ap-northeast-1）

配信のオリジンとして MediaStore をご利用の場合は、終了日までに
他のストレージやオリジンへの切り替えをご検討ください。
代替構成の例と移行の詳細は、AWS ブログの記事でご紹介しています。

必要なデータは、サポート終了前に必ずエクスポートしてください。

アマゾン ウェブ サービス ジャパン合同会社""")

notice(
    lang="ja", label="action-required", phishing=False, provider="AWS (Japan, AWS SDK for Java)",
    url="https://docs.aws.amazon.com/ja_jp/sdk-for-java/v1/developer-guide/basics.html",
    frm=AWS_JA, to="backend@tsubame-pay.example",
    subject="AWS SDK for Java 1.x のサポート終了（{eos_jp}）について",
    dates={"sd": dt.datetime(2025, 1, 13, 10, 30, tzinfo=JST), "eos": dt.date(2025, 12, 31)},
    deadline="eos",
    body="""AWS SDK for Java をご利用のお客様

AWS SDK for Java 1.x は {eos_jpw} にサポート終了
（end-of-support）を迎えます。

サポート終了後は、1.x 系に対する新機能の追加、可用性の改善、
セキュリティ更新のいずれも提供されなくなります。
これまでに公開されたバージョンは引き続き入手できますが、
今後見つかる不具合や脆弱性は修正されません。

お客様のアカウント（ID: 631905274418）からは、直近 30 日間に
AWS SDK for Java 1.x を使用した API 呼び出しが確認されています。

新機能、可用性の向上、セキュリティ更新を引き続き受けるため、
サポート終了日までに AWS SDK for Java 2.x への移行を
お願いいたします。移行ガイドでは、1.x と 2.x の主な違いと
書き換えの手順をご案内しています。

アマゾン ウェブ サービス ジャパン合同会社""")

# ---------------- action-required (Chinese, AWS China docs banner) --------
notice(
    lang="zh", label="action-required", phishing=False, provider="AWS (China docs, Amazon Lex)",
    url="https://docs.aws.amazon.com/zh_cn/lex/latest/dg/API_MigrationAlert.md",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="bot-dev@qingyun-kefu.example",
    subject="终止支持通知：Amazon Lex V1 将于{eos_zh}停止支持",
    dates={"sd": dt.datetime(2024, 9, 13, 10, 0, tzinfo=CST), "eos": dt.date(2025, 9, 15)},
    deadline="eos",
    body="""尊敬的 AWS 客户：

AWS 将于{eos_zh}停止对 Amazon Lex V1 的支持。

{eos_zh}之后，您将无法再访问 Amazon Lex V1 控制台，
也无法访问任何 Amazon Lex V1 资源（包括机器人、意图和槽类型）。

您的账户（ID：409718233560）目前仍有以下 Lex V1 机器人：
  OrderHelper（us-east-1）

建议您在上述日期之前，使用控制台中的迁移工具将机器人迁移到
Amazon Lex V2。迁移过程中，Lex 会以警报形式提示需要您手动
处理的问题：ERROR 类警报会使迁移停止，WARN 类警报表示迁移
会继续，但需要您在新的 V2 机器人中手动调整。

如果您已经在使用 Amazon Lex V2，请参阅 Amazon Lex V2 开发人员指南。

此致
Amazon Web Services""")

# ---------------- informational ----------------
notice(
    lang="en", label="informational", phishing=False, provider="AWS (Migration Hub)",
    url="https://docs.aws.amazon.com/migrationhub/latest/launchguide/doc-history.html",
    frm=AWS, to="cloud-migration@fernhollow-bank.example",
    subject="AWS Migration Hub availability change",
    dates={"sd": dt.datetime(2025, 10, 7, 16, 20, tzinfo=UTC), "cl": dt.date(2025, 11, 7)},
    deadline=None,
    body="""Hello,

We are letting you know about a change to AWS Migration Hub.

Starting {cl_en}, AWS Migration Hub will no longer be open to new
customers. Accounts that do not use Migration Hub before that date
will not be able to start using it.

Your account (587734102096) already uses Migration Hub, so you can
keep using it as you do today, including the Migration Launch Guide.
No action is needed from you.

If you are planning new migrations and want capabilities similar to
Migration Hub, we invite you to explore AWS Transform.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="informational", phishing=False, provider="AWS (Support)",
    url="https://github.com/ministryofjustice/cloud-platform/issues/4264",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="platform-support@bluewharf-gov.example",
    subject="RE: [CASE 11384027715] Notification",
    dates={"sd": dt.datetime(2022, 11, 28, 14, 2, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

Thank you for your time on the case today.

I understand that you would like AWS notifications, in particular
scheduled instance retirement events, to reach your Slack channel
instead of only the account email address, so that they are not
missed.

There are two approaches I can suggest:

1. Create an Amazon EventBridge rule that matches AWS Health events
   (source "aws.health") and send them to AWS Chatbot, which posts
   them to the Slack channel you configure.

2. Deploy the AWS Health Aware (AHA) solution, which collects Health
   events across your accounts and forwards them to Slack, Microsoft
   Teams, email or other endpoints.

Both options work with your current EKS node groups and do not change
how AWS sends its emails. I have included links to the documentation
for each approach in the case correspondence.

Please let me know if anything is unclear. If I do not hear back, this
case will close automatically in a few days.

Best regards,
Amazon Web Services""")

# ---------------- billing ----------------
notice(
    lang="en", label="billing", phishing=False, provider="AWS (Billing)",
    url="https://github.com/superluminar-io/mavm/issues/16",
    frm=AWS, to="aws-accounts+sandbox17@northpine-labs.example",
    subject="Amazon Web Services Account Alert",
    dates={"sd": dt.datetime(2021, 1, 21, 8, 35, tzinfo=UTC)},
    deadline=None,
    body="""Greetings from Amazon Web Services,

We were unable to verify the default payment method on your AWS
account (ID 201974481325).

Until a payment method can be verified, payments for this account may
fail and your use of AWS services could be interrupted. Some actions,
such as creating CloudFormation stacks, may already be refused.

What you can do:
  1. Contact your bank to find out why the verification did not go
     through, for example because of a block on international charges.
  2. Sign in to the Billing and Cost Management console and open the
     Payment methods page to verify the card again.
  3. Alternatively, add another card and make it the default.

If you have already done this, you can ignore this message.

Sincerely,
Amazon Web Services""")

# ---------------- maintenance ----------------
notice(
    lang="en", label="maintenance", phishing=False, provider="AWS (Direct Connect)",
    url=gh("aws/aws-health-tools", HT, "dx-maintenance-notifier/README.md"),
    frm=AWS, to="neteng@copperleaf-logistics.example",
    subject="[Scheduled] AWS Direct Connect planned maintenance",
    dates={"sd": dt.datetime(2017, 6, 22, 20, 0, tzinfo=UTC),
           "ws": dt.datetime(2017, 7, 6, 8, 30), "we": dt.datetime(2017, 7, 6, 12, 30)},
    deadline="ws",
    body="""Hello,

We have scheduled maintenance on an AWS Direct Connect router in
Seattle, WA. While the maintenance is in progress, the Direct Connect
services listed below may be unavailable.

The work is planned so that redundant connections are not taken down
at the same time.

Region: us-west-2
Account Id: 486620173359

Affected resources:
  dxcon-fg5x2k1m
  dxvif-ffq9r04t

Start time: {ws_rfc}
End time:   {we_rfc}

If your connection still has problems after the end of the window,
please contact us at https://aws.amazon.com/support. You can also
follow this event on your AWS Health Dashboard.

Sincerely,
Amazon Web Services""")

# ---------------- action-required, AWS Health issue events ----------------
notice(
    lang="en", label="action-required", phishing=False, provider="AWS (EC2 / AWS Health)",
    url=gh("aws/aws-health-tools", HT,
           "automated-actions/AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED/README.md"),
    frm=AWS, to="ops@juniperhill-games.example",
    subject="AWS Health Event: EC2 instance store drive performance degraded",
    dates={"sd": dt.datetime(2016, 6, 5, 6, 27, 57, tzinfo=UTC),
           "st": dt.datetime(2016, 6, 5, 5, 10, 9)},
    deadline=None,
    body="""Hello,

EC2 has detected degraded performance on one or more of the physical
storage drives behind the instance store volumes of your Amazon EC2
instance. Because of this, some instance store volumes may stop
responding or perform poorly.

Event type: AWS_EC2_INSTANCE_STORE_DRIVE_PERFORMANCE_DEGRADED
Category:   issue
Region:     us-west-2
Account:    519063387214
Start time: {st_rfc}

Affected resource:
  i-0c7a41be92d35f018 (tags: stage=prod, app=matchmaker)

Data on instance store volumes does not survive a stop or terminate.
We recommend that you copy any data you need from these volumes, then
stop and start the instance, or replace it, so that it moves to
healthy hardware.

You can see this event in your AWS Health Dashboard.

Sincerely,
Amazon Web Services""")

notice(
    lang="en", label="action-required", phishing=False, provider="AWS (EBS / AWS Health)",
    url=gh("aws/aws-health-tools", HT, "automated-actions/AWS_EBS_VOLUME_LOST/readme.md"),
    frm=AWS, to="infra@wattlegrove-health.example",
    subject="AWS Health Event: Amazon EBS volume lost",
    dates={"sd": dt.datetime(2017, 2, 7, 0, 55, 52, tzinfo=UTC)},
    deadline=None,
    body="""Hello,

The hardware underlying one of your Amazon EBS volumes has failed, and
the data that was stored on the volume cannot be recovered.

Event type: AWS_EBS_VOLUME_LOST
Category:   issue
Region:     ap-southeast-2
Account:    608215530947
Start time: {sd_rfc}

Affected resource:
  vol-0a93e6c1d47b2f580 (root volume of i-05d1c8e7a2b9f3316)

If you have an EBS snapshot of this volume, please restore the volume
from your most recent snapshot and attach it to the instance. If the
volume was the root device, launch or recover the instance from the
snapshot or from your latest AMI.

If no snapshot exists, the data on this volume is lost. We recommend
regular snapshots, for example with Amazon Data Lifecycle Manager.

Sincerely,
Amazon Web Services""")

# ---------------- security-advisory ----------------
notice(
    lang="en", label="security-advisory", phishing=False, provider="AWS (Security Bulletin)",
    url=gh("wiz-sec/open-cvdb", CVDB, "vulnerabilities/aws-team-cve-2025-1969.yaml"),
    frm=("AWS Security", "aws-security-bulletins@amazon.com"), to="iam-admins@rowanfield-edu.example",
    subject="AWS Security Bulletin AWS-2029-004: Temporary Elevated Access Management (TEAM)",
    dates={"sd": dt.datetime(2025, 3, 4, 19, 0, tzinfo=UTC)},
    deadline=None,
    body="""Security Bulletin: AWS-2029-004
CVE: CVE-2029-1969
Publication date: {sd_en}

Temporary Elevated Access Management (TEAM) is an open-source
solution that works with AWS IAM Identity Center to grant time-bound
elevated access.

We have identified an input validation issue in TEAM versions before
1.2.2. An authenticated user could modify a valid access request and
make it appear to have been approved, gaining elevated access that was
not granted by an approver.

AWS has released TEAM version 1.2.2, which fixes this issue. We
recommend that customers who deployed TEAM upgrade to the latest
release, following the "Update TEAM solution" section of the TEAM
documentation.

To check whether you are affected, look at the version of your TEAM
deployment, and review elevated access requests in IAM Identity
Center for approvals you do not expect.

Please contact aws-security@amazon.com with any security questions.""")

notice(
    lang="en", label="security-advisory", phishing=False, provider="AWS (Security Bulletin)",
    url=gh("wiz-sec/open-cvdb", CVDB, "vulnerabilities/aws-transit-gateway-peering-flaw.yaml"),
    frm=("AWS Security", "aws-security-bulletins@amazon.com"), to="network-sec@elmstead-telecom.example",
    subject="Security update: AWS Transit Gateway peering attachments",
    dates={"sd": dt.datetime(2024, 9, 12, 17, 30, tzinfo=UTC),
           "rp": dt.date(2024, 7, 25), "fx": dt.date(2024, 8, 7)},
    deadline=None,
    body="""Hello,

On {rp_en}, a security researcher reported an issue in AWS Transit
Gateway peering attachments to AWS. Under certain conditions, a
cross-Region peering request could be accepted without the approval
step that the owner of the peer transit gateway is meant to perform.

AWS deployed a fix to all Regions on {fx_en}. Peering requests now
always require acceptance by the owner of the peer transit gateway.
No customer action is required to receive the fix.

As an extra safeguard, you can use service control policies to deny
AcceptTransitGatewayPeeringAttachment for accounts outside your
organization, and monitor AWS CloudTrail for that API call and for
unexpected state changes of your peering attachments.

We thank the researcher for working with us on coordinated disclosure.

Sincerely,
AWS Security""")

# ---------------- phishing (Amazon impersonation) ----------------
notice(
    lang="en", label="billing", phishing=True, provider="Amazon (impersonated)",
    url="https://github.com/Phishing-Database/phishing/pull/520",
    frm=("Amazon", "account-alert@amazon-charge-review.example"), to="martina.lowe@kestrelmail.example",
    subject="Unusual charge on your Amazon account",
    dates={"sd": dt.datetime(2024, 11, 29, 13, 6, tzinfo=PDT)},
    deadline=None,
    body="""Hello,

We noticed an unusual charge on your Amazon account and have put it
on hold for review.

  Amount:      $489.99
  Merchant:    Amazon Marketplace
  Card ending: 4417
  Date:        {sd_en}

If you made this purchase, no further action is needed.

If you do not recognize this charge, please confirm your account and
payment details now so that we can cancel it and protect your card:

  https://amazoncvo.example/review?ref=ZQ7-20431

Thank you for shopping with us.
Amazon Customer Service""")

notice(
    lang="en", label="billing", phishing=True, provider="Amazon (impersonated)",
    url="https://github.com/Phishing-Database/phishing/pull/497",
    frm=("AMAZ0N", "orders@amaz0n-order-update.example"), to="d.okafor@lindenbay.example",
    subject="[AMAZ0N] Your order has been adjusted by the seller",
    dates={"sd": dt.datetime(2024, 10, 11, 9, 52, tzinfo=PDT)},
    deadline=None,
    body="""[AMAZ0N]

Dear customer,

There was a problem with an item you recently purchased, and the
seller has adjusted your order. The adjustment may change the amount
charged to your payment method.

  Order number: 114-2096731-5588204
  Status:       Adjusted by seller

Please check the details of the change and confirm your payment
information:

  https://amazonaiy.example/?hui=xdPNDLBFNj

If you do not review the adjustment, your order may be cancelled.

Amazon.com""")


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
    if n["html"]:
        lines = "<br>\n".join(html.escape(line).replace("  ", "&nbsp; ") for line in body.split("\n"))
        doc = ("<html><head><meta charset=\"utf-8\"></head><body>"
               "<div style=\"font-family:Arial,sans-serif;font-size:14px\">\n%s\n</div></body></html>\n"
               % lines)
        msg.add_alternative(doc, subtype="html", charset="utf-8", cte=cte)
        msg.set_boundary("=_%s_%s" % (NAME, h[:24]))
    return msg, date, subject, body, dl


def resolve_relative(date, rel):
    kind, n = rel
    if kind == "days":
        return date.date() + dt.timedelta(days=n)
    if kind == "bdays":
        return add_business_days(date.date(), n)
    if kind == "hours24":
        return date.date() + dt.timedelta(days=1)
    raise ValueError(kind)


def main():
    problems = []
    if not 24 <= len(N) <= 36:
        problems.append("expected 24-36 notices, got %d" % len(N))
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
                d = dt.date.fromisoformat(dl)
                if d < date.date():
                    problems.append("#%d deadline %s before date %s" % (i, dl, date))
            except ValueError:
                problems.append("#%d bad deadline %s" % (i, dl))
        if n["rel"]:
            want = resolve_relative(date, n["rel"]).isoformat()
            if want != dl:
                problems.append("#%d relative deadline %s resolves to %s" % (i, dl, want))
        if n["label"] in ("informational", "billing", "security-advisory") and dl != "none" \
                and not n["phishing"]:
            problems.append("#%d %s with a deadline" % (i, n["label"]))
        nlines = len(body.split("\n"))
        if not 8 <= nlines <= 40:
            problems.append("#%d body has %d lines" % (i, nlines))
        if "{" in body or "}" in body or "{" in subject:
            problems.append("#%d unformatted placeholder" % i)
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URLs")
    shared = os.path.join(os.path.dirname(OUT), "used-sources.txt")
    own = set(urls)
    if os.path.exists(shared):
        with open(shared, encoding="utf-8") as fh:
            prior = [l.strip() for l in fh if l.strip()]
        # the batch's own URLs may already have been appended by an earlier run
        prior_set = set(prior)
        mine_appended = all(u in prior_set for u in urls)
        if not mine_appended:
            for u in urls:
                if u in prior_set:
                    problems.append("source already used: %s" % u)

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
    phish_labels = {}
    langs = {}
    for idx, (m, (n, _, date, subject, body, dl)) in enumerate(zip(msgs, built), 1):
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if m[hname] is None:
                problems.append("#%d missing header %s" % (idx, hname))
        raw_headers = m.as_bytes().split(b"\n\n", 1)[0]
        try:
            raw_headers.decode("ascii")
        except UnicodeDecodeError:
            problems.append("#%d non-ASCII bytes in headers" % idx)
        if str(m["Subject"]) != subject:
            problems.append("#%d subject mismatch" % idx)
        if email.utils.parsedate_to_datetime(str(m["Date"])) != date:
            problems.append("#%d date mismatch" % idx)
        if str(m["X-Training-Label"]) != n["label"] or str(m["X-Training-Label"]) not in LABELS:
            problems.append("#%d label mismatch" % idx)
        if str(m["X-Training-Deadline"]) != dl:
            problems.append("#%d deadline mismatch" % idx)
        ph = m["X-Training-Phishing"]
        if bool(ph) != n["phishing"] or (ph and str(ph) != "yes"):
            problems.append("#%d phishing header mismatch" % idx)
        part = m.get_body(preferencelist=("plain",))
        if part is None or part.get_content().rstrip("\n") != body.rstrip("\n"):
            problems.append("#%d body mismatch" % idx)
        cte = str(part["Content-Transfer-Encoding"]).lower() if part is not None else ""
        if n["lang"] in ("ja", "zh") and cte != "base64":
            problems.append("#%d CJK body not base64" % idx)
        if n["lang"] not in ("ja", "zh") and cte != "quoted-printable":
            problems.append("#%d body not quoted-printable" % idx)
        if n["html"] and m.get_content_type() != "multipart/alternative":
            problems.append("#%d expected multipart/alternative" % idx)
        if n["phishing"]:
            phishing += 1
            phish_labels[n["label"]] = phish_labels.get(n["label"], 0) + 1
        else:
            counts[n["label"]] = counts.get(n["label"], 0) + 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1

    crit = counts.get("abuse", 0) + counts.get("security-incident", 0)
    if langs.get("ja", 0) != 6:
        problems.append("Japanese notices: %d != 6" % langs.get("ja", 0))

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
    all_counts = dict(counts)
    for k, v in phish_labels.items():
        all_counts[k + " (phishing)"] = v
    readme = """# Batch {name}: May 2029, AWS notices of every kind (customer-quoted), plus Japanese notices

{count} labelled e-mail notices in `set-{name}.mbox` (mboxo), written by `set_{name}.py`
(Python 3, standard library only, deterministic).
Each notice follows one public original (see the table), moved into May 2029
by a weekday-preserving day offset applied to all of its dates, with names, ids,
account numbers, hosts and customer domains replaced (`.example`) and every sentence rewritten.

Labels are in `X-Training-Label`, `X-Training-Deadline` and, on phishing mails only,
`X-Training-Phishing: yes` (phishing mails are labelled by what they pretend to be).

**Short batch: {count} notices instead of 36.** The session's search budget (40 look-ups)
was spent before 36 originals could be found that were not already listed in
`/work/blind/used-sources.txt`: for this theme almost every customer-quoted AWS abuse,
exposed-key, SES, retirement, Free Tier and billing mail that the search returned had
already been used by earlier batches. The critical share is therefore far below the
target of about 12.

## Counts

- by label (phishing counted apart): {counts}
- phishing: {phishing} ({phish})
- critical (abuse + security-incident, without phishing): {crit}
- languages: {langs}
- multipart/alternative (plain + HTML): {nhtml}; the rest text/plain. Japanese and Chinese
  bodies are base64, all others quoted-printable.

## Providers

{providers}

## Notes on the originals

- #1 and #2 follow Japanese blog posts (Qiita) by customers whose leaked access keys were
  abused; #1 quotes the AWS warning in Japanese, #2 describes the AWS support call and the
  instructions given. Both are written as AWS mails in Japanese (AWS Japan customer language).
- #3-#8 and #19-#20 follow AWS mails pasted by customers into GitHub issues and pull requests.
  #5 is the follow-up mail in which AWS withdrew the CodeBuild standard 5.0 deprecation.
- #9-#12, #14-#18 follow end-of-support and availability banners on AWS documentation pages
  (docs.aws.amazon.com, including the ja_jp, zh_cn and de_de pages, whose banner text is the
  notice itself). #13 follows the end-of-support notices for AWS Support plans on the AWS
  Support user guide page (the notice about the automatic Enterprise On-Ramp upgrade),
  rendered in Japanese as an AWS Japan mail; the original is English.
- #17 is Chinese because its original page is the zh_cn documentation page.
- #21-#23 follow the sample notification and event descriptions in the public
  aws/aws-health-tools repository (read with git at commit {ht}).
- #24-#25 follow entries of the public wiz-sec/open-cvdb repository (commit {cvdb}); #24
  follows AWS security bulletin AWS-2025-004 (renumbered AWS-2029-004 here), #25 a provider-side fix without customer action.
- #26-#27 are Amazon.com smishing lures reported in Phishing-Database/phishing (the texts are
  quoted in the pull requests), rendered as e-mails; they impersonate Amazon retail, not AWS,
  because no unused AWS-themed phishing sample could be found within the budget
  (rf-peixoto/phishing_pot was scanned in full and holds no AWS lure).

## Table

| # | label | deadline | provider | phishing | language | original URL |
|---|-------|----------|----------|----------|----------|--------------|
{rows}
""".format(name=NAME, count=len(N),
           counts=", ".join("%s %d" % (k, counts[k]) for k in sorted(counts)),
           phishing=phishing,
           phish=", ".join("%s %d" % (k, v) for k, v in sorted(phish_labels.items())),
           crit=crit,
           langs=", ".join("%s %d" % (lang_name[k], v) for k, v in sorted(langs.items())),
           nhtml=sum(1 for n in N if n["html"]),
           providers="\n".join("- " + p for p in providers),
           ht=HT, cvdb=CVDB,
           rows="\n".join(rows))
    with KeptSections(os.path.join(OUT, "README.md")) as fh:
        fh.write(readme)

    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
