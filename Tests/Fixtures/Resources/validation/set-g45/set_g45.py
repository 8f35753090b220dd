#!/usr/bin/env python3
"""Validation batch g45: 36 labelled cloud-provider notices (December 2028).

Standard library only, deterministic. Writes set-g45.mbox, README.md and
used-sources.txt next to this script, re-reads the mbox and checks it.
Exit status 1 on any problem, prints OK otherwise.
"""
import datetime as dt
import email
import email.policy
import email.utils
import mailbox
import os
import re
import sys
from email.generator import BytesGenerator
from email.message import EmailMessage
from io import BytesIO

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "g45"
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
README = os.path.join(HERE, "README.md")
USED = os.path.join(HERE, "used-sources.txt")

LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
YEAR, MONTH = 2028, 12


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


UTC = tz(0)
JST = tz(9)

JA_WD = "月火水木金土日"


def fmt(d, f):
    """strftime plus %J (Japanese weekday) and %Z-less friendly output."""
    f = f.replace("%J", JA_WD[d.weekday()])
    return d.strftime(f)


# ---------------------------------------------------------------------------
# Notices. 'dates' holds the ORIGINAL dates of the source mail; all of them are
# moved by one offset (a whole number of weeks) so that SEND lands in
# December 2028 near 'target'. Body/subject placeholders {{NAME|strftime}} are
# filled with the shifted dates.  'deadline' is either a key of 'dates', a
# relative rule ('+Nd' calendar days from the Date header) or None.
# ---------------------------------------------------------------------------
N = []


def add(**kw):
    N.append(kw)


# 1 AWS abuse report (EC2 unauthorised access attempts)
add(provider="AWS", lang="en", label="abuse", phishing=False, target=1,
    url="https://github.com/kamal464/wissen-publication-group/blob/61faba3a7a72b5b6fa67aae96c02cdc0f6d4d2e5/SECURITY_INCIDENT_RESPONSE.md",
    frm=("Amazon EC2 Abuse", "ec2-abuse@amazon.com"), to="ops@lumenpress.example",
    subject="Your Amazon EC2 Abuse Report [40273518] [AWS ID 482913706215]",
    dates={"SEND": dt.datetime(2026, 1, 27, 9, 12, 40, tzinfo=UTC),
           "EV1": dt.datetime(2026, 1, 26, 22, 41, 5, tzinfo=UTC),
           "EV2": dt.datetime(2026, 1, 26, 23, 14, 52, tzinfo=UTC)},
    deadline=None, kind="plain",
    body="""Hello,

A complaint has reached us about the following resource in your account:

AWS ID: 482913706215    Region: us-east-1    EC2 Instance Id: i-0c5e91d7a3b24f860 [198.51.100.47]

According to the report, this instance has been trying to open connections to
hosts on the internet whose owners never allowed that access. Traffic of this
kind is not permitted under the AWS Acceptable Use Policy
(https://aws.amazon.com/aup/). The complaint itself is copied at the end of this
message.

Please stop the activity and answer this email with a short account of what you
changed to stop it. If you think the traffic is legitimate, reply instead with a
description of how the instance is being used.

If none of this sounds familiar, the instance may have been taken over by
someone else, or software running on it may be letting outsiders use it in ways
you did not intend.

We cannot help with troubleshooting, but these pages explain how to lock an
instance down:
* Security groups for EC2 instances:
  https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-security-groups.html
* AWS security best practices: https://aws.amazon.com/security/

Regards,
AWS Trust & Safety

----- Report received -----
Type: unauthorized access attempts (SSH, RDP)
Source: 198.51.100.47
Targets: 203.0.113.0/24 tcp/22, tcp/3389
First seen: {{EV1|%Y-%m-%d %H:%M:%S}} UTC
Last seen:  {{EV2|%Y-%m-%d %H:%M:%S}} UTC
Attempts logged: 4,812
""")

# 2 AWS abuse follow-up (intrusion attempts, 24 hours)
add(provider="AWS", lang="en", label="abuse", phishing=False, target=4,
    url="https://1onlyhost.com/amazon-ec2-abuse-report-quick-way-to-fix/",
    frm=("Amazon EC2 Abuse", "ec2-abuse@amazon.com"), to="sysadmin@harborcart.example",
    subject="RE: Your Amazon EC2 Abuse Report [39961402] [AWS ID 517730284196]",
    dates={"SEND": dt.datetime(2028, 12, 5, 14, 3, 11, tzinfo=UTC),
           "FIRST": dt.datetime(2028, 12, 1, 16, 20, 0, tzinfo=UTC)},
    deadline="+1d", kind="plain",
    body="""Hello,

We are following up on the EC2 abuse reports that are still open for your
account. Since our first notice on {{FIRST|%b %-d, %Y}}, further reports of
Intrusion Attempts coming from account 517730284196 have reached us, and we have
not had any answer from you.

Resource named in the reports:
  i-07d2c4a19be6f3305 [203.0.113.88] in eu-west-1
Activity: repeated SSH login attempts against third-party servers

Please fix the cause now and reply to this email to tell us what you did. If we
do not receive a reply within 24 hours of this notice, the instances involved may
be isolated from the network.

If the activity was not started by you, treat the instance as compromised:
take a snapshot for investigation, replace it from a known-good image and rotate
any credentials that were stored on it.

Reply to this message only; keep the report number in the subject so that your
answer reaches the right case.

Regards,
AWS Trust & Safety
""")

# 3 AWS abuse enforcement: outbound ports restricted (crypto mining)
add(provider="AWS", lang="en", label="abuse", phishing=False, target=8,
    url="https://github.com/hoihoi1083/Harmoniq_Fengshui/blob/85f357aa69d3e557278875ff4f58a14f0e0f9086/AWS_FINAL_RESPONSE.txt",
    frm=("AWS Trust & Safety", "trustandsafety@support.aws.com"), to="admin@lotusgrid.example",
    subject="[Case 30417792561-1] Outbound traffic restricted on instance i-0b83f2d6c41a97e05",
    dates={"SEND": dt.datetime(2025, 12, 19, 6, 45, 0, tzinfo=UTC)},
    deadline=None, kind="plain",
    body="""Hello,

This message concerns AWS account 604138275190 and EC2 instance
i-0b83f2d6c41a97e05 in us-east-1.

After the earlier abuse notices on this case, we confirmed that the instance is
still producing traffic that matches cryptocurrency mining software talking to
public mining pools. To protect other networks, we have blocked outbound
connections from this instance on TCP ports 80 and 443, effective
{{SEND|%B %-d, %Y}}. Inbound traffic and traffic inside AWS are not affected.

The block stays in place until we have reviewed your remediation. To request a
review, reply to this case with:
- what allowed the mining software to be installed,
- how you removed it and any persistence it created,
- what you changed so that it cannot happen again.

Replacing the instance from a clean image is usually the fastest way to get
rid of this kind of software. Requests without these details cannot be
processed.

Thank you,
AWS Trust & Safety

To reply, use the Support Center link for case 30417792561-1:
https://console.aws.amazon.com/support/home#/case/?displayId=30417792561
""")

# 4 AWS (Kiro) account temporarily suspended as a security precaution
add(provider="AWS", lang="en", label="security-incident", phishing=False, target=11,
    url="https://github.com/kirodotdev/Kiro/issues/11249",
    frm=("AWS Services", "no-reply-aws@amazon.com"), to="d.shah@campusmail.example",
    subject="Your account has been temporarily suspended",
    dates={"SEND": dt.datetime(2026, 9, 7, 4, 26, 9, tzinfo=UTC)},
    deadline=None, kind="plain",
    body="""Hello,

Access for your user ID d-90c7a15e2b.4f81c2d0-7a93-40be-b6d1-3e0a9c5f7712 has
been temporarily suspended.

We locked the account as a precaution after our systems saw sign-in and usage
activity that did not fit the usual pattern for it. While the lock is in place
you cannot sign in to Kiro, and your remaining subscription credits cannot be
used.

To get access back, contact our support team and confirm your identity:
https://support.aws.amazon.com/#/contacts/kiro

Please mention your user ID and these request IDs when you write to us:
  8b41d2c7-60fa-4e1b-9d35-f2c0a7e4b918
  c03e9a55-1b7d-47c2-8e60-5d9f21ab7c04

If you did not sign in from a new device or location recently, change the
password of the identity you use to log in and review where it is still signed
in.

Thank you,
AWS Services
""")

# 5 AWS S3 publicly listable bucket (2011)
add(provider="AWS", lang="en", label="security-incident", phishing=False, target=14,
    url="https://github.com/popowa/blog/blob/dcb6415ef3453444c8bf5c1f5eae8328ca914b2a/content/blog/2011-08-important-security-notification-html.md",
    frm=("Amazon Web Services", "aws-announcements@amazon.com"), to="a.murata@kumo-works.example",
    subject="Important Security Notification",
    dates={"SEND": dt.datetime(2011, 8, 24, 2, 5, 0, tzinfo=UTC)},
    deadline=None, kind="plain",
    body="""Dear Amazon S3 Customer,

Your Amazon S3 account has at least one bucket whose permissions let anonymous
requesters perform READ operations, which means anyone can list the objects it
contains. Buckets are private unless their owner changes that.

Tools and scripts that crawl services such as Amazon S3 and list the contents
of publicly listable buckets have appeared recently. Such tools could find the
objects in your bucket, and requests they make against it may also add
unexpected charges to your bill.

We know some customers open their buckets on purpose, for example so that end
users can fetch objects directly instead of through an authenticated client.
If that is not your intention, you can restrict access in a few ways:
- Access Control Lists grant read, write, read-ACL and write-ACL rights on a
  bucket to specific grantees.
- Bucket Policies allow or deny permissions for all or part of the objects in a
  bucket, with wildcards and conditions on request properties.
- Server Access Logging records the requests made against a bucket, so you can
  see who is reading it.

Policies and ACLs can be applied from the AWS Management Console or with the AWS
SDKs. The Amazon S3 Developer Guide and the AWS Security Center describe each
option in detail.

Sincerely,
The Amazon S3 Team

To stop receiving announcements and the monthly AWS newsletter, update your
communication preferences in your AWS account.
""")

# 6 AWS exposed access key (Jan 2026)
add(provider="AWS", lang="en", label="security-incident", phishing=False, target=18,
    url="https://github.com/Manu-Manera/manuel-weiss-website/blob/4689fc8c287a48faabffb5f7e39f8821a3e8d364/AWS_SUPPORT_ESKALATION.md",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="m.weber@atelier-site.example",
    subject="[Action Required] Potentially compromised IAM access key in AWS account 604218937520",
    dates={"SEND": dt.datetime(2026, 1, 12, 7, 31, 22, tzinfo=UTC)},
    deadline=None, kind="plain",
    body="""Hello,

During routine monitoring we found that an IAM access key from your AWS account
604218937520 is available in a public GitHub repository:

  Access key: AKIAQ7XEXAMPLE3NRZKD (IAM user: site-deploy)
  Found at:   https://github.com/atelier-site-example/website/blob/main/deploy.sh

Anyone who copied this key together with its secret can act in your account
with the permissions of that user. To limit the risk we have attached a
quarantine policy to the user, which blocks a set of high-risk actions
(including creating or invoking Lambda functions and launching instances).
The policy does not make the account safe on its own.

Please do the following now:
1. Create a replacement key if you need one, move your applications to it,
   then delete the exposed key.
2. Review CloudTrail for activity by this key that you do not recognise.
3. Check every region for resources you did not create and remove them.
4. Enable MFA for the root user and for IAM users with console access.
5. Remove the key from the repository, including its history.

When you have finished, reply to support case 41902287513 in the Support
Center so that we can review the account and lift the restriction.

Sincerely,
Amazon Web Services
""")

# 7 AWS account may be compromised, act by date or suspension
add(provider="AWS", lang="en", label="security-incident", phishing=False, target=22,
    url="https://github.com/JO-HEEJIN/stellar-walrus-glow/blob/aa46c1d998b364502d51640a589e3d7ad969cee1/docs/AWS_EMERGENCY_EMAIL.md",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="owner@walrusglow.example",
    subject="Action Required: Your AWS account 738204915563 may have been compromised",
    dates={"SEND": dt.datetime(2025, 8, 29, 18, 2, 37, tzinfo=UTC),
           "DL": dt.datetime(2025, 9, 3, 23, 59, 0, tzinfo=UTC),
           "TERM": dt.datetime(2025, 9, 18, 0, 0, 0, tzinfo=UTC)},
    deadline="DL", kind="plain",
    body="""Hello,

We have seen activity in AWS account 738204915563 suggesting that someone other
than you may have signed in to it. As a precaution, we have limited what the
account can do for now.

You need to secure the account and tell us through the Support Center by
{{DL|%B %-d, %Y}}. If the steps are not completed by then, we will suspend the
account. Accounts that remain suspended are scheduled to be closed on
{{TERM|%B %-d, %Y}}, and resources in them may not be recoverable.

Step 1: Change the root user password and turn on multi-factor authentication.
        Change the password of the email account tied to the root user too.
Step 2: Look through CloudTrail for IAM users, roles, policies or access keys
        you did not create, and delete them.
Step 3: Check every region for EC2 instances, Lambda functions, Spot requests
        or other resources you did not launch, and remove them.
Step 4: Reply to the open case and list what you found and removed.

Until these steps are done, requests to raise limits or adjust charges for this
account cannot be considered.

Sincerely,
Amazon Web Services
""")

# 8 AWS exposed access key, case opened (2014)
add(provider="AWS", lang="en", label="security-incident", phishing=False, target=26,
    url="https://github.com/nicnocquee/nicnocquee.github.com/blob/7f2e72eb7e40122f5b0c4ff8669c7ad3935b0740/source/_posts/2014-09-10-costly-mistake.markdown",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="nico@kobo-apps.example",
    subject="Amazon Web Services has opened case 1296543071 on your behalf",
    dates={"SEND": dt.datetime(2014, 9, 9, 14, 38, 0, tzinfo=UTC)},
    deadline=None, kind="plain",
    body="""Amazon Web Services has opened case 1296543071 on your behalf.

Subject: Unauthorized activity in your AWS account 5190-2284-7731
Severity: Urgent

Dear AWS Customer,

Your account's safety matters to us. We have found that the AWS access key
AKIAIX7EXAMPLE4QZPRA, together with its secret key, is published on a public
code repository:
  https://github.com/kobo-apps-example/old-sideproject

We also see recent activity that you probably did not start: Windows instances
have been launched in several regions within the last few hours. This activity
can lead to large charges and breaks the AWS Customer Agreement.

To limit the damage we have temporarily restricted your ability to launch large
numbers of EC2 instances. This does not secure the account.

Please:
- delete the published key and create a new one only where it is needed,
- stop and terminate every instance you do not recognise, in every region,
- check for IAM users and keys you did not create,
- reply to this case once the account is clean.

To reply, use https://console.aws.amazon.com/support/home#/case/?displayId=1296543071

Sincerely,
The Amazon Web Services Team
""")

# 9 AWS Health AWS_RISK_CREDENTIALS_EXPOSED (Japanese)
add(provider="AWS", lang="ja", label="security-incident", phishing=False, target=29,
    url="https://github.com/aws/aws-health-tools/blob/master/automated-actions/AWS_RISK_CREDENTIALS_EXPOSED/README.md",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to="infra@sakura-logi.example",
    subject="[要対応] AWS アカウント 815204637281 の IAM アクセスキーが公開されています",
    dates={"SEND": dt.datetime(2028, 12, 29, 10, 17, 0, tzinfo=JST)},
    deadline=None, kind="plain",
    body="""お客様各位

AWS では、広く利用されているコード共有サイトを常時確認し、IAM アクセスキーが
公開されていないか監視しています。このたび、お客様の AWS アカウント
815204637281 に属する IAM ユーザー「batch-uploader」のアクセスキー
(AKIA************7QX2) が、インターネット上で閲覧できる状態にあることを
検出しました。

本件は AWS Health に AWS_RISK_CREDENTIALS_EXPOSED イベントとして記録されて
います。被害を抑えるため、当該キーで実行できる API 呼び出しを一時的に制限
しましたが、この措置だけではアカウントの安全は確保されません。

以下の対応を速やかに実施してください。
1. 公開されたアクセスキーを削除してください。アプリケーションで利用中の場合は、
   新しいキーを作成して切り替えたうえで削除してください。
2. CloudTrail で当該ユーザーによる直近の操作を確認し、身に覚えのない
   IAM ユーザー、ロール、リソースがあれば削除してください。
3. すべてのリージョンで、作成した覚えのない EC2 インスタンスや Lambda 関数が
   ないか確認してください。
4. ソースコードや設定ファイルから認証情報を取り除き、リポジトリの履歴からも
   消去してください。

影響を受けたリソースの一覧は AWS Health Dashboard の該当イベントの
「影響を受けるリソース」タブでご確認いただけます。

アマゾン ウェブ サービス
""")

# 10 AWS Lambda Node.js 18 end of support
add(provider="AWS", lang="en", label="action-required", phishing=False, target=4,
    url="https://github.com/PdroBrandao/ai-legal-notification-system/blob/36c85e872b4f225c0e1ee1fa4968bf2327df3180/code/Aviso_aws_versao_node.md",
    frm=("Amazon Web Services, Inc.", "no-reply-aws@amazon.com"), to="dev@juris-alerta.example",
    subject="[Action Required] AWS Lambda end of support for Node.js 18 [AWS Account: 294817365029] [SA-EAST-1]",
    dates={"SEND": dt.datetime(2025, 4, 7, 12, 33, 0, tzinfo=UTC),
           "EOS": dt.datetime(2025, 9, 1, tzinfo=UTC),
           "NOCREATE": dt.datetime(2025, 10, 1, tzinfo=UTC),
           "NOUPDATE": dt.datetime(2025, 11, 1, tzinfo=UTC)},
    deadline="EOS", kind="plain",
    body="""Hello,

[AWS Health may send reminders about this notice while affected resources remain.]

Your AWS account has one or more AWS Lambda functions that still use the
Node.js 18 runtime. Lambda support for Node.js 18 ends on {{EOS|%B %-d, %Y}},
following the upstream end of life of Node.js 18. Functions will keep running
after that date, but on a runtime that the Lambda team no longer patches.

Support ends in stages, as described in the Lambda runtime support policy:
- From {{EOS|%B %-d, %Y}}, Node.js 18 receives no more security patches or
  updates, functions using it are not eligible for technical support, and the
  runtime disappears from the console (CloudFormation, the CLI and SAM can
  still create and update such functions).
- From {{NOCREATE|%B %-d, %Y}}, new functions cannot be created with Node.js 18.
- From {{NOUPDATE|%B %-d, %Y}}, existing Node.js 18 functions cannot be updated.

We recommend moving these functions to the newest Node.js runtime available in
Lambda before {{EOS|%B %-d, %Y}}.

The affected functions appear on the 'Affected resources' tab of your AWS Health
Dashboard. This notice covers the $LATEST version only; to find published
versions as well, run the following in each region:

aws lambda list-functions --region sa-east-1 --output text --query "Functions[?Runtime=='nodejs18.x'].FunctionArn"

Trusted Advisor also lists functions on runtimes that are close to deprecation.
For questions, contact AWS Support.

Sincerely,
Amazon Web Services
""")

# 11 AWS Lambda Python 3.8 end of support (Japanese)
add(provider="AWS", lang="ja", label="action-required", phishing=False, target=7,
    url="https://github.com/pahud/cdk-remote-stack/issues/603",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to="nabe@hokusei-sys.example",
    subject="[要対応] AWS Lambda における Python 3.8 のサポート終了 [AWS アカウント: 530917264813] [AP-NORTHEAST-1]",
    dates={"SEND": dt.datetime(2024, 4, 23, 9, 40, 0, tzinfo=JST),
           "EOS": dt.datetime(2024, 10, 14, tzinfo=JST),
           "NOCREATE": dt.datetime(2025, 2, 28, tzinfo=JST),
           "NOUPDATE": dt.datetime(2025, 3, 31, tzinfo=JST)},
    deadline="EOS", kind="plain",
    body="""お客様各位

お客様の AWS アカウントに、Python 3.8 ランタイムを使用している AWS Lambda 関数が
1 つ以上あることを確認しましたので、ご連絡いたします。

Python 3.8 のコミュニティサポート終了に合わせ、Lambda における Python 3.8 の
サポートを {{EOS|%Y 年 %-m 月 %-d 日}} に終了します。サポート終了後も関数の実行は
継続されますが、Lambda チームによる修正が行われないランタイム上で動作することに
なります。

サポートの終了は段階的に行われます。
・{{EOS|%Y 年 %-m 月 %-d 日}}以降: セキュリティパッチなどの更新が適用されなくなり、
  技術サポートの対象外となります。コンソールでは選択できなくなります。
・{{NOCREATE|%Y 年 %-m 月 %-d 日}}以降: Python 3.8 で新しい関数を作成できなくなります。
・{{NOUPDATE|%Y 年 %-m 月 %-d 日}}以降: 既存の Python 3.8 関数を更新できなくなります。

{{EOS|%Y 年 %-m 月 %-d 日}}までに、対象の関数を最新の Python ランタイムへ移行する
ことを推奨します。

対象の関数は AWS Health Dashboard の「影響を受けるリソース」タブに表示されます。
公開済みのバージョンも含めて確認するには、リージョンごとに次のコマンドを実行して
ください。

aws lambda list-functions --region ap-northeast-1 --output text --query "Functions[?Runtime=='python3.8'].FunctionArn"

ご不明な点は AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス
""")

# 12 ELB insufficient IPs in subnet (AWS Health)
add(provider="AWS", lang="en", label="action-required", phishing=False, target=11,
    url="https://github.com/cloud-custodian/cloud-custodian/blob/main/tests/data/placebo/test_appelb_health_events_filter/health.DescribeEventDetails_1.json",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="platform@tidewell.example",
    subject="AWS Notification - Load balancers cannot scale: not enough free IP addresses [AWS Account: 358201746692] [US-EAST-1]",
    dates={"SEND": dt.datetime(2018, 7, 23, 18, 32, 26, tzinfo=UTC)},
    deadline=None, kind="plain",
    body="""Hello,

We have found a problem with the Elastic Load Balancing load balancers listed in
this event in the us-east-1 Region.

The load balancers cannot scale out because their subnets do not have enough
free IP addresses. We recommend keeping at least eight addresses free in every
subnet that a load balancer uses.

Affected load balancers:
  app/checkout-public/7d1f0b93c2e54a18
  app/api-internal/52aa90e1f6c3b7d4

You can fix this in either of two ways:
- point the load balancers at another subnet in the same Availability Zone that
  has more free addresses, or
- release addresses in the current subnets, for example by deleting network
  interfaces that are no longer used or moving other resources elsewhere.

We strongly recommend acting on this so that the load balancers can absorb
increases in traffic. See
http://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-manage-subnets.html

If you need help, open a new support case at
https://console.aws.amazon.com/support/home.

Sincerely,
Amazon Web Services
""")

# 13 AWS Direct Connect planned maintenance
add(provider="AWS", lang="en", label="maintenance", phishing=False, target=14,
    url="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/aws/aws1.eml",
    frm=("Amazon Web Services, Inc.", "no-reply-aws@amazon.com"), to="noc@meridian-fiber.example",
    subject="[AWS Notification] AWS Direct Connect Planned Maintenance Notification [AWS Account: 361820574912]",
    dates={"SEND": dt.datetime(2021, 5, 6, 21, 52, 56, tzinfo=UTC),
           "START": dt.datetime(2021, 5, 20, 8, 0, 0, tzinfo=UTC),
           "END": dt.datetime(2021, 5, 20, 14, 0, 0, tzinfo=UTC)},
    deadline="START", kind="plain",
    body="""Hello,

Planned maintenance is scheduled on an AWS Direct Connect router at a colocation
site in New York, NY. The work starts {{START|%a, %d %b %Y %H:%M:%S}} GMT and ends
{{END|%a, %d %b %Y %H:%M:%S}} GMT (6 hours). While it is in progress, the
Direct Connect connections below may be unavailable.

dxcon-fgk3a1b7
dxcon-fh82c4d0
dxvif-ffq91x2a
dxvif-fgr27b5c

Work on redundant connections is scheduled at different times, so that both
paths are not interrupted together.

If a connection does not come back after the window ends, contact AWS
Support: https://aws.amazon.com/support

Sincerely,
Amazon Web Services

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This message was
produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North,
Seattle, WA 98109-5210.
""")

# 14 EC2 instance retirement (degraded hardware)
add(provider="AWS", lang="en", label="maintenance", phishing=False, target=15,
    url="https://github.com/cloud-custodian/cloud-custodian/blob/main/tests/data/placebo/test_ec2_health_events_filter/health.DescribeEventDetails_1.json",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="ops@quillfield.example",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement [AWS Account: 927301846552]",
    dates={"SEND": dt.datetime(2017, 4, 27, 4, 0, 0, tzinfo=UTC),
           "RET": dt.datetime(2017, 5, 11, 4, 0, 0, tzinfo=UTC)},
    deadline="RET", kind="plain",
    body="""Hello,

The hardware that hosts one of your Amazon EC2 instances in the us-west-2 Region
is degrading, and the instance may already be unreachable.

Instance: i-0a4d7c91e5b23f068 (root device: EBS)

After {{RET|%Y-%m-%d %H:%M}} UTC the instance will be stopped. You can start it
again at any time afterwards; it will then run on healthy hardware. Data on any
instance store volumes attached to it is lost when it stops.

What should you do?
We recommend replacing the instance before that time: create an AMI from it and
launch a new instance from that AMI. If stopping an EBS-backed instance hangs,
see the instance FAQ (http://aws.amazon.com/instance-help/#ebs-stuck-stopping).

Why is the instance being retired?
AWS schedules retirement when the underlying host has a fault it cannot
recover from.

Scheduled events for your instances are listed in the EC2 console:
https://console.aws.amazon.com/ec2/v2/home?region=us-west-2#Events

Sincerely,
Amazon Web Services
""")

# 15 ECS/Fargate task patching retirement
add(provider="AWS", lang="en", label="maintenance", phishing=False, target=18,
    url="https://github.com/aws/aws-health-tools/blob/master/automated-actions/ECS_TASK_PATCHING_AUTOMATION/sampleevent.json",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="cloud@fernleaf-analytics.example",
    subject="AWS Notification - Fargate task patching: tasks to be replaced [AWS Account: 640182957731] [US-EAST-1]",
    dates={"SEND": dt.datetime(2023, 8, 16, 23, 18, 52, tzinfo=UTC),
           "START": dt.datetime(2023, 8, 16, 23, 18, 51, tzinfo=UTC)},
    deadline="START", kind="plain",
    body="""Hello,

AWS Fargate has received a software update with fixes for CVEs and other
critical issues. You do not need to do anything: new tasks start on the updated
platform automatically. Existing tasks only pick up the update when they are
restarted.

Tasks belonging to the ECS services below will be updated automatically
starting {{START|%a, %d %b %Y %H:%M:%S}} GMT:
  cluster orders-prod / service orders-api
  cluster orders-prod / service orders-worker

After that time the ECS scheduler replaces the tasks gradually, following each
service's deployment settings. With the default minimum healthy percent of 100,
a new task is started before an old one is stopped, so services normally see
little or no interruption.

To choose the moment yourself, redeploy the services before that time, e.g.:
  aws ecs update-service --service orders-api --cluster orders-prod --force-new-deployment
For blue/green services managed by CodeDeploy, create a new deployment with the
same task definition revision.

The affected resources are listed on the 'Affected resources' tab of the AWS
Health Dashboard. Contact AWS Support if you have questions.

Sincerely,
Amazon Web Services
""")

# 16 Amazon Pinpoint India SMS price change
add(provider="AWS", lang="en", label="pricing", phishing=False, target=22,
    url="https://aws.amazon.com/about-aws/whats-new/2020/08/price-change-notice-for-customers-using-amazon-pinpoint-to-send-sms-messages-to-india/",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="billing@kiranpay.example",
    subject="Price change notice for customers using Amazon Pinpoint to send SMS messages to India",
    dates={"SEND": dt.datetime(2020, 8, 25, 17, 0, 0, tzinfo=UTC),
           "EFF": dt.datetime(2020, 9, 21, tzinfo=UTC)},
    deadline="EFF", kind="plain",
    body="""Hello,

You are receiving this message because your AWS account has sent SMS messages
to recipients in India with Amazon Pinpoint.

Mobile carriers in India have raised the fees they charge for delivering bulk
SMS, following a change in the local regulatory requirements. As a result, the
price for SMS messages that Amazon Pinpoint delivers to India changes on
{{EFF|%B %-d, %Y}}:

  Destination: India (all message types)
  Current price: $0.00223 per message
  New price:     $0.00278 per message

The new price applies to all messages sent on or after {{EFF|%B %-d, %Y}}. Prices
for other countries and other Pinpoint channels do not change.

No action is needed to keep sending messages. If you want to review your
expected spend, the Amazon Pinpoint pricing page lists current rates, and AWS
Budgets can alert you when SMS costs pass a threshold you set.

Sincerely,
Amazon Web Services
""")

# 17 AWS support case: refund for unexpected ACM charges
add(provider="AWS", lang="en", label="billing", phishing=False, target=26,
    url="https://github.com/ZipingL/awscares/blob/71810b2e85613b46f089334d674d80f5c599d1dc/src/CorrespondenceMessages/April04.tsx",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="z.lin@fernway.example",
    subject="Case 40871236195 update",
    dates={"SEND": dt.datetime(2022, 4, 10, 21, 7, 7, tzinfo=tz(-5))},
    deadline=None, kind="plain",
    body="""Hello,

Janice here, picking up your case today.

I tried to call the phone number on your AWS account to go through this with
you, but we are in different time zones and I did not want to ring at an
awkward hour.

I understand that you received a very large bill for {{SEND|%B}} because of AWS
Certificate Manager charges. We can look into the refund you asked for. Before
I can send the billing adjustment request to our internal team for approval,
the resources that are generating the charges need to be deleted.

For security reasons we cannot touch resources in customer accounts, so here
are the steps:
- Select each region in the top right corner of the console in turn.
- Delete the ACM certificates that are causing the charges:
  https://docs.aws.amazon.com/acm/latest/userguide/gs-acm-delete.html

Once they are deleted, write back to me and I will ask the team to review a
possible adjustment on your behalf.

If you prefer a chat or a call, click "Reply" on this case, choose "Chat" or
"Phone" as the contact method and submit; an agent will join you.

Best regards,
Janice
Amazon Web Services

To reply, use the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=40871236195
This address cannot receive email.
""")

# 18 AWS billing notification: RDS data transfer not metered (Japanese)
add(provider="AWS", lang="ja", label="billing", phishing=False, target=29,
    url="https://github.com/cloud-custodian/cloud-custodian/blob/main/tests/data/placebo/test_health_augment/health.DescribeEventDetails_1.json",
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"), to="keiri@minato-trading.example",
    subject="【AWS 請求に関するお知らせ】Amazon RDS のデータ転送料金の計上漏れについて",
    dates={"SEND": dt.datetime(2017, 2, 1, 5, 36, 31, tzinfo=JST),
           "FIXM": dt.datetime(2017, 2, 15, tzinfo=JST),
           "BILLM": dt.datetime(2017, 3, 15, tzinfo=JST)},
    deadline=None, kind="plain",
    body="""お客様各位

平素より Amazon Web Services をご利用いただき、誠にありがとうございます。

Amazon RDS の請求内容を確認したところ、一部の利用量が正しく計測されていない
ことが判明しました。具体的には、米国東部 (オハイオ)、欧州 (ロンドン)、
カナダ (中部) の各リージョンで DB インスタンスをご利用のお客様に対し、
RDS インスタンスとの間のデータ転送料金が請求されていませんでした。

この問題は {{FIXM|%-m}} 月分のご利用から修正され、{{BILLM|%-m}} 月にお届けする請求書から反映される
見込みです。これまでの請求期間分について、遡って請求することはございません。

リージョンごとのデータ転送料金は、Amazon RDS の料金ページ
(https://aws.amazon.com/jp/rds/pricing/) でご確認いただけます。

本件に関するご質問は、AWS サポート (http://aws.amazon.com/support) まで
お問い合わせください。

アマゾン ウェブ サービス ジャパン
""")

# 19 SES production access request: more information needed
add(provider="AWS", lang="en", label="informational", phishing=False, target=1,
    url="https://github.com/alanwsmith/ThisIsHowToCode/blob/0c2e3b3aed7b467c4e28dae55aa07a067fd50842/ThisIsHowToCode-www/content/signing-up-with-mailblast-part-2/email_from_amazon_2.md",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"), to="alan@howtocode-notes.example",
    subject="RE: [CASE 7834016861] SES: Production Access",
    dates={"SEND": dt.datetime(2021, 1, 8, 3, 43, 25, tzinfo=UTC)},
    deadline=None, kind="plain",
    body="""Hello,

Thanks for your interest in Amazon SES. We are reviewing your request and need a
few more details before we can continue:

- What kind of mail you plan to send (transactional, marketing and/or system
  notifications):
- A link to the site or app where recipients opt in to your messages:
- How you intend to use Amazon SES:
- Anything else that supports your request:

We also see that there is no verified identity in the requested region. An
identity is an email address or domain you send from; verification is described
at https://docs.aws.amazon.com/ses/latest/DeveloperGuide/verify-email-addresses

Please reply to this message with the information once a verified identity is
in place. We usually answer within 24 hours; questions back and forth can make
it take longer.

Thank you for contacting Amazon Web Services.

Best regards,
SES Messaging Team, AWS Trust & Safety
Amazon Web Services

To reply, return to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=7834016861
This address cannot receive email.
""")

# 20 AWS security bulletin AWS-2018-013 (speculative execution)
add(provider="AWS", lang="en", label="security-advisory", phishing=False, target=5,
    url="https://aws.amazon.com/security/security-bulletins/AWS-2018-013/",
    frm=("AWS Security Bulletins", "aws-security-bulletins@amazon.com"), to="security@pinecrest-labs.example",
    subject="AWS Security Bulletin AWS-2018-013: Processor Speculative Execution Research Disclosure",
    dates={"SEND": dt.datetime(2018, 1, 3, 22, 15, 0, tzinfo=UTC)},
    deadline=None, kind="plain",
    body="""Bulletin ID: AWS-2018-013
Published: {{SEND|%Y/%m/%d}} 14:15 PST
CVE identifiers: CVE-2017-5715, CVE-2017-5753, CVE-2017-5754

AWS knows of the research published today on side-channel analysis of
speculative execution in modern processors.

Amazon EC2: nearly all instances in the fleet are already protected against the
known threat vectors of these issues. The remaining few will be finished within
hours; where that needs a reboot, the owners receive a separate maintenance
notification. Instance isolation is handled by the hypervisor, and we do not
expect a meaningful performance impact for most workloads.

Guest operating systems: the EC2 updates protect instances from each other, but
processes inside an instance are protected only by the guest kernel. Updated
kernels for Amazon Linux are in the repositories now; apply them with the usual
update tools, and follow your vendor's guidance for other operating systems.

Other services (Lambda, Fargate, RDS, ElastiCache, Elastic Beanstalk and
others) are being updated by AWS and need no action unless stated otherwise.

This bulletin will be updated as more information becomes available. Report
security concerns to aws-security@amazon.com.
""")

# 21 Google Cloud: publicly accessible API key
add(provider="Google Cloud", lang="en", label="security-incident", phishing=False, target=8,
    url="https://github.com/PeteEmpy/petesbrain/blob/00a9c642e4e9b4e51d309d7ab18d3ce80679fefc/roksys/knowledge-base/_inbox/emails/emails/2025-12-22_publicly-accessible-google-api-key-for-petesbrain-.md",
    frm=("Google Cloud Compliance", "noreply-google-cloud-compliance@google.com"), to="peter@rokwell.example",
    subject="Publicly Accessible Google API Key for AdPulse (id: gen-lang-client-0739152840)",
    dates={"SEND": dt.datetime(2025, 12, 22, 8, 1, 8, tzinfo=UTC)},
    deadline=None, kind="alt",
    body="""Google Cloud Platform - Suspicious activity alert

Publicly accessible Google API key for Google Cloud Platform project
AdPulse (id: gen-lang-client-0739152840)

Dear Customer,

We found a Google API key belonging to the project AdPulse
(id: gen-lang-client-0739152840) that anyone can read on the internet:

  API key: AIzaSyEXAMPLE-7hQk2mVr0xTzW4bLp9nC3dEfGa
  Location: https://github.com/rokwell-example/adpulse/blob/main/monitor/channel_watch.py

Some abuse notices are also delivered as log entries; you can review this one
in Cloud Logging from your console.

It looks as though the key was published by mistake, for example by uploading
it to a public code host. As the project owner, keeping keys safe is your
responsibility. We suggest the following:

If the key is meant to be public:
- check the API and billing activity in the console and confirm it is expected;
- add API restrictions to the key where possible.

If the key is not meant to be public:
- regenerate it (Credentials page in the console > edit the key > Regenerate);
- make sure keys are not kept in public repositories or download folders;
- add API restrictions to the key where possible.

Sincerely,
Google Cloud Platform Trust & Safety
""")

# 22 Google Cloud: potential suspicious activity, project suspended, verify in 3 days
add(provider="Google Cloud", lang="en", label="abuse", phishing=False, target=12,
    url="https://www.cbronline.com/news/google-says-sorry-to-cloud",
    frm=("Google Cloud Platform", "google-cloud-compliance@google.com"), to="it@windgrid-monitoring.example",
    subject="Action required: Potential suspicious activity on your Google Cloud Platform account",
    dates={"SEND": dt.datetime(2018, 6, 28, 11, 5, 0, tzinfo=tz(-7))},
    deadline="+3d", kind="plain",
    body="""Dear Google Cloud Platform customer,

Our automated systems have detected potential suspicious activity linked to the
billing account 01A2B3-C4D5E6-F70819 and the projects paid by it, including:

  fleet-dashboard (id: fleet-dashboard-207114)

To protect you and other users, the resources in these projects have been
suspended. App Engine applications, Compute Engine instances and databases in
them are currently not serving.

To restore service, the holder of the payment card on the billing account must
verify their identity by uploading a government-issued photo ID and a picture
of the card through the link in your Cloud Console. Please complete this within
3 days of this notice. If we cannot verify the account in that time, the
suspended projects and their data will be deleted.

If you believe this is a mistake, reply through the appeal form in the console
and tell us how the account is used.

Sincerely,
Google Cloud Platform / API Trust & Safety Team
""")

# 23 Google network (peering) maintenance - HTML only
add(provider="Google Cloud", lang="en", label="maintenance", phishing=False, target=17,
    url="https://github.com/networktocode/circuit-maintenance-parser/blob/develop/tests/unit/data/google/google1.html",
    frm=("Google NOC", "noc-noreply@google.com"), to="peering@northwave-isp.example",
    subject="[Scheduled] Google Planned Network Maintenance Notification - Reference PCR/418507",
    dates={"SEND": dt.datetime(2023, 11, 28, 18, 12, 0, tzinfo=UTC),
           "START": dt.datetime(2023, 12, 5, 20, 55, 0, tzinfo=UTC),
           "END": dt.datetime(2023, 12, 6, 5, 5, 0, tzinfo=UTC)},
    deadline="START", kind="html",
    body="""<div style="font-family: sans-serif;">
<div style="font-weight: bold; font-size: larger;">Google Network Maintenance Notification - Reference PCR/418507</div>
<hr />
<div style="font-size: smaller;">
You get this message as a contact of your organisation in the Google ISP Portal.
Email subscriptions can be changed per user under "Configuration &gt; Contacts".
</div>
<p><b>Details:</b><br />
<b>Start:</b> {{START|%Y-%m-%d %H:%M:%S}} +0000 UTC<br />
<b>End:</b> {{END|%Y-%m-%d %H:%M:%S}} +0000 UTC<br />
<b>Duration:</b> 8h10m0s</p>
<table>
<tr><td><b>Google ASN:</b></td><td>15169</td><td><b>Peer ASN:</b></td><td>64512</td></tr>
<tr><td><b>Google neighbor address:</b></td><td>192.0.2.1</td><td><b>Peer neighbor address:</b></td><td>192.0.2.0</td></tr>
<tr><td><b>Google neighbor address:</b></td><td>2001:db8:41::1</td><td><b>Peer neighbor address:</b></td><td>2001:db8:41::</td></tr>
</table>
<p>Before the work starts, Google will move traffic away from the peering
links being maintained.</p>
<p>Depending on the work, your BGP sessions with Google may stay up during the
window; traffic can shift to other sessions with Google or to your upstream
providers.</p>
<p>Send questions about this event to noc@google.com.</p>
<p>Thank you for peering with Google!</p>
<hr />
<div style="font-size: smaller; color: silver;">This message may contain
confidential information intended only for the named recipients.</div>
</div>
""")

# 24 Google Workspace: Apps Script V8 migration reminder
add(provider="Google Cloud", lang="en", label="action-required", phishing=False, target=21,
    url="https://github.com/PeteEmpy/petesbrain/blob/00a9c642e4e9b4e51d309d7ab18d3ce80679fefc/roksys/knowledge-base/_inbox/emails/emails/2025-10-30_reminder-migrate-your-apps-script-projects-to-v8-r.md",
    frm=("The Google Workspace Team", "workspace-noreply@google.com"), to="admin@rokwell.example",
    subject="[Reminder] Migrate your Apps Script projects to V8 runtime before {{DL|%B %-d, %Y}}",
    dates={"SEND": dt.datetime(2025, 10, 30, 10, 54, 56, tzinfo=UTC),
           "DL": dt.datetime(2026, 1, 31, tzinfo=UTC),
           "PREV1": dt.datetime(2025, 2, 18, tzinfo=UTC),
           "PREV2": dt.datetime(2025, 8, 27, tzinfo=UTC)},
    deadline="DL", kind="alt",
    body="""Plan the move from the Rhino runtime to V8.

Dear administrator,

This is a reminder about a change to Apps Script that affects how some scripts
in your organisation run. The Rhino runtime will be switched off on or after
{{DL|%B %-d, %Y}}. We wrote to you about this on {{PREV1|%B %-d, %Y}} and on
{{PREV2|%B %-d, %Y}}.

What it means for you
New scripts have run on V8 by default for years, but some older projects in
your domain still use Rhino. They need to be moved to V8 by {{DL|%B %-d, %Y}};
projects still on Rhino after that date will no longer run.

V8 brings current JavaScript features and a more stable and secure runtime.

What you need to do
Start the migration as early as you can. The attached CSV lists every project
in your domain that still uses Rhino, and the PDF explains its columns. Share
them with your script owners and follow the "Migrating scripts to the V8
runtime" guide.

If a step in the guide does not work, contact Google Workspace Developer
Support and say which steps you tried.

You have received this mandatory service announcement to update you about
important changes to Google Workspace or your account.
""")

# 25 Google Workspace invoice available
add(provider="Google Cloud", lang="en", label="billing", phishing=False, target=25,
    url="https://github.com/PeteEmpy/petesbrain/blob/00a9c642e4e9b4e51d309d7ab18d3ce80679fefc/roksys/knowledge-base/_inbox/emails/emails/2025-11-01_google-workspace-your-invoice-is-available-for-rok.md",
    frm=("Google Payments", "payments-noreply@google.com"), to="accounts@rokwell.example",
    subject="Google Workspace: Your invoice is available for rokwell.example",
    dates={"SEND": dt.datetime(2025, 11, 1, 19, 3, 26, tzinfo=UTC)},
    deadline=None, kind="alt",
    body="""Google Workspace

Your monthly Google Workspace invoice is ready. The PDF is attached to this
email.

IMPORTANT: the balance will be charged automatically, so you do not need to do
anything.

Domain:              rokwell.example
Name:                Rokwell Systems Ltd
Invoice number:      6204817395
Payments profile ID: 3917-5520-8146

To see your payment history or change how you pay:
1. Sign in to the Admin console at admin.google.com.
2. Open Menu > Billing > Payment accounts.
3. Click the account ID of your Google Workspace subscription.
4. If a red alert is shown at the top of the page, open it to fix problems
   with the payment method or billing contacts.

Your subscriptions and plans are listed on the Subscriptions page of the Admin
console.

Google Cloud EMEA Limited, Velasco, Clanwilliam Place, Dublin 2, Ireland

You have received this mandatory service announcement to update you about
important changes to Google Workspace or your account.
""")

# 26 Google Workspace security suggestions
add(provider="Google Cloud", lang="en", label="informational", phishing=False, target=28,
    url="https://github.com/PeteEmpy/petesbrain/blob/00a9c642e4e9b4e51d309d7ab18d3ce80679fefc/roksys/knowledge-base/_inbox/emails/emails/2025-11-07_regarding-your-account-fix-potential-security-issu_3.md",
    frm=("The Google Workspace Team", "workspace-noreply@google.com"), to="admin@rokwell.example",
    subject="Regarding your account: Fix potential security issues",
    dates={"SEND": dt.datetime(2025, 11, 7, 0, 14, 46, tzinfo=UTC)},
    deadline=None, kind="alt",
    body="""Google Workspace

We found a few gaps in your organisation's security settings

Here are the latest items from our periodic review. Most of them can be fixed
with a few clicks from the Admin console.

  Review & take action: https://admin.google.com/ac/security/health

Items found
- Only some malware and phishing protections are switched on.
- Sensitive data was detected in 143 outgoing files or emails.

Why this matters
Sensitive information shared in the wrong place can lead to costly leaks.

Already in good shape
- App access protections are configured.
- Strong passwords are required and passkey sign-in is allowed.

You are receiving this email because you are an administrator of a Google
Workspace account. Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""")

# 27 Azure API Management management endpoint port change (Japanese)
add(provider="Microsoft Azure", lang="ja", label="action-required", phishing=False, target=6,
    url="https://github.com/jpazpaas/blog/blob/8c5ed9215b4d1b41085996314ec16142a80dcbbb/_posts/2018-03-13-api-management-management-endpoint-port-change.html",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to="cloud-admin@shiosai-net.example",
    subject="[API Management] {{DL|%Y年%-m月%-d日}}に管理エンドポイントのポートが変更されます",
    dates={"SEND": dt.datetime(2018, 3, 13, 10, 0, 0, tzinfo=JST),
           "DL": dt.datetime(2018, 6, 1, tzinfo=JST)},
    deadline="DL", kind="plain",
    body="""Azure をご利用のお客様

API Management サービスのインスタンスを仮想ネットワーク内に展開している
お客様にお知らせいたします。

Azure ポータルおよび PowerShell から利用される管理エンドポイントのポートを、
443 番から 3443 番へ変更します。受信する管理トラフィックをお客様が分離・制御
しやすくするための変更です。

{{DL|%Y年%-m月%-d日}}をもって、管理エンドポイントでの 443 番ポートの利用を終了
します。

■ お客様にお願いしたいこと
{{DL|%Y年%-m月%-d日}}以降も引き続きサービスを問題なくご利用いただくため、
API Management を配置しているサブネットのネットワーク セキュリティ グループ
(NSG) の受信規則で、ポート 3443 への通信を許可してください。

必要なポートの一覧は、API Management の仮想ネットワーク構成に関する
ドキュメントをご確認ください。

ご質問や懸念事項がございましたら、API Management フォーラムまたは
Stack Overflow でお知らせください。

Microsoft Azure
""")

# 28 Azure App Service Service Management APIs retirement (Japanese)
add(provider="Microsoft Azure", lang="ja", label="action-required", phishing=False, target=13,
    url="https://github.com/jpazpaas/blog/blob/8c5ed9215b4d1b41085996314ec16142a80dcbbb/_posts/2018-03-21-appservice-service-management-apis-removal.html",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to="dev-lead@kaede-soft.example",
    subject="Azure App Service の Service Management API が廃止されます",
    dates={"SEND": dt.datetime(2018, 3, 21, 11, 30, 0, tzinfo=JST),
           "DL": dt.datetime(2018, 6, 30, tzinfo=JST)},
    deadline="DL", kind="plain",
    body="""Azure App Service をご利用のお客様

Azure App Service のリソース管理は、今後 Azure Resource Manager 経由でのみ
サポートされます。従来の Azure Service Management API (クラシック API) による
App Service の管理は、{{DL|%Y年%-m月%-d日}}をもってサポートを終了します。

ポータル、REST API、各種 SDK やクライアント ツール、デプロイ用テンプレートを
ご利用の場合は、すでに Resource Manager が使われているため影響はありません。
一方、Service Management API を呼び出す自動化スクリプトをお使いの場合は、
本変更の影響を受けます。

■ 必要な対応
Service Management API を利用しているお客様は、期日までに Resource Manager へ
移行してください。Resource Manager では、宣言型のテンプレートによるデプロイ、
ロールベースのアクセス制御、新機能の API などをご利用いただけます。

■ 認証について
Resource Manager の認証は Azure Active Directory のアプリケーションと
対話型ユーザー アクセスを基本としています。管理証明書を使う自動化を継続する
必要がある場合は、Azure AD アプリケーションに証明書を登録して認証する方法を
ご検討ください。

詳しくは「Azure Service Manager と Azure Resource Manager の違い」の
ドキュメントをご参照ください。

Microsoft Azure
""")

# 29 Azure Web App for Containers: Docker Hub maintenance (Japanese)
add(provider="Microsoft Azure", lang="ja", label="maintenance", phishing=False, target=20,
    url="https://github.com/jpazpaas/blog/blob/8c5ed9215b4d1b41085996314ec16142a80dcbbb/_posts/2018-08-21-webapp-for-containers-docker-hub-maintenance.html",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to="web-ops@tsubaki-media.example",
    subject="Azure Web App for Containers をご利用のお客様へのお知らせ (Docker Hub のメンテナンスについて)",
    dates={"SEND": dt.datetime(2018, 8, 21, 15, 0, 0, tzinfo=JST),
           "START": dt.datetime(2018, 8, 26, 4, 0, 0, tzinfo=JST)},
    deadline="START", kind="plain",
    body="""Azure Web App for Containers をご利用のお客様

カスタム Docker イメージの取得元として Docker Hub を指定しているお客様に、
サービスの稼働に影響する可能性のある情報をお知らせします。

Docker 社より、Docker Hub を含む各サービスで 15 分から 45 分程度の
アップグレード作業を行うとの案内がありました。作業中は Docker Hub への
イメージの Push / Pull ができなくなるため、日本時間
{{START|%Y年%-m月%-d日 (%J) %H:%M}} から一時的にイメージを取得できない状態に
なる可能性があります。

Web App for Containers は、インスタンスの初期化時に Docker イメージを Pull して
コンテナを起動します。イメージを取得できない場合、初期化に失敗したインスタンスに
要求が転送され、HTTP エラーが返されることがあります。

作業時間帯には、次の操作を避けていただくことをお勧めします。
・Web App の再起動、設定変更、スケールアウト
・新しいイメージのデプロイ

なお、App Service on Linux の組み込みランタイム スタックをご利用の場合は
Docker Hub にアクセスしないため、本件の影響はありません。

Microsoft Azure
""")

# 30 Oracle Cloud: idle Always Free instances reclaimed
add(provider="Oracle Cloud", lang="en", label="informational", phishing=False, target=9,
    url="https://althacker.news/item?id=47293621",
    frm=("Oracle Cloud Infrastructure", "oci-noreply@oracle.com"), to="homelab@birchpoint.example",
    subject="Oracle Cloud Infrastructure: idle Always Free compute instances were stopped",
    dates={"SEND": dt.datetime(2026, 3, 10, 16, 22, 0, tzinfo=UTC)},
    deadline=None, kind="plain",
    body="""Oracle Cloud Infrastructure Customer,

As part of reclaiming idle Always Free resources, Oracle Cloud Infrastructure
(OCI) has stopped one or more compute instances in your tenancy.

Tenancy: birchpoint-home
Home region: eu-frankfurt-1
Instance: instance-20250714-2215 (VM.Standard.A1.Flex)

An Always Free instance is treated as idle when, over a 7-day period, its
95th-percentile CPU utilisation, its network utilisation and, for A1 shapes, its
memory utilisation all stay below 20%.

You can start the instance again from the console as long as capacity for its
shape is available in your region. Boot and block volumes are unchanged and
remain available to you.

To keep idle instances from being stopped in the future, you can upgrade your
account to Pay As You Go (PAYG). PAYG accounts are not charged as long as their
usage of all OCI resources stays within the Always Free limits.

Oracle Cloud Infrastructure
""")

# 31 IBM Cloud price changes (announcement Sep 2023, effective Jan 2024)
add(provider="IBM Cloud", lang="en", label="pricing", phishing=False, target=1,
    url="https://github.com/ibm-cloud-docs/overview/blob/6aefcb795d6eb4e3a374efd0106dadbb68a6852e/whats-new/release-notes.md#overview-sep0123",
    frm=("IBM Cloud", "no-reply@cloud.ibm.com"), to="finops@ostrava-data.example",
    subject="IBM Cloud {{EFF|%B %Y}} price changes",
    dates={"SEND": dt.datetime(2023, 9, 1, 14, 55, 0, tzinfo=UTC),
           "EFF": dt.datetime(2024, 1, 1, tzinfo=UTC)},
    deadline="EFF", kind="plain",
    body="""Dear IBM Cloud client,

We are writing to let you know about price changes that affect your IBM Cloud
account 7d41c9e2b05a4f3e8a11c6d29b0f5e37.

Effective {{EFF|%-d %B %Y}}, prices for some IBM Cloud services will increase.
The change covers selected infrastructure (IaaS) and platform (PaaS) offerings,
including location premiums in some multizone regions, as well as a number of
storage and security services.

The full list of affected services, with current and new prices, is published
on the "IBM Cloud pricing updates and adjustments" page in the IBM Cloud
documentation (cloud.ibm.com/docs/overview?topic=overview-price-adjustments).

What this means for you
- Usage on or after {{EFF|%-d %B %Y}} is billed at the new rates.
- You do not need to change anything to keep your services running.

You can estimate your future charges with the cost estimator in the IBM Cloud
console. For questions about your bill, open a billing case from the Support
Center.

Thank you for choosing IBM Cloud.
""")

# 32 IBM Cloud: Symantec VIP 2FA deprecated, migrate by date
add(provider="IBM Cloud", lang="en", label="action-required", phishing=False, target=19,
    url="https://github.com/ibm-cloud-docs/overview/blob/53298da93582531ab422dc8652b303a46f01fa52/whats-new/release-notes.md#overview-oct2423",
    frm=("IBM Cloud", "no-reply@cloud.ibm.com"), to="iam-admin@ostrava-data.example",
    subject="Action required: Symantec VIP 2FA is deprecated - migrate to IBM Cloud MFA by {{DL|%-d %B %Y}}",
    dates={"SEND": dt.datetime(2023, 10, 26, 12, 40, 0, tzinfo=UTC),
           "DL": dt.datetime(2024, 10, 26, tzinfo=UTC)},
    deadline="DL", kind="plain",
    body="""Dear IBM Cloud account administrator,

Symantec VIP as an external two-factor authentication method for IBM Cloud is
deprecated as of {{SEND|%-d %B %Y}}.

Your account 7d41c9e2b05a4f3e8a11c6d29b0f5e37 currently uses Symantec VIP. You
can keep using it, and keep adding subscribers, until {{DL|%-d %B %Y}}. Accounts
that do not use it yet can no longer buy it as of today.

All accounts that use Symantec VIP must move to IBM Cloud MFA by
{{DL|%-d %B %Y}}. IBM Cloud MFA is included at no extra cost and supports
authenticator apps, security keys and email-based one-time codes.

How to migrate
1. In the IBM Cloud console, go to Manage > Access (IAM) > Settings.
2. Choose an IBM Cloud MFA option for all users in the account.
3. Ask your users to enrol their new factor at their next login.
4. Remove the Symantec VIP configuration once every user has enrolled.

The steps are described in "Migrating to IBM Cloud MFA" in the IAM
documentation.

Thank you,
IBM Cloud
""")

# 33 Google Cloud: account management policy improvements
add(provider="Google Cloud", lang="en", label="informational", phishing=False, target=24,
    url="https://www.googblogs.com/improving-our-account-management-policies-to-better-support-customers/",
    frm=("Google Cloud Platform", "CloudPlatform-noreply@google.com"), to="it@windgrid-monitoring.example",
    subject="Improving our account management policies to better support customers",
    dates={"SEND": dt.datetime(2018, 7, 18, 16, 0, 0, tzinfo=tz(-7)),
           "INC": dt.datetime(2018, 6, 28, 12, 0, 0, tzinfo=tz(-7))},
    deadline=None, kind="plain",
    body="""Dear Google Cloud Platform customer,

A customer recently wrote publicly about a project of theirs that was suspended
on {{INC|%B %-d}}. We took the feedback to heart, and we want to tell you what we are
changing so that account reviews are more careful and predictable.

- No automatic fraud-based suspension for established customers on offline
  payment. Customers in good standing with an offline billing contract, invoiced
  billing or an active sales relationship will not be suspended automatically
  on suspicion of fraud.
- Delayed suspension for established online customers. Customers with a payment
  history who follow our terms will get advance notice and 5 days to fix
  problems if fraud or account compromise is detected in their projects.
- Other customers. A second human review will take place before an account
  flagged for fraud is suspended.

We are also limiting who can suspend an account, retraining the teams that
review flagged accounts, re-evaluating the signals used to detect fraud, and
improving how warnings reach the right contacts. Please make sure your billing
and project contacts are up to date.

You do not need to take any action because of this message.

The Google Cloud Platform team
""")

# 34 PHISHING: Azure Monitor callback (TOAD) billing alert - HTML
add(provider="Microsoft Azure", lang="en", label="billing", phishing=True, target=3,
    url="https://ironscales.com/threat-intelligence/azure-toad-payment-scam-false-positive-callback-phishing-1",
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"), to="accounts@coralbyte-iot.example",
    subject="Azure: Activated Severity: 2 Payment Completion Notice-7f3a91d2e0",
    dates={"SEND": dt.datetime(2028, 12, 3, 15, 42, 0, tzinfo=UTC)},
    deadline=None, kind="html",
    body="""<html><body style="font-family: Segoe UI, sans-serif;">
<h2>Your Azure Monitor alert was triggered</h2>
<p>Azure Monitor alert rule <b>Payment Completion Notice-7f3a91d2e0</b> was activated
for <b>pay-7f3a91d2e0</b> at {{SEND|%B %-d, %Y %H:%M}} (UTC).</p>
<table>
<tr><td>Severity</td><td>Sev2</td></tr>
<tr><td>Resource group</td><td>pay-7f3a91d2e0</td></tr>
<tr><td>Monitor condition</td><td>Fired</td></tr>
</table>
<h3>Description</h3>
<p>MICROSOFT CORPORATION - BILLING AND ACCOUNT SECURITY NOTICE<br />
Reference: MS-BLG-58217-QX</p>
<p>A charge that may not have been authorised was found on your account:<br />
Merchant: Windows Defender Advanced Protection<br />
Amount: 459.90 USD<br />
Transaction ID: TX-8842-1CF9-30B<br />
Date: {{SEND|%m/%d/%Y}}</p>
<p>The payment has been put on hold for verification. If you did not make this
purchase, call our billing security desk on +1 (555) 010-4471 or
+1 (555) 010-4472 within 24 hours to cancel it and avoid further charges or a
suspension of your account.</p>
<p><a href="https://portal.azure.com/#blade/Microsoft_Azure_Monitoring/AlertDetails">View the alert in Azure Monitor</a></p>
<p style="font-size: small;">You are receiving this email because you are a member of
the action group linked to this alert rule.<br />
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>
""")

# 35 PHISHING: fake Microsoft account deactivation alert
add(provider="Microsoft 365", lang="en", label="security-incident", phishing=True, target=10,
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-6335.eml",
    frm=("Microsoft account team", "info@optic-frames-outlet.example"), to="r.ortega@brightmail.example",
    subject="Critical Security Alert for Your Account",
    dates={"SEND": dt.datetime(2025, 11, 11, 2, 17, 4, tzinfo=UTC)},
    deadline="+2d", kind="alt",
    body="""Microsoft account notification

Microsoft account
Request to deactivate your account

We received a request to deactivate the Microsoft account
r.ortega@brightmail.example. Deactivation will be completed within 48 hours of
the request.

If you made this request, you do not need to do anything.

If you did not ask for this, or want to keep your account, cancel the request
within that period so you keep access to your mailbox, files and subscriptions
and do not lose any data.

  Cancel deactivation request:
  https://account-verify-center.example/cancel?ref=MSA-60441

Thanks,
The Microsoft account team

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

# 36 PHISHING: fake Google Cloud storage suspension (German)
add(provider="Google Cloud", lang="de", label="billing", phishing=True, target=27,
    url="https://github.com/rf-peixoto/phishing_pot/blob/main/email/sample-7669.eml",
    frm=("☁️ GOOGLE CLOUD ☁️", "no-reply@hey4-b71c2.firebaseapp.example"), to="m.keller@posteo-mail.example",
    subject="⚠️ LETZTER HINWEIS: Dateilöschung geplant ⚠️",
    dates={"SEND": dt.datetime(2026, 3, 20, 12, 17, 26, tzinfo=UTC),
           "FRIST": dt.datetime(2026, 3, 5, tzinfo=UTC)},
    deadline="+0d", kind="alt",
    body="""Google Cloud

Sollte diese Nachricht im Spam-Ordner gelandet sein, markieren Sie sie bitte
als "Kein Spam".

⚠️ Ihr Konto wurde gesperrt.

Ihre hinterlegte Zahlungsmethode ist abgelaufen, deshalb wurden Ihre Dienste
angehalten.

✖ Ihr Cloud-Speicher ist deaktiviert
Die Verlängerung Ihres Abonnements ist fehlgeschlagen. Ohne aktiven Tarif
droht die endgültige Löschung Ihrer Fotos, Videos und Dokumente.

Abonnement
  Tarif:  250 GB
  Dienst: Cloud-Speicher
  Frist:  {{FRIST|%-d. %m. %Y}} ⚠️

⚠️ LETZTE WARNUNG: Wird der Tarif nicht noch heute reaktiviert, entfernen wir
Ihre Dateien von unseren Servern.

  Speicher jetzt reaktivieren: https://storage-renew-portal.example/de/login

Ihr Google Cloud Support-Team © {{SEND|%Y}}
E-Mail-Einstellungen verwalten
""")

# ---------------------------------------------------------------------------

NOTE_LOCALIZED = ["AWS_RISK_CREDENTIALS_EXPOSED/README.md", "cdk-remote-stack/issues/603",
                  "test_health_augment"]
NOTE_DESCRIBED = ["kamal464", "hoihoi1083", "kirodotdev", "Manu-Manera", "stellar-walrus",
                  "nicnocquee", "cbronline", "althacker", "cdk-remote-stack/issues/603"]
NOTE_PAGE = ["AWS_RISK_CREDENTIALS_EXPOSED/README.md", "AWS-2018-013", "price-change-notice",
             "ibm-cloud-docs", "jpazpaas", "googblogs"]
NOTE_CHOSEN = ["1onlyhost", "AWS_RISK_CREDENTIALS_EXPOSED/README.md", "google1.html",
               "althacker", "ironscales", "test_ec2_health_events_filter", "stellar-walrus",
               "popowa"]


PH = re.compile(r"\{\{(\w+)\|([^}]*)\}\}")


def choose_offset(n):
    """Whole weeks that move SEND into December 2028, as close to 'target' as possible."""
    send = n["dates"]["SEND"]
    target = dt.datetime(YEAR, MONTH, n["target"], send.hour, send.minute, send.second,
                         tzinfo=send.tzinfo)
    days = (target - send).days
    best = None
    for k in range(days // 7 - 2, days // 7 + 3):
        s = send + dt.timedelta(days=7 * k)
        if s.year == YEAR and s.month == MONTH:
            dist = abs((s - target).total_seconds())
            if best is None or dist < best[0]:
                best = (dist, k)
    if best is None:
        raise SystemExit("no December offset for " + n["subject"])
    return dt.timedelta(days=7 * best[1])


def render(text, dates):
    return PH.sub(lambda m: fmt(dates[m.group(1)], m.group(2)), text)


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br />\n") for p in esc.split("\n\n")]
    return ("<html><body style=\"font-family: Arial, sans-serif;\">\n<p>"
            + "</p>\n<p>".join(paras) + "</p>\n</body></html>\n")


def build(n, idx):
    off = choose_offset(n)
    sd = {k: v + off for k, v in n["dates"].items()}
    send = sd["SEND"]
    body = render(n["body"], sd)
    subject = render(n["subject"], sd)
    dl = n["deadline"]
    if dl is None:
        deadline = "none"
    elif dl.startswith("+"):
        deadline = (send.date() + dt.timedelta(days=int(dl[1:-1]))).isoformat()
    else:
        deadline = sd[dl].date().isoformat()
    n.update(_send=send, _body=body, _subject=subject, _deadline=deadline, _offset=off)

    msg = EmailMessage()
    msg["From"] = email.utils.formataddr(n["frm"], charset="utf-8")
    msg["To"] = n["to"]
    msg["Subject"] = subject
    msg["Date"] = email.utils.format_datetime(send)
    dom = n["frm"][1].split("@")[1]
    msg["Message-ID"] = "<%s.%04d.%s@%s>" % (send.strftime("%Y%m%d%H%M%S"), idx,
                                             NAME, dom)
    msg["MIME-Version"] = "1.0"
    msg["X-Training-Label"] = n["label"]
    msg["X-Training-Deadline"] = deadline
    if n["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    non_ascii = any(ord(c) > 127 for c in body)
    if n["lang"] in ("ja", "zh"):
        cte = "base64"
    elif non_ascii:
        cte = "quoted-printable"
    else:
        cte = "7bit"
    if n["kind"] == "plain":
        msg.set_content(body, subtype="plain", charset="utf-8", cte=cte)
    elif n["kind"] == "html":
        msg.set_content(body, subtype="html", charset="utf-8",
                        cte="quoted-printable" if cte == "7bit" else cte)
    else:
        msg.set_content(body, subtype="plain", charset="utf-8", cte=cte)
        msg.add_alternative(html_of(body), subtype="html", charset="utf-8",
                            cte="quoted-printable" if cte == "7bit" else cte)
        msg.set_boundary("=_%s_%04d_alt" % (NAME, idx))
    return msg


def write_mbox(msgs):
    out = BytesIO()
    pol = email.policy.default.clone(linesep="\n", max_line_length=200)
    for n, msg in msgs:
        out.write(("From MAILER-DAEMON %s\n" % n["_send"].astimezone(UTC)
                   .strftime("%a %b %d %H:%M:%S %Y")).encode())
        buf = BytesIO()
        ascii_hdrs = all(ord(c) < 128 for k, v in msg.items() for c in str(v))
        # long ASCII headers stay on one line; encoded words are kept <= 75 chars
        use = pol if ascii_hdrs else pol.clone(max_line_length=76)
        BytesGenerator(buf, mangle_from_=True, policy=use).flatten(msg)
        data = buf.getvalue()
        if not data.endswith(b"\n"):
            data += b"\n"
        out.write(data + b"\n")
    with open(MBOX, "wb") as f:
        f.write(out.getvalue())


def text_of(m):
    if m.get_content_maintype() == "multipart":
        part = m.get_body(preferencelist=("plain", "html"))
    else:
        part = m
    return part.get_content()


def check(msgs):
    problems = []
    box = mailbox.mbox(MBOX, factory=lambda f: email.message_from_binary_file(
        f, policy=email.policy.default), create=False)
    got = list(box)
    if len(got) != len(msgs):
        problems.append("mbox holds %d messages, expected %d" % (len(got), len(msgs)))
    counts = {l: 0 for l in LABELS}
    phish = 0
    langs = {}
    for (n, _), m in zip(msgs, got):
        tag = "#%d %s" % (n["_idx"], n["_subject"][:40])
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type"):
            if m[h] is None:
                problems.append(tag + ": missing " + h)
        lab = str(m["X-Training-Label"])
        if lab not in LABELS:
            problems.append(tag + ": unknown label " + lab)
        dlh = str(m["X-Training-Deadline"])
        date = email.utils.parsedate_to_datetime(str(m["Date"]))
        if date != n["_send"]:
            problems.append(tag + ": Date differs")
        if date.year != YEAR or date.month != MONTH:
            problems.append(tag + ": Date not in December 2028")
        if dlh != "none":
            try:
                d = dt.date.fromisoformat(dlh)
            except ValueError:
                problems.append(tag + ": bad deadline " + dlh)
            else:
                if d < date.date():
                    problems.append(tag + ": deadline before Date")
        if dlh != n["_deadline"] or lab != n["label"]:
            problems.append(tag + ": labels differ")
        if str(m["Subject"]).strip() != n["_subject"]:
            problems.append(tag + ": subject differs")
        is_ph = str(m.get("X-Training-Phishing", "")) == "yes"
        if is_ph != n["phishing"]:
            problems.append(tag + ": phishing flag differs")
        body = text_of(m).replace("\r\n", "\n")
        body = re.sub(r"(?m)^>From ", "From ", body)
        want = n["_body"] if n["kind"] != "html" else n["_body"]
        if body.strip() != want.strip():
            problems.append(tag + ": body differs")
        lines = len(n["_body"].strip().splitlines())
        if not 8 <= lines <= 40:
            problems.append(tag + ": body has %d lines" % lines)
        if "{{" in body or "{{" in str(m["Subject"]):
            problems.append(tag + ": unfilled placeholder")
        if is_ph:
            phish += 1
        else:
            counts[lab] += 1
        langs[n["lang"]] = langs.get(n["lang"], 0) + 1
        # transfer encodings
        for part in m.walk():
            if part.get_content_maintype() == "multipart":
                continue
            cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
            if n["lang"] == "ja" and cte != "base64":
                problems.append(tag + ": Japanese part not base64")
    mins = {"action-required": 6, "maintenance": 3, "pricing": 2, "billing": 2,
            "informational": 3, "security-advisory": 1}
    if counts["abuse"] + counts["security-incident"] < 11:
        problems.append("fewer than 11 critical notices")
    for k, v in mins.items():
        if counts[k] < v:
            problems.append("too few %s: %d" % (k, counts[k]))
    if phish != 3:
        problems.append("phishing count %d != 3" % phish)
    if len(msgs) != 36:
        problems.append("batch has %d notices, expected 36" % len(msgs))
    if langs.get("ja", 0) < 5:
        problems.append("fewer than 5 Japanese notices")
    urls = [n["url"] for n, _ in msgs]
    if len(set(urls)) != len(urls):
        problems.append("duplicate source URL")
    return problems, counts, phish, langs


def write_readme(msgs, counts, phish, langs):
    prov = {}
    for n, _ in msgs:
        prov[n["provider"]] = prov.get(n["provider"], 0) + 1
    L = []
    L.append("# Validation batch g45 (December 2028)")
    L.append("")
    L.append("36 labelled e-mail notices from Amazon Web Services (including AWS Japan in")
    L.append("Japanese) and other large clouds (Google Cloud / Workspace, Microsoft Azure /")
    L.append("Microsoft 365, Oracle Cloud, IBM Cloud), plus 3 phishing mails that impersonate")
    L.append("them. Each notice follows one public original (URL in the table), rewritten,")
    L.append("with invented identifiers and `.example` customer domains, and moved into")
    L.append("December 2028 by a whole number of weeks (weekday kept, intervals kept).")
    L.append("")
    L.append("Generated by `set_g45.py` (standard library only); it writes `set-g45.mbox`,")
    L.append("this file and `used-sources.txt`, re-reads the mbox and checks it.")
    L.append("")
    L.append("## Counts")
    L.append("")
    L.append("| label | notices (phishing excluded) |")
    L.append("| --- | --- |")
    for l in LABELS:
        L.append("| %s | %d |" % (l, counts[l]))
    L.append("| phishing (any label) | %d |" % phish)
    L.append("| critical (abuse + security-incident) | %d |" %
             (counts["abuse"] + counts["security-incident"]))
    L.append("")
    L.append("Providers: " + ", ".join("%s %d" % kv for kv in sorted(prov.items())))
    L.append("")
    L.append("Languages: " + ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    L.append("")
    L.append("## Notices")
    L.append("")
    L.append("| # | label | deadline | provider | phishing | language | original |")
    L.append("| --- | --- | --- | --- | --- | --- | --- |")
    for n, _ in msgs:
        L.append("| %d | %s | %s | %s | %s | %s | %s |" % (
            n["_idx"], n["label"], n["_deadline"], n["provider"],
            "yes" if n["phishing"] else "no", n["lang"], n["url"]))
    L.append("")
    L.append("## Notes")
    L.append("")

    def nums(keys):
        out = []
        for n, _ in msgs:
            if any(k in n["url"] for k in keys):
                out.append("#%d" % n["_idx"])
        return ", ".join(out)

    L.append("- Japanese AWS notices %s are written as the Japanese-language versions AWS" %
             nums(NOTE_LOCALIZED))
    L.append("  sends to accounts with a Japanese language preference; their originals are")
    L.append("  English (AWS Health event text, an AWS page, or a quoted notice).")
    L.append("- Originals %s are public write-ups (incident notes, replies to" %
             nums(NOTE_DESCRIBED))
    L.append("  the provider, news) that quote or describe the provider mail rather than")
    L.append("  reproduce it in full; the notice keeps what they state (kind, product,")
    L.append("  restrictions, dates) in the provider's usual form.")
    L.append("- Originals %s are provider pages (bulletins, release notes," %
             nums(NOTE_PAGE))
    L.append("  announcements, support-blog posts) rendered as the mail the provider sends.")
    L.append("- The send date of %s was not stated in the original and was chosen;" %
             nums(NOTE_CHOSEN))
    L.append("  all other dates keep the original intervals.")
    with open(README, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    msgs = []
    for i, n in enumerate(N, 1):
        n["_idx"] = i
        msgs.append((n, build(n, i)))
    msgs.sort(key=lambda x: x[0]["_send"])
    for i, (n, _) in enumerate(msgs, 1):
        n["_idx"] = i
    # rebuild so Message-IDs follow final order
    msgs = [(n, build(n, n["_idx"])) for n, _ in msgs]
    write_mbox(msgs)
    problems, counts, phish, langs = check(msgs)
    write_readme(msgs, counts, phish, langs)
    with open(USED, "w") as f:
        for n, _ in msgs:
            f.write(n["url"] + "\n")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
