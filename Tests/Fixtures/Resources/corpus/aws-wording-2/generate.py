#!/usr/bin/env python3
"""Generate the `aws-wording-2` batch of the labelled notice corpus.

Standard library only, deterministic. Run from anywhere:

    python3 Tests/Fixtures/Resources/corpus/aws-wording-2/generate.py

40 AWS notices in wording the earlier batches do not use: AWS Health events
delivered through AWS User Notifications (health@aws.com), customer-configured
User Notifications (no-reply@notifications.aws), Support case mails of several
kinds (a case opened about an abuse report, an SRT case during a DDoS, a case
reply that asks for information by a date, a resolved limit increase), Service
Quotas, Trusted Advisor Priority, Cost Anomaly Detection, Savings Plans and
Reserved Instance expiry, SES review / probation / pause, Shield, WAF managed
rule versions, ACM imported certificates, Route 53 account-to-account transfer
and domain prices, IAM Identity Center, AWS Organizations and Control Tower,
AWS CLI v1 end of support, EC2 scheduled events of three kinds, Neptune /
ElastiCache / MemoryDB / DocumentDB engine notices, a Lambda runtime notice in
the "What's happening? / What do I need to do?" phrasing, a security bulletin,
a genuine sign-in mail from signin.aws, marketing mail through awstrack.me,
three phishing mails and two relayed copies.

Every message is written in our own words after the shape of a real, public
notice (the `source` of each label).  Each label was decided by reading the
message; the project's classifier was neither run nor read.

Writing the files, labels.json and README.md and the checks of every file
against its label (account IDs and traps, regions, Date and deadline, no
12-digit run in a Message-ID, files) are shared with the other batches
(corpus_common.py); this batch adds that every notice is AWS's and exits 1 on
any mismatch.  MIME building and Authentication-Results come from the parent
folder's generate.py; importing either writes nothing.
"""
import functools
import os
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ in the corpus folder
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_common as common        # noqa: E402  (labels, writing and checking)
import generate as base               # noqa: E402  (MIME helpers)
from generate import TO_BILL, TO_JA, TO_OPS, TO_ROOT, TO_SEC  # noqa: E402
from corpus_common import (JA_FOOTER, SUPPORT_FOOTER, fwd_block,  # noqa: E402
                           health_arn, un_text)

BATCH = common.Batch(__file__, msgid=common.hashed_msgid("0100019b"))
MSGS, SRC = BATCH.msgs, BATCH.sources
add, src = BATCH.add, BATCH.src
L = common.label   # (category, services, accounts, regions, deadline, trust, reminder, source, note,
#                     traps=())
_esc = common.esc


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def awstrack(host, target, seed, n=512):
    return common.tracked_link(host, target, seed, n, "0100019b")


# HTML part of a health@aws.com managed notification; this batch's paragraphs hold markup
un_html = functools.partial(common.un_html, link=awstrack, escape=False)


def mkt_html(title, paras, links, *, host, seed, lang="en"):
    """HTML of an aws-marketing-email-replies@amazon.com mail; every link is tracked."""
    items = "\n".join("<p style=\"margin:0 0 14px 0\">%s</p>" % p for p in paras)
    btns = "\n".join("<p><a href=\"%s\" style=\"color:#ffffff;background:#232f3e;padding:9px 16px;"
                     "text-decoration:none\">%s</a></p>" % (
                         awstrack(host, tgt, seed, 330).replace("&", "&amp;"), lab)
                     for lab, tgt in links)
    unsub = awstrack(host, "https://pages.awscloud.com/communication-preferences.html", seed, 330)
    if lang == "ja":
        foot = ("本メールは、アマゾン ウェブ サービスからのお知らせの受信を登録された方にお送りしています。"
                "<a href=\"%s\">配信停止・設定変更</a><br>アマゾン ウェブ サービス ジャパン合同会社 "
                "東京都品川区上大崎3-1-1 目黒セントラルスクエア" % unsub)
    else:
        foot = ("You are receiving this message because you opted in to product news from Amazon "
                "Web Services. <a href=\"%s\">Update your preferences or unsubscribe</a>.<br>"
                "Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210" % unsub)
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s</title></head>
<body style="margin:0;background:#eaeded">
<table width="600" align="center" style="background:#ffffff;font-family:Arial,sans-serif;font-size:15px;color:#16191f">
<tr><td style="background:#232f3e;padding:16px 24px;color:#ff9900;font-weight:bold">aws</td></tr>
<tr><td style="padding:26px 24px 8px 24px"><h1 style="font-size:23px;margin:0">%s</h1></td></tr>
<tr><td style="padding:8px 24px">
%s
%s
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#687078">%s</td></tr>
</table>
</body></html>
""" % (_esc(title), _esc(title), items, btns, foot)


AWS_FOOTER = "Thank you for using Amazon Web Services.\n\n" + common.AWS_FOOTER

AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_SUPPORT = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
AWS_UN = ("AWS Notifications", "no-reply@notifications.aws")
AWS_TS = ("AWS Trust & Safety", "trustandsafety@support.aws.com")
AWS_SNS = ("AWS Notifications", "no-reply@sns.amazonaws.com")
AWS_REGISTRAR = ("Amazon Route 53", "noreply@registrar.amazon.com")
AWS_MKT = ("Amazon Web Services", "aws-marketing-email-replies@amazon.com")
AWS_MKT_JA = ("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com")
AWS_COST = ("AWS Cost Management", "no-reply@costalerts.amazonaws.com")
AWS_SIGNIN = ("Amazon Web Services", "no-reply@signin.aws")

A_AMAZON = base.auth(domain="amazon.com", mailfrom="amazonses.com")
A_HEALTH = base.auth(domain="aws.com", mailfrom="amazonses.com")
A_UN = base.auth(domain="notifications.aws", mailfrom="amazonses.com")
A_TS = base.auth(domain="support.aws.com", mailfrom="amazonses.com")
A_SNS = base.auth(domain="sns.amazonaws.com", mailfrom="amazonses.com")
A_COST = base.auth(domain="costalerts.amazonaws.com", mailfrom="amazonses.com")
A_SIGNIN = base.auth(domain="signin.aws", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_AMAZON_JA = base.auth(domain="amazon.com", mailfrom="amazonses.com", mx="mx.example.co.jp")
A_UN_JA = base.auth(domain="notifications.aws", mailfrom="amazonses.com", mx="mx.example.co.jp")

TO_JA2 = "infra@example.jp"


# ==========================================================================
# ABUSE AND SECURITY INCIDENTS (001-011)
# ==========================================================================

S = src("abuse-case", "Abuse reporting FAQs (what Trust & Safety does with a report, the case it opens)",
        "https://www.repost.aws/articles/ARDaJQbZSdSdKpFjrFMNmgzQ/abuse-reporting-faqs")
add("001-support-case-abuse-report-spam.eml",
    frm=AWS_SUPPORT, to=TO_ROOT,
    subject="Case ID 178112640500731: Abuse report concerning your Amazon EC2 resources",
    date="2026-09-14 08:41:17 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

AWS Trust & Safety opened the support case below on your behalf. We received
a report of abusive activity that involves resources in your AWS account, and
we need you to look at it and answer in the case.

Case ID:      178112640500731
Subject:      Abuse report concerning your Amazon EC2 resources
Severity:     Urgent
Opened by:    AWS Trust & Safety

Correspondence:
A mailbox provider told us that one of your instances sent unsolicited bulk
email to its users between 2026-09-13 21:10 UTC and 2026-09-13 23:55 UTC.
The complaint, including full message headers, is attached to the case.

  AWS ID:          604917238851
  Region:          ap-southeast-2
  Instance ID:     i-0b7c2e94f15a3d086
  Public IPv4:     3.105.44.210
  Reporter ref.:   MP-88410357

Within 24 hours of this message, please:
  1. Stop the activity, for example by stopping the instance or removing the
     software that sends the mail.
  2. Answer in the case with what caused it and what you changed so that it
     does not happen again.

If we do not hear from you in that time, we may block the instance's
traffic or restrict other resources in the account.

View the case and reply in the Support Center:
%s

%s
""" % (awstrack("qhvb6m1p", "https://console.aws.amazon.com/support/home#/case/?displayId="
                "178112640500731&language=en", "001"), SUPPORT_FOOTER),
    label=L("abuse", ["EC2"], ["604917238851"], ["ap-southeast-2"], "2026-09-15", "verified",
            False, S,
            "A Support case opened by Trust & Safety that carries an abuse report (spam from one "
            "instance): category of what it carries. 'Within 24 hours' of 2026-09-14 08:41 UTC -> "
            "2026-09-15; the 13 September times are when it happened. 15-digit case id is not an "
            "account; the Support Center link goes through awstrack.me (us-east-1 in the host is "
            "not a resource region)."))

S = src("ses-pause", "SES 'IMPORTANT CHANGE IN YOUR SENDING STATUS' pause notice quoted in a blog",
        "https://blog.lalatendu.info/misc/aws-q-n-a/aws-important-change-in-your-sending-status")
add("002-ses-sending-status-paused.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Amazon SES: change to the sending status of your account in Europe (Ireland)",
    date="2026-09-29 17:05:44 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

======================================================================
YOUR AMAZON SES SENDING STATUS HAS CHANGED
======================================================================

You are listed as the primary contact for AWS account 3715-6084-2907. On
1 Sep 2026 we placed the account's Amazon SES sending in the Europe (Ireland)
Region under review because of a high complaint rate. The review period ended
on 28 Sep 2026 and the rate went up instead of down, so we have paused the
account's ability to send email through Amazon SES in that Region.

======================================================================
DETAILS
======================================================================

Complaint rate over the last 48,210 eligible messages: 0.71%%
Period covered by the measurement: the last 34 days

We recommend keeping the complaint rate under 0.1%%. Above 0.5%% we may pause
sending to protect the reputation of the shared sending addresses that all
Amazon SES customers rely on. A complaint is counted when a recipient marks
your message as spam in their mailbox.

======================================================================
WHAT HAPPENS NOW
======================================================================

Messages you submit through the SES API or SMTP interface in Europe (Ireland)
will be rejected while the pause is in place. Other AWS services and other
Regions are not affected.

When you have found and fixed the cause (for example, sending only to people
who asked for your mail and honouring unsubscribe requests), open the
Reputation metrics page of the Amazon SES console and choose "Request a
review". Tell us what you changed. We lift the pause only after the review.

https://console.aws.amazon.com/ses/home?region=eu-west-1#/reputation

%s
""" % AWS_FOOTER,
    label=L("abuse", ["SES"], ["371560842907"], ["eu-west-1"], None, "verified", False, S,
            "SES sending paused for complaints (reputation enforcement -> abuse as the parent "
            "README asks). Account only in dashed form 3715-6084-2907; region by name and in the "
            "console URL. Both dates (1 and 28 Sep) are past and the pause is already in place, "
            "so no act-by date -> null."))

S = src("ses-review-ja", "Japanese knowledge-center article on SES accounts under review / paused",
        "https://aws.amazon.com/jp/premiumsupport/knowledge-center/ses-resolve-account-review-pause/")
add("003-ses-review-started-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="Amazon SES 送信アカウントの審査開始について (AWS アカウント 528304716693)",
    date="2026-10-06 02:13:50 +0000", auth_results=A_AMAZON_JA,
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様各位

AWS アカウント 528304716693 の主要連絡先としてご登録のお客様にお送りしています。

アジアパシフィック (東京) リージョンにおけるお客様の Amazon SES 送信アカウントの
バウンス率が高い状態で推移しているため、本日 2026年10月6日 付で送信アカウントを
審査対象といたしました。

  現在のバウンス率:     9.6%% (直近 22,480 通の対象メールで算出)
  推奨値:               5%% 未満
  審査期間の終了日:     2026年11月5日

審査期間中もメールの送信は引き続き可能です。ただし、審査期間の終了日までに
原因が解消されない場合、または状況が悪化した場合は、Amazon SES による
メール送信を一時停止することがあります。

お客様にご対応いただきたいこと:
  1. 存在しないアドレスへの送信を止める (ハードバウンスしたアドレスを
     配信リストから削除する、アカウントレベルのサプレッションリストを有効にする)
  2. 購入したリストや長期間送信していないリストへの送信を見直す
  3. 対応が完了したら、Amazon SES コンソールの [評価メトリクス] ページから
     対応内容をお知らせください

なお、同じ問題で繰り返し審査対象となった場合は、送信の一時停止に直接
移行することがあります。

%s
""" % JA_FOOTER,
    label=L("abuse", ["SES"], ["528304716693"], ["ap-northeast-1"], "2026-11-05", "verified",
            False, S,
            "Japanese (ISO-2022-JP) SES review start for a high bounce rate; sending continues "
            "but may be paused if not fixed by the end of the review period 2026年11月5日 -> "
            "deadline. 2026年10月6日 is the start (the Date). Region only as アジアパシフィック (東京)."))

S = src("ses-probation", "AWS Messaging blog 'What if you get an SES probation notice for bounces?'",
        "https://aws.amazon.com/blogs/messaging-and-targeting/"
        "what-if-you-get-an-ses-probation-notice-for-bounces/")
_orig4 = """\
Hello,

The Amazon SES account for AWS account 247081935516, for which you are listed
as a contact, has been placed on probation in the US West (Oregon) Region
because the bounce rate of the mail it sends is too high.

Bounce rate (last 7 days): 11.2%
Probation start: October 16, 2026
Probation end:   November 13, 2026

You can keep sending during the probation period. If the bounce rate is not
back under 5% by the end of the probation period, we will suspend the
account's ability to send email with Amazon SES in this Region.

Typical causes are sending to old or purchased lists and not removing
addresses that bounced before. Remove hard-bounced addresses, process the
bounce notifications that SES sends to your SNS topic or feedback address, and
send a re-opt-in message before mailing contacts you have not written to in a
long time.

Thank you,
The Amazon SES Team
"""
add("004-fwd-ses-probation-colleague.eml",
    frm=("Priya Raman", "priya.raman@example.com"), to=TO_OPS,
    subject="Fwd: Amazon SES probation notice for AWS account 247081935516",
    date="2026-10-19 07:32:10 +0000",
    auth_results=base.auth(domain="example.com", mailfrom="example.com"),
    body="""\
Hi all,

This landed in the billing mailbox on Friday and nobody picked it up. The
newsletter job is the likely culprit, I have paused it for now. Can the
marketing-platform team clean the list before the 13th? If the rate is still
above 5%% then, SES stops sending for the whole account in Oregon, including
password-reset mails.

Priya

%s""" % fwd_block("Amazon Web Services <no-reply-aws@amazon.com>", "Fri, Oct 16, 2026 at 9:04 PM",
                    "Amazon SES Probation for AWS Account 247081935516",
                    "billing@example.com", _orig4),
    label=L("abuse", ["SES"], ["247081935516"], ["us-west-2"], "2026-11-13", "unverified",
            False, S,
            "A colleague forwards inline an SES probation notice (bounce rate): category of what "
            "it carries; the outer sender is the company's own domain -> unverified. Deadline the "
            "end of probation, November 13, 2026 (the colleague's 'the 13th' agrees); October 16 "
            "is the start. Region only by name US West (Oregon)."))

S = src("ir-abuse", "Incident-response post on handling AWS abuse notices about compromised instances",
        "https://avik202020.medium.com/incident-response-in-the-cloud-aws-part-1-handling-aws-"
        "abuse-notifications-7a9fab6c4309")
add("005-abuse-botnet-instance-72h.eml",
    frm=AWS_TS, to=TO_SEC,
    subject="AWS Abuse Report 7733014: your instance appears to be part of a botnet",
    date="2026-10-10 06:18:55 +0000", auth_results=A_TS,
    body="""\
Hello,

We are writing about an Amazon EC2 instance in your account that two
independent security organisations have reported to us. Their reports
describe the instance contacting a known command-and-control server and then
scanning other networks for SSH servers with weak passwords.

  Account:        815243069270
  Region:         sa-east-1
  Instance:       i-07fe3a9c4d12b5e80
  Elastic IP:     18.231.96.142
  First report:   2026-10-09 11:02 UTC
  Second report:  2026-10-09 23:47 UTC

Log excerpts supplied by the reporters:

  2026-10-09T10:58:13Z 18.231.96.142 -> 185.220.101.47:443 (known C2, beacon every 60s)
  2026-10-09T11:00:41Z 18.231.96.142 -> 203.0.113.0/24:22 SYN sweep, 254 hosts
  2026-10-09T23:41:09Z 18.231.96.142 -> 198.51.100.0/24:22 password guessing, 1,912 attempts

Activity like this usually means the instance has been compromised, for
example through an unpatched web application or a leaked SSH key. We do not
know who runs the software on it; you do.

Please isolate the instance, find out how it was accessed, and replace it
from a known-good image. Then reply to this message within 72 hours with a
short account of what you found and what you changed. If we do not receive a
reply, or the activity continues, we may block traffic to the instance or
take further action on the account as described in the AWS Acceptable Use
Policy.

Regards,
AWS Trust & Safety
""",
    label=L("abuse", ["EC2"], ["815243069270"], ["sa-east-1"], "2026-10-13", "verified", False, S,
            "Trust & Safety report that the customer's instance attacks third parties (botnet C2 "
            "and SSH scans) -> abuse, although it says the instance is probably compromised. "
            "'Within 72 hours' of 2026-10-10 06:18 UTC -> 2026-10-13; the 9 October report times "
            "and log timestamps are past. Documentation IP ranges only."))

S = src("abuse-health", "AWS blog on abuse alerts delivered as AWS Health events (list of abuse types)",
        "https://aws.amazon.com/blogs/mt/automating-processes-for-handling-and-remediating-aws-"
        "abuse-alerts/")
_arn6 = health_arn("eu-central-1", "ABUSE", "AWS_ABUSE_PHISHING_WEBSITE_REPORT", "4c9d2e7fa1b0")
_p6 = ["Hello,",
       "AWS Trust & Safety has received a report that content served from your account is a "
       "phishing page. The page imitates the sign-in form of a European bank and collects "
       "account numbers and passwords. Hosting phishing content is not permitted under the "
       "AWS Acceptable Use Policy.",
       "Reported URL: https://d2k8xw1qf7rv3c.cloudfront.net/secure/login/index.html. The "
       "distribution's origin is the S3 bucket promo-assets-2024 in the eu-central-1 Region "
       "(account 963270418125).",
       "Remove the content and tell us how it was placed there within 24 hours of this "
       "notification, using the 'Respond to report' option on the event in the AWS Health "
       "Dashboard. If the content is still reachable after that time, we may disable the "
       "distribution or block public access to the bucket."]
_rows6 = [("Affected account", "963270418125"), ("Service", "ABUSE"),
          ("Event type code", "AWS_ABUSE_PHISHING_WEBSITE_REPORT"),
          ("Event type category", "Issue"), ("Region", "eu-central-1"),
          ("Start time", "Sun, 8 Nov 2026 22:40:00 GMT"), ("Status", "Open")]
_res6 = ["arn:aws:cloudfront::963270418125:distribution/E2Q7M4XK0VJD9A",
         "arn:aws:s3:::promo-assets-2024"]
add("006-health-abuse-phishing-page.eml",
    frm=AWS_HEALTH, to=TO_SEC,
    subject="Phishing content reported on your resources [AWS Account: 963270418125] [EU-CENTRAL-1]",
    date="2026-11-09 11:02:41 +0000", auth_results=A_HEALTH,
    body=un_text(_p6, _arn6, _rows6, _res6),
    html=un_html("Phishing content reported on your resources", _p6, _arn6, _rows6,
                 host="pz4k2wqe", seed="006", resources=_res6),
    label=L("abuse", ["CLOUDFRONT", "S3"], ["963270418125"], ["eu-central-1"], "2026-11-10",
            "verified", False, S,
            "Abuse report delivered as an AWS Health managed notification (health@aws.com, "
            "multipart text + HTML, User Notifications layout): phishing page on CloudFront "
            "backed by an S3 bucket. 'Within 24 hours of this notification' (2026-11-09 11:02 "
            "UTC) -> 2026-11-10; 'Start time' 8 Nov is when the report came in. The event type "
            "code is our invention."))

S = src("srt", "AWS WAF/Shield guide 'Responding to DDoS events' (SRT proactive engagement, support case)",
        "https://docs.aws.amazon.com/waf/latest/developerguide/ddos-responding.html")
add("007-shield-srt-case-ddos.eml",
    frm=AWS_SUPPORT, to=TO_OPS,
    subject="Case ID 177390518200946: [Shield Response Team] Request flood against a protected "
            "resource",
    date="2026-10-21 03:47:29 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

The AWS Shield Response Team (SRT) opened this case through proactive
engagement, because AWS Shield Advanced detected a large application-layer
event against one of your protected resources and its health check became
unhealthy.

Case ID:    177390518200946
Severity:   Critical - business-critical system down

Correspondence from the SRT:

At 03:12 UTC we detected a request flood against:

  arn:aws:elasticloadbalancing:us-east-2:410836275092:loadbalancer/app/storefront-prod/5c1e9a7b3d2f4e60

Peak rate: about 1.9 million requests per minute from roughly 14,000 source
addresses, mostly GET requests to /search with random query strings. The
Route 53 health check that you associated with the protection has been
failing since 03:19 UTC. We tried to reach your emergency contact by phone at
03:31 UTC and got no answer.

We have prepared a rate-based rule (1,000 requests per 5 minutes per source
address for /search) and a rule that blocks the three most active source
countries, in count mode, in your web ACL storefront-prod-acl. With your
permission we will switch both rules to block. Please reply in the case as
soon as possible to approve, or tell us what you prefer instead.

Case link:
%s

%s
""" % (awstrack("qhvb6m1p", "https://console.aws.amazon.com/support/home#/case/?displayId="
                "177390518200946&language=en", "007"), SUPPORT_FOOTER),
    label=L("security-incident", ["ELASTICLOADBALANCING", "SHIELD"], ["410836275092"],
            ["us-east-2"], None, "verified", False, S,
            "An ongoing DDoS against the customer's own ALB, handled by the SRT in a Support "
            "case: an attack on the customer, not abuse by the customer -> security-incident. "
            "Account and region only inside the ARN. 'As soon as possible' is no date -> null."))

S = src("iam-quarantine", "aws-health-tools issue showing the AWS_RISK_IAM_QUARANTINE Health event",
        "https://github.com/aws/aws-health-tools/issues/93")
_arn8 = health_arn("global", "RISK", "AWS_RISK_IAM_QUARANTINE", "bQ7xM2kDfR")
_p8 = ["Hello,",
       "We have attached the AWS managed policy AWSCompromisedKeyQuarantineV3 to the IAM user "
       "ci-deployer in your account. We found that the access key AKIAZ4Q7JX2MUDBK3R5P, which "
       "belongs to this user, was used from addresses and in patterns that we associate with "
       "unauthorized use. The policy denies the actions most often used in such misuse, such "
       "as launching instances and creating users or keys. It does not delete the key.",
       "What to do now: deactivate and delete the key, create a new one for the workloads that "
       "need it, review AWS CloudTrail for the activity of this key since it was created, and "
       "remove any resources, users or roles you do not recognise. Detach the quarantine policy "
       "only after you have done this.",
       "The event below stays open until the policy is detached or for 14 days, whichever comes "
       "first."]
_rows8 = [("Affected account", "732095146684"), ("Service", "RISK"),
          ("Event type code", "AWS_RISK_IAM_QUARANTINE"), ("Event type category", "Issue"),
          ("Region", "global"), ("Start time", "Tue, 22 Sep 2026 14:46:18 GMT"),
          ("End time", "Tue, 6 Oct 2026 14:46:18 GMT"), ("Status", "Open")]
add("008-health-iam-quarantine.eml",
    frm=AWS_HEALTH, to=TO_SEC,
    subject="Quarantine policy attached to an IAM user [AWS Account: 732095146684] [GLOBAL]",
    date="2026-09-22 14:52:06 +0000", auth_results=A_HEALTH,
    body=un_text(_p8, _arn8, _rows8, ["arn:aws:iam::732095146684:user/ci-deployer"]),
    html=un_html("Quarantine policy attached to an IAM user", _p8, _arn8, _rows8,
                 host="pz4k2wqe", seed="008",
                 resources=["arn:aws:iam::732095146684:user/ci-deployer"]),
    label=L("security-incident", ["IAM"], ["732095146684"], [], None, "verified", False, S,
            "Health managed notification for AWS_RISK_IAM_QUARANTINE: AWS believes a key is "
            "misused and quarantined the user -> security-incident. IAM is global (region "
            "'global', regions []). The event 'End time' 6 Oct is when the event closes, not an "
            "act-by date -> null."))

S = src("compromise-ja", "Japanese knowledge-center article 'unauthorized activity in my AWS account'",
        "https://aws.amazon.com/jp/premiumsupport/knowledge-center/potential-account-compromise/")
add("009-account-unauthorized-activity-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="お客様の AWS アカウントで不正なアクティビティの可能性があります",
    date="2026-11-16 00:25:12 +0000", auth_results=A_AMAZON_JA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
AWS をご利用のお客様

AWS アカウント 286417593320 において、お客様ご自身によるものではない可能性のある
操作を確認しましたので、お知らせいたします。

確認した内容 (2026年11月15日 18:20 - 21:05 UTC):
  - アジアパシフィック (大阪) リージョン (ap-northeast-3) で g5.12xlarge インスタンス
    8 台が起動されました
  - IAM ユーザー svc-backup2 が作成され、AdministratorAccess ポリシーが
    アタッチされました
  - 上記の操作には、IAM ユーザー deploy-bot のアクセスキーが使用されました

第三者がアカウントにアクセスした可能性があります。被害の拡大を防ぐため、
以下をただちに実施してください。

  1. ルートユーザーおよびすべての IAM ユーザーのパスワードを変更する
  2. ルートユーザーと IAM ユーザーに MFA を設定する
  3. 作成した覚えのないアクセスキー、IAM ユーザー、ロールを削除する
  4. 起動した覚えのない EC2 インスタンスなどのリソースを削除する
  5. 上記の対応内容を、サポートセンターのケースでお知らせいただく

2026年11月21日 までに上記の対応とご連絡が確認できない場合、さらなる不正利用を
防ぐため、アカウントの一部サービスを制限、またはアカウントを一時停止する
ことがあります。

不正利用によって発生した料金については、対応の完了後にサポートケースで
ご相談ください。

%s
""" % JA_FOOTER,
    label=L("security-incident", ["EC2", "IAM"], ["286417593320"], ["ap-northeast-3"],
            "2026-11-21", "verified", False, S,
            "Japanese (UTF-8 quoted-printable) compromise notice: rogue admin user and GPU "
            "instances launched with a leaked key. Act and report 'by 2026年11月21日'; the 15 "
            "November window is when it happened. Region as 大阪 name and code."))

S = src("gd-attack-seq", "GuardDuty attack sequence finding types (AttackSequence:IAM/CompromisedCredentials)",
        "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty-attack-sequence-finding-types.html")
_p10 = ["GuardDuty Extended Threat Detection correlated several signals in your account into "
        "one attack sequence.",
        "Finding type: AttackSequence:IAM/CompromisedCredentials. Severity: Critical (9.2). "
        "Detector region: eu-west-2. Account: 559128730461.",
        "Sequence: the temporary credentials of the role etl-runner were used from a TOR exit "
        "node (first seen 2026-10-04 02:11 UTC), called GetCallerIdentity and ListBuckets, "
        "stopped the CloudTrail trail org-audit-trail, then downloaded 4,180 objects from the "
        "S3 bucket finance-exports-prod in eu-west-2 and deleted 312 of them.",
        "Recommended next steps: revoke the role's active sessions, restart CloudTrail logging, "
        "check the bucket's versioning for the deleted objects and review what else the role "
        "can reach. The full finding is in the GuardDuty console."]
add("010-un-guardduty-attack-sequence.eml",
    frm=AWS_UN, to=TO_SEC,
    subject="[Critical] GuardDuty finding AttackSequence:IAM/CompromisedCredentials in eu-west-2",
    date="2026-10-04 02:58:37 +0000", auth_results=A_UN,
    body="\n\n".join(_p10) + """

View the finding:
https://console.aws.amazon.com/guardduty/home?region=eu-west-2#/findings?macros=current&fId=a8c2e6f01b4d

--
You receive this email because of the notification configuration
"guardduty-critical-findings" in AWS User Notifications for account
559128730461. Manage it at
https://console.aws.amazon.com/notifications/home#/notification-configurations
""",
    label=L("security-incident", ["IAM", "S3"], ["559128730461"], ["eu-west-2"], None,
            "verified", False, S,
            "Customer-configured AWS User Notifications mail (no-reply@notifications.aws) for a "
            "GuardDuty attack-sequence finding: stolen role credentials, trail stopped, bucket "
            "data downloaded and deleted -> security-incident. No act-by date -> null."))

S = src("callback-phish", "SANS note on an Amazon support phish that asks the victim to call a number",
        "https://www.sans.org/security-awareness-training/blog/how-can-i-tell-attack-amazon-support-phish")
add("011-phish-support-case-callback.eml",
    frm=("AWS Support Center", "case-update@aws-supportcenter.net"), to=TO_ROOT,
    subject="Case 5512-0098: sign-in blocked on your AWS account - verification by phone required",
    date="2026-11-13 19:40:22 +0000",
    auth_results=base.auth(domain="aws-supportcenter.net", mailfrom="aws-supportcenter.net",
                           dmarc="none"),
    body="""\
Dear AWS customer,

Our security systems blocked a sign-in to the root user of your AWS account
(account ending in 4471) from Lagos, Nigeria at 18:52 UTC today. The same
device then tried to add a new payment method.

To protect your resources we have opened security case 5512-0098 and placed
a temporary hold on new charges. To remove the hold you must verify your
identity with our account security desk by phone:

    AWS Account Security: +1 (888) 555-0173 (24/7, quote case 5512-0098)

Please call within 12 hours. If we cannot verify you in that time, the
account will be suspended and all running instances will be stopped.

For your security, do not reply to this email and do not share this case
number with anyone except the AWS security desk.

Olivia Martin
AWS Account Protection
""",
    label=L("security-incident", ["IAM"], [], [], "2026-11-14", "suspicious", False, S,
            "Callback phishing: no link, only a phone number, from the look-alike "
            "aws-supportcenter.net (DMARC none); a real support case would be read in the "
            "Support Center and AWS does not verify by phone. Categorised by its claim (blocked "
            "root sign-in); claimed 12 hours from 2026-11-13 19:40 UTC -> 2026-11-14. No full "
            "account ID."))


# ==========================================================================
# ACTION REQUIRED (012-023)
# ==========================================================================

S = src("neptune", "Amazon Neptune engine releases table (end-of-life dates, upgrade targets)",
        "https://docs.aws.amazon.com/neptune/latest/userguide/engine-releases.html")
_arn12 = health_arn("us-west-2", "NEPTUNE", "AWS_NEPTUNE_ENGINE_VERSION_END_OF_LIFE", "7KsPq2")
_p12 = ["Hello,",
        "[AWS Health may send this notification again while any of the listed clusters still "
        "run an affected engine version.]",
        "You are receiving this message because one or more Amazon Neptune DB clusters in your "
        "account run an engine version between 1.3.0.0 and 1.4.6.1. These engine versions reach "
        "end of life on March 6, 2027. Please upgrade the clusters to engine version 1.4.6.2 or "
        "later before that date.",
        "Engine versions 1.2.x reached end of life on March 6, 2026, and clusters that had not "
        "been upgraded were moved to a supported version in their maintenance windows. The same "
        "will happen after March 6, 2027: any cluster still on 1.3.0.0 - 1.4.6.1 will be "
        "upgraded to the latest engine version in its next maintenance window, which may "
        "include changes your queries have not been tested against.",
        "A major version upgrade to 1.4.x restarts the cluster. We recommend testing on a clone "
        "first. Parameter groups from the 1.3 family have to be replaced with neptune1.4 "
        "parameter groups."]
_rows12 = [("Affected account", "640391827754"), ("Service", "NEPTUNE"),
           ("Event type code", "AWS_NEPTUNE_ENGINE_VERSION_END_OF_LIFE"),
           ("Event type category", "Scheduled change"), ("Region", "us-west-2"),
           ("Start time", "Sat, 6 Mar 2027 00:00:00 GMT"), ("Status", "Upcoming")]
_res12 = ["arn:aws:rds:us-west-2:640391827754:cluster:graph-recommender (1.3.2.1)",
          "arn:aws:rds:us-west-2:640391827754:cluster:fraud-graph-staging (1.4.1.0)"]
add("012-neptune-engine-end-of-life.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Amazon Neptune engine versions 1.3.0.0 to 1.4.6.1 reach end of life "
            "[AWS Account: 640391827754] [US-WEST-2]",
    date="2026-10-13 16:20:00 +0000", auth_results=A_HEALTH,
    body=un_text(_p12, _arn12, _rows12, _res12),
    html=un_html("Amazon Neptune engine versions 1.3.0.0 to 1.4.6.1 reach end of life", _p12,
                 _arn12, _rows12, host="pz4k2wqe", seed="012", resources=_res12),
    label=L("action-required", ["NEPTUNE"], ["640391827754"], ["us-west-2"], "2027-03-06",
            "verified", False, S,
            "No marker in the subject; the body asks to upgrade before the end of life on March 6, "
            "2027 (real Neptune date). March 6, 2026 is a past end of life for 1.2.x, not a "
            "deadline. Neptune clusters have rds ARNs; the service is NEPTUNE."))

S = src("cli-v1", "aws-cli announcement: AWS CLI v1 in maintenance mode, end of support July 15, 2027",
        "https://github.com/aws/aws-cli/issues/10536")
_arn13 = health_arn("eu-west-1", "CLI", "AWS_CLI_V1_END_OF_SUPPORT", "Zt4Wm9")
_p13 = ["Hello,",
        "We are contacting you because requests from version 1 of the AWS Command Line "
        "Interface (AWS CLI v1) were made with credentials from your AWS account during the "
        "last 30 days.",
        "AWS CLI v1 entered maintenance mode on August 5, 2026. It now receives only critical "
        "bug fixes and security updates, and no support for new services, new API operations "
        "or new Regions. AWS CLI v1 reaches end of support on July 15, 2027. After that date it "
        "will receive no updates at all, including security fixes.",
        "We recommend that you move your scripts and pipelines to AWS CLI v2 before July 15, "
        "2027. Most commands work unchanged; review the migration guide for differences in "
        "output paging, binary parameters and the handling of timestamps.",
        "Recent callers (user agent aws-cli/1.x, Region eu-west-1): IAM role "
        "nightly-export-runner, IAM user build-agent-02."]
_rows13 = [("Affected account", "197354086623"), ("Service", "CLI"),
           ("Event type code", "AWS_CLI_V1_END_OF_SUPPORT"),
           ("Event type category", "Account notification"), ("Region", "eu-west-1"),
           ("Start time", "Thu, 15 Jul 2027 00:00:00 GMT")]
add("013-cli-v1-end-of-support.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="[Action Required] AWS CLI version 1 end of support on July 15, 2027 "
            "[AWS Account: 197354086623] [EU-WEST-1]",
    date="2026-09-10 12:00:31 +0000", auth_results=A_HEALTH,
    body=un_text(_p13, _arn13, _rows13),
    label=L("action-required", ["CLI"], ["197354086623"], ["eu-west-1"], "2027-07-15", "verified",
            False, S,
            "AWS CLI v1 end of support (real dates: maintenance mode August 5, 2026 - past at the "
            "Date - and end of support July 15, 2027 -> deadline). Region from the observed "
            "calls. Service code CLI is our choice (the Health code is not public)."))

S = src("org-state", "Announcement that the AWS Organizations account Status field is retired on "
        "September 9, 2026 in favour of State",
        "https://cloudsteak.com/aws-aws-organizations-now-provides-account-state-information-for-"
        "member-accounts")
add("014-organizations-status-field-reminder.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Reminder: the Status field of AWS Organizations accounts is retired on "
            "September 9, 2026",
    date="2026-09-02 18:11:09 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

This is a reminder of the notice we sent in March about account status
information in AWS Organizations. You are receiving it because code in the
management account 325870164409 still reads the Status field of Account
objects returned by DescribeAccount, ListAccounts or ListAccountsForParent.

On September 9, 2026 we will stop returning the Status field in these API
responses. The State field, available since the start of the year, replaces
it and gives more detail about the account lifecycle:

  Status (retired)   State (use this)
  ACTIVE             ACTIVE
  SUSPENDED          SUSPENDED, PENDING_CLOSURE or CLOSED
  PENDING_CLOSURE    PENDING_CLOSURE

Callers seen in the last 14 days that read Status:
  - arn:aws:iam::325870164409:role/account-vending-pipeline (us-east-1)
  - arn:aws:iam::325870164409:role/LZA-Prepare-Role (us-east-1)

Update these callers, and any account vending or landing zone tooling you
run, to use State before September 9, 2026. Pipelines that still expect
Status after that date will fail to read the state of your accounts.
Landing Zone Accelerator on AWS users should update to release 1.16.2 or
later.

More information: https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_accounts_account_state.html

%s
""" % AWS_FOOTER,
    label=L("action-required", ["ORGANIZATIONS"], ["325870164409"], [], "2026-09-09",
            "verified", True, S,
            "'Reminder:' with no action marker; update code before the Status field goes away on "
            "September 9, 2026 (real date), a week after the Date. The callers' us-east-1 is "
            "where Organizations API calls are logged, not a resource region -> regions []."))

S = src("idc-cloudtrail", "'[Action may be required] Upcoming changes to AWS CloudTrail logs of AWS IAM "
        "Identity Center' notice quoted in iam-identity-center-team#325",
        "https://github.com/aws-samples/iam-identity-center-team/issues/325")
add("015-identity-center-cloudtrail-fields.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="[Action may be required] Changes to CloudTrail events emitted by AWS IAM Identity "
            "Center [AWS Account: 851630274917]",
    date="2026-11-04 15:36:48 +0000", auth_results=A_AMAZON, charset="utf-8", cte="qp",
    body="""\
Hello,

You are receiving this message because your AWS account 851630274917 has an
AWS IAM Identity Center organization instance in Europe (Frankfurt)
(eu-central-1).

We are changing how IAM Identity Center identifies users in the AWS
CloudTrail events it emits, so that fewer personal details end up in your
logs. The change happens in two steps:

  • From January 12, 2027, the userName and principalId fields of sign-in and
    portal events will hold the Identity Store user ID instead of the user's
    name or email address. A new field, identityStoreArn, is added.
  • From April 13, 2027, the group displayName field is no longer emitted in
    events about group memberships.

Action may be required if you have SIEM rules, alarms, Athena queries or
scripts that match users by name or email in these fields. Please update
them to use the user ID (you can look up names with the Identity Store API)
before January 12, 2027.

Events already delivered to your trails are not changed.

For details and examples, see the AWS Security Blog post "Important changes
to CloudTrail events for AWS IAM Identity Center".

%s
""" % AWS_FOOTER,
    label=L("action-required", ["SSO"], ["851630274917"], ["eu-central-1"], "2027-01-12",
            "verified", False, S,
            "Marker spelled '[Action may be required]'. Two future dates: update detections "
            "before the first change on January 12, 2027 (the act-by date and the earliest "
            "step); April 13, 2027 is the second step. Identity Center's Health code is SSO. "
            "Dates fictional, shape from the real 2025 notice."))

S = src("lambda-whats-happening", "Lambda runtime deprecation mail with 'What's happening? / What do I "
        "need to do?' headings (Node.js 8.10)",
        "https://gist.github.com/azu/84c21a3d8335ef797ccbff3d20ea8889")
add("016-lambda-ruby33-whats-happening.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="AWS Lambda: Ruby 3.3 functions in your account",
    date="2026-11-24 10:05:12 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are contacting you because your AWS account 482205716938 has Lambda
functions that use the Ruby 3.3 runtime (ruby3.3).

What's happening?

The Ruby community ends security maintenance for Ruby 3.3 on March 31, 2027.
Runtimes whose language version is no longer maintained are deprecated in
Lambda. For ruby3.3 this happens in three stages:

  - Deprecation - March 31, 2027: Lambda stops applying security patches and
    other updates to the runtime, and functions on it are no longer eligible
    for technical support.
  - Block function create - June 1, 2027: you can no longer create new
    functions that use ruby3.3.
  - Block function update - July 1, 2027: you can no longer update the code or
    configuration of existing ruby3.3 functions.

Invocations are never blocked: existing functions keep running after these
dates, but on a runtime that nobody patches.

What do I need to do?

Test your functions with the Ruby 3.4 runtime (ruby3.4) and switch them before
March 31, 2027. Your functions that use ruby3.3 today:

  arn:aws:lambda:ap-south-1:482205716938:function:invoice-pdf-render
  arn:aws:lambda:ap-south-1:482205716938:function:invoice-mailer
  arn:aws:lambda:us-west-1:482205716938:function:legacy-webhook-relay

To list them yourself in each Region:
  aws lambda list-functions --region ap-south-1 --function-version ALL \\
      --query "Functions[?Runtime=='ruby3.3'].FunctionArn"

What if I have issues or need help?

Contact AWS Support, or ask on AWS re:Post.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["LAMBDA"], ["482205716938"], ["ap-south-1", "us-west-1"],
            "2027-03-31", "verified", False, S,
            "Subject without a marker or a date; the 'What's happening? / What do I need to do?' "
            "phrasing. Timeline of three dates: the earliest ahead and the recommended switch date "
            "is March 31, 2027. Regions from the function ARNs; the CLI example repeats "
            "ap-south-1. Dates are our extrapolation."))

S = src("waf-versions", "AWS WAF guide: version life cycle of managed rule groups (SNS notices, expiry)",
        "https://docs.aws.amazon.com/waf/latest/developerguide/waf-managed-rule-groups-versioning-"
        "lifecycle.html")
add("017-sns-waf-managed-rule-version-expiry.eml",
    frm=AWS_SNS, to=TO_SEC,
    subject="AWS Managed Rules: Version_1.18 of AWSManagedRulesCommonRuleSet scheduled to expire",
    date="2026-10-27 21:03:55 +0000", auth_results=A_SNS,
    body="""\
{"message_type":"version_expiry_scheduled","rule_group":"AWSManagedRulesCommonRuleSet",\
"vendor":"AWS","version":"Version_1.18","expiry_date":"2027-01-20T00:00:00Z"}

AWS WAF has scheduled Version_1.18 of the AWS managed rule group
AWSManagedRulesCommonRuleSet to expire on January 20, 2027.

Starting today, Version_1.18 can no longer be added to a web ACL. Web ACLs
that already pin Version_1.18 keep working until the expiry date. On January
20, 2027, AWS WAF moves each of those web ACLs to the rule group's default
version (currently Version_1.21). Rules in the default version may match
requests that Version_1.18 allowed.

If any of your web ACLs pins Version_1.18, test Version_1.21 in count mode and
update the rule group reference before January 20, 2027. The CloudWatch
metric DaysToExpiry for this version counts down to the expiry date.

Changelog: https://docs.aws.amazon.com/waf/latest/developerguide/aws-managed-rule-groups-changelog.html

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.us-east-1.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:us-east-1:248400274283:aws-managed-waf-rule-notifications:7c1e2d9a-5b43-4f08-9e6a-d3b2a1f0c4e7&Endpoint=security@example.com

Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support
""",
    label=L("action-required", ["WAF"], ["248400274283"], [], "2027-01-20", "verified", False, S,
            "Broadcast from the AWS Managed Rules SNS topic, generic subject with no marker: "
            "update pinned web ACLs before the version expires on January 20, 2027. The only "
            "12-digit ID is the topic owner's in the unsubscribe ARN; labelled because the rules "
            "ask for every account ID in the text. us-east-1 is the topic's region -> regions []."))

S = src("acm-expiry", "ACM EventBridge events: 'ACM Certificate Approaching Expiration' for imported "
        "certificates (45 days)",
        "https://docs.aws.amazon.com/acm/latest/userguide/supported-events.html")
_arn18 = health_arn("ap-southeast-1", "ACM", "AWS_ACM_IMPORTED_CERTIFICATE_EXPIRY", "r8Ln3V")
_p18 = ["Hello,",
        "The certificate below was imported into AWS Certificate Manager (ACM) and expires in "
        "45 days, on December 27, 2026 at 23:59 UTC. ACM renews only the certificates it "
        "issues; it cannot renew a certificate that you imported.",
        "To avoid errors for clients of the resources that use this certificate, obtain a new "
        "certificate from your certificate authority and reimport it into the same ARN before "
        "it expires. Reimporting keeps the ARN, so the associations with your load balancers "
        "stay in place.",
        "Certificate: api.orbitpay.example (not before: 2025-12-27, not after: 2026-12-27). "
        "In use by: application load balancer payments-api-alb."]
_rows18 = [("Affected account", "374618920553"), ("Service", "ACM"),
           ("Event type code", "AWS_ACM_IMPORTED_CERTIFICATE_EXPIRY"),
           ("Event type category", "Account notification"), ("Region", "ap-southeast-1"),
           ("Start time", "Thu, 12 Nov 2026 09:00:00 GMT")]
_res18 = ["arn:aws:acm:ap-southeast-1:374618920553:certificate/6f2d8b1e-94c3-4a07-b5de-0c71a3e9f284"]
add("018-health-acm-imported-cert-expiring.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="ACTION NEEDED: imported certificate api.orbitpay.example expires on 2026-12-27 "
            "[AWS Account: 374618920553] [AP-SOUTHEAST-1]",
    date="2026-11-12 09:04:26 +0000", auth_results=A_HEALTH,
    html=un_html("Imported certificate api.orbitpay.example expires on 2026-12-27", _p18, _arn18,
                 _rows18, host="pz4k2wqe", seed="018", resources=_res18),
    label=L("action-required", ["ACM"], ["374618920553"], ["ap-southeast-1"], "2026-12-27",
            "verified", False, S,
            "HTML-only Health managed notification; marker spelled 'ACTION NEEDED:'. Reimport "
            "before the imported certificate expires on 2026-12-27; 'not before 2025-12-27' and the "
            "Start time are not deadlines."))

S = src("r53-acct-transfer", "Route 53 guide: transferring a domain to a different AWS account (accept "
        "step in the destination account)",
        "https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/domain-transfer-between-aws-"
        "accounts.html")
add("019-route53-domain-transfer-accept.eml",
    frm=AWS_REGISTRAR, to=TO_ROOT,
    subject="Domain transfer to your AWS account: kitebridge-studio.com",
    date="2026-10-08 20:14:33 +0000", auth_results=base.auth(domain="registrar.amazon.com",
                                                             mailfrom="amazonses.com"),
    body="""\
Dear AWS customer,

The AWS account 1295-4036-8871 has started transferring the domain below to
your AWS account 566301479982:

    Domain name:    kitebridge-studio.com
    Requested on:   October 8, 2026, 20:12 UTC
    Expires on:     March 2, 2027 (current registration period)

The transfer completes only when you accept it. Sign in to the Route 53
console with account 566301479982, open Requests under Domains, choose the
domain, and choose Accept. You will need the password that the owner of the
sending account received when the transfer was started.

You have 3 days to accept. If the transfer is not accepted by October 11,
2026, it is cancelled and the domain stays in the sending account. The DNS
records of the domain are not moved by this transfer; if the hosted zone
should move too, migrate it separately.

If you do not expect this transfer, you do not need to do anything.

https://console.aws.amazon.com/route53/domains/home#/requests

Regards,
Amazon Route 53
""",
    label=L("action-required", ["ROUTE53DOMAINS"], ["129540368871", "566301479982"], [],
            "2026-10-11", "verified", False, S,
            "Account-to-account domain transfer waiting for acceptance, no marker; accept within 3 "
            "days -> October 11, 2026 (also written). The sending account appears only dashed "
            "(1295-4036-8871). March 2, 2027 is the registration expiry, not a deadline. "
            "Domains are global -> regions []."))

S = src("ses-prod-case", "Customer's reply in an SES production-access support case (what AWS asks for)",
        "https://hackmd.io/@eXamadeus/ByHzQ83dp")
add("020-support-case-ses-info-requested.eml",
    frm=AWS_SUPPORT, to=TO_OPS,
    subject="RE: Case 176960418300552 - Amazon SES production access in US East (N. Virginia)",
    date="2026-09-17 22:05:18 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We have an update for case 176960418300552, which you opened for AWS account
913845270136.

-------------------------------------------------------------------------
Thank you for your request to move your Amazon SES account in US East
(N. Virginia) out of the sandbox.

Before we can review it, we need more information about how you plan to
send. Please reply in the case with:

  - How you build and maintain your recipient lists, and how recipients opt
    in to your mail
  - The types of messages you will send (transactional, marketing or both)
    and how often
  - How you process bounces and complaints, and what you do with addresses
    that bounce or complain
  - How recipients can unsubscribe
  - An example of a message you plan to send

We will keep this case open until September 24, 2026. If we have not
received the information by then, the case will be closed and you will need
to submit a new request.

Best regards,
Kenji
Amazon Web Services
-------------------------------------------------------------------------

To see the whole case history and reply, go to:
%s

%s
""" % (awstrack("qhvb6m1p", "https://console.aws.amazon.com/support/home#/case/?displayId="
                "176960418300552&language=en", "020"), SUPPORT_FOOTER),
    label=L("action-required", ["SES"], ["913845270136"], ["us-east-1"], "2026-09-24", "verified",
            False, S,
            "Support case reply asking for information by a date; the subject has no marker ('RE: "
            "Case ...'). Reply before the case closes on September 24, 2026. Region by name US "
            "East (N. Virginia)."))

S = src("ct-lz", "AWS Control Tower guide: update your landing zone (landing zone versions, UpdateLandingZone)",
        "https://docs.aws.amazon.com/controltower/latest/userguide/lz-api-update.html")
add("021-control-tower-landing-zone-update.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="[Action Required] Update your AWS Control Tower landing zone to version 3.3 or later",
    date="2026-11-18 13:22:40 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

You are receiving this message because the AWS Control Tower landing zone
managed from your management account 207569813340 runs landing zone version
3.1:

  arn:aws:controltower:eu-west-1:207569813340:landingzone/1C4R7TQ2M8XW5JZA
  Home Region: Europe (Ireland)      Governed Regions: eu-west-1, eu-central-1
  Log Archive account: 318470625519   Audit account: 429581736620

Landing zone versions earlier than 3.3 depend on AWS Config and CloudTrail
configurations that AWS Control Tower no longer maintains. We are ending
support for them in two steps:

  December 15, 2026  You can no longer enroll accounts, register
                     organizational units or enable controls in a landing
                     zone that runs a version earlier than 3.3.
  February 26, 2027  Landing zones on versions earlier than 3.3 are no
                     longer supported. Drift in them will not be repaired.

Please update your landing zone to version 3.3 or later (version 4.0 is the
latest) before December 15, 2026. You can update from the Landing zone
settings page of the AWS Control Tower console, or with the
UpdateLandingZone API:

  aws controltower update-landing-zone --landing-zone-version 4.0 \\
      --landing-zone-identifier <landing zone ARN> --manifest file://manifest.json

An update takes about an hour and does not change your accounts' workloads.

%s
""" % AWS_FOOTER,
    label=L("action-required", ["CONTROLTOWER"], ["207569813340", "318470625519", "429581736620"],
            ["eu-central-1", "eu-west-1"], "2026-12-15", "verified", False, S,
            "Two future steps: enrollment blocked December 15, 2026, end of support February 26, "
            "2027; the body asks to update before December 15, which is also the earliest date "
            "ahead -> deadline. Three account IDs (management, log archive, audit). Home and "
            "governed Regions labelled. Fictional dates."))

S = src("elasticache-es", "ElastiCache Extended Support guide (end of standard support, automatic "
        "enrollment, charges from the first day of the next month)",
        "https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support.html")
add("022-msp-relay-elasticache-redis6-ja.eml",
    frm=("クラウド運用サポートセンター", "support@kanri.example.jp"), to=TO_JA2,
    subject="【要対応】ElastiCache (Redis OSS 6) の標準サポート終了に関するAWSからのお知らせ",
    date="2026-11-26 03:00:00 +0000",
    auth_results=base.auth(domain="kanri.example.jp", mailfrom="kanri.example.jp",
                           mx="mx.example.jp"),
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
株式会社サンプル商事
インフラご担当者様

いつも弊社AWS運用代行サービスをご利用いただきありがとうございます。
クラウド運用サポートセンターです。

お客様のAWSアカウント (7503-1826-4489) 宛てに、AWSより下記の通知が届きましたので
要約してお知らせいたします。

■ 通知の概要
・対象: Amazon ElastiCache for Redis OSS 6.2 で稼働しているクラスター
・リージョン: アジアパシフィック (東京) (ap-northeast-1)
・対象リソース: session-cache-prod、rank-cache-prod
・Redis OSS 6 の標準サポートは 2027年1月31日 に終了します
・2027年2月1日 以降も稼働しているクラスターは自動的に延長サポートに登録され、
  延長サポート料金が発生します

■ AWSが推奨する対応
・2027年1月31日 までに Valkey 8 または Redis OSS 7 へアップグレード

■ お願い
弊社でアップグレード作業を代行する場合は、作業日程の調整が必要となります。
大変お手数ですが、2026年12月11日 までに、本メールへの返信にて
対応方針 (弊社代行 / お客様ご自身で実施 / 延長サポートで継続) をお知らせください。

※AWSからの原文 (英語) は弊社ポータルのチケット #20261126-0412 に添付しております。

--
クラウド運用サポートセンター
support@kanri.example.jp
""",
    label=L("action-required", ["ELASTICACHE"], ["750318264489"], ["ap-northeast-1"],
            "2026-12-11", "unverified", False, S,
            "Japanese MSP relays (ISO-2022-JP, 【要対応】) an ElastiCache end-of-standard-support "
            "notice; sender is the MSP -> unverified. Three dates: the MSP asks for the customer's "
            "decision by 2026年12月11日, the earliest act-by date for the reader (aws-critical 010 "
            "takes the MSP's date likewise); AWS's date 2027年1月31日 and charges from 2月1日 "
            "follow. Account dashed. The Redis OSS 6 date is fictional."))

S = src("ja-phish", "Japanese analysis of a phishing mail (From/Return-Path mismatch, SPF/DMARC fail, "
        "renewal lure)", "https://ccsi.jp/6067")
add("023-phish-route53-renewal-failed-ja.eml",
    frm=("Amazon Route 53", "noreply@route53-renewal-jp.com"), to=TO_JA,
    subject="【重要】ドメインの自動更新に失敗しました - お支払い情報をご確認ください",
    date="2026-10-30 11:47:05 +0000",
    auth_results=base.auth(result="fail", domain="route53-renewal-jp.com",
                           mailfrom="mail7.shinsei-hikari.net", dkim="none", mx="mx.example.co.jp"),
    headers=[("Return-Path", "<bounce@mail7.shinsei-hikari.net>")],
    charset="utf-8", cte="base64", lang="ja",
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Amazon Route 53</title></head>
<body style="font-family:sans-serif;font-size:14px">
<p><img src="https://route53-renewal-jp.com/img/aws-logo.png" alt="aws" width="80"></p>
<p>お客様</p>
<p>Amazon Route 53 にご登録のドメインについて、ご登録のお支払い方法で自動更新の決済が
できませんでした。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>ドメイン名</td><td>お客様のドメイン</td></tr>
<tr><td>有効期限</td><td>2026年11月2日</td></tr>
<tr><td>更新料金</td><td>¥2,380</td></tr>
</table>
<p><b>2026年11月2日までに</b>お支払い情報を更新いただけない場合、ドメインは停止され、
ウェブサイトとメールがご利用いただけなくなります。停止後の復旧には別途手数料がかかります。</p>
<p><a href="https://route53-renewal-jp.com/billing/verify?id=AX93KQ">お支払い情報を更新する</a></p>
<p>Amazon Web Services Japan</p>
</body></html>
""",
    label=L("action-required", ["ROUTE53DOMAINS"], [], [], "2026-11-02", "suspicious", False, S,
            "Japanese HTML-only lure impersonating Route 53 from route53-renewal-jp.com, SPF and "
            "DMARC fail, Return-Path of another domain, no real domain name ('お客様のドメイン'). "
            "Categorised by its claim (renewal action); claimed date 2026年11月2日."))


# ==========================================================================
# MAINTENANCE (024-027)
# ==========================================================================

S = src("ec2-sched", "EC2 guide: scheduled events (instance stop, reboot, retirement, what you can do)",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/sched-events-actions.html")
_arn24 = health_arn("ca-central-1", "EC2", "AWS_EC2_INSTANCE_STOP_SCHEDULED", "Jd7Tq0")
_p24 = ["Hello,",
        "We have detected degradation of the underlying hardware that hosts your Amazon EC2 "
        "instance i-0d41c9e7a3b58f210 in the ca-central-1 Region. Because of this, the instance "
        "is scheduled to be stopped on October 8, 2026 at 04:00 UTC.",
        "The instance has an EBS root volume. When it is stopped it can be started again, and "
        "it will then run on healthy hardware. Data on instance store volumes (if any) is lost "
        "when the instance stops; data on EBS volumes is kept.",
        "You can avoid an unplanned stop at that time by stopping and starting the instance "
        "yourself at a convenient moment before the scheduled time. A reboot does not move the "
        "instance to new hardware. After the scheduled stop, start the instance again when you "
        "are ready."]
_rows24 = [("Affected account", "838205917462"), ("Service", "EC2"),
           ("Event type code", "AWS_EC2_INSTANCE_STOP_SCHEDULED"),
           ("Event type category", "Scheduled change"), ("Region", "ca-central-1"),
           ("Start time", "Thu, 8 Oct 2026 04:00:00 GMT"),
           ("End time", "Thu, 8 Oct 2026 06:00:00 GMT"), ("Status", "Upcoming")]
add("024-health-ec2-instance-stop-scheduled.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="Amazon EC2 instance scheduled to stop on 2026-10-08 [AWS Account: 838205917462] "
            "[CA-CENTRAL-1]",
    date="2026-09-24 17:48:02 +0000", auth_results=A_HEALTH,
    body=un_text(_p24, _arn24, _rows24, ["i-0d41c9e7a3b58f210 (t3.xlarge, Name=reporting-db-1)"]),
    html=un_html("Amazon EC2 instance scheduled to stop on 2026-10-08", _p24, _arn24, _rows24,
                 host="pz4k2wqe", seed="024",
                 resources=["i-0d41c9e7a3b58f210 (t3.xlarge, Name=reporting-db-1)"]),
    label=L("maintenance", ["EC2"], ["838205917462"], ["ca-central-1"], "2026-10-08", "verified",
            False, S,
            "Scheduled instance-stop event (degraded hardware) that AWS performs itself -> "
            "maintenance, with the option to stop/start earlier. Deadline the stop date October "
            "8, 2026 (also Start time); no marker in the subject."))

S = src("ec2-maint-ja", "AWS Japanese page on scheduled maintenance events ('スケジュールされたイベント')",
        "https://aws.amazon.com/jp/maintenance-help/")
add("025-ec2-network-maintenance-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="[Amazon EC2] ネットワークメンテナンスの予定について (AWS アカウント 146930275518)",
    date="2026-11-02 06:30:18 +0000", auth_results=A_AMAZON_JA,
    charset="iso-2022-jp", subject_charset="iso-2022-jp", lang="ja",
    body="""\
お客様各位

AWS では、インフラストラクチャの信頼性を維持するために定期的なメンテナンスを
実施しております。このたび、お客様の Amazon EC2 インスタンスを収容している
ホストのネットワーク機器について、以下の日程でメンテナンスを予定しています。

  メンテナンス種別: system-maintenance (ネットワーク)
  リージョン:       アジアパシフィック (東京)
  実施日時:         2026年11月19日 01:00 から 03:00 (日本時間)
  対象インスタンス: i-0a9f3c2e71d84b5c6 (web-front-1)
                    i-0e26b8d4f91c7a30b (web-front-2)

メンテナンス中、対象インスタンスのネットワーク接続が数分間途切れることがあります。
メンテナンス完了後は通常どおり接続できるようになり、お客様による作業は不要です。

メンテナンスの影響を避けたい場合は、実施日時より前にインスタンスを停止して
から起動することで、別のホストに移動させることができます (EBS ボリュームを
ルートデバイスとするインスタンスのみ)。インスタンスストアのデータは停止時に
失われますのでご注意ください。

予定されたイベントは、EC2 コンソールの [イベント] ページでもご確認いただけます。

%s
""" % JA_FOOTER,
    label=L("maintenance", ["EC2"], ["146930275518"], ["ap-northeast-1"], "2026-11-19",
            "verified", False, S,
            "Japanese (ISO-2022-JP) network system-maintenance event; no action needed -> "
            "maintenance, deadline the day it takes effect, 2026年11月19日 (the window is given "
            "only in Japan time; in UTC it starts on 18 November). Region only as 東京."))

S = src("ec2-event-windows", "EC2 guide: event windows for scheduled events (reboot placed in a "
        "customer-defined window, rescheduling)",
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/event-windows.html")
add("026-ec2-reboot-in-event-window.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon EC2 Maintenance - instance reboot placed in your event window (eu-west-3)",
    date="2026-10-15 09:12:44 +0000", auth_results=A_AMAZON,
    body="""\
Dear Amazon EC2 Customer,

One or more of your Amazon EC2 instances in the eu-west-3 Region need a
reboot so that we can apply a maintenance update to the underlying host.
Because these instances are associated with your event window
"sun-early-morning" (Sundays 01:00-05:00 UTC), we scheduled the reboot inside
that window:

  Instance ID            Event          Scheduled start (UTC)
  i-0c83e5a1f27d9b046    system-reboot  2026-11-01 01:00
  i-0f5d2b8e94a1c7363    system-reboot  2026-11-01 01:00

Account: 397126540813

The reboot normally takes a few minutes. Your instance keeps its instance
ID, private IP addresses, Elastic IP addresses and data on EBS volumes and
instance store volumes.

If the time does not suit you, you can reschedule the event from the Events
page of the EC2 console to any time up to 2026-11-15 01:00 UTC, the latest
date to which this event can be deferred. You can also reboot the instances
yourself before the scheduled time; a reboot you start does not complete the
maintenance, so the event stays scheduled.

For more information about event windows, see the Amazon EC2 User Guide.

Sincerely,
Amazon Web Services
""",
    label=L("maintenance", ["EC2"], ["397126540813"], ["eu-west-3"], "2026-11-01", "verified",
            False, S,
            "Host maintenance reboot placed in the customer's event window -> maintenance; it "
            "takes effect on 2026-11-01. The latest reschedule date 2026-11-15 is an option, not "
            "the date the change happens. Instance IDs hold no 12-digit run."))

S = src("memorydb-su", "MemoryDB guide: service updates (recommended apply-by, automatic application)",
        "https://docs.aws.amazon.com/memorydb/latest/devguide/service-updates.html")
add("027-memorydb-security-service-update.eml",
    frm=AWS_NOREPLY, to=TO_OPS,
    subject="Amazon MemoryDB security update available for your clusters in us-east-2 "
            "[AWS Account: 502847163395]",
    date="2026-09-08 19:40:03 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

A security service update is available for Amazon MemoryDB clusters in your
account in the US East (Ohio) Region:

  Service update:            memorydb-os-security-update-2026-09
  Type:                      security-update
  Release date:              September 8, 2026
  Recommended apply by date: October 20, 2026
  Auto-update start date:    November 3, 2026

  Clusters: orders-cache (4 shards), leaderboard (1 shard)

The update patches the operating system of the cluster nodes. It is applied
one node at a time with a failover for each primary, so your clusters stay
available; clients may see brief connection resets.

You can apply the update yourself at a time that suits you, from the Service
updates page of the MemoryDB console or with:

  aws memorydb batch-update-cluster --region us-east-2 \\
      --service-update ServiceUpdateNameToApply=memorydb-os-security-update-2026-09 \\
      --cluster-names orders-cache leaderboard

We recommend applying it by October 20, 2026. Clusters that have not been
updated by November 3, 2026 will be updated automatically during their
maintenance windows from that date.

%s
""" % AWS_FOOTER,
    label=L("maintenance", ["MEMORYDB"], ["502847163395"], ["us-east-2"], "2026-10-20", "verified",
            False, S,
            "Security service update that AWS applies itself if the customer does not -> "
            "maintenance. Three dates: release (the Date), recommended apply-by October 20, 2026 "
            "(the act-by date we label) and auto-update from November 3, 2026 (the date it takes "
            "effect otherwise). Region by name and in the CLI example."))


# ==========================================================================
# PRICING (028-029)
# ==========================================================================

S = src("r53-price", "'Price increase for domain registration, renewal, and transfer' email (Route 53)",
        "https://github.com/SummitRoute/aws_breaking_changes/issues/70")
add("028-route53-domain-price-change.eml",
    frm=AWS_REGISTRAR, to=TO_BILL,
    subject="Upcoming changes to Amazon Route 53 domain prices",
    date="2026-10-01 16:00:07 +0000", auth_results=base.auth(domain="registrar.amazon.com",
                                                             mailfrom="amazonses.com"),
    body="""\
Hello,

You are receiving this message because your AWS account 681473092256 has
domains registered with Amazon Route 53.

Several top-level domain registries have raised their wholesale prices. As a
result, the prices that Route 53 charges for registering, renewing and
transferring domains with the following top-level domains change on January
1, 2027:

  TLD     Registration / renewal / transfer    Current    From 2027-01-01
  .io     per year                             USD 71     USD 79
  .ai     per 2 years                          USD 140    USD 160
  .net    per year                             USD 17     USD 18
  .co     per year                             USD 25     USD 27

Renewals that happen on or after January 1, 2027 are charged at the new
price. Domains in your account affected by the change:

  kite-labs.io       auto-renew on February 14, 2027
  ridgeline.ai       auto-renew on June 3, 2027

You do not need to do anything to keep your domains. If you prefer to renew
at the current price, you can extend the registration of a domain from the
Route 53 console before January 1, 2027, within the limits set by the registry.

Current prices: https://d32ze2gidvkk54.cloudfront.net/Amazon_Route_53_Domain_Registration_Pricing.pdf

Regards,
Amazon Route 53
""",
    label=L("pricing", ["ROUTE53DOMAINS"], ["681473092256"], [], "2027-01-01", "verified", False,
            S,
            "Domain price increase effective January 1, 2027 (the date it takes effect; renewing "
            "early is optional). The renewal dates in 2027 are later consequences, not "
            "deadlines. Prices and TLD list invented."))

S = src("ses-free-tier", "'Add SES free tier pricing change' (tweet screenshot of the AWS notice)",
        "https://github.com/SummitRoute/aws_breaking_changes/issues/81")
add("029-ses-free-tier-change.eml",
    frm=AWS_NOREPLY, to=TO_BILL,
    subject="Changes to the Amazon SES free tier starting February 1, 2027 "
            "[AWS Account: 140285693317]",
    date="2026-11-20 18:30:55 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We are writing to tell you about a change to how Amazon Simple Email Service
(Amazon SES) usage is counted against the AWS Free Tier. You are receiving
this message because your account sent email with Amazon SES in the last
three months.

Today, messages sent from an application hosted on Amazon EC2 are free up to
62,000 messages per month. Starting February 1, 2027, this EC2-specific
allowance ends. All accounts will instead receive 3,000 free message charges
per month for the first 12 months after they start using Amazon SES, whatever
the application is hosted on.

After the free allowance, the price stays USD 0.10 per 1,000 messages sent.
Based on your usage in October 2026 (41,200 messages sent from EC2), your
estimated charge for a similar month after February 1, 2027 would be about
USD 4.12.

No action is needed. To see your SES usage, open the Bills page of the
Billing and Cost Management console.

%s
""" % AWS_FOOTER,
    label=L("pricing", ["SES"], ["140285693317"], [], "2027-02-01", "verified", False, S,
            "Free-tier change (a charge for usage that was free) -> pricing; deadline the date it "
            "takes effect, February 1, 2027. 'No action is needed'. October 2026 is a past usage "
            "month. Figures invented."))


# ==========================================================================
# BILLING (030-033)
# ==========================================================================

S = src("ri-renew", "Blog on renewing EC2 Reserved Instances (no automatic renewal; expiration alerts)",
        "https://codenote.net/en/posts/4679")
add("030-reserved-instances-expiring-ja.eml",
    frm=("AWS コスト管理", "no-reply@costalerts.amazonaws.com"), to=TO_JA,
    subject="リザーブドインスタンスの有効期限が 30 日以内に切れます",
    date="2026-10-20 00:05:41 +0000", auth_results=A_COST,
    charset="utf-8", cte="base64", lang="ja",
    body="""\
AWS をご利用のお客様

AWS アカウント 915306482277 で購入された以下のリザーブドインスタンス (RI) の
有効期限が近づいています。

  RI ID: 3e8c0a71-5d2f-4b96-a1e4-7f02c6d9b835
  サービス: Amazon EC2
  インスタンスタイプ: m6i.xlarge (Linux/UNIX)
  数量: 3
  リージョン: アジアパシフィック (東京)
  期間: 3 年 (全額前払い)
  開始日: 2023年11月19日
  有効期限: 2026年11月19日

リザーブドインスタンスは自動では更新されません。有効期限の後も対象の
インスタンスは停止されませんが、オンデマンド料金で請求されます。
割引を継続するには、有効期限までに同じ条件の RI を購入するか、
有効期限の日時を指定して購入をキューに入れてください。

この通知は、Cost Explorer の予約の有効期限アラートの設定 (30 日前) に
基づいてお送りしています。

https://console.aws.amazon.com/costmanagement/home#/reservations/expiration

%s
""" % JA_FOOTER,
    label=L("billing", ["BILLING", "EC2"], ["915306482277"], ["ap-northeast-1"], "2026-11-19",
            "verified", False, S,
            "Japanese RI expiration alert (UTF-8 base64). Billing with a deadline because it asks "
            "to buy or queue a replacement before the expiry 2026年11月19日 (as aws-judgement 042 "
            "does); 2023年11月19日 is the start. Region only as アジアパシフィック (東京)."))

S = src("sp-expiry", "Post on commitment expiration (Savings Plans alerts 1-60 days ahead, queued "
        "purchases)", "https://www.opsima.ai/blog/aws-commitment-expiration-what-to-watch-for")
add("031-savings-plan-expires-in-7-days.eml",
    frm=AWS_COST, to=TO_BILL,
    subject="Your Savings Plan expires in 7 days",
    date="2026-11-05 08:15:27 +0000", auth_results=A_COST,
    body="""\
Hello,

A Savings Plan in your AWS account 263074159838 expires in 7 days.

  Savings Plan ID:   sp-8b3e1f6c-42d7-4a90
  Type:              Compute Savings Plan
  Commitment:        USD 18.50 per hour
  Term:              1 year, No Upfront
  Start date:        2025-11-12
  End date:          2026-11-12 23:59:59 UTC
  Queued renewal:    none

After the end date, usage that this plan covers today will be billed at
On-Demand rates. Over the last 30 days the plan covered 91% of your eligible
compute spend, which is a sign that a new plan would still be fully used.

To keep the discount without a gap, purchase a new Savings Plan or queue one
to start when this one ends. Recommendations based on your recent usage are
on the Savings Plans page of the Billing and Cost Management console:
https://console.aws.amazon.com/costmanagement/home#/savings-plans/recommendations

You receive this alert because of the expiration alert settings (7 days
before expiry) of your Savings Plans.

AWS Cost Management
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""",
    label=L("billing", ["BILLING"], ["263074159838"], [], "2026-11-12", "verified", False, S,
            "Savings Plan expiry alert; billing with the end date November 12, 2026 as deadline "
            "(buy or queue before). The start date 2025-11-12 is past. Compute Savings Plans are "
            "not regional -> regions []."))

S = src("cad-un-ja", "Japanese blog on Cost Anomaly Detection alerts through AWS User Notifications",
        "https://blog.serverworks.co.jp/cost_anomaly_detection-user_notifications")
add("032-un-cost-anomaly-ja.eml",
    frm=("AWS Notifications", "no-reply@notifications.aws"), to=TO_JA,
    subject="AWS コスト異常検出: Amazon Elastic Compute Cloud - Compute で異常を検出しました",
    date="2026-09-18 03:41:09 +0000", auth_results=A_UN_JA,
    charset="utf-8", cte="qp", lang="ja",
    body="""\
コスト異常検出 (Cost Anomaly Detection) が、AWS アカウント 478150326691 の
コストモニター「services-monitor」で異常な支出を検出しました。

  サービス:         Amazon Elastic Compute Cloud - Compute
  リージョン:       ap-northeast-1
  使用タイプ:       APN1-BoxUsage:p4d.24xlarge
  異常の開始日:     2026年9月16日
  予想支出:         $96.20
  実際の支出:       $1,380.57
  影響額の合計:     $1,284.37 (1,335%)

主な要因として、上記の使用タイプの利用量が直近 3 日間で大きく増加しています。
意図した利用かどうかをご確認ください。意図しない利用の場合は、不要な
インスタンスを停止し、IAM の認証情報が第三者に使用されていないか確認して
ください。

検出結果の詳細を見る:
https://console.aws.amazon.com/cost-management/home#/anomaly-detection/monitors/7a1c5e93-0d4b-4f28-b6e1-2c9f8a3d7b60

この検出結果が役に立ったかどうかを評価すると、今後の検出の精度向上に役立ちます。

--
この E メールは、AWS User Notifications の通知設定「cost-anomaly-jp」に基づいて
送信されています。通知設定の管理:
https://console.aws.amazon.com/notifications/home#/notification-configurations
""",
    label=L("billing", ["BILLING", "EC2"], ["478150326691"], ["ap-northeast-1"], None, "verified",
            False, S,
            "Japanese Cost Anomaly Detection alert delivered by AWS User Notifications "
            "(no-reply@notifications.aws, UTF-8 quoted-printable). The text hints at possible "
            "credential misuse but reports spend only -> billing; no act-by date -> null; "
            "2026年9月16日 is when the anomaly started."))

S = src("restricted-phish", "Mail-filter write-up of an 'account restricted, update your information' "
        "phish sent from an unrelated domain", "https://mailshark.com.au/?p=8258")
add("033-phish-payment-declined.eml",
    frm=("Amazon Web Services Billing", "accounts@harbourview-dental.com.au"), to=TO_BILL,
    subject="Please update your account information",
    date="2026-10-24 04:12:33 +0000",
    auth_results=base.auth(domain="harbourview-dental.com.au", mailfrom="harbourview-dental.com.au",
                           dmarc="none"),
    body="""\
Dear Customer,

We were unable to charge your payment method for your Amazon Web Services
invoice of USD 212.48 for the September 2026 billing period.

Your account has been restricted. To avoid the suspension of your services
and the deletion of your data, please confirm your billing information within
48 hours:

    Click here to proceed to account verification
    http://aws-billing-update.harbourview-dental.com.au/verify/session

If the information is not confirmed, your EC2 instances, S3 buckets and
databases will be stopped and cannot be recovered.

Online Customer Support
Amazon Web Services

This is an automated message, please do not reply.
""",
    label=L("billing", ["BILLING"], [], [], "2026-10-26", "suspicious", False, S,
            "Phish from an unrelated (likely compromised) dental-practice domain with a link to a "
            "sub-domain of it; generic 'Dear Customer' and subject. Claims a declined payment -> "
            "billing; claimed '48 hours' from 2026-10-24 04:12 UTC -> 2026-10-26."))


# ==========================================================================
# SECURITY ADVISORY (034-036)
# ==========================================================================

S = src("bulletin", "AWS security bulletin AWS-2019-005 (CVE identifiers, per-service guidance, updates)",
        "https://aws.amazon.com/security/security-bulletins/AWS-2019-005/")
_arn34 = health_arn("eu-north-1", "EFS", "AWS_EFS_SECURITY_NOTIFICATION", "Vm2Hc8")
_p34 = ["Hello,",
        "AWS has published security bulletin AWS-2026-031 about an issue in amazon-efs-utils, "
        "the open-source mount helper for Amazon EFS (CVE identifier: CVE-2026-44871).",
        "When the helper mounts a file system with the tls option, versions earlier than 2.4.1 "
        "can fall back to an unencrypted connection if the stunnel process fails to start. A "
        "user on the same instance could cause this fall-back on purpose. File systems that "
        "require encryption in transit through their file system policy are not affected, "
        "because the server refuses the unencrypted connection.",
        "We identified EC2 instances in your account in Europe (Stockholm) that mounted your "
        "file systems with an affected version of the helper in the last 7 days. We recommend "
        "that you update amazon-efs-utils to version 2.4.1 or later (for example with 'sudo yum "
        "update amazon-efs-utils') and consider adding a file system policy that denies "
        "unencrypted access.",
        "No action is required from you for the EFS service itself. This bulletin may be "
        "updated as more information becomes available."]
_rows34 = [("Affected account", "593018264477"), ("Service", "EFS"),
           ("Event type code", "AWS_EFS_SECURITY_NOTIFICATION"),
           ("Event type category", "Account notification"), ("Region", "eu-north-1"),
           ("Start time", "Wed, 28 Oct 2026 17:00:00 GMT")]
_res34 = ["fs-0b7e2c41d9a85f36e (mounted by i-02c7e9b14f6a3d58e, efs-utils 2.1.0)"]
add("034-security-bulletin-efs-utils.eml",
    frm=AWS_HEALTH, to=TO_SEC,
    subject="Security bulletin AWS-2026-031: issue in amazon-efs-utils (CVE-2026-44871) "
            "[AWS Account: 593018264477] [EU-NORTH-1]",
    date="2026-10-29 08:26:50 +0000", auth_results=A_HEALTH,
    body=un_text(_p34, _arn34, _rows34, _res34),
    html=un_html("Security bulletin AWS-2026-031: issue in amazon-efs-utils", _p34, _arn34, _rows34,
                 host="pz4k2wqe", seed="034", resources=_res34),
    label=L("security-advisory", ["EFS"], ["593018264477"], ["eu-north-1"], None, "verified",
            False, S,
            "Security bulletin about a CVE in a client tool, with a recommendation to update and "
            "no required date -> security-advisory, null. Start time is the publication time. "
            "Bulletin number, CVE and versions are invented."))

S = src("ta-priority", "Trusted Advisor Priority guide (prioritized recommendations from the account "
        "team, e.g. MFA on root account)",
        "https://docs.aws.amazon.com/awssupport/latest/user/trusted-advisor-priority.html")
add("035-trusted-advisor-priority-root-mfa.eml",
    frm=("AWS Trusted Advisor", "no-reply-aws@amazon.com"), to=TO_SEC,
    subject="Trusted Advisor Priority: new recommendation from your AWS account team",
    date="2026-11-10 16:44:19 +0000", auth_results=A_AMAZON,
    charset="utf-8", cte="qp",
    body="""\
Hello,

Your AWS account team has shared a prioritized recommendation with your
organization in AWS Trusted Advisor Priority.

Recommendation:  MFA on Root Account
Check category:  Security
Status:          Action recommended (red)
Shared by:       Your Technical Account Manager
Target date:     December 15, 2026

Affected accounts:
  • 724560318947 (management account)
  • 187305462219 (member account "data-platform-prod")

Why this matters: the root user of these accounts can sign in with a
password alone. Anyone who obtains the password can change every setting of
the account, including its contact details and payment methods. We
recommend enabling at least one MFA device for the root user of each
account, or centralising root access in AWS Organizations and removing the
root credentials of member accounts.

You can accept the recommendation, mark it as resolved once done, or
dismiss it with a reason in the Trusted Advisor console:
https://console.aws.amazon.com/trustedadvisor/home#/priority

Trusted Advisor checks these accounts again every 24 hours.

AWS Trusted Advisor
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""",
    label=L("security-advisory", ["IAM", "TRUSTEDADVISOR"], ["187305462219", "724560318947"], [],
            "2026-12-15", "verified", False, S,
            "Trusted Advisor Priority recommendation (root user without MFA): a risky "
            "configuration to fix, nothing compromised -> security-advisory. Deadline set because "
            "the account team gave an explicit target date, December 15, 2026 (judgement: one "
            "could read it as a soft date and put null). Two accounts."))

S = src("signin-aws", "Japanese blog: the 'Requirement: Create a new Amazon Web Services password' "
        "mail from no-reply@signin.aws was genuine", "https://note.com/tsukamoto/n/n8de123bfa06c")
add("036-signin-aws-new-password-required.eml",
    frm=AWS_SIGNIN, to=TO_JA,
    subject="Requirement: Create a new Amazon Web Services password",
    date="2026-09-03 11:29:36 +0000", auth_results=A_SIGNIN,
    body="""\
Hello,

We are making a change to how you sign in to Amazon Web Services (AWS). The
email address and password of the root user of your AWS account are the same
as those of an account on Amazon.com. To keep your AWS account safe, your AWS
credentials should be separate from your retail credentials.

The next time you sign in to the AWS Management Console as the root user at
https://console.aws.amazon.com, you will be asked to create a new password
for AWS and to register a multi-factor authentication (MFA) device. Your
Amazon.com password does not change.

You do not need to do anything now, and there is no link to follow in this
email. AWS will never email you to ask for your password. You will only see
the prompts to create a new password and register MFA after you go to
https://console.aws.amazon.com yourself, which will take you to our sign-in
page on the signin.aws domain.

If you have questions, contact AWS Support from the console.

Thank you,
Amazon Web Services
""",
    label=L("security-advisory", ["IAM"], [], [], None, "verified", False, S,
            "Genuine mail from the .aws TLD (no-reply@signin.aws, authentication passes) that "
            "looks like a lure: it asks for nothing now; a new password and MFA will be required "
            "at the next root sign-in -> security-advisory (credential hygiene), no date. A "
            "reader could call it action-required; we did not. Sent to a Japanese company in "
            "English."))


# ==========================================================================
# INFORMATIONAL (037-040)
# ==========================================================================

S = src("sq-request", "Service Quotas API: requested quota change (status, case ID, desired value)",
        "https://docs.aws.amazon.com/servicequotas/2019-06-24/apireference/"
        "API_GetRequestedServiceQuotaChange.html")
add("037-service-quotas-increase-approved.eml",
    frm=AWS_SUPPORT, to=TO_OPS,
    subject="Quota increase approved: Running On-Demand Standard instances in sa-east-1",
    date="2026-09-25 13:07:51 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

Your request to increase a service quota has been approved and the new value
is now in effect.

  Service:         Amazon Elastic Compute Cloud (Amazon EC2)
  Quota name:      Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances
  Quota code:      L-1216C47A
  Region:          South America (Sao Paulo) - sa-east-1
  Account:         630914857226
  Previous value:  128 vCPUs
  Requested value: 384 vCPUs
  Approved value:  384 vCPUs
  Request ID:      9f4c2a7d81e3b05c6a1d4e8f2b7c9a30vKq
  Case ID:         178504216900433

You do not need to do anything. You can see the quota and the history of
your requests on the Quota request history page of the Service Quotas
console:
https://console.aws.amazon.com/servicequotas/home/requests

To be told before usage reaches a quota, create a CloudWatch alarm on the
quota's usage metric from the same console.

%s
""" % SUPPORT_FOOTER,
    label=L("informational", ["EC2"], ["630914857226"], ["sa-east-1"], None, "verified", False, S,
            "Service Quotas increase approved and already in effect -> informational, null. The "
            "15-digit case id and the hex request id hold no 12-digit run. Service is the one the "
            "quota belongs to (EC2)."))

S = src("limit-case", "Lambda concurrency limit increase requested through a support case",
        "https://github.com/DataBiosphere/azul/issues/2009")
add("038-support-case-limit-increase-resolved.eml",
    frm=AWS_SUPPORT, to=TO_OPS,
    subject="Case ID 179541207800314: [Service Limit Increase] Lambda concurrent executions - "
            "Asia Pacific (Singapore) has been resolved",
    date="2026-11-27 02:18:04 +0000", auth_results=A_AMAZON,
    body="""\
Hello,

We have resolved case 179541207800314 for AWS account 185263740915.

-------------------------------------------------------------------------
Hello,

Thank you for your patience. We have increased the concurrent executions
quota for AWS Lambda in the Asia Pacific (Singapore) Region from 1,000 to
5,000, as you asked for your campaign starting on December 1. The new value
can take up to 30 minutes to show in the Service Quotas console.

Please keep the unreserved concurrency of the account above 100 when you set
reserved concurrency on individual functions.

We are marking this case as resolved. If you have more questions about this
request, reply within 7 days and the case will reopen; after that, please
open a new case.

Best regards,
Aditi
Amazon Web Services
-------------------------------------------------------------------------

View the case:
%s

%s
""" % (awstrack("qhvb6m1p", "https://console.aws.amazon.com/support/home#/case/?displayId="
                "179541207800314&language=en", "038"), SUPPORT_FOOTER),
    label=L("informational", ["LAMBDA"], ["185263740915"], ["ap-southeast-1"], None, "verified",
            False, S,
            "Resolved limit-increase case: nothing to do -> informational, null. 'Reply within 7 "
            "days' only reopens the case and December 1 is the customer's own campaign date; "
            "neither is an act-by date. Region by name only."))

S = src("ct-auto-enroll", "What's New: AWS Control Tower automatic account enrollment (Nov 2025)",
        "https://aws.amazon.com/about-aws/whats-new/2025/11/aws-control-tower-automatic-enrollment/")
add("039-marketing-control-tower-auto-enroll.eml",
    frm=AWS_MKT, to=TO_ROOT,
    subject="New in AWS Control Tower: accounts enroll themselves when you move them",
    date="2026-09-16 15:30:00 +0000", auth_results=A_AMAZON,
    html=mkt_html(
        "Accounts now enroll automatically when you move them into a governed OU",
        ["Hello,",
         "Moving an AWS account into an organizational unit that AWS Control Tower governs used "
         "to leave it half-configured until someone enrolled it by hand. With automatic "
         "enrollment, AWS Control Tower now applies the OU's baselines and controls to the "
         "account as soon as it arrives, and removes them when the account leaves.",
         "Turn it on in the landing zone settings, or set the remediation types of your landing "
         "zone with the UpdateLandingZone API. The feature is available in every AWS Region "
         "where AWS Control Tower is offered, at no additional charge.",
         "Join our live session on September 30 to see it in action with a multi-account "
         "pipeline."],
        [("Read the announcement", "https://aws.amazon.com/about-aws/whats-new/2025/11/"
          "aws-control-tower-automatic-enrollment/"),
         ("Register for the session", "https://pages.awscloud.com/control-tower-live.html")],
        host="mk3pl8tz", seed="039"),
    label=L("informational", ["CONTROLTOWER"], [], [], None, "verified", False, S,
            "Marketing launch mail (aws-marketing-email-replies@amazon.com, HTML only, every link "
            "through awstrack.me). News, no resource, no date to act by (September 30 is a "
            "webinar) -> informational, null."))

S = src("docdb-8", "Issue linking the What's New post on DocumentDB in-place upgrade from 5.0 to 8.0",
        "https://github.com/Chronasorg/chronas-api/issues/125")
_p40 = ["いつも AWS をご利用いただきありがとうございます。",
        "Amazon DocumentDB (MongoDB 互換) で、バージョン 5.0 のクラスターをバージョン 8.0 へ"
        "インプレースでアップグレードできるようになりました。エンドポイントや接続文字列を"
        "変更することなく、コンソールから数回の操作で新しいバージョンへ移行できます。",
        "バージョン 8.0 では、クエリプランナーの改善により集計パイプラインの処理が最大 2 倍"
        "高速になるほか、ベクトル検索のインデックス作成時間も短縮されています。",
        "本機能は、アジアパシフィック (東京) リージョンおよびアジアパシフィック (大阪) "
        "リージョンを含む、Amazon DocumentDB をご利用いただけるすべてのリージョンで"
        "追加料金なしでご利用いただけます。"]
add("040-marketing-documentdb-8-upgrade-ja.eml",
    frm=AWS_MKT_JA, to=TO_JA,
    subject="Amazon DocumentDB 5.0 から 8.0 へのインプレースアップグレードが可能になりました",
    date="2026-10-22 01:00:00 +0000", auth_results=A_AMAZON_JA,
    charset="utf-8", cte="base64", lang="ja",
    body="\n\n".join(_p40) + """

詳細はこちら:
%s

配信停止・設定変更: %s
アマゾン ウェブ サービス ジャパン合同会社 東京都品川区上大崎3-1-1 目黒セントラルスクエア
""" % (awstrack("mk3pl8tz", "https://aws.amazon.com/jp/about-aws/whats-new/2026/04/amazon-documentdb-"
                "mongodb-in-place-version-upgrade-5-0-to-8-0/", "040", 330),
       awstrack("mk3pl8tz", "https://pages.awscloud.com/communication-preferences.html", "040", 330)),
    html=mkt_html("Amazon DocumentDB 5.0 から 8.0 へのインプレースアップグレード", _p40,
                  [("詳細を見る", "https://aws.amazon.com/jp/about-aws/whats-new/2026/04/"
                    "amazon-documentdb-mongodb-in-place-version-upgrade-5-0-to-8-0/")],
                  host="mk3pl8tz", seed="040", lang="ja"),
    label=L("informational", ["DOCDB"], [], [], None, "verified", False, S,
            "Japanese marketing mail (multipart, UTF-8 base64 text + HTML, awstrack.me links) about "
            "a new upgrade path: news, nothing to do. 東京 and 大阪 appear as availability news, not "
            "as affected resources -> regions []."))


# ==========================================================================
# writing and checking
# ==========================================================================

def main():
    BATCH.write(build=base.build, readme=README, sources=SRC,
                check=lambda spec, raw: common.check(spec, raw, extra=[common.aws_only]))


README = """\
# aws-wording-2: AWS notices in wording the earlier batches do not use

%(n)d AWS notices (`NNN-short-name.eml`) with labels in `labels.json` (paths relative to the
parent `corpus/` folder). Everything here is written by `generate.py` (standard library only,
deterministic; it imports the MIME helpers and `auth()` from the parent `generate.py`):

    python3 Tests/Fixtures/Resources/corpus/aws-wording-2/generate.py

It rewrites the `.eml` files, `labels.json` and this README, parses every file back and checks
the labels against the decoded text (labelled account IDs present, every other 12-digit run a
declared trap, labelled regions present as code or name, Date within 2026-09-01..2026-11-30, no
deadline before the Date, no run of 12+ digits in a Message-ID, files exist). It exits 1 on a
mismatch. Edit the script, not the files. Its Message-ID helper breaks every digit run after four
digits (the parent helper can leave a 12-digit run).

All labels were decided by reading the messages; the classifier was neither run nor read.
Wording is our own; shapes (subjects, senders, structure, date kinds, account and region
notation) follow the public notices and pages listed under Sources, none of which the earlier
batches used. Account IDs, case numbers, instance IDs, prices, CVE and bulletin numbers and
several 2026-2027 changes are invented for the autumn-2026 setting (the Identity Center
CloudTrail dates, the Lambda ruby3.3 dates, the WAF version expiry, the Control Tower landing
zone dates, the ElastiCache Redis OSS 6 date, the MemoryDB update, the Route 53 prices, the SES
free-tier change, the efs-utils bulletin, some Health event type codes). Real dates kept where
public: Neptune 1.3.0.0-1.4.6.1 end of life March 6, 2027; AWS CLI v1 maintenance mode August 5,
2026 and end of support July 15, 2027; the Organizations Status field retired September 9, 2026.

## What is in the batch

- Critical (%(crit)d): a Support case opened by Trust & Safety that carries a spam report (001);
  SES sending paused (002), SES review start in Japanese (003), SES probation forwarded by a
  colleague (004); a botnet report about a compromised instance with a 72-hour reply (005); an
  abuse report delivered as an AWS Health managed notification (006); a Shield Response Team case
  during a DDoS on the customer's ALB (007); AWS_RISK_IAM_QUARANTINE as a Health managed
  notification (008); a Japanese unauthorized-activity notice (009); a GuardDuty attack sequence
  through a customer's User Notifications configuration (010); a callback phish that poses as a
  support case (011).
- Action required: Neptune engine end of life (no marker), AWS CLI v1 end of support, the
  Organizations Status field ('Reminder:'), IAM Identity Center CloudTrail fields ('[Action may
  be required]'), Lambda ruby3.3 in the 'What's happening?' phrasing (no marker), a WAF managed
  rule version expiry by SNS (no marker), an ACM imported certificate ('ACTION NEEDED:', HTML
  only), a Route 53 account-to-account transfer to accept (no marker), a support case reply
  asking for information by a date (no marker), Control Tower landing zone update, a Japanese MSP
  relay of an ElastiCache notice, a Japanese Route 53 renewal phish.
- Maintenance: EC2 instance-stop (Health managed notification), EC2 network system-maintenance
  (Japanese), EC2 reboot placed in an event window, MemoryDB security service update.
- Pricing: Route 53 domain prices, SES free tier. Billing: Reserved Instance expiry (Japanese),
  Savings Plan expiry, Cost Anomaly Detection through User Notifications (Japanese), a
  payment phish from an unrelated domain.
- Security advisory: a security bulletin about a CVE in efs-utils, a Trusted Advisor Priority
  recommendation with a target date, the genuine signin.aws 'create a new password' mail.
- Informational: Service Quotas increase approved, a resolved limit-increase case, two
  marketing launches through awstrack.me (English HTML only; Japanese multipart).
- Senders: no-reply-aws@amazon.com (plain notices and Support case mails), health@aws.com
  (AWS Health managed notifications delivered by User Notifications, multipart or HTML only,
  '[AWS Account: ...] [REGION]' suffix, 'Notification details' table, awstrack.me links),
  no-reply@notifications.aws (customer-configured User Notifications), trustandsafety@
  support.aws.com, noreply@registrar.amazon.com, no-reply@costalerts.amazonaws.com,
  no-reply@sns.amazonaws.com, no-reply@signin.aws, aws-marketing-email-replies@amazon.com; a
  colleague, a Japanese MSP; look-alike and unrelated domains for the phish.
- Encodings: us-ascii 7bit, UTF-8 quoted-printable and base64, ISO-2022-JP (body and RFC 2047
  subject), HTML only, multipart/alternative. Languages: %(en)d English, %(ja)d Japanese.
- Traps: account IDs only in dashed form (002, 019, 022) or only inside ARNs (007); 15-digit case
  numbers and hex request IDs; Health 'Start time' / 'End time' values; past start dates next
  to future ones; timelines with two or three future dates (012, 015, 016, 021, 022, 027);
  region codes in CLI examples, API-call logs and topic ARNs that are not resource regions;
  Region names used as news (040).

## Counts

| category | all | verified | unverified | suspicious |
|---|---|---|---|---|
%(rows)s

Provider: aws for all. Trust: %(ver)d verified, %(unv)d unverified, %(sus)d suspicious.
Reminders: %(rem)d. Messages with a deadline: %(dl)d.

## Labels we were unsure of

- `017` (WAF SNS broadcast): the only 12-digit ID is the owner account of AWS's SNS topic in
  the unsubscribe link. We labelled it because the rules ask for every account ID in the text,
  although it is not the reader's account.
- `022` (MSP relay): deadline 2026-12-11, the MSP's reply-by date, rather than AWS's end of
  standard support 2027-01-31 (same choice as aws-critical 010).
- `027` (MemoryDB): deadline the recommended apply-by date 2026-10-20; the date the change takes
  effect without action is 2026-11-03.
- `021` (Control Tower): 2026-12-15 (enrollment blocked, and the date the body asks to update
  by) rather than the end of support 2027-02-26.
- `025` (EC2 network maintenance, Japanese): 2026-11-19 as written in Japan time; the window
  starts on 2026-11-18 in UTC.
- `035` (Trusted Advisor Priority): security-advisory with the account team's target date as
  deadline; a reader could treat the target date as soft and put null.
- `036` (signin.aws): security-advisory with no date; one could call it action-required.
- `006`, `007`: services chosen as the resources' services (CLOUDFRONT+S3; ELASTICLOADBALANCING+
  SHIELD), not the Health service code ABUSE. `013`: service code CLI, `015`: SSO (Identity
  Center's Health code), `034`: EFS.
- `010`, `032`: the sender no-reply@notifications.aws for customer-configured AWS User
  Notifications is what we found in one public tutorial; the domain is AWS's own TLD either way.
- `005`: abuse (the instance attacks others) although the notice says it is probably
  compromised; security-incident would also be defensible.

## Sources read (shapes and facts, never copied)

%(sources)s
"""


if __name__ == "__main__":
    main()
