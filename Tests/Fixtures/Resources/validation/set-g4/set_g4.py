#!/usr/bin/env python3
"""Build set-g4.mbox: 40 AWS notices modelled on publicly quoted originals.

Deterministic: no randomness, no clock. Writes set-g4.mbox next to this file,
re-reads it, checks it, prints counts. Exit 1 on any problem.
Python 3 standard library only.
"""
import datetime as dt
import email
import email.policy
import os
import re
import sys
from collections import Counter
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g4.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
UTC = dt.timezone.utc

NOREPLY = "Amazon Web Services <no-reply-aws@amazon.com>"
HEALTH = "Amazon Web Services <health@aws.com>"
ABUSE = "AWS Trust & Safety <ec2-abuse@amazon.com>"


def t(y, mo, d, h=0, mi=0, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=UTC)


def day(base, n):
    """base datetime + n days, as a date."""
    return (base + dt.timedelta(days=n)).date()


def fmt(d):
    return d.strftime("%B %-d, %Y")


def iso(d):
    return d.isoformat()


M = []  # list of dicts


def add(label, deadline, source, sender, to, subject, date, body, phishing=False):
    M.append(dict(label=label, deadline=deadline, source=source, sender=sender,
                  to=to, subject=subject, date=date, body=body.strip("\n") + "\n",
                  phishing=phishing))


# ---------------------------------------------------------------- abuse (0-6)
D = t(2027, 11, 1, 9, 14, 5)
add("abuse", "none", "https://blog.ismg.kdl.co.jp/aws/aws-abuse-report", ABUSE,
    "infra@kumoya-shoji.example",
    "【重要】Amazon EC2 不正使用レポート [AWS ID: 518204739166]", D, """
お客様各位

お客様の AWS リソースに関して、第三者から不正使用の報告を受け付けました。

  AWS ID: 518204739166   リージョン: ap-northeast-1
  EC2 インスタンス ID: i-0b7e41c9d2a58f036 [203.0.113.47]

報告によると、上記インスタンスからインターネット上の複数のホストに対し、
許可なく接続を試みる通信(ポートスキャンに類似する挙動)が観測されています。
この種の行為は AWS 適正利用規約 (https://aws.amazon.com/aup/) で禁止されています。
報告者から提供されたログを末尾に添付します。

ご対応のお願い:
  1. 報告された通信を停止してください。
  2. 実施した是正措置の内容を、本メールへの返信でお知らせください。
  3. 正当な利用であるとお考えの場合は、その利用目的を返信でご説明ください。

お心当たりがない場合、インスタンスが外部から侵害されている可能性があります。
技術的なお問い合わせにはこの窓口ではお答えできません。

--- 報告者ログ(抜粋) ---
2027-10-31T22:41:07Z 203.0.113.47 -> 198.51.100.12 TCP/22,23,2323,3389 SYN
2027-10-31T22:41:09Z 203.0.113.47 -> 198.51.100.13 TCP/22,23,2323,3389 SYN

AWS Trust & Safety
""")

D = t(2027, 11, 3, 2, 40, 0)
add("abuse", "none", "https://nhn-techorus.zendesk.com/hc/ja/articles/360050739093", ABUSE,
    "sysadmin@minatomirai-lab.example",
    "【要対応】AWS 不正使用レポートへのご返信のお願い(再送) [AWS ID: 730915284402]", D, """
ご担当者様

先日お送りした不正使用レポートについて、現時点でお客様からのご返信を確認できて
おりません。お客様のアカウントのリソースが、引き続き報告対象の通信に関与している
可能性があります。

  AWS アカウント ID: 730915284402
  対象リソース: EC2 インスタンス i-04c3aa9e71f20b5d8 (ap-northeast-1) [198.51.100.88]
  報告種別: 大量の迷惑メール送信

本メールに返信し、調査結果と実施済みの対処内容をお知らせください。返信は英語での
記載を推奨します。ご対応およびご報告がない場合、当該インスタンスの強制停止や
アカウントの一部サービス利用制限などの措置を講じる場合があります。

よろしくお願いいたします。
AWS Trust & Safety
""")

D = t(2027, 11, 5, 17, 3, 44)
add("abuse", "none",
    "https://www.sesmonitor.com/articles/my-amazon-ses-account-has-been-paused-how-to-recover-and-prevent-it-happening-again",
    NOREPLY, "owner@tidepool-notify.example",
    "Amazon SES Sending Pause for AWS Account 602841937751 in US-EAST-1", D, """
Hello,

This message concerns Amazon SES sending for AWS account 602841937751, which
lists you as its primary contact.

=====================================================================
SENDING STATUS: PAUSED
=====================================================================
Your account in the US East (N. Virginia) Region was placed under review for a
high bounce rate. The review period has now ended and the problem was not
corrected, so we have paused the account's ability to send email through
Amazon SES. Messages submitted while the pause is in place will be rejected.

=====================================================================
WHAT WE MEASURED
=====================================================================
Bounce rate: 12.6%, calculated over the most recent 8,204 eligible messages.
We expect senders to stay below 5%; accounts above 10% may be paused.

=====================================================================
NEXT STEPS
=====================================================================
- Identify and remove invalid addresses from your recipient lists.
- Put bounce handling in place (SNS notifications or event publishing).
- When the fixes are live, reply to this message or open a case in the
  Support Center describing exactly what you changed, and ask for a review.

Other AWS services on the account are not affected by this pause.

Amazon SES Team
""")

D = t(2027, 11, 7, 6, 21, 10)
add("abuse", "none", "https://mailbluster.com/?p=1001", NOREPLY,
    "marketing-ops@brightfern.example",
    "Amazon SES: your account's ability to send email has been paused (EU-WEST-1)", D, """
Hello,

We are writing about Amazon SES sending for AWS account 284619305772 in the
EU (Ireland) Region.

Your account was placed under review twice in the last 90 days for the same
problem: a complaint rate above our limits. The latest measurement is 0.61%,
over roughly the last 21,900 eligible messages; we ask senders to keep this
below 0.1% and may pause sending at 0.5% or higher.

Because the issue has recurred, we have paused your account's ability to send
email from SES in this Region. The pause protects the shared IP addresses that
other customers also use.

To have the pause reconsidered, fix the cause first (for example, mail only
recipients who opted in, honour unsubscribes immediately, and remove
complainers), then reply with a description of the changes already made.
Requests that only describe planned changes cannot be approved.

Service quota increases for other outbound-messaging services on this account
may be declined while the pause remains.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 9, 14, 55, 31)
add("abuse", "none", "https://github.com/LibraryOfCongress/concordia/issues/1280", ABUSE,
    "webteam@civic-transcribe.example",
    "Your Amazon SES Abuse Report [AWS ID 957302418860]", D, """
Hello,

We have received spam complaints about email sent through Amazon SES from your
AWS account.

  AWS ID: 957302418860   Region: us-east-1
  Sending identity: no-reply@civic-transcribe.example

The reported messages are account-activation and contact-form copies that
carry unsolicited promotional text (for example an "invest now and triple your
money" offer) and were delivered to people who say they never signed up.
This looks like an automated party submitting your public forms with other
people's addresses so that your site sends the text on its behalf.

Please stop the reported sending and reply to this email with the corrective
steps you have taken (for example CAPTCHA on public forms, removing the
courtesy copy, rate limits). If you believe the mail was legitimate, reply
with details of how recipients opted in.

Excerpt of a reported message is included below.

Regards,
AWS Trust & Safety
""")

D = t(2027, 11, 11, 3, 8, 0)
add("abuse", "none", "https://www-dev.vigilare.cloud/blog/aws-abuse-prevention/", ABUSE,
    "security@larchmont-media.example",
    "Your AWS Abuse Report [Case 81736240] - phishing content on Amazon S3", D, """
Hello,

We've received a report that content hosted on your AWS resource is being used
for phishing.

  AWS Account ID: 406271853319
  Implicated resource: S3 bucket "lm-campaign-assets-2027" (us-west-2)
  Reported URL: https://lm-campaign-assets-2027.s3.us-west-2.amazonaws.com/verify/login.html

The page imitates a bank sign-in form and posts the entered credentials to a
third-party host. Hosting this material violates the AWS Acceptable Use Policy.

Required action: remove or disable the reported content, and reply to this
email describing what you removed and how the object came to be uploaded.
If you did not upload it, your credentials or an application with write access
to the bucket may be compromised; review recent PutObject activity in
CloudTrail.

If you believe the report is mistaken, reply with an explanation.

Regards,
AWS Trust & Safety
""")

D = t(2027, 11, 13, 19, 47, 12)
add("abuse", "none", "https://etltechblog.com/28-aws-abuse-team/", ABUSE,
    "noc@pellucid-analytics.example",
    "Your Amazon EC2 Abuse Report [AWS ID 331098274615]", D, """
Hello,

We've received a report that your AWS resource

  AWS ID: 331098274615   Region: eu-central-1
  EC2 Instance Id: i-0e92d5a17bc44f810 [192.0.2.214]

has been implicated in intrusion attempts: repeated log-in attempts against
SSH and RDP services on hosts that do not belong to you. The reporter's log
extract is included below.

Reported activity of this kind is forbidden by the AWS Acceptable Use Policy.
Please stop it and reply to this email with the corrective action taken. If
you do not consider the activity abusive, reply with your use case.

If you are unaware of the activity, your instance may have been compromised or
a vulnerable service may be letting others use it.

--- reporter log ---
2027-11-13 17:02:11 UTC 192.0.2.214:51122 -> 198.51.100.40:22 auth failure user=admin
2027-11-13 17:02:12 UTC 192.0.2.214:51124 -> 198.51.100.40:22 auth failure user=root
2027-11-13 17:02:14 UTC 192.0.2.214:51130 -> 198.51.100.41:3389 auth failure

Regards,
AWS Trust & Safety
""")

# ---------------------------------------------------- security-incident (7-11)
D = t(2027, 11, 6, 13, 2, 40)
add("security-incident", "none",
    "https://www.webuildup.live/2026/04/i-leaked-my-aws-access-key-to-github.html",
    NOREPLY, "dev@northgate-tools.example",
    "ACTION REQUIRED: Your AWS Access Key is Exposed for AWS Account 219457083316", D, """
Hello,

We have become aware that the AWS access key AKIAQXEXAMPLE7W3KD2F, belonging
to IAM user "ci-deployer" in AWS account 219457083316, together with its
secret key, is publicly available online at:

  https://github.com/northgate-tools/site-builder/blob/5c1e0aa/config/deploy.env

Publishing credentials this way puts your account at risk, may lead to charges
from unauthorized use, and is against the AWS Customer Agreement.

As a precaution we have attached the AWSCompromisedKeyQuarantineV2 managed
policy to the IAM user. It denies a set of high-risk actions but does not make
the account safe on its own.

What you should do now:
  1. Rotate the key: create a new key, move your application to it, then
     deactivate and delete the exposed key.
  2. Check CloudTrail for calls made with the exposed key and remove any
     resources, users, roles or keys you did not create.
  3. Review the Billing console for unexpected charges.
  4. Remove the credentials from the repository history.

Reply to the support case opened for you once these steps are complete.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 8, 4, 30, 0)
add("security-incident", "none", "https://laurenceshaw.net/aws-security/", NOREPLY,
    "laurie@quokka-hosting.example",
    "Your AWS Account may have been inappropriately accessed [AWS Account: 663014298751]", D, """
Hello,

We are contacting you because your AWS account 663014298751 may have been
accessed by a third party. We detected activity that is unusual for this
account, including new IAM access keys and Amazon SES sending configuration
created from IP addresses you have not used before (203.0.113.9,
203.0.113.77).

To protect you, we have temporarily restricted some services on the account.

Please take these steps:
  - Change the root user password and enable MFA on the root user.
  - Delete IAM users, roles, policies and access keys you do not recognise.
  - Rotate all remaining access keys; do not store keys on instances - use
    IAM roles instead.
  - Check every Region for EC2 instances, Lambda functions and SES identities
    you did not create, and remove them.
  - Review your bill for unexpected charges.

When you have finished, reply to the support case linked to this notice so we
can review the account and lift the restrictions.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 10, 22, 15, 9)
add("security-incident", "none",
    "https://opscenter.dlt.com/hc/en-us/articles/360001597947-Known-Issue-Compromised-Account",
    NOREPLY, "cloudadmin@fernhill-county.example",
    "Your AWS Account is Compromised [Case 5521907843]", D, """
Dear AWS Customer,

Your AWS account 847102396650 appears to be compromised. Please review this
notice and act immediately to secure it.

1) Change your root password and the passwords of all IAM users.
2) Delete or rotate every access key. If an application uses a key, create a
   second key, switch the application over, disable the old key, and delete
   it once the application works.
3) Delete any resource you did not launch. Check all Regions, including ones
   you have never used; pay particular attention to EC2 instances, Spot
   requests and IAM users.
4) Enable multi-factor authentication on the root user.

Reply to this case when these steps are done. Until then, limits on launching
new resources remain on the account.

Best regards,
Amazon Web Services
""")

D = t(2027, 11, 12, 8, 0, 0)
add("security-incident", "none",
    "https://github.com/ramimac/aws-customer-security-incidents/issues/22",
    NOREPLY, "it@harbourline-logistics.example",
    "Your AWS Account 590284417733 has been suspended due to unusual activity", D, """
Hello,

We have detected unusual activity in AWS account 590284417733 that indicates
unauthorized access through an access key. The key in question
(AKIAEXAMPLEH2Q8RZ4MN) was created several years ago and has not been rotated
since; it was used from infrastructure unrelated to your organisation.

To contain the activity and to protect you from further charges, we have
suspended the account. Running resources have been stopped and console and API
access is limited to what is needed to restore the account.

To have the account reinstated, contact AWS Support from the root user
and confirm that you have:
  - deleted the affected access key and rotated all others,
  - reviewed and removed unauthorized IAM principals and resources,
  - changed the root password and enabled MFA.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 14, 15, 36, 2)
add("security-incident", "none", "https://github.com/mludvig/aws-ethereum-miner/issues/82",
    NOREPLY, "ops@saltmarsh-compute.example",
    "Irregular activity in your AWS account 174903528816 [Case 6180432275]", D, """
Hello,

Our systems detected irregular activity in AWS account 174903528816: a large
number of GPU instances were launched within minutes in several Regions
through CloudFormation stacks, which matches patterns we see when accounts are
used without their owner's knowledge.

We have opened this case on your behalf and limited the account's ability to
launch new resources while we review it.

Please:
  - confirm whether the stacks and instances were launched by you;
  - change the root password and rotate access keys if you are not sure;
  - review CloudTrail for principals you do not recognise;
  - reply to this case with the result of your review.

If the activity is authorized, tell us so in your reply, together with the
IAM principal that created it, and we will review the restriction.

Regards,
AWS Support
""")

# ------------------------------------------------------ action-required (12-25)
D = t(2027, 11, 8, 10, 0, 0)
e1, e2, e3 = day(D, 119), day(D, 150), day(D, 181)
add("action-required", iso(e1),
    "https://github.com/ministryofjustice/modernisation-platform/issues/11291", NOREPLY,
    "platform-alerts@meridian-justice.example",
    "[Action Required] AWS Lambda end of support for Python 3.9 [AWS Account: 481275903362] [EU-WEST-2]", D, f"""
Hello,

[AWS Health may send reminders about this notice while affected resources remain.]

Your AWS account has one or more Lambda functions that use the Python 3.9
runtime. Lambda support for Python 3.9 ends on {fmt(e1)}, following the
upstream end of life of that Python version. Functions keep running after that
date, but on a runtime that Lambda no longer patches.

The support policy applies in steps:
- From {fmt(e1)}: no further security patches; the runtime is removed from the
  console (CLI, CloudFormation and SAM can still create and update functions)
  and affected functions lose technical support.
- From {fmt(e2)}: new functions can no longer be created with Python 3.9.
- From {fmt(e3)}: existing Python 3.9 functions can no longer be updated.

We recommend moving these functions to a current Python runtime before
{fmt(e1)}. The affected functions are listed in the 'Affected resources' tab of
your AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 2, 16, 20, 0)
e1, e2 = day(D, 91), day(D, 121)
add("action-required", iso(e1),
    "https://github.com/amazon-connect/voicemail-for-amazon-connect/issues/87", NOREPLY,
    "aws-root@bellwether-contact.example",
    "[Action Required] AWS Lambda end of support for Node.js 12 [AWS Account: 308561274490]", D, f"""
Hello,

One or more Lambda functions in your account use the Node.js 12 runtime, which
has reached its upstream end of life. Lambda is ending support for it in two
phases:

  Phase 1 - {fmt(e1)}: no more security patches or updates, no technical
            support, and no new functions can be created on Node.js 12.
  Phase 2 - {fmt(e2)}: existing Node.js 12 functions can no longer be updated.

Please upgrade these functions to Node.js 16 before {fmt(e1)}. Invocations are
not blocked after either date, but the functions will run on an unmaintained
runtime.

To find affected functions in a Region:
  aws lambda list-functions --function-version ALL --region us-east-1 \\
    --query "Functions[?Runtime=='nodejs12.x'].FunctionArn"

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 10, 9, 12, 0)
e1, e0 = day(D, 132), day(D, -78)
add("action-required", iso(e1),
    "https://github.com/ministryofjustice/cloud-platform/issues/5469", NOREPLY,
    "cloud-ops@crownway-digital.example",
    f"[Action Required] Amazon RDS SSL/TLS certificate expiring on {fmt(e1)} [AWS Account: 724190583317] [EU-WEST-2]", D, f"""
Hello,

[AWS Health may send reminders about this notice.]

Your account has Amazon RDS or Aurora DB instances in EU-WEST-2 that still use
a server certificate signed by the 2019 certificate authority, which expires
on {fmt(e1)}. The instances are listed in the 'Affected resources' tab.

This is a follow-up. If you already rotated and still got this message, you
probably created new instances with the old CA: only instances created after
{fmt(e0)} without an explicit CA use rds-ca-rsa2048-g1 by default. You can set
an account-level override with the modify-certificates API.

If your applications connect over SSL/TLS, act before {fmt(e1)} or new
connections will fail. Even without SSL today, an expired server certificate
can affect you, so we recommend rotating anyway:
  1. Add the new CA bundle to your clients' trust stores.
  2. Modify each affected instance to use a new CA (rds-ca-rsa2048-g1 is the
     default recommendation; the ECC and RSA4096 CAs need client testing).

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 4, 18, 5, 0)
e1 = day(D, 88)
add("action-required", iso(e1),
    "https://github.com/WikiWatershed/model-my-watershed/issues/3576", NOREPLY,
    "devops@riverbasin-models.example",
    f"Amazon ElastiCache for Redis 2 End Of Life on {fmt(e1)} [AWS Account: 129384750661]", D, f"""
Hello,

You have one or more Amazon ElastiCache for Redis clusters running version 2
in US-EAST-1.

ElastiCache for Redis version 2 reaches End Of Life on {fmt(e1)}. This is the
fourth reminder. Please upgrade the clusters to the latest available Redis
version (currently 6.2) before that date; it adds Redis Streams, enhanced I/O,
data tiering, and many reliability and security fixes.

You can start the upgrade at any time from the console, CLI or API. It is fully
managed and upgrades each node in turn; depending on your configuration there
may be a short interruption. Take a snapshot during a maintenance window first.
Most applications need no change, but check the Redis release notes for
behaviour differences.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 15, 11, 45, 0)
e1 = day(D, 183)
e2 = day(D, 183 + 365)
add("action-required", iso(e1),
    "https://github.com/alphagov/govuk-infrastructure/issues/1641", NOREPLY,
    "platform-engineering@gov-publishing.example",
    "[Action Required] Amazon EKS Kubernetes 1.31 end of standard support [AWS Account: 652203917844] [EU-WEST-1]", D, f"""
Hello,

[AWS Health may send reminders about this notice while clusters remain on 1.31.]

Standard support for Kubernetes 1.31 in Amazon EKS ends on {fmt(e1)}. From
that date, clusters on 1.31 whose version policy is set to extended move into
extended support, which lasts until {fmt(e2)}. After {fmt(e2)}, 1.31 is no
longer supported and remaining clusters are updated automatically to 1.32.

You receive this because the account has at least one EKS cluster on 1.31
(see 'Affected resources'). Ignore it if the cluster is already upgraded or
deleted.

Clusters in extended support keep receiving control-plane security patches
and patched add-ons and AMIs, and are billed at the extended-support rate.
To stay on standard support, upgrade before {fmt(e1)}.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 5, 7, 30, 0)
e1 = day(D, 127)
add("action-required", iso(e1),
    "https://github.com/Talent-Catalog/talentcatalog/issues/384", NOREPLY,
    "sysops@refugee-talent.example",
    "Amazon RDS for PostgreSQL 11 End of Standard Support [AWS Account: 395017628843]", D, f"""
Hello,

You have one or more Amazon RDS for PostgreSQL DB instances on major version
11. The PostgreSQL community is ending support for version 11 after its final
minor release, and Amazon RDS ends standard support for it on {fmt(e1)}.

Please upgrade these instances to PostgreSQL 14 or later before then. Version
14 improves parallel queries, high-concurrency workloads, partitioning,
logical replication and vacuum, and adds better JSON handling.

If you cannot finish the upgrade in time, RDS Extended Support lets you keep
running version 11 beyond {fmt(e1)} for an additional charge; see the RDS
pricing page. Instances not upgraded and not covered will be handled under the
Extended Support terms.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 12, 20, 10, 0)
e1, e2 = day(D, 31), day(D, 32)
add("action-required", iso(e1),
    "https://github.com/bytedeck/bytedeck/issues/1735", NOREPLY,
    "hosting@quest-classroom.example",
    f"Amazon RDS for PostgreSQL 12 reaching end of standard support on {fmt(e1)} [AWS Account: 562810394427]", D, f"""
Hello,

[AWS Health may send reminders about this notice.]

You have Amazon RDS for PostgreSQL DB instances on major version 12. The
community has stopped fixing version 12, and RDS standard support for it ends
on {fmt(e1)}. After that, version 12 remains available only under RDS
Extended Support: monthly charges go up, and you get up to three more years of
critical patches while you plan the move.

If you want to avoid Extended Support charges, upgrade the instances before
{fmt(e2)}. You can estimate the charges with the AWS Pricing Calculator.

We recommend upgrading to a newer major version and testing the upgrade on a
snapshot copy first.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 16, 13, 0, 0)
e1 = day(D, 208)
add("action-required", iso(e1),
    "https://github.com/alphagov/govuk-infrastructure/issues/2716", HEALTH,
    "platform-engineering@gov-publishing.example",
    f"[Action Required] Amazon DocumentDB 3.6 end of standard support on {fmt(e1)} [AWS Account: 652203917844]", D, f"""
Hello,

[AWS Health may send reminders about this notice while affected resources remain.]

You have one or more Amazon DocumentDB clusters running engine version 3.6.
Standard support for DocumentDB 3.6 ends on {fmt(e1)}. Clusters still on 3.6
after that date move to Extended Support, which carries additional charges.

We recommend upgrading to DocumentDB 5.0, which supports in-place major
version upgrades and near-zero-downtime migration paths. Check your
applications' driver compatibility before upgrading.

The affected clusters are listed under 'Affected resources' in your AWS Health
Dashboard.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 9, 5, 48, 0)
e1, e0 = day(D, 156), day(D, -31)
add("action-required", iso(e1), "https://github.com/DataBiosphere/azul/issues/5436", NOREPLY,
    "data-platform@cellatlas-portal.example",
    "Action required: TLS 1.0/1.1 connections to Amazon S3 objects in your account [AWS Account: 817263094455]", D, f"""
Hello,

We have seen TLS 1.0 or TLS 1.1 connections to Amazon S3 objects hosted in
your account. Those clients must move to TLS 1.2 or later to keep access.

Since {fmt(e0)} we have been rolling out a minimum of TLS 1.2 across all AWS
API endpoints, even where older versions are still in use; the rollout will be
finished no later than {fmt(e1)}. After that, TLS 1.0 and 1.1 will not work
with any AWS API in any Region.

What you can do:
- Update every client that reads these objects to use TLS 1.2 or higher,
  allowing time to test in staging first.
- If you cannot update some clients, put Amazon CloudFront in front of the
  objects and choose the TLS versions it accepts.
- Enforce the minimum yourself now with a bucket policy using the
  s3:TlsVersion condition key.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 11, 12, 0, 0)
e1 = day(D, 60)
add("action-required", iso(e1), "https://github.com/guardian/dotcom-rendering/issues/4841",
    NOREPLY, "aws-notifications@gazette-digital.example",
    f"AWS Config: managed policy AWSConfigRole will be deprecated on {fmt(e1)}", D, f"""
Hello,

To narrow the permissions it grants, AWS Config will deprecate the managed
policy AWSConfigRole on {fmt(e1)}. Its replacement is AWS_ConfigRole.

After {fmt(e1)}, AWSConfigRole keeps working for users, groups and roles that
already have it, but it can no longer be attached to new ones, and it will not
be updated for new resource types or managed rules.

Your account uses AWSConfigRole. Please switch: in the IAM console open the
role that AWS Config uses, attach AWS_ConfigRole, then detach AWSConfigRole.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 17, 9, 25, 0)
e1 = day(D, 35)
add("action-required", iso(e1), "https://github.com/pulumi/pulumi-aws/issues/1275", NOREPLY,
    "cloud@lanternfish-labs.example",
    "AWS Lambda: deprecation of managed policies AWSLambdaFullAccess and AWSLambdaReadOnlyAccess", D, f"""
Hello,

AWS Lambda publishes managed policies for its management API, and we audit
them regularly to keep their scope appropriate. Following a recent audit,
Lambda will deprecate AWSLambdaFullAccess and AWSLambdaReadOnlyAccess on
{fmt(e1)}.

Replacements with narrower scope are available now:
  AWSLambdaFullAccess      -> AWSLambda_FullAccess
  AWSLambdaReadOnlyAccess  -> AWSLambda_ReadOnlyAccess

After {fmt(e1)} the old policies are marked deprecated in the IAM console.
They keep working where they are already attached, but cannot be attached to
any new user, group or role. Please move your identities to the new policies
before that date.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 3, 15, 0, 0)
e1 = day(D, 118)
add("action-required", iso(e1), "https://github.com/ministryofjustice/cloud-platform/issues/2452",
    NOREPLY, "cloud-platform@justice-digital.example",
    f"Amazon RDS for PostgreSQL 9.5 End-of-Life on {fmt(e1)} [AWS Account: 713502948816]", D, f"""
Hello,

You have Amazon RDS for PostgreSQL 9.5 instances in the eu-west-2 Region.

Impacted PostgreSQL databases:
  cp-3f81c0d2a95e4b17
  cp-7a0e54b1c2d96f38
  cp-b45d2e90a1c7f063
  casetrack-prod-restore-2027
  cp-0d92f7e3a6b15c84

Following the community end of life for 9.5, RDS for PostgreSQL 9.5 reaches
end of life on {fmt(e1)}. Please upgrade these databases to PostgreSQL 12 or
later before that date. Instances still on 9.5 afterwards will be upgraded by
RDS during a maintenance window, which may not suit your testing schedule.

Test the upgrade on a snapshot restore first; check extensions and parameter
groups for compatibility.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 19, 3, 52, 16)
add("action-required", "none", "https://int128.hatenablog.com/entry/2016/10/22/131643",
    "Amazon Certificates <no-reply@certificates.amazon.com>", "webmaster@tsubame-gakki.example",
    "証明書の承認依頼: tsubame-gakki.example", D, """
アマゾン ウェブ サービスよりお知らせします。

tsubame-gakki.example に対する SSL/TLS 証明書の発行リクエストを受け付けました。

以下のドメイン、AWS アカウント番号、証明書 ID が、お客様または貴組織の方による
リクエストと一致していることをご確認ください。

  ドメイン: tsubame-gakki.example
  AWS アカウント番号: 830614925577
  AWS リージョン: ap-northeast-1
  証明書 ID: 5e2d9a71-0c4b-4f86-9b13-a7e6c0d48f25

このリクエストを承認する場合は、Amazon Certificate Approvals のページ
https://ap-northeast-1.acm-certificates.amazon.com/approvals?code=EXAMPLE&context=EXAMPLE
を開き、画面の手順に従って操作してください。

承認しない場合は、特に操作は必要ありません。

このメールはドメインの管理者宛てにお送りしています。心当たりがない場合は、
簡単な説明を添えて validation-questions@amazon.com へ転送してください。

Amazon Web Services
""")

D = t(2027, 11, 3, 0, 5, 0)
e1 = day(D, 30)
add("action-required", iso(e1),
    "https://support.serverworks.co.jp/hc/ja/articles/12386320550297", NOREPLY,
    "infra@hoshizora-travel.example",
    f"【要対応】AWS Certificate Manager 証明書の更新にはドメイン検証が必要です({iso(e1)} 期限切れ) [AWS Account: 247830169552]", D, f"""
お客様各位

E メール検証で発行された次の ACM 証明書は、ドメインの検証が完了していないため
自動更新されていません。

  証明書 ARN: arn:aws:acm:ap-northeast-1:247830169552:certificate/9c41f2e0-6d3a-4b77-8e15-2a0b5d7c9e31
  ドメイン: www.hoshizora-travel.example, hoshizora-travel.example
  有効期限: {fmt(e1)} (UTC)
  更新ステータス: 検証保留中

証明書を更新するには、ドメインの WHOIS 連絡先および admin@、administrator@、
hostmaster@、postmaster@、webmaster@ 宛てに送られた検証メール内のリンクを
開いて承認してください。検証メールが見つからない場合は、ACM コンソールの
証明書詳細画面「検証 E メールを再送信」から再送できます。

期限までに検証が完了しない場合、証明書は失効し、この証明書を使用している
ロードバランサーや CloudFront ディストリビューションで HTTPS 接続が
失敗します。本通知は期限の 45・30・15・7・3・1 日前に送信されます。

アマゾン ウェブ サービス
""")

# ---------------------------------------------------------- maintenance (26-29)
D = t(2027, 11, 18, 6, 0, 0)
w = day(D, 14)
add("maintenance", iso(w), "https://recipe.kc-cloud.jp/?p=19039", NOREPLY,
    "aws-admin@sakuragaoka-clinic.example",
    f"【お知らせ】Amazon EC2 メンテナンス: インスタンスの再起動予定 [AWS Account ID: 915027384406]", D, f"""
お客様各位

お客様の AWS アカウント (AWS Account ID: 915027384406) に関連付けられた
Amazon EC2 インスタンスについて、基盤ホストのメンテナンスを予定しております。

  メンテナンス期間: {iso(w)} 00:00 UTC ~ {iso(w)} 02:00 UTC
  リージョン: ap-northeast-1

この期間中、以下のインスタンスはご利用いただけなくなり、再起動されます。

  i-07d3e19a4cb25f681
  i-0a64c8b2f10e93d57

対象インスタンスはメンテナンス前にお客様ご自身で停止・起動(再起動ではなく
停止してから起動)していただくことで、新しいホストへ移行し、予定された
イベントを解消できます。EBS をルートデバイスとするインスタンスが対象です。
インスタンスストアのデータは停止時に失われますのでご注意ください。

予定されたイベントは EC2 コンソールの「イベント」画面、または AWS Health
Dashboard の「スケジュールされた変更」でご確認いただけます。

アマゾン ウェブ サービス
""")

D = t(2027, 11, 20, 8, 0, 0)
r = day(D, 14)
add("maintenance", iso(r), "https://denet.ad.jp/msp-service/mail/", NOREPLY,
    "ops-team@kitakaze-foods.example",
    f"【重要】Amazon EC2 インスタンス リタイアのお知らせ [AWS Account ID: 506139284772]", D, f"""
お客様各位

お客様の AWS アカウント (AWS Account ID: 506139284772) で稼働している
EC2 インスタンス (i-0c58b2e7a13d946f0、ap-northeast-1) をホストしている
物理ハードウェアが、老朽化に伴い撤去対象となりました。

  リタイア予定日時: {iso(r)} 05:00 UTC 以降

予定日時以降、このインスタンス(ルートデバイスは EBS ボリューム)は停止されます。
停止後はいつでも再度起動でき、その際は別のハードウェア上で起動します。

推奨される対応:
  ・予定日時より前の任意のタイミングで、インスタンスを停止してから起動して
    ください。これによりインスタンスは新しいハードウェアへ移行されます。
  ・インスタンスストアボリュームのデータは停止時に失われます。必要なデータは
    事前に退避してください。
  ・パブリック IPv4 アドレス(Elastic IP 以外)は停止・起動で変わります。

詳細は EC2 コンソールの「イベント」画面でご確認ください。

アマゾン ウェブ サービス
""")

D = t(2027, 11, 22, 17, 40, 0)
r = day(D, 3)
add("maintenance", iso(r), "https://github.com/cc-archive/cccatalog-api/issues/342", NOREPLY,
    "infra@commons-catalog.example",
    "[Retirement Notification] Amazon EC2 Instance scheduled for retirement", D, f"""
Dear Amazon EC2 Customer,

EC2 has detected degradation of the hardware underneath your instance
i-03fa9c71d84e2b506 in us-east-1 (AWS Account ID: 268401937715). The instance
may already be unreachable because of this.

After {iso(r)} 04:00 UTC the instance, whose root device is an EBS volume,
will be stopped.

* What does this mean for you?
The instance will be stopped at the retirement time. You can start it again
afterwards and it will come up on healthy hardware. Data on instance store
volumes, if any, is lost when the instance stops.

* What should you do?
You can wait for the scheduled stop, or stop and start the instance yourself
before then to move it now. Check whether its public IP address is referenced
anywhere (DNS, allow lists), since it changes on stop/start unless you use an
Elastic IP.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 18, 21, 0, 0)
r, rr = day(D, 366), day(D, 63)
add("maintenance", iso(r), "https://github.com/SummitRoute/aws_breaking_changes/issues/114",
    NOREPLY, "render-farm@pixelorchard.example",
    f"End of Life Notice: Amazon EC2 G3 instances [AWS Account: 139482075566]", D, f"""
Hello,

We launched EC2 G3 instances in 2017 and have run them for customers since.
We can no longer offer the elasticity you expect on this family, so we are
retiring it and helping customers move to newer G instance generations by
{fmt(r)}.

Nothing changes for current G3 users before the retirement date. However:
- From {fmt(rr)} you can no longer buy new Reserved Instances or Instance
  Savings Plans for G3.
- Only accounts that ran G3 in the past 12 months can start or launch G3
  instances from now on.

Frequently asked:
Why is G3 being retired? We cannot keep providing the expected level of
capacity and elasticity on the G3 family.
What do I need to do? Move your G3 workloads to a newer G generation before
{fmt(r)}. See the EC2 instance types page for options.

Sincerely,
Amazon Web Services
""")

# ---------------------------------------------------- security-advisory (30-31)
D = t(2027, 11, 6, 10, 17, 0)
add("security-advisory", "none", "https://github.com/thoughtbot/paperclip/issues/2709", NOREPLY,
    "engineering@brickyard-uploads.example",
    "TLS 1.0 and 1.1 connections detected to Amazon S3 objects in your account [AWS Account: 375920184436]", D, """
Hello,

We are contacting you because clients are connecting to Amazon S3 objects in
your account with TLS 1.0 or TLS 1.1. AWS is raising the minimum TLS version
on all AWS API endpoints to TLS 1.2, so these connections will need to move to
a newer protocol to keep working.

Connections observed in the last 30 days:
  Bucket                      TLS version   Requests
  brickyard-user-uploads      TLSv1         1,482
  brickyard-user-uploads      TLSv1.1       96

Please identify the clients involved (CloudTrail data events and S3 server
access logs include the TLS version) and update their libraries or runtimes.
Browser and SDK versions released in recent years already use TLS 1.2.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 20, 14, 2, 0)
add("security-advisory", "none", "https://github.com/openstreetmap/operations/issues/846",
    NOREPLY, "admins@opencartography.example",
    "Amazon S3: recent TLS 1.0/1.1 activity on your buckets [AWS Account: 904718263359]", D, """
Hello,

This is a periodic summary of requests to your Amazon S3 buckets that used
TLS 1.0 or TLS 1.1 during the last two weeks.

  Bucket                         Requests   Distinct client IPs
  ocart-user-avatars             7          4
  ocart-gps-traces               3          2

Clients using these versions will lose access when TLS 1.2 becomes the
minimum for S3. As a best practice, you can enforce TLS 1.2 yourself now by
adding a bucket policy that denies requests where s3:TlsVersion is below 1.2.
Once such a policy is in place and no older connections are seen, these
summaries stop.

Sincerely,
Amazon Web Services
""")

# ------------------------------------------------------------- pricing (32)
D = t(2027, 11, 9, 16, 0, 0)
e1 = day(D, 160)
add("pricing", iso(e1), "https://github.com/trailofbits/algo/issues/14644", NOREPLY,
    "billing-admin@tunnelworks-vpn.example",
    "New charge for public IPv4 addresses [AWS Account: 462019375582]", D, f"""
Hello,

We recently announced a new charge for public IPv4 addresses. Starting
{fmt(e1)}, every public IPv4 address will be billed at $0.005 per IP per hour,
whether or not it is attached to a running resource. This applies to Elastic
IP addresses and to public IPv4 addresses that are auto-assigned to EC2
instances, NAT gateways, load balancers and other services.

For a typical address this adds roughly $3.60 a month. The AWS Free Tier for
EC2 will include 750 hours of public IPv4 use per month during the first 12
months.

To see your current usage, check the Cost and Usage Report, or use Public IP
Insights in Amazon VPC IP Address Manager. Consider IPv6, or fewer public
addresses, to reduce the charge. Pricing details are on the VPC pricing page.

Sincerely,
Amazon Web Services
""")

# ------------------------------------------------------------- billing (33-36)
D = t(2027, 11, 1, 14, 0, 0)
add("billing", iso(day(D, 1)), "http://canal.mokuren.ne.jp/memo/amazon_bill.html",
    "AWS Billing Alert <alert@aws-billing-notice.example>", "t.aoyama@aoyama-kobo.example",
    "【AWS】お支払いに関する重要なお知らせ:VPC 利用料金のアラート", D, """
AWS をご利用のお客様

お客様のアカウントで、通常とは異なる利用が検出されました。
今月の請求に以下の料金が計上されています。

  サービス: Amazon Virtual Private Cloud (VPC)
  利用数: 4
  請求予定額: USD 0.11

身に覚えのない利用である場合は、24 時間以内に下記リンクからサインインし、
お支払い情報と利用状況をご確認ください。確認が取れない場合、アカウントが
一時停止される可能性があります。

  https://aws-billing-notice.example/console/signin

※本メールは送信専用です。

Amazon Web Services 請求チーム
""", phishing=True)

D = t(2027, 11, 15, 3, 20, 0)
add("billing", "none", "https://github.com/deepstreamIO/deepstream.io/issues/1062",
    "Amazon Web Services <aws-receivables-support@email.amazon.com>",
    "founders@streamgrid-io.example",
    "Your AWS Account 719283046651 has been suspended", D, """
Greetings from Amazon Web Services,

We were unable to charge the payment method on file for AWS account
719283046651, and earlier reminders about the past-due balance did not result
in a successful payment. As a result, the account has been suspended. While it
is suspended, your websites and other AWS resources are not available.

Past-due amount: USD 184.37 (invoices 1849302771, 1852016634)

To reactivate the account, sign in to the Billing console, add or update a
payment method, and pay the outstanding balance. Reactivation can take some
time after payment; if you need help, contact AWS Support under Account and
Billing.

If your bank declined the charge, please contact your bank as well, since
repeated attempts with the same card will keep failing.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 18, 1, 4, 0)
add("billing", "none", "https://github.com/YumaInaura/YumaInaura/issues/2699",
    "AWS Free Tier <freetier@costalerts.amazonaws.com>", "yuma.dev@kumonoue.example",
    "AWS 無料利用枠 使用量アラート", D, """
AWS 無料利用枠の使用量アラート(AWS Budgets 経由)

AWS をご利用のお客様

お客様の AWS アカウント 604218937750 で、11 月の AWS 無料利用枠の対象サービス
のうち 1 つ以上の使用量が、無料利用枠の上限の 85% を超えました。

  2027/11/17 時点の使用量           無料利用枠の上限
  12.91 GB-月                       15 GB の Amazon EC2 データ転送(送信)

無料利用枠の使用状況は AWS 請求とコスト管理ダッシュボードでご確認いただけます。
上限を超えた分は通常の料金で請求されます。

このアラートは AWS Budgets によって提供されています。アラートの配信停止や
送信先メールアドレスの変更は、請求ダッシュボードの「設定」から行えます。
""")

D = t(2027, 11, 21, 5, 33, 0)
add("billing", "none", "https://github.com/mrdulin/blog/issues/61",
    "Amazon Web Services <aws-receivables-support@email.amazon.com>",
    "lin.d@paperlantern.example",
    "Action on your AWS account 381029475561: no valid payment method", D, """
Hello,

The 12-month AWS Free Tier period for account 381029475561 has ended and the
account no longer has a valid payment method. Until one is added, access to
all AWS services - paid and free - is blocked, and sign-in shows an
"account blocked" page.

To restore access:
  1. Sign in and open Payment methods in the Billing console.
  2. Add a credit or debit card (you may use your contact address as the
     billing address).
  3. If a verification call is requested, make sure you can take it.

A temporary authorisation of USD 1.00 may appear on the card; it is released
by your bank. Reactivation is not instant and can take several days; you can
track it through a case under Account and Billing support.

Sincerely,
Amazon Web Services
""")

# -------------------------------------------------------- informational (37-39)
D = t(2027, 11, 4, 16, 0, 0)
add("informational", "none", "https://github.com/aws/aws-sdk-js/issues/4679", NOREPLY,
    "dev-leads@orchardline-apps.example",
    "The AWS SDK for JavaScript v2 has entered maintenance mode", D, """
Hello,

The AWS SDK for JavaScript v2 has entered maintenance mode and will reach end
of support one year from now. During maintenance mode we release only fixes
for critical bugs and security issues; v2 receives no API updates for new or
existing services and no support for new Regions.

We recommend migrating to the AWS SDK for JavaScript v3, generally available
since 2020. Migration scripts in aws-sdk-js-codemod can convert much of your
code automatically, and the developer guide explains the differences.

For help with migration, open an issue in the aws-sdk-js-v3 repository.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 16, 18, 0, 0)
add("informational", "none", "https://github.com/aws/aws-sdk-js/issues/4708", NOREPLY,
    "dev-leads@orchardline-apps.example",
    "The AWS SDK for JavaScript v2 has reached end of support", D, """
Hello,

As announced last year, the AWS SDK for JavaScript v2 has now reached end of
support. It will receive no further updates or releases.

Applications that still use v2 keep working, but we recommend moving to the
AWS SDK for JavaScript v3, the current and recommended version. The
aws-sdk-js-codemod migration scripts and the v3 developer guide can help.

When v2 is loaded, it now prints a notice pointing to the migration guide.

Sincerely,
Amazon Web Services
""")

D = t(2027, 11, 23, 19, 0, 0)
add("informational", "none", "https://github.com/aws/elastic-beanstalk-roadmap/issues/43",
    "Amazon Web Services <aws-marketing-email-replies@amazon.com>", "cto@meadowbank-apps.example",
    "What's new: AWS Elastic Beanstalk adds API support for listing platform branches", D, """
Hello,

AWS Elastic Beanstalk now offers the ListPlatformBranches API. You can use it
to find the lifecycle state of each platform branch - beta, supported,
deprecated or retired - and the Elastic Beanstalk console and EB CLI now show
the same state for your environments.

This makes it easier to spot environments running on deprecated or retired
platform branches and to plan updates. See the ListPlatformBranches API
reference for details.

This feature is available in all commercial Regions where Elastic Beanstalk
is offered, at no additional charge.

Sincerely,
Amazon Web Services
""")

# ------------------------------------------------------------------- build
POLICY = email.policy.default.clone(linesep="\n", max_line_length=998)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encode_words(text, maxbytes=39):
    """RFC 2047 B-encoding, each encoded-word <= 64 chars, folded with LF+SP."""
    import base64
    words, cur = [], b""
    for ch in text:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > maxbytes:
            words.append(cur)
            cur = b""
        cur += b
    if cur:
        words.append(cur)
    return "\n ".join("=?utf-8?b?%s?=" % base64.b64encode(w).decode("ascii")
                       for w in words)


def build(i, m):
    msg = EmailMessage(policy=POLICY)
    msg["Date"] = format_datetime(m["date"])
    msg["From"] = m["sender"]
    msg["To"] = m["to"]
    subj_ascii = is_ascii(m["subject"])
    msg["Subject"] = m["subject"] if subj_ascii else "SUBJECT-PLACEHOLDER"
    msg["Message-ID"] = "<set-g4.%02d.%s@training.example>" % (i, m["date"].strftime("%Y%m%d%H%M%S"))
    msg["X-Training-Label"] = m["label"]
    msg["X-Training-Deadline"] = m["deadline"]
    if m["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    body = m["body"]
    try:
        body.encode("ascii")
        cte = "7bit"
    except UnicodeEncodeError:
        cte = "quoted-printable"
    msg.set_content(body, charset="utf-8", cte=cte)
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    raw = msg.as_bytes(policy=POLICY).decode("ascii")
    if not subj_ascii:
        raw = raw.replace("Subject: SUBJECT-PLACEHOLDER\n",
                          "Subject: " + encode_words(m["subject"]) + "\n", 1)
    raw = raw.replace("\r\n", "\n")
    head, sep, tail = raw.partition("\n\n")
    tail = re.sub(r"(?m)^From ", ">From ", tail)
    raw = head + sep + tail
    if not raw.endswith("\n"):
        raw += "\n"
    addr = email.utils.parseaddr(m["sender"])[1]
    fromline = "From %s %s" % (addr, m["date"].strftime("%a %b %d %H:%M:%S %Y"))
    return fromline + "\n" + raw


def write():
    parts = [build(i, m) for i, m in enumerate(M)]
    data = "\n".join(parts)
    with open(OUT, "w", encoding="ascii", newline="\n") as f:
        f.write(data)


def check():
    errs = []
    raw = open(OUT, "rb").read()
    if b"\r" in raw:
        errs.append("CR found")
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        errs.append("non-ASCII byte in mbox")
        text = raw.decode("utf-8", "replace")
    lines = text.split("\n")
    starts = [k for k, l in enumerate(lines) if l.startswith("From ")]
    fromre = re.compile(r"^From \S+@\S+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                        r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d "
                        r"\d\d:\d\d:\d\d \d{4}$")
    for k in starts:
        if not fromre.match(lines[k]):
            errs.append("bad From_ line %d: %r" % (k, lines[k]))
        if k > 0 and lines[k - 1] != "":
            errs.append("no blank line before From_ at %d" % k)
    if len(starts) != len(M):
        errs.append("expected %d messages, found %d" % (len(M), len(starts)))
    msgs = []
    for n, k in enumerate(starts):
        end = starts[n + 1] - 1 if n + 1 < len(starts) else len(lines)
        chunk = "\n".join(lines[k + 1:end]) + ("\n" if n + 1 < len(starts) else "")
        msgs.append(email.message_from_string(chunk, policy=email.policy.default))
    ids = set()
    labels = Counter()
    jp = 0
    for i, msg in enumerate(msgs):
        for h in ("Date", "From", "To", "Subject", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                errs.append("msg %d missing %s" % (i, h))
        lab = str(msg["X-Training-Label"])
        if lab not in LABELS:
            errs.append("msg %d bad label %s" % (i, lab))
        labels[lab] += 1
        dl = str(msg["X-Training-Deadline"])
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                errs.append("msg %d bad deadline %s" % (i, dl))
        d = parsedate_to_datetime(str(msg["Date"]))
        if not (d.year == 2027 and d.month == 11):
            errs.append("msg %d Date not in Nov 2027" % i)
        if dl != "none" and dt.date.fromisoformat(dl) < d.date() - dt.timedelta(days=0) \
                and lab not in ("action-required", "maintenance"):
            errs.append("msg %d deadline before Date" % i)
        ct = msg.get_content_type()
        if ct != "text/plain" or (msg.get_content_charset() or "").lower() != "utf-8":
            errs.append("msg %d content type/charset" % i)
        mid = str(msg["Message-ID"])
        if mid in ids:
            errs.append("msg %d duplicate Message-ID" % i)
        ids.add(mid)
        body = msg.get_content()
        if body != M[i]["body"]:
            errs.append("msg %d body round-trip mismatch" % i)
        if str(msg["Subject"]) != M[i]["subject"]:
            errs.append("msg %d subject round-trip mismatch: %r" % (i, str(msg["Subject"])))
        if lab != M[i]["label"] or dl != M[i]["deadline"]:
            errs.append("msg %d label/deadline mismatch" % i)
        if M[i]["phishing"] != (str(msg.get("X-Training-Phishing", "")) == "yes"):
            errs.append("msg %d phishing header mismatch" % i)
        if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", body):
            jp += 1
            if str(msg["Content-Transfer-Encoding"]).lower() not in ("quoted-printable", "base64"):
                errs.append("msg %d non-ASCII body not QP/base64" % i)
    for k, l in enumerate(lines):
        if len(l) > 998:
            errs.append("line %d longer than 998" % k)
        for w in re.findall(r"=\?[^?]+\?[bBqQ]\?[^?]*\?=", l):
            if len(w) > 75:
                errs.append("encoded-word longer than 75 at line %d" % k)
        if l.startswith("From ") and k not in starts:
            errs.append("unescaped From at line %d" % k)
    return errs, labels, jp


def main():
    write()
    errs, labels, jp = check()
    print("messages: %d" % sum(labels.values()))
    for lab in sorted(labels):
        print("  %-18s %d" % (lab, labels[lab]))
    print("japanese: %d" % jp)
    print("phishing: %d" % sum(1 for m in M if m["phishing"]))
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    print("OK: %s" % OUT)


if __name__ == "__main__":
    main()
