#!/usr/bin/env python3
"""Generate the `aws-critical` batch of the labelled notice corpus.

Standard library only, deterministic. Run from anywhere:

    python3 Tests/Fixtures/Resources/corpus/aws-critical/generate.py

48 AWS notices: abuse reports, security incidents, the non-critical notices a
classifier confuses with them (security advisories, billing alerts that say
"unusual", Trusted Advisor summaries, an abuse "resolved" note, action-required
notices that mention security) and phishing mails that pretend to be AWS.
Every message is written in our own words after the shape of a real, public
notice (the `source` of each label).  Each label was decided by reading the
message; the project's classifier was neither run nor read.

Writing the files, labels.json and README.md, parsing every file back and
checking the labels against its text are shared with the other batches
(corpus_common.py); this batch adds that every notice is AWS's.  It exits 1 on
any mismatch.  MIME building and Authentication-Results come from the parent
folder's generate.py; importing either writes nothing.
"""
import hashlib
import os
import re
import sys

sys.dont_write_bytecode = True     # leave no __pycache__ in the corpus folder
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import corpus_common as common        # noqa: E402  (labels, writing and checking)
import generate as base               # noqa: E402  (MIME helpers)
from generate import TO_BILL, TO_JA, TO_OPS, TO_ROOT, TO_SEC  # noqa: E402

BATCH = common.Batch(__file__, inner="inner/")   # attached messages: aws-critical/inner/<name>
MSGS, add, inner = BATCH.msgs, BATCH.add, BATCH.inner
L = common.label   # (category, services, accounts, regions, deadline, trust, reminder, source, note,
#                     traps=(), provider="aws")


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def awstrack(host, target, seed, n):
    """A link wrapped by the SES click-tracking host, e.g.
    https://p6li1chk.r.us-east-1.awstrack.me/L0/https:%2F%2F.../1/0100019...-000000/sig=386"""
    h = hashlib.sha1((seed + target).encode()).hexdigest()
    h = re.sub(r"\d{5,}", lambda m: m.group(0)[:2] + "e" + m.group(0)[3:], h)
    sig = hashlib.sha1(("sig" + seed + target).encode()).hexdigest()
    sig = re.sub(r"\d{4,}", lambda m: m.group(0)[:2] + "Q" + m.group(0)[3:], sig)[:27]
    return common.awstrack_url(host, target, h, sig, n, "0100019a")


AWS_FOOTER = common.AWS_FOOTER

TS_SIG = """\
Regards,
AWS Trust & Safety"""

AWS_NOREPLY = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_SUPPORT = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_TS = ("AWS Trust & Safety", "trustandsafety@support.aws.com")
AWS_EC2_ABUSE = ("Amazon EC2 Abuse", "ec2-abuse@amazon.com")
AWS_SES = ("Amazon Web Services", "no-reply-aws@amazon.com")
AWS_HEALTH = ("AWS Health", "health@aws.com")
AWS_SNS = ("AWS Notifications", "no-reply@sns.amazonaws.com")
AWS_MKT = ("Amazon Web Services", "aws-marketing-email-replies@amazon.com")
AWS_TA = ("AWS Trusted Advisor", "no-reply-aws@amazon.com")
AWS_CAD = ("AWS Cost Management", "no-reply@costalerts.amazonaws.com")

TO_JA_INFRA = ("インフラチーム", "infra@example.co.jp")

A_PASS = base.auth()
A_TS = base.auth(domain="support.aws.com")
A_HEALTH = base.auth(domain="aws.com")
A_SNS = base.auth(domain="sns.amazonaws.com")
A_JA = base.auth(mx="mx.example.co.jp")
A_CAD = base.auth(domain="costalerts.amazonaws.com")

SNS_FOOTER = """\

--
If you wish to stop receiving notifications from this topic, please click or visit the link below to unsubscribe:
https://sns.%s.amazonaws.com/unsubscribe.html?SubscriptionArn=%s&Endpoint=%s

Please do not reply directly to this email. If you have any questions or comments regarding this email, please contact us at https://aws.amazon.com/support
"""


def sns_footer(region, sub_arn, endpoint):
    return SNS_FOOTER % (region, sub_arn, endpoint)


# source keys (one per public notice read; variants of one source share the key)
S_SCRAPOXY = "https://github.com/scrapoxy/scrapoxy/issues/77"
S_IDEACHAIN = "https://github.com/askmench/ideachain/issues/2147"
S_PROXYLIST = "https://github.com/rdavydov/proxy-list/issues/4"
S_SES_STEEDOS = "https://github.com/steedos/workflow/issues/1052"
S_SES_ARITH = "https://github.com/arithmetric/aws-lambda-ses-forwarder/issues/130"
S_SES_DJANGO = "https://github.com/django/djangoproject.com/issues/2730"
S_CLOUDPACK = "https://cloudpack.media/24962"
S_SERVERWORKS = "https://support.serverworks.co.jp/hc/ja/articles/115002251373"
S_CLASSMETHOD = "https://dev.classmethod.jp/articles/tsnote-abuse-notice-001/"
S_REPORT_ABUSE = "https://repost.aws/knowledge-center/report-aws-abuse"
S_ABUSE_REPORT_KC = "https://repost.aws/knowledge-center/aws-abuse-report"
S_ETHMINER = "https://github.com/mludvig/aws-ethereum-miner/issues/59"
S_XEBIA = "https://xebia.com/blog/what-happens-when-you-leak-aws-credentials-and-how-aws-minimizes-the-damage/"
S_GABINC = "https://github.com/GabInc/blobon/issues/545"
S_DOMITS = "https://github.com/domits1/Domits/issues/1826"
S_DWYL = "https://github.com/dwyl/hq/issues/504"
S_KIRO = "https://github.com/kirodotdev/Kiro/issues/7388"
S_RYAN = "https://www.ryanwomack.com/amazon_message/"
S_NEWSTACK = "https://thenewstack.io/my-account-was-hacked-and-suddenly-i-owed-aws-13000/"
S_IRET = "https://iret.media/74237"
S_GD_EB = "https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings_eventbridge.html"
S_DATADOG_Q = "https://securitylabs.datadoghq.com/cloud-security-atlas/vulnerabilities/iam-user-known-compromise"
S_SYSDIG_Q = "https://sysdig.com/blog/aws-launches-improvements-for-key-quarantine-policy/"
S_AWSTRACK = "https://github.com/networktocode/circuit-maintenance-parser"
S_FEMIWIKI = "https://github.com/femiwiki/femiwiki/issues/237"
S_IAM_BP = "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html"
S_AL2023_CVE = "https://github.com/amazonlinux/amazon-linux-2023/issues/741"
S_CAD = "https://docs.aws.amazon.com/cost-management/latest/userguide/manage-ad.html"
S_CWFRAZIER = "https://cwfrazier.com/blog/aws-bill-spike"
S_TA = "https://aws.amazon.com/blogs/mt/auto-remediate-best-practice-deviations-detected-by-aws-trusted-advisor/"
S_OPENSEARCH_TLS = "https://github.com/aws-amplify/amplify-cli/issues/14329"
S_SECHUB = "https://github.com/HHS/simpler-grants-gov/issues/6676"
S_ABNORMAL = "https://intelligence.abnormal.ai/attack-library/fake-amazon-web-services-billing-notification-used-in-credential-theft-attempt"
S_KOMANDO = "https://www.komando.com/security-privacy/dont-fall-for-this-phishing-scam-warning-of-overdue-bills/604223/"
S_GORGANIZER = "https://www.gorganizer.net/explain/fake-aws-cloud-billing-overage-phish"
S_MEIWAKU = ("https://meiwaku-zukan.jp/2025/11/21/%e3%80%90%e9%87%8d%e8%a6%81%e3%80%91amazon"
             "%e4%bc%9a%e5%93%a1%e8%b3%87%e6%a0%bc%e5%81%9c%e6%ad%a2")
S_SPOOFED_JA = "https://aws.amazon.com/jp/premiumsupport/knowledge-center/amazon-spoofed-email/"
S_RDS_MINOR = "https://github.com/endoflife-date/endoflife.date/pull/2626"


# ==========================================================================
# ABUSE (genuine)
# ==========================================================================

add("001-abuse-port-scan-ec2.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="Your AWS Abuse Report [21184093371] [AWS ID 482913570264]",
    date="2026-09-08 14:22:31 +0000",
    auth_results=A_TS,
    body="""\
Hello,

We've received a report that the following AWS resource

AWS ID: 482913570264    Region: eu-west-2    EC2 Instance Id: i-04a739201846573c2 [18.134.77.210]

has been involved in activity that looks like a scan of remote hosts for
open ports. Scanning other networks without their permission is not allowed
under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). The
original report is included below.

Please stop the activity and reply directly to this email within 24 hours
with the corrective action you have taken. If you think the activity is not
abusive, reply with a description of your use case instead.

If you did not start this activity, your instance may have been compromised
or misconfigured. Review its security groups and running processes; guidance:
https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security.html

""" + TS_SIG + """

Case Number: 21184093371

---Beginning of forwarded report(s)---

Reported Activity: Port Scanning
Reporter: NOC, Example Hosting B.V.

 src_ip          dst_ip          dst_port  proto  first_seen (UTC)
 18.134.77.210   192.0.2.14      22        tcp    2026-09-08 09:41:07
 18.134.77.210   192.0.2.14      2375      tcp    2026-09-08 09:41:08
 18.134.77.210   192.0.2.15      6379      tcp    2026-09-08 09:41:08

---End of forwarded report(s)---
""",
    label=L("abuse", ["EC2"], ["482913570264"], ["eu-west-2"], "2026-09-09", "verified", False,
            S_SCRAPOXY,
            "Trust & Safety abuse report for port scanning from one EC2 instance; 'within 24 hours' of "
            "2026-09-08 14:22 UTC -> 2026-09-09. Trap: the instance id i-04a739201846573c2 holds a "
            "12-digit run. Shape: the 'AWS ID: ... Region: ... EC2 Instance Id:' notice quoted in "
            "scrapoxy/scrapoxy#77.",
            traps=["739201846573"]))

add("002-abuse-dos-no-deadline.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="Your AWS Abuse Report [21190655802] [AWS ID 730561298447]",
    date="2026-09-17 06:48:12 +0000",
    auth_results=A_TS,
    body="""\
Hello,

We've received a report that your AWS resource

AWS ID: 730561298447    Region: us-west-2    EC2 Instance Id: i-0d6fa2c41be9e8b07 [35.88.141.9]

has been implicated in activity that resembles a Denial of Service (DoS)
attack against remote hosts. Please review the information about the
activity below.

Please take action to stop the reported activity and reply directly to this
email with the corrective actions you have taken. If you do not consider the
activity described in this report to be abusive, reply with the details of
your use case.

If you are not aware of this activity, your environment may have been
compromised by an external attacker, or a vulnerability may be letting the
machine be used in a way it was not intended.

We cannot help with troubleshooting or technical questions. For guidance on
securing the instance, see:

* Amazon EC2 security groups:
  https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html
* AWS Security Best Practices:
  https://aws.amazon.com/architecture/security-identity-compliance/

""" + TS_SIG + """

Case Number: 21190655802

Reported activity: UDP flood, about 2.1 Gbit/s towards 198.51.100.80:443,
2026-09-16 21:05 to 21:40 UTC.
""",
    label=L("abuse", ["EC2"], ["730561298447"], ["us-west-2"], None, "verified", False,
            S_IDEACHAIN,
            "DoS abuse report; asks for a reply with corrective actions but names no time limit, so "
            "deadline null (the 24-hour practice is not written in this message). Shape: the DoS "
            "notice pasted in askmench/ideachain#2147."))

add("003-abuse-ses-bounce-review.eml",
    frm=AWS_SES, to=TO_ROOT,
    subject="Amazon SES Bounce Review Period for AWS Account 219874406351",
    date="2026-09-14 22:10:05 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

There is a problem with the email your account sends through Amazon SES
that needs your attention. Please read the details and next steps below.

---------------------------------------------------------------------
NOTE
---------------------------------------------------------------------
Please read this notice in full.

---------------------------------------------------------------------
CHANGE IN YOUR SENDING STATUS
---------------------------------------------------------------------
Amazon SES sending for AWS account 219874406351, which lists you as a
contact or owner, has been placed under review in AWS Region US East
(N. Virginia). You can still send email during the review period. If the
problem below is not fixed by the end of the review period, on October 29,
2026, your ability to send email with Amazon SES may be paused.

---------------------------------------------------------------------
DETAILS
---------------------------------------------------------------------
Your bounce rate is 11.3%, measured over the last 18,204 eligible
messages you sent (about the last 41 days). We expect senders to keep
their bounce rate below 5%; accounts above 10% risk a sending pause.

A high bounce rate usually means the recipient list contains addresses that
never asked for your mail, were bought or rented, or have not been cleaned
for a long time.

---------------------------------------------------------------------
WHAT YOU NEED TO DO
---------------------------------------------------------------------
1. Remove addresses that bounce and stop using any list you did not build
   from explicit sign-ups.
2. Set up bounce and complaint notifications and act on them.
3. Open a case in the AWS Support Center that explains the changes, so that
   we can review your account before the review period ends.

More information: https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html

""" + AWS_FOOTER + "\n",
    label=L("abuse", ["SES"], ["219874406351"], ["us-east-1"], "2026-10-29", "verified", False,
            S_SES_STEEDOS,
            "SES sending review (former 'probation') for a high bounce rate; the subject does not say "
            "abuse. Region only as 'US East (N. Virginia)'; act before the review period ends on "
            "October 29, 2026. Shape: 'Amazon SES Bounce Probation for AWS Account ...' in "
            "steedos/workflow#1052."))

add("004-abuse-ses-human-review-probation.eml",
    frm=AWS_SES, to=TO_ROOT,
    subject="Amazon SES Probation for AWS Account 605138827790",
    date="2026-10-05 03:31:40 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

There is an issue with your Amazon SES sending that requires your
attention.

IMPORTANT CHANGE IN YOUR SENDING STATUS
The Amazon SES sending for AWS account 605138827790, which lists you as a
contact or owner, has been put on probation in AWS Region Asia Pacific
(Sydney) (ap-southeast-2). You may keep sending during the probation
period, which ends on 4 Nov 2026. If the problems below are not fully
addressed by then, you will lose the ability to send with SES.

DETAILS
This is not caused by bounces or complaints as SES measures them. A manual
review of the mail sent from your account found strong signs that mailbox
providers and anti-spam services will treat it as unwanted. To protect the
review process we do not list the exact signals, but common causes are:

 - messages caught by commercial spam filters;
 - content suggesting the recipient never asked for the mail;
 - a From address that does not match the brand in the message;
 - no clear way to see who the sending organization is or to unsubscribe.

NEXT STEPS
Reply to this notice, or open a case in the AWS Support Center, describing
how recipients opted in and what you have changed. We will review the
account again before the end of the probation period.

""" + AWS_FOOTER + "\n",
    label=L("abuse", ["SES"], ["605138827790"], ["ap-southeast-2"], "2026-11-04", "verified", False,
            S_SES_ARITH,
            "SES probation after a human review of the content (not metrics); subject has no 'abuse'. "
            "Probation ends '4 Nov 2026' -> deadline. Shape: the probation notice quoted in "
            "arithmetric/aws-lambda-ses-forwarder#130."))

add("005-abuse-ses-sending-paused.eml",
    frm=AWS_SES, to=TO_ROOT,
    subject="[Action Required] Amazon SES sending paused in Europe (Frankfurt)",
    date="2026-10-21 17:55:02 +0000",
    auth_results=A_PASS,
    charset="utf-8", cte="qp",
    body="""\
Hello,

Amazon SES has paused the ability of AWS account 348207165913 to send email
in the AWS Region Europe (Frankfurt) because of sending reputation issues.

What happened
Your account was under review because its complaint rate was too high. The
complaint rate did not improve before the end of the review period: it is
now 0.71 %, measured over the last 52,930 eligible messages. Recipients of
mail from your account mark it as spam far more often than we expect (our
limit is 0.1 %; above 0.5 % sending can be paused).

While sending is paused, calls to SendEmail, SendRawEmail and SendBulkEmail
from this account in Europe (Frankfurt) are rejected with the error
"Sending paused for this account". Other AWS services are not affected.

What you need to do
 • Find out which campaigns or lists produced the complaints.
 • Stop sending to recipients who did not opt in, and honour unsubscribe
   requests immediately.
 • When you have fixed the cause, request a new review from the Amazon SES
   account dashboard or in a case in the AWS Support Center, and answer the
   follow-up questions from the SES team.

Learn more: https://repost.aws/knowledge-center/ses-resolve-account-review-pause

""" + AWS_FOOTER + "\n",
    label=L("abuse", ["SES"], ["348207165913"], ["eu-central-1"], None, "verified", False,
            S_SES_DJANGO,
            "SES sending paused for complaints (spam); no 'abuse' in the subject, region only by name "
            "Europe (Frankfurt); already paused, no date to act by -> null. Shape: the '[Action "
            "Required] Amazon SES account under review in Europe (Frankfurt)' notice quoted in "
            "django/djangoproject.com#2730 and repost ses-resolve-account-review-pause."))

add("006-abuse-ec2-spam-port25-restricted.eml",
    frm=AWS_EC2_ABUSE, to=TO_ROOT,
    subject="Your Amazon EC2 Abuse Report [AWS ID 914462038175]",
    date="2026-09-23 11:40:18 +0000",
    auth_results=A_PASS,
    body="""\
Dear Amazon EC2 Customer,

We have received reports that unsolicited bulk email (spam) was sent from
the following resource in your account:

AWS ID: 914462038175
Region: sa-east-1
EC2 Instance Id: i-07c2e9ab5d14f6e30 [54.233.18.64]
Elastic IP: 54.233.18.64

Sending unsolicited email from Amazon EC2 violates the AWS Acceptable Use
Policy. Because of these reports, we have removed the exception that allowed
this account to send email on port 25 without throttling. Outbound SMTP
traffic on port 25 from the account is limited again, and the reverse DNS
record for 54.233.18.64 has been removed.

To resolve this report, reply to this email by September 25, 2026 with:
  1. how the recipient addresses were collected,
  2. what you changed to stop the unsolicited mail, and
  3. whether the instance was compromised.

If we do not receive a reply, we may take further action, including
stopping the instance.

Example of the reported mail (headers shortened):

  Received: from ip-172-31-8-20.sa-east-1.compute.internal (54.233.18.64)
  From: "Promo Center" <ofertas@mailer-example.com.br>
  Subject: Ultima chance: frete gratis hoje

Regards,
Amazon EC2 Abuse Team
""",
    label=L("abuse", ["EC2"], ["914462038175"], ["sa-east-1"], "2026-09-25", "verified", False,
            S_CLOUDPACK,
            "Spam from EC2; port-25 exception removed (a restriction already applied); reply 'by "
            "September 25, 2026'. Old subject form 'Your Amazon EC2 Abuse Report' from "
            "ec2-abuse@amazon.com, described in cloudpack.media/24962 and the serverworks FAQ."))

add("007-abuse-dmca-s3-cloudfront.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="Your AWS Abuse Report [21207784519] [AWS ID 127790354826] - Copyright Infringement",
    date="2026-10-01 15:02:44 +0000",
    auth_results=A_TS,
    charset="utf-8", cte="qp",
    body="""\
Hello,

We have received a notice under the Digital Millennium Copyright Act (DMCA)
stating that content stored on your AWS resources infringes the rights of
the copyright owner.

AWS ID: 127790354826
Resources:
  S3 bucket:               course-video-mirror (Region: us-east-2)
  CloudFront distribution: E1RXQ8EXAMPLEZ (d2vz8example.cloudfront.net)
Reported URLs:
  https://d2vz8example.cloudfront.net/courses/advanced-sql/*
  https://course-video-mirror.s3.us-east-2.amazonaws.com/advanced-sql/

Please remove or disable access to the material within 2 business days and
reply to this email to confirm. If you believe the material was removed by
mistake or misidentification, you may send a counter notification; see
https://aws.amazon.com/terms/ for the requirements.

Repeated infringement can lead to the suspension of your AWS account.

""" + TS_SIG + """

----- Copyright notice (forwarded) -----
On behalf of Example Learning GmbH, owner of the course “Advanced SQL for
Analysts”, I state in good faith that the files at the URLs above are
unauthorized copies. Contact: rights@example-learning.test
----- End of notice -----
""",
    label=L("abuse", ["CLOUDFRONT", "S3"], ["127790354826"], ["us-east-2"], "2026-10-05", "verified",
            False, S_REPORT_ABUSE,
            "DMCA copyright notice for content in S3 behind CloudFront; 'within 2 business days' of "
            "Thu 2026-10-01 -> Mon 2026-10-05. The S3 URL carries the bucket region us-east-2. "
            "Shape: DMCA is one of the Trust & Safety report types (repost report-aws-abuse); "
            "subject form of the abuse notices."))

add("008-abuse-phishing-s3-website.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="Your AWS Abuse Report [21219360027] [AWS ID 861035927441]",
    date="2026-10-09 08:17:26 +0000",
    auth_results=A_TS,
    body="""\
Hello,

We've received a report that content hosted on your AWS resource is being
used for phishing.

AWS ID: 861035927441
Resource: Amazon S3 bucket account-verify-portal (static website hosting)
Region: eu-west-3
Reported URL:
  http://account-verify-portal.s3-website.eu-west-3.amazonaws.com/webmail/login.html

The page imitates the webmail sign-in of a European telecom provider and
sends the entered passwords to a third-party server. Hosting phishing
content violates the AWS Acceptable Use Policy.

Please remove the content and reply directly to this email within 24 hours
with the action you took. If you did not upload this content, someone else
may be using your account; see
https://repost.aws/knowledge-center/potential-account-compromise

If we do not receive a response, we may block public access to the bucket
or suspend the account.

""" + TS_SIG + """

Case Number: 21219360027
""",
    label=L("abuse", ["S3"], ["861035927441"], ["eu-west-3"], "2026-10-10", "verified", False,
            S_ABUSE_REPORT_KC,
            "Phishing page on an S3 static website; 'within 24 hours' of 2026-10-09 -> 2026-10-10. The "
            "region appears as a code and inside the website endpoint. Shape: abuse notice format "
            "(scrapoxy#77) and repost aws-abuse-report."))

add("009-abuse-cryptojacking-ec2.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="Your AWS Abuse Report [21226014455] [AWS ID 556301478829]",
    date="2026-10-13 19:44:09 +0000",
    auth_results=A_TS,
    body="""\
Hello,

We've received a report that your AWS resource

AWS ID: 556301478829    Region: ap-south-1    EC2 Instance Id: i-0f3e561209384471d [13.233.40.122]

has been implicated in intrusion attempts: the reporter observed it
exploiting exposed Docker and Redis services on their hosts and then
installing a cryptocurrency miner (XMRig) that connects to a public mining
pool. Activity of this kind is forbidden by the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/).

This pattern usually means the instance itself was compromised and is being
used by a cryptojacking botnet. We recommend that you isolate the instance,
take a snapshot for investigation, and rebuild it from a known-good image.

Please stop the activity and reply directly to this email within 24 hours
with the corrective actions you have taken. If we do not hear from you, we
may block network traffic for the instance or suspend the account.

""" + TS_SIG + """

Case Number: 21226014455

---Beginning of forwarded report(s)---
Reported Activity: Intrusion Attempts / Malware (cryptocurrency miner)
Source: 13.233.40.122
Targets: 203.0.113.0/24 ports 2375/tcp, 6379/tcp
Payload fetched: hxxp://13.233.40.122:8080/xm.sh
Window (UTC): 2026-10-13 02:10 - 11:55
---End of forwarded report(s)---
""",
    label=L("abuse", ["EC2"], ["556301478829"], ["ap-south-1"], "2026-10-14", "verified", False,
            S_ETHMINER,
            "Crypto-mining abuse report (cryptojacking intrusion from an EC2 instance); 'within 24 "
            "hours' of 2026-10-13 19:44 UTC -> 2026-10-14. Trap: instance id i-0f3e561209384471d has a "
            "12-digit run. Shape: abuse notice format and AWS's reaction to mining described in "
            "mludvig/aws-ethereum-miner#59.",
            traps=["561209384471"]))

add("010-abuse-msp-relay-ja.eml",
    frm=("クラウド運用サポートデスク", "support-desk@msp.example.jp"), to=("情報システム部 ご担当者様", "it-admin@example.co.jp"),
    subject="【重要】AWS Abuse Report 受領のご連絡 (AWS アカウント 2938-4756-1028)",
    subject_charset="iso-2022-jp", charset="iso-2022-jp", lang="ja",
    date="2026-10-15 11:20:37 +0900",
    auth_results=base.auth(domain="msp.example.jp", mailfrom="msp.example.jp", mx="mx.example.co.jp"),
    body="""\
情報システム部 ご担当者様

いつも弊社 AWS 請求代行・運用サービスをご利用いただきありがとうございます。
クラウド運用サポートデスクです。

貴社ご利用の AWS アカウント (2938-4756-1028) のルートユーザー宛に、
AWS Trust & Safety チームから不正利用レポート (Abuse Report) が届きました。
東京リージョンの EC2 インスタンスから外部サーバーへの SSH ログイン試行
(侵入の試み) が報告されています。

対応が行われない場合、AWS によりインスタンスの通信遮断やアカウント停止が
行われる可能性があります。以下をご確認のうえ、対応内容を英文で
2026年10月16日(金) 12:00 までに本メールへご返信ください。
弊社から AWS へ代理で回答いたします。

  1. 該当インスタンスの停止または隔離
  2. 不審なプロセス・ユーザーの有無の確認
  3. セキュリティグループの見直し

なお、日本語でのご回答も可能ですが、英文の方が齟齬が生じにくいため推奨します。

------------------------------------------------------------
以下、AWS からの通知 (原文)
------------------------------------------------------------
Hello,

We've received a report that your AWS resource

AWS ID: 293847561028    Region: ap-northeast-1    EC2 Instance Id: i-0c81d2fa7e35b6049 [52.195.11.73]

has been implicated in activity that resembles attempts to log in to
remote hosts without authorization (SSH brute force). Please stop the
activity and reply to this email within 24 hours with the corrective
actions you have taken.

Regards,
AWS Trust & Safety

Case Number: 21229904731
------------------------------------------------------------

クラウド運用サポートデスク
受付番号: MSP-20261015-0042
""",
    label=L("abuse", ["EC2"], ["293847561028"], ["ap-northeast-1"], "2026-10-16", "unverified", False,
            S_CLASSMETHOD,
            "Japanese MSP relays an SSH brute-force abuse report (ISO-2022-JP); account appears dashed "
            "(2938-4756-1028) and plain; the MSP's reply-by date 2026年10月16日 (which also matches "
            "the quoted 24 hours). Relayed by the MSP's own domain -> unverified. Shape: classmethod "
            "and serverworks FAQs on relaying 'Abuse Report' mails and replying in English."))

add("011-abuse-final-notification-blocked.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="RE: Your AWS Abuse Report [21184093371] [AWS ID 482913570264]",
    date="2026-09-11 09:05:50 +0000",
    auth_results=A_TS,
    body="""\
** FINAL NOTIFICATION **

Hello,

We have not received a response to the abuse report about resources in your
account (first sent on September 8, 2026). To limit the abuse, we have
taken the following step:

*** Blocked all inbound and outbound traffic for instance
i-04a739201846573c2 (eu-west-2), except administrative access (SSH from
your existing security group rules) ***

Reported Activity: Port Scanning

The reported activity violates the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/). To resolve this report, reply to this email
by September 14, 2026 with the corrective action taken to stop the
activity. Without a reply, we may suspend AWS account 482913570264.

Required Actions: Investigate root cause

For help with resolving the report, see
https://repost.aws/knowledge-center/aws-abuse-report

If you do not consider the activity abusive, reply and explain why.

""" + TS_SIG + """

Case Number: 21184093371
""",
    label=L("abuse", ["EC2"], ["482913570264"], ["eu-west-2"], "2026-09-14", "verified", True,
            S_PROXYLIST,
            "FINAL NOTIFICATION follow-up to 001 (reminder); traffic for the instance already blocked; "
            "reply 'by September 14, 2026' (September 8 is the earlier notice, not a deadline). Trap: "
            "instance id digits. Shape: FINAL NOTIFICATION quoted in rdavydov/proxy-list#4.",
            traps=["739201846573"]))

add("012-abuse-generic-subject-lightsail.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="AWS Notification",
    date="2026-10-27 02:03:58 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We have received a report of abusive activity from a resource in your AWS
account 702918364455:

  Service:   Amazon Lightsail
  Instance:  wordpress-prod-1 (static IP 13.49.201.36)
  Region:    eu-north-1

The reporter saw several thousand SSH password attempts from this address
against their servers between 2026-10-26 18:00 and 23:30 UTC. Attempts to
log in to other people's systems without permission are prohibited by the
AWS Acceptable Use Policy.

Please investigate, stop the activity, and reply to this email within 24
hours describing what you found and what you changed. If the instance was
compromised, we recommend creating a new instance from a clean snapshot or
blueprint and rotating all credentials stored on it.

If we do not receive a reply, we may block network access to the instance.

Reference: AWS Trust & Safety case 21241877360

""" + AWS_FOOTER + "\n",
    label=L("abuse", ["LIGHTSAIL"], ["702918364455"], ["eu-north-1"], "2026-10-28", "verified", False,
            S_ABUSE_REPORT_KC,
            "Abuse report under the generic subject 'AWS Notification' (only the body says abuse): SSH "
            "brute force from a Lightsail instance; 'within 24 hours' of 2026-10-27 02:03 UTC -> "
            "2026-10-28. Shape: repost aws-abuse-report (reply within 24 hours) and the abuse notice "
            "format."))

add("013-abuse-second-notice-rdp.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="Second Notice: Your AWS Abuse Report [21250388716] [AWS ID 418650293716]",
    date="2026-11-03 13:30:22 +0000",
    auth_results=A_TS,
    body="""\
Hello,

This is our second notice about the abuse report below. We sent the first
notice on October 30, 2026 and have not received a reply.

AWS ID: 418650293716    Region: ca-central-1    EC2 Instance Id: i-0aa4f7be2c91d5e38 [15.222.94.7]

Reported Activity: Intrusion attempts (RDP brute force on 3389/tcp)
Reporter: SOC, Example Municipal Services (+1 613 555 0199)

Please stop the activity and reply directly to this email within 24 hours
with the corrective actions you have taken, or explain your use case if you
believe the activity is legitimate. If we do not receive a reply, we will
block traffic to and from the instance and may suspend the account.

""" + TS_SIG + """

Case Number: 21250388716
""",
    label=L("abuse", ["EC2"], ["418650293716"], ["ca-central-1"], "2026-11-04", "verified", True,
            S_PROXYLIST,
            "'Second Notice' of an RDP brute-force report -> reminder; 'within 24 hours' of 2026-11-03 "
            "13:30 UTC -> 2026-11-04; October 30 is the earlier notice, not a deadline. Shape: the "
            "notice / final-notification sequence in rdavydov/proxy-list#4."))

add("014-abuse-msp-relay-ses-paused-ja.eml",
    frm=("AWS サポート窓口 (請求代行サービス)", "aws-support@msp.example.jp"), to=TO_JA,
    subject="[通知] Amazon SES 送信一時停止のお知らせ (アカウント 839201746630 / 大阪リージョン)",
    charset="utf-8", cte="qp", lang="ja",
    date="2026-11-10 16:05:12 +0900",
    auth_results=base.auth(domain="msp.example.jp", mailfrom="msp.example.jp", mx="mx.example.co.jp"),
    body="""\
ご担当者様

AWS 請求代行サービス サポート窓口です。
お客様の AWS アカウントについて、AWS から以下の通知が届きましたので転送いたします。

■ 概要
  AWS アカウント ID : 839201746630
  リージョン         : アジアパシフィック (大阪) ap-northeast-3
  内容               : Amazon SES のメール送信が一時停止されました

■ 原因 (AWS 通知より)
  レビュー期間中に苦情率 (受信者による迷惑メール報告の割合) が改善されず、
  0.64% となったため、送信機能が一時停止されています。
  停止中は SendEmail 等の API がエラーとなります。他の AWS サービスには影響ありません。

■ お客様にお願いしたいこと
  ・配信リストの取得方法、オプトインの有無をご確認ください。
  ・配信停止依頼への対応状況をご確認ください。
  ・改善策がまとまりましたら、本メールへ英文でご返信ください。
    弊社より AWS へ再審査 (レビュー) を依頼いたします。

原文は AWS マネジメントコンソールの Amazon SES 「アカウントダッシュボード」でも
ご確認いただけます。

────────────────────────
AWS サポート窓口 (請求代行サービス)
受付時間: 平日 9:00-18:00
""",
    label=L("abuse", ["SES"], ["839201746630"], ["ap-northeast-3"], None, "unverified", False,
            S_SERVERWORKS,
            "Japanese MSP relays an SES sending pause for complaints (UTF-8 quoted-printable); subject "
            "says 通知 and 送信一時停止, not abuse; region as 大阪 and code; no date -> null. Sender is "
            "the MSP -> unverified. Shape: serverworks FAQ on relayed AWS notices and the SES pause "
            "notice (django/djangoproject.com#2730)."))


# ==========================================================================
# SECURITY INCIDENT (genuine)
# ==========================================================================

add("015-exposed-key-github.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="ACTION REQUIRED: Your AWS Access Key is Exposed for AWS Account 164928375501",
    date="2026-09-03 07:12:45 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We became aware that the AWS access key AKIAXQ4EXAMPLEPLM7RD, belonging to
IAM user "release-bot" in AWS account 164928375501, together with its secret
key, is publicly available online:

  https://github.com/example-labs/release-tools/blob/7c1e0d2/scripts/publish.sh

This is a security risk to your account: anyone who finds the key can use it,
which could lead to charges from unauthorized activity, access to your data,
or abuse of your resources. Publishing credentials also violates the AWS
Customer Agreement.

To limit the risk, we have attached the AWS managed policy
AWSCompromisedKeyQuarantineV3 to the IAM user. This blocks some high-risk
actions, but it does not make your account secure. Please do the following
now:

Step 1: Rotate the exposed key. Create a new key, switch your application to
it, deactivate AKIAXQ4EXAMPLEPLM7RD, and delete it once the application
works without it.

Step 2: Review AWS CloudTrail in every Region for activity you do not
recognise, such as new IAM users or access keys, changed policies, or
launched instances, and undo it.

Step 3: Review your bill for usage you did not expect.

Step 4: Reply to the support case we opened for this event once you have
finished, so that we can review it and remove the quarantine policy if
appropriate.

More details: https://repost.aws/knowledge-center/potential-account-compromise

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["IAM"], ["164928375501"], [], None, "verified", False,
            S_XEBIA,
            "Exposed access key found on GitHub; quarantine policy V3 attached; no act-by date -> null. "
            "Subject form recorded in the xebia.com leak experiment."))

add("016-exposed-key-generic-subject.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Important information about your AWS account",
    date="2026-09-10 20:31:09 +0000",
    auth_results=A_PASS,
    body="""\
Dear AWS Customer,

Your security is important to us. We became aware that the following AWS
access key of your account (****-****-2251), together with the matching
secret key, is publicly available online.

 Access Key                Web Site
 --------------------------------------------------------------------------
 AKIA****************QF2M  https://github.com/example-dev/blog-engine/blob/1f0c4ae/config/settings.py

This poses a security risk to you, could lead to excessive charges from
unauthorized activity or abuse, and violates the AWS Customer Agreement.

Please make sure that all usage of your account is authorized, then delete
or rotate the exposed credentials, and take steps so that no new
credentials are published this way.

To protect your account from excessive charges, we have temporarily limited
your ability to launch large numbers of EC2 instances. This does not make
the account secure; it only partly limits unauthorized usage you could be
charged for.

Detailed instructions:

CHECK FOR UNAUTHORIZED USAGE
Sign in to the AWS Management Console and open each service page (EC2,
Lambda, SES, SageMaker and others) in every Region to look for resources
you did not create. Also check the Bills page.

DELETE OR ROTATE THE KEY
Open the IAM console, find the user or root credentials the key belongs to,
create a new key if your application needs one, and delete the exposed key.

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["IAM"], [], [], None, "verified", False,
            S_GABINC,
            "Generic subject; only the body says an access key is public. The account is masked "
            "(****-****-2251), so no 12-digit account ID to label; no date -> null. Shape: the older "
            "exposed-key notice pasted in GabInc/blobon#545."))

add("017-support-case-id-compromise.eml",
    frm=AWS_SUPPORT, to=TO_ROOT,
    subject="Case ID 17790236418: Your AWS Account may be compromised",
    date="2026-09-29 05:44:27 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

Amazon Web Services has opened case 17790236418 on your behalf.

Subject: Your AWS Account may be compromised
Severity: Urgent
Account: 975036128844

Correspondence:
------------------------------------------------------------------
Dear AWS Customer,

Your AWS account 975036128844 may have been accessed by a third party. We
found that the access key AKIAR2KEXAMPLE9TW5VN of IAM user "terraform-ci"
and its secret key are publicly available, and the key was used in the last
day to launch p4d.24xlarge instances in us-east-1 and eu-west-1.

To protect the account we have limited its ability to launch new
instances. Please contact us by 2026-10-03 through this case after you have
completed the steps below. If you do not, we may suspend the account and
terminate resources that look unauthorized.

 1. Rotate and delete the exposed access key.
 2. Change the root user password and turn on MFA.
 3. In CloudTrail, look for IAM users, roles, policies and keys you did not
    create and delete them.
 4. Terminate the unauthorized instances in both Regions.
------------------------------------------------------------------

To see the case or reply, sign in to the AWS Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=17790236418

Please do not reply to this email; replies to this address are not
monitored.

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["EC2", "IAM"], ["975036128844"], ["eu-west-1", "us-east-1"],
            "2026-10-03", "verified", False,
            S_DOMITS,
            "Support-case wrapper 'Case ID ...:'; the correspondence says the account may be "
            "compromised and a key is public; contact 'by 2026-10-03'. Case id has 11 digits. Shape: "
            "the 'contact AWS by YYYY-MM-DD' notice in domits1/Domits#1826 wrapped in a support case "
            "mail."))

add("018-new-support-case-compromise.eml",
    frm=AWS_SUPPORT, to=TO_SEC,
    subject="New Support case: 17821455093",
    date="2026-10-19 12:00:41 +0000",
    auth_results=A_PASS,
    body="""\
A case has been opened on your behalf.

Case ID:    17821455093
Subject:    Unauthorized activity in your AWS account 620493817362
Severity:   High
Opened by:  Amazon Web Services

Correspondence:

Hello,

We have detected activity in your AWS account that indicates the account
may be compromised. The access key AKIA6TMEXAMPLEJ3NB0W (IAM user
"mobile-sync") is publicly available on a code-sharing site and was used to
create the IAM user "svc-backup2" and 214 AWS Lambda functions in us-west-2.

If you do not respond by October 23, 2026, we may suspend your account to
protect it from further unauthorized charges.

Please:
 - deactivate and delete the exposed key and the IAM user you did not create;
 - delete the unauthorized Lambda functions;
 - review CloudTrail for other changes;
 - reply to this case and tell us what you did.

To view or respond to this case, please sign in to the Support Center:
https://support.console.aws.amazon.com/support/home#/case/?displayId=17821455093

Thank you for using Amazon Web Services.
""",
    label=L("security-incident", ["IAM", "LAMBDA"], ["620493817362"], ["us-west-2"], "2026-10-23",
            "verified", False,
            S_DOMITS,
            "'New Support case: NNN' subject says nothing about security; the correspondence reports a "
            "public key misused to create Lambda functions in us-west-2; respond 'by October 23, "
            "2026'. Shape: AWS support case notifications carrying the compromised-account notice "
            "(domits1/Domits#1826)."))

add("019-irregular-activity-restricted.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Irregular activity in your AWS account",
    date="2026-09-18 23:02:15 +0000",
    auth_results=A_PASS,
    body="""\
Dear AWS Customer,

We have detected irregular activity in your AWS account 247561903318 that
may indicate that the account, or credentials associated with it, have been
used by someone else. Between 2026-09-18 14:00 and 22:00 UTC, new IAM
access keys were created for the root user and used from IP addresses that
have not accessed this account before.

To protect the account, we have temporarily restricted access to some AWS
services. To restore access, secure the account and contact us by
2026-09-23 through the support case we opened. If we do not hear from you
by 2026-09-23, we may suspend the account.

What to do now:
 1. Change the root password and enable MFA on the root user.
 2. Delete the root access keys; the root user should not have keys.
 3. Review CloudTrail for actions you did not perform and revert them.
 4. Check every Region for resources you did not create.
 5. Reply to the support case with a summary of what you did.

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["IAM"], ["247561903318"], [], "2026-09-23", "verified", False,
            S_DWYL,
            "'Irregular activity in your AWS account' with services restricted; contact 'by "
            "2026-09-23' (ISO form). The time window on 2026-09-18 is when it happened, not a "
            "deadline. Subject as in dwyl/hq#504; body shape after domits1/Domits#1826."))

_t20 = "p6li1chk"
add("020-response-required-restricted-awstrack.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Response Required: Your AWS Account",
    date="2026-11-05 00:47:33 +0000",
    auth_results=A_PASS,
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Response Required</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#16191f">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr>
<td style="background:#232f3e;padding:14px"><img src="https://a0.awsstatic.com/libra-css/images/logos/aws_logo_smile_1200x630.png" width="60" alt="AWS"></td></tr>
<tr><td style="padding:20px">
<p>Dear AWS Customer,</p>
<p>We have detected suspicious activity on your AWS account 509382716644 that requires
immediate attention. We have restricted your ability to use some AWS services until we
can validate your account details. We took this action to help keep your account and
your resources safe, and we regret any inconvenience it may cause.</p>
<p>Please contact AWS Support using <a href="%s">this form</a>, and we will work with
you to verify your account details and lift the restriction.</p>
<p>Until the verification is complete, running resources continue to work, but you may
not be able to launch new resources in some services.</p>
<p>Sincerely,<br>Amazon Web Services</p>
<p style="font-size:11px;color:#5f6b7a">This message was produced and distributed by Amazon Web
Services, Inc. and affiliates, 410 Terry Ave. North, Seattle, WA 98109-5210.
<a href="%s">Privacy</a></p>
</td></tr></table>
<img src="https://%s.r.us-east-1.awstrack.me/I0/0100019a51c0e7d2-8b2f4c1a-93de-4f0b-a6e4-2c7d9b1f0e5a-000000/Xq2TmB0vK7yLwR4sJd9pNf6aH1c=386" width="1" height="1" alt="">
</body></html>
""" % (awstrack(_t20, "https://support.aws.amazon.com/#/contacts/aws-account-verification", "020", 473),
       awstrack(_t20, "https://aws.amazon.com/privacy/", "020", 473), _t20),
    label=L("security-incident", ["IAM"], ["509382716644"], [], None, "verified", False,
            S_KIRO,
            "Genuine 'we have restricted your ability to use some services' notice after suspicious "
            "activity, HTML only, links through the awstrack.me click-tracking host (its "
            "'us-east-1' is not an affected region); no date -> null. Shape: the 'Response "
            "Required' mail with awstrack links quoted in kirodotdev/Kiro#7388."))

add("021-guardduty-console-login-sns.eml",
    frm=AWS_SNS, to=TO_SEC,
    subject="AWS Notification Message",
    date="2026-10-24 03:12:50 +0000",
    auth_results=A_SNS,
    headers=[("x-amz-sns-message-id", "b7e2c1d4-5a6f-5b8e-9c0d-e1f2a3b4c5d6"),
             ("x-amz-sns-subscription-arn",
              "arn:aws:sns:eu-west-1:736104958221:guardduty-high:6d4c2b1a-0f9e-4d8c-b7a6-e5d4c3b2a1f0")],
    body="""\
{"version":"0","id":"4f1e2d3c-b5a6-4978-8a6b-c5d4e3f2a1b0","detail-type":"GuardDuty Finding","source":"aws.guardduty","account":"736104958221","time":"2026-10-24T03:11:58Z","region":"eu-west-1","resources":[],"detail":{"schemaVersion":"2.0","accountId":"736104958221","region":"eu-west-1","partition":"aws","id":"a2c4e6b8d0f1e3a5c7b9d2f4a6c8e0b1","arn":"arn:aws:guardduty:eu-west-1:736104958221:detector/6ab1c2d3e4f5a6b7c8d9e0f1a2b3c4d5/finding/a2c4e6b8d0f1e3a5c7b9d2f4a6c8e0b1","type":"UnauthorizedAccess:IAMUser/ConsoleLoginSuccess.B","resource":{"resourceType":"AccessKey","accessKeyDetails":{"principalId":"AIDAEXAMPLEQ7RT4Z2LK","userName":"finance-admin","userType":"IAMUser"}},"service":{"serviceName":"guardduty","detectorId":"6ab1c2d3e4f5a6b7c8d9e0f1a2b3c4d5","action":{"actionType":"AWS_API_CALL","awsApiCallAction":{"api":"ConsoleLogin","serviceName":"signin.amazonaws.com","remoteIpDetails":{"ipAddressV4":"198.51.100.201","country":{"countryName":"Romania"},"city":{"cityName":"Bucharest"},"organization":{"asnOrg":"Example VPS SRL"}}}},"eventFirstSeen":"2026-10-24T02:58:41Z","eventLastSeen":"2026-10-24T02:58:41Z","archived":false,"count":1},"severity":5,"createdAt":"2026-10-24T03:11:31Z","updatedAt":"2026-10-24T03:11:31Z","title":"Unusual console login by finance-admin was seen.","description":"Multiple worldwide successful console logins were observed for IAM user finance-admin. The latest login came from 198.51.100.201, a location this user has not signed in from before."}}
""" + sns_footer("eu-west-1", "arn:aws:sns:eu-west-1:736104958221:guardduty-high:6d4c2b1a-0f9e-4d8c-b7a6-e5d4c3b2a1f0",
                 "security@example.com"),
    label=L("security-incident", ["IAM"], ["736104958221"], [], None, "verified", False,
            S_GD_EB,
            "Generic SNS subject; the JSON is a GuardDuty finding for a suspicious console sign-in "
            "(UnauthorizedAccess:IAMUser/ConsoleLoginSuccess.B). The affected resource is an IAM user "
            "(global), so regions [] although the detector and topic are in eu-west-1. Shape: "
            "GuardDuty findings routed by EventBridge to an SNS email topic (GuardDuty user guide)."))

_gd_inner = inner(
    "022-guardduty-crypto.eml", frm=AWS_SNS, to="sec-alerts@example.co.jp",
    subject="AWS Notification Message", date="2026-11-12 00:21:07 +0000",
    attach_name="AWS Notification Message.eml",
    body="""\
{"version":"0","id":"0c9b8a7f-6e5d-4c3b-a2f1-e0d9c8b7a6f5","detail-type":"GuardDuty Finding","source":"aws.guardduty","account":"458203917765","time":"2026-11-12T00:20:33Z","region":"ap-southeast-1","resources":[],"detail":{"schemaVersion":"2.0","accountId":"458203917765","region":"ap-southeast-1","id":"f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5","type":"CryptoCurrency:EC2/BitcoinTool.B!DNS","resource":{"resourceType":"Instance","instanceDetails":{"instanceId":"i-09ad3e7bf2c14a6d8","instanceType":"c6i.4xlarge","availabilityZone":"ap-southeast-1b","tags":[{"key":"Name","value":"batch-worker-07"}]}},"service":{"serviceName":"guardduty","action":{"actionType":"DNS_REQUEST","dnsRequestAction":{"domain":"pool.supportxmr.example","protocol":"UDP","blocked":false}},"eventFirstSeen":"2026-11-11T23:47:10Z","eventLastSeen":"2026-11-12T00:15:52Z","count":37},"severity":8,"title":"EC2 instance i-09ad3e7bf2c14a6d8 is querying a domain name that is associated with Bitcoin-related activity.","description":"EC2 instance i-09ad3e7bf2c14a6d8 is querying a domain name associated with cryptocurrency mining. The instance may be compromised."}}
""" + sns_footer("ap-southeast-1", "arn:aws:sns:ap-southeast-1:458203917765:guardduty-to-mail:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                 "sec-alerts@example.co.jp"))

add("022-guardduty-crypto-fwd-ja.eml",
    frm=("佐藤 健", "k.sato@example.co.jp"), to=TO_JA_INFRA,
    subject="Fwd: AWS Notification Message (GuardDuty 重大度 High: 暗号通貨マイニングの疑い)",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-12 09:40:03 +0900",
    auth_results=base.auth(domain="example.co.jp", mailfrom="example.co.jp", mx="mx.example.co.jp"),
    body="""\
インフラチームの皆さん

夜間に GuardDuty から重大度 High の検出結果が届いていました (元メールを添付します)。
シンガポールリージョンのバッチ用インスタンス i-09ad3e7bf2c14a6d8 が
マイニングプールのドメインに問い合わせを繰り返しているとのことです。
インスタンスが乗っ取られている可能性があるので、
隔離 (セキュリティグループ差し替え) とスナップショット取得をお願いします。

AWS アカウント: 458203917765 (本番)

佐藤
""",
    attach=[_gd_inner],
    label=L("security-incident", ["EC2"], ["458203917765"], ["ap-southeast-1"], None, "unverified",
            False, S_GD_EB,
            "Japanese colleague forwards a GuardDuty CryptoCurrency:EC2/BitcoinTool.B!DNS finding "
            "(original SNS mail attached as message/rfc822): a compromised instance -> "
            "security-incident; region from the instance's availability zone / 'シンガポール'; no date. "
            "Outer sender is the company domain -> unverified. Shape: GuardDuty findings via "
            "EventBridge and SNS (GuardDuty user guide)."))

add("023-quarantine-policy-attached-sns.eml",
    frm=AWS_SNS, to=TO_SEC,
    subject="ALERT: AWSCompromisedKeyQuarantineV3 attached to IAM user in account 193857246610",
    date="2026-10-30 16:21:44 +0000",
    auth_results=A_SNS,
    headers=[("x-amz-sns-message-id", "9e8d7c6b-5a4f-5e3d-b2c1-a0f9e8d7c6b5")],
    body="""\
{"version":"0","id":"2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e","detail-type":"AWS API Call via CloudTrail","source":"aws.iam","account":"193857246610","time":"2026-10-30T16:20:51Z","region":"us-east-1","resources":[],"detail":{"eventVersion":"1.09","userIdentity":{"type":"AWSService","invokedBy":"iam.amazonaws.com"},"eventTime":"2026-10-30T16:20:51Z","eventSource":"iam.amazonaws.com","eventName":"AttachUserPolicy","awsRegion":"us-east-1","sourceIPAddress":"iam.amazonaws.com","userAgent":"iam.amazonaws.com","requestParameters":{"userName":"data-export","policyArn":"arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3"},"responseElements":null,"eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"193857246610"}}

Rule: quarantine-policy-attached (EventBridge, default bus)
Meaning: AWS attached its quarantine policy to IAM user data-export because one of
the user's access keys is believed to be exposed or compromised. Open the IAM console,
disable the user's active keys and follow the incident runbook SEC-07.
""" + sns_footer("us-east-1", "arn:aws:sns:us-east-1:193857246610:iam-alerts:7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2918",
                 "security@example.com"),
    label=L("security-incident", ["IAM"], ["193857246610"], [], None, "verified", False,
            S_DATADOG_Q,
            "Customer's EventBridge rule (sent by SNS, verified sender) reports that AWS attached "
            "AWSCompromisedKeyQuarantineV3 to an IAM user -> the key is considered compromised. IAM "
            "is global; us-east-1 is only where IAM events are recorded -> regions []. Shape: Datadog "
            "Security Labs 'IAM user known compromise' (AWSCompromisedKeyQuarantine detection)."))

add("024-account-suspended-compromise.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Your AWS account 867420135598 has been suspended",
    date="2026-11-16 10:00:19 +0000",
    auth_results=A_PASS,
    charset="utf-8", cte="qp",
    body="""\
Dear AWS Customer,

We wrote to you on November 6 and November 11, 2026 because your AWS
account 867420135598 appeared to be compromised. We have not received a
response, and unauthorized usage has continued, so we have suspended the
account to protect you from further charges.

While the account is suspended:
 • you cannot sign in to most AWS services or launch resources;
 • we have terminated 41 EC2 instances that looked unauthorized, in
   Asia Pacific (Sydney) and South America (São Paulo);
 • resources that were terminated cannot be recovered.

To reactivate the account, sign in as the root user, open a case in the AWS
Support Center (account and billing support is available even while the
account is suspended), and confirm that you have:

 1. changed the root password and enabled MFA,
 2. deleted all access keys and IAM users you did not create,
 3. reviewed CloudTrail and the bill for unauthorized activity.

If we do not hear from you by November 26, 2026, the account may be closed,
and the remaining content may be deleted after the post-closure period.

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["EC2", "IAM"], ["867420135598"], ["ap-southeast-2", "sa-east-1"],
            "2026-11-26", "verified", False,
            S_NEWSTACK,
            "Account suspended for suspected compromise after earlier notices (Nov 6 and 11 are past "
            "dates; the message is a new step, not a repeat, so reminder false); contact 'by November "
            "26, 2026'; regions by name (Sydney, São Paulo). Shape: suspension of a hacked account "
            "told in thenewstack.io and the follow-up notice at ryanwomack.com."))

add("025-unauthorized-access-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="【重要】お客様の AWS アカウントに不正アクセスの可能性があります",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-10-07 14:03:26 +0900",
    auth_results=A_JA,
    body="""\
AWS をご利用のお客様

お客様の AWS アカウント (ID: 312069487753) が第三者によって不正にアクセスされた
可能性があります。本通知をご確認のうえ、直ちにアカウントの保護を行ってください。

IAM ユーザー「deploy-user」のアクセスキー AKIAY7NEXAMPLEC3QD8M とシークレット
アクセスキーがインターネット上に漏洩しており、このキーを使用して
アジアパシフィック (シンガポール) リージョン (ap-southeast-1) で多数の
EC2 インスタンスが起動されています。

アカウントを保護するため、一部の AWS サービスの利用を一時的に制限しました。
制限を解除するには、2026年10月12日までに以下の手順を完了し、AWS サポートに
ご連絡ください。期限までにご連絡がない場合、アカウントを停止することがあります。
また、不正と思われるリソースは終了する場合があり、終了したリソースは復元できません。

手順 1: 漏洩したアクセスキーを無効化・削除し、必要であれば新しいキーに置き換える。
手順 2: ルートユーザーのパスワードを変更し、MFA を有効にする。
手順 3: CloudTrail で身に覚えのない IAM ユーザー、ロール、ポリシー、
        アクセスキーの作成がないか確認し、削除する。
手順 4: すべてのリージョンで不正な EC2 インスタンス、Lambda 関数などを削除する。
手順 5: 作成済みのサポートケースに実施内容を返信する。

詳細: https://repost.aws/ja/knowledge-center/potential-account-compromise

アマゾン ウェブ サービス
""",
    label=L("security-incident", ["EC2", "IAM"], ["312069487753"], ["ap-southeast-1"], "2026-10-12",
            "verified", False,
            S_IRET,
            "Japanese compromise notice (不正アクセス, キーが漏洩) in UTF-8 base64 from AWS; services "
            "restricted; act '2026年10月12日までに'. Shape: iret.media/74237 (Japanese MSP list of "
            "compromise mails) and the repost potential-account-compromise page (ja)."))

add("026-followup-within-5-days.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Your AWS Account 640718253396 may still be compromised",
    date="2026-09-25 18:30:02 +0000",
    auth_results=A_PASS,
    body="""\
Dear AWS Customer,

We are following up because your AWS account 640718253396 may still be
compromised. Please read this notice together with the one we sent on
September 21, 2026, and act now to secure and restore the account.

If you do not stop the unauthorized usage and contact AWS within five (5)
days, we will suspend your account to protect you from further unauthorized
usage and charges. To limit charges, we will also terminate resources that
appear unauthorized; some of them may not be recoverable.

Step 1: Change the root user password, and enable multi-factor
authentication (MFA). Change the password of the email account used as the
root user email as well.

Step 2: In CloudTrail, look for unsanctioned activity: IAM users and login
profiles, access keys, policies, roles or temporary credentials you did not
create. Delete them.

Step 3: Review the account for unauthorized usage such as EC2 instances,
Lambda functions or Spot requests in every Region, and delete them.

Step 4: Reply to the support case in the AWS Support Center and confirm the
steps you completed.

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["IAM"], ["640718253396"], [], "2026-09-30", "verified", True,
            S_RYAN,
            "Follow-up ('We are following up', read with the earlier notice) -> reminder; 'within five "
            "(5) days' of 2026-09-25 -> 2026-09-30; September 21 is the earlier notice. Shape: the "
            "follow-up notice at www.ryanwomack.com/amazon_message/."))

add("027-fwd-compromised-ja.eml",
    frm=("高橋 美咲", "m.takahashi@example.co.jp"), to=TO_JA_INFRA,
    subject="転送: Action Required: Your AWS account 281936450127 is compromised",
    subject_charset="iso-2022-jp", charset="iso-2022-jp", lang="ja",
    date="2026-11-19 08:55:40 +0900",
    auth_results=base.auth(domain="example.co.jp", mailfrom="example.co.jp", mx="mx.example.co.jp"),
    body="""\
インフラチーム各位

検証用アカウントのルートメールに以下が届いていました。
CI 用のアクセスキーが公開リポジトリに漏洩していたようです。
キーの無効化は私の方で済ませましたが、CloudTrail の確認と不審なリソースの
削除をお願いできますか。AWS への返信期限は 11/23 です。

高橋

-------- 転送メッセージ --------
差出人: Amazon Web Services <no-reply-aws@amazon.com>
日付: 2026年11月19日 3:12
件名: Action Required: Your AWS account 281936450127 is compromised
宛先: aws-sandbox-root@example.co.jp

Dear AWS Customer,

Your AWS account 281936450127 may have been accessed by an unauthorized
party. The access key AKIA3VWEXAMPLEM8KP1T, which belongs to IAM user
"ci-runner", and its secret key are publicly available, and the key was
used to create new IAM users.

To protect the account we have restricted some AWS services. Contact AWS
by November 23, 2026 through the support case opened for this notice, after
you have rotated the key, removed the IAM users you did not create and
reviewed CloudTrail. If we do not hear from you, we may suspend the
account.

Sincerely,
Amazon Web Services
""",
    label=L("security-incident", ["IAM"], ["281936450127"], [], "2026-11-23", "unverified", False,
            S_IRET,
            "Japanese colleague forwards inline (転送:, ISO-2022-JP) the 'Your AWS account ... is "
            "compromised' notice; reply by November 23, 2026 (also '11/23' in the cover text). "
            "Company sender -> unverified. Subject form listed in iret.media/74237."))

_t28 = "lhrrj7lm"
add("028-exposed-key-html-awstrack.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="[Action Required] AWS access key exposed for AWS Account 905372618841",
    date="2026-11-24 21:15:03 +0000",
    auth_results=A_PASS,
    html="""<!doctype html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Exposed access key</title></head>
<body style="margin:0;background:#e5e5e5">
<div style="max-width:600px;margin:0 auto;background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#232f3e">
<div style="background:#232f3e;color:#ffffff;padding:16px;font-size:20px">Security notification</div>
<div style="padding:20px">
<p>Hello,</p>
<p>An access key of your AWS account <b>905372618841</b> and its secret access key are publicly
available on the internet.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Access key ID</td><td><code>AKIAT5SEXAMPLEW2RJ6Q</code></td></tr>
<tr><td>IAM user</td><td>metrics-uploader</td></tr>
<tr><td>Found at</td><td>public package registry (npm, package metrics-agent-lite 0.4.2)</td></tr>
</table>
<p>We have attached the AWSCompromisedKeyQuarantineV3 policy to the IAM user to limit what the key
can do. The policy does not fully protect your account. Rotate the key, delete the exposed key,
and check AWS CloudTrail for activity you did not start.</p>
<p><a href="%s" style="background:#ec7211;color:#ffffff;padding:8px 14px;text-decoration:none">Open the IAM console</a></p>
<p>Then respond to the support case that was opened for this event:
<a href="%s">AWS Support Center</a>.</p>
<p>Learn more about <a href="%s">what to do if you notice unauthorized activity</a>.</p>
<p>Sincerely,<br>Amazon Web Services</p>
</div>
<div style="padding:12px 20px;font-size:11px;color:#545b64">Amazon Web Services, Inc. is a subsidiary of
Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109-5210.</div>
</div></body></html>
""" % (awstrack(_t28, "https://console.aws.amazon.com/iam/home#/users/details/metrics-uploader?section=security_credentials", "028", 441),
       awstrack(_t28, "https://support.console.aws.amazon.com/support/home#/case/history", "028", 441),
       awstrack(_t28, "https://repost.aws/knowledge-center/potential-account-compromise", "028", 441)),
    label=L("security-incident", ["IAM"], ["905372618841"], [], None, "verified", False,
            S_AWSTRACK,
            "Genuine exposed-key notice in HTML only; every link goes through an "
            "lhrrj7lm.r.us-east-1.awstrack.me click-tracking URL (not an affected region); no date -> "
            "null. Link form as in the AWS mail sample in networktocode/circuit-maintenance-parser; "
            "content after the exposed-key notices (xebia.com)."))

add("029-bedrock-unauthorized-use.eml",
    frm=AWS_NOREPLY, to=TO_ROOT,
    subject="Unauthorized use of Amazon Bedrock in your AWS account 724051839266",
    date="2026-11-27 06:33:48 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

We detected activity in your AWS account 724051839266 that indicates that
credentials were compromised and used to call Amazon Bedrock models.

What we observed
 - Access key: AKIA4JPEXAMPLEX0LB7S (IAM user "genai-poc")
 - Calls: InvokeModel and InvokeModelWithResponseStream, about 96,000
   requests since 2026-11-26 19:00 UTC
 - Region: US West (Oregon)
 - Model access was also requested for several models you had not used
   before.

To protect you, we attached the AWSCompromisedKeyQuarantineV3 policy to the
IAM user. This policy now also denies Bedrock invocation actions.

Please contact AWS by 2026-12-01 through the support case we opened, after
you have:
 1. deleted the access key and any keys you did not create;
 2. removed model access and provisioned throughput you did not request;
 3. reviewed CloudTrail for other activity by this key.
If we do not hear from you by then, we may suspend the account.

""" + AWS_FOOTER + "\n",
    label=L("security-incident", ["BEDROCK", "IAM"], ["724051839266"], ["us-west-2"], "2026-12-01",
            "verified", False,
            S_SYSDIG_Q,
            "Compromised key used for Bedrock calls (LLMjacking); quarantine policy attached; contact "
            "'by 2026-12-01'; region only by name US West (Oregon). Shape: Sysdig on the extended "
            "AWSCompromisedKeyQuarantine policies (Bedrock actions added) and the compromised-key "
            "notice form (domits1/Domits#1826)."))


# ==========================================================================
# NON-CRITICAL LOOK-ALIKES (genuine)
# ==========================================================================

_arn30 = "arn:aws:health:global::event/S3/AWS_S3_SECURITY_NOTIFICATION/AWS_S3_SECURITY_NOTIFICATION_5c1d9e7a3b20"
add("030-s3-public-access-advisory.eml",
    frm=AWS_HEALTH, to=TO_SEC,
    subject="AWS Health Event: Your Amazon S3 buckets allow public access [AWS Account: 357918264403] [EU-WEST-2]",
    date="2026-09-16 10:25:13 +0000",
    auth_results=A_HEALTH,
    body="""\
Hello,

We are writing to let you know that one or more Amazon S3 buckets in your
AWS account 357918264403 in the Europe (London) Region are configured to be
publicly accessible. This may be a larger audience than you intended. By
default, buckets are private; public buckets can be read by anyone on the
internet, and their content may be indexed by search engines.

Affected resources:
  press-kit-assets
  partner-uploads-staging
  web-logs-2025

If a bucket does not need to be public, turn on S3 Block Public Access for
it, or for the whole account. Bucket policies should not grant access to
"Principal":"*", and bucket ACLs should not grant access to "Everyone" or
"Authenticated Users" unless your use case needs it.

This notice is informational; no change will be made to your buckets.

Event details
  Service:     S3
  Event type:  AWS_S3_SECURITY_NOTIFICATION
  Region:      eu-west-2
  Start time:  Wed, 16 Sep 2026 09:00:00 GMT

""" + base.health_footer(_arn30) + "\n",
    html=base.health_html(
        "Your Amazon S3 buckets allow public access",
        ["One or more Amazon S3 buckets in your AWS account 357918264403 in the Europe (London) Region "
         "are configured to be publicly accessible.",
         "If a bucket does not need to be public, turn on S3 Block Public Access for it or for the "
         "whole account.",
         "This notice is informational; no change will be made to your buckets."],
        _arn30, preformatted="press-kit-assets\npartner-uploads-staging\nweb-logs-2025"),
    label=L("security-advisory", ["S3"], ["357918264403"], ["eu-west-2"], None, "verified", False,
            S_FEMIWIKI,
            "Risky configuration (public buckets) to review, no date and explicitly no change -> "
            "security-advisory, null; a classifier may mistake 'security notification' for an "
            "incident. Health format with [AWS Account] [EU-WEST-2] suffix; wording after the S3 "
            "public-bucket notice quoted in femiwiki/femiwiki#237."))

add("031-iam-key-rotation-advisory.eml",
    frm=AWS_NOREPLY, to=TO_SEC,
    subject="Security recommendation for AWS account 816240375591: long-lived IAM access keys",
    date="2026-09-21 15:48:30 +0000",
    auth_results=A_PASS,
    body="""\
Hello,

As part of our ongoing work to help customers follow security best
practices, we reviewed the IAM credentials of AWS account 816240375591.
We have NOT detected any unauthorized use of your account. This message
is a recommendation only.

The following IAM users have active access keys that were created more
than 365 days ago. Two of them have not been used in the last 90 days:

  IAM user            Access key ID           Created      Last used
  legacy-reporting    AKIAEXAMPLEH2K7QW4ZD    2023-05-17   2026-09-20
  backup-sync         AKIAEXAMPLEN8V3RM1XC    2022-11-02   never
  old-jenkins         AKIAEXAMPLEB5T9LP0SE    2021-08-30   2025-12-03

Long-lived keys increase the risk that a key which leaks, for example
through source code or logs, can be used against your account. We
recommend that you:

 - remove access keys that are not used;
 - replace long-term keys with IAM roles or temporary credentials where
   possible;
 - rotate the keys that remain, and keep them out of source code;
 - use IAM Access Analyzer to find unused access.

See Security best practices in IAM:
https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html

""" + AWS_FOOTER + "\n",
    label=L("security-advisory", ["IAM"], ["816240375591"], [], None, "verified", False,
            S_IAM_BP,
            "IAM best-practice recommendation that lists access keys and talks about leaks but says "
            "no unauthorized use was detected -> security-advisory, not an incident; key creation and "
            "last-used dates are past dates, no deadline. Content after the IAM security best "
            "practices page (remove unused credentials, rotate keys)."))

add("032-eks-cve-advisory-ja.eml",
    frm=("AWS Health", "health@aws.com"), to=TO_JA,
    subject="[AWS Health] Amazon EKS: ingress-nginx の脆弱性 (CVE-2026-24514) に関するセキュリティ情報 [AWS Account: 142857369021] [AP-NORTHEAST-1]",
    subject_charset="iso-2022-jp", charset="iso-2022-jp", lang="ja",
    date="2026-10-02 11:30:00 +0900",
    auth_results=base.auth(domain="aws.com", mx="mx.example.co.jp"),
    body="""\
お客様

Kubernetes コミュニティは、ingress-nginx コントローラーの脆弱性 CVE-2026-24514 を
公開しました。細工されたリクエストにより、コントローラーが読み取れる
シークレットが取得される可能性があります。

ingress-nginx はお客様がクラスターにインストールして管理するアドオンであり、
Amazon EKS のマネージドコンポーネントには含まれていません。お客様の
AWS アカウント 142857369021 のアジアパシフィック (東京) リージョンで、
ingress-nginx を実行していると思われる以下のクラスターを確認しました。

  prod-web-cluster   (Kubernetes 1.33)
  stg-web-cluster    (Kubernetes 1.33)

影響を受けるバージョンを使用している場合は、修正済みのバージョン
(v1.13.4 以降) へのアップデートをご検討ください。本通知の時点で、
この脆弱性を悪用した攻撃は確認されていません。

詳細は AWS セキュリティ情報 (https://aws.amazon.com/security/security-bulletins/)
をご覧ください。

イベントの詳細
  サービス       : EKS
  イベントタイプ : AWS_EKS_SECURITY_NOTIFICATION
  リージョン     : ap-northeast-1
  開始時刻       : 2026年10月2日 09:00 JST

AWS Health ダッシュボードで詳細を表示:
https://health.aws.amazon.com/health/home#/account/event-log?eventID=arn:aws:health:ap-northeast-1::event/EKS/AWS_EKS_SECURITY_NOTIFICATION/AWS_EKS_SECURITY_NOTIFICATION_8d2e4f6a1c3b&eventTab=details

アマゾン ウェブ サービス
""",
    label=L("security-advisory", ["EKS"], ["142857369021"], ["ap-northeast-1"], None, "verified", False,
            S_AL2023_CVE,
            "Japanese (ISO-2022-JP) CVE bulletin for a customer-managed add-on on EKS clusters; "
            "'consider updating', no exploitation, no date -> security-advisory, null. Shape: AWS "
            "security-bulletin handling of an open-source CVE as in amazonlinux/amazon-linux-2023#741, "
            "Health subject suffix format."))

_t33 = "f77whdye"
_nl_links = [awstrack(_t33, u, "033", 216) for u in (
    "https://aws.amazon.com/security/?sc_channel=em&sc_campaign=secnews_2026_10",
    "https://aws.amazon.com/blogs/security/?sc_channel=em&sc_campaign=secnews_2026_10",
    "https://aws.amazon.com/guardduty/?sc_channel=em&sc_campaign=secnews_2026_10",
    "https://repost.aws/knowledge-center/potential-account-compromise?sc_channel=em",
    "https://pages.awscloud.com/communication-preferences.html?sc_channel=em")]
add("033-security-newsletter-awstrack.eml",
    frm=AWS_MKT, to=TO_SEC,
    subject="AWS Security Newsletter: protecting access keys, GuardDuty updates and more",
    date="2026-10-14 16:00:07 +0000",
    auth_results=A_PASS,
    body="""\
AWS Security Newsletter - October 2026

Hello,

Here is this month's roundup of security news, guidance and events.

1. Keep access keys out of your code
   Most account compromises we see start with a long-term access key that
   was committed to a public repository. Learn how to move to temporary
   credentials and how AWS responds when it finds an exposed key.
   %s

2. What's new in Amazon GuardDuty
   Extended threat detection now correlates findings across more services.
   %s

3. From the AWS Security Blog
   Building an incident response runbook for compromised credentials.
   %s

4. If you suspect unauthorized activity
   %s

You are receiving this email because you subscribed to AWS security
communications. Manage your preferences: %s

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""" % (_nl_links[0], _nl_links[1], _nl_links[2], _nl_links[3], _nl_links[4]),
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Security Newsletter</title></head>
<body style="font-family:Arial,sans-serif;color:#232f3e">
<h1 style="font-size:22px">AWS Security Newsletter &ndash; October 2026</h1>
<h2 style="font-size:16px">Keep access keys out of your code</h2>
<p>Most account compromises we see start with a long-term access key committed to a public
repository. <a href="%s">Read the guide</a></p>
<h2 style="font-size:16px">What's new in Amazon GuardDuty</h2>
<p>Extended threat detection now correlates findings across more services.
<a href="%s">Learn more</a></p>
<h2 style="font-size:16px">From the AWS Security Blog</h2>
<p><a href="%s">Building an incident response runbook for compromised credentials</a></p>
<p><a href="%s">If you suspect unauthorized activity</a></p>
<p style="font-size:11px">You are receiving this email because you subscribed to AWS security
communications. <a href="%s">Manage your preferences</a>.<br>
Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210</p>
</body></html>
""" % tuple(_nl_links),
    label=L("informational", [], [], [], None, "verified", False,
            S_AWSTRACK,
            "Marketing security newsletter full of incident words (compromise, exposed key, "
            "unauthorized activity) but about nothing in the reader's account -> informational. "
            "multipart/alternative; every link goes through f77whdye.r.us-east-1.awstrack.me. "
            "awstrack link form as in the AWS mail sample in networktocode/circuit-maintenance-parser."))

add("034-cost-anomaly-unusual-spend.eml",
    frm=AWS_CAD, to=TO_BILL,
    subject="AWS Cost Anomaly Detection: unusual spend detected in Amazon Elastic Compute Cloud",
    date="2026-10-22 05:10:44 +0000",
    auth_results=A_CAD,
    body="""\
AWS Cost Anomaly Detection

We detected unusual spend in your account.

Monitor:            all-services (AWS services)
Anomaly ID:         4e7b2c19-a0d3-4f6e-9b58-c2d1e0f9a8b7
Detected on:        2026-10-21
Anomaly start date: 2026-10-19
Total cost impact:  $1,284.66 (expected $210.00, actual $1,494.66)

Top root cause
  Service:      Amazon Elastic Compute Cloud - Compute
  Account:      571428639104 (analytics-prod)
  Region:       us-east-1
  Usage type:   BoxUsage:r7i.8xlarge

Unusual spend can come from a new workload, a configuration change, or
resources that were left running. Review the root cause and give feedback
on whether this anomaly was expected:
https://console.aws.amazon.com/cost-management/home#/anomaly-detection/monitors

You are receiving this alert because you subscribed to the alert
subscription "daily-anomalies" (threshold: $100 total impact).

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""",
    label=L("billing", ["BILLING", "EC2"], ["571428639104"], ["us-east-1"], None, "verified", False,
            S_CAD,
            "Cost Anomaly Detection alert that says 'unusual spend' but reports cost, not a security "
            "event -> billing, null; the root-cause Region us-east-1 is where the usage is. Shape: "
            "AWS Cost Anomaly Detection alerts (cost-management user guide, 'Detecting unusual "
            "spend')."))

add("035-billing-alarm-sns.eml",
    frm=AWS_SNS, to=TO_BILL,
    subject='ALARM: "billing-unusual-spend-500usd" in US East (N. Virginia)',
    date="2026-11-09 03:02:17 +0000",
    auth_results=A_SNS,
    headers=[("x-amz-sns-message-id", "c3d4e5f6-a7b8-5c9d-8e0f-a1b2c3d4e5f6")],
    body="""\
You are receiving this email because your Amazon CloudWatch Alarm "billing-unusual-spend-500usd" in the US East (N. Virginia) region has entered the ALARM state, because "Threshold Crossed: 1 out of the last 1 datapoints [537.42 (09/11/26 02:56:00)] was greater than the threshold (500.0) (minimum 1 datapoint for OK -> ALARM transition)." at "Monday 09 November, 2026 03:02:16 UTC".

View this alarm in the AWS Management Console:
https://us-east-1.console.aws.amazon.com/cloudwatch/deeplink.js?region=us-east-1#alarmsV2:alarm/billing-unusual-spend-500usd

Alarm Details:
- Name:                       billing-unusual-spend-500usd
- Description:                Estimated charges above 500 USD this month. Unusual for this account - check Cost Explorer.
- State Change:               OK -> ALARM
- Reason for State Change:    Threshold Crossed: 1 out of the last 1 datapoints [537.42 (09/11/26 02:56:00)] was greater than the threshold (500.0) (minimum 1 datapoint for OK -> ALARM transition).
- Timestamp:                  Monday 09 November, 2026 03:02:16 UTC
- AWS Account:                368421057493
- Alarm Arn:                  arn:aws:cloudwatch:us-east-1:368421057493:alarm:billing-unusual-spend-500usd

Threshold:
- The alarm is in the ALARM state when the metric is GreaterThanThreshold 500.0 for at least 1 of the last 1 period(s) of 21600 seconds.

Monitored Metric:
- MetricNamespace:                     AWS/Billing
- MetricName:                          EstimatedCharges
- Dimensions:                          [Currency = USD]
- Period:                              21600 seconds
- Statistic:                           Maximum
- Unit:                                not specified
""" + sns_footer("us-east-1", "arn:aws:sns:us-east-1:368421057493:billing-alerts:0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d",
                 "billing@example.com"),
    label=L("billing", ["BILLING"], ["368421057493"], [], None, "verified", False,
            S_CWFRAZIER,
            "CloudWatch billing alarm via SNS whose name and description say 'unusual' -> billing, "
            "null. us-east-1 is where billing metrics live, not an affected resource -> regions []. "
            "Shape: billing alarm that fires on estimated charges (cwfrazier.com 'The AWS bill that "
            "tripled') and the standard CloudWatch alarm mail layout."))

_t36 = "cwhib9vv"
_ta_links = [awstrack(_t36, u, "036", 68) for u in (
    "https://console.aws.amazon.com/trustedadvisor/home#/category/security",
    "https://console.aws.amazon.com/trustedadvisor/home#/category/cost-optimizing",
    "https://console.aws.amazon.com/trustedadvisor/home#/preferences")]
add("036-trusted-advisor-weekly-awstrack.eml",
    frm=AWS_TA, to=TO_OPS,
    subject="AWS Trusted Advisor Weekly Summary - AWS account 263157894712",
    date="2026-10-19 07:05:29 +0000",
    auth_results=A_PASS,
    body="""\
AWS Trusted Advisor - weekly summary
Account: 263157894712 (platform-shared)
Week ending: October 18, 2026

Security
  Exposed Access Keys ................................ No problems detected
  IAM Access Key Rotation ............................ No problems detected
  MFA on Root Account ................................ No problems detected
  Security Groups - Specific Ports Unrestricted ...... Investigation recommended (2 items)
  Amazon S3 Bucket Permissions ....................... No problems detected

Cost optimization
  Low Utilization Amazon EC2 Instances ............... Investigation recommended (4 items)
  Idle Load Balancers ................................ No problems detected
  Estimated monthly savings .......................... $412.80

Checks with changes since last week: 1
  Security Groups - Specific Ports Unrestricted: 1 new item
  (sg-0c4e1a9b7d2f58e36, port 3306 open to 0.0.0.0/0, eu-central-1)

View security checks:  %s
View cost checks:      %s

You receive this summary because you are listed as a recipient of Trusted
Advisor weekly notifications. Change recipients: %s

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""" % tuple(_ta_links),
    html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>AWS Trusted Advisor weekly summary</title></head>
<body style="font-family:Arial,sans-serif;font-size:13px">
<h2>AWS Trusted Advisor &ndash; weekly summary</h2>
<p>Account: 263157894712 (platform-shared)<br>Week ending: October 18, 2026</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th colspan="2">Security</th></tr>
<tr><td>Exposed Access Keys</td><td style="color:#1d8102">No problems detected</td></tr>
<tr><td>IAM Access Key Rotation</td><td style="color:#1d8102">No problems detected</td></tr>
<tr><td>MFA on Root Account</td><td style="color:#1d8102">No problems detected</td></tr>
<tr><td>Security Groups - Specific Ports Unrestricted</td><td style="color:#8d6605">Investigation recommended (2 items)</td></tr>
<tr><td>Amazon S3 Bucket Permissions</td><td style="color:#1d8102">No problems detected</td></tr>
<tr><th colspan="2">Cost optimization</th></tr>
<tr><td>Low Utilization Amazon EC2 Instances</td><td style="color:#8d6605">Investigation recommended (4 items)</td></tr>
<tr><td>Idle Load Balancers</td><td style="color:#1d8102">No problems detected</td></tr>
<tr><td>Estimated monthly savings</td><td>$412.80</td></tr>
</table>
<p>New this week: Security Groups - Specific Ports Unrestricted, 1 new item
(sg-0c4e1a9b7d2f58e36, port 3306 open to 0.0.0.0/0, eu-central-1).</p>
<p><a href="%s">View security checks</a> | <a href="%s">View cost checks</a></p>
<p style="font-size:11px">You receive this summary because you are listed as a recipient of Trusted
Advisor weekly notifications. <a href="%s">Change recipients</a>.</p>
</body></html>
""" % tuple(_ta_links),
    label=L("informational", ["TRUSTEDADVISOR"], ["263157894712"], ["eu-central-1"], None, "verified",
            False, S_TA,
            "Trusted Advisor weekly summary: 'Exposed Access Keys - No problems detected' (no "
            "exposure), plus routine yellow items -> informational, null. Region of the one flagged "
            "security group eu-central-1. Links via cwhib9vv.r.us-east-1.awstrack.me. Checks named as "
            "in the AWS Trusted Advisor auto-remediation blog (Exposed Access Keys check)."))

add("037-trusted-advisor-weekly-ja.eml",
    frm=("AWS Trusted Advisor", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="AWS Trusted Advisor 週次サマリー (AWS アカウント 947368420518)",
    charset="utf-8", cte="qp", lang="ja",
    date="2026-11-02 16:04:51 +0900",
    auth_results=A_JA,
    body="""\
AWS Trusted Advisor 週次サマリー
アカウント: 947368420518
対象期間: 2026年10月26日〜2026年11月1日

■ セキュリティ
  公開されたアクセスキー (Exposed Access Keys) ........ 問題は検出されませんでした
  ルートアカウントの MFA .............................. 問題は検出されませんでした
  IAM パスワードポリシー .............................. 調査を推奨 (1 件)
  セキュリティグループ - 無制限アクセス ................ 問題は検出されませんでした

■ コスト最適化
  使用率の低い Amazon EC2 インスタンス ................ 調査を推奨 (3 件)
  推定月間削減額 ...................................... $96.40

先週から変化したチェック: なし

詳細は Trusted Advisor コンソールでご確認ください:
https://console.aws.amazon.com/trustedadvisor/home?region=ap-northeast-1#/dashboard

このメールは、Trusted Advisor の週次通知の受信者として登録されているため
送信されています。

Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210
""",
    label=L("informational", ["TRUSTEDADVISOR"], ["947368420518"], [], None, "verified", False,
            S_TA,
            "Japanese Trusted Advisor weekly summary: exposed access keys '問題は検出されませんでした' "
            "-> informational. The console URL's region=ap-northeast-1 is only the console, not an "
            "affected resource -> regions []. Check names as in the Trusted Advisor blog."))

add("038-abuse-report-resolved-info.eml",
    frm=AWS_TS, to=TO_ROOT,
    subject="RE: Your AWS Abuse Report [21190655802] [AWS ID 730561298447]",
    date="2026-09-22 12:14:36 +0000",
    auth_results=A_TS,
    body="""\
Hello,

Thank you for your reply and for the details of the corrective actions you
took for the resource below.

AWS ID: 730561298447    Region: us-west-2    EC2 Instance Id: i-0d6fa2c41be9e8b07

Based on the information you provided (the instance was terminated and
replaced, and the security group no longer allows inbound traffic from the
internet on UDP 11211), we consider this abuse report resolved. No further
action is required from you at this time, and this case is now closed.

If we receive new reports about resources in your account, we will contact
you again.

""" + TS_SIG + """

Case Number: 21190655802
""",
    label=L("informational", ["EC2"], ["730561298447"], ["us-west-2"], None, "verified", False,
            S_ABUSE_REPORT_KC,
            "Trust & Safety closing note with the abuse subject ('RE: Your AWS Abuse Report') but it "
            "says the report is resolved and no further action is required -> informational, null. "
            "Follow-up of 002. Shape: the reply-and-resolve process in repost aws-abuse-report."))

_arn39 = "arn:aws:health:eu-west-1::event/ES/AWS_ES_PLANNED_LIFECYCLE_EVENT/AWS_ES_PLANNED_LIFECYCLE_EVENT_3f9b7c2d4e61"
add("039-opensearch-tls-security-policy.eml",
    frm=AWS_HEALTH, to=TO_OPS,
    subject="[Action Required] Amazon OpenSearch Service: update the TLS security policy of your domains [AWS Account: 421052631587] [EU-WEST-1]",
    date="2026-11-09 18:40:22 +0000",
    auth_results=A_HEALTH,
    body="""\
Hello,

We are making a security change to Amazon OpenSearch Service that requires
your action.

Beginning February 1, 2027, OpenSearch Service domain endpoints will only
accept TLS security policies that enforce perfect forward secrecy (PFS).
We identified the domains below in your AWS account 421052631587 in the
Europe (Ireland) Region that still use "Policy-Min-TLS-1-2-2019-07", which
allows cipher suites without PFS.

Affected resources:
  arn:aws:es:eu-west-1:421052631587:domain/search-prod
  arn:aws:es:eu-west-1:421052631587:domain/logs-analytics

To keep access to these domains without interruption, update their TLS
security policy to "Policy-Min-TLS-1-2-PFS-2023-10" before February 1, 2027.
You can do this in the console under Domain endpoint options, or with the
UpdateDomainConfig API. Most clients released after 2016 support the new
policy; test older clients first.

If you do not update the policy by that date, we will update it for you,
and clients that cannot negotiate a PFS cipher will fail to connect.

%s

""" % base.HEALTH_REMINDER_NOTE + base.health_footer(_arn39) + "\n",
    label=L("action-required", ["ES"], ["421052631587"], ["eu-west-1"], "2027-02-01", "verified", False,
            S_OPENSEARCH_TLS,
            "Action required that talks about a 'security change' and 'TLS security policy' (a trap "
            "for security words) -> action-required, act before February 1, 2027. Fictional "
            "follow-on to the 2026 TLS 1.0/1.1 retirement notice quoted in aws-amplify/amplify-cli#14329; "
            "the Health reminder sentence is not a reminder."))

add("040-rds-mysql-security-upgrade-ja.eml",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to=TO_JA,
    subject="【要対応】Amazon RDS for MySQL: セキュリティ修正を含むマイナーバージョンへのアップグレードのお願い",
    subject_charset="iso-2022-jp", charset="iso-2022-jp", lang="ja",
    date="2026-10-28 10:12:09 +0900",
    auth_results=A_JA,
    body="""\
お客様

Amazon RDS for MySQL のマイナーバージョン 8.0.39 および 8.0.40 の標準サポートを
2027年1月15日に終了します。これらのバージョンには既知のセキュリティ上の問題が
あり、修正を含む 8.0.44 以降へのアップグレードをお願いしております。

お客様の AWS アカウント (684210526349) のアジアパシフィック (東京) リージョンで、
以下の DB インスタンスが対象となっています。

  orders-db-1        MySQL 8.0.39
  orders-db-replica  MySQL 8.0.39
  cms-db             MySQL 8.0.40

2027年1月15日までに、ご都合のよい時間帯にアップグレードを実施してください。
期限までにアップグレードされなかったインスタンスは、期限後の最初の
メンテナンスウィンドウで自動的にアップグレードされます。アップグレード中は
数分間のダウンタイムが発生します。

アップグレード手順:
https://docs.aws.amazon.com/ja_jp/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.MySQL.html

ご不明な点は AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス
""",
    label=L("action-required", ["RDS"], ["684210526349"], ["ap-northeast-1"], "2027-01-15", "verified",
            False, S_RDS_MINOR,
            "Japanese (ISO-2022-JP) 【要対応】 engine minor-version upgrade that mentions "
            "'セキュリティ上の問題' -> action-required, not an advisory or incident; act by "
            "2027年1月15日 (auto-upgrade after). Shape: RDS minor-version support and automatic "
            "upgrade policy (endoflife.date PR #2626)."))

add("041-securityhub-s3-finding-sns.eml",
    frm=AWS_SNS, to=TO_SEC,
    subject="AWS Notification Message",
    date="2026-11-18 09:27:35 +0000",
    auth_results=A_SNS,
    headers=[("x-amz-sns-message-id", "d5e6f7a8-b9c0-5d1e-8f2a-b3c4d5e6f7a8")],
    body="""\
{"version":"0","id":"7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d","detail-type":"Security Hub Findings - Imported","source":"aws.securityhub","account":"105263157846","time":"2026-11-18T09:26:58Z","region":"eu-central-1","resources":["arn:aws:securityhub:eu-central-1:105263157846:subscription/aws-foundational-security-best-practices/v/1.0.0/S3.8/finding/5e2d7c1b-9a40-4f3e-b8d6-1c0a9e7f2b34"],"detail":{"findings":[{"SchemaVersion":"2018-10-08","Id":"arn:aws:securityhub:eu-central-1:105263157846:subscription/aws-foundational-security-best-practices/v/1.0.0/S3.8/finding/5e2d7c1b-9a40-4f3e-b8d6-1c0a9e7f2b34","ProductArn":"arn:aws:securityhub:eu-central-1::product/aws/securityhub","GeneratorId":"aws-foundational-security-best-practices/v/1.0.0/S3.8","AwsAccountId":"105263157846","Types":["Software and Configuration Checks/Industry and Regulatory Standards/AWS-Foundational-Security-Best-Practices"],"Title":"S3.8 S3 general purpose buckets should block public access","Description":"This control checks whether an Amazon S3 general purpose bucket blocks public access at the bucket level.","Severity":{"Label":"HIGH","Normalized":70},"Compliance":{"Status":"FAILED"},"Resources":[{"Type":"AwsS3Bucket","Id":"arn:aws:s3:::marketing-site-assets-fra","Region":"eu-central-1"}],"Workflow":{"Status":"NEW"},"RecordState":"ACTIVE","UpdatedAt":"2026-11-18T09:26:41Z"}]}}
""" + sns_footer("eu-central-1", "arn:aws:sns:eu-central-1:105263157846:securityhub-high:3c2b1a09-8f7e-4d6c-b5a4-9382716f5e4d",
                 "security@example.com"),
    label=L("security-advisory", ["S3"], ["105263157846"], ["eu-central-1"], None, "verified", False,
            S_SECHUB,
            "Generic SNS subject; a Security Hub control failure (S3.8, severity HIGH, "
            "'Software and Configuration Checks') -> a configuration risk, security-advisory, not an "
            "incident; the bucket's region eu-central-1. Shape: the Security Hub finding mail in "
            "HHS/simpler-grants-gov#6676 and the EventBridge 'Security Hub Findings - Imported' event."))


# ==========================================================================
# PHISHING PRETENDING TO BE AWS
# ==========================================================================

add("042-phish-lookalike-suspended.eml",
    frm=("AWS Account Protection", "security@amaz0n-aws-support.com"), to=TO_ROOT,
    subject="Your AWS account has been suspended due to unauthorized access",
    date="2026-09-06 04:10:55 +0000",
    auth_results=base.auth(domain="amaz0n-aws-support.com", mailfrom="amaz0n-aws-support.com"),
    msgid="<20260906041055.3f7a1c@amaz0n-aws-support.com>",
    body="""\
Dear AWS Customer,

Our security systems detected unauthorized access to your Amazon Web
Services account from an unrecognized device in Sao Paulo, Brazil.

To protect your data and running services, your account has been
temporarily suspended. All EC2 instances and S3 buckets will be deleted
if the account is not verified within 48 hours.

Verify your identity and restore access:
https://signin.amaz0n-aws-support.com/console/restore?ref=AWS-SEC-77120

You will be asked to confirm your root email, password, MFA code and the
payment card on file.

Thank you for helping us keep your account safe.

AWS Account Protection Team
Amazon Web Services
""",
    label=L("security-incident", ["IAM"], [], [], "2026-09-08", "suspicious", False,
            S_GORGANIZER,
            "Look-alike domain amaz0n-aws-support.com (zero for 'o'); SPF/DKIM pass for the look-alike "
            "domain itself, which proves nothing; claims a suspension for unauthorized access -> "
            "category of the claim (security-incident); claimed 48 hours from 2026-09-06 04:10 UTC "
            "-> 2026-09-08. Shape: cloud-account suspension lures (gorganizer.net fake-AWS patterns)."))

add("043-phish-billing-secure-payment.eml",
    frm=("Amazon Web Services Billing", "billing@aws-billing-secure.net"), to=TO_BILL,
    subject="Action needed: your AWS payment could not be processed",
    date="2026-09-30 13:37:21 +0000",
    auth_results=base.auth(result="pass", domain="aws-billing-secure.net", mailfrom="aws-billing-secure.net",
                           dkim="none", dmarc="none"),
    msgid="<a81c2f7e.20260930133721@mail.aws-billing-secure.net>",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://aws-billing-secure.net/img/aws-logo.png" alt="aws" width="80"></p>
<p>Hello,</p>
<p>We were unable to charge your payment method for your Amazon Web Services invoice
<b>#INV-2026-09-4471</b> (amount due: <b>$4.95</b>).</p>
<p>Your services have been suspended until the balance is paid. To avoid permanent
termination of your resources, please update your payment information by
<b>October 3, 2026</b>.</p>
<p style="margin:24px 0"><a href="https://aws-billing-secure.net/billing/update-payment?session=c9f1"
style="background:#ff9900;color:#000;padding:10px 18px;text-decoration:none">Update payment method</a></p>
<p>Thank you for using Amazon Web Services.</p>
<p style="font-size:11px;color:#777">Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA</p>
</body></html>
""",
    label=L("billing", ["BILLING"], [], [], "2026-10-03", "suspicious", False,
            S_KOMANDO,
            "Look-alike domain aws-billing-secure.net claiming a failed payment and suspended services "
            "-> billing (what it claims), suspicious; claimed date October 3, 2026; HTML only, no "
            "DKIM/DMARC. Shape: the '$4.95 overdue, services suspended' AWS phish reported by "
            "BleepingComputer (komando.com summary)."))

add("044-phish-freemail-abuse.eml",
    frm=("Amazon Web Services", "aws.trustsafety.notice@gmail.com"), to=TO_ROOT,
    subject="Your AWS Abuse Report [21231177045] - account termination notice",
    date="2026-10-10 22:40:06 +0000",
    auth_results=base.auth(domain="gmail.com", mailfrom="gmail.com", mx="mx.example.com"),
    msgid="<CAF7x2_q9Lk3mZ0vR8tYh1pQ4wN6sB5dC2aE@mail.gmail.com>",
    body="""\
Hello AWS user,

We received several complaints that your EC2 instances are sending
malware and attacking other networks. This violates the AWS Acceptable
Use Policy.

Your account will be TERMINATED in 12 hours unless you review the
complaint and submit a counter statement.

Download the complaint evidence and the counter statement form here:
https://drive-share.example-files.net/d/aws-abuse-21231177045.zip

Reply to this email with the completed form.

AWS Trust & Safety
Amazon Web Services
""",
    label=L("abuse", ["EC2"], [], [], "2026-10-11", "suspicious", False,
            S_GORGANIZER,
            "Display name 'Amazon Web Services' over a free-mail (gmail.com) address; authentication "
            "passes for gmail.com, which does not make it AWS; claims an abuse report -> abuse, "
            "suspicious; claimed 12 hours from 2026-10-10 22:40 UTC -> 2026-10-11. The 11-digit "
            "'report' number imitates the real subject. Shape: cloud-provider impersonation lures "
            "(gorganizer.net)."))

add("045-phish-exposed-key-foreign-links.eml",
    frm=("Amazon Web Services", "no-reply@kinderhaus-example.de"), to=TO_ROOT,
    subject="ACTION REQUIRED: Your AWS Access Key is Exposed for AWS Account 315789473684",
    date="2026-10-26 09:58:13 +0000",
    auth_results=base.auth(result="pass", domain="kinderhaus-example.de", mailfrom="kinderhaus-example.de",
                           dmarc="none"),
    msgid="<20261026095813.7d2c@kinderhaus-example.de>",
    body="""\
Hello,

We have become aware that the AWS Access Key AKIA******************
belonging to your AWS account 315789473684, along with its Secret Key, is
publicly available online.

This poses a security risk to your account and could lead to excessive
charges from unauthorized activity.

To protect your account, sign in and rotate the exposed key within 24
hours. If you do not act, the key and the resources created with it will
be deleted.

Sign in to the AWS Management Console:
https://console.aws.amazon.com.key-rotation-center.top/iam/home#/security_credentials

Reference: 202610261147

Sincerely,
Amazon Web Services
""",
    label=L("security-incident", ["IAM"], ["315789473684"], [], "2026-10-27", "suspicious", False,
            S_XEBIA,
            "Copies the genuine exposed-key subject and text, but the sender is an unrelated "
            "(compromised) .de domain and the link host is console.aws.amazon.com.key-rotation-center.top "
            "-> suspicious; claims security-incident; claimed 24 hours from 2026-10-26 -> "
            "2026-10-27. Trap: 'Reference: 202610261147' is a 12-digit run that is not an account. "
            "Genuine subject form from xebia.com.",
            traps=["202610261147"]))

add("046-phish-spoofed-ses-authfail.eml",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to=TO_ROOT,
    subject="Amazon SES: sending paused for your account - verify within 72 hours",
    date="2026-11-14 19:22:47 +0000",
    auth_results=base.auth(result="fail", domain="amazon.com", mailfrom="smtp-relay7.hostbox-example.net",
                           dkim="fail"),
    msgid="<5b1e9f0c.4a7d@smtp-relay7.hostbox-example.net>",
    headers=[("Return-Path", "<bounce-4471@smtp-relay7.hostbox-example.net>"),
             ("Reply-To", "ses-review@amazon-ses-team.example")],
    body="""\
Hello,

Amazon SES has paused email sending for your AWS account because of a
high complaint rate.

To request a review and resume sending, verify your sending identity and
account owner details within 72 hours:

  https://ses-review.amazon-ses-team.example/verify

Accounts that are not verified in time will be permanently blocked from
Amazon SES.

Regards,
The Amazon SES Team
""",
    label=L("abuse", ["SES"], [], [], "2026-11-17", "suspicious", False,
            S_ABNORMAL,
            "From shows no-reply-aws@amazon.com, but SPF, DKIM and DMARC all fail, Return-Path and "
            "Reply-To are foreign -> suspicious; claims an SES sending pause (abuse category, as 005); "
            "claimed 72 hours from 2026-11-14 19:22 UTC -> 2026-11-17. Shape: spoofed-sender AWS "
            "phishing (abnormal.ai fake AWS notification write-up)."))

add("047-phish-payment-s3-link-ja.eml",
    frm=("AWS お支払いセンター", "billing-center@aws-jp-payment.com"), to=TO_JA,
    subject="【重要】AWS ご利用料金のお支払いが確認できません (お支払い方法の更新のお願い)",
    charset="utf-8", cte="base64", lang="ja",
    date="2026-11-21 07:45:30 +0900",
    auth_results=base.auth(result="fail", domain="aws-jp-payment.com", mailfrom="mx.cheap-sender.example",
                           dkim="none", mx="mx.example.co.jp"),
    msgid="<20261121074530.91ab@mx.cheap-sender.example>",
    body="""\
AWS をご利用のお客様

平素より Amazon Web Services をご利用いただき誠にありがとうございます。

今月分の AWS ご利用料金 (¥18,420) について、ご登録のクレジットカードでの
お支払いが確認できませんでした。このままではお客様のアカウントおよび
すべてのリソース (EC2、S3 等) が停止されます。

2026年11月23日までに、以下のページからお支払い方法を更新してください。

  お支払い方法を更新する:
  https://te6bpeky5o0h997r.s3.ca-central-1.amazonaws.com/aws-billing/index.html

※期限までに更新がない場合、アカウントは自動的に閉鎖されます。
※本メールは送信専用です。

Amazon Web Services お支払いセンター
""",
    label=L("billing", ["BILLING"], [], [], "2026-11-23", "suspicious", False,
            S_MEIWAKU,
            "Japanese payment-failure phish from the look-alike aws-jp-payment.com with SPF/DMARC "
            "fail; the link points to an S3 website URL (an amazonaws.com host) that is not AWS "
            "billing - the AWS host must not make it look genuine; ca-central-1 in the URL is not an "
            "affected region -> []; claimed 2026年11月23日. Shape: meiwaku-zukan.jp report of an "
            "Amazon phish linking to an S3 bucket URL."))

add("048-phish-root-signin-ja.eml",
    frm=("AWS セキュリティ", "security@aws-signin-jp.net"), to=TO_JA,
    subject="【緊急】AWS ルートユーザーへの不審なサインインを検出しました",
    date="2026-11-26 22:10:14 +0900",
    auth_results=base.auth(result="pass", domain="aws-signin-jp.net", mailfrom="aws-signin-jp.net",
                           dmarc="none", mx="mx.example.co.jp"),
    msgid="<20261126221014.c0ffee@aws-signin-jp.net>",
    lang="ja",
    html="""<html><head><meta charset="utf-8"></head>
<body style="font-family:'Hiragino Sans','Meiryo',sans-serif;font-size:14px">
<p>AWS をご利用のお客様</p>
<p>お客様の AWS アカウントのルートユーザーに、海外から不審なサインインがありました。</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>日時</td><td>2026年11月26日 21:48 (JST)</td></tr>
<tr><td>場所</td><td>ラゴス (ナイジェリア)</td></tr>
<tr><td>端末</td><td>Windows / Chrome</td></tr>
</table>
<p>お心当たりがない場合、アカウントが不正アクセスされた可能性があります。
<b>24 時間以内</b>に以下から本人確認を行ってください。確認がない場合、
アカウントは凍結されます。</p>
<p><a href="https://aws-signin-jp.net/root/verify?id=8c41">本人確認を行う</a></p>
<p>Amazon Web Services セキュリティチーム</p>
</body></html>
""",
    label=L("security-incident", ["IAM"], [], [], "2026-11-27", "suspicious", False,
            S_SPOOFED_JA,
            "Japanese HTML-only lure claiming a suspicious root sign-in from the look-alike "
            "aws-signin-jp.net (DMARC none) with a link to the same host -> security-incident "
            "(claim), suspicious; claimed 24 時間以内 from 2026-11-26 22:10 JST -> 2026-11-27. The "
            "sign-in time in the table is not a deadline. Shape: AWS's Japanese guidance on spoofed "
            "Amazon mails (subject/content mismatch, credential requests)."))


# ==========================================================================
# writing and checking
# ==========================================================================

def main():
    BATCH.write(build=base.build, readme=README, sources=SOURCES,
                check=lambda spec, raw: common.check(spec, raw, msgid_digits=False,
                                                     extra=[common.aws_only]),
                report=[("language", lambda labels: common.critical_line(labels, genuine=True))])


SOURCES = [
    ("Abuse notice format ('AWS ID: ... Region: ... EC2 Instance Id:')", S_SCRAPOXY),
    ("DoS abuse notice with the 'unaware of this activity' paragraph", S_IDEACHAIN),
    ("FINAL NOTIFICATION with traffic blocked", S_PROXYLIST),
    ("SES bounce probation notice layout", S_SES_STEEDOS),
    ("SES probation after human review", S_SES_ARITH),
    ("SES account under review / sending paused in Europe (Frankfurt)", S_SES_DJANGO
     + ", https://repost.aws/knowledge-center/ses-resolve-account-review-pause"),
    ("Old subject 'Your Amazon EC2 Abuse Report'", S_CLOUDPACK + ", " + S_SERVERWORKS),
    ("MSP relaying abuse reports, reply in English", S_CLASSMETHOD
     + ", https://nhn-techorus.zendesk.com/hc/ja/articles/360050739093"),
    ("Abuse report types (incl. DMCA) and 24-hour reply", S_REPORT_ABUSE + ", " + S_ABUSE_REPORT_KC),
    ("AWS flagging crypto-mining accounts", S_ETHMINER),
    ("Exposed-key notice subject and quarantine policy", S_XEBIA),
    ("Older exposed-key notice with masked account", S_GABINC),
    ("'Suspicious activity' notice with contact-by date", S_DOMITS),
    ("'Irregular activity in your AWS account'", S_DWYL),
    ("'We have restricted your ability to use ...' with awstrack.me links", S_KIRO),
    ("Compromised-account follow-up 'within five (5) days'", S_RYAN),
    ("Suspended hacked account", S_NEWSTACK),
    ("Japanese list of compromise mails ('Your AWS account ... is compromised')", S_IRET),
    ("GuardDuty findings to SNS e-mail via EventBridge", S_GD_EB),
    ("AWSCompromisedKeyQuarantine detection", S_DATADOG_Q),
    ("Quarantine policy extended to Bedrock (LLMjacking)", S_SYSDIG_Q),
    ("awstrack.me click-tracking links in a real AWS mail", S_AWSTRACK),
    ("S3 public-bucket notice", S_FEMIWIKI + ", https://github.com/openaustralia/infrastructure/issues/140"),
    ("IAM security best practices (unused credentials, rotation)", S_IAM_BP),
    ("CVE handling for Amazon Linux / open-source components", S_AL2023_CVE),
    ("Cost Anomaly Detection ('unusual spend')", S_CAD),
    ("Billing alarm on estimated charges", S_CWFRAZIER),
    ("Trusted Advisor Exposed Access Keys check", S_TA),
    ("OpenSearch TLS security policy notice", S_OPENSEARCH_TLS),
    ("RDS minor-version support and auto upgrade", S_RDS_MINOR),
    ("Security Hub finding mail", S_SECHUB),
    ("Fake AWS billing notice (spoofed sender)", S_ABNORMAL),
    ("'$4.95 overdue, services suspended' AWS phish", S_KOMANDO),
    ("Cloud-provider impersonation patterns", S_GORGANIZER),
    ("Amazon phish linking to an S3 bucket URL (truncated URL prefix)", S_MEIWAKU),
    ("AWS guidance on spoofed mails (ja)", S_SPOOFED_JA),
]


README = """\
# aws-critical: abuse, security incidents and their look-alikes

%(n)d AWS notices (`NNN-short-name.eml`) with labels in `labels.json` (paths relative to the
parent `corpus/` folder). Everything here is written by `generate.py` (standard library only,
deterministic; it imports MIME helpers from the parent `generate.py`):

    python3 Tests/Fixtures/Resources/corpus/aws-critical/generate.py

It rewrites the `.eml` files, `labels.json` and this README, parses every file back and checks
the labels against the decoded text (labelled account IDs present, every other 12-digit run a
declared trap, labelled regions present as code or name, Date within 2026-09-01..2026-11-30,
files exist). It exits 1 on a mismatch. Edit the script, not the files.

All labels were decided by reading the messages; the classifier was neither run nor read.
Wording is our own; shapes (subjects, senders, structure, date kinds, account and region
notation) follow the public notices listed under Sources. Account IDs, case numbers, access
keys, CVE numbers and some product changes (the OpenSearch PFS policy date, RDS MySQL minor
versions) are invented for the autumn-2026 setting.

## What is in the batch

- Abuse (genuine): Trust & Safety reports (port scan, DoS without a time limit, crypto-jacking,
  RDP and SSH brute force, phishing page on an S3 website, DMCA on S3/CloudFront), a FINAL
  NOTIFICATION with traffic blocked, a "Second Notice", the old `ec2-abuse@amazon.com` form with
  the port-25 exception removed, an abuse report under the generic subject "AWS Notification"
  (Lightsail), SES review / probation / sending-paused notices whose subjects never say
  "abuse", and two Japanese MSP relays.
- Security incidents (genuine): exposed key on GitHub, the same with a generic subject and a
  masked account, support-case wrappers ("Case ID NNN: ...", "New Support case: NNN"),
  irregular activity, "we have restricted your ability to use some services" (awstrack links),
  GuardDuty findings by SNS (suspicious console login; crypto-mining forwarded in Japanese),
  an EventBridge alert that AWSCompromisedKeyQuarantineV3 was attached, account suspended, a
  Japanese 不正アクセス / 漏洩 notice, a forwarded Japanese copy, a "within five (5) days"
  follow-up, an HTML exposed-key mail with awstrack links, Bedrock misuse.
- Non-critical look-alikes: S3 public-bucket advisory, IAM key-rotation recommendation ("no
  unauthorized use detected"), EKS CVE bulletin (ja), security newsletter (awstrack), Cost
  Anomaly "unusual spend", a billing alarm named "unusual", Trusted Advisor weekly summaries
  ("Exposed Access Keys: no problems", en with awstrack and ja), an abuse "resolved, no further
  action" note, action-required notices that talk about security (OpenSearch TLS policy, RDS
  MySQL security upgrade in Japanese), a Security Hub control failure by SNS.
- Phishing (suspicious): look-alike domains (amaz0n-aws-support.com, aws-billing-secure.net,
  aws-jp-payment.com, aws-signin-jp.net), "Amazon Web Services" over a gmail.com address, the
  genuine exposed-key text sent from an unrelated domain with links to a non-AWS host, a
  spoofed `no-reply-aws@amazon.com` whose SPF/DKIM/DMARC fail, and a Japanese lure whose link
  is an S3 website URL (an amazonaws.com host that is still not AWS billing).
- Encodings: us-ascii 7bit, UTF-8 quoted-printable and base64, ISO-2022-JP (body and RFC 2047
  subject), HTML only, multipart/alternative, an attached message/rfc822 original.
- Languages: %(en)d English, %(ja)d Japanese.

## Counts

| category | all | verified | unverified | suspicious |
|---|---|---|---|---|
%(rows)s

Trust: %(ver)d verified, %(unv)d unverified, %(sus)d suspicious. Critical (abuse or
security-incident): %(crit)d, of which %(crit_g)d are not phishing. Reminders: %(rem)d. Messages
with a deadline: %(dl)d. Provider: aws for all.

## Labels we were unsure of

- `002-abuse-dos-no-deadline.eml`: deadline null because the message names no time limit, even
  though AWS's documented practice is a reply within 24 hours.
- `021-guardduty-console-login-sns.eml` and `023-quarantine-policy-attached-sns.eml`: regions
  left empty because the affected resource is an IAM user (global); the GuardDuty detector /
  SNS topic (eu-west-1) and the CloudTrail record (us-east-1) are not resource regions.
- `023-quarantine-policy-attached-sns.eml`: the mail is the customer's own EventBridge alert
  about an AWS action; labelled security-incident because the attached quarantine policy means
  AWS considers a key compromised.
- `024-account-suspended-compromise.eml`: reminder false although it refers to two earlier
  notices; it announces a new step (suspension) rather than repeating them.
- `003`/`004`/`005`/`014` (SES review, probation, pause): labelled abuse as the brief asks
  (sending reputation enforcement), although a reader could see them as action-required.
- `020-response-required-restricted-awstrack.eml`: services [IAM] by the parent convention for
  account-level compromise, although the notice names no service.
- `033-security-newsletter-awstrack.eml`: services [] (a newsletter about no resource).
- `036-trusted-advisor-weekly-awstrack.eml`: informational although one security check is
  "Investigation recommended"; the region of that security group is labelled.
- `037-trusted-advisor-weekly-ja.eml`: the console link's region=ap-northeast-1 is not labelled.
- `044-phish-freemail-abuse.eml`: the gmail.com sender passes authentication; suspicious because
  it impersonates AWS from free mail.
- `045-phish-exposed-key-foreign-links.eml`: the account ID in a phish is labelled (it is in
  the text), as the rules ask.
- The meiwaku-zukan.jp source key is the (percent-encoded) URL prefix we saw; the search result
  truncated the rest of the slug.

## Sources read (shapes and facts, never copied)

%(sources)s
"""


if __name__ == "__main__":
    main()
