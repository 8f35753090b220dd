#!/usr/bin/env python3
"""Build set-g12.mbox: 40 labelled cloud-provider notices (validation batch g12).

Standard library only, deterministic. Writes the mbox, re-reads it with
mailbox.mbox, checks the format rules of the brief and exits 1 on any problem.
"""
import datetime as dt
import email.utils
import hashlib
import mailbox
import os
import re
import sys
import time
from email.header import Header
from email.message import EmailMessage
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(OUT, "set-g12.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}

# notices 1-20 (AWS)
M = []
def add(**k): M.append(k)

add(n=1, src="https://github.com/thoughtbot/terraform-aws-ses-smtp-credentials/issues/20",
 provider="AWS", label="action-required", orig="2024-04-24", day=6, deadline="2024-10-14",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="cloud-owner@tidewater-dev.example",
 subj="[Action Required] AWS Lambda end of support for Python 3.8 [AWS Account: 481136702259]",
 body="""Hello,

[Reminders about this communication may be repeated by AWS Health while affected resources remain in place.]

Our records show that your AWS Account has at least one AWS Lambda function configured with the Python 3.8 runtime.

Lambda support for Python 3.8 ends on [[2024-10-14]], in line with the upstream end of life of Python 3.8 scheduled for October of this year [1].

Under the Lambda runtime support policy [2], the deprecation happens in steps:
- From [[2024-10-14]], the Python 3.8 runtime stops receiving security patches and other updates, functions on it are no longer covered by technical support, and the runtime disappears from the console (CloudFormation, the AWS CLI and AWS SAM can still create and update such functions).
- From [[2025-02-28]], new functions can no longer be created with Python 3.8.
- From [[2025-03-31]], existing Python 3.8 functions can no longer be updated.

Please move your Python 3.8 functions to the newest Python runtime available in Lambda before [[2024-10-14]].

Invocations are not affected by the end of support; your functions keep running, but on a runtime that the Lambda team no longer maintains.

The affected functions are shown on the 'Affected resources' tab of your AWS Health Dashboard.

[1] https://devguide.python.org/versions/
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

Sincerely,
Amazon Web Services
""")

add(n=2, src="https://github.com/SummitRoute/aws_breaking_changes/issues/27",
 provider="AWS", label="action-required", orig="2019-10-18", day=3, deadline="2020-01-06",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="ops@saltmarsh-labs.example",
 subj="AWS Lambda: Node.js 8.10 end of life [AWS Account 730519884216]",
 body="""Hello,

Your AWS Account 730519884216 has one or more Lambda functions that still use Node.js 8.10, a release line that reaches end of life at the close of [[2019-12-31|%Y]].

> What is changing?

The Node.js project stops all support for Node.js 8.x on [[2019-12-31]] [1]. After that day the line gets no bug fixes, security fixes or performance work. Runtimes whose language version has reached end of life are deprecated in AWS Lambda [2], and Node.js 8.10 will be retired in two phases:

1. Function creation blocked - starting [[2020-01-06]], Node.js 8.10 can no longer be chosen for new functions.
2. Function update blocked - starting [[2020-02-03]], functions on Node.js 8.10 can no longer be updated.

Once both phases are complete, creating and updating stay disabled for good. Existing Node.js 8.10 functions will still process invocations.

> What should I do?

Please move your Node.js 8.10 functions to Node.js 10.x [3], and test them against the new language version before changing your production functions.

[1] https://github.com/nodejs/Release
[2] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html
[3] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

Sincerely,
Amazon Web Services
""")

add(n=3, src="https://github.com/aws-samples/aws-fault-injection-simulator-workshop-v2/issues/177",
 provider="AWS", label="action-required", orig="2025-09-02", day=9, deadline="2026-02-28",
 frm="AWS Health <health@aws.com>", to="platform@quillfeather.example",
 subj="[Action Required] Amazon Aurora PostgreSQL 13 end of standard support [AWS Account: 206648301957] [US-EAST-1]",
 body="""Hello,

You have at least one Amazon Aurora PostgreSQL DB instance on major version 13 that needs attention.

The PostgreSQL community retires version 13 in November [[2025-11-13|%Y]] [1]; after that it receives no bug or security fixes. Following that timeline, Aurora PostgreSQL 13 leaves standard support on [[2026-02-28]].

If you must keep running version 13 after that date, it stays available under Amazon RDS Extended Support [2]. Extended Support is billed separately [3] and gives you up to three more years to move to a newer major version, during which Aurora ships critical security and bug fixes for the instance and the engine [4].

To estimate what Extended Support would cost you, use the AWS Pricing Calculator [5]. To avoid those charges, upgrade your Aurora PostgreSQL 13 instances before [[2026-03-01]].

We recommend upgrading to a newer major version such as Aurora PostgreSQL 16 before standard support ends.

Your affected instances appear in the 'Affected resources' tab of the AWS Health Dashboard.

[1] https://www.postgresql.org/support/versioning/
[2] https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html
[3] https://aws.amazon.com/rds/aurora/pricing/
[4] https://docs.aws.amazon.com/AmazonRDS/latest/AuroraPostgreSQLReleaseNotes/
[5] https://calculator.aws/

Sincerely,
Amazon Web Services
""")

add(n=4, src="https://github.com/sudheermanubolu/librechat-cdk/issues/11",
 provider="AWS", label="action-required", orig="2025-07-15", day=14, deadline="2025-09-30",
 frm="AWS Health <health@aws.com>", to="infra-alerts@brightkettle.example",
 subj="[Action Required] Upgrade Aurora PostgreSQL versions before EOS on [[2025-09-30]] [AWS Account: 559203871146]",
 body="""Hello,

Standard support for Amazon Aurora PostgreSQL minor versions 13.11, 13.12, 13.13, 14.8, 14.9, 14.10, 15.3, 15.4 and 15.5 ends on [[2025-09-30]].

Newer minor versions of Aurora PostgreSQL-Compatible Edition are available, and your DB clusters on the versions above need to be upgraded. From [[2025-09-30]] you will not be able to create new clusters on those minor versions.

Recommended minimum targets:
  * 13.11, 13.12, 13.13  ->  13.18
  * 14.8, 14.9, 14.10    ->  14.15
  * 15.3, 15.4, 15.5     ->  15.10

The clusters concerned in your account are listed on the 'Affected resources' tab of the AWS Health Dashboard.

Please plan the upgrade in a window that suits your workload; we suggest testing it on a copy of the cluster first.

Sincerely,
Amazon Web Services
""")

add(n=5, src="https://github.com/CredentialEngine/CredentialRegistry/issues/844",
 provider="AWS", label="action-required", orig="2025-06-25", day=20, deadline="2026-02-28",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="dbadmin@lanternfield.example",
 subj="Amazon RDS for PostgreSQL 13 reaching end of standard support on [[2026-02-28]] [AWS Account: 318740562093]",
 body="""Hello,

This message concerns Amazon RDS for PostgreSQL DB instances in your account that run major version 13.

Community support for PostgreSQL 13 finishes in November [[2025-11-13|%Y]]; there will be no bug fixes or security patches after that. RDS for PostgreSQL 13 therefore reaches the end of standard support on [[2026-02-28]].

What we recommend
- Upgrade the affected RDS for PostgreSQL 13 instances to a newer major version, for example PostgreSQL 16 or later, before [[2026-02-28]].
- Delete any of these instances that are no longer in use.

Instances still on version 13 after that date will be enrolled in RDS Extended Support, which carries an additional charge.

The instances affected are listed in the AWS Health Dashboard under 'Affected resources'.

Sincerely,
Amazon Web Services
""")

add(n=6, src="https://github.com/ustaxcourt/ef-cms/issues/9036",
 provider="AWS", label="action-required", orig="2025-08-04", day=2, deadline="2025-09-30",
 frm="AWS Health <health@aws.com>", to="devex@courtdocket.example",
 subj="Amazon Aurora PostgreSQL minor versions reaching end of standard support [AWS Account: 604417923385] [US-EAST-1]",
 body="""Hello,

Aurora PostgreSQL minor versions 13.11-13.13, 14.8-14.10 and 15.3-15.5 leave standard support on [[2025-09-30]]. Newer minor versions of Amazon Aurora PostgreSQL-Compatible Edition are available, and one or more of your DB clusters must be upgraded to one of them.

The newer releases carry fixes that improve how your Aurora PostgreSQL instances and workloads run. Clusters on the versions above can no longer be created after [[2025-09-30]].

Please move, as soon as it is convenient, to at least the recommended minimum minor version:
   * 13.11 / 13.12 / 13.13 : upgrade to 13.18 or later
   * 14.8 / 14.9 / 14.10   : upgrade to 14.15 or later
   * 15.3 / 15.4 / 15.5    : upgrade to 15.10 or later

Clusters that are not upgraded by then will be upgraded by Aurora during a later maintenance window.

Your affected clusters are shown on the 'Affected resources' tab of the AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

add(n=7, src="https://github.com/awslabs/amazon-eks-ami/issues/2545",
 provider="AWS", label="action-required", orig="2025-12-01", day=11, deadline="2025-11-26",
 frm="AWS Health <health@aws.com>", to="k8s-team@orchardlane.example",
 subj="[Action Required] Amazon EKS optimized Amazon Linux 2 AMIs have reached end of support [AWS Account: 887120449316]",
 body="""Hello,

As of [[2025-11-26]], the Amazon Linux 2 (AL2) based Amazon EKS optimized AMIs are no longer supported.

What happens next
- The last official AL2-based EKS AMIs will be published during the week beginning [[2025-12-08]].
- After that release, AL2-specific build logic is removed from the main branch of the amazon-eks-ami project. A snapshot is kept on an 'al2' branch so that you can keep patching your own custom images until Amazon Linux 2 itself reaches end of support. Changes to that branch are reviewed on a best-effort basis only, and no new features will be added.

What you should do
Move your EKS node groups to Amazon Linux 2023 based AMIs (or Bottlerocket). The EKS AMI deprecation FAQs and the EKS AL2023 user guide describe how to plan the migration.

You receive this message because one or more node groups in your account still launch AL2-based EKS AMIs. See the 'Affected resources' tab of the AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

add(n=8, src="https://github.com/guardian/dotcom-rendering/issues/14463",
 provider="AWS", label="action-required", orig="2025-09-01", day=1, deadline="2025-09-01",
 frm="AWS Health <health@aws.com>", to="webplatform@newsprint-house.example",
 subj="[Action Required] AWS Lambda end of support for Node.js 18 [AWS Account: 742209663518] [EU-WEST-1]",
 body="""Hello,

AWS Lambda ends support for the Node.js 18 runtime on [[2025-09-01]]. The Node.js project itself ended support for version 18 on [[2025-04-30]] [1].

Your functions will not stop working when support ends - invocations continue as before. They will, however, run on a runtime that the AWS Lambda team no longer patches or maintains.

The following function in your account still uses nodejs18.x:
  homepage-snapshot

Please update it to a supported Node.js runtime (for example Node.js 22) as soon as possible.

[1] https://github.com/nodejs/Release

Sincerely,
Amazon Web Services
""")
add(n=9, src="https://github.com/ccruz0/crypto-2.0/blob/main/docs/incidents/2025-12-10_aws_abuse_report.md",
 provider="AWS", label="abuse", orig="2025-12-11", day=16, deadline="none",
 frm="AWS Trust & Safety <trustandsafety@support.aws.com>", to="security@hilltop-trading.example",
 subj="Your AWS Abuse Report [10475522918-3] [AWS ID 519926144703]",
 body="""Hello,

AWS has received a report that a resource in your account was involved in activity that resembles active scanning of remote hosts without authorization. Activity of this kind is not allowed under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/).

Reported resource:
  AWS ID:            519926144703
  Region:            ap-southeast-1
  EC2 Instance:      i-0c4f1a9e27d83b605
  Network interface: eni-0a93d6e21c7f48b2d
  Public IP:         203.0.113.87

Reported activity:
  Type:         Outbound active scanning
  Destination:  198.51.100.23
  Window:       [[2025-12-10|%Y-%m-%d]] 16:50 - 17:00 (+01:00)

Please investigate, stop the activity, and reply to this email describing what you found and the corrective steps you took. If you believe the traffic is legitimate, reply with details of your use case.

If you did not expect this traffic, your instance or application may have been compromised, or a configuration may be letting it connect to destinations you did not intend.

Regards,
AWS Trust & Safety
Case 10475522918-3
""")

add(n=10, src="https://github.com/umans-tech/issue-solver-bots/blob/main/docs/incidents/2025-12-26-aws-access-key-exposure-knowledge-blob-user-postmortem.md",
 provider="AWS", label="security-incident", orig="2025-12-26", day=18, deadline="none",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="founders@meridianbots.example",
 subj="[Action Required] Your AWS account 604118273390 may be compromised",
 body="""Hello,

We have detected activity indicating that an AWS access key in your account may have been exposed and is being used by someone other than you.

  Access key:   AKIAEXAMPLE7KBLOBU2Q
  IAM user:     docs-store-user
  First event:  GetCallerIdentity at [[2025-12-26|%Y-%m-%d]] 02:01:09 UTC
  Source IP:    198.51.100.146

To protect your account, we have attached the AWSCompromisedKeyQuarantineV3 managed policy to the IAM user above. This limits some actions but does not make the key safe to keep using.

Please take the following steps now:
1. Rotate the exposed key: create a new key, update the applications that use it, then deactivate and delete the old key.
2. Review AWS CloudTrail for calls made with this key, in every Region, and remove any resources or IAM entities you did not create.
3. Check your bill and Cost Explorer for usage you do not recognise.
4. Reply to the support case opened on your account once these steps are complete.

For guidance, see "What do I do if I notice unauthorized activity in my AWS account?" in the AWS Knowledge Center.

Sincerely,
Amazon Web Services
""")

add(n=11, src="https://github.com/umans-tech/issue-solver-bots/blob/main/docs/incidents/2026-01-08-suspicious-use-preview-iam-access-key-pr-323.md",
 provider="AWS", label="security-incident", orig="2026-01-08", day=22, deadline="none",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="founders@meridianbots.example",
 subj="Irregular activity in your AWS account: 604118273390 [Case 177086912600418]",
 body="""Hello,

We observed an API call in your AWS account that does not match your usual activity and may mean that one of your access keys is in the hands of a third party.

  Access key:  AKIAEXAMPLEPR118QZT
  IAM user:    docs-store-user-pr-118
  Event:       ec2:ImportKeyPair
  Time:        [[2026-01-08|%Y-%m-%d]]T14:55:39Z
  Source IP:   203.0.113.67

A support case (177086912600418) has been opened for this event.

Please:
- Check whether this call was made by you. If it was not, treat the key as compromised: deactivate and delete it, and issue new credentials to the workloads that need them.
- Search CloudTrail in all Regions for other calls made with this access key and clean up anything you did not create.
- Reply to the support case with what you found and the actions you took, so that we can close it.

Sincerely,
Amazon Web Services
""")

add(n=12, src="https://github.com/williamcjrogers/VeriCaseJet/blob/main/SECURITY_INCIDENT_RESPONSE.md",
 provider="AWS", label="security-incident", orig="2025-12-27", day=24, deadline="none",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="admin@verisure-legal.example",
 subj="[Action Required] Your AWS Access Key is Exposed for AWS Account 735201186094 - Case 175530418826109",
 body="""Dear AWS Customer,

We became aware that the access key below, which belongs to your AWS account, together with its secret key, is available on a public website:

  Account:     735201186094
  IAM user:    DocsAdmin-ops
  Access key:  AKIAEXAMPLEXU6CVBQA
  Found at:    https://github.com/casedocs-example/casedocs/blob/76b6ee8/.kilocode/mcp.json

Publicly posted keys put your account at risk of unauthorized use and unexpected charges, and posting them conflicts with the AWS Customer Agreement.

As a precaution we have attached the AWSCompromisedKeyQuarantineV3 policy to the IAM user. The quarantine restricts some actions; it does not secure the account on its own.

Please complete these steps:
STEP 1 - Rotate the key: create a replacement, move your applications to it, then delete the exposed key.
STEP 2 - Review CloudTrail for activity by this user that you did not perform.
STEP 3 - Review every Region for resources you did not launch (EC2 instances, Spot requests, Lambda functions, IAM users and roles) and delete them; check the Billing console for unusual charges.
STEP 4 - When the account is clean, detach the quarantine policy and reply to this case.

Sincerely,
Amazon Web Services
""")

add(n=13, src="https://gefyra.co/doing-could-shutdown-your-website-aws-abuse-report/",
 provider="AWS", label="abuse", orig="2021-03-15", day=27, deadline="none",
 frm="AWS Trust & Safety <ec2-abuse@amazon.com>", to="me@gefyra-personal.example",
 subj="Your Amazon EC2 Abuse Report [56120987] [AWS ID 270981465532]",
 body="""Hello,

We have received a report that your AWS resource

  AWS ID: 270981465532   Region: ap-southeast-1   EC2 Instance Id: i-08b1d7e44a92c0f31 [198.51.100.201]

has been implicated in sending unsolicited bulk email (spam) and in hosting pages linked from those messages. This is not permitted under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/). The original complaint is attached below.

Because the activity was ongoing, we have blocked inbound web traffic (TCP 80 and 443) to this instance. Administrative access remains available so that you can investigate.

Please:
- remove the offending content and stop the mail from being sent,
- find how it got onto the server (outdated CMS, plugins or credentials are common causes),
- reply to this email with the corrective action taken.

If you believe the report is mistaken, reply with details of your use case.

Regards,
AWS Trust & Safety

--- original report ---
Source: 198.51.100.201
Type: spam / phishing landing page
Received: [[2021-03-15|%Y-%m-%d]] 04:12 UTC
""")

add(n=14, src="https://github.com/numstro/meet/blob/main/AWS_SES_PRODUCTION_ACCESS_RESPONSE.md",
 provider="AWS", label="informational", orig="2025-11-14", day=7, deadline="none",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="hello@pollmeet.example",
 subj="[CASE 174902267351188] SES: Production Access - more information needed",
 body="""Hello,

Thank you for requesting production access for Amazon SES in US East (Ohio). Before we can review the request we need to understand how you send email.

Please reply to this case with:
- a description of your use case and the kind of messages you send,
- how you collect recipient addresses and keep your lists current,
- how often you send and the volume you expect,
- how you handle bounces, complaints and unsubscribe requests,
- an example of the message content, if possible.

Requests without this information cannot be approved. Until a decision is made, your account stays in the SES sandbox: you can only send to verified identities, up to 200 messages per day.

You can add your reply from the Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId=174902267351188

Best regards,
Amazon Web Services
""")

add(n=15, src="https://github.com/lingrino/infra-personal/pull/3005",
 provider="AWS", label="billing", orig="2026-09-03", day=19, deadline="none",
 frm="AWS Budgets <no-reply@budgets.amazonaws.com>", to="aws-root@lindgren-home.example",
 subj="AWS Budgets: high has exceeded your alert threshold",
 body="""AWS Budget Notification [[2026-09-03]]
AWS Account 119204557631

Dear AWS Customer,

You asked to be notified when the forecasted cost for your budget "high" goes above 100% of the budgeted amount. The forecast has now passed that threshold.

Budget Name:         high
Budget Type:         Cost
Budgeted Amount:     $15.00
Alert Type:          FORECASTED
Alert Threshold:     > $15.00 (100%)
FORECASTED Amount:   $18.42

Go to the AWS Budgets dashboard to review this budget and the services driving the forecast:
https://console.aws.amazon.com/billing/home#/budgets
""")

add(n=16, src="https://dev.classmethod.jp/articles/amazon-linux-2-eol-202506/",
 provider="AWS", label="informational", orig="2022-12-22", day=8, deadline="2025-06-30",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="infra@sakuragi-soft.example",
 subj="【お知らせ】Amazon Linux 2 のサポート終了日 (EOL) 延長について",
 body="""AWS をご利用いただきありがとうございます。

Amazon Linux 2 の標準サポート終了日 (End of Life) を変更いたしましたのでお知らせいたします。

■ 変更内容
　変更前: [[2024-06-30|ja]]
　変更後: [[2025-06-30|ja]]

■ 背景
お客様が Amazon Linux 2023 への移行計画を立て、検証を進めるための期間を確保することを目的として、サポート期間を 1 年延長いたしました。延長期間中も、Amazon Linux 2 に対するセキュリティ更新とバグ修正は引き続き提供されます。

■ お客様へのお願い
現時点でお客様に必要な作業はございません。ただし、延長後の終了日までに Amazon Linux 2023 への移行を完了できるよう、計画的なご準備をお勧めいたします。

詳しくは「Amazon Linux 2 よくある質問」ページをご覧ください。
https://aws.amazon.com/jp/amazon-linux-2/faqs/

※ 日本語版の FAQ ページは更新に時間がかかる場合があります。最新の情報は英語版をご確認ください。

アマゾン ウェブ サービス ジャパン合同会社
""")

add(n=17, src="https://github.com/nikosheng/aws-health-abuse-sns-notification",
 provider="AWS", label="abuse", orig="2020-11-10", day=13, deadline="none",
 frm="AWS Health <no-reply-aws@amazon.com>", to="media-ops@bluekite-video.example",
 subj="AWS Health Event: AWS_ABUSE_COPYRIGHT_DMCA_REPORT [AWS Account: 845502219377]",
 body="""Hello,

AWS has received a notice under the Digital Millennium Copyright Act (DMCA) concerning content served from your account.

  Service:     Amazon CloudFront / Amazon S3
  Region:      Global
  Resource:    d1exampleabcd.cloudfront.net (origin bucket: bluekite-vod-origin)
  Reported URL: https://d1exampleabcd.cloudfront.net/titles/ep-0417.mp4
  Received:    [[2020-11-10|%Y-%m-%d]] 09:26 UTC

The complainant states that they own the rights to this material and did not authorize its distribution. Hosting content that infringes the rights of others is not permitted under the AWS Acceptable Use Policy.

Please remove or disable access to the reported content and reply to the related abuse case within 24 hours, explaining the action you took. If you believe the content is lawfully distributed, reply with supporting details (for example, licensing information) instead.

If we do not hear from you, AWS may block access to the reported resources.

The full notice is available in the AWS Health Dashboard under 'Other notifications'.

Sincerely,
Amazon Web Services
""")

add(n=18, src="https://github.com/hwdsl2/setup-ipsec-vpn/pull/1555",
 provider="AWS", label="action-required", orig="2024-04-22", day=4, deadline="2024-10-14",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="vpn-admin@harbourline.example",
 subj="[Action Required] AWS Lambda end of support for Python 3.8",
 body="""Hello,

Your AWS Account runs one or more AWS Lambda functions on the Python 3.8 runtime. These were identified in the us-east-1 Region.

Lambda ends support for Python 3.8 on [[2024-10-14]], ahead of the upstream end of life for Python 3.8 in October [[2024-10-14|%Y]].

Timeline
  [[2024-10-14]]  - no more security patches or updates for the runtime; no technical support; runtime no longer offered in the console
  [[2025-02-28]] - creating new Python 3.8 functions is blocked
  [[2025-03-31]]  - updating existing Python 3.8 functions is blocked

Until those later dates you can still create and update Python 3.8 functions with AWS CloudFormation, the AWS CLI or AWS SAM.

We recommend upgrading your Python 3.8 functions to the latest Python runtime before [[2024-10-14]]. Your functions keep running after that date, but on an unpatched runtime.

This notice covers the $LATEST version of each function. To find them, run:
aws lambda list-functions --function-version ALL --region us-east-1 --output text --query "Functions[?Runtime=='python3.8'].FunctionArn"

Sincerely,
Amazon Web Services
""")

add(n=19, src="https://github.com/aws/containers-roadmap/issues/1253",
 provider="AWS", label="action-required", orig="2021-02-02", day=10, deadline="2021-05-03",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="eks-owners@cobaltmill.example",
 subj="Amazon EKS: Kubernetes version 1.15 end of support on [[2021-05-03]] [AWS Account 391207765014]",
 body="""Hello,

You have one or more Amazon EKS clusters on Kubernetes version 1.15.

Amazon EKS stops supporting Kubernetes 1.15 on [[2021-05-03]]. From that day:
- you can no longer create clusters on 1.15;
- existing 1.15 clusters will be updated by Amazon EKS to the latest platform version of Kubernetes 1.16, rolled out gradually after the end of support date.

We recommend upgrading your 1.15 control planes and worker nodes to 1.16 or later as soon as you can. Version 1.16 removes several deprecated APIs, so please review the 1.16 update prerequisites before you start.

Learn more:
- Amazon EKS Kubernetes versions: https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
- Updating a cluster: https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html

Sincerely,
Amazon Web Services
""")

add(n=20, src="https://github.com/aws-samples/orthanc-cdk-deployment/issues/14",
 provider="AWS", label="pricing", orig="2024-01-10", day=15, deadline="2024-03-01",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="imaging-it@northgate-clinic.example",
 subj="Amazon RDS Extended Support charges for PostgreSQL 11 begin on [[2024-03-01]] [AWS Account: 662014839127]",
 body="""Hello,

You have Amazon RDS for PostgreSQL DB instances running major version 11, which reaches the end of RDS standard support on [[2024-02-29]].

Instances that are still on PostgreSQL 11 after that date are automatically enrolled in Amazon RDS Extended Support. Extended Support is a paid offering: from [[2024-03-01]], each enrolled instance is charged an additional per-vCPU-hour fee on top of your existing instance, storage and backup charges. The fee rises after the first two years of Extended Support.

Current Extended Support prices are listed on the Amazon RDS for PostgreSQL pricing page: https://aws.amazon.com/rds/postgresql/pricing/

To avoid these charges, upgrade the affected instances to PostgreSQL 15 or later before [[2024-03-01]].

Affected instances in your account:
  orthanc-db (us-east-1, db.t3.medium, PostgreSQL 11.22)

Sincerely,
Amazon Web Services
""")
add(n=21, src="https://github.com/mui/mui-public/issues/427",
 provider="AWS", label="action-required", orig="2025-07-29", day=21, deadline="2026-07-31",
 frm="AWS Health <health@aws.com>", to="support-infra@gridcraft.example",
 subj="[Action Required] Amazon RDS for MySQL 8.0 end of standard support on [[2026-07-31]] [AWS Account: 470012658833] [EU-NORTH-1]",
 body="""Hello,

[AWS Health may send reminders about this notice while affected resources remain.]

One or more Amazon RDS for MySQL instances in your account run major version 8.0 (for example 8.0.40). Oracle has announced the end of community support for MySQL 8.0 in April [[2026-04-30|%Y]], and Amazon RDS will end standard support for MySQL 8.0 on [[2026-07-31]].

If an instance is still on MySQL 8.0 after [[2026-07-31]], it will be enrolled in RDS Extended Support (additional charges apply), or - if Extended Support was disabled when the instance was created - upgraded by RDS to a supported major version during a maintenance window.

We recommend upgrading to MySQL 8.4 before [[2026-07-31]], after testing your application against the new version.

Affected resource(s):
  metrics-db (eu-north-1)

Sincerely,
Amazon Web Services
""")

add(n=22, src="https://github.com/ministryofjustice/cloud-platform/issues/8057",
 provider="AWS", label="action-required", orig="2026-03-02", day=2, deadline="2026-07-31",
 frm="AWS Health <health@aws.com>", to="platform-alerts@justiceworks.example",
 subj="[Action Required] Upgrade Amazon RDS for MySQL 8.0.x instances [AWS Account: 754256621938] [EU-WEST-2]",
 body="""Hello,

This is a reminder about Amazon RDS for MySQL databases in your account that run a MySQL 8.0 minor version.

MySQL 8.0 leaves RDS standard support on [[2026-07-31]]. Seven DB instances in EU-WEST-2 are affected:

  cp-a41e0c77d2b9   8.0.42
  cp-b80f3e1a6c24   8.0.42
  cp-c3d91f05e7a8   8.0.42
  cp-d62a8b4e1f30   8.0.42
  cp-e15c7a9d3b86   8.0.42
  cp-f9b0d24c8e17   8.0.42
  cp-07e6a3f1c5d2   8.0.42

Please plan a major version upgrade of these instances (we recommend MySQL 8.4) and complete it before [[2026-07-31]]. Instances left on 8.0 after that date will move to RDS Extended Support, which is charged separately.

For version dates, see: https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html

Sincerely,
Amazon Web Services
""")

add(n=23, src="https://github.com/aws-samples/data-engineering-for-aws-immersion-day/issues/38",
 provider="AWS", label="pricing", orig="2024-08-13", day=23, deadline="none",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="workshops@stonebridge-data.example",
 subj="Your Amazon RDS for PostgreSQL 11 instances are now billed for RDS Extended Support [AWS Account: 907715542260]",
 body="""Hello,

This notice explains a change on your AWS bill.

Amazon RDS for PostgreSQL 11 reached the end of standard support on [[2024-02-29]]. The instances listed below were still on PostgreSQL 11 and have been enrolled in Amazon RDS Extended Support, so RDS keeps delivering critical security patches for them.

Extended Support is charged per vCPU-hour in addition to your normal RDS charges, and these charges now appear on your monthly invoice under "Amazon RDS Extended Support". Rates are published on the RDS pricing page and are higher in year three.

  dmslab-source-pg (us-east-1)    PostgreSQL 11.22

To stop incurring Extended Support charges, upgrade these instances to a newer major version (for example PostgreSQL 16). Charges stop from the hour after the upgrade completes.

Sincerely,
Amazon Web Services
""")

add(n=24, src="https://github.com/atlassian-labs/data-center-terraform/pull/446",
 provider="AWS", label="action-required", orig="2025-03-28", day=28, deadline="2025-07-23",
 frm="AWS Health <health@aws.com>", to="dc-platform@atlasgrove.example",
 subj="[Action Required] Amazon EKS Kubernetes 1.30 end of standard support [AWS Account: 283119045576] [US-EAST-1]",
 body="""Hello,

Standard support for Kubernetes version 1.30 in Amazon EKS ends on [[2025-07-23]].

From that date, EKS clusters on 1.30 whose upgrade policy is set to EXTENDED enter extended support, which is billed at a higher per-cluster hourly rate and lasts until [[2026-07-23]]. Clusters whose policy is STANDARD will be upgraded automatically to the next Kubernetes version.

You are receiving this because at least one of your EKS clusters runs Kubernetes 1.30. If you have already upgraded or deleted it, you can ignore this message.

We recommend upgrading to Kubernetes 1.31 or later before [[2025-07-23]]. Review deprecated API usage in the cluster insights tab of the EKS console before you start.

The clusters concerned are listed under 'Affected resources' in the AWS Health Dashboard.

Sincerely,
Amazon Web Services
""")

add(n=25, src="https://github.com/tillkuhn/angkor/issues/826",
 provider="AWS", label="informational", orig="2025-10-30", day=29, deadline="2026-06-30",
 frm="Amazon Web Services <no-reply-aws@amazon.com>", to="admin@angkor-travel.example",
 subj="Amazon Linux 2 end of support date extended to [[2026-06-30]]",
 body="""Hello,

We are writing to confirm the current end of support date for Amazon Linux 2 (AL2).

The AL2 end of life has been extended to [[2026-06-30]]. Until that date AWS continues to publish security updates and critical fixes for AL2. The message of the day on some AL2 instances still shows the earlier date of [[2025-06-30]]; please disregard it.

No action is needed today. We do encourage you to plan the move of your workloads to Amazon Linux 2023, which receives support until [[2029-06-30]]. The migration guide is here:
https://docs.aws.amazon.com/linux/al2/ug/prepare-for-al2023.html

Sincerely,
Amazon Web Services
""")

# ---- other providers ----
add(n=26, src="https://github.com/ovh/public-cloud-roadmap/issues/1252",
 provider="OVHcloud", label="action-required", orig="2026-09-23", day=12, deadline="2026-10-15",
 frm="OVHcloud <noreply@ovh.net>", to="data-team@pontavert.example",
 subj="End of Life of Apache Kafka 3.8 on your Public Cloud Databases service",
 body="""Hello,

Your OVHcloud Public Cloud Databases service kafka-prod-7f3a (project 4e1c09b7d2) runs Apache Kafka 3.8.

Key dates
  End of Life: [[2026-10-15]]

After the End of Life date, services still running Kafka 3.8 will be upgraded automatically to a supported version.

Important: Kafka 3.8 is the last release that can run with ZooKeeper. The upgrade moves your cluster to KRaft, which changes how cluster metadata is managed. Please test your clients and tooling against a supported version and plan your migration before [[2026-10-15]] so that you control when it happens.

You can start the upgrade at any time from the OVHcloud Control Panel.

Kind regards,
The OVHcloud team
""")

add(n=27, src="https://github.com/polydev-ai/polydev/blob/main/HETZNER_UNLOCK_REQUEST.md",
 provider="Hetzner", label="abuse", orig="2025-11-24", day=5, deadline="none",
 frm="Hetzner Abuse <abuse@hetzner.com>", to="ops@polyglot-ai.example",
 subj="Abuse Message [AbuseID:8D21F0:2A]: UDP flood from 203.0.113.102 - server locked",
 body="""Dear Customer,

Our network monitoring detected an outgoing attack from your cloud server and we have locked it to protect our network.

  Server IP:    203.0.113.102
  Type:         UDP flood (DDoS)
  Target:       198.51.100.1, port 10
  Detected:     [[2025-11-23|%Y-%m-%d]] 23:55 UTC

How to proceed:
- Log in to the Cloud Console. The server can be reached through the rescue system only.
- Find and remove the cause. Attacks like this usually come from a compromised service, for example an administrative API that is reachable from the internet without authentication.
- Submit an unlock request in the Cloud Console with a short statement: how this could happen and what you have done so that it does not happen again.

Please leave the AbuseID [AbuseID:8D21F0:2A] in the subject line if you reply. Further questions about the lock should be directed to our support team.

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25, 91710 Gunzenhausen, Germany
""")

add(n=28, src="https://github.com/rspamd/docs.rspamd.com/blob/main/blog/2025-10-18-incident-disclosure.md",
 provider="Hetzner", label="abuse", orig="2025-10-18", day=17, deadline="none",
 frm="Hetzner Abuse <abuse@hetzner.com>", to="infra@spamfilter-project.example",
 subj="Abuse Message [AbuseID:B7E3C1:11]: NetscanOutLevel: Portscan detected from 192.0.2.158 - server will be blocked",
 body="""Dear Sir or Madam,

We have indications that port scans are being carried out from your server 192.0.2.158. This is the repeated report for this server.

##########################################################################
#            Portscan detected from host 192.0.2.158                     #
##########################################################################

time                         protocol src_ip      src_port     dest_ip         dest_port
-----------------------------------------------------------------------------------------
[[2025-10-18|%a %b %d %Y]] 05:41:07 TCP  192.0.2.158  11335  =>  10.27.4.9      11335
[[2025-10-18|%a %b %d %Y]] 05:41:09 TCP  192.0.2.158  11335  =>  172.18.0.12    11335
[[2025-10-18|%a %b %d %Y]] 05:41:15 TCP  192.0.2.158  11335  =>  192.168.40.3   11335

Connections to unrouted or private address space are treated as a scan.

Because the issue has been reported before and is still ongoing, the server will be blocked. To have it unblocked, please solve the issue and send us a statement through the link in your Robot account explaining the cause and the measures taken.

Please leave the AbuseID in the subject line unchanged when replying.

Kind regards

Abuse Team
Hetzner Online GmbH
""")

add(n=29, src="https://github.com/cloudflare/cloudflare-docs/pull/29724",
 provider="Cloudflare", label="security-incident", orig="2026-04-10", day=25, deadline="none",
 frm="Cloudflare <noreply@notify.cloudflare.com>", to="dev@lumenpress.example",
 subj="[Cloudflare] Your API token was found in a public location and has been deactivated",
 body="""Hi,

A Cloudflare API token that you created was detected in a public GitHub repository by GitHub Secret Scanning.

  Token name:   ci-deploy-pages
  Account:      Lumenpress (7a1c3e90b2d44f6e8e0c5b1d2a9f7713)
  Detected:     [[2026-04-10|%Y-%m-%d]] 08:14 UTC
  Location:     github.com/lumenpress-example/site (public repository)

To prevent unauthorized access, we have deactivated this token immediately. It is marked as "Compromised" in your dashboard and can no longer be used to call the Cloudflare API.

What you should do:
1. Roll the token or create a new one under My Profile > API Tokens, and update the systems that used it.
2. Remove the token from the repository and its history.
3. Review your account audit log for changes you do not recognize.

If you did not expect this message, contact Cloudflare Support.

The Cloudflare Team
""")

add(n=30, src="https://github.com/aiven/devportal/issues/2000",
 provider="Aiven", label="security-incident", orig="2023-07-13", day=30, deadline="none",
 frm="Aiven <noreply@aiven.io>", to="sre@ferrymark.example",
 subj="Aiven: a token for your service has been made public",
 body="""Hello,

GitHub notified us that a credential belonging to your Aiven service appeared in a public repository. We checked the credential and confirmed that it is still valid.

  Project:   ferrymark-prod
  Service:   pg-orders (Aiven for PostgreSQL)
  Credential type: service user password / connection URI
  Reported:  [[2023-07-13|%Y-%m-%d]]

Anyone who found it could use it to connect to your service. Please reset the password of the affected service user in the Aiven Console now, update your applications with the new value, and remove the secret from the repository.

We send this notification once for each leaked credential. For more background, see our post on the GitHub secret scanning partnership.

Best regards,
The Aiven team
""")
add(n=31, src="https://github.com/joomla/joomla-websites/issues/1282",
 provider="CloudAccess.net", label="abuse", orig="2019-01-04", day=26, deadline="none",
 frm="CloudAccess.net Abuse <abuse@cloudaccess.net>", to="owner@smiles-rewards.example",
 subj="Phishing complaint for a site on your account [Ticket #CA-662914]",
 body="""Hello,

Our abuse desk received the complaint below from a CSIRT. It concerns a website hosted in your account:

  Site:      http://rewards-portal.sites.example/b1/index1.php
  Hostname:  rewards-portal.sites.example
  IP:        198.51.100.30
  Reported:  [[2019-01-04|%Y-%m-%d]]

The reporter says the page imitates the online banking login of a Brazilian bank in order to collect customer credentials. Phishing content is prohibited by our Acceptable Use Policy.

We have suspended public access to the site while the complaint is open. Please:
- remove the phishing files and any other content you did not place there,
- update the CMS, extensions and all passwords on the site,
- reply to this ticket describing what you found and fixed.

If we do not hear from you within 48 hours, the site may be removed.

Regards,
Abuse Department
CloudAccess.net
""")

add(n=32, src="https://github.com/freistil/statusblog/blob/master/_posts/2011-10-11-security_incident_at_hetzner_ag.md",
 provider="Hetzner", label="security-incident", orig="2011-10-06", day=31, deadline="none",
 frm="Hetzner Online <info@hetzner.de>", to="hosting@drupalwerk.example",
 subj="Possible data abuse requires you to change your access data",
 body="""Dear Client,

We have found evidence that customer data stored in our administrative systems may have been accessed without authorization. The systems concerned include the Robot customer administration interface.

Our investigation is ongoing. According to what we know today, the incident concerns our administrative systems only; servers rented by our customers are operated independently of them.

As a precaution, please change your access data now:
- the password for your Robot account,
- any other passwords (for example FTP, e-mail or the root password of your server) that are the same as your Robot password.

We will publish further information on our status page at hetzner-status.de as soon as it is available. We apologise for the inconvenience this causes.

Kind regards

Hetzner Online AG
""")

add(n=33, src="https://support.prepaid-hoster.de/faq/de/virtuelle-server/warum-wurde-meine-ip-gesperrt.html",
 provider="Prepaid-Hoster", label="abuse", orig="2024-05-14", day=20, deadline="none",
 frm="Prepaid-Hoster Abuse <abuse@prepaid-hoster.de>", to="kunde@waldrand-server.example",
 subj="Sperrung Ihrer IP-Adresse 203.0.113.45 (Anti-Hack) - vServer #PH-48213",
 body="""Hallo,

unsere automatischen Schutzsysteme haben von Ihrem vServer #PH-48213 verdächtigen ausgehenden Datenverkehr erkannt. Die IP-Adresse 203.0.113.45 wurde deshalb gesperrt.

Erkannt:  Brute-Force-Versuche gegen fremde SSH-Server
Zeitpunkt: [[2024-05-14|%d.%m.%Y]], 03:18 Uhr

Solche Aktivitäten entstehen meist durch einen unzureichend abgesicherten Server, zum Beispiel ein schwaches Passwort oder veraltete Software. Sie verstoßen gegen unsere AGB.

So geht es weiter:
1. Melden Sie sich über das Kundencenter bei unserem Support.
2. Laden Sie die Bearbeitungsgebühr von 5,00 EUR auf Ihr Guthabenkonto.
3. Der Server muss neu installiert werden; stellen Sie Ihre Daten anschließend aus Ihren eigenen Backups wieder her.
4. Senden Sie uns eine kurze Stellungnahme zur Ursache.

Erfolgt innerhalb von 72 Stunden keine Rückmeldung, kann Ihr Kundenkonto gesperrt werden.

Viele Grüße
Ihr Prepaid-Hoster Abuse-Team
""")

add(n=34, src="https://github.com/jenkins-infra/helpdesk/issues/2884",
 provider="DigitalOcean", label="informational", orig="2022-04-10", day=9, deadline="none",
 frm="DigitalOcean <no-reply@digitalocean.com>", to="infra-admin@buildfarm.example",
 subj="Your new Droplet is all set: ubuntu-s-8vcpu-16gb-ams3-01",
 body="""Your new Droplet is ready.

  Name:        ubuntu-s-8vcpu-16gb-ams3-01
  Team:        buildfarm-infra
  Region:      AMS3
  Image:       Ubuntu 22.04 (LTS) x64
  Size:        8 vCPUs / 16 GB / 320 GB SSD
  Public IPv4: 203.0.113.211
  Created:     [[2022-04-10|%Y-%m-%d]] 19:12 UTC

You can log in with the SSH key you selected, or open the Droplet Console from the control panel.

If you did not create this Droplet, someone with access to your team may have done so. Review your team members and API tokens in the control panel.

Happy coding,
The DigitalOcean team
""")

add(n=35, src="https://github.com/regen-network/regen-web/issues/924",
 provider="Heroku", label="security-incident", orig="2022-04-15", day=3, deadline="none",
 frm="Heroku <noreply@heroku.com>", to="devops@carbonledger.example",
 subj="Heroku security notification - GitHub integration tokens revoked",
 body="""Hello,

We are contacting you about a security incident affecting the Heroku GitHub integration.

On [[2022-04-12]], GitHub told us that OAuth tokens issued to the Heroku integration had been used by an attacker to download data from private repositories of some customers. Our investigation shows that the attacker obtained these tokens from Heroku.

What we have done
- We revoked all OAuth tokens used by the Heroku Dashboard GitHub integration. Automatic deploys and Review Apps connected through GitHub have stopped working.
- For your protection, we will not reconnect to GitHub until we are certain we can do so safely. This may take some time.

What you should do
- Review your GitHub audit logs for unexpected repository access since [[2022-04-07]].
- Rotate any secrets stored in your repositories or in Heroku config vars.
- Deploy with Git over the Heroku CLI, or another method, instead of waiting for the integration to return.

Updates are posted at https://status.heroku.com/incidents/2413.

The Heroku Team
""")

add(n=36, src="https://github.com/engineyard/ey-docs/blob/master/pages/aws-reboot-faqs.md",
 provider="Engine Yard", label="maintenance", orig="2014-09-25", day=18, deadline="none",
 frm="Engine Yard Support <support@engineyard.com>", to="rails-ops@cargohub.example",
 subj="Upcoming reboots of your Engine Yard instances (Amazon EC2 patching)",
 body="""Hello,

Amazon is applying patches to part of its EC2 fleet. Most of Amazon's updates are invisible to customers, but this one requires a short reboot of the affected instances, including some instances in your Engine Yard environments.

What this means for you
- Amazon publishes a reboot window for each affected instance as a Scheduled Event. We will e-mail you the specific instances and windows for your environments, and they will also appear in your dashboard.
- You may reboot an instance yourself before its window if you prefer to pick the time. Follow the reboot instructions for your stack version in our documentation.
- If you do nothing, the instance is rebooted during Amazon's window and your environment should come back on its own.

We are working with Amazon to make this as painless as possible and will share exact timeframes shortly.

Regards,
Engine Yard Support
""")

add(n=37, src="https://github.com/umans-tech/issue-solver-bots/blob/main/docs/incidents/2026-01-10-suspicious-stripe-api-key-use-connect-accounts-postmortem.md",
 provider="Stripe", label="security-incident", orig="2026-01-10", day=28, deadline="none",
 frm="Stripe <notifications@stripe.com>", to="founders@meridianbots.example",
 subj="Action needed: verify recent connected account creation requests",
 body="""Hi there,

We detected unusual activity on your Stripe account (acct_1Q8EXAMPLE) and have temporarily restricted your ability to create Connect accounts.

On [[2026-01-10]] at 17:46 UTC a request to create a Connect Express account (POST /v1/accounts) was made with your live secret key ending in ...x7Qm. The request came from 192.0.2.117 using python-requests, which does not match how your integration normally calls Stripe. Several read requests (balance, payouts, accounts) followed within seconds.

If you did not make these requests, your secret key may be compromised. We recommend that you:
- roll the live secret key in the Dashboard (Developers > API keys) and update your systems with the new key,
- review recent API requests in Workbench for other activity you do not recognize,
- consider restricted keys so each system only has the permissions it needs.

Once you have reviewed the activity, confirm in the Dashboard whether these requests were legitimate so we can lift the restriction.

- The Stripe team
""")

add(n=38, src="https://github.com/Phishing-Database/Phishing.Database/issues/1839",
 provider="AWS (impersonated)", label="billing", orig="2026-01-11", day=11, deadline="none", phishing=True,
 frm="AWS Billing <billing-notice@aws-invoice-center.example>", to="accounts@greenfinch-studio.example",
 subj="FINAL INVOICE - OVERDUE: Amazon Web Services invoice INV-4471",
 body="""FINAL INVOICE                                   STATUS: OVERDUE

Invoice #:        INV-4471-NOTICE
Due date:         TODAY
Original amount:  $11.00
Late fees:        $50.00
TOTAL DUE NOW:    $11.00

Dear customer,

Your Amazon Web Services payment could not be collected and this invoice is now past due. To avoid suspension of your AWS services and further late fees, settle the balance today through our secure billing portal:

  Pay invoice now: https://aws-billing-settlement.example/pay.html

If payment is not received within 24 hours, your account and all stored data will be permanently removed.

AWS Billing Department
""")

add(n=39, src="https://github.com/Phishing-Database/phishing/pull/373",
 provider="Porkbun (impersonated)", label="billing", orig="2024-04-08", day=14, deadline="none", phishing=True,
 frm="Porkbun Support <billing@porkbun-renewals.example>", to="webmaster@dunmore-bakery.example",
 subj="Your plan has not been renewed successfully - action required",
 body="""Hello,

We were unable to renew your hosting and domain plan for dunmore-bakery.example automatically. The payment method on file was declined.

Plan:        Porkbun Easy WordPress + Domain
Amount:      $24.87
Status:      Renewal failed

To keep your website and email online, renew manually within 48 hours:

  Renew now: https://existing-account-porkbun.renew-portal.example/login

After this period your domain may be released and your site taken offline.

Thank you for choosing us,
Porkbun Billing Team
""")

add(n=40, src="https://github.com/sublime-security/sublime-rules/pull/4244",
 provider="Microsoft Azure (impersonated)", label="billing", orig="2026-03-20", day=17, deadline="none", phishing=True,
 frm="Microsoft Azure <azure-noreply@microsoft.com>", to="finance@oakridge-partners.example",
 subj="Fired:Sev3 Azure Monitor Alert Payment Reference INV-22073494 on rg-billing-notice",
 body="""Azure Monitor alert rule Payment Reference INV-22073494 was activated for rg-billing-notice at [[2026-03-20|%m/%d/%Y]] 14:02:11 (UTC).

Rule description:
Your Microsoft subscription renewal of $389.99 (Order INV-22073494) has been processed and charged to your card on file. If you did not authorize this payment or wish to cancel, call our billing desk immediately at +1 (800) 555-0142 to request a refund. Refunds are only possible within 24 hours.

Severity: Sev3
Monitor condition: Fired
Affected resource: rg-billing-notice
Subscription ID: 5d1f0e88-3b2a-4c7e-9f41-2a6b0c9d7e13

View the alert in Azure Monitor
You're receiving this notification as a member of the action group billing-contacts.
""")

DATE_RE = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})(?:\|([^\]]+))?\]\]")


def shifted(d, delta):
    return dt.date.fromisoformat(d) + dt.timedelta(days=delta)


def fmt(day, f):
    if f is None:
        return "%s %d, %d" % (day.strftime("%B"), day.day, day.year)
    if f == "ja":
        return "%d年%d月%d日" % (day.year, day.month, day.day)
    return day.strftime(f)


def render(text, delta):
    return DATE_RE.sub(lambda m: fmt(shifted(m.group(1), delta), m.group(2)), text)


def build():
    msgs = []
    for k in sorted(M, key=lambda x: x["n"]):
        send = dt.date(2028, 3, k["day"])
        delta = (send - dt.date.fromisoformat(k["orig"])).days
        # deterministic time of day
        h = int(hashlib.sha256(k["src"].encode()).hexdigest(), 16)
        hh, mm, ss = 6 + h % 14, (h >> 8) % 60, (h >> 16) % 60
        when = dt.datetime(2028, 3, k["day"], hh, mm, ss, tzinfo=dt.timezone.utc)
        body = render(k["body"], delta)
        subj = render(k["subj"], delta)
        dl = "none" if k["deadline"] == "none" else shifted(k["deadline"], delta).isoformat()
        pol = policy.SMTP.clone(linesep="\n", max_line_length=998 if subj.isascii() else 78)
        m = EmailMessage(policy=pol)
        m["From"] = k["frm"]
        m["To"] = k["to"]
        m["Subject"] = subj  # non-ASCII subjects become RFC 2047 encoded words on output
        m["Date"] = email.utils.format_datetime(when)
        dom = k["frm"].rsplit("@", 1)[1].rstrip(">")
        m["Message-ID"] = "<%s.g12.%02d@%s>" % (hashlib.sha1(k["src"].encode()).hexdigest()[:20], k["n"], dom)
        m["X-Training-Label"] = k["label"]
        m["X-Training-Deadline"] = dl
        if k.get("phishing"):
            m["X-Training-Phishing"] = "yes"
        cte = "7bit" if body.isascii() else "quoted-printable"
        m.set_content(body, charset="utf-8", cte=cte)
        msgs.append((k, m, dl))
    return msgs


def write(msgs):
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    for k, m, dl in msgs:
        mm = mailbox.mboxMessage(m.as_bytes())
        addr = email.utils.parseaddr(k["frm"])[1]
        mm.set_from(addr, time_=time.gmtime(email.utils.parsedate_to_datetime(m["Date"]).timestamp()))
        box.add(mm)
    box.flush()
    box.unlock()
    box.close()


def check(msgs):
    errs = []
    raw = open(MBOX, "rb").read()
    if b"\r" in raw:
        errs.append("CR found; LF endings required")
    box = mailbox.mbox(MBOX)
    got = list(box)
    if len(got) != len(msgs):
        errs.append("count %d != %d" % (len(got), len(msgs)))
    ids = set()
    for i, msg in enumerate(got, 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                errs.append("msg %d lacks %s" % (i, h))
        for h, v in msg.items():
            if not str(v).isascii():
                errs.append("msg %d header %s not ASCII" % (i, h))
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if (d.year, d.month) != (2028, 3):
            errs.append("msg %d Date not March 2028" % i)
        if msg["X-Training-Label"] not in LABELS:
            errs.append("msg %d bad label" % i)
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                errs.append("msg %d bad deadline" % i)
        if msg["Message-ID"] in ids:
            errs.append("msg %d duplicate Message-ID" % i)
        ids.add(msg["Message-ID"])
        ct = msg.get_content_type()
        if ct != "text/plain" or (msg.get_content_charset() or "").lower() != "utf-8":
            errs.append("msg %d content type %s" % (i, ct))
        payload = msg.get_payload(decode=True).decode("utf-8")
        if not payload.isascii() and msg["Content-Transfer-Encoding"].lower() != "quoted-printable":
            errs.append("msg %d non-ASCII body not QP" % i)
        if "[[" in payload or "]]" in payload:
            errs.append("msg %d unrendered date token" % i)
        for ip in re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", payload):
            if not ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "10.", "172.", "192.168.")):
                errs.append("msg %d non-documentation IP %s" % (i, ip))
    return errs


def main():
    msgs = build()
    write(msgs)
    errs = check(msgs)
    counts = {}
    for k, m, dl in msgs:
        counts[k["label"]] = counts.get(k["label"], 0) + 1
    print("messages:", len(msgs))
    for lab in sorted(counts):
        print("  %-18s %d" % (lab, counts[lab]))
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
