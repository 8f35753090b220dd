#!/usr/bin/env python3
"""Build set-g14.mbox: 40 labelled cloud-provider notices (validation batch g14).

Standard library only, deterministic. Writes the mbox, re-reads it with
mailbox.mbox, checks the format rules, exits 1 on any problem.
"""
import datetime as dt
import mailbox
import os
import quopri
import re
import sys
from email.header import Header
from email.message import Message
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "set-g14.mbox")
LABELS = {"abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"}
UTC = dt.timezone.utc

# Each notice: original date -> new date (March 2028). All other dates in the
# body are written as [[YYYY-MM-DD|fmt]] in ORIGINAL time and shifted by the
# same number of days.  deadline is given in original time (or None).
N = []


def add(**kw):
    N.append(kw)


# ---------------------------------------------------------------- AWS (18)
add(key="aws-lambda-py39", provider="AWS", label="action-required",
    url="https://github.com/DistributedScience/Distributed-CellProfiler/issues/206",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="cloud-admins@mosslab.example",
    orig="2025-11-20", new="2028-03-02 14:05", deadline="2025-12-15",
    subject="[Action Required] AWS Lambda end of support for Python 3.9 [AWS Account: 418220937615] [US-EAST-1]",
    body="""Hello,

[Reminder notifications about this communication may be sent by AWS Health while affected resources stay unresolved.]

Our records show that at least one AWS Lambda function in your AWS account still runs on the Python 3.9 runtime.

Lambda support for Python 3.9 ends on [[2025-12-15|%B %d, %Y]], following the upstream end of life of Python 3.9. Reaching end of support does not stop your functions from being invoked: they keep running, but on a runtime that the Lambda team no longer patches or maintains.

Under the Lambda runtime support policy, deprecation happens in stages:

- From [[2025-12-15|%B %d, %Y]], Lambda stops applying security patches and other updates to the Python 3.9 runtime, functions on it lose eligibility for technical support, and the runtime disappears from the console (CloudFormation, the AWS CLI, SAM and other tools can still create and update such functions).
- From [[2026-01-15|%B %d, %Y]], you can no longer create new functions on Python 3.9.
- From [[2026-02-15|%B %d, %Y]], you can no longer update existing functions on Python 3.9.

We recommend moving your Python 3.9 functions to Python 3.13 before [[2025-12-15|%B %d, %Y]].

To list the affected functions in one region with the AWS CLI, run the command below and repeat it for every region you use:

aws lambda list-functions --region us-east-1 --output text --query "Functions[?Runtime=='python3.9'].FunctionArn"

The 'Affected resources' tab of your AWS Health Dashboard also lists them.

If you have questions, AWS Support is available through the Support Center.

[1] https://www.python.org/downloads/release/python-3919/
[2] https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html

Sincerely,
Amazon Web Services
""")

add(key="aws-lambda-node10", provider="AWS", label="action-required",
    url="https://github.com/amazon-connect/voicemail-for-amazon-connect/issues/56",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="telephony-ops@harbourline.example",
    orig="2021-06-01", new="2028-03-03 09:12", deadline="2021-07-30",
    subject="AWS Lambda end of support for Node.js 10 [AWS Account: 770314295806]",
    body="""Hello,

You are receiving this message because one or more AWS Lambda functions in your account use the Node.js 10 runtime.

AWS is ending Lambda support for Node.js 10 on [[2021-07-30|%B %d, %Y]]. This follows the decision of the Node.js project to declare Node.js 10 end of life on [[2021-04-30|%B %d, %Y]].

End of support for a language runtime in Lambda has two phases. From [[2021-07-30|%B %d, %Y]], Lambda no longer applies security patches or other updates to the Node.js 10 runtime, functions using it are no longer eligible for technical support, and you can no longer create new functions on Node.js 10. From [[2021-08-30|%B %d, %Y]], you can no longer update existing functions that use Node.js 10.

We recommend upgrading your Node.js 10 functions to Node.js 14 before [[2021-07-30|%B %d, %Y]].

Invocations are not blocked when a runtime reaches end of support; your functions keep working, but on a runtime that no longer receives maintenance.

To find the affected functions, run the following AWS CLI command in each region you use:

aws lambda list-functions --function-version ALL --region eu-central-1 --output text --query "Functions[?Runtime=='nodejs10.x'].FunctionArn"

[1] https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html

Sincerely,
Amazon Web Services
""")

add(key="aws-opensearch-sw", provider="AWS", label="maintenance",
    url="https://github.com/DataBiosphere/azul/issues/3978",
    frm="AWS Notifications <no-reply@sns.amazonaws.com>", to="platform-alerts@genomehub.example",
    orig="2022-03-23", new="2028-03-03 16:40", deadline="2022-04-06",
    subject="AWS Notification Message - Amazon OpenSearch Service: service software update required",
    body="""Amazon OpenSearch Service domain event

Severity: High
Time: [[2022-03-23|%m/%d/%Y]], 4:12:31 PM UTC
Domain: idx-dev-7
Domain: idx-sandbox-7
Domain: idx-prod-7
Message: A required service software update, R20220323-P2, is available for your domain.

The update includes important fixes. You can apply it yourself from the console, the CLI or the UpdateDomainConfig/StartServiceSoftwareUpdate API at a time that suits you. If no action is taken, OpenSearch Service applies the update automatically after [[2022-04-06|%m/%d/%Y]] (two weeks after this notification), during an off-peak window for the domain. Applying the update causes a blue/green deployment of the domain's nodes.

For details on service software updates, see:
https://docs.aws.amazon.com/opensearch-service/latest/developerguide/service-software.html

--
If you wish to stop receiving notifications from this topic, please use the unsubscribe link of the subscription.
""")

add(key="aws-ec2-retire", provider="AWS", label="maintenance",
    url="https://github.com/MozillaFoundation/mofo-devops/issues/221",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="devops@openlearning.example",
    orig="2015-10-19", new="2028-03-06 07:55", deadline="2015-11-02",
    subject="[Retirement Notification] Amazon EC2 Instance scheduled for retirement",
    body="""Dear Amazon EC2 Customer,

This is important news about your account (AWS Account ID: 602715583094). EC2 has found that the hardware hosting your Amazon EC2 instance i-0c41d7e2 in the us-east-1 region is degraded, and the instance may already be unreachable. After [[2015-11-02|%Y-%m-%d]] 02:00 UTC the instance, whose root device is an EBS volume, will be stopped.

Instances that are scheduled for retirement are listed on the Events page of the EC2 console (https://console.aws.amazon.com/ec2/v2/home?region=us-east-1#Events).

* How does this affect you?
The instance will be stopped on the retirement date. You can start it again whenever you like, and it will then run on healthy hardware. Data on any instance store volumes attached to it is lost when it is stopped, because those volumes live on the host itself.

* What do you need to do?
You can let the retirement happen, or stop and start the instance yourself at any time before [[2015-11-02|%Y-%m-%d]]. If you want to keep data from instance store volumes, copy it to EBS or S3 first.

* Why retirement?
AWS may schedule an instance for retirement when the underlying host shows an irreparable failure.

If you have questions, contact AWS Support through the Support Center.

Sincerely,
Amazon Web Services
""")

add(key="aws-redis3-eol", provider="AWS", label="action-required",
    url="https://github.com/department-of-veterans-affairs/va.gov-team/issues/55701",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="cache-owners@civicportal.example",
    orig="2023-03-24", new="2028-03-06 11:20", deadline="2023-07-31",
    subject="Amazon ElastiCache for Redis 3 End Of Life (EOL) [AWS Account: 339120486557]",
    body="""Hello,

You are receiving this message because one or more Amazon ElastiCache for Redis clusters in the US-GOV-WEST-1 Region run engine version 3.2.4, 3.2.6 or 3.2.10.

ElastiCache for Redis version 3 reaches its End Of Life (EOL) on [[2023-07-31|%B %d, %Y]]. We are sending this reminder early so that you have time to plan the upgrade. Please upgrade your clusters to the newest available ElastiCache for Redis version (currently 6.2) before [[2023-07-31|%B %d, %Y]].

The upgrade can be started right away from the console, the CLI or the API. It is fully managed and moves each node of the cluster to the new engine version; depending on the cluster layout, applications may see brief interruptions. Take a snapshot beforehand and schedule the work inside a maintenance window.

Most applications need no changes for this upgrade, but please review the Redis release notes for behaviour that changed between the versions.

Affected clusters are listed in the 'Affected resources' tab of your AWS Health Dashboard.

[1] https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/backups-manual.html
[2] https://docs.aws.amazon.com/AmazonElastiCache/latest/red-ug/deprecated-engine-versions.html

Sincerely,
Amazon Web Services
""")

add(key="aws-rds-ca2019", provider="AWS", label="action-required",
    url="https://github.com/block/spirit/issues/259",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="dba-team@quillpay.example",
    orig="2023-12-15", new="2028-03-07 10:02", deadline="2024-08-22",
    subject="[Action Required] Update your Amazon RDS SSL/TLS certificates by [[2024-08-22|%B %d, %Y]] [AWS Account: 512009843321] [US-WEST-2]",
    body="""Hello,

[AWS Health may send periodic reminders about this communication.]

One or more Amazon RDS or Amazon Aurora DB instances in your account in the US-WEST-2 Region use a server certificate issued by the rds-ca-2019 certificate authority, which expires on [[2024-08-22|%B %d, %Y]].

If your applications connect to these instances over SSL/TLS, you must act before [[2024-08-22|%B %d, %Y]] to avoid connection failures. Even if you do not use SSL/TLS today, we still recommend rotating, because the server certificate itself expires on that date.

To complete the rotation:
1. Add the new CA bundle (https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem) to the trust store of every client that connects with certificate verification.
2. Change the CA of each DB instance to rds-ca-rsa2048-g1, rds-ca-rsa4096-g1 or rds-ca-ecc384-g1, either during the next maintenance window or immediately (some engines need a restart).

Beginning [[2024-01-25|%B %d, %Y]], new DB instances that do not name a CA explicitly are created with rds-ca-rsa2048-g1.

Affected instances are listed in the 'Affected resources' tab of your AWS Health Dashboard.

[1] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html

Sincerely,
Amazon Web Services
""")

add(key="aws-risk-exposed", provider="AWS", label="security-incident",
    url="https://github.com/cds-snc/terraform-modules/pull/207",
    frm="AWS Health <health@aws.com>", to="secops@northbeacon.example",
    orig="2023-02-13", new="2028-03-07 06:27", deadline=None,
    subject="[AWS Health Event] RISK issue: AWS_RISK_CREDENTIALS_EXPOSED [AWS Account: 208391775642] [GLOBAL]",
    body="""AWS Health Event

Service:            RISK
Event type code:    AWS_RISK_CREDENTIALS_EXPOSED
Event category:     Issue
Region:             global
Start time:         [[2023-02-13|%a, %d %b %Y]] 15:10:09 GMT
Status:             Open
Affected entity:    AKIAQX7EXAMPLE4N2RJD (access key, IAM user svc-notify-deploy)

Description
An AWS access key belonging to your account, together with its secret key, has been found publicly available on the internet. Anyone who holds it can make requests to AWS as the IAM user that owns it, which can lead to unauthorized use of your account and unexpected charges.

What to do now
1. Create a replacement access key for any application that still depends on the exposed one, and switch the application over.
2. Deactivate and then delete the exposed access key.
3. Review CloudTrail for API calls made with the exposed key since it was published, and remove any resources, IAM users, roles or keys you did not create.
4. Confirm that all usage in your account is authorized.

AWS has attached a quarantine policy to the IAM user that restricts some high-risk actions. Leave the policy in place until the key has been rotated.

This event is also visible in your AWS Health Dashboard and is delivered to Amazon EventBridge as an "AWS Health Event" with source aws.health.
""")

add(key="aws-guardduty-portscan", provider="AWS", label="security-incident",
    url="https://github.com/elastic/detection-rules/issues/1219",
    frm="AWS Notifications <no-reply@sns.amazonaws.com>", to="soc@ridgewaylogistics.example",
    orig="2021-05-24", new="2028-03-08 03:44", deadline=None,
    subject="AWS Notification Message - GuardDuty finding: Recon:EC2/Portscan (Medium)",
    body="""Amazon GuardDuty has produced a new finding in account 651904228317 (eu-west-1).

Finding type:   Recon:EC2/Portscan
Severity:       5.0 (Medium)
Resource:       EC2 instance i-09f2a6c1d8e3b4a75 (build-runner-03)
Resource role:  ACTOR
First seen:     [[2021-05-24|%Y-%m-%d]]T01:58:12Z
Last seen:      [[2021-05-24|%Y-%m-%d]]T02:41:55Z
Count:          37

Summary
The EC2 instance above is probing ports on a large number of remote hosts within a short period, which suggests it is being used to scan for reachable services. Remote targets include 198.51.100.23 and 203.0.113.140.

Recommended action
If this scanning is not expected, the instance may be compromised. Isolate it (for example by moving it to a restrictive security group), take a snapshot of its volumes for investigation, and rebuild it from a known-good image. If the instance runs a vulnerability scanner on purpose, you can archive this finding or add a suppression rule.

Finding ID: 64bf3a2d91c7e0ab55e8f1d3c2a40b96
View in console: https://console.aws.amazon.com/guardduty/home?region=eu-west-1#/findings

--
If you wish to stop receiving notifications from this topic, use the unsubscribe link of your subscription.
""")

add(key="aws-guardduty-tor", provider="AWS", label="security-incident",
    url="https://github.com/elastic/detection-rules/issues/1217",
    frm="AWS Notifications <no-reply@sns.amazonaws.com>", to="soc@ridgewaylogistics.example",
    orig="2021-05-18", new="2028-03-08 21:16", deadline=None,
    subject="AWS Notification Message - GuardDuty finding: UnauthorizedAccess:EC2/TorClient (High)",
    body="""Amazon GuardDuty has produced a new finding in account 651904228317 (eu-west-1).

Finding type:   UnauthorizedAccess:EC2/TorClient
Severity:       8.0 (High)
Resource:       EC2 instance i-0ad3e5b7c29f14e60 (reporting-api-1)
First seen:     [[2021-05-18|%Y-%m-%d]]T19:02:40Z
Last seen:      [[2021-05-18|%Y-%m-%d]]T20:55:07Z

Summary
The EC2 instance above is making connections to Tor Guard or Authority nodes. Tor is often used to hide the origin of traffic; this activity can mean that the instance has been taken over and is reaching a command-and-control service, or is being used to reach resources anonymously.

Related GuardDuty finding types for Tor activity: UnauthorizedAccess:EC2/TorIPCaller (inbound from Tor exit nodes) and UnauthorizedAccess:EC2/TorRelay (instance acting as a relay).

Recommended action
If nobody in your organisation runs Tor on this instance intentionally, treat it as potentially compromised: restrict its network access, preserve evidence (volume snapshots, logs), and replace it from a trusted image. Rotate any credentials that were stored on or used by the instance.

Finding ID: b7e21c04d5a9f386e0c14d2b98a7f5e3
View in console: https://console.aws.amazon.com/guardduty/home?region=eu-west-1#/findings

--
If you wish to stop receiving notifications from this topic, use the unsubscribe link of your subscription.
""")

add(key="aws-ipv4-charge", provider="AWS", label="pricing",
    url="https://github.com/aws-deepracer-community/deepracer-on-the-spot/issues/71",
    frm="Amazon Web Services <aws-marketing-email-replies@amazon.com>", to="billing@trackday-ml.example",
    orig="2023-08-10", new="2028-03-09 15:30", deadline="2024-02-01",
    subject="Upcoming change: a new charge for public IPv4 addresses starting [[2024-02-01|%B %d, %Y]]",
    body="""Hello,

We are writing to let you know about a pricing change that applies to your AWS account 437726180059.

Starting [[2024-02-01|%B %d, %Y]], AWS will charge $0.005 per hour for every public IPv4 address, whether or not it is attached to a running resource. The charge applies across services, including EC2 instances, Elastic IPs, NAT gateways, load balancers and RDS instances that are publicly reachable. An address used for a full month costs about $3.60.

Why is this changing?
Public IPv4 addresses have become scarce and more expensive to obtain. The new charge is intended to encourage more careful use of them and to speed up adoption of IPv6.

What can you do?
- Use the Cost and Usage Report to see how many public IPv4 addresses your account uses today; usage will appear there before the charge starts.
- Use Public IP Insights in Amazon VPC IP Address Manager to find and analyse addresses that may not be needed.
- Consider IPv6, private subnets with a NAT gateway, or load balancers in front of instances that do not need their own public address.

Details are in the announcement blog post and on the VPC pricing page:
https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/
https://aws.amazon.com/vpc/pricing/

Sincerely,
Amazon Web Services
""")

add(key="aws-rds-extended-support", provider="AWS", label="pricing",
    url="https://github.com/hashicorp/terraform-provider-aws/pull/37250",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="finops@lumengrid.example",
    orig="2023-12-01", new="2028-03-09 08:48", deadline="2024-03-01",
    subject="Amazon RDS Extended Support charges for MySQL 5.7 begin [[2024-03-01|%B %d, %Y]] [AWS Account: 864502197730]",
    body="""Hello,

You are receiving this message because your account has one or more Amazon RDS for MySQL DB instances running major version 5.7.

Amazon RDS for MySQL 5.7 reaches end of standard support on [[2024-02-29|%B %d, %Y]]. Instances still on MySQL 5.7 after that date are automatically enrolled in Amazon RDS Extended Support, which keeps providing critical security fixes for up to three more years.

Extended Support is a paid offering. Starting [[2024-03-01|%B %d, %Y]], every MySQL 5.7 instance that has not been upgraded is billed an Extended Support charge per vCPU-hour, in addition to its normal instance charges. The rate rises in the third year. Charges can be many times the cost of running the same database on a supported major version.

To avoid Extended Support charges, upgrade your MySQL 5.7 instances to MySQL 8.0 before [[2024-03-01|%B %d, %Y]]. You can test the upgrade on a snapshot restore or a blue/green deployment first.

Affected DB instances are listed in the 'Affected resources' tab of your AWS Health Dashboard. Current Extended Support rates are on the RDS pricing page.

[1] https://aws.amazon.com/rds/mysql/pricing/
[2] https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html

Sincerely,
Amazon Web Services
""")

add(key="aws-ams-patch", provider="AWS", label="maintenance",
    url="https://docs---aws.amazon.com.rproxy.goskope.com/ja_jp/managedservices/latest/userguide/patch-notifications.md",
    frm="AWS Managed Services <no-reply@ams.amazonaws.com>", to="ops-notify@sakuraden.example",
    orig="2020-02-21", new="2028-03-10 12:02", deadline="2020-02-21",
    subject="AMS Patch Maintenance Window mw-prod-web-weekly has started",
    body="""Dear Customer,

Patching has begun for AMS Patch Maintenance Window mw-prod-web-weekly. Start time: [[2020-02-21|%Y-%m-%d]]T12:02:18.196Z.

Window details
    Account ID:         903172648215
    Region:             ap-northeast-1
    Window ID:          mw-0e5b8c71d24fa9036
    Window name:        mw-prod-web-weekly
    Description:        Maintenance window for patch group prod-web
    Patch group:        prod-web
    Execution ID:       7c2d1f60-4a8e-4b93-9d0e-15b6a3f7c842

Instances being patched
    InstanceId            InstanceName       StackId
    --------------------  -----------------  -------------------
    i-03b9d47e1c26a8f50   web-frontend-a     stack-8f21c6d4e0a9b
    i-0f6e2a19c83d75b41   web-frontend-b     stack-8f21c6d4e0a9b

The instances may be rebooted while patches are installed. A second message with a detailed report will follow once the window has finished.

For questions about AMS Patch Orchestrator, please raise a service request:
https://console.aws.amazon.com/managedservices/servicerequest/new

Kind regards,

Amazon Web Services
Amazon Managed Services
Patch Team
""")

add(key="aws-payment-problem", provider="AWS", label="billing",
    url="http://xn--1krp9kna47j588a.com/aws-stop-billing",
    frm="Amazon Web Services <aws-receivables-support@email.amazon.com>", to="t.hayase@kogetsu.example",
    orig="2020-03-10", new="2028-03-10 04:31", deadline="2020-03-31",
    subject="Problems with your AWS Account - Please read urgently",
    body="""Greetings from Amazon Web Services,

We could not collect payment for your AWS account 581206439917. The attempt to charge your credit card for $0.88, covering your use of AWS services in [[2020-02-01|%b-%Y]], did not succeed. We will try to collect the amount again.

If the outstanding balance of $0.88 has not been paid in full by [[2020-03-31|%m/%d/%Y]], your Amazon Web Services account may be suspended or terminated.

To avoid an interruption, please sign in to the Billing and Cost Management console and check your payment method. If the card on file has expired or been replaced, update the details; you can then pay the open invoice from the Payments page.

If you have already paid, thank you and please ignore this message.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210.
""")

add(key="aws-freetier-ja", provider="AWS", label="billing", ja=True,
    url="https://hiroyama.info/?p=4184",
    frm="Amazon Web Services <aws-free-tier@amazon.com>", to="k.oyama@umibe-lab.example",
    orig="2021-03-08", new="2028-03-13 09:00", deadline="2021-03-31",
    subject="AWS 無料利用枠の期限終了のお知らせ",
    body="""AWS をご利用いただきありがとうございます。

弊社の記録では、お客様のアカウント (297405186320) の AWS 無料利用枠は [[2021-03-31|%Y年%m月%d日]] に期限を迎えます。

AWS 無料利用枠には、ご登録から 12 か月で終了する特典と、期限のない特典がございます。今回終了するのは 12 か月間の無料特典です。

お客様側で何も操作されない場合、リソースはそのまま稼働を続けます。12 か月の無料期間の終了後は、ご利用中のリソースの料金が、登録済みのクレジットカードに通常料金で請求されます。

不要なリソースがある場合は、期限前に停止または削除されることをおすすめします。現在のご利用状況は、請求情報とコスト管理ダッシュボードの「無料利用枠」ページでご確認いただけます。

https://console.aws.amazon.com/billing/home#/freetier

今後とも AWS をよろしくお願いいたします。

アマゾン ウェブ サービス
""")

add(key="aws-abuse-ja", provider="AWS", label="abuse", ja=True,
    url="https://azurer.site/?p=712",
    frm="AWS Trust & Safety <ec2-abuse@amazon.com>", to="infra@shimanami-soft.example",
    orig="2022-06-01", new="2028-03-13 18:22", deadline=None,
    subject="Your Amazon EC2 Abuse Report [12053496714]",
    body="""お客様

お客様の AWS リソースが不正な行為に関与しているとの報告を受け取りました。

AWS アカウント ID: 715830462091
リージョン: ap-northeast-1
EC2 インスタンス ID: i-0b7c3e29f15d4a860 [203.0.113.57]

報告された行為: 侵入の試み
報告の内容: 上記の IP アドレスから、報告者のサーバー (198.51.100.88) に対して SSH でのログイン試行が繰り返し行われていることがログに記録されています。

AWS Trust & Safety チームが扱う不正行為の種類は次のとおりです。
- スパム: AWS の IP アドレスからの迷惑メールの送信、またはフォーラムやウェブサイトへのスパム投稿
- ポートスキャン: 複数のポートにパケットを送り、保護されていないポートを探す行為
- サービス拒否 (DoS) 攻撃: 大量のパケットでサーバーやソフトウェアを過負荷にする行為
- 侵入の試み: 他者のリソースへのログインを試みる行為
- 不適切なコンテンツや著作権で保護されたコンテンツのホスティング
- マルウェアの配布

今回報告された行為は AWS 適正利用規約に違反します。行為を停止させたうえで、実施した対処の内容をこのメールへの返信でお知らせください。お客様がこの行為に心当たりがない場合、インスタンスが第三者に乗っ取られている可能性があります。その場合はインスタンスを停止し、信頼できるイメージから再構築することをご検討ください。

報告が誤りであるとお考えの場合も、その理由を添えて返信してください。

AWS Trust & Safety
""")

add(key="aws-rds-pg-minor", provider="AWS", label="action-required",
    url="https://github.com/itsriodejaneiro/mudamos-web/issues/480",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="dev@vozcidada.example",
    orig="2018-12-11", new="2028-03-14 13:37", deadline="2019-01-15",
    subject="Amazon RDS for PostgreSQL minor version upgrades [AWS Account: 126604837291]",
    body="""Hello,

Our records show that one or more PostgreSQL DB instances in your account are not on the most recent minor version available on Amazon RDS.

PostgreSQL 10.4, 9.6.9, 9.5.13 and 9.4.18 include important cumulative security fixes. We recommend upgrading at your earliest convenience:
  - PostgreSQL 10.x instances to 10.4
  - PostgreSQL 9.6.x instances to 9.6.9
  - PostgreSQL 9.5.x instances to 9.5.13
  - PostgreSQL 9.4.x instances to 9.4.18 or higher
PostgreSQL 9.3.x is no longer supported; please move such instances to 9.4.x or later as soon as possible.

Beginning [[2019-01-15|%B %d, %Y]], DB instances that have "Auto Minor Version Upgrade" turned on will be upgraded automatically during their maintenance window (9.3.x to 9.3.23, 9.4.x to 9.4.18, 9.5.x to 9.5.13, 9.6.x to 9.6.9 and 10.x to 10.4). Because of other maintenance work, it may take several weeks before a given instance is upgraded. If you do not want the automatic upgrade yet, turn the option off for the instance.

An upgrade restarts the database, which causes a short outage. Please plan accordingly.

Affected DB instances (sa-east-1): vozcidada-prod-db, vozcidada-staging-db

Sincerely,
Amazon Web Services
""")

add(key="aws-ses-cert", provider="AWS", label="maintenance",
    url="https://github.com/monde-sistemas/delphi-aws-ses/issues/20",
    frm="Amazon SES <no-reply-aws@amazon.com>", to="mail-admin@tramaviagens.example",
    orig="2015-08-24", new="2028-03-14 17:05", deadline="2015-09-22",
    subject="Important maintenance notice: Amazon Simple Email Service SSL/TLS certificate changes",
    body="""Dear Amazon SES customer,

As part of ongoing security improvements across our cloud platform, Amazon SES is moving the SSL certificates of its HTTPS and SMTP interfaces to a new certificate chain signed with SHA256. The change starts on [[2015-09-22|%B %d, %Y]] at 1 a.m. PDT and affects the US-EAST-1, EU-WEST-1 and US-WEST-2 Regions. It belongs to a wider AWS programme described in this security bulletin:
http://aws.amazon.com/security/security-bulletins/aws-to-switch-to-sha256-hash-algorithm-for-ssl-certificates/

We expect the switch to go unnoticed. However, if your systems call Amazon SES with an old certificate bundle that does not trust the new chain, your requests will fail with SSL handshake errors after the migration date. In that case, import the new certificate authority (CA) certificate into your certificate bundle. Testing and update steps are in the SSL certificate requirements topic of the AWS SDK for Java Developer Guide:
http://docs.aws.amazon.com/AWSSdkDocsJava/latest/DeveloperGuide/use-sha256.html

If you have questions, please contact AWS Support.

Thank you for using Amazon SES.

Amazon Web Services
""")

add(key="aws-ses-tls12", provider="AWS", label="action-required",
    url="https://github.com/jducoeur/Querki/pull/23",
    frm="Amazon Web Services <no-reply-aws@amazon.com>", to="jess@tinkerquill.example",
    orig="2023-10-07", new="2028-03-15 10:10", deadline="2023-12-31",
    subject="[Action Required] Amazon SES: TLS 1.0/1.1 connections detected from your account [AWS Account: 309486215770] [US-EAST-1]",
    body="""Hello,

We have detected connections to the Amazon SES SMTP endpoint in US-EAST-1 from your account that use TLS version 1.0 or 1.1.

AWS is raising the minimum TLS version for all of its API endpoints to TLS 1.2, with completion targeted for [[2023-12-31|%B %d, %Y]]. After that date, Amazon SES will refuse connections that negotiate TLS 1.0 or TLS 1.1, and messages your application tries to send over such connections will fail.

Please update the client libraries, runtime or operating system used by your sending application so that it connects with TLS 1.2 or later before [[2023-12-31|%B %d, %Y]]. Details of the most recent connections we observed:

  Endpoint:        email-smtp.us-east-1.amazonaws.com:587
  TLS version:     TLSv1.1
  Source IP:       192.0.2.146
  Last seen:       [[2023-10-05|%Y-%m-%d]] 22:14 UTC

For more information, see the AWS Security Blog post on the TLS 1.2 minimum:
https://aws.amazon.com/blogs/security/tls-1-2-required-for-aws-endpoints/

Sincerely,
Amazon Web Services
""")

# ------------------------------------------------------- other providers (22)
add(key="heroku22-eol", provider="Heroku", label="action-required",
    url="https://github.com/codeforamerica/vita-min/pull/6397",
    frm="Heroku <noreply@heroku.com>", to="eng-alerts@taxhelpers.example",
    orig="2026-08-11", new="2028-03-01 15:04", deadline="2027-04-30",
    subject="Reminder: your app filing-assist-prod uses the deprecated Heroku-22 stack",
    body="""Hello,

This is a reminder that your recently built app filing-assist-prod still runs on the Heroku-22 stack, which is deprecated.

What happens next:
  - Starting [[2026-11-01|%B %d, %Y]], the first build of each Heroku-22 app in any 30-day period fails with a deprecation notice.
  - Starting [[2027-02-01|%B %d, %Y]], this happens for the first build in any 7-day period.
  - Starting [[2027-04-01|%B %d, %Y]], the first build of every day fails.
  - On [[2027-04-30|%B %d, %Y]], Heroku-22 reaches end-of-life. Apps that use it stop receiving security updates and run at your own risk.
  - Starting [[2027-05-01|%B %d, %Y]], builds are no longer allowed for Heroku-22 apps.

Please move the app to a newer stack (Heroku-24 or Heroku-26) as soon as you can:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

The Heroku-22 End-Of-Life FAQ has more details:
https://help.heroku.com/NQNCQTEJ/heroku-22-end-of-life-faq

Thanks,
The Heroku Team
""")
add(key="heroku20-eol", provider="Heroku", label="action-required",
    url="https://github.com/minnestar/sessionizer/issues/318",
    frm="Heroku <noreply@heroku.com>", to="organizers@northconf.example",
    orig="2025-02-09", new="2028-03-02 18:33", deadline="2025-04-30",
    subject="Your app session-planner is on the deprecated Heroku-20 stack",
    body="""Hello,

Your app session-planner, owned by organizers@northconf.example, uses the Heroku-20 stack, which is deprecated.

Heroku-20 reaches end-of-life on [[2025-04-30|%B %d, %Y]]. After that date it no longer receives security updates, and apps that keep using it do so at their own risk. Starting [[2025-05-01|%B %d, %Y]], builds for Heroku-20 apps are disabled, so new deploys of session-planner will fail until the app has been upgraded.

Before that, the first build of each Heroku-20 app in any 7-day period already fails with a deprecation notice, and from [[2025-04-01|%B %d, %Y]] the first build of each day fails.

To avoid disruption, upgrade the app to Heroku-24, the current default stack:
https://devcenter.heroku.com/articles/upgrading-to-the-latest-stack

More information: https://help.heroku.com/NPN275RK/heroku-20-end-of-life-faq

The Heroku Team
""")
add(key="heroku-free-removal", provider="Heroku", label="pricing",
    url="https://github.com/Nasicus/d2-holy-grail/issues/106",
    frm="Heroku <noreply@heroku.com>", to="grailkeeper@runewatch.example",
    orig="2022-08-25", new="2028-03-03 20:10", deadline="2022-11-28",
    subject="Important changes to Heroku free plans",
    body="""Dear Customer,

Thank you for using Heroku. Starting [[2022-11-28|%B %d, %Y]], free Heroku Dynos, free Heroku Postgres and free Heroku Data for Redis(R) will no longer be offered. Our GM explains these and other changes on the Heroku blog.

Free dynos and free data add-ons that exist today are affected, so you need to act. To keep your apps and data from being disrupted, move them from the free plans to paid plans before [[2022-11-28|%B %d, %Y]]. Paid plans start at $7 per month for dynos, $9 per month for Heroku Postgres and $15 per month for Heroku Data for Redis(R).

In addition, starting [[2022-10-26|%B %d, %Y]] we will begin deleting accounts that have been inactive for more than a year, together with their storage.

Apps on your account that use free plans:
  - d2-grail (free dyno, Heroku Postgres hobby-dev)

For upgrade steps and answers to common questions, see the FAQ:
https://help.heroku.com/RSBRUH58/removal-of-heroku-free-product-plans-faq

Thank you,
The Heroku Team
""")

add(key="heroku-free-dyno-2015", provider="Heroku", label="pricing",
    url="https://github.com/thoughtpolice/heroku-ping/issues/6",
    frm="Heroku <noreply@heroku.com>", to="aleks@pingwatch.example",
    orig="2015-05-14", new="2028-03-06 22:45", deadline="2015-07-01",
    subject="Changes to Heroku dyno types and pricing",
    body="""Hello,

We are introducing new dyno types and pricing, and this affects apps on your account.

What is changing
- A new Free dyno replaces the free usage of a single 1X dyno. Free dynos must sleep for 6 hours in every 24-hour period and sleep after 30 minutes without web traffic.
- A new Hobby dyno, at $7 per month, never sleeps and includes custom domains and SSL.
- Professional dynos (Standard-1X, Standard-2X and Performance) replace today's 1X, 2X and PX dynos.

What happens to your apps
Existing applications that run a single 1X dyno will be moved to the new Free dyno after [[2015-07-01|%B %d, %Y]]. If one of these apps needs to stay awake around the clock, change it to a Hobby or Standard dyno before then.

Apps on your account running a single 1X dyno:
  - pingwatch-monitor

The first time one of your apps goes over 18 hours of usage in a day, we'll send you an email; you can see current usage in the dashboard or the CLI. For at least the next two months, these overage notices are informational only.

Read more on the Heroku blog: https://blog.heroku.com/archives/2015/5/7/heroku-free-dynos

Thanks,
The Heroku Team
""")

add(key="gcp-ar-activation", provider="Google Cloud", label="maintenance",
    url="https://github.com/ossf/allstar/issues/413",
    frm="Google Cloud <CloudPlatform-noreply@google.com>", to="infra@scorecard-lab.example",
    orig="2023-05-17", new="2028-03-07 16:58", deadline="2023-07-19",
    subject="[Action Advised] Artifact Registry will be enabled for projects that depend on Container Registry",
    body="""Hello Google Cloud customer,

We're writing to let you know that starting [[2023-07-19|%B %d, %Y]], we will enable the Artifact Registry service (artifactregistry.googleapis.com) on projects whose enabled services depend on Container Registry.

What do you need to know?
Container Registry is being discontinued starting [[2024-05-15|%B %d, %Y]] and replaced by Artifact Registry, which offers more capabilities and better performance. After [[2024-05-15|%B %d, %Y]], new projects that have never used Container Registry will store images from dependent services in Artifact Registry instead. To prepare for this, services that activate Container Registry today will also activate Artifact Registry automatically.

Services that depend on Container Registry include:
  - appengine.googleapis.com (App Engine)
  - appengineflex.googleapis.com (App Engine Flex)
  - cloudbuild.googleapis.com (Cloud Build)
  - container.googleapis.com (GKE)
  - run.googleapis.com (Cloud Run)

Your affected project:
  - allstar-prod (allstar-prod-381204)

What do you need to do?
No action is required for the activation itself. Enabling the Artifact Registry API does not by itself create charges. We recommend reviewing the transition guide and planning the move of your images:
https://cloud.google.com/artifact-registry/docs/transition/transition-from-gcr

Thanks for choosing Google Cloud.

- The Google Cloud Team

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to Google Cloud Platform or your account.
""")

add(key="gcp-gcr-phaseout", provider="Google Cloud", label="action-required",
    url="https://github.com/SatcherInstitute/health-equity-tracker/issues/2215",
    frm="Google Cloud <CloudPlatform-noreply@google.com>", to="ben.h@equitytrack.example",
    orig="2023-05-18", new="2028-03-08 14:15", deadline="2024-05-15",
    subject="[Action Required] Upgrade to Artifact Registry from Container Registry before [[2024-05-15|%B %d, %Y]]",
    body="""Hello Ben,

Container Registry will be phased out starting [[2024-05-15|%B %d, %Y]], and Artifact Registry, which offers a range of new capabilities, takes its place. Please review the options below for moving your projects.

What do you need to know?
Beginning [[2024-05-15|%B %d, %Y]], only some projects will still be allowed to host images in Container Registry: those where
  1) the Container Registry API was enabled before [[2024-05-15|%B %d, %Y]], and
  2) images have been pushed to Container Registry.
In every other project, images will be stored in Artifact Registry once the phase-out starts, and Container Registry will no longer be an option. Container Registry is in maintenance mode and receives only critical legal and security fixes.

After moving to Artifact Registry you can store images in:
  - standard repositories on the pkg.dev domain, in any supported region, which can cut latency and egress costs to GKE and other Google Cloud runtimes;
  - repositories with gcr.io domain support, kept for backward compatibility with existing automation.

What do you need to do?
Plan the transition of your projects before [[2024-05-15|%B %d, %Y]]. Affected project:
  - health-equity-tracker (het-infra-prod)

Transition guide: https://cloud.google.com/artifact-registry/docs/transition/transition-from-gcr

- The Google Cloud Team
""")

add(key="azure-storage-tls", provider="Azure", label="action-required",
    url="https://github.com/microsoft/AzUrlShortener/issues/597",
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to="frank@shortlinkworks.example",
    orig="2026-01-15", new="2028-03-08 17:50", deadline="2026-02-03",
    subject="Update the minimum TLS version of your Azure Storage account to 1.2 or later",
    body="""You're receiving this email because you use Azure Storage.

After [[2026-02-03|%d %B %Y]], Azure Storage accounts will no longer support TLS 1.0 and 1.1. To follow security best practice, TLS 1.2 becomes the minimum version. TLS 1.2 is more secure than 1.0 and 1.1, which lack support for modern cryptographic algorithms and cipher suites.

Required action
To keep your applications connecting to Azure Storage without interruption, move to TLS 1.2 or later before [[2026-02-03|%d %B %Y]] and remove any dependency on TLS 1.0 and 1.1. Then set the minimum TLS version of each storage account to 1.2. Our documentation explains how to find clients that still use older TLS versions.

Affected subscription
  Visual Studio Enterprise - 5e2c91d4-7a80-4f3b-b6c2-0d9a8e41f537
  Storage accounts: azshortst01, azshortlogs01

Help and support
If you have questions, ask community experts in Microsoft Q&A. If you have a support plan and need technical help, open a support request in the Azure portal.

Account information | Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

add(key="azure-tls12-2024", provider="Azure", label="action-required",
    url="https://github.com/MicrosoftDocs/security/issues/224",
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to="dba-lead@kalamazoo-health.example",
    orig="2023-11-13", new="2028-03-09 19:25", deadline="2024-10-31",
    subject="Action recommended: Ensure your resources that interact with Azure services are using TLS 1.2 by [[2024-10-31|%d %B %Y]]",
    body="""You're receiving this email because you use Azure services.

To improve security and give you best-in-class encryption, Azure services will require TLS 1.2 or later for all connections from [[2024-10-31|%d %B %Y]]. Support for TLS 1.0 and 1.1 ends on that date.

Recommended action
Make sure the resources and clients that interact with Azure services in your subscriptions use TLS 1.2 or later by [[2024-10-31|%d %B %Y]]. Connections that still negotiate TLS 1.0 or 1.1 after that date may fail.

To prepare:
  - Check which applications, SDKs, operating systems and tools connect to Azure services, and update them where needed.
  - Where a service lets you set a minimum TLS version (for example Azure Storage, Azure SQL Database or App Service), set it to 1.2.

Learn more about solving the TLS 1.0 problem:
https://learn.microsoft.com/security/engineering/solving-tls1-problem

Affected subscription
  Pay-As-You-Go - 3b7f0e25-c149-4d86-9a1e-62d8f0b5c7a4

Help and support
If you have questions, get answers from community experts in Microsoft Q&A. If you have a support plan and need technical help, create a support request.

Account information | Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

add(key="azure-trial-disabled", provider="Azure", label="billing",
    url="https://github.com/MicrosoftDocs/azure-docs/issues/78187",
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to="anurag.p@cloudtinker.example",
    orig="2021-07-11", new="2028-03-10 07:40", deadline=None,
    subject="Your Azure Free Trial subscription has reached its spending limit and is disabled",
    body="""Your subscription has been disabled

Subscription name: Free Trial
Subscription ID: 9c30e5a2-4b71-4f8e-a6d2-71e0b8c4f356

Your usage has reached the spending limit of the credit included with your Free Trial subscription. Azure subscriptions with credit have a spending limit, so that you use services only up to the included amount. Because the limit has been reached, Azure has disabled the subscription for the rest of the current billing period.

What this means
  - Your deployed services have been stopped and your virtual machines deallocated.
  - Your data, including storage accounts and databases, is kept, but you can't use or change the resources while the subscription is disabled.

What you can do
  - Upgrade to Pay-As-You-Go to reactivate the subscription now. After you upgrade, the resources that still exist in the subscription start to accrue normal charges.
  - Or delete the resources you no longer need before upgrading, so that you are not charged for them.

Learn more about the Azure spending limit:
https://learn.microsoft.com/azure/cost-management-billing/manage/spending-limit

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")
add(key="sakura-maint-ja", provider="Sakura Internet", label="maintenance", ja=True,
    url="https://manual.sakura.ad.jp/cloud/support/user-support.html",
    frm="さくらインターネット <support@sakura.ad.jp>", to="ops@hanamizuki-tech.example",
    orig="2024-07-04", new="2028-03-13 11:00", deadline="2024-07-18",
    subject="【さくらのクラウド】東京第1ゾーン ストレージメンテナンス実施のお知らせ",
    body="""さくらのクラウド 会員 ID: hmz29417 のお客様

いつもさくらのクラウドをご利用いただき、ありがとうございます。

お客様のディスクが収容されているストレージの機器調整のため、下記の日程でメンテナンスを実施いたします。

■ 実施日時
[[2024-07-18|%Y年%m月%d日]] 02:00 ～ 06:00

■ 対象ゾーン
東京第1ゾーン (tk1a)

■ 対象リソース
ストレージ名: tk1a-st-0417
ディスク: db-hmz-data (ID: 113700519846)
サーバ: db-hmz-01 (ID: 113700519833)

■ 影響
作業中、対象ディスクへの I/O が一時的に数十秒程度停止する場合があります。サーバの停止や再起動は予定しておりません。

■ ご確認のお願い
作業時間中に不具合を感じられた場合は、まずメンテナンス・障害情報ページで状況をご確認ください。個別の不具合が続く場合は、ゾーン、リソース名、リソース ID、不具合に気づいた時刻を添えてサポート窓口までお問い合わせください。
https://support.sakura.ad.jp/mainte/

ご迷惑をおかけいたしますが、ご理解とご協力をお願い申し上げます。

さくらインターネット株式会社
""")
add(key="do-account-locked", provider="DigitalOcean", label="abuse",
    url="https://blog.digitalocean.com/an-update-on-last-weeks-customer-shutdown-incident",
    frm="DigitalOcean Support <support@support.digitalocean.com>", to="nicolas@raisefund.example",
    orig="2019-05-29", new="2028-03-14 02:18", deadline=None,
    subject="[DigitalOcean] Your account has been locked - Ticket #4471825",
    body="""Hello,

Our automated abuse-prevention systems have flagged activity on your account that matches patterns we associate with cryptocurrency mining on fraudulent or compromised accounts. The signals include sustained high CPU load across your Droplets and a sudden increase in Droplet creation compared with your payment history.

To protect the platform and other customers, we have taken the following actions:
  - your account has been locked;
  - your Droplets have been powered off (your data has not been deleted).

Affected resources:
  - 14 Droplets in NYC1 and AMS3, including ingest-worker-01 (192.0.2.61) and ingest-worker-02 (192.0.2.62)
  - 2 Managed Databases (powered off)

If you believe this action was taken in error, please reply to this ticket and describe your workload, why it uses CPU in this way, and how your account is funded. Our Trust & Safety team will review the case.

Thank you,
DigitalOcean Trust & Safety
""")

add(key="heficed-phishing-susp", provider="Heficed", label="abuse",
    url="https://kb.heficed.com/en/articles/2713456-i-am-suspended-for-phishing-what-s-that",
    frm="Heficed Abuse Team <abuse@heficed.com>", to="hosting@greenkiosk.example",
    orig="2023-04-04", new="2028-03-14 09:51", deadline=None,
    subject="Service suspended: phishing [Case #HF-ABU-88214]",
    body="""Hello,

Your service KVM-2G-LT (IP 203.0.113.214) has been suspended because it was reported for phishing.

Phishing is a form of email fraud in which someone tries to obtain personal or financial information, such as card details or passwords, by sending messages that imitate a trusted organisation. The messages usually contain a link to a website that asks the recipient to "update" that information.

According to the report we received, your server is hosting a page that imitates a bank login form at:
  hxxp://203.0.113.214/secure/login/verify.php
and is being used to send messages that link to it.

What we recommend
Servers used this way have usually been infected. We suggest that you reinstall the service and then set a new, strong password from the Terminal. Check any web applications (CMS, plugins) for vulnerabilities before you restore them from backups.

Once you have cleaned the server, reply to this message with a description of what you found and the steps you took, and we will review the suspension.

More about this suspension reason is in our Terms of Service.

Kind regards,
Heficed Abuse Team
""")

add(key="hetzner-dmca-lock", provider="Hetzner", label="abuse",
    url="https://github.com/zedeus/nitter/issues/473",
    frm="Hetzner Online GmbH - Abuse <abuse@hetzner.com>", to="z.maintainer@tweetmirror.example",
    orig="2021-11-30", new="2028-03-15 08:02", deadline=None,
    subject="Abuse Message [AbuseID:9F31C2:27]: Copyright infringement - IP 198.51.100.171 locked",
    body="""Dear Sir or Madam,

We have received several complaints about copyright infringement involving your server with the IP address 198.51.100.171 (server #1438207). The complaints concern content made available at the host tweetmirror.example.

Because we had received more than one complaint about this matter and the issue was not resolved, we have locked the IP address 198.51.100.171. The server itself remains accessible through the Robot console and through any other IP addresses assigned to it.

How to proceed:
- Remove the reported content or otherwise resolve the cause of the complaints.
- Then request the unlocking of the IP address using the following link, and describe in detail what the cause was and what you have done to prevent further complaints:
  https://abuse.hetzner.com/statements/?token=3b8e2f17c49d05a6e1d7c0b94f28a3e5

Please note that repeated complaints about the same service may lead to the cancellation of your contract in accordance with section 8.2 of our Terms and Conditions.

Important note:
When replying to us, please leave the abuse ID [AbuseID:9F31C2:27] unchanged in the subject line. Manual replies will only be handled in the event of a lock down.

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
""")

add(key="hetzner-netscan", provider="Hetzner", label="abuse",
    url="https://github.com/ParsaKSH/TAQ-BOSTAN/issues/25",
    frm="Hetzner Online GmbH - Abuse <abuse@hetzner.com>", to="ashkan.m@tunnelworks.example",
    orig="2025-12-22", new="2028-03-15 19:40", deadline="2025-12-23",
    subject="Abuse Message [AbuseID:4D7A10:1F]: NetscanOutPPS: Netscan detected from 192.0.2.25",
    body="""Dear Mr Ashkan M.,

There are indications that your server 192.0.2.25 has been used to attack other systems.
Please take every measure needed to stop this and to keep it from happening again.

Please also send us a short statement explaining how this could have happened and what you are doing about it.
If the steps below are not completed successfully, your server may be blocked at any time after [[2025-12-23|%Y-%m-%d]] 09:15:41 +0100.

How to proceed:
- Fix the problem
- Check whether the problem still exists with this link: https://abuse.hetzner.com/retries/?token=a91c0e57d2f48b36c7e1d4a0b5f923e8
- Once the check has passed, submit your statement with this link: https://abuse.hetzner.com/statements/?token=a91c0e57d2f48b36c7e1d4a0b5f923e8

Important note:
Please keep the abuse ID [AbuseID:4D7A10:1F] unchanged in the subject line of any reply. Manual replies are only handled in the event of a lock down. For questions, contact our support staff at support@hetzner.com.

##########################################################################
#               Netscan detected from host 192.0.2.25                    #
##########################################################################

TIME (UTC)           SRC        SRC-PORT -> DST             DST-PORT SIZE PROT
--------------------------------------------------------------------------------
[[2025-12-22|%Y-%m-%d]] 06:41:03  192.0.2.25  41822 ->  198.51.100.4      22   60 TCP
[[2025-12-22|%Y-%m-%d]] 06:41:03  192.0.2.25  41822 ->  198.51.100.5      22   60 TCP
[[2025-12-22|%Y-%m-%d]] 06:41:04  192.0.2.25  41822 ->  198.51.100.6      22   60 TCP
[[2025-12-22|%Y-%m-%d]] 06:41:04  192.0.2.25  41822 ->  198.51.100.9      22   60 TCP
[[2025-12-22|%Y-%m-%d]] 06:41:05  192.0.2.25  41822 ->  198.51.100.12     22   60 TCP

Kind regards

Abuse Team

Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
""")

add(key="anonvm-zmap-ban", provider="AnonVM", label="abuse",
    url="https://github.com/R00tS3c/DDOS-RootSec/issues/116",
    frm="AnonVM Abuse <abuse@anonvm.example>", to="jonny73@protonmail.example",
    orig="2024-10-08", new="2028-03-16 06:12", deadline=None,
    subject="Service terminated: network scanning from VPS 203.0.113.77 [Ticket #ABU-28-31147]",
    body="""Hello,

Your VPS with the IP address 203.0.113.77 (plan NL-KVM-4) has been terminated and your account has been banned.

Reason: network scanning. Our monitoring and several external reports show that the server ran zmap against large address ranges, sending probes to port 23 and port 80 on hundreds of thousands of hosts within a few minutes. Internet-wide scanning is not permitted under our Acceptable Use Policy, whether or not the traffic is used for an attack afterwards, because it gets our address ranges blacklisted for all customers.

Extract of the reports:
  [[2024-10-08|%Y-%m-%d]] 03:11:42 UTC  203.0.113.77 -> 198.51.100.0/24  TCP/23  SYN  (zmap signature)
  [[2024-10-08|%Y-%m-%d]] 03:11:43 UTC  203.0.113.77 -> 192.0.2.0/24     TCP/80  SYN  (zmap signature)

Because this is a zero-tolerance category, the service was ended without prior warning and no refund is due for the remaining period.

If you believe this decision is wrong, reply to this ticket and explain what was running on the server.

Regards,
AnonVM Abuse Team
""")
add(key="gcp-dos-ratelimit", provider="Google Cloud", label="abuse",
    url="https://github.com/plexdrive/plexdrive/issues/231",
    frm="Google Cloud Platform <google-cloud-compliance@google.com>", to="r.hummel@mediacache.example",
    orig="2017-08-16", new="2028-03-16 15:27", deadline="2017-08-19",
    subject="Google Cloud Platform/API project mediacache-drive-01 - action required",
    body="""Hello Google Cloud Platform/APIs Developer,

We have recently detected activity in your Google Cloud Platform/APIs project mediacache-drive-01 (id: mediacache-drive-01-177204) that appears to violate our Terms of Service. Please take a moment to review the Google Cloud Platform Terms of Service, or the Terms of Service of the specific Google API you are using.

Your project appears to be taking part in denial of service attacks. To protect our users, we have placed an outbound bandwidth rate limit on the project.

We will suspend your project in 3 days, on [[2017-08-19|%B %d, %Y]], unless you correct the problem by making sure that the traffic your project sends to third parties is expected and that the project has not been compromised. Detailed instructions are available in the Google Developers Console at https://console.developers.google.com.

If your project begins to seriously interfere with the service or with other users, we may have to suspend it before the 3-day period ends. Responding quickly is the best way to keep this from happening.

Sincerely,
The Google Cloud Platform / API Trust & Safety Team
""")

add(key="firebase-sa-key-susp", provider="Google Cloud / Firebase", label="security-incident",
    url="https://github.com/firebase/firebase-tools/issues/10700",
    frm="Google Cloud <google-cloud-compliance@google.com>", to="matt.c@teamhuddle.example",
    orig="2026-06-17", new="2028-03-17 05:48", deadline=None,
    subject="[Action Required] Your project team-huddle-chat has been suspended: leaked service account key",
    body="""Hello,

We have detected that a private key for a service account in your Google Cloud project team-huddle-chat (id: team-huddle-chat-41a7c) is publicly available on the internet. It was found in a public GitHub repository through our secret-scanning partnership:

  Service account: firebase-adminsdk-x2k9q@team-huddle-chat-41a7c.iam.gserviceaccount.com
  Key ID:          8c1e47b0d25f93a6e4c7b1d0f52a8e39c6d4b7a1
  Location:        https://github.com/huddle-dev/team-chat-app/blob/3e91c0d/functions/serviceAccount.json

A leaked key can let anyone access, change or delete your data and use resources that are billed to you. To protect your project and its users, we have suspended the project. Your Firebase apps that depend on it are currently unavailable.

What to do next
  1. Remove the key file from the repository and from its history, or make the repository private.
  2. Delete the exposed key in IAM & Admin > Service Accounts, and create a new key only if you really need one.
  3. Review Cloud Audit Logs for activity you do not recognise and undo it.
  4. Submit an appeal from the Google Cloud console as a project owner, stating what you have done. Our team will review it and restore the project once the issue is resolved.

Learn more about securing service account keys:
https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys

- The Google Cloud Trust & Safety Team
""")

add(key="npm-token-revoked", provider="GitHub (npm)", label="security-incident",
    url="https://github.com/11ty/eleventy-plugin-syntaxhighlight/issues/93",
    frm="npm <support@npmjs.com>", to="zach@elevenpub.example",
    orig="2025-05-08", new="2028-03-17 22:00", deadline=None,
    subject="[npm] One of your access tokens was found in public and has been revoked",
    body="""Hi zachl,

We found an npm access token belonging to your account in a public location, and we have revoked it to protect your packages.

  Token:        npm_...k2Q7 (granular access token "gh-release-syntaxhl")
  Scope:        read and write: @elevenpub/plugin-syntaxhighlight
  Found at:     https://github.com/elevenpub/plugin-syntaxhighlight/actions/runs/14889120374 (workflow log)
  Detected:     [[2025-05-08|%Y-%m-%d]] 21:52 UTC
  Revoked:      [[2025-05-08|%Y-%m-%d]] 22:00 UTC

How we knew
GitHub secret scanning looks for npm tokens in public repositories and other public content, and tells us whenever it finds one. We verify the token and revoke it if it is still valid.

What you should do
  - Check the versions of the packages this token could publish and confirm that every release was made by you.
  - Create a new token if your automation still needs one, and store it as an encrypted secret rather than printing it to logs.
  - Consider publishing with trusted publishing (OIDC) so that no long-lived token is needed.

If you did not expect this, or you notice publishes you did not make, contact npm Support right away.

The npm team
GitHub, Inc.
""")

# ---------------------------------------------------------------- phishing (4)
add(key="phish-github-guard", provider="GitHub (phishing)", label="security-incident", phishing=True,
    url="https://git-hub-support.github.io",
    frm="GitHub Security <security-alert@git-hub-support.example>", to="dev-lead@orbitforge.example",
    orig="2026-05-02", new="2028-03-20 03:09", deadline="2026-05-03",
    subject="Action required - your GitHub account may be blocked",
    body="""Suspicious activity and account protection

Our AI security engine has detected suspicious sign-in activity on your account. If you do not act, your account will be blocked automatically to protect your organization and the services linked to it.

What happened
GitHub keeps watching account activity with an AI-powered engine. Several recent sign-in attempts on your account did not match your usual location, device or time, and were flagged as possibly unauthorized.

Flagged sessions
  IP address       Location            Event                    Time            Status
  195.91.204.xx    Moscow, Russia      Sign-in attempt          ~2 hours ago    Suspicious
  103.45.67.xx     Beijing, China      Password reset request   ~5 hours ago    Suspicious
  91.108.4.xx      Frankfurt, Germany  New device login         ~11 hours ago   Unusual

What you need to do
Verify your identity with GitHub Guard, the official GitHub desktop security app for Windows, within 24 hours. If verification is not completed before [[2026-05-03|%B %d, %Y]] 03:00 UTC, your account will be blocked automatically.

Download GitHub Guard and verify: https://git-hub-support.github.io/guard-setup.exe

The GitHub Security Team
""")

add(key="phish-github-mention", provider="GitHub (phishing)", label="security-advisory", phishing=True,
    url="https://devactivity.com/insights/community-insight-understanding-github-phishing-attacks-via-mentions",
    frm="SecureBuild-065530 <notifications@github.com>", to="faizan@rdvc-labs.example",
    orig="2025-09-18", new="2028-03-21 12:44", deadline=None,
    subject="[VisualCodePatch/discussions] Visual Studio Code - High-Risk Security Issue - Emergency Action Alert (Discussion #1)",
    body="""Visual Studio Code - High-Risk Security Issue - Emergency Action Alert

A high-risk vulnerability has been found in Visual Studio Code. It allows a crafted workspace to run code on your machine as soon as the folder is opened. Attackers are already using it against developers who publish on GitHub.

All affected users must install the emergency security update immediately:

  Download the patched build: hxxps://share.google/vscode-emergency-update

Versions affected: 1.9x and later (all platforms)
Severity: Critical (CVSS 9.8)

After installing, restart Visual Studio Code and re-open your workspaces. Do not open untrusted repositories until the update is installed.

cc @faizan-rdvc @ayushcmd @itx-ashan @paul-dev @mcoder22 @d-lewin @orbit-k @jsmith-dev @tvaldes @nico-w and 240 others

--
Reply to this email directly, view it on GitHub:
https://github.com/VisualCodePatch/VisualCodePatch/discussions/1
You are receiving this because you were mentioned.
""")

add(key="phish-azure-callback", provider="Azure (phishing)", label="billing", phishing=True,
    url="https://www.tectroniq.com/post/microsoft-azure-monitor-phishing-scam-alert",
    frm="Microsoft Azure <azure-noreply@microsoft.com>", to="accounts@brightlane-pro.example",
    orig="2026-03-10", new="2028-03-22 15:02", deadline=None,
    subject="Azure: Activated Severity: 2 Your Payment Has Been Received",
    body="""Azure Monitor alert

Your payment has been received

Transaction ID:   PP456-887A-22B
Amount:           $459.90 USD
Date:             [[2026-03-10|%m/%d/%Y]]
Merchant:         Windows Defender Advanced Protection - Annual Renewal
Payment method:   Card on file

Thank you for your purchase. The amount above will appear on your statement within 24 to 48 hours.

If you did not authorize this charge or want to cancel the renewal, call our billing department immediately at +1 (855) 555-0147. Refunds can only be issued within 24 hours of this notice.

Alert rule:       Billing-Payment-Confirmation
Severity:         Sev2
Monitor condition: Fired
Resource:         /subscriptions/a8c2e71d-0f4b-4d39-b5e6-7c1d9a30f284

You're receiving this notification as a member of the action group BillingAlerts.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

add(key="phish-cloud-storage", provider="Google Cloud (phishing)", label="billing", phishing=True,
    url="https://www.gblock.app/articles/cloud-storage-payment-scam-phishing",
    frm="Cloud Storage Billing <billing@cloud-storage-renewal.example>", to="m.ortega@casaortega.example",
    orig="2026-01-28", new="2028-03-23 08:26", deadline=None,
    subject="Immediate Action Required. Payment Declined - Cloud Storage 1TB",
    body="""Dear Maria Ortega,

Your Cloud Subscription Is at Risk

We couldn't process the most recent payment for your Google Cloud Storage plan (1 TB). Subscription ID: GCS-7741-0932-18.

Your storage is currently full:
  Photos       412 GB
  Cloud Drive  503 GB
  Mail         109 GB

If this is not resolved, your backups will be paused and your photos, videos and files may be permanently deleted. Please verify or update your payment method now to keep access to your data and device backups.

  Update payment method: hxxps://cloud-storage-renewal.example/verify?id=GCS-7741-0932-18

As a one-time courtesy, you can also claim 50 GB of extra storage after updating your payment details.

Google Cloud Storage Team
""")


# --------------------------------------------------------------- machinery
TOKEN = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})\|([^\]]+)\]\]")


def shift_text(text, delta):
    def rep(m):
        d = dt.date.fromisoformat(m.group(1)) + delta
        return d.strftime(m.group(2))
    return TOKEN.sub(rep, text)


def build():
    msgs = []
    for i, n in enumerate(N, 1):
        orig = dt.date.fromisoformat(n["orig"])
        new_dt = dt.datetime.strptime(n["new"], "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
        delta = new_dt.date() - orig
        body = shift_text(n["body"], delta)
        subject = shift_text(n["subject"], delta)
        deadline = "none"
        if n["deadline"]:
            deadline = (dt.date.fromisoformat(n["deadline"]) + delta).isoformat()
        m = Message()
        name, addr = parseaddr(n["frm"])
        if any(ord(c) > 127 for c in name):
            m["From"] = "%s <%s>" % (Header(name, "utf-8").encode(), addr)
        else:
            m["From"] = n["frm"]
        m["To"] = n["to"]
        if any(ord(c) > 127 for c in subject):
            m["Subject"] = Header(subject, "utf-8").encode()
        else:
            m["Subject"] = subject
        m["Date"] = format_datetime(new_dt)
        dom = addr.split("@", 1)[1]
        m["Message-ID"] = "<g14.%02d.%s.%s@%s>" % (i, n["key"], new_dt.strftime("%Y%m%d%H%M"), dom)
        m["MIME-Version"] = "1.0"
        m["Content-Type"] = "text/plain; charset=utf-8"
        if any(ord(c) > 127 for c in body):
            m["Content-Transfer-Encoding"] = "quoted-printable"
            payload = quopri.encodestring(body.encode("utf-8")).decode("ascii")
        else:
            m["Content-Transfer-Encoding"] = "7bit"
            payload = body
        m["X-Training-Label"] = n["label"]
        m["X-Training-Deadline"] = deadline
        if n.get("phishing"):
            m["X-Training-Phishing"] = "yes"
        m.set_payload(payload)
        mm = mailbox.mboxMessage(m)
        mm.set_from(addr, new_dt.replace(tzinfo=None).timetuple())
        msgs.append((n, mm, deadline, body))
    return msgs


def write(msgs):
    if os.path.exists(OUT):
        os.remove(OUT)
    box = mailbox.mbox(OUT, create=True)
    box.lock()
    try:
        for _, mm, _, _ in msgs:
            box.add(mm)
        box.flush()
    finally:
        box.unlock()
        box.close()


def check(msgs):
    problems = []
    raw = open(OUT, "rb").read()
    if b"\r\n" in raw:
        problems.append("CRLF line endings found")
    box = mailbox.mbox(OUT)
    items = list(box)
    if len(items) != len(msgs):
        problems.append("expected %d messages, read %d" % (len(msgs), len(items)))
    ids = set()
    for k, msg in enumerate(items, 1):
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version",
                  "Content-Type", "X-Training-Label", "X-Training-Deadline"):
            if msg[h] is None:
                problems.append("#%d missing %s" % (k, h))
        for h, v in msg.items():
            if any(ord(c) > 127 for c in str(v)):
                problems.append("#%d non-ASCII header %s" % (k, h))
        d = msg["Date"]
        try:
            pd = __import__("email.utils").utils.parsedate_to_datetime(d)
            if (pd.year, pd.month) != (2028, 3):
                problems.append("#%d Date not in March 2028: %s" % (k, d))
        except Exception as e:  # noqa
            problems.append("#%d bad Date %r" % (k, d))
        if msg["Message-ID"] in ids:
            problems.append("#%d duplicate Message-ID" % k)
        ids.add(msg["Message-ID"])
        if msg.get_content_type() != "text/plain" or msg.get_content_charset() != "utf-8":
            problems.append("#%d wrong content type" % k)
        lab = msg["X-Training-Label"]
        if lab not in LABELS:
            problems.append("#%d bad label %s" % (k, lab))
        dl = msg["X-Training-Deadline"]
        if dl != "none":
            try:
                dt.date.fromisoformat(dl)
            except ValueError:
                problems.append("#%d bad deadline %s" % (k, dl))
        body = msg.get_payload(decode=True).decode("utf-8")
        if any(ord(c) > 127 for c in body) and msg["Content-Transfer-Encoding"] != "quoted-printable":
            problems.append("#%d non-ASCII body not QP" % k)
        if "[[" in body or "[[" in str(msg["Subject"]):
            problems.append("#%d unshifted date token" % k)
        if body.strip() != msgs[k - 1][3].strip():
            problems.append("#%d body round-trip mismatch" % k)
        # every 4-digit year in body should not be an unshifted original year
        for ip in re.findall(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b", body):
            if not re.match(r"^(192\.0\.2|198\.51\.100|203\.0\.113)\.", ip) and not ip.startswith("195.91.204") \
                    and not ip.startswith("103.45.67") and not ip.startswith("91.108.4"):
                problems.append("#%d IP outside documentation ranges: %s" % (k, ip))
    phish = sum(1 for m in items if m["X-Training-Phishing"] == "yes")
    if phish < 3:
        problems.append("fewer than 3 phishing messages")
    crit = sum(1 for m in items if m["X-Training-Label"] in ("abuse", "security-incident"))
    if crit < 12:
        problems.append("fewer than 12 critical messages")
    return problems, items


def main():
    msgs = build()
    write(msgs)
    problems, items = check(msgs)
    counts = {}
    for m in items:
        counts[m["X-Training-Label"]] = counts.get(m["X-Training-Label"], 0) + 1
    print("messages:", len(items))
    for k in sorted(counts):
        print("  %-18s %d" % (k, counts[k]))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
