#!/usr/bin/env python3
"""Validation batch g28 (June 2028): cloud-provider notices written after public originals.

Standard library only, deterministic. Writes set-g28.mbox, used-sources.txt and README.md
next to this file, re-reads the mbox, checks it and exits 1 on any problem (prints OK otherwise).
Dates in bodies are written as [[YYYY-MM-DD|format]] with the ORIGINAL date; every such date is
moved by the notice's own offset (target send date - original send date).
"""
import datetime
import email
import email.header
import email.message
import email.utils
import ipaddress
import mailbox
import os
import quopri
import re
import sys
import time

NAME = "g28"
YEAR, MONTH = 2028, 6
HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = os.path.join(HERE, "set-%s.mbox" % NAME)
LABELS = ["abuse", "security-incident", "action-required", "security-advisory",
          "maintenance", "pricing", "billing", "informational"]
NOTICES = []


def add(**kw):
    NOTICES.append(kw)


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JDAYS = "月火水木金土日"


def fmt_date(d, fmt):
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%":
            out.append(c)
            i += 1
            continue
        tok = fmt[i + 1]
        if tok == "-":
            tok2 = fmt[i + 2]
            out.append(str(d.day) if tok2 == "d" else str(d.month))
            i += 3
            continue
        out.append({
            "Y": "%04d" % d.year, "m": "%02d" % d.month, "d": "%02d" % d.day,
            "B": MONTHS[d.month - 1], "b": MONTHS[d.month - 1][:3],
            "A": DAYS[d.weekday()], "a": DAYS[d.weekday()][:3],
            "J": JDAYS[d.weekday()], "%": "%",
        }[tok])
        i += 2
    return "".join(out)


PH = re.compile(r"\[\[(\d{4}-\d{2}-\d{2})(?:\|([^\]]*))?\]\]")


def render(text, offset):
    def sub(m):
        d = datetime.date.fromisoformat(m.group(1)) + offset
        return fmt_date(d, m.group(2) or "%Y-%m-%d")
    return PH.sub(sub, text)

# --------------------------------------------------------------------------------------------
# Notices (chunk 1)
# --------------------------------------------------------------------------------------------

add(src="https://repost.aws/knowledge-center/dmca-counter-notice",
    provider="AWS", label="abuse", orig="2023-03-14", target="2028-06-01", time="09:12:40", tz="+0000",
    deadline="2023-03-16",
    frm=("AWS Trust & Safety", "ec2-abuse@amazon.com"),
    to="security@brightwave-media.example",
    subject="AWS Abuse Report - DMCA notice [Case 48213377610-1] - S3 bucket assets-brightwave-media",
    body="""Hello,

AWS Trust & Safety has received a notice under the Digital Millennium Copyright
Act (DMCA) from a party that says it owns, or acts for the owner of, material
that is being distributed from a resource in your account.

  AWS Account ID:  418827360915
  Resource:        Amazon S3 bucket assets-brightwave-media (us-east-1)
  Reported URLs:   https://assets-brightwave-media.s3.amazonaws.com/downloads/fieldguide-2nd-ed.pdf
                   https://assets-brightwave-media.s3.amazonaws.com/downloads/fieldguide-audio.zip

The complainant's notice is reproduced at the end of this message. Making
someone else's copyrighted work available without permission is not allowed
under the AWS Customer Agreement or the AWS Acceptable Use Policy.

What we need from you
---------------------
Remove the material listed above, or block public access to it, and answer
this email when that is done. We need your answer by [[2023-03-16|%B %-d, %Y]].

If you believe the files were identified by mistake, or that you are licensed
to distribute them, you can send us a counter-notice instead. Put it in the
body of your reply (our team does not open attachments) and include:

  1. a description of the material and the location where it was published;
  2. a statement, made under penalty of perjury, that you believe in good
     faith that it was reported or removed because of a mistake or a
     misidentification;
  3. your name, postal address and telephone number;
  4. your consent to the jurisdiction of the competent United States federal
     district court, and your agreement to accept service of process from
     the complainant or its agent;
  5. your physical or electronic signature.

If we have not heard from you by the date above we may block public access to
the reported objects ourselves. Accounts that repeatedly host infringing
material can be suspended.

Regards,
AWS Trust & Safety
Case 48213377610-1

---------- Notice received [[2023-03-13|%Y-%m-%d]] 17:48 UTC ----------
From: Rights Enforcement, Larchmont Educational Press
      <enforcement@larchmont-press.example>

We act for Larchmont Educational Press, which owns the copyright in the
title "Field Guide to Coastal Birds, 2nd edition" and its audio companion.
The two files at the URLs listed above are complete copies made and offered
without our client's authorization. Please have them taken down.

I have a good faith belief that the use described is not authorized by the
copyright owner, its agent or the law. The information in this notice is
accurate, and under penalty of perjury I am authorized to act on behalf of
the owner.

/s/ Dana Whitfield, Rights Enforcement
""")

add(src="https://github.com/thinkst/canarytokens-docker/issues/51",
    provider="AWS", label="abuse", orig="2019-11-08", target="2028-06-01", time="14:40:03", tz="+0000",
    deadline="none",
    frm=("Amazon EC2 Abuse", "ec2-abuse@amazon.com"),
    to="ops@tripwire-labs.example",
    subject="Your Amazon EC2 Abuse Report [71592046381-1]",
    body="""Hello,

A report has reached us saying that an EC2 instance in your account answers
recursive DNS queries for anyone on the internet.

  AWS ID: 660214873509   Region: eu-west-1
  EC2 Instance Id: i-0c7d41e9a2b38f605 [203.0.113.84]

An open recursive resolver can be sent queries with a forged source address
and then floods the forged address with large answers (DNS amplification).
Offering a service that other people can use to attack remote networks is not
permitted under the AWS Acceptable Use Policy (https://aws.amazon.com/aup/).
The data supplied by the reporter is copied below.

Please make one of these changes and then reply to this email describing what
you did:

  * only answer clients on your own networks (an allow-query or
    allow-recursion list in BIND, or a security group that no longer opens
    UDP and TCP port 53 to the whole internet);
  * if the server only needs to answer for zones it is authoritative for,
    switch recursion off completely;
  * add response rate limiting so that a single forged source cannot draw
    large volumes of traffic.

If the service is meant to be public and you do not think it is abusive,
reply with a short description of your use case. If nobody in your team set
this resolver up, assume the instance may have been taken over and
investigate it before doing anything else.

Please keep the case number in the subject line of your reply.

Amazon Web Services

------ data from the reporter ------
Source:     203.0.113.84 udp/53
Observed:   [[2019-11-07|%Y-%m-%d]] 22:14 UTC - 23:02 UTC
Behaviour:  answers of 3,900-4,100 bytes sent to 198.51.100.23 in reply to
            ANY queries carrying that host's address as forged source
Probe:      RA flag set; resolver returned an answer for a name outside any
            zone hosted on the server
------------------------------------
""")

add(src="https://gist.github.com/jaygooby/2700905",
    provider="AWS", label="abuse", orig="2012-05-15", target="2028-06-02", time="03:27:51", tz="+0000",
    deadline="none",
    frm=("AWS Abuse", "abuse@amazonaws.com"),
    to="hosting@pebblecreek-apps.example",
    subject="Amazon EC2 abuse report: port scanning from your instance - case 39920418755-1",
    body="""Hello,

We have been told that the instance below has been probing hosts on the
internet for open ports:

  Instance Id:  i-7ce2a58d
  IP Address:   203.0.113.201

The reporter's information is included at the bottom of this message.
Scanning other networks is expressly prohibited by our Customer Agreement
(http://aws.amazon.com/agreement/).

Please cut off this traffic from your instance right away so that other
networks are no longer disturbed, then reply to this email saying what you
changed. Your reply is forwarded to the person who filed the report, and it
also tells our ticket system that you have seen this notice.

The instance may have been taken over by an outside attacker. Securing your
instances and the applications that run on them remains your responsibility;
some suggestions for locking down an EC2 instance are collected at
http://aws.amazon.com/articles/1233.

Case number: 39920418755-1

------ report ------
Reporter:  NOC, Fennick Regional Networks <noc@fennick-net.example>
Times in UTC
[[2012-05-14|%Y-%m-%d]] 18:02:11  203.0.113.201 -> 198.51.100.0/24  TCP SYN, dports 22,23,3389,5900  11,480 pkts
[[2012-05-14|%Y-%m-%d]] 18:40:56  203.0.113.201 -> 198.51.100.0/24  TCP SYN, dports 1433,3306,6379      7,902 pkts
[[2012-05-15|%Y-%m-%d]] 02:19:30  203.0.113.201 -> 198.51.100.0/24  TCP SYN, dports 22,2222            14,116 pkts
These sweeps hit every address in our block. Please have them stopped.
--------------------
""")

add(src="https://mwookpark.blogspot.com/2018/01/aws-20171227.html",
    provider="AWS", label="security-incident", orig="2017-12-27", target="2028-06-02", time="07:55:18", tz="+0000",
    deadline="none",
    frm=("Amazon Web Services", "aws-verification@amazon.com"),
    to="mw.park@larkspur-studio.example",
    subject="Your AWS Account may have been compromised",
    body="""Dear AWS Customer,

Recent activity on your AWS account 3341-9027-6618 suggests that somebody
other than you is using it. During the last hours a large number of Amazon
EC2 instances was started in regions where the account had been idle, and we
believe your credentials may be known to a third party.

Please check and terminate all unauthorized EC2 instances. The instance list
of each region is available here:

  US East (N. Virginia)      https://console.aws.amazon.com/ec2/v2/home?region=us-east-1#Instances
  US East (Ohio)             https://console.aws.amazon.com/ec2/v2/home?region=us-east-2#Instances
  US West (Oregon)           https://console.aws.amazon.com/ec2/v2/home?region=us-west-2#Instances
  EU (Ireland)               https://console.aws.amazon.com/ec2/v2/home?region=eu-west-1#Instances
  EU (Frankfurt)             https://console.aws.amazon.com/ec2/v2/home?region=eu-central-1#Instances
  Asia Pacific (Tokyo)       https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-1#Instances
  Asia Pacific (Seoul)       https://console.aws.amazon.com/ec2/v2/home?region=ap-northeast-2#Instances
  Asia Pacific (Singapore)   https://console.aws.amazon.com/ec2/v2/home?region=ap-southeast-1#Instances
  Asia Pacific (Sydney)      https://console.aws.amazon.com/ec2/v2/home?region=ap-southeast-2#Instances
  South America (Sao Paulo)  https://console.aws.amazon.com/ec2/v2/home?region=sa-east-1#Instances

Once the instances are gone:

 1. Change the root user password and enable multi-factor authentication.
 2. Delete every access key you do not recognize and rotate the ones you
    use. Keys that were ever committed to source code or pushed to a public
    repository must be treated as exposed.
 3. Remove IAM users, roles, key pairs and Spot requests that you did not
    create.
 4. Reply to the support case we opened for you (case 4720913865) once the
    account is clean, so that the charges caused by this activity can be
    reviewed.

To limit further charges we have temporarily lowered the instance launch
limits of your account. This does not make the account safe on its own.

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/pypi-data/pypi-aws-secrets",
    provider="AWS", label="security-incident", orig="2023-02-20", target="2028-06-05", time="11:03:27", tz="+0000",
    deadline="none",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="maintainers@tidewater-dev.example",
    subject="Action Required: AWS access key exposed in a public package - AWS account 5520-1843-7746",
    body="""Hello,

An AWS access key that belongs to your account has been published on the
internet, where anyone can copy it.

  Access key ID:  AKIA2EXAMPLE7QX5RMNP
  IAM user:       release-bot
  Found in:       https://pypi.org/project/tidewater-utils/0.4.2/
                  (source distribution, file tidewater/settings.py)
  Detected:       [[2023-02-20|%Y-%m-%d]] 06:41 UTC

Because the key can be used to create resources that you would pay for, we
have attached the AWS managed policy AWSCompromisedKeyQuarantineV2 to the IAM
user release-bot. The policy denies a set of high-risk actions, such as
launching instances or creating new credentials, when they are requested with
this user's keys. Your other users and roles keep their permissions.

What to do now
  1. Create a new access key for whatever uses release-bot, move the
     workload to it, then deactivate and delete AKIA2EXAMPLE7QX5RMNP.
  2. Publish a fixed release without the key and remove the affected
     release from the registry. Editing the code does not help copies that
     have already been downloaded.
  3. Search AWS CloudTrail in all regions for calls made with the key since
     it was published, and look for resources you did not create.
  4. Detach AWSCompromisedKeyQuarantineV2 only when the exposed key is
     deleted and you are sure nothing else was changed in the account.

We were alerted through the secret scanning partnership that code hosts and
package registries use to forward exposed credentials to the issuing
provider.

Thank you,
Amazon Web Services
""")

add(src="https://repost.aws/knowledge-center/resolve-guardduty-dos-alerts",
    provider="AWS", label="security-incident", orig="2022-09-12", target="2028-06-05", time="02:18:44", tz="+0000",
    deadline="none",
    frm=("AWS Notifications", "no-reply@sns.amazonaws.com"),
    to="secops-alerts@harborline-freight.example",
    subject="AWS Notification Message",
    body="""GuardDuty finding  |  Severity HIGH (8.0)

Type:        Backdoor:EC2/DenialOfService.Udp
Account:     702955183461
Region:      us-west-2
Resource:    EC2 instance i-06f3a9c21d7b84e52 (Name=batch-worker-07)
Public IP:   203.0.113.17
First seen:  [[2022-09-12]]T01:52:40Z
Last seen:   [[2022-09-12]]T02:11:05Z
Count:       37

What was detected
The instance is sending a very large amount of outbound UDP traffic to one
remote host. The volume and shape of the traffic match a denial-of-service
attack launched from your instance.

  Remote host:      198.51.100.140, UDP port 27015 (not one of your resources)
  Outbound volume:  41.6 GB in 19 minutes

If this traffic is not part of a test you arranged, treat the instance as
compromised:
  - isolate it by swapping its security groups for one that allows no
    traffic, and snapshot its EBS volumes for later analysis;
  - find out how it was reached (SSH keys, services exposed to the internet,
    calls made with its instance role in CloudTrail);
  - rebuild from a trusted AMI and rotate anything the instance role could
    read.

Finding details:
https://console.aws.amazon.com/guardduty/home?region=us-west-2#/findings?search=id%3D8ac1f2e4b77d9a03c5e6f81b2d940a55

--
If you wish to stop receiving notifications from this topic, please click or
visit the link below to unsubscribe:
https://sns.us-west-2.amazonaws.com/unsubscribe.html?SubscriptionArn=arn:aws:sns:us-west-2:702955183461:guardduty-high-findings:6c1e9d02-47b3-4f5a-9e18-2d7ab43c0f61&Endpoint=secops-alerts@harborline-freight.example
""")

add(src="https://github.com/SummitRoute/aws_breaking_changes/issues/117",
    provider="AWS", label="action-required", orig="2024-11-18", target="2028-06-06", time="16:05:09", tz="+0000",
    deadline="2025-11-17",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="cloud-admins@northbeam-insurance.example",
    subject="[Action Required] AWS Application Discovery Service Discovery Connector end of support on [[2025-11-17|%B %-d, %Y]] [AWS Account: 288134950627] [US-WEST-2]",
    body="""Hello,

We are contacting you because AWS account 288134950627 has sent on-premises
inventory to AWS Application Discovery Service through the Discovery
Connector during the last twelve months.

The Discovery Connector, the VMware appliance that reads vCenter inventory
for Application Discovery Service, will no longer be supported after
[[2025-11-17|%B %-d, %Y]]. From that date the service will ignore anything the
connector sends; appliances will keep running but their data will not be
accepted. What has already been collected stays available in AWS Migration
Hub and through the Application Discovery Service APIs.

Its successor is the Application Discovery Service Agentless Collector. It
gathers the same VMware server data and can also inventory databases and
applications running on those servers.

Before [[2025-11-17|%B %-d, %Y]], please:
  1. deploy the Agentless Collector OVA in every vCenter environment that a
     Discovery Connector covers today;
  2. check in Migration Hub that the servers are now reported by the new
     collector;
  3. shut down and delete the old Discovery Connector appliances.

Connectors still reporting to this account (US-WEST-2):
  d-connector-4f1a29  vcenter-dc1.corp.northbeam.example   last data [[2024-11-16|%Y-%m-%d]]
  d-connector-8c03e7  vcenter-dr.corp.northbeam.example    last data [[2024-11-17|%Y-%m-%d]]

Setting up the Agentless Collector:
https://docs.aws.amazon.com/application-discovery/latest/userguide/agentless-collector.html

Sincerely,
Amazon Web Services
""")

add(src="https://blog.serverworks.co.jp/rds-extended-support",
    provider="AWS", label="action-required", orig="2023-12-26", target="2028-06-06", time="18:30:00", tz="+0900",
    deadline="2024-02-29", ja=True,
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    to="infra-team@kamome-shoji.example",
    subject="[要対応] Amazon RDS for MySQL 5.7 の標準サポート終了と RDS 延長サポートへの自動登録について [AWS アカウント: 731044925816] [AP-NORTHEAST-1]",
    body="""お客様各位

ご利用の AWS アカウント 731044925816 の東京リージョン (ap-northeast-1) で、
MySQL メジャーバージョン 5.7 の Amazon RDS DB インスタンスが稼働しているため、
このご案内をお送りしています。

RDS for MySQL 5.7 の標準サポートは [[2024-02-29|%Y年%-m月%-d日]] をもって終了します。
これまでのご案内では、延長サポートはお客様がご自身で申し込む方式 (オプトイン) と
お伝えしていましたが、この方針を変更いたしました。標準サポート終了の時点で
5.7 のまま稼働している DB インスタンスは、RDS 延長サポートに自動で登録されます。

自動登録によってエンジンのバージョンが変わったり、インスタンスが再起動されたり
することはありません。一方で、[[2024-03-01|%Y年%-m月%-d日]] からは、通常のインスタンス料金に
加えて vCPU 時間単位の延長サポート料金が請求されます。延長サポートの期間中
(標準サポート終了から最長 3 年間) は、重大度の高い脆弱性への修正が提供されます。

延長サポート料金が発生しないようにするには、[[2024-02-29|%Y年%-m月%-d日]] までに
MySQL 8.0 へのメジャーバージョンアップグレードを完了してください。
ブルー/グリーンデプロイメントを使うと、切り替え時の停止を短く抑えられます。

対象の DB インスタンス
  - orders-db-prod        (db.r6g.xlarge / 5.7.44)
  - orders-db-replica-1   (db.r6g.large  / 5.7.44)
  - reporting-legacy      (db.m5.large   / 5.7.43)

同じ一覧は AWS Health Dashboard の「影響を受けるリソース」タブでも確認できます。

ご不明な点がございましたら、AWS サポートまでお問い合わせください。

アマゾン ウェブ サービス
""")

add(src="https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/",
    provider="AWS", label="pricing", orig="2025-04-29", target="2028-06-07", time="15:22:36", tz="+0000",
    deadline="2025-08-01",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="billing-owner@orchard-analytics.example",
    subject="AWS Lambda: the INIT phase will be billed for all function types from [[2025-08-01|%B %-d, %Y]] [AWS Account: 846120397715]",
    body="""Hello,

You are receiving this message because AWS account 846120397715 invoked
Lambda functions packaged as .zip archives on a managed runtime during the
last 90 days.

How it works today
For on-demand invocations of .zip functions on managed runtimes, the time a
new execution environment spends in the initialization (INIT) phase is left
out of billed duration. Functions packaged as container images, functions on
custom runtimes and functions using provisioned concurrency already pay for
it.

What changes on [[2025-08-01|%B %-d, %Y]]
INIT duration will be counted in billed duration for every configuration, at
the normal duration price for the function's memory size and architecture.
The request price does not change.

What it means for you
Functions that seldom start new execution environments will see almost no
difference. Functions with heavy start-up code and bursty traffic will cost
more. To size the effect, look at the "Init Duration" field of the REPORT
lines in CloudWatch Logs, for example with this Logs Insights query:

  filter @type = "REPORT" and ispresent(@initDuration)
  | stats count() as coldStarts, sum(@initDuration)/1000 as initSeconds by bin(1d)

Ways to shorten INIT include trimming dependencies, loading modules only
when they are needed, SnapStart for supported runtimes and, for steady
traffic, provisioned concurrency.

No change is needed to keep your functions running.

Sincerely,
Amazon Web Services
""")
# --------------------------------------------------------------------------------------------
# Notices (chunk 2)
# --------------------------------------------------------------------------------------------

add(src="https://gist.github.com/mewm/f01db372b9ef608b1f99f970e2bda552",
    provider="AWS", label="maintenance", orig="2016-10-13", target="2028-06-07", time="21:47:12", tz="+0000",
    deadline="2016-10-25",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="dba@copperline-retail.example",
    subject="Amazon RDS for MariaDB maintenance for DB instances running 10.0.17 or 10.1.14",
    body="""Dear Amazon RDS Customer,

You have at least one active Amazon RDS for MariaDB DB instance running engine
version 10.0.17 or 10.1.14. We are going to apply an update to these
instances to make them more reliable. It will be scheduled in each
instance's weekly maintenance window, starting with the windows that begin
on or after [[2016-10-25|%A, %B %-d, %Y]] 00:00 UTC.

Instances concerned:
  US East (N. Virginia) - catalog-db-1
  US East (N. Virginia) - catalog-db-2
  US East (N. Virginia) - sessions-db

When the update shows as available you can apply it yourself at a time that
suits you, from the RDS console or with the ApplyPendingMaintenanceAction
API, or leave it to RDS to apply during the maintenance window. The pending
action and its date are visible in the console and through the RDS API.

Expect each instance to be unreachable for roughly 5 to 10 minutes while the
update is applied. For Multi-AZ deployments the standby is updated first and
a failover follows, which usually takes about a minute. Instances created
with default settings often share the same window, so please check that
your maintenance windows do not all fall at the same time.

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/banzaicloud/spot-termination-exporter/issues/14",
    provider="AWS", label="maintenance", orig="2020-12-17", target="2028-06-08", time="05:14:59", tz="+0000",
    deadline="2021-01-01",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="platform@vantor-games.example",
    subject="[Retirement Notification] Amazon EC2 instance i-0d51c7e2f88a3b914 will be stopped after [[2021-01-01]] 02:00 UTC",
    body="""Hello,

EC2 has found a problem with the host hardware that runs one of your
instances:

  AWS Account ID:  591826043377
  Region:          eu-west-1
  Instance ID:     i-0d51c7e2f88a3b914 (m5.2xlarge, EBS-backed root volume)
  Event ID:        instance-event-07a4c2d19b86e3f10
  Event type:      instance-stop
  Description:     The instance is running on degraded hardware
  Not before:      [[2021-01-01|%-d %b %Y]] 02:00:00 GMT

Because the hardware is degraded, the instance may already be slow or
unreachable. After the time above EC2 will stop it.

What this means
A stopped instance can be started again at any time, and it will then run on
healthy hardware. EBS volumes are kept. Data on instance store volumes is
lost, and the public IPv4 address changes unless an Elastic IP is attached.

What you can do
You can wait for EC2 to stop the instance, or stop and start it yourself
before then at a time that suits your workload; either way it moves to new
hardware. The event is listed on the Events page of the EC2 console, and
software on the instance can read it from the instance metadata path
latest/meta-data/events/maintenance/scheduled.

Sincerely,
Amazon Web Services
""")

add(src="https://github.com/CredentialEngine/CredentialRegistry/issues/884",
    provider="AWS", label="informational", orig="2025-08-21", target="2028-06-08", time="19:36:21", tz="+0000",
    deadline="none",
    frm=("AWS Marketplace", "aws-marketplace@amazon.com"),
    to="devops@credentia-registry.example",
    subject="Product Update: new version of Ubuntu 22.04 LTS - Jammy",
    body="""Greetings from AWS Marketplace,

Thank you for subscribing to Ubuntu 22.04 LTS - Jammy.

Canonical Group Limited, the seller of this product, has published a new
version on AWS Marketplace:

  Product:      Ubuntu 22.04 LTS - Jammy
  New version:  Ubuntu 22.04 LTS [[2025-08-19|%Y%m%d]]

Nothing changes for you as an existing subscriber: your subscription, the
instances you are running and access to earlier versions stay as they are.
The seller does, however, recommend moving to the latest version. You can
choose it when you launch from the product page:
https://aws.amazon.com/marketplace/pp/prodview-f2if34z3a4e3i

For upgrade questions please contact Canonical Group Limited directly; their
contact details are on the seller profile page in AWS Marketplace.

Thank you,
AWS Marketplace
""")

add(src="https://pastebin.com/mbZ3Peh1",
    provider="AWS", label="security-advisory", orig="2020-01-24", target="2028-06-09", time="10:58:07", tz="+0000",
    deadline="none",
    frm=("AWS Marketplace", "aws-marketplace@amazon.com"),
    to="netops@fairhaven-health.example",
    subject="Security notice for your AWS Marketplace subscriptions: Citrix ADC and Citrix Gateway (CVE-2019-19781)",
    body="""Greetings from AWS Marketplace,

Citrix has disclosed a security issue it rates as critical, CVE-2019-19781,
in products that you subscribe to through AWS Marketplace:

  - Citrix ADC VPX - Customer Licensed
  - Citrix Gateway - Customer Licensed

According to the vendor, the flaw can let an attacker who has no credentials
run code on an appliance that exposes the Gateway or the management
interface. Citrix has released build 13.0-47.24, which fixes the issue, and
that build is now offered in AWS Marketplace. Details on the vulnerability
and on the fix are in Citrix security bulletin CTX267027
(https://support.citrix.com/article/CTX267027).

All of your EC2 instances running the affected software need to move to
build 13.0-47.24. To find them and upgrade:

  1. Sign in to AWS Marketplace with the account that holds the subscription.
  2. Open "Your Marketplace Software" from the account menu.
  3. On "Manage subscriptions", type Citrix in the search box.
  4. Choose "Manage" for each subscription to see its running instances.
  5. Launch replacement instances from version 13.0-47.24, move your
     configuration to them, then stop the old ones.

Until an instance has been replaced, Citrix recommends applying the interim
mitigation steps described in the same bulletin.

Thank you,
AWS Marketplace
""")

add(src="https://pastebin.com/KsR7gccM",
    provider="AWS", label="billing", orig="2019-06-18", target="2028-06-09", time="22:10:45", tz="+0000",
    deadline="none",
    frm=("Amazon Web Services", "aws-verification@amazon.com"),
    to="andy@brightjokes-daily.example",
    subject="Problem with your AWS account 8809-2214-5517 - payment information could not be confirmed",
    body="""Hello,

We have removed access to your AWS account 8809-2214-5517 because we could
not confirm the payment information on file. Until we can verify it you will
not be able to use the account.

To get access back, please send us the following through our secure fax
line, 1-206-555-0143 (toll-free 1-866-555-0172):

  -- a copy of a recent statement for the Visa card ending in 4417, showing
     the billing address;
  -- your name, your phone number and the email address registered to the
     AWS account.

Your fax is converted into a protected electronic image when it arrives.
After sending it, write to aws-verification@amazon.com so that we can
confirm it was received.

Please do not open new AWS accounts while this is being reviewed; doing so
can delay the verification.

We apologize for the inconvenience.

Sincerely,
Amazon Web Services
""")

add(src="https://blog.mori-soft.com/entry/2025/08/23/164509",
    provider="AWS", label="billing", orig="2025-08-04", target="2028-06-12", time="09:41:30", tz="+0900",
    deadline="none", ja=True,
    frm=("アマゾン ウェブ サービス", "no-reply-aws@amazon.com"),
    to="keiri@morikawa-soft.example",
    subject="【要対応】AWS のご利用料金のお支払いができませんでした (AWS アカウント 4471-0928-3365)",
    body="""お客様

いつも Amazon Web Services をご利用いただき、ありがとうございます。

[[2025-08-01|%Y年%-m月%-d日]] に、[[2025-07-15|%Y年%-m月]]分のご利用料金 38,412 円 (税込) を
ご登録のクレジットカード (Mastercard、末尾 2290) に請求いたしましたが、
カード会社により決済が承認されませんでした。

このため、請求とコスト管理コンソールの「支払い設定」では、このカードが
「未検証」と表示されています。

お手数ですが、次の手順でお支払い方法をご確認ください。

  1. ルートユーザーまたは請求権限のあるユーザーでサインインし、
     「支払い設定」でカード番号、有効期限、請求先住所を確認する
  2. 内容に誤りがなければ「検証」を選び、カードを再検証する
     (検証に失敗する場合は、カード会社にお問い合わせいただくか、
      別のお支払い方法を追加してください)
  3. 「お支払い」ページから未払いの請求書 (請求書番号 JP25-0731-884215) を支払う

次回の自動請求は [[2025-08-08|%-m月%-d日]] に試行します。未払いの状態が続く場合、
AWS アカウントのご利用を停止させていただくことがあります。

本メールは送信専用です。ご不明な点は、AWS サポートセンターから
「アカウントおよび請求」のケースを作成してお問い合わせください。

アマゾン ウェブ サービス ジャパン合同会社
""")

add(src="https://github.com/GSA/data.gov/issues/5741",
    provider="AWS", label="billing", orig="2026-02-25", target="2028-06-12", time="13:02:17", tz="+0000",
    deadline="none",
    frm=("AWS Cost Anomaly Detection", "no-reply@costalerts.amazonaws.com"),
    to="cloud-cost@ssb-datagov.example",
    subject="AWS Cost Anomaly Detection: anomaly in AWS WAF - total cost impact $615.97",
    body="""AWS Cost Anomaly Detection found unusual spend in your account.

Alert subscription:   ssb-daily-summary (threshold: impact >= $100)
Monitor:              services-monitor (AWS services)

Anomaly
  Account:            390166458202 (ssb-production)
  Service:            AWS WAF
  Start date:         [[2026-02-18|%b %-d, %Y]]
  Last detected:      [[2026-02-25|%b %-d, %Y]]
  Duration:           8 days
  Total cost impact:  $615.97
  Max daily impact:   $164.39

Top root cause
  Service:     AWS WAF
  Region:      Global
  Usage type:  Global-ShieldProtected-AMR-BotControl-Targeted-Request
  Impact:      $542.83

Review the anomaly and give feedback on whether it was expected:
https://console.aws.amazon.com/cost-management/home#/anomaly-detection/monitors/7e41c0b2/anomalies/9a6f3d18

Marking an anomaly as "Accurate" or "Not an issue" helps the detection
model learn your normal spending pattern.

You receive this email because this address is a recipient of an AWS Cost
Anomaly Detection alert subscription. Manage subscriptions in the AWS Billing
and Cost Management console.
""")

add(src="https://github.com/Hacking-the-Cloud/hackingthe.cloud/issues/457",
    provider="AWS", label="action-required", orig="2025-02-07", target="2028-06-13", time="08:26:33", tz="+0000",
    deadline="2025-02-14", phishing=True,
    frm=("AWS Security Operations", "security-notifications@aws-compliance-center.example"),
    to="root-account@helix-payments.example",
    subject="[Action Required] Deploy the AWS Security Baseline stack to account 6613-0075-2298 before [[2025-02-14|%B %-d]]",
    body="""Dear AWS Customer,

Under the updated AWS account protection requirements, every account that
hosts production workloads must run the AWS Security Baseline. Our records
show that account 6613-0075-2298 has not deployed it yet.

Accounts without the baseline on [[2025-02-14|%B %-d, %Y]] will have programmatic
access restricted until the baseline is in place.

Deployment takes about two minutes and uses AWS CloudFormation. Sign in as
an administrator and open the pre-filled stack below:

https://console.aws-security-baseline.example/cloudformation/home?region=us-east-1#/stacks/quickcreate?stackName=AWSSecurityBaseline&templateURL=https://baseline-templates.aws-security-baseline.example/v3/baseline.yaml

On the review page, tick "I acknowledge that AWS CloudFormation might
create IAM resources with custom names" and choose "Create stack".

The stack creates a read-only role, AWSSecurityAuditRole, that lets the AWS
Security Operations account (913307554218) verify your configuration. It
does not change your running workloads.

If the stack is already deployed, you can ignore this message.

Sincerely,
AWS Security Operations
Amazon Web Services, Inc.
""")

add(src="https://github.com/h3poteto/ecs-task/pull/344",
    provider="AWS", label="maintenance", orig="2021-02-22", target="2028-06-13", time="17:49:08", tz="+0000",
    deadline="2021-03-08",
    frm=("Amazon Web Services", "no-reply-aws@amazon.com"),
    to="infra@ostrich-logistics.example",
    subject="AWS Fargate: platform version LATEST will point to 1.4.0 from [[2021-03-08|%B %-d, %Y]] [AWS Account: 517830264911]",
    body="""Hello,

You are receiving this message because AWS account 517830264911 runs Amazon
ECS tasks on AWS Fargate with the platform version set to LATEST in
ap-northeast-1 and us-east-1.

At the moment LATEST means platform version 1.3.0. Starting
[[2021-03-08|%B %-d, %Y]], LATEST will resolve to platform version 1.4.0, which has been
available since [[2020-04-08|%B %Y]]. Tasks that are already running keep their
current version until they are replaced; tasks started, and services
created or updated, from that date on will get 1.4.0.

What is different in 1.4.0
  - All task traffic, including image pulls from Amazon ECR and secret
    retrieval, goes through the task's elastic network interface, so
    security groups, routes and VPC endpoints must allow it.
  - Amazon EFS volumes can be mounted in tasks.
  - Ephemeral task storage grows to 20 GiB.
  - Network metrics are reported per task.

If a workload depends on 1.3.0 behaviour, you can keep it on 1.3.0 by
setting platformVersion to 1.3.0 explicitly in the service or in the
RunTask call. Otherwise nothing needs to be done.

More information:
https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html

Sincerely,
Amazon Web Services
""")
# --------------------------------------------------------------------------------------------
# Notices (chunk 3): other clouds and SaaS
# --------------------------------------------------------------------------------------------

add(src="https://pastebin.com/xLGciDXp",
    provider="DigitalOcean", label="abuse", orig="2016-10-10", target="2028-06-14", time="15:31:02", tz="-0400",
    deadline="none",
    frm=("DigitalOcean Trust & Safety", "abuse@digitalocean.com"),
    to="owner@lanternbox-media.example",
    subject="Abuse complaint about your Droplet media-node-3 (203.0.113.55) [Ticket #4418270]",
    body="""Hi there,

The complaint below was sent to us about one of your Droplets.

Please go through it, deal with the problem it describes, and answer this
ticket with the steps you have taken so that we can close the matter with
the complainant. Let us know if there is anything we can do to help.

Regards,
Priya
Trust and Safety Specialist
DigitalOcean

Original complaint:

=========================

-----BEGIN PGP SIGNED MESSAGE-----
Hash: SHA256

This notice is sent on behalf of Northlight Pictures, Inc.

Our monitoring shows that the IP address below was used, at the date and
time given, to offer downloads of a film whose copyright Northlight Pictures
owns. Sharing unauthorized copies of copyrighted films infringes the United
States Copyright Act (17 U.S.C. 106(3)) and may also break the law of other
countries.

  Title:        The Long Harbor
  IP address:   203.0.113.55
  Port:         51413
  Protocol:     BitTorrent
  File name:    The.Long.Harbor.1080p.WEB-DL.mkv
  Infohash:     3f9c1e07b2a4d85e6c01f7a92b3d4e58c6a7f019
  Observed at:  [[2016-10-08|%Y-%m-%d]] 21:33:07 UTC

As the holder of this IP address, we ask that you:
  1) forward this notice to the customer using the address;
  2) have the infringing copies removed or access to them disabled;
  3) take steps to stop further infringement from the same account.

We have a good faith belief that this use of the material is not authorized
by the copyright owner, its agent or the law. The information above is
accurate, and under penalty of perjury we are authorized to act on behalf of
the owner of the rights concerned.

Copyright Enforcement Team, Northlight Pictures, Inc.
<antipiracy@northlight-pictures.example>
-----END PGP SIGNATURE-----
""")

add(src="https://pastebin.com/8hZWLeXt",
    provider="Linode", label="abuse", orig="2018-09-04", target="2028-06-14", time="20:15:37", tz="-0400",
    deadline="none",
    frm=("Linode Support", "support@linode.com"),
    to="admin@greyhaven-forums.example",
    subject="Linode Support Ticket 11873402 - Brute force attempts from your Linode linode7719348",
    body="""Hello,

We have received a report of brute force login attempts coming from your
Linode linode7719348 (203.0.113.122). It looks as if a process running on
the Linode is connecting to other servers and trying to guess their
passwords. Please look into this as soon as you can. When you have
finished, reply to this ticket and tell us:

  1) What caused the activity?
  2) What did you do to stop it?
  3) What have you changed so that it does not happen again?

Because brute force attacks are serious, we have placed network
restrictions on your Linode. While they are in place you can still reach the
Linode through our out-of-band Lish console:
https://www.linode.com/docs/networking/using-the-linode-shell-lish/

How can I tell whether my Linode was compromised?
Start with these places:
  - /var/log/auth.log: unknown logins and failed password runs; compare
    with the output of the last command;
  - /tmp and /var/tmp: attackers often keep their tools here;
  - your web server logs and the crontab of every user;
  - processes you do not recognize, and their outbound connections
    (ss -tp).

If you cannot find the cause with confidence, the safest course is to
rebuild the Linode from a known good image or backup and restore only your
data.

Excerpt of the report we received:
  [[2018-09-03|%Y-%m-%d]] 23:11:04 UTC  203.0.113.122 -> 198.51.100.61:22   412 failed logins (root, admin, ubuntu)
  [[2018-09-04|%Y-%m-%d]] 00:02:47 UTC  203.0.113.122 -> 198.51.100.62:22   388 failed logins (root, oracle, test)

Regards,
Linode Support
""")

add(src="https://cloud.google.com/resource-manager/docs/project-suspension-guidelines?hl=JA",
    provider="Google Cloud", label="abuse", orig="2022-05-10", target="2028-06-15", time="11:08:26", tz="+0900",
    deadline="none", ja=True,
    frm=("Google Cloud", "google-cloud-compliance@google.com"),
    to="owner@hanamizuki-web.example",
    subject="[対応が必要] Google Cloud プロジェクト hanamizuki-web-prod を停止しました",
    body="""Google Cloud をご利用のお客様

お客様のプロジェクト hanamizuki-web-prod (プロジェクト ID: hanamizuki-web-prod-3817)
で、Google Cloud 利用規約および利用ポリシーへの違反を確認しました。

確認した内容
  外部からの報告を受けて調査した結果、プロジェクト内の Compute Engine
  インスタンス web-frontend-2 (外部 IP: 203.0.113.91) から、第三者の金融機関を
  装ったフィッシングページが配信されていることを確認しました。

  確認日時: [[2022-05-09|%Y年%-m月%-d日]] 22:40 (日本時間)

このため、当該プロジェクトを停止しました。停止中は次のとおりとなります。
  - 実行中のワークロードはすべて停止されます
  - プロジェクトのオーナーを含め、プロジェクトのリソースにはアクセスできません
  - 停止期間が 9 か月を超えたプロジェクトは削除対象となります

再審査の申し立てについて
  違反の判断に誤りがあると思われる場合や、原因を取り除いた場合は、
  プロジェクトのオーナーが下記のフォームから申し立てを行ってください。
  第三者による不正アクセスが原因の場合は、侵入の経路と、再発防止のために
  実施した対策 (認証情報の変更、脆弱なアプリケーションの更新など) を
  具体的にご記載ください。

  https://support.google.com/cloud/contact/cloud_platform_suspensions

今後に向けて、プロジェクトに複数のオーナーを設定し、セキュリティ通知の
重要な連絡先 (Essential Contacts) を登録しておくことをおすすめします。

Google Cloud Trust & Safety チーム
""")

add(src="https://github.com/GoogleCloudPlatform/fluent-plugin-google-cloud/issues/505",
    provider="Google Cloud", label="security-incident", orig="2022-08-16", target="2028-06-15", time="23:52:14", tz="+0000",
    deadline="none",
    frm=("Google Cloud Platform", "google-cloud-compliance@google.com"),
    to="platform@solstice-analytics.example",
    subject="[Action Required] Publicly exposed service account key in project solstice-analytics-prod",
    body="""Dear Google Cloud Platform customer,

We believe that a credential for one of your service accounts has been
disclosed and is visible in Google search results.

  Project:          solstice-analytics-prod
  Service account:  etl-loader@solstice-analytics-prod.iam.gserviceaccount.com
  Key ID:           4f1c0a9e27b3d85e61c7a0f2b9d34e8c1a6f5b20
  Public location:  https://git.solstice-labs.example/solstice/fluentd-config/blob/main/conf/gcp-credentials.json

Anyone who copies this key can call Google Cloud APIs as the service account,
with all the roles it holds in your projects.

We recommend that you:
  1. Disable and then delete the exposed key (IAM & Admin > Service
     accounts > etl-loader > Keys). Check first which workloads use it so
     that you can give them a replacement.
  2. Only create a new key if you cannot avoid it; Workload Identity
     Federation or attached service accounts remove the need for key files.
  3. Remove the file from the repository and from its history.
  4. Review Cloud Audit Logs for activity by this service account since
     [[2022-08-14|%B %-d, %Y]], and look for resources you did not create, such as
     Compute Engine instances used for cryptocurrency mining.

If we detect abuse coming from the project we may take further steps,
including suspending it.

Sincerely,
The Google Cloud Platform Trust & Safety Team
""")

add(src="https://www.imtr.net/article/github-npm-breach-incident-b8bb",
    provider="GitHub", label="security-incident", orig="2022-04-15", target="2028-06-16", time="02:34:50", tz="+0000",
    deadline="none",
    frm=("GitHub", "noreply@github.com"),
    to="t.okafor@meridian-robotics.example",
    subject="[GitHub] Security alert: stolen third-party OAuth token used to access meridian-robotics repositories",
    body="""Hi @tokafor-mr,

We are writing to you as an owner of the meridian-robotics organization.

GitHub Security found that an attacker used OAuth user tokens issued to a
third-party integration, the Heroku Dashboard application, to reach private
repositories owned by your organization. We have no evidence that GitHub's
own systems were breached; the tokens were taken from the integrator, not
from GitHub.

What we saw
  Token owner:  @lin-qiao (authorized the Heroku Dashboard OAuth app)
  Period:       [[2022-04-08|%B %-d]] to [[2022-04-12|%B %-d, %Y]]
  Activity:     listing of organization repositories, then clones of:
                  meridian-robotics/fleet-api
                  meridian-robotics/infra-terraform
                  meridian-robotics/ops-runbooks

The affected tokens have been revoked, and the integrator has revoked all
tokens issued to its integration.

What we recommend
  - Treat the contents of the repositories above as disclosed. Rotate any
    credentials that were ever committed to them, including cloud access
    keys, database passwords and API tokens, also in older commits.
  - Review your organization audit log for OAuth application activity and
    repository clones during the period above.
  - Review the OAuth applications authorized by your members and remove the
    ones you no longer use.

If you have questions, contact GitHub Support and mention this alert.

Thanks,
The GitHub Security team
""")

add(src="https://github.com/linode/docs/pull/1553",
    provider="Linode", label="security-advisory", orig="2018-03-02", target="2028-06-16", time="18:20:41", tz="-0500",
    deadline="none",
    frm=("Linode Support", "support@linode.com"),
    to="sysadmin@quarry-lane.example",
    subject="Linode Support Ticket 10992751 - memcached reachable from the internet on linode5521904",
    body="""Hello,

Following the large memcached reflection attacks seen this week, we scanned
our network for memcached instances that answer on UDP from outside. One of
them is on your Linode:

  Linode:   linode5521904
  Address:  203.0.113.36
  Service:  memcached, UDP 11211 and TCP 11211 open to any source

We have no report that your Linode took part in an attack. An exposed
memcached server can however be sent small forged requests and made to
return very large replies to a victim, and its contents can be read by
anyone.

What we have done
To protect the network, UDP traffic on port 11211 to and from addresses
outside Linode's network is now filtered for every Linode. Linodes can still
talk to each other on UDP 11211 over our network.

What we recommend
  - Bind memcached to the loopback interface or to your private address
    only (for example -l 192.168.141.20).
  - Disable UDP unless you need it (-U 0); memcached 1.5.6 and later ship
    with UDP disabled by default.
  - Allow TCP 11211 only from the application servers that use the cache.

Reply to this ticket if you have any questions.

Regards,
Linode Support
""")

add(src="https://github.com/AnTheMaker/GoodBots/issues/5",
    provider="GitHub", label="security-incident", orig="2025-08-15", target="2028-06-19", time="10:07:33", tz="+0000",
    deadline="none", phishing=True,
    frm=("TechVetOps", "notifications@github.com"),
    to="dev@quillstack.example",
    subject="[quillstack/edge-router] Github Security [Review Token Activity (Issue #5)",
    body="""Hello @quillstack-dev 👋

[Review Token Activity](https://sso.devsummit-global.example/review)

Your GitHub **Personal Access Token** or **OAuth app token** was used in a
way that does not match your normal activity.

Details:
- Source IP: 203.0.113.67
- Time: [[2025-08-14|%Y-%m-%d]] 09:42 UTC
- Actions performed: repository cloning, issue creation, pull request changes

Possible impact:
- Changes to your repositories that you did not make
- Malicious code slipped into production pipelines
- Exposure of CI/CD secrets and environment variables

We strongly advise you to:
1. Revoke the affected token.
2. Check recent commits and pull requests.
3. Look over your GitHub Actions workflows for edits you did not make.

[Review Token Activity](https://sso.devsummit-global.example/review)

—
Reply to this email directly, view it on GitHub:
https://github.com/quillstack/edge-router/issues/5
You are receiving this because you were mentioned.
""")

add(src="https://www.gorganizer.net/explain/fake-heroku-railway-app-deployment-platform-billing-phish",
    provider="Heroku", label="billing", orig="2026-03-10", target="2028-06-19", time="14:55:19", tz="+0000",
    deadline="2026-03-12", phishing=True,
    frm=("Heroku Billing", "billing-noreply@heroku-account-services.example"),
    to="finance@northgate-apps.example",
    subject="Payment failed - dynos for team northgate-apps will be suspended in 48 hours",
    body="""Hi there,

We were unable to charge the card on file for your latest Heroku invoice.

  Team:      northgate-apps
  Invoice:   INV-5528190
  Amount:    $312.00
  Reason:    card declined by issuer

If your billing details are not updated within 48 hours, every dyno in the
team will be scaled to zero and your Heroku Postgres databases will be put
into read-only mode. Your apps will return errors to visitors until payment
is completed.

Update your payment method now to keep your apps online:
https://dashboard.heroku-account-services.example/billing/restore?team=northgate-apps

Already updated your card? Sign in with the link above to confirm the
payment so that the suspension is cancelled.

Thanks,
The Heroku Billing Team
Heroku, a Salesforce company
""")
# --------------------------------------------------------------------------------------------
# Notices (chunk 4)
# --------------------------------------------------------------------------------------------

add(src="https://jpaztech.github.io/blog/network/default-outbound-access-for-vms-will-be-retired/",
    provider="Azure", label="action-required", orig="2023-09-28", target="2028-06-20", time="10:30:00", tz="+0900",
    deadline="2025-09-30", ja=True,
    frm=("Microsoft Azure", "azure-noreply@microsoft.com"),
    to="azure-admin@sakuragi-kogyo.example",
    subject="[要対応] [[2025-09-30|%Y年%-m月%-d日]] に Azure VM の既定の送信アクセスが廃止されます",
    body="""Azure をご利用のお客様

お客様のサブスクリプション (ID: 5e9b2c41-****-****-****-7a13d0c84c7e) に関係する
変更についてお知らせします。

[[2025-09-30|%Y年%-m月%-d日]] をもって、Azure 仮想マシンの「既定の送信アクセス」を廃止します。
既定の送信アクセスとは、明示的な送信接続方法が構成されていない VM に対し、
Azure が自動で割り当てるパブリック IP アドレスを使ってインターネット向けの
通信 (SNAT) を行う仕組みです。

変更の内容
  - 廃止日の翌日以降に新しく作成する VM は、既定の送信アクセスを使って
    インターネットへ通信できなくなります。
  - 廃止日より前に作成された既存の VM は、引き続き通信できます。ただし、
    この方式は将来の保証がないため、既存の VM も明示的な方法への移行を
    おすすめします。

必要な対応
  インターネットへの送信が必要な VM について、廃止日までに次のいずれかを
  構成してください。
    1. サブネットへの NAT Gateway の関連付け (推奨)
    2. Standard Load Balancer のアウトバウンド規則
    3. VM のネットワーク インターフェイスへの Standard パブリック IP の割り当て
    4. Azure Firewall またはネットワーク仮想アプライアンス経由のルーティング

  対象となる VM は、Azure Advisor の推奨事項「既定の送信アクセスを使用している
  仮想マシン」で確認できます。

追跡 ID: 7K2M-XQ9

Microsoft Azure
このメールは送信専用のアドレスから送信されています。
""")

add(src="https://www.softbank.jp/biz/blog/cloud-technology/articles/202409/alibaba-cloudmonitor-free-quota",
    provider="Alibaba Cloud", label="pricing", orig="2024-09-05", target="2028-06-20", time="16:12:48", tz="+0900",
    deadline="2024-09-26", ja=True,
    frm=("Alibaba Cloud", "notification@alibabacloud.com"),
    to="cloud-ops@hoshizora-ec.example",
    subject="【重要】CloudMonitor Basic の無料枠と課金ルール変更のお知らせ ([[2024-09-26|%Y年%-m月%-d日]] 適用)",
    body="""Alibaba Cloud をご利用いただき、ありがとうございます。

アカウント UID 5681****2203 のお客様にお知らせいたします。

[[2024-09-26|%Y年%-m月%-d日]] 10:00 (UTC+8) より、CloudMonitor Basic の無料枠と課金ルールを
次のとおり変更いたします。

1. 無料枠の見直し
   アラート通知 (ショートメッセージ、音声通話) とメトリクスデータ照会 API
   (DescribeMetricLast / DescribeMetricList / DescribeMetricData /
    DescribeMetricTop) の呼び出しには、月ごとの無料枠が設定されます。
   コンソールからの照会は API 呼び出し数に含まれません。

2. 無料枠を超えた分の課金
   CloudMonitor Basic (従量課金) を有効にしている場合、無料枠を超えた
   ご利用分は 1 日単位で集計し、従量課金として請求いたします。
   従量課金を有効にしていない場合は、無料枠を使い切った時点で、該当する
   アラート通知の送信と API の応答が停止します。

3. リソースプランの提供開始
   ショートメッセージ、音声通話、API 呼び出しについて、前払いのリソース
   プランをご購入いただけるようになります。リソースプランは無料枠を
   使い切った後の従量課金分に充当されます。

過去 30 日間のお客様のご利用状況 (目安)
  - メトリクスデータ照会 API: 約 2,340,000 回
  - アラート用ショートメッセージ: 約 1,420 件

上記のご利用が続く場合、変更後は無料枠を超える見込みです。
CloudMonitor コンソールの「課金管理」で、従量課金の有効化またはリソースプランの
購入をご検討ください。

今後とも Alibaba Cloud をよろしくお願いいたします。
Alibaba Cloud
""")

add(src="https://github.com/pulumi/pulumi-mongodbatlas/issues/623",
    provider="MongoDB", label="pricing", orig="2024-11-12", target="2028-06-21", time="13:25:06", tz="-0500",
    deadline="2025-01-20",
    frm=("MongoDB Atlas", "mongodb-atlas@mongodb.com"),
    to="jordan.reyes@lumenbay.example",
    subject="Changes to the M2, M5 and Serverless clusters in your Atlas project Lumen-Prod",
    body="""Hi Jordan,

We are replacing the shared M2 and M5 tiers and Serverless instances with a
single new cluster type, Atlas Flex. This message explains what will happen
to the clusters in your project Lumen-Prod and what it means for your bill.

Clusters in Lumen-Prod that will move to Flex
  lumen-cache        M2
  lumen-events       M5
  lumen-search-sls   Serverless

When
  - M2 and M5 clusters are migrated automatically starting the week of
    [[2025-01-20|%B %-d, %Y]].
  - Serverless instances are migrated from [[2025-03-17|%B %-d, %Y]]. Instances whose
    data size or throughput does not fit Flex limits will be moved to a
    dedicated cluster instead.

What stays the same
The move is designed to need no downtime. Connection strings, data and
application code do not change.

What changes in pricing
Flex is billed by usage with a monthly cap, instead of the fixed monthly
price of M2/M5 or the per-operation charges of Serverless. A Flex cluster
starts at about $8 per month and cannot cost more than $30 per month. After
migration, your invoices will show Flex line items for these clusters.

Programmatic access
Starting in [[2025-01-06|%B %Y]], API calls, CLI commands and Terraform or other IaC tools
that create M2, M5 or Serverless clusters will create Flex clusters instead.
Those endpoints reach end of life in [[2026-01-15|%B %Y]]. Please update your
automation before then.

More details: https://www.mongodb.com/docs/atlas/flex-migration/

The MongoDB Atlas Team
""")

add(src="https://github.com/ibm-cloud-docs/blockchain/issues/268",
    provider="IBM Cloud", label="action-required", orig="2023-04-27", target="2028-06-21", time="15:40:52", tz="-0400",
    deadline="2023-07-31",
    frm=("IBM Cloud", "no-reply@cloud.ibm.com"),
    to="ledger-team@tessellate-logistics.example",
    subject="Action required: IBM Blockchain Platform for IBM Cloud reaches end of support on [[2023-07-31|%B %-d, %Y]]",
    body="""Dear IBM Cloud client,

This is a reminder that IBM Blockchain Platform for IBM Cloud reaches end of
support on [[2023-07-31|%B %-d, %Y]]. Your account Tessellate Logistics still has the
following service instance:

  Instance:  ibp-tessellate-prod (Dallas)
  Nodes:     2 ordering nodes, 4 peers, 2 certificate authorities
  Cluster:   IBM Cloud Kubernetes Service cluster tsl-fabric-01

After end of support:
  - the IBM Blockchain Platform console for IBM Cloud will no longer be
    available;
  - the service instance will be deleted, and IBM will no longer provide
    fixes or support for it.

Your Hyperledger Fabric components can keep running if you migrate them to
IBM Support for Hyperledger Fabric, which you operate on your own Kubernetes
or Red Hat OpenShift cluster. A migration tool is available from the
console. It moves the nodes and their identities to your cluster in place,
so your channels and ledgers are kept.

Plan your migration before [[2023-07-31|%B %-d, %Y]]. Documentation for IBM Support for
Hyperledger Fabric: https://www.ibm.com/docs/en/hlf-support/1.0.0

If you no longer use the service, you can delete the instance yourself from
the IBM Cloud resource list.

Thank you,
IBM Cloud
""")

add(src="https://github.com/DenverCoder1/github-readme-streak-stats/issues/810",
    provider="Vercel", label="action-required", orig="2025-08-06", target="2028-06-22", time="17:03:29", tz="+0000",
    deadline="2025-09-01",
    frm=("Vercel", "notifications@vercel.com"),
    to="maintainer@streaklabs.example",
    subject="[Action Required] Node.js 18 is being deprecated on Vercel on [[2025-09-01|%B %-d, %Y]]",
    body="""Hi,

Node.js 18 reached end of life upstream in [[2025-04-30|%B %Y]]. Starting
[[2025-09-01|%A, %B %-d, %Y]], Vercel will no longer build projects that are set to
Node.js 18.x. New deployments of those projects will fail; deployments that
already exist keep serving traffic.

Your team streak-labs has these projects on Node.js 18 or older:

  readme-streak-stats
  streak-cards-preview

List affected projects for a team with the CLI:

  $ npm i -g vercel@latest
  $ vercel project ls --update-required --scope streak-labs

To upgrade:
  1. Change the Node.js Version to 22.x under Project Settings > Build and
     Deployment, or set "engines": { "node": "22.x" } in package.json.
  2. Create a new deployment so that the change takes effect.
  3. Update dependencies that do not support the newer version.

Read more: https://vercel.com/changelog/node-js-18-is-being-deprecated

Vercel
""")

add(src="https://github.com/isomorphic-git/isomorphic-git/issues/2364",
    provider="Atlassian", label="action-required", orig="2026-06-02", target="2028-06-22", time="20:44:15", tz="+0000",
    deadline="2026-06-09",
    frm=("Bitbucket Cloud", "noreply@bitbucket.org"),
    to="it-admin@orbit-dev.example",
    subject="Reminder: app password brownouts start [[2026-06-09|%B %-d]] for workspace orbit-dev",
    body="""Hi,

Creating new app passwords in Bitbucket Cloud stopped in [[2025-09-09|%B %Y]],
and existing app passwords are being switched off. Before they are disabled
for good, we will run scheduled brownouts so that integrations which still
depend on app passwords show up early.

Brownout schedule (all times UTC)
  [[2026-06-09|%b %-d]] - [[2026-06-21|%b %-d]]   15-minute windows, twice a week
  [[2026-06-22|%b %-d]] - [[2026-07-05|%b %-d]]   1-hour windows, twice a week
  [[2026-07-06|%b %-d]] - [[2026-07-27|%b %-d]]   windows growing to 5 hours
  [[2026-07-28|%b %-d]]                  app passwords disabled permanently

During a brownout, Git over HTTPS with an app password fails with HTTP 410,
and REST API requests authenticated with one fail with HTTP 401.

Workspace orbit-dev still used app passwords in the last 30 days:
  ci-runner        last used [[2026-06-01|%b %-d]]   (Git over HTTPS)
  deploy-bot       last used [[2026-05-31|%b %-d]]   (REST API)
  j.nakamura       last used [[2026-05-27|%b %-d]]   (REST API)

Replace them with API tokens with scopes before the first brownout:
  - create the token from your Atlassian account security settings and pick
    only the scopes the integration needs;
  - for the REST API, authenticate with your Atlassian account email and
    the token;
  - for Git over HTTPS, use x-bitbucket-api-token-auth as the username and
    the token as the password.

Guide: https://support.atlassian.com/bitbucket-cloud/docs/api-tokens/

Thanks,
The Bitbucket Cloud team
""")

add(src="https://github.com/cloudflare/cloudflare-docs/pull/32335",
    provider="Cloudflare", label="action-required", orig="2026-07-28", target="2028-06-23", time="12:18:57", tz="+0000",
    deadline="2027-03-31",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to="infra@kestrel-outfitters.example",
    subject="Update: end of life for the Zone Settings batch API moved to [[2027-03-31|%B %-d, %Y]]",
    body="""Hello,

Earlier this year we announced the deprecation of the Zone Settings batch
endpoints:

  GET   /zones/{zone_id}/settings
  PATCH /zones/{zone_id}/settings

Their end of life was set for [[2026-09-15|%B %-d, %Y]]. Several customers told us
they need more time to migrate, so we have moved the end of life to
[[2027-03-31|%B %-d, %Y]]. The reasons for the deprecation have not changed: zone
settings are now served by several separate services, and a single batch
request that touches all of them is slow and can fail part-way.

Your account "Kestrel Outfitters" still relies on these endpoints. In the
last 30 days it made 18,420 PATCH /zones/{zone_id}/settings calls, nearly
all with the API token named terraform-ci.

What to do before [[2027-03-31|%B %-d, %Y]]
  - Switch to the per-setting endpoints,
    GET and PATCH /zones/{zone_id}/settings/{setting_id}.
  - If you manage zones with Terraform, upgrade to the v5 provider and use
    the cloudflare_zone_setting resource.

After that date the batch endpoints will return an error.

Deprecations list:
https://developers.cloudflare.com/fundamentals/api/reference/deprecations/

The Cloudflare Team
""")

add(src="https://github.com/cloudflare/cloudflare-docs/pull/22500",
    provider="Cloudflare", label="billing", orig="2025-06-03", target="2028-06-26", time="07:36:40", tz="+0000",
    deadline="none",
    frm=("Cloudflare", "noreply@notify.cloudflare.com"),
    to="billing@cassiopeia-media.example",
    subject="Cloudflare usage notification: Stream minutes delivered passed 80,000",
    body="""Hello,

This is a usage-based billing notification for the account Cassiopeia Media.
Usage of an add-on has gone past the threshold you set.

  Product:         Cloudflare Stream - minutes delivered
  Your threshold:  80,000 minutes
  Usage so far:    80,612 minutes
  Billing period:  [[2025-05-20|%b %-d]] - [[2025-06-19|%b %-d, %Y]]

Usage above the amount included in your plan is charged at the rate in your
subscription. These notifications are informational only: the figures are
estimates, actual usage can differ slightly, and your monthly invoice is the
authoritative record.

You can change the threshold or the recipients, or turn this notification
off, in the dashboard under Notifications:
https://dash.cloudflare.com/?to=/:account/notifications

The Cloudflare Team
""")

add(src="https://pastebin.com/4QGXtbQq",
    provider="Hetzner", label="abuse", orig="2012-05-25", target="2028-06-27", time="16:52:11", tz="+0200",
    deadline="2012-05-26",
    frm=("Hetzner Online Abuse Team", "abuse@hetzner.com"),
    to="server-admin@lindenhof-shop.example",
    subject="AbuseID:5C21A7:3F: Spam complaint regarding IP 203.0.113.140",
    body="""Dear Sir or Madam,

We have received information about spam originating from your server
EX40 #118822 (IP 203.0.113.140). The report was sent to us by
spam-desk@mailguard-analytics.example.

Please take all necessary measures to stop this and to prevent it from
happening again.

We also ask you to send a short statement within 24 hours, both to us and to
the complainant. It should explain how the problem came about and what you
are doing about it.

How to proceed:
  - Fix the problem.
  - Send us your statement using this link:
    https://abuse.hetzner.com/statements/?token=8b1d5e0c47a92f36d1e7b04c9a58f213
  - Send a reply by email to the complainant.

One of our technicians will review the information and decide on the next
steps. If we receive many complaints, the server may be blocked.

Important: when you reply to us, please keep the abuse ID [AbuseID:5C21A7:3F]
unchanged in the subject line.

Kind regards

Abuse Team
Hetzner Online GmbH
Industriestr. 25
91710 Gunzenhausen / Germany
abuse@hetzner.com
www.hetzner.com

----- attachment -----
Return-path: <spam-desk@mailguard-analytics.example>
Delivery-date: [[2012-05-25|%a, %d %b %Y]] 16:40:36 +0200
Received: from mx2.mailguard-analytics.example ([198.51.100.191])
Received: from lindenhof-shop.example ([203.0.113.140]) by mx.victim-domain.example
Subject: Fwd: [SPAM] Discount pills - 90% off, order today
X-Spam-Report: listed in 3 DNSBLs; 214 identical messages from 203.0.113.140 in 40 min
""")

add(src="https://www.datadoghq.com/blog/2023-03-08-multiregion-infrastructure-connectivity-issue/",
    provider="Datadog", label="informational", orig="2023-03-10", target="2028-06-28", time="19:05:43", tz="+0000",
    deadline="none",
    frm=("Datadog", "noreply@datadoghq.com"),
    to="observability@fernhill-bank.example",
    subject="[Resolved] Infrastructure connectivity incident affecting multiple Datadog regions",
    body="""Hello,

The incident that began on [[2023-03-08|%B %-d]] is fully resolved, and we want to give
you a summary of what happened.

Impact
Starting [[2023-03-08|%B %-d]] at 06:03 UTC, the US1, EU1, US3, US4 and US5 regions were
affected across all services. For several hours the web application and the
APIs could not be reached, monitors did not evaluate or alert, and incoming
data was delayed.

Cause
An automatic security update to systemd was applied to many of our Ubuntu
22.04 hosts at almost the same time. Restarting the network service removed
routes that our container networking relies on, and a large share of our
compute lost network access at once.

Recovery
Web access returned at 09:13 UTC the same day. All services were operational
again in every region on [[2023-03-09|%B %-d]] at 08:58 UTC. Backfilling of historical
data finished on [[2023-03-10|%B %-d]] at 06:25 UTC, which closed the incident.

What this means for you
Monitors did not notify you during the outage, and some dashboards may show
gaps for the affected period. No action is required on your side.

We have disabled unattended OS updates on these hosts and will publish a
full post-mortem with the longer-term changes we are making.

We apologize for the disruption.
The Datadog team
""")
# --------------------------------------------------------------------------------------------
# Build, write, re-read and check
# --------------------------------------------------------------------------------------------

DOC_NETS = [ipaddress.ip_network(n) for n in
            ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
             "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]
IP_RE = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?:/(\d{1,2}))?(?![\w.])")
JA_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
MID_RE = re.compile(r"^<%s\.(\d{2})\.(\d{8})@training\.set-%s\.example>$" % (NAME, NAME))
REQUIRED = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type",
            "Content-Transfer-Encoding", "X-Training-Label", "X-Training-Deadline"]


def build():
    items = []
    for n in NOTICES:
        orig = datetime.date.fromisoformat(n["orig"])
        target = datetime.date.fromisoformat(n["target"])
        off = target - orig
        hh, mm, ss = (int(x) for x in n["time"].split(":"))
        sign = 1 if n["tz"][0] == "+" else -1
        tzinfo = datetime.timezone(sign * datetime.timedelta(hours=int(n["tz"][1:3]),
                                                             minutes=int(n["tz"][3:5])))
        dt = datetime.datetime(target.year, target.month, target.day, hh, mm, ss, tzinfo=tzinfo)
        dl = n["deadline"]
        if dl != "none":
            dl = (datetime.date.fromisoformat(dl) + off).isoformat()
        items.append(dict(n, dt=dt, off=off, deadline_out=dl,
                          subject_out=render(n["subject"], off),
                          body_out=render(n["body"], off).rstrip("\n") + "\n",
                          phishing=n.get("phishing", False), ja=n.get("ja", False)))
    items.sort(key=lambda x: x["dt"].astimezone(datetime.timezone.utc))
    return items


def make_message(i, it):
    msg = email.message.Message()
    name, addr = it["frm"]
    msg["From"] = email.utils.formataddr((name, addr), charset="utf-8")
    msg["To"] = it["to"]
    subj = it["subject_out"]
    if all(ord(c) < 128 for c in subj):
        msg["Subject"] = subj
    else:
        msg["Subject"] = email.header.Header(subj, "utf-8")
    msg["Date"] = email.utils.format_datetime(it["dt"])
    msg["Message-ID"] = "<%s.%02d.%s@training.set-%s.example>" % (
        NAME, i, it["dt"].strftime("%Y%m%d"), NAME)
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = "text/plain; charset=utf-8"
    body = it["body_out"]
    if all(ord(c) < 128 for c in body):
        msg["Content-Transfer-Encoding"] = "7bit"
        msg.set_payload(body)
    else:
        msg["Content-Transfer-Encoding"] = "quoted-printable"
        msg.set_payload(quopri.encodestring(body.encode("utf-8")).decode("ascii"))
    msg["X-Training-Label"] = it["label"]
    msg["X-Training-Deadline"] = it["deadline_out"]
    if it["phishing"]:
        msg["X-Training-Phishing"] = "yes"
    return msg


def write(items):
    if os.path.exists(MBOX):
        os.remove(MBOX)
    box = mailbox.mbox(MBOX, create=True)
    box.lock()
    try:
        for i, it in enumerate(items, 1):
            m = mailbox.mboxMessage(make_message(i, it))
            m.set_from("MAILER-DAEMON", time.gmtime(it["dt"].timestamp()))
            box.add(m)
        box.flush()
    finally:
        box.unlock()
        box.close()
    with open(os.path.join(HERE, "used-sources.txt"), "w", encoding="utf-8", newline="\n") as f:
        for it in items:
            f.write(it["src"] + "\n")


def write_readme(items):
    counts = {l: 0 for l in LABELS}
    for it in items:
        counts[it["label"]] += 1
    crit = sum(1 for it in items if it["label"] in ("abuse", "security-incident") and not it["phishing"])
    phish = sum(1 for it in items if it["phishing"])
    ja = sum(1 for it in items if it["ja"])
    providers = []
    for it in items:
        if it["provider"] not in providers:
            providers.append(it["provider"])
    aws = sum(1 for it in items if it["provider"] == "AWS")
    lines = [
        "# Validation batch %s (June 2028)" % NAME,
        "",
        "Thirty-six labelled e-mail notices for a managed-service provider's inbox: %d from Amazon Web" % aws,
        "Services and %d from other clouds and SaaS providers. Each notice follows one public original found" % (len(items) - aws),
        "with the search tool (GitHub issues and pull requests quoting provider mail, provider help and",
        "changelog pages, provider blog posts, gists and pastes of received notices, phishing write-ups),",
        "checked against /work/blind/used-sources.txt before use. Sender, kind of notice, subject form,",
        "structure, services and the intervals between dates follow the original; every sentence was",
        "rewritten, and account ids, resource names, ticket ids, people and customer domains were replaced",
        "(customer domains use .example, IP addresses come from the documentation ranges). Each notice's",
        "dates are moved by one offset so that it is sent in June 2028. Labels and deadlines were set by",
        "hand as a careful reader would. `set_%s.py` (standard library only) holds the notices as data," % NAME,
        "writes `set-%s.mbox`, `used-sources.txt` and this README, re-reads the mbox, checks it and prints OK." % NAME,
        "",
        "## Counts",
        "",
        "| label | count |",
        "|---|---|",
    ]
    for l in LABELS:
        lines.append("| %s | %d |" % (l, counts[l]))
    lines += [
        "",
        "- notices: %d" % len(items),
        "- critical (abuse + security-incident, not phishing): %d" % crit,
        "- phishing: %d (labelled by what they pretend to be)" % phish,
        "- Japanese: %d" % ja,
        "- providers: %s" % ", ".join(providers),
        "",
        "## Notices",
        "",
        "| # | label | deadline | provider | phishing | lang | original |",
        "|---|---|---|---|---|---|---|",
    ]
    for i, it in enumerate(items, 1):
        lines.append("| %02d | %s | %s | %s | %s | %s | %s |" % (
            i, it["label"], it["deadline_out"], it["provider"], "yes" if it["phishing"] else "no",
            "ja" if it["ja"] else "en", it["src"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def ip_ok(addr, prefix):
    try:
        ip = ipaddress.ip_address(addr)
    except ValueError:
        return True  # not an address (e.g. a version string that happens to match)
    if prefix is not None:
        net = ipaddress.ip_network("%s/%s" % (addr, prefix), strict=False)
        return any(net.subnet_of(d) for d in DOC_NETS)
    return any(ip in d for d in DOC_NETS)


def check(items):
    problems = []
    seen_ids = set()
    box = mailbox.mbox(MBOX)
    msgs = list(box)
    box.close()
    with open(MBOX, "rb") as f:
        raw = f.read()
    if b"\r\n" in raw:
        problems.append("mbox contains CRLF line endings")
    if not raw.startswith(b"From "):
        problems.append("mbox does not start with a From line")
    if len(msgs) != len(items):
        problems.append("message count %d != %d notices" % (len(msgs), len(items)))
    n_crit = n_phish = n_ja = 0
    for idx, (m, it) in enumerate(zip(msgs, items), 1):
        tag = "msg %02d" % idx
        for h in REQUIRED:
            if m[h] is None:
                problems.append("%s: missing header %s" % (tag, h))
        for k, v in m.items():
            if any(ord(c) > 127 for c in k + str(v)):
                problems.append("%s: non-ASCII header %s" % (tag, k))
        try:
            dt = email.utils.parsedate_to_datetime(m["Date"])
            utc = dt.astimezone(datetime.timezone.utc)
            if (dt.year, dt.month) != (YEAR, MONTH) or (utc.year, utc.month) != (YEAR, MONTH):
                problems.append("%s: Date %s outside %04d-%02d" % (tag, m["Date"], YEAR, MONTH))
        except Exception as e:  # noqa
            problems.append("%s: bad Date (%s)" % (tag, e))
            dt = None
        mid = m["Message-ID"] or ""
        mm = MID_RE.match(mid)
        if not mm:
            problems.append("%s: bad Message-ID %s" % (tag, mid))
        else:
            if int(mm.group(1)) != idx:
                problems.append("%s: Message-ID number mismatch" % tag)
            if dt is not None and mm.group(2) != dt.strftime("%Y%m%d"):
                problems.append("%s: Message-ID date mismatch" % tag)
        if mid in seen_ids:
            problems.append("%s: duplicate Message-ID" % tag)
        seen_ids.add(mid)
        label = m["X-Training-Label"]
        if label not in LABELS:
            problems.append("%s: bad label %s" % (tag, label))
        dl = m["X-Training-Deadline"]
        if dl != "none":
            try:
                datetime.date.fromisoformat(dl)
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", dl):
                    raise ValueError(dl)
            except ValueError:
                problems.append("%s: bad deadline %s" % (tag, dl))
        ph = m["X-Training-Phishing"]
        if it["phishing"] != (ph == "yes") or (ph is not None and ph != "yes"):
            problems.append("%s: phishing header mismatch" % tag)
        if m.get_content_type() != "text/plain" or m.get_content_charset() != "utf-8":
            problems.append("%s: Content-Type is %s" % (tag, m["Content-Type"]))
        cte = (m["Content-Transfer-Encoding"] or "").lower()
        try:
            body = m.get_payload(decode=True).decode("utf-8")
        except Exception as e:  # noqa
            problems.append("%s: body not utf-8 (%s)" % (tag, e))
            body = ""
        non_ascii = any(ord(c) > 127 for c in body)
        if non_ascii and cte != "quoted-printable":
            problems.append("%s: non-ASCII body without quoted-printable" % tag)
        if not non_ascii and cte not in ("7bit", "quoted-printable"):
            problems.append("%s: unexpected transfer encoding %s" % (tag, cte))
        if cte == "7bit" and any(ord(c) > 127 for c in str(m.get_payload())):
            problems.append("%s: 7bit payload contains 8-bit data" % tag)
        if body != it["body_out"]:
            problems.append("%s: body does not round-trip" % tag)
        subj = str(email.header.make_header(email.header.decode_header(m["Subject"])))
        if subj != it["subject_out"]:
            problems.append("%s: subject does not round-trip" % tag)
        for text in (body, subj):
            if "[[" in text or "]]" in text:
                problems.append("%s: unrendered date placeholder" % tag)
            for a, p in IP_RE.findall(text):
                if not ip_ok(a, p or None):
                    problems.append("%s: non-documentation IP %s" % (tag, a))
        has_ja = bool(JA_RE.search(body))
        if has_ja != it["ja"]:
            problems.append("%s: Japanese flag mismatch" % tag)
        if it["ja"]:
            n_ja += 1
        if it["phishing"]:
            n_phish += 1
        elif label in ("abuse", "security-incident"):
            n_crit += 1
    if len(items) != 36:
        problems.append("expected 36 notices, got %d" % len(items))
    if n_crit < 10:
        problems.append("only %d critical notices" % n_crit)
    if n_phish < 3:
        problems.append("only %d phishing notices" % n_phish)
    if n_ja < 4:
        problems.append("only %d Japanese notices" % n_ja)
    srcs = [it["src"] for it in items]
    if len(set(srcs)) != len(srcs):
        problems.append("an original is used twice")
    return problems


def main():
    items = build()
    write(items)
    write_readme(items)
    problems = check(items)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
