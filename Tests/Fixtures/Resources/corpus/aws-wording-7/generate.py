#!/usr/bin/env python3
"""Generate the `aws-wording-7` batch of the labelled notice corpus.

Standard library only, deterministic. Run from anywhere:

    python3 Tests/Fixtures/Resources/corpus/aws-wording-7/generate.py

40 cloud-provider notices, 31 of them from AWS: twelve critical notices (abuse
and security incidents), eight of them under a subject that does not say what
happened ('FW: AWS notice about instance ...', 'AWS Notification Message',
'Your AWS account ...: please contact AWS Support', a Japanese 'ご利用状況に関する
ご確認のお願い', a CloudFront distribution ID, a Support case number, a Sakura
'ご契約サービスに関する重要なお知らせ', 'About your Netlify site ...'), one of them a
follow-up that repeats an earlier report; twelve action-required notices (two
with an [Action Required]-style marker, one a reminder, one forwarded inline,
one HTML only, one phishing mail); five maintenance, three pricing, three
billing (one phishing mail), three informational notices (two of them news
about deadlines and security) and two security advisories (one HTML only).
Providers besides AWS: Google Cloud, SAKURA internet, Netlify, Supabase, KDDI,
Zenlogic and Akamai (Linode). Thirteen notices are in Japanese.

Every message is written in our own words after the shape of a real, public
notice (the `source` of each label).  Each label was decided by reading the
message; the project's classifier was neither run nor read.

Writing the files, labels.json and README.md, the per-message checks and the
source bookkeeping are shared with the other batches (corpus_common.py, with
the options aws-wording-4 to -6 use: sender domains, catalogue services,
sources used by no earlier batch, generate.py files included); so are the
message fields these checks read, the counting of the promised mix and main()
(corpus_common.WordingBatch) and the loading of a sibling batch's generate.py
(corpus_common.load_sibling).  The per-message
checks of aws-wording-5 (deadline and timeline dates written in the text and
after the Date, 'body only' subjects, failing authentication of phish,
forwards) and of aws-wording-6 (a wider list of critical words kept out of a
'body only' subject, the stock words kept out of its text, relative deadlines
computed from the Date header) and the sender table come from
../aws-wording-6/generate.py, loaded the way aws-wording-6 loads its siblings;
importing it builds that batch's messages in memory and writes nothing.  MIME
building and Authentication-Results come from the parent folder's generate.py.
On top of those this script checks the mix the batch promises and that a
reminder says it repeats an earlier notice.  It exits 1 on any mismatch.
"""
import functools
import json
import os
import re
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ in the corpus or sibling folders
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_common as common        # noqa: E402  (labels, writing and checking)
import generate as base               # noqa: E402  (MIME helpers)
from generate import TO_BILL, TO_JA, TO_OPS, TO_ROOT, TO_SEC  # noqa: E402
from corpus_common import fwd_block, health_arn  # noqa: E402

w6 = common.load_sibling("aws-wording-6")     # loads aws-wording-4 and -5 in turn
_own_checks = w6.w5._own_checks          # deadline/timeline dates, body-only subjects, phish, forwards
_more_checks = w6._more_checks           # wider subject list, stock words, relative deadlines
MARKER_RE = w6.MARKER_RE

# Providers of this batch and their sending domains (a copy: the sibling's table is not
# changed); the label constructor checks a label's provider against it and the sender
# check reads the domains from it.
PROVIDER_DOMAINS = dict(w6.PROVIDER_DOMAINS)
for _p, _d in [("netlify", ("netlify.com",)), ("supabase", ("supabase.com", "supabase.io")),
               ("kddi", ("kddi.com",)), ("zenlogic", ("zenlogic.jp",)),
               ("sakura-internet", ("sakura.ad.jp",)), ("linode", ("linode.com", "akamai.com"))]:
    PROVIDER_DOMAINS.setdefault(_p, _d)

L = functools.partial(common.label, providers=PROVIDER_DOMAINS)
_esc = common.esc

PREFIX = "010001a0"            # SES message-id prefix of this batch
# add(name, timeline=, relative=, body_only=, forwarded=, **fields): see common.WordingBatch.add
BATCH = common.WordingBatch(__file__, PREFIX)
MSGS, SRC = BATCH.msgs, BATCH.sources
add, inner, src = BATCH.add, BATCH.inner, BATCH.src


def awstrack(host, target, seed, n=807):
    """A link wrapped by the SES click tracker (awstrack.me), this batch's prefix."""
    return common.tracked_link(host, target, seed, n, PREFIX)


UN_FOOT_TEXT = """\
--
AWS Health produced this notification and AWS User Notifications sent it to
the contacts on file for this AWS account. To change which managed
notifications reach you, open the Console Notifications Center:
https://console.aws.amazon.com/notifications/home#/managed-notifications
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""

UN_FOOT_TEXT_JA = """\
--
この通知は AWS Health が作成し、AWS User Notifications がこの AWS アカウントに
登録された連絡先へお送りしたものです。受け取るマネージド通知は
コンソール通知センターで変更できます。
https://console.aws.amazon.com/notifications/home#/managed-notifications
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210"""

un_text = functools.partial(common.un_text, details="Event details",
                            dashboard="See the event in the AWS Health Dashboard:",
                            footer=UN_FOOT_TEXT)
un_text_ja = functools.partial(common.un_text, details="イベントの詳細",
                               dashboard="AWS Health ダッシュボードでイベントを確認する:",
                               footer=UN_FOOT_TEXT_JA, res_label="影響を受けるリソース")
un_html = functools.partial(
    common.un_html, link=awstrack,
    words=("Open in the Console Notifications Center", "View event", "Affected resources",
           "Event details", "Notification settings"),
    foot="AWS Health produced this notification and AWS User Notifications sent it.")
un_html_ja = functools.partial(
    common.un_html, link=awstrack, lang="ja",
    foot="この通知は AWS Health が作成し、AWS User Notifications がお送りしたものです。")

AWS_FOOTER = """\
Best regards,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a
registered trademark of Amazon.com, Inc. This message was sent by Amazon Web
Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210."""

SUPPORT_FOOTER = """\
Thank you for your attention,
Amazon Web Services

Replies to this address are not monitored. Please add your correspondence to
the case in the AWS Support Center. Amazon Web Services, Inc., 410 Terry
Avenue North, Seattle, WA 98109-5210"""

JA_FOOTER = """\
引き続きアマゾン ウェブ サービスをご愛顧賜りますよう、お願い申し上げます。

アマゾン ウェブ サービス ジャパン合同会社
このメールは送信専用アドレスから配信しています。ご返信いただいてもお答えできません。"""

TS_FOOTER = """\
Regards,
AWS Trust & Safety

Please keep the case number in the subject line of your reply. The Trust &
Safety team cannot help with technical troubleshooting."""

# --------------------------------------------------------------------------
# senders and authentication results
# --------------------------------------------------------------------------

AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_NOREPLY_JA = ("アマゾン ウェブ サービス", "no-reply-aws@amazon.com")
AWS_SUPPORT = ("Amazon Web Services Support", "no-reply-aws@amazon.com")
AWS_TS = ("AWS Trust & Safety", "trustandsafety@support.aws.com")
AWS_EC2_ABUSE = ("Amazon EC2 Abuse", "ec2-abuse@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
AWS_SNS = ("AWS Notifications", "no-reply@sns.amazonaws.com")
AWS_UN = ("AWS Notifications", "no-reply@notifications.aws")
AWS_BUDGETS = ("AWS Budgets", "budgets@costalerts.amazonaws.com")

A_AMAZON = base.auth(domain="amazon.com", mailfrom="amazonses.com")
A_AMAZON_JA = base.auth(domain="amazon.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_TS = base.auth(domain="support.aws.com", mailfrom="amazonses.com", mx="mx.example.de")
A_HEALTH = base.auth(domain="aws.com", mailfrom="amazonses.com")
A_HEALTH_JA = base.auth(domain="aws.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_SNS = base.auth(domain="sns.amazonaws.com", mailfrom="amazonses.com")
A_UN = base.auth(domain="notifications.aws", mailfrom="amazonses.com")
A_BUDGETS_JA = base.auth(domain="costalerts.amazonaws.com", mailfrom="amazonses.com",
                         mx="mx.example.co.jp")
A_GOOGLE = base.auth(domain="google.com", mailfrom="google.com")
A_SAKURA = base.auth(domain="sakura.ad.jp", mailfrom="sakura.ad.jp", mx="mx.example.co.jp")
A_NETLIFY = base.auth(domain="netlify.com", mailfrom="mail.netlify.com", mx="mx.example.org")
A_SUPABASE = base.auth(domain="supabase.com", mailfrom="mail.supabase.com")
A_KDDI = base.auth(domain="kddi.com", mailfrom="kddi.com", mx="mx.example.co.jp")
A_ZENLOGIC = base.auth(domain="zenlogic.jp", mailfrom="zenlogic.jp", mx="mx.example.co.jp")
A_LINODE = base.auth(domain="linode.com", mailfrom="linode.com")

TO_DEV = ("Platform Engineering", "platform@example.com")
TO_JA3 = "sysadmin@example.ne.jp"
TO_JA4 = ("情報システム部", "it-admin@example.co.jp")


# ==========================================================================
# CRITICAL: ABUSE AND SECURITY INCIDENTS (001-012)
# ==========================================================================

S = src("mofo-ec2-report-terminate", "Issue recording an AWS report about an EC2 instance in a "
        "team's account, with AWS's advice to terminate the instance and tidy up its security "
        "group", "https://github.com/MozillaFoundation/mofo-devops/issues/203")
_inner01 = inner(
    "001-inner", frm=AWS_TS, to="cloud-security@example.de",
    subject="AWS Trust & Safety notice [Case 48213390] - AWS ID 480236915724",
    date="2026-09-24 03:10:44 +0000", auth_results=A_TS,
    attach_name="AWS Trust & Safety notice.eml",
    body="""\
Hello,

We have received a complaint that a resource in your AWS account has been
taking part in activity that the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/) does not allow.

  AWS ID:           480236915724
  Region:           eu-central-1
  EC2 Instance Id:  i-0c1d8e2f3a4b5c6d7 [3.122.48.207]
  Activity:         repeated SSH log-in attempts against remote hosts
                    (intrusion attempts)

The complainant's log extract is included below. Please end the activity
and answer this message within 24 hours with what you found and what you
changed. If you believe the traffic is legitimate,
reply with the details of your use case instead.

If nobody in your organization started this traffic, another party may be
controlling the instance through a weak password or an unpatched service.
In that case we recommend that you move the data you need to a fresh
instance, terminate i-0c1d8e2f3a4b5c6d7 and remove the inbound rules of its
security group that allow SSH from anywhere.

--- Log extract supplied by the reporter ---
2026-09-23T21:14:08Z 3.122.48.207:51322 -> 198.51.100.23:22 auth failed (root)
2026-09-23T21:14:09Z 3.122.48.207:51340 -> 198.51.100.23:22 auth failed (admin)
2026-09-23T21:14:11Z 3.122.48.207:51377 -> 198.51.100.23:22 auth failed (oracle)
(4,812 similar lines between 21:14 and 23:02 UTC)

%s
""" % TS_FOOTER)
add("001-fw-trust-safety-notice-attached.eml",
    frm=("Katrin Albers", "k.albers@example.de"), to=TO_DEV,
    subject="FW: AWS notice about instance i-0c1d8e2f3a4b5c6d7 - please look today",
    date="2026-09-24 08:30:00 +0200",
    auth_results=base.auth(domain="example.de", mailfrom="example.de", mx="mx.example.de"),
    body="""\
Hi all,

This arrived overnight in the security mailbox (original attached). The
instance is the old bastion host in Frankfurt that we wanted to retire in
the summer. AWS wants an answer within a day, so could whoever still has
access to it check the auth logs and running processes this morning? If
nobody needs it, I would snapshot the volume and terminate it.

Katrin
""",
    attach=[_inner01], forwarded="rfc822", relative="24h", body_only=True,
    label=L("abuse", ["EC2"], ["480236915724"], ["eu-central-1"], "2026-09-25", "unverified",
            False, S,
            "Colleague forwards, as an attached message/rfc822, an AWS Trust & Safety notice: the "
            "instance made repeated SSH log-in attempts against other hosts (AUP violation) -> "
            "abuse; company sender -> unverified. Neither subject names the activity. 'within 24 "
            "hours' resolved from the Date (08:30 +0200 on 2026-09-24) -> 2026-09-25. Account and "
            "region from the attached notice."))

S = src("moussouni-56-hour-unblock", "Account of a production incident: AWS wrote that the "
        "account may have been accessed by a third party, restricted services (no EC2 starts, a "
        "production instance in Singapore), and the owner followed AWS's recovery steps through "
        "a support case over a holiday weekend",
        "https://www.moussouni.guyfarron.com/post/42257")
add("002-aws-account-please-contact-support.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Your AWS Account 612093847215: please contact AWS Support",
    date="2026-09-05 06:41:17 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are contacting you because we believe that someone other than you may
have signed in to your AWS account 612093847215 and used it. Since
2026-09-04 22:30 UTC we have seen API calls from IP addresses and a client
your account has never used before. Among them, a new IAM user named
svc-backup-02 was created and given an administrator policy, and access
keys were issued for it.

To protect you from further charges and changes, we have temporarily
limited what can be done in the account. While the limits are in place,
EC2 instances cannot be started, and this includes your instance in Asia
Pacific (Singapore), ap-southeast-1, which is currently stopped.

To have the limits removed, please contact us by 2026-09-09 and complete
the steps below. If we do not hear from you by 2026-09-09, we may suspend
the account, and resources that you did not create may be terminated.

  1. Change the password of the root user and turn on multi-factor
     authentication for it.
  2. In CloudTrail, review recent activity for IAM users, roles,
     policies and access keys that you do not recognise, and delete them,
     starting with svc-backup-02.
  3. Rotate the access keys that your own applications use.
  4. Check every Region for resources you did not launch.
  5. Reply in the Support Center case we opened for you and tell us which
     steps you completed.

For guidance, see "What do I do if I notice unauthorized activity in my
AWS account?" in the AWS Knowledge Center.

%s
""" % AWS_FOOTER,
    body_only=True,
    label=L("security-incident", ["EC2", "IAM"], ["612093847215"], ["ap-southeast-1"],
            "2026-09-09", "verified", False, S,
            "Bland subject ('please contact AWS Support'); the body says someone else may have "
            "signed in and created an administrator IAM user, and services are limited -> "
            "security-incident. Contact-by 2026-09-09 -> deadline; suspension is the consequence. "
            "Region of the instance that cannot be started (ap-southeast-1)."))

S = src("iret-ses-review-periods", "Japanese MSP article on the Amazon SES review-period notices "
        "(Bounce, Complaint and Vulnerable Site Review Period for AWS Account), what triggers "
        "them and that sending is paused if the problem is not fixed in time",
        "https://iret.media/157313")
add("003-ses-vulnerable-site-review-period.eml",
    frm=AWS_NOREPLY, to=("Web Operations", "webops@example.com"),
    subject="Amazon SES Vulnerable Site Review Period for AWS Account 905318274660 in region "
            "US-WEST-2",
    date="2026-09-11 17:02:55 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are writing to tell you that the Amazon SES account 905318274660 in the
US West (Oregon) Region, us-west-2, has been placed under review.

Over the past three days your account sent about 38,000 messages through
the contact form of your website. Most of them went to addresses that had
never been in contact with you, and recipients marked many of them as
unwanted mail. This pattern is typical of a web form that does not check
its input, so that other people can use it to send their own content
through your SES account.

Your account can continue to send email while it is under review. The
review period ends on 2026-10-09. If the cause has not been fixed by then,
we will pause the ability of the account to send email in this Region.

What to do:
  - Add a CAPTCHA or similar check to every form that can send mail.
  - Make sure the form can only send to fixed recipients.
  - Remove the queued messages that the form produced.
  - Open a case in the Support Center and tell us what you changed.

You can follow your bounce and complaint rates on the reputation metrics
page of the Amazon SES console.

%s
""" % AWS_FOOTER,
    label=L("abuse", ["SES"], ["905318274660"], ["us-west-2"], "2026-10-09", "verified", False,
            S,
            "SES review notice: a web form is being used to send unsolicited mail through the "
            "account -> abuse (sending enforcement). The review period ends 2026-10-09, when "
            "sending is paused if not fixed -> deadline."))

_gd04 = {
    "version": "0",
    "id": "5d2e9a1c-7b3f-4c60-9e8d-1a4f6b2c0e73",
    "detail-type": "GuardDuty Finding",
    "source": "aws.guardduty",
    "account": "733561028947",
    "time": "2026-09-16T02:47:09Z",
    "region": "eu-west-1",
    "resources": [],
    "detail": {
        "schemaVersion": "2.0",
        "accountId": "733561028947",
        "region": "eu-west-1",
        "partition": "aws",
        "id": "c6b2e8f4a1d07e93b5c4f2a8d6e1b0c7",
        "arn": "arn:aws:guardduty:eu-west-1:733561028947:detector/8ea4c2f0b6d91a3e7c5b2f8d4a0e6c1b"
               "/finding/c6b2e8f4a1d07e93b5c4f2a8d6e1b0c7",
        "type": "Persistence:IAMUser/AnomalousBehavior",
        "resource": {
            "resourceType": "AccessKey",
            "accessKeyDetails": {
                "accessKeyId": "AKIA3RVQW7NZ5KXT2HBE",
                "principalId": "AIDA3RVQW7NZ4LQM8PCT",
                "userType": "IAMUser",
                "userName": "reporting-etl",
            },
        },
        "service": {
            "serviceName": "guardduty",
            "action": {
                "actionType": "AWS_API_CALL",
                "awsApiCallAction": {
                    "api": "CreateAccessKey",
                    "serviceName": "iam.amazonaws.com",
                    "callerType": "Remote IP",
                    "remoteIpDetails": {
                        "ipAddressV4": "185.220.101.47",
                        "organization": {"asn": "208294", "asnOrg": "Anonymous hosting"},
                        "country": {"countryName": "Romania"},
                    },
                },
            },
            "additionalInfo": {
                "anomalousAPIs": "iam.amazonaws.com:[CreateAccessKey, AttachUserPolicy, "
                                 "CreateLoginProfile] ec2.amazonaws.com:"
                                 "[AuthorizeSecurityGroupIngress]",
                "unusualBehavior": "The user has not called these APIs before and has never "
                                   "connected from this network.",
            },
            "eventFirstSeen": "2026-09-16T02:21:40Z",
            "eventLastSeen": "2026-09-16T02:39:12Z",
            "count": 17,
        },
        "severity": 8,
        "title": "An API commonly used to keep access to an account was invoked in an "
                 "anomalous way.",
        "description": "APIs commonly used to maintain unauthorized access were invoked by "
                       "user reporting-etl from a remote IP address in a way that differs from "
                       "the baseline of this account.",
        "createdAt": "2026-09-16T02:46:58.204Z",
        "updatedAt": "2026-09-16T02:46:58.204Z",
    },
}
S = src("guardduty-format-lambda-slack", "Issue asking a Slack forwarder to format GuardDuty "
        "findings, quoting the raw EventBridge JSON of an IAM-user finding (access key, remote "
        "IP caller, network-permission API) as it arrives through SNS",
        "https://github.com/assertible/lambda-cloudwatch-slack/issues/36")
add("004-sns-guardduty-iam-anomaly-json.eml",
    frm=AWS_SNS, to=("Security Alerts", "security-alerts@example.ie"),
    subject="AWS Notification Message",
    date="2026-09-16 02:47:15 +0000", auth_results=A_SNS,
    body=common.sns_body(json.dumps(_gd04, indent=2),
                         "arn:aws:sns:eu-west-1:733561028947:guardduty-high", "aw7-004",
                         "security-alerts@example.ie"),
    body_only=True,
    label=L("security-incident", ["IAM"], ["733561028947"], ["eu-west-1"], None, "verified",
            False, S,
            "Generic SNS subject; the only content is EventBridge JSON of a GuardDuty "
            "Persistence:IAMUser/AnomalousBehavior finding (severity 8): an IAM user's key "
            "created keys and a login profile from an anonymising network -> security-incident. "
            "No date to act by -> null. The 6-digit ASN is no account."))

S = src("elastic-bedrock-enum-invoke-rule", "Detection rule page describing LLMjacking with "
        "a stolen long-term IAM key: ListFoundationModels followed within minutes by "
        "InvokeModel calls, run at the account owner's expense",
        "https://detection.fyi/elastic/detection-rules/integrations/aws/"
        "discovery_bedrock_model_recon_and_invocation_via_long_term_key/")
add("005-aws-usage-confirmation-bedrock-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA,
    subject="AWS アカウント 287406193552 のご利用状況に関するご確認のお願い",
    date="2026-09-29 01:15:32 +0000", auth_results=A_AMAZON_JA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
お客様

AWS アカウント 287406193552 において、通常と大きく異なる Amazon Bedrock の
利用を確認いたしましたので、ご連絡いたします。

  IAM ユーザー        batch-summarizer
  アクセスキー ID      AKIAUQ7RZ2MXKV4DT9LE
  期間                2026年9月27日 18:40 ～ 9月29日 00:55（UTC）
  対象リージョン      米国東部 (バージニア北部) us-east-1、米国西部 (オレゴン) us-west-2
  主な API            ListFoundationModels、InvokeModel、
                      InvokeModelWithResponseStream

上記のアクセスキーは、これまでお客様のアカウントで使われたことのない
複数の IP アドレスから利用されており、利用可能なモデルの一覧を取得した
直後に、大量の推論リクエストが送られています。この期間の Amazon Bedrock の
推定利用料金は約 4,900 USD です。第三者がこのキーを入手し、お客様の
費用で生成 AI モデルを利用している可能性が高いと考えております。

お客様の損害を抑えるため、当該アクセスキーによる Amazon Bedrock の呼び出しを
一時的に制限いたしました。

お手数ですが、2026年10月3日までに以下をご対応のうえ、サポートセンターの
ケースにてご回答ください。ご連絡がない場合、アカウントを一時停止させて
いただくことがあります。

  1. 上記アクセスキーを無効化して削除し、必要に応じてIAM ロールに切り替える
  2. CloudTrail で、心当たりのない IAM ユーザー、ロール、ポリシー、
     アクセスキーの作成がないか確認し、あれば削除する
  3. Amazon Bedrock のモデル呼び出しログを有効にし、今後の利用を確認する
  4. 実施した内容をケースに記入する

%s
""" % JA_FOOTER,
    body_only=True,
    label=L("security-incident", ["BEDROCK", "IAM"], ["287406193552"],
            ["us-east-1", "us-west-2"], "2026-10-03", "verified", False, S,
            "Bland Japanese subject ('ご利用状況に関するご確認のお願い'); the body says a long-term "
            "key is used from unknown IPs to enumerate and invoke Bedrock models, probably by a "
            "third party (LLMjacking) -> security-incident. Reply-by 2026年10月3日 -> deadline; "
            "suspension is the consequence. Regions of the calls."))

S = src("iret-abuse-report-causes", "Japanese MSP article explaining AWS 'Your Amazon EC2 Abuse "
        "Report' notices from Trust & Safety and their usual causes (phishing site, spam, "
        "forbidden content), with the need to answer quickly",
        "https://iret.media/157035")
add("006-cloudfront-distribution-notice-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA4,
    subject="Amazon CloudFront ディストリビューション E3K7Q2VZ9XLM4P に関するご連絡 "
            "(AWS アカウント 159302847726)",
    date="2026-10-06 10:20:00 +0900", auth_results=A_AMAZON_JA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
お客様

AWS Trust & Safety チームより、AWS アカウント 159302847726 のリソースに
関する第三者からの報告についてご連絡いたします。

  ディストリビューション ID   E3K7Q2VZ9XLM4P
  ドメイン名                 d2x8kq4m1vzt7c.cloudfront.net
  オリジン                   S3 バケット campaign-assets-2024
                             （アジアパシフィック (東京) ap-northeast-1）
  報告された URL             https://d2x8kq4m1vzt7c.cloudfront.net/promo/secure/signin.html

報告によると、上記の URL では国内の銀行のログイン画面とよく似たページが
公開されており、入力された口座番号とパスワードが外部のサーバーに送信されて
います。このようなコンテンツの配信は AWS 利用規約（AUP）で禁止されています。

お客様ご自身が設置したものでない場合、バケットへの書き込み権限を持つ
アクセスキーやバケットポリシーが第三者に悪用された可能性があります。

本メールの受信から 24 時間以内に、該当のコンテンツを削除または無効化し、
原因と実施した対策を本メールへの返信でお知らせください。期限までにご連絡が
ない場合、ディストリビューションを無効化させていただくことがあります。

%s
""" % JA_FOOTER,
    relative="24h", body_only=True,
    label=L("abuse", ["CLOUDFRONT", "S3"], ["159302847726"], ["ap-northeast-1"], "2026-10-07",
            "verified", False, S,
            "Subject names only a distribution ID; the body reports that the distribution serves "
            "a copy of a bank's sign-in page that sends credentials elsewhere (AUP) -> abuse. "
            "'24 時間以内' resolved from the Date (10:20 +0900 on 2026-10-06) -> 2026-10-07. "
            "Region of the S3 origin (東京)."))

S = src("obhost-ec2-abuse-follow-up", "Article quoting AWS's follow-up on outstanding EC2 "
        "reports: intrusion-attempt activity observed from an account, no response so far, "
        "reply within 24 hours or the instances may be isolated",
        "https://blog.obhost.net/amazon-ec2-abuse-report-quick-way-to-fix/")
add("007-ec2-abuse-report-follow-up-reminder.eml",
    frm=AWS_EC2_ABUSE, to=TO_ROOT,
    subject="RE: Your Amazon EC2 Abuse Report [60219473] - follow-up",
    date="2026-10-13 16:45:21 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

This is a follow-up to the report we sent on 2026-10-09 about resources
in your account 301846275093. We have had no answer to it, and the
instances below are still trying to log in to other people's servers
(intrusion attempts).

  AWS ID: 301846275093   Region: us-east-2
  EC2 Instance Id: i-0a93f1c7e2b4d6085 [18.191.77.204]
  EC2 Instance Id: i-05be2d8c4f1a7e936 [3.142.19.88]

Please stop the activity and reply to this email with the corrective
actions you have taken. If we do not receive your reply within 24 hours,
the instances may be isolated from the network to protect other users of
the internet.

If the traffic is expected, reply and describe your use case so that we
can pass the information to the reporter.

Regards,
Amazon EC2 Abuse Team
""",
    relative="24h",
    label=L("abuse", ["EC2"], ["301846275093"], ["us-east-2"], "2026-10-14", "verified", True,
            S,
            "Follow-up on an unanswered EC2 report (intrusion attempts) -> abuse; it says it "
            "follows up the report of 2026-10-09 -> reminder. 'within 24 hours' of 2026-10-13 "
            "16:45 UTC -> 2026-10-14; isolation is the consequence."))

S = src("elastic-quarantine-policy-rule", "Detection-rule pull request: AWS attaches the "
        "CompromisedKeyQuarantine managed policy to an IAM user whose keys were published, and "
        "opens a support case on behalf of the account",
        "https://github.com/elastic/detection-rules/pull/3910")
add("008-support-case-opened-for-account.eml",
    frm=AWS_SUPPORT, to=TO_ROOT,
    subject="AWS Support case 1782340196 has been opened for your account",
    date="2026-10-20 12:08:49 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

AWS has opened case 1782340196 on behalf of your account 546712039841.

Our automated checks found the access key AKIA4WZPN8QL2VRT6KXD, which
belongs to the IAM user ci-deployer, together with its secret key in a
public code repository:

  https://github.com/example-shop/infra-scripts/blob/9f2c41e/deploy/.env

Anyone who reads that file can act in your account with the permissions of
ci-deployer. To reduce the risk, we have attached an AWS managed quarantine
policy to the user. The policy denies a set of actions, for example
creating users and launching instances, but it does not stop everything
the key can do, so please do not remove it until you have finished the
steps below.

Please complete these steps and reply in this case by 2026-10-24:
  1. Create a replacement key or move the workload to an IAM role, then
     deactivate and delete AKIA4WZPN8QL2VRT6KXD.
  2. Check CloudTrail for calls made with the key since it was published
     and delete any resources or IAM entities you did not create.
  3. Remove the key from the repository and from its history.

If we do not hear from you by 2026-10-24, we may need to suspend the account
to protect it.

%s
""" % SUPPORT_FOOTER,
    body_only=True,
    label=L("security-incident", ["IAM"], ["546712039841"], [], "2026-10-24", "verified", False,
            S,
            "Bland case-opened subject; the body says an access key and secret were published in "
            "a public repository and AWS attached a quarantine policy -> security-incident. "
            "Reply-by 2026-10-24 -> deadline. The 10-digit case number is no account; no region."))

S = src("sakura-rs-unauthorized-access", "SAKURA internet rental-server help page on "
        "unauthorised access: tampering, files placed by third parties (phishing pages, remote "
        "control), mass mail sending, attacks on other servers, and the countermeasures asked "
        "of customers", "https://help.sakura.ad.jp/rs/2235")
add("009-sakura-rental-server-important-notice-ja.eml",
    frm=("さくらインターネット", "support@sakura.ad.jp"), to=("北浜ベーカリー", "info@example.jp"),
    subject="【さくらのレンタルサーバ】ご契約サービスに関する重要なお知らせ"
            "（初期ドメイン: kamome-bakery.sakura.ne.jp）",
    date="2026-10-27 02:30:00 +0000", auth_results=A_SAKURA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
会員ID: KMB48211
ご契約者名: 北浜ベーカリー 様
サービスコード: rs-0048211733

いつもさくらのレンタルサーバをご利用いただき、ありがとうございます。
さくらインターネット サポートセンターです。

お客様のサーバーアカウント（初期ドメイン: kamome-bakery.sakura.ne.jp）において、
お客様が設置されたものではないと思われるファイルを確認いたしました。

  確認日時  2026年10月26日 22時10分
  ファイル  /home/kamome/www/wp-content/uploads/2026/10/cache.php
            /home/kamome/www/wp-content/uploads/2026/10/s/index.html
  内容      外部から任意の操作を行うためのプログラム、および
            宅配業者の再配達ページを模した入力フォーム

また、同日 22時30分以降、上記プログラムから大量のメールが送信されていました。

ほかのお客様や第三者への被害を防ぐため、当社にて上記ファイルの
パーミッションを「000」に変更し、アカウントからのメール送信を一時的に
止めております。ホームページの他のページは引き続き表示されます。

お手数ですが、以下の対応をお願いいたします。
  1. サーバーコントロールパネル、FTP、WordPress 管理画面のパスワードを変更する
  2. WordPress 本体、テーマ、プラグインを最新版に更新し、使っていないものを削除する
  3. 心当たりのないファイルを削除する（必要に応じてバックアップから復元する）

対応が完了しましたら、2026年11月4日までに会員メニューのフォームから
実施内容をお知らせください。ご連絡をいただけない場合、サービスのご利用を
停止させていただくことがございます。

さくらインターネット株式会社 サポートセンター
""",
    body_only=True,
    label=L("security-incident", ["sakura-internet:さくらのレンタルサーバ"], [], [],
            "2026-11-04", "verified", False, S,
            "Bland Japanese subject ('ご契約サービスに関する重要なお知らせ'); the body says a third "
            "party placed a remote-control script and a fake delivery page on the customer's "
            "account and sent mail from it -> security-incident (the account was broken into). "
            "Report-by 2026年11月4日 -> deadline. The 10-digit service code is no account.",
            provider="sakura-internet"))

S = src("netlify-password-protected-netcraft", "Issue explaining that Netlify password-"
        "protected a documentation site after a Netcraft phishing report and Google's warning, "
        "and would only lift the protection once Netcraft retracted the report",
        "https://github.com/x-govuk/govuk-components/issues/591")
add("010-netlify-site-update-bland-subject.eml",
    frm=("Netlify", "team@netlify.com"), to=("Jonas Lind", "jonas@example.se"),
    subject="About your Netlify site harbour-docs",
    date="2026-11-03 15:12:37 +0000", auth_results=A_NETLIFY,
    body="""\
Hi Jonas,

We are writing about the site harbour-docs (harbour-docs.netlify.app) in
your team Harbour Tools.

Netcraft has reported a page of this site as a phishing page, and Google
Safe Browsing now shows a warning for it:

  https://deploy-preview-355--harbour-docs.netlify.app/login/

The page is part of a deploy preview built from an old pull request. It
shows a sign-in form that looks like the one of a large bank.

Because of the report we have put the whole site behind password
protection. Visitors now see a password prompt instead of your pages. Your
deploys and settings are unchanged.

What happens next:
  - If the page is yours and harmless, ask Netcraft to review its report
    (https://report.netcraft.com) and explain why it is a false positive.
  - As soon as Netcraft confirms to us that the report has been withdrawn,
    we will remove the password protection.
  - We cannot lift the protection while the report stands, because the
    decision follows Netcraft's and Google's findings.

You can also delete old deploy previews from the Deploys page of the site.

The Netlify Trust & Safety team
""",
    body_only=True,
    label=L("abuse", ["netlify:Sites"], [], [], "2026-11-03", "verified", False, S,
            "Bland subject ('About your Netlify site ...'); the body says the site was put behind "
            "password protection after a phishing report -> abuse (enforcement). No act-by date "
            "and no subject date -> the day the protection took effect (the Date).",
            provider="netlify"))

S = src("supabase-user-banned-projects-paused", "Issue by a Supabase user whose account was "
        "banned with all projects paused, pointed to abuse@supabase.com",
        "https://github.com/supabase/supabase/issues/48765")
add("011-supabase-organization-restricted.eml",
    frm=("Supabase Trust & Safety", "abuse@supabase.com"), to=("Priya Nair", "priya@example.in"),
    subject="Your Supabase organization acme-labs has been restricted",
    date="2026-11-10 07:55:12 +0000", auth_results=A_SUPABASE,
    body="""\
Hello Priya,

We have restricted the Supabase organization acme-labs, of which you are
an owner.

Our systems found that the project acme-waitlist (ref vfqkzmtxbdplrwhsnoya)
was used to send large volumes of sign-up and magic-link emails to
addresses that had never asked for them. The Auth email templates of the
project had been edited to contain links to a gambling site. Sending
unsolicited mail is not allowed under our Acceptable Use Policy.

While the organization is restricted:
  - all projects in the organization are paused,
  - API keys of these projects do not work, and
  - you can sign in to the dashboard, but you cannot restore projects.

If you believe this is a mistake, or someone else changed your templates,
reply to abuse@supabase.com within 14 days and tell us what happened and
what you have changed. If we do not hear from you within that time, the
paused projects and their data may be deleted.

Supabase Trust & Safety
Supabase Inc., 970 Toa Payoh North #07-04, Singapore 318992
""",
    relative="14d",
    label=L("abuse", ["supabase:Auth"], [], [], "2026-11-24", "verified", False, S,
            "Organization restricted and projects paused because Auth emails were used to send "
            "unsolicited mail (AUP) -> abuse. 'within 14 days' of 2026-11-10 -> 2026-11-24; "
            "deletion is the consequence.", provider="supabase"))

S = src("tcdigital-ec2-abuse-malware-cc", "Japanese developer blog quoting AWS's 'Your Amazon "
        "EC2 Abuse Report' about an instance that may be infected with malware and contacting "
        "known command-and-control servers, with AWS's advice to move to a new instance",
        "https://dtnavi.tcdigital.jp/dev_blog/infrastructure/your-amazon-ec2-abuse-report"
        "%E3%80%80%E3%81%AE%E9%A1%9B%E6%9C%AB/")
add("012-msp-relay-ec2-malware-report-ja.eml",
    frm=("クラウド運用サポートデスク", "support@cloudops-partner.example.jp"), to=TO_JA4,
    subject="【至急】AWS より「Your Amazon EC2 Abuse Report」が届いております"
            "（AWS アカウント 3902-7184-5613）",
    date="2026-11-17 09:05:00 +0900",
    auth_results=base.auth(domain="cloudops-partner.example.jp",
                           mailfrom="cloudops-partner.example.jp", mx="mx.example.co.jp"),
    charset="utf-8", cte="base64", lang="ja",
    body="""\
情報システム部 ご担当者様

いつも弊社運用代行サービスをご利用いただき、ありがとうございます。
クラウド運用サポートデスクです。

お客様の AWS アカウント（390271845613）のルートユーザー宛てに、AWS より
下記の通知が届きましたので転送いたします。

概要：
  東京リージョン（ap-northeast-1）の EC2 インスタンス i-0e5d2a9c7b1f4e380 が
  マルウェアに感染しており、既知の C&C サーバーと通信しているとの報告です。
  AWS は、データを新しいインスタンスへ移し、該当インスタンスを終了することを
  推奨しています。

お手数ですが、調査結果と実施した対策を 2026年11月18日 17時までに弊社へ
ご連絡ください。弊社にて英文に翻訳のうえ AWS へ回答いたします。
回答がない場合、AWS によりインスタンスが隔離される可能性がございます。

---------- 以下、AWS からの通知（原文） ----------
Subject: Your Amazon EC2 Abuse Report [AWS ID: 390271845613]

Hello,

Outside parties tell us that an instance in your account appears to run
malicious software that takes orders from a remote operator and can be
turned against other hosts. Such use breaks the AWS Acceptable Use Policy.

  Instance Id: i-0e5d2a9c7b1f4e380   Region: ap-northeast-1

Log extract provided by the reporter:
  Your host has been contacting domains that are known command-and-control
  servers of a botnet, most recently at 2026-11-16T13:33:33Z.

Cleaning the instance in place rarely removes such software completely:
copy the data you need to a freshly built instance and terminate this
one. Then tell us in a reply what you found and what you did.

Regards,
Amazon EC2 Abuse Team
---------- 原文ここまで ----------

株式会社クラウドオプスパートナー クラウド運用サポートデスク
""",
    label=L("abuse", ["EC2"], ["390271845613"], ["ap-northeast-1"], "2026-11-18", "unverified",
            False, S,
            "Japanese MSP relays an EC2 report that an instance contacts botnet C&C servers -> "
            "abuse; MSP sender -> unverified. The MSP's reply-by 2026年11月18日 is the act-by "
            "date. Account in dashed form in the subject and plain in the body."))


# ==========================================================================
# ACTION REQUIRED (013-024); markers only on 017 and 024
# ==========================================================================

_p13 = ["Hello,",
        "Your AWS account called Anthropic's Claude Sonnet 4 "
        "(anthropic.claude-sonnet-4-20250514-v1:0) on Amazon Bedrock during the last 30 days. "
        "This model moved to the Legacy state on April 14, 2026, and its end of life on Amazon "
        "Bedrock is October 14, 2026.",
        "From October 14, 2026, requests to this model ID, including requests through "
        "cross-Region inference profiles that point to it, will fail with a validation error. "
        "Provisioned Throughput for the model will also stop working on that date.",
        "Before October 14, 2026, please move your applications to a model in the Active "
        "state, for example Claude Sonnet 4.5 (global.anthropic.claude-sonnet-4-5-20250929-v1:0), "
        "and test your prompts with it. The Amazon Bedrock model lifecycle page lists the "
        "replacement models and their dates.",
        "The calls we saw in the last 30 days came from the resources listed below."]
_arn13 = health_arn("us-east-1", "BEDROCK", "AWS_BEDROCK_PLANNED_LIFECYCLE_EVENT", "7c21e9b4")
_res13 = ["arn:aws:iam::724019386551:role/support-bot-lambda",
          "arn:aws:iam::724019386551:role/ticket-triage-ecs-task"]
_rows13 = [("Affected account", "724019386551"), ("Service", "BEDROCK"),
           ("Event type code", "AWS_BEDROCK_PLANNED_LIFECYCLE_EVENT"),
           ("Event type category", "Planned lifecycle event"), ("Region", "us-east-1"),
           ("Start time", "Wed, 14 Oct 2026 00:00:00 GMT"), ("Status", "Upcoming")]
S = src("threat-composer-sonnet4-eol", "Pull request moving a tool's default model because "
        "Claude Sonnet 4 entered the Legacy state on Amazon Bedrock on April 14, 2026 and reaches "
        "end of life on October 14, 2026", "https://github.com/awslabs/threat-composer/pull/290")
add("013-health-bedrock-claude-sonnet4-end-of-life.eml",
    frm=AWS_HEALTH, to=TO_DEV,
    subject="Claude Sonnet 4 on Amazon Bedrock reaches end of life on October 14, 2026 "
            "[AWS Account: 724019386551] [US-EAST-1]",
    date="2026-09-08 16:00:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p13, _arn13, _rows13, _res13),
    html=un_html("Claude Sonnet 4 on Amazon Bedrock reaches end of life on October 14, 2026",
                 _p13, _arn13, _rows13, host="q7tm2xkd", seed="013", resources=_res13),
    timeline=["2026-10-14"],
    label=L("action-required", ["BEDROCK"], ["724019386551"], ["us-east-1"], "2026-10-14",
            "verified", False, S,
            "AWS Health planned lifecycle event: applications must move off a model that stops "
            "answering -> action-required. The subject names the end of life, October 14, 2026, "
            "which is also the act-by date; April 14, 2026 is past. Account in subject, table "
            "and role ARNs."))

S = src("navapbc-pinpoint-end-of-support", "Issue planning the move off Amazon Pinpoint because "
        "AWS ends support for it on October 30, 2026 (no new customers from May 20, 2025)",
        "https://github.com/navapbc/template-infra/issues/942")
add("014-pinpoint-end-of-support-reminder.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Reminder: Amazon Pinpoint end of support on October 30, 2026",
    date="2026-10-05 18:22:40 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are writing again about the end of support for Amazon Pinpoint. Your
AWS account 861203947518 still has Amazon Pinpoint projects with activity
in the last 60 days, in Europe (Ireland), eu-west-1, and Asia Pacific
(Tokyo), ap-northeast-1.

October 30, 2026 is the last day of Amazon Pinpoint. From then on its
console and API are switched off, campaigns, journeys and segments no
longer run, and the data kept in your projects is removed some time
later.

Most features have a successor:
  - SMS, voice, push and WhatsApp messages: AWS End User Messaging
  - Email: Amazon Simple Email Service (SES)
  - Campaigns, journeys and segments: Amazon Connect outbound campaigns
  - Analytics: Amazon Kinesis and Amazon QuickSight

Please move your workloads and export the endpoint and analytics data you
want to keep before October 30, 2026. The Amazon Pinpoint migration guide
lists the steps for each feature.

If you have already moved, you can delete the remaining projects to stop
receiving these reminders.

%s
""" % AWS_FOOTER,
    timeline=["2026-10-30"],
    label=L("action-required", ["MOBILETARGETING"], ["861203947518"],
            ["ap-northeast-1", "eu-west-1"], "2026-10-30", "verified", True, S,
            "'Reminder:' subject and 'We are writing again' -> reminder. Workloads must move off "
            "a service that stops -> action-required; the subject date October 30, 2026 is also "
            "the act-by date; later data deletion is the consequence. Regions of the projects "
            "(code and name)."))

_p15 = ["Hello,",
        "WorkSpaces Personal is consolidating on a single streaming protocol, Amazon DCV. "
        "Support for WorkSpaces that stream with PCoIP ends on October 31, 2027; customers who "
        "were new to PCoIP have not been able to create such WorkSpaces since July 31, 2026. "
        "From October 31, 2027, a WorkSpace that still streams with PCoIP cannot be used.",
        "Your account has 37 WorkSpaces in this Region that still use PCoIP. We will send you "
        "periodic AWS Health notifications with the number of PCoIP WorkSpaces that remain, so "
        "that you can follow your migration.",
        "Nothing changes for your users before October 31, 2027: the PCoIP components still "
        "get security and critical fixes, and you can open support cases about them. Anything "
        "new, such as Windows Server 2025 bundles, arrives for Amazon DCV only.",
        "Please migrate your WorkSpaces to Amazon DCV before October 31, 2027, using the "
        "migrate-workspace operation or the console. User volumes are kept during the "
        "migration; check the DCV client versions and firewall ports of your users first."]
_arn15 = health_arn("eu-west-1", "WORKSPACES", "AWS_WORKSPACES_PLANNED_LIFECYCLE_EVENT",
                    "b90d4e1f")
_rows15 = [("Affected account", "603981274512"), ("Service", "WORKSPACES"),
           ("Event type code", "AWS_WORKSPACES_PLANNED_LIFECYCLE_EVENT"),
           ("Event type category", "Planned lifecycle event"), ("Region", "eu-west-1"),
           ("Start time", "Sun, 31 Oct 2027 00:00:00 GMT"), ("Status", "Upcoming")]
S = src("workspaces-pcoip-end-of-support-doc", "WorkSpaces administration guide page: "
        "PCoIP-based WorkSpaces Personal end of support on October 31, 2027, no new customers "
        "from July 31, 2026, recurring AWS Health reminders with the count of PCoIP WorkSpaces, "
        "migration to Amazon DCV",
        "https://docs---aws.amazon.com.rproxy.govskope.ca/de_de/workspaces/latest/adminguide/"
        "workspaces-pcoip-end-of-support.html")
add("015-health-workspaces-pcoip-end-of-support.eml",
    frm=AWS_HEALTH, to=("End User Computing", "euc-team@example.ie"),
    subject="PCoIP-based WorkSpaces Personal end of support on October 31, 2027 "
            "[AWS Account: 603981274512] [EU-WEST-1]",
    date="2026-10-20 09:30:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p15, _arn15, _rows15),
    html=un_html("PCoIP-based WorkSpaces Personal end of support on October 31, 2027", _p15,
                 _arn15, _rows15, host="w3kd8pzn", seed="015"),
    timeline=["2027-10-31"],
    label=L("action-required", ["WORKSPACES"], ["603981274512"], ["eu-west-1"], "2027-10-31",
            "verified", False, S,
            "WorkSpaces must be migrated from PCoIP to DCV -> action-required; the subject names "
            "the end of support, October 31, 2027 (also the act-by date). July 31, 2026 is a "
            "past restriction for new customers. The notice announces future periodic counts "
            "but does not say it repeats one -> not a reminder."))

_p16 = ["Hello,",
        "Your AWS CloudShell home directory in the Europe (London) Region, eu-west-2, has not "
        "been used for 120 days. To save storage, CloudShell deletes the home directories of "
        "inactive environments.",
        "The data in your CloudShell home directory in this Region is scheduled for deletion "
        "on November 26, 2026. Files you keep there, such as scripts, configuration and "
        "downloaded tools, will be removed and cannot be recovered.",
        "To keep the data, open CloudShell in eu-west-2 before November 26, 2026 and start a "
        "session; this resets the inactivity period. If you only want to keep some files, "
        "download them from the Actions menu. If you do nothing, CloudShell stays available "
        "and starts with an empty home directory next time.",
        "Your AWS resources outside CloudShell are not affected."]
_arn16 = health_arn("eu-west-2", "CLOUDSHELL", "AWS_CLOUDSHELL_PERSISTENCE_EXPIRING",
                    "4e7a1c95")
_rows16 = [("Affected account", "519374026183"), ("Service", "CLOUDSHELL"),
           ("Event type code", "AWS_CLOUDSHELL_PERSISTENCE_EXPIRING"),
           ("Event type category", "Account notification"), ("Region", "eu-west-2"),
           ("Start time", "Thu, 26 Nov 2026 00:00:00 GMT"), ("Status", "Upcoming")]
S = src("modplatform-cloudshell-deletion-html", "Issue pasting the HTML of the AWS notification "
        "'Your AWS CloudShell data is scheduled for deletion on November 6, 2025 [AWS Account: "
        "...]' received for two accounts",
        "https://github.com/ministryofjustice/modernisation-platform/issues/11779")
add("016-cloudshell-data-deletion-html-only.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Your AWS CloudShell data is scheduled for deletion on November 26, 2026 "
            "[AWS Account: 519374026183]",
    date="2026-11-05 11:00:00 +0000", auth_results=A_HEALTH,
    html=un_html("Your AWS CloudShell data is scheduled for deletion on November 26, 2026",
                 _p16, _arn16, _rows16, host="c5nh4vqe", seed="016"),
    timeline=["2026-11-26"],
    label=L("action-required", [], ["519374026183"], ["eu-west-2"], "2026-11-26", "verified",
            False, S,
            "HTML-only AWS Health notice: the reader must open CloudShell (or download files) to "
            "keep the data -> action-required; the subject names the deletion date November 26, "
            "2026, also the act-by date. Services empty: CloudShell is not a catalogue id in "
            "services.json."))

S = src("mozilla-acm-renewal-dns-validation", "Issue quoting AWS Certificate Manager's e-mail "
        "that it could not renew a certificate automatically with DNS validation, with the "
        "expiry date, account, Region and certificate ARN, and the domains needing CNAME records",
        "https://github.com/MozillaFoundation/foundation.mozilla.org/issues/14160")
add("017-acm-renewal-action-required.eml",
    frm=AWS_NOREPLY, to=("Web Team", "web@example.com"),
    subject="[Action Required] Certificate renewal for shop.northwind-outfitters.com cannot "
            "complete",
    date="2026-10-28 14:37:02 +0000", auth_results=A_AMAZON,
    body="""\
Greetings from Amazon Web Services,

A certificate that AWS Certificate Manager (ACM) issued for your account
runs out on Nov 27, 2026 at 23:59:59 UTC. Its main name is
shop.northwind-outfitters.com, and it covers 2 names altogether.

AWS account ID:          248613905172
AWS Region name:         us-east-1
Certificate identifier:  arn:aws:acm:us-east-1:248613905172:certificate/6f2d9b1e-84ac-4e37-b0d5-c91e7a3f2b68

ACM could not renew it on its own: the DNS records it uses to confirm that
you control the names are no longer in your zones. Unless they are back in
place before Nov 27, 2026 at 23:59:59 UTC, the renewal cannot finish, and
the CloudFront distribution and load balancer that present this
certificate may then fail for HTTPS visitors.

For each name below, put the CNAME record that the ACM console shows for it
back into the DNS zone. The same records are returned by the
DescribeCertificate API and by "aws acm describe-certificate".

Names still waiting for validation (2):
  shop.northwind-outfitters.com
  www.shop.northwind-outfitters.com

Once the records resolve, ACM tries again by itself and completes the
renewal; you do not need to request a new certificate.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["ACM"], ["248613905172"], ["us-east-1"], "2026-11-27",
            "verified", False, S,
            "Marked '[Action Required]': DNS records must be added before the certificate "
            "expires -> action-required, deadline the expiry Nov 27, 2026. Account in plain form "
            "and in the certificate ARN."))

_p18 = ["お客様",
        "このメッセージは、Amazon RDS for PostgreSQL のマイナーバージョン 14.12、15.7、16.3 の "
        "DB インスタンスをご利用のお客様にお送りしています。これらのマイナーバージョンは "
        "2027年2月28日に RDS の標準サポートが終了します。",
        "2027年1月31日以降、上記のマイナーバージョンで新しい DB インスタンスを作成することは"
        "できなくなります。2027年2月28日を過ぎても上記のバージョンで稼働している DB インスタンスは、"
        "その後のメンテナンスウィンドウで RDS によって 14.15、15.10、16.6 以降に自動的に"
        "アップグレードされます。",
        "アプリケーションへの影響を事前に確認するため、2027年2月28日までに、ご都合のよい時間に"
        "対象の DB インスタンスをアップグレードしていただくようお願いいたします。マイナーバージョンの"
        "自動アップグレードを有効にすると、RDS がメンテナンスウィンドウで最新のマイナーバージョンへ"
        "更新します。",
        "対象の DB インスタンスは、AWS Health ダッシュボードの「影響を受けるリソース」に"
        "表示されています。"]
_arn18 = health_arn("ap-northeast-1", "RDS", "AWS_RDS_PLANNED_LIFECYCLE_EVENT", "d38f7a20")
_res18 = ["arn:aws:rds:ap-northeast-1:307518264930:db:orders-pg15",
          "arn:aws:rds:ap-northeast-1:307518264930:db:reporting-pg16"]
_rows18 = [("影響を受けるアカウント", "307518264930"), ("サービス", "RDS"),
           ("イベントタイプコード", "AWS_RDS_PLANNED_LIFECYCLE_EVENT"),
           ("イベントのカテゴリ", "計画済みライフサイクルイベント"),
           ("リージョン", "ap-northeast-1"), ("開始時刻", "2027年2月28日 00:00 UTC"),
           ("ステータス", "予定")]
S = src("modplatform-rds-pg-minor-deprecation", "Issue quoting the AWS Health notice 'Amazon RDS "
        "for PostgreSQL is deprecating minor versions ...' with the creation cut-off a month "
        "earlier and automatic upgrades in the maintenance window afterwards",
        "https://github.com/ministryofjustice/modernisation-platform/issues/11245")
add("018-health-rds-postgresql-minor-versions-ja.eml",
    frm=AWS_HEALTH, to=TO_JA,
    subject="Amazon RDS for PostgreSQL のマイナーバージョン 14.12、15.7、16.3 のサポート終了 "
            "[AWS アカウント: 307518264930] [AP-NORTHEAST-1]",
    date="2026-11-12 05:00:00 +0000", auth_results=A_HEALTH_JA, lang="ja",
    charset="utf-8", cte="qp",
    body=un_text_ja(_p18, _arn18, _rows18, _res18),
    html=un_html_ja("Amazon RDS for PostgreSQL のマイナーバージョンのサポート終了", _p18, _arn18,
                    _rows18, host="r6bv3ktw", seed="018", resources=_res18),
    timeline=["2027-01-31", "2027-02-28"],
    label=L("action-required", ["RDS"], ["307518264930"], ["ap-northeast-1"], "2027-02-28",
            "verified", False, S,
            "Japanese AWS Health lifecycle notice: upgrade the DB instances -> action-required. "
            "Act-by 2027年2月28日 (end of standard support); the creation cut-off 2027年1月31日 is an "
            "earlier restriction and the automatic upgrade a later consequence."))

_p19 = ["Hello,",
        "The certificate that IAM Identity Center uses to sign SAML assertions for the customer "
        "managed application vpn-portal expires on December 3, 2026. After that date, sign-ins "
        "to the application through IAM Identity Center will fail, because the service provider "
        "will reject assertions signed with the expired certificate.",
        "IAM Identity Center has already created a new certificate for the application. To "
        "avoid an interruption, download the new IAM Identity Center SAML metadata file (or the "
        "certificate) from the application's configuration page and upload it to the service "
        "provider before December 3, 2026. Then make the new certificate the active one in IAM "
        "Identity Center.",
        "Applications that read the metadata URL automatically pick up the new certificate; "
        "vpn-portal was configured with an uploaded metadata file and does not."]
_arn19 = health_arn("eu-central-1", "SSO", "AWS_SSO_SAML_CERTIFICATE_EXPIRING", "61ac0e3d")
_rows19 = [("Affected account", "415072983661"), ("Service", "SSO"),
           ("Event type code", "AWS_SSO_SAML_CERTIFICATE_EXPIRING"),
           ("Event type category", "Account notification"), ("Region", "eu-central-1"),
           ("Start time", "Thu, 3 Dec 2026 12:00:00 GMT"), ("Status", "Upcoming")]
S = src("wasp-idp-identity-center-cert-rotation", "Issue noting that the SAML metadata of an "
        "IAM Identity Center application must be updated by hand when Identity Center rotates "
        "the application certificate, or sign-ins to the service provider fail",
        "https://github.com/smsilva/wasp-idp/issues/51")
add("019-health-identity-center-saml-certificate.eml",
    frm=AWS_HEALTH, to=("Identity Team", "identity@example.de"),
    subject="IAM Identity Center SAML certificate for application vpn-portal expires on "
            "December 3, 2026 [AWS Account: 415072983661] [EU-CENTRAL-1]",
    date="2026-09-18 08:15:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p19, _arn19, _rows19),
    html=un_html("IAM Identity Center SAML certificate for application vpn-portal expires on "
                 "December 3, 2026", _p19, _arn19, _rows19, host="j2mw6tdc", seed="019"),
    timeline=["2026-12-03"],
    label=L("action-required", ["SSO"], ["415072983661"], ["eu-central-1"], "2026-12-03",
            "verified", False, S,
            "The new certificate must be uploaded to the service provider before the old one "
            "expires -> action-required; deadline the expiry named in the subject, December 3, "
            "2026. IAM Identity Center's Health service code is SSO."))

_p20 = ["Hello,",
        "Amazon Q Developer IDE plugins and Amazon Q Developer Pro subscriptions reach end of "
        "support on April 30, 2027. New sign-ups have not been possible since May 15, 2026. "
        "Existing users can keep signing in and using the plugins until April 30, 2027.",
        "Your account has 42 users with an Amazon Q Developer Pro subscription managed through "
        "IAM Identity Center. After April 30, 2027 the plugins stop working for them and the "
        "subscriptions end; no further charges are made for them after that date.",
        "Kiro is the successor for agentic coding in the IDE and on the command line. Please "
        "plan the move of your developers, including their saved prompts and workspace rules, "
        "before April 30, 2027, and cancel the subscriptions you no longer need earlier to "
        "stop paying for them."]
_arn20 = health_arn("us-east-1", "Q", "AWS_Q_PLANNED_LIFECYCLE_EVENT", "9b3d27c4")
_rows20 = [("Affected account", "690218374105"), ("Service", "Q"),
           ("Event type code", "AWS_Q_PLANNED_LIFECYCLE_EVENT"),
           ("Event type category", "Planned lifecycle event"), ("Region", "us-east-1"),
           ("Start time", "Fri, 30 Apr 2027 00:00:00 GMT"), ("Status", "Upcoming")]
S = src("toolkit-q-developer-end-of-support", "Issue citing AWS's announcement that Amazon Q "
        "Developer IDE plugins and paid subscriptions reach end of support on April 30, 2027, "
        "with new sign-ups ending on May 15, 2026",
        "https://github.com/aws/aws-toolkit-vscode/issues/8809")
add("020-health-q-developer-end-of-support.eml",
    frm=AWS_HEALTH, to=TO_DEV,
    subject="Amazon Q Developer IDE plugins and Pro subscriptions end of support on April 30, "
            "2027 [AWS Account: 690218374105] [US-EAST-1]",
    date="2026-11-19 17:30:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p20, _arn20, _rows20),
    html=un_html("Amazon Q Developer IDE plugins and Pro subscriptions end of support on "
                 "April 30, 2027", _p20, _arn20, _rows20, host="h8qz5ncb", seed="020"),
    timeline=["2027-04-30"],
    label=L("action-required", [], ["690218374105"], ["us-east-1"], "2027-04-30", "verified",
            False, S,
            "Developers must move off a product that stops working -> action-required; the "
            "subject names the end of support, April 30, 2027. May 15, 2026 is past. Services "
            "empty: Amazon Q Developer has no catalogue id in services.json."))

_gcp21 = """\
Hello Google Cloud customer,

We're writing to let you know that version 1 of the Go client library for
Pub/Sub (cloud.google.com/go/pubsub) reaches end of support on December 31,
2026.

What you need to know
Version 2 of the library (cloud.google.com/go/pubsub/v2) has been generally
available since 2025. After December 31, 2026, version 1 will receive no
more fixes, including security fixes, and it is already marked deprecated
at module level, so builds show a deprecation warning.

The Pub/Sub service itself and your topics and subscriptions are not
changing. Applications built with version 1 keep working after the date,
but they run on an unmaintained library.

What you need to do
Move your Go applications to cloud.google.com/go/pubsub/v2 before December
31, 2026. The migration guide on the Pub/Sub documentation site lists the
renamed types and the changed publish and receive settings.

We identified the following project as having called Pub/Sub with version
1 of the Go library in the last 30 days:
  Project ID: lunchbox-prod (project number 482910375566)

Thanks for choosing Google Cloud.
- The Google Cloud Pub/Sub Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about
important changes to Google Cloud Platform or your account.
"""
S = src("google-cloud-go-pubsub-v1-end", "Pull request pushing the end of support of the Pub/Sub "
        "Go client v1 (cloud.google.com/go/pubsub) to December 31, 2026 and marking the "
        "deprecation at module level", "https://github.com/googleapis/google-cloud-go/pull/13841")
add("021-fwd-gcp-pubsub-go-v1-inline.eml",
    frm=("Mateo Ruiz", "mateo.ruiz@example.es"), to=TO_DEV,
    subject="Fwd: Pub/Sub Go client library v1 reaches end of support on December 31, 2026",
    date="2026-09-22 10:05:00 +0200",
    auth_results=base.auth(domain="example.es", mailfrom="example.es", mx="mx.example.es"),
    body="""\
Hola equipo,

Forwarding this one from Google. The order-events service and the lunchbox
worker both still import cloud.google.com/go/pubsub. The v2 API changed the
receive settings, so I'd like to do the migration in October and not in
the last week of December. I'll open a ticket for each service.

Mateo

%s""" % fwd_block("Google Cloud <CloudPlatform-noreply@google.com>",
                  "Mon, Sep 21, 2026 at 11:48 PM",
                  "[Action may be required] Pub/Sub Go client library v1 reaches end of support "
                  "on December 31, 2026", "platform@example.com", _gcp21),
    forwarded="inline", timeline=["2026-12-31"],
    label=L("action-required", ["google-cloud:Pub/Sub"], [], [], "2026-12-31", "unverified",
            False, S,
            "Colleague forwards inline a Google Cloud notice: Go applications must move to the "
            "v2 library -> action-required; company sender -> unverified. The subject names the "
            "end of support, December 31, 2026 (also the act-by date). The 12-digit GCP project "
            "number is a declared trap, not an AWS account.", traps=["482910375566"],
            provider="google-cloud"))

S = src("kddi-s-series-cancellation", "KDDI page for customers of 'KDDI ホスティングサービス "
        "Sシリーズ' who do not transfer their contract to KWC: cancel, and all servers, options "
        "and domains stop, SSL certificates run until their own expiry",
        "https://s-hos.kddi.ne.jp/cancel/about.php")
add("022-kddi-hosting-s-series-procedure-ja.eml",
    frm=("KDDI ホスティングサービス", "s-hos-info@kddi.com"), to=("総務部", "soumu@example.co.jp"),
    subject="【KDDI ホスティングサービス Sシリーズ】サービス提供終了に伴うお手続きのお願い",
    date="2026-10-01 01:00:00 +0000", auth_results=A_KDDI,
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
KDDI ホスティングサービス Sシリーズ ご契約者様

平素より KDDI ホスティングサービス Sシリーズをご利用いただき、
誠にありがとうございます。

すでにご案内のとおり、本サービスは 2027年3月31日をもって提供を終了いたします。
ご利用中のお客様には、次のいずれかのお手続きをお願いしております。

  1. KWC 株式会社への契約譲渡
     同じ環境のままご利用を続けられます。譲渡のお申し込みが必要です。
  2. 解約
     他社サービスへ移行済み、または今後ご利用の予定がないお客様です。

いずれの場合も、2026年12月25日までにお客様専用ページからお手続きください。
期日までにお手続きがない場合は、提供終了日をもって契約を終了いたします。

解約された場合のご注意
  - DNS サーバー、メールサーバー、ウェブサーバー、オプションサービスなど、
    すべての機能がご利用いただけなくなります。
  - 本契約に含まれるすべてのドメイン（サブドメインを含む）が対象です。
  - SSL サーバー証明書は年間契約のため、証明書の有効期限まではご利用いただけます。

お問い合わせの際は、お問い合わせ番号 202610010457 をお伝えください。

KDDI株式会社 KDDI ホスティングサービス サポートセンター
""",
    timeline=["2026-12-25", "2027-03-31"],
    label=L("action-required", ["kddi:KDDI ホスティングサービス Sシリーズ"], [], [],
            "2026-12-25", "verified", False, S,
            "Customers must apply for the contract transfer or cancel -> action-required. "
            "Act-by 2026年12月25日 (the subject names no date); the end of service 2027年3月31日 "
            "is the later event. ISO-2022-JP. The 12-digit inquiry number is a declared trap.",
            traps=["202610010457"], provider="kddi"))

S = src("sakura-phishing-examples-n510", "SAKURA internet notice listing phishing mails in its "
        "name, such as the subject '更新通知が必要 *******.jp' claiming a domain could not be "
        "renewed, with a link to a copy of its site; genuine renewal notices carry the member ID, "
        "contract name and service code", "https://help.sakura.ad.jp/notification/n-510/")
add("023-phish-sakura-domain-renewal-ja.eml",
    frm=("さくらインターネット", "support@sakura-renew-notice.com"), to="info@kitahama-shoten.jp",
    subject="更新通知が必要 kitahama-shoten.jp",
    date="2026-10-16 04:12:08 +0000",
    auth_results=base.auth(result="fail", domain="sakura-renew-notice.com",
                           mailfrom="sakura-renew-notice.com", mx="mx.example.co.jp"),
    charset="utf-8", cte="base64", lang="ja",
    body="""\
お客様

ご利用中のドメイン kitahama-shoten.jp の自動更新手続きが完了できませんでした。

登録されているお支払い情報で決済ができなかったため、このままでは
2026年10月18日にドメインの有効期限が切れ、ホームページとメールが
ご利用いただけなくなります。期限を過ぎると、ドメインは第三者が
取得できる状態になります。

下記のページから、48時間以内に更新手続きを行ってください。

  更新手続きはこちら
  https://sakura-renew-notice.com/member/domain/renew?d=kitahama-shoten.jp

※本メールは送信専用です。

さくらインターネット株式会社
""",
    label=L("action-required", ["sakura-internet:ドメイン"], [], [], "2026-10-18", "suspicious",
            False, S,
            "Look-alike sender domain with SPF/DKIM/DMARC fail, no member ID, contract name or "
            "service code, link to the same foreign domain: a phishing copy of a Sakura domain "
            "renewal notice. Categorised by its claim (renew the domain) -> action-required; "
            "deadline the claimed expiry 2026年10月18日.", provider="sakura-internet"))

_p24 = ["Hello,",
        "Two ElastiCache clusters in this account, listed below, still run the Redis OSS 6 "
        "engine (6.0 or 6.2). January 31, 2027 is the last day on which ElastiCache supports "
        "Redis OSS 6 under standard support.",
        "Clusters left on Redis OSS 6 after that day move into Extended Support without any "
        "step on your side, and the extra Extended Support fee is billed from February 1, 2027. "
        "For that fee AWS keeps patching severe engine vulnerabilities and critical defects for "
        "at most three more years.",
        "To avoid these charges, upgrade the clusters listed below before January 31, 2027 to "
        "ElastiCache for Valkey, a drop-in replacement for Redis OSS 7, or to Redis OSS 7.1. "
        "We recommend taking a snapshot and testing the upgrade on a copy first."]
_arn24 = health_arn("ap-southeast-1", "ELASTICACHE", "AWS_ELASTICACHE_PLANNED_LIFECYCLE_EVENT",
                    "2fe84b61")
_res24 = ["arn:aws:elasticache:ap-southeast-1:837104925366:replicationgroup:session-cache",
          "arn:aws:elasticache:ap-southeast-1:837104925366:replicationgroup:rate-limiter"]
_rows24 = [("Affected account", "837104925366"), ("Service", "ELASTICACHE"),
           ("Event type code", "AWS_ELASTICACHE_PLANNED_LIFECYCLE_EVENT"),
           ("Event type category", "Planned lifecycle event"), ("Region", "ap-southeast-1"),
           ("Start time", "Sun, 31 Jan 2027 23:59:59 GMT"), ("Status", "Upcoming")]
S = src("elasticache-extended-support-charges-doc", "ElastiCache guide page on Extended Support "
        "charges: Redis OSS 4 enters Extended Support on February 1, 2026, Redis OSS 6 standard "
        "support ends on January 31, 2027 and its charges start on February 1, 2027",
        "https://docs---aws.amazon.com.rproxy.govskope.ca/es_es/AmazonElastiCache/latest/dg/"
        "extended-support-charges.html")
add("024-health-elasticache-redis6-action-required.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="[Action required] Amazon ElastiCache for Redis OSS 6 end of standard support "
            "[AWS Account: 837104925366] [AP-SOUTHEAST-1]",
    date="2026-11-24 03:00:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p24, _arn24, _rows24, _res24),
    html=un_html("Amazon ElastiCache for Redis OSS 6 end of standard support", _p24, _arn24,
                 _rows24, host="e4tx9mgs", seed="024", resources=_res24),
    timeline=["2027-01-31", "2027-02-01"],
    label=L("action-required", ["ELASTICACHE"], ["837104925366"], ["ap-southeast-1"],
            "2027-01-31", "verified", False, S,
            "Marked '[Action required]': upgrade before the end of standard support, January 31, "
            "2027 -> action-required and deadline; the Extended Support charges from February "
            "1, 2027 are the later consequence."))


# ==========================================================================
# MAINTENANCE (025-029)
# ==========================================================================

_p25 = ["Hello,",
        "The physical host under your Amazon EC2 instance i-07d3e9a1b5c2f4e86 in the Europe "
        "(London) Region, eu-west-2, is failing, and EC2 can no longer keep it in service. The "
        "instance may already be hard to reach.",
        "The instance is scheduled for retirement. After September 16, 2026 10:00 UTC, EC2 will "
        "stop it. The instance has an EBS volume as its root device, so you can start it again "
        "afterwards, and it will then run on healthy hardware. Data on instance store volumes, if "
        "any, is lost when the instance stops.",
        "The instance carries the tag eks:nodegroup-name=live-workers-2. You can replace it "
        "earlier at a time that suits you, for example by cordoning and draining the node and "
        "terminating it so that its Auto Scaling group launches a replacement. If you do "
        "nothing, EC2 stops it on the scheduled date."]
_arn25 = health_arn("eu-west-2", "EC2", "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED", "a1d4f702")
_res25 = ["i-07d3e9a1b5c2f4e86"]
_rows25 = [("Affected account", "729461830254"), ("Service", "EC2"),
           ("Event type code", "AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED"),
           ("Event type category", "Scheduled change"), ("Region", "eu-west-2"),
           ("Start time", "Wed, 16 Sep 2026 10:00:00 GMT"), ("Status", "Upcoming")]
S = src("moj-eks-node-retirement", "Issue about an EKS worker node scheduled for retirement by "
        "AWS, to be recycled gracefully (cordon, drain, terminate) before the date after an "
        "earlier uncontrolled retirement caused an incident",
        "https://github.com/ministryofjustice/cloud-platform/issues/4312")
add("025-health-ec2-retirement-eks-node.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Amazon EC2 instance scheduled for retirement on September 16, 2026 "
            "[AWS Account: 729461830254] [EU-WEST-2]",
    date="2026-09-02 13:20:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p25, _arn25, _rows25, _res25),
    html=un_html("Amazon EC2 instance scheduled for retirement on September 16, 2026", _p25,
                 _arn25, _rows25, host="n5pc7wrh", seed="025", resources=_res25),
    timeline=["2026-09-16"],
    label=L("maintenance", ["EC2"], ["729461830254"], ["eu-west-2"], "2026-09-16", "verified",
            False, S,
            "Retirement that EC2 performs itself (the instance is stopped on the date; replacing "
            "it earlier is optional) -> maintenance; the subject names September 16, 2026."))

S = src("moj-opensearch-software-update", "Issue quoting AWS's notice that a service software "
        "update is required for Amazon OpenSearch Service domains, listing the domains and the "
        "date after which they are updated automatically",
        "https://github.com/ministryofjustice/cloud-platform/issues/3946")
add("026-opensearch-software-update-required.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon OpenSearch Service: a service software update is required for your domains",
    date="2026-10-08 20:11:36 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

Some Amazon OpenSearch Service domains in your AWS account 582904716338
in the Europe (London) Region, eu-west-2, are running service software
older than R20260915-P2. That release carries security and stability fixes
that OpenSearch Service now requires, and updating at a time you choose is
the least disruptive option.

Domains that have not been updated to R20260915-P2 or later by October 29,
2026 will be updated automatically by OpenSearch Service during their
off-peak window. The update uses a blue/green deployment; the domain
stays available, but response times can rise while shards are copied.

Domains that need the update:
  audit-live
  app-logs-live
  app-logs-staging

To update now, choose "Update" on the domain's page in the console, or run
the StartServiceSoftwareUpdate operation. For more information, see
"Service software updates in Amazon OpenSearch Service" in the developer
guide.

%s
""" % AWS_FOOTER,
    timeline=["2026-10-29"],
    label=L("maintenance", ["ES"], ["582904716338"], ["eu-west-2"], "2026-10-29", "verified",
            False, S,
            "Required service software update that OpenSearch applies itself after October 29, "
            "2026 (updating earlier is optional) -> maintenance, deadline the date it takes "
            "effect. Health service code ES for OpenSearch."))

_p27 = ["お客様",
        "ご利用中の Amazon RDS DB インスタンスの基盤となるハードウェアについて、メンテナンスを"
        "予定しておりますのでお知らせいたします。",
        "対象の DB インスタンスでは、2026年10月19日 15:30 UTC から 2026年10月26日 15:30 UTC "
        "までの間の、お客様が設定したメンテナンスウィンドウでメンテナンスが行われます。"
        "シングル AZ の DB インスタンスでは数分間の停止が発生します。マルチ AZ の場合は"
        "フェイルオーバーが 1 回発生します。",
        "このメンテナンスのステータスは「必須」のため、期間内に自動で適用され、無期限に"
        "延期することはできません。ご都合のよい時間に適用したい場合は、コンソールの"
        "「保留中のメンテナンス」で「次のメンテナンスウィンドウで適用」または「今すぐ適用」を"
        "選択するか、メンテナンスウィンドウを変更してください。"]
_arn27 = health_arn("ap-northeast-1", "RDS", "AWS_RDS_HARDWARE_MAINTENANCE_SCHEDULED",
                    "5c8e2b17")
_res27 = ["arn:aws:rds:ap-northeast-1:264091837150:db:member-db-1"]
_rows27 = [("影響を受けるアカウント", "264091837150"), ("サービス", "RDS"),
           ("イベントタイプコード", "AWS_RDS_HARDWARE_MAINTENANCE_SCHEDULED"),
           ("イベントのカテゴリ", "予定された変更"), ("リージョン", "ap-northeast-1"),
           ("開始時刻", "2026年10月19日 15:30 UTC"), ("終了時刻", "2026年10月26日 15:30 UTC"),
           ("ステータス", "予定")]
S = src("oji-cloud-rds-hardware-maintenance", "Japanese blog post on an RDS maintenance notice for "
        "the underlying hardware with a one-week window, shown as required in the console and "
        "applied in the next maintenance window", "https://oji-cloud.net/2023/06/16/post-7576")
add("027-health-rds-hardware-maintenance-ja.eml",
    frm=AWS_HEALTH, to=TO_JA,
    subject="Amazon RDS DB インスタンスの基盤ハードウェアのメンテナンス予定 "
            "[AWS アカウント: 264091837150] [AP-NORTHEAST-1]",
    date="2026-10-14 02:00:00 +0000", auth_results=A_HEALTH_JA, lang="ja",
    charset="utf-8", cte="base64",
    body=un_text_ja(_p27, _arn27, _rows27, _res27),
    html=un_html_ja("Amazon RDS DB インスタンスの基盤ハードウェアのメンテナンス予定", _p27,
                    _arn27, _rows27, host="s8vk2fdz", seed="027", resources=_res27),
    timeline=["2026-10-19", "2026-10-26"],
    label=L("maintenance", ["RDS"], ["264091837150"], ["ap-northeast-1"], "2026-10-19",
            "verified", False, S,
            "Japanese AWS Health notice of required hardware maintenance that RDS applies itself "
            "in the window -> maintenance; deadline the start of the window 2026年10月19日 (the "
            "end of the window 10月26日 is later)."))

S = src("credentialengine-elasticache-service-update", "Issue quoting the e-mail 'A new Amazon "
        "ElastiCache service update is available' with the update name, severity, type, "
        "recommended apply-by date, auto-update flag, Region and cluster names",
        "https://github.com/CredentialEngine/CredentialRegistry/issues/992")
add("028-elasticache-service-update-available.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="A new Amazon ElastiCache service update is available",
    date="2026-11-02 22:04:51 +0000", auth_results=A_AMAZON,
    body="""\
ElastiCache has released the service update
elasticache-nov-patch-update-202611 for clusters in your account. Updates
of this kind bring engine and operating-system fixes to the nodes; you can
start one yourself from the console, the API or the AWS CLI.

The update is pending on these clusters:

  checkout-sessions
  search-suggest-cache

Summary of the service update:
  Service update name:              elasticache-nov-patch-update-202611
  Severity:                         important
  Update type:                      engine-update
  AWS recommended apply-by date:    2026-12-07 23:59:59 UTC
  Auto-update after the due date:   yes
  AWS Region:                       us-east-2

Because auto-update is enabled for this update, ElastiCache applies it to
the clusters above in their maintenance windows after the recommended
apply-by date if you have not applied it before. Applying it yourself lets
you choose the time; each node is replaced in turn and clusters with
replicas stay available.

To get started, open the Service updates page of the ElastiCache console
in us-east-2. The ElastiCache documentation on self-service updates
explains the options.

%s
""" % AWS_FOOTER,
    timeline=["2026-12-07"],
    label=L("maintenance", ["ELASTICACHE"], [], ["us-east-2"], "2026-12-07", "verified", False,
            S,
            "Service update that ElastiCache applies itself after the recommended apply-by date "
            "(auto-update yes); applying earlier is optional -> maintenance, deadline 2026-12-07. "
            "The notice names no account."))

S = src("zenlogic-platform-change-notes", "Zenlogic notes on its platform-change maintenance: "
        "servers stop during a night-time window, new IP addresses afterwards, customers with "
        "external name servers must update their A records, the old server is switched off",
        "https://zenlogic.jp/support/2019mainte/notes.html")
add("029-zenlogic-platform-maintenance-ja.eml",
    frm=("Zenlogic サポート", "support@zenlogic.jp"), to=TO_JA3,
    subject="【Zenlogic】基盤変更メンテナンス実施日のお知らせ（サーバーID: zs-48213）",
    date="2026-11-09 03:00:00 +0000", auth_results=A_ZENLOGIC,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
Zenlogic をご利用のお客様

いつも Zenlogic ホスティングをご利用いただき、ありがとうございます。
先にご案内しております基盤変更メンテナンスについて、お客様のサーバーの
実施日が決まりましたのでお知らせいたします。

  サーバーID      zs-48213
  実施日時        2026年11月25日 01:00 ～ 06:00（日本時間）
  作業内容        サーバーを新しい基盤へ移します
  影響            作業中はサーバーが停止し、ホームページの表示、メールの送受信、
                  FTP 接続ができません

■ 事前のお願い
  実施日の 1 週間ほど前から作業完了まで、大きなデータ更新（サイトの
  リニューアルや大量のメール送信など）を控えていただくと、作業時間が
  短くなる場合があります。

■ 他社のネームサーバーをお使いのお客様へ
  メンテナンス後はサーバーの IP アドレスが変わります。作業完了後に、
  独自ドメインの DNS ゾーン（A レコードなど）を新しい IP アドレスへ
  変更してください。新しい IP アドレスはカスタマーポータルで確認できます。
  Zenlogic のネームサーバーをお使いの場合は、お手続きは不要です。

■ 作業完了後
  旧サーバーは停止するため、アクセスやデータの取り出しはできません。

ご不便をおかけいたしますが、ご理解のほどよろしくお願いいたします。

Zenlogic サポートセンター
""",
    timeline=["2026-11-25"],
    label=L("maintenance", ["zenlogic:Zenlogic ホスティング"], [], [], "2026-11-25", "verified",
            False, S,
            "Provider moves the server to a new platform in a night window -> maintenance, "
            "deadline the day of the work 2026年11月25日. The DNS change applies only to customers "
            "with external name servers and follows the maintenance.",
            provider="zenlogic"))


# ==========================================================================
# PRICING (030-032)
# ==========================================================================

S = src("cloudrift-2026-07-price-refresh", "Pull request refreshing an AWS price table from the "
        "Price List API for 2026-07: EFS Standard in Europe (Frankfurt) from 0.330 to 0.360 USD "
        "per GB-month and in Singapore from 0.340 to 0.360, CloudWatch Logs and EBS snapshot "
        "prices lowered in several Regions", "https://github.com/elleVas/cloudrift/pull/82")
add("030-efs-price-adjustment-january-2027.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Upcoming price adjustment for Amazon EFS Standard storage effective January 1, 2027",
    date="2026-09-30 19:30:00 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are writing to let you know about a change to the price of Amazon
Elastic File System (Amazon EFS) Standard storage in some AWS Regions,
effective January 1, 2027.

You are receiving this message because your AWS account 190284736512
stored data in EFS Standard in Europe (Frankfurt), eu-central-1, in
September 2026.

New prices per GB-month, from January 1, 2027:

  Region                          Current     New
  Europe (Frankfurt)              $0.33       $0.36
  Asia Pacific (Singapore)        $0.34       $0.36
  Europe (Ireland)                $0.33       $0.33 (no change)

Prices of EFS Infrequent Access and Archive storage, throughput and
requests do not change. Usage before January 1, 2027 is billed at the
current prices.

No action is required. To estimate the effect on your bill, you can use
the AWS Pricing Calculator, and lifecycle management can move files you
rarely read to a cheaper storage class.

%s
""" % AWS_FOOTER,
    timeline=["2027-01-01"],
    label=L("pricing", ["ELASTICFILESYSTEM"], ["190284736512"], ["eu-central-1"], "2027-01-01",
            "verified", False, S,
            "Price increase, no action required -> pricing; deadline the effective date January "
            "1, 2027 (subject). Affected region Frankfurt where the account stores data; "
            "Singapore and Ireland are only rows of the price table."))

S = src("startups-bedrock-extended-access-pricing", "Pull request documenting the Bedrock model "
        "lifecycle (Active, Legacy of at least six months, end of life) and the public extended "
        "access period for models with end of life after February 1, 2026, during which prices "
        "may rise at the provider's discretion", "https://github.com/awslabs/startups/pull/304")
add("031-bedrock-extended-access-price-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA,
    subject="Amazon Bedrock: Claude 3.5 Haiku の延長アクセス期間における料金改定のお知らせ"
            "（2026年12月1日より）",
    date="2026-10-22 06:00:00 +0000", auth_results=A_AMAZON_JA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
お客様

平素よりアマゾン ウェブ サービスをご利用いただき、誠にありがとうございます。

AWS アカウント 453910287164 で過去 30 日間に Amazon Bedrock の
Claude 3.5 Haiku（anthropic.claude-3-5-haiku-20241022-v1:0）をご利用いただいて
いるため、料金の変更についてご案内いたします。

本モデルはレガシー状態にあり、2026年12月1日から「延長アクセス期間」に入ります。
延長アクセス期間中は、モデル提供元の判断により料金が改定されることがあり、
本モデルについては次の料金が適用されます。

                              現在の料金          2026年12月1日以降
  入力トークン 100 万あたり    0.80 USD            1.60 USD
  出力トークン 100 万あたり    4.00 USD            8.00 USD

この料金は、お客様がご利用の米国西部 (オレゴン) リージョン（us-west-2）を含む、
本モデルを提供しているすべてのリージョンに適用されます。2026年11月30日までの
ご利用分は現在の料金で計算されます。

お客様による手続きは必要ありません。費用を抑えたい場合は、アクティブ状態の
後継モデルへの切り替えをご検討ください。

%s
""" % JA_FOOTER,
    timeline=["2026-12-01"],
    label=L("pricing", ["BEDROCK"], ["453910287164"], ["us-west-2"], "2026-12-01", "verified",
            False, S,
            "Japanese price increase for a model in extended access, no action needed -> "
            "pricing; deadline the effective date 2026年12月1日 (subject). 2026年11月30日 is the "
            "last day at the old price, not an act-by date. Region of the customer's usage."))

S = src("supabase-hourly-storage-billing", "Supabase changelog entry moving Storage to hourly "
        "billing (price per GB-hour instead of per GB, same totals for full months, new invoice "
        "item), first for new customers and shortly after for existing ones",
        "https://supabase.com/changelog?next=Y3Vyc29yOnYyOpK0MjAyNC0wOC0wN1QwODozNTowNFrOAGshrQ"
        "%3D%3D&restPage=2")
add("032-supabase-storage-hourly-billing.eml",
    frm=("Supabase", "billing@supabase.com"), to=("Priya Nair", "priya@example.in"),
    subject="Supabase Storage is moving to hourly billing on December 14, 2026",
    date="2026-11-16 16:40:00 +0000", auth_results=A_SUPABASE,
    body="""\
Hi Priya,

We are changing how Storage is billed for your organization acme-labs.
Prices and included quotas stay the same; what changes is the period we
measure.

Today we take the average storage size of your projects over the billing
cycle. From December 14, 2026, we will bill the exact GB you store each
hour instead:

                  Today                After December 14, 2026
  Price           $0.021 per GB        $0.00002919 per GB-hour
  Invoice item    Total storage size   Storage Size GB-Hrs

For a project that stores the same amount all month, the total does not
change: 200 GB for a 30-day month is 144,000 GB-hours and costs the same
as before. Projects that exist for only part of the month, such as
preview branches, will cost less.

New organizations move to hourly billing on December 14, 2026; existing
organizations follow within the next billing cycle after that date. You
do not need to do anything.

The Supabase Team
""",
    timeline=["2026-12-14"],
    label=L("pricing", ["supabase:Storage"], [], [], "2026-12-14", "verified", False, S,
            "Billing-model change (per GB-hour) with no action -> pricing; deadline the date it "
            "takes effect, December 14, 2026 (subject). The per-organization switch 'within the "
            "next billing cycle' has no date of its own.", provider="supabase"))


# ==========================================================================
# BILLING (033-035)
# ==========================================================================

_cad33 = ["Cost Anomaly Detection found an anomaly in the spend monitored by "
          "ServiceMonitor-all-services.",
          "The anomaly started on 2026-09-11 and was still ongoing when this notification was "
          "created. Total cost impact so far: $1,842.16 above the expected spend of $96.40 for "
          "the same period.",
          "Top root cause: Amazon SageMaker, account 305628174930, Region us-east-1, usage type "
          "USE1-Notebook:ml.g5.12xlarge. Other possible causes: Amazon SageMaker, usage type "
          "USE1-Host:ml.g5.2xlarge.",
          "If this spend is expected, you can give feedback on the anomaly in the console so "
          "that future detection improves. To investigate, open the anomaly in Cost Explorer."]
_cad33_rows = [("Monitor", "ServiceMonitor-all-services"), ("Account", "305628174930"),
               ("Anomaly start date", "2026-09-11"), ("Total impact", "$1,842.16"),
               ("Impact percentage", "1,911 %"), ("Service", "Amazon SageMaker"),
               ("Region", "us-east-1")]
S = src("cad-user-notifications-doc", "Cost Anomaly Detection guide page on delivering anomaly "
        "alerts through AWS User Notifications (e-mail and chat channels) with the EventBridge "
        "'Anomaly Detected' event: monitor, impact, root causes by service, account, Region and "
        "usage type", "https://docs---aws.amazon.com.rproxy.govskope.ca/cost-management/latest/"
        "userguide/cad-user-notifications.md")
_cad33_html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cost anomaly detected</title></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#16191f">
<h2 style="margin:0 0 12px 0">Cost anomaly detected</h2>
%s
<table style="margin-top:12px">%s</table>
<p><a href="%s">Open the anomaly in Cost Explorer</a></p>
<p style="font-size:11px;color:#5f6b7a">You receive this e-mail because a notification
configuration in AWS User Notifications sends Cost Anomaly Detection events to this address.</p>
</body></html>
""" % ("\n".join("<p>%s</p>" % _esc(p) for p in _cad33),
       "\n".join("<tr><th align=\"left\" style=\"padding-right:14px\">%s</th><td>%s</td></tr>"
                 % (_esc(k), _esc(v)) for k, v in _cad33_rows),
       awstrack("u7cx2rqm", "https://console.aws.amazon.com/cost-management/home#/anomaly-"
                "detection/overview", "033").replace("&", "&amp;"))
add("033-user-notifications-cost-anomaly.eml",
    frm=AWS_UN, to=TO_BILL,
    subject="Cost anomaly detected: Amazon SageMaker +$1,842.16 [AWS Account: 305628174930]",
    date="2026-09-14 07:26:10 +0000", auth_results=A_UN,
    body="\n\n".join(_cad33) + "\n\n" + "\n".join("  %-20s %s" % (k + ":", v)
                                                   for k, v in _cad33_rows) + """

--
This notification was sent by AWS User Notifications on behalf of AWS Cost
Anomaly Detection. Manage notification configurations in the Console
Notifications Center:
https://console.aws.amazon.com/notifications/home#/configurations
""",
    html=_cad33_html,
    label=L("billing", ["BILLING", "SAGEMAKER"], ["305628174930"], ["us-east-1"], None,
            "verified", False, S,
            "Cost Anomaly Detection alert -> billing; the anomaly start is past and nothing must "
            "be done by a date -> null. Root-cause service and Region (us-east-1)."))

S = src("infotech-budgets-basics-ja", "Japanese article on AWS Budgets: cost budgets, actual and "
        "forecast thresholds and the alert e-mails and actions they trigger",
        "https://info-tech.dev/blog/aws/cost/aws-budgets-basics")
add("034-budgets-forecast-alert-ja.eml",
    frm=AWS_BUDGETS, to="finance-cloud@example.co.jp",
    subject="AWS Budgets: prod-monthly の予測コストがアラートのしきい値を超えました",
    date="2026-10-19 00:42:18 +0000", auth_results=A_BUDGETS_JA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
AWS Budgets のお知らせ

ご設定いただいた予算のアラート条件を満たしたため、お知らせいたします。

  AWS アカウント        702948135627
  予算名                prod-monthly
  予算の種類            コスト（毎月）
  予算額                3,000.00 USD
  アラートのしきい値    予算額の 100%（予測）
  当月の実績コスト      1,912.44 USD
  当月の予測コスト      3,480.27 USD（予算額の 116.0%）

予算の詳細は、AWS Billing and Cost Management コンソールの「予算」で
ご確認いただけます。コストの内訳は Cost Explorer で確認できます。

このアラートの通知先や条件を変更するには、予算の設定を編集してください。

アマゾン ウェブ サービス
""",
    label=L("billing", ["BILLING"], ["702948135627"], [], None, "verified", False, S,
            "Japanese AWS Budgets forecast alert -> billing, no date to act by -> null. No "
            "Region."))

S = src("onebe-amazon-service-interrupted-phish", "Japanese news item on a phishing mail in "
        "Amazon's name: 'service interrupted', the account is suspended and must be checked, "
        "services and account deleted unless renewed within 7 days, the site asks for e-mail, "
        "account number and password", "https://onebe.co.jp/dlpnews/?p=3207")
add("035-phish-aws-service-interrupted-ja.eml",
    frm=("Amazon Web Services", "billing@aws-service-jp.com"), to=TO_JA,
    subject="【AWS】サービス中断のお知らせ：お支払い情報のご確認が必要です",
    date="2026-11-20 11:18:44 +0000",
    auth_results=base.auth(result="fail", domain="aws-service-jp.com",
                           mailfrom="aws-service-jp.com", dkim="none", mx="mx.example.co.jp"),
    charset="utf-8", cte="base64", lang="ja",
    html="""<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>サービス中断のお知らせ</title></head>
<body style="font-family:sans-serif">
<p>AWS をご利用のお客様</p>
<p>今月分のご利用料金について、ご登録のお支払い方法で決済を完了できませんでした。
そのため、お客様の AWS アカウントを一時的に保留とし、EC2 や S3 などのサービスを
中断しております。</p>
<p>7 日以内にお支払い情報を更新していただけない場合、アカウントとすべての
リソースが削除され、復元することはできません。</p>
<p><a href="https://aws-service-jp.com/billing/verify?ref=JP-77120">お支払い情報を更新する</a></p>
<p>更新の際は、アカウントのメールアドレス、パスワード、クレジットカード情報を
ご入力ください。</p>
<p>Amazon Web Services 請求チーム</p>
</body></html>
""",
    relative="7d",
    label=L("billing", ["BILLING"], [], [], "2026-11-27", "suspicious", False, S,
            "Look-alike sender domain with DKIM none and SPF/DMARC fail, asks for password and "
            "card data on a foreign link: a phishing copy of an AWS payment notice, categorised "
            "by its claim (billing). Claimed '7 日以内' from 2026-11-20 -> 2026-11-27. HTML only."))


# ==========================================================================
# INFORMATIONAL (036-038)
# ==========================================================================

S = src("startups-bedrock-45-day-legacy", "Pull request updating a Bedrock lifecycle table after "
        "AWS split the policy on 2026-09-07: models launched from that date follow their model "
        "card and may have only a 45-day Legacy period; older models keep the six-month rule",
        "https://github.com/awslabs/startups/pull/307")
add("036-bedrock-lifecycle-policy-update-news.eml",
    frm=AWS_NOREPLY, to=TO_DEV,
    subject="Update to the Amazon Bedrock model lifecycle policy for models launched on or "
            "after September 7, 2026",
    date="2026-09-10 15:45:00 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are writing to tell you about an update to the Amazon Bedrock model
lifecycle policy. You are receiving this message because your account
839201746518 uses foundation models on Amazon Bedrock.

What changes
  - For models launched on or after September 7, 2026, the model card
    states how long the model stays in the Legacy state before it reaches
    end of life. For some models this period can be as short as 45 days.
  - Models launched before September 7, 2026 keep the current rule: at
    least six months in the Legacy state before end of life.
  - The public extended access period, with possibly higher prices, still
    applies only to the models whose end of life falls after February 1,
    2026.

What does not change
We will keep notifying you through AWS Health when a model you use enters
the Legacy state, and again before its end-of-life date. The current
lifecycle dates of each model are on the "Model lifecycle" page of the
Amazon Bedrock user guide.

There is nothing you need to do now. When you choose a newer model for a
long-lived application, check its model card for the planned lifecycle.

%s
""" % AWS_FOOTER,
    label=L("informational", ["BEDROCK"], ["839201746518"], [], None, "verified", False, S,
            "News about lifecycle rules and deadlines of future models, nothing to do -> "
            "informational, null. The date in the subject (September 7, 2026) is already past; "
            "February 1, 2026 is past too."))

S = src("zoph-orgs-membership-cloudtrail-events", "Issue on the CloudTrail events that AWS "
        "Organizations emits to the management account since May 28, 2026 on every membership "
        "change (AccountJoinedOrganization, AccountDepartedOrganization with Left, Removed and "
        "Cleaned), closing a detection gap",
        "https://github.com/zoph-io/aws-security-survival-kit/issues/35")
add("037-organizations-cloudtrail-events-news-ja.eml",
    frm=AWS_NOREPLY_JA, to=TO_JA,
    subject="AWS Organizations: 組織メンバーシップの変更を記録する CloudTrail イベントのご案内",
    date="2026-10-09 04:30:00 +0000", auth_results=A_AMAZON_JA,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
お客様

AWS Organizations の管理アカウント（AWS アカウント 125093847611）をご利用の
お客様に、セキュリティ監視に役立つ機能についてご案内いたします。

2026年5月28日より、AWS Organizations は組織のメンバーシップが変わるたびに、
次の CloudTrail イベントを管理アカウントに記録しています。

  AccountJoinedOrganization
    アカウントが組織に参加したとき（Created: 組織から作成 / Invited: 招待を承諾）
  AccountDepartedOrganization
    アカウントが組織から外れたとき（Left: メンバーが脱退 / Removed: 管理アカウントが削除 /
    Cleaned: アカウント閉鎖の 90 日間の待機期間が終わり、閉鎖が確定）

これまで、アカウントの閉鎖が確定した時点を示すイベントはありませんでした。
想定外のアカウントの追加や脱退は、第三者による組織の乗っ取りや請求の
付け替えの兆候であることがあります。これらのイベントを検知ルールや
通知に組み込むことをご検討ください。

イベントはすべての商用リージョン、AWS GovCloud (US)、中国リージョンで
記録されます。お客様による設定変更は必要ありません。

%s
""" % JA_FOOTER,
    label=L("informational", ["ORGANIZATIONS"], ["125093847611"], [], None, "verified", False,
            S,
            "Japanese announcement of new CloudTrail events with security advice but nothing to "
            "do -> informational, null; 2026年5月28日 is past. Words such as 乗っ取り are news, "
            "not an incident in the reader's account."))

S = src("linode-api-db-load-incident", "Linode status page summary: unoptimised queries raised "
        "load on the management database behind the Linode API and Cloud Manager, brief "
        "connection rejections, firmware changes in a scheduled maintenance, no recurrence since, "
        "finer monitoring planned", "https://linode.statuspage.io/incidents/z52jk45nrgtz")
add("038-linode-api-incident-summary.eml",
    frm=("Akamai Cloud Computing", "noreply@linode.com"), to=("Amir Haddad", "amir@example.org"),
    subject="Incident summary: intermittent errors in the Linode API and Cloud Manager",
    date="2026-10-16 18:05:00 +0000", auth_results=A_LINODE,
    body="""\
Hello,

We are sharing a summary of an issue that affected the Linode API and
Cloud Manager between mid-September and October 7, 2026.

What happened
From about September 14, 2026, traffic from unoptimised queries to the
management database behind the API and Cloud Manager kept growing. At peak
times the database briefly refused new connections. Some API calls and
Cloud Manager pages returned errors for a few seconds and then recovered on
their own. Running Linodes, networking and storage were not affected.

What we did
We identified the heaviest queries and optimised them, and moved read-only
queries to replica databases where we could. During the scheduled
maintenance on October 1, 2026 we also changed the firmware of the database
hosts. We have not seen the problem since October 7, 2026.

What comes next
Alerts now fire per calling application, so a new source of load is
visible within minutes, and the traffic to this database is reviewed on a
fixed schedule.

No action is required from you. Our investigation continues, and this
summary may be updated.

Akamai Cloud Computing Support
""",
    label=L("informational", ["linode:API", "linode:Cloud Manager"], [], [], None, "verified",
            False, S,
            "Summary of a resolved provider-side incident, 'No action is required' -> "
            "informational, null; all dates are past.", provider="linode"))


# ==========================================================================
# SECURITY ADVISORIES (039-040)
# ==========================================================================

S = src("simpler-grants-securityhub-alerts", "Pull request setting up e-mail alerts for "
        "CRITICAL and HIGH Security Hub findings through EventBridge and SNS, with the finding "
        "title, severity, compliance status, resource, account, Region and remediation in each "
        "alert", "https://github.com/HHS/simpler-grants-gov/pull/7218")
add("039-sns-securityhub-high-finding.eml",
    frm=AWS_SNS, to=("Security Team", "security@example.ca"),
    subject="AWS Notification Message",
    date="2026-11-04 21:33:07 +0000", auth_results=A_SNS,
    charset="utf-8", cte="qp",
    body=common.sns_body("""\
⚠️ HIGH Security Hub finding

Title:       [EC2.19] Security groups should not allow unrestricted access to
             ports with high risk
Severity:    HIGH
Compliance:  FAILED
Account:     846203917524
Region:      ca-central-1
Resource:    AwsEc2SecurityGroup
             arn:aws:ec2:ca-central-1:846203917524:security-group/sg-0b7f2c91e4d83a6a5
Standard:    AWS Foundational Security Best Practices v1.0.0

Description:
The security group legacy-admin-sg allows inbound traffic from 0.0.0.0/0 on
TCP ports 3389 (RDP) and 5432 (PostgreSQL).

Remediation:
Remove the rules that allow 0.0.0.0/0 or ::/0 on these ports, or limit them
to the address ranges that need access. See the Security Hub documentation
for control EC2.19.

Console: https://console.aws.amazon.com/securityhub/home?region=ca-central-1#/findings
""", "arn:aws:sns:ca-central-1:846203917524:security-hub-findings", "aw7-039",
        "security@example.ca"),
    label=L("security-advisory", ["EC2"], ["846203917524"], ["ca-central-1"], None, "verified",
            False, S,
            "Generic SNS subject (same as 004) over a Security Hub control failure: a security "
            "group open to the internet on risky ports, nothing says it was used -> "
            "security-advisory, null. The affected service is EC2."))

_p40 = ["Hello,",
        "AWS is aware of five issues in the CRI plugin of containerd versions 1.7 through 2.3: "
        "CVE-2026-50195, CVE-2026-53488, CVE-2026-53492, CVE-2026-53489 and CVE-2026-47262 "
        "(AWS Security Bulletin 2026-046-AWS). The most serious ones let a crafted container "
        "image or checkpoint run commands on, or read files from, the host that runs it.",
        "You are receiving this notification because the managed node groups listed below run "
        "an Amazon EKS optimized AMI released before the fixed containerd versions. Nothing "
        "indicates that the issues have been used against your clusters.",
        "We recommend that you update these node groups to the latest Amazon EKS optimized AMI, "
        "which includes the fixed containerd release, and that you limit who can push images to "
        "the registries your clusters pull from. Nodes that use your own AMIs need an updated "
        "containerd package from your AMI provider.",
        "Fargate pods and EKS Auto Mode nodes are updated by AWS and need no action."]
_arn40 = health_arn("us-west-2", "EKS", "AWS_EKS_SECURITY_NOTIFICATION", "e0b6c372")
_res40 = ["arn:aws:eks:us-west-2:358102947261:nodegroup/payments-prod/general-a/8ec6f1d2",
          "arn:aws:eks:us-west-2:358102947261:nodegroup/payments-prod/batch-b/3ad95be7"]
_rows40 = [("Affected account", "358102947261"), ("Service", "EKS"),
           ("Event type code", "AWS_EKS_SECURITY_NOTIFICATION"),
           ("Event type category", "Account notification"), ("Region", "us-west-2"),
           ("Start time", "Fri, 25 Sep 2026 18:00:00 GMT"), ("Status", "Open")]
S = src("aws-bulletin-2026-046-containerd", "AWS Security Bulletin 2026-046-AWS on five issues "
        "in the containerd CRI plugin (versions 1.7 to 2.3) affecting EKS, ECS, Fargate, "
        "Bottlerocket and Amazon Linux, fixed upstream",
        "https://aws.amazon.com/security/security-bulletins/rss/2026-046-aws/")
add("040-health-eks-containerd-security-html-only.eml",
    frm=AWS_HEALTH, to=TO_SEC,
    subject="Security notification for containerd CRI plugin issues (2026-046-AWS) "
            "[AWS Account: 358102947261] [US-WEST-2]",
    date="2026-09-26 02:10:00 +0000", auth_results=A_HEALTH,
    html=un_html("Security notification for containerd CRI plugin issues (2026-046-AWS)", _p40,
                 _arn40, _rows40, host="b6fm3ydq", seed="040", resources=_res40),
    label=L("security-advisory", ["EKS"], ["358102947261"], ["us-west-2"], None, "verified",
            False, S,
            "HTML-only AWS Health security notification: node groups run a vulnerable "
            "containerd, no sign of use, update recommended without a date -> "
            "security-advisory, null. The 'Start time' is the (past) Date of the event."))


# ==========================================================================
# writing and checking
# ==========================================================================

# what a reminder says about repeating an earlier notice
REMINDER_RE = re.compile(r"reminder|writing again|follow[- ]up|リマインダー|再度のご案内", re.I)
# informational notices that talk about security or deadlines as news
NEWS_RE = re.compile(r"end of life|lifecycle|deadline|security|乗っ取|セキュリティ", re.I)


def _reminder_checks(spec, msg, text):
    """A reminder says it repeats an earlier notice; a notice that says so is a reminder."""
    errors = []
    says = REMINDER_RE.search(str(msg["Subject"]) + "\n" + text) is not None
    if spec["label"]["reminder"] and not says:
        errors.append("labelled reminder but the text does not say it repeats a notice")
    return errors


def _batch_errors(labels):
    """The mix this batch promises, and an informational notice that is news about security
    or deadlines."""
    errors = BATCH.mix_errors(
        labels, marker_re=MARKER_RE,
        exact={"notices": 40, "critical": 12, "action-required": 12, "maintenance": 5,
               "pricing": 3, "billing": 3, "informational": 3, "security-advisory": 2,
               "phishing": 2, "reminder": 2},
        at_least={"aws": 28, "body-only": 7, "japanese": 8, "inline-forward": 1,
                  "rfc822-forward": 1, "html-only": 2},
        at_most={"marked": 3})
    news = [m for m in MSGS if m["label"]["category"] == "informational"
            and NEWS_RE.search(m["body"] or m["html"] or "")]
    if not news:
        errors.append("no informational notice talks about security or deadlines")
    return errors


def main():
    BATCH.write_checked(build=base.build, readme=README, senders=PROVIDER_DOMAINS,
                        extra=[_own_checks, _more_checks, _reminder_checks],
                        batch_errors=_batch_errors)


README = """\
# aws-wording-7: AWS-heavy notices in new wording (AWS and seven other providers)

%(n)d notices (`NNN-short-name.eml`) with labels in `labels.json` (paths relative to the
parent `corpus/` folder). Everything here is written by `generate.py` (standard library only,
deterministic):

    python3 Tests/Fixtures/Resources/corpus/aws-wording-7/generate.py

The script imports the MIME helpers and `auth()` from the parent `generate.py`, and the
per-message checks and sender table of `../aws-wording-6/generate.py` (which in turn loads
aws-wording-4 and -5; importing them builds their messages in memory and writes nothing). It
rewrites the `.eml` files, `labels.json` and this README, parses every file back and checks the
labels against the decoded text: the shared checks (account IDs present, other 12-digit runs
declared as traps, regions present as code or name, Date within 2026-09-01..2026-11-30, no
deadline before the Date, no 12-digit run in a Message-ID, verified mail from the provider's own
domain with passing authentication, AWS services are `id`s of
`Sources/DigestClassify/Resources/services.json`, other providers' services carry the
`<provider>:` prefix), aws-wording-5's (every deadline that is not relative and every timeline
date is written in the text and lies after the Date, 'body only' critical notices have no
critical word in the subject, phish fail or lack authentication, forwards are what they claim),
aws-wording-6's (a wider list of critical words kept out of a 'body only' subject, the stock
words 'compromised', 'abuse report' and 'exposed' kept out of its whole text, relative deadlines
equal the date computed from the Date header), and its own: a reminder says that it repeats an
earlier notice, the batch mix below holds (at least 28 AWS notices, at most three marked
action-required subjects, at least 8 Japanese notices), and no source is used twice or by an
earlier batch (labels, notes, READMEs and generate.py files of the other folders). It exits 1 on
a mismatch. Edit the script, not the files.

All labels were decided by reading the messages; the classifier was neither run nor read.
Wording is our own; shapes (subjects, senders, structure, date kinds, account and region
notation) follow the public pages listed under Sources. Account IDs, case, ticket and resource
IDs, names, IP addresses, prices and many 2026-2027 details are invented for the autumn-2026
setting (for example the EFS and Claude 3.5 Haiku price changes, the KDDI application date, the
Zenlogic maintenance date, the Supabase billing date, the CloudShell, ACM and Identity Center
dates, the Linode incident dates, the RDS minor versions). Real dates kept where public: Claude
Sonnet 4 on Bedrock is Legacy since April 14, 2026 and reaches end of life on October 14, 2026;
Amazon Pinpoint ends on October 30, 2026; PCoIP WorkSpaces Personal end on October 31, 2027
(no new customers from July 31, 2026); Amazon Q Developer IDE plugins and Pro subscriptions end
on April 30, 2027 (no sign-ups from May 15, 2026); ElastiCache for Redis OSS 6 leaves standard
support on January 31, 2027 (Extended Support charges from February 1, 2027); the Pub/Sub Go
client v1 ends on December 31, 2026; the Bedrock lifecycle policy split on September 7, 2026;
AWS Organizations emits membership CloudTrail events since May 28, 2026; AWS Security
Bulletin 2026-046-AWS covers the containerd CRI plugin.

## Deadline rule used

The product owner's rule governs: the deadline is the date the reader must act by; when the
subject names the date of an event (end of support, retirement, a change taking effect), that
date; an earlier restriction (no new creation) is not the deadline unless the reader's action is
tied to it; a later consequence (automatic upgrade, Extended Support charges, deletion,
suspension, isolation) is not the deadline; with no act-by date and no subject date, the date
the change takes effect (for enforcement already applied, the Date); relative deadlines ('within
24 hours', '14 days', '7 日以内', '24 時間以内') are resolved from the Date header; only dates still
ahead of the Date count; null for informational, billing and security-advisory notices unless
they set an explicit action date, and for incidents that name no date; for phishing, the date
the lure claims.

## What is in the batch

- Critical (%(crit)d; %(body_only)d of them with the critical fact only in the body, said in
  varied words). Bland subjects: 'FW: AWS notice about instance i-... - please look today' with
  an attached Trust & Safety notice about SSH log-in attempts from the instance (001); 'Your AWS
  Account ...: please contact AWS Support' over a suspected sign-in by someone else, a new
  administrator IAM user and limited services (002); 'AWS Notification Message' whose only
  content is a GuardDuty Persistence:IAMUser/AnomalousBehavior finding (004); a Japanese 'ご利用
  状況に関するご確認のお願い' over a key used from unknown networks to run Bedrock models (005);
  a Japanese 'Amazon CloudFront ディストリビューション E3K7... に関するご連絡' over a copy of a
  bank's sign-in served by the distribution (006); 'AWS Support case ... has been opened for your
  account' over a key published in a public repository and a quarantine policy (008); a Japanese
  'さくらのレンタルサーバ ... 重要なお知らせ' over a remote-control script and a fake delivery page
  planted on the account (009); 'About your Netlify site ...' over a site put behind password
  protection after a phishing report (010). Plain subjects: an SES Vulnerable Site Review Period
  (003), an EC2 follow-up on unanswered intrusion-attempt reports (007, a reminder), a Supabase
  organization restricted for unsolicited Auth mail (011), a Japanese MSP relaying an EC2 report
  of botnet C&C traffic (012).
- Action required: Claude Sonnet 4 end of life on Bedrock (013), a Pinpoint end-of-support
  reminder (014), PCoIP WorkSpaces end of support (015), HTML-only CloudShell data deletion (016),
  '[Action Required]' ACM renewal with missing DNS records (017), Japanese RDS for PostgreSQL
  minor versions (018), an IAM Identity Center SAML certificate (019), Amazon Q Developer end of
  support (020), Google's Pub/Sub Go client v1 forwarded inline (021), the Japanese KDDI hosting
  S series procedure in ISO-2022-JP (022), a Japanese Sakura domain-renewal phish (023),
  '[Action required]' ElastiCache Redis OSS 6 end of standard support (024).
- Maintenance: an EC2 retirement of an EKS node (025), an OpenSearch service software update
  (026), Japanese RDS hardware maintenance (027), an ElastiCache service update (028), a Japanese
  Zenlogic platform-change maintenance (029).
- Pricing: an EFS price adjustment (030), a Japanese Bedrock extended-access price (031),
  Supabase hourly storage billing (032). Billing: a Cost Anomaly Detection alert through AWS
  User Notifications (033), a Japanese AWS Budgets forecast alert (034), an HTML-only Japanese
  AWS payment phish (035).
- Informational: the Bedrock model lifecycle policy update (036, deadlines as news), Japanese
  news about AWS Organizations membership events (037, security as news), a Linode incident
  summary (038). Security advisories: a Security Hub finding through SNS (039), an HTML-only AWS
  Health notification about containerd (040).
- Providers: %(prov)s.
- Senders: no-reply-aws@amazon.com (plain, Japanese and Support notices), health@aws.com
  (managed notifications, multipart or HTML only with awstrack.me links, two in Japanese),
  trustandsafety@support.aws.com (inside a forward), ec2-abuse@amazon.com,
  no-reply@sns.amazonaws.com, no-reply@notifications.aws, budgets@costalerts.amazonaws.com;
  CloudPlatform-noreply@google.com (inside a forward); support@sakura.ad.jp; team@netlify.com;
  abuse@ and billing@supabase.com; s-hos-info@kddi.com; support@zenlogic.jp; noreply@linode.com;
  two colleagues, a Japanese MSP and two look-alike domains for the phish.
- Encodings: us-ascii 7bit, UTF-8 quoted-printable and base64, ISO-2022-JP (022), HTML only
  (016, 035, 040), multipart/alternative (Health notices, 033), multipart/mixed with
  message/rfc822 (001). Languages: %(en)d English, %(ja)d Japanese.
- Traps: identical generic subjects 'AWS Notification Message' over an incident (004) and an
  advisory (039); an account only in dashed form in a subject (012); a 12-digit GCP project
  number (021) and a 12-digit KDDI inquiry number (022) declared as traps; 10-digit case,
  service and report numbers; a past date in a subject (036); past restriction dates (015, 020);
  earlier restrictions (018) and later consequences (013, 014, 018, 022, 024); the end of a
  maintenance window (027); a last-day-at-the-old-price date (031); Regions that are only price
  rows (030); security words in informational news (037); a Japanese 'Abuse Report' relayed by
  an MSP (012); a follow-up that counts as a reminder (007) and a notice that only promises
  future reminders (015).

## Counts

| category | all | verified | unverified | suspicious |
|---|---|---|---|---|
%(rows)s

Trust: %(ver)d verified, %(unv)d unverified, %(sus)d suspicious.
Reminders: %(rem)d. Messages with a deadline: %(dl)d.

## Labels we were unsure of

- `010` (Netlify password protection): enforcement already in effect with no act-by date -> the
  Date by the rule's fallback; null would also be defensible.
- `004` (GuardDuty) and `005` (Bedrock): security-incident from detections that only say the
  activity is anomalous; `005` says a third party probably has the key, `004` leaves it open.
- `009` (Sakura): security-incident rather than abuse, although the planted script also sent
  mail to others and the provider stopped the account's mail sending.
- `011` (Supabase): abuse, although the notice allows that someone else changed the templates.
- `012` (MSP relay): the deadline is the MSP's own reply-by date (2026-11-18), not a date of
  AWS; AWS's notice sets none.
- `016` (CloudShell) and `020` (Amazon Q Developer): services left empty because neither
  CloudShell nor Amazon Q Developer has an id in services.json; `016` might be read as
  informational (nothing breaks if the data goes), but keeping the data needs an action by the
  date.
- `015` (WorkSpaces PCoIP): not a reminder, although it announces future periodic reminders.
- `022` (KDDI): deadline 2026-12-25 (the application date) rather than 2027-03-31 (the end of the
  service); the subject names no date.
- `023` (Sakura phish): action-required by its claim (renew the domain); billing would also fit
  a lure about a failed payment.
- `026` and `028`: maintenance with the auto-update date as deadline, although both ask the
  reader to update earlier.
- `029` (Zenlogic): maintenance, although customers with external name servers must change
  their DNS records after the work.
- `030` (EFS prices): only Frankfurt as region, where the account stores data; Singapore and
  Ireland appear only in the price table.
- `033` (Cost Anomaly Detection): the root-cause Region us-east-1 labelled as the affected
  region, as earlier batches do.
- `036` (Bedrock lifecycle): informational with null, although it talks about deadlines and
  the subject carries a (past) date.
- Service names chosen by us for other providers: `google-cloud:Pub/Sub`,
  `sakura-internet:さくらのレンタルサーバ`, `sakura-internet:ドメイン`, `netlify:Sites`,
  `supabase:Auth`, `supabase:Storage`, `kddi:KDDI ホスティングサービス Sシリーズ`,
  `zenlogic:Zenlogic ホスティング`, `linode:API`, `linode:Cloud Manager`.

## Sources read (shapes and facts, never copied)

%(sources)s
"""


if __name__ == "__main__":
    main()
